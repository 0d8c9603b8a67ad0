/**
 * The client's security plumbing against RpcServer over TCP, with a toy mechanism on both sides:
 * bind legs (rpc_auth_3 and alter_context), per-PDU signing and sealing, fragmentation with
 * verifiers, and refusal when the secrets differ.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connectTcpRpc, type RpcClientConnection, type RpcClientOptions } from '../../src/rpc/client.js';
import { RpcServer, type RpcServerOptions } from '../../src/rpc/server.js';
import { listenTcp } from '../../src/transport/tcp.js';
import { AuthLevel } from '../../src/rpc/types.js';
import { Op, TEST_IFACE, testInterface } from '../fixtures/client-test-iface.js';
import { TOY_AUTH_TYPE, toyClient, toyServer, type ToyOptions } from '../fixtures/client-toy-security.js';

const HOST = '127.0.0.1';

async function withServer(
  toy: ToyOptions,
  serverOpts: RpcServerOptions,
  body: (connect: (o: RpcClientOptions) => Promise<RpcClientConnection>) => Promise<void>,
): Promise<void> {
  const server = new RpcServer(serverOpts);
  server.register(testInterface());
  server.registerSecurityProvider(toyServer('s3cret', toy));
  const listener = await listenTcp((s, info) => server.handle(s, info), { host: HOST, port: 0 });
  const clients: RpcClientConnection[] = [];
  try {
    await body(async (o) => {
      const c = await connectTcpRpc(HOST, listener.port, o);
      clients.push(c);
      return c;
    });
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    server.close();
    await listener.close();
  }
}

for (const legs of [3, 4] as const) {
  for (const level of [AuthLevel.CONNECT, AuthLevel.PKT_INTEGRITY, AuthLevel.PKT_PRIVACY]) {
    for (const headerSigning of [true, false]) {
      test(`${legs}-leg toy auth at level ${level}, header signing ${headerSigning}: calls, fragments, concurrency`, async () => {
        const toy = { legs, headerSigning };
        await withServer(toy, { maxRecvFrag: 1432, maxXmitFrag: 1432 }, async (connect) => {
          const c = await connect({
            maxXmitFrag: 1432,
            maxRecvFrag: 1432,
            security: { provider: toyClient('s3cret', toy), level, authContextId: 7 },
          });
          const ctx = await c.bind(TEST_IFACE, { transferSyntaxes: ['ndr20', 'ndr64'] });
          assert.equal(c.headerSigning, headerSigning);
          assert.equal(
            Buffer.from(await c.call(ctx, Op.whoami, new Uint8Array(0))).toString(),
            `${TOY_AUTH_TYPE}/${level}/toy`,
          );
          const big = randomBytes(100_000 + legs + level);
          assert.ok(Buffer.from(await c.call(ctx, Op.reverse, big)).equals(Buffer.from(big).reverse()));
          const many = await Promise.all(
            Array.from({ length: 50 }, (_, i) => c.call(ctx, Op.echo, Buffer.from(`call ${i} `.repeat(i)))),
          );
          many.forEach((r, i) => assert.equal(Buffer.from(r).toString(), `call ${i} `.repeat(i)));
          // A second interface context on the authenticated connection (alter_context without auth).
          const again = await c.bind(TEST_IFACE, { transferSyntaxes: ['ndr20'] });
          assert.deepEqual(await c.call(again, Op.echo, Uint8Array.of(1, 2)), Uint8Array.of(1, 2));
        });
      });
    }
  }
}

test('different secrets: the handshake or the first call fails, never a silent success', async () => {
  for (const legs of [3, 4] as const) {
    await withServer({ legs }, {}, async (connect) => {
      const c = await connect({
        security: { provider: toyClient('wrong', { legs }), level: AuthLevel.PKT_PRIVACY },
      });
      const outcome = await c
        .bind(TEST_IFACE)
        .then((ctx) => c.call(ctx, Op.whoami, new Uint8Array(0)))
        .then(
          () => 'succeeded',
          (err: unknown) => (err instanceof Error ? err.name : String(err)),
        );
      // The server refuses the proof: RPC_S_SEC_PKG_ERROR fault (alter_context or the call) or a close.
      assert.ok(['RpcFault', 'ConnectionError', 'AuthenticationError'].includes(outcome), outcome);
    });
  }
});
