/**
 * The persistence contract under every domain model (cluster now; RRAS and accounts later): named
 * collections of JSON documents addressed by string keys, changed only inside transactions, plus a
 * per-namespace schema version for migrations.
 */

/** A JSON value as the store keeps it: what `JSON.stringify` round-trips unchanged. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface StoreEntry {
  readonly key: string;
  readonly value: JsonValue;
}

/** Reads and writes available inside a transaction (and, for reads, outside one). */
export interface StoreAccess {
  get(collection: string, key: string): JsonValue | undefined;
  /** All entries of a collection in ascending key order (code-unit order). */
  list(collection: string): StoreEntry[];
  put(collection: string, key: string, value: JsonValue): void;
  /** True if an entry was removed. */
  delete(collection: string, key: string): boolean;
}

export interface Store extends StoreAccess {
  readonly kind: 'memory' | 'sqlite';
  /**
   * Runs `fn` atomically: every change it makes is durable when this returns, and none survives if
   * `fn` throws (the error propagates). Nested calls join the outer transaction. `put`/`delete`
   * called outside any transaction commit on their own.
   */
  transaction<T>(fn: () => T): T;
  /** Schema version of a namespace ("cluster", "rras", …); 0 when never set. */
  schemaVersion(namespace: string): number;
  setSchemaVersion(namespace: string, version: number): void;
  close(): void;
}

export interface StoreLimits {
  /** Longest collection name, in UTF-16 code units. */
  readonly maxCollectionLength: number;
  readonly maxKeyLength: number;
  /** Largest serialized document, in bytes of UTF-8 JSON. */
  readonly maxValueBytes: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = {
  maxCollectionLength: 64,
  maxKeyLength: 1024,
  maxValueBytes: 1024 * 1024,
};

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Collection names live in one flat namespace: keep them identifier-like so they read well in SQL dumps. */
const COLLECTION_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The reserved collection holding schema versions; not usable by callers. */
export const META_COLLECTION = '__meta';

export function checkCollection(collection: string, limits: StoreLimits): void {
  if (
    typeof collection !== 'string' ||
    collection.length === 0 ||
    collection.length > limits.maxCollectionLength ||
    !COLLECTION_RE.test(collection)
  ) {
    throw new StoreError(`invalid collection name ${JSON.stringify(String(collection).slice(0, 80))}`);
  }
}

export function checkKey(key: string, limits: StoreLimits): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > limits.maxKeyLength) {
    throw new StoreError(`invalid key (empty or longer than ${limits.maxKeyLength})`);
  }
}

/** Serializes a document, refusing values JSON would silently change (NaN, undefined, functions). */
export function encodeValue(value: JsonValue, limits: StoreLimits): string {
  assertJson(value, 0);
  const text = JSON.stringify(value);
  if (Buffer.byteLength(text, 'utf8') > limits.maxValueBytes) {
    throw new StoreError(`document larger than ${limits.maxValueBytes} bytes`);
  }
  return text;
}

const MAX_DEPTH = 64;

function assertJson(v: unknown, depth: number): void {
  if (depth > MAX_DEPTH) throw new StoreError('document nested too deeply');
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new StoreError('document contains a non-finite number');
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) assertJson(x, depth + 1);
    return;
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const x of Object.values(v as Record<string, unknown>)) assertJson(x, depth + 1);
    return;
  }
  throw new StoreError(`document contains a non-JSON value (${typeof v})`);
}

export type Migration = (store: Store) => void;

/**
 * Brings a namespace up to `migrations.length`: migration i (0-based) moves it from version i to
 * i + 1, each in its own transaction together with the version bump. A store written by a newer
 * program (version above what we know) is refused rather than misread.
 */
export function migrate(store: Store, namespace: string, migrations: readonly Migration[]): number {
  const current = store.schemaVersion(namespace);
  if (current > migrations.length) {
    throw new StoreError(
      `${namespace} schema version ${current} is newer than this program supports (${migrations.length})`,
    );
  }
  for (let v = current; v < migrations.length; v++) {
    const step = migrations[v]!;
    store.transaction(() => {
      step(store);
      store.setSchemaVersion(namespace, v + 1);
    });
  }
  return migrations.length;
}
