/** RASI_PORT_0 / RASI_PORT_1 (2.2.1.2.75-76). */
import { U32, codecFunctions, fixedCodec, wchar, type FieldSpec, type Layout } from './layout.js';
import type { RasiPort0, RasiPort1 } from './types.js';

/** RAS_PORT_CONDITION (2.2.1.1.4). */
export const RasPortCondition = {
  RAS_PORT_NON_OPERATIONAL: 0,
  RAS_PORT_DISCONNECTED: 1,
  RAS_PORT_CALLING_BACK: 2,
  RAS_PORT_LISTENING: 3,
  RAS_PORT_AUTHENTICATING: 4,
  RAS_PORT_AUTHENTICATED: 5,
  RAS_PORT_INITIALIZING: 6,
} as const;

/** RAS_HARDWARE_CONDITION (2.2.1.1.5). */
export const RasHardwareCondition = { RAS_HARDWARE_OPERATIONAL: 0, RAS_HARDWARE_FAILURE: 1 } as const;

const COUNTER_NAMES = [
  'dwBytesXmited',
  'dwBytesRcved',
  'dwFramesXmited',
  'dwFramesRcved',
  'dwCrcErr',
  'dwTimeoutErr',
  'dwAlignmentErr',
  'dwHardwareOverrunErr',
  'dwFramingErr',
  'dwBufferOverrunErr',
  'dwCompressionRatioIn',
  'dwCompressionRatioOut',
] as const;

/** The twelve DWORD counters, consecutive from `base` (48 bytes). */
export function counterFields(base: number): FieldSpec[] {
  return COUNTER_NAMES.map((field, i) => ({ field, offset: base + i * 4, kind: U32 }));
}

export const RASI_PORT_0_LAYOUT: Layout<RasiPort0> = {
  name: 'RASI_PORT_0',
  size: 380,
  fields: [
    { field: 'dwPort', offset: 0, kind: U32 },
    { field: 'dwConnection', offset: 4, kind: U32 },
    { field: 'dwPortCondition', offset: 8, kind: U32 },
    { field: 'dwTotalNumberOfCalls', offset: 12, kind: U32 },
    { field: 'dwConnectDuration', offset: 16, kind: U32 },
    { field: 'wszPortName', offset: 20, kind: wchar(17) }, // 20..54
    { field: 'wszMediaName', offset: 54, kind: wchar(17) }, // 54..88
    { field: 'wszDeviceName', offset: 88, kind: wchar(129) }, // 88..346
    { field: 'wszDeviceType', offset: 346, kind: wchar(17) }, // 346..380
  ],
};

export const RASI_PORT_1_LAYOUT: Layout<RasiPort1> = {
  name: 'RASI_PORT_1',
  size: 64,
  fields: [
    { field: 'dwPort', offset: 0, kind: U32 },
    { field: 'dwConnection', offset: 4, kind: U32 },
    { field: 'dwHardwareCondition', offset: 8, kind: U32 },
    { field: 'dwLineSpeed', offset: 12, kind: U32 },
    ...counterFields(16),
  ],
};

export const rasiPort0Codec = fixedCodec(RASI_PORT_0_LAYOUT);
export const rasiPort1Codec = fixedCodec(RASI_PORT_1_LAYOUT);
export const RASI_PORT_0_SIZE = RASI_PORT_0_LAYOUT.size;
export const RASI_PORT_1_SIZE = RASI_PORT_1_LAYOUT.size;

export const { encode: encodeRasiPort0, decode: decodeRasiPort0 } = codecFunctions(rasiPort0Codec);
export const { encode: encodeRasiPort1, decode: decodeRasiPort1 } = codecFunctions(rasiPort1Codec);
