/**
 * Method coverage of a server interface, computed from the code rather than written by hand: the
 * generated opnum table says which opnums exist, the handler object which methods are answered, and
 * refusal records (declared next to the handlers that refuse) which of those answer only with the
 * status the spec prescribes for a server that does not offer the operation.
 */
import { statusName } from '../errors/status.js';

/** One row of a generated `…Opnums.ops` table. */
export interface OpnumEntry {
  readonly opnum: number;
  readonly name: string;
  readonly kind: string;
}

export interface OpnumTable {
  readonly ops: readonly OpnumEntry[];
}

/** A handler that answers every call with a status the spec names for refusing it. */
export interface RefusalRecord {
  readonly method: string;
  /** The spec section that prescribes the refusal, e.g. "3.1.4.2.104". */
  readonly section: string;
  readonly status: number;
  readonly reason?: string;
}

export type CoverageStatus = 'implemented' | 'refuses-by-spec' | 'not-used-on-wire' | 'reserved' | 'MISSING';

export interface CoverageRow {
  readonly opnum: number;
  readonly method: string;
  readonly status: CoverageStatus;
  readonly refusal?: RefusalRecord;
}

export class CoverageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoverageError';
  }
}

/**
 * The coverage of every opnum in `table`. A refusal record for a method the table does not have, or
 * for one without a handler, is a mistake in the records and throws: the table must not claim a
 * refusal the server does not make.
 */
export function coverageRows(
  table: OpnumTable,
  handlers: object,
  refusals: readonly RefusalRecord[] = [],
): CoverageRow[] {
  const implemented = new Set(Object.keys(handlers));
  const byMethod = new Map<string, RefusalRecord>();
  for (const r of refusals) {
    if (byMethod.has(r.method)) throw new CoverageError(`two refusal records for ${r.method}`);
    byMethod.set(r.method, r);
  }
  const methods = new Set(table.ops.filter((o) => o.kind === 'method').map((o) => o.name));
  for (const r of refusals) {
    if (!methods.has(r.method)) throw new CoverageError(`refusal record for unknown method ${r.method}`);
    if (!implemented.has(r.method))
      throw new CoverageError(`refusal record for ${r.method}, which has no handler`);
  }
  return [...table.ops]
    .sort((a, b) => a.opnum - b.opnum)
    .map((o): CoverageRow => {
      if (o.kind === 'notUsedOnWire') return { opnum: o.opnum, method: o.name, status: 'not-used-on-wire' };
      if (o.kind === 'reserved') return { opnum: o.opnum, method: o.name, status: 'reserved' };
      if (!implemented.has(o.name)) return { opnum: o.opnum, method: o.name, status: 'MISSING' };
      const refusal = byMethod.get(o.name);
      return refusal
        ? { opnum: o.opnum, method: o.name, status: 'refuses-by-spec', refusal }
        : { opnum: o.opnum, method: o.name, status: 'implemented' };
    });
}

/** Methods of the table without a handler, in opnum order. */
export function missingMethods(rows: readonly CoverageRow[]): string[] {
  return rows.filter((r) => r.status === 'MISSING').map((r) => r.method);
}

export function coverageCounts(rows: readonly CoverageRow[]): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = {
    implemented: 0,
    'refuses-by-spec': 0,
    'not-used-on-wire': 0,
    reserved: 0,
    MISSING: 0,
  };
  for (const r of rows) counts[r.status]++;
  return counts;
}

function statusCell(r: CoverageRow): string {
  if (r.status !== 'refuses-by-spec' || !r.refusal) return r.status;
  return `refuses-by-spec (§${r.refusal.section})`;
}

function noteCell(r: CoverageRow): string {
  if (!r.refusal) return '';
  const code = statusName(r.refusal.status);
  return r.refusal.reason ? `${code}: ${r.refusal.reason}` : code;
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|');

/** Consecutive reserved opnums collapse into one row so that long reserved ranges stay readable. */
function collapseReserved(
  rows: readonly CoverageRow[],
): { opnums: string; row: CoverageRow; last?: string }[] {
  const out: { opnums: string; row: CoverageRow; last?: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let j = i;
    while (
      row.status === 'reserved' &&
      rows[j + 1]?.status === 'reserved' &&
      rows[j + 1]!.opnum === rows[j]!.opnum + 1
    )
      j++;
    if (j > i) out.push({ opnums: `${row.opnum}–${rows[j]!.opnum}`, row, last: rows[j]!.method });
    else out.push({ opnums: String(row.opnum), row });
    i = j;
  }
  return out;
}

export interface CoverageDocument {
  /** Heading, e.g. "ClusAPI v3 (MS-CMRP)". */
  readonly title: string;
  /** Where the rows come from, shown under the heading. */
  readonly source: string;
  readonly rows: readonly CoverageRow[];
}

/** Markdown for one interface: a summary line and one table row per opnum (reserved ranges collapsed). */
export function renderCoverageMarkdown(doc: CoverageDocument): string {
  const c = coverageCounts(doc.rows);
  const lines = [
    `## ${doc.title}`,
    '',
    doc.source,
    '',
    `${doc.rows.length} opnums: ${c.implemented} implemented, ${c['refuses-by-spec']} refuses-by-spec, ` +
      `${c['not-used-on-wire']} not-used-on-wire, ${c.reserved} reserved, ${c.MISSING} MISSING.`,
    '',
    '| Opnum | Method | Coverage | Note |',
    '|---:|---|---|---|',
  ];
  for (const { opnums, row, last } of collapseReserved(doc.rows)) {
    const method = last ? `${row.method} … ${last}` : row.method;
    lines.push(`| ${opnums} | ${escapeCell(method)} | ${statusCell(row)} | ${escapeCell(noteCell(row))} |`);
  }
  return `${lines.join('\n')}\n`;
}
