/**
 * One connection of the RPC server core ([MS-RPCE] 3.3.1.5, 3.3.3.5): stream framing, bind /
 * alter_context negotiation, security legs, request reassembly, dispatch, response fragmentation
 * and faults. TCP and SMB named pipes both feed it a Duplex.
 */
import type { Duplex } from 'node:stream';
import { BindNakReason, ContextResult, Nca, ProviderReason, RpcStatus } from '../errors/status.js';
import type { AssociationGroup, AssociationGroups } from './association.js';
import {
  BindTimeFeature,
  DREP_LE,
  FAULT_HEADER_LENGTH,
  MIN_FRAG_SIZE,
  NULL_SYNTAX,
  PDU_HEADER_LENGTH,
  PType,
  PduError,
  PfcFlags,
  REQUEST_HEADER_LENGTH,
  RESPONSE_HEADER_LENGTH,
  SEC_TRAILER_LENGTH,
  bindTimeFeatures,
  decodePdu,
  encodePdu,
  fragmentLength,
  stubCapacity,
  type AuthVerifier,
  type BindPdu,
  type ContextResultElem,
  type FaultPdu,
  type Pdu,
  type PresentationContextElem,
  type RequestPdu,
  type ResponsePdu,
} from './pdu.js';
import type { ProtectedPdu, ServerSecurityContext, ServerSecurityProvider } from './security.js';
import type { RpcLogger } from './server-log.js';
import { checkVerificationTrailer } from './verification-trailer.js';
import {
  AuthLevel,
  NDR20_SYNTAX,
  NDR64_SYNTAX,
  RpcFault,
  type CallAuth,
  type CallContext,
  type CallerIdentity,
  type RpcServerInterface,
  type ServerInfo,
  type SyntaxId,
  type TransferSyntax,
  type TransportInfo,
} from './types.js';

export interface ConnectionLimits {
  /** Largest fragment we accept (answered in bind_ack as max_recv_frag, clamped to the client's). */
  readonly maxRecvFrag: number;
  /** Largest fragment we send (clamped to the client's max_recv_frag). */
  readonly maxXmitFrag: number;
  /** Largest reassembled request stub; beyond → fault RPC_S_ACCESS_DENIED ([MS-RPCE] 3.3.3.5.4). */
  readonly maxCallBytes: number;
  /** Calls being reassembled or executing at once on one connection. */
  readonly maxCallsPerConnection: number;
}

/** What a connection needs from its server. */
export interface ConnectionHost {
  readonly limits: ConnectionLimits;
  readonly logger: RpcLogger;
  readonly groups: AssociationGroups;
  readonly info: ServerInfo;
  securityProvider(authType: number): ServerSecurityProvider | undefined;
  countPacketIn(): void;
  countPacketOut(): void;
  countCallIn(): void;
  connectionClosed(c: ServerConnection): void;
}

/** Bind-time features we answer: we keep the connection on orphaned anyway; no security multiplexing. */
const SUPPORTED_FEATURES = BindTimeFeature.KEEP_CONNECTION_ON_ORPHAN;
/** How long an orderly close may wait for queued output to drain. */
const CLOSE_GRACE_MS = 5000;
/** Fragments queued before the stream is paused. */
const MAX_QUEUED_FRAGMENTS = 64;
/** Call ids whose remaining fragments are being discarded. */
const MAX_DROPPED_CALLS = 1024;
/** Stray fragments of calls this much older than the newest are ignored, not faulted ([MS-RPCE] 3.3.3.5.6). */
const OLD_CALL_WINDOW = 150;
/** [MS-RPCE] 3.3.3.5.5: presentation contexts per connection. */
const CONTEXTS_PER_INTERFACE = 4000;
/** Statuses meaning the manager routine never ran: the fault carries PFC_DID_NOT_EXECUTE. */
const NOT_EXECUTED = new Set<number>([
  Nca.nca_s_op_rng_error,
  Nca.nca_s_unk_if,
  Nca.nca_s_invalid_pres_context_id,
  Nca.nca_s_proto_error,
  Nca.nca_s_server_too_busy,
  Nca.nca_s_unsupported_authn_level,
]);
const EMPTY = new Uint8Array(0);

interface BoundContext {
  readonly iface: RpcServerInterface;
  readonly syntax: TransferSyntax;
}

interface Assembling {
  readonly contextId: number;
  readonly opnum: number;
  readonly object?: string;
  readonly flags: number;
  /** The first fragment's drep, which a verification trailer's HEADER2 repeats. */
  readonly drep?: Uint8Array;
  readonly chunks: Uint8Array[];
  bytes: number;
}

interface InFlight {
  /** Made only when a method reads ctx.signal: most calls never do, and one per call costs. */
  controller?: AbortController;
  /** Set by co_cancel / orphaned, also when no controller exists yet. */
  cancelled?: Error;
  /** orphaned or [maybe]: nothing is sent back. */
  silent: boolean;
}

function signalOf(entry: InFlight): AbortSignal {
  if (!entry.controller) {
    entry.controller = new AbortController();
    if (entry.cancelled) entry.controller.abort(entry.cancelled);
  }
  return entry.controller.signal;
}

interface SecurityState {
  readonly ctx: ServerSecurityContext;
  readonly authType: number;
  readonly authLevel: number;
  readonly authContextId: number;
  complete: boolean;
  /** A leg was refused: the context stays incomplete and takes no more legs. */
  failed?: boolean;
  identity?: CallerIdentity;
}

function clampFrag(n: number): number {
  return Math.max(MIN_FRAG_SIZE, Math.min(n, 0xffff));
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function transferSyntaxOf(s: SyntaxId): TransferSyntax | undefined {
  if (s.uuid === NDR20_SYNTAX.uuid && s.major === NDR20_SYNTAX.major && s.minor === NDR20_SYNTAX.minor)
    return 'ndr20';
  if (s.uuid === NDR64_SYNTAX.uuid && s.major === NDR64_SYNTAX.major && s.minor === NDR64_SYNTAX.minor)
    return 'ndr64';
  return undefined;
}

function syntaxIdOf(t: TransferSyntax): SyntaxId {
  return t === 'ndr64' ? NDR64_SYNTAX : NDR20_SYNTAX;
}

function abstractKey(s: SyntaxId): string {
  return `${s.uuid}/${s.major}.${s.minor}`;
}

function isAuthLevel(level: number): boolean {
  return level >= AuthLevel.CONNECT && level <= AuthLevel.PKT_PRIVACY;
}

export class ServerConnection {
  private state: 'unbound' | 'bound' | 'closed' = 'unbound';
  private pending: Uint8Array | undefined;
  private readonly queue: Uint8Array[] = [];
  private queueHead = 0;
  private busy = false;
  private paused = false;
  private corked = false;
  private recvLimit: number;
  private xmitFrag = MIN_FRAG_SIZE;
  private concMpx = false;
  private headerSigning = false;
  private readonly contexts = new Map<number, BoundContext>();
  private group: AssociationGroup | undefined;
  private readonly assembling = new Map<number, Assembling>();
  private assemblingBytes = 0;
  private readonly dropped = new Set<number>();
  private readonly inflight = new Map<number, InFlight>();
  private security: SecurityState | undefined;
  private lastCallId = -1;
  private cleaned = false;

  constructor(
    private readonly host: ConnectionHost,
    private readonly stream: Duplex,
    private readonly transport: TransportInfo,
    private readonly interfaces: () => readonly RpcServerInterface[],
  ) {
    // Before bind the client does not know our receive size; a bind never needs more than this.
    this.recvLimit = Math.max(clampFrag(host.limits.maxRecvFrag), 5840);
  }

  start(): void {
    this.stream.on('data', (chunk: Uint8Array) => this.onData(chunk));
    this.stream.on('end', () => this.end());
    this.stream.on('close', () => this.cleanup());
    this.stream.on('drain', () => this.updateFlow());
    this.stream.on('error', (err: Error) => {
      this.host.logger.debug({ err, remote: this.transport.remoteAddress }, 'rpc connection error');
      this.cleanup();
      this.stream.destroy();
    });
  }

  /** Ends the connection now (server shutdown). */
  destroy(): void {
    this.cleanup();
    this.stream.destroy();
  }

  // --- framing and flow control ---------------------------------------------------------------

  private onData(chunk: Uint8Array): void {
    if (this.state === 'closed') return;
    let buf = chunk;
    if (this.pending) {
      buf = new Uint8Array(this.pending.length + chunk.length);
      buf.set(this.pending);
      buf.set(chunk, this.pending.length);
      this.pending = undefined;
    }
    let off = 0;
    for (;;) {
      const len = fragmentLength(buf, off);
      if (len === undefined) break;
      if (len < PDU_HEADER_LENGTH || len > this.recvLimit) {
        this.protocolClose(`fragment length ${len} outside 16..${this.recvLimit}`);
        return;
      }
      if (buf.length - off < len) break;
      this.queue.push(buf.subarray(off, off + len));
      off += len;
    }
    // Copy the tail so a small leftover never pins a large read buffer; it is < one fragment.
    if (off < buf.length) this.pending = buf.slice(off);
    this.pump();
  }

  private pump(): void {
    // At the in-flight limit the queued fragments wait (the socket is paused by updateFlow) rather
    // than being refused: a burst of calls is held back, never answered with server_too_busy.
    while (
      !this.busy &&
      this.state !== 'closed' &&
      this.queueHead < this.queue.length &&
      this.inflight.size < this.host.limits.maxCallsPerConnection
    ) {
      const frag = this.queue[this.queueHead++];
      let r: void | Promise<void>;
      try {
        r = this.processFragment(frag);
      } catch (err) {
        this.host.logger.error({ err }, 'rpc connection: internal error');
        this.protocolClose('internal error');
        return;
      }
      if (r instanceof Promise) {
        this.busy = true;
        r.catch((err: unknown) => {
          this.host.logger.error({ err }, 'rpc connection: internal error');
          this.protocolClose('internal error');
        })
          .finally(() => {
            this.busy = false;
            this.pump();
          })
          .catch((err: unknown) => this.host.logger.error({ err }, 'rpc connection: internal error'));
        break;
      }
    }
    if (this.queueHead === this.queue.length) {
      this.queue.length = 0;
      this.queueHead = 0;
    }
    this.updateFlow();
  }

  private updateFlow(): void {
    if (this.state === 'closed') return;
    const stop =
      this.queue.length - this.queueHead > MAX_QUEUED_FRAGMENTS ||
      this.inflight.size >= this.host.limits.maxCallsPerConnection ||
      this.stream.writableNeedDrain;
    if (stop && !this.paused) {
      this.paused = true;
      this.stream.pause();
    } else if (!stop && this.paused) {
      this.paused = false;
      this.stream.resume();
      if (!this.busy) this.pump();
    }
  }

  private end(): void {
    // The client half-closed: nothing more to read, so answer nothing more either.
    this.cleanup();
    this.stream.end();
  }

  private protocolClose(reason: string): void {
    if (this.state === 'closed') return;
    this.host.logger.debug({ reason, remote: this.transport.remoteAddress }, 'rpc connection: closing');
    this.state = 'closed';
    this.stream.end(() => this.stream.destroy());
    // A peer that stops reading would keep a half-closed stream forever: give the flush a deadline.
    const timer = setTimeout(() => this.stream.destroy(), CLOSE_GRACE_MS).unref();
    this.stream.once('close', () => clearTimeout(timer));
    this.cleanup();
  }

  private cleanup(): void {
    if (this.cleaned) return;
    this.cleaned = true;
    this.state = 'closed';
    this.pending = undefined;
    this.queue.length = 0;
    this.queueHead = 0;
    this.assembling.clear();
    this.dropped.clear();
    for (const c of this.inflight.values()) {
      c.silent = true;
      c.cancelled ??= new Error('connection closed');
      c.controller?.abort(c.cancelled);
    }
    if (this.group) {
      const g = this.group;
      this.group = undefined;
      this.host.groups.release(g);
    }
    this.host.connectionClosed(this);
  }

  // --- PDUs -----------------------------------------------------------------------------------

  private processFragment(frag: Uint8Array): void | Promise<void> {
    this.host.countPacketIn();
    let pdu: Pdu;
    try {
      pdu = decodePdu(frag);
    } catch (err) {
      if (err instanceof PduError) return this.onMalformed(err, frag);
      throw err;
    }
    switch (pdu.type) {
      case 'bind':
        return this.onBind(pdu);
      case 'alter_context':
        return this.onAlterContext(pdu);
      case 'auth3':
        return this.onAuth3(pdu.auth);
      case 'request':
        return this.onRequest(pdu, frag);
      case 'co_cancel':
        return this.onCancel(pdu.callId, false);
      case 'orphaned':
        return this.onCancel(pdu.callId, true);
      case 'shutdown':
        // Only servers send shutdown; a client's is meaningless and harmless.
        return;
      default:
        return this.protocolClose(`unexpected ${pdu.type} from a client`);
    }
  }

  private onMalformed(err: PduError, frag: Uint8Array): void {
    this.host.logger.debug({ err: err.message, code: err.code }, 'rpc connection: malformed PDU');
    if (
      err.code === 'version' &&
      err.ptype === PType.bind &&
      this.state === 'unbound' &&
      err.callId !== undefined
    ) {
      this.nak(err.callId, BindNakReason.PROTOCOL_VERSION_NOT_SUPPORTED);
      return;
    }
    if (err.ptype === PType.request && err.callId !== undefined && this.state === 'bound') {
      const callId = err.callId;
      const last = (frag[3] & PfcFlags.LAST_FRAG) !== 0;
      this.forget(callId);
      if (!last) this.drop(callId);
      this.fault(callId, 0, Nca.nca_s_proto_error, true);
      return;
    }
    this.protocolClose(`malformed PDU: ${err.message}`);
  }

  private nak(callId: number, reason: number): void {
    this.send({
      type: 'bind_nak',
      callId,
      flags: PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG,
      rejectReason: reason,
      versions: [{ major: 5, minor: 0 }],
    });
    this.protocolClose(`bind_nak ${reason}`);
  }

  private onBind(pdu: BindPdu): void | Promise<void> {
    if (this.state !== 'unbound') return this.protocolClose('bind on a bound connection');
    let provider: ServerSecurityProvider | undefined;
    if (pdu.auth) {
      provider = this.host.securityProvider(pdu.auth.authType);
      if (!provider || !isAuthLevel(pdu.auth.authLevel))
        return this.nak(pdu.callId, BindNakReason.AUTHENTICATION_TYPE_NOT_RECOGNIZED);
    }
    const groups = this.host.groups;
    const group =
      pdu.assocGroupId === 0
        ? groups.create(this.transport.remoteAddress)
        : groups.join(pdu.assocGroupId, this.transport.remoteAddress);
    // Windows and Samba refuse an unknown association group without a specific reason.
    if (!group) return this.nak(pdu.callId, BindNakReason.REASON_NOT_SPECIFIED);
    this.group = group;
    const { limits } = this.host;
    this.xmitFrag = clampFrag(Math.min(pdu.maxRecvFrag, limits.maxXmitFrag));
    this.recvLimit = clampFrag(Math.min(pdu.maxXmitFrag, limits.maxRecvFrag));
    this.concMpx = (pdu.flags & PfcFlags.CONC_MPX) !== 0;
    const results = this.negotiate(pdu.contexts);
    if (results === 'limit') return this.nak(pdu.callId, BindNakReason.LOCAL_LIMIT_EXCEEDED);
    const finish = (auth?: AuthVerifier): void => {
      this.state = 'bound';
      this.send({
        type: 'bind_ack',
        callId: pdu.callId,
        flags:
          PfcFlags.FIRST_FRAG |
          PfcFlags.LAST_FRAG |
          (this.concMpx ? PfcFlags.CONC_MPX : 0) |
          (this.headerSigning ? PfcFlags.SUPPORT_HEADER_SIGN : 0),
        maxXmitFrag: this.xmitFrag,
        maxRecvFrag: this.recvLimit,
        assocGroupId: group.id,
        secAddr: this.transport.endpoint,
        results,
        auth,
      });
    };
    if (!provider || !pdu.auth) return finish();
    const requested = pdu.auth;
    this.headerSigning =
      (pdu.flags & PfcFlags.SUPPORT_HEADER_SIGN) !== 0 && provider.supportsHeaderSigning !== false;
    return this.acceptLeg(provider, requested).then(finish, (err: unknown) => {
      this.host.logger.info({ err, remote: this.transport.remoteAddress }, 'rpc bind: authentication failed');
      this.nak(pdu.callId, BindNakReason.INVALID_CHECKSUM);
    });
  }

  private async acceptLeg(
    provider: ServerSecurityProvider | undefined,
    a: AuthVerifier,
  ): Promise<AuthVerifier | undefined> {
    let sec = this.security;
    if (!sec) {
      if (!provider) throw new Error('no security provider');
      sec = {
        ctx: provider.newContext(this.transport),
        authType: a.authType,
        authLevel: a.authLevel,
        authContextId: a.authContextId,
        complete: false,
      };
      this.security = sec;
    }
    const r = await sec.ctx.accept(a.token);
    sec.complete = r.complete;
    if (r.identity) sec.identity = r.identity;
    if (!r.token || r.token.length === 0) return undefined;
    return {
      authType: sec.authType,
      authLevel: sec.authLevel,
      authPadLength: 0,
      authContextId: sec.authContextId,
      token: r.token,
    };
  }

  private onAlterContext(pdu: BindPdu): void | Promise<void> {
    if (this.state !== 'bound' || !this.group) return this.protocolClose('alter_context before bind');
    const group = this.group;
    const results = this.negotiate(pdu.contexts);
    if (results === 'limit') return this.nak(pdu.callId, BindNakReason.LOCAL_LIMIT_EXCEEDED);
    const finish = (auth?: AuthVerifier): void =>
      this.send({
        type: 'alter_context_resp',
        callId: pdu.callId,
        flags:
          PfcFlags.FIRST_FRAG |
          PfcFlags.LAST_FRAG |
          (this.concMpx ? PfcFlags.CONC_MPX : 0) |
          (this.headerSigning ? PfcFlags.SUPPORT_HEADER_SIGN : 0),
        maxXmitFrag: this.xmitFrag,
        maxRecvFrag: this.recvLimit,
        assocGroupId: group.id,
        secAddr: '',
        results,
        auth,
      });
    const a = pdu.auth;
    // Without a verifier, or once the security context is complete, alter_context only adds contexts.
    if (!a || (this.security && this.security.complete)) return finish();
    const sec = this.security;
    if (sec && (a.authType !== sec.authType || a.authContextId !== sec.authContextId))
      return this.fault(pdu.callId, 0, RpcStatus.RPC_S_SEC_PKG_ERROR, true);
    const provider = sec ? undefined : this.host.securityProvider(a.authType);
    // [MS-RPCE] 3.3.3.5.3 asks for authentication_type_not_recognized "in the fault"; Windows'
    // Win32 form of that condition is RPC_S_UNKNOWN_AUTHN_SERVICE.
    if (!sec && (!provider || !isAuthLevel(a.authLevel)))
      return this.fault(pdu.callId, 0, RpcStatus.RPC_S_UNKNOWN_AUTHN_SERVICE, true);
    if (!sec && provider)
      this.headerSigning =
        (pdu.flags & PfcFlags.SUPPORT_HEADER_SIGN) !== 0 && provider.supportsHeaderSigning !== false;
    return this.acceptLeg(provider, a).then(finish, (err: unknown) => {
      this.host.logger.info({ err }, 'rpc alter_context: authentication failed');
      this.fault(pdu.callId, 0, RpcStatus.RPC_S_SEC_PKG_ERROR, true);
      this.protocolClose('authentication failed');
    });
  }

  private onAuth3(a: AuthVerifier | undefined): void | Promise<void> {
    // rpc_auth_3 never gets an answer ([MS-RPCE] 2.2.2.10); failure ends the connection.
    const sec = this.security;
    if (
      this.state !== 'bound' ||
      !sec ||
      sec.complete ||
      sec.failed ||
      !a ||
      a.authContextId !== sec.authContextId
    ) {
      this.host.logger.debug({ remote: this.transport.remoteAddress }, 'rpc: ignoring stray auth3');
      return;
    }
    return this.acceptLeg(undefined, a).then(
      () => undefined,
      (err: unknown) => {
        // No answer to auth3; the first request on this context gets the fault (3.3.1.5.2.1).
        this.host.logger.info({ err }, 'rpc auth3: authentication failed');
        sec.failed = true;
      },
    );
  }

  /** Presentation context negotiation for one bind/alter_context ([MS-RPCE] 3.3.1.5.6). */
  private negotiate(elems: readonly PresentationContextElem[]): ContextResultElem[] | 'limit' {
    const reject = (reason: number): ContextResultElem => ({
      result: ContextResult.PROVIDER_REJECTION,
      reason,
      transferSyntax: NULL_SYNTAX,
    });
    const ifaces = this.interfaces();
    const findIface = (s: SyntaxId): RpcServerInterface | undefined =>
      ifaces.find((i) => i.syntax.uuid === s.uuid && i.syntax.major === s.major && i.syntax.minor >= s.minor);
    // The syntax to accept per abstract syntax, chosen over every element of this PDU.
    const offered = new Map<string, TransferSyntax[]>();
    for (const e of elems)
      for (const t of e.transferSyntaxes) {
        const ts = transferSyntaxOf(t);
        if (!ts) continue;
        const k = abstractKey(e.abstractSyntax);
        const list = offered.get(k) ?? [];
        if (!list.includes(ts)) list.push(ts);
        offered.set(k, list);
      }
    const accepted = new Set<string>();
    const limit = CONTEXTS_PER_INTERFACE * Math.max(1, ifaces.length);
    // Over the limit the whole negotiation fails with bind_nak ([MS-RPCE] 3.3.3.5.5).
    const fresh = new Set(elems.map((e) => e.contextId).filter((id) => !this.contexts.has(id)));
    if (this.contexts.size + fresh.size > limit) return 'limit';
    return elems.map((e): ContextResultElem => {
      const features = e.transferSyntaxes.map(bindTimeFeatures).find((b) => b !== undefined);
      if (features !== undefined)
        return {
          result: ContextResult.NEGOTIATE_ACK,
          reason: features & SUPPORTED_FEATURES,
          transferSyntax: NULL_SYNTAX,
        };
      const iface = findIface(e.abstractSyntax);
      if (!iface) return reject(ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED);
      const key = abstractKey(e.abstractSyntax);
      if (accepted.has(key)) return reject(ProviderReason.PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED);
      const candidates = offered.get(key) ?? [];
      const choice =
        iface.transferSyntaxes.length > 0
          ? iface.transferSyntaxes.find((t) => candidates.includes(t))
          : candidates[0];
      if (!choice || !e.transferSyntaxes.some((t) => transferSyntaxOf(t) === choice))
        return reject(ProviderReason.PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED);
      const existing = this.contexts.get(e.contextId);
      if (existing && existing.iface !== iface) return reject(ProviderReason.REASON_NOT_SPECIFIED);
      accepted.add(key);
      this.contexts.set(e.contextId, { iface, syntax: choice });
      return { result: ContextResult.ACCEPTANCE, reason: 0, transferSyntax: syntaxIdOf(choice) };
    });
  }

  // --- calls ----------------------------------------------------------------------------------

  private onRequest(pdu: RequestPdu, frag: Uint8Array): void {
    if (this.state !== 'bound') return this.protocolClose('request before bind');
    const { callId, flags } = pdu;
    const first = (flags & PfcFlags.FIRST_FRAG) !== 0;
    const last = (flags & PfcFlags.LAST_FRAG) !== 0;
    // A security context that never completed (or whose auth3 failed) cannot carry calls (3.3.1.5.2.1).
    const stub = this.security && !this.security.complete ? undefined : this.unprotect(pdu, frag);
    if (stub === undefined) {
      this.forget(callId);
      this.fault(callId, pdu.contextId, RpcStatus.RPC_S_SEC_PKG_ERROR, true);
      return this.protocolClose('request failed verification');
    }
    const { limits } = this.host;
    let call: Assembling | undefined;
    if (first) {
      if (this.assembling.has(callId) || this.inflight.has(callId)) {
        this.forget(callId);
        if (!last) this.drop(callId);
        return this.fault(callId, pdu.contextId, Nca.nca_s_proto_error, true);
      }
      this.dropped.delete(callId);
      if (callId > this.lastCallId) this.lastCallId = callId;
      // Samba answers an unknown p_cont_id with nca_s_unk_if; the call never reaches a manager.
      const bound = this.contexts.get(pdu.contextId);
      let status: number | undefined;
      if (!bound) status = Nca.nca_s_unk_if;
      // Dispatched calls are bounded by backpressure in pump(); partially received ones by this.
      else if (this.assembling.size >= limits.maxCallsPerConnection) status = Nca.nca_s_server_too_busy;
      if (status !== undefined) {
        if (!last) this.drop(callId);
        return this.fault(callId, pdu.contextId, status, true);
      }
      call = {
        contextId: pdu.contextId,
        opnum: pdu.opnum,
        object: pdu.object,
        flags,
        drep: pdu.drep,
        chunks: [],
        bytes: 0,
      };
      if (!last) this.assembling.set(callId, call);
    } else {
      call = this.assembling.get(callId);
      if (!call) {
        if (this.dropped.has(callId)) {
          if (last) this.dropped.delete(callId);
          return;
        }
        if (callId <= this.lastCallId && this.lastCallId - callId < OLD_CALL_WINDOW) return;
        if (!last) this.drop(callId);
        return this.fault(callId, pdu.contextId, Nca.nca_s_proto_error, true);
      }
    }
    call.chunks.push(stub);
    call.bytes += stub.length;
    if (this.assembling.has(callId)) this.assemblingBytes += stub.length;
    if (call.bytes > limits.maxCallBytes || this.assemblingBytes > 2 * limits.maxCallBytes) {
      const tooBig = call.bytes > limits.maxCallBytes;
      this.forget(callId);
      if (!last) this.drop(callId);
      return this.fault(
        callId,
        call.contextId,
        tooBig ? RpcStatus.RPC_S_ACCESS_DENIED : Nca.nca_s_server_too_busy,
        true,
      );
    }
    if (!last) return;
    this.forget(callId);
    this.dispatch(callId, call, concat(call.chunks, call.bytes));
  }

  /** Forgets a call being reassembled. */
  private forget(callId: number): void {
    const a = this.assembling.get(callId);
    if (!a) return;
    this.assembling.delete(callId);
    this.assemblingBytes -= a.bytes;
  }

  /** Ignores the remaining fragments of a call. */
  private drop(callId: number): void {
    this.dropped.add(callId);
    if (this.dropped.size > MAX_DROPPED_CALLS) {
      const oldest = this.dropped.values().next().value;
      if (oldest !== undefined) this.dropped.delete(oldest);
    }
  }

  private callAuth(): CallAuth {
    const sec = this.security;
    if (sec && sec.complete)
      return { type: sec.authType, level: sec.authLevel, identity: sec.identity ?? this.transport.identity };
    return { type: 0, level: AuthLevel.NONE, identity: this.transport.identity };
  }

  private dispatch(callId: number, call: Assembling, requestStub: Uint8Array): void {
    let stub = requestStub;
    const bound = this.contexts.get(call.contextId);
    const group = this.group;
    if (!bound || !group) return this.fault(callId, call.contextId, Nca.nca_s_unk_if, true);
    this.host.countCallIn();
    const auth = this.callAuth();
    if (bound.iface.minAuthLevel !== undefined && auth.level < bound.iface.minAuthLevel)
      return this.fault(callId, call.contextId, RpcStatus.RPC_S_ACCESS_DENIED, true);
    if (auth.type !== 0) {
      // [MS-RPCE] 3.3.3.5.x: a verification trailer is checked and removed before the interface runs.
      const vt = checkVerificationTrailer(stub, {
        interfaceId: bound.iface.syntax,
        transferSyntax: syntaxIdOf(bound.syntax),
        ptype: PType.request,
        drep: call.drep ?? DREP_LE,
        callId,
        contextId: call.contextId,
        opnum: call.opnum,
      });
      if (!vt.ok) {
        this.host.logger.info(
          { remote: this.transport.remoteAddress, reason: vt.reason },
          'rpc: call refused',
        );
        return this.fault(callId, call.contextId, RpcStatus.RPC_S_ACCESS_DENIED, true);
      }
      stub = vt.stub;
    }
    const entry: InFlight = { silent: (call.flags & PfcFlags.MAYBE) !== 0 };
    this.inflight.set(callId, entry);
    const ctx: CallContext = {
      opnum: call.opnum,
      syntax: bound.syntax,
      // drep[0]'s high nibble: 0 = big-endian integers ([C706] 14.1); absent means our default, little.
      littleEndian: call.drep === undefined || call.drep[0] >> 4 !== 0,
      objectUuid: call.object,
      transport: this.transport,
      association: group,
      auth,
      server: this.host.info,
      get signal() {
        return signalOf(entry);
      },
    };
    let result: Promise<Uint8Array>;
    try {
      result = Promise.resolve(bound.iface.invoke(ctx, stub));
    } catch (err) {
      result = Promise.reject(err);
    }
    result
      .then(
        (out) => {
          if (!entry.silent && this.state !== 'closed') this.respond(callId, call.contextId, out);
        },
        (err: unknown) => {
          if (entry.silent || this.state === 'closed') return;
          const [status, dne] = this.faultFor(err, entry.cancelled !== undefined, bound.iface, call.opnum);
          this.fault(callId, call.contextId, status, dne);
        },
      )
      .catch((err: unknown) => this.host.logger.error({ err }, 'rpc: failed to send a reply'))
      .finally(() => {
        this.inflight.delete(callId);
        if (this.busy) this.updateFlow();
        else this.pump();
      });
  }

  private faultFor(
    err: unknown,
    cancelled: boolean,
    iface: RpcServerInterface,
    opnum: number,
  ): [number, boolean] {
    if (err instanceof RpcFault) {
      const status = err.status >>> 0;
      // A fault status of 0 would read as success; servers MUST NOT send it ([MS-RPCE] 3.3.3.5.1).
      if (status === 0) return [Nca.nca_s_fault_unspec, false];
      return [status, NOT_EXECUTED.has(status)];
    }
    if (err instanceof Error && err.name === 'NdrError') return [Nca.nca_s_fault_ndr, false];
    if (cancelled) return [Nca.nca_s_fault_cancel, false];
    this.host.logger.error({ err, iface: iface.name, opnum }, 'rpc: method threw');
    return [Nca.nca_s_fault_unspec, false];
  }

  private onCancel(callId: number, orphaned: boolean): void {
    if (this.assembling.has(callId)) {
      this.forget(callId);
      this.drop(callId);
    }
    const c = this.inflight.get(callId);
    if (!c) return;
    if (orphaned) c.silent = true;
    c.cancelled ??= new Error(orphaned ? 'call orphaned' : 'call cancelled');
    c.controller?.abort(c.cancelled);
  }

  // --- output ---------------------------------------------------------------------------------

  private respond(callId: number, contextId: number, stub: Uint8Array): void {
    const protecting = this.protecting();
    const cap = stubCapacity(this.xmitFrag, {
      headerLength: RESPONSE_HEADER_LENGTH,
      authTokenLength: protecting ? protecting.ctx.signatureLength : undefined,
    });
    let off = 0;
    do {
      const n = Math.min(cap, stub.length - off);
      const pdu: ResponsePdu = {
        type: 'response',
        callId,
        flags: (off === 0 ? PfcFlags.FIRST_FRAG : 0) | (off + n >= stub.length ? PfcFlags.LAST_FRAG : 0),
        allocHint: stub.length - off,
        contextId,
        cancelCount: 0,
        stub: stub.subarray(off, off + n),
      };
      this.send(pdu);
      off += n;
    } while (off < stub.length);
  }

  private fault(callId: number, contextId: number, status: number, didNotExecute: boolean): void {
    const pdu: FaultPdu = {
      type: 'fault',
      callId,
      flags: PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG | (didNotExecute ? PfcFlags.DID_NOT_EXECUTE : 0),
      // alloc_hint − 0x20 is the extended error blob length ([MS-RPCE] 2.2.2.8); we send none.
      allocHint: FAULT_HEADER_LENGTH,
      contextId,
      cancelCount: 0,
      flags2: 0,
      status,
      stub: EMPTY,
    };
    this.send(pdu);
  }

  /** The security state when responses must carry a signature (integrity or privacy). */
  private protecting(): SecurityState | undefined {
    const sec = this.security;
    return sec && sec.complete && sec.authLevel >= AuthLevel.PKT_INTEGRITY ? sec : undefined;
  }

  private send(pdu: Pdu): void {
    if (this.state === 'closed' && pdu.type !== 'bind_nak') return;
    if (!this.stream.writable) return;
    let bytes: Uint8Array;
    const sec = this.protecting();
    if (sec && (pdu.type === 'response' || pdu.type === 'fault')) bytes = this.protect(pdu, sec);
    else bytes = encodePdu(pdu);
    this.host.countPacketOut();
    // Every PDU produced in one tick leaves in one writev: per-PDU writes dominated call-rate profiles.
    if (!this.corked) {
      this.corked = true;
      this.stream.cork();
      process.nextTick(() => {
        this.corked = false;
        this.stream.uncork();
      });
    }
    this.stream.write(bytes);
    if (this.stream.writableNeedDrain) this.updateFlow();
  }

  private protect(pdu: ResponsePdu | FaultPdu, sec: SecurityState): Uint8Array {
    const sigLength = sec.ctx.signatureLength;
    const bytes = encodePdu({
      ...pdu,
      auth: {
        authType: sec.authType,
        authLevel: sec.authLevel,
        authPadLength: 0,
        authContextId: sec.authContextId,
        token: new Uint8Array(sigLength),
      },
    });
    const tokenOffset = bytes.length - sigLength;
    const bodyOffset = pdu.type === 'fault' ? FAULT_HEADER_LENGTH : RESPONSE_HEADER_LENGTH;
    const p: ProtectedPdu = {
      pdu: bytes.subarray(0, tokenOffset),
      bodyOffset,
      bodyLength: tokenOffset - SEC_TRAILER_LENGTH - bodyOffset,
      headerSigning: this.headerSigning,
    };
    if (sec.authLevel === AuthLevel.PKT_PRIVACY) {
      const { body, signature } = sec.ctx.seal(p);
      if (body.length !== p.bodyLength || signature.length !== sigLength)
        throw new Error('seal changed lengths');
      bytes.set(body, bodyOffset);
      bytes.set(signature, tokenOffset);
    } else {
      const signature = sec.ctx.sign(p);
      if (signature.length !== sigLength) throw new Error('signature length changed');
      bytes.set(signature, tokenOffset);
    }
    return bytes;
  }

  /** The request stub after verification/decryption, or undefined when it fails. */
  private unprotect(pdu: RequestPdu, frag: Uint8Array): Uint8Array | undefined {
    const sec = this.security;
    if (!sec || sec.authLevel < AuthLevel.PKT_INTEGRITY) return pdu.stub;
    const a = pdu.auth;
    if (!sec.complete || !a) return undefined;
    if (a.authType !== sec.authType || a.authLevel !== sec.authLevel || a.authContextId !== sec.authContextId)
      return undefined;
    const tokenOffset = frag.length - a.token.length;
    const bodyOffset = REQUEST_HEADER_LENGTH + (pdu.object !== undefined ? 16 : 0);
    const p: ProtectedPdu = {
      pdu: frag.subarray(0, tokenOffset),
      bodyOffset,
      bodyLength: tokenOffset - SEC_TRAILER_LENGTH - bodyOffset,
      headerSigning: this.headerSigning,
    };
    if (sec.authLevel === AuthLevel.PKT_PRIVACY) {
      const body = sec.ctx.unseal(p, a.token);
      if (!body || body.length !== p.bodyLength) return undefined;
      return body.slice(0, body.length - a.authPadLength);
    }
    return sec.ctx.verify(p, a.token) ? pdu.stub : undefined;
  }
}
