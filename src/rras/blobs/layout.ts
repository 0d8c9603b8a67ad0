/**
 * Table-driven engine for the fixed parts of RRASM blobs. Every structure is described once as a
 * list of `{ field, offset, kind }` rows written out by hand from the spec's C definitions; the
 * engine only reads and writes what the table says, and a test checks each table against the C
 * natural-alignment rules so a mistyped offset cannot go unnoticed.
 */
import { RrasBlobError } from './errors.js';
import type { BlobLimits, FixedBlobCodec } from './types.js';

export type FieldKind =
  | { readonly t: 'u8' }
  | { readonly t: 'u32' }
  | { readonly t: 'bool' }
  | { readonly t: 'u64' }
  | { readonly t: 'wchar'; readonly n: number }
  | { readonly t: 'char'; readonly n: number }
  | { readonly t: 'bytes'; readonly n: number }
  | { readonly t: 'guid' }
  | { readonly t: 'filetime' }
  | { readonly t: 'struct'; readonly layout: Layout<object> };

export interface FieldSpec {
  readonly field: string;
  readonly offset: number;
  readonly kind: FieldKind;
}

export interface Layout<T extends object> {
  readonly name: string;
  /** sizeof(struct), trailing padding included. */
  readonly size: number;
  readonly fields: readonly FieldSpec[];
  /** Phantom: ties the table to the TS view it fills. */
  readonly _shape?: T;
}

export const U8: FieldKind = { t: 'u8' };
export const U32: FieldKind = { t: 'u32' };
export const BOOL: FieldKind = { t: 'bool' };
export const U64: FieldKind = { t: 'u64' };
export const GUID: FieldKind = { t: 'guid' };
export const FILETIME: FieldKind = { t: 'filetime' };
export const wchar = (n: number): FieldKind => ({ t: 'wchar', n });
export const char = (n: number): FieldKind => ({ t: 'char', n });
export const bytes = (n: number): FieldKind => ({ t: 'bytes', n });
export const nested = <T extends object>(layout: Layout<T>): FieldKind => ({
  t: 'struct',
  layout: layout as Layout<object>,
});

export const DEFAULT_BLOB_LIMITS: BlobLimits = {
  maxCount: 65536,
  maxBytes: 16 * 1024 * 1024,
  maxMultiSzUnits: 65536,
};

/** Bytes a field occupies. */
export function widthOf(kind: FieldKind): number {
  switch (kind.t) {
    case 'u8':
      return 1;
    case 'u32':
    case 'bool':
      return 4;
    case 'u64':
    case 'filetime':
      return 8;
    case 'guid':
      return 16;
    case 'wchar':
      return kind.n * 2;
    case 'char':
    case 'bytes':
      return kind.n;
    case 'struct':
      return kind.layout.size;
  }
}

/** C natural alignment of a field (MSVC rules; FILETIME and GUID are DWORD-aligned). */
export function alignOf(kind: FieldKind): number {
  switch (kind.t) {
    case 'u8':
    case 'char':
    case 'bytes':
      return 1;
    case 'wchar':
      return 2;
    case 'u32':
    case 'bool':
    case 'guid':
    case 'filetime':
      return 4;
    case 'u64':
      return 8;
    case 'struct':
      return layoutAlign(kind.layout);
  }
}

export function layoutAlign(layout: Layout<object>): number {
  return layout.fields.reduce((a, f) => Math.max(a, alignOf(f.kind)), 1);
}

export const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

export function fixedCodec<T extends object>(layout: Layout<T>): FixedBlobCodec<T> {
  return {
    name: layout.name,
    size: layout.size,
    encode(value: T): Uint8Array {
      const out = new Uint8Array(layout.size);
      writeLayout(layout, value, out, 0);
      return out;
    },
    decode(b: Uint8Array, offset = 0): T {
      need(b, offset, layout.size, layout.name);
      return readLayout(layout, b, offset);
    },
  };
}

/** The encodeX / decodeX pair every fixed structure exports, bound to its codec. */
export function codecFunctions<T>(codec: FixedBlobCodec<T>): {
  encode: (value: T) => Uint8Array;
  decode: (b: Uint8Array, offset?: number) => T;
} {
  return { encode: (value) => codec.encode(value), decode: (b, offset = 0) => codec.decode(b, offset) };
}

/** Throws `truncated` unless `length` bytes exist at `offset`. */
export function need(b: Uint8Array, offset: number, length: number, structure: string, field?: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset + length > b.length) {
    throw new RrasBlobError(
      'truncated',
      structure,
      `needs ${length} bytes, ${Math.max(0, b.length - offset)} remain`,
      field,
      offset,
    );
  }
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

export function readU32(b: Uint8Array, at: number): number {
  return view(b).getUint32(at, true);
}

export function writeU32(b: Uint8Array, at: number, v: number, structure = 'blob', field?: string): void {
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) {
    throw new RrasBlobError('invalid', structure, `not a DWORD: ${String(v)}`, field);
  }
  view(b).setUint32(at, v, true);
}

/** Reads `value[field]` as whatever the table says; unknown shapes are a programming error. */
function get(value: object, field: string): unknown {
  return (value as Record<string, unknown>)[field];
}

export function writeLayout<T extends object>(
  layout: Layout<T>,
  value: T,
  out: Uint8Array,
  base: number,
): void {
  for (const f of layout.fields) writeField(layout.name, f, get(value, f.field), out, base + f.offset);
}

export function readLayout<T extends object>(layout: Layout<T>, b: Uint8Array, base: number): T {
  const o: Record<string, unknown> = {};
  for (const f of layout.fields) o[f.field] = readField(f.kind, b, base + f.offset);
  return o as T;
}

function invalid(structure: string, field: string, what: string): RrasBlobError {
  return new RrasBlobError('invalid', structure, what, field);
}

function writeField(structure: string, f: FieldSpec, v: unknown, out: Uint8Array, at: number): void {
  const k = f.kind;
  switch (k.t) {
    case 'u8':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xff) {
        throw invalid(structure, f.field, `not a byte: ${String(v)}`);
      }
      out[at] = v;
      return;
    case 'u32':
      if (typeof v !== 'number') throw invalid(structure, f.field, `not a DWORD: ${String(v)}`);
      writeU32(out, at, v, structure, f.field);
      return;
    case 'bool':
      if (typeof v !== 'boolean') throw invalid(structure, f.field, `not a BOOL: ${String(v)}`);
      view(out).setUint32(at, v ? 1 : 0, true);
      return;
    case 'u64':
      if (typeof v !== 'bigint' || v < 0n || v > 0xffffffffffffffffn) {
        throw invalid(structure, f.field, `not a ULONG64: ${String(v)}`);
      }
      view(out).setBigUint64(at, v, true);
      return;
    case 'filetime': {
      const ft = v as { dwLowDateTime?: unknown; dwHighDateTime?: unknown } | undefined;
      if (typeof ft?.dwLowDateTime !== 'number' || typeof ft.dwHighDateTime !== 'number') {
        throw invalid(structure, f.field, 'not a FILETIME');
      }
      writeU32(out, at, ft.dwLowDateTime, structure, f.field);
      writeU32(out, at + 4, ft.dwHighDateTime, structure, f.field);
      return;
    }
    case 'guid':
      if (typeof v !== 'string') throw invalid(structure, f.field, 'not a GUID string');
      out.set(guidToBytes(v, structure, f.field), at);
      return;
    case 'wchar':
      if (typeof v !== 'string') throw invalid(structure, f.field, 'not a string');
      writeWchar(out, at, k.n, v, structure, f.field);
      return;
    case 'char':
      if (typeof v !== 'string') throw invalid(structure, f.field, 'not a string');
      writeChar(out, at, k.n, v, structure, f.field);
      return;
    case 'bytes':
      if (!(v instanceof Uint8Array) || v.length !== k.n) {
        throw invalid(structure, f.field, `needs exactly ${k.n} bytes`);
      }
      out.set(v, at);
      return;
    case 'struct':
      if (typeof v !== 'object' || v === null) throw invalid(structure, f.field, 'not a structure');
      writeLayout(k.layout, v, out, at);
      return;
  }
}

function readField(k: FieldKind, b: Uint8Array, at: number): unknown {
  switch (k.t) {
    case 'u8':
      return b[at];
    case 'u32':
      return readU32(b, at);
    case 'bool':
      return readU32(b, at) !== 0;
    case 'u64':
      return view(b).getBigUint64(at, true);
    case 'filetime':
      return { dwLowDateTime: readU32(b, at), dwHighDateTime: readU32(b, at + 4) };
    case 'guid':
      return bytesToGuid(b, at);
    case 'wchar':
      return readWchar(b, at, k.n);
    case 'char':
      return readChar(b, at, k.n);
    case 'bytes':
      return b.slice(at, at + k.n);
    case 'struct':
      return readLayout(k.layout, b, at);
  }
}

/** Refuses a string that would leave no room for the terminator of a `type`[n] array. */
function checkFits(s: string, n: number, type: 'WCHAR' | 'CHAR', structure: string, field: string): void {
  if (s.length > n - 1) {
    const units = type === 'WCHAR' ? 'units' : 'chars';
    throw new RrasBlobError(
      'invalid',
      structure,
      `string of ${s.length} ${units} does not fit ${type}[${n}]`,
      field,
    );
  }
}

/** Reads up to the first NUL (or all n units when a sender left no terminator). */
function readUntilNul(n: number, unitAt: (i: number) => number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const c = unitAt(i);
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

/** UTF-16LE into WCHAR[n], NUL-padded; at most n-1 code units so a terminator always fits. */
export function writeWchar(
  out: Uint8Array,
  at: number,
  n: number,
  s: string,
  structure: string,
  field: string,
): void {
  checkFits(s, n, 'WCHAR', structure, field);
  const dv = view(out);
  for (let i = 0; i < s.length; i++) dv.setUint16(at + i * 2, s.charCodeAt(i), true);
}

export function readWchar(b: Uint8Array, at: number, n: number): string {
  const dv = view(b);
  return readUntilNul(n, (i) => dv.getUint16(at + i * 2, true));
}

/** One byte per character (Latin-1), NUL-padded, at most n-1 characters. */
export function writeChar(
  out: Uint8Array,
  at: number,
  n: number,
  s: string,
  structure: string,
  field: string,
): void {
  checkFits(s, n, 'CHAR', structure, field);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new RrasBlobError('invalid', structure, 'character outside Latin-1', field);
    out[at + i] = c;
  }
}

export function readChar(b: Uint8Array, at: number, n: number): string {
  return readUntilNul(n, (i) => b[at + i] ?? 0);
}

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GUID text → the 16 in-memory bytes (Data1..3 little-endian, Data4 as written). */
export function guidToBytes(g: string, structure = 'GUID', field?: string): Uint8Array {
  if (!GUID_RE.test(g)) throw new RrasBlobError('invalid', structure, `not a GUID: ${g}`, field);
  const hex = g.replace(/-/g, '');
  const raw = new Uint8Array(16);
  for (let i = 0; i < 16; i++) raw[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const out = new Uint8Array(16);
  out.set(
    [raw[3] ?? 0, raw[2] ?? 0, raw[1] ?? 0, raw[0] ?? 0, raw[5] ?? 0, raw[4] ?? 0, raw[7] ?? 0, raw[6] ?? 0],
    0,
  );
  out.set(raw.subarray(8), 8);
  return out;
}

export function bytesToGuid(b: Uint8Array, at: number): string {
  const h = (i: number): string => (b[at + i] ?? 0).toString(16).padStart(2, '0');
  const seq = (idx: number[]): string => idx.map(h).join('');
  return `${seq([3, 2, 1, 0])}-${seq([5, 4])}-${seq([7, 6])}-${seq([8, 9])}-${seq([10, 11, 12, 13, 14, 15])}`;
}

/** Concatenates `count` fixed structures (the array stride is the codec's size). */
export function encodeArray<T>(codec: FixedBlobCodec<T>, items: readonly T[]): Uint8Array {
  const out = new Uint8Array(codec.size * items.length);
  items.forEach((it, i) => out.set(codec.encode(it), i * codec.size));
  return out;
}

/** Reads `count` fixed structures from `offset`, checking count and room before allocating. */
export function decodeArray<T>(
  codec: FixedBlobCodec<T>,
  b: Uint8Array,
  count: number,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
  offset = 0,
): T[] {
  checkCount(codec.name, count, limits);
  need(b, offset, count * codec.size, codec.name);
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(codec.decode(b, offset + i * codec.size));
  return out;
}

/** DWORD count, then that many fixed structures from offset 4 (they are DWORD-aligned). */
export function encodeCountedArray<T>(
  codec: FixedBlobCodec<T>,
  items: readonly T[],
  structure: string,
  countField: string,
): Uint8Array {
  const rows = encodeArray(codec, items);
  const out = new Uint8Array(4 + rows.length);
  writeU32(out, 0, items.length, structure, countField);
  out.set(rows, 4);
  return out;
}

/** Reads a DWORD count and the structures after it; count and room are checked before allocating. */
export function decodeCountedArray<T>(
  codec: FixedBlobCodec<T>,
  b: Uint8Array,
  limits: BlobLimits,
  structure: string,
  countField: string,
  itemsField: string,
): T[] {
  need(b, 0, 4, structure);
  const n = readU32(b, 0);
  checkCount(structure, n, limits, countField);
  need(b, 4, n * codec.size, structure, itemsField);
  return decodeArray(codec, b, n, limits, 4);
}

export function checkCount(structure: string, count: number, limits: BlobLimits, field = 'count'): void {
  if (!Number.isInteger(count) || count < 0 || count > limits.maxCount) {
    throw new RrasBlobError('limit', structure, `count ${count} over the limit ${limits.maxCount}`, field);
  }
}

/** MULTI_SZ: each string NUL-terminated, then one more NUL. Strings must be non-empty and NUL-free. */
export function encodeMultiSz(list: readonly string[], structure: string, field: string): Uint8Array {
  let units = 1;
  for (const s of list) {
    if (s.length === 0 || s.includes('\0')) {
      throw new RrasBlobError('invalid', structure, 'MULTI_SZ strings must be non-empty and NUL-free', field);
    }
    units += s.length + 1;
  }
  if (list.length === 0) units = 2;
  const out = new Uint8Array(units * 2);
  const dv = view(out);
  let u = 0;
  for (const s of list) {
    for (let i = 0; i < s.length; i++) dv.setUint16((u + i) * 2, s.charCodeAt(i), true);
    u += s.length + 1;
  }
  return out;
}

/** Reads a MULTI_SZ at `at`, bounded by the buffer end and the limit; an unterminated list is an error. */
export function decodeMultiSz(
  b: Uint8Array,
  at: number,
  limits: BlobLimits,
  structure: string,
  field: string,
): string[] {
  const dv = view(b);
  const list: string[] = [];
  let cur = '';
  const maxUnits = Math.min(Math.floor((b.length - at) / 2), limits.maxMultiSzUnits);
  for (let i = 0; i < maxUnits; i++) {
    const c = dv.getUint16(at + i * 2, true);
    if (c !== 0) {
      cur += String.fromCharCode(c);
      continue;
    }
    if (cur.length === 0) return list;
    list.push(cur);
    cur = '';
  }
  const why = maxUnits === limits.maxMultiSzUnits ? 'limit' : 'truncated';
  throw new RrasBlobError(why, structure, 'MULTI_SZ has no final double NUL within bounds', field, at);
}
