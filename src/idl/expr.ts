import { IdlError, type SourcePos } from './errors.js';
import { numberValue, type Token } from './lexer.js';

/** An IDL expression: array bounds, attribute arguments, constants, #if conditions. */
export type Expr =
  | { readonly kind: 'num'; readonly value: bigint; readonly pos: SourcePos }
  | { readonly kind: 'str'; readonly value: string; readonly pos: SourcePos }
  | { readonly kind: 'ident'; readonly name: string; readonly pos: SourcePos }
  | { readonly kind: 'unary'; readonly op: '-' | '+' | '~' | '!' | '*' | '&'; readonly arg: Expr; readonly pos: SourcePos }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly pos: SourcePos }
  | { readonly kind: 'cond'; readonly test: Expr; readonly then: Expr; readonly else: Expr; readonly pos: SourcePos }
  | { readonly kind: 'member'; readonly object: Expr; readonly name: string; readonly arrow: boolean; readonly pos: SourcePos }
  | { readonly kind: 'call'; readonly callee: string; readonly args: readonly Expr[]; readonly pos: SourcePos };

export type BinaryOp = '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '<' | '>' | '<=' | '>=' | '==' | '!=' | '&' | '^' | '|' | '&&' | '||';

const PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
};

/** What the expression parser needs from whoever owns the token stream. */
export interface TokenCursor {
  peek(offset?: number): Token;
  next(): Token;
}

export function parseExpr(cur: TokenCursor): Expr {
  return parseConditional(cur);
}

function parseConditional(cur: TokenCursor): Expr {
  const test = parseBinary(cur, 1);
  if (cur.peek().kind === 'punct' && cur.peek().text === '?') {
    const q = cur.next();
    const then = parseConditional(cur);
    expectPunct(cur, ':');
    const otherwise = parseConditional(cur);
    return { kind: 'cond', test, then, else: otherwise, pos: q.pos };
  }
  return test;
}

function parseBinary(cur: TokenCursor, minPrec: number): Expr {
  let left = parseUnary(cur);
  for (;;) {
    const t = cur.peek();
    if (t.kind !== 'punct' || !(t.text in PRECEDENCE)) return left;
    const op = t.text as BinaryOp;
    const prec = PRECEDENCE[op];
    if (prec < minPrec) return left;
    cur.next();
    const right = parseBinary(cur, prec + 1);
    left = { kind: 'binary', op, left, right, pos: t.pos };
  }
}

function parseUnary(cur: TokenCursor): Expr {
  const t = cur.peek();
  if (t.kind === 'punct' && ['-', '+', '~', '!', '*', '&'].includes(t.text)) {
    cur.next();
    const arg = parseUnary(cur);
    return { kind: 'unary', op: t.text as '-' | '+' | '~' | '!' | '*' | '&', arg, pos: t.pos };
  }
  return parsePostfix(cur);
}

function parsePostfix(cur: TokenCursor): Expr {
  let e = parsePrimary(cur);
  for (;;) {
    const t = cur.peek();
    if (t.kind === 'punct' && (t.text === '.' || t.text === '->')) {
      cur.next();
      const name = cur.next();
      if (name.kind !== 'ident') throw new IdlError(name.pos, `expected a member name after '${t.text}'`);
      e = { kind: 'member', object: e, name: name.text, arrow: t.text === '->', pos: t.pos };
      continue;
    }
    return e;
  }
}

function parsePrimary(cur: TokenCursor): Expr {
  const t = cur.next();
  if (t.kind === 'number') {
    const value = numberValue(t.text);
    if (value === undefined) throw new IdlError(t.pos, `invalid number '${t.text}'`);
    return { kind: 'num', value, pos: t.pos };
  }
  if (t.kind === 'char') {
    const body = t.text.slice(1, -1);
    const ch = body.startsWith('\\') ? (body[1] === 'n' ? '\n' : body[1] === '0' ? '\0' : body[1]) : body;
    return { kind: 'num', value: BigInt(ch.charCodeAt(0) || 0), pos: t.pos };
  }
  if (t.kind === 'string') return { kind: 'str', value: t.text.slice(1, -1), pos: t.pos };
  if (t.kind === 'ident') {
    const p = cur.peek();
    if (p.kind === 'punct' && p.text === '(' && t.text === 'sizeof') {
      cur.next();
      const args: Expr[] = [parseExpr(cur)];
      expectPunct(cur, ')');
      return { kind: 'call', callee: t.text, args, pos: t.pos };
    }
    return { kind: 'ident', name: t.text, pos: t.pos };
  }
  if (t.kind === 'punct' && t.text === '(') {
    // A C cast such as (DWORD)5 is accepted and ignored: the IDLs only cast integer constants.
    const after = cur.peek(1);
    if (cur.peek().kind === 'ident' && after.kind === 'punct' && after.text === ')') {
      const following = cur.peek(2);
      if (following.kind === 'number' || (following.kind === 'punct' && following.text === '(')) {
        cur.next();
        cur.next();
        return parseUnary(cur);
      }
    }
    const e = parseExpr(cur);
    expectPunct(cur, ')');
    return e;
  }
  throw new IdlError(t.pos, t.kind === 'eof' ? 'unexpected end of input in expression' : `unexpected '${t.text}' in expression`);
}

function expectPunct(cur: TokenCursor, text: string): Token {
  const t = cur.next();
  if (t.kind !== 'punct' || t.text !== text) {
    throw new IdlError(t.pos, `expected '${text}' but found ${t.kind === 'eof' ? 'end of input' : `'${t.text}'`}`);
  }
  return t;
}

/** Evaluates a constant expression; `lookup` supplies named constants (undefined → error). */
export function evalConst(e: Expr, lookup: (name: string, pos: SourcePos) => bigint | undefined): bigint {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'str':
      throw new IdlError(e.pos, 'a string is not an integer constant');
    case 'ident': {
      const v = lookup(e.name, e.pos);
      if (v === undefined) throw new IdlError(e.pos, `'${e.name}' is not a known constant`);
      return v;
    }
    case 'unary': {
      const a = evalConst(e.arg, lookup);
      switch (e.op) {
        case '-':
          return -a;
        case '+':
          return a;
        case '~':
          return ~a;
        case '!':
          return a === 0n ? 1n : 0n;
        default:
          throw new IdlError(e.pos, `'${e.op}' is not allowed in a constant expression`);
      }
    }
    case 'binary': {
      const a = evalConst(e.left, lookup);
      if (e.op === '&&') return a !== 0n && evalConst(e.right, lookup) !== 0n ? 1n : 0n;
      if (e.op === '||') return a !== 0n || evalConst(e.right, lookup) !== 0n ? 1n : 0n;
      const b = evalConst(e.right, lookup);
      switch (e.op) {
        case '*':
          return a * b;
        case '/':
          if (b === 0n) throw new IdlError(e.pos, 'division by zero in constant expression');
          return a / b;
        case '%':
          if (b === 0n) throw new IdlError(e.pos, 'division by zero in constant expression');
          return a % b;
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '<<':
          return a << b;
        case '>>':
          return a >> b;
        case '<':
          return a < b ? 1n : 0n;
        case '>':
          return a > b ? 1n : 0n;
        case '<=':
          return a <= b ? 1n : 0n;
        case '>=':
          return a >= b ? 1n : 0n;
        case '==':
          return a === b ? 1n : 0n;
        case '!=':
          return a !== b ? 1n : 0n;
        case '&':
          return a & b;
        case '^':
          return a ^ b;
        case '|':
          return a | b;
      }
      throw new IdlError(e.pos, `unsupported operator '${String(e.op)}'`);
    }
    case 'cond':
      return evalConst(e.test, lookup) !== 0n ? evalConst(e.then, lookup) : evalConst(e.else, lookup);
    case 'member':
    case 'call':
      throw new IdlError(e.pos, 'not a constant expression');
  }
}

/** Source-like text of an expression, for messages and for the emitter's comments. */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return e.value.toString();
    case 'str':
      return JSON.stringify(e.value);
    case 'ident':
      return e.name;
    case 'unary':
      return `${e.op}${exprText(e.arg)}`;
    case 'binary':
      return `(${exprText(e.left)} ${e.op} ${exprText(e.right)})`;
    case 'cond':
      return `(${exprText(e.test)} ? ${exprText(e.then)} : ${exprText(e.else)})`;
    case 'member':
      return `${exprText(e.object)}${e.arrow ? '->' : '.'}${e.name}`;
    case 'call':
      return `${e.callee}(${e.args.map(exprText).join(', ')})`;
  }
}
