/**
 * Transport methods: RRouterInterfaceTransportSetGlobalInfo / GetGlobalInfo (9, 10; 3.1.4.10–11),
 * RRouterInterfaceTransportRemove / Add / GetInfo / SetInfo (16–19; 3.1.4.17–20),
 * RRouterInterfaceUpdateRoutes / QueryUpdateResult (23, 24; 3.1.4.24–25) and
 * RRouterInterfaceTransportCreate (37, 3.1.4.38). Configuration travels as RTR_INFO_BLOCK_HEADER
 * blobs (2.2.1.2.3) in DIM_INTERFACE_CONTAINER; the model keeps the TOC entries as info blocks.
 */
import type { DIM_INTERFACE_CONTAINER } from '../../interfaces/dimsvc/dimsvc.gen.js';
import { RrasStatus } from '../../errors/status.js';
import { decodeInfoBlock, encodeInfoBlock, InfoType } from '../blobs/index.js';
import type { InfoBlock } from '../model/types.js';
import { TransportId } from '../model/types.js';
import type { CallContext } from '../../rpc/types.js';
import {
  ANY_ROUTER,
  type AsyncHandlers,
  dim,
  dimAction,
  type DimsvcEnv,
  invalidParameter,
  type MethodRule,
  NOT_LAN_ONLY,
  RrasCallError,
} from './call.js';
import { EMPTY_IF_CONTAINER } from './containers.js';

type Methods =
  | 'RRouterInterfaceTransportSetGlobalInfo'
  | 'RRouterInterfaceTransportGetGlobalInfo'
  | 'RRouterInterfaceTransportRemove'
  | 'RRouterInterfaceTransportAdd'
  | 'RRouterInterfaceTransportGetInfo'
  | 'RRouterInterfaceTransportSetInfo'
  | 'RRouterInterfaceUpdateRoutes'
  | 'RRouterInterfaceQueryUpdateResult'
  | 'RRouterInterfaceTransportCreate';

/**
 * SupportedTransportsList (3.1.1): the router managers this server can run. IPX left Windows
 * after Windows 2000 Server (<248>), so a current server supports IPv4 and IPv6.
 */
export const SUPPORTED_TRANSPORTS: readonly number[] = [TransportId.PID_IP, TransportId.PID_IPV6];

export function requireSupportedTransport(id: number): void {
  if (!SUPPORTED_TRANSPORTS.includes(id >>> 0))
    throw new RrasCallError(RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID, `transport 0x${(id >>> 0).toString(16)}`);
}

/** Route updates exist for PID_IP (and PID_IPX, which a current server lacks) only (3.1.4.24). */
function requireRouteUpdateTransport(id: number): void {
  if (id >>> 0 !== TransportId.PID_IP)
    throw new RrasCallError(
      RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID,
      `no route updates for transport 0x${(id >>> 0).toString(16)}`,
    );
}

/** A client's RTR_INFO_BLOCK_HEADER: the declared size must be the header's Size (3.1.4.10). */
export function infoBlocksFrom(bytes: Uint8Array | null, declared: number, what: string): InfoBlock[] {
  if (!bytes || declared === 0) throw invalidParameter(`${what} is NULL`);
  if (bytes.length !== declared)
    throw invalidParameter(`${what}: size ${declared} but ${bytes.length} bytes`);
  const block = decodeInfoBlock(bytes);
  if (block.Size !== declared)
    throw invalidParameter(`${what}: RTR_INFO_BLOCK_HEADER.Size ${block.Size} != ${declared}`);
  return block.entries.map((e) => ({
    infoType: e.InfoType,
    infoSize: e.InfoSize,
    count: e.Count,
    data: e.data,
  }));
}

export function infoBlockBytes(blocks: readonly InfoBlock[]): Uint8Array {
  return encodeInfoBlock(
    blocks.map((b) => ({ InfoType: b.infoType, InfoSize: b.infoSize, Count: b.count, data: b.data })),
  );
}

/** RRouterInterfaceTransportCreate needs one of these in pGlobalInfo for IPv4/IPv6 (3.1.4.38). */
const CREATE_INFO_TYPES: readonly number[] = [
  InfoType.IP_PROT_PRIORITY_INFO,
  InfoType.IP_PROT_PRIORITY_INFO_EX,
  InfoType.IPV6_GLOBAL_INFO,
  InfoType.IP_GLOBAL_INFO,
];

/** The container's pGlobalInfo, which the set/create methods require. */
const globalInfoOf = (c: DIM_INTERFACE_CONTAINER): InfoBlock[] =>
  infoBlocksFrom(c.pGlobalInfo, c.dwGlobalInfoSize, 'pGlobalInfo');

/** The container's pInterfaceInfo, which the per-interface methods require. */
const interfaceInfoOf = (c: DIM_INTERFACE_CONTAINER): InfoBlock[] =>
  infoBlocksFrom(c.pInterfaceInfo, c.dwInterfaceInfoSize, 'pInterfaceInfo');

/** pInterfaceInfo where the method makes it optional (the client-interface defaults). */
const optionalInterfaceInfo = (c: DIM_INTERFACE_CONTAINER): InfoBlock[] | null =>
  c.pInterfaceInfo && c.dwInterfaceInfoSize ? interfaceInfoOf(c) : null;

const container = (c: Partial<DIM_INTERFACE_CONTAINER>): DIM_INTERFACE_CONTAINER => ({
  ...EMPTY_IF_CONTAINER,
  ...c,
});

export function transportHandlers(env: DimsvcEnv): AsyncHandlers<Methods> {
  const b = env.backend;
  /** Every transport method names a transport first; one outside SupportedTransportsList fails. */
  const onTransport = (
    ctx: CallContext,
    rule: MethodRule,
    dwTransportId: number,
    body: (t: number) => Promise<unknown>,
  ) =>
    dimAction(env, ctx, rule, () => {
      requireSupportedTransport(dwTransportId);
      return body(dwTransportId >>> 0);
    });
  return {
    RRouterInterfaceTransportSetGlobalInfo: (ctx, req) =>
      onTransport(ctx, ANY_ROUTER, req.dwTransportId, async (t) => {
        const global = globalInfoOf(req.pInfoStruct);
        const client = optionalInterfaceInfo(req.pInfoStruct);
        await b.setTransportGlobalInfo(t, global);
        if (client) await b.setTransportClientInterfaceInfo(t, client);
      }),

    RRouterInterfaceTransportGetGlobalInfo: (ctx, req) =>
      dim(
        env,
        ctx,
        ANY_ROUTER,
        { pInfoStruct: container({ fGetGlobalInfo: req.pInfoStruct.fGetGlobalInfo }) },
        async () => {
          requireSupportedTransport(req.dwTransportId);
          const c = req.pInfoStruct;
          if (!c.fGetGlobalInfo && !c.fGetInterfaceInfo) throw invalidParameter('fGetGlobalInfo is 0');
          const t = await b.transport(req.dwTransportId >>> 0);
          const global = c.fGetGlobalInfo ? infoBlockBytes(t.globalInfo) : null;
          const client = c.fGetInterfaceInfo ? infoBlockBytes(t.clientInterfaceInfo) : null;
          return {
            pInfoStruct: container({
              fGetGlobalInfo: c.fGetGlobalInfo,
              dwGlobalInfoSize: global?.length ?? 0,
              pGlobalInfo: global,
              fGetInterfaceInfo: c.fGetInterfaceInfo,
              dwInterfaceInfoSize: client?.length ?? 0,
              pInterfaceInfo: client,
            }),
          };
        },
      ),

    RRouterInterfaceTransportRemove: (ctx, req) =>
      onTransport(ctx, ANY_ROUTER, req.dwTransportId, (t) =>
        b.removeInterfaceTransport(req.hInterface >>> 0, t),
      ),

    RRouterInterfaceTransportAdd: (ctx, req) =>
      onTransport(ctx, ANY_ROUTER, req.dwTransportId, (t) =>
        b.addInterfaceTransport(req.hInterface >>> 0, t, interfaceInfoOf(req.pInfoStruct)),
      ),

    RRouterInterfaceTransportGetInfo: (ctx, req) =>
      dim(
        env,
        ctx,
        ANY_ROUTER,
        { pInfoStruct: container({ fGetInterfaceInfo: req.pInfoStruct.fGetInterfaceInfo }) },
        async () => {
          requireSupportedTransport(req.dwTransportId);
          if (!req.pInfoStruct.fGetInterfaceInfo) throw invalidParameter('fGetInterfaceInfo is 0');
          const bytes = infoBlockBytes(
            await b.interfaceTransportInfo(req.hInterface >>> 0, req.dwTransportId >>> 0),
          );
          return {
            pInfoStruct: container({
              fGetInterfaceInfo: 1,
              dwInterfaceInfoSize: bytes.length,
              pInterfaceInfo: bytes,
            }),
          };
        },
      ),

    RRouterInterfaceTransportSetInfo: (ctx, req) =>
      onTransport(ctx, ANY_ROUTER, req.dwTransportId, (t) =>
        b.setInterfaceTransportInfo(req.hInterface >>> 0, t, interfaceInfoOf(req.pInfoStruct)),
      ),

    // 3.1.4.24: hEvent "MUST specify NULL"; the interface must be connected (RRAS checks).
    RRouterInterfaceUpdateRoutes: (ctx, req) =>
      onTransport(ctx, NOT_LAN_ONLY, req.dwTransportId, (t) => {
        requireRouteUpdateTransport(t);
        if (req.hEvent !== 0n) throw invalidParameter('hEvent must be NULL');
        return b.updateRoutes(req.hInterface >>> 0, t);
      }),

    RRouterInterfaceQueryUpdateResult: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pUpdateResult: 0 }, async () => {
        requireSupportedTransport(req.dwTransportId);
        requireRouteUpdateTransport(req.dwTransportId);
        return { pUpdateResult: await b.queryUpdateResult(req.hInterface >>> 0, req.dwTransportId >>> 0) };
      }),

    RRouterInterfaceTransportCreate: (ctx, req) =>
      onTransport(ctx, ANY_ROUTER, req.dwTransportId, async (t) => {
        const global = globalInfoOf(req.pInfoStruct);
        if (!global.some((g) => CREATE_INFO_TYPES.includes(g.infoType)))
          throw invalidParameter('pGlobalInfo has no priority or global info entry');
        await b.createTransport({
          transportId: t,
          // "If this parameter is not specified, dwTransportId is converted into a string."
          name: req.lpwsTransportName === '' ? String(t) : req.lpwsTransportName,
          dllPath: req.lpwsDLLPath,
          globalInfo: global,
          clientInterfaceInfo: optionalInterfaceInfo(req.pInfoStruct) ?? [],
        });
      }),
  };
}
