/**
 * The remaining ClusAPI v3 methods and the storage control codes over TCP at packet privacy, NDR
 * and NDR64: the generated client and server stubs carry their parameters (ULONGLONG flags, the
 * password status array, the handle_t method) and the answers match the handler tests.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusPropSyntax } from '../../src/cluster/controls/clusprop.js';
import { ResourceControl } from '../../src/cluster/controls/codes.js';
import { NodeState, ResourceState } from '../../src/cluster/model/types.js';
import { ClusterEnum } from '../../src/cluster/server/enums.js';
import type { ClusterService } from '../../src/cluster/service.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import type { Clusapi3Client } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import type { RpcClientConnection } from '../../src/rpc/client.js';
import type { TransferSyntax } from '../../src/rpc/types.js';
import {
  connectClusapi3,
  startClusterHost,
  TEST_ADMIN,
  type ClusterTestHost,
} from '../fixtures/cluster-host.js';

describe('remaining clusapi v3 methods end to end', () => {
  let running: ClusterTestHost;
  let service: ClusterService;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-clusmisc-'));
  const open: RpcClientConnection[] = [];

  before(async () => {
    running = await startClusterHost(dir, { machineName: 'clutest', withReader: false });
    service = running.service;
  });

  after(async () => {
    await Promise.all(open.map((c) => c.close()));
    await running.host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function client(syntax: TransferSyntax): Promise<Clusapi3Client> {
    const { client, conn } = await connectClusapi3(running.servicesPort, TEST_ADMIN, 'spnego', syntax);
    open.push(conn);
    return client;
  }

  it('refusals by spec travel with their out parameters (NDR and NDR64)', async () => {
    for (const syntax of ['ndr20', 'ndr64'] as const) {
      const c = await client(syntax);
      assert.deepEqual(await c.ApiBackupClusterDatabase({ lpszPathName: 'C:\\bk' }), {
        rpc_status: 0,
        ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
      });
      const p = await c.ApiSetServiceAccountPassword({
        lpszNewPassword: 'n3w!',
        dwFlags: 0,
        ReturnStatusBufferSize: 16,
      });
      assert.equal(p.ret, Win32.ERROR_CALL_NOT_IMPLEMENTED);
      assert.deepEqual(p.ReturnStatusBufferPtr, []);
      const u = await c.ApiClusterNativeUpdateControl({
        inBuffer: new Uint8Array([1, 2, 3]),
        inBufferSize: 3,
        outBufferSize: 4096,
      });
      assert.equal(u.ret, Win32.ERROR_NOT_SUPPORTED);
      assert.equal(u.lpBytesReturned, 0);
    }
  });

  it('restart, CSV state, disk info, change group with flags, pause with a drain target', async () => {
    const c = await client('ndr64');
    const disk = await c.ApiOpenResource({ lpszResourceName: 'Cluster Disk 2' });
    assert.equal(disk.Status, 0);
    assert.deepEqual(await c.ApiRestartResource({ hResource: disk.ret, dwFlags: 0 }), {
      rpc_status: 0,
      ret: 0,
    });
    assert.equal(service.model.resource('Cluster Disk 2').state, ResourceState.Online);

    const info = await c.ApiResourceControl({
      hResource: disk.ret,
      dwControlCode: ResourceControl.STORAGE_GET_DISK_INFO_EX,
      lpInBuffer: null,
      nInBufferSize: 0,
      nOutBufferSize: 8192,
    });
    assert.equal(info.ret, 0);
    assert.equal(info.lpOutBuffer.length, info.lpBytesReturned);
    assert.equal(
      new DataView(info.lpOutBuffer.buffer, info.lpOutBuffer.byteOffset).getUint32(0, true),
      ClusPropSyntax.DISK_GUID,
    );

    assert.deepEqual(await c.ApiChangeCsvStateEx({ hResource: disk.ret, dwState: 1, lpszVolumeName: '' }), {
      rpc_status: 0,
      ret: 0,
    });
    const csv = await c.ApiCreateEnum({ dwType: ClusterEnum.SHARED_VOLUME_RESOURCE });
    assert.deepEqual(
      csv.ReturnEnum?.Entry.map((e) => e.Name),
      ['Cluster Disk 2'],
    );
    assert.equal(
      (await c.ApiChangeCsvState({ hResource: disk.ret, dwState: 1 })).ret,
      ClusterStatus.ERROR_CLUSTER_INVALID_REQUEST,
    );
    assert.equal((await c.ApiChangeCsvState({ hResource: disk.ret, dwState: 0 })).ret, 0);

    const g = await c.ApiCreateGroup({ lpszGroupName: 'E2E Group' });
    assert.equal(
      (await c.ApiChangeResourceGroupEx({ hResource: disk.ret, hGroup: g.ret, flags: 1n << 40n })).ret,
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.equal(
      (await c.ApiChangeResourceGroupEx({ hResource: disk.ret, hGroup: g.ret, flags: 1n })).ret,
      ClusterStatus.ERROR_CLUSTER_INVALID_REQUEST,
    );
    assert.equal(
      (await c.ApiCancelClusterGroupOperation({ hGroup: g.ret, dwCancelFlags: 0 })).ret,
      ClusterStatus.ERROR_INVALID_STATE,
    );

    const n1 = await c.ApiOpenNode({ lpszNodeName: 'NODE1' });
    const n2 = await c.ApiOpenNode({ lpszNodeName: 'NODE2' });
    const drained = await c.ApiPauseNodeWithDrainTarget({
      hNode: n1.ret,
      dwPauseFlags: 0,
      hNodeDrainTarget: n2.ret,
    });
    assert.deepEqual(drained, { rpc_status: 0, ret: ClusterStatus.ERROR_IO_PENDING });
    assert.equal(service.model.node('NODE1').state, NodeState.Paused);
    assert.deepEqual(service.model.nodeGroups('NODE1'), []);
    assert.equal(
      (await c.ApiPauseNodeWithDrainTarget({ hNode: n2.ret, dwPauseFlags: 0, hNodeDrainTarget: n2.ret })).ret,
      Win32.ERROR_INVALID_TARGET_HANDLE,
    );
  });
});
