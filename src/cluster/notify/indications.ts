/**
 * What a committed model change means for notification ports: the version 1 CLUSTER_CHANGE
 * indications (name, state sequence) and the version 2 indications with the NOTIFICATION_DATA_RPC
 * fields and payloads [MS-CMRP] 3.1.4.2.138 prescribes per object type and flag.
 */
import { encodeMultiSz, encodeProperties, encodeSz, dwordData } from '../controls/clusprop.js';
import type { ClusterModel } from '../model/cluster-model.js';
import type { ClusterEvent } from '../model/events.js';
import type { ObjectKind } from '../model/types.js';
import {
  ClusterChange as V1,
  ClusterChangeV2,
  ClusterObjectType as T,
  GroupChangeV2,
  GroupSetChangeV2,
  NetInterfaceChangeV2,
  NetworkChangeV2,
  NodeChangeV2,
  QuorumChangeV2,
  ResourceChangeV2,
  ResourceTypeChangeV2,
} from './flags.js';
import type { ObjectIndex } from './object-index.js';

/** The objects a version 1 object-scoped registration can name. */
export type V1Scope = 'node' | 'group' | 'resource' | 'network' | 'netInterface';

/** One version 1 indication before it meets a port's filters. */
export interface V1Change {
  readonly bit: number;
  /** The object the event pertains to; object-scoped filters match on it. */
  readonly object: ObjectKind | 'quorum';
  readonly objectId: string;
  readonly name: string;
  readonly stateSequence: number;
}

/** One version 2 indication: NOTIFICATION_DATA_RPC plus the object a targeted filter matches. */
export interface V2Change {
  readonly objectType: number;
  readonly flag: number;
  /** The object a targeted registration (isTargetedAtObject) names; '' for cluster-wide types. */
  readonly targetId: string;
  readonly objectId: string;
  readonly parentId: string;
  readonly name: string;
  readonly type: string;
  readonly buffer: Uint8Array;
}

export interface Changes {
  readonly v1: V1Change[];
  readonly v2: V2Change[];
}

const EMPTY: Uint8Array = new Uint8Array(0);

const V1_ADDED: Partial<Record<ObjectKind, number>> = {
  node: V1.NODE_ADDED,
  group: V1.GROUP_ADDED,
  resource: V1.RESOURCE_ADDED,
  resourceType: V1.RESOURCE_TYPE_ADDED,
  network: V1.NETWORK_ADDED,
  netInterface: V1.NETINTERFACE_ADDED,
};
const V1_DELETED: Partial<Record<ObjectKind, number>> = {
  node: V1.NODE_DELETED,
  group: V1.GROUP_DELETED,
  resource: V1.RESOURCE_DELETED,
  resourceType: V1.RESOURCE_TYPE_DELETED,
  network: V1.NETWORK_DELETED,
  netInterface: V1.NETINTERFACE_DELETED,
};
const V1_PROPERTY: Record<ObjectKind, number> = {
  cluster: V1.CLUSTER_PROPERTY,
  node: V1.NODE_PROPERTY,
  group: V1.GROUP_PROPERTY,
  resource: V1.RESOURCE_PROPERTY,
  resourceType: V1.RESOURCE_TYPE_PROPERTY,
  network: V1.NETWORK_PROPERTY,
  netInterface: V1.NETINTERFACE_PROPERTY,
};
const V1_STATE: Record<V1Scope, number> = {
  node: V1.NODE_STATE,
  group: V1.GROUP_STATE,
  resource: V1.RESOURCE_STATE,
  network: V1.NETWORK_STATE,
  netInterface: V1.NETINTERFACE_STATE,
};

const V2_TYPE: Record<ObjectKind, number> = {
  cluster: T.CLUSTER,
  node: T.NODE,
  group: T.GROUP,
  resource: T.RESOURCE,
  resourceType: T.RESOURCE_TYPE,
  network: T.NETWORK,
  netInterface: T.NETWORK_INTERFACE,
};
/** *_COMMON_PROPERTY_V2 / *_PRIVATE_PROPERTY_V2 per object type. */
const V2_PROPERTY: Record<ObjectKind, { common: number; private: number }> = {
  cluster: { common: ClusterChangeV2.COMMON_PROPERTY, private: ClusterChangeV2.PRIVATE_PROPERTY },
  node: { common: NodeChangeV2.COMMON_PROPERTY, private: NodeChangeV2.PRIVATE_PROPERTY },
  group: { common: GroupChangeV2.COMMON_PROPERTY, private: GroupChangeV2.PRIVATE_PROPERTY },
  resource: { common: ResourceChangeV2.COMMON_PROPERTY, private: ResourceChangeV2.PRIVATE_PROPERTY },
  resourceType: {
    common: ResourceTypeChangeV2.COMMON_PROPERTY,
    private: ResourceTypeChangeV2.PRIVATE_PROPERTY,
  },
  network: { common: NetworkChangeV2.COMMON_PROPERTY, private: NetworkChangeV2.PRIVATE_PROPERTY },
  netInterface: {
    common: NetInterfaceChangeV2.COMMON_PROPERTY,
    private: NetInterfaceChangeV2.PRIVATE_PROPERTY,
  },
};
const V2_STATE: Record<V1Scope, number> = {
  node: NodeChangeV2.STATE,
  group: GroupChangeV2.STATE,
  resource: ResourceChangeV2.STATE,
  network: NetworkChangeV2.STATE,
  netInterface: NetInterfaceChangeV2.STATE,
};

/** CLUSTER_CHANGE_GROUPSET_V2 (2.2.2.24) per group-set change; creation has no flag of its own. */
const GROUPSET_FLAG: Partial<Record<string, number>> = {
  deleted: GroupSetChangeV2.DELETED,
  property: GroupSetChangeV2.COMMON_PROPERTY,
  'group-added': GroupSetChangeV2.GROUP_ADDED,
  'group-removed': GroupSetChangeV2.GROUP_REMOVED,
  dependencies: GroupSetChangeV2.DEPENDENCIES,
};

/** Builds indications for one event; reads `index` as it was before the event. */
export function changesFor(e: ClusterEvent, model: ClusterModel, index: ObjectIndex): Changes {
  const v1: V1Change[] = [];
  const v2: V2Change[] = [];
  const seq = (kind: ObjectKind, id: string): number => index.sequenceOf(kind, id);
  const one = (bit: number, object: ObjectKind | 'quorum', objectId: string, name: string, s = 0): void => {
    v1.push({ bit, object, objectId, name, stateSequence: s });
  };
  /** The NOTIFICATION_DATA_RPC fields every type fixes for an object (3.1.4.2.138). */
  const about = (kind: ObjectKind, id: string, name: string): Omit<V2Change, 'flag' | 'buffer'> => {
    const o = index.lookup(kind, id, name);
    switch (kind) {
      case 'group':
        return { objectType: T.GROUP, targetId: id, objectId: id, parentId: o.parentId, name, type: '' };
      case 'resource':
        return {
          objectType: T.RESOURCE,
          targetId: id,
          objectId: id,
          parentId: o.parentId,
          name,
          type: o.type,
        };
      case 'netInterface':
        return {
          objectType: T.NETWORK_INTERFACE,
          targetId: id,
          objectId: id,
          parentId: o.parentId,
          name,
          type: '',
        };
      case 'resourceType':
        return { objectType: T.RESOURCE_TYPE, targetId: id, objectId: '', parentId: '', name, type: '' };
      case 'cluster':
        return { objectType: T.CLUSTER, targetId: '', objectId: '', parentId: '', name: '', type: '' };
      default:
        return { objectType: V2_TYPE[kind], targetId: id, objectId: id, parentId: '', name, type: '' };
    }
  };
  const push = (base: Omit<V2Change, 'flag' | 'buffer'>, flag: number, buffer: Uint8Array = EMPTY): void => {
    v2.push({ ...base, flag, buffer });
  };
  /** A CLUSTER_OBJECT_TYPE_CLUSTER "added" indication about another object (table in 3.1.4.2.138). */
  const clusterAdded = (
    flag: number,
    objectId: string,
    parentId: string,
    name: string,
    buffer: Uint8Array = EMPTY,
  ): void => {
    v2.push({ objectType: T.CLUSTER, flag, targetId: '', objectId, parentId, name, type: '', buffer });
  };

  switch (e.type) {
    case 'added': {
      const bit = V1_ADDED[e.object];
      if (bit !== undefined) one(bit, e.object, e.id, e.name);
      switch (e.object) {
        case 'group': {
          const g = safe(() => model.group(e.id));
          clusterAdded(
            ClusterChangeV2.GROUP_ADDED,
            e.id,
            g?.ownerNodeId ?? '',
            e.name,
            dwordData(g?.groupType ?? 0),
          );
          break;
        }
        case 'network':
          clusterAdded(ClusterChangeV2.NETWORK_ADDED, e.id, '', e.name);
          break;
        case 'node':
          clusterAdded(
            ClusterChangeV2.NODE_ADDED,
            e.id,
            '',
            e.name,
            dwordData(safe(() => model.node(e.id).state) ?? 0),
          );
          break;
        case 'resourceType':
          clusterAdded(ClusterChangeV2.RESOURCE_TYPE_ADDED, '', '', e.name);
          break;
        case 'resource': {
          const groupId = safe(() => model.resource(e.id).groupId) ?? '';
          const group = index.lookup('group', groupId);
          // RESOURCE_ADDED names the new resource; RESOURCE_GAINED names the group (3.1.4.2.138).
          v2.push({
            objectType: T.GROUP,
            flag: GroupChangeV2.RESOURCE_ADDED,
            targetId: groupId,
            objectId: e.id,
            parentId: group.parentId,
            name: e.name,
            type: '',
            buffer: encodeSz(groupId),
          });
          push(about('group', groupId, group.name), GroupChangeV2.RESOURCE_GAINED, encodeSz(e.id));
          break;
        }
        case 'netInterface': {
          const nodeId = safe(() => model.netInterface(e.id).nodeId) ?? '';
          v2.push({
            objectType: T.NODE,
            flag: NodeChangeV2.NETINTERFACE_ADDED,
            targetId: nodeId,
            objectId: e.id,
            parentId: '',
            name: e.name,
            type: '',
            buffer: encodeSz(nodeId),
          });
          break;
        }
        default:
          break;
      }
      break;
    }

    case 'deleted': {
      const bit = V1_DELETED[e.object];
      if (bit !== undefined) one(bit, e.object, e.id, e.name, seq(e.object, e.id));
      const known = index.lookup(e.object, e.id, e.name);
      switch (e.object) {
        case 'group':
          push(about('group', e.id, e.name), GroupChangeV2.DELETED);
          break;
        case 'resource': {
          push(about('resource', e.id, e.name), ResourceChangeV2.DELETED, encodeSz(known.parentId));
          const group = index.lookup('group', known.parentId);
          push(about('group', known.parentId, group.name), GroupChangeV2.RESOURCE_LOST, encodeSz(e.id));
          break;
        }
        case 'node':
          push(about('node', e.id, e.name), NodeChangeV2.DELETED, dwordData(known.state));
          break;
        case 'network':
          push(about('network', e.id, e.name), NetworkChangeV2.DELETED);
          break;
        case 'netInterface':
          push(about('netInterface', e.id, e.name), NetInterfaceChangeV2.DELETED);
          break;
        case 'resourceType':
          push(about('resourceType', e.id, e.name), ResourceTypeChangeV2.DELETED);
          break;
        default:
          break;
      }
      break;
    }

    case 'renamed':
      one(V1_PROPERTY[e.object], e.object, e.id, e.name, seq(e.object, e.id));
      if (e.object === 'cluster') {
        v2.push({
          ...about('cluster', e.id, e.name),
          flag: ClusterChangeV2.RENAME,
          name: e.name,
          buffer: EMPTY,
        });
      } else {
        // A name is a common property: its indication carries the new value (2.2.3.10).
        push(
          about(e.object, e.id, e.name),
          V2_PROPERTY[e.object].common,
          encodeProperties([{ name: 'Name', value: { type: 'sz', value: e.name } }]),
        );
      }
      break;

    case 'state':
      one(V1_STATE[e.object], e.object, e.id, e.name, (seq(e.object, e.id) + 1) >>> 0);
      push(about(e.object, e.id, e.name), V2_STATE[e.object], dwordData(e.state));
      break;

    case 'property': {
      one(V1_PROPERTY[e.object], e.object, e.id, e.name, seq(e.object, e.id));
      // Resource and resource-type private-property indications carry no payload (3.1.4.2.138).
      const emptyPayload = e.scope === 'private' && (e.object === 'resource' || e.object === 'resourceType');
      push(
        about(e.object, e.id, e.name),
        V2_PROPERTY[e.object][e.scope],
        emptyPayload ? EMPTY : changedProperties(model, e.object, e.id, e.scope, e.properties),
      );
      break;
    }

    case 'group-owner': {
      const g = index.lookup('group', e.id, e.name);
      const previous = g.parentId;
      // ApiGetGroupState answers the owner node too, so a move is a group state indication.
      one(V1.GROUP_STATE, 'group', e.id, e.name, (seq('group', e.id) + 1) >>> 0);
      v2.push({
        ...about('group', e.id, e.name),
        parentId: e.nodeId,
        flag: GroupChangeV2.OWNER_NODE,
        buffer: encodeSz(e.nodeId),
      });
      if (previous !== '' && previous !== e.nodeId) {
        const old = index.lookup('node', previous);
        push(about('node', previous, old.name), NodeChangeV2.GROUP_LOST, encodeSz(e.id));
      }
      const gained = index.lookup('node', e.nodeId);
      push(about('node', e.nodeId, gained.name), NodeChangeV2.GROUP_GAINED, encodeSz(e.id));
      break;
    }

    case 'resource-group': {
      const r = index.lookup('resource', e.id, e.name);
      const previous = r.parentId;
      one(V1.RESOURCE_PROPERTY, 'resource', e.id, e.name, seq('resource', e.id));
      v2.push({
        ...about('resource', e.id, e.name),
        parentId: e.groupId,
        flag: ResourceChangeV2.OWNER_GROUP,
        buffer: encodeSz(e.groupId),
      });
      if (previous !== '' && previous !== e.groupId) {
        const old = index.lookup('group', previous);
        push(about('group', previous, old.name), GroupChangeV2.RESOURCE_LOST, encodeSz(e.id));
      }
      const dest = index.lookup('group', e.groupId);
      push(about('group', e.groupId, dest.name), GroupChangeV2.RESOURCE_GAINED, encodeSz(e.id));
      break;
    }

    case 'dependencies': {
      one(V1.RESOURCE_PROPERTY, 'resource', e.id, e.name, seq('resource', e.id));
      const expr = safe(() => model.dependencyExpression(e.id)) ?? '';
      push(about('resource', e.id, e.name), ResourceChangeV2.DEPENDENCIES, encodeSz(expr));
      break;
    }

    case 'possible-owners': {
      one(V1.RESOURCE_PROPERTY, 'resource', e.id, e.name, seq('resource', e.id));
      const owners = safe(() => model.resource(e.id).possibleOwners) ?? [];
      push(about('resource', e.id, e.name), ResourceChangeV2.POSSIBLE_OWNERS, encodeMultiSz(owners));
      break;
    }

    case 'preferred-owners': {
      one(V1.GROUP_PROPERTY, 'group', e.id, e.name, seq('group', e.id));
      const owners = safe(() => model.group(e.id).preferredOwners) ?? [];
      push(about('group', e.id, e.name), GroupChangeV2.PREFERRED_OWNERS, encodeMultiSz(owners));
      break;
    }

    case 'quorum': {
      const r = e.resourceId ? index.lookup('resource', e.resourceId) : undefined;
      one(V1.QUORUM_STATE, 'quorum', e.resourceId ?? '', r?.name ?? '');
      // The payload and target name the witness resource only when there is one (3.1.4.2.138 note).
      v2.push({
        objectType: T.QUORUM,
        flag: QuorumChangeV2.STATE,
        targetId: '',
        objectId: e.resourceId ?? '',
        parentId: '',
        name: r?.name ?? '',
        type: '',
        buffer: r ? dwordData(r.state) : EMPTY,
      });
      break;
    }

    case 'groupset': {
      // Group sets exist only for version 2 ports (2.2.2.24); the spec fixes no payload for them,
      // so a membership change carries the group's id and the rest carry none.
      const flag = GROUPSET_FLAG[e.change];
      if (flag === undefined) break;
      const member = e.change === 'group-added' || e.change === 'group-removed';
      v2.push({
        objectType: T.GROUPSET,
        flag,
        targetId: e.id,
        objectId: e.id,
        parentId: '',
        name: e.name,
        type: '',
        buffer: member && e.groupId ? encodeSz(e.groupId) : EMPTY,
      });
      break;
    }

    case 'group-dependencies':
      one(V1.GROUP_PROPERTY, 'group', e.id, e.name, seq('group', e.id));
      break;
  }
  return { v1, v2 };
}

/** The changed properties with their current values, as a PROPERTY_LIST (2.2.3.10). */
function changedProperties(
  model: ClusterModel,
  kind: ObjectKind,
  id: string,
  scope: 'common' | 'private',
  names: readonly string[],
): Uint8Array {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const all = safe(() =>
    scope === 'common' ? model.commonProperties(kind, id) : model.privateProperties(kind, id),
  );
  if (!all) return EMPTY;
  return encodeProperties(all.filter((p) => wanted.has(p.name.toLowerCase())));
}

/** The model throws for objects a later step of the same transaction removed. */
function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
