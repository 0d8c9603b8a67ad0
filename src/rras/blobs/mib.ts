/**
 * DIM_MIB_ENTRY_CONTAINER contents for the IPv4 router manager (2.2.1.2.19: PID_IP with
 * IPRTRMGR_PID 10000): MIB_OPAQUE_QUERY in, MIB_OPAQUE_INFO out, and the forwarding-table
 * structures MIB_IPFORWARDROW / MIB_IPFORWARDTABLE they carry.
 */
import { TransportId } from '../model/types.js';
import { RrasBlobError } from './errors.js';
import {
  DEFAULT_BLOB_LIMITS,
  U32,
  checkCount,
  decodeCountedArray,
  encodeCountedArray,
  codecFunctions,
  fixedCodec,
  need,
  readU32,
  writeU32,
  type Layout,
} from './layout.js';
import type {
  BlobLimits,
  MibIpForwardRow,
  MibIpForwardTable,
  MibOpaqueInfo,
  MibOpaqueQuery,
} from './types.js';

/** Transport ids and the router manager's own protocol id: the model's values, named as the spec does. */
export const { PID_IP, PID_IPV6, PID_IPX } = TransportId;
export { IPRTRMGR_PID } from '../model/types.js';

/** MIB_OPAQUE_INFO.dwId / MIB_OPAQUE_QUERY.dwVarId values (2.2.1.2.52). */
export const MibId = {
  IF_NUMBER: 0x00,
  IF_TABLE: 0x01,
  IF_ROW: 0x02,
  IP_STATS: 0x03,
  IP_ADDRTABLE: 0x04,
  IP_ADDRROW: 0x05,
  IP_FORWARDNUMBER: 0x06,
  IP_FORWARDTABLE: 0x07,
  IP_FORWARDROW: 0x08,
  IP_NETTABLE: 0x09,
  IP_NETROW: 0x0a,
  ICMP_STATS: 0x0b,
  TCP_STATS: 0x0c,
  TCP_TABLE: 0x0d,
  TCP_ROW: 0x0e,
  UDP_STATS: 0x0f,
  UDP_TABLE: 0x10,
  UDP_ROW: 0x11,
  MCAST_MFE: 0x12,
  MCAST_MFE_STATS: 0x13,
  BEST_IF: 0x14,
  BEST_ROUTE: 0x15,
  PROXY_ARP: 0x16,
  MCAST_IF_ENTRY: 0x17,
  MCAST_GLOBAL: 0x18,
  IF_STATUS: 0x19,
  MCAST_BOUNDARY: 0x1a,
  MCAST_SCOPE: 0x1b,
  DEST_MATCHING: 0x1c,
  DEST_LONGER: 0x1d,
  DEST_SHORTER: 0x1e,
  ROUTE_MATCHING: 0x1f,
  ROUTE_LONGER: 0x20,
  ROUTE_SHORTER: 0x21,
  ROUTE_STATE: 0x22,
  MCAST_MFE_STATS_EX: 0x23,
} as const;

/** MIB_IPFORWARD_TYPE (2.2.1.1.8). */
export const MibIpForwardType = {
  MIB_IPROUTE_TYPE_OTHER: 1,
  MIB_IPROUTE_TYPE_INVALID: 2,
  MIB_IPROUTE_TYPE_DIRECT: 3,
  MIB_IPROUTE_TYPE_INDIRECT: 4,
} as const;

/** MIB_IPFORWARD_PROTO (2.2.1.1.9), the values the model uses. */
export const MibIpForwardProto = {
  MIB_IPPROTO_OTHER: 1,
  MIB_IPPROTO_LOCAL: 2,
  MIB_IPPROTO_NETMGMT: 3,
  MIB_IPPROTO_RIP: 8,
  MIB_IPPROTO_OSPF: 13,
  MIB_IPPROTO_BGP: 14,
  MIB_IPPROTO_NT_AUTOSTATIC: 10002,
  MIB_IPPROTO_NT_STATIC: 10006,
  MIB_IPPROTO_NT_STATIC_NON_DOD: 10007,
} as const;

export const MIB_IPFORWARDROW_LAYOUT: Layout<MibIpForwardRow> = {
  name: 'MIB_IPFORWARDROW',
  size: 56,
  fields: [
    { field: 'dwForwardDest', offset: 0, kind: U32 },
    { field: 'dwForwardMask', offset: 4, kind: U32 },
    { field: 'dwForwardPolicy', offset: 8, kind: U32 },
    { field: 'dwForwardNextHop', offset: 12, kind: U32 },
    { field: 'dwForwardIfIndex', offset: 16, kind: U32 },
    { field: 'dwForwardType', offset: 20, kind: U32 },
    { field: 'dwForwardProto', offset: 24, kind: U32 },
    { field: 'dwForwardAge', offset: 28, kind: U32 },
    { field: 'dwForwardNextHopAS', offset: 32, kind: U32 },
    { field: 'dwForwardMetric1', offset: 36, kind: U32 },
    { field: 'dwForwardMetric2', offset: 40, kind: U32 },
    { field: 'dwForwardMetric3', offset: 44, kind: U32 },
    { field: 'dwForwardMetric4', offset: 48, kind: U32 },
    { field: 'dwForwardMetric5', offset: 52, kind: U32 },
  ],
};

export const mibIpForwardRowCodec = fixedCodec(MIB_IPFORWARDROW_LAYOUT);
export const MIB_IPFORWARDROW_SIZE = MIB_IPFORWARDROW_LAYOUT.size;
/** MIB_OPAQUE_INFO: dwId, 4 bytes so the ULONGLONG-aligned union starts at 8. */
export const MIB_OPAQUE_INFO_DATA_OFFSET = 8;

export const { encode: encodeMibIpForwardRow, decode: decodeMibIpForwardRow } =
  codecFunctions(mibIpForwardRowCodec);

/** MIB_IPFORWARDTABLE: dwNumEntries, rows from offset 4. */
export const encodeMibIpForwardTable = (v: MibIpForwardTable): Uint8Array =>
  encodeCountedArray(mibIpForwardRowCodec, v.table, 'MIB_IPFORWARDTABLE', 'dwNumEntries');

export const decodeMibIpForwardTable = (
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): MibIpForwardTable => ({
  table: decodeCountedArray(mibIpForwardRowCodec, b, limits, 'MIB_IPFORWARDTABLE', 'dwNumEntries', 'table'),
});

export function encodeMibOpaqueQuery(v: MibOpaqueQuery): Uint8Array {
  const out = new Uint8Array(4 + 4 * v.rgdwVarIndex.length);
  writeU32(out, 0, v.dwVarId, 'MIB_OPAQUE_QUERY', 'dwVarId');
  v.rgdwVarIndex.forEach((x, i) => writeU32(out, 4 + i * 4, x, 'MIB_OPAQUE_QUERY', 'rgdwVarIndex'));
  return out;
}

/** rgdwVarIndex is every whole DWORD after dwVarId; a ragged tail is malformed. */
export function decodeMibOpaqueQuery(
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): MibOpaqueQuery {
  need(b, 0, 4, 'MIB_OPAQUE_QUERY');
  if ((b.length - 4) % 4 !== 0) {
    throw new RrasBlobError(
      'invalid',
      'MIB_OPAQUE_QUERY',
      `${b.length} bytes is not whole DWORDs`,
      'rgdwVarIndex',
    );
  }
  const n = (b.length - 4) / 4;
  checkCount('MIB_OPAQUE_QUERY', n, limits, 'rgdwVarIndex');
  const rgdwVarIndex: number[] = [];
  for (let i = 0; i < n; i++) rgdwVarIndex.push(readU32(b, 4 + i * 4));
  return { dwVarId: readU32(b, 0), rgdwVarIndex };
}

export function encodeMibOpaqueInfo(v: MibOpaqueInfo): Uint8Array {
  const out = new Uint8Array(MIB_OPAQUE_INFO_DATA_OFFSET + v.rgbyData.length);
  writeU32(out, 0, v.dwId, 'MIB_OPAQUE_INFO', 'dwId');
  out.set(v.rgbyData, MIB_OPAQUE_INFO_DATA_OFFSET);
  return out;
}

export function decodeMibOpaqueInfo(b: Uint8Array, limits: BlobLimits = DEFAULT_BLOB_LIMITS): MibOpaqueInfo {
  need(b, 0, MIB_OPAQUE_INFO_DATA_OFFSET, 'MIB_OPAQUE_INFO');
  if (b.length > limits.maxBytes) throw new RrasBlobError('limit', 'MIB_OPAQUE_INFO', `${b.length} bytes`);
  return { dwId: readU32(b, 0), rgbyData: b.slice(MIB_OPAQUE_INFO_DATA_OFFSET) };
}

/** The IP_FORWARDTABLE answer as RMIBEntryGet returns it in pMibOutEntry. */
export const encodeForwardTableInfo = (rows: readonly MibIpForwardRow[]): Uint8Array =>
  encodeMibOpaqueInfo({
    dwId: MibId.IP_FORWARDTABLE,
    rgbyData: encodeMibIpForwardTable({ table: [...rows] }),
  });

/** An IP_FORWARDROW answer (one MIB_IPFORWARDROW). */
export const encodeForwardRowInfo = (row: MibIpForwardRow): Uint8Array =>
  encodeMibOpaqueInfo({ dwId: MibId.IP_FORWARDROW, rgbyData: encodeMibIpForwardRow(row) });
