/**
 * `startHost({ smbPort })`: the host's SMB2 listener authenticates against the account store and
 * serves `\PIPE\epmapper` and service pipes from the same RpcServer as the TCP endpoints.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pino } from 'pino';
import { AccountService } from '../../src/accounts/service.js';
import { SmbStatus } from '../../src/errors/status.js';
import { EPM_SYNTAX } from '../../src/interfaces/epm/constants.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { type RunningHost, startHost } from '../../src/host/host.js';
import { decodePdu, encodePdu } from '../../src/rpc/pdu.js';
import { NDR20_SYNTAX, type RpcServerInterface } from '../../src/rpc/types.js';
import { Command, Dialect } from '../../src/smb2/constants.js';
import { MemoryStore } from '../../src/store/index.js';
import { TestSmbClient, fileIdOf } from './client.js';

const ROUTER_SYNTAX = { uuid: '8f09f000-b7ed-11ce-bbd2-00001a181cad', major: 0, minor: 0 };
const router: RpcServerInterface = {
  name: 'router-stub',
  syntax: ROUTER_SYNTAX,
  transferSyntaxes: ['ndr20'],
  invoke: () => new Uint8Array(4),
};

let host: RunningHost;
const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-smb2-host-'));
before(async () => {
  const accounts = AccountService.open(new MemoryStore(), { machineName: 'smbtest' });
  accounts.ensureAdministrator('Adm1n!pw');
  host = await startHost({
    config: { ...DEFAULT_CONFIG, epmPort: 0, stateDir: dir, logLevel: 'silent' },
    logger: pino({ level: 'silent' }),
    accounts,
    smbPort: 0,
    services: [
      {
        name: 'router',
        interfaces: [router],
        endpoints: [{ protseq: 'ncacn_np', kind: 'pipe', pipe: '\\PIPE\\ROUTER' }],
      },
    ],
  });
});
after(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

async function session(password: string): Promise<{ c: TestSmbClient; status: number }> {
  const smb = host.endpoints.find((e) => e.protseq === 'ncacn_np')!;
  const c = await TestSmbClient.connect(smb.port);
  await c.negotiate([Dialect.SMB311, Dialect.SMB210]);
  const r = await c.sessionSetup({ user: 'Administrator', domain: 'SMBTEST', password });
  return { c, status: r.status };
}

test('an account-store user binds to \\PIPE\\epmapper over SMB2', async () => {
  const { c, status } = await session('Adm1n!pw');
  assert.equal(status, 0);
  const tc = await c.treeConnect();
  const fid = fileIdOf(await c.create(tc.treeId, 'epmapper'));
  const bind = encodePdu({
    type: 'bind',
    callId: 1,
    flags: 3,
    maxXmitFrag: 4280,
    maxRecvFrag: 4280,
    assocGroupId: 0,
    contexts: [{ contextId: 0, abstractSyntax: EPM_SYNTAX, transferSyntaxes: [NDR20_SYNTAX] }],
  });
  const t = await c.request(Command.IOCTL, c.transceiveBody(fid, bind, 4280), { treeId: tc.treeId });
  assert.equal(decodePdu(new Uint8Array(t.body.subarray(48, 48 + t.body.readUInt32LE(36)))).type, 'bind_ack');
  assert.equal((await c.create(tc.treeId, 'ROUTER')).status, 0);
  assert.equal((await c.create(tc.treeId, 'lsarpc')).status, SmbStatus.STATUS_OBJECT_NAME_NOT_FOUND);
  c.end();
});

test('a wrong password gets no SMB session', async () => {
  const { c, status } = await session('nope');
  assert.equal(status, SmbStatus.STATUS_LOGON_FAILURE);
  c.end();
});
