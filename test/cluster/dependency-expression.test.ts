import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Win32 } from '../../src/errors/status.js';
import {
  formatDependencyExpression,
  parseDependencyExpression,
} from '../../src/cluster/model/dependency-expression.js';
import { assertStatus } from './helpers.js';

describe('dependency expressions', () => {
  it('parses the grammar of [MS-CMRP] 3.1.4.2.109', () => {
    assert.deepEqual(parseDependencyExpression(''), []);
    assert.deepEqual(parseDependencyExpression('   '), []);
    assert.deepEqual(parseDependencyExpression('[Res A]'), [['Res A']]);
    assert.deepEqual(parseDependencyExpression('[Res A] and [Res B]'), [['Res A'], ['Res B']]);
    assert.deepEqual(parseDependencyExpression('[a] or [b]'), [['a', 'b']]);
    assert.deepEqual(parseDependencyExpression('([a] or [b])'), [['a', 'b']]);
    assert.deepEqual(parseDependencyExpression('([a] or [b]) AND ([c] Or [d]) and [e]'), [
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
    assert.deepEqual(
      parseDependencyExpression(
        '(\n[a904e1b7-95dd-47f0-9b2e-f1007d92699b]\nor\n[ae6fcf48-c42f-4960-a61a-7f1044067668]\n)\nand\n(\n[c471abc6-e454-482e-8be4-fae084cf799b]\nor\n[de976488-82cb-4950-8ce0-1b45e868e058]\n)',
      ),
      [
        ['a904e1b7-95dd-47f0-9b2e-f1007d92699b', 'ae6fcf48-c42f-4960-a61a-7f1044067668'],
        ['c471abc6-e454-482e-8be4-fae084cf799b', 'de976488-82cb-4950-8ce0-1b45e868e058'],
      ],
    );
  });

  it('refuses text outside the grammar with ERROR_INVALID_PARAMETER', () => {
    for (const bad of [
      '[a',
      '[]',
      'a',
      '[a] and',
      '[a] [b]',
      '([a] or [b]',
      '[a] or [b] and [c]',
      '[a] and ([b] and [c])',
      '(([a]))',
      '[a] xor [b]',
    ]) {
      assertStatus(() => parseDependencyExpression(bad), Win32.ERROR_INVALID_PARAMETER);
    }
  });

  it('formats as Windows shows it', () => {
    assert.equal(formatDependencyExpression([]), '');
    assert.equal(formatDependencyExpression([['Cluster IP Address']]), '[Cluster IP Address]');
    assert.equal(formatDependencyExpression([['A'], ['B', 'C']]), '[A] and ([B] or [C])');
  });

  it('format then parse gives the sets back (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes(']'));
    fc.assert(
      fc.property(fc.array(fc.array(name, { minLength: 1, maxLength: 3 }), { maxLength: 4 }), (sets) => {
        assert.deepEqual(parseDependencyExpression(formatDependencyExpression(sets)), sets);
      }),
    );
  });
});
