/**
 * The notification port queue on its own: order, batching, blocking reads that wake on a push,
 * unblock and close, abandoned reads, and (as a property) the overflow rule — never more than
 * `capacity` items, the surviving items in push order, and exactly one lost marker at the end of
 * what survived once anything was lost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { IndicationQueue } from '../../src/cluster/notify/queue.js';
import { relativeKey } from '../../src/cluster/notify/port.js';

interface Item {
  readonly n: number;
}
const LOST = -1;
const queue = (capacity: number) => new IndicationQueue<Item>(capacity, () => ({ n: LOST }));

describe('IndicationQueue', () => {
  it('hands out items in order, at most `max` per read', async () => {
    const q = queue(10);
    for (let n = 1; n <= 5; n++) q.push({ n });
    const a = await q.take(2);
    const b = await q.take(10);
    assert.deepEqual(a.status === 'items' && a.items.map((i) => i.n), [1, 2]);
    assert.deepEqual(b.status === 'items' && b.items.map((i) => i.n), [3, 4, 5]);
  });

  it('a waiting read wakes on the next push; waiters are served first come, first served', async () => {
    const q = queue(10);
    const first = q.take(1);
    const second = q.take(1);
    assert.equal(q.pendingReads, 2);
    q.push({ n: 1 });
    q.push({ n: 2 });
    assert.deepEqual(await first, { status: 'items', items: [{ n: 1 }] });
    assert.deepEqual(await second, { status: 'items', items: [{ n: 2 }] });
  });

  it('unblock interrupts waiting reads, then reads find the port closed; close interrupts too', async () => {
    const q = queue(10);
    const waiting = q.take(1);
    q.unblock();
    assert.deepEqual(await waiting, { status: 'interrupted' });
    assert.deepEqual(await q.take(1), { status: 'closed' });
    q.push({ n: 1 });
    assert.equal(q.length, 0, 'an unblocked port queues nothing');

    const q2 = queue(10);
    q2.push({ n: 1 });
    const w2 = queue(10);
    const pending = w2.take(1);
    w2.close();
    q2.close();
    assert.deepEqual(await pending, { status: 'interrupted' });
    assert.equal(q2.length, 0, 'close flushes undelivered indications');
  });

  it('an abandoned read leaves the queue and loses nothing', async () => {
    const q = queue(10);
    const ac = new AbortController();
    const read = q.take(1, ac.signal);
    ac.abort();
    assert.deepEqual(await read, { status: 'aborted' });
    assert.equal(q.pendingReads, 0);
    q.push({ n: 7 });
    assert.deepEqual(await q.take(1), { status: 'items', items: [{ n: 7 }] });
  });

  it('overflow keeps the bound, the order, and one lost marker where the loss began', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 60 }),
        async (capacity, pushes) => {
          const q = queue(capacity);
          for (let n = 1; n <= pushes; n++) q.push({ n });
          assert.ok(q.length <= capacity);
          if (pushes === 0) return;
          const r = await q.take(capacity);
          assert.equal(r.status, 'items');
          const got = r.status === 'items' ? r.items.map((i) => i.n) : [];
          if (pushes <= capacity) {
            assert.deepEqual(
              got,
              Array.from({ length: pushes }, (_, i) => i + 1),
            );
            assert.equal(q.lost, 0);
          } else {
            assert.deepEqual(got, [...Array.from({ length: capacity - 1 }, (_, i) => i + 1), LOST]);
            assert.equal(q.lost, pushes - (capacity - 1), 'every indication that did not survive is counted');
          }
        },
      ),
    );
  });
});

describe('registry watch scope', () => {
  const change = (key: string, kind: 'keyCreated' | 'valueSet') => ({ key, kind });
  it('the key itself, its direct subkeys created or deleted, and with the subtree everything below', () => {
    const w = { keyPath: 'Apps', subtree: false };
    assert.equal(relativeKey(change('apps', 'valueSet'), w), '', 'case-insensitive, the key itself');
    assert.equal(relativeKey(change('Apps\\Web', 'keyCreated'), w), 'Web');
    assert.equal(relativeKey(change('Apps\\Web', 'valueSet'), w), undefined);
    assert.equal(relativeKey(change('Apps\\Web\\Deep', 'keyCreated'), w), undefined);
    assert.equal(relativeKey(change('AppsX', 'keyCreated'), w), undefined, 'a sibling with the same prefix');
    const tree = { keyPath: 'Apps', subtree: true };
    assert.equal(relativeKey(change('Apps\\Web\\Deep', 'valueSet'), tree), 'Web\\Deep');
    const root = { keyPath: '', subtree: true };
    assert.equal(relativeKey(change('Apps\\Web', 'valueSet'), root), 'Apps\\Web');
  });
});
