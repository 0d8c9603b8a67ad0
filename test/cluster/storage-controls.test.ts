/**
 * Storage, CSV and VM control codes on the demo disks (controls/storage.ts): value lists decoded
 * byte by byte, ERROR_INVALID_FUNCTION for objects the codes do not apply to.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClusPropSyntax, decodeMultiSz, decodeSz, encodeSz } from '../../src/cluster/controls/clusprop.js';
import { ClusterControl, ResourceControl, ResourceTypeControl } from '../../src/cluster/controls/codes.js';
import { isSupportedControl } from '../../src/cluster/controls/dispatch.js';
import {
  DEMO_DISK_BYTES,
  MAINTENANCE_MODE_EX_SIGNATURE,
  MaintenanceModeType,
  storageClctlCollisions,
} from '../../src/cluster/controls/storage.js';
import { ResourceState } from '../../src/cluster/model/types.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import type { HCLUSTER_RPC, HRES_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { assertStatusIs, fixture } from './server-fixture.js';

const S = ClusterStatus;
type F = ReturnType<typeof fixture>;

function control(f: F, name: string, code: number, input: Uint8Array | null = null, room = 65536) {
  const hResource = f.h.ApiOpenResource(f.ctx(), { lpszResourceName: name }).ret as HRES_RPC;
  return f.h.ApiResourceControl(f.ctx(), {
    hResource,
    dwControlCode: code,
    lpInBuffer: input,
    nInBufferSize: input?.length ?? 0,
    nOutBufferSize: room,
  });
}

function typeControl(f: F, type: string, code: number) {
  const hCluster = f.h.ApiOpenCluster(f.ctx(), {}).ret as HCLUSTER_RPC;
  return f.h.ApiResourceTypeControl(f.ctx(), {
    hCluster,
    lpszResourceTypeName: type,
    dwControlCode: code,
    lpInBuffer: null,
    nInBufferSize: 0,
    nOutBufferSize: 4096,
  });
}

function clusterControl(f: F, code: number, input: Uint8Array) {
  const hCluster = f.h.ApiOpenCluster(f.ctx(), {}).ret as HCLUSTER_RPC;
  return f.h.ApiClusterControl(f.ctx(), {
    hCluster,
    dwControlCode: code,
    lpInBuffer: input,
    nInBufferSize: input.length,
    nOutBufferSize: 4096,
  });
}

/** A bare value list (any number of values) up to its ENDMARK. */
function valueList(bytes: Uint8Array): { syntax: number; data: Uint8Array }[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { syntax: number; data: Uint8Array }[] = [];
  let at = 0;
  for (;;) {
    const syntax = v.getUint32(at, true);
    if (syntax === ClusPropSyntax.ENDMARK) {
      assert.equal(at + 4, bytes.length, 'ENDMARK ends the buffer');
      return out;
    }
    const size = v.getUint32(at + 4, true);
    out.push({ syntax, data: bytes.subarray(at + 8, at + 8 + size) });
    at += 8 + ((size + 3) & ~3);
  }
}

const u32 = (d: Uint8Array, at = 0): number => new DataView(d.buffer, d.byteOffset).getUint32(at, true);
const u64 = (d: Uint8Array, at: number): bigint =>
  new DataView(d.buffer, d.byteOffset).getBigUint64(at, true);
const str = (d: Uint8Array, at: number, bytes: number): string =>
  Buffer.from(d.buffer, d.byteOffset + at, bytes)
    .toString('utf16le')
    .split('\0')[0]!;
const dword = (n: number): Uint8Array => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
};

describe('storage resource control codes', () => {
  it('the storage codes do not shadow generic ones and apply to the right objects', () => {
    assert.deepEqual(storageClctlCollisions(), []);
    assert.ok(isSupportedControl('resource', ResourceControl.STORAGE_GET_DISK_INFO));
    assert.ok(isSupportedControl('resourceType', ResourceTypeControl.STORAGE_GET_AVAILABLE_DISKS));
    assert.ok(!isSupportedControl('group', (0x03 << 24) | 0x191));
  });

  it('STORAGE_GET_DISK_INFO: GPT identity, SCSI address, disk number, one partition', () => {
    const f = fixture();
    const r = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_DISK_INFO);
    assertStatusIs(r.ret, 0);
    assert.equal(r.lpBytesReturned, r.lpOutBuffer.length);
    const values = valueList(r.lpOutBuffer);
    assert.deepEqual(
      values.map((x) => x.syntax),
      [
        ClusPropSyntax.DISK_GUID,
        ClusPropSyntax.SCSI_ADDRESS,
        ClusPropSyntax.DISK_NUMBER,
        ClusPropSyntax.PARTITION_INFO,
      ],
    );
    const guid = f.model.resource('Cluster Disk 2').private['DiskIdGuid'];
    assert.equal(decodeSz(values[0]!.data), guid?.type === 'sz' ? guid.value : '');
    const diskNumber = u32(values[2]!.data);
    assert.ok(diskNumber >= 1);
    assert.deepEqual([...values[1]!.data], [0, 0, diskNumber, 0]);
    const p = values[3]!.data;
    assert.equal(p.length, 1120);
    assert.equal(str(p, 4, 520), `Disk${diskNumber}Partition1`);
    assert.equal(str(p, 524, 520), 'Cluster Disk 2');
    assert.equal(str(p, 1056, 64), 'NTFS');
    assert.equal(u32(p) & 0x14, 0x14, 'USABLE and USABLE_FOR_CSV');
  });

  it('STORAGE_GET_DISK_INFO_EX adds the size and PARTITION_INFO_EX (online vs offline device names)', () => {
    const f = fixture();
    const r = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_DISK_INFO_EX);
    const values = valueList(r.lpOutBuffer);
    assert.deepEqual(
      values.map((x) => x.syntax),
      [
        ClusPropSyntax.DISK_GUID,
        ClusPropSyntax.SCSI_ADDRESS,
        ClusPropSyntax.DISK_NUMBER,
        ClusPropSyntax.DISK_SIZE,
        ClusPropSyntax.PARTITION_INFO_EX,
      ],
    );
    assert.equal(u64(values[3]!.data, 0), DEMO_DISK_BYTES);
    const p = values[4]!.data;
    assert.equal(p.length, 1160);
    const id = f.model.resource('Cluster Disk 2').id;
    assert.equal(str(p, 4, 520), `\\\\?\\Volume{${id}}`);
    assert.equal(u32(p, 1140), 1, 'partition number');
    assert.equal(u32(p, 1136), u32(values[2]!.data), 'device number is the disk number');
    f.model.offlineResource('Cluster Disk 2');
    const off = valueList(control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_DISK_INFO_EX).lpOutBuffer);
    assert.match(str(off[4]!.data, 4, 520), /^\\\\\?\\GLOBALROOT\\Device\\Harddisk\d+\\Partition1$/);
  });

  it('an MBR disk starts with its signature', () => {
    const f = fixture();
    f.model.setPrivateProperties('resource', 'Cluster Disk 2', {
      DiskIdType: { type: 'dword', value: 0 },
      DiskSignature: { type: 'dword', value: 0x1234abcd },
    });
    const values = valueList(control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_DISK_INFO).lpOutBuffer);
    assert.equal(values[0]!.syntax, ClusPropSyntax.DISK_SIGNATURE);
    assert.equal(u32(values[0]!.data), 0x1234abcd);
  });

  it('ERROR_INVALID_FUNCTION for resources that are not storage class, and for the VM codes', () => {
    const f = fixture();
    for (const code of [
      ResourceControl.STORAGE_GET_DISK_INFO,
      ResourceControl.STORAGE_GET_DISK_INFO_EX,
      ResourceControl.STORAGE_IS_PATH_VALID,
      ResourceControl.QUERY_MAINTENANCE_MODE,
      ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO,
    ]) {
      assertStatusIs(control(f, 'Cluster IP Address', code, encodeSz('x')).ret, Win32.ERROR_INVALID_FUNCTION);
    }
    // 3.1.4.3.1.49-51: only Windows Server 2008 R2 supports these; later servers fail them.
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.VM_START_MIGRATION, encodeSz('NODE2')).ret,
      Win32.ERROR_INVALID_FUNCTION,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.VM_CANCEL_MIGRATION).ret,
      Win32.ERROR_INVALID_FUNCTION,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_CSV_MAINTENANCE_MODE, new Uint8Array(524)).ret,
      Win32.ERROR_INVALID_FUNCTION,
    );
  });

  it('STORAGE_IS_PATH_VALID: only the roots of the online disk volumes exist', () => {
    const f = fixture();
    const id = f.model.resource('Cluster Disk 2').id;
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_IS_PATH_VALID, encodeSz(`\\\\?\\Volume{${id}}\\`))
        .ret,
      0,
    );
    assert.equal(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_IS_PATH_VALID, encodeSz(`\\\\?\\Volume{${id}}`))
        .lpBytesReturned,
      0,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_IS_PATH_VALID, encodeSz('C:\\Windows')).ret,
      Win32.ERROR_PATH_NOT_FOUND,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_IS_PATH_VALID).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_IS_PATH_VALID, new Uint8Array([0x41, 0])).ret,
      Win32.ERROR_INVALID_DATA,
    );
  });

  it('QUERY / SET_MAINTENANCE_MODE: simple and extended structures, persisted', () => {
    const f = fixture();
    const q = (room: number) =>
      control(f, 'Cluster Disk 2', ResourceControl.QUERY_MAINTENANCE_MODE, null, room);
    assert.deepEqual([...q(4).lpOutBuffer], [0, 0, 0, 0]);
    assertStatusIs(control(f, 'Cluster Disk 2', ResourceControl.SET_MAINTENANCE_MODE, dword(1)).ret, 0);
    assert.equal(u32(q(4).lpOutBuffer), 1);
    const mm = f.model.resource('Cluster Disk 2').private['MaintenanceMode'];
    assert.deepEqual(mm, { type: 'dword', value: 1 });
    const ex = new Uint8Array(16);
    const v = new DataView(ex.buffer);
    v.setUint32(0, 1, true);
    v.setUint32(4, MaintenanceModeType.UnclusterResource, true);
    v.setUint32(12, MAINTENANCE_MODE_EX_SIGNATURE, true);
    assertStatusIs(control(f, 'Cluster Disk 2', ResourceControl.SET_MAINTENANCE_MODE, ex).ret, 0);
    const out = q(16).lpOutBuffer;
    assert.deepEqual(
      [u32(out, 0), u32(out, 4), u32(out, 8), u32(out, 12)],
      [1, MaintenanceModeType.UnclusterResource, ResourceState.Online, MAINTENANCE_MODE_EX_SIGNATURE],
    );
    v.setUint32(12, 0, true);
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_MAINTENANCE_MODE, ex).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_MAINTENANCE_MODE, dword(2)).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_MAINTENANCE_MODE, new Uint8Array(7)).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(control(f, 'Cluster Disk 2', ResourceControl.SET_MAINTENANCE_MODE, dword(0)).ret, 0);
    assert.equal(u32(q(4).lpOutBuffer), 0);
  });

  it('GET_DISK_NUMBER_INFO and the type code GET_DISKID for a volume path', () => {
    const f = fixture();
    const n = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_DISK_NUMBER_INFO);
    const number = u32(
      valueList(control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_DISK_INFO).lpOutBuffer)[2]!.data,
    );
    assert.deepEqual([u32(n.lpOutBuffer, 0), u32(n.lpOutBuffer, 4)], [number, 512]);
    const id = f.model.resource('Cluster Disk 2').id;
    const hCluster = f.h.ApiOpenCluster(f.ctx(), {}).ret as HCLUSTER_RPC;
    const diskId = (path: string) => {
      const input = encodeSz(path);
      return f.h.ApiResourceTypeControl(f.ctx(), {
        hCluster,
        lpszResourceTypeName: 'Physical Disk',
        dwControlCode: ResourceTypeControl.STORAGE_GET_DISKID,
        lpInBuffer: input,
        nInBufferSize: input.length,
        nOutBufferSize: 64,
      });
    };
    const r = diskId(`\\\\?\\Volume{${id}}\\`);
    assertStatusIs(r.ret, 0);
    assert.equal(r.lpOutBuffer.length, 20);
    assert.equal(u32(r.lpOutBuffer), 2, 'DiskIdGuid');
    const guid = f.model.resource('Cluster Disk 2').private['DiskIdGuid'];
    const hex = (guid?.type === 'sz' ? guid.value : '').replace(/[{}-]/g, '');
    assert.equal(
      Buffer.from(r.lpOutBuffer.subarray(4, 8)).toString('hex'),
      hex.slice(0, 8).match(/../g)!.reverse().join(''),
    );
    assertStatusIs(diskId('D:\\data').ret, Win32.ERROR_PATH_NOT_FOUND);
  });

  it('GET_DIRTY is empty; GET_MOUNTPOINTS needs a partition of the disk', () => {
    const f = fixture();
    const d = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_DIRTY);
    assert.deepEqual([d.ret, d.lpBytesReturned], [0, 0]);
    const m = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_MOUNTPOINTS, dword(1));
    assertStatusIs(m.ret, 0);
    assert.deepEqual(decodeMultiSz(m.lpOutBuffer), []);
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_MOUNTPOINTS, dword(9)).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });
});

describe('cluster shared volume control codes', () => {
  function csv() {
    const f = fixture();
    f.model.enableSharedVolumes('Cluster Disk 2');
    return f;
  }

  it('GET_SHARED_VOLUME_INFO: one CLUS_CSV_VOLUME_INFO per volume; errors without CSV or offline', () => {
    const plain = fixture();
    assertStatusIs(
      control(plain, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO).ret,
      Win32.ERROR_INVALID_FUNCTION,
    );
    const f = csv();
    const r = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO);
    assertStatusIs(r.ret, 0);
    const values = valueList(r.lpOutBuffer);
    assert.equal(values.length, 1);
    assert.equal(values[0]!.syntax, ClusPropSyntax.LIST_VALUE_BINARY);
    const info = values[0]!.data;
    assert.equal(info.length, 640);
    assert.equal(u64(info, 0), 1024n * 1024n, 'VolumeOffset');
    assert.deepEqual([u32(info, 8), u32(info, 12), u32(info, 16)], [1, 0, 0]);
    assert.equal(str(info, 20, 520), 'Volume1');
    assert.match(str(info, 540, 100), /^\\\\\?\\Volume\{[0-9a-f-]{36}\}\\$/);
    const small = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO, null, 16);
    assertStatusIs(small.ret, Win32.ERROR_MORE_DATA);
    assert.equal(small.lpcbRequired, r.lpBytesReturned);
    f.model.offlineResource('Cluster Disk 2');
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO).ret,
      S.ERROR_RESOURCE_NOT_ONLINE,
    );
  });

  it('SET_SHARED_VOLUME_BACKUP_MODE by friendly or GUID name shows in FaultState and BackupState', () => {
    const f = csv();
    const input = (state: number, name: string) => {
      const b = new Uint8Array(528);
      new DataView(b.buffer).setUint32(0, state, true);
      Buffer.from(b.buffer).write(name, 8, 'utf16le');
      return b;
    };
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_SHARED_VOLUME_BACKUP_MODE, input(1, 'volume1')).ret,
      0,
    );
    let info = valueList(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO).lpOutBuffer,
    )[0]!.data;
    assert.deepEqual([u32(info, 12), u32(info, 16)], [1, 1]);
    const guidName = str(info, 540, 100);
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_SHARED_VOLUME_BACKUP_MODE, input(0, guidName)).ret,
      0,
    );
    info = valueList(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO).lpOutBuffer,
    )[0]!.data;
    assert.deepEqual([u32(info, 12), u32(info, 16)], [0, 0]);
    // Backup mode is volatile: it ends when the disk leaves the online state.
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_SHARED_VOLUME_BACKUP_MODE, input(1, 'Volume1')).ret,
      0,
    );
    f.model.restartResource('Cluster Disk 2');
    info = valueList(
      control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO).lpOutBuffer,
    )[0]!.data;
    assert.deepEqual([u32(info, 12), u32(info, 16)], [0, 0]);
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_SHARED_VOLUME_BACKUP_MODE, input(1, 'Nope')).ret,
      Win32.ERROR_NOT_FOUND,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_SHARED_VOLUME_BACKUP_MODE, input(3, 'Volume1')).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_SHARED_VOLUME_BACKUP_MODE, new Uint8Array(12)).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
  });

  it('ENABLE/DISABLE_SHARED_VOLUME_DIRECTIO toggle redirected mode and answer the volume GUID name', () => {
    const f = csv();
    const info = () =>
      valueList(control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO).lpOutBuffer)[0]!
        .data;
    const off = control(
      f,
      'Cluster Disk 2',
      ResourceControl.DISABLE_SHARED_VOLUME_DIRECTIO,
      encodeSz('Volume1'),
    );
    assertStatusIs(off.ret, 0);
    assert.equal(decodeSz(off.lpOutBuffer), str(info(), 540, 100));
    assert.equal(u32(info(), 12), 1, 'VolumeStateRedirected');
    // No room: nothing written, the mode change still made.
    const on = control(
      f,
      'Cluster Disk 2',
      ResourceControl.ENABLE_SHARED_VOLUME_DIRECTIO,
      encodeSz('Volume1'),
      0,
    );
    assert.deepEqual([on.ret, on.lpBytesReturned], [0, 0]);
    assert.equal(u32(info(), 12), 0);
    const small = control(
      f,
      'Cluster Disk 2',
      ResourceControl.DISABLE_SHARED_VOLUME_DIRECTIO,
      encodeSz('Volume1'),
      8,
    );
    assertStatusIs(small.ret, Win32.ERROR_MORE_DATA);
    assert.equal(u32(info(), 12), 1, 'kept despite ERROR_MORE_DATA');
    // Backup mode blocks the change; unknown volume, no CSV, offline.
    const backup = new Uint8Array(528);
    new DataView(backup.buffer).setUint32(0, 1, true);
    Buffer.from(backup.buffer).write('Volume1', 8, 'utf16le');
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.SET_SHARED_VOLUME_BACKUP_MODE, backup).ret,
      0,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.ENABLE_SHARED_VOLUME_DIRECTIO, encodeSz('Volume1')).ret,
      S.ERROR_CLUSTER_BACKUP_IN_PROGRESS,
    );
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.ENABLE_SHARED_VOLUME_DIRECTIO, encodeSz('Volume9')).ret,
      Win32.ERROR_NOT_FOUND,
    );
    assertStatusIs(
      control(fixture(), 'Cluster Disk 2', ResourceControl.ENABLE_SHARED_VOLUME_DIRECTIO, encodeSz('Volume1'))
        .ret,
      Win32.ERROR_INVALID_FUNCTION,
    );
    f.model.offlineResource('Cluster Disk 2');
    assertStatusIs(
      control(f, 'Cluster Disk 2', ResourceControl.ENABLE_SHARED_VOLUME_DIRECTIO, encodeSz('Volume1')).ret,
      S.ERROR_RESOURCE_NOT_ONLINE,
    );
  });

  it('CSV mount points and CLUSCTL_CLUSTER_GET_SHARED_VOLUME_ID', () => {
    const f = csv();
    const m = control(f, 'Cluster Disk 2', ResourceControl.STORAGE_GET_MOUNTPOINTS, dword(1));
    assert.deepEqual(decodeMultiSz(m.lpOutBuffer), ['C:\\ClusterStorage\\Volume1\\']);
    const id = clusterControl(
      f,
      ClusterControl.GET_SHARED_VOLUME_ID,
      encodeSz('c:\\clusterstorage\\volume1'),
    );
    assertStatusIs(id.ret, 0);
    assert.equal(decodeSz(id.lpOutBuffer), `${f.model.resource('Cluster Disk 2').id}:1048576`);
    assertStatusIs(
      clusterControl(f, ClusterControl.GET_SHARED_VOLUME_ID, encodeSz('C:\\Windows\\notepad.exe')).ret,
      S.ERROR_CLUSTER_NOT_SHARED_VOLUME,
    );
    assertStatusIs(
      clusterControl(f, ClusterControl.GET_SHARED_VOLUME_ID, encodeSz('C:\\ClusterStorage\\Volume1\\a.txt'))
        .ret,
      Win32.ERROR_PATH_NOT_FOUND,
    );
  });
});

describe('storage resource type control codes', () => {
  it('available disks are an empty value list; drive letters leave C: used', () => {
    const f = fixture();
    for (const code of [
      ResourceTypeControl.STORAGE_GET_AVAILABLE_DISKS,
      ResourceTypeControl.STORAGE_GET_AVAILABLE_DISKS_EX,
    ]) {
      const r = typeControl(f, 'Physical Disk', code);
      assertStatusIs(r.ret, 0);
      assert.deepEqual([...r.lpOutBuffer], [0, 0, 0, 0]);
      assertStatusIs(typeControl(f, 'IP Address', code).ret, Win32.ERROR_INVALID_FUNCTION);
    }
    const letters = typeControl(f, 'Physical Disk', ResourceTypeControl.STORAGE_GET_DRIVELETTERS);
    assert.equal(u32(letters.lpOutBuffer), ((1 << 26) - 1) & ~(1 << 2));
  });
});
