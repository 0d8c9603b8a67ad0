/**
 * Devices and extended credentials: RRouterDeviceEnum (36, 3.1.4.37),
 * RRouterInterfaceDeviceGetInfo / SetInfo (38, 39; 3.1.4.39–40) and
 * RRouterInterfaceSetCredentialsEx / GetCredentialsEx (40, 41; 3.1.4.41–42).
 */
import { RrasStatus, Win32 } from '../../errors/status.js';
import {
  decodeMprCredentialsEx1,
  decodeMprDevice0,
  decodeMprDevice1,
  encodeArray,
  encodeMprCredentialsEx1,
  encodeMprDevice0,
  encodeMprDevice1,
  MPR_DEVICE_0_SIZE,
  MPR_DEVICE_1_SIZE,
  mprDevice0Codec,
} from '../blobs/index.js';
import { RouterInterfaceType, RrasLimits } from '../model/types.js';
import { mprDevice0, mprDevice1, phonebookDeviceFrom } from './blob-views.js';
import {
  ANY_ROUTER,
  type AsyncHandlers,
  dim,
  dimAction,
  type DimsvcEnv,
  invalidParameter,
  requireLevel,
  RrasCallError,
} from './call.js';
import { clientBlob, EMPTY_INFO, infoContainer } from './containers.js';

type Methods =
  | 'RRouterDeviceEnum'
  | 'RRouterInterfaceDeviceGetInfo'
  | 'RRouterInterfaceDeviceSetInfo'
  | 'RRouterInterfaceSetCredentialsEx'
  | 'RRouterInterfaceGetCredentialsEx';

/** dwLevel of the credentials methods: 0 EAP data, 1–3 a preshared key (3.1.4.41). */
const CREDENTIAL_LEVELS = [0, 1, 2, 3];

/**
 * 3.1.4.41: "If dwLevel is 0x0000002 and hInterface is NULL, the preshared key is used for L2TP" —
 * the server-wide L2TP/IPsec key rather than an interface's. Only that level names it; a NULL
 * handle at any other level is an unknown interface. Get mirrors Set.
 */
const isServerL2tpKey = (level: number, hInterface: number): boolean =>
  level >>> 0 === 2 && hInterface >>> 0 === 0;

export function deviceHandlers(env: DimsvcEnv): AsyncHandlers<Methods> {
  const b = env.backend;
  return {
    RRouterDeviceEnum: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pInfoStruct: EMPTY_INFO, lpdwTotalEntries: 0 }, async () => {
        requireLevel(req.dwLevel, [0]);
        const devices = await b.devices();
        return {
          pInfoStruct: infoContainer(encodeArray(mprDevice0Codec, devices.map(mprDevice0))),
          lpdwTotalEntries: devices.length,
        };
      }),

    RRouterInterfaceDeviceGetInfo: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pInfoStruct: EMPTY_INFO }, async () => {
        requireLevel(req.dwLevel, [0, 1]);
        const d = await b.interfaceDevice(req.hInterface >>> 0, req.dwIndex >>> 0);
        return {
          pInfoStruct: infoContainer(
            req.dwLevel === 0 ? encodeMprDevice0(mprDevice0(d)) : encodeMprDevice1(mprDevice1(d)),
          ),
        };
      }),

    // 3.1.4.40: szDeviceName must be a device RRouterDeviceEnum lists; a wrong szDeviceType is
    // replaced by the device's actual type.
    RRouterInterfaceDeviceSetInfo: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, async () => {
        requireLevel(req.dwLevel, [0, 1]);
        const blob = clientBlob(req.pInfoStruct, 'MPR_DEVICE');
        if (blob.length < (req.dwLevel === 0 ? MPR_DEVICE_0_SIZE : MPR_DEVICE_1_SIZE))
          throw invalidParameter(`MPR_DEVICE_${req.dwLevel} buffer of ${blob.length} bytes`);
        const v = req.dwLevel === 0 ? decodeMprDevice0(blob) : decodeMprDevice1(blob);
        const actual = (await b.devices()).find((d) => d.name.toLowerCase() === v.szDeviceName.toLowerCase());
        if (!actual) throw new RrasCallError(RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST, v.szDeviceName);
        const h = req.hInterface >>> 0;
        const index = req.dwIndex >>> 0;
        let keep;
        try {
          keep = await b.interfaceDevice(h, index);
        } catch {
          keep = undefined;
        }
        const device = phonebookDeviceFrom(
          { ...v, szDeviceType: actual.deviceType, szDeviceName: actual.name },
          keep,
        );
        await b.setInterfaceDevice(h, index, device);
      }),

    RRouterInterfaceSetCredentialsEx: (ctx, req) =>
      dimAction(env, ctx, ANY_ROUTER, async () => {
        requireLevel(req.dwLevel, CREDENTIAL_LEVELS);
        const blob = clientBlob(req.pInfoStruct, 'MPR_CREDENTIALSEX_1');
        const { bData } = decodeMprCredentialsEx1(blob);
        // 2.2.1.2.87: a preshared key's dwSize "MUST be less than 257".
        if (req.dwLevel !== 0 && bData.length > RrasLimits.presharedKey)
          throw invalidParameter(`preshared key of ${bData.length} bytes`);
        if (isServerL2tpKey(req.dwLevel, req.hInterface)) await b.setServerL2tpPresharedKey(bData);
        else await b.setInterfaceCredentialsEx(req.hInterface >>> 0, req.dwLevel, bData);
      }),

    // 3.1.4.42: level 0 (EAP) only on demand-dial (FULL_ROUTER) interfaces, an empty dwSize when
    // none is set; levels 1–3 return the preshared key itself, and none configured is an error.
    // Level 2 with a NULL hInterface reads the server's L2TP key (as Set writes it).
    RRouterInterfaceGetCredentialsEx: (ctx, req) =>
      dim(env, ctx, ANY_ROUTER, { pInfoStruct: EMPTY_INFO }, async () => {
        requireLevel(req.dwLevel, CREDENTIAL_LEVELS);
        const h = req.hInterface >>> 0;
        if (req.dwLevel === 0) {
          const i = await b.interface(h);
          if (i.type !== RouterInterfaceType.FULL_ROUTER)
            throw invalidParameter('EAP credentials exist for ROUTER_IF_TYPE_FULL_ROUTER interfaces only');
        }
        const data = isServerL2tpKey(req.dwLevel, h)
          ? await b.serverL2tpPresharedKey()
          : await b.interfaceCredentialsEx(h, req.dwLevel);
        if (req.dwLevel !== 0 && data.length === 0)
          throw new RrasCallError(Win32.ERROR_NOT_FOUND, 'no preshared key is configured');
        return { pInfoStruct: infoContainer(encodeMprCredentialsEx1({ bData: data })) };
      }),
  };
}
