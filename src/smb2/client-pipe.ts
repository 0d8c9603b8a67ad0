/**
 * A named pipe opened through Smb2Client as a byte-stream Duplex: writes become SMB2 WRITEs; while
 * someone reads, one READ is kept outstanding (the server parks it as STATUS_PENDING until the
 * pipe has data), and message-mode STATUS_BUFFER_OVERFLOW just means "read again".
 */
import { Duplex } from 'node:stream';
import { SmbStatus } from '../errors/status.js';
import type { Smb2Client } from './client.js';

/** Statuses that mean the other end went away rather than that something broke. */
const END_OF_PIPE: ReadonlySet<number> = new Set([
  SmbStatus.STATUS_PIPE_BROKEN,
  SmbStatus.STATUS_PIPE_DISCONNECTED,
  SmbStatus.STATUS_FILE_CLOSED,
  SmbStatus.STATUS_END_OF_FILE,
  SmbStatus.STATUS_CANCELLED,
]);

export class Smb2PipeStream extends Duplex {
  private reading = false;
  private readMessageId: bigint | undefined;
  private closing = false;

  constructor(
    private readonly client: Smb2Client,
    readonly treeId: number,
    readonly fileId: Uint8Array,
    /** `\PIPE\name`, as RPC reports the endpoint. */
    readonly pipeName: string,
  ) {
    super({ allowHalfOpen: false });
  }

  /**
   * One request message in, its whole reply message out (FSCTL_PIPE_TRANSCEIVE). Do not mix
   * with stream reads on the same pipe: an outstanding READ could take the reply.
   */
  transceive(data: Uint8Array): Promise<Buffer> {
    return this.client.transceive(this.treeId, this.fileId, data);
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.client.write(this.treeId, this.fileId, chunk).then(
      () => cb(),
      (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
    );
  }

  override _read(): void {
    if (this.reading || this.closing) return;
    this.reading = true;
    void this.readLoop();
  }

  private async readLoop(): Promise<void> {
    try {
      for (;;) {
        const { data } = await this.client.read(this.treeId, this.fileId, (id) => (this.readMessageId = id));
        this.readMessageId = undefined;
        if (this.closing) return;
        if (data.length > 0 && !this.push(data)) break;
      }
      this.reading = false;
    } catch (err) {
      this.readMessageId = undefined;
      this.reading = false;
      if (this.closing) return;
      const status = (err as { status?: unknown }).status;
      if (typeof status === 'number' && END_OF_PIPE.has(status)) this.push(null);
      else this.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /** A named pipe has no half-close: ending our side closes the open. */
  override _final(cb: (err?: Error | null) => void): void {
    cb();
    this.destroy();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.closing = true;
    if (this.readMessageId !== undefined) this.client.cancel(this.readMessageId);
    this.client.closeFile(this.treeId, this.fileId).then(
      () => cb(err),
      () => cb(err),
    );
  }
}
