/**
 * Client credentials and protection for every command that connects: Samba-style
 * `-U [DOMAIN\]user[%password]`, `--nt-hash` (pass-the-hash), WINRPC_PASSWORD, or a prompt that
 * does not echo; `--sign` / `--seal` / `--connect` and `--ntlm` / `--spnego`, or the same words as
 * string-binding options. One place, so cluster and RRAS commands read them the same way.
 */
import type { Command } from 'commander';
import os from 'node:os';
import { parseNtHash } from '../accounts/service.js';
import type { BindingOptions } from '../rpc/binding.js';
import type { ClientSecurityOptions } from '../rpc/client-security.js';
import { AuthLevel, AuthType } from '../rpc/types.js';
import { NtlmInitiator, type NtlmInitiatorOptions } from '../security/ntlm/initiator.js';
import { rpcClientSecurityProvider } from '../rpc/gss-providers.js';
import { SpnegoInitiator } from '../security/spnego/context.js';
import { ntlmMechanism } from '../security/spnego/mechanisms.js';
import { UsageError } from './errors.js';

export interface UserSpec {
  readonly domain?: string;
  readonly user: string;
  /** Present when the spec carried `%password` (possibly empty). */
  readonly password?: string;
}

export interface ClientCredentials {
  readonly user: string;
  readonly domain: string;
  readonly password?: string;
  readonly ntHash?: Uint8Array;
  /** `-U%`: no user and no password, i.e. no authentication. */
  readonly anonymous: boolean;
}

export interface CredentialFlags {
  /** The -U / --user value. */
  readonly user?: string;
  readonly ntHash?: string;
  readonly sign?: boolean;
  readonly seal?: boolean;
  readonly connect?: boolean;
  readonly ntlm?: boolean;
  readonly spnego?: boolean;
}

export type Mechanism = 'ntlm' | 'spnego';

/** What the environment offers: injectable so tests need no terminal. */
export interface CredentialEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  readonly prompt: (question: string) => Promise<string>;
}

/** `[DOMAIN\]user[%password]`; `DOMAIN/user` and `user@DOMAIN` are accepted as Samba does. */
export function parseUserSpec(spec: string): UserSpec {
  const pct = spec.indexOf('%');
  const who = pct >= 0 ? spec.slice(0, pct) : spec;
  const password = pct >= 0 ? spec.slice(pct + 1) : undefined;
  let domain: string | undefined;
  let user = who;
  const sep = who.search(/[\\/]/);
  if (sep >= 0) {
    domain = who.slice(0, sep);
    user = who.slice(sep + 1);
  } else if (who.includes('@')) {
    const at = who.lastIndexOf('@');
    user = who.slice(0, at);
    domain = who.slice(at + 1);
  }
  if (user === '' && password !== undefined && password !== '')
    throw new UsageError('-U: a password needs a user name');
  if (/[\\/%]/.test(user)) throw new UsageError(`-U: invalid user name ${JSON.stringify(user)}`);
  return {
    ...(domain !== undefined ? { domain } : {}),
    user,
    ...(password !== undefined ? { password } : {}),
  };
}

/**
 * Resolves who to authenticate as, or undefined when the command runs unauthenticated (no -U, or
 * `-U%`). A user without a password takes --nt-hash, then WINRPC_PASSWORD, then a no-echo prompt;
 * with no terminal to prompt on that is a usage error (exit 2).
 */
export async function resolveCredentials(
  flags: CredentialFlags,
  envr: CredentialEnvironment,
): Promise<ClientCredentials | undefined> {
  if (flags.user === undefined) {
    if (flags.ntHash !== undefined) throw new UsageError('--nt-hash needs -U USER');
    return undefined;
  }
  const spec = parseUserSpec(flags.user);
  if (spec.user === '') return undefined;
  const domain = spec.domain ?? '';
  if (flags.ntHash !== undefined) {
    if (spec.password !== undefined)
      throw new UsageError('give either -U user%password or --nt-hash, not both');
    let ntHash: Uint8Array;
    try {
      ntHash = parseNtHash(flags.ntHash);
    } catch (err) {
      throw new UsageError(`--nt-hash: ${(err as Error).message}`);
    }
    return { user: spec.user, domain, ntHash, anonymous: false };
  }
  if (spec.password !== undefined)
    return { user: spec.user, domain, password: spec.password, anonymous: false };
  const fromEnv = envr.env.WINRPC_PASSWORD;
  if (fromEnv !== undefined) return { user: spec.user, domain, password: fromEnv, anonymous: false };
  if (!envr.isTTY)
    throw new UsageError(
      `no password for ${spec.user}: give -U user%password, --nt-hash, WINRPC_PASSWORD, or run on a terminal`,
    );
  const password = await envr.prompt(`Password for ${domain ? `${domain}\\` : ''}${spec.user}: `);
  return { user: spec.user, domain, password, anonymous: false };
}

export interface Protection {
  readonly level: number;
  readonly mechanism: Mechanism;
}

/**
 * The auth level and mechanism from flags and binding options (either may ask; the strongest
 * level wins). With credentials and no level asked for, calls are signed.
 */
export function protectionFor(
  flags: CredentialFlags,
  binding: Partial<Pick<BindingOptions, 'connect' | 'sign' | 'seal' | 'auth'>> | undefined,
  haveCredentials: boolean,
): Protection | undefined {
  if (flags.ntlm && flags.spnego) throw new UsageError('--ntlm and --spnego exclude each other');
  const seal = flags.seal === true || binding?.seal === true;
  const sign = flags.sign === true || binding?.sign === true;
  const connect = flags.connect === true || binding?.connect === true;
  if (binding?.auth === 'krb5') throw new UsageError('Kerberos is not supported; use ntlm or spnego');
  const mechanism: Mechanism =
    flags.spnego || (binding?.auth === 'spnego' && !flags.ntlm) ? 'spnego' : 'ntlm';
  const asked =
    seal || sign || connect || flags.ntlm === true || flags.spnego === true || binding?.auth !== undefined;
  if (!haveCredentials) {
    if (asked) throw new UsageError('authentication options need credentials: -U [DOMAIN\\]user[%password]');
    return undefined;
  }
  const level = seal
    ? AuthLevel.PKT_PRIVACY
    : sign
      ? AuthLevel.PKT_INTEGRITY
      : connect
        ? AuthLevel.CONNECT
        : AuthLevel.PKT_INTEGRITY;
  return { level, mechanism };
}

function initiatorOptions(c: ClientCredentials): NtlmInitiatorOptions {
  const workstation = (os.hostname().split('.')[0] ?? '').toUpperCase().slice(0, 15) || 'WINRPC';
  return {
    user: c.user,
    domain: c.domain,
    workstation,
    ...(c.ntHash ? { ntHash: c.ntHash } : { password: c.password ?? '' }),
  };
}

/** The RpcClientOptions.security value for these credentials. */
export function clientSecurity(c: ClientCredentials, p: Protection): ClientSecurityOptions {
  const init = initiatorOptions(c);
  const provider =
    p.mechanism === 'spnego'
      ? rpcClientSecurityProvider({
          authType: AuthType.GSS_NEGOTIATE,
          name: 'Negotiate',
          newContext: () => new SpnegoInitiator({ mechanisms: [ntlmMechanism({ initiator: init })] }),
        })
      : rpcClientSecurityProvider({
          authType: AuthType.WINNT,
          name: 'NTLMSSP',
          newContext: () => new NtlmInitiator(init),
        });
  return { provider, level: p.level };
}

/** Reads a line from the terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  const output = process.stderr;
  return new Promise((resolve, reject) => {
    let value = '';
    const wasRaw = input.isRaw;
    const finish = (err?: Error): void => {
      input.setRawMode?.(wasRaw);
      input.off('data', onData);
      input.pause();
      output.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer): void => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new UsageError('cancelled'));
        if (ch === '\u0004') return finish();
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    output.write(question);
    input.setRawMode?.(true);
    input.resume();
    input.on('data', onData);
  });
}

export const processCredentialEnvironment = (): CredentialEnvironment => ({
  env: process.env,
  isTTY: process.stdin.isTTY === true,
  prompt: promptHidden,
});

/** Adds the shared credential and protection flags to a command that connects. */
export function addCredentialOptions(cmd: Command): Command {
  return cmd
    .option(
      '-U, --user <[DOMAIN\\]user[%password]>',
      'authenticate as this user (Samba style; -U% = anonymous)',
    )
    .option('--nt-hash <hex>', "the user's NT hash instead of a password (pass-the-hash)")
    .option('--connect', 'authenticate the connection only (RPC_C_AUTHN_LEVEL_CONNECT)')
    .option('--sign', 'sign every PDU (packet integrity; the default with -U)')
    .option('--seal', 'sign and encrypt every PDU (packet privacy)')
    .option('--ntlm', 'use NTLMSSP (the default)')
    .option('--spnego', 'use SPNEGO (Negotiate) with NTLM inside');
}
