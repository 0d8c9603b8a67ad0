/**
 * The server process: one RpcServer behind every listener, the endpoint mapper on its well-known
 * port, services on a shared dynamic TCP port (or their own), every interface+endpoint registered
 * in the endpoint map.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { EndpointDatabase } from '../interfaces/epm/database.js';
import { createEpmInterface } from '../interfaces/epm/server.js';
import { createMgmtInterface } from '../interfaces/mgmt/server.js';
import { formatBinding } from '../rpc/binding.js';
import { RpcServer } from '../rpc/server.js';
import type { RpcServerInterface } from '../rpc/types.js';
import { listenTcp } from '../transport/tcp.js';
import type { TcpListener } from '../transport/tcp.js';
import type { AccountService } from '../accounts/service.js';
import type { AccessPolicy } from '../security/policy.js';
import type { Store } from '../store/store.js';
import { policyFor, registerAuthentication } from './auth.js';
import type { HostConfig } from './config.js';
import type { ServiceModule } from './service.js';
import { startSmbEndpoint } from './smb.js';
import type { Smb2Listener } from '../smb2/server.js';

export interface ListeningEndpoint {
  /** `epm`, `services` (the shared dynamic port) or a service name (its own fixed port). */
  readonly name: string;
  /** `ncacn_np` for the SMB2 listener (its `port` is the SMB TCP port). */
  readonly protseq: 'ncacn_ip_tcp' | 'ncacn_np';
  readonly host: string;
  readonly port: number;
  /** e.g. `ncacn_ip_tcp:127.0.0.1[135]`, `ncacn_np:127.0.0.1[\PIPE\epmapper]` */
  readonly binding: string;
}

export interface RunningHost {
  readonly endpoints: readonly ListeningEndpoint[];
  readonly database: EndpointDatabase;
  readonly server: RpcServer;
  /** Present when the host authenticates callers against an account store. */
  readonly policy?: AccessPolicy;
  close(): Promise<void>;
}

export interface StartHostOptions {
  readonly config: HostConfig;
  readonly logger: Logger;
  readonly services?: readonly ServiceModule[];
  /** Reported by mgmt inq_princ_name (default: the machine's host name). */
  readonly principalName?: string;
  /** Accounts to authenticate NTLMSSP / SPNEGO binds against; without it only anonymous binds work. */
  readonly accounts?: AccountService;
  /** Shared state store handed to services (they keep their own collections in it). */
  readonly store?: Store;
  /** Serve named pipes (`\PIPE\epmapper` and every service pipe) over SMB2 on this TCP port. */
  readonly smbPort?: number;
}

const MGMT_ANNOTATION = 'DCE/RPC remote management';
const EPM_ANNOTATION = 'Endpoint mapper';
const EPM_PIPE = '\\PIPE\\epmapper';

/** Starts listeners and services; on any failure closes what was opened and rethrows. */
export async function startHost(opts: StartHostOptions): Promise<RunningHost> {
  const { config, logger } = opts;
  const services = opts.services ?? [];
  mkdirSync(config.stateDir, { recursive: true });

  const server = new RpcServer({
    logger: logger.child({ component: 'rpc' }),
    principalName: opts.principalName ?? os.hostname(),
  });
  if (opts.accounts) registerAuthentication(server, opts.accounts, logger.child({ component: 'auth' }));
  const policy = opts.accounts ? policyFor(opts.accounts) : undefined;
  const database = new EndpointDatabase();
  const listeners: (TcpListener | Smb2Listener)[] = [];
  const pipes: string[] = [EPM_PIPE];
  const endpoints: ListeningEndpoint[] = [];
  const started: ServiceModule[] = [];

  const mgmt = createMgmtInterface();
  const epm = createEpmInterface(database);
  server.register(mgmt);
  server.register(epm);
  for (const s of services) for (const i of s.interfaces) server.register(i);

  const open = async (name: string, port: number): Promise<ListeningEndpoint> => {
    const l = await listenTcp((stream, info) => server.handle(stream, info), { host: config.listen, port });
    listeners.push(l);
    const ep: ListeningEndpoint = {
      name,
      protseq: 'ncacn_ip_tcp',
      host: config.listen,
      port: l.port,
      binding: formatBinding({ protseq: 'ncacn_ip_tcp', host: config.listen, endpoint: String(l.port) }),
    };
    endpoints.push(ep);
    logger.info({ endpoint: ep.binding, listener: name }, 'listening');
    return ep;
  };
  const registerIface = (i: RpcServerInterface, endpoint: string, annotation: string): void => {
    database.register({
      iface: i.syntax,
      transferSyntaxes: i.transferSyntaxes,
      protseq: 'ncacn_ip_tcp',
      endpoint,
      annotation,
    });
  };

  try {
    const epmEp = await open('epm', config.epmPort);
    registerIface(epm, String(epmEp.port), EPM_ANNOTATION);
    registerIface(mgmt, String(epmEp.port), MGMT_ANNOTATION);

    // mgmt rides on every endpoint, as the Windows runtime answers it wherever a server listens.
    const dyn = await open('services', config.servicePort);
    registerIface(mgmt, String(dyn.port), MGMT_ANNOTATION);

    for (const s of services) {
      const prefs = s.endpoints ?? [{ protseq: 'ncacn_ip_tcp', kind: 'dynamic' } as const];
      for (const p of prefs) {
        if (p.kind === 'pipe') {
          for (const i of s.interfaces) {
            database.register({
              iface: i.syntax,
              transferSyntaxes: i.transferSyntaxes,
              protseq: 'ncacn_np',
              endpoint: p.pipe,
              annotation: s.annotation ?? s.name,
            });
          }
          pipes.push(p.pipe);
          if (opts.smbPort === undefined)
            logger.warn(
              { service: s.name, pipe: p.pipe },
              'named pipe endpoints are registered but not served (no --smb-port)',
            );
          continue;
        }
        const port = p.kind === 'tcp' ? String((await open(s.name, p.port)).port) : String(dyn.port);
        if (p.kind === 'tcp') registerIface(mgmt, port, MGMT_ANNOTATION);
        for (const i of s.interfaces) registerIface(i, port, s.annotation ?? s.name);
      }
      const stateDir = path.join(config.stateDir, s.name);
      mkdirSync(stateDir, { recursive: true });
      await s.start?.({
        stateDir,
        logger: logger.child({ service: s.name }),
        ...(opts.accounts ? { accounts: opts.accounts } : {}),
        ...(policy ? { policy } : {}),
        ...(opts.store ? { store: opts.store } : {}),
      });
      started.push(s);
    }

    if (opts.smbPort !== undefined) {
      for (const [i, annotation] of [
        [epm, EPM_ANNOTATION],
        [mgmt, MGMT_ANNOTATION],
      ] as const) {
        database.register({
          iface: i.syntax,
          transferSyntaxes: i.transferSyntaxes,
          protseq: 'ncacn_np',
          endpoint: EPM_PIPE,
          annotation,
        });
      }
      const smb = await startSmbEndpoint({
        server,
        ...(opts.accounts ? { accounts: opts.accounts } : {}),
        host: config.listen,
        port: opts.smbPort,
        pipes,
        logger: logger.child({ component: 'smb2' }),
      });
      listeners.push(smb);
      const ep: ListeningEndpoint = {
        name: 'smb',
        protseq: 'ncacn_np',
        host: config.listen,
        port: smb.port,
        binding: formatBinding({ protseq: 'ncacn_np', host: config.listen, endpoint: EPM_PIPE }),
      };
      endpoints.push(ep);
      logger.info({ endpoint: ep.binding, port: smb.port, pipes }, 'listening (SMB2)');
    }
  } catch (err) {
    await shutdown();
    throw err;
  }

  let closing: Promise<void> | undefined;
  async function shutdown(): Promise<void> {
    for (const s of started.reverse()) {
      try {
        await s.stop?.();
      } catch (err) {
        logger.error({ err, service: s.name }, 'service stop failed');
      }
    }
    await Promise.all(listeners.map((l) => l.close()));
    await server.close();
  }

  return {
    endpoints,
    database,
    server,
    ...(policy ? { policy } : {}),
    close(): Promise<void> {
      closing ??= shutdown().then(() => logger.info('stopped'));
      return closing;
    },
  };
}
