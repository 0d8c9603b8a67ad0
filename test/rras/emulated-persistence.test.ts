import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Win32 } from '../../src/errors/status.js';
import { createDemoRras, DemoIfIndex, openOrCreateRras } from '../../src/rras/demo.js';
import { EmulatedRras } from '../../src/rras/emulated/emulated-rras.js';
import { sequentialIds } from '../../src/rras/model/ids.js';
import { RrasCollections, RRAS_NAMESPACE, RRAS_SCHEMA_VERSION } from '../../src/rras/store.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { openStateStore } from '../../src/store/open.js';
import { rejectsWith, testClock } from './emulated-helpers.js';

async function snapshot(rras: EmulatedRras): Promise<unknown> {
  return {
    server: await rras.serverInfo(),
    ports: await rras.ports(),
    connections: await rras.connections(),
    interfaces: await rras.interfaces(true),
    transports: await rras.transports(),
    routes: await rras.mibRoutes(),
    devices: await rras.devices(),
    phonebook: await rras.phonebookEntries(),
    prefs: [await rras.userPreferences(0), await rras.userPreferences(1), await rras.userPreferences(2)],
    rasrpc: await rras.rasRpcInfo(),
    events: await rras.events(),
  };
}

test('state survives closing and reopening a SQLite state store', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-rras-'));
  try {
    const clock = testClock();
    let store = openStateStore(dir);
    const rras = createDemoRras(store, { clock: clock.read, ids: sequentialIds() });
    const conns = await rras.connections();
    await rras.disconnectPort(conns.find((c) => c.userName === 'carol')!.portIds[0]!);
    await rras.updateConnectionEndpoint(conns[0]!.id, {
      interfaceIndex: DemoIfIndex.ethernet2,
      remoteEndpoint: '203.0.113.77',
    });
    await rras.setInterfaceCredentialsEx(5, 0, new Uint8Array([9, 8, 7]));
    await rras.setServerConfig({ ikev2: { networkBlackoutTime: 60 } });
    const before = await snapshot(rras);
    store.close();

    store = openStateStore(dir);
    assert.equal(store.schemaVersion(RRAS_NAMESPACE), RRAS_SCHEMA_VERSION);
    const again = openOrCreateRras(store, { clock: clock.read, ids: sequentialIds(100) });
    assert.deepEqual(await snapshot(again), before);
    assert.deepEqual(await again.interfaceCredentialsEx(5, 0), new Uint8Array([9, 8, 7]));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('port counts past MaxWanEndpoints apply at the next start; none ever drops a port in use', async () => {
  const clock = testClock();
  const store = new MemoryStore();
  const rras = createDemoRras(store, { clock: clock.read, ids: sequentialIds() });
  const eve = (await rras.connections()).find((c) => c.kind === 'pptp')!;
  // PPTP shrinks within its maximum (at once); SSTP grows past its maximum of 1000 (at the next start).
  assert.equal(
    (await rras.setServerConfig({ pptp: { numPorts: 1 }, sstp: { numPorts: 1010 } })).rebootRequired,
    true,
  );
  const before = await rras.ports();
  assert.deepEqual(
    before.filter((p) => p.kind === 'pptp').map((p) => p.id),
    eve.portIds,
  );
  assert.equal(before.filter((p) => p.kind === 'sstp').length, 32, 'SSTP waits for the restart');
  const restarted = EmulatedRras.open(store, { clock: clock.read });
  const ports = await restarted.ports();
  const pptp = ports.filter((p) => p.kind === 'pptp');
  assert.deepEqual(
    pptp.map((p) => p.id),
    eve.portIds,
  );
  const sstp = ports.filter((p) => p.kind === 'sstp');
  assert.equal(sstp.length, 1010);
  assert.ok(sstp.some((p) => p.name === 'VPN3-1009'));
  assert.equal(new Set(ports.map((p) => p.id)).size, ports.length, 'port ids stay unique');
  assert.equal((await restarted.serverInfo()).totalPorts, 1 + 32 + 1010 + 32);
  const sstpDevice = (await restarted.devices()).find((d) => d.kind === 'sstp')!;
  assert.equal(sstpDevice.maxWanEndPoints, 1010, 'the reconfigured miniport supports the new count');
});

test('open without state fails; create twice fails; failed changes leave no trace', async () => {
  const store = new MemoryStore();
  assert.throws(
    () => EmulatedRras.open(store),
    (e: unknown) => (e as { status?: number }).status === Win32.ERROR_NOT_FOUND,
  );
  const rras = createDemoRras(store, { clock: testClock().read, ids: sequentialIds() });
  assert.throws(
    () => createDemoRras(store),
    (e: unknown) => (e as { status?: number }).status === Win32.ERROR_ALREADY_EXISTS,
  );
  const before = await snapshot(rras);
  await rejectsWith(
    rras.updateConnectionEndpoint(3, { interfaceIndex: 4, remoteEndpoint: '203.0.113.1' }),
    Win32.ERROR_NOT_SUPPORTED,
  );
  await rejectsWith(rras.deleteInterface(424242), Win32.ERROR_INVALID_HANDLE);
  const info = store.get(RrasCollections.info, 'server');
  // Fails after the client interface and ids were written: the transaction must undo them.
  await rejectsWith(
    rras.acceptConnection({
      kind: 'sstp',
      userName: 'mallory',
      logonDomain: 'X',
      remoteComputer: 'M',
      remoteEndpoint: '203.0.113.66',
      clientIpv4: '198.51.100.300',
    }),
    Win32.ERROR_INVALID_PARAMETER,
  );
  assert.deepEqual(store.get(RrasCollections.info, 'server'), info);
  assert.deepEqual(await snapshot(rras), before);
});

test('the event log keeps the newest 1000 entries', async () => {
  const store = new MemoryStore();
  const rras = createDemoRras(store, { clock: testClock().read, ids: sequentialIds() });
  const port = (await rras.ports())[10]!.id;
  for (let i = 0; i < 1005; i++) await rras.resetPort(port);
  const events = await rras.events();
  assert.equal(events.length, 1000);
  assert.equal(store.list(RrasCollections.events).length, 1000);
  assert.equal(events[events.length - 1]!.seq - events[0]!.seq, 999);
  assert.deepEqual(await rras.events(events[events.length - 2]!.seq), [events[events.length - 1]]);
});
