/** Shared setup for the RRAS model tests: a demo server on a memory store with a steppable clock. */
import { MemoryStore } from '../../src/store/memory-store.js';
import { createDemoRras } from '../../src/rras/demo.js';
import type { EmulatedRras } from '../../src/rras/emulated/emulated-rras.js';
import { sequentialIds } from '../../src/rras/model/ids.js';
import { RrasError } from '../../src/rras/model/errors.js';

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export interface TestClock {
  now: number;
  readonly read: () => number;
  advance(ms: number): void;
}

export function testClock(start = T0): TestClock {
  const c = {
    now: start,
    read: () => c.now,
    advance(ms: number) {
      c.now += ms;
    },
  };
  return c;
}

export function demo(clock = testClock()): { rras: EmulatedRras; store: MemoryStore; clock: TestClock } {
  const store = new MemoryStore();
  const rras = createDemoRras(store, { clock: clock.read, ids: sequentialIds() });
  return { rras, store, clock };
}

/** Asserts the promise rejects with RrasError(status). */
export async function rejectsWith(p: Promise<unknown>, status: number): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (err instanceof RrasError && err.status === status) return;
    throw new Error(`expected RrasError ${status}, got ${String(err)}`);
  }
  throw new Error(`expected RrasError ${status}, but it resolved`);
}
