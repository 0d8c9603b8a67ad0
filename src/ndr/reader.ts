import { Buffer } from 'node:buffer';
import { NdrError, resolveLimits, type NdrLimits } from './errors.js';

const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const SHORT_STRING = 24;

/**
 * Builds short strings with one String.fromCharCode call of explicit arguments: several times
 * faster than Buffer#toString for the short names that dominate RPC traffic, and no cons-string garbage.
 */
const shortUtf16 = new Function(
  'f',
  `return function shortUtf16(u, i, n) {
    switch (n) {
      ${Array.from(
        { length: SHORT_STRING + 1 },
        (_, n) => `case ${n}: return f(${Array.from({ length: n }, (_, k) => `u[i + ${k}]`).join(', ')});`,
      ).join('\n')}
    }
    return '';
  };`,
)(String.fromCharCode) as (u: Uint16Array, i: number, n: number) => string;
import type { NdrSyntax } from './types.js';

export interface NdrReaderOptions {
  /** Integer representation from the drep; NDR senders may pick either ([C706] 14.2.5). */
  littleEndian?: boolean;
  limits?: Partial<NdrLimits>;
}

/** Bounds-checked cursor over one stub. Alignment is relative to the start of `bytes`. */
export class NdrReader {
  readonly ndr64: boolean;
  readonly le: boolean;
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly nodeBuf: Buffer;
  /** 16-bit view for native-order code units, when the stub is 2-aligned in memory. */
  readonly units: Uint16Array | null;
  readonly end: number;
  readonly limits: NdrLimits;
  pos = 0;
  /** Pointer state for one call: nesting depth and full-pointer referent id → decoded value. */
  depth = 0;
  readonly fullPointers = new Map<number, unknown>();

  constructor(bytes: Uint8Array, syntax: NdrSyntax, opts: NdrReaderOptions = {}) {
    this.ndr64 = syntax === 'ndr64';
    this.le = opts.littleEndian ?? true;
    this.limits = resolveLimits(opts.limits);
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.nodeBuf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.end = bytes.length;
    this.units =
      HOST_LITTLE_ENDIAN && this.le && bytes.byteOffset % 2 === 0
        ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1)
        : null;
    if (bytes.length > this.limits.maxBytes) {
      throw new NdrError('limit', 0, `stub of ${bytes.length} bytes exceeds ${this.limits.maxBytes}`);
    }
  }

  get offset(): number {
    return this.pos;
  }
  get remaining(): number {
    return this.end - this.pos;
  }

  eof(need: number): NdrError {
    return new NdrError('eof', this.pos, `need ${need} byte(s), ${this.end - this.pos} left`);
  }

  align(n: number): void {
    const p = (this.pos + n - 1) & -n;
    if (p > this.end) throw this.eof(p - this.pos);
    this.pos = p;
  }
  skip(n: number): void {
    if (this.pos + n > this.end) throw this.eof(n);
    this.pos += n;
  }

  u8(): number {
    if (this.pos >= this.end) throw this.eof(1);
    return this.bytes[this.pos++]!;
  }
  i8(): number {
    return (this.u8() << 24) >> 24;
  }
  u16(): number {
    const p = (this.pos + 1) & -2;
    if (p + 2 > this.end) throw this.eof(2);
    this.pos = p + 2;
    return this.view.getUint16(p, this.le);
  }
  i16(): number {
    const p = (this.pos + 1) & -2;
    if (p + 2 > this.end) throw this.eof(2);
    this.pos = p + 2;
    return this.view.getInt16(p, this.le);
  }
  u32(): number {
    const p = (this.pos + 3) & -4;
    if (p + 4 > this.end) throw this.eof(4);
    this.pos = p + 4;
    return this.view.getUint32(p, this.le);
  }
  i32(): number {
    const p = (this.pos + 3) & -4;
    if (p + 4 > this.end) throw this.eof(4);
    this.pos = p + 4;
    return this.view.getInt32(p, this.le);
  }
  u64(): bigint {
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.end) throw this.eof(8);
    this.pos = p + 8;
    return this.view.getBigUint64(p, this.le);
  }
  i64(): bigint {
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.end) throw this.eof(8);
    this.pos = p + 8;
    return this.view.getBigInt64(p, this.le);
  }
  f32(): number {
    const p = (this.pos + 3) & -4;
    if (p + 4 > this.end) throw this.eof(4);
    this.pos = p + 4;
    return this.view.getFloat32(p, this.le);
  }
  f64(): number {
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.end) throw this.eof(8);
    this.pos = p + 8;
    return this.view.getFloat64(p, this.le);
  }
  /** A u64 that must fit a JS number exactly; larger values can only be hostile counts/ids. */
  u64n(): number {
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.end) throw this.eof(8);
    this.pos = p + 8;
    const lo = this.view.getUint32(this.le ? p : p + 4, this.le);
    const hi = this.view.getUint32(this.le ? p + 4 : p, this.le);
    if (hi > 0x1fffff) throw new NdrError('limit', p, '64-bit value too large');
    return hi * 0x100000000 + lo;
  }
  /** Conformance / variance value (u32 NDR20, u64 NDR64). */
  count(): number {
    return this.ndr64 ? this.u64n() : this.u32();
  }
  /**
   * Referent id (u32 NDR20, u64 NDR64); 0 means NULL. Ids are opaque, so a huge NDR64 id is kept
   * (approximately — only full-pointer identity could suffer, never safety) rather than refused.
   */
  referent(): number {
    if (!this.ndr64) return this.u32();
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.end) throw this.eof(8);
    this.pos = p + 8;
    const lo = this.view.getUint32(this.le ? p : p + 4, this.le);
    const hi = this.view.getUint32(this.le ? p + 4 : p, this.le);
    return hi * 0x100000000 + lo;
  }

  /**
   * Rejects a wire count before anything is allocated: above maxElements → 'limit', more than the
   * remaining bytes could hold at minElemSize each → 'eof'.
   */
  checkCount(n: number, minElemSize: number, at: number = this.pos): void {
    if (n > this.limits.maxElements) {
      throw new NdrError('limit', at, `count ${n} exceeds maxElements ${this.limits.maxElements}`);
    }
    if (n * minElemSize > this.end - this.pos) {
      throw new NdrError(
        'eof',
        at,
        `count ${n} needs ≥ ${n * minElemSize} bytes, ${this.end - this.pos} left`,
      );
    }
  }

  /** Copies n raw bytes (the result must not pin the whole stub). */
  bytesCopy(n: number): Uint8Array {
    if (this.pos + n > this.end) throw this.eof(n);
    const out = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** n UTF-16 code units (caller aligned to 2 and bounded n). */
  utf16(n: number): string {
    const len = n * 2;
    if (this.pos + len > this.end) throw this.eof(len);
    const start = this.pos;
    this.pos += len;
    if (this.le) {
      if (n <= SHORT_STRING && this.units !== null) return shortUtf16(this.units, start >> 1, n);
      return this.nodeBuf.toString('utf16le', start, start + len);
    }
    const swapped = Buffer.from(this.bytes.subarray(start, start + len));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  /** n single-byte chars (latin1 maps every byte to the same code unit). */
  latin1(n: number): string {
    if (this.pos + n > this.end) throw this.eof(n);
    const start = this.pos;
    this.pos += n;
    return this.nodeBuf.toString('latin1', start, start + n);
  }
}
