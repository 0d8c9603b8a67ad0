import type {
  Attribute,
  Declarator,
  EnumSpec,
  Field,
  IdlFile,
  InterfaceDecl,
  MethodDecl,
  StructSpec,
  TypeSpec,
  TypedefDecl,
  UnionSpec,
} from './ast.js';
import { IdlError, formatPos, type SourcePos } from './errors.js';
import { evalConst, exprText, type Expr } from './expr.js';
import type {
  ArrayBounds,
  ConstModel,
  Direction,
  EnumModel,
  FieldModel,
  IdlModel,
  InterfaceModel,
  MethodKind,
  MethodModel,
  NamedType,
  ParamModel,
  PointerKind,
  PrimKind,
  StructModel,
  TypeRef,
  UnionArmModel,
  UnionModel,
} from './model.js';

/** Where a declaration lives: decides the default pointer kind. */
interface Scope {
  readonly file: string;
  readonly iface?: InterfaceDecl;
  readonly ptrDefault: PointerKind;
}

interface TypedefEntry {
  readonly name: string;
  readonly decl: TypedefDecl;
  readonly declarator: Declarator;
  readonly scope: Scope;
}

type TagSpec = StructSpec | UnionSpec | EnumSpec;

interface TagEntry {
  readonly name: string;
  readonly spec: TagSpec;
  readonly scope: Scope;
  /** Attributes of the typedef that defined it (switch_type, v1_enum). */
  readonly typedefAttrs: readonly Attribute[];
}

interface ConstEntry {
  readonly name: string;
  readonly pos: SourcePos;
  readonly compute: () => bigint;
  value?: bigint;
  busy?: boolean;
}

/** Mutable type under construction; pointer kinds are settled in `finish`. */
type Draft =
  | { kind: 'prim'; prim: PrimKind; alias?: string }
  | { kind: 'void' }
  | { kind: 'handle'; alias?: string }
  | { kind: 'contextHandle'; name: string; strict: boolean }
  | { kind: 'named'; name: string; alias?: string }
  | { kind: 'incomplete'; name: string }
  | { kind: 'pointer'; ptr?: PointerKind; dflt: PointerKind; target: Draft; sized?: boolean; pos: SourcePos }
  | { kind: 'array'; elem: Draft; fixed?: number; conformant: boolean; varying: boolean; bounds: MutableBounds; pos: SourcePos }
  | { kind: 'string'; char: 'utf16' | 'ascii'; fixed?: number; bounds: MutableBounds }
  | { kind: 'range'; base: Draft; min: bigint; max: bigint };

type MutableBounds = { -readonly [K in keyof ArrayBounds]: ArrayBounds[K] };

const BUILTIN_NAMES = new Set(['wchar_t', 'error_status_t', 'handle_t']);

const BASE_PRIMS: Readonly<Record<string, PrimKind | 'void' | 'handle'>> = {
  void: 'void',
  handle_t: 'handle',
  error_status_t: 'errorStatus',
  char: 'char',
  'unsigned char': 'u8',
  'signed char': 'i8',
  small: 'i8',
  'signed small': 'i8',
  'unsigned small': 'u8',
  __int8: 'i8',
  'signed __int8': 'i8',
  'unsigned __int8': 'u8',
  byte: 'byte',
  boolean: 'boolean',
  short: 'i16',
  'signed short': 'i16',
  'unsigned short': 'u16',
  __int16: 'i16',
  'signed __int16': 'i16',
  'unsigned __int16': 'u16',
  wchar_t: 'wchar',
  int: 'i32',
  'signed int': 'i32',
  'unsigned int': 'u32',
  long: 'i32',
  'signed long': 'i32',
  'unsigned long': 'u32',
  __int32: 'i32',
  'signed __int32': 'i32',
  'unsigned __int32': 'u32',
  hyper: 'i64',
  'signed hyper': 'i64',
  'unsigned hyper': 'u64',
  __int64: 'i64',
  'signed __int64': 'i64',
  'unsigned __int64': 'u64',
  __int3264: 'int3264',
  'signed __int3264': 'int3264',
  'unsigned __int3264': 'uint3264',
  float: 'f32',
  double: 'f64',
};

const POINTER_ATTRS: Readonly<Record<string, PointerKind>> = { ref: 'ref', unique: 'unique', ptr: 'full' };
const BOUND_ATTRS: Readonly<Record<string, keyof ArrayBounds>> = {
  size_is: 'size',
  max_is: 'max',
  length_is: 'length',
  first_is: 'first',
  last_is: 'last',
};
const PLACEHOLDER_NOT_USED = /^Opnum(\d+)N?otUsedOnWire$/;
const PLACEHOLDER_RESERVED = /^Opnum(\d+)Reserved$/;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function attr(attrs: readonly Attribute[], name: string): Attribute | undefined {
  return attrs.find((a) => a.name === name);
}

class Resolver {
  private readonly typedefs = new Map<string, TypedefEntry>();
  private readonly structTags = new Map<string, TagEntry>();
  private readonly unionTags = new Map<string, TagEntry>();
  private readonly enumTags = new Map<string, TagEntry>();
  /** Definition node → model name (named types and anonymous nested ones). */
  private readonly specNames = new Map<TagSpec, TagEntry>();
  private readonly modelNames = new Map<string, SourcePos>();
  private readonly consts = new Map<string, ConstEntry>();
  private readonly types = new Map<string, NamedType>();
  private readonly expanding = new Set<string>();

  constructor(private readonly files: readonly IdlFile[]) {}

  run(patches: IdlModel['patches']): IdlModel {
    for (const f of this.files) this.collectFile(f);
    for (const entry of this.specNames.values()) this.resolveNamed(entry);
    const typedefs = new Map<string, TypeRef>();
    for (const [name, entry] of this.typedefs) {
      typedefs.set(name, this.finish(this.expandTypedef(entry, entry.decl.pos), 'embedded'));
    }
    const constants = new Map<string, ConstModel>();
    for (const c of this.consts.values()) constants.set(c.name, { name: c.name, value: this.constValue(c), pos: c.pos });
    const interfaces: InterfaceModel[] = [];
    for (const f of this.files) {
      for (const item of f.items) if (item.kind === 'interface') interfaces.push(this.resolveInterface(item, f, interfaces));
    }
    for (const i of interfaces) if (!i.object) this.checkWire(i);
    return { files: this.files.map((f) => f.path), patches, interfaces, types: this.types, constants, typedefs };
  }

  // ---- pass 1: names ---------------------------------------------------------------

  private scopeFor(file: IdlFile, iface?: InterfaceDecl): Scope {
    const own = iface ? attr(iface.attrs, 'pointer_default') : undefined;
    let chosen = own;
    if (!chosen) {
      for (const it of file.items) {
        if (it.kind === 'interface') {
          const pd = attr(it.attrs, 'pointer_default');
          if (pd) {
            chosen = pd;
            break;
          }
        }
      }
    }
    return { file: file.path, iface, ptrDefault: chosen ? this.pointerDefaultValue(chosen) : 'unique' };
  }

  private pointerDefaultValue(a: Attribute): PointerKind {
    const arg = a.args?.[0];
    const k = arg && arg.kind === 'ident' ? POINTER_ATTRS[arg.name] : undefined;
    if (!k) throw new IdlError(a.pos, 'pointer_default takes ref, unique or ptr');
    return k;
  }

  private collectFile(file: IdlFile): void {
    const top = this.scopeFor(file);
    for (const item of file.items) {
      if (item.kind === 'interface') {
        const scope = this.scopeFor(file, item);
        for (const it of item.items) {
          if (it.kind === 'typedef') this.collectTypedef(it, scope);
          else if (it.kind === 'typedecl') this.collectTag(it.type, it.type.tag ?? '', scope, []);
          else if (it.kind === 'const') this.collectConst(it.declarator.name ?? '', it.value, it.pos);
        }
      } else if (item.kind === 'typedef') this.collectTypedef(item, top);
      else if (item.kind === 'typedecl') this.collectTag(item.type, item.type.tag ?? '', top, []);
      else if (item.kind === 'const') this.collectConst(item.declarator.name ?? '', item.value, item.pos);
    }
  }

  private collectTypedef(td: TypedefDecl, scope: Scope): void {
    // The defined struct/union/enum is named after the first plain declarator (FOO in `} FOO, *PFOO;`).
    const plain = td.declarators.find((d) => d.pointers.length === 0 && d.arrays.length === 0);
    const t = td.type;
    if ((t.kind === 'struct' && t.fields) || (t.kind === 'union' && t.arms) || (t.kind === 'enum' && t.members)) {
      this.collectTag(t, plain?.name ?? t.tag ?? td.declarators[0].name ?? '', scope, td.attrs);
    }
    for (const d of td.declarators) {
      const name = d.name as string;
      if (BUILTIN_NAMES.has(name)) continue; // MS-DTYP re-declares wchar_t; the built-in wins
      const prev = this.typedefs.get(name);
      if (prev) throw new IdlError(d.pos, `type '${name}' is already defined at ${formatPos(prev.declarator.pos)}`);
      this.typedefs.set(name, { name, decl: td, declarator: d, scope });
    }
  }

  private collectTag(spec: TagSpec, name: string, scope: Scope, typedefAttrs: readonly Attribute[]): void {
    if (!name) throw new IdlError(spec.pos, `an anonymous ${spec.kind} needs a typedef name`);
    const prevPos = this.modelNames.get(name);
    if (prevPos) throw new IdlError(spec.pos, `type '${name}' is already defined at ${formatPos(prevPos)}`);
    this.modelNames.set(name, spec.pos);
    const entry: TagEntry = { name, spec, scope, typedefAttrs };
    this.specNames.set(spec, entry);
    const table = spec.kind === 'struct' ? this.structTags : spec.kind === 'union' ? this.unionTags : this.enumTags;
    if (spec.tag) {
      const prev = table.get(spec.tag);
      if (prev) throw new IdlError(spec.pos, `${spec.kind} '${spec.tag}' is already defined at ${formatPos(prev.spec.pos)}`);
      table.set(spec.tag, entry);
    }
    if (spec.kind === 'enum') {
      let prevValue: ConstEntry | undefined;
      for (const m of spec.members ?? []) {
        const before = prevValue;
        const value = m.value;
        this.collectConstFn(m.name, m.pos, () => {
          if (value) return this.evalExpr(value);
          return before ? this.constValue(before) + 1n : 0n;
        });
        prevValue = this.consts.get(m.name);
      }
      return;
    }
    // Nested definitions get names derived from their parent so the emitter can refer to them.
    const nested = (f: Field, index: number): void => {
      const t = f.type;
      if ((t.kind === 'struct' && t.fields) || (t.kind === 'union' && t.arms) || (t.kind === 'enum' && t.members)) {
        this.collectTag(t, t.tag ?? `${name}_${f.declarator.name ?? `anon${index}`}`, scope, []);
      }
    };
    if (spec.kind === 'struct') spec.fields?.forEach(nested);
    else spec.arms?.forEach((a, i) => a.field && nested(a.field, i));
  }

  private collectConst(name: string, value: Expr, pos: SourcePos): void {
    this.collectConstFn(name, pos, () => this.evalExpr(value));
  }

  private collectConstFn(name: string, pos: SourcePos, compute: () => bigint): void {
    const prev = this.consts.get(name);
    if (prev) throw new IdlError(pos, `constant '${name}' is already defined at ${formatPos(prev.pos)}`);
    this.consts.set(name, { name, pos, compute });
  }

  private constValue(c: ConstEntry): bigint {
    if (c.value !== undefined) return c.value;
    if (c.busy) throw new IdlError(c.pos, `constant '${c.name}' is defined in terms of itself`);
    c.busy = true;
    c.value = c.compute();
    c.busy = false;
    return c.value;
  }

  private evalExpr(e: Expr): bigint {
    return evalConst(e, (name) => {
      const c = this.consts.get(name);
      return c ? this.constValue(c) : undefined;
    });
  }

  private evalSmall(e: Expr, what: string): number {
    const v = this.evalExpr(e);
    if (v < 0n || v > 0x7fffffffn) throw new IdlError(e.pos, `${what} ${v} is out of range`);
    return Number(v);
  }

  // ---- types ---------------------------------------------------------------------

  private resolveNamed(entry: TagEntry): void {
    const spec = entry.spec;
    if (this.types.has(entry.name)) return;
    if (spec.kind === 'enum') {
      const members = (spec.members ?? []).map((m) => ({ name: m.name, value: this.constValue(this.consts.get(m.name) as ConstEntry) }));
      const model: EnumModel = { kind: 'enum', name: entry.name, v1: !!attr(entry.typedefAttrs, 'v1_enum'), members, pos: spec.pos };
      this.types.set(entry.name, model);
      return;
    }
    if (spec.kind === 'struct') {
      const fields = spec.fields ?? [];
      const names = new Set(fields.map((f) => f.declarator.name).filter((n): n is string => !!n));
      const model: StructModel = {
        kind: 'struct',
        name: entry.name,
        fields: fields.map((f, i) => this.resolveField(f, i, entry, names, `struct '${entry.name}'`)),
        pos: spec.pos,
      };
      this.types.set(entry.name, model);
      return;
    }
    const arms = spec.arms ?? [];
    const cUnion = !spec.switch && arms.every((a) => !a.isDefault && a.cases.length === 0);
    const sw = spec.switch;
    const names = new Set<string>();
    const armModels: UnionArmModel[] = arms.map((a, i) => ({
      cases: a.cases.map((c) => this.evalExpr(c)),
      isDefault: a.isDefault,
      field: a.field ? this.resolveField(a.field, i, entry, names, `union '${entry.name}'`) : null,
    }));
    const switchTypeAttr = attr(entry.typedefAttrs, 'switch_type');
    const model: UnionModel = {
      kind: 'union',
      name: entry.name,
      encapsulated: sw
        ? { discriminantName: sw.name, discriminantType: this.finish(this.specDraft(sw.type, entry.scope), 'embedded'), armsName: spec.armsName }
        : undefined,
      switchType: switchTypeAttr?.typeArg ? this.finish(this.specDraft(switchTypeAttr.typeArg, entry.scope), 'embedded') : undefined,
      arms: armModels,
      cUnion,
      pos: spec.pos,
    };
    this.types.set(entry.name, model);
  }

  private resolveField(f: Field, index: number, owner: TagEntry, names: ReadonlySet<string>, where: string): FieldModel {
    const name = f.declarator.name ?? `anon${index}`;
    const draft = this.declDraft(f.type, f.declarator, f.attrs, owner.scope, undefined, names, where);
    const sw = attr(f.attrs, 'switch_is');
    return {
      name,
      type: this.finish(draft, 'embedded'),
      switchIs: sw ? this.correlation(sw, 0, names, where) : undefined,
      flags: f.attrs.filter((a) => a.name === 'ignore').map((a) => a.name),
      pos: f.pos,
    };
  }

  /** Type of a spec alone (no declarator), e.g. `unsigned long` or `struct _X`. */
  private specDraft(spec: TypeSpec, scope: Scope): Draft {
    switch (spec.kind) {
      case 'base': {
        const p = BASE_PRIMS[spec.name];
        if (!p) throw new IdlError(spec.pos, `unknown type '${spec.name}'`);
        if (p === 'void') return { kind: 'void' };
        if (p === 'handle') return { kind: 'handle' };
        return { kind: 'prim', prim: p };
      }
      case 'name': {
        if (BUILTIN_NAMES.has(spec.name)) return this.specDraft({ kind: 'base', name: spec.name, isConst: spec.isConst, pos: spec.pos }, scope);
        const td = this.typedefs.get(spec.name);
        if (!td) {
          const tag = this.structTags.get(spec.name) ?? this.unionTags.get(spec.name) ?? this.enumTags.get(spec.name);
          throw new IdlError(spec.pos, tag ? `'${spec.name}' is a ${tag.spec.kind} tag; write '${tag.spec.kind} ${spec.name}'` : `unknown type '${spec.name}'`);
        }
        return this.expandTypedef(td, spec.pos);
      }
      case 'struct':
      case 'union':
      case 'enum': {
        const defined = this.specNames.get(spec);
        if (defined) return { kind: 'named', name: defined.name };
        const table = spec.kind === 'struct' ? this.structTags : spec.kind === 'union' ? this.unionTags : this.enumTags;
        const tag = spec.tag as string;
        const found = table.get(tag);
        if (found) return { kind: 'named', name: found.name };
        const other = [this.structTags, this.unionTags, this.enumTags].map((t) => t.get(tag)).find((x) => x);
        if (other) throw new IdlError(spec.pos, `'${spec.kind} ${tag}' names a ${other.spec.kind}, not a ${spec.kind}`);
        if (spec.kind === 'struct') return { kind: 'incomplete', name: tag };
        throw new IdlError(spec.pos, `unknown ${spec.kind} '${tag}'`);
      }
    }
  }

  private expandTypedef(td: TypedefEntry, usePos: SourcePos): Draft {
    if (this.expanding.has(td.name)) throw new IdlError(usePos, `typedef '${td.name}' refers to itself`);
    this.expanding.add(td.name);
    try {
      const d = this.declDraft(td.decl.type, td.declarator, td.decl.attrs, td.scope, td.name, new Set(), `typedef '${td.name}'`);
      if (d.kind === 'prim' || d.kind === 'named' || d.kind === 'handle') return { ...d, alias: td.name };
      return d;
    } finally {
      this.expanding.delete(td.name);
    }
  }

  /** Builds the type of one declaration and applies its attributes. */
  private declDraft(
    spec: TypeSpec,
    decl: Declarator,
    attrs: readonly Attribute[],
    scope: Scope,
    typedefName: string | undefined,
    names: ReadonlySet<string>,
    where: string,
  ): Draft {
    let t = this.specDraft(spec, scope);
    for (const p of decl.pointers) t = { kind: 'pointer', dflt: scope.ptrDefault, target: t, pos: p.pos };
    for (let k = decl.arrays.length - 1; k >= 0; k--) {
      const dim = decl.arrays[k];
      if (dim === null || dim === '*') t = { kind: 'array', elem: t, conformant: true, varying: false, bounds: {}, pos: decl.pos };
      else t = { kind: 'array', elem: t, fixed: this.evalSmall(dim, 'array size'), conformant: false, varying: false, bounds: {}, pos: dim.pos };
    }
    return this.applyAttrs(t, attrs, scope, typedefName, names, where, decl.pos);
  }

  private applyAttrs(
    t: Draft,
    attrs: readonly Attribute[],
    _scope: Scope,
    typedefName: string | undefined,
    names: ReadonlySet<string>,
    where: string,
    pos: SourcePos,
  ): Draft {
    // Levels are the pointer / array layers from the outside in, counted before any change.
    const levels: Draft[] = [];
    for (let cur: Draft | undefined = t; cur && (cur.kind === 'pointer' || cur.kind === 'array'); ) {
      levels.push(cur);
      cur = cur.kind === 'pointer' ? cur.target : cur.elem;
    }
    if (attr(attrs, 'context_handle')) {
      if (t.kind !== 'pointer' || t.target.kind !== 'void') throw new IdlError(attr(attrs, 'context_handle')!.pos, '[context_handle] applies to void*');
      t = { kind: 'contextHandle', name: typedefName ?? '', strict: !!attr(attrs, 'strict_context_handle') };
      return t;
    }
    for (const a of attrs) {
      const pk = POINTER_ATTRS[a.name];
      if (pk) {
        const top = levels[0];
        if (!top || top.kind !== 'pointer') throw new IdlError(a.pos, `[${a.name}] applies to a pointer, but ${where} is not one`);
        top.ptr = pk;
      }
    }
    for (const a of attrs) {
      const key = BOUND_ATTRS[a.name];
      if (!key) continue;
      const args = a.args ?? [];
      if (!args.length) throw new IdlError(a.pos, `[${a.name}] needs an argument`);
      args.forEach((arg, i) => {
        if (!arg) return;
        const level = levels[i];
        if (!level) throw new IdlError(arg.pos, `[${a.name}] argument ${i + 1} has no pointer or array to apply to in ${where}`);
        const expr = this.correlation(a, i, names, where);
        let arr: Extract<Draft, { kind: 'array' }>;
        if (level.kind === 'pointer') {
          if (!level.sized) {
            level.target = { kind: 'array', elem: level.target, conformant: false, varying: false, bounds: {}, pos: a.pos };
            level.sized = true;
          }
          arr = level.target as Extract<Draft, { kind: 'array' }>;
        } else arr = level as Extract<Draft, { kind: 'array' }>;
        arr.bounds[key] = expr;
        if (key === 'size' || key === 'max') {
          if (arr.fixed !== undefined) throw new IdlError(a.pos, `[${a.name}] on a fixed-size array`);
          arr.conformant = true;
        } else arr.varying = true;
      });
    }
    if (attr(attrs, 'string')) t = this.applyString(t, attr(attrs, 'string') as Attribute, where);
    const range = attr(attrs, 'range');
    if (range) {
      const [lo, hi] = range.args ?? [];
      if (!lo || !hi || (range.args?.length ?? 0) !== 2) throw new IdlError(range.pos, '[range] takes two bounds');
      const min = this.evalExpr(lo);
      const max = this.evalExpr(hi);
      if (min > max) throw new IdlError(range.pos, `[range(${min}, ${max})] is empty`);
      t = wrapInnermost(t, (inner) => {
        if (inner.kind !== 'prim' && !(inner.kind === 'named' && this.types.get(inner.name)?.kind === 'enum')) {
          throw new IdlError(range.pos, `[range] applies to an integer, not to ${where}`);
        }
        return { kind: 'range', base: inner, min, max };
      });
    }
    void pos;
    return t;
  }

  /** [string] turns the innermost char pointer / array into a string. */
  private applyString(t: Draft, a: Attribute, where: string): Draft {
    const charOf = (d: Draft): 'utf16' | 'ascii' | undefined => {
      if (d.kind !== 'prim') return undefined;
      if (d.prim === 'wchar' || d.prim === 'u16') return 'utf16';
      if (d.prim === 'char' || d.prim === 'u8' || d.prim === 'byte' || d.prim === 'i8') return 'ascii';
      return undefined;
    };
    const convert = (d: Draft): Draft | undefined => {
      if (d.kind === 'pointer') {
        const inner = convert(d.target);
        if (inner) {
          d.target = inner;
          return d;
        }
        const ch = charOf(d.target);
        if (ch) {
          d.target = { kind: 'string', char: ch, bounds: {} };
          return d;
        }
        return undefined;
      }
      if (d.kind === 'array') {
        const ch = charOf(d.elem);
        if (ch) return { kind: 'string', char: ch, fixed: d.fixed, bounds: d.bounds };
        const inner = convert(d.elem);
        if (inner) {
          d.elem = inner;
          return d;
        }
      }
      return undefined;
    };
    const out = convert(t);
    if (!out) throw new IdlError(a.pos, `[string] needs a pointer to or array of characters in ${where}`);
    return out;
  }

  /** An attribute argument over fields / params, constants folded, names checked. */
  private correlation(a: Attribute, index: number, names: ReadonlySet<string>, where: string): Expr {
    const e = a.args?.[index];
    if (!e) throw new IdlError(a.pos, `[${a.name}] needs an argument`);
    const fold = (x: Expr): Expr => {
      switch (x.kind) {
        case 'ident': {
          if (names.has(x.name)) return x;
          const c = this.consts.get(x.name);
          if (c) return { kind: 'num', value: this.constValue(c), pos: x.pos };
          throw new IdlError(x.pos, `[${a.name}(${exprText(e)})] refers to '${x.name}', which is not ${where.startsWith('method') ? 'a parameter of' : 'a field of'} ${where}`);
        }
        case 'unary':
          return { ...x, arg: fold(x.arg) };
        case 'binary':
          return { ...x, left: fold(x.left), right: fold(x.right) };
        case 'cond':
          return { ...x, test: fold(x.test), then: fold(x.then), else: fold(x.else) };
        case 'member':
          return { ...x, object: fold(x.object) };
        default:
          return x;
      }
    };
    return fold(e);
  }

  /** Settles pointer kinds: a parameter's outermost unattributed pointer is [ref]. */
  private finish(d: Draft, position: 'param' | 'embedded' | 'return'): TypeRef {
    const go = (x: Draft, top: boolean): TypeRef => {
      switch (x.kind) {
        case 'pointer':
          return { kind: 'pointer', ptr: x.ptr ?? (top && position === 'param' ? 'ref' : x.dflt), target: go(x.target, false) };
        case 'array':
          return { kind: 'array', elem: go(x.elem, false), fixed: x.fixed, conformant: x.conformant, varying: x.varying, bounds: { ...x.bounds } };
        case 'string':
          return { kind: 'string', char: x.char, fixed: x.fixed, bounds: { ...x.bounds } };
        case 'range':
          return { kind: 'range', base: go(x.base, top), min: x.min, max: x.max };
        default:
          return x;
      }
    };
    return go(d, true);
  }

  // ---- interfaces ----------------------------------------------------------------

  private resolveInterface(decl: InterfaceDecl, file: IdlFile, done: readonly InterfaceModel[]): InterfaceModel {
    const scope = this.scopeFor(file, decl);
    const uuidAttr = attr(decl.attrs, 'uuid');
    const isObject = !!attr(decl.attrs, 'object') || decl.base !== undefined;
    if (!uuidAttr && !attr(decl.attrs, 'local')) throw new IdlError(decl.pos, `interface '${decl.name}' has no uuid attribute`);
    const uuid = (uuidAttr?.raw ?? '').toLowerCase();
    if (uuidAttr && !UUID_RE.test(uuid)) throw new IdlError(uuidAttr.pos, `'${uuidAttr.raw}' is not a valid uuid`);
    const versionAttr = attr(decl.attrs, 'version');
    let version = { major: 0, minor: 0 };
    if (versionAttr) {
      const m = /^(\d+)(?:\.(\d+))?$/.exec(versionAttr.raw ?? '');
      if (!m) throw new IdlError(versionAttr.pos, `'${versionAttr.raw}' is not a version (major.minor)`);
      version = { major: Number(m[1]), minor: Number(m[2] ?? '0') };
      if (version.major > 0xffff || version.minor > 0xffff) throw new IdlError(versionAttr.pos, 'version numbers are 16-bit');
    }
    let firstOpnum = 0;
    if (decl.base) {
      const base = done.find((i) => i.name === decl.base);
      if (!base) throw new IdlError(decl.pos, `base interface '${decl.base}' of '${decl.name}' is not defined`);
      firstOpnum = base.methods.length;
    }
    const methods: MethodModel[] = [];
    const seen = new Map<string, SourcePos>();
    for (const it of decl.items) {
      if (it.kind !== 'method') continue;
      const prev = seen.get(it.name);
      if (prev) throw new IdlError(it.pos, `method '${it.name}' is already declared at ${formatPos(prev)}`);
      seen.set(it.name, it.pos);
      methods.push(this.resolveMethod(it, firstOpnum + methods.length, scope));
    }
    return {
      name: decl.name,
      uuid,
      version,
      pointerDefault: scope.ptrDefault,
      base: decl.base,
      object: isObject,
      methods,
      file: file.path,
      pos: decl.pos,
    };
  }

  private resolveMethod(m: MethodDecl, opnum: number, scope: Scope): MethodModel {
    let kind: MethodKind = 'method';
    const nu = PLACEHOLDER_NOT_USED.exec(m.name);
    const rs = PLACEHOLDER_RESERVED.exec(m.name);
    if (nu || attr(m.attrs, 'not_used_on_wire')) kind = 'notUsedOnWire';
    else if (rs) kind = 'reserved';
    const named = nu ?? rs;
    if (named && Number(named[1]) !== opnum) {
      throw new IdlError(m.pos, `'${m.name}' is at opnum ${opnum}, but its name says ${named[1]}`);
    }
    const where = `method '${m.name}'`;
    const names = new Set(m.params.map((p) => p.declarator.name).filter((n): n is string => !!n));
    const params: ParamModel[] = m.params.map((p, i) => {
      const name = p.declarator.name;
      if (!name) throw new IdlError(p.pos, `parameter ${i + 1} of ${where} has no name`);
      const isIn = !!attr(p.attrs, 'in');
      const isOut = !!attr(p.attrs, 'out');
      const direction: Direction = isIn && isOut ? 'inout' : isOut ? 'out' : 'in';
      const draft = this.declDraft(p.type, p.declarator, p.attrs, scope, undefined, names, where);
      const type = this.finish(draft, 'param');
      if (type.kind === 'handle' && direction !== 'in') throw new IdlError(p.pos, `handle_t parameter '${name}' must be [in]`);
      if (isOut && type.kind !== 'pointer' && type.kind !== 'array' && type.kind !== 'string' && !(type.kind === 'range' && type.base.kind === 'pointer')) {
        throw new IdlError(p.pos, `[out] parameter '${name}' of ${where} must be a pointer or an array`);
      }
      if (type.kind === 'void') throw new IdlError(p.pos, `parameter '${name}' of ${where} has type void`);
      const sw = attr(p.attrs, 'switch_is');
      return {
        name,
        direction,
        type,
        onWire: type.kind !== 'handle',
        switchIs: sw ? this.correlation(sw, 0, names, where) : undefined,
        pos: p.pos,
      };
    });
    let returns: TypeRef | null = null;
    const rd = this.declDraft(m.returnType, { pointers: m.returnPointers, arrays: [], pos: m.pos }, [], scope, undefined, names, where);
    if (rd.kind !== 'void') returns = this.finish(rd, 'return');
    return {
      name: m.name,
      opnum,
      kind,
      returns,
      params,
      attrs: m.attrs.map((a) => a.name),
      pos: m.pos,
    };
  }

  // ---- wire check ----------------------------------------------------------------

  /** Everything a real method marshals must be NDR-representable. */
  private checkWire(iface: InterfaceModel): void {
    const checked = new Set<string>();
    const visit = (t: TypeRef, pos: SourcePos, what: string, switchIs: Expr | undefined): void => {
      switch (t.kind) {
        case 'void':
          throw new IdlError(pos, `${what} points to void, which cannot be marshalled`);
        case 'incomplete':
          throw new IdlError(pos, `${what} uses struct '${t.name}', which is never defined`);
        case 'pointer':
          return visit(t.target, pos, what, switchIs);
        case 'range':
          return visit(t.base, pos, what, switchIs);
        case 'array':
          if (t.conformant && !t.bounds.size && !t.bounds.max) throw new IdlError(pos, `${what} is a conformant array without size_is or max_is`);
          return visit(t.elem, pos, what, undefined);
        case 'named': {
          const nt = this.types.get(t.name) as NamedType;
          if (nt.kind === 'union') {
            if (nt.cUnion) throw new IdlError(pos, `${what} uses '${nt.name}', a C union without a discriminant`);
            if (!nt.encapsulated && !switchIs) throw new IdlError(pos, `${what} is the non-encapsulated union '${nt.name}' but has no [switch_is]`);
          }
          if (checked.has(nt.name)) return;
          checked.add(nt.name);
          if (nt.kind === 'struct') for (const f of nt.fields) visit(f.type, f.pos, `field '${f.name}' of struct '${nt.name}'`, f.switchIs);
          if (nt.kind === 'union') for (const a of nt.arms) if (a.field) visit(a.field.type, a.field.pos, `arm '${a.field.name}' of union '${nt.name}'`, a.field.switchIs);
          return;
        }
        default:
          return;
      }
    };
    for (const m of iface.methods) {
      if (m.kind !== 'method') continue;
      for (const p of m.params) if (p.onWire) visit(p.type, p.pos, `parameter '${p.name}' of '${m.name}'`, p.switchIs);
      if (m.returns) visit(m.returns, m.pos, `the return value of '${m.name}'`, undefined);
    }
  }
}

function wrapInnermost(t: Draft, wrap: (inner: Draft) => Draft): Draft {
  if (t.kind === 'pointer') {
    t.target = wrapInnermost(t.target, wrap);
    return t;
  }
  return wrap(t);
}

/** Resolves parsed files (imports first, entry last is fine: order only matters for base interfaces). */
export function resolveFiles(files: readonly IdlFile[], patches: IdlModel['patches'] = []): IdlModel {
  return new Resolver(files).run(patches);
}
