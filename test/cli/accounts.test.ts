/**
 * `winrpc accounts …` as a user runs it, and the shared client-credential parsing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  parseUserSpec,
  protectionFor,
  resolveCredentials,
  type CredentialEnvironment,
} from '../../src/cli/credentials.js';
import { UsageError } from '../../src/cli/errors.js';
import { AuthLevel } from '../../src/rpc/types.js';
import { AccountService } from '../../src/accounts/service.js';
import { openStateStore } from '../../src/store/index.js';
import { ntHashOf } from '../../src/security/ntlm/keys.js';

const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');
const cliPath = path.resolve(path.dirname(here), '../../src/cli/main' + (fromSource ? '.ts' : '.js'));
const nodeArgs = fromSource ? ['--import', 'tsx', cliPath] : [cliPath];

function run(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { ...process.env };
  delete base.WINRPC_PASSWORD;
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...base, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('winrpc accounts', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-cli-accounts-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const state = ['--state', dir];

  it('add, list, passwd, set-groups, remove', async () => {
    const add = await run([
      'accounts',
      'add',
      'bob',
      '--password',
      'B0b!pass',
      '--group',
      'Cluster Readers',
      ...state,
    ]);
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stdout, /^added bob S-1-5-21-\d+-\d+-\d+-1001$/m);
    const hash = Buffer.from(ntHashOf('Hash!pw')).toString('hex');
    const add2 = await run(['accounts', 'add', 'carol', '--nt-hash', hash, ...state]);
    assert.equal(add2.code, 0, add2.stderr);
    const fromEnv = await run(['accounts', 'add', 'dave', ...state], { WINRPC_PASSWORD: 'D4ve!pw' });
    assert.equal(fromEnv.code, 0, fromEnv.stderr);

    const list = await run(['accounts', 'list', '--json', ...state]);
    assert.equal(list.code, 0, list.stderr);
    const data = JSON.parse(list.stdout) as {
      users: { name: string; groups: string[] }[];
      machineSid: string;
    };
    assert.deepEqual(
      data.users.map((u) => [u.name, u.groups]),
      [
        ['bob', ['Cluster Readers']],
        ['carol', []],
        ['dave', []],
      ],
    );
    const table = await run(['accounts', 'list', ...state]);
    assert.match(table.stdout, /^USER\s+SID\s+ENABLED\s+GROUPS$/m);
    assert.match(table.stdout, /\\bob\s+S-1-5-21-/);

    assert.equal((await run(['accounts', 'passwd', 'bob', '--password', 'N3w!pass', ...state])).code, 0);
    const sg = await run(['accounts', 'set-groups', 'bob', '--group', 'Administrators', ...state]);
    assert.equal(sg.code, 0, sg.stderr);
    assert.equal((await run(['accounts', 'remove', 'carol', ...state])).code, 0);

    const store = openStateStore(dir);
    try {
      const a = AccountService.open(store);
      assert.equal(a.machineSid, data.machineSid);
      assert.deepEqual([...a.lookupAccount('bob', '')!.ntHash], [...ntHashOf('N3w!pass')]);
      assert.deepEqual([...a.lookupAccount('dave', '')!.ntHash], [...ntHashOf('D4ve!pw')]);
      assert.deepEqual(a.getUser('bob')!.groups, ['Administrators']);
      assert.equal(a.getUser('carol'), undefined);
    } finally {
      store.close();
    }
  });

  it('usage errors exit 2 with one line on stderr', async () => {
    for (const args of [
      ['accounts', 'add', 'nopw', ...state],
      ['accounts', 'add', 'x', '--password', 'a', '--nt-hash', '00', ...state],
      ['accounts', 'add', 'bad/name', '--password', 'a', ...state],
      ['accounts', 'add', 'y', '--password', 'a', '--group', 'NoSuchGroup', ...state],
      ['accounts', 'passwd', 'ghost', '--password', 'a', ...state],
      ['accounts', 'remove', 'ghost', ...state],
    ]) {
      const r = await run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^winrpc: .+\n$/);
    }
  });

  it('epm lookup without a password and no terminal is a usage error', async () => {
    const r = await run(['epm', 'lookup', '127.0.0.1', '--port', '1', '-U', 'bob']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /no password for bob/);
  });
});

/** Starts `winrpc serve` on free ports, waits for its listening lines, stops it; returns stdout. */
async function serveOnce(
  state: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<string> {
  const base = { ...process.env };
  delete base.WINRPC_ADMIN_PASSWORD;
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      'serve',
      '--epm-port',
      '0',
      '--smb-port',
      'off',
      '--state',
      state,
      '--log-level',
      'silent',
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...base, ...env } },
  );
  let stdout = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (/^listening services /m.test(stdout)) resolve();
    });
    child.on('close', (code) => reject(new Error(`serve exited ${code}: ${stdout}`)));
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  child.kill('SIGTERM');
  await closed;
  return stdout;
}

describe('winrpc serve: first start', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-cli-serve-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function adminHash(state: string): string {
    const store = openStateStore(state);
    try {
      return Buffer.from(AccountService.open(store).lookupAccount('Administrator', '')!.ntHash).toString(
        'hex',
      );
    } finally {
      store.close();
    }
  }

  it('generates an Administrator password once and prints it on one line', async () => {
    const state = path.join(dir, 'gen');
    const first = await serveOnce(state);
    const m = /^generated password for [^\\\n]+\\Administrator: (\S+)$/m.exec(first);
    assert.ok(m, first);
    assert.equal(adminHash(state), Buffer.from(ntHashOf(m[1]!)).toString('hex'));
    const second = await serveOnce(state);
    assert.doesNotMatch(second, /password/);
  });

  it('takes --admin-password, else WINRPC_ADMIN_PASSWORD, and prints no password', async () => {
    const a = path.join(dir, 'flag');
    assert.doesNotMatch(await serveOnce(a, ['--admin-password', 'Fl4g!pw']), /password/);
    assert.equal(adminHash(a), Buffer.from(ntHashOf('Fl4g!pw')).toString('hex'));
    const b = path.join(dir, 'env');
    assert.doesNotMatch(await serveOnce(b, [], { WINRPC_ADMIN_PASSWORD: 'Env!pw' }), /password/);
    assert.equal(adminHash(b), Buffer.from(ntHashOf('Env!pw')).toString('hex'));
  });
});

describe('client credentials', () => {
  const envr = (
    env: Record<string, string> = {},
    isTTY = false,
    answer = 'typed',
  ): CredentialEnvironment => ({
    env,
    isTTY,
    prompt: () => Promise.resolve(answer),
  });

  it('parses Samba-style -U values', () => {
    assert.deepEqual(parseUserSpec('bob'), { user: 'bob' });
    assert.deepEqual(parseUserSpec('bob%pw%with%pct'), { user: 'bob', password: 'pw%with%pct' });
    assert.deepEqual(parseUserSpec('DOM\\bob%pw'), { domain: 'DOM', user: 'bob', password: 'pw' });
    assert.deepEqual(parseUserSpec('DOM/bob'), { domain: 'DOM', user: 'bob' });
    assert.deepEqual(parseUserSpec('bob@REALM%x'), { domain: 'REALM', user: 'bob', password: 'x' });
    assert.deepEqual(parseUserSpec('%'), { user: '', password: '' });
    assert.deepEqual(parseUserSpec('bob%'), { user: 'bob', password: '' });
    assert.throws(() => parseUserSpec('%secret'), UsageError);
  });

  it('takes the password from -U, --nt-hash, WINRPC_PASSWORD, then a prompt', async () => {
    assert.equal(await resolveCredentials({}, envr()), undefined);
    assert.equal(await resolveCredentials({ user: '%' }, envr()), undefined);
    assert.deepEqual(await resolveCredentials({ user: 'D\\u%p' }, envr({ WINRPC_PASSWORD: 'env' })), {
      user: 'u',
      domain: 'D',
      password: 'p',
      anonymous: false,
    });
    const h = await resolveCredentials({ user: 'u', ntHash: '00112233445566778899aabbccddeeff' }, envr());
    assert.equal(Buffer.from(h!.ntHash!).toString('hex'), '00112233445566778899aabbccddeeff');
    assert.equal(
      (await resolveCredentials({ user: 'u' }, envr({ WINRPC_PASSWORD: 'env' })))?.password,
      'env',
    );
    assert.equal((await resolveCredentials({ user: 'u' }, envr({}, true)))?.password, 'typed');
    await assert.rejects(resolveCredentials({ user: 'u' }, envr()), UsageError);
    await assert.rejects(resolveCredentials({ user: 'u', ntHash: 'xyz' }, envr()), UsageError);
    await assert.rejects(
      resolveCredentials({ user: 'u%p', ntHash: '00112233445566778899aabbccddeeff' }, envr()),
      UsageError,
    );
    await assert.rejects(
      resolveCredentials({ ntHash: '00112233445566778899aabbccddeeff' }, envr()),
      UsageError,
    );
  });

  it('maps flags and binding options to a level and mechanism', () => {
    assert.equal(protectionFor({}, undefined, false), undefined);
    assert.deepEqual(protectionFor({}, undefined, true), {
      level: AuthLevel.PKT_INTEGRITY,
      mechanism: 'ntlm',
    });
    assert.deepEqual(protectionFor({ seal: true, spnego: true }, undefined, true), {
      level: AuthLevel.PKT_PRIVACY,
      mechanism: 'spnego',
    });
    assert.deepEqual(protectionFor({}, { seal: true, auth: 'spnego' }, true), {
      level: AuthLevel.PKT_PRIVACY,
      mechanism: 'spnego',
    });
    assert.deepEqual(protectionFor({ connect: true }, undefined, true), {
      level: AuthLevel.CONNECT,
      mechanism: 'ntlm',
    });
    assert.throws(() => protectionFor({ seal: true }, undefined, false), UsageError);
    assert.throws(() => protectionFor({ ntlm: true, spnego: true }, undefined, true), UsageError);
    assert.throws(() => protectionFor({}, { auth: 'krb5' }, true), UsageError);
  });
});
