/** Byte-building helpers for the hand-derived RRASM blob vectors. */
import assert from 'node:assert/strict';

export type Bytes = Uint8Array | readonly number[];

export const u32 = (n: number): number[] => [
  n & 0xff,
  (n >>> 8) & 0xff,
  (n >>> 16) & 0xff,
  (n >>> 24) & 0xff,
];

export const u64 = (n: bigint): number[] => {
  const out: number[] = [];
  for (let i = 0n; i < 8n; i++) out.push(Number((n >> (i * 8n)) & 0xffn));
  return out;
};

/** UTF-16LE code units, no terminator (the zero fill supplies it). */
export const utf16 = (s: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >>> 8);
  return out;
};

export const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const fromHex = (h: string): number[] => {
  const clean = h.replace(/[\s:]/g, '');
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 2) out.push(parseInt(clean.slice(i, i + 2), 16));
  return out;
};

/** A zero-filled buffer of `size` bytes with the listed byte runs placed at their offsets. */
export function sparse(size: number, runs: readonly (readonly [number, Bytes])[]): Uint8Array {
  const out = new Uint8Array(size);
  for (const [at, run] of runs) {
    assert.ok(at + run.length <= size, `run at ${at} overflows ${size}`);
    out.set(run, at);
  }
  return out;
}

export function assertBytes(actual: Uint8Array, expected: Uint8Array, what = 'bytes'): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) {
      assert.fail(`${what}: first difference at byte ${i}: got ${actual[i]}, want ${expected[i]}`);
    }
  }
}
