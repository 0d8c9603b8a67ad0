import assert from 'node:assert/strict';
import { statusName } from '../../src/errors/status.js';
import { ClusterError } from '../../src/cluster/model/errors.js';
import type { ClusterModelOptions } from '../../src/cluster/model/cluster-model.js';
import { createDemoCluster } from '../../src/cluster/model/demo.js';
import { MemoryStore } from '../../src/store/memory-store.js';

/** Asserts that `fn` is refused with exactly `status`. */
export function assertStatus(fn: () => unknown, status: number): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ClusterError, `expected ClusterError, got ${String(err)}`);
    assert.equal(statusName(err.status), statusName(status));
    return true;
  });
}

let seq = 0;
/** Deterministic GUID-shaped ids so failures read the same on every run. */
export function sequentialIds(): () => string {
  return () => `00000000-0000-4000-8000-${(++seq).toString(16).padStart(12, '0')}`;
}

export function demo(options: ClusterModelOptions = {}) {
  const store = new MemoryStore();
  return { store, model: createDemoCluster(store, undefined, { newId: sequentialIds(), ...options }) };
}
