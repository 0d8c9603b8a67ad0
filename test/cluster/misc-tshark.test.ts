/**
 * Independent check of the remaining ClusAPI v3 methods and the storage control codes as this
 * server answers them: real handler answers over loopback TCP (NDR20, no security so that the
 * stubs stay readable), captured with dumpcap and dissected by Wireshark's clusapi dissector
 * (generated from Samba's clusapi.idl). Every call must dissect with no malformed packet and no
 * expert error, and tshark must read the same status the client decoded. Opnums 184 and 185 are
 * not in Samba's IDL, so tshark has no dissector for them; they are only required not to break the
 * capture. For opnum 108 tshark's status is not compared: Wireshark 4.0 reads its top-level
 * [out, size_is, length_is] array header short (Max Count 0 where the wire holds
 * ReturnStatusBufferSize, a "Long frame" warning, 4 stub bytes left over), so it reads the status
 * from the wrong offset; the 24 bytes we send are max count, offset, actual count, SizeReturned,
 * ExpectedBufferSize and the status, the conformant varying array layout of [C706] chapter 14.
 * Needs root (dumpcap on lo) and tshark.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ResourceControl } from '../../src/cluster/controls/codes.js';
import { createDemoCluster } from '../../src/cluster/model/demo.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import { Clusapi3Opnum } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { connectClusapiNdr20, serveClusapiForCapture } from '../fixtures/clusapi-capture-session.js';
import {
  dcerpcReadArgs,
  assertDissectsCleanly,
  runTshark as tshark,
  saveCapture,
  startLoopbackCapture,
  whyTsharkUnavailable,
  type LoopbackCapture,
} from '../fixtures/tshark.js';

test(
  'remaining clusapi v3 methods dissect in tshark with the statuses we answered',
  { timeout: 120_000 },
  async (t) => {
    const unavailable = whyTsharkUnavailable();
    if (unavailable) {
      t.skip(unavailable);
      return;
    }
    const model = createDemoCluster(new MemoryStore());
    const server = await serveClusapiForCapture(model);
    const port = server.port;
    const dir = mkdtempSync(join(tmpdir(), 'winrpc-clusmisc-tshark-'));
    const answered = new Map<number, number>();
    let cap: LoopbackCapture | undefined;
    try {
      cap = await startLoopbackCapture(port);
      const { api: c, close } = await connectClusapiNdr20(port);
      try {
        const note = (method: keyof typeof Clusapi3Opnum, ret: number): void => {
          answered.set(Clusapi3Opnum[method], ret);
        };
        const disk = (await c.ApiOpenResource({ lpszResourceName: 'Cluster Disk 2' })).ret;
        note('ApiRestartResource', (await c.ApiRestartResource({ hResource: disk, dwFlags: 0 })).ret);
        note(
          'ApiChangeCsvStateEx',
          (await c.ApiChangeCsvStateEx({ hResource: disk, dwState: 1, lpszVolumeName: 'Data' })).ret,
        );
        const info = await c.ApiResourceControl({
          hResource: disk,
          dwControlCode: ResourceControl.STORAGE_GET_SHARED_VOLUME_INFO,
          lpInBuffer: null,
          nInBufferSize: 0,
          nOutBufferSize: 4096,
        });
        assert.equal(info.ret, 0);
        note('ApiResourceControl', info.ret);
        note('ApiChangeCsvState', (await c.ApiChangeCsvState({ hResource: disk, dwState: 0 })).ret);
        const g = (await c.ApiOpenGroup({ lpszGroupName: 'Available Storage' })).ret;
        note(
          'ApiCancelClusterGroupOperation',
          (await c.ApiCancelClusterGroupOperation({ hGroup: g, dwCancelFlags: 0 })).ret,
        );
        const n1 = (await c.ApiOpenNode({ lpszNodeName: 'NODE1' })).ret;
        const n2 = (await c.ApiOpenNode({ lpszNodeName: 'NODE2' })).ret;
        note(
          'ApiPauseNodeWithDrainTarget',
          (await c.ApiPauseNodeWithDrainTarget({ hNode: n1, dwPauseFlags: 0, hNodeDrainTarget: n2 })).ret,
        );
        note('ApiBackupClusterDatabase', (await c.ApiBackupClusterDatabase({ lpszPathName: 'C:\\b' })).ret);
        note(
          'ApiSetServiceAccountPassword',
          (
            await c.ApiSetServiceAccountPassword({
              lpszNewPassword: 'p',
              dwFlags: 0,
              ReturnStatusBufferSize: 4,
            })
          ).ret,
        );
        const g2 = (await c.ApiCreateGroup({ lpszGroupName: 'Wire' })).ret;
        note(
          'ApiChangeResourceGroupEx',
          (await c.ApiChangeResourceGroupEx({ hResource: disk, hGroup: g2, flags: 4n })).ret,
        );
        note(
          'ApiClusterNativeUpdateControl',
          (await c.ApiClusterNativeUpdateControl({ inBuffer: null, inBufferSize: 0, outBufferSize: 16 })).ret,
        );
      } finally {
        await close();
      }
      const pcap = join(dir, 'misc.pcapng');
      await saveCapture(cap, pcap);
      cap = undefined;

      assert.deepEqual(
        [...answered].map(([op, ret]) => [op, ret]),
        [
          [146, 0],
          [182, 0],
          [73, 0],
          [123, 0],
          [134, ClusterStatus.ERROR_INVALID_STATE],
          [127, ClusterStatus.ERROR_IO_PENDING],
          [104, Win32.ERROR_CALL_NOT_IMPLEMENTED],
          [108, Win32.ERROR_CALL_NOT_IMPLEMENTED],
          [184, Win32.ERROR_INVALID_PARAMETER],
          [185, Win32.ERROR_NOT_SUPPORTED],
        ],
      );
      const base = dcerpcReadArgs(pcap, port, { reassemble: false });
      assertDissectsCleanly(base);
      // One line per clusapi response: opnum and the WERROR tshark read.
      const lines = tshark([
        ...base,
        '-Y',
        'clusapi && dcerpc.pkt_type == 2',
        '-T',
        'fields',
        '-e',
        'clusapi.opnum',
        '-e',
        'clusapi.werror',
      ])
        .trim()
        .split('\n')
        .map((l) => l.split('\t'));
      const read = new Map(lines.map(([op, werr]) => [Number(op), werr ?? '']));
      for (const [op, ret] of answered) {
        if (op === 184 || op === 185 || op === 108) continue;
        assert.ok(read.has(op), `opnum ${op} response dissected as clusapi`);
        assert.equal(Number(read.get(op)!.split(',').at(-1)), ret, `opnum ${op}: status tshark read`);
      }
    } finally {
      if (cap) await cap.stop();
      await server.close();
      // MISC_TSHARK_KEEP=1 keeps the capture for a look with tshark -V.
      if (process.env.MISC_TSHARK_KEEP) console.log(`capture in ${dir}, tcp port ${port}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  },
);
