/** MPR_SERVER_0/1/2 (2.2.1.2.61-63): all DWORD/BOOL, no padding. */
import { BOOL, U32, codecFunctions, fixedCodec, type Layout } from './layout.js';
import type { MprServer0, MprServer1, MprServer2 } from './types.js';

/** MPR_ENABLE_RAS_ON_DEVICE / MPR_ENABLE_ROUTING_ON_DEVICE (2.2.1.2.62): the model's table. */
export { PortFlags as MprPortFlags } from '../model/types.js';

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

export const { encode: encodeMprServer0, decode: decodeMprServer0 } = codecFunctions(mprServer0Codec);
export const { encode: encodeMprServer1, decode: decodeMprServer1 } = codecFunctions(mprServer1Codec);
export const { encode: encodeMprServer2, decode: decodeMprServer2 } = codecFunctions(mprServer2Codec);
