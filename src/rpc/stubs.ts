/**
 * The part of every generated interface that does not depend on the interface: one method's
 * parameter lists ↔ request/response objects, and the server dispatcher over a method table.
 * Generated `*.gen.ts` files declare the tables (descriptors built once at module load) and call
 * these functions, so the generated code stays declarations.
 */
import { Nca } from '../errors/status.js';
import { decodeParams, encodeParams, type NdrLimits, type NdrType, type Scope } from '../ndr/index.js';
import type { RpcCaller } from './caller.js';
import {
  RpcFault,
  type CallContext,
  type RpcServerInterface,
  type SyntaxId,
  type TransferSyntax,
} from './types.js';

/** Parameters in wire order, each named as in the IDL (the return value is named `ret`). */
export type ParamList = readonly (readonly [name: string, type: NdrType<unknown>])[];

export interface MethodSpec<Req = unknown, Resp = unknown> {
  readonly opnum: number;
  readonly name: string;
  /** [in] and [in, out] parameters; binding handles (handle_t) are not on the wire. */
  readonly request: ParamList;
  /** [out] and [in, out] parameters, then `ret`. */
  readonly response: ParamList;
  /**
   * The answer a server sends when it has no handler for this method: ERROR_CALL_NOT_IMPLEMENTED
   * in the status slots, every other [out] zero-valued. Absent when the method has no status slot.
   */
  readonly notImplemented?: (req: Req) => Resp;
}

/** Method table as generated code exports it: index = opnum, undefined for placeholder slots. */
export type MethodTable = readonly (MethodSpec<never, unknown> | undefined)[];

export interface StubDecodeOptions {
  readonly littleEndian?: boolean;
  readonly limits?: Partial<NdrLimits>;
}

function fields(list: ParamList, values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  list.forEach(([name], i) => {
    out[name] = values[i];
  });
  return out;
}

export function encodeRequest(
  spec: MethodSpec<never, unknown>,
  syntax: TransferSyntax,
  req: object,
): Uint8Array {
  const scope = req as Scope;
  return encodeParams(
    syntax,
    spec.request.map(([name, type]) => [type, scope[name]] as const),
    scope,
  );
}

export function decodeRequest(
  spec: MethodSpec<never, unknown>,
  syntax: TransferSyntax,
  stub: Uint8Array,
  opts: StubDecodeOptions = {},
): Record<string, unknown> {
  return fields(spec.request, decodeParams(stub, syntax, spec.request, opts));
}

/** Responses see the request's parameters too: `[out, size_is(nOutBufferSize)]` takes its size from the request. */
export function encodeResponse(
  spec: MethodSpec<never, unknown>,
  syntax: TransferSyntax,
  req: object,
  resp: unknown,
): Uint8Array {
  const scope: Scope = { ...(req as Scope), ...(resp as Scope) };
  const values = resp as Scope;
  return encodeParams(
    syntax,
    spec.response.map(([name, type]) => [type, values[name]] as const),
    scope,
  );
}

export function decodeResponse(
  spec: MethodSpec<never, unknown>,
  syntax: TransferSyntax,
  stub: Uint8Array,
  req: object,
  opts: StubDecodeOptions = {},
): Record<string, unknown> {
  // An [in, out] value may change in the response, so only the request's [in]-only values are
  // known before the response's own values are decoded.
  const scope: Scope = { ...(req as Scope) };
  for (const [name] of spec.response) delete scope[name];
  return fields(spec.response, decodeParams(stub, syntax, spec.response, { ...opts, scope }));
}

/** One client call: marshal, send, unmarshal. */
export async function callMethod<Req extends object, Resp>(
  caller: RpcCaller,
  spec: MethodSpec<Req, Resp>,
  req: Req,
): Promise<Resp> {
  const table = spec as unknown as MethodSpec<never, unknown>;
  const stub = await caller.call(spec.opnum, encodeRequest(table, caller.syntax, req));
  return decodeResponse(table, caller.syntax, stub, req) as Resp;
}

export interface StubServerOptions {
  /** Overrides the generated preference order of transfer syntaxes. */
  readonly transferSyntaxes?: readonly TransferSyntax[];
  readonly minAuthLevel?: number;
  readonly limits?: Partial<NdrLimits>;
}

export interface StubInterfaceDef {
  readonly name: string;
  readonly syntax: SyntaxId;
  readonly transferSyntaxes: readonly TransferSyntax[];
  readonly methods: MethodTable;
}

type AnyHandler = (this: unknown, ctx: CallContext, req: Record<string, unknown>) => unknown;

/**
 * The server side of a generated interface. Unknown and placeholder opnums fault with
 * nca_s_op_rng_error; an NdrError from decoding propagates (the runtime answers nca_s_fault_ndr).
 */
export function serveMethods(
  def: StubInterfaceDef,
  handlers: object,
  opts: StubServerOptions = {},
): RpcServerInterface {
  const limits: StubDecodeOptions = opts.limits ? { limits: opts.limits } : {};
  return {
    name: def.name,
    syntax: def.syntax,
    transferSyntaxes: opts.transferSyntaxes ?? def.transferSyntaxes,
    minAuthLevel: opts.minAuthLevel,
    async invoke(ctx: CallContext, stub: Uint8Array): Promise<Uint8Array> {
      const spec = Number.isInteger(ctx.opnum) ? def.methods[ctx.opnum] : undefined;
      if (!spec) throw new RpcFault(Nca.nca_s_op_rng_error, `${def.name}: no operation ${ctx.opnum}`);
      // The request is in the client's byte order; the response goes out little-endian, as our drep says.
      const req = decodeRequest(spec, ctx.syntax, stub, { ...limits, littleEndian: ctx.littleEndian });
      const handler = (handlers as Record<string, unknown>)[spec.name];
      let resp: unknown;
      if (typeof handler === 'function') resp = await (handler as AnyHandler).call(handlers, ctx, req);
      else if (spec.notImplemented) resp = spec.notImplemented(req as never);
      else throw new RpcFault(Nca.nca_s_op_rng_error, `${def.name}: ${spec.name} is not implemented`);
      return encodeResponse(spec, ctx.syntax, req, resp);
    },
  };
}

/** Largest zero-filled [out] array a not-implemented answer will allocate (the client chose the size). */
export const MAX_ZERO_FILL = 1 << 20;

/** Element count for a zero-filled conformant [out] array; the client asked for it, so it is bounded. */
export function zeroFillCount(n: number): number {
  if (!(n > 0)) return 0;
  if (n > MAX_ZERO_FILL)
    throw new RpcFault(Nca.nca_s_out_args_too_big, `zero-filled [out] array of ${n} elements`);
  return Math.trunc(n);
}
