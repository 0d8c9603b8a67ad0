/** RRASM byte-blob codecs ([MS-RRASM] 2.2.1.2.x): the one import surface for handlers and the SDK. */
export type * from './types.js';
export { RrasBlobError, type RrasBlobErrorKind } from './errors.js';
export {
  DEFAULT_BLOB_LIMITS,
  decodeArray,
  encodeArray,
  guidToBytes,
  bytesToGuid,
  type FieldKind,
  type FieldSpec,
  type Layout,
} from './layout.js';
export * from './server.js';
export * from './port.js';
export * from './connection.js';
export * from './interface.js';
export * from './device.js';
export * from './info-block.js';
export * from './mib.js';
export * from './rasrpc.js';
export * from './ipv4.js';
export {
  PPP_INFO_LAYOUT,
  PPP_INFO_2_LAYOUT,
  PPP_INFO_3_LAYOUT,
  pppInfoCodec,
  pppInfo2Codec,
  pppInfo3Codec,
} from './ppp.js';
