/**
 * The RRAS client SDK: MS-RRASM's DIMSVC and RASRPC on `\PIPE\ROUTER`, as the spec's client uses
 * them (2.1.1.2, 2.1.2.2) — an SMB2 session with the caller's credentials, the named pipe, and an
 * RPC bind authenticated with SPNEGO at packet privacy. Every method returns decoded objects and
 * throws RrasApiError for a refusal (the method's DWORD, or RASRPC's access fault).
 *
 *   const r = await Rras.connect('host', { user: 'Administrator', password: '…' });
 *   for (const c of await r.connections()) console.log(c.userName, c.remoteEndpoint);
 *   await r.close();
 */
import { clientSecurity, type Mechanism } from '../../cli/credentials.js';
import { RrasStatus, Win32 } from '../../errors/status.js';
import { connectRpc } from '../../interfaces/connect.js';
import {
  DimsvcClient,
  DimsvcSyntax,
  type DIM_INFORMATION_CONTAINER,
  type RAS_CONNECTION_EX_1_IDL,
} from '../../interfaces/dimsvc/dimsvc.gen.js';
import { RasrpcClient, RasrpcSyntax } from '../../interfaces/rasrpc/rasrpc.gen.js';
import type { RpcClientConnection } from '../../rpc/client.js';
import { AuthLevel, RpcFault } from '../../rpc/types.js';
import {
  DEFAULT_BLOB_LIMITS,
  ENUM_HEADER_SIZE,
  RASMAN_PORT_32_SIZE,
  REQUEST_BUFFER_HEADER_SIZE,
  REQUEST_BUFFER_MIN_SIZE,
  ReqTypes,
  decodeRasmanEnum,
  decodeRequestBuffer,
  encodeRequestBuffer,
  type RasmanEnum,
  type RasmanPort32,
  decodeArray,
  decodeInfoBlock,
  decodeMibIpForwardTable,
  decodeMibOpaqueInfo,
  decodeMprServer0,
  decodeMprServer2,
  decodeRasiPort0,
  decodeRasiPort1,
  dwordToIpv4,
  encodeMibOpaqueQuery,
  encodeMprInterface0,
  mprDevice0Codec,
  mprInterface0Codec,
  MibId,
  MPR_DEVICE_0_SIZE,
  MPRI_INTERFACE_0_SIZE,
  RASI_PORT_0_SIZE,
  type ConnectionCounters,
  type MprInterface0,
  type RasiPort0,
} from '../blobs/index.js';
import { IPRTRMGR_PID, TransportId } from '../model/types.js';
import { RrasApiError } from './errors.js';
import type {
  ConnectionStateName,
  EndpointUpdate,
  InterfaceTypeName,
  NewRrasInterface,
  PortConditionName,
  QuarantineStateName,
  RrasConnection,
  RrasCounters,
  RrasDevice,
  RrasInterface,
  RrasPort,
  RrasPortDetail,
  RrasRoute,
  RrasServerInfo,
  RrasTransport,
} from './types.js';

export const ROUTER_PIPE_BINDING = '\\pipe\\ROUTER';

export interface RrasCredentials {
  readonly user: string;
  readonly domain?: string;
  readonly password?: string;
  readonly ntHash?: Uint8Array;
}

export interface RrasConnectOptions {
  /** SMB TCP port (default 445). */
  readonly smbPort?: number;
  readonly mechanism?: Mechanism;
  /** RPC-level protection (default packet privacy, as 2.1.1.2 recommends). */
  readonly level?: number;
  readonly timeoutMs?: number;
  /** Entries asked for per enumeration call (the SDK follows resume handles until done). */
  readonly pageSize?: number;
}

/** dwPreferedMaximumLength / hRasConnection "all". */
const ALL = 0xffffffff;
const EMPTY: DIM_INFORMATION_CONTAINER = { dwBufferSize: 0, pBuffer: null };
/** MPRAPI_OBJECT_HEADER for RAS_CONNECTION_EX (type 1) and RAS_UPDATE_CONNECTION (type 5). */
const CONNECTION_EX_HEADER = { revision: 1, type: 1, size: 1664 };
const UPDATE_CONNECTION_HEADER = { revision: 1, type: 5, size: 140 };
/** Guards against a server that never ends an enumeration. */
const MAX_PAGES = 100_000;
/** Whole RASMAN_PORT_32 entries in the 5000 bytes past sizeof(RequestBuffer) that 3.3.4.5 asks for. */
const RASMAN_ENUM_FIRST_ROOM =
  Math.floor(
    (REQUEST_BUFFER_MIN_SIZE - REQUEST_BUFFER_HEADER_SIZE - ENUM_HEADER_SIZE) / RASMAN_PORT_32_SIZE,
  ) * RASMAN_PORT_32_SIZE;
/** The reply is decoded under the default blob limit, so the room asked for stays below it. */
const RASMAN_ENUM_MAX_ROOM = DEFAULT_BLOB_LIMITS.maxBytes - REQUEST_BUFFER_HEADER_SIZE - ENUM_HEADER_SIZE;
const RASMAN_ENUM_ATTEMPTS = 4;

const PORT_CONDITIONS: readonly PortConditionName[] = [
  'non-operational',
  'disconnected',
  'calling-back',
  'listening',
  'authenticating',
  'authenticated',
  'initializing',
];
const INTERFACE_TYPES: readonly InterfaceTypeName[] = [
  'client',
  'home-router',
  'full-router',
  'dedicated',
  'internal',
  'loopback',
  'tunnel',
  'dialout',
];
const CONNECTION_STATES: readonly ConnectionStateName[] = [
  'unreachable',
  'disconnected',
  'connecting',
  'connected',
];
const QUARANTINE_STATES: readonly QuarantineStateName[] = ['normal', 'quarantine', 'probation', 'unknown'];
const UNREACHABILITY: readonly [number, string][] = [
  [0x1, 'out-of-resources'],
  [0x2, 'admin-disabled'],
  [0x4, 'connection-failure'],
  [0x8, 'service-paused'],
  [0x10, 'dialout-hours-restriction'],
  [0x20, 'no-media-sense'],
  [0x40, 'no-device'],
];
const PROTOCOLS: readonly [number, string][] = [
  [0x1, 'NetBEUI'],
  [0x2, 'IPX'],
  [0x4, 'IPv4'],
  [0x8, 'IPv6'],
];
const TRANSPORTS: readonly [number, string][] = [
  [TransportId.PID_IP, 'IPv4'],
  [TransportId.PID_IPV6, 'IPv6'],
];

const named = <T extends string>(list: readonly T[], v: number): T | 'unknown' => list[v] ?? 'unknown';
const bits = (table: readonly [number, string][], v: number): string[] =>
  table.filter(([b]) => (v & b) !== 0).map(([, n]) => n);
const units = (u: readonly number[]): string => {
  const end = u.indexOf(0);
  return String.fromCharCode(...(end < 0 ? u : u.slice(0, end)));
};
const toUnits = (text: string, n: number): number[] => {
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < Math.min(text.length, n - 1); i++) out[i] = text.charCodeAt(i);
  return out;
};

function check(ret: number, method: string, object?: string | number): void {
  if (ret !== Win32.ERROR_SUCCESS)
    throw new RrasApiError(ret, method, object === undefined ? undefined : String(object));
}

/** The blob a successful call returned (absent reads as empty: the decoders then refuse it). */
function blob(c: DIM_INFORMATION_CONTAINER): Uint8Array {
  return c.pBuffer ?? new Uint8Array(0);
}

function toPort(p: RasiPort0): RrasPort {
  return {
    id: p.dwPort,
    connectionId: p.dwConnection,
    name: p.wszPortName,
    condition: named(PORT_CONDITIONS, p.dwPortCondition),
    totalCalls: p.dwTotalNumberOfCalls,
    connectDurationSeconds: p.dwConnectDuration,
    mediaName: p.wszMediaName,
    deviceName: p.wszDeviceName,
    deviceType: p.wszDeviceType,
  };
}

function counters(c: ConnectionCounters): RrasCounters {
  return {
    bytesSent: c.dwBytesXmited,
    bytesReceived: c.dwBytesRcved,
    framesSent: c.dwFramesXmited,
    framesReceived: c.dwFramesRcved,
    crcErrors: c.dwCrcErr,
    timeoutErrors: c.dwTimeoutErr,
    alignmentErrors: c.dwAlignmentErr,
    hardwareOverrunErrors: c.dwHardwareOverrunErr,
    framingErrors: c.dwFramingErr,
    bufferOverrunErrors: c.dwBufferOverrunErr,
    compressionRatioIn: c.dwCompressionRatioIn,
    compressionRatioOut: c.dwCompressionRatioOut,
  };
}

function toConnection(c: RAS_CONNECTION_EX_1_IDL): RrasConnection {
  const p = c.ProjectionInfo;
  return {
    id: c.hConnection,
    interfaceHandle: c.hInterface,
    interfaceName: units(c.wszInterfaceName),
    interfaceType: named(INTERFACE_TYPES, c.dwInterfaceType as number),
    projection: p.tag === 2 ? 'ikev2' : 'ppp',
    userName: units(c.wszUserName),
    logonDomain: units(c.wszLogonDomain),
    remoteComputer: units(c.wszRemoteComputer),
    guid: c.guid,
    flags: c.dwConnectionFlags,
    connectDurationSeconds: c.dwConnectDuration,
    quarantineState: named(QUARANTINE_STATES, c.rasQuarState as number),
    localEndpoint: units(c.wszLocalEndpointAddress),
    remoteEndpoint: units(c.wszRemoteEndpointAddress),
    address: units(p.value.wszAddress),
    remoteAddress: units(p.value.wszRemoteAddress),
    switchOvers: c.dwNumSwitchOvers,
    counters: counters(c),
  };
}

function toInterface(i: MprInterface0): RrasInterface {
  return {
    handle: i.dwInterface,
    name: i.wszInterfaceName,
    type: named(INTERFACE_TYPES, i.dwIfType),
    enabled: i.fEnabled,
    connectionState: named(CONNECTION_STATES, i.dwConnectionState),
    unreachabilityReasons: bits(UNREACHABILITY, i.fUnReachabilityReasons),
    lastError: i.dwLastError,
  };
}

export class Rras {
  private closed = false;

  private constructor(
    private readonly conn: RpcClientConnection,
    private readonly dim: DimsvcClient,
    private readonly rasrpc: RasrpcClient,
    private readonly pageSize: number,
  ) {}

  static async connect(host: string, creds: RrasCredentials, opts: RrasConnectOptions = {}): Promise<Rras> {
    const identity = {
      user: creds.user,
      domain: creds.domain ?? '',
      ...(creds.ntHash ? { ntHash: creds.ntHash } : { password: creds.password ?? '' }),
      anonymous: false,
    };
    const security = clientSecurity(identity, {
      mechanism: opts.mechanism ?? 'spnego',
      level: opts.level ?? AuthLevel.PKT_PRIVACY,
    });
    const conn = await connectRpc(`ncacn_np:${host}[${ROUTER_PIPE_BINDING}]`, {
      timeoutMs: opts.timeoutMs ?? 10_000,
      ...(opts.smbPort !== undefined ? { smbPort: opts.smbPort } : {}),
      smbCredentials: identity,
      security,
    });
    try {
      const dctx = await conn.bind(DimsvcSyntax);
      const rctx = await conn.bind(RasrpcSyntax);
      return new Rras(
        conn,
        new DimsvcClient({ syntax: dctx.syntax, call: (opnum, stub) => conn.call(dctx, opnum, stub) }),
        new RasrpcClient({ syntax: rctx.syntax, call: (opnum, stub) => conn.call(rctx, opnum, stub) }),
        Math.max(1, opts.pageSize ?? 64),
      );
    } catch (err) {
      await conn.close();
      throw err;
    }
  }

  /** Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.conn.close();
  }

  /** RASRPC refuses non-administrators with a fault: surface it like any other refusal. */
  private async rasrpcCall<T>(method: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      if (err instanceof RpcFault) throw new RrasApiError(err.status, method);
      throw err;
    }
  }

  // ------------------------------------------------------------------------------ server

  /** RASRPC first: a caller who is not an administrator meets its access fault before DIMSVC's 5. */
  async info(): Promise<RrasServerInfo> {
    const version = await this.rasRpcVersion();
    const s0 = await this.dim.RMprAdminServerGetInfo({ dwLevel: 0 });
    check(s0.ret, 'RMprAdminServerGetInfo');
    const s2 = await this.dim.RMprAdminServerGetInfo({ dwLevel: 2 });
    check(s2.ret, 'RMprAdminServerGetInfo');
    const v0 = decodeMprServer0(blob(s0.pInfoStruct));
    const v2 = decodeMprServer2(blob(s2.pInfoStruct));
    const dir = await this.rasrpcCall('RasRpcGetSystemDirectory', () =>
      this.rasrpc.RasRpcGetSystemDirectory({ lpBuffer: '', uSize: 260 }),
    );
    const router = await this.rasrpcCall('RasRpcGetInstalledProtocolsEx', () =>
      this.rasrpc.RasRpcGetInstalledProtocolsEx({ fRouter: 1, fRasCli: 0, fRasSrv: 0 }),
    );
    const server = await this.rasrpcCall('RasRpcGetInstalledProtocolsEx', () =>
      this.rasrpc.RasRpcGetInstalledProtocolsEx({ fRouter: 0, fRasCli: 0, fRasSrv: 1 }),
    );
    return {
      lanOnlyMode: v0.fLanOnlyMode,
      upTimeSeconds: v0.dwUpTime,
      totalPorts: v0.dwTotalPorts,
      portsInUse: v0.dwPortsInUse,
      pptpPorts: v2.dwNumPptpPorts,
      l2tpPorts: v2.dwNumL2tpPorts,
      sstpPorts: v2.dwNumSstpPorts,
      rasRpcVersion: version,
      systemDirectory: dir.ret > 0 ? dir.lpBuffer.slice(0, dir.ret) : '',
      routerProtocols: bits(PROTOCOLS, router.ret),
      rasServerProtocols: bits(PROTOCOLS, server.ret),
    };
  }

  /** RasRpcGetVersion (3.3.4.7): the RASRPC interface version. */
  async rasRpcVersion(): Promise<number> {
    const r = await this.rasrpcCall('RasRpcGetVersion', () =>
      this.rasrpc.RasRpcGetVersion({ pdwVersion: 0 }),
    );
    check(r.ret, 'RasRpcGetVersion');
    return r.pdwVersion;
  }

  // ------------------------------------------------------------------------------ ports

  /** Every port, or those of one connection; follows resume handles until done. */
  async ports(connectionId?: number): Promise<RrasPort[]> {
    const out: RrasPort[] = [];
    let resume = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await this.dim.RRasAdminPortEnum({
        dwLevel: 0,
        hRasConnection: connectionId ?? ALL,
        pInfoStruct: EMPTY,
        dwPreferedMaximumLength: this.pageSize * RASI_PORT_0_SIZE,
        lpdwResumeHandle: resume,
      });
      if (r.ret !== Win32.ERROR_SUCCESS && r.ret !== Win32.ERROR_MORE_DATA)
        throw new RrasApiError(r.ret, 'RRasAdminPortEnum', connectionId?.toString());
      const b = blob(r.pInfoStruct);
      const n = Math.min(r.lpdwEntriesRead, Math.floor(b.length / RASI_PORT_0_SIZE));
      for (let i = 0; i < n; i++) out.push(toPort(decodeRasiPort0(b, i * RASI_PORT_0_SIZE)));
      if (r.ret === Win32.ERROR_SUCCESS || !r.lpdwResumeHandle || n === 0) return out;
      // A server that hands back the handle it was given would loop forever.
      if (r.lpdwResumeHandle === resume) return out;
      resume = r.lpdwResumeHandle;
    }
    return out;
  }

  /**
   * The RASMAN_PORT_32 table through RASRPC (RasRpcSubmitRequest REQTYPE_PORTENUM, 3.3.4.5). The
   * first request offers the room the minimum buffer leaves; a reply counting more ports than
   * fitted says in `size` how much room all need, and the request is repeated with that much (the
   * table may grow in between, so a few times, within the blob limit).
   */
  async rasmanPorts(): Promise<RasmanPort32[]> {
    let room = RASMAN_ENUM_FIRST_ROOM;
    for (let attempt = 0; ; attempt++) {
      const e = await this.rasmanPortEnum(room);
      const total = e.entries ?? e.ports.length;
      const needed = e.size ?? 0;
      if (e.ports.length >= total || attempt >= RASMAN_ENUM_ATTEMPTS - 1) return e.ports;
      if (needed <= room || needed > RASMAN_ENUM_MAX_ROOM) return e.ports;
      room = needed;
    }
  }

  /** One REQTYPE_PORTENUM round trip offering `room` bytes of RASMAN_PORT_32 in Enum.size. */
  private async rasmanPortEnum(room: number): Promise<RasmanEnum> {
    const payload = new Uint8Array(ENUM_HEADER_SIZE + room);
    new DataView(payload.buffer).setUint32(4, room, true);
    const request = encodeRequestBuffer(
      { RB_PCBIndex: 0, RB_Reqtype: ReqTypes.REQTYPE_PORTENUM, RB_Dummy: 8, RB_Done: 0, RB_Buffer: payload },
      Math.max(REQUEST_BUFFER_MIN_SIZE, REQUEST_BUFFER_HEADER_SIZE + payload.length),
    );
    const r = await this.rasrpcCall('RasRpcSubmitRequest', () =>
      this.rasrpc.RasRpcSubmitRequest({ pReqBuffer: request, dwcbBufSize: request.length }),
    );
    check(r.ret, 'RasRpcSubmitRequest');
    if (!r.pReqBuffer) throw new RrasApiError(RrasStatus.E_INVALIDARG, 'RasRpcSubmitRequest');
    const e = decodeRasmanEnum(decodeRequestBuffer(r.pReqBuffer).RB_Buffer, DEFAULT_BLOB_LIMITS, room);
    check(e.retcode, 'RasRpcSubmitRequest');
    return e;
  }

  async port(id: number): Promise<RrasPortDetail> {
    const r0 = await this.dim.RRasAdminPortGetInfo({ dwLevel: 0, hPort: id });
    check(r0.ret, 'RRasAdminPortGetInfo', id);
    const r1 = await this.dim.RRasAdminPortGetInfo({ dwLevel: 1, hPort: id });
    check(r1.ret, 'RRasAdminPortGetInfo', id);
    const p1 = decodeRasiPort1(blob(r1.pInfoStruct));
    return {
      ...toPort(decodeRasiPort0(blob(r0.pInfoStruct))),
      hardwareCondition:
        p1.dwHardwareCondition === 0 ? 'operational' : p1.dwHardwareCondition === 1 ? 'failure' : 'unknown',
      lineSpeed: p1.dwLineSpeed,
      counters: counters(p1),
    };
  }

  /** Ends the connection on the port (RRasAdminPortDisconnect, 3.1.4.9). */
  async disconnectPort(id: number): Promise<void> {
    check((await this.dim.RRasAdminPortDisconnect({ hPort: id })).ret, 'RRasAdminPortDisconnect', id);
  }

  // ------------------------------------------------------------------------------ connections

  /** Every active connection (RRasAdminConnectionEnumEx, following resume handles). */
  async connections(): Promise<RrasConnection[]> {
    const out: RrasConnection[] = [];
    let resume = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await this.dim.RRasAdminConnectionEnumEx({
        objectHeader: CONNECTION_EX_HEADER,
        dwPreferedMaxLen: this.pageSize * CONNECTION_EX_HEADER.size,
        lpdwResumeHandle: resume,
      });
      if (r.ret !== Win32.ERROR_SUCCESS && r.ret !== Win32.ERROR_MORE_DATA)
        throw new RrasApiError(r.ret, 'RRasAdminConnectionEnumEx');
      const got = r.pRasConections ?? [];
      for (const c of got) out.push(toConnection(c.value));
      if (r.ret === Win32.ERROR_SUCCESS || !r.lpdwResumeHandle || got.length === 0) return out;
      // A server that hands back the handle it was given would loop forever.
      if (r.lpdwResumeHandle === resume) return out;
      resume = r.lpdwResumeHandle;
    }
    return out;
  }

  async connection(id: number): Promise<RrasConnection> {
    const r = await this.dim.RRasAdminConnectionGetInfoEx({
      hDimConnection: id,
      objectHeader: CONNECTION_EX_HEADER,
    });
    check(r.ret, 'RRasAdminConnectionGetInfoEx', id);
    return toConnection(r.pRasConnection.value);
  }

  /**
   * Ends a connection. DIMSVC has no connection hang-up of its own: as MprAdmin's client does, the
   * SDK disconnects the connection's first port, which ends the connection and frees its ports.
   */
  async hangUp(id: number): Promise<void> {
    const ports = await this.ports(id);
    const first = ports[0];
    if (!first) throw new RrasApiError(Win32.ERROR_INVALID_HANDLE, 'RRasAdminPortEnum', String(id));
    await this.disconnectPort(first.id);
  }

  /** MOBIKE endpoint update of an IKEv2 connection (RRasAdminUpdateConnection, 3.1.4.49). */
  async updateConnectionEndpoint(id: number, update: EndpointUpdate): Promise<RrasConnection> {
    const r = await this.dim.RRasAdminUpdateConnection({
      hDimConnection: id,
      pServerConfig: {
        tag: 1,
        value: {
          Header: UPDATE_CONNECTION_HEADER,
          dwIfIndex: update.ifIndex,
          wszRemoteEndpointAddress: toUnits(update.remote, 65),
        },
      },
    });
    check(r.ret, 'RRasAdminUpdateConnection', id);
    return this.connection(id);
  }

  // ------------------------------------------------------------------------------ interfaces

  async interfaces(): Promise<RrasInterface[]> {
    const out: RrasInterface[] = [];
    let resume = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await this.dim.RRouterInterfaceEnum({
        dwLevel: 0,
        pInfoStruct: EMPTY,
        dwPreferedMaximumLength: this.pageSize * MPRI_INTERFACE_0_SIZE,
        lpdwResumeHandle: resume,
      });
      if (r.ret !== Win32.ERROR_SUCCESS && r.ret !== Win32.ERROR_MORE_DATA)
        throw new RrasApiError(r.ret, 'RRouterInterfaceEnum');
      const b = blob(r.pInfoStruct);
      const n = Math.min(r.lpdwEntriesRead, Math.floor(b.length / MPRI_INTERFACE_0_SIZE));
      out.push(...decodeArray(mprInterface0Codec, b, n).map(toInterface));
      if (r.ret === Win32.ERROR_SUCCESS || !r.lpdwResumeHandle || n === 0) return out;
      // A server that hands back the handle it was given would loop forever.
      if (r.lpdwResumeHandle === resume) return out;
      resume = r.lpdwResumeHandle;
    }
    return out;
  }

  /** By handle (a number or all-digit text) or by name (case-insensitive, as the server looks up). */
  async interface(nameOrHandle: string | number): Promise<RrasInterface> {
    const handle = await this.handleOf(nameOrHandle);
    const r = await this.dim.RRouterInterfaceGetInfo({ dwLevel: 0, pInfoStruct: EMPTY, hInterface: handle });
    check(r.ret, 'RRouterInterfaceGetInfo', nameOrHandle);
    return toInterface(mprInterface0Codec.decode(blob(r.pInfoStruct)));
  }

  async createInterface(spec: NewRrasInterface): Promise<RrasInterface> {
    const type = INTERFACE_TYPES.indexOf(spec.type);
    const b = encodeMprInterface0({
      wszInterfaceName: spec.name,
      dwInterface: 0,
      fEnabled: spec.enabled ?? true,
      dwIfType: type,
      dwConnectionState: 0,
      fUnReachabilityReasons: 0,
      dwLastError: 0,
    });
    const r = await this.dim.RRouterInterfaceCreate({
      dwLevel: 0,
      pInfoStruct: { dwBufferSize: b.length, pBuffer: b },
      phInterface: 0,
    });
    check(r.ret, 'RRouterInterfaceCreate', spec.name);
    return this.interface(r.phInterface);
  }

  async deleteInterface(nameOrHandle: string | number): Promise<void> {
    const handle = await this.handleOf(nameOrHandle);
    check(
      (await this.dim.RRouterInterfaceDelete({ hInterface: handle })).ret,
      'RRouterInterfaceDelete',
      nameOrHandle,
    );
  }

  private async handleOf(nameOrHandle: string | number): Promise<number> {
    if (typeof nameOrHandle === 'number') return nameOrHandle;
    if (/^\d+$/.test(nameOrHandle)) return Number(nameOrHandle);
    const r = await this.dim.RRouterInterfaceGetHandle({
      lpwsInterfaceName: nameOrHandle,
      phInterface: 0,
      fIncludeClientInterfaces: 0,
    });
    check(r.ret, 'RRouterInterfaceGetHandle', nameOrHandle);
    return r.phInterface;
  }

  // ------------------------------------------------------------------------------ transports, routes, devices

  /** The IPv4 and IPv6 router managers installed (an absent one is left out). */
  async transports(): Promise<RrasTransport[]> {
    const out: RrasTransport[] = [];
    for (const [id, name] of TRANSPORTS) {
      const r = await this.dim.RRouterInterfaceTransportGetGlobalInfo({
        dwTransportId: id,
        pInfoStruct: {
          fGetInterfaceInfo: 0,
          dwInterfaceInfoSize: 0,
          pInterfaceInfo: null,
          fGetGlobalInfo: 1,
          dwGlobalInfoSize: 0,
          pGlobalInfo: null,
        },
      });
      if (r.ret === RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID) continue;
      check(r.ret, 'RRouterInterfaceTransportGetGlobalInfo', name);
      const g = r.pInfoStruct.pGlobalInfo;
      const types = g && g.length ? decodeInfoBlock(g).entries.map((e) => e.InfoType) : [];
      out.push({ transportId: id, name, globalInfoTypes: types });
    }
    return out;
  }

  /** The IPv4 forwarding table from the router manager's MIB (IP_FORWARDTABLE). */
  async routes(): Promise<RrasRoute[]> {
    const q = encodeMibOpaqueQuery({ dwVarId: MibId.IP_FORWARDTABLE, rgdwVarIndex: [] });
    const r = await this.dim.RMIBEntryGet({
      dwPid: TransportId.PID_IP,
      dwRoutingPid: IPRTRMGR_PID,
      pInfoStuct: { dwMibInEntrySize: q.length, pMibInEntry: q, dwMibOutEntrySize: 0, pMibOutEntry: null },
    });
    check(r.ret, 'RMIBEntryGet', 'IP_FORWARDTABLE');
    const out = r.pInfoStuct.pMibOutEntry;
    if (!out || out.length === 0) return [];
    return decodeMibIpForwardTable(decodeMibOpaqueInfo(out).rgbyData).table.map((row) => ({
      dest: dwordToIpv4(row.dwForwardDest),
      mask: dwordToIpv4(row.dwForwardMask),
      nextHop: dwordToIpv4(row.dwForwardNextHop),
      ifIndex: row.dwForwardIfIndex,
      type: row.dwForwardType,
      proto: row.dwForwardProto,
      ageSeconds: row.dwForwardAge,
      metric: row.dwForwardMetric1,
    }));
  }

  async devices(): Promise<RrasDevice[]> {
    const r = await this.dim.RRouterDeviceEnum({ dwLevel: 0, pInfoStruct: EMPTY, lpdwTotalEntries: 0 });
    check(r.ret, 'RRouterDeviceEnum');
    const b = blob(r.pInfoStruct);
    const n = Math.min(r.lpdwTotalEntries, Math.floor(b.length / MPR_DEVICE_0_SIZE));
    return decodeArray(mprDevice0Codec, b, n).map((d) => ({ type: d.szDeviceType, name: d.szDeviceName }));
  }
}
