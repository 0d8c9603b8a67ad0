/**
 * The first-in, first-out queue behind a notification port ([MS-CMRP] 3.1.1.8) with the blocking
 * reads ApiGetNotify, ApiGetNotifyV2 and ApiGetNotifyAsync need: a read waits until an indication
 * is queued, the port is unblocked (ApiUnblockGetNotifyCall) or closed (ApiCloseNotify, rundown),
 * or the call itself is abandoned (connection loss, cancel).
 *
 * Bounded: a port whose client stops reading holds at most `capacity` indications. On overflow the
 * newest queued indication is replaced by a "lost" marker (the caller's CLUSTER_CHANGE_CLUSTER_
 * RECONNECT for version 1, per <80>, or CLUSTER_CHANGE_CLUSTER_LOST_NOTIFICATIONS_V2 for version 2)
 * and later indications are dropped until the client reads, so the client learns exactly where
 * its view became incomplete and memory stays bounded.
 */

export type TakeResult<T> =
  | { readonly status: 'items'; readonly items: T[] }
  /** A read outstanding when the port was unblocked or closed (ERROR_INVALID_FUNCTION). */
  | { readonly status: 'interrupted' }
  /** A read of a port already unblocked (ERROR_NO_MORE_ITEMS: "the port has been closed"). */
  | { readonly status: 'closed' }
  /** The call was abandoned; nobody will read the answer. */
  | { readonly status: 'aborted' };

interface Waiter<T> {
  readonly max: number;
  readonly resolve: (r: TakeResult<T>) => void;
  readonly detach: () => void;
}

export const DEFAULT_QUEUE_CAPACITY = 1024;

export class IndicationQueue<T extends object> {
  private items: T[] = [];
  private readonly markers = new WeakSet<T>();
  private readonly waiters: Waiter<T>[] = [];
  private state: 'open' | 'unblocked' | 'closed' = 'open';
  private lostCount = 0;

  constructor(
    private readonly capacity: number,
    /** Builds the marker that stands for lost indications. */
    private readonly lostMarker: () => T,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be ≥ 1');
  }

  get length(): number {
    return this.items.length;
  }

  /** Indications dropped (or replaced by a marker) because the queue was full. */
  get lost(): number {
    return this.lostCount;
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  get pendingReads(): number {
    return this.waiters.length;
  }

  push(item: T): void {
    if (this.state !== 'open') return;
    if (this.items.length >= this.capacity) {
      this.lostCount++;
      const last = this.items.length - 1;
      if (!this.markerAt(last)) {
        const marker = this.lostMarker();
        this.markers.add(marker);
        this.items[last] = marker;
        this.lostCount++;
      }
      return;
    }
    this.items.push(item);
    this.wake();
  }

  /** Up to `max` queued indications, waiting for the first one if none is queued. */
  take(max: number, signal?: AbortSignal): Promise<TakeResult<T>> {
    if (this.state === 'unblocked') return Promise.resolve({ status: 'closed' });
    if (this.state === 'closed') return Promise.resolve({ status: 'interrupted' });
    if (signal?.aborted) return Promise.resolve({ status: 'aborted' });
    if (this.items.length > 0) return Promise.resolve({ status: 'items', items: this.splice(max) });
    return new Promise<TakeResult<T>>((resolve) => {
      const onAbort = (): void => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve({ status: 'aborted' });
      };
      const waiter: Waiter<T> = {
        max: Math.max(1, max),
        resolve,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  /** ApiUnblockGetNotifyCall: outstanding reads complete, the queue is flushed and later reads find it closed. */
  unblock(): void {
    if (this.state !== 'open') return;
    this.state = 'unblocked';
    this.finish();
  }

  /** ApiCloseNotify or rundown: outstanding reads complete and undelivered indications are flushed. */
  close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.finish();
  }

  private markerAt(i: number): boolean {
    const item = this.items[i];
    return item !== undefined && this.markers.has(item);
  }

  private splice(max: number): T[] {
    return this.items.splice(0, Math.max(1, max));
  }

  private wake(): void {
    while (this.items.length > 0 && this.waiters.length > 0) {
      const w = this.waiters.shift()!;
      w.detach();
      w.resolve({ status: 'items', items: this.splice(w.max) });
    }
  }

  private finish(): void {
    this.items = [];
    for (const w of this.waiters.splice(0)) {
      w.detach();
      w.resolve({ status: 'interrupted' });
    }
  }
}
