/**
 * Hostile input: random and mutated NTLMSSP and SPNEGO tokens into acceptors (and CHALLENGE
 * messages into initiators). The only acceptable outcomes are a SecurityError or, for inputs a
 * mutation left valid, an orderly next step — never another exception type.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SecurityError } from '../../src/security/errors.js';
import { NtlmAcceptor } from '../../src/security/ntlm/acceptor.js';
import { SpnegoAcceptor, SpnegoInitiator } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import type { SecurityContext } from '../../src/security/provider.js';
import { ALICE, acceptorOptions, newInitiator } from './fixtures.js';
import { scriptedRandom } from './helpers.js';

const NOW = 133_500_000_000_000_000n;
const CHALLENGE = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);

/** An acceptor that always issues the same challenge, so recorded AUTHENTICATEs stay valid. */
const fixedAcceptor = () =>
  new NtlmAcceptor(acceptorOptions({ now: () => NOW, random: () => new Uint8Array(CHALLENGE) }));

function recordNtlm(): { neg: Uint8Array; chal: Uint8Array; auth: Uint8Array } {
  const init = newInitiator({ now: () => NOW, random: scriptedRandom() });
  const acc = fixedAcceptor();
  const neg = init.step().output!;
  const chal = acc.step(neg).output!;
  const auth = init.step(chal).output!;
  acc.step(auth);
  assert.ok(acc.complete);
  return { neg, chal, auth };
}

function recordSpnego(): { t1: Uint8Array; t3: Uint8Array } {
  const mech = () =>
    ntlmMechanism({
      initiator: { ...ALICE, now: () => NOW, random: scriptedRandom() },
      acceptor: acceptorOptions({ now: () => NOW, random: () => new Uint8Array(CHALLENGE) }),
    });
  const init = new SpnegoInitiator({ mechanisms: [mech()] });
  const acc = new SpnegoAcceptor({ mechanisms: [mech()] });
  const t1 = init.step().output!;
  const t2 = acc.step(t1).output!;
  const t3 = init.step(t2).output!;
  acc.step(t3);
  assert.ok(acc.complete);
  return { t1, t3 };
}

/** Runs one step; returns 'ok' or 'rejected', failing the test on any untyped exception. */
function attempt(ctx: SecurityContext, input: Uint8Array): 'ok' | 'rejected' {
  try {
    ctx.step(input);
    return 'ok';
  } catch (e) {
    if (e instanceof SecurityError) return 'rejected';
    throw new Error(`untyped exception ${String(e)} for input ${Buffer.from(input).toString('hex')}`);
  }
}

/** Byte-level mutations that always change the input. */
const mutation = (base: Uint8Array) =>
  fc.oneof(
    fc.record({ at: fc.nat(base.length - 1), xor: fc.integer({ min: 1, max: 255 }) }).map(({ at, xor }) => {
      const b = new Uint8Array(base);
      b[at]! ^= xor;
      return b;
    }),
    fc.nat(base.length - 1).map((n) => base.slice(0, n)),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((extra) => new Uint8Array([...base, ...extra])),
    fc
      .record({ at: fc.nat(base.length - 2), v: fc.constantFrom(0, 0xff, 0x7f, 0x80, 0xfffe, 0xffff) })
      .map(({ at, v }) => {
        const b = new Uint8Array(base);
        b[at] = v & 0xff;
        b[at + 1] = v >> 8;
        return b;
      }),
    fc
      .array(fc.record({ at: fc.nat(base.length - 1), v: fc.integer({ min: 0, max: 255 }) }), {
        minLength: 2,
        maxLength: 8,
      })
      .map((edits) => {
        const b = new Uint8Array(base);
        for (const e of edits) b[e.at] = e.v;
        return b;
      }),
  );

const rec = recordNtlm();
const sp = recordSpnego();

test('fuzz: random bytes as NEGOTIATE never crash the acceptor (4000)', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 120 }).map((t) => new Uint8Array([...rec.neg.subarray(0, 12), ...t])),
      ),
      (input) => {
        attempt(fixedAcceptor(), input);
      },
    ),
    { numRuns: 4000 },
  );
});

test('fuzz: mutated NEGOTIATE messages never crash the acceptor (4000)', () => {
  fc.assert(
    fc.property(mutation(rec.neg), (input) => {
      attempt(fixedAcceptor(), input);
    }),
    { numRuns: 4000 },
  );
});

test('fuzz: mutated AUTHENTICATE messages are always rejected cleanly (6000)', () => {
  let rejected = 0;
  fc.assert(
    fc.property(mutation(rec.auth), (input) => {
      const acc = fixedAcceptor();
      acc.step(rec.neg);
      const r = attempt(acc, input);
      // Only the bytes past the payload (appended garbage) may leave the message valid.
      if (r === 'ok') assert.deepEqual(input.subarray(0, rec.auth.length), rec.auth);
      else rejected++;
    }),
    { numRuns: 6000 },
  );
  assert.ok(rejected > 5000);
});

test('fuzz: random AUTHENTICATE-shaped messages are rejected (2000)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (tail) => {
      const acc = fixedAcceptor();
      acc.step(rec.neg);
      const input = new Uint8Array([...rec.auth.subarray(0, 12), ...tail]);
      assert.equal(attempt(acc, input), 'rejected');
    }),
    { numRuns: 2000 },
  );
});

test('fuzz: mutated CHALLENGE messages never crash the initiator (2000)', () => {
  fc.assert(
    fc.property(mutation(rec.chal), (input) => {
      const init = newInitiator({ now: () => NOW, random: scriptedRandom() });
      init.step();
      attempt(init, input);
    }),
    { numRuns: 2000 },
  );
});

test('fuzz: random and mutated SPNEGO tokens never crash the acceptor (4000)', () => {
  const spnegoAcceptor = () =>
    new SpnegoAcceptor({
      mechanisms: [
        ntlmMechanism({
          acceptor: acceptorOptions({ now: () => NOW, random: () => new Uint8Array(CHALLENGE) }),
        }),
      ],
    });
  fc.assert(
    fc.property(fc.oneof(mutation(sp.t1), fc.uint8Array({ maxLength: 120 })), (input) => {
      attempt(spnegoAcceptor(), input);
    }),
    { numRuns: 2000 },
  );
  let rejected = 0;
  fc.assert(
    fc.property(mutation(sp.t3), (input) => {
      const acc = spnegoAcceptor();
      acc.step(sp.t1);
      if (attempt(acc, input) === 'rejected') rejected++;
    }),
    { numRuns: 2000 },
  );
  assert.ok(rejected > 1500);
});
