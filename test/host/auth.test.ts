/**
 * `winrpc serve`'s host with accounts: our client authenticates with NTLMSSP and SPNEGO at
 * integrity and privacy, handlers see the verified identity, a wrong password is refused, an
 * interface's minimum level is enforced and a verification trailer is checked and removed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { AccountService, CLUSTER_READERS_GROUP } from '../../src/accounts/service.js';
import { clientSecurity, type ClientCredentials, type Mechanism } from '../../src/cli/credentials.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { startHost, type RunningHost } from '../../src/host/host.js';
import { connectTcpRpc } from '../../src/rpc/client.js';
import {
  AuthLevel,
  NDR20_SYNTAX,
  RpcFault,
  type RpcServerInterface,
  type SyntaxId,
} from '../../src/rpc/types.js';
import { RpcStatus } from '../../src/errors/status.js';
import { encodeVerificationTrailer } from '../../src/rpc/verification-trailer.js';
import { MemoryStore } from '../../src/store/index.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const WHOAMI: SyntaxId = { uuid: '6b1c2d3e-0000-4000-8000-00000000a11c', major: 1, minor: 0 };
const PRIVATE: SyntaxId = { uuid: '6b1c2d3e-0000-4000-8000-00000000a11d', major: 1, minor: 0 };

function whoami(syntax: SyntaxId, minAuthLevel?: number): RpcServerInterface {
  return {
    name: 'whoami',
    syntax,
    transferSyntaxes: ['ndr20'],
    ...(minAuthLevel !== undefined ? { minAuthLevel } : {}),
    invoke: (ctx, stub) =>
      new TextEncoder().encode(
        JSON.stringify({
          type: ctx.auth.type,
          level: ctx.auth.level,
          identity: ctx.auth.identity ?? null,
          stubLength: stub.length,
        }),
      ),
  };
}

interface Seen {
  type: number;
  level: number;
  identity: { user: string; domain: string; sid: string; groupSids: string[]; anonymous: boolean } | null;
  stubLength: number;
}

describe('host authentication', () => {
  let host: RunningHost;
  let accounts: AccountService;
  let port: number;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-auth-'));

  before(async () => {
    accounts = AccountService.open(new MemoryStore(), { machineName: 'authtest' });
    accounts.ensureAdministrator('Adm1n!pw');
    accounts.addUser('reader', { password: 'R3ader!pw' }, { groups: [CLUSTER_READERS_GROUP] });
    host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, stateDir: dir, logLevel: 'silent' },
      logger: pino({ level: 'silent' }),
      accounts,
      services: [
        {
          name: 'whoami',
          interfaces: [whoami(WHOAMI), whoami(PRIVATE, AuthLevel.PKT_PRIVACY)],
        },
      ],
    });
    port = host.endpoints.find((e) => e.name === 'services')!.port;
  });
  after(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const creds = (user: string, password: string): ClientCredentials => ({
    user,
    domain: '',
    password,
    anonymous: false,
  });

  async function call(
    c: ClientCredentials | undefined,
    mechanism: Mechanism,
    level: number,
    syntax = WHOAMI,
    stub: Uint8Array = new Uint8Array(8),
  ): Promise<Seen> {
    const security = c ? clientSecurity(c, { mechanism, level }) : undefined;
    const conn = await connectTcpRpc('127.0.0.1', port, {
      timeoutMs: 5000,
      ...(security ? { security } : {}),
    });
    try {
      const ctx = await conn.bind(syntax);
      const out = await conn.call(ctx, 0, stub);
      return JSON.parse(new TextDecoder().decode(out)) as Seen;
    } finally {
      await conn.close();
    }
  }

  for (const mechanism of ['ntlm', 'spnego'] as const) {
    for (const level of [AuthLevel.PKT_INTEGRITY, AuthLevel.PKT_PRIVACY]) {
      it(`${mechanism} at level ${level}: the handler sees the verified identity`, async () => {
        const seen = await call(creds('Administrator', 'Adm1n!pw'), mechanism, level);
        assert.equal(seen.level, level);
        assert.equal(seen.type, mechanism === 'ntlm' ? 10 : 9);
        assert.equal(seen.identity?.user, 'Administrator');
        assert.equal(seen.identity?.domain, 'AUTHTEST');
        assert.equal(seen.identity?.sid, `${accounts.machineSid}-500`);
        assert.ok(seen.identity?.groupSids.includes('S-1-5-32-544'));
        assert.equal(seen.identity?.anonymous, false);
        assert.equal(host.policy?.cmrpAccess(seen.identity ?? undefined), 'all');
      });
    }
  }

  it('a reader is identified as one (the policy gives it read)', async () => {
    const seen = await call(creds('READER', 'R3ader!pw'), 'ntlm', AuthLevel.PKT_PRIVACY);
    assert.equal(seen.identity?.user, 'reader');
    assert.equal(host.policy?.cmrpAccess(seen.identity ?? undefined), 'read');
    assert.equal(host.policy?.rrasAdmin(seen.identity ?? undefined), false);
  });

  it('unauthenticated calls still work where no minimum level is set', async () => {
    const seen = await call(undefined, 'ntlm', AuthLevel.NONE);
    assert.equal(seen.level, AuthLevel.NONE);
    assert.equal(seen.identity, null);
  });

  for (const mechanism of ['ntlm', 'spnego'] as const) {
    it(`${mechanism}: a wrong password or an unknown user is refused`, async () => {
      await assert.rejects(call(creds('Administrator', 'wrong'), mechanism, AuthLevel.PKT_INTEGRITY));
      await assert.rejects(call(creds('nobody', 'Adm1n!pw'), mechanism, AuthLevel.PKT_PRIVACY));
    });
  }

  it('an interface requiring privacy refuses integrity and anonymous callers with access denied', async () => {
    const denied = (e: unknown): boolean =>
      e instanceof RpcFault && e.status === RpcStatus.RPC_S_ACCESS_DENIED;
    await assert.rejects(
      call(creds('reader', 'R3ader!pw'), 'ntlm', AuthLevel.PKT_INTEGRITY, PRIVATE),
      denied,
    );
    await assert.rejects(call(undefined, 'ntlm', AuthLevel.NONE, PRIVATE), denied);
    const ok = await call(creds('reader', 'R3ader!pw'), 'spnego', AuthLevel.PKT_PRIVACY, PRIVATE);
    assert.equal(ok.level, AuthLevel.PKT_PRIVACY);
  });

  it('strips a valid verification trailer and refuses one naming another context', async () => {
    const trailer = (iface: SyntaxId): Uint8Array =>
      encodeVerificationTrailer([
        { kind: 'bitmask1', mustProcess: false, bits: 1 },
        { kind: 'pcontext', mustProcess: false, interfaceId: iface, transferSyntax: NDR20_SYNTAX },
      ]);
    const good = Buffer.concat([new Uint8Array(12), trailer(WHOAMI)]);
    for (const level of [AuthLevel.PKT_INTEGRITY, AuthLevel.PKT_PRIVACY]) {
      const seen = await call(creds('reader', 'R3ader!pw'), 'ntlm', level, WHOAMI, good);
      assert.equal(seen.stubLength, 12);
    }
    const bad = Buffer.concat([new Uint8Array(12), trailer(PRIVATE)]);
    await assert.rejects(
      call(creds('reader', 'R3ader!pw'), 'ntlm', AuthLevel.PKT_PRIVACY, WHOAMI, bad),
      (e: unknown) => e instanceof RpcFault && e.status === RpcStatus.RPC_S_ACCESS_DENIED,
    );
    // Unauthenticated stubs are never touched.
    const anon = await call(undefined, 'ntlm', AuthLevel.NONE, WHOAMI, bad);
    assert.equal(anon.stubLength, bad.length);
  });
});
