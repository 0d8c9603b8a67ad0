/**
 * Group sets through the SDK: `c.groupSets().create('Web tier')`, membership, set and group
 * dependencies, and the set's properties ([MS-CMRP] 3.1.4.2.146-165). As elsewhere in the facade,
 * each call opens the handles it needs and closes them before returning.
 */
import { Win32 } from '../../errors/status.js';
import type { HGROUP_RPC, HGROUPSET_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import { decodeMultiSz, decodeSz } from '../controls/clusprop.js';
import { GroupSetControl } from '../controls/groupset-controls.js';
import { DesiredAccess } from '../model/access.js';
import type { Cluster } from './cluster.js';
import { ClusterApiError } from './errors.js';
import { decodeTypedProperties, encodeSetList, type Properties, type PropertyValue } from './properties.js';

export interface GroupSetInfo {
  readonly name: string;
  readonly id: string;
  /** Member groups, in the order they joined. */
  readonly groups: readonly string[];
  /** Names of the sets this one depends on. */
  readonly providers: readonly string[];
  /** Common and read-only common properties (StartupDelay, IsGlobal, StatusInformation, …). */
  readonly properties: Properties;
}

export interface GroupPlacement {
  readonly faultDomain: number;
  readonly updateDomain: number;
}

const ok = (ret: number, method: string, object?: string): void => {
  if (ret !== Win32.ERROR_SUCCESS) throw new ClusterApiError(ret, method, object);
};

const FIRST_OUT_BUFFER = 4096;
/** A server asking for more than this for one answer is not believed. */
const MAX_OUT_BUFFER = 16 * 1024 * 1024;

export class ClusterGroupSets {
  constructor(private readonly cluster: Cluster) {}

  private get api(): Cluster['api'] {
    return this.cluster.api;
  }

  /** Set names (ApiCreateGroupSetEnum). */
  async names(): Promise<string[]> {
    const c = await this.api.ApiOpenClusterEx({ dwDesiredAccess: DesiredAccess.GENERIC_READ });
    ok(c.Status, 'ApiOpenClusterEx');
    try {
      const r = await this.api.ApiCreateGroupSetEnum({ hCluster: c.ret });
      ok(r.ret, 'ApiCreateGroupSetEnum');
      return (r.ReturnEnum?.Entry ?? []).map((e) => e.Name ?? '');
    } finally {
      await this.api.ApiCloseCluster({ Cluster: c.ret }).catch(() => undefined);
    }
  }

  async list(): Promise<GroupSetInfo[]> {
    const out: GroupSetInfo[] = [];
    for (const n of await this.names()) out.push(await this.info(n));
    return out;
  }

  async info(name: string): Promise<GroupSetInfo> {
    return this.withSet(name, async (h) => {
      const text = async (code: number): Promise<Uint8Array> => this.control(h, code, null, name);
      const properties: Properties = {};
      for (const code of [GroupSetControl.GET_COMMON_PROPERTIES, GroupSetControl.GET_RO_COMMON_PROPERTIES]) {
        Object.assign(properties, decodeTypedProperties(await text(code)).values);
      }
      return {
        name,
        id: decodeSz(await text(GroupSetControl.GET_ID)),
        groups: decodeMultiSz(await text(GroupSetControl.GET_GROUPS)),
        providers: decodeMultiSz(await text(GroupSetControl.GET_PROVIDER_GROUPSETS)),
        properties,
      };
    });
  }

  async create(name: string): Promise<void> {
    const r = await this.api.ApiCreateGroupSet({ lpszGroupSetName: name });
    ok(r.Status, 'ApiCreateGroupSet', name);
    await this.api.ApiCloseGroupSet({ GroupSet: r.ret }).catch(() => undefined);
  }

  async delete(name: string): Promise<void> {
    await this.withSet(name, async (h) =>
      ok((await this.api.ApiDeleteGroupSet({ GroupSet: h })).ret, 'ApiDeleteGroupSet', name),
    );
  }

  /** Adds a group; with `placement` through ApiAddGroupToGroupSetEx (fault and update domain). */
  async addGroup(set: string, group: string, placement?: GroupPlacement): Promise<void> {
    await this.withSetAndGroup(set, group, async (s, g) => {
      const r = placement
        ? await this.api.ApiAddGroupToGroupSetEx({
            GroupSet: s,
            Group: g,
            FaultDomain: placement.faultDomain,
            UpdateDomain: placement.updateDomain,
            UseDomains: 1,
            Reserved: 0,
          })
        : await this.api.ApiAddGroupToGroupSet({ GroupSet: s, Group: g });
      ok(r.ret, placement ? 'ApiAddGroupToGroupSetEx' : 'ApiAddGroupToGroupSet', group);
    });
  }

  /** Takes a group out of whatever set holds it. */
  async removeGroup(group: string): Promise<void> {
    await this.cluster.withGroup(group, async (g) =>
      ok((await this.api.ApiRemoveGroupFromGroupSet({ Group: g })).ret, 'ApiRemoveGroupFromGroupSet', group),
    );
  }

  /** Puts a group into `set`, taking it out of the set it was in. */
  async moveGroup(set: string, group: string): Promise<void> {
    await this.withSetAndGroup(set, group, async (s, g) =>
      ok(
        (await this.api.ApiMoveGroupToGroupSet({ GroupSet: s, Group: g })).ret,
        'ApiMoveGroupToGroupSet',
        group,
      ),
    );
  }

  async addDependency(set: string, provider: string): Promise<void> {
    await this.withSet(set, (d) =>
      this.withSet(provider, async (p) =>
        ok(
          (await this.api.ApiAddGroupSetDependency({ DependentGroupSet: d, ProviderGroupSet: p })).ret,
          'ApiAddGroupSetDependency',
          set,
        ),
      ),
    );
  }

  async removeDependency(set: string, provider: string): Promise<void> {
    await this.withSet(set, (d) =>
      this.withSet(provider, async (p) =>
        ok(
          (await this.api.ApiRemoveGroupSetDependency({ hGroupSet: d, hDependsOn: p })).ret,
          'ApiRemoveGroupSetDependency',
          set,
        ),
      ),
    );
  }

  /** Replaces the set's dependencies: `[id] and [id]` ("" clears). */
  async setDependencyExpression(set: string, expression: string): Promise<void> {
    await this.withSet(set, async (h) =>
      ok(
        (
          await this.api.ApiSetGroupSetDependencyExpression({
            hGroupSet: h,
            lpszDependencyExpression: expression,
          })
        ).ret,
        'ApiSetGroupSetDependencyExpression',
        set,
      ),
    );
  }

  /** Sets common properties (StartupDelay, StartupCount, StartupSetting, IsGlobal). */
  async setProperties(set: string, props: Readonly<Record<string, PropertyValue>>): Promise<void> {
    await this.withSet(set, async (h) => {
      const types = decodeTypedProperties(
        await this.control(h, GroupSetControl.GET_COMMON_PROPERTIES, null, set),
      ).types;
      await this.control(h, GroupSetControl.SET_COMMON_PROPERTIES, encodeSetList(props, types), set);
    });
  }

  /** A group's provider groups: `[A] and [B]` ("" clears). */
  async setGroupDependencyExpression(group: string, expression: string): Promise<void> {
    await this.cluster.withGroup(group, async (g) =>
      ok(
        (await this.api.ApiSetGroupDependencyExpression({ hGroup: g, lpszDependencyExpression: expression }))
          .ret,
        'ApiSetGroupDependencyExpression',
        group,
      ),
    );
  }

  async removeGroupDependency(group: string, dependsOn: string): Promise<void> {
    await this.cluster.withGroup(group, (g) =>
      this.cluster.withGroup(dependsOn, async (p) =>
        ok(
          (await this.api.ApiRemoveClusterGroupDependency({ hGroup: g, hDependsOn: p })).ret,
          'ApiRemoveClusterGroupDependency',
          group,
        ),
      ),
    );
  }

  /** Makes a group wait for a set (a group depends on one set at most). */
  async addGroupDependencyOnSet(group: string, set: string): Promise<void> {
    await this.withSetAndGroup(set, group, async (s, g) =>
      ok(
        (await this.api.ApiAddGroupToGroupSetDependency({ DependentGroup: g, ProviderGroupSet: s })).ret,
        'ApiAddGroupToGroupSetDependency',
        group,
      ),
    );
  }

  async removeGroupDependencyOnSet(group: string, set: string): Promise<void> {
    await this.withSetAndGroup(set, group, async (s, g) =>
      ok(
        (await this.api.ApiRemoveClusterGroupToGroupSetDependency({ hGroup: g, hDependsOn: s })).ret,
        'ApiRemoveClusterGroupToGroupSetDependency',
        group,
      ),
    );
  }

  // ---------------------------------------------------------------- handles

  private async withSet<T>(name: string, fn: (h: HGROUPSET_RPC) => Promise<T>): Promise<T> {
    const r = await this.api.ApiOpenGroupSet({ lpszGroupSetName: name });
    ok(r.Status, 'ApiOpenGroupSet', name);
    try {
      return await fn(r.ret);
    } finally {
      await this.api.ApiCloseGroupSet({ GroupSet: r.ret }).catch(() => undefined);
    }
  }

  private withSetAndGroup<T>(
    set: string,
    group: string,
    fn: (s: HGROUPSET_RPC, g: HGROUP_RPC) => Promise<T>,
  ): Promise<T> {
    return this.withSet(set, (s) => this.cluster.withGroup(group, (g) => fn(s, g)));
  }

  /** Runs a group-set control, growing the output buffer when the server asks for more. */
  private async control(
    h: HGROUPSET_RPC,
    code: number,
    input: Uint8Array | null,
    name: string,
  ): Promise<Uint8Array> {
    let size = FIRST_OUT_BUFFER;
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await this.api.ApiGroupSetControl({
        hGroupSet: h,
        dwControlCode: code,
        lpInBuffer: input,
        nInBufferSize: input?.length ?? 0,
        nOutBufferSize: size,
      });
      if (r.ret === Win32.ERROR_MORE_DATA && r.lpcbRequired > size && r.lpcbRequired <= MAX_OUT_BUFFER) {
        size = r.lpcbRequired;
        continue;
      }
      ok(r.ret, 'ApiGroupSetControl', name);
      return r.lpOutBuffer.subarray(0, Math.min(r.lpBytesReturned, r.lpOutBuffer.length));
    }
    throw new ClusterApiError(Win32.ERROR_MORE_DATA, 'ApiGroupSetControl', name);
  }
}
