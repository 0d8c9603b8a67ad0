/**
 * The `winrpc` command tree (commander). Thin: parses flags, calls host/ and interfaces/, prints.
 */
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, describeError } from './errors.js';
import { runEpmLookup } from './epm.js';
import { runServe } from './serve.js';

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
    .option('--state <dir>', 'state directory (default ./.winrpc/state)')
    .option('--config <file>', 'JSON config file: listen, epmPort, servicePort, stateDir, logLevel')
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
  epm
    .command('lookup')
    .description("list a host's endpoint map (ept_lookup)")
    .argument('[host]', 'host to ask (default 127.0.0.1)')
    .option('--port <port>', 'endpoint mapper TCP port (default 135)')
    .option('--json', 'print JSON instead of a table')
    .action(async (host: string | undefined, opts: { port?: string; json?: boolean }) => {
      await runEpmLookup(host, opts);
    });

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
