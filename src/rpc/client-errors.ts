/**
 * Errors the RPC client raises besides RpcFault (which carries a server-sent status).
 */
import { BindNakReason, ProviderReason } from '../errors/status.js';

function reverse(table: Readonly<Record<string, number>>): Map<number, string> {
  const m = new Map<number, string>();
  for (const [k, v] of Object.entries(table)) if (!m.has(v)) m.set(v, k);
  return m;
}
const nakNames = reverse(BindNakReason);
const providerNames = reverse(ProviderReason);

export function bindNakReasonName(reason: number): string {
  return `${nakNames.get(reason) ?? 'unknown reason'} (${reason})`;
}
export function providerReasonName(reason: number): string {
  return `${providerNames.get(reason) ?? 'unknown reason'} (${reason})`;
}

/**
 * The server refused a presentation context: `nak` = bind_nak (whole bind refused, `reason` is a
 * BindNakReason); `rejected` = bind_ack/alter_context_resp rejected every offered transfer syntax
 * (`reason` is a ProviderReason, `result` the ContextResult).
 */
export class BindError extends Error {
  constructor(
    readonly kind: 'nak' | 'rejected',
    readonly reason: number,
    message: string,
    readonly result?: number,
  ) {
    super(message);
    this.name = 'BindError';
  }
}

export type ConnectionErrorCode = 'closed' | 'protocol' | 'transport' | 'limit' | 'security';

/**
 * The connection can no longer carry calls: the peer closed it, it broke, the server sent something
 * malformed, or the client closed it. Every call pending at that moment rejects with this.
 */
export class ConnectionError extends Error {
  constructor(
    readonly code: ConnectionErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ConnectionError';
  }
}

/** The caller aborted the call through its AbortSignal. `name` is 'AbortError' as with fetch(). */
export class CallAbortedError extends Error {
  constructor(
    readonly callId: number,
    options?: { cause?: unknown },
  ) {
    super(`RPC call ${callId} aborted`, options);
    this.name = 'AbortError';
  }
}

/** The response stub grew past the client's maxResponseBytes; the rest of it is discarded. */
export class ResponseTooLargeError extends Error {
  constructor(
    readonly callId: number,
    readonly limit: number,
  ) {
    super(`response to call ${callId} exceeds the ${limit}-byte limit`);
    this.name = 'ResponseTooLargeError';
  }
}

/** The security context could not be established (provider refused, or the server's legs were wrong). */
export class AuthenticationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuthenticationError';
  }
}
