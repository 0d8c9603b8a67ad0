/**
 * `winrpc accounts add|remove|list|passwd|set-groups`: manages the server's local accounts in
 * its state directory (the server need not be stopped: it reads accounts at every logon).
 */
import { AccountError, AccountService, type Credential, type UserInfo } from '../accounts/service.js';
import { DEFAULT_CONFIG } from '../host/config.js';
import { openStateStore } from '../store/index.js';
import { processCredentialEnvironment, type CredentialEnvironment } from './credentials.js';
import { UsageError } from './errors.js';

export interface AccountsFlags {
  readonly state?: string;
  readonly password?: string;
  readonly ntHash?: string;
  readonly group?: readonly string[];
  readonly json?: boolean;
}

function withAccounts<T>(flags: AccountsFlags, fn: (a: AccountService) => T): T {
  const store = openStateStore(flags.state ?? DEFAULT_CONFIG.stateDir);
  try {
    return fn(AccountService.open(store));
  } catch (err) {
    // Bad names, unknown groups and the like are the caller's mistake.
    if (err instanceof AccountError && err.code !== 'protected') throw new UsageError(err.message);
    throw err;
  } finally {
    store.close();
  }
}

async function credentialOf(
  name: string,
  flags: AccountsFlags,
  envr: CredentialEnvironment,
): Promise<Credential> {
  if (flags.password !== undefined && flags.ntHash !== undefined)
    throw new UsageError('give either --password or --nt-hash, not both');
  if (flags.ntHash !== undefined) return { ntHash: flags.ntHash };
  if (flags.password !== undefined) return { password: flags.password };
  const env = envr.env.WINRPC_PASSWORD;
  if (env !== undefined) return { password: env };
  if (!envr.isTTY)
    throw new UsageError(`no password for ${name}: give --password, --nt-hash or WINRPC_PASSWORD`);
  const first = await envr.prompt(`New password for ${name}: `);
  const again = await envr.prompt('Retype it: ');
  if (first !== again) throw new UsageError('the passwords differ');
  return { password: first };
}

export async function runAccountsAdd(
  name: string,
  flags: AccountsFlags,
  envr: CredentialEnvironment = processCredentialEnvironment(),
): Promise<void> {
  const credential = await credentialOf(name, flags, envr);
  const u = withAccounts(flags, (a) => a.addUser(name, credential, { groups: flags.group ?? [] }));
  process.stdout.write(`added ${u.name} ${u.sid}\n`);
}

export function runAccountsRemove(name: string, flags: AccountsFlags): void {
  withAccounts(flags, (a) => a.removeUser(name));
  process.stdout.write(`removed ${name}\n`);
}

export async function runAccountsPasswd(
  name: string,
  flags: AccountsFlags,
  envr: CredentialEnvironment = processCredentialEnvironment(),
): Promise<void> {
  withAccounts(flags, (a) => {
    if (!a.getUser(name)) throw new AccountError('not-found', `no such user: ${name}`);
  });
  const credential = await credentialOf(name, flags, envr);
  withAccounts(flags, (a) => a.setPassword(name, credential));
  process.stdout.write(`password changed for ${name}\n`);
}

export function runAccountsSetGroups(name: string, flags: AccountsFlags): void {
  const u = withAccounts(flags, (a) => a.setGroups(name, flags.group ?? []));
  process.stdout.write(`${u.name}: ${u.groups.join(', ') || '(no groups)'}\n`);
}

export function formatAccounts(domain: string, users: readonly UserInfo[]): string {
  const head = ['USER', 'SID', 'ENABLED', 'GROUPS'];
  const cells = users.map((u) => [
    `${domain}\\${u.name}`,
    u.sid,
    u.enabled ? 'yes' : 'no',
    u.groups.join(', '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...cells.map(line)].join('\n') + '\n';
}

export function runAccountsList(flags: AccountsFlags): void {
  const out = withAccounts(flags, (a) => {
    const users = a.listUsers();
    if (flags.json === true)
      return (
        JSON.stringify(
          { domain: a.domain, machineSid: a.machineSid, users, groups: a.listGroups() },
          null,
          2,
        ) + '\n'
      );
    return formatAccounts(a.domain, users);
  });
  process.stdout.write(out);
}
