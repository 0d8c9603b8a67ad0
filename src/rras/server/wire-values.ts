/**
 * Conversions between the model's plain values and the shapes the generated NDR types use for
 * DIMSVC's NDR-typed structures (the "Ex" methods): fixed WCHAR arrays as UTF-16 code-unit lists,
 * FILETIME, 64-bit sub-interface indexes.
 */
import type { FILETIME } from '../../interfaces/dimsvc/dimsvc.gen.js';
import { invalidParameter } from './call.js';

/** A `WCHAR x[n]` member: the text's code units, NUL-terminated, zero-filled; cut at n - 1. */
export function wcharArray(text: string, n: number): number[] {
  const out = new Array<number>(n).fill(0);
  const len = Math.min(text.length, n - 1);
  for (let i = 0; i < len; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * The text of a client's `WCHAR x[n]`: up to the first NUL. An array without a terminator is
 * malformed (the C string would run off the structure) and refused.
 */
export function wcharText(units: readonly number[], what: string): string {
  const end = units.indexOf(0);
  if (end < 0) throw invalidParameter(`${what} is not NUL-terminated`);
  return String.fromCharCode(...units.slice(0, end));
}

/** 100-ns intervals between 1601-01-01 and 1970-01-01. */
const EPOCH_DIFF_100NS = 116444736000000000n;

/** Milliseconds since the Unix epoch → FILETIME; null → zero (no time). */
export function toFiletime(ms: number | null): FILETIME {
  if (ms === null) return { dwLowDateTime: 0, dwHighDateTime: 0 };
  const t = BigInt(Math.max(0, Math.trunc(ms))) * 10000n + EPOCH_DIFF_100NS;
  return { dwLowDateTime: Number(t & 0xffffffffn), dwHighDateTime: Number((t >> 32n) & 0xffffffffn) };
}

/** 8-byte fields the model keeps as `Uint8Array` (interface identifiers, prefixes): exactly 8 bytes. */
export function bytes8(b: Uint8Array | undefined): Uint8Array {
  const out = new Uint8Array(8);
  if (b) out.set(b.subarray(0, 8));
  return out;
}

/** A dotted IPv4 text or IPv6 text address; what MOBIKE endpoint updates may carry (2.2.1.2.147). */
export function isIpAddressText(text: string): boolean {
  return isIpv4Text(text) || isIpv6Text(text);
}

export function isIpv4Text(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function isIpv6Text(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.length > 45) return false;
  let head = text;
  let groupsFromV4 = 0;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    if (!isIpv4Text(text.slice(lastColon + 1))) return false;
    head = text.slice(0, lastColon + 1) + '0:0';
    groupsFromV4 = 0;
  }
  const doubles = head.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = head.split(':');
  const valid = (g: string): boolean => /^[0-9A-Fa-f]{1,4}$/.test(g);
  if (doubles === 0) return groups.length === 8 - groupsFromV4 && groups.every(valid);
  const [left = '', right = ''] = head.split('::');
  const l = left === '' ? [] : left.split(':');
  const r = right === '' ? [] : right.split(':');
  return l.every(valid) && r.every(valid) && l.length + r.length <= 7;
}
