/**
 * `winrpc cluster groupsets` and `winrpc cluster groupset <action> <set> [group]`: group sets over
 * the SDK. Tables by default, `--json` for scripts; exit codes as the other cluster commands.
 */
import type { Command } from 'commander';
import type { Cluster } from '../cluster/sdk/cluster.js';
import type { GroupSetInfo } from '../cluster/sdk/group-sets.js';
import { type ClusterFlags, formatRows, formatValue, toJson, withCluster } from './cluster.js';
import { addClusterCommandOptions } from './cluster-options.js';
import { processCredentialEnvironment } from './credentials.js';
import { UsageError } from './errors.js';

export const GROUPSET_ACTIONS = ['show', 'create', 'delete', 'add', 'remove', 'depend', 'undepend'] as const;
export type GroupSetAction = (typeof GROUPSET_ACTIONS)[number];

/** Actions whose second argument is required, and what it names. */
const SECOND_ARGUMENT: Partial<Record<GroupSetAction, string>> = {
  add: 'group',
  remove: 'group',
  depend: 'provider group set',
  undepend: 'provider group set',
};

function row(s: GroupSetInfo): Record<string, string> {
  const p = s.properties;
  return {
    name: s.name,
    global: p['IsGlobal'] === 1 ? 'yes' : 'no',
    groups: s.groups.join(','),
    providers: s.providers.join(','),
    startupDelay: p['StartupDelay'] !== undefined ? formatValue(p['StartupDelay']) : '',
    id: s.id,
  };
}

export function runGroupSetList(flags: ClusterFlags, envr = processCredentialEnvironment()): Promise<void> {
  return withCluster(flags, envr, async (c) => {
    const sets = await c.groupSets().list();
    if (flags.json) return toJson(sets);
    return formatRows(sets.map(row), sets.length === 0 ? ['name'] : undefined);
  });
}

function parseAction(action: string): GroupSetAction {
  const a = action.toLowerCase();
  if (!(GROUPSET_ACTIONS as readonly string[]).includes(a))
    throw new UsageError(
      `unknown groupset action ${JSON.stringify(action)}; use one of ${GROUPSET_ACTIONS.join(', ')}`,
    );
  return a as GroupSetAction;
}

async function perform(c: Cluster, action: GroupSetAction, set: string, other: string): Promise<string> {
  const sets = c.groupSets();
  switch (action) {
    case 'show':
      return '';
    case 'create':
      await sets.create(set);
      return `group set ${set}: created`;
    case 'delete':
      await sets.delete(set);
      return `group set ${set}: deleted`;
    case 'add':
      await sets.addGroup(set, other);
      return `group set ${set}: added ${other}`;
    case 'remove': {
      // ApiRemoveGroupFromGroupSet names only the group: make sure it is in the set the user named.
      const info = await sets.info(set);
      if (!info.groups.some((g) => g.toLowerCase() === other.toLowerCase()))
        throw new UsageError(`group ${JSON.stringify(other)} is not in group set ${JSON.stringify(set)}`);
      await sets.removeGroup(other);
      return `group set ${set}: removed ${other}`;
    }
    case 'depend':
      await sets.addDependency(set, other);
      return `group set ${set}: depends on ${other}`;
    case 'undepend':
      await sets.removeDependency(set, other);
      return `group set ${set}: no longer depends on ${other}`;
  }
}

export function runGroupSet(
  actionArg: string,
  set: string,
  other: string | undefined,
  flags: ClusterFlags,
  envr = processCredentialEnvironment(),
): Promise<void> {
  const action = parseAction(actionArg);
  const needs = SECOND_ARGUMENT[action];
  if (needs && !other) throw new UsageError(`groupset ${action} needs a ${needs}`);
  if (!needs && other) throw new UsageError(`groupset ${action} takes only the group set name`);
  return withCluster(flags, envr, async (c) => {
    const done = await perform(c, action, set, other ?? '');
    if (action === 'delete') return flags.json ? toJson({ name: set, deleted: true }) : `${done}\n`;
    const info = await c.groupSets().info(set);
    if (flags.json) return toJson(info);
    const table = formatRows(
      [
        ...Object.entries(row(info)).map(([field, value]) => ({ field, value })),
        ...Object.entries(info.properties).map(([field, v]) => ({ field, value: formatValue(v) })),
      ],
      ['field', 'value'],
    );
    return done ? `${done}\n${table}` : table;
  });
}

/** Registers the group-set commands under `winrpc cluster`. */
export function registerClusterGroupSets(cluster: Command): void {
  const common = addClusterCommandOptions;
  common(cluster.command('groupsets').description('list group sets')).action((flags: ClusterFlags) =>
    runGroupSetList(flags),
  );
  common(
    cluster
      .command('groupset')
      .description(
        'show, create or delete a group set, add or remove a group, add or remove a set dependency',
      )
      .argument('<action>', GROUPSET_ACTIONS.join('|'))
      .argument('<set>', 'group set name')
      .argument('[other]', 'group (add, remove) or provider group set (depend, undepend)'),
  ).action((action: string, set: string, other: string | undefined, flags: ClusterFlags) =>
    runGroupSet(action, set, other, flags),
  );
}
