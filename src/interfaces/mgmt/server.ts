/**
 * The remote management interface ([C706] App. Q; [MS-RPCE] 2.2.1.3), answered from the server
 * core's ServerInfo. Marshalling is the generated mgmt.gen.ts; this file is the manager routines.
 * Access follows Windows' defaults (RpcMgmtSetAuthorizationFn): everything is allowed except
 * stop_server_listening, which is refused with RPC_S_ACCESS_DENIED.
 */
import { Nca, RpcStatus } from '../../errors/status.js';
import { RpcFault } from '../../rpc/types.js';
import type { RpcServerInterface } from '../../rpc/types.js';
import { MgmtSyntax, createMgmtServer } from './mgmt.gen.js';
import type { MgmtHandlers } from './mgmt.gen.js';

export const MGMT_SYNTAX = MgmtSyntax;

/** Indexes of the statistics vector ([C706] App. Q rpc_c_stats_*). */
export const StatsIndex = { CALLS_IN: 0, CALLS_OUT: 1, PKTS_IN: 2, PKTS_OUT: 3 } as const;
export const STATS_COUNT = 4;

const OK = 0;
const BOOLEAN_TRUE = 1;

/**
 * The principal name cut so that it plus its NUL fit in `size` chars ([C706] App. Q), 7-bit.
 * A `[string]` always carries its NUL, so no name fits in size 0: the caller must fault then.
 */
export function princNameFor(name: string, size: number): string {
  let out = '';
  for (const ch of name.slice(0, Math.max(0, size - 1))) {
    const c = ch.charCodeAt(0);
    out += c < 0x80 ? ch : '?';
  }
  return out;
}

const handlers: MgmtHandlers = {
  rpc__mgmt_inq_if_ids(ctx) {
    const ids = ctx.server.interfaces().map((i) => ({
      uuid: i.syntax.uuid,
      vers_major: i.syntax.major,
      vers_minor: i.syntax.minor,
    }));
    return { if_id_vector: { count: ids.length, if_id: ids }, status: OK };
  },

  rpc__mgmt_inq_stats(ctx, req) {
    const s = ctx.server.stats();
    const all: number[] = [];
    all[StatsIndex.CALLS_IN] = s.callsIn >>> 0;
    all[StatsIndex.CALLS_OUT] = s.callsOut >>> 0;
    all[StatsIndex.PKTS_IN] = s.pktsIn >>> 0;
    all[StatsIndex.PKTS_OUT] = s.pktsOut >>> 0;
    const statistics = all.slice(0, Math.min(req.count, STATS_COUNT));
    return { count: statistics.length, statistics, status: OK };
  },

  rpc__mgmt_is_server_listening: () => ({ status: OK, ret: BOOLEAN_TRUE }),

  rpc__mgmt_stop_server_listening: () => ({ status: RpcStatus.RPC_S_ACCESS_DENIED }),

  rpc__mgmt_inq_princ_name(ctx, req) {
    // `[out, string, size_is(0)] char princ_name[]` has room for no NUL, so no valid reply exists:
    // any string marshalled into it has actual_count > max_count, which is an invalid bound.
    if (req.princ_name_size === 0)
      throw new RpcFault(
        Nca.nca_s_fault_invalid_bound,
        'mgmt: princ_name_size 0 leaves no room for a string',
      );
    return { princ_name: princNameFor(ctx.server.principalName, req.princ_name_size), status: OK };
  },
};

/** The management interface, in NDR20 and NDR64. */
export function createMgmtInterface(): RpcServerInterface {
  return createMgmtServer(handlers, { transferSyntaxes: ['ndr20', 'ndr64'] });
}
