export type { JsonValue, Migration, Store, StoreAccess, StoreEntry, StoreLimits } from './store.js';
export { DEFAULT_STORE_LIMITS, META_COLLECTION, StoreError, migrate } from './store.js';
export { MemoryStore } from './memory-store.js';
export { SqliteStore } from './sqlite-store.js';
export { openStateStore, STATE_DB_FILE } from './open.js';
