/**
 * The RRAS ServiceModule on its own: \PIPE\ROUTER endpoint, the host's store when it has one, its
 * own SQLite file in the state directory otherwise (state kept across stop/start), the demo or
 * bare router, and the host policy's administrators test.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { Win32 } from '../../src/errors/status.js';
import type { ServiceContext } from '../../src/host/service.js';
import { DimsvcMethods, DimsvcSyntax } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import { decodeResponse, encodeRequest } from '../../src/rpc/stubs.js';
import { createRrasService, ROUTER_PIPE } from '../../src/rras/service.js';
import { AccessPolicy } from '../../src/security/policy.js';
import { MemoryStore, STATE_DB_FILE } from '../../src/store/index.js';
import { fixture } from './dimsvc-fixture.js';

const logger = pino({ level: 'silent' });

/** One RMprAdminServerGetInfo(level 0) through the interface's stub dispatcher. */
async function serverInfoStatus(
  iface: { invoke: (ctx: never, stub: Uint8Array) => Promise<Uint8Array> | Uint8Array },
  who: 'admin' | 'user',
) {
  const spec = DimsvcMethods[0]!;
  const stub = encodeRequest(spec, 'ndr20', { dwLevel: 0 });
  const ctx = { ...fixture().ctx(who), opnum: 0 };
  const out = await iface.invoke(ctx as never, stub);
  return (decodeResponse(spec, 'ndr20', out, { dwLevel: 0 }) as { ret: number }).ret;
}

describe('createRrasService', () => {
  it('serves DIMSVC on \\PIPE\\ROUTER and answers not-implemented before start', async () => {
    const s = createRrasService();
    assert.deepEqual(s.endpoints, [{ protseq: 'ncacn_np', kind: 'pipe', pipe: ROUTER_PIPE }]);
    assert.equal(s.interfaces[0]!.syntax.uuid, DimsvcSyntax.uuid);
    assert.throws(() => s.backend);
    assert.equal(await serverInfoStatus(s.interfaces[0]!, 'admin'), Win32.ERROR_CALL_NOT_IMPLEMENTED);
  });

  it("uses the host's store when given one, with the host policy's administrators", async () => {
    const store = new MemoryStore();
    const s = createRrasService();
    const ctx: ServiceContext = { stateDir: os.tmpdir(), logger, store, policy: new AccessPolicy({}) };
    await s.start!(ctx);
    assert.equal((await s.backend.connections()).length, 5);
    assert.equal(await serverInfoStatus(s.interfaces[0]!, 'admin'), Win32.ERROR_SUCCESS);
    assert.equal(await serverInfoStatus(s.interfaces[0]!, 'user'), Win32.ERROR_ACCESS_DENIED);
    await s.stop!();
    assert.equal(await serverInfoStatus(s.interfaces[0]!, 'admin'), Win32.ERROR_CALL_NOT_IMPLEMENTED);
  });

  it('without a host store it keeps its own SQLite file; a restart finds the same state', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-rras-svc-'));
    try {
      const first = createRrasService({ demo: false });
      await first.start!({ stateDir: dir, logger });
      assert.ok(existsSync(path.join(dir, STATE_DB_FILE)));
      assert.equal((await first.backend.connections()).length, 0);
      const names = (await first.backend.interfaces()).map((i) => i.name);
      await first.stop!();
      const second = createRrasService();
      await second.start!({ stateDir: dir, logger });
      // The store already holds a server: `demo` only decides what a new store gets.
      assert.equal((await second.backend.connections()).length, 0);
      assert.deepEqual(
        (await second.backend.interfaces()).map((i) => i.name),
        names,
      );
      await second.stop!();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
