/** The ClusAPI SDK: `Cluster.connect(host, creds)` and typed objects over the generated client. */
export * from './cluster.js';
export { ClusterApiError } from './errors.js';
export { ClusterGroupSets, type GroupPlacement, type GroupSetInfo } from './group-sets.js';
export {
  ClusterRegistryClient,
  RegValueError,
  type RegData,
  type RegKeyListing,
  type RegValueInfo,
} from './registry.js';
export {
  NotificationStream,
  decodeNotification,
  type ClusterNotification,
  type WatchFilter,
  type WatchObjectKind,
} from './notifications.js';
export { PropertyValueError, type Properties, type PropertyValue } from './properties.js';
export type {
  GroupStateName,
  NetInterfaceStateName,
  NetworkStateName,
  NodeStateName,
  ResourceStateName,
} from './states.js';
