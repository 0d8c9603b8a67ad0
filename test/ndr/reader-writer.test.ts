/** The low-level cursor pair: sizes per syntax, growth, bounds, value checks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NdrReader, NdrWriter } from '../../src/ndr/index.js';
import { assertBytes, assertNdrError, hex } from './helpers.js';

describe('NdrWriter / NdrReader', () => {
  it('count and referent are 4 bytes in NDR20, 8 (aligned to 8) in NDR64', () => {
    const w20 = new NdrWriter('ndr20');
    w20.u8(1);
    w20.count(5);
    w20.referent(0x20000);
    assertBytes(w20.finish(), hex('01 000000 ; u8, pad to 4\n 05000000 ; count\n 00000200 ; referent'));
    const w64 = new NdrWriter('ndr64');
    w64.u8(1);
    w64.count(5);
    w64.referent(0x20000);
    assertBytes(
      w64.finish(),
      hex('01 00000000000000 ; u8, pad to 8\n 0500000000000000 ; count\n 0000020000000000 ; referent'),
    );
    const r = new NdrReader(w64.finish(), 'ndr64');
    assert.equal(r.u8(), 1);
    assert.equal(r.count(), 5);
    assert.equal(r.referent(), 0x20000);
    assert.equal(r.remaining, 0);
  });
  it('grows by doubling, keeps earlier bytes, pads with zeros', () => {
    const w = new NdrWriter('ndr20', { initialSize: 4 });
    for (let i = 0; i < 1000; i++) {
      w.u8(i & 0xff);
      w.u32(i);
    }
    const b = w.finish();
    assert.equal(b.length, 8000);
    const r = new NdrReader(b, 'ndr20');
    for (let i = 0; i < 1000; i++) {
      assert.equal(r.u8(), i & 0xff);
      assert.equal(r.u32(), i);
    }
    assert.equal(b[1], 0);
  });
  it('refuses out-of-range integers instead of wrapping them', () => {
    const w = new NdrWriter('ndr20');
    assertNdrError(() => w.u8(256), 'range');
    assertNdrError(() => w.u16(-1), 'range');
    assertNdrError(() => w.u32(2 ** 32), 'range');
    assertNdrError(() => w.i32(2 ** 31), 'range');
    assertNdrError(() => w.u32(undefined as unknown as number), 'range');
  });
  it('maxBytes bounds the output', () => {
    const w = new NdrWriter('ndr20', { maxBytes: 16 });
    w.bytes(new Uint8Array(16));
    assertNdrError(() => w.u8(0), 'limit');
  });
  it('every read is bounds-checked with the offset of the failure', () => {
    const r = new NdrReader(hex('01 00 02'), 'ndr20');
    r.u8();
    const e = assertNdrError(() => r.u32(), 'eof');
    assert.equal(e.offset, 1);
    assertNdrError(
      () => new NdrReader(new Uint8Array(8), 'ndr64').u64n.call(new NdrReader(hex('00'), 'ndr64')),
      'eof',
    );
  });
  it('NDR64 counts above 2^53 are refused as a limit', () => {
    assertNdrError(() => new NdrReader(hex('ffffffffffffffff'), 'ndr64').count(), 'limit');
  });
  it('checkCount: maxElements first, then remaining bytes', () => {
    const r = new NdrReader(new Uint8Array(10), 'ndr20', { limits: { maxElements: 100 } });
    assertNdrError(() => r.checkCount(101, 0), 'limit');
    assertNdrError(() => r.checkCount(11, 1), 'eof');
    r.checkCount(5, 2);
  });
  it('big-endian reads and UTF-16BE strings', () => {
    const r = new NdrReader(hex('0102 0000 00000003 0041 0042'), 'ndr20', { littleEndian: false });
    assert.equal(r.u16(), 0x0102);
    assert.equal(r.u32(), 3); // at offset 4 after 2 bytes of padding
    assert.equal(r.utf16(2), 'AB');
  });
  it('UTF-16 strings of every short length and a long one', () => {
    for (const n of [0, 1, 5, 24, 25, 100]) {
      const s = 'x'.repeat(n).replace(/x/g, (_, i: number) => String.fromCharCode(0x41 + (i % 26)));
      const w = new NdrWriter('ndr20');
      w.utf16(s);
      assert.equal(new NdrReader(w.finish(), 'ndr20').utf16(n), s);
      // odd memory offset: the 16-bit fast path must not be used
      const odd = new Uint8Array(w.finish().length + 1).fill(0);
      odd.set(w.finish(), 1);
      assert.equal(new NdrReader(odd.subarray(1), 'ndr20').utf16(n), s);
    }
  });
});
