/**
 * The resource types a Windows Server 2022 failover cluster registers out of the box
 * (Get-ClusterResourceType on a fresh cluster), with their resource DLLs, and the private
 * properties a new resource of a well-known type starts with.
 */
import type { PropertyBag } from './properties.js';
import { dword, sz, multiSz } from './properties.js';
import { foldName } from './names.js';

export interface BuiltinResourceType {
  readonly name: string;
  readonly dllName: string;
  /** Whether a resource of this type can be the quorum witness (ApiSetQuorumResource). */
  readonly quorumCapable?: boolean;
}

export const BUILTIN_RESOURCE_TYPES: readonly BuiltinResourceType[] = [
  { name: 'Cloud Witness', dllName: 'clusres.dll', quorumCapable: true },
  { name: 'Cross Cluster Dependency Orchestrator', dllName: 'clusres.dll' },
  { name: 'DFS Replicated Folder', dllName: 'dfsrclus.dll' },
  { name: 'DHCP Service', dllName: 'clnetres.dll' },
  { name: 'Disjoint IPv4 Address', dllName: 'clusres.dll' },
  { name: 'Disjoint IPv6 Address', dllName: 'clusres.dll' },
  { name: 'Distributed File System', dllName: 'clusres2.dll' },
  { name: 'Distributed Network Name', dllName: 'clusres.dll' },
  { name: 'Distributed Transaction Coordinator', dllName: 'mtxclu.dll' },
  { name: 'File Server', dllName: 'clusres2.dll' },
  { name: 'File Share Witness', dllName: 'clusres.dll', quorumCapable: true },
  { name: 'Generic Application', dllName: 'clusres2.dll' },
  { name: 'Generic Script', dllName: 'clusres2.dll' },
  { name: 'Generic Service', dllName: 'clusres2.dll' },
  { name: 'Health Service', dllName: 'healthres.dll' },
  { name: 'Infrastructure File Server', dllName: 'clusres2.dll' },
  { name: 'IP Address', dllName: 'clusres.dll' },
  { name: 'IPv6 Address', dllName: 'clusres.dll' },
  { name: 'IPv6 Tunnel Address', dllName: 'clusres2.dll' },
  { name: 'iSCSI Target Server', dllName: 'wtclusres.dll' },
  { name: 'Microsoft iSNS', dllName: 'isnsclusres.dll' },
  { name: 'MSMQ', dllName: 'mqclus.dll' },
  { name: 'MSMQTriggers', dllName: 'mqtgclus.dll' },
  { name: 'Nat', dllName: 'ipnathlp.dll' },
  { name: 'Network File System', dllName: 'nfsres.dll' },
  { name: 'Network Name', dllName: 'clusres.dll' },
  { name: 'Physical Disk', dllName: 'clusres.dll', quorumCapable: true },
  { name: 'Scale Out File Server', dllName: 'clusres2.dll' },
  { name: 'SDDC Management', dllName: 'sddcres.dll' },
  { name: 'Storage Pool', dllName: 'clusres.dll' },
  { name: 'Storage QoS Policy Manager', dllName: 'clusres.dll' },
  { name: 'Storage Replica', dllName: 'wvrres.dll' },
  { name: 'Task Scheduler', dllName: 'clusres.dll' },
  { name: 'Virtual Machine', dllName: 'vmclusres.dll' },
  { name: 'Virtual Machine Cluster WMI', dllName: 'vmclusres.dll' },
  { name: 'Virtual Machine Configuration', dllName: 'vmclusres.dll' },
  { name: 'Virtual Machine Replication Broker', dllName: 'vmclusres.dll' },
  { name: 'Virtual Machine Replication Coordinator', dllName: 'vmclusres.dll' },
  { name: 'WINS Service', dllName: 'clnetres.dll' },
];

const PRIVATE_DEFAULTS: Readonly<Record<string, () => PropertyBag>> = {
  'IP ADDRESS': () => ({
    Network: sz(''),
    Address: sz(''),
    SubnetMask: sz(''),
    EnableNetBIOS: dword(1),
    OverrideAddressMatch: dword(0),
    EnableDhcp: dword(0),
    ProbePort: dword(0),
    ProbeFailureThreshold: dword(0),
  }),
  'IPV6 ADDRESS': () => ({ Network: sz(''), Address: sz(''), PrefixLength: dword(64) }),
  'NETWORK NAME': () => ({
    Name: sz(''),
    DnsName: sz(''),
    RemapPipeNames: dword(0),
    HostRecordTTL: dword(1200),
    RegisterAllProvidersIP: dword(0),
    PublishPTRRecords: dword(0),
    RequireDNS: dword(0),
    RequireKerberos: dword(1),
    StatusDNS: dword(0),
    StatusKerberos: dword(0),
    StatusNetBIOS: dword(0),
  }),
  'DISTRIBUTED NETWORK NAME': () => ({ Name: sz(''), DnsName: sz(''), HostRecordTTL: dword(1200) }),
  'PHYSICAL DISK': () => ({
    DiskIdType: dword(0),
    DiskSignature: dword(0),
    DiskIdGuid: sz(''),
    DiskRunChkDsk: dword(0),
    DiskPath: sz(''),
    MaintenanceMode: dword(0),
    MaxIoLatency: dword(1000),
    DiskRecoveryAction: dword(0),
  }),
  'GENERIC SERVICE': () => ({ ServiceName: sz(''), StartupParameters: sz(''), UseNetworkName: dword(0) }),
  'GENERIC APPLICATION': () => ({
    CommandLine: sz(''),
    CurrentDirectory: sz(''),
    InteractWithDesktop: dword(0),
    UseNetworkName: dword(0),
  }),
  'GENERIC SCRIPT': () => ({ ScriptFilepath: sz('') }),
  'FILE SERVER': () => ({ SharedFolders: multiSz([]) }),
  'FILE SHARE WITNESS': () => ({ SharePath: sz(''), ArbitrationDelay: dword(6) }),
  'CLOUD WITNESS': () => ({ AccountName: sz(''), EndpointInfo: sz('core.windows.net') }),
};

/** Private properties of a fresh resource of `typeName` (empty for types without known ones). */
export function defaultPrivateProperties(typeName: string): PropertyBag {
  return PRIVATE_DEFAULTS[foldName(typeName)]?.() ?? {};
}

/** Private property names the resource DLL owns (status fields): clients cannot set them. */
export function readOnlyPrivateProperties(typeName: string): readonly string[] {
  return foldName(typeName) === 'NETWORK NAME' ? ['StatusDNS', 'StatusKerberos', 'StatusNetBIOS'] : [];
}
