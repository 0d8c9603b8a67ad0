/** The cluster service module: state in the service directory, `--no-demo`, its own port, restart. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pino } from 'pino';
import { createClusterService, serverStateOf } from '../../src/cluster/service.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { startHost } from '../../src/host/host.js';
import { Clusapi3Syntax } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { AuthLevel } from '../../src/rpc/types.js';

const logger = pino({ level: 'silent' });
const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'winrpc-clusvc-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('cluster service', () => {
  it('registers clusapi v3 with NDR and NDR64 at packet privacy', () => {
    const s = createClusterService();
    assert.equal(s.interfaces.length, 1);
    const i = s.interfaces[0]!;
    assert.deepEqual(i.syntax, Clusapi3Syntax);
    assert.deepEqual(i.transferSyntaxes, ['ndr20', 'ndr64']);
    assert.equal(i.minAuthLevel, AuthLevel.PKT_PRIVACY);
    assert.throws(() => s.model, /not started/);
  });

  it('creates the demo cluster once and loads it on restart; --no-demo starts empty', async () => {
    const dir = tmp();
    const s1 = createClusterService();
    await s1.start?.({ stateDir: dir, logger });
    assert.equal(s1.model.groups().length, 2);
    s1.model.createGroup('Kept');
    await s1.stop?.();
    const s2 = createClusterService({ demo: false });
    await s2.start?.({ stateDir: dir, logger });
    assert.ok(
      s2.model.groups().some((g) => g.name === 'Kept'),
      'an existing cluster is never rebuilt',
    );
    await s2.stop?.();

    const empty = createClusterService({ demo: false });
    await empty.start?.({ stateDir: tmp(), logger });
    assert.deepEqual(empty.model.groups(), []);
    assert.equal(empty.model.nodes().length, 3);
    await empty.stop?.();
  });

  it('listens on a port of its own with `port`, registered in the endpoint map', async () => {
    const host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, stateDir: tmp(), logLevel: 'silent' },
      logger,
      services: [createClusterService({ port: 0 })],
    });
    try {
      const own = host.endpoints.find((e) => e.name === 'cluster');
      assert.ok(own && own.port > 0);
      const shared = host.endpoints.find((e) => e.name === 'services')!;
      assert.notEqual(own.port, shared.port);
      const entries = host.database.list().filter((e) => e.iface.uuid === Clusapi3Syntax.uuid);
      assert.deepEqual(
        entries.map((e) => [e.iface.major, e.protseq, e.endpoint]),
        [[3, 'ncacn_ip_tcp', String(own.port)]],
      );
    } finally {
      await host.close();
    }
  });
});

describe('protocol server state from the local node (3.1.1)', () => {
  it('up or paused → read/write, joining → read-only, down → none', async () => {
    const s = createClusterService();
    await s.start?.({ stateDir: tmp(), logger });
    try {
      const m = s.model;
      assert.equal(serverStateOf(m), 'readWrite');
      m.pauseNode('NODE1');
      assert.equal(serverStateOf(m), 'readWrite');
      m.resumeNode('NODE1');
      m.simulateNodeDown('NODE1');
      assert.equal(serverStateOf(m), 'none');
      assert.equal(s.serverState, 'auto');
    } finally {
      await s.stop?.();
    }
  });
});
