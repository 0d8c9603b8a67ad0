import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RrasStatus, Win32 } from '../../src/errors/status.js';
import { DEMO_DEMAND_DIAL, DemoIfIndex } from '../../src/rras/demo.js';
import {
  RasConnectionFlags,
  RasPortCondition,
  RasQuarantineState,
  RouterConnectionState,
  RouterInterfaceType,
  TransportId,
} from '../../src/rras/model/types.js';
import { demo, rejectsWith } from './emulated-helpers.js';

test('disconnecting a port ends its connection, frees the port and drops the client interface', async () => {
  const { rras } = demo();
  const carol = (await rras.connections()).find((c) => c.userName === 'carol')!;
  const portId = carol.portIds[0]!;
  await rras.disconnectPort(portId);
  const port = await rras.port(portId);
  assert.equal(port.connectionId, 0);
  assert.equal(port.condition, RasPortCondition.LISTENING);
  assert.equal(port.connectStartTime, null);
  assert.equal(port.totalCalls, 1, 'the call count survives the disconnect');
  await rejectsWith(rras.connection(carol.id), Win32.ERROR_INVALID_HANDLE);
  assert.equal((await rras.connections()).length, 4);
  await rejectsWith(rras.interfaceByName('carol', true), RrasStatus.ERROR_NO_SUCH_INTERFACE);
  assert.equal((await rras.serverInfo()).portsInUse, 4);
  const kinds = (await rras.events()).map((e) => e.kind);
  assert.deepEqual(kinds.slice(-2), ['port-disconnected', 'connection-ended']);
  await rejectsWith(rras.disconnectPort(portId), RrasStatus.ERROR_PORT_NOT_CONNECTED);
  await rejectsWith(rras.disconnectPort(9999), RrasStatus.ERROR_INVALID_PORT_HANDLE);
});

test('MOBIKE update moves an IKEv2 tunnel to a new local interface and remote endpoint and records it', async () => {
  const { rras, clock } = demo();
  const alice = (await rras.connections()).find((c) => c.userName === 'alice')!;
  clock.advance(30_000);
  const updated = await rras.updateConnectionEndpoint(alice.id, {
    interfaceIndex: DemoIfIndex.ethernet2,
    remoteEndpoint: '203.0.113.77',
  });
  assert.equal(updated.remoteEndpoint, '203.0.113.77');
  assert.equal(updated.localEndpoint, '198.51.100.10');
  assert.deepEqual(updated.ikev2, {
    localEndpoint: '198.51.100.10',
    remoteEndpoint: '203.0.113.77',
    localInterfaceIndex: DemoIfIndex.ethernet2,
    mobikeCapable: true,
    switchOvers: 1,
  });
  assert.deepEqual(await rras.connection(alice.id), updated);
  const ev = (await rras.events()).at(-1)!;
  assert.equal(ev.kind, 'mobike-update');
  assert.equal(ev.time, clock.now);
  assert.deepEqual(ev.detail, {
    connectionId: alice.id,
    oldInterfaceIndex: DemoIfIndex.ethernet,
    newInterfaceIndex: DemoIfIndex.ethernet2,
    oldLocalEndpoint: '192.0.2.10',
    newLocalEndpoint: '198.51.100.10',
    oldRemoteEndpoint: '203.0.113.10',
    newRemoteEndpoint: '203.0.113.77',
  });
  const v6 = await rras.updateConnectionEndpoint(alice.id, {
    interfaceIndex: DemoIfIndex.ethernet,
    remoteEndpoint: '2001:db8:ffff::99',
  });
  assert.equal(v6.localEndpoint, '2001:db8:0:1::10');
  assert.equal(v6.ikev2?.switchOvers, 2);
});

test('MOBIKE update refuses non-IKEv2 connections, unknown ids and bad targets without changing anything', async () => {
  const { rras } = demo();
  const conns = await rras.connections();
  const sstp = conns.find((c) => c.kind === 'sstp')!;
  const alice = conns.find((c) => c.userName === 'alice')!;
  const before = await rras.events();
  await rejectsWith(
    rras.updateConnectionEndpoint(sstp.id, {
      interfaceIndex: DemoIfIndex.ethernet,
      remoteEndpoint: '203.0.113.9',
    }),
    Win32.ERROR_NOT_SUPPORTED,
  );
  await rejectsWith(
    rras.updateConnectionEndpoint(4242, {
      interfaceIndex: DemoIfIndex.ethernet,
      remoteEndpoint: '203.0.113.9',
    }),
    Win32.ERROR_INVALID_HANDLE,
  );
  for (const bad of ['', 'not-an-ip', '203.0.113.300', 'x'.repeat(65)]) {
    await rejectsWith(
      rras.updateConnectionEndpoint(alice.id, { interfaceIndex: DemoIfIndex.ethernet, remoteEndpoint: bad }),
      Win32.ERROR_INVALID_PARAMETER,
    );
  }
  await rejectsWith(
    rras.updateConnectionEndpoint(alice.id, { interfaceIndex: 999, remoteEndpoint: '203.0.113.9' }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  await rejectsWith(
    rras.updateConnectionEndpoint(alice.id, {
      interfaceIndex: DemoIfIndex.loopback,
      remoteEndpoint: '203.0.113.9',
    }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  assert.deepEqual(await rras.connection(alice.id), alice);
  assert.deepEqual(await rras.events(), before);
});

test('durations come from the injected clock', async () => {
  const { rras, clock } = demo();
  const eve = (await rras.connections()).find((c) => c.userName === 'eve')!;
  assert.equal(eve.connectDuration, 120);
  clock.advance(61_500);
  assert.equal((await rras.connection(eve.id)).connectDuration, 181);
  assert.equal((await rras.port(eve.portIds[0]!)).connectDuration, 181);
  assert.equal((await rras.serverInfo()).upTime, 61);
});

test('stats clearing, user messages, hang-up and quarantine removal', async () => {
  const { rras } = demo();
  const [alice, , , dave] = await rras.connections();
  await rras.clearConnectionStats(alice!.id);
  assert.equal((await rras.connection(alice!.id)).stats.bytesXmited, 0);
  await rras.clearPortStats(dave!.portIds[0]!);
  assert.equal((await rras.port(dave!.portIds[0]!)).stats.bytesRcved, 0);
  await rras.sendUserMessage(alice!.id, 'maintenance at 18:00');
  assert.deepEqual((await rras.connection(alice!.id)).messages, ['maintenance at 18:00']);
  await rejectsWith(rras.sendUserMessage(alice!.id, 'x'.repeat(5000)), Win32.ERROR_INVALID_PARAMETER);

  assert.equal(dave!.quarantineState, RasQuarantineState.PROBATION);
  assert.ok(dave!.flags & RasConnectionFlags.RAS_FLAGS_QUARANTINE_PRESENT);
  await rras.removeQuarantine({ clientIpv4Address: '198.51.100.204' });
  const d2 = await rras.connection(dave!.id);
  assert.equal(d2.quarantineState, RasQuarantineState.NORMAL);
  assert.equal(d2.probationEnd, null);
  assert.equal(d2.flags & RasConnectionFlags.RAS_FLAGS_QUARANTINE_PRESENT, 0);
  await rejectsWith(
    rras.removeQuarantine({ clientIpv4Address: '198.51.100.99' }),
    Win32.ERROR_INVALID_HANDLE,
  );

  await rras.hangUpConnection(alice!.id);
  await rejectsWith(rras.connection(alice!.id), Win32.ERROR_INVALID_HANDLE);
  await rejectsWith(rras.hangUpConnection(alice!.id), Win32.ERROR_INVALID_HANDLE);
  await rejectsWith(rras.ports(alice!.id), Win32.ERROR_INVALID_HANDLE);
  assert.deepEqual(
    (await rras.ports(dave!.id)).map((p) => p.id),
    dave!.portIds,
  );
});

test('interfaces: create, names case-insensitive, demand-dial connect/disconnect, delete rules', async () => {
  const { rras } = demo();
  const created = await rras.createInterface({
    name: 'Ethernet 3',
    type: RouterInterfaceType.DEDICATED,
    enabled: true,
  });
  assert.equal((await rras.interfaceByName('ETHERNET 3', false)).handle, created.handle);
  await rejectsWith(
    rras.createInterface({ name: 'ethernet 3', type: RouterInterfaceType.DEDICATED, enabled: true }),
    RrasStatus.ERROR_INTERFACE_ALREADY_EXISTS,
  );
  await rejectsWith(
    rras.createInterface({ name: 'NoEntry', type: RouterInterfaceType.FULL_ROUTER, enabled: true }),
    RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY,
  );
  await rejectsWith(
    rras.createInterface({ name: 'x'.repeat(257), type: RouterInterfaceType.DEDICATED, enabled: true }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  await rejectsWith(rras.interfaceByName('nope', false), RrasStatus.ERROR_NO_SUCH_INTERFACE);
  await rejectsWith(rras.interface(77777), Win32.ERROR_INVALID_HANDLE);

  const dd = await rras.interfaceByName(DEMO_DEMAND_DIAL, false);
  const up = await rras.connectInterface(dd.handle);
  assert.equal(up.connectionState, RouterConnectionState.CONNECTED);
  const conn = await rras.connection(up.connectionId);
  assert.equal(conn.kind, 'ikev2');
  assert.equal(conn.interfaceType, RouterInterfaceType.FULL_ROUTER);
  assert.equal(conn.userName, 'branch-router');
  assert.equal(conn.remoteEndpoint, '203.0.113.200');
  await rejectsWith(rras.deleteInterface(dd.handle), RrasStatus.ERROR_INTERFACE_CONNECTED);
  await rras.updateRoutes(dd.handle, TransportId.PID_IP);
  assert.equal(await rras.queryUpdateResult(dd.handle, TransportId.PID_IP), Win32.ERROR_SUCCESS);
  await rejectsWith(
    rras.queryUpdateResult(dd.handle, TransportId.PID_IPV6),
    RrasStatus.ERROR_CAN_NOT_COMPLETE,
  );
  const down = await rras.disconnectInterface(dd.handle);
  assert.equal(down.connectionState, RouterConnectionState.DISCONNECTED);
  await rejectsWith(rras.connection(up.connectionId), Win32.ERROR_INVALID_HANDLE);
  await rejectsWith(rras.disconnectInterface(dd.handle), RrasStatus.ERROR_INTERFACE_NOT_CONNECTED);
  await rejectsWith(
    rras.updateRoutes(dd.handle, TransportId.PID_IP),
    RrasStatus.ERROR_INTERFACE_NOT_CONNECTED,
  );
  await rras.setInterface(dd.handle, { enabled: false });
  await rejectsWith(rras.connectInterface(dd.handle), RrasStatus.ERROR_INTERFACE_DISABLED);
  await rras.deleteInterface(dd.handle);
  await rejectsWith(rras.interface(dd.handle), Win32.ERROR_INVALID_HANDLE);
});

test('interface credentials, extended credentials, custom IKEv2 info and devices', async () => {
  const { rras } = demo();
  const dd = await rras.interfaceByName(DEMO_DEMAND_DIAL, false);
  assert.equal((await rras.interfaceCredentials(DEMO_DEMAND_DIAL)).password, 'Demo-Only-Passw0rd');
  await rras.setInterfaceCredentials(DEMO_DEMAND_DIAL, { userName: 'u', domain: 'D', password: 'p' });
  assert.deepEqual(await rras.interfaceCredentials(DEMO_DEMAND_DIAL.toLowerCase()), {
    userName: 'u',
    domain: 'D',
    password: 'p',
  });
  await rejectsWith(
    rras.setInterfaceCredentials(DEMO_DEMAND_DIAL, { userName: 'u', domain: 'D'.repeat(16), password: 'p' }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  assert.equal((await rras.interfaceCredentialsEx(dd.handle, 1)).length, 0);
  await rras.setInterfaceCredentialsEx(dd.handle, 1, new Uint8Array([1, 2, 3]));
  assert.deepEqual(await rras.interfaceCredentialsEx(dd.handle, 1), new Uint8Array([1, 2, 3]));
  await rejectsWith(rras.interfaceCredentialsEx(dd.handle, 7), Win32.ERROR_INVALID_PARAMETER);
  assert.equal(await rras.interfaceCustomInfo(dd.handle), null);
  const cfg = {
    revision: 2 as const,
    flags: 1,
    saLifeTime: 3600,
    saDataSize: 2048,
    certificateName: new Uint8Array([0x30, 0x00]),
    customPolicy: null,
    certificateHash: new Uint8Array(20).fill(7),
  };
  await rras.setInterfaceCustomInfo(dd.handle, cfg);
  assert.deepEqual(await rras.interfaceCustomInfo(dd.handle), cfg);
  const dev = await rras.interfaceDevice(dd.handle, 1);
  assert.equal(dev.deviceName, 'WAN Miniport (IKEv2)');
  await rejectsWith(rras.interfaceDevice(dd.handle, 2), RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST);
  await rras.setInterfaceDevice(dd.handle, 1, { ...dev, localPhoneNumber: '203.0.113.201' });
  assert.equal((await rras.interfaceDevice(dd.handle, 1)).localPhoneNumber, '203.0.113.201');
  const lan = await rras.interfaceByName('Ethernet', false);
  await rejectsWith(rras.interfaceDevice(lan.handle, 1), RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY);
});

test('transports: interface transport info, global info, create', async () => {
  const { rras } = demo();
  const lan = await rras.interfaceByName('Ethernet', false);
  const blocks = [{ infoType: 0xffff0004, infoSize: 4, count: 1, data: new Uint8Array([2, 0, 0, 0]) }];
  await rras.setInterfaceTransportInfo(lan.handle, TransportId.PID_IP, blocks);
  assert.deepEqual(await rras.interfaceTransportInfo(lan.handle, TransportId.PID_IP), blocks);
  await rejectsWith(
    rras.addInterfaceTransport(lan.handle, TransportId.PID_IP, blocks),
    RrasStatus.ERROR_PROTOCOL_ALREADY_INSTALLED,
  );
  await rras.removeInterfaceTransport(lan.handle, TransportId.PID_IPV6);
  await rejectsWith(
    rras.interfaceTransportInfo(lan.handle, TransportId.PID_IPV6),
    RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID,
  );
  await rras.addInterfaceTransport(lan.handle, TransportId.PID_IPV6, []);
  await rejectsWith(
    rras.addInterfaceTransport(lan.handle, TransportId.PID_IPX, []),
    RrasStatus.ERROR_UNKNOWN_PROTOCOL_ID,
  );
  await rejectsWith(
    rras.setTransportGlobalInfo(TransportId.PID_IP, [
      { infoType: 1, infoSize: 4, count: 2, data: new Uint8Array(4) },
    ]),
    Win32.ERROR_INVALID_PARAMETER,
  );
  await rras.setTransportGlobalInfo(TransportId.PID_IPV6, blocks);
  assert.deepEqual((await rras.transport(TransportId.PID_IPV6)).globalInfo, blocks);
  await rejectsWith(
    rras.createTransport({
      transportId: TransportId.PID_IP,
      name: 'IP',
      dllPath: 'x',
      globalInfo: [],
      clientInterfaceInfo: [],
    }),
    RrasStatus.ERROR_PROTOCOL_ALREADY_INSTALLED,
  );
  const ipx = await rras.createTransport({
    transportId: TransportId.PID_IPX,
    name: 'IPX',
    dllPath: 'ipxrtmgr.dll',
    globalInfo: [],
    clientInterfaceInfo: [],
  });
  assert.equal(ipx.transportId, TransportId.PID_IPX);
  assert.equal((await rras.transports()).length, 3);
});

test('MIB forwarding table: create, get, first/next in index order, set, delete', async () => {
  const { rras, clock } = demo();
  const row = {
    dest: '10.0.0.0',
    mask: '255.0.0.0',
    policy: 0,
    nextHop: '198.51.100.1',
    ifIndex: DemoIfIndex.ethernet2,
    type: 4,
    proto: 10006,
    nextHopAS: 0,
    metric1: 5,
    metric2: 0,
    metric3: 0,
    metric4: 0,
    metric5: 0,
  };
  await rras.mibCreateRoute(row);
  await rejectsWith(rras.mibCreateRoute(row), Win32.ERROR_ALREADY_EXISTS);
  await rejectsWith(
    rras.mibCreateRoute({ ...row, dest: '10.1.0.0', ifIndex: 999 }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  clock.advance(10_000);
  assert.equal((await rras.mibGetRoute(row)).age, 10);
  const order: string[] = [];
  let r = await rras.mibFirstRoute();
  for (;;) {
    order.push(r.dest);
    try {
      r = await rras.mibNextRoute(r);
    } catch {
      break;
    }
  }
  assert.deepEqual(order, ['0.0.0.0', '10.0.0.0', '127.0.0.0', '192.0.2.0', '198.51.100.0', '203.0.113.192']);
  await rejectsWith(
    rras.mibNextRoute({ dest: '203.0.113.192', mask: '255.255.255.192', policy: 0, nextHop: '0.0.0.0' }),
    Win32.ERROR_NO_MORE_ITEMS,
  );
  await rras.mibSetRoute({ ...row, metric1: 9 });
  assert.equal((await rras.mibGetRoute(row)).metric1, 9);
  await rras.mibDeleteRoute(row);
  await rejectsWith(rras.mibGetRoute(row), Win32.ERROR_NOT_FOUND);
  await rejectsWith(rras.mibDeleteRoute(row), Win32.ERROR_NOT_FOUND);
  await rejectsWith(rras.mibGetRoute({ ...row, dest: '10.0.0.256' }), Win32.ERROR_INVALID_PARAMETER);
});

test('phonebook and RASRPC values', async () => {
  const { rras } = demo();
  const prefs = await rras.userPreferences(0);
  assert.equal(prefs.redialAttempts, 3);
  await rras.setUserPreferences(2, { ...prefs, redialAttempts: 9, phonebooks: ['C:\\pb\\a.pbk'] });
  assert.equal((await rras.userPreferences(2)).redialAttempts, 9);
  assert.equal((await rras.userPreferences(0)).redialAttempts, 3);
  await rejectsWith(rras.userPreferences(5), Win32.ERROR_INVALID_PARAMETER);
  await rejectsWith(
    rras.setUserPreferences(0, { ...prefs, defaultEntry: 'x'.repeat(300) }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  const info = await rras.rasRpcInfo();
  assert.equal(info.version, 6);
  assert.equal(info.systemDirectory, 'C:\\Windows\\system32');
  await rejectsWith(
    rras.deletePhonebookEntry('other.pbk', DEMO_DEMAND_DIAL),
    RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY,
  );
  await rras.deletePhonebookEntry('', DEMO_DEMAND_DIAL.toUpperCase());
  await rejectsWith(rras.phonebookEntry(DEMO_DEMAND_DIAL), RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY);
  const dd = await rras.interfaceByName(DEMO_DEMAND_DIAL, false);
  await rejectsWith(rras.connectInterface(dd.handle), RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY);
});

test('server config: port counts within MaxWanEndpoints and flags apply at once; beyond it a reboot', async () => {
  const { rras } = demo();
  assert.deepEqual(await rras.setServerConfig({ ikev2: { idleTimeout: 600 } }), { rebootRequired: false });
  assert.equal((await rras.serverInfo()).config.ikev2.idleTimeout, 600);
  // <317>: within the device's maximum (1000) the count applies now; eve's PPTP port stays in use.
  assert.deepEqual(await rras.setServerConfig({ pptp: { numPorts: 2, portFlags: 1 } }), {
    rebootRequired: false,
  });
  assert.equal((await rras.serverInfo()).totalPorts, 128 - 30);
  assert.equal((await rras.ports()).filter((p) => p.kind === 'pptp').length, 2);
  assert.deepEqual(await rras.setServerConfig({ l2tp: { numPorts: 1001 } }), { rebootRequired: true });
  assert.equal(
    (await rras.serverInfo()).totalPorts,
    128 - 30,
    'a count past the maximum waits for a restart',
  );
  const pptp = (await rras.devices()).find((d) => d.kind === 'pptp')!;
  assert.equal(pptp.numEndPoints, 2);
  assert.equal(pptp.routerEnabled, false);
  await rejectsWith(
    rras.setServerConfig({ sstp: { certHash: new Uint8Array(33) } }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  await rras.setDevice(pptp.guid, { numEndPoints: 3 });
  assert.equal((await rras.serverInfo()).config.pptp.numPorts, 3);
  await rejectsWith(rras.setDevice(pptp.guid, { numEndPoints: 5000 }), Win32.ERROR_INVALID_PARAMETER);
  await rejectsWith(
    rras.device('00000000-0000-0000-0000-000000000000'),
    RrasStatus.ERROR_DEVICE_DOES_NOT_EXIST,
  );
  await rras.setDeviceCalledIds(pptp.guid, ['203.0.113.1']);
  assert.deepEqual((await rras.device(pptp.guid)).calledIds, ['203.0.113.1']);
});
