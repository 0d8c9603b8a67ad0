/** The ClusAPI SDK: `Cluster.connect(host, creds)` and typed objects over the generated client. */
export * from './cluster.js';
export { ClusterApiError } from './errors.js';
export { PropertyValueError, type Properties, type PropertyValue } from './properties.js';
export type {
  GroupStateName,
  NetInterfaceStateName,
  NetworkStateName,
  NodeStateName,
  ResourceStateName,
} from './states.js';
