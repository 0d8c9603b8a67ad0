/**
 * `winrpc cluster …` as a user runs it: a child process against a host started in this process
 * (cluster service, endpoint mapper on a free port), its tables, JSON and exit codes.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { AccountService, CLUSTER_READERS_GROUP } from '../../src/accounts/service.js';
import { formatRows, parseAssignments, toJson } from '../../src/cli/cluster.js';
import { UsageError } from '../../src/cli/errors.js';
import { createClusterService } from '../../src/cluster/service.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { startHost, type RunningHost } from '../../src/host/host.js';
import { MemoryStore } from '../../src/store/index.js';

const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');
const cliPath = path.resolve(path.dirname(here), '../../src/cli/main' + (fromSource ? '.ts' : '.js'));
const nodeArgs = fromSource ? ['--import', 'tsx', cliPath] : [cliPath];

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WINRPC_PASSWORD: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('cluster CLI helpers', () => {
  it('formats tables with upper-case headings', () => {
    assert.equal(
      formatRows([
        { name: 'NODE1', state: 'Up' },
        { name: 'N2', state: 'Paused' },
      ]),
      'NAME   STATE\nNODE1  Up\nN2     Paused\n',
    );
    assert.equal(formatRows([], ['name']), 'NAME\n');
  });
  it('parses NAME=VALUE and refuses anything else as a usage error', () => {
    assert.deepEqual(parseAssignments(['A=1', 'B=x=y', 'C=']), { A: '1', B: 'x=y', C: '' });
    assert.throws(() => parseAssignments(['=1']), UsageError);
    assert.throws(() => parseAssignments(['A']), UsageError);
    assert.throws(() => parseAssignments([]), UsageError);
  });
  it('prints 64-bit values and bytes in JSON', () => {
    assert.deepEqual(JSON.parse(toJson({ a: 1n << 60n, b: new Uint8Array([1, 255]) })), {
      a: '1152921504606846976',
      b: '01ff',
    });
  });
});

describe('winrpc cluster', () => {
  let host: RunningHost;
  let base: string[];
  let servicesPort: number;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-cluster-cli-'));

  before(async () => {
    const accounts = AccountService.open(new MemoryStore(), { machineName: 'clitest' });
    accounts.ensureAdministrator('Adm1n!pw');
    accounts.addUser('reader', { password: 'R3ader!pw' }, { groups: [CLUSTER_READERS_GROUP] });
    host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, stateDir: dir, logLevel: 'silent' },
      logger: pino({ level: 'silent' }),
      accounts,
      services: [createClusterService()],
    });
    const epmPort = host.endpoints.find((e) => e.name === 'epm')!.port;
    servicesPort = host.endpoints.find((e) => e.name === 'services')!.port;
    base = ['--host', '127.0.0.1', '--epm-port', String(epmPort), '-U', 'Administrator%Adm1n!pw'];
  });
  after(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists nodes, groups, resources, types, networks and interfaces', async () => {
    const [nodes, groups, resources, types, networks, nis, info] = await Promise.all([
      run(['cluster', 'nodes', ...base]),
      run(['cluster', 'groups', ...base, '--json']),
      run(['cluster', 'resources', ...base]),
      run(['cluster', 'types', ...base, '--json']),
      run(['cluster', 'networks', ...base]),
      run(['cluster', 'netinterfaces', ...base, '--spnego']),
      run(['cluster', 'info', ...base]),
    ]);
    for (const r of [nodes, groups, resources, types, networks, nis, info]) assert.equal(r.code, 0, r.stderr);
    assert.match(nodes.stdout, /^NAME\s+STATE\s+ID$/m);
    assert.match(nodes.stdout, /^NODE1\s+Up\s+\S+$/m);
    const g = JSON.parse(groups.stdout) as { name: string; state: string; owner: string }[];
    assert.deepEqual(
      g.map((x) => x.name),
      ['Available Storage', 'Cluster Group'],
    );
    assert.equal(g[1]!.owner, 'NODE1');
    assert.match(resources.stdout, /^Cluster Name\s+\w+\s+Cluster Group\s+NODE1\s+Network Name\s/m);
    assert.ok((JSON.parse(types.stdout) as { name: string }[]).some((t) => t.name === 'IP Address'));
    assert.match(networks.stdout, /^NAME\s+STATE\s+ID$/m);
    assert.match(nis.stdout, /^NODE2 - Ethernet\s+Up\s/m);
    assert.match(info.stdout, /^Name\s+WINRPC-CLU$/m);
  });

  it('offline, online, move, pause and resume; a fixed --port skips the endpoint mapper', async () => {
    const off = await run(['cluster', 'offline', 'Available Storage', ...base]);
    assert.equal(off.code, 0, off.stderr);
    assert.equal(off.stdout, 'group Available Storage: Offline\n');
    const on = await run(['cluster', 'online', 'Available Storage', ...base, '--json']);
    assert.equal(on.code, 0, on.stderr);
    assert.deepEqual(JSON.parse(on.stdout), {
      kind: 'group',
      name: 'Available Storage',
      state: 'Online',
      pending: false,
    });
    const move = await run(['cluster', 'move', 'Available Storage', 'NODE3', ...base, '--json']);
    assert.equal(move.code, 0, move.stderr);
    assert.equal((JSON.parse(move.stdout) as { owner: string }).owner, 'NODE3');
    const pause = await run(['cluster', 'pause', 'NODE2', ...base]);
    assert.equal(pause.stdout, 'node NODE2: Paused\n', pause.stderr);
    const direct = base.filter((_, i) => i < 2 || i > 3);
    const resume = await run(['cluster', 'resume', 'NODE2', ...direct, '--port', String(servicesPort)]);
    assert.equal(resume.stdout, 'node NODE2: Up\n', resume.stderr);
  });

  it('props and set-prop, typed as the cluster types each property', async () => {
    const set = await run([
      'cluster',
      'set-prop',
      'group',
      'Cluster Group',
      'Description=core group',
      'AutoFailbackType=1',
      ...base,
    ]);
    assert.equal(set.code, 0, set.stderr);
    const props = await run(['cluster', 'props', 'group', 'Cluster Group', ...base, '--json']);
    assert.equal(props.code, 0, props.stderr);
    const p = JSON.parse(props.stdout) as Record<string, unknown>;
    assert.equal(p.Description, 'core group');
    assert.equal(p.AutoFailbackType, 1);
    const table = await run(['cluster', 'props', 'netinterface', 'NODE1 - Ethernet', ...base]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^PROPERTY\s+VALUE$/m);
    assert.match(table.stdout, /^Name\s+NODE1 - Ethernet$/m);
    const bad = await run([
      'cluster',
      'set-prop',
      'group',
      'Cluster Group',
      'AutoFailbackType=lots',
      ...base,
    ]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /AutoFailbackType/);
  });

  it('online --resource and evict', async () => {
    const off = await run(['cluster', 'offline', '--resource', 'Cluster Name', ...base]);
    assert.equal(off.stdout, 'resource Cluster Name: Offline\n', off.stderr);
    const on = await run(['cluster', 'online', '--resource', 'Cluster Name', ...base]);
    assert.equal(on.stdout, 'resource Cluster Name: Online\n', on.stderr);
    const evict = await run(['cluster', 'evict', 'NODE2', ...base]);
    assert.equal(evict.stdout, 'node NODE2: evicted\n', evict.stderr);
    const nodes = await run(['cluster', 'nodes', ...base, '--json']);
    assert.deepEqual(
      (JSON.parse(nodes.stdout) as { name: string }[]).map((n) => n.name),
      ['NODE1', 'NODE3'],
    );
  });

  it('a refused call exits 1 with the status name; a bad command line exits 2', async () => {
    const [missing, denied, noUser, sign, kind, fromEnv] = await Promise.all([
      run(['cluster', 'online', 'No Such Group', ...base]),
      run(['cluster', 'offline', 'Cluster Group', ...base.slice(0, 4), '-U', 'reader%R3ader!pw']),
      run(['cluster', 'nodes', ...base.slice(0, 4)]),
      run(['cluster', 'nodes', ...base, '--sign']),
      run(['cluster', 'props', 'gizmo', 'x', ...base]),
      run(['cluster', 'nodes', ...base.slice(0, 4), '-U', 'reader'], { WINRPC_PASSWORD: 'R3ader!pw' }),
    ]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^winrpc: .*ERROR_GROUP_NOT_FOUND/m);
    assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(denied.code, 1);
    assert.match(denied.stderr, /ERROR_ACCESS_DENIED/);
    assert.equal(noUser.code, 2);
    assert.match(noUser.stderr, /credentials/);
    assert.equal(sign.code, 2);
    assert.equal(kind.code, 2);
    assert.equal(fromEnv.code, 0, fromEnv.stderr);
    assert.match(fromEnv.stdout, /^NODE3\s/m);
  });
});
