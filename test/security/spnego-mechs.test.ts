/**
 * SPNEGO with a stand-in for Kerberos: a one-leg mechanism (AP-REQ / AP-REP shaped) that signs
 * with HMAC. Shows another mechanism slots in through the registry, and covers the paths NTLM
 * does not take: the acceptor finishing on the first token, and request-mic when the chosen
 * mechanism was not the initiator's first choice.
 */
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { test } from 'node:test';
import { SecStatus } from '../../src/errors/status.js';
import { messageAltered, SecurityError } from '../../src/security/errors.js';
import type { SecurityContext, StepResult, WrapResult } from '../../src/security/provider.js';
import { SpnegoAcceptor, SpnegoInitiator } from '../../src/security/spnego/context.js';
import type { SpnegoMechanism } from '../../src/security/spnego/mechanisms.js';
import { decodeNegotiationToken, NegState, Oid } from '../../src/security/spnego/tokens.js';
import { handshake } from './fixtures.js';

const KEY = Buffer.from('one-leg toy key');

class OneLeg implements SecurityContext {
  readonly mechanism = 'OneLeg';
  readonly signatureLength = 16;
  readonly integrity = true;
  readonly confidentiality = false;
  complete = false;
  private sendSeq = 0;
  private recvSeq = 0;
  constructor(readonly role: 'initiator' | 'acceptor') {}
  get sessionKey() {
    return this.complete ? new Uint8Array(KEY) : undefined;
  }
  get identity() {
    return this.role === 'acceptor' && this.complete
      ? { user: 'bob', domain: 'REALM', groupSids: [], anonymous: false }
      : undefined;
  }
  step(input?: Uint8Array): StepResult {
    if (this.role === 'initiator') {
      if (!input) return { output: Buffer.from('AP-REQ'), complete: false };
      if (Buffer.from(input).toString() !== 'AP-REP') throw messageAltered('bad AP-REP');
      this.complete = true;
      return { complete: true };
    }
    if (!input || Buffer.from(input).toString() !== 'AP-REQ') throw messageAltered('bad AP-REQ');
    this.complete = true;
    return { output: Buffer.from('AP-REP'), complete: true };
  }
  private mac(dir: string, seq: number, m: Uint8Array): Uint8Array {
    return createHmac('sha256', KEY).update(dir).update(String(seq)).update(m).digest().subarray(0, 16);
  }
  sign(m: Uint8Array): Uint8Array {
    return this.mac(this.role, this.sendSeq++, m);
  }
  verify(m: Uint8Array, sig: Uint8Array): void {
    const peer = this.role === 'initiator' ? 'acceptor' : 'initiator';
    if (!timingSafeEqual(this.mac(peer, this.recvSeq++, m), sig)) throw messageAltered('bad MIC');
  }
  wrap(): WrapResult {
    throw new SecurityError(SecStatus.SEC_E_UNSUPPORTED_FUNCTION, 'no sealing');
  }
  unwrap(): Uint8Array {
    throw new SecurityError(SecStatus.SEC_E_UNSUPPORTED_FUNCTION, 'no sealing');
  }
}

const oneLeg: SpnegoMechanism = {
  oid: Oid.MS_KERBEROS,
  aliases: [Oid.KERBEROS],
  name: 'OneLeg',
  createInitiator: () => new OneLeg('initiator'),
  createAcceptor: () => new OneLeg('acceptor'),
};

/** A mechanism the acceptor lacks, offered first by the initiator. */
const unsupported: SpnegoMechanism = {
  oid: Oid.NEGOEX,
  name: 'Unsupported',
  createInitiator: () => new OneLeg('initiator'),
};

test('SPNEGO: a one-leg optimistic mechanism completes in two tokens without a MIC', () => {
  const init = new SpnegoInitiator({ mechanisms: [oneLeg] });
  const acc = new SpnegoAcceptor({ mechanisms: [oneLeg] });
  const tokens = handshake(init, acc);
  assert.equal(tokens.length, 2);
  assert.ok(init.complete && acc.complete);
  assert.equal(acc.identity?.user, 'bob');
  const resp = decodeNegotiationToken(tokens[1]!);
  assert.ok(resp.kind === 'resp' && resp.resp.negState === NegState.ACCEPT_COMPLETED);
  assert.equal(Buffer.from(resp.resp.responseToken!).toString(), 'AP-REP');
});

test('SPNEGO: the initiator follows to its second choice and the acceptor requests the MIC', () => {
  const init = new SpnegoInitiator({ mechanisms: [unsupported, oneLeg] });
  const acc = new SpnegoAcceptor({ mechanisms: [oneLeg] });
  const t1 = init.step().output!; // offers NEGOEX (optimistic token) then Kerberos
  const a1 = acc.step(t1).output!; // accept-incomplete, supportedMech Kerberos
  const d1 = decodeNegotiationToken(a1);
  assert.ok(d1.kind === 'resp' && d1.resp.supportedMech === Oid.MS_KERBEROS && !d1.resp.responseToken);
  const t2 = init.step(a1).output!; // AP-REQ of the newly started mechanism
  const a2 = acc.step(t2).output!; // AP-REP + request-mic
  const d2 = decodeNegotiationToken(a2);
  assert.ok(d2.kind === 'resp' && d2.resp.negState === NegState.REQUEST_MIC);
  const t3 = init.step(a2); // the initiator's mechListMIC
  assert.equal(t3.complete, false);
  const a3 = acc.step(t3.output!); // accept-completed + acceptor MIC
  assert.ok(acc.complete);
  const t4 = init.step(a3.output!);
  assert.ok(init.complete && t4.output === undefined);
  assert.equal(init.selectedMech, Oid.MS_KERBEROS);
});
