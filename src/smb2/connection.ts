/**
 * One SMB2 connection serving IPC$ named pipes ([MS-SMB2] 3.3.5). Frames are handled one at a
 * time and synchronously; only reads that must wait for pipe data go async (STATUS_PENDING
 * interim response, final response later), so responses keep request order otherwise.
 */
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { SmbStatus } from '../errors/status.js';
import type { CallerIdentity, TransportInfo } from '../transport/types.js';
import { SecurityError } from '../security/errors.js';
import type { SecurityContext } from '../security/provider.js';
import {
  Capability,
  Command,
  Dialect,
  FILE_ATTRIBUTE_NORMAL,
  FILE_OPENED,
  FileInfoClass,
  Fsctl,
  HASH_SHA512,
  HEADER_SIZE,
  HeaderFlag,
  INFO_TYPE_FILE,
  NegotiateContextType,
  SHARE_TYPE_PIPE,
  SIGNING_AES_CMAC,
  SUPPORTED_DIALECTS,
  SecurityMode,
  SessionFlag,
  ShareFlag,
} from './constants.js';
import { CreditWindow } from './credits.js';
import {
  Cipher,
  type CipherId,
  type SessionKeys,
  decryptMessage,
  deriveSessionKeys,
  encryptMessage,
  parseTransformHeader,
  preauthStep,
  signMessage,
  verifySignature,
} from './crypto.js';
import { FrameTooLarge, NetbiosDeframer, frame } from './framing.js';
import { ERROR_BODY, MalformedMessage, type Smb2Header, buildResponse, parseHeader } from './header.js';
import { PipeEnd } from './pipe.js';

export interface Smb2ServerOptions {
  /** Pipe names served (without `\PIPE\`), matched case-insensitively. */
  readonly pipes: readonly string[];
  /** Receives each opened pipe's byte stream (e.g. `RpcServer.handle`). */
  readonly onPipe: (stream: Duplex, info: TransportInfo) => void;
  /** A fresh SPNEGO acceptor per session setup. */
  readonly newAuthContext: () => SecurityContext;
  /** The NegTokenInit2 carried by the NEGOTIATE response. */
  readonly negotiateHint: () => Uint8Array;
  readonly requireSigning?: boolean;
  /** Encrypt every session (3.x clients only; older dialects are refused a session). */
  readonly requireEncryption?: boolean;
  readonly maxTransactSize?: number;
  readonly maxCredits?: number;
  readonly maxOpensPerSession?: number;
  readonly maxSessions?: number;
  readonly maxPending?: number;
  readonly serverGuid?: Uint8Array;
  readonly onError?: (err: unknown) => void;
}

interface Open {
  readonly key: string;
  readonly fileId: Uint8Array;
  readonly treeId: number;
  readonly pipe: PipeEnd;
}

interface Session {
  readonly id: bigint;
  auth: SecurityContext | undefined;
  valid: boolean;
  preauth: Uint8Array | undefined;
  keys: SessionKeys | undefined;
  signingRequired: boolean;
  encryptData: boolean;
  identity: CallerIdentity | undefined;
  sessionKey: Uint8Array | undefined;
  readonly trees: Set<number>;
  readonly opens: Map<string, Open>;
  nonceCounter: bigint;
  readonly noncePrefix: Uint8Array;
}

interface Pending {
  readonly messageId: bigint;
  readonly sessionId: bigint;
  cancel(): void;
}

/** A response message waiting to be chained, signed and sent. */
interface Reply {
  bytes: Uint8Array;
  sign: Session | undefined;
  onSent?: (bytes: Uint8Array) => void;
}

type Body = { status: number; body: Uint8Array };

class BadRequest extends Error {
  constructor(readonly status: number = SmbStatus.STATUS_INVALID_PARAMETER) {
    super('bad request');
  }
}

const MAX_COMPOUND = 32;
const SMB1_PROTOCOL_ID = 0x424d53ff;
const SMB1_COM_NEGOTIATE = 0x72;
const FILEID_ANY = 'ffffffffffffffffffffffffffffffff';
const MAXIMAL_ACCESS = 0x001f01ff;

function filetimeNow(): bigint {
  return BigInt(Date.now()) * 10000n + 116444736000000000n;
}

class Reader {
  readonly b: Buffer;
  constructor(msg: Uint8Array) {
    this.b = Buffer.from(msg.buffer, msg.byteOffset, msg.length);
  }
  need(bodySize: number, structureSize: number): void {
    if (this.b.length < HEADER_SIZE + bodySize) throw new BadRequest();
    if (this.b.readUInt16LE(HEADER_SIZE) !== structureSize) throw new BadRequest();
  }
  u8(o: number): number {
    return this.b.readUInt8(HEADER_SIZE + o);
  }
  u16(o: number): number {
    return this.b.readUInt16LE(HEADER_SIZE + o);
  }
  u32(o: number): number {
    return this.b.readUInt32LE(HEADER_SIZE + o);
  }
  bytes(o: number, n: number): Uint8Array {
    return new Uint8Array(this.b.buffer, this.b.byteOffset + HEADER_SIZE + o, n);
  }
  /** A buffer addressed from the start of the header, bounded by the message. */
  range(offset: number, length: number, max: number): Uint8Array {
    if (length === 0) return new Uint8Array(0);
    if (length > max || offset < HEADER_SIZE || offset + length > this.b.length) throw new BadRequest();
    return new Uint8Array(this.b.buffer, this.b.byteOffset + offset, length);
  }
}

export class Smb2Connection {
  private readonly deframer: NetbiosDeframer;
  private readonly credits: CreditWindow;
  private readonly maxTransact: number;
  private dialect: number | undefined;
  private preauth: Uint8Array | undefined;
  private cipher: CipherId | undefined;
  private clientCaps = 0;
  private clientGuid = new Uint8Array(16);
  private clientSecurityMode = 0;
  private clientDialects: number[] = [];
  private readonly serverGuid: Uint8Array;
  private readonly sessions = new Map<bigint, Session>();
  private readonly pending = new Map<bigint, Pending>();
  private nextAsyncId = 1n;
  private nextTreeId = 1;
  private nextVolatileId = 1n;
  private closed = false;
  private sawSmb1 = false;

  constructor(
    private readonly socket: Duplex,
    private readonly base: Omit<TransportInfo, 'protseq' | 'endpoint'>,
    private readonly opts: Smb2ServerOptions,
  ) {
    this.maxTransact = opts.maxTransactSize ?? 65536;
    this.deframer = new NetbiosDeframer(this.maxTransact + 4096);
    this.credits = new CreditWindow(opts.maxCredits ?? 512);
    this.serverGuid = opts.serverGuid ?? randomBytes(16);
    socket.on('data', (d: Buffer) => this.onData(d));
    socket.on('close', () => this.teardown());
    socket.on('error', () => this.teardown());
  }

  private onData(d: Buffer): void {
    if (this.closed) return;
    try {
      for (const f of this.deframer.push(d)) {
        this.onFrame(f);
        if (this.closed) return;
      }
    } catch (err) {
      if (!(err instanceof FrameTooLarge) && !(err instanceof MalformedMessage)) this.opts.onError?.(err);
      this.abort();
    }
  }

  private abort(): void {
    this.teardown();
    this.socket.destroy();
  }

  private teardown(): void {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) p.cancel();
    this.pending.clear();
    for (const s of this.sessions.values()) this.dropSession(s);
    this.sessions.clear();
  }

  private dropSession(s: Session): void {
    for (const o of s.opens.values()) o.pipe.close();
    s.opens.clear();
    s.trees.clear();
  }

  private send(bytes: Uint8Array): void {
    if (!this.closed) this.socket.write(frame(bytes));
  }

  private onFrame(f: Uint8Array): void {
    let plain = f;
    let encryptedFor: Session | undefined;
    if (f.length >= 4 && Buffer.from(f.buffer, f.byteOffset, 4).readUInt32LE(0) === SMB1_PROTOCOL_ID) {
      this.smb1Negotiate(f);
      return;
    }
    const transform = parseTransformHeader(f);
    if (transform) {
      const s = this.sessions.get(transform.sessionId);
      if (!s?.keys || this.cipher === undefined) throw new MalformedMessage('encrypted frame without keys');
      const dec = decryptMessage(this.cipher, s.keys.decryptionKey, f);
      if (!dec) throw new MalformedMessage('encrypted frame does not verify');
      plain = dec;
      encryptedFor = s;
    }
    this.onMessages(plain, encryptedFor);
  }

  private onMessages(chain: Uint8Array, encryptedFor: Session | undefined): void {
    const replies: Reply[] = [];
    let offset = 0;
    let related:
      | { sessionId: bigint; treeId: number; fileId: string | undefined; failed: number | undefined }
      | undefined;
    for (let i = 0; ; i++) {
      if (i >= MAX_COMPOUND) throw new MalformedMessage('compound chain too long');
      const rest = chain.subarray(offset);
      const hdr = parseHeader(rest);
      let len = rest.length;
      if (hdr.nextCommand !== 0) {
        // Offsets only move forward, so a chain cannot loop.
        if (hdr.nextCommand % 8 !== 0 || hdr.nextCommand < HEADER_SIZE || hdr.nextCommand > rest.length)
          throw new MalformedMessage('bad NextCommand');
        len = hdr.nextCommand;
      }
      const msg = rest.subarray(0, len);
      const isRelated = i > 0 && (hdr.flags & HeaderFlag.RELATED_OPERATIONS) !== 0;
      const ctx = {
        sessionId: isRelated && related ? related.sessionId : hdr.sessionId,
        treeId: isRelated && related ? related.treeId : hdr.treeId,
        relatedFileId: isRelated ? related?.fileId : undefined,
        // [MS-SMB2] 3.3.5.2.7.2: a related request after a failed one fails the same way.
        inheritedFailure: isRelated ? related?.failed : undefined,
      };
      const reply = this.onMessage(hdr, msg, ctx, encryptedFor);
      if (this.closed) return;
      if (reply) {
        replies.push(reply.reply);
        const status = Buffer.from(reply.reply.bytes.buffer, reply.reply.bytes.byteOffset).readUInt32LE(8);
        related = {
          sessionId: ctx.sessionId,
          treeId: ctx.treeId,
          fileId: reply.fileId ?? ctx.relatedFileId,
          failed: status >= 0xc0000000 ? status : undefined,
        };
      }
      if (hdr.nextCommand === 0) break;
      offset += len;
    }
    if (replies.length > 0) this.sendReplies(replies, encryptedFor);
  }

  private sendReplies(replies: Reply[], encryptedFor: Session | undefined): void {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < replies.length; i++) {
      const r = replies[i]!;
      let bytes = r.bytes;
      if (i < replies.length - 1) {
        const padded = new Uint8Array((bytes.length + 7) & ~7);
        padded.set(bytes);
        Buffer.from(padded.buffer, padded.byteOffset).writeUInt32LE(padded.length, 20);
        bytes = padded;
      }
      if (r.sign?.keys && !encryptedFor && this.dialect !== undefined) {
        const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        b.writeUInt32LE(b.readUInt32LE(16) | HeaderFlag.SIGNED, 16);
        signMessage(this.dialect, r.sign.keys.signingKey, bytes);
      }
      r.onSent?.(bytes);
      parts.push(bytes);
    }
    const plain = parts.length === 1 ? parts[0]! : new Uint8Array(Buffer.concat(parts));
    if (encryptedFor?.keys && this.cipher !== undefined) {
      const nonce = new Uint8Array(16);
      nonce.set(encryptedFor.noncePrefix);
      Buffer.from(nonce.buffer).writeBigUInt64LE(encryptedFor.nonceCounter++, 4);
      this.send(encryptMessage(this.cipher, encryptedFor.keys.encryptionKey, encryptedFor.id, nonce, plain));
    } else this.send(plain);
  }

  private onMessage(
    hdr: Smb2Header,
    msg: Uint8Array,
    ctx: {
      sessionId: bigint;
      treeId: number;
      relatedFileId: string | undefined;
      inheritedFailure: number | undefined;
    },
    encryptedFor: Session | undefined,
  ): { reply: Reply; fileId?: string } | undefined {
    if (hdr.flags & HeaderFlag.SERVER_TO_REDIR) throw new MalformedMessage('response sent to server');
    if (hdr.command === Command.CANCEL) {
      this.cancel(hdr);
      return undefined;
    }
    const dialect = this.dialect;
    const charge = dialect === undefined || dialect === Dialect.SMB202 ? 1 : hdr.creditCharge;
    if (charge > 64 || !this.credits.consume(hdr.messageId, charge))
      throw new MalformedMessage('message id outside the credit window');
    const granted = this.credits.grant(hdr.credits);
    const respond = (
      status: number,
      body: Uint8Array,
      sign?: Session,
      extra: Partial<Reply> = {},
    ): Reply => ({
      bytes: buildResponse(
        {
          status,
          command: hdr.command,
          credits: granted,
          flags: hdr.flags & HeaderFlag.RELATED_OPERATIONS,
          messageId: hdr.messageId,
          treeId: ctx.treeId,
          sessionId: ctx.sessionId,
          creditCharge: hdr.creditCharge,
        },
        body,
      ),
      sign,
      ...extra,
    });

    if (hdr.command === Command.NEGOTIATE) return { reply: this.negotiate(hdr, msg, respond) };
    if (dialect === undefined) throw new MalformedMessage('request before NEGOTIATE');
    if (hdr.command === Command.SESSION_SETUP) return { reply: this.sessionSetup(hdr, msg, respond) };
    if (hdr.command === Command.ECHO && ctx.sessionId === 0n) return { reply: respond(0, smallBody(4)) };

    const session = this.sessions.get(ctx.sessionId);
    if (!session?.valid) return { reply: respond(SmbStatus.STATUS_USER_SESSION_DELETED, ERROR_BODY) };
    const signingKey = session.keys?.signingKey;
    const wasSigned = (hdr.flags & HeaderFlag.SIGNED) !== 0;
    if (!encryptedFor) {
      if (session.encryptData) return { reply: respond(SmbStatus.STATUS_ACCESS_DENIED, ERROR_BODY) };
      if (wasSigned) {
        if (!signingKey || !verifySignature(dialect, signingKey, msg))
          return { reply: respond(SmbStatus.STATUS_ACCESS_DENIED, ERROR_BODY) };
      } else if (session.signingRequired && signingKey) {
        return { reply: respond(SmbStatus.STATUS_ACCESS_DENIED, ERROR_BODY) };
      }
    } else if (encryptedFor !== session) {
      return { reply: respond(SmbStatus.STATUS_ACCESS_DENIED, ERROR_BODY) };
    }
    const signer = wasSigned || session.signingRequired ? session : undefined;
    const out = (r: Body, extra: Partial<Reply> = {}): Reply => respond(r.status, r.body, signer, extra);
    if (ctx.inheritedFailure !== undefined)
      return { reply: out({ status: ctx.inheritedFailure, body: ERROR_BODY }) };

    try {
      switch (hdr.command) {
        case Command.LOGOFF:
          this.dropSession(session);
          this.sessions.delete(session.id);
          return { reply: out({ status: 0, body: smallBody(4) }) };
        case Command.ECHO:
          return { reply: out({ status: 0, body: smallBody(4) }) };
        case Command.TREE_CONNECT:
          return { reply: this.treeConnect(msg, session, out, respond, signer) };
      }
      if (!session.trees.has(ctx.treeId))
        return { reply: out({ status: SmbStatus.STATUS_NETWORK_NAME_DELETED, body: ERROR_BODY }) };
      switch (hdr.command) {
        case Command.TREE_DISCONNECT:
          for (const o of [...session.opens.values()])
            if (o.treeId === ctx.treeId) {
              o.pipe.close();
              session.opens.delete(o.key);
            }
          session.trees.delete(ctx.treeId);
          return { reply: out({ status: 0, body: smallBody(4) }) };
        case Command.CREATE: {
          const r = this.create(msg, session, ctx.treeId);
          return { reply: out(r), ...(r.fileId ? { fileId: r.fileId } : {}) };
        }
      }
      const r = new Reader(msg);
      const fileIdAt = (o: number): Open | undefined => {
        if (r.b.length < HEADER_SIZE + o + 16) throw new BadRequest();
        let key = Buffer.from(r.bytes(o, 16)).toString('hex');
        if (key === FILEID_ANY && ctx.relatedFileId) key = ctx.relatedFileId;
        const open = session.opens.get(key);
        return open && open.treeId === ctx.treeId ? open : undefined;
      };
      const closedFile = (): { reply: Reply } => ({
        reply: out({ status: SmbStatus.STATUS_FILE_CLOSED, body: ERROR_BODY }),
      });
      switch (hdr.command) {
        case Command.CLOSE: {
          r.need(24, 24);
          const open = fileIdAt(8);
          if (!open) return closedFile();
          open.pipe.close();
          session.opens.delete(open.key);
          const body = Buffer.alloc(60);
          body.writeUInt16LE(60, 0);
          body.writeUInt16LE(r.u16(2) & 1, 2);
          if (r.u16(2) & 1) {
            body.writeBigUInt64LE(4096n, 40);
            body.writeUInt32LE(FILE_ATTRIBUTE_NORMAL, 56);
          }
          return { reply: out({ status: 0, body }) };
        }
        case Command.FLUSH: {
          r.need(24, 24);
          if (!fileIdAt(8)) return closedFile();
          return { reply: out({ status: 0, body: smallBody(4) }) };
        }
        case Command.WRITE: {
          r.need(48, 49);
          const open = fileIdAt(16);
          if (!open) return closedFile();
          const data = r.range(r.u16(2), r.u32(4), this.maxTransact);
          const written = open.pipe.write(data);
          if (written !== 'ok') return { reply: out({ status: pipeWriteStatus(written), body: ERROR_BODY }) };
          const body = Buffer.alloc(17);
          body.writeUInt16LE(17, 0);
          body.writeUInt32LE(data.length, 4);
          return { reply: out({ status: 0, body }) };
        }
        case Command.READ: {
          r.need(48, 49);
          const open = fileIdAt(16);
          if (!open) return closedFile();
          const length = r.u32(4);
          if (length > this.maxTransact) throw new BadRequest();
          return {
            reply: this.pipeRead(hdr, open, length, session, signer, encryptedFor, respond, readBody),
          };
        }
        case Command.IOCTL:
          return { reply: this.ioctl(hdr, r, session, signer, encryptedFor, respond, fileIdAt) };
        case Command.QUERY_INFO: {
          r.need(40, 41);
          const open = fileIdAt(24);
          if (!open) return closedFile();
          return { reply: out(queryInfo(r, open)) };
        }
        case Command.LOCK:
        case Command.QUERY_DIRECTORY:
        case Command.CHANGE_NOTIFY:
        case Command.SET_INFO:
        case Command.OPLOCK_BREAK:
          return { reply: out({ status: SmbStatus.STATUS_NOT_SUPPORTED, body: ERROR_BODY }) };
        default:
          return { reply: out({ status: SmbStatus.STATUS_INVALID_PARAMETER, body: ERROR_BODY }) };
      }
    } catch (err) {
      if (err instanceof BadRequest || err instanceof RangeError)
        return {
          reply: out({
            status: err instanceof BadRequest ? err.status : SmbStatus.STATUS_INVALID_PARAMETER,
            body: ERROR_BODY,
          }),
        };
      throw err;
    }
  }

  private negotiate(
    hdr: Smb2Header,
    msg: Uint8Array,
    respond: (status: number, body: Uint8Array) => Reply,
  ): Reply {
    if (this.dialect !== undefined) throw new MalformedMessage('second NEGOTIATE');
    const r = new Reader(msg);
    try {
      r.need(36, 36);
    } catch {
      throw new MalformedMessage('bad NEGOTIATE');
    }
    const count = r.u16(2);
    if (count === 0 || count > 64 || msg.length < HEADER_SIZE + 36 + count * 2)
      throw new MalformedMessage('bad dialect count');
    const dialects: number[] = [];
    for (let i = 0; i < count; i++) dialects.push(r.u16(36 + i * 2));
    const dialect = SUPPORTED_DIALECTS.find((d) => dialects.includes(d));
    if (dialect === undefined) {
      this.dialect = Dialect.SMB202;
      const reply = respond(SmbStatus.STATUS_NOT_SUPPORTED, ERROR_BODY);
      queueMicrotask(() => this.abort());
      return reply;
    }
    this.clientSecurityMode = r.u16(4);
    this.clientCaps = r.u32(8);
    this.clientGuid = new Uint8Array(r.bytes(12, 16));
    this.clientDialects = dialects;

    const contexts: Buffer[] = [];
    if (dialect === Dialect.SMB311) {
      const ctxOffset = r.u32(28);
      const ctxCount = r.u16(32);
      if (ctxOffset > msg.length || ctxCount > 32) throw new MalformedMessage('bad negotiate contexts');
      let sawPreauth = false;
      let pos = ctxOffset;
      const b = r.b;
      for (let i = 0; i < ctxCount; i++) {
        pos = Math.ceil(pos / 8) * 8;
        if (pos + 8 > b.length) throw new MalformedMessage('negotiate context beyond the message');
        const type = b.readUInt16LE(pos);
        const len = b.readUInt16LE(pos + 2);
        if (pos + 8 + len > b.length) throw new MalformedMessage('negotiate context beyond the message');
        const data = b.subarray(pos + 8, pos + 8 + len);
        const list = (at: number): number[] => {
          if (data.length < at) return [];
          const n = data.readUInt16LE(0);
          const out: number[] = [];
          for (let k = 0; k < n && at + 2 * k + 2 <= data.length; k++)
            out.push(data.readUInt16LE(at + 2 * k));
          return out;
        };
        if (type === NegotiateContextType.PREAUTH_INTEGRITY) {
          if (!list(4).includes(HASH_SHA512)) {
            throw new MalformedMessage('no SHA-512 preauth integrity');
          }
          sawPreauth = true;
        } else if (type === NegotiateContextType.ENCRYPTION) {
          const ciphers = list(2);
          const chosen = [Cipher.AES_128_GCM, Cipher.AES_128_CCM].find((c) => ciphers.includes(c));
          this.cipher = chosen;
          contexts.push(negContext(NegotiateContextType.ENCRYPTION, u16s([1, chosen ?? 0])));
        } else if (type === NegotiateContextType.SIGNING) {
          if (list(2).includes(SIGNING_AES_CMAC))
            contexts.push(negContext(NegotiateContextType.SIGNING, u16s([1, SIGNING_AES_CMAC])));
        }
        pos += 8 + len;
      }
      if (!sawPreauth) throw new MalformedMessage('3.1.1 NEGOTIATE without preauth integrity');
      const salt = randomBytes(32);
      contexts.unshift(
        negContext(NegotiateContextType.PREAUTH_INTEGRITY, Buffer.concat([u16s([1, 32, HASH_SHA512]), salt])),
      );
      this.preauth = preauthStep(new Uint8Array(64), msg);
    } else if (dialect >= Dialect.SMB300 && this.clientCaps & Capability.ENCRYPTION) {
      this.cipher = Cipher.AES_128_CCM;
    }
    this.dialect = dialect;

    const reply = respond(0, this.negotiateBody(dialect, contexts));
    if (dialect === Dialect.SMB311)
      reply.onSent = (bytes) => (this.preauth = preauthStep(this.preauth!, bytes));
    void hdr;
    return reply;
  }

  /** The NEGOTIATE response body ([MS-SMB2] 2.2.4) for `dialect`, contexts only for 3.1.1. */
  private negotiateBody(dialect: number, contexts: readonly Buffer[]): Uint8Array {
    const hint = this.opts.negotiateHint();
    const fixed = Buffer.alloc(64);
    fixed.writeUInt16LE(65, 0);
    fixed.writeUInt16LE(
      SecurityMode.SIGNING_ENABLED | (this.opts.requireSigning ? SecurityMode.SIGNING_REQUIRED : 0),
      2,
    );
    fixed.writeUInt16LE(dialect, 4);
    fixed.writeUInt16LE(dialect === Dialect.SMB311 ? contexts.length : 0, 6);
    fixed.set(this.serverGuid, 8);
    const caps =
      dialect === Dialect.SMB300 || dialect === Dialect.SMB302
        ? this.cipher
          ? Capability.ENCRYPTION
          : 0
        : 0;
    fixed.writeUInt32LE(caps, 24);
    fixed.writeUInt32LE(this.maxTransact, 28);
    fixed.writeUInt32LE(this.maxTransact, 32);
    fixed.writeUInt32LE(this.maxTransact, 36);
    fixed.writeBigUInt64LE(filetimeNow(), 40);
    fixed.writeUInt16LE(HEADER_SIZE + 64, 56);
    fixed.writeUInt16LE(hint.length, 58);
    const parts: Buffer[] = [fixed, Buffer.from(hint)];
    if (dialect === Dialect.SMB311) {
      let at = HEADER_SIZE + 64 + hint.length;
      const pad = ((at + 7) & ~7) - at;
      parts.push(Buffer.alloc(pad));
      at += pad;
      fixed.writeUInt32LE(at, 60);
      contexts.forEach((c, i) => {
        parts.push(c);
        if (i < contexts.length - 1) parts.push(Buffer.alloc(((c.length + 7) & ~7) - c.length));
      });
    }
    return new Uint8Array(Buffer.concat(parts));
  }

  /**
   * An SMB1 multi-protocol NEGOTIATE ([MS-SMB2] 3.3.5.3.1): answered in SMB2 with 0x02FF when the
   * client offers "SMB 2.???" (it then sends an SMB2 NEGOTIATE), with 2.0.2 when it offers only
   * "SMB 2.002"; a client without SMB2 dialects is disconnected.
   */
  private smb1Negotiate(f: Uint8Array): void {
    const b = Buffer.from(f.buffer, f.byteOffset, f.length);
    if (this.sawSmb1 || this.dialect !== undefined || b.length < 35 || b[4] !== SMB1_COM_NEGOTIATE)
      throw new MalformedMessage('unexpected SMB1 message');
    this.sawSmb1 = true;
    if (35 + 2 * b[32]! > b.length) throw new MalformedMessage('truncated SMB1 NEGOTIATE');
    const byteCount = b.readUInt16LE(33 + 2 * b[32]!);
    const start = 35 + 2 * b[32]!;
    const bytes = b.subarray(start, Math.min(b.length, start + byteCount));
    const names = bytes
      .toString('latin1')
      .split('\0')
      // Each dialect string starts with its buffer format byte (0x02, "dialect").
      .map((n) => (n.startsWith('\u0002') ? n.slice(1) : n));
    let dialect: number;
    if (names.includes('SMB 2.???')) dialect = Dialect.WILDCARD;
    else if (names.includes('SMB 2.002')) dialect = Dialect.SMB202;
    else throw new MalformedMessage('no SMB2 dialect offered');
    if (!this.credits.consume(0n, 1)) throw new MalformedMessage('SMB1 NEGOTIATE after SMB2 traffic');
    const granted = this.credits.grant(1);
    if (dialect === Dialect.SMB202) this.dialect = dialect;
    const reply = buildResponse(
      {
        status: 0,
        command: Command.NEGOTIATE,
        credits: granted,
        flags: 0,
        messageId: 0n,
        treeId: 0,
        sessionId: 0n,
        creditCharge: 0,
      },
      this.negotiateBody(dialect, []),
    );
    this.send(reply);
  }

  private sessionSetup(
    hdr: Smb2Header,
    msg: Uint8Array,
    respond: (status: number, body: Uint8Array, sign?: Session) => Reply,
  ): Reply {
    const r = new Reader(msg);
    let token: Uint8Array;
    try {
      r.need(24, 25);
      token = r.range(r.u16(12), r.u16(14), this.maxTransact);
    } catch {
      return respond(SmbStatus.STATUS_INVALID_PARAMETER, ERROR_BODY);
    }
    if (r.u8(2) & 1) return respond(SmbStatus.STATUS_REQUEST_NOT_ACCEPTED, ERROR_BODY);
    let session: Session | undefined;
    if (hdr.sessionId === 0n) {
      if (this.sessions.size >= (this.opts.maxSessions ?? 64))
        return respond(SmbStatus.STATUS_REQUEST_NOT_ACCEPTED, ERROR_BODY);
      let id: bigint;
      do id = randomBytes(8).readBigUInt64LE(0) & 0x0000ffffffffffffn;
      while (id === 0n || this.sessions.has(id));
      session = {
        id,
        auth: undefined,
        valid: false,
        preauth: this.preauth,
        keys: undefined,
        signingRequired: false,
        encryptData: false,
        identity: undefined,
        sessionKey: undefined,
        trees: new Set(),
        opens: new Map(),
        nonceCounter: 1n,
        noncePrefix: randomBytes(4),
      };
      this.sessions.set(id, session);
    } else {
      session = this.sessions.get(hdr.sessionId);
      if (!session) return respond(SmbStatus.STATUS_USER_SESSION_DELETED, ERROR_BODY);
    }
    const s = session;
    const withId = (status: number, body: Uint8Array, sign?: Session): Reply => {
      const reply = respond(status, body, sign);
      Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset).writeBigUInt64LE(s.id, 40);
      return reply;
    };
    if (s.valid && !s.auth) s.auth = this.opts.newAuthContext();
    s.auth ??= this.opts.newAuthContext();
    if (this.dialect === Dialect.SMB311 && !s.valid && s.preauth) s.preauth = preauthStep(s.preauth, msg);

    let step;
    try {
      step = s.auth.step(token);
    } catch (err) {
      const status =
        err instanceof SecurityError && err.ntStatus !== undefined
          ? err.ntStatus
          : SmbStatus.STATUS_LOGON_FAILURE;
      s.auth = undefined;
      if (!s.valid) this.sessions.delete(s.id);
      return withId(
        status === SmbStatus.STATUS_INVALID_PARAMETER ? SmbStatus.STATUS_LOGON_FAILURE : status,
        ERROR_BODY,
      );
    }
    const out = step.output ?? new Uint8Array(0);
    const body = Buffer.alloc(8 + out.length);
    body.writeUInt16LE(9, 0);
    body.writeUInt16LE(HEADER_SIZE + 8, 4);
    body.writeUInt16LE(out.length, 6);
    body.set(out, 8);
    if (!step.complete) {
      const reply = withId(SmbStatus.STATUS_MORE_PROCESSING_REQUIRED, body);
      if (this.dialect === Dialect.SMB311 && !s.valid)
        reply.onSent = (bytes) => (s.preauth = preauthStep(s.preauth!, bytes));
      return reply;
    }
    const auth = s.auth;
    s.auth = undefined;
    if (s.valid) return withId(0, body, s.keys ? s : undefined);
    const identity = auth.identity;
    if (!identity) {
      this.sessions.delete(s.id);
      return withId(SmbStatus.STATUS_LOGON_FAILURE, ERROR_BODY);
    }
    s.identity = identity;
    s.valid = true;
    let flags = 0;
    if (identity.anonymous || !auth.sessionKey) {
      flags |= SessionFlag.IS_NULL;
      if (this.opts.requireEncryption || this.opts.requireSigning) {
        this.sessions.delete(s.id);
        return withId(SmbStatus.STATUS_ACCESS_DENIED, ERROR_BODY);
      }
    } else {
      s.sessionKey = auth.sessionKey.subarray(0, 16);
      s.keys = deriveSessionKeys(this.dialect!, s.sessionKey, s.preauth);
      s.signingRequired = !!this.opts.requireSigning || (r.u8(3) & SecurityMode.SIGNING_REQUIRED) !== 0;
      if (this.opts.requireEncryption) {
        if (this.cipher === undefined) {
          this.sessions.delete(s.id);
          return withId(SmbStatus.STATUS_ACCESS_DENIED, ERROR_BODY);
        }
        s.encryptData = true;
        flags |= SessionFlag.ENCRYPT_DATA;
      }
    }
    body.writeUInt16LE(flags, 2);
    return withId(0, body, s.keys ? s : undefined);
  }

  private treeConnect(
    msg: Uint8Array,
    session: Session,
    out: (r: Body) => Reply,
    respond: (status: number, body: Uint8Array, sign?: Session) => Reply,
    signer: Session | undefined,
  ): Reply {
    const r = new Reader(msg);
    r.need(8, 9);
    const path = Buffer.from(r.range(r.u16(4), r.u16(6), 1024)).toString('utf16le');
    const share = path.slice(path.lastIndexOf('\\') + 1);
    if (share.toUpperCase() !== 'IPC$')
      return out({ status: SmbStatus.STATUS_BAD_NETWORK_NAME, body: ERROR_BODY });
    if (session.trees.size >= 64)
      return out({ status: SmbStatus.STATUS_INSUFFICIENT_RESOURCES, body: ERROR_BODY });
    const treeId = this.nextTreeId++;
    session.trees.add(treeId);
    const body = Buffer.alloc(16);
    body.writeUInt16LE(16, 0);
    body.writeUInt8(SHARE_TYPE_PIPE, 2);
    body.writeUInt32LE(ShareFlag.NO_CACHING | (session.encryptData ? ShareFlag.ENCRYPT_DATA : 0), 4);
    body.writeUInt32LE(MAXIMAL_ACCESS, 12);
    const reply = respond(0, new Uint8Array(body), signer);
    Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset).writeUInt32LE(treeId, 36);
    return reply;
  }

  private create(msg: Uint8Array, session: Session, treeId: number): Body & { fileId?: string } {
    const r = new Reader(msg);
    r.need(56, 57);
    let name = Buffer.from(r.range(r.u16(44), r.u16(46), 1024)).toString('utf16le');
    name = name.replace(/^\\+/, '').replace(/^pipe\\/i, '');
    const registered = this.opts.pipes.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!registered) return { status: SmbStatus.STATUS_OBJECT_NAME_NOT_FOUND, body: ERROR_BODY };
    if (session.opens.size >= (this.opts.maxOpensPerSession ?? 128))
      return { status: SmbStatus.STATUS_INSUFFICIENT_RESOURCES, body: ERROR_BODY };
    const fileId = Buffer.alloc(16);
    randomBytes(8).copy(fileId, 0);
    fileId.writeBigUInt64LE(this.nextVolatileId++, 8);
    const key = fileId.toString('hex');
    const pipe = new PipeEnd(this.maxTransact * 4);
    session.opens.set(key, { key, fileId, treeId, pipe });
    const info: TransportInfo = {
      ...this.base,
      protseq: 'ncacn_np',
      endpoint: `\\PIPE\\${registered}`,
      ...(session.identity && !session.identity.anonymous ? { identity: session.identity } : {}),
      ...(session.sessionKey ? { sessionKey: session.sessionKey } : {}),
    };
    try {
      this.opts.onPipe(pipe.stream, info);
    } catch (err) {
      this.opts.onError?.(err);
      pipe.close();
      session.opens.delete(key);
      return { status: SmbStatus.STATUS_PIPE_BROKEN, body: ERROR_BODY };
    }
    const body = Buffer.alloc(89);
    body.writeUInt16LE(89, 0);
    body.writeUInt32LE(FILE_OPENED, 4);
    body.writeBigUInt64LE(4096n, 40);
    body.writeUInt32LE(FILE_ATTRIBUTE_NORMAL, 56);
    fileId.copy(body, 64);
    return { status: 0, body, fileId: key };
  }

  /** Answers now when data is queued; otherwise STATUS_PENDING now and the data later. */
  private goAsync(
    hdr: Smb2Header,
    session: Session,
    signer: Session | undefined,
    encryptedFor: Session | undefined,
    respond: (status: number, body: Uint8Array, sign?: Session) => Reply,
    wait: { promise: Promise<Body | undefined>; cancel: () => boolean },
  ): Reply {
    if (this.pending.size >= (this.opts.maxPending ?? 64)) {
      wait.cancel();
      return respond(SmbStatus.STATUS_INSUFFICIENT_RESOURCES, ERROR_BODY, signer);
    }
    const asyncId = this.nextAsyncId++;
    let done = false;
    const finish = (r: Body): void => {
      if (done) return;
      done = true;
      this.pending.delete(asyncId);
      if (this.closed || !this.sessions.has(session.id)) return;
      const reply = respond(r.status, r.body, signer);
      const b = Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.length);
      b.writeUInt16LE(0, 14);
      b.writeUInt32LE((b.readUInt32LE(16) | HeaderFlag.ASYNC_COMMAND) & ~HeaderFlag.RELATED_OPERATIONS, 16);
      b.writeBigUInt64LE(asyncId, 32);
      this.sendReplies([reply], encryptedFor);
    };
    this.pending.set(asyncId, {
      messageId: hdr.messageId,
      sessionId: session.id,
      cancel: () => {
        if (wait.cancel()) finish({ status: SmbStatus.STATUS_CANCELLED, body: ERROR_BODY });
        else done = true;
      },
    });
    wait.promise.then(
      (r) => finish(r ?? { status: SmbStatus.STATUS_PIPE_BROKEN, body: ERROR_BODY }),
      (err: unknown) => {
        this.opts.onError?.(err);
        finish({ status: SmbStatus.STATUS_PIPE_BROKEN, body: ERROR_BODY });
      },
    );
    const interim = respond(SmbStatus.STATUS_PENDING, ERROR_BODY, signer);
    const b = Buffer.from(interim.bytes.buffer, interim.bytes.byteOffset, interim.bytes.length);
    b.writeUInt32LE(b.readUInt32LE(16) | HeaderFlag.ASYNC_COMMAND, 16);
    b.writeBigUInt64LE(asyncId, 32);
    return interim;
  }

  private pipeRead(
    hdr: Smb2Header,
    open: Open,
    length: number,
    session: Session,
    signer: Session | undefined,
    encryptedFor: Session | undefined,
    respond: (status: number, body: Uint8Array, sign?: Session) => Reply,
    shape: (data: Uint8Array, overflow: boolean) => Body,
  ): Reply {
    const now = open.pipe.tryRead(length);
    if (now) {
      const b = shape(now.data, now.overflow);
      return respond(b.status, b.body, signer);
    }
    if (open.pipe.isClosed) return respond(SmbStatus.STATUS_PIPE_BROKEN, ERROR_BODY, signer);
    const w = open.pipe.readCancellable(length);
    return this.goAsync(hdr, session, signer, encryptedFor, respond, {
      promise: w.promise.then((r) => (r ? shape(r.data, r.overflow) : undefined)),
      cancel: w.cancel,
    });
  }

  private ioctl(
    hdr: Smb2Header,
    r: Reader,
    session: Session,
    signer: Session | undefined,
    encryptedFor: Session | undefined,
    respond: (status: number, body: Uint8Array, sign?: Session) => Reply,
    fileIdAt: (o: number) => Open | undefined,
  ): Reply {
    r.need(56, 57);
    const ctl = r.u32(4);
    const input = r.range(r.u32(24), r.u32(28), this.maxTransact);
    const maxOut = Math.min(r.u32(44), this.maxTransact);
    const shape =
      (fileId: Uint8Array) =>
      (data: Uint8Array, overflow: boolean): Body => {
        const body = Buffer.alloc(48 + data.length);
        body.writeUInt16LE(49, 0);
        body.writeUInt32LE(ctl, 4);
        body.set(fileId, 8);
        body.writeUInt32LE(HEADER_SIZE + 48, 24);
        body.writeUInt32LE(HEADER_SIZE + 48, 32);
        body.writeUInt32LE(data.length, 36);
        body.set(data, 48);
        return { status: overflow ? SmbStatus.STATUS_BUFFER_OVERFLOW : 0, body };
      };
    if (ctl === Fsctl.VALIDATE_NEGOTIATE_INFO) {
      if (input.length < 24) throw new BadRequest();
      const ib = Buffer.from(input);
      const n = ib.readUInt16LE(22);
      const dialects: number[] = [];
      for (let i = 0; i < n && 24 + 2 * i + 2 <= ib.length; i++) dialects.push(ib.readUInt16LE(24 + 2 * i));
      const same =
        ib.readUInt32LE(0) === this.clientCaps &&
        Buffer.from(this.clientGuid).equals(ib.subarray(4, 20)) &&
        ib.readUInt16LE(20) === this.clientSecurityMode &&
        dialects.length === this.clientDialects.length &&
        dialects.every((d, i) => d === this.clientDialects[i]);
      if (!same || !signer) {
        queueMicrotask(() => this.abort());
        return respond(SmbStatus.STATUS_ACCESS_DENIED, ERROR_BODY, signer);
      }
      const outBuf = Buffer.alloc(24);
      const d = this.dialect!;
      outBuf.writeUInt32LE(
        d === Dialect.SMB300 || d === Dialect.SMB302 ? (this.cipher ? Capability.ENCRYPTION : 0) : 0,
        0,
      );
      Buffer.from(this.serverGuid).copy(outBuf, 4);
      outBuf.writeUInt16LE(
        SecurityMode.SIGNING_ENABLED | (this.opts.requireSigning ? SecurityMode.SIGNING_REQUIRED : 0),
        20,
      );
      outBuf.writeUInt16LE(d, 22);
      const b = shape(new Uint8Array(16).fill(0xff))(outBuf, false);
      return respond(b.status, b.body, signer);
    }
    if (ctl !== Fsctl.PIPE_TRANSCEIVE)
      return respond(SmbStatus.STATUS_INVALID_DEVICE_REQUEST, ERROR_BODY, signer);
    const open = fileIdAt(8);
    if (!open) return respond(SmbStatus.STATUS_FILE_CLOSED, ERROR_BODY, signer);
    const written = open.pipe.write(input);
    if (written !== 'ok') return respond(pipeWriteStatus(written), ERROR_BODY, signer);
    return this.pipeRead(hdr, open, maxOut, session, signer, encryptedFor, respond, shape(open.fileId));
  }

  private cancel(hdr: Smb2Header): void {
    if (hdr.flags & HeaderFlag.ASYNC_COMMAND) {
      const p = this.pending.get(hdr.asyncId);
      if (p && p.sessionId === hdr.sessionId) p.cancel();
      return;
    }
    for (const p of this.pending.values())
      if (p.messageId === hdr.messageId && p.sessionId === hdr.sessionId) {
        p.cancel();
        return;
      }
  }
}

function pipeWriteStatus(result: 'closed' | 'full'): number {
  return result === 'closed' ? SmbStatus.STATUS_PIPE_BROKEN : SmbStatus.STATUS_INSUFFICIENT_RESOURCES;
}

function readBody(data: Uint8Array, overflow: boolean): Body {
  const body = Buffer.alloc(16 + data.length);
  body.writeUInt16LE(17, 0);
  body.writeUInt8(HEADER_SIZE + 16, 2);
  body.writeUInt32LE(data.length, 4);
  body.set(data, 16);
  return { status: overflow ? SmbStatus.STATUS_BUFFER_OVERFLOW : 0, body };
}

function queryInfo(r: Reader, open: Open): Body {
  const infoType = r.u8(2);
  const cls = r.u8(3);
  const maxLen = r.u32(4);
  if (infoType !== INFO_TYPE_FILE) return { status: SmbStatus.STATUS_NOT_SUPPORTED, body: ERROR_BODY };
  let info: Buffer;
  if (cls === FileInfoClass.STANDARD) {
    info = Buffer.alloc(24);
    info.writeBigUInt64LE(4096n, 0);
    info.writeUInt32LE(1, 16);
    info.writeUInt8(1, 20);
  } else if (cls === FileInfoClass.PIPE) {
    info = Buffer.alloc(8);
    info.writeUInt32LE(1, 0);
  } else if (cls === FileInfoClass.PIPE_LOCAL) {
    info = Buffer.alloc(40);
    const v = [1, 2, 0xffffffff, 1, 4096, 0, 4096, 4096, open.pipe.isClosed ? 1 : 3, 1];
    v.forEach((x, i) => info.writeUInt32LE(x, i * 4));
  } else return { status: SmbStatus.STATUS_INVALID_INFO_CLASS, body: ERROR_BODY };
  if (maxLen < info.length) return { status: SmbStatus.STATUS_INFO_LENGTH_MISMATCH, body: ERROR_BODY };
  const body = Buffer.alloc(8 + info.length);
  body.writeUInt16LE(9, 0);
  body.writeUInt16LE(HEADER_SIZE + 8, 2);
  body.writeUInt32LE(info.length, 4);
  info.copy(body, 8);
  return { status: 0, body };
}

function smallBody(size: number): Uint8Array {
  const b = Buffer.alloc(size);
  b.writeUInt16LE(size, 0);
  return new Uint8Array(b);
}

function u16s(values: readonly number[]): Buffer {
  const b = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => b.writeUInt16LE(v, i * 2));
  return b;
}

function negContext(type: number, data: Buffer): Buffer {
  const b = Buffer.alloc(8 + data.length);
  b.writeUInt16LE(type, 0);
  b.writeUInt16LE(data.length, 2);
  data.copy(b, 8);
  return b;
}
