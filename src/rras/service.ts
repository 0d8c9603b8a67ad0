/**
 * The RRAS service for the host: DIMSVC (and RASRPC, registered beside it) on the SMB named pipe
 * `\PIPE\ROUTER` (MS-RRASM 2.1: RPC over SMB only, both interfaces on the one pipe), over an RRAS
 * backend — by default the emulated RRAS kept in the host's state store.
 *
 * DIMSVC has no RPC-level minimum authentication level: over the pipe the SMB session already
 * identifies the caller, who "SHOULD" (not must) add packet privacy (2.1.1.1), and every method
 * checks the caller's membership of the local Administrators group itself.
 */
import type { EndpointPreference, ServiceContext, ServiceModule } from '../host/service.js';
import { createDimsvcServer, type DimsvcHandlers } from '../interfaces/dimsvc/dimsvc.gen.js';
import { createRasrpcServer, type RasrpcHandlers } from '../interfaces/rasrpc/rasrpc.gen.js';
import { createRasrpcHandlers } from './server/rasrpc-handlers.js';
import { openStateStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { RrasBackend } from './backend.js';
import { openOrCreateRras } from './demo.js';
import type { AdminCheck } from './server/access.js';
import { createDimsvcHandlers } from './server/index.js';
import type { DimsvcEnv } from './server/index.js';

export const ROUTER_PIPE = '\\PIPE\\ROUTER';
export const RRAS_ANNOTATION = 'Routing and Remote Access';

export interface RrasServiceOptions {
  /** Create the demo RRAS server in a new store (default) or the router alone (`--no-demo`). */
  readonly demo?: boolean;
  /**
   * A backend of one's own (a real RRAS, a test double); default: the emulated RRAS in the host's
   * store (or a SQLite store in the service's state directory when the host has none).
   */
  readonly backend?: (store: Store) => RrasBackend;
}

export interface RrasService extends ServiceModule {
  /** The backend the handlers call; throws before `start`. */
  readonly backend: RrasBackend;
}

export function createRrasService(options: RrasServiceOptions = {}): RrasService {
  // The host registers interfaces before it starts services; dispatch looks handlers up per call,
  // so they are filled in at start and calls before that answer "not implemented".
  const dimsvcHandlers: Partial<DimsvcHandlers> = {};
  const dimsvc = createDimsvcServer(dimsvcHandlers);
  const rasrpcHandlers: Partial<RasrpcHandlers> = {};
  const rasrpc = createRasrpcServer(rasrpcHandlers);
  const endpoints: EndpointPreference[] = [{ protseq: 'ncacn_np', kind: 'pipe', pipe: ROUTER_PIPE }];
  let backend: RrasBackend | undefined;
  let ownStore: Store | undefined;

  const service: RrasService = {
    name: 'rras',
    interfaces: [dimsvc, rasrpc],
    endpoints,
    annotation: RRAS_ANNOTATION,
    get backend(): RrasBackend {
      if (!backend) throw new Error('the rras service is not started');
      return backend;
    },
    start(ctx: ServiceContext): void {
      let store = ctx.store;
      if (!store) store = ownStore = openStateStore(ctx.stateDir);
      try {
        backend = options.backend
          ? options.backend(store)
          : openOrCreateRras(store, { demo: options.demo ?? true });
      } catch (err) {
        ownStore?.close();
        ownStore = undefined;
        throw err;
      }
      const policy = ctx.policy;
      const isAdmin: AdminCheck | undefined = policy ? (id) => policy.rrasAdmin(id) : undefined;
      const env: DimsvcEnv = { backend, ...(isAdmin ? { isAdmin } : {}) };
      Object.assign(dimsvcHandlers, createDimsvcHandlers(env));
      Object.assign(rasrpcHandlers, createRasrpcHandlers(env));
      ctx.logger.info({ pipe: ROUTER_PIPE, store: ctx.store ? 'host' : 'own' }, 'rras service started');
    },
    stop(): void {
      for (const k of Object.keys(dimsvcHandlers)) delete (dimsvcHandlers as Record<string, unknown>)[k];
      for (const k of Object.keys(rasrpcHandlers)) delete (rasrpcHandlers as Record<string, unknown>)[k];
      backend = undefined;
      ownStore?.close();
      ownStore = undefined;
    },
  };
  return service;
}
