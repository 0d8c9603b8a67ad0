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
  | { readonly type: 'quorum'; readonly resourceId: string | null };

export type ClusterListener = (event: ClusterEvent) => void;
