import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  TowerError,
  buildTower,
  decodeFloors,
  encodeFloors,
  parseTower,
} from '../../src/interfaces/epm/tower.js';
import { NDR20_SYNTAX } from '../../src/rpc/types.js';

const EPM = { uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 };

function hex(s: string): Uint8Array {
  return Uint8Array.from(
    s
      .replace(/\s+/g, '')
      .match(/../g)!
      .map((h) => parseInt(h, 16)),
  );
}

describe('epm towers', () => {
  it('encodes an ncacn_ip_tcp tower byte for byte ([C706] App. L layout)', () => {
    const t = buildTower({
      iface: EPM,
      transferSyntax: NDR20_SYNTAX,
      protseq: 'ncacn_ip_tcp',
      endpoint: '135',
      host: '127.0.0.1',
    });
    const expected = hex(
      '0500' +
        '1300 0d 0883afe11f5dc91191a408002b14a0fa 0300 0200 0000' +
        '1300 0d 045d888aeb1cc9119fe808002b104860 0200 0200 0000' +
        '0100 0b 0200 0000' +
        '0100 07 0200 0087' +
        '0100 09 0400 7f000001',
    );
    assert.deepEqual(t, expected);
    assert.deepEqual(parseTower(t), {
      iface: EPM,
      transferSyntax: NDR20_SYNTAX,
      protseq: 'ncacn_ip_tcp',
      endpoint: '135',
      host: '127.0.0.1',
    });
  });

  it('encodes named pipe towers with floor 0x0F and NetBIOS 0x11', () => {
    const t = buildTower({
      iface: EPM,
      transferSyntax: NDR20_SYNTAX,
      protseq: 'ncacn_np',
      endpoint: '\\PIPE\\ROUTER',
      host: 'SRV01',
    });
    const floors = decodeFloors(t);
    assert.equal(floors[3].lhs[0], 0x0f);
    assert.equal(floors[4].lhs[0], 0x11);
    assert.deepEqual(parseTower(t), {
      iface: EPM,
      transferSyntax: NDR20_SYNTAX,
      protseq: 'ncacn_np',
      endpoint: '\\PIPE\\ROUTER',
      host: 'SRV01',
    });
    const u = buildTower({
      iface: EPM,
      transferSyntax: NDR20_SYNTAX,
      protseq: 'ncadg_ip_udp',
      endpoint: '135',
      host: '10.0.0.9',
    });
    assert.equal(parseTower(u).protseq, 'ncadg_ip_udp');
  });

  it('rejects malformed towers', () => {
    assert.throws(() => decodeFloors(new Uint8Array(1)), TowerError);
    assert.throws(() => decodeFloors(hex('0000')), TowerError);
    assert.throws(
      () => decodeFloors(hex('0700' + '0100 0b 0200 0000'.repeat(7))),
      TowerError,
      'more than 6 floors',
    );
    assert.throws(() => decodeFloors(hex('0100 0500 0b')), TowerError, 'lhs past end');
    assert.throws(() => decodeFloors(hex('0100 0100 0b 0900 00')), TowerError, 'rhs past end');
    assert.throws(() => decodeFloors(new Uint8Array(2001)), TowerError, 'longer than tower_length range');
    assert.throws(() => parseTower(encodeFloors([{ lhs: hex('0b'), rhs: hex('0000') }])), TowerError);
    const unknown = encodeFloors([
      ...decodeFloors(
        buildTower({
          iface: EPM,
          transferSyntax: NDR20_SYNTAX,
          protseq: 'ncacn_ip_tcp',
          endpoint: '1',
          host: '',
        }),
      ).slice(0, 3),
      { lhs: hex('1f'), rhs: hex('0000') },
    ]);
    assert.throws(() => parseTower(unknown), TowerError, 'http floor not spoken');
  });

  it('round-trips and never throws anything but TowerError on random bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), fc.ipV4(), (port, ip) => {
        const t = {
          iface: EPM,
          transferSyntax: NDR20_SYNTAX,
          protseq: 'ncacn_ip_tcp' as const,
          endpoint: String(port),
          host: ip,
        };
        assert.deepEqual(parseTower(buildTower(t)), t);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          parseTower(bytes);
        } catch (err) {
          assert.ok(err instanceof TowerError);
        }
      }),
    );
  });
});
