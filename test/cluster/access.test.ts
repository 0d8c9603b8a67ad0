import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import {
  DesiredAccess as D,
  controlCodeAccess,
  grantAccess,
  requireAccess,
  requireServerState,
} from '../../src/cluster/model/access.js';
import { assertStatus } from './helpers.js';

const admin = { read: true, all: true };
const reader = { read: true, all: false };
const nobody = { read: false, all: false };

describe('ClusAPI access levels (3.1.4, 3.1.4.2.116)', () => {
  it('maps every dwDesiredAccess form to Read or All', () => {
    assert.deepEqual(grantAccess(D.CLUSAPI_READ_ACCESS, admin), {
      level: 'read',
      grantedAccess: D.GENERIC_READ,
    });
    assert.deepEqual(grantAccess(D.GENERIC_READ, admin), { level: 'read', grantedAccess: D.GENERIC_READ });
    for (const all of [
      D.CLUSAPI_READ_ACCESS | D.CLUSAPI_CHANGE_ACCESS,
      D.GENERIC_WRITE,
      D.GENERIC_EXECUTE,
      D.GENERIC_ALL,
    ]) {
      assert.deepEqual(grantAccess(all, admin), { level: 'all', grantedAccess: D.GENERIC_ALL });
    }
    assert.equal(grantAccess(D.MAXIMUM_ALLOWED, admin).level, 'all');
    assert.equal(grantAccess(D.MAXIMUM_ALLOWED, reader).level, 'read');
    assert.equal(
      grantAccess(D.CLUSAPI_READ_ACCESS, { ...reader, backupPrivilege: true }).level,
      'readBackup',
    );
  });

  it('refuses invalid and excessive requests with the spec codes', () => {
    assertStatus(() => grantAccess(D.CLUSAPI_CHANGE_ACCESS, admin), Win32.ERROR_INVALID_PARAMETER);
    assertStatus(() => grantAccess(0, admin), Win32.ERROR_INVALID_PARAMETER);
    assertStatus(() => grantAccess(D.GENERIC_ALL, reader), Win32.ERROR_ACCESS_DENIED);
    assertStatus(() => grantAccess(D.CLUSAPI_READ_ACCESS, nobody), Win32.ERROR_ACCESS_DENIED);
    assertStatus(() => grantAccess(D.MAXIMUM_ALLOWED, nobody), Win32.ERROR_ACCESS_DENIED);
  });

  it('checks a handle level against what a method needs', () => {
    requireAccess('all', 'read');
    requireAccess('readBackup', 'readBackup');
    assertStatus(() => requireAccess('read', 'all'), Win32.ERROR_ACCESS_DENIED);
    assertStatus(() => requireAccess('read', 'readBackup'), Win32.ERROR_ACCESS_DENIED);
    assert.equal(controlCodeAccess(0x01000001), 'read');
    assert.equal(controlCodeAccess(0x01400002), 'all');
  });

  it('server state gates methods (ERROR_SHARING_PAUSED, ERROR_CLUSTER_NODE_NOT_READY)', () => {
    requireServerState('readWrite', 'write');
    requireServerState('readOnly', 'read');
    assertStatus(() => requireServerState('readOnly', 'write'), Win32.ERROR_SHARING_PAUSED);
    assertStatus(() => requireServerState('none', 'read'), ClusterStatus.ERROR_CLUSTER_NODE_NOT_READY);
  });
});
