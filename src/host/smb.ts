/**
 * The host's SMB2 listener: IPC$ named pipes feeding the same RpcServer as the TCP endpoints.
 * Sessions authenticate with SPNEGO/NTLM against the account store; without an account store
 * only anonymous (null) sessions can exist, as for the unauthenticated TCP binds.
 */
import type { Logger } from 'pino';
import type { AccountService } from '../accounts/service.js';
import type { RpcServer } from '../rpc/server.js';
import { SpnegoAcceptor } from '../security/spnego/context.js';
import { ntlmMechanism } from '../security/spnego/mechanisms.js';
import { listenSmb2, type Smb2Listener } from '../smb2/server.js';
import { acceptorOptionsFor } from './auth.js';

export interface SmbEndpointOptions {
  readonly server: RpcServer;
  readonly accounts?: AccountService;
  readonly host: string;
  readonly port: number;
  /** Pipe names as registered (`epmapper`, `ROUTER`; a `\PIPE\` prefix is stripped). */
  readonly pipes: readonly string[];
  readonly logger: Logger;
}

/** `\PIPE\ROUTER` → `ROUTER`. */
export function pipeName(endpoint: string): string {
  return endpoint.replace(/^\\*pipe\\/i, '');
}

export function startSmbEndpoint(opts: SmbEndpointOptions): Promise<Smb2Listener> {
  const { accounts, logger } = opts;
  const newAcceptor = (): SpnegoAcceptor => {
    const acceptor = accounts
      ? acceptorOptionsFor(accounts)
      : {
          lookupAccount: () => undefined,
          targetName: 'WINRPC',
          netbiosDomain: 'WINRPC',
          allowAnonymous: true,
        };
    return new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor })] });
  };
  // NegTokenInit2 is the same for every connection.
  const hint = newAcceptor().serverHint();
  return listenSmb2(
    {
      pipes: [...new Set(opts.pipes.map(pipeName))],
      onPipe: (stream, info) => opts.server.handle(stream, info),
      newAuthContext: newAcceptor,
      negotiateHint: () => hint,
      onError: (err) => logger.error({ err }, 'SMB2 connection failed'),
    },
    { host: opts.host, port: opts.port },
  );
}
