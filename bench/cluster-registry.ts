/**
 * Cluster registry writes on SQLite (the store `winrpc serve` uses): 100 values set one call at a
 * time (a transaction each) against the same 100 values applied as one ApiExecuteBatch (one
 * transaction), in the same run; plus a batch read of the 100 values.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BatchEntry } from '../src/cluster/registry/batch.js';
import {
  BatchCommand,
  decodeBatch,
  encodeBatch,
  executeBatch,
  executeReadBatch,
} from '../src/cluster/registry/batch.js';
import { ClusterRegistry, RegType } from '../src/cluster/registry/registry.js';
import { openStateStore } from '../src/store/open.js';
import { timeIt } from './timing.js';

const VALUES = 100;

export async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-bench-reg-'));
  const store = openStateStore(dir);
  try {
    const reg = ClusterRegistry.open(store);
    reg.createKey('', 'Bench');
    const data = (i: number): Uint8Array => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(i);
      return new Uint8Array(b);
    };
    let round = 0;
    const single = timeIt(() => {
      round++;
      for (let i = 0; i < VALUES; i++) reg.setValue('Bench', `v${i}`, RegType.REG_DWORD, data(i + round));
    });
    const entries: BatchEntry[] = [
      { command: BatchCommand.CLUSREG_CREATE_KEY, valueType: 0, name: 'Bench', data: new Uint8Array(0) },
    ];
    const batched = timeIt(() => {
      round++;
      entries.length = 1;
      for (let i = 0; i < VALUES; i++) {
        entries.push({
          command: BatchCommand.CLUSREG_SET_VALUE,
          valueType: RegType.REG_DWORD,
          name: `v${i}`,
          data: data(i + round),
        });
      }
      executeBatch(reg, '', decodeBatch(encodeBatch(entries)));
    });
    const reads: BatchEntry[] = [
      { command: BatchCommand.CLUSREG_READ_KEY, valueType: 0, name: 'Bench', data: new Uint8Array(0) },
      ...Array.from({ length: VALUES }, (_, i) => ({
        command: BatchCommand.CLUSREG_READ_VALUE,
        valueType: 0,
        name: `v${i}`,
        data: new Uint8Array(0),
      })),
    ];
    const readBatch = timeIt(() => {
      executeReadBatch(reg, '', reads);
    });
    console.log(`registry set ${VALUES} values one by one (sqlite): ${single.toFixed(2)} ms`);
    console.log(`registry set ${VALUES} values in one batch (sqlite): ${batched.toFixed(2)} ms`);
    console.log(`registry batch vs single-call writes: ${(single / batched).toFixed(1)} x`);
    console.log(`registry read batch of ${VALUES} values: ${readBatch.toFixed(3)} ms`);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
