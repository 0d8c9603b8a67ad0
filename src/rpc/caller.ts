/**
 * What a generated client needs from the runtime: something that sends one request stub for an
 * opnum over an established binding and returns the response stub. The RPC client (or a test's
 * in-process loop) provides it; generated `*Client` classes only marshal.
 */
import type { TransferSyntax } from './types.js';

export interface RpcCaller {
  /** The transfer syntax negotiated for this binding: request and response stubs use it. */
  readonly syntax: TransferSyntax;
  /** Sends `stub` as a request for `opnum`; resolves with the response stub, rejects with RpcFault on a fault. */
  call(opnum: number, stub: Uint8Array): Promise<Uint8Array>;
}
