/** A refused RRAS operation, carrying the Win32 / RAS status the DIMSVC or RASRPC method returns. */
import { statusName } from '../../errors/status.js';

export class RrasError extends Error {
  constructor(
    readonly status: number,
    detail?: string,
  ) {
    super(detail ? `${statusName(status)}: ${detail}` : statusName(status));
    this.name = 'RrasError';
  }
}

export function isRrasError(err: unknown): err is RrasError {
  return err instanceof RrasError;
}
