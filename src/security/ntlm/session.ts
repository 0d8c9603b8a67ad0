/**
 * NTLM session security ([MS-NLMP] 3.4): signing and sealing with per-direction keys, RC4
 * handles that live across messages, and sequence numbers per direction. Extended session
 * security is the normal mode; the older CRC32 scheme exists only for opt-in NTLMv1.
 */
import { crc32 } from 'node:zlib';
import { SecStatus } from '../../errors/status.js';
import { Rc4 } from '../crypto/rc4.js';
import { constantTimeEqual, messageAltered, SecurityError } from '../errors.js';
import { resolveRegion, type Region, type WrapResult } from '../provider.js';
import { NTLM_SIGNATURE_LENGTH, NtlmFlags } from './constants.js';
import { hmacMd5, sealKey, signKey, type Direction } from './keys.js';

export type NtlmRole = 'initiator' | 'acceptor';

interface DirectionState {
  readonly signKey: Uint8Array;
  readonly sealKey: Uint8Array;
  rc4: Rc4;
  seq: number;
}

export class NtlmSessionSecurity {
  private readonly ess: boolean;
  private readonly keyExch: boolean;
  private readonly send: DirectionState;
  private readonly recv: DirectionState;

  constructor(
    readonly flags: number,
    exportedSessionKey: Uint8Array,
    role: NtlmRole,
  ) {
    this.ess = (flags & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY) !== 0;
    this.keyExch = (flags & NtlmFlags.NEGOTIATE_KEY_EXCH) !== 0;
    const out: Direction = role === 'initiator' ? 'client-to-server' : 'server-to-client';
    const inn: Direction = role === 'initiator' ? 'server-to-client' : 'client-to-server';
    const mk = (d: Direction): DirectionState => {
      const seal = sealKey(flags, exportedSessionKey, d);
      return {
        signKey: this.ess ? signKey(exportedSessionKey, d) : new Uint8Array(0),
        sealKey: seal,
        rc4: new Rc4(seal),
        seq: 0,
      };
    };
    this.send = mk(out);
    if (this.ess) {
      this.recv = mk(inn);
    } else {
      // Without extended session security both directions share one key stream and one
      // sequence counter (this is how Windows and Samba interoperate).
      this.recv = this.send;
    }
  }

  /** Restarts the RC4 stream of one direction; SPNEGO needs this after the mechListMIC. */
  resetCipher(which: 'send' | 'recv'): void {
    const d = which === 'send' ? this.send : this.recv;
    d.rc4 = new Rc4(d.sealKey);
  }

  get sendSequence(): number {
    return this.send.seq;
  }

  get recvSequence(): number {
    return this.recv.seq;
  }

  sign(message: Uint8Array, data?: Region): Uint8Array {
    return this.mac(this.send, message, data);
  }

  verify(message: Uint8Array, signature: Uint8Array, data?: Region): void {
    this.checkSignatureShape(signature);
    this.checkSequence(signature);
    const expected = this.mac(this.recv, message, data);
    if (!this.matches(expected, signature)) throw messageAltered('NTLM signature does not match');
  }

  wrap(message: Uint8Array, seal?: Region): WrapResult {
    const r = resolveRegion(message.length, seal);
    const plain = message.subarray(r.offset, r.offset + r.length);
    if (this.ess) {
      // The checksum covers the plaintext; RC4 encrypts the data first, then the checksum.
      const seqBytes = u32(this.send.seq);
      const checksum = hmacMd5(this.send.signKey, seqBytes, message).subarray(0, 8);
      const sealed = this.send.rc4.process(plain);
      const sig = essSignature(this.keyExch ? this.send.rc4.process(checksum) : checksum, seqBytes);
      this.send.seq = (this.send.seq + 1) >>> 0;
      return { sealed, signature: sig };
    }
    const sealed = this.send.rc4.process(plain);
    return { sealed, signature: this.legacyMac(this.send, plain) };
  }

  unwrap(message: Uint8Array, signature: Uint8Array, seal?: Region): Uint8Array {
    const r = resolveRegion(message.length, seal);
    this.checkSignatureShape(signature);
    this.checkSequence(signature);
    const plain = this.recv.rc4.process(message.subarray(r.offset, r.offset + r.length));
    const whole = new Uint8Array(message);
    whole.set(plain, r.offset);
    let expected: Uint8Array;
    if (this.ess) {
      const seqBytes = u32(this.recv.seq);
      const checksum = hmacMd5(this.recv.signKey, seqBytes, whole).subarray(0, 8);
      expected = essSignature(this.keyExch ? this.recv.rc4.process(checksum) : checksum, seqBytes);
      this.recv.seq = (this.recv.seq + 1) >>> 0;
    } else {
      expected = this.legacyMac(this.recv, plain);
    }
    if (!this.matches(expected, signature))
      throw messageAltered('NTLM sealed message failed its signature check');
    return plain;
  }

  private mac(d: DirectionState, message: Uint8Array, data: Region | undefined): Uint8Array {
    if (!this.ess) {
      const r = resolveRegion(message.length, data);
      return this.legacyMac(d, message.subarray(r.offset, r.offset + r.length));
    }
    const seqBytes = u32(d.seq);
    const checksum = hmacMd5(d.signKey, seqBytes, message).subarray(0, 8);
    d.seq = (d.seq + 1) >>> 0;
    return essSignature(this.keyExch ? d.rc4.process(checksum) : checksum, seqBytes);
  }

  /**
   * [MS-NLMP] 3.4.4.1: CRC32 checksum, random pad and sequence all under RC4. The CRC covers
   * only the application data (the PDU body), as Windows and Samba compute it.
   */
  private legacyMac(d: DirectionState, message: Uint8Array): Uint8Array {
    const sig = new Uint8Array(NTLM_SIGNATURE_LENGTH);
    const v = new DataView(sig.buffer);
    v.setUint32(0, 1, true);
    sig.set(d.rc4.process(new Uint8Array(4)), 4);
    sig.set(d.rc4.process(u32(crc32(message) >>> 0)), 8);
    const seqStream = d.rc4.process(new Uint8Array(4));
    v.setUint32(12, (new DataView(seqStream.buffer).getUint32(0, true) ^ d.seq) >>> 0, true);
    d.seq = (d.seq + 1) >>> 0;
    return sig;
  }

  /** The legacy random pad is the sender's choice, so a receiver does not compare it. */
  private matches(expected: Uint8Array, actual: Uint8Array): boolean {
    if (this.ess) return constantTimeEqual(expected, actual);
    return (
      constantTimeEqual(expected.subarray(0, 4), actual.subarray(0, 4)) &&
      constantTimeEqual(expected.subarray(8), actual.subarray(8))
    );
  }

  private checkSignatureShape(signature: Uint8Array): void {
    if (signature.length !== NTLM_SIGNATURE_LENGTH)
      throw messageAltered('NTLM signature has the wrong length');
    if (new DataView(signature.buffer, signature.byteOffset, 4).getUint32(0, true) !== 1) {
      throw messageAltered('NTLM signature has an unknown version');
    }
  }

  /** With extended session security the sequence number travels in clear: check it first. */
  private checkSequence(signature: Uint8Array): void {
    if (!this.ess) return;
    const seq = new DataView(signature.buffer, signature.byteOffset + 12, 4).getUint32(0, true);
    if (seq !== this.recv.seq) {
      throw new SecurityError(
        SecStatus.SEC_E_OUT_OF_SEQUENCE,
        `NTLM sequence number ${seq}, expected ${this.recv.seq}`,
        SecStatus.STATUS_ACCESS_DENIED,
      );
    }
  }
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return b;
}

function essSignature(checksum: Uint8Array, seqBytes: Uint8Array): Uint8Array {
  const sig = new Uint8Array(NTLM_SIGNATURE_LENGTH);
  sig[0] = 1;
  sig.set(checksum, 4);
  sig.set(seqBytes, 12);
  return sig;
}
