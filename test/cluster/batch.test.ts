import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import type { HBATCH_PORT_RPC, HKEY_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import type { BatchEntry } from '../../src/cluster/registry/batch.js';
import {
  BatchCommand as C,
  BatchFailure,
  decodeBatch,
  encodeBatch,
  executeBatch,
  executeReadBatch,
} from '../../src/cluster/registry/batch.js';
import { ClusterRegistry, RegType } from '../../src/cluster/registry/registry.js';
import { KeyAccess } from '../../src/cluster/registry/security.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { JsonValue } from '../../src/store/store.js';
import { assertStatusIs, fixture, isNull } from './server-fixture.js';

const sz = (s: string): Uint8Array => new Uint8Array(Buffer.from(s + '\0', 'utf16le'));
const cmd = (
  command: number,
  name: string,
  valueType = 0,
  data: Uint8Array = new Uint8Array(0),
): BatchEntry => ({
  command,
  valueType,
  name,
  data,
});

test('CLUSTER_REG_BATCH_UPDATE layout: version, command blocks, 16-bit alignment after odd data', () => {
  const buf = encodeBatch([
    cmd(C.CLUSREG_SET_VALUE, 'v', RegType.REG_BINARY, new Uint8Array([9, 8, 7])),
    cmd(C.CLUSREG_DELETE_VALUE, ''),
  ]);
  const b = Buffer.from(buf);
  assert.equal(b.readUInt32LE(0), 1);
  assert.equal(b.readUInt32LE(4), C.CLUSREG_SET_VALUE);
  assert.equal(b.readUInt32LE(8), RegType.REG_BINARY);
  assert.equal(b.readUInt32LE(12), 4); // "v\0"
  assert.equal(b.readUInt32LE(20), 3);
  // 24 + 3 data + 1 pad = 28: the next command starts aligned.
  assert.equal(b.readUInt32LE(28), C.CLUSREG_DELETE_VALUE);
  assert.equal(b.readUInt32LE(36), 2); // the null Unicode string
  assert.deepEqual(decodeBatch(buf), [
    cmd(C.CLUSREG_SET_VALUE, 'v', RegType.REG_BINARY, new Uint8Array([9, 8, 7])),
    cmd(C.CLUSREG_DELETE_VALUE, ''),
  ]);
});

test('decodeBatch: round trip property, and malformed buffers are ERROR_INVALID_PARAMETER, never a crash', () => {
  const entry = fc.record({
    command: fc.integer({ min: 1, max: 18 }),
    valueType: fc.integer({ min: 0, max: 0xffffffff }),
    name: fc.string({ maxLength: 20 }).filter((s) => !s.includes('\0')),
    data: fc.uint8Array({ maxLength: 33 }),
  });
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
      assert.deepEqual(
        decodeBatch(encodeBatch(entries)),
        entries.map((e) => ({ ...e })),
      );
    }),
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      try {
        decodeBatch(bytes);
      } catch (err) {
        assert.ok(err instanceof BatchFailure);
        assert.equal(err.status, Win32.ERROR_INVALID_PARAMETER);
      }
    }),
  );
  const huge = Buffer.alloc(20);
  huge.writeUInt32LE(1, 0);
  huge.writeUInt32LE(0xfffffff0, 12); // NameLength far beyond the buffer
  assert.throws(
    () => decodeBatch(new Uint8Array(huge)),
    (e: unknown) => e instanceof BatchFailure && e.failedCommand === 1,
  );
});

test('executeBatch applies commands relative to the batch key and reports the changes with old data', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  reg.createKey('', 'Base');
  const notes = executeBatch(reg, 'Base', [
    cmd(C.CLUSREG_CREATE_KEY, 'test'),
    cmd(C.CLUSREG_DELETE_VALUE, 'NotifyTest'),
    cmd(C.CLUSREG_SET_VALUE, 'NotifyTest', RegType.REG_SZ, sz('hello world')),
    cmd(C.CLUSREG_SET_VALUE, 'NotifyTest', RegType.REG_SZ, sz('hello universe')),
    cmd(C.CLUSREG_DELETE_VALUE, 'NotifyTest'),
    cmd(C.CLUSREG_CREATE_KEY, 'test\\KeyToDelete'),
    cmd(C.CLUSREG_SET_VALUE, 'x', RegType.REG_BINARY, new Uint8Array([1])),
    cmd(C.CLUSREG_DELETE_KEY, 'test\\KeyToDelete'),
    cmd(C.CLUSREG_DELETE_KEY, 'never\\existed'),
  ]);
  // 3.1.4.2.114's example: a CLUSREG_VALUE_DELETED with the old data precedes set/delete of a value that had data.
  assert.deepEqual(
    notes.map((n) => [
      n.command,
      n.name,
      n.command === C.CLUSREG_VALUE_DELETED ? Buffer.from(n.data).toString('utf16le') : '',
    ]),
    [
      [C.CLUSREG_CREATE_KEY, 'test', ''],
      [C.CLUSREG_DELETE_VALUE, 'NotifyTest', ''],
      [C.CLUSREG_SET_VALUE, 'NotifyTest', ''],
      [C.CLUSREG_VALUE_DELETED, 'NotifyTest', 'hello world\0'],
      [C.CLUSREG_SET_VALUE, 'NotifyTest', ''],
      [C.CLUSREG_VALUE_DELETED, 'NotifyTest', 'hello universe\0'],
      [C.CLUSREG_DELETE_VALUE, 'NotifyTest', ''],
      [C.CLUSREG_CREATE_KEY, 'test\\KeyToDelete', ''],
      [C.CLUSREG_SET_VALUE, 'x', ''],
      [C.CLUSREG_DELETE_KEY, 'test\\KeyToDelete', ''],
      [C.CLUSREG_DELETE_KEY, 'never\\existed', ''],
    ],
  );
  assert.ok(reg.exists('Base\\test'));
  assert.equal(reg.exists('Base\\test\\KeyToDelete'), false);
  assert.equal(reg.values('Base\\test').length, 0);
});

test('batch atomicity: a command failing validation mid-batch leaves nothing applied and names the command', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  const events: unknown[] = [];
  reg.onChange((e) => events.push(e));
  assert.throws(
    () =>
      executeBatch(reg, '', [
        cmd(C.CLUSREG_CREATE_KEY, 'A'),
        cmd(C.CLUSREG_SET_VALUE, 'v', RegType.REG_DWORD, new Uint8Array(4)),
        cmd(C.CLUSREG_DELETE_KEY, 'A'),
        cmd(C.CLUSREG_SET_VALUE, 'w', RegType.REG_DWORD, new Uint8Array(4)), // no key pointer: 3.1.4.2.112
      ]),
    (e: unknown) =>
      e instanceof BatchFailure && e.failedCommand === 4 && e.status === Win32.ERROR_INVALID_PARAMETER,
  );
  assert.equal(reg.exists('A'), false);
  assert.deepEqual(events, []);
  assert.throws(
    () =>
      executeBatch(reg, '', [
        cmd(C.CLUSREG_CREATE_KEY, 'B'),
        cmd(C.CLUSREG_SET_VALUE, 'n', RegType.REG_NONE),
      ]),
    (e: unknown) => e instanceof BatchFailure && e.failedCommand === 2,
  );
  assert.throws(
    () => executeBatch(reg, '', [cmd(C.CLUSREG_CREATE_KEY, 'B'), cmd(C.CLUSREG_CONDITION_EXISTS, 'missing')]),
    (e: unknown) =>
      e instanceof BatchFailure && e.failedCommand === 2 && e.status === ClusterStatus.ERROR_INVALID_STATE,
  );
  assert.equal(reg.exists('B'), false);
});

/** A memory store whose Nth put throws, as a full disk or a crash in the middle of a commit would. */
class FailingStore extends MemoryStore {
  failAt = Infinity;
  puts = 0;
  override put(collection: string, key: string, value: JsonValue): void {
    if (++this.puts === this.failAt) throw new Error('injected store failure');
    super.put(collection, key, value);
  }
}

test('batch atomicity under an injected store failure: every earlier write is rolled back', () => {
  const store = new FailingStore();
  const reg = ClusterRegistry.open(store);
  reg.createKey('', 'Keep');
  reg.setValue('Keep', 'v', RegType.REG_DWORD, new Uint8Array([1, 0, 0, 0]));
  const before = JSON.stringify(store.list('cluster.registry'));
  for (let n = 1; n <= 6; n++) {
    store.puts = 0;
    store.failAt = n;
    assert.throws(
      () =>
        executeBatch(reg, '', [
          cmd(C.CLUSREG_CREATE_KEY, 'Keep'),
          cmd(C.CLUSREG_SET_VALUE, 'v', RegType.REG_DWORD, new Uint8Array([2, 0, 0, 0])),
          cmd(C.CLUSREG_CREATE_KEY, 'New\\Deeper'),
          cmd(C.CLUSREG_SET_VALUE, 'w', RegType.REG_SZ, sz('x')),
        ]),
      /injected store failure/,
    );
    assert.equal(JSON.stringify(store.list('cluster.registry')), before, `failure at put ${n}`);
  }
  store.failAt = Infinity;
  executeBatch(reg, '', [
    cmd(C.CLUSREG_CREATE_KEY, 'New'),
    cmd(C.CLUSREG_SET_VALUE, 'w', RegType.REG_SZ, sz('x')),
  ]);
  assert.ok(reg.exists('New'));
});

test('executeReadBatch: one result per command, CLUSREG_READ_ERROR with the ApiQueryValue status', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  reg.createKey('', 'R\\S');
  reg.setValue('R\\S', 'v', RegType.REG_SZ, sz('yes'));
  const out = executeReadBatch(reg, 'R', [
    cmd(C.CLUSREG_READ_KEY, 'S'),
    cmd(C.CLUSREG_READ_VALUE, 'v'),
    cmd(C.CLUSREG_READ_VALUE, 'missing'),
    cmd(C.CLUSREG_READ_KEY, 'Nope'),
    cmd(C.CLUSREG_READ_VALUE, 'v'),
  ]);
  assert.deepEqual(
    out.map((o) => [o.command, o.valueType]),
    [
      [C.CLUSREG_READ_KEY, 0],
      [C.CLUSREG_READ_VALUE, RegType.REG_SZ],
      [C.CLUSREG_READ_ERROR, Win32.ERROR_FILE_NOT_FOUND],
      [C.CLUSREG_READ_KEY, 0],
      [C.CLUSREG_READ_ERROR, Win32.ERROR_FILE_NOT_FOUND],
    ],
  );
  assert.equal(Buffer.from(out[1]!.data).toString('utf16le'), 'yes\0');
  assert.throws(() => executeReadBatch(reg, 'R', [cmd(C.CLUSREG_SET_VALUE, 'v', 1, sz('no'))]), BatchFailure);
});

function rootOf(f: ReturnType<typeof fixture>): HKEY_RPC {
  return f.h.ApiGetRootKey(f.ctx(), { samDesired: KeyAccess.KEY_ALL_ACCESS }).ret;
}

test('ApiExecuteBatch over the handlers: pdwFailedCommand, and batch ports receive committed batches only', async () => {
  const f = fixture();
  const root = rootOf(f);
  const port = f.h.ApiCreateBatchPort(f.ctx(), { hKey: root });
  assertStatusIs(port.ret, Win32.ERROR_SUCCESS);
  const pending = f.h.ApiGetBatchNotification(f.ctx(), { hBatchNotify: port.phBatchPort });

  const bad = encodeBatch([
    cmd(C.CLUSREG_CREATE_KEY, 'Z'),
    cmd(C.CLUSREG_DELETE_KEY, 'Z'),
    cmd(C.CLUSREG_DELETE_VALUE, 'q'),
  ]);
  const r1 = f.h.ApiExecuteBatch(f.ctx(), { hKey: root, cbData: bad.length, lpData: bad });
  assertStatusIs(r1.ret, Win32.ERROR_INVALID_PARAMETER);
  assert.equal(r1.pdwFailedCommand, 3);

  const good = encodeBatch([
    cmd(C.CLUSREG_CREATE_KEY, 'Z'),
    cmd(C.CLUSREG_SET_VALUE, 'q', RegType.REG_SZ, sz('1')),
  ]);
  const r2 = f.h.ApiExecuteBatch(f.ctx(), { hKey: root, cbData: good.length, lpData: good });
  assertStatusIs(r2.ret, Win32.ERROR_SUCCESS);
  const got = await pending;
  assertStatusIs(got.ret, Win32.ERROR_SUCCESS);
  assert.equal(got.cbData, got.lpData!.length);
  assert.deepEqual(decodeBatch(got.lpData!), decodeBatch(good));

  // A reader may not execute batches; the read batch works at "Read".
  const rroot = f.h.ApiGetRootKey(f.ctx('reader'), { samDesired: KeyAccess.KEY_READ }).ret;
  assertStatusIs(
    f.h.ApiExecuteBatch(f.ctx('reader'), { hKey: rroot, cbData: good.length, lpData: good }).ret,
    Win32.ERROR_ACCESS_DENIED,
  );
  const rb = encodeBatch([cmd(C.CLUSREG_READ_KEY, 'Z'), cmd(C.CLUSREG_READ_VALUE, 'q')]);
  const rr = f.h.ApiExecuteReadBatchEx(f.ctx('reader'), {
    hKey: rroot,
    cbInData: rb.length,
    lpInData: rb,
    flags: 2,
  });
  assertStatusIs(rr.ret, Win32.ERROR_SUCCESS);
  assert.equal(decodeBatch(rr.lpOutData!)[1]!.command, C.CLUSREG_READ_VALUE);
  const rr2 = f.h.ApiExecuteReadBatch(f.ctx(), { hKey: root, cbInData: 3, lpInData: new Uint8Array(3) });
  assertStatusIs(rr2.ret, Win32.ERROR_INVALID_PARAMETER);

  // Closing the port completes a waiting get with ERROR_NO_MORE_ITEMS.
  const waiting = f.h.ApiGetBatchNotification(f.ctx(), { hBatchNotify: port.phBatchPort });
  const closed = f.h.ApiCloseBatchPort(f.ctx(), { phBatchPort: port.phBatchPort });
  assertStatusIs(closed.ret, Win32.ERROR_SUCCESS);
  assert.ok(isNull(closed.phBatchPort));
  assertStatusIs((await waiting).ret, Win32.ERROR_NO_MORE_ITEMS);
  const after = await f.h.ApiGetBatchNotification(f.ctx(), { hBatchNotify: port.phBatchPort });
  assertStatusIs(after.ret, Win32.ERROR_INVALID_HANDLE);
  assertStatusIs(
    f.h.ApiCloseBatchPort(f.ctx(), { phBatchPort: new Uint8Array(20) as HBATCH_PORT_RPC }).ret,
    Win32.ERROR_INVALID_HANDLE,
  );
});

test('a waiting ApiGetBatchNotification ends when its call is cancelled or the association runs down', async () => {
  const f = fixture();
  const root = rootOf(f);
  const port = f.h.ApiCreateBatchPort(f.ctx(), { hKey: root }).phBatchPort;
  const ac = new AbortController();
  const ctx = { ...f.ctx(), signal: ac.signal };
  const waiting = f.h.ApiGetBatchNotification(ctx, { hBatchNotify: port });
  ac.abort();
  assertStatusIs((await waiting).ret, Win32.ERROR_NO_MORE_ITEMS);
  const again = f.h.ApiGetBatchNotification(f.ctx(), { hBatchNotify: port });
  f.handles.runDown();
  assertStatusIs((await again).ret, Win32.ERROR_NO_MORE_ITEMS);
});
