/**
 * Hand-derived byte vectors, one per construct and syntax. Each vector is derived from the NDR rules
 * ([C706] ch. 14 for NDR20, [MS-RPCE] 2.2.5 for NDR64) offset by offset in the comments; the test
 * checks encode → exact bytes and decode → the same value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  conformantArray,
  contextHandle,
  decodeParams,
  encodeParams,
  enum16,
  enum32,
  f32,
  f64,
  guid,
  i64,
  int3264,
  pointer,
  range,
  string,
  struct,
  u16,
  u32,
  u64,
  u8,
  union,
  varyingArray,
  conformantVaryingArray,
  fixedArray,
  type NdrSyntax,
  type NdrType,
} from '../../src/ndr/index.js';
import { assertBytes, assertNdrError, hex } from './helpers.js';

type Params = [NdrType<unknown>, unknown][];

function roundTrip(
  syntax: NdrSyntax,
  params: Params,
  expected: Uint8Array,
  opts: { littleEndian?: boolean } = {},
) {
  if (opts.littleEndian !== false) assertBytes(encodeParams(syntax, params), expected, `${syntax} encode`);
  const values = decodeParams(
    expected,
    syntax,
    params.map(([t]) => t),
    opts,
  );
  assert.deepEqual(
    values,
    params.map(([, v]) => v),
    `${syntax} decode`,
  );
}

describe('primitives and alignment', () => {
  const params: Params = [
    [u8, 1],
    [u16, 0x0203],
    [u8, 4],
    [u32, 0x05060708],
    [u8, 9],
    [u64, 0x0a0b0c0d0e0f1011n],
  ];
  // Same in both syntaxes: each primitive aligns to its own size, relative to the stub start.
  const le = hex(`
    01          ; 0  u8 1
    00          ; 1  pad to 2
    03 02       ; 2  u16 0x0203
    04          ; 4  u8 4
    00 00 00    ; 5  pad to 8
    08 07 06 05 ; 8  u32 0x05060708
    09          ; 12 u8 9
    00 00 00    ; 13 pad to 16
    11 10 0f 0e 0d 0c 0b 0a ; 16 u64
  `);
  it('NDR20', () => roundTrip('ndr20', params, le));
  it('NDR64', () => roundTrip('ndr64', params, le));
  it('big-endian decode of the same values', () => {
    const be = hex(`
      01 00 02 03 ; 0 u8, pad, u16 big-endian
      04 00 00 00 ; 4 u8, pad
      05 06 07 08 ; 8 u32 big-endian
      09 00 00 00 ; 12 u8, pad
      0a 0b 0c 0d 0e 0f 10 11 ; 16 u64 big-endian
    `);
    roundTrip('ndr20', params, be, { littleEndian: false });
    roundTrip('ndr64', params, be, { littleEndian: false });
  });
  it('floats', () => {
    // f32 1.5 = 0x3fc00000; f64 -2 = 0xc000000000000000; f64 aligned to 8.
    const v = hex(`00 00 c0 3f ; 0 f32 1.5
                   00 00 00 00 ; 4 pad to 8
                   00 00 00 00 00 00 00 c0 ; 8 f64 -2`);
    roundTrip(
      'ndr20',
      [
        [f32, 1.5],
        [f64, -2],
      ],
      v,
    );
  });
});

describe('enum16 / enum32', () => {
  const params: Params = [
    [enum16, 3],
    [enum32, 4],
    [enum16, 5],
  ];
  // NDR20 ([C706] 14.2.8): enum = 2 bytes, v1_enum = 4 bytes.
  it('NDR20', () =>
    roundTrip(
      'ndr20',
      params,
      hex(`03 00       ; 0 enum16 3
           00 00       ; 2 pad to 4
           04 00 00 00 ; 4 enum32 4
           05 00       ; 8 enum16 5`),
    ));
  // NDR64 ([MS-RPCE] 2.2.5.3.1): every enum is 4 bytes.
  it('NDR64', () =>
    roundTrip(
      'ndr64',
      params,
      hex(`03 00 00 00 ; 0 enum 3
           04 00 00 00 ; 4 enum32 4
           05 00 00 00 ; 8 enum 5`),
    ));
});

describe('hyper, __int3264, GUID, context handle', () => {
  it('hyper aligned to 8', () => {
    const v = hex(`ee 00 00 00 00 00 00 00 ; 0 u8 0xee, pad to 8
                   fe ff ff ff ff ff ff ff ; 8 i64 -2`);
    roundTrip(
      'ndr20',
      [
        [u8, 0xee],
        [i64, -2n],
      ],
      v,
    );
    roundTrip(
      'ndr64',
      [
        [u8, 0xee],
        [i64, -2n],
      ],
      v,
    );
  });
  it('__int3264 is 4 bytes in NDR20 and 8 in NDR64', () => {
    roundTrip(
      'ndr20',
      [
        [u8, 1],
        [int3264, -1n],
      ],
      hex('01 000000 ; u8, pad\n ffffffff ; 4 i32 -1'),
    );
    roundTrip(
      'ndr64',
      [
        [u8, 1],
        [int3264, -1n],
      ],
      hex('01 00000000000000 ; u8, pad to 8\n ffffffffffffffff ; 8 i64 -1'),
    );
  });
  it('GUID: u32, u16, u16 little-endian then 8 bytes as-is', () => {
    const g = '01234567-89ab-cdef-0123-456789abcdef';
    const v = hex(`67 45 23 01 ; Data1
                   ab 89       ; Data2
                   ef cd       ; Data3
                   01 23 45 67 89 ab cd ef ; Data4`);
    roundTrip('ndr20', [[guid, g]], v);
    roundTrip('ndr64', [[guid, g]], v);
    const be = hex('01234567 89ab cdef 0123456789abcdef ; big-endian sender');
    roundTrip('ndr20', [[guid, g]], be, { littleEndian: false });
  });
  it('context handle: 20 opaque bytes aligned to 4', () => {
    const h = hex('00000000 11223344 5566 7788 99aabbccddeeff00');
    const v = hex(`ee 00 00 00 ; 0 u8, pad to 4
                   00000000 11223344 5566 7788 99aabbccddeeff00 ; 4 handle
                   05 00 00 00 ; 24 u32 5`);
    roundTrip(
      'ndr20',
      [
        [u8, 0xee],
        [contextHandle, h],
        [u32, 5],
      ],
      v,
    );
    roundTrip(
      'ndr64',
      [
        [u8, 0xee],
        [contextHandle, h],
        [u32, 5],
      ],
      v,
    );
  });
});

describe('structs', () => {
  const S = struct<{ a: number; b: number; c: number }>('S', [
    ['a', u8],
    ['b', u32],
    ['c', u16],
  ]);
  const params: Params = [
    [S, { a: 1, b: 2, c: 3 }],
    [u8, 0xff],
  ];
  it('NDR20: padding between members, none at the end', () =>
    roundTrip(
      'ndr20',
      params,
      hex(`01 00 00 00 ; 0 a, pad to 4
           02 00 00 00 ; 4 b
           03 00       ; 8 c
           ff          ; 10 next param, no trailing pad`),
    ));
  it('NDR64: trailing pad to the struct alignment (2.2.5.3.4.1)', () =>
    roundTrip(
      'ndr64',
      params,
      hex(`01 00 00 00 ; 0 a, pad to 4
           02 00 00 00 ; 4 b
           03 00 00 00 ; 8 c, trailing pad to 12 (multiple of 4)
           ff          ; 12 next param`),
    ));

  const C = struct<{ n: number; data: number[] }>('C', [
    ['n', u16],
    ['data', conformantArray(u16, { size: (s) => s.n as number })],
  ]);
  const cParams: Params = [
    [u8, 0xee],
    [C, { n: 3, data: [1, 2, 3] }],
  ];
  it('NDR20: conformant struct, max_count hoisted before the struct', () =>
    roundTrip(
      'ndr20',
      cParams,
      hex(`ee 00 00 00 ; 0 u8, pad to 4
           03 00 00 00 ; 4 max_count 3
           03 00       ; 8 n
           01 00 02 00 03 00 ; 10 data[0..2]`),
    ));
  it('NDR64: conformant struct, 8-byte max_count aligned to 8 (2.2.5.3.4.2)', () =>
    roundTrip(
      'ndr64',
      cParams,
      hex(`ee 00 00 00 00 00 00 00 ; 0 u8, pad to 8
           03 00 00 00 00 00 00 00 ; 8 max_count 3
           03 00                   ; 16 n
           01 00 02 00 03 00       ; 18 data; 24 is already a multiple of the struct alignment 2`),
    ));
  const Outer = struct<{ x: number; inner: { n: number; data: number[] } }>('Outer', [
    ['x', u32],
    ['inner', C],
  ]);
  const oParams: Params = [[Outer, { x: 9, inner: { n: 2, data: [5, 6] } }]];
  it('NDR20: nested conformant struct hoists to the outermost struct', () =>
    roundTrip(
      'ndr20',
      oParams,
      hex(`02 00 00 00 ; 0 max_count of inner.data
           09 00 00 00 ; 4 x
           02 00       ; 8 inner.n
           05 00 06 00 ; 10 inner.data`),
    ));
  it('NDR64: nested conformant struct hoists to the outermost struct', () =>
    roundTrip(
      'ndr64',
      oParams,
      hex(`02 00 00 00 00 00 00 00 ; 0 max_count
           09 00 00 00             ; 8 x
           02 00                   ; 12 inner.n
           05 00 06 00             ; 14 inner.data
           00 00                   ; 18 trailing pad of the outer struct to its alignment 4`),
    ));
});

describe('strings', () => {
  const N = struct<{ len: number; name: string | null }>('N', [
    ['len', u32],
    ['name', pointer('unique', string('utf16'))],
  ]);
  const params: Params = [[N, { len: 2, name: 'Hi' }]];
  it('NDR20: [string, unique] wchar_t* in a struct', () =>
    roundTrip(
      'ndr20',
      params,
      hex(`02 00 00 00 ; 0 len
           00 00 02 00 ; 4 referent id 0x20000
           03 00 00 00 ; 8 max_count (2 chars + NUL)
           00 00 00 00 ; 12 offset
           03 00 00 00 ; 16 actual_count
           48 00 69 00 00 00 ; 20 "Hi" NUL`),
    ));
  it('NDR64: [string, unique] wchar_t* in a struct', () =>
    roundTrip(
      'ndr64',
      params,
      hex(`02 00 00 00 00 00 00 00 ; 0 len, pad to 8 (pointer alignment)
           00 00 02 00 00 00 00 00 ; 8 referent id (struct size 16, already a multiple of 8)
           03 00 00 00 00 00 00 00 ; 16 max_count
           00 00 00 00 00 00 00 00 ; 24 offset
           03 00 00 00 00 00 00 00 ; 32 actual_count
           48 00 69 00 00 00       ; 40 "Hi" NUL`),
    ));
  it('big-endian decode of the same struct and string', () =>
    roundTrip(
      'ndr20',
      params,
      hex(`00 00 00 02 ; 0 len
           00 02 00 00 ; 4 referent id
           00 00 00 03 ; 8 max_count
           00 00 00 00 ; 12 offset
           00 00 00 03 ; 16 actual_count
           00 48 00 69 00 00 ; 20 "Hi" NUL, UTF-16BE`),
      { littleEndian: false },
    ));
  it('ascii [string] char* as a top-level ref pointer (no referent id)', () =>
    roundTrip(
      'ndr20',
      [[pointer('ref', string('ascii')), 'ok']],
      hex('03000000 00000000 03000000 ; max, offset, actual\n 6f 6b 00 ; "ok" NUL'),
    ));
});

describe('pointers', () => {
  const E = struct<{ p: number | null; q: number }>('E', [
    ['p', pointer('unique', u32)],
    ['q', u16],
  ]);
  const arr: Params = [
    [
      pointer('ref', conformantArray(E)),
      [
        { p: 10, q: 1 },
        { p: null, q: 2 },
        { p: 30, q: 3 },
      ],
    ],
  ];
  it('NDR20: array of structs, all scalars first, then referents in order', () =>
    roundTrip(
      'ndr20',
      arr,
      hex(`03 00 00 00 ; 0 max_count
           00 00 02 00 ; 4 [0].p id
           01 00 00 00 ; 8 [0].q, pad to 4
           00 00 00 00 ; 12 [1].p NULL
           02 00 00 00 ; 16 [1].q, pad
           04 00 02 00 ; 20 [2].p id
           03 00 00 00 ; 24 [2].q, pad (to next u32)
           0a 00 00 00 ; 28 *[0].p
           1e 00 00 00 ; 32 *[2].p`),
    ));
  it('NDR64: array of structs with embedded pointers', () =>
    roundTrip(
      'ndr64',
      arr,
      hex(`03 00 00 00 00 00 00 00 ; 0 max_count
           00 00 02 00 00 00 00 00 ; 8 [0].p id
           01 00 00 00 00 00 00 00 ; 16 [0].q + trailing pad to 8
           00 00 00 00 00 00 00 00 ; 24 [1].p NULL
           02 00 00 00 00 00 00 00 ; 32 [1].q + pad
           04 00 02 00 00 00 00 00 ; 40 [2].p id
           03 00 00 00 00 00 00 00 ; 48 [2].q + pad
           0a 00 00 00             ; 56 *[0].p
           1e 00 00 00             ; 60 *[2].p`),
    ));

  const M = struct<{ k: number | null; v: number }>('M', [
    ['k', pointer('unique', u16)],
    ['v', u32],
  ]);
  const L = struct<{ m: unknown; z: number | null }>('L', [
    ['m', pointer('unique', M)],
    ['z', pointer('unique', u32)],
  ]);
  const nested: Params = [[L, { m: { k: 7, v: 8 }, z: 9 }]];
  it('NDR20: nested pointers are depth-first (m, then *m.k, then z)', () =>
    roundTrip(
      'ndr20',
      nested,
      hex(`00 00 02 00 ; 0 L.m id
           04 00 02 00 ; 4 L.z id
           08 00 02 00 ; 8 (*m).k id
           08 00 00 00 ; 12 (*m).v
           07 00 00 00 ; 16 *(*m).k, pad to 4
           09 00 00 00 ; 20 *z`),
    ));
  it('NDR64: nested pointers are depth-first', () =>
    roundTrip(
      'ndr64',
      nested,
      hex(`00 00 02 00 00 00 00 00 ; 0 L.m id
           04 00 02 00 00 00 00 00 ; 8 L.z id
           08 00 02 00 00 00 00 00 ; 16 (*m).k id
           08 00 00 00 00 00 00 00 ; 24 (*m).v + trailing pad to 8
           07 00 00 00             ; 32 *(*m).k, pad to 4
           09 00 00 00             ; 36 *z`),
    ));

  const P = struct<{ x: number }>('P', [['x', u32]]);
  const F = struct<{ a: unknown; b: unknown }>('F', [
    ['a', pointer('full', P)],
    ['b', pointer('full', P)],
  ]);
  it('full pointers: one object, one referent id, one referent', () => {
    const shared = { x: 5 };
    for (const [syntax, bytes] of [
      ['ndr20', hex('00000200 ; a id\n 00000200 ; b: same id\n 05000000 ; referent once')],
      ['ndr64', hex('0000020000000000 ; a id\n 0000020000000000 ; b same id\n 05000000 ; referent once')],
    ] as const) {
      assertBytes(encodeParams(syntax, [[F, { a: shared, b: shared }]]), bytes, syntax);
      const [f] = decodeParams(bytes, syntax, [F]) as [{ a: unknown; b: unknown }];
      assert.deepEqual(f.a, { x: 5 });
      assert.equal(f.a, f.b, 'decoder maps one referent id to one value');
    }
  });
  it('NULL unique top-level pointer is a zero referent id', () => {
    roundTrip('ndr20', [[pointer('unique', u32), null]], hex('00000000'));
    roundTrip('ndr64', [[pointer('unique', u32), null]], hex('0000000000000000'));
  });
});

describe('arrays', () => {
  it('fixed multidimensional u16[3][2] and byte arrays', () => {
    const t = fixedArray(fixedArray(u16, 2), 3);
    roundTrip(
      'ndr20',
      [
        [
          t,
          [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
        ],
      ],
      hex('0100 0200 ; row 0\n 0300 0400 ; row 1\n 0500 0600 ; row 2'),
    );
    roundTrip('ndr64', [[fixedArray(u8, 3), Uint8Array.of(7, 8, 9)]], hex('07 08 09'));
  });
  it('conformant outer dimension over fixed inner: [size_is(2)] u8 x[][3]', () => {
    const t = conformantArray(fixedArray(u8, 3));
    roundTrip(
      'ndr20',
      [[t, [Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5, 6)]]],
      hex('02000000 ; max\n 010203 040506'),
    );
  });
  it('varying array: offset, actual_count, elements', () => {
    const t = varyingArray(u16, 10);
    roundTrip('ndr20', [[t, [7, 8]]], hex('00000000 ; offset\n 02000000 ; actual\n 0700 0800'));
    roundTrip(
      'ndr64',
      [[t, [7, 8]]],
      hex('0000000000000000 ; offset\n 0200000000000000 ; actual\n 0700 0800'),
    );
  });
  it('conformant varying array', () => {
    const t = conformantVaryingArray(u32, { size: () => 5 });
    roundTrip(
      'ndr20',
      [[t, [1]]],
      hex('05000000 ; max 5\n 00000000 ; offset\n 01000000 ; actual\n 01000000'),
    );
  });
});

describe('unions', () => {
  const enc = union({ discriminant: u16, arms: { 1: u32, 2: u16, 3: null }, encapsulated: true });
  it('encapsulated: discriminant, then the arm aligned to the largest arm (both syntaxes)', () => {
    for (const syntax of ['ndr20', 'ndr64'] as const) {
      roundTrip(
        syntax,
        [
          [u8, 0xee],
          [enc, { tag: 1, value: 0x11223344 }],
        ],
        hex(`ee 00 00 00 ; 0 u8, union aligned to max(2, 4)
             01 00 00 00 ; 4 tag 1, pad to the arm alignment 4
             44 33 22 11 ; 8 arm u32`),
      );
      roundTrip(
        syntax,
        [[enc, { tag: 2, value: 0x5566 }]],
        hex('02 00 00 00 ; tag 2, pad to 4 (max arm alignment)\n 66 55 ; u16 arm'),
      );
      roundTrip(syntax, [[enc, { tag: 3, value: null }]], hex('03 00 ; tag 3, empty arm'));
    }
  });
  const ne = union({ discriminant: u32, arms: { 1: u16, 2: u64 } });
  const neParams: Params = [
    [u8, 0xee],
    [ne, { tag: 1, value: 0x1234 }],
  ];
  it('NDR20 non-encapsulated: switch_type discriminant, then the arm at its own alignment', () =>
    roundTrip(
      'ndr20',
      neParams,
      hex('ee 00 00 00 ; u8, pad\n 01 00 00 00 ; discriminant\n 34 12 ; u16 arm'),
    ));
  it('NDR64 non-encapsulated: union aligned to max(4, 8), arm to 8', () =>
    roundTrip(
      'ndr64',
      neParams,
      hex(`ee 00 00 00 00 00 00 00 ; 0 u8, pad to 8
           01 00 00 00 00 00 00 00 ; 8 discriminant, pad to 8
           34 12                   ; 16 arm`),
    ));
});

describe('unions with pointer arms', () => {
  const u = union({ discriminant: u16, arms: { 1: pointer('unique', u32), 2: u16 } });
  const params: Params = [
    [
      pointer('ref', conformantArray(u)),
      [
        { tag: 1, value: 5 },
        { tag: 2, value: 7 },
        { tag: 1, value: 6 },
      ],
    ],
  ];
  it('NDR20: arm referents are deferred after all the array elements', () =>
    roundTrip(
      'ndr20',
      params,
      hex(`03 00 00 00 ; 0 max_count
           01 00 00 00 ; 4 [0] tag 1, pad to 4 for the pointer arm
           00 00 02 00 ; 8 [0] referent id
           02 00 07 00 ; 12 [1] tag 2, u16 arm
           01 00 00 00 ; 16 [2] tag 1, pad
           04 00 02 00 ; 20 [2] referent id
           05 00 00 00 ; 24 *[0]
           06 00 00 00 ; 28 *[2]`),
    ));
  it('NDR64: union aligned to 8 (pointer arm), discriminant, arm aligned to 8', () =>
    roundTrip(
      'ndr64',
      params,
      hex(`03 00 00 00 00 00 00 00 ; 0 max_count
           01 00 00 00 00 00 00 00 ; 8 [0] tag 1, pad to 8
           00 00 02 00 00 00 00 00 ; 16 [0] referent id
           02 00 00 00 00 00 00 00 ; 24 [1] tag 2, pad to 8 (largest arm)
           07 00 00 00 00 00 00 00 ; 32 [1] u16 arm, pad to 8 for the next union
           01 00 00 00 00 00 00 00 ; 40 [2] tag 1, pad
           04 00 02 00 00 00 00 00 ; 48 [2] referent id
           05 00 00 00             ; 56 *[0]
           06 00 00 00             ; 60 *[2]`),
    ));
});

describe('range', () => {
  const r = range(u32, 1, 10);
  it('in range round-trips; out of range fails both ways', () => {
    roundTrip('ndr20', [[r, 10]], hex('0a000000'));
    assertNdrError(() => encodeParams('ndr20', [[r, 11]]), 'range');
    assertNdrError(() => decodeParams(hex('00000000'), 'ndr20', [r]), 'range');
  });
});
