/** Test helpers: hex vectors written as space-separated bytes, with comments allowed after `;`. */
import assert from 'node:assert/strict';
import { NdrError, type NdrErrorCode } from '../../src/ndr/index.js';

/** `hex('01 00 ; comment\n 02')` → bytes; everything after `;` on a line is ignored. */
export function hex(s: string): Uint8Array {
  const clean = s
    .split('\n')
    .map((l) => l.replace(/;.*$/, ''))
    .join(' ')
    .replace(/\s+/g, '');
  assert.equal(clean.length % 2, 0, 'odd hex digit count');
  return Uint8Array.from(Buffer.from(clean, 'hex'));
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

export function assertBytes(actual: Uint8Array, expected: Uint8Array, msg?: string): void {
  assert.equal(toHex(actual), toHex(expected), msg);
}

export function assertNdrError(fn: () => unknown, code: NdrErrorCode, msg?: string): NdrError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof NdrError, `expected NdrError(${code}), got ${String(e)}${msg ? ` (${msg})` : ''}`);
    assert.equal(e.code, code, `${e.message}${msg ? ` (${msg})` : ''}`);
    assert.equal(typeof e.offset, 'number');
    return e;
  }
  assert.fail(`expected NdrError(${code}), nothing thrown${msg ? ` (${msg})` : ''}`);
}
