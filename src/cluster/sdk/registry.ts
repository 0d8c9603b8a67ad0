/**
 * The cluster registry through the SDK ([MS-CMRP] 3.1.4.2.29–41, .112, .141): list a key, read,
 * write and delete values, create and delete keys (recursively if asked), apply batches. Paths are
 * '\\'-separated from the root ('' = the root). As elsewhere in the facade, each call opens the key
 * handles it needs and closes them before returning.
 */
import { Win32 } from '../../errors/status.js';
import type { HKEY_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { BatchEntry } from '../registry/batch.js';
import { BatchCommand, decodeBatch, encodeBatch } from '../registry/batch.js';
import { RegType } from '../registry/registry.js';
import type { SecurityDescriptor } from '../registry/security.js';
import { KeyAccess, SecurityInformation, parseSecurityDescriptor } from '../registry/security.js';
import type { Cluster } from './cluster.js';
import { ClusterApiError } from './errors.js';

export { BatchCommand } from '../registry/batch.js';
export type { BatchEntry } from '../registry/batch.js';

export const REG_TYPE_NAMES = {
  REG_NONE: RegType.REG_NONE,
  REG_SZ: RegType.REG_SZ,
  REG_EXPAND_SZ: RegType.REG_EXPAND_SZ,
  REG_BINARY: RegType.REG_BINARY,
  REG_DWORD: RegType.REG_DWORD,
  REG_MULTI_SZ: RegType.REG_MULTI_SZ,
  REG_QWORD: RegType.REG_QWORD,
} as const;
export type RegTypeName = keyof typeof REG_TYPE_NAMES;

/** A decoded value: strings for *_SZ, a number for DWORD, a bigint for QWORD, strings for MULTI_SZ. */
export type RegData = string | number | bigint | readonly string[] | Uint8Array;

export interface RegValueInfo {
  readonly name: string;
  readonly type: number;
  readonly typeName: string;
  readonly value: RegData;
  readonly data: Uint8Array;
}

export interface RegKeyListing {
  readonly path: string;
  readonly keys: readonly string[];
  readonly values: readonly RegValueInfo[];
}

/** Thrown for a value text that does not fit the requested type. */
export class RegValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegValueError';
  }
}

export function typeName(type: number): string {
  return Object.entries(REG_TYPE_NAMES).find(([, t]) => t === type)?.[0] ?? `0x${type.toString(16)}`;
}

function utf16z(s: string): string {
  return s.endsWith('\0') ? s.slice(0, -1) : s;
}

export function decodeRegData(type: number, data: Uint8Array): RegData {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  switch (type) {
    case RegType.REG_SZ:
    case RegType.REG_EXPAND_SZ:
      return utf16z(b.subarray(0, b.length & ~1).toString('utf16le'));
    case RegType.REG_DWORD:
      return b.length === 4 ? b.readUInt32LE(0) : new Uint8Array(data);
    case RegType.REG_QWORD:
      return b.length === 8 ? b.readBigUInt64LE(0) : new Uint8Array(data);
    case RegType.REG_MULTI_SZ:
      return b
        .subarray(0, b.length & ~1)
        .toString('utf16le')
        .split('\0')
        .filter((s) => s.length > 0);
    default:
      return new Uint8Array(data);
  }
}

/** Encodes a value from its decoded form, or from command-line text (hex for binary, commas for MULTI_SZ). */
export function encodeRegData(type: number, value: RegData): Uint8Array {
  const text = typeof value === 'string' ? value : undefined;
  switch (type) {
    case RegType.REG_SZ:
    case RegType.REG_EXPAND_SZ:
      if (text === undefined) throw new RegValueError('a string value needs text');
      return new Uint8Array(Buffer.from(text + '\0', 'utf16le'));
    case RegType.REG_DWORD: {
      const n = typeof value === 'number' ? value : Number(text);
      if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
        throw new RegValueError('REG_DWORD: 0..4294967295');
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return new Uint8Array(b);
    }
    case RegType.REG_QWORD: {
      let n: bigint;
      try {
        n = typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? value : (text ?? ''));
      } catch {
        throw new RegValueError('REG_QWORD: an unsigned 64-bit integer');
      }
      if (n < 0n || n > 0xffffffffffffffffn) throw new RegValueError('REG_QWORD: an unsigned 64-bit integer');
      const b = Buffer.alloc(8);
      b.writeBigUInt64LE(n);
      return new Uint8Array(b);
    }
    case RegType.REG_MULTI_SZ: {
      const items = Array.isArray(value)
        ? (value as readonly string[])
        : (text ?? '').split(',').filter((s) => s);
      return new Uint8Array(Buffer.from(items.map((s) => s + '\0').join('') + '\0', 'utf16le'));
    }
    default: {
      if (value instanceof Uint8Array) return value;
      if (text === undefined || !/^([0-9a-fA-F]{2})*$/.test(text))
        throw new RegValueError('binary data as hex');
      return new Uint8Array(Buffer.from(text, 'hex'));
    }
  }
}

export function parseRegType(name: string): number {
  const t = (REG_TYPE_NAMES as Record<string, number>)[name.toUpperCase()];
  if (t === undefined)
    throw new RegValueError(`unknown type ${name}; use one of ${Object.keys(REG_TYPE_NAMES).join(', ')}`);
  return t;
}

const ok = (ret: number, method: string, object?: string): void => {
  if (ret !== Win32.ERROR_SUCCESS) throw new ClusterApiError(ret, method, object);
};

/** Values larger than this are not requested (the server's own per-value bound is far lower). */
const MAX_VALUE_BYTES = 16 * 1024 * 1024;
const FIRST_VALUE_BUFFER = 1024;

export class ClusterRegistryClient {
  constructor(private readonly cluster: Cluster) {}

  private get api(): Cluster['api'] {
    return this.cluster.api;
  }

  /** Runs `fn` with a handle to `path` (opened, or created along the way with `create`). */
  async withKey<T>(
    path: string,
    opts: { write?: boolean; create?: boolean },
    fn: (h: HKEY_RPC) => Promise<T>,
  ): Promise<T> {
    const sam = opts.write ? KeyAccess.KEY_ALL_ACCESS : KeyAccess.KEY_READ;
    const root = await this.api.ApiGetRootKey({ samDesired: sam });
    ok(root.Status, 'ApiGetRootKey');
    let key: HKEY_RPC = root.ret;
    try {
      if (path !== '') {
        const r = opts.create
          ? await this.api.ApiCreateKey({
              hKey: root.ret,
              lpSubKey: path,
              dwOptions: 0,
              samDesired: sam,
              lpSecurityAttributes: null,
            })
          : await this.api.ApiOpenKey({ hKey: root.ret, lpSubKey: path, samDesired: sam });
        ok(r.Status, opts.create ? 'ApiCreateKey' : 'ApiOpenKey', path);
        key = r.ret;
      }
      return await fn(key);
    } finally {
      if (key !== root.ret) await this.api.ApiCloseKey({ pKey: key }).catch(() => undefined);
      await this.api.ApiCloseKey({ pKey: root.ret }).catch(() => undefined);
    }
  }

  private async subKeys(h: HKEY_RPC, path: string): Promise<string[]> {
    const keys: string[] = [];
    for (let i = 0; ; i++) {
      const r = await this.api.ApiEnumKey({ hKey: h, dwIndex: i });
      if (r.ret === Win32.ERROR_NO_MORE_ITEMS) return keys;
      ok(r.ret, 'ApiEnumKey', path);
      keys.push(r.KeyName ?? '');
    }
  }

  private async valueList(h: HKEY_RPC, path: string): Promise<RegValueInfo[]> {
    const values: RegValueInfo[] = [];
    for (let i = 0; ;) {
      let size = FIRST_VALUE_BUFFER;
      const r = await this.api.ApiEnumValue({ hKey: h, dwIndex: i, lpcbData: size });
      if (r.ret === Win32.ERROR_NO_MORE_ITEMS) return values;
      if (r.ret === Win32.ERROR_MORE_DATA && r.TotalSize > size && r.TotalSize <= MAX_VALUE_BYTES) {
        size = r.TotalSize;
        const again = await this.api.ApiEnumValue({ hKey: h, dwIndex: i, lpcbData: size });
        ok(again.ret, 'ApiEnumValue', path);
        values.push(info(again.lpValueName ?? '', again.lpType, again.lpData.subarray(0, again.lpcbData)));
      } else {
        ok(r.ret, 'ApiEnumValue', path);
        values.push(info(r.lpValueName ?? '', r.lpType, r.lpData.subarray(0, r.lpcbData)));
      }
      i++;
    }
  }

  /** The subkeys and values of `path`. */
  async list(path = ''): Promise<RegKeyListing> {
    return this.withKey(path, {}, async (h) => ({
      path,
      keys: await this.subKeys(h, path),
      values: await this.valueList(h, path),
    }));
  }

  /** One value; the unnamed (default) value is ''. */
  async get(path: string, name: string): Promise<RegValueInfo> {
    return this.withKey(path, {}, async (h) => {
      let size = FIRST_VALUE_BUFFER;
      for (let attempt = 0; attempt < 3; attempt++) {
        const r = await this.api.ApiQueryValue({ hKey: h, lpValueName: name, cbData: size });
        if (r.ret === Win32.ERROR_MORE_DATA && r.lpcbRequired > size && r.lpcbRequired <= MAX_VALUE_BYTES) {
          size = r.lpcbRequired;
          continue;
        }
        ok(r.ret, 'ApiQueryValue', `${path}:${name}`);
        return info(name, r.lpValueType, r.lpData.subarray(0, r.lpcbRequired));
      }
      throw new ClusterApiError(Win32.ERROR_MORE_DATA, 'ApiQueryValue', `${path}:${name}`);
    });
  }

  /** Sets a value, creating the key (and its parents) if needed. */
  async set(path: string, name: string, type: number, value: RegData): Promise<void> {
    const data = encodeRegData(type, value);
    await this.withKey(path, { write: true, create: true }, async (h) => {
      const r = await this.api.ApiSetValue({
        hKey: h,
        lpValueName: name,
        dwType: type,
        lpData: data,
        cbData: data.length,
      });
      ok(r.ret, 'ApiSetValue', `${path}:${name}`);
    });
  }

  async createKey(path: string): Promise<void> {
    await this.withKey(path, { write: true, create: true }, () => Promise.resolve());
  }

  async deleteValue(path: string, name: string): Promise<void> {
    await this.withKey(path, { write: true }, async (h) => {
      const r = await this.api.ApiDeleteValue({ hKey: h, lpValueName: name });
      ok(r.ret, 'ApiDeleteValue', `${path}:${name}`);
    });
  }

  /**
   * Deletes a key. ApiDeleteKey refuses a key with subkeys; `recursive` deletes them first, in one
   * atomic batch (CLUSREG_DELETE_KEY removes a key with everything below it).
   */
  async deleteKey(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    if (path === '') throw new RegValueError('the root key cannot be deleted');
    if (opts.recursive) {
      await this.batch('', [
        { command: BatchCommand.CLUSREG_DELETE_KEY, valueType: 0, name: path, data: new Uint8Array(0) },
      ]);
      return;
    }
    const i = path.lastIndexOf('\\');
    const parent = i < 0 ? '' : path.slice(0, i);
    await this.withKey(parent, { write: true }, async (h) => {
      const r = await this.api.ApiDeleteKey({ hKey: h, lpSubKey: path.slice(i + 1) });
      ok(r.ret, 'ApiDeleteKey', path);
    });
  }

  /** Applies a batch atomically (ApiExecuteBatch); a refusal names the failing command's number. */
  async batch(path: string, entries: readonly BatchEntry[]): Promise<void> {
    const buf = encodeBatch(entries);
    await this.withKey(path, { write: true }, async (h) => {
      const r = await this.api.ApiExecuteBatch({ hKey: h, cbData: buf.length, lpData: buf });
      ok(r.ret, 'ApiExecuteBatch', r.pdwFailedCommand ? `command ${r.pdwFailedCommand}` : path);
    });
  }

  /** Reads values in one round trip (ApiExecuteReadBatch): CLUSREG_READ_KEY / CLUSREG_READ_VALUE entries. */
  async readBatch(path: string, entries: readonly BatchEntry[]): Promise<BatchEntry[]> {
    const buf = encodeBatch(entries);
    return this.withKey(path, {}, async (h) => {
      const r = await this.api.ApiExecuteReadBatch({ hKey: h, cbInData: buf.length, lpInData: buf });
      ok(r.ret, 'ApiExecuteReadBatch', path);
      return r.lpOutData ? decodeBatch(r.lpOutData) : [];
    });
  }

  /** The key's security descriptor (owner, group and DACL by default). */
  async security(
    path: string,
    parts = SecurityInformation.OWNER | SecurityInformation.GROUP | SecurityInformation.DACL,
  ): Promise<SecurityDescriptor> {
    return this.withKey(path, {}, async (h) => {
      let size = 512;
      for (let attempt = 0; attempt < 3; attempt++) {
        const r = await this.api.ApiGetKeySecurity({
          hKey: h,
          SecurityInformation: parts,
          pRpcSecurityDescriptor: {
            lpSecurityDescriptor: null,
            cbInSecurityDescriptor: size,
            cbOutSecurityDescriptor: 0,
          },
        });
        const got = r.pRpcSecurityDescriptor;
        if (
          r.ret === Win32.ERROR_INSUFFICIENT_BUFFER &&
          got.cbInSecurityDescriptor > size &&
          got.cbInSecurityDescriptor <= 65536
        ) {
          size = got.cbInSecurityDescriptor;
          continue;
        }
        ok(r.ret, 'ApiGetKeySecurity', path);
        return parseSecurityDescriptor(
          (got.lpSecurityDescriptor ?? new Uint8Array(0)).subarray(0, got.cbOutSecurityDescriptor),
        );
      }
      throw new ClusterApiError(Win32.ERROR_INSUFFICIENT_BUFFER, 'ApiGetKeySecurity', path);
    });
  }
}

function info(name: string, type: number, data: Uint8Array): RegValueInfo {
  const copy = new Uint8Array(data);
  return { name, type, typeName: typeName(type), value: decodeRegData(type, copy), data: copy };
}
