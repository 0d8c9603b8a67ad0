/**
 * Samba's rpcclient — an NTLMSSP / SPNEGO initiator nobody here wrote — authenticates to winrpc's
 * acceptors and calls the endpoint mapper with sign and seal. Runs only as root with rpcclient,
 * unshare and ip installed: server and client share a private network namespace, so the
 * server can listen on 127.0.0.1:135 there without touching the host. Otherwise skipped.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALICE } from './fixtures.js';

function available(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    for (const tool of ['rpcclient', 'unshare', 'ip', 'timeout'])
      execFileSync('which', [tool], { stdio: 'ignore' });
    // Containers without CAP_SYS_ADMIN cannot make a network namespace.
    execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const here = fileURLToPath(new URL('.', import.meta.url));
const serverScript = existsSync(here + 'interop-server.ts')
  ? here + 'interop-server.ts'
  : here + 'interop-server.js';
/** The loader flags (tsx under `npx tsx --test`), without the test runner's own options. */
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
const nodeCmd = [process.execPath, ...loaderArgs(process.execArgv), serverScript]
  .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
  .join(' ');

interface Run {
  readonly label: string;
  readonly binding: string;
  readonly user: string;
}

/** Runs each rpcclient call inside one namespace; returns each call's output. */
function runInNamespace(runs: readonly Run[], env: Record<string, string> = {}): Map<string, string> {
  const script = [
    'ip link set lo up',
    `${nodeCmd} > "$TMPOUT" 2>&1 &`,
    'SP=$!',
    'for i in $(seq 1 100); do grep -q "^PORT" "$TMPOUT" && break; sleep 0.1; done',
    ...runs.map(
      (r) =>
        `echo "### ${r.label}"; timeout 30 rpcclient 'ncacn_ip_tcp:127.0.0.1[${r.binding}]' -U '${r.user}' -c epmlookup 2>&1; echo "### rc=$?"`,
    ),
    'kill $SP; wait $SP 2>/dev/null',
    'echo "### server"; cat "$TMPOUT"; rm -f "$TMPOUT"',
  ].join('\n');
  const out = spawnSync('unshare', ['-n', 'bash', '-c', script], {
    env: { ...process.env, ...env, TMPOUT: `/tmp/winrpc-h7-interop-${process.pid}.out` },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const sections = new Map<string, string>();
  for (const part of (out.stdout ?? '').split('### ').slice(1)) {
    const nl = part.indexOf('\n');
    const label = part.slice(0, nl).trim();
    sections.set(label, part.slice(nl + 1));
  }
  return sections;
}

const creds = `${ALICE.domain}/${ALICE.user}%${ALICE.password}`;

test(
  'interop: rpcclient authenticates with NTLMSSP and SPNEGO, sign and seal',
  { skip: !available() },
  () => {
    const runs: Run[] = [];
    for (const mech of ['ntlm', 'spnego']) {
      for (const level of ['connect', 'sign', 'seal'])
        runs.push({ label: `${mech}-${level}`, binding: `${level},${mech}`, user: creds });
    }
    runs.push({ label: 'wrong-password', binding: 'sign,ntlm', user: `${ALICE.domain}/${ALICE.user}%wrong` });
    runs.push({ label: 'anonymous-refused', binding: 'sign,ntlm', user: '%' });
    const s = runInNamespace(runs);
    for (const r of runs.slice(0, 6)) {
      const out = s.get(r.label) ?? '';
      assert.match(
        out,
        /ncacn_ip_tcp:127\.0\.0\.1\[135,abstract_syntax=e1af8308-5d1f-11c9-91a4-08002b14a0fa/,
        `${r.label}: ${out}`,
      );
      assert.match(out, /epm_Lookup no more entries/, r.label);
    }
    assert.match(
      s.get('wrong-password') ?? '',
      /NT_STATUS_RPC_SEC_PKG_ERROR|NT_STATUS_LOGON_FAILURE|NT_STATUS_ACCESS_DENIED/,
    );
    assert.doesNotMatch(s.get('wrong-password') ?? '', /winrpc epm/);
    assert.doesNotMatch(s.get('anonymous-refused') ?? '', /winrpc epm/);
    assert.doesNotMatch(s.get('server') ?? '', /^SEC /m, 'no protection check failed');
  },
);

test(
  'interop: rpcclient anonymous NTLMSSP (legacy session security) when the acceptor allows it',
  { skip: !available() },
  () => {
    const runs: Run[] = [
      { label: 'anonymous-sign', binding: 'sign,ntlm', user: '%' },
      { label: 'anonymous-seal', binding: 'seal,ntlm', user: '%' },
    ];
    const s = runInNamespace(runs, { WINRPC_ANON: '1' });
    for (const r of runs)
      assert.match(s.get(r.label) ?? '', /epm_Lookup no more entries/, JSON.stringify([...s]));
    assert.doesNotMatch(s.get('server') ?? '', /^SEC /m);
  },
);

test(
  'interop: rpcclient NTLMv1 (client ntlmv2 auth = no) only when the acceptor enables it',
  { skip: !available() },
  () => {
    const v1 = (label: string, binding: string): Run => ({
      label,
      binding,
      user: `${creds}' --option='client ntlmv2 auth=no`,
    });
    const refused = runInNamespace([v1('v1-refused', 'sign,ntlm')]);
    assert.doesNotMatch(refused.get('v1-refused') ?? '', /winrpc epm/);
    const runs = [v1('v1-sign', 'sign,ntlm'), v1('v1-seal', 'seal,ntlm')];
    const s = runInNamespace(runs, { WINRPC_V1: '1' });
    for (const r of runs)
      assert.match(s.get(r.label) ?? '', /epm_Lookup no more entries/, JSON.stringify([...s]));
    assert.doesNotMatch(s.get('server') ?? '', /^SEC /m);
  },
);
