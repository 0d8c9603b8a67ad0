/**
 * ClusAPI v3 server: context-handle rules, access levels, server state, and ApiOpenNetInterfaceEx
 * (opnum 122, [MS-CMRP] 3.1.4.2.121) with every Status its table lists.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DesiredAccess } from '../../src/cluster/model/access.js';
import { NetInterfaceState } from '../../src/cluster/model/types.js';
import { ClusterStatus, RpcStatus, Win32 } from '../../src/errors/status.js';
import type { HNETINTERFACE_RPC, HNETWORK_RPC } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { assertStatusIs, fixture, isNull } from './server-fixture.js';

const IFACE = 'NODE1 - Ethernet';
const { CLUSAPI_READ_ACCESS, CLUSAPI_CHANGE_ACCESS, GENERIC_READ, GENERIC_ALL, MAXIMUM_ALLOWED } =
  DesiredAccess;

describe('ApiOpenNetInterfaceEx (opnum 122)', () => {
  it('ERROR_SUCCESS: Read for a reader, All for an administrator, granted access reported', () => {
    const f = fixture();
    const r = f.h.ApiOpenNetInterfaceEx(f.ctx('reader'), {
      lpszNetInterfaceName: IFACE,
      dwDesiredAccess: CLUSAPI_READ_ACCESS,
    });
    assertStatusIs(r.Status, Win32.ERROR_SUCCESS);
    assert.equal(r.rpc_status, 0);
    assert.equal(r.lpdwGrantedAccess, GENERIC_READ);
    assert.ok(!isNull(r.ret));
    const a = f.h.ApiOpenNetInterfaceEx(f.ctx('admin'), {
      lpszNetInterfaceName: IFACE,
      dwDesiredAccess: CLUSAPI_READ_ACCESS | CLUSAPI_CHANGE_ACCESS,
    });
    assertStatusIs(a.Status, Win32.ERROR_SUCCESS);
    assert.equal(a.lpdwGrantedAccess, GENERIC_ALL);
    for (const [who, want] of [
      ['admin', GENERIC_ALL],
      ['reader', GENERIC_READ],
    ] as const) {
      const m = f.h.ApiOpenNetInterfaceEx(f.ctx(who), {
        lpszNetInterfaceName: IFACE,
        dwDesiredAccess: MAXIMUM_ALLOWED,
      });
      assertStatusIs(m.Status, Win32.ERROR_SUCCESS);
      assert.equal(m.lpdwGrantedAccess, want);
    }
  });

  it('opens by name case-insensitively and by id; the handle names that interface', () => {
    const f = fixture();
    const byName = f.h.ApiOpenNetInterfaceEx(f.ctx(), {
      lpszNetInterfaceName: IFACE.toLowerCase(),
      dwDesiredAccess: GENERIC_READ,
    });
    assertStatusIs(byName.Status, Win32.ERROR_SUCCESS);
    const id = f.h.ApiGetNetInterfaceId(f.ctx(), { hNetInterface: byName.ret });
    assert.equal(id.pGuid, f.model.netInterface(IFACE).id);
  });

  it('ERROR_ACCESS_DENIED: more than the caller is entitled to', () => {
    const f = fixture();
    for (const [who, desired] of [
      ['reader', GENERIC_ALL],
      ['reader', CLUSAPI_READ_ACCESS | CLUSAPI_CHANGE_ACCESS],
      ['nobody', CLUSAPI_READ_ACCESS],
      ['nobody', MAXIMUM_ALLOWED],
    ] as const) {
      const r = f.h.ApiOpenNetInterfaceEx(f.ctx(who), {
        lpszNetInterfaceName: IFACE,
        dwDesiredAccess: desired,
      });
      assertStatusIs(r.Status, Win32.ERROR_ACCESS_DENIED, `${who} 0x${desired.toString(16)}`);
      assert.ok(isNull(r.ret));
    }
    assert.equal(f.handles.size, 0);
  });

  it('ERROR_INVALID_PARAMETER: CLUSAPI_CHANGE_ACCESS without read, or nothing requested', () => {
    const f = fixture();
    for (const desired of [CLUSAPI_CHANGE_ACCESS, 0]) {
      const r = f.h.ApiOpenNetInterfaceEx(f.ctx('admin'), {
        lpszNetInterfaceName: IFACE,
        dwDesiredAccess: desired,
      });
      assertStatusIs(r.Status, Win32.ERROR_INVALID_PARAMETER);
      assert.ok(isNull(r.ret));
    }
  });

  it('ERROR_CLUSTER_NETINTERFACE_NOT_FOUND: no interface of that name', () => {
    const f = fixture();
    for (const name of ['NODE9 - Ethernet', '', 'Cluster Network 1']) {
      const r = f.h.ApiOpenNetInterfaceEx(f.ctx(), {
        lpszNetInterfaceName: name,
        dwDesiredAccess: GENERIC_READ,
      });
      assertStatusIs(r.Status, ClusterStatus.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, name);
      assert.ok(isNull(r.ret));
    }
  });

  it('RPC_S_PROCNUM_OUT_OF_RANGE: a server without the method (Windows Server 2008, <101>)', () => {
    const f = fixture({ unsupported: new Set(['ApiOpenNetInterfaceEx']) });
    const r = f.h.ApiOpenNetInterfaceEx(f.ctx(), {
      lpszNetInterfaceName: IFACE,
      dwDesiredAccess: GENERIC_READ,
    });
    assertStatusIs(r.Status, RpcStatus.RPC_S_PROCNUM_OUT_OF_RANGE);
    assert.ok(isNull(r.ret));
  });

  it('is accepted in the read-only server state, and refused when the server accepts nothing', () => {
    const f = fixture();
    f.setState('readOnly');
    const r = f.h.ApiOpenNetInterfaceEx(f.ctx(), {
      lpszNetInterfaceName: IFACE,
      dwDesiredAccess: GENERIC_READ,
    });
    assertStatusIs(r.Status, Win32.ERROR_SUCCESS);
    f.setState('none');
    const n = f.h.ApiOpenNetInterfaceEx(f.ctx(), {
      lpszNetInterfaceName: IFACE,
      dwDesiredAccess: GENERIC_READ,
    });
    assertStatusIs(n.Status, ClusterStatus.ERROR_CLUSTER_NODE_NOT_READY);
  });

  it('the granted level travels with the handle', () => {
    const f = fixture();
    const r = f.h.ApiOpenNetInterfaceEx(f.ctx('reader'), {
      lpszNetInterfaceName: IFACE,
      dwDesiredAccess: GENERIC_READ,
    });
    const s = f.h.ApiGetNetInterfaceState(f.ctx('reader'), { hNetInterface: r.ret });
    assertStatusIs(s.ret, Win32.ERROR_SUCCESS);
    assert.equal(s.State, NetInterfaceState.Up);
  });
});

describe('ApiOpenNetInterfaceEx over arbitrary input', () => {
  it('answers only listed statuses, a handle exactly on success, and a granted level within entitlement', () => {
    const f = fixture();
    const names = ['NODE1 - Ethernet', 'NODE3 - Ethernet 2', 'nope', ''];
    const listed = new Set<number>([
      Win32.ERROR_SUCCESS,
      Win32.ERROR_ACCESS_DENIED,
      Win32.ERROR_INVALID_PARAMETER,
      ClusterStatus.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND,
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom('admin', 'reader', 'nobody'),
        fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 40 })),
        fc.oneof(
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.constantFrom(1, 2, 3, GENERIC_READ, GENERIC_ALL, MAXIMUM_ALLOWED),
        ),
        (who, name, desired) => {
          const r = f.h.ApiOpenNetInterfaceEx(f.ctx(who), {
            lpszNetInterfaceName: name,
            dwDesiredAccess: desired,
          });
          assert.ok(listed.has(r.Status), `status 0x${r.Status.toString(16)}`);
          assert.equal(r.rpc_status, 0);
          assert.equal(isNull(r.ret), r.Status !== Win32.ERROR_SUCCESS);
          if (r.Status === Win32.ERROR_SUCCESS) {
            assert.ok(r.lpdwGrantedAccess === GENERIC_READ || r.lpdwGrantedAccess === GENERIC_ALL);
            if (who === 'reader') assert.equal(r.lpdwGrantedAccess, GENERIC_READ);
            assert.notEqual(who, 'nobody');
            f.h.ApiCloseNetInterface(f.ctx(who), { NetInterface: r.ret });
          }
        },
      ),
    );
    assert.equal(f.handles.size, 0);
  });
});

describe('ClusAPI context handles', () => {
  it('close answers the NULL handle; the closed handle is then ERROR_INVALID_HANDLE', () => {
    const f = fixture();
    const r = f.h.ApiOpenNetInterface(f.ctx(), { lpszNetInterfaceName: IFACE });
    assertStatusIs(r.Status, Win32.ERROR_SUCCESS);
    const c = f.h.ApiCloseNetInterface(f.ctx(), { NetInterface: r.ret });
    assertStatusIs(c.ret, Win32.ERROR_SUCCESS);
    assert.ok(isNull(c.NetInterface));
    assert.equal(f.handles.size, 0);
    const again = f.h.ApiCloseNetInterface(f.ctx(), { NetInterface: r.ret });
    assertStatusIs(again.ret, Win32.ERROR_INVALID_HANDLE);
    assert.deepEqual(again.NetInterface, r.ret);
    const s = f.h.ApiGetNetInterfaceState(f.ctx(), { hNetInterface: r.ret });
    assertStatusIs(s.ret, Win32.ERROR_INVALID_HANDLE);
    assert.equal(s.State, NetInterfaceState.Unknown);
  });

  it('a handle of another kind, or the NULL handle, is ERROR_INVALID_HANDLE', () => {
    const f = fixture();
    const ni = f.h.ApiOpenNetInterface(f.ctx(), { lpszNetInterfaceName: IFACE }).ret;
    const asNetwork = ni as unknown as HNETWORK_RPC;
    assertStatusIs(f.h.ApiGetNetworkState(f.ctx(), { hNetwork: asNetwork }).ret, Win32.ERROR_INVALID_HANDLE);
    assertStatusIs(f.h.ApiCloseNetwork(f.ctx(), { Network: asNetwork }).ret, Win32.ERROR_INVALID_HANDLE);
    const nul = new Uint8Array(20) as HNETINTERFACE_RPC;
    assertStatusIs(f.h.ApiGetNetInterfaceId(f.ctx(), { hNetInterface: nul }).ret, Win32.ERROR_INVALID_HANDLE);
    // The interface handle is still usable after the refused close of the wrong kind.
    assertStatusIs(f.h.ApiGetNetInterfaceState(f.ctx(), { hNetInterface: ni }).ret, Win32.ERROR_SUCCESS);
  });

  it('non-Ex opens require All: a reader is refused, an administrator gets GENERIC_ALL semantics', () => {
    const f = fixture();
    assertStatusIs(
      f.h.ApiOpenNetwork(f.ctx('reader'), { lpszNetworkName: 'Cluster Network 1' }).Status,
      Win32.ERROR_ACCESS_DENIED,
    );
    assertStatusIs(f.h.ApiOpenCluster(f.ctx('reader'), {}).Status, Win32.ERROR_ACCESS_DENIED);
    const n = f.h.ApiOpenNetwork(f.ctx('admin'), { lpszNetworkName: 'Cluster Network 1' });
    assertStatusIs(n.Status, Win32.ERROR_SUCCESS);
    assertStatusIs(
      f.h.ApiSetNetworkName(f.ctx('admin'), { hNetwork: n.ret, lpszNetworkName: 'Client' }).ret,
      Win32.ERROR_SUCCESS,
    );
    assert.equal(f.model.network('Client').name, 'Client');
  });

  it('a Read handle is refused a write with ERROR_ACCESS_DENIED; read-only state refuses it with ERROR_SHARING_PAUSED', () => {
    const f = fixture();
    const rd = f.h.ApiOpenNetworkEx(f.ctx('reader'), {
      lpszNetworkName: 'Cluster Network 1',
      dwDesiredAccess: GENERIC_READ,
    });
    assertStatusIs(rd.Status, Win32.ERROR_SUCCESS);
    assertStatusIs(
      f.h.ApiSetNetworkName(f.ctx('reader'), { hNetwork: rd.ret, lpszNetworkName: 'X' }).ret,
      Win32.ERROR_ACCESS_DENIED,
    );
    const all = f.h.ApiOpenNetworkEx(f.ctx('admin'), {
      lpszNetworkName: 'Cluster Network 1',
      dwDesiredAccess: GENERIC_ALL,
    });
    f.setState('readOnly');
    assertStatusIs(
      f.h.ApiSetNetworkName(f.ctx('admin'), { hNetwork: all.ret, lpszNetworkName: 'X' }).ret,
      Win32.ERROR_SHARING_PAUSED,
    );
    assertStatusIs(f.h.ApiGetNetworkState(f.ctx('admin'), { hNetwork: all.ret }).ret, Win32.ERROR_SUCCESS);
    assert.equal(f.model.network('Cluster Network 1').name, 'Cluster Network 1');
  });
});

describe('network and net interface methods', () => {
  it('state, id, enumeration and ApiGetNetInterface', () => {
    const f = fixture();
    const n = f.h.ApiOpenNetworkEx(f.ctx(), {
      lpszNetworkName: 'Cluster Network 2',
      dwDesiredAccess: GENERIC_READ,
    });
    const st = f.h.ApiGetNetworkState(f.ctx(), { hNetwork: n.ret });
    assert.equal(st.State, 3);
    assert.equal(
      f.h.ApiGetNetworkId(f.ctx(), { hNetwork: n.ret }).pGuid,
      f.model.network('Cluster Network 2').id,
    );
    const e = f.h.ApiCreateNetworkEnum(f.ctx(), { hNetwork: n.ret, dwType: 1 });
    assertStatusIs(e.ret, Win32.ERROR_SUCCESS);
    assert.deepEqual(
      e.ReturnEnum?.Entry.map((x) => x.Name),
      ['NODE1 - Ethernet 2', 'NODE2 - Ethernet 2', 'NODE3 - Ethernet 2'],
    );
    const odd = f.h.ApiCreateNetworkEnum(f.ctx(), { hNetwork: n.ret, dwType: 2 });
    assertStatusIs(odd.ret, Win32.ERROR_SUCCESS);
    assert.equal(odd.ReturnEnum?.EntryCount, 0, 'unknown bits are ignored (3.1.4.2.85)');
    const gi = f.h.ApiGetNetInterface(f.ctx('reader'), {
      lpszNodeName: 'NODE2',
      lpszNetworkName: 'Cluster Network 1',
    });
    assert.equal(gi.lppszInterfaceName, 'NODE2 - Ethernet');
    assertStatusIs(
      f.h.ApiGetNetInterface(f.ctx(), { lpszNodeName: 'NODE9', lpszNetworkName: 'Cluster Network 1' }).ret,
      ClusterStatus.ERROR_CLUSTER_NODE_NOT_FOUND,
    );
    assertStatusIs(
      f.h.ApiGetNetInterface(f.ctx('nobody'), { lpszNodeName: 'NODE2', lpszNetworkName: 'Cluster Network 1' })
        .ret,
      Win32.ERROR_ACCESS_DENIED,
    );
  });
});
