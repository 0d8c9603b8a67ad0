/**
 * DIMSVC method rules beyond the access check, called directly against the demo RRAS: the two
 * seed methods (RRasAdminPortDisconnect 3.1.4.9, RRasAdminUpdateConnection 3.1.4.49), resumable
 * enumerations, level validation, the RouterType step, blob decoding and the other families.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RrasStatus, Win32 } from '../../src/errors/status.js';
import type { DimsvcHandlers } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import type { RrasBackend } from '../../src/rras/backend.js';
import {
  decodeArray,
  decodeInfoBlock,
  decodeMibOpaqueInfo,
  decodeMibIpForwardRow,
  decodeMprInterface2,
  decodeMprServer0,
  decodeMprServer2,
  decodeRasiPort1,
  dwordToIpv4,
  encodeMibOpaqueInfo,
  encodeMibIpForwardRow,
  encodeMprInterface0,
  encodeMprInterface2,
  InfoType,
  ipv4ToDword,
  MibId,
  mprInterface0Codec,
  RAS_CONNECTION_4_SIZE,
  rasConnection4Codec,
  RASI_PORT_0_SIZE,
  rasiPort0Codec,
  rasiConnection0Codec,
} from '../../src/rras/blobs/index.js';
import { IPRTRMGR_PID, RouterInterfaceType, TransportId } from '../../src/rras/model/types.js';
import { createDimsvcHandlers } from '../../src/rras/server/index.js';
import { routeMatchingIndex } from '../../src/rras/server/mib-handlers.js';
import { assertStatus, fixture } from './dimsvc-fixture.js';
import { globalInfoContainer, mibQuery, sampleRequests, wchars } from './dimsvc-requests.js';

const EMPTY = { dwBufferSize: 0, pBuffer: null };
const ALL = 0xffffffff;
const text = (units: readonly number[]): string => String.fromCharCode(...units.slice(0, units.indexOf(0)));

/** The demo backend, but reporting another RouterType. */
function withRouterType(backend: RrasBackend, routerType: number): RrasBackend {
  return new Proxy(backend, {
    get(target, prop, receiver) {
      if (prop === 'routerType') return () => Promise.resolve(routerType);
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

function update(id: number, ifIndex: number, remote: string, header = { revision: 1, type: 5, size: 140 }) {
  return {
    hDimConnection: id,
    pServerConfig: {
      tag: 1 as const,
      value: { Header: header, dwIfIndex: ifIndex, wszRemoteEndpointAddress: wchars(remote, 65) },
    },
  };
}

const exHeader = { revision: 1, type: 1, size: 1664 };

describe('RRasAdminPortDisconnect (opnum 8, 3.1.4.9)', () => {
  it('disconnects the active connection on a port: the connection ends and its port goes idle', async () => {
    const f = fixture();
    const port = (await f.rras.ports()).find((p) => p.connectionId !== 0)!;
    const conn = port.connectionId;
    const r = await f.h.RRasAdminPortDisconnect(f.ctx(), { hPort: port.id });
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
    assert.ok(!(await f.rras.connections()).some((c) => c.id === conn));
    assert.equal((await f.rras.port(port.id)).connectionId, 0);
    const g = await f.h.RRasAdminConnectionGetInfo(f.ctx(), { dwLevel: 0, hDimConnection: conn });
    assert.notEqual(g.ret, Win32.ERROR_SUCCESS);
  });

  it('an idle port is ERROR_PORT_NOT_CONNECTED, an unknown id ERROR_INVALID_PORT_HANDLE', async () => {
    const f = fixture();
    const idle = (await f.rras.ports()).find((p) => p.connectionId === 0)!;
    assertStatus(
      (await f.h.RRasAdminPortDisconnect(f.ctx(), { hPort: idle.id })).ret,
      RrasStatus.ERROR_PORT_NOT_CONNECTED,
    );
    assertStatus(
      (await f.h.RRasAdminPortDisconnect(f.ctx(), { hPort: 99999 })).ret,
      RrasStatus.ERROR_INVALID_PORT_HANDLE,
    );
    assertStatus(
      (await f.h.RRasAdminPortDisconnect(f.ctx(), { hPort: 0xffffffff })).ret,
      RrasStatus.ERROR_INVALID_PORT_HANDLE,
    );
    assert.equal((await f.rras.connections()).length, 5);
  });

  it('a LAN-only router refuses it with ERROR_DDM_NOT_RUNNING before looking at the port', async () => {
    const f = fixture();
    const active = (await f.rras.ports()).find((p) => p.connectionId !== 0)!;
    for (const routerType of [0x2, 0x12]) {
      const h = createDimsvcHandlers({ backend: withRouterType(f.rras, routerType) });
      assertStatus(
        (await h.RRasAdminPortDisconnect(f.ctx(), { hPort: active.id })).ret,
        RrasStatus.ERROR_DDM_NOT_RUNNING,
      );
      assertStatus(
        (await h.RRasAdminPortDisconnect(f.ctx(), { hPort: 99999 })).ret,
        RrasStatus.ERROR_DDM_NOT_RUNNING,
      );
    }
    assert.equal((await f.rras.port(active.id)).connectionId, active.connectionId);
    // RAS + LAN (the demo's 0x3 with IPv6 0x18) and WAN-only routers run the demand-dial manager.
    for (const routerType of [0x1b, 0x4]) {
      const h = createDimsvcHandlers({ backend: withRouterType(f.rras, routerType) });
      assertStatus(
        (await h.RRasAdminPortDisconnect(f.ctx(), { hPort: 99999 })).ret,
        RrasStatus.ERROR_INVALID_PORT_HANDLE,
      );
    }
  });
});

describe('RRasAdminUpdateConnection (opnum 48, 3.1.4.49)', () => {
  it('moves an IKEv2 connection to a new endpoint; ConnectionGetInfoEx and level 4 show it', async () => {
    const f = fixture();
    const ike = (await f.rras.connections()).find((c) => c.kind === 'ikev2')!;
    const r = await f.h.RRasAdminUpdateConnection(f.ctx(), update(ike.id, 5, '203.0.113.7'));
    assertStatus(r.ret, Win32.ERROR_SUCCESS);

    const ex = await f.h.RRasAdminConnectionGetInfoEx(f.ctx(), {
      hDimConnection: ike.id,
      objectHeader: exHeader,
    });
    assertStatus(ex.ret, Win32.ERROR_SUCCESS);
    const v = ex.pRasConnection.value;
    assert.equal(text(v.wszRemoteEndpointAddress), '203.0.113.7');
    assert.equal(v.dwNumSwitchOvers, (ike.ikev2?.switchOvers ?? 0) + 1);
    assert.equal(v.hConnection, ike.id);
    assert.equal(v.ProjectionInfo.tag, 2);
    assert.notEqual(text(v.wszLocalEndpointAddress), '');

    const e4 = await f.h.RRasAdminConnectionEnum(f.ctx(), {
      dwLevel: 4,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: ALL,
      lpdwResumeHandle: 0,
    });
    const rows = decodeArray(rasConnection4Codec, e4.pInfoStruct.pBuffer!, e4.lpdwEntriesRead);
    const row = rows.find((x) => x.hConnection === ike.id)!;
    assert.equal(row.wszRemoteEndpointAddress, '203.0.113.7');
    assert.equal(e4.pInfoStruct.dwBufferSize, RAS_CONNECTION_4_SIZE * rows.length);

    const after = await f.rras.connection(ike.id);
    assert.equal(after.ikev2?.localInterfaceIndex, 5);
    const events = (await f.rras.events()).filter((e) => e.kind === 'mobike-update');
    assert.equal(events.length, 1);
  });

  it('a non-IKEv2 connection is ERROR_NOT_SUPPORTED, an unknown one ERROR_INVALID_HANDLE', async () => {
    const f = fixture();
    const pptp = (await f.rras.connections()).find((c) => c.kind === 'pptp')!;
    assertStatus(
      (await f.h.RRasAdminUpdateConnection(f.ctx(), update(pptp.id, 5, '203.0.113.7'))).ret,
      Win32.ERROR_NOT_SUPPORTED,
    );
    assertStatus(
      (await f.h.RRasAdminUpdateConnection(f.ctx(), update(777, 5, '203.0.113.7'))).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    assert.equal((await f.rras.connection(pptp.id)).remoteEndpoint, pptp.remoteEndpoint);
  });

  it('validates RAS_UPDATE_CONNECTION_IDL: header type, revision, size, and the address text', async () => {
    const f = fixture();
    const ike = (await f.rras.connections()).find((c) => c.kind === 'ikev2')!;
    const bad = [
      update(ike.id, 5, '203.0.113.7', { revision: 1, type: 1, size: 140 }),
      update(ike.id, 5, '203.0.113.7', { revision: 2, type: 5, size: 140 }),
      update(ike.id, 5, '203.0.113.7', { revision: 1, type: 5, size: 4 }),
      update(ike.id, 5, 'vpn.example.com'),
      update(ike.id, 5, ''),
      update(ike.id, 5, '203.0.113.256'),
    ];
    for (const req of bad)
      assertStatus((await f.h.RRasAdminUpdateConnection(f.ctx(), req)).ret, Win32.ERROR_INVALID_PARAMETER);
    const unterminated = update(ike.id, 5, '203.0.113.7');
    unterminated.pServerConfig.value.wszRemoteEndpointAddress = new Array<number>(65).fill(0x31);
    assertStatus(
      (await f.h.RRasAdminUpdateConnection(f.ctx(), unterminated)).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    // The packed size (138) is accepted as well as the padded one, and so is an IPv6 literal.
    const r = await f.h.RRasAdminUpdateConnection(
      f.ctx(),
      update(ike.id, 5, '203.0.113.9', { revision: 1, type: 5, size: 138 }),
    );
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
    assert.equal((await f.rras.events()).filter((e) => e.kind === 'mobike-update').length, 1);
  });

  it('has no RouterType step: a LAN-only router still answers by the connection', async () => {
    const f = fixture();
    const h = createDimsvcHandlers({ backend: withRouterType(f.rras, 0x2) });
    assertStatus(
      (await h.RRasAdminUpdateConnection(f.ctx(), update(777, 5, '203.0.113.7'))).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
  });
});

describe('resumable enumerations (1, 4, 20, 45)', () => {
  it('RRasAdminPortEnum pages by the preferred length with ERROR_MORE_DATA and resume handles', async () => {
    const f = fixture();
    const seen: number[] = [];
    let resume: number | null = 0;
    let calls = 0;
    for (;;) {
      const r: Awaited<ReturnType<DimsvcHandlers['RRasAdminPortEnum']>> = await f.h.RRasAdminPortEnum(
        f.ctx(),
        {
          dwLevel: 0,
          hRasConnection: ALL,
          pInfoStruct: EMPTY,
          dwPreferedMaximumLength: 10 * RASI_PORT_0_SIZE + 5,
          lpdwResumeHandle: resume,
        },
      );
      calls++;
      assert.equal(r.lpdwTotalEntries, 128 - seen.length);
      const ports = decodeArray(rasiPort0Codec, r.pInfoStruct.pBuffer!, r.lpdwEntriesRead);
      seen.push(...ports.map((p) => p.dwPort));
      if (r.ret === Win32.ERROR_SUCCESS) {
        assert.equal(r.lpdwResumeHandle, 0);
        break;
      }
      assertStatus(r.ret, Win32.ERROR_MORE_DATA);
      assert.equal(r.lpdwEntriesRead, 10);
      resume = r.lpdwResumeHandle;
    }
    assert.equal(calls, 13);
    assert.equal(seen.length, 128);
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => a - b),
    );
    assert.equal(new Set(seen).size, 128);
  });

  it('a resume handle past the end is refused; a NULL resume pointer stays NULL', async () => {
    const f = fixture();
    const past = await f.h.RRasAdminPortEnum(f.ctx(), {
      dwLevel: 0,
      hRasConnection: ALL,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: ALL,
      lpdwResumeHandle: 129,
    });
    assertStatus(past.ret, Win32.ERROR_INVALID_PARAMETER);
    const nul = await f.h.RRasAdminConnectionEnum(f.ctx(), {
      dwLevel: 0,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: 1,
      lpdwResumeHandle: null,
    });
    assertStatus(nul.ret, Win32.ERROR_MORE_DATA);
    assert.equal(nul.lpdwResumeHandle, null);
    assert.equal(nul.lpdwEntriesRead, 1);
  });

  it('ports of one connection (hRasConnection), and the connection enumeration at every level', async () => {
    const f = fixture();
    const conn = (await f.rras.connections())[0]!;
    const p = await f.h.RRasAdminPortEnum(f.ctx(), {
      dwLevel: 0,
      hRasConnection: conn.id,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: ALL,
      lpdwResumeHandle: 0,
    });
    assertStatus(p.ret, Win32.ERROR_SUCCESS);
    assert.deepEqual(
      decodeArray(rasiPort0Codec, p.pInfoStruct.pBuffer!, p.lpdwEntriesRead).map((x) => x.dwConnection),
      conn.portIds.map(() => conn.id),
    );
    for (const level of [0, 1, 2, 3, 4]) {
      const r = await f.h.RRasAdminConnectionEnum(f.ctx(), {
        dwLevel: level,
        pInfoStruct: EMPTY,
        dwPreferedMaximumLength: ALL,
        lpdwResumeHandle: 0,
      });
      assertStatus(r.ret, Win32.ERROR_SUCCESS, `level ${level}`);
      assert.equal(r.lpdwEntriesRead, 5);
      assert.equal(r.pInfoStruct.dwBufferSize % 5, 0);
    }
    const r0 = await f.h.RRasAdminConnectionEnum(f.ctx(), {
      dwLevel: 0,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: ALL,
      lpdwResumeHandle: 0,
    });
    const names = decodeArray(rasiConnection0Codec, r0.pInfoStruct.pBuffer!, 5).map((c) => c.wszUserName);
    assert.deepEqual(
      names,
      (await f.rras.connections()).map((c) => c.userName),
    );
  });

  it('RRasAdminConnectionEnumEx: none below one entry, otherwise one more than fits (3.1.4.46)', async () => {
    const f = fixture();
    const small = await f.h.RRasAdminConnectionEnumEx(f.ctx(), {
      objectHeader: exHeader,
      dwPreferedMaxLen: 100,
      lpdwResumeHandle: 0,
    });
    assertStatus(small.ret, Win32.ERROR_MORE_DATA);
    assert.equal(small.lpdwEntriesRead, 0);
    assert.equal(small.pRasConections, null);
    const one = await f.h.RRasAdminConnectionEnumEx(f.ctx(), {
      objectHeader: exHeader,
      dwPreferedMaxLen: 1664,
      lpdwResumeHandle: 0,
    });
    assert.equal(one.lpdwEntriesRead, 2);
    assert.equal(one.lpdwResumeHandle, 2);
    const rest = await f.h.RRasAdminConnectionEnumEx(f.ctx(), {
      objectHeader: exHeader,
      dwPreferedMaxLen: ALL,
      lpdwResumeHandle: 2,
    });
    assertStatus(rest.ret, Win32.ERROR_SUCCESS);
    assert.equal(rest.lpdNumTotalElements, 3);
    assert.deepEqual(
      rest.pRasConections!.map((c) => c.value.hConnection),
      (await f.rras.connections()).slice(2).map((c) => c.id),
    );
    const badHeader = await f.h.RRasAdminConnectionEnumEx(f.ctx(), {
      objectHeader: { revision: 2, type: 1, size: 0 },
      dwPreferedMaxLen: ALL,
      lpdwResumeHandle: 0,
    });
    assertStatus(badHeader.ret, Win32.ERROR_INVALID_PARAMETER);
  });

  it('RRouterInterfaceEnum lists MPRI_INTERFACE_0 entries and pages too', async () => {
    const f = fixture();
    const all = await f.h.RRouterInterfaceEnum(f.ctx(), {
      dwLevel: 0,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: ALL,
      lpdwResumeHandle: 0,
    });
    assertStatus(all.ret, Win32.ERROR_SUCCESS);
    const names = decodeArray(mprInterface0Codec, all.pInfoStruct.pBuffer!, all.lpdwEntriesRead).map(
      (i) => i.wszInterfaceName,
    );
    assert.ok(names.includes('Loopback') && names.includes('Internal') && names.includes('Branch-Office'));
    const first = await f.h.RRouterInterfaceEnum(f.ctx(), {
      dwLevel: 0,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: 0,
      lpdwResumeHandle: 0,
    });
    assertStatus(first.ret, Win32.ERROR_MORE_DATA);
    assert.equal(first.lpdwEntriesRead, 1);
    assert.equal(first.lpdwResumeHandle, 1);
  });
});

describe('level validation', () => {
  it('unsupported levels are ERROR_INVALID_LEVEL', async () => {
    const f = fixture();
    const c = f.ctx();
    const h = f.h;
    const checks: [string, Promise<{ ret: number }>][] = [
      ['0 level 3', h.RMprAdminServerGetInfo(c, { dwLevel: 3 })],
      [
        '1 level 5',
        h.RRasAdminConnectionEnum(c, {
          dwLevel: 5,
          pInfoStruct: EMPTY,
          dwPreferedMaximumLength: ALL,
          lpdwResumeHandle: 0,
        }),
      ],
      ['2 level 4', h.RRasAdminConnectionGetInfo(c, { dwLevel: 4, hDimConnection: 1 })],
      [
        '4 level 1',
        h.RRasAdminPortEnum(c, {
          dwLevel: 1,
          hRasConnection: ALL,
          pInfoStruct: EMPTY,
          dwPreferedMaximumLength: ALL,
          lpdwResumeHandle: 0,
        }),
      ],
      ['5 level 2', h.RRasAdminPortGetInfo(c, { dwLevel: 2, hPort: 1 })],
      ['12 level 4', h.RRouterInterfaceCreate(c, { dwLevel: 4, pInfoStruct: EMPTY, phInterface: 0 })],
      ['13 level 4', h.RRouterInterfaceGetInfo(c, { dwLevel: 4, pInfoStruct: EMPTY, hInterface: 3 })],
      [
        '20 level 1',
        h.RRouterInterfaceEnum(c, {
          dwLevel: 1,
          pInfoStruct: EMPTY,
          dwPreferedMaximumLength: ALL,
          lpdwResumeHandle: 0,
        }),
      ],
      ['36 level 1', h.RRouterDeviceEnum(c, { dwLevel: 1, pInfoStruct: EMPTY, lpdwTotalEntries: 0 })],
      [
        '38 level 2',
        h.RRouterInterfaceDeviceGetInfo(c, { dwLevel: 2, pInfoStruct: EMPTY, dwIndex: 1, hInterface: 5 }),
      ],
      [
        '41 level 4',
        h.RRouterInterfaceGetCredentialsEx(c, { dwLevel: 4, pInfoStruct: EMPTY, hInterface: 5 }),
      ],
      ['43 level 0', h.RMprAdminServerSetInfo(c, { dwLevel: 0, pInfoStruct: EMPTY })],
    ];
    for (const [what, p] of checks) assertStatus((await p).ret, Win32.ERROR_INVALID_LEVEL, what);
  });
});

describe('RouterType step', () => {
  it('every method whose section has it answers ERROR_DDM_NOT_RUNNING on a LAN-only router', async () => {
    const f = fixture();
    const h = createDimsvcHandlers({ backend: withRouterType(f.rras, 0x2) }) as unknown as Record<
      string,
      (c: unknown, r: unknown) => Promise<{ ret: number }>
    >;
    const reqs = sampleRequests() as Record<string, unknown>;
    const refusing = [
      'RRasAdminConnectionEnum',
      'RRasAdminConnectionGetInfo',
      'RRasAdminConnectionClearStats',
      'RRasAdminPortEnum',
      'RRasAdminPortGetInfo',
      'RRasAdminPortClearStats',
      'RRasAdminPortReset',
      'RRasAdminPortDisconnect',
      'RRouterInterfaceConnect',
      'RRouterInterfaceDisconnect',
      'RRouterInterfaceUpdateRoutes',
      'RRasAdminConnectionNotification',
      'RRasAdminSendUserMessage',
      'RRasAdminConnectionEnumEx',
      'RRasAdminConnectionGetInfoEx',
    ];
    for (const m of refusing)
      assertStatus((await h[m]!(f.ctx(), reqs[m])).ret, RrasStatus.ERROR_DDM_NOT_RUNNING, m);
    for (const m of [
      'RMprAdminServerGetInfo',
      'RRouterInterfaceEnum',
      'RRouterInterfaceGetHandle',
      'RRasAdminUpdateConnection',
    ])
      assert.notEqual((await h[m]!(f.ctx(), reqs[m])).ret, RrasStatus.ERROR_DDM_NOT_RUNNING, m);
  });
});

describe('server, ports, interfaces, devices', () => {
  it('RMprAdminServerGetInfo levels 0–2 and RMprAdminServerGetInfoEx revisions 1–3', async () => {
    const f = fixture();
    const s0 = decodeMprServer0(
      (await f.h.RMprAdminServerGetInfo(f.ctx(), { dwLevel: 0 })).pInfoStruct.pBuffer!,
    );
    assert.equal(s0.dwTotalPorts, 128);
    assert.equal(s0.dwPortsInUse, 5);
    assert.equal(s0.fLanOnlyMode, false);
    const s2 = decodeMprServer2(
      (await f.h.RMprAdminServerGetInfo(f.ctx(), { dwLevel: 2 })).pInfoStruct.pBuffer!,
    );
    assert.equal(s2.dwNumPptpPorts + s2.dwNumL2tpPorts + s2.dwNumSstpPorts, 96);
    const base = sampleRequests().RMprAdminServerGetInfoEx;
    for (const rev of [1, 2, 3] as const) {
      const req = {
        pServerConfig: {
          ...base.pServerConfig,
          tag: rev,
          value: { ...base.pServerConfig.value, Header: { revision: rev, type: 2, size: 0 } },
        },
      } as typeof base;
      const r = await f.h.RMprAdminServerGetInfoEx(f.ctx(), req);
      assertStatus(r.ret, Win32.ERROR_SUCCESS, `revision ${rev}`);
      assert.equal(r.pServerConfig.tag, rev);
      assert.equal(r.pServerConfig.value.dwTotalPorts, 128);
      assert.equal(r.pServerConfig.value.ConfigParams.IkeConfigParams.dwNumPorts, 32);
    }
  });

  it('RMprAdminServerSetInfo takes MPR_SERVER_1 of exactly 16 bytes; a short buffer is ERROR_INVALID_PARAMETER', async () => {
    const f = fixture();
    const blob = new Uint8Array(16);
    new DataView(blob.buffer).setUint32(0, 16, true);
    new DataView(blob.buffer).setUint32(4, 1, true);
    new DataView(blob.buffer).setUint32(8, 32, true);
    new DataView(blob.buffer).setUint32(12, 1, true);
    const r = await f.h.RMprAdminServerSetInfo(f.ctx(), {
      dwLevel: 1,
      pInfoStruct: { dwBufferSize: 16, pBuffer: blob },
    });
    assert.ok(r.ret === Win32.ERROR_SUCCESS || r.ret === RrasStatus.ERROR_SUCCESS_REBOOT_REQUIRED);
    assert.equal((await f.rras.serverInfo()).config.pptp.numPorts, 16);
    const short = await f.h.RMprAdminServerSetInfo(f.ctx(), {
      dwLevel: 1,
      pInfoStruct: { dwBufferSize: 8, pBuffer: blob.slice(0, 8) },
    });
    assertStatus(short.ret, Win32.ERROR_INVALID_PARAMETER);
  });

  it('RRasAdminPortGetInfo level 1 and the port counters cleared by RRasAdminPortClearStats', async () => {
    const f = fixture();
    const port = (await f.rras.ports()).find((p) => p.connectionId !== 0)!;
    assertStatus((await f.h.RRasAdminPortClearStats(f.ctx(), { hPort: port.id })).ret, Win32.ERROR_SUCCESS);
    const r = await f.h.RRasAdminPortGetInfo(f.ctx(), { dwLevel: 1, hPort: port.id });
    const p1 = decodeRasiPort1(r.pInfoStruct.pBuffer!);
    assert.equal(p1.dwPort, port.id);
    assert.equal(p1.dwBytesRcved, 0);
    assertStatus(
      (await f.h.RRasAdminPortGetInfo(f.ctx(), { dwLevel: 0, hPort: 99999 })).ret,
      RrasStatus.ERROR_INVALID_PORT_HANDLE,
    );
    // 3.1.4.8: RRasAdminPortReset always succeeds once access is granted; hPort is not used.
    assertStatus((await f.h.RRasAdminPortReset(f.ctx(), { hPort: 99999 })).ret, Win32.ERROR_SUCCESS);
  });

  it('interfaces: handle by name, create / get / delete, refused types and malformed blobs', async () => {
    const f = fixture();
    const got = await f.h.RRouterInterfaceGetHandle(f.ctx(), {
      lpwsInterfaceName: 'ETHERNET',
      phInterface: 0,
      fIncludeClientInterfaces: 0,
    });
    assertStatus(got.ret, Win32.ERROR_SUCCESS);
    assert.equal(got.phInterface, (await f.rras.interfaceByName('Ethernet', false)).handle);
    assertStatus(
      (
        await f.h.RRouterInterfaceGetHandle(f.ctx(), {
          lpwsInterfaceName: 'nope',
          phInterface: 0,
          fIncludeClientInterfaces: 0,
        })
      ).ret,
      RrasStatus.ERROR_NO_SUCH_INTERFACE,
    );
    const mk = (name: string, type: number, enabled = true) => {
      const b = encodeMprInterface0({
        wszInterfaceName: name,
        dwInterface: 0,
        fEnabled: enabled,
        dwIfType: type,
        dwConnectionState: 0,
        fUnReachabilityReasons: 0,
        dwLastError: 0,
      });
      return { dwLevel: 0, pInfoStruct: { dwBufferSize: b.length, pBuffer: b }, phInterface: 0 };
    };
    const created = await f.h.RRouterInterfaceCreate(
      f.ctx(),
      mk('Ethernet 3', RouterInterfaceType.DEDICATED),
    );
    assertStatus(created.ret, Win32.ERROR_SUCCESS);
    assert.ok(created.phInterface > 0);
    const info = await f.h.RRouterInterfaceGetInfo(f.ctx(), {
      dwLevel: 0,
      pInfoStruct: EMPTY,
      hInterface: created.phInterface,
    });
    assert.equal(
      decodeArray(mprInterface0Codec, info.pInfoStruct.pBuffer!, 1)[0]!.wszInterfaceName,
      'Ethernet 3',
    );
    assertStatus(
      (await f.h.RRouterInterfaceCreate(f.ctx(), mk('ethernet 3', RouterInterfaceType.DEDICATED))).ret,
      RrasStatus.ERROR_INTERFACE_ALREADY_EXISTS,
    );
    assertStatus(
      (await f.h.RRouterInterfaceCreate(f.ctx(), mk('T1', RouterInterfaceType.TUNNEL1))).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RRouterInterfaceCreate(f.ctx(), mk('D1', RouterInterfaceType.DIALOUT))).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RRouterInterfaceCreate(f.ctx(), mk('Off', RouterInterfaceType.DEDICATED, false))).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    // A FULL_ROUTER interface needs its phonebook entry first (3.1.4.13).
    assertStatus(
      (await f.h.RRouterInterfaceCreate(f.ctx(), mk('No-Entry', RouterInterfaceType.FULL_ROUTER))).ret,
      RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY,
    );
    const truncated = {
      dwLevel: 0,
      pInfoStruct: { dwBufferSize: 10, pBuffer: new Uint8Array(10) },
      phInterface: 0,
    };
    assertStatus((await f.h.RRouterInterfaceCreate(f.ctx(), truncated)).ret, Win32.ERROR_INVALID_PARAMETER);
  });

  it('a demand-dial interface created at level 2 gets its phonebook entry and can be deleted', async () => {
    const f = fixture();
    const dd = (await f.rras.interfaces()).find((i) => i.type === RouterInterfaceType.FULL_ROUTER)!;
    const current = decodeMprInterface2(
      (await f.h.RRouterInterfaceGetInfo(f.ctx(), { dwLevel: 2, pInfoStruct: EMPTY, hInterface: dd.handle }))
        .pInfoStruct.pBuffer!,
    );
    const blob = encodeMprInterface2({
      ...current,
      wszInterfaceName: 'Branch-2',
      szLocalPhoneNumber: '198.51.100.20',
      szAlternates: [],
      dwfOptions: 0,
    });
    const created = await f.h.RRouterInterfaceCreate(f.ctx(), {
      dwLevel: 2,
      pInfoStruct: { dwBufferSize: blob.length, pBuffer: blob },
      phInterface: 0,
    });
    assertStatus(created.ret, Win32.ERROR_SUCCESS);
    const entry = await f.rras.phonebookEntry('Branch-2');
    assert.equal(entry.localPhoneNumber, '198.51.100.20');
    // No authentication protocol asked for: the server turns on its defaults (3.1.4.13).
    assert.ok(entry.options & 0x20000000 && entry.options & 0x08000000);
    const withAlternates = encodeMprInterface2({
      ...current,
      wszInterfaceName: 'Branch-3',
      szAlternates: ['198.51.100.30'],
    });
    assertStatus(
      (
        await f.h.RRouterInterfaceCreate(f.ctx(), {
          dwLevel: 2,
          pInfoStruct: { dwBufferSize: withAlternates.length, pBuffer: withAlternates },
          phInterface: 0,
        })
      ).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RRouterInterfaceDelete(f.ctx(), { hInterface: created.phInterface })).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatus(
      (
        await f.h.RRouterInterfaceGetInfo(f.ctx(), {
          dwLevel: 0,
          pInfoStruct: EMPTY,
          hInterface: created.phInterface,
        })
      ).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
  });

  it('the demand-dial interface at level 2 carries its phonebook entry; level 2 of a LAN interface is refused', async () => {
    const f = fixture();
    const dd = (await f.rras.interfaces()).find((i) => i.type === RouterInterfaceType.FULL_ROUTER)!;
    const r = await f.h.RRouterInterfaceGetInfo(f.ctx(), {
      dwLevel: 2,
      pInfoStruct: EMPTY,
      hInterface: dd.handle,
    });
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
    const v = decodeMprInterface2(r.pInfoStruct.pBuffer!);
    const entry = await f.rras.phonebookEntry(dd.phonebookEntry ?? dd.name);
    assert.equal(v.wszInterfaceName, dd.name);
    assert.equal(v.szLocalPhoneNumber, entry.localPhoneNumber);
    const lan = (await f.rras.interfaces()).find((i) => i.type === RouterInterfaceType.DEDICATED)!;
    assertStatus(
      (await f.h.RRouterInterfaceGetInfo(f.ctx(), { dwLevel: 2, pInfoStruct: EMPTY, hInterface: lan.handle }))
        .ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('local credentials: stored, the password never returned', async () => {
    const f = fixture();
    const req = sampleRequests().RRouterInterfaceSetCredentialsLocal;
    assertStatus((await f.h.RRouterInterfaceSetCredentialsLocal(f.ctx(), req)).ret, Win32.ERROR_SUCCESS);
    const g = await f.h.RRouterInterfaceGetCredentialsLocal(f.ctx(), { lpwsInterfaceName: 'branch-office' });
    assertStatus(g.ret, Win32.ERROR_SUCCESS);
    assert.equal(g.lpwsUserName, 'branch');
    assert.equal(g.lpwsDomainName, 'HQ');
    assert.notEqual(g.lpwsPassword, 'S3cret!');
    assertStatus(
      (await f.h.RRouterInterfaceSetCredentialsLocal(f.ctx(), { ...req, lpwsDomainName: 'D'.repeat(17) }))
        .ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('ULONG_PTR event handles: Connect and UpdateRoutes need NULL; notification and traps cannot use a remote one', async () => {
    const f = fixture();
    const reqs = sampleRequests();
    assertStatus(
      (await f.h.RRouterInterfaceConnect(f.ctx(), { ...reqs.RRouterInterfaceConnect, hEvent: 0x44n })).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RRouterInterfaceConnect(f.ctx(), reqs.RRouterInterfaceConnect)).ret,
      Win32.ERROR_SUCCESS,
    );
    assertStatus(
      (
        await f.h.RRouterInterfaceUpdateRoutes(f.ctx(), {
          ...reqs.RRouterInterfaceUpdateRoutes,
          hEvent: 0xffffffffffffffffn,
        })
      ).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RRouterInterfaceUpdateRoutes(f.ctx(), reqs.RRouterInterfaceUpdateRoutes)).ret,
      Win32.ERROR_SUCCESS,
    );
    const q = await f.h.RRouterInterfaceQueryUpdateResult(f.ctx(), reqs.RRouterInterfaceQueryUpdateResult);
    assertStatus(q.ret, Win32.ERROR_SUCCESS);
    assertStatus(q.pUpdateResult, Win32.ERROR_SUCCESS);
    assertStatus(
      (
        await f.h.RRasAdminConnectionNotification(f.ctx(), {
          ...reqs.RRasAdminConnectionNotification,
          hEventNotification: 0n,
        })
      ).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RRasAdminConnectionNotification(f.ctx(), reqs.RRasAdminConnectionNotification)).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RMIBSetTrapInfo(f.ctx(), reqs.RMIBSetTrapInfo)).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus((await f.h.RMIBGetTrapInfo(f.ctx(), reqs.RMIBGetTrapInfo)).ret, Win32.ERROR_NOT_SUPPORTED);
  });

  it('devices: RRouterDeviceEnum and the demand-dial interface device', async () => {
    const f = fixture();
    const d = await f.h.RRouterDeviceEnum(f.ctx(), { dwLevel: 0, pInfoStruct: EMPTY, lpdwTotalEntries: 0 });
    assertStatus(d.ret, Win32.ERROR_SUCCESS);
    assert.equal(d.lpdwTotalEntries, (await f.rras.devices()).length);
    const g = await f.h.RRouterInterfaceDeviceGetInfo(f.ctx(), {
      dwLevel: 1,
      pInfoStruct: EMPTY,
      dwIndex: 1,
      hInterface: 5,
    });
    assertStatus(g.ret, Win32.ERROR_SUCCESS);
    const bad = new Uint8Array(292);
    const s = await f.h.RRouterInterfaceDeviceSetInfo(f.ctx(), {
      dwLevel: 0,
      pInfoStruct: { dwBufferSize: bad.length, pBuffer: bad },
      dwIndex: 1,
      hInterface: 5,
    });
    assertStatus(s.ret, RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST);
  });
});

describe('transports and MIB', () => {
  it('global info round-trips as RTR_INFO_BLOCK_HEADER; unsupported transports and malformed blocks are refused', async () => {
    const f = fixture();
    const g = await f.h.RRouterInterfaceTransportGetGlobalInfo(
      f.ctx(),
      sampleRequests().RRouterInterfaceTransportGetGlobalInfo,
    );
    assertStatus(g.ret, Win32.ERROR_SUCCESS);
    const block = decodeInfoBlock(g.pInfoStruct.pGlobalInfo!);
    assert.equal(block.Size, g.pInfoStruct.dwGlobalInfoSize);
    assert.ok(block.entries.length > 0);
    const ipx = await f.h.RRouterInterfaceTransportGetGlobalInfo(f.ctx(), {
      ...sampleRequests().RRouterInterfaceTransportGetGlobalInfo,
      dwTransportId: TransportId.PID_IPX,
    });
    assertStatus(ipx.ret, RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID);
    const set = globalInfoContainer([{ InfoType: InfoType.IP_GLOBAL_INFO, data: new Uint8Array(8) }]);
    const broken = set.pGlobalInfo.slice();
    broken[0] = 2; // Version 2
    const r = await f.h.RRouterInterfaceTransportSetGlobalInfo(f.ctx(), {
      dwTransportId: TransportId.PID_IP,
      pInfoStruct: { ...set, pGlobalInfo: broken },
    });
    assertStatus(r.ret, Win32.ERROR_INVALID_PARAMETER);
    const wrongSize = await f.h.RRouterInterfaceTransportSetGlobalInfo(f.ctx(), {
      dwTransportId: TransportId.PID_IP,
      pInfoStruct: {
        ...set,
        dwGlobalInfoSize: set.dwGlobalInfoSize + 8,
        pGlobalInfo: new Uint8Array([...set.pGlobalInfo, 0, 0, 0, 0, 0, 0, 0, 0]),
      },
    });
    assertStatus(wrongSize.ret, Win32.ERROR_INVALID_PARAMETER);
  });

  it('the IPv4 forwarding table: GetFirst / GetNext to the end, create, get, delete', async () => {
    const f = fixture();
    const rows = await f.rras.mibRoutes();
    const base = { dwPid: TransportId.PID_IP, dwRoutingPid: IPRTRMGR_PID };
    let r = await f.h.RMIBEntryGetFirst(f.ctx(), {
      ...base,
      pInfoStuct: mibQuery(MibId.IP_FORWARDROW, [0, 0, 0, 0]),
    });
    const walked: string[] = [];
    while (r.ret === Win32.ERROR_SUCCESS) {
      const row = decodeMibIpForwardRow(decodeMibOpaqueInfo(r.pInfoStuct.pMibOutEntry!).rgbyData);
      walked.push(dwordToIpv4(row.dwForwardDest));
      r = await f.h.RMIBEntryGetNext(f.ctx(), {
        ...base,
        pInfoStuct: mibQuery(MibId.IP_FORWARDROW, [
          row.dwForwardDest,
          row.dwForwardProto,
          row.dwForwardPolicy,
          row.dwForwardNextHop,
        ]),
      });
    }
    assertStatus(r.ret, Win32.ERROR_NO_MORE_ITEMS);
    assert.deepEqual(
      walked,
      rows.map((x) => x.dest),
    );

    const newRow = { ...rows[0]!, dest: '198.51.100.0', mask: '255.255.255.0', nextHop: rows[0]!.nextHop };
    const info = encodeMibOpaqueInfo({
      dwId: MibId.ROUTE_MATCHING,
      rgbyData: new Uint8Array([
        ...encodeMibIpForwardRow({
          dwForwardDest: ipv4ToDword(newRow.dest),
          dwForwardMask: ipv4ToDword(newRow.mask),
          dwForwardPolicy: 9,
          dwForwardNextHop: ipv4ToDword(newRow.nextHop),
          dwForwardIfIndex: newRow.ifIndex,
          dwForwardType: 4,
          dwForwardProto: 10002,
          dwForwardAge: 0,
          dwForwardNextHopAS: 0,
          dwForwardMetric1: 7,
          dwForwardMetric2: 0,
          dwForwardMetric3: 0,
          dwForwardMetric4: 0,
          dwForwardMetric5: 0,
        }),
        ...new Uint8Array(8),
      ]),
    });
    const container = {
      dwMibInEntrySize: info.length,
      pMibInEntry: info,
      dwMibOutEntrySize: 0,
      pMibOutEntry: null,
    };
    assertStatus(
      (await f.h.RMIBEntryCreate(f.ctx(), { ...base, pInfoStuct: container })).ret,
      Win32.ERROR_SUCCESS,
    );
    const created = (await f.rras.mibRoutes()).find((x) => x.dest === '198.51.100.0')!;
    assert.equal(created.policy, 0); // forced by 3.1.4.27
    assert.equal(created.metric4 >>> 0, 0xffffffff);
    const count = await f.h.RMIBEntryGet(f.ctx(), { ...base, pInfoStuct: mibQuery(MibId.IP_FORWARDNUMBER) });
    assert.equal(
      new DataView(decodeMibOpaqueInfo(count.pInfoStuct.pMibOutEntry!).rgbyData.buffer).getUint32(0, true),
      rows.length + 1,
    );
    const match = await f.h.RMIBEntryGet(f.ctx(), {
      ...base,
      pInfoStuct: mibQuery(MibId.ROUTE_MATCHING, routeMatchingIndex(created)),
    });
    assertStatus(match.ret, Win32.ERROR_SUCCESS);
    const del = await f.h.RMIBEntryDelete(f.ctx(), {
      ...base,
      pInfoStuct: mibQuery(MibId.ROUTE_MATCHING, routeMatchingIndex(created)),
    });
    assertStatus(del.ret, Win32.ERROR_SUCCESS);
    assert.equal((await f.rras.mibRoutes()).length, rows.length);
    const again = await f.h.RMIBEntryDelete(f.ctx(), {
      ...base,
      pInfoStuct: mibQuery(MibId.ROUTE_MATCHING, routeMatchingIndex(created)),
    });
    assertStatus(again.ret, Win32.ERROR_NOT_FOUND);
    // Writes need PID_IP and IPRTRMGR_PID; a ragged query is malformed.
    assertStatus(
      (await f.h.RMIBEntryCreate(f.ctx(), { ...base, dwRoutingPid: 8, pInfoStuct: container })).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatus(
      (await f.h.RMIBEntryCreate(f.ctx(), { ...base, dwPid: 0x2b, pInfoStuct: container })).ret,
      RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID,
    );
    const ragged = {
      dwMibInEntrySize: 6,
      pMibInEntry: new Uint8Array(6),
      dwMibOutEntrySize: 0,
      pMibOutEntry: null,
    };
    assertStatus(
      (await f.h.RMIBEntryGet(f.ctx(), { ...base, pInfoStuct: ragged })).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });
});
