/**
 * The GSS-like contract every security mechanism (NTLMSSP, SPNEGO, later Kerberos) implements,
 * for both roles. The RPC layer drives `step` from bind / alter_context / auth3 and uses the
 * per-message functions for PKT_INTEGRITY and PKT_PRIVACY; SMB uses `step` and `sessionKey`.
 *
 * Per-message protection follows GSS_GetMICEx / GSS_WrapEx as [MS-RPCE] 3.3.1.5.2.2 uses them:
 * the signature may cover more bytes than are encrypted (with header signing the PDU header and
 * sec_trailer are signed but only the stub is sealed), so `wrap`/`unwrap` take the signed message
 * plus the region within it that is sealed.
 */

/** Who the peer is, as an acceptor learns it. Structurally the RPC layer's CallerIdentity. */
export interface SecurityIdentity {
  readonly user: string;
  readonly domain: string;
  readonly sid?: string;
  readonly groupSids: readonly string[];
  readonly anonymous: boolean;
}

export interface StepResult {
  /** Token to send to the peer; absent when there is nothing to send. */
  readonly output?: Uint8Array;
  /** True once the context is established and the per-message functions may be used. */
  readonly complete: boolean;
}

/** A byte range inside a message. */
export interface Region {
  readonly offset: number;
  readonly length: number;
}

export interface WrapResult {
  /** The encrypted bytes of the sealed region (same length as the region). */
  readonly sealed: Uint8Array;
  readonly signature: Uint8Array;
}

export interface SecurityContext {
  readonly role: 'initiator' | 'acceptor';
  /** Mechanism name, e.g. "NTLM" or "Negotiate". */
  readonly mechanism: string;
  /** One token leg. Throws SecurityError (with a SEC_E_* status) to refuse. */
  step(input?: Uint8Array): StepResult;
  readonly complete: boolean;
  /** The exported session key once complete (SMB and RPC derive keys from it). */
  readonly sessionKey: Uint8Array | undefined;
  /** The authenticated peer (acceptor only, once complete). */
  readonly identity: SecurityIdentity | undefined;
  /** Whether the negotiated context supports integrity / confidentiality. */
  readonly integrity: boolean;
  readonly confidentiality: boolean;
  /** Bytes of every signature token (16 for NTLM). */
  readonly signatureLength: number;
  /**
   * GSS_GetMICEx: a signature over `message`; advances the send sequence. `data` marks the
   * application data inside it (the PDU body): mechanisms that cannot cover more than the data
   * (legacy NTLM without extended session security, Kerberos without header signing) sign only
   * that region. Defaults to the whole message.
   */
  sign(message: Uint8Array, data?: Region): Uint8Array;
  /** GSS_VerifyMICEx: throws SEC_E_MESSAGE_ALTERED / SEC_E_OUT_OF_SEQUENCE on failure. */
  verify(message: Uint8Array, signature: Uint8Array, data?: Region): void;
  /**
   * GSS_WrapEx with confidentiality: signs the plaintext `message` and encrypts `seal` within it
   * (the whole message when omitted). `message` is not modified.
   */
  wrap(message: Uint8Array, seal?: Region): WrapResult;
  /**
   * GSS_UnwrapEx: `message` carries the encrypted region at `seal`; returns the decrypted region
   * after verifying the signature over the message with that region decrypted.
   */
  unwrap(message: Uint8Array, signature: Uint8Array, seal?: Region): Uint8Array;
  /**
   * Called by SPNEGO right after this context signed (`send`) or verified (`recv`) the
   * mechListMIC. NTLM restarts that direction's RC4 stream here ([MS-SPNG] 3.3.5.1); other
   * mechanisms need nothing.
   */
  mechListMicDone?(which: 'send' | 'recv'): void;
}

/** Resolves a region, checking it lies inside a message of `length` bytes. */
export function resolveRegion(length: number, seal: Region | undefined): Region {
  if (!seal) return { offset: 0, length };
  if (
    !Number.isInteger(seal.offset) ||
    !Number.isInteger(seal.length) ||
    seal.offset < 0 ||
    seal.length < 0 ||
    seal.offset + seal.length > length
  ) {
    throw new RangeError('sealed region lies outside the message');
  }
  return seal;
}
