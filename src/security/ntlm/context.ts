/** What NTLM initiator and acceptor share: state after the handshake and message protection. */
import { SecStatus } from '../../errors/status.js';
import { SecurityError } from '../errors.js';
import type { Region, SecurityContext, SecurityIdentity, StepResult, WrapResult } from '../provider.js';
import { NTLM_SIGNATURE_LENGTH, NtlmFlags } from './constants.js';
import { NtlmSessionSecurity, type NtlmRole } from './session.js';

export abstract class NtlmContextBase implements SecurityContext {
  readonly mechanism = 'NTLM';
  readonly signatureLength = NTLM_SIGNATURE_LENGTH;
  protected session: NtlmSessionSecurity | undefined;
  protected exportedSessionKey: Uint8Array | undefined;
  protected peerIdentity: SecurityIdentity | undefined;
  /** NegotiateFlags in force once complete. */
  negotiatedFlags = 0;

  constructor(readonly role: NtlmRole) {}

  abstract step(input?: Uint8Array): StepResult;

  get complete(): boolean {
    return this.session !== undefined;
  }

  get sessionKey(): Uint8Array | undefined {
    return this.exportedSessionKey;
  }

  get identity(): SecurityIdentity | undefined {
    return this.peerIdentity;
  }

  get integrity(): boolean {
    return (this.negotiatedFlags & (NtlmFlags.NEGOTIATE_SIGN | NtlmFlags.NEGOTIATE_SEAL)) !== 0;
  }

  get confidentiality(): boolean {
    return (this.negotiatedFlags & NtlmFlags.NEGOTIATE_SEAL) !== 0;
  }

  protected establish(flags: number, exportedSessionKey: Uint8Array): void {
    this.negotiatedFlags = flags;
    this.exportedSessionKey = exportedSessionKey;
    this.session = new NtlmSessionSecurity(flags, exportedSessionKey, this.role);
  }

  private ready(needSeal: boolean): NtlmSessionSecurity {
    if (!this.session)
      throw new SecurityError(SecStatus.SEC_E_INVALID_HANDLE, 'NTLM context is not complete');
    if (needSeal ? !this.confidentiality : !this.integrity) {
      throw new SecurityError(SecStatus.SEC_E_UNSUPPORTED_FUNCTION, 'protection level was not negotiated');
    }
    return this.session;
  }

  sign(message: Uint8Array, data?: Region): Uint8Array {
    return this.ready(false).sign(message, data);
  }

  verify(message: Uint8Array, signature: Uint8Array, data?: Region): void {
    this.ready(false).verify(message, signature, data);
  }

  wrap(message: Uint8Array, seal?: Region): WrapResult {
    return this.ready(true).wrap(message, seal);
  }

  unwrap(message: Uint8Array, signature: Uint8Array, seal?: Region): Uint8Array {
    return this.ready(true).unwrap(message, signature, seal);
  }

  mechListMicDone(which: 'send' | 'recv'): void {
    this.session?.resetCipher(which);
  }
}

/** The current time as a FILETIME (100 ns ticks since 1601-01-01 UTC). */
export function filetimeNow(): bigint {
  return BigInt(Date.now()) * 10000n + 116444736000000000n;
}
