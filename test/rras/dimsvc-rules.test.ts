/**
 * The RRASM-layer helpers on their own: the resume-handle paging rules, the RouterType reading,
 * and that no client blob — however malformed — makes a handler throw instead of answering a status.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Win32 } from '../../src/errors/status.js';
import { isLanOnlyRouter } from '../../src/rras/server/access.js';
import { RrasCallError } from '../../src/rras/server/call.js';
import { entriesFor, MAX_PREFERRED_LENGTH, pageOf } from '../../src/rras/server/enumerate.js';
import { TransportId, IPRTRMGR_PID } from '../../src/rras/model/types.js';
import { fixture } from './dimsvc-fixture.js';

describe('pageOf', () => {
  it('walking with the returned handles yields every entry once, in order, ending in ERROR_SUCCESS', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom<'fit' | 'oneMore'>('fit', 'oneMore'),
        (n, size, pref, rule) => {
          const all = Array.from({ length: n }, (_, i) => i);
          const got: number[] = [];
          let resume = 0;
          for (let guard = 0; guard <= n + 1; guard++) {
            const p = pageOf(all, resume, pref, size, rule);
            assert.equal(p.totalEntries, n - resume);
            assert.equal(p.entriesRead, p.items.length);
            got.push(...p.items);
            if (p.status === Win32.ERROR_SUCCESS) {
              assert.equal(p.resumeHandle, 0);
              assert.deepEqual(got, all);
              return;
            }
            assert.equal(p.status, Win32.ERROR_MORE_DATA);
            // 'oneMore' below one entry returns nothing (3.1.4.46), so it would not progress.
            if (p.entriesRead === 0) return assert.ok(rule === 'oneMore' && pref < size);
            resume = p.resumeHandle;
          }
          assert.fail('no progress');
        },
      ),
    );
  });

  it('counts: -1 means everything; fit returns at least one; oneMore returns fit + 1', () => {
    assert.equal(entriesFor(MAX_PREFERRED_LENGTH, 380, 'fit'), Number.MAX_SAFE_INTEGER);
    assert.equal(entriesFor(0, 380, 'fit'), 1);
    assert.equal(entriesFor(760, 380, 'fit'), 2);
    assert.equal(entriesFor(379, 380, 'oneMore'), 0);
    assert.equal(entriesFor(760, 380, 'oneMore'), 3);
    assert.throws(() => pageOf([1, 2], 3, MAX_PREFERRED_LENGTH, 4, 'fit'), RrasCallError);
    assert.equal(pageOf([1, 2], 2, MAX_PREFERRED_LENGTH, 4, 'fit').entriesRead, 0);
    assert.equal(pageOf([1, 2], null, 0, 4, 'fit').resumeHandle, 1);
  });
});

describe('isLanOnlyRouter', () => {
  it('is true exactly when neither the RAS nor the WAN role is on, for IPv4 or IPv6', () => {
    for (let t = 0; t < 64; t++)
      assert.equal(isLanOnlyRouter(t), (t & (0x1 | 0x4 | 0x8 | 0x20)) === 0, `0x${t.toString(16)}`);
  });
});

describe('malformed client blobs', () => {
  it('never make a blob-taking handler throw; each answers a status', async () => {
    const f = fixture();
    const h = f.h;
    const c = f.ctx();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.integer({ min: 0, max: 4 }),
        async (bytes, level) => {
          const info = { dwBufferSize: bytes.length, pBuffer: bytes.length ? bytes : null };
          const ifc = {
            fGetInterfaceInfo: 0,
            dwInterfaceInfoSize: bytes.length,
            pInterfaceInfo: bytes.length ? bytes : null,
            fGetGlobalInfo: 0,
            dwGlobalInfoSize: bytes.length,
            pGlobalInfo: bytes.length ? bytes : null,
          };
          const mib = {
            dwMibInEntrySize: bytes.length,
            pMibInEntry: bytes.length ? bytes : null,
            dwMibOutEntrySize: 0,
            pMibOutEntry: null,
          };
          const mibBase = { dwPid: TransportId.PID_IP, dwRoutingPid: IPRTRMGR_PID, pInfoStuct: mib };
          const results = await Promise.all([
            h.RRouterInterfaceCreate(c, { dwLevel: level, pInfoStruct: info, phInterface: 0 }),
            h.RRouterInterfaceSetInfo(c, { dwLevel: level, pInfoStruct: info, hInterface: 5 }),
            h.RRouterInterfaceDeviceSetInfo(c, {
              dwLevel: level % 2,
              pInfoStruct: info,
              dwIndex: 1,
              hInterface: 5,
            }),
            h.RRouterInterfaceSetCredentialsEx(c, { dwLevel: level % 4, pInfoStruct: info, hInterface: 5 }),
            h.RMprAdminServerSetInfo(c, { dwLevel: 1 + (level % 2), pInfoStruct: info }),
            h.RRouterInterfaceTransportSetGlobalInfo(c, {
              dwTransportId: TransportId.PID_IP,
              pInfoStruct: ifc,
            }),
            h.RRouterInterfaceTransportSetInfo(c, {
              hInterface: 3,
              dwTransportId: TransportId.PID_IP,
              pInfoStruct: ifc,
            }),
            h.RRouterInterfaceTransportCreate(c, {
              dwTransportId: TransportId.PID_IPV6,
              lpwsTransportName: '',
              pInfoStruct: ifc,
              lpwsDLLPath: '',
            }),
            h.RMIBEntryCreate(c, mibBase),
            h.RMIBEntrySet(c, mibBase),
            h.RMIBEntryDelete(c, mibBase),
            h.RMIBEntryGet(c, mibBase),
            h.RMIBEntryGetNext(c, mibBase),
          ]);
          for (const r of results) assert.equal(typeof r.ret, 'number');
        },
      ),
      { numRuns: 60 },
    );
  });
});
