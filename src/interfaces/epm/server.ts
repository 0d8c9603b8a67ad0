/**
 * The endpoint mapper server ([C706] App. O; [MS-RPCE] 2.2.1.2, 3.1.3.5.3), answering from an
 * EndpointDatabase the host fills. Marshalling is the generated epm.gen.ts; this file is the
 * manager routines.
 *
 * ept_lookup paging: every call returns at most max_ents entries with status 0 and a live handle,
 * even when it hands out the last one; only the next call (nothing left) frees the handle and answers
 * EPT_S_NOT_REGISTERED with a NULL handle. A client looping "while status == 0" (Samba's rpcclient
 * epmlookup asks with max_ents = 1 and resends the returned handle) thus sees every entry exactly
 * once and stops. Samba's own server returns the last entry *with* EPT_S_NOT_REGISTERED, which
 * rpcclient drops.
 */
import os from 'node:os';
import { Epm, Nca } from '../../errors/status.js';
import { NDR20_SYNTAX, NDR64_SYNTAX, RpcFault } from '../../rpc/types.js';
import type { CallContext, RpcServerInterface, SyntaxId, TransferSyntax } from '../../rpc/types.js';
import { NIL_UUID } from '../../rpc/uuid.js';
import { InquiryType, VersOption, annotationBytes } from './constants.js';
import type { EndpointDatabase, EndpointRegistration } from './database.js';
import { createEpmServer } from './epm.gen.js';
import type {
  EpmHandlers,
  ept_entry_t,
  ept_lookup_handle_t,
  ept_lookupResponse,
  ept_mapResponse,
  rpc_if_id_t,
  twr_t,
} from './epm.gen.js';
import { TowerError, buildTower, parseTower } from './tower.js';
import type { EndpointTower } from './tower.js';

const LOOKUP_HANDLE = 'epm.lookup';
const MAP_HANDLE = 'epm.map';
const NULL_HANDLE = new Uint8Array(20) as ept_lookup_handle_t;
/** Open context handles per association beyond which new lookups are refused (memory bound). */
const MAX_HANDLES_PER_ASSOCIATION = 4096;
/** Windows' status for the database-changing operations it refuses remotely ([MS-RPCE] 2.2.1.2.1). */
const CANT_PERFORM_OP = Epm.EPT_S_CANT_PERFORM_OP_WIN32;

interface LookupState {
  remaining: ept_entry_t[];
}
interface MapState {
  remaining: twr_t[];
}

function isNullHandle(h: Uint8Array): boolean {
  return h.every((b) => b === 0);
}

function toTwr(bytes: Uint8Array): twr_t {
  return { tower_length: bytes.length, tower_octet_string: bytes };
}

/** The IPv4 address to put in towers: the one the caller reached us on. */
function serverIpv4(ctx: CallContext): string {
  const a = ctx.transport.localAddress.replace(/^::ffff:/i, '');
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(a) ? a : '0.0.0.0';
}

function towerHost(ctx: CallContext, e: EndpointRegistration): string {
  return e.protseq === 'ncacn_np' ? os.hostname().toUpperCase().slice(0, 15) : serverIpv4(ctx);
}

function transferOf(s: SyntaxId): TransferSyntax | undefined {
  if (s.uuid === NDR20_SYNTAX.uuid && s.major === NDR20_SYNTAX.major) return 'ndr20';
  if (s.uuid === NDR64_SYNTAX.uuid && s.major === NDR64_SYNTAX.major) return 'ndr64';
  return undefined;
}

function versionMatches(option: number, want: rpc_if_id_t, have: SyntaxId): boolean {
  switch (option) {
    case 0: // Samba numbers RPC_C_VERS_ALL as 0
    case VersOption.ALL:
      return true;
    case VersOption.COMPATIBLE:
      return have.major === want.vers_major && have.minor >= want.vers_minor;
    case VersOption.EXACT:
      return have.major === want.vers_major && have.minor === want.vers_minor;
    case VersOption.MAJOR_ONLY:
      return have.major === want.vers_major;
    case VersOption.UPTO:
      return (
        have.major < want.vers_major || (have.major === want.vers_major && have.minor <= want.vers_minor)
      );
    default:
      return false;
  }
}

function lookupReply(
  handle: ept_lookup_handle_t,
  entries: ept_entry_t[],
  status: number,
): ept_lookupResponse {
  return { entry_handle: handle, num_ents: entries.length, entries, status };
}

function mapReply(handle: ept_lookup_handle_t, towers: twr_t[], status: number): ept_mapResponse {
  return { entry_handle: handle, num_towers: towers.length, towers, status };
}

function newHandle<T>(ctx: CallContext, kind: string, state: T): ept_lookup_handle_t | undefined {
  if (ctx.association.handles.size >= MAX_HANDLES_PER_ASSOCIATION) return undefined;
  return ctx.association.handles.create<T>(kind, state) as ept_lookup_handle_t;
}

function endpointHandlers(db: EndpointDatabase): EpmHandlers {
  const lookupEntries = (
    ctx: CallContext,
    inquiry: number,
    object: string | null,
    ifId: rpc_if_id_t | null,
    vers: number,
  ): ept_entry_t[] => {
    const byIf = inquiry === InquiryType.MATCH_BY_IF || inquiry === InquiryType.MATCH_BY_BOTH;
    const byObj = inquiry === InquiryType.MATCH_BY_OBJ || inquiry === InquiryType.MATCH_BY_BOTH;
    const out: ept_entry_t[] = [];
    for (const e of db.list()) {
      if (byIf && (ifId === null || e.iface.uuid !== ifId.uuid || !versionMatches(vers, ifId, e.iface)))
        continue;
      if (byObj && (object ?? NIL_UUID) !== e.objectUuid) continue;
      const tower: EndpointTower = {
        iface: e.iface,
        transferSyntax: NDR20_SYNTAX,
        protseq: e.protseq,
        endpoint: e.endpoint,
        host: towerHost(ctx, e),
      };
      out.push({
        object: e.objectUuid,
        tower: toTwr(buildTower(tower)),
        annotation: annotationBytes(e.annotation),
      });
    }
    return out;
  };

  /** [C706] ept_map: entries registered for the object first, else the interface's nil-object entries. */
  const mapTowers = (ctx: CallContext, object: string | null, query: EndpointTower): twr_t[] => {
    const syntax = transferOf(query.transferSyntax);
    if (syntax === undefined) return [];
    const candidates = db
      .list()
      .filter(
        (e) =>
          e.iface.uuid === query.iface.uuid &&
          e.iface.major === query.iface.major &&
          e.iface.minor >= query.iface.minor &&
          e.protseq === query.protseq &&
          e.transferSyntaxes.includes(syntax),
      );
    const obj = object ?? NIL_UUID;
    let chosen = obj !== NIL_UUID ? candidates.filter((e) => e.objectUuid === obj) : [];
    if (chosen.length === 0) chosen = candidates.filter((e) => e.objectUuid === NIL_UUID);
    return chosen.map((e) =>
      toTwr(
        buildTower({
          iface: e.iface,
          transferSyntax: query.transferSyntax,
          protseq: e.protseq,
          endpoint: e.endpoint,
          host: towerHost(ctx, e),
        }),
      ),
    );
  };

  return {
    ept_lookup(ctx, req) {
      let handle = req.entry_handle;
      let state: LookupState;
      if (isNullHandle(handle)) {
        if (req.inquiry_type > InquiryType.MATCH_BY_BOTH)
          return lookupReply(NULL_HANDLE, [], CANT_PERFORM_OP);
        const matches = lookupEntries(ctx, req.inquiry_type, req.object, req.interface_id, req.vers_option);
        if (matches.length === 0) return lookupReply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
        state = { remaining: matches };
        const created = newHandle(ctx, LOOKUP_HANDLE, state);
        if (created === undefined) return lookupReply(NULL_HANDLE, [], CANT_PERFORM_OP);
        handle = created;
      } else {
        state = ctx.association.handles.get<LookupState>(handle, LOOKUP_HANDLE);
      }
      if (state.remaining.length === 0) {
        ctx.association.handles.destroy(handle);
        return lookupReply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
      }
      return lookupReply(handle, state.remaining.splice(0, req.max_ents), 0);
    },

    ept_map(ctx, req) {
      let handle = req.entry_handle;
      let state: MapState;
      if (isNullHandle(handle)) {
        if (req.map_tower === null) return mapReply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
        let query: EndpointTower;
        try {
          query = parseTower(req.map_tower.tower_octet_string);
        } catch (err) {
          if (err instanceof TowerError) return mapReply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
          throw err;
        }
        const towers = mapTowers(ctx, req.object, query);
        if (towers.length === 0) return mapReply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
        if (towers.length <= req.max_towers) return mapReply(NULL_HANDLE, towers, 0);
        state = { remaining: towers };
        const created = newHandle(ctx, MAP_HANDLE, state);
        if (created === undefined) return mapReply(NULL_HANDLE, [], CANT_PERFORM_OP);
        handle = created;
      } else {
        state = ctx.association.handles.get<MapState>(handle, MAP_HANDLE);
      }
      const batch = state.remaining.splice(0, req.max_towers);
      if (state.remaining.length === 0) {
        ctx.association.handles.destroy(handle);
        handle = NULL_HANDLE;
      }
      return mapReply(handle, batch, batch.length > 0 ? 0 : Epm.EPT_S_NOT_REGISTERED);
    },

    ept_lookup_handle_free(ctx, req) {
      const handle = req.entry_handle;
      if (!isNullHandle(handle)) {
        const known =
          ctx.association.handles.lookup(handle, LOOKUP_HANDLE) !== undefined ||
          ctx.association.handles.lookup(handle, MAP_HANDLE) !== undefined;
        if (!known) throw new RpcFault(Nca.nca_s_fault_context_mismatch, 'epm: unknown lookup handle');
        ctx.association.handles.destroy(handle);
      }
      return { entry_handle: NULL_HANDLE, status: 0 };
    },

    // Windows keeps its map to local registrations (RpcEpRegister); remote edits are refused.
    ept_insert: () => ({ status: CANT_PERFORM_OP }),
    ept_delete: () => ({ status: CANT_PERFORM_OP }),
    ept_mgmt_delete: () => ({ status: CANT_PERFORM_OP }),
    ept_inq_object: () => ({ ept_object: NIL_UUID, status: CANT_PERFORM_OP }),
  };
}

/** The endpoint mapper over `db`, in NDR20 and NDR64 (Windows' epmapper accepts both). */
export function createEpmInterface(db: EndpointDatabase): RpcServerInterface {
  return createEpmServer(endpointHandlers(db), { transferSyntaxes: ['ndr20', 'ndr64'] });
}
