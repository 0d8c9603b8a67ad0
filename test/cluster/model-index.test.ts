/**
 * The model's in-memory indexes (index-cache.ts): what they answer always equals what a model
 * freshly opened on the same store answers, after commits, refusals and rolled-back transactions,
 * on both store kinds; and the derived group/network state events equal a before/after comparison.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { ClusterModel } from '../../src/cluster/model/cluster-model.js';
import { createDemoCluster } from '../../src/cluster/model/demo.js';
import { ClusterError } from '../../src/cluster/model/errors.js';
import type { ClusterEvent } from '../../src/cluster/model/events.js';
import { IndexedStore } from '../../src/cluster/model/index-cache.js';
import { ClusterStatus as S } from '../../src/errors/status.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { openStateStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { assertStatus, sequentialIds } from './helpers.js';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const stores: Record<string, () => Store> = {
  memory: () => new MemoryStore(),
  sqlite: () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'winrpc-index-'));
    dirs.push(d);
    return openStateStore(d);
  },
};

class Rollback extends Error {}

/** Runs `fn` as one model transaction that then fails, so everything it did is rolled back. */
function rolledBack(model: ClusterModel, fn: () => void): void {
  assert.throws(() =>
    model.batch(() => {
      fn();
      throw new Rollback();
    }),
  );
}

/** What a model opened afresh on the same store (cold indexes) sees. */
function snapshot(model: ClusterModel) {
  const resources = model.resources();
  return {
    nodes: model.nodes(),
    groups: model.groups(),
    resources,
    networks: model.networks(),
    netInterfaces: model.netInterfaces(),
    members: model.groups().map((g) => model.groupResources(g.id).map((r) => r.name)),
    dependents: resources.map((r) => model.dependents(r.id).map((d) => d.name)),
    byName: resources.map((r) => model.resource(r.name.toLowerCase()).id),
    ofType: model.resourceTypes().map((t) => model.resourcesOfType(t.name).length),
    nodeIfs: model.nodes().map((n) => model.nodeNetInterfaces(n.id).map((i) => i.name)),
    nodeGroups: model.nodes().map((n) => model.nodeGroups(n.id).map((g) => g.name)),
  };
}

function assertMatchesStore(model: ClusterModel, raw: Store): void {
  assert.deepEqual(snapshot(model), snapshot(ClusterModel.open(raw)));
}

for (const [kind, open] of Object.entries(stores)) {
  describe(`model indexes after a rolled-back transaction (${kind} store)`, () => {
    it('a resource created in a failed transaction is not found afterwards', () => {
      const raw = open();
      const model = createDemoCluster(raw, undefined, { newId: sequentialIds() });
      rolledBack(model, () => {
        model.createGroup('Doomed');
        model.createResource('Doomed', 'Ghost', 'Generic Service');
        assert.equal(model.resource('GHOST').name, 'Ghost', 'visible inside the transaction');
      });
      assertStatus(() => model.resource('Ghost'), S.ERROR_RESOURCE_NOT_FOUND);
      assertStatus(() => model.group('doomed'), S.ERROR_GROUP_NOT_FOUND);
      // The name is free again, and the group's member index did not keep the ghost.
      model.createGroup('Doomed');
      model.createResource('Doomed', 'Ghost', 'Generic Service');
      assert.deepEqual(
        model.groupResources('Doomed').map((r) => r.name),
        ['Ghost'],
      );
      assertMatchesStore(model, raw);
      raw.close();
    });

    it('after a rolled-back rename the old name resolves and the new one does not', () => {
      const raw = open();
      const model = createDemoCluster(raw, undefined, { newId: sequentialIds() });
      const id = model.resource('Cluster Disk 2').id;
      rolledBack(model, () => {
        model.renameResource('Cluster Disk 2', 'Renamed Disk');
        model.renameGroup('Available Storage', 'Renamed Storage');
      });
      assert.equal(model.resource('cluster disk 2').id, id);
      assertStatus(() => model.resource('Renamed Disk'), S.ERROR_RESOURCE_NOT_FOUND);
      assert.equal(model.group('available storage').name, 'Available Storage');
      assertStatus(() => model.group('Renamed Storage'), S.ERROR_GROUP_NOT_FOUND);
      // A name the rollback gave back cannot be taken by another object.
      assertStatus(
        () => model.createResource('Cluster Group', 'CLUSTER DISK 2', 'Physical Disk'),
        S.ERROR_OBJECT_ALREADY_EXISTS,
      );
      assertMatchesStore(model, raw);
      raw.close();
    });

    it('a refused call and a trial run leave dependencies and memberships as stored', () => {
      const raw = open();
      const model = createDemoCluster(raw, undefined, { newId: sequentialIds() });
      model.createGroup('App');
      model.createResource('App', 'A', 'Generic Service');
      model.createResource('App', 'B', 'Generic Service');
      model.addDependency('A', 'B');
      // Refused after its first write: B → A closes a cycle.
      assertStatus(() => model.setDependencyExpression('B', '[A]'), S.ERROR_CIRCULAR_DEPENDENCY);
      // ApiCanResourceBeDependent's pattern: do it, then roll it back.
      model.createResource('App', 'C', 'Generic Service');
      rolledBack(model, () => model.addDependency('C', 'A'));
      assert.deepEqual(
        model.dependents('A').map((r) => r.name),
        [],
      );
      rolledBack(model, () => model.changeResourceGroup('A', 'Available Storage'));
      assert.deepEqual(
        model.groupResources('App').map((r) => r.name),
        ['A', 'B', 'C'],
      );
      assertMatchesStore(model, raw);
      raw.close();
    });

    it('a collection first read inside a failed transaction is read again afterwards', () => {
      const raw = open();
      createDemoCluster(raw, undefined, { newId: sequentialIds() });
      const cold = ClusterModel.open(raw);
      rolledBack(cold, () => {
        cold.createResource('Cluster Group', 'Late', 'Generic Service');
      });
      assertStatus(() => cold.resource('Late'), S.ERROR_RESOURCE_NOT_FOUND);
      assertMatchesStore(cold, raw);
      raw.close();
    });
  });
}

describe('model indexes', () => {
  it('the model wraps its store once; models opened on the wrapper share it', () => {
    const raw = new MemoryStore();
    const model = createDemoCluster(raw);
    assert.ok(model.store instanceof IndexedStore);
    assert.equal(ClusterModel.open(model.store).store, model.store);
  });

  it('copies handed out cannot change the cache; stored snapshots are frozen', () => {
    const raw = new MemoryStore();
    const model = createDemoCluster(raw);
    const r = model.resource('Cluster Disk 2') as { name: string };
    r.name = 'changed in a copy';
    assert.equal(model.resource('Cluster Disk 2').name, 'Cluster Disk 2');
    const listed = model.resources()[0]!;
    assert.ok(Object.isFrozen(listed));
    assert.throws(() => {
      (listed as { name: string }).name = 'x';
    }, TypeError);
  });

  it('random operations, refusals and rollbacks: indexes equal the store, state events equal before/after', () => {
    const resNames = ['R0', 'R1', 'R2', 'R3', 'Cluster Disk 2', 'Cluster Name'];
    const groupNames = ['G0', 'G1', 'Available Storage', 'Cluster Group'];
    const nodes = ['NODE1', 'NODE2', 'NODE3'];
    const res = fc.constantFrom(...resNames);
    const grp = fc.constantFrom(...groupNames);
    const node = fc.constantFrom(...nodes);
    type Op = (m: ClusterModel) => unknown;
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.tuple(grp, res).map(
        ([g, r]): Op =>
          (m) =>
            m.createResource(g, r, 'Generic Service'),
      ),
      res.map(
        (r): Op =>
          (m) =>
            m.deleteResource(r),
      ),
      fc.tuple(res, res).map(
        ([a, b]): Op =>
          (m) =>
            m.renameResource(a, b.toLowerCase() + 'x'),
      ),
      grp.map(
        (g): Op =>
          (m) =>
            m.createGroup(g),
      ),
      fc.tuple(grp, fc.boolean()).map(
        ([g, force]): Op =>
          (m) =>
            m.deleteGroup(g, { force }),
      ),
      fc.tuple(grp, grp).map(
        ([a, b]): Op =>
          (m) =>
            m.renameGroup(a, b + ' 2'),
      ),
      res.map(
        (r): Op =>
          (m) =>
            m.onlineResource(r),
      ),
      res.map(
        (r): Op =>
          (m) =>
            m.offlineResource(r),
      ),
      res.map(
        (r): Op =>
          (m) =>
            m.failResource(r),
      ),
      grp.map(
        (g): Op =>
          (m) =>
            m.onlineGroup(g),
      ),
      grp.map(
        (g): Op =>
          (m) =>
            m.offlineGroup(g),
      ),
      fc.tuple(grp, node).map(
        ([g, n]): Op =>
          (m) =>
            m.moveGroup(g, n),
      ),
      fc.tuple(res, res).map(
        ([a, b]): Op =>
          (m) =>
            m.addDependency(a, b),
      ),
      fc.tuple(res, res).map(
        ([a, b]): Op =>
          (m) =>
            m.removeDependency(a, b),
      ),
      fc.tuple(res, grp).map(
        ([r, g]): Op =>
          (m) =>
            m.changeResourceGroup(r, g),
      ),
      node.map(
        (n): Op =>
          (m) =>
            m.pauseNode(n, { drain: true }),
      ),
      node.map(
        (n): Op =>
          (m) =>
            m.resumeNode(n),
      ),
      node.map(
        (n): Op =>
          (m) =>
            m.simulateNodeDown(n),
      ),
      node.map(
        (n): Op =>
          (m) =>
            m.simulateNodeUp(n),
      ),
    );
    const step = fc.oneof(
      { weight: 4, arbitrary: op.map((o) => ({ ops: [o], fail: false })) },
      {
        weight: 1,
        arbitrary: fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) => ({ ops, fail: true })),
      },
    );

    /** Group and network states by id, in id order (the order the model announces them). */
    const states = (m: ClusterModel): Map<string, { object: string; state: number }> => {
      const out = new Map<string, { object: string; state: number }>();
      const byId = <T extends { id: string }>(xs: T[]): T[] => xs.sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const g of byId(m.groups()))
        out.set(`g${g.id}`, { object: 'group', state: m.groupState(g.id).state });
      for (const n of byId(m.networks()))
        out.set(`n${n.id}`, { object: 'network', state: m.networkState(n.id) });
      return out;
    };

    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const raw = new MemoryStore();
        const model = createDemoCluster(raw, undefined, { newId: sequentialIds() });
        const seen: ClusterEvent[] = [];
        model.onChange((e) => seen.push(e));
        for (const s of steps) {
          const before = states(ClusterModel.open(raw));
          seen.length = 0;
          try {
            model.batch(() => {
              for (const o of s.ops) o(model);
              if (s.fail) throw new Rollback();
            });
          } catch (err) {
            if (!(err instanceof ClusterError) && !(err instanceof Rollback)) throw err;
          }
          assertMatchesStore(model, raw);
          const afterStates = states(ClusterModel.open(raw));
          const expected = [...afterStates]
            .filter(([k, v]) => before.has(k) && before.get(k)!.state !== v.state)
            .sort((a, b) => (a[0][0] !== b[0][0] ? (a[0][0] === 'g' ? -1 : 1) : a[0] < b[0] ? -1 : 1))
            .map(([k, v]) => [v.object, k.slice(1), before.get(k)!.state, v.state]);
          const derived = seen
            .filter((e) => e.type === 'state' && (e.object === 'group' || e.object === 'network'))
            .map((e) => (e.type === 'state' ? [e.object, e.id, e.previous, e.state] : []));
          assert.deepEqual(derived, expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
