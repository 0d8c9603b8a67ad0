// Generated from idl/cmrp.idl (interface clusapi v3.0) by `npm run gen`.
// Do not edit: change the IDL (or idl/patches) or src/idl/emit*.ts and regenerate.

import {
  conformantArray,
  conformantVaryingArray,
  contextHandle,
  enum16,
  errorStatus,
  i32,
  i64,
  pointer,
  range,
  string,
  struct,
  u16,
  u32,
  u64,
  u8,
  uint3264,
  wchar,
} from '../../ndr/index.js';
import type { NdrType, Scope } from '../../ndr/index.js';
import { Win32 } from '../../errors/status.js';
import type { RpcCaller } from '../../rpc/caller.js';
import { callMethod, serveMethods, zeroFillCount } from '../../rpc/stubs.js';
import type { MethodSpec, MethodTable, StubServerOptions } from '../../rpc/stubs.js';
import type { CallContext, RpcServerInterface, SyntaxId } from '../../rpc/types.js';

// --- Context handles (branded: a handle of one kind is refused where another is expected)

export type HBATCH_PORT_RPC = Uint8Array & { readonly __brand: 'HBATCH_PORT_RPC' };
export const HBATCH_PORT_RPC_ndr = contextHandle as NdrType<HBATCH_PORT_RPC>;
export type HCLUSTER_RPC = Uint8Array & { readonly __brand: 'HCLUSTER_RPC' };
export const HCLUSTER_RPC_ndr = contextHandle as NdrType<HCLUSTER_RPC>;
export type HGENERIC_RPC = Uint8Array & { readonly __brand: 'HGENERIC_RPC' };
export const HGENERIC_RPC_ndr = contextHandle as NdrType<HGENERIC_RPC>;
export type HGROUPSET_RPC = Uint8Array & { readonly __brand: 'HGROUPSET_RPC' };
export const HGROUPSET_RPC_ndr = contextHandle as NdrType<HGROUPSET_RPC>;
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

export interface CLUSTER_CREATE_GROUP_INFO_RPC {
  dwVersion: number;
  dwGroupType: number;
}
export const CLUSTER_CREATE_GROUP_INFO_RPC_ndr: NdrType<CLUSTER_CREATE_GROUP_INFO_RPC> =
  struct<CLUSTER_CREATE_GROUP_INFO_RPC>('CLUSTER_CREATE_GROUP_INFO_RPC', [
    ['dwVersion', u32],
    ['dwGroupType', u32],
  ]);

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

export interface GROUP_ENUM_ENTRY {
  Name: string | null;
  Id: string | null;
  dwState: number;
  Owner: string | null;
  dwFlags: number;
  cbProperties: number;
  Properties: Uint8Array | null;
  cbRoProperties: number;
  RoProperties: Uint8Array | null;
}
export const GROUP_ENUM_ENTRY_ndr: NdrType<GROUP_ENUM_ENTRY> = struct<GROUP_ENUM_ENTRY>('GROUP_ENUM_ENTRY', [
  ['Name', pointer('unique', string('utf16'))],
  ['Id', pointer('unique', string('utf16'))],
  ['dwState', u32],
  ['Owner', pointer('unique', string('utf16'))],
  ['dwFlags', u32],
  ['cbProperties', u32],
  ['Properties', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbProperties as number }))],
  ['cbRoProperties', u32],
  [
    'RoProperties',
    pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbRoProperties as number })),
  ],
]);

export interface GROUP_ENUM_LIST {
  EntryCount: number;
  Entry: GROUP_ENUM_ENTRY[];
}
export const GROUP_ENUM_LIST_ndr: NdrType<GROUP_ENUM_LIST> = struct<GROUP_ENUM_LIST>('GROUP_ENUM_LIST', [
  ['EntryCount', u32],
  ['Entry', conformantArray(GROUP_ENUM_ENTRY_ndr, { size: (s: Scope) => s.EntryCount as number })],
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

export interface NOTIFICATION_DATA_ASYNC_RPC {
  dwNotifyKey: number;
  dwFilter: number;
  Name: string | null;
}
export const NOTIFICATION_DATA_ASYNC_RPC_ndr: NdrType<NOTIFICATION_DATA_ASYNC_RPC> =
  struct<NOTIFICATION_DATA_ASYNC_RPC>('NOTIFICATION_DATA_ASYNC_RPC', [
    ['dwNotifyKey', u32],
    ['dwFilter', u32],
    ['Name', pointer('unique', string('utf16'))],
  ]);

export interface NOTIFY_FILTER_AND_TYPE_RPC {
  dwObjectType: number;
  FilterFlags: bigint;
}
export const NOTIFY_FILTER_AND_TYPE_RPC_ndr: NdrType<NOTIFY_FILTER_AND_TYPE_RPC> =
  struct<NOTIFY_FILTER_AND_TYPE_RPC>('NOTIFY_FILTER_AND_TYPE_RPC', [
    ['dwObjectType', u32],
    ['FilterFlags', i64],
  ]);

export interface NOTIFICATION_DATA_RPC {
  FilterAndType: NOTIFY_FILTER_AND_TYPE_RPC;
  buffer: Uint8Array | null;
  dwBufferSize: number;
  ObjectId: string | null;
  ParentId: string | null;
  Name: string | null;
  Type: string | null;
}
export const NOTIFICATION_DATA_RPC_ndr: NdrType<NOTIFICATION_DATA_RPC> = struct<NOTIFICATION_DATA_RPC>(
  'NOTIFICATION_DATA_RPC',
  [
    ['FilterAndType', NOTIFY_FILTER_AND_TYPE_RPC_ndr],
    ['buffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwBufferSize as number }))],
    ['dwBufferSize', u32],
    ['ObjectId', pointer('unique', string('utf16'))],
    ['ParentId', pointer('unique', string('utf16'))],
    ['Name', pointer('unique', string('utf16'))],
    ['Type', pointer('unique', string('utf16'))],
  ],
);

export interface NOTIFICATION_RPC {
  dwNotifyKey: bigint;
  NotificationData: NOTIFICATION_DATA_RPC;
}
export const NOTIFICATION_RPC_ndr: NdrType<NOTIFICATION_RPC> = struct<NOTIFICATION_RPC>('NOTIFICATION_RPC', [
  ['dwNotifyKey', uint3264],
  ['NotificationData', NOTIFICATION_DATA_RPC_ndr],
]);

export interface RESOURCE_ENUM_ENTRY {
  Name: string | null;
  Id: string | null;
  OwnerName: string | null;
  OwnerId: string | null;
  cbProperties: number;
  Properties: Uint8Array | null;
  cbRoProperties: number;
  RoProperties: Uint8Array | null;
}
export const RESOURCE_ENUM_ENTRY_ndr: NdrType<RESOURCE_ENUM_ENTRY> = struct<RESOURCE_ENUM_ENTRY>(
  'RESOURCE_ENUM_ENTRY',
  [
    ['Name', pointer('unique', string('utf16'))],
    ['Id', pointer('unique', string('utf16'))],
    ['OwnerName', pointer('unique', string('utf16'))],
    ['OwnerId', pointer('unique', string('utf16'))],
    ['cbProperties', u32],
    ['Properties', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbProperties as number }))],
    ['cbRoProperties', u32],
    [
      'RoProperties',
      pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbRoProperties as number })),
    ],
  ],
);

export interface RESOURCE_ENUM_LIST {
  EntryCount: number;
  Entry: RESOURCE_ENUM_ENTRY[];
}
export const RESOURCE_ENUM_LIST_ndr: NdrType<RESOURCE_ENUM_LIST> = struct<RESOURCE_ENUM_LIST>(
  'RESOURCE_ENUM_LIST',
  [
    ['EntryCount', u32],
    ['Entry', conformantArray(RESOURCE_ENUM_ENTRY_ndr, { size: (s: Scope) => s.EntryCount as number })],
  ],
);

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

export const Clusapi3Syntax: SyntaxId = { uuid: 'b97db8b2-4c63-11cf-bff6-08002be23f2f', major: 3, minor: 0 };
/** Every opnum of clusapi v3.0; index = opnum. */
export const Clusapi3Opnums = {
  syntax: Clusapi3Syntax,
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
    { opnum: 109, name: 'ApiSetResourceDependencyExpression', kind: 'method' },
    { opnum: 110, name: 'ApiGetResourceDependencyExpression', kind: 'method' },
    { opnum: 111, name: 'Opnum111NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 112, name: 'ApiGetResourceNetworkName', kind: 'method' },
    { opnum: 113, name: 'ApiExecuteBatch', kind: 'method' },
    { opnum: 114, name: 'ApiCreateBatchPort', kind: 'method' },
    { opnum: 115, name: 'ApiGetBatchNotification', kind: 'method' },
    { opnum: 116, name: 'ApiCloseBatchPort', kind: 'method' },
    { opnum: 117, name: 'ApiOpenClusterEx', kind: 'method' },
    { opnum: 118, name: 'ApiOpenNodeEx', kind: 'method' },
    { opnum: 119, name: 'ApiOpenGroupEx', kind: 'method' },
    { opnum: 120, name: 'ApiOpenResourceEx', kind: 'method' },
    { opnum: 121, name: 'ApiOpenNetworkEx', kind: 'method' },
    { opnum: 122, name: 'ApiOpenNetInterfaceEx', kind: 'method' },
    { opnum: 123, name: 'ApiChangeCsvState', kind: 'method' },
    { opnum: 124, name: 'ApiCreateNodeEnumEx', kind: 'method' },
    { opnum: 125, name: 'ApiCreateEnumEx', kind: 'method' },
    { opnum: 126, name: 'ApiPauseNodeEx', kind: 'method' },
    { opnum: 127, name: 'ApiPauseNodeWithDrainTarget', kind: 'method' },
    { opnum: 128, name: 'ApiResumeNodeEx', kind: 'method' },
    { opnum: 129, name: 'ApiCreateGroupEx', kind: 'method' },
    { opnum: 130, name: 'ApiOnlineGroupEx', kind: 'method' },
    { opnum: 131, name: 'ApiOfflineGroupEx', kind: 'method' },
    { opnum: 132, name: 'ApiMoveGroupEx', kind: 'method' },
    { opnum: 133, name: 'ApiMoveGroupToNodeEx', kind: 'method' },
    { opnum: 134, name: 'ApiCancelClusterGroupOperation', kind: 'method' },
    { opnum: 135, name: 'ApiOnlineResourceEx', kind: 'method' },
    { opnum: 136, name: 'ApiOfflineResourceEx', kind: 'method' },
    { opnum: 137, name: 'ApiCreateNotifyV2', kind: 'method' },
    { opnum: 138, name: 'ApiAddNotifyV2', kind: 'method' },
    { opnum: 139, name: 'ApiGetNotifyV2', kind: 'method' },
    { opnum: 140, name: 'Opnum140NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 141, name: 'Opnum141NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 142, name: 'Opnum142NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 143, name: 'ApiCreateGroupEnum', kind: 'method' },
    { opnum: 144, name: 'ApiCreateResourceEnum', kind: 'method' },
    { opnum: 145, name: 'ApiExecuteReadBatch', kind: 'method' },
    { opnum: 146, name: 'ApiRestartResource', kind: 'method' },
    { opnum: 147, name: 'ApiGetNotifyAsync', kind: 'method' },
    { opnum: 148, name: 'Opnum148NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 149, name: 'Opnum149otUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 150, name: 'Opnum150NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 151, name: 'Opnum151NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 152, name: 'Opnum152NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 153, name: 'Opnum153NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 154, name: 'Opnum154NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 155, name: 'ApiAddNotifyResourceTypeV2', kind: 'method' },
    { opnum: 156, name: 'Opnum156NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 157, name: 'ApiExecuteReadBatchEx', kind: 'method' },
    { opnum: 158, name: 'Opnum158NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 159, name: 'Opnum159NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 160, name: 'Opnum160NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 161, name: 'Opnum161NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 162, name: 'Opnum162NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 163, name: 'ApiCreateGroupSet', kind: 'method' },
    { opnum: 164, name: 'ApiOpenGroupSet', kind: 'method' },
    { opnum: 165, name: 'ApiCloseGroupSet', kind: 'method' },
    { opnum: 166, name: 'ApiDeleteGroupSet', kind: 'method' },
    { opnum: 167, name: 'ApiAddGroupToGroupSet', kind: 'method' },
    { opnum: 168, name: 'ApiRemoveGroupFromGroupSet', kind: 'method' },
    { opnum: 169, name: 'ApiMoveGroupToGroupSet', kind: 'method' },
    { opnum: 170, name: 'Opnum170NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 171, name: 'ApiAddGroupSetDependency', kind: 'method' },
    { opnum: 172, name: 'ApiAddGroupToGroupSetDependency', kind: 'method' },
    { opnum: 173, name: 'ApiNodeGroupSetControl', kind: 'method' },
    { opnum: 174, name: 'ApiGroupSetControl', kind: 'method' },
    { opnum: 175, name: 'ApiSetGroupDependencyExpression', kind: 'method' },
    { opnum: 176, name: 'ApiRemoveClusterGroupDependency', kind: 'method' },
    { opnum: 177, name: 'ApiSetGroupSetDependencyExpression', kind: 'method' },
    { opnum: 178, name: 'ApiRemoveGroupSetDependency', kind: 'method' },
    { opnum: 179, name: 'ApiRemoveClusterGroupToGroupSetDependency', kind: 'method' },
    { opnum: 180, name: 'ApiCreateGroupSetEnum', kind: 'method' },
    { opnum: 181, name: 'ApiCreateNetInterfaceEnum', kind: 'method' },
    { opnum: 182, name: 'ApiChangeCsvStateEx', kind: 'method' },
    { opnum: 183, name: 'ApiAddGroupToGroupSetEx', kind: 'method' },
    { opnum: 184, name: 'ApiChangeResourceGroupEx', kind: 'method' },
    { opnum: 185, name: 'ApiClusterNativeUpdateControl', kind: 'method' },
    { opnum: 186, name: 'Opnum186Reserved', kind: 'reserved' },
    { opnum: 187, name: 'Opnum187Reserved', kind: 'reserved' },
    { opnum: 188, name: 'Opnum188Reserved', kind: 'reserved' },
    { opnum: 189, name: 'Opnum189Reserved', kind: 'reserved' },
    { opnum: 190, name: 'Opnum190Reserved', kind: 'reserved' },
    { opnum: 191, name: 'Opnum191Reserved', kind: 'reserved' },
    { opnum: 192, name: 'Opnum192Reserved', kind: 'reserved' },
    { opnum: 193, name: 'Opnum193Reserved', kind: 'reserved' },
    { opnum: 194, name: 'Opnum194Reserved', kind: 'reserved' },
    { opnum: 195, name: 'Opnum195Reserved', kind: 'reserved' },
    { opnum: 196, name: 'Opnum196Reserved', kind: 'reserved' },
    { opnum: 197, name: 'Opnum197Reserved', kind: 'reserved' },
    { opnum: 198, name: 'Opnum198Reserved', kind: 'reserved' },
    { opnum: 199, name: 'Opnum199Reserved', kind: 'reserved' },
    { opnum: 200, name: 'Opnum200Reserved', kind: 'reserved' },
    { opnum: 201, name: 'Opnum201Reserved', kind: 'reserved' },
    { opnum: 202, name: 'Opnum202Reserved', kind: 'reserved' },
    { opnum: 203, name: 'Opnum203Reserved', kind: 'reserved' },
    { opnum: 204, name: 'Opnum204Reserved', kind: 'reserved' },
    { opnum: 205, name: 'Opnum205Reserved', kind: 'reserved' },
    { opnum: 206, name: 'Opnum206Reserved', kind: 'reserved' },
    { opnum: 207, name: 'Opnum207Reserved', kind: 'reserved' },
    { opnum: 208, name: 'Opnum208Reserved', kind: 'reserved' },
    { opnum: 209, name: 'Opnum209Reserved', kind: 'reserved' },
    { opnum: 210, name: 'Opnum210Reserved', kind: 'reserved' },
    { opnum: 211, name: 'Opnum211Reserved', kind: 'reserved' },
    { opnum: 212, name: 'Opnum212Reserved', kind: 'reserved' },
    { opnum: 213, name: 'Opnum213Reserved', kind: 'reserved' },
    { opnum: 214, name: 'Opnum214Reserved', kind: 'reserved' },
    { opnum: 215, name: 'Opnum215Reserved', kind: 'reserved' },
    { opnum: 216, name: 'Opnum216Reserved', kind: 'reserved' },
    { opnum: 217, name: 'Opnum217Reserved', kind: 'reserved' },
    { opnum: 218, name: 'Opnum218Reserved', kind: 'reserved' },
    { opnum: 219, name: 'Opnum219Reserved', kind: 'reserved' },
    { opnum: 220, name: 'Opnum220Reserved', kind: 'reserved' },
    { opnum: 221, name: 'Opnum221Reserved', kind: 'reserved' },
    { opnum: 222, name: 'Opnum222Reserved', kind: 'reserved' },
    { opnum: 223, name: 'Opnum223Reserved', kind: 'reserved' },
    { opnum: 224, name: 'Opnum224Reserved', kind: 'reserved' },
    { opnum: 225, name: 'Opnum225Reserved', kind: 'reserved' },
    { opnum: 226, name: 'Opnum226Reserved', kind: 'reserved' },
    { opnum: 227, name: 'Opnum227Reserved', kind: 'reserved' },
    { opnum: 228, name: 'Opnum228Reserved', kind: 'reserved' },
    { opnum: 229, name: 'Opnum229Reserved', kind: 'reserved' },
    { opnum: 230, name: 'Opnum230Reserved', kind: 'reserved' },
    { opnum: 231, name: 'Opnum231Reserved', kind: 'reserved' },
    { opnum: 232, name: 'Opnum232Reserved', kind: 'reserved' },
    { opnum: 233, name: 'Opnum233Reserved', kind: 'reserved' },
    { opnum: 234, name: 'Opnum234Reserved', kind: 'reserved' },
    { opnum: 235, name: 'Opnum235Reserved', kind: 'reserved' },
    { opnum: 236, name: 'Opnum236Reserved', kind: 'reserved' },
    { opnum: 237, name: 'Opnum237Reserved', kind: 'reserved' },
    { opnum: 238, name: 'Opnum238Reserved', kind: 'reserved' },
    { opnum: 239, name: 'Opnum239Reserved', kind: 'reserved' },
    { opnum: 240, name: 'Opnum240Reserved', kind: 'reserved' },
    { opnum: 241, name: 'Opnum241Reserved', kind: 'reserved' },
    { opnum: 242, name: 'Opnum242Reserved', kind: 'reserved' },
    { opnum: 243, name: 'Opnum243Reserved', kind: 'reserved' },
    { opnum: 244, name: 'Opnum244Reserved', kind: 'reserved' },
    { opnum: 245, name: 'Opnum245Reserved', kind: 'reserved' },
    { opnum: 246, name: 'Opnum246Reserved', kind: 'reserved' },
    { opnum: 247, name: 'Opnum247Reserved', kind: 'reserved' },
    { opnum: 248, name: 'Opnum248Reserved', kind: 'reserved' },
    { opnum: 249, name: 'Opnum249Reserved', kind: 'reserved' },
    { opnum: 250, name: 'Opnum250Reserved', kind: 'reserved' },
    { opnum: 251, name: 'Opnum251Reserved', kind: 'reserved' },
    { opnum: 252, name: 'Opnum252Reserved', kind: 'reserved' },
    { opnum: 253, name: 'Opnum253Reserved', kind: 'reserved' },
    { opnum: 254, name: 'Opnum254Reserved', kind: 'reserved' },
    { opnum: 255, name: 'Opnum255Reserved', kind: 'reserved' },
    { opnum: 256, name: 'Opnum256Reserved', kind: 'reserved' },
    { opnum: 257, name: 'Opnum257Reserved', kind: 'reserved' },
    { opnum: 258, name: 'Opnum258Reserved', kind: 'reserved' },
    { opnum: 259, name: 'Opnum259Reserved', kind: 'reserved' },
    { opnum: 260, name: 'Opnum260Reserved', kind: 'reserved' },
    { opnum: 261, name: 'Opnum261Reserved', kind: 'reserved' },
    { opnum: 262, name: 'Opnum262Reserved', kind: 'reserved' },
    { opnum: 263, name: 'Opnum263Reserved', kind: 'reserved' },
    { opnum: 264, name: 'Opnum264NotUsedOnWire', kind: 'notUsedOnWire' },
  ],
} as const;
export const Clusapi3Opnum = {
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
  ApiSetResourceDependencyExpression: 109,
  ApiGetResourceDependencyExpression: 110,
  ApiGetResourceNetworkName: 112,
  ApiExecuteBatch: 113,
  ApiCreateBatchPort: 114,
  ApiGetBatchNotification: 115,
  ApiCloseBatchPort: 116,
  ApiOpenClusterEx: 117,
  ApiOpenNodeEx: 118,
  ApiOpenGroupEx: 119,
  ApiOpenResourceEx: 120,
  ApiOpenNetworkEx: 121,
  ApiOpenNetInterfaceEx: 122,
  ApiChangeCsvState: 123,
  ApiCreateNodeEnumEx: 124,
  ApiCreateEnumEx: 125,
  ApiPauseNodeEx: 126,
  ApiPauseNodeWithDrainTarget: 127,
  ApiResumeNodeEx: 128,
  ApiCreateGroupEx: 129,
  ApiOnlineGroupEx: 130,
  ApiOfflineGroupEx: 131,
  ApiMoveGroupEx: 132,
  ApiMoveGroupToNodeEx: 133,
  ApiCancelClusterGroupOperation: 134,
  ApiOnlineResourceEx: 135,
  ApiOfflineResourceEx: 136,
  ApiCreateNotifyV2: 137,
  ApiAddNotifyV2: 138,
  ApiGetNotifyV2: 139,
  ApiCreateGroupEnum: 143,
  ApiCreateResourceEnum: 144,
  ApiExecuteReadBatch: 145,
  ApiRestartResource: 146,
  ApiGetNotifyAsync: 147,
  ApiAddNotifyResourceTypeV2: 155,
  ApiExecuteReadBatchEx: 157,
  ApiCreateGroupSet: 163,
  ApiOpenGroupSet: 164,
  ApiCloseGroupSet: 165,
  ApiDeleteGroupSet: 166,
  ApiAddGroupToGroupSet: 167,
  ApiRemoveGroupFromGroupSet: 168,
  ApiMoveGroupToGroupSet: 169,
  ApiAddGroupSetDependency: 171,
  ApiAddGroupToGroupSetDependency: 172,
  ApiNodeGroupSetControl: 173,
  ApiGroupSetControl: 174,
  ApiSetGroupDependencyExpression: 175,
  ApiRemoveClusterGroupDependency: 176,
  ApiSetGroupSetDependencyExpression: 177,
  ApiRemoveGroupSetDependency: 178,
  ApiRemoveClusterGroupToGroupSetDependency: 179,
  ApiCreateGroupSetEnum: 180,
  ApiCreateNetInterfaceEnum: 181,
  ApiChangeCsvStateEx: 182,
  ApiAddGroupToGroupSetEx: 183,
  ApiChangeResourceGroupEx: 184,
  ApiClusterNativeUpdateControl: 185,
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
  rpc_status: number;
  ret: number;
};
const ApiSetClusterName_spec: MethodSpec<ApiSetClusterNameRequest, ApiSetClusterNameResponse> = {
  opnum: 2,
  name: 'ApiSetClusterName',
  request: [['NewClusterName', pointer('ref', string('utf16'))]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetClusterNameRequest): ApiSetClusterNameResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetQuorumResourceRequest): ApiGetQuorumResourceResponse => ({
    lpszResourceName: null,
    lpszDeviceName: null,
    pdwMaxQuorumLogSize: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetQuorumResourceRequest = {
  hResource: HRES_RPC;
  lpszDeviceName: string;
  dwMaxQuorumLogSize: number;
};
export type ApiSetQuorumResourceResponse = {
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetQuorumResourceRequest): ApiSetQuorumResourceResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateEnumRequest = {
  dwType: number;
};
export type ApiCreateEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
  ret: number;
};
const ApiCreateEnum_spec: MethodSpec<ApiCreateEnumRequest, ApiCreateEnumResponse> = {
  opnum: 7,
  name: 'ApiCreateEnum',
  request: [['dwType', u32]],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateEnumRequest): ApiCreateEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenResourceRequest = {
  lpszResourceName: string;
};
export type ApiOpenResourceResponse = {
  Status: number;
  rpc_status: number;
  ret: HRES_RPC;
};
const ApiOpenResource_spec: MethodSpec<ApiOpenResourceRequest, ApiOpenResourceResponse> = {
  opnum: 8,
  name: 'ApiOpenResource',
  request: [['lpszResourceName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HRES_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenResourceRequest): ApiOpenResourceResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HRES_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateResourceRequest): ApiCreateResourceResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HRES_RPC,
  }),
};

export type ApiDeleteResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiDeleteResourceResponse = {
  rpc_status: number;
  ret: number;
};
const ApiDeleteResource_spec: MethodSpec<ApiDeleteResourceRequest, ApiDeleteResourceResponse> = {
  opnum: 10,
  name: 'ApiDeleteResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiDeleteResourceRequest): ApiDeleteResourceResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetResourceStateRequest): ApiGetResourceStateResponse => ({
    State: 0,
    NodeName: null,
    GroupName: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetResourceNameRequest = {
  hResource: HRES_RPC;
  lpszResourceName: string;
};
export type ApiSetResourceNameResponse = {
  rpc_status: number;
  ret: number;
};
const ApiSetResourceName_spec: MethodSpec<ApiSetResourceNameRequest, ApiSetResourceNameResponse> = {
  opnum: 13,
  name: 'ApiSetResourceName',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['lpszResourceName', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetResourceNameRequest): ApiSetResourceNameResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetResourceIdRequest = {
  hResource: HRES_RPC;
};
export type ApiGetResourceIdResponse = {
  pGuid: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetResourceId_spec: MethodSpec<ApiGetResourceIdRequest, ApiGetResourceIdResponse> = {
  opnum: 14,
  name: 'ApiGetResourceId',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetResourceIdRequest): ApiGetResourceIdResponse => ({
    pGuid: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetResourceTypeRequest = {
  hResource: HRES_RPC;
};
export type ApiGetResourceTypeResponse = {
  lpszResourceType: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetResourceType_spec: MethodSpec<ApiGetResourceTypeRequest, ApiGetResourceTypeResponse> = {
  opnum: 15,
  name: 'ApiGetResourceType',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['lpszResourceType', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetResourceTypeRequest): ApiGetResourceTypeResponse => ({
    lpszResourceType: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiFailResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiFailResourceResponse = {
  rpc_status: number;
  ret: number;
};
const ApiFailResource_spec: MethodSpec<ApiFailResourceRequest, ApiFailResourceResponse> = {
  opnum: 16,
  name: 'ApiFailResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiFailResourceRequest): ApiFailResourceResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOnlineResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiOnlineResourceResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOnlineResource_spec: MethodSpec<ApiOnlineResourceRequest, ApiOnlineResourceResponse> = {
  opnum: 17,
  name: 'ApiOnlineResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOnlineResourceRequest): ApiOnlineResourceResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOfflineResourceRequest = {
  hResource: HRES_RPC;
};
export type ApiOfflineResourceResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOfflineResource_spec: MethodSpec<ApiOfflineResourceRequest, ApiOfflineResourceResponse> = {
  opnum: 18,
  name: 'ApiOfflineResource',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOfflineResourceRequest): ApiOfflineResourceResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddResourceDependencyRequest = {
  hResource: HRES_RPC;
  hDependsOn: HRES_RPC;
};
export type ApiAddResourceDependencyResponse = {
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddResourceDependencyRequest): ApiAddResourceDependencyResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiRemoveResourceDependencyRequest = {
  hResource: HRES_RPC;
  hDependsOn: HRES_RPC;
};
export type ApiRemoveResourceDependencyResponse = {
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiRemoveResourceDependencyRequest): ApiRemoveResourceDependencyResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCanResourceBeDependentRequest = {
  hResource: HRES_RPC;
  hResourceDependent: HRES_RPC;
};
export type ApiCanResourceBeDependentResponse = {
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCanResourceBeDependentRequest): ApiCanResourceBeDependentResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateResEnumRequest = {
  hResource: HRES_RPC;
  dwType: number;
};
export type ApiCreateResEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateResEnumRequest): ApiCreateResEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddResourceNodeRequest = {
  hResource: HRES_RPC;
  hNode: HNODE_RPC;
};
export type ApiAddResourceNodeResponse = {
  rpc_status: number;
  ret: number;
};
const ApiAddResourceNode_spec: MethodSpec<ApiAddResourceNodeRequest, ApiAddResourceNodeResponse> = {
  opnum: 23,
  name: 'ApiAddResourceNode',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddResourceNodeRequest): ApiAddResourceNodeResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiRemoveResourceNodeRequest = {
  hResource: HRES_RPC;
  hNode: HNODE_RPC;
};
export type ApiRemoveResourceNodeResponse = {
  rpc_status: number;
  ret: number;
};
const ApiRemoveResourceNode_spec: MethodSpec<ApiRemoveResourceNodeRequest, ApiRemoveResourceNodeResponse> = {
  opnum: 24,
  name: 'ApiRemoveResourceNode',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiRemoveResourceNodeRequest): ApiRemoveResourceNodeResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiChangeResourceGroupRequest = {
  hResource: HRES_RPC;
  hGroup: HGROUP_RPC;
};
export type ApiChangeResourceGroupResponse = {
  rpc_status: number;
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
    response: [
      ['rpc_status', pointer('ref', errorStatus)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiChangeResourceGroupRequest): ApiChangeResourceGroupResponse => ({
      rpc_status: 0,
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
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateResourceTypeRequest): ApiCreateResourceTypeResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiDeleteResourceTypeRequest = {
  lpszTypeName: string;
};
export type ApiDeleteResourceTypeResponse = {
  rpc_status: number;
  ret: number;
};
const ApiDeleteResourceType_spec: MethodSpec<ApiDeleteResourceTypeRequest, ApiDeleteResourceTypeResponse> = {
  opnum: 27,
  name: 'ApiDeleteResourceType',
  request: [['lpszTypeName', pointer('ref', string('utf16'))]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiDeleteResourceTypeRequest): ApiDeleteResourceTypeResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetRootKeyRequest = {
  samDesired: number;
};
export type ApiGetRootKeyResponse = {
  Status: number;
  rpc_status: number;
  ret: HKEY_RPC;
};
const ApiGetRootKey_spec: MethodSpec<ApiGetRootKeyRequest, ApiGetRootKeyResponse> = {
  opnum: 28,
  name: 'ApiGetRootKey',
  request: [['samDesired', u32]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HKEY_RPC_ndr],
  ],
  notImplemented: (_req: ApiGetRootKeyRequest): ApiGetRootKeyResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HKEY_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateKeyRequest): ApiCreateKeyResponse => ({
    lpdwDisposition: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HKEY_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenKeyRequest): ApiOpenKeyResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiEnumKeyRequest): ApiEnumKeyResponse => ({
    KeyName: null,
    lpftLastWriteTime: { dwLowDateTime: 0, dwHighDateTime: 0 },
    rpc_status: 0,
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
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetValueRequest): ApiSetValueResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiDeleteValueRequest = {
  hKey: HKEY_RPC;
  lpValueName: string;
};
export type ApiDeleteValueResponse = {
  rpc_status: number;
  ret: number;
};
const ApiDeleteValue_spec: MethodSpec<ApiDeleteValueRequest, ApiDeleteValueResponse> = {
  opnum: 33,
  name: 'ApiDeleteValue',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpValueName', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiDeleteValueRequest): ApiDeleteValueResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiQueryValueRequest): ApiQueryValueResponse => ({
    lpValueType: 0,
    lpData: new Uint8Array(zeroFillCount(((s: Scope) => s.cbData as number)(req as Scope))),
    lpcbRequired: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiDeleteKeyRequest = {
  hKey: HKEY_RPC;
  lpSubKey: string;
};
export type ApiDeleteKeyResponse = {
  rpc_status: number;
  ret: number;
};
const ApiDeleteKey_spec: MethodSpec<ApiDeleteKeyRequest, ApiDeleteKeyResponse> = {
  opnum: 35,
  name: 'ApiDeleteKey',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['lpSubKey', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiDeleteKeyRequest): ApiDeleteKeyResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiEnumValueRequest): ApiEnumValueResponse => ({
    lpValueName: null,
    lpType: 0,
    lpData: new Uint8Array(zeroFillCount(((s: Scope) => s.lpcbData as number)(req as Scope))),
    lpcbData: req.lpcbData,
    TotalSize: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
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
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetKeySecurityRequest = {
  hKey: HKEY_RPC;
  SecurityInformation: number;
  pRpcSecurityDescriptor: RPC_SECURITY_DESCRIPTOR;
};
export type ApiSetKeySecurityResponse = {
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetKeySecurityRequest): ApiSetKeySecurityResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiGetKeySecurityRequest): ApiGetKeySecurityResponse => ({
    pRpcSecurityDescriptor: req.pRpcSecurityDescriptor,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenGroupRequest = {
  lpszGroupName: string;
};
export type ApiOpenGroupResponse = {
  Status: number;
  rpc_status: number;
  ret: HGROUP_RPC;
};
const ApiOpenGroup_spec: MethodSpec<ApiOpenGroupRequest, ApiOpenGroupResponse> = {
  opnum: 41,
  name: 'ApiOpenGroup',
  request: [['lpszGroupName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HGROUP_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenGroupRequest): ApiOpenGroupResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HGROUP_RPC,
  }),
};

export type ApiCreateGroupRequest = {
  lpszGroupName: string;
};
export type ApiCreateGroupResponse = {
  Status: number;
  rpc_status: number;
  ret: HGROUP_RPC;
};
const ApiCreateGroup_spec: MethodSpec<ApiCreateGroupRequest, ApiCreateGroupResponse> = {
  opnum: 42,
  name: 'ApiCreateGroup',
  request: [['lpszGroupName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HGROUP_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateGroupRequest): ApiCreateGroupResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HGROUP_RPC,
  }),
};

export type ApiDeleteGroupRequest = {
  Group: HGROUP_RPC;
  force: number;
};
export type ApiDeleteGroupResponse = {
  rpc_status: number;
  ret: number;
};
const ApiDeleteGroup_spec: MethodSpec<ApiDeleteGroupRequest, ApiDeleteGroupResponse> = {
  opnum: 43,
  name: 'ApiDeleteGroup',
  request: [
    ['Group', HGROUP_RPC_ndr],
    ['force', i32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiDeleteGroupRequest): ApiDeleteGroupResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
  ret: number;
};
const ApiGetGroupState_spec: MethodSpec<ApiGetGroupStateRequest, ApiGetGroupStateResponse> = {
  opnum: 45,
  name: 'ApiGetGroupState',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['NodeName', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetGroupStateRequest): ApiGetGroupStateResponse => ({
    State: 0,
    NodeName: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetGroupNameRequest = {
  hGroup: HGROUP_RPC;
  lpszGroupName: string;
};
export type ApiSetGroupNameResponse = {
  rpc_status: number;
  ret: number;
};
const ApiSetGroupName_spec: MethodSpec<ApiSetGroupNameRequest, ApiSetGroupNameResponse> = {
  opnum: 46,
  name: 'ApiSetGroupName',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['lpszGroupName', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetGroupNameRequest): ApiSetGroupNameResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetGroupIdRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiGetGroupIdResponse = {
  pGuid: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetGroupId_spec: MethodSpec<ApiGetGroupIdRequest, ApiGetGroupIdResponse> = {
  opnum: 47,
  name: 'ApiGetGroupId',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetGroupIdRequest): ApiGetGroupIdResponse => ({
    pGuid: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNodeIdRequest = {
  hNode: HNODE_RPC;
};
export type ApiGetNodeIdResponse = {
  pGuid: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetNodeId_spec: MethodSpec<ApiGetNodeIdRequest, ApiGetNodeIdResponse> = {
  opnum: 48,
  name: 'ApiGetNodeId',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNodeIdRequest): ApiGetNodeIdResponse => ({
    pGuid: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOnlineGroupRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiOnlineGroupResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOnlineGroup_spec: MethodSpec<ApiOnlineGroupRequest, ApiOnlineGroupResponse> = {
  opnum: 49,
  name: 'ApiOnlineGroup',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOnlineGroupRequest): ApiOnlineGroupResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOfflineGroupRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiOfflineGroupResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOfflineGroup_spec: MethodSpec<ApiOfflineGroupRequest, ApiOfflineGroupResponse> = {
  opnum: 50,
  name: 'ApiOfflineGroup',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOfflineGroupRequest): ApiOfflineGroupResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiMoveGroupRequest = {
  hGroup: HGROUP_RPC;
};
export type ApiMoveGroupResponse = {
  rpc_status: number;
  ret: number;
};
const ApiMoveGroup_spec: MethodSpec<ApiMoveGroupRequest, ApiMoveGroupResponse> = {
  opnum: 51,
  name: 'ApiMoveGroup',
  request: [['hGroup', HGROUP_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiMoveGroupRequest): ApiMoveGroupResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiMoveGroupToNodeRequest = {
  hGroup: HGROUP_RPC;
  hNode: HNODE_RPC;
};
export type ApiMoveGroupToNodeResponse = {
  rpc_status: number;
  ret: number;
};
const ApiMoveGroupToNode_spec: MethodSpec<ApiMoveGroupToNodeRequest, ApiMoveGroupToNodeResponse> = {
  opnum: 52,
  name: 'ApiMoveGroupToNode',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiMoveGroupToNodeRequest): ApiMoveGroupToNodeResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateGroupResourceEnumRequest = {
  hGroup: HGROUP_RPC;
  dwType: number;
};
export type ApiCreateGroupResourceEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateGroupResourceEnumRequest): ApiCreateGroupResourceEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetGroupNodeListRequest = {
  hGroup: HGROUP_RPC;
  multiSzNodeList: number[] | null;
  cchListSize: number;
};
export type ApiSetGroupNodeListResponse = {
  rpc_status: number;
  ret: number;
};
const ApiSetGroupNodeList_spec: MethodSpec<ApiSetGroupNodeListRequest, ApiSetGroupNodeListResponse> = {
  opnum: 54,
  name: 'ApiSetGroupNodeList',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    [
      'multiSzNodeList',
      pointer('unique', conformantArray(wchar, { size: (s: Scope) => s.cchListSize as number })),
    ],
    ['cchListSize', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetGroupNodeListRequest): ApiSetGroupNodeListResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNotifyRequest = Record<string, never>;
export type ApiCreateNotifyResponse = {
  Status: number;
  rpc_status: number;
  ret: HNOTIFY_RPC;
};
const ApiCreateNotify_spec: MethodSpec<ApiCreateNotifyRequest, ApiCreateNotifyResponse> = {
  opnum: 55,
  name: 'ApiCreateNotify',
  request: [],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNOTIFY_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateNotifyRequest): ApiCreateNotifyResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HNOTIFY_RPC,
  }),
};

export type ApiCloseNotifyRequest = {
  Notify: HNOTIFY_RPC;
};
export type ApiCloseNotifyResponse = {
  Notify: HNOTIFY_RPC;
  ret: number;
};
const ApiCloseNotify_spec: MethodSpec<ApiCloseNotifyRequest, ApiCloseNotifyResponse> = {
  opnum: 56,
  name: 'ApiCloseNotify',
  request: [['Notify', pointer('ref', HNOTIFY_RPC_ndr)]],
  response: [
    ['Notify', pointer('ref', HNOTIFY_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseNotifyRequest): ApiCloseNotifyResponse => ({
    Notify: req.Notify,
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
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyClusterRequest): ApiAddNotifyClusterResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyNodeRequest): ApiAddNotifyNodeResponse => ({
    dwStateSequence: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyGroupRequest): ApiAddNotifyGroupResponse => ({
    dwStateSequence: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyResourceRequest): ApiAddNotifyResourceResponse => ({
    dwStateSequence: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyKeyRequest = {
  hNotify: HNOTIFY_RPC;
  hKey: HKEY_RPC;
  dwNotifyKey: number;
  Filter: number;
  WatchSubTree: number;
};
export type ApiAddNotifyKeyResponse = {
  rpc_status: number;
  ret: number;
};
const ApiAddNotifyKey_spec: MethodSpec<ApiAddNotifyKeyRequest, ApiAddNotifyKeyResponse> = {
  opnum: 61,
  name: 'ApiAddNotifyKey',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hKey', HKEY_RPC_ndr],
    ['dwNotifyKey', u32],
    ['Filter', u32],
    ['WatchSubTree', i32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyKeyRequest): ApiAddNotifyKeyResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiReAddNotifyNodeRequest): ApiReAddNotifyNodeResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiReAddNotifyGroupRequest): ApiReAddNotifyGroupResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    response: [
      ['rpc_status', pointer('ref', errorStatus)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiReAddNotifyResourceRequest): ApiReAddNotifyResourceResponse => ({
      rpc_status: 0,
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiGetNotifyRequest = {
  hNotify: HNOTIFY_RPC;
};
export type ApiGetNotifyResponse = {
  dwNotifyKey: number;
  dwFilter: number;
  dwStateSequence: number;
  Name: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetNotify_spec: MethodSpec<ApiGetNotifyRequest, ApiGetNotifyResponse> = {
  opnum: 65,
  name: 'ApiGetNotify',
  request: [['hNotify', HNOTIFY_RPC_ndr]],
  response: [
    ['dwNotifyKey', pointer('ref', u32)],
    ['dwFilter', pointer('ref', u32)],
    ['dwStateSequence', pointer('ref', u32)],
    ['Name', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNotifyRequest): ApiGetNotifyResponse => ({
    dwNotifyKey: 0,
    dwFilter: 0,
    dwStateSequence: 0,
    Name: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenNodeRequest = {
  lpszNodeName: string;
};
export type ApiOpenNodeResponse = {
  Status: number;
  rpc_status: number;
  ret: HNODE_RPC;
};
const ApiOpenNode_spec: MethodSpec<ApiOpenNodeRequest, ApiOpenNodeResponse> = {
  opnum: 66,
  name: 'ApiOpenNode',
  request: [['lpszNodeName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNODE_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNodeRequest): ApiOpenNodeResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
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
  rpc_status: number;
  ret: number;
};
const ApiGetNodeState_spec: MethodSpec<ApiGetNodeStateRequest, ApiGetNodeStateResponse> = {
  opnum: 68,
  name: 'ApiGetNodeState',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNodeStateRequest): ApiGetNodeStateResponse => ({
    State: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiPauseNodeRequest = {
  hNode: HNODE_RPC;
};
export type ApiPauseNodeResponse = {
  rpc_status: number;
  ret: number;
};
const ApiPauseNode_spec: MethodSpec<ApiPauseNodeRequest, ApiPauseNodeResponse> = {
  opnum: 69,
  name: 'ApiPauseNode',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiPauseNodeRequest): ApiPauseNodeResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiResumeNodeRequest = {
  hNode: HNODE_RPC;
};
export type ApiResumeNodeResponse = {
  rpc_status: number;
  ret: number;
};
const ApiResumeNode_spec: MethodSpec<ApiResumeNodeRequest, ApiResumeNodeResponse> = {
  opnum: 70,
  name: 'ApiResumeNode',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiResumeNodeRequest): ApiResumeNodeResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiEvictNodeRequest = {
  hNode: HNODE_RPC;
};
export type ApiEvictNodeResponse = {
  rpc_status: number;
  ret: number;
};
const ApiEvictNode_spec: MethodSpec<ApiEvictNodeRequest, ApiEvictNodeResponse> = {
  opnum: 71,
  name: 'ApiEvictNode',
  request: [['hNode', HNODE_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiEvictNodeRequest): ApiEvictNodeResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
      ['rpc_status', pointer('ref', errorStatus)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiNodeResourceControlRequest): ApiNodeResourceControlResponse => ({
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiResourceControlRequest): ApiResourceControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeResourceTypeControlRequest): ApiNodeResourceTypeControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
      ['rpc_status', pointer('ref', errorStatus)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiResourceTypeControlRequest): ApiResourceTypeControlResponse => ({
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeGroupControlRequest): ApiNodeGroupControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGroupControlRequest): ApiGroupControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeNodeControlRequest): ApiNodeNodeControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeControlRequest): ApiNodeControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenNetworkRequest = {
  lpszNetworkName: string;
};
export type ApiOpenNetworkResponse = {
  Status: number;
  rpc_status: number;
  ret: HNETWORK_RPC;
};
const ApiOpenNetwork_spec: MethodSpec<ApiOpenNetworkRequest, ApiOpenNetworkResponse> = {
  opnum: 81,
  name: 'ApiOpenNetwork',
  request: [['lpszNetworkName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNETWORK_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNetworkRequest): ApiOpenNetworkResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
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
  rpc_status: number;
  ret: number;
};
const ApiGetNetworkState_spec: MethodSpec<ApiGetNetworkStateRequest, ApiGetNetworkStateResponse> = {
  opnum: 83,
  name: 'ApiGetNetworkState',
  request: [['hNetwork', HNETWORK_RPC_ndr]],
  response: [
    ['State', pointer('ref', u32)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetworkStateRequest): ApiGetNetworkStateResponse => ({
    State: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetNetworkNameRequest = {
  hNetwork: HNETWORK_RPC;
  lpszNetworkName: string;
};
export type ApiSetNetworkNameResponse = {
  rpc_status: number;
  ret: number;
};
const ApiSetNetworkName_spec: MethodSpec<ApiSetNetworkNameRequest, ApiSetNetworkNameResponse> = {
  opnum: 84,
  name: 'ApiSetNetworkName',
  request: [
    ['hNetwork', HNETWORK_RPC_ndr],
    ['lpszNetworkName', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetNetworkNameRequest): ApiSetNetworkNameResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNetworkEnumRequest = {
  hNetwork: HNETWORK_RPC;
  dwType: number;
};
export type ApiCreateNetworkEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateNetworkEnumRequest): ApiCreateNetworkEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetworkIdRequest = {
  hNetwork: HNETWORK_RPC;
};
export type ApiGetNetworkIdResponse = {
  pGuid: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetNetworkId_spec: MethodSpec<ApiGetNetworkIdRequest, ApiGetNetworkIdResponse> = {
  opnum: 86,
  name: 'ApiGetNetworkId',
  request: [['hNetwork', HNETWORK_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetworkIdRequest): ApiGetNetworkIdResponse => ({
    pGuid: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetNetworkPriorityOrderRequest = {
  NetworkCount: number;
  NetworkIdList: (string | null)[];
};
export type ApiSetNetworkPriorityOrderResponse = {
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiSetNetworkPriorityOrderRequest): ApiSetNetworkPriorityOrderResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeNetworkControlRequest): ApiNodeNetworkControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNetworkControlRequest): ApiNetworkControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyNetworkRequest): ApiAddNotifyNetworkResponse => ({
    dwStateSequence: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiReAddNotifyNetworkRequest): ApiReAddNotifyNetworkResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenNetInterfaceRequest = {
  lpszNetInterfaceName: string;
};
export type ApiOpenNetInterfaceResponse = {
  Status: number;
  rpc_status: number;
  ret: HNETINTERFACE_RPC;
};
const ApiOpenNetInterface_spec: MethodSpec<ApiOpenNetInterfaceRequest, ApiOpenNetInterfaceResponse> = {
  opnum: 92,
  name: 'ApiOpenNetInterface',
  request: [['lpszNetInterfaceName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNETINTERFACE_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNetInterfaceRequest): ApiOpenNetInterfaceResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetInterfaceStateRequest): ApiGetNetInterfaceStateResponse => ({
    State: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetInterfaceRequest = {
  lpszNodeName: string;
  lpszNetworkName: string;
};
export type ApiGetNetInterfaceResponse = {
  lppszInterfaceName: string | null;
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetInterfaceRequest): ApiGetNetInterfaceResponse => ({
    lppszInterfaceName: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNetInterfaceIdRequest = {
  hNetInterface: HNETINTERFACE_RPC;
};
export type ApiGetNetInterfaceIdResponse = {
  pGuid: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetNetInterfaceId_spec: MethodSpec<ApiGetNetInterfaceIdRequest, ApiGetNetInterfaceIdResponse> = {
  opnum: 96,
  name: 'ApiGetNetInterfaceId',
  request: [['hNetInterface', HNETINTERFACE_RPC_ndr]],
  response: [
    ['pGuid', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNetInterfaceIdRequest): ApiGetNetInterfaceIdResponse => ({
    pGuid: null,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeNetInterfaceControlRequest): ApiNodeNetInterfaceControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
      ['rpc_status', pointer('ref', errorStatus)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiNetInterfaceControlRequest): ApiNetInterfaceControlResponse => ({
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyNetInterfaceRequest): ApiAddNotifyNetInterfaceResponse => ({
    dwStateSequence: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiReAddNotifyNetInterfaceRequest): ApiReAddNotifyNetInterfaceResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNodeEnumRequest = {
  hNode: HNODE_RPC;
  dwType: number;
};
export type ApiCreateNodeEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateNodeEnumRequest): ApiCreateNodeEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetClusterVersion2Request): ApiGetClusterVersion2Response => ({
    lpwMajorVersion: 0,
    lpwMinorVersion: 0,
    lpwBuildNumber: 0,
    lpszVendorId: null,
    lpszCSDVersion: null,
    ppClusterOpVerInfo: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateResTypeEnumRequest = {
  lpszTypeName: string;
  dwType: number;
};
export type ApiCreateResTypeEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateResTypeEnumRequest): ApiCreateResTypeEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiBackupClusterDatabaseRequest = {
  lpszPathName: string;
};
export type ApiBackupClusterDatabaseResponse = {
  rpc_status: number;
  ret: number;
};
const ApiBackupClusterDatabase_spec: MethodSpec<
  ApiBackupClusterDatabaseRequest,
  ApiBackupClusterDatabaseResponse
> = {
  opnum: 104,
  name: 'ApiBackupClusterDatabase',
  request: [['lpszPathName', pointer('ref', string('utf16'))]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiBackupClusterDatabaseRequest): ApiBackupClusterDatabaseResponse => ({
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiNodeClusterControlRequest): ApiNodeClusterControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
  rpc_status: number;
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiClusterControlRequest): ApiClusterControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
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
    ['ReturnStatusBufferSize', range(u32, 0, 65536)],
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

export type ApiSetResourceDependencyExpressionRequest = {
  hResource: HRES_RPC;
  lpszDependencyExpression: string | null;
};
export type ApiSetResourceDependencyExpressionResponse = {
  rpc_status: number;
  ret: number;
};
const ApiSetResourceDependencyExpression_spec: MethodSpec<
  ApiSetResourceDependencyExpressionRequest,
  ApiSetResourceDependencyExpressionResponse
> = {
  opnum: 109,
  name: 'ApiSetResourceDependencyExpression',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['lpszDependencyExpression', pointer('unique', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (
    _req: ApiSetResourceDependencyExpressionRequest,
  ): ApiSetResourceDependencyExpressionResponse => ({ rpc_status: 0, ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type ApiGetResourceDependencyExpressionRequest = {
  hResource: HRES_RPC;
};
export type ApiGetResourceDependencyExpressionResponse = {
  lpszDependencyExpression: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetResourceDependencyExpression_spec: MethodSpec<
  ApiGetResourceDependencyExpressionRequest,
  ApiGetResourceDependencyExpressionResponse
> = {
  opnum: 110,
  name: 'ApiGetResourceDependencyExpression',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['lpszDependencyExpression', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (
    _req: ApiGetResourceDependencyExpressionRequest,
  ): ApiGetResourceDependencyExpressionResponse => ({
    lpszDependencyExpression: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetResourceNetworkNameRequest = {
  hResource: HRES_RPC;
};
export type ApiGetResourceNetworkNameResponse = {
  lpszName: string | null;
  rpc_status: number;
  ret: number;
};
const ApiGetResourceNetworkName_spec: MethodSpec<
  ApiGetResourceNetworkNameRequest,
  ApiGetResourceNetworkNameResponse
> = {
  opnum: 112,
  name: 'ApiGetResourceNetworkName',
  request: [['hResource', HRES_RPC_ndr]],
  response: [
    ['lpszName', pointer('ref', pointer('unique', string('utf16')))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetResourceNetworkNameRequest): ApiGetResourceNetworkNameResponse => ({
    lpszName: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiExecuteBatchRequest = {
  hKey: HKEY_RPC;
  cbData: number;
  lpData: Uint8Array;
};
export type ApiExecuteBatchResponse = {
  pdwFailedCommand: number;
  rpc_status: number;
  ret: number;
};
const ApiExecuteBatch_spec: MethodSpec<ApiExecuteBatchRequest, ApiExecuteBatchResponse> = {
  opnum: 113,
  name: 'ApiExecuteBatch',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['cbData', u32],
    ['lpData', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbData as number }))],
  ],
  response: [
    ['pdwFailedCommand', pointer('ref', i32)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiExecuteBatchRequest): ApiExecuteBatchResponse => ({
    pdwFailedCommand: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateBatchPortRequest = {
  hKey: HKEY_RPC;
};
export type ApiCreateBatchPortResponse = {
  phBatchPort: HBATCH_PORT_RPC;
  rpc_status: number;
  ret: number;
};
const ApiCreateBatchPort_spec: MethodSpec<ApiCreateBatchPortRequest, ApiCreateBatchPortResponse> = {
  opnum: 114,
  name: 'ApiCreateBatchPort',
  request: [['hKey', HKEY_RPC_ndr]],
  response: [
    ['phBatchPort', pointer('ref', HBATCH_PORT_RPC_ndr)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateBatchPortRequest): ApiCreateBatchPortResponse => ({
    phBatchPort: new Uint8Array(20) as HBATCH_PORT_RPC,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetBatchNotificationRequest = {
  hBatchNotify: HBATCH_PORT_RPC;
};
export type ApiGetBatchNotificationResponse = {
  cbData: number;
  lpData: Uint8Array | null;
  ret: number;
};
const ApiGetBatchNotification_spec: MethodSpec<
  ApiGetBatchNotificationRequest,
  ApiGetBatchNotificationResponse
> = {
  opnum: 115,
  name: 'ApiGetBatchNotification',
  request: [['hBatchNotify', HBATCH_PORT_RPC_ndr]],
  response: [
    ['cbData', pointer('ref', u32)],
    [
      'lpData',
      pointer('ref', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbData as number }))),
    ],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetBatchNotificationRequest): ApiGetBatchNotificationResponse => ({
    cbData: 0,
    lpData: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCloseBatchPortRequest = {
  phBatchPort: HBATCH_PORT_RPC;
};
export type ApiCloseBatchPortResponse = {
  phBatchPort: HBATCH_PORT_RPC;
  ret: number;
};
const ApiCloseBatchPort_spec: MethodSpec<ApiCloseBatchPortRequest, ApiCloseBatchPortResponse> = {
  opnum: 116,
  name: 'ApiCloseBatchPort',
  request: [['phBatchPort', pointer('ref', HBATCH_PORT_RPC_ndr)]],
  response: [
    ['phBatchPort', pointer('ref', HBATCH_PORT_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseBatchPortRequest): ApiCloseBatchPortResponse => ({
    phBatchPort: req.phBatchPort,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOpenClusterExRequest = {
  dwDesiredAccess: number;
};
export type ApiOpenClusterExResponse = {
  lpdwGrantedAccess: number;
  Status: number;
  ret: HCLUSTER_RPC;
};
const ApiOpenClusterEx_spec: MethodSpec<ApiOpenClusterExRequest, ApiOpenClusterExResponse> = {
  opnum: 117,
  name: 'ApiOpenClusterEx',
  request: [['dwDesiredAccess', u32]],
  response: [
    ['lpdwGrantedAccess', pointer('ref', u32)],
    ['Status', pointer('ref', errorStatus)],
    ['ret', HCLUSTER_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenClusterExRequest): ApiOpenClusterExResponse => ({
    lpdwGrantedAccess: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: new Uint8Array(20) as HCLUSTER_RPC,
  }),
};

export type ApiOpenNodeExRequest = {
  lpszNodeName: string;
  dwDesiredAccess: number;
};
export type ApiOpenNodeExResponse = {
  lpdwGrantedAccess: number;
  Status: number;
  rpc_status: number;
  ret: HNODE_RPC;
};
const ApiOpenNodeEx_spec: MethodSpec<ApiOpenNodeExRequest, ApiOpenNodeExResponse> = {
  opnum: 118,
  name: 'ApiOpenNodeEx',
  request: [
    ['lpszNodeName', pointer('ref', string('utf16'))],
    ['dwDesiredAccess', u32],
  ],
  response: [
    ['lpdwGrantedAccess', pointer('ref', u32)],
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNODE_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNodeExRequest): ApiOpenNodeExResponse => ({
    lpdwGrantedAccess: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HNODE_RPC,
  }),
};

export type ApiOpenGroupExRequest = {
  lpszGroupName: string;
  dwDesiredAccess: number;
};
export type ApiOpenGroupExResponse = {
  lpdwGrantedAccess: number;
  Status: number;
  rpc_status: number;
  ret: HGROUP_RPC;
};
const ApiOpenGroupEx_spec: MethodSpec<ApiOpenGroupExRequest, ApiOpenGroupExResponse> = {
  opnum: 119,
  name: 'ApiOpenGroupEx',
  request: [
    ['lpszGroupName', pointer('ref', string('utf16'))],
    ['dwDesiredAccess', u32],
  ],
  response: [
    ['lpdwGrantedAccess', pointer('ref', u32)],
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HGROUP_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenGroupExRequest): ApiOpenGroupExResponse => ({
    lpdwGrantedAccess: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HGROUP_RPC,
  }),
};

export type ApiOpenResourceExRequest = {
  lpszResourceName: string;
  dwDesiredAccess: number;
};
export type ApiOpenResourceExResponse = {
  lpdwGrantedAccess: number;
  Status: number;
  rpc_status: number;
  ret: HRES_RPC;
};
const ApiOpenResourceEx_spec: MethodSpec<ApiOpenResourceExRequest, ApiOpenResourceExResponse> = {
  opnum: 120,
  name: 'ApiOpenResourceEx',
  request: [
    ['lpszResourceName', pointer('ref', string('utf16'))],
    ['dwDesiredAccess', u32],
  ],
  response: [
    ['lpdwGrantedAccess', pointer('ref', u32)],
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HRES_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenResourceExRequest): ApiOpenResourceExResponse => ({
    lpdwGrantedAccess: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HRES_RPC,
  }),
};

export type ApiOpenNetworkExRequest = {
  lpszNetworkName: string;
  dwDesiredAccess: number;
};
export type ApiOpenNetworkExResponse = {
  lpdwGrantedAccess: number;
  Status: number;
  rpc_status: number;
  ret: HNETWORK_RPC;
};
const ApiOpenNetworkEx_spec: MethodSpec<ApiOpenNetworkExRequest, ApiOpenNetworkExResponse> = {
  opnum: 121,
  name: 'ApiOpenNetworkEx',
  request: [
    ['lpszNetworkName', pointer('ref', string('utf16'))],
    ['dwDesiredAccess', u32],
  ],
  response: [
    ['lpdwGrantedAccess', pointer('ref', u32)],
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNETWORK_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNetworkExRequest): ApiOpenNetworkExResponse => ({
    lpdwGrantedAccess: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HNETWORK_RPC,
  }),
};

export type ApiOpenNetInterfaceExRequest = {
  lpszNetInterfaceName: string;
  dwDesiredAccess: number;
};
export type ApiOpenNetInterfaceExResponse = {
  lpdwGrantedAccess: number;
  Status: number;
  rpc_status: number;
  ret: HNETINTERFACE_RPC;
};
const ApiOpenNetInterfaceEx_spec: MethodSpec<ApiOpenNetInterfaceExRequest, ApiOpenNetInterfaceExResponse> = {
  opnum: 122,
  name: 'ApiOpenNetInterfaceEx',
  request: [
    ['lpszNetInterfaceName', pointer('ref', string('utf16'))],
    ['dwDesiredAccess', u32],
  ],
  response: [
    ['lpdwGrantedAccess', pointer('ref', u32)],
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNETINTERFACE_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenNetInterfaceExRequest): ApiOpenNetInterfaceExResponse => ({
    lpdwGrantedAccess: 0,
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HNETINTERFACE_RPC,
  }),
};

export type ApiChangeCsvStateRequest = {
  hResource: HRES_RPC;
  dwState: number;
};
export type ApiChangeCsvStateResponse = {
  rpc_status: number;
  ret: number;
};
const ApiChangeCsvState_spec: MethodSpec<ApiChangeCsvStateRequest, ApiChangeCsvStateResponse> = {
  opnum: 123,
  name: 'ApiChangeCsvState',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['dwState', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiChangeCsvStateRequest): ApiChangeCsvStateResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNodeEnumExRequest = {
  hNode: HNODE_RPC;
  dwType: number;
  dwOptions: number;
};
export type ApiCreateNodeEnumExResponse = {
  ReturnIdEnum: ENUM_LIST | null;
  ReturnNameEnum: ENUM_LIST | null;
  rpc_status: number;
  ret: number;
};
const ApiCreateNodeEnumEx_spec: MethodSpec<ApiCreateNodeEnumExRequest, ApiCreateNodeEnumExResponse> = {
  opnum: 124,
  name: 'ApiCreateNodeEnumEx',
  request: [
    ['hNode', HNODE_RPC_ndr],
    ['dwType', u32],
    ['dwOptions', u32],
  ],
  response: [
    ['ReturnIdEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ReturnNameEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateNodeEnumExRequest): ApiCreateNodeEnumExResponse => ({
    ReturnIdEnum: null,
    ReturnNameEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateEnumExRequest = {
  hCluster: HCLUSTER_RPC;
  dwType: number;
  dwOptions: number;
};
export type ApiCreateEnumExResponse = {
  ReturnIdEnum: ENUM_LIST | null;
  ReturnNameEnum: ENUM_LIST | null;
  rpc_status: number;
  ret: number;
};
const ApiCreateEnumEx_spec: MethodSpec<ApiCreateEnumExRequest, ApiCreateEnumExResponse> = {
  opnum: 125,
  name: 'ApiCreateEnumEx',
  request: [
    ['hCluster', HCLUSTER_RPC_ndr],
    ['dwType', u32],
    ['dwOptions', u32],
  ],
  response: [
    ['ReturnIdEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['ReturnNameEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateEnumExRequest): ApiCreateEnumExResponse => ({
    ReturnIdEnum: null,
    ReturnNameEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiPauseNodeExRequest = {
  hNode: HNODE_RPC;
  bDrainNode: number;
  dwPauseFlags: number;
};
export type ApiPauseNodeExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiPauseNodeEx_spec: MethodSpec<ApiPauseNodeExRequest, ApiPauseNodeExResponse> = {
  opnum: 126,
  name: 'ApiPauseNodeEx',
  request: [
    ['hNode', HNODE_RPC_ndr],
    ['bDrainNode', i32],
    ['dwPauseFlags', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiPauseNodeExRequest): ApiPauseNodeExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiPauseNodeWithDrainTargetRequest = {
  hNode: HNODE_RPC;
  dwPauseFlags: number;
  hNodeDrainTarget: HNODE_RPC;
};
export type ApiPauseNodeWithDrainTargetResponse = {
  rpc_status: number;
  ret: number;
};
const ApiPauseNodeWithDrainTarget_spec: MethodSpec<
  ApiPauseNodeWithDrainTargetRequest,
  ApiPauseNodeWithDrainTargetResponse
> = {
  opnum: 127,
  name: 'ApiPauseNodeWithDrainTarget',
  request: [
    ['hNode', HNODE_RPC_ndr],
    ['dwPauseFlags', u32],
    ['hNodeDrainTarget', HNODE_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiPauseNodeWithDrainTargetRequest): ApiPauseNodeWithDrainTargetResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiResumeNodeExRequest = {
  hNode: HNODE_RPC;
  dwResumeFailbackType: number;
  dwResumeFlagsReserved: number;
};
export type ApiResumeNodeExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiResumeNodeEx_spec: MethodSpec<ApiResumeNodeExRequest, ApiResumeNodeExResponse> = {
  opnum: 128,
  name: 'ApiResumeNodeEx',
  request: [
    ['hNode', HNODE_RPC_ndr],
    ['dwResumeFailbackType', u32],
    ['dwResumeFlagsReserved', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiResumeNodeExRequest): ApiResumeNodeExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateGroupExRequest = {
  lpszGroupName: string;
  pGroupInfo: CLUSTER_CREATE_GROUP_INFO_RPC | null;
};
export type ApiCreateGroupExResponse = {
  Status: number;
  rpc_status: number;
  ret: HGROUP_RPC;
};
const ApiCreateGroupEx_spec: MethodSpec<ApiCreateGroupExRequest, ApiCreateGroupExResponse> = {
  opnum: 129,
  name: 'ApiCreateGroupEx',
  request: [
    ['lpszGroupName', pointer('ref', string('utf16'))],
    ['pGroupInfo', pointer('unique', CLUSTER_CREATE_GROUP_INFO_RPC_ndr)],
  ],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HGROUP_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateGroupExRequest): ApiCreateGroupExResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HGROUP_RPC,
  }),
};

export type ApiOnlineGroupExRequest = {
  hGroup: HGROUP_RPC;
  dwOnlineFlags: number;
  lpInBuffer: Uint8Array;
  cbInBufferSize: number;
};
export type ApiOnlineGroupExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOnlineGroupEx_spec: MethodSpec<ApiOnlineGroupExRequest, ApiOnlineGroupExResponse> = {
  opnum: 130,
  name: 'ApiOnlineGroupEx',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['dwOnlineFlags', u32],
    ['lpInBuffer', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInBufferSize as number }))],
    ['cbInBufferSize', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOnlineGroupExRequest): ApiOnlineGroupExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOfflineGroupExRequest = {
  hGroup: HGROUP_RPC;
  dwOfflineFlags: number;
  lpInBuffer: Uint8Array;
  cbInBufferSize: number;
};
export type ApiOfflineGroupExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOfflineGroupEx_spec: MethodSpec<ApiOfflineGroupExRequest, ApiOfflineGroupExResponse> = {
  opnum: 131,
  name: 'ApiOfflineGroupEx',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['dwOfflineFlags', u32],
    ['lpInBuffer', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInBufferSize as number }))],
    ['cbInBufferSize', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOfflineGroupExRequest): ApiOfflineGroupExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiMoveGroupExRequest = {
  hGroup: HGROUP_RPC;
  dwMoveFlags: number;
  lpInBuffer: Uint8Array;
  cbInBufferSize: number;
};
export type ApiMoveGroupExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiMoveGroupEx_spec: MethodSpec<ApiMoveGroupExRequest, ApiMoveGroupExResponse> = {
  opnum: 132,
  name: 'ApiMoveGroupEx',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['dwMoveFlags', u32],
    ['lpInBuffer', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInBufferSize as number }))],
    ['cbInBufferSize', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiMoveGroupExRequest): ApiMoveGroupExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiMoveGroupToNodeExRequest = {
  hGroup: HGROUP_RPC;
  hNode: HNODE_RPC;
  dwMoveFlags: number;
  lpInBuffer: Uint8Array;
  cbInBufferSize: number;
};
export type ApiMoveGroupToNodeExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiMoveGroupToNodeEx_spec: MethodSpec<ApiMoveGroupToNodeExRequest, ApiMoveGroupToNodeExResponse> = {
  opnum: 133,
  name: 'ApiMoveGroupToNodeEx',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['hNode', HNODE_RPC_ndr],
    ['dwMoveFlags', u32],
    ['lpInBuffer', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInBufferSize as number }))],
    ['cbInBufferSize', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiMoveGroupToNodeExRequest): ApiMoveGroupToNodeExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCancelClusterGroupOperationRequest = {
  hGroup: HGROUP_RPC;
  dwCancelFlags: number;
};
export type ApiCancelClusterGroupOperationResponse = {
  rpc_status: number;
  ret: number;
};
const ApiCancelClusterGroupOperation_spec: MethodSpec<
  ApiCancelClusterGroupOperationRequest,
  ApiCancelClusterGroupOperationResponse
> = {
  opnum: 134,
  name: 'ApiCancelClusterGroupOperation',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['dwCancelFlags', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCancelClusterGroupOperationRequest): ApiCancelClusterGroupOperationResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOnlineResourceExRequest = {
  hResource: HRES_RPC;
  dwOnlineFlags: number;
  lpInBuffer: Uint8Array;
  cbInBufferSize: number;
};
export type ApiOnlineResourceExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOnlineResourceEx_spec: MethodSpec<ApiOnlineResourceExRequest, ApiOnlineResourceExResponse> = {
  opnum: 135,
  name: 'ApiOnlineResourceEx',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['dwOnlineFlags', u32],
    ['lpInBuffer', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInBufferSize as number }))],
    ['cbInBufferSize', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOnlineResourceExRequest): ApiOnlineResourceExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiOfflineResourceExRequest = {
  hResource: HRES_RPC;
  dwOfflineFlags: number;
  lpInBuffer: Uint8Array;
  cbInBufferSize: number;
};
export type ApiOfflineResourceExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiOfflineResourceEx_spec: MethodSpec<ApiOfflineResourceExRequest, ApiOfflineResourceExResponse> = {
  opnum: 136,
  name: 'ApiOfflineResourceEx',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['dwOfflineFlags', u32],
    ['lpInBuffer', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInBufferSize as number }))],
    ['cbInBufferSize', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiOfflineResourceExRequest): ApiOfflineResourceExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNotifyV2Request = Record<string, never>;
export type ApiCreateNotifyV2Response = {
  rpc_error: number;
  rpc_status: number;
  ret: HNOTIFY_RPC;
};
const ApiCreateNotifyV2_spec: MethodSpec<ApiCreateNotifyV2Request, ApiCreateNotifyV2Response> = {
  opnum: 137,
  name: 'ApiCreateNotifyV2',
  request: [],
  response: [
    ['rpc_error', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HNOTIFY_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateNotifyV2Request): ApiCreateNotifyV2Response => ({
    rpc_error: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HNOTIFY_RPC,
  }),
};

export type ApiAddNotifyV2Request = {
  hNotify: HNOTIFY_RPC;
  hObject: HGENERIC_RPC;
  filter: NOTIFY_FILTER_AND_TYPE_RPC;
  dwNotifyKey: number;
  dwVersion: number;
  isTargetedAtObject: number;
};
export type ApiAddNotifyV2Response = {
  rpc_status: number;
  ret: number;
};
const ApiAddNotifyV2_spec: MethodSpec<ApiAddNotifyV2Request, ApiAddNotifyV2Response> = {
  opnum: 138,
  name: 'ApiAddNotifyV2',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['hObject', HGENERIC_RPC_ndr],
    ['filter', NOTIFY_FILTER_AND_TYPE_RPC_ndr],
    ['dwNotifyKey', u32],
    ['dwVersion', u32],
    ['isTargetedAtObject', i32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyV2Request): ApiAddNotifyV2Response => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNotifyV2Request = {
  hNotify: HNOTIFY_RPC;
};
export type ApiGetNotifyV2Response = {
  Notifications: NOTIFICATION_RPC[] | null;
  dwNumNotifications: number;
  ret: number;
};
const ApiGetNotifyV2_spec: MethodSpec<ApiGetNotifyV2Request, ApiGetNotifyV2Response> = {
  opnum: 139,
  name: 'ApiGetNotifyV2',
  request: [['hNotify', HNOTIFY_RPC_ndr]],
  response: [
    [
      'Notifications',
      pointer(
        'ref',
        pointer(
          'unique',
          conformantArray(NOTIFICATION_RPC_ndr, { size: (s: Scope) => s.dwNumNotifications as number }),
        ),
      ),
    ],
    ['dwNumNotifications', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNotifyV2Request): ApiGetNotifyV2Response => ({
    Notifications: null,
    dwNumNotifications: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateGroupEnumRequest = {
  hCluster: HCLUSTER_RPC;
  pProperties: Uint8Array | null;
  cbProperties: number;
  pRoProperties: Uint8Array | null;
  cbRoProperties: number;
};
export type ApiCreateGroupEnumResponse = {
  ppResultList: GROUP_ENUM_LIST | null;
  rpc_status: number;
  ret: number;
};
const ApiCreateGroupEnum_spec: MethodSpec<ApiCreateGroupEnumRequest, ApiCreateGroupEnumResponse> = {
  opnum: 143,
  name: 'ApiCreateGroupEnum',
  request: [
    ['hCluster', HCLUSTER_RPC_ndr],
    ['pProperties', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbProperties as number }))],
    ['cbProperties', u32],
    [
      'pRoProperties',
      pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbRoProperties as number })),
    ],
    ['cbRoProperties', u32],
  ],
  response: [
    ['ppResultList', pointer('ref', pointer('unique', GROUP_ENUM_LIST_ndr))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateGroupEnumRequest): ApiCreateGroupEnumResponse => ({
    ppResultList: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateResourceEnumRequest = {
  hCluster: HCLUSTER_RPC;
  pProperties: Uint8Array | null;
  cbProperties: number;
  pRoProperties: Uint8Array | null;
  cbRoProperties: number;
};
export type ApiCreateResourceEnumResponse = {
  ppResultList: RESOURCE_ENUM_LIST | null;
  rpc_status: number;
  ret: number;
};
const ApiCreateResourceEnum_spec: MethodSpec<ApiCreateResourceEnumRequest, ApiCreateResourceEnumResponse> = {
  opnum: 144,
  name: 'ApiCreateResourceEnum',
  request: [
    ['hCluster', HCLUSTER_RPC_ndr],
    ['pProperties', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbProperties as number }))],
    ['cbProperties', u32],
    [
      'pRoProperties',
      pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbRoProperties as number })),
    ],
    ['cbRoProperties', u32],
  ],
  response: [
    ['ppResultList', pointer('ref', pointer('unique', RESOURCE_ENUM_LIST_ndr))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateResourceEnumRequest): ApiCreateResourceEnumResponse => ({
    ppResultList: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiExecuteReadBatchRequest = {
  hKey: HKEY_RPC;
  cbInData: number;
  lpInData: Uint8Array;
};
export type ApiExecuteReadBatchResponse = {
  cbOutData: number;
  lpOutData: Uint8Array | null;
  rpc_status: number;
  ret: number;
};
const ApiExecuteReadBatch_spec: MethodSpec<ApiExecuteReadBatchRequest, ApiExecuteReadBatchResponse> = {
  opnum: 145,
  name: 'ApiExecuteReadBatch',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['cbInData', u32],
    ['lpInData', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInData as number }))],
  ],
  response: [
    ['cbOutData', pointer('ref', u32)],
    [
      'lpOutData',
      pointer('ref', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbOutData as number }))),
    ],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiExecuteReadBatchRequest): ApiExecuteReadBatchResponse => ({
    cbOutData: 0,
    lpOutData: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiRestartResourceRequest = {
  hResource: HRES_RPC;
  dwFlags: number;
};
export type ApiRestartResourceResponse = {
  rpc_status: number;
  ret: number;
};
const ApiRestartResource_spec: MethodSpec<ApiRestartResourceRequest, ApiRestartResourceResponse> = {
  opnum: 146,
  name: 'ApiRestartResource',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['dwFlags', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiRestartResourceRequest): ApiRestartResourceResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiGetNotifyAsyncRequest = {
  hNotify: HNOTIFY_RPC;
};
export type ApiGetNotifyAsyncResponse = {
  Notifications: NOTIFICATION_DATA_ASYNC_RPC[] | null;
  dwNumNotifications: number;
  ret: number;
};
const ApiGetNotifyAsync_spec: MethodSpec<ApiGetNotifyAsyncRequest, ApiGetNotifyAsyncResponse> = {
  opnum: 147,
  name: 'ApiGetNotifyAsync',
  request: [['hNotify', HNOTIFY_RPC_ndr]],
  response: [
    [
      'Notifications',
      pointer(
        'ref',
        pointer(
          'unique',
          conformantArray(NOTIFICATION_DATA_ASYNC_RPC_ndr, {
            size: (s: Scope) => s.dwNumNotifications as number,
          }),
        ),
      ),
    ],
    ['dwNumNotifications', pointer('ref', u32)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGetNotifyAsyncRequest): ApiGetNotifyAsyncResponse => ({
    Notifications: null,
    dwNumNotifications: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddNotifyResourceTypeV2Request = {
  hNotify: HNOTIFY_RPC;
  filter: bigint;
  dwNotifyKey: number;
  resTypeName: string;
  dwVersion: number;
};
export type ApiAddNotifyResourceTypeV2Response = {
  rpc_status: number;
  ret: number;
};
const ApiAddNotifyResourceTypeV2_spec: MethodSpec<
  ApiAddNotifyResourceTypeV2Request,
  ApiAddNotifyResourceTypeV2Response
> = {
  opnum: 155,
  name: 'ApiAddNotifyResourceTypeV2',
  request: [
    ['hNotify', HNOTIFY_RPC_ndr],
    ['filter', i64],
    ['dwNotifyKey', u32],
    ['resTypeName', pointer('ref', string('utf16'))],
    ['dwVersion', u32],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddNotifyResourceTypeV2Request): ApiAddNotifyResourceTypeV2Response => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiExecuteReadBatchExRequest = {
  hKey: HKEY_RPC;
  cbInData: number;
  lpInData: Uint8Array;
  flags: number;
};
export type ApiExecuteReadBatchExResponse = {
  cbOutData: number;
  lpOutData: Uint8Array | null;
  rpc_status: number;
  ret: number;
};
const ApiExecuteReadBatchEx_spec: MethodSpec<ApiExecuteReadBatchExRequest, ApiExecuteReadBatchExResponse> = {
  opnum: 157,
  name: 'ApiExecuteReadBatchEx',
  request: [
    ['hKey', HKEY_RPC_ndr],
    ['cbInData', u32],
    ['lpInData', pointer('ref', conformantArray(u8, { size: (s: Scope) => s.cbInData as number }))],
    ['flags', u32],
  ],
  response: [
    ['cbOutData', pointer('ref', u32)],
    [
      'lpOutData',
      pointer('ref', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbOutData as number }))),
    ],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiExecuteReadBatchExRequest): ApiExecuteReadBatchExResponse => ({
    cbOutData: 0,
    lpOutData: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateGroupSetRequest = {
  lpszGroupSetName: string;
};
export type ApiCreateGroupSetResponse = {
  Status: number;
  rpc_status: number;
  ret: HGROUPSET_RPC;
};
const ApiCreateGroupSet_spec: MethodSpec<ApiCreateGroupSetRequest, ApiCreateGroupSetResponse> = {
  opnum: 163,
  name: 'ApiCreateGroupSet',
  request: [['lpszGroupSetName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HGROUPSET_RPC_ndr],
  ],
  notImplemented: (_req: ApiCreateGroupSetRequest): ApiCreateGroupSetResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HGROUPSET_RPC,
  }),
};

export type ApiOpenGroupSetRequest = {
  lpszGroupSetName: string;
};
export type ApiOpenGroupSetResponse = {
  Status: number;
  rpc_status: number;
  ret: HGROUPSET_RPC;
};
const ApiOpenGroupSet_spec: MethodSpec<ApiOpenGroupSetRequest, ApiOpenGroupSetResponse> = {
  opnum: 164,
  name: 'ApiOpenGroupSet',
  request: [['lpszGroupSetName', pointer('ref', string('utf16'))]],
  response: [
    ['Status', pointer('ref', errorStatus)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', HGROUPSET_RPC_ndr],
  ],
  notImplemented: (_req: ApiOpenGroupSetRequest): ApiOpenGroupSetResponse => ({
    Status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    rpc_status: 0,
    ret: new Uint8Array(20) as HGROUPSET_RPC,
  }),
};

export type ApiCloseGroupSetRequest = {
  GroupSet: HGROUPSET_RPC;
};
export type ApiCloseGroupSetResponse = {
  GroupSet: HGROUPSET_RPC;
  ret: number;
};
const ApiCloseGroupSet_spec: MethodSpec<ApiCloseGroupSetRequest, ApiCloseGroupSetResponse> = {
  opnum: 165,
  name: 'ApiCloseGroupSet',
  request: [['GroupSet', pointer('ref', HGROUPSET_RPC_ndr)]],
  response: [
    ['GroupSet', pointer('ref', HGROUPSET_RPC_ndr)],
    ['ret', errorStatus],
  ],
  notImplemented: (req: ApiCloseGroupSetRequest): ApiCloseGroupSetResponse => ({
    GroupSet: req.GroupSet,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiDeleteGroupSetRequest = {
  GroupSet: HGROUPSET_RPC;
};
export type ApiDeleteGroupSetResponse = {
  rpc_status: number;
  ret: number;
};
const ApiDeleteGroupSet_spec: MethodSpec<ApiDeleteGroupSetRequest, ApiDeleteGroupSetResponse> = {
  opnum: 166,
  name: 'ApiDeleteGroupSet',
  request: [['GroupSet', HGROUPSET_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiDeleteGroupSetRequest): ApiDeleteGroupSetResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddGroupToGroupSetRequest = {
  GroupSet: HGROUPSET_RPC;
  Group: HGROUP_RPC;
};
export type ApiAddGroupToGroupSetResponse = {
  rpc_status: number;
  ret: number;
};
const ApiAddGroupToGroupSet_spec: MethodSpec<ApiAddGroupToGroupSetRequest, ApiAddGroupToGroupSetResponse> = {
  opnum: 167,
  name: 'ApiAddGroupToGroupSet',
  request: [
    ['GroupSet', HGROUPSET_RPC_ndr],
    ['Group', HGROUP_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddGroupToGroupSetRequest): ApiAddGroupToGroupSetResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiRemoveGroupFromGroupSetRequest = {
  Group: HGROUP_RPC;
};
export type ApiRemoveGroupFromGroupSetResponse = {
  rpc_status: number;
  ret: number;
};
const ApiRemoveGroupFromGroupSet_spec: MethodSpec<
  ApiRemoveGroupFromGroupSetRequest,
  ApiRemoveGroupFromGroupSetResponse
> = {
  opnum: 168,
  name: 'ApiRemoveGroupFromGroupSet',
  request: [['Group', HGROUP_RPC_ndr]],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiRemoveGroupFromGroupSetRequest): ApiRemoveGroupFromGroupSetResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiMoveGroupToGroupSetRequest = {
  GroupSet: HGROUPSET_RPC;
  Group: HGROUP_RPC;
};
export type ApiMoveGroupToGroupSetResponse = {
  rpc_status: number;
  ret: number;
};
const ApiMoveGroupToGroupSet_spec: MethodSpec<ApiMoveGroupToGroupSetRequest, ApiMoveGroupToGroupSetResponse> =
  {
    opnum: 169,
    name: 'ApiMoveGroupToGroupSet',
    request: [
      ['GroupSet', HGROUPSET_RPC_ndr],
      ['Group', HGROUP_RPC_ndr],
    ],
    response: [
      ['rpc_status', pointer('ref', errorStatus)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiMoveGroupToGroupSetRequest): ApiMoveGroupToGroupSetResponse => ({
      rpc_status: 0,
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiAddGroupSetDependencyRequest = {
  DependentGroupSet: HGROUPSET_RPC;
  ProviderGroupSet: HGROUPSET_RPC;
};
export type ApiAddGroupSetDependencyResponse = {
  rpc_status: number;
  ret: number;
};
const ApiAddGroupSetDependency_spec: MethodSpec<
  ApiAddGroupSetDependencyRequest,
  ApiAddGroupSetDependencyResponse
> = {
  opnum: 171,
  name: 'ApiAddGroupSetDependency',
  request: [
    ['DependentGroupSet', HGROUPSET_RPC_ndr],
    ['ProviderGroupSet', HGROUPSET_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddGroupSetDependencyRequest): ApiAddGroupSetDependencyResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddGroupToGroupSetDependencyRequest = {
  DependentGroup: HGROUP_RPC;
  ProviderGroupSet: HGROUPSET_RPC;
};
export type ApiAddGroupToGroupSetDependencyResponse = {
  rpc_status: number;
  ret: number;
};
const ApiAddGroupToGroupSetDependency_spec: MethodSpec<
  ApiAddGroupToGroupSetDependencyRequest,
  ApiAddGroupToGroupSetDependencyResponse
> = {
  opnum: 172,
  name: 'ApiAddGroupToGroupSetDependency',
  request: [
    ['DependentGroup', HGROUP_RPC_ndr],
    ['ProviderGroupSet', HGROUPSET_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (
    _req: ApiAddGroupToGroupSetDependencyRequest,
  ): ApiAddGroupToGroupSetDependencyResponse => ({ rpc_status: 0, ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type ApiNodeGroupSetControlRequest = {
  hGroupSet: HGROUPSET_RPC;
  hNode: HNODE_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiNodeGroupSetControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  rpc_status: number;
  ret: number;
};
const ApiNodeGroupSetControl_spec: MethodSpec<ApiNodeGroupSetControlRequest, ApiNodeGroupSetControlResponse> =
  {
    opnum: 173,
    name: 'ApiNodeGroupSetControl',
    request: [
      ['hGroupSet', HGROUPSET_RPC_ndr],
      ['hNode', HNODE_RPC_ndr],
      ['dwControlCode', u32],
      [
        'lpInBuffer',
        pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number })),
      ],
      ['nInBufferSize', u32],
      ['nOutBufferSize', range(u32, 0, 2147483647)],
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
      ['rpc_status', pointer('ref', errorStatus)],
      ['ret', errorStatus],
    ],
    notImplemented: (_req: ApiNodeGroupSetControlRequest): ApiNodeGroupSetControlResponse => ({
      lpOutBuffer: new Uint8Array(0),
      lpBytesReturned: 0,
      lpcbRequired: 0,
      rpc_status: 0,
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ApiGroupSetControlRequest = {
  hGroupSet: HGROUPSET_RPC;
  dwControlCode: number;
  lpInBuffer: Uint8Array | null;
  nInBufferSize: number;
  nOutBufferSize: number;
};
export type ApiGroupSetControlResponse = {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  rpc_status: number;
  ret: number;
};
const ApiGroupSetControl_spec: MethodSpec<ApiGroupSetControlRequest, ApiGroupSetControlResponse> = {
  opnum: 174,
  name: 'ApiGroupSetControl',
  request: [
    ['hGroupSet', HGROUPSET_RPC_ndr],
    ['dwControlCode', u32],
    ['lpInBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.nInBufferSize as number }))],
    ['nInBufferSize', u32],
    ['nOutBufferSize', range(u32, 0, 2147483647)],
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
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiGroupSetControlRequest): ApiGroupSetControlResponse => ({
    lpOutBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpcbRequired: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiSetGroupDependencyExpressionRequest = {
  hGroup: HGROUP_RPC;
  lpszDependencyExpression: string;
};
export type ApiSetGroupDependencyExpressionResponse = {
  rpc_status: number;
  ret: number;
};
const ApiSetGroupDependencyExpression_spec: MethodSpec<
  ApiSetGroupDependencyExpressionRequest,
  ApiSetGroupDependencyExpressionResponse
> = {
  opnum: 175,
  name: 'ApiSetGroupDependencyExpression',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['lpszDependencyExpression', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (
    _req: ApiSetGroupDependencyExpressionRequest,
  ): ApiSetGroupDependencyExpressionResponse => ({ rpc_status: 0, ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type ApiRemoveClusterGroupDependencyRequest = {
  hGroup: HGROUP_RPC;
  hDependsOn: HGROUP_RPC;
};
export type ApiRemoveClusterGroupDependencyResponse = {
  rpc_status: number;
  ret: number;
};
const ApiRemoveClusterGroupDependency_spec: MethodSpec<
  ApiRemoveClusterGroupDependencyRequest,
  ApiRemoveClusterGroupDependencyResponse
> = {
  opnum: 176,
  name: 'ApiRemoveClusterGroupDependency',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['hDependsOn', HGROUP_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (
    _req: ApiRemoveClusterGroupDependencyRequest,
  ): ApiRemoveClusterGroupDependencyResponse => ({ rpc_status: 0, ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type ApiSetGroupSetDependencyExpressionRequest = {
  hGroupSet: HGROUPSET_RPC;
  lpszDependencyExpression: string;
};
export type ApiSetGroupSetDependencyExpressionResponse = {
  rpc_status: number;
  ret: number;
};
const ApiSetGroupSetDependencyExpression_spec: MethodSpec<
  ApiSetGroupSetDependencyExpressionRequest,
  ApiSetGroupSetDependencyExpressionResponse
> = {
  opnum: 177,
  name: 'ApiSetGroupSetDependencyExpression',
  request: [
    ['hGroupSet', HGROUPSET_RPC_ndr],
    ['lpszDependencyExpression', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (
    _req: ApiSetGroupSetDependencyExpressionRequest,
  ): ApiSetGroupSetDependencyExpressionResponse => ({ rpc_status: 0, ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type ApiRemoveGroupSetDependencyRequest = {
  hGroupSet: HGROUPSET_RPC;
  hDependsOn: HGROUPSET_RPC;
};
export type ApiRemoveGroupSetDependencyResponse = {
  rpc_status: number;
  ret: number;
};
const ApiRemoveGroupSetDependency_spec: MethodSpec<
  ApiRemoveGroupSetDependencyRequest,
  ApiRemoveGroupSetDependencyResponse
> = {
  opnum: 178,
  name: 'ApiRemoveGroupSetDependency',
  request: [
    ['hGroupSet', HGROUPSET_RPC_ndr],
    ['hDependsOn', HGROUPSET_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiRemoveGroupSetDependencyRequest): ApiRemoveGroupSetDependencyResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiRemoveClusterGroupToGroupSetDependencyRequest = {
  hGroup: HGROUP_RPC;
  hDependsOn: HGROUPSET_RPC;
};
export type ApiRemoveClusterGroupToGroupSetDependencyResponse = {
  rpc_status: number;
  ret: number;
};
const ApiRemoveClusterGroupToGroupSetDependency_spec: MethodSpec<
  ApiRemoveClusterGroupToGroupSetDependencyRequest,
  ApiRemoveClusterGroupToGroupSetDependencyResponse
> = {
  opnum: 179,
  name: 'ApiRemoveClusterGroupToGroupSetDependency',
  request: [
    ['hGroup', HGROUP_RPC_ndr],
    ['hDependsOn', HGROUPSET_RPC_ndr],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (
    _req: ApiRemoveClusterGroupToGroupSetDependencyRequest,
  ): ApiRemoveClusterGroupToGroupSetDependencyResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateGroupSetEnumRequest = {
  hCluster: HCLUSTER_RPC;
};
export type ApiCreateGroupSetEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
  ret: number;
};
const ApiCreateGroupSetEnum_spec: MethodSpec<ApiCreateGroupSetEnumRequest, ApiCreateGroupSetEnumResponse> = {
  opnum: 180,
  name: 'ApiCreateGroupSetEnum',
  request: [['hCluster', HCLUSTER_RPC_ndr]],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateGroupSetEnumRequest): ApiCreateGroupSetEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiCreateNetInterfaceEnumRequest = {
  hCluster: HCLUSTER_RPC;
  lpszNodeName: string;
  lpszNetworkName: string;
};
export type ApiCreateNetInterfaceEnumResponse = {
  ReturnEnum: ENUM_LIST | null;
  rpc_status: number;
  ret: number;
};
const ApiCreateNetInterfaceEnum_spec: MethodSpec<
  ApiCreateNetInterfaceEnumRequest,
  ApiCreateNetInterfaceEnumResponse
> = {
  opnum: 181,
  name: 'ApiCreateNetInterfaceEnum',
  request: [
    ['hCluster', HCLUSTER_RPC_ndr],
    ['lpszNodeName', pointer('ref', string('utf16'))],
    ['lpszNetworkName', pointer('ref', string('utf16'))],
  ],
  response: [
    ['ReturnEnum', pointer('ref', pointer('unique', ENUM_LIST_ndr))],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiCreateNetInterfaceEnumRequest): ApiCreateNetInterfaceEnumResponse => ({
    ReturnEnum: null,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiChangeCsvStateExRequest = {
  hResource: HRES_RPC;
  dwState: number;
  lpszVolumeName: string;
};
export type ApiChangeCsvStateExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiChangeCsvStateEx_spec: MethodSpec<ApiChangeCsvStateExRequest, ApiChangeCsvStateExResponse> = {
  opnum: 182,
  name: 'ApiChangeCsvStateEx',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['dwState', u32],
    ['lpszVolumeName', pointer('ref', string('utf16'))],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiChangeCsvStateExRequest): ApiChangeCsvStateExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiAddGroupToGroupSetExRequest = {
  GroupSet: HGROUPSET_RPC;
  Group: HGROUP_RPC;
  FaultDomain: number;
  UpdateDomain: number;
  UseDomains: number;
  Reserved: number;
};
export type ApiAddGroupToGroupSetExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiAddGroupToGroupSetEx_spec: MethodSpec<
  ApiAddGroupToGroupSetExRequest,
  ApiAddGroupToGroupSetExResponse
> = {
  opnum: 183,
  name: 'ApiAddGroupToGroupSetEx',
  request: [
    ['GroupSet', HGROUPSET_RPC_ndr],
    ['Group', HGROUP_RPC_ndr],
    ['FaultDomain', u32],
    ['UpdateDomain', u32],
    ['UseDomains', i32],
    ['Reserved', pointer('ref', u32)],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiAddGroupToGroupSetExRequest): ApiAddGroupToGroupSetExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiChangeResourceGroupExRequest = {
  hResource: HRES_RPC;
  hGroup: HGROUP_RPC;
  flags: bigint;
};
export type ApiChangeResourceGroupExResponse = {
  rpc_status: number;
  ret: number;
};
const ApiChangeResourceGroupEx_spec: MethodSpec<
  ApiChangeResourceGroupExRequest,
  ApiChangeResourceGroupExResponse
> = {
  opnum: 184,
  name: 'ApiChangeResourceGroupEx',
  request: [
    ['hResource', HRES_RPC_ndr],
    ['hGroup', HGROUP_RPC_ndr],
    ['flags', u64],
  ],
  response: [
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiChangeResourceGroupExRequest): ApiChangeResourceGroupExResponse => ({
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ApiClusterNativeUpdateControlRequest = {
  inBuffer: Uint8Array | null;
  inBufferSize: number;
  outBufferSize: number;
};
export type ApiClusterNativeUpdateControlResponse = {
  outBuffer: Uint8Array;
  lpBytesReturned: number;
  lpBytesNeeded: number;
  rpc_status: number;
  ret: number;
};
const ApiClusterNativeUpdateControl_spec: MethodSpec<
  ApiClusterNativeUpdateControlRequest,
  ApiClusterNativeUpdateControlResponse
> = {
  opnum: 185,
  name: 'ApiClusterNativeUpdateControl',
  request: [
    ['inBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.inBufferSize as number }))],
    ['inBufferSize', u32],
    ['outBufferSize', u32],
  ],
  response: [
    [
      'outBuffer',
      pointer(
        'ref',
        conformantVaryingArray(u8, {
          size: (s: Scope) => s.outBufferSize as number,
          length: (s: Scope) => s.lpBytesReturned as number,
        }),
      ),
    ],
    ['lpBytesReturned', pointer('ref', u32)],
    ['lpBytesNeeded', pointer('ref', u32)],
    ['rpc_status', pointer('ref', errorStatus)],
    ['ret', errorStatus],
  ],
  notImplemented: (_req: ApiClusterNativeUpdateControlRequest): ApiClusterNativeUpdateControlResponse => ({
    outBuffer: new Uint8Array(0),
    lpBytesReturned: 0,
    lpBytesNeeded: 0,
    rpc_status: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

/** Method wire descriptions by opnum; undefined for not-used-on-wire and reserved slots. */
export const Clusapi3Methods: MethodTable = [
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
  ApiSetResourceDependencyExpression_spec,
  ApiGetResourceDependencyExpression_spec,
  undefined,
  ApiGetResourceNetworkName_spec,
  ApiExecuteBatch_spec,
  ApiCreateBatchPort_spec,
  ApiGetBatchNotification_spec,
  ApiCloseBatchPort_spec,
  ApiOpenClusterEx_spec,
  ApiOpenNodeEx_spec,
  ApiOpenGroupEx_spec,
  ApiOpenResourceEx_spec,
  ApiOpenNetworkEx_spec,
  ApiOpenNetInterfaceEx_spec,
  ApiChangeCsvState_spec,
  ApiCreateNodeEnumEx_spec,
  ApiCreateEnumEx_spec,
  ApiPauseNodeEx_spec,
  ApiPauseNodeWithDrainTarget_spec,
  ApiResumeNodeEx_spec,
  ApiCreateGroupEx_spec,
  ApiOnlineGroupEx_spec,
  ApiOfflineGroupEx_spec,
  ApiMoveGroupEx_spec,
  ApiMoveGroupToNodeEx_spec,
  ApiCancelClusterGroupOperation_spec,
  ApiOnlineResourceEx_spec,
  ApiOfflineResourceEx_spec,
  ApiCreateNotifyV2_spec,
  ApiAddNotifyV2_spec,
  ApiGetNotifyV2_spec,
  undefined,
  undefined,
  undefined,
  ApiCreateGroupEnum_spec,
  ApiCreateResourceEnum_spec,
  ApiExecuteReadBatch_spec,
  ApiRestartResource_spec,
  ApiGetNotifyAsync_spec,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  ApiAddNotifyResourceTypeV2_spec,
  undefined,
  ApiExecuteReadBatchEx_spec,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  ApiCreateGroupSet_spec,
  ApiOpenGroupSet_spec,
  ApiCloseGroupSet_spec,
  ApiDeleteGroupSet_spec,
  ApiAddGroupToGroupSet_spec,
  ApiRemoveGroupFromGroupSet_spec,
  ApiMoveGroupToGroupSet_spec,
  undefined,
  ApiAddGroupSetDependency_spec,
  ApiAddGroupToGroupSetDependency_spec,
  ApiNodeGroupSetControl_spec,
  ApiGroupSetControl_spec,
  ApiSetGroupDependencyExpression_spec,
  ApiRemoveClusterGroupDependency_spec,
  ApiSetGroupSetDependencyExpression_spec,
  ApiRemoveGroupSetDependency_spec,
  ApiRemoveClusterGroupToGroupSetDependency_spec,
  ApiCreateGroupSetEnum_spec,
  ApiCreateNetInterfaceEnum_spec,
  ApiChangeCsvStateEx_spec,
  ApiAddGroupToGroupSetEx_spec,
  ApiChangeResourceGroupEx_spec,
  ApiClusterNativeUpdateControl_spec,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
];

// --- Client

export class Clusapi3Client {
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
  ApiSetResourceDependencyExpression(
    req: ApiSetResourceDependencyExpressionRequest,
  ): Promise<ApiSetResourceDependencyExpressionResponse> {
    return callMethod(this.caller, ApiSetResourceDependencyExpression_spec, req);
  }
  ApiGetResourceDependencyExpression(
    req: ApiGetResourceDependencyExpressionRequest,
  ): Promise<ApiGetResourceDependencyExpressionResponse> {
    return callMethod(this.caller, ApiGetResourceDependencyExpression_spec, req);
  }
  ApiGetResourceNetworkName(
    req: ApiGetResourceNetworkNameRequest,
  ): Promise<ApiGetResourceNetworkNameResponse> {
    return callMethod(this.caller, ApiGetResourceNetworkName_spec, req);
  }
  ApiExecuteBatch(req: ApiExecuteBatchRequest): Promise<ApiExecuteBatchResponse> {
    return callMethod(this.caller, ApiExecuteBatch_spec, req);
  }
  ApiCreateBatchPort(req: ApiCreateBatchPortRequest): Promise<ApiCreateBatchPortResponse> {
    return callMethod(this.caller, ApiCreateBatchPort_spec, req);
  }
  ApiGetBatchNotification(req: ApiGetBatchNotificationRequest): Promise<ApiGetBatchNotificationResponse> {
    return callMethod(this.caller, ApiGetBatchNotification_spec, req);
  }
  ApiCloseBatchPort(req: ApiCloseBatchPortRequest): Promise<ApiCloseBatchPortResponse> {
    return callMethod(this.caller, ApiCloseBatchPort_spec, req);
  }
  ApiOpenClusterEx(req: ApiOpenClusterExRequest): Promise<ApiOpenClusterExResponse> {
    return callMethod(this.caller, ApiOpenClusterEx_spec, req);
  }
  ApiOpenNodeEx(req: ApiOpenNodeExRequest): Promise<ApiOpenNodeExResponse> {
    return callMethod(this.caller, ApiOpenNodeEx_spec, req);
  }
  ApiOpenGroupEx(req: ApiOpenGroupExRequest): Promise<ApiOpenGroupExResponse> {
    return callMethod(this.caller, ApiOpenGroupEx_spec, req);
  }
  ApiOpenResourceEx(req: ApiOpenResourceExRequest): Promise<ApiOpenResourceExResponse> {
    return callMethod(this.caller, ApiOpenResourceEx_spec, req);
  }
  ApiOpenNetworkEx(req: ApiOpenNetworkExRequest): Promise<ApiOpenNetworkExResponse> {
    return callMethod(this.caller, ApiOpenNetworkEx_spec, req);
  }
  ApiOpenNetInterfaceEx(req: ApiOpenNetInterfaceExRequest): Promise<ApiOpenNetInterfaceExResponse> {
    return callMethod(this.caller, ApiOpenNetInterfaceEx_spec, req);
  }
  ApiChangeCsvState(req: ApiChangeCsvStateRequest): Promise<ApiChangeCsvStateResponse> {
    return callMethod(this.caller, ApiChangeCsvState_spec, req);
  }
  ApiCreateNodeEnumEx(req: ApiCreateNodeEnumExRequest): Promise<ApiCreateNodeEnumExResponse> {
    return callMethod(this.caller, ApiCreateNodeEnumEx_spec, req);
  }
  ApiCreateEnumEx(req: ApiCreateEnumExRequest): Promise<ApiCreateEnumExResponse> {
    return callMethod(this.caller, ApiCreateEnumEx_spec, req);
  }
  ApiPauseNodeEx(req: ApiPauseNodeExRequest): Promise<ApiPauseNodeExResponse> {
    return callMethod(this.caller, ApiPauseNodeEx_spec, req);
  }
  ApiPauseNodeWithDrainTarget(
    req: ApiPauseNodeWithDrainTargetRequest,
  ): Promise<ApiPauseNodeWithDrainTargetResponse> {
    return callMethod(this.caller, ApiPauseNodeWithDrainTarget_spec, req);
  }
  ApiResumeNodeEx(req: ApiResumeNodeExRequest): Promise<ApiResumeNodeExResponse> {
    return callMethod(this.caller, ApiResumeNodeEx_spec, req);
  }
  ApiCreateGroupEx(req: ApiCreateGroupExRequest): Promise<ApiCreateGroupExResponse> {
    return callMethod(this.caller, ApiCreateGroupEx_spec, req);
  }
  ApiOnlineGroupEx(req: ApiOnlineGroupExRequest): Promise<ApiOnlineGroupExResponse> {
    return callMethod(this.caller, ApiOnlineGroupEx_spec, req);
  }
  ApiOfflineGroupEx(req: ApiOfflineGroupExRequest): Promise<ApiOfflineGroupExResponse> {
    return callMethod(this.caller, ApiOfflineGroupEx_spec, req);
  }
  ApiMoveGroupEx(req: ApiMoveGroupExRequest): Promise<ApiMoveGroupExResponse> {
    return callMethod(this.caller, ApiMoveGroupEx_spec, req);
  }
  ApiMoveGroupToNodeEx(req: ApiMoveGroupToNodeExRequest): Promise<ApiMoveGroupToNodeExResponse> {
    return callMethod(this.caller, ApiMoveGroupToNodeEx_spec, req);
  }
  ApiCancelClusterGroupOperation(
    req: ApiCancelClusterGroupOperationRequest,
  ): Promise<ApiCancelClusterGroupOperationResponse> {
    return callMethod(this.caller, ApiCancelClusterGroupOperation_spec, req);
  }
  ApiOnlineResourceEx(req: ApiOnlineResourceExRequest): Promise<ApiOnlineResourceExResponse> {
    return callMethod(this.caller, ApiOnlineResourceEx_spec, req);
  }
  ApiOfflineResourceEx(req: ApiOfflineResourceExRequest): Promise<ApiOfflineResourceExResponse> {
    return callMethod(this.caller, ApiOfflineResourceEx_spec, req);
  }
  ApiCreateNotifyV2(req: ApiCreateNotifyV2Request = {}): Promise<ApiCreateNotifyV2Response> {
    return callMethod(this.caller, ApiCreateNotifyV2_spec, req);
  }
  ApiAddNotifyV2(req: ApiAddNotifyV2Request): Promise<ApiAddNotifyV2Response> {
    return callMethod(this.caller, ApiAddNotifyV2_spec, req);
  }
  ApiGetNotifyV2(req: ApiGetNotifyV2Request): Promise<ApiGetNotifyV2Response> {
    return callMethod(this.caller, ApiGetNotifyV2_spec, req);
  }
  ApiCreateGroupEnum(req: ApiCreateGroupEnumRequest): Promise<ApiCreateGroupEnumResponse> {
    return callMethod(this.caller, ApiCreateGroupEnum_spec, req);
  }
  ApiCreateResourceEnum(req: ApiCreateResourceEnumRequest): Promise<ApiCreateResourceEnumResponse> {
    return callMethod(this.caller, ApiCreateResourceEnum_spec, req);
  }
  ApiExecuteReadBatch(req: ApiExecuteReadBatchRequest): Promise<ApiExecuteReadBatchResponse> {
    return callMethod(this.caller, ApiExecuteReadBatch_spec, req);
  }
  ApiRestartResource(req: ApiRestartResourceRequest): Promise<ApiRestartResourceResponse> {
    return callMethod(this.caller, ApiRestartResource_spec, req);
  }
  ApiGetNotifyAsync(req: ApiGetNotifyAsyncRequest): Promise<ApiGetNotifyAsyncResponse> {
    return callMethod(this.caller, ApiGetNotifyAsync_spec, req);
  }
  ApiAddNotifyResourceTypeV2(
    req: ApiAddNotifyResourceTypeV2Request,
  ): Promise<ApiAddNotifyResourceTypeV2Response> {
    return callMethod(this.caller, ApiAddNotifyResourceTypeV2_spec, req);
  }
  ApiExecuteReadBatchEx(req: ApiExecuteReadBatchExRequest): Promise<ApiExecuteReadBatchExResponse> {
    return callMethod(this.caller, ApiExecuteReadBatchEx_spec, req);
  }
  ApiCreateGroupSet(req: ApiCreateGroupSetRequest): Promise<ApiCreateGroupSetResponse> {
    return callMethod(this.caller, ApiCreateGroupSet_spec, req);
  }
  ApiOpenGroupSet(req: ApiOpenGroupSetRequest): Promise<ApiOpenGroupSetResponse> {
    return callMethod(this.caller, ApiOpenGroupSet_spec, req);
  }
  ApiCloseGroupSet(req: ApiCloseGroupSetRequest): Promise<ApiCloseGroupSetResponse> {
    return callMethod(this.caller, ApiCloseGroupSet_spec, req);
  }
  ApiDeleteGroupSet(req: ApiDeleteGroupSetRequest): Promise<ApiDeleteGroupSetResponse> {
    return callMethod(this.caller, ApiDeleteGroupSet_spec, req);
  }
  ApiAddGroupToGroupSet(req: ApiAddGroupToGroupSetRequest): Promise<ApiAddGroupToGroupSetResponse> {
    return callMethod(this.caller, ApiAddGroupToGroupSet_spec, req);
  }
  ApiRemoveGroupFromGroupSet(
    req: ApiRemoveGroupFromGroupSetRequest,
  ): Promise<ApiRemoveGroupFromGroupSetResponse> {
    return callMethod(this.caller, ApiRemoveGroupFromGroupSet_spec, req);
  }
  ApiMoveGroupToGroupSet(req: ApiMoveGroupToGroupSetRequest): Promise<ApiMoveGroupToGroupSetResponse> {
    return callMethod(this.caller, ApiMoveGroupToGroupSet_spec, req);
  }
  ApiAddGroupSetDependency(req: ApiAddGroupSetDependencyRequest): Promise<ApiAddGroupSetDependencyResponse> {
    return callMethod(this.caller, ApiAddGroupSetDependency_spec, req);
  }
  ApiAddGroupToGroupSetDependency(
    req: ApiAddGroupToGroupSetDependencyRequest,
  ): Promise<ApiAddGroupToGroupSetDependencyResponse> {
    return callMethod(this.caller, ApiAddGroupToGroupSetDependency_spec, req);
  }
  ApiNodeGroupSetControl(req: ApiNodeGroupSetControlRequest): Promise<ApiNodeGroupSetControlResponse> {
    return callMethod(this.caller, ApiNodeGroupSetControl_spec, req);
  }
  ApiGroupSetControl(req: ApiGroupSetControlRequest): Promise<ApiGroupSetControlResponse> {
    return callMethod(this.caller, ApiGroupSetControl_spec, req);
  }
  ApiSetGroupDependencyExpression(
    req: ApiSetGroupDependencyExpressionRequest,
  ): Promise<ApiSetGroupDependencyExpressionResponse> {
    return callMethod(this.caller, ApiSetGroupDependencyExpression_spec, req);
  }
  ApiRemoveClusterGroupDependency(
    req: ApiRemoveClusterGroupDependencyRequest,
  ): Promise<ApiRemoveClusterGroupDependencyResponse> {
    return callMethod(this.caller, ApiRemoveClusterGroupDependency_spec, req);
  }
  ApiSetGroupSetDependencyExpression(
    req: ApiSetGroupSetDependencyExpressionRequest,
  ): Promise<ApiSetGroupSetDependencyExpressionResponse> {
    return callMethod(this.caller, ApiSetGroupSetDependencyExpression_spec, req);
  }
  ApiRemoveGroupSetDependency(
    req: ApiRemoveGroupSetDependencyRequest,
  ): Promise<ApiRemoveGroupSetDependencyResponse> {
    return callMethod(this.caller, ApiRemoveGroupSetDependency_spec, req);
  }
  ApiRemoveClusterGroupToGroupSetDependency(
    req: ApiRemoveClusterGroupToGroupSetDependencyRequest,
  ): Promise<ApiRemoveClusterGroupToGroupSetDependencyResponse> {
    return callMethod(this.caller, ApiRemoveClusterGroupToGroupSetDependency_spec, req);
  }
  ApiCreateGroupSetEnum(req: ApiCreateGroupSetEnumRequest): Promise<ApiCreateGroupSetEnumResponse> {
    return callMethod(this.caller, ApiCreateGroupSetEnum_spec, req);
  }
  ApiCreateNetInterfaceEnum(
    req: ApiCreateNetInterfaceEnumRequest,
  ): Promise<ApiCreateNetInterfaceEnumResponse> {
    return callMethod(this.caller, ApiCreateNetInterfaceEnum_spec, req);
  }
  ApiChangeCsvStateEx(req: ApiChangeCsvStateExRequest): Promise<ApiChangeCsvStateExResponse> {
    return callMethod(this.caller, ApiChangeCsvStateEx_spec, req);
  }
  ApiAddGroupToGroupSetEx(req: ApiAddGroupToGroupSetExRequest): Promise<ApiAddGroupToGroupSetExResponse> {
    return callMethod(this.caller, ApiAddGroupToGroupSetEx_spec, req);
  }
  ApiChangeResourceGroupEx(req: ApiChangeResourceGroupExRequest): Promise<ApiChangeResourceGroupExResponse> {
    return callMethod(this.caller, ApiChangeResourceGroupEx_spec, req);
  }
  ApiClusterNativeUpdateControl(
    req: ApiClusterNativeUpdateControlRequest,
  ): Promise<ApiClusterNativeUpdateControlResponse> {
    return callMethod(this.caller, ApiClusterNativeUpdateControl_spec, req);
  }
}

// --- Server

export interface Clusapi3Handlers {
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
  ApiSetResourceDependencyExpression(
    ctx: CallContext,
    req: ApiSetResourceDependencyExpressionRequest,
  ): Promise<ApiSetResourceDependencyExpressionResponse> | ApiSetResourceDependencyExpressionResponse;
  ApiGetResourceDependencyExpression(
    ctx: CallContext,
    req: ApiGetResourceDependencyExpressionRequest,
  ): Promise<ApiGetResourceDependencyExpressionResponse> | ApiGetResourceDependencyExpressionResponse;
  ApiGetResourceNetworkName(
    ctx: CallContext,
    req: ApiGetResourceNetworkNameRequest,
  ): Promise<ApiGetResourceNetworkNameResponse> | ApiGetResourceNetworkNameResponse;
  ApiExecuteBatch(
    ctx: CallContext,
    req: ApiExecuteBatchRequest,
  ): Promise<ApiExecuteBatchResponse> | ApiExecuteBatchResponse;
  ApiCreateBatchPort(
    ctx: CallContext,
    req: ApiCreateBatchPortRequest,
  ): Promise<ApiCreateBatchPortResponse> | ApiCreateBatchPortResponse;
  ApiGetBatchNotification(
    ctx: CallContext,
    req: ApiGetBatchNotificationRequest,
  ): Promise<ApiGetBatchNotificationResponse> | ApiGetBatchNotificationResponse;
  ApiCloseBatchPort(
    ctx: CallContext,
    req: ApiCloseBatchPortRequest,
  ): Promise<ApiCloseBatchPortResponse> | ApiCloseBatchPortResponse;
  ApiOpenClusterEx(
    ctx: CallContext,
    req: ApiOpenClusterExRequest,
  ): Promise<ApiOpenClusterExResponse> | ApiOpenClusterExResponse;
  ApiOpenNodeEx(
    ctx: CallContext,
    req: ApiOpenNodeExRequest,
  ): Promise<ApiOpenNodeExResponse> | ApiOpenNodeExResponse;
  ApiOpenGroupEx(
    ctx: CallContext,
    req: ApiOpenGroupExRequest,
  ): Promise<ApiOpenGroupExResponse> | ApiOpenGroupExResponse;
  ApiOpenResourceEx(
    ctx: CallContext,
    req: ApiOpenResourceExRequest,
  ): Promise<ApiOpenResourceExResponse> | ApiOpenResourceExResponse;
  ApiOpenNetworkEx(
    ctx: CallContext,
    req: ApiOpenNetworkExRequest,
  ): Promise<ApiOpenNetworkExResponse> | ApiOpenNetworkExResponse;
  ApiOpenNetInterfaceEx(
    ctx: CallContext,
    req: ApiOpenNetInterfaceExRequest,
  ): Promise<ApiOpenNetInterfaceExResponse> | ApiOpenNetInterfaceExResponse;
  ApiChangeCsvState(
    ctx: CallContext,
    req: ApiChangeCsvStateRequest,
  ): Promise<ApiChangeCsvStateResponse> | ApiChangeCsvStateResponse;
  ApiCreateNodeEnumEx(
    ctx: CallContext,
    req: ApiCreateNodeEnumExRequest,
  ): Promise<ApiCreateNodeEnumExResponse> | ApiCreateNodeEnumExResponse;
  ApiCreateEnumEx(
    ctx: CallContext,
    req: ApiCreateEnumExRequest,
  ): Promise<ApiCreateEnumExResponse> | ApiCreateEnumExResponse;
  ApiPauseNodeEx(
    ctx: CallContext,
    req: ApiPauseNodeExRequest,
  ): Promise<ApiPauseNodeExResponse> | ApiPauseNodeExResponse;
  ApiPauseNodeWithDrainTarget(
    ctx: CallContext,
    req: ApiPauseNodeWithDrainTargetRequest,
  ): Promise<ApiPauseNodeWithDrainTargetResponse> | ApiPauseNodeWithDrainTargetResponse;
  ApiResumeNodeEx(
    ctx: CallContext,
    req: ApiResumeNodeExRequest,
  ): Promise<ApiResumeNodeExResponse> | ApiResumeNodeExResponse;
  ApiCreateGroupEx(
    ctx: CallContext,
    req: ApiCreateGroupExRequest,
  ): Promise<ApiCreateGroupExResponse> | ApiCreateGroupExResponse;
  ApiOnlineGroupEx(
    ctx: CallContext,
    req: ApiOnlineGroupExRequest,
  ): Promise<ApiOnlineGroupExResponse> | ApiOnlineGroupExResponse;
  ApiOfflineGroupEx(
    ctx: CallContext,
    req: ApiOfflineGroupExRequest,
  ): Promise<ApiOfflineGroupExResponse> | ApiOfflineGroupExResponse;
  ApiMoveGroupEx(
    ctx: CallContext,
    req: ApiMoveGroupExRequest,
  ): Promise<ApiMoveGroupExResponse> | ApiMoveGroupExResponse;
  ApiMoveGroupToNodeEx(
    ctx: CallContext,
    req: ApiMoveGroupToNodeExRequest,
  ): Promise<ApiMoveGroupToNodeExResponse> | ApiMoveGroupToNodeExResponse;
  ApiCancelClusterGroupOperation(
    ctx: CallContext,
    req: ApiCancelClusterGroupOperationRequest,
  ): Promise<ApiCancelClusterGroupOperationResponse> | ApiCancelClusterGroupOperationResponse;
  ApiOnlineResourceEx(
    ctx: CallContext,
    req: ApiOnlineResourceExRequest,
  ): Promise<ApiOnlineResourceExResponse> | ApiOnlineResourceExResponse;
  ApiOfflineResourceEx(
    ctx: CallContext,
    req: ApiOfflineResourceExRequest,
  ): Promise<ApiOfflineResourceExResponse> | ApiOfflineResourceExResponse;
  ApiCreateNotifyV2(
    ctx: CallContext,
    req: ApiCreateNotifyV2Request,
  ): Promise<ApiCreateNotifyV2Response> | ApiCreateNotifyV2Response;
  ApiAddNotifyV2(
    ctx: CallContext,
    req: ApiAddNotifyV2Request,
  ): Promise<ApiAddNotifyV2Response> | ApiAddNotifyV2Response;
  ApiGetNotifyV2(
    ctx: CallContext,
    req: ApiGetNotifyV2Request,
  ): Promise<ApiGetNotifyV2Response> | ApiGetNotifyV2Response;
  ApiCreateGroupEnum(
    ctx: CallContext,
    req: ApiCreateGroupEnumRequest,
  ): Promise<ApiCreateGroupEnumResponse> | ApiCreateGroupEnumResponse;
  ApiCreateResourceEnum(
    ctx: CallContext,
    req: ApiCreateResourceEnumRequest,
  ): Promise<ApiCreateResourceEnumResponse> | ApiCreateResourceEnumResponse;
  ApiExecuteReadBatch(
    ctx: CallContext,
    req: ApiExecuteReadBatchRequest,
  ): Promise<ApiExecuteReadBatchResponse> | ApiExecuteReadBatchResponse;
  ApiRestartResource(
    ctx: CallContext,
    req: ApiRestartResourceRequest,
  ): Promise<ApiRestartResourceResponse> | ApiRestartResourceResponse;
  ApiGetNotifyAsync(
    ctx: CallContext,
    req: ApiGetNotifyAsyncRequest,
  ): Promise<ApiGetNotifyAsyncResponse> | ApiGetNotifyAsyncResponse;
  ApiAddNotifyResourceTypeV2(
    ctx: CallContext,
    req: ApiAddNotifyResourceTypeV2Request,
  ): Promise<ApiAddNotifyResourceTypeV2Response> | ApiAddNotifyResourceTypeV2Response;
  ApiExecuteReadBatchEx(
    ctx: CallContext,
    req: ApiExecuteReadBatchExRequest,
  ): Promise<ApiExecuteReadBatchExResponse> | ApiExecuteReadBatchExResponse;
  ApiCreateGroupSet(
    ctx: CallContext,
    req: ApiCreateGroupSetRequest,
  ): Promise<ApiCreateGroupSetResponse> | ApiCreateGroupSetResponse;
  ApiOpenGroupSet(
    ctx: CallContext,
    req: ApiOpenGroupSetRequest,
  ): Promise<ApiOpenGroupSetResponse> | ApiOpenGroupSetResponse;
  ApiCloseGroupSet(
    ctx: CallContext,
    req: ApiCloseGroupSetRequest,
  ): Promise<ApiCloseGroupSetResponse> | ApiCloseGroupSetResponse;
  ApiDeleteGroupSet(
    ctx: CallContext,
    req: ApiDeleteGroupSetRequest,
  ): Promise<ApiDeleteGroupSetResponse> | ApiDeleteGroupSetResponse;
  ApiAddGroupToGroupSet(
    ctx: CallContext,
    req: ApiAddGroupToGroupSetRequest,
  ): Promise<ApiAddGroupToGroupSetResponse> | ApiAddGroupToGroupSetResponse;
  ApiRemoveGroupFromGroupSet(
    ctx: CallContext,
    req: ApiRemoveGroupFromGroupSetRequest,
  ): Promise<ApiRemoveGroupFromGroupSetResponse> | ApiRemoveGroupFromGroupSetResponse;
  ApiMoveGroupToGroupSet(
    ctx: CallContext,
    req: ApiMoveGroupToGroupSetRequest,
  ): Promise<ApiMoveGroupToGroupSetResponse> | ApiMoveGroupToGroupSetResponse;
  ApiAddGroupSetDependency(
    ctx: CallContext,
    req: ApiAddGroupSetDependencyRequest,
  ): Promise<ApiAddGroupSetDependencyResponse> | ApiAddGroupSetDependencyResponse;
  ApiAddGroupToGroupSetDependency(
    ctx: CallContext,
    req: ApiAddGroupToGroupSetDependencyRequest,
  ): Promise<ApiAddGroupToGroupSetDependencyResponse> | ApiAddGroupToGroupSetDependencyResponse;
  ApiNodeGroupSetControl(
    ctx: CallContext,
    req: ApiNodeGroupSetControlRequest,
  ): Promise<ApiNodeGroupSetControlResponse> | ApiNodeGroupSetControlResponse;
  ApiGroupSetControl(
    ctx: CallContext,
    req: ApiGroupSetControlRequest,
  ): Promise<ApiGroupSetControlResponse> | ApiGroupSetControlResponse;
  ApiSetGroupDependencyExpression(
    ctx: CallContext,
    req: ApiSetGroupDependencyExpressionRequest,
  ): Promise<ApiSetGroupDependencyExpressionResponse> | ApiSetGroupDependencyExpressionResponse;
  ApiRemoveClusterGroupDependency(
    ctx: CallContext,
    req: ApiRemoveClusterGroupDependencyRequest,
  ): Promise<ApiRemoveClusterGroupDependencyResponse> | ApiRemoveClusterGroupDependencyResponse;
  ApiSetGroupSetDependencyExpression(
    ctx: CallContext,
    req: ApiSetGroupSetDependencyExpressionRequest,
  ): Promise<ApiSetGroupSetDependencyExpressionResponse> | ApiSetGroupSetDependencyExpressionResponse;
  ApiRemoveGroupSetDependency(
    ctx: CallContext,
    req: ApiRemoveGroupSetDependencyRequest,
  ): Promise<ApiRemoveGroupSetDependencyResponse> | ApiRemoveGroupSetDependencyResponse;
  ApiRemoveClusterGroupToGroupSetDependency(
    ctx: CallContext,
    req: ApiRemoveClusterGroupToGroupSetDependencyRequest,
  ):
    | Promise<ApiRemoveClusterGroupToGroupSetDependencyResponse>
    | ApiRemoveClusterGroupToGroupSetDependencyResponse;
  ApiCreateGroupSetEnum(
    ctx: CallContext,
    req: ApiCreateGroupSetEnumRequest,
  ): Promise<ApiCreateGroupSetEnumResponse> | ApiCreateGroupSetEnumResponse;
  ApiCreateNetInterfaceEnum(
    ctx: CallContext,
    req: ApiCreateNetInterfaceEnumRequest,
  ): Promise<ApiCreateNetInterfaceEnumResponse> | ApiCreateNetInterfaceEnumResponse;
  ApiChangeCsvStateEx(
    ctx: CallContext,
    req: ApiChangeCsvStateExRequest,
  ): Promise<ApiChangeCsvStateExResponse> | ApiChangeCsvStateExResponse;
  ApiAddGroupToGroupSetEx(
    ctx: CallContext,
    req: ApiAddGroupToGroupSetExRequest,
  ): Promise<ApiAddGroupToGroupSetExResponse> | ApiAddGroupToGroupSetExResponse;
  ApiChangeResourceGroupEx(
    ctx: CallContext,
    req: ApiChangeResourceGroupExRequest,
  ): Promise<ApiChangeResourceGroupExResponse> | ApiChangeResourceGroupExResponse;
  ApiClusterNativeUpdateControl(
    ctx: CallContext,
    req: ApiClusterNativeUpdateControlRequest,
  ): Promise<ApiClusterNativeUpdateControlResponse> | ApiClusterNativeUpdateControlResponse;
}
/** Dispatches clusapi calls to `handlers`; a missing handler answers ERROR_CALL_NOT_IMPLEMENTED. */
export function createClusapi3Server(
  handlers: Partial<Clusapi3Handlers>,
  opts: StubServerOptions = {},
): RpcServerInterface {
  return serveMethods(
    {
      name: 'clusapi',
      syntax: Clusapi3Syntax,
      transferSyntaxes: ['ndr20', 'ndr64'],
      methods: Clusapi3Methods,
    },
    handlers,
    opts,
  );
}
