import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldName, sameName } from '../../src/cluster/model/names.js';

describe('cluster object names', () => {
  it('compare ordinally ignoring case', () => {
    assert.ok(sameName('Cluster Group', 'CLUSTER GROUP'));
    assert.ok(sameName('node1', 'NODE1'));
    assert.ok(sameName('ärger', 'ÄRGER'));
    assert.ok(!sameName('Cluster Group', 'Cluster  Group'));
    assert.ok(!sameName('straße', 'STRASSE'), 'no length-changing special casing');
    assert.equal(foldName('ß'), 'ß');
  });

  it('folding is idempotent and keeps the length (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const f = foldName(s);
        assert.equal(f.length, s.length);
        assert.equal(foldName(f), f);
        assert.ok(sameName(s, f));
      }),
    );
  });
});
