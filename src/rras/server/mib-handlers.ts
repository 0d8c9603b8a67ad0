/**
 * MIB methods (26–33; 3.1.4.27–34) over the IPv4 router manager's forwarding table
 * (dwPid PID_IP, dwRoutingPid IPRTRMGR_PID): MIB_OPAQUE_QUERY in, MIB_OPAQUE_INFO out
 * (2.2.1.2.52–53). MIB variables the emulated router does not keep (interface, ARP, TCP/UDP,
 * multicast tables, IPv6 routes, routing-protocol MIBs) answer ERROR_NOT_SUPPORTED.
 */
import { RrasStatus, Win32 } from '../../errors/status.js';
import type { DIM_MIB_ENTRY_CONTAINER } from '../../interfaces/dimsvc/dimsvc.gen.js';
import {
  decodeMibIpForwardRow,
  decodeMibOpaqueInfo,
  decodeMibOpaqueQuery,
  encodeForwardRowInfo,
  encodeForwardTableInfo,
  encodeMibIpForwardRow,
  encodeMibOpaqueInfo,
  ipv4ToDword,
  MIB_IPFORWARDROW_SIZE,
  MibId,
} from '../blobs/index.js';
import type { CallContext } from '../../rpc/types.js';
import { IPRTRMGR_PID, TransportId, type IpForwardInput, type IpForwardRow } from '../model/types.js';
import { forwardInputFrom, mibRow } from './blob-views.js';
import {
  ANY_ROUTER,
  type AsyncHandlers,
  dim,
  dimAction,
  type DimsvcEnv,
  invalidParameter,
  type Req,
  type Res,
  RrasCallError,
} from './call.js';
import { EMPTY_MIB, mibIn, mibOut } from './containers.js';
import { requireSupportedTransport } from './transport-handlers.js';

type Methods =
  | 'RMIBEntryCreate'
  | 'RMIBEntryDelete'
  | 'RMIBEntrySet'
  | 'RMIBEntryGet'
  | 'RMIBEntryGetFirst'
  | 'RMIBEntryGetNext'
  | 'RMIBGetTrapInfo'
  | 'RMIBSetTrapInfo';

/** MIB_IPDESTROW (2.2.1.2.20): MIB_IPFORWARDROW + dwForwardPreference + dwForwardViewSet. */
export const MIB_IPDESTROW_SIZE = MIB_IPFORWARDROW_SIZE + 8;
/** Values 3.1.4.27/29 force on created and set rows. */
const MIB_IPROUTE_METRIC_UNUSED = 0xffffffff;
const IP_PRIORITY_DEFAULT_METRIC = 0x7f;
/** RTM_VIEW_MASK_UCAST: the unicast view a forwarding row belongs to. */
const RTM_VIEW_MASK_UCAST = 0x1;

const notSupported = (what: string): RrasCallError => new RrasCallError(Win32.ERROR_NOT_SUPPORTED, what);

/** dwPid in SupportedTransportsList, and for the write methods IPv4 only (3.1.4.27–29). */
function requireIpv4RouterManager(dwPid: number, dwRoutingPid: number): void {
  requireSupportedTransport(dwPid);
  if (dwPid >>> 0 !== TransportId.PID_IP) throw notSupported('only the IPv4 forwarding table is writable');
  if (dwRoutingPid >>> 0 !== IPRTRMGR_PID) throw invalidParameter(`dwRoutingPid ${dwRoutingPid >>> 0}`);
}

/** The MIB_IPFORWARDROW of a client's MIB_OPAQUE_INFO(ROUTE_MATCHING, MIB_IPDESTROW). */
function routeFromInfo(bytes: Uint8Array, allowed: readonly number[]): IpForwardRow {
  const info = decodeMibOpaqueInfo(bytes);
  if (!allowed.includes(info.dwId)) {
    if ([MibId.IF_ROW, MibId.MCAST_IF_ENTRY, MibId.MCAST_BOUNDARY].includes(info.dwId as 2))
      throw notSupported(`MIB variable ${info.dwId}`);
    throw invalidParameter(`MIB_OPAQUE_INFO dwId ${info.dwId}`);
  }
  if (info.rgbyData.length < MIB_IPFORWARDROW_SIZE)
    throw invalidParameter('rgbyData shorter than MIB_IPFORWARDROW');
  const r = decodeMibIpForwardRow(info.rgbyData);
  // 3.1.4.27/29: policy 0 and metrics 4–5 unused, whatever the client sent.
  return {
    ...forwardInputFrom({
      ...r,
      dwForwardPolicy: 0,
      dwForwardMetric4: MIB_IPROUTE_METRIC_UNUSED,
      dwForwardMetric5: MIB_IPROUTE_METRIC_UNUSED,
    }),
    age: 0,
  };
}

function destRow(r: IpForwardRow): Uint8Array {
  const out = new Uint8Array(MIB_IPDESTROW_SIZE);
  out.set(encodeMibIpForwardRow(mibRow(r)), 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(MIB_IPFORWARDROW_SIZE, IP_PRIORITY_DEFAULT_METRIC, true);
  dv.setUint32(MIB_IPFORWARDROW_SIZE + 4, RTM_VIEW_MASK_UCAST, true);
  return out;
}

/** IP_FORWARDROW index (2.2.1.2.53): dest, proto, policy, next hop. */
const matchesForwardIndex = (r: IpForwardRow, idx: readonly number[]): boolean =>
  ipv4ToDword(r.dest) === idx[0] &&
  r.proto >>> 0 === idx[1] &&
  r.policy >>> 0 === idx[2] &&
  ipv4ToDword(r.nextHop) === idx[3];

/** ROUTE_MATCHING index (3.1.4.28): dest, mask, interface, next hop, proto. */
const matchesRouteIndex = (r: IpForwardRow, idx: readonly number[]): boolean =>
  ipv4ToDword(r.dest) === idx[0] &&
  ipv4ToDword(r.mask) === idx[1] &&
  r.ifIndex >>> 0 === idx[2] &&
  ipv4ToDword(r.nextHop) === idx[3] &&
  r.proto >>> 0 === idx[4];

function requireIndex(idx: readonly number[], n: number, what: string): void {
  if (idx.length < n) throw invalidParameter(`${what} needs ${n} index DWORDs`);
}

/** The request fields Create / Set / Get / GetFirst / GetNext share. */
type MibEntryRequest = Req<'RMIBEntryCreate'>;

const keyOf = (r: IpForwardRow) => ({ dest: r.dest, mask: r.mask, policy: r.policy, nextHop: r.nextHop });

export function mibHandlers(env: DimsvcEnv): AsyncHandlers<Methods> {
  const b = env.backend;

  /** The read path shared by Get / GetFirst / GetNext for the IPv4 router manager. */
  async function read(
    dwPid: number,
    dwRoutingPid: number,
    c: DIM_MIB_ENTRY_CONTAINER,
    mode: 'get' | 'first' | 'next',
  ): Promise<DIM_MIB_ENTRY_CONTAINER> {
    requireSupportedTransport(dwPid);
    const query = decodeMibOpaqueQuery(mibIn(c));
    if (dwRoutingPid >>> 0 !== IPRTRMGR_PID) {
      // Routing-protocol MIBs are valid only for protocols the transport runs (3.1.4.30).
      const t = await b.transport(dwPid >>> 0);
      if (!t.routingProtocols.some((p) => p.protocolId === dwRoutingPid >>> 0))
        throw new RrasCallError(
          RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID,
          `routing protocol ${dwRoutingPid >>> 0}`,
        );
      throw notSupported(`MIB of routing protocol ${dwRoutingPid >>> 0}`);
    }
    if (dwPid >>> 0 !== TransportId.PID_IP) throw notSupported('IPv6 MIB variables');
    const rows = await b.mibRoutes();
    const idx = query.rgdwVarIndex;
    switch (query.dwVarId) {
      case MibId.IP_FORWARDNUMBER: {
        const n = new Uint8Array(4);
        new DataView(n.buffer).setUint32(0, rows.length, true);
        return mibOut(encodeMibOpaqueInfo({ dwId: MibId.IP_FORWARDNUMBER, rgbyData: n }), c);
      }
      case MibId.IP_FORWARDTABLE:
        return mibOut(encodeForwardTableInfo(rows.map(mibRow)), c);
      case MibId.IP_FORWARDROW: {
        let row: IpForwardRow | undefined;
        if (mode === 'first') {
          row = await b.mibFirstRoute();
        } else {
          requireIndex(idx, 4, 'IP_FORWARDROW');
          const at = rows.findIndex((r) => matchesForwardIndex(r, idx));
          if (mode === 'get') {
            row = rows[at];
            if (!row) throw new RrasCallError(Win32.ERROR_NOT_FOUND, 'no such route');
          } else if (at >= 0) {
            row = await b.mibNextRoute(keyOf(rows[at]!));
          } else {
            // Not a row we have: the next is the first row past that destination.
            row = rows.find((r) => ipv4ToDword(r.dest) >>> 0 > idx[0]! >>> 0);
            if (!row) throw new RrasCallError(Win32.ERROR_NO_MORE_ITEMS, 'past the last route');
          }
        }
        return mibOut(encodeForwardRowInfo(mibRow(row)), c);
      }
      case MibId.ROUTE_MATCHING: {
        requireIndex(idx, 5, 'ROUTE_MATCHING');
        const row = rows.find((r) => matchesRouteIndex(r, idx));
        if (!row) throw new RrasCallError(Win32.ERROR_NOT_FOUND, 'no matching route');
        return mibOut(encodeMibOpaqueInfo({ dwId: MibId.ROUTE_MATCHING, rgbyData: destRow(row) }), c);
      }
      default:
        throw notSupported(`MIB variable ${query.dwVarId}`);
    }
  }

  /** Create and Set: the client's ROUTE_MATCHING row, with the fields the server forces. */
  const writeRoute = (
    ctx: CallContext,
    req: MibEntryRequest,
    write: (row: IpForwardInput) => Promise<unknown>,
  ) =>
    dimAction(env, ctx, ANY_ROUTER, () => {
      requireIpv4RouterManager(req.dwPid, req.dwRoutingPid);
      const { age: _age, ...input } = routeFromInfo(mibIn(req.pInfoStuct), [MibId.ROUTE_MATCHING]);
      void _age;
      return write(input);
    });

  const readEntry = (ctx: CallContext, req: MibEntryRequest, mode: 'get' | 'first' | 'next') =>
    dim<Res<'RMIBEntryGet'>>(env, ctx, ANY_ROUTER, { pInfoStuct: EMPTY_MIB }, async () => ({
      pInfoStuct: await read(req.dwPid, req.dwRoutingPid, req.pInfoStuct, mode),
    }));

  /**
   * The trap methods: after the spec's transport and buffer checks, `refusal` is what a remote
   * caller gets (see the methods' comments).
   */
  const trapRefusal = (ctx: CallContext, dwPid: number, c: DIM_MIB_ENTRY_CONTAINER, refusal: () => Error) =>
    dim<Res<'RMIBGetTrapInfo'>>(env, ctx, ANY_ROUTER, { pInfoStruct: EMPTY_MIB }, async () => {
      requireSupportedTransport(dwPid);
      mibIn(c);
      throw refusal();
    });

  return {
    RMIBEntryCreate: (ctx, req) => writeRoute(ctx, req, (row) => b.mibCreateRoute(row)),

    RMIBEntryDelete: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, async () => {
        requireIpv4RouterManager(req.dwPid, req.dwRoutingPid);
        const q = decodeMibOpaqueQuery(mibIn(req.pInfoStuct));
        if (q.dwVarId === MibId.IP_NETTABLE) throw notSupported('the emulated router keeps no ARP table');
        if (q.dwVarId !== MibId.ROUTE_MATCHING) throw invalidParameter(`dwVarId ${q.dwVarId}`);
        requireIndex(q.rgdwVarIndex, 5, 'ROUTE_MATCHING');
        const row = (await b.mibRoutes()).find((r) => matchesRouteIndex(r, q.rgdwVarIndex));
        if (!row) throw new RrasCallError(Win32.ERROR_NOT_FOUND, 'no matching route');
        await b.mibDeleteRoute(keyOf(row));
      }),

    RMIBEntrySet: (ctx, req) => writeRoute(ctx, req, (row) => b.mibSetRoute(row)),

    RMIBEntryGet: (ctx, req) => readEntry(ctx, req, 'get'),

    RMIBEntryGetFirst: (ctx, req) => readEntry(ctx, req, 'first'),

    RMIBEntryGetNext: (ctx, req) => readEntry(ctx, req, 'next'),

    // 3.1.4.33: "This method cannot be called remotely": no router manager here has set a trap
    // for a remote caller to query, so after the spec's checks the answer is ERROR_NOT_SUPPORTED.
    RMIBGetTrapInfo: (ctx, req) =>
      trapRefusal(ctx, req.dwPid, req.pInfoStruct, () =>
        notSupported('trap information is local to the server'),
      ),

    // 3.1.4.34: hEvent must be an event RRAS can open in process dwClientProcessId on the server;
    // a remote caller has none (<301>: Windows never calls this remotely), so RRAS refuses it.
    RMIBSetTrapInfo: (ctx, req) =>
      trapRefusal(ctx, req.dwPid, req.pInfoStruct, () =>
        invalidParameter(`event handle 0x${req.hEvent.toString(16)} is not in a process of this server`),
      ),
  };
}

/** For tests and tools: a route's ROUTE_MATCHING index. */
export function routeMatchingIndex(r: IpForwardRow): number[] {
  return [ipv4ToDword(r.dest), ipv4ToDword(r.mask), r.ifIndex >>> 0, ipv4ToDword(r.nextHop), r.proto >>> 0];
}
