/**
 * Domain objects → the spec-shaped blob structures (src/rras/blobs/types.ts) that DIMSVC carries in
 * DIM_INFORMATION_CONTAINER buffers, and the client's decoded blobs back to model inputs. No byte
 * layout here: the blob codecs own offsets and widths.
 */
import type {
  ConnectionCounters,
  Ikev2ProjectionInfo2,
  MibIpForwardRow,
  MprDevice0,
  MprDevice1,
  MprInterface0,
  MprInterface1,
  MprInterface2,
  MprInterface3,
  MprServer0,
  MprServer2,
  PppCcpInfo,
  PppIpcpInfo2,
  PppIpv6CpInfo,
  PppLcpInfo,
  PppNbfcpInfo,
  PppProjectionInfo2,
  ProjectionInfo2,
  RasConnection4,
  RasiConnection0,
  RasiConnection1,
  RasiConnection2,
  RasiConnection3,
  RasiPort0,
  RasiPort1,
} from '../blobs/types.js';
import { dwordToIpv4, ipv4ToDword } from '../blobs/index.js';
import type {
  DeviceKind,
  IpForwardInput,
  IpForwardRow,
  LinkStatistics,
  PhonebookDevice,
  PhonebookEntrySettings,
  RasConnection,
  RasPort,
  RouterInterface,
  ServerInfo,
} from '../model/types.js';
import { RasDeviceType } from '../model/types.js';
import { bytes8, toFiletime } from './wire-values.js';

// ------------------------------------------------------------------ server

export function mprServer0(info: ServerInfo): MprServer0 {
  return {
    fLanOnlyMode: info.lanOnlyMode,
    dwUpTime: info.upTime >>> 0,
    dwTotalPorts: info.totalPorts,
    dwPortsInUse: info.portsInUse,
  };
}

/** MPR_SERVER_2 (its first 16 bytes are MPR_SERVER_1, so level 1 encodes the same view). */
export function mprServer2(info: ServerInfo): MprServer2 {
  const c = info.config;
  return {
    dwNumPptpPorts: c.pptp.numPorts,
    dwPptpPortFlags: c.pptp.portFlags,
    dwNumL2tpPorts: c.l2tp.numPorts,
    dwL2tpPortFlags: c.l2tp.portFlags,
    dwNumSstpPorts: c.sstp.numPorts,
    dwSstpPortFlags: c.sstp.portFlags,
  };
}

// ------------------------------------------------------------------ ports

export function rasiPort0(p: RasPort): RasiPort0 {
  return {
    dwPort: p.id >>> 0,
    dwConnection: p.connectionId >>> 0,
    dwPortCondition: p.condition,
    dwTotalNumberOfCalls: p.totalCalls >>> 0,
    dwConnectDuration: p.connectDuration >>> 0,
    wszPortName: p.name,
    wszMediaName: p.mediaName,
    wszDeviceName: p.deviceName,
    wszDeviceType: p.deviceType,
  };
}

/** The twelve link counters, as every structure that carries them names them. */
export function linkCounters(s: LinkStatistics): ConnectionCounters {
  return {
    dwBytesXmited: s.bytesXmited >>> 0,
    dwBytesRcved: s.bytesRcved >>> 0,
    dwFramesXmited: s.framesXmited >>> 0,
    dwFramesRcved: s.framesRcved >>> 0,
    dwCrcErr: s.crcErr >>> 0,
    dwTimeoutErr: s.timeoutErr >>> 0,
    dwAlignmentErr: s.alignmentErr >>> 0,
    dwHardwareOverrunErr: s.hardwareOverrunErr >>> 0,
    dwFramingErr: s.framingErr >>> 0,
    dwBufferOverrunErr: s.bufferOverrunErr >>> 0,
    dwCompressionRatioIn: s.compressionRatioIn >>> 0,
    dwCompressionRatioOut: s.compressionRatioOut >>> 0,
  };
}

export function rasiPort1(p: RasPort): RasiPort1 {
  return {
    dwPort: p.id >>> 0,
    dwConnection: p.connectionId >>> 0,
    dwHardwareCondition: p.hardwareCondition,
    dwLineSpeed: p.lineSpeed >>> 0,
    ...linkCounters(p.stats),
  };
}

// ------------------------------------------------------------------ connections

export function rasiConnection0(c: RasConnection): RasiConnection0 {
  return {
    dwConnection: c.id >>> 0,
    dwInterface: c.interfaceId >>> 0,
    dwConnectDuration: c.connectDuration >>> 0,
    dwInterfaceType: c.interfaceType,
    dwConnectionFlags: c.flags >>> 0,
    wszInterfaceName: c.interfaceName,
    wszUserName: c.userName,
    wszLogonDomain: c.logonDomain,
    wszRemoteComputer: c.remoteComputer,
  };
}

const NO_NBF: PppNbfcpInfo = { dwError: 0, wszWksta: '' };

/**
 * PPP projection results; an IKEv2 connection has no PPP, so its IPv4 assignment is reported in the
 * IPCP slot (as Windows' RasAdmin does for IKEv2 clients) and LCP/CCP stay zero.
 */
function ipcp(c: RasConnection): PppIpcpInfo2 {
  const v4 = c.projection.ipv4;
  return {
    dwError: v4?.negotiationError ?? 0,
    wszAddress: v4?.address ?? '',
    wszRemoteAddress: v4?.remoteAddress ?? '',
    dwOptions: v4?.options ?? 0,
    dwRemoteOptons: v4?.remoteOptions ?? 0,
  };
}

function lcp(c: RasConnection): PppLcpInfo {
  const l = c.projection.link;
  return {
    dwError: l.lcpError,
    dwAuthenticationProtocol: l.authenticationProtocol,
    dwAuthenticationData: l.authenticationData,
    dwRemoteAuthenticationProtocol: l.remoteAuthenticationProtocol,
    dwRemoteAuthenticationData: l.remoteAuthenticationData,
    dwTerminateReason: l.lcpTerminateReason,
    dwRemoteTerminateReason: l.lcpRemoteTerminateReason,
    dwOptions: l.lcpOptions,
    dwRemoteOptions: l.lcpRemoteOptions,
    dwEapTypeId: l.eapTypeId,
    dwRemoteEapTypeId: l.remoteEapTypeId,
  };
}

function ccp(c: RasConnection): PppCcpInfo {
  const l = c.projection.link;
  return {
    dwError: l.ccpError,
    dwCompressionAlgorithm: l.compressionAlgorithm,
    dwOptions: l.ccpOptions,
    dwRemoteCompressionAlgorithm: l.remoteCompressionAlgorithm,
    dwRemoteOptions: l.ccpRemoteOptions,
  };
}

/** PPP_IPV6_CP_INFO dwVersion/dwSize: Windows reports version 1 and the 48-byte structure size. */
function ipv6cp(c: RasConnection): PppIpv6CpInfo {
  const v6 = c.projection.ipv6;
  return {
    dwVersion: v6 ? 1 : 0,
    dwSize: v6 ? 48 : 0,
    dwError: v6?.negotiationError ?? 0,
    bInterfaceIdentifier: bytes8(v6?.interfaceIdentifier),
    bRemoteInterfaceIdentifier: bytes8(v6?.remoteInterfaceIdentifier),
    dwOptions: v6?.options ?? 0,
    dwRemoteOptions: v6?.remoteOptions ?? 0,
    bPrefix: bytes8(v6?.prefix),
    dwPrefixLength: v6?.prefixLength ?? 0,
  };
}

export function rasiConnection1(c: RasConnection): RasiConnection1 {
  const ip = ipcp(c);
  return {
    dwConnection: c.id >>> 0,
    dwInterface: c.interfaceId >>> 0,
    PppInfo: {
      nbf: NO_NBF,
      ip: { dwError: ip.dwError, wszAddress: ip.wszAddress, wszRemoteAddress: ip.wszRemoteAddress },
      ipx: { dwError: 0, wszAddress: '' },
      at: { dwError: 0, wszAddress: '' },
    },
    ...linkCounters(c.stats),
  };
}

export function rasiConnection2(c: RasConnection): RasiConnection2 {
  return {
    dwConnection: c.id >>> 0,
    wszUserName: c.userName,
    dwInterfaceType: c.interfaceType,
    guid: c.guid,
    PppInfo2: {
      nbf: NO_NBF,
      ip: ipcp(c),
      ipx: { dwError: 0, wszAddress: '' },
      at: { dwError: 0, wszAddress: '' },
      ccp: ccp(c),
      lcp: lcp(c),
    },
  };
}

/** RASI_CONNECTION_3 dwVersion: the structure's own revision, 3; dwSize "SHOULD be 0" (2.2.1.2.80). */
export function rasiConnection3(c: RasConnection): RasiConnection3 {
  return {
    dwVersion: 3,
    dwSize: 0,
    dwConnection: c.id >>> 0,
    wszUserName: c.userName,
    dwInterfaceType: c.interfaceType,
    guid: c.guid,
    PppInfo3: { nbf: NO_NBF, ip: ipcp(c), ipv6: ipv6cp(c), ccp: ccp(c), lcp: lcp(c) },
    rasQuarState: c.quarantineState,
    timer: toFiletime(c.probationEnd),
  };
}

/** RASDEVICETYPE of a port kind: the device type ORed with its class (RDT_Tunnel / RDT_Broadband). */
export function rasDeviceTypeOf(kind: DeviceKind): number {
  switch (kind) {
    case 'pptp':
      return RasDeviceType.RDT_Tunnel_Pptp | RasDeviceType.RDT_Tunnel;
    case 'l2tp':
      return RasDeviceType.RDT_Tunnel_L2tp | RasDeviceType.RDT_Tunnel;
    case 'sstp':
      return RasDeviceType.RDT_Tunnel_Sstp | RasDeviceType.RDT_Tunnel;
    case 'ikev2':
      return RasDeviceType.RDT_Tunnel_Ikev2 | RasDeviceType.RDT_Tunnel;
    case 'pppoe':
      return RasDeviceType.RDT_PPPoE | RasDeviceType.RDT_Broadband;
    case 'modem':
      return RasDeviceType.RDT_Modem;
  }
}

/** The IPv4 and IPv6 members PPP and IKEv2 projection results share (2.2.1.2.133–134, 239–240). */
function addressProjection(c: RasConnection) {
  const v4 = c.projection.ipv4;
  const v6 = c.projection.ipv6;
  return {
    dwIPv4NegotiationError: v4?.negotiationError ?? 0,
    wszAddress: v4?.address ?? '',
    wszRemoteAddress: v4?.remoteAddress ?? '',
    IPv4SubInterfaceIndex: BigInt(v4?.subInterfaceIndex ?? 0),
    dwIPv6NegotiationError: v6?.negotiationError ?? 0,
    bInterfaceIdentifier: bytes8(v6?.interfaceIdentifier),
    bRemoteInterfaceIdentifier: bytes8(v6?.remoteInterfaceIdentifier),
    bPrefix: bytes8(v6?.prefix),
    dwPrefixLength: v6?.prefixLength ?? 0,
    IPv6SubInterfaceIndex: BigInt(v6?.subInterfaceIndex ?? 0),
  };
}

/** A PPP-based tunnel's projection results (also the source of the NDR PPP_PROJECTION_INFO_1). */
export function pppProjectionInfo(c: RasConnection): PppProjectionInfo2 {
  const v4 = c.projection.ipv4;
  const l = c.projection.link;
  return {
    ...addressProjection(c),
    dwIPv4Options: v4?.options ?? 0,
    dwIPv4RemoteOptions: v4?.remoteOptions ?? 0,
    dwLcpError: l.lcpError,
    dwAuthenticationProtocol: l.authenticationProtocol,
    dwAuthenticationData: l.authenticationData,
    dwRemoteAuthenticationProtocol: l.remoteAuthenticationProtocol,
    dwRemoteAuthenticationData: l.remoteAuthenticationData,
    dwLcpTerminateReason: l.lcpTerminateReason,
    dwLcpRemoteTerminateReason: l.lcpRemoteTerminateReason,
    dwLcpOptions: l.lcpOptions,
    dwLcpRemoteOptions: l.lcpRemoteOptions,
    dwEapTypeId: l.eapTypeId,
    dwEmbeddedEAPTypeId: l.embeddedEapTypeId,
    dwRemoteEapTypeId: l.remoteEapTypeId,
    dwCcpError: l.ccpError,
    dwCompressionAlgorithm: l.compressionAlgorithm,
    dwCcpOptions: l.ccpOptions,
    dwRemoteCompressionAlgorithm: l.remoteCompressionAlgorithm,
    dwCcpRemoteOptions: l.ccpRemoteOptions,
  };
}

/** An IKEv2 connection's projection results (also the source of the NDR IKEV2_PROJECTION_INFO_1). */
export function ikev2ProjectionInfo(c: RasConnection): Ikev2ProjectionInfo2 {
  const l = c.projection.link;
  return {
    ...addressProjection(c),
    dwOptions: l.ikev2Options,
    dwAuthenticationProtocol: l.authenticationProtocol,
    dwEapTypeId: l.eapTypeId,
    dwEmbeddedEAPTypeId: l.embeddedEapTypeId,
    dwCompressionAlgorithm: l.compressionAlgorithm,
    dwEncryptionMethod: l.encryptionMethod,
  };
}

function projection2(c: RasConnection): ProjectionInfo2 {
  return c.kind === 'ikev2'
    ? { projectionInfoType: 2, Ikev2ProjectionInfo: ikev2ProjectionInfo(c) }
    : { projectionInfoType: 1, PppProjectionInfo: pppProjectionInfo(c) };
}

export function rasConnection4(c: RasConnection): RasConnection4 {
  return {
    dwConnectDuration: c.connectDuration >>> 0,
    dwInterfaceType: c.interfaceType,
    dwConnectionFlags: c.flags >>> 0,
    wszInterfaceName: c.interfaceName,
    wszUserName: c.userName,
    wszLogonDomain: c.logonDomain,
    wszRemoteComputer: c.remoteComputer,
    guid: c.guid,
    rasQuarState: c.quarantineState,
    probationTime: toFiletime(c.probationEnd),
    connectionStartTime: toFiletime(c.connectStartTime),
    ...linkCounters(c.stats),
    dwNumSwitchOvers: c.ikev2?.switchOvers ?? 0,
    wszRemoteEndpointAddress: c.ikev2?.remoteEndpoint ?? c.remoteEndpoint,
    wszLocalEndpointAddress: c.ikev2?.localEndpoint ?? c.localEndpoint,
    ProjectionInfo: projection2(c),
    hConnection: c.id >>> 0,
    hInterface: c.interfaceId >>> 0,
    dwDeviceType: rasDeviceTypeOf(c.kind),
  };
}

// ------------------------------------------------------------------ interfaces

export function mprInterface0(i: RouterInterface): MprInterface0 {
  return {
    wszInterfaceName: i.name,
    dwInterface: i.handle >>> 0,
    fEnabled: i.enabled,
    dwIfType: i.type,
    dwConnectionState: i.connectionState,
    fUnReachabilityReasons: i.unreachabilityReasons >>> 0,
    dwLastError: i.lastError >>> 0,
  };
}

export function mprInterface1(i: RouterInterface): MprInterface1 {
  return {
    ...mprInterface0(i),
    lpwsDialoutHoursRestriction: i.dialoutHoursRestriction.length ? [...i.dialoutHoursRestriction] : null,
  };
}

const addr = (text: string): number => (text === '' ? 0 : ipv4ToDword(text));
const addrText = (dword: number): string => (dword === 0 ? '' : dwordToIpv4(dword));

/** MPRIO_* options (2.2.1.2.83) the get/set paths adjust. */
export const Mprio = {
  RequireEncryptedPw: 0x00000400,
  RequireMsEncryptedPw: 0x00000800,
  RequireDataEncryption: 0x00001000,
  RequireEAP: 0x00020000,
  RequirePAP: 0x00040000,
  RequireSPAP: 0x00080000,
  RequireCHAP: 0x08000000,
  RequireMsCHAP: 0x10000000,
  RequireMsCHAP2: 0x20000000,
} as const;

/** MPR_ET_* (2.2.1.2.83 dwEncryptionType). */
export const MprEncryptionType = { None: 0, Require: 1, RequireMax: 2, Optional: 3 } as const;

/**
 * 3.1.4.14: options as RRouterInterfaceGetInfo reports them: EncryptedPw unless PAP or EAP is
 * required; MsEncryptedPw unless CHAP, PAP or EAP is; DataEncryption unless encryption is none or
 * optional.
 */
export function optionsForGet(options: number, encryptionType: number): number {
  let o = options >>> 0;
  if (!(o & (Mprio.RequirePAP | Mprio.RequireEAP))) o |= Mprio.RequireEncryptedPw;
  if (!(o & (Mprio.RequireCHAP | Mprio.RequirePAP | Mprio.RequireEAP))) o |= Mprio.RequireMsEncryptedPw;
  if (encryptionType !== MprEncryptionType.None && encryptionType !== MprEncryptionType.Optional)
    o |= Mprio.RequireDataEncryption;
  return o >>> 0;
}

export function mprInterface2(i: RouterInterface, e: PhonebookEntrySettings): MprInterface2 {
  return {
    ...mprInterface0(i),
    dwfOptions: optionsForGet(e.options, e.encryptionType),
    szLocalPhoneNumber: e.localPhoneNumber,
    szAlternates: [...e.alternates],
    ipaddr: addr(e.ipAddress),
    ipaddrDns: addr(e.dns),
    ipaddrDnsAlt: addr(e.dnsAlt),
    ipaddrWins: addr(e.wins),
    ipaddrWinsAlt: addr(e.winsAlt),
    dwfNetProtocols: e.netProtocols,
    szDeviceType: e.deviceType,
    szDeviceName: e.deviceName,
    szX25PadType: e.x25PadType,
    szX25Address: e.x25Address,
    szX25Facilities: e.x25Facilities,
    szX25UserData: e.x25UserData,
    dwChannels: e.channels,
    dwSubEntries: e.subEntries,
    dwDialMode: e.dialMode,
    dwDialExtraPercent: e.dialExtraPercent,
    dwDialExtraSampleSeconds: e.dialExtraSampleSeconds,
    dwHangUpExtraPercent: e.hangUpExtraPercent,
    dwHangUpExtraSampleSeconds: e.hangUpExtraSampleSeconds,
    dwIdleDisconnectSeconds: e.idleDisconnectSeconds,
    dwType: e.entryType,
    dwEncryptionType: e.encryptionType,
    dwCustomAuthKey: e.customAuthKey,
    lpbCustomAuthData: e.customAuthData,
    guidId: e.guid,
    dwVpnStrategy: e.vpnStrategy,
  };
}

function in6(text: string): Uint8Array {
  const out = new Uint8Array(16);
  if (text === '') return out;
  const [head = '', tail = ''] = text.split('::');
  const hs = head === '' ? [] : head.split(':');
  const ts = tail === '' ? [] : text.includes('::') ? tail.split(':') : [];
  const groups = text.includes('::')
    ? [...hs, ...new Array<string>(8 - hs.length - ts.length).fill('0'), ...ts]
    : hs;
  groups.slice(0, 8).forEach((g, k) => {
    const v = parseInt(g, 16) || 0;
    out[2 * k] = v >> 8;
    out[2 * k + 1] = v & 0xff;
  });
  return out;
}

function in6Text(b: Uint8Array): string {
  if (b.every((x) => x === 0)) return '';
  const groups: string[] = [];
  for (let k = 0; k < 8; k++) groups.push(((b[2 * k]! << 8) | b[2 * k + 1]!).toString(16));
  return groups.join(':');
}

export function mprInterface3(i: RouterInterface, e: PhonebookEntrySettings): MprInterface3 {
  return {
    ...mprInterface2(i, e),
    AddressCount: e.ipv6Addresses.length,
    ipv6addrDns: in6(e.ipv6Dns),
    ipv6addrDnsAlt: in6(e.ipv6DnsAlt),
    ipv6addr: 0,
  };
}

/**
 * The phonebook settings a client's MPRI_INTERFACE_2/3 carries (create/set levels 2 and 3).
 * 3.1.4.13/15: when no authentication protocol is required the server turns on a default set;
 * 3.1.4.15 says set-level 3 SHOULD ignore the IPv6 DNS members, so they are not taken.
 */
export function phonebookSettingsFrom(
  v: MprInterface2 | MprInterface3,
  purpose: 'create' | 'set',
  keep?: PhonebookEntrySettings,
): PhonebookEntrySettings {
  let options = v.dwfOptions >>> 0;
  let encryptionType = v.dwEncryptionType;
  if (purpose === 'create' && !(options & (Mprio.RequireMsCHAP2 | Mprio.RequireCHAP | Mprio.RequireEAP))) {
    encryptionType = MprEncryptionType.Require;
    options |=
      Mprio.RequireEncryptedPw | Mprio.RequireDataEncryption | Mprio.RequireCHAP | Mprio.RequireMsCHAP2;
  }
  if (
    purpose === 'set' &&
    !(options & (Mprio.RequirePAP | Mprio.RequireCHAP | Mprio.RequireMsCHAP2 | Mprio.RequireEAP))
  ) {
    options |= Mprio.RequireMsCHAP2 | Mprio.RequireCHAP | Mprio.RequirePAP;
  }
  return {
    options: options >>> 0,
    localPhoneNumber: v.szLocalPhoneNumber,
    alternates: [...v.szAlternates],
    ipAddress: addrText(v.ipaddr),
    dns: addrText(v.ipaddrDns),
    dnsAlt: addrText(v.ipaddrDnsAlt),
    wins: addrText(v.ipaddrWins),
    winsAlt: addrText(v.ipaddrWinsAlt),
    netProtocols: v.dwfNetProtocols,
    deviceType: v.szDeviceType,
    deviceName: v.szDeviceName,
    x25PadType: v.szX25PadType,
    x25Address: v.szX25Address,
    x25Facilities: v.szX25Facilities,
    x25UserData: v.szX25UserData,
    channels: v.dwChannels,
    subEntries: v.dwSubEntries,
    dialMode: v.dwDialMode,
    dialExtraPercent: v.dwDialExtraPercent,
    dialExtraSampleSeconds: v.dwDialExtraSampleSeconds,
    hangUpExtraPercent: v.dwHangUpExtraPercent,
    hangUpExtraSampleSeconds: v.dwHangUpExtraSampleSeconds,
    idleDisconnectSeconds: v.dwIdleDisconnectSeconds,
    entryType: v.dwType,
    encryptionType,
    customAuthKey: v.dwCustomAuthKey,
    customAuthData: v.lpbCustomAuthData,
    guid: v.guidId,
    vpnStrategy: v.dwVpnStrategy,
    ipv6Dns: keep?.ipv6Dns ?? ('ipv6addrDns' in v && purpose === 'create' ? in6Text(v.ipv6addrDns) : ''),
    ipv6DnsAlt:
      keep?.ipv6DnsAlt ?? ('ipv6addrDnsAlt' in v && purpose === 'create' ? in6Text(v.ipv6addrDnsAlt) : ''),
    ipv6Addresses: keep?.ipv6Addresses ?? [],
    devices: keep?.devices ?? [
      {
        deviceType: v.szDeviceType,
        deviceName: v.szDeviceName,
        localPhoneNumber: v.szLocalPhoneNumber,
        alternates: [...v.szAlternates],
      },
    ],
  };
}

// ------------------------------------------------------------------ devices

export function mprDevice0(d: { deviceType: string; name?: string; deviceName?: string }): MprDevice0 {
  return { szDeviceType: d.deviceType, szDeviceName: d.name ?? d.deviceName ?? '' };
}

export function mprDevice1(d: PhonebookDevice): MprDevice1 {
  return {
    szDeviceType: d.deviceType,
    szDeviceName: d.deviceName,
    szLocalPhoneNumber: d.localPhoneNumber,
    szAlternates: [...d.alternates],
  };
}

export function phonebookDeviceFrom(v: MprDevice0 | MprDevice1, keep?: PhonebookDevice): PhonebookDevice {
  return {
    deviceType: v.szDeviceType,
    deviceName: v.szDeviceName,
    localPhoneNumber: 'szLocalPhoneNumber' in v ? v.szLocalPhoneNumber : (keep?.localPhoneNumber ?? ''),
    alternates: 'szAlternates' in v ? [...v.szAlternates] : [...(keep?.alternates ?? [])],
  };
}

// ------------------------------------------------------------------ MIB forwarding rows

export function mibRow(r: IpForwardRow): MibIpForwardRow {
  return {
    dwForwardDest: ipv4ToDword(r.dest),
    dwForwardMask: ipv4ToDword(r.mask),
    dwForwardPolicy: r.policy >>> 0,
    dwForwardNextHop: ipv4ToDword(r.nextHop),
    dwForwardIfIndex: r.ifIndex >>> 0,
    dwForwardType: r.type >>> 0,
    dwForwardProto: r.proto >>> 0,
    dwForwardAge: r.age >>> 0,
    dwForwardNextHopAS: r.nextHopAS >>> 0,
    dwForwardMetric1: r.metric1 >>> 0,
    dwForwardMetric2: r.metric2 >>> 0,
    dwForwardMetric3: r.metric3 >>> 0,
    dwForwardMetric4: r.metric4 >>> 0,
    dwForwardMetric5: r.metric5 >>> 0,
  };
}

export function forwardInputFrom(r: MibIpForwardRow): IpForwardInput {
  return {
    dest: dwordToIpv4(r.dwForwardDest),
    mask: dwordToIpv4(r.dwForwardMask),
    policy: r.dwForwardPolicy,
    nextHop: dwordToIpv4(r.dwForwardNextHop),
    ifIndex: r.dwForwardIfIndex,
    type: r.dwForwardType,
    proto: r.dwForwardProto,
    nextHopAS: r.dwForwardNextHopAS,
    metric1: r.dwForwardMetric1,
    metric2: r.dwForwardMetric2,
    metric3: r.dwForwardMetric3,
    metric4: r.dwForwardMetric4,
    metric5: r.dwForwardMetric5,
  };
}
