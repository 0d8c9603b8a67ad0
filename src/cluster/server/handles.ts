/**
 * ClusAPI context handles ([MS-CMRP] 2.2.1, 3.1.4): one kind per handle type so that a handle of
 * one type is refused where another is expected, each remembering the object it names and the
 * access level granted when it was opened (3.1.4.2 "determining client access").
 */
import { Win32 } from '../../errors/status.js';
import type { CallContext } from '../../rpc/types.js';
import type { AccessLevel } from '../model/access.js';
import { ClusterError } from '../model/errors.js';

export const HandleKind = {
  cluster: 'clusapi:HCLUSTER_RPC',
  node: 'clusapi:HNODE_RPC',
  group: 'clusapi:HGROUP_RPC',
  resource: 'clusapi:HRES_RPC',
  key: 'clusapi:HKEY_RPC',
  notify: 'clusapi:HNOTIFY_RPC',
  network: 'clusapi:HNETWORK_RPC',
  netInterface: 'clusapi:HNETINTERFACE_RPC',
  batchPort: 'clusapi:HBATCH_PORT_RPC',
  groupSet: 'clusapi:HGROUPSET_RPC',
} as const;
export type HandleKind = (typeof HandleKind)[keyof typeof HandleKind];

/** What an object handle stands for: the object's id (stable across renames) and the granted level. */
export interface ObjectHandle {
  readonly objectId: string;
  readonly level: AccessLevel;
}

export const NULL_HANDLE_SIZE = 20;

/** The NULL context handle a failed open returns and a successful close writes back. */
export function nullHandle<H extends Uint8Array>(): H {
  return new Uint8Array(NULL_HANDLE_SIZE) as H;
}

export function createHandle<H extends Uint8Array>(
  ctx: CallContext,
  kind: HandleKind,
  state: ObjectHandle,
): H {
  return ctx.association.handles.create(kind, state) as H;
}

/**
 * The state behind a handle of `kind`. A NULL, closed, unknown or other-kind handle is
 * ERROR_INVALID_HANDLE, the status every MS-CMRP method lists for it (e.g. 3.1.4.2.2).
 */
export function resolveHandle(ctx: CallContext, handle: Uint8Array, kind: HandleKind): ObjectHandle {
  const state = ctx.association.handles.lookup<ObjectHandle>(handle, kind);
  if (!state) throw new ClusterError(Win32.ERROR_INVALID_HANDLE, kind);
  return state;
}

/**
 * Api*Close: frees the context and answers the NULL handle (3.1.4.2.2 "MUST set … to NULL"); an
 * invalid handle comes back unchanged with ERROR_INVALID_HANDLE.
 */
export function closeHandle<H extends Uint8Array>(
  ctx: CallContext,
  handle: H,
  kind: HandleKind,
): { handle: H; ret: number } {
  if (!ctx.association.handles.lookup<ObjectHandle>(handle, kind)) {
    return { handle, ret: Win32.ERROR_INVALID_HANDLE };
  }
  ctx.association.handles.destroy(handle);
  return { handle: nullHandle<H>(), ret: Win32.ERROR_SUCCESS };
}
