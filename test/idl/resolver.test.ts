import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exprText } from '../../src/idl/expr.js';
import type { MethodModel, TypeRef } from '../../src/idl/model.js';
import { assertIdlError, compileText, iface } from './helpers.js';

const BASE = 'typedef unsigned long DWORD, *LPDWORD;\ntypedef unsigned char UCHAR;\ntypedef wchar_t WCHAR;\ntypedef [string] WCHAR *LPWSTR;\n';

function methodOf(text: string, name: string): MethodModel {
  const m = compileText(text).interfaces[0].methods.find((x) => x.name === name);
  assert.ok(m, `method ${name}`);
  return m;
}

describe('idl resolver', () => {
  it('follows typedef chains to primitives and keeps the last alias', () => {
    const model = compileText('typedef unsigned long ULONG;\ntypedef ULONG DWORD;\ntypedef DWORD ACCESS_MASK;');
    assert.deepEqual(model.typedefs.get('ACCESS_MASK'), { kind: 'prim', prim: 'u32', alias: 'ACCESS_MASK' });
  });

  it('evaluates constants, #define values and enum members', () => {
    const model = compileText('#define BASE 0x10\nconst long A = BASE * 2;\nconst long B = A + 1;\ntypedef enum { X, Y = B, Z } E;');
    assert.equal(model.constants.get('B')?.value, 33n);
    const e = model.types.get('E');
    assert.ok(e?.kind === 'enum');
    assert.deepEqual(
      e.members.map((m) => [m.name, m.value]),
      [
        ['X', 0n],
        ['Y', 33n],
        ['Z', 34n],
      ],
    );
    assert.equal(e.v1, false);
  });

  it('marks [v1_enum] enums', () => {
    const t = compileText('typedef [v1_enum] enum { A = 1 } E;').types.get('E');
    assert.ok(t?.kind === 'enum' && t.v1);
  });

  it('gives pointers their kinds: top-level params are ref, embedded use pointer_default', () => {
    const src = BASE + iface('typedef struct { DWORD *p; [ref] DWORD *q; } S;\nvoid F([in] LPDWORD a, [in, unique] DWORD *b, [in] S *s, [out] LPDWORD *c);', 'uuid(12345678-1234-1234-1234-123456789abc), pointer_default(ptr)');
    const model = compileText(src);
    const f = model.interfaces[0].methods[0];
    const kinds = f.params.map((p) => (p.type.kind === 'pointer' ? p.type.ptr : p.type.kind));
    assert.deepEqual(kinds, ['ref', 'unique', 'ref', 'ref']);
    const inner = f.params[3].type.kind === 'pointer' ? f.params[3].type.target : undefined;
    assert.equal(inner?.kind === 'pointer' && inner.ptr, 'full');
    const s = model.types.get('S');
    assert.ok(s?.kind === 'struct');
    assert.deepEqual(
      s.fields.map((x) => (x.type.kind === 'pointer' ? x.type.ptr : '')),
      ['full', 'ref'],
    );
    assert.equal(model.interfaces[0].pointerDefault, 'full');
  });

  it('defaults embedded pointers to unique without pointer_default', () => {
    const s = compileText('typedef struct { long *p; } S;').types.get('S');
    assert.ok(s?.kind === 'struct' && s.fields[0].type.kind === 'pointer' && s.fields[0].type.ptr === 'unique');
  });

  it('turns size_is / length_is on pointers into conformant-varying arrays', () => {
    const m = methodOf(BASE + iface('long F([in, unique, size_is(n)] UCHAR *a, [in] DWORD n, [out, size_is(n), length_is(*r)] UCHAR *b, [out] DWORD *r);'), 'F');
    const a = m.params[0].type;
    assert.ok(a.kind === 'pointer' && a.ptr === 'unique' && a.target.kind === 'array');
    assert.equal(a.target.conformant, true);
    assert.equal(a.target.varying, false);
    assert.equal(exprText(a.target.bounds.size!), 'n');
    const b = m.params[2].type;
    assert.ok(b.kind === 'pointer' && b.ptr === 'ref' && b.target.kind === 'array');
    assert.equal(b.target.varying, true);
    assert.equal(exprText(b.target.bounds.length!), '*r');
  });

  it('applies multi-level size_is(, *n) to the second pointer level', () => {
    const m = methodOf(BASE + iface('typedef struct { long x; } T;\nlong F([out] DWORD *n, [out, size_is(, *n)] T **pp);'), 'F');
    const t = m.params[1].type;
    assert.ok(t.kind === 'pointer' && t.ptr === 'ref' && t.target.kind === 'pointer' && t.target.ptr === 'unique');
    assert.ok(t.target.target.kind === 'array' && t.target.target.conformant);
  });

  it('supports max_is, first_is and last_is, and fixed arrays with length_is', () => {
    const s = compileText('typedef struct { long m; long f; long l; [max_is(m)] long a[]; [first_is(f), last_is(l)] long b[10]; } S;').types.get('S');
    assert.ok(s?.kind === 'struct');
    const a = s.fields[3].type;
    const b = s.fields[4].type;
    assert.ok(a.kind === 'array' && a.conformant && exprText(a.bounds.max!) === 'm');
    assert.ok(b.kind === 'array' && b.fixed === 10 && b.varying && !b.conformant);
    assert.equal(exprText(b.bounds.first!), 'f');
    assert.equal(exprText(b.bounds.last!), 'l');
  });

  it('makes [string] pointers and arrays into strings of the right character kind', () => {
    const s = compileText(BASE + 'typedef struct { LPWSTR a; [string] char *b; [string] WCHAR c[17]; WCHAR d[4]; } S;').types.get('S');
    assert.ok(s?.kind === 'struct');
    const [a, b, c, d] = s.fields.map((f) => f.type);
    assert.ok(a.kind === 'pointer' && a.target.kind === 'string' && a.target.char === 'utf16');
    assert.ok(b.kind === 'pointer' && b.target.kind === 'string' && b.target.char === 'ascii');
    assert.deepEqual(c, { kind: 'string', char: 'utf16', fixed: 17, bounds: {} });
    assert.ok(d.kind === 'array' && d.fixed === 4);
  });

  it('wraps [range] around the scalar, also behind a pointer', () => {
    const m = methodOf(BASE + iface('#define LIMIT 260\nlong F([in, range(0, LIMIT)] DWORD n, [in, out, range(1, 50)] DWORD *c);'), 'F');
    assert.deepEqual(m.params[0].type, { kind: 'range', base: { kind: 'prim', prim: 'u32', alias: 'DWORD' }, min: 0n, max: 260n });
    const c = m.params[1].type;
    assert.ok(c.kind === 'pointer' && c.target.kind === 'range' && c.target.max === 50n);
  });

  it('resolves context handles, typedef-named, by value and [in, out]', () => {
    const m = methodOf(iface('typedef [context_handle] void *HCLUSTER_RPC;\nHCLUSTER_RPC Open([out] long *s);\nlong Close([in, out] HCLUSTER_RPC *h);\nlong Use([in] HCLUSTER_RPC h);'), 'Close');
    const h = m.params[0].type;
    assert.deepEqual(h, { kind: 'pointer', ptr: 'ref', target: { kind: 'contextHandle', name: 'HCLUSTER_RPC', strict: false } });
  });

  it('keeps handle_t parameters off the wire, also through typedefs', () => {
    const m = methodOf(BASE + iface('typedef handle_t DIM_HANDLE;\nDWORD F([in] DIM_HANDLE h, [in] DWORD x);'), 'F');
    assert.deepEqual(
      m.params.map((p) => [p.name, p.onWire, p.type.kind]),
      [
        ['h', false, 'handle'],
        ['x', true, 'prim'],
      ],
    );
  });

  it('resolves encapsulated and non-encapsulated unions with switch_is', () => {
    const src = BASE + iface(`
      typedef enum { DiskIdSignature = 1, DiskIdGuid = 2 } IDTYPE;
      typedef struct { IDTYPE DiskIdType; [switch_is(DiskIdType)] union { [case(DiskIdSignature)] DWORD Sig; [case(DiskIdGuid)] DWORD G[4]; [default] ; }; } DISK_ID;
      typedef union _E switch (UCHAR rev) Obj { case 1: DWORD a; } E;
      typedef [switch_type(DWORD)] union _N { [case(0)] DWORD x; } N;
      DWORD F([in] DISK_ID *d, [in] E *e, [in] DWORD level, [in, switch_is(level)] N *n);`);
    const model = compileText(src);
    const anon = model.types.get('DISK_ID_anon1');
    assert.ok(anon?.kind === 'union' && !anon.encapsulated && !anon.cUnion);
    assert.deepEqual(
      anon.arms.map((a) => [a.cases, a.isDefault, a.field?.name ?? null]),
      [
        [[1n], false, 'Sig'],
        [[2n], false, 'G'],
        [[], true, null],
      ],
    );
    const d = model.types.get('DISK_ID');
    assert.ok(d?.kind === 'struct' && d.fields[1].switchIs && exprText(d.fields[1].switchIs) === 'DiskIdType');
    const e = model.types.get('E');
    assert.ok(e?.kind === 'union' && e.encapsulated?.discriminantName === 'rev' && e.encapsulated.armsName === 'Obj');
    const n = model.types.get('N');
    assert.deepEqual(n?.kind === 'union' && n.switchType, { kind: 'prim', prim: 'u32', alias: 'DWORD' });
    assert.equal(exprText(model.interfaces[0].methods[0].params[3].switchIs!), 'level');
  });

  it('numbers opnums and classifies NotUsedOnWire / Reserved / [not_used_on_wire] slots', () => {
    const model = compileText(iface('long A(void);\nvoid Opnum1NotUsedOnWire(void);\nlong Opnum2Reserved(void);\n[not_used_on_wire] long D(void);\nvoid Opnum4otUsedOnWire(void);'));
    assert.deepEqual(
      model.interfaces[0].methods.map((m) => [m.opnum, m.name, m.kind]),
      [
        [0, 'A', 'method'],
        [1, 'Opnum1NotUsedOnWire', 'notUsedOnWire'],
        [2, 'Opnum2Reserved', 'reserved'],
        [3, 'D', 'notUsedOnWire'],
        [4, 'Opnum4otUsedOnWire', 'notUsedOnWire'],
      ],
    );
  });

  it('starts DCOM interface opnums after the base interface', () => {
    const model = compileText(
      '[object, uuid(00000000-0000-0000-C000-000000000046)] interface IUnknown { long Opnum0NotUsedOnWire(void); long Opnum1NotUsedOnWire(void); long Opnum2NotUsedOnWire(void); }\n' +
        '[uuid(66a2db20-d706-11d0-a37b-00c04fc9da04)] interface IX : IUnknown { long F(void); }',
    );
    const ix = model.interfaces[1];
    assert.equal(ix.object, true);
    assert.equal(ix.methods[0].opnum, 3);
    assert.equal(ix.uuid, '66a2db20-d706-11d0-a37b-00c04fc9da04');
  });

  it('reads uuid and version', () => {
    const i = compileText(iface('long A(void);', 'uuid(B97DB8B2-4C63-11CF-BFF6-08002BE23F2F), version(3.2)')).interfaces[0];
    assert.equal(i.uuid, 'b97db8b2-4c63-11cf-bff6-08002be23f2f');
    assert.deepEqual(i.version, { major: 3, minor: 2 });
  });

  it('reports resolution errors at file:line:col', () => {
    assertIdlError(() => compileText('typedef long A;\ntypedef NOPE B;'), 't.idl:2:9', "unknown type 'NOPE'");
    assertIdlError(() => compileText('typedef long A;\ntypedef short A;'), 't.idl:2:15', "type 'A' is already defined at t.idl:1:14");
    assertIdlError(() => compileText('typedef struct { long n; [size_is(count)] long *p; } S;'), 't.idl:1:35', "refers to 'count', which is not a field of struct 'S'");
    assertIdlError(() => compileText(iface('long F([in] long n,\n  [in, size_is(m)] long *p);')), 't.idl:5:16', "refers to 'm', which is not a parameter of method 'F'");
    assertIdlError(() => compileText(iface('long A(void);\nlong Opnum5NotUsedOnWire(void);')), 't.idl:5:6', "'Opnum5NotUsedOnWire' is at opnum 1, but its name says 5");
    assertIdlError(() => compileText(iface('long F([out] long x);')), 't.idl:4:19', "[out] parameter 'x' of method 'F' must be a pointer");
    assertIdlError(() => compileText(iface('long F(void);', 'uuid(1234-zz), version(1.0)')), 't.idl:1:2', "'1234-zz' is not a valid uuid");
    assertIdlError(() => compileText('const long A = B;\nconst long B = A;'), 't.idl:1:1', "constant 'A' is defined in terms of itself");
    assertIdlError(() => compileText('typedef union _U switch (long d) { case 1: long a; } U;\ntypedef struct _U *PU;'), 't.idl:2:9', "'struct _U' names a union, not a struct");
    assertIdlError(() => compileText(iface('typedef struct { union { long a; short b; } u; } S;\nlong F([in] S *s);')), 't.idl:4:45', "field 'u' of struct 'S' uses 'S_u', a C union without a discriminant");
    assertIdlError(() => compileText(iface('typedef [switch_type(long)] union { [case(1)] long a; } U;\nlong F([in] U *u);')), 't.idl:5:16', "non-encapsulated union 'U' but has no [switch_is]");
    assertIdlError(() => compileText(iface('long F([in] void *p);')), 't.idl:4:19', 'points to void');
    assertIdlError(() => compileText(iface('long F([in, range(5, 1)] long n);')), 't.idl:4:13', '[range(5, 1)] is empty');
    assertIdlError(() => compileText('typedef long A[-1];'), 't.idl:1:16', 'array size -1 is out of range');
  });

  it('accepts C unions and undefined struct tags in types no method uses', () => {
    const model = compileText(iface('typedef struct { union { long a; short b; }; struct _NEVER *p; } BLOB;\nlong F(void);'));
    const t = model.types.get('BLOB_anon0');
    assert.ok(t?.kind === 'union' && t.cUnion);
    const s = model.types.get('BLOB');
    const p: TypeRef | undefined = s?.kind === 'struct' ? s.fields[1].type : undefined;
    assert.deepEqual(p, { kind: 'pointer', ptr: 'unique', target: { kind: 'incomplete', name: '_NEVER' } });
  });
});
