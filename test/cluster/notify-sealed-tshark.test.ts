/**
 * The notification session at packet privacy, judged by Wireshark: plain NTLMSSP (auth_type 10),
 * whose sealed stubs tshark decrypts throughout a connection when given the password (under SPNEGO
 * Wireshark 4.0 decrypts only the first sealed call each way, see test/interop/auth.sh). A watcher
 * registers for group events with ApiAddNotifyV2 and blocks in ApiGetNotifyV2; a second client on
 * its own connection moves a group, which wakes the read. The capture must hold no malformed packet
 * (save Wireshark's exception on the two sealed requests with an empty stub, explained below) and no
 * expert error, the only warning being the "Long frame" on ApiAddNotifyV2's request that
 * notify-tshark.test.ts explains (Samba's IDL reads the 4-byte BOOL as one byte), and the decrypted
 * stubs must carry the clusapi calls and the moved group's name. Needs root (dumpcap on lo) and
 * tshark.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ClusterObjectType as T, GroupChangeV2 } from '../../src/cluster/notify/flags.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import { Clusapi3Opnum, type HGENERIC_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { connectClusapi3, startClusterHost, TEST_ADMIN } from '../fixtures/cluster-host.js';
import {
  dcerpcReadArgs,
  flaggedFrames,
  clusapiWarnings,
  runTshark as tshark,
  saveCapture,
  startLoopbackCapture,
  whyTsharkUnavailable,
  type LoopbackCapture,
} from '../fixtures/tshark.js';

const MOVED_GROUP = 'Cluster Group';
const NTLMSSP_AUTH_TYPE = 10;
const PKT_PRIVACY = 6;
/** Common header (16), request header (8) and sec_trailer (8) of a connection-oriented request. */
const REQUEST_OVERHEAD = 16 + 8 + 8;

/** Sealed requests whose stub is empty: frame number → opnum. */
function emptySealedRequests(readArgs: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  const rows = tshark([
    ...readArgs,
    '-Y',
    `dcerpc.pkt_type == 0 && dcerpc.auth_level == ${PKT_PRIVACY}`,
    '-T',
    'fields',
    '-e',
    'frame.number',
    '-e',
    'dcerpc.opnum',
    '-e',
    'dcerpc.cn_frag_len',
    '-e',
    'dcerpc.cn_auth_len',
    '-e',
    'dcerpc.auth_pad_len',
  ]);
  for (const row of rows.trim().split('\n')) {
    const [frame, opnum, fragLen, authLen, pad] = row.split('\t').map((v) => Number(v.split(',')[0]));
    if (fragLen! - REQUEST_OVERHEAD - authLen! - pad! === 0) out.set(frame!, opnum!);
  }
  return out;
}

test(
  'a sealed NTLMSSP notification session decrypts and dissects cleanly in tshark',
  { timeout: 120_000 },
  async (t) => {
    const unavailable = whyTsharkUnavailable();
    if (unavailable) {
      t.skip(unavailable);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'winrpc-notify-sealed-'));
    const running = await startClusterHost(join(dir, 'state'), {
      machineName: 'sealtest',
      withReader: false,
    });
    const port = running.servicesPort;
    let cap: LoopbackCapture | undefined;
    try {
      cap = await startLoopbackCapture(port);
      const watcher = await connectClusapi3(port, TEST_ADMIN, 'ntlm', 'ndr20');
      const mover = await connectClusapi3(port, TEST_ADMIN, 'ntlm', 'ndr20');
      try {
        const api = watcher.client;
        const hCluster = (await api.ApiOpenCluster({})).ret;
        const v2 = await api.ApiCreateNotifyV2({});
        assert.equal(v2.rpc_error, Win32.ERROR_SUCCESS);
        const reg = await api.ApiAddNotifyV2({
          hNotify: v2.ret,
          hObject: hCluster as unknown as HGENERIC_RPC,
          filter: { dwObjectType: T.GROUP, FilterFlags: BigInt(GroupChangeV2.OWNER_NODE) },
          // Samba's IDL has dwNotifyKey as a pointer: 0 reads as a NULL referent both ways.
          dwNotifyKey: 0,
          dwVersion: 2,
          isTargetedAtObject: 0,
        });
        assert.equal(reg.ret, Win32.ERROR_SUCCESS);

        // The read is outstanding (its request captured) before the other client acts.
        const blocked = api.ApiGetNotifyV2({ hNotify: v2.ret });
        await new Promise((r) => setTimeout(r, 50));
        await cap.sync();

        const other = mover.client;
        const hGroup = (await other.ApiOpenGroup({ lpszGroupName: MOVED_GROUP })).ret;
        const hNode = (await other.ApiOpenNode({ lpszNodeName: 'NODE2' })).ret;
        const moved = await other.ApiMoveGroupToNode({ hGroup, hNode });
        assert.ok(
          ([Win32.ERROR_SUCCESS, ClusterStatus.ERROR_IO_PENDING] as number[]).includes(moved.ret),
          `ApiMoveGroupToNode: ${moved.ret}`,
        );
        await other.ApiCloseNode({ Node: hNode });
        await other.ApiCloseGroup({ Group: hGroup });

        const got = await blocked;
        assert.equal(got.ret, Win32.ERROR_SUCCESS);
        assert.deepEqual(
          got.Notifications?.map((n) => [
            n.NotificationData.FilterAndType.dwObjectType,
            n.NotificationData.Name,
          ]),
          [[T.GROUP, MOVED_GROUP]],
        );
        assert.equal((await api.ApiCloseNotify({ Notify: v2.ret })).ret, Win32.ERROR_SUCCESS);
        await api.ApiCloseCluster({ Cluster: hCluster });
      } finally {
        await watcher.conn.close();
        await mover.conn.close();
      }
      const pcap = join(dir, 'notify-sealed.pcapng');
      await saveCapture(cap, pcap);
      cap = undefined;

      const base = [...dcerpcReadArgs(pcap, port), '-o', `ntlmssp.nt_password:${TEST_ADMIN.password}`];
      // Wireshark 4.0 raises "Malformed Packet (Exception occurred)" on a sealed request whose stub
      // is empty (no [in] parameters: ApiOpenCluster, ApiCreateNotifyV2) once it has decrypted the 0
      // bytes: it prints "Decrypted data (0 bytes)" and then gives up on the PDU. The RC4 stream and
      // the sequence numbers stay in step over those PDUs (every later sealed PDU on the connection
      // decrypts and dissects), so the fault is not in what we sent; those frames, and only they, are
      // left out of the verdict.
      const emptySealed = emptySealedRequests(base);
      assert.deepEqual(
        [...emptySealed.values()].sort((a, b) => a - b),
        [Clusapi3Opnum.ApiOpenCluster, Clusapi3Opnum.ApiCreateNotifyV2].sort((a, b) => a - b),
        'the sealed requests with an empty stub',
      );
      const flagged = flaggedFrames(base, ['clusapi.opnum'])
        .split('\n')
        .filter((l) => l.trim() !== '')
        .filter((l) => {
          const [frame = '', , message = ''] = l.split('\t');
          return !(emptySealed.has(Number(frame)) && message === 'Malformed Packet (Exception occurred)');
        });
      assert.deepEqual(flagged, [], 'frames tshark flags (frame, clusapi.opnum, message)');

      // Every request and response stub went sealed with plain NTLMSSP.
      const stubs = tshark([
        ...base,
        '-Y',
        'dcerpc.pkt_type == 0 || dcerpc.pkt_type == 2',
        '-T',
        'fields',
        '-e',
        'dcerpc.auth_type',
        '-e',
        'dcerpc.auth_level',
      ])
        .trim()
        .split('\n')
        .flatMap((l) => {
          const [types = '', levels = ''] = l.trim().split('\t');
          const lv = levels.split(',');
          return types.split(',').map((ty, k) => `${ty}/${lv[k] ?? lv[0]}`);
        });
      assert.ok(stubs.length > 0, 'requests and responses captured');
      assert.deepEqual(
        [...new Set(stubs)],
        [`${NTLMSSP_AUTH_TYPE}/${PKT_PRIVACY}`],
        'auth_type/auth_level of every request and response',
      );

      const calls = new Set(
        tshark([...base, '-Y', 'clusapi', '-T', 'fields', '-e', 'clusapi.opnum', '-e', 'dcerpc.pkt_type'])
          .trim()
          .split('\n')
          .flatMap((l) => {
            const [ops = '', pkts = ''] = l.trim().split('\t');
            const p = pkts.split(',');
            return ops.split(',').map((op, k) => `${op}\t${p[k] ?? p[0]}`);
          }),
      );
      for (const m of [
        'ApiAddNotifyV2',
        'ApiGetNotifyV2',
        'ApiOpenGroup',
        'ApiOpenNode',
        'ApiMoveGroupToNode',
        'ApiCloseNotify',
      ] as const) {
        const opnum = Clusapi3Opnum[m];
        for (const pkt of [0, 2]) {
          assert.ok(
            calls.has(`${opnum}\t${pkt}`),
            `${m} (opnum ${opnum}) ${pkt ? 'response' : 'request'} decrypted and dissected`,
          );
        }
      }

      // The two empty requests are dissected no further than DCE/RPC; their replies are clusapi.
      for (const m of ['ApiOpenCluster', 'ApiCreateNotifyV2'] as const) {
        assert.ok(calls.has(`${Clusapi3Opnum[m]}\t2`), `${m} response decrypted and dissected`);
      }

      const warned = clusapiWarnings(base);
      assert.deepEqual(warned, [`${Clusapi3Opnum.ApiAddNotifyV2}\t0\tLong frame`], 'expert warnings');

      // The group's name only exists inside sealed stubs: seeing it means tshark decrypted them.
      const opened = tshark([
        ...base,
        '-Y',
        `clusapi.opnum == ${Clusapi3Opnum.ApiOpenGroup} && dcerpc.pkt_type == 0`,
        '-T',
        'fields',
        '-e',
        'clusapi.clusapi_OpenGroup.lpszGroupName',
      ]).trim();
      assert.equal(opened, MOVED_GROUP, 'ApiOpenGroup request as tshark decrypted it');
      const notified = tshark([
        ...base,
        '-Y',
        `clusapi.opnum == ${Clusapi3Opnum.ApiGetNotifyV2} && dcerpc.pkt_type == 2`,
        '-T',
        'fields',
        '-e',
        'clusapi.NOTIFICATION_DATA_RPC.Name',
      ]).trim();
      assert.ok(notified.includes(MOVED_GROUP), `ApiGetNotifyV2 names as tshark decrypted them: ${notified}`);
    } finally {
      if (cap) await cap.stop();
      await running.host.close();
      if (process.env.NOTIFY_TSHARK_KEEP) console.log(`capture kept in ${dir} (tcp port ${port})`);
      else rmSync(dir, { recursive: true, force: true });
    }
  },
);
