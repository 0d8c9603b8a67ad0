/**
 * A winrpc RPC server with the endpoint mapper and the NTLMSSP / SPNEGO providers, for the
 * rpcclient interop test. It is started inside a private network namespace, so it can take
 * TCP 135 (where rpcclient looks for the endpoint mapper) without touching the host's port.
 * Prints "PORT <n>" when listening; prints "SEC <status>" for every refused protection check.
 */
import net from 'node:net';
import { EndpointDatabase } from '../../src/interfaces/epm/database.js';
import { createEpmInterface } from '../../src/interfaces/epm/server.js';
import { EPM_SYNTAX } from '../../src/interfaces/epm/constants.js';
import { RpcServer } from '../../src/rpc/server.js';
import { AuthType } from '../../src/rpc/types.js';
import { NtlmAcceptor } from '../../src/security/ntlm/acceptor.js';
import { rpcSecurityProvider } from '../../src/rpc/gss-providers.js';
import type { SecurityContext } from '../../src/security/provider.js';
import { SpnegoAcceptor } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { acceptorOptions } from './fixtures.js';

/** Logs every token and refusal, so a failing interop run shows what the peer sent. */
function traced<T extends SecurityContext>(ctx: T): T {
  const step = ctx.step.bind(ctx);
  ctx.step = (input?: Uint8Array) => {
    console.log(`IN ${input ? Buffer.from(input).toString('hex') : '-'}`);
    try {
      return step(input);
    } catch (e) {
      console.log(`REFUSED ${String(e)}`);
      throw e;
    }
  };
  return ctx;
}

const port = Number(process.env.WINRPC_INTEROP_PORT ?? 135);
const server = new RpcServer();
const db = new EndpointDatabase();
db.register({ iface: EPM_SYNTAX, protseq: 'ncacn_ip_tcp', endpoint: String(port), annotation: 'winrpc epm' });
server.register(createEpmInterface(db));
const onError = (e: { status: number }) => console.log(`SEC 0x${e.status.toString(16)}`);
server.registerSecurityProvider(
  rpcSecurityProvider({
    authType: AuthType.WINNT,
    name: 'NTLMSSP',
    newContext: () =>
      traced(
        new NtlmAcceptor(
          acceptorOptions({
            allowAnonymous: process.env.WINRPC_ANON === '1',
            allowNtlmV1: process.env.WINRPC_V1 === '1',
          }),
        ),
      ),
    onError,
  }),
);
server.registerSecurityProvider(
  rpcSecurityProvider({
    authType: AuthType.GSS_NEGOTIATE,
    name: 'Negotiate',
    newContext: () =>
      traced(new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] })),
    onError,
  }),
);
const tcp = net.createServer((sock) =>
  server.handle(sock, {
    protseq: 'ncacn_ip_tcp',
    localAddress: '127.0.0.1',
    localPort: port,
    remoteAddress: sock.remoteAddress ?? '127.0.0.1',
    remotePort: sock.remotePort,
    endpoint: String(port),
  }),
);
tcp.listen(port, '127.0.0.1', () => console.log(`PORT ${port}`));
process.on('SIGTERM', () => {
  server.close();
  tcp.close();
  process.exit(0);
});
