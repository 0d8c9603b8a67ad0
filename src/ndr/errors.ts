/** Why an NDR stream (or a value to encode) was rejected; the server maps every code to nca_s_fault_ndr. */
export type NdrErrorCode =
  'eof' | 'limit' | 'range' | 'null-ref' | 'correlation' | 'invalid' | 'tag' | 'depth';

export class NdrError extends Error {
  override readonly name = 'NdrError';
  constructor(
    readonly code: NdrErrorCode,
    /** Byte offset in the stub where the problem was found. */
    readonly offset: number,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(`NDR ${code} at offset ${offset}${message ? `: ${message}` : ''}`, options);
  }
}

export interface NdrLimits {
  /** Largest element count accepted for any one array or string. */
  maxElements: number;
  /** Largest stub accepted for decoding, and largest produced by encoding. */
  maxBytes: number;
  /** Deepest chain of pointer referents accepted (guards the JS stack against pointer bombs). */
  maxDepth: number;
}

// The bytes left in the stub already bound every count whose element has a wire size
// (NdrReader#checkCount); maxElements bounds the rest (elements of zero wire size) and callers that
// want less. 1,000,000 refused a legitimate 1 MiB byte buffer inside a 4 MiB call.
export const DEFAULT_NDR_LIMITS: Readonly<NdrLimits> = Object.freeze({
  maxElements: 16 * 1024 * 1024,
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 64,
});

export function resolveLimits(partial?: Partial<NdrLimits>): NdrLimits {
  return { ...DEFAULT_NDR_LIMITS, ...partial };
}
