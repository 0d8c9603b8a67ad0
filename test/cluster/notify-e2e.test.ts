/**
 * Notifications end to end: `winrpc serve`'s cluster service over TCP at packet privacy, one SDK
 * connection watching (a version 2 port) while a second connection moves a group. The watcher sees
 * the move as the spec describes it (group owner node, the nodes losing and gaining the group,
 * the resources' state changes), a filtered watch sees only its object types, and the server's
 * ports are released both by a clean end of the iteration and by a dropped connection (rundown).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { notificationsFor } from '../../src/cluster/notify/index.js';
import { Cluster, type ClusterNotification, type NotificationStream } from '../../src/cluster/sdk/index.js';
import type { ClusterService } from '../../src/cluster/service.js';
import type { RunningHost } from '../../src/host/host.js';
import { runClusterWatch } from '../../src/cli/cluster-watch.js';
import { startClusterHost, TEST_ADMIN as ADMIN } from '../fixtures/cluster-host.js';

/** Reads events until `done` says the collection is complete. */
async function collect(
  stream: NotificationStream,
  done: (seen: readonly ClusterNotification[]) => boolean,
): Promise<ClusterNotification[]> {
  const seen: ClusterNotification[] = [];
  for await (const ev of stream) {
    seen.push(ev);
    if (done(seen)) break;
  }
  return seen;
}

/** Waits (without asserting on time) until `cond` holds, polling the event loop. */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(cond(), what);
}

describe('cluster notifications end to end', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-notify-'));
  let host: RunningHost;
  let service: ClusterService;
  let epmPort: number;
  const connect = () => Cluster.connect('127.0.0.1', { ...ADMIN, epmPort, mechanism: 'spnego' });

  before(async () => {
    ({ host, service, epmPort } = await startClusterHost(dir, {
      machineName: 'notifytest',
      withReader: false,
    }));
  });
  after(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a watch sees the group move a second connection makes', async () => {
    const watcher = await connect();
    const mover = await connect();
    const ports = notificationsFor(service.model);
    try {
      const stream = watcher.watch();
      await stream.ready;
      assert.equal(ports.openPorts, 1);
      const group = await mover.group('Cluster Group').info();
      assert.equal(group.owner, 'NODE1');
      const node1 = service.model.node('NODE1').id;
      const node2 = service.model.node('NODE2').id;

      const ipOnline = (e: ClusterNotification): boolean =>
        e.object === 'resource' && e.name === 'Cluster IP Address' && e.state === 'Online';
      const reading = collect(
        stream,
        (seen) => seen.some((e) => e.object === 'node' && e.event === 'group-gained') && seen.some(ipOnline),
      );
      await mover.group('Cluster Group').move('NODE2');
      const seen = await reading;

      const owner = seen.find((e) => e.object === 'group' && e.event === 'owner-node');
      assert.ok(owner, `owner-node event among ${seen.map((e) => `${e.object}/${e.event}`).join(', ')}`);
      assert.equal(owner.name, 'Cluster Group');
      assert.equal(owner.id, group.id);
      assert.equal(owner.relatedId, node2);
      assert.equal(owner.parentId, node2);
      const lost = seen.find((e) => e.object === 'node' && e.event === 'group-lost');
      const gained = seen.find((e) => e.object === 'node' && e.event === 'group-gained');
      assert.deepEqual([lost?.id, lost?.name, lost?.relatedId], [node1, 'NODE1', group.id]);
      assert.deepEqual([gained?.id, gained?.name, gained?.relatedId], [node2, 'NODE2', group.id]);
      const ipStates = seen
        .filter((e) => e.object === 'resource' && e.event === 'state' && e.name === 'Cluster IP Address')
        .map((e) => e.state);
      // With pending transitions the server also reports OfflinePending / OnlinePending on the way.
      assert.deepEqual(
        ipStates.filter((x) => x === 'Offline' || x === 'Online'),
        ['Offline', 'Online'],
        `the member resources went offline and back online: ${ipStates.join(', ')}`,
      );
      const ip = seen.find((e) => e.name === 'Cluster IP Address');
      assert.equal(ip?.parentId, group.id, "a resource's ParentId is its group");
      assert.equal(ip?.resourceType, 'IP Address');

      // Leaving the loop closed the port on the server.
      assert.equal(ports.openPorts, 0);
      assert.equal((await mover.group('Cluster Group').info()).owner, 'NODE2');
    } finally {
      await watcher.close();
      await mover.close();
    }
  });

  it('a filtered watch sees only the object types it registered for', async () => {
    const watcher = await connect();
    const mover = await connect();
    try {
      const stream = watcher.watch({ objects: ['node'] });
      await stream.ready;
      const reading = collect(stream, (seen) => seen.some((e) => e.event === 'group-gained'));
      await mover.group('Cluster Group').move('NODE3');
      const seen = await reading;
      assert.ok(seen.length >= 1);
      assert.deepEqual([...new Set(seen.map((e) => e.object))], ['node']);
      await stream.close();
    } finally {
      await watcher.close();
      await mover.close();
    }
  });

  it("a dropped connection's ports are run down; close() ends a waiting iteration", async () => {
    const ports = notificationsFor(service.model);
    const watcher = await connect();
    const stream = watcher.watch({ objects: ['group'] });
    await stream.ready;
    const it = stream[Symbol.asyncIterator]();
    const waiting = it.next();
    await stream.close();
    assert.deepEqual(await waiting, { value: undefined, done: true });
    assert.equal(ports.openPorts, 0);

    const stream2 = watcher.watch();
    await stream2.ready;
    assert.equal(ports.openPorts, 1);
    const pending = stream2[Symbol.asyncIterator]()
      .next()
      .catch((err: unknown) => err);
    await watcher.close(); // the connection goes away without ApiCloseNotify
    await pending;
    await until(() => ports.openPorts === 0, 'the server ran the port down');
  });

  it('winrpc cluster watch --json prints one NDJSON line per event and stops cleanly', async () => {
    const ports = notificationsFor(service.model);
    const mover = await connect();
    const lines: string[] = [];
    const stop = new AbortController();
    let sawMove: () => void = () => undefined;
    const moved = new Promise<void>((r) => (sawMove = r));
    try {
      const run = runClusterWatch(
        {
          host: '127.0.0.1',
          epmPort: String(epmPort),
          user: `${ADMIN.user}%${ADMIN.password}`,
          json: true,
          objects: 'group',
        },
        { env: {}, isTTY: false, prompt: () => Promise.reject(new Error('no prompt in tests')) },
        {
          signal: stop.signal,
          write: (line) => {
            lines.push(line);
            if (line.includes('"owner-node"')) sawMove();
          },
        },
      );
      await until(() => ports.openPorts === 1, 'the CLI registered its port');
      await mover.group('Cluster Group').move('NODE1');
      await moved;
      stop.abort();
      await run;
      assert.equal(ports.openPorts, 0, 'the port was closed before the connection');
      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.ok(
        lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n')),
        'one line per event',
      );
      const owner = records.find((r) => r.event === 'owner-node');
      assert.deepEqual(
        [owner?.object, owner?.name, owner?.relatedId],
        ['group', 'Cluster Group', service.model.node('NODE1').id],
      );
      assert.ok(records.every((r) => r.object === 'group' && typeof r.time === 'string'));
    } finally {
      await mover.close();
    }
  });
});
