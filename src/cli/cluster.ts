/**
 * `winrpc cluster <command>`: the failover-cluster client over the ClusAPI SDK. Tables by default,
 * `--json` for scripts; a call the cluster refuses exits 1 with the status name, a bad command line
 * exits 2.
 */
import type { Command } from 'commander';
import { parsePort } from '../host/config.js';
import { Cluster, type ConnectOptions, type PropertyScope } from '../cluster/sdk/cluster.js';
import { PropertyValueError, type Properties, type PropertyValue } from '../cluster/sdk/properties.js';
import {
  processCredentialEnvironment,
  resolveCredentials,
  type CredentialEnvironment,
  type CredentialFlags,
} from './credentials.js';
import { registerClusterGroupSets } from './cluster-groupsets.js';
import { addClusterCommandOptions } from './cluster-options.js';
import { registerClusterReg } from './cluster-reg.js';
import { registerClusterServerState } from './cluster-server-state.js';
import { registerClusterWatch } from './cluster-watch.js';
import { UsageError } from './errors.js';

export interface ClusterFlags extends CredentialFlags {
  readonly host?: string;
  readonly port?: string;
  readonly epmPort?: string;
  readonly json?: boolean;
  readonly timeout?: string;
  /** online / offline: act on a resource instead of a group. */
  readonly resource?: boolean;
  /** props: which property set. */
  readonly private?: boolean;
  readonly readOnly?: boolean;
}

export const LIST_COMMANDS = ['nodes', 'groups', 'resources', 'types', 'networks', 'netinterfaces'] as const;
export type ListCommand = (typeof LIST_COMMANDS)[number];
export const OBJECT_KINDS = ['node', 'group', 'resource', 'network', 'netinterface'] as const;
export type ObjectKindArg = (typeof OBJECT_KINDS)[number];

type Row = Readonly<Record<string, string | number>>;

/** A table with upper-case headings from the rows' keys; the last column is not padded. */
export function formatRows(rows: readonly Row[], columns?: readonly string[]): string {
  const keys = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (keys.length === 0) return '';
  const cells = rows.map((r) => keys.map((k) => String(r[k] ?? '')));
  const head = keys.map((k) => k.toUpperCase());
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...cells.map(line)].join('\n') + '\n';
}

/** JSON without losing 64-bit integers or bytes. */
export function toJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_k, v: unknown) =>
        typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
      2,
    ) + '\n'
  );
}

export function formatValue(v: PropertyValue): string {
  if (typeof v === 'bigint' || typeof v === 'number') return v.toString();
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  return v.join(',');
}

/** `NAME=VALUE` arguments of set-prop. */
export function parseAssignments(args: readonly string[]): Record<string, string> {
  if (args.length === 0) throw new UsageError('set-prop needs at least one NAME=VALUE');
  const out: Record<string, string> = {};
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq <= 0) throw new UsageError(`set-prop: expected NAME=VALUE, got ${JSON.stringify(a)}`);
    out[a.slice(0, eq)] = a.slice(eq + 1);
  }
  return out;
}

function parseKind(kind: string): ObjectKindArg {
  const k = kind.toLowerCase();
  if (!(OBJECT_KINDS as readonly string[]).includes(k))
    throw new UsageError(
      `unknown object kind ${JSON.stringify(kind)}; use one of ${OBJECT_KINDS.join(', ')}`,
    );
  return k as ObjectKindArg;
}

async function connectOptions(flags: ClusterFlags, envr: CredentialEnvironment): Promise<ConnectOptions> {
  if (flags.sign || flags.connect)
    throw new UsageError('ClusAPI v3 requires packet privacy; --sign and --connect are not accepted');
  if (flags.ntlm && flags.spnego) throw new UsageError('--ntlm and --spnego exclude each other');
  const creds = await resolveCredentials(flags, envr);
  if (creds === undefined)
    throw new UsageError('cluster commands need credentials: -U [DOMAIN\\]user[%password]');
  let port: number | undefined;
  let epmPort: number | undefined;
  let timeoutMs = 10_000;
  try {
    if (flags.port !== undefined) port = parsePort(flags.port, '--port');
    if (flags.epmPort !== undefined) epmPort = parsePort(flags.epmPort, '--epm-port');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (flags.timeout !== undefined) {
    timeoutMs = Number(flags.timeout) * 1000;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UsageError('--timeout: seconds > 0');
  }
  return {
    user: creds.user,
    domain: creds.domain,
    ...(creds.ntHash ? { ntHash: creds.ntHash } : { password: creds.password ?? '' }),
    mechanism: flags.spnego ? 'spnego' : 'ntlm',
    timeoutMs,
    ...(port !== undefined ? { port } : {}),
    ...(epmPort !== undefined ? { epmPort } : {}),
  };
}

export async function withCluster(
  flags: ClusterFlags,
  envr: CredentialEnvironment,
  fn: (c: Cluster) => Promise<string>,
): Promise<void> {
  const opts = await connectOptions(flags, envr);
  const c = await Cluster.connect(flags.host ?? '127.0.0.1', opts);
  let text: string;
  try {
    text = await fn(c);
  } catch (err) {
    if (err instanceof PropertyValueError) throw new UsageError(err.message);
    throw err;
  } finally {
    await c.close();
  }
  process.stdout.write(text);
}

async function listRows(c: Cluster, what: ListCommand): Promise<Row[]> {
  switch (what) {
    case 'nodes':
      return (await c.nodes()).map((n) => ({ name: n.name, state: n.state, id: n.id }));
    case 'groups':
      return (await c.groups()).map((g) => ({ name: g.name, state: g.state, owner: g.owner, id: g.id }));
    case 'resources':
      return (await c.resources()).map((r) => ({
        name: r.name,
        state: r.state,
        group: r.group,
        owner: r.owner,
        type: r.type,
        id: r.id,
      }));
    case 'types':
      return (await c.resourceTypes()).map((t) => ({ name: t.name }));
    case 'networks':
      return (await c.networks()).map((n) => ({ name: n.name, state: n.state, id: n.id }));
    case 'netinterfaces':
      return (await c.netInterfaces()).map((n) => ({ name: n.name, state: n.state, id: n.id }));
  }
}

export function runClusterList(
  what: ListCommand,
  flags: ClusterFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  return withCluster(flags, envr, async (c) => {
    const rows = await listRows(c, what);
    return flags.json ? toJson(rows) : formatRows(rows, rows.length === 0 ? ['name'] : undefined);
  });
}

export function runClusterInfo(flags: ClusterFlags, envr = processCredentialEnvironment()): Promise<void> {
  return withCluster(flags, envr, async (c) => {
    const info = await c.info();
    if (flags.json) return toJson(info);
    const v = info.version;
    return formatRows(
      [
        { field: 'Name', value: info.name },
        { field: 'Node', value: info.nodeName },
        {
          field: 'Version',
          value: `${v.major}.${v.minor}.${v.build}${v.csdVersion ? ` ${v.csdVersion}` : ''}`,
        },
        { field: 'Vendor', value: v.vendor },
        { field: 'Quorum', value: info.quorum.resource },
        { field: 'QuorumDevice', value: info.quorum.device },
      ],
      ['field', 'value'],
    );
  });
}

export type StateCommand = 'online' | 'offline';

export function runClusterState(
  command: StateCommand,
  name: string,
  flags: ClusterFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  return withCluster(flags, envr, async (c) => {
    const target = flags.resource ? c.resource(name) : c.group(name);
    const r = await target[command]();
    const state = await target.state();
    const kind = flags.resource ? 'resource' : 'group';
    if (flags.json) return toJson({ kind, name, state, pending: r.pending });
    return `${kind} ${name}: ${state}${r.pending ? ' (pending)' : ''}\n`;
  });
}

export function runClusterMove(
  group: string,
  node: string | undefined,
  flags: ClusterFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  return withCluster(flags, envr, async (c) => {
    const g = c.group(group);
    const r = await g.move(node);
    const info = await g.info();
    if (flags.json) return toJson({ name: group, owner: info.owner, state: info.state, pending: r.pending });
    return `group ${group}: on ${info.owner}, ${info.state}${r.pending ? ' (pending)' : ''}\n`;
  });
}

export type NodeCommand = 'pause' | 'resume' | 'evict';

export function runClusterNode(
  command: NodeCommand,
  name: string,
  flags: ClusterFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  return withCluster(flags, envr, async (c) => {
    const n = c.node(name);
    await n[command]();
    if (command === 'evict') return flags.json ? toJson({ name, evicted: true }) : `node ${name}: evicted\n`;
    const state = await n.state();
    return flags.json ? toJson({ name, state }) : `node ${name}: ${state}\n`;
  });
}

interface PropertyTarget {
  properties(scope?: PropertyScope): Promise<Properties>;
  setProperties(props: Readonly<Record<string, PropertyValue>>): Promise<void>;
}

async function withProperties<T>(
  c: Cluster,
  kind: ObjectKindArg,
  name: string,
  fn: (o: PropertyTarget) => Promise<T>,
): Promise<T> {
  switch (kind) {
    case 'node':
      return fn(c.node(name));
    case 'group':
      return fn(c.group(name));
    case 'resource':
      return fn(c.resource(name));
    case 'network':
      return fn(c.network(name));
    case 'netinterface': {
      const h = await c.openNetInterface(name, { access: 'all' });
      try {
        return await fn(h);
      } finally {
        await h.close();
      }
    }
  }
}

export function runClusterProps(
  kindArg: string,
  name: string,
  flags: ClusterFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  const kind = parseKind(kindArg);
  // --private --read-only together: the read-only private set.
  const scope: PropertyScope | undefined = flags.private
    ? flags.readOnly
      ? 'readOnlyPrivate'
      : 'private'
    : flags.readOnly
      ? 'readOnly'
      : undefined;
  return withCluster(flags, envr, async (c) => {
    const props: Properties = await withProperties(c, kind, name, (o) => o.properties(scope));
    if (flags.json) return toJson(props);
    return formatRows(
      Object.entries(props).map(([k, v]) => ({ property: k, value: formatValue(v) })),
      ['property', 'value'],
    );
  });
}

export function runClusterSetProp(
  kindArg: string,
  name: string,
  assignments: readonly string[],
  flags: ClusterFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  const kind = parseKind(kindArg);
  const values = parseAssignments(assignments);
  return withCluster(flags, envr, async (c) => {
    await withProperties(c, kind, name, (o) => o.setProperties(values));
    if (flags.json) return toJson({ kind, name, set: Object.keys(values) });
    return `${kind} ${name}: set ${Object.keys(values).join(', ')}\n`;
  });
}

/** Registers `winrpc cluster …` on the program. */
export function addClusterCommands(program: Command): void {
  const cluster = program
    .command('cluster')
    .description('failover cluster client (ClusAPI v3, packet privacy)');
  const common = addClusterCommandOptions;
  common(cluster.command('info').description('cluster name, version and quorum')).action(
    (flags: ClusterFlags) => runClusterInfo(flags),
  );
  const listDescriptions: Readonly<Record<ListCommand, string>> = {
    nodes: 'list nodes',
    groups: 'list groups (roles)',
    resources: 'list resources',
    types: 'list resource types',
    networks: 'list networks',
    netinterfaces: 'list network interfaces',
  };
  for (const what of LIST_COMMANDS)
    common(cluster.command(what).description(listDescriptions[what])).action((flags: ClusterFlags) =>
      runClusterList(what, flags),
    );
  for (const command of ['online', 'offline'] as const)
    common(
      cluster
        .command(command)
        .description(`bring a group (or with --resource, a resource) ${command}`)
        .argument('<name>', 'group name (or resource name with --resource)')
        .option('--resource', 'NAME is a resource'),
    ).action((name: string, flags: ClusterFlags) => runClusterState(command, name, flags));
  common(
    cluster
      .command('move')
      .description('move a group to a node (or where the cluster chooses)')
      .argument('<group>')
      .argument('[node]'),
  ).action((group: string, node: string | undefined, flags: ClusterFlags) =>
    runClusterMove(group, node, flags),
  );
  for (const command of ['pause', 'resume', 'evict'] as const)
    common(cluster.command(command).description(`${command} a node`).argument('<node>')).action(
      (name: string, flags: ClusterFlags) => runClusterNode(command, name, flags),
    );
  common(
    cluster
      .command('props')
      .description("an object's properties (common + read-only common by default)")
      .argument('<kind>', OBJECT_KINDS.join('|'))
      .argument('<name>')
      .option('--private', 'private properties')
      .option('--read-only', 'read-only properties only'),
  ).action((kind: string, name: string, flags: ClusterFlags) => runClusterProps(kind, name, flags));
  common(
    cluster
      .command('set-prop')
      .description('set properties, each typed as the cluster types it (unknown names: private)')
      .argument('<kind>', OBJECT_KINDS.join('|'))
      .argument('<name>')
      .argument('<assignments...>', 'NAME=VALUE (multi-string values comma-separated, binary as hex)'),
  ).action((kind: string, name: string, assignments: string[], flags: ClusterFlags) =>
    runClusterSetProp(kind, name, assignments, flags),
  );
  registerClusterGroupSets(cluster);
  registerClusterReg(cluster);
  registerClusterServerState(cluster);
  registerClusterWatch(cluster);
}
