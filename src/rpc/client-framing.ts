/**
 * Cuts a connection-oriented byte stream into whole PDU fragments. A fragment that lies inside one
 * received chunk is handed out as a view (no copy); one that spans chunks is copied once.
 * Handed-out memory is never reused, so callers may keep views.
 */

import { fragmentLength, PDU_HEADER_LENGTH as HEADER_LENGTH } from './pdu.js';

export class FragmentFramingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FragmentFramingError';
  }
}

export class FragmentReader {
  private chunks: Uint8Array[] = [];
  /** Read position inside chunks[0]. */
  private head = 0;
  private buffered = 0;

  /** @param maxFragment largest frag_length accepted (what we told the peer we can receive). */
  constructor(private maxFragment: number) {}

  setMaxFragment(n: number): void {
    this.maxFragment = n;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    // Plain views: a Buffer's slice() is a view, not a copy, which would surprise consumers.
    this.chunks.push(
      Object.getPrototypeOf(chunk) === Uint8Array.prototype
        ? chunk
        : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length),
    );
    this.buffered += chunk.length;
  }

  /** The next whole fragment, or undefined until more bytes arrive. Throws on an impossible length. */
  next(): Uint8Array | undefined {
    if (this.buffered < HEADER_LENGTH) return undefined;
    let first = this.chunks[0]!;
    if (first.length - this.head < HEADER_LENGTH) {
      this.coalesceHeader();
      first = this.chunks[0]!;
    }
    const h = this.head;
    const fragLength = fragmentLength(first, h)!;
    if (fragLength < HEADER_LENGTH) {
      throw new FragmentFramingError(`fragment length ${fragLength} is shorter than the PDU header`);
    }
    if (fragLength > this.maxFragment) {
      throw new FragmentFramingError(
        `fragment length ${fragLength} exceeds the negotiated maximum ${this.maxFragment}`,
      );
    }
    if (this.buffered < fragLength) return undefined;
    this.buffered -= fragLength;
    if (first.length - h >= fragLength) {
      const frag = first.subarray(h, h + fragLength);
      this.head = h + fragLength;
      if (this.head === first.length) {
        this.chunks.shift();
        this.head = 0;
      }
      return frag;
    }
    const out = new Uint8Array(fragLength);
    let filled = 0;
    while (filled < fragLength) {
      const c = this.chunks[0]!;
      const take = Math.min(c.length - this.head, fragLength - filled);
      out.set(c.subarray(this.head, this.head + take), filled);
      filled += take;
      this.head += take;
      if (this.head === c.length) {
        this.chunks.shift();
        this.head = 0;
      }
    }
    return out;
  }

  /** Makes chunks[0] hold at least a whole header so it can be parsed in place. */
  private coalesceHeader(): void {
    const out = new Uint8Array(Math.min(this.buffered, 64));
    let filled = 0;
    while (filled < out.length) {
      const c = this.chunks[0]!;
      const take = Math.min(c.length - this.head, out.length - filled);
      out.set(c.subarray(this.head, this.head + take), filled);
      filled += take;
      this.head += take;
      if (this.head === c.length) {
        this.chunks.shift();
        this.head = 0;
      }
    }
    if (this.head > 0) {
      this.chunks[0] = this.chunks[0]!.subarray(this.head);
      this.head = 0;
    }
    this.chunks.unshift(out);
  }
}
