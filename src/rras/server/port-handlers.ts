/**
 * Port methods: RRasAdminPortEnum (4, 3.1.4.5), RRasAdminPortGetInfo (5, 3.1.4.6),
 * RRasAdminPortClearStats (6, 3.1.4.7), RRasAdminPortReset (7, 3.1.4.8), RRasAdminPortDisconnect
 * (8, 3.1.4.9). Every one of these sections refuses a LAN-only router.
 */
import { RrasStatus } from '../../errors/status.js';
import {
  encodeArray,
  encodeRasiPort0,
  encodeRasiPort1,
  RASI_PORT_0_SIZE,
  rasiPort0Codec,
} from '../blobs/index.js';
import { isRrasError } from '../model/errors.js';
import { rasiPort0, rasiPort1 } from './blob-views.js';
import {
  type AsyncHandlers,
  dim,
  dimAction,
  type DimsvcEnv,
  NOT_LAN_ONLY,
  requireLevel,
  RrasCallError,
} from './call.js';
import { EMPTY_INFO, infoContainer } from './containers.js';
import { infoEnumPage, noInfoEnumPage } from './enumerate.js';

type Methods =
  | 'RRasAdminPortEnum'
  | 'RRasAdminPortGetInfo'
  | 'RRasAdminPortClearStats'
  | 'RRasAdminPortReset'
  | 'RRasAdminPortDisconnect';

/** hRasConnection = INVALID_HANDLE_VALUE: every port on the server (3.1.4.5). */
export const ALL_CONNECTIONS = 0xffffffff;

export function portHandlers(env: DimsvcEnv): AsyncHandlers<Methods> {
  const b = env.backend;
  return {
    RRasAdminPortEnum: (ctx, req) =>
      dim(env, ctx, NOT_LAN_ONLY, noInfoEnumPage(req), async () => {
        requireLevel(req.dwLevel, [0]);
        const all =
          req.hRasConnection >>> 0 === ALL_CONNECTIONS
            ? await b.ports()
            : await b.ports(req.hRasConnection >>> 0);
        return infoEnumPage(all, req, RASI_PORT_0_SIZE, (items) =>
          encodeArray(rasiPort0Codec, items.map(rasiPort0)),
        );
      }),

    RRasAdminPortGetInfo: (ctx, req) =>
      dim(env, ctx, NOT_LAN_ONLY, { pInfoStruct: EMPTY_INFO }, async () => {
        requireLevel(req.dwLevel, [0, 1]);
        const p = await b.port(req.hPort >>> 0);
        return {
          pInfoStruct: infoContainer(
            req.dwLevel === 0 ? encodeRasiPort0(rasiPort0(p)) : encodeRasiPort1(rasiPort1(p)),
          ),
        };
      }),

    RRasAdminPortClearStats: (ctx, req) =>
      dimAction(env, ctx, NOT_LAN_ONLY, () => b.clearPortStats(req.hPort >>> 0)),

    // 3.1.4.8: "performs no action and always returns ERROR_SUCCESS if the access validation
    // succeeds"; hPort "is not used". RRAS is still told (it logs the reset), but its opinion of
    // the unused parameter does not become the method's result.
    RRasAdminPortReset: (ctx, req) =>
      dimAction(env, ctx, NOT_LAN_ONLY, async () => {
        try {
          await b.resetPort(req.hPort >>> 0);
        } catch (err) {
          if (!isRrasError(err)) throw err;
        }
      }),

    // 3.1.4.9 step 3: the port must be one RRasAdminPortEnum lists and carry an active connection.
    // An unknown id is ERROR_INVALID_PORT_HANDLE, an idle port ERROR_PORT_NOT_CONNECTED (both
    // RAS codes, outside the method's table as the step requires).
    RRasAdminPortDisconnect: (ctx, req) =>
      dimAction(env, ctx, NOT_LAN_ONLY, async () => {
        const id = req.hPort >>> 0;
        const port = (await b.ports()).find((p) => p.id === id);
        if (!port) throw new RrasCallError(RrasStatus.ERROR_INVALID_PORT_HANDLE, `port ${id}`);
        if (port.connectionId === 0)
          throw new RrasCallError(RrasStatus.ERROR_PORT_NOT_CONNECTED, `port ${id} has no connection`);
        await b.disconnectPort(id);
      }),
  };
}
