/**
 * Samba's smbclient and rpcclient — SMB2 clients nobody here wrote — against winrpc's SMB2 server:
 * `rpcclient -c epmlookup` over ncacn_np at every dialect, `smbclient -m SMB3` with and without
 * `--client-protection=encrypt`, and (as root with dumpcap) tshark dissecting the capture with no
 * malformed frames. Loopback, a port the OS picks. Skipped when the tools are missing.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALICE } from '../security/fixtures.js';

function has(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const here = fileURLToPath(new URL('.', import.meta.url));
const serverScript = existsSync(here + 'interop-server.ts')
  ? here + 'interop-server.ts'
  : here + 'interop-server.js';
// The shared tools sit beside the project checkout.
// The shared capture tool beside the repository (as CI lays it out), else this workplace's copy.
const dissectScript = [
  path.resolve(process.cwd(), '../shared/tools/capture-and-dissect.sh'),
  '/work/shared/tools/capture-and-dissect.sh',
].find((p) => existsSync(p));

function loaderArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  const withValue = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (withValue.has(a) && i + 1 < argv.length) out.push(a, argv[++i]!);
    else if (/^--(require|import|loader|experimental-loader)=/.test(a)) out.push(a);
  }
  return out;
}

const tools = has('rpcclient') && has('smbclient');
const user = `${ALICE.domain}\\${ALICE.user}%${ALICE.password}`;

interface Started {
  readonly proc: ChildProcess;
  readonly port: number;
}

function startServer(env: Record<string, string> = {}): Promise<Started> {
  const proc = spawn(process.execPath, [...loaderArgs(process.execArgv), serverScript], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /^PORT (\d+)/m.exec(buf);
      if (m) resolve({ proc, port: Number(m[1]) });
    });
    proc.once('exit', (code) => reject(new Error(`interop server exited with ${code}: ${buf}`)));
  });
}

function run(cmd: string, args: readonly string[]): { out: string; rc: number } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  return { out: `${r.stdout ?? ''}${r.stderr ?? ''}`, rc: r.status ?? -1 };
}

let plain: Started | undefined;
let encrypted: Started | undefined;
before(async () => {
  if (!tools) return;
  plain = await startServer();
  encrypted = await startServer({ WINRPC_SMB_ENCRYPT: '1' });
});
after(() => {
  plain?.proc.kill('SIGTERM');
  encrypted?.proc.kill('SIGTERM');
});

const EPM_LINE = /ncacn_np:.*\[\\PIPE\\epmapper,abstract_syntax=e1af8308-5d1f-11c9-91a4-08002b14a0fa/;

test('interop: rpcclient epmlookup over \\pipe\\epmapper at every dialect', { skip: !tools }, () => {
  for (const m of ['SMB2_02', 'SMB2_10', 'SMB3_00', 'SMB3_02', 'SMB3_11']) {
    const r = run('rpcclient', [
      '-p',
      String(plain!.port),
      '-U',
      user,
      `--option=client min protocol=${m}`,
      `--option=client max protocol=${m}`,
      '127.0.0.1',
      '-c',
      'epmlookup',
    ]);
    assert.equal(r.rc, 0, `${m}: ${r.out}`);
    assert.match(r.out, EPM_LINE, m);
  }
});

test(
  'interop: rpcclient starting with an SMB1 multi-protocol NEGOTIATE upgrades to SMB2',
  { skip: !tools },
  () => {
    const r = run('rpcclient', [
      '-p',
      String(plain!.port),
      '-U',
      user,
      '--option=client min protocol=NT1',
      '127.0.0.1',
      '-c',
      'epmlookup',
    ]);
    assert.equal(r.rc, 0, r.out);
    assert.match(r.out, EPM_LINE);
  },
);

test('interop: rpcclient with a wrong password is refused', { skip: !tools }, () => {
  const r = run('rpcclient', [
    '-p',
    String(plain!.port),
    '-U',
    `${ALICE.domain}\\${ALICE.user}%nope`,
    '127.0.0.1',
    '-c',
    'epmlookup',
  ]);
  assert.notEqual(r.rc, 0);
  assert.match(r.out, /NT_STATUS_LOGON_FAILURE/);
});

test(
  'interop: smbclient -m SMB3 connects to IPC$, also with --client-protection=encrypt',
  { skip: !tools },
  () => {
    for (const extra of [[], ['--client-protection=encrypt']]) {
      for (const m of ['SMB3_00', 'SMB3_02', 'SMB3_11']) {
        const r = run('smbclient', [
          '//127.0.0.1/IPC$',
          '-p',
          String(plain!.port),
          '-U',
          user,
          '-m',
          m,
          `--option=client min protocol=${m}`,
          ...extra,
          '-c',
          'exit',
        ]);
        assert.equal(r.rc, 0, `${m} ${extra.join(' ')}: ${r.out}`);
      }
    }
    const other = run('smbclient', [
      '//127.0.0.1/C$',
      '-p',
      String(plain!.port),
      '-U',
      user,
      '-m',
      'SMB3',
      '-c',
      'exit',
    ]);
    assert.match(other.out, /NT_STATUS_BAD_NETWORK_NAME/);
  },
);

test('interop: a server that requires encryption serves smbclient and rpcclient', { skip: !tools }, () => {
  const s = run('smbclient', [
    '//127.0.0.1/IPC$',
    '-p',
    String(encrypted!.port),
    '-U',
    user,
    '-m',
    'SMB3',
    '-c',
    'exit',
  ]);
  assert.equal(s.rc, 0, s.out);
  const r = run('rpcclient', ['-p', String(encrypted!.port), '-U', user, '127.0.0.1', '-c', 'epmlookup']);
  assert.equal(r.rc, 0, r.out);
  assert.match(r.out, EPM_LINE);
});

test(
  'interop: tshark dissects the SMB2 + DCERPC capture without malformed frames',
  { skip: !tools || !dissectScript || process.getuid?.() !== 0 || !has('dumpcap') },
  () => {
    // NegTokenInit2's negHints field is dissected as RFC 4178 mechListMIC by tshark; Samba's own
    // NEGOTIATE responses trip the same BER complaint, so NEGOTIATE frames are left out.
    const r = run(dissectScript!, [
      '-q',
      '-X',
      'smb2.cmd==0',
      '-s',
      String(plain!.port),
      '-P',
      ALICE.password,
      '--',
      'rpcclient',
      '-p',
      String(plain!.port),
      '-U',
      user,
      '127.0.0.1',
      '-c',
      'epmlookup',
    ]);
    assert.equal(r.rc, 0, r.out);
    assert.match(r.out, /RESULT: PASS/);
  },
);
