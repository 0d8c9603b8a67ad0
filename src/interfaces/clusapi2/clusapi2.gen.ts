// Generated from idl/cmrp-v2.idl (interface clusapi v2.0) by `npm run gen`.
// Do not edit: change the IDL (or idl/patches) or src/idl/emit*.ts and regenerate.

import {
  conformantArray,
  conformantVaryingArray,
  contextHandle,
  enum16,
  errorStatus,
  i32,
  pointer,
  range,
  string,
  struct,
  u16,
  u32,
  u8,
} from '../../ndr/index.js';
import type { NdrType, Scope } from '../../ndr/index.js';
import { Win32 } from '../../errors/status.js';
import type { RpcCaller } from '../../rpc/caller.js';
import { callMethod, serveMethods, zeroFillCount } from '../../rpc/stubs.js';
import type { MethodSpec, MethodTable, StubServerOptions } from '../../rpc/stubs.js';
import type { CallContext, RpcServerInterface, SyntaxId } from '../../rpc/types.js';

// --- Context handles (branded: a handle of one kind is refused where another is expected)

export type HCLUSTER_RPC = Uint8Array & { readonly __brand: 'HCLUSTER_RPC' };
export const HCLUSTER_RPC_ndr = contextHandle as NdrType<HCLUSTER_RPC>;
export type HGROUP_RPC = Uint8Array & { readonly __brand: 'HGROUP_RPC' };
export const HGROUP_RPC_ndr = contextHandle as NdrType<HGROUP_RPC>;
export type HKEY_RPC = Uint8Array & { readonly __brand: 'HKEY_RPC' };
export const HKEY_RPC_ndr = contextHandle as NdrType<HKEY_RPC>;
export type HNETINTERFACE_RPC = Uint8Array & { readonly __brand: 'HNETINTERFACE_RPC' };
export const HNETINTERFACE_RPC_ndr = contextHandle as NdrType<HNETINTERFACE_RPC>;
export type HNETWORK_RPC = Uint8Array & { readonly __brand: 'HNETWORK_RPC' };
export const HNETWORK_RPC_ndr = contextHandle as NdrType<HNETWORK_RPC>;
export type HNODE_RPC = Uint8Array & { readonly __brand: 'HNODE_RPC' };
export const HNODE_RPC_ndr = contextHandle as NdrType<HNODE_RPC>;
export type HNOTIFY_RPC = Uint8Array & { readonly __brand: 'HNOTIFY_RPC' };
export const HNOTIFY_RPC_ndr = contextHandle as NdrType<HNOTIFY_RPC>;
export type HRES_RPC = Uint8Array & { readonly __brand: 'HRES_RPC' };
export const HRES_RPC_ndr = contextHandle as NdrType<HRES_RPC>;

// --- Types

export interface CLUSTER_OPERATIONAL_VERSION_INFO {
  dwSize: number;
  dwClusterHighestVersion: number;
  dwClusterLowestVersion: number;
  dwFlags: number;
  dwReserved: number;
}
export const CLUSTER_OPERATIONAL_VERSION_INFO_ndr: NdrType<CLUSTER_OPERATIONAL_VERSION_INFO> =
  struct<CLUSTER_OPERATIONAL_VERSION_INFO>('CLUSTER_OPERATIONAL_VERSION_INFO', [
    ['dwSize', u32],
    ['dwClusterHighestVersion', u32],
    ['dwClusterLowestVersion', u32],
    ['dwFlags', u32],
    ['dwReserved', u32],
  ]);

export interface ENUM_ENTRY {
  Type: number;
  Name: string | null;
}
export const ENUM_ENTRY_ndr: NdrType<ENUM_ENTRY> = struct<ENUM_ENTRY>('ENUM_ENTRY', [
  ['Type', u32],
  ['Name', pointer('unique', string('utf16'))],
]);

export interface ENUM_LIST {
  EntryCount: number;
  Entry: ENUM_ENTRY[];
}
export const ENUM_LIST_ndr: NdrType<ENUM_LIST> = struct<ENUM_LIST>('ENUM_LIST', [
  ['EntryCount', u32],
  ['Entry', conformantArray(ENUM_ENTRY_ndr, { size: (s: Scope) => s.EntryCount as number })],
]);

export interface FILETIME {
  dwLowDateTime: number;
  dwHighDateTime: number;
}
export const FILETIME_ndr: NdrType<FILETIME> = struct<FILETIME>('FILETIME', [
  ['dwLowDateTime', u32],
  ['dwHighDateTime', u32],
]);

export const IDL_CLUSTER_SET_PASSWORD_FLAGS = {
  IDL_CLUSTER_SET_PASSWORD_IGNORE_DOWN_NODES: 1,
} as const;
export type IDL_CLUSTER_SET_PASSWORD_FLAGS = number;

export interface IDL_CLUSTER_SET_PASSWORD_STATUS {
  NodeId: number;
  SetAttempted: number;
  ReturnStatus: number;
}
export const IDL_CLUSTER_SET_PASSWORD_STATUS_ndr: NdrType<IDL_CLUSTER_SET_PASSWORD_STATUS> =
  struct<IDL_CLUSTER_SET_PASSWORD_STATUS>('IDL_CLUSTER_SET_PASSWORD_STATUS', [
    ['NodeId', u32],
    ['SetAttempted', u8],
    ['ReturnStatus', u32],
  ]);

export interface RPC_SECURITY_DESCRIPTOR {
  lpSecurityDescriptor: Uint8Array | null;
  cbInSecurityDescriptor: number;
  cbOutSecurityDescriptor: number;
}
export const RPC_SECURITY_DESCRIPTOR_ndr: NdrType<RPC_SECURITY_DESCRIPTOR> = struct<RPC_SECURITY_DESCRIPTOR>(
  'RPC_SECURITY_DESCRIPTOR',
  [
    [
      'lpSecurityDescriptor',
      pointer(
        'unique',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.cbInSecurityDescriptor as number,
          length: (s: Scope) => s.cbOutSecurityDescriptor as number,
        }),
      ),
    ],
    ['cbInSecurityDescriptor', u32],
    ['cbOutSecurityDescriptor', u32],
  ],
);

export interface RPC_SECURITY_ATTRIBUTES {
  nLength: number;
  RpcSecurityDescriptor: RPC_SECURITY_DESCRIPTOR;
  bInheritHandle: number;
}
export const RPC_SECURITY_ATTRIBUTES_ndr: NdrType<RPC_SECURITY_ATTRIBUTES> = struct<RPC_SECURITY_ATTRIBUTES>(
  'RPC_SECURITY_ATTRIBUTES',
  [
    ['nLength', u32],
    ['RpcSecurityDescriptor', RPC_SECURITY_DESCRIPTOR_ndr],
    ['bInheritHandle', i32],
  ],
);

// --- Interface syntax and opnums

export const Clusapi2Syntax: SyntaxId = { uuid: 'b97db8b2-4c63-11cf-bff6-08002be23f2f', major: 2, minor: 0 };
/** Every opnum of clusapi v2.0; index = opnum. */
export const Clusapi2Opnums = {
  syntax: Clusapi2Syntax,
  ops: [
    { opnum: 0, name: 'ApiOpenCluster', kind: 'method' },
    { opnum: 1, name: 'ApiCloseCluster', kind: 'method' },
    { opnum: 2, name: 'ApiSetClusterName', kind: 'method' },
    { opnum: 3, name: 'ApiGetClusterName', kind: 'method' },
    { opnum: 4, name: 'ApiGetClusterVersion', kind: 'method' },
    { opnum: 5, name: 'ApiGetQuorumResource', kind: 'method' },
    { opnum: 6, name: 'ApiSetQuorumResource', kind: 'method' },
    { opnum: 7, name: 'ApiCreateEnum', kind: 'method' },
    { opnum: 8, name: 'ApiOpenResource', kind: 'method' },
    { opnum: 9, name: 'ApiCreateResource', kind: 'method' },
    { opnum: 10, name: 'ApiDeleteResource', kind: 'method' },
    { opnum: 11, name: 'ApiCloseResource', kind: 'method' },
    { opnum: 12, name: 'ApiGetResourceState', kind: 'method' },
    { opnum: 13, name: 'ApiSetResourceName', kind: 'method' },
    { opnum: 14, name: 'ApiGetResourceId', kind: 'method' },
    { opnum: 15, name: 'ApiGetResourceType', kind: 'method' },
    { opnum: 16, name: 'ApiFailResource', kind: 'method' },
    { opnum: 17, name: 'ApiOnlineResource', kind: 'method' },
    { opnum: 18, name: 'ApiOfflineResource', kind: 'method' },
    { opnum: 19, name: 'ApiAddResourceDependency', kind: 'method' },
    { opnum: 20, name: 'ApiRemoveResourceDependency', kind: 'method' },
    { opnum: 21, name: 'ApiCanResourceBeDependent', kind: 'method' },
    { opnum: 22, name: 'ApiCreateResEnum', kind: 'method' },
    { opnum: 23, name: 'ApiAddResourceNode', kind: 'method' },
    { opnum: 24, name: 'ApiRemoveResourceNode', kind: 'method' },
    { opnum: 25, name: 'ApiChangeResourceGroup', kind: 'method' },
    { opnum: 26, name: 'ApiCreateResourceType', kind: 'method' },
    { opnum: 27, name: 'ApiDeleteResourceType', kind: 'method' },
    { opnum: 28, name: 'ApiGetRootKey', kind: 'method' },
    { opnum: 29, name: 'ApiCreateKey', kind: 'method' },
    { opnum: 30, name: 'ApiOpenKey', kind: 'method' },
    { opnum: 31, name: 'ApiEnumKey', kind: 'method' },
    { opnum: 32, name: 'ApiSetValue', kind: 'method' },
    { opnum: 33, name: 'ApiDeleteValue', kind: 'method' },
    { opnum: 34, name: 'ApiQueryValue', kind: 'method' },
    { opnum: 35, name: 'ApiDeleteKey', kind: 'method' },
    { opnum: 36, name: 'ApiEnumValue', kind: 'method' },
    { opnum: 37, name: 'ApiCloseKey', kind: 'method' },
    { opnum: 38, name: 'ApiQueryInfoKey', kind: 'method' },
    { opnum: 39, name: 'ApiSetKeySecurity', kind: 'method' },
    { opnum: 40, name: 'ApiGetKeySecurity', kind: 'method' },
    { opnum: 41, name: 'ApiOpenGroup', kind: 'method' },
    { opnum: 42, name: 'ApiCreateGroup', kind: 'method' },
    { opnum: 43, name: 'ApiDeleteGroup', kind: 'method' },
    { opnum: 44, name: 'ApiCloseGroup', kind: 'method' },
    { opnum: 45, name: 'ApiGetGroupState', kind: 'method' },
    { opnum: 46, name: 'ApiSetGroupName', kind: 'method' },
    { opnum: 47, name: 'ApiGetGroupId', kind: 'method' },
    { opnum: 48, name: 'ApiGetNodeId', kind: 'method' },
    { opnum: 49, name: 'ApiOnlineGroup', kind: 'method' },
    { opnum: 50, name: 'ApiOfflineGroup', kind: 'method' },
    { opnum: 51, name: 'ApiMoveGroup', kind: 'method' },
    { opnum: 52, name: 'ApiMoveGroupToNode', kind: 'method' },
    { opnum: 53, name: 'ApiCreateGroupResourceEnum', kind: 'method' },
    { opnum: 54, name: 'ApiSetGroupNodeList', kind: 'method' },
    { opnum: 55, name: 'ApiCreateNotify', kind: 'method' },
    { opnum: 56, name: 'ApiCloseNotify', kind: 'method' },
    { opnum: 57, name: 'ApiAddNotifyCluster', kind: 'method' },
    { opnum: 58, name: 'ApiAddNotifyNode', kind: 'method' },
    { opnum: 59, name: 'ApiAddNotifyGroup', kind: 'method' },
    { opnum: 60, name: 'ApiAddNotifyResource', kind: 'method' },
    { opnum: 61, name: 'ApiAddNotifyKey', kind: 'method' },
    { opnum: 62, name: 'ApiReAddNotifyNode', kind: 'method' },
    { opnum: 63, name: 'ApiReAddNotifyGroup', kind: 'method' },
    { opnum: 64, name: 'ApiReAddNotifyResource', kind: 'method' },
    { opnum: 65, name: 'ApiGetNotify', kind: 'method' },
    { opnum: 66, name: 'ApiOpenNode', kind: 'method' },
    { opnum: 67, name: 'ApiCloseNode', kind: 'method' },
    { opnum: 68, name: 'ApiGetNodeState', kind: 'method' },
    { opnum: 69, name: 'ApiPauseNode', kind: 'method' },
    { opnum: 70, name: 'ApiResumeNode', kind: 'method' },
    { opnum: 71, name: 'ApiEvictNode', kind: 'method' },
    { opnum: 72, name: 'ApiNodeResourceControl', kind: 'method' },
    { opnum: 73, name: 'ApiResourceControl', kind: 'method' },
    { opnum: 74, name: 'ApiNodeResourceTypeControl', kind: 'method' },
    { opnum: 75, name: 'ApiResourceTypeControl', kind: 'method' },
    { opnum: 76, name: 'ApiNodeGroupControl', kind: 'method' },
    { opnum: 77, name: 'ApiGroupControl', kind: 'method' },
    { opnum: 78, name: 'ApiNodeNodeControl', kind: 'method' },
    { opnum: 79, name: 'ApiNodeControl', kind: 'method' },
    { opnum: 80, name: 'Opnum80NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 81, name: 'ApiOpenNetwork', kind: 'method' },
    { opnum: 82, name: 'ApiCloseNetwork', kind: 'method' },
    { opnum: 83, name: 'ApiGetNetworkState', kind: 'method' },
    { opnum: 84, name: 'ApiSetNetworkName', kind: 'method' },
    { opnum: 85, name: 'ApiCreateNetworkEnum', kind: 'method' },
    { opnum: 86, name: 'ApiGetNetworkId', kind: 'method' },
    { opnum: 87, name: 'ApiSetNetworkPriorityOrder', kind: 'method' },
    { opnum: 88, name: 'ApiNodeNetworkControl', kind: 'method' },
    { opnum: 89, name: 'ApiNetworkControl', kind: 'method' },
    { opnum: 90, name: 'ApiAddNotifyNetwork', kind: 'method' },
    { opnum: 91, name: 'ApiReAddNotifyNetwork', kind: 'method' },
    { opnum: 92, name: 'ApiOpenNetInterface', kind: 'method' },
    { opnum: 93, name: 'ApiCloseNetInterface', kind: 'method' },
    { opnum: 94, name: 'ApiGetNetInterfaceState', kind: 'method' },
    { opnum: 95, name: 'ApiGetNetInterface', kind: 'method' },
    { opnum: 96, name: 'ApiGetNetInterfaceId', kind: 'method' },
    { opnum: 97, name: 'ApiNodeNetInterfaceControl', kind: 'method' },
    { opnum: 98, name: 'ApiNetInterfaceControl', kind: 'method' },
    { opnum: 99, name: 'ApiAddNotifyNetInterface', kind: 'method' },
    { opnum: 100, name: 'ApiReAddNotifyNetInterface', kind: 'method' },
    { opnum: 101, name: 'ApiCreateNodeEnum', kind: 'method' },
    { opnum: 102, name: 'ApiGetClusterVersion2', kind: 'method' },
    { opnum: 103, name: 'ApiCreateResTypeEnum', kind: 'method' },
    { opnum: 104, name: 'ApiBackupClusterDatabase', kind: 'method' },
    { opnum: 105, name: 'ApiNodeClusterControl', kind: 'method' },
    { opnum: 106, name: 'ApiClusterControl', kind: 'method' },
    { opnum: 107, name: 'ApiUnblockGetNotifyCall', kind: 'method' },
    { opnum: 108, name: 'ApiSetServiceAccountPassword', kind: 'method' },
  ],
} as const;
export const Clusapi2Opnum = {
  ApiOpenCluster: 0,
  ApiCloseCluster: 1,
  ApiSetClusterName: 2,
  ApiGetClusterName: 3,
  ApiGetClusterVersion: 4,
  ApiGetQuorumResource: 5,
  ApiSetQuorumResource: 6,
  ApiCreateEnum: 7,
  ApiOpenResource: 8,
  ApiCreateResource: 9,
  ApiDeleteResource: 10,
  ApiCloseResource: 11,
  ApiGetResourceState: 12,
  ApiSetResourceName: 13,
  ApiGetResourceId: 14,
  ApiGetResourceType: 15,
  ApiFailResource: 16,
  ApiOnlineResource: 17,
  ApiOfflineResource: 18,
  ApiAddResourceDependency: 19,
  ApiRemoveResourceDependency: 20,
  ApiCanResourceBeDependent: 21,
  ApiCreateResEnum: 22,
  ApiAddResourceNode: 23,
  ApiRemoveResourceNode: 24,
  ApiChangeResourceGroup: 25,
  ApiCreateResourceType: 26,
  ApiDeleteResourceType: 27,
  ApiGetRootKey: 28,
  ApiCreateKey: 29,
  ApiOpenKey: 30,
  ApiEnumKey: 31,
  ApiSetValue: 32,
  ApiDeleteValue: 33,
  ApiQueryValue: 34,
  ApiDeleteKey: 35,
  ApiEnumValue: 36,
  ApiCloseKey: 37,
  ApiQueryInfoKey: 38,
  ApiSetKeySecurity: 39,
  ApiGetKeySecurity: 40,
  ApiOpenGroup: 41,
  ApiCreateGroup: 42,
  ApiDeleteGroup: 43,
  ApiCloseGroup: 44,
  ApiGetGroupState: 45,
  ApiSetGroupName: 46,
  ApiGetGroupId: 47,
  ApiGetNodeId: 48,
  ApiOnlineGroup: 49,
  ApiOfflineGroup: 50,
  ApiMoveGroup: 51,
  ApiMoveGroupToNode: 52,
  ApiCreateGroupResourceEnum: 53,
  ApiSetGroupNodeList: 54,
  ApiCreateNotify: 55,
  ApiCloseNotify: 56,
  ApiAddNotifyCluster: 57,
  ApiAddNotifyNode: 58,
  ApiAddNotifyGroup: 59,
  ApiAddNotifyResource: 60,
  ApiAddNotifyKey: 61,
  ApiReAddNotifyNode: 62,
  ApiReAddNotifyGroup: 63,
  ApiReAddNotifyResource: 64,
  ApiGetNotify: 65,
  ApiOpenNode: 66,
  ApiCloseNode: 67,
  ApiGetNodeState: 68,
  ApiPauseNode: 69,
  ApiResumeNode: 70,
  ApiEvictNode: 71,
  ApiNodeResourceControl: 72,
  ApiResourceControl: 73,
  ApiNodeResourceTypeControl: 74,
  ApiResourceTypeControl: 75,
  ApiNodeGroupControl: 76,
  ApiGroupControl: 77,
  ApiNodeNodeControl: 78,
  ApiNodeControl: 79,
  ApiOpenNetwork: 81,
  ApiCloseNetwork: 82,
  ApiGetNetworkState: 83,
  ApiSetNetworkName: 84,
  ApiCreateNetworkEnum: 85,
  ApiGetNetworkId: 86,
  ApiSetNetworkPriorityOrder: 87,
  ApiNodeNetworkControl: 88,
  ApiNetworkControl: 89,
  ApiAddNotifyNetwork: 90,
  ApiReAddNotifyNetwork: 91,
  ApiOpenNetInterface: 92,
  ApiCloseNetInterface: 93,
  ApiGetNetInterfaceState: 94,
  ApiGetNetInterface: 95,
  ApiGetNetInterfaceId: 96,
  ApiNodeNetInterfaceControl: 97,
  ApiNetInterfaceControl: 98,
  ApiAddNotifyNetInterface: 99,
  ApiReAddNotifyNetInterface: 100,
  ApiCreateNodeEnum: 101,
  ApiGetClusterVersion2: 102,
  ApiCreateResTypeEnum: 103,
  ApiBackupClusterDatabase: 104,
  ApiNodeClusterControl: 105,
  ApiClusterControl: 106,
  ApiUnblockGetNotifyCall: 107,
  ApiSetServiceAccountPassword: 108,
} as const;

// --- Methods: request / response types and wire descriptions

export type ApiOpenClusterRequest = Record<string, never>;
export type ApiOpenClusterResponse = {
  Status: number;
  ret: HCLUSTER_RPC;
};
const ApiOpenCluster_spec: MethodSpec<ApiOpenClusterRequest, ApiOpenClusterResponse> = {
  opnum: 0,
  name: 'ApiOpenCluster',
  request: [],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HCLUSTER_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenClusterRequest): ApiOpenClusterResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HCLUSTER_RPC,
  }),
};

export type ApiCloseClusterRequest = {
  Cluster: HCLUSTER_RPC;
};
export type ApiCloseClusterResponse = {
  Cluster: HCLUSTER_RPC;
  ret: number;
};
const ApiCloseCluster_spec: MethodSpec<ApiCloseClusterRequest, ApiCloseClusterResponse> = {
  opnum: 1,
  name: 'ApiCloseCluster',
  request: [['Cluster', pointer('ref', HCLUSTER_RPC_ndr)]],
  response: [
    ['Cluster', pointer('ref', HCLUSTER_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseClusterRequest): ApiCloseClusterResponse => ({
    Cluster: req.Cluster,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetClusterNameRequest = {
  NewClusterName: string;
};
export type ApiSetClusterNameResponse = {
  ret: number;
};
const ApiSetClusterName_spec: MethodSpec<ApiSetClusterNameRequest, ApiSetClusterNameResponse> = {
  opnum: 2,
  name: 'ApiSetClusterName',
  request: [['NewClusterName', pointer('ref', string('utf16'))]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetClusterNameRequest): ApiSetClusterNameResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetClusterNameRequest = Record<string, never>;
export type ApiGetClusterNameResponse = {
  ClusterName: string | null;
  NodeName: string | null;
  ret: number;
};
const ApiGetClusterName_spec: MethodSpec<ApiGetClusterNameRequest, ApiGetClusterNameResponse> = {
  opnum: 3,
  name: 'ApiGetClusterName',
  request: [],
  response: [
    ['ClusterName', pointer('ref', pointer('unique', string('utf16')))],
    ['NodeName', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetClusterNameRequest): ApiGetClusterNameResponse => ({
    ClusterName: null,
    NodeName: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetClusterVersionRequest = Record<string, never>;
export type ApiGetClusterVersionResponse = {
  lpwMajorVersion: number;
  lpwMinorVersion: number;
  lpwBuildNumber: number;
  lpszVendorId: string | null;
  lpszCSDVersion: string | null;
  ret: number;
};
const ApiGetClusterVersion_spec: MethodSpec<ApiGetClusterVersionRequest, ApiGetClusterVersionResponse> = {
  opnum: 4,
  name: 'ApiGetClusterVersion',
  request: [],
  response: [
    ['lpwMajorVersion', pointer('ref', u16)],
    ['lpwMinorVersion', pointer('ref', u16)],
    ['lpwBuildNumber', pointer('ref', u16)],
    ['lpszVendorId', pointer('ref', pointer('unique', string('utf16')))],
    ['lpszCSDVersion', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetClusterVersionRequest): ApiGetClusterVersionResponse => ({
    lpwMajorVersion: 0,
    lpwMinorVersion: 0,
    lpwBuildNumber: 0,
    lpszVendorId: null,
    lpszCSDVersion: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetQuorumResourceRequest = Record<string, never>;
export type ApiGetQuorumResourceResponse = {
  lpszResourceName: string | null;
  lpszDeviceName: string | null;
  pdwMaxQuorumLogSize: number;
  ret: number;
};
const ApiGetQuorumResource_spec: MethodSpec<ApiGetQuorumResourceRequest, ApiGetQuorumResourceResponse> = {
  opnum: 5,
  name: 'ApiGetQuorumResource',
  request: [],
  response: [
    ['lpszResourceName', pointer('ref', pointer('unique', string('utf16')))],
    ['lpszDeviceName', pointer('ref', pointer('unique', string('utf16')))],
    ['pdwMaxQuorumLogSize', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetQuorumResourceRequest): ApiGetQuorumResourceResponse => ({
    lpszResourceName: null,
    lpszDeviceName: null,
    pdwMaxQuorumLogSize: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetQuorumResourceRequest = {
  hResource: HRES_RPC;
  lpszDeviceName: string;
  dwMaxQuorumLogSize: number;
};
export type ApiSetQuorumResourceResponse = {
  ret: number;
};
const ApiSetQuorumResource_spec: MethodSpec<ApiSetQuorumResourceRequest, ApiSetQuorumResourceResponse> = {
  opnum: 6,
  name: 'ApiSetQuorumResource',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['lpszDeviceName', pointer('ref', string('utf16'))],
    ['dwMaxQuorumLogSize', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetQuorumResourceRequest): ApiSetQuorumResourceResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateEnumRequest = {
  dwType: number;
};
export type ApiCreateEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  ret: number;
};
const ApiCreateEnum_spec: MethodSpec<ApiCreateEnumRequest, ApiCreateEnumResponse> = {
  opnum: 7,
  name: 'ApiCreateEnum',
  request: [['dwType', u32]],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateEnumRequest): ApiCreateEnumResponse => ({
    ReturnEnum: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenResourceRequest = {
  lpszResourceName: string;
};
export type ApiOpenResourceResponse = {
  Status: number;
  ret: HRES_RPC;
};
const ApiOpenResource_spec: MethodSpec<ApiOpenResourceRequest, ApiOpenResourceResponse> = {
  opnum: 8,
  name: 'ApiOpenResource',
  request: [['lpszResourceName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HRES_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenResourceRequest): ApiOpenResourceResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HRES_RPC,
  }),
};

export type ApiCreateResourceRequest = {
  hGroup: HGROUP_RPC;
  lpszResourceName: string;
  lpszResourceType: string;
  dwFlags: number;
};
export type ApiCreateResourceResponse = {
  Status: number;
  ret: HRES_RPC;
};
const ApiCreateResource_spec: MethodSpec<ApiCreateResourceRequest, ApiCreateResourceResponse> = {
  opnum: 9,
  name: 'ApiCreateResource',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['lpszResourceName', pointer('ref', string('utf16'))],
    ['lpszResourceType', pointer('ref', string('utf16'))],
    ['dwFlags', u32],
  ],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HRES_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateResourceRequest): ApiCreateResourceResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HRES_RPC,
  }),
};

export type ApiDeleteResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiDeleteResourceResponse = {
  ret: number;
};
const ApiDeleteResource_spec: MethodSpec<ApiDeleteResourceRequest, ApiDeleteResourceResponse> = {
  opnum: 10,
  name: 'ApiDeleteResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiDeleteResourceRequest): ApiDeleteResourceResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCloseResourceRequest = {
  Resource: HRES_RPC;
};
export type ApiCloseResourceResponse = {
  Resource: HRES_RPC;
  ret: number;
};
const ApiCloseResource_spec: MethodSpec<ApiCloseResourceRequest, ApiCloseResourceResponse> = {
  opnum: 11,
  name: 'ApiCloseResource',
  request: [['Resource', pointer('ref', HRES_RPC_ndr)]],
  response: [
    ['Resource', pointer('ref', HRES_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseResourceRequest): ApiCloseResourceResponse => ({
    Resource: req.Resource,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetResourceStateRequest = {
  hResource: HRES_RPC;
};
export type ApiGetResourceStateResponse = {
  State: number;
  NodeName: string | null;
  GroupName: string | null;
  ret: number;
};
const ApiGetResourceState_spec: MethodSpec<ApiGetResourceStateRequest, ApiGetResourceStateResponse> = {
  opnum: 12,
  name: 'ApiGetResourceState',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['NodeName', pointer('ref', pointer('unique', string('utf16')))],
    ['GroupName', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetResourceStateRequest): ApiGetResourceStateResponse => ({
    State: 0,
    NodeName: null,
    GroupName: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetResourceNameRequest = {
  hResource: HRES_RPC;
  lpszResourceName: string;
};
export type ApiSetResourceNameResponse = {
  ret: number;
};
const ApiSetResourceName_spec: MethodSpec<ApiSetResourceNameRequest, ApiSetResourceNameResponse> = {
  opnum: 13,
  name: 'ApiSetResourceName',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['lpszResourceName', pointer('ref', string('utf16'))],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetResourceNameRequest): ApiSetResourceNameResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetResourceIdRequest = {
  hResource: HRES_RPC;
};
export type ApiGetResourceIdResponse = {
  pGuid: string | null;
  ret: number;
};
const ApiGetResourceId_spec: MethodSpec<ApiGetResourceIdRequest, ApiGetResourceIdResponse> = {
  opnum: 14,
  name: 'ApiGetResourceId',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetResourceIdRequest): ApiGetResourceIdResponse => ({
    pGuid: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetResourceTypeRequest = {
  hResource: HRES_RPC;
};
export type ApiGetResourceTypeResponse = {
  lpszResourceType: string | null;
  ret: number;
};
const ApiGetResourceType_spec: MethodSpec<ApiGetResourceTypeRequest, ApiGetResourceTypeResponse> = {
  opnum: 15,
  name: 'ApiGetResourceType',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['lpszResourceType', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetResourceTypeRequest): ApiGetResourceTypeResponse => ({
    lpszResourceType: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiFailResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiFailResourceResponse = {
  ret: number;
};
const ApiFailResource_spec: MethodSpec<ApiFailResourceRequest, ApiFailResourceResponse> = {
  opnum: 16,
  name: 'ApiFailResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiFailResourceRequest): ApiFailResourceResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOnlineResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiOnlineResourceResponse = {
  ret: number;
};
const ApiOnlineResource_spec: MethodSpec<ApiOnlineResourceRequest, ApiOnlineResourceResponse> = {
  opnum: 17,
  name: 'ApiOnlineResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiOnlineResourceRequest): ApiOnlineResourceResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOfflineResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiOfflineResourceResponse = {
  ret: number;
};
const ApiOfflineResource_spec: MethodSpec<ApiOfflineResourceRequest, ApiOfflineResourceResponse> = {
  opnum: 18,
  name: 'ApiOfflineResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiOfflineResourceRequest): ApiOfflineResourceResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddResourceDependencyRequest = {
  hResource: HRES_RPC;
  hDependsOn: HRES_RPC;
};
export type ApiAddResourceDependencyResponse = {
  ret: number;
};
const ApiAddResourceDependency_spec: MethodSpec<
  ApiAddResourceDependencyRequest,
  ApiAddResourceDependencyResponse
> = {
  opnum: 19,
  name: 'ApiAddResourceDependency',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hDependsOn', HRES_RPC_ndr],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiAddResourceDependencyRequest): ApiAddResourceDependencyResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiRemoveResourceDependencyRequest = {
  hResource: HRES_RPC;
  hDependsOn: HRES_RPC;
};
export type ApiRemoveResourceDependencyResponse = {
  ret: number;
};
const ApiRemoveResourceDependency_spec: MethodSpec<
  ApiRemoveResourceDependencyRequest,
  ApiRemoveResourceDependencyResponse
> = {
  opnum: 20,
  name: 'ApiRemoveResourceDependency',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hDependsOn', HRES_RPC_ndr],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiRemoveResourceDependencyRequest): ApiRemoveResourceDependencyResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCanResourceBeDependentRequest = {
  hResource: HRES_RPC;
  hResourceDependent: HRES_RPC;
};
export type ApiCanResourceBeDependentResponse = {
  ret: number;
};
const ApiCanResourceBeDependent_spec: MethodSpec<
  ApiCanResourceBeDependentRequest,
  ApiCanResourceBeDependentResponse
> = {
  opnum: 21,
  name: 'ApiCanResourceBeDependent',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hResourceDependent', HRES_RPC_ndr],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiCanResourceBeDependentRequest): ApiCanResourceBeDependentResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateResEnumRequest = {
  hResource: HRES_RPC;
  dwType: number;
};
export type ApiCreateResEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  ret: number;
};
const ApiCreateResEnum_spec: MethodSpec<ApiCreateResEnumRequest, ApiCreateResEnumResponse> = {
  opnum: 22,
  name: 'ApiCreateResEnum',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['dwType', u32],
  ],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateResEnumRequest): ApiCreateResEnumResponse => ({
    ReturnEnum: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddResourceNodeRequest = {
  hResource: HRES_RPC;
  hNode: HNODE_RPC;
};
export type ApiAddResourceNodeResponse = {
  ret: number;
};
const ApiAddResourceNode_spec: MethodSpec<ApiAddResourceNodeRequest, ApiAddResourceNodeResponse> = {
  opnum: 23,
  name: 'ApiAddResourceNode',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiAddResourceNodeRequest): ApiAddResourceNodeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiRemoveResourceNodeRequest = {
  hResource: HRES_RPC;
  hNode: HNODE_RPC;
};
export type ApiRemoveResourceNodeResponse = {
  ret: number;
};
const ApiRemoveResourceNode_spec: MethodSpec<ApiRemoveResourceNodeRequest, ApiRemoveResourceNodeResponse> = {
  opnum: 24,
  name: 'ApiRemoveResourceNode',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiRemoveResourceNodeRequest): ApiRemoveResourceNodeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiChangeResourceGroupRequest = {
  hResource: HRES_RPC;
  hGroup: HGROUP_RPC;
};
export type ApiChangeResourceGroupResponse = {
  ret: number;
};
const ApiChangeResourceGroup_spec: MethodSpec<ApiChangeResourceGroupRequest, ApiChangeResourceGroupResponse> =
  {
    opnum: 25,
    name: 'ApiChangeResourceGroup',
    request: [
      ['hResource', HRES_RPC_ndr],
      ['hGroup', HGROUP_RPC_ndr],
    ],
    response: [['ret', errorStatus]],
    notImplemented: (_req: ApiChangeResourceGroupRequest): ApiChangeResourceGroupResponse => ({
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiCreateResourceTypeRequest = {
  lpszTypeName: string;
  lpszDisplayName: string;
  lpszDllName: string;
  dwLooksAlive: number;
  dwIsAlive: number;
};
export type ApiCreateResourceTypeResponse = {
  ret: number;
};
const ApiCreateResourceType_spec: MethodSpec<ApiCreateResourceTypeRequest, ApiCreateResourceTypeResponse> = {
  opnum: 26,
  name: 'ApiCreateResourceType',
  request: [
    ['lpszTypeName', pointer('ref', string('utf16'))],
    ['lpszDisplayName', pointer('ref', string('utf16'))],
    ['lpszDllName', pointer('ref', string('utf16'))],
    ['dwLooksAlive', u32],
    ['dwIsAlive', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiCreateResourceTypeRequest): ApiCreateResourceTypeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiDeleteResourceTypeRequest = {
  lpszTypeName: string;
};
export type ApiDeleteResourceTypeResponse = {
  ret: number;
};
const ApiDeleteResourceType_spec: MethodSpec<ApiDeleteResourceTypeRequest, ApiDeleteResourceTypeResponse> = {
  opnum: 27,
  name: 'ApiDeleteResourceType',
  request: [['lpszTypeName', pointer('ref', string('utf16'))]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiDeleteResourceTypeRequest): ApiDeleteResourceTypeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetRootKeyRequest = {
  samDesired: number;
};
export type ApiGetRootKeyResponse = {
  Status: number;
  ret: HKEY_RPC;
};
const ApiGetRootKey_spec: MethodSpec<ApiGetRootKeyRequest, ApiGetRootKeyResponse> = {
  opnum: 28,
  name: 'ApiGetRootKey',
  request: [['samDesired', u32]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HKEY_RPC_ndr],
  ],
  notImplemented: (_req: ApiGetRootKeyRequest): ApiGetRootKeyResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HKEY_RPC,
  }),
};

export type ApiCreateKeyRequest = {
  hKey: HKEY_RPC;
  lpSubKey: string;
  dwOptions: number;
  samDesired: number;
  lpSecurityAttributes: RPC_SECURITY_ATTRIBUTES | null;
};
export type ApiCreateKeyResponse = {
  lpdwDisposition: number;
  Status: number;
  ret: HKEY_RPC;
};
const ApiCreateKey_spec: MethodSpec<ApiCreateKeyRequest, ApiCreateKeyResponse> = {
  opnum: 29,
  name: 'ApiCreateKey',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpSubKey', pointer('ref', string('utf16'))],
    ['dwOptions', u32],
    ['samDesired', u32],
    ['lpSecurityAttributes', pointer('unique', RPC_SECURITY_ATTRIBUTES_ndr)],
  ],
  response: [
    ['lpdwDisposition', pointer('ref', u32)],
    ['Status', pointer('ref', errorStatus)],
    ['ret', HKEY_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateKeyRequest): ApiCreateKeyResponse => ({
    lpdwDisposition: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HKEY_RPC,
  }),
};

export type ApiOpenKeyRequest = {
  hKey: HKEY_RPC;
  lpSubKey: string;
  samDesired: number;
};
export type ApiOpenKeyResponse = {
  Status: number;
  ret: HKEY_RPC;
};
const ApiOpenKey_spec: MethodSpec<ApiOpenKeyRequest, ApiOpenKeyResponse> = {
  opnum: 30,
  name: 'ApiOpenKey',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpSubKey', pointer('ref', string('utf16'))],
    ['samDesired', u32],
  ],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HKEY_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenKeyRequest): ApiOpenKeyResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HKEY_RPC,
  }),
};

export type ApiEnumKeyRequest = {
  hKey: HKEY_RPC;
  dwIndex: number;
};
export type ApiEnumKeyResponse = {
  KeyName: string | null;
  lpftLastWriteTime: FILETIME;
  ret: number;
};
const ApiEnumKey_spec: MethodSpec<ApiEnumKeyRequest, ApiEnumKeyResponse> = {
  opnum: 31,
  name: 'ApiEnumKey',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['dwIndex', u32],
  ],
  response: [
    ['KeyName', pointer('ref', pointer('unique', string('utf16')))],
    ['lpftLastWriteTime', pointer('ref', FILETIME_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiEnumKeyRequest): ApiEnumKeyResponse => ({
    KeyName: null,
    lpftLastWriteTime: { dwLowDateTime: 0, dwHighDateTime: 0 },
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetValueRequest = {
  hKey: HKEY_RPC;
  lpValueName: string;
  dwType: number;
  lpData: Uint8Array;
  cbData: number;
};
export type ApiSetValueResponse = {
  ret: number;
};
const ApiSetValue_spec: MethodSpec<ApiSetValueRequest, ApiSetValueResponse> = {
  opnum: 32,
  name: 'ApiSetValue',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpValueName', pointer('ref', string('utf16'))],
    ['dwType', u32],
    ['lpData', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbData as number }))],
    ['cbData', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetValueRequest): ApiSetValueResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiDeleteValueRequest = {
  hKey: HKEY_RPC;
  lpValueName: string;
};
export type ApiDeleteValueResponse = {
  ret: number;
};
const ApiDeleteValue_spec: MethodSpec<ApiDeleteValueRequest, ApiDeleteValueResponse> = {
  opnum: 33,
  name: 'ApiDeleteValue',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpValueName', pointer('ref', string('utf16'))],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiDeleteValueRequest): ApiDeleteValueResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiQueryValueRequest = {
  hKey: HKEY_RPC;
  lpValueName: string;
  cbData: number;
};
export type ApiQueryValueResponse = {
  lpValueType: number;
  lpData: Uint8Array;
  lpcbRequired: number;
  ret: number;
};
const ApiQueryValue_spec: MethodSpec<ApiQueryValueRequest, ApiQueryValueResponse> = {
  opnum: 34,
  name: 'ApiQueryValue',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpValueName', pointer('ref', string('utf16'))],
    ['cbData', u32],
  ],
  response: [
    ['lpValueType', pointer('ref', u32)],
    ['lpData', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbData as number }))],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiQueryValueRequest): ApiQueryValueResponse => ({
    lpValueType: 0,
    lpData: new Uint8Array(zeroFillCount(((s: Scope) => s.cbData as number)(req as Scope))),
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiDeleteKeyRequest = {
  hKey: HKEY_RPC;
  lpSubKey: string;
};
export type ApiDeleteKeyResponse = {
  ret: number;
};
const ApiDeleteKey_spec: MethodSpec<ApiDeleteKeyRequest, ApiDeleteKeyResponse> = {
  opnum: 35,
  name: 'ApiDeleteKey',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpSubKey', pointer('ref', string('utf16'))],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiDeleteKeyRequest): ApiDeleteKeyResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiEnumValueRequest = {
  hKey: HKEY_RPC;
  dwIndex: number;
  lpcbData: number;
};
export type ApiEnumValueResponse = {
  lpValueName: string | null;
  lpType: number;
  lpData: Uint8Array;
  lpcbData: number;
  TotalSize: number;
  ret: number;
};
const ApiEnumValue_spec: MethodSpec<ApiEnumValueRequest, ApiEnumValueResponse> = {
  opnum: 36,
  name: 'ApiEnumValue',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['dwIndex', u32],
    ['lpcbData', pointer('ref', u32)],
  ],
  response: [
    ['lpValueName', pointer('ref', pointer('unique', string('utf16')))],
    ['lpType', pointer('ref', u32)],
    ['lpData', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.lpcbData as number }))],
    ['lpcbData', pointer('ref', u32)],
    ['TotalSize', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiEnumValueRequest): ApiEnumValueResponse => ({
    lpValueName: null,
    lpType: 0,
    lpData: new Uint8Array(zeroFillCount(((s: Scope) => s.lpcbData as number)(req as Scope))),
    lpcbData: req.lpcbData,
    TotalSize: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCloseKeyRequest = {
  pKey: HKEY_RPC;
};
export type ApiCloseKeyResponse = {
  pKey: HKEY_RPC;
  ret: number;
};
const ApiCloseKey_spec: MethodSpec<ApiCloseKeyRequest, ApiCloseKeyResponse> = {
  opnum: 37,
  name: 'ApiCloseKey',
  request: [['pKey', pointer('ref', HKEY_RPC_ndr)]],
  response: [
    ['pKey', pointer('ref', HKEY_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseKeyRequest): ApiCloseKeyResponse => ({
    pKey: req.pKey,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiQueryInfoKeyRequest = {
  hKey: HKEY_RPC;
};
export type ApiQueryInfoKeyResponse = {
  lpcSubKeys: number;
  lpcbMaxSubKeyLen: number;
  lpcValues: number;
  lpcbMaxValueNameLen: number;
  lpcbMaxValueLen: number;
  lpcbSecurityDescriptor: number;
  lpftLastWriteTime: FILETIME;
  ret: number;
};
const ApiQueryInfoKey_spec: MethodSpec<ApiQueryInfoKeyRequest, ApiQueryInfoKeyResponse> = {
  opnum: 38,
  name: 'ApiQueryInfoKey',
  request: [['hKey', HKEY_RPC_ndr]],
  response: [
    ['lpcSubKeys', pointer('ref', u32)],
    ['lpcbMaxSubKeyLen', pointer('ref', u32)],
    ['lpcValues', pointer('ref', u32)],
    ['lpcbMaxValueNameLen', pointer('ref', u32)],
    ['lpcbMaxValueLen', pointer('ref', u32)],
    ['lpcbSecurityDescriptor', pointer('ref', u32)],
    ['lpftLastWriteTime', pointer('ref', FILETIME_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiQueryInfoKeyRequest): ApiQueryInfoKeyResponse => ({
    lpcSubKeys: 0,
    lpcbMaxSubKeyLen: 0,
    lpcValues: 0,
    lpcbMaxValueNameLen: 0,
    lpcbMaxValueLen: 0,
    lpcbSecurityDescriptor: 0,
    lpftLastWriteTime: { dwLowDateTime: 0, dwHighDateTime: 0 },
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetKeySecurityRequest = {
  hKey: HKEY_RPC;
  SecurityInformation: number;
  pRpcSecurityDescriptor: RPC_SECURITY_DESCRIPTOR;
};
export type ApiSetKeySecurityResponse = {
  ret: number;
};
const ApiSetKeySecurity_spec: MethodSpec<ApiSetKeySecurityRequest, ApiSetKeySecurityResponse> = {
  opnum: 39,
  name: 'ApiSetKeySecurity',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['SecurityInformation', u32],
    ['pRpcSecurityDescriptor', pointer('ref', RPC_SECURITY_DESCRIPTOR_ndr)],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetKeySecurityRequest): ApiSetKeySecurityResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetKeySecurityRequest = {
  hKey: HKEY_RPC;
  SecurityInformation: number;
  pRpcSecurityDescriptor: RPC_SECURITY_DESCRIPTOR;
};
export type ApiGetKeySecurityResponse = {
  pRpcSecurityDescriptor: RPC_SECURITY_DESCRIPTOR;
  ret: number;
};
const ApiGetKeySecurity_spec: MethodSpec<ApiGetKeySecurityRequest, ApiGetKeySecurityResponse> = {
  opnum: 40,
  name: 'ApiGetKeySecurity',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['SecurityInformation', u32],
    ['pRpcSecurityDescriptor', pointer('ref', RPC_SECURITY_DESCRIPTOR_ndr)],
  ],
  response: [
    ['pRpcSecurityDescriptor', pointer('ref', RPC_SECURITY_DESCRIPTOR_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiGetKeySecurityRequest): ApiGetKeySecurityResponse => ({
    pRpcSecurityDescriptor: req.pRpcSecurityDescriptor,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenGroupRequest = {
  lpszGroupName: string;
};
export type ApiOpenGroupResponse = {
  Status: number;
  ret: HGROUP_RPC;
};
const ApiOpenGroup_spec: MethodSpec<ApiOpenGroupRequest, ApiOpenGroupResponse> = {
  opnum: 41,
  name: 'ApiOpenGroup',
  request: [['lpszGroupName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HGROUP_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenGroupRequest): ApiOpenGroupResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HGROUP_RPC,
  }),
};

export type ApiCreateGroupRequest = {
  lpszGroupName: string;
};
export type ApiCreateGroupResponse = {
  Status: number;
  ret: HGROUP_RPC;
};
const ApiCreateGroup_spec: MethodSpec<ApiCreateGroupRequest, ApiCreateGroupResponse> = {
  opnum: 42,
  name: 'ApiCreateGroup',
  request: [['lpszGroupName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HGROUP_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateGroupRequest): ApiCreateGroupResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HGROUP_RPC,
  }),
};

export type ApiDeleteGroupRequest = {
  Group: HGROUP_RPC;
};
export type ApiDeleteGroupResponse = {
  ret: number;
};
const ApiDeleteGroup_spec: MethodSpec<ApiDeleteGroupRequest, ApiDeleteGroupResponse> = {
  opnum: 43,
  name: 'ApiDeleteGroup',
  request: [['Group', HGROUP_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiDeleteGroupRequest): ApiDeleteGroupResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCloseGroupRequest = {
  Group: HGROUP_RPC;
};
export type ApiCloseGroupResponse = {
  Group: HGROUP_RPC;
  ret: number;
};
const ApiCloseGroup_spec: MethodSpec<ApiCloseGroupRequest, ApiCloseGroupResponse> = {
  opnum: 44,
  name: 'ApiCloseGroup',
  request: [['Group', pointer('ref', HGROUP_RPC_ndr)]],
  response: [
    ['Group', pointer('ref', HGROUP_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseGroupRequest): ApiCloseGroupResponse => ({
    Group: req.Group,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetGroupStateRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiGetGroupStateResponse = {
  State: number;
  NodeName: string | null;
  ret: number;
};
const ApiGetGroupState_spec: MethodSpec<ApiGetGroupStateRequest, ApiGetGroupStateResponse> = {
  opnum: 45,
  name: 'ApiGetGroupState',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['NodeName', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetGroupStateRequest): ApiGetGroupStateResponse => ({
    State: 0,
    NodeName: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetGroupNameRequest = {
  hGroup: HGROUP_RPC;
  lpszGroupName: string;
};
export type ApiSetGroupNameResponse = {
  ret: number;
};
const ApiSetGroupName_spec: MethodSpec<ApiSetGroupNameRequest, ApiSetGroupNameResponse> = {
  opnum: 46,
  name: 'ApiSetGroupName',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['lpszGroupName', pointer('ref', string('utf16'))],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetGroupNameRequest): ApiSetGroupNameResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetGroupIdRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiGetGroupIdResponse = {
  pGuid: string | null;
  ret: number;
};
const ApiGetGroupId_spec: MethodSpec<ApiGetGroupIdRequest, ApiGetGroupIdResponse> = {
  opnum: 47,
  name: 'ApiGetGroupId',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetGroupIdRequest): ApiGetGroupIdResponse => ({
    pGuid: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNodeIdRequest = {
  hNode: HNODE_RPC;
};
export type ApiGetNodeIdResponse = {
  pGuid: string | null;
  ret: number;
};
const ApiGetNodeId_spec: MethodSpec<ApiGetNodeIdRequest, ApiGetNodeIdResponse> = {
  opnum: 48,
  name: 'ApiGetNodeId',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNodeIdRequest): ApiGetNodeIdResponse => ({
    pGuid: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOnlineGroupRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiOnlineGroupResponse = {
  ret: number;
};
const ApiOnlineGroup_spec: MethodSpec<ApiOnlineGroupRequest, ApiOnlineGroupResponse> = {
  opnum: 49,
  name: 'ApiOnlineGroup',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiOnlineGroupRequest): ApiOnlineGroupResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOfflineGroupRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiOfflineGroupResponse = {
  ret: number;
};
const ApiOfflineGroup_spec: MethodSpec<ApiOfflineGroupRequest, ApiOfflineGroupResponse> = {
  opnum: 50,
  name: 'ApiOfflineGroup',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiOfflineGroupRequest): ApiOfflineGroupResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiMoveGroupRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiMoveGroupResponse = {
  ret: number;
};
const ApiMoveGroup_spec: MethodSpec<ApiMoveGroupRequest, ApiMoveGroupResponse> = {
  opnum: 51,
  name: 'ApiMoveGroup',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiMoveGroupRequest): ApiMoveGroupResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiMoveGroupToNodeRequest = {
  hGroup: HGROUP_RPC;
  hNode: HNODE_RPC;
};
export type ApiMoveGroupToNodeResponse = {
  ret: number;
};
const ApiMoveGroupToNode_spec: MethodSpec<ApiMoveGroupToNodeRequest, ApiMoveGroupToNodeResponse> = {
  opnum: 52,
  name: 'ApiMoveGroupToNode',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiMoveGroupToNodeRequest): ApiMoveGroupToNodeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateGroupResourceEnumRequest = {
  hGroup: HGROUP_RPC;
  dwType: number;
};
export type ApiCreateGroupResourceEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  ret: number;
};
const ApiCreateGroupResourceEnum_spec: MethodSpec<
  ApiCreateGroupResourceEnumRequest,
  ApiCreateGroupResourceEnumResponse
> = {
  opnum: 53,
  name: 'ApiCreateGroupResourceEnum',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['dwType', u32],
  ],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateGroupResourceEnumRequest): ApiCreateGroupResourceEnumResponse => ({
    ReturnEnum: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetGroupNodeListRequest = {
  hGroup: HGROUP_RPC;
  lpNodeList: Uint8Array | null;
  cbListSize: number;
};
export type ApiSetGroupNodeListResponse = {
  ret: number;
};
const ApiSetGroupNodeList_spec: MethodSpec<ApiSetGroupNodeListRequest, ApiSetGroupNodeListResponse> = {
  opnum: 54,
  name: 'ApiSetGroupNodeList',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['lpNodeList', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbListSize as number }))],
    ['cbListSize', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetGroupNodeListRequest): ApiSetGroupNodeListResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNotifyRequest = Record<string, never>;
export type ApiCreateNotifyResponse = {
  Status: number;
  ret: HNOTIFY_RPC;
};
const ApiCreateNotify_spec: MethodSpec<ApiCreateNotifyRequest, ApiCreateNotifyResponse> = {
  opnum: 55,
  name: 'ApiCreateNotify',
  request: [],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HNOTIFY_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateNotifyRequest): ApiCreateNotifyResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HNOTIFY_RPC,
  }),
};

export type ApiCloseNotifyRequest = {
  hNotify: HNOTIFY_RPC;
};
export type ApiCloseNotifyResponse = {
  hNotify: HNOTIFY_RPC;
  ret: number;
};
const ApiCloseNotify_spec: MethodSpec<ApiCloseNotifyRequest, ApiCloseNotifyResponse> = {
  opnum: 56,
  name: 'ApiCloseNotify',
  request: [['hNotify', pointer('ref', HNOTIFY_RPC_ndr)]],
  response: [
    ['hNotify', pointer('ref', HNOTIFY_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseNotifyRequest): ApiCloseNotifyResponse => ({
    hNotify: req.hNotify,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyClusterRequest = {
  hNotify: HNOTIFY_RPC;
  hCluster: HCLUSTER_RPC;
  dwFilter: number;
  dwNotifyKey: number;
};
export type ApiAddNotifyClusterResponse = {
  ret: number;
};
const ApiAddNotifyCluster_spec: MethodSpec<ApiAddNotifyClusterRequest, ApiAddNotifyClusterResponse> = {
  opnum: 57,
  name: 'ApiAddNotifyCluster',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hCluster', HCLUSTER_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiAddNotifyClusterRequest): ApiAddNotifyClusterResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyNodeRequest = {
  hNotify: HNOTIFY_RPC;
  hNode: HNODE_RPC;
  dwFilter: number;
  dwNotifyKey: number;
};
export type ApiAddNotifyNodeResponse = {
  dwStateSequence: number;
  ret: number;
};
const ApiAddNotifyNode_spec: MethodSpec<ApiAddNotifyNodeRequest, ApiAddNotifyNodeResponse> = {
  opnum: 58,
  name: 'ApiAddNotifyNode',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
  ],
  response: [
    ['dwStateSequence', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyNodeRequest): ApiAddNotifyNodeResponse => ({
    dwStateSequence: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyGroupRequest = {
  hNotify: HNOTIFY_RPC;
  hGroup: HGROUP_RPC;
  dwFilter: number;
  dwNotifyKey: number;
};
export type ApiAddNotifyGroupResponse = {
  dwStateSequence: number;
  ret: number;
};
const ApiAddNotifyGroup_spec: MethodSpec<ApiAddNotifyGroupRequest, ApiAddNotifyGroupResponse> = {
  opnum: 59,
  name: 'ApiAddNotifyGroup',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hGroup', HGROUP_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
  ],
  response: [
    ['dwStateSequence', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyGroupRequest): ApiAddNotifyGroupResponse => ({
    dwStateSequence: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyResourceRequest = {
  hNotify: HNOTIFY_RPC;
  hResource: HRES_RPC;
  dwFilter: number;
  dwNotifyKey: number;
};
export type ApiAddNotifyResourceResponse = {
  dwStateSequence: number;
  ret: number;
};
const ApiAddNotifyResource_spec: MethodSpec<ApiAddNotifyResourceRequest, ApiAddNotifyResourceResponse> = {
  opnum: 60,
  name: 'ApiAddNotifyResource',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hResource', HRES_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
  ],
  response: [
    ['dwStateSequence', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyResourceRequest): ApiAddNotifyResourceResponse => ({
    dwStateSequence: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyKeyRequest = {
  hNotify: HNOTIFY_RPC;
  hKey: HKEY_RPC;
  dwNotifyKey: number;
  dwFilter: number;
  WatchSubTree: number;
};
export type ApiAddNotifyKeyResponse = {
  ret: number;
};
const ApiAddNotifyKey_spec: MethodSpec<ApiAddNotifyKeyRequest, ApiAddNotifyKeyResponse> = {
  opnum: 61,
  name: 'ApiAddNotifyKey',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hKey', HKEY_RPC_ndr],
    ['dwNotifyKey', u32],
    ['dwFilter', u32],
    ['WatchSubTree', i32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiAddNotifyKeyRequest): ApiAddNotifyKeyResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiReAddNotifyNodeRequest = {
  hNotify: HNOTIFY_RPC;
  hNode: HNODE_RPC;
  dwFilter: number;
  dwNotifyKey: number;
  StateSequence: number;
};
export type ApiReAddNotifyNodeResponse = {
  ret: number;
};
const ApiReAddNotifyNode_spec: MethodSpec<ApiReAddNotifyNodeRequest, ApiReAddNotifyNodeResponse> = {
  opnum: 62,
  name: 'ApiReAddNotifyNode',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
    ['StateSequence', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiReAddNotifyNodeRequest): ApiReAddNotifyNodeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiReAddNotifyGroupRequest = {
  hNotify: HNOTIFY_RPC;
  hGroup: HGROUP_RPC;
  dwFilter: number;
  dwNotifyKey: number;
  StateSequence: number;
};
export type ApiReAddNotifyGroupResponse = {
  ret: number;
};
const ApiReAddNotifyGroup_spec: MethodSpec<ApiReAddNotifyGroupRequest, ApiReAddNotifyGroupResponse> = {
  opnum: 63,
  name: 'ApiReAddNotifyGroup',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hGroup', HGROUP_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
    ['StateSequence', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiReAddNotifyGroupRequest): ApiReAddNotifyGroupResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiReAddNotifyResourceRequest = {
  hNotify: HNOTIFY_RPC;
  hResource: HRES_RPC;
  dwFilter: number;
  dwNotifyKey: number;
  StateSequence: number;
};
export type ApiReAddNotifyResourceResponse = {
  ret: number;
};
const ApiReAddNotifyResource_spec: MethodSpec<ApiReAddNotifyResourceRequest, ApiReAddNotifyResourceResponse> =
  {
    opnum: 64,
    name: 'ApiReAddNotifyResource',
    request: [
      ['hNotify', HNOTIFY_RPC_ndr],
      ['hResource', HRES_RPC_ndr],
      ['dwFilter', u32],
      ['dwNotifyKey', u32],
      ['StateSequence', u32],
    ],
    response: [['ret', errorStatus]],
    notImplemented: (_req: ApiReAddNotifyResourceRequest): ApiReAddNotifyResourceResponse => ({
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiGetNotifyRequest = {
  hNotify: HNOTIFY_RPC;
  Timeout: number;
};
export type ApiGetNotifyResponse = {
  dwNotifyKey: number;
  dwFilter: number;
  dwStateSequence: number;
  Name: string | null;
  ret: number;
};
const ApiGetNotify_spec: MethodSpec<ApiGetNotifyRequest, ApiGetNotifyResponse> = {
  opnum: 65,
  name: 'ApiGetNotify',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['Timeout', u32],
  ],
  response: [
    ['dwNotifyKey', pointer('ref', u32)],
    ['dwFilter', pointer('ref', u32)],
    ['dwStateSequence', pointer('ref', u32)],
    ['Name', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNotifyRequest): ApiGetNotifyResponse => ({
    dwNotifyKey: 0,
    dwFilter: 0,
    dwStateSequence: 0,
    Name: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenNodeRequest = {
  lpszNodeName: string;
};
export type ApiOpenNodeResponse = {
  Status: number;
  ret: HNODE_RPC;
};
const ApiOpenNode_spec: MethodSpec<ApiOpenNodeRequest, ApiOpenNodeResponse> = {
  opnum: 66,
  name: 'ApiOpenNode',
  request: [['lpszNodeName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HNODE_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNodeRequest): ApiOpenNodeResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HNODE_RPC,
  }),
};

export type ApiCloseNodeRequest = {
  Node: HNODE_RPC;
};
export type ApiCloseNodeResponse = {
  Node: HNODE_RPC;
  ret: number;
};
const ApiCloseNode_spec: MethodSpec<ApiCloseNodeRequest, ApiCloseNodeResponse> = {
  opnum: 67,
  name: 'ApiCloseNode',
  request: [['Node', pointer('ref', HNODE_RPC_ndr)]],
  response: [
    ['Node', pointer('ref', HNODE_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseNodeRequest): ApiCloseNodeResponse => ({
    Node: req.Node,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNodeStateRequest = {
  hNode: HNODE_RPC;
};
export type ApiGetNodeStateResponse = {
  State: number;
  ret: number;
};
const ApiGetNodeState_spec: MethodSpec<ApiGetNodeStateRequest, ApiGetNodeStateResponse> = {
  opnum: 68,
  name: 'ApiGetNodeState',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNodeStateRequest): ApiGetNodeStateResponse => ({
    State: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiPauseNodeRequest = {
  hNode: HNODE_RPC;
};
export type ApiPauseNodeResponse = {
  ret: number;
};
const ApiPauseNode_spec: MethodSpec<ApiPauseNodeRequest, ApiPauseNodeResponse> = {
  opnum: 69,
  name: 'ApiPauseNode',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiPauseNodeRequest): ApiPauseNodeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiResumeNodeRequest = {
  hNode: HNODE_RPC;
};
export type ApiResumeNodeResponse = {
  ret: number;
};
const ApiResumeNode_spec: MethodSpec<ApiResumeNodeRequest, ApiResumeNodeResponse> = {
  opnum: 70,
  name: 'ApiResumeNode',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiResumeNodeRequest): ApiResumeNodeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiEvictNodeRequest = {
  hNode: HNODE_RPC;
};
export type ApiEvictNodeResponse = {
  ret: number;
};
const ApiEvictNode_spec: MethodSpec<ApiEvictNodeRequest, ApiEvictNodeResponse> = {
  opnum: 71,
  name: 'ApiEvictNode',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiEvictNodeRequest): ApiEvictNodeResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNodeResourceControlRequest = {
  hResource: HRES_RPC;
  hNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeResourceControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeResourceControl_spec: MethodSpec<ApiNodeResourceControlRequest, ApiNodeResourceControlResponse> =
  {
    opnum: 72,
    name: 'ApiNodeResourceControl',
    request: [
      ['hResource', HRES_RPC_ndr],
      ['hNode', HNODE_RPC_ndr],
      ['dwControlCode', u32],
      [
        'lpInBuffer',
        pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number })),
      ],
      ['nInBufferSize', u32],
      ['nOutBufferSize', u32],
    ],
    response: [
      [
        'lpOutBuffer',
        pointer(
          'ref',
          conformantVaryingArray(u8, {
            size: (s: Scope) => s.nOutBufferSize as number,
            length: (s: Scope) => s.lpBytesReturned as number,
          }),
        ),
      ],
      ['lpBytesReturned', pointer('ref', u32)],
      ['lpcbRequired', pointer('ref', u32)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiNodeResourceControlRequest): ApiNodeResourceControlResponse => ({
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiResourceControlRequest = {
  hResource: HRES_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiResourceControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiResourceControl_spec: MethodSpec<ApiResourceControlRequest, ApiResourceControlResponse> = {
  opnum: 73,
  name: 'ApiResourceControl',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiResourceControlRequest): ApiResourceControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNodeResourceTypeControlRequest = {
  hCluster: HCLUSTER_RPC;
  lpszResourceTypeName: string;
  hNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeResourceTypeControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeResourceTypeControl_spec: MethodSpec<
  ApiNodeResourceTypeControlRequest,
  ApiNodeResourceTypeControlResponse
> = {
  opnum: 74,
  name: 'ApiNodeResourceTypeControl',
  request: [
    ['hCluster', HCLUSTER_RPC_ndr],
    ['lpszResourceTypeName', pointer('ref', string('utf16'))],
    ['hNode', HNODE_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeResourceTypeControlRequest): ApiNodeResourceTypeControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiResourceTypeControlRequest = {
  hCluster: HCLUSTER_RPC;
  lpszResourceTypeName: string;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiResourceTypeControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiResourceTypeControl_spec: MethodSpec<ApiResourceTypeControlRequest, ApiResourceTypeControlResponse> =
  {
    opnum: 75,
    name: 'ApiResourceTypeControl',
    request: [
      ['hCluster', HCLUSTER_RPC_ndr],
      ['lpszResourceTypeName', pointer('ref', string('utf16'))],
      ['dwControlCode', u32],
      [
        'lpInBuffer',
        pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number })),
      ],
      ['nInBufferSize', u32],
      ['nOutBufferSize', u32],
    ],
    response: [
      [
        'lpOutBuffer',
        pointer(
          'ref',
          conformantVaryingArray(u8, {
            size: (s: Scope) => s.nOutBufferSize as number,
            length: (s: Scope) => s.lpBytesReturned as number,
          }),
        ),
      ],
      ['lpBytesReturned', pointer('ref', u32)],
      ['lpcbRequired', pointer('ref', u32)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiResourceTypeControlRequest): ApiResourceTypeControlResponse => ({
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiNodeGroupControlRequest = {
  hGroup: HGROUP_RPC;
  hNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeGroupControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeGroupControl_spec: MethodSpec<ApiNodeGroupControlRequest, ApiNodeGroupControlResponse> = {
  opnum: 76,
  name: 'ApiNodeGroupControl',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeGroupControlRequest): ApiNodeGroupControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGroupControlRequest = {
  hGroup: HGROUP_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiGroupControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiGroupControl_spec: MethodSpec<ApiGroupControlRequest, ApiGroupControlResponse> = {
  opnum: 77,
  name: 'ApiGroupControl',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGroupControlRequest): ApiGroupControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNodeNodeControlRequest = {
  hNode: HNODE_RPC;
  hHostNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeNodeControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeNodeControl_spec: MethodSpec<ApiNodeNodeControlRequest, ApiNodeNodeControlResponse> = {
  opnum: 78,
  name: 'ApiNodeNodeControl',
  request: [
    ['hNode', HNODE_RPC_ndr],
    ['hHostNode', HNODE_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeNodeControlRequest): ApiNodeNodeControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNodeControlRequest = {
  hNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeControl_spec: MethodSpec<ApiNodeControlRequest, ApiNodeControlResponse> = {
  opnum: 79,
  name: 'ApiNodeControl',
  request: [
    ['hNode', HNODE_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeControlRequest): ApiNodeControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenNetworkRequest = {
  lpszNetworkName: string;
};
export type ApiOpenNetworkResponse = {
  Status: number;
  ret: HNETWORK_RPC;
};
const ApiOpenNetwork_spec: MethodSpec<ApiOpenNetworkRequest, ApiOpenNetworkResponse> = {
  opnum: 81,
  name: 'ApiOpenNetwork',
  request: [['lpszNetworkName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HNETWORK_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNetworkRequest): ApiOpenNetworkResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HNETWORK_RPC,
  }),
};

export type ApiCloseNetworkRequest = {
  Network: HNETWORK_RPC;
};
export type ApiCloseNetworkResponse = {
  Network: HNETWORK_RPC;
  ret: number;
};
const ApiCloseNetwork_spec: MethodSpec<ApiCloseNetworkRequest, ApiCloseNetworkResponse> = {
  opnum: 82,
  name: 'ApiCloseNetwork',
  request: [['Network', pointer('ref', HNETWORK_RPC_ndr)]],
  response: [
    ['Network', pointer('ref', HNETWORK_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseNetworkRequest): ApiCloseNetworkResponse => ({
    Network: req.Network,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetworkStateRequest = {
  hNetwork: HNETWORK_RPC;
};
export type ApiGetNetworkStateResponse = {
  State: number;
  ret: number;
};
const ApiGetNetworkState_spec: MethodSpec<ApiGetNetworkStateRequest, ApiGetNetworkStateResponse> = {
  opnum: 83,
  name: 'ApiGetNetworkState',
  request: [['hNetwork', HNETWORK_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetworkStateRequest): ApiGetNetworkStateResponse => ({
    State: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetNetworkNameRequest = {
  hNetwork: HNETWORK_RPC;
  lpszNetworkName: string;
};
export type ApiSetNetworkNameResponse = {
  ret: number;
};
const ApiSetNetworkName_spec: MethodSpec<ApiSetNetworkNameRequest, ApiSetNetworkNameResponse> = {
  opnum: 84,
  name: 'ApiSetNetworkName',
  request: [
    ['hNetwork', HNETWORK_RPC_ndr],
    ['lpszNetworkName', pointer('ref', string('utf16'))],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetNetworkNameRequest): ApiSetNetworkNameResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNetworkEnumRequest = {
  hNetwork: HNETWORK_RPC;
  dwType: number;
};
export type ApiCreateNetworkEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  ret: number;
};
const ApiCreateNetworkEnum_spec: MethodSpec<ApiCreateNetworkEnumRequest, ApiCreateNetworkEnumResponse> = {
  opnum: 85,
  name: 'ApiCreateNetworkEnum',
  request: [
    ['hNetwork', HNETWORK_RPC_ndr],
    ['dwType', u32],
  ],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateNetworkEnumRequest): ApiCreateNetworkEnumResponse => ({
    ReturnEnum: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetworkIdRequest = {
  hNetwork: HNETWORK_RPC;
};
export type ApiGetNetworkIdResponse = {
  pGuid: string | null;
  ret: number;
};
const ApiGetNetworkId_spec: MethodSpec<ApiGetNetworkIdRequest, ApiGetNetworkIdResponse> = {
  opnum: 86,
  name: 'ApiGetNetworkId',
  request: [['hNetwork', HNETWORK_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetworkIdRequest): ApiGetNetworkIdResponse => ({
    pGuid: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetNetworkPriorityOrderRequest = {
  NetworkCount: number;
  NetworkIdList: (string | null)[];
};
export type ApiSetNetworkPriorityOrderResponse = {
  ret: number;
};
const ApiSetNetworkPriorityOrder_spec: MethodSpec<
  ApiSetNetworkPriorityOrderRequest,
  ApiSetNetworkPriorityOrderResponse
> = {
  opnum: 87,
  name: 'ApiSetNetworkPriorityOrder',
  request: [
    ['NetworkCount', range(u32, 0, 1000)],
    [
      'NetworkIdList',
      conformantArray(pointer('unique', string('utf16')), { size: (s: Scope) => s.NetworkCount as number }),
    ],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiSetNetworkPriorityOrderRequest): ApiSetNetworkPriorityOrderResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNodeNetworkControlRequest = {
  hNetwork: HNETWORK_RPC;
  hNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeNetworkControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeNetworkControl_spec: MethodSpec<ApiNodeNetworkControlRequest, ApiNodeNetworkControlResponse> = {
  opnum: 88,
  name: 'ApiNodeNetworkControl',
  request: [
    ['hNetwork', HNETWORK_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeNetworkControlRequest): ApiNodeNetworkControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNetworkControlRequest = {
  hNetwork: HNETWORK_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNetworkControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNetworkControl_spec: MethodSpec<ApiNetworkControlRequest, ApiNetworkControlResponse> = {
  opnum: 89,
  name: 'ApiNetworkControl',
  request: [
    ['hNetwork', HNETWORK_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNetworkControlRequest): ApiNetworkControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyNetworkRequest = {
  hNotify: HNOTIFY_RPC;
  hNetwork: HNETWORK_RPC;
  dwFilter: number;
  dwNotifyKey: number;
};
export type ApiAddNotifyNetworkResponse = {
  dwStateSequence: number;
  ret: number;
};
const ApiAddNotifyNetwork_spec: MethodSpec<ApiAddNotifyNetworkRequest, ApiAddNotifyNetworkResponse> = {
  opnum: 90,
  name: 'ApiAddNotifyNetwork',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hNetwork', HNETWORK_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
  ],
  response: [
    ['dwStateSequence', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyNetworkRequest): ApiAddNotifyNetworkResponse => ({
    dwStateSequence: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiReAddNotifyNetworkRequest = {
  hNotify: HNOTIFY_RPC;
  hNetwork: HNETWORK_RPC;
  dwFilter: number;
  dwNotifyKey: number;
  StateSequence: number;
};
export type ApiReAddNotifyNetworkResponse = {
  ret: number;
};
const ApiReAddNotifyNetwork_spec: MethodSpec<ApiReAddNotifyNetworkRequest, ApiReAddNotifyNetworkResponse> = {
  opnum: 91,
  name: 'ApiReAddNotifyNetwork',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hNetwork', HNETWORK_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
    ['StateSequence', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiReAddNotifyNetworkRequest): ApiReAddNotifyNetworkResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenNetInterfaceRequest = {
  lpszNetInterfaceName: string;
};
export type ApiOpenNetInterfaceResponse = {
  Status: number;
  ret: HNETINTERFACE_RPC;
};
const ApiOpenNetInterface_spec: MethodSpec<ApiOpenNetInterfaceRequest, ApiOpenNetInterfaceResponse> = {
  opnum: 92,
  name: 'ApiOpenNetInterface',
  request: [['lpszNetInterfaceName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['ret', HNETINTERFACE_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNetInterfaceRequest): ApiOpenNetInterfaceResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HNETINTERFACE_RPC,
  }),
};

export type ApiCloseNetInterfaceRequest = {
  NetInterface: HNETINTERFACE_RPC;
};
export type ApiCloseNetInterfaceResponse = {
  NetInterface: HNETINTERFACE_RPC;
  ret: number;
};
const ApiCloseNetInterface_spec: MethodSpec<ApiCloseNetInterfaceRequest, ApiCloseNetInterfaceResponse> = {
  opnum: 93,
  name: 'ApiCloseNetInterface',
  request: [['NetInterface', pointer('ref', HNETINTERFACE_RPC_ndr)]],
  response: [
    ['NetInterface', pointer('ref', HNETINTERFACE_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseNetInterfaceRequest): ApiCloseNetInterfaceResponse => ({
    NetInterface: req.NetInterface,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetInterfaceStateRequest = {
  hNetInterface: HNETINTERFACE_RPC;
};
export type ApiGetNetInterfaceStateResponse = {
  State: number;
  ret: number;
};
const ApiGetNetInterfaceState_spec: MethodSpec<
  ApiGetNetInterfaceStateRequest,
  ApiGetNetInterfaceStateResponse
> = {
  opnum: 94,
  name: 'ApiGetNetInterfaceState',
  request: [['hNetInterface', HNETINTERFACE_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetInterfaceStateRequest): ApiGetNetInterfaceStateResponse => ({
    State: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetInterfaceRequest = {
  lpszNodeName: string;
  lpszNetworkName: string;
};
export type ApiGetNetInterfaceResponse = {
  lppszInterfaceName: string | null;
  ret: number;
};
const ApiGetNetInterface_spec: MethodSpec<ApiGetNetInterfaceRequest, ApiGetNetInterfaceResponse> = {
  opnum: 95,
  name: 'ApiGetNetInterface',
  request: [
    ['lpszNodeName', pointer('ref', string('utf16'))],
    ['lpszNetworkName', pointer('ref', string('utf16'))],
  ],
  response: [
    ['lppszInterfaceName', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetInterfaceRequest): ApiGetNetInterfaceResponse => ({
    lppszInterfaceName: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetInterfaceIdRequest = {
  hNetInterface: HNETINTERFACE_RPC;
};
export type ApiGetNetInterfaceIdResponse = {
  pGuid: string | null;
  ret: number;
};
const ApiGetNetInterfaceId_spec: MethodSpec<ApiGetNetInterfaceIdRequest, ApiGetNetInterfaceIdResponse> = {
  opnum: 96,
  name: 'ApiGetNetInterfaceId',
  request: [['hNetInterface', HNETINTERFACE_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetInterfaceIdRequest): ApiGetNetInterfaceIdResponse => ({
    pGuid: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNodeNetInterfaceControlRequest = {
  hNetInterface: HNETINTERFACE_RPC;
  hNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeNetInterfaceControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeNetInterfaceControl_spec: MethodSpec<
  ApiNodeNetInterfaceControlRequest,
  ApiNodeNetInterfaceControlResponse
> = {
  opnum: 97,
  name: 'ApiNodeNetInterfaceControl',
  request: [
    ['hNetInterface', HNETINTERFACE_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeNetInterfaceControlRequest): ApiNodeNetInterfaceControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNetInterfaceControlRequest = {
  hNetInterface: HNETINTERFACE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNetInterfaceControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNetInterfaceControl_spec: MethodSpec<ApiNetInterfaceControlRequest, ApiNetInterfaceControlResponse> =
  {
    opnum: 98,
    name: 'ApiNetInterfaceControl',
    request: [
      ['hNetInterface', HNETINTERFACE_RPC_ndr],
      ['dwControlCode', u32],
      [
        'lpInBuffer',
        pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number })),
      ],
      ['nInBufferSize', u32],
      ['nOutBufferSize', u32],
    ],
    response: [
      [
        'lpOutBuffer',
        pointer(
          'ref',
          conformantVaryingArray(u8, {
            size: (s: Scope) => s.nOutBufferSize as number,
            length: (s: Scope) => s.lpBytesReturned as number,
          }),
        ),
      ],
      ['lpBytesReturned', pointer('ref', u32)],
      ['lpcbRequired', pointer('ref', u32)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiNetInterfaceControlRequest): ApiNetInterfaceControlResponse => ({
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiAddNotifyNetInterfaceRequest = {
  hNotify: HNOTIFY_RPC;
  hNetInterface: HNETINTERFACE_RPC;
  dwFilter: number;
  dwNotifyKey: number;
};
export type ApiAddNotifyNetInterfaceResponse = {
  dwStateSequence: number;
  ret: number;
};
const ApiAddNotifyNetInterface_spec: MethodSpec<
  ApiAddNotifyNetInterfaceRequest,
  ApiAddNotifyNetInterfaceResponse
> = {
  opnum: 99,
  name: 'ApiAddNotifyNetInterface',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hNetInterface', HNETINTERFACE_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
  ],
  response: [
    ['dwStateSequence', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyNetInterfaceRequest): ApiAddNotifyNetInterfaceResponse => ({
    dwStateSequence: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiReAddNotifyNetInterfaceRequest = {
  hNotify: HNOTIFY_RPC;
  hNetInterface: HNETINTERFACE_RPC;
  dwFilter: number;
  dwNotifyKey: number;
  StateSequence: number;
};
export type ApiReAddNotifyNetInterfaceResponse = {
  ret: number;
};
const ApiReAddNotifyNetInterface_spec: MethodSpec<
  ApiReAddNotifyNetInterfaceRequest,
  ApiReAddNotifyNetInterfaceResponse
> = {
  opnum: 100,
  name: 'ApiReAddNotifyNetInterface',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hNetInterface', HNETINTERFACE_RPC_ndr],
    ['dwFilter', u32],
    ['dwNotifyKey', u32],
    ['StateSequence', u32],
  ],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiReAddNotifyNetInterfaceRequest): ApiReAddNotifyNetInterfaceResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNodeEnumRequest = {
  hNode: HNODE_RPC;
  dwType: number;
};
export type ApiCreateNodeEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  ret: number;
};
const ApiCreateNodeEnum_spec: MethodSpec<ApiCreateNodeEnumRequest, ApiCreateNodeEnumResponse> = {
  opnum: 101,
  name: 'ApiCreateNodeEnum',
  request: [
    ['hNode', HNODE_RPC_ndr],
    ['dwType', u32],
  ],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateNodeEnumRequest): ApiCreateNodeEnumResponse => ({
    ReturnEnum: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetClusterVersion2Request = Record<string, never>;
export type ApiGetClusterVersion2Response = {
  lpwMajorVersion: number;
  lpwMinorVersion: number;
  lpwBuildNumber: number;
  lpszVendorId: string | null;
  lpszCSDVersion: string | null;
  ppClusterOpVerInfo: CLUSTER_OPERATIONAL_VERSION_INFO | null;
  ret: number;
};
const ApiGetClusterVersion2_spec: MethodSpec<ApiGetClusterVersion2Request, ApiGetClusterVersion2Response> = {
  opnum: 102,
  name: 'ApiGetClusterVersion2',
  request: [],
  response: [
    ['lpwMajorVersion', pointer('ref', u16)],
    ['lpwMinorVersion', pointer('ref', u16)],
    ['lpwBuildNumber', pointer('ref', u16)],
    ['lpszVendorId', pointer('ref', pointer('unique', string('utf16')))],
    ['lpszCSDVersion', pointer('ref', pointer('unique', string('utf16')))],
    ['ppClusterOpVerInfo', pointer('ref', pointer('unique', CLUSTER_OPERATIONAL_VERSION_INFO_ndr))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetClusterVersion2Request): ApiGetClusterVersion2Response => ({
    lpwMajorVersion: 0,
    lpwMinorVersion: 0,
    lpwBuildNumber: 0,
    lpszVendorId: null,
    lpszCSDVersion: null,
    ppClusterOpVerInfo: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateResTypeEnumRequest = {
  lpszTypeName: string;
  dwType: number;
};
export type ApiCreateResTypeEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  ret: number;
};
const ApiCreateResTypeEnum_spec: MethodSpec<ApiCreateResTypeEnumRequest, ApiCreateResTypeEnumResponse> = {
  opnum: 103,
  name: 'ApiCreateResTypeEnum',
  request: [
    ['lpszTypeName', pointer('ref', string('utf16'))],
    ['dwType', u32],
  ],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateResTypeEnumRequest): ApiCreateResTypeEnumResponse => ({
    ReturnEnum: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiBackupClusterDatabaseRequest = {
  lpszPathName: string;
};
export type ApiBackupClusterDatabaseResponse = {
  ret: number;
};
const ApiBackupClusterDatabase_spec: MethodSpec<
  ApiBackupClusterDatabaseRequest,
  ApiBackupClusterDatabaseResponse
> = {
  opnum: 104,
  name: 'ApiBackupClusterDatabase',
  request: [['lpszPathName', pointer('ref', string('utf16'))]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiBackupClusterDatabaseRequest): ApiBackupClusterDatabaseResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiNodeClusterControlRequest = {
  hCluster: HCLUSTER_RPC;
  hHostNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeClusterControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiNodeClusterControl_spec: MethodSpec<ApiNodeClusterControlRequest, ApiNodeClusterControlResponse> = {
  opnum: 105,
  name: 'ApiNodeClusterControl',
  request: [
    ['hCluster', HCLUSTER_RPC_ndr],
    ['hHostNode', HNODE_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeClusterControlRequest): ApiNodeClusterControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiClusterControlRequest = {
  hCluster: HCLUSTER_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiClusterControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
};
const ApiClusterControl_spec: MethodSpec<ApiClusterControlRequest, ApiClusterControlResponse> = {
  opnum: 106,
  name: 'ApiClusterControl',
  request: [
    ['hCluster', HCLUSTER_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', u32],
  ],
  response: [
    [
      'lpOutBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.nOutBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpcbRequired', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiClusterControlRequest): ApiClusterControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiUnblockGetNotifyCallRequest = {
  hNotify: HNOTIFY_RPC;
};
export type ApiUnblockGetNotifyCallResponse = {
  ret: number;
};
const ApiUnblockGetNotifyCall_spec: MethodSpec<
  ApiUnblockGetNotifyCallRequest,
  ApiUnblockGetNotifyCallResponse
> = {
  opnum: 107,
  name: 'ApiUnblockGetNotifyCall',
  request: [['hNotify', HNOTIFY_RPC_ndr]],
  response: [['ret', errorStatus]],
  notImplemented: (_req: ApiUnblockGetNotifyCallRequest): ApiUnblockGetNotifyCallResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetServiceAccountPasswordRequest = {
  lpszNewPassword: string;
  dwFlags: IDL_CLUSTER_SET_PASSWORD_FLAGS;
  ReturnStatusBufferSize: number;
};
export type ApiSetServiceAccountPasswordResponse = {
  ReturnStatusBufferPtr: IDL_CLUSTER_SET_PASSWORD_STATUS[];
  SizeReturned: number;
  ExpectedBufferSize: number;
  ret: number;
};
const ApiSetServiceAccountPassword_spec: MethodSpec<
  ApiSetServiceAccountPasswordRequest,
  ApiSetServiceAccountPasswordResponse
> = {
  opnum: 108,
  name: 'ApiSetServiceAccountPassword',
  request: [
    ['lpszNewPassword', pointer('ref', string('utf16'))],
    ['dwFlags', enum16],
    ['ReturnStatusBufferSize', u32],
  ],
  response: [
    [
      'ReturnStatusBufferPtr',
      conformantVaryingArray(IDL_CLUSTER_SET_PASSWORD_STATUS_ndr, {
        size: (s: Scope) => s.ReturnStatusBufferSize as number,
        length: (s: Scope) => s.SizeReturned as number,
      }),
    ],
    ['SizeReturned', pointer('ref', u32)],
    ['ExpectedBufferSize', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetServiceAccountPasswordRequest): ApiSetServiceAccountPasswordResponse => ({
    ReturnStatusBufferPtr: [],
    SizeReturned: 0,
    ExpectedBufferSize: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

/** Method wire descriptions by opnum; undefined for not-used-on-wire and reserved slots. */
export const Clusapi2Methods: MethodTable = [
  ApiOpenCluster_spec,
  ApiCloseCluster_spec,
  ApiSetClusterName_spec,
  ApiGetClusterName_spec,
  ApiGetClusterVersion_spec,
  ApiGetQuorumResource_spec,
  ApiSetQuorumResource_spec,
  ApiCreateEnum_spec,
  ApiOpenResource_spec,
  ApiCreateResource_spec,
  ApiDeleteResource_spec,
  ApiCloseResource_spec,
  ApiGetResourceState_spec,
  ApiSetResourceName_spec,
  ApiGetResourceId_spec,
  ApiGetResourceType_spec,
  ApiFailResource_spec,
  ApiOnlineResource_spec,
  ApiOfflineResource_spec,
  ApiAddResourceDependency_spec,
  ApiRemoveResourceDependency_spec,
  ApiCanResourceBeDependent_spec,
  ApiCreateResEnum_spec,
  ApiAddResourceNode_spec,
  ApiRemoveResourceNode_spec,
  ApiChangeResourceGroup_spec,
  ApiCreateResourceType_spec,
  ApiDeleteResourceType_spec,
  ApiGetRootKey_spec,
  ApiCreateKey_spec,
  ApiOpenKey_spec,
  ApiEnumKey_spec,
  ApiSetValue_spec,
  ApiDeleteValue_spec,
  ApiQueryValue_spec,
  ApiDeleteKey_spec,
  ApiEnumValue_spec,
  ApiCloseKey_spec,
  ApiQueryInfoKey_spec,
  ApiSetKeySecurity_spec,
  ApiGetKeySecurity_spec,
  ApiOpenGroup_spec,
  ApiCreateGroup_spec,
  ApiDeleteGroup_spec,
  ApiCloseGroup_spec,
  ApiGetGroupState_spec,
  ApiSetGroupName_spec,
  ApiGetGroupId_spec,
  ApiGetNodeId_spec,
  ApiOnlineGroup_spec,
  ApiOfflineGroup_spec,
  ApiMoveGroup_spec,
  ApiMoveGroupToNode_spec,
  ApiCreateGroupResourceEnum_spec,
  ApiSetGroupNodeList_spec,
  ApiCreateNotify_spec,
  ApiCloseNotify_spec,
  ApiAddNotifyCluster_spec,
  ApiAddNotifyNode_spec,
  ApiAddNotifyGroup_spec,
  ApiAddNotifyResource_spec,
  ApiAddNotifyKey_spec,
  ApiReAddNotifyNode_spec,
  ApiReAddNotifyGroup_spec,
  ApiReAddNotifyResource_spec,
  ApiGetNotify_spec,
  ApiOpenNode_spec,
  ApiCloseNode_spec,
  ApiGetNodeState_spec,
  ApiPauseNode_spec,
  ApiResumeNode_spec,
  ApiEvictNode_spec,
  ApiNodeResourceControl_spec,
  ApiResourceControl_spec,
  ApiNodeResourceTypeControl_spec,
  ApiResourceTypeControl_spec,
  ApiNodeGroupControl_spec,
  ApiGroupControl_spec,
  ApiNodeNodeControl_spec,
  ApiNodeControl_spec,
  undefined,
  ApiOpenNetwork_spec,
  ApiCloseNetwork_spec,
  ApiGetNetworkState_spec,
  ApiSetNetworkName_spec,
  ApiCreateNetworkEnum_spec,
  ApiGetNetworkId_spec,
  ApiSetNetworkPriorityOrder_spec,
  ApiNodeNetworkControl_spec,
  ApiNetworkControl_spec,
  ApiAddNotifyNetwork_spec,
  ApiReAddNotifyNetwork_spec,
  ApiOpenNetInterface_spec,
  ApiCloseNetInterface_spec,
  ApiGetNetInterfaceState_spec,
  ApiGetNetInterface_spec,
  ApiGetNetInterfaceId_spec,
  ApiNodeNetInterfaceControl_spec,
  ApiNetInterfaceControl_spec,
  ApiAddNotifyNetInterface_spec,
  ApiReAddNotifyNetInterface_spec,
  ApiCreateNodeEnum_spec,
  ApiGetClusterVersion2_spec,
  ApiCreateResTypeEnum_spec,
  ApiBackupClusterDatabase_spec,
  ApiNodeClusterControl_spec,
  ApiClusterControl_spec,
  ApiUnblockGetNotifyCall_spec,
  ApiSetServiceAccountPassword_spec,
];

// --- Client

export class Clusapi2Client {
  constructor(private readonly caller: RpcCaller) {}
  ApiOpenCluster(req: ApiOpenClusterRequest = {}): Promise<ApiOpenClusterResponse> {
    return callMethod(this.caller, ApiOpenCluster_spec, req);
  }
  ApiCloseCluster(req: ApiCloseClusterRequest): Promise<ApiCloseClusterResponse> {
    return callMethod(this.caller, ApiCloseCluster_spec, req);
  }
  ApiSetClusterName(req: ApiSetClusterNameRequest): Promise<ApiSetClusterNameResponse> {
    return callMethod(this.caller, ApiSetClusterName_spec, req);
  }
  ApiGetClusterName(req: ApiGetClusterNameRequest = {}): Promise<ApiGetClusterNameResponse> {
    return callMethod(this.caller, ApiGetClusterName_spec, req);
  }
  ApiGetClusterVersion(req: ApiGetClusterVersionRequest = {}): Promise<ApiGetClusterVersionResponse> {
    return callMethod(this.caller, ApiGetClusterVersion_spec, req);
  }
  ApiGetQuorumResource(req: ApiGetQuorumResourceRequest = {}): Promise<ApiGetQuorumResourceResponse> {
    return callMethod(this.caller, ApiGetQuorumResource_spec, req);
  }
  ApiSetQuorumResource(req: ApiSetQuorumResourceRequest): Promise<ApiSetQuorumResourceResponse> {
    return callMethod(this.caller, ApiSetQuorumResource_spec, req);
  }
  ApiCreateEnum(req: ApiCreateEnumRequest): Promise<ApiCreateEnumResponse> {
    return callMethod(this.caller, ApiCreateEnum_spec, req);
  }
  ApiOpenResource(req: ApiOpenResourceRequest): Promise<ApiOpenResourceResponse> {
    return callMethod(this.caller, ApiOpenResource_spec, req);
  }
  ApiCreateResource(req: ApiCreateResourceRequest): Promise<ApiCreateResourceResponse> {
    return callMethod(this.caller, ApiCreateResource_spec, req);
  }
  ApiDeleteResource(req: ApiDeleteResourceRequest): Promise<ApiDeleteResourceResponse> {
    return callMethod(this.caller, ApiDeleteResource_spec, req);
  }
  ApiCloseResource(req: ApiCloseResourceRequest): Promise<ApiCloseResourceResponse> {
    return callMethod(this.caller, ApiCloseResource_spec, req);
  }
  ApiGetResourceState(req: ApiGetResourceStateRequest): Promise<ApiGetResourceStateResponse> {
    return callMethod(this.caller, ApiGetResourceState_spec, req);
  }
  ApiSetResourceName(req: ApiSetResourceNameRequest): Promise<ApiSetResourceNameResponse> {
    return callMethod(this.caller, ApiSetResourceName_spec, req);
  }
  ApiGetResourceId(req: ApiGetResourceIdRequest): Promise<ApiGetResourceIdResponse> {
    return callMethod(this.caller, ApiGetResourceId_spec, req);
  }
  ApiGetResourceType(req: ApiGetResourceTypeRequest): Promise<ApiGetResourceTypeResponse> {
    return callMethod(this.caller, ApiGetResourceType_spec, req);
  }
  ApiFailResource(req: ApiFailResourceRequest): Promise<ApiFailResourceResponse> {
    return callMethod(this.caller, ApiFailResource_spec, req);
  }
  ApiOnlineResource(req: ApiOnlineResourceRequest): Promise<ApiOnlineResourceResponse> {
    return callMethod(this.caller, ApiOnlineResource_spec, req);
  }
  ApiOfflineResource(req: ApiOfflineResourceRequest): Promise<ApiOfflineResourceResponse> {
    return callMethod(this.caller, ApiOfflineResource_spec, req);
  }
  ApiAddResourceDependency(req: ApiAddResourceDependencyRequest): Promise<ApiAddResourceDependencyResponse> {
    return callMethod(this.caller, ApiAddResourceDependency_spec, req);
  }
  ApiRemoveResourceDependency(
    req: ApiRemoveResourceDependencyRequest,
  ): Promise<ApiRemoveResourceDependencyResponse> {
    return callMethod(this.caller, ApiRemoveResourceDependency_spec, req);
  }
  ApiCanResourceBeDependent(
    req: ApiCanResourceBeDependentRequest,
  ): Promise<ApiCanResourceBeDependentResponse> {
    return callMethod(this.caller, ApiCanResourceBeDependent_spec, req);
  }
  ApiCreateResEnum(req: ApiCreateResEnumRequest): Promise<ApiCreateResEnumResponse> {
    return callMethod(this.caller, ApiCreateResEnum_spec, req);
  }
  ApiAddResourceNode(req: ApiAddResourceNodeRequest): Promise<ApiAddResourceNodeResponse> {
    return callMethod(this.caller, ApiAddResourceNode_spec, req);
  }
  ApiRemoveResourceNode(req: ApiRemoveResourceNodeRequest): Promise<ApiRemoveResourceNodeResponse> {
    return callMethod(this.caller, ApiRemoveResourceNode_spec, req);
  }
  ApiChangeResourceGroup(req: ApiChangeResourceGroupRequest): Promise<ApiChangeResourceGroupResponse> {
    return callMethod(this.caller, ApiChangeResourceGroup_spec, req);
  }
  ApiCreateResourceType(req: ApiCreateResourceTypeRequest): Promise<ApiCreateResourceTypeResponse> {
    return callMethod(this.caller, ApiCreateResourceType_spec, req);
  }
  ApiDeleteResourceType(req: ApiDeleteResourceTypeRequest): Promise<ApiDeleteResourceTypeResponse> {
    return callMethod(this.caller, ApiDeleteResourceType_spec, req);
  }
  ApiGetRootKey(req: ApiGetRootKeyRequest): Promise<ApiGetRootKeyResponse> {
    return callMethod(this.caller, ApiGetRootKey_spec, req);
  }
  ApiCreateKey(req: ApiCreateKeyRequest): Promise<ApiCreateKeyResponse> {
    return callMethod(this.caller, ApiCreateKey_spec, req);
  }
  ApiOpenKey(req: ApiOpenKeyRequest): Promise<ApiOpenKeyResponse> {
    return callMethod(this.caller, ApiOpenKey_spec, req);
  }
  ApiEnumKey(req: ApiEnumKeyRequest): Promise<ApiEnumKeyResponse> {
    return callMethod(this.caller, ApiEnumKey_spec, req);
  }
  ApiSetValue(req: ApiSetValueRequest): Promise<ApiSetValueResponse> {
    return callMethod(this.caller, ApiSetValue_spec, req);
  }
  ApiDeleteValue(req: ApiDeleteValueRequest): Promise<ApiDeleteValueResponse> {
    return callMethod(this.caller, ApiDeleteValue_spec, req);
  }
  ApiQueryValue(req: ApiQueryValueRequest): Promise<ApiQueryValueResponse> {
    return callMethod(this.caller, ApiQueryValue_spec, req);
  }
  ApiDeleteKey(req: ApiDeleteKeyRequest): Promise<ApiDeleteKeyResponse> {
    return callMethod(this.caller, ApiDeleteKey_spec, req);
  }
  ApiEnumValue(req: ApiEnumValueRequest): Promise<ApiEnumValueResponse> {
    return callMethod(this.caller, ApiEnumValue_spec, req);
  }
  ApiCloseKey(req: ApiCloseKeyRequest): Promise<ApiCloseKeyResponse> {
    return callMethod(this.caller, ApiCloseKey_spec, req);
  }
  ApiQueryInfoKey(req: ApiQueryInfoKeyRequest): Promise<ApiQueryInfoKeyResponse> {
    return callMethod(this.caller, ApiQueryInfoKey_spec, req);
  }
  ApiSetKeySecurity(req: ApiSetKeySecurityRequest): Promise<ApiSetKeySecurityResponse> {
    return callMethod(this.caller, ApiSetKeySecurity_spec, req);
  }
  ApiGetKeySecurity(req: ApiGetKeySecurityRequest): Promise<ApiGetKeySecurityResponse> {
    return callMethod(this.caller, ApiGetKeySecurity_spec, req);
  }
  ApiOpenGroup(req: ApiOpenGroupRequest): Promise<ApiOpenGroupResponse> {
    return callMethod(this.caller, ApiOpenGroup_spec, req);
  }
  ApiCreateGroup(req: ApiCreateGroupRequest): Promise<ApiCreateGroupResponse> {
    return callMethod(this.caller, ApiCreateGroup_spec, req);
  }
  ApiDeleteGroup(req: ApiDeleteGroupRequest): Promise<ApiDeleteGroupResponse> {
    return callMethod(this.caller, ApiDeleteGroup_spec, req);
  }
  ApiCloseGroup(req: ApiCloseGroupRequest): Promise<ApiCloseGroupResponse> {
    return callMethod(this.caller, ApiCloseGroup_spec, req);
  }
  ApiGetGroupState(req: ApiGetGroupStateRequest): Promise<ApiGetGroupStateResponse> {
    return callMethod(this.caller, ApiGetGroupState_spec, req);
  }
  ApiSetGroupName(req: ApiSetGroupNameRequest): Promise<ApiSetGroupNameResponse> {
    return callMethod(this.caller, ApiSetGroupName_spec, req);
  }
  ApiGetGroupId(req: ApiGetGroupIdRequest): Promise<ApiGetGroupIdResponse> {
    return callMethod(this.caller, ApiGetGroupId_spec, req);
  }
  ApiGetNodeId(req: ApiGetNodeIdRequest): Promise<ApiGetNodeIdResponse> {
    return callMethod(this.caller, ApiGetNodeId_spec, req);
  }
  ApiOnlineGroup(req: ApiOnlineGroupRequest): Promise<ApiOnlineGroupResponse> {
    return callMethod(this.caller, ApiOnlineGroup_spec, req);
  }
  ApiOfflineGroup(req: ApiOfflineGroupRequest): Promise<ApiOfflineGroupResponse> {
    return callMethod(this.caller, ApiOfflineGroup_spec, req);
  }
  ApiMoveGroup(req: ApiMoveGroupRequest): Promise<ApiMoveGroupResponse> {
    return callMethod(this.caller, ApiMoveGroup_spec, req);
  }
  ApiMoveGroupToNode(req: ApiMoveGroupToNodeRequest): Promise<ApiMoveGroupToNodeResponse> {
    return callMethod(this.caller, ApiMoveGroupToNode_spec, req);
  }
  ApiCreateGroupResourceEnum(
    req: ApiCreateGroupResourceEnumRequest,
  ): Promise<ApiCreateGroupResourceEnumResponse> {
    return callMethod(this.caller, ApiCreateGroupResourceEnum_spec, req);
  }
  ApiSetGroupNodeList(req: ApiSetGroupNodeListRequest): Promise<ApiSetGroupNodeListResponse> {
    return callMethod(this.caller, ApiSetGroupNodeList_spec, req);
  }
  ApiCreateNotify(req: ApiCreateNotifyRequest = {}): Promise<ApiCreateNotifyResponse> {
    return callMethod(this.caller, ApiCreateNotify_spec, req);
  }
  ApiCloseNotify(req: ApiCloseNotifyRequest): Promise<ApiCloseNotifyResponse> {
    return callMethod(this.caller, ApiCloseNotify_spec, req);
  }
  ApiAddNotifyCluster(req: ApiAddNotifyClusterRequest): Promise<ApiAddNotifyClusterResponse> {
    return callMethod(this.caller, ApiAddNotifyCluster_spec, req);
  }
  ApiAddNotifyNode(req: ApiAddNotifyNodeRequest): Promise<ApiAddNotifyNodeResponse> {
    return callMethod(this.caller, ApiAddNotifyNode_spec, req);
  }
  ApiAddNotifyGroup(req: ApiAddNotifyGroupRequest): Promise<ApiAddNotifyGroupResponse> {
    return callMethod(this.caller, ApiAddNotifyGroup_spec, req);
  }
  ApiAddNotifyResource(req: ApiAddNotifyResourceRequest): Promise<ApiAddNotifyResourceResponse> {
    return callMethod(this.caller, ApiAddNotifyResource_spec, req);
  }
  ApiAddNotifyKey(req: ApiAddNotifyKeyRequest): Promise<ApiAddNotifyKeyResponse> {
    return callMethod(this.caller, ApiAddNotifyKey_spec, req);
  }
  ApiReAddNotifyNode(req: ApiReAddNotifyNodeRequest): Promise<ApiReAddNotifyNodeResponse> {
    return callMethod(this.caller, ApiReAddNotifyNode_spec, req);
  }
  ApiReAddNotifyGroup(req: ApiReAddNotifyGroupRequest): Promise<ApiReAddNotifyGroupResponse> {
    return callMethod(this.caller, ApiReAddNotifyGroup_spec, req);
  }
  ApiReAddNotifyResource(req: ApiReAddNotifyResourceRequest): Promise<ApiReAddNotifyResourceResponse> {
    return callMethod(this.caller, ApiReAddNotifyResource_spec, req);
  }
  ApiGetNotify(req: ApiGetNotifyRequest): Promise<ApiGetNotifyResponse> {
    return callMethod(this.caller, ApiGetNotify_spec, req);
  }
  ApiOpenNode(req: ApiOpenNodeRequest): Promise<ApiOpenNodeResponse> {
    return callMethod(this.caller, ApiOpenNode_spec, req);
  }
  ApiCloseNode(req: ApiCloseNodeRequest): Promise<ApiCloseNodeResponse> {
    return callMethod(this.caller, ApiCloseNode_spec, req);
  }
  ApiGetNodeState(req: ApiGetNodeStateRequest): Promise<ApiGetNodeStateResponse> {
    return callMethod(this.caller, ApiGetNodeState_spec, req);
  }
  ApiPauseNode(req: ApiPauseNodeRequest): Promise<ApiPauseNodeResponse> {
    return callMethod(this.caller, ApiPauseNode_spec, req);
  }
  ApiResumeNode(req: ApiResumeNodeRequest): Promise<ApiResumeNodeResponse> {
    return callMethod(this.caller, ApiResumeNode_spec, req);
  }
  ApiEvictNode(req: ApiEvictNodeRequest): Promise<ApiEvictNodeResponse> {
    return callMethod(this.caller, ApiEvictNode_spec, req);
  }
  ApiNodeResourceControl(req: ApiNodeResourceControlRequest): Promise<ApiNodeResourceControlResponse> {
    return callMethod(this.caller, ApiNodeResourceControl_spec, req);
  }
  ApiResourceControl(req: ApiResourceControlRequest): Promise<ApiResourceControlResponse> {
    return callMethod(this.caller, ApiResourceControl_spec, req);
  }
  ApiNodeResourceTypeControl(
    req: ApiNodeResourceTypeControlRequest,
  ): Promise<ApiNodeResourceTypeControlResponse> {
    return callMethod(this.caller, ApiNodeResourceTypeControl_spec, req);
  }
  ApiResourceTypeControl(req: ApiResourceTypeControlRequest): Promise<ApiResourceTypeControlResponse> {
    return callMethod(this.caller, ApiResourceTypeControl_spec, req);
  }
  ApiNodeGroupControl(req: ApiNodeGroupControlRequest): Promise<ApiNodeGroupControlResponse> {
    return callMethod(this.caller, ApiNodeGroupControl_spec, req);
  }
  ApiGroupControl(req: ApiGroupControlRequest): Promise<ApiGroupControlResponse> {
    return callMethod(this.caller, ApiGroupControl_spec, req);
  }
  ApiNodeNodeControl(req: ApiNodeNodeControlRequest): Promise<ApiNodeNodeControlResponse> {
    return callMethod(this.caller, ApiNodeNodeControl_spec, req);
  }
  ApiNodeControl(req: ApiNodeControlRequest): Promise<ApiNodeControlResponse> {
    return callMethod(this.caller, ApiNodeControl_spec, req);
  }
  ApiOpenNetwork(req: ApiOpenNetworkRequest): Promise<ApiOpenNetworkResponse> {
    return callMethod(this.caller, ApiOpenNetwork_spec, req);
  }
  ApiCloseNetwork(req: ApiCloseNetworkRequest): Promise<ApiCloseNetworkResponse> {
    return callMethod(this.caller, ApiCloseNetwork_spec, req);
  }
  ApiGetNetworkState(req: ApiGetNetworkStateRequest): Promise<ApiGetNetworkStateResponse> {
    return callMethod(this.caller, ApiGetNetworkState_spec, req);
  }
  ApiSetNetworkName(req: ApiSetNetworkNameRequest): Promise<ApiSetNetworkNameResponse> {
    return callMethod(this.caller, ApiSetNetworkName_spec, req);
  }
  ApiCreateNetworkEnum(req: ApiCreateNetworkEnumRequest): Promise<ApiCreateNetworkEnumResponse> {
    return callMethod(this.caller, ApiCreateNetworkEnum_spec, req);
  }
  ApiGetNetworkId(req: ApiGetNetworkIdRequest): Promise<ApiGetNetworkIdResponse> {
    return callMethod(this.caller, ApiGetNetworkId_spec, req);
  }
  ApiSetNetworkPriorityOrder(
    req: ApiSetNetworkPriorityOrderRequest,
  ): Promise<ApiSetNetworkPriorityOrderResponse> {
    return callMethod(this.caller, ApiSetNetworkPriorityOrder_spec, req);
  }
  ApiNodeNetworkControl(req: ApiNodeNetworkControlRequest): Promise<ApiNodeNetworkControlResponse> {
    return callMethod(this.caller, ApiNodeNetworkControl_spec, req);
  }
  ApiNetworkControl(req: ApiNetworkControlRequest): Promise<ApiNetworkControlResponse> {
    return callMethod(this.caller, ApiNetworkControl_spec, req);
  }
  ApiAddNotifyNetwork(req: ApiAddNotifyNetworkRequest): Promise<ApiAddNotifyNetworkResponse> {
    return callMethod(this.caller, ApiAddNotifyNetwork_spec, req);
  }
  ApiReAddNotifyNetwork(req: ApiReAddNotifyNetworkRequest): Promise<ApiReAddNotifyNetworkResponse> {
    return callMethod(this.caller, ApiReAddNotifyNetwork_spec, req);
  }
  ApiOpenNetInterface(req: ApiOpenNetInterfaceRequest): Promise<ApiOpenNetInterfaceResponse> {
    return callMethod(this.caller, ApiOpenNetInterface_spec, req);
  }
  ApiCloseNetInterface(req: ApiCloseNetInterfaceRequest): Promise<ApiCloseNetInterfaceResponse> {
    return callMethod(this.caller, ApiCloseNetInterface_spec, req);
  }
  ApiGetNetInterfaceState(req: ApiGetNetInterfaceStateRequest): Promise<ApiGetNetInterfaceStateResponse> {
    return callMethod(this.caller, ApiGetNetInterfaceState_spec, req);
  }
  ApiGetNetInterface(req: ApiGetNetInterfaceRequest): Promise<ApiGetNetInterfaceResponse> {
    return callMethod(this.caller, ApiGetNetInterface_spec, req);
  }
  ApiGetNetInterfaceId(req: ApiGetNetInterfaceIdRequest): Promise<ApiGetNetInterfaceIdResponse> {
    return callMethod(this.caller, ApiGetNetInterfaceId_spec, req);
  }
  ApiNodeNetInterfaceControl(
    req: ApiNodeNetInterfaceControlRequest,
  ): Promise<ApiNodeNetInterfaceControlResponse> {
    return callMethod(this.caller, ApiNodeNetInterfaceControl_spec, req);
  }
  ApiNetInterfaceControl(req: ApiNetInterfaceControlRequest): Promise<ApiNetInterfaceControlResponse> {
    return callMethod(this.caller, ApiNetInterfaceControl_spec, req);
  }
  ApiAddNotifyNetInterface(req: ApiAddNotifyNetInterfaceRequest): Promise<ApiAddNotifyNetInterfaceResponse> {
    return callMethod(this.caller, ApiAddNotifyNetInterface_spec, req);
  }
  ApiReAddNotifyNetInterface(
    req: ApiReAddNotifyNetInterfaceRequest,
  ): Promise<ApiReAddNotifyNetInterfaceResponse> {
    return callMethod(this.caller, ApiReAddNotifyNetInterface_spec, req);
  }
  ApiCreateNodeEnum(req: ApiCreateNodeEnumRequest): Promise<ApiCreateNodeEnumResponse> {
    return callMethod(this.caller, ApiCreateNodeEnum_spec, req);
  }
  ApiGetClusterVersion2(req: ApiGetClusterVersion2Request = {}): Promise<ApiGetClusterVersion2Response> {
    return callMethod(this.caller, ApiGetClusterVersion2_spec, req);
  }
  ApiCreateResTypeEnum(req: ApiCreateResTypeEnumRequest): Promise<ApiCreateResTypeEnumResponse> {
    return callMethod(this.caller, ApiCreateResTypeEnum_spec, req);
  }
  ApiBackupClusterDatabase(req: ApiBackupClusterDatabaseRequest): Promise<ApiBackupClusterDatabaseResponse> {
    return callMethod(this.caller, ApiBackupClusterDatabase_spec, req);
  }
  ApiNodeClusterControl(req: ApiNodeClusterControlRequest): Promise<ApiNodeClusterControlResponse> {
    return callMethod(this.caller, ApiNodeClusterControl_spec, req);
  }
  ApiClusterControl(req: ApiClusterControlRequest): Promise<ApiClusterControlResponse> {
    return callMethod(this.caller, ApiClusterControl_spec, req);
  }
  ApiUnblockGetNotifyCall(req: ApiUnblockGetNotifyCallRequest): Promise<ApiUnblockGetNotifyCallResponse> {
    return callMethod(this.caller, ApiUnblockGetNotifyCall_spec, req);
  }
  ApiSetServiceAccountPassword(
    req: ApiSetServiceAccountPasswordRequest,
  ): Promise<ApiSetServiceAccountPasswordResponse> {
    return callMethod(this.caller, ApiSetServiceAccountPassword_spec, req);
  }
}

// --- Server

export interface Clusapi2Handlers {
  ApiOpenCluster(
    ctx: CallContext,
    req: ApiOpenClusterRequest,
  ): Promise<ApiOpenClusterResponse> | ApiOpenClusterResponse;
  ApiCloseCluster(
    ctx: CallContext,
    req: ApiCloseClusterRequest,
  ): Promise<ApiCloseClusterResponse> | ApiCloseClusterResponse;
  ApiSetClusterName(
    ctx: CallContext,
    req: ApiSetClusterNameRequest,
  ): Promise<ApiSetClusterNameResponse> | ApiSetClusterNameResponse;
  ApiGetClusterName(
    ctx: CallContext,
    req: ApiGetClusterNameRequest,
  ): Promise<ApiGetClusterNameResponse> | ApiGetClusterNameResponse;
  ApiGetClusterVersion(
    ctx: CallContext,
    req: ApiGetClusterVersionRequest,
  ): Promise<ApiGetClusterVersionResponse> | ApiGetClusterVersionResponse;
  ApiGetQuorumResource(
    ctx: CallContext,
    req: ApiGetQuorumResourceRequest,
  ): Promise<ApiGetQuorumResourceResponse> | ApiGetQuorumResourceResponse;
  ApiSetQuorumResource(
    ctx: CallContext,
    req: ApiSetQuorumResourceRequest,
  ): Promise<ApiSetQuorumResourceResponse> | ApiSetQuorumResourceResponse;
  ApiCreateEnum(
    ctx: CallContext,
    req: ApiCreateEnumRequest,
  ): Promise<ApiCreateEnumResponse> | ApiCreateEnumResponse;
  ApiOpenResource(
    ctx: CallContext,
    req: ApiOpenResourceRequest,
  ): Promise<ApiOpenResourceResponse> | ApiOpenResourceResponse;
  ApiCreateResource(
    ctx: CallContext,
    req: ApiCreateResourceRequest,
  ): Promise<ApiCreateResourceResponse> | ApiCreateResourceResponse;
  ApiDeleteResource(
    ctx: CallContext,
    req: ApiDeleteResourceRequest,
  ): Promise<ApiDeleteResourceResponse> | ApiDeleteResourceResponse;
  ApiCloseResource(
    ctx: CallContext,
    req: ApiCloseResourceRequest,
  ): Promise<ApiCloseResourceResponse> | ApiCloseResourceResponse;
  ApiGetResourceState(
    ctx: CallContext,
    req: ApiGetResourceStateRequest,
  ): Promise<ApiGetResourceStateResponse> | ApiGetResourceStateResponse;
  ApiSetResourceName(
    ctx: CallContext,
    req: ApiSetResourceNameRequest,
  ): Promise<ApiSetResourceNameResponse> | ApiSetResourceNameResponse;
  ApiGetResourceId(
    ctx: CallContext,
    req: ApiGetResourceIdRequest,
  ): Promise<ApiGetResourceIdResponse> | ApiGetResourceIdResponse;
  ApiGetResourceType(
    ctx: CallContext,
    req: ApiGetResourceTypeRequest,
  ): Promise<ApiGetResourceTypeResponse> | ApiGetResourceTypeResponse;
  ApiFailResource(
    ctx: CallContext,
    req: ApiFailResourceRequest,
  ): Promise<ApiFailResourceResponse> | ApiFailResourceResponse;
  ApiOnlineResource(
    ctx: CallContext,
    req: ApiOnlineResourceRequest,
  ): Promise<ApiOnlineResourceResponse> | ApiOnlineResourceResponse;
  ApiOfflineResource(
    ctx: CallContext,
    req: ApiOfflineResourceRequest,
  ): Promise<ApiOfflineResourceResponse> | ApiOfflineResourceResponse;
  ApiAddResourceDependency(
    ctx: CallContext,
    req: ApiAddResourceDependencyRequest,
  ): Promise<ApiAddResourceDependencyResponse> | ApiAddResourceDependencyResponse;
  ApiRemoveResourceDependency(
    ctx: CallContext,
    req: ApiRemoveResourceDependencyRequest,
  ): Promise<ApiRemoveResourceDependencyResponse> | ApiRemoveResourceDependencyResponse;
  ApiCanResourceBeDependent(
    ctx: CallContext,
    req: ApiCanResourceBeDependentRequest,
  ): Promise<ApiCanResourceBeDependentResponse> | ApiCanResourceBeDependentResponse;
  ApiCreateResEnum(
    ctx: CallContext,
    req: ApiCreateResEnumRequest,
  ): Promise<ApiCreateResEnumResponse> | ApiCreateResEnumResponse;
  ApiAddResourceNode(
    ctx: CallContext,
    req: ApiAddResourceNodeRequest,
  ): Promise<ApiAddResourceNodeResponse> | ApiAddResourceNodeResponse;
  ApiRemoveResourceNode(
    ctx: CallContext,
    req: ApiRemoveResourceNodeRequest,
  ): Promise<ApiRemoveResourceNodeResponse> | ApiRemoveResourceNodeResponse;
  ApiChangeResourceGroup(
    ctx: CallContext,
    req: ApiChangeResourceGroupRequest,
  ): Promise<ApiChangeResourceGroupResponse> | ApiChangeResourceGroupResponse;
  ApiCreateResourceType(
    ctx: CallContext,
    req: ApiCreateResourceTypeRequest,
  ): Promise<ApiCreateResourceTypeResponse> | ApiCreateResourceTypeResponse;
  ApiDeleteResourceType(
    ctx: CallContext,
    req: ApiDeleteResourceTypeRequest,
  ): Promise<ApiDeleteResourceTypeResponse> | ApiDeleteResourceTypeResponse;
  ApiGetRootKey(
    ctx: CallContext,
    req: ApiGetRootKeyRequest,
  ): Promise<ApiGetRootKeyResponse> | ApiGetRootKeyResponse;
  ApiCreateKey(
    ctx: CallContext,
    req: ApiCreateKeyRequest,
  ): Promise<ApiCreateKeyResponse> | ApiCreateKeyResponse;
  ApiOpenKey(ctx: CallContext, req: ApiOpenKeyRequest): Promise<ApiOpenKeyResponse> | ApiOpenKeyResponse;
  ApiEnumKey(ctx: CallContext, req: ApiEnumKeyRequest): Promise<ApiEnumKeyResponse> | ApiEnumKeyResponse;
  ApiSetValue(ctx: CallContext, req: ApiSetValueRequest): Promise<ApiSetValueResponse> | ApiSetValueResponse;
  ApiDeleteValue(
    ctx: CallContext,
    req: ApiDeleteValueRequest,
  ): Promise<ApiDeleteValueResponse> | ApiDeleteValueResponse;
  ApiQueryValue(
    ctx: CallContext,
    req: ApiQueryValueRequest,
  ): Promise<ApiQueryValueResponse> | ApiQueryValueResponse;
  ApiDeleteKey(
    ctx: CallContext,
    req: ApiDeleteKeyRequest,
  ): Promise<ApiDeleteKeyResponse> | ApiDeleteKeyResponse;
  ApiEnumValue(
    ctx: CallContext,
    req: ApiEnumValueRequest,
  ): Promise<ApiEnumValueResponse> | ApiEnumValueResponse;
  ApiCloseKey(ctx: CallContext, req: ApiCloseKeyRequest): Promise<ApiCloseKeyResponse> | ApiCloseKeyResponse;
  ApiQueryInfoKey(
    ctx: CallContext,
    req: ApiQueryInfoKeyRequest,
  ): Promise<ApiQueryInfoKeyResponse> | ApiQueryInfoKeyResponse;
  ApiSetKeySecurity(
    ctx: CallContext,
    req: ApiSetKeySecurityRequest,
  ): Promise<ApiSetKeySecurityResponse> | ApiSetKeySecurityResponse;
  ApiGetKeySecurity(
    ctx: CallContext,
    req: ApiGetKeySecurityRequest,
  ): Promise<ApiGetKeySecurityResponse> | ApiGetKeySecurityResponse;
  ApiOpenGroup(
    ctx: CallContext,
    req: ApiOpenGroupRequest,
  ): Promise<ApiOpenGroupResponse> | ApiOpenGroupResponse;
  ApiCreateGroup(
    ctx: CallContext,
    req: ApiCreateGroupRequest,
  ): Promise<ApiCreateGroupResponse> | ApiCreateGroupResponse;
  ApiDeleteGroup(
    ctx: CallContext,
    req: ApiDeleteGroupRequest,
  ): Promise<ApiDeleteGroupResponse> | ApiDeleteGroupResponse;
  ApiCloseGroup(
    ctx: CallContext,
    req: ApiCloseGroupRequest,
  ): Promise<ApiCloseGroupResponse> | ApiCloseGroupResponse;
  ApiGetGroupState(
    ctx: CallContext,
    req: ApiGetGroupStateRequest,
  ): Promise<ApiGetGroupStateResponse> | ApiGetGroupStateResponse;
  ApiSetGroupName(
    ctx: CallContext,
    req: ApiSetGroupNameRequest,
  ): Promise<ApiSetGroupNameResponse> | ApiSetGroupNameResponse;
  ApiGetGroupId(
    ctx: CallContext,
    req: ApiGetGroupIdRequest,
  ): Promise<ApiGetGroupIdResponse> | ApiGetGroupIdResponse;
  ApiGetNodeId(
    ctx: CallContext,
    req: ApiGetNodeIdRequest,
  ): Promise<ApiGetNodeIdResponse> | ApiGetNodeIdResponse;
  ApiOnlineGroup(
    ctx: CallContext,
    req: ApiOnlineGroupRequest,
  ): Promise<ApiOnlineGroupResponse> | ApiOnlineGroupResponse;
  ApiOfflineGroup(
    ctx: CallContext,
    req: ApiOfflineGroupRequest,
  ): Promise<ApiOfflineGroupResponse> | ApiOfflineGroupResponse;
  ApiMoveGroup(
    ctx: CallContext,
    req: ApiMoveGroupRequest,
  ): Promise<ApiMoveGroupResponse> | ApiMoveGroupResponse;
  ApiMoveGroupToNode(
    ctx: CallContext,
    req: ApiMoveGroupToNodeRequest,
  ): Promise<ApiMoveGroupToNodeResponse> | ApiMoveGroupToNodeResponse;
  ApiCreateGroupResourceEnum(
    ctx: CallContext,
    req: ApiCreateGroupResourceEnumRequest,
  ): Promise<ApiCreateGroupResourceEnumResponse> | ApiCreateGroupResourceEnumResponse;
  ApiSetGroupNodeList(
    ctx: CallContext,
    req: ApiSetGroupNodeListRequest,
  ): Promise<ApiSetGroupNodeListResponse> | ApiSetGroupNodeListResponse;
  ApiCreateNotify(
    ctx: CallContext,
    req: ApiCreateNotifyRequest,
  ): Promise<ApiCreateNotifyResponse> | ApiCreateNotifyResponse;
  ApiCloseNotify(
    ctx: CallContext,
    req: ApiCloseNotifyRequest,
  ): Promise<ApiCloseNotifyResponse> | ApiCloseNotifyResponse;
  ApiAddNotifyCluster(
    ctx: CallContext,
    req: ApiAddNotifyClusterRequest,
  ): Promise<ApiAddNotifyClusterResponse> | ApiAddNotifyClusterResponse;
  ApiAddNotifyNode(
    ctx: CallContext,
    req: ApiAddNotifyNodeRequest,
  ): Promise<ApiAddNotifyNodeResponse> | ApiAddNotifyNodeResponse;
  ApiAddNotifyGroup(
    ctx: CallContext,
    req: ApiAddNotifyGroupRequest,
  ): Promise<ApiAddNotifyGroupResponse> | ApiAddNotifyGroupResponse;
  ApiAddNotifyResource(
    ctx: CallContext,
    req: ApiAddNotifyResourceRequest,
  ): Promise<ApiAddNotifyResourceResponse> | ApiAddNotifyResourceResponse;
  ApiAddNotifyKey(
    ctx: CallContext,
    req: ApiAddNotifyKeyRequest,
  ): Promise<ApiAddNotifyKeyResponse> | ApiAddNotifyKeyResponse;
  ApiReAddNotifyNode(
    ctx: CallContext,
    req: ApiReAddNotifyNodeRequest,
  ): Promise<ApiReAddNotifyNodeResponse> | ApiReAddNotifyNodeResponse;
  ApiReAddNotifyGroup(
    ctx: CallContext,
    req: ApiReAddNotifyGroupRequest,
  ): Promise<ApiReAddNotifyGroupResponse> | ApiReAddNotifyGroupResponse;
  ApiReAddNotifyResource(
    ctx: CallContext,
    req: ApiReAddNotifyResourceRequest,
  ): Promise<ApiReAddNotifyResourceResponse> | ApiReAddNotifyResourceResponse;
  ApiGetNotify(
    ctx: CallContext,
    req: ApiGetNotifyRequest,
  ): Promise<ApiGetNotifyResponse> | ApiGetNotifyResponse;
  ApiOpenNode(ctx: CallContext, req: ApiOpenNodeRequest): Promise<ApiOpenNodeResponse> | ApiOpenNodeResponse;
  ApiCloseNode(
    ctx: CallContext,
    req: ApiCloseNodeRequest,
  ): Promise<ApiCloseNodeResponse> | ApiCloseNodeResponse;
  ApiGetNodeState(
    ctx: CallContext,
    req: ApiGetNodeStateRequest,
  ): Promise<ApiGetNodeStateResponse> | ApiGetNodeStateResponse;
  ApiPauseNode(
    ctx: CallContext,
    req: ApiPauseNodeRequest,
  ): Promise<ApiPauseNodeResponse> | ApiPauseNodeResponse;
  ApiResumeNode(
    ctx: CallContext,
    req: ApiResumeNodeRequest,
  ): Promise<ApiResumeNodeResponse> | ApiResumeNodeResponse;
  ApiEvictNode(
    ctx: CallContext,
    req: ApiEvictNodeRequest,
  ): Promise<ApiEvictNodeResponse> | ApiEvictNodeResponse;
  ApiNodeResourceControl(
    ctx: CallContext,
    req: ApiNodeResourceControlRequest,
  ): Promise<ApiNodeResourceControlResponse> | ApiNodeResourceControlResponse;
  ApiResourceControl(
    ctx: CallContext,
    req: ApiResourceControlRequest,
  ): Promise<ApiResourceControlResponse> | ApiResourceControlResponse;
  ApiNodeResourceTypeControl(
    ctx: CallContext,
    req: ApiNodeResourceTypeControlRequest,
  ): Promise<ApiNodeResourceTypeControlResponse> | ApiNodeResourceTypeControlResponse;
  ApiResourceTypeControl(
    ctx: CallContext,
    req: ApiResourceTypeControlRequest,
  ): Promise<ApiResourceTypeControlResponse> | ApiResourceTypeControlResponse;
  ApiNodeGroupControl(
    ctx: CallContext,
    req: ApiNodeGroupControlRequest,
  ): Promise<ApiNodeGroupControlResponse> | ApiNodeGroupControlResponse;
  ApiGroupControl(
    ctx: CallContext,
    req: ApiGroupControlRequest,
  ): Promise<ApiGroupControlResponse> | ApiGroupControlResponse;
  ApiNodeNodeControl(
    ctx: CallContext,
    req: ApiNodeNodeControlRequest,
  ): Promise<ApiNodeNodeControlResponse> | ApiNodeNodeControlResponse;
  ApiNodeControl(
    ctx: CallContext,
    req: ApiNodeControlRequest,
  ): Promise<ApiNodeControlResponse> | ApiNodeControlResponse;
  ApiOpenNetwork(
    ctx: CallContext,
    req: ApiOpenNetworkRequest,
  ): Promise<ApiOpenNetworkResponse> | ApiOpenNetworkResponse;
  ApiCloseNetwork(
    ctx: CallContext,
    req: ApiCloseNetworkRequest,
  ): Promise<ApiCloseNetworkResponse> | ApiCloseNetworkResponse;
  ApiGetNetworkState(
    ctx: CallContext,
    req: ApiGetNetworkStateRequest,
  ): Promise<ApiGetNetworkStateResponse> | ApiGetNetworkStateResponse;
  ApiSetNetworkName(
    ctx: CallContext,
    req: ApiSetNetworkNameRequest,
  ): Promise<ApiSetNetworkNameResponse> | ApiSetNetworkNameResponse;
  ApiCreateNetworkEnum(
    ctx: CallContext,
    req: ApiCreateNetworkEnumRequest,
  ): Promise<ApiCreateNetworkEnumResponse> | ApiCreateNetworkEnumResponse;
  ApiGetNetworkId(
    ctx: CallContext,
    req: ApiGetNetworkIdRequest,
  ): Promise<ApiGetNetworkIdResponse> | ApiGetNetworkIdResponse;
  ApiSetNetworkPriorityOrder(
    ctx: CallContext,
    req: ApiSetNetworkPriorityOrderRequest,
  ): Promise<ApiSetNetworkPriorityOrderResponse> | ApiSetNetworkPriorityOrderResponse;
  ApiNodeNetworkControl(
    ctx: CallContext,
    req: ApiNodeNetworkControlRequest,
  ): Promise<ApiNodeNetworkControlResponse> | ApiNodeNetworkControlResponse;
  ApiNetworkControl(
    ctx: CallContext,
    req: ApiNetworkControlRequest,
  ): Promise<ApiNetworkControlResponse> | ApiNetworkControlResponse;
  ApiAddNotifyNetwork(
    ctx: CallContext,
    req: ApiAddNotifyNetworkRequest,
  ): Promise<ApiAddNotifyNetworkResponse> | ApiAddNotifyNetworkResponse;
  ApiReAddNotifyNetwork(
    ctx: CallContext,
    req: ApiReAddNotifyNetworkRequest,
  ): Promise<ApiReAddNotifyNetworkResponse> | ApiReAddNotifyNetworkResponse;
  ApiOpenNetInterface(
    ctx: CallContext,
    req: ApiOpenNetInterfaceRequest,
  ): Promise<ApiOpenNetInterfaceResponse> | ApiOpenNetInterfaceResponse;
  ApiCloseNetInterface(
    ctx: CallContext,
    req: ApiCloseNetInterfaceRequest,
  ): Promise<ApiCloseNetInterfaceResponse> | ApiCloseNetInterfaceResponse;
  ApiGetNetInterfaceState(
    ctx: CallContext,
    req: ApiGetNetInterfaceStateRequest,
  ): Promise<ApiGetNetInterfaceStateResponse> | ApiGetNetInterfaceStateResponse;
  ApiGetNetInterface(
    ctx: CallContext,
    req: ApiGetNetInterfaceRequest,
  ): Promise<ApiGetNetInterfaceResponse> | ApiGetNetInterfaceResponse;
  ApiGetNetInterfaceId(
    ctx: CallContext,
    req: ApiGetNetInterfaceIdRequest,
  ): Promise<ApiGetNetInterfaceIdResponse> | ApiGetNetInterfaceIdResponse;
  ApiNodeNetInterfaceControl(
    ctx: CallContext,
    req: ApiNodeNetInterfaceControlRequest,
  ): Promise<ApiNodeNetInterfaceControlResponse> | ApiNodeNetInterfaceControlResponse;
  ApiNetInterfaceControl(
    ctx: CallContext,
    req: ApiNetInterfaceControlRequest,
  ): Promise<ApiNetInterfaceControlResponse> | ApiNetInterfaceControlResponse;
  ApiAddNotifyNetInterface(
    ctx: CallContext,
    req: ApiAddNotifyNetInterfaceRequest,
  ): Promise<ApiAddNotifyNetInterfaceResponse> | ApiAddNotifyNetInterfaceResponse;
  ApiReAddNotifyNetInterface(
    ctx: CallContext,
    req: ApiReAddNotifyNetInterfaceRequest,
  ): Promise<ApiReAddNotifyNetInterfaceResponse> | ApiReAddNotifyNetInterfaceResponse;
  ApiCreateNodeEnum(
    ctx: CallContext,
    req: ApiCreateNodeEnumRequest,
  ): Promise<ApiCreateNodeEnumResponse> | ApiCreateNodeEnumResponse;
  ApiGetClusterVersion2(
    ctx: CallContext,
    req: ApiGetClusterVersion2Request,
  ): Promise<ApiGetClusterVersion2Response> | ApiGetClusterVersion2Response;
  ApiCreateResTypeEnum(
    ctx: CallContext,
    req: ApiCreateResTypeEnumRequest,
  ): Promise<ApiCreateResTypeEnumResponse> | ApiCreateResTypeEnumResponse;
  ApiBackupClusterDatabase(
    ctx: CallContext,
    req: ApiBackupClusterDatabaseRequest,
  ): Promise<ApiBackupClusterDatabaseResponse> | ApiBackupClusterDatabaseResponse;
  ApiNodeClusterControl(
    ctx: CallContext,
    req: ApiNodeClusterControlRequest,
  ): Promise<ApiNodeClusterControlResponse> | ApiNodeClusterControlResponse;
  ApiClusterControl(
    ctx: CallContext,
    req: ApiClusterControlRequest,
  ): Promise<ApiClusterControlResponse> | ApiClusterControlResponse;
  ApiUnblockGetNotifyCall(
    ctx: CallContext,
    req: ApiUnblockGetNotifyCallRequest,
  ): Promise<ApiUnblockGetNotifyCallResponse> | ApiUnblockGetNotifyCallResponse;
  ApiSetServiceAccountPassword(
    ctx: CallContext,
    req: ApiSetServiceAccountPasswordRequest,
  ): Promise<ApiSetServiceAccountPasswordResponse> | ApiSetServiceAccountPasswordResponse;
}
/** Dispatches clusapi calls to `handlers`; a missing handler answers ERROR_CALL_NOT_IMPLEMENTED. */
export function createClusapi2Server(
  handlers: Partial<Clusapi2Handlers>,
  opts: StubServerOptions = {},
): RpcServerInterface {
  return serveMethods(
    { name: 'clusapi', syntax: Clusapi2Syntax, transferSyntaxes: ['ndr20'], methods: Clusapi2Methods },
    handlers,
    opts,
  );
}
