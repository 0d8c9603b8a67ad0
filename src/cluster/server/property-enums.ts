/**
 * ApiCreateGroupEnum (opnum 143, [MS-CMRP] 3.1.4.2.139) and ApiCreateResourceEnum (opnum 144,
 * 3.1.4.2.140): every group / resource with its state and owner, plus the common properties the
 * client names in two MULTI_SZ lists ("*" = all of them), each as a PROPERTY_LIST.
 */
import type { GROUP_ENUM_ENTRY, RESOURCE_ENUM_ENTRY } from '../../interfaces/clusapi3/clusapi3.gen.js';
import { decodeMultiSz, encodeProperties } from '../controls/clusprop.js';
import { foldName } from '../model/names.js';
import type { Property } from '../model/properties.js';
import { GroupType } from '../model/types.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { run, useHandle } from './call.js';
import { HandleKind } from './handles.js';

type PropertyEnumHandlers = SyncHandlers<'ApiCreateGroupEnum' | 'ApiCreateResourceEnum'>;

/** CLUS_FLAG_CORE, as CLUSCTL_GROUP_GET_FLAGS reports for the core cluster group. */
const CLUS_FLAG_CORE = 0x00000001;

/** Both methods are served in the read/write state only and need "Read" on the cluster handle. */
const READ_IN_READ_WRITE = { state: 'write', access: 'read' } as const;

/** The names a client asked for: none, all ("*"), or a list. */
type Wanted = 'none' | 'all' | readonly string[];

function wanted(bytes: Uint8Array | null, cb: number): Wanted {
  if (!bytes || cb === 0) return 'none';
  const names = decodeMultiSz(bytes.subarray(0, Math.min(cb >>> 0, bytes.length)), 'property names');
  if (names.length === 1 && names[0] === '*') return 'all';
  return names.length === 0 ? 'none' : names;
}

/**
 * The PROPERTY_LIST for one object: with "*" the common properties of the requested kind (read-write
 * for Properties, read-only for RoProperties); with names, each named common property in the order
 * asked (names the object lacks are left out).
 */
function propertyBlob(
  props: readonly Property[],
  want: Wanted,
  readOnly: boolean,
): { cb: number; data: Uint8Array | null } {
  if (want === 'none') return { cb: 0, data: null };
  let chosen: Property[];
  if (want === 'all') {
    chosen = props.filter((p) => p.readOnly === readOnly);
  } else {
    const byName = new Map(props.map((p) => [foldName(p.name), p]));
    chosen = want.flatMap((n) => byName.get(foldName(n)) ?? []);
  }
  const data = encodeProperties(chosen.map((p) => ({ name: p.name, value: p.value })));
  return { cb: data.length, data };
}

export function propertyEnumHandlers(env: ClusterServerEnv): PropertyEnumHandlers {
  const { model } = env;
  return {
    ApiCreateGroupEnum(ctx, req) {
      return run<Res<'ApiCreateGroupEnum'>>(
        () => {
          useHandle(env, ctx, req.hCluster, HandleKind.cluster, READ_IN_READ_WRITE);
          const rw = wanted(req.pProperties, req.cbProperties);
          const ro = wanted(req.pRoProperties, req.cbRoProperties);
          const Entry: GROUP_ENUM_ENTRY[] = model.groups().map((g) => {
            const props = model.commonProperties('group', g.id);
            const p = propertyBlob(props, rw, false);
            const r = propertyBlob(props, ro, true);
            const s = model.groupState(g.id);
            return {
              Name: g.name,
              Id: g.id,
              dwState: s.state,
              Owner: s.ownerNodeName,
              dwFlags: g.groupType === GroupType.CoreCluster ? CLUS_FLAG_CORE : 0,
              cbProperties: p.cb,
              Properties: p.data,
              cbRoProperties: r.cb,
              RoProperties: r.data,
            };
          });
          return { ppResultList: { EntryCount: Entry.length, Entry } };
        },
        { ppResultList: null },
      );
    },

    ApiCreateResourceEnum(ctx, req) {
      return run<Res<'ApiCreateResourceEnum'>>(
        () => {
          useHandle(env, ctx, req.hCluster, HandleKind.cluster, READ_IN_READ_WRITE);
          const rw = wanted(req.pProperties, req.cbProperties);
          const ro = wanted(req.pRoProperties, req.cbRoProperties);
          const Entry: RESOURCE_ENUM_ENTRY[] = model.resources().map((res) => {
            const props = model.commonProperties('resource', res.id);
            const p = propertyBlob(props, rw, false);
            const r = propertyBlob(props, ro, true);
            const g = model.group(res.groupId);
            return {
              Name: res.name,
              Id: res.id,
              OwnerName: g.name,
              OwnerId: g.id,
              cbProperties: p.cb,
              Properties: p.data,
              cbRoProperties: r.cb,
              RoProperties: r.data,
            };
          });
          return { ppResultList: { EntryCount: Entry.length, Entry } };
        },
        { ppResultList: null },
      );
    },
  };
}
