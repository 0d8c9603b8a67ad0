// Generated from idl/mgmt.idl (interface mgmt v1.0) by `npm run gen`.
// Do not edit: change the IDL (or idl/patches) or src/idl/emit*.ts and regenerate.

import {
  conformantArray,
  errorStatus,
  guid,
  pointer,
  range,
  string,
  struct,
  u16,
  u32,
} from '../../ndr/index.js';
import type { NdrType, Scope } from '../../ndr/index.js';
import { Win32 } from '../../errors/status.js';
import type { RpcCaller } from '../../rpc/caller.js';
import { callMethod, serveMethods, zeroFillCount } from '../../rpc/stubs.js';
import type { MethodSpec, MethodTable, StubServerOptions } from '../../rpc/stubs.js';
import type { CallContext, RpcServerInterface, SyntaxId } from '../../rpc/types.js';

// --- Types

export interface rpc_if_id_t {
  uuid: string;
  vers_major: number;
  vers_minor: number;
}
export const rpc_if_id_t_ndr: NdrType<rpc_if_id_t> = struct<rpc_if_id_t>('rpc_if_id_t', [
  ['uuid', guid],
  ['vers_major', u16],
  ['vers_minor', u16],
]);

export interface rpc_if_id_vector_t {
  count: number;
  if_id: (rpc_if_id_t | null)[];
}
export const rpc_if_id_vector_t_ndr: NdrType<rpc_if_id_vector_t> = struct<rpc_if_id_vector_t>(
  'rpc_if_id_vector_t',
  [
    ['count', u32],
    ['if_id', conformantArray(pointer('unique', rpc_if_id_t_ndr), { size: (s: Scope) => s.count as number })],
  ],
);

// --- Interface syntax and opnums

export const MgmtSyntax: SyntaxId = { uuid: 'afa8bd80-7d8a-11c9-bef4-08002b102989', major: 1, minor: 0 };
/** Every opnum of mgmt v1.0; index = opnum. */
export const MgmtOpnums = {
  syntax: MgmtSyntax,
  ops: [
    { opnum: 0, name: 'rpc__mgmt_inq_if_ids', kind: 'method' },
    { opnum: 1, name: 'rpc__mgmt_inq_stats', kind: 'method' },
    { opnum: 2, name: 'rpc__mgmt_is_server_listening', kind: 'method' },
    { opnum: 3, name: 'rpc__mgmt_stop_server_listening', kind: 'method' },
    { opnum: 4, name: 'rpc__mgmt_inq_princ_name', kind: 'method' },
  ],
} as const;
export const MgmtOpnum = {
  rpc__mgmt_inq_if_ids: 0,
  rpc__mgmt_inq_stats: 1,
  rpc__mgmt_is_server_listening: 2,
  rpc__mgmt_stop_server_listening: 3,
  rpc__mgmt_inq_princ_name: 4,
} as const;

// --- Methods: request / response types and wire descriptions

export type rpc__mgmt_inq_if_idsRequest = Record<string, never>;
export type rpc__mgmt_inq_if_idsResponse = {
  if_id_vector: rpc_if_id_vector_t | null;
  status: number;
};
const rpc__mgmt_inq_if_ids_spec: MethodSpec<rpc__mgmt_inq_if_idsRequest, rpc__mgmt_inq_if_idsResponse> = {
  opnum: 0,
  name: 'rpc__mgmt_inq_if_ids',
  request: [],
  response: [
    ['if_id_vector', pointer('ref', pointer('unique', rpc_if_id_vector_t_ndr))],
    ['status', pointer('ref', errorStatus)],
  ],
  notImplemented: (_req: rpc__mgmt_inq_if_idsRequest): rpc__mgmt_inq_if_idsResponse => ({
    if_id_vector: null,
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type rpc__mgmt_inq_statsRequest = {
  count: number;
};
export type rpc__mgmt_inq_statsResponse = {
  count: number;
  statistics: number[];
  status: number;
};
const rpc__mgmt_inq_stats_spec: MethodSpec<rpc__mgmt_inq_statsRequest, rpc__mgmt_inq_statsResponse> = {
  opnum: 1,
  name: 'rpc__mgmt_inq_stats',
  request: [['count', pointer('ref', range(u32, 0, 50))]],
  response: [
    ['count', pointer('ref', range(u32, 0, 50))],
    ['statistics', conformantArray(u32, { size: (s: Scope) => s.count as number })],
    ['status', pointer('ref', errorStatus)],
  ],
  notImplemented: (req: rpc__mgmt_inq_statsRequest): rpc__mgmt_inq_statsResponse => ({
    count: req.count,
    statistics: Array.from(
      { length: zeroFillCount(((s: Scope) => s.count as number)(req as Scope)) },
      () => 0,
    ),
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type rpc__mgmt_is_server_listeningRequest = Record<string, never>;
export type rpc__mgmt_is_server_listeningResponse = {
  status: number;
  ret: number;
};
const rpc__mgmt_is_server_listening_spec: MethodSpec<
  rpc__mgmt_is_server_listeningRequest,
  rpc__mgmt_is_server_listeningResponse
> = {
  opnum: 2,
  name: 'rpc__mgmt_is_server_listening',
  request: [],
  response: [
    ['status', pointer('ref', errorStatus)],
    ['ret', u32],
  ],
  notImplemented: (_req: rpc__mgmt_is_server_listeningRequest): rpc__mgmt_is_server_listeningResponse => ({
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    ret: 0,
  }),
};

export type rpc__mgmt_stop_server_listeningRequest = Record<string, never>;
export type rpc__mgmt_stop_server_listeningResponse = {
  status: number;
};
const rpc__mgmt_stop_server_listening_spec: MethodSpec<
  rpc__mgmt_stop_server_listeningRequest,
  rpc__mgmt_stop_server_listeningResponse
> = {
  opnum: 3,
  name: 'rpc__mgmt_stop_server_listening',
  request: [],
  response: [['status', pointer('ref', errorStatus)]],
  notImplemented: (
    _req: rpc__mgmt_stop_server_listeningRequest,
  ): rpc__mgmt_stop_server_listeningResponse => ({ status: Win32.ERROR_CALL_NOT_IMPLEMENTED }),
};

export type rpc__mgmt_inq_princ_nameRequest = {
  authn_proto: number;
  princ_name_size: number;
};
export type rpc__mgmt_inq_princ_nameResponse = {
  princ_name: string;
  status: number;
};
const rpc__mgmt_inq_princ_name_spec: MethodSpec<
  rpc__mgmt_inq_princ_nameRequest,
  rpc__mgmt_inq_princ_nameResponse
> = {
  opnum: 4,
  name: 'rpc__mgmt_inq_princ_name',
  request: [
    ['authn_proto', u32],
    ['princ_name_size', range(u32, 0, 4096)],
  ],
  response: [
    ['princ_name', string('ascii', { size: (s: Scope) => s.princ_name_size as number })],
    ['status', pointer('ref', errorStatus)],
  ],
  notImplemented: (_req: rpc__mgmt_inq_princ_nameRequest): rpc__mgmt_inq_princ_nameResponse => ({
    princ_name: '',
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

/** Method wire descriptions by opnum; undefined for not-used-on-wire and reserved slots. */
export const MgmtMethods: MethodTable = [
  rpc__mgmt_inq_if_ids_spec,
  rpc__mgmt_inq_stats_spec,
  rpc__mgmt_is_server_listening_spec,
  rpc__mgmt_stop_server_listening_spec,
  rpc__mgmt_inq_princ_name_spec,
];

// --- Client

export class MgmtClient {
  constructor(private readonly caller: RpcCaller) {}
  rpc__mgmt_inq_if_ids(req: rpc__mgmt_inq_if_idsRequest = {}): Promise<rpc__mgmt_inq_if_idsResponse> {
    return callMethod(this.caller, rpc__mgmt_inq_if_ids_spec, req);
  }
  rpc__mgmt_inq_stats(req: rpc__mgmt_inq_statsRequest): Promise<rpc__mgmt_inq_statsResponse> {
    return callMethod(this.caller, rpc__mgmt_inq_stats_spec, req);
  }
  rpc__mgmt_is_server_listening(
    req: rpc__mgmt_is_server_listeningRequest = {},
  ): Promise<rpc__mgmt_is_server_listeningResponse> {
    return callMethod(this.caller, rpc__mgmt_is_server_listening_spec, req);
  }
  rpc__mgmt_stop_server_listening(
    req: rpc__mgmt_stop_server_listeningRequest = {},
  ): Promise<rpc__mgmt_stop_server_listeningResponse> {
    return callMethod(this.caller, rpc__mgmt_stop_server_listening_spec, req);
  }
  rpc__mgmt_inq_princ_name(req: rpc__mgmt_inq_princ_nameRequest): Promise<rpc__mgmt_inq_princ_nameResponse> {
    return callMethod(this.caller, rpc__mgmt_inq_princ_name_spec, req);
  }
}

// --- Server

export interface MgmtHandlers {
  rpc__mgmt_inq_if_ids(
    ctx: CallContext,
    req: rpc__mgmt_inq_if_idsRequest,
  ): Promise<rpc__mgmt_inq_if_idsResponse> | rpc__mgmt_inq_if_idsResponse;
  rpc__mgmt_inq_stats(
    ctx: CallContext,
    req: rpc__mgmt_inq_statsRequest,
  ): Promise<rpc__mgmt_inq_statsResponse> | rpc__mgmt_inq_statsResponse;
  rpc__mgmt_is_server_listening(
    ctx: CallContext,
    req: rpc__mgmt_is_server_listeningRequest,
  ): Promise<rpc__mgmt_is_server_listeningResponse> | rpc__mgmt_is_server_listeningResponse;
  rpc__mgmt_stop_server_listening(
    ctx: CallContext,
    req: rpc__mgmt_stop_server_listeningRequest,
  ): Promise<rpc__mgmt_stop_server_listeningResponse> | rpc__mgmt_stop_server_listeningResponse;
  rpc__mgmt_inq_princ_name(
    ctx: CallContext,
    req: rpc__mgmt_inq_princ_nameRequest,
  ): Promise<rpc__mgmt_inq_princ_nameResponse> | rpc__mgmt_inq_princ_nameResponse;
}
/** Dispatches mgmt calls to `handlers`; a missing handler answers ERROR_CALL_NOT_IMPLEMENTED. */
export function createMgmtServer(
  handlers: Partial<MgmtHandlers>,
  opts: StubServerOptions = {},
): RpcServerInterface {
  return serveMethods(
    { name: 'mgmt', syntax: MgmtSyntax, transferSyntaxes: ['ndr20'], methods: MgmtMethods },
    handlers,
    opts,
  );
}
