import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IdlFile, InterfaceDecl, MethodDecl, StructSpec, TypedefDecl, UnionSpec } from '../../src/idl/ast.js';
import { exprText } from '../../src/idl/expr.js';
import { preprocess } from '../../src/idl/preprocessor.js';
import { parseTokens } from '../../src/idl/parser.js';
import { assertIdlError } from './helpers.js';

function parse(text: string): IdlFile {
  const toks = preprocess(text, 'p.idl', {
    load: () => {
      throw new Error('no includes here');
    },
  });
  return parseTokens(toks, 'p.idl');
}

function onlyInterface(text: string): InterfaceDecl {
  const f = parse(text);
  const i = f.items.find((x) => x.kind === 'interface');
  assert.ok(i && i.kind === 'interface');
  return i;
}

function method(i: InterfaceDecl, name: string): MethodDecl {
  const m = i.items.find((x) => x.kind === 'method' && x.name === name);
  assert.ok(m && m.kind === 'method', `method ${name}`);
  return m;
}

describe('idl parser', () => {
  it('reads interface attributes: uuid, version, pointer_default, helpstring', () => {
    const i = onlyInterface('[uuid(b97db8b2-4c63-11cf-bff6-08002be23f2f), version(3.0), pointer_default(unique), helpstring("x y")]\ninterface clusapi { }');
    assert.equal(i.name, 'clusapi');
    assert.deepEqual(
      i.attrs.map((a) => [a.name, a.raw ?? a.args?.map((x) => (x ? exprText(x) : null))]),
      [
        ['uuid', 'b97db8b2-4c63-11cf-bff6-08002be23f2f'],
        ['version', '3.0'],
        ['pointer_default', ['unique']],
        ['helpstring', ['"x y"']],
      ],
    );
  });

  it('accepts a #define between the attribute list and "interface" (cmrp.idl does this)', () => {
    const i = onlyInterface('[uuid(b97db8b2-4c63-11cf-bff6-08002be23f2f)]\n#define MAX 0x7FFFFFFF\ninterface x { void f([in, range(0, MAX)] long n); }');
    const p = method(i, 'f').params[0];
    assert.equal(exprText(p.attrs[1].args?.[1] ?? { kind: 'num', value: 0n, pos: p.pos }), '2147483647');
  });

  it('reads a DCOM interface with a base and a trailing semicolon', () => {
    const i = onlyInterface('[object, uuid(66a2db20-d706-11d0-a37b-00c04fc9da04)] interface IX : IUnknown { HRESULT F(); };');
    assert.equal(i.base, 'IUnknown');
    assert.equal(method(i, 'F').params.length, 0);
  });

  it('reads typedefs with several declarators and typedef attributes', () => {
    const f = parse('typedef unsigned long DWORD, *PDWORD, *LPDWORD;\ntypedef [context_handle] void *HCLUSTER_RPC;');
    const [a, b] = f.items as TypedefDecl[];
    assert.deepEqual(
      a.declarators.map((d) => [d.name, d.pointers.length]),
      [
        ['DWORD', 0],
        ['PDWORD', 1],
        ['LPDWORD', 1],
      ],
    );
    assert.equal(a.type.kind === 'base' && a.type.name, 'unsigned long');
    assert.equal(b.attrs[0].name, 'context_handle');
    assert.equal(b.type.kind === 'base' && b.type.name, 'void');
  });

  it('reads structs with field attributes, arrays and nested anonymous unions', () => {
    const f = parse('typedef struct _S { [size_is(n), length_is(m)] unsigned char *p; DWORD n, m; WCHAR name[16 + 1]; union { DWORD a; long b; }; } S, *PS;');
    const s = (f.items[0] as TypedefDecl).type as StructSpec;
    assert.equal(s.tag, '_S');
    assert.deepEqual(
      s.fields?.map((x) => x.declarator.name ?? '(anon)'),
      ['p', 'n', 'm', 'name', '(anon)'],
    );
    assert.deepEqual(
      s.fields?.[0].attrs.map((a) => a.name),
      ['size_is', 'length_is'],
    );
    const dim = s.fields?.[3].declarator.arrays[0];
    assert.ok(dim && dim !== '*');
    assert.equal(exprText(dim), '(16 + 1)');
    assert.equal(s.fields?.[4].type.kind, 'union');
  });

  it('reads encapsulated unions: switch (type name) armsName { case ...: }', () => {
    const f = parse('typedef union _U switch (UCHAR revision) ConnObject { case 1: case 2: T1 a; case 3: ; default: T2 b; } U;');
    const u = (f.items[0] as TypedefDecl).type as UnionSpec;
    assert.equal(u.switch?.name, 'revision');
    assert.equal(u.armsName, 'ConnObject');
    assert.deepEqual(
      u.arms?.map((a) => [a.cases.map(exprText), a.isDefault, a.field?.declarator.name ?? null]),
      [
        [['1', '2'], false, 'a'],
        [['3'], false, null],
        [[], true, 'b'],
      ],
    );
  });

  it('reads non-encapsulated unions: [switch_type], [case(...)], [default]', () => {
    const f = parse('typedef [switch_type(unsigned long)] union _V { [case(1, 2)] DWORD a; [case(DiskIdGuid)] GUID g; [default] ; } V;');
    const td = f.items[0] as TypedefDecl;
    assert.equal(td.attrs[0].name, 'switch_type');
    assert.equal(td.attrs[0].typeArg?.kind === 'base' && td.attrs[0].typeArg.name, 'unsigned long');
    const u = td.type as UnionSpec;
    assert.equal(u.switch, undefined);
    assert.deepEqual(
      u.arms?.map((a) => [a.cases.map(exprText), a.isDefault]),
      [
        [['1', '2'], false],
        [['DiskIdGuid'], false],
        [[], true],
      ],
    );
  });

  it('reads enums with and without values, trailing comma allowed', () => {
    const f = parse('typedef [v1_enum] enum _E { A, B = 5, C, } E;');
    const td = f.items[0] as TypedefDecl;
    assert.equal(td.attrs[0].name, 'v1_enum');
    const e = td.type;
    assert.ok(e.kind === 'enum');
    assert.deepEqual(
      e.members?.map((m) => [m.name, m.value ? exprText(m.value) : null]),
      [
        ['A', null],
        ['B', '5'],
        ['C', null],
      ],
    );
  });

  it('reads const declarations', () => {
    const f = parse('const long ept_max_annotation_size = 64;\nconst unsigned short X = (1 << 4) | 3;');
    assert.equal(f.items[0].kind, 'const');
    assert.equal(f.items[1].kind === 'const' && exprText(f.items[1].value), '((1 << 4) | 3)');
  });

  it('reads methods: directions, pointer attributes, multi-level size_is, string, range', () => {
    const i = onlyInterface(`[uuid(12345678-1234-1234-1234-123456789abc)] interface t {
      error_status_t F(
        [in] handle_t h,
        [in, out] HCLUSTER_RPC *ph,
        [in, unique, size_is(n)] UCHAR const * p,
        [in, range(0, 1000)] DWORD n,
        [out, size_is(, *pc)] T **pp,
        [out] [string] LPWSTR *name,
        [out] DWORD *pc);
      HCLUSTER_RPC G([out] error_status_t *Status);
    }`);
    const f = method(i, 'F');
    assert.deepEqual(
      f.params.map((p) => [p.declarator.name, p.attrs.map((a) => a.name).join(','), p.declarator.pointers.length]),
      [
        ['h', 'in', 0],
        ['ph', 'in,out', 1],
        ['p', 'in,unique,size_is', 1],
        ['n', 'in,range', 0],
        ['pp', 'out,size_is', 2],
        ['name', 'out,string', 1],
        ['pc', 'out', 1],
      ],
    );
    assert.deepEqual(
      f.params[4].attrs[1].args?.map((a) => (a ? exprText(a) : null)),
      [null, '*pc'],
    );
    assert.equal(f.params[2].type.isConst, true);
    assert.equal(method(i, 'G').returnType.kind, 'name');
  });

  it('turns SAL annotations into size_is / length_is / unique', () => {
    const i = onlyInterface(`[uuid(12345678-1234-1234-1234-123456789abc)] interface t {
      long F([in] __RPC__in_ecount_full_opt(n) UCHAR *a, [in] DWORD n,
             __RPC__out_ecount_part(n, *m) UCHAR *b, [out] __RPC__out DWORD *m);
    }`);
    const f = method(i, 'F');
    const show = (k: number): string[] => f.params[k].attrs.map((a) => (a.args ? `${a.name}(${a.args.map((x) => (x ? exprText(x) : '')).join(',')})` : a.name));
    assert.deepEqual(show(0), ['in', 'size_is(n)', 'unique']);
    assert.deepEqual(show(2), ['size_is(n)', 'length_is(*m)']);
    assert.deepEqual(show(3), ['out']);
  });

  it('parses "); error_status_t" on one line and (void) parameter lists', () => {
    const i = onlyInterface('[uuid(12345678-1234-1234-1234-123456789abc)] interface t { error_status_t A(void); error_status_t B([in] long x\n); error_status_t\nC(void); }');
    assert.deepEqual(
      i.items.map((x) => (x.kind === 'method' ? x.name : x.kind)),
      ['A', 'B', 'C'],
    );
  });

  it('reports syntax errors at file:line:col', () => {
    assertIdlError(() => parse('typedef struct { DWORD a } S;'), 'p.idl:1:26', "expected ';' after a member declaration but found '}'");
    assertIdlError(() => parse('[uuid(12345678-1234-1234-1234-123456789abc)]\ninterface t {\n  long F([in] long a b);\n}'), 'p.idl:3:22', "expected ')' to close the parameter list but found 'b'");
    assertIdlError(() => parse('[uuid(12345678-1234-1234-1234-123456789abc)]\ninterface t {\n  long x;\n}'), 'p.idl:3:8', "expected '(' after 'x'");
    assertIdlError(() => parse('[uuid(12345678-1234-1234-1234-123456789abc)]\ninterface t {\n  long F(void);\n'), 'p.idl:4:1', "missing '}' at the end of interface 't'");
    assertIdlError(() => parse('typedef unsigned float X;'), 'p.idl:1:9', "unknown type 'unsigned float'");
    assertIdlError(() => parse('[uuid(1)] typedef long X;'), 'p.idl:1:11', "expected 'interface' after the attribute list");
    assertIdlError(() => parse('typedef union U switch (long d) { [case(1)] long a; } U;'), 'p.idl:1:35', "expected 'case' or 'default'");
  });
});
