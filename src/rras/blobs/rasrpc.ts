/**
 * RASRPC RasRpcSubmitRequest buffers (3.3.4.5): the RequestBuffer envelope (2.2.1.2.217) and the
 * payloads its RB_Buffer holds per ReqTypes (2.2.1.2.218-228). C layouts, little-endian.
 * RASMAN_INFO contains a HANDLE, so it and the Info wrapper have a 32-bit and a 64-bit form; the
 * client announces its pointer width in RB_Dummy ("SHOULD be set to the size of the ULONG_PTR on
 * the client"), and `pointerSizeOf` turns that into the layout to use.
 */
import { RrasBlobError } from './errors.js';
import {
  BOOL,
  DEFAULT_BLOB_LIMITS,
  GUID,
  U32,
  U64,
  char,
  decodeArray,
  encodeArray,
  fixedCodec,
  need,
  readLayout,
  readU32,
  writeChar,
  writeLayout,
  writeU32,
  readChar,
  type FieldSpec,
  type Layout,
} from './layout.js';
import type {
  BlobLimits,
  DeviceConfigInfo,
  FixedBlobCodec,
  GetDevConfigStruct,
  GetNdiswanDriverCapsStruct,
  GetSetCalledId,
  PointerSize,
  RasDeviceInfo,
  RasmanEnum,
  RasmanGetInfo,
  RasmanInfo,
  RasmanPort32,
  RequestBuffer,
} from './types.js';
import { wchar } from './layout.js';

/** ReqTypes (2.2.1.1.18). */
export const ReqTypes = {
  REQTYPE_PORTENUM: 21,
  REQTYPE_GETINFO: 22,
  REQTYPE_GETDEVCONFIG: 73,
  REQTYPE_SETDEVICECONFIGINFO: 94,
  REQTYPE_GETDEVICECONFIGINFO: 95,
  REQTYPE_GETCALLEDID: 105,
  REQTYPE_SETCALLEDID: 106,
  REQTYPE_GETNDISWANDRIVERCAPS: 111,
} as const;

/** RASDEVICETYPE (2.2.1.1.16) and RASMAN_USAGE (2.2.1.1.21): the model's tables, under the blob surface. */
export { RasDeviceType, RasmanUsage } from '../model/types.js';

/** RASMAN_STATUS, RASMAN_STATE, RASMAN_DISCONNECT_TYPE (2.2.1.1.17-20). */
export const RasmanStatus = { OPEN: 0, CLOSED: 1, UNAVAILABLE: 2, REMOVED: 3 } as const;
export const RasmanState = {
  CONNECTING: 0,
  LISTENING: 1,
  CONNECTED: 2,
  DISCONNECTING: 3,
  DISCONNECTED: 4,
  LISTENCOMPLETED: 5,
} as const;
export const RasmanDisconnectType = {
  USER_REQUESTED: 0,
  REMOTE_DISCONNECTION: 1,
  HARDWARE_FAILURE: 2,
  NOT_DISCONNECTED: 3,
} as const;

// ---------------------------------------------------------------------------------------------
// RequestBuffer

/** RB_Buffer's offset: four DWORDs then the 8-byte Alignment member. */
export const REQUEST_BUFFER_HEADER_SIZE = 24;

/**
 * The reply goes back in the client's own buffer ([in, out, size_is(dwcbBufSize)]), so `capacity`
 * pads the result to exactly dwcbBufSize; a payload that does not fit is a bug in the caller.
 */
export function encodeRequestBuffer(v: RequestBuffer, capacity?: number): Uint8Array {
  const S = 'RequestBuffer';
  const length = REQUEST_BUFFER_HEADER_SIZE + v.RB_Buffer.length;
  if (capacity !== undefined && length > capacity) {
    throw new RrasBlobError('invalid', S, `${length} bytes do not fit the client's ${capacity}`, 'RB_Buffer');
  }
  const out = new Uint8Array(capacity ?? length);
  writeU32(out, 0, v.RB_PCBIndex, S, 'RB_PCBIndex');
  writeU32(out, 4, v.RB_Reqtype, S, 'RB_Reqtype');
  writeU32(out, 8, v.RB_Dummy, S, 'RB_Dummy');
  writeU32(out, 12, v.RB_Done, S, 'RB_Done');
  out.set(v.RB_Buffer, REQUEST_BUFFER_HEADER_SIZE);
  return out;
}

export function decodeRequestBuffer(b: Uint8Array, limits: BlobLimits = DEFAULT_BLOB_LIMITS): RequestBuffer {
  need(b, 0, REQUEST_BUFFER_HEADER_SIZE, 'RequestBuffer');
  if (b.length > limits.maxBytes) throw new RrasBlobError('limit', 'RequestBuffer', `${b.length} bytes`);
  return {
    RB_PCBIndex: readU32(b, 0),
    RB_Reqtype: readU32(b, 4),
    RB_Dummy: readU32(b, 8),
    RB_Done: readU32(b, 12),
    RB_Buffer: b.slice(REQUEST_BUFFER_HEADER_SIZE),
  };
}

/**
 * 3.3.4.5: a dwcbBufSize below "size of RequestBuffer + 5000" is answered with ERROR_SUCCESS and
 * no processing. sizeof(RequestBuffer) in C is 32 (24-byte header, RB_Buffer[1], padded to the
 * 8-byte alignment of its LONGLONG member).
 */
export const REQUEST_BUFFER_SIZEOF = 32;
export const REQUEST_BUFFER_MIN_EXTRA = 5000;
export const REQUEST_BUFFER_MIN_SIZE = REQUEST_BUFFER_SIZEOF + REQUEST_BUFFER_MIN_EXTRA;

/** RB_Dummy → pointer width; anything but 4 (a 32-bit client) is treated as 8, today's default. */
export const pointerSizeOf = (rbDummy: number): PointerSize => (rbDummy === 4 ? 4 : 8);

// ---------------------------------------------------------------------------------------------
// Arrays sized by the client's room, and DWORD-sized byte runs

/** A 3.3.4.5 reply copies only the structures that fit the room the client offered. */
function fittingItems<T>(items: readonly T[], capacity: number | undefined, size: number): readonly T[] {
  return capacity === undefined ? items : items.slice(0, Math.floor(capacity / size));
}

/**
 * The structures actually present after a header: min(count, room / size, bytes left / size), so
 * a reply cut short by the client's room, or a request announcing room, decodes without error.
 */
function decodePresentItems<T>(
  codec: FixedBlobCodec<T>,
  b: Uint8Array,
  headerSize: number,
  count: number,
  room: number,
  limits: BlobLimits,
): T[] {
  const present = Math.min(
    count,
    Math.floor(room / codec.size),
    Math.floor((b.length - headerSize) / codec.size),
  );
  return decodeArray(codec, b, present, limits, headerSize);
}

/** The `size` bytes at `at` that a DWORD size field announced: bounded by the limit, then the buffer. */
function sliceSized(
  b: Uint8Array,
  at: number,
  size: number,
  limits: BlobLimits,
  structure: string,
  sizeField: string,
  dataField: string,
): Uint8Array {
  if (size > limits.maxBytes) throw new RrasBlobError('limit', structure, `${sizeField} ${size}`, sizeField);
  need(b, at, size, structure, dataField);
  return b.slice(at, at + size);
}

// ---------------------------------------------------------------------------------------------
// RAS_DEVICE_INFO and DeviceConfigInfo

export const RAS_DEVICE_INFO_LAYOUT: Layout<RasDeviceInfo> = {
  name: 'RAS_DEVICE_INFO',
  size: 472,
  fields: [
    { field: 'dwVersion', offset: 0, kind: U32 },
    { field: 'fWrite', offset: 4, kind: BOOL },
    { field: 'fRasEnabled', offset: 8, kind: BOOL },
    { field: 'fRouterEnabled', offset: 12, kind: BOOL },
    { field: 'fRouterOutboundEnabled', offset: 16, kind: BOOL },
    { field: 'dwTapiLineId', offset: 20, kind: U32 },
    { field: 'dwError', offset: 24, kind: U32 },
    { field: 'dwNumEndPoints', offset: 28, kind: U32 },
    { field: 'dwMaxOutCalls', offset: 32, kind: U32 },
    { field: 'dwMaxInCalls', offset: 36, kind: U32 },
    { field: 'dwMinWanEndPoints', offset: 40, kind: U32 },
    { field: 'dwMaxWanEndPoints', offset: 44, kind: U32 },
    { field: 'eDeviceType', offset: 48, kind: U32 },
    { field: 'guidDevice', offset: 52, kind: GUID }, // 52..68
    { field: 'szPortName', offset: 68, kind: char(17) }, // 68..85
    { field: 'szDeviceName', offset: 85, kind: char(129) }, // 85..214
    { field: 'wszDeviceName', offset: 214, kind: wchar(129) }, // 214..472 (the spec: "rdi (472 bytes)")
  ],
};

export const rasDeviceInfoCodec = fixedCodec(RAS_DEVICE_INFO_LAYOUT);
export const RAS_DEVICE_INFO_SIZE = RAS_DEVICE_INFO_LAYOUT.size;
export const DEVICE_CONFIG_INFO_HEADER_SIZE = 16;

/**
 * With `capacity` (the client's cbBuffer) this writes a REQTYPE_GETDEVICECONFIGINFO reply as
 * 3.3.4.5 describes it: only the devices that fit are copied, cEntries counts all of them and
 * cbBuffer is the room all of them need.
 */
export function encodeDeviceConfigInfo(v: DeviceConfigInfo, capacity?: number): Uint8Array {
  const S = 'DeviceConfigInfo';
  const devices = encodeArray(rasDeviceInfoCodec, fittingItems(v.devices, capacity, RAS_DEVICE_INFO_SIZE));
  const out = new Uint8Array(DEVICE_CONFIG_INFO_HEADER_SIZE + devices.length);
  const cbBuffer =
    capacity === undefined ? (v.cbBuffer ?? devices.length) : v.devices.length * RAS_DEVICE_INFO_SIZE;
  writeU32(out, 0, v.retcode, S, 'retcode');
  writeU32(out, 4, v.dwVersion, S, 'dwVersion');
  writeU32(out, 8, cbBuffer, S, 'cbBuffer');
  writeU32(out, 12, v.cEntries ?? v.devices.length, S, 'cEntries');
  out.set(devices, DEVICE_CONFIG_INFO_HEADER_SIZE);
  return out;
}

/** Reads the header and the devices present; the caller compares `devices.length` with `cEntries`. */
export function decodeDeviceConfigInfo(
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): DeviceConfigInfo {
  need(b, 0, DEVICE_CONFIG_INFO_HEADER_SIZE, 'DeviceConfigInfo');
  const cbBuffer = readU32(b, 8);
  const cEntries = readU32(b, 12);
  return {
    retcode: readU32(b, 0),
    dwVersion: readU32(b, 4),
    cbBuffer,
    cEntries,
    devices: decodePresentItems(
      rasDeviceInfoCodec,
      b,
      DEVICE_CONFIG_INFO_HEADER_SIZE,
      cEntries,
      cbBuffer,
      limits,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// GetSetCalledId / RAS_CALLEDID_INFO

const CALLED_ID_HEAD: Layout<object> = {
  name: 'GetSetCalledId',
  size: 500,
  fields: [
    { field: 'retcode', offset: 0, kind: U32 },
    { field: 'fWrite', offset: 4, kind: BOOL },
    { field: 'dwSize', offset: 8, kind: U32 },
    { field: 'guidDevice', offset: 12, kind: GUID },
    { field: 'rdi', offset: 28, kind: { t: 'struct', layout: RAS_DEVICE_INFO_LAYOUT as Layout<object> } },
  ],
};
/**
 * rciInfo's offset: 28 + sizeof(RAS_DEVICE_INFO). The outer dwSize counts RAS_CALLEDID_INFO with
 * its data; this codec uses 4 + data bytes (the packed size) when the caller gives none.
 */
export const GET_SET_CALLED_ID_RCI_OFFSET = 500;

export function encodeGetSetCalledId(v: GetSetCalledId): Uint8Array {
  const id = v.rciInfo.bCalledId;
  const out = new Uint8Array(GET_SET_CALLED_ID_RCI_OFFSET + 4 + id.length);
  writeLayout(CALLED_ID_HEAD, { ...v, dwSize: v.dwSize ?? 4 + id.length }, out, 0);
  writeU32(out, GET_SET_CALLED_ID_RCI_OFFSET, id.length, 'RAS_CALLEDID_INFO', 'dwSize');
  out.set(id, GET_SET_CALLED_ID_RCI_OFFSET + 4);
  return out;
}

export function decodeGetSetCalledId(
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): GetSetCalledId {
  need(b, 0, GET_SET_CALLED_ID_RCI_OFFSET + 4, 'GetSetCalledId');
  const head = readLayout(CALLED_ID_HEAD, b, 0) as Omit<GetSetCalledId, 'rciInfo'>;
  const n = readU32(b, GET_SET_CALLED_ID_RCI_OFFSET);
  const at = GET_SET_CALLED_ID_RCI_OFFSET + 4;
  return {
    ...head,
    rciInfo: { bCalledId: sliceSized(b, at, n, limits, 'RAS_CALLEDID_INFO', 'dwSize', 'bCalledId') },
  };
}

// ---------------------------------------------------------------------------------------------
// GetNdiswanDriverCapsStruct, GetDevConfigStruct

export const GET_NDISWAN_DRIVER_CAPS_SIZE = 12;

export function encodeGetNdiswanDriverCaps(v: GetNdiswanDriverCapsStruct): Uint8Array {
  const S = 'GetNdiswanDriverCapsStruct';
  const out = new Uint8Array(GET_NDISWAN_DRIVER_CAPS_SIZE);
  writeU32(out, 0, v.retcode, S, 'retcode');
  writeU32(out, 4, v.NdiswanDriverInfo.DriverCaps, S, 'DriverCaps');
  writeU32(out, 8, v.NdiswanDriverInfo.Reserved, S, 'Reserved');
  return out;
}

export function decodeGetNdiswanDriverCaps(b: Uint8Array): GetNdiswanDriverCapsStruct {
  need(b, 0, GET_NDISWAN_DRIVER_CAPS_SIZE, 'GetNdiswanDriverCapsStruct');
  return {
    retcode: readU32(b, 0),
    NdiswanDriverInfo: { DriverCaps: readU32(b, 4), Reserved: readU32(b, 8) },
  };
}

/** devicetype CHAR[17] at 4..21, then `size` aligned to 24 and `config` at 28. */
export const GET_DEV_CONFIG_HEADER_SIZE = 28;

export function encodeGetDevConfig(v: GetDevConfigStruct): Uint8Array {
  const S = 'GetDevConfigStruct';
  const out = new Uint8Array(GET_DEV_CONFIG_HEADER_SIZE + v.config.length);
  writeU32(out, 0, v.retcode, S, 'retcode');
  writeChar(out, 4, 17, v.devicetype, S, 'devicetype');
  writeU32(out, 24, v.config.length, S, 'size');
  out.set(v.config, GET_DEV_CONFIG_HEADER_SIZE);
  return out;
}

export function decodeGetDevConfig(
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): GetDevConfigStruct {
  const S = 'GetDevConfigStruct';
  need(b, 0, GET_DEV_CONFIG_HEADER_SIZE, S);
  const size = readU32(b, 24);
  return {
    retcode: readU32(b, 0),
    devicetype: readChar(b, 4, 17),
    config: sliceSized(b, GET_DEV_CONFIG_HEADER_SIZE, size, limits, S, 'size', 'config'),
  };
}

// ---------------------------------------------------------------------------------------------
// Enum / RASMAN_PORT_32

export const RASMAN_PORT_32_LAYOUT: Layout<RasmanPort32> = {
  name: 'RASMAN_PORT_32',
  size: 208,
  fields: [
    { field: 'P_Port', offset: 0, kind: U32 },
    { field: 'P_PortName', offset: 4, kind: char(16) }, // 4..20
    { field: 'P_Status', offset: 20, kind: U32 },
    { field: 'P_rdtDeviceType', offset: 24, kind: U32 },
    { field: 'P_ConfiguredUsage', offset: 28, kind: U32 },
    { field: 'P_CurrentUsage', offset: 32, kind: U32 },
    { field: 'P_MediaName', offset: 36, kind: char(16) }, // 36..52
    { field: 'P_DeviceType', offset: 52, kind: char(16) }, // 52..68
    { field: 'P_DeviceName', offset: 68, kind: char(129) }, // 68..197, 3 padding
    { field: 'P_LineDeviceId', offset: 200, kind: U32 },
    { field: 'P_AddressId', offset: 204, kind: U32 },
  ],
};

export const rasmanPort32Codec = fixedCodec(RASMAN_PORT_32_LAYOUT);
export const RASMAN_PORT_32_SIZE = RASMAN_PORT_32_LAYOUT.size;
export const ENUM_HEADER_SIZE = 12;

/**
 * With `capacity` (the client's Enum.size) this writes a REQTYPE_PORTENUM reply as 3.3.4.5 says:
 * the ports that fit are copied, `entries` counts all ports and `size` is the room all need.
 */
export function encodeRasmanEnum(v: RasmanEnum, capacity?: number): Uint8Array {
  const S = 'Enum';
  const ports = encodeArray(rasmanPort32Codec, fittingItems(v.ports, capacity, RASMAN_PORT_32_SIZE));
  const out = new Uint8Array(ENUM_HEADER_SIZE + ports.length);
  writeU32(out, 0, v.retcode, S, 'retcode');
  writeU32(out, 4, v.ports.length * RASMAN_PORT_32_SIZE, S, 'size');
  writeU32(out, 8, v.ports.length, S, 'entries');
  out.set(ports, ENUM_HEADER_SIZE);
  return out;
}

/**
 * Reads an Enum. A reply's `size` is the room all ports need, not what was copied, and the bytes
 * after the copied ports are the client's own padding, so decoding a reply needs `capacity`: the
 * Enum.size the client offered. Then `ports` holds exactly the ports the server sent
 * (min(entries, capacity / 208, bytes present / 208)) and `entries` the total; `ports.length <
 * entries` means the room ran out. Without `capacity`, `size` is taken as the room, which is right
 * for a request and for a reply that held every port.
 */
export function decodeRasmanEnum(
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
  capacity?: number,
): RasmanEnum {
  need(b, 0, ENUM_HEADER_SIZE, 'Enum');
  if (capacity !== undefined && !(Number.isSafeInteger(capacity) && capacity >= 0))
    throw new RrasBlobError('invalid', 'Enum', `capacity ${capacity}`, 'capacity');
  const size = readU32(b, 4);
  const entries = readU32(b, 8);
  return {
    retcode: readU32(b, 0),
    size,
    entries,
    ports: decodePresentItems(rasmanPort32Codec, b, ENUM_HEADER_SIZE, entries, capacity ?? size, limits),
  };
}

// ---------------------------------------------------------------------------------------------
// Info / RASMAN_INFO

const HANDLE64 = 'RI_ConnectionHandle$64';

function rasmanInfoFields(p: PointerSize): FieldSpec[] {
  const tail = p === 4 ? 868 : 872;
  return [
    { field: 'RI_PortStatus', offset: 0, kind: U32 },
    { field: 'RI_ConnState', offset: 4, kind: U32 },
    { field: 'RI_LinkSpeed', offset: 8, kind: U32 },
    { field: 'RI_LastError', offset: 12, kind: U32 },
    { field: 'RI_CurrentUsage', offset: 16, kind: U32 },
    { field: 'RI_DeviceTypeConnecting', offset: 20, kind: char(16) }, // 20..36
    { field: 'RI_DeviceConnecting', offset: 36, kind: char(129) }, // 36..165
    { field: 'RI_szDeviceType', offset: 165, kind: char(16) }, // 165..181
    { field: 'RI_szDeviceName', offset: 181, kind: char(129) }, // 181..310
    { field: 'RI_szPortName', offset: 310, kind: char(17) }, // 310..327, 1 padding
    { field: 'RI_DisconnectType', offset: 328, kind: U32 },
    { field: 'RI_OwnershipFlag', offset: 332, kind: U32 },
    { field: 'RI_ConnectDuration', offset: 336, kind: U32 },
    { field: 'RI_BytesReceived', offset: 340, kind: U32 },
    { field: 'RI_Phonebook', offset: 344, kind: char(261) }, // 344..605
    { field: 'RI_PhoneEntry', offset: 605, kind: char(257) }, // 605..862, 2 padding
    p === 4
      ? { field: 'RI_ConnectionHandle', offset: 864, kind: U32 }
      : { field: HANDLE64, offset: 864, kind: U64 },
    { field: 'RI_SubEntry', offset: tail, kind: U32 },
    { field: 'RI_rdtDeviceType', offset: tail + 4, kind: U32 },
    { field: 'RI_GuidEntry', offset: tail + 8, kind: GUID },
    { field: 'RI_dwSessionId', offset: tail + 24, kind: U32 },
    { field: 'RI_dwFlags', offset: tail + 28, kind: U32 },
    { field: 'RI_CorrelationGuid', offset: tail + 32, kind: GUID },
  ];
}

export const RASMAN_INFO_LAYOUTS: Record<PointerSize, Layout<object>> = {
  4: { name: 'RASMAN_INFO', size: 916, fields: rasmanInfoFields(4) },
  8: { name: 'RASMAN_INFO', size: 920, fields: rasmanInfoFields(8) }, // 868+..+916 → 920 (align 8)
};

/** Info: the retcode/HANDLE union is pointer-sized, RASMAN_INFO follows it. */
export const INFO_SIZE: Record<PointerSize, number> = { 4: 920, 8: 928 };

export function rasmanInfoCodec(p: PointerSize): FixedBlobCodec<RasmanInfo> {
  const L = RASMAN_INFO_LAYOUTS[p];
  return {
    name: L.name,
    size: L.size,
    encode(v: RasmanInfo): Uint8Array {
      const out = new Uint8Array(L.size);
      writeLayout(L, p === 4 ? v : { ...v, [HANDLE64]: BigInt(v.RI_ConnectionHandle) }, out, 0);
      return out;
    },
    decode(b: Uint8Array, offset = 0): RasmanInfo {
      need(b, offset, L.size, L.name);
      const raw = readLayout(L, b, offset) as Record<string, unknown>;
      if (p === 8) {
        raw.RI_ConnectionHandle = Number(BigInt.asUintN(32, raw[HANDLE64] as bigint));
        delete raw[HANDLE64];
      }
      return raw as unknown as RasmanInfo;
    },
  };
}

export function encodeRasmanGetInfo(v: RasmanGetInfo, p: PointerSize): Uint8Array {
  const out = new Uint8Array(INFO_SIZE[p]);
  writeU32(out, 0, v.retcode, 'Info', 'retcode');
  out.set(rasmanInfoCodec(p).encode(v.info), p);
  return out;
}

export function decodeRasmanGetInfo(b: Uint8Array, p: PointerSize): RasmanGetInfo {
  need(b, 0, INFO_SIZE[p], 'Info');
  return { retcode: readU32(b, 0), info: rasmanInfoCodec(p).decode(b, p) };
}
