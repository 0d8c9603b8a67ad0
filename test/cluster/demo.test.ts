import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ClusterModel } from '../../src/cluster/model/cluster-model.js';
import { loadOrCreateCluster } from '../../src/cluster/model/demo.js';
import {
  GroupState,
  GroupType,
  NetInterfaceState,
  NetworkRole,
  NetworkState,
  NodeState,
  ResourceState,
} from '../../src/cluster/model/types.js';
import { Win32 } from '../../src/errors/status.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { openStateStore } from '../../src/store/open.js';
import { assertStatus, demo } from './helpers.js';

describe('default (demo) cluster', () => {
  it('is a Windows Server 2022 cluster named WINRPC-CLU with three up nodes', () => {
    const { model } = demo();
    const c = model.cluster();
    assert.equal(c.name, 'WINRPC-CLU');
    assert.match(c.id, /^[0-9a-f-]{36}$/);
    assert.equal(c.version.major, 10);
    assert.equal(c.version.minor, 0);
    assert.equal(c.version.build, 20348);
    assert.equal(c.version.vendorId, 'Microsoft(R) Cluster service');
    assert.equal(c.version.highestVersion, 0x000b0003);
    assert.deepEqual(
      model.nodes().map((n) => [n.id, n.name, n.state]),
      [
        ['1', 'NODE1', NodeState.Up],
        ['2', 'NODE2', NodeState.Up],
        ['3', 'NODE3', NodeState.Up],
      ],
    );
    assert.equal(model.localNode().name, 'NODE1');
  });

  it('has the core group, Available Storage and their resources online', () => {
    const { model } = demo();
    assert.deepEqual(
      model.groups().map((g) => g.name),
      ['Available Storage', 'Cluster Group'],
    );
    const core = model.group('Cluster Group');
    assert.equal(core.groupType, GroupType.CoreCluster);
    assert.equal(model.group('Available Storage').groupType, GroupType.AvailableStorage);
    assert.deepEqual(model.groupState('Cluster Group'), {
      state: GroupState.Online,
      ownerNodeId: '1',
      ownerNodeName: 'NODE1',
    });
    assert.equal(model.groupState('Available Storage').state, GroupState.Online);
    const res = model.resources().map((r) => [r.name, r.type, model.group(r.groupId).name, r.state, r.core]);
    assert.deepEqual(res, [
      ['Cluster Disk 1', 'Physical Disk', 'Cluster Group', ResourceState.Online, true],
      ['Cluster Disk 2', 'Physical Disk', 'Available Storage', ResourceState.Online, false],
      ['Cluster IP Address', 'IP Address', 'Cluster Group', ResourceState.Online, true],
      ['Cluster Name', 'Network Name', 'Cluster Group', ResourceState.Online, true],
      ['Storage Qos Resource', 'Storage QoS Policy Manager', 'Cluster Group', ResourceState.Online, false],
    ]);
    assert.equal(model.dependencyExpression('Cluster Name'), '[Cluster IP Address]');
    assert.equal(model.quorum().resource?.name, 'Cluster Disk 1');
    const ip = Object.fromEntries(
      model.privateProperties('resource', 'Cluster IP Address').map((p) => [p.name, p.value]),
    );
    assert.deepEqual(ip['Network'], { type: 'sz', value: 'Cluster Network 1' });
    assert.deepEqual(ip['SubnetMask'], { type: 'sz', value: '255.255.255.0' });
    const nn = Object.fromEntries(
      model.privateProperties('resource', 'Cluster Name').map((p) => [p.name, p.value]),
    );
    assert.deepEqual(nn['Name'], { type: 'sz', value: 'WINRPC-CLU' });
    for (const r of model.resources()) assert.deepEqual(r.possibleOwners, ['1', '2', '3']);
  });

  it('registers the standard resource types with their DLLs', () => {
    const { model } = demo();
    const types = new Map(model.resourceTypes().map((t) => [t.name, t.dllName]));
    const expected: Record<string, string> = {
      'Physical Disk': 'clusres.dll',
      'IP Address': 'clusres.dll',
      'IPv6 Address': 'clusres.dll',
      'Network Name': 'clusres.dll',
      'Generic Service': 'clusres2.dll',
      'Generic Application': 'clusres2.dll',
      'Generic Script': 'clusres2.dll',
      'File Server': 'clusres2.dll',
      'Storage Pool': 'clusres.dll',
      'Distributed Network Name': 'clusres.dll',
      'Virtual Machine': 'vmclusres.dll',
      'Scale Out File Server': 'clusres2.dll',
      'Distributed Transaction Coordinator': 'mtxclu.dll',
      'File Share Witness': 'clusres.dll',
      'Cloud Witness': 'clusres.dll',
    };
    for (const [name, dll] of Object.entries(expected)) assert.equal(types.get(name), dll, name);
    assert.ok(types.size >= 30);
    assert.equal(model.resourceType('physical disk').name, 'Physical Disk');
  });

  it('has two cluster networks and an interface for every node on each', () => {
    const { model } = demo();
    const nets = model.networks();
    assert.deepEqual(
      nets.map((n) => [n.name, n.role, n.address, n.addressMask]),
      [
        ['Cluster Network 1', NetworkRole.InternalAndClient, '10.10.1.0', '255.255.255.0'],
        ['Cluster Network 2', NetworkRole.InternalUse, '10.10.2.0', '255.255.255.0'],
      ],
    );
    for (const n of nets) assert.equal(model.networkState(n.name), NetworkState.Up);
    const ifs = model.netInterfaces();
    assert.equal(ifs.length, 6);
    assert.deepEqual(
      ifs.map((i) => i.name),
      [
        'NODE1 - Ethernet',
        'NODE1 - Ethernet 2',
        'NODE2 - Ethernet',
        'NODE2 - Ethernet 2',
        'NODE3 - Ethernet',
        'NODE3 - Ethernet 2',
      ],
    );
    assert.ok(ifs.every((i) => i.state === NetInterfaceState.Up));
    const i = model.netInterfaceOf('node2', 'cluster network 2');
    assert.equal(i.name, 'NODE2 - Ethernet 2');
    assert.equal(i.address, '10.10.2.12');
    const props = Object.fromEntries(
      model.commonProperties('netInterface', i.id).map((p) => [p.name, p.value]),
    );
    assert.deepEqual(props['Node'], { type: 'sz', value: 'NODE2' });
    assert.deepEqual(props['Network'], { type: 'sz', value: 'Cluster Network 2' });
    assert.deepEqual(props['Adapter'], { type: 'sz', value: 'Ethernet 2' });
  });

  it('honours custom names and the local node', () => {
    const store = new MemoryStore();
    const { model, created } = loadOrCreateCluster(store, { name: 'LAB', nodes: ['A', 'B'], localNode: 'b' });
    assert.equal(created, true);
    assert.equal(model.localNode().name, 'B');
    assert.equal(model.netInterfaces().length, 4);
    assert.equal(model.group('Cluster Group').ownerNodeId, '2');
  });

  it('an existing state is loaded, never recreated', () => {
    const store = new MemoryStore();
    const first = loadOrCreateCluster(store);
    first.model.createGroup('Mine');
    first.model.renameGroup('Available Storage', 'Renamed Storage');
    const second = loadOrCreateCluster(store);
    assert.equal(second.created, false);
    assert.equal(second.model.cluster().id, first.model.cluster().id);
    assert.ok(second.model.group('Mine'));
    assert.ok(second.model.group('Renamed Storage'));
    assertStatus(() => ClusterModel.create(store, { name: 'X', nodes: ['N'] }), Win32.ERROR_ALREADY_EXISTS);
  });

  it('--no-demo gives nodes and resource types only', () => {
    const store = new MemoryStore();
    const { model } = loadOrCreateCluster(store, { name: 'EMPTY', nodes: ['N1'], demo: false });
    assert.equal(model.nodes().length, 1);
    assert.equal(model.groups().length, 0);
    assert.equal(model.resources().length, 0);
    assert.equal(model.networks().length, 0);
    assert.ok(model.resourceTypes().length > 30);
    assert.equal(model.quorum().resource, null);
    assertStatus(() => ClusterModel.open(new MemoryStore()), Win32.ERROR_NOT_FOUND);
  });

  it('survives closing and reopening its SQLite state directory unchanged', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winrpc-cluster-'));
    try {
      const s1 = openStateStore(dir);
      const m1 = loadOrCreateCluster(s1).model;
      m1.pauseNode('NODE3');
      m1.offlineResource('Cluster Disk 2');
      const snapshot = (m: ClusterModel) => ({
        cluster: m.cluster(),
        nodes: m.nodes(),
        groups: m.groups(),
        resources: m.resources(),
        types: m.resourceTypes(),
        networks: m.networks(),
        ifs: m.netInterfaces(),
      });
      const before = snapshot(m1);
      s1.close();
      const s2 = openStateStore(dir);
      try {
        const { model: m2, created } = loadOrCreateCluster(s2);
        assert.equal(created, false);
        assert.deepEqual(snapshot(m2), before);
        assert.equal(m2.node('NODE3').state, NodeState.Paused);
      } finally {
        s2.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
