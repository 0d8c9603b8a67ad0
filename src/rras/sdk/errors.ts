/**
 * The one error the RRAS SDK throws for a call the server refused: the Win32 / RAS status (or the
 * RPC fault status, for RASRPC's access exception) with its name, and the method it came from, so
 * callers branch on `status` and people read `message`.
 */
import { statusName } from '../../errors/status.js';

export class RrasApiError extends Error {
  /** The status as the server returned it. */
  readonly status: number;
  /** Its symbolic name, e.g. ERROR_PORT_NOT_CONNECTED. */
  readonly statusName: string;
  /** The DIMSVC / RASRPC method that returned it. */
  readonly method: string;
  readonly object: string | undefined;

  constructor(status: number, method: string, object?: string) {
    const named = statusName(status);
    super(`${method}${object !== undefined ? ` ${JSON.stringify(object)}` : ''}: ${named}`);
    this.name = 'RrasApiError';
    this.status = status >>> 0;
    this.statusName = named.replace(/ \(0x[0-9a-f]+\)$/, '');
    this.method = method;
    this.object = object;
  }
}
