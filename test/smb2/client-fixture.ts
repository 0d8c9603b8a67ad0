/** An SMB2 server with echo and epmapper pipes for the client tests. */
import type { Duplex } from 'node:stream';
import { createEpmInterface } from '../../src/interfaces/epm/server.js';
import { EndpointDatabase } from '../../src/interfaces/epm/database.js';
import { EPM_SYNTAX } from '../../src/interfaces/epm/constants.js';
import { RpcServer } from '../../src/rpc/server.js';
import type { TransportInfo } from '../../src/rpc/types.js';
import { SpnegoAcceptor } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { listenSmb2, type Smb2Listener, type Smb2ServerOptions } from '../../src/smb2/server.js';
import { acceptorOptions } from '../security/fixtures.js';

export interface PipeServer {
  readonly listener: Smb2Listener;
  readonly opened: TransportInfo[];
  close(): Promise<void>;
}

export async function startPipeServer(extra: Partial<Smb2ServerOptions> = {}): Promise<PipeServer> {
  const opened: TransportInfo[] = [];
  const rpc = new RpcServer();
  const db = new EndpointDatabase();
  db.register({ iface: EPM_SYNTAX, protseq: 'ncacn_np', endpoint: '\\PIPE\\epmapper', annotation: 'epm' });
  rpc.register(createEpmInterface(db));
  const onPipe = (stream: Duplex, info: TransportInfo): void => {
    opened.push(info);
    if (info.endpoint === '\\PIPE\\echo') stream.on('data', (d: Buffer) => stream.write(d));
    // Answers each message with one message twice its size, to force STATUS_BUFFER_OVERFLOW.
    else if (info.endpoint === '\\PIPE\\double')
      stream.on('data', (d: Buffer) => stream.write(Buffer.concat([d, d])));
    else rpc.handle(stream, info);
  };
  const newAcceptor = (): SpnegoAcceptor =>
    new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] });
  const listener = await listenSmb2(
    {
      pipes: ['echo', 'double', 'epmapper'],
      onPipe,
      newAuthContext: newAcceptor,
      negotiateHint: () => newAcceptor().serverHint(),
      ...extra,
    },
    { host: '127.0.0.1', port: 0 },
  );
  return {
    listener,
    opened,
    async close() {
      await listener.close();
      await rpc.close();
    },
  };
}
