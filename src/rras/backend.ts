/**
 * The RRAS implementation behind the RRASM handlers: [MS-RRASM]'s abstract "Invoke DIMSVC" and
 * "Invoke RASRPC" interfaces (3.1.6.1, 3.3.6.1) at the level of domain operations. The handlers do
 * the RRASM-layer checks (administrators, RouterType, level validation, blob decoding) and then call
 * one of these methods; the backend owns RRAS's own rules (which port or connection exists, what a
 * disconnect ends, what a MOBIKE update changes) and persistence.
 *
 * Every method either resolves with the result of an accepted, already committed change, or rejects
 * with `RrasError(status)` carrying the Win32 / RAS code the method returns for that condition. Any
 * other rejection is a backend fault.
 *
 * Status conventions (so handlers can rely on them):
 * - unknown port id → ERROR_INVALID_PORT_HANDLE; port without an active connection where one is
 *   needed → ERROR_PORT_NOT_CONNECTED;
 * - unknown connection id → ERROR_INVALID_HANDLE; MOBIKE update of a non-IKEv2 connection →
 *   ERROR_NOT_SUPPORTED; a malformed endpoint address → ERROR_INVALID_PARAMETER;
 * - unknown interface handle → ERROR_INVALID_HANDLE; unknown interface name → ERROR_NO_SUCH_INTERFACE;
 *   duplicate name → ERROR_INTERFACE_ALREADY_EXISTS; deleting/changing a connected interface in a way
 *   that needs it down → ERROR_INTERFACE_CONNECTED;
 * - unknown transport id → ERROR_UNKNOWN_PROTOCOL_ID; creating an existing one →
 *   ERROR_PROTOCOL_ALREADY_INSTALLED;
 * - unknown phonebook entry → ERROR_CANNOT_FIND_PHONEBOOK_ENTRY; unknown device → ERROR_DEVICE_DOES_NOT_EXIST;
 * - MIB row not found / no next row → ERROR_NOT_FOUND / ERROR_NO_MORE_ITEMS; bad input → ERROR_INVALID_PARAMETER.
 *
 * Published contract: change only additively.
 */
import type {
  EndpointUpdate,
  InfoBlock,
  InterfaceChange,
  InterfaceCredentials,
  InterfaceCustomIkev2Config,
  IpForwardInput,
  IpForwardKey,
  IpForwardRow,
  NewInterface,
  NewTransport,
  PhonebookDevice,
  PhonebookEntry,
  RasConnection,
  RasDevice,
  RasDeviceChange,
  RasPort,
  RasRpcInfo,
  RouterInterface,
  RouterTransport,
  RrasEvent,
  ServerConfigChange,
  ServerConfigResult,
  ServerInfo,
  UserPreferences,
} from './model/types.js';

/** Which target RRasAdminConnectionRemoveQuarantine names (fIsIpAddress selects the form). */
export type QuarantineTarget = { readonly connectionId: number } | { readonly clientIpv4Address: string };

export interface RrasBackend {
  // ---------------------------------------------------------------- server (opnums 0, 43, 44, 47)

  /** RouterType, live counts and the configuration. */
  serverInfo(): Promise<ServerInfo>;
  /** Applies a configuration change (MPR_SERVER_1/2 or the Ex set-config structures). */
  setServerConfig(change: ServerConfigChange): Promise<ServerConfigResult>;
  /** The RouterType value (3.1.1); a shortcut handlers use for their RouterType checks. */
  routerType(): Promise<number>;

  // ---------------------------------------------------------------- ports (4–8)

  /** All ports, ascending by id; with `connectionId`, only that connection's ports (ERROR_INVALID_HANDLE if unknown). */
  ports(connectionId?: number): Promise<RasPort[]>;
  port(portId: number): Promise<RasPort>;
  clearPortStats(portId: number): Promise<void>;
  /** RRasAdminPortReset: validates the port; no state change. */
  resetPort(portId: number): Promise<void>;
  /** Ends the connection on the port and frees all its ports (ERROR_PORT_NOT_CONNECTED if idle). */
  disconnectPort(portId: number): Promise<void>;

  // ---------------------------------------------------------------- connections (1–3, 35, 42, 45, 46, 48)

  /** Active connections, ascending by id. */
  connections(): Promise<RasConnection[]>;
  connection(connectionId: number): Promise<RasConnection>;
  clearConnectionStats(connectionId: number): Promise<void>;
  /** Ends a connection (RRouterInterfaceDisconnect for a client interface, MprAdminConnectionHangup-like). */
  hangUpConnection(connectionId: number): Promise<void>;
  sendUserMessage(connectionId: number, message: string): Promise<void>;
  removeQuarantine(target: QuarantineTarget): Promise<void>;
  /** MOBIKE endpoint update of an IKEv2 connection (3.1.4.49); records a `mobike-update` event. */
  updateConnectionEndpoint(connectionId: number, update: EndpointUpdate): Promise<RasConnection>;

  // ---------------------------------------------------------------- interfaces (11–15, 20–22, 25, 38–41, 49–52)

  /**
   * Interfaces ascending by handle. The CLIENT interfaces RRAS creates for dial-in connections are
   * left out unless `includeClientInterfaces` (RRouterInterfaceEnum does not list them).
   */
  interfaces(includeClientInterfaces?: boolean): Promise<RouterInterface[]>;
  interface(handle: number): Promise<RouterInterface>;
  /** Case-insensitive lookup; CLIENT interfaces only when `includeClientInterfaces`. */
  interfaceByName(name: string, includeClientInterfaces: boolean): Promise<RouterInterface>;
  createInterface(spec: NewInterface): Promise<RouterInterface>;
  setInterface(handle: number, change: InterfaceChange): Promise<RouterInterface>;
  deleteInterface(handle: number): Promise<void>;
  /** Dials a demand-dial interface; resolves once connected (the emulation completes at once). */
  connectInterface(handle: number): Promise<RouterInterface>;
  disconnectInterface(handle: number): Promise<RouterInterface>;
  /** Re-reads the interface's phonebook entry (RRouterInterfaceUpdatePhonebookInfo). */
  updatePhonebookInfo(handle: number): Promise<void>;

  interfaceTransportInfo(handle: number, transportId: number): Promise<readonly InfoBlock[]>;
  addInterfaceTransport(handle: number, transportId: number, info: readonly InfoBlock[]): Promise<void>;
  setInterfaceTransportInfo(handle: number, transportId: number, info: readonly InfoBlock[]): Promise<void>;
  removeInterfaceTransport(handle: number, transportId: number): Promise<void>;
  /** RRouterInterfaceUpdateRoutes (demand-dial interfaces, must be connected). */
  updateRoutes(handle: number, transportId: number): Promise<void>;
  /** RRouterInterfaceQueryUpdateResult: the status of the last update. */
  queryUpdateResult(handle: number, transportId: number): Promise<number>;

  /** RRouterInterfaceGetCredentialsLocal (by interface name). */
  interfaceCredentials(name: string): Promise<InterfaceCredentials>;
  setInterfaceCredentials(name: string, credentials: InterfaceCredentials): Promise<void>;
  /**
   * MPR_CREDENTIALSEX_1 data for `level` (empty when never set). Level 0 is the EAP data; levels
   * 1, 2 and 3 name the interface's one preshared key interchangeably (3.1.4.41).
   */
  interfaceCredentialsEx(handle: number, level: number): Promise<Uint8Array>;
  /** Sets the EAP data (level 0) or the preshared key (1–3); an empty preshared key deletes it. */
  setInterfaceCredentialsEx(handle: number, level: number, data: Uint8Array): Promise<void>;
  interfaceCustomInfo(handle: number): Promise<InterfaceCustomIkev2Config | null>;
  setInterfaceCustomInfo(handle: number, config: InterfaceCustomIkev2Config): Promise<void>;
  /** Sub-entry device `index` (1-based) of a demand-dial interface's phonebook entry. */
  interfaceDevice(handle: number, index: number): Promise<PhonebookDevice>;
  setInterfaceDevice(handle: number, index: number, device: PhonebookDevice): Promise<void>;

  // ---------------------------------------------------------------- server-wide L2TP preshared key (40, 41)

  /**
   * The preshared key L2TP/IPsec uses server-wide: what RRouterInterfaceSetCredentialsEx /
   * GetCredentialsEx act on at dwLevel 2 with a NULL hInterface (3.1.4.41). Empty when none is set.
   */
  serverL2tpPresharedKey(): Promise<Uint8Array>;
  /** Sets the server's L2TP preshared key; an empty key deletes it (MPR_CREDENTIALSEX_1 dwSize 0). */
  setServerL2tpPresharedKey(key: Uint8Array): Promise<void>;

  // ---------------------------------------------------------------- transports (9, 10, 37)

  transports(): Promise<RouterTransport[]>;
  transport(transportId: number): Promise<RouterTransport>;
  createTransport(spec: NewTransport): Promise<RouterTransport>;
  setTransportGlobalInfo(transportId: number, globalInfo: readonly InfoBlock[]): Promise<void>;
  setTransportClientInterfaceInfo(transportId: number, info: readonly InfoBlock[]): Promise<void>;

  // ---------------------------------------------------------------- MIB: IPv4 forwarding table (26–31)

  /** Rows in MIB index order (dest, mask, policy, nextHop — numeric). */
  mibRoutes(): Promise<IpForwardRow[]>;
  mibCreateRoute(row: IpForwardInput): Promise<IpForwardRow>;
  mibDeleteRoute(key: IpForwardKey): Promise<void>;
  mibSetRoute(row: IpForwardInput): Promise<IpForwardRow>;
  mibGetRoute(key: IpForwardKey): Promise<IpForwardRow>;
  mibFirstRoute(): Promise<IpForwardRow>;
  /** The first row whose index is strictly greater than `key` (ERROR_NO_MORE_ITEMS after the last). */
  mibNextRoute(key: IpForwardKey): Promise<IpForwardRow>;

  // ---------------------------------------------------------------- devices (36) and RASRPC device config

  devices(): Promise<RasDevice[]>;
  device(guid: string): Promise<RasDevice>;
  setDevice(guid: string, change: RasDeviceChange): Promise<RasDevice>;
  setDeviceCalledIds(guid: string, calledIds: readonly string[]): Promise<void>;

  // ---------------------------------------------------------------- phonebook (RASRPC 5, DIMSVC 12–14, 25)

  phonebookEntries(): Promise<PhonebookEntry[]>;
  phonebookEntry(name: string): Promise<PhonebookEntry>;
  /** Creates or replaces an entry (case-insensitive name). */
  putPhonebookEntry(entry: PhonebookEntry): Promise<void>;
  /** RasRpcDeleteEntry; `phonebook` empty means the default (router.pbk). */
  deletePhonebookEntry(phonebook: string, name: string): Promise<void>;

  // ---------------------------------------------------------------- RASRPC (9, 10, 11, 14, 15)

  userPreferences(mode: number): Promise<UserPreferences>;
  setUserPreferences(mode: number, preferences: UserPreferences): Promise<void>;
  rasRpcInfo(): Promise<RasRpcInfo>;

  // ---------------------------------------------------------------- events

  /** Event log entries with seq > `afterSeq` (default 0: all kept), oldest first. */
  events(afterSeq?: number): Promise<RrasEvent[]>;
}
