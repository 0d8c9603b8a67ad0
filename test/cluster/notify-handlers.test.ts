/**
 * Notification methods over the demo cluster with fake call contexts: version 1 and version 2
 * ports, filters, dwNotifyKey, state sequences, blocking reads that wake on events, unblock and
 * close, the statuses [MS-CMRP] 3.1.4.2.57–.66, .107, .137, .138, .143, .144 list, and rundown.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  HCLUSTER_RPC,
  HGENERIC_RPC,
  HGROUP_RPC,
  HNOTIFY_RPC,
  HRES_RPC,
} from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import {
  ClusterChange as V1,
  ClusterChangeV2,
  ClusterObjectType as T,
  GroupChangeV2,
  NodeChangeV2,
  RegistryChangeV2,
  ResourceChangeV2,
} from '../../src/cluster/notify/flags.js';
import { notificationsFor } from '../../src/cluster/notify/index.js';
import { registryFor } from '../../src/cluster/registry/index.js';
import { Win32 } from '../../src/errors/status.js';
import { ContextHandleStore } from '../../src/rpc/context-handles.js';
import { assertStatusIs, fixture, isNull } from './server-fixture.js';

const HOLD = Symbol('still blocked');

/** Resolves to HOLD if `p` has not settled once pending I/O and timers of this turn have run. */
async function settledOrHold<T>(p: Promise<T>): Promise<T | typeof HOLD> {
  return Promise.race([p, new Promise<typeof HOLD>((r) => setImmediate(() => r(HOLD)))]);
}

function setup() {
  const f = fixture();
  const { h, ctx } = f;
  const hCluster = h.ApiOpenCluster(ctx(), {}).ret as HCLUSTER_RPC;
  const openGroup = (name: string): HGROUP_RPC => {
    const r = h.ApiOpenGroup(ctx(), { lpszGroupName: name });
    assertStatusIs(r.Status, Win32.ERROR_SUCCESS, `open ${name}`);
    return r.ret;
  };
  const openResource = (name: string): HRES_RPC => {
    const r = h.ApiOpenResource(ctx(), { lpszResourceName: name });
    assertStatusIs(r.Status, Win32.ERROR_SUCCESS, `open ${name}`);
    return r.ret;
  };
  const v1 = (): HNOTIFY_RPC => {
    const r = h.ApiCreateNotify(ctx(), {});
    assertStatusIs(r.Status, Win32.ERROR_SUCCESS);
    return r.ret;
  };
  const v2 = (): HNOTIFY_RPC => {
    const r = h.ApiCreateNotifyV2(ctx(), {});
    assertStatusIs(r.rpc_error, Win32.ERROR_SUCCESS);
    return r.ret;
  };
  return { ...f, hCluster, openGroup, openResource, v1, v2 };
}

describe('version 1 notification ports', () => {
  it('queue nothing before a filter, then one indication per matching filter with its key', async () => {
    const s = setup();
    const { h, ctx, model } = s;
    const port = s.v1();
    model.createGroup('Before');
    const early = await settledOrHold(h.ApiGetNotify(ctx(), { hNotify: port }));
    assert.equal(early, HOLD, 'no filter yet: nothing queued, the read blocks');

    const port2 = s.v1();
    const r = h.ApiAddNotifyCluster(ctx(), {
      hNotify: port2,
      hCluster: s.hCluster,
      dwFilter: V1.GROUP_ADDED | V1.GROUP_DELETED,
      dwNotifyKey: 0x1111,
    });
    assertStatusIs(r.ret, Win32.ERROR_SUCCESS);
    const g = s.openGroup('Cluster Group');
    const a = h.ApiAddNotifyGroup(ctx(), {
      hNotify: port2,
      hGroup: g,
      dwFilter: V1.GROUP_STATE | V1.GROUP_PROPERTY,
      dwNotifyKey: 0x2222,
    });
    assertStatusIs(a.ret, Win32.ERROR_SUCCESS);

    model.createGroup('Web');
    model.deleteGroup('Web');
    model.moveGroup('Cluster Group', 'NODE2');

    const got: [number, number, string | null][] = [];
    for (let i = 0; i < 3; i++) {
      const n = await h.ApiGetNotify(ctx(), { hNotify: port2 });
      assertStatusIs(n.ret, Win32.ERROR_SUCCESS);
      got.push([n.dwNotifyKey, n.dwFilter, n.Name]);
    }
    assert.deepEqual(got, [
      [0x1111, V1.GROUP_ADDED, 'Web'],
      [0x1111, V1.GROUP_DELETED, 'Web'],
      [0x2222, V1.GROUP_STATE, 'Cluster Group'],
    ]);
    assert.equal(await settledOrHold(h.ApiGetNotify(ctx(), { hNotify: port2 })), HOLD, 'nothing else queued');
  });

  it('a blocked read wakes on an event, on unblock (then the port reads as closed) and on close', async () => {
    const s = setup();
    const { h, ctx, model } = s;
    const port = s.v1();
    h.ApiAddNotifyCluster(ctx(), {
      hNotify: port,
      hCluster: s.hCluster,
      dwFilter: V1.GROUP_ADDED,
      dwNotifyKey: 7,
    });
    const pending = h.ApiGetNotify(ctx(), { hNotify: port });
    assert.equal(await settledOrHold(pending), HOLD);
    model.createGroup('Wake');
    const woke = await pending;
    assert.deepEqual([woke.ret, woke.dwNotifyKey, woke.dwFilter, woke.Name], [0, 7, V1.GROUP_ADDED, 'Wake']);

    const blocked = h.ApiGetNotify(ctx(), { hNotify: port });
    assert.equal(await settledOrHold(blocked), HOLD);
    assertStatusIs(h.ApiUnblockGetNotifyCall(ctx(), { hNotify: port }).ret, Win32.ERROR_SUCCESS);
    assertStatusIs((await blocked).ret, Win32.ERROR_INVALID_FUNCTION, 'outstanding read after unblock');
    assertStatusIs((await h.ApiGetNotify(ctx(), { hNotify: port })).ret, Win32.ERROR_NO_MORE_ITEMS);

    const port2 = s.v1();
    h.ApiAddNotifyCluster(ctx(), {
      hNotify: port2,
      hCluster: s.hCluster,
      dwFilter: V1.GROUP_ADDED,
      dwNotifyKey: 8,
    });
    const blocked2 = h.ApiGetNotifyAsync(ctx(), { hNotify: port2 });
    assert.equal(await settledOrHold(blocked2), HOLD);
    const closed = h.ApiCloseNotify(ctx(), { Notify: port2 });
    assertStatusIs(closed.ret, Win32.ERROR_SUCCESS);
    assert.ok(isNull(closed.Notify), 'close answers the NULL handle');
    assertStatusIs((await blocked2).ret, Win32.ERROR_INVALID_FUNCTION, 'outstanding read after close');
    assertStatusIs((await h.ApiGetNotify(ctx(), { hNotify: port2 })).ret, Win32.ERROR_INVALID_HANDLE);
    assertStatusIs(h.ApiCloseNotify(ctx(), { Notify: port2 }).ret, Win32.ERROR_INVALID_HANDLE);
  });

  it('object filters see only their object; state sequences advance and ReAdd catches up', async () => {
    const s = setup();
    const { h, ctx, model } = s;
    const port = s.v1();
    const disk = s.openResource('Cluster Disk 2');
    const added = h.ApiAddNotifyResource(ctx(), {
      hNotify: port,
      hResource: disk,
      dwFilter: V1.RESOURCE_STATE,
      dwNotifyKey: 5,
    });
    assertStatusIs(added.ret, Win32.ERROR_SUCCESS);
    const seq0 = added.dwStateSequence;
    model.offlineResource('Cluster Disk 1');
    model.offlineResource('Cluster Disk 2');
    const n = await h.ApiGetNotifyAsync(ctx(), { hNotify: port });
    assertStatusIs(n.ret, Win32.ERROR_SUCCESS);
    assert.deepEqual(
      n.Notifications?.map((x) => [x.dwNotifyKey, x.dwFilter, x.Name]),
      [[5, V1.RESOURCE_STATE, 'Cluster Disk 2']],
    );

    // A client that last saw seq0 re-registers on a new port: the server queues a catch-up state indication.
    const port2 = s.v1();
    const re = h.ApiReAddNotifyResource(ctx(), {
      hNotify: port2,
      hResource: disk,
      dwFilter: V1.RESOURCE_STATE,
      dwNotifyKey: 6,
      StateSequence: seq0,
    });
    assertStatusIs(re.ret, Win32.ERROR_SUCCESS);
    const caught = await h.ApiGetNotify(ctx(), { hNotify: port2 });
    assert.deepEqual(
      [caught.dwNotifyKey, caught.dwFilter, caught.Name],
      [6, V1.RESOURCE_STATE, 'Cluster Disk 2'],
    );
    assert.ok(caught.dwStateSequence !== seq0, 'the sequence moved on');
    // Re-adding with the current sequence queues nothing.
    const port3 = s.v1();
    h.ApiReAddNotifyResource(ctx(), {
      hNotify: port3,
      hResource: disk,
      dwFilter: V1.RESOURCE_STATE,
      dwNotifyKey: 6,
      StateSequence: caught.dwStateSequence,
    });
    assert.equal(await settledOrHold(h.ApiGetNotify(ctx(), { hNotify: port3 })), HOLD);
  });

  it('registry filters: key scope, subtree, value names relative to the watched key', async () => {
    const s = setup();
    const { h, ctx } = s;
    const reg = registryFor(s.model);
    const root = h.ApiGetRootKey(ctx(), { samDesired: 0x2000000 });
    assertStatusIs(root.Status, Win32.ERROR_SUCCESS);
    const port = s.v1();
    assertStatusIs(
      h.ApiAddNotifyKey(ctx(), {
        hNotify: port,
        hKey: root.ret,
        dwNotifyKey: 9,
        Filter: V1.REGISTRY_VALUE | V1.REGISTRY_NAME,
        WatchSubTree: 0,
      }).ret,
      Win32.ERROR_SUCCESS,
    );
    const portTree = s.v1();
    h.ApiAddNotifyCluster(ctx(), {
      hNotify: portTree,
      hCluster: s.hCluster,
      dwFilter: V1.REGISTRY_VALUE | V1.REGISTRY_SUBTREE,
      dwNotifyKey: 10,
    });
    const cr = h.ApiCreateKey(ctx(), {
      hKey: root.ret,
      lpSubKey: 'Apps',
      dwOptions: 0,
      samDesired: 0x2000000,
      lpSecurityAttributes: null,
    });
    assertStatusIs(cr.Status, Win32.ERROR_SUCCESS);
    const apps = cr.ret;
    h.ApiSetValue(ctx(), {
      hKey: apps,
      lpValueName: 'Deep',
      dwType: 4,
      lpData: new Uint8Array(4),
      cbData: 4,
    });
    void reg;

    const top = await h.ApiGetNotifyAsync(ctx(), { hNotify: port });
    assert.deepEqual(
      top.Notifications?.map((x) => [x.dwNotifyKey, x.dwFilter, x.Name]),
      [[9, V1.REGISTRY_NAME, 'Apps']],
      'without the subtree: only the new subkey, not the value below it',
    );
    const tree = await h.ApiGetNotifyAsync(ctx(), { hNotify: portTree });
    assert.deepEqual(
      tree.Notifications?.map((x) => [x.dwNotifyKey, x.dwFilter, x.Name]),
      [[10, V1.REGISTRY_VALUE, 'Apps']],
    );
  });

  it('statuses: invalid handles, a v2 port is not a v1 port, readers may watch', () => {
    const s = setup();
    const { h, ctx } = s;
    const bogus = new Uint8Array(20).fill(1) as HNOTIFY_RPC;
    assertStatusIs(
      h.ApiAddNotifyCluster(ctx(), { hNotify: bogus, hCluster: s.hCluster, dwFilter: 1, dwNotifyKey: 0 }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    const p2 = s.v2();
    assertStatusIs(
      h.ApiAddNotifyCluster(ctx(), { hNotify: p2, hCluster: s.hCluster, dwFilter: 1, dwNotifyKey: 0 }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    const p1 = s.v1();
    assertStatusIs(
      h.ApiAddNotifyCluster(ctx(), {
        hNotify: p1,
        hCluster: bogus as unknown as HCLUSTER_RPC,
        dwFilter: 1,
        dwNotifyKey: 0,
      }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    assertStatusIs(h.ApiUnblockGetNotifyCall(ctx(), { hNotify: bogus }).ret, Win32.ERROR_INVALID_HANDLE);
    assertStatusIs(h.ApiCreateNotify(ctx('reader'), {}).Status, Win32.ERROR_SUCCESS);
    const denied = h.ApiCreateNotify(ctx('nobody'), {});
    assertStatusIs(denied.Status, Win32.ERROR_ACCESS_DENIED);
    assert.ok(isNull(denied.ret));
  });
});

describe('version 2 notification ports', () => {
  it('a group move: group owner and state, node group lost/gained, with spec payloads', async () => {
    const s = setup();
    const { h, ctx, model } = s;
    const port = s.v2();
    const add = (type: number, flags: number, key: number, targeted = 0, hObject: Uint8Array = s.hCluster) =>
      h.ApiAddNotifyV2(ctx(), {
        hNotify: port,
        hObject: hObject as HGENERIC_RPC,
        filter: { dwObjectType: type, FilterFlags: BigInt(flags) },
        dwNotifyKey: key,
        dwVersion: 2,
        isTargetedAtObject: targeted,
      }).ret;
    assertStatusIs(add(T.GROUP, GroupChangeV2.OWNER_NODE | GroupChangeV2.STATE, 1), Win32.ERROR_SUCCESS);
    assertStatusIs(add(T.NODE, NodeChangeV2.GROUP_GAINED | NodeChangeV2.GROUP_LOST, 2), Win32.ERROR_SUCCESS);
    const g = model.group('Cluster Group');
    const n1 = model.node('NODE1').id;
    const n2 = model.node('NODE2').id;
    model.moveGroup('Cluster Group', 'NODE2');
    const r = await h.ApiGetNotifyV2(ctx(), { hNotify: port });
    assertStatusIs(r.ret, Win32.ERROR_SUCCESS);
    const seen = (r.Notifications ?? []).map((x) => ({
      key: Number(x.dwNotifyKey),
      type: x.NotificationData.FilterAndType.dwObjectType,
      flag: Number(x.NotificationData.FilterAndType.FilterFlags),
      objectId: x.NotificationData.ObjectId,
      parentId: x.NotificationData.ParentId,
      name: x.NotificationData.Name,
      buffer: x.NotificationData.buffer
        ? Buffer.from(x.NotificationData.buffer).toString('utf16le').replace(/\0+$/, '')
        : '',
    }));
    assert.equal(r.dwNumNotifications, seen.length);
    assert.deepEqual(
      seen.filter((x) => x.key === 1 && x.flag === GroupChangeV2.OWNER_NODE),
      [
        {
          key: 1,
          type: T.GROUP,
          flag: GroupChangeV2.OWNER_NODE,
          objectId: g.id,
          parentId: n2,
          name: 'Cluster Group',
          buffer: n2,
        },
      ],
    );
    assert.deepEqual(
      seen.filter((x) => x.key === 2).map((x) => [x.flag, x.objectId, x.name, x.buffer]),
      [
        [NodeChangeV2.GROUP_LOST, n1, 'NODE1', g.id],
        [NodeChangeV2.GROUP_GAINED, n2, 'NODE2', g.id],
      ],
    );
  });

  it('targeted registrations see only their object; resource type by name', async () => {
    const s = setup();
    const { h, ctx, model } = s;
    const port = s.v2();
    const disk = s.openResource('Cluster Disk 2');
    assertStatusIs(
      h.ApiAddNotifyV2(ctx(), {
        hNotify: port,
        hObject: disk as unknown as HGENERIC_RPC,
        filter: { dwObjectType: T.RESOURCE, FilterFlags: BigInt(ResourceChangeV2.STATE) },
        dwNotifyKey: 77,
        dwVersion: 2,
        isTargetedAtObject: 1,
      }).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatusIs(
      h.ApiAddNotifyResourceTypeV2(ctx(), {
        hNotify: port,
        filter: 0x2n,
        dwNotifyKey: 78,
        resTypeName: 'physical disk',
        dwVersion: 2,
      }).ret,
      Win32.ERROR_SUCCESS,
    );
    model.offlineResource('Cluster Disk 1');
    model.offlineResource('Cluster Disk 2');
    model.setCommonProperties('resourceType', 'Physical Disk', {
      PendingTimeout: { type: 'dword', value: 200000 },
    });
    const r = await h.ApiGetNotifyV2(ctx(), { hNotify: port });
    const items = (r.Notifications ?? []).map((x) => [
      Number(x.dwNotifyKey),
      x.NotificationData.FilterAndType.dwObjectType,
      x.NotificationData.Name,
      x.NotificationData.dwBufferSize,
    ]);
    assert.deepEqual(items, [
      [77, T.RESOURCE, 'Cluster Disk 2', 4],
      [78, T.RESOURCE_TYPE, 'Physical Disk', items[1]?.[3]],
    ]);
    assert.ok((items[1]?.[3] as number) > 0, 'the property list of the change');
    assertStatusIs(
      h.ApiAddNotifyResourceTypeV2(ctx(), {
        hNotify: port,
        filter: 0x40n,
        dwNotifyKey: 0,
        resTypeName: 'Physical Disk',
        dwVersion: 2,
      }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('ApiAddNotifyV2 refuses bad versions, types and flags; wrong handle kinds are invalid handles', () => {
    const s = setup();
    const { h, ctx } = s;
    const port = s.v2();
    const add = (type: number, flags: bigint, version = 2, hObject: Uint8Array = s.hCluster, targeted = 0) =>
      h.ApiAddNotifyV2(ctx(), {
        hNotify: port,
        hObject: hObject as HGENERIC_RPC,
        filter: { dwObjectType: type, FilterFlags: flags },
        dwNotifyKey: 0,
        dwVersion: version,
        isTargetedAtObject: targeted,
      }).ret;
    assertStatusIs(add(T.GROUP, 1n, 1), Win32.ERROR_INVALID_PARAMETER, 'dwVersion 1');
    assertStatusIs(add(0x42, 1n), Win32.ERROR_INVALID_PARAMETER, 'unknown object type');
    assertStatusIs(add(T.CERT, 1n), Win32.ERROR_INVALID_PARAMETER, 'type without an enumeration');
    assertStatusIs(
      add(T.CLUSTER, BigInt(ClusterChangeV2.HANDLE_CLOSE)),
      Win32.ERROR_INVALID_PARAMETER,
      'client-only flag',
    );
    assertStatusIs(add(T.GROUP, BigInt(GroupChangeV2.HANDLE_CLOSE)), Win32.ERROR_INVALID_PARAMETER);
    assertStatusIs(add(T.GROUP, -1n), Win32.ERROR_INVALID_PARAMETER, 'all 64 bits');
    const g = s.openGroup('Cluster Group');
    assertStatusIs(
      add(T.NODE, 1n, 2, g, 1),
      Win32.ERROR_INVALID_HANDLE,
      'a group handle for a node registration',
    );
    assertStatusIs(
      add(T.GROUP, 1n, 2, g, 0),
      Win32.ERROR_INVALID_HANDLE,
      'untargeted needs the cluster handle',
    );
    assertStatusIs(add(T.GROUP, 1n, 2, g, 1), Win32.ERROR_SUCCESS);
    assertStatusIs(
      add(T.REGISTRY, BigInt(RegistryChangeV2.VALUE | RegistryChangeV2.SUBTREE)),
      Win32.ERROR_SUCCESS,
    );
    const p1 = s.v1();
    assertStatusIs(
      h.ApiAddNotifyV2(ctx(), {
        hNotify: p1,
        hObject: s.hCluster as unknown as HGENERIC_RPC,
        filter: { dwObjectType: T.GROUP, FilterFlags: 1n },
        dwNotifyKey: 0,
        dwVersion: 2,
        isTargetedAtObject: 0,
      }).ret,
      Win32.ERROR_INVALID_HANDLE,
      'a version 1 port',
    );
  });

  it('a full queue ends in one lost-notifications marker and stays bounded', async () => {
    const s = setup();
    const { h, ctx, model } = s;
    const svc = notificationsFor(model);
    const port = s.v2();
    h.ApiAddNotifyV2(ctx(), {
      hNotify: port,
      hObject: s.hCluster as unknown as HGENERIC_RPC,
      filter: { dwObjectType: T.CLUSTER, FilterFlags: BigInt(ClusterChangeV2.GROUP_ADDED) },
      dwNotifyKey: 3,
      dwVersion: 2,
      isTargetedAtObject: 0,
    });
    const cap = svc.limits.queueCapacity;
    for (let i = 0; i < cap + 10; i++) model.createGroup(`G${i}`);
    const flags: number[] = [];
    for (;;) {
      const r = await settledOrHold(h.ApiGetNotifyV2(ctx(), { hNotify: port }));
      if (r === HOLD) break;
      for (const x of r.Notifications ?? []) flags.push(Number(x.NotificationData.FilterAndType.FilterFlags));
      if (flags.length > cap + 10) break;
    }
    assert.equal(flags.length, cap);
    assert.equal(flags.filter((f) => f === ClusterChangeV2.LOST_NOTIFICATIONS).length, 1);
    assert.equal(flags.at(-1), ClusterChangeV2.LOST_NOTIFICATIONS);
  });

  it('rundown of the association closes its ports and completes their reads', async () => {
    const f = fixture();
    const svc = notificationsFor(f.model);
    const handles = new ContextHandleStore();
    const base = f.ctx();
    const ctx = () => ({ ...base, association: { id: 2, handles } });
    const before = svc.openPorts;
    const port = f.h.ApiCreateNotifyV2(ctx(), {}).ret;
    assert.equal(svc.openPorts, before + 1);
    const blocked = f.h.ApiGetNotifyV2(ctx(), { hNotify: port });
    assert.equal(await settledOrHold(blocked), HOLD);
    handles.runDown();
    assertStatusIs((await blocked).ret, Win32.ERROR_INVALID_FUNCTION);
    assert.equal(svc.openPorts, before);
  });
});
