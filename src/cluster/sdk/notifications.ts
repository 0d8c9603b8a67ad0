/**
 * Cluster notifications for SDK users: `for await (const ev of cluster.watch()) …`.
 *
 * A watch is a version 2 notification port ([MS-CMRP] 3.2.4.5.2): ApiCreateNotifyV2, one
 * ApiAddNotifyV2 per object type with every flag a client may register for that type, each for
 * all objects of the type (isTargetedAtObject FALSE with the cluster handle), then ApiGetNotifyV2
 * in a loop. Each NOTIFICATION_RPC becomes a typed event with its payload decoded as 3.1.4.2.138
 * lays it out (a state, an id, a list of ids, or a property list). Ending the iteration (break,
 * `close()`) unblocks the outstanding read and closes the port and the cluster handle
 * (ApiUnblockGetNotifyCall, ApiCloseNotify, ApiCloseCluster), as 3.2.4.5.1 asks of a client.
 *
 * The watch reads on the connection it is given; the ClusAPI server multiplexes calls, so other
 * calls keep flowing while a read waits.
 */
import { Win32 } from '../../errors/status.js';
import type {
  Clusapi3Client,
  HCLUSTER_RPC,
  HGENERIC_RPC,
  HNOTIFY_RPC,
  NOTIFICATION_RPC,
} from '../../interfaces/clusapi3/clusapi3.gen.js';
import { decodeMultiSz, decodeSz } from '../controls/clusprop.js';
import { DesiredAccess } from '../model/access.js';
import { ClusterObjectType as T, V2_REGISTRABLE } from '../notify/flags.js';
import { ClusterApiError } from './errors.js';
import { decodeTypedProperties, type Properties } from './properties.js';
import {
  groupStateName,
  netInterfaceStateName,
  networkStateName,
  nodeStateName,
  resourceStateName,
} from './states.js';

export type WatchObjectKind =
  | 'cluster'
  | 'node'
  | 'group'
  | 'resource'
  | 'resourceType'
  | 'network'
  | 'netInterface'
  | 'registry'
  | 'quorum'
  | 'groupSet';

/** What a watch registers for; by default every object type except the cluster registry. */
export interface WatchFilter {
  readonly objects?: readonly WatchObjectKind[];
}

export const DEFAULT_WATCH_OBJECTS: readonly WatchObjectKind[] = [
  'cluster',
  'node',
  'group',
  'resource',
  'resourceType',
  'network',
  'netInterface',
  'quorum',
  'groupSet',
];

const OBJECT_TYPE: Record<WatchObjectKind, number> = {
  cluster: T.CLUSTER,
  node: T.NODE,
  group: T.GROUP,
  resource: T.RESOURCE,
  resourceType: T.RESOURCE_TYPE,
  network: T.NETWORK,
  netInterface: T.NETWORK_INTERFACE,
  registry: T.REGISTRY,
  quorum: T.QUORUM,
  groupSet: T.GROUPSET,
};
const KIND_OF = new Map<number, WatchObjectKind>(
  Object.entries(OBJECT_TYPE).map(([k, v]) => [v, k as WatchObjectKind]),
);

type Payload = 'none' | 'dword' | 'state' | 'id' | 'ids' | 'properties' | 'text';

/** Event names per object type, bit by bit (2.2.2.12–2.2.2.24), and how each payload reads. */
const EVENTS: Record<WatchObjectKind, readonly (readonly [string, Payload])[]> = {
  cluster: [
    ['reconnect', 'none'],
    ['state', 'none'],
    ['group-added', 'dword'],
    ['handle-close', 'none'],
    ['network-added', 'none'],
    ['node-added', 'state'],
    ['resource-type-added', 'none'],
    ['common-property', 'properties'],
    ['private-property', 'properties'],
    ['lost-notifications', 'none'],
    ['rename', 'none'],
    ['membership', 'none'],
    ['upgraded', 'dword'],
  ],
  group: [
    ['deleted', 'none'],
    ['common-property', 'properties'],
    ['private-property', 'properties'],
    ['state', 'state'],
    ['owner-node', 'id'],
    ['preferred-owners', 'ids'],
    ['resource-added', 'id'],
    ['resource-gained', 'id'],
    ['resource-lost', 'id'],
    ['handle-close', 'none'],
  ],
  resource: [
    ['common-property', 'properties'],
    ['private-property', 'none'],
    ['state', 'state'],
    ['owner-group', 'id'],
    ['dependencies', 'text'],
    ['dependents', 'ids'],
    ['possible-owners', 'ids'],
    ['deleted', 'id'],
    ['dll-upgraded', 'id'],
    ['handle-close', 'none'],
  ],
  resourceType: [
    ['deleted', 'none'],
    ['common-property', 'properties'],
    ['private-property', 'none'],
    ['possible-owners', 'ids'],
    ['dll-upgraded', 'id'],
    ['specific', 'none'],
  ],
  netInterface: [
    ['deleted', 'none'],
    ['common-property', 'properties'],
    ['private-property', 'properties'],
    ['state', 'state'],
    ['handle-close', 'none'],
  ],
  network: [
    ['deleted', 'none'],
    ['common-property', 'properties'],
    ['private-property', 'properties'],
    ['state', 'state'],
    ['handle-close', 'none'],
  ],
  node: [
    ['netinterface-added', 'id'],
    ['deleted', 'state'],
    ['common-property', 'properties'],
    ['private-property', 'properties'],
    ['state', 'state'],
    ['group-gained', 'id'],
    ['group-lost', 'id'],
    ['handle-close', 'none'],
  ],
  registry: [
    ['attributes', 'none'],
    ['name', 'none'],
    ['subtree', 'none'],
    ['value', 'none'],
    ['handle-close', 'none'],
  ],
  quorum: [['state', 'state']],
  groupSet: [
    ['deleted', 'none'],
    ['common-property', 'properties'],
    ['private-property', 'properties'],
    ['state', 'none'],
    ['group-added', 'id'],
    ['group-removed', 'id'],
    ['dependencies', 'none'],
    ['dependents', 'none'],
    ['handle-close', 'none'],
  ],
};

/** One notification, typed. `raw` keeps what the server sent for anything not decoded here. */
export interface ClusterNotification {
  /** Which kind of object the notification is about. */
  readonly object: WatchObjectKind | 'unknown';
  /** The event, e.g. 'state', 'owner-node', 'group-added', 'common-property'. */
  readonly event: string;
  /** The object's id ('' when the spec leaves it empty, e.g. cluster-wide events). */
  readonly id: string;
  readonly name: string;
  /** A group's node, a resource's group, an interface's node. */
  readonly parentId: string;
  /** A resource's type. */
  readonly resourceType: string;
  /** State events: the new state by name. */
  readonly state?: string;
  /** A DWORD payload (group type, cluster version, or the state's number). */
  readonly value?: number;
  /** An id payload: the new owner node, the group gained or lost, … */
  readonly relatedId?: string;
  /** A list payload: preferred or possible owners, dependents. */
  readonly relatedIds?: readonly string[];
  /** A dependency expression payload. */
  readonly text?: string;
  /** Property events: the changed properties with their new values. */
  readonly properties?: Properties;
  readonly raw: {
    readonly objectType: number;
    readonly filterFlags: bigint;
    readonly notifyKey: bigint;
    readonly buffer: Uint8Array;
  };
}

function stateName(kind: WatchObjectKind, n: number): string {
  switch (kind) {
    case 'node':
    case 'cluster':
      return nodeStateName(n);
    case 'group':
      return groupStateName(n);
    case 'resource':
    case 'quorum':
      return resourceStateName(n);
    case 'network':
      return networkStateName(n);
    case 'netInterface':
      return netInterfaceStateName(n);
    default:
      return String(n);
  }
}

/** Decodes one NOTIFICATION_RPC; a payload that does not parse is left in `raw` only. */
export function decodeNotification(n: NOTIFICATION_RPC): ClusterNotification {
  const d = n.NotificationData;
  const kind: WatchObjectKind | 'unknown' = KIND_OF.get(d.FilterAndType.dwObjectType) ?? 'unknown';
  const flags = BigInt.asUintN(64, d.FilterAndType.FilterFlags);
  const bit = flags === 0n ? -1 : flags.toString(2).length - 1;
  const entry = kind === 'unknown' ? undefined : EVENTS[kind][bit];
  const buffer = d.buffer ?? new Uint8Array(0);
  const base: ClusterNotification = {
    object: kind,
    event: entry?.[0] ?? `0x${flags.toString(16)}`,
    id: d.ObjectId ?? '',
    name: d.Name ?? '',
    parentId: d.ParentId ?? '',
    resourceType: d.Type ?? '',
    raw: { objectType: d.FilterAndType.dwObjectType, filterFlags: flags, notifyKey: n.dwNotifyKey, buffer },
  };
  if (!entry || buffer.length === 0) return base;
  try {
    switch (entry[1]) {
      case 'dword':
      case 'state': {
        if (buffer.length < 4) return base;
        const value = new DataView(buffer.buffer, buffer.byteOffset, 4).getUint32(0, true);
        return entry[1] === 'state' && kind !== 'unknown'
          ? { ...base, value, state: stateName(kind, value) }
          : { ...base, value };
      }
      case 'id':
        return { ...base, relatedId: decodeSz(buffer) };
      case 'ids':
        return { ...base, relatedIds: decodeMultiSz(buffer) };
      case 'text':
        return { ...base, text: decodeSz(buffer) };
      case 'properties':
        return { ...base, properties: decodeTypedProperties(buffer).values };
      case 'none':
        return base;
    }
  } catch {
    return base;
  }
}

/** Statuses with which ApiGetNotifyV2 says the port was unblocked or closed (3.1.4.2.138). */
const ENDED = new Set<number>([Win32.ERROR_INVALID_FUNCTION, Win32.ERROR_NO_MORE_ITEMS]);

/** A live watch: iterate it once; `close()` (or leaving the loop) releases the port. */
export class NotificationStream implements AsyncIterable<ClusterNotification> {
  /** Settles once the port is registered: events from then on are delivered. */
  readonly ready: Promise<void>;
  private port: HNOTIFY_RPC | undefined;
  private cluster: HCLUSTER_RPC | undefined;
  private buffered: ClusterNotification[] = [];
  private closing: Promise<void> | undefined;
  private done = false;

  constructor(
    private readonly api: Clusapi3Client,
    filter: WatchFilter = {},
  ) {
    this.ready = this.open(filter.objects ?? DEFAULT_WATCH_OBJECTS, filter.objects === undefined);
    // A watch nobody iterates must not raise an unhandled rejection; iteration re-throws it.
    this.ready.catch(() => undefined);
  }

  /**
   * With the default object list, a type the server does not know (an older Windows refuses e.g.
   * group sets with ERROR_INVALID_PARAMETER) is skipped; a type the caller asked for is not.
   */
  private async open(objects: readonly WatchObjectKind[], lenient: boolean): Promise<void> {
    const c = await this.api.ApiOpenClusterEx({ dwDesiredAccess: DesiredAccess.GENERIC_READ });
    if (c.Status !== Win32.ERROR_SUCCESS) throw new ClusterApiError(c.Status, 'ApiOpenClusterEx');
    this.cluster = c.ret;
    const p = await this.api.ApiCreateNotifyV2({});
    if (p.rpc_error !== Win32.ERROR_SUCCESS) throw new ClusterApiError(p.rpc_error, 'ApiCreateNotifyV2');
    this.port = p.ret;
    for (const [i, kind] of [...new Set(objects)].entries()) {
      const type = OBJECT_TYPE[kind];
      const r = await this.api.ApiAddNotifyV2({
        hNotify: this.port,
        hObject: this.cluster as unknown as HGENERIC_RPC,
        filter: { dwObjectType: type, FilterFlags: V2_REGISTRABLE.get(type) ?? 0n },
        dwNotifyKey: i + 1,
        dwVersion: 2,
        isTargetedAtObject: 0,
      });
      if (lenient && r.ret === Win32.ERROR_INVALID_PARAMETER) continue;
      if (r.ret !== Win32.ERROR_SUCCESS) throw new ClusterApiError(r.ret, 'ApiAddNotifyV2', kind);
    }
  }

  async next(): Promise<IteratorResult<ClusterNotification>> {
    for (;;) {
      const head = this.buffered.shift();
      if (head) return { value: head, done: false };
      if (this.done || this.closing) return { value: undefined, done: true };
      await this.ready;
      let r;
      try {
        r = await this.api.ApiGetNotifyV2({ hNotify: this.port! });
      } catch (err) {
        // The connection went away: after a close() that is the expected end.
        if (this.closing) return { value: undefined, done: true };
        throw err;
      }
      if (ENDED.has(r.ret)) {
        this.done = true;
        continue;
      }
      if (r.ret !== Win32.ERROR_SUCCESS) throw new ClusterApiError(r.ret, 'ApiGetNotifyV2');
      this.buffered.push(...(r.Notifications ?? []).map(decodeNotification));
    }
  }

  /** Unblocks the outstanding read and closes the port and the cluster handle. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.done = true;
      await this.ready.catch(() => undefined);
      const quietly = (p: Promise<unknown>): Promise<unknown> => p.catch(() => undefined);
      if (this.port) {
        await quietly(this.api.ApiUnblockGetNotifyCall({ hNotify: this.port }));
        await quietly(this.api.ApiCloseNotify({ Notify: this.port }));
      }
      if (this.cluster) await quietly(this.api.ApiCloseCluster({ Cluster: this.cluster }));
    })();
    return this.closing;
  }

  [Symbol.asyncIterator](): AsyncIterator<ClusterNotification> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.close();
        return { value: undefined, done: true };
      },
    };
  }
}

/** Starts a watch on `api` (see NotificationStream). */
export function watchNotifications(api: Clusapi3Client, filter: WatchFilter = {}): NotificationStream {
  return new NotificationStream(api, filter);
}
