import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSources } from '../../src/idl/compile.js';
import { IdlError } from '../../src/idl/errors.js';
import type { IdlModel } from '../../src/idl/model.js';

/** The repository root, whether the test runs from test/ (tsx) or dist/test/ (compiled). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

/** Compiles `text` as t.idl; `others` are importable files by name. */
export function compileText(text: string, others: Record<string, string> = {}): IdlModel {
  return compileSources('t.idl', new Map([['t.idl', text], ...Object.entries(others)]));
}

/** Asserts fn throws an IdlError whose message starts with `where: error:` and mentions `fragment`. */
export function assertIdlError(fn: () => unknown, where: string, fragment: string): IdlError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof IdlError, `expected IdlError, got ${String(e)}`);
    assert.ok(e.message.startsWith(`${where}: error: `), `message '${e.message}' should start with '${where}: error: '`);
    assert.ok(e.message.includes(fragment), `message '${e.message}' should mention '${fragment}'`);
    return e;
  }
  assert.fail('expected an IdlError');
}

/** A minimal interface wrapper for resolver tests. */
export function iface(body: string, attrs = 'uuid(12345678-1234-1234-1234-123456789abc), version(1.0)'): string {
  return `[${attrs}]\ninterface t\n{\n${body}\n}\n`;
}
