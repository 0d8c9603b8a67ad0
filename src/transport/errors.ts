/**
 * Typed transport failures. Node reports socket problems as errno strings; callers (CLI, host,
 * RPC client) want a stable code and a sentence a human can act on.
 */

export type TransportErrorCode =
  | 'address-in-use'
  | 'access-denied'
  | 'address-not-available'
  | 'connection-refused'
  | 'connection-reset'
  | 'timeout'
  | 'unreachable'
  | 'host-not-found'
  | 'other';

export class TransportError extends Error {
  constructor(
    readonly code: TransportErrorCode,
    message: string,
    readonly host: string,
    readonly port: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportError';
  }
}

function errnoOf(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Maps a listen() failure to a TransportError. */
export function listenError(err: unknown, host: string, port: number): TransportError {
  const errno = errnoOf(err);
  const where = `port ${port} on ${host}`;
  switch (errno) {
    case 'EADDRINUSE':
      return new TransportError('address-in-use', `${where} is already in use`, host, port, { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new TransportError(
        'access-denied',
        `binding port ${port} needs root or CAP_NET_BIND_SERVICE`,
        host,
        port,
        { cause: err },
      );
    case 'EADDRNOTAVAIL':
      return new TransportError(
        'address-not-available',
        `cannot listen on ${host}: the address is not assigned to this machine`,
        host,
        port,
        { cause: err },
      );
    default:
      return new TransportError('other', `cannot listen on ${where}: ${describe(err)}`, host, port, {
        cause: err,
      });
  }
}

/** Maps a connect() failure to a TransportError. */
export function connectError(err: unknown, host: string, port: number): TransportError {
  const errno = errnoOf(err);
  const where = `${host}:${port}`;
  switch (errno) {
    case 'ECONNREFUSED':
      return new TransportError('connection-refused', `connection to ${where} refused`, host, port, {
        cause: err,
      });
    case 'ECONNRESET':
    case 'EPIPE':
      return new TransportError('connection-reset', `connection to ${where} was reset`, host, port, {
        cause: err,
      });
    case 'ETIMEDOUT':
      return new TransportError('timeout', `connection to ${where} timed out`, host, port, { cause: err });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
    case 'ENETDOWN':
      return new TransportError('unreachable', `${where} is unreachable`, host, port, { cause: err });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return new TransportError('host-not-found', `host ${host} not found`, host, port, { cause: err });
    case 'EADDRNOTAVAIL':
      return new TransportError(
        'address-not-available',
        `cannot connect to ${where}: address not available`,
        host,
        port,
        {
          cause: err,
        },
      );
    default:
      return new TransportError('other', `cannot connect to ${where}: ${describe(err)}`, host, port, {
        cause: err,
      });
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
