/**
 * The endpoint mapper server ([C706] App. O; [MS-RPCE] 2.2.1.2, 3.1.3.5.3), answering from an
 * EndpointDatabase the host fills.
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
import { NdrError, contextHandle, decodeParams, encodeParams, guid, u32 } from '../../ndr/index.js';
import type { NdrType } from '../../ndr/index.js';
import { NDR20_SYNTAX, NDR64_SYNTAX, RpcFault } from '../../rpc/types.js';
import type { CallContext, RpcServerInterface, SyntaxId, TransferSyntax } from '../../rpc/types.js';
import { NIL_UUID } from '../../rpc/uuid.js';
import type { EndpointDatabase, EndpointRegistration } from './database.js';
import { TowerError, buildTower, parseTower } from './tower.js';
import type { EndpointTower } from './tower.js';
import {
  EPM_SYNTAX,
  EpmOpnum,
  InquiryType,
  VersOption,
  annotationBytes,
  eptLookupIn,
  eptLookupOutTypes,
  eptMapIn,
  eptMapOutTypes,
} from './wire.js';
import type { EptEntry, RpcIfId, Twr } from './wire.js';

const LOOKUP_HANDLE = 'epm.lookup';
const MAP_HANDLE = 'epm.map';
const NULL_HANDLE = new Uint8Array(20);
/** Open context handles per association beyond which new lookups are refused (memory bound). */
const MAX_HANDLES_PER_ASSOCIATION = 4096;
/** Windows' status for the database-changing operations it refuses remotely ([MS-RPCE] 2.2.1.2.1). */
const CANT_PERFORM_OP = Epm.EPT_S_CANT_PERFORM_OP_WIN32;

interface LookupState {
  remaining: EptEntry[];
}
interface MapState {
  remaining: Twr[];
}

function isNullHandle(h: Uint8Array): boolean {
  return h.every((b) => b === 0);
}

function toTwr(bytes: Uint8Array): Twr {
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

function versionMatches(option: number, want: RpcIfId, have: SyntaxId): boolean {
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

function decode(stub: Uint8Array, ctx: CallContext, types: readonly NdrType<unknown>[]): unknown[] {
  try {
    return decodeParams(stub, ctx.syntax, types);
  } catch (err) {
    if (err instanceof NdrError) throw new RpcFault(Nca.nca_s_fault_ndr, `epm: bad stub: ${err.message}`);
    throw err;
  }
}

function statusOnly(ctx: CallContext, status: number): Uint8Array {
  return encodeParams(ctx.syntax, [[u32, status]]);
}

export function createEpmInterface(db: EndpointDatabase): RpcServerInterface {
  const lookupEntries = (
    ctx: CallContext,
    inquiry: number,
    object: string | null,
    ifId: RpcIfId | null,
    vers: number,
  ) => {
    const out: EptEntry[] = [];
    for (const e of db.list()) {
      const byIf = inquiry === InquiryType.MATCH_BY_IF || inquiry === InquiryType.MATCH_BY_BOTH;
      const byObj = inquiry === InquiryType.MATCH_BY_OBJ || inquiry === InquiryType.MATCH_BY_BOTH;
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

  const eptLookup = (ctx: CallContext, stub: Uint8Array): Uint8Array => {
    const [inquiry, object, ifId, vers, handleIn, maxEnts] = decode(stub, ctx, eptLookupIn) as [
      number,
      string | null,
      RpcIfId | null,
      number,
      Uint8Array,
      number,
    ];
    const reply = (handle: Uint8Array, entries: EptEntry[], status: number): Uint8Array =>
      encodeParams(
        ctx.syntax,
        eptLookupOutTypes().map((t, i) => [t, [handle, entries.length, entries, status][i]] as const),
        { max_ents: maxEnts, num_ents: entries.length },
      );

    let handle = handleIn;
    let state: LookupState;
    if (isNullHandle(handleIn)) {
      if (inquiry > InquiryType.MATCH_BY_BOTH) return reply(NULL_HANDLE, [], CANT_PERFORM_OP);
      const matches = lookupEntries(ctx, inquiry, object, ifId, vers);
      if (matches.length === 0) return reply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
      if (ctx.association.handles.size >= MAX_HANDLES_PER_ASSOCIATION)
        return reply(NULL_HANDLE, [], CANT_PERFORM_OP);
      state = { remaining: matches };
      handle = ctx.association.handles.create<LookupState>(LOOKUP_HANDLE, state);
    } else {
      state = ctx.association.handles.get<LookupState>(handleIn, LOOKUP_HANDLE);
    }
    if (state.remaining.length === 0) {
      ctx.association.handles.destroy(handle);
      return reply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
    }
    const batch = state.remaining.splice(0, maxEnts);
    return reply(handle, batch, 0);
  };

  const eptMap = (ctx: CallContext, stub: Uint8Array): Uint8Array => {
    const [object, mapTower, handleIn, maxTowers] = decode(stub, ctx, eptMapIn) as [
      string | null,
      Twr | null,
      Uint8Array,
      number,
    ];
    const reply = (handle: Uint8Array, towers: Twr[], status: number): Uint8Array =>
      encodeParams(
        ctx.syntax,
        eptMapOutTypes().map((t, i) => [t, [handle, towers.length, towers, status][i]] as const),
        { max_towers: maxTowers, num_towers: towers.length },
      );

    let state: MapState;
    let handle = handleIn;
    if (isNullHandle(handleIn)) {
      let query: EndpointTower;
      try {
        if (mapTower === null) return reply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
        query = parseTower(mapTower.tower_octet_string);
      } catch (err) {
        if (err instanceof TowerError) return reply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
        throw err;
      }
      const syntax = transferOf(query.transferSyntax);
      const candidates = db
        .list()
        .filter(
          (e) =>
            e.iface.uuid === query.iface.uuid &&
            e.iface.major === query.iface.major &&
            e.iface.minor >= query.iface.minor &&
            e.protseq === query.protseq &&
            syntax !== undefined &&
            e.transferSyntaxes.includes(syntax),
        );
      // [C706] ept_map: entries registered for the object first, else the interface's nil-object entries.
      const obj = object ?? NIL_UUID;
      let chosen = obj !== NIL_UUID ? candidates.filter((e) => e.objectUuid === obj) : [];
      if (chosen.length === 0) chosen = candidates.filter((e) => e.objectUuid === NIL_UUID);
      const towers = chosen.map((e) =>
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
      if (towers.length === 0) return reply(NULL_HANDLE, [], Epm.EPT_S_NOT_REGISTERED);
      if (towers.length <= maxTowers) return reply(NULL_HANDLE, towers, 0);
      if (ctx.association.handles.size >= MAX_HANDLES_PER_ASSOCIATION)
        return reply(NULL_HANDLE, [], CANT_PERFORM_OP);
      state = { remaining: towers };
      handle = ctx.association.handles.create<MapState>(MAP_HANDLE, state);
    } else {
      state = ctx.association.handles.get<MapState>(handleIn, MAP_HANDLE);
    }
    const batch = state.remaining.splice(0, maxTowers);
    if (state.remaining.length === 0) {
      ctx.association.handles.destroy(handle);
      handle = NULL_HANDLE;
    }
    return reply(handle, batch, batch.length > 0 ? 0 : Epm.EPT_S_NOT_REGISTERED);
  };

  const eptLookupHandleFree = (ctx: CallContext, stub: Uint8Array): Uint8Array => {
    const [handle] = decode(stub, ctx, [contextHandle]) as [Uint8Array];
    if (!isNullHandle(handle)) {
      const known =
        ctx.association.handles.lookup(handle, LOOKUP_HANDLE) !== undefined ||
        ctx.association.handles.lookup(handle, MAP_HANDLE) !== undefined;
      if (!known) throw new RpcFault(Nca.nca_s_fault_context_mismatch, 'epm: unknown lookup handle');
      ctx.association.handles.destroy(handle);
    }
    return encodeParams(ctx.syntax, [
      [contextHandle, NULL_HANDLE],
      [u32, 0],
    ]);
  };

  return {
    name: 'epm',
    syntax: EPM_SYNTAX,
    transferSyntaxes: ['ndr20', 'ndr64'],
    invoke(ctx: CallContext, stub: Uint8Array): Uint8Array {
      switch (ctx.opnum) {
        case EpmOpnum.ept_lookup:
          return eptLookup(ctx, stub);
        case EpmOpnum.ept_map:
          return eptMap(ctx, stub);
        case EpmOpnum.ept_lookup_handle_free:
          return eptLookupHandleFree(ctx, stub);
        case EpmOpnum.ept_insert:
        case EpmOpnum.ept_delete:
        case EpmOpnum.ept_mgmt_delete:
          // Windows keeps its map to local registrations (RpcEpRegister); remote edits are refused.
          return statusOnly(ctx, CANT_PERFORM_OP);
        case EpmOpnum.ept_inq_object:
          return encodeParams(ctx.syntax, [
            [guid, NIL_UUID],
            [u32, CANT_PERFORM_OP],
          ]);
        default:
          throw new RpcFault(Nca.nca_s_op_rng_error, `epm: opnum ${ctx.opnum} out of range`);
      }
    },
  };
}
