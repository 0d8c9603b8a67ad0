// Generated from idl/epm.idl (interface epm v3.0) by `npm run gen`.
// Do not edit: change the IDL (or idl/patches) or src/idl/emit*.ts and regenerate.

import {
  byte,
  conformantArray,
  conformantVaryingArray,
  contextHandle,
  errorStatus,
  guid,
  lazy,
  pointer,
  range,
  struct,
  u16,
  u32,
  u8,
  varyingArray,
} from '../../ndr/index.js';
import type { NdrType, Scope } from '../../ndr/index.js';
import { Win32 } from '../../errors/status.js';
import type { RpcCaller } from '../../rpc/caller.js';
import { callMethod, serveMethods } from '../../rpc/stubs.js';
import type { MethodSpec, MethodTable, StubServerOptions } from '../../rpc/stubs.js';
import type { CallContext, RpcServerInterface, SyntaxId } from '../../rpc/types.js';

// --- Context handles (branded: a handle of one kind is refused where another is expected)

export type ept_lookup_handle_t = Uint8Array & { readonly __brand: 'ept_lookup_handle_t' };
export const ept_lookup_handle_t_ndr = contextHandle as NdrType<ept_lookup_handle_t>;

// --- Types

export interface ept_entry_t {
  object: string;
  tower: twr_t | null;
  annotation: Uint8Array;
}
export const ept_entry_t_ndr: NdrType<ept_entry_t> = struct<ept_entry_t>('ept_entry_t', [
  ['object', guid],
  [
    'tower',
    pointer(
      'full',
      lazy(() => twr_t_ndr),
    ),
  ],
  ['annotation', varyingArray(u8, 64)],
]);

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

export interface twr_t {
  tower_length: number;
  tower_octet_string: Uint8Array;
}
export const twr_t_ndr: NdrType<twr_t> = struct<twr_t>('twr_t', [
  ['tower_length', range(u32, 0, 2000)],
  ['tower_octet_string', conformantArray(byte, { size: (s: Scope) => s.tower_length as number })],
]);

// --- Interface syntax and opnums

export const EpmSyntax: SyntaxId = { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 };
/** Every opnum of epm v3.0; index = opnum. */
export const EpmOpnums = {
  syntax: EpmSyntax,
  ops: [
    { opnum: 0, name: 'ept_insert', kind: 'method' },
    { opnum: 1, name: 'ept_delete', kind: 'method' },
    { opnum: 2, name: 'ept_lookup', kind: 'method' },
    { opnum: 3, name: 'ept_map', kind: 'method' },
    { opnum: 4, name: 'ept_lookup_handle_free', kind: 'method' },
    { opnum: 5, name: 'ept_inq_object', kind: 'method' },
    { opnum: 6, name: 'ept_mgmt_delete', kind: 'method' },
  ],
} as const;
export const EpmOpnum = {
  ept_insert: 0,
  ept_delete: 1,
  ept_lookup: 2,
  ept_map: 3,
  ept_lookup_handle_free: 4,
  ept_inq_object: 5,
  ept_mgmt_delete: 6,
} as const;

// --- Methods: request / response types and wire descriptions

export type ept_insertRequest = {
  num_ents: number;
  entries: ept_entry_t[];
  replace: number;
};
export type ept_insertResponse = {
  status: number;
};
const ept_insert_spec: MethodSpec<ept_insertRequest, ept_insertResponse> = {
  opnum: 0,
  name: 'ept_insert',
  request: [
    ['num_ents', u32],
    ['entries', conformantArray(ept_entry_t_ndr, { size: (s: Scope) => s.num_ents as number })],
    ['replace', u32],
  ],
  response: [['status', pointer('ref', errorStatus)]],
  notImplemented: (_req: ept_insertRequest): ept_insertResponse => ({
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ept_deleteRequest = {
  num_ents: number;
  entries: ept_entry_t[];
};
export type ept_deleteResponse = {
  status: number;
};
const ept_delete_spec: MethodSpec<ept_deleteRequest, ept_deleteResponse> = {
  opnum: 1,
  name: 'ept_delete',
  request: [
    ['num_ents', u32],
    ['entries', conformantArray(ept_entry_t_ndr, { size: (s: Scope) => s.num_ents as number })],
  ],
  response: [['status', pointer('ref', errorStatus)]],
  notImplemented: (_req: ept_deleteRequest): ept_deleteResponse => ({
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ept_lookupRequest = {
  inquiry_type: number;
  object: string | null;
  interface_id: rpc_if_id_t | null;
  vers_option: number;
  entry_handle: ept_lookup_handle_t;
  max_ents: number;
};
export type ept_lookupResponse = {
  entry_handle: ept_lookup_handle_t;
  num_ents: number;
  entries: ept_entry_t[];
  status: number;
};
const ept_lookup_spec: MethodSpec<ept_lookupRequest, ept_lookupResponse> = {
  opnum: 2,
  name: 'ept_lookup',
  request: [
    ['inquiry_type', u32],
    ['object', pointer('full', guid)],
    ['interface_id', pointer('full', rpc_if_id_t_ndr)],
    ['vers_option', u32],
    ['entry_handle', pointer('ref', ept_lookup_handle_t_ndr)],
    ['max_ents', range(u32, 0, 500)],
  ],
  response: [
    ['entry_handle', pointer('ref', ept_lookup_handle_t_ndr)],
    ['num_ents', pointer('ref', u32)],
    [
      'entries',
      conformantVaryingArray(ept_entry_t_ndr, {
        size: (s: Scope) => s.max_ents as number,
        length: (s: Scope) => s.num_ents as number,
      }),
    ],
    ['status', pointer('ref', errorStatus)],
  ],
  notImplemented: (req: ept_lookupRequest): ept_lookupResponse => ({
    entry_handle: req.entry_handle,
    num_ents: 0,
    entries: [],
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ept_mapRequest = {
  object: string | null;
  map_tower: twr_t | null;
  entry_handle: ept_lookup_handle_t;
  max_towers: number;
};
export type ept_mapResponse = {
  entry_handle: ept_lookup_handle_t;
  num_towers: number;
  towers: (twr_t | null)[];
  status: number;
};
const ept_map_spec: MethodSpec<ept_mapRequest, ept_mapResponse> = {
  opnum: 3,
  name: 'ept_map',
  request: [
    ['object', pointer('full', guid)],
    ['map_tower', pointer('full', twr_t_ndr)],
    ['entry_handle', pointer('ref', ept_lookup_handle_t_ndr)],
    ['max_towers', range(u32, 0, 500)],
  ],
  response: [
    ['entry_handle', pointer('ref', ept_lookup_handle_t_ndr)],
    ['num_towers', pointer('ref', u32)],
    [
      'towers',
      pointer(
        'ref',
        conformantVaryingArray(pointer('full', twr_t_ndr), {
          size: (s: Scope) => s.max_towers as number,
          length: (s: Scope) => s.num_towers as number,
        }),
      ),
    ],
    ['status', pointer('ref', errorStatus)],
  ],
  notImplemented: (req: ept_mapRequest): ept_mapResponse => ({
    entry_handle: req.entry_handle,
    num_towers: 0,
    towers: [],
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ept_lookup_handle_freeRequest = {
  entry_handle: ept_lookup_handle_t;
};
export type ept_lookup_handle_freeResponse = {
  entry_handle: ept_lookup_handle_t;
  status: number;
};
const ept_lookup_handle_free_spec: MethodSpec<ept_lookup_handle_freeRequest, ept_lookup_handle_freeResponse> =
  {
    opnum: 4,
    name: 'ept_lookup_handle_free',
    request: [['entry_handle', pointer('ref', ept_lookup_handle_t_ndr)]],
    response: [
      ['entry_handle', pointer('ref', ept_lookup_handle_t_ndr)],
      ['status', pointer('ref', errorStatus)],
    ],
    notImplemented: (req: ept_lookup_handle_freeRequest): ept_lookup_handle_freeResponse => ({
      entry_handle: req.entry_handle,
      status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
    }),
  };

export type ept_inq_objectRequest = Record<string, never>;
export type ept_inq_objectResponse = {
  ept_object: string;
  status: number;
};
const ept_inq_object_spec: MethodSpec<ept_inq_objectRequest, ept_inq_objectResponse> = {
  opnum: 5,
  name: 'ept_inq_object',
  request: [],
  response: [
    ['ept_object', pointer('ref', guid)],
    ['status', pointer('ref', errorStatus)],
  ],
  notImplemented: (_req: ept_inq_objectRequest): ept_inq_objectResponse => ({
    ept_object: '00000000-0000-0000-0000-000000000000',
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type ept_mgmt_deleteRequest = {
  object_speced: number;
  object: string | null;
  tower: twr_t | null;
};
export type ept_mgmt_deleteResponse = {
  status: number;
};
const ept_mgmt_delete_spec: MethodSpec<ept_mgmt_deleteRequest, ept_mgmt_deleteResponse> = {
  opnum: 6,
  name: 'ept_mgmt_delete',
  request: [
    ['object_speced', u32],
    ['object', pointer('full', guid)],
    ['tower', pointer('full', twr_t_ndr)],
  ],
  response: [['status', pointer('ref', errorStatus)]],
  notImplemented: (_req: ept_mgmt_deleteRequest): ept_mgmt_deleteResponse => ({
    status: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

/** Method wire descriptions by opnum; undefined for not-used-on-wire and reserved slots. */
export const EpmMethods: MethodTable = [
  ept_insert_spec,
  ept_delete_spec,
  ept_lookup_spec,
  ept_map_spec,
  ept_lookup_handle_free_spec,
  ept_inq_object_spec,
  ept_mgmt_delete_spec,
];

// --- Client

export class EpmClient {
  constructor(private readonly caller: RpcCaller) {}
  ept_insert(req: ept_insertRequest): Promise<ept_insertResponse> {
    return callMethod(this.caller, ept_insert_spec, req);
  }
  ept_delete(req: ept_deleteRequest): Promise<ept_deleteResponse> {
    return callMethod(this.caller, ept_delete_spec, req);
  }
  ept_lookup(req: ept_lookupRequest): Promise<ept_lookupResponse> {
    return callMethod(this.caller, ept_lookup_spec, req);
  }
  ept_map(req: ept_mapRequest): Promise<ept_mapResponse> {
    return callMethod(this.caller, ept_map_spec, req);
  }
  ept_lookup_handle_free(req: ept_lookup_handle_freeRequest): Promise<ept_lookup_handle_freeResponse> {
    return callMethod(this.caller, ept_lookup_handle_free_spec, req);
  }
  ept_inq_object(req: ept_inq_objectRequest = {}): Promise<ept_inq_objectResponse> {
    return callMethod(this.caller, ept_inq_object_spec, req);
  }
  ept_mgmt_delete(req: ept_mgmt_deleteRequest): Promise<ept_mgmt_deleteResponse> {
    return callMethod(this.caller, ept_mgmt_delete_spec, req);
  }
}

// --- Server

export interface EpmHandlers {
  ept_insert(ctx: CallContext, req: ept_insertRequest): Promise<ept_insertResponse> | ept_insertResponse;
  ept_delete(ctx: CallContext, req: ept_deleteRequest): Promise<ept_deleteResponse> | ept_deleteResponse;
  ept_lookup(ctx: CallContext, req: ept_lookupRequest): Promise<ept_lookupResponse> | ept_lookupResponse;
  ept_map(ctx: CallContext, req: ept_mapRequest): Promise<ept_mapResponse> | ept_mapResponse;
  ept_lookup_handle_free(
    ctx: CallContext,
    req: ept_lookup_handle_freeRequest,
  ): Promise<ept_lookup_handle_freeResponse> | ept_lookup_handle_freeResponse;
  ept_inq_object(
    ctx: CallContext,
    req: ept_inq_objectRequest,
  ): Promise<ept_inq_objectResponse> | ept_inq_objectResponse;
  ept_mgmt_delete(
    ctx: CallContext,
    req: ept_mgmt_deleteRequest,
  ): Promise<ept_mgmt_deleteResponse> | ept_mgmt_deleteResponse;
}
/** Dispatches epm calls to `handlers`; a missing handler answers ERROR_CALL_NOT_IMPLEMENTED. */
export function createEpmServer(
  handlers: Partial<EpmHandlers>,
  opts: StubServerOptions = {},
): RpcServerInterface {
  return serveMethods(
    { name: 'epm', syntax: EpmSyntax, transferSyntaxes: ['ndr20'], methods: EpmMethods },
    handlers,
    opts,
  );
}
