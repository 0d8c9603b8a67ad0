/**
 * The RRAS SDK end to end: SMB2 session, `\PIPE\ROUTER`, SPNEGO at packet privacy, DIMSVC and
 * RASRPC on the one pipe, against a host whose state lives in SQLite — then a restart on the same
 * state shows the same model.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RpcStatus, RrasStatus, Win32 } from '../../src/errors/status.js';
import { Rras, RrasApiError } from '../../src/rras/sdk/index.js';
import { ADMIN, startRrasHost, USER, type RrasHost } from './sdk-fixture.js';

describe('Rras SDK over \\PIPE\\ROUTER', () => {
  let host: RrasHost;
  const open: Rras[] = [];
  const connect = async (who: { user: string; password: string } = ADMIN, pageSize = 16): Promise<Rras> => {
    const r = await Rras.connect('127.0.0.1', who, { smbPort: host.smbPort, pageSize, timeoutMs: 5000 });
    open.push(r);
    return r;
  };

  before(async () => {
    host = await startRrasHost();
  });
  after(async () => {
    await Promise.all(open.map((r) => r.close()));
    await host.close();
  });

  it('info() combines MPR_SERVER_0/2 with the RASRPC version, directory and protocols', async () => {
    const r = await connect();
    const info = await r.info();
    assert.equal(info.totalPorts, 128);
    assert.equal(info.lanOnlyMode, false);
    assert.ok(info.portsInUse > 0);
    assert.ok(info.pptpPorts > 0 && info.l2tpPorts > 0 && info.sstpPorts > 0);
    assert.equal(info.rasRpcVersion, (await host.service.backend.rasRpcInfo()).version);
    assert.match(info.systemDirectory, /system32$/i);
    assert.ok(info.rasServerProtocols.includes('IPv4'));
  });

  it('ports() follows resume handles through every port; port() adds RASI_PORT_1', async () => {
    const r = await connect(ADMIN, 10);
    const ports = await r.ports();
    assert.equal(ports.length, 128);
    assert.deepEqual(
      ports.map((p) => p.id),
      (await host.service.backend.ports()).map((p) => p.id),
    );
    const busy = ports.find((p) => p.connectionId !== 0)!;
    const detail = await r.port(busy.id);
    assert.equal(detail.name, busy.name);
    assert.equal(detail.hardwareCondition, 'operational');
    assert.ok(detail.counters.bytesSent > 0);
    await assert.rejects(
      r.port(999_999),
      (e: unknown) => e instanceof RrasApiError && e.status === RrasStatus.ERROR_INVALID_PORT_HANDLE,
    );
  });

  it('rasmanPorts(): REQTYPE_PORTENUM outgrows the first 24-entry room, asks again, gets exactly every port', async () => {
    const r = await connect();
    const ports = await r.rasmanPorts();
    const model = await host.service.backend.ports();
    assert.equal(ports.length, 128);
    assert.deepEqual(
      ports.map((p) => p.P_Port),
      model.map((p) => p.id),
    );
    assert.equal(ports[0]!.P_PortName, model[0]!.name.slice(0, 15));
    const user = await connect(USER);
    await assert.rejects(
      user.rasmanPorts(),
      (e: unknown) => e instanceof RrasApiError && e.status === RpcStatus.RPC_S_ACCESS_DENIED,
    );
  });

  it('connections() pages through EnumEx; connection() shows endpoints and projection', async () => {
    const r = await connect(ADMIN, 2);
    const all = await r.connections();
    const model = await host.service.backend.connections();
    assert.deepEqual(
      all.map((c) => c.id),
      model.map((c) => c.id),
    );
    const ike = all.find((c) => c.projection === 'ikev2')!;
    assert.equal(ike.userName, model.find((m) => m.id === ike.id)!.userName);
    const one = await r.connection(ike.id);
    assert.equal(one.remoteEndpoint, model.find((m) => m.id === ike.id)!.remoteEndpoint);
    assert.match(one.localEndpoint, /\S/);
  });

  it('disconnectPort ends the connection; a second disconnect is ERROR_PORT_NOT_CONNECTED', async () => {
    const r = await connect();
    const pptp = (await host.service.backend.connections()).find((c) => c.kind === 'pptp')!;
    await r.disconnectPort(pptp.portIds[0]!);
    assert.ok(!(await r.connections()).some((c) => c.id === pptp.id));
    await assert.rejects(r.disconnectPort(pptp.portIds[0]!), (e: unknown) => {
      assert.ok(e instanceof RrasApiError);
      assert.equal(e.status, RrasStatus.ERROR_PORT_NOT_CONNECTED);
      assert.equal(e.statusName, 'ERROR_PORT_NOT_CONNECTED');
      assert.equal(e.method, 'RRasAdminPortDisconnect');
      return true;
    });
  });

  it('hangUp ends a connection through its port', async () => {
    const r = await connect();
    const sstp = (await r.connections()).find((c) => c.interfaceName && c.projection === 'ppp')!;
    await r.hangUp(sstp.id);
    assert.ok(!(await r.connections()).some((c) => c.id === sstp.id));
  });

  it('updateConnectionEndpoint (MOBIKE) moves an IKEv2 connection; a PPP one is refused', async () => {
    const r = await connect();
    const conns = await r.connections();
    const ike = conns.find((c) => c.projection === 'ikev2')!;
    const moved = await r.updateConnectionEndpoint(ike.id, { ifIndex: 5, remote: '203.0.113.7' });
    assert.equal(moved.remoteEndpoint, '203.0.113.7');
    assert.equal((await r.connection(ike.id)).remoteEndpoint, '203.0.113.7');
    const ppp = conns.find((c) => c.projection === 'ppp')!;
    await assert.rejects(
      r.updateConnectionEndpoint(ppp.id, { ifIndex: 5, remote: '203.0.113.8' }),
      (e: unknown) => e instanceof RrasApiError && e.status === Win32.ERROR_NOT_SUPPORTED,
    );
  });

  it('interfaces: list, look up by name and handle, create and delete', async () => {
    const r = await connect(ADMIN, 2);
    const list = await r.interfaces();
    assert.ok(list.some((i) => i.type === 'loopback'));
    const first = list[0]!;
    assert.deepEqual(await r.interface(first.handle), first);
    assert.deepEqual(await r.interface(first.name.toUpperCase()), first);
    const made = await r.createInterface({ name: 'Lab-LAN', type: 'dedicated' });
    assert.equal(made.name, 'Lab-LAN');
    assert.equal(made.type, 'dedicated');
    assert.equal(made.enabled, true);
    const temp = await r.createInterface({ name: 'Temp-LAN', type: 'dedicated' });
    await r.deleteInterface('temp-lan');
    await assert.rejects(r.interface(temp.handle), (e: unknown) => e instanceof RrasApiError);
    await assert.rejects(
      r.createInterface({ name: 'Lab-LAN', type: 'dedicated' }),
      (e: unknown) => e instanceof RrasApiError && e.status === RrasStatus.ERROR_INTERFACE_ALREADY_EXISTS,
    );
  });

  it('transports, routes and devices decode', async () => {
    const r = await connect();
    const t = await r.transports();
    assert.deepEqual(
      t.map((x) => x.name),
      ['IPv4', 'IPv6'],
    );
    assert.ok(t[0]!.globalInfoTypes.length > 0);
    const routes = await r.routes();
    assert.equal(routes.length, (await host.service.backend.mibRoutes()).length);
    assert.ok(routes.some((x) => x.dest === '0.0.0.0'));
    const devices = await r.devices();
    assert.ok(devices.some((d) => /IKEv2/.test(d.name)));
  });

  it('a non-administrator: ERROR_ACCESS_DENIED from DIMSVC, fault 5 from RASRPC', async () => {
    const r = await connect(USER);
    await assert.rejects(
      r.ports(),
      (e: unknown) =>
        e instanceof RrasApiError &&
        e.status === Win32.ERROR_ACCESS_DENIED &&
        e.method === 'RRasAdminPortEnum',
    );
    await assert.rejects(
      r.disconnectPort(1),
      (e: unknown) => e instanceof RrasApiError && e.status === Win32.ERROR_ACCESS_DENIED,
    );
    // RASRPC answers with a fault, which the SDK reports as the same kind of error.
    await assert.rejects(r.rasRpcVersion(), (e: unknown) => {
      assert.ok(e instanceof RrasApiError);
      assert.equal(e.status, RpcStatus.RPC_S_ACCESS_DENIED);
      assert.equal(e.method, 'RasRpcGetVersion');
      return true;
    });
  });

  it('a wrong password is refused before any call', async () => {
    await assert.rejects(
      Rras.connect(
        '127.0.0.1',
        { user: ADMIN.user, password: 'wrong' },
        { smbPort: host.smbPort, timeoutMs: 5000 },
      ),
    );
  });

  it('after a restart on the same state the model is unchanged', async () => {
    const r = await connect();
    const beforeConnections = await r.connections();
    const beforePorts = await r.ports();
    const beforeIfs = await r.interfaces();
    await Promise.all(open.splice(0).map((x) => x.close()));
    await host.restart();
    const again = await connect();
    const norm = (cs: Awaited<ReturnType<Rras['connections']>>) =>
      cs.map((c) => [c.id, c.remoteEndpoint, c.localEndpoint, c.userName]);
    assert.deepEqual(norm(await again.connections()), norm(beforeConnections));
    assert.deepEqual(
      (await again.ports()).map((p) => [p.id, p.connectionId]),
      beforePorts.map((p) => [p.id, p.connectionId]),
    );
    assert.deepEqual(await again.interfaces(), beforeIfs);
    assert.ok((await again.interfaces()).some((i) => i.name === 'Lab-LAN'));
    assert.ok((await again.connections()).some((c) => c.remoteEndpoint === '203.0.113.7'));
  });
});
