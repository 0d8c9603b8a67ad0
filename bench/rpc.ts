/**
 * RPC runtime throughput against a raw TCP ping-pong baseline measured in the same run: same
 * payload, same frame sizes, same number of requests kept in flight, the same client-side output
 * coalescing (one write per tick), server and client in this process for both.
 */
import net from 'node:net';
import { connectTcpRpc, type BoundContext, type RpcClientConnection } from '../src/rpc/client.js';
import { RpcServer } from '../src/rpc/server.js';
import { listenTcp } from '../src/transport/tcp.js';
import type { RpcServerInterface, SyntaxId } from '../src/rpc/types.js';

const HOST = '127.0.0.1';
const PAYLOAD = 64;
/** Request frame = 24-byte request header + stub, as the RPC request is. */
const RAW_REQUEST = 24 + PAYLOAD;
const WARMUP_MS = 300;
const MEASURE_MS = 1500;

const ECHO: SyntaxId = { uuid: '3f1d2a6b-7c8e-4d9f-a0b1-c2d3e4f5a6b7', major: 1, minor: 0 };
const echoInterface: RpcServerInterface = {
  name: 'bench-echo',
  syntax: ECHO,
  transferSyntaxes: ['ndr20'],
  invoke: (_ctx, stub) => stub,
};

/** Runs `workers` closed loops of `once` for a warm-up and a measured window; returns ops/s. */
async function measure(workers: number, once: (worker: number) => Promise<void>): Promise<number> {
  let count = 0;
  let phase: 'warmup' | 'measure' | 'stop' = 'warmup';
  const loops = Array.from({ length: workers }, async (_, w) => {
    while (phase !== 'stop') {
      await once(w);
      if (phase === 'measure') count++;
    }
  });
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  phase = 'measure';
  const t0 = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, MEASURE_MS));
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  const done = count;
  phase = 'stop';
  await Promise.all(loops);
  return done / elapsed;
}

// ---- raw baseline: length-prefixed frames matched by id, echoed by a server ----------------

/** Splits a stream into frames whose u16 LE length sits at offset 8, like DCE/RPC fragments. */
function frameReader(onFrame: (frame: Buffer) => void): (chunk: Buffer) => void {
  let pending: Buffer | undefined;
  return (chunk) => {
    let buf = pending ? Buffer.concat([pending, chunk]) : chunk;
    pending = undefined;
    let off = 0;
    while (buf.length - off >= 10) {
      const len = buf.readUInt16LE(off + 8);
      if (buf.length - off < len) break;
      onFrame(buf.subarray(off, off + len));
      off += len;
    }
    if (off < buf.length) pending = buf.subarray(off);
    buf = Buffer.alloc(0);
  };
}

async function rawServer(): Promise<{ port: number; close(): Promise<void> }> {
  const listener = await listenTcp(
    (socket) => {
      socket.on(
        'data',
        frameReader((frame) => {
          // Answer like a response PDU: 24-byte header + the payload, same call id.
          const out = Buffer.allocUnsafe(frame.length);
          frame.copy(out);
          socket.write(out);
        }),
      );
    },
    { host: HOST, port: 0 },
  );
  return { port: listener.port, close: () => listener.close() };
}

interface RawClient {
  request(payload: Uint8Array): Promise<Uint8Array>;
  close(): void;
}

function rawClient(port: number, coalesce: boolean): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: HOST, port, noDelay: true }, () => {
      let nextId = 1;
      const pending = new Map<number, (b: Uint8Array) => void>();
      // Same output coalescing as the RPC client: frames of one tick leave in one write.
      const out: Buffer[] = [];
      const flush = (): void => {
        socket.write(out.length === 1 ? out[0]! : Buffer.concat(out));
        out.length = 0;
      };
      socket.on(
        'data',
        frameReader((frame) => {
          const id = frame.readUInt32LE(12);
          const done = pending.get(id);
          pending.delete(id);
          done?.(frame.subarray(24));
        }),
      );
      resolve({
        request(payload) {
          return new Promise<Uint8Array>((res) => {
            const id = nextId++;
            const frame = Buffer.alloc(24 + payload.length);
            frame.writeUInt16LE(frame.length, 8);
            frame.writeUInt32LE(id, 12);
            frame.set(payload, 24);
            pending.set(id, res);
            if (!coalesce) {
              socket.write(frame);
              return;
            }
            out.push(frame);
            if (out.length === 1) process.nextTick(flush);
          });
        },
        close: () => socket.destroy(),
      });
    });
    socket.once('error', reject);
  });
}

// ---- benches ---------------------------------------------------------------------------------

async function rpcSetup(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new RpcServer({ maxCallsPerConnection: 1024 });
  server.register(echoInterface);
  const listener = await listenTcp((s, info) => server.handle(s, info), { host: HOST, port: 0 });
  return {
    port: listener.port,
    async close() {
      server.close();
      await listener.close();
    },
  };
}

async function oneConnection(inFlight: number): Promise<void> {
  const payload = new Uint8Array(PAYLOAD).fill(0x5a);

  const rpc = await rpcSetup();
  const client = await connectTcpRpc(HOST, rpc.port);
  const ctx = await client.bind(ECHO);
  const rpcRate = await measure(inFlight, async () => {
    await client.call(ctx, 0, payload);
  });
  await client.close();
  await rpc.close();

  const rawRates: number[] = [];
  for (const coalesce of [true, false]) {
    const raw = await rawServer();
    const rc = await rawClient(raw.port, coalesce);
    rawRates.push(
      await measure(inFlight, async () => {
        await rc.request(payload);
      }),
    );
    rc.close();
    await raw.close();
  }
  const [strict, naive] = rawRates as [number, number];
  console.log(
    `rpc one-connection echo (${PAYLOAD}-byte stub, ${inFlight} in flight): ${Math.round(rpcRate)} calls/s; ` +
      `raw tcp ping-pong (${RAW_REQUEST}-byte frames, ${inFlight} in flight, coalesced writes): ` +
      `${Math.round(strict)} msgs/s; ratio ${(rpcRate / strict).toFixed(2)}`,
  );
  console.log(
    `rpc one-connection echo vs raw ping-pong with one write per frame (${inFlight} in flight): ` +
      `${Math.round(naive)} msgs/s; ratio ${(rpcRate / naive).toFixed(2)}`,
  );
}

async function manyConnections(connections: number): Promise<void> {
  const payload = new Uint8Array(PAYLOAD).fill(0xa5);

  const rpc = await rpcSetup();
  const clients: { c: RpcClientConnection; ctx: BoundContext }[] = [];
  for (let i = 0; i < connections; i++) {
    const c = await connectTcpRpc(HOST, rpc.port);
    clients.push({ c, ctx: await c.bind(ECHO) });
  }
  const rpcRate = await measure(connections, async (w) => {
    const { c, ctx } = clients[w]!;
    await c.call(ctx, 0, payload);
  });
  await Promise.all(clients.map(({ c }) => c.close()));
  await rpc.close();

  const raw = await rawServer();
  const rcs: RawClient[] = [];
  for (let i = 0; i < connections; i++) rcs.push(await rawClient(raw.port, true));
  const rawRate = await measure(connections, async (w) => {
    await rcs[w]!.request(payload);
  });
  for (const r of rcs) r.close();
  await raw.close();

  console.log(
    `rpc ${connections} connections echo (1 in flight each): ${Math.round(rpcRate)} calls/s; ` +
      `raw tcp ping-pong: ${Math.round(rawRate)} msgs/s; ratio ${(rpcRate / rawRate).toFixed(2)}`,
  );
}

export async function bench(): Promise<void> {
  await oneConnection(1);
  await oneConnection(32);
  await manyConnections(64);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  bench().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
