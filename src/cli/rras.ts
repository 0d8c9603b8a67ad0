/**
 * `winrpc rras <command>`: the RRAS client (MS-RRASM DIMSVC + RASRPC on \PIPE\ROUTER) over the
 * RRAS SDK. Tables by default, `--json` for scripts; a call the server refuses exits 1 with the
 * status name, a bad command line exits 2.
 */
import type { Command } from 'commander';
import { parsePort } from '../host/config.js';
import { Rras, type RrasConnectOptions, type RrasCredentials } from '../rras/sdk/index.js';
import type { NewRrasInterface } from '../rras/sdk/types.js';
import { AuthLevel } from '../rpc/types.js';
import { formatRows, toJson } from './cluster.js';
import {
  addCredentialOptions,
  processCredentialEnvironment,
  resolveCredentials,
  type CredentialEnvironment,
  type CredentialFlags,
} from './credentials.js';
import { UsageError } from './errors.js';
import { rrasDetailRows, rrasRows, type RrasListCommand } from './rras-format.js';

export interface RrasFlags extends CredentialFlags {
  readonly host?: string;
  readonly smbPort?: string;
  readonly json?: boolean;
  readonly timeout?: string;
  /** ports: only those of one connection. */
  readonly connection?: string;
  /** update-endpoint. */
  readonly ifIndex?: string;
  readonly remote?: string;
  /** create-interface. */
  readonly type?: string;
  readonly disabled?: boolean;
}

/** Where a command's text goes (tests capture it). */
export type Output = (text: string) => void;
const stdout: Output = (t) => process.stdout.write(t);

const CREATABLE_TYPES: readonly NewRrasInterface['type'][] = [
  'dedicated',
  'full-router',
  'home-router',
  'internal',
  'loopback',
];

export function parseId(text: string, what: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 0xffffffff)
    throw new UsageError(`${what}: expected a number from 0 to 4294967295, got ${JSON.stringify(text)}`);
  return Number(text);
}

export async function rrasConnectOptions(
  flags: RrasFlags,
  envr: CredentialEnvironment,
): Promise<{ creds: RrasCredentials; opts: RrasConnectOptions }> {
  if (flags.ntlm && flags.spnego) throw new UsageError('--ntlm and --spnego exclude each other');
  if (flags.connect) throw new UsageError('rras needs signing or sealing; --connect is not accepted');
  const c = await resolveCredentials(flags, envr);
  if (c === undefined || c.anonymous)
    throw new UsageError('rras commands need an administrator: -U [DOMAIN\\]user[%password]');
  let smbPort: number | undefined;
  try {
    if (flags.smbPort !== undefined) smbPort = parsePort(flags.smbPort, '--smb-port');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  let timeoutMs = 10_000;
  if (flags.timeout !== undefined) {
    timeoutMs = Number(flags.timeout) * 1000;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UsageError('--timeout: seconds > 0');
  }
  return {
    creds: {
      user: c.user,
      domain: c.domain,
      ...(c.ntHash ? { ntHash: c.ntHash } : { password: c.password ?? '' }),
    },
    opts: {
      ...(smbPort !== undefined ? { smbPort } : {}),
      mechanism: flags.ntlm ? 'ntlm' : 'spnego',
      // Packet privacy unless only signing was asked for (2.1.1.2: the client SHOULD seal).
      level: flags.sign && !flags.seal ? AuthLevel.PKT_INTEGRITY : AuthLevel.PKT_PRIVACY,
      timeoutMs,
    },
  };
}

export async function withRras(
  flags: RrasFlags,
  envr: CredentialEnvironment,
  fn: (r: Rras) => Promise<string>,
  out: Output = stdout,
): Promise<void> {
  const { creds, opts } = await rrasConnectOptions(flags, envr);
  const r = await Rras.connect(flags.host ?? '127.0.0.1', creds, opts);
  let text: string;
  try {
    text = await fn(r);
  } finally {
    await r.close();
  }
  out(text);
}

/** One of the list commands: a table (or JSON) of what the SDK returned. */
export function runRrasList(
  what: RrasListCommand,
  flags: RrasFlags,
  envr = processCredentialEnvironment(),
  out: Output = stdout,
): Promise<void> {
  const connection = flags.connection !== undefined ? parseId(flags.connection, '--connection') : undefined;
  return withRras(
    flags,
    envr,
    async (r) => {
      const { objects, rows, columns } = await rrasRows(r, what, connection);
      return flags.json ? toJson(objects) : formatRows(rows, rows.length === 0 ? columns : undefined);
    },
    out,
  );
}

export type RrasShowCommand = 'info' | 'port' | 'connection' | 'interface';

/** A field/value table for one object. */
export function runRrasShow(
  what: RrasShowCommand,
  arg: string | undefined,
  flags: RrasFlags,
  envr = processCredentialEnvironment(),
  out: Output = stdout,
): Promise<void> {
  const id = (what === 'port' || what === 'connection') && arg !== undefined ? parseId(arg, what) : undefined;
  return withRras(
    flags,
    envr,
    async (r) => {
      const obj =
        what === 'info'
          ? await r.info()
          : what === 'port'
            ? await r.port(id!)
            : what === 'connection'
              ? await r.connection(id!)
              : await r.interface(arg!);
      return flags.json ? toJson(obj) : formatRows(rrasDetailRows(obj), ['field', 'value']);
    },
    out,
  );
}

export type RrasActionCommand =
  'disconnect' | 'hangup' | 'update-endpoint' | 'create-interface' | 'delete-interface';

export function runRrasAction(
  what: RrasActionCommand,
  arg: string,
  flags: RrasFlags,
  envr = processCredentialEnvironment(),
  out: Output = stdout,
): Promise<void> {
  switch (what) {
    case 'disconnect': {
      const port = parseId(arg, 'port');
      return withRras(
        flags,
        envr,
        async (r) => {
          await r.disconnectPort(port);
          return flags.json ? toJson({ port, disconnected: true }) : `port ${port}: disconnected\n`;
        },
        out,
      );
    }
    case 'hangup': {
      const connection = parseId(arg, 'connection');
      return withRras(
        flags,
        envr,
        async (r) => {
          await r.hangUp(connection);
          return flags.json ? toJson({ connection, hungUp: true }) : `connection ${connection}: hung up\n`;
        },
        out,
      );
    }
    case 'update-endpoint': {
      const connection = parseId(arg, 'connection');
      if (flags.ifIndex === undefined || flags.remote === undefined)
        throw new UsageError('update-endpoint needs --if-index N and --remote ADDRESS');
      const ifIndex = parseId(flags.ifIndex, '--if-index');
      const remote = flags.remote;
      return withRras(
        flags,
        envr,
        async (r) => {
          const c = await r.updateConnectionEndpoint(connection, { ifIndex, remote });
          return flags.json
            ? toJson(c)
            : `connection ${connection}: remote endpoint ${c.remoteEndpoint} (local ${c.localEndpoint})\n`;
        },
        out,
      );
    }
    case 'create-interface': {
      const type = (flags.type ?? 'dedicated').toLowerCase() as NewRrasInterface['type'];
      if (!CREATABLE_TYPES.includes(type))
        throw new UsageError(`--type: one of ${CREATABLE_TYPES.join(', ')}`);
      if (arg === '') throw new UsageError('create-interface needs a name');
      return withRras(
        flags,
        envr,
        async (r) => {
          const i = await r.createInterface({ name: arg, type, enabled: flags.disabled !== true });
          return flags.json ? toJson(i) : `interface ${i.name}: created, handle ${i.handle}\n`;
        },
        out,
      );
    }
    case 'delete-interface':
      return withRras(
        flags,
        envr,
        async (r) => {
          await r.deleteInterface(arg);
          return flags.json ? toJson({ interface: arg, deleted: true }) : `interface ${arg}: deleted\n`;
        },
        out,
      );
  }
}

/** Registers `winrpc rras …` on the program. */
export function registerRras(program: Command): void {
  const rras = program
    .command('rras')
    .description('Routing and Remote Access client (MS-RRASM over \\PIPE\\ROUTER, packet privacy)');
  const common = (c: Command): Command =>
    addCredentialOptions(
      c
        .option('--host <host>', 'RRAS server to manage (default 127.0.0.1)')
        .option('--smb-port <port>', 'SMB2 TCP port (default 445)')
        .option('--timeout <seconds>', 'connect and call timeout (default 10)')
        .option('--json', 'print JSON instead of a table'),
    );
  common(rras.command('info').description('server state, port counts, RASRPC version')).action(
    (flags: RrasFlags) => runRrasShow('info', undefined, flags),
  );
  common(
    rras
      .command('ports')
      .description('list ports')
      .option('--connection <id>', 'only the ports of this connection'),
  ).action((flags: RrasFlags) => runRrasList('ports', flags));
  common(rras.command('port').description('one port with its counters').argument('<id>')).action(
    (id: string, flags: RrasFlags) => runRrasShow('port', id, flags),
  );
  common(
    rras.command('disconnect').description('disconnect a port (ends its connection)').argument('<port-id>'),
  ).action((id: string, flags: RrasFlags) => runRrasAction('disconnect', id, flags));
  common(rras.command('connections').description('list active connections')).action((flags: RrasFlags) =>
    runRrasList('connections', flags),
  );
  common(rras.command('connection').description('one connection').argument('<id>')).action(
    (id: string, flags: RrasFlags) => runRrasShow('connection', id, flags),
  );
  common(rras.command('hangup').description('end a connection').argument('<connection-id>')).action(
    (id: string, flags: RrasFlags) => runRrasAction('hangup', id, flags),
  );
  common(
    rras
      .command('update-endpoint')
      .description("move an IKEv2 connection's tunnel (MOBIKE)")
      .argument('<connection-id>')
      .requiredOption('--if-index <n>', 'local interface index to use')
      .requiredOption('--remote <address>', 'new remote tunnel endpoint'),
  ).action((id: string, flags: RrasFlags) => runRrasAction('update-endpoint', id, flags));
  common(rras.command('interfaces').description('list router interfaces')).action((flags: RrasFlags) =>
    runRrasList('interfaces', flags),
  );
  common(
    rras.command('interface').description('one interface, by name or handle').argument('<name-or-handle>'),
  ).action((name: string, flags: RrasFlags) => runRrasShow('interface', name, flags));
  common(
    rras
      .command('create-interface')
      .description('create a router interface')
      .argument('<name>')
      .option('--type <type>', `${CREATABLE_TYPES.join('|')} (default dedicated)`)
      .option('--disabled', 'create it disabled'),
  ).action((name: string, flags: RrasFlags) => runRrasAction('create-interface', name, flags));
  common(
    rras.command('delete-interface').description('delete a router interface').argument('<name-or-handle>'),
  ).action((name: string, flags: RrasFlags) => runRrasAction('delete-interface', name, flags));
  common(rras.command('transports').description('installed router managers')).action((flags: RrasFlags) =>
    runRrasList('transports', flags),
  );
  common(rras.command('routes').description('IPv4 forwarding table')).action((flags: RrasFlags) =>
    runRrasList('routes', flags),
  );
  common(rras.command('devices').description('RAS devices')).action((flags: RrasFlags) =>
    runRrasList('devices', flags),
  );
}
