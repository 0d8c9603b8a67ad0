/**
 * Connection methods: RRasAdminConnectionEnum (1, 3.1.4.2), RRasAdminConnectionGetInfo (2, 3.1.4.3),
 * RRasAdminConnectionClearStats (3, 3.1.4.4), RRasAdminConnectionNotification (34, 3.1.4.35),
 * RRasAdminSendUserMessage (35, 3.1.4.36), RRasAdminConnectionRemoveQuarantine (42, 3.1.4.43),
 * RRasAdminConnectionEnumEx (45, 3.1.4.46), RRasAdminConnectionGetInfoEx (46, 3.1.4.47) and
 * RRasAdminUpdateConnection (48, 3.1.4.49).
 */
import { Win32 } from '../../errors/status.js';
import { DimsvcMethods, type RAS_UPDATE_CONNECTION_IDL } from '../../interfaces/dimsvc/dimsvc.gen.js';
import {
  dwordToIpv4,
  encodeArray,
  RAS_CONNECTION_4_SIZE,
  rasConnection4Codec,
  RASI_CONNECTION_0_SIZE,
  RASI_CONNECTION_1_SIZE,
  RASI_CONNECTION_2_SIZE,
  RASI_CONNECTION_3_SIZE,
  rasiConnection0Codec,
  rasiConnection1Codec,
  rasiConnection2Codec,
  rasiConnection3Codec,
} from '../blobs/index.js';
import type { EndpointUpdate, RasConnection } from '../model/types.js';
import {
  rasConnection4,
  rasiConnection0,
  rasiConnection1,
  rasiConnection2,
  rasiConnection3,
} from './blob-views.js';
import {
  ANY_ROUTER,
  type AsyncHandlers,
  dim,
  dimAction,
  type DimsvcEnv,
  invalidParameter,
  NOT_LAN_ONLY,
  type Req,
  requireDemandDialManager,
  requireLevel,
  type Res,
} from './call.js';
import { EMPTY_INFO, infoContainer } from './containers.js';
import { infoEnumPage, noInfoEnumPage, pageOf, resumeHandleOut } from './enumerate.js';
import { EX_SIZE, MprapiObjectType, rasConnectionEx1, requireHeader } from './ex-structs.js';
import { isIpAddressText, wcharText } from './wire-values.js';

type Methods =
  | 'RRasAdminConnectionEnum'
  | 'RRasAdminConnectionGetInfo'
  | 'RRasAdminConnectionClearStats'
  | 'RRasAdminConnectionNotification'
  | 'RRasAdminSendUserMessage'
  | 'RRasAdminConnectionRemoveQuarantine'
  | 'RRasAdminConnectionEnumEx'
  | 'RRasAdminConnectionGetInfoEx'
  | 'RRasAdminUpdateConnection';

/** Encoders and entry sizes of the RASI_CONNECTION_x / RAS_CONNECTION_4 levels (3.1.4.2). */
const LEVELS: readonly { size: number; encode: (items: readonly RasConnection[]) => Uint8Array }[] = [
  { size: RASI_CONNECTION_0_SIZE, encode: (c) => encodeArray(rasiConnection0Codec, c.map(rasiConnection0)) },
  { size: RASI_CONNECTION_1_SIZE, encode: (c) => encodeArray(rasiConnection1Codec, c.map(rasiConnection1)) },
  { size: RASI_CONNECTION_2_SIZE, encode: (c) => encodeArray(rasiConnection2Codec, c.map(rasiConnection2)) },
  { size: RASI_CONNECTION_3_SIZE, encode: (c) => encodeArray(rasiConnection3Codec, c.map(rasiConnection3)) },
  { size: RAS_CONNECTION_4_SIZE, encode: (c) => encodeArray(rasConnection4Codec, c.map(rasConnection4)) },
];

/**
 * RAS_UPDATE_CONNECTION_1_IDL sizes a client can state (2.2.1.2.129 "size of the BLOB"): the packed
 * 4 + 4 + 65 × 2 = 138 bytes, or 140 with the C structure's tail padding to DWORD alignment.
 */
export const UPDATE_CONNECTION_1_SIZES: readonly number[] = [138, 140];

/** 3.1.4.49 with 2.2.1.2.147/148: a revision-1 update object naming an IP address. */
export function endpointUpdateFrom(u: RAS_UPDATE_CONNECTION_IDL): EndpointUpdate {
  if (u.tag !== 1) throw invalidParameter(`RAS_UPDATE_CONNECTION_IDL revision ${u.tag}`);
  const h = u.value.Header;
  requireHeader(h, MprapiObjectType.UPDATE_CONNECTION_OBJECT, [1], 'RAS_UPDATE_CONNECTION_1_IDL');
  if (!UPDATE_CONNECTION_1_SIZES.includes(h.size))
    throw invalidParameter(`RAS_UPDATE_CONNECTION_1_IDL size ${h.size}`);
  const remote = wcharText(u.value.wszRemoteEndpointAddress, 'wszRemoteEndpointAddress');
  if (!isIpAddressText(remote))
    throw invalidParameter(`remote endpoint ${JSON.stringify(remote)} is not an IP address`);
  return { interfaceIndex: u.value.dwIfIndex >>> 0, remoteEndpoint: remote };
}

/** The zero-valued [out] parameters the generated stub sends with an error (a full structure). */
function zeroOuts<K extends Methods>(name: K, req: Req<K>): Res<K> {
  const spec = DimsvcMethods.find((m) => m?.name === name);
  return spec!.notImplemented!(req as never) as Res<K>;
}

export function connectionHandlers(env: DimsvcEnv): AsyncHandlers<Methods> {
  const b = env.backend;
  return {
    RRasAdminConnectionEnum: (ctx, req) =>
      dim(env, ctx, NOT_LAN_ONLY, noInfoEnumPage(req), async () => {
        requireLevel(req.dwLevel, [0, 1, 2, 3, 4]);
        const level = LEVELS[req.dwLevel]!;
        return infoEnumPage(await b.connections(), req, level.size, level.encode);
      }),

    RRasAdminConnectionGetInfo: (ctx, req) =>
      dim(env, ctx, NOT_LAN_ONLY, { pInfoStruct: EMPTY_INFO }, async () => {
        requireLevel(req.dwLevel, [0, 1, 2, 3]);
        const c = await b.connection(req.hDimConnection >>> 0);
        return { pInfoStruct: infoContainer(LEVELS[req.dwLevel]!.encode([c])) };
      }),

    RRasAdminConnectionClearStats: (ctx, req) =>
      dimAction(env, ctx, NOT_LAN_ONLY, () => b.clearConnectionStats(req.hDimConnection >>> 0)),

    // 3.1.4.35: hEventNotification must be an event handle that RRAS can open in the process
    // dwClientProcessId on the server. A remote RPC caller has no process here (<302>: Windows
    // never invokes this remotely), so after the spec's NULL and RouterType steps RRAS cannot use
    // the handle and the method fails, as DuplicateHandle from an unknown process does.
    RRasAdminConnectionNotification: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, {}, async () => {
        if (req.hEventNotification === 0n) throw invalidParameter('hEventNotification is NULL');
        if (req.fRegister !== 0 && req.fRegister !== 1) throw invalidParameter(`fRegister ${req.fRegister}`);
        await requireDemandDialManager(env);
        return { ret: Win32.ERROR_INVALID_PARAMETER };
      }),

    RRasAdminSendUserMessage: (ctx, req) =>
      dimAction(env, ctx, NOT_LAN_ONLY, () => b.sendUserMessage(req.hDimConnection >>> 0, req.lpwszMessage)),

    // 3.1.4.43: hRasConnection is a connection handle, or with fIsIpAddress the client's IPv4
    // address as a DWORD in network byte order; no RouterType step.
    RRasAdminConnectionRemoveQuarantine: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, () =>
        b.removeQuarantine(
          req.fIsIpAddress
            ? { clientIpv4Address: dwordToIpv4(req.hRasConnection >>> 0) }
            : { connectionId: req.hRasConnection >>> 0 },
        ),
      ),

    RRasAdminConnectionEnumEx: (ctx, req) =>
      dim(
        env,
        ctx,
        NOT_LAN_ONLY,
        {
          lpdwEntriesRead: 0,
          lpdNumTotalElements: 0,
          pRasConections: null,
          lpdwResumeHandle: req.lpdwResumeHandle,
        },
        async () => {
          requireHeader(req.objectHeader, MprapiObjectType.RAS_CONNECTION_OBJECT, [1], 'objectHeader');
          const page = pageOf(
            await b.connections(),
            req.lpdwResumeHandle,
            req.dwPreferedMaxLen,
            EX_SIZE.RAS_CONNECTION_EX_1,
            'oneMore',
          );
          return {
            lpdwEntriesRead: page.entriesRead,
            lpdNumTotalElements: page.totalEntries,
            pRasConections: page.items.length
              ? page.items.map((c) => ({ tag: 1 as const, value: rasConnectionEx1(c) }))
              : null,
            lpdwResumeHandle: resumeHandleOut(req.lpdwResumeHandle, page),
            ret: page.status,
          };
        },
      ),

    RRasAdminConnectionGetInfoEx: (ctx, req) =>
      dim(
        env,
        ctx,
        NOT_LAN_ONLY,
        { pRasConnection: zeroOuts('RRasAdminConnectionGetInfoEx', req).pRasConnection },
        async () => {
          requireHeader(req.objectHeader, MprapiObjectType.RAS_CONNECTION_OBJECT, [1], 'objectHeader');
          const c = await b.connection(req.hDimConnection >>> 0);
          return { pRasConnection: { tag: 1 as const, value: rasConnectionEx1(c) } };
        },
      ),

    // 3.1.4.49: no RouterType step; RRAS validates the connection (unknown → ERROR_INVALID_HANDLE,
    // not IKEv2 → ERROR_NOT_SUPPORTED) and the interface index, sends MOBIKE and records it.
    RRasAdminUpdateConnection: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, () =>
        b.updateConnectionEndpoint(req.hDimConnection >>> 0, endpointUpdateFrom(req.pServerConfig)),
      ),
  };
}
