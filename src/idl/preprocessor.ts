import { IdlError, type SourcePos } from './errors.js';
import { evalConst, parseExpr, type TokenCursor } from './expr.js';
import { lex, stringValue, type Token } from './lexer.js';

export interface Macro {
  readonly name: string;
  /** Parameter names for a function-like macro; undefined for an object-like one. */
  readonly params?: readonly string[];
  readonly body: readonly Token[];
  readonly pos: SourcePos;
}

/** Finds the text of an `#include`d file; the loader also uses it for `import`. */
export type SourceLoader = (name: string, from: SourcePos) => { readonly path: string; readonly text: string };

export interface PreprocessOptions {
  readonly load: SourceLoader;
  /** Macros defined before the file starts (like `-D` on a C compiler command line). */
  readonly predefined?: ReadonlyMap<string, Macro>;
  readonly maxIncludeDepth?: number;
}

interface CondFrame {
  /** This branch's tokens are kept. */
  active: boolean;
  /** Some branch of this #if chain was already taken. */
  taken: boolean;
  /** The enclosing region is active (an inactive parent silences all branches). */
  readonly parentActive: boolean;
  seenElse: boolean;
  readonly pos: SourcePos;
}

/**
 * Runs the C-preprocessor subset MIDL files use: #define (object- and function-like), #undef,
 * #include, #if/#ifdef/#ifndef/#elif/#else/#endif, #pragma and #error. Each file handed to
 * `preprocess` gets its own macro table, as MIDL preprocesses each imported file separately.
 */
export function preprocess(text: string, file: string, opts: PreprocessOptions): Token[] {
  const macros = new Map<string, Macro>(opts.predefined ?? []);
  const out: Token[] = [];
  const end = processFile(text, file, opts, macros, out, 0);
  out.push({ kind: 'eof', text: '', pos: end, bol: true, space: false });
  return out;
}

/** Appends the file's tokens to `out`; returns where the file ends (for end-of-input errors). */
function processFile(text: string, file: string, opts: PreprocessOptions, macros: Map<string, Macro>, out: Token[], depth: number): SourcePos {
  const toks = lex(text, file);
  const conds: CondFrame[] = [];
  let run: Token[] = [];
  const active = (): boolean => conds.length === 0 || conds[conds.length - 1].active;
  const flush = (): void => {
    if (run.length) out.push(...expandTokens(run, macros));
    run = [];
  };

  let i = 0;
  while (toks[i].kind !== 'eof') {
    const t = toks[i];
    if (!(t.bol && t.kind === 'punct' && t.text === '#')) {
      if (active()) run.push(t);
      i++;
      continue;
    }
    // A directive runs to the end of its logical line.
    let j = i + 1;
    while (toks[j].kind !== 'eof' && !toks[j].bol) j++;
    const line = toks.slice(i + 1, j);
    i = j;
    flush();
    if (line.length === 0) continue; // the null directive
    const name = line[0];
    const rest = line.slice(1);
    switch (name.text) {
      case 'ifdef':
      case 'ifndef': {
        const parentActive = active();
        const id = rest[0];
        if (!id || id.kind !== 'ident') throw new IdlError(name.pos, `#${name.text} needs a macro name`);
        const cond = macros.has(id.text) === (name.text === 'ifdef');
        conds.push({ active: parentActive && cond, taken: cond, parentActive, seenElse: false, pos: name.pos });
        break;
      }
      case 'if': {
        const parentActive = active();
        const cond = parentActive ? evalCondition(rest, macros, name.pos) : false;
        conds.push({ active: parentActive && cond, taken: cond, parentActive, seenElse: false, pos: name.pos });
        break;
      }
      case 'elif': {
        const top = conds[conds.length - 1];
        if (!top) throw new IdlError(name.pos, '#elif without #if');
        if (top.seenElse) throw new IdlError(name.pos, '#elif after #else');
        if (top.taken || !top.parentActive) {
          top.active = false;
        } else {
          const cond = evalCondition(rest, macros, name.pos);
          top.active = cond;
          top.taken = cond;
        }
        break;
      }
      case 'else': {
        const top = conds[conds.length - 1];
        if (!top) throw new IdlError(name.pos, '#else without #if');
        if (top.seenElse) throw new IdlError(name.pos, 'second #else for the same #if');
        top.seenElse = true;
        top.active = top.parentActive && !top.taken;
        top.taken = true;
        break;
      }
      case 'endif':
        if (!conds.pop()) throw new IdlError(name.pos, '#endif without #if');
        break;
      default:
        if (!active()) break; // unknown or inactive directives in skipped regions are ignored, as in C
        handleActiveDirective(name, rest, opts, macros, out, depth);
    }
  }
  flush();
  if (conds.length) throw new IdlError(conds[conds.length - 1].pos, 'unterminated #if (missing #endif)');
  return toks[i].pos;
}

function handleActiveDirective(
  name: Token,
  rest: Token[],
  opts: PreprocessOptions,
  macros: Map<string, Macro>,
  out: Token[],
  depth: number,
): void {
  switch (name.text) {
    case 'define':
      defineMacro(name, rest, macros);
      return;
    case 'undef': {
      const id = rest[0];
      if (!id || id.kind !== 'ident') throw new IdlError(name.pos, '#undef needs a macro name');
      macros.delete(id.text);
      return;
    }
    case 'include': {
      const f = rest[0];
      if (!f || f.kind !== 'string') throw new IdlError(name.pos, '#include needs a "file" name');
      if (depth >= (opts.maxIncludeDepth ?? 32)) throw new IdlError(f.pos, '#include nested too deeply');
      const src = opts.load(stringValue(f), f.pos);
      processFile(src.text, src.path, opts, macros, out, depth + 1);
      return;
    }
    case 'pragma':
      return; // MIDL pragmas (warning control, midl_echo) do not change the wire.
    case 'error':
      throw new IdlError(name.pos, `#error ${rest.map((t) => t.text).join(' ')}`);
    default:
      throw new IdlError(name.pos, `unknown preprocessor directive '#${name.text}'`);
  }
}

function defineMacro(directive: Token, rest: Token[], macros: Map<string, Macro>): void {
  const id = rest[0];
  if (!id || id.kind !== 'ident') throw new IdlError(directive.pos, '#define needs a macro name');
  let bodyStart = 1;
  let params: string[] | undefined;
  const open = rest[1];
  if (open && open.kind === 'punct' && open.text === '(' && !open.space) {
    params = [];
    let k = 2;
    for (;;) {
      const p = rest[k];
      if (!p) throw new IdlError(open.pos, `unterminated parameter list in #define ${id.text}`);
      if (p.kind === 'punct' && p.text === ')') {
        k++;
        break;
      }
      if (p.kind === 'ident' || (p.kind === 'punct' && p.text === '...')) {
        params.push(p.text === '...' ? '__VA_ARGS__' : p.text);
        k++;
        const sep = rest[k];
        if (sep && sep.kind === 'punct' && sep.text === ',') k++;
        continue;
      }
      throw new IdlError(p.pos, `unexpected '${p.text}' in parameter list of #define ${id.text}`);
    }
    bodyStart = k;
  }
  macros.set(id.text, { name: id.text, params, body: rest.slice(bodyStart), pos: id.pos });
}

function evalCondition(rest: Token[], macros: Map<string, Macro>, pos: SourcePos): boolean {
  if (rest.length === 0) throw new IdlError(pos, '#if needs an expression');
  // `defined X` is decided before macro expansion, as in C.
  const pre: Token[] = [];
  for (let k = 0; k < rest.length; k++) {
    const t = rest[k];
    if (t.kind === 'ident' && t.text === 'defined') {
      let nameTok = rest[k + 1];
      let skip = 1;
      if (nameTok && nameTok.kind === 'punct' && nameTok.text === '(') {
        nameTok = rest[k + 2];
        skip = 3;
        if (!rest[k + 3] || rest[k + 3].text !== ')') throw new IdlError(t.pos, "expected ')' after defined(NAME");
      }
      if (!nameTok || nameTok.kind !== 'ident') throw new IdlError(t.pos, "'defined' needs a macro name");
      pre.push({ ...t, kind: 'number', text: macros.has(nameTok.text) ? '1' : '0' });
      k += skip;
      continue;
    }
    pre.push(t);
  }
  const expanded = expandTokens(pre, macros);
  const eof: Token = { kind: 'eof', text: '', pos, bol: true, space: false };
  let idx = 0;
  const cur: TokenCursor = {
    peek: (o = 0) => expanded[idx + o] ?? eof,
    next: () => expanded[idx++] ?? eof,
  };
  const e = parseExpr(cur);
  if (idx < expanded.length) throw new IdlError(expanded[idx].pos, `unexpected '${expanded[idx].text}' in #if expression`);
  // Identifiers left after expansion count as 0, as in C.
  return evalConst(e, () => 0n) !== 0n;
}

/** Expands macros in a run of tokens (rescanning results, never re-expanding a macro inside itself). */
export function expandTokens(input: readonly Token[], macros: ReadonlyMap<string, Macro>): Token[] {
  const out: Token[] = [];
  const queue = [...input];
  let steps = 0;
  while (queue.length) {
    const t = queue.shift() as Token;
    const m = t.kind === 'ident' ? macros.get(t.text) : undefined;
    if (!m || t.hide?.has(t.text)) {
      out.push(t);
      continue;
    }
    if (++steps > 100_000) throw new IdlError(t.pos, 'macro expansion does not terminate');
    const hide = new Set(t.hide ?? []);
    hide.add(m.name);
    if (!m.params) {
      queue.unshift(...m.body.map((b) => relocate(b, t, hide)));
      continue;
    }
    const open = queue[0];
    if (!open || open.kind !== 'punct' || open.text !== '(') {
      out.push(t); // a function-like macro name without arguments is an ordinary identifier
      continue;
    }
    queue.shift();
    const args = collectArgs(queue, t);
    if (args.length === 1 && args[0].length === 0 && m.params.length === 0) args.length = 0;
    const variadic = m.params[m.params.length - 1] === '__VA_ARGS__';
    if (variadic ? args.length < m.params.length - 1 : args.length !== m.params.length) {
      throw new IdlError(t.pos, `macro '${m.name}' expects ${m.params.length} argument(s), got ${args.length}`);
    }
    const argMap = new Map<string, Token[]>();
    m.params.forEach((p, k) => {
      if (p === '__VA_ARGS__') {
        const joined: Token[] = [];
        args.slice(k).forEach((a, ai) => {
          if (ai > 0) joined.push({ ...t, kind: 'punct', text: ',' });
          joined.push(...a);
        });
        argMap.set(p, joined);
      } else {
        argMap.set(p, args[k] ?? []);
      }
    });
    queue.unshift(...substitute(m, argMap, macros, t, hide));
  }
  return out;
}

function collectArgs(queue: Token[], call: Token): Token[][] {
  const args: Token[][] = [[]];
  let nest = 0;
  for (;;) {
    const a = queue.shift();
    if (!a) throw new IdlError(call.pos, `unterminated argument list for macro '${call.text}'`);
    if (a.kind === 'punct' && a.text === '(') nest++;
    if (a.kind === 'punct' && a.text === ')') {
      if (nest === 0) return args;
      nest--;
    }
    if (a.kind === 'punct' && a.text === ',' && nest === 0) {
      args.push([]);
      continue;
    }
    args[args.length - 1].push(a);
  }
}

function substitute(m: Macro, argMap: Map<string, Token[]>, macros: ReadonlyMap<string, Macro>, call: Token, hide: Set<string>): Token[] {
  const result: Token[] = [];
  const body = m.body;
  for (let k = 0; k < body.length; k++) {
    const b = body[k];
    if (b.kind === 'punct' && b.text === '#' && body[k + 1]?.kind === 'ident' && argMap.has(body[k + 1].text)) {
      const arg = argMap.get(body[k + 1].text) as Token[];
      const text = arg.map((a, ai) => (ai > 0 && a.space ? ' ' : '') + a.text).join('');
      result.push({ kind: 'string', text: JSON.stringify(text), pos: call.pos, bol: false, space: true, hide });
      k++;
      continue;
    }
    if (b.kind === 'punct' && b.text === '##' && result.length && body[k + 1]) {
      const left = result.pop() as Token;
      const rightTok = body[k + 1];
      const rightToks = rightTok.kind === 'ident' && argMap.has(rightTok.text) ? (argMap.get(rightTok.text) as Token[]) : [rightTok];
      const pasted = left.text + (rightToks[0]?.text ?? '');
      const relexed = lex(pasted, call.pos.file).filter((x) => x.kind !== 'eof');
      if (relexed.length !== 1) throw new IdlError(call.pos, `'##' does not form one token ('${pasted}')`);
      result.push(relocate(relexed[0], call, hide), ...rightToks.slice(1).map((x) => relocate(x, call, hide)));
      k++;
      continue;
    }
    if (b.kind === 'ident' && argMap.has(b.text)) {
      // Arguments are fully expanded before substitution unless pasted.
      const nextIsPaste = body[k + 1]?.kind === 'punct' && body[k + 1].text === '##';
      const raw = argMap.get(b.text) as Token[];
      const arg = nextIsPaste ? raw : expandTokens(raw, macros);
      result.push(...arg.map((a) => ({ ...a, hide: new Set([...(a.hide ?? []), ...hide]) })));
      continue;
    }
    result.push(relocate(b, call, hide));
  }
  return result;
}

/** Macro body tokens take the position of the invocation so errors point at the user's text. */
function relocate(b: Token, call: Token, hide: ReadonlySet<string>): Token {
  return { kind: b.kind, text: b.text, pos: call.pos, bol: false, space: b.space, hide };
}
