/**
 * Interface methods: RRouterInterfaceGetHandle (11, 3.1.4.12), Create (12, 3.1.4.13), GetInfo
 * (13, 3.1.4.14), SetInfo (14, 3.1.4.15), Delete (15, 3.1.4.16), Enum (20, 3.1.4.21), Connect
 * (21, 3.1.4.22), Disconnect (22, 3.1.4.23), UpdatePhonebookInfo (25, 3.1.4.26),
 * SetCredentialsLocal / GetCredentialsLocal (49, 50; 3.1.4.50–51) and Get/SetCustomInfoEx
 * (51, 52; 3.1.4.52–53).
 */
import {
  decodeMprInterface0,
  decodeMprInterface1,
  decodeMprInterface2,
  decodeMprInterface3,
  encodeArray,
  encodeMprInterface0,
  encodeMprInterface1,
  encodeMprInterface2,
  encodeMprInterface3,
  MPRI_INTERFACE_0_SIZE,
  MPRI_INTERFACE_1_SIZE,
  MPRI_INTERFACE_2_SIZE,
  MPRI_INTERFACE_3_SIZE,
  mprInterface0Codec,
} from '../blobs/index.js';
import type { MprInterface0, MprInterface1, MprInterface2, MprInterface3 } from '../blobs/types.js';
import { RouterInterfaceType, RrasLimits, type RouterInterface } from '../model/types.js';
import {
  mprInterface0,
  mprInterface1,
  mprInterface2,
  mprInterface3,
  phonebookSettingsFrom,
} from './blob-views.js';
import {
  ANY_ROUTER,
  type AsyncHandlers,
  dim,
  dimAction,
  type DimsvcEnv,
  invalidParameter,
  NOT_LAN_ONLY,
  requireDemandDialManager,
  requireLevel,
} from './call.js';
import { clientBlob, EMPTY_INFO, infoContainer } from './containers.js';
import { infoEnumPage, noInfoEnumPage } from './enumerate.js';
import { ifCustomInfoEx, ifCustomInfoIn, MprapiObjectType, requestedRevision } from './ex-structs.js';

type Methods =
  | 'RRouterInterfaceGetHandle'
  | 'RRouterInterfaceCreate'
  | 'RRouterInterfaceGetInfo'
  | 'RRouterInterfaceSetInfo'
  | 'RRouterInterfaceDelete'
  | 'RRouterInterfaceEnum'
  | 'RRouterInterfaceConnect'
  | 'RRouterInterfaceDisconnect'
  | 'RRouterInterfaceUpdatePhonebookInfo'
  | 'RRouterInterfaceSetCredentialsLocal'
  | 'RRouterInterfaceGetCredentialsLocal'
  | 'RRouterInterfaceGetCustomInfoEx'
  | 'RRouterInterfaceSetCustomInfoEx';

const FIXED_SIZE = [
  MPRI_INTERFACE_0_SIZE,
  MPRI_INTERFACE_1_SIZE,
  MPRI_INTERFACE_2_SIZE,
  MPRI_INTERFACE_3_SIZE,
];

/**
 * What GetCredentialsLocal returns in place of a stored password: the stored secret never leaves
 * the server; a client learns that one is set (as Windows' RAS credential APIs answer with a
 * placeholder rather than the password).
 */
export const PASSWORD_PLACEHOLDER = '*'.repeat(16);

/**
 * The client's MPRI_INTERFACE_x. Level 0 is exactly the structure; levels 1–3 are the fixed part
 * followed by the data their offsets point to, so they are at least the fixed size.
 */
function decodeInterfaceBlob(
  level: number,
  blob: Uint8Array,
): MprInterface0 | MprInterface1 | MprInterface2 | MprInterface3 {
  const fixed = FIXED_SIZE[level]!;
  if (level === 0 ? blob.length !== fixed : blob.length < fixed)
    throw invalidParameter(`MPRI_INTERFACE_${level} buffer of ${blob.length} bytes`);
  switch (level) {
    case 0:
      return decodeMprInterface0(blob);
    case 1:
      return decodeMprInterface1(blob);
    case 2:
      return decodeMprInterface2(blob);
    default:
      return decodeMprInterface3(blob);
  }
}

const isDemandDialType = (t: number): boolean =>
  t === RouterInterfaceType.CLIENT ||
  t === RouterInterfaceType.HOME_ROUTER ||
  t === RouterInterfaceType.FULL_ROUTER;

const mustStayEnabled = (t: number): boolean =>
  t === RouterInterfaceType.DEDICATED ||
  t === RouterInterfaceType.INTERNAL ||
  t === RouterInterfaceType.LOOPBACK;

function checkText(text: string, max: number, what: string): void {
  if (text.length > max) throw invalidParameter(`${what} longer than ${max} characters`);
}

export function interfaceHandlers(env: DimsvcEnv): AsyncHandlers<Methods> {
  const b = env.backend;

  async function infoBlob(level: number, i: RouterInterface): Promise<Uint8Array> {
    if (level === 0) return encodeMprInterface0(mprInterface0(i));
    if (level === 1) return encodeMprInterface1(mprInterface1(i));
    // 3.1.4.14: levels 2 and 3 describe a demand-dial interface's phonebook entry, which must be
    // in PhonebookEntryNameList (RRAS answers ERROR_CANNOT_FIND_PHONEBOOK_ENTRY otherwise).
    if (i.type !== RouterInterfaceType.FULL_ROUTER)
      throw invalidParameter(`level ${level} needs a ROUTER_IF_TYPE_FULL_ROUTER interface`);
    const entry = await b.phonebookEntry(i.phonebookEntry ?? i.name);
    return level === 2
      ? encodeMprInterface2(mprInterface2(i, entry))
      : encodeMprInterface3(mprInterface3(i, entry));
  }

  return {
    RRouterInterfaceGetHandle: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { phInterface: req.phInterface }, async () => {
        checkText(req.lpwsInterfaceName, RrasLimits.interfaceName, 'lpwsInterfaceName');
        const i = await b.interfaceByName(req.lpwsInterfaceName, req.fIncludeClientInterfaces !== 0);
        return { phInterface: i.handle };
      }),

    RRouterInterfaceCreate: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { phInterface: req.phInterface }, async () => {
        requireLevel(req.dwLevel, [0, 1, 2, 3]);
        const v = decodeInterfaceBlob(req.dwLevel, clientBlob(req.pInfoStruct, 'MPRI_INTERFACE'));
        const type = v.dwIfType as RouterInterfaceType;
        if (
          type === RouterInterfaceType.TUNNEL1 ||
          type === RouterInterfaceType.DIALOUT ||
          type > RouterInterfaceType.DIALOUT
        )
          throw invalidParameter(`interface type ${type} cannot be created`);
        if (mustStayEnabled(type) && !v.fEnabled)
          throw invalidParameter('this interface type cannot be disabled');
        if (isDemandDialType(type)) await requireDemandDialManager(env);
        checkText(v.wszInterfaceName, RrasLimits.interfaceName, 'wszInterfaceName');
        if (v.wszInterfaceName === '') throw invalidParameter('empty interface name');
        if (req.dwLevel >= 2) {
          const v2 = v as MprInterface2;
          if (type !== RouterInterfaceType.FULL_ROUTER)
            throw invalidParameter(`level ${req.dwLevel} creates ROUTER_IF_TYPE_FULL_ROUTER interfaces only`);
          // "The szAlternates of MPRI_INTERFACE_2 MUST be set to 0."
          if (v2.szAlternates.length) throw invalidParameter('szAlternates must be 0');
          const i = await b.createInterface({
            name: v.wszInterfaceName,
            type,
            enabled: v.fEnabled,
            phonebook: phonebookSettingsFrom(v2, 'create'),
          });
          return { phInterface: i.handle };
        }
        // Levels 0/1 honor only name, type and enabled; a FULL_ROUTER interface needs its
        // phonebook entry configured beforehand (3.1.4.13).
        if (type === RouterInterfaceType.FULL_ROUTER) await b.phonebookEntry(v.wszInterfaceName);
        const i = await b.createInterface({ name: v.wszInterfaceName, type, enabled: v.fEnabled });
        return { phInterface: i.handle };
      }),

    RRouterInterfaceGetInfo: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pInfoStruct: EMPTY_INFO }, async () => {
        requireLevel(req.dwLevel, [0, 1, 2, 3]);
        const i = await b.interface(req.hInterface >>> 0);
        return { pInfoStruct: infoContainer(await infoBlob(req.dwLevel, i)) };
      }),

    RRouterInterfaceSetInfo: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, async () => {
        requireLevel(req.dwLevel, [0, 1, 2, 3]);
        const blob = clientBlob(req.pInfoStruct, 'MPRI_INTERFACE');
        const v = decodeInterfaceBlob(req.dwLevel, blob);
        const i = await b.interface(req.hInterface >>> 0);
        if (
          !v.fEnabled &&
          (i.type === RouterInterfaceType.DEDICATED || i.type === RouterInterfaceType.INTERNAL)
        )
          throw invalidParameter('this interface type cannot be disabled');
        if (req.dwLevel === 0) {
          await b.setInterface(i.handle, { enabled: v.fEnabled });
        } else if (req.dwLevel === 1) {
          const hours = (v as MprInterface1).lpwsDialoutHoursRestriction;
          await b.setInterface(i.handle, { enabled: v.fEnabled, dialoutHoursRestriction: hours ?? [] });
        } else {
          const v2 = v as MprInterface2;
          if (v2.dwIfType !== RouterInterfaceType.FULL_ROUTER || i.type !== RouterInterfaceType.FULL_ROUTER)
            throw invalidParameter(`level ${req.dwLevel} sets ROUTER_IF_TYPE_FULL_ROUTER interfaces only`);
          if (v2.szAlternates.length) throw invalidParameter('szAlternates must be 0');
          const current = await b.phonebookEntry(i.phonebookEntry ?? i.name);
          await b.setInterface(i.handle, {
            enabled: v.fEnabled,
            phonebook: phonebookSettingsFrom(v2, 'set', current),
          });
        }
      }),

    RRouterInterfaceDelete: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, () => b.deleteInterface(req.hInterface >>> 0)),

    RRouterInterfaceEnum: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, noInfoEnumPage(req), async () => {
        requireLevel(req.dwLevel, [0]);
        return infoEnumPage(await b.interfaces(), req, MPRI_INTERFACE_0_SIZE, (items) =>
          encodeArray(mprInterface0Codec, items.map(mprInterface0)),
        );
      }),

    // 3.1.4.22: hEvent "MUST specify NULL"; a blocking call returns once connected, a non-blocking
    // one PENDING while the dial is still in progress (the emulation completes at once).
    RRouterInterfaceConnect: (ctx, req) =>
      dimAction(env, ctx, NOT_LAN_ONLY, () => {
        if (req.hEvent !== 0n) throw invalidParameter('hEvent must be NULL');
        return b.connectInterface(req.hInterface >>> 0);
      }),

    RRouterInterfaceDisconnect: (ctx, req) =>
      dimAction(env, ctx, NOT_LAN_ONLY, () => b.disconnectInterface(req.hInterface >>> 0)),

    RRouterInterfaceUpdatePhonebookInfo: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, () => b.updatePhonebookInfo(req.hInterface >>> 0)),

    // 3.1.4.50: string limits 256 / 256 / 16 / 256; the interface must exist.
    RRouterInterfaceSetCredentialsLocal: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, async () => {
        checkText(req.lpwsInterfaceName, 256, 'lpwsInterfaceName');
        checkText(req.lpwsUserName, 256, 'lpwsUserName');
        checkText(req.lpwsDomainName, 16, 'lpwsDomainName');
        checkText(req.lpwsPassword, 256, 'lpwsPassword');
        const i = await b.interfaceByName(req.lpwsInterfaceName, false);
        await b.setInterfaceCredentials(i.name, {
          userName: req.lpwsUserName,
          domain: req.lpwsDomainName,
          password: req.lpwsPassword,
        });
      }),

    RRouterInterfaceGetCredentialsLocal: (ctx, req) =>
      dim(
        env,
        ctx,
        ANY_ROUTER,
        { lpwsUserName: null, lpwsDomainName: null, lpwsPassword: null },
        async () => {
          checkText(req.lpwsInterfaceName, 256, 'lpwsInterfaceName');
          const i = await b.interfaceByName(req.lpwsInterfaceName, false);
          const c = await b.interfaceCredentials(i.name);
          return {
            lpwsUserName: c.userName,
            lpwsDomainName: c.domain,
            lpwsPassword: c.password === '' ? '' : PASSWORD_PLACEHOLDER,
          };
        },
      ),

    // 3.1.4.52: the client states the revision it wants (discriminant and header).
    RRouterInterfaceGetCustomInfoEx: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pIfCustomConfig: req.pIfCustomConfig }, async () => {
        const rev = requestedRevision(
          req.pIfCustomConfig,
          MprapiObjectType.IF_CUSTOM_CONFIG_OBJECT,
          'MPR_IF_CUSTOMINFOEX',
        );
        const cfg = await b.interfaceCustomInfo(req.hInterface >>> 0);
        return { pIfCustomConfig: ifCustomInfoEx(cfg, rev) };
      }),

    RRouterInterfaceSetCustomInfoEx: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pIfCustomConfig: req.pIfCustomConfig }, async () => {
        await b.setInterfaceCustomInfo(req.hInterface >>> 0, ifCustomInfoIn(req.pIfCustomConfig));
        return { pIfCustomConfig: req.pIfCustomConfig };
      }),
  };
}
