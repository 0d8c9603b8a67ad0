/**
 * ClusAPI v3 end to end: `winrpc serve`'s host with the cluster service, the endpoint mapper
 * resolving its dynamic port, and the generated client authenticating with SPNEGO / NTLM at packet
 * privacy over NDR and NDR64. A call at packet integrity is refused (MS-CMRP 2.1).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { clientSecurity, type Mechanism } from '../../src/cli/credentials.js';
import { DesiredAccess } from '../../src/cluster/model/access.js';
import { NetInterfaceState } from '../../src/cluster/model/types.js';
import { ClusterEnum } from '../../src/cluster/server/enums.js';
import type { ClusterService } from '../../src/cluster/service.js';
import { ClusterStatus, RpcStatus, Win32 } from '../../src/errors/status.js';
import type { RunningHost } from '../../src/host/host.js';
import { EPM_SYNTAX, eptMap } from '../../src/interfaces/epm/client.js';
import { Clusapi3Client, Clusapi3Syntax } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { connectTcpRpc, type RpcClientConnection } from '../../src/rpc/client.js';
import { AuthLevel, RpcFault, type TransferSyntax } from '../../src/rpc/types.js';
import { startClusterHost } from '../fixtures/cluster-host.js';

const isNull = (h: Uint8Array): boolean => h.every((b) => b === 0);

describe('clusapi v3 end to end', () => {
  let host: RunningHost;
  let service: ClusterService;
  let port: number;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-clusapi-'));
  const open: RpcClientConnection[] = [];

  before(async () => {
    let epmPort: number;
    let servicesPort: number;
    ({ host, service, epmPort, servicesPort } = await startClusterHost(dir, { machineName: 'clutest' }));
    // The client finds the dynamic port the way Windows clients do: ept_map on the endpoint mapper.
    const conn = await connectTcpRpc('127.0.0.1', epmPort, { timeoutMs: 5000 });
    try {
      const towers = await eptMap(conn, await conn.bind(EPM_SYNTAX), {
        iface: Clusapi3Syntax,
        protseq: 'ncacn_ip_tcp',
      });
      assert.equal(towers.length, 1);
      port = Number(towers[0]!.endpoint);
    } finally {
      await conn.close();
    }
    assert.equal(port, servicesPort);
  });

  after(async () => {
    await Promise.all(open.map((c) => c.close()));
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function client(
    user: string,
    password: string,
    mechanism: Mechanism,
    level: number,
    syntax: TransferSyntax = 'ndr20',
  ): Promise<Clusapi3Client> {
    const security = clientSecurity({ user, domain: '', password, anonymous: false }, { mechanism, level });
    const conn = await connectTcpRpc('127.0.0.1', port, { timeoutMs: 5000, security });
    open.push(conn);
    const ctx = await conn.bind(Clusapi3Syntax, { transferSyntaxes: [syntax] });
    assert.equal(ctx.syntax, syntax);
    return new Clusapi3Client({ syntax: ctx.syntax, call: (opnum, stub) => conn.call(ctx, opnum, stub) });
  }

  for (const [mechanism, syntax] of [
    ['spnego', 'ndr64'],
    ['ntlm', 'ndr20'],
  ] as const) {
    it(`an administrator over ${mechanism}/${syntax}: open, enumerate, ApiOpenNetInterfaceEx, close`, async () => {
      const c = await client('Administrator', 'Adm1n!pw', mechanism, AuthLevel.PKT_PRIVACY, syntax);
      const name = await c.ApiGetClusterName();
      assert.deepEqual(name, { ClusterName: 'WINRPC-CLU', NodeName: 'NODE1', ret: 0 });
      const hc = await c.ApiOpenCluster();
      assert.equal(hc.Status, Win32.ERROR_SUCCESS);
      assert.ok(!isNull(hc.ret));
      const names = async (dwType: number): Promise<(string | null)[]> => {
        const r = await c.ApiCreateEnum({ dwType });
        assert.equal(r.ret, Win32.ERROR_SUCCESS);
        return r.ReturnEnum!.Entry.map((e) => e.Name);
      };
      assert.deepEqual(await names(ClusterEnum.NODE), ['NODE1', 'NODE2', 'NODE3']);
      assert.deepEqual(await names(ClusterEnum.GROUP), ['Available Storage', 'Cluster Group']);
      assert.deepEqual(
        await names(ClusterEnum.RESOURCE),
        service.model.resources().map((r) => r.name),
      );
      assert.equal((await c.ApiCreateEnum({ dwType: 0x400 })).ret, Win32.ERROR_INVALID_PARAMETER);
      // v3 keeps ApiGetClusterVersion (opnum 4) only as a stub (3.1.4.2.5).
      assert.equal((await c.ApiGetClusterVersion()).ret, Win32.ERROR_CALL_NOT_IMPLEMENTED);
      const v2 = await c.ApiGetClusterVersion2();
      assert.equal(v2.ret, Win32.ERROR_SUCCESS);
      assert.equal(v2.ppClusterOpVerInfo?.dwSize, 20);

      const ni = await c.ApiOpenNetInterfaceEx({
        lpszNetInterfaceName: 'NODE2 - Ethernet',
        dwDesiredAccess: DesiredAccess.MAXIMUM_ALLOWED,
      });
      assert.equal(ni.Status, Win32.ERROR_SUCCESS);
      assert.equal(ni.rpc_status, 0);
      assert.equal(ni.lpdwGrantedAccess, DesiredAccess.GENERIC_ALL);
      const st = await c.ApiGetNetInterfaceState({ hNetInterface: ni.ret });
      assert.deepEqual(st, { State: NetInterfaceState.Up, rpc_status: 0, ret: 0 });
      const missing = await c.ApiOpenNetInterfaceEx({
        lpszNetInterfaceName: 'NODE9 - Ethernet',
        dwDesiredAccess: DesiredAccess.GENERIC_READ,
      });
      assert.equal(missing.Status, ClusterStatus.ERROR_CLUSTER_NETINTERFACE_NOT_FOUND);
      assert.ok(isNull(missing.ret));

      const star = Buffer.from('*\0\0', 'utf16le');
      const groups = await c.ApiCreateGroupEnum({
        hCluster: hc.ret,
        pProperties: star,
        cbProperties: star.length,
        pRoProperties: null,
        cbRoProperties: 0,
      });
      assert.equal(groups.ret, Win32.ERROR_SUCCESS);
      assert.deepEqual(
        groups.ppResultList?.Entry.map((e) => [e.Name, e.Owner, e.RoProperties]),
        [
          ['Available Storage', 'NODE1', null],
          ['Cluster Group', 'NODE1', null],
        ],
      );
      assert.ok((groups.ppResultList?.Entry[0]?.cbProperties ?? 0) > 4);

      const closed = await c.ApiCloseNetInterface({ NetInterface: ni.ret });
      assert.equal(closed.ret, Win32.ERROR_SUCCESS);
      assert.ok(isNull(closed.NetInterface));
      const cc = await c.ApiCloseCluster({ Cluster: hc.ret });
      assert.equal(cc.ret, Win32.ERROR_SUCCESS);
      assert.ok(isNull(cc.Cluster));
    });
  }

  it('a reader gets Read, and is refused All and writes', async () => {
    const c = await client('reader', 'R3ader!pw', 'spnego', AuthLevel.PKT_PRIVACY);
    const rd = await c.ApiOpenNetInterfaceEx({
      lpszNetInterfaceName: 'NODE1 - Ethernet',
      dwDesiredAccess: DesiredAccess.CLUSAPI_READ_ACCESS,
    });
    assert.equal(rd.Status, Win32.ERROR_SUCCESS);
    assert.equal(rd.lpdwGrantedAccess, DesiredAccess.GENERIC_READ);
    const all = await c.ApiOpenNetInterfaceEx({
      lpszNetInterfaceName: 'NODE1 - Ethernet',
      dwDesiredAccess: DesiredAccess.GENERIC_ALL,
    });
    assert.equal(all.Status, Win32.ERROR_ACCESS_DENIED);
    assert.equal((await c.ApiOpenCluster()).Status, Win32.ERROR_ACCESS_DENIED);
    const g = await c.ApiOpenGroupEx({
      lpszGroupName: 'Cluster Group',
      dwDesiredAccess: DesiredAccess.GENERIC_READ,
    });
    assert.equal((await c.ApiOfflineGroup({ hGroup: g.ret })).ret, Win32.ERROR_ACCESS_DENIED);
  });

  it('in the read-only server state, reads and Ex-opens work and writes get ERROR_SHARING_PAUSED', async () => {
    const c = await client('Administrator', 'Adm1n!pw', 'spnego', AuthLevel.PKT_PRIVACY, 'ndr64');
    service.serverState = 'readOnly';
    try {
      const ni = await c.ApiOpenNetInterfaceEx({
        lpszNetInterfaceName: 'NODE3 - Ethernet 2',
        dwDesiredAccess: DesiredAccess.GENERIC_ALL,
      });
      assert.equal(ni.Status, Win32.ERROR_SUCCESS);
      assert.equal((await c.ApiCreateEnum({ dwType: ClusterEnum.NODE })).ret, Win32.ERROR_SUCCESS);
      assert.equal((await c.ApiCreateEnum({ dwType: ClusterEnum.GROUP })).ret, Win32.ERROR_SHARING_PAUSED);
      const g = await c.ApiOpenGroupEx({
        lpszGroupName: 'Cluster Group',
        dwDesiredAccess: DesiredAccess.GENERIC_ALL,
      });
      assert.equal((await c.ApiOfflineGroup({ hGroup: g.ret })).ret, Win32.ERROR_SHARING_PAUSED);
    } finally {
      service.serverState = 'auto';
    }
  });

  it('a call at packet integrity is refused with access denied', async () => {
    const c = await client('Administrator', 'Adm1n!pw', 'ntlm', AuthLevel.PKT_INTEGRITY);
    await assert.rejects(
      c.ApiGetClusterName(),
      (e: unknown) => e instanceof RpcFault && e.status === RpcStatus.RPC_S_ACCESS_DENIED,
    );
  });
});
