/**
 * An SMB2 server exposing `\pipe\epmapper` (and `lsarpc`, unserved by interfaces, to show an open
 * pipe without the interface gives a bind_nak) for the smbclient / rpcclient interop runs.
 * Prints "PORT <n>" when listening. WINRPC_SMB_ENCRYPT=1 requires encryption.
 */
import { EndpointDatabase } from '../../src/interfaces/epm/database.js';
import { createEpmInterface } from '../../src/interfaces/epm/server.js';
import { EPM_SYNTAX } from '../../src/interfaces/epm/constants.js';
import { RpcServer } from '../../src/rpc/server.js';
import { SpnegoAcceptor } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { listenSmb2 } from '../../src/smb2/server.js';
import { acceptorOptions } from '../security/fixtures.js';

const port = Number(process.env.WINRPC_SMB_PORT ?? 0);
const rpc = new RpcServer();
const db = new EndpointDatabase();
db.register({
  iface: EPM_SYNTAX,
  protseq: 'ncacn_np',
  endpoint: '\\PIPE\\epmapper',
  annotation: 'winrpc epm',
});
rpc.register(createEpmInterface(db));
const newAcceptor = (): SpnegoAcceptor =>
  new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] });
const listener = await listenSmb2(
  {
    pipes: ['epmapper'],
    onPipe: (stream, info) => rpc.handle(stream, info),
    newAuthContext: newAcceptor,
    negotiateHint: () => newAcceptor().serverHint(),
    requireEncryption: process.env.WINRPC_SMB_ENCRYPT === '1',
    onError: (e) => console.log(`ERROR ${String(e)}`),
  },
  { host: '127.0.0.1', port },
);
console.log(`PORT ${listener.port}`);
process.on('SIGTERM', () => {
  void rpc.close();
  void listener.close().then(() => process.exit(0));
});
