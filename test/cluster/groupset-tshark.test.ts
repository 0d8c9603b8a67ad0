/**
 * Independent check of a group-set session: the real group-set handlers over loopback TCP (NDR20,
 * no authentication so the stubs are readable), captured with dumpcap and dissected by Wireshark's
 * clusapi dissector (written from Samba's clusapi.idl, which declares opnums 163-183 as MS-CMRP
 * does). Every call of the session must dissect as clusapi — request and response — with no
 * malformed packet and no expert error, and a few values must read back as we sent them.
 * Needs root (dumpcap on lo) and tshark; skips with the reason otherwise.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodeProperties } from '../../src/cluster/controls/clusprop.js';
import { GroupSetControl } from '../../src/cluster/controls/groupset-controls.js';
import { dword } from '../../src/cluster/model/properties.js';
import { Clusapi3Opnum } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import {
  connectClusapiNdr20,
  recordingStep,
  serveClusapiForCapture,
} from '../fixtures/clusapi-capture-session.js';
import {
  assertClusapiCallsDissected,
  clusapiFieldsByCall,
  dcerpcReadArgs,
  assertDissectsCleanly,
  saveCapture,
  startLoopbackCapture,
  whyTsharkUnavailable,
  type LoopbackCapture,
} from '../fixtures/tshark.js';
import { demo } from './helpers.js';

test('a group-set session dissects cleanly in tshark', { timeout: 120_000 }, async (t) => {
  const unavailable = whyTsharkUnavailable();
  if (unavailable) {
    t.skip(unavailable);
    return;
  }
  const { model } = demo();
  model.createGroup('Web');
  model.createGroup('Db');
  const server = await serveClusapiForCapture(model);
  const port = server.port;
  const dir = mkdtempSync(join(tmpdir(), 'winrpc-groupset-tshark-'));
  const pcap = join(dir, 'groupsets.pcapng');
  let capture: LoopbackCapture | undefined;
  const called = new Set<number>();
  try {
    capture = await startLoopbackCapture(port);
    const { api, close } = await connectClusapiNdr20(port);
    try {
      const step = recordingStep(called);
      const cluster = (await step('ApiOpenCluster', api.ApiOpenCluster({}))).ret;
      const front = (await step('ApiCreateGroupSet', api.ApiCreateGroupSet({ lpszGroupSetName: 'Front' })))
        .ret;
      const back = (await step('ApiCreateGroupSet', api.ApiCreateGroupSet({ lpszGroupSetName: 'Back' }))).ret;
      await step('ApiOpenGroupSet', api.ApiOpenGroupSet({ lpszGroupSetName: 'Nope' }), 0x1768);
      const web = (await api.ApiOpenGroup({ lpszGroupName: 'Web' })).ret;
      const db = (await api.ApiOpenGroup({ lpszGroupName: 'Db' })).ret;
      const node = (await api.ApiOpenNode({ lpszNodeName: 'NODE2' })).ret;
      await step('ApiAddGroupToGroupSet', api.ApiAddGroupToGroupSet({ GroupSet: front, Group: web }));
      await step(
        'ApiAddGroupToGroupSetEx',
        api.ApiAddGroupToGroupSetEx({
          GroupSet: back,
          Group: db,
          FaultDomain: 1,
          UpdateDomain: 2,
          UseDomains: 1,
          Reserved: 0,
        }),
      );
      await step(
        'ApiAddGroupSetDependency',
        api.ApiAddGroupSetDependency({ DependentGroupSet: front, ProviderGroupSet: back }),
      );
      await step(
        'ApiRemoveGroupSetDependency',
        api.ApiRemoveGroupSetDependency({ hGroupSet: front, hDependsOn: back }),
      );
      await step(
        'ApiSetGroupSetDependencyExpression',
        api.ApiSetGroupSetDependencyExpression({ hGroupSet: front, lpszDependencyExpression: '[Back]' }),
      );
      await step(
        'ApiSetGroupDependencyExpression',
        api.ApiSetGroupDependencyExpression({ hGroup: web, lpszDependencyExpression: '[Db]' }),
      );
      await step(
        'ApiRemoveClusterGroupDependency',
        api.ApiRemoveClusterGroupDependency({ hGroup: web, hDependsOn: db }),
      );
      await step(
        'ApiAddGroupToGroupSetDependency',
        api.ApiAddGroupToGroupSetDependency({ DependentGroup: web, ProviderGroupSet: back }),
      );
      await step(
        'ApiRemoveClusterGroupToGroupSetDependency',
        api.ApiRemoveClusterGroupToGroupSetDependency({ hGroup: web, hDependsOn: back }),
      );
      const control = (code: number, input: Uint8Array | null = null) =>
        api.ApiGroupSetControl({
          hGroupSet: front,
          dwControlCode: code,
          lpInBuffer: input,
          nInBufferSize: input?.length ?? 0,
          nOutBufferSize: 1024,
        });
      await step('ApiGroupSetControl', control(GroupSetControl.GET_ID));
      await step('ApiGroupSetControl', control(GroupSetControl.GET_GROUPS));
      await step('ApiGroupSetControl', control(GroupSetControl.GET_COMMON_PROPERTIES));
      const input = encodeProperties([{ name: 'StartupDelay', value: dword(30) }]);
      await step('ApiGroupSetControl', control(GroupSetControl.SET_COMMON_PROPERTIES, input));
      await step(
        'ApiNodeGroupSetControl',
        api.ApiNodeGroupSetControl({
          hGroupSet: front,
          hNode: node,
          dwControlCode: GroupSetControl.GET_PROVIDER_GROUPSETS,
          lpInBuffer: null,
          nInBufferSize: 0,
          nOutBufferSize: 1024,
        }),
      );
      const listed = await step('ApiCreateGroupSetEnum', api.ApiCreateGroupSetEnum({ hCluster: cluster }));
      assert.deepEqual(
        listed.ReturnEnum?.Entry.map((e) => e.Name),
        ['Back', 'Cluster Group', 'Front'],
      );
      await step('ApiMoveGroupToGroupSet', api.ApiMoveGroupToGroupSet({ GroupSet: back, Group: web }));
      await step('ApiRemoveGroupFromGroupSet', api.ApiRemoveGroupFromGroupSet({ Group: web }));
      await step(
        'ApiSetGroupSetDependencyExpression',
        api.ApiSetGroupSetDependencyExpression({ hGroupSet: front, lpszDependencyExpression: '' }),
      );
      await step('ApiDeleteGroupSet', api.ApiDeleteGroupSet({ GroupSet: front }));
      await step('ApiCloseGroupSet', api.ApiCloseGroupSet({ GroupSet: front }));
      await step('ApiCloseGroupSet', api.ApiCloseGroupSet({ GroupSet: back }));
    } finally {
      await close();
    }
    await saveCapture(capture, pcap);
    capture = undefined;

    const readArgs = dcerpcReadArgs(pcap, port);
    assertDissectsCleanly(readArgs, ['clusapi.opnum']);

    const seen = clusapiFieldsByCall(readArgs);
    assertClusapiCallsDissected(seen, called);
    assert.ok(called.size >= 18, `${called.size} group-set opnums exercised`);
    const create = seen.get(`${Clusapi3Opnum.ApiCreateGroupSet}/0`)!;
    assert.deepEqual(create.get('clusapi.clusapi_CreateGroupSet.lpszGroupSetName'), ['Front', 'Back']);
    const ex = seen.get(`${Clusapi3Opnum.ApiAddGroupToGroupSetEx}/0`)!;
    assert.deepEqual(ex.get('clusapi.clusapi_AddGroupToGroupSetEx.FaultDomain'), ['1']);
    assert.deepEqual(ex.get('clusapi.clusapi_AddGroupToGroupSetEx.UpdateDomain'), ['2']);
    const open = seen.get(`${Clusapi3Opnum.ApiOpenGroupSet}/2`)!;
    assert.ok(
      open.get('clusapi.clusapi_OpenGroupSet.Status')?.some((v) => /0x00001768/i.test(v) || v === '5992'),
      `OpenGroupSet Status printed: ${String(open.get('clusapi.clusapi_OpenGroupSet.Status'))}`,
    );
    const ctl = seen.get(`${Clusapi3Opnum.ApiGroupSetControl}/0`)!;
    assert.ok(
      (ctl.get('clusapi.clusapi_GroupSetControl.dwControlCode') ?? []).length >= 4,
      'the group-set control codes are printed',
    );
  } finally {
    if (capture) await capture.stop();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
