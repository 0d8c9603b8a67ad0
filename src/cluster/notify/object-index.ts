/**
 * What the notification service remembers about each cluster object between events: its name,
 * parent (a group's owner node, a resource's group, an interface's node), last state and the state
 * sequence [MS-CMRP] 3.1.1.8 asks a server to keep per object. Events arrive after their
 * transaction commits, when a deleted object or a group's previous owner can no longer be read
 * from the model, so the notification payloads that name them ("the group that contained the
 * resource before it was deleted", CLUSTER_CHANGE_NODE_GROUP_LOST_V2) come from here.
 */
import type { ClusterModel } from '../model/cluster-model.js';
import type { ClusterEvent } from '../model/events.js';
import type { ObjectKind } from '../model/types.js';

export interface IndexedObject {
  readonly kind: ObjectKind;
  readonly id: string;
  name: string;
  /** Group: owner node id; resource: group id; net interface: node id; others: ''. */
  parentId: string;
  state: number;
  /** Group: CLUSGROUP_TYPE; others 0. */
  groupType: number;
  /** Resource: its resource type name; others ''. */
  type: string;
  /** Bumped on every state change; returned as dwStateSequence by version 1 ports. */
  sequence: number;
}

const keyOf = (kind: ObjectKind, id: string): string =>
  `${kind}:${kind === 'resourceType' ? id.toLowerCase() : id}`;

export class ObjectIndex {
  private readonly objects = new Map<string, IndexedObject>();

  constructor(private readonly model: ClusterModel) {
    this.seed();
  }

  get(kind: ObjectKind, id: string): IndexedObject | undefined {
    return this.objects.get(keyOf(kind, id));
  }

  /** The remembered object, or a placeholder naming it by id (never throws: events must flow). */
  lookup(kind: ObjectKind, id: string, name = id): IndexedObject {
    return (
      this.get(kind, id) ?? {
        kind,
        id,
        name,
        parentId: '',
        state: 0xffffffff,
        groupType: 0,
        type: '',
        sequence: 0,
      }
    );
  }

  sequenceOf(kind: ObjectKind, id: string): number {
    return this.get(kind, id)?.sequence ?? 0;
  }

  /** Brings the index up to date with `e`; call after the event's indications are built. */
  apply(e: ClusterEvent): void {
    switch (e.type) {
      case 'added':
        this.learn(e.object, e.id, e.name);
        return;
      case 'deleted':
        this.objects.delete(keyOf(e.object, e.id));
        return;
      case 'renamed': {
        const o = this.get(e.object, e.id);
        if (o) o.name = e.name;
        return;
      }
      case 'state': {
        const o = this.get(e.object, e.id) ?? this.learn(e.object, e.id, e.name);
        o.state = e.state;
        o.sequence = (o.sequence + 1) >>> 0;
        return;
      }
      case 'group-owner': {
        // The owner is part of the group's state as ApiGetGroupState reports it, so a move counts
        // as a state change for the version 1 state sequence.
        const o = this.get('group', e.id) ?? this.learn('group', e.id, e.name);
        o.parentId = e.nodeId;
        o.sequence = (o.sequence + 1) >>> 0;
        return;
      }
      case 'resource-group': {
        const o = this.get('resource', e.id) ?? this.learn('resource', e.id, e.name);
        o.parentId = e.groupId;
        return;
      }
      default:
        return;
    }
  }

  private put(o: Omit<IndexedObject, 'sequence'>): IndexedObject {
    const entry: IndexedObject = { ...o, sequence: 0 };
    this.objects.set(keyOf(o.kind, o.id), entry);
    return entry;
  }

  private seed(): void {
    const m = this.model;
    for (const n of m.nodes()) this.put(base('node', n.id, n.name, '', n.state));
    for (const g of m.groups()) {
      this.put({
        ...base('group', g.id, g.name, g.ownerNodeId, m.groupState(g.id).state),
        groupType: g.groupType,
      });
    }
    for (const r of m.resources())
      this.put({ ...base('resource', r.id, r.name, r.groupId, r.state), type: r.type });
    for (const t of m.resourceTypes()) this.put(base('resourceType', t.name, t.name, '', 0));
    for (const n of m.networks()) this.put(base('network', n.id, n.name, '', m.networkState(n.id)));
    for (const i of m.netInterfaces()) this.put(base('netInterface', i.id, i.name, i.nodeId, i.state));
  }

  /** Reads a newly seen object from the model; a vanished one is remembered by name only. */
  private learn(kind: ObjectKind, id: string, name: string): IndexedObject {
    const m = this.model;
    try {
      switch (kind) {
        case 'node':
          return this.put(base(kind, id, name, '', m.node(id).state));
        case 'group': {
          const g = m.group(id);
          return this.put({
            ...base(kind, id, name, g.ownerNodeId, m.groupState(id).state),
            groupType: g.groupType,
          });
        }
        case 'resource': {
          const r = m.resource(id);
          return this.put({ ...base(kind, id, name, r.groupId, r.state), type: r.type });
        }
        case 'network':
          return this.put(base(kind, id, name, '', m.networkState(id)));
        case 'netInterface': {
          const i = m.netInterface(id);
          return this.put(base(kind, id, name, i.nodeId, i.state));
        }
        default:
          return this.put(base(kind, id, name, '', 0));
      }
    } catch {
      return this.put(base(kind, id, name, '', 0xffffffff));
    }
  }
}

function base(
  kind: ObjectKind,
  id: string,
  name: string,
  parentId: string,
  state: number,
): Omit<IndexedObject, 'sequence'> {
  return { kind, id, name, parentId, state, groupType: 0, type: '' };
}
