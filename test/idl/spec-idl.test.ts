import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileIdl } from '../../src/idl/compile.js';
import { exprText } from '../../src/idl/expr.js';
import type { IdlModel, InterfaceModel, MethodModel } from '../../src/idl/model.js';
import { compileText, repoRoot } from './helpers.js';

const root = repoRoot();
const idlDir = join(root, 'idl');
const cache = new Map<string, IdlModel>();

function model(file: string): IdlModel {
  let m = cache.get(file);
  if (!m) {
    m = compileIdl(join(idlDir, file), { includeDirs: [idlDir], patchesDir: join(idlDir, 'patches') });
    cache.set(file, m);
  }
  return m;
}

function iface(file: string, name: string): InterfaceModel {
  const i = model(file).interfaces.find((x) => x.name === name);
  assert.ok(i, `${name} in ${file}`);
  return i;
}

function method(i: InterfaceModel, name: string): MethodModel {
  const m = i.methods.find((x) => x.name === name);
  assert.ok(m, name);
  return m;
}

function counts(i: InterfaceModel): Record<string, number> {
  const out: Record<string, number> = { method: 0, notUsedOnWire: 0, reserved: 0 };
  for (const m of i.methods) out[m.kind]++;
  return out;
}

function assertDenseOpnums(i: InterfaceModel, last: number): void {
  assert.deepEqual(
    i.methods.map((m) => m.opnum),
    Array.from({ length: last + 1 }, (_, k) => k),
  );
}

describe('spec IDL, whole files', () => {
  it('keeps the spec IDL byte-identical to ../shared/spec (patches are applied in memory only)', () => {
    const shared = join(root, '..', 'shared', 'spec');
    for (const f of ['cmrp.idl', 'cmrp-v2.idl', 'rrasm.idl']) {
      let original: string;
      try {
        original = readFileSync(join(shared, f), 'utf8');
      } catch {
        continue; // the shared folder is not part of every checkout
      }
      assert.equal(readFileSync(join(idlDir, f), 'utf8'), original, f);
    }
  });

  it('clusapi v3: opnums 0-264; 167 declared methods = 166 in the opnum table + opnum 185', () => {
    const i = iface('cmrp.idl', 'clusapi');
    assert.equal(i.uuid, 'b97db8b2-4c63-11cf-bff6-08002be23f2f');
    assert.deepEqual(i.version, { major: 3, minor: 0 });
    assertDenseOpnums(i, 264);
    assert.deepEqual(counts(i), { method: 167, notUsedOnWire: 20, reserved: 78 });
    // [MS-CMRP] 3.1.4.2 lists 185 as Opnum185Reserved; the IDL declares the method there.
    assert.equal(i.methods[185].name, 'ApiClusterNativeUpdateControl');
    assert.equal(i.methods[149].kind, 'notUsedOnWire'); // spelled Opnum149otUsedOnWire in the spec
    assert.equal(i.methods[264].name, 'Opnum264NotUsedOnWire');
    // Patches 001 (opnum 185 buffer sizes) and 003 ([string] on five LPCWSTR parameters).
    assert.deepEqual(model('cmrp.idl').patches.map((p) => p.target), ['cmrp.idl', 'cmrp.idl']);
  });

  it('clusapi v2: opnums 0-108, one NotUsedOnWire slot (80)', () => {
    const i = iface('cmrp-v2.idl', 'clusapi');
    assert.deepEqual(i.version, { major: 2, minor: 0 });
    assertDenseOpnums(i, 108);
    assert.deepEqual(counts(i), { method: 108, notUsedOnWire: 1, reserved: 0 });
    assert.equal(i.methods[80].kind, 'notUsedOnWire');
  });

  it('dimsvc: opnums 0-52, all used on the wire, DIM_HANDLE not marshalled', () => {
    const i = iface('rrasm.idl', 'dimsvc');
    assert.equal(i.uuid, '8f09f000-b7ed-11ce-bbd2-00001a181cad');
    assert.deepEqual(i.version, { major: 0, minor: 0 });
    assertDenseOpnums(i, 52);
    assert.deepEqual(counts(i), { method: 53, notUsedOnWire: 0, reserved: 0 });
    for (const m of i.methods) assert.equal(m.params[0].onWire, false, `${m.name} first param`);
  });

  it('rasrpc: opnums 0-16 with 7 methods used on the wire', () => {
    const i = iface('rrasm.idl', 'rasrpc');
    assert.equal(i.uuid, '20610036-fa22-11cf-9823-00a0c911e5df');
    assert.deepEqual(i.version, { major: 1, minor: 0 });
    assertDenseOpnums(i, 16);
    assert.deepEqual(counts(i), { method: 7, notUsedOnWire: 10, reserved: 0 });
    assert.deepEqual(
      i.methods.filter((m) => m.kind === 'method').map((m) => m.opnum),
      [5, 9, 10, 11, 12, 14, 15],
    );
  });

  it('rrasm.idl: the REMRAS DCOM interfaces are parsed and marked, opnums after IUnknown', () => {
    const dcom = model('rrasm.idl').interfaces.filter((i) => i.object);
    assert.deepEqual(
      dcom.map((i) => i.name),
      ['IUnknown', 'IRemoteNetworkConfig', 'IRemoteRouterRestart', 'IRemoteSetDnsConfig', 'IRemoteICFICSConfig', 'IRemoteStringIdConfig', 'IRemoteIPV6Config', 'IRemoteSstpCertCheck'],
    );
    assert.equal(iface('rrasm.idl', 'IRemoteNetworkConfig').methods[0].opnum, 3);
  });

  it('epm v3.0: 7 operations; ept_map towers is a ref pointer to a conformant-varying array of full pointers', () => {
    const i = iface('epm.idl', 'epm');
    assert.equal(i.uuid, 'e1af8308-5d1f-11c9-91a4-08002b14a0fa');
    assert.deepEqual(i.version, { major: 3, minor: 0 });
    assert.deepEqual(
      i.methods.map((m) => m.name),
      ['ept_insert', 'ept_delete', 'ept_lookup', 'ept_map', 'ept_lookup_handle_free', 'ept_inq_object', 'ept_mgmt_delete'],
    );
    const towers = method(i, 'ept_map').params.find((p) => p.name === 'towers')?.type;
    assert.ok(towers?.kind === 'pointer' && towers.ptr === 'ref' && towers.target.kind === 'array');
    assert.equal(towers.target.conformant && towers.target.varying, true);
    assert.ok(towers.target.elem.kind === 'pointer' && towers.target.elem.ptr === 'full');
    const handle = method(i, 'ept_map').params.find((p) => p.name === 'entry_handle')?.type;
    assert.deepEqual(handle, { kind: 'pointer', ptr: 'ref', target: { kind: 'contextHandle', name: 'ept_lookup_handle_t', strict: false } });
  });

  it('mgmt v1.0: 5 operations', () => {
    const i = iface('mgmt.idl', 'mgmt');
    assert.equal(i.uuid, 'afa8bd80-7d8a-11c9-bef4-08002b102989');
    assert.deepEqual(i.version, { major: 1, minor: 0 });
    assert.deepEqual(
      i.methods.map((m) => m.name),
      ['rpc__mgmt_inq_if_ids', 'rpc__mgmt_inq_stats', 'rpc__mgmt_is_server_listening', 'rpc__mgmt_stop_server_listening', 'rpc__mgmt_inq_princ_name'],
    );
  });
});

describe('spec IDL, spot checks', () => {
  it('ApiOpenNetInterfaceEx (v3 opnum 122): parameters, directions and types', () => {
    const m = method(iface('cmrp.idl', 'clusapi'), 'ApiOpenNetInterfaceEx');
    assert.equal(m.opnum, 122);
    assert.deepEqual(m.returns, { kind: 'contextHandle', name: 'HNETINTERFACE_RPC', strict: false });
    assert.deepEqual(
      m.params.map((p) => [p.name, p.direction]),
      [
        ['lpszNetInterfaceName', 'in'],
        ['dwDesiredAccess', 'in'],
        ['lpdwGrantedAccess', 'out'],
        ['Status', 'out'],
        ['rpc_status', 'out'],
      ],
    );
    assert.deepEqual(m.params[0].type, { kind: 'pointer', ptr: 'ref', target: { kind: 'string', char: 'utf16', fixed: undefined, bounds: {} } });
    assert.deepEqual(m.params[1].type, { kind: 'prim', prim: 'u32', alias: 'DWORD' });
    assert.deepEqual(m.params[3].type, { kind: 'pointer', ptr: 'ref', target: { kind: 'prim', prim: 'errorStatus' } });
  });

  it('ApiClusterNativeUpdateControl (v3 opnum 185) has size_is / length_is after patch 001', () => {
    const m = method(iface('cmrp.idl', 'clusapi'), 'ApiClusterNativeUpdateControl');
    assert.equal(m.opnum, 185);
    assert.equal(m.params[0].onWire, false);
    const inBuf = m.params.find((p) => p.name === 'inBuffer')?.type;
    assert.ok(inBuf?.kind === 'pointer' && inBuf.ptr === 'unique' && inBuf.target.kind === 'array');
    assert.equal(exprText(inBuf.target.bounds.size!), 'inBufferSize');
    const outBuf = m.params.find((p) => p.name === 'outBuffer')?.type;
    assert.ok(outBuf?.kind === 'pointer' && outBuf.ptr === 'ref' && outBuf.target.kind === 'array');
    assert.equal(exprText(outBuf.target.bounds.size!), 'outBufferSize');
    assert.equal(exprText(outBuf.target.bounds.length!), '*lpBytesReturned');
    assert.equal(outBuf.target.conformant && outBuf.target.varying, true);
  });

  it('the SAL-annotated prototype of opnum 185 resolves to the same parameters as patch 001', () => {
    const sal = compileText(
      'typedef unsigned char UCHAR;\ntypedef unsigned long DWORD, *LPDWORD;\n' +
        '[uuid(b97db8b2-4c63-11cf-bff6-08002be23f2f), version(3.0)] interface clusapi {\n' +
        'error_status_t ApiClusterNativeUpdateControl([in] handle_t IDL_handle,\n' +
        '  [in] __RPC__in_ecount_full_opt(inBufferSize) UCHAR* inBuffer, [in] DWORD inBufferSize,\n' +
        '  [out] __RPC__out_ecount_part(outBufferSize, *lpBytesReturned) UCHAR* outBuffer, [in] DWORD outBufferSize,\n' +
        '  [out] LPDWORD lpBytesReturned, [out] LPDWORD lpBytesNeeded, [out] error_status_t *rpc_status);\n}\n',
    );
    const strip = (m: MethodModel): unknown => JSON.parse(JSON.stringify(m.params.map((p) => [p.name, p.direction, p.type]), (k, v) => (k === 'pos' || k === 'alias' ? undefined : v)));
    assert.deepEqual(strip(sal.interfaces[0].methods[0]), strip(method(iface('cmrp.idl', 'clusapi'), 'ApiClusterNativeUpdateControl')));
  });

  it('CLUSDSK_DISKID: anonymous non-encapsulated union selected by [switch_is(DiskIdType)]', () => {
    const types = model('cmrp.idl').types;
    const s = types.get('CLUSDSK_DISKID');
    assert.ok(s?.kind === 'struct');
    assert.equal(s.fields[1].name, 'anon1');
    assert.equal(exprText(s.fields[1].switchIs!), 'DiskIdType');
    const u = types.get('CLUSDSK_DISKID_anon1');
    assert.ok(u?.kind === 'union' && !u.encapsulated && !u.cUnion);
    assert.deepEqual(
      u.arms.map((a) => [a.cases, a.field?.name]),
      [
        [[1n], 'DiskSignature'],
        [[2n], 'DiskGuid'],
      ],
    );
  });

  it('RRasAdminConnectionGetInfoEx (dimsvc 46) marshals the encapsulated union after patch 002', () => {
    const m = method(iface('rrasm.idl', 'dimsvc'), 'RRasAdminConnectionGetInfoEx');
    assert.equal(m.opnum, 46);
    const t = m.params[3].type;
    assert.ok(t.kind === 'pointer' && t.target.kind === 'named' && t.target.name === 'RAS_CONNECTION_EX_IDL');
    const u = model('rrasm.idl').types.get('RAS_CONNECTION_EX_IDL');
    assert.ok(u?.kind === 'union' && u.encapsulated?.discriminantName === 'revision');
  });

  it('RasRpcGetSystemDirectory (rasrpc 11): [in,out,string,size_is(uSize)] and [range(0, RASRPC_MAX_PATH)]', () => {
    const m = method(iface('rrasm.idl', 'rasrpc'), 'RasRpcGetSystemDirectory');
    const buf = m.params[1].type;
    assert.ok(buf.kind === 'pointer' && buf.ptr === 'ref' && buf.target.kind === 'string' && buf.target.char === 'utf16');
    assert.equal(exprText(buf.target.bounds.size!), 'uSize');
    assert.equal(m.params[1].direction, 'inout');
    assert.deepEqual(m.params[2].type, { kind: 'range', base: { kind: 'prim', prim: 'u32', alias: 'UINT' }, min: 0n, max: 260n });
  });
});

describe('idl-check CLI', () => {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.js');
  const script = compiled ? join(root, 'dist', 'scripts', 'idl-check.js') : join(root, 'scripts', 'idl-check.ts');
  const run = (args: string[]): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [...(compiled ? [] : ['--import', 'tsx']), script, ...args], { cwd: root, encoding: 'utf8' });

  it('prints file:line:col for a malformed IDL and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'idl-'));
    const bad = join(dir, 'bad.idl');
    writeFileSync(bad, '[uuid(12345678-1234-1234-1234-123456789abc)]\ninterface bad\n{\n  long F([in] NOSUCHTYPE x);\n}\n');
    const r = run([bad]);
    assert.equal(r.status, 1);
    const err = String(r.stderr).trim();
    assert.match(err, /bad\.idl:4:15: error: unknown type 'NOSUCHTYPE'$/);
    assert.doesNotMatch(err, /\n\s+at /);
    assert.equal(err.split('\n').length, 1);
  });

  it('prints the summary of all six interfaces', () => {
    const r = run([]);
    assert.equal(r.status, 0, String(r.stderr));
    const out = String(r.stdout);
    for (const want of ['clusapi v3.0', 'clusapi v2.0', 'dimsvc v0.0', 'rasrpc v1.0', 'epm v3.0', 'mgmt v1.0']) assert.ok(out.includes(want), want);
    assert.match(out, /rasrpc v1\.0 .* opnums 0-16 \(17\) +methods 7 +not-used-on-wire 10/);
  });
});
