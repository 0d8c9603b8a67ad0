/**
 * The one error type security providers throw. `status` is an SSPI SEC_E_* code from
 * SecStatus; `ntStatus` is the NTSTATUS an SMB or RPC caller reports for the same refusal
 * (a failed logon is SEC_E_LOGON_DENIED to SSPI but STATUS_LOGON_FAILURE on the wire).
 */
import { SecStatus, statusName } from '../errors/status.js';

export class SecurityError extends Error {
  readonly status: number;
  readonly ntStatus: number | undefined;

  constructor(status: number, message: string, ntStatus?: number) {
    super(`${message} [${statusName(status)}]`);
    this.name = 'SecurityError';
    this.status = status;
    this.ntStatus = ntStatus;
  }
}

/** A malformed or unexpected token. */
export function invalidToken(message: string): SecurityError {
  return new SecurityError(SecStatus.SEC_E_INVALID_TOKEN, message, SecStatus.STATUS_INVALID_PARAMETER);
}

/** Credentials did not check out. */
export function logonDenied(message: string): SecurityError {
  return new SecurityError(SecStatus.SEC_E_LOGON_DENIED, message, SecStatus.STATUS_LOGON_FAILURE);
}

/** A protected message failed its integrity check. */
export function messageAltered(message: string): SecurityError {
  return new SecurityError(SecStatus.SEC_E_MESSAGE_ALTERED, message, SecStatus.STATUS_ACCESS_DENIED);
}

/** Compares two byte strings in time independent of where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
