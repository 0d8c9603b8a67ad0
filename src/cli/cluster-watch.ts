/**
 * `winrpc cluster watch`: streams the cluster's notifications live, one line per event (NDJSON
 * with `--json`), until Ctrl-C or SIGTERM, which close the notification port before the
 * connection ends.
 */
import type { Command } from 'commander';
import type { ClusterNotification, WatchObjectKind } from '../cluster/sdk/notifications.js';
import { DEFAULT_WATCH_OBJECTS } from '../cluster/sdk/notifications.js';
import { addClusterTargetOptions } from './cluster-options.js';
import { withCluster, type ClusterFlags } from './cluster.js';
import {
  addCredentialOptions,
  processCredentialEnvironment,
  type CredentialEnvironment,
} from './credentials.js';
import { UsageError } from './errors.js';

export interface ClusterWatchFlags extends ClusterFlags {
  /** Comma-separated object kinds (default: everything but the registry). */
  readonly objects?: string;
}

const KINDS: readonly WatchObjectKind[] = [...DEFAULT_WATCH_OBJECTS, 'registry'];

export function parseWatchObjects(list: string | undefined): readonly WatchObjectKind[] {
  if (list === undefined) return DEFAULT_WATCH_OBJECTS;
  const byLower = new Map(KINDS.map((k) => [k.toLowerCase(), k]));
  const out = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const k = byLower.get(s.toLowerCase());
      if (!k) throw new UsageError(`--objects: unknown kind ${JSON.stringify(s)}; use ${KINDS.join(', ')}`);
      return k;
    });
  if (out.length === 0) throw new UsageError('--objects: name at least one kind');
  return out;
}

/** One event as an NDJSON record: what happened, to what, and the decoded payload. */
export function notificationJson(ev: ClusterNotification, at: Date): Record<string, unknown> {
  const out: Record<string, unknown> = { time: at.toISOString(), object: ev.object, event: ev.event };
  if (ev.id !== '') out.id = ev.id;
  out.name = ev.name;
  if (ev.parentId !== '') out.parentId = ev.parentId;
  if (ev.resourceType !== '') out.resourceType = ev.resourceType;
  if (ev.state !== undefined) out.state = ev.state;
  else if (ev.value !== undefined) out.value = ev.value;
  if (ev.relatedId !== undefined) out.relatedId = ev.relatedId;
  if (ev.relatedIds !== undefined) out.relatedIds = ev.relatedIds;
  if (ev.text !== undefined) out.text = ev.text;
  if (ev.properties !== undefined) {
    out.properties = Object.fromEntries(
      Object.entries(ev.properties).map(([k, v]) => [
        k,
        typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
      ]),
    );
  }
  return out;
}

/** One event as a line of text: time, object kind, event, name, then the payload if any. */
export function notificationLine(ev: ClusterNotification, at: Date): string {
  const parts = [at.toISOString(), ev.object, ev.event, JSON.stringify(ev.name)];
  if (ev.state !== undefined) parts.push(`state=${ev.state}`);
  else if (ev.value !== undefined) parts.push(`value=${ev.value}`);
  if (ev.relatedId !== undefined) parts.push(`-> ${ev.relatedId}`);
  if (ev.relatedIds !== undefined) parts.push(`[${ev.relatedIds.join(',')}]`);
  if (ev.text !== undefined) parts.push(JSON.stringify(ev.text));
  if (ev.properties !== undefined) {
    for (const [k, v] of Object.entries(ev.properties)) {
      const shown =
        v instanceof Uint8Array ? Buffer.from(v).toString('hex') : Array.isArray(v) ? v.join(',') : String(v);
      parts.push(`${k}=${shown}`);
    }
  }
  return parts.join('  ');
}

export interface WatchRunOptions {
  /** Stops the watch (the command stops on SIGINT/SIGTERM as well). */
  readonly signal?: AbortSignal;
  /** Where lines go (default stdout). */
  readonly write?: (line: string) => void;
}

export async function runClusterWatch(
  flags: ClusterWatchFlags,
  envr: CredentialEnvironment = processCredentialEnvironment(),
  opts: WatchRunOptions = {},
): Promise<void> {
  const objects = parseWatchObjects(flags.objects);
  const write = opts.write ?? ((line: string) => void process.stdout.write(line));
  await withCluster(flags, envr, async (c) => {
    const stream = c.watch({ objects });
    const stop = (): void => void stream.close();
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
    for (const s of signals) process.once(s, stop);
    opts.signal?.addEventListener('abort', stop, { once: true });
    try {
      if (opts.signal?.aborted) stop();
      for await (const ev of stream) {
        const at = new Date();
        write(flags.json ? `${JSON.stringify(notificationJson(ev, at))}\n` : `${notificationLine(ev, at)}\n`);
      }
    } finally {
      for (const s of signals) process.removeListener(s, stop);
      opts.signal?.removeEventListener('abort', stop);
      await stream.close();
    }
    return '';
  });
}

/** Registers `winrpc cluster watch` under the `cluster` command. */
export function registerClusterWatch(cluster: Command): void {
  addCredentialOptions(
    addClusterTargetOptions(
      cluster
        .command('watch')
        .description('stream cluster notifications live, one line per event, until Ctrl-C'),
    )
      .option('--objects <kinds>', `comma-separated: ${KINDS.join(',')} (default: all but registry)`)
      .option('--json', 'one JSON object per line (NDJSON)'),
  ).action((flags: ClusterWatchFlags) => runClusterWatch(flags));
}
