/**
 * The `winrpc` command tree (commander). Thin: parses flags, calls host/ and interfaces/, prints.
 */
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, describeError } from './errors.js';
import { runEpmLookup } from './epm.js';
import {
  runAccountsAdd,
  runAccountsList,
  runAccountsPasswd,
  runAccountsRemove,
  runAccountsSetGroups,
  type AccountsFlags,
} from './accounts.js';
import { addCredentialOptions, type CredentialFlags } from './credentials.js';
import { runServe } from './serve.js';
import { addClusterCommands } from './cluster.js';
import { registerRras } from './rras.js';

export function buildProgram(): Command {
  const program = new Command('winrpc')
    .description('Microsoft RPC in TypeScript: server host and management clients')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('run the RPC server: endpoint mapper, management interface and registered services')
    .option('--listen <address>', 'address to listen on (default 127.0.0.1)')
    .option('--epm-port <port>', 'endpoint mapper TCP port (default 135; 0 = any free port)')
    .option('--service-port <port>', 'TCP port for services (default: a dynamic port)')
    .option(
      '--smb-port <port>',
      'serve named pipes (ncacn_np) over SMB2 on this TCP port (default 445; 0 = any free port; off = none)',
    )
    .option('--cluster-port <port>', 'fixed TCP port for the cluster service (default: the services port)')
    .option('--no-demo', 'a new cluster state gets nodes and resource types only, no demo groups/resources')
    .option('--state <dir>', 'state directory (default ./.winrpc/state)')
    .option('--config <file>', 'JSON config file: listen, epmPort, servicePort, smbPort, stateDir, logLevel')
    .option(
      '--admin-password <password>',
      'password of the Administrator created on first start (else WINRPC_ADMIN_PASSWORD, else generated and printed once)',
    )
    .addOption(
      new Option('--log-level <level>', 'log level (default info)').choices([
        'fatal',
        'error',
        'warn',
        'info',
        'debug',
        'trace',
        'silent',
      ]),
    )
    .action(async (opts: Record<string, string | undefined>) => {
      await runServe(opts);
    });

  const epm = program.command('epm').description('endpoint mapper client');
  addCredentialOptions(
    epm
      .command('lookup')
      .description("list a host's endpoint map (ept_lookup)")
      .argument('[host]', 'host or string binding to ask (default 127.0.0.1)')
      .option('--port <port>', 'endpoint mapper TCP port (default 135)')
      .option('--json', 'print JSON instead of a table'),
  ).action(async (host: string | undefined, opts: { port?: string; json?: boolean } & CredentialFlags) => {
    await runEpmLookup(host, opts);
  });

  const collect = (v: string, prev: string[] | undefined): string[] => [...(prev ?? []), v];
  const accounts = program.command('accounts').description("manage the server's local accounts");
  const stateOpt = (c: Command): Command =>
    c.option('--state <dir>', 'state directory (default ./.winrpc/state)');
  stateOpt(
    accounts
      .command('add')
      .description('add a user (the NT hash is stored, never the password)')
      .argument('<name>')
      .option('--password <password>', 'the password (else WINRPC_PASSWORD or a prompt)')
      .option('--nt-hash <hex>', 'the NT hash instead of a password')
      .option(
        '--group <group>',
        'a group to join (repeatable), e.g. Administrators or "Cluster Readers"',
        collect,
      ),
  ).action(async (name: string, opts: AccountsFlags) => {
    await runAccountsAdd(name, opts);
  });
  stateOpt(accounts.command('remove').description('remove a user').argument('<name>')).action(
    (name: string, opts: AccountsFlags) => runAccountsRemove(name, opts),
  );
  stateOpt(accounts.command('list').description('list users').option('--json', 'print JSON')).action(
    (opts: AccountsFlags) => runAccountsList(opts),
  );
  stateOpt(
    accounts
      .command('passwd')
      .description("change a user's password")
      .argument('<name>')
      .option('--password <password>', 'the new password (else WINRPC_PASSWORD or a prompt)')
      .option('--nt-hash <hex>', 'the new NT hash instead of a password'),
  ).action(async (name: string, opts: AccountsFlags) => {
    await runAccountsPasswd(name, opts);
  });
  stateOpt(
    accounts
      .command('set-groups')
      .description("replace a user's groups")
      .argument('<name>')
      .option('--group <group>', 'a group (repeatable); none = no groups', collect),
  ).action((name: string, opts: AccountsFlags) => runAccountsSetGroups(name, opts));

  addClusterCommands(program);
  registerRras(program);

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return ExitCode.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error (already printed).
      return err.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    const { message, code } = describeError(err);
    process.stderr.write(`winrpc: ${message}\n`);
    return code;
  }
}
