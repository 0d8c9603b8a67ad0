import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ACCOUNTS_NAMESPACE,
  AccountError,
  AccountService,
  ADMINISTRATOR,
  CLUSTER_READERS_GROUP,
  generatePassword,
  netbiosName,
} from '../../src/accounts/service.js';
import { WellKnownSid, isMachineSid, newMachineSid } from '../../src/accounts/sids.js';
import { ntHashOf } from '../../src/security/ntlm/keys.js';
import { MemoryStore, openStateStore } from '../../src/store/index.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'winrpc-accounts-'));
  dirs.push(d);
  return d;
}

/** Every byte the store holds, as text: the SQLite file and its WAL. */
function storeBytes(dir: string): string {
  return readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f)).toString('latin1'))
    .join('\n');
}

describe('AccountService', () => {
  it('initialises a machine domain, a machine SID and the two groups', () => {
    const a = AccountService.open(new MemoryStore(), { machineName: 'rpcsrv.example.test' });
    assert.equal(a.domain, 'RPCSRV');
    assert.ok(isMachineSid(a.machineSid), a.machineSid);
    const groups = a.listGroups();
    assert.deepEqual(
      groups.find((g) => g.name === 'Administrators'),
      { name: 'Administrators', sid: WellKnownSid.BUILTIN_ADMINISTRATORS, domain: 'BUILTIN', builtin: true },
    );
    const readers = groups.find((g) => g.name === CLUSTER_READERS_GROUP);
    assert.equal(readers?.sid, `${a.machineSid}-1000`);
  });

  it('keeps the NT hash only: no password in the store, in UTF-8 or UTF-16', () => {
    const dir = tempDir();
    const store = openStateStore(dir);
    const a = AccountService.open(store, { machineName: 'h' });
    const pw = 'Very$ecretPassw0rd-xyzzy';
    a.addUser('alice', { password: pw });
    a.ensureAdministrator('Adm1n-Pa55word-plugh');
    a.setPassword('alice', { password: pw + '2' });
    const mem = new MemoryStore();
    AccountService.open(mem).addUser('carol', { password: pw });
    const memJson = JSON.stringify(mem.list('accounts.users'));
    store.close();
    const bytes = storeBytes(dir);
    for (const secret of [pw, pw + '2', 'Adm1n-Pa55word-plugh']) {
      assert.ok(!bytes.includes(secret), 'UTF-8 password at rest');
      assert.ok(
        !bytes.includes(Buffer.from(secret, 'utf16le').toString('latin1')),
        'UTF-16 password at rest',
      );
      assert.ok(!memJson.includes(secret));
    }
    assert.ok(memJson.includes(Buffer.from(ntHashOf(pw)).toString('hex')));
  });

  it('keeps SIDs, RIDs and the domain across reopen', () => {
    const dir = tempDir();
    let store = openStateStore(dir);
    let a = AccountService.open(store, { machineName: 'first' });
    a.ensureAdministrator('pw');
    const bob = a.addUser('bob', { password: 'x' }, { groups: [CLUSTER_READERS_GROUP] });
    const before = { sid: a.machineSid, domain: a.domain, groups: a.listGroups(), users: a.listUsers() };
    store.close();
    store = openStateStore(dir);
    a = AccountService.open(store, { machineName: 'second' });
    assert.deepEqual(
      { sid: a.machineSid, domain: a.domain, groups: a.listGroups(), users: a.listUsers() },
      before,
    );
    assert.equal(store.schemaVersion(ACCOUNTS_NAMESPACE), 1);
    assert.equal(a.getUser('BOB')?.sid, bob.sid);
    // RIDs are never reused, even after a removal.
    a.removeUser('bob');
    assert.equal(a.addUser('dave', { password: 'x' }).rid, bob.rid + 1);
    store.close();
  });

  it('creates Administrator (RID 500) once, with a generated password when none is given', () => {
    const a = AccountService.open(new MemoryStore());
    const first = a.ensureAdministrator();
    assert.equal(first.created, true);
    assert.equal(typeof first.generatedPassword, 'string');
    assert.equal(first.generatedPassword!.length, 20);
    assert.deepEqual(a.ensureAdministrator('other'), { created: false });
    const admin = a.getUser(ADMINISTRATOR)!;
    assert.equal(admin.rid, 500);
    assert.deepEqual(admin.groups, ['Administrators']);
    const acct = a.lookupAccount('administrator', 'ANYDOMAIN')!;
    assert.deepEqual([...acct.ntHash], [...ntHashOf(first.generatedPassword!)]);
    assert.notEqual(generatePassword(), generatePassword());
  });

  it('gives the acceptor an identity with user, domain, SID and group SIDs', () => {
    const a = AccountService.open(new MemoryStore(), { machineName: 'srv' });
    a.ensureAdministrator('pw');
    a.addUser('Reader', { ntHash: 'AABBCCDDEEFF00112233445566778899' }, { groups: ['cluster readers'] });
    const acct = a.lookupAccount('READER', 'WORKGROUP')!;
    assert.equal(Buffer.from(acct.ntHash).toString('hex'), 'aabbccddeeff00112233445566778899');
    const id = acct.identity!;
    assert.equal(id.user, 'Reader');
    assert.equal(id.domain, 'SRV');
    assert.equal(id.sid, `${a.machineSid}-1001`);
    assert.ok(id.groupSids!.includes(`${a.machineSid}-1000`));
    assert.ok(id.groupSids!.includes(WellKnownSid.EVERYONE));
    assert.ok(!id.groupSids!.includes(WellKnownSid.BUILTIN_ADMINISTRATORS));
    assert.ok(a.identityOf('administrator')!.groupSids.includes(WellKnownSid.BUILTIN_ADMINISTRATORS));
    a.setEnabled('reader', false);
    assert.equal(a.lookupAccount('reader', ''), undefined);
    assert.equal(a.lookupAccount('nobody', ''), undefined);
  });

  it('refuses bad names, duplicates, unknown groups and removing the last administrator', () => {
    const a = AccountService.open(new MemoryStore());
    a.ensureAdministrator('pw');
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        assert.ok(e instanceof AccountError);
        return e.code;
      }
      return 'none';
    };
    assert.equal(
      code(() => a.addUser('a/b', { password: 'x' })),
      'invalid',
    );
    assert.equal(
      code(() => a.addUser('x'.repeat(21), { password: 'x' })),
      'invalid',
    );
    assert.equal(
      code(() => a.addUser('ADMINISTRATOR', { password: 'x' })),
      'exists',
    );
    assert.equal(
      code(() => a.addUser('bob', { ntHash: 'zz' })),
      'invalid',
    );
    assert.equal(
      code(() => a.addUser('bob', { password: 'x' }, { groups: ['nope'] })),
      'not-found',
    );
    assert.equal(a.getUser('bob'), undefined, 'a failed add leaves nothing behind');
    assert.equal(
      code(() => a.removeUser('administrator')),
      'protected',
    );
    assert.equal(
      code(() => a.setGroups('administrator', [])),
      'protected',
    );
    assert.equal(
      code(() => a.removeGroup('Administrators')),
      'protected',
    );
    assert.equal(
      code(() => a.removeUser('ghost')),
      'not-found',
    );
    a.addUser('second', { password: 'x' }, { groups: ['Administrators'] });
    a.removeUser('Administrator');
    assert.equal(a.getUser('administrator'), undefined);
  });

  it('manages user-created groups', () => {
    const a = AccountService.open(new MemoryStore());
    const g = a.addGroup('Operators');
    assert.equal(g.sid, `${a.machineSid}-1001`);
    const u = a.addUser('op', { password: 'x' }, { groups: ['operators', 'OPERATORS'] });
    assert.deepEqual(u.groups, ['Operators']);
    assert.ok(a.identityOf('op')!.groupSids.includes(g.sid));
    a.removeGroup('operators');
    assert.deepEqual(a.getUser('op')!.groups, []);
  });

  it('helpers: NetBIOS names and machine SIDs', () => {
    assert.equal(netbiosName('a-very-long-host-name-indeed.example'), 'A-VERY-LONG-HOS');
    assert.equal(netbiosName(''), 'WINRPC');
    const sid = newMachineSid(() => new Uint8Array(12).fill(0xff));
    assert.equal(sid, 'S-1-5-21-4294967295-4294967295-4294967295');
    assert.ok(!isMachineSid('S-1-5-21-1-2'));
  });
});
