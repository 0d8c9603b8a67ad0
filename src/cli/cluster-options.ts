/** The command-line options the `winrpc cluster` commands share, declared once so they read alike. */
import type { Command } from 'commander';
import { addCredentialOptions } from './credentials.js';

/** Which node to ask and how to reach its cluster interface, and how long to wait. */
export function addClusterTargetOptions(c: Command): Command {
  return c
    .option('--host <host>', 'cluster node to ask (default 127.0.0.1)')
    .option('--port <port>', 'cluster TCP port (default: ask the endpoint mapper)')
    .option('--epm-port <port>', 'endpoint mapper TCP port (default 135)')
    .option('--timeout <seconds>', 'connect and call timeout (default 10)');
}

/** The connection, output and credential options every one-shot `cluster` command takes. */
export function addClusterCommandOptions(c: Command): Command {
  return addCredentialOptions(addClusterTargetOptions(c).option('--json', 'print JSON instead of a table'));
}
