/**
 * The server's local account database (a standalone machine's SAM in miniature): a machine domain
 * and SID, users with NT hashes only (a password never reaches the store), groups with stable SIDs.
 * Every read goes to the store, so accounts changed by `winrpc accounts` while the server runs
 * take effect on the next logon.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { CallerIdentity } from '../rpc/types.js';
import { ntHashOf } from '../security/ntlm/keys.js';
import type { NtlmAccount } from '../security/ntlm/acceptor.js';
import type { JsonValue, Store } from '../store/index.js';
import { migrate } from '../store/index.js';
import { WellKnownRid, WellKnownSid, accountSid, isMachineSid, newMachineSid } from './sids.js';

export const ACCOUNTS_NAMESPACE = 'accounts';
const META = 'accounts.meta';
const USERS = 'accounts.users';
const GROUPS = 'accounts.groups';
const MACHINE_KEY = 'machine';

export const ADMINISTRATOR = 'Administrator';
export const ADMINISTRATORS_GROUP = 'Administrators';
export const CLUSTER_READERS_GROUP = 'Cluster Readers';

export class AccountError extends Error {
  constructor(
    readonly code: 'invalid' | 'exists' | 'not-found' | 'protected',
    message: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

export interface UserInfo {
  readonly name: string;
  readonly rid: number;
  readonly sid: string;
  readonly enabled: boolean;
  /** Group names as stored (display case). */
  readonly groups: readonly string[];
}

export interface GroupInfo {
  readonly name: string;
  readonly sid: string;
  /** BUILTIN groups live in S-1-5-32, not in the machine domain. */
  readonly domain: string;
  readonly builtin: boolean;
}

/** Exactly one of these gives a user its secret. */
export type Credential = { readonly password: string } | { readonly ntHash: string };

interface MachineDoc {
  domain: string;
  sid: string;
  nextRid: number;
}

interface UserDoc {
  name: string;
  rid: number;
  ntHash: string;
  enabled: boolean;
  groups: string[];
}

interface GroupDoc {
  name: string;
  sid: string;
  builtin: boolean;
}

export interface AccountServiceOptions {
  /** NetBIOS-style machine domain used on first initialisation (default: from the host name). */
  readonly machineName?: string;
  readonly random?: (n: number) => Uint8Array;
}

/** Characters Windows refuses in SAM account names (besides control characters). */
const FORBIDDEN = new Set('"/\\[]:|<>+=;,?*@');

/** SAM account names: 1..max characters, no control or forbidden characters, not only dots/spaces. */
function validName(name: string, max: number): boolean {
  if (typeof name !== 'string' || name.length === 0 || name.length > max) return false;
  for (const ch of name) if (ch.charCodeAt(0) < 0x20 || FORBIDDEN.has(ch)) return false;
  return !/^[. ]+$/.test(name);
}
const NT_HASH_RE = /^[0-9a-fA-F]{32}$/;

/** The NetBIOS form of a host name: first label, upper case, at most 15 characters. */
export function netbiosName(hostname: string): string {
  const label = (hostname.split('.')[0] ?? '').toUpperCase().replace(/[^A-Z0-9_-]/g, '-');
  const n = label.slice(0, 15);
  return n === '' ? 'WINRPC' : n;
}

function keyOf(name: string): string {
  return name.toLowerCase();
}

export function checkUserName(name: string): void {
  if (!validName(name, 20)) throw new AccountError('invalid', `invalid account name ${JSON.stringify(name)}`);
}

export function parseNtHash(hex: string): Uint8Array {
  if (!NT_HASH_RE.test(hex)) throw new AccountError('invalid', 'an NT hash is 32 hexadecimal digits');
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function hashOf(c: Credential): string {
  if ('password' in c) return Buffer.from(ntHashOf(c.password)).toString('hex');
  return Buffer.from(parseNtHash(c.ntHash)).toString('hex');
}

/** Schema migrations of the accounts namespace; index i moves version i to i + 1. */
function migrations(opts: AccountServiceOptions) {
  return [
    (store: Store): void => {
      const machine: MachineDoc = {
        domain: netbiosName(opts.machineName ?? os.hostname()),
        sid: newMachineSid(opts.random),
        nextRid: WellKnownRid.FIRST_ALLOCATED,
      };
      const readers: GroupDoc = {
        name: CLUSTER_READERS_GROUP,
        sid: accountSid(machine.sid, machine.nextRid++),
        builtin: false,
      };
      const admins: GroupDoc = {
        name: ADMINISTRATORS_GROUP,
        sid: WellKnownSid.BUILTIN_ADMINISTRATORS,
        builtin: true,
      };
      store.put(META, MACHINE_KEY, machine as unknown as JsonValue);
      store.put(GROUPS, keyOf(admins.name), admins as unknown as JsonValue);
      store.put(GROUPS, keyOf(readers.name), readers as unknown as JsonValue);
    },
  ];
}

export const ANONYMOUS_CALLER: CallerIdentity = {
  user: 'ANONYMOUS LOGON',
  domain: 'NT AUTHORITY',
  sid: WellKnownSid.ANONYMOUS,
  groupSids: [WellKnownSid.EVERYONE, WellKnownSid.NETWORK],
  anonymous: true,
};

export class AccountService {
  private constructor(private readonly store: Store) {}

  /** Opens (initialising on first use) the accounts kept in `store`. */
  static open(store: Store, opts: AccountServiceOptions = {}): AccountService {
    migrate(store, ACCOUNTS_NAMESPACE, migrations(opts));
    const svc = new AccountService(store);
    if (!isMachineSid(svc.machine().sid))
      throw new AccountError('invalid', 'stored machine SID is malformed');
    return svc;
  }

  private machine(): MachineDoc {
    const m = this.store.get(META, MACHINE_KEY) as unknown as MachineDoc | undefined;
    if (!m) throw new AccountError('not-found', 'accounts are not initialised');
    return m;
  }

  get domain(): string {
    return this.machine().domain;
  }

  get machineSid(): string {
    return this.machine().sid;
  }

  private userDoc(name: string): UserDoc | undefined {
    return this.store.get(USERS, keyOf(name)) as unknown as UserDoc | undefined;
  }

  private groupDoc(name: string): GroupDoc | undefined {
    return this.store.get(GROUPS, keyOf(name)) as unknown as GroupDoc | undefined;
  }

  private requireUser(name: string): UserDoc {
    const u = this.userDoc(name);
    if (!u) throw new AccountError('not-found', `no such user: ${name}`);
    return u;
  }

  private info(u: UserDoc): UserInfo {
    return {
      name: u.name,
      rid: u.rid,
      sid: accountSid(this.machineSid, u.rid),
      enabled: u.enabled,
      groups: u.groups.map((g) => this.groupDoc(g)?.name ?? g),
    };
  }

  private resolveGroups(groups: readonly string[]): string[] {
    const out: string[] = [];
    for (const g of groups) {
      if (!this.groupDoc(g)) throw new AccountError('not-found', `no such group: ${g}`);
      if (!out.includes(keyOf(g))) out.push(keyOf(g));
    }
    return out;
  }

  private allocateRid(): number {
    const m = this.machine();
    const rid = m.nextRid;
    this.store.put(META, MACHINE_KEY, { ...m, nextRid: rid + 1 } as unknown as JsonValue);
    return rid;
  }

  hasUsers(): boolean {
    return this.store.list(USERS).length > 0;
  }

  getUser(name: string): UserInfo | undefined {
    const u = this.userDoc(name);
    return u ? this.info(u) : undefined;
  }

  listUsers(): UserInfo[] {
    return this.store
      .list(USERS)
      .map((e) => this.info(e.value as unknown as UserDoc))
      .sort((a, b) => a.rid - b.rid);
  }

  listGroups(): GroupInfo[] {
    const domain = this.domain;
    return this.store.list(GROUPS).map((e) => {
      const g = e.value as unknown as GroupDoc;
      return { name: g.name, sid: g.sid, domain: g.builtin ? 'BUILTIN' : domain, builtin: g.builtin };
    });
  }

  addUser(
    name: string,
    credential: Credential,
    opts: { groups?: readonly string[]; rid?: number } = {},
  ): UserInfo {
    checkUserName(name);
    const ntHash = hashOf(credential);
    return this.store.transaction(() => {
      if (this.userDoc(name)) throw new AccountError('exists', `user ${name} already exists`);
      if (this.groupDoc(name)) throw new AccountError('exists', `${name} is a group`);
      const groups = this.resolveGroups(opts.groups ?? []);
      const rid = opts.rid ?? this.allocateRid();
      if (this.listUsers().some((u) => u.rid === rid))
        throw new AccountError('exists', `RID ${rid} is in use`);
      const doc: UserDoc = { name, rid, ntHash, enabled: true, groups };
      this.store.put(USERS, keyOf(name), doc as unknown as JsonValue);
      return this.info(doc);
    });
  }

  removeUser(name: string): void {
    this.store.transaction(() => {
      const u = this.requireUser(name);
      if (u.groups.includes(keyOf(ADMINISTRATORS_GROUP)) && this.adminCount() <= 1)
        throw new AccountError('protected', 'the last member of Administrators cannot be removed');
      this.store.delete(USERS, keyOf(name));
    });
  }

  private adminCount(): number {
    return this.store
      .list(USERS)
      .filter((e) => (e.value as unknown as UserDoc).groups.includes(keyOf(ADMINISTRATORS_GROUP))).length;
  }

  setPassword(name: string, credential: Credential): void {
    const ntHash = hashOf(credential);
    this.store.transaction(() => {
      const u = this.requireUser(name);
      this.store.put(USERS, keyOf(name), { ...u, ntHash } as unknown as JsonValue);
    });
  }

  setGroups(name: string, groups: readonly string[]): UserInfo {
    return this.store.transaction(() => {
      const u = this.requireUser(name);
      const doc = { ...u, groups: this.resolveGroups(groups) };
      const admins = keyOf(ADMINISTRATORS_GROUP);
      if (u.groups.includes(admins) && !doc.groups.includes(admins) && this.adminCount() <= 1)
        throw new AccountError('protected', 'the last member of Administrators cannot leave it');
      this.store.put(USERS, keyOf(name), doc as unknown as JsonValue);
      return this.info(doc);
    });
  }

  setEnabled(name: string, enabled: boolean): void {
    this.store.transaction(() => {
      const u = this.requireUser(name);
      this.store.put(USERS, keyOf(name), { ...u, enabled } as unknown as JsonValue);
    });
  }

  addGroup(name: string): GroupInfo {
    if (!validName(name, 64)) throw new AccountError('invalid', `invalid group name ${JSON.stringify(name)}`);
    return this.store.transaction(() => {
      if (this.groupDoc(name)) throw new AccountError('exists', `group ${name} already exists`);
      if (this.userDoc(name)) throw new AccountError('exists', `${name} is a user`);
      const doc: GroupDoc = { name, sid: accountSid(this.machineSid, this.allocateRid()), builtin: false };
      this.store.put(GROUPS, keyOf(name), doc as unknown as JsonValue);
      return { name, sid: doc.sid, domain: this.domain, builtin: false };
    });
  }

  removeGroup(name: string): void {
    this.store.transaction(() => {
      const g = this.groupDoc(name);
      if (!g) throw new AccountError('not-found', `no such group: ${name}`);
      if (g.builtin || keyOf(name) === keyOf(CLUSTER_READERS_GROUP))
        throw new AccountError('protected', `group ${g.name} cannot be removed`);
      for (const e of this.store.list(USERS)) {
        const u = e.value as unknown as UserDoc;
        if (u.groups.includes(keyOf(name)))
          this.store.put(USERS, e.key, {
            ...u,
            groups: u.groups.filter((x) => x !== keyOf(name)),
          } as unknown as JsonValue);
      }
      this.store.delete(GROUPS, keyOf(name));
    });
  }

  /** The identity a logon as this user carries: own SID, group SIDs and the well-known ones. */
  identityOf(name: string): CallerIdentity | undefined {
    const u = this.userDoc(name);
    if (!u) return undefined;
    const machineSid = this.machineSid;
    const groupSids = [accountSid(machineSid, WellKnownRid.NONE_GROUP)];
    for (const g of u.groups) {
      const doc = this.groupDoc(g);
      if (doc) groupSids.push(doc.sid);
    }
    groupSids.push(
      WellKnownSid.EVERYONE,
      WellKnownSid.BUILTIN_USERS,
      WellKnownSid.NETWORK,
      WellKnownSid.AUTHENTICATED_USERS,
    );
    return {
      user: u.name,
      domain: this.domain,
      sid: accountSid(machineSid, u.rid),
      groupSids,
      anonymous: false,
    };
  }

  /**
   * For the NTLM acceptor. A standalone server answers for its own accounts whatever domain the
   * client named (clients often send their own workgroup); disabled accounts cannot log on.
   */
  lookupAccount(user: string, _domain: string): NtlmAccount | undefined {
    const u = this.userDoc(user);
    if (!u || !u.enabled) return undefined;
    const identity = this.identityOf(user);
    return { ntHash: new Uint8Array(Buffer.from(u.ntHash, 'hex')), ...(identity ? { identity } : {}) };
  }

  /**
   * First start: when no administrator exists, creates Administrator (RID 500, member of Administrators).
   * Without a password one is generated; the caller shows it once.
   */
  ensureAdministrator(password?: string): { created: boolean; generatedPassword?: string } {
    return this.store.transaction(() => {
      if (this.adminCount() > 0 || this.userDoc(ADMINISTRATOR)) return { created: false };
      const generated = password === undefined || password === '' ? generatePassword() : undefined;
      this.addUser(
        ADMINISTRATOR,
        { password: generated ?? password! },
        { groups: [ADMINISTRATORS_GROUP], rid: WellKnownRid.ADMINISTRATOR },
      );
      return generated ? { created: true, generatedPassword: generated } : { created: true };
    });
  }
}

/** 20 characters from an unambiguous alphabet: about 110 bits. */
export function generatePassword(random: (n: number) => Uint8Array = (n) => randomBytes(n)): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const out: string[] = [];
  while (out.length < 20) {
    for (const b of random(32)) {
      // Rejection sampling keeps every character equally likely.
      if (b < 256 - (256 % alphabet.length) && out.length < 20) out.push(alphabet[b % alphabet.length]!);
    }
  }
  return out.join('');
}
