/**
 * Independent check of a group-set session: the real group-set handlers over loopback TCP (NDR20,
 * no authentication so the stubs are readable), captured with dumpcap and dissected by Wireshark's
 * clusapi dissector (written from Samba's clusapi.idl, which declares opnums 163-183 as MS-CMRP
 * does). Every call of the session must dissect as clusapi — request and response — with no
 * malformed packet and no expert error, and a few values must read back as we sent them.
 * Needs root (dumpcap on lo) and tshark; skips with the reason otherwise.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodeProperties } from '../../src/cluster/controls/clusprop.js';
import { GroupSetControl } from '../../src/cluster/controls/groupset-controls.js';
import { dword } from '../../src/cluster/model/properties.js';
import { createClusterHandlers, type ClusterServerEnv } from '../../src/cluster/server/index.js';
import { Win32 } from '../../src/errors/status.js';
import {
  Clusapi3Client,
  Clusapi3Opnum,
  Clusapi3Syntax,
  createClusapi3Server,
  type Clusapi3Handlers,
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

/** dumpcap on a pipe flushes per packet; a tagged UDP datagram marks "everything before is in". */
async function startCapture(port: number): Promise<{ sync(): Promise<void>; stop(): Promise<Buffer> }> {
  const dumpcap = spawn('dumpcap', ['-q', '-i', 'lo', '-f', `port ${port}`, '-w', '-']);
  const chunks: Buffer[] = [];
  let stderr = '';
  let exited = false;
  dumpcap.stdout.on('data', (d: Buffer) => chunks.push(d));
  dumpcap.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<void>((resolve) =>
    dumpcap.once('close', () => {
      exited = true;
      resolve();
    }),
  );
  const probe = createSocket('udp4');
  const sync = async (): Promise<void> => {
    const tag = Buffer.from(`winrpc-groupset-barrier-${randomBytes(8).toString('hex')}`);
    const deadline = Date.now() + 15_000;
    while (!Buffer.concat(chunks).includes(tag)) {
      if (exited || Date.now() > deadline) throw new Error(`dumpcap did not capture the barrier: ${stderr}`);
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

type Json = string | Json[] | { [key: string]: Json };

/** Every string leaf under `node` by field name. */
function fields(node: Json, out = new Map<string, string[]>()): Map<string, string[]> {
  if (typeof node === 'string') return out;
  if (Array.isArray(node)) {
    for (const n of node) fields(n, out);
    return out;
  }
  for (const [k, v] of Object.entries(node)) {
    for (const leaf of Array.isArray(v) ? v : [v]) {
      if (typeof leaf === 'string') out.set(k, [...(out.get(k) ?? []), leaf]);
      else fields(leaf, out);
    }
  }
  return out;
}

test('a group-set session dissects cleanly in tshark', { timeout: 120_000 }, async (t) => {
  const unavailable = whyUnavailable();
  if (unavailable) {
    t.skip(unavailable);
    return;
  }
  const { model } = demo();
  model.createGroup('Web');
  model.createGroup('Db');
  // The capture must stay readable, so the session is unauthenticated; this stand-in grants "All".
  const env: ClusterServerEnv = {
    model,
    serverState: () => 'readWrite',
    entitlement: () => ({ read: true, all: true }),
  };
  const server = new RpcServer();
  server.register(createClusapi3Server(createClusterHandlers(env) as unknown as Partial<Clusapi3Handlers>));
  const listener = await listenTcp((stream, info) => server.handle(stream, info), { host: HOST, port: 0 });
  const port = listener.port;
  const dir = mkdtempSync(join(tmpdir(), 'winrpc-groupset-tshark-'));
  const pcap = join(dir, 'groupsets.pcapng');
  let capture: Awaited<ReturnType<typeof startCapture>> | undefined;
  const called = new Set<number>();
  try {
    capture = await startCapture(port);
    const conn = await connectTcpRpc(HOST, port);
    try {
      const ctx = await conn.bind(Clusapi3Syntax, { transferSyntaxes: ['ndr20'] });
      const api = new Clusapi3Client({
        syntax: ctx.syntax,
        call: (opnum, stub) => conn.call(ctx, opnum, stub),
      });
      // Records each method used, and requires the status the session expects.
      const step = async <R extends { ret?: unknown; Status?: number }>(
        method: keyof typeof Clusapi3Opnum,
        p: Promise<R>,
        status: number = Win32.ERROR_SUCCESS,
      ): Promise<R> => {
        const r = await p;
        called.add(Clusapi3Opnum[method]);
        const got = typeof r.Status === 'number' ? r.Status : (r.ret as number);
        assert.equal(got, status, `${method}: status`);
        return r;
      };
      const cluster = (await step('ApiOpenCluster', api.ApiOpenCluster({}))).ret;
      const front = (await step('ApiCreateGroupSet', api.ApiCreateGroupSet({ lpszGroupSetName: 'Front' })))
        .ret;
      const back = (await step('ApiCreateGroupSet', api.ApiCreateGroupSet({ lpszGroupSetName: 'Back' }))).ret;
      await step('ApiOpenGroupSet', api.ApiOpenGroupSet({ lpszGroupSetName: 'Nope' }), 0x1768);
      const web = (await api.ApiOpenGroup({ lpszGroupName: 'Web' })).ret;
      const db = (await api.ApiOpenGroup({ lpszGroupName: 'Db' })).ret;
      const node = (await api.ApiOpenNode({ lpszNodeName: 'NODE2' })).ret;
      await step('ApiAddGroupToGroupSet', api.ApiAddGroupToGroupSet({ GroupSet: front, Group: web }));
      await step(
        'ApiAddGroupToGroupSetEx',
        api.ApiAddGroupToGroupSetEx({
          GroupSet: back,
          Group: db,
          FaultDomain: 1,
          UpdateDomain: 2,
          UseDomains: 1,
          Reserved: 0,
        }),
      );
      await step(
        'ApiAddGroupSetDependency',
        api.ApiAddGroupSetDependency({ DependentGroupSet: front, ProviderGroupSet: back }),
      );
      await step(
        'ApiRemoveGroupSetDependency',
        api.ApiRemoveGroupSetDependency({ hGroupSet: front, hDependsOn: back }),
      );
      await step(
        'ApiSetGroupSetDependencyExpression',
        api.ApiSetGroupSetDependencyExpression({ hGroupSet: front, lpszDependencyExpression: '[Back]' }),
      );
      await step(
        'ApiSetGroupDependencyExpression',
        api.ApiSetGroupDependencyExpression({ hGroup: web, lpszDependencyExpression: '[Db]' }),
      );
      await step(
        'ApiRemoveClusterGroupDependency',
        api.ApiRemoveClusterGroupDependency({ hGroup: web, hDependsOn: db }),
      );
      await step(
        'ApiAddGroupToGroupSetDependency',
        api.ApiAddGroupToGroupSetDependency({ DependentGroup: web, ProviderGroupSet: back }),
      );
      await step(
        'ApiRemoveClusterGroupToGroupSetDependency',
        api.ApiRemoveClusterGroupToGroupSetDependency({ hGroup: web, hDependsOn: back }),
      );
      const control = (code: number, input: Uint8Array | null = null) =>
        api.ApiGroupSetControl({
          hGroupSet: front,
          dwControlCode: code,
          lpInBuffer: input,
          nInBufferSize: input?.length ?? 0,
          nOutBufferSize: 1024,
        });
      await step('ApiGroupSetControl', control(GroupSetControl.GET_ID));
      await step('ApiGroupSetControl', control(GroupSetControl.GET_GROUPS));
      await step('ApiGroupSetControl', control(GroupSetControl.GET_COMMON_PROPERTIES));
      const input = encodeProperties([{ name: 'StartupDelay', value: dword(30) }]);
      await step('ApiGroupSetControl', control(GroupSetControl.SET_COMMON_PROPERTIES, input));
      await step(
        'ApiNodeGroupSetControl',
        api.ApiNodeGroupSetControl({
          hGroupSet: front,
          hNode: node,
          dwControlCode: GroupSetControl.GET_PROVIDER_GROUPSETS,
          lpInBuffer: null,
          nInBufferSize: 0,
          nOutBufferSize: 1024,
        }),
      );
      const listed = await step('ApiCreateGroupSetEnum', api.ApiCreateGroupSetEnum({ hCluster: cluster }));
      assert.deepEqual(
        listed.ReturnEnum?.Entry.map((e) => e.Name),
        ['Back', 'Cluster Group', 'Front'],
      );
      await step('ApiMoveGroupToGroupSet', api.ApiMoveGroupToGroupSet({ GroupSet: back, Group: web }));
      await step('ApiRemoveGroupFromGroupSet', api.ApiRemoveGroupFromGroupSet({ Group: web }));
      await step(
        'ApiSetGroupSetDependencyExpression',
        api.ApiSetGroupSetDependencyExpression({ hGroupSet: front, lpszDependencyExpression: '' }),
      );
      await step('ApiDeleteGroupSet', api.ApiDeleteGroupSet({ GroupSet: front }));
      await step('ApiCloseGroupSet', api.ApiCloseGroupSet({ GroupSet: front }));
      await step('ApiCloseGroupSet', api.ApiCloseGroupSet({ GroupSet: back }));
    } finally {
      await conn.close();
    }
    await capture.sync();
    writeFileSync(pcap, await capture.stop());
    capture = undefined;

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

    const packets = JSON.parse(tshark([...base, '-Y', 'clusapi', '-T', 'json', '--no-duplicate-keys'])) as {
      _source: { layers: Record<string, Json> };
    }[];
    const seen = new Map<string, Map<string, string[]>>();
    for (const p of packets) {
      const f = fields(p._source.layers['clusapi']!);
      const d = fields(p._source.layers['dcerpc']!);
      const key = `${f.get('clusapi.opnum')?.[0]}/${d.get('dcerpc.pkt_type')?.[0]}`;
      const merged = seen.get(key) ?? new Map<string, string[]>();
      for (const [k, v] of f) merged.set(k, [...(merged.get(k) ?? []), ...v]);
      seen.set(key, merged);
    }
    for (const opnum of called) {
      assert.ok(seen.has(`${opnum}/0`), `opnum ${opnum}: request dissected as clusapi`);
      assert.ok(seen.has(`${opnum}/2`), `opnum ${opnum}: response dissected as clusapi`);
    }
    assert.ok(called.size >= 18, `${called.size} group-set opnums exercised`);
    const create = seen.get(`${Clusapi3Opnum.ApiCreateGroupSet}/0`)!;
    assert.deepEqual(create.get('clusapi.clusapi_CreateGroupSet.lpszGroupSetName'), ['Front', 'Back']);
    const ex = seen.get(`${Clusapi3Opnum.ApiAddGroupToGroupSetEx}/0`)!;
    assert.deepEqual(ex.get('clusapi.clusapi_AddGroupToGroupSetEx.FaultDomain'), ['1']);
    assert.deepEqual(ex.get('clusapi.clusapi_AddGroupToGroupSetEx.UpdateDomain'), ['2']);
    const open = seen.get(`${Clusapi3Opnum.ApiOpenGroupSet}/2`)!;
    assert.ok(
      open.get('clusapi.clusapi_OpenGroupSet.Status')?.some((v) => /0x00001768/i.test(v) || v === '5992'),
      `OpenGroupSet Status printed: ${String(open.get('clusapi.clusapi_OpenGroupSet.Status'))}`,
    );
    const ctl = seen.get(`${Clusapi3Opnum.ApiGroupSetControl}/0`)!;
    assert.ok(
      (ctl.get('clusapi.clusapi_GroupSetControl.dwControlCode') ?? []).length >= 4,
      'the group-set control codes are printed',
    );
  } finally {
    if (capture) await capture.stop();
    await listener.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
