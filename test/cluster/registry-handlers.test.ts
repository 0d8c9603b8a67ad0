import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Win32 } from '../../src/errors/status.js';
import type { HKEY_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { Disposition, RegType } from '../../src/cluster/registry/registry.js';
import {
  KeyAccess,
  SecurityInformation,
  encodeSecurityDescriptor,
  parseSecurityDescriptor,
} from '../../src/cluster/registry/security.js';
import { assertStatusIs, fixture, isNull } from './server-fixture.js';

const KEY_ALL = KeyAccess.KEY_ALL_ACCESS;
const KEY_READ = KeyAccess.KEY_READ;
const sz = (s: string): Uint8Array => new Uint8Array(Buffer.from(s + '\0', 'utf16le'));

function setup() {
  const f = fixture();
  const root = f.h.ApiGetRootKey(f.ctx(), { samDesired: KEY_ALL });
  assertStatusIs(root.Status, Win32.ERROR_SUCCESS);
  return { ...f, root: root.ret };
}

function create(f: ReturnType<typeof setup>, parent: HKEY_RPC, name: string) {
  return f.h.ApiCreateKey(f.ctx(), {
    hKey: parent,
    lpSubKey: name,
    dwOptions: 0,
    samDesired: KEY_ALL,
    lpSecurityAttributes: null,
  });
}

test('ApiGetRootKey / ApiCreateKey / ApiOpenKey: dispositions, access, invalid handles', () => {
  const f = setup();
  const c1 = create(f, f.root, 'Test\\One');
  assertStatusIs(c1.Status, Win32.ERROR_SUCCESS);
  assert.equal(c1.lpdwDisposition, Disposition.REG_CREATED_NEW_KEY);
  const c2 = create(f, f.root, 'test\\one');
  assert.equal(c2.lpdwDisposition, Disposition.REG_OPENED_EXISTING_KEY);
  const same = create(f, c1.ret, '');
  assert.equal(same.lpdwDisposition, Disposition.REG_OPENED_EXISTING_KEY);

  const o = f.h.ApiOpenKey(f.ctx(), { hKey: f.root, lpSubKey: 'Test', samDesired: KEY_READ });
  assertStatusIs(o.Status, Win32.ERROR_SUCCESS);
  const missing = f.h.ApiOpenKey(f.ctx(), { hKey: f.root, lpSubKey: 'Nope', samDesired: KEY_READ });
  assertStatusIs(missing.Status, Win32.ERROR_FILE_NOT_FOUND);
  assert.ok(isNull(missing.ret));
  const bad = f.h.ApiOpenKey(f.ctx(), {
    hKey: new Uint8Array(20) as HKEY_RPC,
    lpSubKey: '',
    samDesired: KEY_READ,
  });
  assertStatusIs(bad.Status, Win32.ERROR_INVALID_HANDLE);

  // A reader gets the root for reading, not for writing, and cannot create keys.
  assertStatusIs(
    f.h.ApiGetRootKey(f.ctx('reader'), { samDesired: KEY_ALL }).Status,
    Win32.ERROR_ACCESS_DENIED,
  );
  const rroot = f.h.ApiGetRootKey(f.ctx('reader'), { samDesired: KEY_READ });
  assertStatusIs(rroot.Status, Win32.ERROR_SUCCESS);
  const rc = f.h.ApiCreateKey(f.ctx('reader'), {
    hKey: rroot.ret,
    lpSubKey: 'X',
    dwOptions: 0,
    samDesired: KEY_READ,
    lpSecurityAttributes: null,
  });
  assertStatusIs(rc.Status, Win32.ERROR_ACCESS_DENIED);
  assertStatusIs(
    f.h.ApiGetRootKey(f.ctx('nobody'), { samDesired: KEY_READ }).Status,
    Win32.ERROR_ACCESS_DENIED,
  );

  // Read-only server state refuses ApiCreateKey with ERROR_SHARING_PAUSED.
  f.setState('readOnly');
  assertStatusIs(create(f, f.root, 'Y').Status, Win32.ERROR_SHARING_PAUSED);
});

test('ApiSetValue / ApiQueryValue: ERROR_MORE_DATA with the required size; ApiDeleteValue', () => {
  const f = setup();
  const k = create(f, f.root, 'Vals').ret;
  const data = sz('hello world');
  const set = f.h.ApiSetValue(f.ctx(), {
    hKey: k,
    lpValueName: 'Greeting',
    dwType: RegType.REG_SZ,
    lpData: data,
    cbData: data.length,
  });
  assertStatusIs(set.ret, Win32.ERROR_SUCCESS);
  const small = f.h.ApiQueryValue(f.ctx(), { hKey: k, lpValueName: 'greeting', cbData: 4 });
  assertStatusIs(small.ret, Win32.ERROR_MORE_DATA);
  assert.equal(small.lpcbRequired, data.length);
  assert.equal(small.lpData.length, 4);
  const q = f.h.ApiQueryValue(f.ctx(), { hKey: k, lpValueName: 'Greeting', cbData: 100 });
  assertStatusIs(q.ret, Win32.ERROR_SUCCESS);
  assert.equal(q.lpValueType, RegType.REG_SZ);
  assert.equal(q.lpcbRequired, data.length);
  assert.deepEqual(q.lpData.subarray(0, q.lpcbRequired), data);
  assertStatusIs(
    f.h.ApiQueryValue(f.ctx(), { hKey: k, lpValueName: 'none', cbData: 0 }).ret,
    Win32.ERROR_FILE_NOT_FOUND,
  );
  assertStatusIs(f.h.ApiDeleteValue(f.ctx(), { hKey: k, lpValueName: 'Greeting' }).ret, Win32.ERROR_SUCCESS);
  assertStatusIs(
    f.h.ApiDeleteValue(f.ctx(), { hKey: k, lpValueName: 'Greeting' }).ret,
    Win32.ERROR_FILE_NOT_FOUND,
  );
  const badType = f.h.ApiSetValue(f.ctx(), {
    hKey: k,
    lpValueName: 'd',
    dwType: RegType.REG_DWORD,
    lpData: new Uint8Array(2),
    cbData: 2,
  });
  assertStatusIs(badType.ret, Win32.ERROR_INVALID_PARAMETER);

  // A handle opened for reading cannot set values even by an administrator.
  const ro = f.h.ApiOpenKey(f.ctx(), { hKey: f.root, lpSubKey: 'Vals', samDesired: KEY_READ }).ret;
  const denied = f.h.ApiSetValue(f.ctx(), {
    hKey: ro,
    lpValueName: 'x',
    dwType: RegType.REG_BINARY,
    lpData: new Uint8Array(1),
    cbData: 1,
  });
  assertStatusIs(denied.ret, Win32.ERROR_ACCESS_DENIED);
});

test('ApiEnumKey / ApiEnumValue: ERROR_NO_MORE_ITEMS at the end, ERROR_MORE_DATA with TotalSize', () => {
  const f = setup();
  const k = create(f, f.root, 'Enum').ret;
  create(f, k, 'b');
  create(f, k, 'A');
  const names: string[] = [];
  for (let i = 0; ; i++) {
    const r = f.h.ApiEnumKey(f.ctx(), { hKey: k, dwIndex: i });
    if (r.ret === Win32.ERROR_NO_MORE_ITEMS) break;
    assertStatusIs(r.ret, Win32.ERROR_SUCCESS);
    assert.ok(r.lpftLastWriteTime.dwHighDateTime > 0);
    names.push(r.KeyName!);
  }
  assert.deepEqual(names, ['A', 'b']);
  const v = new Uint8Array([1, 2, 3, 4, 5]);
  f.h.ApiSetValue(f.ctx(), {
    hKey: k,
    lpValueName: 'bin',
    dwType: RegType.REG_BINARY,
    lpData: v,
    cbData: v.length,
  });
  const small = f.h.ApiEnumValue(f.ctx(), { hKey: k, dwIndex: 0, lpcbData: 2 });
  assertStatusIs(small.ret, Win32.ERROR_MORE_DATA);
  assert.equal(small.TotalSize, 5);
  const ok = f.h.ApiEnumValue(f.ctx(), { hKey: k, dwIndex: 0, lpcbData: 16 });
  assertStatusIs(ok.ret, Win32.ERROR_SUCCESS);
  assert.equal(ok.lpValueName, 'bin');
  assert.equal(ok.lpType, RegType.REG_BINARY);
  assert.deepEqual(ok.lpData, v);
  assert.equal(ok.lpcbData, 5);
  assertStatusIs(
    f.h.ApiEnumValue(f.ctx(), { hKey: k, dwIndex: 1, lpcbData: 16 }).ret,
    Win32.ERROR_NO_MORE_ITEMS,
  );
  const info = f.h.ApiQueryInfoKey(f.ctx(), { hKey: k });
  assert.equal(info.lpcSubKeys, 2);
  assert.equal(info.lpcValues, 1);
  assert.equal(info.lpcbMaxValueLen, 5);
  assert.ok(info.lpcbSecurityDescriptor > 20);
});

test('ApiDeleteKey refuses a key with subkeys; a handle to a deleted key answers ERROR_KEY_DELETED', () => {
  const f = setup();
  const parent = create(f, f.root, 'Del').ret;
  const child = create(f, parent, 'Child').ret;
  assertStatusIs(f.h.ApiDeleteKey(f.ctx(), { hKey: f.root, lpSubKey: 'Del' }).ret, Win32.ERROR_ACCESS_DENIED);
  assertStatusIs(f.h.ApiDeleteKey(f.ctx(), { hKey: parent, lpSubKey: 'Child' }).ret, Win32.ERROR_SUCCESS);
  assertStatusIs(f.h.ApiQueryInfoKey(f.ctx(), { hKey: child }).ret, Win32.ERROR_KEY_DELETED);
  assertStatusIs(f.h.ApiDeleteKey(f.ctx(), { hKey: f.root, lpSubKey: 'Del' }).ret, Win32.ERROR_SUCCESS);
  const closed = f.h.ApiCloseKey(f.ctx(), { pKey: child });
  assertStatusIs(closed.ret, Win32.ERROR_SUCCESS);
  assert.ok(isNull(closed.pKey));
  assertStatusIs(f.h.ApiCloseKey(f.ctx(), { pKey: child }).ret, Win32.ERROR_INVALID_HANDLE);
});

test('ApiGetKeySecurity / ApiSetKeySecurity: requested parts, ERROR_INSUFFICIENT_BUFFER, invalid descriptors', () => {
  const f = setup();
  const k = create(f, f.root, 'Sec').ret;
  const all = SecurityInformation.OWNER | SecurityInformation.GROUP | SecurityInformation.DACL;
  const small = f.h.ApiGetKeySecurity(f.ctx(), {
    hKey: k,
    SecurityInformation: all,
    pRpcSecurityDescriptor: {
      lpSecurityDescriptor: null,
      cbInSecurityDescriptor: 0,
      cbOutSecurityDescriptor: 0,
    },
  });
  assertStatusIs(small.ret, Win32.ERROR_INSUFFICIENT_BUFFER);
  const need = small.pRpcSecurityDescriptor.cbInSecurityDescriptor;
  assert.ok(need > 20);
  const got = f.h.ApiGetKeySecurity(f.ctx(), {
    hKey: k,
    SecurityInformation: all,
    pRpcSecurityDescriptor: {
      lpSecurityDescriptor: new Uint8Array(need),
      cbInSecurityDescriptor: need,
      cbOutSecurityDescriptor: 0,
    },
  });
  assertStatusIs(got.ret, Win32.ERROR_SUCCESS);
  const sd = parseSecurityDescriptor(got.pRpcSecurityDescriptor.lpSecurityDescriptor!);
  assert.equal(sd.owner, 'S-1-5-32-544');
  assert.ok(sd.dacl && sd.dacl.aces.length === 3);
  const ownerOnly = f.h.ApiGetKeySecurity(f.ctx(), {
    hKey: k,
    SecurityInformation: SecurityInformation.OWNER,
    pRpcSecurityDescriptor: {
      lpSecurityDescriptor: null,
      cbInSecurityDescriptor: 1024,
      cbOutSecurityDescriptor: 0,
    },
  });
  const o = parseSecurityDescriptor(ownerOnly.pRpcSecurityDescriptor.lpSecurityDescriptor!);
  assert.equal(o.dacl, undefined);
  assert.equal(o.group, undefined);

  const newOwner = encodeSecurityDescriptor({ control: 0, owner: 'S-1-5-18' });
  const set = f.h.ApiSetKeySecurity(f.ctx(), {
    hKey: k,
    SecurityInformation: SecurityInformation.OWNER,
    pRpcSecurityDescriptor: {
      lpSecurityDescriptor: newOwner,
      cbInSecurityDescriptor: newOwner.length,
      cbOutSecurityDescriptor: newOwner.length,
    },
  });
  assertStatusIs(set.ret, Win32.ERROR_SUCCESS);
  const junk = new Uint8Array(24);
  const bad = f.h.ApiSetKeySecurity(f.ctx(), {
    hKey: k,
    SecurityInformation: SecurityInformation.DACL,
    pRpcSecurityDescriptor: {
      lpSecurityDescriptor: junk,
      cbInSecurityDescriptor: 24,
      cbOutSecurityDescriptor: 24,
    },
  });
  assertStatusIs(bad.ret, Win32.ERROR_INVALID_PARAMETER);

  // ApiCreateKey with an explicit descriptor, and with an invalid one (ERROR_INVALID_SECURITY_DESCR).
  const withSd = f.h.ApiCreateKey(f.ctx(), {
    hKey: f.root,
    lpSubKey: 'Owned',
    dwOptions: 0,
    samDesired: KEY_ALL,
    lpSecurityAttributes: {
      nLength: 12,
      bInheritHandle: 0,
      RpcSecurityDescriptor: {
        lpSecurityDescriptor: newOwner,
        cbInSecurityDescriptor: newOwner.length,
        cbOutSecurityDescriptor: newOwner.length,
      },
    },
  });
  assertStatusIs(withSd.Status, Win32.ERROR_SUCCESS);
  const invalid = f.h.ApiCreateKey(f.ctx(), {
    hKey: f.root,
    lpSubKey: 'Broken',
    dwOptions: 0,
    samDesired: KEY_ALL,
    lpSecurityAttributes: {
      nLength: 12,
      bInheritHandle: 0,
      RpcSecurityDescriptor: {
        lpSecurityDescriptor: junk,
        cbInSecurityDescriptor: 24,
        cbOutSecurityDescriptor: 24,
      },
    },
  });
  assertStatusIs(invalid.Status, Win32.ERROR_INVALID_SECURITY_DESCR);
});

test('the root holds the cluster values and object keys', () => {
  const f = setup();
  const q = f.h.ApiQueryValue(f.ctx(), { hKey: f.root, lpValueName: 'ClusterName', cbData: 512 });
  assertStatusIs(q.ret, Win32.ERROR_SUCCESS);
  assert.equal(
    Buffer.from(q.lpData.subarray(0, q.lpcbRequired)).toString('utf16le'),
    f.model.cluster().name + '\0',
  );
  const nodes = f.h.ApiOpenKey(f.ctx(), { hKey: f.root, lpSubKey: 'Nodes', samDesired: KEY_READ });
  assertStatusIs(nodes.Status, Win32.ERROR_SUCCESS);
  const info = f.h.ApiQueryInfoKey(f.ctx(), { hKey: nodes.ret });
  assert.equal(info.lpcSubKeys, f.model.nodes().length);
});
