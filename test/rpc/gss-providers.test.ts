/**
 * The adapters against the RPC plug points (src/rpc/security.ts, src/rpc/client-security.ts),
 * driven by hand with PDU-shaped buffers: NTLM signs header + body + trailer and seals the body.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProtectedPdu } from '../../src/rpc/security.js';
import { AuthType, type TransportInfo } from '../../src/rpc/types.js';
import { SecurityError } from '../../src/security/errors.js';
import { NtlmAcceptor } from '../../src/security/ntlm/acceptor.js';
import { NtlmInitiator } from '../../src/security/ntlm/initiator.js';
import { rpcClientSecurityProvider, rpcSecurityProvider } from '../../src/rpc/gss-providers.js';
import { SpnegoAcceptor, SpnegoInitiator } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { ALICE, acceptorOptions } from '../security/fixtures.js';

const transport: TransportInfo = {
  protseq: 'ncacn_ip_tcp',
  localAddress: '127.0.0.1',
  remoteAddress: '127.0.0.1',
  endpoint: '49664',
};

/** A request-like PDU: 24-byte header, body, 8-byte sec_trailer. */
function pdu(body: Uint8Array, headerSigning = true): ProtectedPdu {
  const bytes = new Uint8Array(24 + body.length + 8);
  bytes.set([5, 0, 0, 3, 0x10, 0, 0, 0]);
  bytes.set(body, 24);
  bytes.set([10, 6, 0, 0, 0, 0, 0, 0], 24 + body.length);
  return { pdu: bytes, bodyOffset: 24, bodyLength: body.length, headerSigning };
}

for (const [name, authType, mk] of [
  [
    'NTLM',
    AuthType.WINNT,
    () => ({ c: new NtlmInitiator({ ...ALICE }), s: new NtlmAcceptor(acceptorOptions()) }),
  ],
  [
    'SPNEGO',
    AuthType.GSS_NEGOTIATE,
    () => ({
      c: new SpnegoInitiator({ mechanisms: [ntlmMechanism({ initiator: { ...ALICE } })] }),
      s: new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] }),
    }),
  ],
] as const) {
  test(`rpc adapters (${name}): token legs, integrity and privacy both ways`, async () => {
    const pair = mk();
    const server = rpcSecurityProvider({ authType, name, newContext: () => pair.s }).newContext(transport);
    const client = rpcClientSecurityProvider({ authType, name, newContext: () => pair.c }).newContext(
      transport,
    );
    let c = await client.initiate(undefined);
    let legs = 1;
    while (c.token) {
      const s = await server.accept(c.token);
      if (s.complete) assert.equal(s.identity?.user, 'alice');
      if (!s.token) break;
      c = await client.initiate(s.token);
      legs++;
    }
    assert.equal(legs, name === 'NTLM' ? 2 : 3);
    assert.equal(server.signatureLength, 16);
    assert.deepEqual(server.sessionKey, client.sessionKey);

    for (let i = 0; i < 4; i++) {
      const p = pdu(new TextEncoder().encode(`stub data #${i}, padded..`));
      assert.ok(server.verify(p, client.sign(p)));
      assert.ok(client.verify(p, server.sign(p)));

      const sealed = client.seal(p);
      const wire = new Uint8Array(p.pdu);
      wire.set(sealed.body, p.bodyOffset);
      const plain = server.unseal({ ...p, pdu: wire }, sealed.signature);
      assert.deepEqual(plain, p.pdu.subarray(24, 24 + p.bodyLength));

      const back = server.seal(p);
      const wire2 = new Uint8Array(p.pdu);
      wire2.set(back.body, p.bodyOffset);
      assert.deepEqual(
        client.unseal({ ...p, pdu: wire2 }, back.signature),
        p.pdu.subarray(24, 24 + p.bodyLength),
      );
    }

    // A header byte is covered by the signature even though only the body is encrypted.
    const p = pdu(new Uint8Array(16).fill(7));
    const sealed = client.seal(p);
    const wire = new Uint8Array(p.pdu);
    wire.set(sealed.body, p.bodyOffset);
    wire[2] = 0x99;
    assert.equal(server.unseal({ ...p, pdu: wire }, sealed.signature), undefined);
  });
}

test('rpc adapter: a refused token surfaces as a SecurityError from accept', () => {
  const server = rpcSecurityProvider({
    authType: AuthType.WINNT,
    name: 'NTLM',
    newContext: () => new NtlmAcceptor(acceptorOptions()),
  }).newContext(transport);
  assert.throws(() => server.accept(new Uint8Array([1, 2, 3])), SecurityError);
});
