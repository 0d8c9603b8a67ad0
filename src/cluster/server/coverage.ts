/**
 * What the ClusAPI v3 coverage table is computed from: the handler object `createClusterHandlers`
 * builds and every refusal record of its handler families.
 */
import { Win32 } from '../../errors/status.js';
import type { RefusalRecord } from '../../interfaces/coverage.js';
import { createDemoCluster } from '../model/demo.js';
import { MemoryStore } from '../../store/memory-store.js';
import { createClusterHandlers } from './index.js';
import { MISC_REFUSALS } from './misc-handlers.js';

/**
 * Stubs of the part-1 families that refuse as 3.1.4.2.5 and .87 require. They are listed here
 * rather than next to their handlers only because those files belong to another change; each
 * record names the handler's own spec text.
 */
const PART1_REFUSALS: readonly RefusalRecord[] = [
  {
    method: 'ApiGetClusterVersion',
    section: '3.1.4.2.5',
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    reason: 'v3 servers MUST fail it; clients use ApiGetClusterVersion2',
  },
  {
    method: 'ApiSetNetworkPriorityOrder',
    section: '3.1.4.2.87',
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    reason: 'v3 servers MUST fail it',
  },
];

/** Every ClusAPI v3 handler that refuses by spec. Families add their records to this list. */
export const CLUSAPI3_REFUSALS: readonly RefusalRecord[] = [...PART1_REFUSALS, ...MISC_REFUSALS];

/** The handler object a running server uses, built over a throwaway in-memory demo cluster. */
export function clusapi3HandlerObject(): object {
  const model = createDemoCluster(new MemoryStore());
  return createClusterHandlers({
    model,
    serverState: () => 'readWrite',
    entitlement: () => ({ all: true, read: true, backupPrivilege: false }),
  });
}
