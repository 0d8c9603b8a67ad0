/**
 * Context handles of one association group ([MS-RPCE] 3.3.1.4.1, 2.2.1.1.4): a random UUID per
 * handle, typed by kind, and rundown of every live handle when the association ends (3.3.3.7.1).
 */
import { randomBytes } from 'node:crypto';
import { Nca } from '../errors/status.js';
import { RpcFault, type ContextHandleBytes, type ContextHandleTable } from './types.js';
import { silentLogger, type RpcLogger } from './server-log.js';

export const CONTEXT_HANDLE_LENGTH = 20;

interface HandleEntry {
  readonly kind: string;
  readonly state: unknown;
  readonly rundown?: (state: unknown) => void;
}

/** The lookup key is the UUID part only; Windows ignores the attributes word on input. */
function keyOf(handle: ContextHandleBytes): string | undefined {
  if (handle.length !== CONTEXT_HANDLE_LENGTH) return undefined;
  return Buffer.from(handle.buffer, handle.byteOffset + 4, 16).toString('hex');
}

export class ContextHandleStore implements ContextHandleTable {
  private readonly entries = new Map<string, HandleEntry>();
  private closed = false;

  constructor(private readonly logger: RpcLogger = silentLogger) {}

  get size(): number {
    return this.entries.size;
  }

  create<T>(kind: string, state: T, rundown?: (state: T) => void): ContextHandleBytes {
    if (this.closed) throw new RpcFault(Nca.nca_s_fault_context_mismatch, 'association already ended');
    for (;;) {
      const handle = new Uint8Array(CONTEXT_HANDLE_LENGTH);
      handle.set(randomBytes(16), 4);
      const key = keyOf(handle) as string;
      // An all-zero UUID would be the NULL handle; a collision is astronomically unlikely but cheap to rule out.
      if (/^0+$/.test(key) || this.entries.has(key)) continue;
      this.entries.set(key, { kind, state, rundown: rundown as ((s: unknown) => void) | undefined });
      return handle;
    }
  }

  lookup<T>(handle: ContextHandleBytes, kind: string): T | undefined {
    const key = keyOf(handle);
    const e = key === undefined ? undefined : this.entries.get(key);
    return e && e.kind === kind ? (e.state as T) : undefined;
  }

  get<T>(handle: ContextHandleBytes, kind: string): T {
    const key = keyOf(handle);
    const e = key === undefined ? undefined : this.entries.get(key);
    if (!e || e.kind !== kind) throw new RpcFault(Nca.nca_s_fault_context_mismatch);
    return e.state as T;
  }

  destroy(handle: ContextHandleBytes): boolean {
    const key = keyOf(handle);
    return key !== undefined && this.entries.delete(key);
  }

  /** Runs every remaining handle's rundown once; later creates fail. Rundown errors are logged. */
  runDown(): void {
    this.closed = true;
    const all = [...this.entries.values()];
    this.entries.clear();
    for (const e of all) {
      if (!e.rundown) continue;
      try {
        e.rundown(e.state);
      } catch (err) {
        this.logger.error({ err, kind: e.kind }, 'context handle rundown failed');
      }
    }
  }
}
