/**
 * ClusAPI v3 notification methods ([MS-CMRP] 3.1.1.8, 3.1.4.2.56–.66, .90, .91, .99, .100, .107,
 * .136–.138, .143, .144): version 1 ports (ApiCreateNotify, ApiAddNotify*, ApiReAddNotify*,
 * ApiGetNotify, ApiGetNotifyAsync) and version 2 ports (ApiCreateNotifyV2, ApiAddNotifyV2,
 * ApiAddNotifyResourceTypeV2, ApiGetNotifyV2), ApiUnblockGetNotifyCall and ApiCloseNotify.
 *
 * The reads block until an indication is queued or the port is unblocked or closed; they are
 * async handlers, and the runtime keeps serving other calls on the connection meanwhile. A port is
 * a context handle with a rundown: when the client's association ends, its ports close and their
 * outstanding reads complete.
 */
import { Win32 } from '../../errors/status.js';
import type {
  Clusapi3Handlers,
  HNOTIFY_RPC,
  NOTIFICATION_DATA_ASYNC_RPC,
  NOTIFICATION_RPC,
} from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { CallContext } from '../../rpc/types.js';
import type { AccessLevel } from '../model/access.js';
import { requireServerState } from '../model/access.js';
import { ClusterError } from '../model/errors.js';
import type { ObjectKind } from '../model/types.js';
import {
  CLUSTER_HANDLE_TYPES,
  ClusterChange as V1,
  ClusterObjectType as T,
  RegistryChangeV2,
  V1_REGISTRY_BITS,
  V1_SCOPE_BITS,
  V2_REGISTRABLE,
} from '../notify/flags.js';
import type { V1Scope, V2Change } from '../notify/indications.js';
import { notificationsFor } from '../notify/index.js';
import type { NotifyPort, PortItem, V2Filter } from '../notify/port.js';
import type { NotificationService } from '../notify/service.js';
import type { TakeResult } from '../notify/queue.js';
import { registryFor } from '../registry/index.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { READ, checkCaller, run, statusOf, useHandle } from './call.js';
import { HandleKind, nullHandle } from './handles.js';

/** The state behind an HNOTIFY_RPC; shaped like the other object handles so shared checks apply. */
interface NotifyHandle {
  readonly objectId: string;
  readonly level: AccessLevel;
  readonly port: NotifyPort;
}

/** The reads: they wait for indications, so they answer a promise. */
type BlockingMethod = 'ApiGetNotify' | 'ApiGetNotifyV2' | 'ApiGetNotifyAsync';

type NotifyHandlers = SyncHandlers<
  | 'ApiCreateNotify'
  | 'ApiCloseNotify'
  | 'ApiAddNotifyCluster'
  | 'ApiAddNotifyNode'
  | 'ApiAddNotifyGroup'
  | 'ApiAddNotifyResource'
  | 'ApiAddNotifyKey'
  | 'ApiReAddNotifyNode'
  | 'ApiReAddNotifyGroup'
  | 'ApiReAddNotifyResource'
  | 'ApiAddNotifyNetwork'
  | 'ApiReAddNotifyNetwork'
  | 'ApiAddNotifyNetInterface'
  | 'ApiReAddNotifyNetInterface'
  | 'ApiUnblockGetNotifyCall'
  | 'ApiCreateNotifyV2'
  | 'ApiAddNotifyV2'
  | 'ApiAddNotifyResourceTypeV2'
> & {
  [P in BlockingMethod]: (ctx: CallContext, req: Parameters<Clusapi3Handlers[P]>[1]) => Promise<Res<P>>;
};

const fail = (status: number, detail?: string): never => {
  throw new ClusterError(status, detail);
};

/** The object handle kind each version 1 object-scoped registration takes. */
const SCOPE_HANDLE: Record<V1Scope, (typeof HandleKind)[keyof typeof HandleKind]> = {
  node: HandleKind.node,
  group: HandleKind.group,
  resource: HandleKind.resource,
  network: HandleKind.network,
  netInterface: HandleKind.netInterface,
};

const STATE_BIT: Record<V1Scope, number> = {
  node: V1.NODE_STATE,
  group: V1.GROUP_STATE,
  resource: V1.RESOURCE_STATE,
  network: V1.NETWORK_STATE,
  netInterface: V1.NETINTERFACE_STATE,
};

/** The handle kind ApiAddNotifyV2 expects in hObject for a targeted registration (3.1.4.2.137). */
const TARGET_HANDLE: ReadonlyMap<number, (typeof HandleKind)[keyof typeof HandleKind]> = new Map([
  [T.GROUP, HandleKind.group],
  [T.RESOURCE, HandleKind.resource],
  [T.NETWORK, HandleKind.network],
  [T.NETWORK_INTERFACE, HandleKind.netInterface],
  [T.NODE, HandleKind.node],
  [T.REGISTRY, HandleKind.key],
  [T.GROUPSET, HandleKind.groupSet],
]);

const NOTIFY_VERSION_2 = 2;
const MAX_UINT64 = (1n << 64n) - 1n;

export function notifyHandlers(env: ClusterServerEnv): NotifyHandlers {
  let service: NotificationService | undefined;
  // Created on first use: building the handlers must not open the registry or touch the store.
  const notifications = (): NotificationService =>
    (service ??= notificationsFor(env.model, env.registry ?? registryFor(env.model)));

  /** The port behind hNotify, of the version the method serves (another version is not a valid handle for it). */
  const usePort = (ctx: CallContext, hNotify: Uint8Array, version?: 1 | 2): NotifyPort => {
    const h = ctx.association.handles.lookup<NotifyHandle>(hNotify, HandleKind.notify);
    if (!h || (version !== undefined && h.port.version !== version)) {
      return fail(Win32.ERROR_INVALID_HANDLE, 'not a notification port of this version');
    }
    return h.port;
  };

  const createPort = (ctx: CallContext, version: 1 | 2): { status: number; handle: HNOTIFY_RPC } => {
    try {
      checkCaller(env, ctx, READ);
      const svc = notifications();
      const port = svc.createPort(version);
      const state: NotifyHandle = { objectId: '', level: 'read', port };
      try {
        const handle = ctx.association.handles.create<NotifyHandle>(HandleKind.notify, state, (s) =>
          svc.closePort(s.port),
        ) as HNOTIFY_RPC;
        return { status: Win32.ERROR_SUCCESS, handle };
      } catch (err) {
        // The association ended under us: the port must not outlive it.
        svc.closePort(port);
        throw err;
      }
    } catch (err) {
      return { status: statusOf(err), handle: nullHandle<HNOTIFY_RPC>() };
    }
  };

  const needRoom = (port: NotifyPort): void => {
    if (!port.canAdd()) fail(Win32.ERROR_NOT_ENOUGH_MEMORY, 'too many filters on this port');
  };

  /** ApiAddNotify<Object>: registers the filter and answers the object's state sequence. */
  const addObject = (
    ctx: CallContext,
    scope: V1Scope,
    req: { hNotify: Uint8Array; dwFilter: number; dwNotifyKey: number },
    hObject: Uint8Array,
  ): { objectId: string; port: NotifyPort; sequence: number } => {
    const port = usePort(ctx, req.hNotify, 1);
    const { objectId } = useHandle(env, ctx, hObject, SCOPE_HANDLE[scope], READ);
    needRoom(port);
    port.addV1({
      scope,
      objectId,
      mask: (req.dwFilter & V1_SCOPE_BITS[scope]) >>> 0,
      notifyKey: req.dwNotifyKey >>> 0,
    });
    return { objectId, port, sequence: notifications().index.sequenceOf(scope, objectId) };
  };

  const addOne = <
    K extends
      | 'ApiAddNotifyNode'
      | 'ApiAddNotifyGroup'
      | 'ApiAddNotifyResource'
      | 'ApiAddNotifyNetwork'
      | 'ApiAddNotifyNetInterface',
  >(
    ctx: CallContext,
    scope: V1Scope,
    req: { hNotify: Uint8Array; dwFilter: number; dwNotifyKey: number },
    hObject: Uint8Array,
  ): Res<K> =>
    run<Res<K>>(() => ({ dwStateSequence: addObject(ctx, scope, req, hObject).sequence }) as never, {
      dwStateSequence: 0,
    } as never);

  /**
   * ApiReAddNotify<Object>: as the add, plus a catch-up state indication when the client's state
   * sequence is behind the object's (3.1.4.2.63–.65, .91, .100).
   */
  const reAddOne = <
    K extends
      | 'ApiReAddNotifyNode'
      | 'ApiReAddNotifyGroup'
      | 'ApiReAddNotifyResource'
      | 'ApiReAddNotifyNetwork'
      | 'ApiReAddNotifyNetInterface',
  >(
    ctx: CallContext,
    scope: V1Scope,
    req: { hNotify: Uint8Array; dwFilter: number; dwNotifyKey: number; StateSequence: number },
    hObject: Uint8Array,
  ): Res<K> =>
    run<Res<K>>(() => {
      const { objectId, port, sequence } = addObject(ctx, scope, req, hObject);
      if (sequence !== req.StateSequence >>> 0) {
        const name = notifications().index.lookup(scope as ObjectKind, objectId).name;
        port.post({
          version: 1,
          notifyKey: req.dwNotifyKey >>> 0,
          filter: STATE_BIT[scope],
          stateSequence: sequence,
          name,
        });
      }
      return {} as never;
    }, {} as never);

  /** Waits for indications; maps the queue's outcome to the statuses 3.1.4.2.66 / .138 / .143 list. */
  const read = async (
    ctx: CallContext,
    hNotify: Uint8Array,
    version: 1 | 2,
    max: number,
  ): Promise<{ ret: number; items: PortItem[] }> => {
    let port: NotifyPort;
    try {
      port = usePort(ctx, hNotify, version);
      requireServerState(env.serverState(), 'read');
    } catch (err) {
      return { ret: statusOf(err), items: [] };
    }
    const r: TakeResult<PortItem> = await port.queue.take(max, ctx.signal);
    switch (r.status) {
      case 'items':
        return { ret: Win32.ERROR_SUCCESS, items: r.items };
      case 'closed':
        return { ret: Win32.ERROR_NO_MORE_ITEMS, items: [] };
      case 'interrupted':
      case 'aborted':
        return { ret: Win32.ERROR_INVALID_FUNCTION, items: [] };
    }
  };

  return {
    ApiCreateNotify(ctx) {
      const r = createPort(ctx, 1);
      return { Status: r.status, rpc_status: 0, ret: r.handle };
    },

    ApiCreateNotifyV2(ctx) {
      const r = createPort(ctx, 2);
      return { rpc_error: r.status, rpc_status: 0, ret: r.handle };
    },

    /** 3.1.4.2.57: completes outstanding reads, flushes the port, answers the NULL handle. */
    ApiCloseNotify(ctx, req) {
      const h = ctx.association.handles.lookup<NotifyHandle>(req.Notify, HandleKind.notify);
      if (!h) return { Notify: req.Notify, ret: Win32.ERROR_INVALID_HANDLE };
      ctx.association.handles.destroy(req.Notify);
      notifications().closePort(h.port);
      return { Notify: nullHandle<HNOTIFY_RPC>(), ret: Win32.ERROR_SUCCESS };
    },

    /** 3.1.4.2.107: outstanding reads complete with ERROR_INVALID_FUNCTION; the port is on its way to closing. */
    ApiUnblockGetNotifyCall(ctx, req) {
      try {
        usePort(ctx, req.hNotify).queue.unblock();
        return { ret: Win32.ERROR_SUCCESS };
      } catch (err) {
        return { ret: statusOf(err) };
      }
    },

    /**
     * 3.1.4.2.58: every object of the cluster, and the root key for the registry bits (its whole
     * subtree with CLUSTER_CHANGE_REGISTRY_SUBTREE). The client-only bits (cluster state,
     * reconnect, handle close) are ignored rather than refused: a server never queues them.
     */
    ApiAddNotifyCluster(ctx, req) {
      return run<Res<'ApiAddNotifyCluster'>>(() => {
        const port = usePort(ctx, req.hNotify, 1);
        useHandle(env, ctx, req.hCluster, HandleKind.cluster, READ);
        needRoom(port);
        port.addV1({
          scope: 'cluster',
          mask: (req.dwFilter & V1_SCOPE_BITS.cluster) >>> 0,
          notifyKey: req.dwNotifyKey >>> 0,
        });
        return {};
      }, {});
    },

    ApiAddNotifyNode: (ctx, req) => addOne<'ApiAddNotifyNode'>(ctx, 'node', req, req.hNode),
    ApiAddNotifyGroup: (ctx, req) => addOne<'ApiAddNotifyGroup'>(ctx, 'group', req, req.hGroup),
    ApiAddNotifyResource: (ctx, req) => addOne<'ApiAddNotifyResource'>(ctx, 'resource', req, req.hResource),
    ApiAddNotifyNetwork: (ctx, req) => addOne<'ApiAddNotifyNetwork'>(ctx, 'network', req, req.hNetwork),
    ApiAddNotifyNetInterface: (ctx, req) =>
      addOne<'ApiAddNotifyNetInterface'>(ctx, 'netInterface', req, req.hNetInterface),

    ApiReAddNotifyNode: (ctx, req) => reAddOne<'ApiReAddNotifyNode'>(ctx, 'node', req, req.hNode),
    ApiReAddNotifyGroup: (ctx, req) => reAddOne<'ApiReAddNotifyGroup'>(ctx, 'group', req, req.hGroup),
    ApiReAddNotifyResource: (ctx, req) =>
      reAddOne<'ApiReAddNotifyResource'>(ctx, 'resource', req, req.hResource),
    ApiReAddNotifyNetwork: (ctx, req) => reAddOne<'ApiReAddNotifyNetwork'>(ctx, 'network', req, req.hNetwork),
    ApiReAddNotifyNetInterface: (ctx, req) =>
      reAddOne<'ApiReAddNotifyNetInterface'>(ctx, 'netInterface', req, req.hNetInterface),

    /** 3.1.4.2.62: the key, its values and security, and with WatchSubTree everything below it. */
    ApiAddNotifyKey(ctx, req) {
      return run<Res<'ApiAddNotifyKey'>>(() => {
        const port = usePort(ctx, req.hNotify, 1);
        const { objectId: keyPath } = useHandle(env, ctx, req.hKey, HandleKind.key, READ);
        needRoom(port);
        const mask = (req.Filter & V1_REGISTRY_BITS) >>> 0;
        port.addV1({
          scope: 'key',
          keyPath,
          subtree: req.WatchSubTree !== 0 || (mask & V1.REGISTRY_SUBTREE) !== 0,
          mask,
          notifyKey: req.dwNotifyKey >>> 0,
        });
        return {};
      }, {});
    },

    async ApiGetNotify(ctx, req) {
      const r = await read(ctx, req.hNotify, 1, 1);
      const item = r.items[0];
      if (r.ret !== Win32.ERROR_SUCCESS || !item || item.version !== 1) {
        return { dwNotifyKey: 0, dwFilter: 0, dwStateSequence: 0, Name: null, rpc_status: 0, ret: r.ret };
      }
      return {
        dwNotifyKey: item.notifyKey,
        dwFilter: item.filter,
        dwStateSequence: item.stateSequence,
        Name: item.name,
        rpc_status: 0,
        ret: Win32.ERROR_SUCCESS,
      };
    },

    /** 3.1.4.2.143: the version 1 queue, several indications per answer. */
    async ApiGetNotifyAsync(ctx, req) {
      const r = await read(ctx, req.hNotify, 1, notifications().limits.maxBatch);
      const list: NOTIFICATION_DATA_ASYNC_RPC[] = r.items.flatMap((i) =>
        i.version === 1 ? [{ dwNotifyKey: i.notifyKey, dwFilter: i.filter, Name: i.name }] : [],
      );
      if (r.ret !== Win32.ERROR_SUCCESS) return { Notifications: null, dwNumNotifications: 0, ret: r.ret };
      return { Notifications: list, dwNumNotifications: list.length, ret: Win32.ERROR_SUCCESS };
    },

    async ApiGetNotifyV2(ctx, req) {
      const r = await read(ctx, req.hNotify, 2, notifications().limits.maxBatch);
      const list: NOTIFICATION_RPC[] = r.items.flatMap((i) =>
        i.version === 2 ? [toWire(i.notifyKey, i.change)] : [],
      );
      if (r.ret !== Win32.ERROR_SUCCESS) return { Notifications: null, dwNumNotifications: 0, ret: r.ret };
      return { Notifications: list, dwNumNotifications: list.length, ret: Win32.ERROR_SUCCESS };
    },

    /**
     * 3.1.4.2.137: dwVersion 2, a known object type, only that type's registrable flags; hObject is
     * the cluster for cluster-wide types and for isTargetedAtObject FALSE (every object of the
     * type), else the object itself.
     */
    ApiAddNotifyV2(ctx, req) {
      return run<Res<'ApiAddNotifyV2'>>(() => {
        const port = usePort(ctx, req.hNotify, 2);
        const type = req.filter.dwObjectType >>> 0;
        const flags = BigInt.asUintN(64, req.filter.FilterFlags);
        const allowed = V2_REGISTRABLE.get(type);
        if (req.dwVersion !== NOTIFY_VERSION_2) fail(Win32.ERROR_INVALID_PARAMETER, 'dwVersion must be 2');
        if (allowed === undefined) fail(Win32.ERROR_INVALID_PARAMETER, `object type ${type}`);
        if ((flags & ~allowed! & MAX_UINT64) !== 0n) fail(Win32.ERROR_INVALID_PARAMETER, 'filter flags');
        const targeted = req.isTargetedAtObject !== 0 && !CLUSTER_HANDLE_TYPES.has(type);
        let filter: V2Filter;
        if (!targeted) {
          useHandle(env, ctx, req.hObject, HandleKind.cluster, READ);
          filter = { objectType: type, mask: flags, notifyKey: req.dwNotifyKey >>> 0 };
          if (type === T.REGISTRY) {
            filter = {
              ...filter,
              watch: { keyPath: '', subtree: (flags & BigInt(RegistryChangeV2.SUBTREE)) !== 0n },
            };
          }
        } else {
          const { objectId } = useHandle(env, ctx, req.hObject, TARGET_HANDLE.get(type)!, READ);
          filter = { objectType: type, mask: flags, notifyKey: req.dwNotifyKey >>> 0, targetId: objectId };
          if (type === T.REGISTRY) {
            filter = {
              ...filter,
              watch: { keyPath: objectId, subtree: (flags & BigInt(RegistryChangeV2.SUBTREE)) !== 0n },
            };
          }
        }
        needRoom(port);
        port.addV2(filter);
        return {};
      }, {});
    },

    /** 3.1.4.2.144: a version 2 registration for one resource type, named rather than opened. */
    ApiAddNotifyResourceTypeV2(ctx, req) {
      return run<Res<'ApiAddNotifyResourceTypeV2'>>(() => {
        const port = usePort(ctx, req.hNotify, 2);
        requireServerState(env.serverState(), 'read');
        const flags = BigInt.asUintN(64, req.filter);
        if (req.dwVersion !== NOTIFY_VERSION_2) fail(Win32.ERROR_INVALID_PARAMETER, 'dwVersion must be 2');
        if ((flags & ~V2_REGISTRABLE.get(T.RESOURCE_TYPE)! & MAX_UINT64) !== 0n) {
          fail(Win32.ERROR_INVALID_PARAMETER, 'filter flags');
        }
        const typeName = env.model.resourceType(req.resTypeName).name;
        needRoom(port);
        port.addV2({
          objectType: T.RESOURCE_TYPE,
          mask: flags,
          notifyKey: req.dwNotifyKey >>> 0,
          targetId: typeName,
        });
        return {};
      }, {});
    },
  };
}

/** NOTIFICATION_RPC for the wire; the spec's empty payloads go out as a NULL buffer of size 0. */
function toWire(notifyKey: number, c: V2Change): NOTIFICATION_RPC {
  const quorum = c.objectType === T.QUORUM;
  return {
    dwNotifyKey: BigInt(notifyKey >>> 0),
    NotificationData: {
      FilterAndType: { dwObjectType: c.objectType, FilterFlags: BigInt(c.flag) },
      buffer: c.buffer.length > 0 ? c.buffer : null,
      dwBufferSize: c.buffer.length,
      ObjectId: c.objectId,
      // 3.1.4.2.138: ParentId and Type are NULL for quorum indications, empty strings elsewhere.
      ParentId: quorum ? null : c.parentId,
      Name: c.name,
      Type: quorum ? null : c.type,
    },
  };
}
