/**
 * Connection-oriented DCE/RPC PDU codecs ([C706] 12.6, [MS-RPCE] 2.2.2).
 *
 * `decodePdu` takes exactly one fragment (use `fragmentLength` to cut fragments out of a byte
 * stream) and `encodePdu` produces one. Both honour the packed data representation (drep): every
 * integer of the header and body, and the integer fields of UUIDs, follow drep[0]'s high nibble
 * (1 = little-endian, 0 = big-endian). `encodePdu` computes frag_length, auth_length and the auth
 * padding; callers never set them.
 *
 * Field conventions (numbers are plain unsigned values as on the wire):
 * - `flags` is pfc_flags. For `request`, the OBJECT_UUID bit is derived from `object` on encode.
 * - `drep` (4 bytes) is optional on encode (default little-endian ASCII IEEE, `10 00 00 00`) and
 *   always present after decode.
 * - `auth` is the verifier: auth pad + 8-byte sec_trailer + token. `authPadLength` is recomputed on
 *   encode: for PDUs with a stub (request, response, fault) the stub is padded to a multiple of 16
 *   bytes counted from the stub start (MS-RPCE 2.2.2.11, what Windows and Samba send); for the
 *   others the body is padded to 4 bytes (their bodies are already 4-aligned, so the pad is 0, as
 *   Windows and Samba send for bind/alter_context/auth3).
 * - On decode, the stub excludes the auth padding.
 * - `fault.stub` holds whatever follows the 32-byte fault header (extended error info when bit 0
 *   of `flags2` is set); the reserved u32 after `status` is written as 0 and ignored on decode.
 * - `auth3.pad` is the u32 that precedes the sec_trailer (ignored by servers).
 */

import type { SyntaxId } from './types.js';
import { readUuid, writeUuid } from './uuid.js';

export const PType = {
  request: 0,
  ping: 1,
  response: 2,
  fault: 3,
  working: 4,
  nocall: 5,
  reject: 6,
  ack: 7,
  cl_cancel: 8,
  fack: 9,
  cancel_ack: 10,
  bind: 11,
  bind_ack: 12,
  bind_nak: 13,
  alter_context: 14,
  alter_context_resp: 15,
  auth3: 16,
  shutdown: 17,
  co_cancel: 18,
  orphaned: 19,
} as const;

export const PfcFlags = {
  FIRST_FRAG: 0x01,
  LAST_FRAG: 0x02,
  /** On request/response/fault/co_cancel… */
  PENDING_CANCEL: 0x04,
  /** Same bit on bind, bind_ack, alter_context, alter_context_resp, auth3 ([MS-RPCE] 2.2.2.3). */
  SUPPORT_HEADER_SIGN: 0x04,
  CONC_MPX: 0x10,
  DID_NOT_EXECUTE: 0x20,
  MAYBE: 0x40,
  OBJECT_UUID: 0x80,
} as const;

export const PDU_HEADER_LENGTH = 16;
export const SEC_TRAILER_LENGTH = 8;
export const REQUEST_HEADER_LENGTH = 24;
export const RESPONSE_HEADER_LENGTH = 24;
export const FAULT_HEADER_LENGTH = 32;
/** [C706] MustRecvFragSize: every implementation accepts fragments at least this large. */
export const MIN_FRAG_SIZE = 1432;
export const MAX_FRAG_SIZE = 0xffff;
/** Stub data before an auth verifier is padded to this boundary ([MS-RPCE] 2.2.2.11). */
export const AUTH_PAD_ALIGN = 16;

export const DREP_LE: Uint8Array = Uint8Array.of(0x10, 0, 0, 0);
export const DREP_BE: Uint8Array = Uint8Array.of(0x00, 0, 0, 0);

/** Prefix of bind-time feature negotiation transfer syntaxes ([MS-RPCE] 2.2.2.14). */
export const BIND_TIME_FEATURE_PREFIX = '6cb71c2c-9812-4540-';
export const BindTimeFeature = {
  SECURITY_CONTEXT_MULTIPLEXING: 0x01,
  KEEP_CONNECTION_ON_ORPHAN: 0x02,
} as const;

/** Extended error info signature that may follow a bind_nak's versions ([MS-RPCE] 2.2.2.9). */
export const BIND_NAK_EXTENDED_SIGNATURE = '90740320-fad0-11d3-82d7-009027b130ab';

export interface AuthVerifier {
  readonly authType: number;
  readonly authLevel: number;
  /** Decoded value; ignored on encode (recomputed). */
  readonly authPadLength: number;
  readonly authContextId: number;
  readonly token: Uint8Array;
}

export interface PresentationContextElem {
  readonly contextId: number;
  readonly abstractSyntax: SyntaxId;
  readonly transferSyntaxes: readonly SyntaxId[];
}

export interface ContextResultElem {
  /** ContextResult (0 acceptance, 1 user rejection, 2 provider rejection, 3 negotiate_ack). */
  readonly result: number;
  /** ProviderReason, or the bind-time feature response bitmask when result is negotiate_ack. */
  readonly reason: number;
  readonly transferSyntax: SyntaxId;
}

export interface ProtocolVersion {
  readonly major: number;
  readonly minor: number;
}

interface PduBase {
  readonly callId: number;
  readonly flags: number;
  readonly drep?: Uint8Array;
  readonly auth?: AuthVerifier;
}

export interface RequestPdu extends PduBase {
  readonly type: 'request';
  readonly allocHint: number;
  readonly contextId: number;
  readonly opnum: number;
  readonly object?: string;
  readonly stub: Uint8Array;
}

export interface ResponsePdu extends PduBase {
  readonly type: 'response';
  readonly allocHint: number;
  readonly contextId: number;
  readonly cancelCount: number;
  readonly stub: Uint8Array;
}

export interface FaultPdu extends PduBase {
  readonly type: 'fault';
  readonly allocHint: number;
  readonly contextId: number;
  readonly cancelCount: number;
  /** The reserved octet after cancel_count; bit 0 = extended error info present ([MS-RPCE] 2.2.2.8). */
  readonly flags2: number;
  readonly status: number;
  readonly stub: Uint8Array;
}

export interface BindPdu extends PduBase {
  readonly type: 'bind' | 'alter_context';
  readonly maxXmitFrag: number;
  readonly maxRecvFrag: number;
  readonly assocGroupId: number;
  readonly contexts: readonly PresentationContextElem[];
}

export interface BindAckPdu extends PduBase {
  readonly type: 'bind_ack' | 'alter_context_resp';
  readonly maxXmitFrag: number;
  readonly maxRecvFrag: number;
  readonly assocGroupId: number;
  /** Secondary address without its terminating NUL; '' encodes as length 0. */
  readonly secAddr: string;
  readonly results: readonly ContextResultElem[];
}

export interface BindNakPdu extends PduBase {
  readonly type: 'bind_nak';
  /** BindNakReason. */
  readonly rejectReason: number;
  readonly versions: readonly ProtocolVersion[];
  /** BIND_NAK_EXTENDED_SIGNATURE when extended error info follows. */
  readonly signature?: string;
  readonly extended?: Uint8Array;
}

export interface Auth3Pdu extends PduBase {
  readonly type: 'auth3';
  readonly pad?: number;
}

export interface ShutdownPdu extends PduBase {
  readonly type: 'shutdown';
}

export interface CoCancelPdu extends PduBase {
  readonly type: 'co_cancel';
}

export interface OrphanedPdu extends PduBase {
  readonly type: 'orphaned';
}

export type Pdu =
  | RequestPdu
  | ResponsePdu
  | FaultPdu
  | BindPdu
  | BindAckPdu
  | BindNakPdu
  | Auth3Pdu
  | ShutdownPdu
  | CoCancelPdu
  | OrphanedPdu;

export type PduTypeName = Pdu['type'];

export type PduErrorCode =
  | 'short'
  | 'version'
  | 'drep'
  | 'frag-length'
  | 'auth-length'
  | 'auth-pad'
  | 'ptype'
  | 'count'
  | 'truncated'
  | 'too-large'
  | 'invalid';

/** A malformed PDU. `ptype`/`callId` are set when the common header could be read. */
export class PduError extends Error {
  constructor(
    readonly code: PduErrorCode,
    readonly offset: number,
    message: string,
    readonly ptype?: number,
    readonly callId?: number,
  ) {
    super(`${message} (at offset ${offset})`);
    this.name = 'PduError';
  }
}

const TYPE_BY_PTYPE = new Map<number, PduTypeName>([
  [PType.request, 'request'],
  [PType.response, 'response'],
  [PType.fault, 'fault'],
  [PType.bind, 'bind'],
  [PType.bind_ack, 'bind_ack'],
  [PType.bind_nak, 'bind_nak'],
  [PType.alter_context, 'alter_context'],
  [PType.alter_context_resp, 'alter_context_resp'],
  [PType.auth3, 'auth3'],
  [PType.shutdown, 'shutdown'],
  [PType.co_cancel, 'co_cancel'],
  [PType.orphaned, 'orphaned'],
]);

export function ptypeOf(type: PduTypeName): number {
  return PType[type];
}

function isLittleEndianDrep(drep0: number): boolean {
  return drep0 >> 4 !== 0;
}

/**
 * frag_length of the fragment starting at `offset`, or undefined when fewer than 10 bytes are
 * available. Respects the drep's integer byte order. Does not validate anything else.
 */
export function fragmentLength(buf: Uint8Array, offset: number): number | undefined {
  if (buf.length - offset < 10) return undefined;
  const a = buf[offset + 8];
  const b = buf[offset + 9];
  return isLittleEndianDrep(buf[offset + 4]) ? a | (b << 8) : (a << 8) | b;
}

export function syntaxEquals(a: SyntaxId, b: SyntaxId): boolean {
  return a.uuid === b.uuid && a.major === b.major && a.minor === b.minor;
}

/** The feature bitmask if `s` is a bind-time feature negotiation syntax, else undefined. */
export function bindTimeFeatures(s: SyntaxId): number | undefined {
  if (!s.uuid.toLowerCase().startsWith(BIND_TIME_FEATURE_PREFIX)) return undefined;
  return parseInt(s.uuid.slice(19, 21), 16);
}

/** The transfer syntax a client proposes to negotiate bind-time features `bits`. */
export function bindTimeFeatureSyntax(bits: number): SyntaxId {
  const b = (bits & 0xff).toString(16).padStart(2, '0');
  return { uuid: `${BIND_TIME_FEATURE_PREFIX}${b}00-000000000000`, major: 1, minor: 0 };
}

export const NULL_SYNTAX: SyntaxId = { uuid: '00000000-0000-0000-0000-000000000000', major: 0, minor: 0 };

/**
 * Largest stub a request/response fragment of `maxFrag` bytes can carry. With an auth verifier of
 * `authTokenLength` bytes, the stub is a multiple of 16 so only the last fragment needs padding.
 */
export function stubCapacity(
  maxFrag: number,
  opts: { headerLength?: number; authTokenLength?: number } = {},
): number {
  const header = opts.headerLength ?? REQUEST_HEADER_LENGTH;
  if (opts.authTokenLength === undefined) return Math.max(0, maxFrag - header);
  const room = maxFrag - header - SEC_TRAILER_LENGTH - opts.authTokenLength;
  return Math.max(0, room - (room % AUTH_PAD_ALIGN));
}

// ---------------------------------------------------------------------------------------------
// Encoding

class Writer {
  buf: Uint8Array;
  view: DataView;
  pos = 0;
  constructor(
    readonly le: boolean,
    size = 256,
  ) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }
  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v & 0xff;
  }
  u16(v: number): void {
    this.ensure(2);
    this.view.setUint16(this.pos, v & 0xffff, this.le);
    this.pos += 2;
  }
  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, v >>> 0, this.le);
    this.pos += 4;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  zeros(n: number): void {
    this.ensure(n);
    this.buf.fill(0, this.pos, this.pos + n);
    this.pos += n;
  }
  align(n: number): void {
    const r = this.pos % n;
    if (r) this.zeros(n - r);
  }
  uuid(s: string): void {
    this.ensure(16);
    try {
      writeUuid(this.buf, this.pos, s, this.le);
    } catch {
      throw new PduError('invalid', this.pos, `invalid UUID ${JSON.stringify(s)}`);
    }
    this.pos += 16;
  }
  syntax(s: SyntaxId): void {
    this.uuid(s.uuid);
    this.u32(((s.minor & 0xffff) << 16) | (s.major & 0xffff));
  }
}

function checkCount(n: number, max: number, what: string): void {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new PduError('count', 0, `too many ${what}: ${n}`);
}

/**
 * A copy of bytes[start, end): Buffer#slice would return a view that pins the receive buffer,
 * so the Uint8Array method is used whatever the input's class.
 */
function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes, start, end);
}

/** Encodes one fragment. Throws PduError('too-large') beyond 65535 bytes, ('invalid') on bad fields. */
export function encodePdu(pdu: Pdu): Uint8Array {
  const drep = pdu.drep ?? DREP_LE;
  if (drep.length !== 4) throw new PduError('invalid', 4, 'drep must be 4 bytes');
  // Sized for the whole fragment up front: growing the buffer shows up in call-rate profiles.
  const bodyHint = 'stub' in pdu ? pdu.stub.length : 0;
  const w = new Writer(
    isLittleEndianDrep(drep[0]),
    96 + bodyHint + (pdu.auth ? pdu.auth.token.length + 24 : 0),
  );
  let flags = pdu.flags & 0xff;
  // Where the stub starts; padding before the sec_trailer is counted from here.
  let padBase = PDU_HEADER_LENGTH;
  let padAlign = 4;

  w.zeros(PDU_HEADER_LENGTH);
  switch (pdu.type) {
    case 'request':
      w.u32(pdu.allocHint);
      w.u16(pdu.contextId);
      w.u16(pdu.opnum);
      if (pdu.object !== undefined) {
        flags |= PfcFlags.OBJECT_UUID;
        w.uuid(pdu.object);
      } else flags &= ~PfcFlags.OBJECT_UUID;
      padBase = w.pos;
      padAlign = AUTH_PAD_ALIGN;
      w.bytes(pdu.stub);
      break;
    case 'response':
      w.u32(pdu.allocHint);
      w.u16(pdu.contextId);
      w.u8(pdu.cancelCount);
      w.u8(0);
      padBase = w.pos;
      padAlign = AUTH_PAD_ALIGN;
      w.bytes(pdu.stub);
      break;
    case 'fault':
      w.u32(pdu.allocHint);
      w.u16(pdu.contextId);
      w.u8(pdu.cancelCount);
      w.u8(pdu.flags2);
      w.u32(pdu.status);
      w.u32(0);
      padBase = w.pos;
      padAlign = AUTH_PAD_ALIGN;
      w.bytes(pdu.stub);
      break;
    case 'bind':
    case 'alter_context':
      checkCount(pdu.contexts.length, 255, 'presentation contexts');
      w.u16(pdu.maxXmitFrag);
      w.u16(pdu.maxRecvFrag);
      w.u32(pdu.assocGroupId);
      w.u8(pdu.contexts.length);
      w.zeros(3);
      for (const c of pdu.contexts) {
        checkCount(c.transferSyntaxes.length, 255, 'transfer syntaxes');
        w.u16(c.contextId);
        w.u8(c.transferSyntaxes.length);
        w.u8(0);
        w.syntax(c.abstractSyntax);
        for (const t of c.transferSyntaxes) w.syntax(t);
      }
      break;
    case 'bind_ack':
    case 'alter_context_resp': {
      checkCount(pdu.results.length, 255, 'results');
      w.u16(pdu.maxXmitFrag);
      w.u16(pdu.maxRecvFrag);
      w.u32(pdu.assocGroupId);
      const addr = pdu.secAddr;
      if (addr.length === 0) w.u16(0);
      else {
        if (addr.length > 0xfffe) throw new PduError('invalid', w.pos, 'sec_addr too long');
        w.u16(addr.length + 1);
        for (let i = 0; i < addr.length; i++) w.u8(addr.charCodeAt(i));
        w.u8(0);
      }
      w.align(4);
      w.u8(pdu.results.length);
      w.zeros(3);
      for (const r of pdu.results) {
        w.u16(r.result);
        w.u16(r.reason);
        w.syntax(r.transferSyntax);
      }
      break;
    }
    case 'bind_nak':
      checkCount(pdu.versions.length, 255, 'versions');
      w.u16(pdu.rejectReason);
      w.u8(pdu.versions.length);
      for (const v of pdu.versions) {
        w.u8(v.major);
        w.u8(v.minor);
      }
      // [MS-RPCE] 2.2.2.9: the signature follows the versions directly, without alignment.
      if (pdu.signature !== undefined) {
        w.uuid(pdu.signature);
        if (pdu.extended) w.bytes(pdu.extended);
      }
      break;
    case 'auth3':
      w.u32(pdu.pad ?? 0);
      break;
    case 'shutdown':
    case 'co_cancel':
    case 'orphaned':
      break;
  }

  let authLength = 0;
  if (pdu.auth) {
    const a = pdu.auth;
    // auth_length 0 means "no verifier" on the wire, so an empty token cannot be represented.
    if (a.token.length === 0) throw new PduError('invalid', w.pos, 'auth verifier with an empty token');
    const used = (w.pos - padBase) % padAlign;
    const pad = used === 0 ? 0 : padAlign - used;
    w.zeros(pad);
    w.u8(a.authType);
    w.u8(a.authLevel);
    w.u8(pad);
    w.u8(0);
    w.u32(a.authContextId);
    w.bytes(a.token);
    authLength = a.token.length;
    if (authLength > 0xffff) throw new PduError('too-large', w.pos, 'auth token too long');
  }

  const fragLength = w.pos;
  if (fragLength > MAX_FRAG_SIZE)
    throw new PduError('too-large', fragLength, `fragment of ${fragLength} bytes`);
  const out = w.buf.subarray(0, fragLength);
  const hv = new DataView(out.buffer, out.byteOffset, PDU_HEADER_LENGTH);
  out[0] = 5;
  out[1] = 0;
  out[2] = PType[pdu.type];
  out[3] = flags;
  out.set(drep, 4);
  hv.setUint16(8, fragLength, w.le);
  hv.setUint16(10, authLength, w.le);
  hv.setUint32(12, pdu.callId >>> 0, w.le);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding

class Reader {
  readonly view: DataView;
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    readonly le: boolean,
    start: number,
    readonly end: number,
    readonly ptype: number,
    readonly callId: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    this.pos = start;
  }
  fail(code: PduErrorCode, message: string, at = this.pos): never {
    throw new PduError(code, at, message, this.ptype, this.callId);
  }
  need(n: number, what: string): void {
    if (this.pos + n > this.end) this.fail('truncated', `truncated ${what}`);
  }
  get remaining(): number {
    return this.end - this.pos;
  }
  u8(what: string): number {
    this.need(1, what);
    return this.bytes[this.pos++];
  }
  u16(what: string): number {
    this.need(2, what);
    const v = this.view.getUint16(this.pos, this.le);
    this.pos += 2;
    return v;
  }
  u32(what: string): number {
    this.need(4, what);
    const v = this.view.getUint32(this.pos, this.le);
    this.pos += 4;
    return v;
  }
  uuid(what: string): string {
    this.need(16, what);
    const s = readUuid(this.bytes, this.pos, this.le);
    this.pos += 16;
    return s;
  }
  syntax(what: string): SyntaxId {
    const uuid = this.uuid(what);
    const v = this.u32(what);
    return { uuid, major: v & 0xffff, minor: v >>> 16 };
  }
  /** A copy, so a decoded PDU never pins the receive buffer. */
  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    const b = copyOf(this.bytes, this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  skip(n: number, what: string): void {
    this.need(n, what);
    this.pos += n;
  }
  alignTo(n: number, what: string): void {
    const r = this.pos % n;
    if (r) this.skip(n - r, what);
  }
}

const SYNTAX_LENGTH = 20;

/** Decodes exactly one fragment. Throws PduError on anything malformed. */
export function decodePdu(bytes: Uint8Array): Pdu {
  if (bytes.length < PDU_HEADER_LENGTH)
    throw new PduError('short', bytes.length, 'shorter than the common header');
  const le = isLittleEndianDrep(bytes[4]);
  if (bytes[4] >> 4 > 1)
    throw new PduError('drep', 4, `unsupported integer representation in drep ${bytes[4]}`);
  const hv = new DataView(bytes.buffer, bytes.byteOffset, PDU_HEADER_LENGTH);
  const ptype = bytes[2];
  const flags = bytes[3];
  const fragLength = hv.getUint16(8, le);
  const authLength = hv.getUint16(10, le);
  const callId = hv.getUint32(12, le);
  const err = (code: PduErrorCode, at: number, message: string): PduError =>
    new PduError(code, at, message, ptype, callId);

  if (bytes[0] !== 5 || bytes[1] !== 0)
    throw err('version', 0, `unsupported RPC version ${bytes[0]}.${bytes[1]}`);
  if (fragLength !== bytes.length)
    throw err('frag-length', 8, `frag_length ${fragLength} but ${bytes.length} bytes given`);
  const type = TYPE_BY_PTYPE.get(ptype);
  if (type === undefined) throw err('ptype', 2, `not a connection-oriented PDU type: ${ptype}`);
  const drep = copyOf(bytes, 4, 8);

  let bodyEnd = fragLength;
  let auth: AuthVerifier | undefined;
  if (authLength > 0) {
    if (authLength + SEC_TRAILER_LENGTH > fragLength - PDU_HEADER_LENGTH)
      throw err('auth-length', 10, `auth_length ${authLength} exceeds the body`);
    const t = fragLength - authLength - SEC_TRAILER_LENGTH;
    bodyEnd = t;
    auth = {
      authType: bytes[t],
      authLevel: bytes[t + 1],
      authPadLength: bytes[t + 2],
      authContextId: new DataView(bytes.buffer, bytes.byteOffset + t + 4, 4).getUint32(0, le),
      token: copyOf(bytes, t + SEC_TRAILER_LENGTH, fragLength),
    };
  }
  const r = new Reader(bytes, le, PDU_HEADER_LENGTH, bodyEnd, ptype, callId);
  const base = auth ? { callId, flags, drep, auth } : { callId, flags, drep };

  /** Stub end for PDUs whose stub is followed by the auth padding. */
  const stubEnd = (): number => {
    if (!auth) return bodyEnd;
    if (auth.authPadLength > bodyEnd - r.pos)
      throw err(
        'auth-pad',
        bodyEnd - SEC_TRAILER_LENGTH,
        `auth_pad_length ${auth.authPadLength} exceeds the stub`,
      );
    return bodyEnd - auth.authPadLength;
  };

  switch (type) {
    case 'request': {
      const allocHint = r.u32('alloc_hint');
      const contextId = r.u16('p_cont_id');
      const opnum = r.u16('opnum');
      const object = flags & PfcFlags.OBJECT_UUID ? r.uuid('object UUID') : undefined;
      const stub = copyOf(bytes, r.pos, stubEnd());
      return object !== undefined
        ? { type, ...base, allocHint, contextId, opnum, object, stub }
        : { type, ...base, allocHint, contextId, opnum, stub };
    }
    case 'response': {
      const allocHint = r.u32('alloc_hint');
      const contextId = r.u16('p_cont_id');
      const cancelCount = r.u8('cancel_count');
      r.skip(1, 'reserved');
      const stub = copyOf(bytes, r.pos, stubEnd());
      return { type, ...base, allocHint, contextId, cancelCount, stub };
    }
    case 'fault': {
      const allocHint = r.u32('alloc_hint');
      const contextId = r.u16('p_cont_id');
      const cancelCount = r.u8('cancel_count');
      const flags2 = r.u8('reserved');
      const status = r.u32('status');
      r.skip(4, 'reserved2');
      const stub = copyOf(bytes, r.pos, stubEnd());
      return { type, ...base, allocHint, contextId, cancelCount, flags2, status, stub };
    }
    case 'bind':
    case 'alter_context': {
      const maxXmitFrag = r.u16('max_xmit_frag');
      const maxRecvFrag = r.u16('max_recv_frag');
      const assocGroupId = r.u32('assoc_group_id');
      const n = r.u8('n_context_elem');
      r.skip(3, 'reserved');
      // Each element is at least 4 + 20 bytes: check before building anything.
      if (n * (4 + SYNTAX_LENGTH) > r.remaining)
        throw err('count', r.pos - 4, `n_context_elem ${n} exceeds the body`);
      const contexts: PresentationContextElem[] = [];
      for (let i = 0; i < n; i++) {
        const contextId = r.u16('p_cont_id');
        const nt = r.u8('n_transfer_syn');
        r.skip(1, 'reserved');
        const abstractSyntax = r.syntax('abstract_syntax');
        if (nt * SYNTAX_LENGTH > r.remaining)
          throw err('count', r.pos - SYNTAX_LENGTH - 2, `n_transfer_syn ${nt} exceeds the body`);
        const transferSyntaxes: SyntaxId[] = [];
        for (let j = 0; j < nt; j++) transferSyntaxes.push(r.syntax('transfer_syntax'));
        contexts.push({ contextId, abstractSyntax, transferSyntaxes });
      }
      return { type, ...base, maxXmitFrag, maxRecvFrag, assocGroupId, contexts };
    }
    case 'bind_ack':
    case 'alter_context_resp': {
      const maxXmitFrag = r.u16('max_xmit_frag');
      const maxRecvFrag = r.u16('max_recv_frag');
      const assocGroupId = r.u32('assoc_group_id');
      const addrLen = r.u16('sec_addr length');
      const raw = r.take(addrLen, 'sec_addr');
      let end = raw.length;
      while (end > 0 && raw[end - 1] === 0) end--;
      let secAddr = '';
      for (let i = 0; i < end; i++) secAddr += String.fromCharCode(raw[i]);
      r.alignTo(4, 'sec_addr padding');
      const n = r.u8('n_results');
      r.skip(3, 'reserved');
      if (n * (4 + SYNTAX_LENGTH) > r.remaining)
        throw err('count', r.pos - 4, `n_results ${n} exceeds the body`);
      const results: ContextResultElem[] = [];
      for (let i = 0; i < n; i++) {
        const result = r.u16('result');
        const reason = r.u16('reason');
        results.push({ result, reason, transferSyntax: r.syntax('transfer_syntax') });
      }
      return { type, ...base, maxXmitFrag, maxRecvFrag, assocGroupId, secAddr, results };
    }
    case 'bind_nak': {
      const rejectReason = r.u16('provider_reject_reason');
      const n = r.u8('n_protocols');
      if (n * 2 > r.remaining) throw err('count', r.pos - 1, `n_protocols ${n} exceeds the body`);
      const versions: ProtocolVersion[] = [];
      for (let i = 0; i < n; i++) versions.push({ major: r.u8('major'), minor: r.u8('minor') });
      // The signature follows the versions directly ([MS-RPCE] 2.2.2.9); some senders 4-align it.
      for (const pad of [0, (4 - (r.pos % 4)) % 4]) {
        if (r.remaining < pad + 16) continue;
        const at = r.pos + pad;
        if (readUuid(bytes, at, le) !== BIND_NAK_EXTENDED_SIGNATURE) continue;
        r.skip(pad + 16, 'signature');
        const extended = r.take(r.remaining, 'extended error');
        return { type, ...base, rejectReason, versions, signature: BIND_NAK_EXTENDED_SIGNATURE, extended };
      }
      return { type, ...base, rejectReason, versions };
    }
    case 'auth3': {
      // Some clients send max_xmit/max_recv here instead of a pad; either way 4 ignored bytes.
      const pad = r.remaining >= 4 ? r.u32('pad') : 0;
      return { type, ...base, pad };
    }
    case 'shutdown':
    case 'co_cancel':
    case 'orphaned':
      return { type, ...base };
  }
}
