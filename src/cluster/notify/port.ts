/**
 * A notification port ([MS-CMRP] 3.1.1.8): its version, the event filters registered with it
 * (each with the client's dwNotifyKey) and its queue. A port queues nothing until its first filter
 * is registered (3.1.4.2.56, .136), and one event matching several filters is queued once per
 * filter (3.1.4.2.58: "a separate event indication … for every filter").
 */
import type { RegistryChange } from '../registry/events.js';
import { ClusterChange as V1, ClusterChangeV2, ClusterObjectType as T, RegistryChangeV2 } from './flags.js';
import type { Changes, V1Scope, V2Change } from './indications.js';
import { IndicationQueue } from './queue.js';

/** A version 1 indication as ApiGetNotify / ApiGetNotifyAsync return it. */
export interface V1Item {
  readonly version: 1;
  readonly notifyKey: number;
  readonly filter: number;
  readonly stateSequence: number;
  readonly name: string;
}

/** A version 2 indication: NOTIFICATION_RPC before encoding. */
export interface V2Item {
  readonly version: 2;
  readonly notifyKey: number;
  readonly change: V2Change;
}

export type PortItem = V1Item | V2Item;

/** A registry watch: the key (full path, '' = root) and whether it covers the subtree. */
export interface KeyWatch {
  readonly keyPath: string;
  readonly subtree: boolean;
}

export type V1Filter =
  | { readonly scope: 'cluster'; readonly mask: number; readonly notifyKey: number }
  | { readonly scope: V1Scope; readonly objectId: string; readonly mask: number; readonly notifyKey: number }
  | ({ readonly scope: 'key'; readonly mask: number; readonly notifyKey: number } & KeyWatch);

export interface V2Filter {
  readonly objectType: number;
  readonly mask: bigint;
  readonly notifyKey: number;
  /** The registered object (id; resource type name; registry key path); undefined = every object. */
  readonly targetId?: string;
  /** For CLUSTER_OBJECT_TYPE_REGISTRY filters. */
  readonly watch?: KeyWatch;
}

export interface PortLimits {
  /** Queued indications per port before the lost marker replaces the newest. */
  readonly queueCapacity: number;
  /** Filters one port may hold. */
  readonly maxFilters: number;
}

const fold = (s: string): string => s.toUpperCase();

/** Where a registry change at `key` falls relative to a watch: undefined = outside it. */
export function relativeKey(change: RegistryChange, watch: KeyWatch): string | undefined {
  const key = fold(change.key);
  const at = fold(watch.keyPath);
  const rel = (): string => (at === '' ? change.key : change.key.slice(watch.keyPath.length + 1));
  if (key === at) return '';
  const inside = at === '' ? key !== '' : key.startsWith(`${at}\\`);
  if (!inside) return undefined;
  if (watch.subtree) return rel();
  // Without the subtree only the key itself and the creation or deletion of its direct subkeys count.
  const direct = !rel().includes('\\');
  return direct && (change.kind === 'keyCreated' || change.kind === 'keyDeleted') ? rel() : undefined;
}

const V1_REGISTRY_BIT: Record<RegistryChange['kind'], number> = {
  keyCreated: V1.REGISTRY_NAME,
  keyDeleted: V1.REGISTRY_NAME,
  valueSet: V1.REGISTRY_VALUE,
  valueDeleted: V1.REGISTRY_VALUE,
  security: V1.REGISTRY_ATTRIBUTES,
};
const V2_REGISTRY_BIT: Record<RegistryChange['kind'], number> = {
  keyCreated: RegistryChangeV2.NAME,
  keyDeleted: RegistryChangeV2.NAME,
  valueSet: RegistryChangeV2.VALUE,
  valueDeleted: RegistryChangeV2.VALUE,
  security: RegistryChangeV2.ATTRIBUTES,
};

export class NotifyPort {
  private readonly v1Filters: V1Filter[] = [];
  private readonly v2Filters: V2Filter[] = [];
  readonly queue: IndicationQueue<PortItem>;

  constructor(
    readonly version: 1 | 2,
    private readonly limits: PortLimits,
    /** The cluster's name, for the version 1 reconnect marker. */
    clusterName: () => string,
  ) {
    this.queue = new IndicationQueue<PortItem>(limits.queueCapacity, () =>
      version === 1
        ? {
            version: 1,
            notifyKey: this.firstKey(),
            filter: V1.CLUSTER_RECONNECT,
            stateSequence: 0,
            name: clusterName(),
          }
        : {
            version: 2,
            notifyKey: this.firstKey(),
            change: {
              objectType: T.CLUSTER,
              flag: ClusterChangeV2.LOST_NOTIFICATIONS,
              targetId: '',
              objectId: '',
              parentId: '',
              name: '',
              type: '',
              buffer: new Uint8Array(0),
            },
          },
    );
  }

  get filterCount(): number {
    return this.v1Filters.length + this.v2Filters.length;
  }

  /** False once the port is full of filters: the caller refuses the registration. */
  canAdd(): boolean {
    return this.filterCount < this.limits.maxFilters;
  }

  addV1(f: V1Filter): void {
    this.v1Filters.push(f);
  }

  addV2(f: V2Filter): void {
    this.v2Filters.push(f);
  }

  /** Queues an indication directly (ApiReAddNotify*'s catch-up state indication). */
  post(item: PortItem): void {
    this.queue.push(item);
  }

  offer(changes: Changes): void {
    if (this.version === 1) {
      for (const c of changes.v1) {
        for (const f of this.v1Filters) {
          if ((f.mask & c.bit) === 0) continue;
          if (f.scope === 'key') continue;
          if (f.scope !== 'cluster' && (f.scope !== c.object || f.objectId !== c.objectId)) continue;
          this.queue.push({
            version: 1,
            notifyKey: f.notifyKey,
            filter: c.bit,
            stateSequence: c.stateSequence,
            name: c.name,
          });
        }
      }
      return;
    }
    for (const c of changes.v2) {
      const flag = BigInt(c.flag);
      for (const f of this.v2Filters) {
        if (f.objectType !== c.objectType || (f.mask & flag) === 0n) continue;
        if (f.targetId !== undefined && !sameTarget(c.objectType, f.targetId, c.targetId)) continue;
        this.queue.push({ version: 2, notifyKey: f.notifyKey, change: c });
      }
    }
  }

  offerRegistry(change: RegistryChange): void {
    if (this.version === 1) {
      const bit = V1_REGISTRY_BIT[change.kind];
      for (const f of this.v1Filters) {
        if ((f.mask & bit) === 0) continue;
        let watch: KeyWatch;
        if (f.scope === 'key') watch = f;
        else if (f.scope === 'cluster')
          watch = { keyPath: '', subtree: (f.mask & V1.REGISTRY_SUBTREE) !== 0 };
        else continue;
        const rel = relativeKey(change, watch);
        if (rel === undefined) continue;
        this.queue.push({ version: 1, notifyKey: f.notifyKey, filter: bit, stateSequence: 0, name: rel });
      }
      return;
    }
    const bit = V2_REGISTRY_BIT[change.kind];
    for (const f of this.v2Filters) {
      if (f.objectType !== T.REGISTRY || (f.mask & BigInt(bit)) === 0n || !f.watch) continue;
      const rel = relativeKey(change, f.watch);
      if (rel === undefined) continue;
      // 3.1.4.2.138 registry table: ObjectId names the changed value, Name the key relative to the watch.
      this.queue.push({
        version: 2,
        notifyKey: f.notifyKey,
        change: {
          objectType: T.REGISTRY,
          flag: bit,
          targetId: f.watch.keyPath,
          objectId: bit === RegistryChangeV2.VALUE ? (change.value ?? '') : '',
          parentId: '',
          name: rel,
          type: '',
          buffer: new Uint8Array(0),
        },
      });
    }
  }

  private firstKey(): number {
    const cluster = this.v2Filters.find((f) => f.objectType === T.CLUSTER);
    return cluster?.notifyKey ?? this.v1Filters[0]?.notifyKey ?? this.v2Filters[0]?.notifyKey ?? 0;
  }
}

function sameTarget(objectType: number, a: string, b: string): boolean {
  // Resource types are known by name, and names compare case-insensitively like Windows.
  return objectType === T.RESOURCE_TYPE ? fold(a) === fold(b) : a === b;
}
