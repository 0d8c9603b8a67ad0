import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RrasError } from '../../src/rras/model/errors.js';
import { RouterInterfaceType } from '../../src/rras/model/types.js';
import type { EmulatedRras } from '../../src/rras/emulated/emulated-rras.js';
import { demo } from './emulated-helpers.js';

type Op = (r: EmulatedRras) => Promise<unknown>;

const id = fc.oneof(
  fc.integer({ min: 0, max: 140 }),
  fc.constant(0xffffffff),
  fc.integer({ min: -5, max: -1 }),
);
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('203.0.113.9', '2001:db8::9', '198.51.100.1', 'Ethernet'),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  id.map((p) => (r: EmulatedRras) => r.disconnectPort(p)),
  id.map((c) => (r: EmulatedRras) => r.hangUpConnection(c)),
  fc.tuple(id, fc.integer({ min: 0, max: 20 }), text).map(
    ([c, ifIndex, remote]) =>
      (r: EmulatedRras) =>
        r.updateConnectionEndpoint(c, { interfaceIndex: ifIndex, remoteEndpoint: remote }),
  ),
  id.map((h) => (r: EmulatedRras) => r.connectInterface(h)),
  id.map((h) => (r: EmulatedRras) => r.disconnectInterface(h)),
  id.map((h) => (r: EmulatedRras) => r.deleteInterface(h)),
  fc.tuple(text, fc.constantFrom(0, 2, 3, 5, 9)).map(
    ([name, type]) =>
      (r: EmulatedRras) =>
        r.createInterface({ name, type: type as RouterInterfaceType, enabled: true }),
  ),
  fc.constantFrom('alice', 'zed', 'mallory').map(
    (user) => (r: EmulatedRras) =>
      r.acceptConnection({
        kind: 'ikev2',
        userName: user,
        logonDomain: 'D',
        remoteComputer: 'PC',
        remoteEndpoint: '203.0.113.66',
      }),
  ),
  fc
    .integer({ min: 0, max: 40 })
    .map((n) => (r: EmulatedRras) => r.setServerConfig({ l2tp: { numPorts: n } })),
);

async function checkInvariants(r: EmulatedRras): Promise<void> {
  const ports = await r.ports();
  const conns = await r.connections();
  const ifs = await r.interfaces(true);
  const byId = new Map(conns.map((c) => [c.id, c]));
  for (const p of ports)
    if (p.connectionId !== 0) assert.ok(byId.get(p.connectionId)?.portIds.includes(p.id));
  for (const c of conns) {
    for (const pid of c.portIds) assert.equal(ports.find((p) => p.id === pid)?.connectionId, c.id);
    const i = ifs.find((x) => x.handle === c.interfaceId);
    assert.ok(i, `interface of connection ${c.id}`);
    assert.equal(i.connectionId, c.id);
  }
  for (const i of ifs) if (i.type === RouterInterfaceType.CLIENT) assert.ok(byId.has(i.connectionId));
  assert.equal((await r.serverInfo()).portsInUse, ports.filter((p) => p.connectionId !== 0).length);
  assert.equal(new Set(ifs.map((i) => i.name.toUpperCase())).size, ifs.length, 'interface names unique');
}

test('random operation sequences only ever fail with RrasError and keep ports/connections/interfaces consistent', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
      const { rras } = demo();
      for (const o of ops) {
        try {
          await o(rras);
        } catch (err) {
          assert.ok(err instanceof RrasError, `unexpected ${String(err)}`);
        }
      }
      await checkInvariants(rras);
    }),
    { numRuns: 25 },
  );
});
