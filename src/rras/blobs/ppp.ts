/**
 * PPP projection results (2.2.1.2.64-74). Offsets follow the C layout: WCHAR arrays on 2, DWORDs
 * on 4, so PPP_NBFCP_INFO (4 + 34) and PPP_ATCP_INFO (4 + 66) carry 2 bytes of tail padding.
 */
import { U32, bytes, fixedCodec, nested, wchar, type Layout } from './layout.js';
import type {
  PppAtcpInfo,
  PppCcpInfo,
  PppInfo,
  PppInfo2,
  PppInfo3,
  PppIpcpInfo,
  PppIpcpInfo2,
  PppIpv6CpInfo,
  PppIpxcpInfo,
  PppLcpInfo,
  PppNbfcpInfo,
} from './types.js';

export const PPP_NBFCP_INFO_LAYOUT: Layout<PppNbfcpInfo> = {
  name: 'PPP_NBFCP_INFO',
  size: 40,
  fields: [
    { field: 'dwError', offset: 0, kind: U32 },
    { field: 'wszWksta', offset: 4, kind: wchar(17) }, // 4..38, 2 bytes padding
  ],
};

export const PPP_IPCP_INFO_LAYOUT: Layout<PppIpcpInfo> = {
  name: 'PPP_IPCP_INFO',
  size: 68,
  fields: [
    { field: 'dwError', offset: 0, kind: U32 },
    { field: 'wszAddress', offset: 4, kind: wchar(16) },
    { field: 'wszRemoteAddress', offset: 36, kind: wchar(16) },
  ],
};

export const PPP_IPCP_INFO2_LAYOUT: Layout<PppIpcpInfo2> = {
  name: 'PPP_IPCP_INFO2',
  size: 76,
  fields: [
    ...PPP_IPCP_INFO_LAYOUT.fields,
    { field: 'dwOptions', offset: 68, kind: U32 },
    { field: 'dwRemoteOptons', offset: 72, kind: U32 },
  ],
};

export const PPP_IPXCP_INFO_LAYOUT: Layout<PppIpxcpInfo> = {
  name: 'PPP_IPXCP_INFO',
  size: 36,
  fields: [
    { field: 'dwError', offset: 0, kind: U32 },
    { field: 'wszAddress', offset: 4, kind: wchar(16) },
  ],
};

export const PPP_IPV6_CP_INFO_LAYOUT: Layout<PppIpv6CpInfo> = {
  name: 'PPP_IPV6_CP_INFO',
  size: 48,
  fields: [
    { field: 'dwVersion', offset: 0, kind: U32 },
    { field: 'dwSize', offset: 4, kind: U32 },
    { field: 'dwError', offset: 8, kind: U32 },
    { field: 'bInterfaceIdentifier', offset: 12, kind: bytes(8) },
    { field: 'bRemoteInterfaceIdentifier', offset: 20, kind: bytes(8) },
    { field: 'dwOptions', offset: 28, kind: U32 },
    { field: 'dwRemoteOptions', offset: 32, kind: U32 },
    { field: 'bPrefix', offset: 36, kind: bytes(8) },
    { field: 'dwPrefixLength', offset: 44, kind: U32 },
  ],
};

export const PPP_ATCP_INFO_LAYOUT: Layout<PppAtcpInfo> = {
  name: 'PPP_ATCP_INFO',
  size: 72,
  fields: [
    { field: 'dwError', offset: 0, kind: U32 },
    { field: 'wszAddress', offset: 4, kind: wchar(33) }, // 4..70, 2 bytes padding
  ],
};

export const PPP_CCP_INFO_LAYOUT: Layout<PppCcpInfo> = {
  name: 'PPP_CCP_INFO',
  size: 20,
  fields: [
    { field: 'dwError', offset: 0, kind: U32 },
    { field: 'dwCompressionAlgorithm', offset: 4, kind: U32 },
    { field: 'dwOptions', offset: 8, kind: U32 },
    { field: 'dwRemoteCompressionAlgorithm', offset: 12, kind: U32 },
    { field: 'dwRemoteOptions', offset: 16, kind: U32 },
  ],
};

export const PPP_LCP_INFO_LAYOUT: Layout<PppLcpInfo> = {
  name: 'PPP_LCP_INFO',
  size: 44,
  fields: [
    { field: 'dwError', offset: 0, kind: U32 },
    { field: 'dwAuthenticationProtocol', offset: 4, kind: U32 },
    { field: 'dwAuthenticationData', offset: 8, kind: U32 },
    { field: 'dwRemoteAuthenticationProtocol', offset: 12, kind: U32 },
    { field: 'dwRemoteAuthenticationData', offset: 16, kind: U32 },
    { field: 'dwTerminateReason', offset: 20, kind: U32 },
    { field: 'dwRemoteTerminateReason', offset: 24, kind: U32 },
    { field: 'dwOptions', offset: 28, kind: U32 },
    { field: 'dwRemoteOptions', offset: 32, kind: U32 },
    { field: 'dwEapTypeId', offset: 36, kind: U32 },
    { field: 'dwRemoteEapTypeId', offset: 40, kind: U32 },
  ],
};

export const PPP_INFO_LAYOUT: Layout<PppInfo> = {
  name: 'PPP_INFO',
  size: 216,
  fields: [
    { field: 'nbf', offset: 0, kind: nested(PPP_NBFCP_INFO_LAYOUT) },
    { field: 'ip', offset: 40, kind: nested(PPP_IPCP_INFO_LAYOUT) },
    { field: 'ipx', offset: 108, kind: nested(PPP_IPXCP_INFO_LAYOUT) },
    { field: 'at', offset: 144, kind: nested(PPP_ATCP_INFO_LAYOUT) },
  ],
};

export const PPP_INFO_2_LAYOUT: Layout<PppInfo2> = {
  name: 'PPP_INFO_2',
  size: 288,
  fields: [
    { field: 'nbf', offset: 0, kind: nested(PPP_NBFCP_INFO_LAYOUT) },
    { field: 'ip', offset: 40, kind: nested(PPP_IPCP_INFO2_LAYOUT) },
    { field: 'ipx', offset: 116, kind: nested(PPP_IPXCP_INFO_LAYOUT) },
    { field: 'at', offset: 152, kind: nested(PPP_ATCP_INFO_LAYOUT) },
    { field: 'ccp', offset: 224, kind: nested(PPP_CCP_INFO_LAYOUT) },
    { field: 'lcp', offset: 244, kind: nested(PPP_LCP_INFO_LAYOUT) },
  ],
};

export const PPP_INFO_3_LAYOUT: Layout<PppInfo3> = {
  name: 'PPP_INFO_3',
  size: 228,
  fields: [
    { field: 'nbf', offset: 0, kind: nested(PPP_NBFCP_INFO_LAYOUT) },
    { field: 'ip', offset: 40, kind: nested(PPP_IPCP_INFO2_LAYOUT) },
    { field: 'ipv6', offset: 116, kind: nested(PPP_IPV6_CP_INFO_LAYOUT) },
    { field: 'ccp', offset: 164, kind: nested(PPP_CCP_INFO_LAYOUT) },
    { field: 'lcp', offset: 184, kind: nested(PPP_LCP_INFO_LAYOUT) },
  ],
};

export const pppInfoCodec = fixedCodec(PPP_INFO_LAYOUT);
export const pppInfo2Codec = fixedCodec(PPP_INFO_2_LAYOUT);
export const pppInfo3Codec = fixedCodec(PPP_INFO_3_LAYOUT);
