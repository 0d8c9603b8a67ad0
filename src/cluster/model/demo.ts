/**
 * The state a freshly created three-node Windows Server 2022 failover cluster shows: core group
 * "Cluster Group" (Cluster Name, Cluster IP Address, witness disk, Storage Qos Resource),
 * "Available Storage" with a disk,
 * the standard resource types, two cluster networks and one interface per node per network, and
 * the global group set holding the core group.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '../../store/store.js';
import { hasCluster } from '../store.js';
import type { ClusterModelOptions } from './cluster-model.js';
import { ClusterModel } from './cluster-model.js';
import { CORE_GROUP_SET_NAME } from './group-sets.js';
import type { PropertyBag } from './properties.js';
import { dword, sz } from './properties.js';
import { GroupType, NetworkRole } from './types.js';

export interface DemoClusterOptions {
  readonly name: string;
  readonly nodes: readonly string[];
  /** The node this server answers as; defaults to the first node. */
  readonly localNode?: string;
}

export const DEFAULT_DEMO: DemoClusterOptions = { name: 'WINRPC-CLU', nodes: ['NODE1', 'NODE2', 'NODE3'] };

/** Client-access network and cluster-only network, as the create-cluster wizard names them. */
const NETWORKS = [
  { name: 'Cluster Network 1', prefix: '10.10.1', role: NetworkRole.InternalAndClient, adapter: 'Ethernet' },
  { name: 'Cluster Network 2', prefix: '10.10.2', role: NetworkRole.InternalUse, adapter: 'Ethernet 2' },
] as const;

const MASK = '255.255.255.0';

export function createDemoCluster(
  store: Store,
  demo: DemoClusterOptions = DEFAULT_DEMO,
  options: ClusterModelOptions = {},
): ClusterModel {
  // One transaction for all of it: a crash mid-way must not leave a half-built cluster that a
  // restart would then load instead of recreating.
  const model = store.transaction(() => {
    const m = ClusterModel.create(
      store,
      { name: demo.name, nodes: demo.nodes, ...(demo.localNode ? { localNode: demo.localNode } : {}) },
      options,
    );
    populate(m, demo);
    return m;
  });
  if (options.transitions === 'pending') model.settle();
  return model;
}

function populate(model: ClusterModel, demo: DemoClusterOptions): void {
  model.batch(() => {
    for (const net of NETWORKS) {
      model.createNetwork(net.name, { address: `${net.prefix}.0`, addressMask: MASK, role: net.role });
      demo.nodes.forEach((node, i) => {
        model.createNetInterface(node, net.name, net.adapter, `${net.prefix}.${11 + i}`);
      });
    }

    model.createGroup('Cluster Group', { groupType: GroupType.CoreCluster });
    model.createResource('Cluster Group', 'Cluster IP Address', 'IP Address', {
      core: true,
      private: {
        Network: sz(NETWORKS[0].name),
        Address: sz(`${NETWORKS[0].prefix}.100`),
        SubnetMask: sz(MASK),
      },
    });
    model.createResource('Cluster Group', 'Cluster Name', 'Network Name', {
      core: true,
      private: { Name: sz(demo.name), DnsName: sz(demo.name) },
    });
    model.addDependency('Cluster Name', 'Cluster IP Address');
    model.createResource('Cluster Group', 'Cluster Disk 1', 'Physical Disk', { private: gptDisk() });
    // Windows Server 2016 and later create this with every cluster, in the core group.
    model.createResource('Cluster Group', 'Storage Qos Resource', 'Storage QoS Policy Manager');
    model.setQuorumResource('Cluster Disk 1');

    model.createGroup('Available Storage', { groupType: GroupType.AvailableStorage });
    model.createResource('Available Storage', 'Cluster Disk 2', 'Physical Disk', { private: gptDisk() });

    model.onlineGroup('Cluster Group');
    model.onlineGroup('Available Storage');

    // Windows Server 2016 and later order group starts with group sets; the core group's set is
    // global, so every other group and set waits for it (see CORE_GROUP_SET_NAME).
    const core = model.groupSets.create(CORE_GROUP_SET_NAME, { isGlobal: true });
    model.groupSets.addGroup(core.id, 'Cluster Group');
  });
}

/** A GPT disk as Physical Disk identifies it: DiskIdType 1 with the partition-table GUID in braces. */
function gptDisk(): PropertyBag {
  return { DiskIdType: dword(1), DiskIdGuid: sz(`{${randomUUID()}}`), DiskSignature: dword(0) };
}

/**
 * Opens the cluster in `store`, or creates it when the store holds none: the demo cluster, or with
 * `demo: false` an empty one (nodes and resource types only). An existing cluster is never rebuilt.
 */
export function loadOrCreateCluster(
  store: Store,
  init: DemoClusterOptions & { readonly demo?: boolean } = DEFAULT_DEMO,
  options: ClusterModelOptions = {},
): { model: ClusterModel; created: boolean } {
  if (hasCluster(store)) return { model: ClusterModel.open(store, options), created: false };
  if (init.demo === false) {
    const model = ClusterModel.create(
      store,
      { name: init.name, nodes: init.nodes, ...(init.localNode ? { localNode: init.localNode } : {}) },
      options,
    );
    return { model, created: true };
  }
  return { model: createDemoCluster(store, init, options), created: true };
}
