/**
 * The enumeration methods' dwType values ([MS-CMRP] 2.2.3.4, 3.1.4.2.8) and how a set of model
 * objects becomes an ENUM_LIST. An invalid dwType is ERROR_INVALID_PARAMETER everywhere.
 */
import { Win32 } from '../../errors/status.js';
import type { ENUM_ENTRY, ENUM_LIST } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { ClusterModel } from '../model/cluster-model.js';
import { ClusterError } from '../model/errors.js';
import { GroupType, NetworkRole } from '../model/types.js';

export const ClusterEnum = {
  NODE: 0x00000001,
  RESTYPE: 0x00000002,
  RESOURCE: 0x00000004,
  GROUP: 0x00000008,
  NETWORK: 0x00000010,
  NETINTERFACE: 0x00000020,
  SHARED_VOLUME_RESOURCE: 0x40000000,
  INTERNAL_NETWORK: 0x80000000,
} as const;

const COMBINABLE =
  ClusterEnum.NODE |
  ClusterEnum.RESTYPE |
  ClusterEnum.RESOURCE |
  ClusterEnum.GROUP |
  ClusterEnum.NETWORK |
  ClusterEnum.NETINTERFACE;

export const ResourceEnum = { DEPENDS: 0x1, PROVIDES: 0x2, NODES: 0x4 } as const;
export const GroupEnum = { CONTAINS: 0x1, NODES: 0x2 } as const;
export const NetworkEnum = { NETINTERFACES: 0x1 } as const;
export const NodeEnum = { NETINTERFACES: 0x1, GROUPS: 0x2 } as const;
export const ResourceTypeEnum = { NODES: 0x1, RESOURCES: 0x2 } as const;

/** dwType must be a non-empty subset of `allowed`; otherwise ERROR_INVALID_PARAMETER. */
export function checkEnumType(dwType: number, allowed: number): number {
  const t = dwType >>> 0;
  if (t === 0 || (t & ~allowed) >>> 0 !== 0) {
    throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `dwType 0x${t.toString(16)}`);
  }
  return t;
}

/**
 * The per-object enumerations of v3 (ApiCreateNodeEnum, ApiCreateGroupResourceEnum,
 * ApiCreateNetworkEnum, ApiCreateResTypeEnum) ignore bits they do not know and succeed
 * (e.g. 3.1.4.2.101): only the known bits of dwType count.
 */
export function knownEnumBits(dwType: number, allowed: number): number {
  return (dwType & allowed) >>> 0;
}

export function enumList(entries: ENUM_ENTRY[]): ENUM_LIST {
  return { EntryCount: entries.length, Entry: entries };
}

/** One entry per object, `pick` choosing name or id (ApiCreateEnumEx returns both lists). */
export interface NamedObject {
  readonly type: number;
  readonly name: string;
  readonly id: string;
}

/**
 * The objects ApiCreateEnum / ApiCreateEnumEx list for dwType. The six basic types combine;
 * SHARED_VOLUME_RESOURCE and INTERNAL_NETWORK must be used alone (3.1.4.2.8).
 */
export function clusterObjects(model: ClusterModel, dwType: number): NamedObject[] {
  const t = dwType >>> 0;
  const E = ClusterEnum;
  if (t === E.SHARED_VOLUME_RESOURCE) {
    const csvGroups = new Set(
      model
        .groups()
        .filter((g) => g.groupType === GroupType.SharedVolume)
        .map((g) => g.id),
    );
    return model
      .resources()
      .filter((r) => csvGroups.has(r.groupId))
      .map((r) => ({ type: t, name: r.name, id: r.id }));
  }
  if (t === E.INTERNAL_NETWORK) {
    // Networks the cluster may use for its own traffic, internal-only ones first.
    const internal = model.networks().filter((n) => (n.role & NetworkRole.InternalUse) !== 0);
    internal.sort(
      (a, b) => Number(b.role === NetworkRole.InternalUse) - Number(a.role === NetworkRole.InternalUse),
    );
    return internal.map((n) => ({ type: t, name: n.name, id: n.id }));
  }
  checkEnumType(t, COMBINABLE);
  const out: NamedObject[] = [];
  if (t & E.NODE) for (const n of model.nodes()) out.push({ type: E.NODE, name: n.name, id: n.id });
  if (t & E.RESTYPE)
    for (const r of model.resourceTypes()) out.push({ type: E.RESTYPE, name: r.name, id: r.name });
  if (t & E.RESOURCE)
    for (const r of model.resources()) out.push({ type: E.RESOURCE, name: r.name, id: r.id });
  if (t & E.GROUP) for (const g of model.groups()) out.push({ type: E.GROUP, name: g.name, id: g.id });
  if (t & E.NETWORK) for (const n of model.networks()) out.push({ type: E.NETWORK, name: n.name, id: n.id });
  if (t & E.NETINTERFACE)
    for (const i of model.netInterfaces()) out.push({ type: E.NETINTERFACE, name: i.name, id: i.id });
  return out;
}

export function namesOf(objects: readonly NamedObject[]): ENUM_LIST {
  return enumList(objects.map((o) => ({ Type: o.type, Name: o.name })));
}

export function idsOf(objects: readonly NamedObject[]): ENUM_LIST {
  return enumList(objects.map((o) => ({ Type: o.type, Name: o.id })));
}
