/**
 * The remaining ClusAPI v3 methods (misc-handlers.ts): every status their spec sections list, over
 * the demo cluster through the handlers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClusterModel } from '../../src/cluster/model/cluster-model.js';
import { createDemoCluster } from '../../src/cluster/model/demo.js';
import { GroupType, NodeState, ResourceState } from '../../src/cluster/model/types.js';
import { ClusterEnum } from '../../src/cluster/server/enums.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { HGROUP_RPC, HNODE_RPC, HRES_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { sequentialIds } from './helpers.js';
import { assertStatusIs, fixture } from './server-fixture.js';
import type { Who } from './server-fixture.js';

const S = ClusterStatus;
type F = ReturnType<typeof fixture>;

const res = (f: F, name: string, who: Who = 'admin'): HRES_RPC =>
  f.h.ApiOpenResourceEx(f.ctx(who), {
    lpszResourceName: name,
    dwDesiredAccess: who === 'admin' ? 0x10000000 : 0x80000000,
  }).ret;
const node = (f: F, name: string): HNODE_RPC => f.h.ApiOpenNode(f.ctx(), { lpszNodeName: name }).ret;
const group = (f: F, name: string): HGROUP_RPC => f.h.ApiOpenGroup(f.ctx(), { lpszGroupName: name }).ret;
const BAD = new Uint8Array(20).fill(7) as HRES_RPC;

describe('ApiRestartResource (3.1.4.2.142)', () => {
  it('takes an online resource down and back, its dependents too, persistent state untouched', () => {
    const f = fixture();
    const events: string[] = [];
    f.model.onChange((e) => {
      if (e.type === 'state' && e.object === 'resource') events.push(`${e.name}:${e.state}`);
    });
    const r = f.h.ApiRestartResource(f.ctx(), { hResource: res(f, 'Cluster IP Address'), dwFlags: 0 });
    assertStatusIs(r.ret, Win32.ERROR_SUCCESS);
    assert.equal(r.rpc_status, 0);
    assert.equal(f.model.resource('Cluster IP Address').state, ResourceState.Online);
    assert.equal(f.model.resource('Cluster Name').state, ResourceState.Online);
    assert.ok(f.model.resource('Cluster IP Address').persistentOnline);
    // Offline then online again, the dependent going down first.
    assert.deepEqual(events, [
      `Cluster Name:${ResourceState.Offline}`,
      `Cluster IP Address:${ResourceState.Offline}`,
      `Cluster IP Address:${ResourceState.Online}`,
      `Cluster Name:${ResourceState.Online}`,
    ]);
  });

  it('leaves a resource whose persistent state is offline offline', () => {
    const f = fixture();
    f.model.offlineResource('Cluster Disk 2');
    assertStatusIs(
      f.h.ApiRestartResource(f.ctx(), { hResource: res(f, 'Cluster Disk 2'), dwFlags: 7 }).ret,
      0,
    );
    assert.equal(f.model.resource('Cluster Disk 2').state, ResourceState.Offline);
  });

  it('refuses: bad handle, read-only access, read-only server, pending resource', () => {
    const f = fixture();
    assertStatusIs(
      f.h.ApiRestartResource(f.ctx(), { hResource: BAD, dwFlags: 0 }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    assertStatusIs(
      f.h.ApiRestartResource(f.ctx('reader'), { hResource: res(f, 'Cluster Disk 2', 'reader'), dwFlags: 0 })
        .ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    const h = res(f, 'Cluster Disk 2');
    f.setState('readOnly');
    assertStatusIs(
      f.h.ApiRestartResource(f.ctx(), { hResource: h, dwFlags: 0 }).ret,
      Win32.ERROR_SHARING_PAUSED,
    );

    const store = new MemoryStore();
    const pending = createDemoCluster(store, undefined, { newId: sequentialIds(), transitions: 'pending' });
    pending.settle();
    pending.offlineResource('Cluster Disk 2');
    assert.throws(
      () => pending.restartResource('Cluster Disk 2'),
      (e: { status?: number }) => e.status === S.ERROR_INVALID_STATE,
    );
    pending.settle();
    assert.equal(pending.restartResource('Cluster Disk 2'), Win32.ERROR_SUCCESS);
  });
});

describe('ApiRestartResource on a node that cannot host it', () => {
  it('owner paused → ERROR_SHARING_PAUSED, nothing changes', () => {
    const f = fixture();
    const owner = f.model.groupState('Available Storage').ownerNodeName;
    f.model.pauseNode(owner);
    const h = res(f, 'Cluster Disk 2');
    assertStatusIs(
      f.h.ApiRestartResource(f.ctx(), { hResource: h, dwFlags: 0 }).ret,
      Win32.ERROR_SHARING_PAUSED,
    );
    assert.equal(f.model.resource('Cluster Disk 2').state, ResourceState.Online, 'nothing changed');
  });
});

describe('ApiPauseNodeWithDrainTarget (3.1.4.2.126)', () => {
  it('pauses the node and moves its groups to the target', () => {
    const f = fixture();
    const owned = f.model.nodeGroups('NODE1').map((g) => g.name);
    assert.ok(owned.length > 0);
    const r = f.h.ApiPauseNodeWithDrainTarget(f.ctx(), {
      hNode: node(f, 'NODE1'),
      dwPauseFlags: 0,
      hNodeDrainTarget: node(f, 'NODE3'),
    });
    assertStatusIs(r.ret, S.ERROR_IO_PENDING);
    assert.equal(f.model.node('NODE1').state, NodeState.Paused);
    assert.deepEqual(
      f.model.nodeGroups('NODE3').map((g) => g.name),
      owned,
    );
    assert.equal(f.model.resource('Cluster Name').state, ResourceState.Online);
  });

  it('refuses the same node, a target that is not up, unknown flags', () => {
    const f = fixture();
    const n1 = node(f, 'NODE1');
    assertStatusIs(
      f.h.ApiPauseNodeWithDrainTarget(f.ctx(), {
        hNode: n1,
        dwPauseFlags: 0,
        hNodeDrainTarget: node(f, 'NODE1'),
      }).ret,
      Win32.ERROR_INVALID_TARGET_HANDLE,
    );
    f.model.pauseNode('NODE2');
    assertStatusIs(
      f.h.ApiPauseNodeWithDrainTarget(f.ctx(), {
        hNode: n1,
        dwPauseFlags: 0,
        hNodeDrainTarget: node(f, 'NODE2'),
      }).ret,
      S.ERROR_HOST_NODE_NOT_AVAILABLE,
    );
    f.model.simulateNodeDown('NODE3');
    assertStatusIs(
      f.h.ApiPauseNodeWithDrainTarget(f.ctx(), {
        hNode: n1,
        dwPauseFlags: 0,
        hNodeDrainTarget: node(f, 'NODE3'),
      }).ret,
      S.ERROR_HOST_NODE_NOT_AVAILABLE,
    );
    assertStatusIs(
      f.h.ApiPauseNodeWithDrainTarget(f.ctx(), {
        hNode: n1,
        dwPauseFlags: 2,
        hNodeDrainTarget: node(f, 'NODE2'),
      }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.equal(f.model.node('NODE1').state, NodeState.Up);
  });

  it('a group that cannot run on the target fails the call, or stays with REMAIN_ON_PAUSED_NODE', () => {
    const f = fixture();
    const n2 = f.model.node('NODE2').id;
    f.model.removePossibleOwner('Cluster Disk 2', n2);
    const args = { hNode: node(f, 'NODE1'), hNodeDrainTarget: node(f, 'NODE2') };
    assertStatusIs(
      f.h.ApiPauseNodeWithDrainTarget(f.ctx(), { ...args, dwPauseFlags: 0 }).ret,
      S.ERROR_HOST_NODE_NOT_RESOURCE_OWNER,
    );
    assert.equal(f.model.node('NODE1').state, NodeState.Up, 'nothing changed');
    assertStatusIs(
      f.h.ApiPauseNodeWithDrainTarget(f.ctx(), { ...args, dwPauseFlags: 1 }).ret,
      S.ERROR_IO_PENDING,
    );
    assert.equal(f.model.node('NODE1').state, NodeState.Paused);
    assert.equal(f.model.groupState('Available Storage').ownerNodeName, 'NODE1');
    assert.equal(f.model.groupState('Cluster Group').ownerNodeName, 'NODE2');
  });
});

describe('ApiCancelClusterGroupOperation (3.1.4.2.133)', () => {
  it('reserved flags, nothing to cancel, handle and access', () => {
    const f = fixture();
    const g = group(f, 'Cluster Group');
    assertStatusIs(
      f.h.ApiCancelClusterGroupOperation(f.ctx(), { hGroup: g, dwCancelFlags: 1 }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiCancelClusterGroupOperation(f.ctx(), { hGroup: g, dwCancelFlags: 0 }).ret,
      S.ERROR_INVALID_STATE,
    );
    assertStatusIs(
      f.h.ApiCancelClusterGroupOperation(f.ctx(), { hGroup: BAD as unknown as HGROUP_RPC, dwCancelFlags: 0 })
        .ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    const ro = f.h.ApiOpenGroupEx(f.ctx('reader'), {
      lpszGroupName: 'Cluster Group',
      dwDesiredAccess: 0x80000000,
    }).ret;
    assertStatusIs(
      f.h.ApiCancelClusterGroupOperation(f.ctx('reader'), { hGroup: ro, dwCancelFlags: 0 }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
  });
});

describe('ApiChangeResourceGroupEx (3.1.4.2.166)', () => {
  it('moves as ApiChangeResourceGroup; FORCE_MOVE_TO_CSV needs a CSV group; other flags are invalid', () => {
    const f = fixture();
    const g = f.h.ApiCreateGroup(f.ctx(), { lpszGroupName: 'App' }).ret;
    const disk = res(f, 'Cluster Disk 2');
    f.model.offlineResource('Cluster Disk 2');
    assertStatusIs(
      f.h.ApiChangeResourceGroupEx(f.ctx(), { hResource: disk, hGroup: g, flags: 2n }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiChangeResourceGroupEx(f.ctx(), { hResource: disk, hGroup: g, flags: 1n }).ret,
      S.ERROR_CLUSTER_INVALID_REQUEST,
    );
    assertStatusIs(f.h.ApiChangeResourceGroupEx(f.ctx(), { hResource: disk, hGroup: g, flags: 0n }).ret, 0);
    assert.equal(f.model.resourceState('Cluster Disk 2').groupName, 'App');
    // ApiChangeResourceGroup's own codes carry over.
    assertStatusIs(
      f.h.ApiChangeResourceGroupEx(f.ctx(), { hResource: disk, hGroup: g, flags: 0n }).ret,
      Win32.ERROR_ALREADY_EXISTS,
    );
  });
});

describe('ApiChangeCsvState / ApiChangeCsvStateEx (3.1.4.2.122, .164)', () => {
  const enumCsv = (f: F) =>
    f.h
      .ApiCreateEnum(f.ctx(), { dwType: ClusterEnum.SHARED_VOLUME_RESOURCE })
      .ReturnEnum?.Entry.map((e) => e.Name);

  it('enables and disables shared volumes on an Available Storage disk', () => {
    const f = fixture();
    const disk = res(f, 'Cluster Disk 2');
    assertStatusIs(f.h.ApiChangeCsvState(f.ctx(), { hResource: disk, dwState: 1 }).ret, 0);
    assert.deepEqual(enumCsv(f), ['Cluster Disk 2']);
    const st = f.model.storageState('Cluster Disk 2');
    assert.ok(st.sharedVolumes);
    assert.deepEqual(
      st.volumes.map((v) => [v.friendlyName, v.maintenance, v.backup]),
      [['Volume1', false, false]],
    );
    const g = f.model.group(f.model.resource('Cluster Disk 2').groupId);
    assert.equal(g.groupType, GroupType.SharedVolume);
    assert.equal(f.model.resource('Cluster Disk 2').state, ResourceState.Online);
    assertStatusIs(
      f.h.ApiChangeCsvState(f.ctx(), { hResource: disk, dwState: 1 }).ret,
      S.ERROR_CLUSTER_INVALID_REQUEST,
    );

    assertStatusIs(f.h.ApiChangeCsvState(f.ctx(), { hResource: disk, dwState: 0 }).ret, 0);
    assert.deepEqual(enumCsv(f), []);
    assert.equal(f.model.resourceState('Cluster Disk 2').groupName, 'Available Storage');
    assert.ok(!f.model.groups().some((x) => x.id === g.id), 'the CSV group is gone');
    assertStatusIs(
      f.h.ApiChangeCsvState(f.ctx(), { hResource: disk, dwState: 0 }).ret,
      S.ERROR_CLUSTER_INVALID_REQUEST,
    );
  });

  it('lists every refusal of the method table', () => {
    const f = fixture();
    const call = (name: string, dwState: number) =>
      f.h.ApiChangeCsvState(f.ctx(), { hResource: res(f, name), dwState }).ret;
    assertStatusIs(call('Cluster Disk 2', 2), Win32.ERROR_INVALID_PARAMETER);
    assertStatusIs(call('Cluster IP Address', 1), S.ERROR_CLUSTER_RESTYPE_NOT_SUPPORTED);
    // Deployed outside Available Storage (the quorum disk in the core group).
    assertStatusIs(call('Cluster Disk 1', 1), S.ERROR_CLUSTER_INVALID_REQUEST);
    f.model.setDiskMaintenance('Cluster Disk 2', true, 0);
    assertStatusIs(call('Cluster Disk 2', 1), S.ERROR_CLUSTER_INVALID_REQUEST);
    f.model.setDiskMaintenance('Cluster Disk 2', false, 0);
    f.model.offlineResource('Cluster Disk 2');
    assertStatusIs(call('Cluster Disk 2', 1), S.ERROR_RESOURCE_NOT_ONLINE);
    f.model.onlineResource('Cluster Disk 2');
    f.setState('readOnly');
    assertStatusIs(call('Cluster Disk 2', 1), Win32.ERROR_SHARING_PAUSED);
    f.setState('readWrite');
    assertStatusIs(
      f.h.ApiChangeCsvState(f.ctx('reader'), { hResource: res(f, 'Cluster Disk 2', 'reader'), dwState: 1 })
        .ret,
      Win32.ERROR_ACCESS_DENIED,
    );
  });

  it('Ex: the volume name joins the disk; placement has its own codes', () => {
    const f = fixture();
    const ex = (name: string, vol = '') =>
      f.h.ApiChangeCsvStateEx(f.ctx(), { hResource: res(f, name), dwState: 1, lpszVolumeName: vol }).ret;
    assertStatusIs(ex('Cluster Disk 1'), S.ERROR_RESOURCE_NOT_IN_AVAILABLE_STORAGE);
    f.model.createResource('Available Storage', 'App Data', 'Generic Service');
    f.model.addDependency('App Data', 'Cluster Disk 2');
    assertStatusIs(ex('Cluster Disk 2'), S.ERROR_DEPENDENT_RESOURCE_EXISTS);
    f.model.removeDependency('App Data', 'Cluster Disk 2');
    assertStatusIs(ex('Cluster Disk 2', 'Logs'), 0);
    assert.deepEqual(
      f.model.storageState('Cluster Disk 2').volumes.map((v) => v.friendlyName),
      ['Volume1', 'Logs'],
    );
  });

  it('survives reopening the store', () => {
    const store = new MemoryStore();
    const m = createDemoCluster(store, undefined, { newId: sequentialIds() });
    m.enableSharedVolumes('Cluster Disk 2');
    const again = ClusterModel.open(store);
    assert.ok(again.storageState('Cluster Disk 2').sharedVolumes);
    assert.deepEqual(
      again.sharedVolumeResources().map((r) => r.name),
      ['Cluster Disk 2'],
    );
  });
});

describe('methods a v3 server refuses by spec', () => {
  it('ApiBackupClusterDatabase, ApiSetServiceAccountPassword: ERROR_CALL_NOT_IMPLEMENTED', () => {
    const f = fixture();
    const b = f.h.ApiBackupClusterDatabase(f.ctx(), { lpszPathName: 'C:\\backup' });
    assertStatusIs(b.ret, Win32.ERROR_CALL_NOT_IMPLEMENTED);
    assert.equal(b.rpc_status, 0);
    const p = f.h.ApiSetServiceAccountPassword(f.ctx(), {
      lpszNewPassword: 'x',
      dwFlags: 0,
      ReturnStatusBufferSize: 64,
    });
    assertStatusIs(p.ret, Win32.ERROR_CALL_NOT_IMPLEMENTED);
    assert.deepEqual([p.ReturnStatusBufferPtr, p.SizeReturned, p.ExpectedBufferSize], [[], 0, 0]);
  });

  it('ApiClusterNativeUpdateControl: ERROR_NOT_SUPPORTED with nothing returned', () => {
    const f = fixture();
    const r = f.h.ApiClusterNativeUpdateControl(f.ctx(), {
      inBuffer: new Uint8Array(8),
      inBufferSize: 8,
      outBufferSize: 1 << 20,
    });
    assertStatusIs(r.ret, Win32.ERROR_NOT_SUPPORTED);
    assert.deepEqual([r.outBuffer.length, r.lpBytesReturned, r.lpBytesNeeded], [0, 0, 0]);
  });
});
