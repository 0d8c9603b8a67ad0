/** A small account store and context factories shared by the security tests. */
import { NtlmAcceptor, type NtlmAcceptorOptions } from '../../src/security/ntlm/acceptor.js';
import { NtlmInitiator, type NtlmInitiatorOptions } from '../../src/security/ntlm/initiator.js';
import { ntHashOf } from '../../src/security/ntlm/keys.js';
import type { SecurityContext } from '../../src/security/provider.js';

export const ALICE = { user: 'alice', domain: 'WINRPC', password: 'S3cret!pass' };

export const lookupAccount: NtlmAcceptorOptions['lookupAccount'] = (user, domain) => {
  if (user.toLowerCase() !== ALICE.user || !['winrpc', ''].includes(domain.toLowerCase())) return undefined;
  return {
    ntHash: ntHashOf(ALICE.password),
    identity: { sid: 'S-1-5-21-1-2-3-1104', groupSids: ['S-1-5-21-1-2-3-513'], domain: 'WINRPC' },
  };
};

export function acceptorOptions(extra: Partial<NtlmAcceptorOptions> = {}): NtlmAcceptorOptions {
  return {
    lookupAccount,
    targetName: 'WINRPC',
    netbiosDomain: 'WINRPC',
    netbiosComputer: 'RPCSRV',
    dnsDomain: 'winrpc.test',
    dnsComputer: 'rpcsrv.winrpc.test',
    dnsTree: 'winrpc.test',
    ...extra,
  };
}

export function newAcceptor(extra: Partial<NtlmAcceptorOptions> = {}): NtlmAcceptor {
  return new NtlmAcceptor(acceptorOptions(extra));
}

export function newInitiator(extra: Partial<NtlmInitiatorOptions> = {}): NtlmInitiator {
  return new NtlmInitiator({ ...ALICE, workstation: 'CLIENT1', ...extra });
}

/** Runs a handshake to completion; returns the tokens that went each way. */
export function handshake(init: SecurityContext, acc: SecurityContext): Uint8Array[] {
  const tokens: Uint8Array[] = [];
  let toAcceptor = init.step();
  for (let i = 0; i < 10; i++) {
    if (toAcceptor.output) tokens.push(toAcceptor.output);
    if (!toAcceptor.output) break;
    const fromAcceptor = acc.step(toAcceptor.output);
    if (fromAcceptor.output) tokens.push(fromAcceptor.output);
    if (!fromAcceptor.output || init.complete) break;
    toAcceptor = init.step(fromAcceptor.output);
    if (init.complete && !toAcceptor.output) break;
  }
  return tokens;
}
