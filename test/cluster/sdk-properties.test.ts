/**
 * The SDK's property objects: PROPERTY_LIST ↔ `{ Name: value }`, and values (including the strings a
 * command line gives) coerced to the type the server reports for each property.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PropType } from '../../src/cluster/model/properties.js';
import {
  PropertyValueError,
  decodeTypedProperties,
  encodeSetList,
  toPropValue,
  type PropertyValue,
} from '../../src/cluster/sdk/properties.js';

describe('SDK properties', () => {
  it('round-trips every model type through a PROPERTY_LIST', () => {
    const props: Record<string, PropertyValue> = {
      D: 7,
      L: -3,
      S: 'text',
      E: '%windir%\\x',
      M: ['a', 'b'],
      B: new Uint8Array([0, 1, 255]),
      U: 1n << 63n,
      I: -(1n << 40n),
    };
    const types = new Map<string, PropType>([
      ['d', 'dword'],
      ['l', 'long'],
      ['s', 'sz'],
      ['e', 'expand_sz'],
      ['m', 'multi_sz'],
      ['b', 'binary'],
      ['u', 'ularge_integer'],
      ['i', 'large_integer'],
    ]);
    const decoded = decodeTypedProperties(encodeSetList(props, types));
    assert.deepEqual(decoded.values, props);
    assert.deepEqual([...decoded.types.entries()].sort(), [...types.entries()].sort());
  });

  it('coerces command-line strings to the known type and refuses what does not fit', () => {
    assert.deepEqual(toPropValue('X', '42', 'dword'), { type: 'dword', value: 42 });
    assert.deepEqual(toPropValue('X', '-1', 'long'), { type: 'long', value: -1 });
    assert.deepEqual(toPropValue('X', 'a,b', 'multi_sz'), { type: 'multi_sz', value: ['a', 'b'] });
    assert.deepEqual(toPropValue('X', '00ff', 'binary'), { type: 'binary', value: 'AP8=' });
    assert.deepEqual(toPropValue('X', '18446744073709551615', 'ularge_integer'), {
      type: 'ularge_integer',
      value: '18446744073709551615',
    });
    assert.deepEqual(toPropValue('X', 5, undefined), { type: 'dword', value: 5 });
    assert.deepEqual(toPropValue('X', 'v', undefined), { type: 'sz', value: 'v' });
    for (const [v, t] of [
      ['lots', 'dword'],
      ['-1', 'dword'],
      ['4294967296', 'dword'],
      ['1.5', 'long'],
      ['zz', 'binary'],
      ['-1', 'ularge_integer'],
      ['x', 'large_integer'],
    ] as const)
      assert.throws(() => toPropValue('X', v, t), PropertyValueError, `${v} as ${t}`);
  });

  it('any DWORD or string survives encode/decode (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,15}$/),
          fc.oneof(
            fc.integer({ min: 0, max: 0xffffffff }),
            fc.string({ unit: 'binary-ascii', maxLength: 40 }),
          ),
          { maxKeys: 8 },
        ),
        (raw) => {
          // Names are case-insensitive on the wire; keep one spelling per name.
          const props: Record<string, PropertyValue> = {};
          const seen = new Set<string>();
          for (const [k, v] of Object.entries(raw)) {
            if (seen.has(k.toLowerCase()) || (typeof v === 'string' && v.includes('\0'))) continue;
            seen.add(k.toLowerCase());
            props[k] = v;
          }
          if (Object.keys(props).length === 0) return;
          assert.deepEqual(decodeTypedProperties(encodeSetList(props, new Map())).values, props);
        },
      ),
    );
  });

  it('an empty output buffer is an empty object', () => {
    assert.deepEqual(decodeTypedProperties(new Uint8Array(0)).values, {});
  });
});
