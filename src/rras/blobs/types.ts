/**
 * Spec-shaped TypeScript views of the byte blobs that DIMSVC and RASRPC carry inside `LPBYTE`
 * buffers ([MS-RRASM] 2.2.1.2.x). These structures are not NDR: the wire holds the C in-memory
 * layout, little-endian, with natural alignment (DWORD/GUID/FILETIME on 4, ULONG64/LONGLONG on 8,
 * WCHAR on 2). Field names are the spec's; sizes and offsets live in the layout tables of each
 * codec module and are exported as `*_SIZE` constants from `index.ts`.
 *
 * Value mapping (decided once for every structure):
 * - DWORD / ULONG / enum types → `number` (unsigned 32-bit).
 * - BOOL → `boolean` (encoded 1/0; any non-zero decodes as true).
 * - ULONG64 / LONGLONG → `bigint`.
 * - WCHAR x[n] → `string` (UTF-16LE, NUL-padded; encode refuses more than n-1 code units).
 * - CHAR x[n] → `string` (one byte per character, Latin-1; same n-1 rule).
 * - BYTE x[n], IN6_ADDR → `Uint8Array` of exactly n (16) bytes.
 * - GUID → lower-case `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (same as the generated NDR code).
 * - FILETIME → `{ dwLowDateTime, dwHighDateTime }` (same shape as the generated NDR type).
 * - IPv4 addresses held in DWORD fields (ipaddr*, dwForwardDest, dwRtInfoDest, …) stay numbers:
 *   the address bytes are in network order in memory, so the little-endian DWORD of 10.1.2.3 is
 *   0x0302010a. `ipv4ToDword` / `dwordToIpv4` in `index.ts` convert.
 *
 * Pointer-typed members inside blobs (MPRI_INTERFACE_1 lpwsDialoutHoursRestriction,
 * MPRI_INTERFACE_2/3 szAlternates and lpbCustomAuthData, MPRI_INTERFACE_3 ipv6addr, MPR_DEVICE_1
 * szAlternates) are 4-byte offsets from the start of the structure that holds them (the spec says
 * so for szAlternates and lpbCustomAuthData, 2.2.1.2.83/84; the "I" structures are the fixed 32-bit
 * wire forms that Windows thunks to and from its 64-bit host structures). 0 means absent. The
 * pointed-to data is appended after the fixed part (after the whole array when several
 * structures are sent together). In the TS views these members carry the decoded data, not the
 * offset.
 */

import type { FILETIME } from '../../interfaces/dimsvc/dimsvc.gen.js';

/** FILETIME ([MS-DTYP] 2.3.3): the generated NDR type, since blobs lay it out the same way. */
export type FileTime = FILETIME;

// ---------------------------------------------------------------------------------------------
// Server (2.2.1.2.61-63)

/** MPR_SERVER_0 (2.2.1.2.61), 16 bytes. */
export interface MprServer0 {
  fLanOnlyMode: boolean;
  dwUpTime: number;
  dwTotalPorts: number;
  dwPortsInUse: number;
}

/** MPR_SERVER_1 (2.2.1.2.62), 16 bytes. */
export interface MprServer1 {
  dwNumPptpPorts: number;
  dwPptpPortFlags: number;
  dwNumL2tpPorts: number;
  dwL2tpPortFlags: number;
}

/** MPR_SERVER_2 (2.2.1.2.63), 24 bytes. */
export interface MprServer2 extends MprServer1 {
  dwNumSstpPorts: number;
  dwSstpPortFlags: number;
}

// ---------------------------------------------------------------------------------------------
// PPP projection info (2.2.1.2.64-74)

/** PPP_NBFCP_INFO (2.2.1.2.64), 40 bytes. */
export interface PppNbfcpInfo {
  dwError: number;
  wszWksta: string; // WCHAR[17]
}

/** PPP_IPCP_INFO (2.2.1.2.65), 68 bytes. */
export interface PppIpcpInfo {
  dwError: number;
  wszAddress: string; // WCHAR[16]
  wszRemoteAddress: string; // WCHAR[16]
}

/** PPP_IPCP_INFO2 (2.2.1.2.66), 76 bytes. `dwRemoteOptons` is the spec's spelling. */
export interface PppIpcpInfo2 extends PppIpcpInfo {
  dwOptions: number;
  dwRemoteOptons: number;
}

/** PPP_IPXCP_INFO (2.2.1.2.67), 36 bytes. */
export interface PppIpxcpInfo {
  dwError: number;
  wszAddress: string; // WCHAR[16]
}

/** PPP_IPV6_CP_INFO (2.2.1.2.68), 48 bytes. */
export interface PppIpv6CpInfo {
  dwVersion: number;
  dwSize: number;
  dwError: number;
  bInterfaceIdentifier: Uint8Array; // BYTE[8]
  bRemoteInterfaceIdentifier: Uint8Array; // BYTE[8]
  dwOptions: number;
  dwRemoteOptions: number;
  bPrefix: Uint8Array; // BYTE[8]
  dwPrefixLength: number;
}

/** PPP_ATCP_INFO (2.2.1.2.69), 72 bytes (70 + 2 padding). */
export interface PppAtcpInfo {
  dwError: number;
  wszAddress: string; // WCHAR[33]
}

/** PPP_CCP_INFO (2.2.1.2.70), 20 bytes. */
export interface PppCcpInfo {
  dwError: number;
  dwCompressionAlgorithm: number;
  dwOptions: number;
  dwRemoteCompressionAlgorithm: number;
  dwRemoteOptions: number;
}

/** PPP_LCP_INFO (2.2.1.2.71), 44 bytes. */
export interface PppLcpInfo {
  dwError: number;
  dwAuthenticationProtocol: number;
  dwAuthenticationData: number;
  dwRemoteAuthenticationProtocol: number;
  dwRemoteAuthenticationData: number;
  dwTerminateReason: number;
  dwRemoteTerminateReason: number;
  dwOptions: number;
  dwRemoteOptions: number;
  dwEapTypeId: number;
  dwRemoteEapTypeId: number;
}

/** PPP_INFO (2.2.1.2.72), 216 bytes. */
export interface PppInfo {
  nbf: PppNbfcpInfo;
  ip: PppIpcpInfo;
  ipx: PppIpxcpInfo;
  at: PppAtcpInfo;
}

/** PPP_INFO_2 (2.2.1.2.73), 288 bytes. */
export interface PppInfo2 {
  nbf: PppNbfcpInfo;
  ip: PppIpcpInfo2;
  ipx: PppIpxcpInfo;
  at: PppAtcpInfo;
  ccp: PppCcpInfo;
  lcp: PppLcpInfo;
}

/** PPP_INFO_3 (2.2.1.2.74), 228 bytes. */
export interface PppInfo3 {
  nbf: PppNbfcpInfo;
  ip: PppIpcpInfo2;
  ipv6: PppIpv6CpInfo;
  ccp: PppCcpInfo;
  lcp: PppLcpInfo;
}

// ---------------------------------------------------------------------------------------------
// Ports (2.2.1.2.75-76)

/** RASI_PORT_0 (2.2.1.2.75), 380 bytes. */
export interface RasiPort0 {
  dwPort: number;
  dwConnection: number;
  dwPortCondition: number; // RAS_PORT_CONDITION
  dwTotalNumberOfCalls: number;
  dwConnectDuration: number;
  wszPortName: string; // WCHAR[17]
  wszMediaName: string; // WCHAR[17]
  wszDeviceName: string; // WCHAR[129]
  wszDeviceType: string; // WCHAR[17]
}

/** RASI_PORT_1 (2.2.1.2.76), 64 bytes. */
export interface RasiPort1 extends ConnectionCounters {
  dwPort: number;
  dwConnection: number;
  dwHardwareCondition: number; // RAS_HARDWARE_CONDITION
  dwLineSpeed: number;
}

// ---------------------------------------------------------------------------------------------
// Connections (2.2.1.2.77-80, 2.2.1.2.236)

/** The twelve byte/frame/error counters shared by RASI_PORT_1, RASI_CONNECTION_1 and RAS_CONNECTION_4. */
export interface ConnectionCounters {
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
}

/** RASI_CONNECTION_0 (2.2.1.2.77), 1116 bytes. */
export interface RasiConnection0 {
  dwConnection: number;
  dwInterface: number;
  dwConnectDuration: number;
  dwInterfaceType: number; // ROUTER_INTERFACE_TYPE
  dwConnectionFlags: number;
  wszInterfaceName: string; // WCHAR[257]
  wszUserName: string; // WCHAR[257]
  wszLogonDomain: string; // WCHAR[16]
  wszRemoteComputer: string; // WCHAR[17]
}

/** RASI_CONNECTION_1 (2.2.1.2.78), 272 bytes. */
export interface RasiConnection1 extends ConnectionCounters {
  dwConnection: number;
  dwInterface: number;
  PppInfo: PppInfo;
}

/** RASI_CONNECTION_2 (2.2.1.2.79), 828 bytes. */
export interface RasiConnection2 {
  dwConnection: number;
  wszUserName: string; // WCHAR[257]
  dwInterfaceType: number;
  guid: string;
  PppInfo2: PppInfo2;
}

/** RASI_CONNECTION_3 (2.2.1.2.80), 788 bytes. */
export interface RasiConnection3 {
  dwVersion: number;
  dwSize: number;
  dwConnection: number;
  wszUserName: string; // WCHAR[257]
  dwInterfaceType: number;
  guid: string;
  PppInfo3: PppInfo3;
  rasQuarState: number; // RAS_QUARANTINE_STATE
  timer: FileTime;
}

/** PPP_PROJECTION_INFO_2 as laid out in memory inside RAS_CONNECTION_4_IDL (200 bytes). */
export interface PppProjectionInfo2 {
  dwIPv4NegotiationError: number;
  wszAddress: string; // WCHAR[16]
  wszRemoteAddress: string; // WCHAR[16]
  dwIPv4Options: number;
  dwIPv4RemoteOptions: number;
  IPv4SubInterfaceIndex: bigint;
  dwIPv6NegotiationError: number;
  bInterfaceIdentifier: Uint8Array; // [8]
  bRemoteInterfaceIdentifier: Uint8Array; // [8]
  bPrefix: Uint8Array; // [8]
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
  dwEmbeddedEAPTypeId: number;
  dwRemoteEapTypeId: number;
  dwCcpError: number;
  dwCompressionAlgorithm: number;
  dwCcpOptions: number;
  dwRemoteCompressionAlgorithm: number;
  dwCcpRemoteOptions: number;
}

/** IKEV2_PROJECTION_INFO_2 as laid out in memory inside RAS_CONNECTION_4_IDL (144 bytes). */
export interface Ikev2ProjectionInfo2 {
  dwIPv4NegotiationError: number;
  wszAddress: string; // WCHAR[16]
  wszRemoteAddress: string; // WCHAR[16]
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
  dwEmbeddedEAPTypeId: number;
  dwCompressionAlgorithm: number;
  dwEncryptionMethod: number;
}

/**
 * PROJECTION_INFO_IDL_2 in memory: a UCHAR projectionInfoType (1 PPP, 2 IKEv2) then the union
 * at offset 8 (the union holds ULONG64 members). 208 bytes.
 */
export type ProjectionInfo2 =
  | { projectionInfoType: 1; PppProjectionInfo: PppProjectionInfo2 }
  | { projectionInfoType: 2; Ikev2ProjectionInfo: Ikev2ProjectionInfo2 };

/**
 * RAS_CONNECTION_4_IDL (2.2.1.2.236): opnum 1 with dwLevel 4 returns "a typecast array" of these
 * in DIM_INFORMATION_CONTAINER.pBuffer (3.1.4.2), so it is a blob here, not NDR. 1680 bytes.
 */
export interface RasConnection4 extends ConnectionCounters {
  dwConnectDuration: number;
  dwInterfaceType: number;
  dwConnectionFlags: number;
  wszInterfaceName: string; // WCHAR[257]
  wszUserName: string; // WCHAR[257]
  wszLogonDomain: string; // WCHAR[16]
  wszRemoteComputer: string; // WCHAR[17]
  guid: string;
  rasQuarState: number;
  probationTime: FileTime;
  connectionStartTime: FileTime;
  dwNumSwitchOvers: number;
  wszRemoteEndpointAddress: string; // WCHAR[65]
  wszLocalEndpointAddress: string; // WCHAR[65]
  ProjectionInfo: ProjectionInfo2;
  hConnection: number;
  hInterface: number;
  dwDeviceType: number;
}

// ---------------------------------------------------------------------------------------------
// Interfaces (2.2.1.2.81-84)

/** MPRI_INTERFACE_0 (2.2.1.2.81), 540 bytes. */
export interface MprInterface0 {
  wszInterfaceName: string; // WCHAR[257]
  dwInterface: number;
  fEnabled: boolean;
  dwIfType: number; // ROUTER_INTERFACE_TYPE
  dwConnectionState: number; // ROUTER_CONNECTION_STATE
  fUnReachabilityReasons: number;
  dwLastError: number;
}

/**
 * MPRI_INTERFACE_1 (2.2.1.2.82): fixed part 544 bytes; lpwsDialoutHoursRestriction is an offset
 * to a MULTI_SZ appended after it. `null` = offset 0.
 */
export interface MprInterface1 extends MprInterface0 {
  lpwsDialoutHoursRestriction: string[] | null;
}

/** MPRI_INTERFACE_2 (2.2.1.2.83): fixed part 2468 bytes, then custom auth data, then szAlternates. */
export interface MprInterface2 extends MprInterface0 {
  dwfOptions: number;
  szLocalPhoneNumber: string; // WCHAR[129]
  /** Alternate numbers (MULTI_SZ at the szAlternates offset); empty list = offset 0. */
  szAlternates: string[];
  ipaddr: number;
  ipaddrDns: number;
  ipaddrDnsAlt: number;
  ipaddrWins: number;
  ipaddrWinsAlt: number;
  dwfNetProtocols: number;
  szDeviceType: string; // WCHAR[17]
  szDeviceName: string; // WCHAR[129]
  szX25PadType: string; // WCHAR[33]
  szX25Address: string; // WCHAR[201]
  szX25Facilities: string; // WCHAR[201]
  szX25UserData: string; // WCHAR[201]
  dwChannels: number;
  dwSubEntries: number;
  dwDialMode: number;
  dwDialExtraPercent: number;
  dwDialExtraSampleSeconds: number;
  dwHangUpExtraPercent: number;
  dwHangUpExtraSampleSeconds: number;
  dwIdleDisconnectSeconds: number;
  dwType: number;
  dwEncryptionType: number;
  dwCustomAuthKey: number;
  /** CustomAuthData (dwCustomAuthDataSize bytes at the lpbCustomAuthData offset); empty = offset 0. */
  lpbCustomAuthData: Uint8Array;
  guidId: string;
  dwVpnStrategy: number;
}

/** MPRI_INTERFACE_3 (2.2.1.2.84): MPRI_INTERFACE_2 + IPv6 members; fixed part 2508 bytes. */
export interface MprInterface3 extends MprInterface2 {
  AddressCount: number; // "Not used"
  ipv6addrDns: Uint8Array; // IN6_ADDR
  ipv6addrDnsAlt: Uint8Array; // IN6_ADDR
  /** "Not used": raw offset value kept as-is (no data is followed). */
  ipv6addr: number;
}

// ---------------------------------------------------------------------------------------------
// Devices and credentials (2.2.1.2.85-87)

/** MPR_DEVICE_0 (2.2.1.2.85), 292 bytes. */
export interface MprDevice0 {
  szDeviceType: string; // WCHAR[17]
  szDeviceName: string; // WCHAR[129]
}

/** MPR_DEVICE_1 (2.2.1.2.86): fixed part 556 bytes; szAlternates is an offset to a MULTI_SZ. */
export interface MprDevice1 extends MprDevice0 {
  szLocalPhoneNumber: string; // WCHAR[129]
  szAlternates: string[];
}

/** MPR_CREDENTIALSEX_1 (2.2.1.2.87): dwSize, dwOffset, then the data at dwOffset (8 when encoded). */
export interface MprCredentialsEx1 {
  bData: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Router info blocks (2.2.1.2.3-4 and contents)

/** RTR_TOC_ENTRY (2.2.1.2.4) as found on the wire. */
export interface RtrTocEntry {
  InfoType: number;
  InfoSize: number;
  Count: number;
  Offset: number;
}

/** One decoded TOC entry with its data area (InfoSize × Count bytes, copied). */
export interface RtrInfoEntry {
  InfoType: number;
  InfoSize: number;
  Count: number;
  data: Uint8Array;
}

/** RTR_INFO_BLOCK_HEADER (2.2.1.2.3) decoded: header fields, raw TOC and the entries. */
export interface RtrInfoBlock {
  Version: number;
  Size: number;
  TocEntriesCount: number;
  toc: RtrTocEntry[];
  entries: RtrInfoEntry[];
}

/** GLOBAL_INFO (2.2.1.2.9), 8 bytes; IP_GLOBAL_INFO and IPV6_GLOBAL_INFO. */
export interface GlobalInfo {
  bFilteringOn: boolean;
  dwLoggingLevel: number;
}

/** INTERFACE_STATUS_INFO (2.2.1.2.18), 4 bytes. */
export interface InterfaceStatusInfo {
  dwAdminStatus: number;
}

/** PROTOCOL_METRIC (2.2.1.2.13), 8 bytes. */
export interface ProtocolMetric {
  dwProtocolId: number;
  dwMetric: number;
}

/** PRIORITY_INFO (2.2.1.2.12): dwNumProtocols + PROTOCOL_METRIC[]. */
export interface PriorityInfo {
  ppmProtocolMetric: ProtocolMetric[];
}

/** MPR_FILTER_0 (2.2.1.2.89), 4 bytes. */
export interface MprFilter0 {
  fEnable: boolean;
}

/** INTERFACE_ROUTE_INFO (2.2.1.2.11), 72 bytes; the union arm is chosen by bV4. */
export interface InterfaceRouteInfoCommon {
  dwRtInfoIfIndex: number;
  dwRtInfoType: number;
  dwRtInfoProto: number;
  dwRtInfoPreference: number;
  dwRtInfoViewSet: number;
}
export interface InterfaceRouteInfoV4 extends InterfaceRouteInfoCommon {
  bV4: true;
  dwRtInfoDest: number;
  dwRtInfoMask: number;
  dwRtInfoPolicy: number;
  dwRtInfoNextHop: number;
  dwRtInfoAge: number;
  dwRtInfoNextHopAS: number;
  dwRtInfoMetric1: number;
  dwRtInfoMetric2: number;
  dwRtInfoMetric3: number;
}
export interface InterfaceRouteInfoV6 extends InterfaceRouteInfoCommon {
  bV4: false;
  DestinationPrefix: Uint8Array; // IN6_ADDR
  DestPrefixLength: number;
  NextHopAddress: Uint8Array; // IN6_ADDR
  ValidLifeTime: number;
  Flags: number;
  Metric: number;
}
export type InterfaceRouteInfo = InterfaceRouteInfoV4 | InterfaceRouteInfoV6;

// ---------------------------------------------------------------------------------------------
// MIB (2.2.1.2.19, .35, .36, .52, .53)

/** MIB_IPFORWARDROW (2.2.1.2.35), 56 bytes. */
export interface MibIpForwardRow {
  dwForwardDest: number;
  dwForwardMask: number;
  dwForwardPolicy: number;
  dwForwardNextHop: number;
  dwForwardIfIndex: number;
  dwForwardType: number; // MIB_IPFORWARD_TYPE
  dwForwardProto: number; // MIB_IPFORWARD_PROTO
  dwForwardAge: number;
  dwForwardNextHopAS: number;
  dwForwardMetric1: number;
  dwForwardMetric2: number;
  dwForwardMetric3: number;
  dwForwardMetric4: number;
  dwForwardMetric5: number;
}

/** MIB_IPFORWARDTABLE (2.2.1.2.36): dwNumEntries then the rows at offset 4. */
export interface MibIpForwardTable {
  table: MibIpForwardRow[];
}

/** MIB_OPAQUE_QUERY (2.2.1.2.53): dwVarId then rgdwVarIndex DWORDs (all remaining whole DWORDs). */
export interface MibOpaqueQuery {
  dwVarId: number;
  rgdwVarIndex: number[];
}

/** MIB_OPAQUE_INFO (2.2.1.2.52): dwId, 4 bytes of alignment, rgbyData at offset 8. */
export interface MibOpaqueInfo {
  dwId: number;
  rgbyData: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// RASRPC RasRpcSubmitRequest (3.3.4.5, 2.2.1.2.217-228)

/**
 * RequestBuffer (2.2.1.2.217): RB_PCBIndex, RB_Reqtype, RB_Dummy (client's sizeof(ULONG_PTR):
 * 4 or 8), RB_Done, 8 alignment bytes, RB_Buffer at offset 24.
 */
export interface RequestBuffer {
  RB_PCBIndex: number;
  RB_Reqtype: number; // ReqTypes
  RB_Dummy: number;
  RB_Done: number;
  RB_Buffer: Uint8Array;
}

/** RAS_DEVICE_INFO (2.2.1.2.219), 472 bytes. */
export interface RasDeviceInfo {
  dwVersion: number;
  fWrite: boolean;
  fRasEnabled: boolean;
  fRouterEnabled: boolean;
  fRouterOutboundEnabled: boolean;
  dwTapiLineId: number;
  dwError: number;
  dwNumEndPoints: number;
  dwMaxOutCalls: number;
  dwMaxInCalls: number;
  dwMinWanEndPoints: number;
  dwMaxWanEndPoints: number;
  eDeviceType: number; // RASDEVICETYPE
  guidDevice: string;
  szPortName: string; // CHAR[17]
  szDeviceName: string; // CHAR[129]
  wszDeviceName: string; // WCHAR[129]
}

/** DeviceConfigInfo (2.2.1.2.218): header (16 bytes) + cEntries RAS_DEVICE_INFO at abdata. */
export interface DeviceConfigInfo {
  retcode: number;
  dwVersion: number;
  /**
   * Bytes of abdata: on a request the room the client offers, on a reply the room all devices
   * need (3.3.4.5). On encode it defaults to the devices written.
   */
  cbBuffer?: number;
  /** Devices in total (set when decoding; on encode defaults to devices.length). */
  cEntries?: number;
  /** The RAS_DEVICE_INFO structures actually present (those that fit cbBuffer and the buffer). */
  devices: RasDeviceInfo[];
}

/** RAS_CALLEDID_INFO (2.2.1.2.221): dwSize then bCalledId (dwSize bytes). */
export interface RasCalledIdInfo {
  bCalledId: Uint8Array;
}

/** GetSetCalledId (2.2.1.2.220): retcode, fWrite, dwSize, guidDevice, rdi (@28), rciInfo (@500). */
export interface GetSetCalledId {
  retcode: number;
  fWrite: boolean;
  /** On encode, computed (size of RAS_CALLEDID_INFO incl. data) unless given. */
  dwSize?: number;
  guidDevice: string;
  rdi: RasDeviceInfo;
  rciInfo: RasCalledIdInfo;
}

/** RAS_NDISWAN_DRIVER_INFO (2.2.1.2.223), 8 bytes. */
export interface RasNdiswanDriverInfo {
  DriverCaps: number;
  Reserved: number;
}

/** GetNdiswanDriverCapsStruct (2.2.1.2.222), 12 bytes. */
export interface GetNdiswanDriverCapsStruct {
  retcode: number;
  NdiswanDriverInfo: RasNdiswanDriverInfo;
}

/** GetDevConfigStruct (2.2.1.2.224): retcode, devicetype CHAR[17] (@4), size (@24), config (@28). */
export interface GetDevConfigStruct {
  retcode: number;
  devicetype: string;
  config: Uint8Array;
}

/** RASMAN_PORT_32 (2.2.1.2.226), 208 bytes. */
export interface RasmanPort32 {
  P_Port: number;
  P_PortName: string; // CHAR[16]
  P_Status: number; // RASMAN_STATUS
  P_rdtDeviceType: number; // RASDEVICETYPE
  P_ConfiguredUsage: number; // RASMAN_USAGE
  P_CurrentUsage: number;
  P_MediaName: string; // CHAR[16]
  P_DeviceType: string; // CHAR[16]
  P_DeviceName: string; // CHAR[129]
  P_LineDeviceId: number;
  P_AddressId: number;
}

/** Enum (2.2.1.2.225): retcode, size, entries, then RASMAN_PORT_32[entries] at offset 12. */
export interface RasmanEnum {
  retcode: number;
  /** Bytes of buffer: the room offered (request) or needed for all ports (reply); set on decode. */
  size?: number;
  /** Ports in total; set on decode (a reply may carry fewer than this when the room ran out). */
  entries?: number;
  /** The RASMAN_PORT_32 structures actually present. */
  ports: RasmanPort32[];
}

/** RASMAN_INFO (2.2.1.2.228); RI_ConnectionHandle is a HANDLE, so the layout depends on pointer size. */
export interface RasmanInfo {
  RI_PortStatus: number;
  RI_ConnState: number;
  RI_LinkSpeed: number;
  RI_LastError: number;
  RI_CurrentUsage: number;
  RI_DeviceTypeConnecting: string; // CHAR[16]
  RI_DeviceConnecting: string; // CHAR[129]
  RI_szDeviceType: string; // CHAR[16]
  RI_szDeviceName: string; // CHAR[129]
  RI_szPortName: string; // CHAR[17]
  RI_DisconnectType: number;
  RI_OwnershipFlag: number;
  RI_ConnectDuration: number;
  RI_BytesReceived: number;
  RI_Phonebook: string; // CHAR[261]
  RI_PhoneEntry: string; // CHAR[257]
  /** 32-bit value (spec: "unique 32-bit unsigned integer"); the upper half is 0 in the 8-byte form. */
  RI_ConnectionHandle: number;
  RI_SubEntry: number;
  RI_rdtDeviceType: number;
  RI_GuidEntry: string;
  RI_dwSessionId: number;
  RI_dwFlags: number;
  RI_CorrelationGuid: string;
}

/** Info (2.2.1.2.227): union { retcode; HANDLE padding } then RASMAN_INFO. */
export interface RasmanGetInfo {
  retcode: number;
  info: RasmanInfo;
}

/** Pointer width of the RASRPC client (RequestBuffer.RB_Dummy): decides HANDLE-bearing layouts. */
export type PointerSize = 4 | 8;

// ---------------------------------------------------------------------------------------------
// Codec contracts (implemented in the sibling modules, all re-exported from index.ts)

/** Limits applied while decoding untrusted blobs. */
export interface BlobLimits {
  /** Most array elements (enumeration results, TOC entries, table rows) accepted. */
  maxCount: number;
  /** Most bytes of one blob accepted. */
  maxBytes: number;
  /** Most UTF-16 code units in a MULTI_SZ list (szAlternates, dial-out hours). */
  maxMultiSzUnits: number;
}

/** A fixed-size structure codec: the shape every `*Codec` constant in index.ts has. */
export interface FixedBlobCodec<T> {
  readonly name: string;
  /** sizeof(struct), including trailing padding: the array stride. */
  readonly size: number;
  encode(value: T): Uint8Array;
  /** Reads one structure at `offset`; throws RrasBlobError when it does not fit. */
  decode(bytes: Uint8Array, offset?: number): T;
}

/**
 * Functions exported by `src/rras/blobs/index.ts` (the stable surface):
 *
 *   Fixed structures — a `*Codec: FixedBlobCodec<…>`, a `*_SIZE`, and encodeX(v) / decodeX(b, offset?):
 *     MprServer0/1/2, RasiPort0/1, RasiConnection0..3, RasConnection4, MprInterface0, MprDevice0,
 *     MibIpForwardRow; codecs only: globalInfoCodec, interfaceStatusInfoCodec, mprFilter0Codec,
 *     interfaceRouteInfoCodec, rasDeviceInfoCodec, rasmanPort32Codec, rasmanInfoCodec(pointerSize).
 *   encodeArray(codec, items) / decodeArray(codec, bytes, count, limits?, offset?)
 *   Offset-bearing: encodeMprInterface1/2/3(v), decodeMprInterface1/2/3(b, limits?, offset?),
 *     readMprInterfaceOffsets(b, level); encodeMprDevice1(v), encodeMprDevice1Array(items),
 *     decodeMprDevice1(b), decodeMprDevice1Array(b, count, limits?);
 *     encodeMprCredentialsEx1(v), decodeMprCredentialsEx1(b, limits?)
 *   Info blocks: encodeInfoBlock(entries), decodeInfoBlock(b, limits?), findInfoEntry(block, type),
 *     infoEntry(type, codec, items), decodeInfoEntry(entry, codec), priorityInfoEntry(v),
 *     encodePriorityInfo / decodePriorityInfo, InfoType, AdminStatus
 *   MIB: encode/decodeMibOpaqueQuery, encode/decodeMibOpaqueInfo, encode/decodeMibIpForwardTable,
 *     encodeForwardTableInfo(rows), encodeForwardRowInfo(row), MibId, PID_IP, IPRTRMGR_PID
 *   RASRPC: encodeRequestBuffer(v, capacity?) / decodeRequestBuffer, REQUEST_BUFFER_MIN_SIZE,
 *     pointerSizeOf(RB_Dummy), encode/decodeDeviceConfigInfo (encode(v, capacity?)),
 *     encode/decodeGetSetCalledId, encode/decodeGetNdiswanDriverCaps, encode/decodeGetDevConfig,
 *     encode/decodeRasmanEnum (encode(v, capacity?)), encode/decodeRasmanGetInfo(v|b, pointerSize),
 *     ReqTypes, RasDeviceType, RasmanStatus/State/Usage/DisconnectType
 *   Enums: RouterInterfaceType, RouterConnectionState, MprUnreachabilityReason, RasPortCondition,
 *     RasHardwareCondition, RasConnectionFlags, RasQuarantineState, MprPortFlags
 *   ipv4ToDword, dwordToIpv4, DEFAULT_BLOB_LIMITS, RrasBlobError (errors.ts)
 */
