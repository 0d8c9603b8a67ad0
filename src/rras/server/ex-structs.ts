/**
 * Domain objects → the NDR-typed "Ex" structures (MS-RRASM 2.2.1.2.129–148, 241–251, 269):
 * RAS_CONNECTION_EX_1_IDL (opnums 45, 46), MPR_SERVER_EX_1/2/3 (44), MPR_IF_CUSTOMINFOEX_0/1 (51);
 * and the client's set structures back to model changes (47, 52).
 */
import type {
  CERT_BLOB_1,
  CERT_EKU_1,
  IKEV2_PROJECTION_INFO_1,
  IKEV2_TUNNEL_CONFIG_PARAMS_3,
  L2TP_TUNNEL_CONFIG_PARAMS_1,
  MPR_IF_CUSTOMINFOEX_IDL,
  MPR_SERVER_EX_IDL,
  MPR_SERVER_SET_CONFIG_EX_IDL,
  MPRAPI_OBJECT_HEADER_IDL,
  PPP_PROJECTION_INFO_1,
  RAS_CONNECTION_EX_1_IDL,
  ROUTER_CUSTOM_IKEv2_POLICY_0,
  SSTP_CONFIG_PARAMS_1,
} from '../../interfaces/dimsvc/dimsvc.gen.js';
import type {
  CustomIkePolicy,
  InterfaceCustomIkev2Config,
  RasConnection,
  ServerConfigChange,
  ServerInfo,
} from '../model/types.js';
import { ikev2ProjectionInfo, linkCounters, pppProjectionInfo } from './blob-views.js';
import { invalidParameter } from './call.js';
import { toFiletime, wcharArray } from './wire-values.js';

/** MPRAPI_OBJECT_HEADER_IDL type values (2.2.1.2.129). */
export const MprapiObjectType = {
  RAS_CONNECTION_OBJECT: 1,
  MPR_SERVER_OBJECT: 2,
  MPR_SERVER_SET_CONFIG_OBJECT: 3,
  UPDATE_CONNECTION_OBJECT: 5,
  IF_CUSTOM_CONFIG_OBJECT: 6,
} as const;

/**
 * `size` values this server writes: the C layout of each structure with natural alignment, as a
 * 64-bit Windows client's sizeof would give (the spec defines `size` as "size of the BLOB"). On
 * input the size is not checked for these: it is the client's own in-memory sizeof, which differs
 * between 32- and 64-bit clients, and the union discriminant already fixes the layout.
 */
export const EX_SIZE = {
  RAS_CONNECTION_EX_1: 1664,
  MPR_SERVER_EX_1: 120,
  MPR_SERVER_EX_2: 152,
  MPR_SERVER_EX_3: 184,
  MPR_IF_CUSTOMINFOEX_0: 48,
  MPR_IF_CUSTOMINFOEX_1: 64,
} as const;

/** Refuses a header whose type or revision does not name the structure the method expects. */
export function requireHeader(
  h: MPRAPI_OBJECT_HEADER_IDL,
  type: number,
  revisions: readonly number[],
  what: string,
): void {
  if (h.type !== type) throw invalidParameter(`${what}: header type ${h.type}, expected ${type}`);
  if (!revisions.includes(h.revision)) throw invalidParameter(`${what}: header revision ${h.revision}`);
}

/**
 * The revision a client's tagged structure is at: the union discriminant, which its header must
 * repeat (a Get…Ex call names the revision it wants this way; a Set…Ex call the one it sends).
 */
export function requestedRevision<R extends number>(
  u: { readonly tag: R; readonly value: { readonly Header: MPRAPI_OBJECT_HEADER_IDL } },
  type: number,
  what: string,
): R {
  requireHeader(u.value.Header, type, [u.tag], what);
  return u.tag;
}

// ------------------------------------------------------------------ connections

/** The NDR projections carry the IPv4 addresses as WCHAR[16] and have no embedded EAP type. */
function ndrProjection<
  T extends { wszAddress: string; wszRemoteAddress: string; dwEmbeddedEAPTypeId: number },
>(view: T) {
  const { wszAddress, wszRemoteAddress, dwEmbeddedEAPTypeId: _embedded, ...rest } = view;
  void _embedded;
  return {
    ...rest,
    wszAddress: wcharArray(wszAddress, 16),
    wszRemoteAddress: wcharArray(wszRemoteAddress, 16),
  };
}

const pppProjection = (c: RasConnection): PPP_PROJECTION_INFO_1 => ndrProjection(pppProjectionInfo(c));

const ikev2Projection = (c: RasConnection): IKEV2_PROJECTION_INFO_1 => ndrProjection(ikev2ProjectionInfo(c));

/** PROJECTION_INFO_IDL_1 projectionInfoType: 1 PPP-based tunnels, 2 IKEv2 (2.2.1.2.132). */
export function rasConnectionEx1(c: RasConnection): RAS_CONNECTION_EX_1_IDL {
  return {
    Header: { revision: 1, type: MprapiObjectType.RAS_CONNECTION_OBJECT, size: EX_SIZE.RAS_CONNECTION_EX_1 },
    dwConnectDuration: c.connectDuration >>> 0,
    dwInterfaceType: c.interfaceType,
    dwConnectionFlags: c.flags >>> 0,
    wszInterfaceName: wcharArray(c.interfaceName, 257),
    wszUserName: wcharArray(c.userName, 257),
    wszLogonDomain: wcharArray(c.logonDomain, 16),
    wszRemoteComputer: wcharArray(c.remoteComputer, 17),
    guid: c.guid,
    rasQuarState: c.quarantineState,
    probationTime: toFiletime(c.probationEnd),
    ...linkCounters(c.stats),
    dwNumSwitchOvers: c.ikev2?.switchOvers ?? 0,
    wszRemoteEndpointAddress: wcharArray(c.ikev2?.remoteEndpoint ?? c.remoteEndpoint, 65),
    wszLocalEndpointAddress: wcharArray(c.ikev2?.localEndpoint ?? c.localEndpoint, 65),
    ProjectionInfo:
      c.kind === 'ikev2' ? { tag: 2, value: ikev2Projection(c) } : { tag: 1, value: pppProjection(c) },
    hConnection: c.id >>> 0,
    hInterface: c.interfaceId >>> 0,
  };
}

// ------------------------------------------------------------------ server configuration

const certBlob = (b: Uint8Array): CERT_BLOB_1 => ({ cbData: b.length, pbData: b.length ? b : null });

function policyOut(p: CustomIkePolicy | null): ROUTER_CUSTOM_IKEv2_POLICY_0 | null {
  return p
    ? {
        dwIntegrityMethod: p.integrityMethod,
        dwEncryptionMethod: p.encryptionMethod,
        dwCipherTransformConstant: p.cipherTransformConstant,
        dwAuthTransformConstant: p.authTransformConstant,
        dwPfsGroup: p.pfsGroup,
        dwDhGroup: p.dhGroup,
      }
    : null;
}

function policyIn(p: ROUTER_CUSTOM_IKEv2_POLICY_0 | null): CustomIkePolicy | null {
  return p
    ? {
        integrityMethod: p.dwIntegrityMethod,
        encryptionMethod: p.dwEncryptionMethod,
        cipherTransformConstant: p.dwCipherTransformConstant,
        authTransformConstant: p.dwAuthTransformConstant,
        pfsGroup: p.dwPfsGroup,
        dhGroup: p.dwDhGroup,
      }
    : null;
}

function blobBytes(b: CERT_BLOB_1, what: string): Uint8Array {
  const data = b.pbData ?? new Uint8Array(0);
  if (data.length !== b.cbData) throw invalidParameter(`${what}: cbData ${b.cbData} != ${data.length}`);
  return data;
}

function ekuText(e: CERT_EKU_1): string {
  const units = e.pwszEKU ?? [];
  const end = units.indexOf(0);
  return String.fromCharCode(...(end < 0 ? units : units.slice(0, end)));
}

/** MPR_SERVER_EX_1/2/3 at the revision the client asked for. */
export function mprServerEx(info: ServerInfo, revision: 1 | 2 | 3): MPR_SERVER_EX_IDL {
  const c = info.config;
  // Each revision's IKEv2 tunnel parameters extend the previous one's (2.2.1.2.136–138, 246).
  const ikeTunnel1 = {
    dwIdleTimeout: c.ikev2.idleTimeout,
    dwNetworkBlackoutTime: c.ikev2.networkBlackoutTime,
    dwSaLifeTime: c.ikev2.saLifeTime,
    dwSaDataSizeForRenegotiation: c.ikev2.saDataSizeForRenegotiation,
    dwConfigOptions: c.ikev2.configOptions,
    dwTotalCertificates: c.ikev2.certificateNames.length,
    certificateNames: c.ikev2.certificateNames.length ? c.ikev2.certificateNames.map(certBlob) : null,
  };
  const ikeTunnel2 = {
    ...ikeTunnel1,
    machineCertificateName: certBlob(c.ikev2.machineCertificateName),
    dwEncryptionType: c.ikev2.encryptionType,
    customPolicy: policyOut(c.ikev2.customPolicy),
  };
  const ikeTunnel3: IKEV2_TUNNEL_CONFIG_PARAMS_3 = {
    ...ikeTunnel2,
    dwTotalEkus: c.ikev2.certificateEkus.length,
    certificateEKUs: c.ikev2.certificateEkus.length
      ? c.ikev2.certificateEkus.map((e) => {
          const units = wcharArray(e.eku, e.eku.length + 1);
          return { dwSize: units.length, IsEKUOID: e.isOid ? 1 : 0, pwszEKU: units };
        })
      : null,
    machineCertificateHash: certBlob(c.ikev2.machineCertificateHash),
  };
  const sstp: SSTP_CONFIG_PARAMS_1 = {
    dwNumPorts: c.sstp.numPorts,
    dwPortFlags: c.sstp.portFlags,
    isUseHttps: c.sstp.useHttps ? 1 : 0,
    certAlgorithm: c.sstp.certAlgorithm,
    sstpCertDetails: { isDefault: c.sstp.certIsDefault ? 1 : 0, certBlob: certBlob(c.sstp.certHash) },
  };
  const l2tp1 = { dwNumPorts: c.l2tp.numPorts, dwPortFlags: c.l2tp.portFlags };
  const configParams = <T, L>(ikeTunnel: T, l2tp: L) => ({
    IkeConfigParams: {
      dwNumPorts: c.ikev2.numPorts,
      dwPortFlags: c.ikev2.portFlags,
      dwTunnelConfigParamFlags: c.ikev2.tunnelConfigParamFlags,
      TunnelConfigParams: ikeTunnel,
    },
    PptpConfigParams: { dwNumPorts: c.pptp.numPorts, dwPortFlags: c.pptp.portFlags },
    L2tpConfigParams: l2tp,
    SstpConfigParams: sstp,
  });
  const common = {
    fLanOnlyMode: info.lanOnlyMode ? 1 : 0,
    dwUpTime: info.upTime >>> 0,
    dwTotalPorts: info.totalPorts,
    dwPortsInUse: info.portsInUse,
    Reserved: 0,
  };
  const header = (size: number) => ({ revision, type: MprapiObjectType.MPR_SERVER_OBJECT, size });
  if (revision === 1) {
    return {
      tag: 1,
      value: {
        Header: header(EX_SIZE.MPR_SERVER_EX_1),
        ...common,
        ConfigParams: configParams(ikeTunnel1, l2tp1),
      },
    };
  }
  if (revision === 2) {
    return {
      tag: 2,
      value: {
        Header: header(EX_SIZE.MPR_SERVER_EX_2),
        ...common,
        ConfigParams: configParams(ikeTunnel2, l2tp1),
      },
    };
  }
  const l2tpTunnel: L2TP_TUNNEL_CONFIG_PARAMS_1 = {
    dwIdleTimeout: c.l2tp.idleTimeout,
    dwEncryptionType: c.l2tp.encryptionType,
    dwSaLifeTime: c.l2tp.saLifeTime,
    dwSaDataSizeForRenegotiation: c.l2tp.saDataSizeForRenegotiation,
    customPolicy: policyOut(c.l2tp.customPolicy),
  };
  const l2tp3 = {
    ...l2tp1,
    dwTunnelConfigParamFlags: c.l2tp.tunnelConfigParamFlags,
    TunnelConfigParams: l2tpTunnel,
  };
  return {
    tag: 3,
    value: {
      Header: header(EX_SIZE.MPR_SERVER_EX_3),
      ...common,
      ConfigParams: configParams(ikeTunnel3, l2tp3),
    },
  };
}

/** setConfigForProtocols bits (2.2.1.2.145): which protocols' parameters the client sets. */
export const SetConfigFor = {
  MPRAPI_SET_CONFIG_PROTOCOL_FOR_PPTP: 0x1,
  MPRAPI_SET_CONFIG_PROTOCOL_FOR_L2TP: 0x2,
  MPRAPI_SET_CONFIG_PROTOCOL_FOR_SSTP: 0x4,
  MPRAPI_SET_CONFIG_PROTOCOL_FOR_IKEV2: 0x8,
} as const;

/** MPR_SERVER_SET_CONFIG_EX_1/2/3 → the model change for the protocols the client selected. */
export function serverConfigChangeEx(cfg: MPR_SERVER_SET_CONFIG_EX_IDL): ServerConfigChange {
  requestedRevision(cfg, MprapiObjectType.MPR_SERVER_SET_CONFIG_OBJECT, 'MPR_SERVER_SET_CONFIG_EX');
  const v = cfg.value;
  const which = v.setConfigForProtocols >>> 0;
  const known =
    SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_PPTP |
    SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_L2TP |
    SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_SSTP |
    SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_IKEV2;
  if (which === 0 || (which & ~known) !== 0)
    throw invalidParameter(`setConfigForProtocols 0x${which.toString(16)}`);
  const p = v.ConfigParams;
  const change: {
    pptp?: ServerConfigChange['pptp'];
    l2tp?: ServerConfigChange['l2tp'];
    sstp?: ServerConfigChange['sstp'];
    ikev2?: ServerConfigChange['ikev2'];
  } = {};
  if (which & SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_PPTP)
    change.pptp = { numPorts: p.PptpConfigParams.dwNumPorts, portFlags: p.PptpConfigParams.dwPortFlags };
  if (which & SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_L2TP) {
    const l = p.L2tpConfigParams;
    if ('TunnelConfigParams' in l) {
      const t = l.TunnelConfigParams;
      change.l2tp = {
        numPorts: l.dwNumPorts,
        portFlags: l.dwPortFlags,
        tunnelConfigParamFlags: l.dwTunnelConfigParamFlags,
        idleTimeout: t.dwIdleTimeout,
        encryptionType: t.dwEncryptionType,
        saLifeTime: t.dwSaLifeTime,
        saDataSizeForRenegotiation: t.dwSaDataSizeForRenegotiation,
        customPolicy: policyIn(t.customPolicy),
      };
    } else {
      change.l2tp = { numPorts: l.dwNumPorts, portFlags: l.dwPortFlags };
    }
  }
  if (which & SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_SSTP) {
    const s = p.SstpConfigParams;
    change.sstp = {
      numPorts: s.dwNumPorts,
      portFlags: s.dwPortFlags,
      useHttps: s.isUseHttps !== 0,
      certAlgorithm: s.certAlgorithm,
      certIsDefault: s.sstpCertDetails.isDefault !== 0,
      certHash: blobBytes(s.sstpCertDetails.certBlob, 'SSTP certificate hash'),
    };
  }
  if (which & SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_IKEV2) {
    const i = p.IkeConfigParams;
    const t = i.TunnelConfigParams;
    const names = t.certificateNames ?? [];
    if (names.length !== t.dwTotalCertificates) throw invalidParameter('dwTotalCertificates');
    const ike: Record<string, unknown> = {
      numPorts: i.dwNumPorts,
      portFlags: i.dwPortFlags,
      tunnelConfigParamFlags: i.dwTunnelConfigParamFlags,
      idleTimeout: t.dwIdleTimeout,
      networkBlackoutTime: t.dwNetworkBlackoutTime,
      saLifeTime: t.dwSaLifeTime,
      saDataSizeForRenegotiation: t.dwSaDataSizeForRenegotiation,
      configOptions: t.dwConfigOptions,
      certificateNames: names.map((n, k) => blobBytes(n, `certificateNames[${k}]`)),
    };
    if ('machineCertificateName' in t) {
      ike.machineCertificateName = blobBytes(t.machineCertificateName, 'machineCertificateName');
      ike.encryptionType = t.dwEncryptionType;
      ike.customPolicy = policyIn(t.customPolicy);
    }
    if ('certificateEKUs' in t) {
      const ekus = t.certificateEKUs ?? [];
      if (ekus.length !== t.dwTotalEkus) throw invalidParameter('dwTotalEkus');
      ike.certificateEkus = ekus.map((e) => ({ isOid: e.IsEKUOID !== 0, eku: ekuText(e) }));
      ike.machineCertificateHash = blobBytes(t.machineCertificateHash, 'machineCertificateHash');
    }
    change.ikev2 = ike as ServerConfigChange['ikev2'];
  }
  return change;
}

// ------------------------------------------------------------------ interface custom config

/** MPR_IF_CUSTOMINFOEX_0/1 for an interface (the revision it was set with, or what the client asked). */
export function ifCustomInfoEx(
  cfg: InterfaceCustomIkev2Config | null,
  revision: 1 | 2,
): MPR_IF_CUSTOMINFOEX_IDL {
  const base = {
    dwSaLifeTime: cfg?.saLifeTime ?? 0,
    dwSaDataSize: cfg?.saDataSize ?? 0,
    certificateName: certBlob(cfg?.certificateName ?? new Uint8Array(0)),
    customPolicy: policyOut(cfg?.customPolicy ?? null),
  };
  const header = (size: number) => ({ revision, type: MprapiObjectType.IF_CUSTOM_CONFIG_OBJECT, size });
  if (revision === 1)
    return {
      tag: 1,
      value: {
        Header: header(EX_SIZE.MPR_IF_CUSTOMINFOEX_0),
        dwFlags: cfg?.flags ?? 0,
        customIkev2Config: base,
      },
    };
  return {
    tag: 2,
    value: {
      Header: header(EX_SIZE.MPR_IF_CUSTOMINFOEX_1),
      dwFlags: cfg?.flags ?? 0,
      customIkev2Config: { ...base, certificateHash: certBlob(cfg?.certificateHash ?? new Uint8Array(0)) },
    },
  };
}

export function ifCustomInfoIn(cfg: MPR_IF_CUSTOMINFOEX_IDL): InterfaceCustomIkev2Config {
  const revision = requestedRevision(cfg, MprapiObjectType.IF_CUSTOM_CONFIG_OBJECT, 'MPR_IF_CUSTOMINFOEX');
  const v = cfg.value;
  const c = v.customIkev2Config;
  return {
    revision,
    flags: v.dwFlags,
    saLifeTime: c.dwSaLifeTime,
    saDataSize: c.dwSaDataSize,
    certificateName: blobBytes(c.certificateName, 'certificateName'),
    customPolicy: policyIn(c.customPolicy),
    certificateHash:
      'certificateHash' in c ? blobBytes(c.certificateHash, 'certificateHash') : new Uint8Array(0),
  };
}
