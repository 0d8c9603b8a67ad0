/**
 * Security provider throughput: the hand-written MD4 and RC4 against node:crypto's MD5 and
 * AES-128-CTR (same machine, same run), NTLM handshakes per second, and NTLM sealing of 4 KiB
 * PDU bodies (the PKT_PRIVACY per-PDU cost).
 */
import { createCipheriv, createHash } from 'node:crypto';
import { md4 } from '../src/security/crypto/md4.js';
import { Rc4 } from '../src/security/crypto/rc4.js';
import { NtlmAcceptor } from '../src/security/ntlm/acceptor.js';
import { NtlmInitiator } from '../src/security/ntlm/initiator.js';
import { ntHashOf } from '../src/security/ntlm/keys.js';

function rate(seconds: number, f: () => number): number {
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let units = 0;
  while (performance.now() < end) units += f();
  return units / ((performance.now() - start) / 1000);
}

const mb = (bytesPerSecond: number) => (bytesPerSecond / 1e6).toFixed(1);

export async function bench(): Promise<void> {
  const data = new Uint8Array(64 * 1024).map((_, i) => i & 0xff);

  const md5Rate = rate(1, () => (createHash('md5').update(data).digest(), data.length));
  const md4Rate = rate(1, () => (md4(data), data.length));
  console.log(`md5 (node:crypto baseline): ${mb(md5Rate)} MB/s`);
  console.log(`md4 (src/security/crypto): ${mb(md4Rate)} MB/s`);
  console.log(`md4 / md5 ratio: ${(md4Rate / md5Rate).toFixed(2)} x`);

  const aes = createCipheriv('aes-128-ctr', new Uint8Array(16), new Uint8Array(16));
  const aesRate = rate(1, () => (aes.update(data), data.length));
  const rc4 = new Rc4(new Uint8Array(16).fill(7));
  const rc4Rate = rate(1, () => (rc4.process(data), data.length));
  console.log(`aes-128-ctr (node:crypto baseline): ${mb(aesRate)} MB/s`);
  console.log(`rc4 (src/security/crypto): ${mb(rc4Rate)} MB/s`);
  console.log(`rc4 / aes-ctr ratio: ${(rc4Rate / aesRate).toFixed(2)} x`);

  const ntHash = ntHashOf('bench-password');
  const acceptorOpts = {
    lookupAccount: () => ({ ntHash }),
    targetName: 'BENCH',
    netbiosDomain: 'BENCH',
  };
  const handshakes = rate(1, () => {
    const i = new NtlmInitiator({ user: 'u', domain: 'BENCH', ntHash });
    const a = new NtlmAcceptor(acceptorOpts);
    a.step(i.step(a.step(i.step().output!).output!).output!);
    return 1;
  });
  console.log(`ntlm handshakes: ${handshakes.toFixed(0)} /s`);

  const i = new NtlmInitiator({ user: 'u', domain: 'BENCH', ntHash });
  const a = new NtlmAcceptor(acceptorOpts);
  a.step(i.step(a.step(i.step().output!).output!).output!);
  const pdu = new Uint8Array(4096 + 32);
  const region = { offset: 24, length: 4096 };
  const sealRate = rate(1, () => {
    const w = i.wrap(pdu, region);
    const wire = new Uint8Array(pdu);
    wire.set(w.sealed, region.offset);
    a.unwrap(wire, w.signature, region);
    return 4096;
  });
  console.log(`ntlm seal+unseal 4 KiB bodies: ${mb(sealRate)} MB/s`);
}
