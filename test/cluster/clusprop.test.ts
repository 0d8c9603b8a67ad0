import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Win32 } from '../../src/errors/status.js';
import { ClusterError } from '../../src/cluster/model/errors.js';
import type { PropValue } from '../../src/cluster/model/properties.js';
import {
  ClusPropSyntax,
  decodeMultiSz,
  decodeProperties,
  decodePropertyList,
  decodeValueList,
  encodeMultiSz,
  encodeProperties,
  encodeValueList,
} from '../../src/cluster/controls/clusprop.js';
import type { NamedValue } from '../../src/cluster/controls/clusprop.js';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function assertRefused(fn: () => unknown, ...statuses: number[]): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ClusterError, `expected ClusterError, got ${String(err)}`);
    assert.ok(statuses.includes(err.status), `unexpected status ${err.status}`);
    return true;
  });
}

/**
 * Hand-derived vectors (2.2.3.10, 2.2.3.10.1): count; then per property NAME syntax 0x00040003,
 * size of the UTF-16 name incl. its NUL (padding excluded), the name padded to 4; then values
 * { syntax, size (unpadded), data padded to 4 }; then the 4-byte ENDMARK 0.
 */
const VECTORS: { what: string; props: NamedValue[]; bytes: string }[] = [
  {
    // count 1 | 03000400 NAME | 04000000 "A\0" is 4 bytes | 41000000 | 02000100 LIST_VALUE_DWORD |
    // 04000000 | 05000000 | 00000000 ENDMARK  → 32 bytes
    what: 'DWORD',
    props: [{ name: 'A', value: { type: 'dword', value: 5 } }],
    bytes: '01000000 03000400 04000000 41000000 02000100 04000000 05000000 00000000',
  },
  {
    // "Ab\0" = 6 bytes, padded with 2 | LIST_VALUE_SZ 0x00010003 | "x\0" = 4 bytes
    what: 'SZ with a padded name',
    props: [{ name: 'Ab', value: { type: 'sz', value: 'x' } }],
    bytes: '01000000 03000400 06000000 41006200 00000000 03000100 04000000 78000000 00000000',
  },
  {
    // LIST_VALUE_MULTI_SZ 0x00010005 | "a\0bc\0\0" = 6 UTF-16 units = 12 bytes, no padding
    what: 'MULTI_SZ',
    props: [{ name: 'M', value: { type: 'multi_sz', value: ['a', 'bc'] } }],
    bytes: '01000000 03000400 04000000 4d000000 05000100 0c000000 61000000 62006300 00000000 00000000',
  },
  {
    // LIST_VALUE_BINARY 0x00010001 | size 3, data 010203 + 1 pad byte
    what: 'BINARY with value padding',
    props: [{ name: 'B', value: { type: 'binary', value: Buffer.from([1, 2, 3]).toString('base64') } }],
    bytes: '01000000 03000400 04000000 42000000 01000100 03000000 01020300 00000000',
  },
  {
    // LIST_VALUE_ULARGE_INTEGER 0x00010006 | size 8 | 0x0000000100000002 little-endian
    what: 'ULARGE_INTEGER',
    props: [{ name: 'U', value: { type: 'ularge_integer', value: String(0x100000002) } }],
    bytes: '01000000 03000400 04000000 55000000 06000100 08000000 02000000 01000000 00000000',
  },
  {
    // LIST_VALUE_LONG 0x00010007 | -2 = fffffffe
    what: 'LONG',
    props: [{ name: 'L', value: { type: 'long', value: -2 } }],
    bytes: '01000000 03000400 04000000 4c000000 07000100 04000000 feffffff 00000000',
  },
  {
    // EXPAND_SZ goes out as two values (2.2.2.3): 0x00010004 then EXPANDED_SZ 0x00010008, "%\0" each
    what: 'EXPAND_SZ with its expansion',
    props: [{ name: 'E', value: { type: 'expand_sz', value: '%' } }],
    bytes:
      '01000000 03000400 04000000 45000000 04000100 04000000 25000000 08000100 04000000 25000000 00000000',
  },
  {
    // Two properties, each closed by its own ENDMARK; an empty MULTI_SZ is its single NUL (2 bytes + 2 pad)
    what: 'two properties, empty MULTI_SZ',
    props: [
      { name: 'A', value: { type: 'dword', value: 1 } },
      { name: 'N', value: { type: 'multi_sz', value: [] } },
    ],
    bytes:
      '02000000 03000400 04000000 41000000 02000100 04000000 01000000 00000000' +
      ' 03000400 04000000 4e000000 05000100 02000000 00000000 00000000',
  },
  { what: 'empty list', props: [], bytes: '00000000' },
];

describe('PROPERTY_LIST vectors', () => {
  for (const v of VECTORS) {
    it(`encodes and decodes ${v.what}`, () => {
      assert.equal(toHex(encodeProperties(v.props)), toHex(hex(v.bytes)));
      assert.deepEqual(decodeProperties(hex(v.bytes)), v.props);
    });
  }

  it('encodes a value list closed by ENDMARK', () => {
    const list = encodeValueList([{ syntax: ClusPropSyntax.RESCLASS, data: hex('01000000') }]);
    assert.equal(toHex(list), toHex(hex('02000200 04000000 01000000 00000000')));
    const { values, end } = decodeValueList(list);
    assert.equal(end, 16);
    assert.deepEqual(values, [{ syntax: ClusPropSyntax.RESCLASS, data: hex('01000000') }]);
  });

  it('MULTI_SZ helpers', () => {
    assert.equal(toHex(encodeMultiSz([])), '0000');
    assert.deepEqual(decodeMultiSz(hex('610000006200 0000 0000')), ['a', 'b']);
  });

  it('ignores bytes after the last property', () => {
    const bytes = new Uint8Array([...hex(VECTORS[0]!.bytes), 9, 9, 9, 9]);
    assert.deepEqual(decodeProperties(bytes), VECTORS[0]!.props);
  });
});

describe('PROPERTY_LIST refusals', () => {
  const base = hex(VECTORS[0]!.bytes);
  const patched = (at: number, word: number): Uint8Array => {
    const b = new Uint8Array(base);
    new DataView(b.buffer).setUint32(at, word, true);
    return b;
  };

  it('short buffers are ERROR_INVALID_DATA', () => {
    assertRefused(() => decodePropertyList(new Uint8Array(0)), Win32.ERROR_INVALID_DATA);
    for (let n = 1; n < base.length; n++)
      assertRefused(() => decodePropertyList(base.subarray(0, n)), Win32.ERROR_INVALID_DATA);
  });

  it('a count larger than the buffer can hold is refused before parsing', () => {
    assertRefused(() => decodePropertyList(patched(0, 0xffffffff)), Win32.ERROR_INVALID_DATA);
    assertRefused(() => decodePropertyList(patched(0, 2)), Win32.ERROR_INVALID_DATA);
  });

  it('oversized name and value sizes are refused', () => {
    assertRefused(() => decodePropertyList(patched(8, 0xfffffff0)), Win32.ERROR_INVALID_DATA);
    assertRefused(() => decodePropertyList(patched(20, 0x7fffffff)), Win32.ERROR_INVALID_DATA);
  });

  it('a missing NAME, unknown syntax, or no value is ERROR_INVALID_DATA', () => {
    assertRefused(() => decodePropertyList(patched(4, 0x00010002)), Win32.ERROR_INVALID_DATA);
    assertRefused(() => decodePropertyList(patched(16, 0x00990002)), Win32.ERROR_INVALID_DATA);
    assertRefused(() => decodePropertyList(patched(16, ClusPropSyntax.NAME)), Win32.ERROR_INVALID_DATA);
    const noValue = hex('01000000 03000400 04000000 41000000 00000000');
    assertRefused(() => decodePropertyList(noValue), Win32.ERROR_INVALID_DATA);
  });

  it('more than three values for one property is ERROR_INVALID_DATA', () => {
    const v = '02000100 04000000 05000000 ';
    const four = hex(`01000000 03000400 04000000 41000000 ${v}${v}${v}${v} 00000000`);
    assertRefused(() => decodePropertyList(four), Win32.ERROR_INVALID_DATA);
  });

  it('an unterminated name is ERROR_INVALID_DATA', () => {
    const b = patched(12, 0x00420041);
    assertRefused(() => decodePropertyList(b), Win32.ERROR_INVALID_DATA);
  });

  it('wrong-sized DWORD or a non-LIST_VALUE syntax is ERROR_INVALID_PARAMETER', () => {
    const shortDword = hex('01000000 03000400 04000000 41000000 02000100 02000000 05000000 00000000');
    assertRefused(() => decodeProperties(shortDword), Win32.ERROR_INVALID_PARAMETER);
    assertRefused(
      () => decodeProperties(patched(16, ClusPropSyntax.DISK_SIGNATURE)),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertRefused(
      () => decodeProperties(patched(16, ClusPropSyntax.LIST_VALUE_WORD)),
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('the same name twice (case-insensitive) is ERROR_INVALID_PARAMETER', () => {
    const twice = encodeProperties([
      { name: 'Abc', value: { type: 'dword', value: 1 } },
      { name: 'aBC', value: { type: 'dword', value: 2 } },
    ]);
    assertRefused(() => decodeProperties(twice), Win32.ERROR_INVALID_PARAMETER);
  });
});

const text = fc.string({ maxLength: 12 }).filter((s) => !s.includes('\0'));
const propValue: fc.Arbitrary<PropValue> = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }).map((value) => ({ type: 'dword' as const, value })),
  fc.integer({ min: -0x80000000, max: 0x7fffffff }).map((value) => ({ type: 'long' as const, value })),
  text.map((value) => ({ type: 'sz' as const, value })),
  text.map((value) => ({ type: 'expand_sz' as const, value })),
  fc
    .array(
      text.filter((s) => s.length > 0),
      { maxLength: 4 },
    )
    .map((value) => ({ type: 'multi_sz' as const, value })),
  fc
    .uint8Array({ maxLength: 9 })
    .map((b) => ({ type: 'binary' as const, value: Buffer.from(b).toString('base64') })),
  fc
    .bigInt({ min: 0n, max: (1n << 64n) - 1n })
    .map((n) => ({ type: 'ularge_integer' as const, value: String(n) })),
  fc
    .bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n })
    .map((n) => ({ type: 'large_integer' as const, value: String(n) })),
);
const propList = fc.uniqueArray(
  fc
    .tuple(
      text.filter((s) => s.length > 0),
      propValue,
    )
    .map(([name, value]): NamedValue => ({ name, value })),
  { maxLength: 6, selector: (p) => p.name.toUpperCase() },
);

function decodesOrRefusesTyped(bytes: Uint8Array): void {
  try {
    decodeProperties(bytes);
  } catch (err) {
    assert.ok(err instanceof ClusterError, `untyped exception: ${String(err)}`);
    assert.ok(
      err.status === Win32.ERROR_INVALID_DATA || err.status === Win32.ERROR_INVALID_PARAMETER,
      `unexpected status ${err.status}`,
    );
  }
}

describe('PROPERTY_LIST properties', () => {
  it('round-trips model values', () => {
    fc.assert(
      fc.property(propList, (props) => {
        const bytes = encodeProperties(props);
        assert.equal(bytes.length % 4, 0);
        assert.deepEqual(decodeProperties(bytes), props);
      }),
      { numRuns: 300 },
    );
  });

  it('mutated lists decode or fail with a typed status', () => {
    fc.assert(
      fc.property(
        propList,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (props, edits, cut) => {
          const bytes = new Uint8Array(encodeProperties(props));
          for (const [at, v] of edits) bytes[at % bytes.length] = v;
          decodesOrRefusesTyped(bytes);
          decodesOrRefusesTyped(bytes.subarray(0, cut % (bytes.length + 1)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('random bytes decode or fail with a typed status', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 128 }), (bytes) => decodesOrRefusesTyped(bytes)),
      { numRuns: 500 },
    );
  });
});
