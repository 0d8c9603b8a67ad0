/** Every ClusAPI v3 method of the IDL has a handler; the coverage table is computed and current. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CLUSAPI3_REFUSALS, clusapi3HandlerObject } from '../../src/cluster/server/coverage.js';
import { Win32 } from '../../src/errors/status.js';
import { Clusapi3Opnums } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import {
  CoverageError,
  coverageCounts,
  coverageRows,
  missingMethods,
  renderCoverageMarkdown,
} from '../../src/interfaces/coverage.js';

/**
 * Methods allowed to lack a handler while their family is being written; empty once every family
 * is wired. A method without a handler and not listed here fails this file.
 */
const PENDING: ReadonlySet<string> = new Set<string>([]);

const rows = coverageRows(Clusapi3Opnums, clusapi3HandlerObject(), CLUSAPI3_REFUSALS);

describe('clusapi v3 coverage', () => {
  it('accounts for every opnum 0-264 exactly once', () => {
    assert.equal(rows.length, 265);
    rows.forEach((r, i) => assert.equal(r.opnum, i));
    const c = coverageCounts(rows);
    assert.equal(c['not-used-on-wire'], 20);
    assert.equal(c.reserved, 78);
  });

  it('every method of the IDL has a handler (except the PENDING ones)', () => {
    const missing = missingMethods(rows).filter((m) => !PENDING.has(m));
    assert.deepEqual(missing, [], `methods without a handler: ${missing.join(', ')}`);
  });

  it('PENDING lists only methods that are still missing', () => {
    const missing = new Set(missingMethods(rows));
    const done = [...PENDING].filter((m) => !missing.has(m));
    assert.deepEqual(done, [], `now implemented, remove from PENDING: ${done.join(', ')}`);
  });

  it('refusals carry the status and section the spec names', () => {
    const refused = rows.filter((r) => r.status === 'refuses-by-spec');
    const byName = new Map(refused.map((r) => [r.method, r.refusal!]));
    assert.equal(byName.get('ApiBackupClusterDatabase')?.section, '3.1.4.2.104');
    assert.equal(byName.get('ApiBackupClusterDatabase')?.status, Win32.ERROR_CALL_NOT_IMPLEMENTED);
    assert.equal(byName.get('ApiSetServiceAccountPassword')?.status, Win32.ERROR_CALL_NOT_IMPLEMENTED);
    assert.equal(byName.get('ApiClusterNativeUpdateControl')?.status, Win32.ERROR_NOT_SUPPORTED);
    assert.equal(byName.get('ApiGetClusterVersion')?.section, '3.1.4.2.5');
    for (const r of refused) assert.match(r.refusal!.section, /^3\.1\.4\.2\.\d+$/);
  });

  it('docs/coverage/clusapi3.md is what scripts/coverage.ts writes now', (t) => {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
    const file = join(dir, 'docs', 'coverage', 'clusapi3.md');
    if (!existsSync(file)) {
      t.skip('docs/coverage/clusapi3.md not generated yet (npm run coverage)');
      return;
    }
    // The file is prettier-formatted: compare cells, not padding.
    const cells = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .map((l) =>
          l
            .split('|')
            .slice(1, 4)
            .map((c) => c.trim())
            .join('|'),
        ),
    );
    for (const r of rows.filter((x) => x.status !== 'reserved')) {
      const coverage = r.refusal ? `refuses-by-spec (§${r.refusal.section})` : r.status;
      assert.ok(
        cells.has(`${r.opnum}|${r.method}|${coverage}`),
        `row for opnum ${r.opnum} (npm run coverage)`,
      );
    }
  });
});

describe('coverage rows and Markdown (generic)', () => {
  const table = {
    ops: [
      { opnum: 0, name: 'Open', kind: 'method' },
      { opnum: 1, name: 'Old', kind: 'method' },
      { opnum: 2, name: 'Opnum2NotUsedOnWire', kind: 'notUsedOnWire' },
      { opnum: 3, name: 'Missing', kind: 'method' },
      { opnum: 4, name: 'Opnum4Reserved', kind: 'reserved' },
      { opnum: 5, name: 'Opnum5Reserved', kind: 'reserved' },
      { opnum: 6, name: 'Opnum6Reserved', kind: 'reserved' },
    ],
  };
  const handlers = { Open: () => 0, Old: () => 0 };
  const refusals = [{ method: 'Old', section: '3.1.4.9', status: Win32.ERROR_CALL_NOT_IMPLEMENTED }];

  it('classifies each opnum', () => {
    const r = coverageRows(table, handlers, refusals);
    assert.deepEqual(
      r.map((x) => x.status),
      ['implemented', 'refuses-by-spec', 'not-used-on-wire', 'MISSING', 'reserved', 'reserved', 'reserved'],
    );
    assert.deepEqual(missingMethods(r), ['Missing']);
  });

  it('renders a summary, the section of each refusal and collapsed reserved ranges', () => {
    const md = renderCoverageMarkdown({
      title: 'T',
      source: 'S',
      rows: coverageRows(table, handlers, refusals),
    });
    assert.match(
      md,
      /7 opnums: 1 implemented, 1 refuses-by-spec, 1 not-used-on-wire, 3 reserved, 1 MISSING\./,
    );
    assert.match(md, /\| 1 \| Old \| refuses-by-spec \(§3\.1\.4\.9\) \| ERROR_CALL_NOT_IMPLEMENTED/);
    assert.match(md, /\| 4–6 \| Opnum4Reserved … Opnum6Reserved \| reserved \|/);
    assert.match(md, /\| 3 \| Missing \| MISSING \|/);
  });

  it('refuses records that do not match the table or the handlers', () => {
    assert.throws(
      () => coverageRows(table, handlers, [{ method: 'Nope', section: '1', status: 1 }]),
      CoverageError,
    );
    assert.throws(
      () => coverageRows(table, handlers, [{ method: 'Missing', section: '1', status: 1 }]),
      CoverageError,
    );
    assert.throws(() => coverageRows(table, handlers, [...refusals, ...refusals]), CoverageError);
  });
});
