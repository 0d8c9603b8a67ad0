import assert from 'node:assert/strict';
import type { Duplex } from 'node:stream';
import { after, before, test } from 'node:test';
import { SmbStatus } from '../../src/errors/status.js';
import { createEpmInterface } from '../../src/interfaces/epm/server.js';
import { EndpointDatabase } from '../../src/interfaces/epm/database.js';
import { EPM_SYNTAX } from '../../src/interfaces/epm/constants.js';
import { decodePdu, encodePdu } from '../../src/rpc/pdu.js';
import { RpcServer } from '../../src/rpc/server.js';
import { NDR20_SYNTAX, type TransportInfo } from '../../src/rpc/types.js';
import { SpnegoAcceptor } from '../../src/security/spnego/context.js';
import { ntlmMechanism } from '../../src/security/spnego/mechanisms.js';
import { Command, Dialect, HeaderFlag } from '../../src/smb2/constants.js';
import { listenSmb2, type Smb2Listener, type Smb2ServerOptions } from '../../src/smb2/server.js';
import { acceptorOptions } from '../security/fixtures.js';
import { STATUS_PENDING, TestSmbClient, fileIdOf, smallBody } from './client.js';

const opened: TransportInfo[] = [];
const rpc = new RpcServer();
const db = new EndpointDatabase();
db.register({ iface: EPM_SYNTAX, protseq: 'ncacn_np', endpoint: '\\PIPE\\epmapper', annotation: 'epm' });
rpc.register(createEpmInterface(db));

/** `echo` answers every write with the same bytes; `quiet` never answers; `hold` never reads. */
function onPipe(stream: Duplex, info: TransportInfo): void {
  opened.push(info);
  if (info.endpoint === '\\PIPE\\echo') stream.on('data', (d: Buffer) => stream.write(d));
  else if (info.endpoint === '\\PIPE\\epmapper') rpc.handle(stream, info);
  else if (info.endpoint === '\\PIPE\\hold') stream.pause();
  else stream.resume();
}

const newAcceptor = (): SpnegoAcceptor =>
  new SpnegoAcceptor({ mechanisms: [ntlmMechanism({ acceptor: acceptorOptions() })] });
const baseOptions: Smb2ServerOptions = {
  pipes: ['echo', 'quiet', 'hold', 'epmapper'],
  onPipe,
  newAuthContext: newAcceptor,
  negotiateHint: () => newAcceptor().serverHint(),
};

let server: Smb2Listener;
let encServer: Smb2Listener;
before(async () => {
  server = await listenSmb2(baseOptions, { host: '127.0.0.1', port: 0 });
  encServer = await listenSmb2({ ...baseOptions, requireEncryption: true }, { host: '127.0.0.1', port: 0 });
});
after(async () => {
  await server.close();
  await encServer.close();
  await rpc.close();
});

async function connected(
  dialects: readonly number[],
  port = server.port,
): Promise<{ c: TestSmbClient; treeId: number }> {
  const c = await TestSmbClient.connect(port);
  const neg = await c.negotiate(dialects);
  assert.equal(neg.status, 0);
  const ss = await c.sessionSetup();
  assert.equal(ss.status, 0, `session setup 0x${ss.status.toString(16)}`);
  const tc = await c.treeConnect();
  assert.equal(tc.status, 0);
  return { c, treeId: tc.treeId };
}

for (const dialect of [Dialect.SMB202, Dialect.SMB210, Dialect.SMB300, Dialect.SMB302, Dialect.SMB311]) {
  test(`dialect 0x${dialect.toString(16)}: signed session, echo pipe write/read/transceive`, async () => {
    const { c, treeId } = await connected([dialect]);
    assert.equal(c.dialect, dialect);
    const cr = await c.create(treeId, 'echo');
    assert.equal(cr.status, 0);
    assert.ok(cr.flags & HeaderFlag.SIGNED, 'responses to signed requests are signed');
    const fid = fileIdOf(cr);
    const w = await c.request(Command.WRITE, c.writeBody(fid, Buffer.from('hello')), { treeId });
    assert.equal(w.status, 0);
    const r = await c.request(Command.READ, c.readBody(fid, 100), { treeId });
    assert.equal(r.status, 0);
    assert.equal(r.body.subarray(16, 16 + r.body.readUInt32LE(4)).toString(), 'hello');
    const t = await c.request(Command.IOCTL, c.transceiveBody(fid, Buffer.from('ping-pong'), 4), { treeId });
    assert.equal(t.status, SmbStatus.STATUS_BUFFER_OVERFLOW);
    assert.equal(t.body.subarray(48, 48 + t.body.readUInt32LE(36)).toString(), 'ping');
    const rest = await c.request(Command.READ, c.readBody(fid, 100), { treeId });
    assert.equal(rest.body.subarray(16, 16 + rest.body.readUInt32LE(4)).toString(), '-pong');
    const cl = await c.request(Command.CLOSE, c.closeBody(fid), { treeId });
    assert.equal(cl.status, 0);
    const again = await c.request(Command.READ, c.readBody(fid, 100), { treeId });
    assert.equal(again.status, SmbStatus.STATUS_FILE_CLOSED);
    assert.equal((await c.request(Command.ECHO, smallBody(4))).status, 0);
    assert.equal((await c.request(Command.TREE_DISCONNECT, smallBody(4), { treeId })).status, 0);
    assert.equal((await c.request(Command.LOGOFF, smallBody(4))).status, 0);
    c.end();
  });
}

test('the pipe carries the SMB identity and session key to the RPC core', async () => {
  const { c, treeId } = await connected([Dialect.SMB311]);
  opened.length = 0;
  const cr = await c.create(treeId, 'echo');
  assert.equal(cr.status, 0);
  assert.equal(opened[0]!.protseq, 'ncacn_np');
  assert.equal(opened[0]!.identity?.user.toLowerCase(), 'alice');
  assert.equal(opened[0]!.sessionKey?.length, 16);
  c.end();
});

test('RPC bind over \\pipe\\epmapper via FSCTL_PIPE_TRANSCEIVE', async () => {
  const { c, treeId } = await connected([Dialect.SMB311]);
  const fid = fileIdOf(await c.create(treeId, '\\PIPE\\EPMAPPER'));
  const bind = encodePdu({
    type: 'bind',
    callId: 1,
    flags: 3,
    maxXmitFrag: 4280,
    maxRecvFrag: 4280,
    assocGroupId: 0,
    contexts: [{ contextId: 0, abstractSyntax: EPM_SYNTAX, transferSyntaxes: [NDR20_SYNTAX] }],
  });
  const t = await c.request(Command.IOCTL, c.transceiveBody(fid, bind, 4280), { treeId });
  assert.equal(t.status, 0);
  const ack = decodePdu(new Uint8Array(t.body.subarray(48, 48 + t.body.readUInt32LE(36))));
  assert.equal(ack.type, 'bind_ack');
  if (ack.type === 'bind_ack') assert.equal(ack.secAddr.toLowerCase(), '\\pipe\\epmapper');
  c.end();
});

test('unknown share and unknown pipe', async () => {
  const c = await TestSmbClient.connect(server.port);
  await c.negotiate([Dialect.SMB311]);
  await c.sessionSetup();
  assert.equal((await c.treeConnect('\\\\127.0.0.1\\C$')).status, SmbStatus.STATUS_BAD_NETWORK_NAME);
  const tc = await c.treeConnect();
  assert.equal((await c.create(tc.treeId, 'nosuchpipe')).status, SmbStatus.STATUS_OBJECT_NAME_NOT_FOUND);
  c.end();
});

test('wrong password is STATUS_LOGON_FAILURE; requests without a session are refused', async () => {
  const c = await TestSmbClient.connect(server.port);
  await c.negotiate([Dialect.SMB311]);
  const r = await c.sessionSetup({ user: 'alice', domain: 'WINRPC', password: 'wrong' });
  assert.equal(r.status, SmbStatus.STATUS_LOGON_FAILURE);
  c.keys = undefined;
  assert.equal((await c.treeConnect()).status, SmbStatus.STATUS_USER_SESSION_DELETED);
  c.end();
});

test('a request with a bad signature is refused; an unsigned one when signing is required', async () => {
  const c = await TestSmbClient.connect(server.port);
  await c.negotiate([Dialect.SMB302]);
  await c.sessionSetup(undefined, 2);
  const msg = c.build(Command.ECHO, smallBody(4));
  msg[60] ^= 1;
  c.send(msg);
  assert.equal((await c.nextResponses())[0]!.status, SmbStatus.STATUS_ACCESS_DENIED);
  assert.equal(
    (await c.request(Command.ECHO, smallBody(4), { sign: false })).status,
    SmbStatus.STATUS_ACCESS_DENIED,
  );
  assert.equal((await c.request(Command.ECHO, smallBody(4))).status, 0);
  c.end();
});

for (const cipher of [1, 2]) {
  test(`encryption with cipher ${cipher} (server requires it)`, async () => {
    const c = await TestSmbClient.connect(encServer.port);
    await c.negotiate([Dialect.SMB311], { ciphers: [cipher] });
    const ss = await c.sessionSetup();
    assert.equal(ss.status, 0);
    assert.ok(ss.body.readUInt16LE(2) & 4, 'SMB2_SESSION_FLAG_ENCRYPT_DATA');
    assert.equal((await c.request(Command.ECHO, smallBody(4))).status, SmbStatus.STATUS_ACCESS_DENIED);
    c.encrypt = true;
    const tc = await c.treeConnect();
    assert.equal(tc.status, 0);
    const fid = fileIdOf(await c.create(tc.treeId, 'echo'));
    const t = await c.request(Command.IOCTL, c.transceiveBody(fid, Buffer.from('sealed'), 100), {
      treeId: tc.treeId,
    });
    assert.equal(t.body.subarray(48, 48 + t.body.readUInt32LE(36)).toString(), 'sealed');
    c.end();
  });
}

test('SMB 3.0 encryption when the client turns it on (AES-128-CCM)', async () => {
  const { c, treeId } = await connected([Dialect.SMB300]);
  c.encrypt = true;
  const fid = fileIdOf(await c.create(treeId, 'echo'));
  const t = await c.request(Command.IOCTL, c.transceiveBody(fid, Buffer.from('ccm'), 100), { treeId });
  assert.equal(t.body.subarray(48, 48 + t.body.readUInt32LE(36)).toString(), 'ccm');
  c.end();
});

test('pending READ: STATUS_PENDING interim, then CANCEL gives STATUS_CANCELLED', async () => {
  const { c, treeId } = await connected([Dialect.SMB311]);
  const fid = fileIdOf(await c.create(treeId, 'quiet'));
  c.send(c.build(Command.READ, c.readBody(fid, 100), { treeId }));
  const [interim] = await c.nextResponses();
  assert.equal(interim!.status, STATUS_PENDING);
  assert.ok(interim!.flags & HeaderFlag.ASYNC_COMMAND);
  // CANCEL names the operation by its AsyncId and consumes no credit.
  const cancel = c.build(Command.CANCEL, smallBody(4), {
    messageId: interim!.messageId,
    flags: HeaderFlag.ASYNC_COMMAND,
    sign: false,
  });
  cancel.writeBigUInt64LE(interim!.asyncId, 32);
  c.send(cancel);
  const [final] = await c.nextResponses();
  assert.equal(final!.status, SmbStatus.STATUS_CANCELLED);
  assert.equal(final!.asyncId, interim!.asyncId);
  c.end();
});

test('pending READ completes when data arrives', async () => {
  const { c, treeId } = await connected([Dialect.SMB210]);
  const fid = fileIdOf(await c.create(treeId, 'echo'));
  c.send(c.build(Command.READ, c.readBody(fid, 100), { treeId }));
  const [interim] = await c.nextResponses();
  assert.equal(interim!.status, STATUS_PENDING);
  const w = await c.request(Command.WRITE, c.writeBody(fid, Buffer.from('late')), { treeId });
  // The write's response and the read's completion can come in either order.
  const responses = [w];
  while (!responses.some((r) => r.command === Command.READ)) responses.push(...(await c.nextResponses()));
  const read = responses.find((r) => r.command === Command.READ)!;
  assert.equal(read.status, 0);
  assert.equal(read.body.subarray(16, 16 + read.body.readUInt32LE(4)).toString(), 'late');
  c.end();
});

test('compound CREATE + WRITE + READ with related file id', async () => {
  const { c, treeId } = await connected([Dialect.SMB311]);
  const ANY = new Uint8Array(16).fill(0xff);
  const parts = [
    c.build(Command.CREATE, c.createBody('echo'), { treeId, sign: false }),
    c.build(Command.WRITE, c.writeBody(ANY, Buffer.from('chained')), {
      treeId,
      flags: HeaderFlag.RELATED_OPERATIONS,
      sign: false,
    }),
    c.build(Command.READ, c.readBody(ANY, 100), {
      treeId,
      flags: HeaderFlag.RELATED_OPERATIONS,
      sign: false,
    }),
  ];
  const padded = parts.map((p, i) => {
    if (i === parts.length - 1) return p;
    const out = Buffer.alloc((p.length + 7) & ~7);
    p.copy(out);
    out.writeUInt32LE(out.length, 20);
    return out;
  });
  // Sign each element after its NextCommand is in place.
  const { signMessage } = await import('../../src/smb2/crypto.js');
  for (const p of padded) {
    p.writeUInt32LE(p.readUInt32LE(16) | HeaderFlag.SIGNED, 16);
    signMessage(c.dialect, c.keys!.signingKey, p);
  }
  c.send(Buffer.concat(padded));
  const responses = await c.nextResponses();
  assert.deepEqual(
    responses.map((r) => r.command),
    [Command.CREATE, Command.WRITE, Command.READ],
  );
  assert.ok(responses.every((r) => r.status === 0 || r.status === STATUS_PENDING));
  c.end();
});

test('credits: a message id outside the window closes the connection', async () => {
  const c = await TestSmbClient.connect(server.port);
  await c.negotiate([Dialect.SMB311]);
  c.send(c.build(Command.ECHO, smallBody(4), { messageId: 5000n }));
  assert.ok(await c.closedByServer());
});

test('QUERY_INFO FileStandardInformation on a pipe', async () => {
  const { c, treeId } = await connected([Dialect.SMB311]);
  const fid = fileIdOf(await c.create(treeId, 'echo'));
  const body = Buffer.alloc(41);
  body.writeUInt16LE(41, 0);
  body.writeUInt8(1, 2);
  body.writeUInt8(5, 3);
  body.writeUInt32LE(1024, 4);
  Buffer.from(fid).copy(body, 24);
  const r = await c.request(Command.QUERY_INFO, body, { treeId });
  assert.equal(r.status, 0);
  assert.equal(r.body.readUInt32LE(4), 24);
  c.end();
});

test('anonymous (null) sessions only when the acceptor allows them', async () => {
  const anonAcceptor = (): SpnegoAcceptor =>
    new SpnegoAcceptor({
      mechanisms: [ntlmMechanism({ acceptor: acceptorOptions({ allowAnonymous: true }) })],
    });
  const anon = await listenSmb2(
    { ...baseOptions, newAuthContext: anonAcceptor },
    { host: '127.0.0.1', port: 0 },
  );
  try {
    const nobody = { user: '', domain: '', anonymous: true };
    const c = await TestSmbClient.connect(anon.port);
    await c.negotiate([Dialect.SMB311]);
    const ss = await c.sessionSetup(nobody);
    assert.equal(ss.status, 0);
    assert.ok(ss.body.readUInt16LE(2) & 2, 'SMB2_SESSION_FLAG_IS_NULL');
    const tc = await c.treeConnect();
    opened.length = 0;
    assert.equal((await c.create(tc.treeId, 'echo')).status, 0);
    assert.equal(opened[0]!.identity, undefined, 'a null session carries no identity to RPC');
    c.end();

    const refused = await TestSmbClient.connect(server.port);
    await refused.negotiate([Dialect.SMB311]);
    assert.notEqual((await refused.sessionSetup(nobody)).status, 0);
    refused.end();
  } finally {
    await anon.close();
  }
});

test('SMB1 multi-protocol NEGOTIATE with "SMB 2.???" answers 0x02FF, then SMB2 NEGOTIATE', async () => {
  const c = await TestSmbClient.connect(server.port);
  const dialects = Buffer.from('\x02NT LM 0.12\0\x02SMB 2.002\0\x02SMB 2.???\0', 'latin1');
  const smb1 = Buffer.alloc(35 + dialects.length);
  smb1.writeUInt32LE(0x424d53ff, 0);
  smb1[4] = 0x72;
  smb1.writeUInt16LE(dialects.length, 33);
  dialects.copy(smb1, 35);
  c.writeFrame(smb1);
  const [r] = await c.nextResponses();
  assert.equal(r!.command, Command.NEGOTIATE);
  assert.equal(r!.body.readUInt16LE(4), Dialect.WILDCARD);
  c.nextMessageId = 1n;
  await c.negotiate([Dialect.SMB210, Dialect.SMB311]);
  assert.equal(c.dialect, Dialect.SMB311);
  assert.equal((await c.sessionSetup()).status, 0);
  c.end();
});

test('a client that writes without reading is bounded, not buffered forever', async () => {
  const { c, treeId } = await connected([Dialect.SMB210]);
  // `hold` never reads its input; the server keeps at most a bounded amount for it.
  const fid = fileIdOf(await c.create(treeId, 'hold'));
  let status = 0;
  for (let i = 0; i < 64 && status === 0; i++)
    status = (await c.request(Command.WRITE, c.writeBody(fid, Buffer.alloc(60000)), { treeId })).status;
  assert.equal(status, SmbStatus.STATUS_INSUFFICIENT_RESOURCES);
  c.end();
});

test('compound: requests related to a failed CREATE fail with its status', async () => {
  const { c, treeId } = await connected([Dialect.SMB311]);
  const ANY = new Uint8Array(16).fill(0xff);
  const { signMessage } = await import('../../src/smb2/crypto.js');
  const first = c.build(Command.CREATE, c.createBody('nosuchpipe'), { treeId, sign: false });
  const padded = Buffer.alloc((first.length + 7) & ~7);
  first.copy(padded);
  padded.writeUInt32LE(padded.length, 20);
  const second = c.build(Command.READ, c.readBody(ANY, 100), {
    treeId,
    flags: HeaderFlag.RELATED_OPERATIONS,
    sign: false,
  });
  for (const p of [padded, second]) {
    p.writeUInt32LE(p.readUInt32LE(16) | HeaderFlag.SIGNED, 16);
    signMessage(c.dialect, c.keys!.signingKey, p);
  }
  c.send(Buffer.concat([padded, second]));
  const responses = await c.nextResponses();
  assert.deepEqual(
    responses.map((r) => r.status),
    [SmbStatus.STATUS_OBJECT_NAME_NOT_FOUND, SmbStatus.STATUS_OBJECT_NAME_NOT_FOUND],
  );
  c.end();
});
