/**
 * One plausible request per DIMSVC method against the demo state (for the access-check sweep and
 * the end-to-end run): every field set, handles that exist.
 */
import type { DimsvcHandlers } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import { encodeInfoBlock, encodeMibOpaqueQuery, InfoType, MibId } from '../../src/rras/blobs/index.js';
import { IPRTRMGR_PID, TransportId } from '../../src/rras/model/types.js';

type Requests = { [K in keyof DimsvcHandlers]: Parameters<DimsvcHandlers[K]>[1] };

const EMPTY = { dwBufferSize: 0, pBuffer: null };
const IF_EMPTY = {
  fGetInterfaceInfo: 0,
  dwInterfaceInfoSize: 0,
  pInterfaceInfo: null,
  fGetGlobalInfo: 0,
  dwGlobalInfoSize: 0,
  pGlobalInfo: null,
};
const MIB_EMPTY = { dwMibInEntrySize: 0, pMibInEntry: null, dwMibOutEntrySize: 0, pMibOutEntry: null };

export function wchars(text: string, n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < Math.min(text.length, n - 1); i++) out[i] = text.charCodeAt(i);
  return out;
}

export function mibQuery(dwVarId: number, index: number[] = []) {
  const q = encodeMibOpaqueQuery({ dwVarId, rgdwVarIndex: index });
  return { ...MIB_EMPTY, dwMibInEntrySize: q.length, pMibInEntry: q };
}

export function globalInfoContainer(entries: { InfoType: number; data: Uint8Array }[]) {
  const b = encodeInfoBlock(entries.map((e) => ({ ...e, InfoSize: e.data.length })));
  return { ...IF_EMPTY, dwGlobalInfoSize: b.length, pGlobalInfo: b };
}

export function interfaceInfoContainer(entries: { InfoType: number; data: Uint8Array }[]) {
  const b = encodeInfoBlock(entries.map((e) => ({ ...e, InfoSize: e.data.length })));
  return { ...IF_EMPTY, dwInterfaceInfoSize: b.length, pInterfaceInfo: b };
}

const adminUp = (): Uint8Array => new Uint8Array([1, 0, 0, 0]);
const cert = { cbData: 0, pbData: null };

/** Demo handles: connection 1 is IKEv2 on port 97; interface 3 is "Ethernet", 5 "Branch-Office". */
export function sampleRequests(): Requests {
  return {
    RMprAdminServerGetInfo: { dwLevel: 0 },
    RRasAdminConnectionEnum: {
      dwLevel: 0,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: 0xffffffff,
      lpdwResumeHandle: 0,
    },
    RRasAdminConnectionGetInfo: { dwLevel: 0, hDimConnection: 1 },
    RRasAdminConnectionClearStats: { hDimConnection: 1 },
    RRasAdminPortEnum: {
      dwLevel: 0,
      hRasConnection: 0xffffffff,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: 0xffffffff,
      lpdwResumeHandle: 0,
    },
    RRasAdminPortGetInfo: { dwLevel: 1, hPort: 97 },
    RRasAdminPortClearStats: { hPort: 97 },
    RRasAdminPortReset: { hPort: 97 },
    RRasAdminPortDisconnect: { hPort: 1 },
    RRouterInterfaceTransportSetGlobalInfo: {
      dwTransportId: TransportId.PID_IP,
      pInfoStruct: globalInfoContainer([
        { InfoType: InfoType.IP_GLOBAL_INFO, data: new Uint8Array([0, 0, 0, 0, 1, 0, 0, 0]) },
      ]),
    },
    RRouterInterfaceTransportGetGlobalInfo: {
      dwTransportId: TransportId.PID_IP,
      pInfoStruct: { ...IF_EMPTY, fGetGlobalInfo: 1 },
    },
    RRouterInterfaceGetHandle: { lpwsInterfaceName: 'ethernet', phInterface: 0, fIncludeClientInterfaces: 0 },
    RRouterInterfaceCreate: { dwLevel: 0, pInfoStruct: EMPTY, phInterface: 0 },
    RRouterInterfaceGetInfo: { dwLevel: 0, pInfoStruct: EMPTY, hInterface: 3 },
    RRouterInterfaceSetInfo: { dwLevel: 0, pInfoStruct: EMPTY, hInterface: 3 },
    RRouterInterfaceDelete: { hInterface: 0x7fffffff },
    RRouterInterfaceTransportRemove: { hInterface: 0x7fffffff, dwTransportId: TransportId.PID_IP },
    RRouterInterfaceTransportAdd: {
      hInterface: 0x7fffffff,
      dwTransportId: TransportId.PID_IP,
      pInfoStruct: interfaceInfoContainer([{ InfoType: InfoType.IP_INTERFACE_STATUS_INFO, data: adminUp() }]),
    },
    RRouterInterfaceTransportGetInfo: {
      hInterface: 3,
      dwTransportId: TransportId.PID_IP,
      pInfoStruct: { ...IF_EMPTY, fGetInterfaceInfo: 1 },
    },
    RRouterInterfaceTransportSetInfo: {
      hInterface: 3,
      dwTransportId: TransportId.PID_IP,
      pInfoStruct: interfaceInfoContainer([{ InfoType: InfoType.IP_INTERFACE_STATUS_INFO, data: adminUp() }]),
    },
    RRouterInterfaceEnum: {
      dwLevel: 0,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: 0xffffffff,
      lpdwResumeHandle: 0,
    },
    RRouterInterfaceConnect: { hInterface: 5, hEvent: 0n, fBlocking: 1, dwCallersProcessId: 0 },
    RRouterInterfaceDisconnect: { hInterface: 5 },
    RRouterInterfaceUpdateRoutes: {
      hInterface: 5,
      dwTransportId: TransportId.PID_IP,
      hEvent: 0n,
      dwClientProcessId: 0,
    },
    RRouterInterfaceQueryUpdateResult: { hInterface: 5, dwTransportId: TransportId.PID_IP },
    RRouterInterfaceUpdatePhonebookInfo: { hInterface: 5 },
    RMIBEntryCreate: { dwPid: TransportId.PID_IP, dwRoutingPid: IPRTRMGR_PID, pInfoStuct: MIB_EMPTY },
    RMIBEntryDelete: { dwPid: TransportId.PID_IP, dwRoutingPid: IPRTRMGR_PID, pInfoStuct: MIB_EMPTY },
    RMIBEntrySet: { dwPid: TransportId.PID_IP, dwRoutingPid: IPRTRMGR_PID, pInfoStuct: MIB_EMPTY },
    RMIBEntryGet: {
      dwPid: TransportId.PID_IP,
      dwRoutingPid: IPRTRMGR_PID,
      pInfoStuct: mibQuery(MibId.IP_FORWARDNUMBER),
    },
    RMIBEntryGetFirst: {
      dwPid: TransportId.PID_IP,
      dwRoutingPid: IPRTRMGR_PID,
      pInfoStuct: mibQuery(MibId.IP_FORWARDROW, [0, 0, 0, 0]),
    },
    RMIBEntryGetNext: {
      dwPid: TransportId.PID_IP,
      dwRoutingPid: IPRTRMGR_PID,
      pInfoStuct: mibQuery(MibId.IP_FORWARDROW, [0, 0, 0, 0]),
    },
    RMIBGetTrapInfo: {
      dwPid: TransportId.PID_IP,
      dwRoutingPid: IPRTRMGR_PID,
      pInfoStruct: mibQuery(MibId.IF_NUMBER),
    },
    RMIBSetTrapInfo: {
      dwPid: TransportId.PID_IP,
      dwRoutingPid: IPRTRMGR_PID,
      hEvent: 0x1234n,
      dwClientProcessId: 4242,
      pInfoStruct: mibQuery(MibId.IF_NUMBER),
    },
    RRasAdminConnectionNotification: { fRegister: 1, dwClientProcessId: 4242, hEventNotification: 0x1234n },
    RRasAdminSendUserMessage: { hDimConnection: 1, lpwszMessage: 'The server restarts at 22:00.' },
    RRouterDeviceEnum: { dwLevel: 0, pInfoStruct: EMPTY, lpdwTotalEntries: 0 },
    RRouterInterfaceTransportCreate: {
      dwTransportId: TransportId.PID_IP,
      lpwsTransportName: 'IP',
      pInfoStruct: globalInfoContainer([{ InfoType: InfoType.IP_GLOBAL_INFO, data: new Uint8Array(8) }]),
      lpwsDLLPath: '%SystemRoot%\\system32\\iprtrmgr.dll',
    },
    RRouterInterfaceDeviceGetInfo: { dwLevel: 0, pInfoStruct: EMPTY, dwIndex: 1, hInterface: 5 },
    RRouterInterfaceDeviceSetInfo: { dwLevel: 0, pInfoStruct: EMPTY, dwIndex: 1, hInterface: 5 },
    RRouterInterfaceSetCredentialsEx: { dwLevel: 1, pInfoStruct: EMPTY, hInterface: 5 },
    RRouterInterfaceGetCredentialsEx: { dwLevel: 0, pInfoStruct: EMPTY, hInterface: 5 },
    RRasAdminConnectionRemoveQuarantine: { hRasConnection: 1, fIsIpAddress: 0 },
    RMprAdminServerSetInfo: { dwLevel: 1, pInfoStruct: EMPTY },
    RMprAdminServerGetInfoEx: {
      pServerConfig: {
        tag: 1,
        value: {
          Header: { revision: 1, type: 2, size: 0 },
          fLanOnlyMode: 0,
          dwUpTime: 0,
          dwTotalPorts: 0,
          dwPortsInUse: 0,
          Reserved: 0,
          ConfigParams: {
            IkeConfigParams: {
              dwNumPorts: 0,
              dwPortFlags: 0,
              dwTunnelConfigParamFlags: 0,
              TunnelConfigParams: {
                dwIdleTimeout: 0,
                dwNetworkBlackoutTime: 0,
                dwSaLifeTime: 0,
                dwSaDataSizeForRenegotiation: 0,
                dwConfigOptions: 0,
                dwTotalCertificates: 0,
                certificateNames: null,
              },
            },
            PptpConfigParams: { dwNumPorts: 0, dwPortFlags: 0 },
            L2tpConfigParams: { dwNumPorts: 0, dwPortFlags: 0 },
            SstpConfigParams: {
              dwNumPorts: 0,
              dwPortFlags: 0,
              isUseHttps: 0,
              certAlgorithm: 0,
              sstpCertDetails: { isDefault: 0, certBlob: cert },
            },
          },
        },
      },
    },
    RRasAdminConnectionEnumEx: {
      objectHeader: { revision: 1, type: 1, size: 1664 },
      dwPreferedMaxLen: 0xffffffff,
      lpdwResumeHandle: 0,
    },
    RRasAdminConnectionGetInfoEx: { hDimConnection: 1, objectHeader: { revision: 1, type: 1, size: 1664 } },
    RMprAdminServerSetInfoEx: {
      pServerConfig: {
        tag: 1,
        value: {
          Header: { revision: 1, type: 3, size: 0 },
          setConfigForProtocols: 1,
          ConfigParams: {
            IkeConfigParams: {
              dwNumPorts: 32,
              dwPortFlags: 1,
              dwTunnelConfigParamFlags: 0,
              TunnelConfigParams: {
                dwIdleTimeout: 300,
                dwNetworkBlackoutTime: 1800,
                dwSaLifeTime: 28800,
                dwSaDataSizeForRenegotiation: 102400,
                dwConfigOptions: 0,
                dwTotalCertificates: 0,
                certificateNames: null,
              },
            },
            PptpConfigParams: { dwNumPorts: 32, dwPortFlags: 1 },
            L2tpConfigParams: { dwNumPorts: 32, dwPortFlags: 1 },
            SstpConfigParams: {
              dwNumPorts: 32,
              dwPortFlags: 1,
              isUseHttps: 1,
              certAlgorithm: 0x800c,
              sstpCertDetails: { isDefault: 1, certBlob: cert },
            },
          },
        },
      },
    },
    RRasAdminUpdateConnection: {
      hDimConnection: 1,
      pServerConfig: {
        tag: 1,
        value: {
          Header: { revision: 1, type: 5, size: 140 },
          dwIfIndex: 5,
          wszRemoteEndpointAddress: wchars('203.0.113.7', 65),
        },
      },
    },
    RRouterInterfaceSetCredentialsLocal: {
      lpwsInterfaceName: 'Branch-Office',
      lpwsUserName: 'branch',
      lpwsDomainName: 'HQ',
      lpwsPassword: 'S3cret!',
    },
    RRouterInterfaceGetCredentialsLocal: { lpwsInterfaceName: 'Branch-Office' },
    RRouterInterfaceGetCustomInfoEx: {
      hInterface: 5,
      pIfCustomConfig: {
        tag: 2,
        value: {
          Header: { revision: 2, type: 6, size: 0 },
          dwFlags: 0,
          customIkev2Config: {
            dwSaLifeTime: 0,
            dwSaDataSize: 0,
            certificateName: cert,
            customPolicy: null,
            certificateHash: cert,
          },
        },
      },
    },
    RRouterInterfaceSetCustomInfoEx: {
      hInterface: 5,
      pIfCustomConfig: {
        tag: 1,
        value: {
          Header: { revision: 1, type: 6, size: 48 },
          dwFlags: 1,
          customIkev2Config: {
            dwSaLifeTime: 3600,
            dwSaDataSize: 1024,
            certificateName: cert,
            customPolicy: null,
          },
        },
      },
    },
  };
}
