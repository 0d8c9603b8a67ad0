import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { openStateStore } from '../../src/store/open.js';
import { storeContract } from './store-contract.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'winrpc-store-'));
  dirs.push(d);
  return d;
}
process.on('exit', () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

storeContract('SqliteStore', () => SqliteStore.open(path.join(tempDir(), 'state.db')));

describe('SqliteStore persistence', () => {
  it('write, close, reopen → equal', () => {
    const file = path.join(tempDir(), 'nested', 'dir', 'state.db');
    const a = SqliteStore.open(file);
    a.transaction(() => {
      a.put('c', 'x', { v: [1, 'two', { three: 3 }] });
      a.put('c', 'y', 'why');
      a.setSchemaVersion('cluster', 4);
    });
    a.put('d', 'z', null);
    const before = { c: a.list('c'), d: a.list('d') };
    a.close();
    const b = SqliteStore.open(file);
    try {
      assert.deepEqual({ c: b.list('c'), d: b.list('d') }, before);
      assert.equal(b.schemaVersion('cluster'), 4);
    } finally {
      b.close();
    }
  });

  it('a rolled-back transaction is absent after reopening', () => {
    const file = path.join(tempDir(), 'state.db');
    const a = SqliteStore.open(file);
    a.put('c', 'kept', 1);
    assert.throws(() =>
      a.transaction(() => {
        a.put('c', 'lost', 2);
        throw new Error('abort');
      }),
    );
    a.close();
    const b = SqliteStore.open(file);
    try {
      assert.deepEqual(b.list('c'), [{ key: 'kept', value: 1 }]);
    } finally {
      b.close();
    }
  });

  it('a commit survives SIGKILL of the process that made it', async () => {
    const file = path.join(tempDir(), 'state.db');
    const here = fileURLToPath(import.meta.url);
    const ext = path.extname(here);
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv.filter((a) => !a.startsWith('--test')),
        path.join(path.dirname(here), 'fixtures', `commit-then-hang${ext}`),
        file,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exit = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('committed\n')) resolve();
      });
      child.on('exit', () => reject(new Error(`child exited before committing: ${out}`)));
    });
    child.kill('SIGKILL');
    assert.equal(await exit, 'SIGKILL');
    const s = SqliteStore.open(file);
    try {
      assert.deepEqual(s.get('crash', 'a'), { committed: true, n: 1 });
      assert.deepEqual(s.get('crash', 'b'), [1, 2, 3]);
    } finally {
      s.close();
    }
  });

  it('openStateStore keeps its database inside the state directory', () => {
    const dir = tempDir();
    const s = openStateStore(path.join(dir, 'state'));
    s.put('c', 'k', 1);
    s.close();
    const again = SqliteStore.open(path.join(dir, 'state', 'state.db'));
    try {
      assert.equal(again.get('c', 'k'), 1);
    } finally {
      again.close();
    }
  });

  it('refuses a file written by a newer store format', () => {
    const file = path.join(tempDir(), 'state.db');
    SqliteStore.open(file).close();
    // Simulate a future program having bumped the file format.
    const raw = SqliteStore.open(file);
    (raw as unknown as { db: { pragma(s: string): unknown } }).db.pragma('user_version = 99');
    raw.close();
    assert.throws(() => SqliteStore.open(file), /newer/);
  });
});
