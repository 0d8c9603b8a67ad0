/**
 * One open named pipe: a Duplex handed to the RPC core (what the client WRITEs arrives as its
 * readable side; what the core writes waits here for the client's READ). Data the core writes is
 * kept as messages, so a READ smaller than a message gets STATUS_BUFFER_OVERFLOW and the rest
 * stays for the next READ, as a message-mode pipe behaves.
 */
import { Duplex } from 'node:stream';

export interface PipeRead {
  readonly data: Uint8Array;
  /** True when the message had more bytes than were asked for. */
  readonly overflow: boolean;
}

type Waiter = (r: PipeRead | undefined) => void;

export class PipeEnd {
  readonly stream: Duplex;
  private messages: Buffer[] = [];
  private queued = 0;
  private waiters: { max: number; resolve: Waiter }[] = [];
  private blockedWrite: (() => void) | undefined;
  private closed = false;

  constructor(private readonly maxQueued: number) {
    this.stream = new Duplex({
      read: () => {
        /* data is pushed as the client writes it */
      },
      write: (chunk: Buffer, _enc, cb) => this.enqueue(chunk, cb),
      final: (cb) => {
        this.end();
        cb();
      },
      destroy: (err, cb) => {
        this.end();
        cb(err);
      },
    });
    this.stream.on('error', () => undefined);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Client data for the RPC core. 'full' when the core has left too much unread (it stops reading
   * while the client does not collect its responses), so a client cannot grow the buffer forever.
   */
  write(data: Uint8Array): 'ok' | 'closed' | 'full' {
    if (this.closed) return 'closed';
    if (this.stream.readableLength + data.length > this.maxQueued) return 'full';
    this.stream.push(Buffer.from(data));
    return 'ok';
  }

  /** Resolves with data as soon as some is there; undefined when the pipe ends first. */
  read(max: number): Promise<PipeRead | undefined> {
    const now = this.tryRead(max);
    if (now || this.closed) return Promise.resolve(now);
    return new Promise((resolve) => this.waiters.push({ max, resolve }));
  }

  /** A read that never waits (undefined when nothing is queued). */
  tryRead(max: number): PipeRead | undefined {
    const head = this.messages[0];
    if (!head) return undefined;
    if (head.length <= max) {
      this.messages.shift();
      this.dequeued(head.length);
      return { data: head, overflow: false };
    }
    this.messages[0] = head.subarray(max);
    this.dequeued(max);
    return { data: head.subarray(0, max), overflow: true };
  }

  /** Gives up a waiting read (CANCEL); true when one was waiting. */
  cancelRead(resolve: Waiter): boolean {
    const i = this.waiters.findIndex((w) => w.resolve === resolve);
    if (i < 0) return false;
    this.waiters.splice(i, 1);
    return true;
  }

  /** Like read(), but exposes the waiter so it can be cancelled. */
  readCancellable(max: number): { promise: Promise<PipeRead | undefined>; cancel: () => boolean } {
    let waiter: Waiter | undefined;
    const promise = new Promise<PipeRead | undefined>((resolve) => {
      const now = this.tryRead(max);
      if (now || this.closed) {
        resolve(now);
        return;
      }
      waiter = resolve;
      this.waiters.push({ max, resolve });
    });
    return {
      promise,
      cancel: () => (waiter ? this.cancelRead(waiter) : false),
    };
  }

  close(): void {
    if (this.closed) return;
    this.end();
    this.stream.push(null);
    this.stream.destroy();
  }

  private enqueue(chunk: Buffer, cb: () => void): void {
    if (this.closed) {
      cb();
      return;
    }
    const w = this.waiters.shift();
    if (w) {
      const data = chunk.length <= w.max ? chunk : chunk.subarray(0, w.max);
      if (chunk.length > w.max) {
        this.messages.push(chunk.subarray(w.max));
        this.queued += chunk.length - w.max;
      }
      w.resolve({ data, overflow: chunk.length > w.max });
    } else {
      this.messages.push(chunk);
      this.queued += chunk.length;
    }
    // Backpressure: the core waits while the client has not read what is already queued.
    if (this.queued > this.maxQueued) this.blockedWrite = cb;
    else cb();
  }

  private dequeued(n: number): void {
    this.queued -= n;
    if (this.blockedWrite && this.queued <= this.maxQueued) {
      const cb = this.blockedWrite;
      this.blockedWrite = undefined;
      cb();
    }
  }

  private end(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.resolve(undefined);
    const cb = this.blockedWrite;
    this.blockedWrite = undefined;
    cb?.();
  }
}
