/**
 * Independent check of a cluster registry session: the real registry and batch handlers over
 * loopback TCP (NDR20, unauthenticated so the stubs are readable), captured with dumpcap and
 * dissected by Wireshark's clusapi dissector (from Samba's clusapi.idl). Every call must dissect as
 * clusapi, request and response, with no malformed packet and no expert error, and the names we
 * sent must read back. Needs root (dumpcap on lo) and tshark; skips with the reason otherwise.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BatchCommand as C, encodeBatch } from '../../src/cluster/registry/batch.js';
import { RegType } from '../../src/cluster/registry/registry.js';
import { KeyAccess, SecurityInformation } from '../../src/cluster/registry/security.js';
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

/** dumpcap writes to a pipe per packet; a tagged UDP datagram seen in the output marks "all before is in". */
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
    const tag = Buffer.from(`winrpc-registry-barrier-${randomBytes(8).toString('hex')}`);
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

const sz = (s: string): Uint8Array => new Uint8Array(Buffer.from(s + '\0', 'utf16le'));

test('a cluster registry session dissects cleanly in tshark', { timeout: 120_000 }, async (t) => {
  const unavailable = whyUnavailable();
  if (unavailable) {
    t.skip(unavailable);
    return;
  }
  const { model } = demo();
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
  const dir = mkdtempSync(join(tmpdir(), 'winrpc-registry-tshark-'));
  const pcap = join(dir, 'registry.pcapng');
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
      const root = (await step('ApiGetRootKey', api.ApiGetRootKey({ samDesired: KeyAccess.KEY_ALL_ACCESS })))
        .ret;
      const created = await step(
        'ApiCreateKey',
        api.ApiCreateKey({
          hKey: root,
          lpSubKey: 'Wire\\Test',
          dwOptions: 0,
          samDesired: KeyAccess.KEY_ALL_ACCESS,
          lpSecurityAttributes: null,
        }),
      );
      const key = created.ret;
      const data = sz('captured');
      await step(
        'ApiSetValue',
        api.ApiSetValue({
          hKey: key,
          lpValueName: 'Greeting',
          dwType: RegType.REG_SZ,
          lpData: data,
          cbData: data.length,
        }),
      );
      await step(
        'ApiQueryValue',
        api.ApiQueryValue({ hKey: key, lpValueName: 'Greeting', cbData: 2 }),
        Win32.ERROR_MORE_DATA,
      );
      await step('ApiQueryValue', api.ApiQueryValue({ hKey: key, lpValueName: 'Greeting', cbData: 64 }));
      await step('ApiEnumValue', api.ApiEnumValue({ hKey: key, dwIndex: 0, lpcbData: 64 }));
      await step(
        'ApiEnumValue',
        api.ApiEnumValue({ hKey: key, dwIndex: 1, lpcbData: 64 }),
        Win32.ERROR_NO_MORE_ITEMS,
      );
      const opened = (
        await step(
          'ApiOpenKey',
          api.ApiOpenKey({ hKey: root, lpSubKey: 'Wire', samDesired: KeyAccess.KEY_READ }),
        )
      ).ret;
      await step('ApiEnumKey', api.ApiEnumKey({ hKey: opened, dwIndex: 0 }));
      await step('ApiEnumKey', api.ApiEnumKey({ hKey: opened, dwIndex: 1 }), Win32.ERROR_NO_MORE_ITEMS);
      await step('ApiQueryInfoKey', api.ApiQueryInfoKey({ hKey: key }));
      const sec = await step(
        'ApiGetKeySecurity',
        api.ApiGetKeySecurity({
          hKey: key,
          SecurityInformation: SecurityInformation.OWNER | SecurityInformation.DACL,
          pRpcSecurityDescriptor: {
            lpSecurityDescriptor: null,
            cbInSecurityDescriptor: 1024,
            cbOutSecurityDescriptor: 0,
          },
        }),
      );
      const sd = sec.pRpcSecurityDescriptor.lpSecurityDescriptor!;
      await step(
        'ApiSetKeySecurity',
        api.ApiSetKeySecurity({
          hKey: key,
          SecurityInformation: SecurityInformation.OWNER,
          pRpcSecurityDescriptor: {
            lpSecurityDescriptor: sd,
            cbInSecurityDescriptor: sd.length,
            cbOutSecurityDescriptor: sd.length,
          },
        }),
      );
      const batch = encodeBatch([
        { command: C.CLUSREG_CREATE_KEY, valueType: 0, name: 'Wire\\Batch', data: new Uint8Array(0) },
        {
          command: C.CLUSREG_SET_VALUE,
          valueType: RegType.REG_BINARY,
          name: 'b',
          data: new Uint8Array([1, 2, 3]),
        },
      ]);
      const port2 = (await step('ApiCreateBatchPort', api.ApiCreateBatchPort({ hKey: root }))).phBatchPort;
      await step('ApiExecuteBatch', api.ApiExecuteBatch({ hKey: root, cbData: batch.length, lpData: batch }));
      await step('ApiGetBatchNotification', api.ApiGetBatchNotification({ hBatchNotify: port2 }));
      const read = encodeBatch([
        { command: C.CLUSREG_READ_KEY, valueType: 0, name: 'Wire\\Batch', data: new Uint8Array(0) },
        { command: C.CLUSREG_READ_VALUE, valueType: 0, name: 'b', data: new Uint8Array(0) },
      ]);
      await step(
        'ApiExecuteReadBatch',
        api.ApiExecuteReadBatch({ hKey: root, cbInData: read.length, lpInData: read }),
      );
      await step(
        'ApiExecuteReadBatchEx',
        api.ApiExecuteReadBatchEx({ hKey: root, cbInData: read.length, lpInData: read, flags: 2 }),
      );
      await step('ApiCloseBatchPort', api.ApiCloseBatchPort({ phBatchPort: port2 }));
      await step('ApiDeleteValue', api.ApiDeleteValue({ hKey: key, lpValueName: 'Greeting' }));
      await step(
        'ApiDeleteKey',
        api.ApiDeleteKey({ hKey: root, lpSubKey: 'Wire' }),
        Win32.ERROR_ACCESS_DENIED,
      );
      await step('ApiCloseKey', api.ApiCloseKey({ pKey: key }));
      await step('ApiCloseKey', api.ApiCloseKey({ pKey: opened }));
      await step('ApiCloseKey', api.ApiCloseKey({ pKey: root }));
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
      const k = `${f.get('clusapi.opnum')?.[0]}/${d.get('dcerpc.pkt_type')?.[0]}`;
      const merged = seen.get(k) ?? new Map<string, string[]>();
      for (const [name, v] of f) merged.set(name, [...(merged.get(name) ?? []), ...v]);
      seen.set(k, merged);
    }
    for (const opnum of called) {
      assert.ok(seen.has(`${opnum}/0`), `opnum ${opnum}: request dissected as clusapi`);
      assert.ok(seen.has(`${opnum}/2`), `opnum ${opnum}: response dissected as clusapi`);
    }
    assert.ok(called.size >= 19, `${called.size} registry opnums exercised`);
    const all = [...seen.values()].flatMap((m) => [...m.values()].flat());
    assert.ok(all.includes('Wire\\Test'), 'ApiCreateKey lpSubKey printed');
    assert.ok(all.includes('Greeting'), 'value name printed');
  } finally {
    if (capture) await capture.stop();
    await listener.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
