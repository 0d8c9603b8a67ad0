/**
 * Structured JSON logs (pino); human-readable text through pino-pretty when stdout is a terminal.
 */
import { pino } from 'pino';
import type { Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.js';

export function createLogger(level: LogLevel, opts: { pretty?: boolean } = {}): Logger {
  const usePretty = opts.pretty ?? process.stdout.isTTY === true;
  if (usePretty) {
    // A synchronous stream, not a worker transport: lines must be out before a signal exit.
    return pino({ level, base: { pid: process.pid } }, pretty({ colorize: true, sync: true }));
  }
  return pino({ level }, pino.destination({ dest: 1, sync: true }));
}
