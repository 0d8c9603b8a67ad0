/** Shared test helpers for the security tests. */
export function hex(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s.replace(/[^0-9a-fA-F]/g, ''), 'hex'));
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

/** A deterministic byte source for tests: returns the queued values, then a counter pattern. */
export function scriptedRandom(...queue: Uint8Array[]): (n: number) => Uint8Array {
  let counter = 1;
  return (n: number) => {
    const next = queue.shift();
    if (next) {
      if (next.length !== n) throw new Error(`scripted random: wanted ${n} bytes, have ${next.length}`);
      return next;
    }
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = counter++ & 0xff;
    return out;
  };
}
