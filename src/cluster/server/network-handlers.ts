/**
 * ClusAPI v3 network and network-interface methods ([MS-CMRP] 3.1.4.2.81–3.1.4.2.96, .120, .121).
 * ApiSetNetworkPriorityOrder is a stub in v3: servers fail it with ERROR_CALL_NOT_IMPLEMENTED.
 */
import type { HNETINTERFACE_RPC, HNETWORK_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import { Win32 } from '../../errors/status.js';
import { NetInterfaceState, NetworkState } from '../model/types.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { READ, WRITE, checkCaller, openObject, run, useHandle } from './call.js';
import { ClusterEnum, NetworkEnum, enumList, knownEnumBits } from './enums.js';
import { HandleKind, closeHandle } from './handles.js';

type NetworkHandlers = SyncHandlers<
  | 'ApiOpenNetwork'
  | 'ApiOpenNetworkEx'
  | 'ApiCloseNetwork'
  | 'ApiGetNetworkState'
  | 'ApiSetNetworkName'
  | 'ApiGetNetworkId'
  | 'ApiSetNetworkPriorityOrder'
  | 'ApiCreateNetworkEnum'
  | 'ApiOpenNetInterface'
  | 'ApiOpenNetInterfaceEx'
  | 'ApiCloseNetInterface'
  | 'ApiGetNetInterfaceState'
  | 'ApiGetNetInterface'
  | 'ApiGetNetInterfaceId'
  | 'ApiCreateNetInterfaceEnum'
>;

export function networkHandlers(env: ClusterServerEnv): NetworkHandlers {
  const { model } = env;
  return {
    ApiOpenNetwork(ctx, req) {
      const r = openObject<HNETWORK_RPC>(
        env,
        ctx,
        HandleKind.network,
        {},
        () => model.network(req.lpszNetworkName).id,
      );
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    ApiOpenNetworkEx(ctx, req) {
      return openObject<HNETWORK_RPC>(
        env,
        ctx,
        HandleKind.network,
        { desired: req.dwDesiredAccess, method: 'ApiOpenNetworkEx' },
        () => model.network(req.lpszNetworkName).id,
      );
    },

    ApiCloseNetwork(ctx, req) {
      const { handle, ret } = closeHandle(ctx, req.Network, HandleKind.network);
      return { Network: handle, ret };
    },

    ApiGetNetworkState(ctx, req) {
      return run<Res<'ApiGetNetworkState'>>(
        () => {
          const h = useHandle(env, ctx, req.hNetwork, HandleKind.network, READ);
          return { State: model.networkState(h.objectId) };
        },
        { State: NetworkState.Unknown },
      );
    },

    ApiSetNetworkName(ctx, req) {
      return run<Res<'ApiSetNetworkName'>>(() => {
        const h = useHandle(env, ctx, req.hNetwork, HandleKind.network, WRITE);
        model.renameNetwork(h.objectId, req.lpszNetworkName);
        return {};
      }, {});
    },

    ApiGetNetworkId(ctx, req) {
      return run<Res<'ApiGetNetworkId'>>(
        () => {
          const h = useHandle(env, ctx, req.hNetwork, HandleKind.network, READ);
          return { pGuid: model.network(h.objectId).id };
        },
        { pGuid: null },
      );
    },

    /** 3.1.4.2.87: "The server MUST fail this method using ERROR_CALL_NOT_IMPLEMENTED." */
    ApiSetNetworkPriorityOrder() {
      return { rpc_status: 0, ret: Win32.ERROR_CALL_NOT_IMPLEMENTED };
    },

    ApiCreateNetworkEnum(ctx, req) {
      return run<Res<'ApiCreateNetworkEnum'>>(
        () => {
          const h = useHandle(env, ctx, req.hNetwork, HandleKind.network, READ);
          const t = knownEnumBits(req.dwType, NetworkEnum.NETINTERFACES);
          const ifs = t & NetworkEnum.NETINTERFACES ? model.networkInterfaces(h.objectId) : [];
          return {
            ReturnEnum: enumList(ifs.map((i) => ({ Type: NetworkEnum.NETINTERFACES, Name: i.name }))),
          };
        },
        { ReturnEnum: null },
      );
    },

    ApiOpenNetInterface(ctx, req) {
      const r = openObject<HNETINTERFACE_RPC>(
        env,
        ctx,
        HandleKind.netInterface,
        {},
        () => model.netInterface(req.lpszNetInterfaceName).id,
      );
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    /**
     * 3.1.4.2.121: the level granted follows dwDesiredAccess (ERROR_INVALID_PARAMETER for an invalid
     * mask, ERROR_ACCESS_DENIED above the caller's entitlement); an unknown name is
     * ERROR_CLUSTER_NETINTERFACE_NOT_FOUND; accepted in the read-only state.
     */
    ApiOpenNetInterfaceEx(ctx, req) {
      return openObject<HNETINTERFACE_RPC>(
        env,
        ctx,
        HandleKind.netInterface,
        { desired: req.dwDesiredAccess, method: 'ApiOpenNetInterfaceEx' },
        () => model.netInterface(req.lpszNetInterfaceName).id,
      );
    },

    ApiCloseNetInterface(ctx, req) {
      const { handle, ret } = closeHandle(ctx, req.NetInterface, HandleKind.netInterface);
      return { NetInterface: handle, ret };
    },

    ApiGetNetInterfaceState(ctx, req) {
      return run<Res<'ApiGetNetInterfaceState'>>(
        () => {
          const h = useHandle(env, ctx, req.hNetInterface, HandleKind.netInterface, READ);
          return { State: model.netInterface(h.objectId).state };
        },
        { State: NetInterfaceState.Unknown },
      );
    },

    ApiGetNetInterface(ctx, req) {
      return run<Res<'ApiGetNetInterface'>>(
        () => {
          checkCaller(env, ctx, READ);
          return { lppszInterfaceName: model.netInterfaceOf(req.lpszNodeName, req.lpszNetworkName).name };
        },
        { lppszInterfaceName: null },
      );
    },

    ApiGetNetInterfaceId(ctx, req) {
      return run<Res<'ApiGetNetInterfaceId'>>(
        () => {
          const h = useHandle(env, ctx, req.hNetInterface, HandleKind.netInterface, READ);
          return { pGuid: model.netInterface(h.objectId).id };
        },
        { pGuid: null },
      );
    },

    /**
     * 3.1.4.2.163: the interfaces on a node and network; unknown names give
     * ERROR_CLUSTER_NODE_NOT_FOUND / ERROR_CLUSTER_NETWORK_NOT_FOUND, and none is an empty list.
     */
    ApiCreateNetInterfaceEnum(ctx, req) {
      return run<Res<'ApiCreateNetInterfaceEnum'>>(
        () => {
          useHandle(env, ctx, req.hCluster, HandleKind.cluster, READ);
          const node = model.node(req.lpszNodeName);
          const network = model.network(req.lpszNetworkName);
          const ifs = model.netInterfaces().filter((i) => i.nodeId === node.id && i.networkId === network.id);
          return { ReturnEnum: enumList(ifs.map((i) => ({ Type: ClusterEnum.NETINTERFACE, Name: i.name }))) };
        },
        { ReturnEnum: null },
      );
    },
  };
}
