import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openClusterState } from '../../src/cluster/store-open.js';
import { NodeState, ResourceState } from '../../src/cluster/model/types.js';

it('cluster changes acknowledged before a SIGKILL are there after restart', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'winrpc-clcrash-'));
  try {
    const here = fileURLToPath(import.meta.url);
    const fixture = path.join(path.dirname(here), 'fixtures', `change-then-hang${path.extname(here)}`);
    const child = spawn(
      process.execPath,
      [...process.execArgv.filter((a) => !a.startsWith('--test')), fixture, dir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_c, sig) => resolve(sig)),
    );
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('changed\n')) resolve();
      });
      child.on('exit', () => reject(new Error(`child exited early: ${out}`)));
    });
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const { store, model, created } = openClusterState(dir);
    try {
      assert.equal(created, false);
      assert.ok(model.group('Survivor'));
      assert.equal(model.node('NODE2').state, NodeState.Paused);
      assert.equal(model.resource('Cluster Disk 2').state, ResourceState.Offline);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
