/**
 * Cluster registry batch update notification ports ([MS-CMRP] 3.1.1.8.1): per-client FIFO queues of
 * CLUSTER_REG_BATCH_UPDATE buffers, one per batch applied with ApiExecuteBatch, read by blocking
 * ApiGetBatchNotification calls that wake on a new entry or on the port's close.
 */
import type { BatchEntry } from './batch.js';
import { encodeBatch } from './batch.js';

/** A port keeps at most this many undelivered batches; older ones are dropped first. */
export const MAX_QUEUED_BATCHES = 256;

export class BatchPort {
  private readonly queue: Uint8Array[] = [];
  private readonly waiters: ((v: Uint8Array | undefined) => void)[] = [];
  private isClosed = false;

  constructor(private readonly onClose: (p: BatchPort) => void) {}

  get closed(): boolean {
    return this.isClosed;
  }

  get queued(): number {
    return this.queue.length;
  }

  push(buffer: Uint8Array): void {
    if (this.isClosed) return;
    const w = this.waiters.shift();
    if (w) {
      w(buffer);
      return;
    }
    if (this.queue.length >= MAX_QUEUED_BATCHES) this.queue.shift();
    this.queue.push(buffer);
  }

  /**
   * The next queued batch; waits for one. Resolves undefined when the port is closed or `signal`
   * aborts (the call was cancelled or its connection ended).
   */
  next(signal?: AbortSignal): Promise<Uint8Array | undefined> {
    const head = this.queue.shift();
    if (head) return Promise.resolve(head);
    if (this.isClosed || signal?.aborted) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const done = (v: Uint8Array | undefined): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve(v);
      };
      const onAbort = (): void => {
        const i = this.waiters.indexOf(done);
        if (i >= 0) this.waiters.splice(i, 1);
        done(undefined);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(done);
    });
  }

  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.queue.length = 0;
    for (const w of this.waiters.splice(0)) w(undefined);
    this.onClose(this);
  }
}

/** All open ports of one registry; a committed batch goes to each of them. */
export class BatchPortHub {
  private readonly ports = new Set<BatchPort>();

  open(): BatchPort {
    const p = new BatchPort((q) => this.ports.delete(q));
    this.ports.add(p);
    return p;
  }

  get size(): number {
    return this.ports.size;
  }

  publish(notes: readonly BatchEntry[]): void {
    if (notes.length === 0 || this.ports.size === 0) return;
    const buffer = encodeBatch(notes);
    for (const p of this.ports) p.push(buffer);
  }
}
