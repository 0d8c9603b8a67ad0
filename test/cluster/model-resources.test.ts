import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterStatus as S, Win32 } from '../../src/errors/status.js';
import type { ClusterEvent } from '../../src/cluster/model/events.js';
import { dword, multiSz, sz } from '../../src/cluster/model/properties.js';
import { GroupState, ResourceState } from '../../src/cluster/model/types.js';
import { assertStatus, demo } from './helpers.js';

function webGroup() {
  const d = demo();
  const { model } = d;
  model.createGroup('Web');
  model.createResource('Web', 'Web IP', 'IP Address');
  model.createResource('Web', 'Web IPv6', 'IPv6 Address');
  model.createResource('Web', 'Web Name', 'Network Name');
  model.createResource('Web', 'Web Service', 'Generic Service');
  return d;
}

describe('cluster model: resource lifecycle', () => {
  it('create: offline, every node a possible owner, type defaults; refusals', () => {
    const { model } = webGroup();
    const r = model.resource('web ip');
    assert.equal(r.state, ResourceState.Offline);
    assert.equal(r.type, 'IP Address');
    assert.deepEqual(r.possibleOwners, ['1', '2', '3']);
    assert.match(r.id, /^[0-9a-f-]{36}$/);
    assert.ok(model.privateProperties('resource', r.id).some((p) => p.name === 'SubnetMask'));
    assertStatus(() => model.createResource('Web', 'WEB IP', 'IP Address'), S.ERROR_OBJECT_ALREADY_EXISTS);
    assertStatus(() => model.createResource('Web', r.id, 'IP Address'), S.ERROR_OBJECT_ALREADY_EXISTS);
    assertStatus(
      () => model.createResource('Web', 'X', 'No Such Type'),
      S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND,
    );
    assertStatus(() => model.createResource('Nope', 'X', 'IP Address'), S.ERROR_GROUP_NOT_FOUND);
    assertStatus(
      () => model.createResource('Web', 'X', 'IP Address', { flags: 2 }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(() => model.createResource('Web', '', 'IP Address'), Win32.ERROR_INVALID_NAME);
    assert.equal(model.createResource('Web', 'Sep', 'generic script', { flags: 1 }).separateMonitor, true);
  });

  it('online brings providers first; offline takes dependents first', () => {
    const { model } = webGroup();
    model.addDependency('Web Name', 'Web IP');
    model.addDependency('Web Service', 'Web Name');
    const order: string[] = [];
    model.onChange((e) => {
      if (e.type === 'state' && e.object === 'resource') order.push(`${e.name}:${e.state}`);
    });
    assert.equal(model.onlineResource('Web Service'), Win32.ERROR_SUCCESS);
    assert.deepEqual(order, [
      `Web IP:${ResourceState.Online}`,
      `Web Name:${ResourceState.Online}`,
      `Web Service:${ResourceState.Online}`,
    ]);
    order.length = 0;
    model.offlineResource('Web IP');
    assert.deepEqual(order, [
      `Web Service:${ResourceState.Offline}`,
      `Web Name:${ResourceState.Offline}`,
      `Web IP:${ResourceState.Offline}`,
    ]);
    assert.equal(model.resource('Web Service').persistentOnline, false);
  });

  it('online of an online resource is success; pending resources are ERROR_INVALID_STATE', () => {
    const { model } = demo({ transitions: 'pending' });
    assert.equal(model.onlineResource('Cluster Name'), Win32.ERROR_SUCCESS);
    assert.equal(model.offlineResource('Cluster Disk 2'), S.ERROR_IO_PENDING);
    assertStatus(() => model.onlineResource('Cluster Disk 2'), S.ERROR_INVALID_STATE);
    assertStatus(() => model.offlineResource('Cluster Disk 2'), S.ERROR_INVALID_STATE);
    assertStatus(() => model.deleteResource('Cluster Disk 2'), S.ERROR_RESOURCE_ONLINE);
    model.settle();
    assert.equal(model.resource('Cluster Disk 2').state, ResourceState.Offline);
  });

  it('pending transitions complete on an injected clock, providers before dependents', () => {
    let now = 1_000_000;
    const { model } = demo({ transitions: 'pending', clock: () => now, pendingMs: 500 });
    model.createGroup('Timed');
    model.createResource('Timed', 'IP', 'IP Address');
    model.createResource('Timed', 'Name', 'Network Name');
    model.addDependency('Name', 'IP');
    assert.equal(model.onlineResource('Name'), S.ERROR_IO_PENDING);
    assert.equal(model.nextPendingDeadline(), 1_000_500);
    now += 499;
    model.settleDue();
    assert.equal(model.resource('Name').state, ResourceState.OnlinePending);
    now += 1;
    model.settleDue();
    assert.equal(model.resource('IP').state, ResourceState.Online);
    assert.equal(model.resource('Name').state, ResourceState.Online);
    assert.equal(model.resource('Name').pendingUntil, undefined);
    assert.equal(model.nextPendingDeadline(), undefined);
    assert.equal(model.offlineResource('IP'), S.ERROR_IO_PENDING);
    assert.equal(model.resource('Name').state, ResourceState.OfflinePending);
    now += 500;
    const order: string[] = [];
    model.onChange((e) => {
      if (e.type === 'state' && e.object === 'resource') order.push(e.name);
    });
    model.settleDue();
    assert.deepEqual(order, ['Name', 'IP']);
  });

  it('offline of a failed resource is ERROR_RESOURCE_FAILED; online recovers it', () => {
    const { model } = demo();
    model.failResource('Cluster Disk 2');
    assert.equal(model.groupState('Available Storage').state, GroupState.Failed);
    assertStatus(() => model.offlineResource('Cluster Disk 2'), S.ERROR_RESOURCE_FAILED);
    model.onlineResource('Cluster Disk 2');
    assert.equal(model.groupState('Available Storage').state, GroupState.Online);
  });

  it('delete: online → ERROR_RESOURCE_ONLINE, dependents → ERROR_DEPENDENT_RESOURCE_EXISTS, core → ERROR_CORE_RESOURCE', () => {
    const { model } = webGroup();
    model.addDependency('Web Name', 'Web IP');
    model.onlineResource('Web Name');
    assertStatus(() => model.deleteResource('Web IP'), S.ERROR_RESOURCE_ONLINE);
    model.offlineResource('Web Name');
    assertStatus(() => model.deleteResource('Web IP'), S.ERROR_RESOURCE_ONLINE);
    model.offlineResource('Web IP');
    assertStatus(() => model.deleteResource('Web IP'), S.ERROR_DEPENDENT_RESOURCE_EXISTS);
    model.deleteResource('Web Name');
    model.deleteResource('web ip');
    assertStatus(() => model.resource('Web IP'), S.ERROR_RESOURCE_NOT_FOUND);
    model.offlineResource('Cluster IP Address');
    model.offlineResource('Cluster Disk 1');
    assertStatus(() => model.deleteResource('Cluster Name'), S.ERROR_CORE_RESOURCE);
    assertStatus(() => model.deleteResource('Cluster Disk 1'), S.ERROR_CORE_RESOURCE);
  });

  it('rename: ERROR_INVALID_NAME, ERROR_ALREADY_EXISTS (names and ids), case change allowed', () => {
    const { model } = webGroup();
    assertStatus(() => model.renameResource('Web IP', ''), Win32.ERROR_INVALID_NAME);
    assertStatus(() => model.renameResource('Web IP', 'cluster name'), Win32.ERROR_ALREADY_EXISTS);
    assertStatus(
      () => model.renameResource('Web IP', model.resource('Web Name').id),
      Win32.ERROR_ALREADY_EXISTS,
    );
    model.renameResource('Web IP', 'WEB IP');
    model.renameResource('WEB IP', 'Front IP');
    assert.equal(model.resource('front ip').type, 'IP Address');
  });
});

describe('cluster model: dependencies', () => {
  it('add: self → ERROR_INVALID_PARAMETER, duplicate, cycle, other group, quorum', () => {
    const { model } = webGroup();
    assertStatus(() => model.addDependency('Web IP', 'Web IP'), Win32.ERROR_INVALID_PARAMETER);
    model.addDependency('Web Name', 'Web IP');
    assertStatus(() => model.addDependency('Web Name', 'web ip'), S.ERROR_DEPENDENCY_ALREADY_EXISTS);
    model.addDependency('Web Service', 'Web Name');
    assertStatus(() => model.addDependency('Web IP', 'Web Service'), S.ERROR_CIRCULAR_DEPENDENCY);
    assertStatus(() => model.addDependency('Web IP', 'Cluster Name'), Win32.ERROR_INVALID_PARAMETER);
    assertStatus(() => model.addDependency('Cluster Disk 1', 'Cluster Name'), S.ERROR_DEPENDENCY_NOT_ALLOWED);
  });

  it('add: an online dependent needs an online provider (ERROR_RESOURCE_ONLINE)', () => {
    const { model } = webGroup();
    model.onlineResource('Web Service');
    assertStatus(() => model.addDependency('Web Service', 'Web IP'), S.ERROR_RESOURCE_ONLINE);
    model.onlineResource('Web IP');
    model.addDependency('Web Service', 'Web IP');
  });

  it('remove: ERROR_DEPENDENCY_NOT_FOUND; the last online provider of an OR set stays', () => {
    const { model } = webGroup();
    assertStatus(() => model.removeDependency('Web Name', 'Web IP'), S.ERROR_DEPENDENCY_NOT_FOUND);
    model.setDependencyExpression('Web Name', '[Web IP] or [Web IPv6]');
    model.onlineResource('Web Name');
    assert.equal(model.resource('Web IP').state, ResourceState.Online, 'first of the OR set');
    assert.equal(model.resource('Web IPv6').state, ResourceState.Offline);
    assertStatus(() => model.removeDependency('Web Name', 'Web IP'), S.ERROR_RESOURCE_ONLINE);
    model.removeDependency('Web Name', 'Web IPv6');
    assert.equal(model.dependencyExpression('Web Name'), '[Web IP]');
    model.offlineResource('Web Name');
    model.removeDependency('Web Name', 'Web IP');
    assert.equal(model.dependencyExpression('Web Name'), '');
  });

  it('an OR set keeps its dependent online while one provider is', () => {
    const { model } = webGroup();
    model.setDependencyExpression('Web Name', '([Web IP] or [Web IPv6])');
    model.onlineResource('Web IP');
    model.onlineResource('Web IPv6');
    model.onlineResource('Web Name');
    model.offlineResource('Web IP');
    assert.equal(model.resource('Web Name').state, ResourceState.Online);
    model.offlineResource('Web IPv6');
    assert.equal(model.resource('Web Name').state, ResourceState.Offline);
  });

  it('expressions resolve names or ids and format back with names', () => {
    const { model } = webGroup();
    const ip = model.resource('Web IP');
    model.setDependencyExpression('Web Service', `([${ip.id}] or [web ipv6]) and [Web Name]`);
    assert.equal(model.dependencyExpression('Web Service'), '([Web IP] or [Web IPv6]) and [Web Name]');
    assert.deepEqual(
      model.providers('Web Service').map((r) => r.name),
      ['Web IP', 'Web IPv6', 'Web Name'],
    );
    assert.deepEqual(
      model.dependents('Web IP').map((r) => r.name),
      ['Web Service'],
    );
    model.setDependencyExpression('Web Service', '');
    assert.equal(model.dependencyExpression('Web Service'), '');
  });

  it('expression refusals carry the spec codes', () => {
    const { model } = webGroup();
    assertStatus(
      () => model.setDependencyExpression('Web Name', '[Web IP] and'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.setDependencyExpression('Web Name', '[Web Name]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.setDependencyExpression('Web Name', '[Cluster Name]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.setDependencyExpression('Web Name', '[Web IP] and [web ip]'),
      S.ERROR_DEPENDENCY_ALREADY_EXISTS,
    );
    assertStatus(() => model.setDependencyExpression('Web Name', '[Ghost]'), S.ERROR_RESOURCE_NOT_FOUND);
    model.addDependency('Web Service', 'Web Name');
    assertStatus(
      () => model.setDependencyExpression('Web Name', '[Web Service]'),
      S.ERROR_CIRCULAR_DEPENDENCY,
    );
    model.onlineResource('Web Name');
    assertStatus(() => model.setDependencyExpression('Web Name', '[Web IP]'), S.ERROR_RESOURCE_ONLINE);
    assert.equal(model.dependencyExpression('Web Name'), '', 'unchanged after refusals');
  });

  it('dependency chains deeper than 100 are refused (ERROR_DEPENDENCY_TREE_TOO_COMPLEX)', () => {
    const { model } = demo();
    model.createGroup('Deep');
    model.batch(() => {
      for (let i = 0; i < 101; i++) model.createResource('Deep', `R${i}`, 'Generic Script');
      for (let i = 1; i < 100; i++) model.addDependency(`R${i}`, `R${i - 1}`);
    });
    assertStatus(() => model.addDependency('R100', 'R99'), S.ERROR_DEPENDENCY_TREE_TOO_COMPLEX);
  });
  it('wide diamond-shaped dependency graphs stay cheap to check', () => {
    const { model } = demo();
    model.createGroup('Diamond');
    model.batch(() => {
      for (let i = 0; i < 40; i++) {
        model.createResource('Diamond', `A${i}`, 'Generic Script');
        model.createResource('Diamond', `B${i}`, 'Generic Script');
        if (i === 0) continue;
        for (const x of ['A', 'B']) {
          model.setDependencyExpression(`${x}${i}`, `[A${i - 1}] and [B${i - 1}]`);
        }
      }
    });
    model.onlineResource('A39');
    assert.equal(model.resource('B0').state, ResourceState.Online);
    assert.equal(model.groupState('Diamond').state, GroupState.PartialOnline);
  });
});

describe('cluster model: possible owners and group changes', () => {
  it('possible owners: ERROR_OBJECT_ALREADY_EXISTS, ERROR_CLUSTER_NODE_NOT_FOUND, ERROR_INVALID_STATE', () => {
    const { model } = demo();
    assertStatus(() => model.addPossibleOwner('Cluster Disk 2', 'NODE2'), S.ERROR_OBJECT_ALREADY_EXISTS);
    assertStatus(() => model.removePossibleOwner('Cluster Disk 2', 'NODE1'), S.ERROR_INVALID_STATE);
    model.removePossibleOwner('Cluster Disk 2', 'NODE3');
    assertStatus(() => model.removePossibleOwner('Cluster Disk 2', 'NODE3'), S.ERROR_CLUSTER_NODE_NOT_FOUND);
    model.addPossibleOwner('Cluster Disk 2', 'node3');
    assert.deepEqual(model.resource('Cluster Disk 2').possibleOwners, ['1', '2', '3']);
  });

  it('change group: moves the dependency tree; spec refusals', () => {
    const { model } = webGroup();
    model.addDependency('Web Name', 'Web IP');
    model.createGroup('Other');
    assertStatus(() => model.changeResourceGroup('Web IP', 'Web'), Win32.ERROR_ALREADY_EXISTS);
    model.changeResourceGroup('Web IP', 'Other');
    assert.deepEqual(
      model.groupResources('Other').map((r) => r.name),
      ['Web IP', 'Web Name'],
    );
    assertStatus(() => model.changeResourceGroup('Cluster Name', 'Other'), S.ERROR_CORE_RESOURCE);
    assertStatus(
      () => model.changeResourceGroup('Cluster Disk 1', 'Available Storage'),
      S.ERROR_QUORUM_NOT_ALLOWED_IN_THIS_GROUP,
    );
    model.moveGroup('Other', 'NODE2');
    model.onlineResource('Web Service');
    assertStatus(() => model.changeResourceGroup('Web Service', 'Other'), S.ERROR_RESOURCE_ONLINE);
    model.offlineResource('Web Service');
    model.removePossibleOwner('Web Service', 'NODE2');
    assertStatus(
      () => model.changeResourceGroup('Web Service', 'Other'),
      S.ERROR_HOST_NODE_NOT_RESOURCE_OWNER,
    );
  });
});

describe('cluster model: resource types, networks, quorum, cluster name', () => {
  it('resource types: ERROR_ALREADY_EXISTS, ERROR_DIR_NOT_EMPTY', () => {
    const { model } = demo();
    assertStatus(
      () => model.createResourceType('physical disk', 'x', 'x.dll', 1, 1),
      Win32.ERROR_ALREADY_EXISTS,
    );
    model.createResourceType('My Type', 'My Type', 'mytype.dll', 5000, 60000);
    const common = Object.fromEntries(
      model.commonProperties('resourceType', 'my type').map((p) => [p.name, p.value]),
    );
    assert.deepEqual(common['DllName'], sz('mytype.dll'));
    assert.deepEqual(common['LooksAlivePollInterval'], dword(5000));
    model.createGroup('G');
    model.createResource('G', 'Mine', 'My Type');
    assertStatus(() => model.deleteResourceType('My Type'), S.ERROR_DIR_NOT_EMPTY);
    model.deleteResource('Mine');
    model.deleteResourceType('MY TYPE');
    assertStatus(() => model.resourceType('My Type'), S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND);
  });

  it('networks: rename rules; role is a common property', () => {
    const { model } = demo();
    assertStatus(
      () => model.renameNetwork('Cluster Network 1', 'cluster network 2'),
      Win32.ERROR_ALREADY_EXISTS,
    );
    assertStatus(() => model.renameNetwork('Cluster Network 1', ''), Win32.ERROR_INVALID_NAME);
    model.renameNetwork('Cluster Network 1', 'Public');
    model.setCommonProperties('network', 'public', { Role: dword(2) });
    assert.equal(model.network('Public').role, 2);
    assertStatus(
      () => model.setCommonProperties('network', 'Public', { Role: dword(4) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.equal(model.netInterface('NODE1 - Ethernet').networkId, model.network('Public').id);
  });

  it('quorum: only quorum-capable types (ERROR_NOT_QUORUM_CAPABLE); moves the core flag', () => {
    const { model } = demo();
    assertStatus(() => model.setQuorumResource('Cluster IP Address'), S.ERROR_NOT_QUORUM_CAPABLE);
    assertStatus(() => model.setQuorumResource('Cluster Disk 2'), S.ERROR_QUORUM_NOT_ALLOWED_IN_THIS_GROUP);
    model.createResource('Cluster Group', 'Witness', 'File Share Witness');
    model.setQuorumResource('Witness', '\\\\fs\\witness');
    assert.equal(model.quorum().resource?.name, 'Witness');
    assert.equal(model.quorum().path, '\\\\fs\\witness');
    assert.equal(model.resource('Cluster Disk 1').core, false);
    assert.equal(model.resource('Witness').core, true);
    model.setQuorumResource(null);
    assert.equal(model.quorum().resource, null);
  });

  it('cluster name: a node name → ERROR_INVALID_NAME; online Network Name → ERROR_RESOURCE_PROPERTIES_STORED', () => {
    const { model } = demo();
    assertStatus(() => model.setClusterName('node1'), Win32.ERROR_INVALID_NAME);
    assert.equal(model.setClusterName('NEWNAME'), S.ERROR_RESOURCE_PROPERTIES_STORED);
    assert.equal(model.cluster().name, 'NEWNAME');
    model.offlineResource('Cluster Name');
    assert.equal(model.setClusterName('OTHER'), Win32.ERROR_SUCCESS);
  });
});

describe('cluster model: properties', () => {
  it('common properties: defaults, computed read-only values, typed writes', () => {
    const { model } = demo();
    const props = model.commonProperties('resource', 'Cluster Name');
    const byName = new Map(props.map((p) => [p.name, p]));
    assert.deepEqual(byName.get('Type')?.value, sz('Network Name'));
    assert.equal(byName.get('Type')?.readOnly, true);
    assert.deepEqual(byName.get('RestartAction')?.value, dword(2));
    assert.deepEqual(byName.get('PersistentState')?.value, dword(1));
    model.setCommonProperties('resource', 'Cluster Name', {
      restartthreshold: dword(3),
      Description: sz('cn'),
    });
    const again = new Map(model.commonProperties('resource', 'cluster name').map((p) => [p.name, p.value]));
    assert.deepEqual(again.get('RestartThreshold'), dword(3));
    assert.deepEqual(again.get('Description'), sz('cn'));
    assertStatus(
      () => model.setCommonProperties('resource', 'Cluster Name', { Type: sz('x') }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.setCommonProperties('resource', 'Cluster Name', { Bogus: dword(1) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.setCommonProperties('resource', 'Cluster Name', { RestartThreshold: sz('3') }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.setCommonProperties('group', 'Cluster Group', { AntiAffinityClassNames: multiSz(['']) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    model.setCommonProperties('group', 'Cluster Group', { AntiAffinityClassNames: multiSz(['a', 'b']) });
    model.setCommonProperties('cluster', '', { SameSubnetThreshold: dword(10) });
    const node = new Map(model.commonProperties('node', 'NODE1').map((p) => [p.name, p.value]));
    assert.deepEqual(node.get('BuildNumber'), dword(20348));
    assert.deepEqual(node.get('MajorVersion'), dword(10));
  });

  it('private properties: free-form, typed, read-only status fields; stored-for-later when online', () => {
    const { model } = demo();
    assert.equal(
      model.setPrivateProperties('resource', 'Cluster IP Address', { enablenetbios: dword(0) }),
      S.ERROR_RESOURCE_PROPERTIES_STORED,
    );
    const ip = model
      .privateProperties('resource', 'Cluster IP Address')
      .find((p) => p.name === 'EnableNetBIOS');
    assert.deepEqual(ip?.value, dword(0), 'original spelling kept');
    assertStatus(
      () => model.setPrivateProperties('resource', 'Cluster IP Address', { Address: dword(1) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.setPrivateProperties('resource', 'Cluster Name', { StatusDNS: dword(1) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () =>
        model.setPrivateProperties('resource', 'Cluster Name', { Bad: { type: 'dword', value: 2 ** 32 } }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.equal(
      model.setPrivateProperties('group', 'Cluster Group', {
        Custom: { type: 'ularge_integer', value: '18446744073709551615' },
      }),
      Win32.ERROR_SUCCESS,
    );
    assert.equal(model.privateProperties('group', 'Cluster Group')[0]?.name, 'Custom');
    const big = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`Blob${i}`, { type: 'sz' as const, value: 'x'.repeat(20000) }]),
    );
    assertStatus(
      () => model.setPrivateProperties('group', 'Cluster Group', big),
      Win32.ERROR_INVALID_PARAMETER,
    );
  });
});

describe('cluster model: transactions and events', () => {
  it('a refused operation changes nothing and announces nothing', () => {
    const { store, model } = webGroup();
    const events: ClusterEvent[] = [];
    model.onChange((e) => events.push(e));
    const before = JSON.stringify(store.list('cluster.resources'));
    assertStatus(
      () =>
        model.batch(() => {
          model.addDependency('Web Name', 'Web IP');
          model.onlineResource('Web Name');
          model.deleteResource('Web IP');
        }),
      S.ERROR_RESOURCE_ONLINE,
    );
    assert.equal(JSON.stringify(store.list('cluster.resources')), before);
    assert.deepEqual(events, []);
  });

  it('emits added, renamed, state (resource and derived group), property and deleted events', () => {
    const { model } = demo();
    const events: ClusterEvent[] = [];
    const off = model.onChange((e) => events.push(e));
    const g = model.createGroup('E');
    model.createResource('E', 'R', 'Generic Script');
    model.renameResource('R', 'R2');
    model.onlineResource('R2');
    model.setCommonProperties('group', 'E', { Description: sz('d') });
    model.moveGroup('E', 'NODE2');
    model.offlineGroup('E');
    model.deleteGroup('E', { force: true });
    off();
    model.createGroup('Unheard');
    const summary = events.map((e) => ('object' in e ? `${e.type}:${e.object}` : e.type));
    assert.deepEqual(summary, [
      'added:group',
      'added:resource',
      'renamed:resource',
      'state:resource',
      'state:group',
      'property:group',
      // The move: offline on NODE1, new owner, online again; the group's net state did not change.
      'state:resource',
      'group-owner',
      'state:resource',
      'state:resource',
      'state:group',
      'deleted:resource',
      'deleted:group',
    ]);
    const groupStates = events.filter((e) => e.type === 'state' && e.object === 'group' && e.id === g.id);
    assert.deepEqual(
      groupStates.map((e) => (e.type === 'state' ? [e.previous, e.state] : [])),
      [
        [GroupState.Offline, GroupState.Online],
        [GroupState.Online, GroupState.Offline],
      ],
    );
  });

  it('a throwing listener does not break the caller', () => {
    const { model } = demo();
    model.onChange(() => {
      throw new Error('listener bug');
    });
    model.createGroup('Fine');
    assert.ok(model.group('Fine'));
  });
});
