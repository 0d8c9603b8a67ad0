/**
 * Independent proof of the notification wire format: a notification session against the real
 * notification handlers (over the demo cluster, unauthenticated NDR20 so the stubs are readable),
 * captured with dumpcap and dissected by Wireshark's clusapi dissector (generated from Samba's
 * clusapi.idl by other people). The capture must hold no malformed packet and no expert error, and
 * the fields tshark prints for the version 1 reads must be the indications the model produced.
 *
 * Version 1: ApiCreateNotify, ApiAddNotifyCluster, ApiAddNotifyGroup, ApiGetNotify,
 * ApiGetNotifyAsync, ApiReAddNotifyGroup, a blocked ApiGetNotify woken by ApiUnblockGetNotifyCall,
 * ApiCloseNotify. Version 2: ApiCreateNotifyV2, ApiAddNotifyV2, ApiGetNotifyV2, ApiCloseNotify.
 *
 * Samba's IDL differs from [MS-CMRP] in two version 2 places, which the session accommodates rather
 * than hides: NOTIFICATION_RPC.dwNotifyKey is a DWORD_PTR in the spec but a pointer in Samba, so
 * the v2 registration uses dwNotifyKey 0 (a NULL referent reads the same both ways); and
 * ApiAddNotifyV2's isTargetedAtObject is a 4-byte BOOL in the spec but a boolean8 in Samba, so
 * the dissector reads the first byte of it. Needs root (dumpcap on lo) and tshark.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ClusterChange as V1,
  ClusterObjectType as T,
  GroupChangeV2,
} from '../../src/cluster/notify/flags.js';
import { Clusapi3Opnum, type HGENERIC_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { connectClusapiNdr20, serveClusapiForCapture } from '../fixtures/clusapi-capture-session.js';
import {
  dcerpcReadArgs,
  assertDissectsCleanly,
  clusapiWarnings,
  runTshark as tshark,
  saveCapture,
  startLoopbackCapture,
  whyTsharkUnavailable,
  type LoopbackCapture,
} from '../fixtures/tshark.js';
import { demo } from './helpers.js';

test(
  'a notification session dissects in tshark without malformed packets or expert errors',
  { timeout: 120_000 },
  async (t) => {
    const unavailable = whyTsharkUnavailable();
    if (unavailable) {
      t.skip(unavailable);
      return;
    }
    const { model } = demo();
    const server = await serveClusapiForCapture(model);
    const port = server.port;
    const dir = mkdtempSync(join(tmpdir(), 'winrpc-notify-tshark-'));
    let cap: LoopbackCapture | undefined;
    try {
      cap = await startLoopbackCapture(port);
      const { api, close } = await connectClusapiNdr20(port);
      try {
        const hCluster = (await api.ApiOpenCluster({})).ret;
        const port1 = (await api.ApiCreateNotify({})).ret;
        assert.equal(
          (
            await api.ApiAddNotifyCluster({
              hNotify: port1,
              hCluster,
              dwFilter: V1.GROUP_ADDED,
              dwNotifyKey: 0x41,
            })
          ).ret,
          0,
        );
        const hGroup = (await api.ApiOpenGroup({ lpszGroupName: 'Cluster Group' })).ret;
        const added = await api.ApiAddNotifyGroup({
          hNotify: port1,
          hGroup,
          dwFilter: V1.GROUP_STATE,
          dwNotifyKey: 0x42,
        });
        assert.equal(added.ret, 0);

        model.createGroup('Web');
        const first = await api.ApiGetNotify({ hNotify: port1 });
        assert.deepEqual(
          [first.ret, first.dwNotifyKey, first.dwFilter, first.Name],
          [0, 0x41, V1.GROUP_ADDED, 'Web'],
        );
        model.moveGroup('Cluster Group', 'NODE2');
        const batch = await api.ApiGetNotifyAsync({ hNotify: port1 });
        assert.equal(batch.ret, 0);
        assert.deepEqual(
          batch.Notifications?.map((n) => [n.dwNotifyKey, n.dwFilter, n.Name]),
          [[0x42, V1.GROUP_STATE, 'Cluster Group']],
        );
        const re = await api.ApiReAddNotifyGroup({
          hNotify: port1,
          hGroup,
          dwFilter: V1.GROUP_STATE,
          dwNotifyKey: 0x43,
          StateSequence: added.dwStateSequence,
        });
        assert.equal(re.ret, 0);
        const catchUp = await api.ApiGetNotify({ hNotify: port1 });
        assert.deepEqual([catchUp.dwNotifyKey, catchUp.dwFilter], [0x43, V1.GROUP_STATE]);

        // A read that blocks, then is woken by the unblock sent beside it.
        const blocked = api.ApiGetNotify({ hNotify: port1 });
        await new Promise((r) => setTimeout(r, 50));
        await cap.sync();
        assert.equal((await api.ApiUnblockGetNotifyCall({ hNotify: port1 })).ret, 0);
        assert.equal((await blocked).ret, 1, 'ERROR_INVALID_FUNCTION for the outstanding read');
        assert.equal((await api.ApiCloseNotify({ Notify: port1 })).ret, 0);

        const v2 = await api.ApiCreateNotifyV2({});
        assert.equal(v2.rpc_error, 0);
        const reg = await api.ApiAddNotifyV2({
          hNotify: v2.ret,
          hObject: hCluster as unknown as HGENERIC_RPC,
          filter: { dwObjectType: T.GROUP, FilterFlags: BigInt(GroupChangeV2.OWNER_NODE) },
          dwNotifyKey: 0,
          dwVersion: 2,
          isTargetedAtObject: 0,
        });
        assert.equal(reg.ret, 0);
        model.moveGroup('Cluster Group', 'NODE3');
        const got = await api.ApiGetNotifyV2({ hNotify: v2.ret });
        assert.equal(got.ret, 0);
        assert.deepEqual(
          got.Notifications?.map((n) => [
            n.NotificationData.FilterAndType.dwObjectType,
            n.NotificationData.Name,
          ]),
          [[T.GROUP, 'Cluster Group']],
        );
        assert.equal((await api.ApiCloseNotify({ Notify: v2.ret })).ret, 0);
        await api.ApiCloseGroup({ Group: hGroup });
        await api.ApiCloseCluster({ Cluster: hCluster });
      } finally {
        await close();
      }
      const pcap = join(dir, 'notify.pcapng');
      await saveCapture(cap, pcap);
      cap = undefined;

      const base = dcerpcReadArgs(pcap, port);
      assertDissectsCleanly(base, ['clusapi.opnum']);

      const calls = new Set(
        tshark([...base, '-Y', 'clusapi', '-T', 'fields', '-e', 'clusapi.opnum', '-e', 'dcerpc.pkt_type'])
          .trim()
          .split('\n')
          // A segment carrying two PDUs (the unblock's answer and the read it woke) lists both.
          .flatMap((l) => {
            const [ops = '', pkts = ''] = l.trim().split('\t');
            const p = pkts.split(',');
            return ops.split(',').map((op, k) => `${op}\t${p[k] ?? p[0]}`);
          }),
      );
      // Warnings: only ApiAddNotifyV2's request, whose 4-byte BOOL Samba's IDL reads as one byte.
      const warned = clusapiWarnings(base);
      assert.deepEqual(warned, [`${Clusapi3Opnum.ApiAddNotifyV2}\t0\tLong frame`], 'expert warnings');
      for (const m of [
        'ApiCreateNotify',
        'ApiAddNotifyCluster',
        'ApiAddNotifyGroup',
        'ApiGetNotify',
        'ApiGetNotifyAsync',
        'ApiReAddNotifyGroup',
        'ApiUnblockGetNotifyCall',
        'ApiCloseNotify',
        'ApiCreateNotifyV2',
        'ApiAddNotifyV2',
        'ApiGetNotifyV2',
      ] as const) {
        const opnum = Clusapi3Opnum[m];
        for (const pkt of [0, 2]) {
          assert.ok(
            calls.has(`${opnum}\t${pkt}`),
            `${m} (opnum ${opnum}) ${pkt ? 'response' : 'request'} dissected`,
          );
        }
      }
      const printed = tshark([
        ...base,
        '-Y',
        `clusapi.opnum == ${Clusapi3Opnum.ApiGetNotify} && dcerpc.pkt_type == 2`,
        '-T',
        'fields',
        '-e',
        'clusapi.clusapi_GetNotify.dwFilter',
        '-e',
        'clusapi.clusapi_GetNotify.Name',
      ])
        .trim()
        .split('\n')
        .filter((l) => l.trim() !== '');
      assert.ok(
        printed.some((l) => l.includes('Web')),
        `GetNotify names as tshark reads them: ${printed.join(' | ')}`,
      );
    } finally {
      if (cap) await cap.stop();
      await server.close();
      if (process.env.NOTIFY_TSHARK_KEEP) console.log(`capture kept in ${dir} (tcp port ${port})`);
      else rmSync(dir, { recursive: true, force: true });
    }
  },
);
