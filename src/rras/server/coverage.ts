/**
 * What the DIMSVC and RASRPC coverage tables are computed from: the handler objects the running
 * server dispatches to, and the refusal records declared with the handlers that refuse by spec.
 * The handlers are closures over their environment and touch it only when called, so a handler
 * object built without a backend still names every method it answers.
 */
import type { RefusalRecord } from '../../interfaces/coverage.js';
import { createDimsvcHandlers, DIMSVC_REFUSAL_RECORDS } from './index.js';
import { createRasrpcHandlers } from './rasrpc-handlers.js';

export function dimsvcHandlerObject(): object {
  return createDimsvcHandlers({ backend: null as never });
}

export function rasrpcHandlerObject(): object {
  return createRasrpcHandlers({ backend: null as never });
}

export const DIMSVC_COVERAGE_REFUSALS: readonly RefusalRecord[] = DIMSVC_REFUSAL_RECORDS;

/** Every RASRPC method used on the wire does its work; none refuses by spec. */
export const RASRPC_COVERAGE_REFUSALS: readonly RefusalRecord[] = [];
