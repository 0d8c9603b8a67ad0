/**
 * `Store` on a SQLite file (better-sqlite3). WAL journal with synchronous=FULL: a transaction is on
 * disk when `transaction()` returns, so it survives a crash or kill -9 of the process.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { JsonValue, Store, StoreEntry, StoreLimits } from './store.js';
import {
  DEFAULT_STORE_LIMITS,
  META_COLLECTION,
  StoreError,
  checkCollection,
  checkKey,
  encodeValue,
} from './store.js';

/** Layout version of the SQLite file itself (PRAGMA user_version), distinct from namespace schemas. */
const FILE_FORMAT_VERSION = 1;

type Row = { key: string; value: string };

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly stmts: {
    get: Database.Statement<[string, string], { value: string }>;
    list: Database.Statement<[string], Row>;
    put: Database.Statement<[string, string, string]>;
    del: Database.Statement<[string, string]>;
  };

  private constructor(
    db: Database.Database,
    private readonly limits: StoreLimits,
  ) {
    this.db = db;
    this.stmts = {
      get: db.prepare('SELECT value FROM docs WHERE collection = ? AND key = ?'),
      list: db.prepare('SELECT key, value FROM docs WHERE collection = ? ORDER BY key'),
      put: db.prepare(
        'INSERT INTO docs (collection, key, value) VALUES (?, ?, ?) ' +
          'ON CONFLICT (collection, key) DO UPDATE SET value = excluded.value',
      ),
      del: db.prepare('DELETE FROM docs WHERE collection = ? AND key = ?'),
    };
  }

  /** Opens (creating if needed) the database file; its directory is created too. */
  static open(file: string, limits: StoreLimits = DEFAULT_STORE_LIMITS): SqliteStore {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > FILE_FORMAT_VERSION) {
        throw new StoreError(
          `${file}: store format ${version} is newer than supported (${FILE_FORMAT_VERSION})`,
        );
      }
      if (version < FILE_FORMAT_VERSION) {
        db.transaction(() => {
          db.exec(
            'CREATE TABLE IF NOT EXISTS docs (collection TEXT NOT NULL, key TEXT NOT NULL, ' +
              'value TEXT NOT NULL, PRIMARY KEY (collection, key)) WITHOUT ROWID',
          );
          db.pragma(`user_version = ${FILE_FORMAT_VERSION}`);
        })();
      }
      return new SqliteStore(db, limits);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  get(collection: string, key: string): JsonValue | undefined {
    checkCollection(collection, this.limits);
    checkKey(key, this.limits);
    const row = this.stmts.get.get(collection, key);
    return row === undefined ? undefined : (JSON.parse(row.value) as JsonValue);
  }

  list(collection: string): StoreEntry[] {
    checkCollection(collection, this.limits);
    // SQLite's default BINARY collation orders UTF-8 bytes; re-sort to the contract's UTF-16 order.
    return this.stmts.list
      .all(collection)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((r) => ({ key: r.key, value: JSON.parse(r.value) as JsonValue }));
  }

  put(collection: string, key: string, value: JsonValue): void {
    this.userCollection(collection);
    checkKey(key, this.limits);
    this.stmts.put.run(collection, key, encodeValue(value, this.limits));
  }

  delete(collection: string, key: string): boolean {
    this.userCollection(collection);
    checkKey(key, this.limits);
    return this.stmts.del.run(collection, key).changes > 0;
  }

  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    return this.db.transaction(fn)();
  }

  schemaVersion(namespace: string): number {
    checkKey(namespace, this.limits);
    const row = this.stmts.get.get(META_COLLECTION, namespace);
    return row === undefined ? 0 : (JSON.parse(row.value) as number);
  }

  setSchemaVersion(namespace: string, version: number): void {
    checkKey(namespace, this.limits);
    if (!Number.isInteger(version) || version < 0)
      throw new StoreError('schema version must be an integer ≥ 0');
    this.stmts.put.run(META_COLLECTION, namespace, String(version));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private userCollection(collection: string): void {
    checkCollection(collection, this.limits);
    if (collection === META_COLLECTION) throw new StoreError(`collection ${META_COLLECTION} is reserved`);
  }
}
