import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IdlError } from '../../src/idl/errors.js';
import { preprocess, type SourceLoader } from '../../src/idl/preprocessor.js';
import { assertIdlError, compileText } from './helpers.js';

const noFiles: SourceLoader = (name, from) => {
  throw new IdlError(from, `cannot find '${name}'`);
};

function pp(text: string, files: Record<string, string> = {}): string {
  const load: SourceLoader = (name, from) => {
    if (!(name in files)) return noFiles(name, from);
    return { path: name, text: files[name] };
  };
  return preprocess(text, 'p.idl', { load })
    .filter((t) => t.kind !== 'eof')
    .map((t) => t.text)
    .join(' ');
}

describe('idl preprocessor', () => {
  it('expands object-like macros, including empty ones such as IN / OUT', () => {
    assert.equal(pp('#define IN\n#define N 16\nIN DWORD x[N + 1];'), 'DWORD x [ 16 + 1 ] ;');
  });

  it('expands function-like macros with nested and parenthesised arguments', () => {
    const out = pp('#define MAX(a, b) ((a) > (b) ? (a) : (b))\n#define SQ(x) ((x) * (x))\nMAX(SQ(2), f(3, 4))');
    assert.equal(out, '( ( ( ( 2 ) * ( 2 ) ) ) > ( f ( 3 , 4 ) ) ? ( ( ( 2 ) * ( 2 ) ) ) : ( f ( 3 , 4 ) ) )');
  });

  it('leaves a function-like macro name without arguments alone', () => {
    assert.equal(pp('#define F(x) x\nF ;'), 'F ;');
  });

  it('does not expand a macro inside its own expansion', () => {
    assert.equal(pp('#define A A + 1\nA'), 'A + 1');
  });

  it('supports # and ## in macro bodies', () => {
    assert.equal(pp('#define S(x) #x\n#define CAT(a, b) a ## b\nS(hello) CAT(Opnum, 12)'), '"hello" Opnum12');
  });

  it('keeps the parameter list only when "(" touches the name', () => {
    assert.equal(pp('#define G (x)\nG'), '( x )');
  });

  it('follows #if / #ifdef / #ifndef / #elif / #else / #endif, nested', () => {
    const src = [
      '#define ONE 1',
      '#if ONE && !defined(TWO)',
      'a',
      '#ifdef TWO',
      'no1',
      '#else',
      'b',
      '#endif',
      '#elif 1',
      'no2',
      '#else',
      'no3',
      '#endif',
      '#ifndef ONE',
      'no4',
      '#elif ONE == 1',
      'c',
      '#endif',
      '#if 0',
      '#bogus directive ignored in a skipped region',
      '#endif',
    ].join('\n');
    assert.equal(pp(src), 'a b c');
  });

  it('treats unknown identifiers in #if as 0 and evaluates arithmetic', () => {
    assert.equal(pp('#if UNKNOWN\nx\n#elif (3 << 2) == 12\ny\n#endif'), 'y');
  });

  it('#undef removes a macro', () => {
    assert.equal(pp('#define A 1\n#undef A\nA'), 'A');
  });

  it('#include inserts the file text, sharing macros with the includer', () => {
    assert.equal(pp('#include "inc.h"\nSIZE', { 'inc.h': '#define SIZE 4\nfirst' }), 'first 4');
  });

  it('macro body tokens report the position of the use', () => {
    const toks = preprocess('#define T DWORD\n\n   T x;', 'p.idl', { load: noFiles });
    assert.deepEqual(toks[0].pos, { file: 'p.idl', line: 3, col: 4 });
  });

  it('reports directive errors at file:line:col', () => {
    assertIdlError(() => pp('a\n#endif'), 'p.idl:2:2', '#endif without #if');
    assertIdlError(() => pp('\n  #if 1\nx'), 'p.idl:2:4', 'unterminated #if');
    assertIdlError(() => pp('#else'), 'p.idl:1:2', '#else without #if');
    assertIdlError(() => pp('#define F(a, b) a\nF(1)'), 'p.idl:2:1', "macro 'F' expects 2 argument(s), got 1");
    assertIdlError(() => pp('#include "missing.h"'), 'p.idl:1:10', "cannot find 'missing.h'");
    assertIdlError(() => pp('#frobnicate'), 'p.idl:1:2', "unknown preprocessor directive '#frobnicate'");
    assertIdlError(() => pp('#error stop here'), 'p.idl:1:2', '#error stop here');
  });

  it('imports each file once, even when imported twice or in a cycle', () => {
    const model = compileText('import "a.idl";\nimport "b.idl";\nimport "a.idl";\ntypedef A_T T;', {
      'a.idl': 'import "b.idl";\ntypedef unsigned long A_T;',
      'b.idl': 'import "a.idl";\ntypedef short B_T;',
    });
    assert.deepEqual([...model.files], ['b.idl', 'a.idl', 't.idl']);
    assert.equal(model.typedefs.get('T')?.kind, 'prim');
  });

  it('gives each imported file its own macro table', () => {
    assertIdlError(
      () => compileText('import "a.idl";\ntypedef DWORD_ARRAY_SIZE_T x;', { 'a.idl': '#define DWORD_ARRAY_SIZE_T unsigned long\n' }),
      't.idl:2:9',
      "unknown type 'DWORD_ARRAY_SIZE_T'",
    );
  });
});
