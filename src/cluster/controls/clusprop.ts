/**
 * PROPERTY_LIST codec ([MS-CMRP] 2.2.3.10): a DWORD property count, then per property a
 * CLUSPROP_SYNTAX_NAME entry, one to three values `{ syntax, size, data, pad to 4 }`, and a 4-byte
 * CLUSPROP_SYNTAX_ENDMARK. Decoding reads untrusted bytes from ApiXxxControl input buffers, so every
 * count and size is bounded by the bytes that remain and by fixed limits before anything is built;
 * malformed structure is ERROR_INVALID_DATA, well-formed but unacceptable values ERROR_INVALID_PARAMETER.
 */
import { Win32 } from '../../errors/status.js';
import { ClusterError } from '../model/errors.js';
import { foldName } from '../model/names.js';
import type { PropType, PropValue } from '../model/properties.js';

/** CLUSTER_PROPERTY_FORMAT (2.2.2.2): the low 16 bits of a syntax. */
export const ClusPropFormat = {
  UNKNOWN: 0x0000,
  BINARY: 0x0001,
  DWORD: 0x0002,
  SZ: 0x0003,
  EXPAND_SZ: 0x0004,
  MULTI_SZ: 0x0005,
  ULARGE_INTEGER: 0x0006,
  LONG: 0x0007,
  EXPANDED_SZ: 0x0008,
  SECURITY_DESCRIPTOR: 0x0009,
  LARGE_INTEGER: 0x000a,
  WORD: 0x000b,
  FILETIME: 0x000c,
} as const;

/** CLUSTER_PROPERTY_TYPE (2.2.2.1): the high 16 bits of a syntax. */
export const ClusPropType = {
  ENDMARK: 0x0000,
  LIST_VALUE: 0x0001,
  RESCLASS: 0x0002,
  NAME: 0x0004,
} as const;

/** CLUSTER_PROPERTY_SYNTAX (2.2.2.3). */
export const ClusPropSyntax = {
  ENDMARK: 0x00000000,
  NAME: 0x00040003,
  RESCLASS: 0x00020002,
  LIST_VALUE_SZ: 0x00010003,
  LIST_VALUE_EXPAND_SZ: 0x00010004,
  LIST_VALUE_DWORD: 0x00010002,
  LIST_VALUE_BINARY: 0x00010001,
  LIST_VALUE_MULTI_SZ: 0x00010005,
  LIST_VALUE_LONG: 0x00010007,
  LIST_VALUE_EXPANDED_SZ: 0x00010008,
  LIST_VALUE_SECURITY_DESCRIPTOR: 0x00010009,
  LIST_VALUE_LARGE_INTEGER: 0x0001000a,
  LIST_VALUE_ULARGE_INTEGER: 0x00010006,
  LIST_VALUE_WORD: 0x0001000b,
  LIST_VALUE_FILETIME: 0x0001000c,
  DISK_SIGNATURE: 0x00050002,
  SCSI_ADDRESS: 0x00060002,
  DISK_NUMBER: 0x00070002,
  PARTITION_INFO: 0x00080001,
  DISK_SERIALNUMBER: 0x000a0003,
  DISK_GUID: 0x000b0003,
  DISK_SIZE: 0x000c0006,
  PARTITION_INFO_EX: 0x000d0001,
  PARTITION_INFO_EX2: 0x000e0001,
} as const;

const KNOWN_SYNTAX: ReadonlySet<number> = new Set(Object.values(ClusPropSyntax));

/** One value of a value list, its data without the alignment padding. */
export interface WireValue {
  readonly syntax: number;
  readonly data: Uint8Array;
}

export interface WireProperty {
  readonly name: string;
  readonly values: readonly WireValue[];
}

export interface NamedValue {
  readonly name: string;
  readonly value: PropValue;
}

export interface PropertyListLimits {
  readonly maxProperties: number;
  readonly maxNameChars: number;
  readonly maxValueBytes: number;
}

export const DEFAULT_PROPERTY_LIST_LIMITS: PropertyListLimits = {
  maxProperties: 1024,
  // The model's own bound on property names (properties.ts MAX_PROPERTY_NAME).
  maxNameChars: 256,
  maxValueBytes: 1024 * 1024,
};

/** 2.2.3.10.1: "One to three PropertyValues structures". */
const MAX_VALUES_PER_PROPERTY = 3;
/** Smallest property: name entry with "\0" padded (12) + one empty value (8) + endmark (4). */
const MIN_PROPERTY_BYTES = 24;

const invalidData = (why: string): never => {
  throw new ClusterError(Win32.ERROR_INVALID_DATA, `PROPERTY_LIST: ${why}`);
};
const invalidParameter = (why: string): never => {
  throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `PROPERTY_LIST: ${why}`);
};

export const align4 = (n: number): number => (n + 3) & ~3;

export const syntaxOf = (type: number, format: number): number => ((type << 16) | format) >>> 0;
export const formatOf = (syntax: number): number => syntax & 0xffff;
export const typeOf = (syntax: number): number => syntax >>> 16;

// ---------------------------------------------------------------- strings

/** A null-terminated UTF-16LE string, as SZ values and property names carry it. */
export function encodeSz(s: string): Uint8Array {
  const out = new Uint8Array((s.length + 1) * 2);
  Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(s, 'utf16le');
  return out;
}

/** MULTI_SZ: each string null-terminated, then one more null (an empty list is that null alone). */
export function encodeMultiSz(strings: readonly string[]): Uint8Array {
  const chars = strings.reduce((n, s) => n + s.length + 1, 1);
  const out = new Uint8Array(chars * 2);
  const b = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  let at = 0;
  for (const s of strings) {
    b.write(s, at, 'utf16le');
    at += (s.length + 1) * 2;
  }
  return out;
}

function utf16(data: Uint8Array, what: string): string {
  if (data.length % 2 !== 0) invalidData(`${what} has an odd byte count`);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf16le');
}

/** The string up to its terminator; a value without one is refused. */
export function decodeSz(data: Uint8Array, what = 'string'): string {
  const s = utf16(data, what);
  const end = s.indexOf('\0');
  if (end < 0) invalidData(`${what} is not null-terminated`);
  return s.slice(0, end);
}

/** The strings before the first empty one (or the end of the data). */
export function decodeMultiSz(data: Uint8Array, what = 'MULTI_SZ'): string[] {
  const s = utf16(data, what);
  const parts = s.split('\0');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '') break;
    out.push(p);
  }
  // Without any terminator the last string would silently run to the end of the buffer.
  if (out.length > 0 && !s.includes('\0')) invalidData(`${what} is not null-terminated`);
  return out;
}

// ---------------------------------------------------------------- encode

function entrySize(dataLength: number): number {
  return 8 + align4(dataLength);
}

function valuesSize(values: readonly WireValue[]): number {
  return values.reduce((n, v) => n + entrySize(v.data.length), 4);
}

function writeEntry(view: DataView, bytes: Uint8Array, at: number, syntax: number, data: Uint8Array): number {
  view.setUint32(at, syntax >>> 0, true);
  view.setUint32(at + 4, data.length, true);
  bytes.set(data, at + 8);
  return at + entrySize(data.length);
}

function writeValues(view: DataView, bytes: Uint8Array, at: number, values: readonly WireValue[]): number {
  for (const v of values) at = writeEntry(view, bytes, at, v.syntax, v.data);
  view.setUint32(at, ClusPropSyntax.ENDMARK, true);
  return at + 4;
}

/** A value list (2.2.3.10.1 without the name): the values, then CLUSPROP_SYNTAX_ENDMARK. */
export function encodeValueList(values: readonly WireValue[]): Uint8Array {
  const bytes = new Uint8Array(valuesSize(values));
  writeValues(new DataView(bytes.buffer), bytes, 0, values);
  return bytes;
}

export function encodePropertyList(props: readonly WireProperty[]): Uint8Array {
  const names = props.map((p) => encodeSz(p.name));
  let size = 4;
  props.forEach((p, i) => (size += entrySize(names[i]!.length) + valuesSize(p.values)));
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, props.length, true);
  let at = 4;
  props.forEach((p, i) => {
    at = writeEntry(view, bytes, at, ClusPropSyntax.NAME, names[i]!);
    at = writeValues(view, bytes, at, p.values);
  });
  return bytes;
}

// ---------------------------------------------------------------- decode

class Reader {
  private readonly view: DataView;
  at: number;
  constructor(
    readonly bytes: Uint8Array,
    at = 0,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.at = at;
  }
  get remaining(): number {
    return this.bytes.length - this.at;
  }
  u32(what: string): number {
    if (this.remaining < 4) invalidData(`truncated ${what}`);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  /** `size` data bytes and the padding after them; the padding may run past the end only if none is needed. */
  data(size: number, max: number, what: string): Uint8Array {
    if (size > max) invalidData(`${what} of ${size} bytes exceeds ${max}`);
    if (size > this.remaining) invalidData(`${what} of ${size} bytes overruns the buffer`);
    const out = this.bytes.subarray(this.at, this.at + size);
    const padded = align4(size);
    if (padded > this.remaining) invalidData(`${what} padding overruns the buffer`);
    this.at += padded;
    return out;
  }
}

function readValues(r: Reader, limits: PropertyListLimits): WireValue[] {
  const values: WireValue[] = [];
  for (;;) {
    const syntax = r.u32('value syntax');
    if (syntax === ClusPropSyntax.ENDMARK) break;
    if (syntax === ClusPropSyntax.NAME) invalidData('property name inside a value list');
    if (!KNOWN_SYNTAX.has(syntax)) invalidData(`unknown syntax 0x${syntax.toString(16)}`);
    if (values.length === MAX_VALUES_PER_PROPERTY) invalidData('more than three values for one property');
    const size = r.u32('value size');
    values.push({ syntax, data: r.data(size, limits.maxValueBytes, 'value') });
  }
  return values;
}

/** A value list starting at `offset`; returns the values and where the list ended. */
export function decodeValueList(
  bytes: Uint8Array,
  offset = 0,
  limits: PropertyListLimits = DEFAULT_PROPERTY_LIST_LIMITS,
): { values: WireValue[]; end: number } {
  const r = new Reader(bytes, offset);
  const values = readValues(r, limits);
  return { values, end: r.at };
}

/**
 * Parses a PROPERTY_LIST. Bytes after the last property are ignored: clients may pass a buffer
 * larger than the list they built.
 */
export function decodePropertyList(
  bytes: Uint8Array,
  limits: PropertyListLimits = DEFAULT_PROPERTY_LIST_LIMITS,
): WireProperty[] {
  const r = new Reader(bytes);
  const count = r.u32('property count');
  if (count > limits.maxProperties) invalidData(`${count} properties exceed ${limits.maxProperties}`);
  if (count > Math.floor(r.remaining / MIN_PROPERTY_BYTES)) invalidData(`count ${count} overruns the buffer`);
  const props: WireProperty[] = [];
  for (let i = 0; i < count; i++) {
    if (r.u32('name syntax') !== ClusPropSyntax.NAME) invalidData(`property ${i} does not start with a name`);
    const size = r.u32('name size');
    const name = decodeSz(r.data(size, (limits.maxNameChars + 1) * 2, 'property name'), 'property name');
    if (name.length === 0) invalidData(`property ${i} has an empty name`);
    const values = readValues(r, limits);
    if (values.length === 0) invalidData(`property ${name} has no value`);
    props.push({ name, values });
  }
  return props;
}

// ---------------------------------------------------------------- typed values

const MODEL_FORMAT: Record<PropType, number> = {
  binary: ClusPropFormat.BINARY,
  dword: ClusPropFormat.DWORD,
  sz: ClusPropFormat.SZ,
  expand_sz: ClusPropFormat.EXPAND_SZ,
  multi_sz: ClusPropFormat.MULTI_SZ,
  ularge_integer: ClusPropFormat.ULARGE_INTEGER,
  long: ClusPropFormat.LONG,
  large_integer: ClusPropFormat.LARGE_INTEGER,
};

export function formatOfType(type: PropType): number {
  return MODEL_FORMAT[type];
}

const listValue = (format: number): number => syntaxOf(ClusPropType.LIST_VALUE, format);

function u32le(n: number, signed: boolean): Uint8Array {
  const out = new Uint8Array(4);
  const v = new DataView(out.buffer);
  if (signed) v.setInt32(0, n, true);
  else v.setUint32(0, n >>> 0, true);
  return out;
}

function u64le(n: bigint, signed: boolean): Uint8Array {
  const out = new Uint8Array(8);
  const v = new DataView(out.buffer);
  if (signed) v.setBigInt64(0, n, true);
  else v.setBigUint64(0, n, true);
  return out;
}

export function dwordData(n: number): Uint8Array {
  return u32le(n, false);
}

/**
 * The values a server writes for one property. EXPAND_SZ goes out as two values, the stored text
 * then its expansion (2.2.2.3); this server keeps no environment, so the expansion is the same text.
 */
export function propValueToWire(v: PropValue): WireValue[] {
  switch (v.type) {
    case 'dword':
      return [{ syntax: listValue(ClusPropFormat.DWORD), data: u32le(v.value, false) }];
    case 'long':
      return [{ syntax: listValue(ClusPropFormat.LONG), data: u32le(v.value, true) }];
    case 'sz':
      return [{ syntax: listValue(ClusPropFormat.SZ), data: encodeSz(v.value) }];
    case 'expand_sz':
      return [
        { syntax: listValue(ClusPropFormat.EXPAND_SZ), data: encodeSz(v.value) },
        { syntax: listValue(ClusPropFormat.EXPANDED_SZ), data: encodeSz(v.value) },
      ];
    case 'multi_sz':
      return [{ syntax: listValue(ClusPropFormat.MULTI_SZ), data: encodeMultiSz(v.value) }];
    case 'binary':
      return [
        { syntax: listValue(ClusPropFormat.BINARY), data: new Uint8Array(Buffer.from(v.value, 'base64')) },
      ];
    case 'ularge_integer':
      return [{ syntax: listValue(ClusPropFormat.ULARGE_INTEGER), data: u64le(BigInt(v.value), false) }];
    case 'large_integer':
      return [{ syntax: listValue(ClusPropFormat.LARGE_INTEGER), data: u64le(BigInt(v.value), true) }];
  }
}

function fixed(data: Uint8Array, size: number, what: string): DataView {
  if (data.length !== size) invalidParameter(`${what} value must be ${size} bytes, got ${data.length}`);
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The model value a client sent for a property: its first value, which must be a LIST_VALUE of a
 * format the model stores. An EXPANDED_SZ is what a server reports, never what a client sets (2.2.2.3),
 * so it is accepted only after an EXPAND_SZ (as a client echoing a GET back would send it) and ignored.
 */
export function wireToPropValue(p: WireProperty): PropValue {
  const [first, ...rest] = p.values;
  if (!first) return invalidParameter(`property ${p.name} has no value`);
  for (const extra of rest) {
    const echoedExpansion =
      formatOf(first.syntax) === ClusPropFormat.EXPAND_SZ &&
      extra.syntax === listValue(ClusPropFormat.EXPANDED_SZ);
    if (!echoedExpansion) invalidParameter(`property ${p.name} has more than one value`);
  }
  if (typeOf(first.syntax) !== ClusPropType.LIST_VALUE)
    invalidParameter(`property ${p.name} has syntax 0x${first.syntax.toString(16)}, not a list value`);
  const d = first.data;
  const what = `property ${p.name}`;
  switch (formatOf(first.syntax)) {
    case ClusPropFormat.DWORD:
      return { type: 'dword', value: fixed(d, 4, what).getUint32(0, true) };
    case ClusPropFormat.LONG:
      return { type: 'long', value: fixed(d, 4, what).getInt32(0, true) };
    case ClusPropFormat.SZ:
      return { type: 'sz', value: decodeSz(d, what) };
    case ClusPropFormat.EXPAND_SZ:
      return { type: 'expand_sz', value: decodeSz(d, what) };
    case ClusPropFormat.MULTI_SZ:
      return { type: 'multi_sz', value: decodeMultiSz(d, what) };
    case ClusPropFormat.BINARY:
      return { type: 'binary', value: Buffer.from(d).toString('base64') };
    case ClusPropFormat.ULARGE_INTEGER:
      return { type: 'ularge_integer', value: fixed(d, 8, what).getBigUint64(0, true).toString() };
    case ClusPropFormat.LARGE_INTEGER:
      return { type: 'large_integer', value: fixed(d, 8, what).getBigInt64(0, true).toString() };
    default:
      return invalidParameter(`${what}: format 0x${formatOf(first.syntax).toString(16)} is not settable`);
  }
}

/** A PROPERTY_LIST of model values. */
export function encodeProperties(props: readonly NamedValue[]): Uint8Array {
  return encodePropertyList(props.map((p) => ({ name: p.name, values: propValueToWire(p.value) })));
}

/** A PROPERTY_LIST as model values; a name given twice (names are case-insensitive) is refused. */
export function decodeProperties(
  bytes: Uint8Array,
  limits: PropertyListLimits = DEFAULT_PROPERTY_LIST_LIMITS,
): NamedValue[] {
  const seen = new Set<string>();
  return decodePropertyList(bytes, limits).map((p) => {
    const key = foldName(p.name);
    if (seen.has(key)) invalidParameter(`property ${p.name} given twice`);
    seen.add(key);
    return { name: p.name, value: wireToPropValue(p) };
  });
}
