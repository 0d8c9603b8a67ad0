/**
 * ClusAPI v3 cluster-level methods ([MS-CMRP] 3.1.4.2.1–3.1.4.2.8, .102, .116, .124): opening the
 * cluster, its name, versions, quorum and the cluster-wide enumerations.
 */
import type { HCLUSTER_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import { Win32 } from '../../errors/status.js';
import { ClusterError } from '../model/errors.js';
import type { ClusterServerEnv, MethodRule, Res, SyncHandlers } from './call.js';
import { READ, WRITE, checkCaller, openObject, run, runPlain, useHandle } from './call.js';
import { ClusterEnum, clusterObjects, idsOf, namesOf } from './enums.js';
import { HandleKind, closeHandle } from './handles.js';

type ClusterHandlers = SyncHandlers<
  | 'ApiOpenCluster'
  | 'ApiOpenClusterEx'
  | 'ApiCloseCluster'
  | 'ApiSetClusterName'
  | 'ApiGetClusterName'
  | 'ApiGetClusterVersion'
  | 'ApiGetClusterVersion2'
  | 'ApiGetQuorumResource'
  | 'ApiSetQuorumResource'
  | 'ApiCreateEnum'
  | 'ApiCreateEnumEx'
>;

/**
 * ApiCreateEnum(Ex) need only "Read", but outside the node enumeration they are served in the
 * read/write state alone (3.1.4.2.8, 3.1.4.2.124).
 */
function enumRule(dwType: number): MethodRule {
  return dwType >>> 0 === ClusterEnum.NODE ? READ : { state: 'write', access: 'read' };
}

export function clusterHandlers(env: ClusterServerEnv): ClusterHandlers {
  const { model } = env;
  const clusterId = (): string => model.cluster().id;
  return {
    ApiOpenCluster(ctx) {
      const r = openObject<HCLUSTER_RPC>(env, ctx, HandleKind.cluster, {}, clusterId);
      return { Status: r.Status, ret: r.ret };
    },

    ApiOpenClusterEx(ctx, req) {
      const r = openObject<HCLUSTER_RPC>(
        env,
        ctx,
        HandleKind.cluster,
        { desired: req.dwDesiredAccess, method: 'ApiOpenClusterEx' },
        clusterId,
      );
      return { lpdwGrantedAccess: r.lpdwGrantedAccess, Status: r.Status, ret: r.ret };
    },

    ApiCloseCluster(ctx, req) {
      const { handle, ret } = closeHandle(ctx, req.Cluster, HandleKind.cluster);
      return { Cluster: handle, ret };
    },

    ApiSetClusterName(ctx, req) {
      return run<Res<'ApiSetClusterName'>>(() => {
        checkCaller(env, ctx, WRITE);
        return { ret: model.setClusterName(req.NewClusterName) };
      }, {});
    },

    ApiGetClusterName(ctx) {
      return runPlain<Res<'ApiGetClusterName'>>(
        () => {
          checkCaller(env, ctx, READ);
          return { ClusterName: model.cluster().name, NodeName: model.localNode().name };
        },
        { ClusterName: null, NodeName: null },
      );
    },

    /** 3.1.4.2.5: v3 keeps this method only as a stub; clients use ApiGetClusterVersion2. */
    ApiGetClusterVersion() {
      return {
        lpwMajorVersion: 0,
        lpwMinorVersion: 0,
        lpwBuildNumber: 0,
        lpszVendorId: null,
        lpszCSDVersion: null,
        ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
      };
    },

    ApiGetClusterVersion2(ctx) {
      return run<Res<'ApiGetClusterVersion2'>>(
        () => {
          checkCaller(env, ctx, READ);
          const v = model.cluster().version;
          return {
            lpwMajorVersion: v.major,
            lpwMinorVersion: v.minor,
            lpwBuildNumber: v.build & 0xffff,
            lpszVendorId: v.vendorId,
            lpszCSDVersion: v.csdVersion,
            ppClusterOpVerInfo: {
              dwSize: 20,
              dwClusterHighestVersion: v.highestVersion,
              dwClusterLowestVersion: v.lowestVersion,
              // CLUSTER_VERSION_FLAG_MIXED_MODE is never set: every node runs the same version.
              dwFlags: 0,
              dwReserved: 0,
            },
          };
        },
        {
          lpwMajorVersion: 0,
          lpwMinorVersion: 0,
          lpwBuildNumber: 0,
          lpszVendorId: null,
          lpszCSDVersion: null,
          ppClusterOpVerInfo: null,
        },
      );
    },

    ApiGetQuorumResource(ctx) {
      return run<Res<'ApiGetQuorumResource'>>(
        () => {
          checkCaller(env, ctx, READ);
          const q = model.quorum();
          return {
            lpszResourceName: q.resource?.name ?? '',
            lpszDeviceName: q.path,
            pdwMaxQuorumLogSize: q.maxLogSize >>> 0,
          };
        },
        { lpszResourceName: null, lpszDeviceName: null, pdwMaxQuorumLogSize: 0 },
      );
    },

    ApiSetQuorumResource(ctx, req) {
      return run<Res<'ApiSetQuorumResource'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        model.setQuorumResource(h.objectId, req.lpszDeviceName, req.dwMaxQuorumLogSize >>> 0);
        return {};
      }, {});
    },

    ApiCreateEnum(ctx, req) {
      return run<Res<'ApiCreateEnum'>>(
        () => {
          checkCaller(env, ctx, enumRule(req.dwType));
          return { ReturnEnum: namesOf(clusterObjects(model, req.dwType)) };
        },
        { ReturnEnum: null },
      );
    },

    ApiCreateEnumEx(ctx, req) {
      return run<Res<'ApiCreateEnumEx'>>(
        () => {
          useHandle(env, ctx, req.hCluster, HandleKind.cluster, enumRule(req.dwType));
          if (req.dwOptions !== 0) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'dwOptions');
          const objects = clusterObjects(model, req.dwType);
          return { ReturnIdEnum: idsOf(objects), ReturnNameEnum: namesOf(objects) };
        },
        { ReturnIdEnum: null, ReturnNameEnum: null },
      );
    },
  };
}
