/**
 * Property lists as plain typed objects: the server's CLUSPROP PROPERTY_LIST (decoded by the
 * controls codec) becomes `{ Name: value }`, and `setProperties({ Name: value })` is encoded with the
 * property's existing type, so a string from a command line can set a DWORD.
 */
import {
  decodePropertyList,
  encodeProperties,
  wireToPropValue,
  type NamedValue,
} from '../controls/clusprop.js';
import type { PropType, PropValue } from '../model/properties.js';

/** dword/long → number, sz/expand_sz → string, multi_sz → string[], binary → bytes, 64-bit → bigint. */
export type PropertyValue = number | string | readonly string[] | Uint8Array | bigint;
export type Properties = Record<string, PropertyValue>;

/** The decoded values plus each one's wire type, which `setProperties` needs to encode back. */
export interface TypedProperties {
  readonly values: Properties;
  readonly types: ReadonlyMap<string, PropType>;
}

export function toPlain(v: PropValue): PropertyValue {
  switch (v.type) {
    case 'dword':
    case 'long':
    case 'sz':
    case 'expand_sz':
      return v.value;
    case 'multi_sz':
      return [...v.value];
    case 'binary':
      return new Uint8Array(Buffer.from(v.value, 'base64'));
    case 'ularge_integer':
    case 'large_integer':
      return BigInt(v.value);
  }
}

/**
 * Decodes a PROPERTY_LIST. A value in a format the model does not hold (none of ours, but a real
 * server may send FILETIMEs or security descriptors) is kept as its raw bytes rather than failing
 * the whole list.
 */
export function decodeTypedProperties(bytes: Uint8Array): TypedProperties {
  const values: Properties = {};
  const types = new Map<string, PropType>();
  if (bytes.length === 0) return { values, types };
  for (const p of decodePropertyList(bytes)) {
    try {
      const v = wireToPropValue(p);
      values[p.name] = toPlain(v);
      types.set(p.name.toLowerCase(), v.type);
    } catch {
      values[p.name] = p.values[0]?.data ?? new Uint8Array(0);
    }
  }
  return { values, types };
}

export class PropertyValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PropertyValueError';
  }
}

const INT32 = /^-?\d+$/;

function toNumber(name: string, v: PropertyValue, min: number, max: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && INT32.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw new PropertyValueError(`${name}: ${String(v)} is not an integer in ${min}..${max}`);
  return n;
}

function toBigint(name: string, v: PropertyValue, min: bigint, max: bigint): string {
  let n: bigint;
  try {
    n = typeof v === 'bigint' ? v : BigInt(typeof v === 'number' || typeof v === 'string' ? v : NaN);
  } catch {
    throw new PropertyValueError(`${name}: ${String(v)} is not an integer`);
  }
  if (n < min || n > max) throw new PropertyValueError(`${name}: ${n} is out of range`);
  return n.toString();
}

/** The value to send for `name`: typed as the server already types it, else inferred from JS. */
export function toPropValue(name: string, v: PropertyValue, known: PropType | undefined): PropValue {
  const type: PropType =
    known ??
    (typeof v === 'number'
      ? v < 0
        ? 'long'
        : 'dword'
      : typeof v === 'bigint'
        ? 'large_integer'
        : v instanceof Uint8Array
          ? 'binary'
          : Array.isArray(v)
            ? 'multi_sz'
            : 'sz');
  switch (type) {
    case 'dword':
      return { type, value: toNumber(name, v, 0, 0xffffffff) };
    case 'long':
      return { type, value: toNumber(name, v, -0x80000000, 0x7fffffff) };
    case 'sz':
    case 'expand_sz':
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint')
        return { type, value: String(v) };
      throw new PropertyValueError(`${name}: a string is expected`);
    case 'multi_sz':
      if (Array.isArray(v)) return { type, value: v.map(String) };
      if (typeof v === 'string') return { type, value: v === '' ? [] : v.split(',') };
      throw new PropertyValueError(`${name}: a list of strings is expected`);
    case 'binary':
      if (v instanceof Uint8Array) return { type, value: Buffer.from(v).toString('base64') };
      if (typeof v === 'string' && /^([0-9a-f]{2})*$/i.test(v))
        return { type, value: Buffer.from(v, 'hex').toString('base64') };
      throw new PropertyValueError(`${name}: bytes (or hex) are expected`);
    case 'ularge_integer':
      return { type, value: toBigint(name, v, 0n, 0xffffffffffffffffn) };
    case 'large_integer':
      return { type, value: toBigint(name, v, -(1n << 63n), (1n << 63n) - 1n) };
  }
}

export function encodeSetList(
  props: Readonly<Record<string, PropertyValue>>,
  types: ReadonlyMap<string, PropType>,
): Uint8Array {
  const list: NamedValue[] = Object.entries(props).map(([name, v]) => ({
    name,
    value: toPropValue(name, v, types.get(name.toLowerCase())),
  }));
  return encodeProperties(list);
}
