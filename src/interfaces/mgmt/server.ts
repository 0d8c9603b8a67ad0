/**
 * The remote management interface ([C706] App. Q; [MS-RPCE] 2.2.1.3), answered from the server
 * core's ServerInfo. Access follows Windows' defaults (RpcMgmtSetAuthorizationFn): everything is
 * allowed except stop_server_listening, which is refused with RPC_S_ACCESS_DENIED.
 */
import { Nca, RpcStatus } from '../../errors/status.js';
import { NdrError, decodeParams, encodeParams } from '../../ndr/index.js';
import type { NdrType } from '../../ndr/index.js';
import { RpcFault } from '../../rpc/types.js';
import type { CallContext, RpcServerInterface } from '../../rpc/types.js';
import {
  MGMT_SYNTAX,
  MgmtOpnum,
  STATS_COUNT,
  StatsIndex,
  inqIfIdsOut,
  inqPrincNameIn,
  inqPrincNameOut,
  inqStatsIn,
  inqStatsOut,
  isServerListeningOut,
} from './wire.js';
import type { IfIdVector } from './wire.js';

const OK = 0;
const BOOLEAN_TRUE = 1;

function decode(stub: Uint8Array, ctx: CallContext, types: readonly NdrType<unknown>[]): unknown[] {
  try {
    return decodeParams(stub, ctx.syntax, types);
  } catch (err) {
    if (err instanceof NdrError) throw new RpcFault(Nca.nca_s_fault_ndr, `mgmt: bad stub: ${err.message}`);
    throw err;
  }
}

function encode(
  ctx: CallContext,
  types: readonly NdrType<unknown>[],
  values: readonly unknown[],
  scope?: Record<string, unknown>,
): Uint8Array {
  return encodeParams(
    ctx.syntax,
    types.map((t, i) => [t, values[i]] as const),
    scope,
  );
}

/** The principal name as `[string]` bytes, cut so that name plus NUL fit in `size` (C706 App. Q). */
export function princNameBytes(name: string, size: number): Uint8Array {
  if (size === 0) return new Uint8Array(0);
  const text = name.slice(0, size - 1);
  const out = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 ? c : 0x3f;
  }
  return out;
}

export function createMgmtInterface(): RpcServerInterface {
  return {
    name: 'mgmt',
    syntax: MGMT_SYNTAX,
    transferSyntaxes: ['ndr20', 'ndr64'],
    invoke(ctx: CallContext, stub: Uint8Array): Uint8Array {
      switch (ctx.opnum) {
        case MgmtOpnum.inq_if_ids: {
          const ids = ctx.server.interfaces().map((i) => ({
            uuid: i.syntax.uuid,
            vers_major: i.syntax.major,
            vers_minor: i.syntax.minor,
          }));
          const vector: IfIdVector = { count: ids.length, if_id: ids };
          return encode(ctx, inqIfIdsOut, [vector, OK]);
        }
        case MgmtOpnum.inq_stats: {
          const [asked] = decode(stub, ctx, inqStatsIn) as [number];
          const s = ctx.server.stats();
          const all: number[] = [];
          all[StatsIndex.CALLS_IN] = s.callsIn >>> 0;
          all[StatsIndex.CALLS_OUT] = s.callsOut >>> 0;
          all[StatsIndex.PKTS_IN] = s.pktsIn >>> 0;
          all[StatsIndex.PKTS_OUT] = s.pktsOut >>> 0;
          const stats = all.slice(0, Math.min(asked, STATS_COUNT));
          return encode(ctx, inqStatsOut, [stats.length, stats, OK], { count: stats.length });
        }
        case MgmtOpnum.is_server_listening:
          return encode(ctx, isServerListeningOut, [OK, BOOLEAN_TRUE]);
        case MgmtOpnum.stop_server_listening:
          return encode(ctx, [inqStatsOut[2]], [RpcStatus.RPC_S_ACCESS_DENIED]);
        case MgmtOpnum.inq_princ_name: {
          const [, size] = decode(stub, ctx, inqPrincNameIn) as [number, number];
          const name = princNameBytes(ctx.server.principalName, size);
          return encode(ctx, inqPrincNameOut, [name, OK], { princ_name_size: size });
        }
        default:
          throw new RpcFault(Nca.nca_s_op_rng_error, `mgmt: opnum ${ctx.opnum} out of range`);
      }
    },
  };
}
