/**
 * In-memory `Store` for tests and throw-away servers. Documents are kept serialized so callers can
 * never alias stored state, and a transaction keeps an undo log so a throwing body leaves nothing.
 */
import type { JsonValue, Store, StoreEntry, StoreLimits } from './store.js';
import {
  DEFAULT_STORE_LIMITS,
  META_COLLECTION,
  StoreError,
  checkCollection,
  checkKey,
  encodeValue,
} from './store.js';

type UndoEntry = { collection: string; key: string; previous: string | undefined };

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  private readonly data = new Map<string, Map<string, string>>();
  private undo: UndoEntry[] | undefined;
  private closed = false;

  constructor(private readonly limits: StoreLimits = DEFAULT_STORE_LIMITS) {}

  get(collection: string, key: string): JsonValue | undefined {
    this.checkOpen();
    checkCollection(collection, this.limits);
    checkKey(key, this.limits);
    const text = this.data.get(collection)?.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
  }

  list(collection: string): StoreEntry[] {
    this.checkOpen();
    checkCollection(collection, this.limits);
    const c = this.data.get(collection);
    if (!c) return [];
    return [...c.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => ({ key, value: JSON.parse(c.get(key)!) as JsonValue }));
  }

  put(collection: string, key: string, value: JsonValue): void {
    this.userCollection(collection);
    checkKey(key, this.limits);
    this.write(collection, key, encodeValue(value, this.limits));
  }

  delete(collection: string, key: string): boolean {
    this.userCollection(collection);
    checkKey(key, this.limits);
    if (!this.data.get(collection)?.has(key)) return false;
    this.write(collection, key, undefined);
    return true;
  }

  transaction<T>(fn: () => T): T {
    this.checkOpen();
    if (this.undo) return fn();
    const log: UndoEntry[] = [];
    this.undo = log;
    try {
      const result = fn();
      this.undo = undefined;
      return result;
    } catch (err) {
      this.undo = undefined;
      for (let i = log.length - 1; i >= 0; i--) {
        const u = log[i]!;
        this.raw(u.collection, u.key, u.previous);
      }
      throw err;
    }
  }

  schemaVersion(namespace: string): number {
    this.checkOpen();
    checkKey(namespace, this.limits);
    const text = this.data.get(META_COLLECTION)?.get(namespace);
    return text === undefined ? 0 : (JSON.parse(text) as number);
  }

  setSchemaVersion(namespace: string, version: number): void {
    this.checkOpen();
    checkKey(namespace, this.limits);
    if (!Number.isInteger(version) || version < 0)
      throw new StoreError('schema version must be an integer ≥ 0');
    this.write(META_COLLECTION, namespace, String(version));
  }

  close(): void {
    this.closed = true;
  }

  private userCollection(collection: string): void {
    this.checkOpen();
    checkCollection(collection, this.limits);
    if (collection === META_COLLECTION) throw new StoreError(`collection ${META_COLLECTION} is reserved`);
  }

  private write(collection: string, key: string, text: string | undefined): void {
    this.undo?.push({ collection, key, previous: this.data.get(collection)?.get(key) });
    this.raw(collection, key, text);
  }

  private raw(collection: string, key: string, text: string | undefined): void {
    let c = this.data.get(collection);
    if (text === undefined) {
      c?.delete(key);
      return;
    }
    if (!c) this.data.set(collection, (c = new Map()));
    c.set(key, text);
  }

  private checkOpen(): void {
    if (this.closed) throw new StoreError('store is closed');
  }
}
