/**
 * Connection-oriented DCE/RPC client ([C706] ch.12, [MS-RPCE] 3.3.2): bind / alter_context,
 * request fragmentation, concurrent calls matched by call_id, response reassembly, faults,
 * cancellation and (through ClientSecurityProvider) authentication legs and per-PDU protection.
 * It sees only a Duplex and TransportInfo, so TCP and SMB named pipes share it.
 *
 *   const conn = await connectTcpRpc('127.0.0.1', 49664);          // or RpcClientConnection.open(stream, info)
 *   const ctx = await conn.bind(IFACE, { transferSyntaxes: ['ndr64', 'ndr20'] });
 *   const out = await conn.call(ctx, opnum, encodeParams(...));   // RpcFault / ConnectionError / AbortError
 *   await conn.close();
 */
import type { Duplex } from 'node:stream';
import { statusName, ContextResult, ProviderReason } from '../errors/status.js';
import { connectTcp, type ConnectTcpOptions } from '../transport/tcp.js';
import {
  AuthenticationError,
  BindError,
  bindNakReasonName,
  CallAbortedError,
  ConnectionError,
  providerReasonName,
  ResponseTooLargeError,
} from './client-errors.js';
import { FragmentReader } from './client-framing.js';
import type { ClientSecurityContext, ClientSecurityOptions } from './client-security.js';
import {
  BindTimeFeature,
  bindTimeFeatureSyntax,
  decodePdu,
  encodePdu,
  FAULT_HEADER_LENGTH,
  PfcFlags,
  REQUEST_HEADER_LENGTH,
  RESPONSE_HEADER_LENGTH,
  SEC_TRAILER_LENGTH,
  stubCapacity,
  syntaxEquals,
  type AuthVerifier,
  type BindAckPdu,
  type BindNakPdu,
  type FaultPdu,
  type Pdu,
  type PresentationContextElem,
  type RequestPdu,
  type ResponsePdu,
} from './pdu.js';
import type { ProtectedPdu } from './security.js';
import { isUuid } from './uuid.js';
import {
  AuthLevel,
  NDR20_SYNTAX,
  NDR64_SYNTAX,
  RpcFault,
  type SyntaxId,
  type TransferSyntax,
  type TransportInfo,
} from './types.js';

export {
  AuthenticationError,
  BindError,
  CallAbortedError,
  ConnectionError,
  ResponseTooLargeError,
} from './client-errors.js';
export type {
  ClientSecurityContext,
  ClientSecurityOptions,
  ClientSecurityProvider,
  InitiateResult,
} from './client-security.js';

/** A presentation context the server accepted: what `call` needs to address an interface. */
export interface BoundContext {
  readonly contextId: number;
  readonly abstract: SyntaxId;
  readonly syntax: TransferSyntax;
}

export interface RpcClientOptions {
  /** Largest fragment we send; the server may lower it in bind_ack (default 4280). */
  readonly maxXmitFrag?: number;
  /** Largest fragment we accept; told to the server in bind (default 4280). */
  readonly maxRecvFrag?: number;
  /** Join this association group (0 or absent: the server creates a new one). */
  readonly assocGroupId?: number;
  /** Largest reassembled response stub accepted for one call (default 16 MiB). */
  readonly maxResponseBytes?: number;
  /** Authenticate the first bind with this provider and protect calls at `level`. */
  readonly security?: ClientSecurityOptions;
}

export interface BindOptions {
  /** Offered transfer syntaxes, one p_cont_elem each, in preference order (default ['ndr20']). */
  readonly transferSyntaxes?: readonly TransferSyntax[];
  /** Also offer bind-time feature negotiation ([MS-RPCE] 3.3.1.5.3). */
  readonly featureNegotiation?: boolean;
}

export interface CallOptions {
  /** Object UUID sent with PFC_OBJECT_UUID. */
  readonly object?: string;
  readonly signal?: AbortSignal;
}

/** Bind-time feature negotiation answer ([MS-RPCE] 2.2.2.14). */
export interface NegotiatedFeatures {
  readonly securityContextMultiplexing: boolean;
  readonly keepConnectionOnOrphan: boolean;
}

const DEFAULT_FRAG = 4280;
const DEFAULT_MAX_RESPONSE = 16 * 1024 * 1024;
const OBJECT_UUID_LENGTH = 16;
/** Fragments of calls we gave up on are dropped rather than treated as protocol errors. */
const MAX_ABANDONED = 4096;
/** Queued output written at once when a large request is being fragmented. */
const FLUSH_THRESHOLD = 64 * 1024;
/** Non-last request fragments carry a multiple of this much stub without auth ([C706] 12.6). */
const STUB_ALIGN = 8;
/** A security handshake longer than this is a broken or hostile peer. */
const MAX_AUTH_LEGS = 8;
const EMPTY = new Uint8Array(0);

/** We keep the connection after sending orphaned; we do not multiplex security contexts (yet). */
const BTFN_OFFER = BindTimeFeature.KEEP_CONNECTION_ON_ORPHAN;

function transferSyntaxId(ts: TransferSyntax): SyntaxId {
  return ts === 'ndr64' ? NDR64_SYNTAX : NDR20_SYNTAX;
}

interface PendingCall {
  readonly callId: number;
  readonly contextId: number;
  readonly resolve: (stub: Uint8Array) => void;
  readonly reject: (err: unknown) => void;
  chunks: Uint8Array[];
  received: number;
  started: boolean;
  /** Every request fragment has been written. */
  requestSent: boolean;
  /** Some request fragment has been written. */
  requestStarted: boolean;
  settled: boolean;
  /** Holds the exclusive call lock (non-multiplexed connections). */
  holdsLock: boolean;
  detachAbort?: () => void;
}

interface PendingControl {
  readonly callId: number;
  readonly expect: 'bind_ack' | 'alter_context_resp';
  readonly resolve: (pdu: Pdu) => void;
  readonly reject: (err: unknown) => void;
}

/** FIFO lock: a non-multiplexed connection carries one call at a time ([MS-RPCE] 3.3.1.5.8). */
class CallLock {
  private held = false;
  private readonly waiters: (() => void)[] = [];
  acquire(): Promise<void> | undefined {
    if (!this.held) {
      this.held = true;
      return undefined;
    }
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }
  /** Removes a waiter that no longer wants the lock (aborted before its turn). */
  cancel(waiter: () => void): void {
    const i = this.waiters.indexOf(waiter);
    if (i >= 0) this.waiters.splice(i, 1);
  }
  enqueue(waiter: () => void): void {
    if (!this.held) {
      this.held = true;
      waiter();
    } else this.waiters.push(waiter);
  }
  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
  drain(): void {
    // Wake every waiter so it can observe that the connection is dead.
    const all = this.waiters.splice(0);
    this.held = false;
    for (const w of all) w();
  }
}

export class RpcClientConnection {
  readonly transport: TransportInfo;
  private readonly stream: Duplex;
  private readonly reader: FragmentReader;
  private readonly offeredXmit: number;
  private readonly offeredRecv: number;
  private readonly maxResponseBytes: number;

  private xmitFrag: number;
  private recvFrag: number;
  private assocGroup: number;
  private secondaryAddress = '';
  private negotiatedFeatures: NegotiatedFeatures | undefined;
  private multiplexed = true;
  private bound = false;
  private readonly securityOpts: ClientSecurityOptions | undefined;
  private security: { ctx: ClientSecurityContext; complete: boolean } | undefined;
  private headerSign = false;

  private nextCallId = 1;
  private nextContextId = 0;
  private readonly calls = new Map<number, PendingCall>();
  /** call_id → whether its end releases the exclusive lock. Insertion order gives FIFO eviction. */
  private readonly abandoned = new Map<number, boolean>();
  private control: PendingControl | undefined;
  private readonly bindLock = new CallLock();
  private readonly callLock = new CallLock();

  /** Multi-fragment requests waiting for the wire; fragments of one call stay contiguous. */
  private readonly sendQueue: (() => Promise<void>)[] = [];
  private sending = false;
  private readonly outQueue: Uint8Array[] = [];
  private outBytes = 0;

  private failure: ConnectionError | undefined;
  private shutdownRequested = false;
  private closePromise: Promise<void> | undefined;

  private constructor(stream: Duplex, info: TransportInfo, opts: RpcClientOptions) {
    this.stream = stream;
    this.transport = info;
    this.offeredXmit = clampFrag(opts.maxXmitFrag ?? DEFAULT_FRAG, 'maxXmitFrag');
    this.offeredRecv = clampFrag(opts.maxRecvFrag ?? DEFAULT_FRAG, 'maxRecvFrag');
    this.xmitFrag = this.offeredXmit;
    this.recvFrag = this.offeredRecv;
    this.assocGroup = opts.assocGroupId ?? 0;
    this.maxResponseBytes = opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE;
    this.securityOpts = opts.security;
    this.reader = new FragmentReader(this.offeredRecv);
    stream.on('data', this.onData);
    stream.on('end', this.onEnd);
    stream.on('close', this.onEnd);
    stream.on('error', this.onError);
  }

  /** Wraps an open byte stream; the first `bind` establishes the association. */
  static async open(
    stream: Duplex,
    info: TransportInfo,
    opts: RpcClientOptions = {},
  ): Promise<RpcClientConnection> {
    if (stream.destroyed) throw new ConnectionError('closed', 'the stream is already closed');
    return new RpcClientConnection(stream, info, opts);
  }

  /** Largest fragment this side sends (after bind_ack). */
  get maxXmitFrag(): number {
    return this.xmitFrag;
  }
  /** Largest fragment the server will send us (after bind_ack). */
  get maxRecvFrag(): number {
    return this.recvFrag;
  }
  get assocGroupId(): number {
    return this.assocGroup;
  }
  /** bind_ack sec_addr: the server's port or pipe name. */
  get secAddr(): string {
    return this.secondaryAddress;
  }
  /** Answer to bind-time feature negotiation, undefined when not offered or not answered. */
  get features(): NegotiatedFeatures | undefined {
    return this.negotiatedFeatures;
  }
  /** Whether header signing was negotiated (PFC_SUPPORT_HEADER_SIGN offered and echoed). */
  get headerSigning(): boolean {
    return this.headerSign;
  }
  /** Whether the server accepted concurrent multiplexing (PFC_CONC_MPX). */
  get concurrentMultiplexing(): boolean {
    return this.multiplexed;
  }
  get closed(): boolean {
    return this.failure !== undefined;
  }
  get pendingCalls(): number {
    return this.calls.size;
  }

  /**
   * Negotiates a presentation context for `abstract`: bind on first use, alter_context after.
   * Throws BindError when the server refuses.
   */
  async bind(abstract: SyntaxId, opts: BindOptions = {}): Promise<BoundContext> {
    const offered = opts.transferSyntaxes ?? ['ndr20'];
    if (offered.length === 0) throw new TypeError('bind needs at least one transfer syntax');
    await this.bindLock.acquire();
    try {
      const exclusive = this.bound && !this.multiplexed;
      if (exclusive) await this.callLock.acquire();
      try {
        return await this.negotiate(abstract, offered, opts.featureNegotiation === true);
      } finally {
        if (exclusive) this.callLock.release();
      }
    } finally {
      this.bindLock.release();
    }
  }

  private async negotiate(
    abstract: SyntaxId,
    offered: readonly TransferSyntax[],
    featureNegotiation: boolean,
  ): Promise<BoundContext> {
    this.throwIfDead();
    const elements: PresentationContextElem[] = [];
    for (const ts of offered) {
      elements.push({
        contextId: this.allocContextId(),
        abstractSyntax: abstract,
        transferSyntaxes: [transferSyntaxId(ts)],
      });
    }
    const btfnIndex = featureNegotiation ? elements.length : -1;
    if (featureNegotiation) {
      elements.push({
        contextId: this.allocContextId(),
        abstractSyntax: abstract,
        transferSyntaxes: [bindTimeFeatureSyntax(BTFN_OFFER)],
      });
    }
    const first = !this.bound;
    const sec = first ? this.securityOpts : undefined;
    const offerHeaderSigning = sec !== undefined && sec.provider.supportsHeaderSigning !== false;
    let auth: AuthVerifier | undefined;
    if (sec) {
      const ctx = sec.provider.newContext(this.transport);
      this.security = { ctx, complete: false };
      const leg = await this.securityLeg(ctx, undefined);
      this.security.complete = leg.complete;
      auth = this.verifier(leg.token ?? EMPTY);
    }
    const flags =
      PfcFlags.FIRST_FRAG |
      PfcFlags.LAST_FRAG |
      (first ? PfcFlags.CONC_MPX : 0) |
      (offerHeaderSigning ? PfcFlags.SUPPORT_HEADER_SIGN : 0);
    const pdu = await this.exchange(first ? 'bind' : 'alter_context', flags, elements, auth);

    if (pdu.type === 'bind_nak') {
      throw new BindError(
        'nak',
        pdu.rejectReason,
        `bind refused (bind_nak): ${bindNakReasonName(pdu.rejectReason)}`,
      );
    }
    if (pdu.type !== 'bind_ack' && pdu.type !== 'alter_context_resp') {
      throw this.fail(
        new ConnectionError(
          'protocol',
          `unexpected ${pdu.type} in answer to ${first ? 'bind' : 'alter_context'}`,
        ),
      );
    }
    if (pdu.results.length !== elements.length) {
      throw this.fail(
        new ConnectionError(
          'protocol',
          `server answered ${pdu.results.length} contexts to ${elements.length} offered`,
        ),
      );
    }
    if (pdu.type === 'bind_ack') {
      // The server's receive size bounds what we send and its send size what we will get.
      this.xmitFrag = Math.max(MIN_FRAG_FLOOR, Math.min(this.offeredXmit, pdu.maxRecvFrag));
      this.recvFrag = Math.min(this.offeredRecv, Math.max(MIN_FRAG_FLOOR, pdu.maxXmitFrag));
      this.assocGroup = pdu.assocGroupId;
      this.secondaryAddress = pdu.secAddr;
      this.multiplexed = (pdu.flags & PfcFlags.CONC_MPX) !== 0;
      this.headerSign = offerHeaderSigning && (pdu.flags & PfcFlags.SUPPORT_HEADER_SIGN) !== 0;
      this.bound = true;
      if (sec) await this.completeSecurity(pdu, elements);
    }

    let accepted: BoundContext | undefined;
    let rejection: { result: number; reason: number } | undefined;
    for (let i = 0; i < elements.length; i++) {
      const r = pdu.results[i]!;
      if (i === btfnIndex) {
        if (r.result === ContextResult.NEGOTIATE_ACK) {
          this.negotiatedFeatures = {
            securityContextMultiplexing: (r.reason & BindTimeFeature.SECURITY_CONTEXT_MULTIPLEXING) !== 0,
            keepConnectionOnOrphan: (r.reason & BindTimeFeature.KEEP_CONNECTION_ON_ORPHAN) !== 0,
          };
        }
        continue;
      }
      if (r.result === ContextResult.ACCEPTANCE) {
        const el = elements[i]!;
        if (!syntaxEquals(r.transferSyntax, el.transferSyntaxes[0]!)) {
          throw this.fail(
            new ConnectionError('protocol', 'server accepted a transfer syntax that was not offered'),
          );
        }
        accepted ??= { contextId: el.contextId, abstract, syntax: offered[i]! };
      } else if (rejection === undefined || r.reason === ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED) {
        rejection = { result: r.result, reason: r.reason };
      }
    }
    if (accepted) return accepted;
    const why = rejection ?? {
      result: ContextResult.PROVIDER_REJECTION,
      reason: ProviderReason.REASON_NOT_SPECIFIED,
    };
    throw new BindError(
      'rejected',
      why.reason,
      `server rejected ${abstract.uuid} v${abstract.major}.${abstract.minor} with ${offered.join('/')}: ${providerReasonName(why.reason)}`,
      why.result,
    );
  }

  /** Sends bind / alter_context and waits for its answer. */
  private exchange(
    type: 'bind' | 'alter_context',
    flags: number,
    contexts: readonly PresentationContextElem[],
    auth: AuthVerifier | undefined,
  ): Promise<Pdu> {
    const callId = this.allocCallId();
    const expect = type === 'bind' ? 'bind_ack' : 'alter_context_resp';
    const reply = new Promise<Pdu>((resolve, reject) => {
      this.control = { callId, expect, resolve, reject };
    });
    this.write(
      encodePdu({
        type,
        callId,
        flags,
        maxXmitFrag: this.offeredXmit,
        maxRecvFrag: this.offeredRecv,
        assocGroupId: this.assocGroup,
        contexts,
        ...(auth ? { auth } : {}),
      }),
    );
    return reply;
  }

  private verifier(token: Uint8Array): AuthVerifier {
    const sec = this.securityOpts!;
    return {
      authType: sec.provider.authType,
      authLevel: sec.level,
      authPadLength: 0,
      authContextId: sec.authContextId ?? 0,
      token,
    };
  }

  private async securityLeg(
    ctx: ClientSecurityContext,
    input: Uint8Array | undefined,
  ): Promise<{ token?: Uint8Array; complete: boolean }> {
    try {
      return await ctx.initiate(input);
    } catch (err) {
      throw new AuthenticationError(`security provider refused: ${describe(err)}`, { cause: err });
    }
  }

  /**
   * Finishes the security context after bind_ack ([MS-RPCE] 3.3.1.5.2.1): a final token goes in
   * rpc_auth_3 (no answer), an intermediate one in alter_context (answered).
   */
  private async completeSecurity(
    ack: BindAckPdu,
    elements: readonly PresentationContextElem[],
  ): Promise<void> {
    const sec = this.security!;
    const expected = this.verifier(EMPTY);
    let input = ack.auth?.token;
    for (let legs = 0; !sec.complete; legs++) {
      if (legs >= MAX_AUTH_LEGS) throw new AuthenticationError('security handshake did not finish');
      if (input === undefined || input.length === 0) {
        throw new AuthenticationError('the server sent no security token to continue with');
      }
      const leg = await this.securityLeg(sec.ctx, input);
      sec.complete = leg.complete;
      const token = leg.token ?? EMPTY;
      if (token.length === 0) continue;
      if (leg.complete) {
        this.write(
          encodePdu({
            type: 'auth3',
            callId: this.allocCallId(),
            flags: PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG,
            pad: 0,
            auth: this.verifier(token),
          }),
        );
        return;
      }
      const flags =
        PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG | (this.headerSign ? PfcFlags.SUPPORT_HEADER_SIGN : 0);
      const resp = await this.exchange('alter_context', flags, elements, this.verifier(token));
      if (resp.type !== 'alter_context_resp') {
        throw this.fail(new ConnectionError('protocol', `unexpected ${resp.type} during authentication`));
      }
      const a = resp.auth;
      if (a && (a.authType !== expected.authType || a.authContextId !== expected.authContextId)) {
        throw new AuthenticationError('the server answered for another security context');
      }
      input = a?.token;
    }
  }

  /** The context protecting each PDU, when the level asks for integrity or privacy. */
  private protecting(): ClientSecurityContext | undefined {
    const s = this.security;
    return s && s.complete && this.securityOpts!.level >= AuthLevel.PKT_INTEGRITY ? s.ctx : undefined;
  }

  /** Encodes a request fragment with its verifier: signed, or sealed and signed. */
  private protectRequest(pdu: RequestPdu, ctx: ClientSecurityContext): Uint8Array {
    const sigLength = ctx.signatureLength;
    const bytes = encodePdu({ ...pdu, auth: this.verifier(new Uint8Array(sigLength)) });
    const tokenOffset = bytes.length - sigLength;
    const bodyOffset = REQUEST_HEADER_LENGTH + (pdu.object === undefined ? 0 : OBJECT_UUID_LENGTH);
    const p: ProtectedPdu = {
      pdu: bytes.subarray(0, tokenOffset),
      bodyOffset,
      bodyLength: tokenOffset - SEC_TRAILER_LENGTH - bodyOffset,
      headerSigning: this.headerSign,
    };
    if (this.securityOpts!.level >= AuthLevel.PKT_PRIVACY) {
      const { body, signature } = ctx.seal(p);
      if (body.length !== p.bodyLength || signature.length !== sigLength) {
        throw new AuthenticationError('security provider changed the sealed lengths');
      }
      bytes.set(body, bodyOffset);
      bytes.set(signature, tokenOffset);
    } else {
      const signature = ctx.sign(p);
      if (signature.length !== sigLength)
        throw new AuthenticationError('security provider changed the signature length');
      bytes.set(signature, tokenOffset);
    }
    return bytes;
  }

  /** The stub of a protected response/fault after verification, or undefined when it fails. */
  private unprotect(pdu: ResponsePdu | FaultPdu, frag: Uint8Array): Uint8Array | undefined {
    const ctx = this.protecting();
    if (!ctx) return pdu.stub;
    const a = pdu.auth;
    // Runtime faults (e.g. for a request that failed verification) may come unsigned.
    if (!a) return pdu.type === 'fault' ? pdu.stub : undefined;
    const want = this.verifier(EMPTY);
    if (
      a.authType !== want.authType ||
      a.authLevel !== want.authLevel ||
      a.authContextId !== want.authContextId
    ) {
      return undefined;
    }
    const tokenOffset = frag.length - a.token.length;
    const bodyOffset = pdu.type === 'fault' ? FAULT_HEADER_LENGTH : RESPONSE_HEADER_LENGTH;
    const p: ProtectedPdu = {
      pdu: frag.subarray(0, tokenOffset),
      bodyOffset,
      bodyLength: tokenOffset - SEC_TRAILER_LENGTH - bodyOffset,
      headerSigning: this.headerSign,
    };
    if (p.bodyLength < 0) return undefined;
    if (want.authLevel >= AuthLevel.PKT_PRIVACY) {
      const body = ctx.unseal(p, a.token);
      if (!body || body.length !== p.bodyLength || a.authPadLength > body.length) return undefined;
      // A plain view whatever the provider returned (a Buffer's slice would not be a copy either).
      return new Uint8Array(body.buffer, body.byteOffset, body.length - a.authPadLength);
    }
    return ctx.verify(p, a.token) ? pdu.stub : undefined;
  }

  /**
   * Runs one call on a bound context and returns the response stub. Rejects with RpcFault for a
   * fault, CallAbortedError when `signal` aborts, ConnectionError when the connection fails.
   */
  call(ctx: BoundContext, opnum: number, stub: Uint8Array, opts: CallOptions = {}): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.shutdownRequested) {
      return Promise.reject(new ConnectionError('closed', 'the server asked to shut the connection down'));
    }
    const signal = opts.signal;
    if (signal?.aborted) return Promise.reject(new CallAbortedError(0, { cause: signal.reason }));
    if (!Number.isInteger(opnum) || opnum < 0 || opnum > 0xffff) {
      return Promise.reject(new RangeError(`opnum ${opnum} out of range`));
    }
    if (!this.bound) {
      return Promise.reject(new TypeError('call() needs a context from bind() on this connection'));
    }
    if (opts.object !== undefined && !isUuid(opts.object)) {
      return Promise.reject(new TypeError(`invalid object UUID ${JSON.stringify(opts.object)}`));
    }

    return new Promise<Uint8Array>((resolve, reject) => {
      const callId = this.allocCallId();
      const call: PendingCall = {
        callId,
        contextId: ctx.contextId,
        resolve,
        reject,
        chunks: [],
        received: 0,
        started: false,
        requestSent: false,
        requestStarted: false,
        settled: false,
        holdsLock: false,
      };
      const start = (): void => {
        if (call.settled) {
          // Aborted while waiting for the lock: pass it on.
          if (!this.multiplexed) this.callLock.release();
          return;
        }
        if (this.failure) {
          this.settle(call, this.failure);
          return;
        }
        call.holdsLock = !this.multiplexed;
        this.calls.set(callId, call);
        try {
          this.sendRequest(call, opnum, stub, opts.object);
        } catch (err) {
          // Encoding or the security provider failed before anything reached the wire.
          this.settle(call, err);
        }
      };
      if (signal) {
        const onAbort = (): void => this.abortCall(call, signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        call.detachAbort = () => signal.removeEventListener('abort', onAbort);
      }
      if (this.multiplexed) start();
      else this.callLock.enqueue(start);
    });
  }

  /** Ends the stream after pending writes; calls still pending reject with ConnectionError('closed'). */
  close(): Promise<void> {
    if (this.closePromise) return this.closePromise;
    this.closePromise = new Promise<void>((resolve) => {
      if (this.stream.destroyed) {
        resolve();
      } else {
        this.stream.once('close', () => resolve());
        this.flush();
        this.stream.end();
        // A peer that never closes its side must not keep us waiting forever.
        const timer = setTimeout(() => this.stream.destroy(), 5000);
        timer.unref();
      }
    });
    this.fail(new ConnectionError('closed', 'the connection was closed by the client'), false);
    return this.closePromise;
  }

  // ---- sending ----

  private sendRequest(call: PendingCall, opnum: number, stub: Uint8Array, object: string | undefined): void {
    const headerLength = REQUEST_HEADER_LENGTH + (object === undefined ? 0 : OBJECT_UUID_LENGTH);
    const protector = this.protecting();
    // Non-last fragments carry an aligned stub so only the last needs padding: a multiple of 16
    // with a verifier (stubCapacity), of 8 without.
    const room = this.xmitFrag - headerLength;
    const perFragment = protector
      ? stubCapacity(this.xmitFrag, { headerLength, authTokenLength: protector.signatureLength })
      : room - (room % STUB_ALIGN);
    if (perFragment <= 0) {
      this.settle(
        call,
        new ConnectionError('limit', `max_xmit_frag ${this.xmitFrag} leaves no room for stub data`),
      );
      return;
    }
    const total = stub.length;
    const fragment = (offset: number): Uint8Array => {
      const len = Math.min(perFragment, total - offset);
      let flags = 0;
      if (offset === 0) flags |= PfcFlags.FIRST_FRAG;
      if (offset + len === total) flags |= PfcFlags.LAST_FRAG;
      if (object !== undefined) flags |= PfcFlags.OBJECT_UUID;
      const pdu: RequestPdu = {
        type: 'request',
        callId: call.callId,
        flags,
        allocHint: total - offset,
        contextId: call.contextId,
        opnum,
        ...(object === undefined ? {} : { object }),
        stub: stub.subarray(offset, offset + len),
      };
      return protector ? this.protectRequest(pdu, protector) : encodePdu(pdu);
    };

    if (total <= perFragment && !this.sending) {
      call.requestStarted = true;
      this.write(fragment(0));
      call.requestSent = true;
      return;
    }
    this.sendQueue.push(async () => {
      let offset = 0;
      do {
        if (call.settled || this.failure) return;
        let frag: Uint8Array;
        try {
          frag = fragment(offset);
        } catch (err) {
          this.abortCall(call, err, err);
          return;
        }
        offset = Math.min(total, offset + perFragment);
        call.requestStarted = true;
        this.write(frag);
        if (this.outBytes >= FLUSH_THRESHOLD) {
          this.flush();
          if (this.stream.writableNeedDrain && offset < total) await this.drained();
        }
      } while (offset < total);
      call.requestSent = true;
    });
    if (!this.sending) void this.pumpSendQueue();
  }

  private async pumpSendQueue(): Promise<void> {
    this.sending = true;
    try {
      while (this.sendQueue.length > 0 && !this.failure) {
        const job = this.sendQueue.shift()!;
        await job();
      }
    } finally {
      this.sendQueue.length = 0;
      this.sending = false;
    }
  }

  private drained(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
    });
  }

  private write(bytes: Uint8Array): void {
    // PDUs produced in one burst of microtasks leave in one write instead of a syscall each.
    this.outQueue.push(bytes);
    this.outBytes += bytes.length;
    if (this.outQueue.length === 1) process.nextTick(this.flush);
  }

  private readonly flush = (): void => {
    const q = this.outQueue;
    if (q.length === 0 || this.stream.destroyed || this.stream.writableEnded) {
      q.length = 0;
      this.outBytes = 0;
      return;
    }
    const bytes = q.length === 1 ? q[0]! : concat(q, this.outBytes);
    q.length = 0;
    this.outBytes = 0;
    this.stream.write(bytes);
  };

  /** Stops a call locally and tells the server; settles with `error` or a CallAbortedError. */
  private abortCall(call: PendingCall, reason: unknown, error?: unknown): void {
    if (call.settled) return;
    if (call.requestStarted && !this.failure) {
      // A partly sent request is orphaned (the server drops it); a whole one is cancelled.
      const type = call.requestSent ? 'co_cancel' : 'orphaned';
      const flags = PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG;
      this.write(encodePdu({ type, callId: call.callId, flags }));
      // A co_cancelled call is still answered; its lock is released when that answer arrives.
      this.markAbandoned(call.callId, call.holdsLock && type === 'co_cancel');
      if (call.holdsLock && type === 'co_cancel') call.holdsLock = false;
    }
    this.settle(call, error ?? new CallAbortedError(call.callId, { cause: reason }));
  }

  // ---- receiving ----

  private readonly onData = (chunk: Buffer): void => {
    if (this.failure) return;
    this.reader.push(chunk);
    try {
      for (let frag = this.reader.next(); frag !== undefined; frag = this.reader.next()) {
        this.onFragment(frag);
        if (this.failure) return;
      }
    } catch (err) {
      this.fail(
        new ConnectionError('protocol', `malformed data from the server: ${describe(err)}`, { cause: err }),
      );
    }
  };

  private onFragment(frag: Uint8Array): void {
    const pdu = decodePdu(frag);
    switch (pdu.type) {
      case 'response':
      case 'fault': {
        const stub = this.unprotect(pdu, frag);
        if (stub === undefined) {
          this.fail(
            new ConnectionError('security', `${pdu.type} for call_id ${pdu.callId} failed verification`),
          );
          return;
        }
        if (pdu.type === 'response') this.onResponse(pdu, stub);
        else this.onFault(pdu);
        return;
      }
      case 'bind_ack':
      case 'bind_nak':
      case 'alter_context_resp':
        this.onControl(pdu);
        return;
      case 'shutdown':
        this.shutdownRequested = true;
        if (this.calls.size === 0) void this.close();
        return;
      default:
        this.fail(new ConnectionError('protocol', `unexpected ${pdu.type} PDU from the server`));
    }
  }

  private onResponse(pdu: ResponsePdu, stub: Uint8Array): void {
    const last = (pdu.flags & PfcFlags.LAST_FRAG) !== 0;
    const call = this.calls.get(pdu.callId);
    if (!call) {
      if (this.abandoned.has(pdu.callId)) {
        if (last) this.endAbandoned(pdu.callId);
        return;
      }
      this.fail(new ConnectionError('protocol', `response for unknown call_id ${pdu.callId}`));
      return;
    }
    const first = (pdu.flags & PfcFlags.FIRST_FRAG) !== 0;
    if (first === call.started) {
      this.fail(new ConnectionError('protocol', `response fragment order broken for call_id ${pdu.callId}`));
      return;
    }
    call.started = true;
    if (call.received + stub.length > this.maxResponseBytes) {
      this.markAbandoned(call.callId, call.holdsLock && !last);
      if (call.holdsLock && !last) call.holdsLock = false;
      this.settle(call, new ResponseTooLargeError(call.callId, this.maxResponseBytes));
      return;
    }
    call.received += stub.length;
    call.chunks.push(stub);
    if (!last) return;
    const result = call.chunks.length === 1 ? call.chunks[0]! : concat(call.chunks, call.received);
    call.chunks = [];
    this.settle(call, undefined, result);
  }

  private onFault(pdu: FaultPdu): void {
    const fault = new RpcFault(pdu.status, `RPC fault ${statusName(pdu.status)}`);
    const call = this.calls.get(pdu.callId);
    if (call) {
      this.settle(call, fault);
      return;
    }
    if (this.abandoned.has(pdu.callId)) {
      this.endAbandoned(pdu.callId);
      return;
    }
    if (this.control && this.control.callId === pdu.callId) {
      const c = this.control;
      this.control = undefined;
      c.reject(fault);
      return;
    }
    // Windows answers some protocol errors with a fault for call_id 0 and then closes.
    this.fail(
      new ConnectionError('protocol', `server sent ${fault.message} for call_id ${pdu.callId}`, {
        cause: fault,
      }),
    );
  }

  private onControl(pdu: BindAckPdu | BindNakPdu): void {
    const c = this.control;
    const fits =
      c !== undefined &&
      pdu.callId === c.callId &&
      (pdu.type === c.expect || (pdu.type === 'bind_nak' && c.expect === 'bind_ack'));
    if (!fits) {
      this.fail(new ConnectionError('protocol', `unexpected ${pdu.type} from the server`));
      return;
    }
    this.control = undefined;
    c.resolve(pdu);
  }

  private readonly onEnd = (): void => {
    this.fail(new ConnectionError('closed', 'the server closed the connection'), false);
    // Streams that allow half-open (pipes) would otherwise keep our side open forever.
    if (!this.stream.writableEnded && !this.stream.destroyed) this.stream.end();
  };

  private readonly onError = (err: Error): void => {
    this.fail(new ConnectionError('transport', `transport error: ${err.message}`, { cause: err }));
  };

  // ---- bookkeeping ----

  private settle(call: PendingCall, err: unknown, result?: Uint8Array): void {
    if (call.settled) return;
    call.settled = true;
    call.detachAbort?.();
    this.calls.delete(call.callId);
    if (call.holdsLock) {
      call.holdsLock = false;
      this.callLock.release();
    }
    if (err !== undefined) call.reject(err);
    else call.resolve(result!);
    if (this.shutdownRequested && this.calls.size === 0) void this.close();
  }

  private markAbandoned(callId: number, holdsLock: boolean): void {
    if (this.abandoned.size >= MAX_ABANDONED) {
      const [oldest, lock] = this.abandoned.entries().next().value as [number, boolean];
      this.abandoned.delete(oldest);
      if (lock) this.callLock.release();
    }
    this.abandoned.set(callId, holdsLock);
  }

  private endAbandoned(callId: number): void {
    const lock = this.abandoned.get(callId);
    this.abandoned.delete(callId);
    if (lock) this.callLock.release();
  }

  private allocCallId(): number {
    if (this.nextCallId > 0xffffffff) {
      throw this.fail(new ConnectionError('limit', 'call_id space exhausted on this connection'));
    }
    return this.nextCallId++;
  }

  private allocContextId(): number {
    if (this.nextContextId > 0xffff) {
      throw new ConnectionError('limit', 'presentation context ids exhausted on this connection');
    }
    return this.nextContextId++;
  }

  private throwIfDead(): void {
    if (this.failure) throw this.failure;
  }

  /** Marks the connection dead once, rejects everything pending, and tears the stream down. */
  private fail(err: ConnectionError, destroy = true): ConnectionError {
    if (this.failure) return this.failure;
    this.failure = err;
    for (const call of [...this.calls.values()]) this.settle(call, err);
    this.calls.clear();
    this.sendQueue.length = 0;
    if (this.control) {
      const c = this.control;
      this.control = undefined;
      c.reject(err);
    }
    this.callLock.drain();
    this.stream.off('data', this.onData);
    if (destroy) this.stream.destroy();
    return err;
  }
}

/** Anything smaller leaves no room for a request header plus stub. */
const MIN_FRAG_FLOOR = 64;

function clampFrag(n: number, name: string): number {
  if (!Number.isInteger(n) || n < MIN_FRAG_FLOOR || n > 0xffff) {
    throw new RangeError(`${name} must be an integer between ${MIN_FRAG_FLOOR} and 65535 (got ${n})`);
  }
  return n;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Opens a TCP connection and wraps it in an RpcClientConnection. */
export async function connectTcpRpc(
  host: string,
  port: number,
  opts: RpcClientOptions & ConnectTcpOptions = {},
): Promise<RpcClientConnection> {
  const { stream, info } = await connectTcp(host, port, opts);
  return RpcClientConnection.open(stream, info, opts);
}
