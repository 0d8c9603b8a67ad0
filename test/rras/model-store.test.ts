import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RrasStatus } from '../../src/errors/status.js';
import { DEMO_DEMAND_DIAL } from '../../src/rras/demo.js';
import { ipv4ToNumber, numberToIpv4, sequentialIds, sameName } from '../../src/rras/model/ids.js';
import { PortFlags } from '../../src/rras/model/types.js';
import { fromDoc, idKey, toDoc } from '../../src/rras/store.js';
import { demo, rejectsWith } from './emulated-helpers.js';

test('documents round-trip byte arrays and nested values', () => {
  fc.assert(
    fc.property(
      fc.record(
        {
          n: fc.integer(),
          s: fc.string(),
          b: fc.uint8Array({ maxLength: 64 }),
          list: fc.array(
            fc.record(
              { data: fc.uint8Array({ maxLength: 8 }), flag: fc.boolean() },
              { noNullPrototype: true },
            ),
            {
              maxLength: 4,
            },
          ),
          none: fc.constant(null),
        },
        { noNullPrototype: true },
      ),
      (v) => {
        const doc = JSON.parse(JSON.stringify(toDoc(v)));
        assert.deepEqual(fromDoc(doc), v);
      },
    ),
  );
});

test('id keys sort like the numbers; IPv4 text converts both ways', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }), (a, b) => {
      assert.equal(idKey(a) < idKey(b), a < b);
      assert.equal(ipv4ToNumber(numberToIpv4(a)), a);
    }),
  );
  assert.equal(ipv4ToNumber('203.0.113.7'), 0xcb007107);
});

test('GUIDs come from the injected source; names compare case-insensitively', () => {
  const ids = sequentialIds();
  assert.equal(ids.guid(), '00000000-0000-4000-8000-000000000001');
  assert.equal(ids.guid(), '00000000-0000-4000-8000-000000000002');
  assert.ok(sameName('Ethernet 2', 'ETHERNET 2'));
});

test('demand-dial needs a routing-enabled port of its device type', async () => {
  const { rras } = demo();
  await rras.setServerConfig({ ikev2: { portFlags: PortFlags.MPR_ENABLE_RAS_ON_DEVICE } });
  const dd = await rras.interfaceByName(DEMO_DEMAND_DIAL, false);
  await rejectsWith(rras.connectInterface(dd.handle), RrasStatus.ERROR_INTERFACE_HAS_NO_DEVICES);
  await rras.setServerConfig({ ikev2: { portFlags: PortFlags.MPR_ENABLE_ROUTING_ON_DEVICE } });
  assert.notEqual((await rras.connectInterface(dd.handle)).connectionId, 0);
});
