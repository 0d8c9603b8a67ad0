/**
 * What the CLI tells a human when something fails: one line on stderr, never a stack trace, and an
 * exit code scripts can branch on.
 */
import { ConfigError } from '../host/config.js';
import { BindingError } from '../rpc/binding.js';
import { statusName } from '../errors/status.js';
import { RpcFault } from '../rpc/types.js';
import { TransportError } from '../transport/tcp.js';
import { EpmError } from '../interfaces/epm/client.js';

export const ExitCode = {
  OK: 0,
  /** The operation failed (network, server status, port in use). */
  FAILURE: 1,
  /** The command line or the config file is wrong. */
  USAGE: 2,
} as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function describeError(err: unknown): { message: string; code: number } {
  if (err instanceof UsageError || err instanceof ConfigError || err instanceof BindingError) {
    return { message: err.message, code: ExitCode.USAGE };
  }
  if (err instanceof RpcFault)
    return { message: `RPC fault ${statusName(err.status)}`, code: ExitCode.FAILURE };
  if (err instanceof EpmError || err instanceof TransportError)
    return { message: err.message, code: ExitCode.FAILURE };
  if (err instanceof Error) return { message: err.message, code: ExitCode.FAILURE };
  return { message: String(err), code: ExitCode.FAILURE };
}
