/**
 * NDR primitive types ([C706] 14.2; [MS-RPCE] 2.2.5.3.1 for NDR64 differences): each aligned to its
 * own size on the wire.
 */
import { NdrError } from './errors.js';
import type { NdrReader } from './reader.js';
import {
  defineType,
  noBuffers,
  sameValue,
  type ByteType,
  type Codec,
  type NdrSyntax,
  type NdrType,
} from './types.js';
import type { NdrWriter } from './writer.js';

interface PrimSpec {
  align: number;
  size: number;
  rw?: string;
  byteSized?: boolean;
  enc: (w: NdrWriter, v: unknown) => void;
  dec: (r: NdrReader) => unknown;
}

function primCodec(spec: PrimSpec): Codec {
  return {
    align: spec.align,
    minSize: spec.size,
    hasBuffers: false,
    conformance: null,
    byteSized: spec.byteSized,
    rw: spec.rw,
    encScalars: spec.enc,
    encBuffers: noBuffers,
    decScalars: spec.dec,
    decBuffers: sameValue,
  };
}

/** A primitive whose wire form is the same in both syntaxes, handled by reader/writer method `rw`. */
function simple<T>(
  kind: string,
  rw: 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'u64' | 'i64' | 'f32' | 'f64',
  byteSized = false,
) {
  const size = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, u64: 8, i64: 8, f32: 4, f64: 8 }[rw];
  const codec = primCodec({
    align: size,
    size,
    rw,
    byteSized,
    enc: (w, v) => (w[rw] as (x: unknown) => void)(v),
    dec: (r) => r[rw](),
  });
  return defineType<T>(kind, () => codec, byteSized ? { byteElements: true } : {});
}

export const u8 = simple('u8', 'u8', true) as ByteType;
export const i8: NdrType<number> = simple('i8', 'i8');
export const byte = simple('byte', 'u8', true) as ByteType;
/** A scalar `char` as its code (ASCII only: EBCDIC streams are refused in parseDataRepresentation). */
export const char: NdrType<number> = simple('char', 'u8');
export const u16: NdrType<number> = simple('u16', 'u16');
export const i16: NdrType<number> = simple('i16', 'i16');
export const wchar: NdrType<number> = simple('wchar', 'u16');
export const u32: NdrType<number> = simple('u32', 'u32');
export const i32: NdrType<number> = simple('i32', 'i32');
export const errorStatus: NdrType<number> = simple('errorStatus', 'u32');
export const u64: NdrType<bigint> = simple('u64', 'u64');
export const i64: NdrType<bigint> = simple('i64', 'i64');
/** IEEE only; other float representations are refused in parseDataRepresentation. */
export const f32: NdrType<number> = simple('f32', 'f32');
export const f64: NdrType<number> = simple('f64', 'f64');

export const boolean8: NdrType<boolean> = defineType('boolean8', () =>
  primCodec({
    align: 1,
    size: 1,
    enc: (w, v) => w.u8(v ? 1 : 0),
    dec: (r) => r.u8() !== 0,
  }),
);

function checkEnum16(w: NdrWriter, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffff) {
    throw new NdrError('range', w.pos, `enum value ${String(v)} does not fit 16 bits`);
  }
  return v;
}

/**
 * Plain IDL enum: 16 bits in NDR20 ([C706] 14.2.8), 32 bits in NDR64 ([MS-RPCE] 2.2.5.3.1); the value
 * range stays 16-bit in both so that one value encodes under either syntax.
 */
export const enum16: NdrType<number> = defineType('enum16', (syntax: NdrSyntax) =>
  syntax === 'ndr64'
    ? primCodec({
        align: 4,
        size: 4,
        enc: (w, v) => w.u32(checkEnum16(w, v)),
        dec: (r) => {
          const at = r.pos;
          const v = r.u32();
          if (v > 0xffff) throw new NdrError('range', at, `enum value ${v} does not fit 16 bits`);
          return v;
        },
      })
    : primCodec({ align: 2, size: 2, enc: (w, v) => w.u16(checkEnum16(w, v)), dec: (r) => r.u16() }),
);

/** `[v1_enum]`: 32 bits in both syntaxes. */
export const enum32: NdrType<number> = simple('enum32', 'u32');

/** __int3264: 4 bytes in NDR20, 8 bytes in NDR64 ([MS-RPCE] 2.2.5.3.1.1). */
function int3264Type(signed: boolean): NdrType<bigint> {
  return defineType(signed ? 'int3264' : 'uint3264', (syntax: NdrSyntax) => {
    if (syntax === 'ndr64') {
      return primCodec({
        align: 8,
        size: 8,
        enc: signed ? (w, v) => w.i64(v as bigint) : (w, v) => w.u64(v as bigint),
        dec: signed ? (r) => r.i64() : (r) => r.u64(),
      });
    }
    const lo = signed ? -0x80000000n : 0n;
    const hi = signed ? 0x7fffffffn : 0xffffffffn;
    return primCodec({
      align: 4,
      size: 4,
      enc: (w, v) => {
        const b = v as bigint;
        if (typeof b !== 'bigint' || b < lo || b > hi) {
          throw new NdrError('range', w.pos, `${String(v)} does not fit a 32-bit __int3264`);
        }
        w.u32(Number(BigInt.asUintN(32, b)));
      },
      dec: signed ? (r) => BigInt(r.i32()) : (r) => BigInt(r.u32()),
    });
  });
}
export const int3264: NdrType<bigint> = int3264Type(true);
export const uint3264: NdrType<bigint> = int3264Type(false);

const GUID_RE = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i;
const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** GUID / UUID: u32 Data1, u16 Data2, u16 Data3, 8 bytes Data4, aligned to 4 ([C706] App. A / N). */
export const guid: NdrType<string> = defineType('guid', () =>
  primCodec({
    align: 4,
    size: 16,
    enc: (w, v) => {
      const m = typeof v === 'string' ? GUID_RE.exec(v) : null;
      if (!m) throw new NdrError('invalid', w.pos, `not a GUID string: ${String(v)}`);
      w.u32(parseInt(m[1]!, 16));
      w.u16(parseInt(m[2]!, 16));
      w.u16(parseInt(m[3]!, 16));
      w.ensure(8);
      const tail = m[4]! + m[5]!;
      for (let i = 0; i < 8; i++) w.buf[w.pos++] = parseInt(tail.slice(i * 2, i * 2 + 2), 16);
    },
    dec: (r) => {
      const d1 = r.u32();
      const d2 = r.u16();
      const d3 = r.u16();
      if (r.pos + 8 > r.end) throw r.eof(8);
      const b = r.bytes;
      const p = r.pos;
      r.pos += 8;
      return (
        d1.toString(16).padStart(8, '0') +
        '-' +
        d2.toString(16).padStart(4, '0') +
        '-' +
        d3.toString(16).padStart(4, '0') +
        '-' +
        HEX[b[p]!]! +
        HEX[b[p + 1]!]! +
        '-' +
        HEX[b[p + 2]!]! +
        HEX[b[p + 3]!]! +
        HEX[b[p + 4]!]! +
        HEX[b[p + 5]!]! +
        HEX[b[p + 6]!]! +
        HEX[b[p + 7]!]!
      );
    },
  }),
);

/**
 * Context handle ([C706] App. N ndr_context_handle; [MS-RPCE] 2.2.1.1.4): u32 attributes + UUID,
 * 20 bytes aligned to 4, carried opaquely as the bytes the server issued.
 */
export const contextHandle: NdrType<Uint8Array> = defineType('contextHandle', () =>
  primCodec({
    align: 4,
    size: 20,
    enc: (w, v) => {
      if (!(v instanceof Uint8Array) || v.length !== 20) {
        throw new NdrError('invalid', w.pos, 'context handle must be a 20-byte Uint8Array');
      }
      w.align(4);
      w.bytes(v);
    },
    dec: (r) => {
      r.align(4);
      return r.bytesCopy(20);
    },
  }),
);
