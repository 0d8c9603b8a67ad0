/**
 * Robustness: ≥ 100,000 random and mutated PDUs against one RpcServer over in-process stream
 * pairs. The server must never throw, never leave an unhandled rejection, keep its heap bounded,
 * and still serve a well-formed client afterwards.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Duplex } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import { PfcFlags, bindTimeFeatureSyntax, encodePdu, type Pdu } from '../../src/rpc/pdu.js';
import { RpcServer } from '../../src/rpc/server.js';
import { NDR20_SYNTAX, NDR64_SYNTAX, type TransportInfo } from '../../src/rpc/types.js';
import { duplexPair } from '../fixtures/rpc-server/duplex-pair.js';
import { RawClient, ctx, listen, stubOf } from '../fixtures/rpc-server/raw-client.js';
import { Op, TEST_SYNTAX, createTestInterface } from '../fixtures/rpc-server/test-interface.js';

const TOTAL_PDUS = 100_000;
const PDUS_PER_CONNECTION = 200;
const PARALLEL = 16;
const FL = PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG;

/** xorshift32: deterministic, so a failure can be replayed from the seed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const info: TransportInfo = {
  protseq: 'ncacn_ip_tcp',
  localAddress: '127.0.0.1',
  localPort: 135,
  remoteAddress: '127.0.0.1',
  remotePort: 50000,
  endpoint: '135',
};

function templates(r: () => number): Pdu[] {
  const stub = Uint8Array.from({ length: r() % 64 }, () => r() & 0xff);
  const callId = r() % 8;
  const auth = {
    authType: 10,
    authLevel: 2 + (r() % 5),
    authPadLength: 0,
    authContextId: r() % 3,
    token: Uint8Array.of(1, 2, 3, 4),
  };
  return [
    { type: 'request', callId, flags: FL, allocHint: stub.length, contextId: r() % 3, opnum: r() % 10, stub },
    {
      type: 'request',
      callId,
      flags: PfcFlags.FIRST_FRAG,
      allocHint: 100,
      contextId: 0,
      opnum: Op.echo,
      stub,
    },
    {
      type: 'request',
      callId,
      flags: PfcFlags.LAST_FRAG,
      allocHint: 100,
      contextId: 0,
      opnum: Op.echo,
      stub,
    },
    {
      type: 'request',
      callId,
      flags: FL | PfcFlags.OBJECT_UUID,
      allocHint: 0,
      contextId: 0,
      opnum: 0,
      object: '12345678-1234-5678-9abc-def012345678',
      stub,
    },
    { type: 'request', callId, flags: FL, allocHint: 0, contextId: 0, opnum: Op.echo, stub, auth },
    {
      type: 'alter_context',
      callId,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [
        ctx(1 + (r() % 3), TEST_SYNTAX, NDR64_SYNTAX, NDR20_SYNTAX),
        ctx(4, TEST_SYNTAX, bindTimeFeatureSyntax(3)),
      ],
    },
    { type: 'auth3', callId, flags: FL, pad: 0, auth },
    { type: 'co_cancel', callId, flags: FL },
    { type: 'orphaned', callId, flags: FL },
    { type: 'shutdown', callId, flags: FL },
    {
      type: 'bind',
      callId,
      flags: FL,
      maxXmitFrag: r() & 0xffff,
      maxRecvFrag: r() & 0xffff,
      assocGroupId: r() % 2 ? 0 : r(),
      contexts: [ctx(0, TEST_SYNTAX)],
      auth: r() % 2 ? auth : undefined,
    },
    { type: 'response', callId, flags: FL, allocHint: 0, contextId: 0, cancelCount: 0, stub },
    {
      type: 'fault',
      callId,
      flags: FL,
      allocHint: 32,
      contextId: 0,
      cancelCount: 0,
      flags2: 0,
      status: 5,
      stub: new Uint8Array(0),
    },
  ];
}

function setU16(b: Uint8Array, at: number, v: number): void {
  const le = b[4] >> 4 !== 0;
  b[at + (le ? 0 : 1)] = v & 0xff;
  b[at + (le ? 1 : 0)] = (v >> 8) & 0xff;
}

function mutate(r: () => number, valid: Uint8Array): Uint8Array {
  const b = valid.slice();
  // Half the PDUs stay valid so connections live long enough to reach deep states.
  const pick = r() % 20;
  switch (pick < 10 ? 0 : pick - 8) {
    case 0:
      return b; // valid PDUs keep the connection alive and reach the dispatcher
    case 2:
      for (let i = 1 + (r() % 4); i > 0; i--) b[r() % b.length] = r() & 0xff;
      return b;
    case 3:
      setU16(b, 8, [0, 0xffff, b.length - 1, b.length + 1, 16, 10][r() % 6]);
      return b;
    case 4:
      return b.subarray(0, r() % b.length); // truncated: framing merges it with the next PDU
    case 5: {
      const n = 10 + (r() % Math.max(1, b.length - 9));
      const t = b.subarray(0, Math.min(n, b.length));
      setU16(t, 8, t.length); // consistent frag_length over a truncated body
      return t;
    }
    case 6:
      setU16(b, 10, [r() & 0xffff, b.length - 16, b.length - 24, 1][r() % 4]);
      return b;
    case 7:
      if (b.length > 30) {
        b[24] = r() & 0xff; // n_context_elem / alloc_hint byte
        b[30] = r() & 0xff; // n_transfer_syn / opnum byte
      }
      return b;
    case 8:
      b[2] = r() % 24;
      return b;
    case 9:
      b[4] = r() & 0xff;
      return b;
    case 10:
      b[3] = r() & 0xff;
      return b;
    default: {
      const g = Uint8Array.from({ length: r() % 300 }, () => r() & 0xff);
      if (g.length >= 10 && r() % 2) {
        g[0] = 5;
        g[1] = 0;
        g[4] = 0x10;
        setU16(g, 8, g.length);
      }
      return g;
    }
  }
}

/** Body-only damage: the header stays valid, so the connection survives and calls get dispatched. */
function mutateBody(r: () => number, valid: Uint8Array): Uint8Array {
  const b = valid.slice();
  if (r() % 2 === 0 || b.length <= 16) return b;
  for (let i = 1 + (r() % 3); i > 0; i--) b[16 + (r() % (b.length - 16))] = r() & 0xff;
  return b;
}

function bindBytes(r: () => number): Uint8Array {
  return encodePdu({
    type: 'bind',
    callId: 1,
    flags: FL | (r() % 2 ? PfcFlags.CONC_MPX : 0),
    maxXmitFrag: 5840,
    maxRecvFrag: [1432, 4280, 5840][r() % 3],
    assocGroupId: 0,
    contexts: [ctx(0, TEST_SYNTAX, NDR20_SYNTAX), ctx(1, TEST_SYNTAX, NDR64_SYNTAX)],
  });
}

/**
 * One connection: a bind (usually valid), then mutated PDUs one write at a time until the server
 * closes it or `budget` PDUs were fed. In-process pushes reach the server synchronously, so every
 * PDU written before the close was seen by it. Returns how many PDUs were fed.
 */
async function runConnection(
  server: RpcServer,
  r: () => number,
  budget: number,
  gentle = false,
): Promise<number> {
  const [client, serverSide] = duplexPair();
  server.handle(serverSide as Duplex, info);
  client.on('data', () => {}); // keep the server's writes flowing
  client.on('error', () => {});
  const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
  const serverGone = (): boolean => serverSide.writableEnded || serverSide.destroyed;
  client.write(r() % 8 === 0 ? mutate(r, bindBytes(r)) : bindBytes(r));
  // Once both ends flow, each write reaches the server synchronously.
  await new Promise((resolve) => setImmediate(resolve));
  let fed = 1;
  while (fed < budget && !serverGone()) {
    const ts = templates(r);
    // The last three templates (bind, response, fault) always end a bound connection: keep them rare.
    const which = !gentle && r() % 16 === 0 ? ts.length - 1 - (r() % 3) : r() % (ts.length - 3);
    const valid = encodePdu(ts[which]);
    client.write(gentle ? mutateBody(r, valid) : mutate(r, valid));
    fed++;
    // Now and then let calls complete so replies and faults are written too.
    if (fed % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  client.end();
  await closed;
  return fed;
}

/** A way to force GC so heap growth measures retention, not garbage; undefined if unavailable. */
function collector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

describe('server fuzz', () => {
  const problems: unknown[] = [];
  const onProblem = (e: unknown): void => void problems.push(e);

  before(() => {
    process.on('uncaughtException', onProblem);
    process.on('unhandledRejection', onProblem);
  });
  after(() => {
    process.off('uncaughtException', onProblem);
    process.off('unhandledRejection', onProblem);
  });

  it(`survives ${TOTAL_PDUS} random and mutated PDUs`, async (tc) => {
    // Internal errors (a bug in the server, not in the input) are logged at error level: count them.
    const internal: unknown[] = [];
    const noop = (): void => {};
    const logger = {
      debug: noop,
      info: noop,
      warn: noop,
      // 'method threw' is the test interface's opnum 7 doing its job.
      error: (o: unknown, msg?: string) => void (msg === 'rpc: method threw' || internal.push([msg, o])),
    };
    const server = new RpcServer({ maxCallBytes: 256 * 1024, maxCallsPerConnection: 32, logger });
    const t = createTestInterface({ transferSyntaxes: ['ndr64', 'ndr20'] });
    server.register(t.iface);
    const r = rng(0x5eed1234);
    const gc = collector();

    let fed = 0;
    let connections = 0;
    while (fed < 2000) {
      const n = await runConnection(server, r, PDUS_PER_CONNECTION); // warm-up
      fed += n;
    }
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    // Count what reached the decoder, not what was written.
    const seenBefore = server.stats().pktsIn;
    const seen = (): number => server.stats().pktsIn - seenBefore;

    const worker = async (): Promise<void> => {
      while (seen() < TOTAL_PDUS) {
        connections++;
        // One connection in eight only damages bodies: it lives long and dispatches many calls.
        const gentle = connections % 8 === 0;
        const n = await runConnection(server, r, gentle ? 40 : PDUS_PER_CONNECTION, gentle);
        fed += n;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    // Let aborted sleeps and pending replies settle.
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc?.();
    const heapAfter = process.memoryUsage().heapUsed;

    assert.deepEqual(problems, []);
    assert.equal(internal.length, 0, `internal errors: ${JSON.stringify(internal.slice(0, 3))}`);
    assert.equal(server.connectionCount, 0, 'every connection was cleaned up');
    assert.equal(server.associationCount, 0, 'every association group was released');
    const stats = server.stats();
    tc.diagnostic(
      JSON.stringify({ seen: seen(), fed, connections, ...stats, heapGrowth: heapAfter - heapBefore }),
    );
    assert.ok(seen() >= TOTAL_PDUS && connections > 0);
    assert.ok(stats.callsIn > 1000, `only ${stats.callsIn} calls dispatched`);
    // Bounded growth: the server keeps nothing per finished connection. With --expose-gc the
    // measured retention is well under 1 MiB; without it, garbage not yet collected adds noise.
    const growth = heapAfter - heapBefore;
    const limit = gc ? 8 * 1024 * 1024 : 64 * 1024 * 1024;
    assert.ok(growth < limit, `heap grew by ${(growth / 1048576).toFixed(1)} MiB`);

    // A well-formed client is still served correctly.
    const l = await listen(server);
    const c = await RawClient.connect(l.port);
    const ack = await c.bind([ctx(0, TEST_SYNTAX)]);
    assert.equal(ack?.type, 'bind_ack');
    const reply = await c.call(0, Op.echo, Uint8Array.of(1, 2, 3, 4), 2);
    assert.deepEqual(stubOf(reply), Uint8Array.of(1, 2, 3, 4));
    c.close();
    server.close();
    await l.close();
    assert.deepEqual(problems, []);
  });
});
