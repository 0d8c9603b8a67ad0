import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SecStatus } from '../../src/errors/status.js';
import { SecurityError } from '../../src/security/errors.js';
import {
  children,
  decodeOid,
  decodeOne,
  MAX_DER_DEPTH,
  octetString,
  oid,
  readTlv,
  sequence,
  tlv,
} from '../../src/security/spnego/der.js';
import { hex, toHex } from './helpers.js';

const invalid = (f: () => unknown) =>
  assert.throws(f, (e: unknown) => e instanceof SecurityError && e.status === SecStatus.SEC_E_INVALID_TOKEN);

test('DER: short and long definite lengths', () => {
  assert.equal(toHex(octetString(new Uint8Array(3))), '0403000000');
  const long = octetString(new Uint8Array(200));
  assert.equal(toHex(long.subarray(0, 3)), '0481c8');
  const longer = octetString(new Uint8Array(300));
  assert.equal(toHex(longer.subarray(0, 4)), '0482012c');
  assert.equal(decodeOne(longer).content.length, 300);
});

test('DER: refuses indefinite lengths, high tags, overruns, trailing bytes, huge lengths', () => {
  invalid(() => decodeOne(hex('3080 0000')));
  invalid(() => decodeOne(hex('1f01 00')));
  invalid(() => decodeOne(hex('0405 0102')));
  invalid(() => decodeOne(hex('0401 01 00')));
  invalid(() => decodeOne(hex('0485 0000000001')));
  invalid(() => decodeOne(hex('0484 7fffffff')));
  invalid(() => decodeOne(hex('04')));
  invalid(() => decodeOid(decodeOne(hex('0602 2b86'))));
  invalid(() => decodeOid(decodeOne(hex('0600'))));
});

test('DER: nesting deeper than the limit is refused', () => {
  let t = octetString(new Uint8Array(1));
  for (let i = 0; i < MAX_DER_DEPTH + 2; i++) t = sequence(t);
  let node = decodeOne(t);
  invalid(() => {
    for (let depth = 0; ; depth++) node = children(node, depth)[0]!;
  });
});

test('DER: OIDs round-trip', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 39 }),
      fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 8 }),
      (a, b, rest) => {
        const dotted = [a, b, ...rest].join('.');
        assert.equal(decodeOid(decodeOne(oid(dotted))), dotted);
      },
    ),
  );
});

test('DER: random bytes never escape as anything but SecurityError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      try {
        const n = decodeOne(b);
        if (n.tag & 0x20) children(n, 0);
        readTlv(tlv(0x04, b), 0);
      } catch (e) {
        assert.ok(e instanceof SecurityError, String(e));
      }
    }),
    { numRuns: 3000 },
  );
});
