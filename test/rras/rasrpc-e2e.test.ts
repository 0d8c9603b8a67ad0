/**
 * RASRPC over the real pipe: bound beside DIMSVC on `\PIPE\ROUTER`, authenticated with SPNEGO or
 * plain NTLM (2.1.2.1), reserved opnums answered with a nca_s_op_rng_error fault, a non-admin
 * refused with a fault carrying RPC_S_ACCESS_DENIED, and a RequestBuffer round trip.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { clientSecurity } from '../../src/cli/credentials.js';
import { Nca, RpcStatus, Win32 } from '../../src/errors/status.js';
import { connectRpc } from '../../src/interfaces/connect.js';
import { RasrpcClient, RasrpcSyntax } from '../../src/interfaces/rasrpc/rasrpc.gen.js';
import {
  decodeRasmanEnum,
  decodeRequestBuffer,
  encodeRequestBuffer,
  RASMAN_PORT_32_SIZE,
  ReqTypes,
  REQUEST_BUFFER_MIN_SIZE,
} from '../../src/rras/blobs/index.js';
import type { RpcClientConnection } from '../../src/rpc/client.js';
import { AuthLevel, RpcFault } from '../../src/rpc/types.js';
import { ADMIN, startRrasHost, USER, type RrasHost } from './sdk-fixture.js';

describe('RASRPC over \\PIPE\\ROUTER', () => {
  let host: RrasHost;
  const open: RpcClientConnection[] = [];

  before(async () => {
    host = await startRrasHost();
  });
  after(async () => {
    await Promise.all(open.map((c) => c.close()));
    await host.close();
  });

  async function bind(who: { user: string; password: string }, mechanism: 'spnego' | 'ntlm') {
    const creds = { ...who, domain: '', anonymous: false };
    const conn = await connectRpc('ncacn_np:127.0.0.1[\\pipe\\ROUTER]', {
      smbPort: host.smbPort,
      smbCredentials: creds,
      timeoutMs: 5000,
      security: clientSecurity(creds, { mechanism, level: AuthLevel.PKT_PRIVACY }),
    });
    open.push(conn);
    const ctx = await conn.bind(RasrpcSyntax);
    return {
      raw: (opnum: number) => conn.call(ctx, opnum, new Uint8Array(0)),
      api: new RasrpcClient({ syntax: ctx.syntax, call: (opnum, stub) => conn.call(ctx, opnum, stub) }),
    };
  }

  for (const mechanism of ['spnego', 'ntlm'] as const) {
    it(`an administrator authenticated with ${mechanism} gets the version`, async () => {
      const { api } = await bind(ADMIN, mechanism);
      assert.deepEqual(await api.RasRpcGetVersion({ pdwVersion: 0 }), { pdwVersion: 6, ret: 0 });
    });
  }

  it('reserved opnums fault with nca_s_op_rng_error', async () => {
    const { raw } = await bind(ADMIN, 'spnego');
    for (const opnum of [0, 4, 8, 13, 16, 17]) {
      await assert.rejects(
        raw(opnum),
        (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_op_rng_error,
        `opnum ${opnum}`,
      );
    }
  });

  it('a non-administrator gets a fault with status RPC_S_ACCESS_DENIED (5)', async () => {
    const { api } = await bind(USER, 'spnego');
    await assert.rejects(
      api.RasRpcGetVersion({ pdwVersion: 0 }),
      (e: unknown) => e instanceof RpcFault && e.status === RpcStatus.RPC_S_ACCESS_DENIED,
    );
    await assert.rejects(
      api.RasRpcSubmitRequest({
        pReqBuffer: new Uint8Array(REQUEST_BUFFER_MIN_SIZE),
        dwcbBufSize: REQUEST_BUFFER_MIN_SIZE,
      }),
      (e: unknown) => e instanceof RpcFault && e.status === RpcStatus.RPC_S_ACCESS_DENIED,
    );
  });

  it('REQTYPE_PORTENUM through RasRpcSubmitRequest', async () => {
    const { api } = await bind(ADMIN, 'spnego');
    const room = 128 * RASMAN_PORT_32_SIZE;
    const payload = new Uint8Array(12 + room);
    new DataView(payload.buffer).setUint32(4, room, true);
    const buf = encodeRequestBuffer(
      { RB_PCBIndex: 0, RB_Reqtype: ReqTypes.REQTYPE_PORTENUM, RB_Dummy: 8, RB_Done: 0, RB_Buffer: payload },
      REQUEST_BUFFER_MIN_SIZE + room,
    );
    const out = await api.RasRpcSubmitRequest({ pReqBuffer: buf, dwcbBufSize: buf.length });
    assert.equal(out.ret, Win32.ERROR_SUCCESS);
    const e = decodeRasmanEnum(decodeRequestBuffer(out.pReqBuffer!).RB_Buffer, undefined, room);
    assert.equal(e.retcode, 0);
    assert.equal(e.entries, 128);
    assert.equal(e.ports.length, 128);
    assert.equal(new Set(e.ports.map((p) => p.P_Port)).size, 128);
  });
});
