/**
 * Cluster notifications: one notification service per cluster model, shared by every handler
 * family built on that model (as the registry is, see registry/index.ts).
 */
import type { ClusterModel } from '../model/cluster-model.js';
import type { RegistryEventSource } from '../registry/events.js';
import { NotificationService, type NotificationLimits } from './service.js';

export * from './flags.js';
export type { Changes, V1Change, V1Scope, V2Change } from './indications.js';
export { changesFor } from './indications.js';
export {
  NotifyPort,
  relativeKey,
  type KeyWatch,
  type PortItem,
  type V1Filter,
  type V1Item,
  type V2Filter,
  type V2Item,
} from './port.js';
export { IndicationQueue, DEFAULT_QUEUE_CAPACITY, type TakeResult } from './queue.js';
export { NotificationService, DEFAULT_NOTIFICATION_LIMITS, type NotificationLimits } from './service.js';

const services = new WeakMap<ClusterModel, NotificationService>();

/**
 * The notification service of `model`, created on first use with `registry` as its registry
 * event source; later calls return the same service.
 */
export function notificationsFor(
  model: ClusterModel,
  registry?: RegistryEventSource,
  limits?: Partial<NotificationLimits>,
): NotificationService {
  let s = services.get(model);
  if (!s) {
    s = new NotificationService(model, {
      ...(registry ? { registry } : {}),
      ...(limits ? { limits } : {}),
    });
    services.set(model, s);
  }
  return s;
}
