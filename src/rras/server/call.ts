/**
 * The frame every DIMSVC method runs in (MS-RRASM 3.1.4): the administrators check first, then —
 * where the method's section says so — the RouterType check, then the method's own validation and
 * the backend call ("Invoke DIMSVC"). Every refusal is the method's DWORD return value: DIMSVC
 * methods "MUST NOT throw exceptions" beyond the RPC runtime's, so only a bug reaches the runtime
 * (which answers it with a fault).
 */
import { RrasStatus, statusName, Win32 } from '../../errors/status.js';
import type { DimsvcHandlers } from '../../interfaces/dimsvc/dimsvc.gen.js';
import type { CallContext } from '../../rpc/types.js';
import type { RrasBackend } from '../backend.js';
import { RrasBlobError } from '../blobs/errors.js';
import { isRrasError } from '../model/errors.js';
import { callerIsAdmin, isLanOnlyRouter, type AdminCheck } from './access.js';

export interface DimsvcEnv {
  /** The RRAS implementation ("Invoke DIMSVC"). */
  readonly backend: RrasBackend;
  /** 2.1.1.1 membership test; default: BUILTIN\Administrators (the host's policy when it has one). */
  readonly isAdmin?: AdminCheck;
}

/** A refusal decided by the RRASM layer itself (a bad level, a malformed blob, a resume handle). */
export class RrasCallError extends Error {
  constructor(
    readonly status: number,
    detail?: string,
  ) {
    super(detail ? `${statusName(status)}: ${detail}` : statusName(status));
    this.name = 'RrasCallError';
  }
}

/** Whether a method's section has the "If RouterType is ROUTER_TYPE_LAN" step. */
export interface MethodRule {
  readonly refuseLanOnly: boolean;
}

export const ANY_ROUTER: MethodRule = { refuseLanOnly: false };
export const NOT_LAN_ONLY: MethodRule = { refuseLanOnly: true };

/** The status a refused operation carries; anything else is a bug and propagates. */
export function statusOf(err: unknown): number {
  if (err instanceof RrasCallError || isRrasError(err)) return err.status;
  // A malformed client blob: the codecs say which status (ERROR_INVALID_PARAMETER).
  if (err instanceof RrasBlobError) return err.status;
  throw err;
}

/** Throws unless `level` is one the method defines (3.1.4: "If dwLevel is not supported …"). */
export function requireLevel(level: number, supported: readonly number[]): void {
  if (!supported.includes(level >>> 0))
    throw new RrasCallError(Win32.ERROR_INVALID_LEVEL, `level ${level >>> 0}`);
}

export function invalidParameter(detail: string): RrasCallError {
  return new RrasCallError(Win32.ERROR_INVALID_PARAMETER, detail);
}

export type Res<K extends keyof DimsvcHandlers> = Awaited<ReturnType<DimsvcHandlers[K]>>;
export type Req<K extends keyof DimsvcHandlers> = Parameters<DimsvcHandlers[K]>[1];

/** Handlers of the methods `K` (every DIMSVC handler is async: the backend is). */
export type AsyncHandlers<K extends keyof DimsvcHandlers> = {
  [P in K]: (ctx: CallContext, req: Req<P>) => Promise<Res<P>>;
};

type Outs<O> = Omit<O, 'ret'>;

/** The RouterType step: refused with ERROR_DDM_NOT_RUNNING on a LAN-only router (see access.ts). */
export async function requireDemandDialManager(env: DimsvcEnv): Promise<void> {
  if (isLanOnlyRouter(await env.backend.routerType()))
    throw new RrasCallError(RrasStatus.ERROR_DDM_NOT_RUNNING, 'the router is in the LAN role only');
}

/**
 * Runs one method: admin check, RouterType check when `rule` says so, then `body`. `body` may
 * return its own `ret` (ERROR_MORE_DATA, PENDING, ERROR_SUCCESS_REBOOT_REQUIRED); `onFailure`
 * holds the [out] values sent with an error. The body comes last so that a handler reads as its
 * frame on one line followed by the method's own steps.
 */
export async function dim<O extends { ret: number }>(
  env: DimsvcEnv,
  ctx: CallContext,
  rule: MethodRule,
  onFailure: Outs<O>,
  body: () => Promise<Outs<O> & { ret?: number }>,
): Promise<O> {
  if (!callerIsAdmin(ctx, env.isAdmin)) return { ...onFailure, ret: Win32.ERROR_ACCESS_DENIED } as O;
  try {
    if (rule.refuseLanOnly) await requireDemandDialManager(env);
    const out = await body();
    return { ...out, ret: out.ret ?? Win32.ERROR_SUCCESS } as O;
  } catch (err) {
    return { ...onFailure, ret: statusOf(err) } as O;
  }
}

/** A method whose only [out] value is its return: `body` does the work, nothing else goes back. */
export function dimAction(
  env: DimsvcEnv,
  ctx: CallContext,
  rule: MethodRule,
  body: () => Promise<unknown>,
): Promise<{ ret: number }> {
  return dim<{ ret: number }>(env, ctx, rule, {}, async () => {
    await body();
    return {};
  });
}
