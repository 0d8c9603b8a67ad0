// Generated from idl/rrasm.idl (interface dimsvc v0.0) by `npm run gen`.
// Do not edit: change the IDL (or idl/patches) or src/idl/emit*.ts and regenerate.

import {
  conformantArray,
  enum16,
  fixedArray,
  guid,
  i32,
  lazy,
  pointer,
  string,
  struct,
  u16,
  u32,
  u64,
  u8,
  uint3264,
  union,
  wchar,
} from '../../ndr/index.js';
import type { NdrType, Scope } from '../../ndr/index.js';
import { Win32 } from '../../errors/status.js';
import type { RpcCaller } from '../../rpc/caller.js';
import { callMethod, serveMethods } from '../../rpc/stubs.js';
import type { MethodSpec, MethodTable, StubServerOptions } from '../../rpc/stubs.js';
import type { CallContext, RpcServerInterface, SyntaxId } from '../../rpc/types.js';

// --- Types

export interface CERT_BLOB_1 {
  cbData: number;
  pbData: Uint8Array | null;
}
export const CERT_BLOB_1_ndr: NdrType<CERT_BLOB_1> = struct<CERT_BLOB_1>('CERT_BLOB_1', [
  ['cbData', u32],
  ['pbData', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.cbData as number }))],
]);

export interface CERT_EKU_1 {
  dwSize: number;
  IsEKUOID: number;
  pwszEKU: number[] | null;
}
export const CERT_EKU_1_ndr: NdrType<CERT_EKU_1> = struct<CERT_EKU_1>('CERT_EKU_1', [
  ['dwSize', u32],
  ['IsEKUOID', i32],
  ['pwszEKU', pointer('unique', conformantArray(wchar, { size: (s: Scope) => s.dwSize as number }))],
]);

export interface DIM_INFORMATION_CONTAINER {
  dwBufferSize: number;
  pBuffer: Uint8Array | null;
}
export const DIM_INFORMATION_CONTAINER_ndr: NdrType<DIM_INFORMATION_CONTAINER> =
  struct<DIM_INFORMATION_CONTAINER>('DIM_INFORMATION_CONTAINER', [
    ['dwBufferSize', u32],
    ['pBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwBufferSize as number }))],
  ]);

export interface DIM_INTERFACE_CONTAINER {
  fGetInterfaceInfo: number;
  dwInterfaceInfoSize: number;
  pInterfaceInfo: Uint8Array | null;
  fGetGlobalInfo: number;
  dwGlobalInfoSize: number;
  pGlobalInfo: Uint8Array | null;
}
export const DIM_INTERFACE_CONTAINER_ndr: NdrType<DIM_INTERFACE_CONTAINER> = struct<DIM_INTERFACE_CONTAINER>(
  'DIM_INTERFACE_CONTAINER',
  [
    ['fGetInterfaceInfo', u32],
    ['dwInterfaceInfoSize', u32],
    [
      'pInterfaceInfo',
      pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwInterfaceInfoSize as number })),
    ],
    ['fGetGlobalInfo', u32],
    ['dwGlobalInfoSize', u32],
    [
      'pGlobalInfo',
      pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwGlobalInfoSize as number })),
    ],
  ],
);

export interface DIM_MIB_ENTRY_CONTAINER {
  dwMibInEntrySize: number;
  pMibInEntry: Uint8Array | null;
  dwMibOutEntrySize: number;
  pMibOutEntry: Uint8Array | null;
}
export const DIM_MIB_ENTRY_CONTAINER_ndr: NdrType<DIM_MIB_ENTRY_CONTAINER> = struct<DIM_MIB_ENTRY_CONTAINER>(
  'DIM_MIB_ENTRY_CONTAINER',
  [
    ['dwMibInEntrySize', u32],
    [
      'pMibInEntry',
      pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwMibInEntrySize as number })),
    ],
    ['dwMibOutEntrySize', u32],
    [
      'pMibOutEntry',
      pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwMibOutEntrySize as number })),
    ],
  ],
);

export interface FILETIME {
  dwLowDateTime: number;
  dwHighDateTime: number;
}
export const FILETIME_ndr: NdrType<FILETIME> = struct<FILETIME>('FILETIME', [
  ['dwLowDateTime', u32],
  ['dwHighDateTime', u32],
]);

export interface IKEV2_TUNNEL_CONFIG_PARAMS_1 {
  dwIdleTimeout: number;
  dwNetworkBlackoutTime: number;
  dwSaLifeTime: number;
  dwSaDataSizeForRenegotiation: number;
  dwConfigOptions: number;
  dwTotalCertificates: number;
  certificateNames: CERT_BLOB_1[] | null;
}
export const IKEV2_TUNNEL_CONFIG_PARAMS_1_ndr: NdrType<IKEV2_TUNNEL_CONFIG_PARAMS_1> =
  struct<IKEV2_TUNNEL_CONFIG_PARAMS_1>('IKEV2_TUNNEL_CONFIG_PARAMS_1', [
    ['dwIdleTimeout', u32],
    ['dwNetworkBlackoutTime', u32],
    ['dwSaLifeTime', u32],
    ['dwSaDataSizeForRenegotiation', u32],
    ['dwConfigOptions', u32],
    ['dwTotalCertificates', u32],
    [
      'certificateNames',
      pointer(
        'unique',
        conformantArray(CERT_BLOB_1_ndr, { size: (s: Scope) => s.dwTotalCertificates as number }),
      ),
    ],
  ]);

export interface IKEV2_CONFIG_PARAMS_1 {
  dwNumPorts: number;
  dwPortFlags: number;
  dwTunnelConfigParamFlags: number;
  TunnelConfigParams: IKEV2_TUNNEL_CONFIG_PARAMS_1;
}
export const IKEV2_CONFIG_PARAMS_1_ndr: NdrType<IKEV2_CONFIG_PARAMS_1> = struct<IKEV2_CONFIG_PARAMS_1>(
  'IKEV2_CONFIG_PARAMS_1',
  [
    ['dwNumPorts', u32],
    ['dwPortFlags', u32],
    ['dwTunnelConfigParamFlags', u32],
    ['TunnelConfigParams', IKEV2_TUNNEL_CONFIG_PARAMS_1_ndr],
  ],
);

export interface IKEV2_TUNNEL_CONFIG_PARAMS_2 {
  dwIdleTimeout: number;
  dwNetworkBlackoutTime: number;
  dwSaLifeTime: number;
  dwSaDataSizeForRenegotiation: number;
  dwConfigOptions: number;
  dwTotalCertificates: number;
  certificateNames: CERT_BLOB_1[] | null;
  machineCertificateName: CERT_BLOB_1;
  dwEncryptionType: number;
  customPolicy: ROUTER_CUSTOM_IKEv2_POLICY_0 | null;
}
export const IKEV2_TUNNEL_CONFIG_PARAMS_2_ndr: NdrType<IKEV2_TUNNEL_CONFIG_PARAMS_2> =
  struct<IKEV2_TUNNEL_CONFIG_PARAMS_2>('IKEV2_TUNNEL_CONFIG_PARAMS_2', [
    ['dwIdleTimeout', u32],
    ['dwNetworkBlackoutTime', u32],
    ['dwSaLifeTime', u32],
    ['dwSaDataSizeForRenegotiation', u32],
    ['dwConfigOptions', u32],
    ['dwTotalCertificates', u32],
    [
      'certificateNames',
      pointer(
        'unique',
        conformantArray(CERT_BLOB_1_ndr, { size: (s: Scope) => s.dwTotalCertificates as number }),
      ),
    ],
    ['machineCertificateName', CERT_BLOB_1_ndr],
    ['dwEncryptionType', u32],
    [
      'customPolicy',
      pointer(
        'unique',
        lazy(() => ROUTER_CUSTOM_IKEv2_POLICY_0_ndr),
      ),
    ],
  ]);

export interface IKEV2_CONFIG_PARAMS_2 {
  dwNumPorts: number;
  dwPortFlags: number;
  dwTunnelConfigParamFlags: number;
  TunnelConfigParams: IKEV2_TUNNEL_CONFIG_PARAMS_2;
}
export const IKEV2_CONFIG_PARAMS_2_ndr: NdrType<IKEV2_CONFIG_PARAMS_2> = struct<IKEV2_CONFIG_PARAMS_2>(
  'IKEV2_CONFIG_PARAMS_2',
  [
    ['dwNumPorts', u32],
    ['dwPortFlags', u32],
    ['dwTunnelConfigParamFlags', u32],
    ['TunnelConfigParams', IKEV2_TUNNEL_CONFIG_PARAMS_2_ndr],
  ],
);

export interface IKEV2_TUNNEL_CONFIG_PARAMS_3 {
  dwIdleTimeout: number;
  dwNetworkBlackoutTime: number;
  dwSaLifeTime: number;
  dwSaDataSizeForRenegotiation: number;
  dwConfigOptions: number;
  dwTotalCertificates: number;
  certificateNames: CERT_BLOB_1[] | null;
  machineCertificateName: CERT_BLOB_1;
  dwEncryptionType: number;
  customPolicy: ROUTER_CUSTOM_IKEv2_POLICY_0 | null;
  dwTotalEkus: number;
  certificateEKUs: CERT_EKU_1[] | null;
  machineCertificateHash: CERT_BLOB_1;
}
export const IKEV2_TUNNEL_CONFIG_PARAMS_3_ndr: NdrType<IKEV2_TUNNEL_CONFIG_PARAMS_3> =
  struct<IKEV2_TUNNEL_CONFIG_PARAMS_3>('IKEV2_TUNNEL_CONFIG_PARAMS_3', [
    ['dwIdleTimeout', u32],
    ['dwNetworkBlackoutTime', u32],
    ['dwSaLifeTime', u32],
    ['dwSaDataSizeForRenegotiation', u32],
    ['dwConfigOptions', u32],
    ['dwTotalCertificates', u32],
    [
      'certificateNames',
      pointer(
        'unique',
        conformantArray(CERT_BLOB_1_ndr, { size: (s: Scope) => s.dwTotalCertificates as number }),
      ),
    ],
    ['machineCertificateName', CERT_BLOB_1_ndr],
    ['dwEncryptionType', u32],
    [
      'customPolicy',
      pointer(
        'unique',
        lazy(() => ROUTER_CUSTOM_IKEv2_POLICY_0_ndr),
      ),
    ],
    ['dwTotalEkus', u32],
    [
      'certificateEKUs',
      pointer('unique', conformantArray(CERT_EKU_1_ndr, { size: (s: Scope) => s.dwTotalEkus as number })),
    ],
    ['machineCertificateHash', CERT_BLOB_1_ndr],
  ]);

export interface IKEV2_CONFIG_PARAMS_3 {
  dwNumPorts: number;
  dwPortFlags: number;
  dwTunnelConfigParamFlags: number;
  TunnelConfigParams: IKEV2_TUNNEL_CONFIG_PARAMS_3;
}
export const IKEV2_CONFIG_PARAMS_3_ndr: NdrType<IKEV2_CONFIG_PARAMS_3> = struct<IKEV2_CONFIG_PARAMS_3>(
  'IKEV2_CONFIG_PARAMS_3',
  [
    ['dwNumPorts', u32],
    ['dwPortFlags', u32],
    ['dwTunnelConfigParamFlags', u32],
    ['TunnelConfigParams', IKEV2_TUNNEL_CONFIG_PARAMS_3_ndr],
  ],
);

export interface IKEV2_PROJECTION_INFO_1 {
  dwIPv4NegotiationError: number;
  wszAddress: number[];
  wszRemoteAddress: number[];
  IPv4SubInterfaceIndex: bigint;
  dwIPv6NegotiationError: number;
  bInterfaceIdentifier: Uint8Array;
  bRemoteInterfaceIdentifier: Uint8Array;
  bPrefix: Uint8Array;
  dwPrefixLength: number;
  IPv6SubInterfaceIndex: bigint;
  dwOptions: number;
  dwAuthenticationProtocol: number;
  dwEapTypeId: number;
  dwCompressionAlgorithm: number;
  dwEncryptionMethod: number;
}
export const IKEV2_PROJECTION_INFO_1_ndr: NdrType<IKEV2_PROJECTION_INFO_1> = struct<IKEV2_PROJECTION_INFO_1>(
  'IKEV2_PROJECTION_INFO_1',
  [
    ['dwIPv4NegotiationError', u32],
    ['wszAddress', fixedArray(wchar, 16)],
    ['wszRemoteAddress', fixedArray(wchar, 16)],
    ['IPv4SubInterfaceIndex', u64],
    ['dwIPv6NegotiationError', u32],
    ['bInterfaceIdentifier', fixedArray(u8, 8)],
    ['bRemoteInterfaceIdentifier', fixedArray(u8, 8)],
    ['bPrefix', fixedArray(u8, 8)],
    ['dwPrefixLength', u32],
    ['IPv6SubInterfaceIndex', u64],
    ['dwOptions', u32],
    ['dwAuthenticationProtocol', u32],
    ['dwEapTypeId', u32],
    ['dwCompressionAlgorithm', u32],
    ['dwEncryptionMethod', u32],
  ],
);

export interface L2TP_CONFIG_PARAMS_1 {
  dwNumPorts: number;
  dwPortFlags: number;
}
export const L2TP_CONFIG_PARAMS_1_ndr: NdrType<L2TP_CONFIG_PARAMS_1> = struct<L2TP_CONFIG_PARAMS_1>(
  'L2TP_CONFIG_PARAMS_1',
  [
    ['dwNumPorts', u32],
    ['dwPortFlags', u32],
  ],
);

export interface L2TP_TUNNEL_CONFIG_PARAMS_1 {
  dwIdleTimeout: number;
  dwEncryptionType: number;
  dwSaLifeTime: number;
  dwSaDataSizeForRenegotiation: number;
  customPolicy: ROUTER_CUSTOM_IKEv2_POLICY_0 | null;
}
export const L2TP_TUNNEL_CONFIG_PARAMS_1_ndr: NdrType<L2TP_TUNNEL_CONFIG_PARAMS_1> =
  struct<L2TP_TUNNEL_CONFIG_PARAMS_1>('L2TP_TUNNEL_CONFIG_PARAMS_1', [
    ['dwIdleTimeout', u32],
    ['dwEncryptionType', u32],
    ['dwSaLifeTime', u32],
    ['dwSaDataSizeForRenegotiation', u32],
    [
      'customPolicy',
      pointer(
        'unique',
        lazy(() => ROUTER_CUSTOM_IKEv2_POLICY_0_ndr),
      ),
    ],
  ]);

export interface L2TP_CONFIG_PARAMS_2 {
  dwNumPorts: number;
  dwPortFlags: number;
  dwTunnelConfigParamFlags: number;
  TunnelConfigParams: L2TP_TUNNEL_CONFIG_PARAMS_1;
}
export const L2TP_CONFIG_PARAMS_2_ndr: NdrType<L2TP_CONFIG_PARAMS_2> = struct<L2TP_CONFIG_PARAMS_2>(
  'L2TP_CONFIG_PARAMS_2',
  [
    ['dwNumPorts', u32],
    ['dwPortFlags', u32],
    ['dwTunnelConfigParamFlags', u32],
    ['TunnelConfigParams', L2TP_TUNNEL_CONFIG_PARAMS_1_ndr],
  ],
);

export interface MPRAPI_OBJECT_HEADER_IDL {
  revision: number;
  type: number;
  size: number;
}
export const MPRAPI_OBJECT_HEADER_IDL_ndr: NdrType<MPRAPI_OBJECT_HEADER_IDL> =
  struct<MPRAPI_OBJECT_HEADER_IDL>('MPRAPI_OBJECT_HEADER_IDL', [
    ['revision', u8],
    ['type', u8],
    ['size', u16],
  ]);

export interface PPTP_CONFIG_PARAMS_1 {
  dwNumPorts: number;
  dwPortFlags: number;
}
export const PPTP_CONFIG_PARAMS_1_ndr: NdrType<PPTP_CONFIG_PARAMS_1> = struct<PPTP_CONFIG_PARAMS_1>(
  'PPTP_CONFIG_PARAMS_1',
  [
    ['dwNumPorts', u32],
    ['dwPortFlags', u32],
  ],
);

export interface SSTP_CERT_INFO_1 {
  isDefault: number;
  certBlob: CERT_BLOB_1;
}
export const SSTP_CERT_INFO_1_ndr: NdrType<SSTP_CERT_INFO_1> = struct<SSTP_CERT_INFO_1>('SSTP_CERT_INFO_1', [
  ['isDefault', i32],
  ['certBlob', CERT_BLOB_1_ndr],
]);

export interface SSTP_CONFIG_PARAMS_1 {
  dwNumPorts: number;
  dwPortFlags: number;
  isUseHttps: number;
  certAlgorithm: number;
  sstpCertDetails: SSTP_CERT_INFO_1;
}
export const SSTP_CONFIG_PARAMS_1_ndr: NdrType<SSTP_CONFIG_PARAMS_1> = struct<SSTP_CONFIG_PARAMS_1>(
  'SSTP_CONFIG_PARAMS_1',
  [
    ['dwNumPorts', u32],
    ['dwPortFlags', u32],
    ['isUseHttps', i32],
    ['certAlgorithm', u32],
    ['sstpCertDetails', SSTP_CERT_INFO_1_ndr],
  ],
);

export interface MPRAPI_TUNNEL_CONFIG_PARAMS_1 {
  IkeConfigParams: IKEV2_CONFIG_PARAMS_1;
  PptpConfigParams: PPTP_CONFIG_PARAMS_1;
  L2tpConfigParams: L2TP_CONFIG_PARAMS_1;
  SstpConfigParams: SSTP_CONFIG_PARAMS_1;
}
export const MPRAPI_TUNNEL_CONFIG_PARAMS_1_ndr: NdrType<MPRAPI_TUNNEL_CONFIG_PARAMS_1> =
  struct<MPRAPI_TUNNEL_CONFIG_PARAMS_1>('MPRAPI_TUNNEL_CONFIG_PARAMS_1', [
    ['IkeConfigParams', IKEV2_CONFIG_PARAMS_1_ndr],
    ['PptpConfigParams', PPTP_CONFIG_PARAMS_1_ndr],
    ['L2tpConfigParams', L2TP_CONFIG_PARAMS_1_ndr],
    ['SstpConfigParams', SSTP_CONFIG_PARAMS_1_ndr],
  ]);

export interface MPRAPI_TUNNEL_CONFIG_PARAMS_2 {
  IkeConfigParams: IKEV2_CONFIG_PARAMS_2;
  PptpConfigParams: PPTP_CONFIG_PARAMS_1;
  L2tpConfigParams: L2TP_CONFIG_PARAMS_1;
  SstpConfigParams: SSTP_CONFIG_PARAMS_1;
}
export const MPRAPI_TUNNEL_CONFIG_PARAMS_2_ndr: NdrType<MPRAPI_TUNNEL_CONFIG_PARAMS_2> =
  struct<MPRAPI_TUNNEL_CONFIG_PARAMS_2>('MPRAPI_TUNNEL_CONFIG_PARAMS_2', [
    ['IkeConfigParams', IKEV2_CONFIG_PARAMS_2_ndr],
    ['PptpConfigParams', PPTP_CONFIG_PARAMS_1_ndr],
    ['L2tpConfigParams', L2TP_CONFIG_PARAMS_1_ndr],
    ['SstpConfigParams', SSTP_CONFIG_PARAMS_1_ndr],
  ]);

export interface MPRAPI_TUNNEL_CONFIG_PARAMS_3 {
  IkeConfigParams: IKEV2_CONFIG_PARAMS_3;
  PptpConfigParams: PPTP_CONFIG_PARAMS_1;
  L2tpConfigParams: L2TP_CONFIG_PARAMS_2;
  SstpConfigParams: SSTP_CONFIG_PARAMS_1;
}
export const MPRAPI_TUNNEL_CONFIG_PARAMS_3_ndr: NdrType<MPRAPI_TUNNEL_CONFIG_PARAMS_3> =
  struct<MPRAPI_TUNNEL_CONFIG_PARAMS_3>('MPRAPI_TUNNEL_CONFIG_PARAMS_3', [
    ['IkeConfigParams', IKEV2_CONFIG_PARAMS_3_ndr],
    ['PptpConfigParams', PPTP_CONFIG_PARAMS_1_ndr],
    ['L2tpConfigParams', L2TP_CONFIG_PARAMS_2_ndr],
    ['SstpConfigParams', SSTP_CONFIG_PARAMS_1_ndr],
  ]);

export interface ROUTER_IKEv2_IF_CUSTOM_CONFIG_0 {
  dwSaLifeTime: number;
  dwSaDataSize: number;
  certificateName: CERT_BLOB_1;
  customPolicy: ROUTER_CUSTOM_IKEv2_POLICY_0 | null;
}
export const ROUTER_IKEv2_IF_CUSTOM_CONFIG_0_ndr: NdrType<ROUTER_IKEv2_IF_CUSTOM_CONFIG_0> =
  struct<ROUTER_IKEv2_IF_CUSTOM_CONFIG_0>('ROUTER_IKEv2_IF_CUSTOM_CONFIG_0', [
    ['dwSaLifeTime', u32],
    ['dwSaDataSize', u32],
    ['certificateName', CERT_BLOB_1_ndr],
    [
      'customPolicy',
      pointer(
        'unique',
        lazy(() => ROUTER_CUSTOM_IKEv2_POLICY_0_ndr),
      ),
    ],
  ]);

export interface MPR_IF_CUSTOMINFOEX_0 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  dwFlags: number;
  customIkev2Config: ROUTER_IKEv2_IF_CUSTOM_CONFIG_0;
}
export const MPR_IF_CUSTOMINFOEX_0_ndr: NdrType<MPR_IF_CUSTOMINFOEX_0> = struct<MPR_IF_CUSTOMINFOEX_0>(
  'MPR_IF_CUSTOMINFOEX_0',
  [
    ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
    ['dwFlags', u32],
    ['customIkev2Config', ROUTER_IKEv2_IF_CUSTOM_CONFIG_0_ndr],
  ],
);

export interface ROUTER_IKEv2_IF_CUSTOM_CONFIG_1 {
  dwSaLifeTime: number;
  dwSaDataSize: number;
  certificateName: CERT_BLOB_1;
  customPolicy: ROUTER_CUSTOM_IKEv2_POLICY_0 | null;
  certificateHash: CERT_BLOB_1;
}
export const ROUTER_IKEv2_IF_CUSTOM_CONFIG_1_ndr: NdrType<ROUTER_IKEv2_IF_CUSTOM_CONFIG_1> =
  struct<ROUTER_IKEv2_IF_CUSTOM_CONFIG_1>('ROUTER_IKEv2_IF_CUSTOM_CONFIG_1', [
    ['dwSaLifeTime', u32],
    ['dwSaDataSize', u32],
    ['certificateName', CERT_BLOB_1_ndr],
    [
      'customPolicy',
      pointer(
        'unique',
        lazy(() => ROUTER_CUSTOM_IKEv2_POLICY_0_ndr),
      ),
    ],
    ['certificateHash', CERT_BLOB_1_ndr],
  ]);

export interface MPR_IF_CUSTOMINFOEX_1 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  dwFlags: number;
  customIkev2Config: ROUTER_IKEv2_IF_CUSTOM_CONFIG_1;
}
export const MPR_IF_CUSTOMINFOEX_1_ndr: NdrType<MPR_IF_CUSTOMINFOEX_1> = struct<MPR_IF_CUSTOMINFOEX_1>(
  'MPR_IF_CUSTOMINFOEX_1',
  [
    ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
    ['dwFlags', u32],
    ['customIkev2Config', ROUTER_IKEv2_IF_CUSTOM_CONFIG_1_ndr],
  ],
);

/** Union arms by tag — 1: IfConfigObj1; 2: IfConfigObj2. Discriminant revision. */
export type MPR_IF_CUSTOMINFOEX_IDL =
  { tag: 1; value: MPR_IF_CUSTOMINFOEX_0 } | { tag: 2; value: MPR_IF_CUSTOMINFOEX_1 };
export const MPR_IF_CUSTOMINFOEX_IDL_ndr = union({
  name: 'MPR_IF_CUSTOMINFOEX_IDL',
  discriminant: u8,
  arms: { 1: MPR_IF_CUSTOMINFOEX_0_ndr, 2: MPR_IF_CUSTOMINFOEX_1_ndr },
  encapsulated: true,
}) as NdrType<MPR_IF_CUSTOMINFOEX_IDL>;

export interface MPR_SERVER_EX_1 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  fLanOnlyMode: number;
  dwUpTime: number;
  dwTotalPorts: number;
  dwPortsInUse: number;
  Reserved: number;
  ConfigParams: MPRAPI_TUNNEL_CONFIG_PARAMS_1;
}
export const MPR_SERVER_EX_1_ndr: NdrType<MPR_SERVER_EX_1> = struct<MPR_SERVER_EX_1>('MPR_SERVER_EX_1', [
  ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
  ['fLanOnlyMode', i32],
  ['dwUpTime', u32],
  ['dwTotalPorts', u32],
  ['dwPortsInUse', u32],
  ['Reserved', u32],
  ['ConfigParams', MPRAPI_TUNNEL_CONFIG_PARAMS_1_ndr],
]);

export interface MPR_SERVER_EX_2 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  fLanOnlyMode: number;
  dwUpTime: number;
  dwTotalPorts: number;
  dwPortsInUse: number;
  Reserved: number;
  ConfigParams: MPRAPI_TUNNEL_CONFIG_PARAMS_2;
}
export const MPR_SERVER_EX_2_ndr: NdrType<MPR_SERVER_EX_2> = struct<MPR_SERVER_EX_2>('MPR_SERVER_EX_2', [
  ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
  ['fLanOnlyMode', i32],
  ['dwUpTime', u32],
  ['dwTotalPorts', u32],
  ['dwPortsInUse', u32],
  ['Reserved', u32],
  ['ConfigParams', MPRAPI_TUNNEL_CONFIG_PARAMS_2_ndr],
]);

export interface MPR_SERVER_EX_3 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  fLanOnlyMode: number;
  dwUpTime: number;
  dwTotalPorts: number;
  dwPortsInUse: number;
  Reserved: number;
  ConfigParams: MPRAPI_TUNNEL_CONFIG_PARAMS_3;
}
export const MPR_SERVER_EX_3_ndr: NdrType<MPR_SERVER_EX_3> = struct<MPR_SERVER_EX_3>('MPR_SERVER_EX_3', [
  ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
  ['fLanOnlyMode', i32],
  ['dwUpTime', u32],
  ['dwTotalPorts', u32],
  ['dwPortsInUse', u32],
  ['Reserved', u32],
  ['ConfigParams', MPRAPI_TUNNEL_CONFIG_PARAMS_3_ndr],
]);

/** Union arms by tag — 1: ServerConfig1; 2: ServerConfig2; 3: ServerConfig3. Discriminant revision. */
export type MPR_SERVER_EX_IDL =
  | { tag: 1; value: MPR_SERVER_EX_1 }
  | { tag: 2; value: MPR_SERVER_EX_2 }
  | { tag: 3; value: MPR_SERVER_EX_3 };
export const MPR_SERVER_EX_IDL_ndr = union({
  name: 'MPR_SERVER_EX_IDL',
  discriminant: u8,
  arms: { 1: MPR_SERVER_EX_1_ndr, 2: MPR_SERVER_EX_2_ndr, 3: MPR_SERVER_EX_3_ndr },
  encapsulated: true,
}) as NdrType<MPR_SERVER_EX_IDL>;

export interface MPR_SERVER_SET_CONFIG_EX_1 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  setConfigForProtocols: number;
  ConfigParams: MPRAPI_TUNNEL_CONFIG_PARAMS_1;
}
export const MPR_SERVER_SET_CONFIG_EX_1_ndr: NdrType<MPR_SERVER_SET_CONFIG_EX_1> =
  struct<MPR_SERVER_SET_CONFIG_EX_1>('MPR_SERVER_SET_CONFIG_EX_1', [
    ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
    ['setConfigForProtocols', u32],
    ['ConfigParams', MPRAPI_TUNNEL_CONFIG_PARAMS_1_ndr],
  ]);

export interface MPR_SERVER_SET_CONFIG_EX_2 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  setConfigForProtocols: number;
  ConfigParams: MPRAPI_TUNNEL_CONFIG_PARAMS_2;
}
export const MPR_SERVER_SET_CONFIG_EX_2_ndr: NdrType<MPR_SERVER_SET_CONFIG_EX_2> =
  struct<MPR_SERVER_SET_CONFIG_EX_2>('MPR_SERVER_SET_CONFIG_EX_2', [
    ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
    ['setConfigForProtocols', u32],
    ['ConfigParams', MPRAPI_TUNNEL_CONFIG_PARAMS_2_ndr],
  ]);

export interface MPR_SERVER_SET_CONFIG_EX_3 {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  setConfigForProtocols: number;
  ConfigParams: MPRAPI_TUNNEL_CONFIG_PARAMS_3;
}
export const MPR_SERVER_SET_CONFIG_EX_3_ndr: NdrType<MPR_SERVER_SET_CONFIG_EX_3> =
  struct<MPR_SERVER_SET_CONFIG_EX_3>('MPR_SERVER_SET_CONFIG_EX_3', [
    ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
    ['setConfigForProtocols', u32],
    ['ConfigParams', MPRAPI_TUNNEL_CONFIG_PARAMS_3_ndr],
  ]);

/** Union arms by tag — 1: ServerSetConfig1; 2: ServerSetConfig2; 3: ServerSetConfig3. Discriminant revision. */
export type MPR_SERVER_SET_CONFIG_EX_IDL =
  | { tag: 1; value: MPR_SERVER_SET_CONFIG_EX_1 }
  | { tag: 2; value: MPR_SERVER_SET_CONFIG_EX_2 }
  | { tag: 3; value: MPR_SERVER_SET_CONFIG_EX_3 };
export const MPR_SERVER_SET_CONFIG_EX_IDL_ndr = union({
  name: 'MPR_SERVER_SET_CONFIG_EX_IDL',
  discriminant: u8,
  arms: {
    1: MPR_SERVER_SET_CONFIG_EX_1_ndr,
    2: MPR_SERVER_SET_CONFIG_EX_2_ndr,
    3: MPR_SERVER_SET_CONFIG_EX_3_ndr,
  },
  encapsulated: true,
}) as NdrType<MPR_SERVER_SET_CONFIG_EX_IDL>;

export interface PPP_PROJECTION_INFO_1 {
  dwIPv4NegotiationError: number;
  wszAddress: number[];
  wszRemoteAddress: number[];
  dwIPv4Options: number;
  dwIPv4RemoteOptions: number;
  IPv4SubInterfaceIndex: bigint;
  dwIPv6NegotiationError: number;
  bInterfaceIdentifier: Uint8Array;
  bRemoteInterfaceIdentifier: Uint8Array;
  bPrefix: Uint8Array;
  dwPrefixLength: number;
  IPv6SubInterfaceIndex: bigint;
  dwLcpError: number;
  dwAuthenticationProtocol: number;
  dwAuthenticationData: number;
  dwRemoteAuthenticationProtocol: number;
  dwRemoteAuthenticationData: number;
  dwLcpTerminateReason: number;
  dwLcpRemoteTerminateReason: number;
  dwLcpOptions: number;
  dwLcpRemoteOptions: number;
  dwEapTypeId: number;
  dwRemoteEapTypeId: number;
  dwCcpError: number;
  dwCompressionAlgorithm: number;
  dwCcpOptions: number;
  dwRemoteCompressionAlgorithm: number;
  dwCcpRemoteOptions: number;
}
export const PPP_PROJECTION_INFO_1_ndr: NdrType<PPP_PROJECTION_INFO_1> = struct<PPP_PROJECTION_INFO_1>(
  'PPP_PROJECTION_INFO_1',
  [
    ['dwIPv4NegotiationError', u32],
    ['wszAddress', fixedArray(wchar, 16)],
    ['wszRemoteAddress', fixedArray(wchar, 16)],
    ['dwIPv4Options', u32],
    ['dwIPv4RemoteOptions', u32],
    ['IPv4SubInterfaceIndex', u64],
    ['dwIPv6NegotiationError', u32],
    ['bInterfaceIdentifier', fixedArray(u8, 8)],
    ['bRemoteInterfaceIdentifier', fixedArray(u8, 8)],
    ['bPrefix', fixedArray(u8, 8)],
    ['dwPrefixLength', u32],
    ['IPv6SubInterfaceIndex', u64],
    ['dwLcpError', u32],
    ['dwAuthenticationProtocol', u32],
    ['dwAuthenticationData', u32],
    ['dwRemoteAuthenticationProtocol', u32],
    ['dwRemoteAuthenticationData', u32],
    ['dwLcpTerminateReason', u32],
    ['dwLcpRemoteTerminateReason', u32],
    ['dwLcpOptions', u32],
    ['dwLcpRemoteOptions', u32],
    ['dwEapTypeId', u32],
    ['dwRemoteEapTypeId', u32],
    ['dwCcpError', u32],
    ['dwCompressionAlgorithm', u32],
    ['dwCcpOptions', u32],
    ['dwRemoteCompressionAlgorithm', u32],
    ['dwCcpRemoteOptions', u32],
  ],
);

/** Union arms by tag — 1: PppProjectionInfo; 2: Ikev2ProjectionInfo. Discriminant projectionInfoType. */
export type PROJECTION_INFO_IDL_1 =
  { tag: 1; value: PPP_PROJECTION_INFO_1 } | { tag: 2; value: IKEV2_PROJECTION_INFO_1 };
export const PROJECTION_INFO_IDL_1_ndr = union({
  name: 'PROJECTION_INFO_IDL_1',
  discriminant: u8,
  arms: { 1: PPP_PROJECTION_INFO_1_ndr, 2: IKEV2_PROJECTION_INFO_1_ndr },
  encapsulated: true,
}) as NdrType<PROJECTION_INFO_IDL_1>;

export const RAS_QUARANTINE_STATE = {
  RAS_QUAR_STATE_NORMAL: 0,
  RAS_QUAR_STATE_QUARANTINE: 1,
  RAS_QUAR_STATE_PROBATION: 2,
  RAS_QUAR_STATE_UNKNOWN: 3,
} as const;
export type RAS_QUARANTINE_STATE = number;

export const ROUTER_INTERFACE_TYPE = {
  ROUTER_IF_TYPE_CLIENT: 0,
  ROUTER_IF_TYPE_HOME_ROUTER: 1,
  ROUTER_IF_TYPE_FULL_ROUTER: 2,
  ROUTER_IF_TYPE_DEDICATED: 3,
  ROUTER_IF_TYPE_INTERNAL: 4,
  ROUTER_IF_TYPE_LOOPBACK: 5,
  ROUTER_IF_TYPE_TUNNEL1: 6,
  ROUTER_IF_TYPE_DIALOUT: 7,
} as const;
export type ROUTER_INTERFACE_TYPE = number;

export interface RAS_CONNECTION_EX_1_IDL {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  dwConnectDuration: number;
  dwInterfaceType: ROUTER_INTERFACE_TYPE;
  dwConnectionFlags: number;
  wszInterfaceName: number[];
  wszUserName: number[];
  wszLogonDomain: number[];
  wszRemoteComputer: number[];
  guid: string;
  rasQuarState: RAS_QUARANTINE_STATE;
  probationTime: FILETIME;
  dwBytesXmited: number;
  dwBytesRcved: number;
  dwFramesXmited: number;
  dwFramesRcved: number;
  dwCrcErr: number;
  dwTimeoutErr: number;
  dwAlignmentErr: number;
  dwHardwareOverrunErr: number;
  dwFramingErr: number;
  dwBufferOverrunErr: number;
  dwCompressionRatioIn: number;
  dwCompressionRatioOut: number;
  dwNumSwitchOvers: number;
  wszRemoteEndpointAddress: number[];
  wszLocalEndpointAddress: number[];
  ProjectionInfo: PROJECTION_INFO_IDL_1;
  hConnection: number;
  hInterface: number;
}
export const RAS_CONNECTION_EX_1_IDL_ndr: NdrType<RAS_CONNECTION_EX_1_IDL> = struct<RAS_CONNECTION_EX_1_IDL>(
  'RAS_CONNECTION_EX_1_IDL',
  [
    ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
    ['dwConnectDuration', u32],
    ['dwInterfaceType', enum16],
    ['dwConnectionFlags', u32],
    ['wszInterfaceName', fixedArray(wchar, 257)],
    ['wszUserName', fixedArray(wchar, 257)],
    ['wszLogonDomain', fixedArray(wchar, 16)],
    ['wszRemoteComputer', fixedArray(wchar, 17)],
    ['guid', guid],
    ['rasQuarState', enum16],
    ['probationTime', FILETIME_ndr],
    ['dwBytesXmited', u32],
    ['dwBytesRcved', u32],
    ['dwFramesXmited', u32],
    ['dwFramesRcved', u32],
    ['dwCrcErr', u32],
    ['dwTimeoutErr', u32],
    ['dwAlignmentErr', u32],
    ['dwHardwareOverrunErr', u32],
    ['dwFramingErr', u32],
    ['dwBufferOverrunErr', u32],
    ['dwCompressionRatioIn', u32],
    ['dwCompressionRatioOut', u32],
    ['dwNumSwitchOvers', u32],
    ['wszRemoteEndpointAddress', fixedArray(wchar, 65)],
    ['wszLocalEndpointAddress', fixedArray(wchar, 65)],
    ['ProjectionInfo', PROJECTION_INFO_IDL_1_ndr],
    ['hConnection', u32],
    ['hInterface', u32],
  ],
);

/** Union arms by tag — 1: RasConnection1. Discriminant revision. */
export type RAS_CONNECTION_EX_IDL = { tag: 1; value: RAS_CONNECTION_EX_1_IDL };
export const RAS_CONNECTION_EX_IDL_ndr = union({
  name: 'RAS_CONNECTION_EX_IDL',
  discriminant: u8,
  arms: { 1: RAS_CONNECTION_EX_1_IDL_ndr },
  encapsulated: true,
}) as NdrType<RAS_CONNECTION_EX_IDL>;

export interface RAS_UPDATE_CONNECTION_1_IDL {
  Header: MPRAPI_OBJECT_HEADER_IDL;
  dwIfIndex: number;
  wszRemoteEndpointAddress: number[];
}
export const RAS_UPDATE_CONNECTION_1_IDL_ndr: NdrType<RAS_UPDATE_CONNECTION_1_IDL> =
  struct<RAS_UPDATE_CONNECTION_1_IDL>('RAS_UPDATE_CONNECTION_1_IDL', [
    ['Header', MPRAPI_OBJECT_HEADER_IDL_ndr],
    ['dwIfIndex', u32],
    ['wszRemoteEndpointAddress', fixedArray(wchar, 65)],
  ]);

/** Union arms by tag — 1: UpdateConnection1. Discriminant revision. */
export type RAS_UPDATE_CONNECTION_IDL = { tag: 1; value: RAS_UPDATE_CONNECTION_1_IDL };
export const RAS_UPDATE_CONNECTION_IDL_ndr = union({
  name: 'RAS_UPDATE_CONNECTION_IDL',
  discriminant: u8,
  arms: { 1: RAS_UPDATE_CONNECTION_1_IDL_ndr },
  encapsulated: true,
}) as NdrType<RAS_UPDATE_CONNECTION_IDL>;

export interface ROUTER_CUSTOM_IKEv2_POLICY_0 {
  dwIntegrityMethod: number;
  dwEncryptionMethod: number;
  dwCipherTransformConstant: number;
  dwAuthTransformConstant: number;
  dwPfsGroup: number;
  dwDhGroup: number;
}
export const ROUTER_CUSTOM_IKEv2_POLICY_0_ndr: NdrType<ROUTER_CUSTOM_IKEv2_POLICY_0> =
  struct<ROUTER_CUSTOM_IKEv2_POLICY_0>('ROUTER_CUSTOM_IKEv2_POLICY_0', [
    ['dwIntegrityMethod', u32],
    ['dwEncryptionMethod', u32],
    ['dwCipherTransformConstant', u32],
    ['dwAuthTransformConstant', u32],
    ['dwPfsGroup', u32],
    ['dwDhGroup', u32],
  ]);

// --- Interface syntax and opnums

export const DimsvcSyntax: SyntaxId = { uuid: '8f09f000-b7ed-11ce-bbd2-00001a181cad', major: 0, minor: 0 };
/** Every opnum of dimsvc v0.0; index = opnum. */
export const DimsvcOpnums = {
  syntax: DimsvcSyntax,
  ops: [
    { opnum: 0, name: 'RMprAdminServerGetInfo', kind: 'method' },
    { opnum: 1, name: 'RRasAdminConnectionEnum', kind: 'method' },
    { opnum: 2, name: 'RRasAdminConnectionGetInfo', kind: 'method' },
    { opnum: 3, name: 'RRasAdminConnectionClearStats', kind: 'method' },
    { opnum: 4, name: 'RRasAdminPortEnum', kind: 'method' },
    { opnum: 5, name: 'RRasAdminPortGetInfo', kind: 'method' },
    { opnum: 6, name: 'RRasAdminPortClearStats', kind: 'method' },
    { opnum: 7, name: 'RRasAdminPortReset', kind: 'method' },
    { opnum: 8, name: 'RRasAdminPortDisconnect', kind: 'method' },
    { opnum: 9, name: 'RRouterInterfaceTransportSetGlobalInfo', kind: 'method' },
    { opnum: 10, name: 'RRouterInterfaceTransportGetGlobalInfo', kind: 'method' },
    { opnum: 11, name: 'RRouterInterfaceGetHandle', kind: 'method' },
    { opnum: 12, name: 'RRouterInterfaceCreate', kind: 'method' },
    { opnum: 13, name: 'RRouterInterfaceGetInfo', kind: 'method' },
    { opnum: 14, name: 'RRouterInterfaceSetInfo', kind: 'method' },
    { opnum: 15, name: 'RRouterInterfaceDelete', kind: 'method' },
    { opnum: 16, name: 'RRouterInterfaceTransportRemove', kind: 'method' },
    { opnum: 17, name: 'RRouterInterfaceTransportAdd', kind: 'method' },
    { opnum: 18, name: 'RRouterInterfaceTransportGetInfo', kind: 'method' },
    { opnum: 19, name: 'RRouterInterfaceTransportSetInfo', kind: 'method' },
    { opnum: 20, name: 'RRouterInterfaceEnum', kind: 'method' },
    { opnum: 21, name: 'RRouterInterfaceConnect', kind: 'method' },
    { opnum: 22, name: 'RRouterInterfaceDisconnect', kind: 'method' },
    { opnum: 23, name: 'RRouterInterfaceUpdateRoutes', kind: 'method' },
    { opnum: 24, name: 'RRouterInterfaceQueryUpdateResult', kind: 'method' },
    { opnum: 25, name: 'RRouterInterfaceUpdatePhonebookInfo', kind: 'method' },
    { opnum: 26, name: 'RMIBEntryCreate', kind: 'method' },
    { opnum: 27, name: 'RMIBEntryDelete', kind: 'method' },
    { opnum: 28, name: 'RMIBEntrySet', kind: 'method' },
    { opnum: 29, name: 'RMIBEntryGet', kind: 'method' },
    { opnum: 30, name: 'RMIBEntryGetFirst', kind: 'method' },
    { opnum: 31, name: 'RMIBEntryGetNext', kind: 'method' },
    { opnum: 32, name: 'RMIBGetTrapInfo', kind: 'method' },
    { opnum: 33, name: 'RMIBSetTrapInfo', kind: 'method' },
    { opnum: 34, name: 'RRasAdminConnectionNotification', kind: 'method' },
    { opnum: 35, name: 'RRasAdminSendUserMessage', kind: 'method' },
    { opnum: 36, name: 'RRouterDeviceEnum', kind: 'method' },
    { opnum: 37, name: 'RRouterInterfaceTransportCreate', kind: 'method' },
    { opnum: 38, name: 'RRouterInterfaceDeviceGetInfo', kind: 'method' },
    { opnum: 39, name: 'RRouterInterfaceDeviceSetInfo', kind: 'method' },
    { opnum: 40, name: 'RRouterInterfaceSetCredentialsEx', kind: 'method' },
    { opnum: 41, name: 'RRouterInterfaceGetCredentialsEx', kind: 'method' },
    { opnum: 42, name: 'RRasAdminConnectionRemoveQuarantine', kind: 'method' },
    { opnum: 43, name: 'RMprAdminServerSetInfo', kind: 'method' },
    { opnum: 44, name: 'RMprAdminServerGetInfoEx', kind: 'method' },
    { opnum: 45, name: 'RRasAdminConnectionEnumEx', kind: 'method' },
    { opnum: 46, name: 'RRasAdminConnectionGetInfoEx', kind: 'method' },
    { opnum: 47, name: 'RMprAdminServerSetInfoEx', kind: 'method' },
    { opnum: 48, name: 'RRasAdminUpdateConnection', kind: 'method' },
    { opnum: 49, name: 'RRouterInterfaceSetCredentialsLocal', kind: 'method' },
    { opnum: 50, name: 'RRouterInterfaceGetCredentialsLocal', kind: 'method' },
    { opnum: 51, name: 'RRouterInterfaceGetCustomInfoEx', kind: 'method' },
    { opnum: 52, name: 'RRouterInterfaceSetCustomInfoEx', kind: 'method' },
  ],
} as const;
export const DimsvcOpnum = {
  RMprAdminServerGetInfo: 0,
  RRasAdminConnectionEnum: 1,
  RRasAdminConnectionGetInfo: 2,
  RRasAdminConnectionClearStats: 3,
  RRasAdminPortEnum: 4,
  RRasAdminPortGetInfo: 5,
  RRasAdminPortClearStats: 6,
  RRasAdminPortReset: 7,
  RRasAdminPortDisconnect: 8,
  RRouterInterfaceTransportSetGlobalInfo: 9,
  RRouterInterfaceTransportGetGlobalInfo: 10,
  RRouterInterfaceGetHandle: 11,
  RRouterInterfaceCreate: 12,
  RRouterInterfaceGetInfo: 13,
  RRouterInterfaceSetInfo: 14,
  RRouterInterfaceDelete: 15,
  RRouterInterfaceTransportRemove: 16,
  RRouterInterfaceTransportAdd: 17,
  RRouterInterfaceTransportGetInfo: 18,
  RRouterInterfaceTransportSetInfo: 19,
  RRouterInterfaceEnum: 20,
  RRouterInterfaceConnect: 21,
  RRouterInterfaceDisconnect: 22,
  RRouterInterfaceUpdateRoutes: 23,
  RRouterInterfaceQueryUpdateResult: 24,
  RRouterInterfaceUpdatePhonebookInfo: 25,
  RMIBEntryCreate: 26,
  RMIBEntryDelete: 27,
  RMIBEntrySet: 28,
  RMIBEntryGet: 29,
  RMIBEntryGetFirst: 30,
  RMIBEntryGetNext: 31,
  RMIBGetTrapInfo: 32,
  RMIBSetTrapInfo: 33,
  RRasAdminConnectionNotification: 34,
  RRasAdminSendUserMessage: 35,
  RRouterDeviceEnum: 36,
  RRouterInterfaceTransportCreate: 37,
  RRouterInterfaceDeviceGetInfo: 38,
  RRouterInterfaceDeviceSetInfo: 39,
  RRouterInterfaceSetCredentialsEx: 40,
  RRouterInterfaceGetCredentialsEx: 41,
  RRasAdminConnectionRemoveQuarantine: 42,
  RMprAdminServerSetInfo: 43,
  RMprAdminServerGetInfoEx: 44,
  RRasAdminConnectionEnumEx: 45,
  RRasAdminConnectionGetInfoEx: 46,
  RMprAdminServerSetInfoEx: 47,
  RRasAdminUpdateConnection: 48,
  RRouterInterfaceSetCredentialsLocal: 49,
  RRouterInterfaceGetCredentialsLocal: 50,
  RRouterInterfaceGetCustomInfoEx: 51,
  RRouterInterfaceSetCustomInfoEx: 52,
} as const;

// --- Methods: request / response types and wire descriptions

export type RMprAdminServerGetInfoRequest = {
  dwLevel: number;
};
export type RMprAdminServerGetInfoResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  ret: number;
};
const RMprAdminServerGetInfo_spec: MethodSpec<RMprAdminServerGetInfoRequest, RMprAdminServerGetInfoResponse> =
  {
    opnum: 0,
    name: 'RMprAdminServerGetInfo',
    request: [['dwLevel', u32]],
    response: [
      ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
      ['ret', u32],
    ],
    notImplemented: (_req: RMprAdminServerGetInfoRequest): RMprAdminServerGetInfoResponse => ({
      pInfoStruct: { dwBufferSize: 0, pBuffer: null },
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type RRasAdminConnectionEnumRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  dwPreferedMaximumLength: number;
  lpdwResumeHandle: number | null;
};
export type RRasAdminConnectionEnumResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  lpdwEntriesRead: number;
  lpdwTotalEntries: number;
  lpdwResumeHandle: number | null;
  ret: number;
};
const RRasAdminConnectionEnum_spec: MethodSpec<
  RRasAdminConnectionEnumRequest,
  RRasAdminConnectionEnumResponse
> = {
  opnum: 1,
  name: 'RRasAdminConnectionEnum',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['dwPreferedMaximumLength', u32],
    ['lpdwResumeHandle', pointer('unique', u32)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['lpdwEntriesRead', pointer('ref', u32)],
    ['lpdwTotalEntries', pointer('ref', u32)],
    ['lpdwResumeHandle', pointer('unique', u32)],
    ['ret', u32],
  ],
  notImplemented: (req: RRasAdminConnectionEnumRequest): RRasAdminConnectionEnumResponse => ({
    pInfoStruct: req.pInfoStruct,
    lpdwEntriesRead: 0,
    lpdwTotalEntries: 0,
    lpdwResumeHandle: req.lpdwResumeHandle,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminConnectionGetInfoRequest = {
  dwLevel: number;
  hDimConnection: number;
};
export type RRasAdminConnectionGetInfoResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  ret: number;
};
const RRasAdminConnectionGetInfo_spec: MethodSpec<
  RRasAdminConnectionGetInfoRequest,
  RRasAdminConnectionGetInfoResponse
> = {
  opnum: 2,
  name: 'RRasAdminConnectionGetInfo',
  request: [
    ['dwLevel', u32],
    ['hDimConnection', u32],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (_req: RRasAdminConnectionGetInfoRequest): RRasAdminConnectionGetInfoResponse => ({
    pInfoStruct: { dwBufferSize: 0, pBuffer: null },
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminConnectionClearStatsRequest = {
  hDimConnection: number;
};
export type RRasAdminConnectionClearStatsResponse = {
  ret: number;
};
const RRasAdminConnectionClearStats_spec: MethodSpec<
  RRasAdminConnectionClearStatsRequest,
  RRasAdminConnectionClearStatsResponse
> = {
  opnum: 3,
  name: 'RRasAdminConnectionClearStats',
  request: [['hDimConnection', u32]],
  response: [['ret', u32]],
  notImplemented: (_req: RRasAdminConnectionClearStatsRequest): RRasAdminConnectionClearStatsResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminPortEnumRequest = {
  dwLevel: number;
  hRasConnection: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  dwPreferedMaximumLength: number;
  lpdwResumeHandle: number | null;
};
export type RRasAdminPortEnumResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  lpdwEntriesRead: number;
  lpdwTotalEntries: number;
  lpdwResumeHandle: number | null;
  ret: number;
};
const RRasAdminPortEnum_spec: MethodSpec<RRasAdminPortEnumRequest, RRasAdminPortEnumResponse> = {
  opnum: 4,
  name: 'RRasAdminPortEnum',
  request: [
    ['dwLevel', u32],
    ['hRasConnection', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['dwPreferedMaximumLength', u32],
    ['lpdwResumeHandle', pointer('unique', u32)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['lpdwEntriesRead', pointer('ref', u32)],
    ['lpdwTotalEntries', pointer('ref', u32)],
    ['lpdwResumeHandle', pointer('unique', u32)],
    ['ret', u32],
  ],
  notImplemented: (req: RRasAdminPortEnumRequest): RRasAdminPortEnumResponse => ({
    pInfoStruct: req.pInfoStruct,
    lpdwEntriesRead: 0,
    lpdwTotalEntries: 0,
    lpdwResumeHandle: req.lpdwResumeHandle,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminPortGetInfoRequest = {
  dwLevel: number;
  hPort: number;
};
export type RRasAdminPortGetInfoResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  ret: number;
};
const RRasAdminPortGetInfo_spec: MethodSpec<RRasAdminPortGetInfoRequest, RRasAdminPortGetInfoResponse> = {
  opnum: 5,
  name: 'RRasAdminPortGetInfo',
  request: [
    ['dwLevel', u32],
    ['hPort', u32],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (_req: RRasAdminPortGetInfoRequest): RRasAdminPortGetInfoResponse => ({
    pInfoStruct: { dwBufferSize: 0, pBuffer: null },
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminPortClearStatsRequest = {
  hPort: number;
};
export type RRasAdminPortClearStatsResponse = {
  ret: number;
};
const RRasAdminPortClearStats_spec: MethodSpec<
  RRasAdminPortClearStatsRequest,
  RRasAdminPortClearStatsResponse
> = {
  opnum: 6,
  name: 'RRasAdminPortClearStats',
  request: [['hPort', u32]],
  response: [['ret', u32]],
  notImplemented: (_req: RRasAdminPortClearStatsRequest): RRasAdminPortClearStatsResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminPortResetRequest = {
  hPort: number;
};
export type RRasAdminPortResetResponse = {
  ret: number;
};
const RRasAdminPortReset_spec: MethodSpec<RRasAdminPortResetRequest, RRasAdminPortResetResponse> = {
  opnum: 7,
  name: 'RRasAdminPortReset',
  request: [['hPort', u32]],
  response: [['ret', u32]],
  notImplemented: (_req: RRasAdminPortResetRequest): RRasAdminPortResetResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminPortDisconnectRequest = {
  hPort: number;
};
export type RRasAdminPortDisconnectResponse = {
  ret: number;
};
const RRasAdminPortDisconnect_spec: MethodSpec<
  RRasAdminPortDisconnectRequest,
  RRasAdminPortDisconnectResponse
> = {
  opnum: 8,
  name: 'RRasAdminPortDisconnect',
  request: [['hPort', u32]],
  response: [['ret', u32]],
  notImplemented: (_req: RRasAdminPortDisconnectRequest): RRasAdminPortDisconnectResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceTransportSetGlobalInfoRequest = {
  dwTransportId: number;
  pInfoStruct: DIM_INTERFACE_CONTAINER;
};
export type RRouterInterfaceTransportSetGlobalInfoResponse = {
  ret: number;
};
const RRouterInterfaceTransportSetGlobalInfo_spec: MethodSpec<
  RRouterInterfaceTransportSetGlobalInfoRequest,
  RRouterInterfaceTransportSetGlobalInfoResponse
> = {
  opnum: 9,
  name: 'RRouterInterfaceTransportSetGlobalInfo',
  request: [
    ['dwTransportId', u32],
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRouterInterfaceTransportSetGlobalInfoRequest,
  ): RRouterInterfaceTransportSetGlobalInfoResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RRouterInterfaceTransportGetGlobalInfoRequest = {
  dwTransportId: number;
  pInfoStruct: DIM_INTERFACE_CONTAINER;
};
export type RRouterInterfaceTransportGetGlobalInfoResponse = {
  pInfoStruct: DIM_INTERFACE_CONTAINER;
  ret: number;
};
const RRouterInterfaceTransportGetGlobalInfo_spec: MethodSpec<
  RRouterInterfaceTransportGetGlobalInfoRequest,
  RRouterInterfaceTransportGetGlobalInfoResponse
> = {
  opnum: 10,
  name: 'RRouterInterfaceTransportGetGlobalInfo',
  request: [
    ['dwTransportId', u32],
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (
    req: RRouterInterfaceTransportGetGlobalInfoRequest,
  ): RRouterInterfaceTransportGetGlobalInfoResponse => ({
    pInfoStruct: req.pInfoStruct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceGetHandleRequest = {
  lpwsInterfaceName: string;
  phInterface: number;
  fIncludeClientInterfaces: number;
};
export type RRouterInterfaceGetHandleResponse = {
  phInterface: number;
  ret: number;
};
const RRouterInterfaceGetHandle_spec: MethodSpec<
  RRouterInterfaceGetHandleRequest,
  RRouterInterfaceGetHandleResponse
> = {
  opnum: 11,
  name: 'RRouterInterfaceGetHandle',
  request: [
    ['lpwsInterfaceName', pointer('ref', string('utf16'))],
    ['phInterface', pointer('ref', u32)],
    ['fIncludeClientInterfaces', u32],
  ],
  response: [
    ['phInterface', pointer('ref', u32)],
    ['ret', u32],
  ],
  notImplemented: (req: RRouterInterfaceGetHandleRequest): RRouterInterfaceGetHandleResponse => ({
    phInterface: req.phInterface,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceCreateRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  phInterface: number;
};
export type RRouterInterfaceCreateResponse = {
  phInterface: number;
  ret: number;
};
const RRouterInterfaceCreate_spec: MethodSpec<RRouterInterfaceCreateRequest, RRouterInterfaceCreateResponse> =
  {
    opnum: 12,
    name: 'RRouterInterfaceCreate',
    request: [
      ['dwLevel', u32],
      ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
      ['phInterface', pointer('ref', u32)],
    ],
    response: [
      ['phInterface', pointer('ref', u32)],
      ['ret', u32],
    ],
    notImplemented: (req: RRouterInterfaceCreateRequest): RRouterInterfaceCreateResponse => ({
      phInterface: req.phInterface,
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type RRouterInterfaceGetInfoRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  hInterface: number;
};
export type RRouterInterfaceGetInfoResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  ret: number;
};
const RRouterInterfaceGetInfo_spec: MethodSpec<
  RRouterInterfaceGetInfoRequest,
  RRouterInterfaceGetInfoResponse
> = {
  opnum: 13,
  name: 'RRouterInterfaceGetInfo',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['hInterface', u32],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RRouterInterfaceGetInfoRequest): RRouterInterfaceGetInfoResponse => ({
    pInfoStruct: req.pInfoStruct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceSetInfoRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  hInterface: number;
};
export type RRouterInterfaceSetInfoResponse = {
  ret: number;
};
const RRouterInterfaceSetInfo_spec: MethodSpec<
  RRouterInterfaceSetInfoRequest,
  RRouterInterfaceSetInfoResponse
> = {
  opnum: 14,
  name: 'RRouterInterfaceSetInfo',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['hInterface', u32],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RRouterInterfaceSetInfoRequest): RRouterInterfaceSetInfoResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceDeleteRequest = {
  hInterface: number;
};
export type RRouterInterfaceDeleteResponse = {
  ret: number;
};
const RRouterInterfaceDelete_spec: MethodSpec<RRouterInterfaceDeleteRequest, RRouterInterfaceDeleteResponse> =
  {
    opnum: 15,
    name: 'RRouterInterfaceDelete',
    request: [['hInterface', u32]],
    response: [['ret', u32]],
    notImplemented: (_req: RRouterInterfaceDeleteRequest): RRouterInterfaceDeleteResponse => ({
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type RRouterInterfaceTransportRemoveRequest = {
  hInterface: number;
  dwTransportId: number;
};
export type RRouterInterfaceTransportRemoveResponse = {
  ret: number;
};
const RRouterInterfaceTransportRemove_spec: MethodSpec<
  RRouterInterfaceTransportRemoveRequest,
  RRouterInterfaceTransportRemoveResponse
> = {
  opnum: 16,
  name: 'RRouterInterfaceTransportRemove',
  request: [
    ['hInterface', u32],
    ['dwTransportId', u32],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRouterInterfaceTransportRemoveRequest,
  ): RRouterInterfaceTransportRemoveResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RRouterInterfaceTransportAddRequest = {
  hInterface: number;
  dwTransportId: number;
  pInfoStruct: DIM_INTERFACE_CONTAINER;
};
export type RRouterInterfaceTransportAddResponse = {
  ret: number;
};
const RRouterInterfaceTransportAdd_spec: MethodSpec<
  RRouterInterfaceTransportAddRequest,
  RRouterInterfaceTransportAddResponse
> = {
  opnum: 17,
  name: 'RRouterInterfaceTransportAdd',
  request: [
    ['hInterface', u32],
    ['dwTransportId', u32],
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RRouterInterfaceTransportAddRequest): RRouterInterfaceTransportAddResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceTransportGetInfoRequest = {
  hInterface: number;
  dwTransportId: number;
  pInfoStruct: DIM_INTERFACE_CONTAINER;
};
export type RRouterInterfaceTransportGetInfoResponse = {
  pInfoStruct: DIM_INTERFACE_CONTAINER;
  ret: number;
};
const RRouterInterfaceTransportGetInfo_spec: MethodSpec<
  RRouterInterfaceTransportGetInfoRequest,
  RRouterInterfaceTransportGetInfoResponse
> = {
  opnum: 18,
  name: 'RRouterInterfaceTransportGetInfo',
  request: [
    ['hInterface', u32],
    ['dwTransportId', u32],
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (
    req: RRouterInterfaceTransportGetInfoRequest,
  ): RRouterInterfaceTransportGetInfoResponse => ({
    pInfoStruct: req.pInfoStruct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceTransportSetInfoRequest = {
  hInterface: number;
  dwTransportId: number;
  pInfoStruct: DIM_INTERFACE_CONTAINER;
};
export type RRouterInterfaceTransportSetInfoResponse = {
  ret: number;
};
const RRouterInterfaceTransportSetInfo_spec: MethodSpec<
  RRouterInterfaceTransportSetInfoRequest,
  RRouterInterfaceTransportSetInfoResponse
> = {
  opnum: 19,
  name: 'RRouterInterfaceTransportSetInfo',
  request: [
    ['hInterface', u32],
    ['dwTransportId', u32],
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRouterInterfaceTransportSetInfoRequest,
  ): RRouterInterfaceTransportSetInfoResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RRouterInterfaceEnumRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  dwPreferedMaximumLength: number;
  lpdwResumeHandle: number | null;
};
export type RRouterInterfaceEnumResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  lpdwEntriesRead: number;
  lpdwTotalEntries: number;
  lpdwResumeHandle: number | null;
  ret: number;
};
const RRouterInterfaceEnum_spec: MethodSpec<RRouterInterfaceEnumRequest, RRouterInterfaceEnumResponse> = {
  opnum: 20,
  name: 'RRouterInterfaceEnum',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['dwPreferedMaximumLength', u32],
    ['lpdwResumeHandle', pointer('unique', u32)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['lpdwEntriesRead', pointer('ref', u32)],
    ['lpdwTotalEntries', pointer('ref', u32)],
    ['lpdwResumeHandle', pointer('unique', u32)],
    ['ret', u32],
  ],
  notImplemented: (req: RRouterInterfaceEnumRequest): RRouterInterfaceEnumResponse => ({
    pInfoStruct: req.pInfoStruct,
    lpdwEntriesRead: 0,
    lpdwTotalEntries: 0,
    lpdwResumeHandle: req.lpdwResumeHandle,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceConnectRequest = {
  hInterface: number;
  hEvent: bigint;
  fBlocking: number;
  dwCallersProcessId: number;
};
export type RRouterInterfaceConnectResponse = {
  ret: number;
};
const RRouterInterfaceConnect_spec: MethodSpec<
  RRouterInterfaceConnectRequest,
  RRouterInterfaceConnectResponse
> = {
  opnum: 21,
  name: 'RRouterInterfaceConnect',
  request: [
    ['hInterface', u32],
    ['hEvent', uint3264],
    ['fBlocking', u32],
    ['dwCallersProcessId', u32],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RRouterInterfaceConnectRequest): RRouterInterfaceConnectResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceDisconnectRequest = {
  hInterface: number;
};
export type RRouterInterfaceDisconnectResponse = {
  ret: number;
};
const RRouterInterfaceDisconnect_spec: MethodSpec<
  RRouterInterfaceDisconnectRequest,
  RRouterInterfaceDisconnectResponse
> = {
  opnum: 22,
  name: 'RRouterInterfaceDisconnect',
  request: [['hInterface', u32]],
  response: [['ret', u32]],
  notImplemented: (_req: RRouterInterfaceDisconnectRequest): RRouterInterfaceDisconnectResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceUpdateRoutesRequest = {
  hInterface: number;
  dwTransportId: number;
  hEvent: bigint;
  dwClientProcessId: number;
};
export type RRouterInterfaceUpdateRoutesResponse = {
  ret: number;
};
const RRouterInterfaceUpdateRoutes_spec: MethodSpec<
  RRouterInterfaceUpdateRoutesRequest,
  RRouterInterfaceUpdateRoutesResponse
> = {
  opnum: 23,
  name: 'RRouterInterfaceUpdateRoutes',
  request: [
    ['hInterface', u32],
    ['dwTransportId', u32],
    ['hEvent', uint3264],
    ['dwClientProcessId', u32],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RRouterInterfaceUpdateRoutesRequest): RRouterInterfaceUpdateRoutesResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceQueryUpdateResultRequest = {
  hInterface: number;
  dwTransportId: number;
};
export type RRouterInterfaceQueryUpdateResultResponse = {
  pUpdateResult: number;
  ret: number;
};
const RRouterInterfaceQueryUpdateResult_spec: MethodSpec<
  RRouterInterfaceQueryUpdateResultRequest,
  RRouterInterfaceQueryUpdateResultResponse
> = {
  opnum: 24,
  name: 'RRouterInterfaceQueryUpdateResult',
  request: [
    ['hInterface', u32],
    ['dwTransportId', u32],
  ],
  response: [
    ['pUpdateResult', pointer('ref', u32)],
    ['ret', u32],
  ],
  notImplemented: (
    _req: RRouterInterfaceQueryUpdateResultRequest,
  ): RRouterInterfaceQueryUpdateResultResponse => ({
    pUpdateResult: 0,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceUpdatePhonebookInfoRequest = {
  hInterface: number;
};
export type RRouterInterfaceUpdatePhonebookInfoResponse = {
  ret: number;
};
const RRouterInterfaceUpdatePhonebookInfo_spec: MethodSpec<
  RRouterInterfaceUpdatePhonebookInfoRequest,
  RRouterInterfaceUpdatePhonebookInfoResponse
> = {
  opnum: 25,
  name: 'RRouterInterfaceUpdatePhonebookInfo',
  request: [['hInterface', u32]],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRouterInterfaceUpdatePhonebookInfoRequest,
  ): RRouterInterfaceUpdatePhonebookInfoResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RMIBEntryCreateRequest = {
  dwPid: number;
  dwRoutingPid: number;
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBEntryCreateResponse = {
  ret: number;
};
const RMIBEntryCreate_spec: MethodSpec<RMIBEntryCreateRequest, RMIBEntryCreateResponse> = {
  opnum: 26,
  name: 'RMIBEntryCreate',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RMIBEntryCreateRequest): RMIBEntryCreateResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMIBEntryDeleteRequest = {
  dwPid: number;
  dwRoutingPid: number;
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBEntryDeleteResponse = {
  ret: number;
};
const RMIBEntryDelete_spec: MethodSpec<RMIBEntryDeleteRequest, RMIBEntryDeleteResponse> = {
  opnum: 27,
  name: 'RMIBEntryDelete',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RMIBEntryDeleteRequest): RMIBEntryDeleteResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMIBEntrySetRequest = {
  dwPid: number;
  dwRoutingPid: number;
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBEntrySetResponse = {
  ret: number;
};
const RMIBEntrySet_spec: MethodSpec<RMIBEntrySetRequest, RMIBEntrySetResponse> = {
  opnum: 28,
  name: 'RMIBEntrySet',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RMIBEntrySetRequest): RMIBEntrySetResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMIBEntryGetRequest = {
  dwPid: number;
  dwRoutingPid: number;
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBEntryGetResponse = {
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
  ret: number;
};
const RMIBEntryGet_spec: MethodSpec<RMIBEntryGetRequest, RMIBEntryGetResponse> = {
  opnum: 29,
  name: 'RMIBEntryGet',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RMIBEntryGetRequest): RMIBEntryGetResponse => ({
    pInfoStuct: req.pInfoStuct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMIBEntryGetFirstRequest = {
  dwPid: number;
  dwRoutingPid: number;
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBEntryGetFirstResponse = {
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
  ret: number;
};
const RMIBEntryGetFirst_spec: MethodSpec<RMIBEntryGetFirstRequest, RMIBEntryGetFirstResponse> = {
  opnum: 30,
  name: 'RMIBEntryGetFirst',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RMIBEntryGetFirstRequest): RMIBEntryGetFirstResponse => ({
    pInfoStuct: req.pInfoStuct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMIBEntryGetNextRequest = {
  dwPid: number;
  dwRoutingPid: number;
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBEntryGetNextResponse = {
  pInfoStuct: DIM_MIB_ENTRY_CONTAINER;
  ret: number;
};
const RMIBEntryGetNext_spec: MethodSpec<RMIBEntryGetNextRequest, RMIBEntryGetNextResponse> = {
  opnum: 31,
  name: 'RMIBEntryGetNext',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [
    ['pInfoStuct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RMIBEntryGetNextRequest): RMIBEntryGetNextResponse => ({
    pInfoStuct: req.pInfoStuct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMIBGetTrapInfoRequest = {
  dwPid: number;
  dwRoutingPid: number;
  pInfoStruct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBGetTrapInfoResponse = {
  pInfoStruct: DIM_MIB_ENTRY_CONTAINER;
  ret: number;
};
const RMIBGetTrapInfo_spec: MethodSpec<RMIBGetTrapInfoRequest, RMIBGetTrapInfoResponse> = {
  opnum: 32,
  name: 'RMIBGetTrapInfo',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['pInfoStruct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RMIBGetTrapInfoRequest): RMIBGetTrapInfoResponse => ({
    pInfoStruct: req.pInfoStruct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMIBSetTrapInfoRequest = {
  dwPid: number;
  dwRoutingPid: number;
  hEvent: bigint;
  dwClientProcessId: number;
  pInfoStruct: DIM_MIB_ENTRY_CONTAINER;
};
export type RMIBSetTrapInfoResponse = {
  pInfoStruct: DIM_MIB_ENTRY_CONTAINER;
  ret: number;
};
const RMIBSetTrapInfo_spec: MethodSpec<RMIBSetTrapInfoRequest, RMIBSetTrapInfoResponse> = {
  opnum: 33,
  name: 'RMIBSetTrapInfo',
  request: [
    ['dwPid', u32],
    ['dwRoutingPid', u32],
    ['hEvent', uint3264],
    ['dwClientProcessId', u32],
    ['pInfoStruct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_MIB_ENTRY_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RMIBSetTrapInfoRequest): RMIBSetTrapInfoResponse => ({
    pInfoStruct: req.pInfoStruct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminConnectionNotificationRequest = {
  fRegister: number;
  dwClientProcessId: number;
  hEventNotification: bigint;
};
export type RRasAdminConnectionNotificationResponse = {
  ret: number;
};
const RRasAdminConnectionNotification_spec: MethodSpec<
  RRasAdminConnectionNotificationRequest,
  RRasAdminConnectionNotificationResponse
> = {
  opnum: 34,
  name: 'RRasAdminConnectionNotification',
  request: [
    ['fRegister', u32],
    ['dwClientProcessId', u32],
    ['hEventNotification', uint3264],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRasAdminConnectionNotificationRequest,
  ): RRasAdminConnectionNotificationResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RRasAdminSendUserMessageRequest = {
  hDimConnection: number;
  lpwszMessage: string;
};
export type RRasAdminSendUserMessageResponse = {
  ret: number;
};
const RRasAdminSendUserMessage_spec: MethodSpec<
  RRasAdminSendUserMessageRequest,
  RRasAdminSendUserMessageResponse
> = {
  opnum: 35,
  name: 'RRasAdminSendUserMessage',
  request: [
    ['hDimConnection', u32],
    ['lpwszMessage', pointer('ref', string('utf16'))],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RRasAdminSendUserMessageRequest): RRasAdminSendUserMessageResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterDeviceEnumRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  lpdwTotalEntries: number;
};
export type RRouterDeviceEnumResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  lpdwTotalEntries: number;
  ret: number;
};
const RRouterDeviceEnum_spec: MethodSpec<RRouterDeviceEnumRequest, RRouterDeviceEnumResponse> = {
  opnum: 36,
  name: 'RRouterDeviceEnum',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['lpdwTotalEntries', pointer('ref', u32)],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['lpdwTotalEntries', pointer('ref', u32)],
    ['ret', u32],
  ],
  notImplemented: (req: RRouterDeviceEnumRequest): RRouterDeviceEnumResponse => ({
    pInfoStruct: req.pInfoStruct,
    lpdwTotalEntries: req.lpdwTotalEntries,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceTransportCreateRequest = {
  dwTransportId: number;
  lpwsTransportName: string;
  pInfoStruct: DIM_INTERFACE_CONTAINER;
  lpwsDLLPath: string;
};
export type RRouterInterfaceTransportCreateResponse = {
  ret: number;
};
const RRouterInterfaceTransportCreate_spec: MethodSpec<
  RRouterInterfaceTransportCreateRequest,
  RRouterInterfaceTransportCreateResponse
> = {
  opnum: 37,
  name: 'RRouterInterfaceTransportCreate',
  request: [
    ['dwTransportId', u32],
    ['lpwsTransportName', pointer('ref', string('utf16'))],
    ['pInfoStruct', pointer('ref', DIM_INTERFACE_CONTAINER_ndr)],
    ['lpwsDLLPath', pointer('ref', string('utf16'))],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRouterInterfaceTransportCreateRequest,
  ): RRouterInterfaceTransportCreateResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RRouterInterfaceDeviceGetInfoRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  dwIndex: number;
  hInterface: number;
};
export type RRouterInterfaceDeviceGetInfoResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  ret: number;
};
const RRouterInterfaceDeviceGetInfo_spec: MethodSpec<
  RRouterInterfaceDeviceGetInfoRequest,
  RRouterInterfaceDeviceGetInfoResponse
> = {
  opnum: 38,
  name: 'RRouterInterfaceDeviceGetInfo',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['dwIndex', u32],
    ['hInterface', u32],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RRouterInterfaceDeviceGetInfoRequest): RRouterInterfaceDeviceGetInfoResponse => ({
    pInfoStruct: req.pInfoStruct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceDeviceSetInfoRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  dwIndex: number;
  hInterface: number;
};
export type RRouterInterfaceDeviceSetInfoResponse = {
  ret: number;
};
const RRouterInterfaceDeviceSetInfo_spec: MethodSpec<
  RRouterInterfaceDeviceSetInfoRequest,
  RRouterInterfaceDeviceSetInfoResponse
> = {
  opnum: 39,
  name: 'RRouterInterfaceDeviceSetInfo',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['dwIndex', u32],
    ['hInterface', u32],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RRouterInterfaceDeviceSetInfoRequest): RRouterInterfaceDeviceSetInfoResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceSetCredentialsExRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  hInterface: number;
};
export type RRouterInterfaceSetCredentialsExResponse = {
  ret: number;
};
const RRouterInterfaceSetCredentialsEx_spec: MethodSpec<
  RRouterInterfaceSetCredentialsExRequest,
  RRouterInterfaceSetCredentialsExResponse
> = {
  opnum: 40,
  name: 'RRouterInterfaceSetCredentialsEx',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['hInterface', u32],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRouterInterfaceSetCredentialsExRequest,
  ): RRouterInterfaceSetCredentialsExResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RRouterInterfaceGetCredentialsExRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  hInterface: number;
};
export type RRouterInterfaceGetCredentialsExResponse = {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  ret: number;
};
const RRouterInterfaceGetCredentialsEx_spec: MethodSpec<
  RRouterInterfaceGetCredentialsExRequest,
  RRouterInterfaceGetCredentialsExResponse
> = {
  opnum: 41,
  name: 'RRouterInterfaceGetCredentialsEx',
  request: [
    ['dwLevel', u32],
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['hInterface', u32],
  ],
  response: [
    ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (
    req: RRouterInterfaceGetCredentialsExRequest,
  ): RRouterInterfaceGetCredentialsExResponse => ({
    pInfoStruct: req.pInfoStruct,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminConnectionRemoveQuarantineRequest = {
  hRasConnection: number;
  fIsIpAddress: number;
};
export type RRasAdminConnectionRemoveQuarantineResponse = {
  ret: number;
};
const RRasAdminConnectionRemoveQuarantine_spec: MethodSpec<
  RRasAdminConnectionRemoveQuarantineRequest,
  RRasAdminConnectionRemoveQuarantineResponse
> = {
  opnum: 42,
  name: 'RRasAdminConnectionRemoveQuarantine',
  request: [
    ['hRasConnection', u32],
    ['fIsIpAddress', i32],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRasAdminConnectionRemoveQuarantineRequest,
  ): RRasAdminConnectionRemoveQuarantineResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RMprAdminServerSetInfoRequest = {
  dwLevel: number;
  pInfoStruct: DIM_INFORMATION_CONTAINER;
};
export type RMprAdminServerSetInfoResponse = {
  ret: number;
};
const RMprAdminServerSetInfo_spec: MethodSpec<RMprAdminServerSetInfoRequest, RMprAdminServerSetInfoResponse> =
  {
    opnum: 43,
    name: 'RMprAdminServerSetInfo',
    request: [
      ['dwLevel', u32],
      ['pInfoStruct', pointer('ref', DIM_INFORMATION_CONTAINER_ndr)],
    ],
    response: [['ret', u32]],
    notImplemented: (_req: RMprAdminServerSetInfoRequest): RMprAdminServerSetInfoResponse => ({
      ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type RMprAdminServerGetInfoExRequest = {
  pServerConfig: MPR_SERVER_EX_IDL;
};
export type RMprAdminServerGetInfoExResponse = {
  pServerConfig: MPR_SERVER_EX_IDL;
  ret: number;
};
const RMprAdminServerGetInfoEx_spec: MethodSpec<
  RMprAdminServerGetInfoExRequest,
  RMprAdminServerGetInfoExResponse
> = {
  opnum: 44,
  name: 'RMprAdminServerGetInfoEx',
  request: [['pServerConfig', pointer('ref', MPR_SERVER_EX_IDL_ndr)]],
  response: [
    ['pServerConfig', pointer('ref', MPR_SERVER_EX_IDL_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RMprAdminServerGetInfoExRequest): RMprAdminServerGetInfoExResponse => ({
    pServerConfig: req.pServerConfig,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminConnectionEnumExRequest = {
  objectHeader: MPRAPI_OBJECT_HEADER_IDL;
  dwPreferedMaxLen: number;
  lpdwResumeHandle: number | null;
};
export type RRasAdminConnectionEnumExResponse = {
  lpdwEntriesRead: number;
  lpdNumTotalElements: number;
  pRasConections: RAS_CONNECTION_EX_IDL[] | null;
  lpdwResumeHandle: number | null;
  ret: number;
};
const RRasAdminConnectionEnumEx_spec: MethodSpec<
  RRasAdminConnectionEnumExRequest,
  RRasAdminConnectionEnumExResponse
> = {
  opnum: 45,
  name: 'RRasAdminConnectionEnumEx',
  request: [
    ['objectHeader', pointer('ref', MPRAPI_OBJECT_HEADER_IDL_ndr)],
    ['dwPreferedMaxLen', u32],
    ['lpdwResumeHandle', pointer('unique', u32)],
  ],
  response: [
    ['lpdwEntriesRead', pointer('ref', u32)],
    ['lpdNumTotalElements', pointer('ref', u32)],
    [
      'pRasConections',
      pointer(
        'ref',
        pointer(
          'unique',
          conformantArray(RAS_CONNECTION_EX_IDL_ndr, { size: (s: Scope) => s.lpdwEntriesRead as number }),
        ),
      ),
    ],
    ['lpdwResumeHandle', pointer('unique', u32)],
    ['ret', u32],
  ],
  notImplemented: (req: RRasAdminConnectionEnumExRequest): RRasAdminConnectionEnumExResponse => ({
    lpdwEntriesRead: 0,
    lpdNumTotalElements: 0,
    pRasConections: null,
    lpdwResumeHandle: req.lpdwResumeHandle,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminConnectionGetInfoExRequest = {
  hDimConnection: number;
  objectHeader: MPRAPI_OBJECT_HEADER_IDL;
};
export type RRasAdminConnectionGetInfoExResponse = {
  pRasConnection: RAS_CONNECTION_EX_IDL;
  ret: number;
};
const RRasAdminConnectionGetInfoEx_spec: MethodSpec<
  RRasAdminConnectionGetInfoExRequest,
  RRasAdminConnectionGetInfoExResponse
> = {
  opnum: 46,
  name: 'RRasAdminConnectionGetInfoEx',
  request: [
    ['hDimConnection', u32],
    ['objectHeader', pointer('ref', MPRAPI_OBJECT_HEADER_IDL_ndr)],
  ],
  response: [
    ['pRasConnection', pointer('ref', RAS_CONNECTION_EX_IDL_ndr)],
    ['ret', u32],
  ],
  notImplemented: (_req: RRasAdminConnectionGetInfoExRequest): RRasAdminConnectionGetInfoExResponse => ({
    pRasConnection: {
      tag: 1,
      value: {
        Header: { revision: 0, type: 0, size: 0 },
        dwConnectDuration: 0,
        dwInterfaceType: 0,
        dwConnectionFlags: 0,
        wszInterfaceName: Array.from({ length: 257 }, () => 0),
        wszUserName: Array.from({ length: 257 }, () => 0),
        wszLogonDomain: Array.from({ length: 16 }, () => 0),
        wszRemoteComputer: Array.from({ length: 17 }, () => 0),
        guid: '00000000-0000-0000-0000-000000000000',
        rasQuarState: 0,
        probationTime: { dwLowDateTime: 0, dwHighDateTime: 0 },
        dwBytesXmited: 0,
        dwBytesRcved: 0,
        dwFramesXmited: 0,
        dwFramesRcved: 0,
        dwCrcErr: 0,
        dwTimeoutErr: 0,
        dwAlignmentErr: 0,
        dwHardwareOverrunErr: 0,
        dwFramingErr: 0,
        dwBufferOverrunErr: 0,
        dwCompressionRatioIn: 0,
        dwCompressionRatioOut: 0,
        dwNumSwitchOvers: 0,
        wszRemoteEndpointAddress: Array.from({ length: 65 }, () => 0),
        wszLocalEndpointAddress: Array.from({ length: 65 }, () => 0),
        ProjectionInfo: {
          tag: 1,
          value: {
            dwIPv4NegotiationError: 0,
            wszAddress: Array.from({ length: 16 }, () => 0),
            wszRemoteAddress: Array.from({ length: 16 }, () => 0),
            dwIPv4Options: 0,
            dwIPv4RemoteOptions: 0,
            IPv4SubInterfaceIndex: 0n,
            dwIPv6NegotiationError: 0,
            bInterfaceIdentifier: new Uint8Array(8),
            bRemoteInterfaceIdentifier: new Uint8Array(8),
            bPrefix: new Uint8Array(8),
            dwPrefixLength: 0,
            IPv6SubInterfaceIndex: 0n,
            dwLcpError: 0,
            dwAuthenticationProtocol: 0,
            dwAuthenticationData: 0,
            dwRemoteAuthenticationProtocol: 0,
            dwRemoteAuthenticationData: 0,
            dwLcpTerminateReason: 0,
            dwLcpRemoteTerminateReason: 0,
            dwLcpOptions: 0,
            dwLcpRemoteOptions: 0,
            dwEapTypeId: 0,
            dwRemoteEapTypeId: 0,
            dwCcpError: 0,
            dwCompressionAlgorithm: 0,
            dwCcpOptions: 0,
            dwRemoteCompressionAlgorithm: 0,
            dwCcpRemoteOptions: 0,
          },
        },
        hConnection: 0,
        hInterface: 0,
      },
    },
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RMprAdminServerSetInfoExRequest = {
  pServerConfig: MPR_SERVER_SET_CONFIG_EX_IDL;
};
export type RMprAdminServerSetInfoExResponse = {
  ret: number;
};
const RMprAdminServerSetInfoEx_spec: MethodSpec<
  RMprAdminServerSetInfoExRequest,
  RMprAdminServerSetInfoExResponse
> = {
  opnum: 47,
  name: 'RMprAdminServerSetInfoEx',
  request: [['pServerConfig', pointer('ref', MPR_SERVER_SET_CONFIG_EX_IDL_ndr)]],
  response: [['ret', u32]],
  notImplemented: (_req: RMprAdminServerSetInfoExRequest): RMprAdminServerSetInfoExResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRasAdminUpdateConnectionRequest = {
  hDimConnection: number;
  pServerConfig: RAS_UPDATE_CONNECTION_IDL;
};
export type RRasAdminUpdateConnectionResponse = {
  ret: number;
};
const RRasAdminUpdateConnection_spec: MethodSpec<
  RRasAdminUpdateConnectionRequest,
  RRasAdminUpdateConnectionResponse
> = {
  opnum: 48,
  name: 'RRasAdminUpdateConnection',
  request: [
    ['hDimConnection', u32],
    ['pServerConfig', pointer('ref', RAS_UPDATE_CONNECTION_IDL_ndr)],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RRasAdminUpdateConnectionRequest): RRasAdminUpdateConnectionResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceSetCredentialsLocalRequest = {
  lpwsInterfaceName: string;
  lpwsUserName: string;
  lpwsDomainName: string;
  lpwsPassword: string;
};
export type RRouterInterfaceSetCredentialsLocalResponse = {
  ret: number;
};
const RRouterInterfaceSetCredentialsLocal_spec: MethodSpec<
  RRouterInterfaceSetCredentialsLocalRequest,
  RRouterInterfaceSetCredentialsLocalResponse
> = {
  opnum: 49,
  name: 'RRouterInterfaceSetCredentialsLocal',
  request: [
    ['lpwsInterfaceName', pointer('ref', string('utf16'))],
    ['lpwsUserName', pointer('ref', string('utf16'))],
    ['lpwsDomainName', pointer('ref', string('utf16'))],
    ['lpwsPassword', pointer('ref', string('utf16'))],
  ],
  response: [['ret', u32]],
  notImplemented: (
    _req: RRouterInterfaceSetCredentialsLocalRequest,
  ): RRouterInterfaceSetCredentialsLocalResponse => ({ ret: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type RRouterInterfaceGetCredentialsLocalRequest = {
  lpwsInterfaceName: string;
};
export type RRouterInterfaceGetCredentialsLocalResponse = {
  lpwsUserName: string | null;
  lpwsDomainName: string | null;
  lpwsPassword: string | null;
  ret: number;
};
const RRouterInterfaceGetCredentialsLocal_spec: MethodSpec<
  RRouterInterfaceGetCredentialsLocalRequest,
  RRouterInterfaceGetCredentialsLocalResponse
> = {
  opnum: 50,
  name: 'RRouterInterfaceGetCredentialsLocal',
  request: [['lpwsInterfaceName', pointer('ref', string('utf16'))]],
  response: [
    ['lpwsUserName', pointer('ref', pointer('unique', string('utf16')))],
    ['lpwsDomainName', pointer('ref', pointer('unique', string('utf16')))],
    ['lpwsPassword', pointer('ref', pointer('unique', string('utf16')))],
    ['ret', u32],
  ],
  notImplemented: (
    _req: RRouterInterfaceGetCredentialsLocalRequest,
  ): RRouterInterfaceGetCredentialsLocalResponse => ({
    lpwsUserName: null,
    lpwsDomainName: null,
    lpwsPassword: null,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceGetCustomInfoExRequest = {
  hInterface: number;
  pIfCustomConfig: MPR_IF_CUSTOMINFOEX_IDL;
};
export type RRouterInterfaceGetCustomInfoExResponse = {
  pIfCustomConfig: MPR_IF_CUSTOMINFOEX_IDL;
  ret: number;
};
const RRouterInterfaceGetCustomInfoEx_spec: MethodSpec<
  RRouterInterfaceGetCustomInfoExRequest,
  RRouterInterfaceGetCustomInfoExResponse
> = {
  opnum: 51,
  name: 'RRouterInterfaceGetCustomInfoEx',
  request: [
    ['hInterface', u32],
    ['pIfCustomConfig', pointer('ref', MPR_IF_CUSTOMINFOEX_IDL_ndr)],
  ],
  response: [
    ['pIfCustomConfig', pointer('ref', MPR_IF_CUSTOMINFOEX_IDL_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RRouterInterfaceGetCustomInfoExRequest): RRouterInterfaceGetCustomInfoExResponse => ({
    pIfCustomConfig: req.pIfCustomConfig,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RRouterInterfaceSetCustomInfoExRequest = {
  hInterface: number;
  pIfCustomConfig: MPR_IF_CUSTOMINFOEX_IDL;
};
export type RRouterInterfaceSetCustomInfoExResponse = {
  pIfCustomConfig: MPR_IF_CUSTOMINFOEX_IDL;
  ret: number;
};
const RRouterInterfaceSetCustomInfoEx_spec: MethodSpec<
  RRouterInterfaceSetCustomInfoExRequest,
  RRouterInterfaceSetCustomInfoExResponse
> = {
  opnum: 52,
  name: 'RRouterInterfaceSetCustomInfoEx',
  request: [
    ['hInterface', u32],
    ['pIfCustomConfig', pointer('ref', MPR_IF_CUSTOMINFOEX_IDL_ndr)],
  ],
  response: [
    ['pIfCustomConfig', pointer('ref', MPR_IF_CUSTOMINFOEX_IDL_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RRouterInterfaceSetCustomInfoExRequest): RRouterInterfaceSetCustomInfoExResponse => ({
    pIfCustomConfig: req.pIfCustomConfig,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

/** Method wire descriptions by opnum; undefined for not-used-on-wire and reserved slots. */
export const DimsvcMethods: MethodTable = [
  RMprAdminServerGetInfo_spec,
  RRasAdminConnectionEnum_spec,
  RRasAdminConnectionGetInfo_spec,
  RRasAdminConnectionClearStats_spec,
  RRasAdminPortEnum_spec,
  RRasAdminPortGetInfo_spec,
  RRasAdminPortClearStats_spec,
  RRasAdminPortReset_spec,
  RRasAdminPortDisconnect_spec,
  RRouterInterfaceTransportSetGlobalInfo_spec,
  RRouterInterfaceTransportGetGlobalInfo_spec,
  RRouterInterfaceGetHandle_spec,
  RRouterInterfaceCreate_spec,
  RRouterInterfaceGetInfo_spec,
  RRouterInterfaceSetInfo_spec,
  RRouterInterfaceDelete_spec,
  RRouterInterfaceTransportRemove_spec,
  RRouterInterfaceTransportAdd_spec,
  RRouterInterfaceTransportGetInfo_spec,
  RRouterInterfaceTransportSetInfo_spec,
  RRouterInterfaceEnum_spec,
  RRouterInterfaceConnect_spec,
  RRouterInterfaceDisconnect_spec,
  RRouterInterfaceUpdateRoutes_spec,
  RRouterInterfaceQueryUpdateResult_spec,
  RRouterInterfaceUpdatePhonebookInfo_spec,
  RMIBEntryCreate_spec,
  RMIBEntryDelete_spec,
  RMIBEntrySet_spec,
  RMIBEntryGet_spec,
  RMIBEntryGetFirst_spec,
  RMIBEntryGetNext_spec,
  RMIBGetTrapInfo_spec,
  RMIBSetTrapInfo_spec,
  RRasAdminConnectionNotification_spec,
  RRasAdminSendUserMessage_spec,
  RRouterDeviceEnum_spec,
  RRouterInterfaceTransportCreate_spec,
  RRouterInterfaceDeviceGetInfo_spec,
  RRouterInterfaceDeviceSetInfo_spec,
  RRouterInterfaceSetCredentialsEx_spec,
  RRouterInterfaceGetCredentialsEx_spec,
  RRasAdminConnectionRemoveQuarantine_spec,
  RMprAdminServerSetInfo_spec,
  RMprAdminServerGetInfoEx_spec,
  RRasAdminConnectionEnumEx_spec,
  RRasAdminConnectionGetInfoEx_spec,
  RMprAdminServerSetInfoEx_spec,
  RRasAdminUpdateConnection_spec,
  RRouterInterfaceSetCredentialsLocal_spec,
  RRouterInterfaceGetCredentialsLocal_spec,
  RRouterInterfaceGetCustomInfoEx_spec,
  RRouterInterfaceSetCustomInfoEx_spec,
];

// --- Client

export class DimsvcClient {
  constructor(private readonly caller: RpcCaller) {}
  RMprAdminServerGetInfo(req: RMprAdminServerGetInfoRequest): Promise<RMprAdminServerGetInfoResponse> {
    return callMethod(this.caller, RMprAdminServerGetInfo_spec, req);
  }
  RRasAdminConnectionEnum(req: RRasAdminConnectionEnumRequest): Promise<RRasAdminConnectionEnumResponse> {
    return callMethod(this.caller, RRasAdminConnectionEnum_spec, req);
  }
  RRasAdminConnectionGetInfo(
    req: RRasAdminConnectionGetInfoRequest,
  ): Promise<RRasAdminConnectionGetInfoResponse> {
    return callMethod(this.caller, RRasAdminConnectionGetInfo_spec, req);
  }
  RRasAdminConnectionClearStats(
    req: RRasAdminConnectionClearStatsRequest,
  ): Promise<RRasAdminConnectionClearStatsResponse> {
    return callMethod(this.caller, RRasAdminConnectionClearStats_spec, req);
  }
  RRasAdminPortEnum(req: RRasAdminPortEnumRequest): Promise<RRasAdminPortEnumResponse> {
    return callMethod(this.caller, RRasAdminPortEnum_spec, req);
  }
  RRasAdminPortGetInfo(req: RRasAdminPortGetInfoRequest): Promise<RRasAdminPortGetInfoResponse> {
    return callMethod(this.caller, RRasAdminPortGetInfo_spec, req);
  }
  RRasAdminPortClearStats(req: RRasAdminPortClearStatsRequest): Promise<RRasAdminPortClearStatsResponse> {
    return callMethod(this.caller, RRasAdminPortClearStats_spec, req);
  }
  RRasAdminPortReset(req: RRasAdminPortResetRequest): Promise<RRasAdminPortResetResponse> {
    return callMethod(this.caller, RRasAdminPortReset_spec, req);
  }
  RRasAdminPortDisconnect(req: RRasAdminPortDisconnectRequest): Promise<RRasAdminPortDisconnectResponse> {
    return callMethod(this.caller, RRasAdminPortDisconnect_spec, req);
  }
  RRouterInterfaceTransportSetGlobalInfo(
    req: RRouterInterfaceTransportSetGlobalInfoRequest,
  ): Promise<RRouterInterfaceTransportSetGlobalInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceTransportSetGlobalInfo_spec, req);
  }
  RRouterInterfaceTransportGetGlobalInfo(
    req: RRouterInterfaceTransportGetGlobalInfoRequest,
  ): Promise<RRouterInterfaceTransportGetGlobalInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceTransportGetGlobalInfo_spec, req);
  }
  RRouterInterfaceGetHandle(
    req: RRouterInterfaceGetHandleRequest,
  ): Promise<RRouterInterfaceGetHandleResponse> {
    return callMethod(this.caller, RRouterInterfaceGetHandle_spec, req);
  }
  RRouterInterfaceCreate(req: RRouterInterfaceCreateRequest): Promise<RRouterInterfaceCreateResponse> {
    return callMethod(this.caller, RRouterInterfaceCreate_spec, req);
  }
  RRouterInterfaceGetInfo(req: RRouterInterfaceGetInfoRequest): Promise<RRouterInterfaceGetInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceGetInfo_spec, req);
  }
  RRouterInterfaceSetInfo(req: RRouterInterfaceSetInfoRequest): Promise<RRouterInterfaceSetInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceSetInfo_spec, req);
  }
  RRouterInterfaceDelete(req: RRouterInterfaceDeleteRequest): Promise<RRouterInterfaceDeleteResponse> {
    return callMethod(this.caller, RRouterInterfaceDelete_spec, req);
  }
  RRouterInterfaceTransportRemove(
    req: RRouterInterfaceTransportRemoveRequest,
  ): Promise<RRouterInterfaceTransportRemoveResponse> {
    return callMethod(this.caller, RRouterInterfaceTransportRemove_spec, req);
  }
  RRouterInterfaceTransportAdd(
    req: RRouterInterfaceTransportAddRequest,
  ): Promise<RRouterInterfaceTransportAddResponse> {
    return callMethod(this.caller, RRouterInterfaceTransportAdd_spec, req);
  }
  RRouterInterfaceTransportGetInfo(
    req: RRouterInterfaceTransportGetInfoRequest,
  ): Promise<RRouterInterfaceTransportGetInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceTransportGetInfo_spec, req);
  }
  RRouterInterfaceTransportSetInfo(
    req: RRouterInterfaceTransportSetInfoRequest,
  ): Promise<RRouterInterfaceTransportSetInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceTransportSetInfo_spec, req);
  }
  RRouterInterfaceEnum(req: RRouterInterfaceEnumRequest): Promise<RRouterInterfaceEnumResponse> {
    return callMethod(this.caller, RRouterInterfaceEnum_spec, req);
  }
  RRouterInterfaceConnect(req: RRouterInterfaceConnectRequest): Promise<RRouterInterfaceConnectResponse> {
    return callMethod(this.caller, RRouterInterfaceConnect_spec, req);
  }
  RRouterInterfaceDisconnect(
    req: RRouterInterfaceDisconnectRequest,
  ): Promise<RRouterInterfaceDisconnectResponse> {
    return callMethod(this.caller, RRouterInterfaceDisconnect_spec, req);
  }
  RRouterInterfaceUpdateRoutes(
    req: RRouterInterfaceUpdateRoutesRequest,
  ): Promise<RRouterInterfaceUpdateRoutesResponse> {
    return callMethod(this.caller, RRouterInterfaceUpdateRoutes_spec, req);
  }
  RRouterInterfaceQueryUpdateResult(
    req: RRouterInterfaceQueryUpdateResultRequest,
  ): Promise<RRouterInterfaceQueryUpdateResultResponse> {
    return callMethod(this.caller, RRouterInterfaceQueryUpdateResult_spec, req);
  }
  RRouterInterfaceUpdatePhonebookInfo(
    req: RRouterInterfaceUpdatePhonebookInfoRequest,
  ): Promise<RRouterInterfaceUpdatePhonebookInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceUpdatePhonebookInfo_spec, req);
  }
  RMIBEntryCreate(req: RMIBEntryCreateRequest): Promise<RMIBEntryCreateResponse> {
    return callMethod(this.caller, RMIBEntryCreate_spec, req);
  }
  RMIBEntryDelete(req: RMIBEntryDeleteRequest): Promise<RMIBEntryDeleteResponse> {
    return callMethod(this.caller, RMIBEntryDelete_spec, req);
  }
  RMIBEntrySet(req: RMIBEntrySetRequest): Promise<RMIBEntrySetResponse> {
    return callMethod(this.caller, RMIBEntrySet_spec, req);
  }
  RMIBEntryGet(req: RMIBEntryGetRequest): Promise<RMIBEntryGetResponse> {
    return callMethod(this.caller, RMIBEntryGet_spec, req);
  }
  RMIBEntryGetFirst(req: RMIBEntryGetFirstRequest): Promise<RMIBEntryGetFirstResponse> {
    return callMethod(this.caller, RMIBEntryGetFirst_spec, req);
  }
  RMIBEntryGetNext(req: RMIBEntryGetNextRequest): Promise<RMIBEntryGetNextResponse> {
    return callMethod(this.caller, RMIBEntryGetNext_spec, req);
  }
  RMIBGetTrapInfo(req: RMIBGetTrapInfoRequest): Promise<RMIBGetTrapInfoResponse> {
    return callMethod(this.caller, RMIBGetTrapInfo_spec, req);
  }
  RMIBSetTrapInfo(req: RMIBSetTrapInfoRequest): Promise<RMIBSetTrapInfoResponse> {
    return callMethod(this.caller, RMIBSetTrapInfo_spec, req);
  }
  RRasAdminConnectionNotification(
    req: RRasAdminConnectionNotificationRequest,
  ): Promise<RRasAdminConnectionNotificationResponse> {
    return callMethod(this.caller, RRasAdminConnectionNotification_spec, req);
  }
  RRasAdminSendUserMessage(req: RRasAdminSendUserMessageRequest): Promise<RRasAdminSendUserMessageResponse> {
    return callMethod(this.caller, RRasAdminSendUserMessage_spec, req);
  }
  RRouterDeviceEnum(req: RRouterDeviceEnumRequest): Promise<RRouterDeviceEnumResponse> {
    return callMethod(this.caller, RRouterDeviceEnum_spec, req);
  }
  RRouterInterfaceTransportCreate(
    req: RRouterInterfaceTransportCreateRequest,
  ): Promise<RRouterInterfaceTransportCreateResponse> {
    return callMethod(this.caller, RRouterInterfaceTransportCreate_spec, req);
  }
  RRouterInterfaceDeviceGetInfo(
    req: RRouterInterfaceDeviceGetInfoRequest,
  ): Promise<RRouterInterfaceDeviceGetInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceDeviceGetInfo_spec, req);
  }
  RRouterInterfaceDeviceSetInfo(
    req: RRouterInterfaceDeviceSetInfoRequest,
  ): Promise<RRouterInterfaceDeviceSetInfoResponse> {
    return callMethod(this.caller, RRouterInterfaceDeviceSetInfo_spec, req);
  }
  RRouterInterfaceSetCredentialsEx(
    req: RRouterInterfaceSetCredentialsExRequest,
  ): Promise<RRouterInterfaceSetCredentialsExResponse> {
    return callMethod(this.caller, RRouterInterfaceSetCredentialsEx_spec, req);
  }
  RRouterInterfaceGetCredentialsEx(
    req: RRouterInterfaceGetCredentialsExRequest,
  ): Promise<RRouterInterfaceGetCredentialsExResponse> {
    return callMethod(this.caller, RRouterInterfaceGetCredentialsEx_spec, req);
  }
  RRasAdminConnectionRemoveQuarantine(
    req: RRasAdminConnectionRemoveQuarantineRequest,
  ): Promise<RRasAdminConnectionRemoveQuarantineResponse> {
    return callMethod(this.caller, RRasAdminConnectionRemoveQuarantine_spec, req);
  }
  RMprAdminServerSetInfo(req: RMprAdminServerSetInfoRequest): Promise<RMprAdminServerSetInfoResponse> {
    return callMethod(this.caller, RMprAdminServerSetInfo_spec, req);
  }
  RMprAdminServerGetInfoEx(req: RMprAdminServerGetInfoExRequest): Promise<RMprAdminServerGetInfoExResponse> {
    return callMethod(this.caller, RMprAdminServerGetInfoEx_spec, req);
  }
  RRasAdminConnectionEnumEx(
    req: RRasAdminConnectionEnumExRequest,
  ): Promise<RRasAdminConnectionEnumExResponse> {
    return callMethod(this.caller, RRasAdminConnectionEnumEx_spec, req);
  }
  RRasAdminConnectionGetInfoEx(
    req: RRasAdminConnectionGetInfoExRequest,
  ): Promise<RRasAdminConnectionGetInfoExResponse> {
    return callMethod(this.caller, RRasAdminConnectionGetInfoEx_spec, req);
  }
  RMprAdminServerSetInfoEx(req: RMprAdminServerSetInfoExRequest): Promise<RMprAdminServerSetInfoExResponse> {
    return callMethod(this.caller, RMprAdminServerSetInfoEx_spec, req);
  }
  RRasAdminUpdateConnection(
    req: RRasAdminUpdateConnectionRequest,
  ): Promise<RRasAdminUpdateConnectionResponse> {
    return callMethod(this.caller, RRasAdminUpdateConnection_spec, req);
  }
  RRouterInterfaceSetCredentialsLocal(
    req: RRouterInterfaceSetCredentialsLocalRequest,
  ): Promise<RRouterInterfaceSetCredentialsLocalResponse> {
    return callMethod(this.caller, RRouterInterfaceSetCredentialsLocal_spec, req);
  }
  RRouterInterfaceGetCredentialsLocal(
    req: RRouterInterfaceGetCredentialsLocalRequest,
  ): Promise<RRouterInterfaceGetCredentialsLocalResponse> {
    return callMethod(this.caller, RRouterInterfaceGetCredentialsLocal_spec, req);
  }
  RRouterInterfaceGetCustomInfoEx(
    req: RRouterInterfaceGetCustomInfoExRequest,
  ): Promise<RRouterInterfaceGetCustomInfoExResponse> {
    return callMethod(this.caller, RRouterInterfaceGetCustomInfoEx_spec, req);
  }
  RRouterInterfaceSetCustomInfoEx(
    req: RRouterInterfaceSetCustomInfoExRequest,
  ): Promise<RRouterInterfaceSetCustomInfoExResponse> {
    return callMethod(this.caller, RRouterInterfaceSetCustomInfoEx_spec, req);
  }
}

// --- Server

export interface DimsvcHandlers {
  RMprAdminServerGetInfo(
    ctx: CallContext,
    req: RMprAdminServerGetInfoRequest,
  ): Promise<RMprAdminServerGetInfoResponse> | RMprAdminServerGetInfoResponse;
  RRasAdminConnectionEnum(
    ctx: CallContext,
    req: RRasAdminConnectionEnumRequest,
  ): Promise<RRasAdminConnectionEnumResponse> | RRasAdminConnectionEnumResponse;
  RRasAdminConnectionGetInfo(
    ctx: CallContext,
    req: RRasAdminConnectionGetInfoRequest,
  ): Promise<RRasAdminConnectionGetInfoResponse> | RRasAdminConnectionGetInfoResponse;
  RRasAdminConnectionClearStats(
    ctx: CallContext,
    req: RRasAdminConnectionClearStatsRequest,
  ): Promise<RRasAdminConnectionClearStatsResponse> | RRasAdminConnectionClearStatsResponse;
  RRasAdminPortEnum(
    ctx: CallContext,
    req: RRasAdminPortEnumRequest,
  ): Promise<RRasAdminPortEnumResponse> | RRasAdminPortEnumResponse;
  RRasAdminPortGetInfo(
    ctx: CallContext,
    req: RRasAdminPortGetInfoRequest,
  ): Promise<RRasAdminPortGetInfoResponse> | RRasAdminPortGetInfoResponse;
  RRasAdminPortClearStats(
    ctx: CallContext,
    req: RRasAdminPortClearStatsRequest,
  ): Promise<RRasAdminPortClearStatsResponse> | RRasAdminPortClearStatsResponse;
  RRasAdminPortReset(
    ctx: CallContext,
    req: RRasAdminPortResetRequest,
  ): Promise<RRasAdminPortResetResponse> | RRasAdminPortResetResponse;
  RRasAdminPortDisconnect(
    ctx: CallContext,
    req: RRasAdminPortDisconnectRequest,
  ): Promise<RRasAdminPortDisconnectResponse> | RRasAdminPortDisconnectResponse;
  RRouterInterfaceTransportSetGlobalInfo(
    ctx: CallContext,
    req: RRouterInterfaceTransportSetGlobalInfoRequest,
  ): Promise<RRouterInterfaceTransportSetGlobalInfoResponse> | RRouterInterfaceTransportSetGlobalInfoResponse;
  RRouterInterfaceTransportGetGlobalInfo(
    ctx: CallContext,
    req: RRouterInterfaceTransportGetGlobalInfoRequest,
  ): Promise<RRouterInterfaceTransportGetGlobalInfoResponse> | RRouterInterfaceTransportGetGlobalInfoResponse;
  RRouterInterfaceGetHandle(
    ctx: CallContext,
    req: RRouterInterfaceGetHandleRequest,
  ): Promise<RRouterInterfaceGetHandleResponse> | RRouterInterfaceGetHandleResponse;
  RRouterInterfaceCreate(
    ctx: CallContext,
    req: RRouterInterfaceCreateRequest,
  ): Promise<RRouterInterfaceCreateResponse> | RRouterInterfaceCreateResponse;
  RRouterInterfaceGetInfo(
    ctx: CallContext,
    req: RRouterInterfaceGetInfoRequest,
  ): Promise<RRouterInterfaceGetInfoResponse> | RRouterInterfaceGetInfoResponse;
  RRouterInterfaceSetInfo(
    ctx: CallContext,
    req: RRouterInterfaceSetInfoRequest,
  ): Promise<RRouterInterfaceSetInfoResponse> | RRouterInterfaceSetInfoResponse;
  RRouterInterfaceDelete(
    ctx: CallContext,
    req: RRouterInterfaceDeleteRequest,
  ): Promise<RRouterInterfaceDeleteResponse> | RRouterInterfaceDeleteResponse;
  RRouterInterfaceTransportRemove(
    ctx: CallContext,
    req: RRouterInterfaceTransportRemoveRequest,
  ): Promise<RRouterInterfaceTransportRemoveResponse> | RRouterInterfaceTransportRemoveResponse;
  RRouterInterfaceTransportAdd(
    ctx: CallContext,
    req: RRouterInterfaceTransportAddRequest,
  ): Promise<RRouterInterfaceTransportAddResponse> | RRouterInterfaceTransportAddResponse;
  RRouterInterfaceTransportGetInfo(
    ctx: CallContext,
    req: RRouterInterfaceTransportGetInfoRequest,
  ): Promise<RRouterInterfaceTransportGetInfoResponse> | RRouterInterfaceTransportGetInfoResponse;
  RRouterInterfaceTransportSetInfo(
    ctx: CallContext,
    req: RRouterInterfaceTransportSetInfoRequest,
  ): Promise<RRouterInterfaceTransportSetInfoResponse> | RRouterInterfaceTransportSetInfoResponse;
  RRouterInterfaceEnum(
    ctx: CallContext,
    req: RRouterInterfaceEnumRequest,
  ): Promise<RRouterInterfaceEnumResponse> | RRouterInterfaceEnumResponse;
  RRouterInterfaceConnect(
    ctx: CallContext,
    req: RRouterInterfaceConnectRequest,
  ): Promise<RRouterInterfaceConnectResponse> | RRouterInterfaceConnectResponse;
  RRouterInterfaceDisconnect(
    ctx: CallContext,
    req: RRouterInterfaceDisconnectRequest,
  ): Promise<RRouterInterfaceDisconnectResponse> | RRouterInterfaceDisconnectResponse;
  RRouterInterfaceUpdateRoutes(
    ctx: CallContext,
    req: RRouterInterfaceUpdateRoutesRequest,
  ): Promise<RRouterInterfaceUpdateRoutesResponse> | RRouterInterfaceUpdateRoutesResponse;
  RRouterInterfaceQueryUpdateResult(
    ctx: CallContext,
    req: RRouterInterfaceQueryUpdateResultRequest,
  ): Promise<RRouterInterfaceQueryUpdateResultResponse> | RRouterInterfaceQueryUpdateResultResponse;
  RRouterInterfaceUpdatePhonebookInfo(
    ctx: CallContext,
    req: RRouterInterfaceUpdatePhonebookInfoRequest,
  ): Promise<RRouterInterfaceUpdatePhonebookInfoResponse> | RRouterInterfaceUpdatePhonebookInfoResponse;
  RMIBEntryCreate(
    ctx: CallContext,
    req: RMIBEntryCreateRequest,
  ): Promise<RMIBEntryCreateResponse> | RMIBEntryCreateResponse;
  RMIBEntryDelete(
    ctx: CallContext,
    req: RMIBEntryDeleteRequest,
  ): Promise<RMIBEntryDeleteResponse> | RMIBEntryDeleteResponse;
  RMIBEntrySet(
    ctx: CallContext,
    req: RMIBEntrySetRequest,
  ): Promise<RMIBEntrySetResponse> | RMIBEntrySetResponse;
  RMIBEntryGet(
    ctx: CallContext,
    req: RMIBEntryGetRequest,
  ): Promise<RMIBEntryGetResponse> | RMIBEntryGetResponse;
  RMIBEntryGetFirst(
    ctx: CallContext,
    req: RMIBEntryGetFirstRequest,
  ): Promise<RMIBEntryGetFirstResponse> | RMIBEntryGetFirstResponse;
  RMIBEntryGetNext(
    ctx: CallContext,
    req: RMIBEntryGetNextRequest,
  ): Promise<RMIBEntryGetNextResponse> | RMIBEntryGetNextResponse;
  RMIBGetTrapInfo(
    ctx: CallContext,
    req: RMIBGetTrapInfoRequest,
  ): Promise<RMIBGetTrapInfoResponse> | RMIBGetTrapInfoResponse;
  RMIBSetTrapInfo(
    ctx: CallContext,
    req: RMIBSetTrapInfoRequest,
  ): Promise<RMIBSetTrapInfoResponse> | RMIBSetTrapInfoResponse;
  RRasAdminConnectionNotification(
    ctx: CallContext,
    req: RRasAdminConnectionNotificationRequest,
  ): Promise<RRasAdminConnectionNotificationResponse> | RRasAdminConnectionNotificationResponse;
  RRasAdminSendUserMessage(
    ctx: CallContext,
    req: RRasAdminSendUserMessageRequest,
  ): Promise<RRasAdminSendUserMessageResponse> | RRasAdminSendUserMessageResponse;
  RRouterDeviceEnum(
    ctx: CallContext,
    req: RRouterDeviceEnumRequest,
  ): Promise<RRouterDeviceEnumResponse> | RRouterDeviceEnumResponse;
  RRouterInterfaceTransportCreate(
    ctx: CallContext,
    req: RRouterInterfaceTransportCreateRequest,
  ): Promise<RRouterInterfaceTransportCreateResponse> | RRouterInterfaceTransportCreateResponse;
  RRouterInterfaceDeviceGetInfo(
    ctx: CallContext,
    req: RRouterInterfaceDeviceGetInfoRequest,
  ): Promise<RRouterInterfaceDeviceGetInfoResponse> | RRouterInterfaceDeviceGetInfoResponse;
  RRouterInterfaceDeviceSetInfo(
    ctx: CallContext,
    req: RRouterInterfaceDeviceSetInfoRequest,
  ): Promise<RRouterInterfaceDeviceSetInfoResponse> | RRouterInterfaceDeviceSetInfoResponse;
  RRouterInterfaceSetCredentialsEx(
    ctx: CallContext,
    req: RRouterInterfaceSetCredentialsExRequest,
  ): Promise<RRouterInterfaceSetCredentialsExResponse> | RRouterInterfaceSetCredentialsExResponse;
  RRouterInterfaceGetCredentialsEx(
    ctx: CallContext,
    req: RRouterInterfaceGetCredentialsExRequest,
  ): Promise<RRouterInterfaceGetCredentialsExResponse> | RRouterInterfaceGetCredentialsExResponse;
  RRasAdminConnectionRemoveQuarantine(
    ctx: CallContext,
    req: RRasAdminConnectionRemoveQuarantineRequest,
  ): Promise<RRasAdminConnectionRemoveQuarantineResponse> | RRasAdminConnectionRemoveQuarantineResponse;
  RMprAdminServerSetInfo(
    ctx: CallContext,
    req: RMprAdminServerSetInfoRequest,
  ): Promise<RMprAdminServerSetInfoResponse> | RMprAdminServerSetInfoResponse;
  RMprAdminServerGetInfoEx(
    ctx: CallContext,
    req: RMprAdminServerGetInfoExRequest,
  ): Promise<RMprAdminServerGetInfoExResponse> | RMprAdminServerGetInfoExResponse;
  RRasAdminConnectionEnumEx(
    ctx: CallContext,
    req: RRasAdminConnectionEnumExRequest,
  ): Promise<RRasAdminConnectionEnumExResponse> | RRasAdminConnectionEnumExResponse;
  RRasAdminConnectionGetInfoEx(
    ctx: CallContext,
    req: RRasAdminConnectionGetInfoExRequest,
  ): Promise<RRasAdminConnectionGetInfoExResponse> | RRasAdminConnectionGetInfoExResponse;
  RMprAdminServerSetInfoEx(
    ctx: CallContext,
    req: RMprAdminServerSetInfoExRequest,
  ): Promise<RMprAdminServerSetInfoExResponse> | RMprAdminServerSetInfoExResponse;
  RRasAdminUpdateConnection(
    ctx: CallContext,
    req: RRasAdminUpdateConnectionRequest,
  ): Promise<RRasAdminUpdateConnectionResponse> | RRasAdminUpdateConnectionResponse;
  RRouterInterfaceSetCredentialsLocal(
    ctx: CallContext,
    req: RRouterInterfaceSetCredentialsLocalRequest,
  ): Promise<RRouterInterfaceSetCredentialsLocalResponse> | RRouterInterfaceSetCredentialsLocalResponse;
  RRouterInterfaceGetCredentialsLocal(
    ctx: CallContext,
    req: RRouterInterfaceGetCredentialsLocalRequest,
  ): Promise<RRouterInterfaceGetCredentialsLocalResponse> | RRouterInterfaceGetCredentialsLocalResponse;
  RRouterInterfaceGetCustomInfoEx(
    ctx: CallContext,
    req: RRouterInterfaceGetCustomInfoExRequest,
  ): Promise<RRouterInterfaceGetCustomInfoExResponse> | RRouterInterfaceGetCustomInfoExResponse;
  RRouterInterfaceSetCustomInfoEx(
    ctx: CallContext,
    req: RRouterInterfaceSetCustomInfoExRequest,
  ): Promise<RRouterInterfaceSetCustomInfoExResponse> | RRouterInterfaceSetCustomInfoExResponse;
}
/** Dispatches dimsvc calls to `handlers`; a missing handler answers ERROR_CALL_NOT_IMPLEMENTED. */
export function createDimsvcServer(
  handlers: Partial<DimsvcHandlers>,
  opts: StubServerOptions = {},
): RpcServerInterface {
  return serveMethods(
    { name: 'dimsvc', syntax: DimsvcSyntax, transferSyntaxes: ['ndr20'], methods: DimsvcMethods },
    handlers,
    opts,
  );
}
