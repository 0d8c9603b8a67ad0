/**
 * A deliberately small SMB2 client for the tests: enough to negotiate any dialect, authenticate
 * with SPNEGO/NTLM, sign or encrypt, and drive IPC$ pipes. Independent proof comes from
 * smbclient/rpcclient (interop test); this one exercises edge cases they never send.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { SpnegoInitiator } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { Command, Dialect, HEADER_SIZE, HeaderFlag } from '../../src/smb2/constants.js';
import {
  Cipher,
  type CipherId,
  type SessionKeys,
  decryptMessage,
  deriveSessionKeys,
  encryptMessage,
  preauthStep,
  signMessage,
  verifySignature,
} from '../../src/smb2/crypto.js';
import { NetbiosDeframer, frame } from '../../src/smb2/framing.js';
import { ALICE } from '../security/fixtures.js';

export interface Response {
  readonly status: number;
  readonly command: number;
  readonly flags: number;
  readonly messageId: bigint;
  readonly asyncId: bigint;
  readonly treeId: number;
  readonly sessionId: bigint;
  readonly credits: number;
  readonly body: Buffer;
  readonly raw: Uint8Array;
}

export function parseResponses(plain: Uint8Array): Response[] {
  const out: Response[] = [];
  let off = 0;
  for (;;) {
    const b = Buffer.from(plain.buffer, plain.byteOffset + off, plain.length - off);
    const next = b.readUInt32LE(20);
    const raw = next ? b.subarray(0, next) : b;
    const flags = b.readUInt32LE(16);
    out.push({
      status: b.readUInt32LE(8),
      command: b.readUInt16LE(12),
      credits: b.readUInt16LE(14),
      flags,
      messageId: b.readBigUInt64LE(24),
      asyncId: flags & HeaderFlag.ASYNC_COMMAND ? b.readBigUInt64LE(32) : 0n,
      treeId: flags & HeaderFlag.ASYNC_COMMAND ? 0 : b.readUInt32LE(36),
      sessionId: b.readBigUInt64LE(40),
      body: raw.subarray(HEADER_SIZE),
      raw: new Uint8Array(raw),
    });
    if (!next) return out;
    off += next;
  }
}

export interface RequestOptions {
  readonly treeId?: number;
  readonly flags?: number;
  readonly credits?: number;
  readonly creditCharge?: number;
  readonly messageId?: bigint;
  readonly sign?: boolean;
}

export class TestSmbClient {
  private readonly deframer = new NetbiosDeframer(1 << 24);
  private readonly frames: Uint8Array[] = [];
  private waiting: (() => void) | undefined;
  closed = false;
  nextMessageId = 0n;
  sessionId = 0n;
  dialect = 0;
  cipher: CipherId | undefined;
  keys: SessionKeys | undefined;
  encrypt = false;
  private preauth: Uint8Array = new Uint8Array(64);

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (d) => {
      for (const f of this.deframer.push(d)) this.frames.push(f);
      this.waiting?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.waiting?.();
    });
    socket.on('error', () => undefined);
  }

  static connect(port: number): Promise<TestSmbClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(new TestSmbClient(s)));
      s.once('error', reject);
    });
  }

  writeFrame(payload: Uint8Array): void {
    this.socket.write(frame(payload));
  }

  /** Next frame from the server (decrypted when it carries a transform header). */
  async nextFrame(): Promise<Uint8Array | undefined> {
    while (this.frames.length === 0) {
      if (this.closed) return undefined;
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = undefined;
    }
    const f = this.frames.shift()!;
    if (f[0] === 0xfd) {
      const plain = decryptMessage(this.cipher!, this.keys!.encryptionKey, f);
      if (!plain) throw new Error('response does not decrypt');
      return plain;
    }
    return f;
  }

  async nextResponses(): Promise<Response[]> {
    const f = await this.nextFrame();
    if (!f) throw new Error('connection closed');
    return parseResponses(f);
  }

  /** Waits for the socket to close (true) — used by tests expecting the server to hang up. */
  async closedByServer(): Promise<boolean> {
    while (!this.closed) {
      if (this.frames.length > 0) this.frames.shift();
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = undefined;
    }
    return true;
  }

  build(command: number, body: Uint8Array, o: RequestOptions = {}): Buffer {
    const b = Buffer.alloc(HEADER_SIZE + body.length);
    b.writeUInt32LE(0x424d53fe, 0);
    b.writeUInt16LE(64, 4);
    b.writeUInt16LE(o.creditCharge ?? 1, 6);
    b.writeUInt16LE(command, 12);
    b.writeUInt16LE(o.credits ?? 32, 14);
    b.writeUInt32LE(o.flags ?? 0, 16);
    const mid = o.messageId ?? this.nextMessageId++;
    b.writeBigUInt64LE(mid, 24);
    b.writeUInt32LE(o.treeId ?? 0, 36);
    b.writeBigUInt64LE(this.sessionId, 40);
    b.set(body, HEADER_SIZE);
    if ((o.sign ?? (this.keys !== undefined && !this.encrypt)) && this.keys) {
      b.writeUInt32LE(b.readUInt32LE(16) | HeaderFlag.SIGNED, 16);
      signMessage(this.dialect, this.keys.signingKey, b);
    }
    return b;
  }

  send(msg: Uint8Array): void {
    if (this.encrypt && this.keys && this.cipher !== undefined) {
      this.writeFrame(
        encryptMessage(this.cipher, this.keys.decryptionKey, this.sessionId, randomBytes(16), msg),
      );
    } else this.writeFrame(msg);
  }

  async request(command: number, body: Uint8Array, o: RequestOptions = {}): Promise<Response> {
    this.send(this.build(command, body, o));
    for (;;) {
      const [r] = await this.nextResponses();
      if (r!.status === STATUS_PENDING && r!.flags & HeaderFlag.ASYNC_COMMAND) continue;
      return r!;
    }
  }

  async negotiate(
    dialects: readonly number[],
    opts: { ciphers?: number[]; caps?: number } = {},
  ): Promise<Response> {
    const contexts: Buffer[] = [];
    if (dialects.includes(Dialect.SMB311)) {
      const pre = Buffer.alloc(8 + 38);
      pre.writeUInt16LE(1, 0);
      pre.writeUInt16LE(38, 2);
      pre.writeUInt16LE(1, 8);
      pre.writeUInt16LE(32, 10);
      pre.writeUInt16LE(1, 12);
      randomBytes(32).copy(pre, 14);
      contexts.push(pre);
      const ciphers = opts.ciphers ?? [Cipher.AES_128_GCM, Cipher.AES_128_CCM];
      const enc = Buffer.alloc(8 + 2 + 2 * ciphers.length);
      enc.writeUInt16LE(2, 0);
      enc.writeUInt16LE(2 + 2 * ciphers.length, 2);
      enc.writeUInt16LE(ciphers.length, 8);
      ciphers.forEach((c, i) => enc.writeUInt16LE(c, 10 + 2 * i));
      contexts.push(enc);
    }
    const fixed = Buffer.alloc(36 + dialects.length * 2);
    fixed.writeUInt16LE(36, 0);
    fixed.writeUInt16LE(dialects.length, 2);
    fixed.writeUInt16LE(1, 4);
    fixed.writeUInt32LE(opts.caps ?? 0x40, 8);
    randomBytes(16).copy(fixed, 12);
    dialects.forEach((d, i) => fixed.writeUInt16LE(d, 36 + i * 2));
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
    const req = this.build(Command.NEGOTIATE, body);
    this.send(req);
    const [r] = await this.nextResponses();
    this.dialect = r!.body.readUInt16LE(4);
    if (this.dialect === Dialect.SMB311) {
      this.preauth = preauthStep(preauthStep(new Uint8Array(64), req), r!.raw);
      // Find the chosen cipher in the response contexts.
      let pos = r!.body.readUInt32LE(60);
      const raw = Buffer.from(r!.raw);
      for (let i = 0; i < r!.body.readUInt16LE(6); i++) {
        pos = (pos + 7) & ~7;
        const type = raw.readUInt16LE(pos);
        const len = raw.readUInt16LE(pos + 2);
        if (type === 2) this.cipher = raw.readUInt16LE(pos + 10) as CipherId;
        pos += 8 + len;
      }
    } else if (this.dialect >= Dialect.SMB300 && r!.body.readUInt32LE(24) & 0x40)
      this.cipher = Cipher.AES_128_CCM;
    return r!;
  }

  async sessionSetup(
    creds: { user: string; domain: string; password?: string; anonymous?: boolean } = ALICE,
    securityMode = 1,
  ): Promise<Response> {
    const init = new SpnegoInitiator({
      mechanisms: [ntlmMechanism({ initiator: { ...creds, workstation: 'TESTCLIENT' } })],
    });
    let token: Uint8Array = init.step().output!;
    let preauth: Uint8Array = this.preauth;
    for (;;) {
      const body = Buffer.alloc(24 + token.length);
      body.writeUInt16LE(25, 0);
      body.writeUInt8(securityMode, 3);
      body.writeUInt16LE(HEADER_SIZE + 24, 12);
      body.writeUInt16LE(token.length, 14);
      body.set(token, 24);
      const req = this.build(Command.SESSION_SETUP, body, { sign: false });
      preauth = preauthStep(preauth, req);
      this.writeFrame(req);
      const [r] = await this.nextResponses();
      this.sessionId = r!.sessionId;
      const off = r!.body.readUInt16LE(4);
      const len = r!.body.readUInt16LE(6);
      const out = Buffer.from(r!.raw).subarray(off, off + len);
      if (r!.status === 0xc0000016) {
        preauth = preauthStep(preauth, r!.raw);
        token = init.step(out).output!;
        continue;
      }
      if (r!.status !== 0) return r!;
      if (out.length > 0 && !init.complete) init.step(out);
      // A null session has no key: nothing is signed.
      if (r!.body.readUInt16LE(2) & 2) return r!;
      this.keys = deriveSessionKeys(this.dialect, init.sessionKey!, preauth);
      if (r!.flags & HeaderFlag.SIGNED && !verifySignature(this.dialect, this.keys.signingKey, r!.raw))
        throw new Error('final SESSION_SETUP response signature does not verify');
      return r!;
    }
  }

  async treeConnect(share = '\\\\127.0.0.1\\IPC$'): Promise<Response> {
    const path = Buffer.from(share, 'utf16le');
    const body = Buffer.alloc(8 + path.length);
    body.writeUInt16LE(9, 0);
    body.writeUInt16LE(HEADER_SIZE + 8, 4);
    body.writeUInt16LE(path.length, 6);
    path.copy(body, 8);
    return this.request(Command.TREE_CONNECT, body);
  }

  createBody(name: string): Buffer {
    const n = Buffer.from(name, 'utf16le');
    const body = Buffer.alloc(56 + Math.max(n.length, 1));
    body.writeUInt16LE(57, 0);
    body.writeUInt32LE(2, 4);
    body.writeUInt32LE(0x0012019f, 24);
    body.writeUInt32LE(3, 32);
    body.writeUInt32LE(1, 36);
    body.writeUInt16LE(HEADER_SIZE + 56, 44);
    body.writeUInt16LE(n.length, 46);
    n.copy(body, 56);
    return body;
  }

  async create(treeId: number, name: string): Promise<Response> {
    return this.request(Command.CREATE, this.createBody(name), { treeId });
  }

  writeBody(fileId: Uint8Array, data: Uint8Array): Buffer {
    const body = Buffer.alloc(48 + data.length);
    body.writeUInt16LE(49, 0);
    body.writeUInt16LE(HEADER_SIZE + 48, 2);
    body.writeUInt32LE(data.length, 4);
    body.set(fileId, 16);
    body.set(data, 48);
    return body;
  }

  readBody(fileId: Uint8Array, length: number): Buffer {
    const body = Buffer.alloc(49);
    body.writeUInt16LE(49, 0);
    body.writeUInt32LE(length, 4);
    body.set(fileId, 16);
    return body;
  }

  transceiveBody(fileId: Uint8Array, data: Uint8Array, maxOut: number): Buffer {
    const body = Buffer.alloc(56 + data.length);
    body.writeUInt16LE(57, 0);
    body.writeUInt32LE(0x0011c017, 4);
    body.set(fileId, 8);
    body.writeUInt32LE(HEADER_SIZE + 56, 24);
    body.writeUInt32LE(data.length, 28);
    body.writeUInt32LE(maxOut, 44);
    body.writeUInt32LE(1, 48);
    body.set(data, 56);
    return body;
  }

  closeBody(fileId: Uint8Array): Buffer {
    const body = Buffer.alloc(24);
    body.writeUInt16LE(24, 0);
    body.set(fileId, 8);
    return body;
  }

  end(): void {
    this.socket.destroy();
  }
}

export const STATUS_PENDING = 0x103;

export function fileIdOf(create: Response): Uint8Array {
  return new Uint8Array(create.body.subarray(64, 80));
}

export function smallBody(size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt16LE(size, 0);
  return b;
}
