/**
 * Keeps the cluster registry's object keys consistent with the cluster model, as a real cluster
 * database holds them: the root's ClusterName and ClusterInstanceID values, and one key per node,
 * group, resource, network, network interface and resource type (named by id; resource types by
 * name) with the values that identify it. Seeded (and reconciled) at open, then updated from
 * `model.onChange` after each committed model change.
 */
import type { ClusterEvent } from '../model/events.js';
import type { ClusterModel } from '../model/cluster-model.js';
import type { ObjectKind } from '../model/types.js';
import type { ClusterRegistry, RegValue } from './registry.js';
import { RegType, joinPath } from './registry.js';

export const ObjectKeys = {
  node: 'Nodes',
  group: 'Groups',
  resource: 'Resources',
  network: 'Networks',
  netInterface: 'NetworkInterfaces',
  resourceType: 'ResourceTypes',
} as const satisfies Partial<Record<ObjectKind, string>>;
type MirroredKind = keyof typeof ObjectKeys;

type Val = readonly [name: string, type: number, data: Uint8Array];

const sz = (name: string, s: string): Val => [
  name,
  RegType.REG_SZ,
  new Uint8Array(Buffer.from(s + '\0', 'utf16le')),
];
const dword = (name: string, n: number): Val => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return [name, RegType.REG_DWORD, new Uint8Array(b)];
};

/** The values of one object's key, or undefined when the model no longer has it. */
function objectValues(model: ClusterModel, kind: MirroredKind, id: string): Val[] | undefined {
  try {
    switch (kind) {
      case 'node': {
        const n = model.node(id);
        return [sz('NodeName', n.name), sz('Id', n.id)];
      }
      case 'group': {
        const g = model.group(id);
        return [sz('Name', g.name), dword('GroupType', g.groupType), sz('OwnerNode', g.ownerNodeId)];
      }
      case 'resource': {
        const r = model.resource(id);
        return [sz('Name', r.name), sz('Type', r.type), sz('Group', r.groupId)];
      }
      case 'network': {
        const n = model.network(id);
        return [
          sz('Name', n.name),
          dword('Role', n.role),
          sz('Address', n.address),
          sz('AddressMask', n.addressMask),
        ];
      }
      case 'netInterface': {
        const i = model.netInterface(id);
        return [
          sz('Name', i.name),
          sz('Node', i.nodeId),
          sz('Network', i.networkId),
          sz('Adapter', i.adapter),
          sz('Address', i.address),
        ];
      }
      case 'resourceType': {
        const t = model.resourceType(id);
        return [sz('Name', t.displayName), sz('DllName', t.dllName)];
      }
    }
  } catch {
    return undefined;
  }
}

function idsOf(model: ClusterModel, kind: MirroredKind): string[] {
  switch (kind) {
    case 'node':
      return model.nodes().map((o) => o.id);
    case 'group':
      return model.groups().map((o) => o.id);
    case 'resource':
      return model.resources().map((o) => o.id);
    case 'network':
      return model.networks().map((o) => o.id);
    case 'netInterface':
      return model.netInterfaces().map((o) => o.id);
    case 'resourceType':
      return model.resourceTypes().map((o) => o.name);
  }
}

function writeValues(reg: ClusterRegistry, path: string, values: readonly Val[]): void {
  for (const [name, type, data] of values) {
    let same = false;
    try {
      const cur = reg.queryValue(path, name);
      same = cur.type === type && Buffer.compare(Buffer.from(cur.data), Buffer.from(data)) === 0;
    } catch {
      same = false;
    }
    if (!same) reg.setValue(path, name, type, data);
  }
}

function syncObject(reg: ClusterRegistry, model: ClusterModel, kind: MirroredKind, id: string): void {
  const path = joinPath(ObjectKeys[kind], id);
  const values = objectValues(model, kind, id);
  if (!values) {
    reg.deleteTree(path);
    return;
  }
  reg.createKey('', path);
  writeValues(reg, path, values);
}

function syncRoot(reg: ClusterRegistry, model: ClusterModel): void {
  const c = model.cluster();
  writeValues(reg, '', [sz('ClusterName', c.name), sz('ClusterInstanceID', c.id)]);
}

/** Brings the registry in line with the model: root values, one key per object, stale keys gone. */
export function reconcile(reg: ClusterRegistry, model: ClusterModel): void {
  reg.mutate(() => {
    syncRoot(reg, model);
    for (const kind of Object.keys(ObjectKeys) as MirroredKind[]) {
      reg.createKey('', ObjectKeys[kind]);
      const wanted = new Map<string, RegValue[]>();
      for (const id of idsOf(model, kind)) {
        const values = objectValues(model, kind, id);
        if (values)
          wanted.set(
            id,
            values.map(([name, type, data]) => ({ name, type, data })),
          );
      }
      reg.mirrorChildren(ObjectKeys[kind], wanted);
    }
  });
}

const isMirrored = (o: string): o is MirroredKind => o in ObjectKeys;

/** Reconciles now and follows the model from then on; returns the unsubscribe function. */
export function mirrorModel(reg: ClusterRegistry, model: ClusterModel): () => void {
  reconcile(reg, model);
  return model.onChange((e: ClusterEvent) => {
    try {
      follow(reg, model, e);
    } catch {
      // A mirror update must never fail the model change that caused it (it has committed); the
      // reconcile at the next open repairs whatever this one could not write.
    }
  });
}

function follow(reg: ClusterRegistry, model: ClusterModel, e: ClusterEvent): void {
  switch (e.type) {
    case 'added':
    case 'deleted':
    case 'renamed':
      if (e.object === 'cluster') syncRoot(reg, model);
      else if (isMirrored(e.object)) reg.mutate(() => syncObject(reg, model, e.object as MirroredKind, e.id));
      break;
    case 'resource-group':
      reg.mutate(() => syncObject(reg, model, 'resource', e.id));
      break;
    case 'group-owner':
      reg.mutate(() => syncObject(reg, model, 'group', e.id));
      break;
    default:
      break;
  }
}
