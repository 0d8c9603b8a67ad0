import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openClusterState } from '../../src/cluster/store-open.js';
import { CLUSTER_NAMESPACE, CLUSTER_SCHEMA_VERSION } from '../../src/cluster/store.js';

describe('cluster state directory', () => {
  it('creates the demo cluster once, then loads it with changes kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winrpc-clstate-'));
    try {
      const a = openClusterState(dir);
      assert.equal(a.created, true);
      assert.equal(a.store.schemaVersion(CLUSTER_NAMESPACE), CLUSTER_SCHEMA_VERSION);
      a.model.createGroup('Kept');
      a.store.close();
      const b = openClusterState(dir, { name: 'IGNORED', demo: false });
      try {
        assert.equal(b.created, false);
        assert.equal(b.model.cluster().name, 'WINRPC-CLU');
        assert.ok(b.model.group('kept'));
        assert.equal(b.model.netInterfaces().length, 6);
      } finally {
        b.store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--no-demo starts from nodes and resource types only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winrpc-clstate-'));
    try {
      const s = openClusterState(dir, { demo: false, name: 'BARE', nodes: ['N1', 'N2'], localNode: 'N2' });
      try {
        assert.equal(s.model.groups().length, 0);
        assert.equal(s.model.localNode().name, 'N2');
      } finally {
        s.store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
