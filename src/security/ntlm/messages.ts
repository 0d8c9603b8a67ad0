/**
 * NTLMSSP message codecs ([MS-NLMP] 2.2.1): NEGOTIATE, CHALLENGE, AUTHENTICATE, AV pairs and the
 * VERSION structure. Decoders treat the input as hostile: every field's length and offset is
 * checked against the message before it is read, and failures are SecurityError(INVALID_TOKEN).
 */
import { invalidToken } from '../errors.js';
import { AvId, MAX_NTLM_MESSAGE, MessageType, NTLMSSP_SIGNATURE, NtlmFlags } from './constants.js';

export interface NtlmVersion {
  readonly major: number;
  readonly minor: number;
  readonly build: number;
  readonly revision: number;
}

export interface AvPair {
  readonly id: number;
  readonly value: Uint8Array;
}

export interface NegotiateMessage {
  readonly flags: number;
  readonly domain: string;
  readonly workstation: string;
  readonly version?: NtlmVersion;
}

export interface ChallengeMessage {
  readonly flags: number;
  readonly targetName: string;
  readonly serverChallenge: Uint8Array;
  readonly targetInfo: Uint8Array;
  readonly version?: NtlmVersion;
}

export interface AuthenticateMessage {
  readonly flags: number;
  readonly lmResponse: Uint8Array;
  readonly ntResponse: Uint8Array;
  readonly domain: string;
  readonly user: string;
  readonly workstation: string;
  readonly encryptedRandomSessionKey: Uint8Array;
  readonly version?: NtlmVersion;
  /** The MIC field, when the message has room for one. */
  readonly mic?: Uint8Array;
  /** Offset of the MIC field (for zeroing it when verifying). */
  readonly micOffset?: number;
}

const NEGOTIATE_FIXED = 32;
const CHALLENGE_FIXED = 48;
const AUTHENTICATE_FIXED = 64;
const VERSION_LENGTH = 8;
const MIC_LENGTH = 16;

/** Windows Server 2022 (10.0 build 20348) — what a Windows peer expects to see. */
export const DEFAULT_VERSION: NtlmVersion = { major: 10, minor: 0, build: 20348, revision: 0x0f };

// ---- strings ----

export function utf16le(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf16le'));
}

function encodeString(s: string, unicode: boolean): Uint8Array {
  return unicode ? utf16le(s) : new Uint8Array(Buffer.from(s, 'latin1'));
}

function decodeString(b: Uint8Array, unicode: boolean, what: string): string {
  if (!unicode) return Buffer.from(b).toString('latin1');
  if (b.length % 2 !== 0) throw invalidToken(`${what} has an odd UTF-16 length`);
  return Buffer.from(b).toString('utf16le');
}

// ---- helpers ----

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function checkHeader(msg: Uint8Array, type: number, fixed: number): DataView {
  if (msg.length > MAX_NTLM_MESSAGE) throw invalidToken('NTLM message too large');
  if (msg.length < fixed) throw invalidToken('NTLM message truncated');
  for (let i = 0; i < 8; i++)
    if (msg[i] !== NTLMSSP_SIGNATURE[i]) throw invalidToken('not an NTLMSSP message');
  const v = view(msg);
  const t = v.getUint32(8, true);
  if (t !== type) throw invalidToken(`expected NTLM message type ${type}, got ${t}`);
  return v;
}

interface FieldRef {
  readonly length: number;
  readonly offset: number;
}

function readFieldRef(v: DataView, at: number): FieldRef {
  return { length: v.getUint16(at, true), offset: v.getUint32(at + 4, true) };
}

/** The bytes a (len, maxlen, offset) field points to, bounded by the message. */
function fieldBytes(msg: Uint8Array, ref: FieldRef, fixed: number, what: string): Uint8Array {
  if (ref.length === 0) return new Uint8Array(0);
  if (ref.offset < fixed || ref.offset + ref.length > msg.length) {
    throw invalidToken(`${what} points outside the message`);
  }
  return msg.slice(ref.offset, ref.offset + ref.length);
}

function readVersion(v: DataView, at: number): NtlmVersion {
  return {
    major: v.getUint8(at),
    minor: v.getUint8(at + 1),
    build: v.getUint16(at + 2, true),
    revision: v.getUint8(at + 7),
  };
}

function writeVersion(v: DataView, at: number, ver: NtlmVersion): void {
  v.setUint8(at, ver.major);
  v.setUint8(at + 1, ver.minor);
  v.setUint16(at + 2, ver.build, true);
  v.setUint8(at + 7, ver.revision);
}

/** Smallest payload offset among the non-empty fields: the end of the fixed part actually sent. */
function payloadStart(refs: readonly FieldRef[], msgLength: number): number {
  let start = msgLength;
  for (const r of refs) if (r.length > 0 && r.offset < start) start = r.offset;
  return start;
}

/** Lays out payload fields after a fixed header, returning the finished message. */
class PayloadBuilder {
  private readonly parts: Uint8Array[] = [];
  private cursor: number;
  constructor(
    private readonly header: Uint8Array,
    start: number,
  ) {
    this.cursor = start;
  }
  add(fieldAt: number, data: Uint8Array): void {
    const v = view(this.header);
    v.setUint16(fieldAt, data.length, true);
    v.setUint16(fieldAt + 2, data.length, true);
    v.setUint32(fieldAt + 4, this.cursor, true);
    this.parts.push(data);
    this.cursor += data.length;
  }
  finish(): Uint8Array {
    const out = new Uint8Array(this.cursor);
    out.set(this.header);
    let at = this.header.length;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

function newHeader(type: number, size: number): Uint8Array {
  const h = new Uint8Array(size);
  h.set(NTLMSSP_SIGNATURE);
  view(h).setUint32(8, type, true);
  return h;
}

// ---- AV pairs ----

export function encodeAvPairs(pairs: readonly AvPair[]): Uint8Array {
  const body = pairs.filter((p) => p.id !== AvId.MsvAvEOL);
  let size = 4;
  for (const p of body) size += 4 + p.value.length;
  const out = new Uint8Array(size);
  const v = view(out);
  let at = 0;
  for (const p of body) {
    if (p.value.length > 0xffff) throw new RangeError('AV pair value too long');
    v.setUint16(at, p.id, true);
    v.setUint16(at + 2, p.value.length, true);
    out.set(p.value, at + 4);
    at += 4 + p.value.length;
  }
  return out; // the trailing 4 zero bytes are MsvAvEOL
}

/** Decodes an AV pair list; requires a terminating MsvAvEOL and rejects duplicates. */
export function decodeAvPairs(b: Uint8Array): AvPair[] {
  const pairs: AvPair[] = [];
  const seen = new Set<number>();
  const v = view(b);
  let at = 0;
  while (true) {
    if (at + 4 > b.length) throw invalidToken('AV pair list is not terminated');
    const id = v.getUint16(at, true);
    const len = v.getUint16(at + 2, true);
    at += 4;
    if (id === AvId.MsvAvEOL) {
      if (len !== 0) throw invalidToken('MsvAvEOL with a value');
      return pairs;
    }
    if (at + len > b.length) throw invalidToken('AV pair overruns the list');
    if (seen.has(id)) throw invalidToken(`duplicate AV pair ${id}`);
    seen.add(id);
    pairs.push({ id, value: b.slice(at, at + len) });
    at += len;
  }
}

export function findAv(pairs: readonly AvPair[], id: number): Uint8Array | undefined {
  return pairs.find((p) => p.id === id)?.value;
}

// ---- NEGOTIATE ----

export function encodeNegotiate(m: NegotiateMessage): Uint8Array {
  const withVersion = (m.flags & NtlmFlags.NEGOTIATE_VERSION) !== 0;
  const h = newHeader(MessageType.NEGOTIATE, NEGOTIATE_FIXED + (withVersion ? VERSION_LENGTH : 0));
  view(h).setUint32(12, m.flags >>> 0, true);
  if (withVersion) writeVersion(view(h), NEGOTIATE_FIXED, m.version ?? DEFAULT_VERSION);
  const b = new PayloadBuilder(h, h.length);
  // Domain and workstation in NEGOTIATE are always OEM ([MS-NLMP] 2.2.1.1).
  b.add(16, encodeString(m.domain, false));
  b.add(24, encodeString(m.workstation, false));
  return b.finish();
}

export function decodeNegotiate(msg: Uint8Array): NegotiateMessage {
  // Some clients send only the first 16 bytes (signature, type, flags).
  const v = checkHeader(msg, MessageType.NEGOTIATE, 16);
  const flags = v.getUint32(12, true);
  if (msg.length < NEGOTIATE_FIXED) return { flags, domain: '', workstation: '' };
  const dom = readFieldRef(v, 16);
  const ws = readFieldRef(v, 24);
  const start = payloadStart([dom, ws], msg.length);
  const version =
    flags & NtlmFlags.NEGOTIATE_VERSION && start >= NEGOTIATE_FIXED + VERSION_LENGTH
      ? readVersion(v, NEGOTIATE_FIXED)
      : undefined;
  return {
    flags,
    domain: decodeString(fieldBytes(msg, dom, NEGOTIATE_FIXED, 'DomainName'), false, 'DomainName'),
    workstation: decodeString(fieldBytes(msg, ws, NEGOTIATE_FIXED, 'Workstation'), false, 'Workstation'),
    ...(version ? { version } : {}),
  };
}

// ---- CHALLENGE ----

export function encodeChallenge(m: ChallengeMessage): Uint8Array {
  const withVersion = (m.flags & NtlmFlags.NEGOTIATE_VERSION) !== 0;
  const h = newHeader(MessageType.CHALLENGE, CHALLENGE_FIXED + (withVersion ? VERSION_LENGTH : 0));
  const v = view(h);
  v.setUint32(20, m.flags >>> 0, true);
  if (m.serverChallenge.length !== 8) throw new RangeError('server challenge must be 8 bytes');
  h.set(m.serverChallenge, 24);
  if (withVersion) writeVersion(v, CHALLENGE_FIXED, m.version ?? DEFAULT_VERSION);
  const b = new PayloadBuilder(h, h.length);
  b.add(12, encodeString(m.targetName, (m.flags & NtlmFlags.NEGOTIATE_UNICODE) !== 0));
  b.add(40, m.targetInfo);
  return b.finish();
}

export function decodeChallenge(msg: Uint8Array): ChallengeMessage {
  const v = checkHeader(msg, MessageType.CHALLENGE, 32);
  const flags = v.getUint32(20, true);
  const serverChallenge = msg.slice(24, 32);
  const target = readFieldRef(v, 12);
  const info = msg.length >= CHALLENGE_FIXED ? readFieldRef(v, 40) : { length: 0, offset: 0 };
  const fixed = msg.length >= CHALLENGE_FIXED ? CHALLENGE_FIXED : 32;
  const start = payloadStart([target, info], msg.length);
  const version =
    flags & NtlmFlags.NEGOTIATE_VERSION && start >= CHALLENGE_FIXED + VERSION_LENGTH
      ? readVersion(v, CHALLENGE_FIXED)
      : undefined;
  const unicode = (flags & NtlmFlags.NEGOTIATE_UNICODE) !== 0;
  return {
    flags,
    targetName: decodeString(fieldBytes(msg, target, fixed, 'TargetName'), unicode, 'TargetName'),
    serverChallenge,
    targetInfo: fieldBytes(msg, info, fixed, 'TargetInfo'),
    ...(version ? { version } : {}),
  };
}

// ---- AUTHENTICATE ----

export interface AuthenticateFields {
  readonly flags: number;
  readonly lmResponse: Uint8Array;
  readonly ntResponse: Uint8Array;
  readonly domain: string;
  readonly user: string;
  readonly workstation: string;
  readonly encryptedRandomSessionKey: Uint8Array;
  readonly version?: NtlmVersion;
  /** Reserve the 16-byte MIC field (zero-filled; see setMic). */
  readonly withMic: boolean;
}

/** Offset of the MIC within an AUTHENTICATE message that carries VERSION and MIC. */
export const AUTHENTICATE_MIC_OFFSET = AUTHENTICATE_FIXED + VERSION_LENGTH;

export function encodeAuthenticate(m: AuthenticateFields): Uint8Array {
  const withVersion = (m.flags & NtlmFlags.NEGOTIATE_VERSION) !== 0 || m.withMic;
  const size = AUTHENTICATE_FIXED + (withVersion ? VERSION_LENGTH : 0) + (m.withMic ? MIC_LENGTH : 0);
  const h = newHeader(MessageType.AUTHENTICATE, size);
  const v = view(h);
  v.setUint32(60, m.flags >>> 0, true);
  if (withVersion && m.flags & NtlmFlags.NEGOTIATE_VERSION)
    writeVersion(v, AUTHENTICATE_FIXED, m.version ?? DEFAULT_VERSION);
  const unicode = (m.flags & NtlmFlags.NEGOTIATE_UNICODE) !== 0;
  const b = new PayloadBuilder(h, h.length);
  // Payload order as Windows lays it out: domain, user, workstation, LM, NT, session key.
  b.add(28, encodeString(m.domain, unicode));
  b.add(36, encodeString(m.user, unicode));
  b.add(44, encodeString(m.workstation, unicode));
  b.add(12, m.lmResponse);
  b.add(20, m.ntResponse);
  b.add(52, m.encryptedRandomSessionKey);
  return b.finish();
}

/** Writes `mic` into an encoded AUTHENTICATE message that was built with `withMic`. */
export function setMic(msg: Uint8Array, mic: Uint8Array): void {
  msg.set(mic, AUTHENTICATE_MIC_OFFSET);
}

export function decodeAuthenticate(msg: Uint8Array): AuthenticateMessage {
  const v = checkHeader(msg, MessageType.AUTHENTICATE, AUTHENTICATE_FIXED);
  const flags = v.getUint32(60, true);
  const lm = readFieldRef(v, 12);
  const nt = readFieldRef(v, 20);
  const dom = readFieldRef(v, 28);
  const usr = readFieldRef(v, 36);
  const ws = readFieldRef(v, 44);
  const key = readFieldRef(v, 52);
  const start = payloadStart([lm, nt, dom, usr, ws, key], msg.length);
  const unicode = (flags & NtlmFlags.NEGOTIATE_UNICODE) !== 0;
  const hasVersion = start >= AUTHENTICATE_FIXED + VERSION_LENGTH;
  const hasMic = start >= AUTHENTICATE_MIC_OFFSET + MIC_LENGTH;
  const f = (r: FieldRef, what: string) => fieldBytes(msg, r, AUTHENTICATE_FIXED, what);
  return {
    flags,
    lmResponse: f(lm, 'LmChallengeResponse'),
    ntResponse: f(nt, 'NtChallengeResponse'),
    domain: decodeString(f(dom, 'DomainName'), unicode, 'DomainName'),
    user: decodeString(f(usr, 'UserName'), unicode, 'UserName'),
    workstation: decodeString(f(ws, 'Workstation'), unicode, 'Workstation'),
    encryptedRandomSessionKey: f(key, 'EncryptedRandomSessionKey'),
    ...(hasVersion && flags & NtlmFlags.NEGOTIATE_VERSION
      ? { version: readVersion(v, AUTHENTICATE_FIXED) }
      : {}),
    ...(hasMic
      ? {
          mic: msg.slice(AUTHENTICATE_MIC_OFFSET, AUTHENTICATE_MIC_OFFSET + MIC_LENGTH),
          micOffset: AUTHENTICATE_MIC_OFFSET,
        }
      : {}),
  };
}
