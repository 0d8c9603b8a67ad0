/**
 * The SMB2 listener: direct TCP (no NetBIOS session service), one Smb2Connection per socket.
 * Serves IPC$ named pipes only; each opened pipe becomes a byte stream for the RPC core.
 */
import net from 'node:net';
import { listenError, TransportError } from '../transport/errors.js';
import { Smb2Connection, type Smb2ServerOptions } from './connection.js';

export type { Smb2ServerOptions } from './connection.js';

export interface Smb2Listener {
  readonly port: number;
  readonly address: string;
  close(): Promise<void>;
}

export function listenSmb2(
  options: Smb2ServerOptions,
  listen: { readonly host: string; readonly port: number },
): Promise<Smb2Listener> {
  const live = new Set<net.Socket>();
  const server = net.createServer({ noDelay: true });
  server.on('connection', (socket) => {
    live.add(socket);
    socket.once('close', () => live.delete(socket));
    socket.on('error', () => undefined);
    try {
      new Smb2Connection(
        socket,
        {
          localAddress: socket.localAddress ?? '',
          localPort: socket.localPort,
          remoteAddress: socket.remoteAddress ?? '',
          remotePort: socket.remotePort,
        },
        options,
      );
    } catch (err) {
      options.onError?.(err);
      socket.destroy();
    }
  });
  return new Promise<Smb2Listener>((resolve, reject) => {
    const onListenError = (err: unknown): void => reject(listenError(err, listen.host, listen.port));
    server.once('error', onListenError);
    server.listen({ host: listen.host, port: listen.port, exclusive: true }, () => {
      server.off('error', onListenError);
      server.on('error', () => undefined);
      const addr = server.address();
      if (addr === null || typeof addr === 'string') {
        server.close();
        reject(new TransportError('other', 'SMB2 listener has no TCP address', listen.host, listen.port));
        return;
      }
      let closing: Promise<void> | undefined;
      resolve({
        port: addr.port,
        address: addr.address,
        close(): Promise<void> {
          closing ??= new Promise<void>((done) => {
            server.close(() => done());
            for (const s of live) s.destroy();
          });
          return closing;
        },
      });
    });
  });
}
