/**
 * The RRAS domain model: what an RRAS server holds, in plain words, as [MS-RRASM] 1.3 and 3.1.1
 * describe it. These types are the contract between the backend (`../backend.ts`) and the DIMSVC /
 * RASRPC handlers, which map them to the spec's blob and NDR structures. They carry no wire layout:
 * addresses are text ("192.0.2.10", "2001:db8::1"), times are milliseconds since the Unix epoch,
 * raw per-type data stays `Uint8Array`.
 *
 * Published contract: change only additively (new optional fields, new constants).
 */

// ------------------------------------------------------------------ flags and enumerations

/** The union of a constant table's values: the type that goes with each `as const` table below. */
export type ValueOf<T> = T[keyof T];

/** RouterType bits ([MS-RRASM] 2.2.3.4.1 / 3.1.1). */
export const RouterType = {
  ROUTER_TYPE_RAS: 0x1,
  ROUTER_TYPE_LAN: 0x2,
  ROUTER_TYPE_WAN: 0x4,
  IPV6_ROUTER_TYPE_RAS: 0x8,
  IPV6_ROUTER_TYPE_LAN: 0x10,
  IPV6_ROUTER_TYPE_WAN: 0x20,
} as const;

/** Transport (router manager) ids ([MS-RRASM] 1.3.2). */
export const TransportId = {
  PID_IP: 0x21,
  PID_IPX: 0x2b,
  PID_IPV6: 0x57,
} as const;

/** Routing-protocol id of the IPv4/IPv6 router manager itself, used to address its MIB (2.2.1.2.19). */
export const IPRTRMGR_PID = 0x2710;

/** ROUTER_INTERFACE_TYPE (2.2.1.1.1). */
export const RouterInterfaceType = {
  CLIENT: 0,
  HOME_ROUTER: 1,
  FULL_ROUTER: 2,
  DEDICATED: 3,
  INTERNAL: 4,
  LOOPBACK: 5,
  TUNNEL1: 6,
  DIALOUT: 7,
} as const;
export type RouterInterfaceType = ValueOf<typeof RouterInterfaceType>;

/** ROUTER_CONNECTION_STATE (2.2.1.1.2). */
export const RouterConnectionState = {
  UNREACHABLE: 0,
  DISCONNECTED: 1,
  CONNECTING: 2,
  CONNECTED: 3,
} as const;
export type RouterConnectionState = ValueOf<typeof RouterConnectionState>;

/** RAS_QUARANTINE_STATE (2.2.1.1.3). */
export const RasQuarantineState = {
  NORMAL: 0,
  QUARANTINE: 1,
  PROBATION: 2,
  UNKNOWN: 3,
} as const;
export type RasQuarantineState = ValueOf<typeof RasQuarantineState>;

/** RAS_PORT_CONDITION (2.2.1.1.4). */
export const RasPortCondition = {
  NON_OPERATIONAL: 0,
  DISCONNECTED: 1,
  CALLING_BACK: 2,
  LISTENING: 3,
  AUTHENTICATING: 4,
  AUTHENTICATED: 5,
  INITIALIZING: 6,
} as const;
export type RasPortCondition = ValueOf<typeof RasPortCondition>;

/** RAS_HARDWARE_CONDITION (2.2.1.1.5). */
export const RasHardwareCondition = {
  OPERATIONAL: 0,
  FAILURE: 1,
} as const;
export type RasHardwareCondition = ValueOf<typeof RasHardwareCondition>;

/** RASI_CONNECTION_0 dwConnectionFlags (2.2.1.2.77). */
export const RasConnectionFlags = {
  RAS_FLAGS_PPP_CONNECTION: 0x1,
  RAS_FLAGS_MESSENGER_PRESENT: 0x2,
  RAS_FLAGS_RAS_CONNECTION: 0x4,
  RAS_FLAGS_QUARANTINE_PRESENT: 0x8,
  RAS_FLAGS_ARAP_CONNECTION: 0x10,
} as const;

/** MPRI_INTERFACE_0 fUnReachabilityReasons (2.2.1.2.81). */
export const UnreachabilityReason = {
  MPR_INTERFACE_OUT_OF_RESOURCES: 0x1,
  MPR_INTERFACE_ADMIN_DISABLED: 0x2,
  MPR_INTERFACE_CONNECTION_FAILURE: 0x4,
  MPR_INTERFACE_SERVICE_PAUSED: 0x8,
  MPR_INTERFACE_DIALOUT_HOURS_RESTRICTION: 0x10,
  MPR_INTERFACE_NO_MEDIA_SENSE: 0x20,
  MPR_INTERFACE_NO_DEVICE: 0x40,
} as const;

/** MPR_SERVER_1/2 and *_CONFIG_PARAMS dwPortFlags. */
export const PortFlags = {
  MPR_ENABLE_RAS_ON_DEVICE: 0x1,
  MPR_ENABLE_ROUTING_ON_DEVICE: 0x2,
} as const;

/** RASDEVICETYPE (RASRPC, 2.2.1.2.x). */
export const RasDeviceType = {
  RDT_Modem: 0,
  RDT_X25: 1,
  RDT_Isdn: 2,
  RDT_Serial: 3,
  RDT_FrameRelay: 4,
  RDT_Atm: 5,
  RDT_Sonet: 6,
  RDT_Sw56: 7,
  RDT_Tunnel_Pptp: 8,
  RDT_Tunnel_L2tp: 9,
  RDT_Irda: 10,
  RDT_Parallel: 11,
  RDT_Other: 12,
  RDT_PPPoE: 13,
  RDT_Tunnel_Sstp: 14,
  RDT_Tunnel_Ikev2: 15,
  RDT_Tunnel: 0x00010000,
  RDT_Direct: 0x00020000,
  RDT_Null_Modem: 0x00040000,
  RDT_Broadband: 0x00080000,
} as const;

/** RASMAN_USAGE bits (RASRPC). */
export const RasmanUsage = {
  CALL_NONE: 0x00,
  CALL_IN: 0x01,
  CALL_OUT: 0x02,
  CALL_ROUTER: 0x04,
  CALL_LOGON: 0x08,
  CALL_OUT_ONLY: 0x10,
  CALL_IN_ONLY: 0x20,
  CALL_OUTBOUND_ROUTER: 0x40,
} as const;

/** RTR_TOC_ENTRY InfoType values the model uses (2.2.1.2.4). */
export const InfoType = {
  IP_IN_FILTER_INFO: 0xffff0001,
  IP_OUT_FILTER_INFO: 0xffff0002,
  IP_GLOBAL_INFO: 0xffff0003,
  IP_INTERFACE_STATUS_INFO: 0xffff0004,
  IP_ROUTE_INFO: 0xffff0005,
  IP_PROT_PRIORITY_INFO: 0xffff0006,
  IP_ROUTER_DISC_INFO: 0xffff0007,
  IP_DEMAND_DIAL_FILTER_INFO: 0xffff0009,
  IP_MCAST_HEARTBEAT_INFO: 0xffff000a,
  IP_MCAST_BOUNDARY_INFO: 0xffff000b,
  IP_IPINIP_CFG_INFO: 0xffff000c,
  IP_IFFILTER_INFO: 0xffff000d,
  IP_MCAST_LIMIT_INFO: 0xffff000e,
  IPV6_GLOBAL_INFO: 0xffff000f,
  IP_IN_FILTER_INFO_V6: 0xffff0011,
  IP_OUT_FILTER_INFO_V6: 0xffff0012,
  IP_DEMAND_DIAL_FILTER_INFO_V6: 0xffff0013,
  IP_IFFILTER_INFO_V6: 0xffff0014,
  IP_FILTER_ENABLE_INFO: 0xffff0015,
  IP_FILTER_ENABLE_INFO_V6: 0xffff0016,
  IP_PROT_PRIORITY_INFO_EX: 0xffff0017,
  MS_IP_BOOTP: 0x270f,
  MS_IP_IGMP: 0x4137000a,
  MS_IP_RIP: 0x8,
  MS_IP_BGP: 0x0137000e,
  MS_IP_DHCP_ALLOCATOR: 0x81372714,
  MS_IP_DNS_PROXY: 0x81372713,
  MS_IP_NAT: 0x81372715,
  MS_IP_OSPF: 0xd,
  MS_IPV6_DHCP: 0x3e7,
} as const;

/** MIB_IPFORWARD_TYPE. */
export const MibIpForwardType = {
  OTHER: 1,
  INVALID: 2,
  DIRECT: 3,
  INDIRECT: 4,
} as const;

/** MIB_IPFORWARD_PROTO (the values the model uses; others pass through as numbers). */
export const MibIpForwardProto = {
  OTHER: 1,
  LOCAL: 2,
  NETMGMT: 3,
  ICMP: 4,
  RIP: 8,
  OSPF: 13,
  BGP: 14,
  NT_AUTOSTATIC: 10002,
  NT_STATIC: 10006,
  NT_STATIC_NON_DOD: 10007,
} as const;

/** RasRpcGetInstalledProtocolsEx result bits (3.3.4.7). */
export const InstalledProtocol = {
  NP_Nbf: 0x1,
  NP_Ipx: 0x2,
  NP_Ip: 0x4,
  NP_Ipv6: 0x8,
} as const;

/**
 * Maximum text lengths in UTF-16 code units, excluding the terminating NUL, from the WCHAR array
 * sizes of the spec structures these values travel in.
 */
export const RrasLimits = {
  /** wszInterfaceName[257], wszUserName[257] (MAX_INTERFACE_NAME_LEN + 1, UNLEN + 1). */
  interfaceName: 256,
  userName: 256,
  /** wszLogonDomain[16] (DNLEN + 1). */
  logonDomain: 15,
  /** wszRemoteComputer[17] (NETBIOS_NAME_LEN + 1). */
  remoteComputer: 16,
  /** wszPortName[17], wszMediaName[17], wszDeviceType[17]. */
  portName: 16,
  mediaName: 16,
  deviceType: 16,
  /** wszDeviceName[129], szDeviceName[129]. */
  deviceName: 128,
  /** szLocalPhoneNumber[129]. */
  phoneNumber: 128,
  /** wszRemoteEndpointAddress[65]. */
  endpointAddress: 64,
  /** PPP wszAddress[16]: dotted IPv4 text. */
  ipv4Address: 15,
  /** Phonebook entry names (RASRPC_MaxEntryName). */
  entryName: 256,
  /** Passwords (PWLEN). */
  password: 256,
  /** A preshared key: MPR_CREDENTIALSEX_1 dwSize "MUST be less than 257" (2.2.1.2.87). */
  presharedKey: 256,
  /** X.25 fields: szX25PadType[33], szX25Address[201], szX25Facilities[201], szX25UserData[201]. */
  x25PadType: 32,
  x25Field: 200,
  /** RRasAdminSendUserMessage text; the spec sets no size, this bounds what we keep. */
  userMessage: 1024,
  /** Paths (RASRPC_MAX_PATH 260 incl. NUL). */
  path: 259,
  /** Object counts, so stored documents stay bounded. */
  maxInterfaces: 1024,
  maxPorts: 4096,
  maxRoutes: 16384,
  maxInfoBlocks: 64,
  maxInfoBlockBytes: 65536,
  maxPhonebookEntries: 1024,
  maxEvents: 1000,
} as const;

// ------------------------------------------------------------------ shared pieces

/**
 * One entry of an RTR_INFO_BLOCK_HEADER: `count` structures of `infoSize` bytes each, raw. The
 * handler/blob layer builds and parses the header and TOC; the model keeps the blocks as given.
 * Invariant: `data.length === infoSize * count`.
 */
export interface InfoBlock {
  readonly infoType: number;
  readonly infoSize: number;
  readonly count: number;
  readonly data: Uint8Array;
}

/** Link counters shared by RASI_PORT_1, RASI_CONNECTION_1 and RAS_CONNECTION_EX / _4. */
export interface LinkStatistics {
  readonly bytesXmited: number;
  readonly bytesRcved: number;
  readonly framesXmited: number;
  readonly framesRcved: number;
  readonly crcErr: number;
  readonly timeoutErr: number;
  readonly alignmentErr: number;
  readonly hardwareOverrunErr: number;
  readonly framingErr: number;
  readonly bufferOverrunErr: number;
  readonly compressionRatioIn: number;
  readonly compressionRatioOut: number;
}

export const ZERO_STATISTICS: LinkStatistics = Object.freeze({
  bytesXmited: 0,
  bytesRcved: 0,
  framesXmited: 0,
  framesRcved: 0,
  crcErr: 0,
  timeoutErr: 0,
  alignmentErr: 0,
  hardwareOverrunErr: 0,
  framingErr: 0,
  bufferOverrunErr: 0,
  compressionRatioIn: 0,
  compressionRatioOut: 0,
});

/** The tunnel or link technology behind a port or connection. */
export type DeviceKind = 'pptp' | 'l2tp' | 'sstp' | 'ikev2' | 'pppoe' | 'modem';

// ------------------------------------------------------------------ server

/**
 * Server configuration: MPR_SERVER_0/1/2 (opnums 0, 43) and the Ex structures (44, 47). Port counts
 * here are the configured WanEndpoints; changing them takes effect when the service restarts (the
 * backend answers "reboot required", as Windows does, <318>).
 */
export interface ServerConfig {
  readonly pptp: { readonly numPorts: number; readonly portFlags: number };
  readonly l2tp: {
    readonly numPorts: number;
    readonly portFlags: number;
    readonly tunnelConfigParamFlags: number;
    readonly idleTimeout: number;
    readonly encryptionType: number;
    readonly saLifeTime: number;
    readonly saDataSizeForRenegotiation: number;
    readonly customPolicy: CustomIkePolicy | null;
  };
  readonly sstp: {
    readonly numPorts: number;
    readonly portFlags: number;
    readonly useHttps: boolean;
    /** Always CALG_SHA_256 (0x800c) on Windows. */
    readonly certAlgorithm: number;
    readonly certIsDefault: boolean;
    /** SHA-256 hash of the SSTP certificate (up to MAX_SSTP_HASH_SIZE 32 bytes). */
    readonly certHash: Uint8Array;
  };
  readonly ikev2: {
    readonly numPorts: number;
    readonly portFlags: number;
    readonly tunnelConfigParamFlags: number;
    /** Seconds. */
    readonly idleTimeout: number;
    /** Seconds. */
    readonly networkBlackoutTime: number;
    /** Seconds. */
    readonly saLifeTime: number;
    /** Kilobytes. */
    readonly saDataSizeForRenegotiation: number;
    readonly configOptions: number;
    /** Root certificate names accepted for machine-certificate authentication (CERT_BLOB_1 each). */
    readonly certificateNames: readonly Uint8Array[];
    readonly machineCertificateName: Uint8Array;
    readonly encryptionType: number;
    readonly customPolicy: CustomIkePolicy | null;
    readonly certificateEkus: readonly CertificateEku[];
    readonly machineCertificateHash: Uint8Array;
  };
}

export interface CertificateEku {
  readonly isOid: boolean;
  readonly eku: string;
}

/** ROUTER_CUSTOM_IKEv2_POLICY_0 (also the L2TP policy). */
export interface CustomIkePolicy {
  readonly integrityMethod: number;
  readonly encryptionMethod: number;
  readonly cipherTransformConstant: number;
  readonly authTransformConstant: number;
  readonly pfsGroup: number;
  readonly dhGroup: number;
}

/** What the server answers to RMprAdminServerGetInfo(Ex): configuration plus live counts. */
export interface ServerInfo {
  readonly routerType: number;
  /** True when RAS is not enabled (fLanOnlyMode). */
  readonly lanOnlyMode: boolean;
  /** Seconds since the service started, derived from the backend clock. */
  readonly upTime: number;
  readonly totalPorts: number;
  readonly portsInUse: number;
  readonly config: ServerConfig;
}

/** A partial change of the server configuration; omitted parts stay as they are. */
export interface ServerConfigChange {
  readonly pptp?: Partial<ServerConfig['pptp']>;
  readonly l2tp?: Partial<ServerConfig['l2tp']>;
  readonly sstp?: Partial<ServerConfig['sstp']>;
  readonly ikev2?: Partial<ServerConfig['ikev2']>;
}

export interface ServerConfigResult {
  /** True when the change only applies after a restart (Windows: ERROR_SUCCESS_REBOOT_REQUIRED). */
  readonly rebootRequired: boolean;
}

// ------------------------------------------------------------------ ports

/** A port: one endpoint of a WAN Miniport device (RASI_PORT_0/1, RASMAN_PORT_32, RASMAN_INFO). */
export interface RasPort {
  /** dwPort / hPort. */
  readonly id: number;
  /** e.g. "VPN2-5" (wszPortName[17]). */
  readonly name: string;
  /** e.g. "rastapi" (wszMediaName[17]). */
  readonly mediaName: string;
  /** e.g. "WAN Miniport (IKEv2)" (wszDeviceName[129]). */
  readonly deviceName: string;
  /** e.g. "Vpn" (wszDeviceType[17]). */
  readonly deviceType: string;
  readonly kind: DeviceKind;
  /** GUID of the owning device (RasDevice.guid). */
  readonly deviceGuid: string;
  readonly condition: RasPortCondition;
  readonly hardwareCondition: RasHardwareCondition;
  /** Calls this port has carried since the service started. */
  readonly totalCalls: number;
  /** Connection on the port, 0 when idle. */
  readonly connectionId: number;
  /** When the current call started, null when idle. */
  readonly connectStartTime: number | null;
  /** Seconds of the current call, derived from the clock; 0 when idle. */
  readonly connectDuration: number;
  /** Bits per second. */
  readonly lineSpeed: number;
  readonly stats: LinkStatistics;
  /** RASMAN_USAGE bits the port is configured for / currently used for. */
  readonly configuredUsage: number;
  readonly currentUsage: number;
  /** TAPI line and address ids (RASMAN_PORT_32). */
  readonly lineDeviceId: number;
  readonly addressId: number;
}

// ------------------------------------------------------------------ connections

/** IPv4 part of a PPP / IKEv2 projection. */
export interface Ipv4Projection {
  readonly negotiationError: number;
  /** Address on the server side of the link. */
  readonly address: string;
  /** Address assigned to the client. */
  readonly remoteAddress: string;
  readonly options: number;
  readonly remoteOptions: number;
  readonly subInterfaceIndex: number;
}

/** IPv6 part of a PPP / IKEv2 projection. */
export interface Ipv6Projection {
  readonly negotiationError: number;
  /** 8 bytes each. */
  readonly interfaceIdentifier: Uint8Array;
  readonly remoteInterfaceIdentifier: Uint8Array;
  readonly prefix: Uint8Array;
  readonly prefixLength: number;
  readonly options: number;
  readonly remoteOptions: number;
  readonly subInterfaceIndex: number;
}

/** LCP + CCP results (PPP_LCP_INFO, PPP_CCP_INFO); IKEv2 uses authenticationProtocol and eapTypeId. */
export interface LinkProjection {
  readonly lcpError: number;
  readonly authenticationProtocol: number;
  readonly authenticationData: number;
  readonly remoteAuthenticationProtocol: number;
  readonly remoteAuthenticationData: number;
  readonly lcpTerminateReason: number;
  readonly lcpRemoteTerminateReason: number;
  readonly lcpOptions: number;
  readonly lcpRemoteOptions: number;
  readonly eapTypeId: number;
  readonly embeddedEapTypeId: number;
  readonly remoteEapTypeId: number;
  readonly ccpError: number;
  readonly compressionAlgorithm: number;
  readonly ccpOptions: number;
  readonly remoteCompressionAlgorithm: number;
  readonly ccpRemoteOptions: number;
  /** IKEv2 only (IKEV2_PROJECTION_INFO dwEncryptionMethod / dwOptions). */
  readonly encryptionMethod: number;
  readonly ikev2Options: number;
}

export interface Projection {
  readonly ipv4: Ipv4Projection | null;
  readonly ipv6: Ipv6Projection | null;
  readonly link: LinkProjection;
}

/** IKEv2 tunnel state (RAS_CONNECTION_EX_1 / _4 endpoint fields, MOBIKE). */
export interface Ikev2Tunnel {
  /** Tunnel endpoint addresses as text (wszLocal/RemoteEndpointAddress[65]). */
  readonly localEndpoint: string;
  readonly remoteEndpoint: string;
  /** Index of the local interface the tunnel runs on (what RRasAdminUpdateConnection dwIfIndex sets). */
  readonly localInterfaceIndex: number;
  readonly mobikeCapable: boolean;
  /** dwNumSwitchOvers: MOBIKE endpoint switches so far. */
  readonly switchOvers: number;
}

/** An active connection (RASI_CONNECTION_0..3, RAS_CONNECTION_4, RAS_CONNECTION_EX_1). */
export interface RasConnection {
  /** hConnection / dwConnection. */
  readonly id: number;
  /** Interface handle the connection is bound to (hInterface). */
  readonly interfaceId: number;
  readonly interfaceName: string;
  readonly interfaceType: RouterInterfaceType;
  readonly kind: DeviceKind;
  /** RAS_FLAGS_* bits. */
  readonly flags: number;
  readonly userName: string;
  readonly logonDomain: string;
  readonly remoteComputer: string;
  /** Connection GUID, lower-case text form. */
  readonly guid: string;
  /** Ports carrying the connection (more than one for multilink). */
  readonly portIds: readonly number[];
  readonly connectStartTime: number;
  /** Seconds since connectStartTime, derived from the clock. */
  readonly connectDuration: number;
  readonly stats: LinkStatistics;
  readonly projection: Projection;
  /** Tunnel endpoints for every VPN kind; `ikev2` is set only for IKEv2 connections. */
  readonly localEndpoint: string;
  readonly remoteEndpoint: string;
  readonly ikev2: Ikev2Tunnel | null;
  readonly quarantineState: RasQuarantineState;
  /** NAP probation end (RASI_CONNECTION_3 timer), null when not on probation. */
  readonly probationEnd: number | null;
  /** Messages sent with RRasAdminSendUserMessage, oldest first. */
  readonly messages: readonly string[];
}

/** RRasAdminUpdateConnection (opnum 48): the MOBIKE target. */
export interface EndpointUpdate {
  readonly interfaceIndex: number;
  readonly remoteEndpoint: string;
}

// ------------------------------------------------------------------ interfaces

export interface InterfaceCredentials {
  readonly userName: string;
  readonly domain: string;
  /** Stored in full; the handler decides what may be returned on the wire. */
  readonly password: string;
}

/** ROUTER_IKEv2_IF_CUSTOM_CONFIG_0/1 + MPR_IF_CUSTOMINFOEX dwFlags (opnums 51, 52). */
export interface InterfaceCustomIkev2Config {
  /** Revision the config was last set with (1 → _0 fields, 2 → _1 fields). */
  readonly revision: 1 | 2;
  readonly flags: number;
  readonly saLifeTime: number;
  readonly saDataSize: number;
  readonly certificateName: Uint8Array;
  readonly customPolicy: CustomIkePolicy | null;
  /** Revision 2 only. */
  readonly certificateHash: Uint8Array;
}

/** Per-transport configuration of an interface (opnums 16–19). */
export interface InterfaceTransport {
  readonly transportId: number;
  readonly info: readonly InfoBlock[];
  /** Result of the last RRouterInterfaceUpdateRoutes, read by RRouterInterfaceQueryUpdateResult. */
  readonly lastUpdateResult: number | null;
}

/** A router interface (MPRI_INTERFACE_0..3 and what opnums 11–25, 38–41, 49–52 touch). */
export interface RouterInterface {
  /** hInterface / dwInterface. */
  readonly handle: number;
  readonly name: string;
  readonly type: RouterInterfaceType;
  readonly enabled: boolean;
  readonly connectionState: RouterConnectionState;
  /** MPR_INTERFACE_* bits. */
  readonly unreachabilityReasons: number;
  readonly lastError: number;
  /** Dial-out hours, one "day HH:MM-HH:MM …" string per entry (the multi-sz of MPRI_INTERFACE_1). */
  readonly dialoutHoursRestriction: readonly string[];
  readonly transports: readonly InterfaceTransport[];
  readonly credentials: InterfaceCredentials | null;
  /**
   * MPR_CREDENTIALSEX_1 data: level 0 the EAP data, level 1 the preshared key (dwLevel 1, 2 and 3
   * name the same key, 3.1.4.41; documents written before that was settled may hold it at 2).
   */
  readonly credentialsEx: readonly { readonly level: number; readonly data: Uint8Array }[];
  readonly customIkev2: InterfaceCustomIkev2Config | null;
  /** Phonebook entry name for FULL_ROUTER (demand-dial) interfaces, else null. */
  readonly phonebookEntry: string | null;
  /** Connection currently up on this interface, 0 when none. */
  readonly connectionId: number;
  /** IPv4 interface index (MIB dwForwardIfIndex; MOBIKE dwIfIndex). */
  readonly ifIndex: number;
  /** Unicast addresses of the adapter as text (IPv4 and IPv6), used as tunnel local endpoints. */
  readonly addresses: readonly string[];
  /** Phonebook sync count, bumped by RRouterInterfaceUpdatePhonebookInfo. */
  readonly phonebookVersion: number;
}

/** RRouterInterfaceCreate input (levels 0/1 honor name, type, enabled; 2/3 add phonebook settings). */
export interface NewInterface {
  readonly name: string;
  readonly type: RouterInterfaceType;
  readonly enabled: boolean;
  readonly dialoutHoursRestriction?: readonly string[];
  /** Levels 2/3: the phonebook settings; the entry is created or replaced under the interface name. */
  readonly phonebook?: PhonebookEntrySettings;
}

/** RRouterInterfaceSetInfo input; omitted fields stay. */
export interface InterfaceChange {
  readonly enabled?: boolean;
  readonly dialoutHoursRestriction?: readonly string[];
  readonly phonebook?: PhonebookEntrySettings;
}

// ------------------------------------------------------------------ phonebook and devices

/** A sub-entry device of a phonebook entry (MPR_DEVICE_0/1; opnums 38, 39). */
export interface PhonebookDevice {
  /** RASDT_* text, e.g. "vpn", "modem", "PPPoE" (szDeviceType[17]). */
  readonly deviceType: string;
  readonly deviceName: string;
  readonly localPhoneNumber: string;
  readonly alternates: readonly string[];
}

/** Phonebook entry settings as MPRI_INTERFACE_2/3 carry them ([MS-RRASM] 2.2.1.2.83/84, 2.2.2). */
export interface PhonebookEntrySettings {
  readonly options: number;
  readonly localPhoneNumber: string;
  readonly alternates: readonly string[];
  readonly ipAddress: string;
  readonly dns: string;
  readonly dnsAlt: string;
  readonly wins: string;
  readonly winsAlt: string;
  readonly netProtocols: number;
  readonly deviceType: string;
  readonly deviceName: string;
  readonly x25PadType: string;
  readonly x25Address: string;
  readonly x25Facilities: string;
  readonly x25UserData: string;
  readonly channels: number;
  readonly subEntries: number;
  readonly dialMode: number;
  readonly dialExtraPercent: number;
  readonly dialExtraSampleSeconds: number;
  readonly hangUpExtraPercent: number;
  readonly hangUpExtraSampleSeconds: number;
  readonly idleDisconnectSeconds: number;
  /** dwType: RASET_Phone 1, RASET_Vpn 2, RASET_Direct 3, RASET_Internet 4, RASET_Broadband 5. */
  readonly entryType: number;
  readonly encryptionType: number;
  readonly customAuthKey: number;
  readonly customAuthData: Uint8Array;
  readonly guid: string;
  /** MPR_VS_* (2.2.2.2.11). */
  readonly vpnStrategy: number;
  /** MPRI_INTERFACE_3 IPv6 parts. */
  readonly ipv6Dns: string;
  readonly ipv6DnsAlt: string;
  readonly ipv6Addresses: readonly string[];
  /** Sub-entry devices; RRouterInterfaceDeviceGetInfo dwIndex is 1-based into this list. */
  readonly devices: readonly PhonebookDevice[];
}

export interface PhonebookEntry extends PhonebookEntrySettings {
  readonly name: string;
  /** Phonebook file the entry lives in (router.pbk for demand-dial interfaces). */
  readonly phonebook: string;
}

/**
 * A RAS device (WAN Miniport): RRouterDeviceEnum (MPR_DEVICE_0/1) and RASRPC device config
 * (RAS_DEVICE_INFO, called ids, device config).
 */
export interface RasDevice {
  /** Lower-case GUID text (RAS_DEVICE_INFO guidDevice). */
  readonly guid: string;
  readonly kind: DeviceKind;
  /** RASDT_* text (MPR_DEVICE_0 szDeviceType), e.g. "vpn". */
  readonly deviceType: string;
  /** e.g. "WAN Miniport (SSTP)". */
  readonly name: string;
  readonly rasDeviceType: number;
  readonly rasEnabled: boolean;
  readonly routerEnabled: boolean;
  readonly routerOutboundEnabled: boolean;
  readonly tapiLineId: number;
  /** WanEndpoints: configured ports of this device. */
  readonly numEndPoints: number;
  readonly maxInCalls: number;
  readonly maxOutCalls: number;
  readonly minWanEndPoints: number;
  readonly maxWanEndPoints: number;
  /** Called-station ids accepted on this device (RAS_CALLEDID_INFO, a multi-sz). */
  readonly calledIds: readonly string[];
  readonly localPhoneNumber: string;
  readonly alternates: readonly string[];
  /** Opaque TAPI device config (REQTYPE_GETDEVCONFIG). */
  readonly devConfig: Uint8Array;
}

/** REQTYPE_SETDEVICECONFIGINFO input; omitted fields stay. */
export interface RasDeviceChange {
  readonly rasEnabled?: boolean;
  readonly routerEnabled?: boolean;
  readonly routerOutboundEnabled?: boolean;
  readonly numEndPoints?: number;
  readonly maxInCalls?: number;
  readonly maxOutCalls?: number;
}

// ------------------------------------------------------------------ transports and MIB

export interface RoutingProtocol {
  /** e.g. MS_IP_NAT, MS_IP_RIP (also the InfoType of its global block). */
  readonly protocolId: number;
  readonly name: string;
}

/** What RRouterInterfaceTransportCreate (opnum 37) supplies for a router manager. */
export interface NewTransport {
  readonly transportId: number;
  /** e.g. "IP", "IPV6". */
  readonly name: string;
  readonly dllPath: string;
  readonly globalInfo: readonly InfoBlock[];
  /** Default interface info applied to client (dial-in) interfaces. */
  readonly clientInterfaceInfo: readonly InfoBlock[];
}

/** A router manager (opnums 9, 10, 37). */
export interface RouterTransport extends NewTransport {
  readonly routingProtocols: readonly RoutingProtocol[];
}

/** The MIB index of a forwarding row (RFC 1354 ipForwardTable key, as MIB_IPFORWARDROW lookups use). */
export interface IpForwardKey {
  readonly dest: string;
  readonly mask: string;
  readonly policy: number;
  readonly nextHop: string;
}

/** MIB_IPFORWARDROW with addresses as dotted text. */
export interface IpForwardRow extends IpForwardKey {
  readonly ifIndex: number;
  readonly type: number;
  readonly proto: number;
  /** Seconds since the route was added, derived from the clock on read. */
  readonly age: number;
  readonly nextHopAS: number;
  readonly metric1: number;
  readonly metric2: number;
  readonly metric3: number;
  readonly metric4: number;
  readonly metric5: number;
}

/** A row to create or set; `age` is the backend's. */
export type IpForwardInput = Omit<IpForwardRow, 'age'>;

// ------------------------------------------------------------------ RASRPC

export interface RasRpcCallback {
  readonly portName: string;
  readonly deviceName: string;
  readonly number: string;
  readonly deviceType: number;
}

export interface RasRpcLocation {
  readonly locationId: number;
  readonly prefix: number;
  readonly suffix: number;
}

/** RASRPC_PBUSER (RasRpcGetUserPreferences / SetUserPreferences, opnums 9, 10). */
export interface UserPreferences {
  readonly operatorDial: boolean;
  readonly previewPhoneNumber: boolean;
  readonly useLocation: boolean;
  readonly showLights: boolean;
  readonly showConnectStatus: boolean;
  readonly closeOnDial: boolean;
  readonly allowLogonPhonebookEdits: boolean;
  readonly allowLogonLocationEdits: boolean;
  readonly skipConnectComplete: boolean;
  readonly newEntryWizard: boolean;
  readonly redialAttempts: number;
  readonly redialSeconds: number;
  readonly idleDisconnectSeconds: number;
  readonly redialOnLinkFailure: boolean;
  readonly popupOnTopWhenRedialing: boolean;
  readonly expandAutoDialQuery: boolean;
  readonly callbackMode: number;
  readonly callbacks: readonly RasRpcCallback[];
  readonly lastCallbackByCaller: string;
  readonly phonebookMode: number;
  readonly personalFile: string;
  readonly alternatePath: string;
  readonly phonebooks: readonly string[];
  readonly areaCodes: readonly string[];
  readonly useAreaAndCountry: boolean;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly locations: readonly RasRpcLocation[];
  readonly xPhonebook: number;
  readonly yPhonebook: number;
  readonly defaultEntry: string;
  readonly initialized: boolean;
  readonly dirty: boolean;
}

/** RasRpcGetUserPreferences dwMode (3.3.4.2): UPM_Normal 0, UPM_Logon 1, UPM_Router 2. */
export const UserPreferencesMode = {
  UPM_Normal: 0,
  UPM_Logon: 1,
  UPM_Router: 2,
} as const;

/** RASRPC values with no object of their own. */
export interface RasRpcInfo {
  /** RasRpcGetVersion (6 on current Windows). */
  readonly version: number;
  /** RasRpcGetSystemDirectory, e.g. "C:\\Windows\\system32". */
  readonly systemDirectory: string;
  /** NP_* bits installed for router / RAS client / RAS server use. */
  readonly protocolsRouter: number;
  readonly protocolsRasClient: number;
  readonly protocolsRasServer: number;
  /** REQTYPE_GETNDISWANDRIVERCAPS DriverCaps. */
  readonly ndiswanDriverCaps: number;
}

// ------------------------------------------------------------------ events

export type RrasEventKind =
  | 'port-disconnected'
  | 'port-reset'
  | 'port-stats-cleared'
  | 'connection-ended'
  | 'connection-stats-cleared'
  | 'mobike-update'
  | 'user-message'
  | 'quarantine-removed'
  | 'interface-created'
  | 'interface-deleted'
  | 'interface-changed'
  | 'interface-connected'
  | 'interface-disconnected'
  | 'routes-updated'
  | 'transport-created'
  | 'transport-changed'
  | 'route-created'
  | 'route-deleted'
  | 'route-changed'
  | 'server-config-changed'
  | 'phonebook-changed'
  | 'device-changed';

/** One entry of the backend's event log, queryable by tests and tools. */
export interface RrasEvent {
  /** Increasing from 1. */
  readonly seq: number;
  readonly time: number;
  readonly kind: RrasEventKind;
  /** Free-form details (ids, old/new values) for readers, not a wire format. */
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}
