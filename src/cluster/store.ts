/**
 * How the cluster model lays out its state in a `Store`: one collection per object kind, keyed by
 * object id (resource types by folded name), plus the schema migrations of the "cluster" namespace.
 */
import type { Migration, Store } from '../store/store.js';
import { migrate } from '../store/store.js';

export const CLUSTER_NAMESPACE = 'cluster';

export const ClusterCollections = {
  info: 'cluster.info',
  nodes: 'cluster.nodes',
  groups: 'cluster.groups',
  resources: 'cluster.resources',
  resourceTypes: 'cluster.restypes',
  networks: 'cluster.networks',
  netInterfaces: 'cluster.netifs',
} as const;

/** The single document of `cluster.info`. */
export const CLUSTER_INFO_KEY = 'cluster';

/** Version 1 is the initial layout; collections need no creation, so it only records the version. */
const MIGRATIONS: readonly Migration[] = [() => undefined];

export const CLUSTER_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the cluster namespace of `store` to the current schema. */
export function migrateClusterSchema(store: Store): void {
  migrate(store, CLUSTER_NAMESPACE, MIGRATIONS);
}

/** True if `store` already holds a cluster (so a restart must load it, not create a new one). */
export function hasCluster(store: Store): boolean {
  return store.get(ClusterCollections.info, CLUSTER_INFO_KEY) !== undefined;
}
