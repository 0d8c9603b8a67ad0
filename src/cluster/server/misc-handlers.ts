/**
 * The remaining ClusAPI v3 methods of [MS-CMRP] 3.1.4.2 outside the object families: resource
 * restart, pause with a drain target, cancelling a group operation, moving a resource to a CSV
 * group, cluster shared volume state, and the methods the spec tells a v3 server to refuse
 * (database backup, service account password, native update control).
 */
import { ClusterStatus, Win32 } from '../../errors/status.js';
import type { IDL_CLUSTER_SET_PASSWORD_STATUS } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { RefusalRecord } from '../../interfaces/coverage.js';
import { ClusterError } from '../model/errors.js';
import { GroupState, GroupType } from '../model/types.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { WRITE, run, useHandle } from './call.js';
import { HandleKind } from './handles.js';

type MiscHandlers = SyncHandlers<
  | 'ApiRestartResource'
  | 'ApiPauseNodeWithDrainTarget'
  | 'ApiCancelClusterGroupOperation'
  | 'ApiChangeResourceGroupEx'
  | 'ApiChangeCsvState'
  | 'ApiChangeCsvStateEx'
  | 'ApiBackupClusterDatabase'
  | 'ApiSetServiceAccountPassword'
  | 'ApiClusterNativeUpdateControl'
>;

/**
 * Methods of this file whose every call is refused because the spec says a v3 server does so; the
 * coverage table shows them as "refuses-by-spec".
 */
export const MISC_REFUSALS: readonly RefusalRecord[] = [
  {
    method: 'ApiBackupClusterDatabase',
    section: '3.1.4.2.104',
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    reason: 'v3 servers MUST fail it; backups are not offered over the network',
  },
  {
    method: 'ApiSetServiceAccountPassword',
    section: '3.1.4.2.108',
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    reason: 'v3 servers MUST fail it',
  },
  {
    method: 'ApiClusterNativeUpdateControl',
    section: '3.1.4.2.167',
    status: Win32.ERROR_NOT_SUPPORTED,
    reason: 'reserved for future use; the method MUST return ERROR_NOT_SUPPORTED',
  },
];

/** dwPauseFlags of ApiPauseNodeWithDrainTarget (3.1.4.2.126). */
const CLUSAPI_NODE_PAUSE_REMAIN_ON_PAUSED_NODE_ON_MOVE_ERROR = 0x1;
/** flags of ApiChangeResourceGroupEx (3.1.4.2.166). */
const CLUSAPI_CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV = 0x1n;

/** dwState of ApiChangeCsvState(Ex): 1 shares the disk's volumes with all nodes, 0 stops that. */
function csvState(dwState: number): boolean {
  const s = dwState >>> 0;
  if (s !== 0 && s !== 1) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'dwState');
  return s === 1;
}

export function miscHandlers(env: ClusterServerEnv): MiscHandlers {
  const { model } = env;
  return {
    /** 3.1.4.2.142: dwFlags is reserved and ignored. */
    ApiRestartResource(ctx, req) {
      return run<Res<'ApiRestartResource'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        return { ret: model.restartResource(h.objectId) };
      }, {});
    },

    /**
     * 3.1.4.2.126: handled as ApiPauseNodeEx with draining, so it answers ERROR_IO_PENDING as that
     * handler does once the groups have been moved; both handles need "All".
     */
    ApiPauseNodeWithDrainTarget(ctx, req) {
      return run<Res<'ApiPauseNodeWithDrainTarget'>>(() => {
        const n = useHandle(env, ctx, req.hNode, HandleKind.node, WRITE);
        const t = useHandle(env, ctx, req.hNodeDrainTarget, HandleKind.node, WRITE);
        const flags = req.dwPauseFlags >>> 0;
        if ((flags & ~CLUSAPI_NODE_PAUSE_REMAIN_ON_PAUSED_NODE_ON_MOVE_ERROR) !== 0)
          throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'dwPauseFlags');
        model.pauseNodeWithDrainTarget(n.objectId, t.objectId, {
          remainOnMoveError: (flags & CLUSAPI_NODE_PAUSE_REMAIN_ON_PAUSED_NODE_ON_MOVE_ERROR) !== 0,
        });
        return { ret: ClusterStatus.ERROR_IO_PENDING };
      }, {});
    },

    /**
     * 3.1.4.2.133: only a move being retried under CLUSAPI_GROUP_MOVE_QUEUE_ENABLED can be
     * cancelled. This server never queues a move (a queued move either completes or fails at
     * once), so a valid request always finds nothing to cancel: ERROR_INVALID_STATE, whether the
     * group is pending or not.
     */
    ApiCancelClusterGroupOperation(ctx, req) {
      return run<Res<'ApiCancelClusterGroupOperation'>>(() => {
        const h = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        if (req.dwCancelFlags >>> 0 !== 0)
          throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'dwCancelFlags');
        const state = model.groupState(h.objectId).state;
        const why = state === GroupState.Pending ? 'no queued move to cancel' : 'the group is not moving';
        throw new ClusterError(ClusterStatus.ERROR_INVALID_STATE, why);
      }, {});
    },

    /** 3.1.4.2.166: ApiChangeResourceGroup, plus FORCE_MOVE_TO_CSV which requires a CSV group. */
    ApiChangeResourceGroupEx(ctx, req) {
      return run<Res<'ApiChangeResourceGroupEx'>>(() => {
        const r = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        const g = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        const flags = BigInt.asUintN(64, req.flags);
        if ((flags & ~CLUSAPI_CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV) !== 0n)
          throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'flags');
        if (flags !== 0n && model.group(g.objectId).groupType !== GroupType.SharedVolume)
          throw new ClusterError(
            ClusterStatus.ERROR_CLUSTER_INVALID_REQUEST,
            'not a cluster shared volume group',
          );
        model.changeResourceGroup(r.objectId, g.objectId);
        return {};
      }, {});
    },

    /**
     * 3.1.4.2.122. The text says a read-only server SHOULD accept it, but the table gives
     * ERROR_SHARING_PAUSED for a server that is not read/write; it changes the nonvolatile state, so
     * the table's reading is the one taken.
     */
    ApiChangeCsvState(ctx, req) {
      return run<Res<'ApiChangeCsvState'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        if (csvState(req.dwState)) model.enableSharedVolumes(h.objectId);
        else model.disableSharedVolumes(h.objectId);
        return {};
      }, {});
    },

    /** 3.1.4.2.164: as ApiChangeCsvState, adding lpszVolumeName, with its own codes for the disk's placement. */
    ApiChangeCsvStateEx(ctx, req) {
      return run<Res<'ApiChangeCsvStateEx'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        if (csvState(req.dwState)) {
          model.enableSharedVolumes(h.objectId, { volumeName: req.lpszVolumeName, strict: true });
        } else {
          model.disableSharedVolumes(h.objectId);
        }
        return {};
      }, {});
    },

    /**
     * 3.1.4.2.104: "The server MUST fail this method using error ERROR_CALL_NOT_IMPLEMENTED." A v3
     * server writing files at a client-chosen path would also be the wrong thing to expose to the
     * network; the state store is backed up by copying the state directory while the server is stopped.
     */
    ApiBackupClusterDatabase() {
      return { rpc_status: 0, ret: Win32.ERROR_CALL_NOT_IMPLEMENTED };
    },

    /** 3.1.4.2.108: "The server MUST fail this method using error ERROR_CALL_NOT_IMPLEMENTED." */
    ApiSetServiceAccountPassword() {
      const none: IDL_CLUSTER_SET_PASSWORD_STATUS[] = [];
      return {
        ReturnStatusBufferPtr: none,
        SizeReturned: 0,
        ExpectedBufferSize: 0,
        ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
      };
    },

    /** 3.1.4.2.167: "The method MUST return ERROR_NOT_SUPPORTED." */
    ApiClusterNativeUpdateControl() {
      return {
        outBuffer: new Uint8Array(0),
        lpBytesReturned: 0,
        lpBytesNeeded: 0,
        rpc_status: 0,
        ret: Win32.ERROR_NOT_SUPPORTED,
      };
    },
  };
}
