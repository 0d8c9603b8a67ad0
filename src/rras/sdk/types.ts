/**
 * What the RRAS SDK returns: plain decoded objects with names a reader knows (no byte buffers, no
 * WCHAR arrays, no wire enums without their names).
 */

export interface RrasServerInfo {
  /** MPR_SERVER_0.fLanOnlyMode: the router runs without the demand-dial manager. */
  readonly lanOnlyMode: boolean;
  readonly upTimeSeconds: number;
  readonly totalPorts: number;
  readonly portsInUse: number;
  /** MPR_SERVER_2 port counts. */
  readonly pptpPorts: number;
  readonly l2tpPorts: number;
  readonly sstpPorts: number;
  /** RASRPC: interface version (RasRpcGetVersion), system directory and installed protocols. */
  readonly rasRpcVersion: number;
  readonly systemDirectory: string;
  /** NP_* names enabled for demand dial (router) and for incoming RAS connections. */
  readonly routerProtocols: readonly string[];
  readonly rasServerProtocols: readonly string[];
}

export type PortConditionName =
  | 'non-operational'
  | 'disconnected'
  | 'calling-back'
  | 'listening'
  | 'authenticating'
  | 'authenticated'
  | 'initializing'
  | 'unknown';

export interface RrasPort {
  readonly id: number;
  /** 0 when the port carries no connection. */
  readonly connectionId: number;
  readonly name: string;
  readonly condition: PortConditionName;
  readonly totalCalls: number;
  readonly connectDurationSeconds: number;
  readonly mediaName: string;
  readonly deviceName: string;
  readonly deviceType: string;
}

export interface RrasCounters {
  readonly bytesSent: number;
  readonly bytesReceived: number;
  readonly framesSent: number;
  readonly framesReceived: number;
  readonly crcErrors: number;
  readonly timeoutErrors: number;
  readonly alignmentErrors: number;
  readonly hardwareOverrunErrors: number;
  readonly framingErrors: number;
  readonly bufferOverrunErrors: number;
  readonly compressionRatioIn: number;
  readonly compressionRatioOut: number;
}

/** RASI_PORT_0 and RASI_PORT_1 together. */
export interface RrasPortDetail extends RrasPort {
  readonly hardwareCondition: 'operational' | 'failure' | 'unknown';
  readonly lineSpeed: number;
  readonly counters: RrasCounters;
}

export type InterfaceTypeName =
  | 'client'
  | 'home-router'
  | 'full-router'
  | 'dedicated'
  | 'internal'
  | 'loopback'
  | 'tunnel'
  | 'dialout'
  | 'unknown';

export type QuarantineStateName = 'normal' | 'quarantine' | 'probation' | 'unknown';

export interface RrasConnection {
  readonly id: number;
  readonly interfaceHandle: number;
  readonly interfaceName: string;
  readonly interfaceType: InterfaceTypeName;
  /** 'ikev2' or 'ppp', from the projection info the server sent. */
  readonly projection: 'ppp' | 'ikev2';
  readonly userName: string;
  readonly logonDomain: string;
  readonly remoteComputer: string;
  readonly guid: string;
  readonly flags: number;
  readonly connectDurationSeconds: number;
  readonly quarantineState: QuarantineStateName;
  /** Tunnel endpoints (MOBIKE updates change the remote one). */
  readonly localEndpoint: string;
  readonly remoteEndpoint: string;
  /** IPv4 address assigned on the server side and to the client. */
  readonly address: string;
  readonly remoteAddress: string;
  readonly switchOvers: number;
  readonly counters: RrasCounters;
}

export type ConnectionStateName = 'unreachable' | 'disconnected' | 'connecting' | 'connected' | 'unknown';

export interface RrasInterface {
  readonly handle: number;
  readonly name: string;
  readonly type: InterfaceTypeName;
  readonly enabled: boolean;
  readonly connectionState: ConnectionStateName;
  /** MPR_INTERFACE_* reasons by name (empty when reachable). */
  readonly unreachabilityReasons: readonly string[];
  readonly lastError: number;
}

export interface NewRrasInterface {
  readonly name: string;
  /** Levels 0 creates these; demand-dial (full-router) needs its phonebook entry first. */
  readonly type: 'full-router' | 'dedicated' | 'internal' | 'loopback' | 'home-router';
  readonly enabled?: boolean;
}

export interface RrasTransport {
  readonly transportId: number;
  readonly name: string;
  /** The info types present in the router manager's global info block. */
  readonly globalInfoTypes: readonly number[];
}

export interface RrasRoute {
  readonly dest: string;
  readonly mask: string;
  readonly nextHop: string;
  readonly ifIndex: number;
  readonly type: number;
  readonly proto: number;
  readonly ageSeconds: number;
  readonly metric: number;
}

export interface RrasDevice {
  readonly type: string;
  readonly name: string;
}

export interface EndpointUpdate {
  /** The local interface index the connection moves to. */
  readonly ifIndex: number;
  /** The new remote tunnel endpoint (IPv4 or IPv6 text). */
  readonly remote: string;
}
