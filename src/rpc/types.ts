/**
 * Contracts between the DCE/RPC runtime and the code above it (interfaces, host). The runtime
 * never knows an interface's methods; an interface never sees a PDU.
 */

/** An abstract or transfer syntax: interface UUID plus version ([C706] p_syntax_id_t). */
export interface SyntaxId {
  /** Canonical lowercase UUID string, e.g. `e1af8308-5d1f-11c9-91a4-08002b14a0fa`. */
  readonly uuid: string;
  readonly major: number;
  readonly minor: number;
}

/** The transfer syntaxes winrpc speaks. */
export type TransferSyntax = 'ndr20' | 'ndr64';

export const NDR20_SYNTAX: SyntaxId = { uuid: '8a885d04-1ceb-11c9-9fe8-08002b104860', major: 2, minor: 0 };
export const NDR64_SYNTAX: SyntaxId = { uuid: '71710533-beba-4937-8319-b5dbef9ccc36', major: 1, minor: 0 };

export type { CallerIdentity, Protseq, TransportInfo } from '../transport/types.js';
import type { CallerIdentity, TransportInfo } from '../transport/types.js';

/** RPC authentication levels ([MS-RPCE] 2.2.1.1.8). */
export const AuthLevel = {
  DEFAULT: 0,
  NONE: 1,
  CONNECT: 2,
  CALL: 3,
  PKT: 4,
  PKT_INTEGRITY: 5,
  PKT_PRIVACY: 6,
} as const;

/** RPC authentication types ([MS-RPCE] 2.2.1.1.7). */
export const AuthType = {
  NONE: 0,
  GSS_NEGOTIATE: 9,
  WINNT: 10,
  GSS_SCHANNEL: 14,
  GSS_KERBEROS: 16,
  NETLOGON: 0x44,
  DEFAULT: 0xff,
} as const;

export interface CallAuth {
  /** AuthType value; 0 when the call is unauthenticated at the RPC level. */
  readonly type: number;
  /** AuthLevel value; AuthLevel.NONE when unauthenticated. */
  readonly level: number;
  /** RPC-level identity, else the transport identity (SMB), else undefined (anonymous). */
  readonly identity?: CallerIdentity;
}

/** A 20-byte NDR context handle: u32 attributes + 16-byte UUID ([MS-RPCE] 2.2.1.1.4). */
export type ContextHandleBytes = Uint8Array;

/**
 * Context handles of one association group ([MS-RPCE] 3.3.1.4.1). Handles are typed by `kind`
 * so that a handle of one kind is refused where another is expected.
 */
export interface ContextHandleTable {
  /** Registers server state and returns a fresh non-NULL 20-byte handle. */
  create<T>(kind: string, state: T, rundown?: (state: T) => void): ContextHandleBytes;
  /** The state behind a handle of this kind, or undefined (NULL, unknown, closed, other kind). */
  lookup<T>(handle: ContextHandleBytes, kind: string): T | undefined;
  /**
   * Like lookup, but a handle unknown to this association group throws
   * RpcFault(nca_s_fault_context_mismatch), as Windows' runtime does.
   */
  get<T>(handle: ContextHandleBytes, kind: string): T;
  /** Forgets the handle (no rundown); returns whether it existed. Callers then return NULL handle bytes. */
  destroy(handle: ContextHandleBytes): boolean;
  readonly size: number;
}

export interface AssociationContext {
  /** assoc_group_id as sent in bind_ack. */
  readonly id: number;
  readonly handles: ContextHandleTable;
}

/** What the server core tells an interface about itself and its peers (for mgmt, epm). */
export interface ServerInfo {
  /** Every interface registered in this server core. */
  interfaces(): readonly RpcServerInterface[];
  /** Principal name reported by mgmt inq_princ_name. */
  readonly principalName: string;
  /** Call statistics for mgmt inq_stats. */
  stats(): { callsIn: number; callsOut: number; pktsIn: number; pktsOut: number };
}

/** Everything a method implementation may know about its call. */
export interface CallContext {
  readonly opnum: number;
  readonly syntax: TransferSyntax;
  /**
   * Byte order of the request's stub, from its PDU's data representation (drep[0]); the response is
   * always little-endian, as the drep we send says.
   */
  readonly littleEndian: boolean;
  /** Object UUID when the request carried PFC_OBJECT_UUID. */
  readonly objectUuid?: string;
  readonly transport: TransportInfo;
  readonly association: AssociationContext;
  readonly auth: CallAuth;
  readonly server: ServerInfo;
  /** Aborted when the client cancels (co_cancel/orphaned) or the connection closes. */
  readonly signal: AbortSignal;
}

/** An RPC interface as the server core sees it: a syntax and a stub-bytes dispatcher. */
export interface RpcServerInterface {
  readonly name: string;
  readonly syntax: SyntaxId;
  /** Supported transfer syntaxes in server preference order. */
  readonly transferSyntaxes: readonly TransferSyntax[];
  /** Lowest auth level accepted for calls (AuthLevel); below it calls are refused with access denied. */
  readonly minAuthLevel?: number;
  /**
   * Decodes `stub` for `ctx.opnum`, runs the method and returns the encoded response stub. Throws
   * RpcFault for faults (unknown opnum → nca_s_op_rng_error, NDR error → nca_s_fault_ndr).
   */
  invoke(ctx: CallContext, stub: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

/** A fault to send back (server side) or received (client side). */
export class RpcFault extends Error {
  constructor(
    readonly status: number,
    message?: string,
  ) {
    super(message ?? `RPC fault 0x${(status >>> 0).toString(16).padStart(8, '0')}`);
    this.name = 'RpcFault';
  }
}
