/**
 * Big-endian requests reach the generated decoders: raw request PDUs with drep `00 00 00 00`
 * (big-endian integers, ASCII, IEEE) sent to a real RpcServer over TCP get the same answers as
 * little-endian ones. The responses are little-endian, as the drep winrpc sends says.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EPM_SYNTAX } from '../../src/interfaces/epm/constants.js';
import { EndpointDatabase } from '../../src/interfaces/epm/database.js';
import { EpmMethods, EpmOpnum } from '../../src/interfaces/epm/epm.gen.js';
import type { ept_mapResponse } from '../../src/interfaces/epm/epm.gen.js';
import { createEpmInterface } from '../../src/interfaces/epm/server.js';
import { parseTower } from '../../src/interfaces/epm/tower.js';
import { MgmtMethods, MgmtOpnum } from '../../src/interfaces/mgmt/mgmt.gen.js';
import { MGMT_SYNTAX, createMgmtInterface } from '../../src/interfaces/mgmt/server.js';
import { PfcFlags, type Pdu } from '../../src/rpc/pdu.js';
import { RpcServer } from '../../src/rpc/server.js';
import { decodeResponse } from '../../src/rpc/stubs.js';
import { RawClient, ctx, listen, type Listening } from '../fixtures/rpc-server/raw-client.js';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const BIG_ENDIAN_DREP = Uint8Array.of(0, 0, 0, 0);
const LITTLE_ENDIAN_DREP = Uint8Array.of(0x10, 0, 0, 0);

// ept_map for mgmt v1.0 over ncacn_ip_tcp with NDR20, every NDR integer big-endian:
//   object        [ptr] referent 00000001, nil GUID (16 zero bytes: zero in either byte order)
//   map_tower     [ptr] referent 00000002; twr_t: tower_length 0000004b, max_count 0000004b
//                 (conformant struct: the array's max_count is hoisted before the struct), then the
//                 75 tower bytes unchanged: a tower is a byte array whose inner encoding is fixed
//                 by [C706] App. L (floor counts/lengths little-endian, port and IPv4 big-endian),
//                 not by the drep; then 1 pad byte to the next 4-byte boundary
//   entry_handle  20 zero bytes (NULL context handle: attributes 0 + nil UUID)
//   max_towers    000001f4 = 500
const EPT_MAP_BE = hex(`
  00000001 00000000000000000000000000000000
  00000002 0000004b 0000004b
  050013000d80bda8af8a7dc911bef408002b10298901000200000013000d045d888aeb1cc9119fe808002b104860
  02000200000001000b020000000100070200000001000904007f000001 00
  0000000000000000000000000000000000000000
  000001f4`);

// inq_stats, big-endian: [in, out] unsigned32 *count (top-level [ref]: no referent) = 00000003.
const INQ_STATS_BE = hex('00000003');
// inq_princ_name, big-endian: authn_proto 0000000a, princ_name_size 00000008.
const INQ_PRINC_NAME_BE = hex('0000000a 00000008');

let server: RpcServer;
let listening: Listening;
let client: RawClient;
let callId = 10;

async function call(contextId: number, opnum: number, stub: Uint8Array, drep: Uint8Array): Promise<Pdu> {
  client.send({
    type: 'request',
    callId: ++callId,
    flags: PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG,
    drep,
    allocHint: stub.length,
    contextId,
    opnum,
    stub,
  });
  const reply = await client.next();
  assert.ok(reply, 'the server answered');
  return reply;
}

function responseStub(p: Pdu): Uint8Array {
  assert.equal(p.type, 'response', `expected a response, got ${p.type}`);
  assert.deepEqual(p.drep, LITTLE_ENDIAN_DREP);
  return p.stub;
}

describe('big-endian requests through RpcServer over TCP', () => {
  before(async () => {
    const db = new EndpointDatabase();
    db.register({
      iface: EPM_SYNTAX,
      protseq: 'ncacn_ip_tcp',
      endpoint: '135',
      annotation: 'Endpoint mapper',
    });
    db.register({ iface: MGMT_SYNTAX, protseq: 'ncacn_ip_tcp', endpoint: '135', annotation: 'mgmt' });
    db.register({ iface: MGMT_SYNTAX, protseq: 'ncacn_ip_tcp', endpoint: '49700', annotation: 'mgmt' });
    server = new RpcServer({ principalName: 'be-test-host' });
    server.register(createEpmInterface(db));
    server.register(createMgmtInterface());
    listening = await listen(server);
    client = await RawClient.connect(listening.port);
    const ack = await client.bind([ctx(0, EPM_SYNTAX), ctx(1, MGMT_SYNTAX)]);
    assert.equal(ack?.type, 'bind_ack');
  });
  after(async () => {
    client.close();
    await listening.close();
    server.close();
  });

  it('ept_map with drep 00 00 00 00 maps mgmt to both of its endpoints', async () => {
    const spec = EpmMethods[EpmOpnum.ept_map]!;
    const req = { max_towers: 500 };
    const out = decodeResponse(
      spec,
      'ndr20',
      responseStub(await call(0, EpmOpnum.ept_map, EPT_MAP_BE, BIG_ENDIAN_DREP)),
      req,
    ) as ept_mapResponse;
    assert.equal(out.status, 0);
    assert.deepEqual(out.entry_handle, new Uint8Array(20));
    assert.deepEqual(
      out.towers.map((t) => {
        const tower = parseTower(t!.tower_octet_string);
        return [tower.iface.uuid, tower.endpoint, tower.host];
      }),
      [
        [MGMT_SYNTAX.uuid, '135', '127.0.0.1'],
        [MGMT_SYNTAX.uuid, '49700', '127.0.0.1'],
      ],
    );
  });

  it('the same ept_map stub read as little-endian is refused (the drep is what decides)', async () => {
    // 0x01000000 as a little-endian referent is fine, but tower_length 0x4b000000 exceeds [range(0,2000)].
    const reply = await call(0, EpmOpnum.ept_map, EPT_MAP_BE, LITTLE_ENDIAN_DREP);
    assert.equal(reply.type, 'fault');
  });

  it('mgmt inq_stats and inq_princ_name with drep 00 00 00 00', async () => {
    const stats = decodeResponse(
      MgmtMethods[MgmtOpnum.rpc__mgmt_inq_stats]!,
      'ndr20',
      responseStub(await call(1, MgmtOpnum.rpc__mgmt_inq_stats, INQ_STATS_BE, BIG_ENDIAN_DREP)),
      {},
    );
    assert.equal(stats.count, 3);
    assert.equal((stats.statistics as number[]).length, 3);
    assert.equal(stats.status, 0);

    const princ = decodeResponse(
      MgmtMethods[MgmtOpnum.rpc__mgmt_inq_princ_name]!,
      'ndr20',
      responseStub(await call(1, MgmtOpnum.rpc__mgmt_inq_princ_name, INQ_PRINC_NAME_BE, BIG_ENDIAN_DREP)),
      { authn_proto: 10, princ_name_size: 8 },
    );
    assert.deepEqual(princ, { princ_name: 'be-test', status: 0 });
  });
});
