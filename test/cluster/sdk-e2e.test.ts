/**
 * The ClusAPI SDK end to end over TCP at packet privacy: create a group and resources with a
 * dependency, online (provider first), rename, move, offline, properties; then restart the host on
 * the same state directory and find everything as it was.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClusterEvent } from '../../src/cluster/model/events.js';
import { Cluster, ClusterApiError } from '../../src/cluster/sdk/index.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import { clusterHostForSuite, TEST_ADMIN as ADMIN } from '../fixtures/cluster-host.js';

describe('cluster SDK end to end', () => {
  const running = clusterHostForSuite('winrpc-sdk-', { machineName: 'sdktest' });

  it('reads the cluster: info, nodes, groups, resources, types, networks, interfaces', async () => {
    const c = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort, mechanism: 'spnego' });
    try {
      const info = await c.info();
      assert.equal(info.name, 'WINRPC-CLU');
      assert.equal(info.nodeName, 'NODE1');
      assert.ok(info.version.major > 0);
      const nodes = await c.nodes();
      assert.deepEqual(
        nodes.map((n) => [n.name, n.state]),
        [
          ['NODE1', 'Up'],
          ['NODE2', 'Up'],
          ['NODE3', 'Up'],
        ],
      );
      assert.ok(nodes.every((n) => n.id !== ''));
      const groups = await c.groups();
      assert.deepEqual(
        groups.map((g) => g.name),
        ['Available Storage', 'Cluster Group'],
      );
      assert.equal(groups[1]!.owner, 'NODE1');
      const resources = await c.resources();
      assert.ok(resources.some((r) => r.name === 'Cluster Name' && r.type === 'Network Name'));
      assert.ok((await c.resourceTypes()).some((t) => t.name === 'Generic Service'));
      assert.ok((await c.networks()).length > 0);
      const nis = await c.netInterfaces();
      assert.ok(nis.some((n) => n.name === 'NODE2 - Ethernet' && n.state === 'Up'));

      const props = await c.group('Cluster Group').properties();
      assert.equal(props.Name, 'Cluster Group');
      assert.equal(typeof props.AutoFailbackType, 'number');

      await assert.rejects(c.group('No Such Group').state(), (err: unknown) => {
        assert.ok(err instanceof ClusterApiError);
        assert.equal(err.status, ClusterStatus.ERROR_GROUP_NOT_FOUND);
        assert.equal(err.statusName, 'ERROR_GROUP_NOT_FOUND');
        return true;
      });
    } finally {
      await c.close();
    }
  });

  it('openNetInterface holds a handle with the access asked for, closed by Cluster.close()', async () => {
    const c = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort });
    const ni = await c.openNetInterface('NODE2 - Ethernet', { access: 'read' });
    assert.ok(ni.isOpen);
    assert.equal(await ni.state(), 'Up');
    assert.equal(typeof (await ni.properties()).Name, 'string');
    await c.close();
    assert.equal(ni.isOpen, false);
    await assert.rejects(
      Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort }).then(async (c2) => {
        try {
          await c2.openNetInterface('NODE9 - Ethernet');
        } finally {
          await c2.close();
        }
      }),
      (err: unknown) =>
        err instanceof ClusterApiError && err.status === ClusterStatus.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND,
    );
  });

  it('a reader may read but a change is refused with ERROR_ACCESS_DENIED', async () => {
    const c = await Cluster.connect('127.0.0.1', {
      user: 'reader',
      password: 'R3ader!pw',
      epmPort: running.epmPort,
    });
    try {
      assert.equal((await c.groups()).length >= 2, true);
      await assert.rejects(
        c.group('Cluster Group').offline(),
        (err: unknown) => err instanceof ClusterApiError && err.status === Win32.ERROR_ACCESS_DENIED,
      );
    } finally {
      await c.close();
    }
  });

  it('nodes pause, resume and evict; resources fail, rename and lose a dependency', async () => {
    const c = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort });
    try {
      const n3 = c.node('NODE3');
      await n3.pause();
      assert.equal(await n3.state(), 'Paused');
      await n3.resume();
      assert.equal(await n3.state(), 'Up');
      await assert.rejects(
        c.node('NODE1').evict(),
        (err: unknown) =>
          err instanceof ClusterApiError && err.status === ClusterStatus.ERROR_CANT_EVICT_ACTIVE_NODE,
      );

      await c.createGroup('Scratch');
      const a = await c.createResource('Scratch', 'Scratch A', 'Generic Service');
      const b = await c.createResource('Scratch', 'Scratch B', 'Generic Service');
      await b.addDependency('Scratch A');
      await b.online();
      assert.deepEqual(await a.fail(), { pending: false });
      assert.equal(await a.state(), 'Failed');
      assert.equal(await b.state(), 'Offline');
      await a.rename('Scratch A2');
      assert.deepEqual(await b.dependencies(), ['Scratch A2']);
      await b.removeDependency('Scratch A2');
      assert.deepEqual(await b.dependencies(), []);
      await b.delete();
      await a.delete();
      await c.group('Scratch').delete();

      await n3.evict();
      assert.deepEqual(
        (await c.nodes()).map((n) => n.name),
        ['NODE1', 'NODE2'],
      );
    } finally {
      await c.close();
    }
  });

  it('create, dependency, online, rename, move, offline, properties; all kept across a restart', async () => {
    const events: ClusterEvent[] = [];
    const unsubscribe = running.service.model.onChange((e) => events.push(e));
    const c = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort });
    try {
      const g = await c.createGroup('App');
      const svc = await c.createResource('App', 'App Service', 'Generic Service');
      const ip = await c.createResource('App', 'App IP', 'IP Address');
      await svc.addDependency('App IP');
      assert.deepEqual(await svc.dependencies(), ['App IP']);
      assert.equal(await svc.state(), 'Offline');

      assert.deepEqual(await svc.online(), { pending: false });
      assert.equal(await ip.state(), 'Online');
      assert.equal(await svc.state(), 'Online');
      const onlined = events.flatMap((e) =>
        e.type === 'state' && e.object === 'resource' && e.state === 2 ? [e.name] : [],
      );
      assert.deepEqual(onlined, ['App IP', 'App Service'], 'the provider comes online first');
      assert.equal(await g.state(), 'Online');

      await g.rename('App Renamed');
      assert.equal(g.name, 'App Renamed');
      assert.equal((await svc.info()).group, 'App Renamed');

      await g.move('NODE2');
      assert.equal(await g.owner(), 'NODE2');
      assert.equal((await svc.info()).owner, 'NODE2');

      await svc.setProperties({ Description: 'the app', RestartThreshold: '5' });
      const props = await svc.properties();
      assert.equal(props.Description, 'the app');
      assert.equal(props.RestartThreshold, 5);

      await ip.offline();
      assert.equal(await ip.state(), 'Offline');
      assert.equal(await svc.state(), 'Offline', 'a dependent goes offline with its provider');
      await g.offline();
      assert.equal(await g.state(), 'Offline');

      await assert.rejects(c.createGroup('App Renamed'), (err: unknown) => err instanceof ClusterApiError);
    } finally {
      unsubscribe();
      await c.close();
    }

    await running.restart();

    const c2 = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort });
    try {
      const g = (await c2.groups()).find((x) => x.name === 'App Renamed');
      assert.deepEqual(g && { state: g.state, owner: g.owner }, { state: 'Offline', owner: 'NODE2' });
      const res = (await c2.resources()).filter((r) => r.group === 'App Renamed');
      assert.deepEqual(res.map((r) => [r.name, r.type, r.state, r.owner]).sort(), [
        ['App IP', 'IP Address', 'Offline', 'NODE2'],
        ['App Service', 'Generic Service', 'Offline', 'NODE2'],
      ]);
      const svc = c2.resource('App Service');
      assert.deepEqual(await svc.dependencies(), ['App IP']);
      assert.equal((await svc.properties()).Description, 'the app');

      // And it still works: online again, then clean up.
      await c2.group('App Renamed').online();
      assert.equal(await svc.state(), 'Online');
      await c2.group('App Renamed').offline();
      await svc.delete();
      await c2.resource('App IP').delete();
      await c2.group('App Renamed').delete();
      assert.ok(!(await c2.groups()).some((x) => x.name === 'App Renamed'));
    } finally {
      await c2.close();
    }
  });
});
