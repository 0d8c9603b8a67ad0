import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { ConfigError, DEFAULT_CONFIG, readConfigFile, resolveConfig } from '../../src/host/config.js';
import { startHost } from '../../src/host/host.js';
import { TransportError } from '../../src/transport/tcp.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'winrpc-host-'));

describe('host config', () => {
  it('layers defaults, file and flags', () => {
    assert.deepEqual(resolveConfig(undefined, {}), DEFAULT_CONFIG);
    const c = resolveConfig(
      { listen: '127.0.0.2', epmPort: 1135, logLevel: 'debug' },
      { epmPort: '0', servicePort: '4000' },
    );
    assert.equal(c.listen, '127.0.0.2');
    assert.equal(c.epmPort, 0);
    assert.equal(c.servicePort, 4000);
    assert.equal(c.logLevel, 'debug');
  });

  it('serves SMB2 on 445 unless told another port or off', () => {
    assert.equal(DEFAULT_CONFIG.smbPort, 445);
    assert.equal(resolveConfig({ smbPort: 1445 }, {}).smbPort, 1445);
    assert.equal(resolveConfig({ smbPort: 1445 }, { smbPort: 'off' }).smbPort, 'off');
    assert.equal(resolveConfig(undefined, { smbPort: '0' }).smbPort, 0);
    assert.throws(() => resolveConfig(undefined, { smbPort: 'none' }), /smbPort must be a port number/);
  });

  it('refuses bad values, bad JSON and unknown keys', () => {
    assert.throws(() => resolveConfig(undefined, { epmPort: '70000' }), ConfigError);
    assert.throws(() => resolveConfig(undefined, { epmPort: '-1' }), ConfigError);
    assert.throws(() => resolveConfig({ logLevel: 'loud' }, {}), ConfigError);
    const dir = tmp();
    const f = path.join(dir, 'c.json');
    writeFileSync(f, '{nope');
    assert.throws(() => readConfigFile(f), /not valid JSON/);
    writeFileSync(f, '{"epmport": 1}');
    assert.throws(() => readConfigFile(f), /unknown key "epmport"/);
    writeFileSync(f, '[1]');
    assert.throws(() => readConfigFile(f), /JSON object/);
    assert.throws(() => readConfigFile(path.join(dir, 'missing.json')), /cannot read config file/);
  });
});

describe('startHost', () => {
  it('fails with a TransportError when the service port is taken, closing what it opened', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      await assert.rejects(
        startHost({
          config: { ...DEFAULT_CONFIG, epmPort: 0, servicePort: taken, stateDir: tmp() },
          logger: pino({ level: 'silent' }),
        }),
        (e: unknown) => e instanceof TransportError && e.code === 'address-in-use',
      );
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });

  it('registers services on a fixed port and named pipe preferences in the map, and starts/stops them', async () => {
    const events: string[] = [];
    const iface = {
      name: 'svc',
      syntax: { uuid: '11111111-2222-3333-4444-555555555555', major: 1, minor: 0 },
      transferSyntaxes: ['ndr20'] as const,
      invoke: () => new Uint8Array(0),
    };
    const stateDir = tmp();
    const host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, stateDir },
      logger: pino({ level: 'silent' }),
      services: [
        {
          name: 'svc',
          interfaces: [iface],
          endpoints: [
            { protseq: 'ncacn_ip_tcp', kind: 'tcp', port: 0 },
            { protseq: 'ncacn_np', kind: 'pipe', pipe: '\\PIPE\\svc' },
          ],
          start: (ctx) => void events.push(`start ${path.relative(stateDir, ctx.stateDir)}`),
          stop: () => void events.push('stop'),
        },
      ],
    });
    try {
      const own = host.endpoints.find((e) => e.name === 'svc');
      assert.ok(own);
      const entries = host.database.list().filter((e) => e.iface.uuid === iface.syntax.uuid);
      assert.deepEqual(
        entries.map((e) => [e.protseq, e.endpoint]),
        [
          ['ncacn_ip_tcp', String(own.port)],
          ['ncacn_np', '\\PIPE\\svc'],
        ],
      );
    } finally {
      await host.close();
    }
    assert.deepEqual(events, ['start svc', 'stop']);
  });
});
