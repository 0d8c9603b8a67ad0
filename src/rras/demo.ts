/**
 * The default RRAS state `winrpc serve` starts with: a RAS + LAN router (IPv4 and IPv6) as a fresh
 * Windows Server "VPN + NAT" (custom: VPN access, NAT, LAN routing) setup shows it, with a few
 * clients connected. Only documentation addresses appear: 192.0.2.0/24 (public side),
 * 198.51.100.0/24 (internal LAN and the VPN client pool), 203.0.113.0/24 (remote clients),
 * 2001:db8::/32.
 *
 * Ports. Windows keeps one WAN Miniport device per tunnel type, and the port count of each is its
 * WanEndpoints value ([MS-RRASM] 2.2.3.3.1); the routing-and-remote-access setup wizard raises those
 * to 128 per VPN type on current Windows Server. The issue asks for 128 ports in total, so the demo
 * splits them evenly: 32 each for PPTP, L2TP, SSTP and IKEv2 (a `setServerConfig` change to the
 * counts takes effect at the next start, as on Windows). Port names follow the RRAS console's
 * "WAN Miniport (IKEv2) (VPN2-5)" form: "VPN<n>-<slot>" with L2TP = 1, IKEv2 = 2, SSTP = 3,
 * PPTP = 4; the per-type numbers are from memory of Windows Server 2016–2022 consoles and unverified
 * against a live server. Media name "rastapi" and device type "Vpn" are what RASI_PORT_0 reports
 * for WAN Miniport ports.
 *
 * IKEv2 tunnel defaults (idle 5 min, network outage 30 min, SA lifetime 480 min, SA data 100 MB)
 * and the route preference levels (local 1, static 3, non-demand-dial static 5, auto-static 7,
 * SNMP 10, OSPF 110, RIP 120) are the RRAS console defaults.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { EmulatedRrasOptions } from './emulated/emulated-rras.js';
import { EmulatedRras } from './emulated/emulated-rras.js';
import type { DeviceSetup, IncomingConnection, InterfaceSetup, RrasInitialState } from './emulated/state.js';
import type { InfoBlock, PhonebookEntry, ServerConfig, UserPreferences } from './model/types.js';
import {
  InfoType,
  InstalledProtocol,
  MibIpForwardProto,
  MibIpForwardType,
  PortFlags,
  RasDeviceType,
  RasQuarantineState,
  RouterConnectionState,
  RouterInterfaceType,
  RouterType,
  TransportId,
} from './model/types.js';

/** Little-endian DWORDs: the in-memory C layout the MprInfo APIs produce on Windows. */
function dwords(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v >>> 0, true));
  return out;
}

function block(infoType: number, data: Uint8Array, count = 1): InfoBlock {
  return { infoType, infoSize: data.length / count, count, data };
}

const MIB_IF_ADMIN_STATUS_UP = 1;
const IPRTR_LOGGING_ERROR = 1;

/** INTERFACE_STATUS_INFO { dwAdminStatus }. */
const adminUp = (): InfoBlock => block(InfoType.IP_INTERFACE_STATUS_INFO, dwords(MIB_IF_ADMIN_STATUS_UP));

/** PRIORITY_INFO { dwNumProtocols; PROTOCOL_METRIC[] } with the console's default preference levels. */
function priorityInfo(): InfoBlock {
  const metrics: [number, number][] = [
    [MibIpForwardProto.LOCAL, 1],
    [MibIpForwardProto.NT_STATIC, 3],
    [MibIpForwardProto.NT_STATIC_NON_DOD, 5],
    [MibIpForwardProto.NT_AUTOSTATIC, 7],
    [MibIpForwardProto.NETMGMT, 10],
    [MibIpForwardProto.OSPF, 110],
    [MibIpForwardProto.RIP, 120],
  ];
  return block(InfoType.IP_PROT_PRIORITY_INFO, dwords(metrics.length, ...metrics.flat()));
}

const DEMO_DEVICE_GUIDS = {
  pptp: '1d7b8a01-5c3e-4f0a-9b21-0a6c2e7d4101',
  l2tp: '1d7b8a02-5c3e-4f0a-9b21-0a6c2e7d4102',
  sstp: '1d7b8a03-5c3e-4f0a-9b21-0a6c2e7d4103',
  ikev2: '1d7b8a04-5c3e-4f0a-9b21-0a6c2e7d4104',
} as const;

export const DEMO_PORTS_PER_TYPE = 32;

/** ifIndex values of the demo interfaces, for tests and examples. */
export const DemoIfIndex = {
  loopback: 1,
  internal: 3,
  ethernet: 4,
  ethernet2: 5,
  branchOffice: 16,
} as const;

export const DEMO_DEMAND_DIAL = 'Branch-Office';

function vpnDevice(
  kind: 'pptp' | 'l2tp' | 'sstp' | 'ikev2',
  label: string,
  prefix: string,
  tapiLine: number,
  rdt: number,
): DeviceSetup {
  return {
    device: {
      guid: DEMO_DEVICE_GUIDS[kind],
      kind,
      deviceType: 'vpn',
      name: `WAN Miniport (${label})`,
      rasDeviceType: rdt | RasDeviceType.RDT_Tunnel,
      routerOutboundEnabled: false,
      tapiLineId: tapiLine,
      maxInCalls: 1000,
      maxOutCalls: 1000,
      minWanEndPoints: 0,
      maxWanEndPoints: 1000,
      calledIds: [],
      localPhoneNumber: '',
      alternates: [],
      devConfig: new Uint8Array(0),
    },
    template: { portPrefix: prefix, mediaName: 'rastapi', portDeviceType: 'Vpn', lineSpeed: 1_000_000_000 },
  };
}

export function demoServerConfig(): ServerConfig {
  const both = PortFlags.MPR_ENABLE_RAS_ON_DEVICE | PortFlags.MPR_ENABLE_ROUTING_ON_DEVICE;
  return {
    pptp: { numPorts: DEMO_PORTS_PER_TYPE, portFlags: both },
    l2tp: {
      numPorts: DEMO_PORTS_PER_TYPE,
      portFlags: both,
      tunnelConfigParamFlags: 0,
      idleTimeout: 300,
      encryptionType: 2,
      saLifeTime: 28800,
      saDataSizeForRenegotiation: 102400,
      customPolicy: null,
    },
    sstp: {
      numPorts: DEMO_PORTS_PER_TYPE,
      portFlags: both,
      useHttps: true,
      certAlgorithm: 0x800c,
      certIsDefault: true,
      certHash: new Uint8Array(createHash('sha256').update('winrpc demo SSTP certificate').digest()),
    },
    ikev2: {
      numPorts: DEMO_PORTS_PER_TYPE,
      portFlags: both,
      tunnelConfigParamFlags: 0,
      idleTimeout: 300,
      networkBlackoutTime: 1800,
      saLifeTime: 28800,
      saDataSizeForRenegotiation: 102400,
      configOptions: 0,
      certificateNames: [],
      machineCertificateName: new Uint8Array(0),
      encryptionType: 2,
      customPolicy: null,
      certificateEkus: [],
      machineCertificateHash: new Uint8Array(0),
    },
  };
}

export function defaultUserPreferences(): UserPreferences {
  return {
    operatorDial: false,
    previewPhoneNumber: false,
    useLocation: false,
    showLights: true,
    showConnectStatus: true,
    closeOnDial: true,
    allowLogonPhonebookEdits: true,
    allowLogonLocationEdits: true,
    skipConnectComplete: false,
    newEntryWizard: true,
    redialAttempts: 3,
    redialSeconds: 60,
    idleDisconnectSeconds: 0,
    redialOnLinkFailure: false,
    popupOnTopWhenRedialing: true,
    expandAutoDialQuery: true,
    callbackMode: 0,
    callbacks: [],
    lastCallbackByCaller: '',
    phonebookMode: 0,
    personalFile: '',
    alternatePath: '',
    phonebooks: [],
    areaCodes: [],
    useAreaAndCountry: false,
    prefixes: [],
    suffixes: [],
    locations: [],
    xPhonebook: 0x7fffffff,
    yPhonebook: 0x7fffffff,
    defaultEntry: '',
    initialized: true,
    dirty: false,
  };
}

function branchOfficeEntry(): PhonebookEntry {
  const device = {
    deviceType: 'vpn',
    deviceName: 'WAN Miniport (IKEv2)',
    localPhoneNumber: '203.0.113.200',
    alternates: [],
  };
  return {
    name: DEMO_DEMAND_DIAL,
    phonebook: '%SystemRoot%\\System32\\ras\\router.pbk',
    options: 0,
    localPhoneNumber: device.localPhoneNumber,
    alternates: [],
    ipAddress: '',
    dns: '',
    dnsAlt: '',
    wins: '',
    winsAlt: '',
    /** RASNP_Ip | RASNP_Ipv6. */
    netProtocols: 0x4 | 0x8,
    deviceType: device.deviceType,
    deviceName: device.deviceName,
    x25PadType: '',
    x25Address: '',
    x25Facilities: '',
    x25UserData: '',
    channels: 0,
    subEntries: 1,
    /** RASEDM_DialAll. */
    dialMode: 1,
    dialExtraPercent: 75,
    dialExtraSampleSeconds: 120,
    hangUpExtraPercent: 10,
    hangUpExtraSampleSeconds: 120,
    idleDisconnectSeconds: 300,
    /** RASET_Vpn. */
    entryType: 2,
    /** ET_RequireMax. */
    encryptionType: 2,
    customAuthKey: 0,
    customAuthData: new Uint8Array(0),
    guid: '6f0c2a55-8d41-4c8e-a7b3-2f95d0c1e801',
    /** MPR_VS_Ikev2Only. */
    vpnStrategy: 7,
    ipv6Dns: '',
    ipv6DnsAlt: '',
    ipv6Addresses: [],
    devices: [device],
  };
}

function lanInterfaces(withDemandDial: boolean): InterfaceSetup[] {
  const ip = (extra: InfoBlock[] = []): { transportId: number; info: InfoBlock[] }[] => [
    { transportId: TransportId.PID_IP, info: [adminUp(), ...extra] },
    { transportId: TransportId.PID_IPV6, info: [adminUp()] },
  ];
  const list: InterfaceSetup[] = [
    {
      name: 'Loopback',
      type: RouterInterfaceType.LOOPBACK,
      enabled: true,
      ifIndex: DemoIfIndex.loopback,
      addresses: ['127.0.0.1', '::1'],
      transports: ip(),
    },
    {
      name: 'Internal',
      type: RouterInterfaceType.INTERNAL,
      enabled: true,
      ifIndex: DemoIfIndex.internal,
      addresses: ['198.51.100.200'],
      transports: ip(),
    },
    {
      name: 'Ethernet',
      type: RouterInterfaceType.DEDICATED,
      enabled: true,
      ifIndex: DemoIfIndex.ethernet,
      addresses: ['192.0.2.10', '2001:db8:0:1::10'],
      transports: ip(),
    },
    {
      name: 'Ethernet 2',
      type: RouterInterfaceType.DEDICATED,
      enabled: true,
      ifIndex: DemoIfIndex.ethernet2,
      addresses: ['198.51.100.10', '2001:db8:0:2::10'],
      transports: ip(),
    },
  ];
  if (withDemandDial) {
    list.push({
      name: DEMO_DEMAND_DIAL,
      type: RouterInterfaceType.FULL_ROUTER,
      enabled: true,
      ifIndex: DemoIfIndex.branchOffice,
      addresses: [],
      connectionState: RouterConnectionState.DISCONNECTED,
      transports: ip(),
      phonebookEntry: DEMO_DEMAND_DIAL,
      credentials: { userName: 'branch-router', domain: 'CONTOSO', password: 'Demo-Only-Passw0rd' },
      dialoutHoursRestriction: [
        '1 00:00-24:00',
        '2 00:00-24:00',
        '3 00:00-24:00',
        '4 00:00-24:00',
        '5 00:00-24:00',
      ],
    });
  }
  return list;
}

/** The demo server before any client connects. `minimal` leaves out the demand-dial interface and routes through it. */
export function demoInitialState(minimal = false): RrasInitialState {
  const route = (
    dest: string,
    mask: string,
    nextHop: string,
    ifIndex: number,
    type: number,
    proto: number,
    metric1: number,
  ) => ({
    dest,
    mask,
    policy: 0,
    nextHop,
    ifIndex,
    type,
    proto,
    nextHopAS: 0,
    metric1,
    metric2: 0xffffffff,
    metric3: 0xffffffff,
    metric4: 0xffffffff,
    metric5: 0xffffffff,
  });
  const { DIRECT, INDIRECT } = MibIpForwardType;
  const { LOCAL, NETMGMT, NT_STATIC } = MibIpForwardProto;
  const routes = [
    route('0.0.0.0', '0.0.0.0', '192.0.2.1', DemoIfIndex.ethernet, INDIRECT, NETMGMT, 25),
    route('127.0.0.0', '255.0.0.0', '127.0.0.1', DemoIfIndex.loopback, DIRECT, LOCAL, 306),
    route('192.0.2.0', '255.255.255.0', '192.0.2.10', DemoIfIndex.ethernet, DIRECT, LOCAL, 281),
    route('198.51.100.0', '255.255.255.0', '198.51.100.10', DemoIfIndex.ethernet2, DIRECT, LOCAL, 281),
  ];
  if (!minimal)
    routes.push(
      route('203.0.113.192', '255.255.255.192', '0.0.0.0', DemoIfIndex.branchOffice, INDIRECT, NT_STATIC, 1),
    );
  return {
    routerType:
      RouterType.ROUTER_TYPE_RAS |
      RouterType.ROUTER_TYPE_LAN |
      RouterType.IPV6_ROUTER_TYPE_RAS |
      RouterType.IPV6_ROUTER_TYPE_LAN,
    config: demoServerConfig(),
    rasRpc: {
      version: 6,
      systemDirectory: 'C:\\Windows\\system32',
      protocolsRouter: InstalledProtocol.NP_Ip | InstalledProtocol.NP_Ipv6,
      protocolsRasClient: InstalledProtocol.NP_Ip | InstalledProtocol.NP_Ipv6,
      protocolsRasServer: InstalledProtocol.NP_Ip | InstalledProtocol.NP_Ipv6,
      ndiswanDriverCaps: 0,
    },
    devices: [
      vpnDevice('pptp', 'PPTP', 'VPN4', 0, RasDeviceType.RDT_Tunnel_Pptp),
      vpnDevice('l2tp', 'L2TP', 'VPN1', 1, RasDeviceType.RDT_Tunnel_L2tp),
      vpnDevice('sstp', 'SSTP', 'VPN3', 2, RasDeviceType.RDT_Tunnel_Sstp),
      vpnDevice('ikev2', 'IKEv2', 'VPN2', 3, RasDeviceType.RDT_Tunnel_Ikev2),
    ],
    transports: [
      {
        transportId: TransportId.PID_IP,
        name: 'IP',
        dllPath: '%SystemRoot%\\system32\\iprtrmgr.dll',
        globalInfo: [
          /** GLOBAL_INFO { bFilteringOn = FALSE; dwLoggingLevel = errors }. */
          block(InfoType.IP_GLOBAL_INFO, dwords(0, IPRTR_LOGGING_ERROR)),
          priorityInfo(),
          /** NAT: IP_NAT_GLOBAL_INFO's LoggingLevel and Flags (no nested blocks configured). */
          block(InfoType.MS_IP_NAT, dwords(IPRTR_LOGGING_ERROR, 0)),
        ],
        clientInterfaceInfo: [adminUp()],
        routingProtocols: [{ protocolId: InfoType.MS_IP_NAT, name: 'NAT' }],
      },
      {
        transportId: TransportId.PID_IPV6,
        name: 'IPV6',
        dllPath: '%SystemRoot%\\system32\\iprtrmgr.dll',
        globalInfo: [block(InfoType.IPV6_GLOBAL_INFO, dwords(0, IPRTR_LOGGING_ERROR))],
        clientInterfaceInfo: [adminUp()],
        routingProtocols: [],
      },
    ],
    phonebook: minimal ? [] : [branchOfficeEntry()],
    interfaces: lanInterfaces(!minimal),
    routes,
    preferences: defaultUserPreferences(),
  };
}

const PPP_LCP_CHAP = 0xc223;
const PPP_CHAP_MSV2 = 0x81;
const PPP_LCP_EAP = 0xc227;
const EAP_MSCHAPV2 = 26;
const MPRAPI_IKEV2_AUTH_USING_CERT = 1;
const MPRAPI_IKEV2_AUTH_USING_EAP = 2;

/** The clients connected in the demo, `now` being the service start. */
export function demoConnections(now: number): IncomingConnection[] {
  const minutes = (m: number): number => now - m * 60_000;
  const stats = (k: number) => ({
    bytesXmited: 1_048_576 * k + 4096,
    bytesRcved: 524_288 * k + 2048,
    framesXmited: 900 * k,
    framesRcved: 750 * k,
    compressionRatioIn: 0,
    compressionRatioOut: 0,
  });
  return [
    {
      kind: 'ikev2',
      userName: 'alice',
      logonDomain: 'CONTOSO',
      remoteComputer: 'ALICE-LT',
      remoteEndpoint: '203.0.113.10',
      clientIpv4: '198.51.100.201',
      clientIpv6InterfaceId: new Uint8Array([0x02, 0x15, 0x5d, 0xff, 0xfe, 0x00, 0x00, 0x01]),
      authenticationProtocol: MPRAPI_IKEV2_AUTH_USING_EAP,
      eapTypeId: EAP_MSCHAPV2,
      mobikeCapable: true,
      stats: stats(42),
      connectedAt: minutes(95),
    },
    {
      kind: 'ikev2',
      userName: 'bob',
      logonDomain: 'CONTOSO',
      remoteComputer: 'BOB-PC',
      remoteEndpoint: '2001:db8:ffff::20',
      clientIpv4: '198.51.100.202',
      authenticationProtocol: MPRAPI_IKEV2_AUTH_USING_CERT,
      mobikeCapable: true,
      stats: stats(7),
      connectedAt: minutes(12),
    },
    {
      kind: 'sstp',
      userName: 'carol',
      logonDomain: 'CONTOSO',
      remoteComputer: 'CAROL-SURFACE',
      remoteEndpoint: '203.0.113.30',
      clientIpv4: '198.51.100.203',
      authenticationProtocol: PPP_LCP_CHAP,
      authenticationData: PPP_CHAP_MSV2,
      stats: stats(15),
      connectedAt: minutes(47),
    },
    {
      kind: 'l2tp',
      userName: 'dave',
      logonDomain: 'CONTOSO',
      remoteComputer: 'DAVE-WS',
      remoteEndpoint: '203.0.113.40',
      clientIpv4: '198.51.100.204',
      authenticationProtocol: PPP_LCP_EAP,
      eapTypeId: EAP_MSCHAPV2,
      quarantineState: RasQuarantineState.PROBATION,
      probationEnd: now + 60 * 60_000,
      stats: stats(3),
      connectedAt: minutes(5),
    },
    {
      kind: 'pptp',
      userName: 'eve',
      logonDomain: 'FABRIKAM',
      remoteComputer: 'EVE-LAPTOP',
      remoteEndpoint: '203.0.113.50',
      clientIpv4: '198.51.100.205',
      authenticationProtocol: PPP_LCP_CHAP,
      authenticationData: PPP_CHAP_MSV2,
      stats: stats(1),
      connectedAt: minutes(2),
    },
  ];
}

/** Creates the demo server (state + connected clients) in one transaction. */
export function createDemoRras(store: Store, options: EmulatedRrasOptions = {}): EmulatedRras {
  return store.transaction(() => {
    const rras = EmulatedRras.create(store, demoInitialState(), options);
    const now = (options.clock ?? Date.now)();
    for (const c of demoConnections(now)) rras.acceptConnectionSync(c);
    return rras;
  });
}

/**
 * What a host starts: the server the store already holds, else a new one — the demo state, or with
 * `demo: false` the same router with no clients, demand-dial interface or phonebook entries.
 */
export function openOrCreateRras(
  store: Store,
  opts: { demo?: boolean } & EmulatedRrasOptions = {},
): EmulatedRras {
  if (EmulatedRras.exists(store)) return EmulatedRras.open(store, opts);
  return opts.demo === false
    ? EmulatedRras.create(store, demoInitialState(true), opts)
    : createDemoRras(store, opts);
}
