/**
 * Authentication for the host: NTLMSSP (auth type 10) and SPNEGO (9) acceptors backed by the
 * account store. Unauthenticated binds stay possible (the endpoint mapper must answer `-U%`);
 * an NTLM null session is refused, so an authenticated call always carries a real account.
 */
import os from 'node:os';
import type { Logger } from 'pino';
import type { AccountService } from '../accounts/service.js';
import { CLUSTER_READERS_GROUP } from '../accounts/service.js';
import type { RpcServer } from '../rpc/server.js';
import { AuthType } from '../rpc/types.js';
import { NtlmAcceptor, type NtlmAcceptorOptions } from '../security/ntlm/acceptor.js';
import { AccessPolicy } from '../security/policy.js';
import { rpcSecurityProvider } from '../rpc/gss-providers.js';
import { SpnegoAcceptor } from '../security/spnego/context.js';
import { ntlmMechanism } from '../security/spnego/mechanisms.js';

export function acceptorOptionsFor(accounts: AccountService): NtlmAcceptorOptions {
  const domain = accounts.domain;
  const dnsComputer = os.hostname().toLowerCase();
  return {
    lookupAccount: (user, dom) => accounts.lookupAccount(user, dom),
    targetName: domain,
    netbiosDomain: domain,
    netbiosComputer: domain,
    dnsComputer,
    dnsDomain: dnsComputer,
    dnsTree: dnsComputer,
    allowAnonymous: false,
  };
}

/** Registers the NTLMSSP and SPNEGO providers on `server`. */
export function registerAuthentication(server: RpcServer, accounts: AccountService, logger: Logger): void {
  const onError = (err: { status: number; message: string }): void =>
    logger.info(
      { status: `0x${(err.status >>> 0).toString(16)}`, reason: err.message },
      'authentication refused',
    );
  // Options are read per context: the machine domain is fixed, but accounts change at run time.
  server.registerSecurityProvider(
    rpcSecurityProvider({
      authType: AuthType.WINNT,
      name: 'NTLMSSP',
      newContext: () => new NtlmAcceptor(acceptorOptionsFor(accounts)),
      onError,
    }),
  );
  server.registerSecurityProvider(
    rpcSecurityProvider({
      authType: AuthType.GSS_NEGOTIATE,
      name: 'Negotiate',
      newContext: () =>
        new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptionsFor(accounts) })] }),
      onError,
    }),
  );
}

/** The access policy for this machine's groups. */
export function policyFor(accounts: AccountService): AccessPolicy {
  const readers = accounts
    .listGroups()
    .find((g) => g.name.toLowerCase() === CLUSTER_READERS_GROUP.toLowerCase());
  return new AccessPolicy({ clusterReaderSids: readers ? [readers.sid] : [] });
}
