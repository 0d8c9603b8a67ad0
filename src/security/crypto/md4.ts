/**
 * MD4 message digest ([RFC1320]). NTLM's NTOWF is MD4 over the UTF-16LE password, and Node 20's
 * OpenSSL 3 only offers MD4 through the legacy provider, which is not loaded by default.
 */

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

// Round 2 and 3 constants from RFC 1320 section 3.4 (sqrt(2) and sqrt(3) scaled).
const K2 = 0x5a827999;
const K3 = 0x6ed9eba1;

const R1_SHIFTS = [3, 7, 11, 19];
const R2_SHIFTS = [3, 5, 9, 13];
const R3_SHIFTS = [3, 9, 11, 15];
const R2_ORDER = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];
const R3_ORDER = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];

function compress(state: Uint32Array, x: Uint32Array): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let i = 0; i < 16; i++) {
    const f = (b & c) | (~b & d);
    const t = rotl((a + f + x[i]!) | 0, R1_SHIFTS[i % 4]!);
    a = d;
    d = c;
    c = b;
    b = t;
  }
  for (let i = 0; i < 16; i++) {
    const g = (b & c) | (b & d) | (c & d);
    const t = rotl((a + g + x[R2_ORDER[i]!]! + K2) | 0, R2_SHIFTS[i % 4]!);
    a = d;
    d = c;
    c = b;
    b = t;
  }
  for (let i = 0; i < 16; i++) {
    const h = b ^ c ^ d;
    const t = rotl((a + h + x[R3_ORDER[i]!]! + K3) | 0, R3_SHIFTS[i % 4]!);
    a = d;
    d = c;
    c = b;
    b = t;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
}

/** The 16-byte MD4 digest of `data`. */
export function md4(data: Uint8Array): Uint8Array {
  const bitLength = BigInt(data.length) * 8n;
  const padded = new Uint8Array((((data.length + 8) >> 6) + 1) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setBigUint64(padded.length - 8, bitLength & 0xffffffffffffffffn, true);

  const state = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  const block = new Uint32Array(16);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) block[i] = view.getUint32(off + i * 4, true);
    compress(state, block);
  }
  const out = new Uint8Array(16);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) outView.setUint32(i * 4, state[i]!, true);
  return out;
}
