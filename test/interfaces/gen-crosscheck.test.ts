/**
 * The generated EPM and mgmt codecs against the hand-written descriptions in
 * src/interfaces/{epm,mgmt}/wire.ts (written from C706 / MS-RPCE independently of the IDL compiler):
 * the same values must give the same stub bytes in both transfer syntaxes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeParams, type NdrType, type Scope } from '../../src/ndr/index.js';
import { EpmMethods, EpmOpnum } from '../../src/interfaces/epm/epm.gen.js';
import { eptLookupIn, eptLookupOutTypes, eptMapIn, eptMapOutTypes } from '../../src/interfaces/epm/wire.js';
import { MgmtMethods, MgmtOpnum } from '../../src/interfaces/mgmt/mgmt.gen.js';
import {
  inqIfIdsOut,
  inqPrincNameIn,
  inqStatsIn,
  inqStatsOut,
  isServerListeningOut,
} from '../../src/interfaces/mgmt/wire.js';
import { encodeRequest, encodeResponse, type MethodTable } from '../../src/rpc/stubs.js';
import type { TransferSyntax } from '../../src/rpc/types.js';

const HANDLE = Uint8Array.from({ length: 20 }, (_, i) => (i * 7) & 0xff);
const TOWER = { tower_length: 5, tower_octet_string: Uint8Array.of(1, 0, 0x0d, 4, 0) };

function handWritten(
  syntax: TransferSyntax,
  types: readonly NdrType<unknown>[],
  values: readonly unknown[],
  scope: Scope,
): Uint8Array {
  return encodeParams(
    syntax,
    types.map((t, i) => [t, values[i]] as const),
    scope,
  );
}

interface Case {
  readonly name: string;
  readonly methods: MethodTable;
  readonly opnum: number;
  readonly req: Scope;
  readonly resp?: Scope;
  readonly handReq?: [readonly NdrType<unknown>[], readonly unknown[]];
  readonly handResp?: [readonly NdrType<unknown>[], readonly unknown[]];
}

const CASES: readonly Case[] = [
  {
    name: 'ept_map',
    methods: EpmMethods,
    opnum: EpmOpnum.ept_map,
    req: {
      object: '00000000-0000-0000-0000-000000000000',
      map_tower: TOWER,
      entry_handle: HANDLE,
      max_towers: 4,
    },
    resp: { entry_handle: HANDLE, num_towers: 2, towers: [TOWER, { ...TOWER }], status: 0 },
    handReq: [eptMapIn, ['00000000-0000-0000-0000-000000000000', TOWER, HANDLE, 4]],
    handResp: [eptMapOutTypes(), [HANDLE, 2, [TOWER, { ...TOWER }], 0]],
  },
  {
    name: 'ept_lookup',
    methods: EpmMethods,
    opnum: EpmOpnum.ept_lookup,
    req: {
      inquiry_type: 1,
      object: null,
      interface_id: { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', vers_major: 3, vers_minor: 0 },
      vers_option: 1,
      entry_handle: HANDLE,
      max_ents: 3,
    },
    resp: {
      entry_handle: HANDLE,
      num_ents: 1,
      entries: [
        { object: '11111111-2222-3333-4444-555555555555', tower: TOWER, annotation: Uint8Array.of(0x61, 0) },
      ],
      status: 0,
    },
    handReq: [
      eptLookupIn,
      [1, null, { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', vers_major: 3, vers_minor: 0 }, 1, HANDLE, 3],
    ],
    handResp: [
      eptLookupOutTypes(),
      [
        HANDLE,
        1,
        [
          {
            object: '11111111-2222-3333-4444-555555555555',
            tower: TOWER,
            annotation: Uint8Array.of(0x61, 0),
          },
        ],
        0,
      ],
    ],
  },
  {
    name: 'rpc__mgmt_inq_if_ids',
    methods: MgmtMethods,
    opnum: MgmtOpnum.rpc__mgmt_inq_if_ids,
    req: {},
    resp: {
      if_id_vector: {
        count: 1,
        if_id: [{ uuid: 'afa8bd80-7d8a-11c9-bef4-08002b102989', vers_major: 1, vers_minor: 0 }],
      },
      status: 0,
    },
    handResp: [
      inqIfIdsOut,
      [
        { count: 1, if_id: [{ uuid: 'afa8bd80-7d8a-11c9-bef4-08002b102989', vers_major: 1, vers_minor: 0 }] },
        0,
      ],
    ],
  },
  {
    name: 'rpc__mgmt_inq_stats',
    methods: MgmtMethods,
    opnum: MgmtOpnum.rpc__mgmt_inq_stats,
    req: { count: 4 },
    resp: { count: 4, statistics: [1, 2, 3, 4], status: 0 },
    handReq: [inqStatsIn, [4]],
    handResp: [inqStatsOut, [4, [1, 2, 3, 4], 0]],
  },
  {
    name: 'rpc__mgmt_is_server_listening',
    methods: MgmtMethods,
    opnum: MgmtOpnum.rpc__mgmt_is_server_listening,
    req: {},
    resp: { status: 0, ret: 1 },
    handResp: [isServerListeningOut, [0, 1]],
  },
  {
    name: 'rpc__mgmt_inq_princ_name',
    methods: MgmtMethods,
    opnum: MgmtOpnum.rpc__mgmt_inq_princ_name,
    req: { authn_proto: 10, princ_name_size: 256 },
    handReq: [inqPrincNameIn, [10, 256]],
  },
];

describe('generated codecs agree with the hand-written EPM / mgmt descriptions', () => {
  for (const c of CASES) {
    for (const syntax of ['ndr20', 'ndr64'] as const) {
      it(`${c.name} (${syntax})`, () => {
        const spec = c.methods[c.opnum];
        assert.ok(spec);
        if (c.handReq) {
          assert.deepEqual(
            encodeRequest(spec, syntax, c.req),
            handWritten(syntax, c.handReq[0], c.handReq[1], c.req),
          );
        }
        if (c.resp && c.handResp) {
          const scope = { ...c.req, ...c.resp };
          assert.deepEqual(
            encodeResponse(spec, syntax, c.req, c.resp),
            handWritten(syntax, c.handResp[0], c.handResp[1], scope),
          );
        }
      });
    }
  }
});
