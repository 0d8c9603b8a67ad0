/**
 * What `winrpc serve` calls for the cluster service: open the state directory's database and load
 * the cluster in it, creating the demo cluster (or, with `demo: false`, an empty one) only when the
 * directory holds none yet.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { STATE_DB_FILE, openStateStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { hasCluster } from './store.js';
import type { ClusterModel, ClusterModelOptions } from './model/cluster-model.js';
import type { DemoClusterOptions } from './model/demo.js';
import { DEFAULT_DEMO, loadOrCreateCluster } from './model/demo.js';

export interface ClusterStateOptions extends Partial<DemoClusterOptions> {
  /** false for `--no-demo`: nodes and resource types only, everything else built by commands. */
  readonly demo?: boolean;
  readonly model?: ClusterModelOptions;
}

export interface ClusterState {
  readonly store: Store;
  readonly model: ClusterModel;
  /** True when this call created the cluster (a new state directory). */
  readonly created: boolean;
}

export function openClusterState(stateDir: string, options: ClusterStateOptions = {}): ClusterState {
  const store = openStateStore(stateDir);
  try {
    return loadClusterState(store, options);
  } catch (err) {
    store.close();
    throw err;
  }
}

/**
 * Loads (or creates) the cluster in a store the caller owns, such as the host's shared state
 * database, where it lives beside the accounts and the RRAS state in collections of its own.
 */
export function loadClusterState(store: Store, options: ClusterStateOptions = {}): ClusterState {
  const { model, created } = loadOrCreateCluster(
    store,
    {
      name: options.name ?? DEFAULT_DEMO.name,
      nodes: options.nodes ?? DEFAULT_DEMO.nodes,
      ...(options.localNode !== undefined ? { localNode: options.localNode } : {}),
      demo: options.demo ?? true,
    },
    options.model ?? {},
  );
  return { store, model, created };
}

/** The cluster service's name, which is also its directory under the host's state directory. */
export const CLUSTER_SERVICE_NAME = 'cluster';

/**
 * Where a host without a shared store (an embedding that calls `startHost` without one) keeps the
 * cluster: the host gives each service `DIR/<name>`.
 */
export function clusterStateDir(hostStateDir: string): string {
  return path.join(hostStateDir, CLUSTER_SERVICE_NAME);
}

/**
 * Opens the store holding the cluster of a host state directory without loading the model, for
 * tools that change settings next to a running server. `winrpc serve` keeps the cluster in the
 * host's database (`DIR/state.db`); a host started without a shared store keeps it in
 * `DIR/cluster/state.db`, used when only that one holds a cluster. `create: false` gives undefined
 * when neither database exists yet (rather than creating an empty one).
 */
export function openClusterStore(
  hostStateDir: string,
  options: { create?: boolean } = {},
): Store | undefined {
  const shared = path.join(hostStateDir, STATE_DB_FILE);
  const own = path.join(clusterStateDir(hostStateDir), STATE_DB_FILE);
  if (existsSync(own)) {
    if (!existsSync(shared)) return openStateStore(clusterStateDir(hostStateDir));
    const store = openStateStore(hostStateDir);
    if (hasCluster(store)) return store;
    store.close();
    return openStateStore(clusterStateDir(hostStateDir));
  }
  if (options.create === false && !existsSync(shared)) return undefined;
  return openStateStore(hostStateDir);
}
