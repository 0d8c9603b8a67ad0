/**
 * RasRpcSubmitRequest (MS-RRASM 3.3.4.5): one RequestBuffer in, the same buffer back. The quirk
 * that shapes this file: a request the server will not process still answers ERROR_SUCCESS, and
 * the real outcome travels in the request type's own `retcode` field inside RB_Buffer. Only the
 * RPC-level return value is a DWORD the runtime sees; everything else is a blob rewrite.
 */
import { RrasStatus, Win32 } from '../../errors/status.js';
import type { RrasBackend } from '../backend.js';
import {
  DEVICE_CONFIG_INFO_HEADER_SIZE,
  GET_DEV_CONFIG_HEADER_SIZE,
  GET_NDISWAN_DRIVER_CAPS_SIZE,
  GET_SET_CALLED_ID_RCI_OFFSET,
  INFO_SIZE,
  RAS_DEVICE_INFO_SIZE,
  REQUEST_BUFFER_HEADER_SIZE,
  REQUEST_BUFFER_MIN_SIZE,
  RasmanDisconnectType,
  RasmanState,
  RasmanStatus,
  ReqTypes,
  decodeDeviceConfigInfo,
  decodeGetDevConfig,
  decodeGetSetCalledId,
  decodeRasmanEnum,
  decodeRequestBuffer,
  encodeDeviceConfigInfo,
  encodeGetDevConfig,
  encodeGetNdiswanDriverCaps,
  encodeGetSetCalledId,
  encodeRasmanEnum,
  encodeRasmanGetInfo,
  encodeRequestBuffer,
  ENUM_HEADER_SIZE,
  pointerSizeOf,
  DEFAULT_BLOB_LIMITS,
  type BlobLimits,
  type RasDeviceInfo,
  type RasmanInfo,
  type RasmanPort32,
  type RequestBuffer,
} from '../blobs/index.js';
import { RrasBlobError } from '../blobs/errors.js';
import { isRrasError } from '../model/errors.js';
import type { RasDevice, RasPort } from '../model/types.js';

/** The ReqTypes values this server handles; anything else is "greater than maximum ReqTypes". */
const KNOWN_REQTYPES: ReadonlySet<number> = new Set(Object.values(ReqTypes));

/** Windows writes CHAR fields in the ANSI code page; ours are ASCII names, so clip to 7 bits. */
const ascii = (s: string): string => s.replace(/[^\x20-\x7e]/g, '?');

export interface SubmitOutcome {
  /** The buffer to send back (same length as the client's), or the client's own when untouched. */
  readonly buffer: Uint8Array | null;
  readonly ret: number;
}

/**
 * Runs one RasRpcSubmitRequest after the administrators check. `buffer` is the client's
 * pReqBuffer (already bounded by the NDR decoder and the runtime's stub limit).
 */
export async function submitRequest(
  backend: RrasBackend,
  buffer: Uint8Array | null,
  dwcbBufSize: number,
): Promise<SubmitOutcome> {
  // 3.3.4.5 "without any further processing": a short, absent or unknown request is a no-op.
  if (!buffer || dwcbBufSize < REQUEST_BUFFER_MIN_SIZE || buffer.length < REQUEST_BUFFER_MIN_SIZE)
    return { buffer, ret: Win32.ERROR_SUCCESS };
  const req = decodeRequestBuffer(buffer, limitsFor(buffer));
  if (!KNOWN_REQTYPES.has(req.RB_Reqtype)) return { buffer, ret: Win32.ERROR_SUCCESS };
  const payload = await answer(backend, req, buffer.length - REQUEST_BUFFER_HEADER_SIZE);
  return {
    buffer: encodeRequestBuffer({ ...req, RB_Buffer: payload }, buffer.length),
    ret: Win32.ERROR_SUCCESS,
  };
}

/** The whole client buffer may be decoded (it is already in memory and bounded by the runtime). */
function limitsFor(buffer: Uint8Array): BlobLimits {
  return { ...DEFAULT_BLOB_LIMITS, maxBytes: Math.max(buffer.length, 1) };
}

/** Only the leading retcode DWORD changes: the rest of the client's payload goes back as sent. */
function withRetcode(payload: Uint8Array, retcode: number): Uint8Array {
  const out = payload.slice();
  new DataView(out.buffer, out.byteOffset, out.byteLength).setUint32(0, retcode >>> 0, true);
  return out;
}

/**
 * A malformed payload or a refused change is still an ERROR_SUCCESS answer (the method "MUST NOT
 * throw any other exception"): the request type's retcode carries E_INVALIDARG or RRAS's status.
 */
async function answer(backend: RrasBackend, req: RequestBuffer, room: number): Promise<Uint8Array> {
  try {
    return await answerRequest(backend, req, room);
  } catch (err) {
    if (err instanceof RrasBlobError) return withRetcode(req.RB_Buffer, RrasStatus.E_INVALIDARG);
    if (isRrasError(err)) return withRetcode(req.RB_Buffer, err.status);
    throw err;
  }
}

async function answerRequest(backend: RrasBackend, req: RequestBuffer, room: number): Promise<Uint8Array> {
  const p = req.RB_Buffer;
  const invalidArg = (): Uint8Array => withRetcode(p, RrasStatus.E_INVALIDARG);
  switch (req.RB_Reqtype) {
    case ReqTypes.REQTYPE_PORTENUM: {
      const asked = decodeRasmanEnum(p, limitsFor(p));
      if (room < ENUM_HEADER_SIZE + (asked.size ?? 0)) return invalidArg();
      const ports = await backend.ports();
      const devices = await deviceMap(backend);
      const out = encodeRasmanEnum(
        { retcode: Win32.ERROR_SUCCESS, ports: ports.map((x) => toRasmanPort(x, devices)) },
        asked.size ?? 0,
      );
      return out.length <= room ? out : invalidArg();
    }
    case ReqTypes.REQTYPE_GETINFO: {
      const width = pointerSizeOf(req.RB_Dummy);
      if (room < INFO_SIZE[width]) return invalidArg();
      let port: RasPort;
      try {
        port = await backend.port(req.RB_PCBIndex);
      } catch (err) {
        return withRetcode(p, failure(err, RrasStatus.ERROR_PORT_NOT_FOUND));
      }
      const devices = await deviceMap(backend);
      return encodeRasmanGetInfo({ retcode: Win32.ERROR_SUCCESS, info: toRasmanInfo(port, devices) }, width);
    }
    case ReqTypes.REQTYPE_GETDEVICECONFIGINFO: {
      if (p.length < DEVICE_CONFIG_INFO_HEADER_SIZE) return invalidArg();
      const asked = decodeDeviceConfigInfo(p, limitsFor(p));
      if (room < DEVICE_CONFIG_INFO_HEADER_SIZE + (asked.cbBuffer ?? 0)) return invalidArg();
      const info = await backend.rasRpcInfo();
      if (asked.dwVersion !== info.version) return withRetcode(p, Win32.ERROR_NOT_SUPPORTED);
      const devices = await backend.devices();
      return encodeDeviceConfigInfo(
        {
          retcode: Win32.ERROR_SUCCESS,
          dwVersion: info.version,
          devices: devices.map((d) => toRasDeviceInfo(d, info.version)),
        },
        asked.cbBuffer ?? 0,
      );
    }
    case ReqTypes.REQTYPE_SETDEVICECONFIGINFO:
      return setDeviceConfigInfo(backend, p, room);
    case ReqTypes.REQTYPE_GETCALLEDID:
    case ReqTypes.REQTYPE_SETCALLEDID:
      return calledId(backend, req.RB_Reqtype === ReqTypes.REQTYPE_SETCALLEDID, p, room);
    case ReqTypes.REQTYPE_GETNDISWANDRIVERCAPS: {
      if (room < GET_NDISWAN_DRIVER_CAPS_SIZE) return invalidArg();
      const info = await backend.rasRpcInfo();
      return encodeGetNdiswanDriverCaps({
        retcode: Win32.ERROR_SUCCESS,
        NdiswanDriverInfo: { DriverCaps: info.ndiswanDriverCaps, Reserved: 0 },
      });
    }
    case ReqTypes.REQTYPE_GETDEVCONFIG:
      return devConfig(backend, req.RB_PCBIndex, p, room);
    default:
      return p;
  }
}

function failure(err: unknown, fallback: number): number {
  if (isRrasError(err)) return fallback;
  throw err;
}

async function deviceMap(backend: RrasBackend): Promise<Map<string, RasDevice>> {
  return new Map((await backend.devices()).map((d) => [d.guid, d]));
}

function toRasmanPort(port: RasPort, devices: Map<string, RasDevice>): RasmanPort32 {
  return {
    P_Port: port.id,
    P_PortName: ascii(port.name),
    P_Status: RasmanStatus.OPEN,
    P_rdtDeviceType: devices.get(port.deviceGuid)?.rasDeviceType ?? 0,
    P_ConfiguredUsage: port.configuredUsage,
    P_CurrentUsage: port.currentUsage,
    P_MediaName: ascii(port.mediaName),
    P_DeviceType: ascii(port.deviceType),
    P_DeviceName: ascii(port.deviceName),
    P_LineDeviceId: port.lineDeviceId,
    P_AddressId: port.addressId,
  };
}

const NIL_GUID = '00000000-0000-0000-0000-000000000000';

function toRasmanInfo(port: RasPort, devices: Map<string, RasDevice>): RasmanInfo {
  const connected = port.connectionId !== 0;
  return {
    RI_PortStatus: RasmanStatus.OPEN,
    RI_ConnState: connected ? RasmanState.CONNECTED : RasmanState.LISTENING,
    RI_LinkSpeed: port.lineSpeed,
    RI_LastError: 0,
    RI_CurrentUsage: port.currentUsage,
    RI_DeviceTypeConnecting: connected ? ascii(port.deviceType) : '',
    RI_DeviceConnecting: connected ? ascii(port.deviceName) : '',
    RI_szDeviceType: ascii(port.deviceType),
    RI_szDeviceName: ascii(port.deviceName),
    RI_szPortName: ascii(port.name),
    RI_DisconnectType: connected
      ? RasmanDisconnectType.NOT_DISCONNECTED
      : RasmanDisconnectType.USER_REQUESTED,
    RI_OwnershipFlag: 0,
    RI_ConnectDuration: port.connectDuration * 1000,
    RI_BytesReceived: port.stats.bytesRcved >>> 0,
    RI_Phonebook: '',
    RI_PhoneEntry: '',
    RI_ConnectionHandle: port.connectionId,
    RI_SubEntry: 0,
    RI_rdtDeviceType: devices.get(port.deviceGuid)?.rasDeviceType ?? 0,
    RI_GuidEntry: NIL_GUID,
    RI_dwSessionId: 0,
    RI_dwFlags: 0,
    RI_CorrelationGuid: NIL_GUID,
  };
}

export function toRasDeviceInfo(d: RasDevice, version: number): RasDeviceInfo {
  return {
    dwVersion: version,
    fWrite: false,
    fRasEnabled: d.rasEnabled,
    fRouterEnabled: d.routerEnabled,
    fRouterOutboundEnabled: d.routerOutboundEnabled,
    dwTapiLineId: d.tapiLineId,
    dwError: 0,
    dwNumEndPoints: d.numEndPoints,
    dwMaxOutCalls: d.maxOutCalls,
    dwMaxInCalls: d.maxInCalls,
    dwMinWanEndPoints: d.minWanEndPoints,
    dwMaxWanEndPoints: d.maxWanEndPoints,
    eDeviceType: d.rasDeviceType,
    guidDevice: d.guid,
    szPortName: '',
    szDeviceName: ascii(d.name),
    wszDeviceName: d.name,
  };
}

async function setDeviceConfigInfo(backend: RrasBackend, p: Uint8Array, room: number): Promise<Uint8Array> {
  if (p.length < DEVICE_CONFIG_INFO_HEADER_SIZE) return withRetcode(p, RrasStatus.E_INVALIDARG);
  const asked = decodeDeviceConfigInfo(p, limitsFor(p));
  const cbBuffer = asked.cbBuffer ?? 0;
  if (room < DEVICE_CONFIG_INFO_HEADER_SIZE + cbBuffer) return withRetcode(p, RrasStatus.E_INVALIDARG);
  if (cbBuffer < (asked.cEntries ?? 0) * RAS_DEVICE_INFO_SIZE)
    return withRetcode(p, Win32.ERROR_INVALID_PARAMETER);
  let retcode: number = Win32.ERROR_SUCCESS;
  const results: RasDeviceInfo[] = [];
  for (const d of asked.devices) {
    if (!d.fWrite) {
      results.push(d);
      continue;
    }
    try {
      const max = (await backend.device(d.guidDevice)).maxWanEndPoints;
      // "more than the maximum supported value … MUST be set to the maximum supported value".
      const numEndPoints = Math.min(d.dwNumEndPoints, max);
      await backend.setDevice(d.guidDevice, {
        rasEnabled: d.fRasEnabled,
        routerEnabled: d.fRouterEnabled,
        routerOutboundEnabled: d.fRouterOutboundEnabled,
        numEndPoints,
        maxInCalls: d.dwMaxInCalls,
        maxOutCalls: d.dwMaxOutCalls,
      });
      results.push({ ...d, dwNumEndPoints: numEndPoints, dwError: 0 });
    } catch (err) {
      if (!isRrasError(err)) throw err;
      if (err.status === RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST) {
        results.push({ ...d, dwError: RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST });
      } else {
        results.push({ ...d, dwError: err.status });
        retcode = RrasStatus.ERROR_CAN_NOT_COMPLETE;
      }
    }
  }
  const out = encodeDeviceConfigInfo({
    retcode,
    dwVersion: asked.dwVersion,
    cbBuffer,
    cEntries: asked.cEntries ?? results.length,
    devices: results,
  });
  return out.length <= room ? out : withRetcode(p, retcode);
}

/** RAS_CALLEDID_INFO carries a multi-sz of UTF-16 called-station ids. */
function calledIdsToBytes(ids: readonly string[]): Uint8Array {
  const text = ids.map((s) => `${s}\0`).join('') + '\0';
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

function bytesToCalledIds(b: Uint8Array): string[] {
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength & ~1).toString('utf16le');
  return text.split('\0').filter((s) => s.length > 0);
}

async function calledId(
  backend: RrasBackend,
  write: boolean,
  p: Uint8Array,
  room: number,
): Promise<Uint8Array> {
  if (p.length < GET_SET_CALLED_ID_RCI_OFFSET + 4) return withRetcode(p, RrasStatus.E_INVALIDARG);
  const asked = decodeGetSetCalledId(p, limitsFor(p));
  const dwSize = asked.dwSize ?? 0;
  if (room < GET_SET_CALLED_ID_RCI_OFFSET + dwSize) return withRetcode(p, RrasStatus.E_INVALIDARG);
  let device: RasDevice;
  try {
    device = await backend.device(asked.guidDevice);
  } catch (err) {
    return withRetcode(p, failure(err, RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST));
  }
  const version = (await backend.rasRpcInfo()).version;
  if (write) {
    await backend.setDeviceCalledIds(device.guid, bytesToCalledIds(asked.rciInfo.bCalledId));
    return withRetcode(p, Win32.ERROR_SUCCESS);
  }
  const data = calledIdsToBytes(device.calledIds);
  const needed = 4 + data.length;
  // Too little room: only dwSize says how much is needed, rciInfo stays as it was.
  const fits = dwSize >= needed && GET_SET_CALLED_ID_RCI_OFFSET + needed <= room;
  const out = encodeGetSetCalledId({
    retcode: Win32.ERROR_SUCCESS,
    fWrite: false,
    dwSize: needed,
    guidDevice: device.guid,
    rdi: toRasDeviceInfo(device, version),
    rciInfo: { bCalledId: fits ? data : new Uint8Array(0) },
  });
  return out;
}

async function devConfig(
  backend: RrasBackend,
  portId: number,
  p: Uint8Array,
  room: number,
): Promise<Uint8Array> {
  if (p.length < GET_DEV_CONFIG_HEADER_SIZE) return withRetcode(p, RrasStatus.E_INVALIDARG);
  const size = new DataView(p.buffer, p.byteOffset, p.byteLength).getUint32(24, true);
  if (room < GET_DEV_CONFIG_HEADER_SIZE + size) return withRetcode(p, RrasStatus.E_INVALIDARG);
  const asked = decodeGetDevConfig(p, limitsFor(p));
  let port: RasPort;
  try {
    port = await backend.port(portId);
  } catch (err) {
    return withRetcode(p, failure(err, RrasStatus.ERROR_PORT_NOT_FOUND));
  }
  const devices = await backend.devices();
  const wanted = asked.devicetype.toLowerCase();
  if (!devices.some((d) => d.deviceType.toLowerCase() === wanted || d.kind === wanted))
    return withRetcode(p, RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST);
  const base = { devicetype: asked.devicetype };
  if (port.kind !== 'modem')
    return encodeGetDevConfig({ ...base, retcode: Win32.ERROR_SUCCESS, config: new Uint8Array(0) });
  const config = devices.find((d) => d.guid === port.deviceGuid)?.devConfig ?? new Uint8Array(0);
  if (config.length > size) {
    const out = withRetcode(p, RrasStatus.ERROR_BUFFER_TOO_SMALL);
    new DataView(out.buffer, out.byteOffset, out.byteLength).setUint32(24, config.length, true);
    return out;
  }
  return encodeGetDevConfig({ ...base, retcode: Win32.ERROR_SUCCESS, config });
}
