/**
 * How the RRAS model lays out its state in a `Store` (the same database as the cluster): one
 * collection per object kind under the `rras.` prefix, keyed so that the store's ascending key order
 * is the order RRAS enumerates in, plus the schema migrations of the "rras" namespace.
 *
 * Documents are the domain objects as JSON; byte arrays become `{ "$bytes": "<base64>" }`.
 */
import type { JsonValue, Migration, Store } from '../store/store.js';
import { migrate } from '../store/store.js';

export const RRAS_NAMESPACE = 'rras';

export const RrasCollections = {
  /** One document: RouterType, configuration, id counters, RASRPC values. */
  info: 'rras.info',
  ports: 'rras.ports',
  connections: 'rras.connections',
  interfaces: 'rras.interfaces',
  transports: 'rras.transports',
  routes: 'rras.routes',
  devices: 'rras.devices',
  phonebook: 'rras.phonebook',
  preferences: 'rras.prefs',
  events: 'rras.events',
} as const;

export const RRAS_INFO_KEY = 'server';

/** Version 1 is the initial layout; collections need no creation, so it only records the version. */
const MIGRATIONS: readonly Migration[] = [() => undefined];

export const RRAS_SCHEMA_VERSION = MIGRATIONS.length;

export function migrateRrasSchema(store: Store): void {
  migrate(store, RRAS_NAMESPACE, MIGRATIONS);
}

/** True if `store` already holds an RRAS server (a restart must load it, not create a new one). */
export function hasRras(store: Store): boolean {
  return store.get(RrasCollections.info, RRAS_INFO_KEY) !== undefined;
}

/** A key whose string order is the numeric order of a DWORD id. */
export function idKey(id: number): string {
  return (id >>> 0).toString(16).padStart(8, '0');
}

const BYTES = '$bytes';

/** Domain object → JSON document (byte arrays as base64). */
export function toDoc(value: unknown): JsonValue {
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toDoc);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[k] = toDoc(v);
    }
    return out;
  }
  return value as JsonValue;
}

/** JSON document → domain object; the caller names the type it stored. */
export function fromDoc<T>(doc: JsonValue): T {
  return revive(doc) as T;
}

function revive(value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    const b = value[BYTES];
    if (typeof b === 'string' && Object.keys(value).length === 1)
      return new Uint8Array(Buffer.from(b, 'base64'));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = revive(v);
    return out;
  }
  return value;
}
