/**
 * Direct-TCP SMB transport framing ([MS-SMB2] 2.1): each message is preceded by a zero byte and a
 * 24-bit big-endian length. Frames above `maxFrame` are refused before anything is buffered for them.
 */

export class FrameTooLarge extends Error {
  constructor(readonly length: number) {
    super(`SMB frame of ${length} bytes exceeds the limit`);
    this.name = 'FrameTooLarge';
  }
}

export class NetbiosDeframer {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxFrame: number) {}

  /** Feeds bytes; returns every complete frame. Throws FrameTooLarge on an oversized or non-session frame. */
  push(data: Uint8Array): Uint8Array[] {
    this.chunks.push(Buffer.from(data.buffer, data.byteOffset, data.length));
    this.buffered += data.length;
    const out: Uint8Array[] = [];
    for (;;) {
      if (this.buffered < 4) break;
      const head = this.peek(4);
      const length = head.readUInt32BE(0);
      // The top byte is the NetBIOS message type: only session messages (0) carry SMB.
      if (length > this.maxFrame) throw new FrameTooLarge(length);
      if (this.buffered < 4 + length) break;
      const all = this.take(4 + length);
      out.push(new Uint8Array(all.buffer, all.byteOffset + 4, length));
    }
    return out;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0]!.length >= n) return this.chunks[0]!;
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined;
  }

  private take(n: number): Buffer {
    const joined = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const head = Buffer.from(joined.subarray(0, n));
    const rest = joined.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered -= n;
    return head;
  }
}

export function frame(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + payload.length);
  out.writeUInt32BE(payload.length, 0);
  out.set(payload, 4);
  return out;
}
