/**
 * The plug point for RPC authentication on the server ([MS-RPCE] 3.3.1.5.2): a GSS-style provider
 * per auth_type. The server core drives the token legs (bind → bind_ack, alter_context →
 * alter_context_resp, rpc_auth_3) and the per-PDU protection; providers (NTLMSSP, SPNEGO, …) live
 * in src/security and only implement these methods. No provider is registered by default.
 */
import type { CallerIdentity, TransportInfo } from './types.js';

export interface AcceptResult {
  /** Token for the client (bind_ack / alter_context_resp verifier); absent or empty when none. */
  readonly token?: Uint8Array;
  /** True once the context is established (no more legs expected). */
  readonly complete: boolean;
  /** The authenticated caller, once complete. */
  readonly identity?: CallerIdentity;
}

/**
 * A PDU as the protection functions see it. `pdu` is the whole fragment without the signature
 * (header, body, auth pad, sec_trailer); the body region (stub + auth pad) is what privacy
 * encrypts. `headerSigning` tells whether PFC_SUPPORT_HEADER_SIGN was negotiated: providers that
 * sign only the body (Kerberos without header signing) look at the region, NTLM signs `pdu`.
 */
export interface ProtectedPdu {
  readonly pdu: Uint8Array;
  readonly bodyOffset: number;
  readonly bodyLength: number;
  readonly headerSigning: boolean;
}

/** Per-PDU protection of an established context, the same on both sides of a connection. */
export interface PduProtection {
  /** Length of the signature token carried by every protected PDU. */
  readonly signatureLength: number;
  readonly sessionKey?: Uint8Array;
  /** PKT_INTEGRITY: signature over the PDU (GSS_GetMICEx). */
  sign(p: ProtectedPdu): Uint8Array;
  /** PKT_INTEGRITY: false when `signature` does not match (GSS_VerifyMICEx). */
  verify(p: ProtectedPdu, signature: Uint8Array): boolean;
  /** PKT_PRIVACY: the encrypted body region and the signature (GSS_WrapEx). */
  seal(p: ProtectedPdu): { body: Uint8Array; signature: Uint8Array };
  /** PKT_PRIVACY: the decrypted body region, or undefined when the signature fails (GSS_UnwrapEx). */
  unseal(p: ProtectedPdu, signature: Uint8Array): Uint8Array | undefined;
}

export interface ServerSecurityContext extends PduProtection {
  /** One token leg. Throws to refuse the client. */
  accept(token: Uint8Array): Promise<AcceptResult> | AcceptResult;
}

export interface ServerSecurityProvider {
  /** AuthType value it answers (e.g. AuthType.WINNT, AuthType.GSS_NEGOTIATE). */
  readonly authType: number;
  readonly name: string;
  /**
   * Whether header signing ([MS-RPCE] 3.3.1.5.2.2) can be offered: the server echoes
   * PFC_SUPPORT_HEADER_SIGN only then. Default true (NTLM and Kerberos both support it).
   */
  readonly supportsHeaderSigning?: boolean;
  /** A fresh context for one connection's auth_context_id. */
  newContext(transport: TransportInfo): ServerSecurityContext;
}
