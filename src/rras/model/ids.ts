/**
 * Identity helpers of the RRAS model: the injectable GUID source (so an emulated server is
 * deterministic under test), Windows-style case-insensitive names, and address text checks.
 */
import { randomUUID } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/** Where new GUIDs (connections, devices, phonebook entries) come from. */
export interface RrasIdSource {
  guid(): string;
}

export const randomIds: RrasIdSource = { guid: () => randomUUID() };

/** GUIDs 00000000-0000-4000-8000-000000000001, …002, … — repeatable runs and readable tests. */
export function sequentialIds(start = 1): RrasIdSource {
  let next = start;
  return {
    guid: () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`,
  };
}

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isGuidText(text: string): boolean {
  return GUID_RE.test(text);
}

/** Windows compares interface and phonebook entry names without regard to case. */
export function foldName(name: string): string {
  return name.toUpperCase();
}

export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

export function isIpv4Text(text: string): boolean {
  return isIPv4(text);
}

export function isIpv6Text(text: string): boolean {
  return isIPv6(text);
}

/** Dotted IPv4 text → the 32-bit value with the first octet most significant (MIB index order). */
export function ipv4ToNumber(text: string): number {
  const parts = text.split('.');
  return (
    ((Number(parts[0]) << 24) | (Number(parts[1]) << 16) | (Number(parts[2]) << 8) | Number(parts[3])) >>> 0
  );
}

export function numberToIpv4(value: number): string {
  const v = value >>> 0;
  return `${v >>> 24}.${(v >>> 16) & 0xff}.${(v >>> 8) & 0xff}.${v & 0xff}`;
}
