/**
 * A friendly facade over the generated ClusAPI v3 client: `Cluster.connect(host, creds)`, lists of
 * typed objects, and per-object helpers (`c.group('Cluster Group').online()`).
 *
 * Handles: every facade call opens the object it needs and closes it before returning, so nothing
 * leaks and the facade survives a server restart between calls. The one exception is
 * `openNetInterface`, which hands the caller a held handle; those are tracked and closed by
 * `Cluster.close()`, with a FinalizationRegistry only as a safety net for dropped ones.
 */
import { clientSecurity, type Mechanism } from '../../cli/credentials.js';
import { ClusterStatus, Win32 } from '../../errors/status.js';
import {
  Clusapi3Client,
  Clusapi3Syntax,
  type HGROUP_RPC,
  type HNETINTERFACE_RPC,
  type HNETWORK_RPC,
  type HNODE_RPC,
  type HRES_RPC,
} from '../../interfaces/clusapi3/clusapi3.gen.js';
import { connectTcpRpc, type RpcClientConnection } from '../../rpc/client.js';
import { resolveTcpEndpoint } from '../../interfaces/epm/resolve.js';
import { AuthLevel, type TransferSyntax } from '../../rpc/types.js';
import {
  GroupControl,
  NetInterfaceControl,
  NetworkControl,
  NodeControl,
  ResourceControl,
} from '../controls/codes.js';
import { DesiredAccess } from '../model/access.js';
import { ClusterEnum, ResourceEnum } from '../server/enums.js';
import { ClusterApiError } from './errors.js';
import { watchNotifications, type NotificationStream, type WatchFilter } from './notifications.js';
import { ClusterGroupSets } from './group-sets.js';
import { ClusterRegistryClient } from './registry.js';
import { decodeTypedProperties, encodeSetList, type Properties, type PropertyValue } from './properties.js';
import {
  groupStateName,
  netInterfaceStateName,
  networkStateName,
  nodeStateName,
  resourceStateName,
  type GroupStateName,
  type NetInterfaceStateName,
  type NetworkStateName,
  type NodeStateName,
  type ResourceStateName,
} from './states.js';

export interface ClusterCredentials {
  readonly user: string;
  readonly domain?: string;
  readonly password?: string;
  readonly ntHash?: Uint8Array;
}

export interface ConnectOptions extends ClusterCredentials {
  /** The endpoint mapper's port, asked for the cluster's dynamic port (default 135). */
  readonly epmPort?: number;
  /** A fixed cluster port: skips the endpoint mapper. */
  readonly port?: number;
  readonly mechanism?: Mechanism;
  readonly transferSyntax?: TransferSyntax;
  readonly timeoutMs?: number;
}

export interface ClusterInfo {
  readonly name: string;
  /** The node that answered. */
  readonly nodeName: string;
  readonly version: {
    readonly major: number;
    readonly minor: number;
    readonly build: number;
    readonly vendor: string;
    readonly csdVersion: string;
    readonly highestVersion: number;
    readonly lowestVersion: number;
  };
  readonly quorum: { readonly resource: string; readonly device: string; readonly maxLogSize: number };
}

export interface NodeInfo {
  readonly name: string;
  readonly id: string;
  readonly state: NodeStateName;
}
export interface GroupInfo {
  readonly name: string;
  readonly id: string;
  readonly state: GroupStateName;
  readonly owner: string;
}
export interface ResourceInfo {
  readonly name: string;
  readonly id: string;
  readonly state: ResourceStateName;
  readonly owner: string;
  readonly group: string;
  readonly type: string;
}
export interface ResourceTypeInfo {
  readonly name: string;
}
export interface NetworkInfo {
  readonly name: string;
  readonly id: string;
  readonly state: NetworkStateName;
}
export interface NetInterfaceInfo {
  readonly name: string;
  readonly id: string;
  readonly state: NetInterfaceStateName;
}

export type PropertyScope = 'common' | 'readOnly' | 'private' | 'readOnlyPrivate';

/** `pending` is true when the server accepted the request and is still carrying it out. */
export interface StateChange {
  readonly pending: boolean;
}

type Handle = Uint8Array;
interface ControlResponse {
  lpOutBuffer: Uint8Array;
  lpBytesReturned: number;
  lpcbRequired: number;
  ret: number;
}
type Control = (code: number, input: Uint8Array | null, outSize: number) => Promise<ControlResponse>;

interface ControlCodes {
  readonly GET_COMMON_PROPERTIES: number;
  readonly GET_RO_COMMON_PROPERTIES: number;
  readonly GET_PRIVATE_PROPERTIES: number;
  readonly GET_RO_PRIVATE_PROPERTIES: number;
  readonly SET_COMMON_PROPERTIES: number;
  readonly SET_PRIVATE_PROPERTIES: number;
}

const FIRST_OUT_BUFFER = 4096;
/** A server asking for more than this for one property list is not believed. */
const MAX_OUT_BUFFER = 16 * 1024 * 1024;

const ok = (ret: number, method: string, object?: string): void => {
  if (ret !== Win32.ERROR_SUCCESS) throw new ClusterApiError(ret, method, object);
};
const started = (ret: number, method: string, object?: string): StateChange => {
  if (ret === ClusterStatus.ERROR_IO_PENDING) return { pending: true };
  ok(ret, method, object);
  return { pending: false };
};

export class Cluster {
  readonly api: Clusapi3Client;
  private readonly conn: RpcClientConnection;
  private readonly held = new Set<NetInterfaceHandle>();
  private closed = false;

  private constructor(conn: RpcClientConnection, api: Clusapi3Client) {
    this.conn = conn;
    this.api = api;
  }

  /** Connects at packet privacy (MS-CMRP 2.1 requires it for v3) and binds ClusAPI v3. */
  static async connect(host: string, opts: ConnectOptions): Promise<Cluster> {
    const timeout = { timeoutMs: opts.timeoutMs ?? 10_000 };
    const port =
      opts.port ??
      (await resolveTcpEndpoint(host, Clusapi3Syntax, {
        ...timeout,
        ...(opts.epmPort !== undefined ? { epmPort: opts.epmPort } : {}),
        ...(opts.transferSyntax ? { transferSyntax: opts.transferSyntax } : {}),
      }));
    const security = clientSecurity(
      {
        user: opts.user,
        domain: opts.domain ?? '',
        ...(opts.ntHash ? { ntHash: opts.ntHash } : { password: opts.password ?? '' }),
        anonymous: false,
      },
      { mechanism: opts.mechanism ?? 'ntlm', level: AuthLevel.PKT_PRIVACY },
    );
    const conn = await connectTcpRpc(host, port, { ...timeout, security });
    try {
      const ctx = await conn.bind(Clusapi3Syntax, { transferSyntaxes: [opts.transferSyntax ?? 'ndr20'] });
      const api = new Clusapi3Client({
        syntax: ctx.syntax,
        call: (opnum, stub) => conn.call(ctx, opnum, stub),
      });
      return new Cluster(conn, api);
    } catch (err) {
      await conn.close();
      throw err;
    }
  }

  /** Closes every handle still held, then the connection. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const h of [...this.held]) await h.close().catch(() => undefined);
    await this.conn.close();
  }

  /**
   * Live notifications: `for await (const ev of c.watch()) …`. Registers for every object type
   * (or `filter.objects`); leaving the loop or `close()` releases the server's port. Await
   * `ready` on the returned stream to know that events from then on will be seen.
   */
  watch(filter: WatchFilter = {}): NotificationStream {
    return watchNotifications(this.api, filter);
  }

  async info(): Promise<ClusterInfo> {
    const name = await this.api.ApiGetClusterName();
    ok(name.ret, 'ApiGetClusterName');
    const v = await this.api.ApiGetClusterVersion2();
    ok(v.ret, 'ApiGetClusterVersion2');
    const q = await this.api.ApiGetQuorumResource();
    ok(q.ret, 'ApiGetQuorumResource');
    return {
      name: name.ClusterName ?? '',
      nodeName: name.NodeName ?? '',
      version: {
        major: v.lpwMajorVersion,
        minor: v.lpwMinorVersion,
        build: v.lpwBuildNumber,
        vendor: v.lpszVendorId ?? '',
        csdVersion: v.lpszCSDVersion ?? '',
        highestVersion: v.ppClusterOpVerInfo?.dwClusterHighestVersion ?? 0,
        lowestVersion: v.ppClusterOpVerInfo?.dwClusterLowestVersion ?? 0,
      },
      quorum: {
        resource: q.lpszResourceName ?? '',
        device: q.lpszDeviceName ?? '',
        maxLogSize: q.pdwMaxQuorumLogSize,
      },
    };
  }

  /** The names ApiCreateEnum lists for one object type. */
  async names(type: number): Promise<string[]> {
    const r = await this.api.ApiCreateEnum({ dwType: type });
    ok(r.ret, 'ApiCreateEnum');
    return (r.ReturnEnum?.Entry ?? []).map((e) => e.Name ?? '');
  }

  async nodes(): Promise<NodeInfo[]> {
    return Promise.all((await this.names(ClusterEnum.NODE)).map((n) => this.node(n).info()));
  }
  async groups(): Promise<GroupInfo[]> {
    return Promise.all((await this.names(ClusterEnum.GROUP)).map((n) => this.group(n).info()));
  }
  async resources(): Promise<ResourceInfo[]> {
    return Promise.all((await this.names(ClusterEnum.RESOURCE)).map((n) => this.resource(n).info()));
  }
  async resourceTypes(): Promise<ResourceTypeInfo[]> {
    return (await this.names(ClusterEnum.RESTYPE)).map((name) => ({ name }));
  }
  async networks(): Promise<NetworkInfo[]> {
    return Promise.all((await this.names(ClusterEnum.NETWORK)).map((n) => this.network(n).info()));
  }
  async netInterfaces(): Promise<NetInterfaceInfo[]> {
    const names = await this.names(ClusterEnum.NETINTERFACE);
    return Promise.all(
      names.map((n) =>
        this.withNetInterface(n, DesiredAccess.MAXIMUM_ALLOWED, (h) => this.netInterfaceInfo(n, h)),
      ),
    );
  }

  node(name: string): ClusterNodeRef {
    return new ClusterNodeRef(this, name);
  }
  group(name: string): ClusterGroupRef {
    return new ClusterGroupRef(this, name);
  }
  resource(name: string): ClusterResourceRef {
    return new ClusterResourceRef(this, name);
  }
  network(name: string): ClusterNetworkRef {
    return new ClusterNetworkRef(this, name);
  }
  /** The cluster registry (keys, values, batches). */
  registry(): ClusterRegistryClient {
    return new ClusterRegistryClient(this);
  }

  /** Group sets and group dependencies ([MS-CMRP] 3.1.4.2.146-165). */
  groupSets(): ClusterGroupSets {
    return new ClusterGroupSets(this);
  }

  async createGroup(name: string): Promise<ClusterGroupRef> {
    const r = await this.api.ApiCreateGroup({ lpszGroupName: name });
    ok(r.Status, 'ApiCreateGroup', name);
    await this.api.ApiCloseGroup({ Group: r.ret }).catch(() => undefined);
    return this.group(name);
  }

  async createResource(group: string, name: string, type: string): Promise<ClusterResourceRef> {
    await this.withGroup(group, async (hGroup) => {
      const r = await this.api.ApiCreateResource({
        hGroup,
        lpszResourceName: name,
        lpszResourceType: type,
        dwFlags: 0,
      });
      ok(r.Status, 'ApiCreateResource', name);
      await this.api.ApiCloseResource({ Resource: r.ret }).catch(() => undefined);
    });
    return this.resource(name);
  }

  /** A held net-interface handle with the access asked for; closed by its close() or Cluster.close(). */
  async openNetInterface(name: string, opts: { access?: 'read' | 'all' } = {}): Promise<NetInterfaceHandle> {
    const desired = opts.access === 'all' ? DesiredAccess.GENERIC_ALL : DesiredAccess.GENERIC_READ;
    const r = await this.api.ApiOpenNetInterfaceEx({ lpszNetInterfaceName: name, dwDesiredAccess: desired });
    ok(r.Status, 'ApiOpenNetInterfaceEx', name);
    const h = new NetInterfaceHandle(this, name, r.ret, r.lpdwGrantedAccess);
    this.held.add(h);
    leaked.register(h, { api: this.api, handle: r.ret }, h);
    return h;
  }

  /** @internal */
  release(h: NetInterfaceHandle): void {
    this.held.delete(h);
    leaked.unregister(h);
  }

  /** @internal */
  async netInterfaceInfo(name: string, h: HNETINTERFACE_RPC): Promise<NetInterfaceInfo> {
    const st = await this.api.ApiGetNetInterfaceState({ hNetInterface: h });
    ok(st.ret, 'ApiGetNetInterfaceState', name);
    const id = await this.api.ApiGetNetInterfaceId({ hNetInterface: h });
    ok(id.ret, 'ApiGetNetInterfaceId', name);
    return { name, id: id.pGuid ?? '', state: netInterfaceStateName(st.State) };
  }

  /** @internal */
  withNode<T>(name: string, fn: (h: HNODE_RPC) => Promise<T>): Promise<T> {
    return this.scoped(
      'ApiOpenNodeEx',
      name,
      () => this.api.ApiOpenNodeEx({ lpszNodeName: name, dwDesiredAccess: DesiredAccess.MAXIMUM_ALLOWED }),
      (Node) => this.api.ApiCloseNode({ Node }),
      fn,
    );
  }
  /** @internal */
  withGroup<T>(name: string, fn: (h: HGROUP_RPC) => Promise<T>): Promise<T> {
    return this.scoped(
      'ApiOpenGroupEx',
      name,
      () => this.api.ApiOpenGroupEx({ lpszGroupName: name, dwDesiredAccess: DesiredAccess.MAXIMUM_ALLOWED }),
      (Group) => this.api.ApiCloseGroup({ Group }),
      fn,
    );
  }
  /** @internal */
  withResource<T>(name: string, fn: (h: HRES_RPC) => Promise<T>): Promise<T> {
    return this.scoped(
      'ApiOpenResourceEx',
      name,
      () =>
        this.api.ApiOpenResourceEx({
          lpszResourceName: name,
          dwDesiredAccess: DesiredAccess.MAXIMUM_ALLOWED,
        }),
      (Resource) => this.api.ApiCloseResource({ Resource }),
      fn,
    );
  }
  /** @internal */
  withNetwork<T>(name: string, fn: (h: HNETWORK_RPC) => Promise<T>): Promise<T> {
    return this.scoped(
      'ApiOpenNetworkEx',
      name,
      () =>
        this.api.ApiOpenNetworkEx({ lpszNetworkName: name, dwDesiredAccess: DesiredAccess.MAXIMUM_ALLOWED }),
      (Network) => this.api.ApiCloseNetwork({ Network }),
      fn,
    );
  }
  /** @internal */
  withNetInterface<T>(name: string, access: number, fn: (h: HNETINTERFACE_RPC) => Promise<T>): Promise<T> {
    return this.scoped(
      'ApiOpenNetInterfaceEx',
      name,
      () => this.api.ApiOpenNetInterfaceEx({ lpszNetInterfaceName: name, dwDesiredAccess: access }),
      (NetInterface) => this.api.ApiCloseNetInterface({ NetInterface }),
      fn,
    );
  }

  /** Opens an object, runs `fn` on its handle and always closes it: every with* above. */
  private async scoped<H, T>(
    method: string,
    name: string,
    open: () => Promise<{ Status: number; ret: H }>,
    close: (h: H) => Promise<unknown>,
    fn: (h: H) => Promise<T>,
  ): Promise<T> {
    const r = await open();
    ok(r.Status, method, name);
    try {
      return await fn(r.ret);
    } finally {
      await close(r.ret).catch(() => undefined);
    }
  }
}

/** Runs a control, growing the output buffer once if the server says ERROR_MORE_DATA. */
async function runControl(
  control: Control,
  code: number,
  input: Uint8Array | null,
  method: string,
  object: string,
): Promise<Uint8Array> {
  let size = FIRST_OUT_BUFFER;
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await control(code, input, size);
    if (r.ret === Win32.ERROR_MORE_DATA && r.lpcbRequired > size && r.lpcbRequired <= MAX_OUT_BUFFER) {
      size = r.lpcbRequired;
      continue;
    }
    ok(r.ret, method, object);
    return r.lpOutBuffer.subarray(0, Math.min(r.lpBytesReturned, r.lpOutBuffer.length));
  }
  throw new ClusterApiError(Win32.ERROR_MORE_DATA, method, object);
}

const SCOPE_CODE: Readonly<Record<PropertyScope, keyof ControlCodes>> = {
  common: 'GET_COMMON_PROPERTIES',
  readOnly: 'GET_RO_COMMON_PROPERTIES',
  private: 'GET_PRIVATE_PROPERTIES',
  readOnlyPrivate: 'GET_RO_PRIVATE_PROPERTIES',
};

/** Shared by every object kind that speaks the *_COMMON/PRIVATE_PROPERTIES controls. */
abstract class PropertyHolder {
  protected abstract readonly method: string;
  protected abstract readonly codes: ControlCodes;
  abstract get name(): string;
  protected abstract withControl<T>(fn: (control: Control) => Promise<T>): Promise<T>;

  /** Common and read-only common properties merged (or one scope) as `{ Name: value }`. */
  async properties(scope?: PropertyScope): Promise<Properties> {
    return this.withControl(async (control) => {
      const scopes: PropertyScope[] = scope ? [scope] : ['common', 'readOnly'];
      const out: Properties = {};
      for (const s of scopes) {
        const bytes = await runControl(control, this.codes[SCOPE_CODE[s]], null, this.method, this.name);
        Object.assign(out, decodeTypedProperties(bytes).values);
      }
      return out;
    });
  }

  /**
   * Sets properties, each encoded with the type the server reports for it. A name among the
   * common properties is set there; any other name is a private property.
   */
  async setProperties(props: Readonly<Record<string, PropertyValue>>): Promise<void> {
    await this.withControl(async (control) => {
      const common = decodeTypedProperties(
        await runControl(control, this.codes.GET_COMMON_PROPERTIES, null, this.method, this.name),
      );
      const priv = decodeTypedProperties(
        await runControl(control, this.codes.GET_PRIVATE_PROPERTIES, null, this.method, this.name),
      );
      const commonSet: Record<string, PropertyValue> = {};
      const privateSet: Record<string, PropertyValue> = {};
      for (const [k, v] of Object.entries(props)) {
        if (common.types.has(k.toLowerCase())) commonSet[k] = v;
        else privateSet[k] = v;
      }
      for (const [set, code, types] of [
        [commonSet, this.codes.SET_COMMON_PROPERTIES, common.types],
        [privateSet, this.codes.SET_PRIVATE_PROPERTIES, priv.types],
      ] as const) {
        if (Object.keys(set).length === 0) continue;
        await runControl(control, code, encodeSetList(set, types), this.method, this.name);
      }
    });
  }
}

/** How the facade opens one kind of named object and runs its control codes. */
interface ObjectKindOps<H extends Handle> {
  readonly controlMethod: string;
  readonly codes: ControlCodes;
  open<T>(cluster: Cluster, name: string, fn: (h: H) => Promise<T>): Promise<T>;
  control(
    api: Clusapi3Client,
    h: H,
    code: number,
    input: Uint8Array | null,
    outSize: number,
  ): Promise<ControlResponse>;
}

const controlArgs = (dwControlCode: number, lpInBuffer: Uint8Array | null, nOutBufferSize: number) => ({
  dwControlCode,
  lpInBuffer,
  nInBufferSize: lpInBuffer?.length ?? 0,
  nOutBufferSize,
});

const NODE_OPS: ObjectKindOps<HNODE_RPC> = {
  controlMethod: 'ApiNodeControl',
  codes: NodeControl,
  open: (cluster, name, fn) => cluster.withNode(name, fn),
  control: (api, hNode, ...a) => api.ApiNodeControl({ hNode, ...controlArgs(...a) }),
};
const GROUP_OPS: ObjectKindOps<HGROUP_RPC> = {
  controlMethod: 'ApiGroupControl',
  codes: GroupControl,
  open: (cluster, name, fn) => cluster.withGroup(name, fn),
  control: (api, hGroup, ...a) => api.ApiGroupControl({ hGroup, ...controlArgs(...a) }),
};
const RESOURCE_OPS: ObjectKindOps<HRES_RPC> = {
  controlMethod: 'ApiResourceControl',
  codes: ResourceControl,
  open: (cluster, name, fn) => cluster.withResource(name, fn),
  control: (api, hResource, ...a) => api.ApiResourceControl({ hResource, ...controlArgs(...a) }),
};
const NETWORK_OPS: ObjectKindOps<HNETWORK_RPC> = {
  controlMethod: 'ApiNetworkControl',
  codes: NetworkControl,
  open: (cluster, name, fn) => cluster.withNetwork(name, fn),
  control: (api, hNetwork, ...a) => api.ApiNetworkControl({ hNetwork, ...controlArgs(...a) }),
};

/**
 * A named cluster object: each call opens it (at the most access the caller may have), runs, and
 * closes it again. What differs between kinds is only which methods open and control it.
 */
abstract class ClusterObjectRef<H extends Handle> extends PropertyHolder {
  protected readonly method: string;
  protected readonly codes: ControlCodes;
  private current: string;

  protected constructor(
    protected readonly cluster: Cluster,
    private readonly ops: ObjectKindOps<H>,
    name: string,
  ) {
    super();
    this.method = ops.controlMethod;
    this.codes = ops.codes;
    this.current = name;
  }

  /** The object's name; follows rename(). */
  get name(): string {
    return this.current;
  }

  protected withHandle<T>(fn: (h: H) => Promise<T>): Promise<T> {
    return this.ops.open(this.cluster, this.current, fn);
  }

  protected withControl<T>(fn: (control: Control) => Promise<T>): Promise<T> {
    return this.withHandle((h) =>
      fn((code, input, outSize) => this.ops.control(this.cluster.api, h, code, input, outSize)),
    );
  }

  /** Runs one method on the object; a status other than success throws. */
  protected call(method: string, fn: (h: H) => Promise<{ ret: number }>): Promise<void> {
    return this.withHandle(async (h) => ok((await fn(h)).ret, method, this.current));
  }

  /** As `call`, for a state change the server may still be carrying out (ERROR_IO_PENDING). */
  protected change(method: string, fn: (h: H) => Promise<{ ret: number }>): Promise<StateChange> {
    return this.withHandle(async (h) => started((await fn(h)).ret, method, this.current));
  }

  /** Renames through `fn`, then follows the new name. */
  protected async renameTo(
    newName: string,
    method: string,
    fn: (h: H) => Promise<{ ret: number }>,
  ): Promise<void> {
    await this.call(method, fn);
    this.current = newName;
  }
}

export class ClusterNodeRef extends ClusterObjectRef<HNODE_RPC> {
  constructor(cluster: Cluster, name: string) {
    super(cluster, NODE_OPS, name);
  }
  async info(): Promise<NodeInfo> {
    return this.withHandle(async (h) => {
      const st = await this.cluster.api.ApiGetNodeState({ hNode: h });
      ok(st.ret, 'ApiGetNodeState', this.name);
      const id = await this.cluster.api.ApiGetNodeId({ hNode: h });
      ok(id.ret, 'ApiGetNodeId', this.name);
      return { name: this.name, id: id.pGuid ?? '', state: nodeStateName(st.State) };
    });
  }
  async state(): Promise<NodeStateName> {
    return (await this.info()).state;
  }
  pause(): Promise<void> {
    return this.call('ApiPauseNode', (hNode) => this.cluster.api.ApiPauseNode({ hNode }));
  }
  resume(): Promise<void> {
    return this.call('ApiResumeNode', (hNode) => this.cluster.api.ApiResumeNode({ hNode }));
  }
  evict(): Promise<void> {
    return this.call('ApiEvictNode', (hNode) => this.cluster.api.ApiEvictNode({ hNode }));
  }
}

export class ClusterGroupRef extends ClusterObjectRef<HGROUP_RPC> {
  constructor(cluster: Cluster, name: string) {
    super(cluster, GROUP_OPS, name);
  }
  async info(): Promise<GroupInfo> {
    return this.withHandle(async (h) => {
      const st = await this.cluster.api.ApiGetGroupState({ hGroup: h });
      ok(st.ret, 'ApiGetGroupState', this.name);
      const id = await this.cluster.api.ApiGetGroupId({ hGroup: h });
      ok(id.ret, 'ApiGetGroupId', this.name);
      return {
        name: this.name,
        id: id.pGuid ?? '',
        state: groupStateName(st.State),
        owner: st.NodeName ?? '',
      };
    });
  }
  async state(): Promise<GroupStateName> {
    return (await this.info()).state;
  }
  async owner(): Promise<string> {
    return (await this.info()).owner;
  }
  online(): Promise<StateChange> {
    return this.change('ApiOnlineGroup', (hGroup) => this.cluster.api.ApiOnlineGroup({ hGroup }));
  }
  offline(): Promise<StateChange> {
    return this.change('ApiOfflineGroup', (hGroup) => this.cluster.api.ApiOfflineGroup({ hGroup }));
  }
  /** Moves to `node`, or wherever the cluster chooses when no node is named. */
  move(node?: string): Promise<StateChange> {
    if (node === undefined)
      return this.change('ApiMoveGroup', (hGroup) => this.cluster.api.ApiMoveGroup({ hGroup }));
    return this.cluster.withNode(node, (hNode) =>
      this.change('ApiMoveGroupToNode', (hGroup) => this.cluster.api.ApiMoveGroupToNode({ hGroup, hNode })),
    );
  }
  rename(newName: string): Promise<void> {
    return this.renameTo(newName, 'ApiSetGroupName', (hGroup) =>
      this.cluster.api.ApiSetGroupName({ hGroup, lpszGroupName: newName }),
    );
  }
  delete(): Promise<void> {
    return this.call('ApiDeleteGroup', (Group) => this.cluster.api.ApiDeleteGroup({ Group, force: 0 }));
  }
}

export class ClusterResourceRef extends ClusterObjectRef<HRES_RPC> {
  constructor(cluster: Cluster, name: string) {
    super(cluster, RESOURCE_OPS, name);
  }
  async info(): Promise<ResourceInfo> {
    return this.withHandle(async (h) => {
      const st = await this.cluster.api.ApiGetResourceState({ hResource: h });
      ok(st.ret, 'ApiGetResourceState', this.name);
      const id = await this.cluster.api.ApiGetResourceId({ hResource: h });
      ok(id.ret, 'ApiGetResourceId', this.name);
      const t = await this.cluster.api.ApiGetResourceType({ hResource: h });
      ok(t.ret, 'ApiGetResourceType', this.name);
      return {
        name: this.name,
        id: id.pGuid ?? '',
        state: resourceStateName(st.State),
        owner: st.NodeName ?? '',
        group: st.GroupName ?? '',
        type: t.lpszResourceType ?? '',
      };
    });
  }
  async state(): Promise<ResourceStateName> {
    return (await this.info()).state;
  }
  online(): Promise<StateChange> {
    return this.change('ApiOnlineResource', (hResource) => this.cluster.api.ApiOnlineResource({ hResource }));
  }
  offline(): Promise<StateChange> {
    return this.change('ApiOfflineResource', (hResource) =>
      this.cluster.api.ApiOfflineResource({ hResource }),
    );
  }
  fail(): Promise<StateChange> {
    return this.change('ApiFailResource', (hResource) => this.cluster.api.ApiFailResource({ hResource }));
  }
  /** The names of the resources this one depends on. */
  async dependencies(): Promise<string[]> {
    return this.withHandle(async (hResource) => {
      const r = await this.cluster.api.ApiCreateResEnum({ hResource, dwType: ResourceEnum.DEPENDS });
      ok(r.ret, 'ApiCreateResEnum', this.name);
      return (r.ReturnEnum?.Entry ?? []).map((e) => e.Name ?? '');
    });
  }
  addDependency(on: string): Promise<void> {
    return this.dependency('ApiAddResourceDependency', on, (hResource, hDependsOn) =>
      this.cluster.api.ApiAddResourceDependency({ hResource, hDependsOn }),
    );
  }
  removeDependency(on: string): Promise<void> {
    return this.dependency('ApiRemoveResourceDependency', on, (hResource, hDependsOn) =>
      this.cluster.api.ApiRemoveResourceDependency({ hResource, hDependsOn }),
    );
  }
  rename(newName: string): Promise<void> {
    return this.renameTo(newName, 'ApiSetResourceName', (hResource) =>
      this.cluster.api.ApiSetResourceName({ hResource, lpszResourceName: newName }),
    );
  }
  delete(): Promise<void> {
    return this.call('ApiDeleteResource', (hResource) => this.cluster.api.ApiDeleteResource({ hResource }));
  }
  private dependency(
    method: string,
    on: string,
    fn: (h: HRES_RPC, on: HRES_RPC) => Promise<{ ret: number }>,
  ): Promise<void> {
    return this.withHandle((h) =>
      this.cluster.withResource(on, async (hOn) => ok((await fn(h, hOn)).ret, method, this.name)),
    );
  }
}

export class ClusterNetworkRef extends ClusterObjectRef<HNETWORK_RPC> {
  constructor(cluster: Cluster, name: string) {
    super(cluster, NETWORK_OPS, name);
  }
  async info(): Promise<NetworkInfo> {
    return this.withHandle(async (h) => {
      const st = await this.cluster.api.ApiGetNetworkState({ hNetwork: h });
      ok(st.ret, 'ApiGetNetworkState', this.name);
      const id = await this.cluster.api.ApiGetNetworkId({ hNetwork: h });
      ok(id.ret, 'ApiGetNetworkId', this.name);
      return { name: this.name, id: id.pGuid ?? '', state: networkStateName(st.State) };
    });
  }
}

/** A net-interface handle the caller holds; it keeps the access it was granted until closed. */
export class NetInterfaceHandle extends PropertyHolder {
  protected readonly method = 'ApiNetInterfaceControl';
  protected readonly codes = NetInterfaceControl;
  private handle: HNETINTERFACE_RPC | undefined;
  constructor(
    private readonly cluster: Cluster,
    readonly name: string,
    handle: HNETINTERFACE_RPC,
    /** The access mask the server granted. */
    readonly grantedAccess: number,
  ) {
    super();
    this.handle = handle;
  }
  get isOpen(): boolean {
    return this.handle !== undefined;
  }
  private live(): HNETINTERFACE_RPC {
    if (this.handle === undefined)
      throw new ClusterApiError(Win32.ERROR_INVALID_HANDLE, this.method, this.name);
    return this.handle;
  }
  protected withControl<T>(fn: (control: Control) => Promise<T>): Promise<T> {
    const hNetInterface = this.live();
    return fn((dwControlCode, lpInBuffer, nOutBufferSize) =>
      this.cluster.api.ApiNetInterfaceControl({
        hNetInterface,
        dwControlCode,
        lpInBuffer,
        nInBufferSize: lpInBuffer?.length ?? 0,
        nOutBufferSize,
      }),
    );
  }
  info(): Promise<NetInterfaceInfo> {
    return this.cluster.netInterfaceInfo(this.name, this.live());
  }
  async state(): Promise<NetInterfaceStateName> {
    return (await this.info()).state;
  }
  async close(): Promise<void> {
    const h = this.handle;
    if (h === undefined) return;
    this.handle = undefined;
    this.cluster.release(this);
    const r = await this.cluster.api.ApiCloseNetInterface({ NetInterface: h });
    ok(r.ret, 'ApiCloseNetInterface', this.name);
  }
}

/** Best effort for a held handle dropped without close(): the server frees it with the connection anyway. */
const leaked = new FinalizationRegistry<{ api: Clusapi3Client; handle: Handle }>(({ api, handle }) => {
  void api.ApiCloseNetInterface({ NetInterface: handle as HNETINTERFACE_RPC }).catch(() => undefined);
});
