export { NdrError, DEFAULT_NDR_LIMITS, resolveLimits, type NdrErrorCode, type NdrLimits } from './errors.js';
export { NdrReader, type NdrReaderOptions } from './reader.js';
export { NdrWriter } from './writer.js';
export {
  defineType,
  type ByteType,
  type Codec,
  type ConformanceCodec,
  type Expr,
  type NdrSyntax,
  type NdrType,
  type Scope,
} from './types.js';
export {
  boolean8,
  byte,
  char,
  contextHandle,
  enum16,
  enum32,
  errorStatus,
  f32,
  f64,
  guid,
  i16,
  i32,
  i64,
  i8,
  int3264,
  u16,
  u32,
  u64,
  u8,
  uint3264,
  wchar,
} from './primitives.js';
export { lazy, range, struct } from './constructed.js';
export { isPointerType, pointer, topLevelRefTarget, type PointerKind, type PointerType } from './pointers.js';
export { conformantArray, conformantVaryingArray, fixedArray, varyingArray } from './arrays.js';
export { string, type StringKind } from './strings.js';
export { union, type UnionSpec, type UnionValue } from './unions.js';
export {
  decode,
  decodeParams,
  decodeParamsWithOffset,
  encode,
  encodeParams,
  parseDataRepresentation,
  type DecodeOptions,
  type EncodeOptions,
  type ParamType,
} from './params.js';
