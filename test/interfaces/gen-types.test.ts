/**
 * Compile-time guarantees of the generated clusapi v3 module: each context-handle kind is its own
 * branded type (`npx tsc --noEmit` fails if an `@ts-expect-error` below stops being an error).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Clusapi3Client,
  type ApiCloseClusterRequest,
  type ApiGetResourceStateRequest,
  type HCLUSTER_RPC,
  type HRES_RPC,
} from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import type { RpcCaller } from '../../src/rpc/caller.js';

describe('generated context-handle brands', () => {
  it('refuses an HRES_RPC where an HCLUSTER_RPC is expected, and plain bytes anywhere', () => {
    const hres = new Uint8Array(20) as HRES_RPC;
    const hcluster = new Uint8Array(20) as HCLUSTER_RPC;
    const ok: ApiCloseClusterRequest = { Cluster: hcluster };
    const alsoOk: ApiGetResourceStateRequest = { hResource: hres };
    // @ts-expect-error an HRES_RPC is not an HCLUSTER_RPC
    const wrongKind: ApiCloseClusterRequest = { Cluster: hres };
    // @ts-expect-error an HCLUSTER_RPC is not an HRES_RPC
    const wrongKindBack: ApiGetResourceStateRequest = { hResource: hcluster };
    // @ts-expect-error bytes that did not come from a server are no handle
    const plain: ApiCloseClusterRequest = { Cluster: new Uint8Array(20) };
    assert.equal([ok, alsoOk, wrongKind, wrongKindBack, plain].length, 5);
  });

  it('marshals a client call through the RpcCaller', async () => {
    const sent: { opnum: number; stub: Uint8Array }[] = [];
    // ApiGetResourceState answer: State 2, NodeName NULL, GroupName NULL, rpc_status 0, ret 0.
    const answer = Uint8Array.of(2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    const caller: RpcCaller = {
      syntax: 'ndr20',
      call: async (opnum, stub) => {
        sent.push({ opnum, stub });
        return answer;
      },
    };
    const client = new Clusapi3Client(caller);
    const hres = Uint8Array.from({ length: 20 }, (_, i) => i) as HRES_RPC;
    const resp = await client.ApiGetResourceState({ hResource: hres });
    assert.deepEqual(resp, { State: 2, NodeName: null, GroupName: null, rpc_status: 0, ret: 0 });
    assert.deepEqual(sent, [{ opnum: 12, stub: hres }]);
    // @ts-expect-error ApiCloseCluster takes a cluster handle
    const bad = (): unknown => client.ApiCloseCluster({ Cluster: hres });
    assert.equal(typeof bad, 'function');
  });
});
