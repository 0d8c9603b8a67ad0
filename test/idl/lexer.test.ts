import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lex, numberValue } from '../../src/idl/lexer.js';
import { assertIdlError } from './helpers.js';

describe('idl lexer', () => {
  it('gives every token its file, line and column', () => {
    const toks = lex('typedef  DWORD\n  *x; // c\n/* a\n b */ y', 'f.idl');
    const view = toks.map((t) => `${t.kind}:${t.text}@${t.pos.line}:${t.pos.col}`);
    assert.deepEqual(view, ['ident:typedef@1:1', 'ident:DWORD@1:10', 'punct:*@2:3', 'ident:x@2:4', 'punct:;@2:5', 'ident:y@4:7', 'eof:@4:8']);
    assert.equal(toks[0].pos.file, 'f.idl');
  });

  it('marks line starts and preceding space (directives, function-like macros)', () => {
    const toks = lex('#define F(x) x\n#define G (x)', 'f.idl');
    assert.equal(toks[0].bol, true);
    assert.equal(toks[3].text, '(');
    assert.equal(toks[3].space, false);
    const g = toks.findIndex((t) => t.text === 'G');
    assert.equal(toks[g + 1].space, true);
  });

  it('keeps uuid groups such as 4c63 and 08002be23f2f as single tokens', () => {
    const texts = lex('b97db8b2-4c63-11cf-bff6-08002be23f2f', 'u').map((t) => t.text);
    assert.deepEqual(texts, ['b97db8b2', '-', '4c63', '-', '11cf', '-', 'bff6', '-', '08002be23f2f', '']);
  });

  it('treats no-break spaces from converted documents as spacing', () => {
    const toks = lex('LPWSTR*\u00a0name', 'f.idl');
    assert.deepEqual(
      toks.map((t) => t.text),
      ['LPWSTR', '*', 'name', ''],
    );
    assert.equal(toks[2].pos.col, 9);
  });

  it('joins continued lines without starting a new logical line', () => {
    const toks = lex('#define A 1 \\\n + 2\nB', 'f.idl');
    const plus = toks.find((t) => t.text === '+');
    assert.equal(plus?.bol, false);
    assert.equal(plus?.pos.line, 2);
    assert.equal(toks.find((t) => t.text === 'B')?.bol, true);
  });

  it('reads decimal, hex, octal and suffixed numbers', () => {
    assert.equal(numberValue('0x7FFFFFFF'), 0x7fffffffn);
    assert.equal(numberValue('010'), 8n);
    assert.equal(numberValue('42UL'), 42n);
    assert.equal(numberValue('0'), 0n);
    assert.equal(numberValue('4c63'), undefined);
  });

  it('reports unterminated comments and strings where they start', () => {
    assertIdlError(() => lex('a\n  /* never closed', 'f.idl'), 'f.idl:2:3', 'unterminated comment');
    assertIdlError(() => lex('import "x.idl\n;', 'f.idl'), 'f.idl:1:8', 'unterminated string');
    assertIdlError(() => lex('a @ b', 'f.idl'), 'f.idl:1:3', "unexpected character '@'");
  });
});
