/**
 * How a service (cluster, RRAS, …) plugs into the host: its RPC interfaces and where they want to
 * be reachable. The host opens the listeners, registers the interfaces with the RPC server and their
 * endpoints with the endpoint mapper, then starts the module.
 */
import type { Logger } from 'pino';
import type { AccountService } from '../accounts/service.js';
import type { RpcServerInterface } from '../rpc/types.js';
import type { AccessPolicy } from '../security/policy.js';
import type { Store } from '../store/store.js';

/**
 * Where a service wants its interfaces. `dynamic` = the host's shared dynamic TCP port (what
 * Windows services registered through the endpoint mapper use); `tcp` = a fixed port of its own;
 * `pipe` = an SMB named pipe (kept in the endpoint map; served once SMB lands).
 */
export type EndpointPreference =
  | { readonly protseq: 'ncacn_ip_tcp'; readonly kind: 'dynamic' }
  | { readonly protseq: 'ncacn_ip_tcp'; readonly kind: 'tcp'; readonly port: number }
  | { readonly protseq: 'ncacn_np'; readonly kind: 'pipe'; readonly pipe: string };

export interface ServiceContext {
  /** The service's own directory under the host's state directory (created). */
  readonly stateDir: string;
  readonly logger: Logger;
  /** The host's accounts and access policy, when it authenticates callers. */
  readonly accounts?: AccountService;
  readonly policy?: AccessPolicy;
  /**
   * The host's state store (one database for accounts and every service, each in its own
   * collections and schema namespace), when the host was given one.
   */
  readonly store?: Store;
}

export interface ServiceModule {
  /** Short lowercase name; used in logs, the state directory and the `listening` lines. */
  readonly name: string;
  readonly interfaces: readonly RpcServerInterface[];
  /** Default: the shared dynamic TCP port. */
  readonly endpoints?: readonly EndpointPreference[];
  /** EPM annotation for this service's entries (at most 63 ASCII chars are kept). */
  readonly annotation?: string;
  start?(ctx: ServiceContext): Promise<void> | void;
  stop?(): Promise<void> | void;
}
