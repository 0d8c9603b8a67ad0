/**
 * SMB2 named-pipe round trips (FSCTL_PIPE_TRANSCEIVE of a 64-byte message to an echo pipe)
 * against a raw TCP ping-pong of the same payload with the same 4-byte framing, measured in the
 * same run, client and server in this process. Signed 3.1.1 (AES-CMAC) and encrypted (AES-GCM).
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { SpnegoAcceptor } from '../src/security/spnego/context.js';
import { ntlmMechanism } from '../src/security/spnego/mechanisms.js';
import { Smb2Client } from '../src/smb2/client.js';
import { Dialect } from '../src/smb2/constants.js';
import { frame, NetbiosDeframer } from '../src/smb2/framing.js';
import { listenSmb2 } from '../src/smb2/server.js';
import { ALICE, acceptorOptions } from '../test/security/fixtures.js';

const PAYLOAD = Buffer.alloc(64, 0x5a);
const WARMUP_MS = 300;
const MEASURE_MS = 1500;

async function measure(once: () => Promise<void>): Promise<number> {
  const end = Date.now() + WARMUP_MS;
  while (Date.now() < end) await once();
  let n = 0;
  const t0 = process.hrtime.bigint();
  const stop = t0 + BigInt(MEASURE_MS) * 1_000_000n;
  while (process.hrtime.bigint() < stop) {
    await once();
    n++;
  }
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

async function rawBaseline(): Promise<number> {
  const server = net.createServer((s) => {
    const d = new NetbiosDeframer(1 << 20);
    s.on('data', (c) => {
      for (const f of d.push(c)) s.write(frame(f));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const sock = net.connect(port, '127.0.0.1');
  sock.setNoDelay(true);
  await new Promise((r) => sock.once('connect', r));
  const d = new NetbiosDeframer(1 << 20);
  let waiter: (() => void) | undefined;
  sock.on('data', (c) => {
    if (d.push(c).length > 0) waiter?.();
  });
  const rate = await measure(
    () =>
      new Promise<void>((r) => {
        waiter = r;
        sock.write(frame(PAYLOAD));
      }),
  );
  sock.destroy();
  server.close();
  return rate;
}

async function smbRate(encrypt: boolean): Promise<number> {
  const newAcceptor = (): SpnegoAcceptor =>
    new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] });
  const listener = await listenSmb2(
    {
      pipes: ['echo'],
      onPipe: (stream: Duplex) => stream.on('data', (b: Buffer) => stream.write(b)),
      newAuthContext: newAcceptor,
      negotiateHint: () => newAcceptor().serverHint(),
      requireEncryption: encrypt,
    },
    { host: '127.0.0.1', port: 0 },
  );
  const c = await Smb2Client.connect('127.0.0.1', listener.port, {
    credentials: ALICE,
    dialects: [Dialect.SMB311],
    encrypt: encrypt ? 'required' : 'never',
  });
  const pipe = await c.openPipe('echo');
  const rate = await measure(async () => {
    await pipe.transceive(PAYLOAD);
  });
  await c.close();
  await listener.close();
  return rate;
}

export async function bench(): Promise<void> {
  const raw = await rawBaseline();
  const signed = await smbRate(false);
  const sealed = await smbRate(true);
  console.log(`smb2 raw tcp ping-pong baseline: ${raw.toFixed(0)} ops/s`);
  console.log(`smb2 transceive signed 3.1.1: ${signed.toFixed(0)} ops/s`);
  console.log(`smb2 transceive signed / raw: ${(signed / raw).toFixed(3)} ratio`);
  console.log(`smb2 transceive encrypted 3.1.1 gcm: ${sealed.toFixed(0)} ops/s`);
  console.log(`smb2 transceive encrypted / raw: ${(sealed / raw).toFixed(3)} ratio`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
