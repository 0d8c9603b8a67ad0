/**
 * Common property tables per object kind, named and defaulted as a Windows Server 2022 cluster
 * reports them (Get-Cluster* | Format-List *). Computed entries mirror entity fields and are read-only.
 */
import type { CommonPropertyDef } from './properties.js';
import { dword, multiSz, sz, ularge } from './properties.js';
import type {
  ClusterGroup,
  ClusterInfo,
  ClusterNetInterface,
  ClusterNetwork,
  ClusterNode,
  ClusterResource,
  ClusterResourceType,
} from './types.js';

const NONE = 0xffffffff;

export const CLUSTER_COMMON: readonly CommonPropertyDef<ClusterInfo>[] = [
  { name: 'Name', type: 'sz', compute: (c) => sz(c.name) },
  { name: 'Id', type: 'sz', compute: (c) => sz(c.id) },
  { name: 'Description', type: 'sz', default: sz('') },
  { name: 'AddEvictDelay', type: 'dword', default: dword(60) },
  { name: 'ClusterFunctionalLevel', type: 'dword', compute: (c) => dword(c.version.highestVersion >>> 16) },
  { name: 'ClusterLogLevel', type: 'dword', default: dword(3), min: 0, max: 5 },
  { name: 'ClusterLogSize', type: 'dword', default: dword(300) },
  { name: 'CrossSubnetDelay', type: 'dword', default: dword(1000), min: 250, max: 4000 },
  { name: 'CrossSubnetThreshold', type: 'dword', default: dword(20), min: 3, max: 120 },
  { name: 'DrainOnShutdown', type: 'dword', default: dword(1), min: 0, max: 1 },
  { name: 'DynamicQuorum', type: 'dword', default: dword(1), min: 0, max: 1 },
  { name: 'FixQuorum', type: 'dword', default: dword(0), min: 0, max: 1 },
  { name: 'QuorumArbitrationTimeMax', type: 'dword', default: dword(20) },
  { name: 'ResiliencyDefaultPeriod', type: 'dword', default: dword(240) },
  { name: 'ResiliencyLevel', type: 'dword', default: dword(2), min: 1, max: 2 },
  { name: 'SameSubnetDelay', type: 'dword', default: dword(1000), min: 250, max: 2000 },
  { name: 'SameSubnetThreshold', type: 'dword', default: dword(20), min: 3, max: 120 },
  { name: 'ShutdownTimeoutInMinutes', type: 'dword', default: dword(20) },
  { name: 'WitnessDynamicWeight', type: 'dword', compute: (c) => dword(c.quorum.resourceId ? 1 : 0) },
];

export const NODE_COMMON: readonly CommonPropertyDef<ClusterNode & { version: ClusterInfo['version'] }>[] = [
  { name: 'NodeName', type: 'sz', compute: (n) => sz(n.name) },
  { name: 'Id', type: 'sz', compute: (n) => sz(n.id) },
  { name: 'Description', type: 'sz', default: sz('') },
  { name: 'MajorVersion', type: 'dword', compute: (n) => dword(n.version.major) },
  { name: 'MinorVersion', type: 'dword', compute: (n) => dword(n.version.minor) },
  { name: 'BuildNumber', type: 'dword', compute: (n) => dword(n.version.build) },
  { name: 'CSDVersion', type: 'sz', compute: (n) => sz(n.version.csdVersion) },
  { name: 'NodeHighestVersion', type: 'dword', compute: (n) => dword(n.version.highestVersion) },
  { name: 'NodeLowestVersion', type: 'dword', compute: (n) => dword(n.version.lowestVersion) },
  { name: 'NodeWeight', type: 'dword', default: dword(1), min: 0, max: 1 },
  { name: 'DynamicWeight', type: 'dword', compute: (n) => dword(n.state === 1 ? 0 : 1) },
  { name: 'NodeDrainStatus', type: 'dword', default: dword(0), readOnly: true },
  { name: 'NodeDrainTarget', type: 'dword', default: dword(NONE), readOnly: true },
  { name: 'StatusInformation', type: 'ularge_integer', default: ularge(0), readOnly: true },
];

export const GROUP_COMMON: readonly CommonPropertyDef<ClusterGroup>[] = [
  { name: 'Name', type: 'sz', compute: (g) => sz(g.name) },
  { name: 'Id', type: 'sz', compute: (g) => sz(g.id) },
  { name: 'Description', type: 'sz', default: sz('') },
  { name: 'GroupType', type: 'dword', compute: (g) => dword(g.groupType) },
  { name: 'PersistentState', type: 'dword', default: dword(0), min: 0, max: 1 },
  { name: 'FailoverThreshold', type: 'dword', default: dword(NONE) },
  { name: 'FailoverPeriod', type: 'dword', default: dword(6), min: 1, max: 1193 },
  { name: 'AutoFailbackType', type: 'dword', default: dword(0), min: 0, max: 1 },
  { name: 'FailbackWindowStart', type: 'dword', default: dword(NONE) },
  { name: 'FailbackWindowEnd', type: 'dword', default: dword(NONE) },
  { name: 'AntiAffinityClassNames', type: 'multi_sz', default: multiSz([]) },
  { name: 'Priority', type: 'dword', default: dword(2000), min: 0, max: 3000 },
  { name: 'DefaultOwner', type: 'dword', default: dword(NONE) },
  { name: 'ColdStartSetting', type: 'dword', default: dword(0), min: 0, max: 2 },
  { name: 'StatusInformation', type: 'ularge_integer', default: ularge(0), readOnly: true },
];

export const RESOURCE_COMMON: readonly CommonPropertyDef<ClusterResource>[] = [
  { name: 'Name', type: 'sz', compute: (r) => sz(r.name) },
  { name: 'Type', type: 'sz', compute: (r) => sz(r.type) },
  { name: 'Id', type: 'sz', compute: (r) => sz(r.id) },
  { name: 'Description', type: 'sz', default: sz('') },
  { name: 'DebugPrefix', type: 'sz', default: sz('') },
  { name: 'SeparateMonitor', type: 'dword', compute: (r) => dword(r.separateMonitor ? 1 : 0) },
  { name: 'PersistentState', type: 'dword', compute: (r) => dword(r.persistentOnline ? 1 : 0) },
  { name: 'LooksAlivePollInterval', type: 'dword', default: dword(NONE) },
  { name: 'IsAlivePollInterval', type: 'dword', default: dword(NONE) },
  { name: 'RestartAction', type: 'dword', default: dword(2), min: 0, max: 2 },
  { name: 'RestartThreshold', type: 'dword', default: dword(1) },
  { name: 'RestartPeriod', type: 'dword', default: dword(900000) },
  { name: 'RestartDelay', type: 'dword', default: dword(500) },
  { name: 'RetryPeriodOnFailure', type: 'dword', default: dword(3600000) },
  { name: 'PendingTimeout', type: 'dword', default: dword(180000) },
  { name: 'DeadlockTimeout', type: 'dword', default: dword(300000) },
  { name: 'EmbeddedFailureAction', type: 'dword', default: dword(2) },
  { name: 'MonitorProcessId', type: 'dword', compute: () => dword(0) },
  { name: 'StatusInformation', type: 'ularge_integer', default: ularge(0), readOnly: true },
];

export const RESOURCE_TYPE_COMMON: readonly CommonPropertyDef<ClusterResourceType>[] = [
  { name: 'Name', type: 'sz', compute: (t) => sz(t.displayName) },
  { name: 'DllName', type: 'sz', compute: (t) => sz(t.dllName) },
  { name: 'Description', type: 'sz', default: sz('') },
  { name: 'DebugPrefix', type: 'sz', default: sz('') },
  { name: 'AdminExtensions', type: 'multi_sz', default: multiSz([]) },
  { name: 'LooksAlivePollInterval', type: 'dword', default: dword(5000) },
  { name: 'IsAlivePollInterval', type: 'dword', default: dword(60000) },
  { name: 'PendingTimeout', type: 'dword', default: dword(180000) },
  { name: 'DeadlockTimeout', type: 'dword', default: dword(300000) },
  { name: 'DumpPolicy', type: 'ularge_integer', default: ularge(5225058577n) },
  { name: 'MaximumMonitors', type: 'dword', default: dword(0) },
];

export const NETWORK_COMMON: readonly CommonPropertyDef<ClusterNetwork>[] = [
  { name: 'Name', type: 'sz', compute: (n) => sz(n.name) },
  { name: 'Id', type: 'sz', compute: (n) => sz(n.id) },
  { name: 'Description', type: 'sz', default: sz('') },
  { name: 'Role', type: 'dword', default: dword(3), min: 0, max: 3 },
  { name: 'Address', type: 'sz', compute: (n) => sz(n.address) },
  { name: 'AddressMask', type: 'sz', compute: (n) => sz(n.addressMask) },
  { name: 'Ipv4Addresses', type: 'multi_sz', compute: (n) => multiSz([n.address]) },
  {
    name: 'Ipv4PrefixLengths',
    type: 'multi_sz',
    compute: (n) => multiSz([String(prefixLength(n.addressMask))]),
  },
  { name: 'Ipv6Addresses', type: 'multi_sz', compute: () => multiSz([]) },
  { name: 'Ipv6PrefixLengths', type: 'multi_sz', compute: () => multiSz([]) },
  { name: 'Metric', type: 'dword', default: dword(39840) },
  { name: 'AutoMetric', type: 'dword', default: dword(1), min: 0, max: 1 },
];

export const NETINTERFACE_COMMON: readonly CommonPropertyDef<
  ClusterNetInterface & { nodeName: string; networkName: string }
>[] = [
  { name: 'Name', type: 'sz', compute: (i) => sz(i.name) },
  { name: 'Id', type: 'sz', compute: (i) => sz(i.id) },
  { name: 'Description', type: 'sz', default: sz('') },
  { name: 'Node', type: 'sz', compute: (i) => sz(i.nodeName) },
  { name: 'Network', type: 'sz', compute: (i) => sz(i.networkName) },
  { name: 'Adapter', type: 'sz', compute: (i) => sz(i.adapter) },
  { name: 'Address', type: 'sz', compute: (i) => sz(i.address) },
  { name: 'Ipv4Addresses', type: 'multi_sz', compute: (i) => multiSz([i.address]) },
  { name: 'Ipv6Addresses', type: 'multi_sz', compute: () => multiSz([]) },
  { name: 'DhcpEnabled', type: 'dword', compute: () => dword(0) },
];

function prefixLength(mask: string): number {
  return mask
    .split('.')
    .map((o) => Number(o) >>> 0)
    .reduce((n, o) => n + (o.toString(2).match(/1/g)?.length ?? 0), 0);
}
