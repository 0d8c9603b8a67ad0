/**
 * NTLM key derivation and responses ([MS-NLMP] 3.3 and 3.4.5): NTOWF/LMOWF, NTLMv2 and (opt-in)
 * NTLMv1 responses, KXKEY, SIGNKEY and SEALKEY.
 */
import { createCipheriv, createHash, createHmac } from 'node:crypto';
import { md4 } from '../crypto/md4.js';
import { NtlmFlags } from './constants.js';
import { utf16le } from './messages.js';

export function md5(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

export function hmacMd5(key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const h = createHmac('md5', key);
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The NT hash: MD4 of the UTF-16LE password (NTOWFv1). */
export function ntHashOf(password: string): Uint8Array {
  return md4(utf16le(password));
}

/** NTOWFv2 = LMOWFv2 = HMAC_MD5(NT hash, UNICODE(Uppercase(user) + domain)). */
export function ntowfv2(ntHash: Uint8Array, user: string, domain: string): Uint8Array {
  return hmacMd5(ntHash, utf16le(user.toUpperCase() + domain));
}

/** The NTLMv2_CLIENT_CHALLENGE ("temp") blob ([MS-NLMP] 2.2.2.7 / 3.3.2). */
export function ntlmv2ClientBlob(time: bigint, clientChallenge: Uint8Array, avPairs: Uint8Array): Uint8Array {
  const head = new Uint8Array(28);
  const v = new DataView(head.buffer);
  head[0] = 1; // RespType
  head[1] = 1; // HiRespType
  v.setBigUint64(8, time, true);
  head.set(clientChallenge, 16);
  return concat(head, avPairs, new Uint8Array(4));
}

export interface Ntlmv2Result {
  readonly ntResponse: Uint8Array;
  readonly lmResponse: Uint8Array;
  readonly ntProofStr: Uint8Array;
  readonly sessionBaseKey: Uint8Array;
}

/** ComputeResponse for NTLMv2 ([MS-NLMP] 3.3.2). */
export function ntlmv2Response(
  responseKey: Uint8Array,
  serverChallenge: Uint8Array,
  clientChallenge: Uint8Array,
  blob: Uint8Array,
): Ntlmv2Result {
  const ntProofStr = hmacMd5(responseKey, serverChallenge, blob);
  return {
    ntProofStr,
    ntResponse: concat(ntProofStr, blob),
    lmResponse: concat(hmacMd5(responseKey, serverChallenge, clientChallenge), clientChallenge),
    sessionBaseKey: hmacMd5(responseKey, ntProofStr),
  };
}

// ---- NTLMv1 (only used when explicitly enabled) ----

/** Spreads 7 key bytes over 8 DES key bytes (parity bits ignored by DES). */
function desKey7to8(k: Uint8Array): Uint8Array {
  const out = new Uint8Array(8);
  out[0] = k[0]!;
  out[1] = ((k[0]! << 7) | (k[1]! >>> 1)) & 0xff;
  out[2] = ((k[1]! << 6) | (k[2]! >>> 2)) & 0xff;
  out[3] = ((k[2]! << 5) | (k[3]! >>> 3)) & 0xff;
  out[4] = ((k[3]! << 4) | (k[4]! >>> 4)) & 0xff;
  out[5] = ((k[4]! << 3) | (k[5]! >>> 5)) & 0xff;
  out[6] = ((k[5]! << 2) | (k[6]! >>> 6)) & 0xff;
  out[7] = (k[6]! << 1) & 0xff;
  return out;
}

/**
 * Single DES-ECB of one block with a 7-byte key. OpenSSL 3 keeps single DES in the legacy
 * provider, but two-key EDE with K1 = K2 reduces to single DES and is always available.
 */
export function des7(key7: Uint8Array, block: Uint8Array): Uint8Array {
  const k = desKey7to8(key7);
  const c = createCipheriv('des-ede-ecb', concat(k, k), null);
  c.setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(block), c.final()]));
}

/** DESL(K, D) ([MS-NLMP] 6). */
export function desl(key16: Uint8Array, data: Uint8Array): Uint8Array {
  const k = concat(key16, new Uint8Array(5));
  return concat(des7(k.subarray(0, 7), data), des7(k.subarray(7, 14), data), des7(k.subarray(14, 21), data));
}

/** LMOWFv1: DES("KGS!@#$%") under the uppercased, 14-byte OEM password. */
export function lmowfv1(password: string): Uint8Array {
  const p = new Uint8Array(14);
  p.set(Buffer.from(password.toUpperCase(), 'latin1').subarray(0, 14));
  const magic = new Uint8Array(Buffer.from('KGS!@#$%', 'latin1'));
  return concat(des7(p.subarray(0, 7), magic), des7(p.subarray(7, 14), magic));
}

export interface Ntlmv1Result {
  readonly ntResponse: Uint8Array;
  readonly lmResponse: Uint8Array;
  readonly sessionBaseKey: Uint8Array;
}

/** ComputeResponse for NTLMv1 ([MS-NLMP] 3.3.1), with or without extended session security. */
export function ntlmv1Response(
  ntHash: Uint8Array,
  lmHash: Uint8Array,
  serverChallenge: Uint8Array,
  clientChallenge: Uint8Array,
  ess: boolean,
): Ntlmv1Result {
  const sessionBaseKey = md4(ntHash);
  if (ess) {
    const ch = md5(serverChallenge, clientChallenge).subarray(0, 8);
    return {
      ntResponse: desl(ntHash, ch),
      lmResponse: concat(clientChallenge, new Uint8Array(16)),
      sessionBaseKey,
    };
  }
  return {
    ntResponse: desl(ntHash, serverChallenge),
    lmResponse: desl(lmHash, serverChallenge),
    sessionBaseKey,
  };
}

// ---- session keys ----

/** KXKEY ([MS-NLMP] 3.4.5.1). */
export function kxkey(
  flags: number,
  sessionBaseKey: Uint8Array,
  lmResponse: Uint8Array,
  serverChallenge: Uint8Array,
  lmHash: Uint8Array | undefined,
  v2: boolean,
): Uint8Array {
  if (v2) return sessionBaseKey;
  if (flags & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY) {
    return hmacMd5(sessionBaseKey, serverChallenge, lmResponse.subarray(0, 8));
  }
  if (flags & NtlmFlags.NEGOTIATE_LM_KEY && lmHash) {
    const k = concat(lmHash.subarray(0, 8), new Uint8Array([0xbd, 0xbd, 0xbd, 0xbd, 0xbd, 0xbd]));
    const l8 = lmResponse.subarray(0, 8);
    return concat(des7(k.subarray(0, 7), l8), des7(k.subarray(7, 14), l8));
  }
  if (flags & NtlmFlags.REQUEST_NON_NT_SESSION_KEY && lmHash)
    return concat(lmHash.subarray(0, 8), new Uint8Array(8));
  return sessionBaseKey;
}

const magic = (s: string) => new Uint8Array(Buffer.from(s + '\0', 'latin1'));
const CLIENT_SIGN = magic('session key to client-to-server signing key magic constant');
const SERVER_SIGN = magic('session key to server-to-client signing key magic constant');
const CLIENT_SEAL = magic('session key to client-to-server sealing key magic constant');
const SERVER_SEAL = magic('session key to server-to-client sealing key magic constant');

export type Direction = 'client-to-server' | 'server-to-client';

/** SIGNKEY ([MS-NLMP] 3.4.5.2); only defined with extended session security. */
export function signKey(exportedSessionKey: Uint8Array, dir: Direction): Uint8Array {
  return md5(exportedSessionKey, dir === 'client-to-server' ? CLIENT_SIGN : SERVER_SIGN);
}

/** SEALKEY ([MS-NLMP] 3.4.5.3). */
export function sealKey(flags: number, exportedSessionKey: Uint8Array, dir: Direction): Uint8Array {
  if (flags & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY) {
    const len = flags & NtlmFlags.NEGOTIATE_128 ? 16 : flags & NtlmFlags.NEGOTIATE_56 ? 7 : 5;
    return md5(exportedSessionKey.subarray(0, len), dir === 'client-to-server' ? CLIENT_SEAL : SERVER_SEAL);
  }
  if (flags & NtlmFlags.NEGOTIATE_LM_KEY || flags & NtlmFlags.NEGOTIATE_DATAGRAM) {
    if (flags & NtlmFlags.NEGOTIATE_56)
      return concat(exportedSessionKey.subarray(0, 7), new Uint8Array([0xa0]));
    return concat(exportedSessionKey.subarray(0, 5), new Uint8Array([0xe5, 0x38, 0xb0]));
  }
  return exportedSessionKey;
}
