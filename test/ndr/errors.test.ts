/** Malformed input: every failure is a typed NdrError with an offset, never a crash or a hang. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  conformantArray,
  decode,
  decodeParams,
  encode,
  encodeParams,
  lazy,
  parseDataRepresentation,
  pointer,
  string,
  struct,
  u16,
  u32,
  u64,
  u8,
  union,
  type NdrSyntax,
  type NdrType,
} from '../../src/ndr/index.js';
import { assertNdrError, hex } from './helpers.js';

const SYNTAXES: NdrSyntax[] = ['ndr20', 'ndr64'];

const Extra = struct<{ a: number; b: number }>('Extra', [
  ['a', u32],
  ['b', u16],
]);
const Item = struct<{ id: number; name: string | null; extra: unknown; stamp: bigint }>('Item', [
  ['id', u32],
  ['name', pointer('unique', string('utf16'))],
  ['extra', pointer('unique', Extra)],
  ['stamp', u64],
]);
const Items = pointer('ref', conformantArray(Item));
const items = [
  { id: 1, name: 'first', extra: { a: 1, b: 2 }, stamp: 3n },
  { id: 2, name: null, extra: null, stamp: 4n },
  { id: 3, name: '', extra: { a: 5, b: 6 }, stamp: 7n },
];
const U = union({ discriminant: u16, arms: { 1: u32, 2: Item, 3: null }, encapsulated: true });

describe('truncation', () => {
  const cases: [string, NdrType<unknown>, unknown][] = [
    ['array of structs with pointers', Items, items],
    ['union', U, { tag: 2, value: items[0] }],
    ['ascii string', pointer('unique', string('ascii')), 'hello'],
  ];
  for (const syntax of SYNTAXES) {
    for (const [name, t, v] of cases) {
      it(`${syntax} ${name}: every prefix fails with 'eof'`, () => {
        const full = encode(syntax, t, v);
        assert.deepEqual(decode(full, syntax, t), v);
        for (let len = 0; len < full.length; len++) {
          assertNdrError(() => decode(full.subarray(0, len), syntax, t), 'eof', `length ${len}`);
        }
      });
    }
  }
});

describe('counts', () => {
  const bytes = conformantArray(u8);
  it("huge counts fail with 'limit' before allocating", () => {
    assertNdrError(() => decode(hex('ffffffff 00'), 'ndr20', bytes), 'limit');
    assertNdrError(() => decode(hex('ffffffff 00'), 'ndr20', conformantArray(Item)), 'limit');
    assertNdrError(() => decode(hex('ffffffffffffffff 00'), 'ndr64', bytes), 'limit');
    assertNdrError(() => decode(hex('00e1f505 00'), 'ndr20', bytes), 'limit'); // 100,000,000
  });
  it("counts beyond the remaining bytes fail with 'eof'", () => {
    assertNdrError(() => decode(hex('64000000 0000'), 'ndr20', bytes), 'eof');
    assertNdrError(() => decode(hex('10000000 00000000 10000000 4100'), 'ndr20', string('utf16')), 'eof');
  });
  it('a multi-MiB byte buffer decodes under the default limits (counts are bounded by the bytes left)', () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 3).fill(0x5a);
    assert.deepEqual(decode(encode('ndr20', bytes, big), 'ndr20', bytes), big);
  });
  it('maxElements is configurable', () => {
    const b = encode('ndr20', bytes, new Uint8Array(10));
    assertNdrError(() => decode(b, 'ndr20', bytes, { limits: { maxElements: 9 } }), 'limit');
    assert.equal((decode(b, 'ndr20', bytes, { limits: { maxElements: 10 } }) as Uint8Array).length, 10);
  });
  it('maxBytes bounds the stub', () => {
    assertNdrError(() => decode(new Uint8Array(100), 'ndr20', u8, { limits: { maxBytes: 64 } }), 'limit');
  });
});

describe('pointer bombs', () => {
  it("10,000 nested unique pointers fail fast with 'depth'", () => {
    const Chain: NdrType<unknown> = pointer(
      'unique',
      lazy(() => Chain),
    );
    for (const syntax of SYNTAXES) {
      const idSize = syntax === 'ndr64' ? 8 : 4;
      const buf = new Uint8Array(10_001 * idSize);
      const view = new DataView(buf.buffer);
      for (let i = 0; i < 10_000; i++) view.setUint32(i * idSize, 0x20000 + 4 * i, true);
      const err = assertNdrError(() => decode(buf, syntax, Chain), 'depth');
      assert.ok(err.offset < 100 * idSize, 'stops at the depth limit, not at the end');
    }
  });
  it('a linked list deeper than maxDepth fails; within it succeeds', () => {
    interface Node {
      v: number;
      next: Node | null;
    }
    const NodeT: NdrType<Node> = struct<Node>('Node', [
      ['v', u32],
      [
        'next',
        pointer(
          'unique',
          lazy(() => NodeT),
        ),
      ],
    ]);
    let list: Node | null = null;
    for (let i = 0; i < 40; i++) list = { v: i, next: list };
    const b = encode('ndr20', NodeT, list!);
    assert.deepEqual(decode(b, 'ndr20', NodeT), list);
    assertNdrError(() => decode(b, 'ndr20', NodeT, { limits: { maxDepth: 10 } }), 'depth');
    for (let i = 40; i < 100; i++) list = { v: i, next: list };
    assertNdrError(() => encode('ndr20', NodeT, list!), 'depth');
    const long = encode('ndr20', NodeT, list!, { limits: { maxDepth: 200 } });
    assert.deepEqual(decode(long, 'ndr20', NodeT, { limits: { maxDepth: 200 } }), list);
  });
  it('encoding a cyclic value through unique pointers fails with depth', () => {
    interface Node {
      v: number;
      next: Node | null;
    }
    const NodeT: NdrType<Node> = struct<Node>('Node', [
      ['v', u32],
      [
        'next',
        pointer(
          'unique',
          lazy(() => NodeT),
        ),
      ],
    ]);
    const a: Node = { v: 1, next: null };
    a.next = a;
    assertNdrError(() => encode('ndr20', NodeT, a), 'depth');
  });
  it('a cycle through full pointers is encoded once and decoded as the same cycle', () => {
    interface Node {
      v: number;
      next: Node | null;
    }
    const NodeT: NdrType<Node> = struct<Node>('Node', [
      ['v', u32],
      [
        'next',
        pointer(
          'full',
          lazy(() => NodeT),
        ),
      ],
    ]);
    const a: Node = { v: 1, next: null };
    a.next = a;
    for (const syntax of SYNTAXES) {
      const [d] = decodeParams(encodeParams(syntax, [[pointer('full', NodeT), a]]), syntax, [
        pointer('full', NodeT),
      ]) as [Node];
      assert.equal(d.v, 1);
      assert.equal(d.next, d);
    }
  });
});

describe('invalid values', () => {
  it('NULL ref pointers', () => {
    const R = struct<{ p: number }>('R', [['p', pointer('ref', u32)]]);
    assertNdrError(() => decode(hex('00000000'), 'ndr20', R), 'null-ref');
    assertNdrError(() => encode('ndr20', R, { p: null as unknown as number }), 'null-ref');
    assertNdrError(() => encodeParams('ndr20', [[pointer('ref', u32), null]]), 'null-ref');
  });
  it('bad [string] framing', () => {
    const s = string('utf16');
    assertNdrError(() => decode(hex('03000000 00000000 03000000 4100 4200 4300'), 'ndr20', s), 'invalid'); // no NUL
    assertNdrError(() => decode(hex('03000000 01000000 02000000 4100 0000'), 'ndr20', s), 'invalid'); // offset 1
    assertNdrError(() => decode(hex('03000000 00000000 00000000'), 'ndr20', s), 'invalid'); // actual 0
    assertNdrError(() => decode(hex('01000000 00000000 02000000 4100 0000'), 'ndr20', s), 'invalid'); // actual > max
  });
  it('unknown union tag without a default', () => {
    assertNdrError(() => decode(hex('0900'), 'ndr20', U), 'tag');
    assertNdrError(() => encode('ndr20', U, { tag: 9, value: 1 }), 'tag');
    const withDefault = union({ discriminant: u16, arms: { 1: u32 }, default: u16, encapsulated: true });
    assert.deepEqual(
      decode(
        hex('0900 0000 0700 ; tag 9, pad to the largest arm (4), default u16 arm'),
        'ndr20',
        withDefault,
      ),
      { tag: 9, value: 7 },
    );
  });
  it('correlation: wire max_count must match size_is', () => {
    const C = struct<{ n: number; data: number[] }>('C', [
      ['n', u32],
      ['data', conformantArray(u16, { size: (s) => s.n as number })],
    ]);
    assertNdrError(() => decode(hex('02000000 03000000 0100 0200'), 'ndr20', C), 'correlation');
    assertNdrError(() => encode('ndr20', C, { n: 3, data: [1] }), 'invalid');
    const [n, arr] = decodeParams(hex('02000000 02000000 0100 0200'), 'ndr20', [
      ['n', u32],
      ['arr', conformantArray(u16, { size: (s) => s.n as number })],
    ]);
    assert.equal(n, 2);
    assert.deepEqual(arr, [1, 2]);
    assertNdrError(
      () =>
        decodeParams(hex('03000000 02000000 0100 0200'), 'ndr20', [
          ['n', u32],
          conformantArray(u16, { size: (s) => s.n as number }),
        ]),
      'correlation',
    );
  });
  it('data representation: EBCDIC and non-IEEE floats are refused', () => {
    assert.deepEqual(parseDataRepresentation(hex('10000000')), { littleEndian: true });
    assert.deepEqual(parseDataRepresentation(hex('00000000')), { littleEndian: false });
    assertNdrError(() => parseDataRepresentation(hex('11000000')), 'invalid');
    assertNdrError(() => parseDataRepresentation(hex('10010000')), 'invalid');
  });
  it('wrongly shaped values become NdrError, not TypeError', () => {
    assertNdrError(() => encode('ndr20', Item, null as unknown as never), 'invalid');
    assertNdrError(() => encode('ndr20', conformantArray(u16), 5 as unknown as number[]), 'invalid');
  });
});
