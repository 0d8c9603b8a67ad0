/**
 * The one error type of the RRASM blob codecs. Handlers turn it into a Win32 status (`status`)
 * instead of letting a malformed client buffer become an uncaught exception.
 */
import { Win32 } from '../../errors/status.js';

/**
 * - truncated: the buffer ends before a fixed field or declared data area does.
 * - out-of-bounds: an offset from the blob points outside the buffer or into the fixed part.
 * - limit: a count or size is over the configured limit.
 * - invalid: a value is not acceptable (wrong version, string too long to encode, bad number).
 */
export type RrasBlobErrorKind = 'truncated' | 'out-of-bounds' | 'limit' | 'invalid';

export class RrasBlobError extends Error {
  readonly kind: RrasBlobErrorKind;
  readonly structure: string;
  readonly field: string | undefined;
  readonly offset: number | undefined;
  /** What a DIMSVC/RASRPC handler returns for this input: a bad parameter, per 2.2.4's table. */
  readonly status: number = Win32.ERROR_INVALID_PARAMETER;

  constructor(kind: RrasBlobErrorKind, structure: string, message: string, field?: string, offset?: number) {
    const where = field === undefined ? structure : `${structure}.${field}`;
    super(`${where}: ${message}${offset === undefined ? '' : ` (at byte ${offset})`}`);
    this.name = 'RrasBlobError';
    this.kind = kind;
    this.structure = structure;
    this.field = field;
    this.offset = offset;
  }
}
