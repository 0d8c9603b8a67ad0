/**
 * Group sets end to end over TCP at packet privacy: the SDK and the CLI against `winrpc serve`'s
 * host, a reader refused, and everything kept across a restart on the same state directory.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runGroupSet, runGroupSetList } from '../../src/cli/cluster-groupsets.js';
import type { CredentialEnvironment } from '../../src/cli/credentials.js';
import { CORE_GROUP_SET_NAME } from '../../src/cluster/model/group-sets.js';
import { Cluster, ClusterApiError } from '../../src/cluster/sdk/index.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import {
  printedBy as cli,
  clusterHostForSuite,
  TEST_ADMIN as ADMIN,
  TEST_READER as READER,
} from '../fixtures/cluster-host.js';

async function refusedWith(p: Promise<unknown>, status: number): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof ClusterApiError, String(err));
    assert.equal(err.status, status, err.message);
    return true;
  });
}

const noPrompt: CredentialEnvironment = {
  env: {},
  isTTY: false,
  prompt: () => Promise.reject(new Error('no prompt in tests')),
};

describe('group sets end to end', () => {
  const running = clusterHostForSuite('winrpc-groupsets-e2e-', { machineName: 'gstest' });

  it('SDK: default set, create, members, dependencies, properties, refusals', async () => {
    const c = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort, mechanism: 'spnego' });
    try {
      const sets = c.groupSets();
      const core = await sets.info(CORE_GROUP_SET_NAME);
      assert.deepEqual(core.groups, ['Cluster Group']);
      assert.equal(core.properties['IsGlobal'], 1);
      assert.equal(core.properties['StartupDelay'], 20);

      await c.createGroup('Web');
      await c.createGroup('Db');
      await sets.create('Front');
      await sets.create('Back');
      await refusedWith(sets.create('front'), ClusterStatus.ERROR_OBJECT_ALREADY_EXISTS);
      await sets.addGroup('Front', 'Web', { faultDomain: 1, updateDomain: 2 });
      await sets.addGroup('Back', 'Db');
      await refusedWith(sets.addGroup('Back', 'Web'), ClusterStatus.ERROR_INVALID_STATE);
      await sets.addDependency('Front', 'Back');
      await refusedWith(sets.addDependency('Back', 'Front'), Win32.ERROR_INVALID_PARAMETER);
      await refusedWith(sets.delete('Back'), ClusterStatus.ERROR_DIR_NOT_EMPTY);
      await sets.setProperties('Front', { StartupDelay: '45', StartupSetting: 2 });
      await sets.setGroupDependencyExpression('Web', '[Db]');
      await refusedWith(sets.setGroupDependencyExpression('Db', '[Web]'), Win32.ERROR_INVALID_PARAMETER);
      await refusedWith(sets.info('Nope'), ClusterStatus.ERROR_GROUPSET_NOT_FOUND);

      assert.deepEqual(await sets.names(), ['Back', CORE_GROUP_SET_NAME, 'Front']);
      const front = await sets.info('Front');
      assert.deepEqual(front.groups, ['Web']);
      assert.deepEqual(front.providers, ['Back']);
      assert.equal(front.properties['StartupDelay'], 45);
      assert.equal(front.properties['StartupSetting'], 2);
      assert.match(front.id, /^[0-9a-f-]{36}$/);
    } finally {
      await c.close();
    }
  });

  it('a reader lists group sets but may not create one', async () => {
    const c = await Cluster.connect('127.0.0.1', { ...READER, epmPort: running.epmPort });
    try {
      assert.ok((await c.groupSets().names()).includes('Front'));
      await refusedWith(c.groupSets().create('R'), Win32.ERROR_ACCESS_DENIED);
    } finally {
      await c.close();
    }
  });

  it('CLI: groupsets, groupset create|add|remove|delete, --json', async () => {
    const flags = { user: `${ADMIN.user}%${ADMIN.password}`, epmPort: String(running.epmPort) };
    const table = await cli(() => runGroupSetList(flags, noPrompt));
    assert.match(table, /^NAME\s+GLOBAL\s+GROUPS\s+PROVIDERS\s+STARTUPDELAY\s+ID/);
    assert.match(table, /\nFront\s+no\s+Web\s+Back\s+45\s/);
    assert.match(table, /\nCluster Group\s+yes\s+Cluster Group\s+20\s/);

    const created = await cli(() => runGroupSet('create', 'Tmp', undefined, flags, noPrompt));
    assert.match(created, /^group set Tmp: created\n/);
    const c = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort });
    try {
      await c.createGroup('Scratch');
    } finally {
      await c.close();
    }
    const added = JSON.parse(
      await cli(() => runGroupSet('add', 'Tmp', 'Scratch', { ...flags, json: true }, noPrompt)),
    ) as { groups: string[] };
    assert.deepEqual(added.groups, ['Scratch']);
    await assert.rejects(
      cli(() => runGroupSet('remove', 'Tmp', 'Web', flags, noPrompt)),
      /not in group set/,
    );
    await assert.rejects(
      cli(() => runGroupSet('delete', 'Tmp', undefined, flags, noPrompt)),
      /ERROR_DIR_NOT_EMPTY/,
    );
    await cli(() => runGroupSet('remove', 'Tmp', 'Scratch', flags, noPrompt));
    const deleted = JSON.parse(
      await cli(() => runGroupSet('delete', 'Tmp', undefined, { ...flags, json: true }, noPrompt)),
    ) as { deleted: boolean };
    assert.equal(deleted.deleted, true);
    assert.throws(() => runGroupSet('add', 'Tmp', undefined, flags, noPrompt), /needs a group/);
    assert.throws(() => runGroupSet('explode', 'Tmp', undefined, flags, noPrompt), /unknown groupset action/);
  });

  it('everything is kept across a restart', async () => {
    await running.restart();
    const c = await Cluster.connect('127.0.0.1', { ...ADMIN, epmPort: running.epmPort });
    try {
      const sets = c.groupSets();
      assert.deepEqual(await sets.names(), ['Back', CORE_GROUP_SET_NAME, 'Front']);
      const front = await sets.info('Front');
      assert.deepEqual(front.groups, ['Web']);
      assert.deepEqual(front.providers, ['Back']);
      assert.equal(front.properties['StartupDelay'], 45);
      await refusedWith(sets.setGroupDependencyExpression('Db', '[Web]'), Win32.ERROR_INVALID_PARAMETER);
    } finally {
      await c.close();
    }
  });
});
