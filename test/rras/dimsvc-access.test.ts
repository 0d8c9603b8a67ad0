/**
 * MS-RRASM 2.1.1.1: every DIMSVC method first checks that the caller is in the local
 * Administrators group and otherwise returns ERROR_ACCESS_DENIED (5) as its DWORD result — for all
 * 53 opnums, whoever the caller is (plain user, anonymous, no identity), whether the identity comes
 * from the RPC bind or the SMB session. An administrator is never refused with 5.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusName, Win32 } from '../../src/errors/status.js';
import { DimsvcOpnums } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import { dimsvcCoverage } from '../../src/rras/server/index.js';
import { assertStatus, fixture, type Who } from './dimsvc-fixture.js';
import { sampleRequests } from './dimsvc-requests.js';

type AnyHandler = (ctx: unknown, req: unknown) => Promise<{ ret: number }>;

describe('DIMSVC access check (2.1.1.1)', () => {
  const reqs = sampleRequests() as Record<string, unknown>;
  const callers: { who: Who; smb: boolean }[] = [
    { who: 'user', smb: false },
    { who: 'user', smb: true },
    { who: 'anonymous', smb: true },
    { who: 'none', smb: false },
  ];

  for (const op of DimsvcOpnums.ops) {
    it(`opnum ${op.opnum} ${op.name}: 5 for non-administrators, never 5 for an administrator`, async () => {
      const f = fixture();
      const h = (f.h as unknown as Record<string, AnyHandler>)[op.name]!;
      const before = await f.rras.events();
      for (const c of callers) {
        const r = await h(f.ctx(c.who, { smb: c.smb }), reqs[op.name]);
        assertStatus(r.ret, Win32.ERROR_ACCESS_DENIED, `${c.who}${c.smb ? ' over SMB' : ''}`);
      }
      // A refused call changes nothing.
      assert.deepEqual(await f.rras.events(), before);
      for (const smb of [false, true]) {
        const r = await h(f.ctx('admin', { smb }), reqs[op.name]);
        assert.notEqual(r.ret, Win32.ERROR_ACCESS_DENIED, `admin got ${statusName(r.ret)}`);
      }
    });
  }

  it('the coverage list names every opnum with a handler', () => {
    const rows = dimsvcCoverage();
    assert.equal(rows.length, 53);
    assert.deepEqual(
      rows.filter((r) => !r.implemented).map((r) => r.method),
      [],
    );
    assert.deepEqual(
      rows.map((r) => r.opnum),
      Array.from({ length: 53 }, (_, i) => i),
    );
    assert.equal(rows[48]!.section, 'MS-RRASM 3.1.4.49');
  });
});
