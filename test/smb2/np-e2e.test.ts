/** RPC over SMB2 named pipes end to end: connectRpc('ncacn_np:…') → bind epm → ept_lookup. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runEpmLookup } from '../../src/cli/epm.js';
import { EPM_SYNTAX, eptLookupAll } from '../../src/interfaces/epm/client.js';
import { parseBinding } from '../../src/rpc/binding.js';
import { connectRpc } from '../../src/interfaces/connect.js';
import { Smb2Client, Smb2Error } from '../../src/smb2/client.js';
import { Dialect } from '../../src/smb2/constants.js';
import { ALICE } from '../security/fixtures.js';
import { type PipeServer, startPipeServer } from './client-fixture.js';

let server: PipeServer;
before(async () => {
  server = await startPipeServer();
});
after(async () => {
  await server.close();
});

test('connectRpc over ncacn_np: bind epm and ept_lookup through the pipe', async () => {
  const conn = await connectRpc('ncacn_np:127.0.0.1[\\pipe\\epmapper]', {
    smbPort: server.listener.port,
    smbCredentials: ALICE,
    timeoutMs: 5000,
  });
  assert.equal(conn.transport.protseq, 'ncacn_np');
  assert.equal(conn.transport.endpoint, '\\PIPE\\epmapper');
  const ctx = await conn.bind(EPM_SYNTAX);
  assert.equal(conn.secAddr.toLowerCase(), '\\pipe\\epmapper');
  const entries = await eptLookupAll(conn, ctx);
  assert.ok(entries.some((e) => e.tower?.iface.uuid === EPM_SYNTAX.uuid && e.annotation === 'epm'));
  await conn.close();
});

test("connectRpc takes the SMB port from the binding's port= option", async () => {
  const conn = await connectRpc(`ncacn_np:127.0.0.1[\\pipe\\epmapper,port=${server.listener.port}]`, {
    smbPort: 1, // the binding's option wins over the default
    smbCredentials: ALICE,
    timeoutMs: 5000,
  });
  assert.equal(conn.transport.remotePort, server.listener.port);
  const entries = await eptLookupAll(conn, await conn.bind(EPM_SYNTAX));
  assert.ok(entries.length > 0);
  await conn.close();
});

test('RPC connections on one shared SMB session (encrypted 3.1.1)', async () => {
  const smb = await Smb2Client.connect('127.0.0.1', server.listener.port, {
    credentials: ALICE,
    dialects: [Dialect.SMB311],
    encrypt: 'required',
  });
  const binding = parseBinding('ncacn_np:127.0.0.1[\\pipe\\epmapper]');
  const [a, b] = await Promise.all([
    connectRpc(binding, { smbClient: smb }),
    connectRpc(binding, { smbClient: smb }),
  ]);
  const [ea, eb] = await Promise.all([
    a.bind(EPM_SYNTAX).then((ctx) => eptLookupAll(a, ctx)),
    b.bind(EPM_SYNTAX).then((ctx) => eptLookupAll(b, ctx)),
  ]);
  assert.equal(ea.length, eb.length);
  assert.ok(ea.length > 0);
  await a.close();
  await b.close();
  assert.equal(smb.pipes.size, 0);
  await smb.close();
});

test('connectRpc: unknown pipe is STATUS_OBJECT_NAME_NOT_FOUND', async () => {
  await assert.rejects(
    connectRpc('ncacn_np:127.0.0.1[\\pipe\\lsarpc]', {
      smbPort: server.listener.port,
      smbCredentials: ALICE,
    }),
    (err: unknown) => err instanceof Smb2Error && err.statusName === 'STATUS_OBJECT_NAME_NOT_FOUND',
  );
});

test('winrpc epm lookup ncacn_np:…[\\pipe\\epmapper] --port N -U user%pass', async () => {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // Only the command's text is captured; the test runner's own (binary) reports pass through.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]): boolean => {
    if (typeof chunk !== 'string') return write(chunk, ...rest);
    out.push(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await runEpmLookup(
      'ncacn_np:127.0.0.1[\\pipe\\epmapper]',
      { port: String(server.listener.port), user: 'WINRPC\\alice%S3cret!pass', json: true },
      { env: {}, isTTY: false, prompt: () => Promise.reject(new Error('no prompt')) },
    );
  } finally {
    process.stdout.write = write;
  }
  const rows = JSON.parse(out.join('')) as { name: string; binding: string }[];
  assert.ok(rows.some((r) => r.name === 'epm' && r.binding.startsWith('ncacn_np:')));
});
