/**
 * A small DER codec for SPNEGO ([X.690] definite-length DER only). Decoding is for hostile
 * input: low tag numbers only, no indefinite lengths, lengths at most 4 bytes and within the
 * remaining input, a nesting limit, and every failure is SecurityError(INVALID_TOKEN).
 */
import { invalidToken } from '../errors.js';

export const Tag = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  ENUMERATED: 0x0a,
  GENERAL_STRING: 0x1b,
  SEQUENCE: 0x30,
  /** [APPLICATION 0] constructed: the GSS InitialContextToken wrapper. */
  APPLICATION_0: 0x60,
} as const;

/** Context-specific constructed tag [n]. */
export const ctxTag = (n: number): number => 0xa0 | n;

export interface DerNode {
  readonly tag: number;
  /** The whole TLV as received (needed to MIC the mechTypes list exactly as sent). */
  readonly raw: Uint8Array;
  readonly content: Uint8Array;
}

export const MAX_DER_DEPTH = 16;
export const MAX_DER_LENGTH = 64 * 1024;

/** Reads one TLV at `offset`; returns it and the offset just past it. */
export function readTlv(buf: Uint8Array, offset: number): { node: DerNode; next: number } {
  if (offset + 2 > buf.length) throw invalidToken('DER element truncated');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw invalidToken('DER high tag numbers are not used by SPNEGO');
  let at = offset + 1;
  const first = buf[at++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const n = first & 0x7f;
    if (n === 0) throw invalidToken('indefinite DER lengths are not allowed');
    if (n > 4) throw invalidToken('DER length too large');
    if (at + n > buf.length) throw invalidToken('DER length truncated');
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + buf[at++]!;
  }
  if (length > MAX_DER_LENGTH) throw invalidToken('DER element too large');
  if (at + length > buf.length) throw invalidToken('DER element overruns its container');
  return {
    node: { tag, raw: buf.subarray(offset, at + length), content: buf.subarray(at, at + length) },
    next: at + length,
  };
}

/** Decodes exactly one element spanning all of `buf`. */
export function decodeOne(buf: Uint8Array): DerNode {
  const { node, next } = readTlv(buf, 0);
  if (next !== buf.length) throw invalidToken('trailing bytes after DER element');
  return node;
}

/** The children of a constructed element. */
export function children(node: DerNode, depth: number): DerNode[] {
  if (depth > MAX_DER_DEPTH) throw invalidToken('DER nesting too deep');
  if (!(node.tag & 0x20)) throw invalidToken('expected a constructed DER element');
  const out: DerNode[] = [];
  let at = 0;
  while (at < node.content.length) {
    const { node: child, next } = readTlv(node.content, at);
    out.push(child);
    at = next;
    if (out.length > 256) throw invalidToken('too many DER elements');
  }
  return out;
}

export function expectTag(node: DerNode, tag: number, what: string): DerNode {
  if (node.tag !== tag)
    throw invalidToken(`${what}: expected tag 0x${tag.toString(16)}, got 0x${node.tag.toString(16)}`);
  return node;
}

/** The single element inside an explicit context tag [n]. */
export function explicitInner(node: DerNode): DerNode {
  return decodeOne(node.content);
}

// ---- encoding ----

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  while (n > 0) {
    out.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return [0x80 | out.length, ...out];
}

export function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of content) n += c.length;
  const head = [tag, ...lengthBytes(n)];
  const out = new Uint8Array(head.length + n);
  out.set(head);
  let at = head.length;
  for (const c of content) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const sequence = (...items: Uint8Array[]): Uint8Array => tlv(Tag.SEQUENCE, ...items);
export const explicit = (n: number, inner: Uint8Array): Uint8Array => tlv(ctxTag(n), inner);
export const octetString = (b: Uint8Array): Uint8Array => tlv(Tag.OCTET_STRING, b);
export const enumerated = (v: number): Uint8Array => tlv(Tag.ENUMERATED, new Uint8Array([v]));
export const generalString = (s: string): Uint8Array =>
  tlv(Tag.GENERAL_STRING, new Uint8Array(Buffer.from(s, 'latin1')));

/** Encodes a dotted OID as a complete TLV. */
export function oid(dotted: string): Uint8Array {
  const parts = dotted.split('.').map((p) => Number(p));
  if (parts.length < 2 || parts.some((p) => !Number.isSafeInteger(p) || p < 0))
    throw new RangeError(`bad OID ${dotted}`);
  const bytes: number[] = [];
  const arcs = [parts[0]! * 40 + parts[1]!, ...parts.slice(2)];
  for (const arc of arcs) {
    const chunk: number[] = [arc & 0x7f];
    let v = Math.floor(arc / 128);
    while (v > 0) {
      chunk.unshift(0x80 | (v & 0x7f));
      v = Math.floor(v / 128);
    }
    bytes.push(...chunk);
  }
  return tlv(Tag.OID, new Uint8Array(bytes));
}

/** Decodes an OID element's content to dotted form. */
export function decodeOid(node: DerNode): string {
  expectTag(node, Tag.OID, 'OID');
  const c = node.content;
  if (c.length === 0 || c.length > 64) throw invalidToken('bad OID length');
  const arcs: number[] = [];
  let v = 0;
  for (let i = 0; i < c.length; i++) {
    v = v * 128 + (c[i]! & 0x7f);
    if (v > Number.MAX_SAFE_INTEGER / 256) throw invalidToken('OID arc too large');
    if (!(c[i]! & 0x80)) {
      arcs.push(v);
      v = 0;
    } else if (i === c.length - 1) {
      throw invalidToken('OID ends mid-arc');
    }
  }
  const first = arcs.shift()!;
  const top = first < 40 ? 0 : first < 80 ? 1 : 2;
  return [top, first - top * 40, ...arcs].join('.');
}

export function decodeEnumerated(node: DerNode): number {
  expectTag(node, Tag.ENUMERATED, 'ENUMERATED');
  if (node.content.length !== 1) throw invalidToken('ENUMERATED out of range');
  return node.content[0]!;
}
