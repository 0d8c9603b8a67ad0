/**
 * ClusAPI v3 resource methods ([MS-CMRP] 3.1.4.2.9–3.1.4.2.26, .111, .120): open/create/delete,
 * name, state, id, type, online/offline/fail, dependencies, possible owners, the network name and
 * moving a resource to another group.
 */
import type { ENUM_ENTRY, HRES_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import { ClusterStatus, Win32 } from '../../errors/status.js';
import type { ClusterModel } from '../model/cluster-model.js';
import { ClusterError } from '../model/errors.js';
import { ResourceState } from '../model/types.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { READ, WRITE, openObject, run, useHandle } from './call.js';
import { ResourceEnum, checkEnumType, enumList } from './enums.js';
import { HandleKind, closeHandle } from './handles.js';

type ResourceHandlers = SyncHandlers<
  | 'ApiOpenResource'
  | 'ApiOpenResourceEx'
  | 'ApiCreateResource'
  | 'ApiDeleteResource'
  | 'ApiCloseResource'
  | 'ApiGetResourceState'
  | 'ApiSetResourceName'
  | 'ApiGetResourceId'
  | 'ApiGetResourceType'
  | 'ApiFailResource'
  | 'ApiOnlineResource'
  | 'ApiOfflineResource'
  | 'ApiAddResourceDependency'
  | 'ApiRemoveResourceDependency'
  | 'ApiCanResourceBeDependent'
  | 'ApiCreateResEnum'
  | 'ApiAddResourceNode'
  | 'ApiRemoveResourceNode'
  | 'ApiChangeResourceGroup'
  | 'ApiGetResourceNetworkName'
  | 'ApiGetResourceDependencyExpression'
  | 'ApiOnlineResourceEx'
  | 'ApiOfflineResourceEx'
  | 'ApiSetResourceDependencyExpression'
>;

/** Thrown inside a transaction to roll back a trial run. */
class TrialRun extends Error {}

/**
 * ApiCanResourceBeDependent (3.1.4.2.22) asks whether ApiAddResourceDependency would succeed
 * without changing anything: run it in a transaction and always roll back.
 */
function canDepend(model: ClusterModel, resource: string, provider: string): void {
  try {
    model.batch(() => {
      model.addDependency(resource, provider);
      throw new TrialRun();
    });
  } catch (err) {
    if (err instanceof TrialRun) return;
    throw err;
  }
}

/**
 * The NetBIOS name of the "Network Name" resource reached by the dependency chains that start at
 * the resource (3.1.4.2.111), nearest first. A Network Name resource answers with its own name:
 * we read "chains that start from the designated resource" as including the empty chain.
 */
function networkNameOf(model: ClusterModel, resourceId: string): string {
  const seen = new Set<string>();
  const queue = [model.resource(resourceId)];
  while (queue.length > 0) {
    const r = queue.shift()!;
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    if (r.type.toLowerCase() === 'network name') {
      const name = r.private.Name;
      if (name && name.type === 'sz' && typeof name.value === 'string') return name.value;
      return r.name;
    }
    queue.push(...model.providers(r.id));
  }
  throw new ClusterError(ClusterStatus.ERROR_DEPENDENCY_NOT_FOUND, 'no Network Name among its providers');
}

/** dwOnlineFlags of ApiOnlineResourceEx (3.1.4.2.134) and dwOfflineFlags of ApiOfflineResourceEx (.135). */
const ResourceOnline = { ALL: 0x2f, DO_NOT_UPDATE_PERSISTENT_STATE: 0x2 } as const;
const ResourceOffline = { ALL: 0x7, DO_NOT_UPDATE_PERSISTENT_STATE: 0x4 } as const;

/**
 * Unknown bits are ERROR_INVALID_PARAMETER (the spec's table). Leaving the persistent state alone
 * is something the model cannot do, so that flag is refused with ERROR_NOT_SUPPORTED rather than
 * ignored; the other flags (locked mode, quorum, placement, forced termination) change nothing here.
 */
function checkResourceFlags(
  flags: number,
  flagSet: { ALL: number; DO_NOT_UPDATE_PERSISTENT_STATE: number },
): void {
  const f = flags >>> 0;
  if ((f & ~flagSet.ALL) >>> 0 !== 0) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'flags');
  if (f & flagSet.DO_NOT_UPDATE_PERSISTENT_STATE) {
    throw new ClusterError(Win32.ERROR_NOT_SUPPORTED, 'DO_NOT_UPDATE_PERSISTENT_STATE');
  }
}

export function resourceHandlers(env: ClusterServerEnv): ResourceHandlers {
  const { model } = env;
  return {
    ApiOpenResource(ctx, req) {
      const r = openObject<HRES_RPC>(
        env,
        ctx,
        HandleKind.resource,
        {},
        () => model.resource(req.lpszResourceName).id,
      );
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    ApiOpenResourceEx(ctx, req) {
      return openObject<HRES_RPC>(
        env,
        ctx,
        HandleKind.resource,
        { desired: req.dwDesiredAccess, method: 'ApiOpenResourceEx' },
        () => model.resource(req.lpszResourceName).id,
      );
    },

    ApiCreateResource(ctx, req) {
      const r = openObject<HRES_RPC>(env, ctx, HandleKind.resource, { state: 'write' }, () => {
        const g = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        return model.createResource(g.objectId, req.lpszResourceName, req.lpszResourceType, {
          flags: req.dwFlags >>> 0,
        }).id;
      });
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    ApiDeleteResource(ctx, req) {
      return run<Res<'ApiDeleteResource'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        model.deleteResource(h.objectId);
        return {};
      }, {});
    },

    ApiCloseResource(ctx, req) {
      const { handle, ret } = closeHandle(ctx, req.Resource, HandleKind.resource);
      return { Resource: handle, ret };
    },

    ApiGetResourceState(ctx, req) {
      return run<Res<'ApiGetResourceState'>>(
        () => {
          const h = useHandle(env, ctx, req.hResource, HandleKind.resource, READ);
          const s = model.resourceState(h.objectId);
          return { State: s.state, NodeName: s.nodeName, GroupName: s.groupName };
        },
        { State: ResourceState.Unknown, NodeName: null, GroupName: null },
      );
    },

    ApiSetResourceName(ctx, req) {
      return run<Res<'ApiSetResourceName'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        model.renameResource(h.objectId, req.lpszResourceName);
        return {};
      }, {});
    },

    ApiGetResourceId(ctx, req) {
      return run<Res<'ApiGetResourceId'>>(
        () => {
          const h = useHandle(env, ctx, req.hResource, HandleKind.resource, READ);
          return { pGuid: model.resource(h.objectId).id };
        },
        { pGuid: null },
      );
    },

    ApiGetResourceType(ctx, req) {
      return run<Res<'ApiGetResourceType'>>(
        () => {
          const h = useHandle(env, ctx, req.hResource, HandleKind.resource, READ);
          return { lpszResourceType: model.resource(h.objectId).type };
        },
        { lpszResourceType: null },
      );
    },

    ApiFailResource(ctx, req) {
      return run<Res<'ApiFailResource'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        model.failResource(h.objectId);
        return {};
      }, {});
    },

    ApiOnlineResource(ctx, req) {
      return run<Res<'ApiOnlineResource'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        return { ret: model.onlineResource(h.objectId) };
      }, {});
    },

    ApiOfflineResource(ctx, req) {
      return run<Res<'ApiOfflineResource'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        return { ret: model.offlineResource(h.objectId) };
      }, {});
    },

    ApiOnlineResourceEx(ctx, req) {
      return run<Res<'ApiOnlineResourceEx'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        checkResourceFlags(req.dwOnlineFlags, ResourceOnline);
        return { ret: model.onlineResource(h.objectId) };
      }, {});
    },

    ApiOfflineResourceEx(ctx, req) {
      return run<Res<'ApiOfflineResourceEx'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        checkResourceFlags(req.dwOfflineFlags, ResourceOffline);
        return { ret: model.offlineResource(h.objectId) };
      }, {});
    },

    ApiAddResourceDependency(ctx, req) {
      return run<Res<'ApiAddResourceDependency'>>(() => {
        const r = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        const p = useHandle(env, ctx, req.hDependsOn, HandleKind.resource, WRITE);
        model.addDependency(r.objectId, p.objectId);
        return {};
      }, {});
    },

    ApiRemoveResourceDependency(ctx, req) {
      return run<Res<'ApiRemoveResourceDependency'>>(() => {
        const r = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        const p = useHandle(env, ctx, req.hDependsOn, HandleKind.resource, WRITE);
        model.removeDependency(r.objectId, p.objectId);
        return {};
      }, {});
    },

    ApiCanResourceBeDependent(ctx, req) {
      return run<Res<'ApiCanResourceBeDependent'>>(() => {
        const r = useHandle(env, ctx, req.hResource, HandleKind.resource, READ);
        const p = useHandle(env, ctx, req.hResourceDependent, HandleKind.resource, READ);
        canDepend(model, r.objectId, p.objectId);
        return {};
      }, {});
    },

    ApiCreateResEnum(ctx, req) {
      return run<Res<'ApiCreateResEnum'>>(
        () => {
          const h = useHandle(env, ctx, req.hResource, HandleKind.resource, READ);
          const t = checkEnumType(
            req.dwType,
            ResourceEnum.DEPENDS | ResourceEnum.PROVIDES | ResourceEnum.NODES,
          );
          const entries: ENUM_ENTRY[] = [];
          if (t & ResourceEnum.DEPENDS) {
            for (const p of model.providers(h.objectId))
              entries.push({ Type: ResourceEnum.DEPENDS, Name: p.name });
          }
          if (t & ResourceEnum.PROVIDES) {
            for (const d of model.dependents(h.objectId))
              entries.push({ Type: ResourceEnum.PROVIDES, Name: d.name });
          }
          if (t & ResourceEnum.NODES) {
            for (const id of model.resource(h.objectId).possibleOwners)
              entries.push({ Type: ResourceEnum.NODES, Name: model.node(id).name });
          }
          return { ReturnEnum: enumList(entries) };
        },
        { ReturnEnum: null },
      );
    },

    ApiAddResourceNode(ctx, req) {
      return run<Res<'ApiAddResourceNode'>>(() => {
        const r = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        const n = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
        model.addPossibleOwner(r.objectId, n.objectId);
        return {};
      }, {});
    },

    ApiRemoveResourceNode(ctx, req) {
      return run<Res<'ApiRemoveResourceNode'>>(() => {
        const r = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        const n = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
        model.removePossibleOwner(r.objectId, n.objectId);
        return {};
      }, {});
    },

    ApiChangeResourceGroup(ctx, req) {
      return run<Res<'ApiChangeResourceGroup'>>(() => {
        const r = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        const g = useHandle(env, ctx, req.hGroup, HandleKind.group, WRITE);
        model.changeResourceGroup(r.objectId, g.objectId);
        return {};
      }, {});
    },

    ApiGetResourceDependencyExpression(ctx, req) {
      return run<Res<'ApiGetResourceDependencyExpression'>>(
        () => {
          const h = useHandle(env, ctx, req.hResource, HandleKind.resource, READ);
          return { lpszDependencyExpression: model.dependencyExpression(h.objectId) };
        },
        { lpszDependencyExpression: null },
      );
    },

    /** 3.1.4.2.109: replaces every dependency; a NULL or empty expression removes them all. */
    ApiSetResourceDependencyExpression(ctx, req) {
      return run<Res<'ApiSetResourceDependencyExpression'>>(() => {
        const h = useHandle(env, ctx, req.hResource, HandleKind.resource, WRITE);
        model.setDependencyExpression(h.objectId, req.lpszDependencyExpression ?? '');
        return {};
      }, {});
    },

    ApiGetResourceNetworkName(ctx, req) {
      return run<Res<'ApiGetResourceNetworkName'>>(
        () => {
          const h = useHandle(env, ctx, req.hResource, HandleKind.resource, READ);
          return { lpszName: networkNameOf(model, h.objectId) };
        },
        { lpszName: null },
      );
    },
  };
}
