import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileSources } from '../../src/idl/compile.js';
import { applyPatch, parsePatch } from '../../src/idl/patch.js';
import { assertIdlError } from './helpers.js';

const PATCH = ['Explains the defect.', '', '--- a/t.idl', '+++ b/t.idl', '@@ -2,3 +2,3 @@', ' b', '-c', '+C', ' d', ''].join('\n');

describe('idl patches', () => {
  it('parses the explanation, the target and the hunks', () => {
    const p = parsePatch(PATCH, 'p/001-x.patch');
    assert.equal(p.target, 't.idl');
    assert.equal(p.description, 'Explains the defect.');
    assert.equal(p.hunks.length, 1);
  });

  it('applies at the stated line, or at the one place the text moved to', () => {
    const p = parsePatch(PATCH, 'p/001-x.patch');
    assert.equal(applyPatch('a\nb\nc\nd\ne', p), 'a\nb\nC\nd\ne');
    assert.equal(applyPatch('new\nlines\na\nb\nc\nd', p), 'new\nlines\na\nb\nC\nd');
  });

  it('is a hard error when the patch no longer applies or is ambiguous', () => {
    const p = parsePatch(PATCH, 'p/001-x.patch');
    assertIdlError(() => applyPatch('a\nb\nX\nd', p), 'p/001-x.patch:5:1', 'patch no longer applies to t.idl');
    assertIdlError(() => applyPatch('b\nc\nd\nb\nc\nd', parsePatch(PATCH.replace('@@ -2,3', '@@ -9,3'), 'p/001-x.patch')), 'p/001-x.patch:5:1', 'ambiguous');
  });

  it('rejects malformed patches with a position', () => {
    assertIdlError(() => parsePatch('no diff here', 'p/bad.patch'), 'p/bad.patch:1:1', "patch has no '--- ' file header");
    assertIdlError(() => parsePatch('--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n', 'p/bad.patch'), 'p/bad.patch:3:1', 'hunk line counts do not match');
  });

  it('is applied in memory by the loader before preprocessing', () => {
    const src = 'typedef long A;\ntypedef struct _U *P;\n';
    const patch = parsePatch(['--- a/t.idl', '+++ b/t.idl', '@@ -2 +2 @@', '-typedef struct _U *P;', '+typedef long *P;', ''].join('\n'), 'fix.patch');
    const model = compileSources('t.idl', new Map([['t.idl', src]]), [patch]);
    assert.deepEqual(model.patches, [{ file: 'fix.patch', target: 't.idl' }]);
    assert.equal(model.typedefs.get('P')?.kind, 'pointer');
  });
});
