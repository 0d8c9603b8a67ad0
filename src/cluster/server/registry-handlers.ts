/**
 * ClusAPI v3 cluster registry methods ([MS-CMRP] 3.1.4.2.29–3.1.4.2.41): root/create/open/close of
 * HKEY_RPC handles, subkey and value enumeration, values, key information and key security, with
 * the registry semantics of [MS-RRP] (ERROR_MORE_DATA with the required size, ERROR_NO_MORE_ITEMS
 * at the end of an enumeration, self-relative security descriptors, REGSAM access).
 */
import { Win32 } from '../../errors/status.js';
import type { HKEY_RPC, RPC_SECURITY_DESCRIPTOR } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { CallContext } from '../../rpc/types.js';
import { zeroFillCount } from '../../rpc/stubs.js';
import type { AccessLevel } from '../model/access.js';
import { requireServerState } from '../model/access.js';
import { ClusterError } from '../model/errors.js';
import { registryFor } from '../registry/index.js';
import type { ClusterRegistry } from '../registry/registry.js';
import { Disposition, toFiletime } from '../registry/registry.js';
import {
  KEY_MODIFY_RIGHTS,
  KeyAccess,
  WellKnownSid,
  encodeSecurityDescriptor,
  grantedRights,
  mapGenericKeyAccess,
  selectParts,
} from '../registry/security.js';
import type { ClusterServerEnv, MethodRule, Res, SyncHandlers } from './call.js';
import { READ, WRITE, run, statusOf, useHandle } from './call.js';
import { HandleKind, closeHandle, nullHandle } from './handles.js';

/** What an HKEY_RPC stands for: the key's path, the caller's level, and the rights granted at open. */
export interface KeyHandle {
  readonly objectId: string;
  readonly level: AccessLevel;
  readonly granted: number;
}

type RegistryHandlers = SyncHandlers<
  | 'ApiGetRootKey'
  | 'ApiCreateKey'
  | 'ApiOpenKey'
  | 'ApiEnumKey'
  | 'ApiSetValue'
  | 'ApiDeleteValue'
  | 'ApiQueryValue'
  | 'ApiDeleteKey'
  | 'ApiEnumValue'
  | 'ApiCloseKey'
  | 'ApiQueryInfoKey'
  | 'ApiSetKeySecurity'
  | 'ApiGetKeySecurity'
>;

const fail = (status: number, detail?: string): never => {
  throw new ClusterError(status, detail);
};

const ZERO_FILETIME = { dwLowDateTime: 0, dwHighDateTime: 0 };

/** The registry the handlers use: the one in `env`, else the model's own. */
export function envRegistry(env: ClusterServerEnv): ClusterRegistry {
  return env.registry ?? registryFor(env.model);
}

/** Validates an HKEY_RPC, the server state and the level `rule` needs; returns its state. */
export function useKey(
  env: ClusterServerEnv,
  ctx: CallContext,
  handle: Uint8Array,
  rule: MethodRule,
): KeyHandle {
  return useHandle(env, ctx, handle, HandleKind.key, rule) as KeyHandle;
}

/** Fails with ERROR_ACCESS_DENIED unless the handle was opened with `rights`. */
function requireRights(h: KeyHandle, rights: number): void {
  if ((h.granted & rights) !== rights) fail(Win32.ERROR_ACCESS_DENIED, 'key handle lacks the access');
}

export function registryHandlers(env: ClusterServerEnv): RegistryHandlers {
  const reg = (): ClusterRegistry => envRegistry(env);

  /** The caller's cluster level, checked against the server state for `state`. */
  const callerLevel = (ctx: CallContext, state: 'read' | 'write'): AccessLevel => {
    requireServerState(env.serverState(), state);
    const who = env.entitlement(ctx.auth.identity);
    if (who.all) return 'all';
    if (who.read) return 'read';
    return fail(Win32.ERROR_ACCESS_DENIED);
  };

  /**
   * Evaluates `samDesired` against the key's descriptor for this caller (3.1.4.2.29: "MUST evaluate
   * the security descriptor … against the user authorization context and the requested access").
   * Modifying rights also need the cluster level "All". Callers granted "All" by the cluster
   * security descriptor count as cluster administrators (BUILTIN\Administrators) here.
   */
  const openRights = (ctx: CallContext, path: string, samDesired: number, level: AccessLevel): number => {
    const id = ctx.auth.identity;
    const sids = new Set<string>(id?.groupSids ?? []);
    if (id?.sid) sids.add(id.sid);
    sids.add(WellKnownSid.EVERYONE);
    if (id && !id.anonymous) sids.add(WellKnownSid.AUTHENTICATED_USERS);
    if (level === 'all') sids.add(WellKnownSid.BUILTIN_ADMINISTRATORS);
    let available = grantedRights(reg().securityDescriptor(path), sids);
    if (level !== 'all') available &= ~KEY_MODIFY_RIGHTS;
    const requested = mapGenericKeyAccess(samDesired) & ~KeyAccess.MAXIMUM_ALLOWED;
    if ((requested & available) !== requested)
      fail(Win32.ERROR_ACCESS_DENIED, 'requested key access not granted');
    return samDesired & KeyAccess.MAXIMUM_ALLOWED ? available : requested;
  };

  const openKeyHandle = (
    ctx: CallContext,
    path: string,
    samDesired: number,
    level: AccessLevel,
  ): HKEY_RPC => {
    const granted = openRights(ctx, path, samDesired, level);
    const state: KeyHandle = { objectId: path, level, granted };
    return ctx.association.handles.create(HandleKind.key, state) as HKEY_RPC;
  };

  /** Handle-returning methods report through `*Status` and answer the NULL handle on failure. */
  const opening = <R extends { Status: number; rpc_status: number; ret: HKEY_RPC }>(
    body: () => Omit<R, 'Status' | 'rpc_status'>,
    onFailure: Omit<R, 'Status' | 'rpc_status' | 'ret'>,
  ): R => {
    try {
      return { ...body(), Status: Win32.ERROR_SUCCESS, rpc_status: 0 } as R;
    } catch (err) {
      return { ...onFailure, Status: statusOf(err), rpc_status: 0, ret: nullHandle<HKEY_RPC>() } as R;
    }
  };

  return {
    ApiGetRootKey(ctx, req) {
      return opening<Res<'ApiGetRootKey'>>(() => {
        const level = callerLevel(ctx, 'read');
        return { ret: openKeyHandle(ctx, reg().openKey('', ''), req.samDesired, level) };
      }, {});
    },

    ApiCreateKey(ctx, req) {
      return opening<Res<'ApiCreateKey'>>(
        () => {
          const h = useKey(env, ctx, req.hKey, WRITE);
          const sa = req.lpSecurityAttributes;
          // Handles to cluster keys are not inheritable: bInheritHandle MUST be zero.
          if (sa && sa.bInheritHandle !== 0) fail(Win32.ERROR_INVALID_PARAMETER, 'bInheritHandle set');
          const sdBytes = sa?.RpcSecurityDescriptor.lpSecurityDescriptor ?? undefined;
          const sd = sdBytes?.subarray(
            0,
            sa!.RpcSecurityDescriptor.cbOutSecurityDescriptor || sdBytes.length,
          );
          const r = reg();
          const existing = r.resolve(h.objectId, req.lpSubKey);
          if (existing === undefined) requireRights(h, KeyAccess.KEY_CREATE_SUB_KEY);
          const { path, created } = r.createKey(
            h.objectId,
            req.lpSubKey,
            sd && sd.length > 0 ? sd : undefined,
          );
          return {
            ret: openKeyHandle(ctx, path, req.samDesired, h.level),
            lpdwDisposition: created ? Disposition.REG_CREATED_NEW_KEY : Disposition.REG_OPENED_EXISTING_KEY,
          };
        },
        { lpdwDisposition: 0 },
      );
    },

    ApiOpenKey(ctx, req) {
      return opening<Res<'ApiOpenKey'>>(() => {
        const h = useKey(env, ctx, req.hKey, READ);
        const path = reg().openKey(h.objectId, req.lpSubKey);
        return { ret: openKeyHandle(ctx, path, req.samDesired, h.level) };
      }, {});
    },

    ApiEnumKey(ctx, req) {
      return run<Res<'ApiEnumKey'>>(
        () => {
          const h = useKey(env, ctx, req.hKey, READ);
          const { name, lastWrite } = reg().subKeyAt(h.objectId, req.dwIndex);
          return { KeyName: name, lpftLastWriteTime: toFiletime(lastWrite) };
        },
        { KeyName: null, lpftLastWriteTime: ZERO_FILETIME },
      );
    },

    ApiSetValue(ctx, req) {
      return run<Res<'ApiSetValue'>>(() => {
        const h = useKey(env, ctx, req.hKey, WRITE);
        requireRights(h, KeyAccess.KEY_SET_VALUE);
        const data = req.lpData.subarray(0, req.cbData);
        reg().setValue(h.objectId, req.lpValueName ?? '', req.dwType, data);
        return {};
      }, {});
    },

    ApiDeleteValue(ctx, req) {
      return run<Res<'ApiDeleteValue'>>(() => {
        const h = useKey(env, ctx, req.hKey, WRITE);
        requireRights(h, KeyAccess.KEY_SET_VALUE);
        reg().deleteValue(h.objectId, req.lpValueName ?? '');
        return {};
      }, {});
    },

    ApiQueryValue(ctx, req) {
      const buffer = new Uint8Array(zeroFillCount(req.cbData));
      return run<Res<'ApiQueryValue'>>(
        () => {
          const h = useKey(env, ctx, req.hKey, READ);
          const v = reg().queryValue(h.objectId, req.lpValueName ?? '');
          if (v.data.length > req.cbData) {
            return {
              ret: Win32.ERROR_MORE_DATA,
              lpValueType: v.type,
              lpData: buffer,
              lpcbRequired: v.data.length,
            };
          }
          buffer.set(v.data);
          return { lpValueType: v.type, lpData: buffer, lpcbRequired: v.data.length };
        },
        { lpValueType: 0, lpData: buffer, lpcbRequired: 0 },
      );
    },

    ApiDeleteKey(ctx, req) {
      return run<Res<'ApiDeleteKey'>>(() => {
        const h = useKey(env, ctx, req.hKey, WRITE);
        reg().deleteKey(h.objectId, req.lpSubKey);
        return {};
      }, {});
    },

    ApiEnumValue(ctx, req) {
      const empty = new Uint8Array(0);
      return run<Res<'ApiEnumValue'>>(
        () => {
          const h = useKey(env, ctx, req.hKey, READ);
          const cap = zeroFillCount(req.lpcbData);
          const v = reg().valueAt(h.objectId, req.dwIndex);
          if (v.data.length > cap) {
            return {
              ret: Win32.ERROR_MORE_DATA,
              lpValueName: v.name,
              lpType: v.type,
              lpData: empty,
              lpcbData: 0,
              TotalSize: v.data.length,
            };
          }
          return {
            lpValueName: v.name,
            lpType: v.type,
            lpData: v.data,
            lpcbData: v.data.length,
            TotalSize: v.data.length,
          };
        },
        { lpValueName: null, lpType: 0, lpData: empty, lpcbData: 0, TotalSize: 0 },
      );
    },

    ApiCloseKey(ctx, req) {
      const { handle, ret } = closeHandle(ctx, req.pKey, HandleKind.key);
      return { pKey: handle, ret };
    },

    ApiQueryInfoKey(ctx, req) {
      return run<Res<'ApiQueryInfoKey'>>(
        () => {
          const h = useKey(env, ctx, req.hKey, READ);
          const i = reg().info(h.objectId);
          return {
            lpcSubKeys: i.subKeys,
            lpcbMaxSubKeyLen: i.maxSubKeyLen,
            lpcValues: i.values,
            lpcbMaxValueNameLen: i.maxValueNameLen,
            lpcbMaxValueLen: i.maxValueLen,
            lpcbSecurityDescriptor: i.securityDescriptorBytes,
            lpftLastWriteTime: toFiletime(i.lastWrite),
          };
        },
        {
          lpcSubKeys: 0,
          lpcbMaxSubKeyLen: 0,
          lpcValues: 0,
          lpcbMaxValueNameLen: 0,
          lpcbMaxValueLen: 0,
          lpcbSecurityDescriptor: 0,
          lpftLastWriteTime: ZERO_FILETIME,
        },
      );
    },

    ApiSetKeySecurity(ctx, req) {
      return run<Res<'ApiSetKeySecurity'>>(() => {
        const h = useKey(env, ctx, req.hKey, WRITE);
        requireRights(h, KeyAccess.WRITE_DAC);
        const d = req.pRpcSecurityDescriptor;
        const bytes = d.lpSecurityDescriptor ?? fail(Win32.ERROR_INVALID_PARAMETER, 'no security descriptor');
        const sd = bytes.subarray(0, d.cbOutSecurityDescriptor || bytes.length);
        try {
          reg().setSecurity(h.objectId, req.SecurityInformation, sd);
        } catch (err) {
          // 3.1.4.2.40 lists ERROR_INVALID_PARAMETER for a descriptor that is not valid self-relative.
          if (err instanceof ClusterError && err.status === Win32.ERROR_INVALID_SECURITY_DESCR) {
            fail(Win32.ERROR_INVALID_PARAMETER, err.message);
          }
          throw err;
        }
        return {};
      }, {});
    },

    ApiGetKeySecurity(ctx, req) {
      const asSent = req.pRpcSecurityDescriptor;
      return run<Res<'ApiGetKeySecurity'>>(
        () => {
          const h = useKey(env, ctx, req.hKey, READ);
          const sd = encodeSecurityDescriptor(
            selectParts(reg().securityDescriptor(h.objectId), req.SecurityInformation),
          );
          const room = asSent.cbInSecurityDescriptor >>> 0;
          // [MS-RRP] 3.1.5.13: too small a buffer → ERROR_INSUFFICIENT_BUFFER with the size needed.
          if (sd.length > room) {
            return {
              ret: Win32.ERROR_INSUFFICIENT_BUFFER,
              pRpcSecurityDescriptor: {
                lpSecurityDescriptor: null,
                cbInSecurityDescriptor: sd.length,
                cbOutSecurityDescriptor: 0,
              } satisfies RPC_SECURITY_DESCRIPTOR,
            };
          }
          return {
            pRpcSecurityDescriptor: {
              lpSecurityDescriptor: sd,
              cbInSecurityDescriptor: room,
              cbOutSecurityDescriptor: sd.length,
            },
          };
        },
        {
          pRpcSecurityDescriptor: {
            lpSecurityDescriptor: null,
            cbInSecurityDescriptor: 0,
            cbOutSecurityDescriptor: 0,
          },
        },
      );
    },
  };
}
