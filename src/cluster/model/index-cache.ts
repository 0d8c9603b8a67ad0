/**
 * A `Store` in front of the cluster's store that keeps chosen collections parsed in memory with
 * secondary indexes (folded name → keys, owner group → resources, …), so the model finds an object
 * by name or its members without reading and parsing a whole collection. Writes go to the store
 * first and then to the cache; a transaction that throws restores the cache from an undo log, so
 * what the cache answers is always what the store holds.
 *
 * The cache belongs to one wrapper: every write to a cached collection must go through it (the
 * cluster model is the only writer of its collections). A rollback the wrapper cannot see — an
 * outer transaction opened on the underlying store that throws after the wrapper's own part
 * returned — leaves it stale, so such a caller discards the model (as `createDemoCluster` does).
 */
import type { JsonValue, Store, StoreEntry } from '../../store/store.js';

/** Index keys of one document; a document may sit under several keys of an index, or none. */
export type IndexKeys = (doc: JsonValue) => readonly string[];

/** Collections to cache, each with its named secondary indexes. */
export type CacheLayout = Readonly<Record<string, Readonly<Record<string, IndexKeys>>>>;

type Undo = { collection: string; key: string; previous: JsonValue | undefined };

/** One change of a transaction: the key and its document before the transaction (undefined = absent). */
export interface ChangedDoc {
  readonly key: string;
  readonly before: JsonValue | undefined;
}

const EMPTY: ReadonlySet<string> = new Set();

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

class CollectionCache {
  readonly docs = new Map<string, JsonValue>();
  private sorted: string[] | undefined;
  private readonly indexes = new Map<string, Map<string, Set<string>>>();

  constructor(private readonly keysOf: Readonly<Record<string, IndexKeys>>) {
    for (const name of Object.keys(keysOf)) this.indexes.set(name, new Map());
  }

  set(key: string, doc: JsonValue | undefined): void {
    const old = this.docs.get(key);
    if (old !== undefined) this.unindex(key, old);
    if (doc === undefined) {
      if (old !== undefined) {
        this.docs.delete(key);
        this.sorted = undefined;
      }
      return;
    }
    if (old === undefined) this.sorted = undefined;
    this.docs.set(key, doc);
    for (const [name, keysOf] of Object.entries(this.keysOf)) {
      const index = this.indexes.get(name)!;
      for (const k of keysOf(doc)) {
        let set = index.get(k);
        if (!set) index.set(k, (set = new Set()));
        set.add(key);
      }
    }
  }

  keys(): readonly string[] {
    this.sorted ??= [...this.docs.keys()].sort(byCodeUnit);
    return this.sorted;
  }

  lookup(index: string, value: string): ReadonlySet<string> {
    const m = this.indexes.get(index);
    if (!m) throw new Error(`no index ${index}`);
    return m.get(value) ?? EMPTY;
  }

  private unindex(key: string, doc: JsonValue): void {
    for (const [name, keysOf] of Object.entries(this.keysOf)) {
      const index = this.indexes.get(name)!;
      for (const k of keysOf(doc)) {
        const set = index.get(k);
        if (!set) continue;
        set.delete(key);
        if (set.size === 0) index.delete(k);
      }
    }
  }
}

export class IndexedStore implements Store {
  private readonly caches = new Map<string, CollectionCache>();
  /** Changes of the outermost transaction in progress, oldest first. */
  private undo: Undo[] | undefined;
  /** Collections first read inside the transaction in progress: they are dropped on rollback. */
  private loadedInTransaction = new Set<string>();

  constructor(
    readonly inner: Store,
    private readonly layout: CacheLayout,
  ) {}

  get kind(): Store['kind'] {
    return this.inner.kind;
  }

  get(collection: string, key: string): JsonValue | undefined {
    const c = this.cacheOf(collection);
    if (!c) return this.inner.get(collection, key);
    const doc = c.docs.get(key);
    return doc === undefined ? undefined : cloneJson(doc);
  }

  list(collection: string): StoreEntry[] {
    const c = this.cacheOf(collection);
    if (!c) return this.inner.list(collection);
    return c.keys().map((key) => ({ key, value: cloneJson(c.docs.get(key)!) }));
  }

  put(collection: string, key: string, value: JsonValue): void {
    // Loaded before the write, so the undo entry below holds what the key had before it.
    const c = this.cacheOf(collection);
    this.inner.put(collection, key, value);
    if (!c) return;
    this.undo?.push({ collection, key, previous: c.docs.get(key) });
    // A copy: callers keep changing the object they stored, e.g. to put it again.
    c.set(key, freezeJson(cloneJson(value)));
  }

  delete(collection: string, key: string): boolean {
    const c = this.cacheOf(collection);
    const removed = this.inner.delete(collection, key);
    if (c && removed) {
      this.undo?.push({ collection, key, previous: c.docs.get(key) });
      c.set(key, undefined);
    }
    return removed;
  }

  transaction<T>(fn: () => T): T {
    if (this.undo) return this.inner.transaction(fn);
    const log: Undo[] = [];
    this.undo = log;
    this.loadedInTransaction = new Set();
    try {
      return this.inner.transaction(fn);
    } catch (err) {
      this.rollback(log);
      throw err;
    } finally {
      this.undo = undefined;
      this.loadedInTransaction = new Set();
    }
  }

  schemaVersion(namespace: string): number {
    return this.inner.schemaVersion(namespace);
  }

  setSchemaVersion(namespace: string, version: number): void {
    this.inner.setSchemaVersion(namespace, version);
  }

  close(): void {
    this.caches.clear();
    this.inner.close();
  }

  // ---------------------------------------------------------------- reads without copies

  /** The cached document itself (deep-frozen): for reading only. */
  peek(collection: string, key: string): JsonValue | undefined {
    return this.cached(collection).docs.get(key);
  }

  /** Every cached document of a collection in key order (deep-frozen). */
  peekAll(collection: string): JsonValue[] {
    const c = this.cached(collection);
    return c.keys().map((k) => c.docs.get(k)!);
  }

  count(collection: string): number {
    return this.cached(collection).docs.size;
  }

  /** Keys of the documents an index files under `value` (a live view: copy it before writing). */
  lookup(collection: string, index: string, value: string): ReadonlySet<string> {
    return this.cached(collection).lookup(index, value);
  }

  /** Whether a transaction of this wrapper is in progress. */
  get inTransaction(): boolean {
    return this.undo !== undefined;
  }

  /** Where the current transaction's change log stands, for `changedSince`. */
  mark(): number {
    return this.undo?.length ?? 0;
  }

  /**
   * Keys of `collection` written since `mark` in the current transaction, each with the document
   * it held at that mark. Empty outside a transaction.
   */
  changedSince(mark: number, collection: string): ChangedDoc[] {
    const log = this.undo;
    if (!log) return [];
    const first = new Map<string, JsonValue | undefined>();
    for (let i = mark; i < log.length; i++) {
      const u = log[i]!;
      if (u.collection === collection && !first.has(u.key)) first.set(u.key, u.previous);
    }
    return [...first].map(([key, before]) => ({ key, before }));
  }

  // ---------------------------------------------------------------- internals

  private cached(collection: string): CollectionCache {
    const c = this.cacheOf(collection);
    if (!c) throw new Error(`collection ${collection} is not cached`);
    return c;
  }

  private cacheOf(collection: string): CollectionCache | undefined {
    const existing = this.caches.get(collection);
    if (existing) return existing;
    const indexes = this.layout[collection];
    if (!indexes) return undefined;
    const c = new CollectionCache(indexes);
    for (const e of this.inner.list(collection)) c.set(e.key, freezeJson(e.value));
    this.caches.set(collection, c);
    if (this.undo) this.loadedInTransaction.add(collection);
    return c;
  }

  private rollback(log: readonly Undo[]): void {
    for (let i = log.length - 1; i >= 0; i--) {
      const u = log[i]!;
      if (this.loadedInTransaction.has(u.collection)) continue;
      this.caches.get(u.collection)?.set(u.key, u.previous);
    }
    // Read from the store mid-transaction, they may hold what the store just rolled back.
    for (const name of this.loadedInTransaction) this.caches.delete(name);
  }
}

/** A deep copy of a JSON value (what `JSON.parse(JSON.stringify(v))` gives, without the text). */
export function cloneJson<T extends JsonValue>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => cloneJson(x)) as T;
  const out: { [key: string]: JsonValue } = {};
  for (const k of Object.keys(v)) out[k] = cloneJson((v as { [key: string]: JsonValue })[k]!);
  return out as T;
}

function freezeJson(v: JsonValue): JsonValue {
  if (v !== null && typeof v === 'object') {
    for (const x of Array.isArray(v) ? v : Object.values(v)) freezeJson(x);
    Object.freeze(v);
  }
  return v;
}
