/**
 * The ClusAPI v3 control methods ([MS-CMRP] 3.1.4.2.72-80, .88-89, .97-98, .105-106): resolve the
 * object handle (and, for the ApiNode* forms, the node handle the spec requires too), apply the
 * server-state rule for modify codes, and let executeControl answer. The access level stored with
 * the handle decides whether a modify code (dwControlCode & 0x00400000) may run (3.1.4.2.74).
 */
import type { Clusapi3Handlers } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { CallContext } from '../../rpc/types.js';
import { requireServerState } from '../model/access.js';
import type { ObjectKind } from '../model/types.js';
import type { ClusterServerEnv, Res } from '../server/call.js';
import { statusOf } from '../server/call.js';
import { HandleKind, resolveHandle } from '../server/handles.js';
import { needsWriteAccess } from './codes.js';
import type { ControlEnvironment } from './dispatch.js';
import { executeControl } from './dispatch.js';

type ControlMethod =
  | 'ApiResourceControl'
  | 'ApiNodeResourceControl'
  | 'ApiResourceTypeControl'
  | 'ApiNodeResourceTypeControl'
  | 'ApiGroupControl'
  | 'ApiNodeGroupControl'
  | 'ApiNodeControl'
  | 'ApiNodeNodeControl'
  | 'ApiNetworkControl'
  | 'ApiNodeNetworkControl'
  | 'ApiNetInterfaceControl'
  | 'ApiNodeNetInterfaceControl'
  | 'ApiClusterControl'
  | 'ApiNodeClusterControl';

/** Synchronous forms of the control methods; assignable to `Partial<Clusapi3Handlers>`. */
export type ControlHandlers = {
  [K in ControlMethod]: (ctx: CallContext, req: Parameters<Clusapi3Handlers[K]>[1]) => Res<K>;
};

interface ControlResponse {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  rpc_status: number;
  ret: number;
}

interface ControlRequest {
  readonly dwControlCode: number;
  readonly lpInBuffer: Uint8Array | null;
  readonly nOutBufferSize: number;
}

const KIND_HANDLE: Readonly<Record<ObjectKind, HandleKind>> = {
  cluster: HandleKind.cluster,
  node: HandleKind.node,
  group: HandleKind.group,
  resource: HandleKind.resource,
  resourceType: HandleKind.cluster,
  network: HandleKind.network,
  netInterface: HandleKind.netInterface,
};

/**
 * One control call. `handle` designates the object (the cluster handle for resource types, whose
 * object is then `typeName`); `hostNode` is the extra node handle of the ApiNode* forms, which must
 * itself be valid and carry "All" for modify codes.
 */
function control(
  env: ClusterServerEnv & ControlEnvironment,
  ctx: CallContext,
  kind: ObjectKind,
  handle: Uint8Array,
  req: ControlRequest,
  opts: { typeName?: string; hostNode?: Uint8Array } = {},
): ControlResponse {
  try {
    const h = resolveHandle(ctx, handle, KIND_HANDLE[kind]);
    const host = opts.hostNode ? resolveHandle(ctx, opts.hostNode, HandleKind.node) : undefined;
    const modify = needsWriteAccess(req.dwControlCode);
    requireServerState(env.serverState(), modify ? 'write' : 'read');
    const canWrite = h.level === 'all' && (host === undefined || host.level === 'all');
    const id = kind === 'resourceType' ? (opts.typeName ?? '') : kind === 'cluster' ? '' : h.objectId;
    const r = executeControl(
      env.model,
      { kind, id },
      req.dwControlCode,
      req.lpInBuffer ?? new Uint8Array(0),
      req.nOutBufferSize >>> 0,
      { canWrite },
      env,
    );
    return {
      lpOutBuffer: r.out,
      lpBytesReturned: r.bytesReturned,
      lpcbRequired: r.required,
      rpc_status: 0,
      ret: r.status,
    };
  } catch (err) {
    return {
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      rpc_status: 0,
      ret: statusOf(err),
    };
  }
}

export function controlHandlers(env: ClusterServerEnv & ControlEnvironment): ControlHandlers {
  return {
    ApiResourceControl: (ctx, req) => control(env, ctx, 'resource', req.hResource, req),
    ApiNodeResourceControl: (ctx, req) =>
      control(env, ctx, 'resource', req.hResource, req, { hostNode: req.hNode }),
    ApiResourceTypeControl: (ctx, req) =>
      control(env, ctx, 'resourceType', req.hCluster, req, { typeName: req.lpszResourceTypeName }),
    ApiNodeResourceTypeControl: (ctx, req) =>
      control(env, ctx, 'resourceType', req.hCluster, req, {
        typeName: req.lpszResourceTypeName,
        hostNode: req.hNode,
      }),
    ApiGroupControl: (ctx, req) => control(env, ctx, 'group', req.hGroup, req),
    ApiNodeGroupControl: (ctx, req) => control(env, ctx, 'group', req.hGroup, req, { hostNode: req.hNode }),
    ApiNodeControl: (ctx, req) => control(env, ctx, 'node', req.hNode, req),
    ApiNodeNodeControl: (ctx, req) => control(env, ctx, 'node', req.hNode, req, { hostNode: req.hHostNode }),
    ApiNetworkControl: (ctx, req) => control(env, ctx, 'network', req.hNetwork, req),
    ApiNodeNetworkControl: (ctx, req) =>
      control(env, ctx, 'network', req.hNetwork, req, { hostNode: req.hNode }),
    ApiNetInterfaceControl: (ctx, req) => control(env, ctx, 'netInterface', req.hNetInterface, req),
    ApiNodeNetInterfaceControl: (ctx, req) =>
      control(env, ctx, 'netInterface', req.hNetInterface, req, { hostNode: req.hNode }),
    ApiClusterControl: (ctx, req) => control(env, ctx, 'cluster', req.hCluster, req),
    ApiNodeClusterControl: (ctx, req) =>
      control(env, ctx, 'cluster', req.hCluster, req, { hostNode: req.hHostNode }),
  };
}
