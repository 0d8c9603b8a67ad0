/**
 * SMB2 message protection ([MS-SMB2] 3.1.4): the SP800-108 key derivation, the per-dialect
 * signing algorithms and the AES-128-CCM / AES-128-GCM transform used for encryption.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto';
import { aesCmac } from '../security/crypto/aes-cmac.js';
import { Dialect } from './constants.js';

/** SP800-108 counter-mode KDF with HMAC-SHA256, one block, L = 128 ([MS-SMB2] 3.1.4.2). */
export function smb3Kdf(key: Uint8Array, label: Uint8Array, context: Uint8Array): Uint8Array {
  const h = createHmac('sha256', key);
  h.update(Buffer.from([0, 0, 0, 1]));
  h.update(label);
  h.update(Buffer.from([0]));
  h.update(context);
  h.update(Buffer.from([0, 0, 0, 128]));
  return new Uint8Array(h.digest().subarray(0, 16));
}

const ascii0 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s + '\0', 'latin1'));

export interface SessionKeys {
  readonly signingKey: Uint8Array;
  /** Key the server encrypts with (server → client). */
  readonly encryptionKey: Uint8Array;
  /** Key the server decrypts with (client → server). */
  readonly decryptionKey: Uint8Array;
}

/** Derives the session's keys from the (16-byte) GSS session key for `dialect`. */
export function deriveSessionKeys(
  dialect: number,
  sessionKey: Uint8Array,
  preauthHash?: Uint8Array,
): SessionKeys {
  const key = new Uint8Array(16);
  key.set(sessionKey.subarray(0, 16));
  if (dialect < Dialect.SMB300) return { signingKey: key, encryptionKey: key, decryptionKey: key };
  if (dialect === Dialect.SMB311) {
    if (!preauthHash) throw new Error('SMB 3.1.1 keys need the preauth integrity hash');
    return {
      signingKey: smb3Kdf(key, ascii0('SMBSigningKey'), preauthHash),
      encryptionKey: smb3Kdf(key, ascii0('SMBS2CCipherKey'), preauthHash),
      decryptionKey: smb3Kdf(key, ascii0('SMBC2SCipherKey'), preauthHash),
    };
  }
  return {
    signingKey: smb3Kdf(key, ascii0('SMB2AESCMAC'), ascii0('SmbSign')),
    encryptionKey: smb3Kdf(key, ascii0('SMB2AESCCM'), ascii0('ServerOut')),
    decryptionKey: smb3Kdf(key, ascii0('SMB2AESCCM'), ascii0('ServerIn ')),
  };
}

/** SHA-512(previous ‖ message): one step of the 3.1.1 preauth integrity hash. */
export function preauthStep(previous: Uint8Array, message: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha512').update(previous).update(message).digest());
}

const SIGNATURE_OFFSET = 48;

/** The 16-byte signature of one SMB2 message (header + body, signature field as zeros). */
export function computeSignature(dialect: number, signingKey: Uint8Array, message: Uint8Array): Uint8Array {
  const copy = new Uint8Array(message);
  copy.fill(0, SIGNATURE_OFFSET, SIGNATURE_OFFSET + 16);
  if (dialect >= Dialect.SMB300) return aesCmac(signingKey, copy);
  return new Uint8Array(createHmac('sha256', signingKey).update(copy).digest().subarray(0, 16));
}

/** Signs `message` in place (sets the signature field; the caller has set the SIGNED flag). */
export function signMessage(dialect: number, signingKey: Uint8Array, message: Uint8Array): void {
  message.set(computeSignature(dialect, signingKey, message), SIGNATURE_OFFSET);
}

export function verifySignature(dialect: number, signingKey: Uint8Array, message: Uint8Array): boolean {
  if (message.length < 64) return false;
  const expected = computeSignature(dialect, signingKey, message);
  let diff = 0;
  for (let i = 0; i < 16; i++) diff |= expected[i]! ^ message[SIGNATURE_OFFSET + i]!;
  return diff === 0;
}

export const Cipher = { AES_128_CCM: 1, AES_128_GCM: 2 } as const;
export type CipherId = (typeof Cipher)[keyof typeof Cipher];

export const TRANSFORM_HEADER_SIZE = 52;
const TRANSFORM_PROTOCOL_ID = 0x424d53fd;

function nonceLength(cipher: CipherId): number {
  return cipher === Cipher.AES_128_CCM ? 11 : 12;
}

/** Wraps `plain` (one SMB2 message or compound chain) in a TRANSFORM_HEADER ([MS-SMB2] 2.2.41). */
export function encryptMessage(
  cipher: CipherId,
  key: Uint8Array,
  sessionId: bigint,
  nonce: Uint8Array,
  plain: Uint8Array,
): Uint8Array {
  const out = Buffer.alloc(TRANSFORM_HEADER_SIZE + plain.length);
  out.writeUInt32LE(TRANSFORM_PROTOCOL_ID, 0);
  out.set(nonce.subarray(0, nonceLength(cipher)), 20);
  out.writeUInt32LE(plain.length, 36);
  out.writeUInt16LE(1, 42);
  out.writeBigUInt64LE(sessionId, 44);
  const aad = out.subarray(20, TRANSFORM_HEADER_SIZE);
  const iv = nonce.subarray(0, nonceLength(cipher));
  let enc: Buffer;
  let tag: Buffer;
  if (cipher === Cipher.AES_128_CCM) {
    const c = createCipheriv('aes-128-ccm', key, iv, { authTagLength: 16 });
    c.setAAD(aad, { plaintextLength: plain.length });
    enc = Buffer.concat([c.update(plain), c.final()]);
    tag = c.getAuthTag();
  } else {
    const c = createCipheriv('aes-128-gcm', key, iv);
    c.setAAD(aad);
    enc = Buffer.concat([c.update(plain), c.final()]);
    tag = c.getAuthTag();
  }
  out.set(tag, 4);
  out.set(enc, TRANSFORM_HEADER_SIZE);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

export interface TransformHeader {
  readonly sessionId: bigint;
  readonly originalSize: number;
}

export function parseTransformHeader(frame: Uint8Array): TransformHeader | undefined {
  if (frame.length < TRANSFORM_HEADER_SIZE) return undefined;
  const b = Buffer.from(frame.buffer, frame.byteOffset, frame.length);
  if (b.readUInt32LE(0) !== TRANSFORM_PROTOCOL_ID) return undefined;
  return { originalSize: b.readUInt32LE(36), sessionId: b.readBigUInt64LE(44) };
}

/** Decrypts a transformed frame; undefined when the tag does not verify or sizes disagree. */
export function decryptMessage(cipher: CipherId, key: Uint8Array, frame: Uint8Array): Uint8Array | undefined {
  const hdr = parseTransformHeader(frame);
  if (!hdr || hdr.originalSize !== frame.length - TRANSFORM_HEADER_SIZE) return undefined;
  const iv = frame.subarray(20, 20 + nonceLength(cipher));
  const tag = frame.subarray(4, 20);
  const aad = frame.subarray(20, TRANSFORM_HEADER_SIZE);
  const body = frame.subarray(TRANSFORM_HEADER_SIZE);
  try {
    if (cipher === Cipher.AES_128_CCM) {
      const d = createDecipheriv('aes-128-ccm', key, iv, { authTagLength: 16 });
      d.setAuthTag(tag);
      d.setAAD(aad, { plaintextLength: body.length });
      const out = d.update(body);
      d.final();
      return new Uint8Array(out);
    }
    const d = createDecipheriv('aes-128-gcm', key, iv);
    d.setAuthTag(tag);
    d.setAAD(aad);
    const out = Buffer.concat([d.update(body), d.final()]);
    return new Uint8Array(out);
  } catch {
    return undefined;
  }
}
