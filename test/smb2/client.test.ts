import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import fc from 'fast-check';
import { after, before, test } from 'node:test';
import { SmbStatus } from '../../src/errors/status.js';
import { Smb2Client, type Smb2ClientOptions, Smb2Error } from '../../src/smb2/client.js';
import type { Smb2PipeStream } from '../../src/smb2/client-pipe.js';
import { Command, Dialect, Fsctl, HeaderFlag } from '../../src/smb2/constants.js';
import { Cipher } from '../../src/smb2/crypto.js';
import { frame } from '../../src/smb2/framing.js';
import { SpnegoAcceptor } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { ALICE, acceptorOptions } from '../security/fixtures.js';
import { type PipeServer, startPipeServer } from './client-fixture.js';

let plain: PipeServer;
let sealed: PipeServer;
let small: PipeServer;
before(async () => {
  plain = await startPipeServer();
  sealed = await startPipeServer({ requireEncryption: true });
  small = await startPipeServer({ maxTransactSize: 1024 });
});
after(async () => {
  await plain.close();
  await sealed.close();
  await small.close();
});

const connect = (port: number, o: Partial<Smb2ClientOptions> = {}): Promise<Smb2Client> =>
  Smb2Client.connect('127.0.0.1', port, { credentials: ALICE, timeoutMs: 5000, ...o });

/** Writes `data` and collects stream output until `length` bytes arrived. */
async function echo(pipe: Smb2PipeStream, data: Buffer, expect = data.length): Promise<Buffer> {
  const got: Buffer[] = [];
  let n = 0;
  const done = new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer): void => {
      got.push(d);
      n += d.length;
      if (n >= expect) {
        pipe.off('data', onData);
        pipe.pause();
        resolve();
      }
    };
    pipe.on('data', onData);
    pipe.once('error', reject);
  });
  pipe.write(data);
  await done;
  return Buffer.concat(got);
}

function rejectsWith(p: Promise<unknown>, status: number): Promise<void> {
  return assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof Smb2Error, String(err));
    assert.equal(err.status, status, err.message);
    return true;
  });
}

const ALL_DIALECTS = [Dialect.SMB202, Dialect.SMB210, Dialect.SMB300, Dialect.SMB302, Dialect.SMB311];

for (const dialect of ALL_DIALECTS) {
  test(`dialect 0x${dialect.toString(16)}: signed session, stream and transceive over the echo pipe`, async () => {
    let signedResponses = 0;
    let validations = 0;
    const c = await connect(plain.listener.port, {
      dialects: [dialect],
      encrypt: 'never',
      onRequest: (m) => {
        const b = Buffer.from(m);
        if (b.readUInt16LE(12) === Command.IOCTL && b.readUInt32LE(68) === Fsctl.VALIDATE_NEGOTIATE_INFO)
          validations++;
      },
      onResponse: (m) => {
        if (Buffer.from(m).readUInt32LE(16) & HeaderFlag.SIGNED) signedResponses++;
      },
    });
    assert.equal(c.dialect, dialect);
    assert.ok(c.signed);
    assert.ok(!c.encrypted);
    const pipe = await c.openPipe('\\pipe\\echo');
    assert.equal((await pipe.transceive(Buffer.from('ping'))).toString(), 'ping');
    assert.equal((await echo(pipe, Buffer.from('hello pipe'))).toString(), 'hello pipe');
    assert.ok(signedResponses > 3, 'responses on the session are signed');
    const validates = dialect === Dialect.SMB300 || dialect === Dialect.SMB302;
    assert.equal(validations, validates ? 1 : 0, 'VALIDATE_NEGOTIATE_INFO on signed 3.0 / 3.0.2');
    pipe.destroy();
    await once(pipe, 'close');
    await c.close();
  });
}

for (const [dialect, cipher] of [
  [Dialect.SMB300, Cipher.AES_128_CCM],
  [Dialect.SMB302, Cipher.AES_128_CCM],
  [Dialect.SMB311, Cipher.AES_128_CCM],
  [Dialect.SMB311, Cipher.AES_128_GCM],
] as const) {
  for (const server of ['requiring', 'offering'] as const) {
    test(`dialect 0x${dialect.toString(16)} cipher ${cipher}: encrypted session (server ${server})`, async () => {
      let transformed = 0;
      const port = server === 'requiring' ? sealed.listener.port : plain.listener.port;
      const c = await connect(port, {
        dialects: [dialect],
        ciphers: [cipher],
        encrypt: server === 'requiring' ? 'if-offered' : 'required',
        onRequest: () => transformed++,
      });
      assert.ok(c.encrypted);
      assert.equal(c.cipher, cipher);
      const pipe = await c.openPipe('echo');
      const big = Buffer.alloc(5000, 7);
      assert.deepEqual(await pipe.transceive(big), big);
      assert.deepEqual(await echo(pipe, Buffer.from('sealed')), Buffer.from('sealed'));
      assert.ok(transformed > 0);
      await c.close();
    });
  }
}

test('a server that requires encryption refuses older dialects and encrypt: never', async () => {
  await assert.rejects(connect(sealed.listener.port, { dialects: [Dialect.SMB210] }));
  await assert.rejects(connect(sealed.listener.port, { dialects: [Dialect.SMB311], encrypt: 'never' }));
  await rejectsWith(
    connect(plain.listener.port, { dialects: [Dialect.SMB210], encrypt: 'required' }),
    SmbStatus.STATUS_NOT_SUPPORTED,
  );
});

test('message-mode overflow: READ and transceive continue until the whole message arrived', async () => {
  const c = await connect(small.listener.port, { dialects: [Dialect.SMB311] });
  assert.equal(c.ioLimits.read, 1024);
  let overflows = 0;
  const c2 = await connect(small.listener.port, {
    dialects: [Dialect.SMB311],
    encrypt: 'never',
    onResponse: (m) => {
      if (Buffer.from(m).readUInt32LE(8) === SmbStatus.STATUS_BUFFER_OVERFLOW) overflows++;
    },
  });
  const pipe = await c2.openPipe('double');
  const msg = Buffer.from(Array.from({ length: 1000 }, (_, i) => i & 0xff));
  assert.deepEqual(await pipe.transceive(msg), Buffer.concat([msg, msg]));
  assert.equal(overflows, 1);
  const other = await c2.openPipe('double');
  const got = await echo(other, msg, 2000);
  assert.deepEqual(got, Buffer.concat([msg, msg]));
  assert.equal(overflows, 2);
  const third = await c.openPipe('echo');
  const long = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) & 0xff));
  // Written in WRITEs no larger than the server's limit.
  assert.deepEqual(await echo(third, long), long);
  await c2.close();
  await c.close();
});

test('a tampered signed response is rejected and the connection dropped', async () => {
  let tamper = false;
  const c = await connect(plain.listener.port, {
    dialects: [Dialect.SMB311],
    encrypt: 'never',
    onResponse: (m) => {
      if (tamper) m[m.length - 1]! ^= 1;
    },
  });
  await c.treeConnect();
  tamper = true;
  await rejectsWith(c.openPipe('echo'), SmbStatus.STATUS_ACCESS_DENIED);
  tamper = false;
  await assert.rejects(c.openPipe('echo'));
});

test('a tampered signed request is refused by the server', async () => {
  let tamper = false;
  const c = await connect(plain.listener.port, {
    dialects: [Dialect.SMB302],
    encrypt: 'never',
    onRequest: (m) => {
      if (tamper) m[m.length - 1]! ^= 1;
    },
  });
  tamper = true;
  await rejectsWith(c.treeConnect(), SmbStatus.STATUS_ACCESS_DENIED);
  tamper = false;
  // The refusal was only for that request: the session still works.
  assert.ok((await c.treeConnect()) > 0);
  await c.close();
});

test('unknown share, unknown pipe and a wrong password are typed errors', async () => {
  const c = await connect(plain.listener.port);
  await assert.rejects(c.treeConnect('C$'), (err: unknown) => {
    assert.ok(err instanceof Smb2Error);
    assert.equal(err.statusName, 'STATUS_BAD_NETWORK_NAME');
    return true;
  });
  await rejectsWith(c.openPipe('nosuchpipe'), SmbStatus.STATUS_OBJECT_NAME_NOT_FOUND);
  await c.close();
  await rejectsWith(
    connect(plain.listener.port, { credentials: { ...ALICE, password: 'wrong' } }),
    SmbStatus.STATUS_LOGON_FAILURE,
  );
});

test('two pipes share one session and carry independent traffic', async () => {
  const c = await connect(plain.listener.port, { dialects: [Dialect.SMB311] });
  plain.opened.length = 0;
  const [a, b] = await Promise.all([c.openPipe('echo'), c.openPipe('echo')]);
  const [ra, rb] = await Promise.all([echo(a, Buffer.from('first')), echo(b, Buffer.from('second'))]);
  assert.equal(ra.toString(), 'first');
  assert.equal(rb.toString(), 'second');
  assert.equal(plain.opened.length, 2);
  assert.equal(plain.opened[0]!.identity?.user.toLowerCase(), 'alice');
  assert.deepEqual(plain.opened[0]!.sessionKey, plain.opened[1]!.sessionKey);
  await c.close();
  assert.ok(a.destroyed && b.destroyed);
});

test('malformed server answers give a rejected connect, never a hang or an uncaught throw', async () => {
  let reply: Uint8Array = new Uint8Array(0);
  let rawBytes = false;
  const fake = net.createServer((s) => {
    s.on('error', () => undefined);
    s.once('data', () => s.write(rawBytes ? reply : frame(reply)));
  });
  await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
  const port = (fake.address() as net.AddressInfo).port;
  const header = (): fc.Arbitrary<Uint8Array> =>
    fc.uint8Array({ minLength: 64, maxLength: 200 }).map((b) => {
      // Often a plausible header, so parsing gets past the protocol id.
      const v = Buffer.from(b);
      v.writeUInt32LE(0x424d53fe, 0);
      v.writeUInt16LE(64, 4);
      v.writeUInt32LE((v.readUInt32LE(16) | 1) >>> 0, 16);
      v.writeBigUInt64LE(0n, 24);
      return new Uint8Array(v);
    });
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.uint8Array({ maxLength: 300 }), header()),
      fc.boolean(),
      async (bytes, raw) => {
        reply = bytes;
        rawBytes = raw;
        await assert.rejects(connect(port, { timeoutMs: 300 }));
      },
    ),
    { numRuns: 60 },
  );
  await new Promise<void>((r) => fake.close(() => r()));
});

test('an anonymous (null) session works unsigned and cannot be asked to sign', async () => {
  const acceptor = (): SpnegoAcceptor =>
    new SpnegoAcceptor({
      mechanisms: [ntlmMechanism({ acceptor: acceptorOptions({ allowAnonymous: true }) })],
    });
  const anon = await startPipeServer({ newAuthContext: acceptor });
  try {
    const credentials = { user: '', domain: '', anonymous: true };
    const c = await connect(anon.listener.port, { credentials });
    assert.ok(!c.signed && !c.encrypted);
    assert.equal((await (await c.openPipe('echo')).transceive(Buffer.from('anon'))).toString(), 'anon');
    await c.close();
    await rejectsWith(
      connect(anon.listener.port, { credentials, requireSigning: true }),
      SmbStatus.STATUS_ACCESS_DENIED,
    );
  } finally {
    await anon.close();
  }
});
