/**
 * `winrpc cluster server-state`: a child process writes the override into the state directory of a
 * host running in this process (SQLite, WAL), and the running server answers by it at the next call:
 * read-only refuses writes with ERROR_SHARING_PAUSED and keeps serving reads; none refuses
 * everything with ERROR_CLUSTER_NODE_NOT_READY ([MS-CMRP] 3.1.1); auto brings writes back.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { AccountService } from '../../src/accounts/service.js';
import { parseServerState, runClusterServerState } from '../../src/cli/cluster-server-state.js';
import { clientSecurity } from '../../src/cli/credentials.js';
import { UsageError } from '../../src/cli/errors.js';
import { DesiredAccess } from '../../src/cluster/model/access.js';
import { ClusterEnum } from '../../src/cluster/server/enums.js';
import { createClusterService, type ClusterService } from '../../src/cluster/service.js';
import { ClusterStatus, statusName, Win32 } from '../../src/errors/status.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { startHost, type RunningHost } from '../../src/host/host.js';
import { Clusapi3Client, Clusapi3Syntax } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { connectTcpRpc, type RpcClientConnection } from '../../src/rpc/client.js';
import { AuthLevel } from '../../src/rpc/types.js';
import { openStateStore, type SqliteStore } from '../../src/store/index.js';

const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');
const cliPath = path.resolve(path.dirname(here), '../../src/cli/main' + (fromSource ? '.ts' : '.js'));
const nodeArgs = fromSource ? ['--import', 'tsx', cliPath] : [cliPath];

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...nodeArgs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'winrpc-srvstate-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const same = (actual: number, expected: number, what: string): void =>
  assert.equal(statusName(actual), statusName(expected), what);

describe('cluster server-state: arguments', () => {
  it('takes the four settings in their documented and camel-case spellings', () => {
    assert.equal(parseServerState('read-only'), 'readOnly');
    assert.equal(parseServerState('readOnly'), 'readOnly');
    assert.equal(parseServerState('READ-WRITE'), 'readWrite');
    assert.equal(parseServerState('none'), 'none');
    assert.equal(parseServerState('auto'), 'auto');
    assert.throws(() => parseServerState('paused'), UsageError);
    assert.throws(() => parseServerState(''), UsageError);
  });

  it('shows auto for a directory no server has used, without creating anything there', () => {
    const dir = tmp();
    assert.equal(runClusterServerState(undefined, { state: dir }), 'auto\n');
    assert.deepEqual(readdirSync(dir), []);
    assert.equal(
      runClusterServerState('none', { state: dir, json: true }),
      '{"serverState":"none","changed":true}\n',
    );
    assert.ok(
      existsSync(path.join(dir, 'state.db')),
      'stored in the host database, where serve keeps the cluster',
    );
    assert.equal(runClusterServerState(undefined, { state: dir }), 'none\n');
  });

  it('a bad value is a usage error (exit 2)', async () => {
    const r = await run(['cluster', 'server-state', 'sideways', '--state', tmp()]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /server state must be one of auto, none, read-only, read-write/);
  });
});

describe('cluster server-state against a running server', () => {
  const dir = tmp();
  let host: RunningHost;
  let service: ClusterService;
  let store: SqliteStore;
  let conn: RpcClientConnection;
  let c: Clusapi3Client;

  before(async () => {
    // As `winrpc serve` runs it: one SQLite database in the state directory shared by the
    // accounts and every service, which the command opens from another process.
    store = openStateStore(dir);
    const accounts = AccountService.open(store, { machineName: 'statetest' });
    accounts.ensureAdministrator('Adm1n!pw');
    service = createClusterService();
    host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, stateDir: dir, logLevel: 'silent' },
      logger: pino({ level: 'silent' }),
      accounts,
      store,
      services: [service],
    });
    const port = host.endpoints.find((e) => e.name === 'services')!.port;
    const security = clientSecurity(
      { user: 'Administrator', domain: '', password: 'Adm1n!pw', anonymous: false },
      { mechanism: 'ntlm', level: AuthLevel.PKT_PRIVACY },
    );
    conn = await connectTcpRpc('127.0.0.1', port, { timeoutMs: 10_000, security });
    const ctx = await conn.bind(Clusapi3Syntax);
    c = new Clusapi3Client({ syntax: ctx.syntax, call: (opnum, stub) => conn.call(ctx, opnum, stub) });
  });
  after(async () => {
    await conn.close();
    await host.close();
    store.close();
  });

  const cli = async (...args: string[]): Promise<string> => {
    const r = await run(['cluster', 'server-state', ...args, '--state', dir]);
    assert.equal(r.code, 0, r.stderr);
    return r.stdout;
  };

  it('read-only: writes get ERROR_SHARING_PAUSED, reads still work; auto restores writes', async () => {
    assert.equal(await cli(), 'auto\n');
    const g = await c.ApiOpenGroup({ lpszGroupName: 'Available Storage' });
    same(g.Status, Win32.ERROR_SUCCESS, 'open');
    same((await c.ApiOfflineGroup({ hGroup: g.ret })).ret, Win32.ERROR_SUCCESS, 'offline while read/write');

    assert.equal(await cli('read-only'), 'read-only\n');
    assert.equal(await cli(), 'read-only\n');
    assert.equal(service.serverState, 'readOnly', 'the running service sees the stored override');

    same((await c.ApiOnlineGroup({ hGroup: g.ret })).ret, Win32.ERROR_SHARING_PAUSED, 'online');
    const created = await c.ApiCreateGroup({ lpszGroupName: 'Not Now' });
    same(created.Status, Win32.ERROR_SHARING_PAUSED, 'create');
    const state = await c.ApiGetGroupState({ hGroup: g.ret });
    same(state.ret, Win32.ERROR_SUCCESS, 'group state is a read');
    assert.equal(state.NodeName, 'NODE1');
    same((await c.ApiGetClusterName()).ret, Win32.ERROR_SUCCESS, 'cluster name');
    same((await c.ApiCreateEnum({ dwType: ClusterEnum.NODE })).ret, Win32.ERROR_SUCCESS, 'node enum');
    const ni = await c.ApiOpenNetInterfaceEx({
      lpszNetInterfaceName: 'NODE2 - Ethernet',
      dwDesiredAccess: DesiredAccess.GENERIC_READ,
    });
    same(ni.Status, Win32.ERROR_SUCCESS, 'Ex-open in read-only');

    assert.equal(await cli('auto'), 'auto\n');
    same((await c.ApiOnlineGroup({ hGroup: g.ret })).ret, Win32.ERROR_SUCCESS, 'online after auto');
  });

  it('none: every call, read or write, gets ERROR_CLUSTER_NODE_NOT_READY until auto', async () => {
    const g = await c.ApiOpenGroup({ lpszGroupName: 'Cluster Group' });
    same(g.Status, Win32.ERROR_SUCCESS, 'open');
    assert.equal(await cli('none'), 'none\n');
    try {
      const NOT_READY = ClusterStatus.ERROR_CLUSTER_NODE_NOT_READY;
      same((await c.ApiGetGroupState({ hGroup: g.ret })).ret, NOT_READY, 'state');
      same((await c.ApiOfflineGroup({ hGroup: g.ret })).ret, NOT_READY, 'offline');
      same((await c.ApiOpenGroup({ lpszGroupName: 'Cluster Group' })).Status, NOT_READY, 'open');
      same((await c.ApiGetClusterName()).ret, NOT_READY, 'cluster name');
    } finally {
      assert.equal(await cli('auto'), 'auto\n');
    }
    same((await c.ApiGetGroupState({ hGroup: g.ret })).ret, Win32.ERROR_SUCCESS, 'state after auto');
  });

  it('service.serverState writes the same setting the command reads', async () => {
    service.serverState = 'readOnly';
    try {
      assert.equal(await cli(), 'read-only\n');
    } finally {
      service.serverState = 'auto';
    }
    assert.equal(await cli(), 'auto\n');
  });
});
