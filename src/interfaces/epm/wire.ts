/**
 * NDR descriptions of the endpoint mapper's parameters ([C706] App. O as amended by [MS-RPCE]
 * 2.2.1.2: `[range]` on tower_length, max_ents and max_towers). Shared by server and client so both
 * sides marshal from one description.
 */
import {
  byte,
  conformantArray,
  conformantVaryingArray,
  contextHandle,
  guid,
  pointer,
  range,
  struct,
  u16,
  u32,
  u8,
  varyingArray,
} from '../../ndr/index.js';
import type { NdrType } from '../../ndr/index.js';

export const EPM_SYNTAX = { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 } as const;

export const EpmOpnum = {
  ept_insert: 0,
  ept_delete: 1,
  ept_lookup: 2,
  ept_map: 3,
  ept_lookup_handle_free: 4,
  ept_inq_object: 5,
  ept_mgmt_delete: 6,
} as const;

/** RPC_C_EP_* inquiry types (rpcdce.h, [C706] App. O). */
export const InquiryType = { ALL_ELTS: 0, MATCH_BY_IF: 1, MATCH_BY_OBJ: 2, MATCH_BY_BOTH: 3 } as const;
/** RPC_C_VERS_* options (rpcdce.h: 1..5; Samba's epmapper.idl numbers them 0..4, so 0 also means "all"). */
export const VersOption = { ALL: 1, COMPATIBLE: 2, EXACT: 3, MAJOR_ONLY: 4, UPTO: 5 } as const;

export const MAX_TOWERS = 500;
export const MAX_ENTS = 500;
/** ept_max_annotation_size ([C706] App. O): 64 chars including the NUL. */
export const ANNOTATION_SIZE = 64;

export interface Twr {
  tower_length: number;
  tower_octet_string: Uint8Array;
}

export const twr_t: NdrType<Twr> = struct<Twr>('twr_t', [
  ['tower_length', range(u32, 0, 2000)],
  ['tower_octet_string', conformantArray(byte, { size: (s) => s.tower_length as number })],
]);

export interface EptEntry {
  object: string;
  tower: Twr | null;
  /** NUL-terminated ASCII, at most 64 bytes. */
  annotation: Uint8Array;
}

export const ept_entry_t: NdrType<EptEntry> = struct<EptEntry>('ept_entry_t', [
  ['object', guid],
  ['tower', pointer('full', twr_t)],
  ['annotation', varyingArray(u8, ANNOTATION_SIZE)],
]);

export interface RpcIfId {
  uuid: string;
  vers_major: number;
  vers_minor: number;
}

export const rpc_if_id_t: NdrType<RpcIfId> = struct<RpcIfId>('rpc_if_id_t', [
  ['uuid', guid],
  ['vers_major', u16],
  ['vers_minor', u16],
]);

// ept_map (opnum 3)
export const eptMapIn: readonly NdrType<unknown>[] = [
  pointer('full', guid),
  pointer('full', twr_t),
  contextHandle,
  range(u32, 0, MAX_TOWERS),
];

export function eptMapOutTypes(): readonly NdrType<unknown>[] {
  return [
    contextHandle,
    u32,
    conformantVaryingArray(pointer('full', twr_t), {
      size: (s) => s.max_towers as number,
      length: (s) => s.num_towers as number,
    }),
    u32,
  ] as readonly NdrType<unknown>[];
}

// ept_lookup (opnum 2)
export const eptLookupIn: readonly NdrType<unknown>[] = [
  u32,
  pointer('full', guid),
  pointer('full', rpc_if_id_t),
  u32,
  contextHandle,
  range(u32, 0, MAX_ENTS),
];

export function eptLookupOutTypes(): readonly NdrType<unknown>[] {
  return [
    contextHandle,
    u32,
    conformantVaryingArray(ept_entry_t, {
      size: (s) => s.max_ents as number,
      length: (s) => s.num_ents as number,
    }),
    u32,
  ] as readonly NdrType<unknown>[];
}

export function annotationBytes(text: string): Uint8Array {
  const s = text.slice(0, ANNOTATION_SIZE - 1);
  const out = new Uint8Array(s.length + 1);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}

export function annotationText(bytes: Uint8Array): string {
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  let s = '';
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
