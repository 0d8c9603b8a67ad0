import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterStatus as S, Win32 } from '../../src/errors/status.js';
import type { ClusterEvent } from '../../src/cluster/model/events.js';
import {
  GroupState,
  NetInterfaceState,
  NetworkState,
  NodeState,
  ResourceState,
} from '../../src/cluster/model/types.js';
import { assertStatus, demo } from './helpers.js';

describe('cluster model: lookups', () => {
  it('finds every kind of object by any-case name and by id', () => {
    const { model } = demo();
    assert.equal(model.node('node2').id, '2');
    assert.equal(model.node('2').name, 'NODE2');
    const g = model.group('cluster group');
    assert.equal(g.name, 'Cluster Group');
    assert.equal(model.group(g.id.toUpperCase()).id, g.id);
    const r = model.resource('CLUSTER NAME');
    assert.equal(r.name, 'Cluster Name');
    assert.equal(model.resource(r.id).name, 'Cluster Name');
    assert.equal(model.network('cluster network 1').name, 'Cluster Network 1');
    assert.equal(model.netInterface('node1 - ethernet').name, 'NODE1 - Ethernet');
    assert.equal(model.resourceType('ip address').name, 'IP Address');
  });

  it('answers the per-object enumerations', () => {
    const { model } = demo();
    assert.deepEqual(
      model.nodeGroups('NODE1').map((g) => g.name),
      ['Available Storage', 'Cluster Group'],
    );
    assert.deepEqual(model.nodeGroups('NODE2'), []);
    assert.deepEqual(model.resourceState('cluster name'), {
      state: ResourceState.Online,
      nodeName: 'NODE1',
      groupName: 'Cluster Group',
    });
    assert.deepEqual(
      model.nodeNetInterfaces('node3').map((i) => i.name),
      ['NODE3 - Ethernet', 'NODE3 - Ethernet 2'],
    );
    assert.equal(model.networkInterfaces('Cluster Network 2').length, 3);
    assert.deepEqual(
      model.resourcesOfType('physical disk').map((r) => r.name),
      ['Cluster Disk 1', 'Cluster Disk 2'],
    );
    assert.deepEqual(
      model.groupResources('Cluster Group').map((r) => r.name),
      ['Cluster Disk 1', 'Cluster IP Address', 'Cluster Name', 'Storage Qos Resource'],
    );
  });

  it('reports each missing kind with its own status', () => {
    const { model } = demo();
    assertStatus(() => model.node('NODE9'), S.ERROR_CLUSTER_NODE_NOT_FOUND);
    assertStatus(() => model.group('nope'), S.ERROR_GROUP_NOT_FOUND);
    assertStatus(() => model.resource('nope'), S.ERROR_RESOURCE_NOT_FOUND);
    assertStatus(() => model.resourceType('nope'), S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND);
    assertStatus(() => model.network('nope'), S.ERROR_CLUSTER_NETWORK_NOT_FOUND);
    assertStatus(() => model.netInterface('nope'), S.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND);
    assertStatus(() => model.netInterfaceOf('NODE1', 'nope'), S.ERROR_CLUSTER_NETWORK_NOT_FOUND);
    assertStatus(() => model.node(''), S.ERROR_CLUSTER_NODE_NOT_FOUND);
    assertStatus(() => model.group('x'.repeat(5000)), S.ERROR_GROUP_NOT_FOUND);
  });

  it('checks the numeric values of the cluster status table', () => {
    assert.equal(S.ERROR_CLUSTER_NODE_NOT_FOUND, 5042);
    assert.equal(S.ERROR_GROUP_NOT_FOUND, 5013);
    assert.equal(S.ERROR_RESOURCE_NOT_FOUND, 5007);
    assert.equal(S.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, 5078);
    assert.equal(S.ERROR_CLUSTER_NETWORK_NOT_FOUND, 5045);
    assert.equal(S.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, 5047);
    assert.equal(S.ERROR_DEPENDENCY_NOT_FOUND, 5002);
    assert.equal(S.ERROR_RESOURCE_NOT_ONLINE, 5004);
    assert.equal(S.ERROR_CLUSTER_NODE_NOT_PAUSED, 5058);
    assert.equal(S.ERROR_DEPENDENT_RESOURCE_EXISTS, 5001);
    assert.equal(S.ERROR_OBJECT_ALREADY_EXISTS, 5010);
    assert.equal(S.ERROR_CANT_EVICT_ACTIVE_NODE, 5009);
    assert.equal(Win32.ERROR_ALREADY_EXISTS, 183);
  });
});

describe('cluster model: nodes', () => {
  it('pause: paused stays success, down is ERROR_CLUSTER_NODE_DOWN', () => {
    const { model } = demo();
    model.pauseNode('NODE2');
    assert.equal(model.node('NODE2').state, NodeState.Paused);
    model.pauseNode('NODE2');
    model.simulateNodeDown('NODE3');
    assertStatus(() => model.pauseNode('NODE3'), S.ERROR_CLUSTER_NODE_DOWN);
  });

  it('resume: only a paused node (ERROR_CLUSTER_NODE_NOT_PAUSED, ERROR_CLUSTER_NODE_DOWN)', () => {
    const { model } = demo();
    assertStatus(() => model.resumeNode('NODE2'), S.ERROR_CLUSTER_NODE_NOT_PAUSED);
    model.pauseNode('NODE2');
    model.resumeNode('node2');
    assert.equal(model.node('NODE2').state, NodeState.Up);
    model.simulateNodeDown('NODE2');
    assertStatus(() => model.resumeNode('NODE2'), S.ERROR_CLUSTER_NODE_DOWN);
  });

  it('a paused node receives no moved groups (ERROR_SHARING_PAUSED); a down one ERROR_HOST_NODE_NOT_AVAILABLE', () => {
    const { model } = demo();
    model.pauseNode('NODE2');
    assertStatus(() => model.moveGroup('Cluster Group', 'NODE2'), Win32.ERROR_SHARING_PAUSED);
    model.simulateNodeDown('NODE3');
    assertStatus(() => model.moveGroup('Cluster Group', 'NODE3'), S.ERROR_HOST_NODE_NOT_AVAILABLE);
    assertStatus(() => model.moveGroup('Cluster Group'), S.ERROR_HOST_NODE_NOT_AVAILABLE);
    assertStatus(() => model.moveGroup('Cluster Group', 'NODE7'), S.ERROR_CLUSTER_NODE_NOT_FOUND);
  });

  it('drain-pause moves the node’s groups away and keeps them online', () => {
    const { model } = demo();
    model.pauseNode('NODE1', { drain: true });
    for (const name of ['Cluster Group', 'Available Storage']) {
      const st = model.groupState(name);
      assert.equal(st.ownerNodeName, 'NODE2');
      assert.equal(st.state, GroupState.Online);
    }
  });

  it('a crashed node’s groups fail over to an up node, online; interfaces go unreachable', () => {
    const { model } = demo();
    model.setPreferredOwners('Cluster Group', ['1', '3', '2']);
    model.simulateNodeDown('NODE1');
    assert.equal(model.groupState('Cluster Group').ownerNodeName, 'NODE3');
    assert.equal(model.groupState('Cluster Group').state, GroupState.Online);
    assert.equal(model.groupState('Available Storage').ownerNodeName, 'NODE2');
    assert.equal(model.netInterfaceOf('NODE1', 'Cluster Network 1').state, NetInterfaceState.Unreachable);
    assert.equal(model.networkState('Cluster Network 1'), NetworkState.Partitioned);
    model.simulateNodeUp('NODE1');
    assert.equal(model.node('NODE1').state, NodeState.Up);
    assert.equal(model.networkState('Cluster Network 1'), NetworkState.Up);
    assert.equal(model.groupState('Cluster Group').ownerNodeName, 'NODE3', 'no automatic failback');
  });

  it('with only paused nodes left, groups move there but stay offline', () => {
    const { model } = demo();
    model.pauseNode('NODE2');
    model.pauseNode('NODE3');
    model.simulateNodeDown('NODE1');
    const st = model.groupState('Cluster Group');
    assert.equal(st.ownerNodeName, 'NODE2');
    assert.equal(st.state, GroupState.Offline);
    assert.equal(model.resource('Cluster Name').persistentOnline, true, 'still wanted online');
    assertStatus(() => model.onlineGroup('Cluster Group'), Win32.ERROR_SHARING_PAUSED);
    assertStatus(() => model.onlineResource('Cluster Name'), Win32.ERROR_SHARING_PAUSED);
  });

  it('evict removes the node and every reference to it', () => {
    const { model } = demo();
    model.setPreferredOwners('Available Storage', ['3', '1']);
    model.moveGroup('Available Storage', 'NODE3');
    const events: ClusterEvent[] = [];
    model.onChange((e) => events.push(e));
    model.evictNode('node3');
    assertStatus(() => model.node('NODE3'), S.ERROR_CLUSTER_NODE_NOT_FOUND);
    assert.equal(model.netInterfaces().length, 4);
    assert.deepEqual(model.group('Available Storage').preferredOwners, ['1']);
    assert.equal(model.groupState('Available Storage').ownerNodeName, 'NODE1');
    assert.equal(model.groupState('Available Storage').state, GroupState.Online);
    for (const r of model.resources()) assert.deepEqual(r.possibleOwners, ['1', '2']);
    assert.ok(events.some((e) => e.type === 'deleted' && e.object === 'node' && e.name === 'NODE3'));
    assert.equal(events.filter((e) => e.type === 'deleted' && e.object === 'netInterface').length, 2);
  });

  it('the local node and the last node cannot be evicted (ERROR_CANT_EVICT_ACTIVE_NODE)', () => {
    const { model } = demo();
    assertStatus(() => model.evictNode('NODE1'), S.ERROR_CANT_EVICT_ACTIVE_NODE);
    model.evictNode('NODE2');
    model.evictNode('NODE3');
    assert.equal(model.nodes().length, 1);
  });

  it('a new node gets the next decimal id; duplicates are refused', () => {
    const { model } = demo();
    model.offlineResource('Cluster Disk 2');
    model.removePossibleOwner('Cluster Disk 2', 'NODE3');
    assert.equal(model.addNode('NODE4').id, '4');
    assert.deepEqual(model.resource('Cluster Name').possibleOwners, ['1', '2', '3', '4']);
    assert.deepEqual(model.resource('Cluster Disk 2').possibleOwners, ['1', '2'], 'a restricted list stays');
    assertStatus(() => model.addNode('node4'), S.ERROR_OBJECT_ALREADY_EXISTS);
    assertStatus(() => model.addNode(''), Win32.ERROR_INVALID_NAME);
    assertStatus(() => model.addNode('N'.repeat(64)), Win32.ERROR_INVALID_PARAMETER);
  });
});

describe('cluster model: groups', () => {
  it('create: owned by the local node, unique by name and id', () => {
    const { model } = demo();
    const g = model.createGroup('SQL Role');
    assert.equal(g.ownerNodeId, '1');
    assert.equal(model.groupState('SQL Role').state, GroupState.Offline);
    assertStatus(() => model.createGroup('sql role'), S.ERROR_OBJECT_ALREADY_EXISTS);
    assertStatus(() => model.createGroup(g.id), S.ERROR_OBJECT_ALREADY_EXISTS);
    assertStatus(() => model.createGroup(''), Win32.ERROR_INVALID_NAME);
  });

  it('rename: ERROR_INVALID_NAME, ERROR_ALREADY_EXISTS; case-only rename allowed', () => {
    const { model } = demo();
    model.createGroup('App');
    assertStatus(() => model.renameGroup('App', ''), Win32.ERROR_INVALID_NAME);
    assertStatus(() => model.renameGroup('App', 'CLUSTER GROUP'), Win32.ERROR_ALREADY_EXISTS);
    model.renameGroup('app', 'APP');
    assert.equal(model.group('App').name, 'APP');
  });

  it('delete: core → ERROR_CORE_RESOURCE; non-empty → ERROR_DIR_NOT_EMPTY unless forced', () => {
    const { model } = demo();
    assertStatus(() => model.deleteGroup('Cluster Group'), S.ERROR_CORE_RESOURCE);
    assertStatus(() => model.deleteGroup('Available Storage'), S.ERROR_DIR_NOT_EMPTY);
    model.createGroup('Web');
    model.createResource('Web', 'Web IP', 'IP Address');
    model.createResource('Web', 'Web Service', 'Generic Service');
    model.addDependency('Web Service', 'Web IP');
    model.onlineGroup('Web');
    assertStatus(() => model.deleteGroup('Web'), S.ERROR_DIR_NOT_EMPTY);
    model.deleteGroup('Web', { force: true });
    assertStatus(() => model.group('Web'), S.ERROR_GROUP_NOT_FOUND);
    assertStatus(() => model.resource('Web IP'), S.ERROR_RESOURCE_NOT_FOUND);
    model.createGroup('Empty');
    model.deleteGroup('empty');
  });

  it('state is derived from resources: online, partial, failed, offline, pending', () => {
    const { model } = demo({ transitions: 'pending' });
    model.createGroup('G');
    assert.equal(model.groupState('G').state, GroupState.Offline, 'an empty group is offline');
    model.createResource('G', 'A', 'Generic Service');
    model.createResource('G', 'B', 'Generic Service');
    model.createResource('G', 'Base', 'IP Address');
    model.addDependency('A', 'Base');
    assert.equal(model.onlineResource('B'), S.ERROR_IO_PENDING);
    assert.equal(model.groupState('G').state, GroupState.Pending);
    model.settle();
    assert.equal(model.groupState('G').state, GroupState.PartialOnline, 'top-level A offline, B online');
    assert.equal(model.onlineResource('A'), S.ERROR_IO_PENDING);
    assert.equal(model.resource('Base').state, ResourceState.OnlinePending, 'provider started too');
    model.settle();
    assert.equal(model.groupState('G').state, GroupState.Online);
    model.failResource('Base');
    assert.equal(model.resource('A').state, ResourceState.OfflinePending, 'dependent cannot stay online');
    model.settle();
    assert.equal(model.resource('A').state, ResourceState.Offline);
    assert.equal(model.groupState('G').state, GroupState.Failed);
    assert.equal(model.offlineGroup('G'), S.ERROR_IO_PENDING);
    assertStatus(() => model.onlineGroup('G'), S.ERROR_INVALID_STATE);
    assertStatus(() => model.moveGroup('G', 'NODE2'), S.ERROR_INVALID_STATE);
    model.settle();
    assert.equal(model.groupState('G').state, GroupState.Offline, 'group offline clears the failure');
    assert.equal(model.resource('Base').state, ResourceState.Offline);
  });

  it('move: resources return to their persistent state on the new owner', () => {
    const { model } = demo();
    model.offlineResource('Cluster Disk 1');
    assert.equal(model.moveGroup('Cluster Group', 'node3'), Win32.ERROR_SUCCESS);
    const st = model.groupState('Cluster Group');
    assert.equal(st.ownerNodeName, 'NODE3');
    assert.equal(model.resource('Cluster Name').state, ResourceState.Online);
    assert.equal(model.resource('Cluster Disk 1').state, ResourceState.Offline);
    assert.equal(model.moveGroup('Cluster Group', 'NODE3'), Win32.ERROR_SUCCESS, 'already there');
  });

  it('move without a node picks the next preferred up node', () => {
    const { model } = demo();
    model.setPreferredOwners('Available Storage', ['1', '3']);
    model.moveGroup('Available Storage');
    assert.equal(model.groupState('Available Storage').ownerNodeName, 'NODE3');
  });

  it('move to a node that is not a possible owner → ERROR_HOST_NODE_NOT_RESOURCE_OWNER', () => {
    const { model } = demo();
    model.offlineResource('Cluster Disk 2');
    model.removePossibleOwner('Cluster Disk 2', 'NODE2');
    assertStatus(() => model.moveGroup('Available Storage', 'NODE2'), S.ERROR_HOST_NODE_NOT_RESOURCE_OWNER);
  });

  it('preferred owners: node ids in order; unknown id → ERROR_ASSERTION_FAILURE', () => {
    const { model } = demo();
    model.setPreferredOwners('Cluster Group', ['3', '1', '3']);
    assert.deepEqual(model.group('Cluster Group').preferredOwners, ['3', '1']);
    assertStatus(() => model.setPreferredOwners('Cluster Group', ['9']), S.ERROR_ASSERTION_FAILURE);
    assert.deepEqual(model.group('Cluster Group').preferredOwners, ['3', '1'], 'unchanged after a refusal');
    model.setPreferredOwners('Cluster Group', []);
    assert.deepEqual(model.group('Cluster Group').preferredOwners, []);
  });
});
