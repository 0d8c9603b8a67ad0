/**
 * The emulated server's stored documents and the shape of a fresh server's initial state.
 * Documents are the domain objects plus a few fields only the emulation needs (marked below).
 */
import type {
  DeviceKind,
  InfoBlock,
  InterfaceCredentials,
  IpForwardInput,
  LinkStatistics,
  NewTransport,
  PhonebookEntry,
  RasConnection,
  RasDevice,
  RasPort,
  RasQuarantineState,
  RasRpcInfo,
  RouterConnectionState,
  RouterInterface,
  RouterInterfaceType,
  RouterTransport,
  RoutingProtocol,
  ServerConfig,
  UserPreferences,
} from '../model/types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface InfoDoc {
  routerType: number;
  config: ServerConfig;
  rasRpc: RasRpcInfo;
  /**
   * The server-wide L2TP/IPsec preshared key (opnums 40/41, dwLevel 2, NULL hInterface). Absent
   * when none is set, and in documents written before it existed.
   */
  l2tpPresharedKey?: Uint8Array;
  /** Next free ids; never reused, so a stale handle from a client never names a new object. */
  next: { port: number; connection: number; interface: number; ifIndex: number; event: number };
}

/** How a device's ports look (emulation only: Windows derives these from the miniport driver). */
export interface PortTemplate {
  /** Port names are `${portPrefix}-${slot}`, e.g. "VPN2-0". */
  readonly portPrefix: string;
  readonly mediaName: string;
  readonly portDeviceType: string;
  readonly lineSpeed: number;
}

export type DeviceDoc = Mutable<RasDevice> & { template: PortTemplate };
export type PortDoc = Mutable<RasPort> & { slot: number };
export type ConnectionDoc = Mutable<RasConnection>;
export type InterfaceDoc = Mutable<RouterInterface>;
export type TransportDoc = Mutable<RouterTransport>;
export type RouteDoc = Mutable<IpForwardInput> & { createdAt: number };

export interface DeviceSetup {
  readonly device: Omit<RasDevice, 'numEndPoints' | 'rasEnabled' | 'routerEnabled'>;
  readonly template: PortTemplate;
}

export interface InterfaceSetup {
  readonly name: string;
  readonly type: RouterInterfaceType;
  readonly enabled: boolean;
  readonly ifIndex: number;
  readonly addresses: readonly string[];
  readonly connectionState?: RouterConnectionState;
  readonly unreachabilityReasons?: number;
  readonly transports?: readonly { readonly transportId: number; readonly info: readonly InfoBlock[] }[];
  readonly phonebookEntry?: string | null;
  readonly credentials?: InterfaceCredentials | null;
  readonly dialoutHoursRestriction?: readonly string[];
}

/** Everything a new emulated server starts with. Device port counts come from `config`. */
export interface RrasInitialState {
  readonly routerType: number;
  readonly config: ServerConfig;
  readonly rasRpc: RasRpcInfo;
  readonly devices: readonly DeviceSetup[];
  readonly transports: readonly (NewTransport & { readonly routingProtocols: readonly RoutingProtocol[] })[];
  readonly phonebook: readonly PhonebookEntry[];
  readonly interfaces: readonly InterfaceSetup[];
  readonly routes: readonly IpForwardInput[];
  readonly preferences: UserPreferences;
}

/** A dial-in connection the emulation accepts (what a VPN client arriving would produce). */
export interface IncomingConnection {
  readonly kind: DeviceKind;
  readonly userName: string;
  readonly logonDomain: string;
  readonly remoteComputer: string;
  /** The client's public address (tunnel remote endpoint). */
  readonly remoteEndpoint: string;
  /** Interface index the tunnel arrives on; default: the first LAN interface of the endpoint's family. */
  readonly localInterfaceIndex?: number;
  /** Address assigned to the client from the pool (IPv4 projection), '' for none. */
  readonly clientIpv4?: string;
  /** IPv6 interface identifier of the client (8 bytes) for an IPv6 projection. */
  readonly clientIpv6InterfaceId?: Uint8Array;
  readonly authenticationProtocol?: number;
  readonly authenticationData?: number;
  readonly eapTypeId?: number;
  readonly encryptionMethod?: number;
  readonly mobikeCapable?: boolean;
  readonly quarantineState?: RasQuarantineState;
  readonly probationEnd?: number | null;
  readonly stats?: Partial<LinkStatistics>;
  /** When the call started; default now. */
  readonly connectedAt?: number;
  /** Extra RAS_FLAGS_* bits (RAS_FLAGS_RAS_CONNECTION and PPP are set as the kind implies). */
  readonly extraFlags?: number;
}

export type { PhonebookEntry };
