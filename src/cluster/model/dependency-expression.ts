/**
 * Complex dependency expressions, "ANDs of ORs" ([MS-CMRP] 3.1.4.2.109):
 * `([a] or [b]) and [c]`, where each bracketed token is a resource name or id.
 */
import { Win32 } from '../../errors/status.js';
import { ClusterError } from './errors.js';

/** Parsed form: AND of OR-sets of bracketed tokens (names or ids, not yet resolved). */
export type ParsedExpression = string[][];

const MAX_EXPRESSION = 64 * 1024;

type Tok = { kind: 'res'; text: string } | { kind: 'and' | 'or' | '(' | ')' };

function invalid(why: string): never {
  throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `dependency expression: ${why}`);
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ kind: c });
      i++;
    } else if (c === '[') {
      const end = src.indexOf(']', i + 1);
      if (end < 0) invalid('unterminated [');
      const text = src.slice(i + 1, end);
      if (text.length === 0) invalid('empty resource reference');
      out.push({ kind: 'res', text });
      i = end + 1;
    } else {
      const m = /^[A-Za-z]+/.exec(src.slice(i));
      const word = m?.[0].toLowerCase();
      if (word !== 'and' && word !== 'or') invalid(`unexpected text at offset ${i}`);
      out.push({ kind: word });
      i += m![0].length;
    }
  }
  return out;
}

/** Parses an expression; the empty (or all-blank) string means "no dependencies". */
export function parseDependencyExpression(src: string): ParsedExpression {
  if (src.length > MAX_EXPRESSION) invalid('too long');
  const toks = tokenize(src);
  if (toks.length === 0) return [];
  let pos = 0;
  const peek = (): Tok | undefined => toks[pos];
  const resource = (): string => {
    const t = toks[pos++];
    if (t?.kind !== 'res') invalid('expected [resource]');
    return t.text;
  };
  const orList = (): string[] => {
    const set = [resource()];
    while (peek()?.kind === 'or') {
      pos++;
      set.push(resource());
    }
    return set;
  };
  const result: string[][] = [];
  // A bare top-level OR chain is one set; otherwise terms joined by "and", each a resource or "( … or … )".
  if (peek()?.kind === 'res') {
    const first = orList();
    if (first.length > 1) {
      if (pos !== toks.length) invalid('"or" chain must be parenthesized to be combined with "and"');
      return [first];
    }
    result.push(first);
  } else {
    if (peek()?.kind !== '(') invalid('expected [resource] or (');
    pos++;
    result.push(orList());
    if (toks[pos++]?.kind !== ')') invalid('expected )');
  }
  while (pos < toks.length) {
    if (toks[pos++]?.kind !== 'and') invalid('expected "and"');
    if (peek()?.kind === '(') {
      pos++;
      result.push(orList());
      if (toks[pos++]?.kind !== ')') invalid('expected )');
    } else {
      result.push([resource()]);
    }
  }
  return result;
}

/** Formats sets of display names the way Windows prints them: `[A] and ([B] or [C])`. */
export function formatDependencyExpression(sets: readonly (readonly string[])[]): string {
  return sets
    .map((set) => (set.length === 1 ? `[${set[0]}]` : `(${set.map((n) => `[${n}]`).join(' or ')})`))
    .join(' and ');
}
