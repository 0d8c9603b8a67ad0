/**
 * RpcClientConnection against a scripted peer: exact PDUs on the wire, negotiation, fragmentation,
 * reassembly, faults, cancellation and failure handling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BindError, CallAbortedError, ConnectionError, ResponseTooLargeError } from '../../src/rpc/client.js';
import { PfcFlags, type BindPdu, type Pdu, type RequestPdu } from '../../src/rpc/pdu.js';
import { BindNakReason, ContextResult, Nca, ProviderReason, statusName } from '../../src/errors/status.js';
import { NDR20_SYNTAX, NDR64_SYNTAX, RpcFault, type SyntaxId } from '../../src/rpc/types.js';
import { ackFor, fault, response, startFakeServer, type AckOptions } from '../fixtures/client-fake-server.js';

const IFACE: SyntaxId = { uuid: '12345678-1234-abcd-ef00-0123456789ab', major: 1, minor: 0 };

/** Answers binds with `ack` and requests by echoing the stub (whole request reassembled). */
function echoScript(ack: AckOptions = {}) {
  const partial = new Map<number, Uint8Array[]>();
  return (pdu: Pdu, peer: { send(p: Pdu): void }): void => {
    if (pdu.type === 'bind' || pdu.type === 'alter_context') peer.send(ackFor(pdu, ack));
    else if (pdu.type === 'request') {
      const parts = partial.get(pdu.callId) ?? [];
      parts.push(pdu.stub);
      partial.set(pdu.callId, parts);
      if (pdu.flags & PfcFlags.LAST_FRAG) {
        partial.delete(pdu.callId);
        const all = Buffer.concat(parts);
        for (let off = 0; off === 0 || off < all.length; off += 1000) {
          const len = Math.min(1000, all.length - off);
          const flags =
            (off === 0 ? PfcFlags.FIRST_FRAG : 0) | (off + len >= all.length ? PfcFlags.LAST_FRAG : 0);
          peer.send(response(pdu.callId, all.subarray(off, off + len), flags));
        }
      }
    }
  };
}

test('bind offers one p_cont_elem per transfer syntax plus BTFN and records the negotiation', async () => {
  const srv = await startFakeServer(echoScript({ maxXmitFrag: 2048, maxRecvFrag: 3000, secAddr: '49999' }));
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE, { transferSyntaxes: ['ndr64', 'ndr20'], featureNegotiation: true });
    assert.equal(ctx.syntax, 'ndr64');
    assert.equal(ctx.contextId, 0);
    const bind = srv.peers[0]!.received[0] as BindPdu;
    assert.equal(bind.type, 'bind');
    assert.equal(bind.flags, PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG | PfcFlags.CONC_MPX);
    assert.equal(bind.maxXmitFrag, 4280);
    assert.equal(bind.maxRecvFrag, 4280);
    assert.equal(bind.assocGroupId, 0);
    assert.deepEqual(
      bind.contexts.map((e) => [e.contextId, e.abstractSyntax.uuid, e.transferSyntaxes.map((t) => t.uuid)]),
      [
        [0, IFACE.uuid, [NDR64_SYNTAX.uuid]],
        [1, IFACE.uuid, [NDR20_SYNTAX.uuid]],
        [2, IFACE.uuid, ['6cb71c2c-9812-4540-0200-000000000000']],
      ],
    );
    assert.equal(c.maxXmitFrag, 3000);
    assert.equal(c.maxRecvFrag, 2048);
    assert.equal(c.assocGroupId, 0x1234);
    assert.equal(c.secAddr, '49999');
    assert.equal(c.concurrentMultiplexing, true);
    assert.deepEqual(c.features, { securityContextMultiplexing: false, keepConnectionOnOrphan: true });

    // The second bind is an alter_context on the same connection with fresh context ids.
    const ctx2 = await c.bind({ ...IFACE, major: 2 });
    assert.equal(ctx2.syntax, 'ndr20');
    assert.equal(ctx2.contextId, 3);
    const alter = srv.peers[0]!.received[1] as BindPdu;
    assert.equal(alter.type, 'alter_context');
    assert.equal(alter.flags, PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG);
    assert.ok(alter.callId > bind.callId);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('every offered syntax rejected → BindError with the provider reason', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type !== 'bind') return;
    const ack = ackFor(pdu);
    if (ack.type !== 'bind_ack') return;
    peer.send({
      ...ack,
      results: ack.results.map(() => ({
        result: ContextResult.PROVIDER_REJECTION,
        reason: ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED,
        transferSyntax: { uuid: '00000000-0000-0000-0000-000000000000', major: 0, minor: 0 },
      })),
    });
  });
  try {
    const c = await srv.connect();
    await assert.rejects(c.bind(IFACE), (err: unknown) => {
      assert.ok(err instanceof BindError);
      assert.equal(err.kind, 'rejected');
      assert.equal(err.reason, ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED);
      assert.match(err.message, /ABSTRACT_SYNTAX_NOT_SUPPORTED/);
      return true;
    });
    await c.close();
  } finally {
    await srv.close();
  }
});

test('bind_nak → BindError with the reject reason', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') {
      peer.send({
        type: 'bind_nak',
        callId: pdu.callId,
        flags: 3,
        rejectReason: BindNakReason.PROTOCOL_VERSION_NOT_SUPPORTED,
        versions: [{ major: 5, minor: 0 }],
      });
    }
  });
  try {
    const c = await srv.connect();
    await assert.rejects(c.bind(IFACE), (err: unknown) => {
      assert.ok(err instanceof BindError);
      assert.equal(err.kind, 'nak');
      assert.equal(err.reason, BindNakReason.PROTOCOL_VERSION_NOT_SUPPORTED);
      assert.match(err.message, /PROTOCOL_VERSION_NOT_SUPPORTED/);
      return true;
    });
    await c.close();
  } finally {
    await srv.close();
  }
});

test('requests are fragmented to max_xmit_frag with 8-aligned stubs and decreasing alloc_hint', async () => {
  const srv = await startFakeServer(echoScript({ maxRecvFrag: 1432 }));
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    const stub = new Uint8Array(10_000).map((_, i) => (i * 7) & 0xff);
    const out = await c.call(ctx, 5, stub, { object: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
    assert.deepEqual(out, stub);
    const reqs = srv.peers[0]!.received.filter((p): p is RequestPdu => p.type === 'request');
    assert.ok(reqs.length > 1);
    let offset = 0;
    reqs.forEach((r, i) => {
      const last = i === reqs.length - 1;
      assert.equal(r.opnum, 5);
      assert.equal(r.contextId, ctx.contextId);
      assert.equal(r.object, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
      assert.equal(r.flags & PfcFlags.FIRST_FRAG, i === 0 ? PfcFlags.FIRST_FRAG : 0);
      assert.equal(r.flags & PfcFlags.LAST_FRAG, last ? PfcFlags.LAST_FRAG : 0);
      assert.equal(r.allocHint, stub.length - offset);
      assert.ok(24 + 16 + r.stub.length <= 1432);
      if (!last) assert.equal(r.stub.length % 8, 0);
      offset += r.stub.length;
    });
    assert.equal(offset, stub.length);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('multi-fragment responses are reassembled; faults become RpcFault with the status name', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type !== 'request') return;
    if (pdu.opnum === 1) {
      peer.send(fault(pdu.callId, Nca.nca_s_op_rng_error));
      return;
    }
    const parts = [Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8), Uint8Array.of(9, 10), Uint8Array.of(11)];
    parts.forEach((p, i) => {
      const flags = (i === 0 ? PfcFlags.FIRST_FRAG : 0) | (i === parts.length - 1 ? PfcFlags.LAST_FRAG : 0);
      peer.send(response(pdu.callId, p, flags));
    });
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    assert.deepEqual(
      await c.call(ctx, 0, new Uint8Array(4)),
      Uint8Array.from({ length: 11 }, (_, i) => i + 1),
    );
    await assert.rejects(c.call(ctx, 1, new Uint8Array(4)), (err: unknown) => {
      assert.ok(err instanceof RpcFault);
      assert.equal(err.status, Nca.nca_s_op_rng_error);
      assert.match(err.message, new RegExp(statusName(Nca.nca_s_op_rng_error).replace(/[()]/g, '\\$&')));
      return true;
    });
    // The connection survives a fault.
    assert.equal((await c.call(ctx, 0, new Uint8Array(0))).length, 11);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('calls are multiplexed and matched by call_id even when answered out of order', async () => {
  const held: RequestPdu[] = [];
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type !== 'request') return;
    held.push(pdu);
    if (held.length === 50) for (const r of held.reverse()) peer.send(response(r.callId, r.stub));
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => c.call(ctx, 0, Uint8Array.of(i, i + 1, i + 2))),
    );
    results.forEach((r, i) => assert.deepEqual(r, Uint8Array.of(i, i + 1, i + 2)));
    const ids = srv.peers[0]!.received.map((p) => p.callId);
    for (let i = 1; i < ids.length; i++) assert.ok(ids[i]! > ids[i - 1]!, 'call_id increases');
    await c.close();
  } finally {
    await srv.close();
  }
});

test('without PFC_CONC_MPX echoed, calls are serialised', async () => {
  let outstanding = 0;
  let maxOutstanding = 0;
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu, { multiplex: false }));
    if (pdu.type !== 'request') return;
    outstanding++;
    maxOutstanding = Math.max(maxOutstanding, outstanding);
    setImmediate(() => {
      outstanding--;
      peer.send(response(pdu.callId, pdu.stub));
    });
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    assert.equal(c.concurrentMultiplexing, false);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => c.call(ctx, 0, Uint8Array.of(i))));
    results.forEach((r, i) => assert.deepEqual(r, Uint8Array.of(i)));
    assert.equal(maxOutstanding, 1);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('abort after sending → co_cancel, AbortError, late answer ignored, connection still usable', async () => {
  let cancelled: number | undefined;
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type === 'request' && pdu.opnum === 0) peer.send(response(pdu.callId, pdu.stub));
    if (pdu.type === 'co_cancel') {
      cancelled = pdu.callId;
      peer.send(fault(pdu.callId, Nca.nca_s_fault_cancel));
    }
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    const ac = new AbortController();
    const p = c.call(ctx, 9, Uint8Array.of(1), { signal: ac.signal });
    while (!srv.peers[0]!.received.some((x) => x.type === 'request'))
      await new Promise((r) => setImmediate(r));
    ac.abort();
    await assert.rejects(p, (err: unknown) => err instanceof CallAbortedError && err.name === 'AbortError');
    assert.deepEqual(await c.call(ctx, 0, Uint8Array.of(7)), Uint8Array.of(7));
    const req = srv.peers[0]!.received.find((x) => x.type === 'request')!;
    assert.equal(cancelled, req.callId);
    // An already-aborted signal never touches the wire.
    await assert.rejects(c.call(ctx, 0, Uint8Array.of(1), { signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
    assert.equal(c.closed, false);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('a malformed PDU from the server rejects every pending call with ConnectionError', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type === 'request' && pdu.opnum === 3) {
      // Version 4 header: not DCE/RPC 5.0.
      const bad = new Uint8Array(24);
      bad.set([4, 0, 2, 3, 0x10, 0, 0, 0, 24, 0, 0, 0, 1, 0, 0, 0]);
      peer.sendRaw(bad);
    }
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    const pending = [c.call(ctx, 0, Uint8Array.of(1)), c.call(ctx, 0, Uint8Array.of(2))];
    const trigger = c.call(ctx, 3, Uint8Array.of(3));
    for (const p of [...pending, trigger]) {
      await assert.rejects(p, (err: unknown) => err instanceof ConnectionError && err.code === 'protocol');
    }
    assert.equal(c.closed, true);
    await assert.rejects(c.call(ctx, 0, Uint8Array.of(1)), ConnectionError);
  } finally {
    await srv.close();
  }
});

test('fragments longer than max_recv_frag and answers for unknown calls are protocol errors', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type === 'request' && pdu.opnum === 0) peer.send(response(pdu.callId, new Uint8Array(2000)));
    if (pdu.type === 'request' && pdu.opnum === 1) peer.send(response(pdu.callId + 1000, new Uint8Array(4)));
  });
  try {
    const a = await srv.connect({ maxRecvFrag: 1432 });
    const ctxA = await a.bind(IFACE);
    await assert.rejects(a.call(ctxA, 0, Uint8Array.of(1)), (err: unknown) => {
      return err instanceof ConnectionError && err.code === 'protocol' && /exceeds/.test(err.message);
    });
    const b = await srv.connect();
    const ctxB = await b.bind(IFACE);
    await assert.rejects(b.call(ctxB, 1, Uint8Array.of(1)), (err: unknown) => {
      return err instanceof ConnectionError && /unknown call_id/.test(err.message);
    });
  } finally {
    await srv.close();
  }
});

test('a response larger than maxResponseBytes fails only that call', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type !== 'request') return;
    const size = pdu.opnum === 0 ? 3000 : 10;
    for (let off = 0; off < size; off += 1000) {
      const len = Math.min(1000, size - off);
      const flags = (off === 0 ? PfcFlags.FIRST_FRAG : 0) | (off + len === size ? PfcFlags.LAST_FRAG : 0);
      peer.send(response(pdu.callId, new Uint8Array(len), flags));
    }
  });
  try {
    const c = await srv.connect({ maxResponseBytes: 2500 });
    const ctx = await c.bind(IFACE);
    await assert.rejects(c.call(ctx, 0, Uint8Array.of(1)), ResponseTooLargeError);
    assert.equal((await c.call(ctx, 1, Uint8Array.of(1))).length, 10);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('server closing mid-call → ConnectionError closed; close() is clean and idempotent', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type === 'request') peer.socket.end();
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    await assert.rejects(c.call(ctx, 0, Uint8Array.of(1)), (err: unknown) => {
      return err instanceof ConnectionError && err.code === 'closed';
    });
    await c.close();
    await c.close();
    const d = await srv.connect();
    const pending = d.call(await d.bind(IFACE), 0, new Uint8Array(0));
    const rejected = assert.rejects(pending, ConnectionError);
    await d.close();
    await rejected;
  } finally {
    await srv.close();
  }
});

test('shutdown from the server closes the connection once pending calls finish', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu));
    if (pdu.type === 'request') {
      peer.send({ type: 'shutdown', callId: 0, flags: 3 });
      setImmediate(() => peer.send(response(pdu.callId, pdu.stub)));
    }
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    assert.deepEqual(await c.call(ctx, 0, Uint8Array.of(5)), Uint8Array.of(5));
    await assert.rejects(c.call(ctx, 0, Uint8Array.of(1)), ConnectionError);
    const sock = srv.peers[0]!.socket;
    if (!sock.readableEnded) await new Promise<void>((r) => sock.once('end', () => r()).resume());
  } finally {
    await srv.close();
  }
});

test('abort in the middle of a fragmented request sends orphaned and stops the fragments', async () => {
  const ac = new AbortController();
  const echo = echoScript();
  const srv = await startFakeServer((pdu, peer) => {
    // The server sees data only once the client's send loop yields, i.e. waits for 'drain' with
    // 32 MiB still to go: aborting now is aborting mid-request.
    if (pdu.type === 'request' && pdu.opnum === 1) ac.abort();
    else echo(pdu, peer);
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    const big = c.call(ctx, 1, new Uint8Array(32 * 1024 * 1024), { signal: ac.signal });
    await assert.rejects(big, { name: 'AbortError' });
    assert.deepEqual(await c.call(ctx, 0, Uint8Array.of(3)), Uint8Array.of(3));
    const got = srv.peers[0]!.received;
    const orphan = got.find((p) => p.type === 'orphaned');
    assert.ok(orphan, 'orphaned sent');
    const frags = got.filter((p) => p.type === 'request' && p.callId === orphan.callId);
    assert.ok(frags.length > 0);
    assert.ok(!frags.some((p) => p.flags & PfcFlags.LAST_FRAG));
    assert.equal(
      got.findIndex((p) => p.type === 'orphaned'),
      got.findIndex((p) => p.type === 'request' && p.callId === orphan.callId) + frags.length,
      'orphaned follows the last fragment sent',
    );
    await c.close();
  } finally {
    await srv.close();
  }
});

test('non-multiplexed: a call aborted while queued never reaches the wire; the queue moves on', async () => {
  const srv = await startFakeServer((pdu, peer) => {
    if (pdu.type === 'bind') peer.send(ackFor(pdu, { multiplex: false }));
    if (pdu.type === 'request') setImmediate(() => peer.send(response(pdu.callId, pdu.stub)));
  });
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    const ac = new AbortController();
    const first = c.call(ctx, 0, Uint8Array.of(1));
    const queued = c.call(ctx, 0, Uint8Array.of(2), { signal: ac.signal });
    const third = c.call(ctx, 0, Uint8Array.of(3));
    ac.abort();
    await assert.rejects(queued, { name: 'AbortError' });
    assert.deepEqual(await first, Uint8Array.of(1));
    assert.deepEqual(await third, Uint8Array.of(3));
    const stubs = srv.peers[0]!.received.filter((p): p is RequestPdu => p.type === 'request').map(
      (p) => p.stub[0],
    );
    assert.deepEqual(stubs, [1, 3]);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('call() before bind and with a bad opnum reject instead of throwing', async () => {
  const srv = await startFakeServer(echoScript());
  try {
    const c = await srv.connect();
    await assert.rejects(
      c.call({ contextId: 0, abstract: IFACE, syntax: 'ndr20' }, 0, new Uint8Array(0)),
      TypeError,
    );
    const ctx = await c.bind(IFACE);
    await assert.rejects(c.call(ctx, 70000, new Uint8Array(0)), RangeError);
    await c.close();
  } finally {
    await srv.close();
  }
});

test('an invalid object UUID or a failing encode rejects the call without leaking it', async () => {
  const srv = await startFakeServer(echoScript());
  try {
    const c = await srv.connect();
    const ctx = await c.bind(IFACE);
    await assert.rejects(c.call(ctx, 0, Uint8Array.of(1), { object: 'not-a-uuid' }), TypeError);
    assert.equal(c.pendingCalls, 0);
    assert.deepEqual(await c.call(ctx, 0, Uint8Array.of(1)), Uint8Array.of(1));
    await c.close();
  } finally {
    await srv.close();
  }
});
