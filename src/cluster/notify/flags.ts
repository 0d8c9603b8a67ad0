/**
 * Notification filter values ([MS-CMRP] 2.2.2.7 CLUSTER_CHANGE for version 1 ports, 2.2.2.11
 * CLUSTER_OBJECT_TYPE and 2.2.2.12–2.2.2.26 CLUSTER_CHANGE_*_V2 for version 2 ports) and which of
 * them a client may register for each object type (3.1.4.2.137).
 */

/** CLUSTER_CHANGE (2.2.2.7): one bit per version 1 event type. */
export const ClusterChange = {
  NODE_STATE: 0x00000001,
  NODE_DELETED: 0x00000002,
  NODE_ADDED: 0x00000004,
  NODE_PROPERTY: 0x00000008,
  REGISTRY_NAME: 0x00000010,
  REGISTRY_ATTRIBUTES: 0x00000020,
  REGISTRY_VALUE: 0x00000040,
  REGISTRY_SUBTREE: 0x00000080,
  RESOURCE_STATE: 0x00000100,
  RESOURCE_DELETED: 0x00000200,
  RESOURCE_ADDED: 0x00000400,
  RESOURCE_PROPERTY: 0x00000800,
  GROUP_STATE: 0x00001000,
  GROUP_DELETED: 0x00002000,
  GROUP_ADDED: 0x00004000,
  GROUP_PROPERTY: 0x00008000,
  RESOURCE_TYPE_DELETED: 0x00010000,
  RESOURCE_TYPE_ADDED: 0x00020000,
  RESOURCE_TYPE_PROPERTY: 0x00040000,
  CLUSTER_RECONNECT: 0x00080000,
  NETWORK_STATE: 0x00100000,
  NETWORK_DELETED: 0x00200000,
  NETWORK_ADDED: 0x00400000,
  NETWORK_PROPERTY: 0x00800000,
  NETINTERFACE_STATE: 0x01000000,
  NETINTERFACE_DELETED: 0x02000000,
  NETINTERFACE_ADDED: 0x04000000,
  NETINTERFACE_PROPERTY: 0x08000000,
  QUORUM_STATE: 0x10000000,
  CLUSTER_STATE: 0x20000000,
  CLUSTER_PROPERTY: 0x40000000,
  HANDLE_CLOSE: 0x80000000,
} as const;

const V1 = ClusterChange;

/**
 * The bits each version 1 registration method watches (3.1.4.2.58–.62, .90, .99). The client-side
 * bits (cluster state, reconnect, handle close, 3.2.4.8.1) are never queued by a server.
 */
export const V1_SCOPE_BITS = {
  cluster: (0xffffffff & ~(V1.CLUSTER_STATE | V1.CLUSTER_RECONNECT | V1.HANDLE_CLOSE)) >>> 0,
  node: V1.NODE_ADDED | V1.NODE_DELETED | V1.NODE_STATE | V1.NODE_PROPERTY,
  group: V1.GROUP_ADDED | V1.GROUP_DELETED | V1.GROUP_STATE | V1.GROUP_PROPERTY,
  resource: V1.RESOURCE_ADDED | V1.RESOURCE_DELETED | V1.RESOURCE_STATE | V1.RESOURCE_PROPERTY,
  network: V1.NETWORK_ADDED | V1.NETWORK_DELETED | V1.NETWORK_STATE | V1.NETWORK_PROPERTY,
  netInterface:
    V1.NETINTERFACE_ADDED | V1.NETINTERFACE_DELETED | V1.NETINTERFACE_STATE | V1.NETINTERFACE_PROPERTY,
  key: V1.REGISTRY_NAME | V1.REGISTRY_ATTRIBUTES | V1.REGISTRY_VALUE,
} as const;

export const V1_REGISTRY_BITS =
  V1.REGISTRY_NAME | V1.REGISTRY_ATTRIBUTES | V1.REGISTRY_VALUE | V1.REGISTRY_SUBTREE;

/** CLUSTER_OBJECT_TYPE (2.2.2.11). */
export const ClusterObjectType = {
  CLUSTER: 0x01,
  GROUP: 0x02,
  RESOURCE: 0x03,
  RESOURCE_TYPE: 0x04,
  NETWORK_INTERFACE: 0x05,
  NETWORK: 0x06,
  NODE: 0x07,
  REGISTRY: 0x08,
  QUORUM: 0x09,
  SHARED_VOLUME: 0x0a,
  SPACEPORT: 0x0b,
  UPGRADE: 0x0c,
  GROUPSET: 0x0d,
  SBL_DEVICE: 0x0e,
  CERT: 0x0f,
  AFFINITYRULE: 0x10,
} as const;
export type ClusterObjectType = (typeof ClusterObjectType)[keyof typeof ClusterObjectType];

/** CLUSTER_CHANGE_CLUSTER_V2 (2.2.2.12). */
export const ClusterChangeV2 = {
  RECONNECT: 0x0001,
  STATE: 0x0002,
  GROUP_ADDED: 0x0004,
  HANDLE_CLOSE: 0x0008,
  NETWORK_ADDED: 0x0010,
  NODE_ADDED: 0x0020,
  RESOURCE_TYPE_ADDED: 0x0040,
  COMMON_PROPERTY: 0x0080,
  PRIVATE_PROPERTY: 0x0100,
  LOST_NOTIFICATIONS: 0x0200,
  RENAME: 0x0400,
  MEMBERSHIP: 0x0800,
  UPGRADED: 0x1000,
} as const;

/** CLUSTER_CHANGE_GROUP_V2 (2.2.2.13). */
export const GroupChangeV2 = {
  DELETED: 0x0001,
  COMMON_PROPERTY: 0x0002,
  PRIVATE_PROPERTY: 0x0004,
  STATE: 0x0008,
  OWNER_NODE: 0x0010,
  PREFERRED_OWNERS: 0x0020,
  RESOURCE_ADDED: 0x0040,
  RESOURCE_GAINED: 0x0080,
  RESOURCE_LOST: 0x0100,
  HANDLE_CLOSE: 0x0200,
} as const;

/** CLUSTER_CHANGE_RESOURCE_V2 (2.2.2.14). */
export const ResourceChangeV2 = {
  COMMON_PROPERTY: 0x0001,
  PRIVATE_PROPERTY: 0x0002,
  STATE: 0x0004,
  OWNER_GROUP: 0x0008,
  DEPENDENCIES: 0x0010,
  DEPENDENTS: 0x0020,
  POSSIBLE_OWNERS: 0x0040,
  DELETED: 0x0080,
  DLL_UPGRADED: 0x0100,
  HANDLE_CLOSE: 0x0200,
} as const;

/** CLUSTER_CHANGE_RESOURCE_TYPE_V2 (2.2.2.15). */
export const ResourceTypeChangeV2 = {
  DELETED: 0x0001,
  COMMON_PROPERTY: 0x0002,
  PRIVATE_PROPERTY: 0x0004,
  POSSIBLE_OWNERS: 0x0008,
  DLL_UPGRADED: 0x0010,
  SPECIFIC: 0x0020,
} as const;

/** CLUSTER_CHANGE_NETINTERFACE_V2 (2.2.2.16); CLUSTER_CHANGE_NETWORK_V2 (2.2.2.17) has the same bits. */
export const NetInterfaceChangeV2 = {
  DELETED: 0x0001,
  COMMON_PROPERTY: 0x0002,
  PRIVATE_PROPERTY: 0x0004,
  STATE: 0x0008,
  HANDLE_CLOSE: 0x0010,
} as const;
export const NetworkChangeV2 = NetInterfaceChangeV2;

/** CLUSTER_CHANGE_NODE_V2 (2.2.2.18). */
export const NodeChangeV2 = {
  NETINTERFACE_ADDED: 0x0001,
  DELETED: 0x0002,
  COMMON_PROPERTY: 0x0004,
  PRIVATE_PROPERTY: 0x0008,
  STATE: 0x0010,
  GROUP_GAINED: 0x0020,
  GROUP_LOST: 0x0040,
  HANDLE_CLOSE: 0x0080,
} as const;

/** CLUSTER_CHANGE_REGISTRY_V2 (2.2.2.19). */
export const RegistryChangeV2 = {
  ATTRIBUTES: 0x0001,
  NAME: 0x0002,
  SUBTREE: 0x0004,
  VALUE: 0x0008,
  HANDLE_CLOSE: 0x0010,
} as const;

/** CLUSTER_CHANGE_GROUPSET_V2 (2.2.2.24). */
export const GroupSetChangeV2 = {
  DELETED: 0x0001,
  COMMON_PROPERTY: 0x0002,
  PRIVATE_PROPERTY: 0x0004,
  STATE: 0x0008,
  GROUP_ADDED: 0x0010,
  GROUP_REMOVED: 0x0020,
  DEPENDENCIES: 0x0040,
  DEPENDENTS: 0x0080,
  HANDLE_CLOSE: 0x0100,
} as const;

/** CLUSTER_CHANGE_QUORUM_V2 (2.2.2.20). */
export const QuorumChangeV2 = { STATE: 0x0001 } as const;

/**
 * What ApiAddNotifyV2 accepts per object type (3.1.4.2.137): the type's enumeration less the bits
 * the client MUST NOT set (the client-side handle-close, reconnect and state indications).
 * Types without an enumeration in the spec (SBL device, certificate, affinity rule) are absent:
 * registering for them is ERROR_INVALID_PARAMETER.
 */
export const V2_REGISTRABLE: ReadonlyMap<number, bigint> = new Map<number, bigint>([
  [
    ClusterObjectType.CLUSTER,
    0x1fffn & ~BigInt(ClusterChangeV2.RECONNECT | ClusterChangeV2.HANDLE_CLOSE | ClusterChangeV2.STATE),
  ],
  [ClusterObjectType.GROUP, 0x01ffn],
  [ClusterObjectType.RESOURCE, 0x01ffn],
  [ClusterObjectType.RESOURCE_TYPE, 0x003fn],
  [ClusterObjectType.NETWORK_INTERFACE, 0x000fn],
  [ClusterObjectType.NETWORK, 0x000fn],
  [ClusterObjectType.NODE, 0x007fn],
  [ClusterObjectType.REGISTRY, 0x000fn],
  [ClusterObjectType.QUORUM, 0x0001n],
  [ClusterObjectType.SHARED_VOLUME, 0x0001n],
  [ClusterObjectType.SPACEPORT, 0x0001n],
  [ClusterObjectType.UPGRADE, 0x0007n],
  [ClusterObjectType.GROUPSET, 0x00ffn],
]);

/** Object types whose ApiAddNotifyV2 handle is always the HCLUSTER_RPC (3.1.4.2.137 hObject table). */
export const CLUSTER_HANDLE_TYPES: ReadonlySet<number> = new Set([
  ClusterObjectType.CLUSTER,
  ClusterObjectType.QUORUM,
  ClusterObjectType.RESOURCE_TYPE,
  ClusterObjectType.SHARED_VOLUME,
  ClusterObjectType.SPACEPORT,
  ClusterObjectType.UPGRADE,
]);
