/**
 * Every DIMSVC and RASRPC method of the IDL has a handler, the refusals are the ones the spec
 * prescribes, and docs/coverage/{dimsvc,rasrpc}.md are what scripts/coverage.ts writes now.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Win32 } from '../../src/errors/status.js';
import {
  coverageCounts,
  coverageRows,
  missingMethods,
  type CoverageRow,
} from '../../src/interfaces/coverage.js';
import { DimsvcOpnums } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import { RasrpcOpnums } from '../../src/interfaces/rasrpc/rasrpc.gen.js';
import {
  DIMSVC_COVERAGE_REFUSALS,
  dimsvcHandlerObject,
  RASRPC_COVERAGE_REFUSALS,
  rasrpcHandlerObject,
} from '../../src/rras/server/coverage.js';
import { DIMSVC_REFUSALS } from '../../src/rras/server/index.js';

const dimsvc = coverageRows(DimsvcOpnums, dimsvcHandlerObject(), DIMSVC_COVERAGE_REFUSALS);
const rasrpc = coverageRows(RasrpcOpnums, rasrpcHandlerObject(), RASRPC_COVERAGE_REFUSALS);

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** The generated table's (opnum, method, coverage) cells; it is prettier-formatted, so cells are trimmed. */
function tableCells(file: string): Set<string> {
  return new Set(
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
}

function assertDocumentCurrent(id: string, rows: readonly CoverageRow[]): void {
  const file = join(repoRoot(), 'docs', 'coverage', `${id}.md`);
  assert.ok(existsSync(file), `docs/coverage/${id}.md missing (npm run coverage)`);
  const cells = tableCells(file);
  for (const r of rows.filter((x) => x.status !== 'reserved')) {
    const coverage = r.refusal ? `refuses-by-spec (§${r.refusal.section})` : r.status;
    assert.ok(
      cells.has(`${r.opnum}|${r.method}|${coverage}`),
      `${id}: row for opnum ${r.opnum} (npm run coverage)`,
    );
  }
}

describe('DIMSVC coverage (MS-RRASM 3.1.4)', () => {
  it('accounts for opnums 0-52, all methods used on the wire', () => {
    assert.deepEqual(
      dimsvc.map((r) => r.opnum),
      Array.from({ length: 53 }, (_, i) => i),
    );
    const c = coverageCounts(dimsvc);
    assert.equal(c['not-used-on-wire'] + c.reserved, 0);
  });

  it('every DIMSVC method of the IDL has a handler', () => {
    assert.deepEqual(missingMethods(dimsvc), [], `without a handler: ${missingMethods(dimsvc).join(', ')}`);
  });

  it('the seed methods are implemented, not refused', () => {
    assert.equal(dimsvc[8]!.method, 'RRasAdminPortDisconnect');
    assert.equal(dimsvc[8]!.status, 'implemented');
    assert.equal(dimsvc[48]!.method, 'RRasAdminUpdateConnection');
    assert.equal(dimsvc[48]!.status, 'implemented');
  });

  it('refuses by spec only the three methods a remote caller cannot use, with their sections', () => {
    const refused = dimsvc.filter((r) => r.status === 'refuses-by-spec');
    assert.deepEqual(
      refused.map((r) => [r.opnum, r.refusal!.section, r.refusal!.status]),
      [
        [32, '3.1.4.33', Win32.ERROR_NOT_SUPPORTED],
        [33, '3.1.4.34', Win32.ERROR_INVALID_PARAMETER],
        [34, '3.1.4.35', Win32.ERROR_INVALID_PARAMETER],
      ],
    );
    // DIMSVC section 3.1.4.n describes opnum n-1.
    for (const r of refused) assert.equal(r.refusal!.section, `3.1.4.${r.opnum + 1}`);
    assert.deepEqual(
      DIMSVC_REFUSALS.map((r) => r.status),
      ['ERROR_NOT_SUPPORTED', 'ERROR_INVALID_PARAMETER', 'ERROR_INVALID_PARAMETER'],
    );
  });

  it('docs/coverage/dimsvc.md is what scripts/coverage.ts writes now', () => {
    assertDocumentCurrent('dimsvc', dimsvc);
  });
});

describe('RASRPC coverage (MS-RRASM 3.3.4)', () => {
  it('accounts for opnums 0-16: seven methods, the rest reserved for local use', () => {
    assert.deepEqual(
      rasrpc.map((r) => r.opnum),
      Array.from({ length: 17 }, (_, i) => i),
    );
    assert.deepEqual(
      rasrpc.filter((r) => r.status !== 'not-used-on-wire').map((r) => r.opnum),
      [5, 9, 10, 11, 12, 14, 15],
    );
  });

  it('every RASRPC method of the IDL has a handler', () => {
    assert.deepEqual(missingMethods(rasrpc), [], `without a handler: ${missingMethods(rasrpc).join(', ')}`);
    assert.equal(coverageCounts(rasrpc).implemented, 7);
  });

  it('docs/coverage/rasrpc.md is what scripts/coverage.ts writes now', () => {
    assertDocumentCurrent('rasrpc', rasrpc);
  });
});
