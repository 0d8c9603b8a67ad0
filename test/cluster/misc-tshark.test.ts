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
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ResourceControl } from '../../src/cluster/controls/codes.js';
import { createDemoCluster } from '../../src/cluster/model/demo.js';
import { createClusterHandlers } from '../../src/cluster/server/index.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import {
  Clusapi3Client,
  Clusapi3Opnum,
  Clusapi3Syntax,
  createClusapi3Server,
} from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { connectTcpRpc } from '../../src/rpc/client.js';
import { RpcServer } from '../../src/rpc/server.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { listenTcp } from '../../src/transport/tcp.js';

const HOST = '127.0.0.1';

function whyUnavailable(): string | undefined {
  const missing = ['tshark', 'dumpcap'].filter((t) => spawnSync('which', [t]).status !== 0);
  if (missing.length > 0) return `needs root and tshark: ${missing.join(', ')} not installed`;
  if (process.getuid?.() !== 0) return 'needs root and tshark: dumpcap must capture on lo as root';
  return undefined;
}

/**
 * dumpcap on lo into a pipe; `stop` first waits until a tagged UDP datagram sent after the calls
 * shows up in the stream, so nothing sent before is missing from the capture.
 */
async function capture(port: number): Promise<{ stop(): Promise<Buffer> }> {
  const dumpcap = spawn('dumpcap', ['-q', '-i', 'lo', '-f', `port ${port}`, '-w', '-']);
  const chunks: Buffer[] = [];
  let exited = false;
  dumpcap.stdout.on('data', (d: Buffer) => chunks.push(d));
  const exit = new Promise<void>((resolve) =>
    dumpcap.once('close', () => {
      exited = true;
      resolve();
    }),
  );
  const probe = createSocket('udp4');
  const barrier = async (): Promise<void> => {
    const tag = Buffer.from(`winrpc-barrier-${randomBytes(8).toString('hex')}`);
    const deadline = Date.now() + 15_000;
    while (!Buffer.concat(chunks).includes(tag)) {
      if (exited || Date.now() > deadline) throw new Error('dumpcap did not capture the barrier');
      probe.send(tag, port, HOST);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const stop = async (): Promise<Buffer> => {
    probe.close();
    if (!exited) dumpcap.kill('SIGINT');
    await exit;
    return Buffer.concat(chunks);
  };
  try {
    await barrier();
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    stop: async () => {
      await barrier();
      return stop();
    },
  };
}

function tshark(args: readonly string[]): string {
  const r = spawnSync('tshark', args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(r.status, 0, `tshark ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test(
  'remaining clusapi v3 methods dissect in tshark with the statuses we answered',
  { timeout: 120_000 },
  async (t) => {
    const unavailable = whyUnavailable();
    if (unavailable) {
      t.skip(unavailable);
      return;
    }
    const model = createDemoCluster(new MemoryStore());
    const handlers = createClusterHandlers({
      model,
      serverState: () => 'readWrite',
      entitlement: () => ({ read: true, all: true }),
    });
    const server = new RpcServer();
    server.register(createClusapi3Server(handlers));
    const listener = await listenTcp((stream, info) => server.handle(stream, info), { host: HOST, port: 0 });
    const port = listener.port;
    const dir = mkdtempSync(join(tmpdir(), 'winrpc-clusmisc-tshark-'));
    const answered = new Map<number, number>();
    let cap: { stop(): Promise<Buffer> } | undefined;
    try {
      cap = await capture(port);
      const conn = await connectTcpRpc(HOST, port);
      try {
        const ctx = await conn.bind(Clusapi3Syntax, { transferSyntaxes: ['ndr20'] });
        const c = new Clusapi3Client({
          syntax: ctx.syntax,
          call: (opnum, stub) => conn.call(ctx, opnum, stub),
        });
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
        await conn.close();
      }
      const pcap = join(dir, 'misc.pcapng');
      writeFileSync(pcap, await cap.stop());
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
      const base = ['-r', pcap, '-d', `tcp.port==${port},dcerpc`, '-o', 'dcerpc.desegment_dcerpc:TRUE'];
      const flagged = tshark([
        ...base,
        '-Y',
        '_ws.malformed || _ws.expert.severity >= "error"',
        '-T',
        'fields',
        '-e',
        'frame.number',
        '-e',
        '_ws.expert.message',
      ]).trim();
      assert.equal(flagged, '', `frames tshark flags:\n${flagged}`);
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
      await listener.close();
      server.close();
      // MISC_TSHARK_KEEP=1 keeps the capture for a look with tshark -V.
      if (process.env.MISC_TSHARK_KEEP) console.log(`capture in ${dir}, tcp port ${port}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  },
);
