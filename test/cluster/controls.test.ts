import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ClusterStatus, Win32, statusName } from '../../src/errors/status.js';
import type { ObjectKind } from '../../src/cluster/model/types.js';
import {
  ClusPropSyntax,
  decodeMultiSz,
  decodeProperties,
  decodePropertyList,
  decodeSz,
  decodeValueList,
  encodeProperties,
} from '../../src/cluster/controls/clusprop.js';
import type { NamedValue } from '../../src/cluster/controls/clusprop.js';
import {
  ClusterControl,
  Clctl,
  ClusObject,
  GroupControl,
  NetInterfaceControl,
  NetworkControl,
  NodeControl,
  ResourceControl,
  ResourceTypeControl,
  codesOf,
  controlCode,
  decomposeControlCode,
  needsWriteAccess,
} from '../../src/cluster/controls/codes.js';
import { executeControl, isSupportedControl } from '../../src/cluster/controls/dispatch.js';
import type { ControlResult } from '../../src/cluster/controls/dispatch.js';
import { demo } from './helpers.js';

const READ = { canWrite: false };
const ALL = { canWrite: true };
const BIG = 64 * 1024;

function setup() {
  const { model } = demo();
  const run = (
    kind: ObjectKind,
    id: string,
    code: number,
    input: Uint8Array = new Uint8Array(0),
    caller = READ,
    size = BIG,
  ): ControlResult => executeControl(model, { kind, id }, code, input, size, caller);
  return { model, run };
}

function assertStatus(r: ControlResult, status: number): void {
  assert.equal(statusName(r.status), statusName(status));
}

function ok(r: ControlResult): Uint8Array {
  assertStatus(r, Win32.ERROR_SUCCESS);
  assert.equal(r.bytesReturned, r.out.length);
  assert.equal(r.required, r.out.length);
  return r.out;
}

const dw = (b: Uint8Array, at = 0): number =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const props = (b: Uint8Array): Map<string, NamedValue['value']> =>
  new Map(decodeProperties(b).map((p) => [p.name, p.value]));
const list = (...p: NamedValue[]): Uint8Array => encodeProperties(p);

describe('control codes', () => {
  it('decomposes codes as clusapi.h lays them out', () => {
    const set = decomposeControlCode(ResourceControl.SET_COMMON_PROPERTIES);
    assert.deepEqual(set, {
      object: ClusObject.RESOURCE,
      global: false,
      modify: true,
      user: false,
      internal: false,
      fn: 0x17,
      access: 2,
    });
    assert.equal(decomposeControlCode(ResourceControl.NETNAME_CREDS_UPDATED).global, true);
    assert.equal(decomposeControlCode(ResourceControl.VM_START_MIGRATION).user, true);
    assert.equal(needsWriteAccess(GroupControl.SET_PRIVATE_PROPERTIES), true);
    assert.equal(needsWriteAccess(GroupControl.GET_PRIVATE_PROPERTIES), false);
    assert.equal(controlCode(ClusObject.CLUSTER, Clctl.GET_FQDN), ClusterControl.GET_FQDN);
  });

  it('per-object tables keep only codes of their own object', () => {
    for (const [kind, object] of [
      ['resource', 1],
      ['resourceType', 2],
      ['group', 3],
      ['node', 4],
      ['network', 5],
      ['netInterface', 6],
      ['cluster', 7],
    ] as const) {
      for (const code of codesOf(kind).keys()) assert.equal(code >>> 24, object);
    }
    assert.equal(codesOf('resourceType').has(ResourceTypeControl.STORAGE_IS_CSV_FILE), false);
    assert.equal(isSupportedControl('node', NodeControl.GET_NAME), true);
    assert.equal(isSupportedControl('network', NetworkControl.GET_ID), true);
    assert.equal(isSupportedControl('netInterface', NetInterfaceControl.GET_NODE), true);
  });
});

describe('executeControl: refusals', () => {
  it('unknown code, code of another object, or unimplemented code → ERROR_INVALID_FUNCTION', () => {
    const { run } = setup();
    assertStatus(run('resource', 'Cluster Name', 0x01000ffd), Win32.ERROR_INVALID_FUNCTION);
    assertStatus(run('node', 'NODE1', ResourceControl.GET_NAME), Win32.ERROR_INVALID_FUNCTION);
    assertStatus(
      run('cluster', '', controlCode(ClusObject.CLUSTER, Clctl.GET_NAME)),
      Win32.ERROR_INVALID_FUNCTION,
    );
    assertStatus(
      run('resource', 'Cluster Disk 1', ResourceControl.VM_START_MIGRATION),
      Win32.ERROR_INVALID_FUNCTION,
    );
    assertStatus(run('resource', 'Cluster Name', 0xffffffff), Win32.ERROR_INVALID_FUNCTION);
  });

  it('a modify code without "All" access → ERROR_ACCESS_DENIED, nothing stored', () => {
    const { run, model } = setup();
    const r = run(
      'group',
      'Cluster Group',
      GroupControl.SET_COMMON_PROPERTIES,
      list({ name: 'Description', value: { type: 'sz', value: 'x' } }),
    );
    assertStatus(r, Win32.ERROR_ACCESS_DENIED);
    assert.equal(r.bytesReturned, 0);
    const d = model.commonProperties('group', 'Cluster Group').find((p) => p.name === 'Description');
    assert.deepEqual(d?.value, { type: 'sz', value: '' });
  });

  it('an object that no longer exists → the model status', () => {
    const { run } = setup();
    assertStatus(
      run('resource', 'no such', ResourceControl.GET_NAME),
      ClusterStatus.ERROR_RESOURCE_NOT_FOUND,
    );
    assertStatus(run('group', 'no such', GroupControl.GET_ID), ClusterStatus.ERROR_GROUP_NOT_FOUND);
  });

  it('short output buffer → ERROR_MORE_DATA with the required size and nothing copied', () => {
    const { run } = setup();
    const r = run('resource', 'Cluster Name', ResourceControl.GET_NAME, undefined, READ, 4);
    assertStatus(r, Win32.ERROR_MORE_DATA);
    assert.equal(r.required, ('Cluster Name'.length + 1) * 2);
    assert.equal(r.bytesReturned, 0);
    assert.equal(r.out.length, 0);
    const exact = run('resource', 'Cluster Name', ResourceControl.GET_NAME, undefined, READ, r.required);
    assert.equal(decodeSz(ok(exact)), 'Cluster Name');

    const props = run('cluster', '', ClusterControl.GET_COMMON_PROPERTIES, undefined, READ, 16);
    assertStatus(props, Win32.ERROR_MORE_DATA);
    assert.ok(props.required > 16);
    assert.ok(props.required % 4 === 0);
  });

  it('zero-sized buffer for a resource fixed-size answer succeeds with nothing returned (v3)', () => {
    const { run } = setup();
    for (const code of [
      ResourceControl.GET_CHARACTERISTICS,
      ResourceControl.GET_FLAGS,
      ResourceControl.GET_CLASS_INFO,
    ]) {
      const r = run('resource', 'Cluster Disk 1', code, undefined, READ, 0);
      assert.deepEqual(r, { status: 0, out: new Uint8Array(0), bytesReturned: 0, required: 0 });
    }
    assertStatus(
      run('resource', 'Cluster Disk 1', ResourceControl.GET_CLASS_INFO, undefined, READ, 4),
      Win32.ERROR_MORE_DATA,
    );
    assertStatus(
      run('group', 'Cluster Group', GroupControl.GET_FLAGS, undefined, READ, 0),
      Win32.ERROR_MORE_DATA,
    );
  });
});

describe('executeControl: object information', () => {
  it('UNKNOWN succeeds with no data', () => {
    const { run } = setup();
    for (const [kind, id, code] of [
      ['cluster', '', ClusterControl.UNKNOWN],
      ['node', 'NODE2', NodeControl.UNKNOWN],
      ['resource', 'Cluster Name', ResourceControl.UNKNOWN],
    ] as const) {
      assert.equal(ok(run(kind, id, code)).length, 0);
    }
  });

  it('names and ids', () => {
    const { run, model } = setup();
    const res = model.resource('Cluster Name');
    assert.equal(decodeSz(ok(run('resource', res.id, ResourceControl.GET_NAME))), 'Cluster Name');
    assert.equal(decodeSz(ok(run('resource', res.id, ResourceControl.GET_ID))), res.id);
    assert.equal(decodeSz(ok(run('resource', res.id, ResourceControl.GET_RESOURCE_TYPE))), 'Network Name');
    const g = model.group('Available Storage');
    assert.equal(decodeSz(ok(run('group', g.id, GroupControl.GET_NAME))), 'Available Storage');
    assert.equal(decodeSz(ok(run('group', g.id, GroupControl.GET_ID))), g.id);
    assert.equal(decodeSz(ok(run('node', 'NODE2', NodeControl.GET_NAME))), 'NODE2');
    assert.equal(decodeSz(ok(run('node', 'NODE2', NodeControl.GET_ID))), '2');
    const net = model.network('Cluster Network 1');
    assert.equal(decodeSz(ok(run('network', net.id, NetworkControl.GET_NAME))), 'Cluster Network 1');
    assert.equal(decodeSz(ok(run('network', net.id, NetworkControl.GET_ID))), net.id);
    const nic = model.netInterfaceOf('NODE3', 'Cluster Network 2');
    assert.equal(decodeSz(ok(run('netInterface', nic.id, NetInterfaceControl.GET_NAME))), nic.name);
    assert.equal(decodeSz(ok(run('netInterface', nic.id, NetInterfaceControl.GET_ID))), nic.id);
    assert.equal(decodeSz(ok(run('netInterface', nic.id, NetInterfaceControl.GET_NODE))), 'NODE3');
    assert.equal(
      decodeSz(ok(run('netInterface', nic.id, NetInterfaceControl.GET_NETWORK))),
      'Cluster Network 2',
    );
  });

  it('GET_FQDN is the cluster name, qualified when a DNS domain is configured', () => {
    const { run, model } = setup();
    assert.equal(decodeSz(ok(run('cluster', '', ClusterControl.GET_FQDN))), 'WINRPC-CLU');
    const r = executeControl(
      model,
      { kind: 'cluster', id: '' },
      ClusterControl.GET_FQDN,
      new Uint8Array(0),
      BIG,
      READ,
      {
        dnsDomain: 'corp.example',
      },
    );
    assert.equal(decodeSz(ok(r)), 'WINRPC-CLU.corp.example');
  });

  it('GET_CLASS_INFO per 3.1.4.3.1.4', () => {
    const { run } = setup();
    const info = (b: Uint8Array): [number, number] => [dw(b), dw(b, 4)];
    assert.deepEqual(
      info(ok(run('resource', 'Cluster Disk 1', ResourceControl.GET_CLASS_INFO))),
      [1, 0x80000000],
    );
    assert.deepEqual(
      info(ok(run('resource', 'Cluster IP Address', ResourceControl.GET_CLASS_INFO))),
      [2, 0x80000000],
    );
    assert.deepEqual(info(ok(run('resource', 'Cluster Name', ResourceControl.GET_CLASS_INFO))), [0, 0]);
    assert.deepEqual(
      info(ok(run('resourceType', 'Physical Disk', ResourceTypeControl.GET_CLASS_INFO))),
      [1, 0x80000000],
    );
    assert.deepEqual(
      info(ok(run('resourceType', 'IPv6 Address', ResourceTypeControl.GET_CLASS_INFO))),
      [2, 0x80000000],
    );
  });

  it('GET_CHARACTERISTICS and GET_FLAGS', () => {
    const { run } = setup();
    assert.equal(dw(ok(run('resource', 'Cluster Disk 1', ResourceControl.GET_CHARACTERISTICS))), 1);
    assert.equal(dw(ok(run('resource', 'Cluster Name', ResourceControl.GET_CHARACTERISTICS))), 0);
    assert.equal(
      dw(ok(run('resourceType', 'File Share Witness', ResourceTypeControl.GET_CHARACTERISTICS))),
      1,
    );
    assert.equal(dw(ok(run('group', 'Cluster Group', GroupControl.GET_CHARACTERISTICS))), 0);
    assert.equal(dw(ok(run('node', 'NODE1', NodeControl.GET_CHARACTERISTICS))), 0);
    assert.equal(dw(ok(run('resource', 'Cluster Name', ResourceControl.GET_FLAGS))), 1);
    assert.equal(dw(ok(run('resource', 'Cluster Disk 2', ResourceControl.GET_FLAGS))), 0);
    assert.equal(dw(ok(run('group', 'Cluster Group', GroupControl.GET_FLAGS))), 1);
    assert.equal(dw(ok(run('group', 'Available Storage', GroupControl.GET_FLAGS))), 0);
    assert.equal(dw(ok(run('network', 'Cluster Network 1', NetworkControl.GET_FLAGS))), 0);
  });

  it('GET_ARB_TIMEOUT for quorum-capable types only', () => {
    const { run } = setup();
    assert.equal(dw(ok(run('resourceType', 'Physical Disk', ResourceTypeControl.GET_ARB_TIMEOUT))), 20);
    assertStatus(
      run('resourceType', 'IP Address', ResourceTypeControl.GET_ARB_TIMEOUT),
      Win32.ERROR_INVALID_FUNCTION,
    );
  });

  it('GET_REQUIRED_DEPENDENCIES is a value list', () => {
    const { run } = setup();
    const out = ok(run('resource', 'Cluster Name', ResourceControl.GET_REQUIRED_DEPENDENCIES));
    assert.deepEqual(decodeValueList(out).end, out.length);
  });

  it('GET_NETWORK_NAME / GET_DNS_NAME only for network-name resources', () => {
    const { run } = setup();
    assert.equal(
      decodeSz(ok(run('resource', 'Cluster Name', ResourceControl.GET_NETWORK_NAME))),
      'WINRPC-CLU',
    );
    assert.equal(decodeSz(ok(run('resource', 'Cluster Name', ResourceControl.GET_DNS_NAME))), 'WINRPC-CLU');
    assertStatus(
      run('resource', 'Cluster Disk 1', ResourceControl.GET_NETWORK_NAME),
      Win32.ERROR_INVALID_FUNCTION,
    );
  });
});

describe('executeControl: properties', () => {
  it('ENUM_COMMON lists the writable common property names as MULTI_SZ', () => {
    const { run } = setup();
    const names = decodeMultiSz(ok(run('group', 'Cluster Group', GroupControl.ENUM_COMMON_PROPERTIES)));
    assert.ok(names.includes('Description'));
    assert.ok(names.includes('FailoverThreshold'));
    assert.ok(!names.includes('Name'));
    assert.ok(!names.includes('GroupType'));
  });

  it('GET_COMMON carries writable, GET_RO_COMMON read-only values', () => {
    const { run } = setup();
    const rw = props(ok(run('resource', 'Cluster Disk 1', ResourceControl.GET_COMMON_PROPERTIES)));
    assert.deepEqual(rw.get('RestartAction'), { type: 'dword', value: 2 });
    assert.equal(rw.has('Name'), false);
    const ro = props(ok(run('resource', 'Cluster Disk 1', ResourceControl.GET_RO_COMMON_PROPERTIES)));
    assert.deepEqual(ro.get('Name'), { type: 'sz', value: 'Cluster Disk 1' });
    assert.deepEqual(ro.get('Type'), { type: 'sz', value: 'Physical Disk' });
    assert.equal(ro.has('RestartAction'), false);
    const cl = props(ok(run('cluster', '', ClusterControl.GET_RO_COMMON_PROPERTIES)));
    assert.deepEqual(cl.get('Name'), { type: 'sz', value: 'WINRPC-CLU' });
  });

  it('SET_COMMON stores; VALIDATE_COMMON only checks', () => {
    const { run } = setup();
    const desc = list({ name: 'description', value: { type: 'sz', value: 'core' } });
    assert.equal(ok(run('group', 'Cluster Group', GroupControl.VALIDATE_COMMON_PROPERTIES, desc)).length, 0);
    let rw = props(ok(run('group', 'Cluster Group', GroupControl.GET_COMMON_PROPERTIES)));
    assert.deepEqual(rw.get('Description'), { type: 'sz', value: '' });
    assert.equal(ok(run('group', 'Cluster Group', GroupControl.SET_COMMON_PROPERTIES, desc, ALL)).length, 0);
    rw = props(ok(run('group', 'Cluster Group', GroupControl.GET_COMMON_PROPERTIES)));
    assert.deepEqual(rw.get('Description'), { type: 'sz', value: 'core' });
  });

  it('SET/VALIDATE_COMMON refuse read-only, unknown, mistyped, out-of-range and malformed input', () => {
    const { run } = setup();
    const cases: [Uint8Array, number][] = [
      [list({ name: 'Name', value: { type: 'sz', value: 'x' } }), Win32.ERROR_INVALID_PARAMETER],
      [list({ name: 'NoSuchProperty', value: { type: 'dword', value: 1 } }), Win32.ERROR_INVALID_PARAMETER],
      [list({ name: 'Priority', value: { type: 'sz', value: '1' } }), Win32.ERROR_INVALID_PARAMETER],
      [list({ name: 'Priority', value: { type: 'dword', value: 9999 } }), Win32.ERROR_INVALID_PARAMETER],
      [list(), Win32.ERROR_INVALID_PARAMETER],
      [new Uint8Array([1, 0, 0, 0, 3, 0]), Win32.ERROR_INVALID_DATA],
      [new Uint8Array(0), Win32.ERROR_INVALID_DATA],
    ];
    for (const [input, status] of cases) {
      assertStatus(run('group', 'Cluster Group', GroupControl.SET_COMMON_PROPERTIES, input, ALL), status);
      assertStatus(run('group', 'Cluster Group', GroupControl.VALIDATE_COMMON_PROPERTIES, input), status);
    }
  });

  it('GET_COMMON_PROPERTY_FMTS: name + LIST_VALUE_WORD holding the format', () => {
    const { run } = setup();
    const out = ok(run('resource', 'Cluster Disk 1', ResourceControl.GET_COMMON_PROPERTY_FMTS));
    const fmts = new Map(decodePropertyList(out).map((p) => [p.name, p.values]));
    const restart = fmts.get('RestartAction')!;
    assert.equal(restart.length, 1);
    assert.equal(restart[0]!.syntax, ClusPropSyntax.LIST_VALUE_WORD);
    assert.deepEqual([...restart[0]!.data], [2, 0]);
    assert.deepEqual([...fmts.get('Description')![0]!.data], [3, 0]);
    assert.equal(fmts.has('Name'), false);
    const resFmts = decodePropertyList(
      ok(run('resourceType', 'Physical Disk', ResourceTypeControl.GET_COMMON_RESOURCE_PROPERTY_FMTS)),
    );
    assert.ok(resFmts.some((p) => p.name === 'RestartAction'));
  });

  it('private properties: get, set (stored while online), read-only refused', () => {
    const { run } = setup();
    const priv = props(ok(run('resource', 'Cluster Name', ResourceControl.GET_PRIVATE_PROPERTIES)));
    assert.deepEqual(priv.get('DnsName'), { type: 'sz', value: 'WINRPC-CLU' });
    assert.equal(priv.has('StatusDNS'), false);
    const ro = props(ok(run('resource', 'Cluster Name', ResourceControl.GET_RO_PRIVATE_PROPERTIES)));
    assert.ok(ro.has('StatusDNS'));
    const names = decodeMultiSz(ok(run('resource', 'Cluster Name', ResourceControl.ENUM_PRIVATE_PROPERTIES)));
    assert.ok(names.includes('HostRecordTTL') && !names.includes('StatusDNS'));

    const ttl = list({ name: 'HostRecordTTL', value: { type: 'dword', value: 300 } });
    const r = run('resource', 'Cluster Name', ResourceControl.SET_PRIVATE_PROPERTIES, ttl, ALL);
    assertStatus(r, ClusterStatus.ERROR_RESOURCE_PROPERTIES_STORED);
    assert.equal(r.bytesReturned, 0);
    const after = props(ok(run('resource', 'Cluster Name', ResourceControl.GET_PRIVATE_PROPERTIES)));
    assert.deepEqual(after.get('HostRecordTTL'), { type: 'dword', value: 300 });

    const status = list({ name: 'StatusDNS', value: { type: 'dword', value: 1 } });
    assertStatus(
      run('resource', 'Cluster Name', ResourceControl.SET_PRIVATE_PROPERTIES, status, ALL),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      run('resource', 'Cluster Name', ResourceControl.VALIDATE_PRIVATE_PROPERTIES, status),
      Win32.ERROR_INVALID_PARAMETER,
    );
    const common = list({ name: 'RestartAction', value: { type: 'dword', value: 1 } });
    assertStatus(
      run('resource', 'Cluster Name', ResourceControl.SET_PRIVATE_PROPERTIES, common, ALL),
      Win32.ERROR_INVALID_PARAMETER,
    );
    const mistyped = list({ name: 'HostRecordTTL', value: { type: 'sz', value: '1' } });
    assertStatus(
      run('resource', 'Cluster Name', ResourceControl.VALIDATE_PRIVATE_PROPERTIES, mistyped),
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('unknown private properties are stored on any object; offline objects answer ERROR_SUCCESS', () => {
    const { run } = setup();
    const custom = list({ name: 'Custom', value: { type: 'multi_sz', value: ['a', 'b'] } });
    assert.equal(ok(run('node', 'NODE1', NodeControl.SET_PRIVATE_PROPERTIES, custom, ALL)).length, 0);
    const got = props(ok(run('node', 'NODE1', NodeControl.GET_PRIVATE_PROPERTIES)));
    assert.deepEqual(got.get('Custom'), { type: 'multi_sz', value: ['a', 'b'] });
  });

  it('GET_RO_PRIVATE for objects without private schema is an empty list (4 zero bytes)', () => {
    const { run } = setup();
    assert.deepEqual([...ok(run('node', 'NODE1', NodeControl.GET_RO_PRIVATE_PROPERTIES))], [0, 0, 0, 0]);
    assert.deepEqual([...ok(run('cluster', '', ClusterControl.GET_RO_PRIVATE_PROPERTIES))], [0, 0, 0, 0]);
    assert.deepEqual(
      [...ok(run('netInterface', 'NODE1 - Ethernet', NetInterfaceControl.GET_RO_PRIVATE_PROPERTIES))],
      [0, 0, 0, 0],
    );
  });

  it('resource type: private resource property formats leave out read-only ones', () => {
    const { run } = setup();
    const out = ok(
      run('resourceType', 'Network Name', ResourceTypeControl.GET_PRIVATE_RESOURCE_PROPERTY_FMTS),
    );
    const names = decodePropertyList(out).map((p) => p.name);
    assert.ok(names.includes('DnsName'));
    assert.ok(!names.includes('StatusDNS'));
  });
});

describe('executeControl: fuzz', () => {
  const kinds: [ObjectKind, string][] = [
    ['cluster', ''],
    ['node', 'NODE1'],
    ['group', 'Cluster Group'],
    ['resource', 'Cluster Name'],
    ['resourceType', 'Network Name'],
    ['network', 'Cluster Network 1'],
    ['netInterface', 'NODE1 - Ethernet'],
  ];
  const anyCode = fc.oneof(
    fc.integer({ min: 0, max: 0xffffffff }),
    fc.constantFrom(...kinds.flatMap(([k]) => [...codesOf(k).keys()])),
  );

  it('any code, input and buffer size gives a status, never an exception', () => {
    const { run } = setup();
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        anyCode,
        fc.uint8Array({ maxLength: 96 }),
        fc.integer({ min: 0, max: 512 }),
        fc.boolean(),
        ([kind, id], code, input, size, canWrite) => {
          const r = run(kind, id, code, input, { canWrite }, size);
          assert.equal(typeof r.status, 'number');
          assert.equal(r.out.length, r.bytesReturned);
          assert.ok(r.bytesReturned <= size);
          if (r.status === Win32.ERROR_MORE_DATA) assert.ok(r.required > size);
        },
      ),
      { numRuns: 400 },
    );
  });
});
