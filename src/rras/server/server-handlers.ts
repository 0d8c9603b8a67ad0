/**
 * Server configuration methods: RMprAdminServerGetInfo (0, 3.1.4.1), RMprAdminServerSetInfo
 * (43, 3.1.4.44), RMprAdminServerGetInfoEx (44, 3.1.4.45), RMprAdminServerSetInfoEx (47, 3.1.4.48).
 * None of these sections has a RouterType step.
 */
import { RrasStatus, Win32 } from '../../errors/status.js';
import {
  decodeMprServer1,
  decodeMprServer2,
  encodeMprServer0,
  encodeMprServer1,
  encodeMprServer2,
  MPR_SERVER_1_SIZE,
  MPR_SERVER_2_SIZE,
} from '../blobs/index.js';
import type { MprServer2 } from '../blobs/types.js';
import type { ServerConfigChange } from '../model/types.js';
import { mprServer0, mprServer2 } from './blob-views.js';
import {
  ANY_ROUTER,
  type AsyncHandlers,
  dim,
  type DimsvcEnv,
  invalidParameter,
  requireLevel,
} from './call.js';
import { clientBlob, EMPTY_INFO, infoContainer } from './containers.js';
import {
  MprapiObjectType,
  mprServerEx,
  requestedRevision,
  serverConfigChangeEx,
  SetConfigFor,
} from './ex-structs.js';

type Methods =
  | 'RMprAdminServerGetInfo'
  | 'RMprAdminServerSetInfo'
  | 'RMprAdminServerGetInfoEx'
  | 'RMprAdminServerSetInfoEx';

/** 3.1.4.44/48: a change that needs a restart answers ERROR_SUCCESS_REBOOT_REQUIRED (<318>, <323>). */
const successOf = (rebootRequired: boolean): number =>
  rebootRequired ? RrasStatus.ERROR_SUCCESS_REBOOT_REQUIRED : Win32.ERROR_SUCCESS;

/**
 * 3.1.4.48 has a third success, ERROR_SUCCESS_RESTART_REQUIRED, which <324> ties to a change
 * "being done for SSTP or IKEv2" (setConfigForProtocols naming either): those settings take effect
 * when the remote access service restarts. A change that needs a reboot says so instead, the
 * stronger of the two.
 */
function successOfEx(rebootRequired: boolean, setConfigForProtocols: number): number {
  if (rebootRequired) return RrasStatus.ERROR_SUCCESS_REBOOT_REQUIRED;
  const restartFor =
    SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_SSTP | SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_IKEV2;
  return (setConfigForProtocols & restartFor) !== 0
    ? RrasStatus.ERROR_SUCCESS_RESTART_REQUIRED
    : Win32.ERROR_SUCCESS;
}

export function serverHandlers(env: DimsvcEnv): AsyncHandlers<Methods> {
  const b = env.backend;
  return {
    RMprAdminServerGetInfo: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pInfoStruct: EMPTY_INFO }, async () => {
        requireLevel(req.dwLevel, [0, 1, 2]);
        const info = await b.serverInfo();
        const bytes =
          req.dwLevel === 0
            ? encodeMprServer0(mprServer0(info))
            : req.dwLevel === 1
              ? encodeMprServer1(mprServer2(info))
              : encodeMprServer2(mprServer2(info));
        return { pInfoStruct: infoContainer(bytes) };
      }),

    RMprAdminServerSetInfo: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, {}, async () => {
        requireLevel(req.dwLevel, [1, 2]);
        const blob = clientBlob(req.pInfoStruct, 'MPR_SERVER');
        // "This MUST be set to the size of MPR_SERVER_1/2" (3.1.4.44).
        const want = req.dwLevel === 1 ? MPR_SERVER_1_SIZE : MPR_SERVER_2_SIZE;
        if (blob.length !== want) throw invalidParameter(`MPR_SERVER_${req.dwLevel} is ${blob.length} bytes`);
        const v = req.dwLevel === 1 ? decodeMprServer1(blob) : decodeMprServer2(blob);
        const change: {
          pptp: ServerConfigChange['pptp'];
          l2tp: ServerConfigChange['l2tp'];
          sstp?: ServerConfigChange['sstp'];
        } = {
          pptp: { numPorts: v.dwNumPptpPorts, portFlags: v.dwPptpPortFlags },
          l2tp: { numPorts: v.dwNumL2tpPorts, portFlags: v.dwL2tpPortFlags },
        };
        if (req.dwLevel === 2) {
          const v2 = v as MprServer2;
          change.sstp = { numPorts: v2.dwNumSstpPorts, portFlags: v2.dwSstpPortFlags };
        }
        const r = await b.setServerConfig(change);
        return { ret: successOf(r.rebootRequired) };
      }),

    RMprAdminServerGetInfoEx: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pServerConfig: req.pServerConfig }, async () => {
        const rev = requestedRevision(req.pServerConfig, MprapiObjectType.MPR_SERVER_OBJECT, 'MPR_SERVER_EX');
        return { pServerConfig: mprServerEx(await b.serverInfo(), rev) };
      }),

    RMprAdminServerSetInfoEx: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, {}, async () => {
        const r = await b.setServerConfig(serverConfigChangeEx(req.pServerConfig));
        return { ret: successOfEx(r.rebootRequired, req.pServerConfig.value.setConfigForProtocols >>> 0) };
      }),
  };
}
