/**
 * How the cluster model lays out its state in a `Store`: one collection per object kind, keyed by
 * object id (resource types by folded name), plus the schema migrations of the "cluster" namespace,
 * what the model keeps indexed in memory, and the settings a second process may change while a
 * server runs (the protocol server state override).
 */
import { randomUUID } from 'node:crypto';
import type { JsonValue, Migration, Store } from '../store/store.js';
import { migrate } from '../store/store.js';
import { seedCoreGroupSet } from './model/group-sets.js';
import type { ServerState } from './model/access.js';
import type { CacheLayout, IndexKeys } from './model/index-cache.js';
import { foldName } from './model/names.js';
import { STORAGE_COLLECTION } from './model/storage-state.js';

export const CLUSTER_NAMESPACE = 'cluster';

export const ClusterCollections = {
  info: 'cluster.info',
  nodes: 'cluster.nodes',
  groups: 'cluster.groups',
  resources: 'cluster.resources',
  resourceTypes: 'cluster.restypes',
  networks: 'cluster.networks',
  netInterfaces: 'cluster.netifs',
  /** Run-time settings, one document per setting; read on every use, never cached. */
  settings: 'cluster.settings',
} as const;

/** The single document of `cluster.info`. */
export const CLUSTER_INFO_KEY = 'cluster';

/**
 * Version 1 is the initial layout; collections need no creation, so it only records the version.
 * `cluster.settings` came later without a step: a missing document reads as the default, and an
 * older program that ignores the collection still opens the store.
 */
const MIGRATIONS: readonly Migration[] = [
  () => undefined,
  // Version 2: a cluster stored before group sets existed gets its default core group set.
  (store) =>
    seedCoreGroupSet(
      store,
      store
        .list(ClusterCollections.groups)
        .map((e) => e.value as unknown as { id: string; groupType: number }),
      randomUUID,
    ),
];

export const CLUSTER_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the cluster namespace of `store` to the current schema. */
export function migrateClusterSchema(store: Store): void {
  migrate(store, CLUSTER_NAMESPACE, MIGRATIONS);
}

/** True if `store` already holds a cluster (so a restart must load it, not create a new one). */
export function hasCluster(store: Store): boolean {
  return store.get(ClusterCollections.info, CLUSTER_INFO_KEY) !== undefined;
}

// ---------------------------------------------------------------- in-memory indexes

function field(doc: JsonValue, name: string): JsonValue | undefined {
  return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc[name] : undefined;
}

/** Names and GUIDs compare case-insensitively (names.ts), so both are indexed folded. */
const folded =
  (name: string): IndexKeys =>
  (doc) => {
    const v = field(doc, name);
    return typeof v === 'string' ? [foldName(v)] : [];
  };

const exact =
  (name: string): IndexKeys =>
  (doc) => {
    const v = field(doc, name);
    return typeof v === 'string' ? [v] : [];
  };

/** Every provider id in a resource's dependency expression (an AND of OR-sets). */
const providerIds: IndexKeys = (doc) => {
  const sets = field(doc, 'dependencies');
  if (!Array.isArray(sets)) return [];
  const ids = new Set<string>();
  for (const set of sets) {
    if (!Array.isArray(set)) continue;
    for (const id of set) if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
};

/** The index names of CLUSTER_CACHE_LAYOUT. */
export const ClusterIndex = {
  /** Folded object name. */
  name: 'name',
  /** Folded object id. */
  id: 'id',
  /** Group: owner node id. */
  owner: 'owner',
  /** Resource: its group's id. */
  group: 'group',
  /** Resource: ids of the resources it depends on. */
  provider: 'provider',
  /** Resource: folded type name. */
  type: 'type',
  /** Net interface: node id. */
  node: 'node',
  /** Net interface: network id. */
  network: 'network',
} as const;

const I = ClusterIndex;
const C = ClusterCollections;
const named = { [I.name]: folded('name'), [I.id]: folded('id') };

/** What the model keeps parsed and indexed in memory (settings stay out: another process writes them). */
export const CLUSTER_CACHE_LAYOUT: CacheLayout = {
  [C.info]: {},
  [C.nodes]: named,
  [C.groups]: { ...named, [I.owner]: exact('ownerNodeId') },
  [C.resources]: {
    ...named,
    [I.group]: exact('groupId'),
    [I.provider]: providerIds,
    [I.type]: folded('type'),
  },
  [C.resourceTypes]: {},
  [C.networks]: named,
  [C.netInterfaces]: { ...named, [I.node]: exact('nodeId'), [I.network]: exact('networkId') },
  [STORAGE_COLLECTION]: {},
};

// ---------------------------------------------------------------- settings

/** The protocol server state override: `auto` follows the local node's state (3.1.1). */
export type ServerStateSetting = ServerState | 'auto';

export const SERVER_STATE_SETTINGS: readonly ServerStateSetting[] = ['auto', 'none', 'readOnly', 'readWrite'];

const SERVER_STATE_KEY = 'serverState';

export function isServerStateSetting(v: unknown): v is ServerStateSetting {
  return typeof v === 'string' && (SERVER_STATE_SETTINGS as readonly string[]).includes(v);
}

/** The persisted override; `auto` when none is set, or when the document is not one we wrote. */
export function readServerStateSetting(store: Store): ServerStateSetting {
  const v = store.get(C.settings, SERVER_STATE_KEY);
  return isServerStateSetting(v) ? v : 'auto';
}

/** Persists the override (`auto` removes it); committed when this returns. */
export function writeServerStateSetting(store: Store, value: ServerStateSetting): void {
  if (!isServerStateSetting(value)) throw new TypeError(`not a server state: ${String(value)}`);
  store.transaction(() => {
    if (value === 'auto') store.delete(C.settings, SERVER_STATE_KEY);
    else store.put(C.settings, SERVER_STATE_KEY, value);
  });
}
