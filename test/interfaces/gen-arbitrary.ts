/**
 * fast-check arbitraries for IDL values, derived from the resolved model (not from the generated
 * descriptors, so the round-trip tests cross-check the emitter's translation). Values respect the
 * correlations the IDL declares: the integers that bounds expressions name are drawn first (small),
 * then each array / string is drawn with the length those expressions give.
 */
import fc from 'fast-check';
import type { Expr } from '../../src/idl/expr.js';
import type { IdlModel, MethodModel, PrimKind, TypeRef, UnionModel } from '../../src/idl/model.js';

type Scope = Record<string, unknown>;
type Arb = fc.Arbitrary<unknown>;

/** A value whose correlations cannot be met (e.g. length_is > size_is): the draw is filtered out. */
const INVALID = Symbol('invalid');
const MAX_DEPTH = 3;
const SMALL = 6;

interface Entry {
  readonly name: string;
  readonly type: TypeRef;
  readonly switchIs?: Expr;
}

const INT_RANGES: Partial<Record<PrimKind, [number, number]>> = {
  i8: [-128, 127],
  u8: [0, 255],
  char: [0, 255],
  byte: [0, 255],
  i16: [-32768, 32767],
  u16: [0, 0xffff],
  wchar: [0, 0xffff],
  i32: [-0x80000000, 0x7fffffff],
  u32: [0, 0xffffffff],
  errorStatus: [0, 0xffffffff],
};
const BIG_RANGES: Partial<Record<PrimKind, [bigint, bigint]>> = {
  i64: [-(2n ** 63n), 2n ** 63n - 1n],
  u64: [0n, 2n ** 64n - 1n],
  // __int3264 must fit 32 bits to travel in NDR20 as well.
  int3264: [-(2n ** 31n), 2n ** 31n - 1n],
  uint3264: [0n, 2n ** 32n - 1n],
};

export function evalExpr(e: Expr, scope: Scope): number | undefined {
  switch (e.kind) {
    case 'num':
      return Number(e.value);
    case 'ident': {
      const v = scope[e.name];
      return typeof v === 'number' ? v : undefined;
    }
    case 'unary': {
      const a = evalExpr(e.arg, scope);
      if (a === undefined) return undefined;
      if (e.op === '*' || e.op === '+') return a;
      if (e.op === '-') return -a;
      if (e.op === '~') return ~a;
      if (e.op === '!') return a ? 0 : 1;
      return undefined;
    }
    case 'binary': {
      const a = evalExpr(e.left, scope);
      const b = evalExpr(e.right, scope);
      if (a === undefined || b === undefined) return undefined;
      switch (e.op) {
        case '*':
          return a * b;
        case '/':
          return Math.trunc(a / b);
        case '%':
          return a % b;
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '<<':
          return a << b;
        case '>>':
          return a >> b;
        case '&':
          return a & b;
        case '|':
          return a | b;
        case '^':
          return a ^ b;
        default:
          return undefined;
      }
    }
    case 'cond': {
      const t = evalExpr(e.test, scope);
      return t === undefined ? undefined : evalExpr(t ? e.then : e.else, scope);
    }
    default:
      return undefined;
  }
}

function identOf(e: Expr | undefined): string | undefined {
  let x = e;
  while (x && x.kind === 'unary' && x.op === '*') x = x.arg;
  return x && x.kind === 'ident' ? x.name : undefined;
}

function exprNames(e: Expr, out: Set<string>): void {
  switch (e.kind) {
    case 'ident':
      out.add(e.name);
      return;
    case 'unary':
      exprNames(e.arg, out);
      return;
    case 'binary':
      exprNames(e.left, out);
      exprNames(e.right, out);
      return;
    case 'cond':
      exprNames(e.test, out);
      exprNames(e.then, out);
      exprNames(e.else, out);
      return;
    default:
      return;
  }
}

/** Names a type's bounds refer to in the enclosing scope (nested structs have their own scope). */
function boundNames(t: TypeRef, out: Set<string>): void {
  if (t.kind === 'pointer') boundNames(t.target, out);
  else if (t.kind === 'range') boundNames(t.base, out);
  else if (t.kind === 'array' || t.kind === 'string') {
    for (const e of Object.values(t.bounds)) if (e) exprNames(e as Expr, out);
    if (t.kind === 'array') boundNames(t.elem, out);
  }
}

export class ValueArbitraries {
  constructor(readonly model: IdlModel) {}

  /** Request and response values of one method, drawn jointly so responses see request sizes. */
  method(m: MethodModel): fc.Arbitrary<{ req: Scope; resp: Scope }> {
    const entries: Entry[] = m.params
      .filter((p) => p.onWire)
      .map((p) => ({ name: p.name, type: p.type, switchIs: p.switchIs }));
    if (m.returns && m.returns.kind !== 'void') entries.push({ name: 'ret', type: m.returns });
    return this.scope(entries, 0).map((s) => {
      const req: Scope = {};
      const resp: Scope = {};
      for (const p of m.params) {
        if (!p.onWire) continue;
        if (p.direction !== 'out') req[p.name] = s[p.name];
        if (p.direction !== 'in') resp[p.name] = s[p.name];
      }
      if ('ret' in s) resp.ret = s.ret;
      return { req, resp };
    });
  }

  /** A struct's fields or a call's parameters, with correlated integers drawn first. */
  scope(entries: readonly Entry[], depth: number): fc.Arbitrary<Scope> {
    const referenced = new Set<string>();
    for (const e of entries) boundNames(e.type, referenced);
    const switched = new Map<string, UnionModel>();
    for (const e of entries) {
      const sw = identOf(e.switchIs);
      const u = this.unionOf(e.type);
      if (sw && u) switched.set(sw, u);
    }
    const first: Record<string, Arb> = {};
    for (const e of entries) {
      if (referenced.has(e.name)) first[e.name] = this.smallInt(e.type);
      else if (switched.has(e.name)) first[e.name] = this.tagFor(switched.get(e.name)!);
    }
    return fc
      .record(first)
      .chain((ints) => {
        const rest: Record<string, Arb> = {};
        for (const e of entries) {
          if (e.name in ints) continue;
          const sw = identOf(e.switchIs);
          rest[e.name] =
            sw !== undefined ? this.unionWithTag(e.type, ints[sw], depth) : this.value(e.type, ints, depth);
        }
        return fc.record(rest).map((r) => {
          const all: Scope = {};
          for (const e of entries) all[e.name] = e.name in ints ? ints[e.name] : r[e.name];
          return all;
        });
      })
      .filter((s) => !Object.values(s).some((v) => v === INVALID));
  }

  private unionOf(t: TypeRef): UnionModel | undefined {
    let x = t;
    while (x.kind === 'pointer') x = x.target;
    if (x.kind !== 'named') return undefined;
    const n = this.model.types.get(x.name);
    return n?.kind === 'union' ? n : undefined;
  }

  private tagFor(u: UnionModel): Arb {
    const cases = u.arms.flatMap((a) => a.cases.map(Number));
    const dflt = u.arms.some((a) => a.isDefault) ? [freeTag(cases)] : [];
    return fc.constantFrom(...cases, ...dflt);
  }

  private unionWithTag(t: TypeRef, tag: unknown, depth: number): Arb {
    if (t.kind === 'pointer') {
      const inner = this.unionWithTag(t.target, tag, depth);
      return t.ptr === 'ref' ? inner : fc.option(inner, { nil: null });
    }
    const u = this.unionOf(t)!;
    return this.unionArm(u, tag as number, depth);
  }

  private unionArm(u: UnionModel, tag: number, depth: number): Arb {
    const arm = u.arms.find((a) => a.cases.some((c) => Number(c) === tag)) ?? u.arms.find((a) => a.isDefault);
    if (!arm) return fc.constant(INVALID);
    if (!arm.field) return fc.constant({ tag, value: null });
    return this.value(arm.field.type, {}, depth + 1).map((value) =>
      value === INVALID ? INVALID : { tag, value },
    );
  }

  private smallInt(t: TypeRef): Arb {
    let x = t;
    while (x.kind === 'pointer') x = x.target;
    if (x.kind === 'range') {
      const lo = Number(x.min);
      return fc.integer({ min: lo, max: Math.min(Number(x.max), lo + SMALL) });
    }
    if (x.kind === 'prim' && BIG_RANGES[x.prim]) return fc.bigInt({ min: 0n, max: BigInt(SMALL) });
    return fc.integer({ min: 0, max: SMALL });
  }

  value(t: TypeRef, scope: Scope, depth: number): Arb {
    switch (t.kind) {
      case 'prim': {
        if (t.prim === 'boolean') return fc.boolean();
        if (t.prim === 'f32') return fc.float();
        if (t.prim === 'f64') return fc.double();
        const big = BIG_RANGES[t.prim];
        if (big) return fc.bigInt({ min: big[0], max: big[1] });
        const [min, max] = INT_RANGES[t.prim]!;
        return fc.integer({ min, max });
      }
      case 'contextHandle':
        return fc.uint8Array({ minLength: 20, maxLength: 20 });
      case 'named': {
        if (t.name === 'GUID') return fc.uuid();
        const n = this.model.types.get(t.name);
        if (!n) throw new Error(`unknown type ${t.name}`);
        if (n.kind === 'enum') return fc.constantFrom(...n.members.map((m) => Number(m.value)));
        if (n.kind === 'struct') {
          return this.scope(
            n.fields.map((f) => ({ name: f.name, type: f.type, switchIs: f.switchIs })),
            depth + 1,
          );
        }
        return this.tagFor(n).chain((tag) => this.unionArm(n, tag as number, depth));
      }
      case 'pointer': {
        if (t.ptr === 'ref') return this.value(t.target, scope, depth);
        if (depth >= MAX_DEPTH) return fc.constant(null);
        return fc.option(this.value(t.target, scope, depth + 1), { nil: null });
      }
      case 'array':
        return this.array(t, scope, depth);
      case 'string': {
        if (t.fixed !== undefined) {
          const elem =
            t.char === 'ascii' ? fc.integer({ min: 0, max: 255 }) : fc.integer({ min: 0, max: 0xffff });
          const arr = fc.array(elem, { maxLength: t.fixed });
          return t.char === 'ascii' ? arr.map((a) => Uint8Array.from(a)) : arr;
        }
        const size = t.bounds.size ? evalExpr(t.bounds.size, scope) : undefined;
        if (size !== undefined && size < 1) return fc.constant(INVALID);
        const maxLength = size !== undefined ? Math.min(size - 1, 8) : 8;
        const unit = fc
          .integer({ min: 0, max: t.char === 'ascii' ? 0xff : 0xffff })
          .map((c) => String.fromCharCode(c));
        return fc.string({ unit, maxLength });
      }
      case 'range': {
        if (t.base.kind === 'prim' && BIG_RANGES[t.base.prim]) return fc.bigInt({ min: t.min, max: t.max });
        return fc.integer({ min: Number(t.min), max: Number(t.max) });
      }
      default:
        throw new Error(`no values of ${t.kind}`);
    }
  }

  private array(t: Extract<TypeRef, { kind: 'array' }>, scope: Scope, depth: number): Arb {
    const b = t.bounds;
    const size = b.size ? evalExpr(b.size, scope) : b.max ? plusOne(evalExpr(b.max, scope)) : undefined;
    const firstIs = b.first ? evalExpr(b.first, scope) : 0;
    const length = b.length
      ? evalExpr(b.length, scope)
      : b.last
        ? plusOne(minus(evalExpr(b.last, scope), firstIs))
        : undefined;
    if (firstIs === undefined) return fc.constant(INVALID);
    let count: fc.Arbitrary<number>;
    if (t.fixed !== undefined && !t.conformant) {
      if (!t.varying) count = fc.constant(t.fixed);
      else if (length !== undefined) count = fc.constant(length);
      else count = fc.integer({ min: 0, max: Math.min(t.fixed, SMALL) });
      const max = t.fixed;
      count = count.map((n) => (n < 0 || firstIs + n > max ? -1 : n));
    } else if (!t.varying) {
      count = size !== undefined ? fc.constant(size) : fc.integer({ min: 0, max: SMALL });
    } else {
      const max = size;
      if (length !== undefined) count = fc.constant(length);
      else count = fc.integer({ min: 0, max: Math.min(max ?? SMALL, SMALL) });
      if (max !== undefined) count = count.map((n) => (n < 0 || firstIs + n > max ? -1 : n));
    }
    const bytes =
      t.elem.kind === 'prim' && (t.elem.prim === 'u8' || t.elem.prim === 'byte' || t.elem.prim === 'char');
    return count.chain((n): Arb => {
      if (n < 0 || n > 4096) return fc.constant(INVALID);
      if (bytes) return fc.uint8Array({ minLength: n, maxLength: n });
      return fc
        .array(this.value(t.elem, scope, depth + 1), { minLength: n, maxLength: n })
        .map((a) => (a.includes(INVALID) ? INVALID : a));
    });
  }
}

function plusOne(n: number | undefined): number | undefined {
  return n === undefined ? undefined : n + 1;
}
function minus(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}
function freeTag(cases: readonly number[]): number {
  let t = 0;
  while (cases.includes(t)) t++;
  return t;
}
