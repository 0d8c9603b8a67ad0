/**
 * The server's view of the credit window ([MS-SMB2] 3.3.1.1): which message ids the client may
 * use. An id outside the window, or one used twice, ends the connection.
 */
export class CreditWindow {
  /** Every id below `low` has been used. */
  private low = 0n;
  /** Ids below `high` have been granted. */
  private high = 1n;
  private readonly used = new Set<bigint>();

  constructor(private readonly maxCredits: number) {}

  /** Credits granted and not yet used. */
  get available(): number {
    return Number(this.high - this.low) - this.used.size;
  }

  /** Consumes `charge` ids starting at `messageId`; false when any is outside the window or reused. */
  consume(messageId: bigint, charge: number): boolean {
    const n = BigInt(Math.max(1, charge));
    if (messageId < this.low || messageId + n > this.high) return false;
    for (let i = 0n; i < n; i++) if (this.used.has(messageId + i)) return false;
    for (let i = 0n; i < n; i++) this.used.add(messageId + i);
    while (this.used.delete(this.low)) this.low++;
    return true;
  }

  /** Grants up to `requested` more credits (at least one when the client would otherwise have none). */
  grant(requested: number): number {
    const room = this.maxCredits - this.available;
    let n = Math.min(Math.max(requested, 1), Math.max(room, 0));
    if (n === 0 && this.available === 0) n = 1;
    this.high += BigInt(n);
    return n;
  }
}
