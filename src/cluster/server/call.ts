/**
 * The checks every ClusAPI v3 method runs before its processing ([MS-CMRP] 3.1.1, 3.1.4.2): the
 * protocol server state, the caller's access level (from the handle, or from the cluster security
 * descriptor for methods without one, or from dwDesiredAccess for the six Ex-opens), and how a
 * refusal becomes the method's return value or `*Status`.
 */
import { RpcStatus, Win32 } from '../../errors/status.js';
import type { Clusapi3Handlers } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { CallContext, CallerIdentity } from '../../rpc/types.js';
import type { AccessLevel, Entitlement, Grant, ServerState } from '../model/access.js';
import { DesiredAccess, grantAccess, requireAccess, requireServerState } from '../model/access.js';
import type { ClusterModel } from '../model/cluster-model.js';
import type { ClusterRegistry } from '../registry/registry.js';
import { ClusterError, isClusterError } from '../model/errors.js';
import type { HandleKind, ObjectHandle } from './handles.js';
import { createHandle, nullHandle, resolveHandle } from './handles.js';

export interface ClusterServerEnv {
  readonly model: ClusterModel;
  /** The protocol server state (3.1.1) right now. */
  serverState(): ServerState;
  /** What the cluster security descriptor grants this caller. */
  entitlement(identity: CallerIdentity | undefined): Entitlement;
  /**
   * Handle-returning methods this server answers as absent, as older Windows servers do (e.g.
   * <101>: Windows Server 2008 lacks the Ex-opens): `*Status` = RPC_S_PROCNUM_OUT_OF_RANGE.
   */
  readonly unsupported?: ReadonlySet<string>;
  /** The cluster registry; default: the one opened on the model's store (registryFor). */
  readonly registry?: ClusterRegistry;
}

/** A method's needs: whether it modifies cluster state, and the least access level it requires. */
export interface MethodRule {
  readonly state: 'read' | 'write';
  readonly access: AccessLevel;
}

export const READ: MethodRule = { state: 'read', access: 'read' };
export const WRITE: MethodRule = { state: 'write', access: 'all' };

/** The level a caller holds for methods without an object handle, from its entitlement. */
function callerLevel(who: Entitlement): AccessLevel | undefined {
  if (who.all) return 'all';
  if (who.read) return who.backupPrivilege ? 'readBackup' : 'read';
  return undefined;
}

/** Server state and access check for a method that takes no object handle ("at call time", 3.1.4.2). */
export function checkCaller(env: ClusterServerEnv, ctx: CallContext, rule: MethodRule): void {
  requireServerState(env.serverState(), rule.state);
  const level = callerLevel(env.entitlement(ctx.auth.identity));
  if (!level) throw new ClusterError(Win32.ERROR_ACCESS_DENIED);
  requireAccess(level, rule.access);
}

/** Validates a handle of `kind`, then the server state, then the level stored with the handle. */
export function useHandle(
  env: ClusterServerEnv,
  ctx: CallContext,
  handle: Uint8Array,
  kind: HandleKind,
  rule: MethodRule,
): ObjectHandle {
  const h = resolveHandle(ctx, handle, kind);
  requireServerState(env.serverState(), rule.state);
  requireAccess(h.level, rule.access);
  return h;
}

/** Turns a ClusterError into its status; anything else is a bug and propagates (the runtime faults). */
export function statusOf(err: unknown): number {
  if (isClusterError(err)) return err.status;
  throw err;
}

/** The response type of a ClusAPI method, e.g. `Res<'ApiGetNodeState'>`. */
export type Res<K extends keyof Clusapi3Handlers> = Awaited<ReturnType<Clusapi3Handlers[K]>>;

/** Handlers of the methods `K`, answering synchronously (the model is synchronous). */
export type SyncHandlers<K extends keyof Clusapi3Handlers> = {
  [P in K]: (ctx: CallContext, req: Parameters<Clusapi3Handlers[P]>[1]) => Res<P>;
};

type Outs<O> = Omit<O, 'rpc_status' | 'ret'>;

/**
 * Runs a method returning error_status_t with an `rpc_status` out parameter. The runtime, not the
 * method, would fill rpc_status on failure to reach the server; a server that answered writes 0.
 * `body` may return a non-zero success-path status (ERROR_IO_PENDING) as `ret`; `onFailure` holds
 * the out parameters sent with an error.
 */
export function run<O extends { rpc_status: number; ret: number }>(
  body: () => Outs<O> & { ret?: number },
  onFailure: Outs<O>,
): O {
  try {
    const out = body();
    return { ...out, rpc_status: 0, ret: out.ret ?? Win32.ERROR_SUCCESS } as unknown as O;
  } catch (err) {
    return { ...onFailure, rpc_status: 0, ret: statusOf(err) } as unknown as O;
  }
}

/** As `run`, for the few methods without `rpc_status` (ApiGetClusterName). */
export function runPlain<O extends { ret: number }>(
  body: () => Omit<O, 'ret'>,
  onFailure: Omit<O, 'ret'>,
): O {
  try {
    return { ...body(), ret: Win32.ERROR_SUCCESS } as unknown as O;
  } catch (err) {
    return { ...onFailure, ret: statusOf(err) } as unknown as O;
  }
}

export interface OpenResult<H> {
  readonly Status: number;
  readonly rpc_status: number;
  readonly ret: H;
  readonly lpdwGrantedAccess: number;
}

/**
 * The open pattern shared by Api*Open / Api*OpenEx / Api*Create: the handle is the return value,
 * the outcome goes to `*Status` (NULL handle on failure). `desired` undefined = a non-Ex open,
 * which requires and grants "All"; otherwise dwDesiredAccess is evaluated as ApiOpenClusterEx
 * (3.1.4.2.116) describes. `find` locates (or creates) the object and returns its id.
 */
export function openObject<H extends Uint8Array>(
  env: ClusterServerEnv,
  ctx: CallContext,
  kind: HandleKind,
  opts: { desired?: number; state?: 'read' | 'write'; method?: keyof Clusapi3Handlers },
  find: () => string,
): OpenResult<H> {
  try {
    if (opts.method && env.unsupported?.has(opts.method)) {
      throw new ClusterError(RpcStatus.RPC_S_PROCNUM_OUT_OF_RANGE, opts.method);
    }
    requireServerState(env.serverState(), opts.state ?? 'read');
    const who = env.entitlement(ctx.auth.identity);
    let grant: Grant;
    if (opts.desired === undefined) {
      if (!who.all) throw new ClusterError(Win32.ERROR_ACCESS_DENIED);
      grant = { level: 'all', grantedAccess: DesiredAccess.GENERIC_ALL };
    } else {
      grant = grantAccess(opts.desired, who);
    }
    const objectId = find();
    return {
      Status: Win32.ERROR_SUCCESS,
      rpc_status: 0,
      ret: createHandle<H>(ctx, kind, { objectId, level: grant.level }),
      lpdwGrantedAccess: grant.grantedAccess,
    };
  } catch (err) {
    return { Status: statusOf(err), rpc_status: 0, ret: nullHandle<H>(), lpdwGrantedAccess: 0 };
  }
}
