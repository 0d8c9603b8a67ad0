/** ClusAPI v3 group-set handlers (opnums 163-180, 183): statuses, access, server state, controls. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decodeMultiSz,
  decodeProperties,
  decodeSz,
  encodeProperties,
} from '../../src/cluster/controls/clusprop.js';
import { GroupSetControl } from '../../src/cluster/controls/groupset-controls.js';
import { DesiredAccess } from '../../src/cluster/model/access.js';
import { CORE_GROUP_SET_NAME } from '../../src/cluster/model/group-sets.js';
import { dword } from '../../src/cluster/model/properties.js';
import { GROUPSET_ENUM_ENTRY_TYPE } from '../../src/cluster/server/groupset-handlers.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import type {
  HCLUSTER_RPC,
  HGROUPSET_RPC,
  HGROUP_RPC,
  HNODE_RPC,
} from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import type { Who } from './server-fixture.js';
import { assertStatusIs, fixture, isNull } from './server-fixture.js';

const S = ClusterStatus;
const OK = Win32.ERROR_SUCCESS;

function setup() {
  const f = fixture();
  for (const n of ['Web', 'App', 'Db']) f.model.createGroup(n);
  const createSet = (name: string, who: Who = 'admin'): HGROUPSET_RPC => {
    const r = f.h.ApiCreateGroupSet(f.ctx(who), { lpszGroupSetName: name });
    assertStatusIs(r.Status, OK, `create ${name}`);
    return r.ret;
  };
  const openSet = (name: string, who: Who = 'admin'): HGROUPSET_RPC => {
    const r = f.h.ApiOpenGroupSet(f.ctx(who), { lpszGroupSetName: name });
    assertStatusIs(r.Status, OK, `open ${name}`);
    return r.ret;
  };
  const openGroup = (name: string, who: Who = 'admin'): HGROUP_RPC => {
    const desired = who === 'admin' ? DesiredAccess.GENERIC_ALL : DesiredAccess.GENERIC_READ;
    const r = f.h.ApiOpenGroupEx(f.ctx(who), { lpszGroupName: name, dwDesiredAccess: desired });
    assertStatusIs(r.Status, OK, `open group ${name}`);
    return r.ret;
  };
  const control = (
    h: HGROUPSET_RPC,
    code: number,
    input: Uint8Array | null = null,
    size = 4096,
    who: Who = 'admin',
  ) =>
    f.h.ApiGroupSetControl(f.ctx(who), {
      hGroupSet: h,
      dwControlCode: code,
      lpInBuffer: input,
      nInBufferSize: input?.length ?? 0,
      nOutBufferSize: size,
    });
  return { ...f, createSet, openSet, openGroup, control };
}

describe('ApiCreateGroupSet / ApiOpenGroupSet / ApiCloseGroupSet', () => {
  it('statuses of create and open, NULL handles on failure', () => {
    const f = setup();
    {
      const r = f.h.ApiCreateGroupSet(f.ctx(), { lpszGroupSetName: '' });
      assertStatusIs(r.Status, Win32.ERROR_INVALID_NAME);
      assert.ok(isNull(r.ret));
    }
    f.createSet('Front');
    assertStatusIs(
      f.h.ApiCreateGroupSet(f.ctx(), { lpszGroupSetName: 'front' }).Status,
      S.ERROR_OBJECT_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiCreateGroupSet(f.ctx('reader'), { lpszGroupSetName: 'R' }).Status,
      Win32.ERROR_ACCESS_DENIED,
    );
    f.setState('readOnly');
    assertStatusIs(
      f.h.ApiCreateGroupSet(f.ctx(), { lpszGroupSetName: 'X' }).Status,
      Win32.ERROR_SHARING_PAUSED,
    );
    // Open is accepted in the read-only state (3.1.4.2.147).
    const h = f.openSet('FRONT');
    f.setState('readWrite');
    const missing = f.h.ApiOpenGroupSet(f.ctx(), { lpszGroupSetName: 'nope' });
    assertStatusIs(missing.Status, S.ERROR_GROUPSET_NOT_FOUND);
    assert.ok(isNull(missing.ret));
    assertStatusIs(
      f.h.ApiOpenGroupSet(f.ctx('nobody'), { lpszGroupSetName: 'Front' }).Status,
      Win32.ERROR_ACCESS_DENIED,
    );
    const closed = f.h.ApiCloseGroupSet(f.ctx(), { GroupSet: h });
    assertStatusIs(closed.ret, OK);
    assert.ok(isNull(closed.GroupSet));
    assertStatusIs(f.h.ApiCloseGroupSet(f.ctx(), { GroupSet: h }).ret, Win32.ERROR_INVALID_HANDLE);
    // A group handle is not a group-set handle.
    const g = f.openGroup('Web');
    assertStatusIs(
      f.h.ApiCloseGroupSet(f.ctx(), { GroupSet: g as unknown as HGROUPSET_RPC }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
  });
});

describe('membership methods', () => {
  it('add, add again, add to another set, Ex with domains, move, remove', () => {
    const f = setup();
    const a = f.createSet('A');
    const b = f.createSet('B');
    const web = f.openGroup('Web');
    assertStatusIs(f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: a, Group: web }).ret, OK);
    assertStatusIs(
      f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: a, Group: web }).ret,
      Win32.ERROR_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: b, Group: web }).ret,
      S.ERROR_INVALID_STATE,
    );
    assertStatusIs(f.h.ApiMoveGroupToGroupSet(f.ctx(), { GroupSet: b, Group: web }).ret, OK);
    assert.equal(f.model.groupSets.setOf('Web')?.name, 'B');
    const app = f.openGroup('App');
    const ex = f.h.ApiAddGroupToGroupSetEx(f.ctx(), {
      GroupSet: a,
      Group: app,
      FaultDomain: 3,
      UpdateDomain: 4,
      UseDomains: 1,
      Reserved: 0,
    });
    assertStatusIs(ex.ret, OK);
    assert.deepEqual(Object.values(f.model.groupSets.get('A').domains), [{ fault: 3, update: 4 }]);
    assertStatusIs(f.h.ApiRemoveGroupFromGroupSet(f.ctx(), { Group: app }).ret, OK);
    assertStatusIs(f.h.ApiRemoveGroupFromGroupSet(f.ctx(), { Group: app }).ret, S.ERROR_INVALID_STATE);
    assertStatusIs(
      f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: web as unknown as HGROUPSET_RPC, Group: app }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
  });

  it('access: Read suffices to add (3.1.4.2.150), remove and move need All; read-only state refuses', () => {
    const f = setup();
    f.createSet('A');
    const aRead = f.openSet('A', 'admin');
    const webRead = f.openGroup('Web', 'reader');
    assertStatusIs(f.h.ApiAddGroupToGroupSet(f.ctx('reader'), { GroupSet: aRead, Group: webRead }).ret, OK);
    assertStatusIs(
      f.h.ApiRemoveGroupFromGroupSet(f.ctx('reader'), { Group: webRead }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(
      f.h.ApiMoveGroupToGroupSet(f.ctx('reader'), { GroupSet: aRead, Group: webRead }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    f.setState('readOnly');
    const app = f.openGroup('App');
    assertStatusIs(
      f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: aRead, Group: app }).ret,
      Win32.ERROR_SHARING_PAUSED,
    );
  });

  it('handles to deleted objects: ERROR_GROUPSET_NOT_AVAILABLE / ERROR_GROUP_NOT_AVAILABLE', () => {
    const f = setup();
    const a = f.createSet('A');
    const stale = f.openSet('A');
    const web = f.openGroup('Web');
    assertStatusIs(f.h.ApiDeleteGroupSet(f.ctx(), { GroupSet: a }).ret, OK);
    assertStatusIs(f.h.ApiDeleteGroupSet(f.ctx(), { GroupSet: stale }).ret, S.ERROR_GROUPSET_NOT_AVAILABLE);
    assertStatusIs(
      f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: stale, Group: web }).ret,
      S.ERROR_GROUPSET_NOT_AVAILABLE,
    );
    assertStatusIs(
      f.h.ApiSetGroupSetDependencyExpression(f.ctx(), { hGroupSet: stale, lpszDependencyExpression: '' }).ret,
      S.ERROR_GROUPSET_NOT_FOUND,
    );
    assertStatusIs(f.control(stale, GroupSetControl.GET_ID).ret, S.ERROR_GROUPSET_NOT_AVAILABLE);
    const b = f.createSet('B');
    f.model.deleteGroup('Web');
    assertStatusIs(
      f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: b, Group: web }).ret,
      S.ERROR_GROUP_NOT_AVAILABLE,
    );
    assertStatusIs(
      f.h.ApiSetGroupDependencyExpression(f.ctx(), { hGroup: web, lpszDependencyExpression: '' }).ret,
      S.ERROR_GROUP_NOT_AVAILABLE,
    );
    assertStatusIs(
      f.h.ApiAddGroupToGroupSetDependency(f.ctx(), { DependentGroup: web, ProviderGroupSet: b }).ret,
      S.ERROR_GROUP_NOT_AVAILABLE,
    );
  });

  it('ApiDeleteGroupSet refuses a set with groups or dependents (ERROR_DIR_NOT_EMPTY), needs All', () => {
    const f = setup();
    const a = f.createSet('A');
    const web = f.openGroup('Web');
    f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: a, Group: web });
    assertStatusIs(f.h.ApiDeleteGroupSet(f.ctx(), { GroupSet: a }).ret, S.ERROR_DIR_NOT_EMPTY);
    f.h.ApiRemoveGroupFromGroupSet(f.ctx(), { Group: web });
    const app = f.openGroup('App');
    assertStatusIs(
      f.h.ApiAddGroupToGroupSetDependency(f.ctx(), { DependentGroup: app, ProviderGroupSet: a }).ret,
      OK,
    );
    assertStatusIs(f.h.ApiDeleteGroupSet(f.ctx(), { GroupSet: a }).ret, S.ERROR_DIR_NOT_EMPTY);
    assertStatusIs(
      f.h.ApiRemoveClusterGroupToGroupSetDependency(f.ctx(), { hGroup: app, hDependsOn: a }).ret,
      OK,
    );
    assertStatusIs(
      f.h.ApiRemoveClusterGroupToGroupSetDependency(f.ctx(), { hGroup: app, hDependsOn: a }).ret,
      S.ERROR_DEPENDENCY_NOT_FOUND,
    );
    f.setState('readOnly');
    assertStatusIs(f.h.ApiDeleteGroupSet(f.ctx(), { GroupSet: a }).ret, Win32.ERROR_SHARING_PAUSED);
    f.setState('readWrite');
    assertStatusIs(f.h.ApiDeleteGroupSet(f.ctx(), { GroupSet: a }).ret, OK);
  });
});

describe('dependency methods', () => {
  it('set dependencies: add, cycle, empty, global rule, expression, remove', () => {
    const f = setup();
    const a = f.createSet('A');
    const b = f.createSet('B');
    assertStatusIs(
      f.h.ApiAddGroupSetDependency(f.ctx(), { DependentGroupSet: a, ProviderGroupSet: b }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: a, Group: f.openGroup('Web') });
    f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: b, Group: f.openGroup('Db') });
    assertStatusIs(
      f.h.ApiAddGroupSetDependency(f.ctx(), { DependentGroupSet: a, ProviderGroupSet: b }).ret,
      OK,
    );
    assertStatusIs(
      f.h.ApiAddGroupSetDependency(f.ctx(), { DependentGroupSet: b, ProviderGroupSet: a }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    const core = f.openSet(CORE_GROUP_SET_NAME);
    assertStatusIs(
      f.h.ApiAddGroupSetDependency(f.ctx(), { DependentGroupSet: core, ProviderGroupSet: b }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    const ids = f.control(b, GroupSetControl.GET_ID);
    const bId = decodeSz(ids.lpOutBuffer);
    assertStatusIs(
      f.h.ApiSetGroupSetDependencyExpression(f.ctx(), { hGroupSet: a, lpszDependencyExpression: `[${bId}]` })
        .ret,
      OK,
    );
    assertStatusIs(
      f.h.ApiSetGroupSetDependencyExpression(f.ctx(), {
        hGroupSet: a,
        lpszDependencyExpression: '[x] or [y]',
      }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiSetGroupSetDependencyExpression(f.ctx(), { hGroupSet: a, lpszDependencyExpression: '[ghost]' })
        .ret,
      S.ERROR_GROUPSET_NOT_FOUND,
    );
    assertStatusIs(f.h.ApiRemoveGroupSetDependency(f.ctx(), { hGroupSet: a, hDependsOn: b }).ret, OK);
    assertStatusIs(
      f.h.ApiRemoveGroupSetDependency(f.ctx(), { hGroupSet: a, hDependsOn: b }).ret,
      S.ERROR_DEPENDENCY_NOT_FOUND,
    );
    const bRead = f.h.ApiOpenGroupSet(f.ctx(), { lpszGroupSetName: 'B' }).ret;
    assertStatusIs(
      f.h.ApiRemoveGroupSetDependency(f.ctx(), { hGroupSet: a, hDependsOn: bRead as HGROUPSET_RPC }).ret,
      S.ERROR_DEPENDENCY_NOT_FOUND,
    );
  });

  it('group dependencies: expression, cycle, OR refused, remove, access', () => {
    const f = setup();
    const web = f.openGroup('Web');
    const app = f.openGroup('App');
    const db = f.openGroup('Db');
    assertStatusIs(
      f.h.ApiSetGroupDependencyExpression(f.ctx(), {
        hGroup: web,
        lpszDependencyExpression: '[App] and [Db]',
      }).ret,
      OK,
    );
    assertStatusIs(
      f.h.ApiSetGroupDependencyExpression(f.ctx(), { hGroup: db, lpszDependencyExpression: '[Web]' }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      f.h.ApiSetGroupDependencyExpression(f.ctx(), { hGroup: app, lpszDependencyExpression: '[Db] or [Web]' })
        .ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(f.h.ApiRemoveClusterGroupDependency(f.ctx(), { hGroup: web, hDependsOn: db }).ret, OK);
    assertStatusIs(
      f.h.ApiRemoveClusterGroupDependency(f.ctx(), { hGroup: web, hDependsOn: db }).ret,
      S.ERROR_DEPENDENCY_NOT_FOUND,
    );
    const webRead = f.openGroup('Web', 'reader');
    assertStatusIs(
      f.h.ApiSetGroupDependencyExpression(f.ctx('reader'), { hGroup: webRead, lpszDependencyExpression: '' })
        .ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(
      f.h.ApiRemoveClusterGroupDependency(f.ctx(), { hGroup: web, hDependsOn: webRead }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
  });

  it('a group depends on one set at most', () => {
    const f = setup();
    const a = f.createSet('A');
    const b = f.createSet('B');
    const app = f.openGroup('App');
    assertStatusIs(
      f.h.ApiAddGroupToGroupSetDependency(f.ctx(), { DependentGroup: app, ProviderGroupSet: a }).ret,
      OK,
    );
    assertStatusIs(
      f.h.ApiAddGroupToGroupSetDependency(f.ctx(), { DependentGroup: app, ProviderGroupSet: a }).ret,
      S.ERROR_DEPENDENCY_ALREADY_EXISTS,
    );
    assertStatusIs(
      f.h.ApiAddGroupToGroupSetDependency(f.ctx(), { DependentGroup: app, ProviderGroupSet: b }).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });
});

describe('ApiCreateGroupSetEnum', () => {
  it('lists the sets by name with Read access, also in the read-only state', () => {
    const f = setup();
    f.createSet('Zeta');
    const c = f.h.ApiOpenClusterEx(f.ctx('reader'), { dwDesiredAccess: DesiredAccess.GENERIC_READ });
    f.setState('readOnly');
    const r = f.h.ApiCreateGroupSetEnum(f.ctx('reader'), { hCluster: c.ret });
    assertStatusIs(r.ret, OK);
    assert.deepEqual(
      r.ReturnEnum?.Entry.map((e) => [e.Type, e.Name]),
      [
        [GROUPSET_ENUM_ENTRY_TYPE, CORE_GROUP_SET_NAME],
        [GROUPSET_ENUM_ENTRY_TYPE, 'Zeta'],
      ],
    );
    assert.equal(r.ReturnEnum?.EntryCount, 2);
    const bad = f.h.ApiCreateGroupSetEnum(f.ctx(), { hCluster: new Uint8Array(20) as HCLUSTER_RPC });
    assertStatusIs(bad.ret, Win32.ERROR_INVALID_HANDLE);
    assert.equal(bad.ReturnEnum, null);
  });
});

describe('ApiGroupSetControl / ApiNodeGroupSetControl', () => {
  it('GET_ID, GET_GROUPS, providers, common properties, MORE_DATA, unknown codes', () => {
    const f = setup();
    const a = f.createSet('A');
    const b = f.createSet('B');
    f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: a, Group: f.openGroup('Web') });
    f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: a, Group: f.openGroup('App') });
    f.h.ApiAddGroupToGroupSet(f.ctx(), { GroupSet: b, Group: f.openGroup('Db') });
    f.model.groupSets.addDependency('A', 'B');
    f.model.groupSets.setGroupDependencyExpression('Web', '[Db]');

    const id = f.control(a, GroupSetControl.GET_ID);
    assertStatusIs(id.ret, OK);
    assert.equal(decodeSz(id.lpOutBuffer), f.model.groupSets.get('A').id);
    assert.equal(id.lpBytesReturned, id.lpOutBuffer.length);
    assert.deepEqual(decodeMultiSz(f.control(a, GroupSetControl.GET_GROUPS).lpOutBuffer), ['Web', 'App']);
    assert.deepEqual(decodeMultiSz(f.control(a, GroupSetControl.GET_PROVIDER_GROUPSETS).lpOutBuffer), ['B']);
    assert.deepEqual(decodeMultiSz(f.control(a, GroupSetControl.GET_PROVIDER_GROUPS).lpOutBuffer), ['Db']);
    assert.deepEqual(decodeMultiSz(f.control(b, GroupSetControl.GET_PROVIDER_GROUPSETS).lpOutBuffer), []);

    const common = decodeProperties(f.control(a, GroupSetControl.GET_COMMON_PROPERTIES).lpOutBuffer);
    assert.deepEqual(
      common.map((p) => p.name),
      ['StartupSetting', 'StartupCount', 'StartupDelay', 'IsGlobal'],
    );
    const ro = decodeProperties(f.control(a, GroupSetControl.GET_RO_COMMON_PROPERTIES).lpOutBuffer);
    assert.deepEqual(
      ro.map((p) => p.name),
      ['Name', 'StatusInformation'],
    );

    const small = f.control(a, GroupSetControl.GET_COMMON_PROPERTIES, null, 8);
    assertStatusIs(small.ret, Win32.ERROR_MORE_DATA);
    assert.equal(small.lpBytesReturned, 0);
    assert.ok(small.lpcbRequired > 8);

    const set = f.control(
      a,
      GroupSetControl.SET_COMMON_PROPERTIES,
      encodeProperties([{ name: 'StartupDelay', value: dword(90) }]),
    );
    assertStatusIs(set.ret, OK);
    assert.equal(set.lpBytesReturned, 0);
    assert.deepEqual(
      f.model.groupSets.commonProperties('A').find((p) => p.name === 'StartupDelay')?.value,
      dword(90),
    );
    assertStatusIs(
      f.control(
        a,
        GroupSetControl.SET_COMMON_PROPERTIES,
        encodeProperties([{ name: 'Name', value: dword(1) }]),
      ).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      // 3.1.4.2.156: ERROR_INVALID_DATA or ERROR_INVALID_PARAMETER, which clients treat alike.
      f.control(a, GroupSetControl.SET_COMMON_PROPERTIES, new Uint8Array([1, 2, 3])).ret,
      Win32.ERROR_INVALID_DATA,
    );
    // Group control codes are not group-set codes.
    assertStatusIs(f.control(a, 0x03000039).ret, Win32.ERROR_INVALID_FUNCTION);
  });

  it('a modify code needs All on the set and on the node of the Node form', () => {
    const f = setup();
    f.createSet('A');
    const a = f.openSet('A');
    const input = encodeProperties([{ name: 'StartupDelay', value: dword(1) }]);
    const nodeRead = f.h.ApiOpenNodeEx(f.ctx('reader'), {
      lpszNodeName: 'NODE1',
      dwDesiredAccess: DesiredAccess.GENERIC_READ,
    });
    const nodeAll = f.h.ApiOpenNode(f.ctx(), { lpszNodeName: 'NODE2' });
    const viaNode = (node: HNODE_RPC, code: number, who: Who = 'admin') =>
      f.h.ApiNodeGroupSetControl(f.ctx(who), {
        hGroupSet: a,
        hNode: node,
        dwControlCode: code,
        lpInBuffer: code === GroupSetControl.SET_COMMON_PROPERTIES ? input : null,
        nInBufferSize: code === GroupSetControl.SET_COMMON_PROPERTIES ? input.length : 0,
        nOutBufferSize: 1024,
      });
    assertStatusIs(
      viaNode(nodeRead.ret, GroupSetControl.SET_COMMON_PROPERTIES).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(viaNode(nodeRead.ret, GroupSetControl.GET_ID).ret, OK);
    assertStatusIs(viaNode(nodeAll.ret, GroupSetControl.SET_COMMON_PROPERTIES).ret, OK);
    assertStatusIs(
      viaNode(new Uint8Array(20) as HNODE_RPC, GroupSetControl.GET_ID).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    f.setState('readOnly');
    assertStatusIs(
      viaNode(nodeAll.ret, GroupSetControl.SET_COMMON_PROPERTIES).ret,
      Win32.ERROR_SHARING_PAUSED,
    );
    assertStatusIs(viaNode(nodeAll.ret, GroupSetControl.GET_ID).ret, OK);
  });
});
