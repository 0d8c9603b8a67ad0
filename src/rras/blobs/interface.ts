/**
 * MPRI_INTERFACE_0..3 (2.2.1.2.81-84). Levels 1-3 end in pointer-typed members that travel as
 * 4-byte offsets from the start of the structure (spec text for szAlternates and
 * lpbCustomAuthData; the same rule is applied to lpwsDialoutHoursRestriction). Their data follows
 * the fixed part: for level 2/3 the CustomAuthData first, then the szAlternates MULTI_SZ (the
 * order 2.2.1.2.83 requires). An offset of 0 means "absent". ipv6addr (level 3) is "Not used";
 * its raw value is carried as a number and no data is read for it.
 */
import { ROUTER_INTERFACE_TYPE } from '../../interfaces/dimsvc/dimsvc.gen.js';
import { RrasBlobError } from './errors.js';
import {
  BOOL,
  DEFAULT_BLOB_LIMITS,
  GUID,
  U32,
  alignUp,
  bytes,
  decodeMultiSz,
  encodeMultiSz,
  codecFunctions,
  fixedCodec,
  need,
  readLayout,
  wchar,
  writeLayout,
  type FieldSpec,
  type Layout,
} from './layout.js';
import type { BlobLimits, MprInterface0, MprInterface1, MprInterface2, MprInterface3 } from './types.js';

/** ROUTER_INTERFACE_TYPE (2.2.1.1.1) with the spec's names, as the IDL generator emits them. */
export const RouterInterfaceType = ROUTER_INTERFACE_TYPE;

/** ROUTER_CONNECTION_STATE (2.2.1.1.2). */
export const RouterConnectionState = {
  ROUTER_IF_STATE_UNREACHABLE: 0,
  ROUTER_IF_STATE_DISCONNECTED: 1,
  ROUTER_IF_STATE_CONNECTING: 2,
  ROUTER_IF_STATE_CONNECTED: 3,
} as const;

/** MPRI_INTERFACE_0.fUnReachabilityReasons (2.2.1.2.81): the model's table, under the blob surface. */
export { UnreachabilityReason as MprUnreachabilityReason } from '../model/types.js';

/** Table keys for the offset members: the TS view holds the data under the spec's name instead. */
const OFS_HOURS = 'lpwsDialoutHoursRestriction$offset';
const OFS_ALTERNATES = 'szAlternates$offset';
const OFS_AUTH = 'lpbCustomAuthData$offset';
const AUTH_SIZE = 'dwCustomAuthDataSize';

const IF0_FIELDS: FieldSpec[] = [
  { field: 'wszInterfaceName', offset: 0, kind: wchar(257) }, // 0..514, 2 padding
  { field: 'dwInterface', offset: 516, kind: U32 },
  { field: 'fEnabled', offset: 520, kind: BOOL },
  { field: 'dwIfType', offset: 524, kind: U32 },
  { field: 'dwConnectionState', offset: 528, kind: U32 },
  { field: 'fUnReachabilityReasons', offset: 532, kind: U32 },
  { field: 'dwLastError', offset: 536, kind: U32 },
];

export const MPRI_INTERFACE_0_LAYOUT: Layout<MprInterface0> = {
  name: 'MPRI_INTERFACE_0',
  size: 540,
  fields: IF0_FIELDS,
};

export const MPRI_INTERFACE_1_LAYOUT: Layout<object> = {
  name: 'MPRI_INTERFACE_1',
  size: 544,
  fields: [...IF0_FIELDS, { field: OFS_HOURS, offset: 540, kind: U32 }],
};

const IF2_FIELDS: FieldSpec[] = [
  ...IF0_FIELDS,
  { field: 'dwfOptions', offset: 540, kind: U32 },
  { field: 'szLocalPhoneNumber', offset: 544, kind: wchar(129) }, // 544..802, 2 padding
  { field: OFS_ALTERNATES, offset: 804, kind: U32 },
  { field: 'ipaddr', offset: 808, kind: U32 },
  { field: 'ipaddrDns', offset: 812, kind: U32 },
  { field: 'ipaddrDnsAlt', offset: 816, kind: U32 },
  { field: 'ipaddrWins', offset: 820, kind: U32 },
  { field: 'ipaddrWinsAlt', offset: 824, kind: U32 },
  { field: 'dwfNetProtocols', offset: 828, kind: U32 },
  { field: 'szDeviceType', offset: 832, kind: wchar(17) }, // 832..866
  { field: 'szDeviceName', offset: 866, kind: wchar(129) }, // 866..1124
  { field: 'szX25PadType', offset: 1124, kind: wchar(33) }, // 1124..1190
  { field: 'szX25Address', offset: 1190, kind: wchar(201) }, // 1190..1592
  { field: 'szX25Facilities', offset: 1592, kind: wchar(201) }, // 1592..1994
  { field: 'szX25UserData', offset: 1994, kind: wchar(201) }, // 1994..2396
  { field: 'dwChannels', offset: 2396, kind: U32 },
  { field: 'dwSubEntries', offset: 2400, kind: U32 },
  { field: 'dwDialMode', offset: 2404, kind: U32 },
  { field: 'dwDialExtraPercent', offset: 2408, kind: U32 },
  { field: 'dwDialExtraSampleSeconds', offset: 2412, kind: U32 },
  { field: 'dwHangUpExtraPercent', offset: 2416, kind: U32 },
  { field: 'dwHangUpExtraSampleSeconds', offset: 2420, kind: U32 },
  { field: 'dwIdleDisconnectSeconds', offset: 2424, kind: U32 },
  { field: 'dwType', offset: 2428, kind: U32 },
  { field: 'dwEncryptionType', offset: 2432, kind: U32 },
  { field: 'dwCustomAuthKey', offset: 2436, kind: U32 },
  { field: AUTH_SIZE, offset: 2440, kind: U32 },
  { field: OFS_AUTH, offset: 2444, kind: U32 },
  { field: 'guidId', offset: 2448, kind: GUID },
  { field: 'dwVpnStrategy', offset: 2464, kind: U32 },
];

export const MPRI_INTERFACE_2_LAYOUT: Layout<object> = {
  name: 'MPRI_INTERFACE_2',
  size: 2468,
  fields: IF2_FIELDS,
};

export const MPRI_INTERFACE_3_LAYOUT: Layout<object> = {
  name: 'MPRI_INTERFACE_3',
  size: 2508,
  fields: [
    ...IF2_FIELDS,
    { field: 'AddressCount', offset: 2468, kind: U32 },
    { field: 'ipv6addrDns', offset: 2472, kind: bytes(16) },
    { field: 'ipv6addrDnsAlt', offset: 2488, kind: bytes(16) },
    { field: 'ipv6addr', offset: 2504, kind: U32 },
  ],
};

export const mprInterface0Codec = fixedCodec(MPRI_INTERFACE_0_LAYOUT);
export const MPRI_INTERFACE_0_SIZE = MPRI_INTERFACE_0_LAYOUT.size;
export const MPRI_INTERFACE_1_SIZE = MPRI_INTERFACE_1_LAYOUT.size;
export const MPRI_INTERFACE_2_SIZE = MPRI_INTERFACE_2_LAYOUT.size;
export const MPRI_INTERFACE_3_SIZE = MPRI_INTERFACE_3_LAYOUT.size;

export const { encode: encodeMprInterface0, decode: decodeMprInterface0 } =
  codecFunctions(mprInterface0Codec);

/** Checks an offset member: 0 or pointing past the fixed part and inside the structure's bytes. */
export function checkTrailingOffset(
  structure: string,
  field: string,
  rel: number,
  minRel: number,
  base: number,
  b: Uint8Array,
): void {
  if (rel < minRel || base + rel >= b.length) {
    throw new RrasBlobError(
      'out-of-bounds',
      structure,
      `offset ${rel} outside the trailing data`,
      field,
      base,
    );
  }
}

function stripOffsets<T>(o: object): T {
  const copy: Record<string, unknown> = { ...o };
  for (const k of [OFS_HOURS, OFS_ALTERNATES, OFS_AUTH, AUTH_SIZE]) delete copy[k];
  return copy as T;
}

export function encodeMprInterface1(v: MprInterface1): Uint8Array {
  const hours = v.lpwsDialoutHoursRestriction;
  const tail =
    hours === null
      ? new Uint8Array(0)
      : encodeMultiSz(hours, 'MPRI_INTERFACE_1', 'lpwsDialoutHoursRestriction');
  const fixed = MPRI_INTERFACE_1_LAYOUT.size;
  const out = new Uint8Array(fixed + tail.length);
  writeLayout(MPRI_INTERFACE_1_LAYOUT, { ...v, [OFS_HOURS]: hours === null ? 0 : fixed }, out, 0);
  out.set(tail, fixed);
  return out;
}

export function decodeMprInterface1(
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
  offset = 0,
): MprInterface1 {
  const L = MPRI_INTERFACE_1_LAYOUT;
  need(b, offset, L.size, L.name);
  const raw = readLayout(L, b, offset) as Record<string, unknown>;
  const rel = raw[OFS_HOURS] as number;
  let hours: string[] | null = null;
  if (rel !== 0) {
    checkTrailingOffset(L.name, 'lpwsDialoutHoursRestriction', rel, L.size, offset, b);
    hours = decodeMultiSz(b, offset + rel, limits, L.name, 'lpwsDialoutHoursRestriction');
  }
  return { ...stripOffsets<MprInterface0>(raw), lpwsDialoutHoursRestriction: hours };
}

function encodeLevel2or3(layout: Layout<object>, v: MprInterface2): Uint8Array {
  const fixed = layout.size;
  const auth = v.lpbCustomAuthData;
  const alternates =
    v.szAlternates.length === 0
      ? new Uint8Array(0)
      : encodeMultiSz(v.szAlternates, layout.name, 'szAlternates');
  const authAt = auth.length === 0 ? 0 : fixed;
  const altAt = alternates.length === 0 ? 0 : alignUp(fixed + auth.length, 4);
  const out = new Uint8Array(altAt === 0 ? fixed + auth.length : altAt + alternates.length);
  writeLayout(
    layout,
    { ...v, [OFS_ALTERNATES]: altAt, [OFS_AUTH]: authAt, [AUTH_SIZE]: auth.length },
    out,
    0,
  );
  out.set(auth, fixed);
  if (altAt !== 0) out.set(alternates, altAt);
  return out;
}

function decodeLevel2or3(layout: Layout<object>, b: Uint8Array, limits: BlobLimits, offset: number): object {
  need(b, offset, layout.size, layout.name);
  const raw = readLayout(layout, b, offset) as Record<string, unknown>;
  const authSize = raw[AUTH_SIZE] as number;
  const authRel = raw[OFS_AUTH] as number;
  // Either member being 0 means "no CustomAuthData" (2.2.1.2.83 says the offset MUST be 0 then);
  // a handler that must insist on the exact form reads the raw members with readMprInterfaceOffsets.
  let auth = new Uint8Array(0);
  if (authRel !== 0 && authSize !== 0) {
    if (authSize > limits.maxBytes) {
      throw new RrasBlobError(
        'limit',
        layout.name,
        `custom auth data of ${authSize} bytes`,
        'dwCustomAuthDataSize',
      );
    }
    checkTrailingOffset(layout.name, 'lpbCustomAuthData', authRel, layout.size, offset, b);
    need(b, offset + authRel, authSize, layout.name, 'lpbCustomAuthData');
    auth = b.slice(offset + authRel, offset + authRel + authSize);
  }
  const altRel = raw[OFS_ALTERNATES] as number;
  let alternates: string[] = [];
  if (altRel !== 0) {
    checkTrailingOffset(layout.name, 'szAlternates', altRel, layout.size, offset, b);
    alternates = decodeMultiSz(b, offset + altRel, limits, layout.name, 'szAlternates');
  }
  return { ...stripOffsets<object>(raw), szAlternates: alternates, lpbCustomAuthData: auth };
}

export const encodeMprInterface2 = (v: MprInterface2): Uint8Array =>
  encodeLevel2or3(MPRI_INTERFACE_2_LAYOUT, v);
export const encodeMprInterface3 = (v: MprInterface3): Uint8Array =>
  encodeLevel2or3(MPRI_INTERFACE_3_LAYOUT, v);

export const decodeMprInterface2 = (
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
  offset = 0,
): MprInterface2 => decodeLevel2or3(MPRI_INTERFACE_2_LAYOUT, b, limits, offset) as MprInterface2;
export const decodeMprInterface3 = (
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
  offset = 0,
): MprInterface3 => decodeLevel2or3(MPRI_INTERFACE_3_LAYOUT, b, limits, offset) as MprInterface3;

/** The raw pointer-as-offset members of an MPRI_INTERFACE_1/2/3, as sent (0 = absent). */
export interface MprInterfaceOffsets {
  lpwsDialoutHoursRestriction?: number;
  szAlternates?: number;
  lpbCustomAuthData?: number;
  dwCustomAuthDataSize?: number;
}

/**
 * For rules about the members themselves rather than their data, e.g. RRouterInterfaceCreate's
 * "szAlternates MUST be 0" for levels 2 and 3 (3.1.4.13).
 */
export function readMprInterfaceOffsets(b: Uint8Array, level: 1 | 2 | 3, offset = 0): MprInterfaceOffsets {
  const L =
    level === 1 ? MPRI_INTERFACE_1_LAYOUT : level === 2 ? MPRI_INTERFACE_2_LAYOUT : MPRI_INTERFACE_3_LAYOUT;
  need(b, offset, L.size, L.name);
  const raw = readLayout(L, b, offset) as Record<string, unknown>;
  if (level === 1) return { lpwsDialoutHoursRestriction: raw[OFS_HOURS] as number };
  return {
    szAlternates: raw[OFS_ALTERNATES] as number,
    lpbCustomAuthData: raw[OFS_AUTH] as number,
    dwCustomAuthDataSize: raw[AUTH_SIZE] as number,
  };
}
