/**
 * ClusAPI v3 group-set methods and group-level dependencies ([MS-CMRP] 3.1.4.2.146-165, opnums
 * 163-180 and 183): handles of kind HGROUPSET_RPC, the access level and server state each section
 * names, and the spec's status for a handle whose object was deleted meanwhile.
 */
import { ClusterStatus } from '../../errors/status.js';
import type { HGROUPSET_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { CallContext } from '../../rpc/types.js';
import { executeGroupSetControl } from '../controls/groupset-controls.js';
import { needsWriteAccess } from '../controls/codes.js';
import { requireServerState } from '../model/access.js';
import { ClusterError, isClusterError } from '../model/errors.js';
import type { ClusterServerEnv, MethodRule, SyncHandlers } from './call.js';
import { READ, WRITE, openObject, run, statusOf, useHandle } from './call.js';
import { enumList } from './enums.js';
import type { ObjectHandle } from './handles.js';
import { HandleKind, closeHandle, resolveHandle } from './handles.js';

type GroupSetHandlers = SyncHandlers<
  | 'ApiCreateGroupSet'
  | 'ApiOpenGroupSet'
  | 'ApiCloseGroupSet'
  | 'ApiDeleteGroupSet'
  | 'ApiAddGroupToGroupSet'
  | 'ApiAddGroupToGroupSetEx'
  | 'ApiRemoveGroupFromGroupSet'
  | 'ApiMoveGroupToGroupSet'
  | 'ApiAddGroupSetDependency'
  | 'ApiAddGroupToGroupSetDependency'
  | 'ApiNodeGroupSetControl'
  | 'ApiGroupSetControl'
  | 'ApiSetGroupDependencyExpression'
  | 'ApiRemoveClusterGroupDependency'
  | 'ApiSetGroupSetDependencyExpression'
  | 'ApiRemoveGroupSetDependency'
  | 'ApiRemoveClusterGroupToGroupSetDependency'
  | 'ApiCreateGroupSetEnum'
>;

const S = ClusterStatus;

/** ApiAddGroupToGroupSet(Ex): read/write state, but "at least Read" on the handles (3.1.4.2.150). */
const WRITE_STATE_READ_ACCESS: MethodRule = { state: 'write', access: 'read' };

/**
 * ENUM_ENTRY.Type of ApiCreateGroupSetEnum entries. 2.2.3.4 lists no value for this enumeration
 * (Windows' ClusterGroupSetEnum returns names only); CLUSTER_OBJECT_TYPE_GROUPSET (2.2.2.11) is
 * used so a client can tell the entries apart. Unverified against a Windows server.
 */
export const GROUPSET_ENUM_ENTRY_TYPE = 0x0000000d;

const noOuts = {};

export function groupSetHandlers(env: ClusterServerEnv): GroupSetHandlers {
  const sets = (): typeof env.model.groupSets => env.model.groupSets;

  /** The set behind a handle; a set deleted since it was opened is `missing` (3.1.4.2.149 ff.). */
  const setOf = (h: ObjectHandle, missing: number = S.ERROR_GROUPSET_NOT_AVAILABLE): string => {
    const s = sets().find(h.objectId);
    if (!s) throw new ClusterError(missing, 'the group set no longer exists');
    return s.id;
  };

  /** The group behind a handle; a deleted one is ERROR_GROUP_NOT_AVAILABLE (3.1.4.2.154, .157). */
  const groupOf = (h: ObjectHandle): string => {
    try {
      return env.model.group(h.objectId).id;
    } catch (err) {
      if (isClusterError(err)) throw new ClusterError(S.ERROR_GROUP_NOT_AVAILABLE, h.objectId);
      throw err;
    }
  };

  const setHandle = (ctx: CallContext, handle: Uint8Array, rule: MethodRule): ObjectHandle =>
    useHandle(env, ctx, handle, HandleKind.groupSet, rule);
  const groupHandle = (ctx: CallContext, handle: Uint8Array, rule: MethodRule): ObjectHandle =>
    useHandle(env, ctx, handle, HandleKind.group, rule);

  /** 3.1.4.2.155/.156: "All" iff the code modifies; the node handle of the Node form must match. */
  const control = (
    ctx: CallContext,
    req: {
      hGroupSet: Uint8Array;
      dwControlCode: number;
      lpInBuffer: Uint8Array | null;
      nOutBufferSize: number;
    },
    hostNode?: Uint8Array,
  ): {
    lpOutBuffer: Uint8Array;
    lpBytesReturned: number;
    lpcbRequired: number;
    rpc_status: number;
    ret: number;
  } => {
    try {
      const h = resolveHandle(ctx, req.hGroupSet, HandleKind.groupSet);
      const host = hostNode ? resolveHandle(ctx, hostNode, HandleKind.node) : undefined;
      requireServerState(env.serverState(), needsWriteAccess(req.dwControlCode) ? 'write' : 'read');
      const id = setOf(h);
      const r = executeGroupSetControl(
        env.model,
        id,
        req.dwControlCode,
        req.lpInBuffer ?? new Uint8Array(0),
        req.nOutBufferSize >>> 0,
        { canWrite: h.level === 'all' && (host === undefined || host.level === 'all') },
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
  };

  return {
    // 3.1.4.2.146: read/write state, "All"; "" → ERROR_INVALID_NAME, a taken name →
    // ERROR_OBJECT_ALREADY_EXISTS.
    ApiCreateGroupSet: (ctx, req) => {
      const { Status, rpc_status, ret } = openObject<HGROUPSET_RPC>(
        env,
        ctx,
        HandleKind.groupSet,
        { state: 'write', method: 'ApiCreateGroupSet' },
        () => sets().create(req.lpszGroupSetName).id,
      );
      return { Status, rpc_status, ret };
    },

    // 3.1.4.2.147: read-only state suffices; the handle carries "All"; unknown → ERROR_GROUPSET_NOT_FOUND.
    ApiOpenGroupSet: (ctx, req) => {
      const { Status, rpc_status, ret } = openObject<HGROUPSET_RPC>(
        env,
        ctx,
        HandleKind.groupSet,
        { state: 'read', method: 'ApiOpenGroupSet' },
        () => sets().get(req.lpszGroupSetName).id,
      );
      return { Status, rpc_status, ret };
    },

    ApiCloseGroupSet: (ctx, req) => {
      const { handle, ret } = closeHandle(ctx, req.GroupSet, HandleKind.groupSet);
      return { GroupSet: handle, ret };
    },

    ApiDeleteGroupSet: (ctx, req) =>
      run(() => {
        sets().delete(setOf(setHandle(ctx, req.GroupSet, WRITE)));
        return noOuts;
      }, noOuts),

    ApiAddGroupToGroupSet: (ctx, req) =>
      run(() => {
        const s = setHandle(ctx, req.GroupSet, WRITE_STATE_READ_ACCESS);
        const g = groupHandle(ctx, req.Group, WRITE_STATE_READ_ACCESS);
        sets().addGroup(setOf(s), groupOf(g));
        return noOuts;
      }, noOuts),

    // 3.1.4.2.165: as ApiAddGroupToGroupSet; UseDomains places the group; Reserved is ignored.
    ApiAddGroupToGroupSetEx: (ctx, req) =>
      run(() => {
        const s = setHandle(ctx, req.GroupSet, WRITE_STATE_READ_ACCESS);
        const g = groupHandle(ctx, req.Group, WRITE_STATE_READ_ACCESS);
        const domain =
          req.UseDomains !== 0 ? { fault: req.FaultDomain, update: req.UpdateDomain } : undefined;
        sets().addGroup(setOf(s), groupOf(g), domain);
        return noOuts;
      }, noOuts),

    ApiRemoveGroupFromGroupSet: (ctx, req) =>
      run(() => {
        sets().removeGroup(groupOf(groupHandle(ctx, req.Group, WRITE)));
        return noOuts;
      }, noOuts),

    ApiMoveGroupToGroupSet: (ctx, req) =>
      run(() => {
        const s = setHandle(ctx, req.GroupSet, WRITE);
        const g = groupHandle(ctx, req.Group, WRITE);
        sets().moveGroup(setOf(s), groupOf(g));
        return noOuts;
      }, noOuts),

    ApiAddGroupSetDependency: (ctx, req) =>
      run(() => {
        const d = setHandle(ctx, req.DependentGroupSet, WRITE);
        const p = setHandle(ctx, req.ProviderGroupSet, WRITE);
        sets().addDependency(setOf(d), setOf(p));
        return noOuts;
      }, noOuts),

    ApiAddGroupToGroupSetDependency: (ctx, req) =>
      run(() => {
        const g = groupHandle(ctx, req.DependentGroup, WRITE);
        const p = setHandle(ctx, req.ProviderGroupSet, WRITE);
        sets().addGroupToGroupSetDependency(groupOf(g), setOf(p));
        return noOuts;
      }, noOuts),

    ApiNodeGroupSetControl: (ctx, req) => control(ctx, req, req.hNode),
    ApiGroupSetControl: (ctx, req) => control(ctx, req),

    ApiSetGroupDependencyExpression: (ctx, req) =>
      run(() => {
        const g = groupHandle(ctx, req.hGroup, WRITE);
        sets().setGroupDependencyExpression(groupOf(g), req.lpszDependencyExpression);
        return noOuts;
      }, noOuts),

    ApiRemoveClusterGroupDependency: (ctx, req) =>
      run(() => {
        const g = groupHandle(ctx, req.hGroup, WRITE);
        const p = groupHandle(ctx, req.hDependsOn, WRITE);
        sets().removeGroupDependency(groupOf(g), groupOf(p));
        return noOuts;
      }, noOuts),

    // 3.1.4.2.159 lists ERROR_GROUPSET_NOT_FOUND, not _NOT_AVAILABLE, for a set that is gone.
    ApiSetGroupSetDependencyExpression: (ctx, req) =>
      run(() => {
        const s = setHandle(ctx, req.hGroupSet, WRITE);
        sets().setDependencyExpression(setOf(s, S.ERROR_GROUPSET_NOT_FOUND), req.lpszDependencyExpression);
        return noOuts;
      }, noOuts),

    ApiRemoveGroupSetDependency: (ctx, req) =>
      run(() => {
        const s = setHandle(ctx, req.hGroupSet, WRITE);
        const p = setHandle(ctx, req.hDependsOn, WRITE);
        sets().removeDependency(setOf(s), setOf(p));
        return noOuts;
      }, noOuts),

    ApiRemoveClusterGroupToGroupSetDependency: (ctx, req) =>
      run(() => {
        const g = groupHandle(ctx, req.hGroup, WRITE);
        const s = setHandle(ctx, req.hDependsOn, WRITE);
        sets().removeGroupToGroupSetDependency(groupOf(g), setOf(s));
        return noOuts;
      }, noOuts),

    // 3.1.4.2.162: read-only state suffices; "Read" on the cluster handle.
    ApiCreateGroupSetEnum: (ctx, req) =>
      run(
        () => {
          useHandle(env, ctx, req.hCluster, HandleKind.cluster, READ);
          const entries = sets()
            .list()
            .map((s) => ({ Type: GROUPSET_ENUM_ENTRY_TYPE, Name: s.name }));
          return { ReturnEnum: enumList(entries) };
        },
        { ReturnEnum: null },
      ),
  };
}
