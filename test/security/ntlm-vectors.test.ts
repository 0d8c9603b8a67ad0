/**
 * [MS-NLMP] 4.2 "Cryptographic Values for Validation", byte for byte. 4.2.1 common values:
 * User "User", domain "Domain", password "Password", server "Server", workstation "COMPUTER",
 * RandomSessionKey 0x55 x16, Time 0, ClientChallenge 0xaa x8, ServerChallenge 0123456789abcdef.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rc4 } from '../../src/security/crypto/rc4.js';
import { AvId, NtlmFlags } from '../../src/security/ntlm/constants.js';
import {
  desl,
  kxkey,
  lmowfv1,
  ntHashOf,
  ntlmv1Response,
  ntlmv2ClientBlob,
  ntlmv2Response,
  ntowfv2,
  sealKey,
  signKey,
} from '../../src/security/ntlm/keys.js';
import {
  decodeAuthenticate,
  decodeAvPairs,
  decodeChallenge,
  encodeAuthenticate,
  encodeAvPairs,
  encodeChallenge,
  utf16le,
} from '../../src/security/ntlm/messages.js';
import { NtlmSessionSecurity } from '../../src/security/ntlm/session.js';
import { hex, toHex } from './helpers.js';

const USER = 'User';
const DOMAIN = 'Domain';
const PASSWORD = 'Password';
const RANDOM_SESSION_KEY = hex('55555555555555555555555555555555');
const CLIENT_CHALLENGE = hex('aaaaaaaaaaaaaaaa');
const SERVER_CHALLENGE = hex('0123456789abcdef');
const PLAINTEXT = utf16le('Plaintext');

test('4.2.1: common values encode as the spec shows', () => {
  assert.equal(toHex(utf16le(USER)), '5500730065007200');
  assert.equal(toHex(utf16le(DOMAIN)), '44006f006d00610069006e00');
  assert.equal(toHex(utf16le(PASSWORD)), '500061007300730077006f0072006400');
  assert.equal(toHex(utf16le('COMPUTER')), '43004f004d0050005500540045005200');
  assert.equal(toHex(PLAINTEXT), '50006c00610069006e007400650078007400');
});

// ---- 4.2.2 NTLMv1 ----

const V1_FLAGS = 0xe2028233;

test('4.2.2.1: LMOWFv1, NTOWFv1, session base key', () => {
  assert.equal(toHex(lmowfv1(PASSWORD)), 'e52cac67419a9a224a3b108f3fa6cb6d');
  assert.equal(toHex(ntHashOf(PASSWORD)), 'a4f49c406510bdcab6824ee7c30fd852');
  const r = ntlmv1Response(ntHashOf(PASSWORD), lmowfv1(PASSWORD), SERVER_CHALLENGE, CLIENT_CHALLENGE, false);
  assert.equal(toHex(r.sessionBaseKey), 'd87262b0cde4b1cb7499becccdf10784');
});

test('4.2.2.2: NTLMv1 and LMv1 responses, key exchange keys, encrypted session keys', () => {
  const r = ntlmv1Response(ntHashOf(PASSWORD), lmowfv1(PASSWORD), SERVER_CHALLENGE, CLIENT_CHALLENGE, false);
  assert.equal(toHex(r.ntResponse), '67c43011f30298a2ad35ece64f16331c44bdbed927841f94');
  assert.equal(toHex(r.lmResponse), '98def7b87f88aa5dafe2df779688a172def11c7d5ccdef13');
  const lmKey = kxkey(
    V1_FLAGS | NtlmFlags.NEGOTIATE_LM_KEY,
    r.sessionBaseKey,
    r.lmResponse,
    SERVER_CHALLENGE,
    lmowfv1(PASSWORD),
    false,
  );
  assert.equal(toHex(lmKey), 'b09e379f7fbecb1eaf0afdcb0383c8a0');
  const plainKey = kxkey(
    V1_FLAGS,
    r.sessionBaseKey,
    r.lmResponse,
    SERVER_CHALLENGE,
    lmowfv1(PASSWORD),
    false,
  );
  assert.equal(toHex(rc4(plainKey, RANDOM_SESSION_KEY)), '518822b1b3f350c8958682ecbb3e3cb7');
  const nonNt = kxkey(
    V1_FLAGS | NtlmFlags.REQUEST_NON_NT_SESSION_KEY,
    r.sessionBaseKey,
    r.lmResponse,
    SERVER_CHALLENGE,
    lmowfv1(PASSWORD),
    false,
  );
  assert.equal(toHex(rc4(nonNt, RANDOM_SESSION_KEY)), '7452ca55c225a1ca04b48fae32cf56fc');
  assert.equal(toHex(rc4(lmKey, RANDOM_SESSION_KEY)), '4cd7bb57d697ef9b549f02b8f9b37864');
});

test('4.2.2.4: GSS_WrapEx without extended session security (CRC32 signature)', () => {
  const s = new NtlmSessionSecurity(V1_FLAGS, RANDOM_SESSION_KEY, 'initiator');
  const { sealed, signature } = s.wrap(PLAINTEXT);
  assert.equal(toHex(sealed), '56fe04d861f9319af0d7238a2e3b4d457fb8');
  assert.equal(toHex(signature), '0100000045c844e509dcd1df2e459d36');
});

// ---- 4.2.3 NTLMv1 with client challenge ----

const V1_ESS_FLAGS = 0x820a8233;

test('4.2.3: NTLMv1 with client challenge: responses, key exchange key, GSS_WrapEx', () => {
  const r = ntlmv1Response(ntHashOf(PASSWORD), lmowfv1(PASSWORD), SERVER_CHALLENGE, CLIENT_CHALLENGE, true);
  assert.equal(toHex(r.sessionBaseKey), 'd87262b0cde4b1cb7499becccdf10784');
  assert.equal(toHex(r.lmResponse), 'aaaaaaaaaaaaaaaa' + '00'.repeat(16));
  assert.equal(toHex(r.ntResponse), '7537f803ae367128ca458204bde7caf81e97ed2683267232');
  const kx = kxkey(V1_ESS_FLAGS, r.sessionBaseKey, r.lmResponse, SERVER_CHALLENGE, undefined, false);
  assert.equal(toHex(kx), 'eb93429a8bd952f8b89c55b87f475edc');
  // No KEY_EXCH in these flags: the exported session key is the key exchange key.
  assert.equal(toHex(sealKey(V1_ESS_FLAGS, kx, 'client-to-server')), '04dd7f014d8504d265a25cc86a3a7c06');
  assert.equal(toHex(signKey(kx, 'client-to-server')), '60e799be5c72fc92922ae8ebe961fb8d');
  const s = new NtlmSessionSecurity(V1_ESS_FLAGS, kx, 'initiator');
  const { sealed, signature } = s.wrap(PLAINTEXT);
  assert.equal(toHex(sealed), 'a02372f6530273f3aa1eb90190ce5200c99d');
  assert.equal(toHex(signature), '01000000ff2aeb52f681793a00000000');
});

test('4.2.2.3 / 4.2.3.3: DESL is what the NTLMv1 response uses', () => {
  assert.equal(
    toHex(desl(ntHashOf(PASSWORD), SERVER_CHALLENGE)),
    '67c43011f30298a2ad35ece64f16331c44bdbed927841f94',
  );
});

// ---- 4.2.4 NTLMv2 ----

const V2_CHALLENGE_FLAGS = 0xe28a8233;
const V2_AV_PAIRS = encodeAvPairs([
  { id: AvId.MsvAvNbDomainName, value: utf16le('Domain') },
  { id: AvId.MsvAvNbComputerName, value: utf16le('Server') },
]);

const V2_CHALLENGE_MESSAGE = hex(`
  4e 54 4c 4d 53 53 50 00 02 00 00 00 0c 00 0c 00
  38 00 00 00 33 82 8a e2 01 23 45 67 89 ab cd ef
  00 00 00 00 00 00 00 00 24 00 24 00 44 00 00 00
  06 00 70 17 00 00 00 0f 53 00 65 00 72 00 76 00
  65 00 72 00 02 00 0c 00 44 00 6f 00 6d 00 61 00
  69 00 6e 00 01 00 0c 00 53 00 65 00 72 00 76 00
  65 00 72 00 00 00 00 00`);

const V2_AUTHENTICATE_MESSAGE = hex(`
  4e 54 4c 4d 53 53 50 00 03 00 00 00 18 00 18 00
  6c 00 00 00 54 00 54 00 84 00 00 00 0c 00 0c 00
  48 00 00 00 08 00 08 00 54 00 00 00 10 00 10 00
  5c 00 00 00 10 00 10 00 d8 00 00 00 35 82 88 e2
  05 01 28 0a 00 00 00 0f 44 00 6f 00 6d 00 61 00
  69 00 6e 00 55 00 73 00 65 00 72 00 43 00 4f 00
  4d 00 50 00 55 00 54 00 45 00 52 00 86 c3 50 97
  ac 9c ec 10 25 54 76 4a 57 cc cc 19 aa aa aa aa
  aa aa aa aa 68 cd 0a b8 51 e5 1c 96 aa bc 92 7b
  eb ef 6a 1c 01 01 00 00 00 00 00 00 00 00 00 00
  00 00 00 00 aa aa aa aa aa aa aa aa 00 00 00 00
  02 00 0c 00 44 00 6f 00 6d 00 61 00 69 00 6e 00
  01 00 0c 00 53 00 65 00 72 00 76 00 65 00 72 00
  00 00 00 00 00 00 00 00 c5 da d2 54 4f c9 79 90
  94 ce 1c e9 0b c9 d0 3e`);

test('4.2.4: NTOWFv2, session base key, LMv2 and NTLMv2 responses, encrypted session key', () => {
  const key = ntowfv2(ntHashOf(PASSWORD), USER, DOMAIN);
  assert.equal(toHex(key), '0c868a403bfd7a93a3001ef22ef02e3f');
  const blob = ntlmv2ClientBlob(0n, CLIENT_CHALLENGE, V2_AV_PAIRS);
  assert.equal(
    toHex(blob),
    '0101000000000000' +
      '0000000000000000' +
      'aaaaaaaaaaaaaaaa' +
      '00000000' +
      toHex(V2_AV_PAIRS) +
      '00000000',
  );
  const r = ntlmv2Response(key, SERVER_CHALLENGE, CLIENT_CHALLENGE, blob);
  assert.equal(toHex(r.sessionBaseKey), '8de40ccadbc14a82f15cb0ad0de95ca3');
  assert.equal(toHex(r.lmResponse), '86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa');
  assert.equal(toHex(r.ntProofStr), '68cd0ab851e51c96aabc927bebef6a1c');
  assert.equal(toHex(rc4(r.sessionBaseKey, RANDOM_SESSION_KEY)), 'c5dad2544fc9799094ce1ce90bc9d03e');
});

test('4.2.4.3: CHALLENGE_MESSAGE encodes and decodes byte for byte', () => {
  const encoded = encodeChallenge({
    flags: V2_CHALLENGE_FLAGS,
    targetName: 'Server',
    serverChallenge: SERVER_CHALLENGE,
    targetInfo: V2_AV_PAIRS,
    version: { major: 6, minor: 0, build: 6000, revision: 0x0f },
  });
  assert.equal(toHex(encoded), toHex(V2_CHALLENGE_MESSAGE));
  const d = decodeChallenge(V2_CHALLENGE_MESSAGE);
  assert.equal(d.flags >>> 0, V2_CHALLENGE_FLAGS);
  assert.equal(d.targetName, 'Server');
  assert.deepEqual(d.version, { major: 6, minor: 0, build: 6000, revision: 0x0f });
  assert.deepEqual(
    decodeAvPairs(d.targetInfo).map((p) => p.id),
    [AvId.MsvAvNbDomainName, AvId.MsvAvNbComputerName],
  );
});

test('4.2.4.3: AUTHENTICATE_MESSAGE encodes and decodes byte for byte', () => {
  const key = ntowfv2(ntHashOf(PASSWORD), USER, DOMAIN);
  const blob = ntlmv2ClientBlob(0n, CLIENT_CHALLENGE, V2_AV_PAIRS);
  const r = ntlmv2Response(key, SERVER_CHALLENGE, CLIENT_CHALLENGE, blob);
  const encoded = encodeAuthenticate({
    flags: 0xe2888235,
    lmResponse: r.lmResponse,
    ntResponse: r.ntResponse,
    domain: DOMAIN,
    user: USER,
    workstation: 'COMPUTER',
    encryptedRandomSessionKey: rc4(r.sessionBaseKey, RANDOM_SESSION_KEY),
    version: { major: 5, minor: 1, build: 2600, revision: 0x0f },
    withMic: false,
  });
  assert.equal(toHex(encoded), toHex(V2_AUTHENTICATE_MESSAGE));
  const d = decodeAuthenticate(V2_AUTHENTICATE_MESSAGE);
  assert.equal(d.user, USER);
  assert.equal(d.domain, DOMAIN);
  assert.equal(d.workstation, 'COMPUTER');
  assert.equal(d.mic, undefined);
  assert.deepEqual(d.ntResponse, r.ntResponse);
});

test('4.2.4.4: GSS_WrapEx with extended session security, key exchange, 128-bit', () => {
  const flags = 0xe2888235;
  assert.equal(
    toHex(sealKey(flags, RANDOM_SESSION_KEY, 'client-to-server')),
    '59f600973cc4960a25480a7c196e4c58',
  );
  assert.equal(toHex(signKey(RANDOM_SESSION_KEY, 'client-to-server')), '4788dc861b4782f35d43fd98fe1a2d39');
  const client = new NtlmSessionSecurity(flags, RANDOM_SESSION_KEY, 'initiator');
  const { sealed, signature } = client.wrap(PLAINTEXT);
  assert.equal(toHex(sealed), '54e50165bf1936dc996020c1811b0f06fb5f');
  assert.equal(toHex(signature), '010000007fb38ec5c55d497600000000');
  // And the acceptor side undoes it.
  const server = new NtlmSessionSecurity(flags, RANDOM_SESSION_KEY, 'acceptor');
  assert.deepEqual(server.unwrap(sealed, signature), PLAINTEXT);
});
