/**
 * SMB2 client for IPC$ named pipes ([MS-SMB2] 3.2): negotiate (2.0.2–3.1.1 with preauth integrity
 * and encryption contexts), SPNEGO/NTLM session setup, signing and CCM/GCM encryption, credits,
 * async (STATUS_PENDING) responses. One session is shared by every pipe opened through it.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import { SmbStatus, statusName } from '../errors/status.js';
import type { SecurityContext } from '../security/provider.js';
import { SpnegoInitiator } from '../security/spnego/context.js';
import { ntlmMechanism } from '../security/spnego/mechanisms.js';
import { connectError, TransportError } from '../transport/errors.js';
import { Smb2PipeStream } from './client-pipe.js';
import {
  Capability,
  Command,
  Dialect,
  Fsctl,
  HEADER_PROTOCOL_ID,
  HEADER_SIZE,
  HeaderFlag,
  IOCTL_IS_FSCTL,
  NegotiateContextType,
  SUPPORTED_DIALECTS,
  SecurityMode,
  SessionFlag,
  ShareFlag,
} from './constants.js';
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
import { NetbiosDeframer, frame } from './framing.js';
import { type Smb2Header, parseHeader } from './header.js';

/** An SMB2 request the server refused, or a protocol failure, named by its NTSTATUS. */
export class Smb2Error extends Error {
  readonly statusName: string;
  constructor(
    readonly status: number,
    readonly command: number,
    message?: string,
  ) {
    const name = statusName(status).split(' ')[0]!;
    super(message ?? `SMB2 command ${command} failed: ${statusName(status)}`);
    this.name = 'Smb2Error';
    this.statusName = name;
  }
}

export interface Smb2Credentials {
  readonly user: string;
  readonly domain: string;
  readonly password?: string;
  readonly ntHash?: Uint8Array;
  readonly anonymous?: boolean;
  readonly workstation?: string;
}

export type EncryptPolicy = 'never' | 'if-offered' | 'required';

export interface Smb2ClientOptions {
  readonly credentials: Smb2Credentials;
  /** Offered dialects (default all of 2.0.2–3.1.1). */
  readonly dialects?: readonly number[];
  /** Sets SIGNING_REQUIRED; unsigned responses on the session are then refused. */
  readonly requireSigning?: boolean;
  /** 'if-offered' (default) encrypts whenever a cipher is negotiated (3.x). */
  readonly encrypt?: EncryptPolicy;
  /** 3.1.1 ciphers in preference order (default GCM, CCM). */
  readonly ciphers?: readonly CipherId[];
  /** Connect and per-request timeout (default 10 s). */
  readonly timeoutMs?: number;
  /** Largest frame accepted from the server (default 8 MiB). */
  readonly maxFrame?: number;
  /** Test hook: sees (and may alter) each decoded response before it is checked. */
  readonly onResponse?: (message: Uint8Array) => void;
  /** Test hook: sees (and may alter) each request after signing, before encryption. */
  readonly onRequest?: (message: Uint8Array) => void;
}

export interface Smb2Response {
  readonly header: Smb2Header;
  /** The whole message (header and body). */
  readonly message: Buffer;
  /** Body bytes (after the 64-byte header). */
  readonly body: Buffer;
}

interface Waiting {
  readonly command: number;
  readonly resolve: (r: Smb2Response) => void;
  readonly reject: (err: unknown) => void;
  readonly timer: NodeJS.Timeout | undefined;
  asyncId?: bigint;
  /** Interim STATUS_PENDING seen: the final answer may take arbitrarily long. */
  pending: boolean;
}

interface RequestOptions {
  readonly treeId?: number;
  /** Resolve on these statuses instead of throwing (e.g. STATUS_BUFFER_OVERFLOW). */
  readonly accept?: readonly number[];
  /** Cleartext and unsigned (NEGOTIATE, SESSION_SETUP legs). */
  readonly raw?: boolean;
  /** No timeout: a pipe READ waits as long as the server holds it. */
  readonly untimed?: boolean;
  readonly onSent?: (message: Uint8Array) => void;
  readonly onMessageId?: (id: bigint) => void;
}

const DEFAULT_TIMEOUT = 10_000;
const CREDITS_WANTED = 64;
/** One credit covers 64 KiB; staying under it keeps every request at charge 1. */
const MAX_IO = 65536;
const MAX_AUTH_LEGS = 8;
const FILE_ID_LENGTH = 16;
/**
 * Errors a server sends unsigned when it could not (or would not) verify the request — a bad
 * signature or a dead session. They carry no data, so accepting them gives an attacker nothing
 * beyond the denial of service it has anyway.
 */
const UNSIGNED_ERRORS: ReadonlySet<number> = new Set([
  SmbStatus.STATUS_ACCESS_DENIED,
  SmbStatus.STATUS_USER_SESSION_DELETED,
  SmbStatus.STATUS_NETWORK_SESSION_EXPIRED,
]);

export class Smb2Client {
  dialect = 0;
  cipher: CipherId | undefined;
  sessionId = 0n;
  /** The SMB session key (first 16 bytes of the GSS key), for RPC over this session. */
  sessionKey: Uint8Array | undefined;
  private keys: SessionKeys | undefined;
  private encrypting = false;
  private signingRequired = false;
  private maxRead = MAX_IO;
  private maxWrite = MAX_IO;
  private maxTransact = MAX_IO;
  private largeMtu = false;
  private preauth: Uint8Array = new Uint8Array(64);
  private readonly deframer: NetbiosDeframer;
  private nextMessageId = 0n;
  private credits = 1;
  private readonly creditWaiters: (() => void)[] = [];
  private readonly waiting = new Map<bigint, Waiting>();
  private readonly nonceCounter = randomBytes(8).readBigUInt64LE(0) >> 1n;
  private nonceSeq = 0n;
  private failure: Error | undefined;
  private readonly trees = new Map<string, number>();
  private readonly negotiated: {
    /** Capabilities, ClientGuid and SecurityMode as sent (hex). */
    request: string;
    dialects: number[];
    response?: { capabilities: number; guid: Buffer; securityMode: number };
  } = { request: '', dialects: [] };
  private validated = false;
  readonly pipes = new Set<Smb2PipeStream>();

  private constructor(
    private readonly socket: net.Socket,
    readonly host: string,
    readonly port: number,
    private readonly opts: Smb2ClientOptions,
  ) {
    this.deframer = new NetbiosDeframer(opts.maxFrame ?? 8 * 1024 * 1024);
    socket.on('data', (d: Buffer) => this.onData(d));
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () =>
      this.fail(new Smb2Error(SmbStatus.STATUS_PIPE_DISCONNECTED, -1, 'SMB2 connection closed'), false),
    );
  }

  /** Connects, negotiates and authenticates; the result is ready for `treeConnect`. */
  static async connect(host: string, port: number, opts: Smb2ClientOptions): Promise<Smb2Client> {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host, port, noDelay: true });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new TransportError('timeout', `SMB2 connection to ${host}:${port} timed out`, host, port));
      }, timeoutMs);
      s.once('error', (err) => {
        clearTimeout(timer);
        s.destroy();
        reject(connectError(err, host, port));
      });
      s.once('connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        resolve(s);
      });
    });
    const client = new Smb2Client(socket, host, port, opts);
    try {
      await client.negotiate();
      await client.sessionSetup();
    } catch (err) {
      client.socket.destroy();
      throw err;
    }
    return client;
  }

  get encrypted(): boolean {
    return this.encrypting;
  }

  get signed(): boolean {
    return this.keys !== undefined && !this.encrypting;
  }

  /** Connects the IPC$ tree (once per client; later calls reuse it). */
  async treeConnect(share = 'IPC$'): Promise<number> {
    const key = share.toUpperCase();
    const known = this.trees.get(key);
    if (known !== undefined) return known;
    const path = Buffer.from(`\\\\${this.host}\\${share}`, 'utf16le');
    const body = Buffer.alloc(8 + path.length);
    body.writeUInt16LE(9, 0);
    body.writeUInt16LE(HEADER_SIZE + 8, 4);
    body.writeUInt16LE(path.length, 6);
    path.copy(body, 8);
    const r = await this.request(Command.TREE_CONNECT, body);
    if (r.body.length >= 8 && r.body.readUInt32LE(4) & ShareFlag.ENCRYPT_DATA) this.requireEncryption();
    this.trees.set(key, r.header.treeId);
    await this.validateNegotiate(r.header.treeId);
    return r.header.treeId;
  }

  /** Opens `\PIPE\name` (the prefix is optional) on IPC$ as a byte-stream Duplex. */
  async openPipe(name: string): Promise<Smb2PipeStream> {
    const treeId = await this.treeConnect();
    const bare = name.replace(/^\\?pipe\\/i, '');
    const n = Buffer.from(bare, 'utf16le');
    const body = Buffer.alloc(56 + Math.max(n.length, 1));
    body.writeUInt16LE(57, 0);
    body.writeUInt32LE(2, 4); // impersonation level: Impersonation
    body.writeUInt32LE(0x0012019f, 24); // GENERIC_READ|WRITE as file rights
    body.writeUInt32LE(3, 32); // share read|write
    body.writeUInt32LE(1, 36); // FILE_OPEN
    body.writeUInt16LE(HEADER_SIZE + 56, 44);
    body.writeUInt16LE(n.length, 46);
    n.copy(body, 56);
    const r = await this.request(Command.CREATE, body, { treeId });
    if (r.body.length < 80)
      throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, Command.CREATE, 'short CREATE response');
    const fileId = new Uint8Array(r.body.subarray(64, 64 + FILE_ID_LENGTH));
    const pipe = new Smb2PipeStream(this, treeId, fileId, `\\PIPE\\${bare}`);
    this.pipes.add(pipe);
    pipe.once('close', () => this.pipes.delete(pipe));
    return pipe;
  }

  /** Largest READ / WRITE / transceive payload per request. */
  get ioLimits(): { read: number; write: number; transact: number } {
    return { read: this.maxRead, write: this.maxWrite, transact: this.maxTransact };
  }

  async write(treeId: number, fileId: Uint8Array, data: Uint8Array): Promise<void> {
    for (let at = 0; at < data.length || (at === 0 && data.length === 0);) {
      const part = data.subarray(at, at + this.maxWrite);
      const body = Buffer.alloc(48 + part.length);
      body.writeUInt16LE(49, 0);
      body.writeUInt16LE(HEADER_SIZE + 48, 2);
      body.writeUInt32LE(part.length, 4);
      body.set(fileId, 16);
      body.set(part, 48);
      await this.request(Command.WRITE, body, { treeId });
      at += part.length;
      if (data.length === 0) break;
    }
  }

  /** One READ; `more` is true for a message-mode STATUS_BUFFER_OVERFLOW. */
  async read(
    treeId: number,
    fileId: Uint8Array,
    onMessageId?: (id: bigint) => void,
  ): Promise<{ data: Buffer; more: boolean }> {
    const body = Buffer.alloc(49);
    body.writeUInt16LE(49, 0);
    body.writeUInt32LE(this.maxRead, 4);
    body.set(fileId, 16);
    const r = await this.request(Command.READ, body, {
      treeId,
      accept: [SmbStatus.STATUS_BUFFER_OVERFLOW],
      untimed: true,
      ...(onMessageId ? { onMessageId } : {}),
    });
    return { data: dataAt(r, 2, 4), more: r.header.status === SmbStatus.STATUS_BUFFER_OVERFLOW };
  }

  /** FSCTL_PIPE_TRANSCEIVE: writes one message and returns the whole reply message. */
  async transceive(treeId: number, fileId: Uint8Array, data: Uint8Array): Promise<Buffer> {
    if (data.length > this.maxTransact)
      throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, Command.IOCTL, 'transceive input too large');
    const body = Buffer.alloc(56 + data.length);
    body.writeUInt16LE(57, 0);
    body.writeUInt32LE(Fsctl.PIPE_TRANSCEIVE, 4);
    body.set(fileId, 8);
    body.writeUInt32LE(HEADER_SIZE + 56, 24);
    body.writeUInt32LE(data.length, 28);
    body.writeUInt32LE(this.maxTransact, 44);
    body.writeUInt32LE(IOCTL_IS_FSCTL, 48);
    body.set(data, 56);
    const r = await this.request(Command.IOCTL, body, {
      treeId,
      accept: [SmbStatus.STATUS_BUFFER_OVERFLOW],
      untimed: true,
    });
    const parts = [dataAt(r, 32, 36)];
    let more = r.header.status === SmbStatus.STATUS_BUFFER_OVERFLOW;
    while (more) {
      const next = await this.read(treeId, fileId);
      parts.push(next.data);
      more = next.more;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  async closeFile(treeId: number, fileId: Uint8Array): Promise<void> {
    const body = Buffer.alloc(24);
    body.writeUInt16LE(24, 0);
    body.set(fileId, 8);
    await this.request(Command.CLOSE, body, { treeId });
  }

  /** Asks the server to finish an outstanding (async) request with STATUS_CANCELLED. */
  cancel(messageId: bigint): void {
    const w = this.waiting.get(messageId);
    if (!w || this.failure) return;
    const b = this.header(Command.CANCEL, 0, 0n);
    b.writeBigUInt64LE(messageId, 24);
    if (w.asyncId !== undefined) {
      b.writeUInt32LE(HeaderFlag.ASYNC_COMMAND, 16);
      b.writeBigUInt64LE(w.asyncId, 32);
    }
    const msg = Buffer.concat([b, smallBody(4)]);
    this.transmit(msg, false);
  }

  /** Closes every pipe, logs off and closes the connection. */
  async close(): Promise<void> {
    if (this.failure) return;
    for (const p of [...this.pipes]) p.destroy();
    try {
      if (this.sessionId !== 0n) await this.request(Command.LOGOFF, smallBody(4));
    } catch {
      // The connection goes away regardless.
    }
    this.socket.end();
    this.fail(
      new Smb2Error(SmbStatus.STATUS_USER_SESSION_DELETED, Command.LOGOFF, 'SMB2 client closed'),
      false,
    );
  }

  /** Sends one request and waits for its final response; non-success statuses throw Smb2Error. */
  async request(command: number, body: Uint8Array, o: RequestOptions = {}): Promise<Smb2Response> {
    if (this.failure) throw this.failure;
    await this.takeCredit();
    if (this.failure) throw this.failure;
    const messageId = this.nextMessageId++;
    const b = this.header(command, o.treeId ?? 0, messageId);
    const msg = Buffer.concat([b, body]);
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT;
    const response = new Promise<Smb2Response>((resolve, reject) => {
      const timer = o.untimed
        ? undefined
        : setTimeout(() => {
            this.waiting.delete(messageId);
            reject(new Smb2Error(SmbStatus.STATUS_CANCELLED, command, `SMB2 command ${command} timed out`));
          }, timeoutMs);
      this.waiting.set(messageId, { command, resolve, reject, timer, pending: false });
    });
    o.onMessageId?.(messageId);
    this.transmit(msg, o.raw === true);
    o.onSent?.(msg);
    const r = await response;
    const status = r.header.status;
    if (status !== SmbStatus.STATUS_SUCCESS && !(o.accept ?? []).includes(status))
      throw new Smb2Error(status, command);
    return r;
  }

  private header(command: number, treeId: number, messageId: bigint): Buffer {
    const b = Buffer.alloc(HEADER_SIZE);
    b.writeUInt32LE(HEADER_PROTOCOL_ID, 0);
    b.writeUInt16LE(HEADER_SIZE, 4);
    b.writeUInt16LE(this.largeMtu && command !== Command.CANCEL ? 1 : 0, 6);
    b.writeUInt16LE(command, 12);
    b.writeUInt16LE(CREDITS_WANTED, 14);
    b.writeBigUInt64LE(messageId, 24);
    b.writeUInt32LE(treeId, 36);
    b.writeBigUInt64LE(this.sessionId, 40);
    return b;
  }

  private transmit(msg: Buffer, raw: boolean): void {
    if (!raw && this.keys && this.encrypting && this.cipher !== undefined) {
      this.opts.onRequest?.(msg);
      const nonce = randomBytes(16);
      // A counter in the nonce rules out reuse under one key regardless of the RNG.
      nonce.writeBigUInt64LE((this.nonceCounter + this.nonceSeq++) & 0xffffffffffffffffn, 0);
      this.socket.write(
        frame(encryptMessage(this.cipher, this.keys.decryptionKey, this.sessionId, nonce, msg)),
      );
      return;
    }
    if (!raw && this.keys) {
      msg.writeUInt32LE(msg.readUInt32LE(16) | HeaderFlag.SIGNED, 16);
      signMessage(this.dialect, this.keys.signingKey, msg);
    }
    this.opts.onRequest?.(msg);
    this.socket.write(frame(msg));
  }

  private takeCredit(): Promise<void> | undefined {
    if (this.credits > 0) {
      this.credits--;
      return undefined;
    }
    return new Promise<void>((resolve) =>
      this.creditWaiters.push(() => {
        this.credits--;
        resolve();
      }),
    );
  }

  private addCredits(n: number): void {
    this.credits += n;
    while (this.credits > 0 && this.creditWaiters.length > 0) this.creditWaiters.shift()!();
  }

  private onData(d: Buffer): void {
    let frames: Uint8Array[];
    try {
      frames = this.deframer.push(d);
    } catch (err) {
      this.fail(err);
      this.socket.destroy();
      return;
    }
    for (const f of frames) {
      if (this.failure) return;
      try {
        this.onFrame(f);
      } catch (err) {
        this.fail(
          err instanceof Smb2Error
            ? err
            : new Smb2Error(
                SmbStatus.STATUS_INVALID_PARAMETER,
                -1,
                `bad SMB2 response: ${(err as Error).message}`,
              ),
        );
        this.socket.destroy();
        return;
      }
    }
  }

  private onFrame(f: Uint8Array): void {
    let plain = f;
    let wasEncrypted = false;
    const transform = parseTransformHeader(f);
    if (transform) {
      if (!this.keys || this.cipher === undefined || transform.sessionId !== this.sessionId)
        throw new Smb2Error(SmbStatus.STATUS_ACCESS_DENIED, -1, 'encrypted response for no known session');
      const dec = decryptMessage(this.cipher, this.keys.encryptionKey, f);
      if (!dec) throw new Smb2Error(SmbStatus.STATUS_ACCESS_DENIED, -1, 'SMB2 response does not decrypt');
      plain = dec;
      wasEncrypted = true;
    }
    let off = 0;
    for (;;) {
      const rest = plain.subarray(off);
      const hdr = parseHeader(rest);
      if (hdr.nextCommand !== 0 && (hdr.nextCommand < HEADER_SIZE || hdr.nextCommand > rest.length))
        throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, hdr.command, 'bad compound response offset');
      const one = Buffer.from(hdr.nextCommand ? rest.subarray(0, hdr.nextCommand) : rest);
      this.onResponse(one, wasEncrypted);
      if (hdr.nextCommand === 0) return;
      off += hdr.nextCommand;
    }
  }

  private onResponse(msg: Buffer, wasEncrypted: boolean): void {
    this.opts.onResponse?.(msg);
    const hdr = parseHeader(msg);
    if (!(hdr.flags & HeaderFlag.SERVER_TO_REDIR))
      throw new Smb2Error(
        SmbStatus.STATUS_INVALID_PARAMETER,
        hdr.command,
        'request received from the server',
      );
    const w = this.waiting.get(hdr.messageId);
    // [MS-SMB2] 3.2.5.1.3: a signed response must verify; on a signing session unsigned ones
    // (other than interim STATUS_PENDING) are refused too. Either way the session is not trusted.
    if (!wasEncrypted && this.keys && hdr.sessionId === this.sessionId && hdr.sessionId !== 0n) {
      const signed = (hdr.flags & HeaderFlag.SIGNED) !== 0;
      const interim = hdr.status === SmbStatus.STATUS_PENDING && (hdr.flags & HeaderFlag.ASYNC_COMMAND) !== 0;
      const unsignedOk = interim || UNSIGNED_ERRORS.has(hdr.status);
      if (
        signed
          ? !verifySignature(this.dialect, this.keys.signingKey, msg)
          : !unsignedOk && this.signingRequired
      )
        throw new Smb2Error(
          SmbStatus.STATUS_ACCESS_DENIED,
          hdr.command,
          `SMB2 response to command ${hdr.command} failed signature verification`,
        );
    } else if (
      !wasEncrypted &&
      this.encrypting &&
      hdr.sessionId === this.sessionId &&
      hdr.command !== Command.CANCEL
    ) {
      throw new Smb2Error(
        SmbStatus.STATUS_ACCESS_DENIED,
        hdr.command,
        'unencrypted response on an encrypted session',
      );
    }
    this.addCredits(hdr.credits);
    if (!w) return; // a late answer to a request we gave up on
    if (w.command !== hdr.command)
      throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, hdr.command, 'response to a different command');
    if (hdr.status === SmbStatus.STATUS_PENDING && hdr.flags & HeaderFlag.ASYNC_COMMAND) {
      w.asyncId = hdr.asyncId;
      w.pending = true;
      return;
    }
    this.waiting.delete(hdr.messageId);
    if (w.timer) clearTimeout(w.timer);
    w.resolve({ header: hdr, message: msg, body: msg.subarray(HEADER_SIZE) });
  }

  /** Ends the client; pipes see `err` unless the connection simply closed. */
  private fail(err: unknown, pipesSeeError = true): void {
    if (this.failure) return;
    this.failure = err instanceof Error ? err : new Error(String(err));
    for (const w of this.waiting.values()) {
      if (w.timer) clearTimeout(w.timer);
      w.reject(this.failure);
    }
    this.waiting.clear();
    for (const c of this.creditWaiters.splice(0)) c();
    for (const p of [...this.pipes]) p.destroy(pipesSeeError ? this.failure : undefined);
    this.socket.destroy();
  }

  private requireEncryption(): void {
    if (this.encrypting) return;
    if (this.opts.encrypt === 'never' || this.cipher === undefined)
      throw new Smb2Error(
        SmbStatus.STATUS_ACCESS_DENIED,
        Command.SESSION_SETUP,
        'server requires encryption',
      );
    this.encrypting = true;
  }

  private async negotiate(): Promise<void> {
    const dialects = this.opts.dialects ?? SUPPORTED_DIALECTS;
    if (dialects.length === 0 || dialects.some((d) => !SUPPORTED_DIALECTS.includes(d)))
      throw new Smb2Error(SmbStatus.STATUS_NOT_SUPPORTED, Command.NEGOTIATE, 'unsupported dialect offered');
    const wantsEncryption = this.opts.encrypt !== 'never';
    const contexts: Buffer[] = [];
    if (dialects.includes(Dialect.SMB311)) {
      contexts.push(
        negContext(
          NegotiateContextType.PREAUTH_INTEGRITY,
          Buffer.concat([u16s([1, 32, 1]), randomBytes(32)]),
        ),
      );
      const ciphers = this.opts.ciphers ?? [Cipher.AES_128_GCM, Cipher.AES_128_CCM];
      if (wantsEncryption && ciphers.length > 0)
        contexts.push(negContext(NegotiateContextType.ENCRYPTION, u16s([ciphers.length, ...ciphers])));
    }
    const fixed = Buffer.alloc(36 + dialects.length * 2);
    fixed.writeUInt16LE(36, 0);
    fixed.writeUInt16LE(dialects.length, 2);
    fixed.writeUInt16LE(
      SecurityMode.SIGNING_ENABLED | (this.opts.requireSigning ? SecurityMode.SIGNING_REQUIRED : 0),
      4,
    );
    fixed.writeUInt32LE(Capability.LARGE_MTU | (wantsEncryption ? Capability.ENCRYPTION : 0), 8);
    randomBytes(16).copy(fixed, 12);
    dialects.forEach((d, i) => fixed.writeUInt16LE(d, 36 + i * 2));
    // Kept for FSCTL_VALIDATE_NEGOTIATE_INFO (3.0 / 3.0.2), which replays them signed.
    this.negotiated.request =
      Buffer.from(fixed.subarray(8, 28)).toString('hex') + fixed.subarray(4, 6).toString('hex');
    this.negotiated.dialects = [...dialects];
    let body = fixed;
    if (contexts.length > 0) {
      const at = (HEADER_SIZE + fixed.length + 7) & ~7;
      const parts: Buffer[] = [fixed, Buffer.alloc(at - HEADER_SIZE - fixed.length)];
      contexts.forEach((c, i) => {
        parts.push(c);
        if (i < contexts.length - 1) parts.push(Buffer.alloc(((c.length + 7) & ~7) - c.length));
      });
      body = Buffer.concat(parts);
      body.writeUInt32LE(at, 28);
      body.writeUInt16LE(contexts.length, 32);
    }
    let sent: Uint8Array = new Uint8Array(0);
    const r = await this.request(Command.NEGOTIATE, body, { raw: true, onSent: (m) => (sent = m) });
    const rb = r.body;
    if (rb.length < 64)
      throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, Command.NEGOTIATE, 'short NEGOTIATE response');
    const dialect = rb.readUInt16LE(4);
    if (!dialects.includes(dialect))
      throw new Smb2Error(
        SmbStatus.STATUS_NOT_SUPPORTED,
        Command.NEGOTIATE,
        `server chose dialect 0x${dialect.toString(16)} we did not offer`,
      );
    this.dialect = dialect;
    this.largeMtu = dialect !== Dialect.SMB202;
    this.negotiated.response = {
      capabilities: rb.readUInt32LE(24),
      guid: Buffer.from(rb.subarray(8, 24)),
      securityMode: rb.readUInt16LE(2),
    };
    this.maxTransact = clampIo(rb.readUInt32LE(28));
    this.maxRead = clampIo(rb.readUInt32LE(32));
    this.maxWrite = clampIo(rb.readUInt32LE(36));
    if (dialect === Dialect.SMB311) {
      this.preauth = preauthStep(preauthStep(new Uint8Array(64), sent), r.message);
      let pos = rb.readUInt32LE(60);
      const count = rb.readUInt16LE(6);
      const m = r.message;
      let sawPreauth = false;
      for (let i = 0; i < count; i++) {
        pos = (pos + 7) & ~7;
        if (pos + 8 > m.length)
          throw new Smb2Error(
            SmbStatus.STATUS_INVALID_PARAMETER,
            Command.NEGOTIATE,
            'negotiate context beyond the message',
          );
        const type = m.readUInt16LE(pos);
        const len = m.readUInt16LE(pos + 2);
        if (pos + 8 + len > m.length)
          throw new Smb2Error(
            SmbStatus.STATUS_INVALID_PARAMETER,
            Command.NEGOTIATE,
            'negotiate context beyond the message',
          );
        if (type === NegotiateContextType.PREAUTH_INTEGRITY) sawPreauth = true;
        if (type === NegotiateContextType.ENCRYPTION && len >= 4 && m.readUInt16LE(pos + 8) === 1) {
          const c = m.readUInt16LE(pos + 10);
          if (c === Cipher.AES_128_CCM || c === Cipher.AES_128_GCM) this.cipher = c;
        }
        pos += 8 + len;
      }
      if (!sawPreauth)
        throw new Smb2Error(
          SmbStatus.STATUS_INVALID_PARAMETER,
          Command.NEGOTIATE,
          '3.1.1 response without preauth integrity',
        );
    } else if (dialect >= Dialect.SMB300 && wantsEncryption && rb.readUInt32LE(24) & Capability.ENCRYPTION) {
      this.cipher = Cipher.AES_128_CCM;
    }
    if (this.opts.encrypt === 'required' && this.cipher === undefined)
      throw new Smb2Error(
        SmbStatus.STATUS_NOT_SUPPORTED,
        Command.NEGOTIATE,
        'encryption required but the server offers none',
      );
  }

  /**
   * [MS-SMB2] 3.2.5.5: on a signed 3.0 / 3.0.2 session, replay what NEGOTIATE said so a
   * man-in-the-middle who downgraded it is caught (the answer is signed with the session key).
   */
  private async validateNegotiate(treeId: number): Promise<void> {
    if (this.validated || !this.keys || this.encrypting) return;
    if (this.dialect !== Dialect.SMB300 && this.dialect !== Dialect.SMB302) return;
    this.validated = true;
    const sent = Buffer.from(this.negotiated.request, 'hex');
    const input = Buffer.alloc(24 + 2 * this.negotiated.dialects.length);
    sent.copy(input, 0, 0, 20); // Capabilities, ClientGuid
    sent.copy(input, 20, 20, 22); // SecurityMode
    input.writeUInt16LE(this.negotiated.dialects.length, 22);
    this.negotiated.dialects.forEach((d, i) => input.writeUInt16LE(d, 24 + 2 * i));
    const body = Buffer.alloc(56 + input.length);
    body.writeUInt16LE(57, 0);
    body.writeUInt32LE(Fsctl.VALIDATE_NEGOTIATE_INFO, 4);
    body.fill(0xff, 8, 24);
    body.writeUInt32LE(HEADER_SIZE + 56, 24);
    body.writeUInt32LE(input.length, 28);
    body.writeUInt32LE(24, 44);
    body.writeUInt32LE(IOCTL_IS_FSCTL, 48);
    input.copy(body, 56);
    const r = await this.request(Command.IOCTL, body, { treeId });
    const out = dataAt(r, 32, 36);
    const expect = this.negotiated.response;
    if (
      out.length < 24 ||
      !expect ||
      out.readUInt32LE(0) !== expect.capabilities ||
      !out.subarray(4, 20).equals(expect.guid) ||
      out.readUInt16LE(20) !== expect.securityMode ||
      out.readUInt16LE(22) !== this.dialect
    ) {
      const err = new Smb2Error(
        SmbStatus.STATUS_ACCESS_DENIED,
        Command.IOCTL,
        'VALIDATE_NEGOTIATE_INFO mismatch',
      );
      this.fail(err);
      throw err;
    }
  }

  private newAuthContext(): SecurityContext {
    const c = this.opts.credentials;
    const workstation =
      c.workstation ?? ((os.hostname().split('.')[0] ?? '').toUpperCase().slice(0, 15) || 'WINRPC');
    const initiator = c.anonymous
      ? { user: '', domain: '', password: '', anonymous: true, workstation }
      : {
          user: c.user,
          domain: c.domain,
          workstation,
          ...(c.ntHash ? { ntHash: c.ntHash } : { password: c.password ?? '' }),
        };
    return new SpnegoInitiator({ mechanisms: [ntlmMechanism({ initiator })] });
  }

  private async sessionSetup(): Promise<void> {
    const auth = this.newAuthContext();
    let token = auth.step().output ?? new Uint8Array(0);
    let preauth = this.preauth;
    const securityMode =
      SecurityMode.SIGNING_ENABLED | (this.opts.requireSigning ? SecurityMode.SIGNING_REQUIRED : 0);
    for (let leg = 0; leg < MAX_AUTH_LEGS; leg++) {
      const body = Buffer.alloc(24 + token.length);
      body.writeUInt16LE(25, 0);
      body.writeUInt8(securityMode, 3);
      body.writeUInt16LE(HEADER_SIZE + 24, 12);
      body.writeUInt16LE(token.length, 14);
      body.set(token, 24);
      const r = await this.request(Command.SESSION_SETUP, body, {
        raw: true,
        accept: [SmbStatus.STATUS_MORE_PROCESSING_REQUIRED],
        onSent: (m) => (preauth = preauthStep(preauth, m)),
      });
      this.sessionId = r.header.sessionId;
      if (r.body.length < 8)
        throw new Smb2Error(
          SmbStatus.STATUS_INVALID_PARAMETER,
          Command.SESSION_SETUP,
          'short SESSION_SETUP response',
        );
      const out = bufferAt(r, 4, 6);
      if (r.header.status === SmbStatus.STATUS_MORE_PROCESSING_REQUIRED) {
        preauth = preauthStep(preauth, r.message);
        token = auth.step(out).output ?? new Uint8Array(0);
        continue;
      }
      if (out.length > 0 && !auth.complete) auth.step(out);
      const flags = r.body.readUInt16LE(2);
      if (flags & (SessionFlag.IS_NULL | SessionFlag.IS_GUEST) || !auth.sessionKey) {
        // A null or guest session has no key: nothing can be signed or encrypted.
        if (this.opts.encrypt === 'required' || this.opts.requireSigning)
          throw new Smb2Error(
            SmbStatus.STATUS_ACCESS_DENIED,
            Command.SESSION_SETUP,
            'anonymous session cannot sign or encrypt',
          );
        return;
      }
      this.sessionKey = auth.sessionKey.subarray(0, 16);
      const keys = deriveSessionKeys(this.dialect, this.sessionKey, preauth);
      if (r.header.flags & HeaderFlag.SIGNED) {
        if (!verifySignature(this.dialect, keys.signingKey, r.message))
          throw new Smb2Error(
            SmbStatus.STATUS_ACCESS_DENIED,
            Command.SESSION_SETUP,
            'SESSION_SETUP response signature does not verify',
          );
      } else if (this.dialect >= Dialect.SMB311) {
        throw new Smb2Error(
          SmbStatus.STATUS_ACCESS_DENIED,
          Command.SESSION_SETUP,
          'final 3.1.1 SESSION_SETUP response is not signed',
        );
      }
      this.keys = keys;
      // We sign every request, so every answer on the session must come back signed.
      this.signingRequired = true;
      if (flags & SessionFlag.ENCRYPT_DATA) this.requireEncryption();
      else if (this.cipher !== undefined && this.opts.encrypt !== 'never') this.encrypting = true;
      return;
    }
    throw new Smb2Error(SmbStatus.STATUS_LOGON_FAILURE, Command.SESSION_SETUP, 'too many SESSION_SETUP legs');
  }
}

function negContext(type: number, data: Buffer): Buffer {
  const b = Buffer.alloc(8 + data.length);
  b.writeUInt16LE(type, 0);
  b.writeUInt16LE(data.length, 2);
  data.copy(b, 8);
  return b;
}

function u16s(values: readonly number[]): Buffer {
  const b = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => b.writeUInt16LE(v, i * 2));
  return b;
}

export function smallBody(size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt16LE(size, 0);
  return b;
}

function clampIo(n: number): number {
  return Math.max(1024, Math.min(n || MAX_IO, MAX_IO));
}

/** Bytes at the (16-bit offset, 16-bit length) pair in the body, bounded by the message. */
function bufferAt(r: Smb2Response, offAt: number, lenAt: number): Buffer {
  if (r.body.length < Math.max(offAt + 2, lenAt + 2)) return Buffer.alloc(0);
  const off = r.body.readUInt16LE(offAt);
  const len = r.body.readUInt16LE(lenAt);
  if (len === 0) return Buffer.alloc(0);
  if (off < HEADER_SIZE || off + len > r.message.length)
    throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, r.header.command, 'buffer beyond the response');
  return r.message.subarray(off, off + len);
}

/** Data at a (offset, 32-bit length) pair: READ uses an 8-bit offset, IOCTL a 32-bit one. */
function dataAt(r: Smb2Response, offAt: number, lenAt: number): Buffer {
  const b = r.body;
  if (b.length < lenAt + 4)
    throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, r.header.command, 'short response');
  const off = offAt === 2 ? b.readUInt8(2) : b.readUInt32LE(offAt);
  const len = b.readUInt32LE(lenAt);
  if (len === 0) return Buffer.alloc(0);
  if (off < HEADER_SIZE || off + len > r.message.length)
    throw new Smb2Error(SmbStatus.STATUS_INVALID_PARAMETER, r.header.command, 'data beyond the response');
  return r.message.subarray(off, off + len);
}
