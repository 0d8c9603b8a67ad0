/**
 * The baseline for the design decision in bench/gen.ts: ApiCreateEnum's NDR20 response
 * (`[out] ENUM_LIST **ReturnEnum, [out] error_status_t *rpc_status`, returns error_status_t)
 * marshalled by straight-line code written for exactly that shape — what a generator emitting
 * marshalling code instead of descriptors would produce. It keeps the checks a real stub needs
 * (bounds, correlation, string counts, NUL), so the comparison is about the code's form only.
 */
import { Buffer } from 'node:buffer';

export interface StraightEnumEntry {
  Type: number;
  Name: string | null;
}
export interface StraightEnumList {
  EntryCount: number;
  Entry: StraightEnumEntry[];
}
export interface StraightCreateEnumResponse {
  ReturnEnum: StraightEnumList | null;
  rpc_status: number;
  ret: number;
}

/** NDR20 referent ids as our engine numbers them (any non-zero value is valid on the wire). */
const FIRST_REFERENT = 0x00020000;
const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const align4 = (n: number): number => (n + 3) & ~3;

const SHORT_STRING = 24;

/**
 * Short names dominate; one String.fromCharCode call with the code units as explicit arguments
 * beats both Buffer#toString and fromCharCode.apply for them. The NDR engine uses the same
 * primitive, so the comparison measures the form of the marshalling code, not string decoding.
 */
const shortString: (u: Uint16Array, i: number, n: number) => string = new Function(
  'fromCharCode',
  `return function shortString(u, i, n) {
    switch (n) {
${Array.from({ length: SHORT_STRING + 1 }, (_, n) => {
  const args = Array.from({ length: n }, (_, k) => `u[i + ${k}]`).join(', ');
  return `      case ${n}: return fromCharCode(${args});`;
}).join('\n')}
    }
    throw new RangeError('long string');
  };`,
)(String.fromCharCode) as (u: Uint16Array, i: number, n: number) => string;

export function encodeCreateEnumResponse(resp: StraightCreateEnumResponse): Uint8Array {
  const list = resp.ReturnEnum;
  let size = 4;
  if (list !== null) {
    size += 8 + 8 * list.Entry.length;
    for (const e of list.Entry) if (e.Name !== null) size = align4(size) + 12 + 2 * (e.Name.length + 1);
  }
  size = align4(size) + 8;
  const buf = Buffer.alloc(size);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let referent = FIRST_REFERENT;
  let p = 0;
  if (list === null) {
    view.setUint32(p, 0, true);
    p += 4;
  } else {
    const n = list.Entry.length;
    if (list.EntryCount !== n) throw new RangeError(`EntryCount ${list.EntryCount} != ${n} entries`);
    view.setUint32(p, referent, true);
    referent += 4;
    view.setUint32(p + 4, n, true); // max_count, hoisted ahead of the conformant struct
    view.setUint32(p + 8, n, true);
    p += 12;
    for (const e of list.Entry) {
      view.setUint32(p, e.Type, true);
      if (e.Name === null) view.setUint32(p + 4, 0, true);
      else {
        view.setUint32(p + 4, referent, true);
        referent += 4;
      }
      p += 8;
    }
    for (const e of list.Entry) {
      const s = e.Name;
      if (s === null) continue;
      p = align4(p);
      const count = s.length + 1;
      view.setUint32(p, count, true);
      view.setUint32(p + 4, 0, true);
      view.setUint32(p + 8, count, true);
      p += 12;
      if (s.length < 32) {
        for (let i = 0; i < s.length; i++, p += 2) view.setUint16(p, s.charCodeAt(i), true);
      } else {
        buf.write(s, p, s.length * 2, 'utf16le');
        p += s.length * 2;
      }
      p += 2; // the NUL, already zero
    }
  }
  p = align4(p);
  view.setUint32(p, resp.rpc_status, true);
  view.setUint32(p + 4, resp.ret, true);
  return buf;
}

export interface StraightDecodeLimits {
  /** Largest element count accepted for the list or a string. */
  readonly maxCount: number;
}

export function decodeCreateEnumResponse(
  stub: Uint8Array,
  limits: StraightDecodeLimits = { maxCount: 1 << 24 },
): StraightCreateEnumResponse {
  const view = new DataView(stub.buffer, stub.byteOffset, stub.byteLength);
  const end = stub.length;
  const units =
    HOST_LITTLE_ENDIAN && stub.byteOffset % 2 === 0
      ? new Uint16Array(stub.buffer, stub.byteOffset, end >> 1)
      : null;
  const nodeBuf = Buffer.from(stub.buffer, stub.byteOffset, end);
  const need = (p: number, n: number): void => {
    if (p + n > end) throw new RangeError(`stub truncated at ${p}: ${n} more bytes needed`);
  };
  let p = 0;
  need(p, 4);
  const listRef = view.getUint32(p, true);
  p += 4;
  let list: StraightEnumList | null = null;
  if (listRef !== 0) {
    need(p, 8);
    const max = view.getUint32(p, true);
    const count = view.getUint32(p + 4, true);
    p += 8;
    if (max !== count) throw new RangeError(`max_count ${max} != EntryCount ${count}`);
    if (count > limits.maxCount) throw new RangeError(`EntryCount ${count} over the limit`);
    need(p, count * 8);
    const entries: StraightEnumEntry[] = new Array<StraightEnumEntry>(count);
    const nameRefs: number[] = new Array<number>(count);
    for (let i = 0; i < count; i++, p += 8) {
      entries[i] = { Type: view.getUint32(p, true), Name: null };
      nameRefs[i] = view.getUint32(p + 4, true);
    }
    for (let i = 0; i < count; i++) {
      if (nameRefs[i] === 0) continue;
      p = align4(p);
      need(p, 12);
      const smax = view.getUint32(p, true);
      const offset = view.getUint32(p + 4, true);
      const actual = view.getUint32(p + 8, true);
      p += 12;
      if (offset !== 0 || actual > smax || actual === 0 || actual > limits.maxCount) {
        throw new RangeError(`bad string counts ${smax}/${offset}/${actual} at ${p - 12}`);
      }
      need(p, actual * 2);
      const chars = actual - 1;
      if (view.getUint16(p + chars * 2, true) !== 0) throw new RangeError(`string at ${p} lacks its NUL`);
      entries[i]!.Name =
        units !== null && chars <= SHORT_STRING
          ? shortString(units, p >> 1, chars)
          : nodeBuf.toString('utf16le', p, p + chars * 2);
      p += actual * 2;
    }
    list = { EntryCount: count, Entry: entries };
  }
  p = align4(p);
  need(p, 8);
  return { ReturnEnum: list, rpc_status: view.getUint32(p, true), ret: view.getUint32(p + 4, true) };
}
