import { IdlError, type SourcePos } from './errors.js';

export type TokenKind = 'ident' | 'number' | 'string' | 'char' | 'punct' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly pos: SourcePos;
  /** First token on its physical line: the preprocessor needs it to find directives. */
  readonly bol: boolean;
  /** Whitespace precedes the token: distinguishes `#define F(x)` from `#define F (x)`. */
  readonly space: boolean;
  /** Names of macros this token came out of (stops recursive expansion). */
  readonly hide?: ReadonlySet<string>;
}

const PUNCT3 = ['...'];
const PUNCT2 = ['<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '->', '##'];
const PUNCT1 = '[](){};,*=:<>+-/%&|^~!?.#';

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isIdentChar(c: string): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** Splits one file into tokens; comments and line continuations disappear, positions stay exact. */
export function lex(text: string, file: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let col = 1;
  let bol = true;
  let space = false;
  const n = text.length;

  const advance = (count: number): void => {
    for (let k = 0; k < count; k++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
      i++;
    }
  };

  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      advance(1);
      bol = true;
      space = false;
      continue;
    }
    // U+00A0 and U+FEFF appear in IDL text copied out of the spec documents; they are spacing.
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff') {
      advance(1);
      space = true;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      // A continued line belongs to the same logical line (matters for #define bodies).
      advance(text[i + 1] === '\n' ? 2 : 3);
      space = true;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') advance(1);
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const start: SourcePos = { file, line, col };
      advance(2);
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) advance(1);
      if (i >= n) throw new IdlError(start, 'unterminated comment');
      advance(2);
      space = true;
      continue;
    }
    const pos: SourcePos = { file, line, col };
    const start = i;
    let kind: TokenKind;
    if (isIdentStart(c)) {
      while (i < n && isIdentChar(text[i])) advance(1);
      kind = 'ident';
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      // pp-number: digits and letters run together, so uuid groups such as 4c63 stay one token.
      while (i < n && (isIdentChar(text[i]) || text[i] === '.')) advance(1);
      kind = 'number';
    } else if (c === '"' || c === "'") {
      advance(1);
      while (i < n && text[i] !== c) {
        if (text[i] === '\n') throw new IdlError(pos, `unterminated ${c === '"' ? 'string' : 'character'} literal`);
        advance(text[i] === '\\' ? 2 : 1);
      }
      if (i >= n) throw new IdlError(pos, `unterminated ${c === '"' ? 'string' : 'character'} literal`);
      advance(1);
      kind = c === '"' ? 'string' : 'char';
    } else {
      const p3 = text.slice(i, i + 3);
      const p2 = text.slice(i, i + 2);
      if (PUNCT3.includes(p3)) advance(3);
      else if (PUNCT2.includes(p2)) advance(2);
      else if (PUNCT1.includes(c)) advance(1);
      else throw new IdlError(pos, `unexpected character '${c}'`);
      kind = 'punct';
    }
    out.push({ kind, text: text.slice(start, i), pos, bol, space });
    bol = false;
    space = false;
  }
  out.push({ kind: 'eof', text: '', pos: { file, line, col }, bol: true, space: false });
  return out;
}

/** The value of a string literal token without quotes, escapes decoded. */
export function stringValue(tok: Token): string {
  const body = tok.text.slice(1, -1);
  return body.replace(/\\(.)/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
}

/** Integer value of a number token (decimal, hex, octal; U/L suffixes ignored), or undefined. */
export function numberValue(text: string): bigint | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([uUlL]*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[1];
  if (/^0[0-7]+$/.test(digits)) return BigInt('0o' + digits.slice(1));
  return BigInt(digits);
}
