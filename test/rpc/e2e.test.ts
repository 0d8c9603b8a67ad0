/**
 * RpcClientConnection ↔ RpcServer over real loopback TCP (listenTcp + RpcServer.handle).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  BindError,
  CallAbortedError,
  ConnectionError,
  connectTcpRpc,
  type RpcClientConnection,
  type RpcClientOptions,
} from '../../src/rpc/client.js';
import { RpcServer, type RpcServerOptions } from '../../src/rpc/server.js';
import { listenTcp, type TcpListener } from '../../src/transport/tcp.js';
import { BindNakReason, Nca, ProviderReason, Win32 } from '../../src/errors/status.js';
import { RpcFault } from '../../src/rpc/types.js';
import {
  Op,
  TEST_IFACE,
  TEST_IFACE_NDR20_ONLY,
  testInterface,
  testInterfaceNdr20Only,
} from '../fixtures/client-test-iface.js';

const HOST = '127.0.0.1';

interface Harness {
  readonly server: RpcServer;
  readonly listener: TcpListener;
  connect(opts?: RpcClientOptions): Promise<RpcClientConnection>;
  stop(): Promise<void>;
}

async function start(opts: RpcServerOptions = {}): Promise<Harness> {
  const server = new RpcServer(opts);
  server.register(testInterface());
  server.register(testInterfaceNdr20Only());
  const listener = await listenTcp((stream, info) => server.handle(stream, info), { host: HOST, port: 0 });
  const clients: RpcClientConnection[] = [];
  return {
    server,
    listener,
    async connect(o) {
      const c = await connectTcpRpc(HOST, listener.port, o);
      clients.push(c);
      return c;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.close()));
      server.close();
      await listener.close();
    },
  };
}

function u32le(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

test('bind NDR20, NDR64, both; echo and reverse on each', async () => {
  const h = await start();
  try {
    const c = await h.connect();
    const ndr20 = await c.bind(TEST_IFACE, { transferSyntaxes: ['ndr20'] });
    const ndr64 = await c.bind(TEST_IFACE, { transferSyntaxes: ['ndr64'] });
    const both = await c.bind(TEST_IFACE, { transferSyntaxes: ['ndr20', 'ndr64'], featureNegotiation: true });
    assert.equal(ndr20.syntax, 'ndr20');
    assert.equal(ndr64.syntax, 'ndr64');
    // The interface prefers NDR64, so it wins when both are offered ([MS-RPCE] 3.3.1.5.6).
    assert.equal(both.syntax, 'ndr64');
    assert.equal(new Set([ndr20.contextId, ndr64.contextId, both.contextId]).size, 3);
    assert.equal(c.secAddr, String(h.listener.port));
    assert.ok(c.assocGroupId !== 0);
    assert.equal(c.concurrentMultiplexing, true);
    for (const ctx of [ndr20, ndr64, both]) {
      assert.deepEqual(await c.call(ctx, Op.echo, Uint8Array.of(1, 2, 3)), Uint8Array.of(1, 2, 3));
      assert.deepEqual(await c.call(ctx, Op.reverse, Uint8Array.of(1, 2, 3)), Uint8Array.of(3, 2, 1));
      assert.deepEqual(await c.call(ctx, Op.echo, new Uint8Array(0)), new Uint8Array(0));
    }

    const fresh = await h.connect();
    const ctx = await fresh.bind(TEST_IFACE, {
      transferSyntaxes: ['ndr20', 'ndr64'],
      featureNegotiation: true,
    });
    assert.equal(ctx.syntax, 'ndr64');
    assert.deepEqual(fresh.features, { securityContextMultiplexing: false, keepConnectionOnOrphan: true });
  } finally {
    await h.stop();
  }
});

test('unknown interface and unsupported transfer syntax → BindError; the connection stays usable', async () => {
  const h = await start();
  try {
    const c = await h.connect();
    await assert.rejects(
      c.bind({ uuid: '00000000-1111-2222-3333-444444444444', major: 1, minor: 0 }),
      (err: unknown) => {
        assert.ok(err instanceof BindError);
        assert.equal(err.kind, 'rejected');
        assert.equal(err.reason, ProviderReason.ABSTRACT_SYNTAX_NOT_SUPPORTED);
        return true;
      },
    );
    await assert.rejects(c.bind(TEST_IFACE_NDR20_ONLY, { transferSyntaxes: ['ndr64'] }), (err: unknown) => {
      assert.ok(err instanceof BindError);
      assert.equal(err.reason, ProviderReason.PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED);
      return true;
    });
    const ctx = await c.bind(TEST_IFACE_NDR20_ONLY, { transferSyntaxes: ['ndr64', 'ndr20'] });
    assert.equal(ctx.syntax, 'ndr20');
    assert.deepEqual(await c.call(ctx, Op.echo, Uint8Array.of(9)), Uint8Array.of(9));
  } finally {
    await h.stop();
  }
});

test('faults reach the caller as RpcFault with the status', async () => {
  const h = await start();
  try {
    const c = await h.connect();
    const ctx = await c.bind(TEST_IFACE);
    await assert.rejects(c.call(ctx, 200, new Uint8Array(0)), (err: unknown) => {
      assert.ok(err instanceof RpcFault);
      assert.equal(err.status, Nca.nca_s_op_rng_error);
      assert.match(err.message, /nca_s_op_rng_error/);
      return true;
    });
    await assert.rejects(c.call(ctx, Op.fail, u32le(Win32.ERROR_ACCESS_DENIED)), (err: unknown) => {
      return err instanceof RpcFault && err.status === Win32.ERROR_ACCESS_DENIED;
    });
    assert.deepEqual(await c.call(ctx, Op.echo, Uint8Array.of(4)), Uint8Array.of(4));
  } finally {
    await h.stop();
  }
});

test('1 MiB stubs both ways with 1432-byte fragments on both sides', async () => {
  const h = await start({ maxRecvFrag: 1432, maxXmitFrag: 1432 });
  try {
    const c = await h.connect({ maxXmitFrag: 1432, maxRecvFrag: 1432 });
    const ctx = await c.bind(TEST_IFACE);
    assert.equal(c.maxXmitFrag, 1432);
    assert.equal(c.maxRecvFrag, 1432);
    const big = randomBytes(1024 * 1024);
    const back = await c.call(ctx, Op.reverse, big);
    assert.equal(back.length, big.length);
    assert.ok(Buffer.from(back).equals(Buffer.from(big).reverse()));
    const sized = await c.call(ctx, Op.sized, u32le(1024 * 1024 + 3));
    assert.equal(sized.length, 1024 * 1024 + 3);
    assert.ok(sized.every((v, i) => v === (i & 0xff)));
    // Several large calls interleaved with small ones on one connection.
    const mixed = await Promise.all([
      c.call(ctx, Op.echo, big),
      c.call(ctx, Op.echo, Uint8Array.of(1)),
      c.call(ctx, Op.echo, big.subarray(0, 300_000)),
      c.call(ctx, Op.echo, Uint8Array.of(2)),
    ]);
    assert.ok(Buffer.from(mixed[0]).equals(big));
    assert.deepEqual(mixed[1], Uint8Array.of(1));
    assert.ok(Buffer.from(mixed[2]).equals(big.subarray(0, 300_000)));
    assert.deepEqual(mixed[3], Uint8Array.of(2));
  } finally {
    await h.stop();
  }
});

test('1,000 calls in flight on one connection, each matched to its own payload', async () => {
  const h = await start();
  try {
    const c = await h.connect();
    const ctx = await c.bind(TEST_IFACE);
    const payloads = Array.from({ length: 1000 }, (_, i) => Buffer.concat([u32le(i), randomBytes(i % 97)]));
    const calls = payloads.map((p, i) => c.call(ctx, i % 2 === 0 ? Op.echo : Op.reverse, p));
    assert.ok(c.pendingCalls > 1, 'calls are really in flight together');
    const results = await Promise.all(calls);
    results.forEach((r, i) => {
      const want = i % 2 === 0 ? payloads[i]! : Buffer.from(payloads[i]!).reverse();
      assert.ok(Buffer.from(r).equals(want), `call ${i}`);
    });
  } finally {
    await h.stop();
  }
});

test('100 parallel connections, each with its own calls, results matched', async () => {
  const h = await start();
  try {
    const conns = await Promise.all(Array.from({ length: 100 }, () => h.connect()));
    await Promise.all(
      conns.map(async (c, ci) => {
        const ctx = await c.bind(TEST_IFACE, { transferSyntaxes: ci % 2 ? ['ndr20'] : ['ndr64'] });
        const out = await Promise.all(
          Array.from({ length: 20 }, (_, k) => c.call(ctx, Op.echo, Buffer.from(`conn ${ci} call ${k}`))),
        );
        out.forEach((r, k) => assert.equal(Buffer.from(r).toString(), `conn ${ci} call ${k}`));
      }),
    );
    assert.equal(h.server.connectionCount, 100);
  } finally {
    await h.stop();
  }
});

test('association groups share context handles; other groups get nca_s_fault_context_mismatch', async () => {
  const h = await start();
  try {
    const a = await h.connect();
    const ctxA = await a.bind(TEST_IFACE);
    const handle = await a.call(ctxA, Op.open, Buffer.from('kept on A'));
    assert.equal(handle.length, 20);

    const b = await h.connect({ assocGroupId: a.assocGroupId });
    const ctxB = await b.bind(TEST_IFACE);
    assert.equal(b.assocGroupId, a.assocGroupId);
    assert.equal(Buffer.from(await b.call(ctxB, Op.use, handle)).toString(), 'kept on A');

    const other = await h.connect();
    const ctxO = await other.bind(TEST_IFACE);
    assert.notEqual(other.assocGroupId, a.assocGroupId);
    await assert.rejects(other.call(ctxO, Op.use, handle), (err: unknown) => {
      return err instanceof RpcFault && err.status === Nca.nca_s_fault_context_mismatch;
    });

    // Closing through B closes it for A too.
    assert.deepEqual(await b.call(ctxB, Op.close, handle), new Uint8Array(20));
    await assert.rejects(a.call(ctxA, Op.use, handle), (err: unknown) => {
      return err instanceof RpcFault && err.status === Nca.nca_s_fault_context_mismatch;
    });

    // Joining a group that does not exist is refused with bind_nak.
    const stray = await h.connect({ assocGroupId: 0x7ffffff0 ^ a.assocGroupId });
    await assert.rejects(stray.bind(TEST_IFACE), (err: unknown) => {
      return (
        err instanceof BindError && err.kind === 'nak' && err.reason === BindNakReason.REASON_NOT_SPECIFIED
      );
    });
  } finally {
    await h.stop();
  }
});

test('aborting a running call cancels it on the server; the connection keeps working', async () => {
  const h = await start();
  try {
    const c = await h.connect();
    const ctx = await c.bind(TEST_IFACE);
    const ac = new AbortController();
    const pending = c.call(ctx, Op.waitForCancel, new Uint8Array(0), { signal: ac.signal });
    // Let the request reach the server before cancelling.
    assert.deepEqual(await c.call(ctx, Op.echo, Uint8Array.of(1)), Uint8Array.of(1));
    ac.abort();
    await assert.rejects(
      pending,
      (err: unknown) => err instanceof CallAbortedError && err.name === 'AbortError',
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => c.call(ctx, Op.echo, Uint8Array.of(i))),
    );
    results.forEach((r, i) => assert.deepEqual(r, Uint8Array.of(i)));
    assert.equal(c.closed, false);
  } finally {
    await h.stop();
  }
});

test('server going away mid-call → ConnectionError for every pending call', async () => {
  const h = await start();
  try {
    const c = await h.connect();
    const ctx = await c.bind(TEST_IFACE);
    const pending = Array.from({ length: 5 }, () => c.call(ctx, Op.waitForCancel, new Uint8Array(0)));
    const checks = pending.map((p) => assert.rejects(p, ConnectionError));
    assert.deepEqual(await c.call(ctx, Op.echo, Uint8Array.of(1)), Uint8Array.of(1));
    await h.listener.close();
    await Promise.all(checks);
    await assert.rejects(c.call(ctx, Op.echo, Uint8Array.of(1)), ConnectionError);
  } finally {
    await h.stop();
  }
});
