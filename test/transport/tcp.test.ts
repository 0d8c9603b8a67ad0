import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { connectTcp, listenTcp, TransportError } from '../../src/transport/tcp.js';
import type { TransportInfo } from '../../src/rpc/types.js';

const HOST = '127.0.0.1';

test('listenTcp picks a port, fills TransportInfo and echoes bytes', async () => {
  const infos: TransportInfo[] = [];
  const listener = await listenTcp(
    (socket, info) => {
      infos.push(info);
      socket.pipe(socket);
    },
    { host: HOST, port: 0 },
  );
  try {
    assert.ok(listener.port > 0);
    assert.equal(listener.address, HOST);
    const { stream, info } = await connectTcp(HOST, listener.port);
    assert.equal(info.protseq, 'ncacn_ip_tcp');
    assert.equal(info.endpoint, String(listener.port));
    assert.equal(info.remotePort, listener.port);
    const got = await new Promise<Buffer>((resolve) => {
      stream.once('data', (d: Buffer) => resolve(d));
      stream.write(Buffer.from('ping'));
    });
    assert.equal(got.toString(), 'ping');
    assert.equal(infos.length, 1);
    const server = infos[0]!;
    assert.equal(server.protseq, 'ncacn_ip_tcp');
    assert.equal(server.endpoint, String(listener.port));
    assert.equal(server.localAddress, HOST);
    assert.equal(server.localPort, listener.port);
    assert.equal(server.remoteAddress, HOST);
    assert.equal(server.remotePort, info.localPort);
    stream.destroy();
  } finally {
    await listener.close();
  }
});

test('port in use gives TransportError address-in-use with a clear message', async () => {
  const first = await listenTcp(() => undefined, { host: HOST, port: 0 });
  try {
    await assert.rejects(
      listenTcp(() => undefined, { host: HOST, port: first.port }),
      (err: unknown) => {
        assert.ok(err instanceof TransportError);
        assert.equal(err.code, 'address-in-use');
        assert.equal(err.message, `port ${first.port} on ${HOST} is already in use`);
        return true;
      },
    );
  } finally {
    await first.close();
  }
});

test('privileged port without the right gives access-denied (skipped when running as root)', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: binding a low port is allowed');
    return;
  }
  await assert.rejects(
    listenTcp(() => undefined, { host: HOST, port: 135 }),
    (err: unknown) => {
      assert.ok(err instanceof TransportError);
      // Another process may already hold 135; either way the error is typed.
      assert.ok(err.code === 'access-denied' || err.code === 'address-in-use');
      if (err.code === 'access-denied') {
        assert.equal(err.message, 'binding port 135 needs root or CAP_NET_BIND_SERVICE');
      }
      return true;
    },
  );
});

test('connection refused gives TransportError connection-refused', async () => {
  // Take a free port and release it so nothing listens there.
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, HOST, r));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  await assert.rejects(connectTcp(HOST, port), (err: unknown) => {
    assert.ok(err instanceof TransportError);
    assert.equal(err.code, 'connection-refused');
    assert.match(err.message, /refused/);
    assert.equal(err.port, port);
    return true;
  });
});

test('close() destroys live connections and stops accepting', async () => {
  const accepted: Duplex[] = [];
  const listener = await listenTcp((s) => accepted.push(s), { host: HOST, port: 0 });
  const { stream } = await connectTcp(HOST, listener.port);
  stream.on('error', () => undefined);
  const closed = new Promise<void>((r) => stream.once('close', () => r()));
  while (accepted.length === 0) await new Promise((r) => setImmediate(r));
  await listener.close();
  await closed;
  assert.equal(accepted[0]!.destroyed, true);
  await assert.rejects(connectTcp(HOST, listener.port), TransportError);
});

test('a throwing connection handler only drops that connection', async () => {
  let n = 0;
  const listener = await listenTcp(
    (socket) => {
      n++;
      if (n === 1) throw new Error('boom');
      socket.pipe(socket);
    },
    { host: HOST, port: 0 },
  );
  try {
    const a = await connectTcp(HOST, listener.port);
    a.stream.on('error', () => undefined);
    await new Promise<void>((r) => a.stream.once('close', () => r()).resume());
    const b = await connectTcp(HOST, listener.port);
    const got = await new Promise<Buffer>((resolve) => {
      b.stream.once('data', (d: Buffer) => resolve(d));
      b.stream.write('x');
    });
    assert.equal(got.toString(), 'x');
    b.stream.destroy();
  } finally {
    await listener.close();
  }
});

test('errno mapping: EACCES on listen names the capability; timeouts and unreachable are typed', async () => {
  const { listenError, connectError } = await import('../../src/transport/errors.js');
  const eacces = listenError(Object.assign(new Error('listen EACCES'), { code: 'EACCES' }), HOST, 135);
  assert.equal(eacces.code, 'access-denied');
  assert.equal(eacces.message, 'binding port 135 needs root or CAP_NET_BIND_SERVICE');
  assert.equal(connectError({ code: 'ETIMEDOUT' }, HOST, 1).code, 'timeout');
  assert.equal(connectError({ code: 'EHOSTUNREACH' }, HOST, 1).code, 'unreachable');
  assert.equal(connectError({ code: 'ENETUNREACH' }, HOST, 1).code, 'unreachable');
  assert.equal(connectError({ code: 'ECONNREFUSED' }, HOST, 1).code, 'connection-refused');
});
