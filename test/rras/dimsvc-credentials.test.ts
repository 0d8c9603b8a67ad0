/**
 * RRouterInterfaceSetCredentialsEx / GetCredentialsEx (opnums 40/41, MS-RRASM 3.1.4.41–42): the
 * server-wide L2TP preshared key at dwLevel 2 with a NULL hInterface, the interchangeable
 * preshared-key levels 1–3 of an interface, deletion by dwSize 0 and the 256-byte bound.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Win32 } from '../../src/errors/status.js';
import { decodeMprCredentialsEx1, encodeMprCredentialsEx1 } from '../../src/rras/blobs/index.js';
import { DEMO_DEMAND_DIAL } from '../../src/rras/demo.js';
import { EmulatedRras } from '../../src/rras/emulated/emulated-rras.js';
import { createDimsvcHandlers } from '../../src/rras/server/index.js';
import { assertStatus, fixture } from './dimsvc-fixture.js';

const EMPTY = { dwBufferSize: 0, pBuffer: null };
const NULL_INTERFACE = 0;

function credentials(key: Uint8Array) {
  const blob = encodeMprCredentialsEx1({ bData: key });
  return { dwBufferSize: blob.length, pBuffer: blob };
}

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

type Fixture = ReturnType<typeof fixture>;

async function setKey(f: Fixture, dwLevel: number, hInterface: number, key: Uint8Array, who = f.ctx()) {
  return (
    await f.h.RRouterInterfaceSetCredentialsEx(who, { dwLevel, pInfoStruct: credentials(key), hInterface })
  ).ret;
}

async function getKey(f: Fixture, dwLevel: number, hInterface: number) {
  const r = await f.h.RRouterInterfaceGetCredentialsEx(f.ctx(), { dwLevel, pInfoStruct: EMPTY, hInterface });
  return {
    ret: r.ret,
    key: r.pInfoStruct.pBuffer ? decodeMprCredentialsEx1(r.pInfoStruct.pBuffer).bData : null,
  };
}

describe('server-wide L2TP preshared key (dwLevel 2, NULL hInterface)', () => {
  it('is not configured on a fresh server: Get answers an error outside the method table', async () => {
    const f = fixture();
    const r = await getKey(f, 2, NULL_INTERFACE);
    assertStatus(r.ret, Win32.ERROR_NOT_FOUND);
    assert.equal(r.key, null);
  });

  it('Set stores it, Get returns the key itself as MPR_CREDENTIALSEX_1', async () => {
    const f = fixture();
    assertStatus(await setKey(f, 2, NULL_INTERFACE, ascii('l2tp-psk-0123')), Win32.ERROR_SUCCESS);
    const r = await getKey(f, 2, NULL_INTERFACE);
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
    assert.deepEqual(r.key, ascii('l2tp-psk-0123'));
    assert.deepEqual(await f.rras.serverL2tpPresharedKey(), ascii('l2tp-psk-0123'));
    // It is the server's key, not an interface's.
    for (const i of await f.rras.interfaces(true)) assert.deepEqual(i.credentialsEx, []);
    const event = (await f.rras.events()).at(-1)!;
    assert.equal(event.kind, 'server-config-changed');
    assert.equal(event.detail.change, 'l2tp-preshared-key');
    assert.ok(!JSON.stringify(event).includes('l2tp-psk'), 'the key stays out of the event log');
  });

  it('a second Set replaces it; dwSize 0 deletes it', async () => {
    const f = fixture();
    await setKey(f, 2, NULL_INTERFACE, ascii('first'));
    await setKey(f, 2, NULL_INTERFACE, ascii('second'));
    assert.deepEqual((await getKey(f, 2, NULL_INTERFACE)).key, ascii('second'));
    assertStatus(await setKey(f, 2, NULL_INTERFACE, new Uint8Array(0)), Win32.ERROR_SUCCESS);
    assertStatus((await getKey(f, 2, NULL_INTERFACE)).ret, Win32.ERROR_NOT_FOUND);
  });

  it('takes up to 256 bytes ("dwSize MUST be less than 257")', async () => {
    const f = fixture();
    assertStatus(await setKey(f, 2, NULL_INTERFACE, new Uint8Array(256).fill(0x41)), Win32.ERROR_SUCCESS);
    assertStatus(
      await setKey(f, 2, NULL_INTERFACE, new Uint8Array(257).fill(0x42)),
      Win32.ERROR_INVALID_PARAMETER,
    );
    assert.equal((await getKey(f, 2, NULL_INTERFACE)).key?.length, 256, 'the refused key changed nothing');
  });

  it('only level 2 names it: a NULL handle at levels 0, 1 and 3 is an unknown interface', async () => {
    const f = fixture();
    for (const level of [0, 1, 3]) {
      assertStatus(
        await setKey(f, level, NULL_INTERFACE, ascii('x')),
        Win32.ERROR_INVALID_HANDLE,
        `set ${level}`,
      );
      assertStatus((await getKey(f, level, NULL_INTERFACE)).ret, Win32.ERROR_INVALID_HANDLE, `get ${level}`);
    }
  });

  it('is refused to a non-administrator (2.1.1.1) and then unchanged', async () => {
    const f = fixture();
    await setKey(f, 2, NULL_INTERFACE, ascii('kept'));
    assertStatus(await setKey(f, 2, NULL_INTERFACE, ascii('evil'), f.ctx('user')), Win32.ERROR_ACCESS_DENIED);
    const r = await f.h.RRouterInterfaceGetCredentialsEx(f.ctx('user'), {
      dwLevel: 2,
      pInfoStruct: EMPTY,
      hInterface: NULL_INTERFACE,
    });
    assertStatus(r.ret, Win32.ERROR_ACCESS_DENIED);
    assert.equal(r.pInfoStruct.pBuffer, null);
    assert.deepEqual((await getKey(f, 2, NULL_INTERFACE)).key, ascii('kept'));
  });

  it('survives a restart (persisted in the state store)', async () => {
    const f = fixture();
    await setKey(f, 2, NULL_INTERFACE, ascii('persisted-psk'));
    const again = EmulatedRras.open(f.store);
    assert.deepEqual(await again.serverL2tpPresharedKey(), ascii('persisted-psk'));
    const h = createDimsvcHandlers({ backend: again });
    const r = await h.RRouterInterfaceGetCredentialsEx(f.ctx(), {
      dwLevel: 2,
      pInfoStruct: EMPTY,
      hInterface: NULL_INTERFACE,
    });
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
    assert.deepEqual(decodeMprCredentialsEx1(r.pInfoStruct.pBuffer!).bData, ascii('persisted-psk'));
  });
});

describe("an interface's credentials (3.1.4.41–42)", () => {
  it('levels 1, 2 and 3 name the same preshared key', async () => {
    const f = fixture();
    const dd = await f.rras.interfaceByName(DEMO_DEMAND_DIAL, false);
    assertStatus(await setKey(f, 1, dd.handle, ascii('router-psk')), Win32.ERROR_SUCCESS);
    for (const level of [1, 2, 3])
      assert.deepEqual((await getKey(f, level, dd.handle)).key, ascii('router-psk'));
    assertStatus(await setKey(f, 3, dd.handle, ascii('replaced')), Win32.ERROR_SUCCESS);
    assert.deepEqual((await getKey(f, 2, dd.handle)).key, ascii('replaced'));
    assert.equal((await f.rras.interface(dd.handle)).credentialsEx.length, 1);
    assertStatus(
      (await getKey(f, 2, NULL_INTERFACE)).ret,
      Win32.ERROR_NOT_FOUND,
      'the server key is separate',
    );
  });

  it('dwSize 0 deletes the preshared key, after which Get is an error; EAP data stays', async () => {
    const f = fixture();
    const dd = await f.rras.interfaceByName(DEMO_DEMAND_DIAL, false);
    await setKey(f, 0, dd.handle, new Uint8Array([1, 2, 3]));
    await setKey(f, 2, dd.handle, ascii('psk'));
    assertStatus(await setKey(f, 2, dd.handle, new Uint8Array(0)), Win32.ERROR_SUCCESS);
    assertStatus((await getKey(f, 1, dd.handle)).ret, Win32.ERROR_NOT_FOUND);
    assert.deepEqual((await getKey(f, 0, dd.handle)).key, new Uint8Array([1, 2, 3]));
  });

  it('level 0 without EAP data answers dwSize 0; on a LAN interface it is refused', async () => {
    const f = fixture();
    const dd = await f.rras.interfaceByName(DEMO_DEMAND_DIAL, false);
    const r = await getKey(f, 0, dd.handle);
    assertStatus(r.ret, Win32.ERROR_SUCCESS);
    assert.equal(r.key?.length, 0);
    assertStatus((await getKey(f, 0, 3)).ret, Win32.ERROR_INVALID_PARAMETER);
  });

  it('an interface preshared key is bounded to 256 bytes as well', async () => {
    const f = fixture();
    assertStatus(await setKey(f, 1, 5, new Uint8Array(257)), Win32.ERROR_INVALID_PARAMETER);
    await assert.rejects(f.rras.setInterfaceCredentialsEx(5, 3, new Uint8Array(257)));
  });
});
