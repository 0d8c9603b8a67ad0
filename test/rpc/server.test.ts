import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BindNakReason, ContextResult, Nca, ProviderReason, RpcStatus } from '../../src/errors/status.js';
import {
  BindTimeFeature,
  NULL_SYNTAX,
  PfcFlags,
  bindTimeFeatureSyntax,
  encodePdu,
  type Pdu,
} from '../../src/rpc/pdu.js';
import { RpcServer } from '../../src/rpc/server.js';
import { AuthLevel, NDR20_SYNTAX, NDR64_SYNTAX, type SyntaxId } from '../../src/rpc/types.js';
import { RawClient, ctx, le32, listen, stubOf, type Listening } from '../fixtures/rpc-server/raw-client.js';
import {
  HANDLE_KIND,
  Op,
  TEST_SYNTAX,
  createTestInterface,
  type TestInterface,
} from '../fixtures/rpc-server/test-interface.js';

const FL = PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG;
const PREF64: SyntaxId = { uuid: '0b6edbfa-4a24-4fc6-8a23-942b1eca65d1', major: 3, minor: 0 };
const ONLY64: SyntaxId = { uuid: '0b6edbfa-4a24-4fc6-8a23-942b1eca65d2', major: 1, minor: 0 };
const SECURE: SyntaxId = { uuid: '0b6edbfa-4a24-4fc6-8a23-942b1eca65d3', major: 1, minor: 0 };
const UNKNOWN: SyntaxId = { uuid: '11111111-2222-3333-4444-555555555555', major: 1, minor: 0 };

/** The PDU interface whose `type` admits T (bind_ack and alter_context_resp share one). */
type PduOf<T extends Pdu['type']> = Pdu extends infer P
  ? P extends Pdu
    ? T extends P['type']
      ? P
      : never
    : never
  : never;

function expectType<T extends Pdu['type']>(p: Pdu | undefined, type: T): PduOf<T> {
  assert.ok(p, `expected ${type}, connection closed`);
  assert.equal(p.type, type, `expected ${type}, got ${JSON.stringify(p)}`);
  return p as PduOf<T>;
}

function waitFor(cond: () => boolean, ms = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = (): void => {
      if (cond()) return resolve();
      if (Date.now() - start > ms) return reject(new Error('condition not reached'));
      setTimeout(tick, 5);
    };
    tick();
  });
}

let server: RpcServer;
let net: Listening;
let test: TestInterface;
const clients: RawClient[] = [];

async function client(): Promise<RawClient> {
  const c = await RawClient.connect(net.port);
  clients.push(c);
  return c;
}

async function bound(
  opts: { assocGroupId?: number; maxRecvFrag?: number } = {},
): Promise<[RawClient, number]> {
  const c = await client();
  const ack = expectType(await c.bind([ctx(0, TEST_SYNTAX)], opts), 'bind_ack');
  assert.equal(ack.results[0].result, ContextResult.ACCEPTANCE);
  return [c, ack.assocGroupId];
}

before(async () => {
  server = new RpcServer({ principalName: 'test', maxCallBytes: 64 * 1024, maxCallsPerConnection: 16 });
  test = createTestInterface();
  server.register(test.iface);
  server.register(createTestInterface({ syntax: PREF64, transferSyntaxes: ['ndr64', 'ndr20'] }).iface);
  server.register(createTestInterface({ syntax: ONLY64, transferSyntaxes: ['ndr64'] }).iface);
  server.register(createTestInterface({ syntax: SECURE, minAuthLevel: AuthLevel.PKT_PRIVACY }).iface);
  net = await listen(server);
});

beforeEach(() => {
  for (const c of clients.splice(0)) c.close();
});

after(async () => {
  for (const c of clients.splice(0)) c.close();
  server.close();
  await net.close();
});

describe('bind', () => {
  it('NDR20-only interface: acceptance, sec_addr = endpoint, frag sizes', async () => {
    const c = await client();
    const ack = expectType(
      await c.bind([ctx(0, TEST_SYNTAX, NDR20_SYNTAX)], { maxXmitFrag: 4280, maxRecvFrag: 8000 }),
      'bind_ack',
    );
    assert.equal(ack.secAddr, String(net.port));
    assert.equal(ack.maxRecvFrag, 4280); // min(client xmit 4280, ours 5840)
    assert.equal(ack.maxXmitFrag, 5840); // min(client recv 8000, ours 5840)
    assert.notEqual(ack.assocGroupId, 0);
    assert.deepEqual(ack.results, [
      { result: ContextResult.ACCEPTANCE, reason: 0, transferSyntax: NDR20_SYNTAX },
    ]);
  });

  it('frag sizes never below 1432', async () => {
    const c = await client();
    const ack = expectType(
      await c.bind([ctx(0, TEST_SYNTAX)], { maxXmitFrag: 100, maxRecvFrag: 200 }),
      'bind_ack',
    );
    assert.equal(ack.maxRecvFrag, 1432);
    assert.equal(ack.maxXmitFrag, 1432);
  });

  it('NDR64-only interface: NDR20 offer rejected, NDR64 offer accepted', async () => {
    const c = await client();
    const ack = expectType(
      await c.bind([ctx(0, ONLY64, NDR20_SYNTAX), ctx(1, ONLY64, NDR64_SYNTAX)]),
      'bind_ack',
    );
    assert.deepEqual(ack.results, [
      {
        result: ContextResult.PROVIDER_REJECTION,
        reason: ProviderReason.PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED,
        transferSyntax: NULL_SYNTAX,
      },
      { result: ContextResult.ACCEPTANCE, reason: 0, transferSyntax: NDR64_SYNTAX },
    ]);
  });

  it('both offered: server preference wins, only one accepted per abstract syntax', async () => {
    const c = await client();
    const ack = expectType(
      await c.bind([ctx(0, PREF64, NDR20_SYNTAX), ctx(1, PREF64, NDR64_SYNTAX)]),
      'bind_ack',
    );
    assert.deepEqual(
      ack.results.map((r) => [r.result, r.transferSyntax]),
      [
        [ContextResult.PROVIDER_REJECTION, NULL_SYNTAX],
        [ContextResult.ACCEPTANCE, NDR64_SYNTAX],
      ],
    );
    // One element carrying both: the NDR20-only interface takes NDR20 from the list.
    const c2 = await client();
    const ack2 = expectType(await c2.bind([ctx(0, TEST_SYNTAX, NDR64_SYNTAX, NDR20_SYNTAX)]), 'bind_ack');
    assert.deepEqual(ack2.results[0], { result: 0, reason: 0, transferSyntax: NDR20_SYNTAX });
  });

  it('bind-time feature negotiation answers negotiate_ack with KeepConnectionOnOrphan', async () => {
    const c = await client();
    const btfn = bindTimeFeatureSyntax(
      BindTimeFeature.SECURITY_CONTEXT_MULTIPLEXING | BindTimeFeature.KEEP_CONNECTION_ON_ORPHAN,
    );
    const ack = expectType(
      await c.bind([ctx(0, TEST_SYNTAX, NDR20_SYNTAX), ctx(1, TEST_SYNTAX, btfn)]),
      'bind_ack',
    );
    assert.deepEqual(ack.results[1], {
      result: ContextResult.NEGOTIATE_ACK,
      reason: BindTimeFeature.KEEP_CONNECTION_ON_ORPHAN,
      transferSyntax: NULL_SYNTAX,
    });
  });

  it('unknown interface and unknown major version: abstract_syntax_not_supported', async () => {
    const c = await client();
    const ack = expectType(
      await c.bind([
        ctx(0, UNKNOWN),
        ctx(1, { ...TEST_SYNTAX, major: 2 }),
        ctx(2, { ...TEST_SYNTAX, minor: 1 }),
      ]),
      'bind_ack',
    );
    assert.deepEqual(
      ack.results.map((r) => [r.result, r.reason]),
      [
        [ContextResult.PROVIDER_REJECTION, ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED],
        [ContextResult.PROVIDER_REJECTION, ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED],
        [ContextResult.PROVIDER_REJECTION, ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED],
      ],
    );
  });

  it('echoes PFC_CONC_MPX', async () => {
    const c = await client();
    const ack = expectType(
      await c.bind([ctx(0, TEST_SYNTAX)], { flags: FL | PfcFlags.CONC_MPX }),
      'bind_ack',
    );
    assert.equal(ack.flags & PfcFlags.CONC_MPX, PfcFlags.CONC_MPX);
  });

  it('wrong rpc_vers → bind_nak PROTOCOL_VERSION_NOT_SUPPORTED with 5.0', async () => {
    const c = await client();
    const bytes = encodePdu({
      type: 'bind',
      callId: 9,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [ctx(0, TEST_SYNTAX)],
    });
    bytes[1] = 1;
    c.send(bytes);
    const nak = expectType(await c.next(), 'bind_nak');
    assert.equal(nak.callId, 9);
    assert.equal(nak.rejectReason, BindNakReason.PROTOCOL_VERSION_NOT_SUPPORTED);
    assert.deepEqual(nak.versions, [{ major: 5, minor: 0 }]);
    await c.closed;
  });

  it('unknown auth type → bind_nak AUTHENTICATION_TYPE_NOT_RECOGNIZED', async () => {
    const c = await client();
    c.send({
      type: 'bind',
      callId: 1,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [ctx(0, TEST_SYNTAX)],
      auth: { authType: 10, authLevel: 6, authPadLength: 0, authContextId: 0, token: Uint8Array.of(1, 2, 3) },
    });
    const nak = expectType(await c.next(), 'bind_nak');
    assert.equal(nak.rejectReason, BindNakReason.AUTHENTICATION_TYPE_NOT_RECOGNIZED);
  });

  it('unknown association group → bind_nak reason not specified', async () => {
    const c = await client();
    const nak = expectType(await c.bind([ctx(0, TEST_SYNTAX)], { assocGroupId: 0x7ffffff1 }), 'bind_nak');
    assert.equal(nak.rejectReason, BindNakReason.REASON_NOT_SPECIFIED);
  });

  it('a second bind closes the connection', async () => {
    const [c] = await bound();
    c.send({
      type: 'bind',
      callId: 2,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [ctx(0, TEST_SYNTAX)],
    });
    assert.equal(await c.next(), undefined);
  });

  it('alter_context adds a context', async () => {
    const [c, group] = await bound();
    c.send({
      type: 'alter_context',
      callId: 2,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [ctx(1, PREF64, NDR64_SYNTAX), ctx(2, UNKNOWN)],
    });
    const resp = expectType(await c.next(), 'alter_context_resp');
    assert.equal(resp.assocGroupId, group);
    assert.equal(resp.secAddr, '');
    assert.deepEqual(
      resp.results.map((r) => [r.result, r.transferSyntax]),
      [
        [ContextResult.ACCEPTANCE, NDR64_SYNTAX],
        [ContextResult.PROVIDER_REJECTION, NULL_SYNTAX],
      ],
    );
    const r = await c.call(1, Op.echo, Uint8Array.of(7), 3);
    assert.deepEqual(stubOf(r), Uint8Array.of(7));
  });
});

describe('calls', () => {
  it('echo', async () => {
    const [c] = await bound();
    const r = await c.call(0, Op.echo, Uint8Array.of(1, 2, 3), 2);
    const resp = expectType(r[0], 'response');
    assert.equal(resp.flags & FL, FL);
    assert.equal(resp.callId, 2);
    assert.equal(resp.allocHint, 3);
    assert.deepEqual(resp.stub, Uint8Array.of(1, 2, 3));
  });

  it('unknown opnum → op_rng_error with DID_NOT_EXECUTE', async () => {
    const [c] = await bound();
    const f = expectType((await c.call(0, 99, new Uint8Array(0), 2))[0], 'fault');
    assert.equal(f.status, Nca.nca_s_op_rng_error);
    assert.equal(f.flags & PfcFlags.DID_NOT_EXECUTE, PfcFlags.DID_NOT_EXECUTE);
    assert.equal(f.allocHint, 32);
  });

  it('unknown p_cont_id → nca_s_unk_if, connection stays usable', async () => {
    const [c] = await bound();
    const f = expectType((await c.call(5, Op.echo, new Uint8Array(0), 2))[0], 'fault');
    assert.equal(f.status, Nca.nca_s_unk_if);
    assert.equal(f.flags & PfcFlags.DID_NOT_EXECUTE, PfcFlags.DID_NOT_EXECUTE);
    assert.deepEqual(stubOf(await c.call(0, Op.echo, Uint8Array.of(9), 3)), Uint8Array.of(9));
  });

  it('RpcFault, NdrError and crashes map to fault statuses', async () => {
    const [c] = await bound();
    const f1 = expectType((await c.call(0, Op.fault, le32(0x1234), 2))[0], 'fault');
    assert.equal(f1.status, 0x1234);
    assert.equal(f1.flags & PfcFlags.DID_NOT_EXECUTE, 0);
    const f2 = expectType((await c.call(0, Op.ndrError, new Uint8Array(0), 3))[0], 'fault');
    assert.equal(f2.status, Nca.nca_s_fault_ndr);
    const f3 = expectType((await c.call(0, Op.crash, new Uint8Array(0), 4))[0], 'fault');
    assert.equal(f3.status, Nca.nca_s_fault_unspec);
    const f4 = expectType((await c.call(0, Op.fault, le32(0), 5))[0], 'fault');
    assert.equal(f4.status, Nca.nca_s_fault_unspec);
  });

  it('minAuthLevel above the call level → access denied', async () => {
    const c = await client();
    expectType(await c.bind([ctx(0, SECURE)]), 'bind_ack');
    const f = expectType((await c.call(0, Op.echo, new Uint8Array(0), 2))[0], 'fault');
    assert.equal(f.status, RpcStatus.RPC_S_ACCESS_DENIED);
  });

  it('reassembles a fragmented request', async () => {
    const [c] = await bound();
    const parts = [Uint8Array.of(1, 2), Uint8Array.of(3), Uint8Array.of(4, 5, 6)];
    parts.forEach((stub, i) =>
      c.send({
        type: 'request',
        callId: 7,
        flags: (i === 0 ? PfcFlags.FIRST_FRAG : 0) | (i === parts.length - 1 ? PfcFlags.LAST_FRAG : 0),
        allocHint: 6,
        contextId: 0,
        opnum: Op.echo,
        stub,
      }),
    );
    assert.deepEqual(stubOf(await c.collect()), Uint8Array.of(1, 2, 3, 4, 5, 6));
  });

  it('fragments the response at max_recv_frag 1432', async () => {
    const [c] = await bound({ maxRecvFrag: 1432 });
    const n = 5000;
    const frags = await c.call(0, Op.bytes, le32(n), 2);
    assert.equal(frags.length, Math.ceil(n / (1432 - 24)));
    let remaining = n;
    frags.forEach((f, i) => {
      const r = expectType(f, 'response');
      assert.ok(encodePdu(r).length <= 1432);
      assert.equal(r.allocHint, remaining);
      assert.equal(r.flags & PfcFlags.FIRST_FRAG, i === 0 ? PfcFlags.FIRST_FRAG : 0);
      assert.equal(r.flags & PfcFlags.LAST_FRAG, i === frags.length - 1 ? PfcFlags.LAST_FRAG : 0);
      remaining -= r.stub.length;
    });
    assert.deepEqual(
      stubOf(frags),
      Uint8Array.from({ length: n }, (_, i) => i & 0xff),
    );
  });

  it('maxCallBytes exceeded → access denied, rest of the call dropped', async () => {
    const [c] = await bound();
    const chunk = new Uint8Array(5000);
    const total = 70 * 1024;
    let sent = 0;
    let first = true;
    while (sent < total) {
      const n = Math.min(chunk.length, total - sent);
      c.send({
        type: 'request',
        callId: 3,
        flags: (first ? PfcFlags.FIRST_FRAG : 0) | (sent + n >= total ? PfcFlags.LAST_FRAG : 0),
        allocHint: total - sent,
        contextId: 0,
        opnum: Op.echo,
        stub: chunk.subarray(0, n),
      });
      first = false;
      sent += n;
    }
    const f = expectType(await c.next(), 'fault');
    assert.equal(f.callId, 3);
    assert.equal(f.status, RpcStatus.RPC_S_ACCESS_DENIED);
    // The remaining fragments are ignored and the next call works.
    assert.deepEqual(stubOf(await c.call(0, Op.echo, Uint8Array.of(1), 4)), Uint8Array.of(1));
  });

  it('interleaved calls on one connection complete independently', async () => {
    const [c] = await bound();
    c.send({
      type: 'request',
      callId: 10,
      flags: FL,
      allocHint: 4,
      contextId: 0,
      opnum: Op.sleep,
      stub: le32(200),
    });
    // Call 11 is sent in two fragments around call 12.
    c.send({
      type: 'request',
      callId: 11,
      flags: PfcFlags.FIRST_FRAG,
      allocHint: 2,
      contextId: 0,
      opnum: Op.echo,
      stub: Uint8Array.of(0xa),
    });
    c.send({
      type: 'request',
      callId: 12,
      flags: FL,
      allocHint: 1,
      contextId: 0,
      opnum: Op.echo,
      stub: Uint8Array.of(0xc),
    });
    c.send({
      type: 'request',
      callId: 11,
      flags: PfcFlags.LAST_FRAG,
      allocHint: 1,
      contextId: 0,
      opnum: Op.echo,
      stub: Uint8Array.of(0xb),
    });
    const got = new Map<number, Uint8Array>();
    for (let i = 0; i < 3; i++) {
      const r = expectType(await c.next(), 'response');
      got.set(r.callId, r.stub);
    }
    assert.deepEqual(got.get(11), Uint8Array.of(0xa, 0xb));
    assert.deepEqual(got.get(12), Uint8Array.of(0xc));
    assert.deepEqual(got.get(10), Uint8Array.of(0, 0, 0, 0));
  });

  it('co_cancel aborts the call signal; orphaned sends nothing', async () => {
    const [c] = await bound();
    c.send({
      type: 'request',
      callId: 20,
      flags: FL,
      allocHint: 4,
      contextId: 0,
      opnum: Op.sleep,
      stub: le32(30_000),
    });
    await new Promise((r) => setTimeout(r, 20));
    c.send({ type: 'co_cancel', callId: 20, flags: FL });
    const r = expectType(await c.next(), 'response');
    assert.deepEqual([r.callId, r.stub[0]], [20, 1]);
    c.send({
      type: 'request',
      callId: 21,
      flags: FL,
      allocHint: 4,
      contextId: 0,
      opnum: Op.sleep,
      stub: le32(30_000),
    });
    await new Promise((r) => setTimeout(r, 20));
    c.send({ type: 'orphaned', callId: 21, flags: FL });
    const next = expectType((await c.call(0, Op.echo, Uint8Array.of(5), 22))[0], 'response');
    assert.equal(next.callId, 22);
    await waitFor(() => test.cancelled.filter((ms) => ms === 30_000).length >= 2);
  });

  it('malformed request → nca_s_proto_error for that call id', async () => {
    const [c] = await bound();
    const bytes = encodePdu({
      type: 'request',
      callId: 30,
      flags: FL,
      allocHint: 0,
      contextId: 0,
      opnum: 0,
      stub: new Uint8Array(4),
    });
    bytes[10] = 200; // auth_length beyond the body
    c.send(bytes);
    const f = expectType(await c.next(), 'fault');
    assert.deepEqual([f.callId, f.status], [30, Nca.nca_s_proto_error]);
  });

  it('oversized fragment closes the connection', async () => {
    const [c] = await bound({});
    const bytes = new Uint8Array(6000);
    bytes.set(
      encodePdu({
        type: 'request',
        callId: 1,
        flags: FL,
        allocHint: 0,
        contextId: 0,
        opnum: 0,
        stub: new Uint8Array(0),
      }),
    );
    new DataView(bytes.buffer).setUint16(8, 6000, true);
    c.send(bytes);
    assert.equal(await c.next(), undefined);
  });

  it('stray fragments: recent old calls ignored, unknown ones faulted', async () => {
    const [c] = await bound();
    assert.equal(stubOf(await c.call(0, Op.echo, Uint8Array.of(1), 200)).length, 1);
    // A trailing fragment of call 100 (< 150 older than 200) is dropped silently (3.3.3.5.6).
    c.send({
      type: 'request',
      callId: 100,
      flags: PfcFlags.LAST_FRAG,
      allocHint: 0,
      contextId: 0,
      opnum: 0,
      stub: Uint8Array.of(1),
    });
    // One of call 10 (≥ 150 older) and one of a future call are protocol errors (3.3.3.5.7).
    c.send({
      type: 'request',
      callId: 10,
      flags: PfcFlags.LAST_FRAG,
      allocHint: 0,
      contextId: 0,
      opnum: 0,
      stub: Uint8Array.of(1),
    });
    const f = expectType(await c.next(), 'fault');
    assert.deepEqual([f.callId, f.status], [10, Nca.nca_s_proto_error]);
    c.send({
      type: 'request',
      callId: 300,
      flags: PfcFlags.LAST_FRAG,
      allocHint: 0,
      contextId: 0,
      opnum: 0,
      stub: Uint8Array.of(1),
    });
    const f2 = expectType(await c.next(), 'fault');
    assert.deepEqual([f2.callId, f2.status], [300, Nca.nca_s_proto_error]);
  });

  it('a duplicate call id while the call runs is a protocol error', async () => {
    const [c] = await bound();
    c.send({
      type: 'request',
      callId: 5,
      flags: FL,
      allocHint: 4,
      contextId: 0,
      opnum: Op.sleep,
      stub: le32(100),
    });
    c.send({
      type: 'request',
      callId: 5,
      flags: FL,
      allocHint: 1,
      contextId: 0,
      opnum: Op.echo,
      stub: Uint8Array.of(1),
    });
    const f = expectType(await c.next(), 'fault');
    assert.deepEqual([f.callId, f.status], [5, Nca.nca_s_proto_error]);
    const r = expectType(await c.next(), 'response');
    assert.equal(r.callId, 5);
  });

  it('PFC_MAYBE calls get no reply', async () => {
    const [c] = await bound();
    c.send({
      type: 'request',
      callId: 2,
      flags: FL | PfcFlags.MAYBE,
      allocHint: 1,
      contextId: 0,
      opnum: Op.echo,
      stub: Uint8Array.of(1),
    });
    const r = expectType((await c.call(0, Op.echo, Uint8Array.of(2), 3))[0], 'response');
    assert.equal(r.callId, 3);
  });

  it('counts packets and calls', () => {
    const s = server.stats();
    assert.ok(s.callsIn > 0 && s.pktsIn > s.callsIn && s.pktsOut > 0);
    assert.equal(s.callsOut, 0);
  });
});

describe('association groups and context handles', () => {
  it('a handle created on one connection works on another of the same group', async () => {
    const [a, group] = await bound();
    const h = stubOf(await a.call(0, Op.create, Uint8Array.of(0xaa, 0xbb), 2));
    assert.equal(h.length, 20);
    assert.deepEqual(h.subarray(0, 4), new Uint8Array(4));
    const [b, group2] = await bound({ assocGroupId: group });
    assert.equal(group2, group);
    assert.deepEqual(stubOf(await b.call(0, Op.use, h, 2)), Uint8Array.of(0xaa, 0xbb));
    // Another group does not know it.
    const [other] = await bound();
    const f = expectType((await other.call(0, Op.use, h, 2))[0], 'fault');
    assert.equal(f.status, Nca.nca_s_fault_context_mismatch);
    // Closing the handle, then using it, is a mismatch too.
    assert.deepEqual(stubOf(await b.call(0, Op.close, h, 3)), new Uint8Array(20));
    const f2 = expectType((await a.call(0, Op.use, h, 3))[0], 'fault');
    assert.equal(f2.status, Nca.nca_s_fault_context_mismatch);
  });

  it('rundown runs when the last connection of the group closes', async () => {
    const [a, group] = await bound();
    const marker = Uint8Array.of(0x51, 0x52, 0x53);
    const h = stubOf(await a.call(0, Op.create, marker, 2));
    assert.equal(h.length, 20);
    const [b] = await bound({ assocGroupId: group });
    a.close();
    await a.closed;
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(!test.rundowns.includes('515253'), 'no rundown while b is alive');
    assert.deepEqual(stubOf(await b.call(0, Op.use, h, 2)), marker);
    b.close();
    await waitFor(() => test.rundowns.includes('515253'));
  });

  it('handle kinds are checked', async () => {
    const [a] = await bound();
    const h = stubOf(await a.call(0, Op.create, Uint8Array.of(1), 2));
    assert.ok(h.length === 20 && HANDLE_KIND === 'test-handle');
  });
});

describe('server lifecycle', () => {
  it('close() ends connections and runs handles down', async () => {
    const s = new RpcServer();
    const t = createTestInterface();
    s.register(t.iface);
    assert.throws(() => s.register(t.iface));
    const l = await listen(s);
    const c = await RawClient.connect(l.port);
    expectType(await c.bind([ctx(0, TEST_SYNTAX)]), 'bind_ack');
    stubOf(await c.call(0, Op.create, Uint8Array.of(0x77), 2));
    s.close();
    await c.closed;
    assert.deepEqual(t.rundowns, ['77']);
    assert.equal(s.associationCount, 0);
    await l.close();
  });
});
