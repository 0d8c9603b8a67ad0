/** ClusAPI v3 handler families over the demo cluster: cluster, nodes, groups, resources, types. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DesiredAccess } from '../../src/cluster/model/access.js';
import { GroupState, NodeState, ResourceState } from '../../src/cluster/model/types.js';
import { ClusterEnum } from '../../src/cluster/server/enums.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import { decodeProperties } from '../../src/cluster/controls/clusprop.js';
import { parseMultiSz } from '../../src/cluster/server/group-handlers.js';
import { assertStatus } from './helpers.js';
import { assertStatusIs, fixture, isNull } from './server-fixture.js';

const { GENERIC_READ, GENERIC_ALL } = DesiredAccess;
const S = ClusterStatus;

describe('cluster methods', () => {
  it('open/openEx/close, name, version, quorum', () => {
    const f = fixture();
    const c = f.h.ApiOpenCluster(f.ctx(), {});
    assertStatusIs(c.Status, Win32.ERROR_SUCCESS);
    const ex = f.h.ApiOpenClusterEx(f.ctx('reader'), { dwDesiredAccess: GENERIC_READ });
    assert.equal(ex.lpdwGrantedAccess, GENERIC_READ);
    assertStatusIs(
      f.h.ApiOpenClusterEx(f.ctx('reader'), { dwDesiredAccess: GENERIC_ALL }).Status,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(
      f.h.ApiOpenClusterEx(f.ctx(), { dwDesiredAccess: 2 }).Status,
      Win32.ERROR_INVALID_PARAMETER,
    );
    const name = f.h.ApiGetClusterName(f.ctx('reader'), {});
    assert.deepEqual(name, { ClusterName: 'WINRPC-CLU', NodeName: 'NODE1', ret: 0 });
    assertStatusIs(f.h.ApiGetClusterName(f.ctx('nobody'), {}).ret, Win32.ERROR_ACCESS_DENIED);
    const v = f.h.ApiGetClusterVersion2(f.ctx(), {});
    assert.equal(v.lpwMajorVersion, 10);
    assert.equal(v.lpwBuildNumber, 20348);
    assert.equal(v.ppClusterOpVerInfo?.dwSize, 20);
    const q = f.h.ApiGetQuorumResource(f.ctx(), {});
    assert.equal(q.lpszResourceName, 'Cluster Disk 1');
    const closed = f.h.ApiCloseCluster(f.ctx(), { Cluster: c.ret });
    assert.ok(isNull(closed.Cluster));
    assertStatusIs(f.h.ApiCloseCluster(f.ctx(), { Cluster: c.ret }).ret, Win32.ERROR_INVALID_HANDLE);
    assertStatusIs(
      f.h.ApiSetClusterName(f.ctx('reader'), { NewClusterName: 'X' }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(
      f.h.ApiSetClusterName(f.ctx(), { NewClusterName: 'NEWCLU' }).ret,
      S.ERROR_RESOURCE_PROPERTIES_STORED,
    );
    assert.equal(f.model.cluster().name, 'NEWCLU');
  });

  it('ApiCreateEnum lists every type, combined types, and refuses invalid ones', () => {
    const f = fixture();
    const names = (t: number) =>
      f.h.ApiCreateEnum(f.ctx(), { dwType: t }).ReturnEnum?.Entry.map((e) => e.Name);
    assert.deepEqual(names(ClusterEnum.NODE), ['NODE1', 'NODE2', 'NODE3']);
    assert.deepEqual(names(ClusterEnum.GROUP), ['Available Storage', 'Cluster Group']);
    assert.equal(names(ClusterEnum.RESOURCE)?.length, 5);
    assert.ok(names(ClusterEnum.RESTYPE)?.includes('Physical Disk'));
    assert.deepEqual(names(ClusterEnum.NETWORK), ['Cluster Network 1', 'Cluster Network 2']);
    assert.equal(names(ClusterEnum.NETINTERFACE)?.length, 6);
    assert.deepEqual(names(ClusterEnum.INTERNAL_NETWORK), ['Cluster Network 2', 'Cluster Network 1']);
    assert.deepEqual(names(ClusterEnum.SHARED_VOLUME_RESOURCE), []);
    const both = f.h.ApiCreateEnum(f.ctx(), { dwType: ClusterEnum.NODE | ClusterEnum.GROUP }).ReturnEnum!;
    assert.equal(both.EntryCount, 5);
    assert.deepEqual(new Set(both.Entry.map((e) => e.Type)), new Set([1, 8]));
    for (const bad of [0, 0x40, 0x40000001, 0x80000010, 0x100]) {
      const r = f.h.ApiCreateEnum(f.ctx(), { dwType: bad });
      assertStatusIs(r.ret, Win32.ERROR_INVALID_PARAMETER, `0x${bad.toString(16)}`);
      assert.equal(r.ReturnEnum, null);
    }
    // Read-only state: only the node enumeration is served (3.1.4.2.8).
    f.setState('readOnly');
    assertStatusIs(f.h.ApiCreateEnum(f.ctx(), { dwType: ClusterEnum.NODE }).ret, Win32.ERROR_SUCCESS);
    assertStatusIs(f.h.ApiCreateEnum(f.ctx(), { dwType: ClusterEnum.GROUP }).ret, Win32.ERROR_SHARING_PAUSED);
  });

  it('ApiCreateEnumEx returns ids and names in the same order', () => {
    const f = fixture();
    const c = f.h.ApiOpenClusterEx(f.ctx('reader'), { dwDesiredAccess: GENERIC_READ });
    const r = f.h.ApiCreateEnumEx(f.ctx('reader'), {
      hCluster: c.ret,
      dwType: ClusterEnum.GROUP,
      dwOptions: 0,
    });
    assertStatusIs(r.ret, Win32.ERROR_SUCCESS);
    assert.deepEqual(
      r.ReturnNameEnum?.Entry.map((e) => e.Name),
      ['Available Storage', 'Cluster Group'],
    );
    assert.deepEqual(
      r.ReturnIdEnum?.Entry.map((e) => e.Name),
      [f.model.group('Available Storage').id, f.model.group('Cluster Group').id],
    );
    assertStatusIs(
      f.h.ApiCreateEnumEx(f.ctx(), { hCluster: c.ret, dwType: 0x1000, dwOptions: 0 }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiCreateEnumEx(f.ctx(), { hCluster: c.ret, dwType: ClusterEnum.NODE, dwOptions: 1 }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    f.setState('readOnly');
    assertStatusIs(
      f.h.ApiCreateEnumEx(f.ctx(), { hCluster: c.ret, dwType: ClusterEnum.NODE, dwOptions: 0 }).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatusIs(
      f.h.ApiCreateEnumEx(f.ctx(), { hCluster: c.ret, dwType: ClusterEnum.GROUP, dwOptions: 0 }).ret,
      Win32.ERROR_SHARING_PAUSED,
    );
  });
});

describe('node methods', () => {
  it('state, id, pause/resume with the spec errors, evict, enumeration', () => {
    const f = fixture();
    const n2 = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE2' });
    assertStatusIs(n2.Status, Win32.ERROR_SUCCESS);
    assert.equal(f.h.ApiGetNodeState(f.ctx(), { hNode: n2.ret }).State, NodeState.Up);
    assert.equal(f.h.ApiGetNodeId(f.ctx(), { hNode: n2.ret }).pGuid, '2');
    assertStatusIs(f.h.ApiResumeNode(f.ctx(), { hNode: n2.ret }).ret, S.ERROR_CLUSTER_NODE_NOT_PAUSED);
    assertStatusIs(f.h.ApiPauseNode(f.ctx(), { hNode: n2.ret }).ret, Win32.ERROR_SUCCESS);
    assert.equal(f.h.ApiGetNodeState(f.ctx(), { hNode: n2.ret }).State, NodeState.Paused);
    assertStatusIs(f.h.ApiResumeNode(f.ctx(), { hNode: n2.ret }).ret, Win32.ERROR_SUCCESS);
    const e = f.h.ApiCreateNodeEnum(f.ctx(), { hNode: n2.ret, dwType: 1 });
    assert.deepEqual(
      e.ReturnEnum?.Entry.map((x) => x.Name),
      ['NODE2 - Ethernet', 'NODE2 - Ethernet 2'],
    );
    // Unknown bits are ignored (3.1.4.2.101).
    const odd = f.h.ApiCreateNodeEnum(f.ctx(), { hNode: n2.ret, dwType: 4 });
    assertStatusIs(odd.ret, Win32.ERROR_SUCCESS);
    assert.equal(odd.ReturnEnum?.EntryCount, 0);
    const rd = f.h.ApiOpenNodeEx(f.ctx('reader'), { lpszNodeName: 'NODE3', dwDesiredAccess: GENERIC_READ });
    assertStatusIs(f.h.ApiPauseNode(f.ctx('reader'), { hNode: rd.ret }).ret, Win32.ERROR_ACCESS_DENIED);
    assertStatusIs(
      f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE9' }).Status,
      S.ERROR_CLUSTER_NODE_NOT_FOUND,
    );
    const local = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE1' });
    assertStatusIs(f.h.ApiEvictNode(f.ctx(), { hNode: local.ret }).ret, S.ERROR_CANT_EVICT_ACTIVE_NODE);
    assertStatusIs(f.h.ApiEvictNode(f.ctx(), { hNode: n2.ret }).ret, Win32.ERROR_SUCCESS);
    // The handle outlives its node: later calls name the missing object.
    assertStatusIs(f.h.ApiGetNodeState(f.ctx(), { hNode: n2.ret }).ret, S.ERROR_CLUSTER_NODE_NOT_FOUND);
    assertStatusIs(f.h.ApiCloseNode(f.ctx(), { Node: n2.ret }).ret, Win32.ERROR_SUCCESS);
  });
});

describe('group methods', () => {
  it('create, rename, state, online/offline, move, node list, enumerations, delete', () => {
    const f = fixture();
    const g = f.h.ApiCreateGroup(f.ctx(), { lpszGroupName: 'App' });
    assertStatusIs(g.Status, Win32.ERROR_SUCCESS);
    assertStatusIs(
      f.h.ApiCreateGroup(f.ctx(), { lpszGroupName: 'app' }).Status,
      S.ERROR_OBJECT_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiCreateGroup(f.ctx('reader'), { lpszGroupName: 'R' }).Status,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(
      f.h.ApiSetGroupName(f.ctx(), { hGroup: g.ret, lpszGroupName: 'Cluster Group' }).ret,
      Win32.ERROR_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiSetGroupName(f.ctx(), { hGroup: g.ret, lpszGroupName: 'App2' }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.equal(f.h.ApiGetGroupId(f.ctx(), { hGroup: g.ret }).pGuid, f.model.group('App2').id);
    const st = f.h.ApiGetGroupState(f.ctx(), { hGroup: g.ret });
    assert.equal(st.NodeName, 'NODE1');
    const r = f.h.ApiCreateResource(f.ctx(), {
      hGroup: g.ret,
      lpszResourceName: 'App IP',
      lpszResourceType: 'IP Address',
      dwFlags: 0,
    });
    assertStatusIs(r.Status, Win32.ERROR_SUCCESS);
    assertStatusIs(f.h.ApiOnlineGroup(f.ctx(), { hGroup: g.ret }).ret, Win32.ERROR_SUCCESS);
    assert.equal(f.h.ApiGetGroupState(f.ctx(), { hGroup: g.ret }).State, GroupState.Online);
    const n3 = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE3' });
    assertStatusIs(
      f.h.ApiMoveGroupToNode(f.ctx(), { hGroup: g.ret, hNode: n3.ret }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.equal(f.h.ApiGetGroupState(f.ctx(), { hGroup: g.ret }).NodeName, 'NODE3');
    assertStatusIs(f.h.ApiMoveGroup(f.ctx(), { hGroup: g.ret }).ret, Win32.ERROR_SUCCESS);
    const list = [...'3\x002\x00\x00'].map((c) => c.charCodeAt(0));
    assertStatusIs(
      f.h.ApiSetGroupNodeList(f.ctx(), { hGroup: g.ret, multiSzNodeList: list, cchListSize: list.length })
        .ret,
      Win32.ERROR_SUCCESS,
    );
    const e = f.h.ApiCreateGroupResourceEnum(f.ctx(), { hGroup: g.ret, dwType: 3 });
    assert.deepEqual(
      e.ReturnEnum?.Entry.map((x) => [x.Type, x.Name]),
      [
        [1, 'App IP'],
        [2, 'NODE3'],
        [2, 'NODE2'],
      ],
    );
    const bad = [...'9\x00\x00'].map((c) => c.charCodeAt(0));
    assertStatusIs(
      f.h.ApiSetGroupNodeList(f.ctx(), { hGroup: g.ret, multiSzNodeList: bad, cchListSize: 3 }).ret,
      S.ERROR_ASSERTION_FAILURE,
    );
    assertStatusIs(f.h.ApiOfflineGroup(f.ctx(), { hGroup: g.ret }).ret, Win32.ERROR_SUCCESS);
    assertStatusIs(f.h.ApiDeleteGroup(f.ctx(), { Group: g.ret, force: 0 }).ret, S.ERROR_DIR_NOT_EMPTY);
    assertStatusIs(f.h.ApiDeleteGroup(f.ctx(), { Group: g.ret, force: 1 }).ret, Win32.ERROR_SUCCESS);
    assertStatusIs(f.h.ApiOpenGroup(f.ctx(), { lpszGroupName: 'App2' }).Status, S.ERROR_GROUP_NOT_FOUND);
    assert.ok(isNull(f.h.ApiCloseGroup(f.ctx(), { Group: g.ret }).Group));
    f.setState('readOnly');
    assertStatusIs(f.h.ApiCreateGroup(f.ctx(), { lpszGroupName: 'RO' }).Status, Win32.ERROR_SHARING_PAUSED);
  });
});

describe('resource methods', () => {
  it('state, id, type, online/offline/fail, dependencies, owners, network name, change group', () => {
    const f = fixture();
    const cn = f.h.ApiOpenResourceEx(f.ctx(), {
      lpszResourceName: 'Cluster Name',
      dwDesiredAccess: GENERIC_ALL,
    });
    const st = f.h.ApiGetResourceState(f.ctx(), { hResource: cn.ret });
    assert.deepEqual([st.State, st.NodeName, st.GroupName], [ResourceState.Online, 'NODE1', 'Cluster Group']);
    assert.equal(f.h.ApiGetResourceType(f.ctx(), { hResource: cn.ret }).lpszResourceType, 'Network Name');
    assert.equal(
      f.h.ApiGetResourceId(f.ctx(), { hResource: cn.ret }).pGuid,
      f.model.resource('Cluster Name').id,
    );
    const ip = f.h.ApiOpenResource(f.ctx(), { lpszResourceName: 'Cluster IP Address' });
    assert.equal(f.h.ApiGetResourceNetworkName(f.ctx(), { hResource: cn.ret }).lpszName, 'WINRPC-CLU');
    assertStatusIs(
      f.h.ApiGetResourceNetworkName(f.ctx(), { hResource: ip.ret }).ret,
      S.ERROR_DEPENDENCY_NOT_FOUND,
    );
    const deps = f.h.ApiCreateResEnum(f.ctx(), { hResource: cn.ret, dwType: 1 });
    assert.deepEqual(
      deps.ReturnEnum?.Entry.map((x) => x.Name),
      ['Cluster IP Address'],
    );
    assertStatusIs(
      f.h.ApiCreateResEnum(f.ctx(), { hResource: cn.ret, dwType: 8 }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiCanResourceBeDependent(f.ctx(), { hResource: cn.ret, hResourceDependent: ip.ret }).ret,
      S.ERROR_DEPENDENCY_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiCanResourceBeDependent(f.ctx(), { hResource: ip.ret, hResourceDependent: cn.ret }).ret,
      S.ERROR_CIRCULAR_DEPENDENCY,
    );
    assertStatusIs(
      f.h.ApiCanResourceBeDependent(f.ctx(), { hResource: ip.ret, hResourceDependent: ip.ret }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );

    const g = f.h.ApiCreateGroup(f.ctx(), { lpszGroupName: 'App' });
    const a = f.h.ApiCreateResource(f.ctx(), {
      hGroup: g.ret,
      lpszResourceName: 'A',
      lpszResourceType: 'Generic Service',
      dwFlags: 0,
    });
    const b = f.h.ApiCreateResource(f.ctx(), {
      hGroup: g.ret,
      lpszResourceName: 'B',
      lpszResourceType: 'IP Address',
      dwFlags: 0,
    });
    assertStatusIs(
      f.h.ApiCreateResource(f.ctx(), {
        hGroup: g.ret,
        lpszResourceName: 'C',
        lpszResourceType: 'No Such Type',
        dwFlags: 0,
      }).Status,
      S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND,
    );
    assertStatusIs(
      f.h.ApiCanResourceBeDependent(f.ctx(), { hResource: a.ret, hResourceDependent: b.ret }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.deepEqual(f.model.resource('A').dependencies, [], 'a trial run changes nothing');
    assertStatusIs(
      f.h.ApiAddResourceDependency(f.ctx(), { hResource: a.ret, hDependsOn: b.ret }).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatusIs(f.h.ApiOnlineResource(f.ctx(), { hResource: a.ret }).ret, Win32.ERROR_SUCCESS);
    assert.equal(f.h.ApiGetResourceState(f.ctx(), { hResource: b.ret }).State, ResourceState.Online);
    assertStatusIs(f.h.ApiDeleteResource(f.ctx(), { hResource: a.ret }).ret, S.ERROR_RESOURCE_ONLINE);
    assertStatusIs(f.h.ApiFailResource(f.ctx(), { hResource: a.ret }).ret, Win32.ERROR_SUCCESS);
    assertStatusIs(f.h.ApiOfflineResource(f.ctx(), { hResource: a.ret }).ret, S.ERROR_RESOURCE_FAILED);
    assertStatusIs(f.h.ApiOfflineResource(f.ctx(), { hResource: b.ret }).ret, Win32.ERROR_SUCCESS);
    assertStatusIs(
      f.h.ApiRemoveResourceDependency(f.ctx(), { hResource: a.ret, hDependsOn: b.ret }).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatusIs(
      f.h.ApiRemoveResourceDependency(f.ctx(), { hResource: a.ret, hDependsOn: b.ret }).ret,
      S.ERROR_DEPENDENCY_NOT_FOUND,
    );
    const n2 = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE2' });
    assertStatusIs(
      f.h.ApiAddResourceNode(f.ctx(), { hResource: a.ret, hNode: n2.ret }).ret,
      S.ERROR_OBJECT_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiRemoveResourceNode(f.ctx(), { hResource: a.ret, hNode: n2.ret }).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatusIs(
      f.h.ApiRemoveResourceNode(f.ctx(), { hResource: a.ret, hNode: n2.ret }).ret,
      S.ERROR_CLUSTER_NODE_NOT_FOUND,
    );
    assertStatusIs(
      f.h.ApiAddResourceNode(f.ctx(), { hResource: a.ret, hNode: n2.ret }).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatusIs(
      f.h.ApiSetResourceName(f.ctx(), { hResource: a.ret, lpszResourceName: 'B' }).ret,
      Win32.ERROR_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiSetResourceName(f.ctx(), { hResource: a.ret, lpszResourceName: 'A1' }).ret,
      Win32.ERROR_SUCCESS,
    );
    const g2 = f.h.ApiCreateGroup(f.ctx(), { lpszGroupName: 'Other' });
    assertStatusIs(
      f.h.ApiChangeResourceGroup(f.ctx(), { hResource: a.ret, hGroup: g2.ret }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.equal(f.model.resource('A1').groupId, f.model.group('Other').id);
    assertStatusIs(f.h.ApiDeleteResource(f.ctx(), { hResource: a.ret }).ret, Win32.ERROR_SUCCESS);
    assert.ok(isNull(f.h.ApiCloseResource(f.ctx(), { Resource: a.ret }).Resource));
    const rd = f.h.ApiOpenResourceEx(f.ctx('reader'), {
      lpszResourceName: 'B',
      dwDesiredAccess: GENERIC_READ,
    });
    assertStatusIs(
      f.h.ApiOnlineResource(f.ctx('reader'), { hResource: rd.ret }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(f.h.ApiGetResourceState(f.ctx('reader'), { hResource: rd.ret }).ret, Win32.ERROR_SUCCESS);
  });
});

describe('resource type methods', () => {
  it('create/delete and enumeration; unknown names are ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND', () => {
    const f = fixture();
    const create = () =>
      f.h.ApiCreateResourceType(f.ctx(), {
        lpszTypeName: 'My Type',
        lpszDisplayName: 'My Type',
        lpszDllName: 'my.dll',
        dwLooksAlive: 5000,
        dwIsAlive: 60000,
      }).ret;
    assertStatusIs(create(), Win32.ERROR_SUCCESS);
    assertStatusIs(create(), Win32.ERROR_ALREADY_EXISTS);
    const e = f.h.ApiCreateResTypeEnum(f.ctx(), { lpszTypeName: 'Physical Disk', dwType: 3 });
    assert.deepEqual(
      e.ReturnEnum?.Entry.map((x) => [x.Type, x.Name]),
      [
        [1, 'NODE1'],
        [1, 'NODE2'],
        [1, 'NODE3'],
        [2, 'Cluster Disk 1'],
        [2, 'Cluster Disk 2'],
      ],
    );
    assertStatusIs(
      f.h.ApiCreateResTypeEnum(f.ctx(), { lpszTypeName: 'Nope', dwType: 1 }).ret,
      S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND,
    );
    const odd = f.h.ApiCreateResTypeEnum(f.ctx(), { lpszTypeName: 'Physical Disk', dwType: 6 });
    assertStatusIs(odd.ret, Win32.ERROR_SUCCESS);
    assert.equal(odd.ReturnEnum?.EntryCount, 2);
    assertStatusIs(
      f.h.ApiDeleteResourceType(f.ctx(), { lpszTypeName: 'Physical Disk' }).ret,
      S.ERROR_DIR_NOT_EMPTY,
    );
    assertStatusIs(
      f.h.ApiDeleteResourceType(f.ctx(), { lpszTypeName: 'Nope' }).ret,
      S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND,
    );
    assertStatusIs(
      f.h.ApiDeleteResourceType(f.ctx('reader'), { lpszTypeName: 'My Type' }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(f.h.ApiDeleteResourceType(f.ctx(), { lpszTypeName: 'My Type' }).ret, Win32.ERROR_SUCCESS);
  });
});

describe('ApiSetGroupNodeList MULTI_SZ (3.1.4.2.55)', () => {
  const units = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
  it('NULL or cchListSize <= 1 is the empty list; an unterminated list is ERROR_INVALID_PARAMETER', () => {
    assert.deepEqual(parseMultiSz(null, 10), []);
    assert.deepEqual(parseMultiSz(units('1'), 1), []);
    assert.deepEqual(parseMultiSz(units('1\x00'), 2), ['1']);
    assert.deepEqual(parseMultiSz(units('1\x002\x00\x00'), 5), ['1', '2']);
    assert.deepEqual(parseMultiSz(units('1\x00\x002\x00'), 5), ['1'], 'an empty string ends the list');
    assert.deepEqual(parseMultiSz(units('1\x002\x00'), 2), ['1'], 'only cchListSize units count');
    assertStatus(() => parseMultiSz(units('12'), 2), Win32.ERROR_INVALID_PARAMETER);
    assertStatus(() => parseMultiSz(units('1\x0023'), 4), Win32.ERROR_INVALID_PARAMETER);
  });

  it('through the handler: the empty list clears the preferred owners', () => {
    const f = fixture();
    const g = f.h.ApiOpenGroup(f.ctx(), { lpszGroupName: 'Available Storage' });
    const list = units('2\x00\x00');
    assertStatusIs(
      f.h.ApiSetGroupNodeList(f.ctx(), { hGroup: g.ret, multiSzNodeList: list, cchListSize: 3 }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.deepEqual(f.model.group('Available Storage').preferredOwners, ['2']);
    assertStatusIs(
      f.h.ApiSetGroupNodeList(f.ctx(), { hGroup: g.ret, multiSzNodeList: null, cchListSize: 0 }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.deepEqual(f.model.group('Available Storage').preferredOwners, []);
    assertStatusIs(
      f.h.ApiSetGroupNodeList(f.ctx(), { hGroup: g.ret, multiSzNodeList: units('2'), cchListSize: 2 }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });
});

describe('v3 stubs and ApiCreateGroupEx', () => {
  it('ApiGetClusterVersion and ApiSetNetworkPriorityOrder fail with ERROR_CALL_NOT_IMPLEMENTED', () => {
    const f = fixture();
    assertStatusIs(f.h.ApiGetClusterVersion(f.ctx(), {}).ret, Win32.ERROR_CALL_NOT_IMPLEMENTED);
    assertStatusIs(
      f.h.ApiSetNetworkPriorityOrder(f.ctx(), { NetworkCount: 0, NetworkIdList: [] }).ret,
      Win32.ERROR_CALL_NOT_IMPLEMENTED,
    );
  });

  it('ApiCreateGroupEx stores the client group type, reserved values included', () => {
    const f = fixture();
    const a = f.h.ApiCreateGroupEx(f.ctx(), {
      lpszGroupName: 'Typed',
      pGroupInfo: { dwVersion: 1, dwGroupType: 2 },
    });
    assertStatusIs(a.Status, Win32.ERROR_SUCCESS);
    assert.equal(f.model.group('Typed').groupType, 2);
    const b = f.h.ApiCreateGroupEx(f.ctx(), { lpszGroupName: 'Plain', pGroupInfo: null });
    assertStatusIs(b.Status, Win32.ERROR_SUCCESS);
    assert.equal(f.model.group('Plain').groupType, 0x270f);
    const dup = f.h.ApiCreateGroupEx(f.ctx(), { lpszGroupName: 'typed', pGroupInfo: null });
    assertStatusIs(dup.Status, S.ERROR_OBJECT_ALREADY_EXISTS);
    assert.ok(isNull(dup.ret));
    f.setState('readOnly');
    assertStatusIs(
      f.h.ApiCreateGroupEx(f.ctx(), { lpszGroupName: 'RO', pGroupInfo: null }).Status,
      Win32.ERROR_SHARING_PAUSED,
    );
  });
});

describe('node Ex methods and dependency expressions', () => {
  it('ApiPauseNodeEx drains with ERROR_IO_PENDING; ApiResumeNodeEx; ApiCreateNodeEnumEx', () => {
    const f = fixture();
    const n1 = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE1' });
    const owned = f.model.nodeGroups('NODE1').length;
    assert.ok(owned > 0);
    const ex = f.h.ApiCreateNodeEnumEx(f.ctx(), { hNode: n1.ret, dwType: 3, dwOptions: 0 });
    assertStatusIs(ex.ret, Win32.ERROR_SUCCESS);
    assert.equal(ex.ReturnIdEnum?.EntryCount, ex.ReturnNameEnum?.EntryCount);
    assert.equal(ex.ReturnNameEnum?.EntryCount, 2 + owned);
    assertStatusIs(
      f.h.ApiCreateNodeEnumEx(f.ctx(), { hNode: n1.ret, dwType: 1, dwOptions: 1 }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiCreateNodeEnumEx(f.ctx(), { hNode: n1.ret, dwType: 4, dwOptions: 0 }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiPauseNodeEx(f.ctx(), { hNode: n1.ret, bDrainNode: 1, dwPauseFlags: 0 }).ret,
      S.ERROR_IO_PENDING,
    );
    assert.equal(f.model.node('NODE1').state, NodeState.Paused);
    assert.equal(f.model.nodeGroups('NODE1').length, 0);
    assertStatusIs(
      f.h.ApiResumeNodeEx(f.ctx(), { hNode: n1.ret, dwResumeFailbackType: 0, dwResumeFlagsReserved: 0 }).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatusIs(
      f.h.ApiResumeNodeEx(f.ctx(), { hNode: n1.ret, dwResumeFailbackType: 0, dwResumeFlagsReserved: 0 }).ret,
      S.ERROR_CLUSTER_NODE_NOT_PAUSED,
    );
    // With every other node down there is nowhere to drain to.
    f.model.simulateNodeDown('NODE2');
    f.model.simulateNodeDown('NODE3');
    assertStatusIs(
      f.h.ApiPauseNodeEx(f.ctx(), { hNode: n1.ret, bDrainNode: 1, dwPauseFlags: 0 }).ret,
      S.ERROR_CLUSTER_NODE_DOWN,
    );
    const n2 = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE2' });
    assertStatusIs(
      f.h.ApiResumeNodeEx(f.ctx(), { hNode: n2.ret, dwResumeFailbackType: 0, dwResumeFlagsReserved: 0 }).ret,
      S.ERROR_CLUSTER_NODE_DOWN,
    );
  });

  it('get and set a dependency expression', () => {
    const f = fixture();
    const cn = f.h.ApiOpenResource(f.ctx(), { lpszResourceName: 'Cluster Name' });
    const g = f.h.ApiGetResourceDependencyExpression(f.ctx(), { hResource: cn.ret });
    assertStatusIs(g.ret, Win32.ERROR_SUCCESS);
    assert.match(g.lpszDependencyExpression ?? '', /Cluster IP Address/);
    const grp = f.h.ApiCreateGroup(f.ctx(), { lpszGroupName: 'G' });
    const a = f.h.ApiCreateResource(f.ctx(), {
      hGroup: grp.ret,
      lpszResourceName: 'A',
      lpszResourceType: 'Generic Service',
      dwFlags: 0,
    });
    for (const n of ['B', 'C'])
      f.h.ApiCreateResource(f.ctx(), {
        hGroup: grp.ret,
        lpszResourceName: n,
        lpszResourceType: 'IP Address',
        dwFlags: 0,
      });
    assertStatusIs(
      f.h.ApiSetResourceDependencyExpression(f.ctx(), {
        hResource: a.ret,
        lpszDependencyExpression: '[B] or [C]',
      }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.deepEqual(f.model.resource('A').dependencies.length, 1);
    assertStatusIs(
      f.h.ApiSetResourceDependencyExpression(f.ctx(), {
        hResource: a.ret,
        lpszDependencyExpression: '[Nope]',
      }).ret,
      S.ERROR_RESOURCE_NOT_FOUND,
    );
    assertStatusIs(
      f.h.ApiSetResourceDependencyExpression(f.ctx(), { hResource: a.ret, lpszDependencyExpression: null })
        .ret,
      Win32.ERROR_SUCCESS,
    );
    assert.deepEqual(f.model.resource('A').dependencies, []);
  });
});

describe('group and resource Ex operations', () => {
  it('validate their flags, then behave as the plain methods', () => {
    const f = fixture();
    const g = f.h.ApiOpenGroup(f.ctx(), { lpszGroupName: 'Available Storage' });
    const none = new Uint8Array(0);
    const offline = (flags: number) =>
      f.h.ApiOfflineGroupEx(f.ctx(), {
        hGroup: g.ret,
        dwOfflineFlags: flags,
        lpInBuffer: none,
        cbInBufferSize: 0,
      }).ret;
    const online = (flags: number) =>
      f.h.ApiOnlineGroupEx(f.ctx(), {
        hGroup: g.ret,
        dwOnlineFlags: flags,
        lpInBuffer: none,
        cbInBufferSize: 0,
      }).ret;
    assertStatusIs(offline(2), Win32.ERROR_INVALID_PARAMETER);
    assertStatusIs(offline(1), Win32.ERROR_SUCCESS);
    assert.equal(f.model.groupState('Available Storage').state, GroupState.Offline);
    assertStatusIs(online(0x10), Win32.ERROR_INVALID_PARAMETER);
    assertStatusIs(online(0x2), Win32.ERROR_SUCCESS);
    assert.equal(f.model.groupState('Available Storage').state, GroupState.Online);
    const move = (flags: number) =>
      f.h.ApiMoveGroupEx(f.ctx(), { hGroup: g.ret, dwMoveFlags: flags, lpInBuffer: none, cbInBufferSize: 0 })
        .ret;
    assertStatusIs(move(0x5), Win32.ERROR_INVALID_PARAMETER);
    assertStatusIs(move(0x2), Win32.ERROR_SUCCESS);
    assert.notEqual(f.model.groupState('Available Storage').ownerNodeName, 'NODE1');
    const n1 = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE1' });
    assertStatusIs(
      f.h.ApiMoveGroupToNodeEx(f.ctx(), {
        hGroup: g.ret,
        hNode: n1.ret,
        dwMoveFlags: 0,
        lpInBuffer: none,
        cbInBufferSize: 0,
      }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.equal(f.model.groupState('Available Storage').ownerNodeName, 'NODE1');

    const r = f.h.ApiOpenResource(f.ctx(), { lpszResourceName: 'Cluster Disk 2' });
    const roff = (flags: number) =>
      f.h.ApiOfflineResourceEx(f.ctx(), {
        hResource: r.ret,
        dwOfflineFlags: flags,
        lpInBuffer: none,
        cbInBufferSize: 0,
      }).ret;
    const ron = (flags: number) =>
      f.h.ApiOnlineResourceEx(f.ctx(), {
        hResource: r.ret,
        dwOnlineFlags: flags,
        lpInBuffer: none,
        cbInBufferSize: 0,
      }).ret;
    assertStatusIs(roff(0x8), Win32.ERROR_INVALID_PARAMETER);
    assertStatusIs(roff(0x4), Win32.ERROR_NOT_SUPPORTED);
    assertStatusIs(roff(0x2), Win32.ERROR_SUCCESS);
    assert.equal(f.model.resource('Cluster Disk 2').state, ResourceState.Offline);
    assertStatusIs(ron(0x10), Win32.ERROR_INVALID_PARAMETER);
    assertStatusIs(ron(0x1), Win32.ERROR_SUCCESS);
    assert.equal(f.model.resource('Cluster Disk 2').state, ResourceState.Online);
  });

  it('ApiCreateNetInterfaceEnum lists the interface of a node on a network', () => {
    const f = fixture();
    const c = f.h.ApiOpenClusterEx(f.ctx('reader'), { dwDesiredAccess: GENERIC_READ });
    const e = (node: string, network: string) =>
      f.h.ApiCreateNetInterfaceEnum(f.ctx('reader'), {
        hCluster: c.ret,
        lpszNodeName: node,
        lpszNetworkName: network,
      });
    assert.deepEqual(
      e('NODE3', 'Cluster Network 1').ReturnEnum?.Entry.map((x) => x.Name),
      ['NODE3 - Ethernet'],
    );
    assertStatusIs(e('NODE9', 'Cluster Network 1').ret, S.ERROR_CLUSTER_NODE_NOT_FOUND);
    assertStatusIs(e('NODE3', 'Nope').ret, S.ERROR_CLUSTER_NETWORK_NOT_FOUND);
  });
});

describe('ApiCreateGroupEnum / ApiCreateResourceEnum', () => {
  const multiSz = (...names: string[]): Uint8Array =>
    Buffer.from(names.map((n) => `${n}\0`).join('') + '\0', 'utf16le');
  it('list every object with state, owner and the requested common properties', () => {
    const f = fixture();
    const c = f.h.ApiOpenClusterEx(f.ctx('reader'), { dwDesiredAccess: GENERIC_READ });
    const ask = multiSz('Description', 'nosuch', 'PersistentState');
    const g = f.h.ApiCreateGroupEnum(f.ctx('reader'), {
      hCluster: c.ret,
      pProperties: ask,
      cbProperties: ask.length,
      pRoProperties: null,
      cbRoProperties: 0,
    });
    assertStatusIs(g.ret, Win32.ERROR_SUCCESS);
    const core = g.ppResultList!.Entry.find((e) => e.Name === 'Cluster Group')!;
    assert.equal(core.Id, f.model.group('Cluster Group').id);
    assert.equal(core.dwState, GroupState.Online);
    assert.equal(core.Owner, 'NODE1');
    assert.equal(core.dwFlags, 1);
    assert.deepEqual(
      decodeProperties(core.Properties!).map((p) => p.name),
      ['Description', 'PersistentState'],
    );
    assert.equal(core.cbProperties, core.Properties!.length);
    assert.equal(core.RoProperties, null);

    const star = multiSz('*');
    const r = f.h.ApiCreateResourceEnum(f.ctx('reader'), {
      hCluster: c.ret,
      pProperties: null,
      cbProperties: 0,
      pRoProperties: star,
      cbRoProperties: star.length,
    });
    assertStatusIs(r.ret, Win32.ERROR_SUCCESS);
    assert.equal(r.ppResultList?.EntryCount, f.model.resources().length);
    const cn = r.ppResultList!.Entry.find((e) => e.Name === 'Cluster Name')!;
    assert.equal(cn.OwnerName, 'Cluster Group');
    assert.equal(cn.OwnerId, f.model.group('Cluster Group').id);
    const ro = f.model.commonProperties('resource', 'Cluster Name').filter((p) => p.readOnly);
    assert.deepEqual(
      decodeProperties(cn.RoProperties!).map((p) => p.name),
      ro.map((p) => p.name),
    );
    const bad = new Uint8Array([0x41, 0x00]);
    assertStatusIs(
      f.h.ApiCreateResourceEnum(f.ctx(), {
        hCluster: c.ret,
        pProperties: bad,
        cbProperties: 2,
        pRoProperties: null,
        cbRoProperties: 0,
      }).ret,
      Win32.ERROR_INVALID_DATA,
    );
    f.setState('readOnly');
    assertStatusIs(
      f.h.ApiCreateGroupEnum(f.ctx(), {
        hCluster: c.ret,
        pProperties: null,
        cbProperties: 0,
        pRoProperties: null,
        cbRoProperties: 0,
      }).ret,
      Win32.ERROR_SHARING_PAUSED,
    );
  });
});
