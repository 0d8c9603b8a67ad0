/**
 * The endpoint mapper and mgmt interface over real sockets: host on port 0, winrpc's own client.
 * (rpcclient checks the same server in test/interop.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { Epm, Nca, RpcStatus } from '../../src/errors/status.js';
import { startHost } from '../../src/host/host.js';
import type { RunningHost } from '../../src/host/host.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { EPM_SYNTAX, epmClient, eptLookupAll, eptMap } from '../../src/interfaces/epm/client.js';
import { InquiryType, VersOption } from '../../src/interfaces/epm/constants.js';
import { EpmMethods, EpmOpnum } from '../../src/interfaces/epm/epm.gen.js';
import type { ept_lookup_handle_t, ept_mapRequest, rpc_if_id_t } from '../../src/interfaces/epm/epm.gen.js';
import { buildTower, parseTower } from '../../src/interfaces/epm/tower.js';
import { MGMT_SYNTAX } from '../../src/interfaces/mgmt/server.js';
import { MgmtClient } from '../../src/interfaces/mgmt/mgmt.gen.js';
import { encodeParams, u32 } from '../../src/ndr/index.js';
import { connectTcpRpc } from '../../src/rpc/client.js';
import type { BoundContext, RpcClientConnection } from '../../src/rpc/client.js';
import { resolveTcpEndpoint } from '../../src/interfaces/epm/resolve.js';
import { NDR20_SYNTAX, NDR64_SYNTAX, RpcFault } from '../../src/rpc/types.js';
import type { RpcServerInterface } from '../../src/rpc/types.js';

const NULL = new Uint8Array(20) as ept_lookup_handle_t;
const DUMMY: RpcServerInterface = {
  name: 'dummy',
  syntax: { uuid: '12345678-1234-abcd-ef00-0123456789ab', major: 2, minor: 1 },
  transferSyntaxes: ['ndr20'],
  invoke: () => new Uint8Array(4),
};

let host: RunningHost;
let epmPort: number;
let dynPort: number;
let conn: RpcClientConnection;
let epm: BoundContext;

async function lookupRaw(
  handle: ept_lookup_handle_t,
  maxEnts: number,
  inquiry = 0,
  ifId: rpc_if_id_t | null = null,
  vers = 0,
) {
  const r = await epmClient(conn, epm).ept_lookup({
    inquiry_type: inquiry,
    object: null,
    interface_id: ifId,
    vers_option: vers,
    entry_handle: handle,
    max_ents: maxEnts,
  });
  return { handle: r.entry_handle, n: r.num_ents, entries: r.entries, status: r.status };
}

async function mapWith(req: ept_mapRequest) {
  const r = await epmClient(conn, epm).ept_map(req);
  return { handle: r.entry_handle, n: r.num_towers, towers: r.towers, status: r.status };
}

function mapRaw(towerBytes: Uint8Array | null, maxTowers = 4) {
  const twr = towerBytes ? { tower_length: towerBytes.length, tower_octet_string: towerBytes } : null;
  return mapWith({ object: null, map_tower: twr, entry_handle: NULL, max_towers: maxTowers });
}

describe('endpoint mapper and mgmt over TCP', () => {
  before(async () => {
    const stateDir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-epm-'));
    host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, servicePort: 0, stateDir, logLevel: 'silent' },
      logger: pino({ level: 'silent' }),
      services: [{ name: 'dummy', interfaces: [DUMMY], annotation: 'Dummy service' }],
      principalName: 'winrpc-host',
    });
    epmPort = host.endpoints.find((e) => e.name === 'epm')!.port;
    dynPort = host.endpoints.find((e) => e.name === 'services')!.port;
    conn = await connectTcpRpc('127.0.0.1', epmPort);
    epm = await conn.bind(EPM_SYNTAX);
  });
  after(async () => {
    await conn.close();
    await host.close();
  });

  it('lists every entry once with max_ents = 1, then NOT_REGISTERED and a NULL handle', async () => {
    const statuses: number[] = [];
    const seen: string[] = [];
    let handle = NULL;
    for (let i = 0; i < 10; i++) {
      const r = await lookupRaw(handle, 1);
      statuses.push(r.status);
      for (const e of r.entries) {
        const t = parseTower(e.tower!.tower_octet_string);
        seen.push(`${t.iface.uuid}@${t.endpoint}`);
      }
      handle = r.handle;
      if (r.status !== 0) {
        assert.deepEqual(r.handle, NULL);
        assert.equal(r.n, 0);
        break;
      }
      assert.notDeepEqual(r.handle, NULL, 'the handle stays live while status is 0');
    }
    assert.deepEqual(statuses, [0, 0, 0, 0, Epm.EPT_S_NOT_REGISTERED]);
    assert.deepEqual(seen, [
      `${EPM_SYNTAX.uuid}@${epmPort}`,
      `${MGMT_SYNTAX.uuid}@${epmPort}`,
      `${MGMT_SYNTAX.uuid}@${dynPort}`,
      `${DUMMY.syntax.uuid}@${dynPort}`,
    ]);
  });

  it('eptLookupAll returns towers with the server address and annotations', async () => {
    const all = await eptLookupAll(conn, epm, { pageSize: 2 });
    assert.equal(all.length, 4);
    assert.deepEqual(
      all.map((e) => [e.binding, e.annotation]),
      [
        [`ncacn_ip_tcp:127.0.0.1[${epmPort}]`, 'Endpoint mapper'],
        [`ncacn_ip_tcp:127.0.0.1[${epmPort}]`, 'DCE/RPC remote management'],
        [`ncacn_ip_tcp:127.0.0.1[${dynPort}]`, 'DCE/RPC remote management'],
        [`ncacn_ip_tcp:127.0.0.1[${dynPort}]`, 'Dummy service'],
      ],
    );
    const big = await lookupRaw(NULL, 500);
    assert.equal(big.n, 4);
    assert.equal(big.status, 0);
    const end = await lookupRaw(big.handle, 500);
    assert.equal(end.status, Epm.EPT_S_NOT_REGISTERED);
  });

  it('filters ept_lookup by interface and version option', async () => {
    const ifId = { uuid: DUMMY.syntax.uuid, vers_major: 2, vers_minor: 0 };
    const count = async (vers: number, id = ifId) => {
      const r = await lookupRaw(NULL, 10, InquiryType.MATCH_BY_IF, id, vers);
      if (r.status === 0) await lookupRaw(r.handle, 10, InquiryType.MATCH_BY_IF, id, vers);
      return r.status === 0 ? r.n : 0;
    };
    assert.equal(await count(VersOption.ALL), 1);
    assert.equal(await count(VersOption.COMPATIBLE), 1);
    assert.equal(await count(VersOption.EXACT), 0);
    assert.equal(await count(VersOption.MAJOR_ONLY), 1);
    assert.equal(await count(VersOption.UPTO), 0);
    assert.equal(await count(VersOption.UPTO, { ...ifId, vers_minor: 1 }), 1);
    assert.equal(await count(VersOption.ALL, { ...ifId, uuid: '00000000-1111-2222-3333-444444444444' }), 0);
  });

  it('maps interfaces to their towers', async () => {
    const mgmt = await eptMap(conn, epm, { iface: MGMT_SYNTAX, protseq: 'ncacn_ip_tcp', maxTowers: 1 });
    assert.deepEqual(
      mgmt.map((t) => [t.endpoint, t.host]),
      [
        [String(epmPort), '127.0.0.1'],
        [String(dynPort), '127.0.0.1'],
      ],
    );
    const dummy = await eptMap(conn, epm, { iface: DUMMY.syntax, protseq: 'ncacn_ip_tcp' });
    assert.deepEqual(
      dummy.map((t) => t.endpoint),
      [String(dynPort)],
    );
    // minor version: a registered 2.1 serves a 2.0 client, not a 2.2 one; major must match.
    assert.equal(
      (await eptMap(conn, epm, { iface: { ...DUMMY.syntax, minor: 0 }, protseq: 'ncacn_ip_tcp' })).length,
      1,
    );
    assert.equal(
      (await eptMap(conn, epm, { iface: { ...DUMMY.syntax, minor: 2 }, protseq: 'ncacn_ip_tcp' })).length,
      0,
    );
    assert.equal(
      (await eptMap(conn, epm, { iface: { ...DUMMY.syntax, major: 1 }, protseq: 'ncacn_ip_tcp' })).length,
      0,
    );
    // transfer syntax: the tower echoes NDR64 for an interface that speaks it, none for one that does not.
    const e64 = await eptMap(conn, epm, {
      iface: EPM_SYNTAX,
      protseq: 'ncacn_ip_tcp',
      transferSyntax: NDR64_SYNTAX,
    });
    assert.deepEqual(e64[0].transferSyntax, NDR64_SYNTAX);
    assert.equal(
      (
        await eptMap(conn, epm, {
          iface: DUMMY.syntax,
          protseq: 'ncacn_ip_tcp',
          transferSyntax: NDR64_SYNTAX,
        })
      ).length,
      0,
    );
    assert.equal((await eptMap(conn, epm, { iface: DUMMY.syntax, protseq: 'ncadg_ip_udp' })).length, 0);
    assert.equal((await eptMap(conn, epm, { iface: DUMMY.syntax, protseq: 'ncacn_np' })).length, 0);
  });

  it('pages ept_map with an entry handle when max_towers is smaller than the match', async () => {
    const query = buildTower({
      iface: MGMT_SYNTAX,
      transferSyntax: NDR20_SYNTAX,
      protseq: 'ncacn_ip_tcp',
      endpoint: '0',
      host: '',
    });
    const first = await mapRaw(query, 1);
    assert.equal(first.status, 0);
    assert.equal(first.n, 1);
    assert.notDeepEqual(first.handle, NULL);
    const second = await mapWith({
      object: null,
      map_tower: null,
      entry_handle: first.handle,
      max_towers: 1,
    });
    assert.equal(second.n, 1);
    assert.deepEqual(second.handle, NULL);
    assert.equal(parseTower(second.towers[0]!.tower_octet_string).endpoint, String(dynPort));
  });

  it('answers bad towers with NOT_REGISTERED and bad stubs with a fault', async () => {
    assert.equal((await mapRaw(null)).status, Epm.EPT_S_NOT_REGISTERED);
    assert.equal((await mapRaw(Uint8Array.of(9, 0, 1, 2, 3))).status, Epm.EPT_S_NOT_REGISTERED);
    await assert.rejects(
      conn.call(epm, EpmOpnum.ept_map, Uint8Array.of(1, 2, 3)),
      (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_fault_ndr,
    );
    // max_towers is [range(0,500)]; the generated encoder refuses 501, so the stub is put together here.
    const mapIn = EpmMethods[EpmOpnum.ept_map]!.request;
    const tooMany = encodeParams('ndr20', [
      [mapIn[0][1], null],
      [mapIn[1][1], null],
      [mapIn[2][1], NULL],
      [u32, 501],
    ]);
    await assert.rejects(
      conn.call(epm, EpmOpnum.ept_map, tooMany),
      (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_fault_ndr,
    );
  });

  it('refuses remote ept_insert/ept_delete/ept_mgmt_delete with EPT_S_CANT_PERFORM_OP and faults unknown opnums', async () => {
    const c = epmClient(conn, epm);
    const refused = { status: Epm.EPT_S_CANT_PERFORM_OP_WIN32 };
    assert.deepEqual(await c.ept_insert({ num_ents: 0, entries: [], replace: 0 }), refused);
    assert.deepEqual(await c.ept_delete({ num_ents: 0, entries: [] }), refused);
    assert.deepEqual(await c.ept_mgmt_delete({ object_speced: 0, object: null, tower: null }), refused);
    assert.deepEqual(await c.ept_inq_object(), {
      ept_object: '00000000-0000-0000-0000-000000000000',
      ...refused,
    });
    await assert.rejects(
      conn.call(epm, 9, new Uint8Array(0)),
      (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_op_rng_error,
    );
  });

  it('frees lookup handles, after which they are unknown', async () => {
    const r = await lookupRaw(NULL, 1);
    assert.notDeepEqual(r.handle, NULL);
    assert.deepEqual(await epmClient(conn, epm).ept_lookup_handle_free({ entry_handle: r.handle }), {
      entry_handle: NULL,
      status: 0,
    });
    await assert.rejects(lookupRaw(r.handle, 1), (e: unknown) => e instanceof RpcFault);
  });

  it('keeps lookup handles per association', async () => {
    const r = await lookupRaw(NULL, 1);
    const other = await connectTcpRpc('127.0.0.1', epmPort);
    try {
      const ctx = await other.bind(EPM_SYNTAX);
      const req = { inquiry_type: 0, object: null, interface_id: null, vers_option: 0, max_ents: 1 };
      await assert.rejects(
        epmClient(other, ctx).ept_lookup({ ...req, entry_handle: r.handle }),
        (e: unknown) => e instanceof RpcFault,
      );
    } finally {
      await other.close();
    }
  });

  it('answers ept_lookup and ept_map over NDR64 too', async () => {
    const c64 = await connectTcpRpc('127.0.0.1', epmPort);
    try {
      const ctx = await c64.bind(EPM_SYNTAX, { transferSyntaxes: ['ndr64'] });
      assert.equal(ctx.syntax, 'ndr64');
      const all = await eptLookupAll(c64, ctx, { pageSize: 3 });
      assert.equal(all.length, 4);
      const towers = await eptMap(c64, ctx, { iface: DUMMY.syntax, protseq: 'ncacn_ip_tcp' });
      assert.deepEqual(
        towers.map((t) => t.endpoint),
        [String(dynPort)],
      );
    } finally {
      await c64.close();
    }
  });

  it('resolves a dynamic endpoint', async () => {
    assert.equal(await resolveTcpEndpoint('127.0.0.1', DUMMY.syntax, { epmPort }), dynPort);
    await assert.rejects(
      resolveTcpEndpoint('127.0.0.1', { ...DUMMY.syntax, major: 9 }, { epmPort }),
      /not registered/,
    );
  });

  it('serves mgmt on the dynamic port', async () => {
    const m = await connectTcpRpc('127.0.0.1', dynPort);
    try {
      const ctx = await m.bind(MGMT_SYNTAX);
      const mgmt = new MgmtClient({ syntax: ctx.syntax, call: (op, stub) => m.call(ctx, op, stub) });
      const ifIds = await mgmt.rpc__mgmt_inq_if_ids();
      assert.equal(ifIds.status, 0);
      assert.deepEqual(
        ifIds.if_id_vector?.if_id.map((i) => i?.uuid).sort(),
        [EPM_SYNTAX.uuid, MGMT_SYNTAX.uuid, DUMMY.syntax.uuid].sort(),
      );

      const stats = await mgmt.rpc__mgmt_inq_stats({ count: 4 });
      assert.equal(stats.count, 4);
      assert.equal(stats.statistics.length, 4);
      assert.ok(stats.statistics[0] > 0, 'calls in counted');
      assert.equal(stats.status, 0);
      // count is [range(0,50)]: 51 is put on the wire by hand, the generated encoder refuses it.
      await assert.rejects(
        m.call(ctx, 1, encodeParams('ndr20', [[u32, 51]])),
        (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_fault_ndr,
      );

      assert.deepEqual(await mgmt.rpc__mgmt_is_server_listening(), { status: 0, ret: 1 });
      assert.deepEqual(await mgmt.rpc__mgmt_stop_server_listening(), {
        status: RpcStatus.RPC_S_ACCESS_DENIED,
      });

      const princ = async (size: number) =>
        (await mgmt.rpc__mgmt_inq_princ_name({ authn_proto: 10, princ_name_size: size })).princ_name;
      assert.equal(await princ(100), 'winrpc-host');
      assert.equal(await princ(4), 'win');
      assert.equal(await princ(1), '');
      // No [string] fits in zero chars (it always carries its NUL): an invalid-bound fault, not bad bytes.
      await assert.rejects(
        princ(0),
        (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_fault_invalid_bound,
      );
      await assert.rejects(
        m.call(
          ctx,
          4,
          encodeParams('ndr20', [
            [u32, 10],
            [u32, 4097],
          ]),
        ),
        RpcFault,
      );
      await assert.rejects(
        m.call(ctx, 5, new Uint8Array(0)),
        (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_op_rng_error,
      );
    } finally {
      await m.close();
    }
  });
});
