/**
 * ClusAPI v3 group methods ([MS-CMRP] 3.1.4.2.41–3.1.4.2.55, .119): open/create/delete, name,
 * state, id, online/offline, moves, the preferred-owner list and the per-group enumeration.
 */
import { Win32 } from '../../errors/status.js';
import type { ENUM_ENTRY, HGROUP_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import { ClusterError } from '../model/errors.js';
import { GroupState, GroupType } from '../model/types.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { READ, WRITE, openObject, run, useHandle } from './call.js';
import { GroupEnum, enumList, knownEnumBits } from './enums.js';
import { HandleKind, closeHandle } from './handles.js';

type GroupHandlers = SyncHandlers<
  | 'ApiOpenGroup'
  | 'ApiOpenGroupEx'
  | 'ApiCreateGroup'
  | 'ApiCreateGroupEx'
  | 'ApiDeleteGroup'
  | 'ApiCloseGroup'
  | 'ApiGetGroupState'
  | 'ApiSetGroupName'
  | 'ApiGetGroupId'
  | 'ApiOnlineGroup'
  | 'ApiOfflineGroup'
  | 'ApiMoveGroup'
  | 'ApiMoveGroupToNode'
  | 'ApiCreateGroupResourceEnum'
  | 'ApiSetGroupNodeList'
  | 'ApiOnlineGroupEx'
  | 'ApiOfflineGroupEx'
  | 'ApiMoveGroupEx'
  | 'ApiMoveGroupToNodeEx'
>;

/**
 * ApiSetGroupNodeList's MULTI_SZ of node ids (3.1.4.2.55): NULL or cchListSize <= 1 is the empty
 * list; otherwise the first `cch` UTF-16 units must end in a NUL (ERROR_INVALID_PARAMETER), and
 * an empty string ends the list early.
 */
export function parseMultiSz(units: readonly number[] | null, cch: number): string[] {
  if (!units || cch >>> 0 <= 1) return [];
  const n = Math.min(units.length, cch >>> 0);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (u !== 0) {
      cur += String.fromCharCode(u);
      continue;
    }
    if (cur === '') return out;
    out.push(cur);
    cur = '';
  }
  if (cur !== '') throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'unterminated node list');
  return out;
}

/** dwOnlineFlags of ApiOnlineGroupEx (3.1.4.2.129): IGNORE_RESOURCE_STATUS … IGNORE_AFFINITY_RULE. */
const GROUP_ONLINE_FLAGS = 0x0000000f;
const GROUP_OFFLINE_IGNORE_RESOURCE_STATUS = 0x00000001;
const GroupMove = {
  IGNORE_RESOURCE_STATUS: 0x1,
  RETURN_TO_SOURCE_NODE_ON_ERROR: 0x2,
  QUEUE_ENABLED: 0x4,
  HIGH_PRIORITY_START: 0x8,
};
const GROUP_MOVE_FLAGS = 0x0000000f;

/**
 * The flags of the group Ex operations: bits outside `allowed` are ERROR_INVALID_PARAMETER. The
 * locked-mode, synchronous, placement and priority flags need no work here: the model has no
 * locked mode or affinity rules and completes operations before answering.
 */
function checkFlags(flags: number, allowed: number, what: string): void {
  if (((flags >>> 0) & ~allowed) >>> 0 !== 0) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, what);
}

/** 3.1.4.2.131: IGNORE_RESOURCE_STATUS and QUEUE_ENABLED together are ERROR_INVALID_PARAMETER. */
function checkMoveFlags(flags: number): void {
  checkFlags(flags, GROUP_MOVE_FLAGS, 'dwMoveFlags');
  const both = GroupMove.IGNORE_RESOURCE_STATUS | GroupMove.QUEUE_ENABLED;
  if ((flags & both) === both) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'dwMoveFlags');
}

export function groupHandlers(env: ClusterServerEnv): GroupHandlers {
  const { model } = env;
  return {
    ApiOpenGroup(ctx, req) {
      const r = openObject<HGROUP_RPC>(
        env,
        ctx,
        HandleKind.group,
        {},
        () => model.group(req.lpszGroupName).id,
      );
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    ApiOpenGroupEx(ctx, req) {
      return openObject<HGROUP_RPC>(
        env,
        ctx,
        HandleKind.group,
        { desired: req.dwDesiredAccess, method: 'ApiOpenGroupEx' },
        () => model.group(req.lpszGroupName).id,
      );
    },

    ApiCreateGroup(ctx, req) {
      const r = openObject<HGROUP_RPC>(
        env,
        ctx,
        HandleKind.group,
        { state: 'write' },
        () => model.createGroup(req.lpszGroupName).id,
      );
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    /**
     * 3.1.4.2.128: as ApiCreateGroup, with the client's group type stored as given ("all values
     * identically", reserved ones included); without pGroupInfo the type is ClusGroupTypeUnknown.
     */
    ApiCreateGroupEx(ctx, req) {
      const r = openObject<HGROUP_RPC>(env, ctx, HandleKind.group, { state: 'write' }, () => {
        const groupType = req.pGroupInfo ? req.pGroupInfo.dwGroupType >>> 0 : GroupType.Unknown;
        return model.createGroup(req.lpszGroupName, { groupType }).id;
      });
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    ApiDeleteGroup(ctx, req) {
      return run<Res<'ApiDeleteGroup'>>(() => {
        const h = useHandle(env, ctx, req.Group, HandleKind.group, WRITE);
        model.deleteGroup(h.objectId, { force: req.force !== 0 });
        return {};
      }, {});
    },

    ApiCloseGroup(ctx, req) {
      const { handle, ret } = closeHandle(ctx, req.Group, HandleKind.group);
      return { Group: handle, ret };
    },

    ApiGetGroupState(ctx, req) {
      return run<Res<'ApiGetGroupState'>>(
        () => {
          const h = useHandle(env, ctx, req.hGroup, HandleKind.group, READ);
          const s = model.groupState(h.objectId);
          return { State: s.state, NodeName: s.ownerNodeName };
        },
        { State: GroupState.Unknown, NodeName: null },
      );
    },

    ApiSetGroupName(ctx, req) {
      return run<Res<'ApiSetGroupName'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        model.renameGroup(h.objectId, req.lpszGroupName);
        return {};
      }, {});
    },

    ApiGetGroupId(ctx, req) {
      return run<Res<'ApiGetGroupId'>>(
        () => {
          const h = useHandle(env, ctx, req.hGroup, HandleKind.group, READ);
          return { pGuid: model.group(h.objectId).id };
        },
        { pGuid: null },
      );
    },

    ApiOnlineGroup(ctx, req) {
      return run<Res<'ApiOnlineGroup'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        return { ret: model.onlineGroup(h.objectId) };
      }, {});
    },

    ApiOfflineGroup(ctx, req) {
      return run<Res<'ApiOfflineGroup'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        return { ret: model.offlineGroup(h.objectId) };
      }, {});
    },

    ApiOnlineGroupEx(ctx, req) {
      return run<Res<'ApiOnlineGroupEx'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        checkFlags(req.dwOnlineFlags, GROUP_ONLINE_FLAGS, 'dwOnlineFlags');
        return { ret: model.onlineGroup(h.objectId) };
      }, {});
    },

    ApiOfflineGroupEx(ctx, req) {
      return run<Res<'ApiOfflineGroupEx'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        checkFlags(req.dwOfflineFlags, GROUP_OFFLINE_IGNORE_RESOURCE_STATUS, 'dwOfflineFlags');
        return { ret: model.offlineGroup(h.objectId) };
      }, {});
    },

    ApiMoveGroupEx(ctx, req) {
      return run<Res<'ApiMoveGroupEx'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        checkMoveFlags(req.dwMoveFlags);
        return { ret: model.moveGroup(h.objectId) };
      }, {});
    },

    ApiMoveGroupToNodeEx(ctx, req) {
      return run<Res<'ApiMoveGroupToNodeEx'>>(() => {
        const g = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        const n = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
        checkMoveFlags(req.dwMoveFlags);
        return { ret: model.moveGroup(g.objectId, n.objectId) };
      }, {});
    },

    ApiMoveGroup(ctx, req) {
      return run<Res<'ApiMoveGroup'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        return { ret: model.moveGroup(h.objectId) };
      }, {});
    },

    ApiMoveGroupToNode(ctx, req) {
      return run<Res<'ApiMoveGroupToNode'>>(() => {
        const g = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        const n = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
        return { ret: model.moveGroup(g.objectId, n.objectId) };
      }, {});
    },

    ApiCreateGroupResourceEnum(ctx, req) {
      return run<Res<'ApiCreateGroupResourceEnum'>>(
        () => {
          const h = useHandle(env, ctx, req.hGroup, HandleKind.group, READ);
          const t = knownEnumBits(req.dwType, GroupEnum.CONTAINS | GroupEnum.NODES);
          const entries: ENUM_ENTRY[] = [];
          if (t & GroupEnum.CONTAINS) {
            for (const r of model.groupResources(h.objectId))
              entries.push({ Type: GroupEnum.CONTAINS, Name: r.name });
          }
          if (t & GroupEnum.NODES) {
            for (const id of model.group(h.objectId).preferredOwners)
              entries.push({ Type: GroupEnum.NODES, Name: model.node(id).name });
          }
          return { ReturnEnum: enumList(entries) };
        },
        { ReturnEnum: null },
      );
    },

    ApiSetGroupNodeList(ctx, req) {
      return run<Res<'ApiSetGroupNodeList'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        model.setPreferredOwners(h.objectId, parseMultiSz(req.multiSzNodeList, req.cchListSize));
        return {};
      }, {});
    },
  };
}
