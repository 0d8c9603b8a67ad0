import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BindNakReason, Nca, RpcStatus } from '../../src/errors/status.js';
import { ContextHandleStore } from '../../src/rpc/context-handles.js';
import { PfcFlags, encodePdu, type Pdu } from '../../src/rpc/pdu.js';
import type { ProtectedPdu } from '../../src/rpc/security.js';
import { RpcServer } from '../../src/rpc/server.js';
import { AuthLevel, AuthType, RpcFault, type SyntaxId } from '../../src/rpc/types.js';
import {
  FAKE_SIG_LENGTH,
  FakeSecurityProvider,
  fakeSignature,
  withBody,
  xorBody,
} from '../fixtures/rpc-server/fake-security.js';
import { RawClient, ctx, listen, type Listening } from '../fixtures/rpc-server/raw-client.js';
import { Op, TEST_SYNTAX, createTestInterface } from '../fixtures/rpc-server/test-interface.js';

const FL = PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG;
const SECURE: SyntaxId = { uuid: '0b6edbfa-4a24-4fc6-8a23-942b1eca65d3', major: 1, minor: 0 };
const AUTH_CTX = 7;
const text = new TextEncoder();
const untext = new TextDecoder();

let server: RpcServer;
let l: Listening;
const clients: RawClient[] = [];

before(async () => {
  server = new RpcServer();
  server.register(createTestInterface().iface);
  server.register(createTestInterface({ syntax: SECURE, minAuthLevel: AuthLevel.PKT_PRIVACY }).iface);
  server.registerSecurityProvider(new FakeSecurityProvider(AuthType.WINNT));
  l = await listen(server);
});

after(async () => {
  for (const c of clients) c.close();
  server.close();
  await l.close();
});

function verifier(level: number, token: Uint8Array) {
  return { authType: AuthType.WINNT, authLevel: level, authPadLength: 0, authContextId: AUTH_CTX, token };
}

/** bind(hello) → bind_ack(challenge) → auth3(auth:alice). */
async function authenticated(level: number, syntax: SyntaxId = TEST_SYNTAX): Promise<RawClient> {
  const c = await RawClient.connect(l.port);
  clients.push(c);
  c.send({
    type: 'bind',
    callId: 1,
    flags: FL | PfcFlags.SUPPORT_HEADER_SIGN,
    maxXmitFrag: 5840,
    maxRecvFrag: 5840,
    assocGroupId: 0,
    contexts: [ctx(0, syntax)],
    auth: verifier(level, text.encode('hello')),
  });
  const ack = await c.next();
  assert.equal(ack?.type, 'bind_ack');
  assert.equal(ack.flags & PfcFlags.SUPPORT_HEADER_SIGN, PfcFlags.SUPPORT_HEADER_SIGN);
  assert.equal(untext.decode(ack.auth?.token), 'challenge');
  assert.deepEqual([ack.auth?.authLevel, ack.auth?.authContextId], [level, AUTH_CTX]);
  c.send({ type: 'auth3', callId: 1, flags: FL, auth: verifier(level, text.encode('auth:alice')) });
  return c;
}

function region(bytes: Uint8Array, bodyOffset: number): ProtectedPdu {
  const tokenOffset = bytes.length - FAKE_SIG_LENGTH;
  return {
    pdu: bytes.subarray(0, tokenOffset),
    bodyOffset,
    bodyLength: tokenOffset - 8 - bodyOffset,
    headerSigning: true,
  };
}

/** A request protected the way the fake provider expects. */
function protectedRequest(
  level: number,
  callId: number,
  opnum: number,
  stub: Uint8Array,
  corrupt = false,
): Uint8Array {
  const bytes = encodePdu({
    type: 'request',
    callId,
    flags: FL,
    allocHint: stub.length,
    contextId: 0,
    opnum,
    stub,
    auth: verifier(level, new Uint8Array(FAKE_SIG_LENGTH)),
  });
  const p = region(bytes, 24);
  const sig = fakeSignature(p.pdu);
  if (level === AuthLevel.PKT_PRIVACY) bytes.set(xorBody(p), 24);
  bytes.set(sig, bytes.length - FAKE_SIG_LENGTH);
  if (corrupt) bytes[24] ^= 1;
  return bytes;
}

/** Checks the reply's verifier and returns its plaintext stub. */
function openReply(c: RawClient, pdu: Pdu | undefined, level: number): Uint8Array {
  assert.ok(pdu && pdu.type === 'response', `expected a response, got ${JSON.stringify(pdu)}`);
  assert.ok(pdu.auth);
  const bytes = c.rawOf(pdu);
  assert.ok(bytes);
  const p = region(bytes, 24);
  if (level === AuthLevel.PKT_PRIVACY) {
    const plain = xorBody(p);
    assert.deepEqual(fakeSignature(withBody(p, plain)), pdu.auth.token);
    return plain.subarray(0, plain.length - pdu.auth.authPadLength);
  }
  assert.deepEqual(fakeSignature(p.pdu), pdu.auth.token);
  return pdu.stub;
}

describe('security provider plumbing', () => {
  it('packet integrity: signed request, signed response, identity reaches the call', async () => {
    const c = await authenticated(AuthLevel.PKT_INTEGRITY);
    c.send(protectedRequest(AuthLevel.PKT_INTEGRITY, 2, Op.whoami, new Uint8Array(0)));
    assert.equal(untext.decode(openReply(c, await c.next(), AuthLevel.PKT_INTEGRITY)), '10:5:alice');
  });

  it('packet privacy: sealed both ways; a privacy-only interface accepts the call', async () => {
    const c = await authenticated(AuthLevel.PKT_PRIVACY, SECURE);
    const stub = Uint8Array.from({ length: 37 }, (_, i) => i);
    c.send(protectedRequest(AuthLevel.PKT_PRIVACY, 2, Op.echo, stub));
    assert.deepEqual(openReply(c, await c.next(), AuthLevel.PKT_PRIVACY), stub);
  });

  it('a tampered request gets a fault and the connection ends', async () => {
    const c = await authenticated(AuthLevel.PKT_INTEGRITY);
    c.send(protectedRequest(AuthLevel.PKT_INTEGRITY, 2, Op.echo, Uint8Array.of(1, 2), true));
    const f = await c.next();
    assert.equal(f?.type, 'fault');
    assert.equal(f.status, RpcStatus.RPC_S_SEC_PKG_ERROR);
    assert.equal(await c.next(), undefined);
  });

  it('connect level: calls carry the identity without per-PDU protection', async () => {
    const c = await authenticated(AuthLevel.CONNECT);
    const r = await c.call(0, Op.whoami, new Uint8Array(0), 2);
    assert.equal(r[0].type, 'response');
    assert.equal(untext.decode(r[0].type === 'response' ? r[0].stub : undefined), '10:2:alice');
  });

  it('a refused token → bind_nak INVALID_CHECKSUM', async () => {
    const c = await RawClient.connect(l.port);
    clients.push(c);
    c.send({
      type: 'bind',
      callId: 1,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [ctx(0, TEST_SYNTAX)],
      auth: verifier(AuthLevel.PKT_INTEGRITY, text.encode('nope')),
    });
    const nak = await c.next();
    assert.equal(nak?.type, 'bind_nak');
    assert.equal(nak.rejectReason, BindNakReason.INVALID_CHECKSUM);
    assert.equal(server.associationCount >= 0, true);
  });
});

describe('ContextHandleStore', () => {
  it('typed lookups, mismatch faults, rundown errors are logged not thrown', () => {
    const errors: unknown[] = [];
    const noop = (): void => {};
    const store = new ContextHandleStore({
      debug: noop,
      info: noop,
      warn: noop,
      error: (o) => void errors.push(o),
    });
    const ran: string[] = [];
    const a = store.create('a', 'A', (s) => ran.push(s));
    const b = store.create('b', 'B', () => {
      throw new Error('rundown bug');
    });
    assert.equal(store.size, 2);
    assert.equal(store.lookup(a, 'a'), 'A');
    assert.equal(store.lookup(a, 'b'), undefined);
    assert.equal(store.lookup(new Uint8Array(20), 'a'), undefined);
    assert.equal(store.lookup(new Uint8Array(3), 'a'), undefined);
    assert.throws(
      () => store.get(b, 'a'),
      (e: unknown) => e instanceof RpcFault && e.status === Nca.nca_s_fault_context_mismatch,
    );
    // The attributes word does not take part in the lookup.
    const flagged = a.slice();
    flagged[0] = 1;
    assert.equal(store.get(flagged, 'a'), 'A');
    store.runDown();
    assert.deepEqual(ran, ['A']);
    assert.equal(errors.length, 1);
    assert.equal(store.size, 0);
    assert.throws(() => store.create('a', 'again'), RpcFault);
  });
});

describe('security failures after bind', () => {
  it('a refused auth3 gets no answer; the first request gets a fault', async () => {
    const c = await RawClient.connect(l.port);
    clients.push(c);
    c.send({
      type: 'bind',
      callId: 1,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [ctx(0, TEST_SYNTAX)],
      auth: verifier(AuthLevel.CONNECT, text.encode('hello')),
    });
    assert.equal((await c.next())?.type, 'bind_ack');
    c.send({
      type: 'auth3',
      callId: 1,
      flags: FL,
      auth: verifier(AuthLevel.CONNECT, text.encode('garbage')),
    });
    const r = await c.call(0, Op.whoami, new Uint8Array(0), 2);
    assert.equal(r[0].type, 'fault');
    assert.equal(r[0].type === 'fault' ? r[0].status : 0, RpcStatus.RPC_S_SEC_PKG_ERROR);
  });

  it('alter_context with an unknown auth type → fault', async () => {
    const c = await RawClient.connect(l.port);
    clients.push(c);
    assert.equal((await c.bind([ctx(0, TEST_SYNTAX)]))?.type, 'bind_ack');
    c.send({
      type: 'alter_context',
      callId: 2,
      flags: FL,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [ctx(0, TEST_SYNTAX)],
      auth: { authType: 0x44, authLevel: 6, authPadLength: 0, authContextId: 1, token: Uint8Array.of(1) },
    });
    const f = await c.next();
    assert.equal(f?.type, 'fault');
    assert.equal(f?.type === 'fault' ? f.status : 0, RpcStatus.RPC_S_UNKNOWN_AUTHN_SERVICE);
  });
});
