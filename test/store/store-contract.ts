/** The behaviour every `Store` must show; run against each implementation by its own test file. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { JsonValue, Store } from '../../src/store/store.js';
import { DEFAULT_STORE_LIMITS, META_COLLECTION, StoreError, migrate } from '../../src/store/store.js';

export function storeContract(label: string, open: () => Store): void {
  describe(`${label}: Store contract`, () => {
    it('puts, gets, lists in key order and deletes', () => {
      const s = open();
      try {
        assert.equal(s.get('things', 'a'), undefined);
        s.put('things', 'b', { n: 2 });
        s.put('things', 'a', { n: 1, list: [1, 'x', null, true], nested: { deep: [{}] } });
        s.put('other', 'a', 'elsewhere');
        assert.deepEqual(s.get('things', 'a'), { n: 1, list: [1, 'x', null, true], nested: { deep: [{}] } });
        assert.deepEqual(
          s.list('things').map((e) => e.key),
          ['a', 'b'],
        );
        s.put('things', 'b', { n: 3 });
        assert.deepEqual(s.get('things', 'b'), { n: 3 });
        assert.equal(s.delete('things', 'b'), true);
        assert.equal(s.delete('things', 'b'), false);
        assert.deepEqual(s.list('things'), [{ key: 'a', value: s.get('things', 'a') }]);
        assert.deepEqual(s.list('missing'), []);
      } finally {
        s.close();
      }
    });

    it('keys are case-sensitive and ordered by UTF-16 code units', () => {
      const s = open();
      try {
        for (const k of ['b', 'B', 'a', 'é', 'Z', '\u{1F600}', '\uFF21']) s.put('c', k, k);
        assert.deepEqual(
          s.list('c').map((e) => e.key),
          ['B', 'Z', 'a', 'b', 'é', '\u{1F600}', '\uFF21'],
        );
        assert.equal(s.get('c', 'b'), 'b');
        assert.equal(s.get('c', 'B'), 'B');
      } finally {
        s.close();
      }
    });

    it('returned documents are copies, not views of the stored state', () => {
      const s = open();
      try {
        const doc = { list: [1] };
        s.put('c', 'k', doc);
        doc.list.push(2);
        const got = s.get('c', 'k') as { list: number[] };
        got.list.push(3);
        assert.deepEqual(s.get('c', 'k'), { list: [1] });
      } finally {
        s.close();
      }
    });

    it('a transaction commits all its changes together', () => {
      const s = open();
      try {
        const r = s.transaction(() => {
          s.put('c', 'x', 1);
          s.put('c', 'y', 2);
          return 'done';
        });
        assert.equal(r, 'done');
        assert.deepEqual(
          s.list('c').map((e) => e.value),
          [1, 2],
        );
      } finally {
        s.close();
      }
    });

    it('a throwing transaction leaves nothing behind, nested ones included', () => {
      const s = open();
      try {
        s.put('c', 'keep', 'old');
        assert.throws(
          () =>
            s.transaction(() => {
              s.put('c', 'keep', 'new');
              s.put('c', 'added', 1);
              s.transaction(() => {
                s.delete('c', 'keep');
                s.put('d', 'inner', true);
              });
              throw new Error('boom');
            }),
          /boom/,
        );
        assert.deepEqual(s.list('c'), [{ key: 'keep', value: 'old' }]);
        assert.deepEqual(s.list('d'), []);
        s.put('c', 'after', 2);
        assert.equal(s.get('c', 'after'), 2);
      } finally {
        s.close();
      }
    });

    it('schema versions are per namespace and migrations run once, in order', () => {
      const s = open();
      try {
        assert.equal(s.schemaVersion('cluster'), 0);
        const ran: number[] = [];
        const steps = [() => void ran.push(1), () => void ran.push(2)];
        assert.equal(migrate(s, 'cluster', steps), 2);
        assert.equal(migrate(s, 'cluster', steps), 2);
        assert.deepEqual(ran, [1, 2]);
        assert.equal(s.schemaVersion('cluster'), 2);
        assert.equal(s.schemaVersion('rras'), 0);
        assert.throws(() => migrate(s, 'cluster', [steps[0]!]), StoreError);
      } finally {
        s.close();
      }
    });

    it('a failing migration keeps the old version and none of its writes', () => {
      const s = open();
      try {
        const steps = [
          (st: Store) => st.put('c', 'v1', 1),
          (st: Store) => {
            st.put('c', 'v2', 2);
            throw new Error('bad step');
          },
        ];
        assert.throws(() => migrate(s, 'ns', steps), /bad step/);
        assert.equal(s.schemaVersion('ns'), 1);
        assert.equal(s.get('c', 'v1'), 1);
        assert.equal(s.get('c', 'v2'), undefined);
      } finally {
        s.close();
      }
    });

    it('refuses bad collections, keys, oversize and non-JSON documents', () => {
      const s = open();
      try {
        assert.throws(() => s.put('', 'k', 1), StoreError);
        assert.throws(() => s.put('bad name', 'k', 1), StoreError);
        assert.throws(
          () => s.put('x'.repeat(DEFAULT_STORE_LIMITS.maxCollectionLength + 1), 'k', 1),
          StoreError,
        );
        assert.throws(() => s.put(META_COLLECTION, 'k', 1), StoreError);
        assert.throws(() => s.put('c', '', 1), StoreError);
        assert.throws(() => s.put('c', 'k'.repeat(DEFAULT_STORE_LIMITS.maxKeyLength + 1), 1), StoreError);
        assert.throws(() => s.put('c', 'k', 'x'.repeat(DEFAULT_STORE_LIMITS.maxValueBytes)), StoreError);
        assert.throws(() => s.put('c', 'k', Number.NaN), StoreError);
        assert.throws(() => s.put('c', 'k', { f: undefined } as unknown as JsonValue), StoreError);
        assert.throws(() => s.put('c', 'k', new Date() as unknown as JsonValue), StoreError);
        let deep: JsonValue = 1;
        for (let i = 0; i < 100; i++) deep = [deep];
        assert.throws(() => s.put('c', 'k', deep), StoreError);
        assert.deepEqual(s.list('c'), []);
      } finally {
        s.close();
      }
    });

    it('round-trips arbitrary JSON documents (property)', () => {
      const s = open();
      try {
        fc.assert(
          fc.property(
            fc.string({ minLength: 1, maxLength: 40 }),
            fc.jsonValue({ maxDepth: 4 }),
            (key, value) => {
              const v = JSON.parse(JSON.stringify(value)) as JsonValue;
              s.put('prop', key, v);
              assert.deepEqual(s.get('prop', key), v);
            },
          ),
          { numRuns: 200 },
        );
      } finally {
        s.close();
      }
    });

    it('refuses use after close', () => {
      const s = open();
      s.close();
      assert.throws(() => s.get('c', 'k'));
    });
  });
}
