/**
 * The cluster registry of a cluster model: one per model, opened on the model's store and kept in
 * line with the model's objects. Handler families and the notification ports share it.
 */
import type { ClusterModel } from '../model/cluster-model.js';
import { mirrorModel } from './mirror.js';
import type { ClusterRegistryOptions } from './registry.js';
import { ClusterRegistry } from './registry.js';

export type { RegistryChange, RegistryChangeKind, RegistryListener, RegistryEventSource } from './events.js';
export { ClusterRegistry, Disposition, RegType, REGISTRY_COLLECTION, toFiletime } from './registry.js';
export type { KeyInfo, RegValue, RegistryLimits } from './registry.js';
export { ObjectKeys, reconcile } from './mirror.js';

const registries = new WeakMap<ClusterModel, ClusterRegistry>();

/**
 * The registry of `model`, opened (and reconciled with the model) on first use. `options` apply only
 * to that first open.
 */
export function registryFor(model: ClusterModel, options: ClusterRegistryOptions = {}): ClusterRegistry {
  let reg = registries.get(model);
  if (!reg) {
    reg = ClusterRegistry.open(model.store, options);
    mirrorModel(reg, model);
    registries.set(model, reg);
  }
  return reg;
}
