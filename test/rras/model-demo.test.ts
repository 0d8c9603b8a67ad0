import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_DEMAND_DIAL, DEMO_PORTS_PER_TYPE } from '../../src/rras/demo.js';
import {
  RasPortCondition,
  RouterConnectionState,
  RouterInterfaceType,
  RouterType,
  TransportId,
  InfoType,
} from '../../src/rras/model/types.js';
import { demo } from './emulated-helpers.js';

test('demo: RouterType is RAS|LAN for IPv4 and IPv6', async () => {
  const { rras } = demo();
  const info = await rras.serverInfo();
  assert.equal(
    info.routerType,
    RouterType.ROUTER_TYPE_RAS |
      RouterType.ROUTER_TYPE_LAN |
      RouterType.IPV6_ROUTER_TYPE_RAS |
      RouterType.IPV6_ROUTER_TYPE_LAN,
  );
  assert.equal(info.lanOnlyMode, false);
  assert.equal(info.totalPorts, 128);
  assert.equal(info.portsInUse, 5);
});

test('demo: 128 ports, 32 per VPN type, with Windows-style names', async () => {
  const { rras } = demo();
  const ports = await rras.ports();
  assert.equal(ports.length, 128);
  for (const [kind, device] of [
    ['pptp', 'WAN Miniport (PPTP)'],
    ['l2tp', 'WAN Miniport (L2TP)'],
    ['sstp', 'WAN Miniport (SSTP)'],
    ['ikev2', 'WAN Miniport (IKEv2)'],
  ] as const) {
    const mine = ports.filter((p) => p.kind === kind);
    assert.equal(mine.length, DEMO_PORTS_PER_TYPE, kind);
    assert.ok(
      mine.every((p) => p.deviceName === device && p.deviceType === 'Vpn' && p.mediaName === 'rastapi'),
    );
    assert.ok(mine.every((p) => /^VPN\d-\d+$/.test(p.name) && p.name.length <= 16));
  }
  assert.ok(ports.some((p) => p.name === 'VPN2-31' && p.kind === 'ikev2'));
  assert.deepEqual(
    ports.map((p) => p.id),
    ports.map((_, i) => i + 1),
  );
  const busy = ports.filter((p) => p.connectionId !== 0);
  assert.equal(busy.length, 5);
  assert.ok(busy.every((p) => p.condition === RasPortCondition.AUTHENTICATED && p.totalCalls === 1));
  assert.ok(
    ports.filter((p) => p.connectionId === 0).every((p) => p.condition === RasPortCondition.LISTENING),
  );
});

test('demo: five connections of four kinds incl. IKEv2 with documentation-range endpoints', async () => {
  const { rras } = demo();
  const conns = await rras.connections();
  assert.equal(conns.length, 5);
  assert.deepEqual(
    conns.map((c) => c.kind),
    ['ikev2', 'ikev2', 'sstp', 'l2tp', 'pptp'],
  );
  const alice = conns[0]!;
  assert.equal(alice.userName, 'alice');
  assert.equal(alice.interfaceType, RouterInterfaceType.CLIENT);
  assert.ok(alice.ikev2);
  assert.equal(alice.ikev2.remoteEndpoint, '203.0.113.10');
  assert.equal(alice.ikev2.localEndpoint, '192.0.2.10');
  assert.equal(alice.ikev2.localInterfaceIndex, 4);
  const bob = conns[1]!;
  assert.equal(bob.ikev2?.localEndpoint, '2001:db8:0:1::10');
  assert.equal(conns[2]!.ikev2, null);
  assert.equal(alice.connectDuration, 95 * 60);
  const doc = /^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/;
  for (const c of conns) {
    assert.match(c.remoteEndpoint, doc);
    assert.match(c.localEndpoint, doc);
    assert.match(c.projection.ipv4!.remoteAddress, doc);
  }
  assert.equal(conns[3]!.probationEnd !== null, true);
});

test('demo: interfaces Loopback, Internal, two LANs and a demand-dial interface with a phonebook entry', async () => {
  const { rras } = demo();
  const ifs = await rras.interfaces();
  assert.deepEqual(
    ifs.map((i) => [i.name, i.type]),
    [
      ['Loopback', RouterInterfaceType.LOOPBACK],
      ['Internal', RouterInterfaceType.INTERNAL],
      ['Ethernet', RouterInterfaceType.DEDICATED],
      ['Ethernet 2', RouterInterfaceType.DEDICATED],
      [DEMO_DEMAND_DIAL, RouterInterfaceType.FULL_ROUTER],
    ],
  );
  const dd = ifs[4]!;
  assert.equal(dd.connectionState, RouterConnectionState.DISCONNECTED);
  assert.equal((await rras.phonebookEntry(dd.phonebookEntry!)).deviceName, 'WAN Miniport (IKEv2)');
  assert.equal((await rras.interfaces(true)).length, 5 + 5, 'one client interface per dial-in connection');
});

test('demo: IPv4 and IPv6 transports with global info; routes in MIB order', async () => {
  const { rras } = demo();
  const ts = await rras.transports();
  assert.deepEqual(
    ts.map((t) => t.transportId),
    [TransportId.PID_IP, TransportId.PID_IPV6],
  );
  assert.ok(ts[0]!.globalInfo.some((b) => b.infoType === InfoType.IP_GLOBAL_INFO));
  assert.ok(ts[1]!.globalInfo.some((b) => b.infoType === InfoType.IPV6_GLOBAL_INFO));
  for (const t of ts) for (const b of t.globalInfo) assert.equal(b.data.length, b.infoSize * b.count);
  const routes = await rras.mibRoutes();
  assert.equal(routes.length, 5);
  assert.equal(routes[0]!.dest, '0.0.0.0');
  const devices = await rras.devices();
  assert.equal(devices.length, 4);
  assert.ok(devices.every((d) => d.numEndPoints === DEMO_PORTS_PER_TYPE));
});
