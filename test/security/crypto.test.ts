import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import fc from 'fast-check';
import { aesCmac, cmacSubkeys } from '../../src/security/crypto/aes-cmac.js';
import { md4 } from '../../src/security/crypto/md4.js';
import { Rc4, rc4 } from '../../src/security/crypto/rc4.js';
import { hex, toHex } from './helpers.js';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

test('MD4: RFC 1320 appendix A.5 test suite', () => {
  const suite: [string, string][] = [
    ['', '31d6cfe0d16ae931b73c59d7e0c089c0'],
    ['a', 'bde52cb31de33e46245e05fbdbd6fb24'],
    ['abc', 'a448017aaf21d8525fc10ae87aa6729d'],
    ['message digest', 'd9130a8164549fe818874806e1c7014b'],
    ['abcdefghijklmnopqrstuvwxyz', 'd79e1c308aa5bbcdeea8ed63df412da9'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', '043f8582f241db351ce627e153e7f0e4'],
    [
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      'e33b4ddc9c38f2199c3e7b164fcc0536',
    ],
  ];
  for (const [input, digest] of suite) assert.equal(toHex(md4(ascii(input))), digest, `MD4("${input}")`);
});

/** The openssl CLI with its legacy provider, when present, is a second oracle. */
function opensslAvailable(): boolean {
  try {
    execFileSync('openssl', ['dgst', '-md4', '-provider', 'legacy', '-provider', 'default'], { input: '' });
    return true;
  } catch {
    return false;
  }
}

test(
  'MD4: agrees with openssl (legacy provider) on padding boundary lengths',
  { skip: !opensslAvailable() },
  () => {
    for (const len of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = new Uint8Array(len).map((_, i) => (i * 31 + 7) & 0xff);
      const out = execFileSync(
        'openssl',
        ['dgst', '-md4', '-provider', 'legacy', '-provider', 'default', '-hex'],
        {
          input: data,
        },
      ).toString();
      assert.equal(toHex(md4(data)), out.trim().split(/\s+/).pop(), `length ${len}`);
    }
  },
);

test('RC4: RFC 6229 keystream, 40-bit key 0x0102030405', () => {
  const ks = rc4(hex('0102030405'), new Uint8Array(272));
  assert.equal(toHex(ks.subarray(0, 32)), 'b2396305f03dc027ccc3524a0a1118a86982944f18fc82d589c403a47a0d0919');
  assert.equal(
    toHex(ks.subarray(240, 272)),
    '28cb1132c96ce286421dcaadb8b69eae1cfcf62b03eddb641d77dfcf7f8d8c93',
  );
});

test('RC4: RFC 6229 keystream, 128-bit key 0x0102..10', () => {
  const ks = rc4(hex('0102030405060708090a0b0c0d0e0f10'), new Uint8Array(32));
  assert.equal(toHex(ks), '9ac7cc9a609d1ef7b2932899cde41b975248c4959014126a6e8a84f11d1a9e1c');
});

test('RC4: the stream continues across calls (state is kept)', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 1, maxLength: 32 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.nat(200),
      (key, data, cut) => {
        const at = Math.min(cut, data.length);
        const r = new Rc4(key);
        const joined = new Uint8Array([...r.process(data.subarray(0, at)), ...r.process(data.subarray(at))]);
        assert.deepEqual(joined, rc4(key, data));
        assert.deepEqual(rc4(key, joined), data);
      },
    ),
  );
});

test('AES-CMAC: RFC 4493 section 4 subkeys and examples', () => {
  const key = hex('2b7e1516 28aed2a6 abf71588 09cf4f3c');
  const { k1, k2 } = cmacSubkeys(key);
  assert.equal(toHex(k1), 'fbeed618357133667c85e08f7236a8de');
  assert.equal(toHex(k2), 'f7ddac306ae266ccf90bc11ee46d513b');
  const m = hex(
    '6bc1bee2 2e409f96 e93d7e11 7393172a ae2d8a57 1e03ac9c 9eb76fac 45af8e51 30c81c46 a35ce411 e5fbc119 1a0a52ef f69f2445 df4f9b17 ad2b417b e66c3710',
  );
  assert.equal(toHex(aesCmac(key, m.subarray(0, 0))), 'bb1d6929e95937287fa37d129b756746');
  assert.equal(toHex(aesCmac(key, m.subarray(0, 16))), '070a16b46b4d4144f79bdd9dd04a287c');
  assert.equal(toHex(aesCmac(key, m.subarray(0, 40))), 'dfa66747de9ae63030ca32611497c827');
  assert.equal(toHex(aesCmac(key, m.subarray(0, 64))), '51f0bebf7e3b9d92fc49741779363cfe');
});

test('AES-CMAC: agrees with openssl mac for assorted lengths', { skip: !opensslAvailable() }, () => {
  const key = hex('000102030405060708090a0b0c0d0e0f');
  for (const len of [1, 15, 16, 17, 31, 32, 33, 100]) {
    const data = new Uint8Array(len).map((_, i) => (i * 13 + 5) & 0xff);
    const out = execFileSync(
      'openssl',
      ['mac', '-cipher', 'AES-128-CBC', '-macopt', 'hexkey:' + toHex(key), 'CMAC'],
      { input: data },
    ).toString();
    assert.equal(toHex(aesCmac(key, data)), out.trim().toLowerCase(), `length ${len}`);
  }
});
