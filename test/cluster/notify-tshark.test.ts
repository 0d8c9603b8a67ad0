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
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ClusterChange as V1,
  ClusterObjectType as T,
  GroupChangeV2,
} from '../../src/cluster/notify/flags.js';
import { createClusterHandlers } from '../../src/cluster/server/index.js';
import type { ClusterServerEnv } from '../../src/cluster/server/index.js';
import {
  Clusapi3Client,
  Clusapi3Opnum,
  Clusapi3Syntax,
  createClusapi3Server,
  type HGENERIC_RPC,
} from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { connectTcpRpc } from '../../src/rpc/client.js';
import { RpcServer } from '../../src/rpc/server.js';
import { listenTcp } from '../../src/transport/tcp.js';
import { demo } from './helpers.js';

const HOST = '127.0.0.1';

function whyUnavailable(): string | undefined {
  const missing = ['tshark', 'dumpcap'].filter((t) => spawnSync('which', [t]).status !== 0);
  if (missing.length > 0) return `needs root and tshark: ${missing.join(', ')} not installed`;
  if (process.getuid?.() !== 0) return 'needs root and tshark: dumpcap must capture on lo as root';
  return undefined;
}

/**
 * dumpcap on lo writing to a pipe; `sync` sends tagged UDP datagrams to the captured port until
 * one shows up in the captured bytes, so everything sent before it is known to be captured.
 */
async function capture(port: number): Promise<{ sync(): Promise<void>; stop(): Promise<Buffer> }> {
  const proc = spawn('dumpcap', ['-q', '-i', 'lo', '-f', `port ${port}`, '-w', '-']);
  const chunks: Buffer[] = [];
  let exited = false;
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => chunks.push(d));
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<void>((r) => proc.once('close', () => ((exited = true), r())));
  const udp = createSocket('udp4');
  const sync = async (): Promise<void> => {
    const tag = Buffer.from(`notify-barrier-${randomBytes(8).toString('hex')}`);
    for (let i = 0; !Buffer.concat(chunks).includes(tag); i++) {
      if (exited || i > 600) throw new Error(`dumpcap did not capture the barrier: ${stderr}`);
      udp.send(tag, port, HOST);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const stop = async (): Promise<Buffer> => {
    udp.close();
    if (!exited) proc.kill('SIGINT');
    await exit;
    return Buffer.concat(chunks);
  };
  try {
    await sync();
  } catch (err) {
    await stop();
    throw err;
  }
  return { sync, stop };
}

function tshark(args: readonly string[]): string {
  const r = spawnSync('tshark', args, {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, TZ: 'UTC' },
  });
  assert.equal(r.status, 0, `tshark ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test(
  'a notification session dissects in tshark without malformed packets or expert errors',
  { timeout: 120_000 },
  async (t) => {
    const unavailable = whyUnavailable();
    if (unavailable) {
      t.skip(unavailable);
      return;
    }
    const { model } = demo();
    const env: ClusterServerEnv = {
      model,
      serverState: () => 'readWrite',
      entitlement: () => ({ read: true, all: true }),
    };
    const server = new RpcServer();
    server.register(createClusapi3Server(createClusterHandlers(env)));
    const listener = await listenTcp((stream, info) => server.handle(stream, info), { host: HOST, port: 0 });
    const port = listener.port;
    const dir = mkdtempSync(join(tmpdir(), 'winrpc-notify-tshark-'));
    let cap: Awaited<ReturnType<typeof capture>> | undefined;
    try {
      cap = await capture(port);
      const conn = await connectTcpRpc(HOST, port);
      try {
        const ctx = await conn.bind(Clusapi3Syntax, { transferSyntaxes: ['ndr20'] });
        const api = new Clusapi3Client({
          syntax: ctx.syntax,
          call: (opnum, stub) => conn.call(ctx, opnum, stub),
        });
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
        await conn.close();
      }
      await cap.sync();
      const pcap = join(dir, 'notify.pcapng');
      writeFileSync(pcap, await cap.stop());
      cap = undefined;

      const base = [
        '-r',
        pcap,
        '-d',
        `tcp.port==${port},dcerpc`,
        '-o',
        'dcerpc.desegment_dcerpc:TRUE',
        '-o',
        'dcerpc.reassemble_dcerpc:TRUE',
      ];
      const flagged = tshark([
        ...base,
        '-Y',
        '_ws.malformed || _ws.expert.severity >= "error"',
        '-T',
        'fields',
        '-e',
        'frame.number',
        '-e',
        'clusapi.opnum',
        '-e',
        '_ws.expert.message',
      ]).trim();
      assert.equal(flagged, '', `frames tshark flags (frame, opnum, message):\n${flagged}`);

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
      const warned = tshark([
        ...base,
        '-Y',
        '_ws.expert.severity == "warning" && clusapi',
        '-T',
        'fields',
        '-e',
        'clusapi.opnum',
        '-e',
        'dcerpc.pkt_type',
        '-e',
        '_ws.expert.message',
      ])
        .trim()
        .split('\n')
        .filter((l) => l.trim() !== '');
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
      await listener.close();
      server.close();
      if (process.env.NOTIFY_TSHARK_KEEP) console.log(`capture kept in ${dir} (tcp port ${port})`);
      else rmSync(dir, { recursive: true, force: true });
    }
  },
);
