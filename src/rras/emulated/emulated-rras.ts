/**
 * An emulated RRAS server: the default `RrasBackend`. Deterministic (injected clock and GUID
 * source), persistent (every accepted change is committed in one store transaction before the
 * method resolves) and faithful to RRAS's own rules: a disconnected port ends its connection and
 * frees every port of it, a MOBIKE update moves an IKEv2 tunnel to a new local interface and remote
 * endpoint, connected dial interfaces cannot be deleted, port-count changes wait for a restart.
 */
import { RrasStatus, Win32 } from '../../errors/status.js';
import type { JsonValue, Store } from '../../store/store.js';
import type { QuarantineTarget, RrasBackend } from '../backend.js';
import { RrasError } from '../model/errors.js';
import type { RrasIdSource } from '../model/ids.js';
import { foldName, ipv4ToNumber, isIpv4Text, isIpv6Text, randomIds, sameName } from '../model/ids.js';
import type {
  DeviceKind,
  EndpointUpdate,
  InfoBlock,
  InterfaceChange,
  InterfaceCredentials,
  InterfaceCustomIkev2Config,
  IpForwardInput,
  IpForwardKey,
  IpForwardRow,
  LinkStatistics,
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
  RrasEventKind,
  ServerConfig,
  ServerConfigChange,
  ServerConfigResult,
  ServerInfo,
  UserPreferences,
} from '../model/types.js';
import {
  PortFlags,
  RasConnectionFlags,
  RasHardwareCondition,
  RasPortCondition,
  RasQuarantineState,
  RasmanUsage,
  RouterConnectionState,
  RouterInterfaceType,
  RouterType,
  RrasLimits,
  UserPreferencesMode,
  ZERO_STATISTICS,
} from '../model/types.js';
import {
  RRAS_INFO_KEY,
  RrasCollections as C,
  fromDoc,
  hasRras,
  idKey,
  migrateRrasSchema,
  toDoc,
} from '../store.js';
import type {
  ConnectionDoc,
  DeviceDoc,
  IncomingConnection,
  InfoDoc,
  InterfaceDoc,
  PortDoc,
  RouteDoc,
  RrasInitialState,
  TransportDoc,
} from './state.js';
import {
  checkBool,
  checkBytes,
  checkDevice,
  checkDword,
  checkEndpoint,
  checkEntrySettings,
  checkGuid,
  checkInfoBlocks,
  checkIpv4,
  checkPolicy,
  checkText,
  checkTextList,
  invalid,
} from './validate.js';

export interface EmulatedRrasOptions {
  /** Milliseconds clock (default `Date.now`); durations and ages derive from it. */
  readonly clock?: () => number;
  readonly ids?: RrasIdSource;
}

const fail = (status: number, detail?: string): never => {
  throw new RrasError(status, detail);
};

const TUNNEL_KINDS: readonly DeviceKind[] = ['pptp', 'l2tp', 'sstp', 'ikev2'];
const MAX_MESSAGES_KEPT = 16;
const MAX_LIST = 64;

export class EmulatedRras implements RrasBackend {
  private readonly clock: () => number;
  private readonly ids: RrasIdSource;
  /** When this instance (the "service") started: uptime restarts with the service, state does not. */
  private readonly startedAt: number;

  private constructor(
    readonly store: Store,
    options: EmulatedRrasOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.ids = options.ids ?? randomIds;
    this.startedAt = this.clock();
  }

  /** True if `store` already holds an RRAS server. */
  static exists(store: Store): boolean {
    migrateRrasSchema(store);
    return hasRras(store);
  }

  /**
   * Opens the server held by `store` (ERROR_NOT_FOUND if none). Like a service start, it applies
   * port-count changes made since the last start: idle ports are added or removed to match.
   */
  static open(store: Store, options: EmulatedRrasOptions = {}): EmulatedRras {
    migrateRrasSchema(store);
    if (!hasRras(store)) fail(Win32.ERROR_NOT_FOUND, 'the store holds no RRAS server');
    const rras = new EmulatedRras(store, options);
    rras.store.transaction(() => rras.reconcilePorts());
    return rras;
  }

  /** Creates a server from `init`; refused if the store already holds one. */
  static create(store: Store, init: RrasInitialState, options: EmulatedRrasOptions = {}): EmulatedRras {
    migrateRrasSchema(store);
    if (hasRras(store)) fail(Win32.ERROR_ALREADY_EXISTS, 'the store already holds an RRAS server');
    const rras = new EmulatedRras(store, options);
    store.transaction(() => rras.initialize(init));
    return rras;
  }

  // ================================================================ server

  async serverInfo(): Promise<ServerInfo> {
    const info = this.info();
    const ports = this.portDocs();
    return {
      routerType: info.routerType,
      lanOnlyMode: (info.routerType & RouterType.ROUTER_TYPE_RAS) === 0,
      upTime: seconds(this.clock() - this.startedAt),
      totalPorts: ports.length,
      portsInUse: ports.filter((p) => p.connectionId !== 0).length,
      config: info.config,
    };
  }

  async routerType(): Promise<number> {
    return this.info().routerType;
  }

  async setServerConfig(change: ServerConfigChange): Promise<ServerConfigResult> {
    return this.mutate(() => {
      const info = this.info();
      const before = info.config;
      const next = mergeConfig(before, change);
      info.config = next;
      this.putInfo(info);
      // [MS-RRASM] <317>/<318>/<323>: a port count up to the device's MaxWanEndpoints applies at
      // once; beyond it the miniport must be reconfigured, which takes a reboot (here: the next
      // start, see reconcilePorts), and the method answers ERROR_SUCCESS_REBOOT_REQUIRED.
      let rebootRequired = false;
      for (const kind of TUNNEL_KINDS) {
        const cfg = tunnelConfig(next, kind);
        const portsChanged = cfg.numPorts !== tunnelConfig(before, kind).numPorts;
        for (const d of this.deviceDocs().filter((x) => x.kind === kind)) {
          d.numEndPoints = cfg.numPorts;
          d.rasEnabled = (cfg.portFlags & PortFlags.MPR_ENABLE_RAS_ON_DEVICE) !== 0;
          d.routerEnabled = (cfg.portFlags & PortFlags.MPR_ENABLE_ROUTING_ON_DEVICE) !== 0;
          this.putDevice(d);
          if (!portsChanged) continue;
          if (cfg.numPorts > d.maxWanEndPoints) rebootRequired = true;
          else this.reconcileDevicePorts(d, this.portDocs());
        }
      }
      this.event('server-config-changed', { rebootRequired });
      return { rebootRequired };
    });
  }

  // ================================================================ ports

  async ports(connectionId?: number): Promise<RasPort[]> {
    if (connectionId === undefined) return this.portDocs().map((p) => this.portView(p));
    const c = this.connDoc(connectionId);
    return c.portIds.map((id) => this.portView(this.portDoc(id)));
  }

  async port(portId: number): Promise<RasPort> {
    return this.portView(this.portDoc(portId));
  }

  async clearPortStats(portId: number): Promise<void> {
    this.mutate(() => {
      const p = this.portDoc(portId);
      p.stats = { ...ZERO_STATISTICS };
      this.putPort(p);
      this.event('port-stats-cleared', { portId });
    });
  }

  async resetPort(portId: number): Promise<void> {
    this.mutate(() => {
      this.portDoc(portId);
      this.event('port-reset', { portId });
    });
  }

  async disconnectPort(portId: number): Promise<void> {
    this.mutate(() => {
      const p = this.portDoc(portId);
      if (p.connectionId === 0) fail(RrasStatus.ERROR_PORT_NOT_CONNECTED, `port ${portId} has no connection`);
      this.event('port-disconnected', { portId, portName: p.name, connectionId: p.connectionId });
      this.endConnection(p.connectionId, 'port-disconnect');
    });
  }

  // ================================================================ connections

  async connections(): Promise<RasConnection[]> {
    return this.list<ConnectionDoc>(C.connections).map((c) => this.connView(c));
  }

  async connection(connectionId: number): Promise<RasConnection> {
    return this.connView(this.connDoc(connectionId));
  }

  async clearConnectionStats(connectionId: number): Promise<void> {
    this.mutate(() => {
      const c = this.connDoc(connectionId);
      c.stats = { ...ZERO_STATISTICS };
      this.putConn(c);
      this.event('connection-stats-cleared', { connectionId });
    });
  }

  async hangUpConnection(connectionId: number): Promise<void> {
    this.mutate(() => {
      this.connDoc(connectionId);
      this.endConnection(connectionId, 'hangup');
    });
  }

  async sendUserMessage(connectionId: number, message: string): Promise<void> {
    const text = checkText(message, RrasLimits.userMessage, 'message');
    this.mutate(() => {
      const c = this.connDoc(connectionId);
      c.messages = [...c.messages, text].slice(-MAX_MESSAGES_KEPT);
      this.putConn(c);
      this.event('user-message', { connectionId, userName: c.userName, message: text });
    });
  }

  async removeQuarantine(target: QuarantineTarget): Promise<void> {
    this.mutate(() => {
      let c: ConnectionDoc;
      if ('connectionId' in target) {
        c = this.connDoc(target.connectionId);
      } else {
        const ip = checkIpv4(target.clientIpv4Address, 'client address', false);
        c =
          this.list<ConnectionDoc>(C.connections).find((x) => x.projection.ipv4?.remoteAddress === ip) ??
          fail(Win32.ERROR_INVALID_HANDLE, `no connection has client address ${ip}`);
      }
      const was = c.quarantineState;
      c.quarantineState = RasQuarantineState.NORMAL;
      c.probationEnd = null;
      c.flags &= ~RasConnectionFlags.RAS_FLAGS_QUARANTINE_PRESENT;
      this.putConn(c);
      this.event('quarantine-removed', { connectionId: c.id, previousState: was });
    });
  }

  async updateConnectionEndpoint(connectionId: number, update: EndpointUpdate): Promise<RasConnection> {
    const remote = checkEndpoint(update.remoteEndpoint, 'remote endpoint');
    const ifIndex = checkDword(update.interfaceIndex, 'interface index');
    return this.mutate(() => {
      const c = this.connDoc(connectionId);
      if (c.kind !== 'ikev2' || c.ikev2 === null)
        fail(Win32.ERROR_NOT_SUPPORTED, `connection ${connectionId} is ${c.kind}, MOBIKE needs IKEv2`);
      const tunnel = c.ikev2!;
      if (!tunnel.mobikeCapable)
        fail(Win32.ERROR_NOT_SUPPORTED, `connection ${connectionId} did not negotiate MOBIKE`);
      const local = this.tunnelInterface(ifIndex);
      const localEndpoint = sameFamilyAddress(local, remote);
      if (localEndpoint === undefined)
        fail(
          Win32.ERROR_INVALID_PARAMETER,
          `interface ${ifIndex} has no address of the remote endpoint's family`,
        );
      const before = {
        local: c.localEndpoint,
        remote: c.remoteEndpoint,
        ifIndex: tunnel.localInterfaceIndex,
      };
      c.localEndpoint = localEndpoint!;
      c.remoteEndpoint = remote;
      c.ikev2 = {
        ...tunnel,
        localEndpoint: localEndpoint!,
        remoteEndpoint: remote,
        localInterfaceIndex: ifIndex,
        switchOvers: tunnel.switchOvers + 1,
      };
      this.putConn(c);
      this.event('mobike-update', {
        connectionId,
        oldInterfaceIndex: before.ifIndex,
        newInterfaceIndex: ifIndex,
        oldLocalEndpoint: before.local,
        newLocalEndpoint: localEndpoint!,
        oldRemoteEndpoint: before.remote,
        newRemoteEndpoint: remote,
      });
      return this.connView(c);
    });
  }

  // ================================================================ interfaces

  async interfaces(includeClientInterfaces = false): Promise<RouterInterface[]> {
    return this.ifDocs().filter((i) => includeClientInterfaces || i.type !== RouterInterfaceType.CLIENT);
  }

  async interface(handle: number): Promise<RouterInterface> {
    return this.ifDoc(handle);
  }

  async interfaceByName(name: string, includeClientInterfaces: boolean): Promise<RouterInterface> {
    checkText(name, RrasLimits.interfaceName, 'interface name');
    return this.ifByName(name, includeClientInterfaces);
  }

  async createInterface(spec: NewInterface): Promise<RouterInterface> {
    const name = checkText(spec.name, RrasLimits.interfaceName, 'interface name', false);
    const type = checkIfType(spec.type);
    // Client interfaces exist only for dial-in connections, and RRAS creates those itself;
    // TUNNEL1 and DIALOUT interfaces cannot be created remotely ([MS-RRASM] 3.1.4.13).
    if (
      type === RouterInterfaceType.CLIENT ||
      type === RouterInterfaceType.TUNNEL1 ||
      type === RouterInterfaceType.DIALOUT
    )
      invalid(`interfaces of type ${type} cannot be created`);
    const enabled = checkBool(spec.enabled, 'enabled');
    const hours = checkTextList(spec.dialoutHoursRestriction ?? [], 7 * 24, 64, 'dial-out hours');
    const settings = spec.phonebook ? checkEntrySettings(spec.phonebook, 'phonebook') : undefined;
    return this.mutate(() => {
      if (this.ifDocs().length >= RrasLimits.maxInterfaces)
        fail(Win32.ERROR_NOT_ENOUGH_MEMORY, 'too many interfaces');
      if (this.findIfByName(name, true)) fail(RrasStatus.ERROR_INTERFACE_ALREADY_EXISTS, name);
      let entry: string | null = null;
      if (type === RouterInterfaceType.FULL_ROUTER) {
        if (settings) this.putEntry({ ...settings, name, phonebook: ROUTER_PBK });
        entry = (this.findEntry(name) ?? fail(RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, name)).name;
      }
      const doc = this.newInterface({ name, type, enabled, ifIndex: this.nextIfIndex(), addresses: [] });
      doc.dialoutHoursRestriction = hours;
      doc.phonebookEntry = entry;
      // A dial interface starts down; only LAN-side interfaces are up as soon as they exist.
      if (isDialInterfaceType(type)) doc.connectionState = RouterConnectionState.DISCONNECTED;
      if (!enabled) doc.unreachabilityReasons |= 0x2;
      this.putIf(doc);
      this.event('interface-created', { handle: doc.handle, name, type });
      return doc;
    });
  }

  async setInterface(handle: number, change: InterfaceChange): Promise<RouterInterface> {
    const enabled = change.enabled === undefined ? undefined : checkBool(change.enabled, 'enabled');
    const hours =
      change.dialoutHoursRestriction === undefined
        ? undefined
        : checkTextList(change.dialoutHoursRestriction, 7 * 24, 64, 'dial-out hours');
    const settings = change.phonebook ? checkEntrySettings(change.phonebook, 'phonebook') : undefined;
    return this.mutate(() => {
      const i = this.ifDoc(handle);
      if (enabled !== undefined) {
        i.enabled = enabled;
        if (enabled) i.unreachabilityReasons &= ~0x2;
        else i.unreachabilityReasons |= 0x2;
      }
      if (hours !== undefined) i.dialoutHoursRestriction = hours;
      if (settings) {
        if (i.type !== RouterInterfaceType.FULL_ROUTER)
          fail(Win32.ERROR_INVALID_PARAMETER, 'phonebook settings apply to demand-dial interfaces only');
        this.putEntry({ ...settings, name: i.phonebookEntry ?? i.name, phonebook: ROUTER_PBK });
        i.phonebookEntry = i.phonebookEntry ?? i.name;
      }
      this.putIf(i);
      this.event('interface-changed', { handle });
      return i;
    });
  }

  /**
   * 3.1.4.16 names ERROR_INTERFACE_CONNECTED for the dial interfaces only (CLIENT, HOME_ROUTER,
   * FULL_ROUTER); a LAN, internal or loopback interface is "connected" whenever its adapter is up,
   * and that does not stop RRAS from removing it. (The section's processing step says "if the
   * interface is not connected"; its return table — "The interface is connected and therefore
   * cannot be deleted" — shows the negation is a slip.) Deleting a demand-dial interface also
   * removes its phonebook entry from PhonebookEntryNameList.
   */
  async deleteInterface(handle: number): Promise<void> {
    this.mutate(() => {
      const i = this.ifDoc(handle);
      if (isDialInterfaceType(i.type) && isUp(i)) fail(RrasStatus.ERROR_INTERFACE_CONNECTED, i.name);
      this.store.delete(C.interfaces, idKey(handle));
      let entry: string | null = null;
      if (i.type === RouterInterfaceType.FULL_ROUTER) {
        const e = this.findEntry(i.phonebookEntry ?? i.name);
        if (e) {
          this.store.delete(C.phonebook, foldName(e.name));
          entry = e.name;
        }
      }
      this.event('interface-deleted', { handle, name: i.name, phonebookEntry: entry });
    });
  }

  async connectInterface(handle: number): Promise<RouterInterface> {
    return this.mutate(() => {
      const i = this.ifDoc(handle);
      if (i.type !== RouterInterfaceType.FULL_ROUTER)
        fail(Win32.ERROR_INVALID_PARAMETER, `${i.name} is not a demand-dial interface`);
      if (!i.enabled) fail(RrasStatus.ERROR_INTERFACE_DISABLED, i.name);
      if (i.connectionState === RouterConnectionState.CONNECTED) return i;
      const entry =
        (i.phonebookEntry ? this.findEntry(i.phonebookEntry) : undefined) ??
        fail(RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, i.phonebookEntry ?? i.name);
      const kind = kindOfDeviceName(entry.deviceName) ?? 'ikev2';
      const port =
        this.portDocs().find(
          (p) => p.kind === kind && p.connectionId === 0 && this.deviceDoc(p.deviceGuid).routerEnabled,
        ) ?? fail(RrasStatus.ERROR_INTERFACE_HAS_NO_DEVICES, `no free routing port for ${entry.deviceName}`);
      const remote = entry.localPhoneNumber;
      const c = this.openConnection(port, {
        interfaceId: i.handle,
        interfaceName: i.name,
        interfaceType: RouterInterfaceType.FULL_ROUTER,
        userName: i.credentials?.userName ?? '',
        logonDomain: i.credentials?.domain ?? '',
        remoteComputer: '',
        remoteEndpoint: isIpv4Text(remote) || isIpv6Text(remote) ? remote : '',
        flags: kind === 'ikev2' ? 0 : RasConnectionFlags.RAS_FLAGS_PPP_CONNECTION,
        incoming: { kind, userName: '', logonDomain: '', remoteComputer: '', remoteEndpoint: remote },
      });
      i.connectionId = c.id;
      i.connectionState = RouterConnectionState.CONNECTED;
      i.lastError = 0;
      this.putIf(i);
      this.event('interface-connected', { handle, connectionId: c.id });
      return i;
    });
  }

  async disconnectInterface(handle: number): Promise<RouterInterface> {
    return this.mutate(() => {
      const i = this.ifDoc(handle);
      if (i.connectionId === 0) fail(RrasStatus.ERROR_INTERFACE_NOT_CONNECTED, i.name);
      this.endConnection(i.connectionId, 'interface-disconnect');
      return this.ifDoc(handle);
    });
  }

  async updatePhonebookInfo(handle: number): Promise<void> {
    this.mutate(() => {
      const i = this.ifDoc(handle);
      if (i.type !== RouterInterfaceType.FULL_ROUTER)
        fail(Win32.ERROR_INVALID_PARAMETER, `${i.name} is not a demand-dial interface`);
      if (!i.phonebookEntry || !this.findEntry(i.phonebookEntry))
        fail(RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, i.phonebookEntry ?? i.name);
      i.phonebookVersion += 1;
      this.putIf(i);
      this.event('phonebook-changed', { handle, entry: i.phonebookEntry });
    });
  }

  async interfaceTransportInfo(handle: number, transportId: number): Promise<readonly InfoBlock[]> {
    return this.ifTransport(this.ifDoc(handle), transportId).info;
  }

  async addInterfaceTransport(
    handle: number,
    transportId: number,
    info: readonly InfoBlock[],
  ): Promise<void> {
    const blocks = checkInfoBlocks(info, 'interface info');
    this.mutate(() => {
      const i = this.ifDoc(handle);
      this.transportDoc(transportId);
      if (i.transports.some((t) => t.transportId === transportId))
        fail(
          RrasStatus.ERROR_PROTOCOL_ALREADY_INSTALLED,
          `transport 0x${transportId.toString(16)} on ${i.name}`,
        );
      i.transports = [...i.transports, { transportId, info: blocks, lastUpdateResult: null }].sort(
        (a, b) => a.transportId - b.transportId,
      );
      this.putIf(i);
      this.event('interface-changed', { handle, transportId, change: 'transport-added' });
    });
  }

  async setInterfaceTransportInfo(
    handle: number,
    transportId: number,
    info: readonly InfoBlock[],
  ): Promise<void> {
    const blocks = checkInfoBlocks(info, 'interface info');
    this.mutate(() => {
      const i = this.ifDoc(handle);
      const t = this.ifTransport(i, transportId);
      i.transports = i.transports.map((x) => (x === t ? { ...t, info: blocks } : x));
      this.putIf(i);
      this.event('interface-changed', { handle, transportId, change: 'transport-info' });
    });
  }

  async removeInterfaceTransport(handle: number, transportId: number): Promise<void> {
    this.mutate(() => {
      const i = this.ifDoc(handle);
      const t = this.ifTransport(i, transportId);
      i.transports = i.transports.filter((x) => x !== t);
      this.putIf(i);
      this.event('interface-changed', { handle, transportId, change: 'transport-removed' });
    });
  }

  async updateRoutes(handle: number, transportId: number): Promise<void> {
    this.mutate(() => {
      const i = this.ifDoc(handle);
      if (i.type !== RouterInterfaceType.FULL_ROUTER)
        fail(Win32.ERROR_INVALID_PARAMETER, `${i.name} is not a demand-dial interface`);
      const t = this.ifTransport(i, transportId);
      if (i.connectionState !== RouterConnectionState.CONNECTED)
        fail(RrasStatus.ERROR_INTERFACE_NOT_CONNECTED, i.name);
      i.transports = i.transports.map((x) => (x === t ? { ...t, lastUpdateResult: Win32.ERROR_SUCCESS } : x));
      this.putIf(i);
      this.event('routes-updated', { handle, transportId });
    });
  }

  async queryUpdateResult(handle: number, transportId: number): Promise<number> {
    const t = this.ifTransport(this.ifDoc(handle), transportId);
    return t.lastUpdateResult ?? fail(RrasStatus.ERROR_CAN_NOT_COMPLETE, 'no route update was requested');
  }

  async interfaceCredentials(name: string): Promise<InterfaceCredentials> {
    checkText(name, RrasLimits.interfaceName, 'interface name');
    const i = this.ifByName(name, false);
    return i.credentials ?? { userName: '', domain: '', password: '' };
  }

  async setInterfaceCredentials(name: string, credentials: InterfaceCredentials): Promise<void> {
    checkText(name, RrasLimits.interfaceName, 'interface name');
    const creds: InterfaceCredentials = {
      userName: checkText(credentials.userName, RrasLimits.userName, 'user name'),
      domain: checkText(credentials.domain, RrasLimits.logonDomain, 'domain'),
      password: checkText(credentials.password, RrasLimits.password, 'password'),
    };
    this.mutate(() => {
      const i = this.ifByName(name, false);
      i.credentials = creds;
      this.putIf(i);
      this.event('interface-changed', { handle: i.handle, change: 'credentials' });
    });
  }

  async interfaceCredentialsEx(handle: number, level: number): Promise<Uint8Array> {
    const slot = credentialSlot(level);
    const found = this.ifDoc(handle).credentialsEx.find((c) => credentialSlot(c.level) === slot);
    return found ? new Uint8Array(found.data) : new Uint8Array(0);
  }

  async setInterfaceCredentialsEx(handle: number, level: number, data: Uint8Array): Promise<void> {
    const slot = credentialSlot(level);
    const bytes =
      slot === PSK_SLOT
        ? checkBytes(data, RrasLimits.presharedKey, 'preshared key')
        : checkBytes(data, RrasLimits.maxInfoBlockBytes, 'credentials data');
    this.mutate(() => {
      const i = this.ifDoc(handle);
      const others = i.credentialsEx.filter((c) => credentialSlot(c.level) !== slot);
      // MPR_CREDENTIALSEX_1 with dwSize 0 deletes a preshared key (2.2.1.2.87).
      const keep = slot === PSK_SLOT && bytes.length === 0 ? [] : [{ level: slot, data: bytes }];
      i.credentialsEx = [...others, ...keep].sort((a, b) => a.level - b.level);
      this.putIf(i);
      this.event('interface-changed', { handle, change: 'credentials-ex', level: slot });
    });
  }

  // ================================================================ server-wide L2TP preshared key

  async serverL2tpPresharedKey(): Promise<Uint8Array> {
    const key = this.info().l2tpPresharedKey;
    return key ? new Uint8Array(key) : new Uint8Array(0);
  }

  async setServerL2tpPresharedKey(key: Uint8Array): Promise<void> {
    const bytes = checkBytes(key, RrasLimits.presharedKey, 'preshared key');
    this.mutate(() => {
      const info = this.info();
      const had = info.l2tpPresharedKey !== undefined && info.l2tpPresharedKey.length > 0;
      if (bytes.length === 0) delete info.l2tpPresharedKey;
      else info.l2tpPresharedKey = bytes;
      this.putInfo(info);
      // The key itself stays out of the event log.
      this.event('server-config-changed', {
        change: 'l2tp-preshared-key',
        configured: bytes.length > 0,
        replaced: had,
      });
    });
  }

  async interfaceCustomInfo(handle: number): Promise<InterfaceCustomIkev2Config | null> {
    return this.ifDoc(handle).customIkev2;
  }

  async setInterfaceCustomInfo(handle: number, config: InterfaceCustomIkev2Config): Promise<void> {
    if (config.revision !== 1 && config.revision !== 2) invalid('custom info revision must be 1 or 2');
    const cfg: InterfaceCustomIkev2Config = {
      revision: config.revision,
      flags: checkDword(config.flags, 'flags'),
      saLifeTime: checkDword(config.saLifeTime, 'saLifeTime'),
      saDataSize: checkDword(config.saDataSize, 'saDataSize'),
      certificateName: checkBytes(config.certificateName, 4096, 'certificateName'),
      customPolicy: checkPolicy(config.customPolicy, 'customPolicy'),
      certificateHash:
        config.revision === 2 ? checkBytes(config.certificateHash, 64, 'certificateHash') : new Uint8Array(0),
    };
    this.mutate(() => {
      const i = this.ifDoc(handle);
      i.customIkev2 = cfg;
      this.putIf(i);
      this.event('interface-changed', { handle, change: 'custom-info', revision: cfg.revision });
    });
  }

  async interfaceDevice(handle: number, index: number): Promise<PhonebookDevice> {
    const entry = this.ifEntry(this.ifDoc(handle));
    return entry.devices[index - 1] ?? fail(RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST, `device ${index}`);
  }

  async setInterfaceDevice(handle: number, index: number, device: PhonebookDevice): Promise<void> {
    const d = checkDevice(device, 'device');
    this.mutate(() => {
      const entry = this.ifEntry(this.ifDoc(handle));
      if (!Number.isInteger(index) || index < 1 || index > entry.devices.length)
        fail(RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST, `device ${index}`);
      this.putEntry({ ...entry, devices: entry.devices.map((x, n) => (n === index - 1 ? d : x)) });
      this.event('phonebook-changed', { handle, entry: entry.name, device: index });
    });
  }

  // ================================================================ transports

  async transports(): Promise<RouterTransport[]> {
    return this.list<TransportDoc>(C.transports);
  }

  async transport(transportId: number): Promise<RouterTransport> {
    return this.transportDoc(transportId);
  }

  async createTransport(spec: NewTransport): Promise<RouterTransport> {
    const transportId = checkDword(spec.transportId, 'transport id');
    const doc: TransportDoc = {
      transportId,
      name: checkText(spec.name, RrasLimits.interfaceName, 'transport name'),
      dllPath: checkText(spec.dllPath, RrasLimits.path, 'DLL path'),
      globalInfo: checkInfoBlocks(spec.globalInfo, 'global info'),
      clientInterfaceInfo: checkInfoBlocks(spec.clientInterfaceInfo, 'client interface info'),
      routingProtocols: [],
    };
    return this.mutate(() => {
      if (this.get<TransportDoc>(C.transports, idKey(transportId)))
        fail(RrasStatus.ERROR_PROTOCOL_ALREADY_INSTALLED, `transport 0x${transportId.toString(16)}`);
      this.put(C.transports, idKey(transportId), doc);
      this.event('transport-created', { transportId, name: doc.name });
      return doc;
    });
  }

  async setTransportGlobalInfo(transportId: number, globalInfo: readonly InfoBlock[]): Promise<void> {
    const blocks = checkInfoBlocks(globalInfo, 'global info');
    this.mutate(() => {
      const t = this.transportDoc(transportId);
      t.globalInfo = blocks;
      this.put(C.transports, idKey(transportId), t);
      this.event('transport-changed', { transportId, change: 'global-info' });
    });
  }

  async setTransportClientInterfaceInfo(transportId: number, info: readonly InfoBlock[]): Promise<void> {
    const blocks = checkInfoBlocks(info, 'client interface info');
    this.mutate(() => {
      const t = this.transportDoc(transportId);
      t.clientInterfaceInfo = blocks;
      this.put(C.transports, idKey(transportId), t);
      this.event('transport-changed', { transportId, change: 'client-interface-info' });
    });
  }

  // ================================================================ MIB

  async mibRoutes(): Promise<IpForwardRow[]> {
    return this.list<RouteDoc>(C.routes).map((r) => this.routeView(r));
  }

  async mibCreateRoute(row: IpForwardInput): Promise<IpForwardRow> {
    const r = checkRoute(row);
    return this.mutate(() => {
      const key = routeKey(r);
      if (this.get<RouteDoc>(C.routes, key))
        fail(Win32.ERROR_ALREADY_EXISTS, `route ${r.dest}/${r.mask} via ${r.nextHop}`);
      if (this.store.list(C.routes).length >= RrasLimits.maxRoutes)
        fail(Win32.ERROR_NOT_ENOUGH_MEMORY, 'too many routes');
      this.checkIfIndex(r.ifIndex);
      const doc: RouteDoc = { ...r, createdAt: this.clock() };
      this.put(C.routes, key, doc);
      this.event('route-created', { dest: r.dest, mask: r.mask, nextHop: r.nextHop });
      return this.routeView(doc);
    });
  }

  async mibDeleteRoute(key: IpForwardKey): Promise<void> {
    const k = routeKey(checkRouteKey(key));
    this.mutate(() => {
      if (!this.store.delete(C.routes, k)) fail(Win32.ERROR_NOT_FOUND, `route ${key.dest}/${key.mask}`);
      this.event('route-deleted', { dest: key.dest, mask: key.mask, nextHop: key.nextHop });
    });
  }

  async mibSetRoute(row: IpForwardInput): Promise<IpForwardRow> {
    const r = checkRoute(row);
    return this.mutate(() => {
      const key = routeKey(r);
      const old =
        this.get<RouteDoc>(C.routes, key) ?? fail(Win32.ERROR_NOT_FOUND, `route ${r.dest}/${r.mask}`);
      this.checkIfIndex(r.ifIndex);
      const doc: RouteDoc = { ...r, createdAt: old.createdAt };
      this.put(C.routes, key, doc);
      this.event('route-changed', { dest: r.dest, mask: r.mask, nextHop: r.nextHop });
      return this.routeView(doc);
    });
  }

  async mibGetRoute(key: IpForwardKey): Promise<IpForwardRow> {
    const k = routeKey(checkRouteKey(key));
    return this.routeView(
      this.get<RouteDoc>(C.routes, k) ?? fail(Win32.ERROR_NOT_FOUND, `route ${key.dest}/${key.mask}`),
    );
  }

  async mibFirstRoute(): Promise<IpForwardRow> {
    const first = this.store.list(C.routes)[0];
    return first
      ? this.routeView(fromDoc<RouteDoc>(first.value))
      : fail(Win32.ERROR_NO_MORE_ITEMS, 'no routes');
  }

  async mibNextRoute(key: IpForwardKey): Promise<IpForwardRow> {
    const k = routeKey(checkRouteKey(key));
    const next = this.store.list(C.routes).find((e) => e.key > k);
    return next
      ? this.routeView(fromDoc<RouteDoc>(next.value))
      : fail(Win32.ERROR_NO_MORE_ITEMS, 'no further route');
  }

  // ================================================================ devices

  async devices(): Promise<RasDevice[]> {
    return this.deviceDocs().map(deviceView);
  }

  async device(guid: string): Promise<RasDevice> {
    return deviceView(this.deviceDoc(checkGuid(guid, 'device')));
  }

  async setDevice(guid: string, change: RasDeviceChange): Promise<RasDevice> {
    const g = checkGuid(guid, 'device');
    return this.mutate(() => {
      const d = this.deviceDoc(g);
      if (change.rasEnabled !== undefined) d.rasEnabled = checkBool(change.rasEnabled, 'rasEnabled');
      if (change.routerEnabled !== undefined)
        d.routerEnabled = checkBool(change.routerEnabled, 'routerEnabled');
      if (change.routerOutboundEnabled !== undefined)
        d.routerOutboundEnabled = checkBool(change.routerOutboundEnabled, 'routerOutboundEnabled');
      if (change.maxInCalls !== undefined) d.maxInCalls = checkDword(change.maxInCalls, 'maxInCalls');
      if (change.maxOutCalls !== undefined) d.maxOutCalls = checkDword(change.maxOutCalls, 'maxOutCalls');
      let portsChanged = false;
      if (change.numEndPoints !== undefined) {
        const n = checkDword(change.numEndPoints, 'numEndPoints');
        if (n < d.minWanEndPoints || n > d.maxWanEndPoints)
          invalid(`numEndPoints must be within ${d.minWanEndPoints}..${d.maxWanEndPoints}`);
        portsChanged = n !== d.numEndPoints;
        d.numEndPoints = n;
      }
      this.putDevice(d);
      // Within MaxWanEndpoints a new count applies at once (as for RMprAdminServerSetInfo, <317>).
      if (portsChanged) this.reconcileDevicePorts(d, this.portDocs());
      if ((TUNNEL_KINDS as readonly string[]).includes(d.kind)) {
        const info = this.info();
        const flags =
          (d.rasEnabled ? PortFlags.MPR_ENABLE_RAS_ON_DEVICE : 0) |
          (d.routerEnabled ? PortFlags.MPR_ENABLE_ROUTING_ON_DEVICE : 0);
        info.config = mergeConfig(info.config, { [d.kind]: { numPorts: d.numEndPoints, portFlags: flags } });
        this.putInfo(info);
      }
      this.event('device-changed', { guid: g, name: d.name });
      return deviceView(d);
    });
  }

  async setDeviceCalledIds(guid: string, calledIds: readonly string[]): Promise<void> {
    const g = checkGuid(guid, 'device');
    const ids = checkTextList(calledIds, MAX_LIST, RrasLimits.phoneNumber, 'called ids');
    this.mutate(() => {
      const d = this.deviceDoc(g);
      d.calledIds = ids;
      this.putDevice(d);
      this.event('device-changed', { guid: g, change: 'called-ids' });
    });
  }

  // ================================================================ phonebook

  async phonebookEntries(): Promise<PhonebookEntry[]> {
    return this.list<PhonebookEntry>(C.phonebook);
  }

  async phonebookEntry(name: string): Promise<PhonebookEntry> {
    checkText(name, RrasLimits.entryName, 'entry name');
    return this.findEntry(name) ?? fail(RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, name);
  }

  async putPhonebookEntry(entry: PhonebookEntry): Promise<void> {
    const name = checkText(entry.name, RrasLimits.entryName, 'entry name', false);
    const phonebook = checkText(entry.phonebook, RrasLimits.path, 'phonebook');
    const settings = checkEntrySettings(entry, 'entry');
    this.mutate(() => {
      if (!this.findEntry(name) && this.store.list(C.phonebook).length >= RrasLimits.maxPhonebookEntries)
        fail(Win32.ERROR_NOT_ENOUGH_MEMORY, 'too many phonebook entries');
      this.putEntry({ ...settings, name, phonebook: phonebook || ROUTER_PBK });
      this.event('phonebook-changed', { entry: name });
    });
  }

  async deletePhonebookEntry(phonebook: string, name: string): Promise<void> {
    const book = checkText(phonebook, RrasLimits.path, 'phonebook');
    checkText(name, RrasLimits.entryName, 'entry name', false);
    this.mutate(() => {
      const e = this.findEntry(name);
      if (!e || (book !== '' && !sameName(baseName(book), baseName(e.phonebook))))
        fail(RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, name);
      const user = this.ifDocs().find(
        (i) => i.phonebookEntry !== null && sameName(i.phonebookEntry, e!.name),
      );
      if (user && user.connectionId !== 0) fail(RrasStatus.ERROR_INTERFACE_CONNECTED, user.name);
      this.store.delete(C.phonebook, foldName(e!.name));
      this.event('phonebook-changed', { entry: e!.name, change: 'deleted' });
    });
  }

  // ================================================================ RASRPC

  async userPreferences(mode: number): Promise<UserPreferences> {
    checkMode(mode);
    return (
      this.get<UserPreferences>(C.preferences, String(mode)) ?? fail(Win32.ERROR_NOT_FOUND, `mode ${mode}`)
    );
  }

  async setUserPreferences(mode: number, preferences: UserPreferences): Promise<void> {
    checkMode(mode);
    const p = checkPreferences(preferences);
    this.mutate(() => {
      this.put(C.preferences, String(mode), p);
    });
  }

  async rasRpcInfo(): Promise<RasRpcInfo> {
    return this.info().rasRpc;
  }

  // ================================================================ events

  async events(afterSeq = 0): Promise<RrasEvent[]> {
    return this.list<RrasEvent>(C.events).filter((e) => e.seq > afterSeq);
  }

  // ================================================================ emulation only

  /**
   * A VPN client arrives: takes a free port of `spec.kind`, creates the client interface and the
   * connection (what RRAS does after authentication). Not part of `RrasBackend`: RRASM cannot cause
   * it; the demo state and tests use it.
   */
  async acceptConnection(spec: IncomingConnection): Promise<RasConnection> {
    return this.mutate(() => this.accept(spec));
  }

  /** Synchronous form for setup code running inside a transaction. */
  acceptConnectionSync(spec: IncomingConnection): RasConnection {
    return this.mutate(() => this.accept(spec));
  }

  // ================================================================ internals: setup

  private initialize(init: RrasInitialState): void {
    const info: InfoDoc = {
      routerType: checkDword(init.routerType, 'routerType'),
      config: init.config,
      rasRpc: init.rasRpc,
      next: { port: 1, connection: 1, interface: 1, ifIndex: 16, event: 1 },
    };
    this.putInfo(info);
    for (const t of init.transports) {
      const doc: TransportDoc = {
        transportId: t.transportId,
        name: t.name,
        dllPath: t.dllPath,
        globalInfo: checkInfoBlocks(t.globalInfo, 'global info'),
        clientInterfaceInfo: checkInfoBlocks(t.clientInterfaceInfo, 'client interface info'),
        routingProtocols: [...t.routingProtocols],
      };
      this.put(C.transports, idKey(t.transportId), doc);
    }
    for (const e of init.phonebook) this.putEntry(e);
    for (const s of init.devices) {
      const kind = s.device.kind;
      const cfg = (TUNNEL_KINDS as readonly string[]).includes(kind)
        ? tunnelConfig(init.config, kind)
        : undefined;
      const d: DeviceDoc = {
        ...s.device,
        guid: checkGuid(s.device.guid, 'device guid'),
        numEndPoints: cfg?.numPorts ?? 1,
        rasEnabled: cfg ? (cfg.portFlags & PortFlags.MPR_ENABLE_RAS_ON_DEVICE) !== 0 : true,
        routerEnabled: cfg ? (cfg.portFlags & PortFlags.MPR_ENABLE_ROUTING_ON_DEVICE) !== 0 : false,
        template: s.template,
      };
      this.putDevice(d);
    }
    this.reconcilePorts();
    for (const s of init.interfaces) {
      const i = this.newInterface(s);
      if (s.ifIndex >= this.info().next.ifIndex) {
        const inf = this.info();
        inf.next.ifIndex = s.ifIndex + 1;
        this.putInfo(inf);
      }
      this.putIf(i);
    }
    for (const r of init.routes) {
      const row = checkRoute(r);
      this.put(C.routes, routeKey(row), { ...row, createdAt: this.clock() } satisfies RouteDoc);
    }
    const prefs = checkPreferences(init.preferences);
    for (const mode of Object.values(UserPreferencesMode)) this.put(C.preferences, String(mode), prefs);
  }

  /**
   * At a start, brings each device's ports to its configured count, touching only idle ports. A
   * count beyond MaxWanEndpoints (a change that waited for this restart) raises the maximum, as
   * the reconfigured miniport now supports it.
   */
  private reconcilePorts(): void {
    const ports = this.portDocs();
    for (const d of this.deviceDocs()) {
      if (d.numEndPoints > d.maxWanEndPoints) {
        d.maxWanEndPoints = d.numEndPoints;
        this.putDevice(d);
      }
      this.reconcileDevicePorts(d, ports);
    }
  }

  /** Adds or removes idle ports of `d` until it has its configured count (ports in use stay). */
  private reconcileDevicePorts(d: DeviceDoc, ports: readonly PortDoc[]): void {
    const mine = ports.filter((p) => p.deviceGuid === d.guid).sort((a, b) => a.slot - b.slot);
    const want = Math.min(d.numEndPoints, RrasLimits.maxPorts);
    if (mine.length < want) {
      const used = new Set(mine.map((p) => p.slot));
      let slot = 0;
      for (let n = mine.length; n < want; n++) {
        while (used.has(slot)) slot++;
        used.add(slot);
        this.putPort(this.newPort(d, slot));
      }
    } else if (mine.length > want) {
      let surplus = mine.length - want;
      for (const p of [...mine].reverse()) {
        if (surplus === 0) break;
        if (p.connectionId !== 0) continue;
        this.store.delete(C.ports, idKey(p.id));
        surplus--;
      }
    }
  }

  private newPort(d: DeviceDoc, slot: number): PortDoc {
    const info = this.info();
    const id = info.next.port++;
    this.putInfo(info);
    return {
      id,
      slot,
      name: `${d.template.portPrefix}-${slot}`,
      mediaName: d.template.mediaName,
      deviceName: d.name,
      deviceType: d.template.portDeviceType,
      kind: d.kind,
      deviceGuid: d.guid,
      condition: RasPortCondition.LISTENING,
      hardwareCondition: RasHardwareCondition.OPERATIONAL,
      totalCalls: 0,
      connectionId: 0,
      connectStartTime: null,
      connectDuration: 0,
      lineSpeed: d.template.lineSpeed,
      stats: { ...ZERO_STATISTICS },
      configuredUsage:
        (d.rasEnabled ? RasmanUsage.CALL_IN : 0) | (d.routerEnabled ? RasmanUsage.CALL_ROUTER : 0),
      currentUsage: RasmanUsage.CALL_NONE,
      lineDeviceId: d.tapiLineId,
      addressId: slot,
    };
  }

  private newInterface(s: {
    name: string;
    type: number;
    enabled: boolean;
    ifIndex: number;
    addresses: readonly string[];
    connectionState?: number;
    unreachabilityReasons?: number;
    transports?: readonly { transportId: number; info: readonly InfoBlock[] }[];
    phonebookEntry?: string | null;
    credentials?: InterfaceCredentials | null;
    dialoutHoursRestriction?: readonly string[];
  }): InterfaceDoc {
    const info = this.info();
    const handle = info.next.interface++;
    this.putInfo(info);
    for (const a of s.addresses) if (!isIpv4Text(a) && !isIpv6Text(a)) invalid(`address ${a}`);
    return {
      handle,
      name: checkText(s.name, RrasLimits.interfaceName, 'interface name', false),
      type: checkIfType(s.type),
      enabled: s.enabled,
      connectionState: (s.connectionState ?? RouterConnectionState.CONNECTED) as RouterConnectionState,
      unreachabilityReasons: s.unreachabilityReasons ?? 0,
      lastError: 0,
      dialoutHoursRestriction: [...(s.dialoutHoursRestriction ?? [])],
      transports: (s.transports ?? []).map((t) => ({
        transportId: t.transportId,
        info: checkInfoBlocks(t.info, 'interface info'),
        lastUpdateResult: null,
      })),
      credentials: s.credentials ?? null,
      credentialsEx: [],
      customIkev2: null,
      phonebookEntry: s.phonebookEntry ?? null,
      connectionId: 0,
      ifIndex: checkDword(s.ifIndex, 'ifIndex'),
      addresses: [...s.addresses],
      phonebookVersion: 0,
    };
  }

  private nextIfIndex(): number {
    const info = this.info();
    const n = info.next.ifIndex++;
    this.putInfo(info);
    return n;
  }

  // ================================================================ internals: connections

  private accept(spec: IncomingConnection): RasConnection {
    const userName = checkText(spec.userName, RrasLimits.userName, 'user name', false);
    const logonDomain = checkText(spec.logonDomain, RrasLimits.logonDomain, 'logon domain');
    const remoteComputer = checkText(spec.remoteComputer, RrasLimits.remoteComputer, 'remote computer');
    const remoteEndpoint = checkEndpoint(spec.remoteEndpoint, 'remote endpoint');
    const port =
      this.portDocs().find(
        (p) => p.kind === spec.kind && p.connectionId === 0 && this.deviceDoc(p.deviceGuid).rasEnabled,
      ) ?? fail(RrasStatus.ERROR_PORT_NOT_FOUND, `no free ${spec.kind} port`);
    if (this.findIfByName(userName, true)) fail(RrasStatus.ERROR_INTERFACE_ALREADY_EXISTS, userName);
    const client = this.newInterface({
      name: userName,
      type: RouterInterfaceType.CLIENT,
      enabled: true,
      ifIndex: this.nextIfIndex(),
      addresses: [],
    });
    const isPpp = spec.kind !== 'ikev2';
    const flags =
      RasConnectionFlags.RAS_FLAGS_RAS_CONNECTION |
      (isPpp ? RasConnectionFlags.RAS_FLAGS_PPP_CONNECTION : 0) |
      (spec.quarantineState === RasQuarantineState.QUARANTINE ||
      spec.quarantineState === RasQuarantineState.PROBATION
        ? RasConnectionFlags.RAS_FLAGS_QUARANTINE_PRESENT
        : 0) |
      (spec.extraFlags ?? 0);
    const c = this.openConnection(port, {
      interfaceId: client.handle,
      interfaceName: userName,
      interfaceType: RouterInterfaceType.CLIENT,
      userName,
      logonDomain,
      remoteComputer,
      remoteEndpoint,
      flags,
      incoming: spec,
    });
    client.connectionId = c.id;
    this.putIf(client);
    return this.connView(c);
  }

  private openConnection(
    port: PortDoc,
    o: {
      interfaceId: number;
      interfaceName: string;
      interfaceType: RouterInterfaceType;
      userName: string;
      logonDomain: string;
      remoteComputer: string;
      remoteEndpoint: string;
      flags: number;
      incoming: IncomingConnection;
    },
  ): ConnectionDoc {
    if (this.store.list(C.connections).length >= RrasLimits.maxPorts)
      fail(Win32.ERROR_NOT_ENOUGH_MEMORY, 'too many connections');
    const spec = o.incoming;
    const now = spec.connectedAt ?? this.clock();
    const local = this.pickLocalInterface(o.remoteEndpoint, spec.localInterfaceIndex);
    const localEndpoint = local ? (sameFamilyAddress(local, o.remoteEndpoint) ?? '') : '';
    const info = this.info();
    const id = info.next.connection++;
    this.putInfo(info);
    const internal = this.ifDocs().find((i) => i.type === RouterInterfaceType.INTERNAL);
    const serverIpv4 = internal?.addresses.find(isIpv4Text) ?? '';
    const clientIpv4 = spec.clientIpv4 ? checkIpv4(spec.clientIpv4, 'client address', false) : '';
    const stats: LinkStatistics = { ...ZERO_STATISTICS, ...(spec.stats ?? {}) };
    const c: ConnectionDoc = {
      id,
      interfaceId: o.interfaceId,
      interfaceName: o.interfaceName,
      interfaceType: o.interfaceType,
      kind: spec.kind,
      flags: o.flags,
      userName: o.userName,
      logonDomain: o.logonDomain,
      remoteComputer: o.remoteComputer,
      guid: this.ids.guid(),
      portIds: [port.id],
      connectStartTime: now,
      connectDuration: 0,
      stats,
      projection: {
        ipv4: clientIpv4
          ? {
              negotiationError: 0,
              address: serverIpv4,
              remoteAddress: clientIpv4,
              options: 0,
              remoteOptions: 0,
              subInterfaceIndex: id,
            }
          : null,
        ipv6: spec.clientIpv6InterfaceId
          ? {
              negotiationError: 0,
              interfaceIdentifier: new Uint8Array([0, 0, 0, 0, 0, 0, 0, 1]),
              remoteInterfaceIdentifier: checkBytes(spec.clientIpv6InterfaceId, 8, 'IPv6 interface id'),
              prefix: new Uint8Array(8),
              prefixLength: 0,
              options: 0,
              remoteOptions: 0,
              subInterfaceIndex: id,
            }
          : null,
        link: {
          lcpError: 0,
          authenticationProtocol: spec.authenticationProtocol ?? 0,
          authenticationData: spec.authenticationData ?? 0,
          remoteAuthenticationProtocol: 0,
          remoteAuthenticationData: 0,
          lcpTerminateReason: 0,
          lcpRemoteTerminateReason: 0,
          lcpOptions: 0,
          lcpRemoteOptions: 0,
          eapTypeId: spec.eapTypeId ?? 0,
          embeddedEapTypeId: 0,
          remoteEapTypeId: 0,
          ccpError: 0,
          compressionAlgorithm: 0,
          ccpOptions: 0,
          remoteCompressionAlgorithm: 0,
          ccpRemoteOptions: 0,
          encryptionMethod: spec.encryptionMethod ?? 0,
          ikev2Options: 0,
        },
      },
      localEndpoint,
      remoteEndpoint: o.remoteEndpoint,
      ikev2:
        spec.kind === 'ikev2'
          ? {
              localEndpoint,
              remoteEndpoint: o.remoteEndpoint,
              localInterfaceIndex: local?.ifIndex ?? 0,
              mobikeCapable: spec.mobikeCapable ?? true,
              switchOvers: 0,
            }
          : null,
      quarantineState: spec.quarantineState ?? RasQuarantineState.NORMAL,
      probationEnd: spec.probationEnd ?? null,
      messages: [],
    };
    this.putConn(c);
    port.connectionId = id;
    port.condition = RasPortCondition.AUTHENTICATED;
    port.connectStartTime = now;
    port.totalCalls += 1;
    port.stats = { ...stats };
    port.currentUsage =
      o.interfaceType === RouterInterfaceType.CLIENT ? RasmanUsage.CALL_IN : RasmanUsage.CALL_ROUTER;
    this.putPort(port);
    return c;
  }

  /** Ends a connection: frees its ports, drops a client interface, marks a demand-dial one disconnected. */
  private endConnection(connectionId: number, reason: string): void {
    const c = this.connDoc(connectionId);
    for (const id of c.portIds) {
      const p = this.get<PortDoc>(C.ports, idKey(id));
      if (!p) continue;
      p.connectionId = 0;
      p.condition = RasPortCondition.LISTENING;
      p.connectStartTime = null;
      p.currentUsage = RasmanUsage.CALL_NONE;
      this.putPort(p);
    }
    this.store.delete(C.connections, idKey(connectionId));
    const i = this.get<InterfaceDoc>(C.interfaces, idKey(c.interfaceId));
    if (i) {
      if (i.type === RouterInterfaceType.CLIENT) {
        this.store.delete(C.interfaces, idKey(i.handle));
      } else {
        i.connectionId = 0;
        i.connectionState = RouterConnectionState.DISCONNECTED;
        this.putIf(i);
        this.event('interface-disconnected', { handle: i.handle, connectionId });
      }
    }
    this.event('connection-ended', {
      connectionId,
      userName: c.userName,
      kind: c.kind,
      reason,
      duration: seconds(this.clock() - c.connectStartTime),
    });
  }

  private pickLocalInterface(remote: string, ifIndex: number | undefined): InterfaceDoc | undefined {
    if (ifIndex !== undefined) return this.tunnelInterface(ifIndex);
    if (!remote) return undefined;
    return this.ifDocs().find(
      (i) => i.type === RouterInterfaceType.DEDICATED && sameFamilyAddress(i, remote) !== undefined,
    );
  }

  /** A LAN interface a tunnel can run on, by IPv4 interface index. */
  private tunnelInterface(ifIndex: number): InterfaceDoc {
    return (
      this.ifDocs().find((i) => i.ifIndex === ifIndex && i.type === RouterInterfaceType.DEDICATED) ??
      fail(Win32.ERROR_INVALID_PARAMETER, `no LAN interface with index ${ifIndex}`)
    );
  }

  // ================================================================ internals: lookups

  private info(): InfoDoc {
    return this.get<InfoDoc>(C.info, RRAS_INFO_KEY) ?? fail(Win32.ERROR_NOT_FOUND, 'no RRAS server');
  }

  private putInfo(info: InfoDoc): void {
    this.put(C.info, RRAS_INFO_KEY, info);
  }

  private portDocs(): PortDoc[] {
    return this.list<PortDoc>(C.ports);
  }

  private portDoc(portId: number): PortDoc {
    return (
      this.get<PortDoc>(C.ports, idKey(checkHandle(portId))) ??
      fail(RrasStatus.ERROR_INVALID_PORT_HANDLE, `port ${portId}`)
    );
  }

  private putPort(p: PortDoc): void {
    this.put(C.ports, idKey(p.id), p);
  }

  private portView(p: PortDoc): RasPort {
    const { slot: _slot, ...port } = p;
    return {
      ...port,
      connectDuration: p.connectStartTime === null ? 0 : seconds(this.clock() - p.connectStartTime),
    };
  }

  private connDoc(connectionId: number): ConnectionDoc {
    return (
      this.get<ConnectionDoc>(C.connections, idKey(checkHandle(connectionId))) ??
      fail(Win32.ERROR_INVALID_HANDLE, `connection ${connectionId}`)
    );
  }

  private putConn(c: ConnectionDoc): void {
    this.put(C.connections, idKey(c.id), c);
  }

  private connView(c: ConnectionDoc): RasConnection {
    return { ...c, connectDuration: seconds(this.clock() - c.connectStartTime) };
  }

  private ifDocs(): InterfaceDoc[] {
    return this.list<InterfaceDoc>(C.interfaces);
  }

  private ifDoc(handle: number): InterfaceDoc {
    return (
      this.get<InterfaceDoc>(C.interfaces, idKey(checkHandle(handle))) ??
      fail(Win32.ERROR_INVALID_HANDLE, `interface ${handle}`)
    );
  }

  private findIfByName(name: string, includeClient: boolean): InterfaceDoc | undefined {
    return this.ifDocs().find(
      (i) => sameName(i.name, name) && (includeClient || i.type !== RouterInterfaceType.CLIENT),
    );
  }

  private ifByName(name: string, includeClient: boolean): InterfaceDoc {
    return this.findIfByName(name, includeClient) ?? fail(RrasStatus.ERROR_NO_SUCH_INTERFACE, name);
  }

  private putIf(i: InterfaceDoc): void {
    this.put(C.interfaces, idKey(i.handle), i);
  }

  private ifTransport(i: InterfaceDoc, transportId: number): RouterInterface['transports'][number] {
    return (
      i.transports.find((t) => t.transportId === transportId) ??
      fail(
        RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID,
        `transport 0x${(transportId >>> 0).toString(16)} not on ${i.name}`,
      )
    );
  }

  private ifEntry(i: InterfaceDoc): PhonebookEntry {
    if (i.type !== RouterInterfaceType.FULL_ROUTER || !i.phonebookEntry)
      fail(RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, `${i.name} has no phonebook entry`);
    return (
      this.findEntry(i.phonebookEntry!) ??
      fail(RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY, i.phonebookEntry!)
    );
  }

  private checkIfIndex(ifIndex: number): void {
    if (!this.ifDocs().some((i) => i.ifIndex === ifIndex))
      fail(Win32.ERROR_INVALID_PARAMETER, `no interface with index ${ifIndex}`);
  }

  private transportDoc(transportId: number): TransportDoc {
    return (
      this.get<TransportDoc>(C.transports, idKey(checkDword(transportId, 'transport id'))) ??
      fail(RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID, `transport 0x${(transportId >>> 0).toString(16)}`)
    );
  }

  private deviceDocs(): DeviceDoc[] {
    return this.list<DeviceDoc>(C.devices);
  }

  private deviceDoc(guid: string): DeviceDoc {
    return this.get<DeviceDoc>(C.devices, guid) ?? fail(RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST, guid);
  }

  private putDevice(d: DeviceDoc): void {
    this.put(C.devices, d.guid, d);
  }

  private findEntry(name: string): PhonebookEntry | undefined {
    return this.get<PhonebookEntry>(C.phonebook, foldName(name));
  }

  private putEntry(e: PhonebookEntry): void {
    this.put(C.phonebook, foldName(e.name), e);
  }

  private routeView(r: RouteDoc): IpForwardRow {
    const { createdAt, ...row } = r;
    return { ...row, age: seconds(this.clock() - createdAt) };
  }

  // ================================================================ internals: store

  private get<T>(collection: string, key: string): T | undefined {
    const v = this.store.get(collection, key);
    return v === undefined ? undefined : fromDoc<T>(v);
  }

  private list<T>(collection: string): T[] {
    return this.store.list(collection).map((e) => fromDoc<T>(e.value));
  }

  private put(collection: string, key: string, value: unknown): void {
    this.store.put(collection, key, toDoc(value) as JsonValue);
  }

  private mutate<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  private event(kind: RrasEventKind, detail: RrasEvent['detail']): void {
    const info = this.info();
    const seq = info.next.event++;
    this.putInfo(info);
    const e: RrasEvent = { seq, time: this.clock(), kind, detail };
    this.put(C.events, seqKey(seq), e);
    const drop = seq - RrasLimits.maxEvents;
    if (drop >= 1) this.store.delete(C.events, seqKey(drop));
  }
}

// ================================================================ helpers

const ROUTER_PBK = '%SystemRoot%\\System32\\ras\\router.pbk';

function seconds(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

function seqKey(seq: number): string {
  return seq.toString(16).padStart(12, '0');
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

function checkHandle(id: number): number {
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id > 0xffffffff)
    return invalid('handle must be a DWORD');
  return id;
}

function checkIfType(type: number): RouterInterfaceType {
  if (!Object.values(RouterInterfaceType).includes(type as RouterInterfaceType))
    return invalid(`interface type ${type}`);
  return type as RouterInterfaceType;
}

const EAP_SLOT = 0;
const PSK_SLOT = 1;

/**
 * Where a dwLevel's MPR_CREDENTIALSEX_1 data lives: level 0 is the EAP data, and levels 1, 2 and 3
 * "can be used interchangeably" for the one preshared key (3.1.4.41).
 */
function credentialSlot(level: number): number {
  if (level === 0) return EAP_SLOT;
  if (level === 1 || level === 2 || level === 3) return PSK_SLOT;
  return invalid(`credentials level ${level}`);
}

function isDialInterfaceType(type: RouterInterfaceType): boolean {
  return (
    type === RouterInterfaceType.CLIENT ||
    type === RouterInterfaceType.HOME_ROUTER ||
    type === RouterInterfaceType.FULL_ROUTER
  );
}

/** A dial interface counts as connected from the moment it starts dialing until it hangs up. */
function isUp(i: { connectionId: number; connectionState: RouterConnectionState }): boolean {
  return (
    i.connectionId !== 0 ||
    i.connectionState === RouterConnectionState.CONNECTED ||
    i.connectionState === RouterConnectionState.CONNECTING
  );
}

function checkMode(mode: number): void {
  if (!Object.values(UserPreferencesMode).includes(mode as 0 | 1 | 2)) invalid(`preferences mode ${mode}`);
}

function sameFamilyAddress(i: { addresses: readonly string[] }, remote: string): string | undefined {
  const v6 = isIpv6Text(remote);
  return i.addresses.find((a) => (v6 ? isIpv6Text(a) : isIpv4Text(a)));
}

function kindOfDeviceName(name: string): DeviceKind | undefined {
  const n = name.toLowerCase();
  if (n.includes('ikev2')) return 'ikev2';
  if (n.includes('sstp')) return 'sstp';
  if (n.includes('l2tp')) return 'l2tp';
  if (n.includes('pptp')) return 'pptp';
  if (n.includes('pppoe')) return 'pppoe';
  return undefined;
}

function deviceView(d: DeviceDoc): RasDevice {
  const { template: _template, ...device } = d;
  return device;
}

function tunnelConfig(config: ServerConfig, kind: DeviceKind): { numPorts: number; portFlags: number } {
  switch (kind) {
    case 'pptp':
      return config.pptp;
    case 'l2tp':
      return config.l2tp;
    case 'sstp':
      return config.sstp;
    default:
      return config.ikev2;
  }
}

function mergeConfig(base: ServerConfig, change: ServerConfigChange): ServerConfig {
  const dword = (v: number | undefined, what: string, old: number): number =>
    v === undefined ? old : checkDword(v, what);
  const p = change.pptp ?? {};
  const l = change.l2tp ?? {};
  const s = change.sstp ?? {};
  const k = change.ikev2 ?? {};
  return {
    pptp: {
      numPorts: dword(p.numPorts, 'pptp.numPorts', base.pptp.numPorts),
      portFlags: dword(p.portFlags, 'pptp.portFlags', base.pptp.portFlags),
    },
    l2tp: {
      numPorts: dword(l.numPorts, 'l2tp.numPorts', base.l2tp.numPorts),
      portFlags: dword(l.portFlags, 'l2tp.portFlags', base.l2tp.portFlags),
      tunnelConfigParamFlags: dword(
        l.tunnelConfigParamFlags,
        'l2tp.tunnelConfigParamFlags',
        base.l2tp.tunnelConfigParamFlags,
      ),
      idleTimeout: dword(l.idleTimeout, 'l2tp.idleTimeout', base.l2tp.idleTimeout),
      encryptionType: dword(l.encryptionType, 'l2tp.encryptionType', base.l2tp.encryptionType),
      saLifeTime: dword(l.saLifeTime, 'l2tp.saLifeTime', base.l2tp.saLifeTime),
      saDataSizeForRenegotiation: dword(
        l.saDataSizeForRenegotiation,
        'l2tp.saDataSizeForRenegotiation',
        base.l2tp.saDataSizeForRenegotiation,
      ),
      customPolicy:
        l.customPolicy === undefined
          ? base.l2tp.customPolicy
          : checkPolicy(l.customPolicy, 'l2tp.customPolicy'),
    },
    sstp: {
      numPorts: dword(s.numPorts, 'sstp.numPorts', base.sstp.numPorts),
      portFlags: dword(s.portFlags, 'sstp.portFlags', base.sstp.portFlags),
      useHttps: s.useHttps === undefined ? base.sstp.useHttps : checkBool(s.useHttps, 'sstp.useHttps'),
      certAlgorithm: dword(s.certAlgorithm, 'sstp.certAlgorithm', base.sstp.certAlgorithm),
      certIsDefault:
        s.certIsDefault === undefined
          ? base.sstp.certIsDefault
          : checkBool(s.certIsDefault, 'sstp.certIsDefault'),
      certHash: s.certHash === undefined ? base.sstp.certHash : checkBytes(s.certHash, 32, 'sstp.certHash'),
    },
    ikev2: {
      numPorts: dword(k.numPorts, 'ikev2.numPorts', base.ikev2.numPorts),
      portFlags: dword(k.portFlags, 'ikev2.portFlags', base.ikev2.portFlags),
      tunnelConfigParamFlags: dword(
        k.tunnelConfigParamFlags,
        'ikev2.tunnelConfigParamFlags',
        base.ikev2.tunnelConfigParamFlags,
      ),
      idleTimeout: dword(k.idleTimeout, 'ikev2.idleTimeout', base.ikev2.idleTimeout),
      networkBlackoutTime: dword(
        k.networkBlackoutTime,
        'ikev2.networkBlackoutTime',
        base.ikev2.networkBlackoutTime,
      ),
      saLifeTime: dword(k.saLifeTime, 'ikev2.saLifeTime', base.ikev2.saLifeTime),
      saDataSizeForRenegotiation: dword(
        k.saDataSizeForRenegotiation,
        'ikev2.saDataSizeForRenegotiation',
        base.ikev2.saDataSizeForRenegotiation,
      ),
      configOptions: dword(k.configOptions, 'ikev2.configOptions', base.ikev2.configOptions),
      certificateNames:
        k.certificateNames === undefined
          ? base.ikev2.certificateNames
          : k.certificateNames.length > MAX_LIST
            ? invalid('too many certificate names')
            : k.certificateNames.map((c, i) => checkBytes(c, 4096, `ikev2.certificateNames[${i}]`)),
      machineCertificateName:
        k.machineCertificateName === undefined
          ? base.ikev2.machineCertificateName
          : checkBytes(k.machineCertificateName, 4096, 'ikev2.machineCertificateName'),
      encryptionType: dword(k.encryptionType, 'ikev2.encryptionType', base.ikev2.encryptionType),
      customPolicy:
        k.customPolicy === undefined
          ? base.ikev2.customPolicy
          : checkPolicy(k.customPolicy, 'ikev2.customPolicy'),
      certificateEkus:
        k.certificateEkus === undefined
          ? base.ikev2.certificateEkus
          : k.certificateEkus.length > MAX_LIST
            ? invalid('too many EKUs')
            : k.certificateEkus.map((e, i) => ({
                isOid: checkBool(e.isOid, `ikev2.certificateEkus[${i}].isOid`),
                eku: checkText(e.eku, 256, `ikev2.certificateEkus[${i}].eku`),
              })),
      machineCertificateHash:
        k.machineCertificateHash === undefined
          ? base.ikev2.machineCertificateHash
          : checkBytes(k.machineCertificateHash, 64, 'ikev2.machineCertificateHash'),
    },
  };
}

function checkRouteKey(k: IpForwardKey): IpForwardKey {
  return {
    dest: checkIpv4(k.dest, 'dest', false),
    mask: checkIpv4(k.mask, 'mask', false),
    policy: checkDword(k.policy, 'policy'),
    nextHop: checkIpv4(k.nextHop, 'nextHop', false),
  };
}

function checkRoute(r: IpForwardInput): IpForwardInput {
  const key = checkRouteKey(r);
  return {
    ...key,
    ifIndex: checkDword(r.ifIndex, 'ifIndex'),
    type: checkDword(r.type, 'type'),
    proto: checkDword(r.proto, 'proto'),
    nextHopAS: checkDword(r.nextHopAS, 'nextHopAS'),
    metric1: checkDword(r.metric1, 'metric1'),
    metric2: checkDword(r.metric2, 'metric2'),
    metric3: checkDword(r.metric3, 'metric3'),
    metric4: checkDword(r.metric4, 'metric4'),
    metric5: checkDword(r.metric5, 'metric5'),
  };
}

/** Store key in MIB index order: dest, mask, policy, next hop, each as 8 hex digits. */
function routeKey(k: IpForwardKey): string {
  return [ipv4ToNumber(k.dest), ipv4ToNumber(k.mask), k.policy, ipv4ToNumber(k.nextHop)].map(idKey).join('');
}

function checkPreferences(p: UserPreferences): UserPreferences {
  if (p === null || typeof p !== 'object') return invalid('preferences');
  const b = (v: boolean, n: string): boolean => checkBool(v, n);
  const d = (v: number, n: string): number => checkDword(v, n);
  const list = <T>(v: readonly T[], n: string): readonly T[] =>
    Array.isArray(v) && v.length <= MAX_LIST ? v : invalid(`${n} must be a list of at most ${MAX_LIST}`);
  return {
    operatorDial: b(p.operatorDial, 'operatorDial'),
    previewPhoneNumber: b(p.previewPhoneNumber, 'previewPhoneNumber'),
    useLocation: b(p.useLocation, 'useLocation'),
    showLights: b(p.showLights, 'showLights'),
    showConnectStatus: b(p.showConnectStatus, 'showConnectStatus'),
    closeOnDial: b(p.closeOnDial, 'closeOnDial'),
    allowLogonPhonebookEdits: b(p.allowLogonPhonebookEdits, 'allowLogonPhonebookEdits'),
    allowLogonLocationEdits: b(p.allowLogonLocationEdits, 'allowLogonLocationEdits'),
    skipConnectComplete: b(p.skipConnectComplete, 'skipConnectComplete'),
    newEntryWizard: b(p.newEntryWizard, 'newEntryWizard'),
    redialAttempts: d(p.redialAttempts, 'redialAttempts'),
    redialSeconds: d(p.redialSeconds, 'redialSeconds'),
    idleDisconnectSeconds: d(p.idleDisconnectSeconds, 'idleDisconnectSeconds'),
    redialOnLinkFailure: b(p.redialOnLinkFailure, 'redialOnLinkFailure'),
    popupOnTopWhenRedialing: b(p.popupOnTopWhenRedialing, 'popupOnTopWhenRedialing'),
    expandAutoDialQuery: b(p.expandAutoDialQuery, 'expandAutoDialQuery'),
    callbackMode: d(p.callbackMode, 'callbackMode'),
    callbacks: list(p.callbacks, 'callbacks').map((c, i) => ({
      portName: checkText(c.portName, RrasLimits.portName, `callbacks[${i}].portName`),
      deviceName: checkText(c.deviceName, RrasLimits.deviceName, `callbacks[${i}].deviceName`),
      number: checkText(c.number, RrasLimits.phoneNumber, `callbacks[${i}].number`),
      deviceType: d(c.deviceType, `callbacks[${i}].deviceType`),
    })),
    lastCallbackByCaller: checkText(p.lastCallbackByCaller, RrasLimits.phoneNumber, 'lastCallbackByCaller'),
    phonebookMode: d(p.phonebookMode, 'phonebookMode'),
    personalFile: checkText(p.personalFile, RrasLimits.path, 'personalFile'),
    alternatePath: checkText(p.alternatePath, RrasLimits.path, 'alternatePath'),
    phonebooks: checkTextList(list(p.phonebooks, 'phonebooks'), MAX_LIST, 255, 'phonebooks'),
    areaCodes: checkTextList(list(p.areaCodes, 'areaCodes'), MAX_LIST, 255, 'areaCodes'),
    useAreaAndCountry: b(p.useAreaAndCountry, 'useAreaAndCountry'),
    prefixes: checkTextList(list(p.prefixes, 'prefixes'), MAX_LIST, 255, 'prefixes'),
    suffixes: checkTextList(list(p.suffixes, 'suffixes'), MAX_LIST, 255, 'suffixes'),
    locations: list(p.locations, 'locations').map((l, i) => ({
      locationId: d(l.locationId, `locations[${i}].locationId`),
      prefix: d(l.prefix, `locations[${i}].prefix`),
      suffix: d(l.suffix, `locations[${i}].suffix`),
    })),
    xPhonebook: d(p.xPhonebook, 'xPhonebook'),
    yPhonebook: d(p.yPhonebook, 'yPhonebook'),
    defaultEntry: checkText(p.defaultEntry, RrasLimits.entryName, 'defaultEntry'),
    initialized: b(p.initialized, 'initialized'),
    dirty: b(p.dirty, 'dirty'),
  };
}
