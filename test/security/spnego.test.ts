import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SecStatus } from '../../src/errors/status.js';
import { SecurityError } from '../../src/security/errors.js';
import { decodeOid, decodeOne, oid } from '../../src/security/spnego/der.js';
import { SpnegoAcceptor, SpnegoInitiator } from '../../src/security/spnego/context.js';
import { ntlmMechanism, type SpnegoMechanism } from '../../src/security/spnego/mechanisms.js';
import {
  decodeNegotiationToken,
  encodeNegTokenInit,
  encodeNegTokenResp,
  NEG_HINT_NAME,
  NegState,
  Oid,
} from '../../src/security/spnego/tokens.js';
import { ALICE, acceptorOptions, handshake } from './fixtures.js';
import { hex, toHex } from './helpers.js';

const ntlmBoth = (extra: { password?: string } = {}) =>
  ntlmMechanism({ initiator: { ...ALICE, workstation: 'CLIENT1', ...extra }, acceptor: acceptorOptions() });

/** A mechanism that exists only to be offered first and declined (stands in for Kerberos). */
const fakeKerberos: SpnegoMechanism = {
  oid: Oid.MS_KERBEROS,
  name: 'Kerberos',
  aliases: [Oid.KERBEROS],
  createInitiator: () => {
    throw new Error('not used in these tests');
  },
};

test('DER: OIDs encode as the well-known bytes', () => {
  assert.equal(toHex(oid(Oid.SPNEGO)), '06062b0601050502');
  assert.equal(toHex(oid(Oid.NTLMSSP)), '060a2b06010401823702020a');
  assert.equal(toHex(oid(Oid.KERBEROS)), '06092a864886f712010202');
  assert.equal(decodeOid(decodeOne(hex('06092a864882f712010202'))), '1.2.840.48018.1.2.2');
});

test('SPNEGO: NegTokenInit with NTLM has the layout Windows and Samba emit', () => {
  const t = encodeNegTokenInit({ mechTypes: [Oid.NTLMSSP], mechToken: hex('4e544c4d5353500001000000') });
  assert.equal(
    toHex(t),
    '602c' +
      '06062b0601050502' +
      'a022' +
      '3020' +
      'a00e300c060a2b06010401823702020a' +
      'a20e040c' +
      '4e544c4d5353500001000000',
  );
  const d = decodeNegotiationToken(t);
  assert.equal(d.kind, 'init');
  if (d.kind === 'init') {
    assert.deepEqual(d.init.mechTypes, [Oid.NTLMSSP]);
    assert.equal(toHex(d.mechTypesDer), '300c060a2b06010401823702020a');
  }
});

test('SPNEGO: NegTokenInit2 with negHints and NegTokenResp round-trip', () => {
  const init2 = encodeNegTokenInit({
    mechTypes: [Oid.MS_KERBEROS, Oid.KERBEROS, Oid.NTLMSSP],
    negHints: { hintName: NEG_HINT_NAME },
    mechListMIC: hex('0102'),
  });
  const d = decodeNegotiationToken(init2);
  assert.ok(d.kind === 'init');
  assert.equal(d.init.negHints?.hintName, NEG_HINT_NAME);
  assert.deepEqual(d.init.mechListMIC, hex('0102'));
  const resp = encodeNegTokenResp({
    negState: NegState.ACCEPT_INCOMPLETE,
    supportedMech: Oid.NTLMSSP,
    responseToken: hex('aabb'),
    mechListMIC: hex('cc'),
  });
  assert.equal(toHex(resp).slice(0, 4), 'a1' + (resp.length - 2).toString(16).padStart(2, '0'));
  const r = decodeNegotiationToken(resp);
  assert.ok(r.kind === 'resp');
  assert.deepEqual(r.resp, {
    negState: NegState.ACCEPT_INCOMPLETE,
    supportedMech: Oid.NTLMSSP,
    responseToken: hex('aabb'),
    mechListMIC: hex('cc'),
  });
});

test('SPNEGO: NTLM handshake with mechListMIC both ways, then protection both directions', () => {
  const init = new SpnegoInitiator({ mechanisms: [ntlmBoth()] });
  const acc = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  const tokens = handshake(init, acc);
  assert.equal(tokens.length, 4);
  assert.ok(init.complete && acc.complete);
  const last = decodeNegotiationToken(tokens[3]!);
  assert.ok(
    last.kind === 'resp' && last.resp.negState === NegState.ACCEPT_COMPLETED && last.resp.mechListMIC,
  );
  const third = decodeNegotiationToken(tokens[2]!);
  assert.ok(third.kind === 'resp' && third.resp.mechListMIC && third.resp.responseToken);
  assert.deepEqual(init.sessionKey, acc.sessionKey);
  assert.equal(acc.identity?.user, 'alice');
  // After the mechListMIC the RC4 streams restart but sequence numbers continue.
  for (let i = 0; i < 5; i++) {
    const m = new Uint8Array(30).fill(i);
    acc.verify(m, init.sign(m));
    init.verify(m, acc.sign(m));
    const w = init.wrap(m, { offset: 4, length: 16 });
    const wire = new Uint8Array(m);
    wire.set(w.sealed, 4);
    assert.deepEqual(acc.unwrap(wire, w.signature, { offset: 4, length: 16 }), m.subarray(4, 20));
  }
});

test('SPNEGO: acceptor picks NTLM when the client prefers a mechanism it lacks', () => {
  const acc = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  // Hand-made client token offering Kerberos first with no optimistic token.
  const first = encodeNegTokenInit({ mechTypes: [Oid.MS_KERBEROS, Oid.NTLMSSP] });
  const r = acc.step(first);
  const d = decodeNegotiationToken(r.output!);
  assert.ok(d.kind === 'resp');
  assert.equal(d.resp.supportedMech, Oid.NTLMSSP);
  assert.equal(d.resp.responseToken, undefined);
  assert.equal(d.resp.negState, NegState.ACCEPT_INCOMPLETE);
});

test('SPNEGO: initiator follows the acceptor to its second mechanism', () => {
  const ntlm = ntlmBoth();
  const kerbThenNtlm: SpnegoMechanism[] = [
    { ...fakeKerberos, createInitiator: () => ntlm.createInitiator!() },
    ntlm,
  ];
  // The "Kerberos" entry silently runs NTLM so that its optimistic token is well-formed.
  const init = new SpnegoInitiator({ mechanisms: kerbThenNtlm });
  const acc = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  handshake(init, acc);
  assert.ok(init.complete && acc.complete);
  assert.equal(init.selectedMech, Oid.NTLMSSP);
  assert.deepEqual(init.sessionKey, acc.sessionKey);
});

test('SPNEGO: the server hint (NegTokenInit2) starts a client', () => {
  const acc = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  const hint = acc.step();
  assert.equal(hint.complete, false);
  const init = new SpnegoInitiator({ mechanisms: [ntlmBoth()] });
  let out = init.step(hint.output);
  let back = acc.step(out.output!);
  out = init.step(back.output!);
  back = acc.step(out.output!);
  out = init.step(back.output!);
  assert.ok(init.complete && acc.complete && out.output === undefined);
});

test('SPNEGO: wrong password surfaces the NTLM refusal', () => {
  const init = new SpnegoInitiator({ mechanisms: [ntlmBoth({ password: 'nope' })] });
  const acc = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  assert.throws(
    () => handshake(init, acc),
    (e: unknown) => e instanceof SecurityError && e.status === SecStatus.SEC_E_LOGON_DENIED,
  );
});

test('SPNEGO: a tampered mechListMIC or mechanism list is refused', () => {
  const init = new SpnegoInitiator({ mechanisms: [ntlmBoth()] });
  const acc = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  const t1 = init.step().output!;
  const t2 = acc.step(t1).output!;
  const t3 = init.step(t2).output!;
  const d = decodeNegotiationToken(t3);
  assert.ok(d.kind === 'resp');
  const mic = new Uint8Array(d.resp.mechListMIC!);
  mic[6]! ^= 1;
  const forged = encodeNegTokenResp({ ...d.resp, mechListMIC: mic });
  assert.throws(
    () => acc.step(forged),
    (e: unknown) => e instanceof SecurityError && e.status === SecStatus.SEC_E_MESSAGE_ALTERED,
  );

  // A man in the middle that edits the client's mechTypes list: the MIC no longer matches.
  const init2 = new SpnegoInitiator({ mechanisms: [ntlmBoth()] });
  const acc2 = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  const first = decodeNegotiationToken(init2.step().output!);
  assert.ok(first.kind === 'init');
  const edited = encodeNegTokenInit({
    mechTypes: [Oid.NTLMSSP, Oid.NEGOEX],
    mechToken: first.init.mechToken!,
  });
  const back = acc2.step(edited).output!;
  const t3b = init2.step(back).output!;
  assert.throws(
    () => acc2.step(t3b),
    (e: unknown) => e instanceof SecurityError && e.status === SecStatus.SEC_E_MESSAGE_ALTERED,
  );
});

test('SPNEGO: no common mechanism is refused', () => {
  const acc = new SpnegoAcceptor({ mechanisms: [ntlmBoth()] });
  assert.throws(
    () => acc.step(encodeNegTokenInit({ mechTypes: [Oid.KERBEROS] })),
    (e: unknown) => e instanceof SecurityError && e.status === SecStatus.SEC_E_SECPKG_NOT_FOUND,
  );
});
