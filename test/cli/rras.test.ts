/**
 * `winrpc rras …`: every subcommand in-process (table and --json) against a host with the RRAS
 * service on an SMB2 port the OS picks, and a few runs as a child process for exit codes and
 * stderr.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CredentialEnvironment } from '../../src/cli/credentials.js';
import { UsageError } from '../../src/cli/errors.js';
import {
  parseId,
  runRrasAction,
  runRrasList,
  runRrasShow,
  type RrasActionCommand,
  type RrasFlags,
  type RrasShowCommand,
} from '../../src/cli/rras.js';
import { RRAS_LIST_COMMANDS, rrasDetailRows, type RrasListCommand } from '../../src/cli/rras-format.js';
import { RrasApiError } from '../../src/rras/sdk/index.js';
import { ADMIN, startRrasHost, USER, type RrasHost } from '../rras/sdk-fixture.js';

const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');
const cliPath = path.resolve(path.dirname(here), '../../src/cli/main' + (fromSource ? '.ts' : '.js'));
const nodeArgs = fromSource ? ['--import', 'tsx', cliPath] : [cliPath];

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WINRPC_PASSWORD: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const envr: CredentialEnvironment = {
  env: {},
  isTTY: false,
  prompt: () => Promise.reject(new Error('no prompt in tests')),
};

describe('winrpc rras', () => {
  let host: RrasHost;
  let base: RrasFlags;

  before(async () => {
    host = await startRrasHost();
    base = { host: '127.0.0.1', smbPort: String(host.smbPort), user: `${ADMIN.user}%${ADMIN.password}` };
  });
  after(async () => {
    await host.close();
  });

  async function capture(fn: (out: (t: string) => void) => Promise<void>): Promise<string> {
    let text = '';
    await fn((t) => (text += t));
    return text;
  }
  const list = (what: RrasListCommand, flags: RrasFlags = {}) =>
    capture((out) => runRrasList(what, { ...base, ...flags }, envr, out));
  const show = (what: RrasShowCommand, arg: string | undefined, flags: RrasFlags = {}) =>
    capture((out) => runRrasShow(what, arg, { ...base, ...flags }, envr, out));
  const act = (what: RrasActionCommand, arg: string, flags: RrasFlags = {}) =>
    capture((out) => runRrasAction(what, arg, { ...base, ...flags }, envr, out));

  it('parses ids and refuses anything else as a usage error', () => {
    assert.equal(parseId('42', 'port'), 42);
    assert.throws(() => parseId('-1', 'port'), UsageError);
    assert.throws(() => parseId('x', 'port'), UsageError);
    assert.throws(() => parseId('4294967296', 'port'), UsageError);
  });

  it('flattens nested objects into field rows', () => {
    assert.deepEqual(rrasDetailRows({ a: 1, b: { c: true }, d: ['x', 'y'] }), [
      { field: 'a', value: '1' },
      { field: 'b.c', value: 'yes' },
      { field: 'd', value: 'x,y' },
    ]);
  });

  for (const what of RRAS_LIST_COMMANDS) {
    it(`${what}: a table with headings, and --json`, async () => {
      const table = await list(what);
      const lines = table.trimEnd().split('\n');
      assert.match(lines[0]!, /^[A-Z][A-Z-]+(\s+[A-Z][A-Z-]+)+$/);
      assert.ok(lines.length > 1, `${what} has rows`);
      const json = JSON.parse(await list(what, { json: true })) as unknown[];
      assert.equal(json.length, lines.length - 1);
    });
  }

  it('ports --connection lists the ports of one connection', async () => {
    const conns = JSON.parse(await list('connections', { json: true })) as { id: number }[];
    const ports = JSON.parse(await list('ports', { json: true, connection: String(conns[0]!.id) })) as {
      connectionId: number;
    }[];
    assert.ok(ports.length >= 1);
    assert.ok(ports.every((p) => p.connectionId === conns[0]!.id));
  });

  it('info, port, connection, interface: field/value tables and --json', async () => {
    const info = await show('info', undefined);
    assert.match(info, /^FIELD\s+VALUE\n/);
    assert.match(info, /totalPorts\s+128/);
    assert.equal(
      (JSON.parse(await show('info', undefined, { json: true })) as { totalPorts: number }).totalPorts,
      128,
    );
    const port = await show('port', '1');
    assert.match(port, /counters\.bytesSent\s+\d+/);
    assert.equal((JSON.parse(await show('port', '1', { json: true })) as { id: number }).id, 1);
    const conns = JSON.parse(await list('connections', { json: true })) as { id: number; userName: string }[];
    const c = await show('connection', String(conns[0]!.id));
    assert.match(c, new RegExp(`userName\\s+${conns[0]!.userName}`));
    const ifs = JSON.parse(await list('interfaces', { json: true })) as { name: string; handle: number }[];
    assert.match(await show('interface', ifs[0]!.name), new RegExp(`handle\\s+${ifs[0]!.handle}`));
    assert.equal(
      (JSON.parse(await show('interface', String(ifs[0]!.handle), { json: true })) as { name: string }).name,
      ifs[0]!.name,
    );
  });

  it('disconnect, hangup and update-endpoint change the server', async () => {
    const conns = JSON.parse(await list('connections', { json: true })) as {
      id: number;
      projection: string;
      remoteEndpoint: string;
    }[];
    const ppp = conns.filter((c) => c.projection === 'ppp');
    const ike = conns.find((c) => c.projection === 'ikev2')!;
    const ports = JSON.parse(await list('ports', { json: true, connection: String(ppp[0]!.id) })) as {
      id: number;
    }[];
    assert.equal(await act('disconnect', String(ports[0]!.id)), `port ${ports[0]!.id}: disconnected\n`);
    assert.deepEqual(JSON.parse(await act('hangup', String(ppp[1]!.id), { json: true })), {
      connection: ppp[1]!.id,
      hungUp: true,
    });
    const moved = await act('update-endpoint', String(ike.id), { ifIndex: '5', remote: '198.51.100.99' });
    assert.match(moved, /remote endpoint 198\.51\.100\.99/);
    const after = JSON.parse(await list('connections', { json: true })) as {
      id: number;
      remoteEndpoint: string;
    }[];
    assert.ok(!after.some((c) => c.id === ppp[0]!.id || c.id === ppp[1]!.id));
    assert.equal(after.find((c) => c.id === ike.id)!.remoteEndpoint, '198.51.100.99');
    await assert.rejects(act('update-endpoint', String(ike.id), { remote: 'x' }), UsageError);
  });

  it('create-interface and delete-interface', async () => {
    assert.match(await act('create-interface', 'Cli-LAN'), /^interface Cli-LAN: created, handle \d+\n$/);
    const made = JSON.parse(await act('create-interface', 'Cli-LAN2', { json: true, type: 'dedicated' })) as {
      name: string;
      type: string;
    };
    assert.deepEqual([made.name, made.type], ['Cli-LAN2', 'dedicated']);
    assert.equal(await act('delete-interface', 'cli-lan2'), 'interface cli-lan2: deleted\n');
    await assert.rejects(act('create-interface', 'X', { type: 'tunnel' }), UsageError);
    await assert.rejects(act('delete-interface', 'cli-lan2'), RrasApiError);
  });

  it('a refused call rejects with the status; no credentials is a usage error', async () => {
    await assert.rejects(act('disconnect', '999999'), (e: unknown) => e instanceof RrasApiError);
    await assert.rejects(
      capture((out) => runRrasList('ports', { ...base, user: `${USER.user}%${USER.password}` }, envr, out)),
      (e: unknown) => e instanceof RrasApiError && e.statusName === 'ERROR_ACCESS_DENIED',
    );
    await assert.rejects(
      capture((out) => runRrasList('ports', { ...base, user: undefined }, envr, out)),
      UsageError,
    );
  });

  it('as a process: a table on stdout (0), a refusal on stderr (1), a bad command line (2)', async () => {
    const common = ['--host', '127.0.0.1', '--smb-port', String(host.smbPort)];
    const ok = await run(['rras', 'devices', ...common, '-U', `${ADMIN.user}%${ADMIN.password}`]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^TYPE\s+NAME\n/);
    const denied = await run(['rras', 'ports', ...common, '-U', `${USER.user}%${USER.password}`]);
    assert.equal(denied.code, 1);
    assert.match(denied.stderr, /ERROR_ACCESS_DENIED/);
    assert.equal(denied.stdout, '');
    const bad = await run(['rras', 'port', 'abc', ...common, '-U', `${ADMIN.user}%${ADMIN.password}`]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /port: expected a number/);
  });
});
