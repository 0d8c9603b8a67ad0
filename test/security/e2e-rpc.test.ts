/**
 * winrpc's RPC client and server over TCP with the real providers (NTLMSSP and SPNEGO/NTLM) on
 * both sides: the token legs through bind / auth3 / alter_context, then calls at integrity and
 * privacy with fragmentation and concurrency, with and without header signing.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { connectTcpRpc } from '../../src/rpc/client.js';
import { RpcServer } from '../../src/rpc/server.js';
import { AuthLevel, AuthType } from '../../src/rpc/types.js';
import { NtlmAcceptor } from '../../src/security/ntlm/acceptor.js';
import { NtlmInitiator } from '../../src/security/ntlm/initiator.js';
import type { SecurityContext } from '../../src/security/provider.js';
import { rpcClientSecurityProvider, rpcSecurityProvider } from '../../src/rpc/gss-providers.js';
import { SpnegoAcceptor, SpnegoInitiator } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { listenTcp } from '../../src/transport/tcp.js';
import { Op, TEST_IFACE, testInterface } from '../fixtures/client-test-iface.js';
import { ALICE, acceptorOptions } from './fixtures.js';

const HOST = '127.0.0.1';

const mechanisms: readonly {
  name: string;
  authType: number;
  client: (password: string) => SecurityContext;
  server: () => SecurityContext;
}[] = [
  {
    name: 'NTLMSSP',
    authType: AuthType.WINNT,
    client: (password) => new NtlmInitiator({ ...ALICE, password }),
    server: () => new NtlmAcceptor(acceptorOptions()),
  },
  {
    name: 'SPNEGO',
    authType: AuthType.GSS_NEGOTIATE,
    client: (password) =>
      new SpnegoInitiator({ mechanisms: [ntlmMechanism({ initiator: { ...ALICE, password } })] }),
    server: () => new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] }),
  },
];

async function withServer(body: (port: number) => Promise<void>): Promise<void> {
  const server = new RpcServer({ maxRecvFrag: 1432, maxXmitFrag: 1432 });
  server.register(testInterface());
  for (const m of mechanisms) {
    server.registerSecurityProvider(
      rpcSecurityProvider({ authType: m.authType, name: m.name, newContext: m.server }),
    );
  }
  const listener = await listenTcp((s, info) => server.handle(s, info), { host: HOST, port: 0 });
  try {
    await body(listener.port);
  } finally {
    server.close();
    await listener.close();
  }
}

for (const m of mechanisms) {
  for (const level of [AuthLevel.CONNECT, AuthLevel.PKT_INTEGRITY, AuthLevel.PKT_PRIVACY]) {
    test(`${m.name} at auth level ${level}: identity, fragments, concurrency`, async () => {
      await withServer(async (port) => {
        const provider = rpcClientSecurityProvider({
          authType: m.authType,
          name: m.name,
          newContext: () => m.client(ALICE.password),
        });
        const c = await connectTcpRpc(HOST, port, {
          maxXmitFrag: 1432,
          maxRecvFrag: 1432,
          security: { provider, level, authContextId: 3 },
        });
        try {
          const ctx = await c.bind(TEST_IFACE, { transferSyntaxes: ['ndr20'] });
          assert.equal(
            Buffer.from(await c.call(ctx, Op.whoami, new Uint8Array(0))).toString(),
            `${m.authType}/${level}/alice`,
          );
          const big = randomBytes(50_000);
          assert.ok(Buffer.from(await c.call(ctx, Op.reverse, big)).equals(Buffer.from(big).reverse()));
          const many = await Promise.all(
            Array.from({ length: 30 }, (_, i) =>
              c.call(ctx, Op.echo, Buffer.from(`call ${i} `.repeat(i * 20))),
            ),
          );
          many.forEach((r, i) => assert.equal(Buffer.from(r).toString(), `call ${i} `.repeat(i * 20)));
        } finally {
          await c.close();
        }
      });
    });
  }

  test(`${m.name}: a wrong password never yields a working call`, async () => {
    await withServer(async (port) => {
      const provider = rpcClientSecurityProvider({
        authType: m.authType,
        name: m.name,
        newContext: () => m.client('wrong'),
      });
      const c = await connectTcpRpc(HOST, port, { security: { provider, level: AuthLevel.PKT_PRIVACY } });
      try {
        const outcome = await c
          .bind(TEST_IFACE)
          .then((ctx) => c.call(ctx, Op.whoami, new Uint8Array(0)))
          .then(
            () => 'succeeded',
            (err: unknown) => (err instanceof Error ? err.name : String(err)),
          );
        assert.notEqual(outcome, 'succeeded');
      } finally {
        await c.close().catch(() => undefined);
      }
    });
  });
}
