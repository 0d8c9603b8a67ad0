/**
 * AES-CMAC ([RFC4493]), built on node:crypto's AES-128-ECB. SMB 3 signing needs it and Node's
 * crypto has no CMAC.
 */
import { createCipheriv } from 'node:crypto';

const BLOCK = 16;
const RB = 0x87;

function aesEcb(key: Uint8Array, block: Uint8Array): Uint8Array {
  const c = createCipheriv('aes-128-ecb', key, null);
  c.setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(block), c.final()]));
}

function doubleBlock(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) out[i] = ((b[i]! << 1) | (i + 1 < BLOCK ? b[i + 1]! >>> 7 : 0)) & 0xff;
  if (b[0]! & 0x80) out[BLOCK - 1] ^= RB;
  return out;
}

/** K1 and K2 of RFC 4493 section 2.3 (exported for the subkey test vectors). */
export function cmacSubkeys(key: Uint8Array): { k1: Uint8Array; k2: Uint8Array } {
  const l = aesEcb(key, new Uint8Array(BLOCK));
  const k1 = doubleBlock(l);
  return { k1, k2: doubleBlock(k1) };
}

/** The 16-byte AES-128-CMAC of `message` under the 16-byte `key`. */
export function aesCmac(key: Uint8Array, message: Uint8Array): Uint8Array {
  if (key.length !== BLOCK) throw new RangeError('AES-CMAC key must be 16 bytes');
  const { k1, k2 } = cmacSubkeys(key);
  const blocks = Math.max(1, Math.ceil(message.length / BLOCK));
  const complete = message.length > 0 && message.length % BLOCK === 0;
  const last = new Uint8Array(BLOCK);
  const lastStart = (blocks - 1) * BLOCK;
  if (complete) {
    for (let i = 0; i < BLOCK; i++) last[i] = message[lastStart + i]! ^ k1[i]!;
  } else {
    const rest = message.subarray(lastStart);
    last.set(rest);
    last[rest.length] = 0x80;
    for (let i = 0; i < BLOCK; i++) last[i] ^= k2[i]!;
  }
  // CBC-MAC over all blocks with a zero IV: the last ciphertext block is the tag.
  const c = createCipheriv('aes-128-cbc', key, new Uint8Array(BLOCK));
  c.setAutoPadding(false);
  c.update(message.subarray(0, lastStart));
  const tail = c.update(last);
  c.final();
  return new Uint8Array(tail.subarray(tail.length - BLOCK));
}
