/**
 * The IDL emitter: one resolved RPC interface → one TypeScript module of declarations — value
 * types, NDR descriptors (built once at module load; the NDR combinators compile themselves), the
 * opnum table, a method table, a typed client class and a server handler interface + dispatcher.
 * Output is deterministic for a given model; scripts/gen.ts formats and writes it.
 */
import { IdlError } from './errors.js';
import { ANON_CONTEXT_HANDLE, contextHandleNames, descName, TypeText, typeDeps } from './emit-types.js';
import type { Expr } from './expr.js';
import type { IdlModel, InterfaceModel, MethodModel, ParamModel, TypeRef, UnionModel } from './model.js';

export interface EmitOptions {
  /** Prefix of exported names: `Clusapi3` → Clusapi3Client, Clusapi3Opnums … */
  readonly prefix: string;
  /** Source IDL as named in the header, e.g. `idl/cmrp.idl`. */
  readonly source: string;
  /** Server preference order of transfer syntaxes. */
  readonly transferSyntaxes: readonly ('ndr20' | 'ndr64')[];
  /** Import path of src/ from the output file, e.g. `../..`. */
  readonly srcPath: string;
  /** The regenerating command, for the header. */
  readonly command?: string;
}

const RET = 'ret';

/** Finds a non-DCOM interface by name and major.minor version. */
export function findInterface(model: IdlModel, name: string, version: string): InterfaceModel {
  const i = model.interfaces.find(
    (x) => !x.object && x.name === name && `${x.version.major}.${x.version.minor}` === version,
  );
  if (!i) throw new IdlError({ file: model.files[0] ?? '?', line: 1, col: 1 }, `interface ${name} v${version} not found`);
  return i;
}

function wireParams(m: MethodModel, dir: 'request' | 'response'): ParamModel[] {
  return m.params.filter(
    (p) => p.onWire && (dir === 'request' ? p.direction !== 'out' : p.direction !== 'in'),
  );
}

function returnsValue(m: MethodModel): TypeRef | null {
  return m.returns && m.returns.kind !== 'void' ? m.returns : null;
}

/** Typedefs of a 32-bit result that is a Win32 / RPC status (UINT, BOOL, boolean32 … are values). */
const STATUS_ALIASES: ReadonlySet<string> = new Set(['DWORD', 'ULONG', 'LONG', 'HRESULT', 'NET_API_STATUS', 'error_status_t']);

/** A return value that carries a status: error_status_t, or a DWORD-like result. */
function isStatusType(t: TypeRef): boolean {
  if (t.kind !== 'prim') return false;
  if (t.prim === 'errorStatus') return true;
  return (t.prim === 'u32' || t.prim === 'i32') && (t.alias === undefined || STATUS_ALIASES.has(t.alias));
}

function outTarget(p: ParamModel): TypeRef {
  return p.type.kind === 'pointer' && p.type.ptr === 'ref' ? p.type.target : p.type;
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Names the generated module imports or declares itself; an IDL type must not take one. */
const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'NdrType',
  'Scope',
  'Win32',
  'RpcCaller',
  'MethodSpec',
  'MethodTable',
  'StubServerOptions',
  'CallContext',
  'RpcServerInterface',
  'SyntaxId',
  'NO_VALUE',
  ANON_CONTEXT_HANDLE,
]);

export function emitInterface(model: IdlModel, iface: InterfaceModel, opts: EmitOptions): string {
  const tt = new TypeText(model, iface.file);
  const methods = iface.methods.filter((m) => m.kind === 'method');
  const { order, handles } = collectTypes(tt, methods);
  const body = [
    ...emitHandles(tt, handles),
    ...emitTypes(tt, order, (name) => inferSwitchType(model, iface, name)),
    ...emitOpnums(iface, methods, opts.prefix),
    ...emitMethods(model, tt, iface, methods, opts.prefix),
    ...emitClient(methods, opts.prefix),
    ...emitServer(iface, methods, opts),
  ];
  return [...emitHeader(iface, opts, tt, body), ...body, ''].join('\n');
}

function section(title: string): string[] {
  return ['', `// --- ${title}`, ''];
}

/**
 * The named types and context handles the methods use, in an order that declares every embedded
 * type before its container (types reached only through pointers may come later, via lazy()).
 */
function collectTypes(tt: TypeText, methods: readonly MethodModel[]): { order: string[]; handles: string[] } {
  const used = new Set<string>();
  const handles = new Set<string>();
  const embeddedDeps = new Map<string, Set<string>>();
  const visit = (name: string): void => {
    if (used.has(name)) return;
    if (RESERVED_NAMES.has(name)) throw new IdlError(tt.named(name).pos, `type name ${name} is reserved by the emitter`);
    used.add(name);
    const deps = { embedded: new Set<string>(), pointed: new Set<string>() };
    const n = tt.named(name);
    const members: TypeRef[] = [];
    if (n.kind === 'struct') members.push(...n.fields.map((f) => f.type));
    else if (n.kind === 'union') {
      if (n.cUnion) throw new IdlError(n.pos, `union ${n.name} has no discriminant and cannot be marshalled`);
      const d = n.encapsulated?.discriminantType ?? n.switchType;
      if (d) members.push(d);
      for (const a of n.arms) if (a.field) members.push(a.field.type);
    }
    for (const t of members) {
      typeDeps(t, deps);
      contextHandleNames(t, handles);
    }
    embeddedDeps.set(name, deps.embedded);
    for (const d of [...deps.embedded, ...deps.pointed].sort()) visit(d);
  };
  const roots = { embedded: new Set<string>(), pointed: new Set<string>() };
  for (const m of methods) {
    const ret = returnsValue(m);
    for (const t of [...m.params.filter((p) => p.onWire).map((p) => p.type), ...(ret ? [ret] : [])]) {
      typeDeps(t, roots);
      contextHandleNames(t, handles);
    }
  }
  for (const r of [...roots.embedded, ...roots.pointed].sort()) visit(r);

  const order: string[] = [];
  const placed = new Set<string>();
  const place = (name: string, stack: Set<string>): void => {
    if (placed.has(name)) return;
    if (stack.has(name)) throw new IdlError(tt.named(name).pos, `type ${name} contains itself (not behind a pointer)`);
    stack.add(name);
    for (const d of [...(embeddedDeps.get(name) ?? [])].sort()) place(d, stack);
    stack.delete(name);
    placed.add(name);
    order.push(name);
  };
  for (const name of [...used].sort()) place(name, new Set());
  for (const h of handles) {
    if (RESERVED_NAMES.has(h)) throw new IdlError({ file: tt.where, line: 1, col: 1 }, `context handle ${h} is a reserved name`);
  }
  return { order, handles: [...handles].sort() };
}

/** One branded type per context-handle typedef, so a handle of one kind cannot stand in for another. */
function emitHandles(tt: TypeText, handles: readonly string[]): string[] {
  if (!handles.length) return [];
  const out = section('Context handles (branded: a handle of one kind is refused where another is expected)');
  for (const h of handles) {
    out.push(`export type ${h} = Uint8Array & { readonly __brand: ${quote(h)} };`);
    out.push(`export const ${descName(h)} = contextHandle as NdrType<${h}>;`);
    tt.ndrImports.add('contextHandle');
  }
  return out;
}

function emitTypes(tt: TypeText, order: readonly string[], inferSwitch: (union: string) => TypeRef | undefined): string[] {
  if (!order.length) return [];
  const out = section('Types');
  for (const name of order) {
    const n = tt.named(name);
    if (n.kind === 'enum') {
      out.push(`export const ${name} = {`);
      for (const m of n.members) out.push(`  ${m.name}: ${m.value.toString()},`);
      out.push('} as const;', `export type ${name} = number;`, '');
    } else if (n.kind === 'struct') {
      out.push(`export interface ${name} {`);
      for (const f of n.fields) out.push(`  ${f.name}: ${tt.ts(f.type)};`);
      out.push('}');
      const fields = n.fields.map((f) => `[${quote(f.name)}, ${tt.desc(f.type)}]`);
      out.push(
        `export const ${descName(name)}: NdrType<${name}> = struct<${name}>(${quote(name)}, [${fields.join(', ')}]);`,
        '',
      );
      tt.ndrImports.add('struct');
    } else {
      out.push(...emitUnion(tt, n, inferSwitch(name)));
      tt.ndrImports.add('union');
    }
    tt.declared.add(name);
  }
  return out;
}

function emitUnion(tt: TypeText, n: UnionModel, inferred: TypeRef | undefined): string[] {
  const arms: string[] = [];
  const armDescs: string[] = [];
  let dflt: string | undefined;
  for (const a of n.arms) {
    const value = a.field ? tt.ts(a.field.type) : 'null';
    const d = a.field ? tt.desc(a.field.type) : 'null';
    if (a.cases.length) {
      arms.push(`{ tag: ${a.cases.map((c) => c.toString()).join(' | ')}; value: ${value} }`);
      for (const c of a.cases) armDescs.push(`${c.toString()}: ${d}`);
    }
    if (a.isDefault) {
      arms.push(`{ tag: number; value: ${value} }`);
      dflt = d;
    }
  }
  const disc = n.encapsulated?.discriminantType ?? n.switchType ?? inferred;
  if (!disc) throw new IdlError(n.pos, `union ${n.name} needs [switch_type] to be emitted`);
  const armNames = n.arms.map((a) => `${a.isDefault ? 'default' : a.cases.join(', ')}: ${a.field?.name ?? '(empty)'}`);
  const discName = n.encapsulated ? ` Discriminant ${n.encapsulated.discriminantName}.` : '';
  const spec = [
    `name: ${quote(n.name)}`,
    `discriminant: ${tt.desc(disc)}`,
    `arms: { ${armDescs.join(', ')} }`,
    ...(dflt !== undefined ? [`default: ${dflt}`] : []),
    ...(n.encapsulated ? ['encapsulated: true'] : []),
  ];
  return [
    `/** Union arms by tag — ${armNames.join('; ')}.${discName} */`,
    `export type ${n.name} = ${arms.join(' | ') || 'never'};`,
    `export const ${descName(n.name)} = union({ ${spec.join(', ')} }) as NdrType<${n.name}>;`,
    '',
  ];
}

function emitOpnums(iface: InterfaceModel, methods: readonly MethodModel[], P: string): string[] {
  const v = `${iface.version.major}.${iface.version.minor}`;
  const out = section('Interface syntax and opnums');
  out.push(
    `export const ${P}Syntax: SyntaxId = { uuid: ${quote(iface.uuid)}, major: ${iface.version.major}, minor: ${iface.version.minor} };`,
    `/** Every opnum of ${iface.name} v${v}; index = opnum. */`,
    `export const ${P}Opnums = {`,
    `  syntax: ${P}Syntax,`,
    '  ops: [',
  );
  for (const m of iface.methods) out.push(`    { opnum: ${m.opnum}, name: ${quote(m.name)}, kind: ${quote(m.kind)} },`);
  out.push('  ],', '} as const;', `export const ${P}Opnum = {`);
  for (const m of methods) out.push(`  ${m.name}: ${m.opnum},`);
  out.push('} as const;');
  return out;
}

function emitMethods(
  model: IdlModel,
  tt: TypeText,
  iface: InterfaceModel,
  methods: readonly MethodModel[],
  P: string,
): string[] {
  const out = section('Methods: request / response types and wire descriptions');
  const specNames: string[] = [];
  for (const m of methods) {
    const req = wireParams(m, 'request');
    const resp = wireParams(m, 'response');
    const ret = returnsValue(m);
    for (const p of m.params) {
      if (p.name === RET) throw new IdlError(p.pos, `parameter name '${RET}' collides with the return value`);
    }
    const reqType = `${m.name}Request`;
    const respType = `${m.name}Response`;
    if (model.types.has(reqType) || model.types.has(respType)) {
      throw new IdlError(m.pos, `${reqType} / ${respType} collides with an IDL type name`);
    }
    const typeBody = (ps: readonly ParamModel[], extra: string[] = []): string => {
      const lines = [...ps.map((p) => `  ${p.name}: ${tt.ts(p.type)};`), ...extra];
      return lines.length ? `{\n${lines.join('\n')}\n}` : 'Record<string, never>';
    };
    out.push(`export type ${reqType} = ${typeBody(req)};`);
    out.push(`export type ${respType} = ${typeBody(resp, ret ? [`  ${RET}: ${tt.ts(ret)};`] : [])};`);

    const list = (ps: readonly ParamModel[], extra: string[] = []): string =>
      `[${[...ps.map((p) => `[${quote(p.name)}, ${tt.desc(p.type)}]`), ...extra].join(', ')}]`;
    const specName = `${m.name}_spec`;
    specNames[m.opnum] = specName;
    const fields = [
      `opnum: ${m.opnum}`,
      `name: ${quote(m.name)}`,
      `request: ${list(req)}`,
      `response: ${list(resp, ret ? [`[${quote(RET)}, ${tt.desc(ret)}]`] : [])}`,
    ];
    const ni = notImplemented(m, tt, reqType, respType);
    if (ni) fields.push(`notImplemented: ${ni}`);
    out.push(`const ${specName}: MethodSpec<${reqType}, ${respType}> = { ${fields.join(', ')} };`, '');
  }
  const maxOpnum = iface.methods.reduce((a, m) => Math.max(a, m.opnum), -1);
  out.push(
    '/** Method wire descriptions by opnum; undefined for not-used-on-wire and reserved slots. */',
    `export const ${P}Methods: MethodTable = [`,
  );
  for (let i = 0; i <= maxOpnum; i++) out.push(`  ${specNames[i] ?? 'undefined'},`);
  out.push('];');
  return out;
}

function emitClient(methods: readonly MethodModel[], P: string): string[] {
  const out = section('Client');
  out.push(`export class ${P}Client {`, '  constructor(private readonly caller: RpcCaller) {}');
  for (const m of methods) {
    const empty = wireParams(m, 'request').length === 0;
    out.push(
      `  ${m.name}(req: ${m.name}Request${empty ? ' = {}' : ''}): Promise<${m.name}Response> {`,
      `    return callMethod(this.caller, ${m.name}_spec, req);`,
      '  }',
    );
  }
  out.push('}');
  return out;
}

function emitServer(iface: InterfaceModel, methods: readonly MethodModel[], opts: EmitOptions): string[] {
  const P = opts.prefix;
  const out = section('Server');
  out.push(`export interface ${P}Handlers {`);
  for (const m of methods) {
    out.push(`  ${m.name}(ctx: CallContext, req: ${m.name}Request): Promise<${m.name}Response> | ${m.name}Response;`);
  }
  const syntaxes = opts.transferSyntaxes.map(quote).join(', ');
  out.push(
    '}',
    `/** Dispatches ${iface.name} calls to \`handlers\`; a missing handler answers ERROR_CALL_NOT_IMPLEMENTED. */`,
    `export function create${P}Server(handlers: Partial<${P}Handlers>, opts: StubServerOptions = {}): RpcServerInterface {`,
    `  return serveMethods({ name: ${quote(iface.name)}, syntax: ${P}Syntax, transferSyntaxes: [${syntaxes}], methods: ${P}Methods }, handlers, opts);`,
    '}',
  );
  return out;
}

/** Header comment and imports: written last, as they depend on what the body used. */
function emitHeader(iface: InterfaceModel, opts: EmitOptions, tt: TypeText, body: readonly string[]): string[] {
  const src = opts.srcPath;
  const uses = (s: string): boolean => body.some((l) => l.includes(s));
  const usesZeroFill = uses('zeroFillCount(');
  const head: string[] = [
    `// Generated from ${opts.source} (interface ${iface.name} v${iface.version.major}.${iface.version.minor}) by \`${opts.command ?? 'npm run gen'}\`.`,
    '// Do not edit: change the IDL (or idl/patches) or src/idl/emit*.ts and regenerate.',
    '',
  ];
  const ndrValues = [...tt.ndrImports].sort();
  if (ndrValues.length) head.push(`import { ${ndrValues.join(', ')} } from '${src}/ndr/index.js';`);
  head.push(`import type { NdrType${uses('s: Scope') || usesZeroFill ? ', Scope' : ''} } from '${src}/ndr/index.js';`);
  if (uses('Win32.')) head.push(`import { Win32 } from '${src}/errors/status.js';`);
  head.push(
    `import type { RpcCaller } from '${src}/rpc/caller.js';`,
    `import { callMethod, serveMethods${usesZeroFill ? ', zeroFillCount' : ''} } from '${src}/rpc/stubs.js';`,
    `import type { MethodSpec, MethodTable, StubServerOptions } from '${src}/rpc/stubs.js';`,
  );
  const rpcTypes = ['CallContext', 'RpcServerInterface', 'SyntaxId'];
  if (uses(ANON_CONTEXT_HANDLE)) rpcTypes.unshift(ANON_CONTEXT_HANDLE);
  head.push(`import type { ${rpcTypes.join(', ')} } from '${src}/rpc/types.js';`);
  if (tt.usesNoValue) {
    head.push(
      '',
      '/** A bounds expression whose names are not all known yet (decoding in progress): no check. */',
      'const NO_VALUE = undefined as unknown as number;',
    );
  }
  return head;
}

/** The not-implemented answer as a function text, or undefined when the method has no status slot. */
function notImplemented(m: MethodModel, tt: TypeText, reqType: string, respType: string): string | undefined {
  const ret = returnsValue(m);
  const resp = wireParams(m, 'response');
  const retIsStatus = ret !== null && isStatusType(ret);
  // The status travels in the return value when there is one (rpc_status-style [out] values stay
  // 0, as the runtime itself succeeded); otherwise in the [out] error_status_t (ApiOpenCluster's Status).
  const statusParams: ParamModel[] = retIsStatus
    ? []
    : resp.filter((p) => {
        const t = outTarget(p);
        return p.direction === 'out' && t.kind === 'prim' && t.prim === 'errorStatus';
      });
  // MS-CMRP's Open* methods carry both Status (the answer) and rpc_status (the runtime's, 0 on success).
  if (statusParams.length > 1) {
    const answer = statusParams.filter((p) => p.name !== 'rpc_status');
    if (answer.length) statusParams.splice(0, statusParams.length, ...answer);
  }
  if (!retIsStatus && statusParams.length === 0) return undefined;
  const fields: string[] = [];
  for (const p of resp) {
    if (statusParams.includes(p)) fields.push(`${p.name}: Win32.ERROR_CALL_NOT_IMPLEMENTED`);
    else if (p.direction === 'inout') fields.push(`${p.name}: req.${p.name}`);
    else fields.push(`${p.name}: ${tt.zero(p.type, 'req')}`);
  }
  if (ret) fields.push(`${RET}: ${retIsStatus ? 'Win32.ERROR_CALL_NOT_IMPLEMENTED' : tt.zero(ret, 'req')}`);
  const usesReq = fields.some((f) => /\breq\b/.test(f));
  return `(${usesReq ? 'req' : '_req'}: ${reqType}): ${respType} => ({ ${fields.join(', ')} })`;
}


/**
 * A non-encapsulated union without [switch_type] takes the type of whatever its switch_is names
 * ([C706] 14.3.8). Every use must agree, since the union gets one descriptor.
 */
function inferSwitchType(model: IdlModel, iface: InterfaceModel, union: string): TypeRef | undefined {
  const found = new Map<string, TypeRef>();
  const isThis = (t: TypeRef): boolean =>
    (t.kind === 'named' && t.name === union) || (t.kind === 'pointer' && isThis(t.target));
  const record = (e: Expr | undefined, siblings: readonly { name: string; type: TypeRef }[]): void => {
    let x = e;
    while (x && x.kind === 'unary' && x.op === '*') x = x.arg;
    if (!x || x.kind !== 'ident') return;
    const name = x.name;
    const sib = siblings.find((f) => f.name === name);
    if (!sib) return;
    let t = sib.type;
    while (t.kind === 'pointer') t = t.target;
    found.set(JSON.stringify(t, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)), t);
  };
  for (const t of model.types.values()) {
    if (t.kind !== 'struct') continue;
    for (const f of t.fields) if (isThis(f.type)) record(f.switchIs, t.fields);
  }
  for (const m of iface.methods) for (const p of m.params) if (isThis(p.type)) record(p.switchIs, m.params);
  return found.size === 1 ? [...found.values()][0] : undefined;
}
