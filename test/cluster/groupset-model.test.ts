/** Group sets and group dependencies in the cluster model: rules, events, persistence. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openClusterState } from '../../src/cluster/store-open.js';
import { ClusterModel } from '../../src/cluster/model/cluster-model.js';
import type { ClusterEvent } from '../../src/cluster/model/events.js';
import {
  CORE_GROUP_SET_NAME,
  GroupSetCollections,
  parseAndExpression,
} from '../../src/cluster/model/group-sets.js';
import { dword } from '../../src/cluster/model/properties.js';
import { CLUSTER_NAMESPACE, ClusterCollections, migrateClusterSchema } from '../../src/cluster/store.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { assertStatus, demo } from './helpers.js';

const S = ClusterStatus;

function withApps() {
  const d = demo();
  for (const n of ['Web', 'App', 'Db']) d.model.createGroup(n);
  return d;
}

describe('group sets: default state', () => {
  it('the demo cluster has a global set holding the core group', () => {
    const { model } = demo();
    const sets = model.groupSets.list();
    assert.deepEqual(
      sets.map((s) => s.name),
      [CORE_GROUP_SET_NAME],
    );
    assert.equal(model.groupSets.isGlobal(CORE_GROUP_SET_NAME), true);
    assert.deepEqual(
      model.groupSets.members(CORE_GROUP_SET_NAME).map((g) => g.name),
      ['Cluster Group'],
    );
    const props = Object.fromEntries(
      model.groupSets.commonProperties(CORE_GROUP_SET_NAME).map((p) => [p.name, p]),
    );
    assert.deepEqual(props['StartupDelay']?.value, dword(20));
    assert.deepEqual(props['StartupCount']?.value, dword(0xffffffff));
    assert.deepEqual(props['StartupSetting']?.value, dword(1));
    assert.deepEqual(props['IsGlobal']?.value, dword(1));
    // The core group is online, so the set reports CLUSGRPGROUPSET_STATUS_GROUPS_ONLINE.
    assert.deepEqual(props['StatusInformation']?.value, { type: 'ularge_integer', value: '2' });
    assert.equal(props['StatusInformation']?.readOnly, true);
  });

  it('a cluster stored before group sets gets the core set by migration, once', () => {
    const { store } = demo();
    for (const e of store.list(GroupSetCollections.sets)) store.delete(GroupSetCollections.sets, e.key);
    store.setSchemaVersion(CLUSTER_NAMESPACE, 1);
    migrateClusterSchema(store);
    const model = ClusterModel.open(store);
    assert.deepEqual(
      model.groupSets.list().map((s) => [s.name, model.groupSets.isGlobal(s.id)]),
      [[CORE_GROUP_SET_NAME, true]],
    );
    const core = store
      .list(ClusterCollections.groups)
      .find((e) => (e.value as { name: string }).name === 'Cluster Group');
    assert.deepEqual(model.groupSets.get(CORE_GROUP_SET_NAME).groups, [core?.key]);
  });

  it('an empty store migrates without inventing a set', () => {
    const store = new MemoryStore();
    migrateClusterSchema(store);
    assert.equal(store.list(GroupSetCollections.sets).length, 0);
  });
});

describe('group sets: create, delete, membership', () => {
  it('create refuses empty and taken names (case-insensitive), finds by name or id', () => {
    const { model } = withApps();
    const s = model.groupSets.create('Front');
    assertStatus(() => model.groupSets.create(''), Win32.ERROR_INVALID_NAME);
    assertStatus(() => model.groupSets.create('FRONT'), S.ERROR_OBJECT_ALREADY_EXISTS);
    assertStatus(() => model.groupSets.create(s.id), S.ERROR_OBJECT_ALREADY_EXISTS);
    assert.equal(model.groupSets.get('front').id, s.id);
    assert.equal(model.groupSets.get(s.id).name, 'Front');
    assertStatus(() => model.groupSets.get('nope'), S.ERROR_GROUPSET_NOT_FOUND);
  });

  it('a group is in at most one set; add, remove, move', () => {
    const { model } = withApps();
    model.groupSets.create('A');
    model.groupSets.create('B');
    model.groupSets.addGroup('A', 'Web');
    assertStatus(() => model.groupSets.addGroup('A', 'web'), Win32.ERROR_ALREADY_EXISTS);
    assertStatus(() => model.groupSets.addGroup('B', 'Web'), S.ERROR_INVALID_STATE);
    assertStatus(() => model.groupSets.addGroup('A', 'Ghost'), S.ERROR_GROUP_NOT_FOUND);
    model.groupSets.moveGroup('B', 'Web');
    assert.equal(model.groupSets.setOf('Web')?.name, 'B');
    assert.deepEqual(model.groupSets.get('A').groups, []);
    model.groupSets.moveGroup('B', 'Web'); // already there: nothing to do
    model.groupSets.removeGroup('Web');
    assert.equal(model.groupSets.setOf('Web'), undefined);
    assertStatus(() => model.groupSets.removeGroup('Web'), S.ERROR_INVALID_STATE);
  });

  it('AddGroupToGroupSetEx placements are kept per member', () => {
    const { model } = withApps();
    model.groupSets.create('A');
    model.groupSets.addGroup('A', 'Web', { fault: 2, update: 5 });
    const web = model.group('Web');
    assert.deepEqual(model.groupSets.get('A').domains, { [web.id]: { fault: 2, update: 5 } });
  });

  it('delete refuses a set with members or dependents', () => {
    const { model } = withApps();
    model.groupSets.create('A');
    model.groupSets.create('B');
    model.groupSets.addGroup('A', 'Web');
    model.groupSets.addGroup('B', 'Db');
    assertStatus(() => model.groupSets.delete('A'), S.ERROR_DIR_NOT_EMPTY);
    model.groupSets.addDependency('A', 'B');
    model.groupSets.removeGroup('Db');
    assertStatus(() => model.groupSets.delete('B'), S.ERROR_DIR_NOT_EMPTY);
    model.groupSets.removeDependency('A', 'B');
    model.groupSets.addGroupToGroupSetDependency('App', 'B');
    assertStatus(() => model.groupSets.delete('B'), S.ERROR_DIR_NOT_EMPTY);
    model.groupSets.removeGroupToGroupSetDependency('App', 'B');
    model.groupSets.delete('B');
    assertStatus(() => model.groupSets.get('B'), S.ERROR_GROUPSET_NOT_FOUND);
  });

  it('a deleted group disappears from its set and from dependencies', () => {
    const { model } = withApps();
    model.groupSets.create('A');
    model.groupSets.addGroup('A', 'Web');
    model.groupSets.setGroupDependencyExpression('App', '[Web]');
    model.deleteGroup('Web');
    assert.deepEqual(model.groupSets.get('A').groups, []);
    assert.deepEqual(model.groupSets.groupDependencies('App').groups, []);
    model.groupSets.delete('A');
  });
});

describe('group sets: dependencies', () => {
  it('set dependencies: empty sets, duplicates, cycles, the global rule', () => {
    const { model } = withApps();
    for (const n of ['A', 'B', 'C']) model.groupSets.create(n);
    assertStatus(() => model.groupSets.addDependency('A', 'B'), Win32.ERROR_INVALID_PARAMETER);
    model.groupSets.addGroup('A', 'Web');
    model.groupSets.addGroup('B', 'App');
    model.groupSets.addGroup('C', 'Db');
    model.groupSets.addDependency('A', 'B');
    assertStatus(() => model.groupSets.addDependency('A', 'B'), S.ERROR_DEPENDENCY_ALREADY_EXISTS);
    model.groupSets.addDependency('B', 'C');
    assertStatus(() => model.groupSets.addDependency('C', 'A'), Win32.ERROR_INVALID_PARAMETER);
    assertStatus(() => model.groupSets.addDependency('A', 'A'), Win32.ERROR_INVALID_PARAMETER);
    // A global set may not depend on a non-global one (3.1.4.2.153).
    assertStatus(
      () => model.groupSets.addDependency(CORE_GROUP_SET_NAME, 'C'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.deepEqual(
      model.groupSets.providerSets('A').map((s) => s.name),
      ['B'],
    );
    assert.equal(model.groupSets.dependencyExpression('A'), '[B]');
    assertStatus(() => model.groupSets.removeDependency('A', 'C'), S.ERROR_DEPENDENCY_NOT_FOUND);
  });

  it('set dependency expressions: ids or names, AND only, "" clears', () => {
    const { model } = withApps();
    const a = model.groupSets.create('A');
    const b = model.groupSets.create('B');
    const c = model.groupSets.create('C');
    model.groupSets.setDependencyExpression(a.id, `([${b.id}] and [${c.id}])`);
    assert.equal(model.groupSets.dependencyExpression('A'), '[B] and [C]');
    model.groupSets.setDependencyExpression('A', '[B]');
    assert.equal(model.groupSets.dependencyExpression('A'), '[B]');
    assertStatus(
      () => model.groupSets.setDependencyExpression('A', '[B] or [C]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.groupSets.setDependencyExpression('A', '[B] [C]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(() => model.groupSets.setDependencyExpression('A', '[Nope]'), S.ERROR_GROUPSET_NOT_FOUND);
    assertStatus(() => model.groupSets.setDependencyExpression('B', '[A]'), Win32.ERROR_INVALID_PARAMETER);
    model.groupSets.setDependencyExpression('A', '');
    assert.equal(model.groupSets.dependencyExpression('A'), '');
  });

  it('making a set global must not close a cycle', () => {
    const { model } = withApps();
    model.groupSets.create('A');
    model.groupSets.create('B');
    model.groupSets.addGroup('A', 'Web');
    model.groupSets.addGroup('B', 'App');
    model.groupSets.addDependency('A', 'B');
    assertStatus(
      () => model.groupSets.setCommonProperties('A', { IsGlobal: dword(1) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    model.groupSets.setCommonProperties('B', { IsGlobal: dword(1), StartupDelay: dword(5) });
    assert.equal(model.groupSets.isGlobal('B'), true);
    assertStatus(
      () => model.groupSets.setCommonProperties('B', { StartupSetting: dword(9) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.groupSets.setCommonProperties('B', { StatusInformation: dword(1) }),
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('group dependency expressions: AND of groups, no ORs, no cycles', () => {
    const { model } = withApps();
    model.groupSets.setGroupDependencyExpression('Web', '[App] and {[Db]}');
    assert.equal(model.groupSets.groupDependencyExpression('Web'), '[App] and [Db]');
    assertStatus(
      () => model.groupSets.setGroupDependencyExpression('Db', '[Web]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.groupSets.setGroupDependencyExpression('App', '[Db] or [Web]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.groupSets.setGroupDependencyExpression('App', '[Nope]'),
      S.ERROR_GROUP_NOT_FOUND,
    );
    assertStatus(
      () => model.groupSets.setGroupDependencyExpression('App', '[App]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    model.groupSets.removeGroupDependency('Web', 'Db');
    assert.equal(model.groupSets.groupDependencyExpression('Web'), '[App]');
    assertStatus(() => model.groupSets.removeGroupDependency('Web', 'Db'), S.ERROR_DEPENDENCY_NOT_FOUND);
    model.groupSets.setGroupDependencyExpression('Web', '');
    assert.deepEqual(model.groupSets.groupDependencies('Web').groups, []);
  });

  it('a group depends on at most one set, never on its own', () => {
    const { model } = withApps();
    model.groupSets.create('A');
    model.groupSets.create('B');
    model.groupSets.addGroup('A', 'Web');
    assertStatus(
      () => model.groupSets.addGroupToGroupSetDependency('Web', 'A'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    model.groupSets.addGroupToGroupSetDependency('App', 'A');
    assertStatus(
      () => model.groupSets.addGroupToGroupSetDependency('App', 'A'),
      S.ERROR_DEPENDENCY_ALREADY_EXISTS,
    );
    assertStatus(
      () => model.groupSets.addGroupToGroupSetDependency('App', 'B'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.equal(model.groupSets.groupDependencies('App').groupSet?.name, 'A');
    // App waits for A, which holds Web: Web may not wait for App.
    assertStatus(
      () => model.groupSets.setGroupDependencyExpression('Web', '[App]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      () => model.groupSets.removeGroupToGroupSetDependency('App', 'B'),
      S.ERROR_DEPENDENCY_NOT_FOUND,
    );
    model.groupSets.removeGroupToGroupSetDependency('App', 'A');
    assert.equal(model.groupSets.groupDependencies('App').groupSet, null);
  });

  it('everything implicitly waits for a global set (3.1.1.1.5)', () => {
    const { model } = withApps();
    // Web (outside any global set) waits for the global core set, so the core group may not wait for Web.
    assertStatus(
      () => model.groupSets.setGroupDependencyExpression('Cluster Group', '[Web]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    model.groupSets.setGroupDependencyExpression('Web', '[Cluster Group]');
    model.groupSets.addGroup(CORE_GROUP_SET_NAME, 'App');
    // Db waits for the global set, which holds App: App may not wait for Db.
    assertStatus(
      () => model.groupSets.setGroupDependencyExpression('App', '[Db]'),
      Win32.ERROR_INVALID_PARAMETER,
    );
    // Taking the core group out of the global set would make it wait for that set (and so for
    // App) — fine — but App waiting for Web, which waits for the core group, now closes a loop.
    model.groupSets.setGroupDependencyExpression('App', '[Cluster Group]');
    assertStatus(() => model.groupSets.removeGroup('Cluster Group'), Win32.ERROR_INVALID_PARAMETER);
  });

  it('providerGroups of a set are its members\u2019 outside providers', () => {
    const { model } = withApps();
    model.groupSets.create('A');
    model.groupSets.addGroup('A', 'Web');
    model.groupSets.addGroup('A', 'App');
    model.groupSets.setGroupDependencyExpression('Web', '[App] and [Db]');
    assert.deepEqual(
      model.groupSets.providerGroups('A').map((g) => g.name),
      ['Db'],
    );
  });
});

describe('group sets: expressions, events, persistence', () => {
  it('parseAndExpression', () => {
    assert.deepEqual(parseAndExpression(''), []);
    assert.deepEqual(parseAndExpression('  '), []);
    assert.deepEqual(parseAndExpression('[a]'), ['a']);
    assert.deepEqual(parseAndExpression('[a] AND ([b] and {[c]})'), ['a', 'b', 'c']);
    for (const bad of ['[a] or [b]', '[a] and', 'and [a]', '[a', '[]', '[a] xor [b]', '[a][b]']) {
      assertStatus(() => parseAndExpression(bad), Win32.ERROR_INVALID_PARAMETER);
    }
  });

  it('emits group-set events after commit, none for a refused change', () => {
    const { model } = withApps();
    const seen: ClusterEvent[] = [];
    model.onChange((e) => seen.push(e));
    const a = model.groupSets.create('A');
    model.groupSets.addGroup('A', 'Web');
    model.groupSets.setCommonProperties('A', { StartupDelay: dword(1) });
    model.groupSets.setGroupDependencyExpression('App', '[Web]');
    assertStatus(() => model.groupSets.addGroup('A', 'Web'), Win32.ERROR_ALREADY_EXISTS);
    model.groupSets.removeGroup('Web');
    const web = model.group('Web').id;
    const app = model.group('App').id;
    assert.deepEqual(seen, [
      { type: 'groupset', change: 'added', id: a.id, name: 'A' },
      { type: 'groupset', change: 'group-added', id: a.id, name: 'A', groupId: web },
      { type: 'groupset', change: 'property', id: a.id, name: 'A', properties: ['StartupDelay'] },
      { type: 'group-dependencies', id: app, name: 'App' },
      { type: 'groupset', change: 'group-removed', id: a.id, name: 'A', groupId: web },
    ]);
  });

  it('survives a restart on SQLite', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winrpc-groupsets-'));
    try {
      const a = openClusterState(dir);
      a.model.createGroup('Web');
      a.model.createGroup('Db');
      a.model.groupSets.create('Front');
      a.model.groupSets.create('Back');
      a.model.groupSets.addGroup('Front', 'Web', { fault: 1, update: 2 });
      a.model.groupSets.addGroup('Back', 'Db');
      a.model.groupSets.addDependency('Front', 'Back');
      a.model.groupSets.setCommonProperties('Front', { StartupDelay: dword(45) });
      a.model.groupSets.setGroupDependencyExpression('Web', '[Db]');
      a.store.close();
      const b = openClusterState(dir);
      try {
        const sets = b.model.groupSets;
        assert.deepEqual(
          sets.list().map((s) => s.name),
          ['Back', CORE_GROUP_SET_NAME, 'Front'],
        );
        assert.deepEqual(
          sets.members('Front').map((g) => g.name),
          ['Web'],
        );
        assert.deepEqual(Object.values(sets.get('Front').domains), [{ fault: 1, update: 2 }]);
        assert.equal(sets.dependencyExpression('Front'), '[Back]');
        assert.equal(sets.groupDependencyExpression('Web'), '[Db]');
        const delay = sets.commonProperties('Front').find((p) => p.name === 'StartupDelay');
        assert.deepEqual(delay?.value, dword(45));
      } finally {
        b.store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
