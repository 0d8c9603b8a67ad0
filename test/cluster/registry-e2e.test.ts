/**
 * The cluster registry end to end over TCP at packet privacy through the SDK and the CLI: keys,
 * typed values, ERROR_MORE_DATA retries, batches (atomic, with the failing command's number), batch
 * notifications, key security; then a restart on the same state directory keeps every edit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRegGet, runRegLs, runRegRm, runRegSet } from '../../src/cli/cluster-reg.js';
import { BatchCommand as C, decodeBatch } from '../../src/cluster/registry/batch.js';
import { RegType } from '../../src/cluster/registry/registry.js';
import { Cluster, ClusterApiError } from '../../src/cluster/sdk/index.js';
import { KeyAccess } from '../../src/cluster/registry/security.js';
import { Win32 } from '../../src/errors/status.js';
import {
  printedBy as captureStdout,
  clusterHostForSuite,
  TEST_ADMIN as ADMIN,
  TEST_READER as READER,
} from '../fixtures/cluster-host.js';

describe('cluster registry end to end', () => {
  const running = clusterHostForSuite('winrpc-reg-e2e-', { machineName: 'regtest' });
  const connect = (who = ADMIN) =>
    Cluster.connect('127.0.0.1', { ...who, epmPort: running.epmPort, mechanism: 'spnego' });

  it('lists the root as a cluster database: ClusterName, ClusterInstanceID and object keys', async () => {
    const c = await connect();
    try {
      const root = await c.registry().list();
      assert.ok(root.values.some((v) => v.name === 'ClusterName' && v.value === 'WINRPC-CLU'));
      assert.ok(root.values.some((v) => v.name === 'ClusterInstanceID'));
      for (const k of ['Groups', 'Nodes', 'Resources', 'ResourceTypes', 'Networks', 'NetworkInterfaces']) {
        assert.ok(root.keys.includes(k), k);
      }
      const nodes = await c.registry().list('Nodes');
      assert.equal(nodes.keys.length, 3);
      const n1 = await c.registry().get(`Nodes\\${nodes.keys[0]}`, 'NodeName');
      assert.equal(n1.value, 'NODE1');
      const sd = await c.registry().security('');
      assert.equal(sd.owner, 'S-1-5-32-544');
    } finally {
      await c.close();
    }
  });

  it('sets, reads, lists and deletes typed values (a large value goes through ERROR_MORE_DATA)', async () => {
    const c = await connect();
    try {
      const r = c.registry();
      await r.set('Apps\\Web', 'Title', RegType.REG_SZ, 'hello');
      await r.set('Apps\\Web', 'Port', RegType.REG_DWORD, 8080);
      await r.set('Apps\\Web', 'Big', RegType.REG_QWORD, 1n << 40n);
      await r.set('Apps\\Web', 'Hosts', RegType.REG_MULTI_SZ, ['a', 'b']);
      const blob = new Uint8Array(5000).map((_, i) => i & 0xff);
      await r.set('Apps\\Web', 'Blob', RegType.REG_BINARY, blob);
      assert.deepEqual((await r.get('apps\\web', 'blob')).data, blob);
      const l = await r.list('Apps\\Web');
      assert.deepEqual(
        l.values.map((v) => [v.name, v.value]),
        [
          ['Title', 'hello'],
          ['Port', 8080],
          ['Big', 1n << 40n],
          ['Hosts', ['a', 'b']],
          ['Blob', blob],
        ],
      );
      await r.deleteValue('Apps\\Web', 'Title');
      await assert.rejects(
        r.get('Apps\\Web', 'Title'),
        (e: unknown) => e instanceof ClusterApiError && e.status === Win32.ERROR_FILE_NOT_FOUND,
      );
      await assert.rejects(
        r.deleteKey('Apps'),
        (e: unknown) => e instanceof ClusterApiError && e.status === Win32.ERROR_ACCESS_DENIED,
      );
      await r.createKey('Scratch\\A\\B');
      await r.deleteKey('Scratch', { recursive: true });
      assert.equal((await r.list()).keys.includes('Scratch'), false);
    } finally {
      await c.close();
    }
  });

  it('batches apply atomically, report the failing command, and reach batch ports', async () => {
    const c = await connect();
    try {
      const root = await c.api.ApiGetRootKey({ samDesired: KeyAccess.KEY_ALL_ACCESS });
      const port = await c.api.ApiCreateBatchPort({ hKey: root.ret });
      assert.equal(port.ret, Win32.ERROR_SUCCESS);
      const waiting = c.api.ApiGetBatchNotification({ hBatchNotify: port.phBatchPort });
      const sz = (s: string) => new Uint8Array(Buffer.from(s + '\0', 'utf16le'));
      const e = (command: number, name: string, valueType = 0, data = new Uint8Array(0)) => ({
        command,
        valueType,
        name,
        data,
      });
      await assert.rejects(
        c
          .registry()
          .batch('', [
            e(C.CLUSREG_CREATE_KEY, 'Batch'),
            e(C.CLUSREG_SET_VALUE, 'ok', RegType.REG_SZ, sz('1')),
            e(C.CLUSREG_DELETE_KEY, 'Batch'),
            e(C.CLUSREG_SET_VALUE, 'bad', RegType.REG_SZ, sz('2')),
          ]),
        (err: unknown) =>
          err instanceof ClusterApiError &&
          err.status === Win32.ERROR_INVALID_PARAMETER &&
          err.object === 'command 4',
      );
      assert.equal((await c.registry().list()).keys.includes('Batch'), false);
      await c
        .registry()
        .batch('', [e(C.CLUSREG_CREATE_KEY, 'Batch'), e(C.CLUSREG_SET_VALUE, 'ok', RegType.REG_SZ, sz('1'))]);
      const note = await waiting;
      assert.equal(note.ret, Win32.ERROR_SUCCESS);
      assert.deepEqual(
        decodeBatch(note.lpData!).map((x) => [x.command, x.name]),
        [
          [C.CLUSREG_CREATE_KEY, 'Batch'],
          [C.CLUSREG_SET_VALUE, 'ok'],
        ],
      );
      const read = await c
        .registry()
        .readBatch('', [
          e(C.CLUSREG_READ_KEY, 'Batch'),
          e(C.CLUSREG_READ_VALUE, 'ok'),
          e(C.CLUSREG_READ_VALUE, 'nope'),
        ]);
      assert.deepEqual(
        read.map((x) => x.command),
        [C.CLUSREG_READ_KEY, C.CLUSREG_READ_VALUE, C.CLUSREG_READ_ERROR],
      );
      // Closing the port from another call completes a blocked get with ERROR_NO_MORE_ITEMS.
      const blocked = c.api.ApiGetBatchNotification({ hBatchNotify: port.phBatchPort });
      const closed = await c.api.ApiCloseBatchPort({ phBatchPort: port.phBatchPort });
      assert.equal(closed.ret, Win32.ERROR_SUCCESS);
      assert.equal((await blocked).ret, Win32.ERROR_NO_MORE_ITEMS);
      await c.api.ApiCloseKey({ pKey: root.ret });
    } finally {
      await c.close();
    }
  });

  it('a reader reads but cannot write', async () => {
    const c = await connect(READER);
    try {
      assert.ok((await c.registry().list()).keys.length > 0);
      await assert.rejects(
        c.registry().set('Apps', 'x', RegType.REG_SZ, 'no'),
        (e: unknown) => e instanceof ClusterApiError && e.status === Win32.ERROR_ACCESS_DENIED,
      );
    } finally {
      await c.close();
    }
  });

  it('the CLI: reg set / get / ls / rm, tables and JSON', async () => {
    const flags = {
      host: '127.0.0.1',
      epmPort: String(running.epmPort),
      user: `${ADMIN.user}%${ADMIN.password}`,
    };
    const envr = { env: {}, isTTY: false, prompt: () => Promise.reject(new Error('no prompt')) };
    const set = await captureStdout(() =>
      runRegSet('Cli\\Key', 'Count', '42', { ...flags, type: 'REG_DWORD' }, envr),
    );
    assert.match(set, /Cli\\Key\\Count = 42 \(REG_DWORD\)/);
    assert.equal(await captureStdout(() => runRegGet('Cli\\Key', 'Count', flags, envr)), '42\n');
    const ls = JSON.parse(await captureStdout(() => runRegLs('Cli', { ...flags, json: true }, envr))) as {
      keys: string[];
    };
    assert.deepEqual(ls.keys, ['Key']);
    const table = await captureStdout(() => runRegLs('/Cli/Key', flags, envr));
    assert.match(table, /^NAME\s+TYPE\s+VALUE\nCount\s+REG_DWORD\s+42\n$/);
    await captureStdout(() => runRegRm('Cli', undefined, { ...flags, recursive: true }, envr));
    await assert.rejects(
      captureStdout(() => runRegGet('Cli\\Key', 'Count', flags, envr)),
      ClusterApiError,
    );
  });

  it('keeps registry edits across a restart', async () => {
    await running.restart();
    const c = await connect();
    try {
      assert.equal((await c.registry().get('Apps\\Web', 'Port')).value, 8080);
      assert.equal((await c.registry().get('Batch', 'ok')).value, '1');
    } finally {
      await c.close();
    }
  });
});
