/**
 * The DCE/RPC connection-oriented server core ([MS-RPCE] 3.3.1.5, 3.3.3.5). It owns the registered
 * interfaces, security providers and association groups, and serves each connection handed to
 * `handle` (TCP and SMB named pipes alike) until it closes.
 */
import type { Duplex } from 'node:stream';
import { AssociationGroups } from './association.js';
import { ServerConnection, type ConnectionHost, type ConnectionLimits } from './server-connection.js';
import { silentLogger, type RpcLogger } from './server-log.js';
import type { ServerSecurityProvider } from './security.js';
import type { RpcServerInterface, ServerInfo, TransportInfo } from './types.js';

export type { RpcLogger } from './server-log.js';
export type {
  ServerSecurityProvider,
  ServerSecurityContext,
  AcceptResult,
  ProtectedPdu,
} from './security.js';

export interface RpcServerOptions {
  /** Reported by mgmt inq_princ_name (default ''). */
  readonly principalName?: string;
  /** Largest fragment accepted (default 5840; never below 1432). */
  readonly maxRecvFrag?: number;
  /** Largest fragment sent (default 5840; never below 1432). */
  readonly maxXmitFrag?: number;
  /** Largest request stub per call (default 4 MiB). */
  readonly maxCallBytes?: number;
  /** Calls reassembling or executing at once per connection (default 64). */
  readonly maxCallsPerConnection?: number;
  readonly logger?: RpcLogger;
}

export class RpcServer implements ServerInfo {
  readonly principalName: string;
  private readonly ifaces: RpcServerInterface[] = [];
  private readonly providers = new Map<number, ServerSecurityProvider>();
  private readonly connections = new Set<ServerConnection>();
  private readonly counters = { callsIn: 0, callsOut: 0, pktsIn: 0, pktsOut: 0 };
  private readonly host: ConnectionHost;
  private closed = false;

  constructor(opts: RpcServerOptions = {}) {
    this.principalName = opts.principalName ?? '';
    const logger = opts.logger ?? silentLogger;
    const limits: ConnectionLimits = {
      maxRecvFrag: opts.maxRecvFrag ?? 5840,
      maxXmitFrag: opts.maxXmitFrag ?? 5840,
      maxCallBytes: opts.maxCallBytes ?? 4 * 1024 * 1024,
      maxCallsPerConnection: opts.maxCallsPerConnection ?? 64,
    };
    const c = this.counters;
    this.host = {
      limits,
      logger,
      groups: new AssociationGroups(logger),
      info: this,
      securityProvider: (t) => this.providers.get(t),
      countPacketIn: () => void c.pktsIn++,
      countPacketOut: () => void c.pktsOut++,
      countCallIn: () => void c.callsIn++,
      connectionClosed: (conn) => void this.connections.delete(conn),
    };
  }

  /** Adds an interface. Two registrations of the same UUID and major version are refused. */
  register(iface: RpcServerInterface): void {
    const s = iface.syntax;
    if (this.ifaces.some((i) => i.syntax.uuid === s.uuid && i.syntax.major === s.major))
      throw new Error(`interface ${s.uuid} v${s.major} is already registered`);
    this.ifaces.push(iface);
  }

  /** Makes binds with this provider's auth_type possible; unknown types get bind_nak 8. */
  registerSecurityProvider(p: ServerSecurityProvider): void {
    this.providers.set(p.authType, p);
  }

  interfaces(): readonly RpcServerInterface[] {
    return this.ifaces;
  }

  /** callsOut stays 0: the server core makes no calls of its own (mgmt semantics). */
  stats(): { callsIn: number; callsOut: number; pktsIn: number; pktsOut: number } {
    return { ...this.counters };
  }

  /** Live association groups (for tests and diagnostics). */
  get associationCount(): number {
    return this.host.groups.size;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Serves one connection until it closes. Never throws; a closed server destroys the stream. */
  handle(stream: Duplex, info: TransportInfo): void {
    if (this.closed) {
      stream.destroy();
      return;
    }
    const conn = new ServerConnection(this.host, stream, info, () => this.ifaces);
    this.connections.add(conn);
    conn.start();
  }

  /** Ends every connection and runs every association's handles down. */
  close(): void {
    this.closed = true;
    for (const c of [...this.connections]) c.destroy();
    this.host.groups.releaseAll();
  }
}
