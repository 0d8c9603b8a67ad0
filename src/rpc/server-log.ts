/**
 * The logging surface the RPC server core uses: any pino-compatible logger fits, and nothing in
 * this layer depends on pino itself.
 */
export type LogFn = (objOrMsg: unknown, msg?: string) => void;

export interface RpcLogger {
  readonly debug: LogFn;
  readonly info: LogFn;
  readonly warn: LogFn;
  readonly error: LogFn;
}

const noop: LogFn = () => {};

export const silentLogger: RpcLogger = { debug: noop, info: noop, warn: noop, error: noop };
