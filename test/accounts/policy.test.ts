import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccountService, CLUSTER_READERS_GROUP } from '../../src/accounts/service.js';
import { ANONYMOUS_CALLER } from '../../src/accounts/service.js';
import { policyFor } from '../../src/host/auth.js';
import { cmrpAccess, cmrpEntitlement, rrasAdmin } from '../../src/security/policy.js';
import { MemoryStore } from '../../src/store/index.js';

describe('access policy', () => {
  const a = AccountService.open(new MemoryStore(), { machineName: 'srv' });
  a.ensureAdministrator('pw');
  a.addUser('reader', { password: 'x' }, { groups: [CLUSTER_READERS_GROUP] });
  a.addUser('plain', { password: 'x' });
  a.addUser('both', { password: 'x' }, { groups: [CLUSTER_READERS_GROUP, 'Administrators'] });
  const policy = policyFor(a);

  it('RRASM admin = member of BUILTIN\\Administrators', () => {
    assert.equal(rrasAdmin(a.identityOf('administrator')), true);
    assert.equal(rrasAdmin(a.identityOf('both')), true);
    assert.equal(rrasAdmin(a.identityOf('reader')), false);
    assert.equal(rrasAdmin(a.identityOf('plain')), false);
    assert.equal(rrasAdmin(ANONYMOUS_CALLER), false);
    assert.equal(rrasAdmin(undefined), false);
    // An anonymous identity claiming the group is still anonymous.
    assert.equal(rrasAdmin({ ...ANONYMOUS_CALLER, groupSids: ['S-1-5-32-544'] }), false);
  });

  it('MS-CMRP: Administrators → all, Cluster Readers → read, others → none', () => {
    assert.equal(policy.cmrpAccess(a.identityOf('administrator')), 'all');
    assert.equal(policy.cmrpAccess(a.identityOf('both')), 'all');
    assert.equal(policy.cmrpAccess(a.identityOf('reader')), 'read');
    assert.equal(policy.cmrpAccess(a.identityOf('plain')), 'none');
    assert.equal(policy.cmrpAccess(ANONYMOUS_CALLER), 'none');
    assert.equal(policy.cmrpAccess(undefined), 'none');
    assert.equal(cmrpAccess(a.identityOf('reader')), 'none', 'no reader SIDs configured');
    assert.deepEqual(policy.cmrpEntitlement(a.identityOf('reader')), { read: true, all: false });
    assert.deepEqual(cmrpEntitlement(a.identityOf('administrator')), { read: true, all: true });
    assert.equal(policy.rrasAdmin(a.identityOf('administrator')), true);
  });
});
