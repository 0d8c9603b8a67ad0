/**
 * The RASRPC server (MS-RRASM 3.3.4): the seven methods used on the wire over one RRAS backend.
 * Unlike DIMSVC, a caller outside the local Administrators group is refused with an RPC exception
 * (a fault PDU with status RPC_S_ACCESS_DENIED, <332>), not a return value; the reserved opnums
 * never reach this file (the generated dispatcher faults them with nca_s_op_rng_error).
 */
import { RpcStatus, Win32 } from '../../errors/status.js';
import type {
  RASRPC_CALLBACKLIST,
  RASRPC_LOCATIONLIST,
  RASRPC_PBUSER,
  RASRPC_STRINGLIST,
  RasrpcHandlers,
} from '../../interfaces/rasrpc/rasrpc.gen.js';
import { RpcFault, type CallContext } from '../../rpc/types.js';
import type { RrasBackend } from '../backend.js';
import { isRrasError, RrasError } from '../model/errors.js';
import { UserPreferencesMode, type UserPreferences } from '../model/types.js';
import { callerIsAdmin, type AdminCheck } from './access.js';
import { submitRequest } from './rasrpc-submit.js';

export interface RasrpcEnv {
  readonly backend: RrasBackend;
  /** 2.1.1.1 membership test; default BUILTIN\Administrators. */
  readonly isAdmin?: AdminCheck;
}

/** RASRPC_MAX_PATH: RasRpcGetSystemDirectory's uSize MUST be 260 (3.3.4.4). */
export const RASRPC_MAX_PATH = 260;
/** Longest linked list accepted from or sent to a client in RASRPC_PBUSER. */
export const MAX_PBUSER_LIST = 256;

/** Throws the 3.3.4 access exception unless the caller is an administrator. */
function requireAdmin(env: RasrpcEnv, ctx: CallContext): void {
  if (!callerIsAdmin(ctx, env.isAdmin))
    throw new RpcFault(RpcStatus.RPC_S_ACCESS_DENIED, 'RASRPC: the caller is not an administrator');
}

/** A backend refusal becomes the method's return value; anything else is a bug (→ fault). */
function statusOf(err: unknown): number {
  if (isRrasError(err)) return err.status;
  throw err;
}

export function createRasrpcHandlers(env: RasrpcEnv): RasrpcHandlers {
  const { backend } = env;
  return {
    async RasRpcDeleteEntry(ctx, req) {
      requireAdmin(env, ctx);
      try {
        await backend.deletePhonebookEntry(req.lpszPhonebook, req.lpszEntry);
        return { ret: Win32.ERROR_SUCCESS };
      } catch (err) {
        return { ret: statusOf(err) };
      }
    },

    async RasRpcGetUserPreferences(ctx, req) {
      requireAdmin(env, ctx);
      if (req.dwMode !== UserPreferencesMode.UPM_Router)
        return { pUser: req.pUser, ret: Win32.ERROR_INVALID_PARAMETER };
      try {
        return { pUser: toPbUser(await backend.userPreferences(req.dwMode)), ret: Win32.ERROR_SUCCESS };
      } catch (err) {
        return { pUser: req.pUser, ret: statusOf(err) };
      }
    },

    async RasRpcSetUserPreferences(ctx, req) {
      requireAdmin(env, ctx);
      if (req.dwMode !== UserPreferencesMode.UPM_Router) return { ret: Win32.ERROR_INVALID_PARAMETER };
      try {
        await backend.setUserPreferences(req.dwMode, fromPbUser(req.pUser));
        return { ret: Win32.ERROR_SUCCESS };
      } catch (err) {
        return { ret: statusOf(err) };
      }
    },

    async RasRpcGetSystemDirectory(ctx, req) {
      requireAdmin(env, ctx);
      // The return value is a length; 0 is the one failure value (3.3.4.4).
      if (req.uSize < RASRPC_MAX_PATH) return { lpBuffer: '', ret: 0 };
      const dir = (await backend.rasRpcInfo()).systemDirectory;
      if (dir.length >= req.uSize) return { lpBuffer: '', ret: 0 };
      return { lpBuffer: dir, ret: dir.length };
    },

    async RasRpcSubmitRequest(ctx, req) {
      requireAdmin(env, ctx);
      const out = await submitRequest(backend, req.pReqBuffer, req.dwcbBufSize);
      return { pReqBuffer: out.buffer, ret: out.ret };
    },

    async RasRpcGetInstalledProtocolsEx(ctx, req) {
      requireAdmin(env, ctx);
      const info = await backend.rasRpcInfo();
      // fRasCli "is not used"; the answer is the union of the roles asked for.
      let bits = 0;
      if (req.fRouter) bits |= info.protocolsRouter;
      if (req.fRasSrv) bits |= info.protocolsRasServer;
      return { ret: bits >>> 0 };
    },

    async RasRpcGetVersion(ctx) {
      requireAdmin(env, ctx);
      return { pdwVersion: (await backend.rasRpcInfo()).version, ret: Win32.ERROR_SUCCESS };
    },
  };
}

// ------------------------------------------------------------------------------ RASRPC_PBUSER

function toUnits(text: string, n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < Math.min(text.length, n - 1); i++) out[i] = text.charCodeAt(i);
  return out;
}

function fromUnits(units: readonly number[]): string {
  const end = units.indexOf(0);
  return String.fromCharCode(...(end < 0 ? units : units.slice(0, end)));
}

/** Walks a client's linked list, refusing one longer than MAX_PBUSER_LIST. */
function walk<T extends { pNext: T | null }>(head: T | null): T[] {
  const out: T[] = [];
  for (let n = head; n; n = n.pNext) {
    if (out.length >= MAX_PBUSER_LIST)
      throw new RrasError(Win32.ERROR_INVALID_PARAMETER, 'RASRPC_PBUSER list too long');
    out.push(n);
  }
  return out;
}

function link<T extends { pNext: T | null }>(items: Omit<T, 'pNext'>[]): T | null {
  let head: T | null = null;
  for (let i = items.length - 1; i >= 0; i--) head = { ...items[i]!, pNext: head } as T;
  return head;
}

const strings = (list: readonly string[]): RASRPC_STRINGLIST | null =>
  link<RASRPC_STRINGLIST>(list.slice(0, MAX_PBUSER_LIST).map((s) => ({ psz: toUnits(s, 256) })));
const fromStrings = (head: RASRPC_STRINGLIST | null): string[] => walk(head).map((n) => fromUnits(n.psz));
const b = (v: boolean): number => (v ? 1 : 0);

export function toPbUser(p: UserPreferences): RASRPC_PBUSER {
  return {
    fOperatorDial: b(p.operatorDial),
    fPreviewPhoneNumber: b(p.previewPhoneNumber),
    fUseLocation: b(p.useLocation),
    fShowLights: b(p.showLights),
    fShowConnectStatus: b(p.showConnectStatus),
    fCloseOnDial: b(p.closeOnDial),
    fAllowLogonPhonebookEdits: b(p.allowLogonPhonebookEdits),
    fAllowLogonLocationEdits: b(p.allowLogonLocationEdits),
    fSkipConnectComplete: b(p.skipConnectComplete),
    fNewEntryWizard: b(p.newEntryWizard),
    dwRedialAttempts: p.redialAttempts,
    dwRedialSeconds: p.redialSeconds,
    dwIdleDisconnectSeconds: p.idleDisconnectSeconds,
    fRedialOnLinkFailure: b(p.redialOnLinkFailure),
    fPopupOnTopWhenRedialing: b(p.popupOnTopWhenRedialing),
    fExpandAutoDialQuery: b(p.expandAutoDialQuery),
    dwCallbackMode: p.callbackMode,
    pCallbacks: link<RASRPC_CALLBACKLIST>(
      p.callbacks.slice(0, MAX_PBUSER_LIST).map((c) => ({
        pszPortName: toUnits(c.portName, 17),
        pszDeviceName: toUnits(c.deviceName, 129),
        pszNumber: toUnits(c.number, 129),
        dwDeviceType: c.deviceType,
      })),
    ),
    pszLastCallbackByCaller: toUnits(p.lastCallbackByCaller, 129),
    dwPhonebookMode: p.phonebookMode,
    pszPersonalFile: toUnits(p.personalFile, 260),
    pszAlternatePath: toUnits(p.alternatePath, 260),
    pPhonebooks: strings(p.phonebooks),
    pAreaCodes: strings(p.areaCodes),
    fUseAreaAndCountry: b(p.useAreaAndCountry),
    pPrefixes: strings(p.prefixes),
    pSuffixes: strings(p.suffixes),
    pLocations: link<RASRPC_LOCATIONLIST>(
      p.locations
        .slice(0, MAX_PBUSER_LIST)
        .map((l) => ({ dwLocationId: l.locationId, iPrefix: l.prefix, iSuffix: l.suffix })),
    ),
    dwXPhonebook: p.xPhonebook,
    dwYPhonebook: p.yPhonebook,
    pszDefaultEntry: toUnits(p.defaultEntry, 257),
    fInitialized: b(p.initialized),
    fDirty: b(p.dirty),
  };
}

export function fromPbUser(u: RASRPC_PBUSER): UserPreferences {
  return {
    operatorDial: u.fOperatorDial !== 0,
    previewPhoneNumber: u.fPreviewPhoneNumber !== 0,
    useLocation: u.fUseLocation !== 0,
    showLights: u.fShowLights !== 0,
    showConnectStatus: u.fShowConnectStatus !== 0,
    closeOnDial: u.fCloseOnDial !== 0,
    allowLogonPhonebookEdits: u.fAllowLogonPhonebookEdits !== 0,
    allowLogonLocationEdits: u.fAllowLogonLocationEdits !== 0,
    skipConnectComplete: u.fSkipConnectComplete !== 0,
    newEntryWizard: u.fNewEntryWizard !== 0,
    redialAttempts: u.dwRedialAttempts,
    redialSeconds: u.dwRedialSeconds,
    idleDisconnectSeconds: u.dwIdleDisconnectSeconds,
    redialOnLinkFailure: u.fRedialOnLinkFailure !== 0,
    popupOnTopWhenRedialing: u.fPopupOnTopWhenRedialing !== 0,
    expandAutoDialQuery: u.fExpandAutoDialQuery !== 0,
    callbackMode: u.dwCallbackMode,
    callbacks: walk(u.pCallbacks).map((c) => ({
      portName: fromUnits(c.pszPortName),
      deviceName: fromUnits(c.pszDeviceName),
      number: fromUnits(c.pszNumber),
      deviceType: c.dwDeviceType,
    })),
    lastCallbackByCaller: fromUnits(u.pszLastCallbackByCaller),
    phonebookMode: u.dwPhonebookMode,
    personalFile: fromUnits(u.pszPersonalFile),
    alternatePath: fromUnits(u.pszAlternatePath),
    phonebooks: fromStrings(u.pPhonebooks),
    areaCodes: fromStrings(u.pAreaCodes),
    useAreaAndCountry: u.fUseAreaAndCountry !== 0,
    prefixes: fromStrings(u.pPrefixes),
    suffixes: fromStrings(u.pSuffixes),
    locations: walk(u.pLocations).map((l) => ({
      locationId: l.dwLocationId,
      prefix: l.iPrefix,
      suffix: l.iSuffix,
    })),
    xPhonebook: u.dwXPhonebook,
    yPhonebook: u.dwYPhonebook,
    defaultEntry: fromUnits(u.pszDefaultEntry),
    initialized: u.fInitialized !== 0,
    dirty: u.fDirty !== 0,
  };
}
