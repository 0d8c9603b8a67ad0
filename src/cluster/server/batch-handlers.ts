/**
 * ClusAPI v3 registry batches ([MS-CMRP] 3.1.4.2.112–3.1.4.2.115, .141, .145): ApiExecuteBatch
 * applies a CLUSTER_REG_BATCH_UPDATE atomically and reports the failing command's number;
 * ApiExecuteReadBatch[Ex] answer one result per read command; batch notification ports queue what
 * each committed batch changed.
 */
import { Win32 } from '../../errors/status.js';
import type { Clusapi3Handlers, HBATCH_PORT_RPC } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { CallContext } from '../../rpc/types.js';
import type { AccessLevel } from '../model/access.js';
import { BatchFailure, decodeBatch, encodeBatch, executeBatch, executeReadBatch } from '../registry/batch.js';
import type { BatchPort } from '../registry/batch-ports.js';
import { BatchPortHub } from '../registry/batch-ports.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { READ, WRITE, run, statusOf, useHandle } from './call.js';
import { HandleKind, closeHandle, nullHandle } from './handles.js';
import { envRegistry, useKey } from './registry-handlers.js';

interface PortHandle {
  readonly objectId: string;
  readonly level: AccessLevel;
  readonly port: BatchPort;
}

type BatchHandlers = SyncHandlers<
  | 'ApiExecuteBatch'
  | 'ApiCreateBatchPort'
  | 'ApiCloseBatchPort'
  | 'ApiExecuteReadBatch'
  | 'ApiExecuteReadBatchEx'
> & {
  ApiGetBatchNotification: (
    ctx: CallContext,
    req: Parameters<Clusapi3Handlers['ApiGetBatchNotification']>[1],
  ) => Promise<Res<'ApiGetBatchNotification'>>;
};

const hubs = new WeakMap<object, BatchPortHub>();

export function batchHandlers(env: ClusterServerEnv): BatchHandlers {
  /** One hub per registry, so that every handler set over the same registry sees the same ports. */
  const hub = (): BatchPortHub => {
    const reg = envRegistry(env);
    let h = hubs.get(reg);
    if (!h) {
      h = new BatchPortHub();
      hubs.set(reg, h);
    }
    return h;
  };

  const readBatch = (
    ctx: CallContext,
    hKey: Uint8Array,
    data: Uint8Array,
    cbData: number,
  ): Res<'ApiExecuteReadBatch'> =>
    run<Res<'ApiExecuteReadBatch'>>(
      () => {
        const h = useKey(env, ctx, hKey, READ);
        const out = encodeBatch(
          executeReadBatch(envRegistry(env), h.objectId, decodeBatch(data.subarray(0, cbData))),
        );
        return { cbOutData: out.length, lpOutData: out };
      },
      { cbOutData: 0, lpOutData: null },
    );

  return {
    ApiExecuteBatch(ctx, req) {
      try {
        const h = useKey(env, ctx, req.hKey, WRITE);
        const entries = decodeBatch(req.lpData.subarray(0, req.cbData));
        hub().publish(executeBatch(envRegistry(env), h.objectId, entries));
        return { pdwFailedCommand: 0, rpc_status: 0, ret: Win32.ERROR_SUCCESS };
      } catch (err) {
        // pdwFailedCommand: the 1-based number of the command that failed (3.1.4.2.112).
        const failed = err instanceof BatchFailure ? err.failedCommand : 0;
        return { pdwFailedCommand: failed, rpc_status: 0, ret: statusOf(err) };
      }
    },

    ApiCreateBatchPort(ctx, req) {
      return run<Res<'ApiCreateBatchPort'>>(
        () => {
          const h = useKey(env, ctx, req.hKey, READ);
          const port = hub().open();
          const handle = ctx.association.handles.create<PortHandle>(
            HandleKind.batchPort,
            { objectId: h.objectId, level: h.level, port },
            (s) => s.port.close(),
          ) as HBATCH_PORT_RPC;
          return { phBatchPort: handle };
        },
        { phBatchPort: nullHandle<HBATCH_PORT_RPC>() },
      );
    },

    async ApiGetBatchNotification(ctx, req) {
      let port: BatchPort;
      try {
        port = (useHandle(env, ctx, req.hBatchNotify, HandleKind.batchPort, READ) as PortHandle).port;
      } catch (err) {
        return { cbData: 0, lpData: null, ret: statusOf(err) };
      }
      const buffer = await port.next(ctx.signal);
      // 3.1.4.2.114: a port closed by ApiCloseBatchPort completes the wait with ERROR_NO_MORE_ITEMS.
      if (!buffer) return { cbData: 0, lpData: null, ret: Win32.ERROR_NO_MORE_ITEMS };
      return { cbData: buffer.length, lpData: buffer, ret: Win32.ERROR_SUCCESS };
    },

    ApiCloseBatchPort(ctx, req) {
      const state = ctx.association.handles.lookup<PortHandle>(req.phBatchPort, HandleKind.batchPort);
      const { handle, ret } = closeHandle(ctx, req.phBatchPort, HandleKind.batchPort);
      if (ret === Win32.ERROR_SUCCESS) state?.port.close();
      return { phBatchPort: handle, ret };
    },

    ApiExecuteReadBatch(ctx, req) {
      return readBatch(ctx, req.hKey, req.lpInData, req.cbInData);
    },

    ApiExecuteReadBatchEx(ctx, req) {
      // Reads run in one store transaction, which already isolates them (CLUSREG_DATABASE_ISOLATE_READ).
      return readBatch(ctx, req.hKey, req.lpInData, req.cbInData);
    },
  };
}
