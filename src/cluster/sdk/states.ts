/**
 * The state enums of the ClusAPI Get*State methods as strings, the form an SDK user reads and a
 * table prints; a value the server invents outside the spec still shows as a number.
 */
import { GroupState, NetInterfaceState, NetworkState, NodeState, ResourceState } from '../model/types.js';

export type NodeStateName = keyof typeof NodeState;
export type GroupStateName = keyof typeof GroupState;
export type ResourceStateName = keyof typeof ResourceState;
export type NetworkStateName = keyof typeof NetworkState;
export type NetInterfaceStateName = keyof typeof NetInterfaceState;

function namer<K extends string>(table: Readonly<Record<K, number>>): (n: number) => K {
  const byValue = new Map<number, K>();
  for (const [k, v] of Object.entries(table) as [K, number][]) byValue.set(v >>> 0, k);
  return (n) => byValue.get(n >>> 0) ?? ('Unknown' as K);
}

export const nodeStateName = namer(NodeState);
export const groupStateName = namer(GroupState);
export const resourceStateName = namer(ResourceState);
export const networkStateName = namer(NetworkState);
export const netInterfaceStateName = namer(NetInterfaceState);
