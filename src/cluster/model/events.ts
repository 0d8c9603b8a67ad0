/** Typed change events the model emits after each committed change (notifications build on these). */
import type { ObjectKind } from './types.js';

export type ClusterEvent =
  | {
      readonly type: 'added' | 'deleted';
      readonly object: ObjectKind;
      readonly id: string;
      readonly name: string;
    }
  | {
      readonly type: 'renamed';
      readonly object: ObjectKind;
      readonly id: string;
      readonly name: string;
      readonly oldName: string;
    }
  | {
      readonly type: 'state';
      readonly object: 'node' | 'group' | 'resource' | 'network' | 'netInterface';
      readonly id: string;
      readonly name: string;
      readonly state: number;
      readonly previous: number;
    }
  | {
      readonly type: 'property';
      readonly object: ObjectKind;
      readonly id: string;
      readonly name: string;
      readonly scope: 'common' | 'private';
      readonly properties: readonly string[];
    }
  | { readonly type: 'group-owner'; readonly id: string; readonly name: string; readonly nodeId: string }
  | { readonly type: 'resource-group'; readonly id: string; readonly name: string; readonly groupId: string }
  | { readonly type: 'dependencies' | 'possible-owners'; readonly id: string; readonly name: string }
  | { readonly type: 'preferred-owners'; readonly id: string; readonly name: string }
  | { readonly type: 'quorum'; readonly resourceId: string | null }
  /**
   * Group-set changes, one per CLUSTER_CHANGE_GROUPSET_V2 flag they map to ([MS-CMRP] 2.2.2.24):
   * `groupId` names the group added or removed, `properties` the common properties changed.
   */
  | {
      readonly type: 'groupset';
      readonly change: 'added' | 'deleted' | 'group-added' | 'group-removed' | 'dependencies' | 'property';
      readonly id: string;
      readonly name: string;
      readonly groupId?: string;
      readonly properties?: readonly string[];
    }
  /** A group's provider groups or provider group set changed (ApiSetGroupDependencyExpression & co.). */
  | { readonly type: 'group-dependencies'; readonly id: string; readonly name: string };

export type ClusterListener = (event: ClusterEvent) => void;
