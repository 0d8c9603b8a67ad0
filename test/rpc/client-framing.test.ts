import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FragmentFramingError, FragmentReader } from '../../src/rpc/client-framing.js';
import { encodePdu, PfcFlags } from '../../src/rpc/pdu.js';

function responseBytes(callId: number, stub: Uint8Array, bigEndian: boolean): Uint8Array {
  return encodePdu({
    type: 'response',
    callId,
    flags: PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG,
    allocHint: stub.length,
    contextId: 0,
    cancelCount: 0,
    stub,
    ...(bigEndian ? { drep: Uint8Array.of(0, 0, 0, 0) } : {}),
  });
}

test('fragments come out whole and in order however the stream is chunked', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.boolean()), { minLength: 1, maxLength: 12 }),
      fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 30 }),
      (specs, cuts) => {
        const frags = specs.map(([stub, be], i) => responseBytes(i + 1, stub, be));
        const all = Buffer.concat(frags);
        const reader = new FragmentReader(0xffff);
        const out: Uint8Array[] = [];
        let off = 0;
        let k = 0;
        while (off < all.length) {
          const n = Math.min(cuts[k++ % cuts.length]!, all.length - off);
          reader.push(all.subarray(off, off + n));
          off += n;
          for (let f = reader.next(); f !== undefined; f = reader.next()) out.push(f);
        }
        assert.equal(out.length, frags.length);
        out.forEach((f, i) => {
          assert.equal(Object.getPrototypeOf(f), Uint8Array.prototype);
          assert.deepEqual(f, frags[i]);
        });
      },
    ),
  );
});

test('impossible fragment lengths are refused before buffering them', () => {
  const tooLong = responseBytes(1, new Uint8Array(100), false);
  const r = new FragmentReader(64);
  r.push(tooLong.subarray(0, 16));
  assert.throws(() => r.next(), FragmentFramingError);
  const short = Uint8Array.from(responseBytes(1, new Uint8Array(0), false));
  short[8] = 8;
  const r2 = new FragmentReader(0xffff);
  r2.push(short);
  assert.throws(() => r2.next(), /shorter than the PDU header/);
});
