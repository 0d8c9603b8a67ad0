/**
 * Change events of the cluster registry, delivered after the change is committed to the store.
 * Notification ports and batch ports subscribe to these.
 */
export type RegistryChangeKind = 'keyCreated' | 'keyDeleted' | 'valueSet' | 'valueDeleted' | 'security';

export type RegistryChange = {
  /** Full path from the root, '\\'-separated; '' is the root key. */
  readonly key: string;
  readonly kind: RegistryChangeKind;
  /** Value name for valueSet/valueDeleted. */
  readonly value?: string;
};

export type RegistryListener = (c: RegistryChange) => void;

/** What notification code needs from the registry. */
export interface RegistryEventSource {
  onChange(l: RegistryListener): () => void;
}
