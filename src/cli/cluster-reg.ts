/**
 * `winrpc cluster reg <ls|get|set|rm>`: the cluster registry over ClusAPI v3. Paths are
 * '\\'-separated from the cluster root ('' or '\\' = the root); `--json` prints JSON.
 */
import type { Command } from 'commander';
import type { RegKeyListing, RegValueInfo } from '../cluster/sdk/registry.js';
import { RegValueError, parseRegType } from '../cluster/sdk/registry.js';
import { formatRows, toJson, withCluster, type ClusterFlags } from './cluster.js';
import { addClusterCommandOptions } from './cluster-options.js';
import { processCredentialEnvironment } from './credentials.js';
import { UsageError } from './errors.js';

export interface ClusterRegFlags extends ClusterFlags {
  readonly type?: string;
  readonly recursive?: boolean;
}

/** Accepts 'A\\B', '\\A\\B' and 'A/B'; the root is '' (or '\\'). */
export function normalizeRegPath(path: string | undefined): string {
  const p = (path ?? '').replace(/\//g, '\\').replace(/^\\+/, '').replace(/\\+$/, '');
  if (/\\\\/.test(p)) throw new UsageError(`bad registry path ${JSON.stringify(path)}`);
  return p;
}

function showValue(v: RegValueInfo): string {
  const x = v.value;
  if (x instanceof Uint8Array) return Buffer.from(x).toString('hex');
  if (Array.isArray(x)) return x.join(',');
  return String(x);
}

function valueJson(v: RegValueInfo): Record<string, unknown> {
  return { name: v.name, type: v.typeName, value: v.value };
}

export function formatListing(l: RegKeyListing): string {
  const rows = [
    ...l.keys.map((k) => ({ name: `${k}\\`, type: 'KEY', value: '' })),
    ...l.values.map((v) => ({
      name: v.name === '' ? '(default)' : v.name,
      type: v.typeName,
      value: showValue(v),
    })),
  ];
  return formatRows(rows, ['name', 'type', 'value']);
}

/** Turns value-text mistakes into usage errors (exit 2). */
async function usage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof RegValueError) throw new UsageError(err.message);
    throw err;
  }
}

export function runRegLs(
  path: string | undefined,
  flags: ClusterRegFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  const p = normalizeRegPath(path);
  return withCluster(flags, envr, async (c) => {
    const l = await c.registry().list(p);
    if (flags.json) return toJson({ path: l.path, keys: l.keys, values: l.values.map(valueJson) });
    return formatListing(l);
  });
}

export function runRegGet(
  path: string,
  name: string | undefined,
  flags: ClusterRegFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  const p = normalizeRegPath(path);
  return withCluster(flags, envr, async (c) => {
    const v = await c.registry().get(p, name ?? '');
    return flags.json ? toJson(valueJson(v)) : `${showValue(v)}\n`;
  });
}

export function runRegSet(
  path: string,
  name: string,
  value: string,
  flags: ClusterRegFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  const p = normalizeRegPath(path);
  let type: number;
  try {
    type = parseRegType(flags.type ?? 'REG_SZ');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return withCluster(flags, envr, (c) =>
    usage(async () => {
      await c.registry().set(p, name, type, value);
      const v = await c.registry().get(p, name);
      return flags.json
        ? toJson({ path: p, ...valueJson(v) })
        : `${p}\\${name} = ${showValue(v)} (${v.typeName})\n`;
    }),
  );
}

export function runRegRm(
  path: string,
  name: string | undefined,
  flags: ClusterRegFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  const p = normalizeRegPath(path);
  if (name === undefined && p === '') throw new UsageError('rm: the root key cannot be deleted');
  return withCluster(flags, envr, (c) =>
    usage(async () => {
      if (name !== undefined) await c.registry().deleteValue(p, name);
      else await c.registry().deleteKey(p, { recursive: flags.recursive ?? false });
      const what = name !== undefined ? { path: p, value: name, deleted: true } : { path: p, deleted: true };
      return flags.json
        ? toJson(what)
        : `deleted ${name !== undefined ? `value ${p}\\${name}` : `key ${p}`}\n`;
    }),
  );
}

/** Registers `winrpc cluster reg …` under the `cluster` command. */
export function registerClusterReg(cluster: Command): void {
  const common = addClusterCommandOptions;
  const reg = cluster
    .command('reg')
    .description('cluster registry: list, read, write and delete keys and values');
  common(
    reg
      .command('ls')
      .description('subkeys and values of a key')
      .argument('[path]', 'key path (default: root)'),
  ).action((path: string | undefined, flags: ClusterRegFlags) => runRegLs(path, flags));
  common(
    reg
      .command('get')
      .description('one value')
      .argument('<path>', "key path ('' for the root)")
      .argument('[name]', 'value name (default: the unnamed value)'),
  ).action((path: string, name: string | undefined, flags: ClusterRegFlags) => runRegGet(path, name, flags));
  common(
    reg
      .command('set')
      .description('set a value, creating the key if needed')
      .argument('<path>')
      .argument('<name>')
      .argument('<value>', 'text; REG_DWORD/REG_QWORD decimal, REG_BINARY hex, REG_MULTI_SZ comma-separated')
      .option(
        '--type <type>',
        'REG_SZ (default), REG_EXPAND_SZ, REG_DWORD, REG_QWORD, REG_MULTI_SZ, REG_BINARY',
      ),
  ).action((path: string, name: string, value: string, flags: ClusterRegFlags) =>
    runRegSet(path, name, value, flags),
  );
  common(
    reg
      .command('rm')
      .description('delete a value (with NAME) or a key')
      .argument('<path>')
      .argument('[name]')
      .option('--recursive', 'delete the key with all its subkeys'),
  ).action((path: string, name: string | undefined, flags: ClusterRegFlags) => runRegRm(path, name, flags));
}
