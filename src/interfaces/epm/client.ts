/**
 * Endpoint mapper client calls over a bound RpcClientConnection: ept_map (resolve one interface)
 * and ept_lookup paged to the end (list the whole map).
 */
import { Epm, statusName } from '../../errors/status.js';
import { decodeParams, encodeParams } from '../../ndr/index.js';
import type { BoundContext, RpcClientConnection } from '../../rpc/client.js';
import { NDR20_SYNTAX } from '../../rpc/types.js';
import type { Protseq, SyntaxId } from '../../rpc/types.js';
import { formatBinding } from '../../rpc/binding.js';
import { TowerError, buildTower, parseTower } from './tower.js';
import type { EndpointTower } from './tower.js';
import {
  EPM_SYNTAX,
  EpmOpnum,
  InquiryType,
  MAX_ENTS,
  MAX_TOWERS,
  VersOption,
  annotationText,
  eptLookupIn,
  eptLookupOutTypes,
  eptMapIn,
  eptMapOutTypes,
} from './wire.js';
import type { EptEntry, RpcIfId, Twr } from './wire.js';

export { EPM_SYNTAX };

/** The endpoint mapper answered with a status other than success / "no more entries". */
export class EpmError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'EpmError';
  }
}

const NULL_HANDLE = new Uint8Array(20);
const isNull = (h: Uint8Array): boolean => h.every((b) => b === 0);

export interface EpmLookupEntry {
  readonly object: string;
  readonly annotation: string;
  /** Decoded tower, or undefined when winrpc cannot read its protocol stack. */
  readonly tower?: EndpointTower;
  readonly towerBytes: Uint8Array;
  /** Samba-style string binding of the tower (when decoded). */
  readonly binding?: string;
}

export interface EptMapQuery {
  readonly iface: SyntaxId;
  readonly protseq: Protseq;
  readonly transferSyntax?: SyntaxId;
  readonly object?: string;
  readonly maxTowers?: number;
}

/** Calls ept_map makes at most while following an entry handle. */
const MAX_MAP_CALLS = 100;

/** ept_map: the towers registered for an interface over one protocol sequence ([] when none). */
export async function eptMap(
  conn: RpcClientConnection,
  ctx: BoundContext,
  q: EptMapQuery,
): Promise<EndpointTower[]> {
  const maxTowers = q.maxTowers ?? 4;
  const tower = buildTower({
    iface: q.iface,
    transferSyntax: q.transferSyntax ?? NDR20_SYNTAX,
    protseq: q.protseq,
    endpoint: q.protseq === 'ncacn_np' ? '' : '0',
    host: '',
  });
  const twr: Twr = { tower_length: tower.length, tower_octet_string: tower };
  const result: EndpointTower[] = [];
  let handle: Uint8Array = NULL_HANDLE;
  for (let calls = 0; calls < MAX_MAP_CALLS; calls++) {
    const values = [q.object ?? null, twr, handle, maxTowers];
    const stub = encodeParams(
      ctx.syntax,
      eptMapIn.map((t, i) => [t, values[i]] as const),
    );
    const out = await conn.call(ctx, EpmOpnum.ept_map, stub);
    const [next, , towers, status] = decodeParams(out, ctx.syntax, eptMapOutTypes(), {
      scope: { max_towers: maxTowers },
    }) as [Uint8Array, number, (Twr | null)[], number];
    if (status !== 0 && status !== Epm.EPT_S_NOT_REGISTERED) {
      if (!isNull(next)) await freeHandle(conn, ctx, next);
      throw new EpmError(status, `ept_map failed: ${statusName(status)}`);
    }
    for (const t of towers) {
      if (t === null) continue;
      try {
        result.push(parseTower(t.tower_octet_string));
      } catch (err) {
        if (!(err instanceof TowerError)) throw err;
      }
    }
    handle = next;
    if (status !== 0 || isNull(handle) || towers.length === 0) break;
  }
  if (!isNull(handle)) await freeHandle(conn, ctx, handle);
  return result;
}

async function freeHandle(conn: RpcClientConnection, ctx: BoundContext, handle: Uint8Array): Promise<void> {
  const stub = encodeParams(ctx.syntax, [[eptMapOutTypes()[0], handle]]);
  await conn.call(ctx, EpmOpnum.ept_lookup_handle_free, stub);
}

export interface EptLookupOptions {
  readonly inquiryType?: number;
  readonly object?: string;
  readonly iface?: SyntaxId;
  readonly versOption?: number;
  /** Entries asked per call (1..500, default 50). */
  readonly pageSize?: number;
  /** Stops (and frees the handle) after this many calls (default 1000). */
  readonly maxCalls?: number;
}

function toEntry(e: EptEntry): EpmLookupEntry {
  const towerBytes = e.tower?.tower_octet_string ?? new Uint8Array(0);
  let tower: EndpointTower | undefined;
  try {
    tower = parseTower(towerBytes);
  } catch (err) {
    if (!(err instanceof TowerError)) throw err;
  }
  return {
    object: e.object,
    annotation: annotationText(e.annotation),
    towerBytes,
    ...(tower !== undefined
      ? {
          tower,
          binding: formatBinding({ protseq: tower.protseq, host: tower.host, endpoint: tower.endpoint }),
        }
      : {}),
  };
}

/** ept_lookup repeated with the returned handle until the map says no more, within `maxCalls`. */
export async function eptLookupAll(
  conn: RpcClientConnection,
  ctx: BoundContext,
  opts: EptLookupOptions = {},
): Promise<EpmLookupEntry[]> {
  const pageSize = Math.max(1, Math.min(MAX_ENTS, opts.pageSize ?? 50));
  const maxCalls = opts.maxCalls ?? 1000;
  const ifId: RpcIfId | null = opts.iface
    ? { uuid: opts.iface.uuid, vers_major: opts.iface.major, vers_minor: opts.iface.minor }
    : null;
  const inquiry = opts.inquiryType ?? (opts.iface ? InquiryType.MATCH_BY_IF : InquiryType.ALL_ELTS);
  const entries: EpmLookupEntry[] = [];
  let handle: Uint8Array = NULL_HANDLE;
  for (let calls = 0; calls < maxCalls; calls++) {
    const values = [inquiry, opts.object ?? null, ifId, opts.versOption ?? VersOption.ALL, handle, pageSize];
    const stub = encodeParams(
      ctx.syntax,
      eptLookupIn.map((t, i) => [t, values[i]] as const),
    );
    const out = await conn.call(ctx, EpmOpnum.ept_lookup, stub);
    const [next, , batch, status] = decodeParams(out, ctx.syntax, eptLookupOutTypes(), {
      scope: { max_ents: pageSize },
    }) as [Uint8Array, number, EptEntry[], number];
    if (status !== 0 && status !== Epm.EPT_S_NOT_REGISTERED) {
      if (!isNull(next)) await freeHandle(conn, ctx, next);
      throw new EpmError(status, `ept_lookup failed: ${statusName(status)}`);
    }
    // Some servers (Samba) send the last entries together with "no more entries"; keep them.
    for (const e of batch) entries.push(toEntry(e));
    handle = next;
    if (status === Epm.EPT_S_NOT_REGISTERED || isNull(handle) || batch.length === 0) {
      if (!isNull(handle)) await freeHandle(conn, ctx, handle);
      return entries;
    }
  }
  await freeHandle(conn, ctx, handle);
  return entries;
}

export const EPM_MAX_TOWERS = MAX_TOWERS;
