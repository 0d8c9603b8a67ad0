import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { Win32 } from '../../src/errors/status.js';
import { ClusterModel } from '../../src/cluster/model/cluster-model.js';
import { ClusterError } from '../../src/cluster/model/errors.js';
import { registryFor } from '../../src/cluster/registry/index.js';
import type { RegistryChange } from '../../src/cluster/registry/events.js';
import { ClusterRegistry, RegType } from '../../src/cluster/registry/registry.js';
import {
  SecurityInformation,
  defaultKeySecurityDescriptor,
  encodeSecurityDescriptor,
  parseSecurityDescriptor,
} from '../../src/cluster/registry/security.js';
import { createDemoCluster } from '../../src/cluster/model/demo.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { openStateStore } from '../../src/store/open.js';
import { assertStatus, demo } from './helpers.js';

const sz = (s: string): Uint8Array => new Uint8Array(Buffer.from(s + '\0', 'utf16le'));
const dword = (n: number): Uint8Array => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return new Uint8Array(b);
};

test('keys: create (with intermediate keys), open case-insensitively, enumerate sorted', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  const r = reg.createKey('', 'App\\Sub');
  assert.deepEqual(r, { path: 'App\\Sub', created: true });
  assert.equal(reg.createKey('', 'app\\SUB').created, false);
  assert.equal(reg.openKey('', 'APP'), 'App');
  reg.createKey('App', 'alpha');
  assert.deepEqual(reg.subKeys('App'), ['alpha', 'Sub']);
  assert.equal(reg.subKeyAt('App', 1).name, 'Sub');
  assertStatus(() => reg.subKeyAt('App', 2), Win32.ERROR_NO_MORE_ITEMS);
  assertStatus(() => reg.openKey('', 'nope'), Win32.ERROR_FILE_NOT_FOUND);
  assertStatus(() => reg.openKey('', '\\App'), Win32.ERROR_INVALID_PARAMETER);
  assertStatus(() => reg.createKey('', 'a\\\\b'), Win32.ERROR_INVALID_PARAMETER);
  assertStatus(() => reg.createKey('', 'x'.repeat(256)), Win32.ERROR_INVALID_PARAMETER);
});

test('keys: delete refuses a key with subkeys (ERROR_ACCESS_DENIED); a deleted key reads ERROR_KEY_DELETED', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  reg.createKey('', 'A\\B');
  assertStatus(() => reg.deleteKey('', 'A'), Win32.ERROR_ACCESS_DENIED);
  reg.deleteKey('A', 'B');
  assertStatus(() => reg.values('A\\B'), Win32.ERROR_KEY_DELETED);
  assertStatus(() => reg.deleteKey('', 'A\\B'), Win32.ERROR_FILE_NOT_FOUND);
  reg.deleteKey('', 'a');
  assert.deepEqual(reg.subKeys(''), []);
});

test('values: typed, case-insensitive names, creation order, size checks', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  reg.createKey('', 'K');
  reg.setValue('K', 'Name', RegType.REG_SZ, sz('hello'));
  reg.setValue('K', 'Count', RegType.REG_DWORD, dword(7));
  reg.setValue('K', '', RegType.REG_BINARY, new Uint8Array([1, 2, 3]));
  reg.setValue('K', 'name', RegType.REG_SZ, sz('bye'));
  assert.deepEqual(
    reg.values('K').map((v) => v.name),
    ['Name', 'Count', ''],
  );
  assert.equal(Buffer.from(reg.queryValue('K', 'NAME').data).toString('utf16le'), 'bye\0');
  assert.equal(reg.valueAt('K', 2).type, RegType.REG_BINARY);
  assertStatus(() => reg.valueAt('K', 3), Win32.ERROR_NO_MORE_ITEMS);
  assertStatus(
    () => reg.setValue('K', 'x', RegType.REG_DWORD, new Uint8Array(3)),
    Win32.ERROR_INVALID_PARAMETER,
  );
  assertStatus(
    () => reg.setValue('K', 'x', RegType.REG_QWORD, new Uint8Array(4)),
    Win32.ERROR_INVALID_PARAMETER,
  );
  assertStatus(() => reg.setValue('K', 'x', 99, new Uint8Array(0)), Win32.ERROR_INVALID_PARAMETER);
  assertStatus(
    () => reg.setValue('K', 'x', RegType.REG_BINARY, new Uint8Array(64 * 1024 + 1)),
    Win32.ERROR_NOT_ENOUGH_QUOTA,
  );
  reg.deleteValue('K', 'count');
  assertStatus(() => reg.deleteValue('K', 'count'), Win32.ERROR_FILE_NOT_FOUND);
  assertStatus(() => reg.queryValue('K', 'count'), Win32.ERROR_FILE_NOT_FOUND);
  const info = reg.info('K');
  assert.equal(info.values, 2);
  assert.equal(info.maxValueNameLen, 4);
  assert.equal(info.maxValueLen, 8);
});

test('events arrive after commit, and none for a rolled-back transaction', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  const seen: RegistryChange[] = [];
  reg.onChange((c) => seen.push(c));
  reg.createKey('', 'K');
  reg.setValue('K', 'v', RegType.REG_DWORD, dword(1));
  assert.throws(() =>
    reg.mutate(() => {
      reg.setValue('K', 'w', RegType.REG_DWORD, dword(2));
      throw new Error('abort');
    }),
  );
  assert.deepEqual(seen, [
    { key: 'K', kind: 'keyCreated' },
    { key: 'K', kind: 'valueSet', value: 'v' },
  ]);
  assert.equal(reg.values('K').length, 1);
});

test('security descriptors: default, round trip, merge of parts, invalid input', () => {
  const reg = ClusterRegistry.open(new MemoryStore());
  reg.createKey('', 'K');
  const sd = reg.securityDescriptor('K');
  assert.deepEqual(sd, parseSecurityDescriptor(encodeSecurityDescriptor(defaultKeySecurityDescriptor())));
  const owner = encodeSecurityDescriptor({ control: 0, owner: 'S-1-5-21-1-2-3-500' });
  reg.setSecurity('K', SecurityInformation.OWNER, owner);
  const after = reg.securityDescriptor('K');
  assert.equal(after.owner, 'S-1-5-21-1-2-3-500');
  assert.deepEqual(after.dacl, sd.dacl);
  assertStatus(
    () => reg.setSecurity('K', SecurityInformation.OWNER, new Uint8Array(10)),
    Win32.ERROR_INVALID_SECURITY_DESCR,
  );
  const notSelfRelative = new Uint8Array(20);
  notSelfRelative[0] = 1;
  assertStatus(
    () => reg.setSecurity('K', SecurityInformation.DACL, notSelfRelative),
    Win32.ERROR_INVALID_SECURITY_DESCR,
  );
});

test('the registry mirrors the model: root values and one key per object, following changes', () => {
  const { model } = demo();
  const reg = registryFor(model);
  const name = Buffer.from(reg.queryValue('', 'ClusterName').data).toString('utf16le');
  assert.equal(name, model.cluster().name + '\0');
  reg.queryValue('', 'ClusterInstanceID');
  for (const k of ['Nodes', 'Groups', 'Resources', 'Networks', 'NetworkInterfaces', 'ResourceTypes']) {
    assert.ok(reg.exists(k), k);
  }
  assert.equal(reg.subKeys('Nodes').length, model.nodes().length);
  assert.equal(reg.subKeys('Resources').length, model.resources().length);
  assert.equal(reg.subKeys('ResourceTypes').length, model.resourceTypes().length);
  const g = model.createGroup('Mirror Group');
  assert.ok(reg.exists(`Groups\\${g.id}`));
  model.renameGroup(g.id, 'Renamed');
  assert.equal(Buffer.from(reg.queryValue(`Groups\\${g.id}`, 'Name').data).toString('utf16le'), 'Renamed\0');
  model.deleteGroup(g.id);
  assert.equal(reg.exists(`Groups\\${g.id}`), false);
  assert.equal(registryFor(model), reg);
});

test('registry edits survive a restart on SQLite, and reopening reconciles with the model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'winrpc-reg-'));
  try {
    {
      const store = openStateStore(dir);
      const model = createDemoCluster(store);
      const reg = registryFor(model);
      reg.createKey('', 'Custom\\Deep');
      reg.setValue('Custom\\Deep', 'Answer', RegType.REG_DWORD, dword(42));
      reg.setSecurity(
        'Custom',
        SecurityInformation.OWNER,
        encodeSecurityDescriptor({ control: 0, owner: 'S-1-5-18' }),
      );
      store.close();
    }
    {
      const store = openStateStore(dir);
      const model = ClusterModel.open(store);
      const reg = registryFor(model);
      assert.equal(Buffer.from(reg.queryValue('custom\\deep', 'answer').data).readUInt32LE(0), 42);
      assert.equal(reg.securityDescriptor('Custom').owner, 'S-1-5-18');
      assert.equal(reg.subKeys('Groups').length, model.groups().length);
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parseSecurityDescriptor: arbitrary bytes give ERROR_INVALID_SECURITY_DESCR or a descriptor that re-encodes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 120 }), fc.boolean(), (bytes, selfRelative) => {
      const b = new Uint8Array(bytes);
      if (selfRelative && b.length >= 20) {
        b[0] = 1;
        b[3] = (b[3]! | 0x80) & 0xff;
      }
      try {
        const sd = parseSecurityDescriptor(b);
        parseSecurityDescriptor(encodeSecurityDescriptor(sd));
      } catch (err) {
        assert.ok(err instanceof ClusterError, String(err));
        assert.equal(err.status, Win32.ERROR_INVALID_SECURITY_DESCR);
      }
    }),
    { numRuns: 2000 },
  );
});
