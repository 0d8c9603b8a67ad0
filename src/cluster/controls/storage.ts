/**
 * Storage, cluster-shared-volume and virtual-machine control codes ([MS-CMRP] 3.1.4.3.1.38-54,
 * 3.1.4.3.2.21-26, 3.1.4.3.7.17) over the model's Physical Disk resources.
 *
 * The model keeps no disk geometry, so every Physical Disk resource stands for one demo disk whose
 * facts are derived from the resource itself: GPT (DiskIdType 1, DiskIdGuid) or MBR
 * (DiskSignature) from its private properties, disk number = its position among Physical Disk
 * resources ordered by id (disk 0 being the system disk), one NTFS partition spanning the disk with
 * the resource id as volume GUID, and an extra partition per volume added by ApiChangeCsvStateEx.
 * Volumes hold no files: only their roots exist, which is what path checks answer against.
 */
import { ClusterStatus, Win32 } from '../../errors/status.js';
import type { ClusterModel } from '../model/cluster-model.js';
import { ClusterError } from '../model/errors.js';
import { foldName } from '../model/names.js';
import type { ClusterResource } from '../model/types.js';
import { ResourceState } from '../model/types.js';
import type { CsvVolume } from '../model/storage-state.js';
import { MAX_VOLUME_NAME, csvVolumeGuidName } from '../model/storage-state.js';
import { ClusPropSyntax, decodeSz, dwordData, encodeMultiSz, encodeSz, encodeValueList } from './clusprop.js';
import type { WireValue } from './clusprop.js';
import { Clctl } from './codes.js';
import type { ControlHandlerDef, ControlOutcome, ControlRequest } from './dispatch.js';

/** CLCTL functions of the codes handled here (a code minus its object byte). */
export const StorageClctl = {
  STORAGE_GET_DISK_INFO: 0x00000191,
  STORAGE_GET_DISK_NUMBER_INFO: 0x000001a1,
  STORAGE_GET_DISKID: 0x00000205,
  STORAGE_GET_AVAILABLE_DISKS: 0x00000195,
  STORAGE_IS_PATH_VALID: 0x00000199,
  QUERY_MAINTENANCE_MODE: 0x000001e1,
  SET_MAINTENANCE_MODE: 0x004001e6,
  STORAGE_GET_DRIVELETTERS: 0x000001ed,
  STORAGE_GET_DISK_INFO_EX: 0x000001f1,
  STORAGE_GET_AVAILABLE_DISKS_EX: 0x000001f5,
  STORAGE_GET_MOUNTPOINTS: 0x00000211,
  STORAGE_GET_DIRTY: 0x00000219,
  STORAGE_GET_SHARED_VOLUME_INFO: 0x00000225,
  GET_SHARED_VOLUME_ID: 0x00000291,
  ENABLE_SHARED_VOLUME_DIRECTIO: 0x0040028a,
  DISABLE_SHARED_VOLUME_DIRECTIO: 0x0040028e,
  SET_SHARED_VOLUME_BACKUP_MODE: 0x0040029a,
} as const;

/** Every demo disk has this many bytes (10 GiB). */
export const DEMO_DISK_BYTES = 10n * 1024n * 1024n * 1024n;
/** Partitions start 1 MiB apart from the disk start as Windows aligns them; each extra one 4 GiB further. */
const FIRST_PARTITION_OFFSET = 1024n * 1024n;
const PARTITION_STRIDE = 4n * 1024n * 1024n * 1024n;
/** Where Windows mounts cluster shared volumes on every node. */
export const CSV_ROOT = 'C:\\ClusterStorage';

/** CLUSPROP_PIFLAG_* (2.2.3.9). */
export const PartitionFlags = {
  STICKY: 0x1,
  REMOVABLE: 0x2,
  USABLE: 0x4,
  DEFAULT_QUORUM: 0x8,
  USABLE_FOR_CSV: 0x10,
} as const;

/** Volume flags NTFS reports (GetVolumeInformation): what dwFileSystemFlags carries. */
const NTFS_FLAGS =
  0x00000001 | // FILE_CASE_SENSITIVE_SEARCH
  0x00000002 | // FILE_CASE_PRESERVED_NAMES
  0x00000004 | // FILE_UNICODE_ON_DISK
  0x00000008 | // FILE_PERSISTENT_ACLS
  0x00000010 | // FILE_FILE_COMPRESSION
  0x00000020 | // FILE_VOLUME_QUOTAS
  0x00000040 | // FILE_SUPPORTS_SPARSE_FILES
  0x00000080 | // FILE_SUPPORTS_REPARSE_POINTS
  0x00010000 | // FILE_SUPPORTS_OBJECT_IDS
  0x00020000 | // FILE_SUPPORTS_ENCRYPTION
  0x00040000; // FILE_NAMED_STREAMS

/** CLUS_MAINTENANCE_MODE_INFO_EX.Signature (2.2.3.15). */
export const MAINTENANCE_MODE_EX_SIGNATURE = 0xabbaf00f;
/** MAINTENANCE_MODE_TYPE (2.2.2.6). */
export const MaintenanceModeType = {
  DisableIsAliveCheck: 1,
  OfflineResource: 2,
  UnclusterResource: 3,
} as const;

const MAINTENANCE_INFO_BYTES = 4;
const MAINTENANCE_INFO_EX_BYTES = 16;
const VOLUME_NAME_FIELD_BYTES = 520;
const CSV_VOLUME_INFO_BYTES = 8 + 4 + 4 + 4 + 520 + 100;
const BACKUP_MODE_BYTES = 4 + 4 + VOLUME_NAME_FIELD_BYTES;
const PARTITION_INFO_BYTES = 4 + 520 + 520 + 4 + 4 + 4 + 64;
const PARTITION_INFO_EX_BYTES = PARTITION_INFO_BYTES + 8 + 8 + 4 + 4 + 16;

const EMPTY = new Uint8Array(0);
const ok = (data: Uint8Array = EMPTY): ControlOutcome => ({ data });
const refuse = (status: number, why: string): never => {
  throw new ClusterError(status, why);
};

// ---------------------------------------------------------------- disk facts

interface DiskFacts {
  readonly resource: ClusterResource;
  readonly number: number;
  readonly gpt: boolean;
  readonly guid: string;
  readonly signature: number;
  readonly partitions: readonly PartitionFacts[];
}

interface PartitionFacts {
  readonly number: number;
  readonly offset: bigint;
  readonly size: bigint;
  readonly volumeGuid: string;
  readonly label: string;
  /** The CSV mount path when the volume is a cluster shared volume. */
  readonly csvPath?: string;
  readonly csv?: CsvVolume;
}

const isPhysicalDisk = (r: ClusterResource): boolean => foldName(r.type) === 'PHYSICAL DISK';

function privateValue(r: ClusterResource, name: string): string | number | undefined {
  const v = Object.entries(r.private).find(([k]) => foldName(k) === foldName(name))?.[1];
  if (v?.type === 'dword' || v?.type === 'sz') return v.value;
  return undefined;
}

/** The disk behind a storage class resource; ERROR_INVALID_FUNCTION for any other class (3.1.4.3.1.38). */
function diskOf(model: ClusterModel, id: string): DiskFacts {
  const resource = model.resource(id);
  if (!isPhysicalDisk(resource))
    refuse(Win32.ERROR_INVALID_FUNCTION, `${resource.name} is not a storage resource`);
  const disks = model
    .resources()
    .filter(isPhysicalDisk)
    .map((r) => r.id)
    .sort();
  const number = disks.indexOf(resource.id) + 1;
  const st = model.storageState(resource.id);
  const csvByPartition = new Map(st.volumes.map((v) => [v.partition, v]));
  const count = Math.max(1, ...st.volumes.map((v) => v.partition));
  const partitions: PartitionFacts[] = [];
  for (let p = 1; p <= count; p++) {
    const offset = FIRST_PARTITION_OFFSET + BigInt(p - 1) * PARTITION_STRIDE;
    const last = p === count;
    const size = last ? DEMO_DISK_BYTES - offset : PARTITION_STRIDE;
    const csv = csvByPartition.get(p);
    partitions.push({
      number: p,
      offset,
      size,
      volumeGuid:
        csv?.guid ?? (p === 1 ? resource.id : `${resource.id.slice(0, -2)}${String(p).padStart(2, '0')}`),
      label: csv?.friendlyName ?? resource.name,
      ...(csv ? { csv, csvPath: `${CSV_ROOT}\\${csv.friendlyName}` } : {}),
    });
  }
  const gpt = privateValue(resource, 'DiskIdType') === 1;
  const guid = String(privateValue(resource, 'DiskIdGuid') ?? '');
  const signature = Number(privateValue(resource, 'DiskSignature') ?? 0) >>> 0;
  return { resource, number, gpt, guid, signature, partitions };
}

// ---------------------------------------------------------------- encoders

/** A fixed-length UTF-16 field: the string, a terminator, zero fill; too long → truncated to fit. */
function fixedString(view: Uint8Array, at: number, bytes: number, s: string): void {
  const chars = Math.min(s.length, bytes / 2 - 1);
  view.fill(0, at, at + bytes);
  Buffer.from(view.buffer, view.byteOffset, view.byteLength).write(s.slice(0, chars), at, 'utf16le');
}

/** Reads a fixed-length UTF-16 field up to its terminator; without one → ERROR_INVALID_PARAMETER. */
function readFixedString(data: Uint8Array, at: number, bytes: number, what: string): string {
  const s = Buffer.from(data.buffer, data.byteOffset + at, bytes).toString('utf16le');
  const end = s.indexOf('\0');
  if (end < 0) refuse(Win32.ERROR_INVALID_PARAMETER, `${what} is not null-terminated`);
  return s.slice(0, end);
}

function serialOf(guid: string): number {
  return Number.parseInt(guid.replace(/[^0-9a-f]/gi, '').slice(0, 8) || '0', 16) >>> 0;
}

/** GUID string → the 16 bytes of its Windows binary layout (first three fields little-endian). */
function guidBytes(guid: string): Uint8Array {
  const hex = guid
    .replace(/[^0-9a-f]/gi, '')
    .padEnd(32, '0')
    .slice(0, 32);
  const b = Buffer.from(hex, 'hex');
  const out = new Uint8Array(16);
  out.set([b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!], 0);
  out.set(b.subarray(8, 16), 8);
  return out;
}

function partitionFlags(p: PartitionFacts): number {
  const quorumSized = p.size >= 50_000_000n ? PartitionFlags.DEFAULT_QUORUM : 0;
  return PartitionFlags.USABLE | PartitionFlags.USABLE_FOR_CSV | quorumSized;
}

/** CLUS_PARTITION_INFO (2.2.3.9); no drive letter, so the device name is "DiskNNNPartitionYYY". */
function partitionInfo(d: DiskFacts, p: PartitionFacts): Uint8Array {
  const out = new Uint8Array(PARTITION_INFO_BYTES);
  const v = new DataView(out.buffer);
  v.setUint32(0, partitionFlags(p), true);
  fixedString(out, 4, 520, `Disk${d.number}Partition${p.number}`);
  fixedString(out, 524, 520, p.label);
  v.setUint32(1044, serialOf(p.volumeGuid), true);
  v.setUint32(1048, 255, true);
  v.setUint32(1052, NTFS_FLAGS, true);
  fixedString(out, 1056, 64, 'NTFS');
  return out;
}

/**
 * CLUS_PARTITION_INFO_EX (2.2.3.11). Online: the volume GUID path (no drive letter); offline: the
 * GLOBALROOT device path, and the remaining fields are left zero as the spec says they are not valid.
 */
function partitionInfoEx(d: DiskFacts, p: PartitionFacts): Uint8Array {
  const out = new Uint8Array(PARTITION_INFO_EX_BYTES);
  const v = new DataView(out.buffer);
  const online = d.resource.state === ResourceState.Online;
  if (!online) {
    fixedString(out, 4, 520, `\\\\?\\GLOBALROOT\\Device\\Harddisk${d.number}\\Partition${p.number}`);
    return out;
  }
  out.set(partitionInfo(d, p));
  fixedString(out, 4, 520, csvVolumeGuidName(p.volumeGuid).slice(0, -1));
  v.setBigUint64(1120, p.size, true);
  v.setBigUint64(1128, p.size, true);
  v.setUint32(1136, d.number, true);
  v.setUint32(1140, p.number, true);
  out.set(guidBytes(p.volumeGuid), 1144);
  return out;
}

function diskIdentity(d: DiskFacts): WireValue {
  return d.gpt
    ? { syntax: ClusPropSyntax.DISK_GUID, data: encodeSz(d.guid) }
    : { syntax: ClusPropSyntax.DISK_SIGNATURE, data: dwordData(d.signature) };
}

/** CLUS_SCSI_ADDRESS (2.2.3.8): port 0, bus 0, target = disk number, LUN 0. */
function scsiAddress(d: DiskFacts): WireValue {
  return { syntax: ClusPropSyntax.SCSI_ADDRESS, data: new Uint8Array([0, 0, d.number & 0xff, 0]) };
}

/**
 * The disk value list of 3.1.4.3.1.38 (`ex` false) or .45 (`ex` true). The PROPERTY_LIST codec
 * caps a property at three values, but a bare value list like this one has no such limit.
 */
function diskInfo(d: DiskFacts, ex: boolean): Uint8Array {
  const values: WireValue[] = [
    diskIdentity(d),
    scsiAddress(d),
    { syntax: ClusPropSyntax.DISK_NUMBER, data: dwordData(d.number) },
  ];
  if (ex) {
    const size = new Uint8Array(8);
    new DataView(size.buffer).setBigUint64(0, DEMO_DISK_BYTES, true);
    values.push({ syntax: ClusPropSyntax.DISK_SIZE, data: size });
  }
  for (const p of d.partitions) {
    values.push(
      ex
        ? { syntax: ClusPropSyntax.PARTITION_INFO_EX, data: partitionInfoEx(d, p) }
        : { syntax: ClusPropSyntax.PARTITION_INFO, data: partitionInfo(d, p) },
    );
  }
  return encodeValueList(values);
}

/** CLUS_CSV_VOLUME_INFO (2.2.3.18). */
function csvVolumeInfo(p: PartitionFacts): Uint8Array {
  const csv = p.csv!;
  const out = new Uint8Array(CSV_VOLUME_INFO_BYTES);
  const v = new DataView(out.buffer);
  v.setBigUint64(0, p.offset, true);
  v.setUint32(8, p.number, true);
  const redirected = csv.backup || csv.redirected ? 0x1 : 0;
  v.setUint32(12, csv.maintenance ? 0x4 : redirected, true);
  v.setUint32(16, csv.backup ? 1 : 0, true);
  fixedString(out, 20, 520, csv.friendlyName);
  fixedString(out, 540, 100, csvVolumeGuidName(csv.guid));
  return out;
}

// ---------------------------------------------------------------- paths

function inputPath(input: Uint8Array): string {
  if (input.length === 0) refuse(Win32.ERROR_INVALID_PARAMETER, 'no path');
  const path = decodeSz(input, 'path');
  if (path.length === 0 || path.length > 32767) refuse(Win32.ERROR_INVALID_PARAMETER, 'path length');
  return path;
}

const trimSlash = (s: string): string => s.replace(/\\+$/, '');

/** The roots of the disk's volumes while it is online: volume GUID paths and CSV mount paths. */
function volumeRoots(d: DiskFacts): { root: string; partition: PartitionFacts }[] {
  if (d.resource.state !== ResourceState.Online) return [];
  return d.partitions.flatMap((p) => [
    { root: trimSlash(csvVolumeGuidName(p.volumeGuid)), partition: p },
    ...(p.csvPath ? [{ root: p.csvPath, partition: p }] : []),
  ]);
}

/** The partition whose (empty) volume root `path` names, if any. */
function rootNamed(d: DiskFacts, path: string): PartitionFacts | undefined {
  const want = foldName(trimSlash(path));
  return volumeRoots(d).find((x) => foldName(x.root) === want)?.partition;
}

// ---------------------------------------------------------------- handlers

function requireCsv(d: DiskFacts): void {
  if (!d.partitions.some((p) => p.csv))
    refuse(Win32.ERROR_INVALID_FUNCTION, `${d.resource.name} has no cluster shared volume`);
  if (d.resource.state !== ResourceState.Online)
    refuse(ClusterStatus.ERROR_RESOURCE_NOT_ONLINE, d.resource.name);
}

function queryMaintenance(r: ControlRequest): ControlOutcome {
  const d = diskOf(r.model, r.id);
  const m = r.model.storageState(d.resource.id).maintenance;
  // 3.1.4.3.1.42: the structure depends on the room given; the EX form when it fits.
  if (r.outBufferSize >= MAINTENANCE_INFO_EX_BYTES) {
    const out = new Uint8Array(MAINTENANCE_INFO_EX_BYTES);
    const v = new DataView(out.buffer);
    v.setUint32(0, m.inMaintenance ? 1 : 0, true);
    v.setUint32(4, m.type, true);
    v.setUint32(8, d.resource.state, true);
    v.setUint32(12, MAINTENANCE_MODE_EX_SIGNATURE, true);
    return ok(out);
  }
  return ok(dwordData(m.inMaintenance ? 1 : 0));
}

function setMaintenance(r: ControlRequest): ControlOutcome {
  const d = diskOf(r.model, r.id);
  const input = r.input;
  const v = new DataView(input.buffer, input.byteOffset, input.byteLength);
  let on: number;
  let type = 0;
  if (input.length === MAINTENANCE_INFO_BYTES) {
    on = v.getUint32(0, true);
  } else if (input.length === MAINTENANCE_INFO_EX_BYTES) {
    if (v.getUint32(12, true) !== MAINTENANCE_MODE_EX_SIGNATURE)
      refuse(Win32.ERROR_INVALID_PARAMETER, 'CLUS_MAINTENANCE_MODE_INFO_EX signature');
    on = v.getUint32(0, true);
    type = v.getUint32(4, true);
    const known = Object.values(MaintenanceModeType) as number[];
    if (on === 1 && !known.includes(type)) refuse(Win32.ERROR_INVALID_PARAMETER, 'MaintenanceModeType');
  } else {
    return refuse(Win32.ERROR_INVALID_PARAMETER, 'expected CLUS_MAINTENANCE_MODE_INFO(_EX)');
  }
  if (on !== 0 && on !== 1) refuse(Win32.ERROR_INVALID_PARAMETER, 'InMaintenance');
  r.model.setDiskMaintenance(d.resource.id, on === 1, type);
  return ok();
}

function isPathValid(r: ControlRequest): ControlOutcome {
  const d = diskOf(r.model, r.id);
  const path = inputPath(r.input);
  if (!rootNamed(d, path)) refuse(Win32.ERROR_PATH_NOT_FOUND, path);
  return ok();
}

function mountPoints(r: ControlRequest): ControlOutcome {
  const d = diskOf(r.model, r.id);
  if (r.input.length !== 4) refuse(Win32.ERROR_INVALID_PARAMETER, 'expected a partition number');
  const n = new DataView(r.input.buffer, r.input.byteOffset, 4).getUint32(0, true);
  const p = d.partitions.find((x) => x.number === n);
  if (!p) return refuse(Win32.ERROR_INVALID_PARAMETER, `partition ${n}`);
  return ok(encodeMultiSz(p.csvPath ? [`${p.csvPath}\\`] : []));
}

function sharedVolumeInfo(r: ControlRequest): ControlOutcome {
  const d = diskOf(r.model, r.id);
  requireCsv(d);
  const values = d.partitions
    .filter((p) => p.csv)
    .map((p) => ({ syntax: ClusPropSyntax.LIST_VALUE_BINARY, data: csvVolumeInfo(p) }));
  return ok(encodeValueList(values));
}

function setBackupMode(r: ControlRequest): ControlOutcome {
  const d = diskOf(r.model, r.id);
  requireCsv(d);
  if (r.input.length !== BACKUP_MODE_BYTES)
    refuse(Win32.ERROR_INVALID_PARAMETER, 'expected CLUS_SHARED_VOLUME_BACKUP_MODE');
  const v = new DataView(r.input.buffer, r.input.byteOffset, r.input.byteLength);
  const state = v.getUint32(0, true);
  if (state !== 0 && state !== 1) refuse(Win32.ERROR_INVALID_PARAMETER, 'BackupState');
  const name = readFixedString(r.input, 8, VOLUME_NAME_FIELD_BYTES, 'VolumeName');
  if (name.length === 0 || name.length > MAX_VOLUME_NAME) refuse(Win32.ERROR_INVALID_PARAMETER, 'VolumeName');
  // No backup application runs against these volumes, so the DelayTimerInSecs expiry that would
  // end backup mode has nothing to wait for; the mode stays until the client clears it.
  r.model.setSharedVolumeBackup(d.resource.id, name, state === 1);
  return ok();
}

/**
 * 3.1.4.3.1.52/.53: the input is a volume name, as CLUS_CSV_MAINTENANCE_MODE_INFO.VolumeName; the
 * answer, when the client gives room for one, is the volume GUID name (szVolumeName of 2.2.3.18).
 * A buffer too small is ERROR_MORE_DATA from the dispatcher, with the mode change kept as required.
 */
function directIo(redirected: boolean): (r: ControlRequest) => ControlOutcome {
  return (r) => {
    const d = diskOf(r.model, r.id);
    if (r.input.length === 0 || r.input.length > VOLUME_NAME_FIELD_BYTES)
      refuse(Win32.ERROR_INVALID_PARAMETER, 'expected a volume name');
    const name = decodeSz(r.input, 'volume name');
    const guidName = r.model.setSharedVolumeRedirected(d.resource.id, name, redirected);
    return ok(r.outBufferSize > 0 ? encodeSz(guidName) : EMPTY);
  };
}

/** 3.1.4.3.7.17: "<resource id>:<partition offset>" for a path on a cluster shared volume. */
function sharedVolumeId(r: ControlRequest): ControlOutcome {
  const path = inputPath(r.input);
  const folded = foldName(trimSlash(path));
  for (const res of r.model.sharedVolumeResources()) {
    const d = diskOf(r.model, res.id);
    const p = rootNamed(d, path);
    if (p?.csv) return ok(encodeSz(`${d.resource.id}:${p.offset}`));
  }
  if (!folded.startsWith(foldName(CSV_ROOT))) refuse(ClusterStatus.ERROR_CLUSTER_NOT_SHARED_VOLUME, path);
  return refuse(Win32.ERROR_PATH_NOT_FOUND, path);
}

/** CLUSDSK_DISKID_ENUM (2.2.2.22). */
export const ClusDiskIdType = { Signature: 0x1, Guid: 0x2, Unknown: 0x1388 } as const;
/** CLUSDSK_DISKID (2.2.3.33): the type, then a union as large as its GUID arm. */
const DISKID_BYTES = 4 + 16;
/** Sector size of the demo disks (CLUS_DISK_NUMBER_INFO.BytesPerSector, 2.2.3.44). */
export const DEMO_BYTES_PER_SECTOR = 512;

/** 3.1.4.3.1.62: CLUS_DISK_NUMBER_INFO. */
function diskNumberInfo(r: ControlRequest): ControlOutcome {
  const d = diskOf(r.model, r.id);
  const out = new Uint8Array(8);
  const v = new DataView(out.buffer);
  v.setUint32(0, d.number, true);
  v.setUint32(4, DEMO_BYTES_PER_SECTOR, true);
  return ok(out);
}

/**
 * 3.1.4.3.2.28: the CLUSDSK_DISKID of the disk holding `path` among this node's clustered disks;
 * a path on none of them → ERROR_PATH_NOT_FOUND.
 */
function diskIdOfPath(r: ControlRequest): ControlOutcome {
  requireDiskType(r);
  const path = inputPath(r.input);
  for (const res of r.model.resources().filter(isPhysicalDisk)) {
    const d = diskOf(r.model, res.id);
    if (!rootNamed(d, path)) continue;
    const out = new Uint8Array(DISKID_BYTES);
    const v = new DataView(out.buffer);
    if (d.gpt) {
      if (!/^\{?[0-9a-f-]{36}\}?$/i.test(d.guid))
        refuse(ClusterStatus.ERROR_INVALID_STATE, 'partition type unknown');
      v.setUint32(0, ClusDiskIdType.Guid, true);
      out.set(guidBytes(d.guid), 4);
    } else {
      v.setUint32(0, ClusDiskIdType.Signature, true);
      v.setUint32(4, d.signature, true);
    }
    return ok(out);
  }
  return refuse(Win32.ERROR_PATH_NOT_FOUND, path);
}

/** Resource type codes answer only for the storage class type (3.1.4.3.2.21). */
function requireDiskType(r: ControlRequest): void {
  if (foldName(r.model.resourceType(r.id).name) !== 'PHYSICAL DISK')
    refuse(Win32.ERROR_INVALID_FUNCTION, `${r.id} is not a storage resource type`);
}

/**
 * 3.1.4.3.2.21/.26: disks that could be placed under cluster control. Every disk the demo has is
 * already a cluster resource, so none is available: an empty value list.
 */
function availableDisks(r: ControlRequest): ControlOutcome {
  requireDiskType(r);
  return ok(encodeValueList([]));
}

/** 3.1.4.3.2.25: a bit per letter A-Z, cleared where a partition on the node uses it (C: for the system). */
function driveLetters(r: ControlRequest): ControlOutcome {
  requireDiskType(r);
  const all = (1 << 26) - 1;
  const inUse = 1 << ('C'.charCodeAt(0) - 'A'.charCodeAt(0));
  return ok(dwordData(all & ~inUse));
}

export const STORAGE_CONTROL_HANDLERS: ReadonlyMap<number, ControlHandlerDef> = new Map<
  number,
  ControlHandlerDef
>([
  [StorageClctl.STORAGE_GET_DISK_INFO, { run: (r) => ok(diskInfo(diskOf(r.model, r.id), false)) }],
  [StorageClctl.STORAGE_GET_DISK_INFO_EX, { run: (r) => ok(diskInfo(diskOf(r.model, r.id), true)) }],
  [StorageClctl.STORAGE_IS_PATH_VALID, { run: isPathValid }],
  [StorageClctl.STORAGE_GET_DISK_NUMBER_INFO, { run: diskNumberInfo }],
  [StorageClctl.STORAGE_GET_DISKID, { run: diskIdOfPath }],
  [StorageClctl.QUERY_MAINTENANCE_MODE, { run: queryMaintenance }],
  [StorageClctl.SET_MAINTENANCE_MODE, { run: setMaintenance }],
  [StorageClctl.STORAGE_GET_MOUNTPOINTS, { run: mountPoints }],
  // The demo volumes are never dirty: an empty series of volume numbers.
  [
    StorageClctl.STORAGE_GET_DIRTY,
    {
      run: (r) => {
        diskOf(r.model, r.id);
        return ok();
      },
    },
  ],
  [StorageClctl.STORAGE_GET_SHARED_VOLUME_INFO, { run: sharedVolumeInfo }],
  [StorageClctl.SET_SHARED_VOLUME_BACKUP_MODE, { run: setBackupMode }],
  [StorageClctl.ENABLE_SHARED_VOLUME_DIRECTIO, { run: directIo(false) }],
  [StorageClctl.DISABLE_SHARED_VOLUME_DIRECTIO, { run: directIo(true) }],
  [StorageClctl.GET_SHARED_VOLUME_ID, { run: sharedVolumeId }],
  [StorageClctl.STORAGE_GET_AVAILABLE_DISKS, { run: availableDisks }],
  [StorageClctl.STORAGE_GET_AVAILABLE_DISKS_EX, { run: availableDisks }],
  [StorageClctl.STORAGE_GET_DRIVELETTERS, { run: driveLetters }],
]);

/** Clctl values this module takes over must not collide with the generic ones. */
export function storageClctlCollisions(): number[] {
  const generic = new Set<number>(Object.values(Clctl));
  return [...STORAGE_CONTROL_HANDLERS.keys()].filter((k) => generic.has(k));
}
