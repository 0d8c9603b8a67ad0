/**
 * How one resolved IDL type becomes TypeScript text: its value type, its NDR descriptor expression
 * (names from src/ndr/API.md), its zero value, and bounds expressions as `Expr` closures over the
 * scope. The module emitter (emit.ts) decides what is declared where; this file only translates.
 */
import { IdlError } from './errors.js';
import { exprText, type Expr } from './expr.js';
import type { ArrayBounds, IdlModel, NamedType, PrimKind, TypeRef } from './model.js';

/** Named types carried by an NDR primitive rather than by a generated struct. */
const BUILTIN_NAMED: Readonly<Record<string, { desc: string; ts: string; zero: string }>> = {
  GUID: { desc: 'guid', ts: 'string', zero: "'00000000-0000-0000-0000-000000000000'" },
};

const PRIM_DESC: Readonly<Record<PrimKind, string>> = {
  i8: 'i8',
  u8: 'u8',
  char: 'char',
  byte: 'byte',
  boolean: 'boolean8',
  i16: 'i16',
  u16: 'u16',
  wchar: 'wchar',
  i32: 'i32',
  u32: 'u32',
  i64: 'i64',
  u64: 'u64',
  int3264: 'int3264',
  uint3264: 'uint3264',
  f32: 'f32',
  f64: 'f64',
  errorStatus: 'errorStatus',
};

const BIGINT_PRIMS: ReadonlySet<PrimKind> = new Set(['i64', 'u64', 'int3264', 'uint3264']);
/** Single-byte elements: arrays of them are Uint8Array (a plain `char` array too — its bytes are data). */
const BYTE_PRIMS: ReadonlySet<PrimKind> = new Set(['u8', 'byte', 'char']);

export function isBuiltinNamed(name: string): boolean {
  return name in BUILTIN_NAMED;
}

/** Descriptor constant of a named struct / union, and of a context-handle typedef. */
export function descName(name: string): string {
  return `${name}_ndr`;
}

export const ANON_CONTEXT_HANDLE = 'ContextHandleBytes';

export class TypeText {
  /** Descriptor names already declared above the point being emitted (others need lazy()). */
  readonly declared = new Set<string>();
  /** NDR combinators and primitives the emitted text uses, for the import line. */
  readonly ndrImports = new Set<string>();
  /** Whether an expression needed the NO_VALUE placeholder. */
  usesNoValue = false;

  constructor(
    readonly model: IdlModel,
    readonly where: string,
  ) {}

  named(name: string): NamedType {
    const t = this.model.types.get(name);
    if (!t) throw new Error(`emitter: unknown type ${name}`);
    return t;
  }

  private use(name: string): string {
    this.ndrImports.add(name);
    return name;
  }

  private fail(what: string): never {
    throw new IdlError({ file: this.where, line: 1, col: 1 }, `cannot emit ${what}`);
  }

  /** The JS value type. */
  ts(t: TypeRef): string {
    switch (t.kind) {
      case 'prim':
        return t.prim === 'boolean' ? 'boolean' : BIGINT_PRIMS.has(t.prim) ? 'bigint' : 'number';
      case 'contextHandle':
        return t.name || ANON_CONTEXT_HANDLE;
      case 'named': {
        const b = BUILTIN_NAMED[t.name];
        if (b) return b.ts;
        return t.name;
      }
      case 'pointer': {
        const inner = this.ts(t.target);
        return t.ptr === 'ref' ? inner : inner.endsWith('| null') ? inner : `${inner} | null`;
      }
      case 'array': {
        if (t.elem.kind === 'prim' && BYTE_PRIMS.has(t.elem.prim)) return 'Uint8Array';
        const e = this.ts(t.elem);
        return e.includes('|') ? `(${e})[]` : `${e}[]`;
      }
      case 'string':
        if (t.fixed !== undefined) return t.char === 'ascii' ? 'Uint8Array' : 'number[]';
        return 'string';
      case 'range':
        return this.ts(t.base);
      case 'void':
      case 'handle':
      case 'incomplete':
        return this.fail(`a value of ${t.kind} type`);
    }
  }

  /** The descriptor expression. */
  desc(t: TypeRef): string {
    switch (t.kind) {
      case 'prim':
        return this.use(PRIM_DESC[t.prim]);
      case 'contextHandle':
        return t.name ? descName(t.name) : this.use('contextHandle');
      case 'named': {
        const b = BUILTIN_NAMED[t.name];
        if (b) return this.use(b.desc);
        const n = this.named(t.name);
        if (n.kind === 'enum') return this.use(n.v1 ? 'enum32' : 'enum16');
        if (this.declared.has(t.name)) return descName(t.name);
        // Only a pointer target may be declared later (recursive types); see pointer below.
        return this.fail(`${t.name} before its declaration (a recursive type not behind a pointer)`);
      }
      case 'pointer': {
        const target = t.target;
        let inner: string;
        if (target.kind === 'named' && !BUILTIN_NAMED[target.name] && this.named(target.name).kind !== 'enum' && !this.declared.has(target.name)) {
          inner = `${this.use('lazy')}(() => ${descName(target.name)})`;
        } else inner = this.desc(target);
        return `${this.use('pointer')}('${t.ptr}', ${inner})`;
      }
      case 'array':
        return this.arrayDesc(t);
      case 'string': {
        if (t.fixed !== undefined) {
          // A fixed-size [string] array is a varying array on the wire (no max_count); it stays raw
          // units with its NUL, as API.md's string() is conformant-varying only.
          const elem = this.use(t.char === 'ascii' ? 'u8' : 'wchar');
          return `${this.use('varyingArray')}(${elem}, ${t.fixed})`;
        }
        const size = this.sizeExpr(t.bounds);
        if (t.bounds.length || t.bounds.first || t.bounds.last) this.fail('a [string] with length_is / first_is / last_is');
        return `${this.use('string')}('${t.char}'${size ? `, { size: ${size} }` : ''})`;
      }
      case 'range':
        return `${this.use('range')}(${this.desc(t.base)}, ${t.min.toString()}, ${t.max.toString()})`;
      case 'void':
      case 'handle':
      case 'incomplete':
        return this.fail(`a descriptor for ${t.kind === 'incomplete' ? `incomplete struct ${t.name}` : t.kind}`);
    }
  }

  private arrayDesc(t: Extract<TypeRef, { kind: 'array' }>): string {
    const elem = t.elem.kind === 'prim' && t.elem.prim === 'char' ? this.use('u8') : this.desc(t.elem);
    const size = this.sizeExpr(t.bounds);
    const length = this.lengthExpr(t.bounds);
    const first = t.bounds.first ? this.expr(t.bounds.first) : undefined;
    const opts = (entries: [string, string | undefined][]): string => {
      const set = entries.filter((e): e is [string, string] => e[1] !== undefined);
      return set.length ? `, { ${set.map(([k, v]) => `${k}: ${v}`).join(', ')} }` : '';
    };
    if (t.fixed !== undefined && !t.conformant) {
      if (t.varying) return `${this.use('varyingArray')}(${elem}, ${t.fixed}${opts([['length', length], ['first', first]])})`;
      return `${this.use('fixedArray')}(${elem}, ${t.fixed})`;
    }
    if (t.varying) {
      return `${this.use('conformantVaryingArray')}(${elem}${opts([['size', size], ['length', length], ['first', first]])})`;
    }
    return `${this.use('conformantArray')}(${elem}${opts([['size', size]])})`;
  }

  /** size_is(s), or max_is(m) as m + 1. */
  private sizeExpr(b: ArrayBounds): string | undefined {
    if (b.size) return this.expr(b.size);
    if (b.max) return this.expr(b.max, (body) => `${body} + 1`);
    return undefined;
  }

  /** length_is(l), or last_is(x) as x - first + 1. */
  private lengthExpr(b: ArrayBounds): string | undefined {
    if (b.length) return this.expr(b.length);
    if (b.last) {
      const last = b.last;
      const first = b.first;
      const e: Expr = first
        ? { kind: 'binary', op: '-', left: last, right: first, pos: last.pos }
        : last;
      return this.expr(e, (body) => `${body} + 1`);
    }
    return undefined;
  }

  /**
   * A bounds expression as `(s) => number`. Names are the enclosing struct's fields or the call's
   * parameters; `*p` is p's value (out pointers are values). While decoding, a name declared later
   * is not in the scope yet: the closure then yields a non-number, which the engine treats as "no
   * check" rather than a mismatch.
   */
  expr(e: Expr, wrap: (body: string) => string = (b) => b): string {
    const names = new Set<string>();
    const body = this.exprJs(e, names);
    const plain = stripDeref(e);
    if (plain.kind === 'ident' && wrap('X') === 'X') return `(s: Scope) => s.${plain.name} as number`;
    const guard = [...names].sort().map((n) => `typeof s.${n} === 'number'`);
    this.usesNoValue = true;
    return `(s: Scope) => (${guard.join(' && ') || 'true'} ? ${wrap(body)} : NO_VALUE)`;
  }

  private exprJs(e: Expr, names: Set<string>): string {
    switch (e.kind) {
      case 'num':
        return e.value.toString();
      case 'ident':
        names.add(e.name);
        return `s.${e.name}`;
      case 'unary':
        if (e.op === '*') return this.exprJs(e.arg, names);
        if (e.op === '&') return this.fail(`'&' in bounds expression ${exprText(e)}`);
        if (e.op === '!') return `(${this.exprJs(e.arg, names)} ? 0 : 1)`;
        return `(${e.op}${this.exprJs(e.arg, names)})`;
      case 'binary': {
        const a = this.exprJs(e.left, names);
        const b = this.exprJs(e.right, names);
        switch (e.op) {
          case '/':
            return `Math.trunc(${a} / ${b})`;
          case '<':
          case '>':
          case '<=':
          case '>=':
            return `(${a} ${e.op} ${b} ? 1 : 0)`;
          case '==':
            return `(${a} === ${b} ? 1 : 0)`;
          case '!=':
            return `(${a} !== ${b} ? 1 : 0)`;
          case '&&':
          case '||':
            return `(${a} ${e.op} ${b} ? 1 : 0)`;
          default:
            return `(${a} ${e.op} ${b})`;
        }
      }
      case 'cond':
        return `(${this.exprJs(e.test, names)} ? ${this.exprJs(e.then, names)} : ${this.exprJs(e.else, names)})`;
      case 'str':
      case 'member':
      case 'call':
        return this.fail(`bounds expression ${exprText(e)}`);
    }
  }

  /**
   * A zero value for a not-implemented answer: 0, NULL, empty, the first union arm. `scope` is the
   * expression text of the call's parameters, for conformant [out] arrays whose size the request set.
   */
  zero(t: TypeRef, scope: string | undefined): string {
    switch (t.kind) {
      case 'prim':
        return t.prim === 'boolean' ? 'false' : BIGINT_PRIMS.has(t.prim) ? '0n' : '0';
      case 'contextHandle':
        return `new Uint8Array(20)${t.name ? ` as ${t.name}` : ''}`;
      case 'named': {
        const b = BUILTIN_NAMED[t.name];
        if (b) return b.zero;
        const n = this.named(t.name);
        if (n.kind === 'enum') return '0';
        if (n.kind === 'struct') return `{ ${n.fields.map((f) => `${f.name}: ${this.zero(f.type, undefined)}`).join(', ')} }`;
        const arm = n.arms[0];
        if (!arm) return this.fail(`a zero value of union ${n.name} without arms`);
        const tag = arm.isDefault ? firstFreeTag(n.arms.flatMap((a) => a.cases)) : Number(arm.cases[0]);
        return `{ tag: ${tag}, value: ${arm.field ? this.zero(arm.field.type, undefined) : 'null'} }`;
      }
      case 'pointer':
        return t.ptr === 'ref' ? this.zero(t.target, scope) : 'null';
      case 'array': {
        const bytes = t.elem.kind === 'prim' && BYTE_PRIMS.has(t.elem.prim);
        let count: string;
        if (t.fixed !== undefined && !t.conformant) count = String(t.fixed);
        else if (!t.varying && scope !== undefined && (t.bounds.size || t.bounds.max)) {
          count = `zeroFillCount((${this.sizeExpr(t.bounds)})(${scope} as Scope))`;
        } else return bytes ? 'new Uint8Array(0)' : '[]';
        if (bytes) return `new Uint8Array(${count})`;
        return `Array.from({ length: ${count} }, () => ${this.zero(t.elem, undefined)})`;
      }
      case 'string':
        if (t.fixed !== undefined) return t.char === 'ascii' ? 'new Uint8Array(0)' : '[]';
        return "''";
      case 'range':
        return t.min > 0n || t.max < 0n ? this.zeroInRange(t) : this.zero(t.base, scope);
      case 'void':
      case 'handle':
      case 'incomplete':
        return this.fail(`a zero value of ${t.kind}`);
    }
  }

  private zeroInRange(t: Extract<TypeRef, { kind: 'range' }>): string {
    const base = t.base.kind === 'prim' && BIGINT_PRIMS.has(t.base.prim);
    return base ? `${t.min.toString()}n` : t.min.toString();
  }
}

function stripDeref(e: Expr): Expr {
  return e.kind === 'unary' && e.op === '*' ? stripDeref(e.arg) : e;
}

function firstFreeTag(cases: readonly bigint[]): number {
  const used = new Set(cases.map(Number));
  let t = 0;
  while (used.has(t)) t++;
  return t;
}

/** Named types a type refers to; `embedded` ones must be declared first, the rest sit behind pointers. */
export function typeDeps(t: TypeRef, out: { embedded: Set<string>; pointed: Set<string> }, behindPointer = false): void {
  switch (t.kind) {
    case 'named':
      if (BUILTIN_NAMED[t.name]) return;
      (behindPointer ? out.pointed : out.embedded).add(t.name);
      return;
    case 'pointer':
      typeDeps(t.target, out, true);
      return;
    case 'array':
      typeDeps(t.elem, out, behindPointer);
      return;
    case 'range':
      typeDeps(t.base, out, behindPointer);
      return;
    default:
      return;
  }
}

/** Context-handle typedef names a type uses. */
export function contextHandleNames(t: TypeRef, out: Set<string>): void {
  if (t.kind === 'contextHandle' && t.name) out.add(t.name);
  else if (t.kind === 'pointer') contextHandleNames(t.target, out);
  else if (t.kind === 'array') contextHandleNames(t.elem, out);
}
