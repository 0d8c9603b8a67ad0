/** MPR_SERVER_0/1/2 (2.2.1.2.61-63): all DWORD/BOOL, no padding. */
import { BOOL, U32, fixedCodec, type Layout } from './layout.js';
import type { MprServer0, MprServer1, MprServer2 } from './types.js';

/** MPR_ENABLE_RAS_ON_DEVICE / MPR_ENABLE_ROUTING_ON_DEVICE (2.2.1.2.62). */
export const MprPortFlags = {
  MPR_ENABLE_RAS_ON_DEVICE: 0x1,
  MPR_ENABLE_ROUTING_ON_DEVICE: 0x2,
} as const;

export const MPR_SERVER_0_LAYOUT: Layout<MprServer0> = {
  name: 'MPR_SERVER_0',
  size: 16,
  fields: [
    { field: 'fLanOnlyMode', offset: 0, kind: BOOL },
    { field: 'dwUpTime', offset: 4, kind: U32 },
    { field: 'dwTotalPorts', offset: 8, kind: U32 },
    { field: 'dwPortsInUse', offset: 12, kind: U32 },
  ],
};

export const MPR_SERVER_1_LAYOUT: Layout<MprServer1> = {
  name: 'MPR_SERVER_1',
  size: 16,
  fields: [
    { field: 'dwNumPptpPorts', offset: 0, kind: U32 },
    { field: 'dwPptpPortFlags', offset: 4, kind: U32 },
    { field: 'dwNumL2tpPorts', offset: 8, kind: U32 },
    { field: 'dwL2tpPortFlags', offset: 12, kind: U32 },
  ],
};

export const MPR_SERVER_2_LAYOUT: Layout<MprServer2> = {
  name: 'MPR_SERVER_2',
  size: 24,
  fields: [
    ...MPR_SERVER_1_LAYOUT.fields,
    { field: 'dwNumSstpPorts', offset: 16, kind: U32 },
    { field: 'dwSstpPortFlags', offset: 20, kind: U32 },
  ],
};

export const mprServer0Codec = fixedCodec(MPR_SERVER_0_LAYOUT);
export const mprServer1Codec = fixedCodec(MPR_SERVER_1_LAYOUT);
export const mprServer2Codec = fixedCodec(MPR_SERVER_2_LAYOUT);
export const MPR_SERVER_0_SIZE = MPR_SERVER_0_LAYOUT.size;
export const MPR_SERVER_1_SIZE = MPR_SERVER_1_LAYOUT.size;
export const MPR_SERVER_2_SIZE = MPR_SERVER_2_LAYOUT.size;

export const encodeMprServer0 = (v: MprServer0): Uint8Array => mprServer0Codec.encode(v);
export const decodeMprServer0 = (b: Uint8Array, offset = 0): MprServer0 => mprServer0Codec.decode(b, offset);
export const encodeMprServer1 = (v: MprServer1): Uint8Array => mprServer1Codec.encode(v);
export const decodeMprServer1 = (b: Uint8Array, offset = 0): MprServer1 => mprServer1Codec.decode(b, offset);
export const encodeMprServer2 = (v: MprServer2): Uint8Array => mprServer2Codec.encode(v);
export const decodeMprServer2 = (b: Uint8Array, offset = 0): MprServer2 => mprServer2Codec.decode(b, offset);
