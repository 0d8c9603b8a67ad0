/**
 * IPv4 addresses in RRASM DWORD fields are stored with the address bytes in network order in
 * memory, so the little-endian DWORD read from the blob has the first octet in its low byte.
 */
import { RrasBlobError } from './errors.js';

export function ipv4ToDword(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) {
    throw new RrasBlobError('invalid', 'IPv4', `not a dotted-quad address: ${text}`);
  }
  const [a, b, c, d] = parts.map(Number) as [number, number, number, number];
  return (a | (b << 8) | (c << 16) | (d << 24)) >>> 0;
}

export function dwordToIpv4(v: number): string {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff].join('.');
}
