/**
 * Mutated SMB2 frames (bad lengths, offsets beyond the frame, bogus credit charges, compound
 * chains that point backwards or at themselves) never crash the server, never hang it, and never
 * disturb a healthy session on another connection.
 */
import assert from 'node:assert/strict';
import type { Duplex } from 'node:stream';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { SpnegoAcceptor } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { Command, Dialect, HEADER_SIZE, HeaderFlag } from '../../src/smb2/constants.js';
import { Smb2Connection } from '../../src/smb2/connection.js';
import { listenSmb2, type Smb2Listener, type Smb2ServerOptions } from '../../src/smb2/server.js';
import { acceptorOptions } from '../security/fixtures.js';
import { TestSmbClient, fileIdOf, smallBody } from './client.js';
import { PassThrough } from 'node:stream';

const errors: unknown[] = [];
const newAcceptor = (): SpnegoAcceptor =>
  new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] });
const options: Smb2ServerOptions = {
  pipes: ['echo'],
  onPipe: (stream: Duplex) => stream.on('data', (d: Buffer) => stream.write(d)),
  newAuthContext: newAcceptor,
  negotiateHint: () => newAcceptor().serverHint(),
  onError: (e) => errors.push(e),
};

let server: Smb2Listener;
before(async () => {
  server = await listenSmb2(options, { host: '127.0.0.1', port: 0 });
});
after(() => server.close());

/** Feeds raw bytes to a connection over an in-memory socket; resolves when it goes quiet. */
async function feed(frames: Uint8Array[]): Promise<void> {
  const sock = new PassThrough();
  const fakeSocket = Object.assign(sock, {}) as unknown as Duplex;
  new Smb2Connection(fakeSocket, { localAddress: '127.0.0.1', remoteAddress: '127.0.0.1' }, options);
  for (const f of frames) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(f.length, 0);
    sock.emit('data', Buffer.concat([len, f]));
  }
  await new Promise((r) => setImmediate(r));
}

function header(
  command: number,
  o: { next?: number; flags?: number; mid?: bigint; charge?: number } = {},
): Buffer {
  const b = Buffer.alloc(HEADER_SIZE);
  b.writeUInt32LE(0x424d53fe, 0);
  b.writeUInt16LE(64, 4);
  b.writeUInt16LE(o.charge ?? 1, 6);
  b.writeUInt16LE(command, 12);
  b.writeUInt16LE(8, 14);
  b.writeUInt32LE(o.flags ?? 0, 16);
  b.writeUInt32LE(o.next ?? 0, 20);
  b.writeBigUInt64LE(o.mid ?? 0n, 24);
  return b;
}

function negotiate311(): Buffer {
  const body = Buffer.alloc(36 + 2 + 6 + 46);
  body.writeUInt16LE(36, 0);
  body.writeUInt16LE(1, 2);
  body.writeUInt16LE(Dialect.SMB311, 36);
  body.writeUInt32LE(HEADER_SIZE + 40, 28);
  body.writeUInt16LE(1, 32);
  body.writeUInt16LE(1, 40);
  body.writeUInt16LE(38, 42);
  body.writeUInt16LE(1, 48);
  body.writeUInt16LE(32, 50);
  body.writeUInt16LE(1, 52);
  return Buffer.concat([header(Command.NEGOTIATE), body]);
}

test('mutated NEGOTIATE and follow-up frames never throw out of the connection', async () => {
  const seed = negotiate311();
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      fc.uint8Array({ maxLength: 200 }),
      async (flips, tail) => {
        const m = Buffer.from(seed);
        for (const [at, v] of flips) m[at] = v;
        await feed([m, Buffer.concat([header(Command.SESSION_SETUP, { mid: 1n }), Buffer.from(tail)])]);
      },
    ),
    { numRuns: 300 },
  );
  assert.deepEqual(errors, []);
});

test('hostile compound chains, lengths, offsets and credit charges', async () => {
  const cases: Buffer[][] = [
    // NextCommand pointing at itself, backwards, beyond the frame, unaligned.
    [negotiate311(), Buffer.concat([header(Command.ECHO, { mid: 1n, next: 0 }), smallBody(4)])],
    [Buffer.concat([header(Command.NEGOTIATE, { next: 0xffffffff })])],
    [Buffer.concat([header(Command.NEGOTIATE, { next: 64 }), header(Command.ECHO, { next: 0, mid: 1n })])],
    [Buffer.concat([header(Command.NEGOTIATE, { next: 12 }), Buffer.alloc(60)])],
    // Credit charge far beyond the window.
    [negotiate311(), Buffer.concat([header(Command.ECHO, { mid: 1n, charge: 65535 }), smallBody(4)])],
    // SESSION_SETUP whose security buffer lies outside the message.
    [
      negotiate311(),
      Buffer.concat([
        header(Command.SESSION_SETUP, { mid: 1n }),
        (() => {
          const b = Buffer.alloc(24);
          b.writeUInt16LE(25, 0);
          b.writeUInt16LE(0xfff0, 12);
          b.writeUInt16LE(0xffff, 14);
          return b;
        })(),
      ]),
    ],
    // Truncated header, wrong protocol ids, an encrypted frame for an unknown session.
    [Buffer.from([0xfe, 0x53, 0x4d, 0x42])],
    // SMB1 NEGOTIATE: truncated, an absurd WordCount, no SMB2 dialect, sent twice.
    [Buffer.from([0xff, 0x53, 0x4d, 0x42, 0x72])],
    [
      Buffer.concat([
        Buffer.from([0xff, 0x53, 0x4d, 0x42, 0x72]),
        Buffer.alloc(27),
        Buffer.from([255, 1, 0]),
      ]),
    ],
    [
      Buffer.concat([
        Buffer.from([0xff, 0x53, 0x4d, 0x42, 0x72]),
        Buffer.alloc(28),
        Buffer.from([12, 0]),
        Buffer.from('\x02NT LM 0.12\0', 'latin1'),
      ]),
    ],
    [
      Buffer.concat([
        Buffer.from([0xff, 0x53, 0x4d, 0x42, 0x72]),
        Buffer.alloc(28),
        Buffer.from([11, 0]),
        Buffer.from('\x02SMB 2.???\0', 'latin1'),
      ]),
      Buffer.concat([
        Buffer.from([0xff, 0x53, 0x4d, 0x42, 0x72]),
        Buffer.alloc(28),
        Buffer.from([11, 0]),
        Buffer.from('\x02SMB 2.???\0', 'latin1'),
      ]),
    ],
    [Buffer.alloc(100, 0xff)],
    [Buffer.concat([Buffer.from([0xfd, 0x53, 0x4d, 0x42]), Buffer.alloc(80)])],
  ];
  for (const c of cases) await feed(c);
  assert.deepEqual(errors, []);
});

test('an oversized frame length ends only that connection', async () => {
  const healthy = await TestSmbClient.connect(server.port);
  await healthy.negotiate([Dialect.SMB311]);
  await healthy.sessionSetup();
  const tc = await healthy.treeConnect();
  const fid = fileIdOf(await healthy.create(tc.treeId, 'echo'));

  const bad = await TestSmbClient.connect(server.port);
  bad.socket.write(Buffer.from([0x00, 0xff, 0xff, 0xff, 0xfe]));
  assert.ok(await bad.closedByServer());

  // A hostile peer sending garbage after negotiating, on yet another connection.
  const noisy = await TestSmbClient.connect(server.port);
  await noisy.negotiate([Dialect.SMB210]);
  noisy.writeFrame(
    Buffer.concat([
      header(Command.IOCTL, { mid: 1n, flags: HeaderFlag.RELATED_OPERATIONS }),
      Buffer.alloc(3),
    ]),
  );
  await noisy.nextResponses();

  const t = await healthy.request(
    Command.IOCTL,
    healthy.transceiveBody(fid, Buffer.from('still here'), 100),
    {
      treeId: tc.treeId,
    },
  );
  assert.equal(t.body.subarray(48, 48 + t.body.readUInt32LE(36)).toString(), 'still here');
  healthy.end();
  noisy.end();
  assert.deepEqual(errors, []);
});

test('mutated request bodies on an authenticated session get answers, not crashes', async () => {
  let c = await TestSmbClient.connect(server.port);
  let treeId = 0;
  let fid: Uint8Array = new Uint8Array(16);
  const setup = async (): Promise<void> => {
    c = await TestSmbClient.connect(server.port);
    await c.negotiate([Dialect.SMB210]);
    await c.sessionSetup();
    treeId = (await c.treeConnect()).treeId;
    fid = fileIdOf(await c.create(treeId, 'echo'));
  };
  await setup();
  const commands = [
    Command.TREE_CONNECT,
    Command.CREATE,
    Command.CLOSE,
    Command.FLUSH,
    Command.READ,
    Command.WRITE,
    Command.IOCTL,
    Command.QUERY_INFO,
    Command.SET_INFO,
    Command.LOCK,
    Command.TREE_DISCONNECT,
    Command.ECHO,
    99,
  ];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...commands),
      fc.uint8Array({ minLength: 0, maxLength: 120 }),
      fc.boolean(),
      async (command, body, useFid) => {
        if (c.closed) await setup();
        const b = Buffer.from(body);
        if (useFid && b.length >= 24) Buffer.from(fid).copy(b, 8);
        if (b.length >= 2) b.writeUInt16LE([57, 49, 41, 24, 9][body[0]! % 5]!, 0);
        c.send(c.build(command, b, { treeId, sign: true }));
        // One frame per request: an interim STATUS_PENDING counts (its completion may never come).
        await c.nextFrame();
      },
    ),
    { numRuns: 400 },
  );
  c.end();
  assert.deepEqual(errors, []);
});
