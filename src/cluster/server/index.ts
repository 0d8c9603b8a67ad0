/**
 * The ClusAPI v3 server: every implemented method family over one cluster model. Methods not
 * listed here (registry, notifications, group sets, …) answer the generated
 * not-implemented status.
 */
import { controlHandlers } from '../controls/handlers.js';
import type { ClusterServerEnv } from './call.js';
import { clusterHandlers } from './cluster-handlers.js';
import { batchHandlers } from './batch-handlers.js';
import { groupHandlers } from './group-handlers.js';
import { groupSetHandlers } from './groupset-handlers.js';
import { miscHandlers } from './misc-handlers.js';
import { networkHandlers } from './network-handlers.js';
import { nodeHandlers } from './node-handlers.js';
import { notifyHandlers } from './notify-handlers.js';
import { propertyEnumHandlers } from './property-enums.js';
import { registryHandlers } from './registry-handlers.js';
import { resourceHandlers } from './resource-handlers.js';
import { resourceTypeHandlers } from './restype-handlers.js';

export type { ClusterServerEnv, MethodRule } from './call.js';
export { HandleKind, type ObjectHandle } from './handles.js';

export type ClusterHandlers = ReturnType<typeof clusterHandlers> &
  ReturnType<typeof nodeHandlers> &
  ReturnType<typeof groupHandlers> &
  ReturnType<typeof resourceHandlers> &
  ReturnType<typeof resourceTypeHandlers> &
  ReturnType<typeof networkHandlers> &
  ReturnType<typeof propertyEnumHandlers> &
  ReturnType<typeof groupSetHandlers> &
  ReturnType<typeof miscHandlers> &
  ReturnType<typeof registryHandlers> &
  ReturnType<typeof batchHandlers> &
  ReturnType<typeof notifyHandlers> &
  ReturnType<typeof controlHandlers>;

/** Every implemented method; assignable to `Partial<Clusapi3Handlers>`. */
export function createClusterHandlers(env: ClusterServerEnv): ClusterHandlers {
  return {
    ...clusterHandlers(env),
    ...nodeHandlers(env),
    ...groupHandlers(env),
    ...resourceHandlers(env),
    ...resourceTypeHandlers(env),
    ...networkHandlers(env),
    ...propertyEnumHandlers(env),
    ...controlHandlers(env),
    ...registryHandlers(env),
    ...batchHandlers(env),
    ...groupSetHandlers(env),
    ...miscHandlers(env),
    ...notifyHandlers(env),
  };
}
