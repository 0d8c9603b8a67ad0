/**
 * The DIMSVC server (MS-RRASM 3.1.4): all 53 methods over one RRAS backend, by family. Each handler
 * runs the 2.1.1.1 administrators check first (ERROR_ACCESS_DENIED as the return value), then its
 * section's rules, then the backend ("Invoke DIMSVC").
 */
import { statusName, Win32 } from '../../errors/status.js';
import type { RefusalRecord } from '../../interfaces/coverage.js';
import { DimsvcOpnums, type DimsvcHandlers } from '../../interfaces/dimsvc/dimsvc.gen.js';
import type { DimsvcEnv } from './call.js';
import { connectionHandlers } from './connection-handlers.js';
import { deviceHandlers } from './device-handlers.js';
import { interfaceHandlers } from './interface-handlers.js';
import { mibHandlers } from './mib-handlers.js';
import { portHandlers } from './port-handlers.js';
import { serverHandlers } from './server-handlers.js';
import { transportHandlers } from './transport-handlers.js';

export type { DimsvcEnv, MethodRule } from './call.js';
export { RrasCallError } from './call.js';
export { isLanOnlyRouter, RouterTypeFlag } from './access.js';

export type DimsvcServerHandlers = ReturnType<typeof serverHandlers> &
  ReturnType<typeof portHandlers> &
  ReturnType<typeof connectionHandlers> &
  ReturnType<typeof interfaceHandlers> &
  ReturnType<typeof deviceHandlers> &
  ReturnType<typeof transportHandlers> &
  ReturnType<typeof mibHandlers>;

/** Every DIMSVC method; assignable to `DimsvcHandlers` (the compiler checks none is missing). */
export function createDimsvcHandlers(env: DimsvcEnv): DimsvcServerHandlers {
  const handlers = {
    ...serverHandlers(env),
    ...portHandlers(env),
    ...connectionHandlers(env),
    ...interfaceHandlers(env),
    ...deviceHandlers(env),
    ...transportHandlers(env),
    ...mibHandlers(env),
  } satisfies DimsvcHandlers;
  return handlers;
}

/**
 * Methods whose section leaves a remote caller nothing to succeed at, and the status they answer
 * after the access and parameter checks (the coverage table's "refuses-by-spec" rows).
 */
export const DIMSVC_REFUSAL_RECORDS: readonly RefusalRecord[] = [
  {
    method: 'RMIBGetTrapInfo',
    section: '3.1.4.33',
    status: Win32.ERROR_NOT_SUPPORTED,
    reason: '"This method cannot be called remotely"',
  },
  {
    method: 'RMIBSetTrapInfo',
    section: '3.1.4.34',
    status: Win32.ERROR_INVALID_PARAMETER,
    reason: 'hEvent must be an event of a process on the server',
  },
  {
    method: 'RRasAdminConnectionNotification',
    section: '3.1.4.35',
    status: Win32.ERROR_INVALID_PARAMETER,
    reason: 'hEventNotification must be an event of a process on the server',
  },
];

/** The same records with the status by name (kept for existing readers). */
export const DIMSVC_REFUSALS: readonly { method: keyof DimsvcHandlers; section: string; status: string }[] =
  DIMSVC_REFUSAL_RECORDS.map((r) => ({
    method: r.method as keyof DimsvcHandlers,
    section: r.section,
    status: statusName(r.status).replace(/ \(0x[0-9a-f]+\)$/, ''),
  }));

export interface DimsvcCoverageRow {
  readonly opnum: number;
  readonly method: string;
  /** `MS-RRASM 3.1.4.n`. */
  readonly section: string;
  readonly implemented: boolean;
  /** Set when the method answers a fixed refusal for remote callers (see DIMSVC_REFUSALS). */
  readonly refusal?: string;
}

/** Method → implemented, from the generated opnum table and the handler object itself. */
export function dimsvcCoverage(
  handlers: object = createDimsvcHandlers({ backend: null as never }),
): DimsvcCoverageRow[] {
  return DimsvcOpnums.ops.map((op) => {
    const refusal = DIMSVC_REFUSALS.find((r) => r.method === op.name);
    return {
      opnum: op.opnum,
      method: op.name,
      section: `MS-RRASM 3.1.4.${op.opnum + 1}`,
      implemented: typeof (handlers as Record<string, unknown>)[op.name] === 'function',
      ...(refusal ? { refusal: `${refusal.status} (§${refusal.section})` } : {}),
    };
  });
}
