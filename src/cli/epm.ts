/**
 * `winrpc epm lookup [HOST]`: lists a host's endpoint map.
 */
import { EPM_SYNTAX, eptLookupAll } from '../interfaces/epm/client.js';
import type { EpmLookupEntry } from '../interfaces/epm/client.js';
import { parsePort } from '../host/config.js';
import { connectTcpRpc, type RpcClientConnection } from '../rpc/client.js';
import { connectRpc, SMB_TCP_PORT } from '../interfaces/connect.js';
import { EPM_TCP_PORT } from '../interfaces/epm/resolve.js';
import { NIL_UUID } from '../rpc/uuid.js';
import { parseBinding } from '../rpc/binding.js';
import type { BindingOptions } from '../rpc/binding.js';
import {
  clientSecurity,
  processCredentialEnvironment,
  protectionFor,
  resolveCredentials,
  type CredentialEnvironment,
  type CredentialFlags,
} from './credentials.js';
import { UsageError } from './errors.js';

/** Interface names for the table; unknown UUIDs are shown bare. */
const KNOWN_INTERFACES: Readonly<Record<string, string>> = {
  'e1af8308-5d1f-11c9-91a4-08002b14a0fa': 'epm',
  'afa8bd80-7d8a-11c9-bef4-08002b102989': 'mgmt',
  'b97db8b2-4c63-11cf-bff6-08002be23f2f': 'clusapi',
  '8f09f000-b7ed-11ce-bbd2-00001a181cad': 'dimsvc',
  '20610036-fa22-11cf-9823-00a0c911e5df': 'rasrpc',
};

export interface EpmLookupFlags extends CredentialFlags {
  readonly port?: string;
  readonly json?: boolean;
  readonly timeout?: string;
}

export interface LookupRow {
  readonly interface: string;
  readonly version: string;
  readonly name: string;
  readonly binding: string;
  readonly object: string;
  readonly annotation: string;
}

export function toRow(e: EpmLookupEntry): LookupRow {
  const t = e.tower;
  return {
    interface: t?.iface.uuid ?? '?',
    version: t ? `${t.iface.major}.${t.iface.minor}` : '?',
    name: t ? (KNOWN_INTERFACES[t.iface.uuid] ?? '') : '',
    binding: e.binding ?? `(unreadable tower, ${e.towerBytes.length} bytes)`,
    object: e.object,
    annotation: e.annotation,
  };
}

export function formatTable(rows: readonly LookupRow[]): string {
  const head = ['INTERFACE', 'VERSION', 'NAME', 'BINDING', 'ANNOTATION'];
  const cells = rows.map((r) => [
    r.interface + (r.object !== NIL_UUID ? ` (object ${r.object})` : ''),
    r.version,
    r.name,
    r.binding,
    r.annotation,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]): string =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), ...cells.map(line)].join('\n') + '\n';
}

export async function runEpmLookup(
  host: string | undefined,
  flags: EpmLookupFlags,
  envr: CredentialEnvironment = processCredentialEnvironment(),
): Promise<void> {
  let port = EPM_TCP_PORT;
  let target = host ?? '127.0.0.1';
  let bindingOptions: BindingOptions | undefined;
  /** For ncacn_np: the pipe; --port is then the SMB TCP port (default 445). */
  let pipe: string | undefined;
  // HOST may be a string binding, e.g. ncacn_ip_tcp:127.0.0.1[135,seal,spnego] or
  // ncacn_np:127.0.0.1[\pipe\epmapper].
  if (host !== undefined && host.includes(':') && /^[A-Za-z_]+:/.test(host) && !host.includes('::')) {
    const b = parseBinding(host);
    if (b.protseq !== 'ncacn_ip_tcp' && b.protseq !== 'ncacn_np')
      throw new UsageError(`epm lookup speaks ncacn_ip_tcp and ncacn_np, not ${b.protseq}`);
    target = b.host === '' ? '127.0.0.1' : b.host;
    if (b.protseq === 'ncacn_np') {
      pipe = b.endpoint ?? '\\pipe\\epmapper';
      port = SMB_TCP_PORT;
    } else if (b.endpoint !== undefined) port = parsePort(b.endpoint, 'endpoint');
    bindingOptions = b.options;
  }
  try {
    if (flags.port !== undefined) port = parsePort(flags.port, '--port');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const creds = await resolveCredentials(flags, envr);
  let conn: RpcClientConnection;
  if (pipe !== undefined) {
    // The SMB session authenticates the user; RPC-level auth only when asked for explicitly.
    const asked =
      flags.sign === true ||
      flags.seal === true ||
      flags.connect === true ||
      flags.ntlm === true ||
      flags.spnego === true ||
      bindingOptions?.sign === true ||
      bindingOptions?.seal === true ||
      bindingOptions?.connect === true ||
      bindingOptions?.auth !== undefined;
    const protection = asked ? protectionFor(flags, bindingOptions, creds !== undefined) : undefined;
    const security = creds && protection ? clientSecurity(creds, protection) : undefined;
    conn = await connectRpc(`ncacn_np:${target}[${pipe}]`, {
      timeoutMs: 10_000,
      smbPort: port,
      ...(creds
        ? {
            smbCredentials: {
              user: creds.user,
              domain: creds.domain,
              ...(creds.ntHash ? { ntHash: creds.ntHash } : { password: creds.password ?? '' }),
            },
          }
        : {}),
      ...(security ? { security } : {}),
    });
  } else {
    const protection = protectionFor(flags, bindingOptions, creds !== undefined);
    const security = creds && protection ? clientSecurity(creds, protection) : undefined;
    conn = await connectTcpRpc(target, port, { timeoutMs: 10_000, ...(security ? { security } : {}) });
  }
  let entries: EpmLookupEntry[];
  try {
    const ctx = await conn.bind(EPM_SYNTAX);
    entries = await eptLookupAll(conn, ctx);
  } finally {
    await conn.close();
  }
  const rows = entries.map(toRow);
  process.stdout.write(flags.json === true ? JSON.stringify(rows, null, 2) + '\n' : formatTable(rows));
}
