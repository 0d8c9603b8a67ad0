/**
 * The cluster registry ([MS-CMRP] 3.1.1.2 "cluster registry"): a tree of keys holding typed values
 * and a security descriptor each, persisted in the cluster Store, one document per key. Names are
 * case-insensitive and case-preserving as in [MS-RRP]. Every change runs in one store transaction
 * and is announced to `onChange` listeners only after it commits; refusals throw `ClusterError`
 * carrying the Win32 status the ClusAPI method returns for them.
 */
import { Win32 } from '../../errors/status.js';
import type { JsonValue, Store } from '../../store/store.js';
import { ClusterError } from '../model/errors.js';
import type { RegistryChange, RegistryEventSource, RegistryListener } from './events.js';
import type { SecurityDescriptor } from './security.js';
import {
  defaultKeySecurityDescriptor,
  encodeSecurityDescriptor,
  mergeParts,
  parseSecurityDescriptor,
} from './security.js';

export const REGISTRY_COLLECTION = 'cluster.registry';

/** Value types ApiSetValue lists (3.1.4.2.33). */
export const RegType = {
  REG_NONE: 0,
  REG_SZ: 1,
  REG_EXPAND_SZ: 2,
  REG_BINARY: 3,
  REG_DWORD: 4,
  REG_MULTI_SZ: 7,
  REG_QWORD: 11,
} as const;
const KNOWN_TYPES: ReadonlySet<number> = new Set(Object.values(RegType));

/** ApiCreateKey dispositions. */
export const Disposition = { REG_CREATED_NEW_KEY: 1, REG_OPENED_EXISTING_KEY: 2 } as const;

/** Bounds on what clients may store; [MS-RRP] names allow more, a lab cluster needs far less. */
export interface RegistryLimits {
  /** Characters of one key name ([MS-RRP] 2.2.4: 255). */
  readonly keyName: number;
  /** Characters of a full path from the root. */
  readonly path: number;
  /** Characters of a value name ([MS-RRP]: 16383). */
  readonly valueName: number;
  readonly valueBytes: number;
  readonly valuesPerKey: number;
  readonly subkeysPerKey: number;
  /** Total value data of one key. */
  readonly keyDataBytes: number;
}

export const DEFAULT_REGISTRY_LIMITS: RegistryLimits = {
  keyName: 255,
  path: 1000,
  valueName: 16383,
  valueBytes: 64 * 1024,
  valuesPerKey: 1024,
  subkeysPerKey: 20000,
  keyDataBytes: 512 * 1024,
};

export interface RegValue {
  readonly name: string;
  readonly type: number;
  readonly data: Uint8Array;
}

export interface KeyInfo {
  readonly subKeys: number;
  /** Characters of the longest subkey name. */
  readonly maxSubKeyLen: number;
  readonly values: number;
  readonly maxValueNameLen: number;
  readonly maxValueLen: number;
  readonly securityDescriptorBytes: number;
  /** Milliseconds since 1970. */
  readonly lastWrite: number;
}

interface KeyDoc {
  /** Display path from the root ('' = root), '\\'-separated. */
  path: string;
  /** Display names of the subkeys, kept sorted by folded name (enumeration order). */
  children: string[];
  /** [name, type, base64 data] in creation order. */
  values: [string, number, string][];
  /** Self-relative security descriptor, base64. */
  sd: string;
  lastWrite: number;
}

export interface ClusterRegistryOptions {
  readonly clock?: () => number;
  readonly limits?: Partial<RegistryLimits>;
}

const fail = (status: number, detail?: string): never => {
  throw new ClusterError(status, detail);
};

const fold = (s: string): string => s.toUpperCase();
const storeKey = (path: string): string => '\\' + fold(path);
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** Joins a parent path and a relative subkey path. */
export function joinPath(parent: string, sub: string): string {
  if (sub === '') return parent;
  return parent === '' ? sub : `${parent}\\${sub}`;
}

export function lastComponent(path: string): string {
  const i = path.lastIndexOf('\\');
  return i < 0 ? path : path.slice(i + 1);
}

export function parentPath(path: string): string {
  const i = path.lastIndexOf('\\');
  return i < 0 ? '' : path.slice(0, i);
}

export class ClusterRegistry implements RegistryEventSource {
  private readonly listeners = new Set<RegistryListener>();
  private readonly clock: () => number;
  readonly limits: RegistryLimits;
  /** Changes of the transaction in progress; flushed only after it commits. */
  private pending: RegistryChange[] | undefined;

  private constructor(
    readonly store: Store,
    options: ClusterRegistryOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.limits = { ...DEFAULT_REGISTRY_LIMITS, ...options.limits };
  }

  /** Opens the registry kept in `store`, creating the root key on first use. */
  static open(store: Store, options: ClusterRegistryOptions = {}): ClusterRegistry {
    const reg = new ClusterRegistry(store, options);
    if (!reg.doc('')) {
      reg.mutate(() => reg.putDoc(reg.newDoc('')));
    }
    return reg;
  }

  onChange(listener: RegistryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `fn` as one transaction: all of its changes commit together or none does, and listeners
   * hear of them only after the commit. Nested calls join the outer one.
   */
  mutate<T>(fn: () => T): T {
    if (this.pending) return fn();
    const events: RegistryChange[] = [];
    this.pending = events;
    let result: T;
    try {
      result = this.store.transaction(fn);
    } finally {
      this.pending = undefined;
    }
    for (const e of events) {
      for (const l of [...this.listeners]) l(e);
    }
    return result;
  }

  // ------------------------------------------------------------------ paths

  /**
   * Validates a relative subkey path as ApiCreateKey/ApiOpenKey/ApiDeleteKey describe it: not
   * starting with '\', components non-empty and within bounds. '' means the key itself.
   */
  checkSubPath(sub: string): string {
    if (typeof sub !== 'string') return fail(Win32.ERROR_INVALID_PARAMETER, 'missing subkey');
    if (sub === '') return sub;
    if (sub.startsWith('\\')) fail(Win32.ERROR_INVALID_PARAMETER, 'subkey starts with \\');
    // A trailing separator names the same key, as the Windows registry accepts it.
    const trimmed = sub.endsWith('\\') ? sub.slice(0, -1) : sub;
    for (const c of trimmed.split('\\')) {
      if (c.length === 0 || c.length > this.limits.keyName || c.includes('\0')) {
        fail(Win32.ERROR_INVALID_PARAMETER, 'bad key name component');
      }
    }
    return trimmed;
  }

  private checkPathLength(path: string): void {
    if (path.length > this.limits.path) fail(Win32.ERROR_INVALID_PARAMETER, 'key path too long');
  }

  // ------------------------------------------------------------------ documents

  private doc(path: string): KeyDoc | undefined {
    return this.store.get(REGISTRY_COLLECTION, storeKey(path)) as unknown as KeyDoc | undefined;
  }

  /** The key's document; a key deleted under an open handle is ERROR_KEY_DELETED ([MS-RRP]). */
  private existing(path: string): KeyDoc {
    return this.doc(path) ?? fail(Win32.ERROR_KEY_DELETED, path);
  }

  private putDoc(d: KeyDoc): void {
    this.store.put(REGISTRY_COLLECTION, storeKey(d.path), d as unknown as JsonValue);
  }

  private newDoc(path: string, sd?: Uint8Array): KeyDoc {
    return {
      path,
      children: [],
      values: [],
      sd: b64(sd ?? encodeSecurityDescriptor(defaultKeySecurityDescriptor())),
      lastWrite: this.clock(),
    };
  }

  private emit(e: RegistryChange): void {
    this.pending?.push(e);
  }

  // ------------------------------------------------------------------ keys

  exists(path: string): boolean {
    return this.doc(path) !== undefined;
  }

  /** The display path of the existing key `sub` under `parent`, or undefined. */
  resolve(parent: string, sub: string): string | undefined {
    let path = this.existing(parent).path;
    if (sub === '') return path;
    for (const name of this.checkSubPath(sub).split('\\')) {
      const d = this.doc(joinPath(path, name));
      if (!d) return undefined;
      path = d.path;
    }
    return path;
  }

  /** ApiOpenKey: ERROR_FILE_NOT_FOUND if the subkey does not exist. */
  openKey(parent: string, sub: string): string {
    return this.resolve(parent, sub) ?? fail(Win32.ERROR_FILE_NOT_FOUND, sub);
  }

  /**
   * ApiCreateKey: creates every missing key along `sub` (the last one with `sd`, its ancestors with
   * the default descriptor) or opens the existing key, whose descriptor `sd` then replaces.
   */
  createKey(parent: string, sub: string, sd?: Uint8Array): { path: string; created: boolean } {
    if (sd) parseSecurityDescriptor(sd);
    return this.mutate(() => {
      let path = this.existing(parent).path;
      if (sub === '') {
        if (sd) this.replaceSecurity(path, sd);
        return { path, created: false };
      }
      const names = this.checkSubPath(sub).split('\\');
      let created = false;
      names.forEach((name, i) => {
        const last = i === names.length - 1;
        const child = this.doc(joinPath(path, name));
        if (child) {
          path = child.path;
          if (last && sd) this.replaceSecurity(path, sd);
          return;
        }
        path = this.insertChild(path, name, last ? sd : undefined);
        created = created || last;
      });
      return { path, created };
    });
  }

  private insertChild(parent: string, name: string, sd?: Uint8Array): string {
    const p = this.existing(parent);
    const path = joinPath(p.path, name);
    this.checkPathLength(path);
    if (p.children.length >= this.limits.subkeysPerKey)
      fail(Win32.ERROR_NOT_ENOUGH_QUOTA, 'too many subkeys');
    const f = fold(name);
    let i = 0;
    while (i < p.children.length && fold(p.children[i]!) < f) i++;
    p.children.splice(i, 0, name);
    p.lastWrite = this.clock();
    this.putDoc(p);
    this.putDoc(this.newDoc(path, sd));
    this.emit({ key: path, kind: 'keyCreated' });
    return path;
  }

  /** ApiDeleteKey: the subkey must exist and have no subkeys of its own (else ERROR_ACCESS_DENIED). */
  deleteKey(parent: string, sub: string): void {
    this.mutate(() => {
      if (this.checkSubPath(sub) === '') fail(Win32.ERROR_INVALID_PARAMETER, 'no subkey named');
      const path = this.resolve(parent, sub) ?? fail(Win32.ERROR_FILE_NOT_FOUND, sub);
      if (this.existing(path).children.length > 0) fail(Win32.ERROR_ACCESS_DENIED, 'key has subkeys');
      this.removeKey(path);
    });
  }

  /** Deletes a key and everything below it (used to mirror deleted cluster objects and by batches). */
  deleteTree(path: string): void {
    this.mutate(() => {
      const d = this.doc(path);
      if (!d) return;
      if (d.path === '') fail(Win32.ERROR_ACCESS_DENIED, 'the root key cannot be deleted');
      for (const c of [...d.children].reverse()) this.deleteTree(joinPath(d.path, c));
      this.removeKey(d.path);
    });
  }

  private removeKey(path: string): void {
    const p = this.existing(parentPath(path));
    const f = fold(lastComponent(path));
    p.children = p.children.filter((c) => fold(c) !== f);
    p.lastWrite = this.clock();
    this.putDoc(p);
    this.store.delete(REGISTRY_COLLECTION, storeKey(path));
    this.emit({ key: path, kind: 'keyDeleted' });
  }

  subKeys(path: string): readonly string[] {
    return this.existing(path).children;
  }

  /** ApiEnumKey: the subkey at `index` with its last write time; ERROR_NO_MORE_ITEMS past the end. */
  subKeyAt(path: string, index: number): { name: string; lastWrite: number } {
    const d = this.existing(path);
    const name = d.children[index] ?? fail(Win32.ERROR_NO_MORE_ITEMS);
    return { name, lastWrite: this.doc(joinPath(d.path, name))?.lastWrite ?? d.lastWrite };
  }

  // ------------------------------------------------------------------ values

  /** Validates type and size the way the cluster hive stores them; ERROR_INVALID_PARAMETER otherwise. */
  checkValue(name: string, type: number, data: Uint8Array): void {
    if (name.length > this.limits.valueName || name.includes('\0')) {
      fail(Win32.ERROR_INVALID_PARAMETER, 'bad value name');
    }
    if (!KNOWN_TYPES.has(type)) fail(Win32.ERROR_INVALID_PARAMETER, `unsupported value type ${type}`);
    if (data.length > this.limits.valueBytes) fail(Win32.ERROR_NOT_ENOUGH_QUOTA, 'value data too large');
    if (type === RegType.REG_DWORD && data.length !== 4)
      fail(Win32.ERROR_INVALID_PARAMETER, 'REG_DWORD is 4 bytes');
    if (type === RegType.REG_QWORD && data.length !== 8)
      fail(Win32.ERROR_INVALID_PARAMETER, 'REG_QWORD is 8 bytes');
  }

  values(path: string): RegValue[] {
    return this.existing(path).values.map(([name, type, data]) => ({ name, type, data: unb64(data) }));
  }

  /** ApiQueryValue: ERROR_FILE_NOT_FOUND when the key has no such value. */
  queryValue(path: string, name: string): RegValue {
    const f = fold(name);
    const v =
      this.existing(path).values.find(([n]) => fold(n) === f) ?? fail(Win32.ERROR_FILE_NOT_FOUND, name);
    return { name: v[0], type: v[1], data: unb64(v[2]) };
  }

  /** ApiEnumValue: the value at `index`; ERROR_NO_MORE_ITEMS past the end. */
  valueAt(path: string, index: number): RegValue {
    const v = this.existing(path).values[index] ?? fail(Win32.ERROR_NO_MORE_ITEMS);
    return { name: v[0], type: v[1], data: unb64(v[2]) };
  }

  /** ApiSetValue: creates or replaces; returns the previous value, if any (batch notifications use it). */
  setValue(path: string, name: string, type: number, data: Uint8Array): RegValue | undefined {
    this.checkValue(name, type, data);
    return this.mutate(() => {
      const d = this.existing(path);
      const f = fold(name);
      const i = d.values.findIndex(([n]) => fold(n) === f);
      const previous = i >= 0 ? d.values[i]! : undefined;
      if (i < 0 && d.values.length >= this.limits.valuesPerKey)
        fail(Win32.ERROR_NOT_ENOUGH_QUOTA, 'too many values');
      const total =
        d.values.reduce((n, [, , v], j) => n + (j === i ? 0 : Buffer.byteLength(v, 'base64')), 0) +
        data.length;
      if (total > this.limits.keyDataBytes) fail(Win32.ERROR_NOT_ENOUGH_QUOTA, 'key holds too much data');
      const entry: [string, number, string] = [previous ? previous[0] : name, type, b64(data)];
      if (i >= 0) d.values[i] = entry;
      else d.values.push(entry);
      d.lastWrite = this.clock();
      this.putDoc(d);
      this.emit({ key: d.path, kind: 'valueSet', value: entry[0] });
      return previous ? { name: previous[0], type: previous[1], data: unb64(previous[2]) } : undefined;
    });
  }

  /** ApiDeleteValue: ERROR_FILE_NOT_FOUND when absent; returns the deleted value. */
  deleteValue(path: string, name: string): RegValue {
    return this.mutate(() => {
      const d = this.existing(path);
      const f = fold(name);
      const i = d.values.findIndex(([n]) => fold(n) === f);
      if (i < 0) fail(Win32.ERROR_FILE_NOT_FOUND, name);
      const [v] = d.values.splice(i, 1) as [[string, number, string]];
      d.lastWrite = this.clock();
      this.putDoc(d);
      this.emit({ key: d.path, kind: 'valueDeleted', value: v[0] });
      return { name: v[0], type: v[1], data: unb64(v[2]) };
    });
  }

  /**
   * Makes `parent`'s subkeys exactly `wanted` (created with the default descriptor where missing,
   * unwanted ones deleted with their subtrees) and sets each wanted key's listed values where they
   * differ. One pass over the parent, so that mirroring thousands of objects stays linear.
   */
  mirrorChildren(parent: string, wanted: ReadonlyMap<string, readonly RegValue[]>): void {
    this.mutate(() => {
      const p = this.existing(parent);
      const want = new Map([...wanted.keys()].map((n) => [fold(n), n]));
      for (const c of [...p.children]) {
        if (!want.has(fold(c))) this.deleteTree(joinPath(p.path, c));
      }
      const after = this.existing(parent);
      const have = new Set(after.children.map(fold));
      let added = false;
      for (const [name, values] of wanted) {
        const path = joinPath(after.path, name);
        if (!have.has(fold(name))) {
          this.checkPathLength(path);
          for (const v of values) this.checkValue(v.name, v.type, v.data);
          const d = this.newDoc(path);
          d.values = values.map((v) => [v.name, v.type, b64(v.data)]);
          this.putDoc(d);
          after.children.push(name);
          have.add(fold(name));
          added = true;
          this.emit({ key: path, kind: 'keyCreated' });
          for (const v of values) this.emit({ key: path, kind: 'valueSet', value: v.name });
          continue;
        }
        const d = this.existing(path);
        for (const v of values) {
          const f = fold(v.name);
          const cur = d.values.find(([n]) => fold(n) === f);
          if (!cur || cur[1] !== v.type || cur[2] !== b64(v.data))
            this.setValue(d.path, v.name, v.type, v.data);
        }
      }
      if (added) {
        if (after.children.length > this.limits.subkeysPerKey)
          fail(Win32.ERROR_NOT_ENOUGH_QUOTA, 'too many subkeys');
        after.children.sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));
        after.lastWrite = this.clock();
        this.putDoc(after);
      }
    });
  }

  // ------------------------------------------------------------------ info and security

  info(path: string): KeyInfo {
    const d = this.existing(path);
    return {
      subKeys: d.children.length,
      maxSubKeyLen: d.children.reduce((m, c) => Math.max(m, c.length), 0),
      values: d.values.length,
      maxValueNameLen: d.values.reduce((m, [n]) => Math.max(m, n.length), 0),
      maxValueLen: d.values.reduce((m, [, , v]) => Math.max(m, Buffer.byteLength(v, 'base64')), 0),
      securityDescriptorBytes: Buffer.byteLength(d.sd, 'base64'),
      lastWrite: d.lastWrite,
    };
  }

  securityDescriptor(path: string): SecurityDescriptor {
    return parseSecurityDescriptor(unb64(this.existing(path).sd));
  }

  /** ApiSetKeySecurity: replaces the parts of the descriptor that `info` names. */
  setSecurity(path: string, info: number, sd: Uint8Array): void {
    const update = parseSecurityDescriptor(sd);
    this.mutate(() => {
      const merged = mergeParts(this.securityDescriptor(path), update, info);
      this.writeSecurity(path, encodeSecurityDescriptor(merged));
    });
  }

  private replaceSecurity(path: string, sd: Uint8Array): void {
    this.writeSecurity(path, encodeSecurityDescriptor(parseSecurityDescriptor(sd)));
  }

  private writeSecurity(path: string, sd: Uint8Array): void {
    const d = this.existing(path);
    d.sd = b64(sd);
    d.lastWrite = this.clock();
    this.putDoc(d);
    this.emit({ key: d.path, kind: 'security' });
  }
}

/** FILETIME ([MS-DTYP] 2.3.3) of a millisecond timestamp: 100 ns units since 1601. */
export function toFiletime(ms: number): { dwLowDateTime: number; dwHighDateTime: number } {
  const t = BigInt(Math.max(0, Math.floor(ms))) * 10000n + 116444736000000000n;
  return { dwLowDateTime: Number(t & 0xffffffffn), dwHighDateTime: Number(t >> 32n) };
}
