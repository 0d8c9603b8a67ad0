/**
 * RASI_CONNECTION_0..3 (2.2.1.2.77-80) and RAS_CONNECTION_4_IDL (2.2.1.2.236). Level 4 of
 * RRasAdminConnectionEnum is "a typecast array" of RAS_CONNECTION_4_IDL (3.1.4.2), so it is laid
 * out as C memory like the others: its encapsulated union PROJECTION_INFO_IDL_2 becomes
 * `{ UCHAR projectionInfoType; union {…} }` with the union on an 8-byte boundary because the arms
 * hold ULONG64 members, and the structure's own size rounds up to 8.
 */
import { RAS_QUARANTINE_STATE } from '../../interfaces/dimsvc/dimsvc.gen.js';
import { RrasBlobError } from './errors.js';
import {
  FILETIME,
  GUID,
  U32,
  U64,
  U8,
  bytes,
  codecFunctions,
  fixedCodec,
  need,
  nested,
  readLayout,
  wchar,
  writeLayout,
  type FieldSpec,
  type Layout,
} from './layout.js';
import { counterFields } from './port.js';
import { PPP_INFO_2_LAYOUT, PPP_INFO_3_LAYOUT, PPP_INFO_LAYOUT } from './ppp.js';
import type {
  FixedBlobCodec,
  Ikev2ProjectionInfo2,
  PppProjectionInfo2,
  ProjectionInfo2,
  RasConnection4,
  RasiConnection0,
  RasiConnection1,
  RasiConnection2,
  RasiConnection3,
} from './types.js';

/** RASI_CONNECTION_0.dwConnectionFlags (2.2.1.2.77): the model's table, under the blob surface. */
export { RasConnectionFlags } from '../model/types.js';

/** RAS_QUARANTINE_STATE (2.2.1.1.3) with the spec's names, as the IDL generator emits them. */
export const RasQuarantineState = RAS_QUARANTINE_STATE;

/** PROJECTION_INFO_IDL_2 discriminant values (2.2.1.2.132). */
export const ProjectionInfoType = { PPP: 1, IKEV2: 2 } as const;

export const RASI_CONNECTION_0_LAYOUT: Layout<RasiConnection0> = {
  name: 'RASI_CONNECTION_0',
  size: 1116,
  fields: [
    { field: 'dwConnection', offset: 0, kind: U32 },
    { field: 'dwInterface', offset: 4, kind: U32 },
    { field: 'dwConnectDuration', offset: 8, kind: U32 },
    { field: 'dwInterfaceType', offset: 12, kind: U32 },
    { field: 'dwConnectionFlags', offset: 16, kind: U32 },
    { field: 'wszInterfaceName', offset: 20, kind: wchar(257) }, // 20..534
    { field: 'wszUserName', offset: 534, kind: wchar(257) }, // 534..1048
    { field: 'wszLogonDomain', offset: 1048, kind: wchar(16) }, // 1048..1080
    { field: 'wszRemoteComputer', offset: 1080, kind: wchar(17) }, // 1080..1114, 2 padding
  ],
};

export const RASI_CONNECTION_1_LAYOUT: Layout<RasiConnection1> = {
  name: 'RASI_CONNECTION_1',
  size: 272,
  fields: [
    { field: 'dwConnection', offset: 0, kind: U32 },
    { field: 'dwInterface', offset: 4, kind: U32 },
    { field: 'PppInfo', offset: 8, kind: nested(PPP_INFO_LAYOUT) }, // 8..224
    ...counterFields(224), // 224..272
  ],
};

export const RASI_CONNECTION_2_LAYOUT: Layout<RasiConnection2> = {
  name: 'RASI_CONNECTION_2',
  size: 828,
  fields: [
    { field: 'dwConnection', offset: 0, kind: U32 },
    { field: 'wszUserName', offset: 4, kind: wchar(257) }, // 4..518, 2 padding
    { field: 'dwInterfaceType', offset: 520, kind: U32 },
    { field: 'guid', offset: 524, kind: GUID },
    { field: 'PppInfo2', offset: 540, kind: nested(PPP_INFO_2_LAYOUT) }, // 540..828
  ],
};

export const RASI_CONNECTION_3_LAYOUT: Layout<RasiConnection3> = {
  name: 'RASI_CONNECTION_3',
  size: 788,
  fields: [
    { field: 'dwVersion', offset: 0, kind: U32 },
    { field: 'dwSize', offset: 4, kind: U32 },
    { field: 'dwConnection', offset: 8, kind: U32 },
    { field: 'wszUserName', offset: 12, kind: wchar(257) }, // 12..526, 2 padding
    { field: 'dwInterfaceType', offset: 528, kind: U32 },
    { field: 'guid', offset: 532, kind: GUID },
    { field: 'PppInfo3', offset: 548, kind: nested(PPP_INFO_3_LAYOUT) }, // 548..776
    { field: 'rasQuarState', offset: 776, kind: U32 },
    { field: 'timer', offset: 780, kind: FILETIME },
  ],
};

export const PPP_PROJECTION_INFO_2_LAYOUT: Layout<PppProjectionInfo2> = {
  name: 'PPP_PROJECTION_INFO_2',
  size: 200,
  fields: [
    { field: 'dwIPv4NegotiationError', offset: 0, kind: U32 },
    { field: 'wszAddress', offset: 4, kind: wchar(16) },
    { field: 'wszRemoteAddress', offset: 36, kind: wchar(16) },
    { field: 'dwIPv4Options', offset: 68, kind: U32 },
    { field: 'dwIPv4RemoteOptions', offset: 72, kind: U32 },
    { field: 'IPv4SubInterfaceIndex', offset: 80, kind: U64 }, // 76..80 padding
    { field: 'dwIPv6NegotiationError', offset: 88, kind: U32 },
    { field: 'bInterfaceIdentifier', offset: 92, kind: bytes(8) },
    { field: 'bRemoteInterfaceIdentifier', offset: 100, kind: bytes(8) },
    { field: 'bPrefix', offset: 108, kind: bytes(8) },
    { field: 'dwPrefixLength', offset: 116, kind: U32 },
    { field: 'IPv6SubInterfaceIndex', offset: 120, kind: U64 },
    { field: 'dwLcpError', offset: 128, kind: U32 },
    { field: 'dwAuthenticationProtocol', offset: 132, kind: U32 },
    { field: 'dwAuthenticationData', offset: 136, kind: U32 },
    { field: 'dwRemoteAuthenticationProtocol', offset: 140, kind: U32 },
    { field: 'dwRemoteAuthenticationData', offset: 144, kind: U32 },
    { field: 'dwLcpTerminateReason', offset: 148, kind: U32 },
    { field: 'dwLcpRemoteTerminateReason', offset: 152, kind: U32 },
    { field: 'dwLcpOptions', offset: 156, kind: U32 },
    { field: 'dwLcpRemoteOptions', offset: 160, kind: U32 },
    { field: 'dwEapTypeId', offset: 164, kind: U32 },
    { field: 'dwEmbeddedEAPTypeId', offset: 168, kind: U32 },
    { field: 'dwRemoteEapTypeId', offset: 172, kind: U32 },
    { field: 'dwCcpError', offset: 176, kind: U32 },
    { field: 'dwCompressionAlgorithm', offset: 180, kind: U32 },
    { field: 'dwCcpOptions', offset: 184, kind: U32 },
    { field: 'dwRemoteCompressionAlgorithm', offset: 188, kind: U32 },
    { field: 'dwCcpRemoteOptions', offset: 192, kind: U32 }, // ..196, 4 tail padding to 8
  ],
};

export const IKEV2_PROJECTION_INFO_2_LAYOUT: Layout<Ikev2ProjectionInfo2> = {
  name: 'IKEV2_PROJECTION_INFO_2',
  size: 144,
  fields: [
    { field: 'dwIPv4NegotiationError', offset: 0, kind: U32 },
    { field: 'wszAddress', offset: 4, kind: wchar(16) },
    { field: 'wszRemoteAddress', offset: 36, kind: wchar(16) },
    { field: 'IPv4SubInterfaceIndex', offset: 72, kind: U64 }, // 68..72 padding
    { field: 'dwIPv6NegotiationError', offset: 80, kind: U32 },
    { field: 'bInterfaceIdentifier', offset: 84, kind: bytes(8) },
    { field: 'bRemoteInterfaceIdentifier', offset: 92, kind: bytes(8) },
    { field: 'bPrefix', offset: 100, kind: bytes(8) },
    { field: 'dwPrefixLength', offset: 108, kind: U32 },
    { field: 'IPv6SubInterfaceIndex', offset: 112, kind: U64 },
    { field: 'dwOptions', offset: 120, kind: U32 },
    { field: 'dwAuthenticationProtocol', offset: 124, kind: U32 },
    { field: 'dwEapTypeId', offset: 128, kind: U32 },
    { field: 'dwEmbeddedEAPTypeId', offset: 132, kind: U32 },
    { field: 'dwCompressionAlgorithm', offset: 136, kind: U32 },
    { field: 'dwEncryptionMethod', offset: 140, kind: U32 },
  ],
};

/** Offsets of RAS_CONNECTION_4_IDL around its union (see the table below). */
const PROJECTION_AT = 1456;
const PROJECTION_UNION_AT = PROJECTION_AT + 8;
const PROJECTION_SIZE = 208; // 8 + max(200, 144)

/** Every field but ProjectionInfo, which the codec handles as a discriminated union. */
export const RAS_CONNECTION_4_FIELDS: readonly FieldSpec[] = [
  { field: 'dwConnectDuration', offset: 0, kind: U32 },
  { field: 'dwInterfaceType', offset: 4, kind: U32 },
  { field: 'dwConnectionFlags', offset: 8, kind: U32 },
  { field: 'wszInterfaceName', offset: 12, kind: wchar(257) }, // 12..526
  { field: 'wszUserName', offset: 526, kind: wchar(257) }, // 526..1040
  { field: 'wszLogonDomain', offset: 1040, kind: wchar(16) }, // 1040..1072
  { field: 'wszRemoteComputer', offset: 1072, kind: wchar(17) }, // 1072..1106, 2 padding
  { field: 'guid', offset: 1108, kind: GUID },
  { field: 'rasQuarState', offset: 1124, kind: U32 },
  { field: 'probationTime', offset: 1128, kind: FILETIME },
  { field: 'connectionStartTime', offset: 1136, kind: FILETIME },
  ...counterFields(1144), // 1144..1192
  { field: 'dwNumSwitchOvers', offset: 1192, kind: U32 },
  { field: 'wszRemoteEndpointAddress', offset: 1196, kind: wchar(65) }, // 1196..1326
  { field: 'wszLocalEndpointAddress', offset: 1326, kind: wchar(65) }, // 1326..1456
  // ProjectionInfo: projectionInfoType (UCHAR) at 1456, union at 1464..1664
  { field: 'hConnection', offset: 1664, kind: U32 },
  { field: 'hInterface', offset: 1668, kind: U32 },
  { field: 'dwDeviceType', offset: 1672, kind: U32 }, // ..1676, 4 tail padding to 8
];

export const RAS_CONNECTION_4_SIZE = 1680;

const RAS_CONNECTION_4_BASE: Layout<object> = {
  name: 'RAS_CONNECTION_4_IDL',
  size: RAS_CONNECTION_4_SIZE,
  fields: RAS_CONNECTION_4_FIELDS,
};

/** The union's arms by projectionInfoType: the TS member that holds the arm and its table. */
const PROJECTION_ARMS = {
  [ProjectionInfoType.PPP]: {
    member: 'PppProjectionInfo',
    layout: PPP_PROJECTION_INFO_2_LAYOUT as Layout<object>,
  },
  [ProjectionInfoType.IKEV2]: {
    member: 'Ikev2ProjectionInfo',
    layout: IKEV2_PROJECTION_INFO_2_LAYOUT as Layout<object>,
  },
} as const;

/** The arm for a discriminant, or a typed error: an unknown arm has no layout to read or write. */
function projectionArm(type: number | undefined, at?: number): (typeof PROJECTION_ARMS)[1 | 2] {
  if (type === ProjectionInfoType.PPP || type === ProjectionInfoType.IKEV2) return PROJECTION_ARMS[type];
  throw new RrasBlobError(
    'invalid',
    'RAS_CONNECTION_4_IDL',
    `unknown projectionInfoType ${String(type)}`,
    'ProjectionInfo',
    at,
  );
}

export const rasConnection4Codec: FixedBlobCodec<RasConnection4> = {
  name: 'RAS_CONNECTION_4_IDL',
  size: RAS_CONNECTION_4_SIZE,
  encode(v: RasConnection4): Uint8Array {
    const out = new Uint8Array(RAS_CONNECTION_4_SIZE);
    writeLayout(RAS_CONNECTION_4_BASE, v, out, 0);
    const p = v.ProjectionInfo;
    const arm = projectionArm(p.projectionInfoType);
    out[PROJECTION_AT] = p.projectionInfoType;
    writeLayout(
      arm.layout,
      (p as unknown as Record<string, object>)[arm.member] as object,
      out,
      PROJECTION_UNION_AT,
    );
    return out;
  },
  decode(b: Uint8Array, offset = 0): RasConnection4 {
    need(b, offset, RAS_CONNECTION_4_SIZE, 'RAS_CONNECTION_4_IDL');
    const base = readLayout(RAS_CONNECTION_4_BASE, b, offset) as Omit<RasConnection4, 'ProjectionInfo'>;
    const type = b[offset + PROJECTION_AT];
    const arm = projectionArm(type, offset + PROJECTION_AT);
    const ProjectionInfo = {
      projectionInfoType: type,
      [arm.member]: readLayout(arm.layout, b, offset + PROJECTION_UNION_AT),
    } as ProjectionInfo2;
    return { ...base, ProjectionInfo };
  },
};

/** Exposed for the layout self-check test: the union slot's position and size. */
export const RAS_CONNECTION_4_PROJECTION = {
  offset: PROJECTION_AT,
  unionOffset: PROJECTION_UNION_AT,
  size: PROJECTION_SIZE,
  typeKind: U8,
} as const;

export const rasiConnection0Codec = fixedCodec(RASI_CONNECTION_0_LAYOUT);
export const rasiConnection1Codec = fixedCodec(RASI_CONNECTION_1_LAYOUT);
export const rasiConnection2Codec = fixedCodec(RASI_CONNECTION_2_LAYOUT);
export const rasiConnection3Codec = fixedCodec(RASI_CONNECTION_3_LAYOUT);
export const RASI_CONNECTION_0_SIZE = RASI_CONNECTION_0_LAYOUT.size;
export const RASI_CONNECTION_1_SIZE = RASI_CONNECTION_1_LAYOUT.size;
export const RASI_CONNECTION_2_SIZE = RASI_CONNECTION_2_LAYOUT.size;
export const RASI_CONNECTION_3_SIZE = RASI_CONNECTION_3_LAYOUT.size;

export const { encode: encodeRasiConnection0, decode: decodeRasiConnection0 } =
  codecFunctions(rasiConnection0Codec);
export const { encode: encodeRasiConnection1, decode: decodeRasiConnection1 } =
  codecFunctions(rasiConnection1Codec);
export const { encode: encodeRasiConnection2, decode: decodeRasiConnection2 } =
  codecFunctions(rasiConnection2Codec);
export const { encode: encodeRasiConnection3, decode: decodeRasiConnection3 } =
  codecFunctions(rasiConnection3Codec);
export const { encode: encodeRasConnection4, decode: decodeRasConnection4 } =
  codecFunctions(rasConnection4Codec);
