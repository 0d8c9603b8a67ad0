/** The Api*Control methods over real context handles: access level from the handle, server state, buffers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeProperties, decodeSz, encodeProperties } from '../../src/cluster/controls/clusprop.js';
import {
  ClusterControl,
  GroupControl,
  NetInterfaceControl,
  NetworkControl,
  NodeControl,
  ResourceControl,
  ResourceTypeControl,
} from '../../src/cluster/controls/codes.js';
import { controlHandlers } from '../../src/cluster/controls/handlers.js';
import { Clusapi3Methods, Clusapi3Opnum } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import type { Clusapi3Handlers, HNODE_RPC, HRES_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { decodeResponse, encodeResponse } from '../../src/rpc/stubs.js';
import { DesiredAccess } from '../../src/cluster/model/access.js';
import type { ServerState } from '../../src/cluster/model/access.js';
import { ClusterStatus, Win32 } from '../../src/errors/status.js';
import { assertStatusIs, fixture } from './server-fixture.js';

const { GENERIC_READ, GENERIC_ALL } = DesiredAccess;
const NONE = new Uint8Array(0);

function setup() {
  const f = fixture();
  let state: ServerState = 'readWrite';
  const c = controlHandlers({
    model: f.model,
    serverState: () => state,
    entitlement: () => ({ read: true, all: true }),
    dnsDomain: 'corp.example',
  });
  const setState = (s: ServerState): void => {
    state = s;
  };
  return { f, c, setState };
}

const req = (dwControlCode: number, lpInBuffer: Uint8Array | null = null, nOutBufferSize = 4096) => ({
  dwControlCode,
  lpInBuffer,
  nInBufferSize: lpInBuffer?.length ?? 0,
  nOutBufferSize,
});

describe('Api*Control handlers', () => {
  it('answer each object kind through its handle', () => {
    const { f, c } = setup();
    const ctx = f.ctx();
    const cl = f.h.ApiOpenClusterEx(ctx, { dwDesiredAccess: GENERIC_READ }).ret;
    const fqdn = c.ApiClusterControl(ctx, { hCluster: cl, ...req(ClusterControl.GET_FQDN) });
    assertStatusIs(fqdn.ret, Win32.ERROR_SUCCESS);
    assert.equal(decodeSz(fqdn.lpOutBuffer), 'WINRPC-CLU.corp.example');
    assert.equal(fqdn.lpBytesReturned, fqdn.lpOutBuffer.length);

    const node = f.h.ApiOpenNodeEx(ctx, { lpszNodeName: 'NODE2', dwDesiredAccess: GENERIC_READ }).ret;
    assert.equal(
      decodeSz(c.ApiNodeControl(ctx, { hNode: node, ...req(NodeControl.GET_ID) }).lpOutBuffer),
      '2',
    );

    const grp = f.h.ApiOpenGroupEx(ctx, {
      lpszGroupName: 'Cluster Group',
      dwDesiredAccess: GENERIC_READ,
    }).ret;
    const gname = c.ApiNodeGroupControl(ctx, { hGroup: grp, hNode: node, ...req(GroupControl.GET_NAME) });
    assert.equal(decodeSz(gname.lpOutBuffer), 'Cluster Group');

    const res = f.h.ApiOpenResourceEx(ctx, {
      lpszResourceName: 'Cluster Name',
      dwDesiredAccess: GENERIC_READ,
    }).ret;
    const type = c.ApiResourceControl(ctx, { hResource: res, ...req(ResourceControl.GET_RESOURCE_TYPE) });
    assert.equal(decodeSz(type.lpOutBuffer), 'Network Name');

    const rt = c.ApiResourceTypeControl(ctx, {
      hCluster: cl,
      lpszResourceTypeName: 'Physical Disk',
      ...req(ResourceTypeControl.GET_CHARACTERISTICS),
    });
    assert.deepEqual([...rt.lpOutBuffer], [1, 0, 0, 0]);
    const missing = c.ApiResourceTypeControl(ctx, {
      hCluster: cl,
      lpszResourceTypeName: 'No Such Type',
      ...req(ResourceTypeControl.GET_CHARACTERISTICS),
    });
    assertStatusIs(missing.ret, ClusterStatus.ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND);

    const net = f.h.ApiOpenNetworkEx(ctx, {
      lpszNetworkName: 'Cluster Network 1',
      dwDesiredAccess: GENERIC_READ,
    }).ret;
    const nname = c.ApiNetworkControl(ctx, { hNetwork: net, ...req(NetworkControl.GET_NAME) });
    assert.equal(decodeSz(nname.lpOutBuffer), 'Cluster Network 1');

    const nic = f.h.ApiOpenNetInterfaceEx(ctx, {
      lpszNetInterfaceName: 'NODE1 - Ethernet',
      dwDesiredAccess: GENERIC_READ,
    }).ret;
    const nnode = c.ApiNetInterfaceControl(ctx, { hNetInterface: nic, ...req(NetInterfaceControl.GET_NODE) });
    assert.equal(decodeSz(nnode.lpOutBuffer), 'NODE1');
  });

  it('a modify code needs "All" on the object handle and on the host node handle', () => {
    const { f, c } = setup();
    const ctx = f.ctx();
    const set = encodeProperties([{ name: 'Description', value: { type: 'sz', value: 'x' } }]);
    const rd = f.h.ApiOpenGroupEx(ctx, { lpszGroupName: 'Cluster Group', dwDesiredAccess: GENERIC_READ }).ret;
    const all = f.h.ApiOpenGroupEx(ctx, { lpszGroupName: 'Cluster Group', dwDesiredAccess: GENERIC_ALL }).ret;
    const rdNode = f.h.ApiOpenNodeEx(ctx, { lpszNodeName: 'NODE1', dwDesiredAccess: GENERIC_READ }).ret;
    const code = GroupControl.SET_COMMON_PROPERTIES;
    assertStatusIs(c.ApiGroupControl(ctx, { hGroup: rd, ...req(code, set) }).ret, Win32.ERROR_ACCESS_DENIED);
    assertStatusIs(
      c.ApiNodeGroupControl(ctx, { hGroup: all, hNode: rdNode, ...req(code, set) }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(c.ApiGroupControl(ctx, { hGroup: all, ...req(code, set) }).ret, Win32.ERROR_SUCCESS);
    const got = c.ApiGroupControl(ctx, { hGroup: rd, ...req(GroupControl.GET_COMMON_PROPERTIES) });
    const desc = decodeProperties(got.lpOutBuffer).find((p) => p.name === 'Description');
    assert.deepEqual(desc?.value, { type: 'sz', value: 'x' });
  });

  it('modify codes need the read/write server state', () => {
    const { f, c, setState } = setup();
    const ctx = f.ctx();
    const all = f.h.ApiOpenClusterEx(ctx, { dwDesiredAccess: GENERIC_ALL }).ret;
    setState('readOnly');
    const set = encodeProperties([{ name: 'Description', value: { type: 'sz', value: 'x' } }]);
    assertStatusIs(
      c.ApiClusterControl(ctx, { hCluster: all, ...req(ClusterControl.SET_COMMON_PROPERTIES, set) }).ret,
      Win32.ERROR_SHARING_PAUSED,
    );
    assertStatusIs(
      c.ApiClusterControl(ctx, { hCluster: all, ...req(ClusterControl.GET_FQDN) }).ret,
      Win32.ERROR_SUCCESS,
    );
  });

  it('ERROR_MORE_DATA sets lpcbRequired and returns no bytes; bad handles are ERROR_INVALID_HANDLE', () => {
    const { f, c } = setup();
    const ctx = f.ctx();
    const res = f.h.ApiOpenResourceEx(ctx, {
      lpszResourceName: 'Cluster Disk 1',
      dwDesiredAccess: GENERIC_READ,
    }).ret;
    const r = c.ApiResourceControl(ctx, { hResource: res, ...req(ResourceControl.GET_NAME, null, 2) });
    assertStatusIs(r.ret, Win32.ERROR_MORE_DATA);
    assert.equal(r.lpcbRequired, ('Cluster Disk 1'.length + 1) * 2);
    assert.equal(r.lpBytesReturned, 0);
    assert.equal(r.lpOutBuffer.length, 0);
    const bogus = new Uint8Array(20).fill(7) as HRES_RPC;
    assertStatusIs(
      c.ApiResourceControl(ctx, { hResource: bogus, ...req(ResourceControl.GET_NAME) }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    assertStatusIs(
      c.ApiNodeControl(ctx, { hNode: res as Uint8Array as HNODE_RPC, ...req(NodeControl.GET_NAME) }).ret,
      Win32.ERROR_INVALID_HANDLE,
    );
    assertStatusIs(
      c.ApiResourceControl(ctx, { hResource: res, ...req(0x01000ffd, NONE) }).ret,
      Win32.ERROR_INVALID_FUNCTION,
    );
  });

  it('are assignable to the generated handler table and marshal over NDR and NDR64', () => {
    const { f, c } = setup();
    const table: Partial<Clusapi3Handlers> = c;
    assert.ok(table.ApiResourceControl);
    const ctx = f.ctx();
    const res = f.h.ApiOpenResourceEx(ctx, {
      lpszResourceName: 'Cluster Disk 1',
      dwDesiredAccess: GENERIC_READ,
    }).ret;
    const spec = Clusapi3Methods[Clusapi3Opnum.ApiResourceControl]!;
    for (const syntax of ['ndr20', 'ndr64'] as const) {
      for (const size of [4096, 3]) {
        const request = { hResource: res, ...req(ResourceControl.GET_COMMON_PROPERTIES, null, size) };
        const resp = c.ApiResourceControl(ctx, request);
        const back = decodeResponse(spec, syntax, encodeResponse(spec, syntax, request, resp), request);
        assert.deepEqual(back, { ...resp });
      }
    }
  });
});
