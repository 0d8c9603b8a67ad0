/**
 * RRouterInterfaceDelete's RRAS rules (MS-RRASM 3.1.4.16): only the dial interface types (CLIENT,
 * HOME_ROUTER, FULL_ROUTER) are refused with ERROR_INTERFACE_CONNECTED while connected; LAN,
 * internal and loopback interfaces go even though their adapters are up; a demand-dial
 * interface takes its phonebook entry with it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RrasStatus, Win32 } from '../../src/errors/status.js';
import { DEMO_DEMAND_DIAL } from '../../src/rras/demo.js';
import { RouterConnectionState, RouterInterfaceType } from '../../src/rras/model/types.js';
import { demo, rejectsWith } from './emulated-helpers.js';

describe('deleteInterface (3.1.4.16)', () => {
  for (const name of ['Loopback', 'Internal', 'Ethernet 2']) {
    it(`deletes the connected ${name} interface (not a dial type)`, async () => {
      const { rras } = demo();
      const i = await rras.interfaceByName(name, false);
      assert.equal(i.connectionState, RouterConnectionState.CONNECTED);
      await rras.deleteInterface(i.handle);
      await rejectsWith(rras.interface(i.handle), Win32.ERROR_INVALID_HANDLE);
      await rejectsWith(rras.interfaceByName(name, false), RrasStatus.ERROR_NO_SUCH_INTERFACE);
      const last = (await rras.events()).at(-1)!;
      assert.equal(last.kind, 'interface-deleted');
      assert.equal(last.detail.phonebookEntry, null);
    });
  }

  it('refuses a connected demand-dial interface, deletes it once down, with its phonebook entry', async () => {
    const { rras } = demo();
    const dd = await rras.interfaceByName(DEMO_DEMAND_DIAL, false);
    await rras.connectInterface(dd.handle);
    await rejectsWith(rras.deleteInterface(dd.handle), RrasStatus.ERROR_INTERFACE_CONNECTED);
    assert.equal((await rras.interface(dd.handle)).connectionState, RouterConnectionState.CONNECTED);
    await rras.disconnectInterface(dd.handle);
    await rras.deleteInterface(dd.handle);
    await rejectsWith(rras.interface(dd.handle), Win32.ERROR_INVALID_HANDLE);
    await rejectsWith(rras.phonebookEntry(DEMO_DEMAND_DIAL), RrasStatus.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY);
    assert.equal((await rras.events()).at(-1)!.detail.phonebookEntry, DEMO_DEMAND_DIAL);
  });

  it("refuses a dial-in connection's CLIENT interface while the connection is up", async () => {
    const { rras } = demo();
    const c = (await rras.connections())[0]!;
    await rejectsWith(rras.deleteInterface(c.interfaceId), RrasStatus.ERROR_INTERFACE_CONNECTED);
    assert.equal((await rras.connection(c.id)).id, c.id);
  });

  it('creates HOME_ROUTER interfaces disconnected, so they can be deleted', async () => {
    const { rras } = demo();
    const home = await rras.createInterface({
      name: 'Home',
      type: RouterInterfaceType.HOME_ROUTER,
      enabled: true,
    });
    assert.equal(home.connectionState, RouterConnectionState.DISCONNECTED);
    await rras.deleteInterface(home.handle);
    await rejectsWith(rras.interface(home.handle), Win32.ERROR_INVALID_HANDLE);
  });

  it('answers an unknown handle with ERROR_INVALID_HANDLE', async () => {
    const { rras } = demo();
    await rejectsWith(rras.deleteInterface(0x7fffffff), Win32.ERROR_INVALID_HANDLE);
  });
});
