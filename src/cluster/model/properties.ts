/**
 * Typed cluster properties (the CLUSPROP_FORMAT_* values of [MS-CMRP] 2.2.2.3), JSON-shaped so they
 * persist as they are: BINARY as base64, 64-bit integers as decimal strings.
 */
import { Win32 } from '../../errors/status.js';
import { ClusterError } from './errors.js';
import { foldName } from './names.js';

export type PropValue =
  | { readonly type: 'dword'; readonly value: number }
  | { readonly type: 'long'; readonly value: number }
  | { readonly type: 'sz'; readonly value: string }
  | { readonly type: 'expand_sz'; readonly value: string }
  | { readonly type: 'multi_sz'; readonly value: readonly string[] }
  | { readonly type: 'binary'; readonly value: string }
  | { readonly type: 'ularge_integer'; readonly value: string }
  | { readonly type: 'large_integer'; readonly value: string };

export type PropType = PropValue['type'];

/** Stored properties by name, keeping the spelling they were first set with. */
export type PropertyBag = { readonly [name: string]: PropValue };

export interface Property {
  readonly name: string;
  readonly value: PropValue;
  readonly readOnly: boolean;
}

/** CLUSPROP_FORMAT_* codes, for the wire layer that builds PROPERTY_LIST blobs. */
export const PropFormat: Record<PropType, number> = {
  binary: 1,
  dword: 2,
  sz: 3,
  expand_sz: 4,
  multi_sz: 5,
  ularge_integer: 6,
  long: 7,
  large_integer: 10,
};

export const dword = (value: number): PropValue => ({ type: 'dword', value });
export const sz = (value: string): PropValue => ({ type: 'sz', value });
export const multiSz = (value: readonly string[]): PropValue => ({ type: 'multi_sz', value });
export const ularge = (value: bigint | number): PropValue => ({
  type: 'ularge_integer',
  value: String(value),
});
export const binary = (value: Uint8Array): PropValue => ({
  type: 'binary',
  value: Buffer.from(value).toString('base64'),
});

const MAX_PROPERTY_NAME = 256;
const MAX_STRING = 32 * 1024;
const MAX_MULTI = 1024;
const MAX_BINARY_B64 = 64 * 1024;
/** Private properties per object: enough for any real resource DLL, small enough to bound a document. */
export const MAX_PRIVATE_PROPERTIES = 256;
/** Serialized size cap of one object's private properties (JSON characters). */
export const MAX_PRIVATE_BYTES = 256 * 1024;

const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** Refuses a value whose payload does not fit its declared format (ERROR_INVALID_PARAMETER). */
export function checkPropValue(name: string, v: PropValue): PropValue {
  const bad = (why: string): never => {
    throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `property ${name}: ${why}`);
  };
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_PROPERTY_NAME) bad('invalid name');
  switch (v.type) {
    case 'dword':
      if (!Number.isInteger(v.value) || v.value < 0 || v.value > 0xffffffff) bad('not a DWORD');
      break;
    case 'long':
      if (!Number.isInteger(v.value) || v.value < -0x80000000 || v.value > 0x7fffffff) bad('not a LONG');
      break;
    case 'sz':
    case 'expand_sz':
      if (typeof v.value !== 'string' || v.value.length > MAX_STRING || v.value.includes('\0'))
        bad('bad string');
      break;
    case 'multi_sz':
      if (!Array.isArray(v.value) || v.value.length > MAX_MULTI) bad('bad MULTI_SZ');
      for (const s of v.value) {
        if (typeof s !== 'string' || s.length === 0 || s.length > MAX_STRING || s.includes('\0'))
          bad('bad MULTI_SZ');
      }
      break;
    case 'binary':
      if (
        typeof v.value !== 'string' ||
        v.value.length > MAX_BINARY_B64 ||
        !/^[A-Za-z0-9+/]*={0,2}$/.test(v.value)
      )
        bad('bad BINARY');
      break;
    case 'ularge_integer':
    case 'large_integer': {
      if (typeof v.value !== 'string' || !/^-?\d{1,20}$/.test(v.value)) bad('bad 64-bit integer');
      const n = BigInt(v.value);
      if (v.type === 'ularge_integer' ? n < 0n || n > U64_MAX : n < I64_MIN || n > I64_MAX)
        bad('out of range');
      break;
    }
    default:
      bad('unknown format');
  }
  return v;
}

/** A common property: stored with a default, or computed from the entity (then read-only). */
export interface CommonPropertyDef<E> {
  readonly name: string;
  readonly type: PropType;
  readonly readOnly?: boolean;
  /** Inclusive bounds for DWORD/LONG properties. */
  readonly min?: number;
  readonly max?: number;
  readonly default?: PropValue;
  readonly compute?: (entity: E) => PropValue;
}

export function findInBag(bag: PropertyBag, name: string): [string, PropValue] | undefined {
  const want = foldName(name);
  for (const [k, v] of Object.entries(bag)) if (foldName(k) === want) return [k, v];
  return undefined;
}

/** The common property list of an entity, in definition order. */
export function readCommon<E>(
  defs: readonly CommonPropertyDef<E>[],
  entity: E,
  stored: PropertyBag,
): Property[] {
  return defs.map((d) => {
    if (d.compute) return { name: d.name, value: d.compute(entity), readOnly: true };
    const v = findInBag(stored, d.name)?.[1] ?? d.default!;
    return { name: d.name, value: v, readOnly: d.readOnly ?? false };
  });
}

/** Validates writes to common properties and returns the new stored bag. */
export function writeCommon<E>(
  defs: readonly CommonPropertyDef<E>[],
  stored: PropertyBag,
  updates: Readonly<Record<string, PropValue>>,
): { bag: PropertyBag; changed: string[] } {
  const bag: Record<string, PropValue> = { ...stored };
  const changed: string[] = [];
  for (const [name, value] of Object.entries(updates)) {
    const def = defs.find((d) => foldName(d.name) === foldName(name));
    if (!def) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `unknown common property ${name}`);
    if (def.readOnly || def.compute) {
      throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `property ${def.name} is read-only`);
    }
    checkPropValue(def.name, value);
    if (value.type !== def.type) {
      throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `property ${def.name} must be ${def.type}`);
    }
    if (
      (value.type === 'dword' || value.type === 'long') &&
      (def.min !== undefined || def.max !== undefined)
    ) {
      if (
        (def.min !== undefined && value.value < def.min) ||
        (def.max !== undefined && value.value > def.max)
      ) {
        throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `property ${def.name} out of range`);
      }
    }
    bag[def.name] = value;
    changed.push(def.name);
  }
  return { bag, changed };
}

/** Validates writes to private properties (free-form, typed; read-only names refused). */
export function writePrivate(
  stored: PropertyBag,
  updates: Readonly<Record<string, PropValue>>,
  readOnlyNames: readonly string[] = [],
): { bag: PropertyBag; changed: string[] } {
  const bag: Record<string, PropValue> = { ...stored };
  const changed: string[] = [];
  const ro = new Set(readOnlyNames.map(foldName));
  for (const [name, value] of Object.entries(updates)) {
    if (ro.has(foldName(name)))
      throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `property ${name} is read-only`);
    checkPropValue(name, value);
    const existing = findInBag(bag, name);
    if (existing && existing[1].type !== value.type) {
      throw new ClusterError(
        Win32.ERROR_INVALID_PARAMETER,
        `property ${existing[0]} must be ${existing[1].type}`,
      );
    }
    const key = existing?.[0] ?? name;
    bag[key] = value;
    changed.push(key);
  }
  if (Object.keys(bag).length > MAX_PRIVATE_PROPERTIES) {
    throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'too many private properties');
  }
  // Keeps every object's document well under the store's per-document limit.
  if (JSON.stringify(bag).length > MAX_PRIVATE_BYTES) {
    throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'private properties too large');
  }
  return { bag, changed };
}
