/**
 * ClusAPI v3 node methods ([MS-CMRP] 3.1.4.2.67–3.1.4.2.72, .101, .118): open, state, id,
 * pause / resume / evict and the per-node enumeration.
 */
import { ClusterStatus, Win32 } from '../../errors/status.js';
import type { ENUM_ENTRY, HNODE_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import { ClusterError } from '../model/errors.js';
import { NodeState } from '../model/types.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { READ, WRITE, openObject, run, useHandle } from './call.js';
import { NodeEnum, checkEnumType, enumList, knownEnumBits } from './enums.js';
import { HandleKind, closeHandle } from './handles.js';

type NodeHandlers = SyncHandlers<
  | 'ApiOpenNode'
  | 'ApiOpenNodeEx'
  | 'ApiCloseNode'
  | 'ApiGetNodeState'
  | 'ApiGetNodeId'
  | 'ApiPauseNode'
  | 'ApiResumeNode'
  | 'ApiEvictNode'
  | 'ApiCreateNodeEnum'
  | 'ApiCreateNodeEnumEx'
  | 'ApiPauseNodeEx'
  | 'ApiResumeNodeEx'
>;

export function nodeHandlers(env: ClusterServerEnv): NodeHandlers {
  const { model } = env;
  return {
    ApiOpenNode(ctx, req) {
      const r = openObject<HNODE_RPC>(env, ctx, HandleKind.node, {}, () => model.node(req.lpszNodeName).id);
      return { Status: r.Status, rpc_status: r.rpc_status, ret: r.ret };
    },

    ApiOpenNodeEx(ctx, req) {
      return openObject<HNODE_RPC>(
        env,
        ctx,
        HandleKind.node,
        { desired: req.dwDesiredAccess, method: 'ApiOpenNodeEx' },
        () => model.node(req.lpszNodeName).id,
      );
    },

    ApiCloseNode(ctx, req) {
      const { handle, ret } = closeHandle(ctx, req.Node, HandleKind.node);
      return { Node: handle, ret };
    },

    ApiGetNodeState(ctx, req) {
      return run<Res<'ApiGetNodeState'>>(
        () => {
          const h = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
          return { State: model.node(h.objectId).state };
        },
        { State: NodeState.Unknown },
      );
    },

    ApiGetNodeId(ctx, req) {
      return run<Res<'ApiGetNodeId'>>(
        () => {
          const h = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
          return { pGuid: model.node(h.objectId).id };
        },
        { pGuid: null },
      );
    },

    ApiPauseNode(ctx, req) {
      return run<Res<'ApiPauseNode'>>(() => {
        const h = useHandle(env, ctx, req.hNode, HandleKind.node, WRITE);
        model.pauseNode(h.objectId);
        return {};
      }, {});
    },

    /** 3.1.4.2.71: a node that is not paused → ERROR_CLUSTER_NODE_NOT_PAUSED. */
    /**
     * 3.1.4.2.125: as ApiPauseNode; with bDrainNode the node's groups move away (the model moves
     * them before answering, the spec's answer is still ERROR_IO_PENDING), which needs another
     * node that is up (ERROR_CLUSTER_NODE_DOWN otherwise).
     */
    ApiPauseNodeEx(ctx, req) {
      return run<Res<'ApiPauseNodeEx'>>(() => {
        const h = useHandle(env, ctx, req.hNode, HandleKind.node, WRITE);
        if (req.bDrainNode === 0) {
          model.pauseNode(h.objectId);
          return {};
        }
        if (!model.nodes().some((n) => n.id !== h.objectId && n.state === NodeState.Up)) {
          throw new ClusterError(ClusterStatus.ERROR_CLUSTER_NODE_DOWN, 'no other node is up');
        }
        model.pauseNode(h.objectId, { drain: true });
        return { ret: ClusterStatus.ERROR_IO_PENDING };
      }, {});
    },

    /** 3.1.4.2.127: as ApiResumeNode; failback (dwResumeFailbackType 1, 2) is a SHOULD we leave to policy. */
    ApiResumeNodeEx(ctx, req) {
      return run<Res<'ApiResumeNodeEx'>>(() => {
        const h = useHandle(env, ctx, req.hNode, HandleKind.node, WRITE);
        model.resumeNode(h.objectId);
        return {};
      }, {});
    },

    ApiResumeNode(ctx, req) {
      return run<Res<'ApiResumeNode'>>(() => {
        const h = useHandle(env, ctx, req.hNode, HandleKind.node, WRITE);
        model.resumeNode(h.objectId);
        return {};
      }, {});
    },

    ApiEvictNode(ctx, req) {
      return run<Res<'ApiEvictNode'>>(() => {
        const h = useHandle(env, ctx, req.hNode, HandleKind.node, WRITE);
        model.evictNode(h.objectId);
        return {};
      }, {});
    },

    ApiCreateNodeEnum(ctx, req) {
      return run<Res<'ApiCreateNodeEnum'>>(
        () => {
          const h = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
          const t = knownEnumBits(req.dwType, NodeEnum.NETINTERFACES | NodeEnum.GROUPS);
          const entries = [];
          if (t & NodeEnum.NETINTERFACES) {
            for (const i of model.nodeNetInterfaces(h.objectId))
              entries.push({ Type: NodeEnum.NETINTERFACES, Name: i.name });
          }
          if (t & NodeEnum.GROUPS) {
            for (const g of model.nodeGroups(h.objectId))
              entries.push({ Type: NodeEnum.GROUPS, Name: g.name });
          }
          return { ReturnEnum: enumList(entries) };
        },
        { ReturnEnum: null },
      );
    },

    ApiCreateNodeEnumEx(ctx, req) {
      return run<Res<'ApiCreateNodeEnumEx'>>(
        () => {
          const h = useHandle(env, ctx, req.hNode, HandleKind.node, READ);
          // Unlike ApiCreateNodeEnum, the Ex form refuses unknown bits and options (3.1.4.2.123).
          const t = checkEnumType(req.dwType, NodeEnum.NETINTERFACES | NodeEnum.GROUPS);
          if (req.dwOptions !== 0) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'dwOptions');
          const ids: ENUM_ENTRY[] = [];
          const names: ENUM_ENTRY[] = [];
          const add = (Type: number, o: { id: string; name: string }): void => {
            ids.push({ Type, Name: o.id });
            names.push({ Type, Name: o.name });
          };
          if (t & NodeEnum.NETINTERFACES)
            for (const i of model.nodeNetInterfaces(h.objectId)) add(NodeEnum.NETINTERFACES, i);
          if (t & NodeEnum.GROUPS) for (const g of model.nodeGroups(h.objectId)) add(NodeEnum.GROUPS, g);
          return { ReturnIdEnum: enumList(ids), ReturnNameEnum: enumList(names) };
        },
        { ReturnIdEnum: null, ReturnNameEnum: null },
      );
    },
  };
}
