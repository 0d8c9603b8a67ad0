/**
 * The client side of RPC authentication ([MS-RPCE] 3.3.1.5.2, 3.3.2): a GSS-style provider per
 * auth_type, the mirror image of ServerSecurityProvider in ./security.ts. The client runtime
 * drives the token legs (bind → bind_ack, then rpc_auth_3 or alter_context →
 * alter_context_resp) and the per-PDU protection; providers (NTLMSSP, SPNEGO, …) only implement
 * these methods.
 */
import type { PduProtection } from './security.js';
import type { TransportInfo } from './types.js';

export type { ProtectedPdu } from './security.js';

export interface InitiateResult {
  /** Token for the server; absent or empty when this leg sends none. */
  readonly token?: Uint8Array;
  /** True once the context is established on the client side (no more input expected). */
  readonly complete: boolean;
}

export interface ClientSecurityContext extends PduProtection {
  /** One token leg: undefined input on the first call, then each server token. Throws to give up. */
  initiate(serverToken: Uint8Array | undefined): Promise<InitiateResult> | InitiateResult;
}

export interface ClientSecurityProvider {
  /** AuthType value it speaks (e.g. AuthType.WINNT, AuthType.GSS_NEGOTIATE). */
  readonly authType: number;
  readonly name: string;
  /** False when the mechanism cannot protect the PDU header (PFC_SUPPORT_HEADER_SIGN not offered). */
  readonly supportsHeaderSigning?: boolean;
  /** A fresh context for one connection. */
  newContext(transport: TransportInfo): ClientSecurityContext;
}

export interface ClientSecurityOptions {
  readonly provider: ClientSecurityProvider;
  /** AuthLevel: CONNECT, PKT_INTEGRITY or PKT_PRIVACY in practice. */
  readonly level: number;
  /** auth_context_id for this connection (default 0). */
  readonly authContextId?: number;
}
