import { IdlError } from './errors.js';

/** One `@@ -a,b +c,d @@` hunk of a unified diff. */
export interface Hunk {
  readonly oldStart: number;
  readonly oldLines: readonly string[];
  readonly newLines: readonly string[];
  /** Line of the `@@` header inside the patch file, for error messages. */
  readonly line: number;
}

export interface Patch {
  readonly file: string;
  /** Base name of the file it changes (the `+++ b/<name>` line). */
  readonly target: string;
  /** Explanatory header text before the first `---` line. */
  readonly description: string;
  readonly hunks: readonly Hunk[];
}

/** Parses a unified diff that changes exactly one file. */
export function parsePatch(text: string, file: string): Patch {
  const lines = text.split(/\r?\n/);
  let k = 0;
  const header: string[] = [];
  while (k < lines.length && !lines[k].startsWith('--- ')) header.push(lines[k++]);
  if (k >= lines.length) throw new IdlError({ file, line: 1, col: 1 }, "patch has no '--- ' file header");
  const plus = lines[k + 1] ?? '';
  if (!plus.startsWith('+++ ')) throw new IdlError({ file, line: k + 2, col: 1 }, "expected '+++ ' after '--- '");
  const target = (plus.slice(4).split('\t')[0].trim().split('/').pop() ?? '').trim();
  if (!target) throw new IdlError({ file, line: k + 2, col: 5 }, 'patch names no target file');
  k += 2;
  const hunks: Hunk[] = [];
  while (k < lines.length) {
    const h = lines[k];
    if (h === '' && k === lines.length - 1) break;
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(h);
    if (!m) throw new IdlError({ file, line: k + 1, col: 1 }, `expected a hunk header '@@ -l,n +l,n @@' but found '${h}'`);
    const oldCount = m[2] === undefined ? 1 : Number(m[2]);
    const newCount = m[4] === undefined ? 1 : Number(m[4]);
    const hunkLine = k + 1;
    k++;
    const oldLines: string[] = [];
    const newLines: string[] = [];
    while (k < lines.length && (oldLines.length < oldCount || newLines.length < newCount)) {
      const l = lines[k];
      if (l.startsWith('\\')) {
        k++;
        continue;
      }
      const tag = l[0] ?? ' ';
      const body = l.slice(1);
      if (tag === ' ') {
        oldLines.push(body);
        newLines.push(body);
      } else if (tag === '-') oldLines.push(body);
      else if (tag === '+') newLines.push(body);
      else throw new IdlError({ file, line: k + 1, col: 1 }, `bad line in hunk: '${l}'`);
      k++;
    }
    if (oldLines.length !== oldCount || newLines.length !== newCount) {
      throw new IdlError({ file, line: hunkLine, col: 1 }, 'hunk line counts do not match its header');
    }
    hunks.push({ oldStart: Number(m[1]), oldLines, newLines, line: hunkLine });
  }
  if (!hunks.length) throw new IdlError({ file, line: k, col: 1 }, 'patch has no hunks');
  return { file, target, description: header.join('\n').trim(), hunks };
}

/**
 * Applies a patch exactly: every hunk's old lines must be found unchanged, at the stated line
 * or (if the file shifted) at exactly one other place. Anything else means the verbatim file
 * changed and the patch must be reviewed, so it is an error.
 */
export function applyPatch(text: string, patch: Patch): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  let delta = 0;
  for (const h of patch.hunks) {
    const want = h.oldStart - 1 + delta;
    const matchesAt = (at: number): boolean => at >= 0 && at + h.oldLines.length <= lines.length && h.oldLines.every((l, i) => lines[at + i] === l);
    let at = -1;
    if (matchesAt(want)) at = want;
    else {
      const found: number[] = [];
      for (let s = 0; s + h.oldLines.length <= lines.length; s++) if (matchesAt(s)) found.push(s);
      if (found.length === 1) at = found[0];
      else {
        throw new IdlError(
          { file: patch.file, line: h.line, col: 1 },
          found.length === 0
            ? `patch no longer applies to ${patch.target}: hunk at line ${h.oldStart} does not match`
            : `patch hunk for ${patch.target} matches ${found.length} places; it is ambiguous`,
        );
      }
    }
    lines.splice(at, h.oldLines.length, ...h.newLines);
    delta = at - (h.oldStart - 1) + h.newLines.length - h.oldLines.length;
  }
  return lines.join(eol);
}
