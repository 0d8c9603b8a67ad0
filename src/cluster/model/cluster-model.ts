/**
 * The failover-cluster domain model: objects, their rules and state machines ([MS-CMRP] 3.1.1 and
 * the processing rules of 3.1.4.2). Every change runs in one store transaction, is committed before
 * the method returns, and is then announced to `onChange` listeners. Refusals throw `ClusterError`
 * with the Win32 status the ClusAPI method returns for that condition.
 */
import { randomUUID } from 'node:crypto';
import { ClusterStatus, Win32 } from '../../errors/status.js';
import type { JsonValue, Store } from '../../store/store.js';
import {
  CLUSTER_CACHE_LAYOUT,
  CLUSTER_INFO_KEY,
  ClusterCollections as C,
  ClusterIndex as I,
  hasCluster,
  migrateClusterSchema,
} from '../store.js';
import {
  CLUSTER_COMMON,
  GROUP_COMMON,
  NETINTERFACE_COMMON,
  NETWORK_COMMON,
  NODE_COMMON,
  RESOURCE_COMMON,
  RESOURCE_TYPE_COMMON,
} from './common-properties.js';
import { formatDependencyExpression, parseDependencyExpression } from './dependency-expression.js';
import { GroupSets } from './group-sets.js';
import { ClusterError } from './errors.js';
import type { ClusterEvent, ClusterListener } from './events.js';
import { IndexedStore } from './index-cache.js';
import { MAX_COMPUTER_NAME, MAX_OBJECT_NAME, foldName, sameName } from './names.js';
import type { CsvVolume, StorageState } from './storage-state.js';
import {
  MAX_VOLUME_NAME,
  STORAGE_COLLECTION,
  csvVolumeGuidName,
  findCsvVolume,
  normalizeStorage,
} from './storage-state.js';
import type { CommonPropertyDef, Property, PropertyBag, PropValue } from './properties.js';
import { readCommon, writeCommon, writePrivate } from './properties.js';
import {
  BUILTIN_RESOURCE_TYPES,
  defaultPrivateProperties,
  readOnlyPrivateProperties,
} from './resource-types.js';
import type {
  ClusterGroup,
  ClusterInfo,
  ClusterNetInterface,
  ClusterNetwork,
  ClusterNode,
  ClusterResource,
  ClusterResourceType,
  ClusterVersion,
  ObjectKind,
} from './types.js';
import {
  GroupState,
  GroupType,
  NetInterfaceState,
  NetworkRole,
  NetworkState,
  NodeState,
  ResourceState,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type NodeDoc = Mutable<ClusterNode>;
type GroupDoc = Mutable<ClusterGroup>;
type ResourceDoc = Mutable<Omit<ClusterResource, 'dependencies'>> & { dependencies: string[][] };
type TypeDoc = Mutable<ClusterResourceType>;
type NetworkDoc = Mutable<ClusterNetwork>;
type NetIfDoc = Mutable<ClusterNetInterface>;
type InfoDoc = Mutable<ClusterInfo>;

/** Windows Server 2022 (build 20348), cluster functional level 11 ([MS-CMRP] 2.2.3.3 <23>, 3.1.4.2.102 <90>, <92>). */
export const WINDOWS_SERVER_2022: ClusterVersion = {
  major: 10,
  minor: 0,
  build: 20348,
  csdVersion: '',
  vendorId: 'Microsoft(R) Cluster service',
  highestVersion: 0x000b0003,
  lowestVersion: 0x000b0003,
};

/** Upper bounds on object counts: a cluster in a lab never needs more, and documents stay bounded. */
export const CLUSTER_LIMITS = {
  nodes: 64,
  groups: 4096,
  resources: 16384,
  resourceTypes: 512,
  networks: 64,
  dependencyDepth: 100,
  dependencyTerms: 256,
} as const;

export interface ClusterModelOptions {
  /**
   * `immediate`: online/offline/move complete before the call returns (ERROR_SUCCESS).
   * `pending`: resources stop in OnlinePending / OfflinePending, calls return ERROR_IO_PENDING, and
   * `settle()` completes them — deterministic for tests and for a host that drives it from a timer.
   */
  readonly transitions?: 'immediate' | 'pending';
  readonly newId?: () => string;
  /** Milliseconds clock for pending deadlines (default `Date.now`); inject one to step time in tests. */
  readonly clock?: () => number;
  /** How long a pending transition lasts before `settleDue()` completes it (default 1000 ms). */
  readonly pendingMs?: number;
}

export interface NewClusterOptions {
  readonly name: string;
  readonly nodes: readonly string[];
  /** Name of the node this server runs as; defaults to the first node. */
  readonly localNode?: string;
  readonly id?: string;
  readonly version?: ClusterVersion;
  /** Register the standard Windows resource types (default true). */
  readonly resourceTypes?: boolean;
}

export interface GroupStateInfo {
  readonly state: GroupState;
  readonly ownerNodeId: string;
  readonly ownerNodeName: string;
}

const {
  ERROR_SUCCESS,
  ERROR_INVALID_PARAMETER,
  ERROR_INVALID_NAME,
  ERROR_ALREADY_EXISTS,
  ERROR_SHARING_PAUSED,
} = Win32;
const S = ClusterStatus;

const fail = (status: number, detail?: string): never => {
  throw new ClusterError(status, detail);
};

function checkName(name: string, max = MAX_OBJECT_NAME): string {
  if (typeof name !== 'string' || name.length === 0) fail(ERROR_INVALID_NAME, 'name must not be empty');
  if (name.length > max || name.includes('\0'))
    fail(ERROR_INVALID_PARAMETER, 'name too long or contains NUL');
  return name;
}

const isPending = (s: number): boolean =>
  s === ResourceState.OnlinePending || s === ResourceState.OfflinePending;
const isUp = (s: number): boolean => s === ResourceState.Online || s === ResourceState.OnlinePending;

export class ClusterModel {
  private readonly listeners = new Set<ClusterListener>();
  private readonly pendingMode: boolean;
  private readonly newId: () => string;
  private readonly clock: () => number;
  private readonly pendingMs: number;
  /** Events of the transaction in progress; flushed to listeners only after it commits. */
  private events: ClusterEvent[] | undefined;

  /** The store behind the model's in-memory indexes: cluster collections are written only through it. */
  readonly store: IndexedStore;

  private constructor(store: Store, options: ClusterModelOptions) {
    this.store = store instanceof IndexedStore ? store : new IndexedStore(store, CLUSTER_CACHE_LAYOUT);
    this.pendingMode = options.transitions === 'pending';
    this.newId = options.newId ?? (() => randomUUID());
    this.clock = options.clock ?? Date.now;
    this.pendingMs = Math.max(0, options.pendingMs ?? 1000);
  }

  /** Opens the cluster held by `store`; ERROR_NOT_FOUND if it holds none yet. */
  static open(store: Store, options: ClusterModelOptions = {}): ClusterModel {
    migrateClusterSchema(store);
    if (!hasCluster(store)) fail(Win32.ERROR_NOT_FOUND, 'the store holds no cluster');
    return new ClusterModel(store, options);
  }

  /**
   * Creates a cluster with nodes (all up), the standard resource types and nothing else: no groups,
   * networks or resources (what `serve --no-demo` starts from). Refused if the store has a cluster.
   */
  static create(store: Store, init: NewClusterOptions, options: ClusterModelOptions = {}): ClusterModel {
    migrateClusterSchema(store);
    if (hasCluster(store)) fail(ERROR_ALREADY_EXISTS, 'the store already holds a cluster');
    const model = new ClusterModel(store, options);
    checkName(init.name, MAX_COMPUTER_NAME);
    if (init.nodes.length === 0) fail(ERROR_INVALID_PARAMETER, 'a cluster needs at least one node');
    model.mutate(() => {
      const info: InfoDoc = {
        id: init.id ?? model.newId(),
        name: init.name,
        version: init.version ?? WINDOWS_SERVER_2022,
        localNodeId: '1',
        quorum: { resourceId: null, path: '', maxLogSize: 0 },
        common: {},
        private: {},
      };
      model.put(C.info, CLUSTER_INFO_KEY, info);
      for (const n of init.nodes) model.addNode(n);
      const local = init.localNode ?? init.nodes[0]!;
      info.localNodeId = model.node(local).id;
      model.put(C.info, CLUSTER_INFO_KEY, info);
      if (init.resourceTypes !== false) {
        for (const t of BUILTIN_RESOURCE_TYPES) {
          model.createResourceType(t.name, t.name, t.dllName, 5000, 60000, t.quorumCapable ?? false);
        }
      }
    });
    return model;
  }

  /** Subscribes to committed changes; returns the unsubscribe function. */
  onChange(listener: ClusterListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs several operations as one transaction; listeners hear of them only after it commits. */
  batch<T>(fn: () => T): T {
    return this.mutate(fn);
  }

  // ---------------------------------------------------------------- reads

  cluster(): ClusterInfo {
    return this.info();
  }

  localNode(): ClusterNode {
    return this.nodeDoc(this.info().localNodeId);
  }

  nodes(): ClusterNode[] {
    return this.all<NodeDoc>(C.nodes).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** A node by name or decimal id; ERROR_CLUSTER_NODE_NOT_FOUND otherwise. */
  node(nameOrId: string): ClusterNode {
    return this.findIn<NodeDoc>(C.nodes, nameOrId) ?? fail(S.ERROR_CLUSTER_NODE_NOT_FOUND, nameOrId);
  }

  /** Groups the node owns (CLUSTER_NODE_ENUM_GROUPS). */
  nodeGroups(nameOrId: string): ClusterGroup[] {
    const n = this.node(nameOrId);
    return this.docsBy<GroupDoc>(C.groups, I.owner, n.id).sort(byName);
  }

  /** The node's interfaces (CLUSTER_NODE_ENUM_NETINTERFACES). */
  nodeNetInterfaces(nameOrId: string): ClusterNetInterface[] {
    const n = this.node(nameOrId);
    return this.docsBy<NetIfDoc>(C.netInterfaces, I.node, n.id).sort(byName);
  }

  groups(): ClusterGroup[] {
    return this.all<GroupDoc>(C.groups).sort(byName);
  }

  /** A group by name or id; ERROR_GROUP_NOT_FOUND otherwise. */
  group(nameOrId: string): ClusterGroup {
    return this.findIn<GroupDoc>(C.groups, nameOrId) ?? fail(S.ERROR_GROUP_NOT_FOUND, nameOrId);
  }

  /** The group state derived from its resources ([MS-CMRP] 3.1.4.2.46) and its owner. */
  groupState(nameOrId: string): GroupStateInfo {
    const g = this.group(nameOrId);
    return {
      state: this.deriveGroupState(g.id),
      ownerNodeId: g.ownerNodeId,
      ownerNodeName: this.nodeName(g.ownerNodeId),
    };
  }

  groupResources(nameOrId: string): ClusterResource[] {
    const g = this.group(nameOrId);
    return sortByName(this.resourcesOf(g.id));
  }

  /** Every resource by name: the stored snapshots themselves (frozen), as there may be thousands. */
  resources(): ClusterResource[] {
    return sortByName([...this.peekAllOf<ResourceDoc>(C.resources)]);
  }

  /** A resource by name or id; ERROR_RESOURCE_NOT_FOUND otherwise. */
  resource(nameOrId: string): ClusterResource {
    return this.findIn<ResourceDoc>(C.resources, nameOrId) ?? fail(S.ERROR_RESOURCE_NOT_FOUND, nameOrId);
  }

  /** ApiGetResourceState's answer: the state plus owner node and group names. */
  resourceState(nameOrId: string): { state: ResourceState; nodeName: string; groupName: string } {
    const r = this.resource(nameOrId);
    const g = this.groupDoc(r.groupId);
    return { state: r.state, nodeName: this.nodeName(g.ownerNodeId), groupName: g.name };
  }

  /** Resources that depend directly on `nameOrId` (CLUSTER_RESOURCE_ENUM_PROVIDES). */
  dependents(nameOrId: string): ClusterResource[] {
    const r = this.resource(nameOrId);
    return this.dependentsOf(r.id).sort(byName);
  }

  /** Providers `nameOrId` depends on directly (CLUSTER_RESOURCE_ENUM_DEPENDS). */
  providers(nameOrId: string): ClusterResource[] {
    const r = this.resource(nameOrId);
    const ids = new Set(r.dependencies.flat());
    return [...ids].map((id) => this.resDoc(id)).sort(byName);
  }

  /** The dependency expression with resource names, as ApiGetResourceDependencyExpression shows it. */
  dependencyExpression(nameOrId: string): string {
    const r = this.resource(nameOrId);
    return formatDependencyExpression(r.dependencies.map((set) => set.map((id) => this.resDoc(id).name)));
  }

  resourceTypes(): ClusterResourceType[] {
    return this.all<TypeDoc>(C.resourceTypes).sort(byName);
  }

  /** A resource type by name; ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND otherwise. */
  resourceType(name: string): ClusterResourceType {
    return this.typeDoc(name) ?? fail(S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, name);
  }

  networks(): ClusterNetwork[] {
    return this.all<NetworkDoc>(C.networks).sort(byName);
  }

  /** A network by name or id; ERROR_CLUSTER_NETWORK_NOT_FOUND otherwise. */
  network(nameOrId: string): ClusterNetwork {
    return this.findIn<NetworkDoc>(C.networks, nameOrId) ?? fail(S.ERROR_CLUSTER_NETWORK_NOT_FOUND, nameOrId);
  }

  /** Up if an interface on it is up; Down if it has interfaces and none is up. */
  networkState(nameOrId: string): NetworkState {
    const n = this.network(nameOrId);
    return networkStateOf(this.peekBy<NetIfDoc>(C.netInterfaces, I.network, n.id));
  }

  /** Interfaces attached to the network (CLUSTER_NETWORK_ENUM_NETINTERFACES). */
  networkInterfaces(nameOrId: string): ClusterNetInterface[] {
    const n = this.network(nameOrId);
    return this.docsBy<NetIfDoc>(C.netInterfaces, I.network, n.id).sort(byName);
  }

  /** Resources of a type (CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES). */
  resourcesOfType(typeName: string): ClusterResource[] {
    const t = this.resourceType(typeName);
    return sortByName(this.docsBy<ResourceDoc>(C.resources, I.type, foldName(t.name)));
  }

  netInterfaces(): ClusterNetInterface[] {
    return this.all<NetIfDoc>(C.netInterfaces).sort(byName);
  }

  /** A net interface by name or id; ERROR_CLUSTER_NETINTERFACE_NOT_FOUND otherwise. */
  netInterface(nameOrId: string): ClusterNetInterface {
    return (
      this.findIn<NetIfDoc>(C.netInterfaces, nameOrId) ??
      fail(S.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, nameOrId)
    );
  }

  /** The interface of `node` on `network` (ApiGetNetInterface). */
  netInterfaceOf(node: string, network: string): ClusterNetInterface {
    const n = this.node(node);
    const net = this.network(network);
    return (
      this.docsBy<NetIfDoc>(C.netInterfaces, I.node, n.id).find((i) => i.networkId === net.id) ??
      fail(S.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, `${node} on ${network}`)
    );
  }

  quorum(): { resource: ClusterResource | null; path: string; maxLogSize: number } {
    const q = this.info().quorum;
    return {
      resource: q.resourceId ? this.resDoc(q.resourceId) : null,
      path: q.path,
      maxLogSize: q.maxLogSize,
    };
  }

  /** Common properties of an object (read-only ones flagged), in Windows' order. */
  commonProperties(kind: ObjectKind, nameOrId = ''): Property[] {
    const info = this.info();
    switch (kind) {
      case 'cluster':
        return readCommon(CLUSTER_COMMON, info, info.common);
      case 'node': {
        const n = this.node(nameOrId);
        return readCommon(NODE_COMMON, { ...n, version: info.version }, n.common);
      }
      case 'group': {
        const g = this.group(nameOrId);
        return readCommon(GROUP_COMMON, g, g.common);
      }
      case 'resource': {
        const r = this.resource(nameOrId);
        return readCommon(RESOURCE_COMMON, r, r.common);
      }
      case 'resourceType': {
        const t = this.resourceType(nameOrId);
        return readCommon(RESOURCE_TYPE_COMMON, t, t.common);
      }
      case 'network': {
        const n = this.network(nameOrId);
        return readCommon(NETWORK_COMMON, n, n.common);
      }
      case 'netInterface': {
        const i = this.netInterface(nameOrId);
        const ext = {
          ...i,
          nodeName: this.nodeName(i.nodeId),
          networkName: this.networkDoc(i.networkId).name,
        };
        return readCommon(NETINTERFACE_COMMON, ext, i.common);
      }
    }
  }

  privateProperties(kind: ObjectKind, nameOrId = ''): Property[] {
    const { bag, readOnly } = this.privateOf(kind, nameOrId);
    const ro = new Set(readOnly.map(foldName));
    return Object.entries(bag).map(([name, value]) => ({ name, value, readOnly: ro.has(foldName(name)) }));
  }

  // ---------------------------------------------------------------- cluster

  /**
   * ApiSetClusterName: refused if a node has that name (ERROR_INVALID_NAME). With the cluster's
   * Network Name online the new name is stored and takes effect at its next online:
   * ERROR_RESOURCE_PROPERTIES_STORED.
   */
  setClusterName(name: string): number {
    checkName(name, MAX_COMPUTER_NAME);
    if (this.all<NodeDoc>(C.nodes).some((n) => sameName(n.name, name)))
      fail(ERROR_INVALID_NAME, 'name of a node');
    return this.mutate(() => {
      const info = this.info();
      const old = info.name;
      info.name = name;
      this.put(C.info, CLUSTER_INFO_KEY, info);
      if (old !== name) this.emit({ type: 'renamed', object: 'cluster', id: info.id, name, oldName: old });
      const cn = this.docsBy<ResourceDoc>(C.resources, I.type, foldName('Network Name')).find((r) => r.core);
      if (!cn) return ERROR_SUCCESS;
      cn.private = { ...cn.private, Name: { type: 'sz', value: name } };
      this.put(C.resources, cn.id, cn);
      return isUp(cn.state) ? S.ERROR_RESOURCE_PROPERTIES_STORED : ERROR_SUCCESS;
    });
  }

  setQuorumResource(resource: string | null, path = '', maxLogSize = 0): void {
    this.mutate(() => {
      const info = this.info();
      const oldId = info.quorum.resourceId;
      let newId: string | null = null;
      if (resource !== null) {
        const r = this.resource(resource) as ResourceDoc;
        if (!this.resourceType(r.type).quorumCapable) fail(S.ERROR_NOT_QUORUM_CAPABLE, r.name);
        if (this.group(r.groupId).groupType === GroupType.AvailableStorage) {
          fail(S.ERROR_QUORUM_NOT_ALLOWED_IN_THIS_GROUP, r.name);
        }
        r.core = true;
        this.put(C.resources, r.id, r);
        newId = r.id;
      }
      if (oldId && oldId !== newId) {
        const old = this.resDoc(oldId);
        old.core = false;
        this.put(C.resources, old.id, old);
      }
      info.quorum = { resourceId: newId, path, maxLogSize };
      this.put(C.info, CLUSTER_INFO_KEY, info);
      this.emit({ type: 'quorum', resourceId: newId });
    });
  }

  // ---------------------------------------------------------------- nodes

  /** Adds a node (up) with the next free decimal id. */
  addNode(name: string): ClusterNode {
    checkName(name, MAX_COMPUTER_NAME);
    return this.mutate(() => {
      const nodes = this.all<NodeDoc>(C.nodes);
      if (nodes.length >= CLUSTER_LIMITS.nodes) fail(S.ERROR_CLUSTER_INVALID_REQUEST, 'too many nodes');
      if (nodes.some((n) => sameName(n.name, name) || n.id === name))
        fail(S.ERROR_OBJECT_ALREADY_EXISTS, name);
      const id = String(nodes.reduce((m, n) => Math.max(m, Number(n.id)), 0) + 1);
      const doc: NodeDoc = { id, name, state: NodeState.Up, common: {}, private: {} };
      this.put(C.nodes, id, doc);
      // A resource that could run anywhere keeps being able to, on the new node too.
      for (const r of this.all<ResourceDoc>(C.resources)) {
        if (nodes.every((n) => r.possibleOwners.includes(n.id))) {
          r.possibleOwners.push(id);
          this.put(C.resources, r.id, r);
          this.emit({ type: 'possible-owners', id: r.id, name: r.name });
        }
      }
      this.emit({ type: 'added', object: 'node', id, name });
      return doc;
    });
  }

  /**
   * ApiPauseNode: already paused → success; not up → ERROR_CLUSTER_NODE_DOWN. With `drain`
   * (ApiPauseNodeEx) the node's groups first move to other up nodes.
   */
  pauseNode(nameOrId: string, options: { drain?: boolean } = {}): void {
    this.mutate(() => {
      const n = this.node(nameOrId) as NodeDoc;
      if (n.state === NodeState.Paused) return;
      if (n.state !== NodeState.Up) fail(S.ERROR_CLUSTER_NODE_DOWN, n.name);
      this.setNodeState(n, NodeState.Paused);
      if (options.drain) {
        for (const g of this.docsBy<GroupDoc>(C.groups, I.owner, n.id)) {
          const target = this.pickFailoverNode(g, n.id, false);
          if (target) this.relocate(g, target, true);
        }
      }
    });
  }

  /** ApiResumeNode(Ex): only a paused node resumes (ERROR_CLUSTER_NODE_NOT_PAUSED, ERROR_CLUSTER_NODE_DOWN). */
  resumeNode(nameOrId: string): void {
    this.mutate(() => {
      const n = this.node(nameOrId) as NodeDoc;
      if (n.state === NodeState.Down) fail(S.ERROR_CLUSTER_NODE_DOWN, n.name);
      if (n.state !== NodeState.Paused) fail(S.ERROR_CLUSTER_NODE_NOT_PAUSED, n.name);
      this.setNodeState(n, NodeState.Up);
    });
  }

  /**
   * ApiEvictNode: removes the node and every reference to it (preferred and possible owners, its
   * net interfaces); its groups fail over first. The node this server runs as, and the last node,
   * cannot be evicted through this server (ERROR_CANT_EVICT_ACTIVE_NODE).
   */
  evictNode(nameOrId: string): void {
    this.mutate(() => {
      const n = this.node(nameOrId) as NodeDoc;
      const info = this.info();
      if (n.id === info.localNodeId) fail(S.ERROR_CANT_EVICT_ACTIVE_NODE, 'the local node');
      if (this.all<NodeDoc>(C.nodes).length <= 1) fail(S.ERROR_CANT_EVICT_ACTIVE_NODE, 'the last node');
      for (const g of this.docsBy<GroupDoc>(C.groups, I.owner, n.id)) {
        const target = this.pickFailoverNode(g, n.id, true) ?? this.anyOtherNode(n.id);
        this.relocate(g, target, this.nodeDoc(target).state === NodeState.Up);
      }
      for (const g of this.all<GroupDoc>(C.groups)) {
        if (g.preferredOwners.includes(n.id)) {
          g.preferredOwners = g.preferredOwners.filter((x) => x !== n.id);
          this.put(C.groups, g.id, g);
          this.emit({ type: 'preferred-owners', id: g.id, name: g.name });
        }
      }
      for (const r of this.all<ResourceDoc>(C.resources)) {
        if (r.possibleOwners.includes(n.id)) {
          r.possibleOwners = r.possibleOwners.filter((x) => x !== n.id);
          this.put(C.resources, r.id, r);
          this.emit({ type: 'possible-owners', id: r.id, name: r.name });
        }
      }
      for (const i of this.docsBy<NetIfDoc>(C.netInterfaces, I.node, n.id)) {
        this.store.delete(C.netInterfaces, i.id);
        this.emit({ type: 'deleted', object: 'netInterface', id: i.id, name: i.name });
      }
      this.store.delete(C.nodes, n.id);
      this.emit({ type: 'deleted', object: 'node', id: n.id, name: n.name });
    });
  }

  /**
   * Emulates a node crash: its interfaces become unreachable and its groups fail over to up nodes
   * (or, with none up, to a paused node without going online — [MS-CMRP] 3.1.4.2.70).
   */
  simulateNodeDown(nameOrId: string): void {
    this.mutate(() => {
      const n = this.node(nameOrId) as NodeDoc;
      if (n.state === NodeState.Down) return;
      this.setNodeState(n, NodeState.Down);
      this.setInterfacesOf(n.id, NetInterfaceState.Unreachable);
      for (const g of this.docsBy<GroupDoc>(C.groups, I.owner, n.id)) {
        const up = this.pickFailoverNode(g, n.id, false);
        if (up) {
          this.relocate(g, up, true);
          continue;
        }
        const paused = this.pickFailoverNode(g, n.id, true);
        if (paused) this.relocate(g, paused, false);
        else for (const r of this.resourcesOf(g.id)) this.setResState(r, ResourceState.Offline);
      }
    });
  }

  /** Emulates a node rejoining: up again, interfaces up; groups stay where they are. */
  simulateNodeUp(nameOrId: string): void {
    this.mutate(() => {
      const n = this.node(nameOrId) as NodeDoc;
      if (n.state !== NodeState.Down && n.state !== NodeState.Joining) return;
      this.setNodeState(n, NodeState.Up);
      this.setInterfacesOf(n.id, NetInterfaceState.Up);
    });
  }

  // ---------------------------------------------------------------- groups

  /** ApiCreateGroup: owned by the local node (or the first up node); name unique among names and ids. */
  createGroup(name: string, options: { groupType?: number } = {}): ClusterGroup {
    checkName(name);
    return this.mutate(() => {
      if (this.store.count(C.groups) >= CLUSTER_LIMITS.groups)
        fail(S.ERROR_CLUSTER_INVALID_REQUEST, 'too many groups');
      if (this.nameTaken(C.groups, name)) fail(S.ERROR_OBJECT_ALREADY_EXISTS, name);
      const local = this.nodeDoc(this.info().localNodeId);
      const owner =
        local.state === NodeState.Up
          ? local.id
          : (this.all<NodeDoc>(C.nodes).find((x) => x.state === NodeState.Up)?.id ?? local.id);
      const doc: GroupDoc = {
        id: this.newId(),
        name,
        ownerNodeId: owner,
        preferredOwners: [],
        groupType: options.groupType ?? GroupType.Unknown,
        common: {},
        private: {},
      };
      this.put(C.groups, doc.id, doc);
      this.emit({ type: 'added', object: 'group', id: doc.id, name });
      return doc;
    });
  }

  /**
   * ApiDeleteGroup: a group holding a core resource → ERROR_CORE_RESOURCE; a non-empty group
   * without `force` → ERROR_DIR_NOT_EMPTY; with `force` its resources go offline and are deleted.
   */
  deleteGroup(nameOrId: string, options: { force?: boolean } = {}): void {
    this.mutate(() => {
      const g = this.group(nameOrId) as GroupDoc;
      const members = this.resourcesOf(g.id);
      if (members.some((r) => r.core)) fail(S.ERROR_CORE_RESOURCE, g.name);
      if (members.length > 0 && !options.force) fail(S.ERROR_DIR_NOT_EMPTY, g.name);
      if (g.groupType === GroupType.CoreCluster || g.groupType === GroupType.AvailableStorage) {
        fail(S.ERROR_SPECIAL_GROUP, g.name);
      }
      for (const r of members) this.takeOffline(r, true);
      for (const r of members) this.removeResource(r);
      this.store.delete(C.groups, g.id);
      this.emit({ type: 'deleted', object: 'group', id: g.id, name: g.name });
    });
  }

  /** ApiSetGroupName: ERROR_INVALID_NAME for "", ERROR_ALREADY_EXISTS if another group's name or id. */
  renameGroup(nameOrId: string, newName: string): void {
    checkName(newName);
    this.mutate(() => {
      const g = this.group(nameOrId) as GroupDoc;
      if (this.nameTaken(C.groups, newName, g.id)) fail(ERROR_ALREADY_EXISTS, newName);
      const old = g.name;
      g.name = newName;
      this.put(C.groups, g.id, g);
      if (old !== newName)
        this.emit({ type: 'renamed', object: 'group', id: g.id, name: newName, oldName: old });
    });
  }

  /** ApiOnlineGroup: owner paused → ERROR_SHARING_PAUSED; group pending → ERROR_INVALID_STATE. */
  onlineGroup(nameOrId: string): number {
    return this.mutate(() => {
      const g = this.group(nameOrId) as GroupDoc;
      if (this.deriveGroupState(g.id) === GroupState.Pending) fail(S.ERROR_INVALID_STATE, g.name);
      const owner = this.nodeDoc(g.ownerNodeId);
      if (owner.state === NodeState.Paused) fail(ERROR_SHARING_PAUSED, `${owner.name} is paused`);
      if (owner.state !== NodeState.Up) fail(S.ERROR_HOST_NODE_NOT_AVAILABLE, owner.name);
      this.setGroupPersistent(g, true);
      for (const r of this.resourcesOf(g.id)) this.bringOnline(r, 0);
      return this.completion(g.id);
    });
  }

  /** ApiOfflineGroup: every resource offline, dependents before providers. */
  offlineGroup(nameOrId: string): number {
    return this.mutate(() => {
      const g = this.group(nameOrId) as GroupDoc;
      if (this.deriveGroupState(g.id) === GroupState.Pending) fail(S.ERROR_INVALID_STATE, g.name);
      this.setGroupPersistent(g, false);
      for (const r of this.resourcesOf(g.id)) this.takeOffline(r, true);
      return this.completion(g.id);
    });
  }

  /**
   * ApiMoveGroup / ApiMoveGroupToNode. Without a node the first up, non-paused node in preferred
   * order (then id order) other than the owner is chosen. Destination paused → ERROR_SHARING_PAUSED;
   * not up → ERROR_HOST_NODE_NOT_AVAILABLE; not a possible owner of a member resource →
   * ERROR_HOST_NODE_NOT_RESOURCE_OWNER; group pending → ERROR_INVALID_STATE. Resources come back to
   * their persistent state on the destination.
   */
  moveGroup(nameOrId: string, toNode?: string): number {
    return this.mutate(() => {
      const g = this.group(nameOrId) as GroupDoc;
      if (this.resourcesOf(g.id).some((r) => isPending(r.state)))
        fail(S.ERROR_INVALID_STATE, `${g.name} is pending`);
      let target: string;
      if (toNode !== undefined) {
        const n = this.node(toNode);
        if (n.id === g.ownerNodeId) return ERROR_SUCCESS;
        if (n.state === NodeState.Paused) fail(ERROR_SHARING_PAUSED, `${n.name} is paused`);
        if (n.state !== NodeState.Up) fail(S.ERROR_HOST_NODE_NOT_AVAILABLE, n.name);
        target = n.id;
      } else {
        target =
          this.pickFailoverNode(g, g.ownerNodeId, false) ?? fail(S.ERROR_HOST_NODE_NOT_AVAILABLE, g.name);
      }
      const blocked = this.resourcesOf(g.id).find((r) => !r.possibleOwners.includes(target));
      if (blocked) fail(S.ERROR_HOST_NODE_NOT_RESOURCE_OWNER, `${blocked.name} cannot run on node ${target}`);
      this.relocate(g, target, true);
      return this.completion(g.id);
    });
  }

  /**
   * ApiSetGroupNodeList: preferred owners by node id, in order; an id that names no node →
   * ERROR_ASSERTION_FAILURE (3.1.4.2.55). Duplicates are dropped.
   */
  setPreferredOwners(nameOrId: string, nodeIds: readonly string[]): void {
    this.mutate(() => {
      const g = this.group(nameOrId) as GroupDoc;
      const ids: string[] = [];
      for (const id of nodeIds) {
        if (!this.all<NodeDoc>(C.nodes).some((n) => n.id === id))
          fail(S.ERROR_ASSERTION_FAILURE, `node id ${id}`);
        if (!ids.includes(id)) ids.push(id);
      }
      g.preferredOwners = ids;
      this.put(C.groups, g.id, g);
      this.emit({ type: 'preferred-owners', id: g.id, name: g.name });
    });
  }

  // ---------------------------------------------------------------- resources

  /**
   * ApiCreateResource: offline, all nodes possible owners, no dependencies. Unknown type →
   * ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND; name equal to another resource's name or id →
   * ERROR_OBJECT_ALREADY_EXISTS; bad flags → ERROR_INVALID_PARAMETER.
   */
  createResource(
    group: string,
    name: string,
    type: string,
    options: { flags?: number; core?: boolean; private?: PropertyBag } = {},
  ): ClusterResource {
    checkName(name);
    const flags = options.flags ?? 0;
    if (flags !== 0 && flags !== 1) fail(ERROR_INVALID_PARAMETER, 'dwFlags');
    return this.mutate(() => {
      const g = this.group(group);
      const t = this.resourceType(type);
      if (this.store.count(C.resources) >= CLUSTER_LIMITS.resources)
        fail(S.ERROR_CLUSTER_INVALID_REQUEST, 'too many resources');
      if (this.nameTaken(C.resources, name)) fail(S.ERROR_OBJECT_ALREADY_EXISTS, name);
      const priv = writePrivate(defaultPrivateProperties(t.name), options.private ?? {}).bag;
      const doc: ResourceDoc = {
        id: this.newId(),
        name,
        type: t.name,
        groupId: g.id,
        state: ResourceState.Offline,
        persistentOnline: false,
        dependencies: [],
        possibleOwners: this.nodeIds(),
        core: options.core ?? false,
        separateMonitor: flags === 1,
        common: {},
        private: priv,
      };
      this.put(C.resources, doc.id, doc);
      this.emit({ type: 'added', object: 'resource', id: doc.id, name });
      return doc;
    });
  }

  /**
   * ApiDeleteResource: must be Offline or Failed (ERROR_RESOURCE_ONLINE), have no dependents
   * (ERROR_DEPENDENT_RESOURCE_EXISTS) and not be a core resource (ERROR_CORE_RESOURCE).
   */
  deleteResource(nameOrId: string): void {
    this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      if (r.core) fail(S.ERROR_CORE_RESOURCE, r.name);
      if (r.state !== ResourceState.Offline && r.state !== ResourceState.Failed)
        fail(S.ERROR_RESOURCE_ONLINE, r.name);
      if (this.dependentsOf(r.id).length > 0) fail(S.ERROR_DEPENDENT_RESOURCE_EXISTS, r.name);
      this.removeResource(r);
    });
  }

  /** ApiSetResourceName: ERROR_INVALID_NAME for "", ERROR_ALREADY_EXISTS if another resource's name or id. */
  renameResource(nameOrId: string, newName: string): void {
    checkName(newName);
    this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      if (this.nameTaken(C.resources, newName, r.id)) fail(ERROR_ALREADY_EXISTS, newName);
      const old = r.name;
      r.name = newName;
      this.put(C.resources, r.id, r);
      if (old !== newName)
        this.emit({ type: 'renamed', object: 'resource', id: r.id, name: newName, oldName: old });
    });
  }

  /**
   * ApiOnlineResource: providers first (one per OR-set), then the resource; its persistent state
   * becomes online. Pending → ERROR_INVALID_STATE; owner node paused → ERROR_SHARING_PAUSED.
   * Returns ERROR_SUCCESS, or ERROR_IO_PENDING in pending mode.
   */
  onlineResource(nameOrId: string): number {
    return this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      if (isPending(r.state)) fail(S.ERROR_INVALID_STATE, r.name);
      if (r.state === ResourceState.Online) return ERROR_SUCCESS;
      const owner = this.nodeDoc(this.groupDoc(r.groupId).ownerNodeId);
      if (owner.state === NodeState.Paused) fail(ERROR_SHARING_PAUSED, `${owner.name} is paused`);
      if (owner.state !== NodeState.Up) fail(S.ERROR_HOST_NODE_NOT_AVAILABLE, owner.name);
      this.bringOnline(r, 0);
      return this.resDoc(r.id).state === ResourceState.OnlinePending ? S.ERROR_IO_PENDING : ERROR_SUCCESS;
    });
  }

  /**
   * ApiOfflineResource: dependents that would lose their last online provider go offline first.
   * Failed → ERROR_RESOURCE_FAILED and pending → ERROR_INVALID_STATE (3.1.4.2.19's table).
   */
  offlineResource(nameOrId: string): number {
    return this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      if (isPending(r.state)) fail(S.ERROR_INVALID_STATE, r.name);
      if (r.state === ResourceState.Failed) fail(S.ERROR_RESOURCE_FAILED, r.name);
      this.takeOffline(r, true);
      return this.resDoc(r.id).state === ResourceState.OfflinePending ? S.ERROR_IO_PENDING : ERROR_SUCCESS;
    });
  }

  /** Emulates a resource failure: Failed, and dependents left without a provider go offline. */
  failResource(nameOrId: string): void {
    this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      for (const d of this.dependentsNeeding(r.id)) this.takeOffline(d, false);
      this.setResState(this.resDoc(r.id), ResourceState.Failed);
    });
  }

  /** Completes every pending transition (pending mode): OnlinePending → Online, OfflinePending → Offline. */
  settle(): void {
    this.settleWhere(() => true);
  }

  /**
   * Completes the pending transitions whose deadline (start + `pendingMs`) has passed on the
   * injected clock. A dependent comes online only after its providers, and a provider goes offline
   * only after its dependents, even when their deadlines are equal.
   */
  settleDue(): void {
    const now = this.clock();
    this.settleWhere((r) => (r.pendingUntil ?? 0) <= now);
  }

  /** The earliest pending deadline on the clock, or undefined when nothing is pending. */
  nextPendingDeadline(): number | undefined {
    const due = this.peekAllOf<ResourceDoc>(C.resources)
      .filter((r) => isPending(r.state))
      .map((r) => r.pendingUntil ?? 0);
    return due.length ? Math.min(...due) : undefined;
  }

  private settleWhere(due: (r: ResourceDoc) => boolean): void {
    this.mutate(() => {
      for (let progress = true; progress;) {
        progress = false;
        const all = this.all<ResourceDoc>(C.resources);
        const byId = new Map(all.map((r) => [r.id, r]));
        for (const r of all) {
          if (!due(r)) continue;
          if (r.state === ResourceState.OnlinePending) {
            const ready = r.dependencies.every((set) =>
              set.some((id) => byId.get(id)?.state === ResourceState.Online),
            );
            if (!ready) continue;
            this.setResState(r, ResourceState.Online);
          } else if (r.state === ResourceState.OfflinePending) {
            const blocked = all.some(
              (d) =>
                d.state === ResourceState.OfflinePending && d.dependencies.some((set) => set.includes(r.id)),
            );
            if (blocked) continue;
            this.setResState(r, ResourceState.Offline);
          } else {
            continue;
          }
          progress = true;
        }
      }
    });
  }

  /** ApiAddResourceDependency: adds a simple dependency `resource` → `dependsOn` (3.1.4.2.20). */
  addDependency(resource: string, dependsOn: string): void {
    this.mutate(() => {
      const r = this.resource(resource) as ResourceDoc;
      const p = this.resource(dependsOn);
      if (r.id === p.id) fail(ERROR_INVALID_PARAMETER, 'a resource cannot depend on itself');
      if (r.groupId !== p.groupId) fail(ERROR_INVALID_PARAMETER, 'resources are in different groups');
      if (r.id === this.info().quorum.resourceId) fail(S.ERROR_DEPENDENCY_NOT_ALLOWED, 'the quorum resource');
      if (r.dependencies.some((set) => set.includes(p.id))) fail(S.ERROR_DEPENDENCY_ALREADY_EXISTS, p.name);
      if (this.reaches(p.id, r.id))
        fail(ClusterStatus.ERROR_CIRCULAR_DEPENDENCY, `${p.name} depends on ${r.name}`);
      if (r.state === ResourceState.OnlinePending) fail(S.ERROR_RESOURCE_ONLINE, r.name);
      if (r.state === ResourceState.Online && p.state !== ResourceState.Online)
        fail(S.ERROR_RESOURCE_ONLINE, r.name);
      if (r.dependencies.length >= CLUSTER_LIMITS.dependencyTerms)
        fail(S.ERROR_DEPENDENCY_TREE_TOO_COMPLEX, r.name);
      r.dependencies.push([p.id]);
      this.put(C.resources, r.id, r);
      this.checkDepth(r.id);
      this.emit({ type: 'dependencies', id: r.id, name: r.name });
    });
  }

  /**
   * ApiRemoveResourceDependency: ERROR_DEPENDENCY_NOT_FOUND without one; removing the last online
   * provider of an online dependent → ERROR_RESOURCE_ONLINE.
   */
  removeDependency(resource: string, dependsOn: string): void {
    this.mutate(() => {
      const r = this.resource(resource) as ResourceDoc;
      const p = this.resource(dependsOn);
      const idx = r.dependencies.findIndex((set) => set.includes(p.id));
      if (idx < 0) fail(S.ERROR_DEPENDENCY_NOT_FOUND, `${r.name} → ${p.name}`);
      const set = r.dependencies[idx]!;
      if (
        set.length > 1 &&
        (isUp(r.state) || r.state === ResourceState.OfflinePending) &&
        p.state === ResourceState.Online
      ) {
        const othersOnline = set.some((id) => id !== p.id && this.resDoc(id).state === ResourceState.Online);
        if (!othersOnline) fail(S.ERROR_RESOURCE_ONLINE, `${p.name} is the only online provider`);
      }
      if (set.length === 1) r.dependencies.splice(idx, 1);
      else r.dependencies[idx] = set.filter((id) => id !== p.id);
      this.put(C.resources, r.id, r);
      this.emit({ type: 'dependencies', id: r.id, name: r.name });
    });
  }

  /**
   * ApiSetResourceDependencyExpression (3.1.4.2.109): replaces all dependencies; "" clears them.
   * Grammar errors, self-reference and other-group providers → ERROR_INVALID_PARAMETER; a provider
   * twice → ERROR_DEPENDENCY_ALREADY_EXISTS; a cycle → ERROR_CIRCULAR_DEPENDENCY; unknown names →
   * ERROR_RESOURCE_NOT_FOUND.
   */
  setDependencyExpression(resource: string, expression: string): void {
    const parsed = parseDependencyExpression(expression);
    this.mutate(() => {
      const r = this.resource(resource) as ResourceDoc;
      if (parsed.length > 0 && r.id === this.info().quorum.resourceId) {
        fail(S.ERROR_DEPENDENCY_NOT_ALLOWED, 'the quorum resource');
      }
      const seen = new Set<string>();
      const sets: string[][] = parsed.map((set) =>
        set.map((token) => {
          const p = this.resource(token);
          if (p.id === r.id) fail(ERROR_INVALID_PARAMETER, 'a resource cannot depend on itself');
          if (p.groupId !== r.groupId) fail(ERROR_INVALID_PARAMETER, `${p.name} is in another group`);
          if (seen.has(p.id)) fail(S.ERROR_DEPENDENCY_ALREADY_EXISTS, p.name);
          if (this.reaches(p.id, r.id)) fail(ClusterStatus.ERROR_CIRCULAR_DEPENDENCY, p.name);
          seen.add(p.id);
          return p.id;
        }),
      );
      if (seen.size > CLUSTER_LIMITS.dependencyTerms) fail(S.ERROR_DEPENDENCY_TREE_TOO_COMPLEX, r.name);
      if (sets.length > 0) {
        if (r.state === ResourceState.OnlinePending) fail(S.ERROR_RESOURCE_ONLINE, r.name);
        const anyOnline = [...seen].some((id) => this.resDoc(id).state === ResourceState.Online);
        if (r.state === ResourceState.Online && !anyOnline) fail(S.ERROR_RESOURCE_ONLINE, r.name);
      }
      r.dependencies = sets;
      this.put(C.resources, r.id, r);
      this.checkDepth(r.id);
      this.emit({ type: 'dependencies', id: r.id, name: r.name });
    });
  }

  /** ApiAddResourceNode: ERROR_OBJECT_ALREADY_EXISTS if the node is already a possible owner. */
  addPossibleOwner(resource: string, node: string): void {
    this.mutate(() => {
      const r = this.resource(resource) as ResourceDoc;
      const n = this.node(node);
      if (r.possibleOwners.includes(n.id)) fail(S.ERROR_OBJECT_ALREADY_EXISTS, n.name);
      r.possibleOwners.push(n.id);
      r.possibleOwners.sort((a, b) => Number(a) - Number(b));
      this.put(C.resources, r.id, r);
      this.emit({ type: 'possible-owners', id: r.id, name: r.name });
    });
  }

  /**
   * ApiRemoveResourceNode: not a possible owner → ERROR_CLUSTER_NODE_NOT_FOUND; the current owner
   * while the resource is online or pending → ERROR_INVALID_STATE.
   */
  removePossibleOwner(resource: string, node: string): void {
    this.mutate(() => {
      const r = this.resource(resource) as ResourceDoc;
      const n = this.node(node);
      if (!r.possibleOwners.includes(n.id)) fail(S.ERROR_CLUSTER_NODE_NOT_FOUND, n.name);
      const owner = this.groupDoc(r.groupId).ownerNodeId;
      if (owner === n.id && (isUp(r.state) || r.state === ResourceState.OfflinePending)) {
        fail(S.ERROR_INVALID_STATE, `${r.name} is active on ${n.name}`);
      }
      r.possibleOwners = r.possibleOwners.filter((x) => x !== n.id);
      this.put(C.resources, r.id, r);
      this.emit({ type: 'possible-owners', id: r.id, name: r.name });
    });
  }

  /**
   * ApiChangeResourceGroup: moves the resource with everything linked to it by dependencies.
   * Already there → ERROR_ALREADY_EXISTS; quorum into Available Storage →
   * ERROR_QUORUM_NOT_ALLOWED_IN_THIS_GROUP; other core resources → ERROR_CORE_RESOURCE; across
   * owner nodes while active → ERROR_RESOURCE_ONLINE, or to a node that is not a possible owner →
   * ERROR_HOST_NODE_NOT_RESOURCE_OWNER.
   */
  changeResourceGroup(resource: string, group: string): void {
    this.mutate(() => {
      const r = this.resource(resource) as ResourceDoc;
      const dest = this.group(group);
      if (r.groupId === dest.id) fail(ERROR_ALREADY_EXISTS, `${r.name} is in ${dest.name}`);
      const isQuorum = r.id === this.info().quorum.resourceId;
      if (isQuorum && dest.groupType === GroupType.AvailableStorage)
        fail(S.ERROR_QUORUM_NOT_ALLOWED_IN_THIS_GROUP);
      const src = this.groupDoc(r.groupId);
      const tree = this.linked(r.id);
      if (tree.some((x) => x.core && !(x.id === r.id && isQuorum))) fail(S.ERROR_CORE_RESOURCE, r.name);
      if (src.ownerNodeId !== dest.ownerNodeId) {
        if (tree.some((x) => x.state !== ResourceState.Offline && x.state !== ResourceState.Failed))
          fail(S.ERROR_RESOURCE_ONLINE, r.name);
        if (tree.some((x) => !x.possibleOwners.includes(dest.ownerNodeId)))
          fail(S.ERROR_HOST_NODE_NOT_RESOURCE_OWNER, dest.name);
      }
      for (const x of tree) {
        x.groupId = dest.id;
        this.put(C.resources, x.id, x);
        this.emit({ type: 'resource-group', id: x.id, name: x.name, groupId: dest.id });
      }
    });
  }

  // ---------------------------------------------------------------- resource types

  /** ApiCreateResourceType: a name already registered → ERROR_ALREADY_EXISTS. */
  createResourceType(
    name: string,
    displayName: string,
    dllName: string,
    looksAlive: number,
    isAlive: number,
    quorumCapable = false,
  ): ClusterResourceType {
    checkName(name);
    checkName(displayName);
    checkName(dllName);
    return this.mutate(() => {
      if (this.typeDoc(name)) fail(ERROR_ALREADY_EXISTS, name);
      if (this.all<TypeDoc>(C.resourceTypes).length >= CLUSTER_LIMITS.resourceTypes) {
        fail(S.ERROR_CLUSTER_INVALID_REQUEST, 'too many resource types');
      }
      const doc: TypeDoc = {
        name,
        displayName,
        dllName,
        quorumCapable,
        common: {
          LooksAlivePollInterval: { type: 'dword', value: looksAlive >>> 0 },
          IsAlivePollInterval: { type: 'dword', value: isAlive >>> 0 },
        },
        private: {},
      };
      this.put(C.resourceTypes, foldName(name), doc);
      this.emit({ type: 'added', object: 'resourceType', id: name, name });
      return doc;
    });
  }

  /** ApiDeleteResourceType: resources of the type exist → ERROR_DIR_NOT_EMPTY. */
  deleteResourceType(name: string): void {
    this.mutate(() => {
      const t = this.resourceType(name);
      if (this.store.lookup(C.resources, I.type, foldName(t.name)).size > 0)
        fail(S.ERROR_DIR_NOT_EMPTY, t.name);
      this.store.delete(C.resourceTypes, foldName(t.name));
      this.emit({ type: 'deleted', object: 'resourceType', id: t.name, name: t.name });
    });
  }

  // ---------------------------------------------------------------- networks

  createNetwork(
    name: string,
    options: { address: string; addressMask: string; role?: number },
  ): ClusterNetwork {
    checkName(name);
    return this.mutate(() => {
      const nets = this.all<NetworkDoc>(C.networks);
      if (nets.length >= CLUSTER_LIMITS.networks) fail(S.ERROR_CLUSTER_INVALID_REQUEST, 'too many networks');
      if (nets.some((n) => sameName(n.name, name) || sameName(n.id, name)))
        fail(S.ERROR_OBJECT_ALREADY_EXISTS, name);
      const role = options.role ?? NetworkRole.InternalAndClient;
      const doc: NetworkDoc = {
        id: this.newId(),
        name,
        role: role as NetworkRole,
        address: options.address,
        addressMask: options.addressMask,
        common: { Role: { type: 'dword', value: role } },
        private: {},
      };
      this.put(C.networks, doc.id, doc);
      this.emit({ type: 'added', object: 'network', id: doc.id, name });
      return doc;
    });
  }

  /** ApiSetNetworkName: ERROR_INVALID_NAME for "", ERROR_ALREADY_EXISTS if another network's name or id. */
  renameNetwork(nameOrId: string, newName: string): void {
    checkName(newName);
    this.mutate(() => {
      const n = this.network(nameOrId) as NetworkDoc;
      if (this.nameTaken(C.networks, newName, n.id)) fail(ERROR_ALREADY_EXISTS, newName);
      const old = n.name;
      n.name = newName;
      this.put(C.networks, n.id, n);
      if (old !== newName)
        this.emit({ type: 'renamed', object: 'network', id: n.id, name: newName, oldName: old });
    });
  }

  /** Adds the interface of `node` on `network`, named "<node> - <adapter>" as Windows does. */
  createNetInterface(node: string, network: string, adapter: string, address: string): ClusterNetInterface {
    checkName(adapter);
    return this.mutate(() => {
      const n = this.node(node);
      const net = this.network(network);
      if (this.peekBy<NetIfDoc>(C.netInterfaces, I.node, n.id).some((i) => i.networkId === net.id)) {
        fail(S.ERROR_OBJECT_ALREADY_EXISTS, `${n.name} already has an interface on ${net.name}`);
      }
      const name = `${n.name} - ${adapter}`;
      if (this.store.lookup(C.netInterfaces, I.name, foldName(name)).size > 0)
        fail(S.ERROR_OBJECT_ALREADY_EXISTS, name);
      const doc: NetIfDoc = {
        id: this.newId(),
        name,
        nodeId: n.id,
        networkId: net.id,
        adapter,
        address,
        state: n.state === NodeState.Down ? NetInterfaceState.Unreachable : NetInterfaceState.Up,
        common: {},
        private: {},
      };
      this.put(C.netInterfaces, doc.id, doc);
      this.emit({ type: 'added', object: 'netInterface', id: doc.id, name });
      return doc;
    });
  }

  // ---------------------------------------------------------------- properties

  /** Sets writable common properties; unknown, read-only or mistyped ones → ERROR_INVALID_PARAMETER. */
  setCommonProperties(
    kind: ObjectKind,
    nameOrId: string,
    updates: Readonly<Record<string, PropValue>>,
  ): void {
    this.mutate(() => {
      const { coll, key, doc, defs, id, name } = this.locate(kind, nameOrId);
      const { bag, changed } = writeCommon(defs, doc.common, updates);
      doc.common = bag;
      const role = kind === 'network' ? bag['Role'] : undefined;
      if (role?.type === 'dword') (doc as NetworkDoc).role = role.value as NetworkRole;
      this.put(coll, key, doc);
      if (changed.length)
        this.emit({ type: 'property', object: kind, id, name, scope: 'common', properties: changed });
    });
  }

  /**
   * Sets private properties. For an online resource the values are stored but take effect at its
   * next online: ERROR_RESOURCE_PROPERTIES_STORED (3.1.4.3.1).
   */
  setPrivateProperties(
    kind: ObjectKind,
    nameOrId: string,
    updates: Readonly<Record<string, PropValue>>,
  ): number {
    return this.mutate(() => {
      const { coll, key, doc, id, name } = this.locate(kind, nameOrId);
      const ro = kind === 'resource' ? readOnlyPrivateProperties((doc as ResourceDoc).type) : [];
      const { bag, changed } = writePrivate(doc.private, updates, ro);
      doc.private = bag;
      this.put(coll, key, doc);
      if (changed.length)
        this.emit({ type: 'property', object: kind, id, name, scope: 'private', properties: changed });
      return kind === 'resource' && isUp((doc as ResourceDoc).state)
        ? S.ERROR_RESOURCE_PROPERTIES_STORED
        : ERROR_SUCCESS;
    });
  }

  // ================================================================ restart, drain target, storage
  // Added for ApiRestartResource, ApiPauseNodeWithDrainTarget, ApiChangeCsvState(Ex) and the
  // storage control codes. CSV and disk-maintenance state live in their own collection so the
  // object documents above keep their shape.

  /**
   * ApiRestartResource (3.1.4.2.142): offline without touching the persistent state, then back to
   * it; dependents taken down on the way come back too. Pending → ERROR_INVALID_STATE; the owner
   * node paused or not up refuses as ApiOnlineResource does (ERROR_SHARING_PAUSED,
   * ERROR_HOST_NODE_NOT_AVAILABLE).
   */
  restartResource(nameOrId: string): number {
    return this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      if (isPending(r.state)) fail(S.ERROR_INVALID_STATE, r.name);
      const owner = this.nodeDoc(this.groupDoc(r.groupId).ownerNodeId);
      if (owner.state === NodeState.Paused) fail(ERROR_SHARING_PAUSED, `${owner.name} is paused`);
      if (owner.state !== NodeState.Up) fail(S.ERROR_HOST_NODE_NOT_AVAILABLE, owner.name);
      const before = new Map(this.all<ResourceDoc>(C.resources).map((x) => [x.id, x.state]));
      this.takeOffline(r, false);
      const stopped = this.all<ResourceDoc>(C.resources).filter(
        (x) => isUp(before.get(x.id) ?? ResourceState.Offline) && !isUp(x.state),
      );
      // The restart is one step for the caller: a pending offline completes before the online.
      for (const x of stopped) {
        if (x.state === ResourceState.OfflinePending) this.setResState(x, ResourceState.Offline);
      }
      const wanted = [r.id, ...stopped.map((x) => x.id)];
      for (const id of wanted) {
        const x = this.resDoc(id);
        if (x.persistentOnline && !isUp(x.state)) this.bringOnline(x, 0);
      }
      return this.resDoc(r.id).state === ResourceState.OnlinePending ? S.ERROR_IO_PENDING : ERROR_SUCCESS;
    });
  }

  /**
   * ApiPauseNodeWithDrainTarget (3.1.4.2.126): pause as ApiPauseNodeEx, moving each group the node
   * owns to `target` as ApiMoveGroupToNode would. Same node → ERROR_INVALID_TARGET_HANDLE; target
   * not up → ERROR_HOST_NODE_NOT_AVAILABLE. A group that may not run on the target fails the whole
   * call (nothing changes) unless `remainOnMoveError`, which leaves that group where it is.
   */
  pauseNodeWithDrainTarget(
    node: string,
    target: string,
    options: { remainOnMoveError?: boolean } = {},
  ): void {
    this.mutate(() => {
      const n = this.node(node) as NodeDoc;
      const t = this.node(target);
      if (n.id === t.id) fail(Win32.ERROR_INVALID_TARGET_HANDLE, t.name);
      if (t.state !== NodeState.Up) fail(S.ERROR_HOST_NODE_NOT_AVAILABLE, t.name);
      if (n.state !== NodeState.Up && n.state !== NodeState.Paused) fail(S.ERROR_CLUSTER_NODE_DOWN, n.name);
      if (n.state === NodeState.Up) this.setNodeState(n, NodeState.Paused);
      for (const g of this.all<GroupDoc>(C.groups).filter((x) => x.ownerNodeId === n.id)) {
        const members = this.resourcesOf(g.id);
        if (members.some((r) => isPending(r.state))) fail(S.ERROR_INVALID_STATE, `${g.name} is pending`);
        const blocked = members.find((r) => !r.possibleOwners.includes(t.id));
        if (blocked) {
          if (options.remainOnMoveError) continue;
          fail(S.ERROR_HOST_NODE_NOT_RESOURCE_OWNER, `${blocked.name} cannot run on ${t.name}`);
        }
        this.relocate(g, t.id, true);
      }
    });
  }

  /** Storage facts of a resource kept outside its document (CSV and maintenance state, 3.1.1.4). */
  storageState(nameOrId: string): StorageState {
    const r = this.resource(nameOrId);
    const st = normalizeStorage(this.store.get(STORAGE_COLLECTION, r.id));
    const backup = r.state === ResourceState.Online ? this.volumeBackup.get(r.id) : undefined;
    if (!backup) return st;
    return { ...st, volumes: st.volumes.map((v) => ({ ...v, backup: backup.has(v.guid) })) };
  }

  /**
   * Backup mode per CSV (resource id → volume GUIDs). 3.1.1.4 puts it in the volatile state and
   * CLUSCTL_RESOURCE_SET_SHARED_VOLUME_BACKUP_MODE (3.1.4.3.1.54) ends it when the disk leaves
   * ClusterResourceOnline, so it lives in memory and a state listener clears it.
   */
  private readonly volumeBackup = new Map<string, Set<string>>();
  private volumeBackupWatch: (() => void) | undefined;

  /** Resources whose volumes are cluster shared volumes (ResourceSharedVolumes TRUE). */
  sharedVolumeResources(): ClusterResource[] {
    return this.resources().filter((r) => this.storageState(r.id).sharedVolumes);
  }

  /**
   * ApiChangeCsvState / ApiChangeCsvStateEx (3.1.4.2.122, .164) for dwState 1. Windows keeps every
   * CSV disk in a group of its own of type SharedVolume (the "special group" of 3.1.1.1.4), so the
   * disk moves from Available Storage into a new such group owned by the same node; disabling moves
   * it back and removes that group. `strict` selects the Ex variant's own codes for a disk with
   * dependents or outside Available Storage; the older method folds both into
   * ERROR_CLUSTER_INVALID_REQUEST.
   */
  enableSharedVolumes(nameOrId: string, options: { volumeName?: string; strict?: boolean } = {}): void {
    this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      if (foldName(r.type) !== 'PHYSICAL DISK') fail(S.ERROR_CLUSTER_RESTYPE_NOT_SUPPORTED, r.type);
      const st = this.storageState(r.id);
      const src = this.groupDoc(r.groupId);
      const invalid = (why: string): never => fail(S.ERROR_CLUSTER_INVALID_REQUEST, why);
      if (st.sharedVolumes) invalid(`${r.name} is already a cluster shared volume`);
      if (r.state !== ResourceState.Online) fail(S.ERROR_RESOURCE_NOT_ONLINE, r.name);
      if (st.maintenance.inMaintenance) invalid(`${r.name} is in maintenance mode`);
      if (r.dependencies.length > 0) invalid(`${r.name} depends on other resources`);
      if (this.dependentsOf(r.id).length > 0) {
        if (options.strict) fail(S.ERROR_DEPENDENT_RESOURCE_EXISTS, r.name);
        invalid(`${r.name} is used by other resources`);
      }
      if (src.groupType !== GroupType.AvailableStorage) {
        if (options.strict) fail(S.ERROR_RESOURCE_NOT_IN_AVAILABLE_STORAGE, r.name);
        invalid(`${r.name} is deployed in ${src.name}`);
      }
      if (r.id === this.info().quorum.resourceId) invalid(`${r.name} is the quorum resource`);
      const taken = new Set(
        this.sharedVolumeResources().flatMap((x) =>
          this.storageState(x.id).volumes.map((v) => foldName(v.friendlyName)),
        ),
      );
      let n = 1;
      while (taken.has(foldName(`Volume${n}`))) n++;
      const volumes: CsvVolume[] = [
        { friendlyName: `Volume${n}`, guid: r.id, partition: 1, maintenance: false, backup: false },
      ];
      const extra = options.volumeName;
      if (extra !== undefined && extra !== '') {
        checkName(extra, MAX_VOLUME_NAME);
        if (taken.has(foldName(extra)) || foldName(extra) === foldName(volumes[0]!.friendlyName))
          fail(ERROR_ALREADY_EXISTS, extra);
        volumes.push({
          friendlyName: extra,
          guid: this.newId(),
          partition: 2,
          maintenance: false,
          backup: false,
        });
      }
      const csvGroup: GroupDoc = {
        id: this.newId(),
        name: '',
        ownerNodeId: src.ownerNodeId,
        preferredOwners: [],
        groupType: GroupType.SharedVolume,
        common: {},
        private: {},
      };
      csvGroup.name = csvGroup.id;
      this.put(C.groups, csvGroup.id, csvGroup);
      this.emit({ type: 'added', object: 'group', id: csvGroup.id, name: csvGroup.name });
      r.groupId = csvGroup.id;
      this.put(C.resources, r.id, r);
      this.emit({ type: 'resource-group', id: r.id, name: r.name, groupId: csvGroup.id });
      this.putStorage(r.id, { ...st, sharedVolumes: true, volumes, previousGroupId: src.id });
    });
  }

  /** dwState 0: ResourceSharedVolumes already FALSE → ERROR_CLUSTER_INVALID_REQUEST. */
  disableSharedVolumes(nameOrId: string): void {
    this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      const st = this.storageState(r.id);
      if (!st.sharedVolumes)
        fail(S.ERROR_CLUSTER_INVALID_REQUEST, `${r.name} is not a cluster shared volume`);
      const csvGroup = this.groupDoc(r.groupId);
      const back =
        this.all<GroupDoc>(C.groups).find((g) => g.id === st.previousGroupId) ??
        this.all<GroupDoc>(C.groups).find((g) => g.groupType === GroupType.AvailableStorage) ??
        csvGroup;
      if (back.id !== csvGroup.id) {
        r.groupId = back.id;
        this.put(C.resources, r.id, r);
        this.emit({ type: 'resource-group', id: r.id, name: r.name, groupId: back.id });
        if (csvGroup.groupType === GroupType.SharedVolume && this.resourcesOf(csvGroup.id).length === 0) {
          this.store.delete(C.groups, csvGroup.id);
          this.emit({ type: 'deleted', object: 'group', id: csvGroup.id, name: csvGroup.name });
        }
      }
      this.putStorage(r.id, { ...st, sharedVolumes: false, volumes: [], previousGroupId: '' });
    });
  }

  /** CLUSCTL_RESOURCE_SET_MAINTENANCE_MODE (3.1.4.3.1.43): kept in the nonvolatile state, mirrored in MaintenanceMode. */
  setDiskMaintenance(nameOrId: string, inMaintenance: boolean, type: number): void {
    this.mutate(() => {
      const r = this.resource(nameOrId) as ResourceDoc;
      const st = this.storageState(r.id);
      this.putStorage(r.id, { ...st, maintenance: { inMaintenance, type: inMaintenance ? type : 0 } });
      const value = inMaintenance ? 1 : 0;
      const prev = r.private['MaintenanceMode'];
      if (!prev || prev.type !== 'dword' || prev.value !== value) {
        r.private = { ...r.private, MaintenanceMode: { type: 'dword', value } };
        this.put(C.resources, r.id, r);
        this.emit({
          type: 'property',
          object: 'resource',
          id: r.id,
          name: r.name,
          scope: 'private',
          properties: ['MaintenanceMode'],
        });
      }
    });
  }

  /**
   * Backup mode of one cluster shared volume (3.1.4.3.1.54), found by friendly name or by volume
   * GUID name. ERROR_INVALID_FUNCTION if the resource has no CSVs, ERROR_RESOURCE_NOT_ONLINE if it is
   * not online, ERROR_NOT_FOUND for a name that is none of its volumes.
   */
  setSharedVolumeBackup(nameOrId: string, volumeName: string, inBackup: boolean): void {
    const r = this.resource(nameOrId);
    const st = this.storageState(r.id);
    if (!st.sharedVolumes) fail(Win32.ERROR_INVALID_FUNCTION, `${r.name} has no cluster shared volume`);
    if (r.state !== ResourceState.Online) fail(S.ERROR_RESOURCE_NOT_ONLINE, r.name);
    const v = findCsvVolume(st.volumes, volumeName);
    this.volumeBackupWatch ??= this.onChange((e) => {
      if (e.type === 'state' && e.object === 'resource' && e.state !== ResourceState.Online)
        this.volumeBackup.delete(e.id);
      if (e.type === 'deleted' && e.object === 'resource') this.volumeBackup.delete(e.id);
    });
    const set = this.volumeBackup.get(r.id) ?? new Set<string>();
    if (inBackup) set.add(v.guid);
    else set.delete(v.guid);
    if (set.size > 0) this.volumeBackup.set(r.id, set);
    else this.volumeBackup.delete(r.id);
  }

  /**
   * CLUSCTL_RESOURCE_ENABLE/DISABLE_SHARED_VOLUME_DIRECTIO (3.1.4.3.1.52, .53): leaves or enters
   * redirected mode, which is nonvolatile. Refused in volume maintenance mode
   * (ERROR_CLUSTER_INVALID_REQUEST) and in backup mode (ERROR_CLUSTER_BACKUP_IN_PROGRESS), after the
   * checks of setSharedVolumeBackup. Returns the volume's GUID name.
   */
  setSharedVolumeRedirected(nameOrId: string, volumeName: string, redirected: boolean): string {
    return this.mutate(() => {
      const r = this.resource(nameOrId);
      const st = this.storageState(r.id);
      if (!st.sharedVolumes) fail(Win32.ERROR_INVALID_FUNCTION, `${r.name} has no cluster shared volume`);
      if (r.state !== ResourceState.Online) fail(S.ERROR_RESOURCE_NOT_ONLINE, r.name);
      const v = findCsvVolume(st.volumes, volumeName);
      if (v.maintenance) fail(S.ERROR_CLUSTER_INVALID_REQUEST, `${v.friendlyName} is in maintenance mode`);
      if (v.backup) fail(S.ERROR_CLUSTER_BACKUP_IN_PROGRESS, v.friendlyName);
      const volumes = st.volumes.map((x) => (x.guid === v.guid ? { ...x, redirected, backup: false } : x));
      this.putStorage(r.id, { ...st, volumes });
      return csvVolumeGuidName(v.guid);
    });
  }

  private putStorage(resourceId: string, st: StorageState): void {
    this.put(STORAGE_COLLECTION, resourceId, st);
  }

  // ================================================================ group sets (s2-groupsets)
  // Group sets and group-level dependencies live in group-sets.ts; this region lends them the
  // model's transactions, events and groups.

  private groupSetModel: GroupSets | undefined;

  /** Group sets and group dependencies ([MS-CMRP] 3.1.1.1.5, 3.1.4.2.146-165). */
  get groupSets(): GroupSets {
    this.groupSetModel ??= new GroupSets({
      store: this.store,
      mutate: (fn) => this.mutate(fn),
      emit: (e) => this.emit(e),
      newId: () => this.newId(),
      groups: () => this.all<GroupDoc>(C.groups),
      group: (nameOrId) => this.group(nameOrId),
      groupState: (id) => this.deriveGroupState(id),
    });
    return this.groupSetModel;
  }

  // ================================================================ internals

  /** Runs `fn` in one store transaction; on commit, announces its events and derived state changes. */
  private mutate<T>(fn: () => T): T {
    if (this.events) return fn();
    const events: ClusterEvent[] = [];
    this.events = events;
    let result: T;
    let derived: ClusterEvent[] = [];
    try {
      result = this.store.transaction(() => {
        const mark = this.store.mark();
        const r = fn();
        derived = this.derivedStateChanges(mark);
        return r;
      });
    } finally {
      this.events = undefined;
    }
    events.push(...derived);
    for (const e of events) {
      for (const l of this.listeners) {
        try {
          l(e);
        } catch {
          // A listener's failure must not undo or hide a committed change from the caller.
        }
      }
    }
    return result;
  }

  /**
   * State events of the groups and networks whose derived state differs from what it was at
   * `mark` (groups, then networks, each in key order). Only containers touched since then, or
   * holding (or having held) a member touched since then, are looked at; a container created or
   * deleted on the way has no "before" or no "after" and is skipped.
   */
  private derivedStateChanges(mark: number): ClusterEvent[] {
    return [
      ...this.containerStateChanges(mark, 'group', C.groups, C.resources, 'groupId', I.group, groupStateOf),
      ...this.containerStateChanges(
        mark,
        'network',
        C.networks,
        C.netInterfaces,
        'networkId',
        I.network,
        networkStateOf,
      ),
    ];
  }

  private containerStateChanges<M extends ResourceDoc | NetIfDoc>(
    mark: number,
    object: 'group' | 'network',
    containers: string,
    members: string,
    field: 'groupId' | 'networkId',
    index: string,
    stateOf: (docs: readonly M[]) => number,
  ): ClusterEvent[] {
    const s = this.store;
    const ownerOf = (doc: unknown): string | undefined =>
      doc === undefined ? undefined : (doc as Record<string, string | undefined>)[field];
    const memberBefore = new Map(s.changedSince(mark, members).map((c) => [c.key, c.before]));
    const containerBefore = new Map(s.changedSince(mark, containers).map((c) => [c.key, c.before]));
    const touched = new Set(containerBefore.keys());
    for (const [key, before] of memberBefore) {
      for (const owner of [ownerOf(before), ownerOf(s.peek(members, key))]) if (owner) touched.add(owner);
    }
    const out: ClusterEvent[] = [];
    for (const id of [...touched].sort(byCodeUnit)) {
      const now = s.peek(containers, id) as { id: string; name: string } | undefined;
      if (!now || (containerBefore.has(id) && containerBefore.get(id) === undefined)) continue;
      const current = s.lookup(members, index, id);
      const keysBefore = new Set(current);
      for (const [key, before] of memberBefore) if (ownerOf(before) === id) keysBefore.add(key);
      const docsBefore: M[] = [];
      for (const key of keysBefore) {
        const doc = memberBefore.has(key) ? memberBefore.get(key) : s.peek(members, key);
        if (ownerOf(doc) === id) docsBefore.push(doc as unknown as M);
      }
      const state = stateOf([...current].map((k) => s.peek(members, k) as unknown as M));
      const previous = stateOf(docsBefore);
      if (state !== previous)
        out.push({ type: 'state', object, id: now.id, name: now.name, state, previous });
    }
    return out;
  }

  private emit(e: ClusterEvent): void {
    this.events?.push(e);
  }

  private deriveGroupState(groupId: string): GroupState {
    return groupStateOf(this.resourcesOf(groupId));
  }

  /** Brings providers online (the first already-up or first listed of each OR-set), then `r`. */
  private bringOnline(r0: ResourceDoc, depth: number): void {
    if (depth > CLUSTER_LIMITS.dependencyDepth) fail(S.ERROR_DEPENDENCY_TREE_TOO_COMPLEX, r0.name);
    const r = this.resDoc(r0.id);
    if (isUp(r.state)) {
      if (!r.persistentOnline) this.setPersistent(r, true);
      return;
    }
    for (const set of r.dependencies) {
      if (set.some((id) => isUp(this.resDoc(id).state))) continue;
      this.bringOnline(this.resDoc(set[0]!), depth + 1);
    }
    const fresh = this.resDoc(r.id);
    fresh.persistentOnline = true;
    this.setResState(fresh, this.pendingMode ? ResourceState.OnlinePending : ResourceState.Online);
  }

  /** Takes dependents that would lose their last provider offline first, then `r`. */
  private takeOffline(r0: ResourceDoc, persist: boolean): void {
    const r = this.resDoc(r0.id);
    for (const d of this.dependentsNeeding(r.id)) this.takeOffline(d, persist);
    const fresh = this.resDoc(r.id);
    if (persist) fresh.persistentOnline = false;
    if (fresh.state === ResourceState.Offline || fresh.state === ResourceState.OfflinePending) {
      this.put(C.resources, fresh.id, fresh);
      return;
    }
    const target =
      this.pendingMode && isUp(fresh.state) ? ResourceState.OfflinePending : ResourceState.Offline;
    this.setResState(fresh, target);
  }

  /** Active dependents of `id` that have no other active provider in the OR-set holding `id`. */
  private dependentsNeeding(id: string): ResourceDoc[] {
    return this.dependentsOf(id).filter((d) => {
      if (!isUp(d.state)) return false;
      const set = d.dependencies.find((s) => s.includes(id))!;
      return !set.some((p) => p !== id && isUp(this.resDoc(p).state));
    });
  }

  private dependentsOf(id: string): ResourceDoc[] {
    return this.docsBy<ResourceDoc>(C.resources, I.provider, id);
  }

  /** True if `from` depends, directly or not, on `to`. */
  private reaches(from: string, to: string): boolean {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === to) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...this.resDoc(id).dependencies.flat());
    }
    return false;
  }

  /** Refuses a change that makes any chain through `id` deeper than 100 (3.1.1.1.2). */
  private checkDepth(id: string): void {
    const memo = new Map<string, number>();
    const down = (x: string): number => {
      const known = memo.get(x);
      if (known !== undefined) return known;
      const d = 1 + Math.max(0, ...this.peekDoc<ResourceDoc>(C.resources, x)!.dependencies.flat().map(down));
      memo.set(x, d);
      return d;
    };
    const upMemo = new Map<string, number>();
    const up = (x: string): number => {
      const known = upMemo.get(x);
      if (known !== undefined) return known;
      const dependents = [...this.store.lookup(C.resources, I.provider, x)];
      const h = Math.max(0, ...dependents.map((d) => 1 + up(d)));
      upMemo.set(x, h);
      return h;
    };
    if (down(id) + up(id) > CLUSTER_LIMITS.dependencyDepth) {
      fail(S.ERROR_DEPENDENCY_TREE_TOO_COMPLEX, this.resDoc(id).name);
    }
  }

  /** Every resource connected to `id` through dependencies, in either direction. */
  private linked(id: string): ResourceDoc[] {
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      const next = [
        ...this.peekDoc<ResourceDoc>(C.resources, cur)!.dependencies.flat(),
        ...this.store.lookup(C.resources, I.provider, cur),
      ];
      for (const n of next) {
        if (seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    return [...seen].map((x) => this.resDoc(x));
  }

  /** Moves a group: members offline, new owner, then members back to their persistent state. */
  private relocate(g: GroupDoc, nodeId: string, bringBack: boolean): void {
    const members = this.resourcesOf(g.id);
    const wanted = new Set(members.filter((r) => r.persistentOnline).map((r) => r.id));
    for (const r of members) this.takeOffline(r, false);
    if (this.pendingMode) {
      for (const r of this.resourcesOf(g.id)) {
        if (r.state === ResourceState.OfflinePending) this.setResState(r, ResourceState.Offline);
      }
    }
    const fresh = this.groupDoc(g.id);
    fresh.ownerNodeId = nodeId;
    this.put(C.groups, fresh.id, fresh);
    this.emit({ type: 'group-owner', id: fresh.id, name: fresh.name, nodeId });
    if (!bringBack) return;
    for (const r of this.resourcesOf(g.id)) {
      if (wanted.has(r.id) && r.possibleOwners.includes(nodeId)) this.bringOnline(r, 0);
    }
  }

  /** The next node for a group: preferred owners first, then by id; up only, or paused too. */
  private pickFailoverNode(g: ClusterGroup, exclude: string, allowPaused: boolean): string | undefined {
    const nodes = this.nodes();
    const order = [
      ...g.preferredOwners,
      ...nodes.map((n) => n.id).filter((id) => !g.preferredOwners.includes(id)),
    ];
    const wanted = allowPaused ? [NodeState.Up, NodeState.Paused] : [NodeState.Up];
    for (const state of wanted) {
      const hit = order.find((id) => id !== exclude && nodes.find((n) => n.id === id)?.state === state);
      if (hit) return hit;
    }
    return undefined;
  }

  private anyOtherNode(exclude: string): string {
    return this.nodes().find((n) => n.id !== exclude)!.id;
  }

  private setNodeState(n: NodeDoc, state: NodeState): void {
    const previous = n.state;
    n.state = state;
    this.put(C.nodes, n.id, n);
    if (previous !== state)
      this.emit({ type: 'state', object: 'node', id: n.id, name: n.name, state, previous });
  }

  private setInterfacesOf(nodeId: string, state: NetInterfaceState): void {
    for (const i of this.docsBy<NetIfDoc>(C.netInterfaces, I.node, nodeId)) {
      const previous = i.state;
      i.state = state;
      this.put(C.netInterfaces, i.id, i);
      if (previous !== state)
        this.emit({ type: 'state', object: 'netInterface', id: i.id, name: i.name, state, previous });
    }
  }

  private setResState(r: ResourceDoc, state: ResourceState): void {
    const previous = r.state;
    r.state = state;
    if (isPending(state)) r.pendingUntil = this.clock() + this.pendingMs;
    else delete r.pendingUntil;
    this.put(C.resources, r.id, r);
    if (previous !== state)
      this.emit({ type: 'state', object: 'resource', id: r.id, name: r.name, state, previous });
  }

  private setPersistent(r: ResourceDoc, online: boolean): void {
    r.persistentOnline = online;
    this.put(C.resources, r.id, r);
  }

  private setGroupPersistent(g: GroupDoc, online: boolean): void {
    const fresh = this.groupDoc(g.id);
    fresh.common = { ...fresh.common, PersistentState: { type: 'dword', value: online ? 1 : 0 } };
    this.put(C.groups, fresh.id, fresh);
  }

  /** ERROR_IO_PENDING while any member of the group is still in transition. */
  private completion(groupId: string): number {
    return this.resourcesOf(groupId).some((r) => isPending(r.state)) ? S.ERROR_IO_PENDING : ERROR_SUCCESS;
  }

  private removeResource(r: ResourceDoc): void {
    for (const d of this.dependentsOf(r.id)) {
      d.dependencies = d.dependencies.map((s) => s.filter((x) => x !== r.id)).filter((s) => s.length > 0);
      this.put(C.resources, d.id, d);
    }
    this.store.delete(C.resources, r.id);
    this.emit({ type: 'deleted', object: 'resource', id: r.id, name: r.name });
  }

  private privateOf(kind: ObjectKind, nameOrId: string): { bag: PropertyBag; readOnly: readonly string[] } {
    const { doc } = this.locate(kind, nameOrId);
    const ro = kind === 'resource' ? readOnlyPrivateProperties((doc as ResourceDoc).type) : [];
    return { bag: doc.private, readOnly: ro };
  }

  private locate(
    kind: ObjectKind,
    nameOrId: string,
  ): {
    coll: string;
    key: string;
    doc: { common: PropertyBag; private: PropertyBag };
    /** Only names, types and bounds are used for writes, so the entity type is erased. */
    defs: readonly CommonPropertyDef<never>[];
    id: string;
    name: string;
  } {
    switch (kind) {
      case 'cluster': {
        const d = this.info();
        return { coll: C.info, key: CLUSTER_INFO_KEY, doc: d, defs: CLUSTER_COMMON, id: d.id, name: d.name };
      }
      case 'node': {
        const d = this.node(nameOrId) as NodeDoc;
        return { coll: C.nodes, key: d.id, doc: d, defs: NODE_COMMON, id: d.id, name: d.name };
      }
      case 'group': {
        const d = this.group(nameOrId) as GroupDoc;
        return { coll: C.groups, key: d.id, doc: d, defs: GROUP_COMMON, id: d.id, name: d.name };
      }
      case 'resource': {
        const d = this.resource(nameOrId) as ResourceDoc;
        return { coll: C.resources, key: d.id, doc: d, defs: RESOURCE_COMMON, id: d.id, name: d.name };
      }
      case 'resourceType': {
        const d = this.resourceType(nameOrId) as TypeDoc;
        return {
          coll: C.resourceTypes,
          key: foldName(d.name),
          doc: d,
          defs: RESOURCE_TYPE_COMMON,
          id: d.name,
          name: d.name,
        };
      }
      case 'network': {
        const d = this.network(nameOrId) as NetworkDoc;
        return { coll: C.networks, key: d.id, doc: d, defs: NETWORK_COMMON, id: d.id, name: d.name };
      }
      case 'netInterface': {
        const d = this.netInterface(nameOrId) as NetIfDoc;
        return {
          coll: C.netInterfaces,
          key: d.id,
          doc: d,
          defs: NETINTERFACE_COMMON,
          id: d.id,
          name: d.name,
        };
      }
    }
  }

  // ---------------------------------------------------------------- store access

  private info(): InfoDoc {
    return this.store.get(C.info, CLUSTER_INFO_KEY) as unknown as InfoDoc;
  }

  private put(collection: string, key: string, doc: object): void {
    this.store.put(collection, key, doc as unknown as JsonValue);
  }

  private all<T>(collection: string): T[] {
    return this.store.list(collection).map((e) => e.value as unknown as T);
  }

  /**
   * By id first (exact, then case-insensitively for GUIDs), then by case-insensitive name; when
   * several match, the first in key order, as a scan of the collection would find it.
   */
  private findIn<T extends { id: string; name: string }>(
    collection: string,
    nameOrId: string,
  ): T | undefined {
    if (typeof nameOrId !== 'string' || nameOrId.length === 0 || nameOrId.length > MAX_OBJECT_NAME)
      return undefined;
    const direct = this.store.get(collection, nameOrId);
    if (direct !== undefined) return direct as unknown as T;
    const folded = foldName(nameOrId);
    const key =
      firstKey(this.store.lookup(collection, I.id, folded)) ??
      firstKey(this.store.lookup(collection, I.name, folded));
    return key === undefined ? undefined : (this.store.get(collection, key) as unknown as T);
  }

  /** Whether another object of the collection (not `exceptId`) has `name` as its name or id. */
  private nameTaken(collection: string, name: string, exceptId?: string): boolean {
    const folded = foldName(name);
    for (const index of [I.name, I.id]) {
      for (const key of this.store.lookup(collection, index, folded)) if (key !== exceptId) return true;
    }
    return false;
  }

  /** Copies of the documents an index files under `value`, in key order. */
  private docsBy<T>(collection: string, index: string, value: string): T[] {
    return [...this.store.lookup(collection, index, value)]
      .sort(byCodeUnit)
      .map((k) => this.store.get(collection, k) as unknown as T);
  }

  /** As `docsBy`, without copying: read-only, never to be changed or stored. */
  private peekBy<T>(collection: string, index: string, value: string): readonly T[] {
    return [...this.store.lookup(collection, index, value)]
      .sort(byCodeUnit)
      .map((k) => this.store.peek(collection, k) as unknown as T);
  }

  private peekDoc<T>(collection: string, key: string): T | undefined {
    return this.store.peek(collection, key) as unknown as T | undefined;
  }

  private peekAllOf<T>(collection: string): readonly T[] {
    return this.store.peekAll(collection) as unknown as T[];
  }

  /** Node ids in id order (what `nodes()` lists), without copying the node documents. */
  private nodeIds(): string[] {
    return this.peekAllOf<NodeDoc>(C.nodes)
      .map((n) => n.id)
      .sort((a, b) => Number(a) - Number(b));
  }

  private typeDoc(name: string): TypeDoc | undefined {
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_OBJECT_NAME) return undefined;
    return this.store.get(C.resourceTypes, foldName(name)) as unknown as TypeDoc | undefined;
  }

  private nodeDoc(id: string): NodeDoc {
    return this.store.get(C.nodes, id) as unknown as NodeDoc;
  }

  private nodeName(id: string): string {
    return this.peekDoc<NodeDoc>(C.nodes, id)?.name ?? '';
  }

  private groupDoc(id: string): GroupDoc {
    return this.store.get(C.groups, id) as unknown as GroupDoc;
  }

  private resDoc(id: string): ResourceDoc {
    return this.store.get(C.resources, id) as unknown as ResourceDoc;
  }

  private networkDoc(id: string): NetworkDoc {
    return this.store.get(C.networks, id) as unknown as NetworkDoc;
  }

  private resourcesOf(groupId: string): ResourceDoc[] {
    return this.docsBy<ResourceDoc>(C.resources, I.group, groupId);
  }
}

/** [MS-CMRP] 3.1.4.2.46: failed, then pending, then online / partial / offline by top-level resources. */
function groupStateOf(members: readonly ResourceDoc[]): GroupState {
  if (members.length === 0) return GroupState.Offline;
  if (members.some((r) => r.state === ResourceState.Failed)) return GroupState.Failed;
  if (members.some((r) => isPending(r.state))) return GroupState.Pending;
  const depended = new Set(members.flatMap((r) => r.dependencies.flat()));
  const top = members.filter((r) => !depended.has(r.id));
  const online = top.filter((r) => r.state === ResourceState.Online).length;
  if (online === top.length) return GroupState.Online;
  if (online === 0) return GroupState.Offline;
  return GroupState.PartialOnline;
}

/** Up while every interface is up; Partitioned when some are unreachable; Down when none is up. */
function networkStateOf(ifs: readonly NetIfDoc[]): NetworkState {
  if (ifs.length === 0) return NetworkState.Unavailable;
  const up = ifs.filter((i) => i.state === NetInterfaceState.Up).length;
  if (up === 0) return NetworkState.Down;
  return up === ifs.length || ifs.every((i) => i.state !== NetInterfaceState.Unreachable)
    ? NetworkState.Up
    : NetworkState.Partitioned;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The smallest key of a set in code-unit order (the order `Store.list` returns). */
function firstKey(keys: ReadonlySet<string>): string | undefined {
  let first: string | undefined;
  for (const k of keys) if (first === undefined || k < first) first = k;
  return first;
}

/** `xs.sort(byName)` folding each name once rather than at every comparison. */
function sortByName<T extends { name: string }>(xs: T[]): T[] {
  const keyed = xs.map((x) => ({ key: foldName(x.name), x }));
  keyed.sort((a, b) => byCodeUnit(a.key, b.key));
  return keyed.map((k) => k.x);
}

function byName(a: { name: string }, b: { name: string }): number {
  const x = foldName(a.name);
  const y = foldName(b.name);
  return x < y ? -1 : x > y ? 1 : 0;
}
