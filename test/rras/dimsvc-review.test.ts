/**
 * Status codes the MS-RRASM 3.1.4 sections name for specific conditions, checked at the handler:
 * RRouterInterfaceDelete's ERROR_INTERFACE_CONNECTED for the dial interface types only (3.1.4.16)
 * and RMprAdminServerSetInfoEx's three successes (3.1.4.48 with <323>/<324>).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RrasStatus, Win32 } from '../../src/errors/status.js';
import { DEMO_DEMAND_DIAL } from '../../src/rras/demo.js';
import { SetConfigFor } from '../../src/rras/server/ex-structs.js';
import { assertStatus, fixture } from './dimsvc-fixture.js';
import { sampleRequests } from './dimsvc-requests.js';

describe('RRouterInterfaceDelete (3.1.4.16)', () => {
  it('deletes LAN, internal and loopback interfaces although their adapters are up', async () => {
    const f = fixture();
    for (const name of ['Ethernet 2', 'Internal', 'Loopback']) {
      const { handle } = await f.rras.interfaceByName(name, false);
      assertStatus(
        (await f.h.RRouterInterfaceDelete(f.ctx(), { hInterface: handle })).ret,
        Win32.ERROR_SUCCESS,
        name,
      );
      const got = await f.h.RRouterInterfaceGetHandle(f.ctx(), {
        lpwsInterfaceName: name,
        phInterface: 0,
        fIncludeClientInterfaces: 0,
      });
      assertStatus(got.ret, RrasStatus.ERROR_NO_SUCH_INTERFACE, `${name} is gone`);
    }
  });

  it('answers ERROR_INTERFACE_CONNECTED for a connected demand-dial or client interface', async () => {
    const f = fixture();
    const dd = await f.rras.interfaceByName(DEMO_DEMAND_DIAL, false);
    assertStatus(
      (
        await f.h.RRouterInterfaceConnect(f.ctx(), {
          hInterface: dd.handle,
          hEvent: 0n,
          fBlocking: 1,
          dwCallersProcessId: 0,
        })
      ).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatus(
      (await f.h.RRouterInterfaceDelete(f.ctx(), { hInterface: dd.handle })).ret,
      RrasStatus.ERROR_INTERFACE_CONNECTED,
    );
    const client = (await f.rras.connections())[0]!.interfaceId;
    assertStatus(
      (await f.h.RRouterInterfaceDelete(f.ctx(), { hInterface: client })).ret,
      RrasStatus.ERROR_INTERFACE_CONNECTED,
    );
    assertStatus(
      (await f.h.RRouterInterfaceDisconnect(f.ctx(), { hInterface: dd.handle })).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatus(
      (await f.h.RRouterInterfaceDelete(f.ctx(), { hInterface: dd.handle })).ret,
      Win32.ERROR_SUCCESS,
    );
  });

  it('an unknown handle is an error outside the table, not ERROR_INTERFACE_CONNECTED', async () => {
    const f = fixture();
    assertStatus(
      (await f.h.RRouterInterfaceDelete(f.ctx(), { hInterface: 0x7fffffff })).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
  });
});

describe('RMprAdminServerSetInfoEx success codes (3.1.4.48)', () => {
  const base = sampleRequests().RMprAdminServerSetInfoEx;

  function request(
    setConfigForProtocols: number,
    ports: { pptp?: number; sstp?: number; ikev2?: number } = {},
  ) {
    const v = base.pServerConfig.value;
    const p = v.ConfigParams;
    return {
      pServerConfig: {
        ...base.pServerConfig,
        value: {
          ...v,
          setConfigForProtocols,
          ConfigParams: {
            ...p,
            PptpConfigParams: { ...p.PptpConfigParams, dwNumPorts: ports.pptp ?? 32 },
            SstpConfigParams: { ...p.SstpConfigParams, dwNumPorts: ports.sstp ?? 32 },
            IkeConfigParams: { ...p.IkeConfigParams, dwNumPorts: ports.ikev2 ?? 32 },
          },
        },
      },
    } as typeof base;
  }

  it('a PPTP/L2TP change that applies at once is ERROR_SUCCESS', async () => {
    const f = fixture();
    const r = await f.h.RMprAdminServerSetInfoEx(
      f.ctx(),
      request(SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_PPTP),
    );
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
  });

  for (const [what, flag] of [
    ['SSTP', SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_SSTP],
    ['IKEv2', SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_IKEV2],
  ] as const) {
    it(`a change for ${what} is ERROR_SUCCESS_RESTART_REQUIRED (<324>) and is stored`, async () => {
      const f = fixture();
      const req = request(flag | SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_PPTP);
      if (flag === SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_IKEV2)
        req.pServerConfig.value.ConfigParams.IkeConfigParams.TunnelConfigParams.dwIdleTimeout = 777;
      const r = await f.h.RMprAdminServerSetInfoEx(f.ctx(), req);
      assertStatus(r.ret, RrasStatus.ERROR_SUCCESS_RESTART_REQUIRED);
      if (flag === SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_IKEV2)
        assert.equal((await f.rras.serverInfo()).config.ikev2.idleTimeout, 777);
    });
  }

  it('a port count within MaxWanEndpoints applies at once; past it a reboot, which outranks the restart', async () => {
    const f = fixture();
    const within = await f.h.RMprAdminServerSetInfoEx(
      f.ctx(),
      request(SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_PPTP, { pptp: 16 }),
    );
    assertStatus(within.ret, Win32.ERROR_SUCCESS);
    assert.equal((await f.rras.ports()).filter((p) => p.kind === 'pptp').length, 16);
    const pptp = await f.h.RMprAdminServerSetInfoEx(
      f.ctx(),
      request(SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_PPTP, { pptp: 1001 }),
    );
    assertStatus(pptp.ret, RrasStatus.ERROR_SUCCESS_REBOOT_REQUIRED, '<323>');
    const sstp = await f.h.RMprAdminServerSetInfoEx(
      f.ctx(),
      request(SetConfigFor.MPRAPI_SET_CONFIG_PROTOCOL_FOR_SSTP, { sstp: 1001 }),
    );
    assertStatus(sstp.ret, RrasStatus.ERROR_SUCCESS_REBOOT_REQUIRED);
  });

  it('RMprAdminServerSetInfo (43) answers ERROR_SUCCESS_REBOOT_REQUIRED only past MaxWanEndpoints (<317>)', async () => {
    const f = fixture();
    const server1 = (pptpPorts: number) => {
      const blob = new Uint8Array(16);
      const dv = new DataView(blob.buffer);
      [pptpPorts, 3, 32, 3].forEach((v, i) => dv.setUint32(4 * i, v, true));
      return { dwLevel: 1, pInfoStruct: { dwBufferSize: blob.length, pBuffer: blob } };
    };
    assertStatus((await f.h.RMprAdminServerSetInfo(f.ctx(), server1(8))).ret, Win32.ERROR_SUCCESS);
    assert.equal((await f.rras.serverInfo()).totalPorts, 128 - 24);
    assertStatus(
      (await f.h.RMprAdminServerSetInfo(f.ctx(), server1(1000))).ret,
      Win32.ERROR_SUCCESS,
      'the maximum itself',
    );
    assertStatus(
      (await f.h.RMprAdminServerSetInfo(f.ctx(), server1(1001))).ret,
      RrasStatus.ERROR_SUCCESS_REBOOT_REQUIRED,
    );
  });

  it('RMprAdminServerSetInfo (43) never answers the restart code its table lacks', async () => {
    const f = fixture();
    const blob = new Uint8Array(24);
    const dv = new DataView(blob.buffer);
    // MPR_SERVER_2: the demo's own counts (32 each) and flags, so nothing needs a reboot either.
    [32, 3, 32, 3, 32, 3].forEach((v, i) => dv.setUint32(4 * i, v, true));
    const r = await f.h.RMprAdminServerSetInfo(f.ctx(), {
      dwLevel: 2,
      pInfoStruct: { dwBufferSize: blob.length, pBuffer: blob },
    });
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
  });
});
