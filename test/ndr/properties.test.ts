/** Round-trip properties (encode → decode → deepEqual) for every combinator, both syntaxes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  boolean8,
  byte,
  char,
  conformantArray,
  conformantVaryingArray,
  contextHandle,
  decode,
  encode,
  enum16,
  enum32,
  errorStatus,
  f32,
  f64,
  fixedArray,
  guid,
  i16,
  i32,
  i64,
  i8,
  int3264,
  pointer,
  range,
  string,
  struct,
  u16,
  u32,
  u64,
  u8,
  uint3264,
  union,
  varyingArray,
  wchar,
  type NdrSyntax,
  type NdrType,
} from '../../src/ndr/index.js';

const SYNTAXES: NdrSyntax[] = ['ndr20', 'ndr64'];

/** Readable descriptions of generated types, for failure reports. */
const descriptions = new WeakMap<object, string>();
function described<T extends NdrType<unknown>>(t: T, d: string): T {
  descriptions.set(t, d);
  return t;
}
const desc = (t: NdrType<unknown>): string => descriptions.get(t) ?? t.kind;

/** A generated type together with an arbitrary of its values. */
interface Shape {
  t: NdrType<unknown>;
  arb: fc.Arbitrary<unknown>;
  /** Conformant: may only be a struct's last member (or stand alone). */
  conformant: boolean;
  byteSized?: boolean;
}

const int = (min: number, max: number) => fc.integer({ min, max });
const prim = (t: NdrType<unknown>, arb: fc.Arbitrary<unknown>, byteSized = false): Shape => ({
  t,
  arb,
  conformant: false,
  byteSized,
});

const primitives: Shape[] = [
  prim(u8, int(0, 0xff), true),
  prim(byte, int(0, 0xff), true),
  prim(i8, int(-128, 127)),
  prim(char, int(0, 0x7f)),
  prim(boolean8, fc.boolean()),
  prim(u16, int(0, 0xffff)),
  prim(i16, int(-0x8000, 0x7fff)),
  prim(wchar, int(0, 0xffff)),
  prim(u32, int(0, 0xffffffff)),
  prim(i32, fc.integer()),
  prim(errorStatus, int(0, 0xffffffff)),
  prim(u64, fc.bigInt({ min: 0n, max: (1n << 64n) - 1n })),
  prim(i64, fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n })),
  prim(int3264, fc.bigInt({ min: -(1n << 31n), max: (1n << 31n) - 1n })),
  prim(uint3264, fc.bigInt({ min: 0n, max: (1n << 32n) - 1n })),
  prim(f32, fc.float({ noNaN: true }).map(Math.fround)),
  prim(f64, fc.double({ noNaN: true })),
  prim(enum16, int(0, 0xffff)),
  prim(enum32, int(0, 0xffffffff)),
  prim(guid, fc.uuid()),
  prim(contextHandle, fc.uint8Array({ minLength: 20, maxLength: 20 })),
  prim(range(u32, 5, 500), int(5, 500)),
];

const strings: Shape[] = [
  { t: string('utf16'), arb: fc.string({ unit: 'binary', maxLength: 40 }), conformant: true },
  {
    t: string('ascii'),
    arb: fc.string({
      unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    }),
    conformant: true,
  },
];

const arrayOf = (e: Shape, n: { min?: number; max?: number }): fc.Arbitrary<unknown> =>
  e.byteSized
    ? fc.uint8Array({ minLength: n.min ?? 0, maxLength: n.max ?? 6 })
    : fc.array(e.arb, { minLength: n.min ?? 0, maxLength: n.max ?? 6 });

let structCounter = 0;

/** Random non-conformant shape of bounded depth. */
function shapeArb(depth: number): fc.Arbitrary<Shape> {
  const leaf = fc.constantFrom(...primitives);
  if (depth <= 0) return leaf;
  const sub = fc.constant(null).chain(() => shapeArb(depth - 1));
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 2, arbitrary: structArb(depth) },
    {
      weight: 1,
      arbitrary: fc.tuple(sub, int(0, 4)).map(([e, n]): Shape => ({
        t: described(fixedArray(e.t, n), `fixed(${desc(e.t)},${n})`),
        arb: arrayOf(e, { min: n, max: n }),
        conformant: false,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(sub, int(1, 5)).map(([e, n]): Shape => ({
        t: described(varyingArray(e.t, n), `varying(${desc(e.t)},${n})`),
        arb: arrayOf(e, { max: n }),
        conformant: false,
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(sub, anyConformantArb(depth - 1)), fc.constantFrom('unique', 'full', 'ref'))
        .map(([e, kind]): Shape => ({
          t: described(pointer(kind as 'unique', e.t), `${kind}*(${desc(e.t)})`),
          arb: kind === 'ref' ? e.arb : fc.option(e.arb, { nil: null }),
          conformant: false,
        })),
    },
    { weight: 1, arbitrary: unionArb(depth) },
  );
}

function conformantArb(depth: number): fc.Arbitrary<Shape> {
  const sub = fc.constant(null).chain(() => shapeArb(Math.max(0, depth - 1)));
  return fc.oneof(
    fc.constantFrom(...strings),
    sub.map((e): Shape => ({
      t: described(conformantArray(e.t), `conf(${desc(e.t)})`),
      arb: arrayOf(e, {}),
      conformant: true,
    })),
    sub.map((e): Shape => ({
      t: described(conformantVaryingArray(e.t), `confvar(${desc(e.t)})`),
      arb: arrayOf(e, {}),
      conformant: true,
    })),
  );
}

/** A conformant array/string, or a struct ending in one. */
function anyConformantArb(depth: number): fc.Arbitrary<Shape> {
  return fc.oneof(conformantArb(depth), structArb(depth, true));
}

function structArb(depth: number, conformantTail = false): fc.Arbitrary<Shape> {
  const sub = fc.constant(null).chain(() => shapeArb(depth - 1));
  const tail = conformantTail
    ? fc
        .constant(null)
        .chain(() =>
          fc.oneof(conformantArb(depth - 1), depth > 1 ? structArb(depth - 1, true) : conformantArb(0)),
        )
    : fc.constant(null);
  return fc
    .tuple(fc.array(sub, { minLength: conformantTail ? 0 : 1, maxLength: 4 }), tail)
    .map(([fields, last]): Shape => {
      const all = last ? [...fields, last] : fields;
      const names = all.map((_, i) => `f${i}`);
      const t = struct<Record<string, unknown>>(
        `S${structCounter++}`,
        all.map((s, i) => [names[i]!, s.t] as const),
      );
      const arb = fc
        .tuple(...all.map((s) => s.arb))
        .map((vals) => Object.fromEntries(vals.map((v, i) => [names[i], v])));
      described(t, `struct{${all.map((f) => desc(f.t)).join('; ')}}`);
      return { t, arb, conformant: last !== null };
    });
}

function unionArb(depth: number): fc.Arbitrary<Shape> {
  const sub = fc.constant(null).chain(() => shapeArb(depth - 1));
  return fc
    .tuple(
      fc.array(fc.option(sub, { nil: null }), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      fc.constantFrom(u16, u32, enum16),
    )
    .map(([arms, encapsulated, discriminant]): Shape => {
      const armTypes: Record<number, NdrType<unknown> | null> = {};
      arms.forEach((a, i) => (armTypes[i * 3 + 1] = a ? a.t : null));
      const t = union({ discriminant, arms: armTypes, encapsulated });
      described(t, `union${encapsulated ? '+' : ''}{${arms.map((a) => (a ? desc(a.t) : '-')).join('|')}}`);
      const arb = fc.oneof(
        ...arms.map((a, i) =>
          a
            ? a.arb.map((value) => ({ tag: i * 3 + 1, value }))
            : fc.constant({ tag: i * 3 + 1, value: null }),
        ),
      );
      return { t, arb, conformant: false };
    });
}

/** Shapes print as huge closures; report the failing value and the error only. */
function reportBriefly(out: fc.RunDetails<[[Shape, unknown], NdrSyntax]>): void {
  if (!out.failed) return;
  const [[s, v], syntax] = out.counterexample ?? [[null, null], null];
  const show = (x: unknown) => JSON.stringify(x, (_k, y) => (typeof y === 'bigint' ? `${y}n` : y));
  throw new Error(`${syntax} ${s ? desc(s.t) : ''} value ${show(v)}: ${String(out.errorInstance)}`);
}

function roundTrips(shape: fc.Arbitrary<Shape>, runs = 200): void {
  fc.assert(
    fc.property(
      shape.chain((s) => fc.tuple(fc.constant(s), s.arb)),
      fc.constantFrom(...SYNTAXES),
      ([s, v], syntax) => {
        const bytes = encode(syntax, s.t, v);
        assert.deepStrictEqual(decode(bytes, syntax, s.t), v);
      },
    ),
    { numRuns: runs, reporter: reportBriefly },
  );
}

describe('round-trip properties', () => {
  it('every primitive', () => roundTrips(fc.constantFrom(...primitives), 600));
  it('strings', () => roundTrips(fc.constantFrom(...strings), 400));
  it('fixed, varying, conformant, conformant-varying arrays', () =>
    roundTrips(
      fc.oneof(
        shapeArb(1).map((e): Shape => ({
          t: fixedArray(e.t, 3),
          arb: arrayOf(e, { min: 3, max: 3 }),
          conformant: false,
        })),
        conformantArb(1),
      ),
      300,
    ));
  it('pointers (unique, full, ref; top-level and embedded)', () =>
    roundTrips(
      fc.tuple(shapeArb(1), fc.constantFrom('unique', 'full', 'ref')).map(([e, kind]) => ({
        t: described(pointer(kind as 'unique', e.t), `${kind}*(${desc(e.t)})`),
        arb: kind === 'ref' ? e.arb : fc.option(e.arb, { nil: null }),
        conformant: false,
      })),
      300,
    ));
  it('unions (encapsulated and not)', () => roundTrips(unionArb(2), 300));
  it('random struct shapes, including conformant structs', () =>
    roundTrips(fc.oneof(structArb(3), structArb(3, true)), 400));
  it('arbitrary nested shapes', () => roundTrips(shapeArb(4), 400));
  it('big-endian decode agrees with little-endian for byte-swapped primitives', () => {
    const shapes = primitives.filter((p) => p.t !== guid && p.t !== contextHandle);
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes).chain((s) => fc.tuple(fc.constant(s), s.arb)),
        fc.constantFrom(...SYNTAXES),
        ([s, v], syntax) => {
          const le = encode(syntax, s.t, v);
          const be = Uint8Array.from(le).reverse(); // one aligned primitive at offset 0: reversal = byte swap
          assert.deepStrictEqual(decode(be, syntax, s.t, { littleEndian: false }), v);
        },
      ),
      { numRuns: 300 },
    );
  });
});
