/**
 * Endpoint mapper client calls over a bound RpcClientConnection: ept_map (resolve one interface)
 * and ept_lookup paged to the end (list the whole map). Marshalling is the generated EpmClient.
 */
import { Epm, statusName } from '../../errors/status.js';
import type { BoundContext, RpcClientConnection } from '../../rpc/client.js';
import type { RpcCaller } from '../../rpc/caller.js';
import { NDR20_SYNTAX } from '../../rpc/types.js';
import type { Protseq, SyntaxId } from '../../rpc/types.js';
import { formatBinding } from '../../rpc/binding.js';
import { EPM_SYNTAX, InquiryType, MAX_ENTS, MAX_TOWERS, VersOption, annotationText } from './constants.js';
import { EpmClient } from './epm.gen.js';
import type { ept_entry_t, ept_lookup_handle_t, rpc_if_id_t, twr_t } from './epm.gen.js';
import { TowerError, buildTower, parseTower } from './tower.js';
import type { EndpointTower } from './tower.js';

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

const NULL_HANDLE = new Uint8Array(20) as ept_lookup_handle_t;
const isNull = (h: Uint8Array): boolean => h.every((b) => b === 0);

/** The generated client over one bound presentation context of `conn`. */
export function epmClient(conn: RpcClientConnection, ctx: BoundContext): EpmClient {
  const caller: RpcCaller = { syntax: ctx.syntax, call: (opnum, stub) => conn.call(ctx, opnum, stub) };
  return new EpmClient(caller);
}

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
  const epm = epmClient(conn, ctx);
  const maxTowers = q.maxTowers ?? 4;
  const tower = buildTower({
    iface: q.iface,
    transferSyntax: q.transferSyntax ?? NDR20_SYNTAX,
    protseq: q.protseq,
    endpoint: q.protseq === 'ncacn_np' ? '' : '0',
    host: '',
  });
  const twr: twr_t = { tower_length: tower.length, tower_octet_string: tower };
  const result: EndpointTower[] = [];
  let handle = NULL_HANDLE;
  for (let calls = 0; calls < MAX_MAP_CALLS; calls++) {
    const out = await epm.ept_map({
      object: q.object ?? null,
      map_tower: twr,
      entry_handle: handle,
      max_towers: maxTowers,
    });
    if (out.status !== 0 && out.status !== Epm.EPT_S_NOT_REGISTERED) {
      if (!isNull(out.entry_handle)) await freeHandle(epm, out.entry_handle);
      throw new EpmError(out.status, `ept_map failed: ${statusName(out.status)}`);
    }
    for (const t of out.towers) {
      if (t === null) continue;
      try {
        result.push(parseTower(t.tower_octet_string));
      } catch (err) {
        if (!(err instanceof TowerError)) throw err;
      }
    }
    handle = out.entry_handle;
    if (out.status !== 0 || isNull(handle) || out.towers.length === 0) break;
  }
  if (!isNull(handle)) await freeHandle(epm, handle);
  return result;
}

async function freeHandle(epm: EpmClient, handle: ept_lookup_handle_t): Promise<void> {
  await epm.ept_lookup_handle_free({ entry_handle: handle });
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

function toEntry(e: ept_entry_t): EpmLookupEntry {
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
  const epm = epmClient(conn, ctx);
  const pageSize = Math.max(1, Math.min(MAX_ENTS, opts.pageSize ?? 50));
  const maxCalls = opts.maxCalls ?? 1000;
  const ifId: rpc_if_id_t | null = opts.iface
    ? { uuid: opts.iface.uuid, vers_major: opts.iface.major, vers_minor: opts.iface.minor }
    : null;
  const inquiry = opts.inquiryType ?? (opts.iface ? InquiryType.MATCH_BY_IF : InquiryType.ALL_ELTS);
  const entries: EpmLookupEntry[] = [];
  let handle = NULL_HANDLE;
  for (let calls = 0; calls < maxCalls; calls++) {
    const out = await epm.ept_lookup({
      inquiry_type: inquiry,
      object: opts.object ?? null,
      interface_id: ifId,
      vers_option: opts.versOption ?? VersOption.ALL,
      entry_handle: handle,
      max_ents: pageSize,
    });
    if (out.status !== 0 && out.status !== Epm.EPT_S_NOT_REGISTERED) {
      if (!isNull(out.entry_handle)) await freeHandle(epm, out.entry_handle);
      throw new EpmError(out.status, `ept_lookup failed: ${statusName(out.status)}`);
    }
    // Some servers (Samba) send the last entries together with "no more entries"; keep them.
    for (const e of out.entries) entries.push(toEntry(e));
    handle = out.entry_handle;
    if (out.status === Epm.EPT_S_NOT_REGISTERED || isNull(handle) || out.entries.length === 0) {
      if (!isNull(handle)) await freeHandle(epm, handle);
      return entries;
    }
  }
  await freeHandle(epm, handle);
  return entries;
}

export const EPM_MAX_TOWERS = MAX_TOWERS;
