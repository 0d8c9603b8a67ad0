import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  BindTimeFeature,
  DREP_BE,
  NULL_SYNTAX,
  PfcFlags,
  PduError,
  bindTimeFeatureSyntax,
  bindTimeFeatures,
  decodePdu,
  encodePdu,
  fragmentLength,
  stubCapacity,
  type Pdu,
} from '../../src/rpc/pdu.js';
import { NDR20_SYNTAX, NDR64_SYNTAX, type SyntaxId } from '../../src/rpc/types.js';
import { readUuid, uuidToBytes } from '../../src/rpc/uuid.js';
import { BindNakReason, ContextResult, Nca, ProviderReason } from '../../src/errors/status.js';

function hex(s: string): Uint8Array {
  const clean = s.replace(/#[^\n]*/g, '').replace(/\s+/g, '');
  return Uint8Array.from(clean.match(/../g) ?? [], (b) => parseInt(b, 16));
}

const EPM: SyntaxId = { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 };
const BTFN = bindTimeFeatureSyntax(
  BindTimeFeature.SECURITY_CONTEXT_MULTIPLEXING | BindTimeFeature.KEEP_CONNECTION_ON_ORPHAN,
);

/** Decodes, checks, re-encodes and byte-compares. */
function roundTrip(bytes: Uint8Array): Pdu {
  const pdu = decodePdu(bytes);
  assert.deepEqual(encodePdu(pdu), bytes);
  return pdu;
}

describe('uuid layout', () => {
  it('swaps Data1..3 only in little-endian drep', () => {
    // 8a885d04-1ceb-11c9-9fe8-08002b104860 → 04 5d 88 8a | eb 1c | c9 11 | 9f e8 08 00 2b 10 48 60
    assert.deepEqual(uuidToBytes(NDR20_SYNTAX.uuid), hex('045d888aeb1cc9119fe808002b104860'));
    assert.deepEqual(uuidToBytes(NDR20_SYNTAX.uuid, false), hex('8a885d041ceb11c99fe808002b104860'));
    assert.equal(readUuid(hex('045d888aeb1cc9119fe808002b104860'), 0), NDR20_SYNTAX.uuid);
  });
  it('BTFN syntax', () => {
    assert.equal(BTFN.uuid, '6cb71c2c-9812-4540-0300-000000000000');
    assert.equal(bindTimeFeatures(BTFN), 3);
    assert.equal(bindTimeFeatures(NDR20_SYNTAX), undefined);
  });
});

describe('PDU byte vectors (hand-derived)', () => {
  it('bind: EPM v3.0 with NDR20, NDR64 and BTFN contexts', () => {
    const bytes = hex(`
      05 00 0b 03  # 0 rpc_vers 5, minor 0, PTYPE 11 bind, pfc_flags first|last
      10 00 00 00  # 4 drep little-endian/ASCII/IEEE
      a0 00 00 00  # 8 frag_length 160 = 16 + 8 + 4 + 3*44, auth_length 0
      02 00 00 00  # 12 call_id 2
      d0 16 d0 16  # 16 max_xmit_frag 5840, max_recv_frag 5840
      00 00 00 00  # 20 assoc_group_id 0 (new)
      03 00 00 00  # 24 n_context_elem 3, reserved
      00 00 01 00  # 28 ctx 0: p_cont_id 0, n_transfer_syn 1
      0883afe1 1f5d c911 91a4 08002b14a0fa 03000000  # 32 EPM uuid (LE Data1..3) + if_version 3.0
      045d888a eb1c c911 9fe8 08002b104860 02000000  # 52 NDR 2.0
      01 00 01 00  # 72 ctx 1
      0883afe1 1f5d c911 91a4 08002b14a0fa 03000000  # 76
      33057171 baBE 3749 8319 b5dbef9ccc36 01000000  # 96 NDR64 1.0
      02 00 01 00  # 116 ctx 2
      0883afe1 1f5d c911 91a4 08002b14a0fa 03000000  # 120
      2c1cb76c 1298 4045 0300 000000000000 01000000  # 140 BTFN bits 0x03, version 1.0
    `);
    assert.equal(bytes.length, 160);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'bind');
    if (pdu.type !== 'bind') return;
    assert.equal(pdu.callId, 2);
    assert.equal(pdu.maxXmitFrag, 5840);
    assert.equal(pdu.assocGroupId, 0);
    assert.deepEqual(
      pdu.contexts.map((c) => [c.contextId, c.abstractSyntax, c.transferSyntaxes]),
      [
        [0, EPM, [NDR20_SYNTAX]],
        [1, EPM, [NDR64_SYNTAX]],
        [2, EPM, [BTFN]],
      ],
    );
  });

  it('bind_ack: sec_addr "135", provider rejection, acceptance, negotiate_ack', () => {
    const bytes = hex(`
      05 00 0c 03 10 00 00 00  # bind_ack, first|last, LE
      6c 00 00 00              # frag_length 108 = 36 + 3*24
      02 00 00 00              # call_id 2
      d0 16 d0 16              # 16 max_xmit/recv 5840
      78 56 34 12              # 20 assoc_group_id 0x12345678
      04 00 31 33 35 00        # 24 sec_addr length 4 incl. NUL, "135\\0"
      00 00                    # 30 pad to 4 (PDU offset 32)
      03 00 00 00              # 32 n_results 3
      02 00 02 00 00000000000000000000000000000000 00000000  # 36 provider_rejection, transfer syntaxes not supported
      00 00 00 00 33057171baBE37498319b5dbef9ccc36 01000000  # 60 acceptance of NDR64 1.0
      03 00 02 00 00000000000000000000000000000000 00000000  # 84 negotiate_ack, bitmask KeepConnectionOnOrphan
    `);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'bind_ack');
    if (pdu.type !== 'bind_ack') return;
    assert.equal(pdu.secAddr, '135');
    assert.equal(pdu.assocGroupId, 0x12345678);
    assert.deepEqual(pdu.results, [
      {
        result: ContextResult.PROVIDER_REJECTION,
        reason: ProviderReason.PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED,
        transferSyntax: NULL_SYNTAX,
      },
      { result: ContextResult.ACCEPTANCE, reason: 0, transferSyntax: NDR64_SYNTAX },
      {
        result: ContextResult.NEGOTIATE_ACK,
        reason: BindTimeFeature.KEEP_CONNECTION_ON_ORPHAN,
        transferSyntax: NULL_SYNTAX,
      },
    ]);
  });

  it('alter_context_resp with empty sec_addr', () => {
    const bytes = hex(`
      05 00 0f 03 10 00 00 00 38 00 00 00 05 00 00 00  # alter_context_resp, frag 56, call 5
      d0 16 d0 16 01 00 00 00                          # 16 frags, assoc group 1
      00 00 00 00                                      # 24 sec_addr length 0 + 2 pad bytes
      01 00 00 00                                      # 28 one result
      00 00 00 00 045d888aeb1cc9119fe808002b104860 02000000  # 32 acceptance NDR 2.0
    `);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'alter_context_resp');
    if (pdu.type === 'alter_context_resp') assert.equal(pdu.secAddr, '');
  });

  it('bind_nak: protocol version not supported, versions [5.0]', () => {
    const bytes = hex(`
      05 00 0d 03 10 00 00 00  # bind_nak
      15 00 00 00 01 00 00 00  # frag_length 21, call_id 1
      04 00                    # 16 reason 4 PROTOCOL_VERSION_NOT_SUPPORTED
      01 05 00                 # 18 n_protocols 1: 5.0
    `);
    const pdu = roundTrip(bytes);
    assert.deepEqual(pdu, {
      type: 'bind_nak',
      callId: 1,
      flags: 3,
      drep: hex('10000000'),
      rejectReason: BindNakReason.PROTOCOL_VERSION_NOT_SUPPORTED,
      versions: [{ major: 5, minor: 0 }],
    });
  });

  it('bind_nak with extended error signature', () => {
    const bytes = hex(`
      05 00 0d 03 10 00 00 00 29 00 00 00 01 00 00 00  # frag 41
      00 00 01 05 00                                   # 16 reason 0, versions [5.0]
      20037490 d0fa d311 82d7 009027b130ab             # 21 signature 90740320-fad0-11d3-82d7-009027b130ab, unaligned (2.2.2.9)
      aa bb cc dd                                      # 37 extended error bytes
    `);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'bind_nak');
    if (pdu.type === 'bind_nak') assert.deepEqual(pdu.extended, hex('aabbccdd'));
    // A 4-aligned signature (3 pad bytes after the versions) is recognised too.
    const aligned = hex(`05000d03 10000000 2c000000 01000000 0000 01 0500 000000
      20037490d0fad31182d7009027b130ab aabbccdd`);
    const p2 = decodePdu(aligned);
    assert.ok(p2.type === 'bind_nak' && p2.signature !== undefined);
  });

  it('request with object UUID', () => {
    const bytes = hex(`
      05 00 00 83 10 00 00 00  # request, first|last|object_uuid
      2c 00 00 00 07 00 00 00  # frag_length 44 = 24 + 16 + 4, call_id 7
      04 00 00 00 01 00 03 00  # 16 alloc_hint 4, p_cont_id 1, opnum 3
      78563412 3412 7856 9abc def012345678  # 24 object 12345678-1234-5678-9abc-def012345678
      de ad be ef              # 40 stub
    `);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'request');
    if (pdu.type !== 'request') return;
    assert.equal(pdu.object, '12345678-1234-5678-9abc-def012345678');
    assert.deepEqual([pdu.allocHint, pdu.contextId, pdu.opnum], [4, 1, 3]);
    assert.deepEqual(pdu.stub, hex('deadbeef'));
  });

  it('request with an auth verifier pads the stub to 16', () => {
    const bytes = hex(`
      05 00 00 03 10 00 00 00  # request
      40 00 10 00 09 00 00 00  # frag_length 64, auth_length 16, call_id 9
      05 00 00 00 00 00 00 00  # 16 alloc_hint 5, ctx 0, opnum 0
      01 02 03 04 05           # 24 stub (5 bytes)
      00 00 00 00 00 00 00 00 00 00 00  # 29 auth pad 11 → trailer at 40 (stub + pad = 16)
      0a 05 0b 00 01 00 00 00  # 40 auth_type WINNT, level PKT_INTEGRITY, pad 11, ctx id 1
      aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  # 48 token (16)
    `);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'request');
    if (pdu.type !== 'request') return;
    assert.deepEqual(pdu.stub, hex('0102030405'));
    assert.deepEqual(pdu.auth, {
      authType: 10,
      authLevel: 5,
      authPadLength: 11,
      authContextId: 1,
      token: new Uint8Array(16).fill(0xaa),
    });
  });

  it('fault: op_rng_error, did not execute', () => {
    const bytes = hex(`
      05 00 03 23 10 00 00 00  # fault, first|last|did_not_execute
      20 00 00 00 07 00 00 00  # frag_length 32, call_id 7
      20 00 00 00              # 16 alloc_hint 32 (no extended error: alloc_hint - 0x20 = 0)
      01 00 00 00              # 20 p_cont_id 1, cancel_count 0, flags2 0
      02 00 01 1c              # 24 status nca_s_op_rng_error
      00 00 00 00              # 28 reserved
    `);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'fault');
    if (pdu.type !== 'fault') return;
    assert.equal(pdu.status, Nca.nca_s_op_rng_error);
    assert.equal(pdu.flags & PfcFlags.DID_NOT_EXECUTE, PfcFlags.DID_NOT_EXECUTE);
  });

  it('auth3 with a verifier', () => {
    const bytes = hex(`
      05 00 10 03 10 00 00 00  # rpc_auth_3
      20 00 04 00 03 00 00 00  # frag_length 32, auth_length 4, call_id 3
      d0 16 d0 16              # 16 pad (Windows puts its frag sizes here)
      0a 06 00 00 00 00 00 00  # 20 WINNT, PKT_PRIVACY, pad 0, ctx 0
      01 02 03 04              # 28 token
    `);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'auth3');
    if (pdu.type !== 'auth3') return;
    assert.equal(pdu.pad, 0x16d016d0);
    assert.deepEqual(pdu.auth?.token, hex('01020304'));
  });

  it('big-endian request', () => {
    const bytes = hex(`
      05 00 00 03 00 00 00 00  # request, drep 00: big-endian integers
      00 1a 00 00 01 02 03 04  # frag_length 26 (BE), auth 0, call_id 0x01020304 (BE)
      00 00 00 02 00 01 02 03  # 16 alloc_hint 2, p_cont_id 1, opnum 0x0203
      ab cd                    # 24 stub
    `);
    assert.equal(fragmentLength(bytes, 0), 26);
    const pdu = roundTrip(bytes);
    assert.equal(pdu.type, 'request');
    if (pdu.type !== 'request') return;
    assert.deepEqual([pdu.callId, pdu.allocHint, pdu.contextId, pdu.opnum], [0x01020304, 2, 1, 0x203]);
  });

  it('big-endian bind: UUID integer fields follow drep', () => {
    const pdu: Pdu = {
      type: 'bind',
      callId: 1,
      flags: 3,
      drep: DREP_BE,
      maxXmitFrag: 4280,
      maxRecvFrag: 4280,
      assocGroupId: 0,
      contexts: [{ contextId: 0, abstractSyntax: EPM, transferSyntaxes: [NDR20_SYNTAX] }],
    };
    const bytes = encodePdu(pdu);
    // abstract syntax at 32: e1af8308 5d1f 11c9 in network order; if_version 3.0 as BE u32.
    assert.deepEqual(bytes.subarray(32, 52), hex('e1af83085d1f11c991a408002b14a0fa00000003'));
    assert.deepEqual(decodePdu(bytes), pdu);
  });

  it('shutdown, co_cancel and orphaned are header-only', () => {
    for (const type of ['shutdown', 'co_cancel', 'orphaned'] as const) {
      const bytes = encodePdu({ type, callId: 4, flags: 3 });
      assert.equal(bytes.length, 16);
      assert.equal(decodePdu(bytes).type, type);
    }
  });
});

describe('fragmentLength', () => {
  it('needs 10 bytes', () => {
    assert.equal(fragmentLength(new Uint8Array(9), 0), undefined);
    assert.equal(fragmentLength(hex('00 05 00 00 03 10 00 00 00 48 01'), 1), 0x148);
  });
  it('stubCapacity keeps auth fragments 16-aligned', () => {
    assert.equal(stubCapacity(1432), 1408);
    // 1432 - 24 header - 8 trailer - 16 token = 1384, rounded down to 16 → 1376
    assert.equal(stubCapacity(1432, { authTokenLength: 16 }), 1376);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const u8 = fc.integer({ min: 0, max: 0xff });
const u16 = fc.integer({ min: 0, max: 0xffff });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const uuidArb = fc.uuid().map((s) => s.toLowerCase());
const syntaxArb: fc.Arbitrary<SyntaxId> = fc.record({ uuid: uuidArb, major: u16, minor: u16 });
const bytesArb = (max: number) => fc.uint8Array({ maxLength: max });
const drepArb = fc.constantFrom(Uint8Array.of(0x10, 0, 0, 0), Uint8Array.of(0, 0, 0, 0));
const authArb = fc.option(
  fc.record({
    authType: u8,
    authLevel: u8,
    authPadLength: fc.constant(0),
    authContextId: u32,
    token: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  { nil: undefined },
);
const common = { callId: u32, flags: u8, drep: drepArb, auth: authArb };

const pduArb: fc.Arbitrary<Pdu> = fc.oneof(
  fc.record({
    type: fc.constant('request' as const),
    ...common,
    allocHint: u32,
    contextId: u16,
    opnum: u16,
    object: fc.option(uuidArb, { nil: undefined }),
    stub: bytesArb(300),
  }),
  fc.record({
    type: fc.constant('response' as const),
    ...common,
    allocHint: u32,
    contextId: u16,
    cancelCount: u8,
    stub: bytesArb(300),
  }),
  fc.record({
    type: fc.constant('fault' as const),
    ...common,
    allocHint: u32,
    contextId: u16,
    cancelCount: u8,
    flags2: u8,
    status: u32,
    stub: bytesArb(40),
  }),
  fc.record({
    type: fc.constantFrom('bind' as const, 'alter_context' as const),
    ...common,
    maxXmitFrag: u16,
    maxRecvFrag: u16,
    assocGroupId: u32,
    contexts: fc.array(
      fc.record({
        contextId: u16,
        abstractSyntax: syntaxArb,
        transferSyntaxes: fc.array(syntaxArb, { maxLength: 4 }),
      }),
      { maxLength: 5 },
    ),
  }),
  fc.record({
    type: fc.constantFrom('bind_ack' as const, 'alter_context_resp' as const),
    ...common,
    maxXmitFrag: u16,
    maxRecvFrag: u16,
    assocGroupId: u32,
    secAddr: fc.stringMatching(/^[\x20-\x7e]{0,20}$/),
    results: fc.array(fc.record({ result: u16, reason: u16, transferSyntax: syntaxArb }), { maxLength: 5 }),
  }),
  fc.record({
    type: fc.constant('bind_nak' as const),
    callId: u32,
    flags: u8,
    drep: drepArb,
    rejectReason: u16,
    versions: fc.array(fc.record({ major: u8, minor: u8 }), { maxLength: 4 }),
  }),
  fc.record({ type: fc.constant('auth3' as const), ...common, pad: u32 }),
  fc.record({
    type: fc.constantFrom('shutdown' as const, 'co_cancel' as const, 'orphaned' as const),
    ...common,
  }),
);

/** What decode is expected to give back for `p`: derived fields normalized. */
function expected(p: Pdu): unknown {
  const out: Record<string, unknown> = structuredClone({ ...p });
  if (p.type === 'request') {
    out.flags = p.object !== undefined ? p.flags | PfcFlags.OBJECT_UUID : p.flags & ~PfcFlags.OBJECT_UUID;
    if (p.object === undefined) delete out.object;
  }
  if (p.auth === undefined) delete out.auth;
  else out.auth = { ...p.auth, authPadLength: decodePdu(encodePdu(p)).auth?.authPadLength };
  return out;
}

function checkNoCrash(bytes: Uint8Array): void {
  try {
    decodePdu(bytes);
  } catch (e) {
    if (!(e instanceof PduError)) throw e;
  }
}

describe('PDU properties', () => {
  it('decode(encode(p)) = p and encode is stable', () => {
    fc.assert(
      fc.property(pduArb, (p) => {
        const bytes = encodePdu(p);
        assert.equal(fragmentLength(bytes, 0), bytes.length);
        const back = decodePdu(bytes);
        assert.deepEqual(back, expected(p));
        assert.deepEqual(encodePdu(back), bytes);
        if (back.auth && (back.type === 'request' || back.type === 'response'))
          assert.equal((back.stub.length + back.auth.authPadLength) % 16, 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('random bytes throw PduError or decode', () => {
    fc.assert(
      fc.property(bytesArb(200), (b) => checkNoCrash(b)),
      { numRuns: 5000 },
    );
  });

  it('mutated valid PDUs throw PduError or decode', () => {
    fc.assert(
      fc.property(
        pduArb,
        fc.array(fc.tuple(fc.nat(), u8), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (p, muts, cut) => {
          const bytes = encodePdu(p).slice();
          for (const [i, v] of muts) bytes[i % bytes.length] = v;
          checkNoCrash(bytes);
          checkNoCrash(bytes.subarray(0, cut % (bytes.length + 1)));
          // Keep frag_length consistent so the body parsers, not the length check, see the damage.
          const le = bytes[4] >> 4 !== 0;
          const t = bytes.slice();
          const n = cut % (t.length + 1);
          if (n >= 10) {
            t[le ? 8 : 9] = n & 0xff;
            t[le ? 9 : 8] = n >> 8;
            checkNoCrash(t.subarray(0, n));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names malformed inputs precisely', () => {
    const ok = encodePdu({
      type: 'request',
      callId: 1,
      flags: 3,
      allocHint: 0,
      contextId: 0,
      opnum: 0,
      stub: new Uint8Array(8),
    });
    const expectCode = (b: Uint8Array, code: string) =>
      assert.throws(
        () => decodePdu(b),
        (e: unknown) => e instanceof PduError && e.code === code,
      );
    expectCode(ok.subarray(0, 12), 'short');
    const v = ok.slice();
    v[0] = 4;
    expectCode(v, 'version');
    expectCode(ok.subarray(0, 30), 'frag-length');
    const a = ok.slice();
    a[10] = 30;
    expectCode(a, 'auth-length');
    const t = ok.slice();
    t[2] = 1;
    expectCode(t, 'ptype');
    const bind = encodePdu({
      type: 'bind',
      callId: 1,
      flags: 3,
      maxXmitFrag: 5840,
      maxRecvFrag: 5840,
      assocGroupId: 0,
      contexts: [{ contextId: 0, abstractSyntax: EPM, transferSyntaxes: [NDR20_SYNTAX] }],
    });
    const c = bind.slice();
    c[24] = 2;
    expectCode(c, 'count');
    const ts = bind.slice();
    ts[30] = 9;
    expectCode(ts, 'count');
  });

  it('refuses to encode more than 65535 bytes', () => {
    assert.throws(
      () =>
        encodePdu({
          type: 'request',
          callId: 1,
          flags: 3,
          allocHint: 0,
          contextId: 0,
          opnum: 0,
          stub: new Uint8Array(70000),
        }),
      PduError,
    );
  });
});
