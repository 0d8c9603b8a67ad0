import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NDR20_SYNTAX, NDR64_SYNTAX, type SyntaxId } from '../../src/rpc/types.js';
import {
  CLIENT_SUPPORT_HEADER_SIGNING,
  VT_MAGIC,
  checkVerificationTrailer,
  encodeVerificationTrailer,
  findVerificationTrailer,
  type VtEntry,
  type VtExpectations,
} from '../../src/rpc/verification-trailer.js';

const EPM: SyntaxId = { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 };
const DREP = Uint8Array.of(0x10, 0, 0, 0);
const expect: VtExpectations = {
  interfaceId: EPM,
  transferSyntax: NDR20_SYNTAX,
  ptype: 0,
  drep: DREP,
  callId: 7,
  contextId: 1,
  opnum: 2,
};

function samba(overrides: Partial<Record<'pcontext' | 'header2', object>> = {}): VtEntry[] {
  return [
    { kind: 'bitmask1', mustProcess: false, bits: CLIENT_SUPPORT_HEADER_SIGNING },
    {
      kind: 'pcontext',
      mustProcess: false,
      interfaceId: EPM,
      transferSyntax: NDR20_SYNTAX,
      ...overrides.pcontext,
    } as VtEntry,
    {
      kind: 'header2',
      mustProcess: false,
      ptype: 0,
      drep: DREP,
      callId: 7,
      contextId: 1,
      opnum: 2,
      ...overrides.header2,
    } as VtEntry,
  ];
}

/** NDR data, padded to 4, then the trailer. */
function withTrailer(ndr: Uint8Array, entries: readonly VtEntry[]): Uint8Array {
  const pad = (4 - (ndr.length % 4)) % 4;
  return Buffer.concat([ndr, new Uint8Array(pad), encodeVerificationTrailer(entries)]);
}

describe('verification trailer', () => {
  const ndr = Uint8Array.from({ length: 41 }, (_, i) => i + 1);

  it('finds, validates and strips what Samba sends (bitmask, pcontext, header2)', () => {
    const stub = withTrailer(ndr, samba());
    const r = checkVerificationTrailer(stub, expect);
    assert.ok(r.ok);
    assert.equal(r.stub.length, 44);
    assert.deepEqual([...r.stub.subarray(0, 41)], [...ndr]);
    assert.equal(r.bitmask, CLIENT_SUPPORT_HEADER_SIGNING);
    assert.equal(r.trailer?.commands.length, 3);
    assert.equal(r.trailer?.offset, 44);
  });

  it('passes stubs without a trailer through untouched', () => {
    const r = checkVerificationTrailer(ndr, expect);
    assert.ok(r.ok);
    assert.equal(r.stub, ndr);
    // The magic inside NDR data, not followed by a command list ending the stub, is data.
    const lookalike = Buffer.concat([VT_MAGIC, Uint8Array.of(1, 0, 4, 0, 0, 0, 0, 0, 9, 9, 9, 9)]);
    const r2 = checkVerificationTrailer(lookalike, expect);
    assert.ok(r2.ok);
    assert.equal(r2.stub.length, lookalike.length);
    // Unaligned magic is not a trailer either.
    const unaligned = Buffer.concat([Uint8Array.of(0, 0), encodeVerificationTrailer(samba())]);
    assert.equal(findVerificationTrailer(unaligned), undefined);
  });

  it('refuses a presentation context that is not the bound one', () => {
    for (const pcontext of [{ interfaceId: { ...EPM, major: 4 } }, { transferSyntax: NDR64_SYNTAX }]) {
      const r = checkVerificationTrailer(withTrailer(ndr, samba({ pcontext })), expect);
      assert.equal(r.ok, false);
    }
  });

  it('refuses a HEADER2 that differs from the PDU header', () => {
    for (const header2 of [
      { callId: 8 },
      { opnum: 3 },
      { contextId: 0 },
      { ptype: 2 },
      { drep: Uint8Array.of(0, 0, 0, 0) },
    ]) {
      const r = checkVerificationTrailer(withTrailer(ndr, samba({ header2 })), expect);
      assert.equal(r.ok, false, JSON.stringify(header2));
    }
  });

  it('skips unknown commands unless they must be processed', () => {
    const unknown = (mustProcess: boolean): VtEntry => ({
      kind: 'unknown',
      mustProcess,
      command: 0x77,
      data: Uint8Array.of(1, 2, 3, 4),
    });
    const ok = checkVerificationTrailer(withTrailer(ndr, [...samba(), unknown(false)]), expect);
    assert.ok(ok.ok);
    assert.equal(ok.stub.length, 44);
    const bad = checkVerificationTrailer(withTrailer(ndr, [unknown(true), ...samba()]), expect);
    assert.equal(bad.ok, false);
  });

  it('decodes big-endian trailers when the drep says so', () => {
    const beDrep = Uint8Array.of(0x00, 0, 0, 0);
    const entries = samba({ header2: { drep: beDrep } });
    const stub = Buffer.concat([new Uint8Array(8), encodeVerificationTrailer(entries, false)]);
    const r = checkVerificationTrailer(stub, { ...expect, drep: beDrep });
    assert.ok(r.ok);
    assert.equal(r.stub.length, 8);
  });

  it('never throws on arbitrary input and never grows the stub', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (tail, magic) => {
        const stub = magic ? Buffer.concat([new Uint8Array(4), VT_MAGIC, tail]) : tail;
        const r = checkVerificationTrailer(stub, expect);
        if (r.ok) assert.ok(r.stub.length <= stub.length);
      }),
    );
  });
});
