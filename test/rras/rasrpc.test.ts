/**
 * RASRPC handlers (MS-RRASM 3.3.4) over the demo RRAS, called directly: the access exception,
 * the reserved opnums, each method's rules, and RasRpcSubmitRequest's quirks (ERROR_SUCCESS with
 * the outcome in the payload's retcode, the minimum buffer size).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Nca, RpcStatus, RrasStatus, Win32 } from '../../src/errors/status.js';
import {
  createRasrpcServer,
  RasrpcOpnums,
  type RasrpcHandlers,
} from '../../src/interfaces/rasrpc/rasrpc.gen.js';
import {
  decodeDeviceConfigInfo,
  decodeGetDevConfig,
  decodeGetNdiswanDriverCaps,
  decodeGetSetCalledId,
  decodeRasmanEnum,
  decodeRasmanGetInfo,
  decodeRequestBuffer,
  encodeDeviceConfigInfo,
  encodeGetDevConfig,
  encodeGetSetCalledId,
  encodeRequestBuffer,
  GET_NDISWAN_DRIVER_CAPS_SIZE,
  INFO_SIZE,
  RASMAN_PORT_32_SIZE,
  RAS_DEVICE_INFO_SIZE,
  RasmanState,
  ReqTypes,
  REQUEST_BUFFER_HEADER_SIZE,
  REQUEST_BUFFER_MIN_SIZE,
} from '../../src/rras/blobs/index.js';
import {
  createRasrpcHandlers,
  fromPbUser,
  MAX_PBUSER_LIST,
  toPbUser,
} from '../../src/rras/server/rasrpc-handlers.js';
import { toRasDeviceInfo } from '../../src/rras/server/rasrpc-submit.js';
import { RpcFault } from '../../src/rpc/types.js';
import { fixture, type Who } from './dimsvc-fixture.js';

function setup() {
  const f = fixture();
  const h = createRasrpcHandlers({ backend: f.rras });
  return { ...f, r: h };
}

/** A RequestBuffer of `capacity` bytes (default: the minimum the server processes). */
function request(
  reqType: number,
  payload: Uint8Array,
  opts: { port?: number; dummy?: number; capacity?: number } = {},
) {
  const capacity =
    opts.capacity ?? Math.max(REQUEST_BUFFER_MIN_SIZE, REQUEST_BUFFER_HEADER_SIZE + payload.length);
  const b = encodeRequestBuffer(
    {
      RB_PCBIndex: opts.port ?? 0,
      RB_Reqtype: reqType,
      RB_Dummy: opts.dummy ?? 8,
      RB_Done: 0,
      RB_Buffer: payload,
    },
    capacity,
  );
  return { pReqBuffer: b, dwcbBufSize: b.length };
}

async function submit(
  r: RasrpcHandlers,
  ctx: ReturnType<ReturnType<typeof setup>['ctx']>,
  req: ReturnType<typeof request>,
) {
  const out = await r.RasRpcSubmitRequest(ctx, req);
  assert.equal(out.ret, Win32.ERROR_SUCCESS, 'RasRpcSubmitRequest always returns ERROR_SUCCESS');
  assert.equal(out.pReqBuffer!.length, req.dwcbBufSize, 'the reply fills the client buffer exactly');
  return decodeRequestBuffer(out.pReqBuffer!).RB_Buffer;
}

/** An Enum request offering `room` bytes of RASMAN_PORT_32 (size = room, entries = 0). */
function enumRequest(room: number): Uint8Array {
  const b = new Uint8Array(12 + room);
  new DataView(b.buffer).setUint32(4, room, true);
  return b;
}

const retcode = (b: Uint8Array): number => new DataView(b.buffer, b.byteOffset).getUint32(0, true);

describe('RASRPC access (3.3.4, <332>)', () => {
  const calls: { [K in keyof RasrpcHandlers]: Parameters<RasrpcHandlers[K]>[1] } = {
    RasRpcDeleteEntry: { lpszPhonebook: '', lpszEntry: 'Branch-Office' },
    RasRpcGetUserPreferences: { pUser: toPbUser(fromPbUser(emptyPbUser())), dwMode: 2 },
    RasRpcSetUserPreferences: { pUser: emptyPbUser(), dwMode: 2 },
    RasRpcGetSystemDirectory: { lpBuffer: '', uSize: 260 },
    RasRpcSubmitRequest: request(ReqTypes.REQTYPE_GETNDISWANDRIVERCAPS, new Uint8Array(12)),
    RasRpcGetInstalledProtocolsEx: { fRouter: 1, fRasCli: 0, fRasSrv: 1 },
    RasRpcGetVersion: { pdwVersion: 0 },
  };
  for (const who of ['user', 'anonymous', 'none'] as Who[]) {
    for (const [method, req] of Object.entries(calls)) {
      it(`${method}: ${who} gets a fault with status RPC_S_ACCESS_DENIED`, async () => {
        const { r, ctx, rras } = setup();
        const before = await rras.phonebookEntries();
        const call = (r as unknown as Record<string, (c: unknown, q: unknown) => Promise<unknown>>)[method]!;
        await assert.rejects(call(ctx(who), req), (e: unknown) => {
          assert.ok(e instanceof RpcFault);
          assert.equal(e.status, RpcStatus.RPC_S_ACCESS_DENIED);
          return true;
        });
        assert.deepEqual(await rras.phonebookEntries(), before, 'nothing changed');
      });
    }
  }
  it('the SMB session identity of an administrator passes', async () => {
    const { r, ctx } = setup();
    assert.equal((await r.RasRpcGetVersion(ctx('admin', { smb: true }), { pdwVersion: 0 })).pdwVersion, 6);
  });
});

describe('RASRPC dispatch', () => {
  it('reserved opnums and those past the table fault with nca_s_op_rng_error', async () => {
    const { r, ctx } = setup();
    const server = createRasrpcServer(r);
    const reserved = RasrpcOpnums.ops.filter((o) => o.kind === 'notUsedOnWire').map((o) => o.opnum);
    assert.deepEqual(reserved, [0, 1, 2, 3, 4, 6, 7, 8, 13, 16]);
    for (const opnum of [...reserved, 17, 255]) {
      await assert.rejects(
        Promise.resolve().then(() => server.invoke({ ...ctx(), opnum }, new Uint8Array(0))),
        (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_op_rng_error,
        `opnum ${opnum}`,
      );
    }
  });
});

describe('RASRPC methods', () => {
  it('RasRpcGetVersion and RasRpcGetSystemDirectory', async () => {
    const { r, ctx } = setup();
    assert.deepEqual(await r.RasRpcGetVersion(ctx(), { pdwVersion: 0 }), { pdwVersion: 6, ret: 0 });
    const dir = await r.RasRpcGetSystemDirectory(ctx(), { lpBuffer: '', uSize: 260 });
    assert.equal(dir.lpBuffer, 'C:\\Windows\\system32');
    assert.equal(dir.ret, dir.lpBuffer.length);
    // uSize below RASRPC_MAX_PATH: the failure value 0.
    assert.equal((await r.RasRpcGetSystemDirectory(ctx(), { lpBuffer: '', uSize: 100 })).ret, 0);
  });

  it('RasRpcGetInstalledProtocolsEx answers NP_* bits of the roles asked for', async () => {
    const { r, ctx } = setup();
    assert.equal(
      (await r.RasRpcGetInstalledProtocolsEx(ctx(), { fRouter: 1, fRasCli: 0, fRasSrv: 0 })).ret,
      0x4 | 0x8,
    );
    assert.equal(
      (await r.RasRpcGetInstalledProtocolsEx(ctx(), { fRouter: 0, fRasCli: 0, fRasSrv: 0 })).ret,
      0,
    );
  });

  it('user preferences round-trip for dwMode 2 and refuse other modes', async () => {
    const { r, ctx } = setup();
    const got = await r.RasRpcGetUserPreferences(ctx(), { pUser: emptyPbUser(), dwMode: 2 });
    assert.equal(got.ret, Win32.ERROR_SUCCESS);
    const changed = {
      ...fromPbUser(got.pUser),
      redialAttempts: 7,
      phonebooks: ['C:\\pb\\a.pbk', 'C:\\pb\\b.pbk'],
      callbacks: [{ portName: 'VPN2-1', deviceName: 'WAN Miniport (IKEv2)', number: '555', deviceType: 15 }],
      locations: [{ locationId: 1, prefix: 2, suffix: 3 }],
    };
    assert.equal((await r.RasRpcSetUserPreferences(ctx(), { pUser: toPbUser(changed), dwMode: 2 })).ret, 0);
    const again = await r.RasRpcGetUserPreferences(ctx(), { pUser: emptyPbUser(), dwMode: 2 });
    assert.deepEqual(fromPbUser(again.pUser), changed);
    assert.equal(
      (await r.RasRpcGetUserPreferences(ctx(), { pUser: emptyPbUser(), dwMode: 0 })).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.equal(
      (await r.RasRpcSetUserPreferences(ctx(), { pUser: emptyPbUser(), dwMode: 1 })).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('a client list longer than the limit is ERROR_INVALID_PARAMETER', async () => {
    const { r, ctx } = setup();
    const long = toPbUser({ ...fromPbUser(emptyPbUser()), phonebooks: [] });
    let head = null;
    for (let i = 0; i <= MAX_PBUSER_LIST; i++) head = { psz: new Array<number>(256).fill(0), pNext: head };
    const out = await r.RasRpcSetUserPreferences(ctx(), { pUser: { ...long, pPhonebooks: head }, dwMode: 2 });
    assert.equal(out.ret, Win32.ERROR_INVALID_PARAMETER);
  });

  it('RasRpcDeleteEntry: unknown entry refused, a known one deleted', async () => {
    const { r, ctx, rras } = setup();
    assert.equal(
      (await r.RasRpcDeleteEntry(ctx(), { lpszPhonebook: '', lpszEntry: 'No-Such-Entry' })).ret,
      RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY,
    );
    const [entry] = await rras.phonebookEntries();
    const ret = (await r.RasRpcDeleteEntry(ctx(), { lpszPhonebook: '', lpszEntry: entry!.name })).ret;
    if (ret === Win32.ERROR_SUCCESS) assert.equal((await rras.phonebookEntries()).length, 0);
    else assert.equal(ret, RrasStatus.ERROR_INTERFACE_CONNECTED);
  });
});

describe('RasRpcSubmitRequest (3.3.4.5)', () => {
  it('a buffer below sizeof(RequestBuffer) + 5000, a NULL buffer or an unknown ReqType: ERROR_SUCCESS, untouched', async () => {
    const { r, ctx } = setup();
    const small = request(ReqTypes.REQTYPE_PORTENUM, new Uint8Array(12), {
      capacity: REQUEST_BUFFER_MIN_SIZE - 1,
    });
    const out = await r.RasRpcSubmitRequest(ctx(), small);
    assert.equal(out.ret, Win32.ERROR_SUCCESS);
    assert.deepEqual(out.pReqBuffer, small.pReqBuffer);
    assert.deepEqual(await r.RasRpcSubmitRequest(ctx(), { pReqBuffer: null, dwcbBufSize: 0 }), {
      pReqBuffer: null,
      ret: 0,
    });
    const odd = request(9999, new Uint8Array(16));
    assert.deepEqual((await r.RasRpcSubmitRequest(ctx(), odd)).pReqBuffer, odd.pReqBuffer);
  });

  it('REQTYPE_PORTENUM: entries counts every port, the ports that fit Enum.size are copied', async () => {
    const { r, ctx, rras } = setup();
    const all = await rras.ports();
    const room = all.length * RASMAN_PORT_32_SIZE;
    const full = decodeRasmanEnum(
      await submit(
        r,
        ctx(),
        request(ReqTypes.REQTYPE_PORTENUM, enumRequest(room), { capacity: REQUEST_BUFFER_MIN_SIZE + room }),
      ),
      undefined,
      room,
    );
    assert.equal(full.retcode, 0);
    assert.equal(full.entries, all.length);
    assert.equal(full.size, room);
    assert.deepEqual(
      full.ports.map((p) => p.P_Port),
      all.map((p) => p.id),
    );
    assert.equal(full.ports[0]!.P_PortName, all[0]!.name.slice(0, 15));
    const three = 3 * RASMAN_PORT_32_SIZE;
    const some = decodeRasmanEnum(
      await submit(r, ctx(), request(ReqTypes.REQTYPE_PORTENUM, enumRequest(three))),
      undefined,
      three,
    );
    // Only three were copied (the client's padding after them is not read); entries counts all.
    assert.equal(some.entries, all.length);
    assert.equal(some.size, all.length * RASMAN_PORT_32_SIZE);
    assert.deepEqual(
      some.ports.map((p) => p.P_Port),
      all.slice(0, 3).map((p) => p.id),
    );
    const none = decodeRasmanEnum(
      await submit(r, ctx(), request(ReqTypes.REQTYPE_PORTENUM, enumRequest(0))),
      undefined,
      0,
    );
    assert.deepEqual([none.retcode, none.entries, none.ports.length], [0, all.length, 0]);
    // Enum.size larger than the buffer holds: E_INVALIDARG in retcode.
    const lie = enumRequest(0);
    new DataView(lie.buffer).setUint32(4, 1 << 20, true);
    assert.equal(
      retcode(await submit(r, ctx(), request(ReqTypes.REQTYPE_PORTENUM, lie))),
      RrasStatus.E_INVALIDARG,
    );
  });

  it('REQTYPE_GETINFO: the port by RB_PCBIndex, 32- and 64-bit layouts; unknown port → ERROR_PORT_NOT_FOUND', async () => {
    const { r, ctx, rras } = setup();
    const busy = (await rras.ports()).find((p) => p.connectionId !== 0)!;
    for (const width of [4, 8] as const) {
      const got = decodeRasmanGetInfo(
        await submit(
          r,
          ctx(),
          request(ReqTypes.REQTYPE_GETINFO, new Uint8Array(INFO_SIZE[width]), {
            port: busy.id,
            dummy: width,
          }),
        ),
        width,
      );
      assert.equal(got.retcode, 0);
      assert.equal(got.info.RI_ConnState, RasmanState.CONNECTED);
      assert.equal(got.info.RI_ConnectionHandle, busy.connectionId);
      assert.equal(got.info.RI_szPortName, busy.name);
    }
    const missing = await submit(
      r,
      ctx(),
      request(ReqTypes.REQTYPE_GETINFO, new Uint8Array(INFO_SIZE[8]), { port: 999_999 }),
    );
    assert.equal(retcode(missing), RrasStatus.ERROR_PORT_NOT_FOUND);
  });

  it('REQTYPE_GETDEVICECONFIGINFO: version check, cEntries and cbBuffer for all devices', async () => {
    const { r, ctx, rras } = setup();
    const devices = await rras.devices();
    const room = devices.length * RAS_DEVICE_INFO_SIZE;
    const ask = (version: number, cb: number) =>
      encodeDeviceConfigInfo({ retcode: 0, dwVersion: version, cbBuffer: cb, cEntries: 0, devices: [] });
    const wrong = await submit(r, ctx(), request(ReqTypes.REQTYPE_GETDEVICECONFIGINFO, ask(5, 0)));
    assert.equal(retcode(wrong), Win32.ERROR_NOT_SUPPORTED);
    const got = decodeDeviceConfigInfo(
      await submit(
        r,
        ctx(),
        request(ReqTypes.REQTYPE_GETDEVICECONFIGINFO, ask(6, room), {
          capacity: REQUEST_BUFFER_MIN_SIZE + room,
        }),
      ),
    );
    assert.equal(got.retcode, 0);
    assert.equal(got.cEntries, devices.length);
    assert.equal(got.cbBuffer, room);
    assert.deepEqual(
      got.devices.map((d) => d.guidDevice),
      devices.map((d) => d.guid),
    );
  });

  it('REQTYPE_SETDEVICECONFIGINFO writes a device and clamps endpoints to the maximum', async () => {
    const { r, ctx, rras } = setup();
    const [d] = await rras.devices();
    const info = {
      ...toRasDeviceInfo(d!, 6),
      fWrite: true,
      fRouterEnabled: !d!.routerEnabled,
      dwNumEndPoints: d!.maxWanEndPoints + 100,
    };
    const set = decodeDeviceConfigInfo(
      await submit(
        r,
        ctx(),
        request(
          ReqTypes.REQTYPE_SETDEVICECONFIGINFO,
          encodeDeviceConfigInfo({ retcode: 0, dwVersion: 6, devices: [info] }),
        ),
      ),
    );
    assert.equal(set.retcode, 0);
    const after = await rras.device(d!.guid);
    assert.equal(after.routerEnabled, !d!.routerEnabled);
    assert.equal(after.numEndPoints, d!.maxWanEndPoints);
    // cbBuffer smaller than cEntries devices: ERROR_INVALID_PARAMETER.
    const short = encodeDeviceConfigInfo({
      retcode: 0,
      dwVersion: 6,
      cbBuffer: 10,
      cEntries: 1,
      devices: [info],
    });
    assert.equal(
      retcode(await submit(r, ctx(), request(ReqTypes.REQTYPE_SETDEVICECONFIGINFO, short))),
      Win32.ERROR_INVALID_PARAMETER,
    );
    // An unknown device: its dwError says so.
    const ghost = { ...info, guidDevice: '00000000-0000-0000-0000-0000000000ff' };
    const g = decodeDeviceConfigInfo(
      await submit(
        r,
        ctx(),
        request(
          ReqTypes.REQTYPE_SETDEVICECONFIGINFO,
          encodeDeviceConfigInfo({ retcode: 0, dwVersion: 6, devices: [ghost] }),
        ),
      ),
    );
    assert.equal(g.devices[0]!.dwError, RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST);
  });

  it('REQTYPE_SETCALLEDID then REQTYPE_GETCALLEDID round-trip; too little room reports the size', async () => {
    const { r, ctx, rras } = setup();
    const [d] = await rras.devices();
    const ids = Buffer.from('555-0100\u0000555-0101\u0000\u0000', 'utf16le');
    const base = { retcode: 0, fWrite: true, guidDevice: d!.guid, rdi: toRasDeviceInfo(d!, 6) };
    const set = await submit(
      r,
      ctx(),
      request(
        ReqTypes.REQTYPE_SETCALLEDID,
        encodeGetSetCalledId({ ...base, rciInfo: { bCalledId: new Uint8Array(ids) } }),
      ),
    );
    assert.equal(retcode(set), 0);
    assert.deepEqual((await rras.device(d!.guid)).calledIds, ['555-0100', '555-0101']);
    const room = new Uint8Array(256);
    const got = decodeGetSetCalledId(
      await submit(
        r,
        ctx(),
        request(
          ReqTypes.REQTYPE_GETCALLEDID,
          encodeGetSetCalledId({
            ...base,
            fWrite: false,
            dwSize: 4 + room.length,
            rciInfo: { bCalledId: room },
          }),
        ),
      ),
    );
    assert.equal(got.dwSize, 4 + ids.length);
    assert.deepEqual(Buffer.from(got.rciInfo.bCalledId), ids);
    const tiny = decodeGetSetCalledId(
      await submit(
        r,
        ctx(),
        request(
          ReqTypes.REQTYPE_GETCALLEDID,
          encodeGetSetCalledId({
            ...base,
            fWrite: false,
            dwSize: 4,
            rciInfo: { bCalledId: new Uint8Array(0) },
          }),
        ),
      ),
    );
    assert.equal(tiny.dwSize, 4 + ids.length);
    assert.equal(tiny.rciInfo.bCalledId.length, 0);
  });

  it('REQTYPE_GETNDISWANDRIVERCAPS and REQTYPE_GETDEVCONFIG', async () => {
    const { r, ctx, rras } = setup();
    const caps = decodeGetNdiswanDriverCaps(
      await submit(
        r,
        ctx(),
        request(ReqTypes.REQTYPE_GETNDISWANDRIVERCAPS, new Uint8Array(GET_NDISWAN_DRIVER_CAPS_SIZE)),
      ),
    );
    assert.equal(caps.retcode, 0);
    const vpnPort = (await rras.ports())[0]!;
    const devType = (await rras.devices())[0]!.deviceType;
    const asked = encodeGetDevConfig({ retcode: 0, devicetype: devType, config: new Uint8Array(64) });
    const got = decodeGetDevConfig(
      await submit(r, ctx(), request(ReqTypes.REQTYPE_GETDEVCONFIG, asked, { port: vpnPort.id })),
    );
    assert.equal(got.retcode, 0);
    assert.equal(got.config.length, 0, 'not a modem: size 0');
    assert.equal(
      retcode(await submit(r, ctx(), request(ReqTypes.REQTYPE_GETDEVCONFIG, asked, { port: 999_999 }))),
      RrasStatus.ERROR_PORT_NOT_FOUND,
    );
    const noSuch = encodeGetDevConfig({ retcode: 0, devicetype: 'isdn', config: new Uint8Array(0) });
    assert.equal(
      retcode(await submit(r, ctx(), request(ReqTypes.REQTYPE_GETDEVCONFIG, noSuch, { port: vpnPort.id }))),
      RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST,
    );
  });
});

describe('RasRpcSubmitRequest with arbitrary buffers', () => {
  it("always answers ERROR_SUCCESS with a buffer of the client's size, never an exception", async () => {
    const { r, ctx } = setup();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          reqType: fc.constantFrom(...Object.values(ReqTypes), 0, 1000),
          port: fc.oneof(fc.nat(300), fc.constant(0xffffffff)),
          dummy: fc.constantFrom(0, 4, 8, 0xffffffff),
          head: fc.uint8Array({ maxLength: 1200 }),
          extra: fc.nat(3000),
        }),
        async ({ reqType, port, dummy, head, extra }) => {
          const payload = new Uint8Array(REQUEST_BUFFER_MIN_SIZE - REQUEST_BUFFER_HEADER_SIZE + extra);
          payload.set(head.subarray(0, payload.length));
          const req = request(reqType, payload, { port, dummy });
          const out = await r.RasRpcSubmitRequest(ctx(), req);
          assert.equal(out.ret, Win32.ERROR_SUCCESS);
          assert.equal(out.pReqBuffer!.length, req.dwcbBufSize);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function emptyPbUser() {
  return toPbUser({
    operatorDial: false,
    previewPhoneNumber: false,
    useLocation: false,
    showLights: false,
    showConnectStatus: false,
    closeOnDial: false,
    allowLogonPhonebookEdits: false,
    allowLogonLocationEdits: false,
    skipConnectComplete: false,
    newEntryWizard: false,
    redialAttempts: 0,
    redialSeconds: 0,
    idleDisconnectSeconds: 0,
    redialOnLinkFailure: false,
    popupOnTopWhenRedialing: false,
    expandAutoDialQuery: false,
    callbackMode: 0,
    callbacks: [],
    lastCallbackByCaller: '',
    phonebookMode: 0,
    personalFile: '',
    alternatePath: '',
    phonebooks: [],
    areaCodes: [],
    useAreaAndCountry: false,
    prefixes: [],
    suffixes: [],
    locations: [],
    xPhonebook: 0,
    yPhonebook: 0,
    defaultEntry: '',
    initialized: false,
    dirty: false,
  });
}
