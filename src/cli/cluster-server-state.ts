/**
 * `winrpc cluster server-state [auto|none|read-only|read-write] --state DIR`: shows or sets the
 * protocol server state ([MS-CMRP] 3.1.1) the cluster service in a state directory answers with, for
 * testing clients against a read-only or stopped node. It writes the cluster store directly, so a
 * server running on that directory changes behaviour at its next call.
 */
import type { Command } from 'commander';
import { openClusterStore } from '../cluster/store-open.js';
import { readServerStateSetting, writeServerStateSetting } from '../cluster/store.js';
import type { ServerStateSetting } from '../cluster/store.js';
import { DEFAULT_CONFIG } from '../host/config.js';
import { UsageError } from './errors.js';

export interface ServerStateFlags {
  /** The host state directory, as `winrpc serve --state` takes it. */
  readonly state?: string;
  readonly json?: boolean;
}

/** The command line's spelling of each setting. */
const CLI_NAMES: Readonly<Record<ServerStateSetting, string>> = {
  auto: 'auto',
  none: 'none',
  readOnly: 'read-only',
  readWrite: 'read-write',
};

/** Accepts the documented spellings and, for convenience, the camel-case and unhyphenated ones. */
export function parseServerState(value: string): ServerStateSetting {
  const key = value.toLowerCase().replace(/[-_]/g, '');
  for (const [setting, name] of Object.entries(CLI_NAMES)) {
    if (name.replace('-', '') === key) return setting as ServerStateSetting;
  }
  throw new UsageError(`server state must be one of ${Object.values(CLI_NAMES).join(', ')}: ${value}`);
}

function render(setting: ServerStateSetting, flags: ServerStateFlags, changed: boolean): string {
  if (flags.json) return `${JSON.stringify({ serverState: CLI_NAMES[setting], changed })}\n`;
  return `${CLI_NAMES[setting]}\n`;
}

/** Prints the stored setting (`auto` when none, or no server has run there yet), or sets it. */
export function runClusterServerState(value: string | undefined, flags: ServerStateFlags): string {
  const dir = flags.state ?? DEFAULT_CONFIG.stateDir;
  if (value === undefined) {
    const store = openClusterStore(dir, { create: false });
    if (!store) return render('auto', flags, false);
    try {
      return render(readServerStateSetting(store), flags, false);
    } finally {
      store.close();
    }
  }
  const setting = parseServerState(value);
  const store = openClusterStore(dir)!;
  try {
    writeServerStateSetting(store, setting);
  } finally {
    store.close();
  }
  return render(setting, flags, true);
}

/** Adds `server-state` under `winrpc cluster`. */
export function registerClusterServerState(cluster: Command): void {
  cluster
    .command('server-state')
    .description(
      "show or set the cluster service's protocol server state in a state directory (for testing); " +
        'a running server follows it at its next call',
    )
    .argument('[state]', `${Object.values(CLI_NAMES).join('|')} (omit to show the current one)`)
    .option('--state <dir>', `state directory of \`winrpc serve\` (default ${DEFAULT_CONFIG.stateDir})`)
    .option('--json', 'print JSON')
    .action((value: string | undefined, flags: ServerStateFlags) => {
      process.stdout.write(runClusterServerState(value, flags));
    });
}
