import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SecStatus } from '../../src/errors/status.js';
import { SecurityError } from '../../src/security/errors.js';
import { AvId, NtlmFlags } from '../../src/security/ntlm/constants.js';
import {
  decodeAuthenticate,
  decodeAvPairs,
  decodeChallenge,
  decodeNegotiate,
  encodeAuthenticate,
  encodeAvPairs,
  findAv,
} from '../../src/security/ntlm/messages.js';
import { ALICE, acceptorOptions, handshake, newAcceptor, newInitiator } from './fixtures.js';
import { ntHashOf, ntlmv2ClientBlob, ntlmv2Response, ntowfv2 } from '../../src/security/ntlm/keys.js';
import { NtlmAcceptor } from '../../src/security/ntlm/acceptor.js';

function rejects(f: () => unknown, status: number): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof SecurityError, `expected SecurityError, got ${String(e)}`);
    assert.equal(e.status, status, e.message);
    return true;
  });
}

test('NTLM: initiator and acceptor agree on keys and identity', () => {
  const init = newInitiator();
  const acc = newAcceptor();
  const tokens = handshake(init, acc);
  assert.equal(tokens.length, 3);
  assert.ok(init.complete && acc.complete);
  assert.deepEqual(init.sessionKey, acc.sessionKey);
  assert.deepEqual(acc.identity, {
    user: 'alice',
    domain: 'WINRPC',
    sid: 'S-1-5-21-1-2-3-1104',
    groupSids: ['S-1-5-21-1-2-3-513'],
    anonymous: false,
  });
  assert.ok(init.integrity && init.confidentiality);
});

test('NTLM: the messages look like what Windows sends (flags, AV pairs, MIC)', () => {
  const init = newInitiator({ targetSpn: 'host/rpcsrv' });
  const acc = newAcceptor();
  const [neg, chal, auth] = handshake(init, acc);
  const n = decodeNegotiate(neg!);
  assert.ok(n.flags & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY);
  const c = decodeChallenge(chal!);
  assert.ok(c.flags & NtlmFlags.NEGOTIATE_TARGET_INFO);
  assert.ok(c.flags & NtlmFlags.TARGET_TYPE_DOMAIN);
  assert.equal(c.targetName, 'WINRPC');
  const ids = decodeAvPairs(c.targetInfo).map((p) => p.id);
  assert.deepEqual(ids, [
    AvId.MsvAvNbDomainName,
    AvId.MsvAvNbComputerName,
    AvId.MsvAvDnsDomainName,
    AvId.MsvAvDnsComputerName,
    AvId.MsvAvDnsTreeName,
    AvId.MsvAvTimestamp,
  ]);
  const a = decodeAuthenticate(auth!);
  assert.ok(a.mic, 'MIC present');
  assert.deepEqual(a.lmResponse, new Uint8Array(24), 'LM response is zeros when the server sent a timestamp');
  const clientPairs = decodeAvPairs(a.ntResponse.subarray(16 + 28));
  const flags = clientPairs.find((p) => p.id === AvId.MsvAvFlags)!.value;
  assert.equal(flags[0]! & 2, 2);
  assert.ok(clientPairs.some((p) => p.id === AvId.MsvAvTargetName));
  assert.ok(clientPairs.some((p) => p.id === AvId.MsvAvChannelBindings));
});

test('NTLM: an NT hash works in place of the password', () => {
  const init = newInitiator({ password: undefined, ntHash: ntHashOf(ALICE.password) });
  const acc = newAcceptor();
  handshake(init, acc);
  assert.ok(acc.complete);
});

test('NTLM: sign/verify and wrap/unwrap both directions, many messages', () => {
  const init = newInitiator();
  const acc = newAcceptor();
  handshake(init, acc);
  for (let i = 0; i < 20; i++) {
    const m = new Uint8Array(40 + i).map((_, j) => (i * 7 + j) & 0xff);
    acc.verify(m, init.sign(m));
    init.verify(m, acc.sign(m));
    // Sign 8 header bytes + body, seal only the body (the RPC PKT_PRIVACY split).
    const seal = { offset: 8, length: m.length - 16 };
    const w = init.wrap(m, seal);
    const onWire = new Uint8Array(m);
    onWire.set(w.sealed, seal.offset);
    assert.notDeepEqual(onWire, m);
    assert.deepEqual(acc.unwrap(onWire, w.signature, seal), m.subarray(8, m.length - 8));
    const w2 = acc.wrap(m);
    assert.deepEqual(init.unwrap(w2.sealed, w2.signature), m);
  }
});

test('NTLM: wrong password is refused with SEC_E_LOGON_DENIED / STATUS_LOGON_FAILURE', () => {
  const init = newInitiator({ password: 'wrong' });
  const acc = newAcceptor();
  assert.throws(
    () => handshake(init, acc),
    (e: unknown) =>
      e instanceof SecurityError &&
      e.status === SecStatus.SEC_E_LOGON_DENIED &&
      e.ntStatus === SecStatus.STATUS_LOGON_FAILURE,
  );
  assert.equal(acc.complete, false);
});

test('NTLM: unknown user is refused', () => {
  rejects(() => handshake(newInitiator({ user: 'mallory' }), newAcceptor()), SecStatus.SEC_E_LOGON_DENIED);
});

test('NTLM: a tampered MIC or a tampered flags field is refused', () => {
  const init = newInitiator();
  const acc = newAcceptor();
  const neg = init.step().output!;
  const chal = acc.step(neg).output!;
  const auth = init.step(chal).output!;
  const badMic = new Uint8Array(auth);
  badMic[72]! ^= 1;
  rejects(() => acc.step(badMic), SecStatus.SEC_E_LOGON_DENIED);

  // Dropping SEAL from the AUTHENTICATE flags (a downgrade) breaks the MIC too.
  const acc2 = newAcceptor();
  const init2 = newInitiator();
  const chal2 = acc2.step(init2.step().output!).output!;
  const auth2 = new Uint8Array(init2.step(chal2).output!);
  auth2[60]! &= ~NtlmFlags.NEGOTIATE_SEAL;
  rejects(() => acc2.step(auth2), SecStatus.SEC_E_LOGON_DENIED);
});

test('NTLM: a tampered NTLMv2 response is refused', () => {
  const init = newInitiator();
  const acc = newAcceptor();
  const chal = acc.step(init.step().output!).output!;
  const auth = new Uint8Array(init.step(chal).output!);
  // Flip a bit of the client challenge inside the blob (covered by NTProofStr).
  const ntOffset = new DataView(auth.buffer).getUint32(24, true);
  auth[ntOffset + 16 + 16]! ^= 0x40;
  rejects(() => acc.step(auth), SecStatus.SEC_E_LOGON_DENIED);
});

test('NTLM: an AUTHENTICATE replayed into a new acceptor is refused', () => {
  const init = newInitiator();
  const acc = newAcceptor();
  const neg = init.step().output!;
  const auth = init.step(acc.step(neg).output!).output!;
  acc.step(auth);
  const acc2 = newAcceptor();
  acc2.step(neg);
  rejects(() => acc2.step(auth), SecStatus.SEC_E_LOGON_DENIED);
});

test('NTLM: a stale timestamp is refused', () => {
  let now = 133_000_000_000_000_000n;
  const acc = new NtlmAcceptor(acceptorOptions({ now: () => now }));
  const init = newInitiator();
  const chal = acc.step(init.step().output!).output!;
  const auth = init.step(chal).output!;
  now += 37n * 3600n * 10_000_000n;
  rejects(() => acc.step(auth), SecStatus.SEC_E_LOGON_DENIED);
});

test('NTLM: altered sealed data or signature gives SEC_E_MESSAGE_ALTERED', () => {
  const init = newInitiator();
  const acc = newAcceptor();
  handshake(init, acc);
  const m = new TextEncoder().encode('the stub data of a request PDU');
  const w = init.wrap(m);
  const tampered = new Uint8Array(w.sealed);
  tampered[3]! ^= 1;
  rejects(() => acc.unwrap(tampered, w.signature), SecStatus.SEC_E_MESSAGE_ALTERED);

  const init2 = newInitiator();
  const acc2 = newAcceptor();
  handshake(init2, acc2);
  const sig = new Uint8Array(init2.sign(m));
  sig[5]! ^= 1;
  rejects(() => acc2.verify(m, sig), SecStatus.SEC_E_MESSAGE_ALTERED);
  const m2 = new Uint8Array(m);
  m2[0]! ^= 1;
  const init3 = newInitiator();
  const acc3 = newAcceptor();
  handshake(init3, acc3);
  rejects(() => acc3.verify(m2, init3.sign(m)), SecStatus.SEC_E_MESSAGE_ALTERED);
});

test('NTLM: a replayed or skipped sequence number gives SEC_E_OUT_OF_SEQUENCE', () => {
  const init = newInitiator();
  const acc = newAcceptor();
  handshake(init, acc);
  const m = new TextEncoder().encode('message');
  const s0 = init.sign(m);
  acc.verify(m, s0);
  rejects(() => acc.verify(m, s0), SecStatus.SEC_E_OUT_OF_SEQUENCE);
  // The check happens before the RC4 stream moves, so the next genuine message still verifies.
  acc.verify(m, init.sign(m));
  init.sign(m); // lost
  rejects(() => acc.verify(m, init.sign(m)), SecStatus.SEC_E_OUT_OF_SEQUENCE);
  const w = init.wrap(m);
  rejects(() => acc.unwrap(w.sealed, w.signature), SecStatus.SEC_E_OUT_OF_SEQUENCE);
});

test('NTLM: anonymous logon when allowed, refused otherwise', () => {
  const init = newInitiator({ anonymous: true });
  const acc = newAcceptor({ allowAnonymous: true });
  handshake(init, acc);
  assert.ok(acc.complete);
  assert.equal(acc.identity?.anonymous, true);
  assert.equal(acc.identity?.sid, 'S-1-5-7');
  const m = new Uint8Array([1, 2, 3]);
  acc.verify(m, init.sign(m));
  rejects(() => handshake(newInitiator({ anonymous: true }), newAcceptor()), SecStatus.SEC_E_LOGON_DENIED);
});

test('NTLM: NTLMv1 is refused unless enabled on both sides', () => {
  const v1Flags =
    NtlmFlags.NEGOTIATE_UNICODE |
    NtlmFlags.NEGOTIATE_NTLM |
    NtlmFlags.NEGOTIATE_SIGN |
    NtlmFlags.NEGOTIATE_SEAL |
    NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY |
    NtlmFlags.NEGOTIATE_128 |
    NtlmFlags.NEGOTIATE_KEY_EXCH;
  rejects(
    () => handshake(newInitiator({ ntlmV1: true, flags: v1Flags }), newAcceptor()),
    SecStatus.SEC_E_LOGON_DENIED,
  );
  const init = newInitiator({ ntlmV1: true, flags: v1Flags });
  const acc = newAcceptor({ allowNtlmV1: true });
  handshake(init, acc);
  assert.deepEqual(init.sessionKey, acc.sessionKey);
  const m = new Uint8Array([9, 8, 7]);
  const w = acc.wrap(m);
  assert.deepEqual(init.unwrap(w.sealed, w.signature), m);
});

test('NTLM: a client without 128-bit / extended session security is refused by default', () => {
  const weak =
    NtlmFlags.NEGOTIATE_UNICODE |
    NtlmFlags.NEGOTIATE_NTLM |
    NtlmFlags.NEGOTIATE_SIGN |
    NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY;
  rejects(
    () => handshake(newInitiator({ flags: weak }), newAcceptor()),
    SecStatus.SEC_E_UNSUPPORTED_FUNCTION,
  );
});

test('NTLM: protection before completion or beyond the negotiated level is refused', () => {
  const init = newInitiator();
  rejects(() => init.sign(new Uint8Array(1)), SecStatus.SEC_E_INVALID_HANDLE);
  const signOnly =
    NtlmFlags.NEGOTIATE_UNICODE |
    NtlmFlags.NEGOTIATE_NTLM |
    NtlmFlags.NEGOTIATE_SIGN |
    NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY |
    NtlmFlags.NEGOTIATE_128 |
    NtlmFlags.NEGOTIATE_KEY_EXCH;
  const i2 = newInitiator({ flags: signOnly });
  const a2 = newAcceptor();
  handshake(i2, a2);
  assert.equal(a2.confidentiality, false);
  rejects(() => a2.wrap(new Uint8Array(4)), SecStatus.SEC_E_UNSUPPORTED_FUNCTION);
  a2.verify(new Uint8Array(4), i2.sign(new Uint8Array(4)));
});

test('NTLM: steps out of order are refused', () => {
  const acc = newAcceptor();
  const init = newInitiator();
  const neg = init.step().output!;
  rejects(() => acc.step(), SecStatus.SEC_E_INVALID_TOKEN);
  const acc2 = newAcceptor();
  const chal = acc2.step(neg).output!;
  rejects(() => acc2.step(neg), SecStatus.SEC_E_INVALID_TOKEN);
  rejects(() => newAcceptor().step(chal), SecStatus.SEC_E_INVALID_TOKEN);
});

test('NTLM: connect level (no sign/seal) drops key exchange and still agrees on the session key', () => {
  const connectOnly =
    NtlmFlags.NEGOTIATE_UNICODE |
    NtlmFlags.NEGOTIATE_NTLM |
    NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY |
    NtlmFlags.NEGOTIATE_128 |
    NtlmFlags.NEGOTIATE_KEY_EXCH |
    NtlmFlags.NEGOTIATE_VERSION;
  const init = newInitiator({ flags: connectOnly });
  const acc = newAcceptor();
  const [, , auth] = handshake(init, acc);
  const a = decodeAuthenticate(auth!);
  assert.equal(a.flags & NtlmFlags.NEGOTIATE_KEY_EXCH, 0);
  assert.equal(a.encryptedRandomSessionKey.length, 0);
  assert.deepEqual(init.sessionKey, acc.sessionKey);
  assert.equal(acc.integrity, false);
});

test('NTLM: channel bindings are checked when the acceptor has them', () => {
  const cbt = new Uint8Array(16).fill(0x5a);
  const ok = newAcceptor({ channelBindingsHash: cbt, requireChannelBindings: true });
  handshake(newInitiator({ channelBindingsHash: cbt }), ok);
  assert.ok(ok.complete);
  rejects(
    () =>
      handshake(
        newInitiator({ channelBindingsHash: new Uint8Array(16).fill(1) }),
        newAcceptor({ channelBindingsHash: cbt }),
      ),
    SecStatus.SEC_E_BAD_BINDINGS,
  );
  rejects(
    () => handshake(newInitiator(), newAcceptor({ channelBindingsHash: cbt, requireChannelBindings: true })),
    SecStatus.SEC_E_BAD_BINDINGS,
  );
  // Without requireChannelBindings, a client that sends none (all zeros) is accepted.
  const lax = newAcceptor({ channelBindingsHash: cbt });
  handshake(newInitiator(), lax);
  assert.ok(lax.complete);
});

test('NTLM: a client without MIC support is accepted unless the acceptor requires a MIC', () => {
  /** A hand-built pre-Vista style AUTHENTICATE: NTLMv2 response, no MsvAvFlags, no MIC field. */
  const micLessAuth = (acc: NtlmAcceptor): Uint8Array => {
    const negotiate = newInitiator().step().output!;
    const chal = decodeChallenge(acc.step(negotiate).output!);
    const pairs = decodeAvPairs(chal.targetInfo);
    const time = new DataView(findAv(pairs, AvId.MsvAvTimestamp)!.buffer).getBigUint64(0, true);
    const cc = new Uint8Array(8).fill(3);
    const blob = ntlmv2ClientBlob(time, cc, encodeAvPairs(pairs));
    const key = ntowfv2(ntHashOf(ALICE.password), ALICE.user, ALICE.domain);
    const r = ntlmv2Response(key, chal.serverChallenge, cc, blob);
    const flags = chal.flags & ~NtlmFlags.NEGOTIATE_KEY_EXCH & ~NtlmFlags.NEGOTIATE_VERSION;
    return encodeAuthenticate({
      flags,
      lmResponse: r.lmResponse,
      ntResponse: r.ntResponse,
      domain: ALICE.domain,
      user: ALICE.user,
      workstation: 'OLDBOX',
      encryptedRandomSessionKey: new Uint8Array(0),
      withMic: false,
    });
  };
  const lax = newAcceptor();
  lax.step(micLessAuth(lax));
  assert.ok(lax.complete);
  assert.equal(lax.identity?.user, 'alice');
  const strict = newAcceptor({ requireMic: true });
  rejects(() => strict.step(micLessAuth(strict)), SecStatus.SEC_E_INVALID_TOKEN);
});
