/** Where a server's persistent state lives inside its state directory. */
import path from 'node:path';
import { SqliteStore } from './sqlite-store.js';
import type { StoreLimits } from './store.js';
import { DEFAULT_STORE_LIMITS } from './store.js';

/** One database for every service of the host, so a change spanning services commits atomically. */
export const STATE_DB_FILE = 'state.db';

export function openStateStore(stateDir: string, limits: StoreLimits = DEFAULT_STORE_LIMITS): SqliteStore {
  return SqliteStore.open(path.join(stateDir, STATE_DB_FILE), limits);
}
