import { Buffer } from 'node:buffer';
import { DEFAULT_NDR_LIMITS, NdrError } from './errors.js';
import type { NdrSyntax } from './types.js';

/** MIDL-style referent ids: start at 0x00020000 and step by 4, so traces look familiar. */
const FIRST_REFERENT_ID = 0x00020000;

/**
 * Growable little-endian output buffer. Padding bytes are zero because the buffer only ever grows
 * into freshly zeroed memory and nothing is written behind `pos`.
 */
export class NdrWriter {
  readonly ndr64: boolean;
  buf: Uint8Array;
  view: DataView;
  /** Node Buffer over the same memory, for its native string encoders. */
  nodeBuf: Buffer;
  pos = 0;
  /** Pointer state for one call: the next referent id, full-pointer aliases, nesting depth. */
  nextReferentId = FIRST_REFERENT_ID;
  /**
   * Full-pointer aliasing, per compiled pointee codec: in JS `[full] T**` hands the same object to both
   * pointers, which are different cells on the wire.
   */
  readonly fullPointerIds = new Map<unknown, Map<object, number>>();
  readonly fullPointerEmitted = new Map<unknown, Set<object>>();
  depth = 0;
  readonly maxDepth: number;
  readonly maxBytes: number;

  constructor(
    readonly syntax: NdrSyntax,
    opts: { initialSize?: number; maxBytes?: number; maxDepth?: number } = {},
  ) {
    this.ndr64 = syntax === 'ndr64';
    this.maxBytes = opts.maxBytes ?? DEFAULT_NDR_LIMITS.maxBytes;
    this.buf = new Uint8Array(Math.min(opts.initialSize ?? 256, this.maxBytes));
    this.view = new DataView(this.buf.buffer);
    this.nodeBuf = Buffer.from(this.buf.buffer, 0, this.buf.length);
    this.maxDepth = opts.maxDepth ?? DEFAULT_NDR_LIMITS.maxDepth;
  }

  get offset(): number {
    return this.pos;
  }

  /** Makes room for n more bytes, doubling so that appends stay amortised O(1). */
  ensure(n: number): void {
    const need = this.pos + n;
    if (need <= this.buf.length) return;
    if (need > this.maxBytes)
      throw new NdrError('limit', this.pos, `encoding exceeds ${this.maxBytes} bytes`);
    let size = Math.max(this.buf.length * 2, 16);
    while (size < need) size *= 2;
    if (size > this.maxBytes) size = this.maxBytes;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
    this.nodeBuf = Buffer.from(next.buffer, 0, next.length);
  }

  align(n: number): void {
    const p = (this.pos + n - 1) & -n;
    if (p > this.buf.length) this.ensure(p - this.pos);
    this.pos = p;
  }

  /** Out-of-range (or non-number) integers are refused rather than silently wrapped. */
  private check(v: number, min: number, max: number): void {
    if (!(v >= min && v <= max))
      throw new NdrError('range', this.pos, `${String(v)} outside [${min}, ${max}]`);
  }

  u8(v: number): void {
    if (!(v >= 0 && v <= 0xff)) this.check(v, 0, 0xff);
    this.ensure(1);
    this.buf[this.pos++] = v;
  }
  i8(v: number): void {
    this.check(v, -0x80, 0x7f);
    this.u8(v & 0xff);
  }
  u16(v: number): void {
    if (!(v >= 0 && v <= 0xffff)) this.check(v, 0, 0xffff);
    const p = (this.pos + 1) & -2;
    if (p + 2 > this.buf.length) this.ensure(p + 2 - this.pos);
    this.view.setUint16(p, v, true);
    this.pos = p + 2;
  }
  i16(v: number): void {
    this.check(v, -0x8000, 0x7fff);
    this.u16(v & 0xffff);
  }
  u32(v: number): void {
    if (!(v >= 0 && v <= 0xffffffff)) this.check(v, 0, 0xffffffff);
    const p = (this.pos + 3) & -4;
    if (p + 4 > this.buf.length) this.ensure(p + 4 - this.pos);
    this.view.setUint32(p, v, true);
    this.pos = p + 4;
  }
  i32(v: number): void {
    this.check(v, -0x80000000, 0x7fffffff);
    this.u32(v >>> 0);
  }
  u64(v: bigint): void {
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.buf.length) this.ensure(p + 8 - this.pos);
    this.view.setBigUint64(p, v, true);
    this.pos = p + 8;
  }
  i64(v: bigint): void {
    this.u64(BigInt.asUintN(64, v));
  }
  /** A 64-bit value known to be a small non-negative number (counts, referent ids). */
  u64n(v: number): void {
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.buf.length) this.ensure(p + 8 - this.pos);
    this.view.setUint32(p, v >>> 0, true);
    this.view.setUint32(p + 4, Math.floor(v / 0x100000000), true);
    this.pos = p + 8;
  }
  f32(v: number): void {
    if (typeof v !== 'number') throw new NdrError('invalid', this.pos, `not a number: ${String(v)}`);
    const p = (this.pos + 3) & -4;
    if (p + 4 > this.buf.length) this.ensure(p + 4 - this.pos);
    this.view.setFloat32(p, v, true);
    this.pos = p + 4;
  }
  f64(v: number): void {
    if (typeof v !== 'number') throw new NdrError('invalid', this.pos, `not a number: ${String(v)}`);
    const p = (this.pos + 7) & -8;
    if (p + 8 > this.buf.length) this.ensure(p + 8 - this.pos);
    this.view.setFloat64(p, v, true);
    this.pos = p + 8;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  /** Conformance / variance value: u32 in NDR20 ([C706] 14.3.3), u64 in NDR64 ([MS-RPCE] 2.2.5.3.2). */
  count(n: number): void {
    if (this.ndr64) this.u64n(n);
    else this.u32(n);
  }
  /** Referent id: 4 bytes in NDR20 ([C706] 14.3.10), 8 bytes in NDR64 ([MS-RPCE] 2.2.5.3.3). */
  referent(id: number): void {
    if (this.ndr64) this.u64n(id);
    else this.u32(id);
  }
  newReferentId(): number {
    const id = this.nextReferentId;
    this.nextReferentId += 4;
    return id;
  }
  /** UTF-16LE code units of s, no alignment (the caller aligned to 2). */
  utf16(s: string): void {
    const n = s.length * 2;
    this.ensure(n);
    if (s.length < 32) {
      const view = this.view;
      let p = this.pos;
      for (let i = 0; i < s.length; i++, p += 2) view.setUint16(p, s.charCodeAt(i), true);
    } else {
      this.nodeBuf.write(s, this.pos, n, 'utf16le');
    }
    this.pos += n;
  }
  /** One byte per char (latin1), for [string] char*. */
  latin1(s: string): void {
    this.ensure(s.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** The encoded bytes (a view of the writer's memory; the writer is single-use). */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}
