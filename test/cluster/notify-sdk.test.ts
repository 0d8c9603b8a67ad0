/**
 * The SDK's reading of NOTIFICATION_RPC payloads ([MS-CMRP] 3.1.4.2.138) and the CLI's line and
 * NDJSON forms of an event.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notificationJson, notificationLine, parseWatchObjects } from '../../src/cli/cluster-watch.js';
import { UsageError } from '../../src/cli/errors.js';
import { dwordData, encodeMultiSz, encodeProperties, encodeSz } from '../../src/cluster/controls/clusprop.js';
import {
  ClusterObjectType as T,
  GroupChangeV2,
  NodeChangeV2,
  ResourceChangeV2,
} from '../../src/cluster/notify/flags.js';
import { decodeNotification } from '../../src/cluster/sdk/notifications.js';
import type { NOTIFICATION_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';

function wire(type: number, flag: number, buffer: Uint8Array | null, name = 'X'): NOTIFICATION_RPC {
  return {
    dwNotifyKey: 1n,
    NotificationData: {
      FilterAndType: { dwObjectType: type, FilterFlags: BigInt(flag) },
      buffer,
      dwBufferSize: buffer?.length ?? 0,
      ObjectId: 'id-1',
      ParentId: 'parent-1',
      Name: name,
      Type: '',
    },
  };
}

describe('decodeNotification', () => {
  it('names the event and decodes each payload kind', () => {
    const state = decodeNotification(wire(T.RESOURCE, ResourceChangeV2.STATE, dwordData(2)));
    assert.deepEqual(
      [state.object, state.event, state.state, state.value],
      ['resource', 'state', 'Online', 2],
    );
    const owner = decodeNotification(wire(T.GROUP, GroupChangeV2.OWNER_NODE, encodeSz('2')));
    assert.deepEqual([owner.event, owner.relatedId, owner.parentId], ['owner-node', '2', 'parent-1']);
    const owners = decodeNotification(
      wire(T.GROUP, GroupChangeV2.PREFERRED_OWNERS, encodeMultiSz(['1', '3'])),
    );
    assert.deepEqual(owners.relatedIds, ['1', '3']);
    const props = decodeNotification(
      wire(
        T.NODE,
        NodeChangeV2.COMMON_PROPERTY,
        encodeProperties([{ name: 'Description', value: { type: 'sz', value: 'rack 4' } }]),
      ),
    );
    assert.deepEqual(props.properties, { Description: 'rack 4' });
    const expr = decodeNotification(wire(T.RESOURCE, ResourceChangeV2.DEPENDENCIES, encodeSz('[A] and [B]')));
    assert.equal(expr.text, '[A] and [B]');
  });

  it('keeps what it cannot read in raw, without throwing', () => {
    const odd = decodeNotification(wire(0x42, 0x8, new Uint8Array([1, 2, 3])));
    assert.deepEqual([odd.object, odd.event], ['unknown', '0x8']);
    assert.deepEqual([...odd.raw.buffer], [1, 2, 3]);
    const short = decodeNotification(wire(T.NODE, NodeChangeV2.STATE, new Uint8Array([1])));
    assert.equal(short.state, undefined);
    const unterminated = decodeNotification(
      wire(T.GROUP, GroupChangeV2.OWNER_NODE, new Uint8Array([0x41, 0])),
    );
    assert.equal(unterminated.relatedId, undefined);
    assert.equal(decodeNotification(wire(T.GROUP, GroupChangeV2.DELETED, null)).event, 'deleted');
  });
});

describe('winrpc cluster watch output', () => {
  const at = new Date(Date.UTC(2026, 10, 22, 7, 0, 0));
  const ev = decodeNotification(wire(T.NODE, NodeChangeV2.GROUP_GAINED, encodeSz('g-1'), 'NODE2'));

  it('prints one line of text per event', () => {
    assert.equal(notificationLine(ev, at), '2026-11-22T07:00:00.000Z  node  group-gained  "NODE2"  -> g-1');
  });

  it('prints one JSON record per event, leaving out empty fields', () => {
    assert.deepEqual(notificationJson(ev, at), {
      time: '2026-11-22T07:00:00.000Z',
      object: 'node',
      event: 'group-gained',
      id: 'id-1',
      name: 'NODE2',
      parentId: 'parent-1',
      relatedId: 'g-1',
    });
  });

  it('--objects accepts known kinds in any case and refuses others', () => {
    assert.deepEqual(parseWatchObjects('Group, node,REGISTRY'), ['group', 'node', 'registry']);
    assert.throws(() => parseWatchObjects('groups'), UsageError);
    assert.throws(() => parseWatchObjects(' , '), UsageError);
  });
});
