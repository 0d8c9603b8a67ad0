import type {
  Attribute,
  ConstDecl,
  Declarator,
  EnumMember,
  EnumSpec,
  Field,
  IdlFile,
  ImportDecl,
  InterfaceDecl,
  InterfaceItem,
  MethodDecl,
  Param,
  PointerLevel,
  StructSpec,
  TopItem,
  TypeDecl,
  TypedefDecl,
  TypeSpec,
  UnionArm,
  UnionSpec,
} from './ast.js';
import { IdlError, type SourcePos } from './errors.js';
import { parseExpr, type Expr, type TokenCursor } from './expr.js';
import { stringValue, type Token } from './lexer.js';

/** Words that start or continue a built-in type name. */
const BASE_WORDS = new Set([
  'void',
  'char',
  'wchar_t',
  'byte',
  'boolean',
  'small',
  'short',
  'int',
  'long',
  'hyper',
  'float',
  'double',
  '__int8',
  '__int16',
  '__int32',
  '__int64',
  '__int3264',
  'handle_t',
  'error_status_t',
  'signed',
  'unsigned',
]);

/** Base words that never follow another type word. */
const STANDALONE_WORDS = new Set(['void', 'wchar_t', 'byte', 'boolean', 'handle_t', 'error_status_t', 'float', 'double']);

/** Attributes whose argument is a type rather than an expression. */
const TYPE_ARG_ATTRS = new Set(['switch_type', 'transmit_as', 'wire_marshal', 'represent_as', 'user_marshal']);

/** Attributes whose argument is kept as raw text. */
const RAW_ARG_ATTRS = new Set(['uuid', 'version', 'endpoint']);

const SAL_PATTERN = /^__RPC__(deref_)?(in|out|inout)(?:_(e|x)count(?:_(full|part))?)?(_opt)?(_string)?/;

/**
 * Turns a SAL annotation left over in a C-style prototype into the MIDL attributes it
 * encodes: MIDL itself writes `[size_is(n)]` as `__RPC__in_ecount_full(n)`, `[size_is(s),
 * length_is(l)]` as `__RPC__out_ecount_part(s, l)`, and `_opt` on [in] means [unique].
 */
export function salToAttributes(name: string, args: readonly (Expr | null)[], pos: SourcePos): Attribute[] {
  const m = SAL_PATTERN.exec(name);
  if (!m || m[1]) return []; // deref_ annotations describe a second pointer level MIDL leaves alone here
  const dir = m[2];
  const counted = m[3] !== undefined;
  const part = m[4] === 'part';
  const opt = m[5] !== undefined;
  const attrs: Attribute[] = [];
  if (counted) {
    if (args.length < 1 || !args[0]) throw new IdlError(pos, `${name} needs a size argument`);
    attrs.push({ name: 'size_is', args: [args[0]], pos });
    if (part) {
      if (args.length < 2 || !args[1]) throw new IdlError(pos, `${name} needs a length argument`);
      attrs.push({ name: 'length_is', args: [args[1]], pos });
    }
  }
  if (opt && dir === 'in') attrs.push({ name: 'unique', pos });
  return attrs;
}

class Parser implements TokenCursor {
  private i = 0;
  constructor(
    private readonly toks: readonly Token[],
    private readonly path: string,
  ) {}

  peek(offset = 0): Token {
    return this.toks[Math.min(this.i + offset, this.toks.length - 1)];
  }
  next(): Token {
    const t = this.peek();
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }
  private isPunct(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'punct' && t.text === text;
  }
  private isWord(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'ident' && t.text === text;
  }
  private accept(text: string): Token | undefined {
    if (this.isPunct(text) || this.isWord(text)) return this.next();
    return undefined;
  }
  private expect(text: string, what?: string): Token {
    const t = this.next();
    if ((t.kind === 'punct' || t.kind === 'ident') && t.text === text) return t;
    throw new IdlError(t.pos, `expected '${text}'${what ? ` ${what}` : ''} but found ${describe(t)}`);
  }
  private ident(what: string): Token {
    const t = this.next();
    if (t.kind !== 'ident') throw new IdlError(t.pos, `expected ${what} but found ${describe(t)}`);
    return t;
  }

  parseFile(): IdlFile {
    const items: TopItem[] = [];
    while (this.peek().kind !== 'eof') {
      if (this.accept(';')) continue;
      const item = this.parseTopItem();
      if (item) items.push(item);
    }
    return { path: this.path, items };
  }

  private parseTopItem(): TopItem | undefined {
    if (this.isWord('import')) return this.parseImport();
    if (this.isWord('cpp_quote') || this.isWord('midl_pragma')) {
      this.skipCall();
      return undefined;
    }
    const attrs = this.isPunct('[') ? this.parseAttrLists() : [];
    if (this.isWord('interface') || this.isWord('dispinterface')) return this.parseInterface(attrs);
    if (attrs.length) throw new IdlError(this.peek().pos, `expected 'interface' after the attribute list but found ${describe(this.peek())}`);
    const item = this.parseDeclaration(false);
    return item?.kind === 'method' ? this.methodOutsideInterface(item) : item;
  }

  private methodOutsideInterface(m: MethodDecl): never {
    throw new IdlError(m.pos, `method '${m.name}' is declared outside an interface`);
  }

  private parseImport(): ImportDecl {
    const kw = this.next();
    const files: { name: string; pos: SourcePos }[] = [];
    do {
      const s = this.next();
      if (s.kind !== 'string') throw new IdlError(s.pos, `expected a file name string after 'import' but found ${describe(s)}`);
      files.push({ name: stringValue(s), pos: s.pos });
    } while (this.accept(','));
    this.expect(';', 'after import');
    return { kind: 'import', files, pos: kw.pos };
  }

  private skipCall(): void {
    this.next();
    this.expect('(');
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t.kind === 'eof') throw new IdlError(t.pos, "unexpected end of input: missing ')'");
      if (t.kind === 'punct' && t.text === '(') depth++;
      if (t.kind === 'punct' && t.text === ')') depth--;
    }
    this.accept(';');
  }

  private parseInterface(attrs: Attribute[]): InterfaceDecl | undefined {
    const kw = this.next();
    const name = this.ident('an interface name');
    if (this.accept(';')) return undefined; // forward declaration
    let base: string | undefined;
    if (this.accept(':')) base = this.ident('a base interface name').text;
    this.expect('{', `to open interface '${name.text}'`);
    const items: InterfaceItem[] = [];
    while (!this.isPunct('}')) {
      if (this.peek().kind === 'eof') throw new IdlError(this.peek().pos, `missing '}' at the end of interface '${name.text}'`);
      if (this.accept(';')) continue;
      if (this.isWord('import')) {
        items.push(this.parseImport());
        continue;
      }
      if (this.isWord('cpp_quote') || this.isWord('midl_pragma')) {
        this.skipCall();
        continue;
      }
      const item = this.parseDeclaration(true);
      if (item) items.push(item);
    }
    this.next();
    this.accept(';');
    return { kind: 'interface', name: name.text, base, attrs, items, pos: kw.pos };
  }

  /** typedef, const, a struct/union/enum definition, or (inside an interface) a method. */
  private parseDeclaration(inInterface: boolean): InterfaceItem | undefined {
    const start = this.peek();
    if (this.isWord('typedef')) return this.parseTypedef();
    if (this.isWord('const') && !this.looksLikeMethodAfterConst()) return this.parseConst();
    const attrs = this.isPunct('[') ? this.parseAttrLists() : [];
    const type = this.parseTypeSpec();
    if (this.accept(';')) {
      if (type.kind === 'struct' || type.kind === 'union' || type.kind === 'enum') {
        const decl: TypeDecl = { kind: 'typedecl', type, pos: start.pos };
        return decl;
      }
      throw new IdlError(start.pos, 'declaration declares nothing');
    }
    const pointers = this.parsePointers();
    const nameTok = this.ident('a name');
    if (!this.isPunct('(')) {
      throw new IdlError(nameTok.pos, `expected '(' after '${nameTok.text}': only methods, typedefs and constants may be declared${inInterface ? ' in an interface' : ''}`);
    }
    const params = this.parseParams();
    this.expect(';', `after the declaration of '${nameTok.text}'`);
    const method: MethodDecl = { kind: 'method', attrs, returnType: type, returnPointers: pointers, name: nameTok.text, params, pos: nameTok.pos };
    return method;
  }

  private looksLikeMethodAfterConst(): boolean {
    // `const` at the start of a declaration is a constant unless a '(' follows the name.
    let k = 1;
    while (this.peek(k).kind === 'ident' || this.isPunct('*', k)) k++;
    return this.isPunct('(', k);
  }

  private parseConst(): ConstDecl {
    const kw = this.next();
    const type = this.parseTypeSpec();
    const declarator = this.parseDeclarator(true);
    this.expect('=', `in constant '${declarator.name ?? ''}'`);
    const value = parseExpr(this);
    this.expect(';', 'after a constant');
    return { kind: 'const', type, declarator, value, pos: kw.pos };
  }

  private parseTypedef(): TypedefDecl {
    const kw = this.next();
    const attrs = this.isPunct('[') ? this.parseAttrLists() : [];
    const type = this.parseTypeSpec();
    const declarators: Declarator[] = [];
    do {
      declarators.push(this.parseDeclarator(true));
    } while (this.accept(','));
    this.expect(';', 'after typedef');
    return { kind: 'typedef', attrs, type, declarators, pos: kw.pos };
  }

  /** One or more `[...]` lists, merged (MIDL allows `[out] [string]`). */
  parseAttrLists(): Attribute[] {
    const attrs: Attribute[] = [];
    while (this.isPunct('[')) {
      this.next();
      if (this.accept(']')) continue;
      do {
        attrs.push(this.parseAttribute());
      } while (this.accept(','));
      this.expect(']', 'to close the attribute list');
    }
    return attrs;
  }

  private parseAttribute(): Attribute {
    const nameTok = this.next();
    if (nameTok.kind !== 'ident') throw new IdlError(nameTok.pos, `expected an attribute name but found ${describe(nameTok)}`);
    const name = nameTok.text;
    if (!this.isPunct('(')) return { name, pos: nameTok.pos };
    const open = this.next();
    if (RAW_ARG_ATTRS.has(name)) {
      let raw = '';
      while (!this.isPunct(')')) {
        const t = this.next();
        if (t.kind === 'eof' || (t.kind === 'punct' && t.text === ']')) throw new IdlError(open.pos, `missing ')' in ${name}(...)`);
        raw += t.kind === 'string' ? stringValue(t) : t.text;
      }
      this.next();
      return { name, raw, pos: nameTok.pos };
    }
    if (TYPE_ARG_ATTRS.has(name)) {
      const typeArg = this.parseTypeSpec();
      const pointers = this.parsePointers();
      if (pointers.length) throw new IdlError(pointers[0].pos, `${name} takes a scalar type`);
      this.expect(')', `to close ${name}(...)`);
      return { name, typeArg, pos: nameTok.pos };
    }
    const args: (Expr | null)[] = [];
    if (this.accept(')')) return { name, args, pos: nameTok.pos };
    for (;;) {
      if (this.isPunct(',') || this.isPunct(')')) args.push(null);
      else args.push(parseExpr(this));
      if (this.accept(',')) continue;
      this.expect(')', `to close ${name}(...)`);
      break;
    }
    return { name, args, pos: nameTok.pos };
  }

  /** SAL annotations (`__RPC__in_ecount_full_opt(n)`) before a parameter become attributes. */
  private parseSal(): Attribute[] {
    const attrs: Attribute[] = [];
    while (this.peek().kind === 'ident' && this.peek().text.startsWith('__RPC__')) {
      const t = this.next();
      const args: (Expr | null)[] = [];
      if (this.isPunct('(')) {
        this.next();
        if (!this.accept(')')) {
          do {
            args.push(parseExpr(this));
          } while (this.accept(','));
          this.expect(')', `to close ${t.text}(...)`);
        }
      }
      attrs.push(...salToAttributes(t.text, args, t.pos));
    }
    return attrs;
  }

  parseTypeSpec(): TypeSpec {
    let isConst = false;
    while (this.isWord('const') || this.isWord('volatile')) {
      if (this.next().text === 'const') isConst = true;
    }
    const t = this.peek();
    if (t.kind !== 'ident') throw new IdlError(t.pos, `expected a type but found ${describe(t)}`);
    let spec: TypeSpec;
    if (t.text === 'struct') spec = this.parseStruct(isConst);
    else if (t.text === 'union') spec = this.parseUnion(isConst);
    else if (t.text === 'enum') spec = this.parseEnum(isConst);
    else if (BASE_WORDS.has(t.text)) {
      const words: string[] = [];
      while (this.peek().kind === 'ident' && BASE_WORDS.has(this.peek().text)) {
        // `typedef unsigned short wchar_t;` declares a name that is also a base word.
        if (words.length && STANDALONE_WORDS.has(this.peek().text) && (this.isPunct(';', 1) || this.isPunct(',', 1))) break;
        words.push(this.next().text);
      }
      spec = { kind: 'base', name: canonicalBase(words, t.pos), isConst, pos: t.pos };
    } else {
      this.next();
      spec = { kind: 'name', name: t.text, isConst, pos: t.pos };
    }
    // `UCHAR const *p` puts the qualifier after the type.
    while (this.isWord('const')) {
      this.next();
      spec = { ...spec, isConst: true } as TypeSpec;
    }
    return spec;
  }

  private parseStruct(isConst: boolean): StructSpec {
    const kw = this.next();
    const tag = this.peek().kind === 'ident' ? this.next().text : undefined;
    if (!this.isPunct('{')) {
      if (!tag) throw new IdlError(kw.pos, "expected a struct tag or '{'");
      return { kind: 'struct', tag, isConst, pos: kw.pos };
    }
    this.next();
    const fields: Field[] = [];
    while (!this.accept('}')) {
      if (this.peek().kind === 'eof') throw new IdlError(kw.pos, `missing '}' at the end of struct${tag ? ` '${tag}'` : ''}`);
      fields.push(...this.parseFieldDecl());
    }
    return { kind: 'struct', tag, fields, isConst, pos: kw.pos };
  }

  /** `[attrs] type a, *b[4];` or an anonymous `union { ... };` member. */
  private parseFieldDecl(): Field[] {
    const start = this.peek();
    const attrs = this.isPunct('[') ? this.parseAttrLists() : [];
    const type = this.parseTypeSpec();
    if (this.accept(';')) {
      if (type.kind === 'union' || type.kind === 'struct') {
        return [{ attrs, type, declarator: { pointers: [], arrays: [], pos: start.pos }, pos: start.pos }];
      }
      throw new IdlError(start.pos, 'member declaration declares nothing');
    }
    const fields: Field[] = [];
    do {
      const declarator = this.parseDeclarator(true);
      fields.push({ attrs, type, declarator, pos: declarator.pos });
    } while (this.accept(','));
    this.expect(';', 'after a member declaration');
    return fields;
  }

  private parseUnion(isConst: boolean): UnionSpec {
    const kw = this.next();
    const tag = this.peek().kind === 'ident' && !this.isWord('switch') ? this.next().text : undefined;
    let sw: UnionSpec['switch'];
    let armsName: string | undefined;
    if (this.isWord('switch')) {
      const swTok = this.next();
      this.expect('(', 'after switch');
      const type = this.parseTypeSpec();
      const name = this.ident('the discriminant name');
      this.expect(')', 'after the discriminant');
      sw = { type, name: name.text, pos: swTok.pos };
      if (this.peek().kind === 'ident') armsName = this.next().text;
    }
    if (!this.isPunct('{')) {
      if (!tag || sw) throw new IdlError(this.peek().pos, `expected '{' to open union${tag ? ` '${tag}'` : ''}`);
      return { kind: 'union', tag, isConst, pos: kw.pos };
    }
    this.next();
    const arms: UnionArm[] = [];
    while (!this.accept('}')) {
      if (this.peek().kind === 'eof') throw new IdlError(kw.pos, `missing '}' at the end of union${tag ? ` '${tag}'` : ''}`);
      arms.push(...(sw ? this.parseEncapsulatedArm() : this.parseArm()));
    }
    return { kind: 'union', tag, switch: sw, armsName, arms, isConst, pos: kw.pos };
  }

  private parseEncapsulatedArm(): UnionArm[] {
    const start = this.peek();
    const cases: Expr[] = [];
    let isDefault = false;
    for (;;) {
      if (this.isWord('case')) {
        this.next();
        cases.push(parseExpr(this));
        this.expect(':', 'after a case label');
      } else if (this.isWord('default')) {
        this.next();
        this.expect(':', "after 'default'");
        isDefault = true;
      } else break;
    }
    if (!cases.length && !isDefault) throw new IdlError(start.pos, `expected 'case' or 'default' in an encapsulated union but found ${describe(start)}`);
    if (this.accept(';')) return [{ cases, isDefault, field: null, pos: start.pos }];
    const fields = this.parseFieldDecl();
    if (fields.length !== 1) throw new IdlError(start.pos, 'a union arm holds one member');
    return [{ cases, isDefault, field: fields[0], pos: start.pos }];
  }

  /** `[case(1,2)] T x;`, `[default] ;` or a plain C union member. */
  private parseArm(): UnionArm[] {
    const start = this.peek();
    const attrs = this.isPunct('[') ? this.parseAttrLists() : [];
    const cases: Expr[] = [];
    let isDefault = false;
    const rest: Attribute[] = [];
    for (const a of attrs) {
      if (a.name === 'case') {
        if (!a.args?.length || a.args.some((x) => x === null)) throw new IdlError(a.pos, 'case(...) needs values');
        cases.push(...(a.args as Expr[]));
      } else if (a.name === 'default') isDefault = true;
      else rest.push(a);
    }
    if (this.accept(';')) {
      if (!cases.length && !isDefault) throw new IdlError(start.pos, 'empty union member');
      return [{ cases, isDefault, field: null, pos: start.pos }];
    }
    const type = this.parseTypeSpec();
    if (this.accept(';')) {
      if (type.kind !== 'struct' && type.kind !== 'union') throw new IdlError(start.pos, 'member declaration declares nothing');
      return [{ cases, isDefault, field: { attrs: rest, type, declarator: { pointers: [], arrays: [], pos: start.pos }, pos: start.pos }, pos: start.pos }];
    }
    const arms: UnionArm[] = [];
    do {
      const declarator = this.parseDeclarator(true);
      arms.push({ cases, isDefault, field: { attrs: rest, type, declarator, pos: declarator.pos }, pos: start.pos });
    } while (this.accept(','));
    this.expect(';', 'after a union member');
    return arms;
  }

  private parseEnum(isConst: boolean): EnumSpec {
    const kw = this.next();
    const tag = this.peek().kind === 'ident' ? this.next().text : undefined;
    if (!this.isPunct('{')) {
      if (!tag) throw new IdlError(kw.pos, "expected an enum tag or '{'");
      return { kind: 'enum', tag, isConst, pos: kw.pos };
    }
    this.next();
    const members: EnumMember[] = [];
    while (!this.accept('}')) {
      const name = this.ident('an enumerator name');
      let value: Expr | undefined;
      if (this.accept('=')) value = parseExpr(this);
      members.push({ name: name.text, value, pos: name.pos });
      if (!this.accept(',')) {
        this.expect('}', 'to close the enum');
        break;
      }
    }
    return { kind: 'enum', tag, members, isConst, pos: kw.pos };
  }

  private parsePointers(): PointerLevel[] {
    const out: PointerLevel[] = [];
    while (this.isPunct('*')) {
      const star = this.next();
      let isConst = false;
      while (this.isWord('const')) {
        this.next();
        isConst = true;
      }
      out.push({ isConst, pos: star.pos });
    }
    return out;
  }

  parseDeclarator(nameRequired: boolean): Declarator {
    const start = this.peek();
    const pointers = this.parsePointers();
    let name: string | undefined;
    let pos = start.pos;
    if (this.peek().kind === 'ident') {
      const t = this.next();
      name = t.text;
      pos = t.pos;
    } else if (nameRequired) {
      throw new IdlError(this.peek().pos, `expected a name but found ${describe(this.peek())}`);
    }
    const arrays: (Expr | null | '*')[] = [];
    while (this.isPunct('[')) {
      this.next();
      if (this.accept(']')) {
        arrays.push(null);
        continue;
      }
      if (this.isPunct('*') && this.isPunct(']', 1)) {
        this.next();
        this.next();
        arrays.push('*');
        continue;
      }
      arrays.push(parseExpr(this));
      this.expect(']', 'to close the array bound');
    }
    return { name, pointers, arrays, pos };
  }

  private parseParams(): Param[] {
    this.expect('(');
    const params: Param[] = [];
    if (this.accept(')')) return params;
    if (this.isWord('void') && this.isPunct(')', 1)) {
      this.next();
      this.next();
      return params;
    }
    for (;;) {
      const start = this.peek();
      const attrs = [...this.parseSal(), ...(this.isPunct('[') ? this.parseAttrLists() : []), ...this.parseSal()];
      const type = this.parseTypeSpec();
      const declarator = this.parseDeclarator(false);
      params.push({ attrs, type, declarator, pos: declarator.name ? declarator.pos : start.pos });
      if (this.accept(',')) continue;
      this.expect(')', 'to close the parameter list');
      return params;
    }
  }
}

function describe(t: Token): string {
  return t.kind === 'eof' ? 'end of input' : `'${t.text}'`;
}

/** Normalises multi-word C type names ("unsigned long int" → "unsigned long"). */
function canonicalBase(words: string[], pos: SourcePos): string {
  const signedness = words.filter((w) => w === 'signed' || w === 'unsigned');
  if (signedness.length > 1) throw new IdlError(pos, `conflicting type words '${words.join(' ')}'`);
  const core = words.filter((w) => w !== 'signed' && w !== 'unsigned');
  let base = core.join(' ');
  if (base === 'long int' || base === 'int long') base = 'long';
  if (base === 'short int' || base === 'int short') base = 'short';
  if (base === 'long long') base = 'hyper';
  if (base === '') base = 'int';
  const known = ['void', 'char', 'wchar_t', 'byte', 'boolean', 'small', 'short', 'int', 'long', 'hyper', 'float', 'double', '__int8', '__int16', '__int32', '__int64', '__int3264', 'handle_t', 'error_status_t'];
  const signable = ['char', 'small', 'short', 'int', 'long', 'hyper', '__int8', '__int16', '__int32', '__int64', '__int3264'];
  if (!known.includes(base) || (signedness.length && !signable.includes(base))) throw new IdlError(pos, `unknown type '${words.join(' ')}'`);
  return signedness.length ? `${signedness[0]} ${base}` : base;
}

/** Parses one preprocessed file. */
export function parseTokens(tokens: readonly Token[], path: string): IdlFile {
  return new Parser(tokens, path).parseFile();
}
