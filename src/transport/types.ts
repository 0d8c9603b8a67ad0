/**
 * What a transport knows about a connection and its caller. It lives in the lowest layer that
 * needs it (TCP, SMB2 pipes and the security providers fill it in; the RPC runtime consumes it);
 * src/rpc/types.ts re-exports it for code above.
 */

export type Protseq = 'ncacn_ip_tcp' | 'ncacn_np' | 'ncadg_ip_udp';

/** Who the caller is, once authenticated (by the transport, e.g. an SMB session, or an RPC security provider). */
export interface CallerIdentity {
  readonly user: string;
  readonly domain: string;
  readonly sid?: string;
  readonly groupSids: readonly string[];
  readonly anonymous: boolean;
}

/** What the transport knows about a connection. TCP and SMB pipes feed the same server core. */
export interface TransportInfo {
  readonly protseq: Protseq;
  readonly localAddress: string;
  readonly localPort?: number;
  readonly remoteAddress: string;
  readonly remotePort?: number;
  /** Endpoint as it appears in bind_ack sec_addr: the TCP port ("49664") or pipe name ("\\PIPE\\ROUTER"). */
  readonly endpoint: string;
  /** For ncacn_np: the SMB session's authenticated identity and session key. */
  readonly identity?: CallerIdentity;
  readonly sessionKey?: Uint8Array;
}
