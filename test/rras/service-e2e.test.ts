/**
 * DIMSVC end to end as MS-RRASM 2.1.1.2 has the client do it: an SMB2 session (NTLM) to IPC$, the
 * named pipe \PIPE\ROUTER, an RPC bind authenticated with SPNEGO at packet privacy, then the
 * generated client's calls against `winrpc serve`'s host with the RRAS service. The service keeps
 * its state in the host's SQLite store, so a restart shows the same model.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { AccountService } from '../../src/accounts/service.js';
import { clientSecurity } from '../../src/cli/credentials.js';
import { RrasStatus, Win32 } from '../../src/errors/status.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { startHost, type RunningHost } from '../../src/host/host.js';
import { connectRpc } from '../../src/interfaces/connect.js';
import { DimsvcClient, DimsvcSyntax } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import {
  decodeArray,
  decodeMprServer0,
  rasiPort0Codec,
  RASI_PORT_0_SIZE,
} from '../../src/rras/blobs/index.js';
import { createRrasService, type RrasService } from '../../src/rras/service.js';
import type { RpcClientConnection } from '../../src/rpc/client.js';
import { AuthLevel } from '../../src/rpc/types.js';
import { openStateStore, type SqliteStore } from '../../src/store/index.js';
import { wchars } from './dimsvc-requests.js';

const EMPTY = { dwBufferSize: 0, pBuffer: null };
const ALL = 0xffffffff;
const text = (units: readonly number[]): string => String.fromCharCode(...units.slice(0, units.indexOf(0)));

describe('DIMSVC over \\PIPE\\ROUTER (SMB2 + SPNEGO packet privacy)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-rras-'));
  let store: SqliteStore;
  let accounts: AccountService;
  let host: RunningHost;
  let service: RrasService;
  const open: RpcClientConnection[] = [];

  async function startRras(): Promise<void> {
    service = createRrasService();
    host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, servicePort: 0, stateDir: dir, logLevel: 'silent' },
      logger: pino({ level: 'silent' }),
      accounts,
      store,
      services: [service],
      smbPort: 0,
    });
  }

  before(async () => {
    store = openStateStore(dir);
    accounts = AccountService.open(store, { machineName: 'rrastest' });
    accounts.ensureAdministrator('Adm1n!pw');
    accounts.addUser('alice', { password: 'Al1ce!pw' });
    await startRras();
  });

  after(async () => {
    await Promise.all(open.map((c) => c.close()));
    await host.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function client(user: string, password: string, rpcAuth: boolean): Promise<DimsvcClient> {
    const smbPort = host.endpoints.find((e) => e.name === 'smb')!.port;
    const creds = { user, domain: '', password, anonymous: false };
    const conn = await connectRpc('ncacn_np:127.0.0.1[\\pipe\\ROUTER]', {
      smbPort,
      smbCredentials: creds,
      timeoutMs: 5000,
      ...(rpcAuth
        ? { security: clientSecurity(creds, { mechanism: 'spnego', level: AuthLevel.PKT_PRIVACY }) }
        : {}),
    });
    open.push(conn);
    const ctx = await conn.bind(DimsvcSyntax);
    return new DimsvcClient({ syntax: ctx.syntax, call: (opnum, stub) => conn.call(ctx, opnum, stub) });
  }

  it('an administrator reads the server and pages through the ports', async () => {
    const c = await client('Administrator', 'Adm1n!pw', true);
    const s = await c.RMprAdminServerGetInfo({ dwLevel: 0 });
    assert.equal(s.ret, Win32.ERROR_SUCCESS);
    assert.equal(decodeMprServer0(s.pInfoStruct.pBuffer!).dwTotalPorts, 128);
    const page = await c.RRasAdminPortEnum({
      dwLevel: 0,
      hRasConnection: ALL,
      pInfoStruct: EMPTY,
      dwPreferedMaximumLength: 50 * RASI_PORT_0_SIZE,
      lpdwResumeHandle: 0,
    });
    assert.equal(page.ret, Win32.ERROR_MORE_DATA);
    assert.equal(page.lpdwEntriesRead, 50);
    assert.equal(page.lpdwResumeHandle, 50);
    const ports = decodeArray(rasiPort0Codec, page.pInfoStruct.pBuffer!, 50);
    assert.match(ports[0]!.wszPortName, /\S/);
  });

  it('disconnects a port and moves an IKEv2 connection (MOBIKE); the new endpoint shows in GetInfoEx', async () => {
    const c = await client('Administrator', 'Adm1n!pw', true);
    const connections = await service.backend.connections();
    const pptp = connections.find((x) => x.kind === 'pptp')!;
    const ike = connections.find((x) => x.kind === 'ikev2')!;
    assert.equal((await c.RRasAdminPortDisconnect({ hPort: pptp.portIds[0]! })).ret, Win32.ERROR_SUCCESS);
    assert.equal(
      (await c.RRasAdminPortDisconnect({ hPort: pptp.portIds[0]! })).ret,
      RrasStatus.ERROR_PORT_NOT_CONNECTED,
    );
    const u = await c.RRasAdminUpdateConnection({
      hDimConnection: ike.id,
      pServerConfig: {
        tag: 1,
        value: {
          Header: { revision: 1, type: 5, size: 140 },
          dwIfIndex: 5,
          wszRemoteEndpointAddress: wchars('203.0.113.7', 65),
        },
      },
    });
    assert.equal(u.ret, Win32.ERROR_SUCCESS);
    const ex = await c.RRasAdminConnectionGetInfoEx({
      hDimConnection: ike.id,
      objectHeader: { revision: 1, type: 1, size: 1664 },
    });
    assert.equal(ex.ret, Win32.ERROR_SUCCESS);
    assert.equal(text(ex.pRasConnection.value.wszRemoteEndpointAddress), '203.0.113.7');
    const all = await c.RRasAdminConnectionEnumEx({
      objectHeader: { revision: 1, type: 1, size: 1664 },
      dwPreferedMaxLen: ALL,
      lpdwResumeHandle: 0,
    });
    assert.equal(all.ret, Win32.ERROR_SUCCESS);
    assert.equal(all.lpdwEntriesRead, connections.length - 1);
  });

  it('a non-administrator gets ERROR_ACCESS_DENIED, with or without RPC-level authentication', async () => {
    for (const rpcAuth of [true, false]) {
      const c = await client('alice', 'Al1ce!pw', rpcAuth);
      assert.equal((await c.RMprAdminServerGetInfo({ dwLevel: 0 })).ret, Win32.ERROR_ACCESS_DENIED);
      assert.equal((await c.RRasAdminPortDisconnect({ hPort: 1 })).ret, Win32.ERROR_ACCESS_DENIED);
    }
    // Over the pipe alone the SMB session identifies the caller: an administrator passes.
    const admin = await client('Administrator', 'Adm1n!pw', false);
    assert.equal((await admin.RMprAdminServerGetInfo({ dwLevel: 0 })).ret, Win32.ERROR_SUCCESS);
  });

  it('after a restart the model is unchanged', async () => {
    const beforeConnections = await service.backend.connections();
    const beforePorts = await service.backend.ports();
    await Promise.all(open.splice(0).map((c) => c.close()));
    await host.close();
    await startRras();
    const c = await client('Administrator', 'Adm1n!pw', true);
    const after = await service.backend.connections();
    assert.deepEqual(
      after.map((x) => [x.id, x.remoteEndpoint, x.ikev2?.localInterfaceIndex ?? null]),
      beforeConnections.map((x) => [x.id, x.remoteEndpoint, x.ikev2?.localInterfaceIndex ?? null]),
    );
    assert.deepEqual(
      (await service.backend.ports()).map((p) => [p.id, p.connectionId]),
      beforePorts.map((p) => [p.id, p.connectionId]),
    );
    const ike = after.find((x) => x.kind === 'ikev2' && x.remoteEndpoint === '203.0.113.7')!;
    const ex = await c.RRasAdminConnectionGetInfoEx({
      hDimConnection: ike.id,
      objectHeader: { revision: 1, type: 1, size: 1664 },
    });
    assert.equal(text(ex.pRasConnection.value.wszRemoteEndpointAddress), '203.0.113.7');
  });
});
