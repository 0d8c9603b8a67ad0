/**
 * RTR_INFO_BLOCK_HEADER + RTR_TOC_ENTRY (2.2.1.2.3-4) and the info structures the RRAS model puts
 * in them.
 *
 * Byte order — decided: LITTLE-ENDIAN, like every other blob here. The spec text calls each
 * header/TOC field "a 32-bit, unsigned integer in network byte order", but (1) the structure is
 * the `RTR_INFO_BLOCK_HEADER` of the public SDK header rtinfo.h (plain ULONG members, no byte
 * swapping anywhere), built and read in place by the MprInfoCreate / MprInfoBlockAdd /
 * MprInfoBlockFind helpers of mprapi.dll, which callers then pass straight into
 * MprAdminInterfaceTransportSetInfo and friends; (2) rtinfo.h's GetInfoFromTocEntry compares
 * `Offset < Size` and adds `Offset` to the header pointer as host integers; (3) the contents
 * (GLOBAL_INFO, PRIORITY_INFO, …) are documented as host DWORDs with no such remark, and a Version
 * of 1 in network order would read as 0x01000000 on the little-endian hosts RRAS runs on. The
 * "network byte order" wording is therefore treated as a documentation slip; no capture from a
 * Windows server was available to confirm it, so this remains the one unverified choice.
 *
 * Layout — as MprInfoBlockAdd produces it: header (12 bytes), TocEntriesCount TOC entries of 16
 * bytes, then each entry's data area (InfoSize × Count bytes) starting on an 8-byte boundary
 * (rtinfo.h ALIGN_SIZE = 8). Offset is counted from the start of the header; Size is the whole
 * block including alignment padding.
 */
import { InfoType } from '../model/types.js';
import { RrasBlobError } from './errors.js';
import {
  BOOL,
  DEFAULT_BLOB_LIMITS,
  U32,
  alignUp,
  bytes,
  checkCount,
  decodeArray,
  decodeCountedArray,
  encodeArray,
  encodeCountedArray,
  fixedCodec,
  need,
  readU32,
  writeU32,
  type Layout,
} from './layout.js';
import type {
  BlobLimits,
  FixedBlobCodec,
  GlobalInfo,
  InterfaceRouteInfo,
  InterfaceRouteInfoV4,
  InterfaceRouteInfoV6,
  InterfaceStatusInfo,
  MprFilter0,
  PriorityInfo,
  ProtocolMetric,
  RtrInfoBlock,
  RtrInfoEntry,
  RtrTocEntry,
} from './types.js';
import { MIB_IPFORWARDROW_SIZE } from './mib.js';

export const RTR_INFO_BLOCK_VERSION = 1;
export const RTR_INFO_BLOCK_HEADER_SIZE = 12;
export const RTR_TOC_ENTRY_SIZE = 16;
/** rtinfo.h ALIGN_SIZE: data areas start on this boundary. */
export const RTR_INFO_ALIGN = 8;

/** RTR_TOC_ENTRY.InfoType values for IPv4/IPv6 (2.2.1.2.4): the model's table, under the blob surface. */
export { InfoType };

/** What a caller hands to encodeInfoBlock: Count defaults to 1, data must be InfoSize × Count bytes. */
export interface RtrInfoEntryInput {
  InfoType: number;
  InfoSize: number;
  Count?: number;
  data: Uint8Array;
}

export function encodeInfoBlock(
  entries: readonly RtrInfoEntryInput[],
  version = RTR_INFO_BLOCK_VERSION,
): Uint8Array {
  const S = 'RTR_INFO_BLOCK_HEADER';
  let cursor = RTR_INFO_BLOCK_HEADER_SIZE + RTR_TOC_ENTRY_SIZE * entries.length;
  const offsets: number[] = [];
  for (const e of entries) {
    const count = e.Count ?? 1;
    if (e.data.length !== e.InfoSize * count) {
      throw new RrasBlobError(
        'invalid',
        S,
        `data of ${e.data.length} bytes is not InfoSize × Count`,
        'TocEntry',
      );
    }
    cursor = alignUp(cursor, RTR_INFO_ALIGN);
    offsets.push(cursor);
    cursor += e.data.length;
  }
  const size = alignUp(cursor, RTR_INFO_ALIGN);
  const out = new Uint8Array(size);
  writeU32(out, 0, version, S, 'Version');
  writeU32(out, 4, size, S, 'Size');
  writeU32(out, 8, entries.length, S, 'TocEntriesCount');
  entries.forEach((e, i) => {
    const at = RTR_INFO_BLOCK_HEADER_SIZE + i * RTR_TOC_ENTRY_SIZE;
    const ofs = offsets[i] ?? 0;
    writeU32(out, at, e.InfoType, S, 'InfoType');
    writeU32(out, at + 4, e.InfoSize, S, 'InfoSize');
    writeU32(out, at + 8, e.Count ?? 1, S, 'Count');
    writeU32(out, at + 12, ofs, S, 'Offset');
    out.set(e.data, ofs);
  });
  return out;
}

/**
 * Decodes a block, bounding every field by the buffer: Version must be 1, Size must fit the
 * buffer and cover the TOC, and each entry's data area must lie between the end of the TOC and
 * Size. A zero TocEntriesCount (what MprInfoCreate returns before anything is added) is accepted;
 * callers that need at least one entry check `entries.length`.
 */
export function decodeInfoBlock(b: Uint8Array, limits: BlobLimits = DEFAULT_BLOB_LIMITS): RtrInfoBlock {
  const S = 'RTR_INFO_BLOCK_HEADER';
  need(b, 0, RTR_INFO_BLOCK_HEADER_SIZE, S);
  const Version = readU32(b, 0);
  const Size = readU32(b, 4);
  const TocEntriesCount = readU32(b, 8);
  if (Version !== RTR_INFO_BLOCK_VERSION) {
    throw new RrasBlobError('invalid', S, `Version ${Version} (only 1 is defined)`, 'Version', 0);
  }
  if (Size > limits.maxBytes) {
    throw new RrasBlobError('limit', S, `Size ${Size} over the limit ${limits.maxBytes}`, 'Size', 4);
  }
  if (Size > b.length) {
    throw new RrasBlobError('truncated', S, `Size ${Size} but ${b.length} bytes given`, 'Size', 4);
  }
  checkCount(S, TocEntriesCount, limits, 'TocEntriesCount');
  const tocEnd = RTR_INFO_BLOCK_HEADER_SIZE + TocEntriesCount * RTR_TOC_ENTRY_SIZE;
  if (tocEnd > Size) {
    throw new RrasBlobError(
      'truncated',
      S,
      `${TocEntriesCount} TOC entries do not fit Size ${Size}`,
      'TocEntriesCount',
      8,
    );
  }
  const toc: RtrTocEntry[] = [];
  const entries: RtrInfoEntry[] = [];
  for (let i = 0; i < TocEntriesCount; i++) {
    const at = RTR_INFO_BLOCK_HEADER_SIZE + i * RTR_TOC_ENTRY_SIZE;
    const t: RtrTocEntry = {
      InfoType: readU32(b, at),
      InfoSize: readU32(b, at + 4),
      Count: readU32(b, at + 8),
      Offset: readU32(b, at + 12),
    };
    const length = t.InfoSize * t.Count;
    if (length > 0 && (t.Offset < tocEnd || t.Offset > Size || length > Size - t.Offset)) {
      throw new RrasBlobError(
        'out-of-bounds',
        S,
        `entry ${i}: ${length} bytes at Offset ${t.Offset} outside ${tocEnd}..${Size}`,
        'TocEntry',
        at,
      );
    }
    toc.push(t);
    entries.push({
      InfoType: t.InfoType,
      InfoSize: t.InfoSize,
      Count: t.Count,
      data: length > 0 ? b.slice(t.Offset, t.Offset + length) : new Uint8Array(0),
    });
  }
  return { Version, Size, TocEntriesCount, toc, entries };
}

export function findInfoEntry(block: RtrInfoBlock, infoType: number): RtrInfoEntry | undefined {
  return block.entries.find((e) => e.InfoType === infoType);
}

/** An entry of `items` fixed structures (InfoSize = the structure size, Count = items). */
export function infoEntry<T>(
  infoType: number,
  codec: FixedBlobCodec<T>,
  items: readonly T[],
): RtrInfoEntryInput {
  return { InfoType: infoType, InfoSize: codec.size, Count: items.length, data: encodeArray(codec, items) };
}

/** The structures of one entry; InfoSize must be the structure's size. */
export function decodeInfoEntry<T>(
  entry: RtrInfoEntry,
  codec: FixedBlobCodec<T>,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): T[] {
  if (entry.Count > 0 && entry.InfoSize !== codec.size) {
    throw new RrasBlobError(
      'invalid',
      codec.name,
      `InfoSize ${entry.InfoSize}, expected ${codec.size}`,
      'InfoSize',
    );
  }
  return decodeArray(codec, entry.data, entry.Count, limits);
}

// ---------------------------------------------------------------------------------------------
// Contents

export const GLOBAL_INFO_LAYOUT: Layout<GlobalInfo> = {
  name: 'GLOBAL_INFO',
  size: 8,
  fields: [
    { field: 'bFilteringOn', offset: 0, kind: BOOL },
    { field: 'dwLoggingLevel', offset: 4, kind: U32 },
  ],
};

export const INTERFACE_STATUS_INFO_LAYOUT: Layout<InterfaceStatusInfo> = {
  name: 'INTERFACE_STATUS_INFO',
  size: 4,
  fields: [{ field: 'dwAdminStatus', offset: 0, kind: U32 }],
};

export const MPR_FILTER_0_LAYOUT: Layout<MprFilter0> = {
  name: 'MPR_FILTER_0',
  size: 4,
  fields: [{ field: 'fEnable', offset: 0, kind: BOOL }],
};

export const globalInfoCodec = fixedCodec(GLOBAL_INFO_LAYOUT);
export const interfaceStatusInfoCodec = fixedCodec(INTERFACE_STATUS_INFO_LAYOUT);
export const mprFilter0Codec = fixedCodec(MPR_FILTER_0_LAYOUT);

/** INTERFACE_STATUS_INFO.dwAdminStatus values (MIB-II ifAdminStatus). */
export const AdminStatus = { UP: 1, DOWN: 2, TESTING: 3 } as const;

const PROTOCOL_METRIC_LAYOUT: Layout<ProtocolMetric> = {
  name: 'PROTOCOL_METRIC',
  size: 8,
  fields: [
    { field: 'dwProtocolId', offset: 0, kind: U32 },
    { field: 'dwMetric', offset: 4, kind: U32 },
  ],
};
const protocolMetricCodec = fixedCodec(PROTOCOL_METRIC_LAYOUT);

/** PRIORITY_INFO: dwNumProtocols then PROTOCOL_METRIC[]; one variable-size item per TOC entry. */
export const encodePriorityInfo = (v: PriorityInfo): Uint8Array =>
  encodeCountedArray(protocolMetricCodec, v.ppmProtocolMetric, 'PRIORITY_INFO', 'dwNumProtocols');

export const decodePriorityInfo = (
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): PriorityInfo => ({
  ppmProtocolMetric: decodeCountedArray(
    protocolMetricCodec,
    b,
    limits,
    'PRIORITY_INFO',
    'dwNumProtocols',
    'ppmProtocolMetric',
  ),
});

/** IP_PROT_PRIORITY_INFO entry: InfoSize is the whole PRIORITY_INFO, Count 1. */
export function priorityInfoEntry(
  v: PriorityInfo,
  infoType: number = InfoType.IP_PROT_PRIORITY_INFO,
): RtrInfoEntryInput {
  const data = encodePriorityInfo(v);
  return { InfoType: infoType, InfoSize: data.length, Count: 1, data };
}

/**
 * INTERFACE_ROUTE_INFO (2.2.1.2.11): a 48-byte union (IPv4 arm 36 bytes, IPv6 arm 48) then six
 * DWORDs; bV4 selects the arm.
 */
const ROUTE_V4_LAYOUT: Layout<object> = {
  name: 'INTERFACE_ROUTE_INFO',
  size: 72,
  fields: [
    { field: 'dwRtInfoDest', offset: 0, kind: U32 },
    { field: 'dwRtInfoMask', offset: 4, kind: U32 },
    { field: 'dwRtInfoPolicy', offset: 8, kind: U32 },
    { field: 'dwRtInfoNextHop', offset: 12, kind: U32 },
    { field: 'dwRtInfoAge', offset: 16, kind: U32 },
    { field: 'dwRtInfoNextHopAS', offset: 20, kind: U32 },
    { field: 'dwRtInfoMetric1', offset: 24, kind: U32 },
    { field: 'dwRtInfoMetric2', offset: 28, kind: U32 },
    { field: 'dwRtInfoMetric3', offset: 32, kind: U32 }, // ..36, union padded to 48
  ],
};
const ROUTE_V6_LAYOUT: Layout<object> = {
  name: 'INTERFACE_ROUTE_INFO',
  size: 72,
  fields: [
    { field: 'DestinationPrefix', offset: 0, kind: bytes(16) },
    { field: 'DestPrefixLength', offset: 16, kind: U32 },
    { field: 'NextHopAddress', offset: 20, kind: bytes(16) },
    { field: 'ValidLifeTime', offset: 36, kind: U32 },
    { field: 'Flags', offset: 40, kind: U32 },
    { field: 'Metric', offset: 44, kind: U32 },
  ],
};
const ROUTE_COMMON_LAYOUT: Layout<object> = {
  name: 'INTERFACE_ROUTE_INFO',
  size: 72,
  fields: [
    { field: 'dwRtInfoIfIndex', offset: 48, kind: U32 },
    { field: 'dwRtInfoType', offset: 52, kind: U32 },
    { field: 'dwRtInfoProto', offset: 56, kind: U32 },
    { field: 'dwRtInfoPreference', offset: 60, kind: U32 },
    { field: 'dwRtInfoViewSet', offset: 64, kind: U32 },
    { field: 'bV4', offset: 68, kind: BOOL },
  ],
};
export const INTERFACE_ROUTE_INFO_SIZE = 72;
export const INTERFACE_ROUTE_INFO_LAYOUTS = {
  v4: ROUTE_V4_LAYOUT,
  v6: ROUTE_V6_LAYOUT,
  common: ROUTE_COMMON_LAYOUT,
};

const v4Codec = fixedCodec(ROUTE_V4_LAYOUT);
const v6Codec = fixedCodec(ROUTE_V6_LAYOUT);
const commonCodec = fixedCodec(ROUTE_COMMON_LAYOUT);

export const interfaceRouteInfoCodec: FixedBlobCodec<InterfaceRouteInfo> = {
  name: 'INTERFACE_ROUTE_INFO',
  size: INTERFACE_ROUTE_INFO_SIZE,
  encode(v: InterfaceRouteInfo): Uint8Array {
    const out = (v.bV4 ? v4Codec : v6Codec).encode(v);
    const common = commonCodec.encode(v);
    out.set(common.subarray(48), 48);
    return out;
  },
  decode(b: Uint8Array, offset = 0): InterfaceRouteInfo {
    need(b, offset, INTERFACE_ROUTE_INFO_SIZE, 'INTERFACE_ROUTE_INFO');
    const common = commonCodec.decode(b, offset) as InterfaceRouteInfo;
    if (common.bV4) return { ...(v4Codec.decode(b, offset) as InterfaceRouteInfoV4), ...common, bV4: true };
    return { ...(v6Codec.decode(b, offset) as InterfaceRouteInfoV6), ...common, bV4: false };
  },
};

/** IP_ROUTE_INFO carries INTERFACE_ROUTE_INFO (72) or MIB_IPFORWARDROW (56) per InfoSize (2.2.1.2.11). */
export const IP_ROUTE_INFO_SIZES = [INTERFACE_ROUTE_INFO_SIZE, MIB_IPFORWARDROW_SIZE] as const;
