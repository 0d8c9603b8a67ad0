/**
 * Arrays ([C706] 14.3.3 fixed/conformant/varying/conformant-varying, 14.3.3.5 multidimensional;
 * [MS-RPCE] 2.2.5.3.2 for NDR64's 8-byte counts). Arrays of single-byte integers are Uint8Array.
 *
 * Elements align themselves, so an empty array adds no padding after its counts (padding only ever
 * precedes data).
 *
 * Multidimensional arrays are nested descriptors; only the outermost dimension may be conformant
 * or varying (inner dimensions are fixed), which is what the interfaces in this project use.
 */
import { NdrError } from './errors.js';
import type { NdrReader } from './reader.js';
import {
  countSize,
  defineType,
  type ByteType,
  type Codec,
  type ConformanceCodec,
  type Expr,
  type NdrType,
  type Scope,
} from './types.js';
import type { NdrWriter } from './writer.js';

interface ElementLoops {
  enc(w: NdrWriter, v: ArrayLike<unknown>, n: number, scope: Scope): void;
  dec(r: NdrReader, n: number, scope: Scope): unknown;
  encBuf(w: NdrWriter, v: ArrayLike<unknown>, n: number, scope: Scope): void;
  decBuf(r: NdrReader, a: unknown[], scope: Scope): unknown[];
}

/**
 * Per-element loops generated once per array type, so each loop's call site only ever sees one
 * element codec (monomorphic, inlinable) — the decode of large arrays lives here.
 */
function elementLoops(e: Codec): ElementLoops {
  if (e.conformance) throw new Error('ndr: array elements cannot be conformant (only the outer dimension)');
  if (e.byteSized) {
    return {
      enc(w, v, n) {
        if (v instanceof Uint8Array) {
          if (v.length === n) w.bytes(v);
          else w.bytes(v.subarray(0, n));
        } else {
          w.ensure(n);
          for (let i = 0; i < n; i++) w.buf[w.pos++] = v[i] as number;
        }
      },
      dec: (r, n) => r.bytesCopy(n),
      encBuf() {},
      decBuf: (_r, a) => a,
    };
  }
  const scalar = e.rw ? `r.${e.rw}()` : 'e.decScalars(r, scope)';
  const put = e.rw ? `w.${e.rw}(v[i])` : 'e.encScalars(w, v[i], scope)';
  return new Function(
    'e',
    `return {
      enc(w, v, n, scope) { for (let i = 0; i < n; i++) ${put}; },
      dec(r, n, scope) { const a = []; for (let i = 0; i < n; i++) a.push(${scalar}); return a; },
      encBuf(w, v, n, scope) { for (let i = 0; i < n; i++) e.encBuffers(w, v[i], scope); },
      decBuf(r, a, scope) { for (let i = 0; i < a.length; i++) a[i] = e.decBuffers(r, a[i], scope); return a; },
    };`,
  )(e) as ElementLoops;
}

function lengthOf(w: NdrWriter, v: unknown): number {
  if (v instanceof Uint8Array || Array.isArray(v)) return v.length;
  throw new NdrError('invalid', w.pos, 'array value must be an array (or Uint8Array for byte elements)');
}

function evalExpr(e: Expr | undefined, scope: Scope): number | undefined {
  if (!e) return undefined;
  const v = e(scope);
  return typeof v === 'number' ? v : undefined;
}

/** Strict correlation ([MS-RPCE] 3.1.1.5.3): a wire count must equal the attribute expression. */
function checkCorrelation(what: string, e: Expr | undefined, scope: Scope, wire: number, at: number): void {
  const expected = evalExpr(e, scope);
  if (expected !== undefined && expected !== wire) {
    throw new NdrError('correlation', at, `${what} ${wire} on the wire, ${expected} expected`);
  }
}

function arrayBuffers(e: Codec, loops: ElementLoops, count: (v: ArrayLike<unknown>, scope: Scope) => number) {
  return {
    hasBuffers: e.hasBuffers,
    encBuffers: e.hasBuffers
      ? (w: NdrWriter, v: unknown, scope: Scope) => {
          const a = v as ArrayLike<unknown>;
          loops.encBuf(w, a, count(a, scope), scope);
        }
      : () => {},
    decBuffers: e.hasBuffers
      ? (r: NdrReader, v: unknown, scope: Scope) => loops.decBuf(r, v as unknown[], scope)
      : (_r: NdrReader, v: unknown) => v,
  };
}

/** `T x[N]`: N elements in place, no counts ([C706] 14.3.3.1). */
export function fixedArray(elem: ByteType, count: number): NdrType<Uint8Array>;
export function fixedArray<T>(elem: NdrType<T>, count: number): NdrType<T[]>;
export function fixedArray<T>(elem: NdrType<T>, count: number): NdrType<T[] | Uint8Array> {
  return defineType('fixedArray', (syntax) => {
    const e = elem.codec(syntax);
    const loops = elementLoops(e);
    return {
      align: e.align,
      minSize: e.minSize * count,
      conformance: null,
      byteSized: false,
      encScalars(w, v, scope) {
        if (lengthOf(w, v) !== count) {
          throw new NdrError('invalid', w.pos, `fixed array needs ${count} elements, got ${lengthOf(w, v)}`);
        }
        loops.enc(w, v as ArrayLike<unknown>, count, scope);
      },
      decScalars(r, scope) {
        r.checkCount(count, e.minSize);
        return loops.dec(r, count, scope);
      },
      ...arrayBuffers(e, loops, () => count),
    };
  });
}

/** `[size_is(s)] T x[]`: max_count, then the elements ([C706] 14.3.3.2; [MS-RPCE] 2.2.5.3.2.1). */
export function conformantArray(elem: ByteType, opts?: { size?: Expr }): NdrType<Uint8Array>;
export function conformantArray<T>(elem: NdrType<T>, opts?: { size?: Expr }): NdrType<T[]>;
export function conformantArray<T>(elem: NdrType<T>, opts: { size?: Expr } = {}): NdrType<T[] | Uint8Array> {
  return defineType('conformantArray', (syntax) => {
    const e = elem.codec(syntax);
    const loops = elementLoops(e);
    const conformance: ConformanceCodec = {
      bodyAlign: e.align,
      encConformance(w, v, scope) {
        const n = lengthOf(w, v);
        const max = evalExpr(opts.size, scope) ?? n;
        if (n !== max)
          throw new NdrError('invalid', w.pos, `conformant array has ${n} elements, size_is says ${max}`);
        w.count(max);
      },
      encBody(w, v, scope) {
        const a = v as ArrayLike<unknown>;
        loops.enc(w, a, a.length, scope);
      },
      decConformance(r) {
        return r.count();
      },
      decBody(r, scope, max, at) {
        checkCorrelation('max_count', opts.size, scope, max, at);
        r.checkCount(max, e.minSize, at);
        return loops.dec(r, max, scope);
      },
    };
    return {
      align: Math.max(countSize(syntax), e.align),
      minSize: countSize(syntax),
      conformance,
      encScalars(w, v, scope) {
        conformance.encConformance(w, v, scope);
        conformance.encBody(w, v, scope);
      },
      decScalars(r, scope) {
        const at = r.pos;
        return conformance.decBody(r, scope, r.count(), at);
      },
      ...arrayBuffers(e, loops, (a) => a.length),
    };
  });
}

interface Variance {
  offset: number;
  actual: number;
}

function encodeVariance(
  w: NdrWriter,
  v: unknown,
  scope: Scope,
  max: number,
  opts: { length?: Expr; first?: Expr },
): Variance {
  const n = lengthOf(w, v);
  const offset = evalExpr(opts.first, scope) ?? 0;
  const actual = evalExpr(opts.length, scope) ?? n;
  if (actual > n) throw new NdrError('invalid', w.pos, `length_is ${actual} but only ${n} elements given`);
  if (offset < 0 || offset + actual > max) {
    throw new NdrError('invalid', w.pos, `offset ${offset} + actual_count ${actual} exceeds max ${max}`);
  }
  w.count(offset);
  w.count(actual);
  return { offset, actual };
}

function decodeVariance(
  r: NdrReader,
  scope: Scope,
  max: number,
  opts: { length?: Expr; first?: Expr },
): number {
  const at = r.pos;
  const offset = r.count();
  const actual = r.count();
  if (offset + actual > max) {
    throw new NdrError('invalid', at, `offset ${offset} + actual_count ${actual} exceeds max ${max}`);
  }
  checkCorrelation('offset', opts.first, scope, offset, at);
  checkCorrelation('actual_count', opts.length, scope, actual, at);
  return actual;
}

/** `[length_is(l), first_is(f)] T x[N]`: offset, actual_count, elements ([C706] 14.3.3.3). */
export function varyingArray(
  elem: ByteType,
  count: number,
  opts?: { length?: Expr; first?: Expr },
): NdrType<Uint8Array>;
export function varyingArray<T>(
  elem: NdrType<T>,
  count: number,
  opts?: { length?: Expr; first?: Expr },
): NdrType<T[]>;
export function varyingArray<T>(
  elem: NdrType<T>,
  count: number,
  opts: { length?: Expr; first?: Expr } = {},
): NdrType<T[] | Uint8Array> {
  return defineType('varyingArray', (syntax) => {
    const e = elem.codec(syntax);
    const loops = elementLoops(e);
    return {
      align: Math.max(countSize(syntax), e.align),
      minSize: 2 * countSize(syntax),
      conformance: null,
      encScalars(w, v, scope) {
        const { actual } = encodeVariance(w, v, scope, count, opts);
        loops.enc(w, v as ArrayLike<unknown>, actual, scope);
      },
      decScalars(r, scope) {
        const at = r.pos;
        const actual = decodeVariance(r, scope, count, opts);
        r.checkCount(actual, e.minSize, at);
        return loops.dec(r, actual, scope);
      },
      ...arrayBuffers(e, loops, (a, scope) => Math.min(a.length, evalExpr(opts.length, scope) ?? a.length)),
    };
  });
}

/** `[size_is(s), length_is(l)] T x[]`: max_count, offset, actual_count, elements ([C706] 14.3.3.4). */
export function conformantVaryingArray(
  elem: ByteType,
  opts?: { size?: Expr; length?: Expr; first?: Expr },
): NdrType<Uint8Array>;
export function conformantVaryingArray<T>(
  elem: NdrType<T>,
  opts?: { size?: Expr; length?: Expr; first?: Expr },
): NdrType<T[]>;
export function conformantVaryingArray<T>(
  elem: NdrType<T>,
  opts: { size?: Expr; length?: Expr; first?: Expr } = {},
): NdrType<T[] | Uint8Array> {
  return defineType('conformantVaryingArray', (syntax) => {
    const e = elem.codec(syntax);
    const loops = elementLoops(e);
    const maxOf = (w: NdrWriter, v: unknown, scope: Scope): number => {
      const n = lengthOf(w, v);
      const max = evalExpr(opts.size, scope) ?? n;
      if (n > max) throw new NdrError('invalid', w.pos, `array has ${n} elements, max_count is ${max}`);
      return max;
    };
    const conformance: ConformanceCodec = {
      bodyAlign: Math.max(countSize(syntax), e.align),
      encConformance(w, v, scope) {
        w.count(maxOf(w, v, scope));
      },
      encBody(w, v, scope) {
        const { actual } = encodeVariance(w, v, scope, maxOf(w, v, scope), opts);
        loops.enc(w, v as ArrayLike<unknown>, actual, scope);
      },
      decConformance(r) {
        return r.count();
      },
      decBody(r, scope, max, at) {
        checkCorrelation('max_count', opts.size, scope, max, at);
        if (max > r.limits.maxElements)
          throw new NdrError('limit', at, `max_count ${max} exceeds maxElements`);
        const actual = decodeVariance(r, scope, max, opts);
        r.checkCount(actual, e.minSize, at);
        return loops.dec(r, actual, scope);
      },
    };
    return {
      align: Math.max(countSize(syntax), e.align),
      minSize: 3 * countSize(syntax),
      conformance,
      encScalars(w, v, scope) {
        conformance.encConformance(w, v, scope);
        conformance.encBody(w, v, scope);
      },
      decScalars(r, scope) {
        const at = r.pos;
        return conformance.decBody(r, scope, r.count(), at);
      },
      ...arrayBuffers(e, loops, (a, scope) => Math.min(a.length, evalExpr(opts.length, scope) ?? a.length)),
    };
  });
}
