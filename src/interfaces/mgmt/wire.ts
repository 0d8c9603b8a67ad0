/**
 * NDR descriptions of the remote management interface ([C706] App. Q; [MS-RPCE] 2.2.1.3 adds the
 * `[range]` bounds on the stats count and the principal name size).
 */
import {
  conformantArray,
  conformantVaryingArray,
  guid,
  pointer,
  range,
  struct,
  u16,
  u32,
  u8,
} from '../../ndr/index.js';
import type { NdrType } from '../../ndr/index.js';

export const MGMT_SYNTAX = { uuid: 'afa8bd80-7d8a-11c9-bef4-08002b102989', major: 1, minor: 0 } as const;

export const MgmtOpnum = {
  inq_if_ids: 0,
  inq_stats: 1,
  is_server_listening: 2,
  stop_server_listening: 3,
  inq_princ_name: 4,
} as const;

export const MAX_STATS_COUNT = 50;
export const MAX_PRINC_NAME_SIZE = 4096;

/** Indexes of the statistics vector ([C706] App. Q rpc_c_stats_*). */
export const StatsIndex = { CALLS_IN: 0, CALLS_OUT: 1, PKTS_IN: 2, PKTS_OUT: 3 } as const;
export const STATS_COUNT = 4;

export interface IfId {
  uuid: string;
  vers_major: number;
  vers_minor: number;
}

export const rpc_if_id_t: NdrType<IfId> = struct<IfId>('rpc_if_id_t', [
  ['uuid', guid],
  ['vers_major', u16],
  ['vers_minor', u16],
]);

export interface IfIdVector {
  count: number;
  if_id: (IfId | null)[];
}

export const rpc_if_id_vector_t: NdrType<IfIdVector> = struct<IfIdVector>('rpc_if_id_vector_t', [
  ['count', u32],
  ['if_id', conformantArray(pointer('full', rpc_if_id_t), { size: (s) => s.count as number })],
]);

/** inq_if_ids out: `rpc_if_id_vector_p_t *if_id_vector` (a [ptr] under the top-level ref), status. */
export const inqIfIdsOut: readonly NdrType<unknown>[] = [
  pointer('full', rpc_if_id_vector_t),
  u32,
] as readonly NdrType<unknown>[];

export const inqStatsIn: readonly NdrType<unknown>[] = [
  range(u32, 0, MAX_STATS_COUNT),
] as readonly NdrType<unknown>[];
export const inqStatsOut: readonly NdrType<unknown>[] = [
  u32,
  conformantArray(u32, { size: (s) => s.count as number }),
  u32,
] as readonly NdrType<unknown>[];

/** is_server_listening out: status, then the boolean32 return value. */
export const isServerListeningOut: readonly NdrType<unknown>[] = [u32, u32] as readonly NdrType<unknown>[];

export const inqPrincNameIn: readonly NdrType<unknown>[] = [
  u32,
  range(u32, 0, MAX_PRINC_NAME_SIZE),
] as readonly NdrType<unknown>[];
/** `[out, string, size_is(princ_name_size)] char princ_name[]`: bytes carry their own NUL. */
export const inqPrincNameOut: readonly NdrType<unknown>[] = [
  conformantVaryingArray(u8, { size: (s) => s.princ_name_size as number }),
  u32,
] as readonly NdrType<unknown>[];
