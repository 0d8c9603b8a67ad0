/**
 * The failover-cluster service for the host: ClusAPI v3 ([MS-CMRP]) over the cluster state in the
 * service's state directory. v3 runs on ncacn_ip_tcp behind the endpoint mapper, with both NDR and
 * NDR64, and the server refuses callers below packet privacy (2.1, 2.2).
 */
import type { EndpointPreference, ServiceContext, ServiceModule } from '../host/service.js';
import { createClusapi3Server } from '../interfaces/clusapi3/clusapi3.gen.js';
import type { Clusapi3Handlers } from '../interfaces/clusapi3/clusapi3.gen.js';
import { AuthLevel } from '../rpc/types.js';
import type { CallerIdentity } from '../rpc/types.js';
import { cmrpEntitlement } from '../security/policy.js';
import type { ServerState } from './model/access.js';
import type { ClusterModel } from './model/cluster-model.js';
import { NodeState } from './model/types.js';
import { createClusterHandlers } from './server/index.js';
import type { ClusterServerEnv } from './server/index.js';
import { readServerStateSetting, writeServerStateSetting } from './store.js';
import type { ServerStateSetting } from './store.js';
import { CLUSTER_SERVICE_NAME, loadClusterState, openClusterState } from './store-open.js';
import type { ClusterState, ClusterStateOptions } from './store-open.js';

export interface ClusterServiceOptions {
  /** A fixed TCP port of its own (`--cluster-port`); default: the host's shared dynamic port. */
  readonly port?: number;
  /** Create the demo cluster in a new state directory (default) or only nodes and types (`--no-demo`). */
  readonly demo?: boolean;
  readonly state?: Omit<ClusterStateOptions, 'demo'>;
  /**
   * Protocol server state (3.1.1): fixed, or `auto` to follow the local node. Given, it is stored
   * in the state directory at start; omitted, the stored setting (default `auto`) stays.
   */
  readonly serverState?: ServerStateSetting;
}

export interface ClusterService extends ServiceModule {
  /** The loaded cluster; throws before `start`. */
  readonly model: ClusterModel;
  /**
   * The protocol server state override, kept in the cluster store (`cluster.settings`) once the
   * service runs, so `winrpc cluster server-state` in another process changes it too; every call
   * reads it. Settable at run time, e.g. to serve read-only during maintenance.
   */
  serverState: ServerStateSetting;
}

/**
 * 3.1.1: every active node is read/write; a node that runs the cluster software but is not yet an
 * active member (joining) SHOULD be read-only; a node that is down accepts nothing.
 */
export function serverStateOf(model: ClusterModel): ServerState {
  switch (model.localNode().state) {
    case NodeState.Joining:
      return 'readOnly';
    case NodeState.Down:
    case NodeState.Unknown:
      return 'none';
    default:
      return 'readWrite';
  }
}

export const CLUSTER_ANNOTATION = 'Failover Cluster Management API';

export function createClusterService(options: ClusterServiceOptions = {}): ClusterService {
  // The host registers interfaces before starting services: dispatch looks handlers up per call,
  // so they are filled in once the state is open, and calls before that are not implemented.
  const handlers: Partial<Clusapi3Handlers> = {};
  const iface = createClusapi3Server(handlers, {
    transferSyntaxes: ['ndr20', 'ndr64'],
    minAuthLevel: AuthLevel.PKT_PRIVACY,
  });
  const endpoints: EndpointPreference[] =
    options.port !== undefined
      ? [{ protseq: 'ncacn_ip_tcp', kind: 'tcp', port: options.port }]
      : [{ protseq: 'ncacn_ip_tcp', kind: 'dynamic' }];
  let state: ClusterState | undefined;
  let ownsStore = false;
  /** Before start: a value to store at start (undefined: keep the stored one). */
  let initialServerState = options.serverState;
  /** The last setting read, answered if a read fails (e.g. the file is locked past the busy timeout). */
  let lastServerState: ServerStateSetting = options.serverState ?? 'auto';
  const currentSetting = (store: ClusterState['store']): ServerStateSetting => {
    try {
      lastServerState = readServerStateSetting(store);
    } catch {
      // Keep answering with the last known state rather than failing every call.
    }
    return lastServerState;
  };

  const service: ClusterService = {
    name: CLUSTER_SERVICE_NAME,
    interfaces: [iface],
    endpoints,
    annotation: CLUSTER_ANNOTATION,
    get serverState(): ServerStateSetting {
      return state ? currentSetting(state.store) : (initialServerState ?? lastServerState);
    },
    set serverState(value: ServerStateSetting) {
      if (state) writeServerStateSetting(state.store, value);
      else initialServerState = value;
      lastServerState = value;
    },
    get model(): ClusterModel {
      if (!state) throw new Error('the cluster service is not started');
      return state.model;
    },
    start(ctx: ServiceContext): void {
      // The host's shared database when it has one (`winrpc serve`), else one of the service's own.
      const stateOptions = { ...options.state, demo: options.demo ?? true };
      ownsStore = ctx.store === undefined;
      state = ctx.store
        ? loadClusterState(ctx.store, stateOptions)
        : openClusterState(ctx.stateDir, stateOptions);
      if (initialServerState !== undefined) {
        writeServerStateSetting(state.store, initialServerState);
        // Stored once: a restart of this service keeps what was set since (by a tool, say).
        initialServerState = undefined;
      }
      const policy = ctx.policy;
      const model = state.model;
      const store = state.store;
      const env: ClusterServerEnv = {
        model,
        serverState: () => {
          const setting = currentSetting(store);
          return setting === 'auto' ? serverStateOf(model) : setting;
        },
        entitlement: (identity: CallerIdentity | undefined) =>
          policy ? policy.cmrpEntitlement(identity) : cmrpEntitlement(identity),
      };
      Object.assign(handlers, createClusterHandlers(env));
      ctx.logger.info(
        { cluster: state.model.cluster().name, created: state.created },
        state.created ? 'created cluster state' : 'loaded cluster state',
      );
    },
    stop(): void {
      for (const k of Object.keys(handlers)) delete (handlers as Record<string, unknown>)[k];
      if (ownsStore) state?.store.close();
      state = undefined;
    },
  };
  return service;
}
