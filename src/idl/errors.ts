/** Where a token or node came from; lines and columns are 1-based. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/**
 * Every problem the compiler reports is an IdlError so callers (the CLI, tests) can print
 * `file:line:col: error: message` instead of a stack trace.
 */
export class IdlError extends Error {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly detail: string;

  constructor(pos: SourcePos, detail: string) {
    super(`${pos.file}:${pos.line}:${pos.col}: error: ${detail}`);
    this.name = 'IdlError';
    this.file = pos.file;
    this.line = pos.line;
    this.col = pos.col;
    this.detail = detail;
  }
}

export function formatPos(pos: SourcePos): string {
  return `${pos.file}:${pos.line}:${pos.col}`;
}
