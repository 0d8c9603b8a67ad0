/**
 * Per-resource storage state the object documents do not carry: whether a disk's volumes are
 * cluster shared volumes and each volume's modes ([MS-CMRP] 3.1.1.4), and the disk maintenance
 * mode with its extended type (3.1.4.3.1.43, 2.2.3.15). Kept as one JSON document per resource id.
 */

import { Win32 } from '../../errors/status.js';
import { ClusterError } from './errors.js';
import { foldName } from './names.js';

export const STORAGE_COLLECTION = 'cluster.storage';

/** szVolumeFriendlyName is a 520-byte field: 259 characters and the terminator (2.2.3.18). */
export const MAX_VOLUME_NAME = 259;

export interface CsvVolume {
  readonly friendlyName: string;
  /** The volume identifier as a GUID string without braces. */
  readonly guid: string;
  readonly partition: number;
  /** Volume maintenance mode (nonvolatile). */
  readonly maintenance: boolean;
  /** Redirected mode (nonvolatile); absent in documents written before it existed. */
  readonly redirected?: boolean;
  /** Backup mode (volatile, 3.1.1.4): never stored, filled in from memory when read. */
  readonly backup: boolean;
}

export interface DiskMaintenance {
  readonly inMaintenance: boolean;
  /** MAINTENANCE_MODE_TYPE (2.2.2.6) of the last extended request; 0 after a simple one. */
  readonly type: number;
}

export interface StorageState {
  /** ResourceSharedVolumes (3.1.1.4). */
  readonly sharedVolumes: boolean;
  readonly volumes: readonly CsvVolume[];
  /** The group the disk came from, where disabling CSV returns it. */
  readonly previousGroupId: string;
  readonly maintenance: DiskMaintenance;
}

export const EMPTY_STORAGE_STATE: StorageState = {
  sharedVolumes: false,
  volumes: [],
  previousGroupId: '',
  maintenance: { inMaintenance: false, type: 0 },
};

/** A stored document as StorageState; anything missing (or no document) reads as the initial state. */
export function normalizeStorage(doc: unknown): StorageState {
  if (!doc || typeof doc !== 'object') return EMPTY_STORAGE_STATE;
  const d = doc as Partial<StorageState>;
  return {
    sharedVolumes: d.sharedVolumes === true,
    volumes: Array.isArray(d.volumes) ? d.volumes.map((v) => ({ ...v, backup: false })) : [],
    previousGroupId: typeof d.previousGroupId === 'string' ? d.previousGroupId : '',
    maintenance: d.maintenance ?? EMPTY_STORAGE_STATE.maintenance,
  };
}

/** The volume GUID path Windows reports for a volume: `\\?\Volume{…}\` (2.2.3.18 szVolumeName). */
export function csvVolumeGuidName(guid: string): string {
  return `\\\\?\\Volume{${guid}}\\`;
}

/**
 * A CSV of the resource by friendly name or by volume GUID name (with or without the trailing
 * backslash), as CLUS_CSV_MAINTENANCE_MODE_INFO.VolumeName allows (2.2.3.19); ERROR_NOT_FOUND otherwise.
 */
export function findCsvVolume(volumes: readonly CsvVolume[], name: string): CsvVolume {
  const key = foldName(name);
  const v = volumes.find(
    (x) =>
      foldName(x.friendlyName) === key ||
      foldName(csvVolumeGuidName(x.guid)) === key ||
      foldName(csvVolumeGuidName(x.guid).slice(0, -1)) === key,
  );
  if (!v) throw new ClusterError(Win32.ERROR_NOT_FOUND, name);
  return v;
}
