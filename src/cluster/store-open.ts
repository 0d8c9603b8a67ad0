/**
 * What `winrpc serve` calls for the cluster service: open the state directory's database and load
 * the cluster in it, creating the demo cluster (or, with `demo: false`, an empty one) only when the
 * directory holds none yet.
 */
import { openStateStore } from '../store/open.js';
import type { Store } from '../store/store.js';
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
  } catch (err) {
    store.close();
    throw err;
  }
}
