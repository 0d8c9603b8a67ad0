/**
 * The `winrpc` command as a user runs it: a child process, its stdout lines, exit codes, signals.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');
const cliPath = path.resolve(path.dirname(here), '../../src/cli/main' + (fromSource ? '.ts' : '.js'));
const nodeArgs = fromSource ? ['--import', 'tsx', cliPath] : [cliPath];

function start(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [...nodeArgs, ...args], { stdio: 'pipe' });
}

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcessWithoutNullStreams): Promise<Result> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

function run(args: readonly string[]): Promise<Result> {
  return collect(start(args));
}

/** Waits for the `listening` lines of a serve process; returns name → port. */
function listening(child: ChildProcessWithoutNullStreams): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const ports = new Map<string, number>();
    const onData = (d: Buffer): void => {
      buf += d.toString();
      for (const m of buf.matchAll(/^listening (\S+) ncacn_ip_tcp:127\.0\.0\.1\[(\d+)\]$/gm))
        ports.set(m[1], Number(m[2]));
      if (ports.has('epm') && ports.has('services')) {
        child.stdout.off('data', onData);
        resolve(ports);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited early with ${code}: ${buf}`)));
  });
}

function assertNoStack(text: string): void {
  assert.doesNotMatch(text, /^\s+at /m, 'no stack trace');
}

describe('winrpc serve + epm lookup', () => {
  let serve: ChildProcessWithoutNullStreams;
  let done: Promise<Result>;
  let ports: Map<string, number>;
  const state = path.join(mkdtempSync(path.join(os.tmpdir(), 'winrpc-cli-')), 'state');

  before(async () => {
    serve = start([
      'serve',
      '--listen',
      '127.0.0.1',
      '--epm-port',
      '0',
      '--smb-port',
      'off',
      '--state',
      state,
      '--log-level',
      'silent',
    ]);
    const ready = listening(serve);
    done = collect(serve);
    ports = await ready;
  });
  after(() => {
    if (serve.exitCode === null) serve.kill('SIGKILL');
  });

  it('prints one line per endpoint and creates the state directory', () => {
    assert.ok(ports.get('epm')! > 0);
    assert.ok(ports.get('services')! > 0);
    assert.ok(existsSync(state));
  });

  it('epm lookup lists epm and mgmt as JSON and as a table', async () => {
    const epmPort = String(ports.get('epm'));
    const json = await run(['epm', 'lookup', '127.0.0.1', '--port', epmPort, '--json']);
    assert.equal(json.code, 0, json.stderr);
    const rows = JSON.parse(json.stdout) as { name: string; binding: string }[];
    // RRAS registers \PIPE\ROUTER in the map even when SMB is off (as Windows keeps it).
    assert.ok(rows.some((r) => r.name === 'dimsvc' && /^ncacn_np:.*\[\\PIPE\\ROUTER\]$/.test(r.binding)));
    assert.deepEqual(
      rows.filter((r) => r.binding.startsWith('ncacn_ip_tcp:')).map((r) => [r.name, r.binding]),
      [
        ['epm', `ncacn_ip_tcp:127.0.0.1[${epmPort}]`],
        ['mgmt', `ncacn_ip_tcp:127.0.0.1[${epmPort}]`],
        ['mgmt', `ncacn_ip_tcp:127.0.0.1[${ports.get('services')}]`],
        ['clusapi', `ncacn_ip_tcp:127.0.0.1[${ports.get('services')}]`],
      ],
    );
    const table = await run(['epm', 'lookup', '--port', epmPort]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^INTERFACE\s+VERSION\s+NAME\s+BINDING\s+ANNOTATION$/m);
    assert.match(table.stdout, /e1af8308-5d1f-11c9-91a4-08002b14a0fa\s+3\.0\s+epm\s+ncacn_ip_tcp/);
  });

  it('refuses a taken port with a clear message and exit code 1', async () => {
    const r = await run([
      'serve',
      '--epm-port',
      String(ports.get('epm')),
      '--state',
      state,
      '--log-level',
      'silent',
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /winrpc: port \d+ on 127\.0\.0\.1 is already in use/);
    assertNoStack(r.stderr);
  });

  it('exits 0 on SIGTERM', async () => {
    serve.kill('SIGTERM');
    const r = await done;
    assert.equal(r.code, 0);
    assert.equal(r.signal, null);
  });
});

describe('winrpc errors', () => {
  it('epm lookup against a closed port: message and exit 1', async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as net.AddressInfo).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const res = await run(['epm', 'lookup', '127.0.0.1', '--port', String(port)]);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /^winrpc: connection to 127\.0\.0\.1:\d+ refused$/m);
    assertNoStack(res.stderr);
  });

  it('bad flags and config files are usage errors (exit 2)', async () => {
    const badPort = await run(['epm', 'lookup', '--port', '99999']);
    assert.equal(badPort.code, 2);
    assert.match(badPort.stderr, /--port must be a port number/);
    const badServe = await run(['serve', '--epm-port', 'abc']);
    assert.equal(badServe.code, 2);
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-cfg-'));
    const cfg = path.join(dir, 'c.json');
    writeFileSync(cfg, JSON.stringify({ epmPort: 0, logLevel: 'loud' }));
    const badCfg = await run(['serve', '--config', cfg, '--state', path.join(dir, 's')]);
    assert.equal(badCfg.code, 2);
    assert.match(badCfg.stderr, /config logLevel must be one of/);
    assertNoStack(badCfg.stderr);
  });

  it('flags override the config file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-cfg-'));
    const cfg = path.join(dir, 'c.json');
    writeFileSync(cfg, JSON.stringify({ listen: '127.0.0.1', epmPort: 1, logLevel: 'silent' }));
    const child = start([
      'serve',
      '--config',
      cfg,
      '--epm-port',
      '0',
      '--smb-port',
      'off',
      '--state',
      path.join(dir, 's'),
    ]);
    const result = collect(child);
    const ports = await listening(child);
    assert.notEqual(ports.get('epm'), 1);
    child.kill('SIGINT');
    assert.equal((await result).code, 0);
  });
});
