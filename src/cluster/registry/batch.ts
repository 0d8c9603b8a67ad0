/**
 * Cluster registry batches ([MS-CMRP] 2.2.3.17 CLUSTER_REG_BATCH_UPDATE, 2.2.2.8 command types):
 * the custom-marshaled byte format, and their execution for ApiExecuteBatch (3.1.4.2.112, all or
 * nothing in one store transaction) and ApiExecuteReadBatch[Ex] (3.1.4.2.141, .145).
 */
import { ClusterStatus, Win32 } from '../../errors/status.js';
import { ClusterError, isClusterError } from '../model/errors.js';
import type { ClusterRegistry, RegValue } from './registry.js';
import { RegType } from './registry.js';

const fail = (status: number, detail?: string): never => {
  throw new ClusterError(status, detail);
};

export const BatchCommand = {
  CLUSREG_SET_VALUE: 1,
  CLUSREG_CREATE_KEY: 2,
  CLUSREG_DELETE_KEY: 3,
  CLUSREG_DELETE_VALUE: 4,
  CLUSREG_VALUE_DELETED: 6,
  CLUSREG_READ_KEY: 7,
  CLUSREG_READ_VALUE: 8,
  CLUSREG_READ_ERROR: 9,
  CLUSREG_CONTROL_COMMAND: 10,
  CLUSREG_CONDITION_EXISTS: 11,
  CLUSREG_CONDITION_NOT_EXISTS: 12,
  CLUSREG_CONDITION_IS_EQUAL: 13,
  CLUSREG_CONDITION_IS_NOT_EQUAL: 14,
  CLUSREG_CONDITION_IS_GREATER_THAN: 15,
  CLUSREG_CONDITION_IS_LESS_THAN: 16,
  CLUSREG_CONDITION_KEY_EXISTS: 17,
  CLUSREG_CONDITION_KEY_NOT_EXISTS: 18,
} as const;

/** ApiExecuteReadBatchEx flag asking for a read isolated from concurrent writes. */
export const CLUSREG_DATABASE_ISOLATE_READ = 0x2;

export const BATCH_VERSION = 1;

export interface BatchEntry {
  readonly command: number;
  /** Value type for set/read commands, a status for CLUSREG_READ_ERROR, else ignored. */
  readonly valueType: number;
  readonly name: string;
  readonly data: Uint8Array;
}

export interface BatchLimits {
  readonly maxCommands: number;
  readonly maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxCommands: 10000, maxBytes: 4 * 1024 * 1024 };

/** A batch that failed: the status and the 1-based number of the command that caused it (3.1.4.2.112). */
export class BatchFailure extends ClusterError {
  constructor(
    status: number,
    readonly failedCommand: number,
    detail?: string,
  ) {
    super(status, detail);
    this.name = 'BatchFailure';
  }
}

/**
 * Decodes a CLUSTER_REG_BATCH_UPDATE. Every length is checked against the bytes that remain; a
 * malformed buffer is ERROR_INVALID_PARAMETER naming the command it stopped at (0 = the header).
 */
export function decodeBatch(buf: Uint8Array, limits: BatchLimits = DEFAULT_BATCH_LIMITS): BatchEntry[] {
  const bad = (index: number, detail: string): never => {
    throw new BatchFailure(Win32.ERROR_INVALID_PARAMETER, index, detail);
  };
  if (buf.length > limits.maxBytes) bad(0, 'batch too large');
  if (buf.length < 4) bad(0, 'batch header truncated');
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getUint32(0, true) !== BATCH_VERSION) bad(0, 'unsupported batch version');
  const out: BatchEntry[] = [];
  let p = 4;
  while (p < buf.length) {
    const n = out.length + 1;
    if (n > limits.maxCommands) bad(n, 'too many commands');
    if (p + 12 > buf.length) bad(n, 'command header truncated');
    const command = dv.getUint32(p, true);
    const valueType = dv.getUint32(p + 4, true);
    const nameLength = dv.getUint32(p + 8, true);
    p += 12;
    if (nameLength < 2 || nameLength % 2 !== 0 || nameLength > buf.length - p) bad(n, 'bad NameLength');
    if (dv.getUint16(p + nameLength - 2, true) !== 0) bad(n, 'Name is not NUL-terminated');
    const name = Buffer.from(buf.buffer, buf.byteOffset + p, nameLength - 2).toString('utf16le');
    p += nameLength;
    if (p + 4 > buf.length) bad(n, 'DataLength truncated');
    const dataLength = dv.getUint32(p, true);
    p += 4;
    if (dataLength > buf.length - p) bad(n, 'bad DataLength');
    const data = buf.slice(p, p + dataLength);
    p += dataLength;
    // The end of each command is aligned to 16 bits; a final pad byte may be absent at the very end.
    if (dataLength % 2 === 1 && p < buf.length) p += 1;
    out.push({ command, valueType, name: name.includes('\0') ? bad(n, 'NUL inside Name') : name, data });
  }
  return out;
}

export function encodeBatch(entries: readonly BatchEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(4);
  head.writeUInt32LE(BATCH_VERSION, 0);
  parts.push(head);
  for (const e of entries) {
    const name = Buffer.from(e.name + '\0', 'utf16le');
    const h = Buffer.alloc(12);
    h.writeUInt32LE(e.command, 0);
    h.writeUInt32LE(e.valueType >>> 0, 4);
    h.writeUInt32LE(name.length, 8);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(e.data.length, 0);
    parts.push(h, name, len, Buffer.from(e.data));
    if (e.data.length % 2 === 1) parts.push(Buffer.alloc(1));
  }
  return new Uint8Array(Buffer.concat(parts));
}

function sameValue(a: RegValue, type: number, data: Uint8Array): boolean {
  return a.type === type && Buffer.compare(Buffer.from(a.data), Buffer.from(data)) === 0;
}

/** Numeric comparison for REG_DWORD / REG_QWORD conditions, bytewise for anything else. */
function compareValue(a: RegValue, type: number, data: Uint8Array): number {
  const num = (t: number, d: Uint8Array): bigint | undefined => {
    if (t === RegType.REG_DWORD && d.length === 4) return BigInt(Buffer.from(d).readUInt32LE(0));
    if (t === RegType.REG_QWORD && d.length === 8) return Buffer.from(d).readBigUInt64LE(0);
    return undefined;
  };
  const x = num(a.type, a.data);
  const y = num(type, data);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  return Buffer.compare(Buffer.from(a.data), Buffer.from(data));
}

/**
 * ApiExecuteBatch: runs `entries` from `start` in one transaction and returns what batch
 * notification ports receive (the commands, with a CLUSREG_VALUE_DELETED carrying the old data
 * before each set/delete of a value that had data, 3.1.4.2.114). The first failing command throws a
 * BatchFailure and nothing is applied.
 *
 * Paths: CLUSREG_CREATE_KEY / CLUSREG_DELETE_KEY names are relative to the batch's key (the
 * spec's 3.1.4.2.112 text and the ClusterRegBatchAddCommand documentation); value commands act on
 * the key of the last CLUSREG_CREATE_KEY. CLUSREG_DELETE_KEY removes the key with its subkeys, as
 * ClusterRegBatchAddCommand documents. A failed condition command is ERROR_INVALID_STATE (the spec
 * names no status for it).
 */
export function executeBatch(
  reg: ClusterRegistry,
  start: string,
  entries: readonly BatchEntry[],
): BatchEntry[] {
  const notes: BatchEntry[] = [];
  let index = 0;
  try {
    reg.mutate(() => {
      let current: string | undefined = reg.openKey(start, '');
      const key = (): string =>
        current ?? fail(Win32.ERROR_INVALID_PARAMETER, 'value command after CLUSREG_DELETE_KEY');
      const lookup = (name: string): RegValue | undefined => {
        try {
          return reg.queryValue(key(), name);
        } catch (err) {
          if (isClusterError(err) && err.status === Win32.ERROR_FILE_NOT_FOUND) return undefined;
          throw err;
        }
      };
      const condition = (ok: boolean): void => {
        if (!ok) fail(ClusterStatus.ERROR_INVALID_STATE, 'batch condition not met');
      };
      for (const e of entries) {
        index++;
        switch (e.command) {
          case BatchCommand.CLUSREG_CREATE_KEY:
            current = reg.createKey(start, e.name).path;
            notes.push(e);
            break;
          case BatchCommand.CLUSREG_DELETE_KEY: {
            if (reg.checkSubPath(e.name) === '') fail(Win32.ERROR_INVALID_PARAMETER, 'no key named');
            const path = reg.resolve(start, e.name);
            if (path !== undefined) reg.deleteTree(path);
            current = undefined;
            notes.push(e);
            break;
          }
          case BatchCommand.CLUSREG_SET_VALUE: {
            // <25>: v3 does not permit REG_NONE in a batch.
            if (e.valueType === RegType.REG_NONE) fail(Win32.ERROR_INVALID_PARAMETER, 'REG_NONE in a batch');
            const previous = reg.setValue(key(), e.name, e.valueType, e.data);
            if (previous && previous.data.length > 0) notes.push(deletedNote(previous));
            notes.push(e);
            break;
          }
          case BatchCommand.CLUSREG_DELETE_VALUE: {
            const previous = lookup(e.name);
            if (previous) {
              reg.deleteValue(key(), e.name);
              if (previous.data.length > 0) notes.push(deletedNote(previous));
            }
            notes.push(e);
            break;
          }
          case BatchCommand.CLUSREG_CONTROL_COMMAND:
            // Synchronous vs. isolated replication: one store has nothing to replicate.
            break;
          case BatchCommand.CLUSREG_CONDITION_EXISTS:
            condition(lookup(e.name) !== undefined);
            break;
          case BatchCommand.CLUSREG_CONDITION_NOT_EXISTS:
            condition(lookup(e.name) === undefined);
            break;
          case BatchCommand.CLUSREG_CONDITION_IS_EQUAL:
          case BatchCommand.CLUSREG_CONDITION_IS_NOT_EQUAL: {
            const v = lookup(e.name);
            const equal = v !== undefined && sameValue(v, e.valueType, e.data);
            condition(e.command === BatchCommand.CLUSREG_CONDITION_IS_EQUAL ? equal : !equal);
            break;
          }
          case BatchCommand.CLUSREG_CONDITION_IS_GREATER_THAN:
          case BatchCommand.CLUSREG_CONDITION_IS_LESS_THAN: {
            const v = lookup(e.name);
            const c = v === undefined ? undefined : compareValue(v, e.valueType, e.data);
            condition(
              c !== undefined &&
                (e.command === BatchCommand.CLUSREG_CONDITION_IS_GREATER_THAN ? c > 0 : c < 0),
            );
            break;
          }
          case BatchCommand.CLUSREG_CONDITION_KEY_EXISTS:
          case BatchCommand.CLUSREG_CONDITION_KEY_NOT_EXISTS: {
            const exists = reg.resolve(key(), e.name) !== undefined;
            condition(e.command === BatchCommand.CLUSREG_CONDITION_KEY_EXISTS ? exists : !exists);
            break;
          }
          default:
            fail(Win32.ERROR_INVALID_PARAMETER, `command ${e.command} is not a modification`);
        }
      }
    });
  } catch (err) {
    if (err instanceof BatchFailure) throw err;
    if (isClusterError(err)) throw new BatchFailure(err.status, index, err.message);
    throw err;
  }
  return notes;
}

function deletedNote(previous: RegValue): BatchEntry {
  return {
    command: BatchCommand.CLUSREG_VALUE_DELETED,
    valueType: previous.type,
    name: previous.name,
    data: previous.data,
  };
}

/**
 * ApiExecuteReadBatch: one result per command, in order — CLUSREG_READ_KEY echoed, each
 * CLUSREG_READ_VALUE answered with the data or a CLUSREG_READ_ERROR carrying the status ApiQueryValue
 * would return. Reads run in one transaction, so they see one state (which also satisfies
 * CLUSREG_DATABASE_ISOLATE_READ). Any other command is ERROR_INVALID_PARAMETER.
 */
export function executeReadBatch(
  reg: ClusterRegistry,
  start: string,
  entries: readonly BatchEntry[],
): BatchEntry[] {
  return reg.store.transaction(() => {
    const base = reg.openKey(start, '');
    let current: string | undefined = base;
    let missing = Win32.ERROR_SUCCESS as number;
    const out: BatchEntry[] = [];
    entries.forEach((e, i) => {
      if (e.command === BatchCommand.CLUSREG_READ_KEY) {
        try {
          current = reg.resolve(base, e.name);
          missing = current === undefined ? Win32.ERROR_FILE_NOT_FOUND : Win32.ERROR_SUCCESS;
        } catch (err) {
          if (!isClusterError(err)) throw err;
          current = undefined;
          missing = err.status;
        }
        out.push(e);
      } else if (e.command === BatchCommand.CLUSREG_READ_VALUE) {
        try {
          if (current === undefined) fail(missing);
          const v = reg.queryValue(current!, e.name);
          out.push({
            command: BatchCommand.CLUSREG_READ_VALUE,
            valueType: v.type,
            name: e.name,
            data: v.data,
          });
        } catch (err) {
          if (!isClusterError(err)) throw err;
          out.push({
            command: BatchCommand.CLUSREG_READ_ERROR,
            valueType: err.status,
            name: e.name,
            data: new Uint8Array(0),
          });
        }
      } else {
        throw new BatchFailure(Win32.ERROR_INVALID_PARAMETER, i + 1, `command ${e.command} in a read batch`);
      }
    });
    return out;
  });
}
