/** Entity shapes and state enums of the failover-cluster model ([MS-CMRP] 3.1.1, 3.1.4.2). */
import type { PropertyBag } from './properties.js';

/** ApiGetNodeState values (3.1.4.2.69). */
export const NodeState = { Up: 0, Down: 1, Paused: 2, Joining: 3, Unknown: 0xffffffff } as const;
export type NodeState = (typeof NodeState)[keyof typeof NodeState];

/** ApiGetGroupState values (3.1.4.2.46). */
export const GroupState = {
  Online: 0,
  Offline: 1,
  Failed: 2,
  PartialOnline: 3,
  Pending: 4,
  Unknown: 0xffffffff,
} as const;
export type GroupState = (typeof GroupState)[keyof typeof GroupState];

/** ApiGetResourceState values (3.1.4.2.13). */
export const ResourceState = {
  Initializing: 1,
  Online: 2,
  Offline: 3,
  Failed: 4,
  OnlinePending: 0x81,
  OfflinePending: 0x82,
  Unknown: 0xffffffff,
} as const;
export type ResourceState = (typeof ResourceState)[keyof typeof ResourceState];

/** ApiGetNetworkState values (3.1.4.2.83). */
export const NetworkState = { Unavailable: 0, Down: 1, Partitioned: 2, Up: 3, Unknown: 0xffffffff } as const;
export type NetworkState = (typeof NetworkState)[keyof typeof NetworkState];

/** ApiGetNetInterfaceState values (3.1.4.2.94). */
export const NetInterfaceState = {
  Failed: 0,
  Unreachable: 1,
  Unavailable: 2,
  Up: 3,
  Unknown: 0xffffffff,
} as const;
export type NetInterfaceState = (typeof NetInterfaceState)[keyof typeof NetInterfaceState];

/** CLUSTER_NETWORK_ROLE: what traffic the cluster lets a network carry. */
export const NetworkRole = { None: 0, InternalUse: 1, ClientAccess: 2, InternalAndClient: 3 } as const;
export type NetworkRole = (typeof NetworkRole)[keyof typeof NetworkRole];

/** CLUSGROUP_TYPE values Windows reports in a group's GroupType property. */
export const GroupType = {
  CoreCluster: 1,
  AvailableStorage: 2,
  Temporary: 3,
  SharedVolume: 4,
  StoragePool: 5,
  FileServer: 100,
  GenericApplication: 104,
  GenericService: 105,
  GenericScript: 106,
  VirtualMachine: 111,
  ScaleoutFileServer: 113,
  Unknown: 9999,
} as const;

export type ObjectKind =
  'cluster' | 'node' | 'group' | 'resource' | 'resourceType' | 'network' | 'netInterface';

export interface ClusterVersion {
  readonly major: number;
  readonly minor: number;
  readonly build: number;
  readonly csdVersion: string;
  readonly vendorId: string;
  /** CLUSTER_OPERATIONAL_VERSION_INFO.dwClusterHighestVersion / dwClusterLowestVersion (2.2.3.3). */
  readonly highestVersion: number;
  readonly lowestVersion: number;
}

export interface QuorumConfig {
  /** Resource id of the witness, or null for a node-majority quorum without a witness resource. */
  readonly resourceId: string | null;
  readonly path: string;
  readonly maxLogSize: number;
}

export interface ClusterInfo {
  readonly id: string;
  readonly name: string;
  readonly version: ClusterVersion;
  readonly localNodeId: string;
  readonly quorum: QuorumConfig;
  readonly common: PropertyBag;
  readonly private: PropertyBag;
}

export interface ClusterNode {
  /** Decimal node id as ApiGetNodeId returns it ("1", "2", …). */
  readonly id: string;
  readonly name: string;
  readonly state: NodeState;
  readonly common: PropertyBag;
  readonly private: PropertyBag;
}

export interface ClusterGroup {
  readonly id: string;
  readonly name: string;
  readonly ownerNodeId: string;
  readonly preferredOwners: readonly string[];
  readonly groupType: number;
  readonly common: PropertyBag;
  readonly private: PropertyBag;
}

/** A dependency set: the resource needs at least one of these provider ids online (3.1.1.1.2.2). */
export type DependencySet = readonly string[];

export interface ClusterResource {
  readonly id: string;
  readonly name: string;
  /** Resource type name, spelled as the type was registered. */
  readonly type: string;
  readonly groupId: string;
  readonly state: ResourceState;
  /** The state the cluster keeps the resource in across moves and restarts. */
  readonly persistentOnline: boolean;
  /** While OnlinePending / OfflinePending: when the transition completes, on the model's clock (ms). */
  readonly pendingUntil?: number;
  /** AND of OR-sets of provider resource ids; a simple dependency is a one-element set. */
  readonly dependencies: readonly DependencySet[];
  readonly possibleOwners: readonly string[];
  readonly core: boolean;
  readonly separateMonitor: boolean;
  readonly common: PropertyBag;
  readonly private: PropertyBag;
}

export interface ClusterResourceType {
  readonly name: string;
  readonly displayName: string;
  readonly dllName: string;
  readonly quorumCapable: boolean;
  readonly common: PropertyBag;
  readonly private: PropertyBag;
}

export interface ClusterNetwork {
  readonly id: string;
  readonly name: string;
  readonly role: NetworkRole;
  /** IPv4 network address ("10.10.1.0") and mask ("255.255.255.0"). */
  readonly address: string;
  readonly addressMask: string;
  readonly common: PropertyBag;
  readonly private: PropertyBag;
}

export interface ClusterNetInterface {
  readonly id: string;
  /** "<node> - <adapter>", as Windows names them. */
  readonly name: string;
  readonly nodeId: string;
  readonly networkId: string;
  readonly adapter: string;
  readonly address: string;
  readonly state: NetInterfaceState;
  readonly common: PropertyBag;
  readonly private: PropertyBag;
}
