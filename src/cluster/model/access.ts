/**
 * ClusAPI access levels and protocol server state ([MS-CMRP] 3.1.1, 3.1.4, 3.1.4.2.116): what an
 * Ex-open grants for a `dwDesiredAccess`, whether a handle's level suffices for a method, and when
 * the server state refuses a call. The caller's entitlement (from the cluster security descriptor)
 * comes from the host; this module only applies the rules.
 */
import { ClusterStatus, Win32 } from '../../errors/status.js';
import { ClusterError } from './errors.js';

/** "Read" ⊂ "Read with Backup Privilege" ⊂ "All". */
export type AccessLevel = 'read' | 'readBackup' | 'all';

export const DesiredAccess = {
  CLUSAPI_READ_ACCESS: 0x00000001,
  CLUSAPI_CHANGE_ACCESS: 0x00000002,
  GENERIC_READ: 0x80000000,
  GENERIC_WRITE: 0x40000000,
  GENERIC_EXECUTE: 0x20000000,
  GENERIC_ALL: 0x10000000,
  MAXIMUM_ALLOWED: 0x02000000,
} as const;

/** What the cluster security descriptor allows this caller. */
export interface Entitlement {
  readonly read: boolean;
  readonly all: boolean;
  /** The caller holds the backup privilege ([MS-LSAD]): "Read" becomes "Read with Backup Privilege". */
  readonly backupPrivilege?: boolean;
}

export interface Grant {
  readonly level: AccessLevel;
  /** `*lpdwGrantedAccess`: GENERIC_READ or GENERIC_ALL. */
  readonly grantedAccess: number;
}

const RANK: Record<AccessLevel, number> = { read: 0, readBackup: 1, all: 2 };

const D = DesiredAccess;
const READ_BITS = D.CLUSAPI_READ_ACCESS | D.GENERIC_READ;
const CHANGE_BITS = D.CLUSAPI_CHANGE_ACCESS | D.GENERIC_WRITE | D.GENERIC_EXECUTE | D.GENERIC_ALL;

/**
 * The level an Ex-open grants. CLUSAPI_CHANGE_ACCESS without read → ERROR_INVALID_PARAMETER; more
 * than the caller is entitled to → ERROR_ACCESS_DENIED. A value with no access bit we know is
 * treated as invalid (the spec leaves other bits to the security descriptor, which here has none).
 */
export function grantAccess(desired: number, who: Entitlement): Grant {
  const d = desired >>> 0;
  if (
    d & D.CLUSAPI_CHANGE_ACCESS &&
    !(d & (READ_BITS | D.GENERIC_WRITE | D.GENERIC_EXECUTE | D.GENERIC_ALL))
  ) {
    throw new ClusterError(
      Win32.ERROR_INVALID_PARAMETER,
      'CLUSAPI_CHANGE_ACCESS without CLUSAPI_READ_ACCESS',
    );
  }
  const readLevel = (): Grant => ({
    level: who.backupPrivilege ? 'readBackup' : 'read',
    grantedAccess: D.GENERIC_READ,
  });
  const all: Grant = { level: 'all', grantedAccess: D.GENERIC_ALL };
  const denied = (): never => {
    throw new ClusterError(Win32.ERROR_ACCESS_DENIED);
  };
  if (d & D.MAXIMUM_ALLOWED) {
    if (who.all) return all;
    return who.read ? readLevel() : denied();
  }
  if (d & CHANGE_BITS) return who.all ? all : denied();
  if (d & READ_BITS) return who.read || who.all ? readLevel() : denied();
  throw new ClusterError(
    Win32.ERROR_INVALID_PARAMETER,
    `dwDesiredAccess 0x${d.toString(16)} requests nothing`,
  );
}

/** Refuses a call whose handle carries less than `needed` (ERROR_ACCESS_DENIED). */
export function requireAccess(granted: AccessLevel, needed: AccessLevel): void {
  if (RANK[granted] < RANK[needed]) throw new ClusterError(Win32.ERROR_ACCESS_DENIED);
}

/** Control codes with the write-access bit (0x00400000) need "All"; the rest "Read" (3.1.4). */
export function controlCodeAccess(controlCode: number): AccessLevel {
  return (controlCode >>> 0) & 0x00400000 ? 'all' : 'read';
}

/** Protocol server state (3.1.1). */
export type ServerState = 'none' | 'readOnly' | 'readWrite';

/**
 * Refuses a method the server state does not allow: ERROR_SHARING_PAUSED, or
 * ERROR_CLUSTER_NODE_NOT_READY when the server accepts nothing.
 */
export function requireServerState(state: ServerState, method: 'read' | 'write'): void {
  if (state === 'none') throw new ClusterError(ClusterStatus.ERROR_CLUSTER_NODE_NOT_READY);
  if (method === 'write' && state !== 'readWrite') throw new ClusterError(Win32.ERROR_SHARING_PAUSED);
}
