/**
 * ncacn_ip_tcp: PDUs travel back to back on a TCP stream. This module only turns sockets into
 * `Duplex` + `TransportInfo`; framing belongs to the RPC layer so named pipes can feed the same code.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { TransportInfo } from './types.js';
import { connectError, listenError, TransportError } from './errors.js';

export { TransportError } from './errors.js';
export type { TransportErrorCode } from './errors.js';

export interface TcpListener {
  /** The bound port (the OS's choice when 0 was asked for). */
  readonly port: number;
  readonly address: string;
  /** Stops accepting and destroys every live connection. */
  close(): Promise<void>;
}

export interface ListenTcpOptions {
  readonly host: string;
  readonly port: number;
}

function socketInfo(socket: net.Socket, endpoint: string): TransportInfo {
  return {
    protseq: 'ncacn_ip_tcp',
    localAddress: socket.localAddress ?? '',
    localPort: socket.localPort,
    remoteAddress: socket.remoteAddress ?? '',
    remotePort: socket.remotePort,
    endpoint,
  };
}

export function listenTcp(
  onConnection: (socket: Duplex, info: TransportInfo) => void,
  opts: ListenTcpOptions,
): Promise<TcpListener> {
  const live = new Set<net.Socket>();
  const server = net.createServer({ noDelay: true });
  let endpoint = String(opts.port);

  server.on('connection', (socket) => {
    // Request/response traffic: Nagle would hold back every small PDU for a round trip.
    socket.setNoDelay(true);
    live.add(socket);
    socket.once('close', () => live.delete(socket));
    // An RST from the peer must not become an uncaught 'error'; the consumer sees 'close'.
    socket.on('error', () => undefined);
    try {
      onConnection(socket, socketInfo(socket, endpoint));
    } catch {
      socket.destroy();
    }
  });

  return new Promise<TcpListener>((resolve, reject) => {
    const onListenError = (err: unknown): void => {
      reject(listenError(err, opts.host, opts.port));
    };
    server.once('error', onListenError);
    server.listen({ host: opts.host, port: opts.port, exclusive: true }, () => {
      server.off('error', onListenError);
      // Accept errors after listening (EMFILE etc.) are transient; keep serving.
      server.on('error', () => undefined);
      const addr = server.address();
      if (addr === null || typeof addr === 'string') {
        server.close();
        reject(
          new TransportError('other', `listener on ${opts.host} has no TCP address`, opts.host, opts.port),
        );
        return;
      }
      endpoint = String(addr.port);
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

export interface ConnectTcpOptions {
  /** Gives up connecting after this long (default 10 s). */
  readonly timeoutMs?: number;
}

export function connectTcp(
  host: string,
  port: number,
  opts: ConnectTcpOptions = {},
): Promise<{ stream: Duplex; info: TransportInfo }> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, noDelay: true });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new TransportError(
          'timeout',
          `connection to ${host}:${port} timed out after ${timeoutMs} ms`,
          host,
          port,
        ),
      );
    }, timeoutMs);
    const onError = (err: unknown): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(connectError(err, host, port));
    };
    socket.once('error', onError);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      socket.setNoDelay(true);
      resolve({ stream: socket, info: socketInfo(socket, String(port)) });
    });
  });
}
