/**
 * Rejections: truncated buffers, counts over the limit or over the bytes present, offsets outside
 * the buffer or into the fixed part, unencodable values — each a typed RrasBlobError — and a fuzz
 * property that no decoder throws anything else on arbitrary bytes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as B from '../../src/rras/blobs/index.js';
import { Win32 } from '../../src/errors/status.js';
import { u32, utf16 } from './blobs-helpers.js';

function rejects(kind: B.RrasBlobErrorKind, fn: () => unknown, what?: string): void {
  assert.throws(
    fn,
    (e: unknown) => {
      assert.ok(e instanceof B.RrasBlobError, `${what ?? ''}: not an RrasBlobError: ${String(e)}`);
      assert.equal(e.kind, kind, `${what ?? ''}: ${e.message}`);
      assert.equal(e.status, Win32.ERROR_INVALID_PARAMETER);
      return true;
    },
    what,
  );
}

const small: B.BlobLimits = { maxCount: 4, maxBytes: 1024, maxMultiSzUnits: 16 };

const fixedCodecs = [
  B.mprServer0Codec,
  B.mprServer1Codec,
  B.mprServer2Codec,
  B.rasiPort0Codec,
  B.rasiPort1Codec,
  B.rasiConnection0Codec,
  B.rasiConnection1Codec,
  B.rasiConnection2Codec,
  B.rasiConnection3Codec,
  B.rasConnection4Codec,
  B.mprInterface0Codec,
  B.mprDevice0Codec,
  B.globalInfoCodec,
  B.interfaceStatusInfoCodec,
  B.mprFilter0Codec,
  B.interfaceRouteInfoCodec,
  B.mibIpForwardRowCodec,
  B.rasDeviceInfoCodec,
  B.rasmanPort32Codec,
  B.rasmanInfoCodec(4),
  B.rasmanInfoCodec(8),
] as B.FixedBlobCodec<unknown>[];

describe('fixed structures: truncation and offsets', () => {
  for (const c of fixedCodecs) {
    it(`${c.name}: one byte short, or read past the end at an offset`, () => {
      rejects('truncated', () => c.decode(new Uint8Array(c.size - 1)), c.name);
      rejects('truncated', () => c.decode(new Uint8Array(c.size), 1), c.name);
      rejects('truncated', () => c.decode(new Uint8Array(c.size), -1), c.name);
    });
  }

  it('arrays: count over the limit, count over the bytes present', () => {
    rejects('limit', () => B.decodeArray(B.rasiPort0Codec, new Uint8Array(0), 5, small));
    rejects('limit', () => B.decodeArray(B.rasiPort0Codec, new Uint8Array(0), 0xffffffff));
    rejects('truncated', () =>
      B.decodeArray(B.rasiPort0Codec, new Uint8Array(B.RASI_PORT_0_SIZE * 2 - 1), 2),
    );
  });
});

describe('encode refuses what does not fit', () => {
  const port: B.RasiPort0 = {
    dwPort: 1,
    dwConnection: 0,
    dwPortCondition: 3,
    dwTotalNumberOfCalls: 0,
    dwConnectDuration: 0,
    wszPortName: 'x'.repeat(16),
    wszMediaName: '',
    wszDeviceName: '',
    wszDeviceType: 'vpn',
  };
  it('WCHAR[17] takes 16 units, not 17', () => {
    assert.equal(B.encodeRasiPort0(port).length, 380);
    rejects('invalid', () => B.encodeRasiPort0({ ...port, wszPortName: 'x'.repeat(17) }));
  });
  it('DWORDs must be integers in range', () => {
    rejects('invalid', () => B.encodeRasiPort0({ ...port, dwPort: -1 }));
    rejects('invalid', () => B.encodeRasiPort0({ ...port, dwPort: 2 ** 32 }));
    rejects('invalid', () => B.encodeRasiPort0({ ...port, dwPort: 1.5 }));
  });
  it('CHAR strings are Latin-1 and n-1 long', () => {
    rejects('invalid', () =>
      B.encodeGetDevConfig({ retcode: 0, devicetype: 'mödem€', config: new Uint8Array(0) }),
    );
    rejects('invalid', () =>
      B.encodeGetDevConfig({ retcode: 0, devicetype: 'm'.repeat(17), config: new Uint8Array(0) }),
    );
  });
  it('GUIDs, byte arrays and MULTI_SZ entries are checked', () => {
    const dev: B.RasDeviceInfo = B.rasDeviceInfoCodec.decode(new Uint8Array(472));
    rejects('invalid', () => B.rasDeviceInfoCodec.encode({ ...dev, guidDevice: 'not-a-guid' }));
    rejects('invalid', () =>
      B.encodeMprDevice1Array([
        { szDeviceType: '', szDeviceName: '', szLocalPhoneNumber: '', szAlternates: [''] },
      ]),
    );
    rejects('invalid', () =>
      B.encodeInfoBlock([
        { InfoType: B.InfoType.IP_GLOBAL_INFO, InfoSize: 8, Count: 2, data: new Uint8Array(8) },
      ]),
    );
    rejects('invalid', () => B.ipv4ToDword('10.0.0.256'));
  });
  it('RAS_CONNECTION_4_IDL needs a known projectionInfoType on decode', () => {
    rejects('invalid', () => B.decodeRasConnection4(new Uint8Array(B.RAS_CONNECTION_4_SIZE)));
  });
});

describe('offset members of MPRI_INTERFACE_x, MPR_DEVICE_1, MPR_CREDENTIALSEX_1', () => {
  const base1 = (): Uint8Array =>
    B.encodeMprInterface1({
      wszInterfaceName: 'If',
      dwInterface: 1,
      fEnabled: true,
      dwIfType: 2,
      dwConnectionState: 1,
      fUnReachabilityReasons: 0,
      dwLastError: 0,
      lpwsDialoutHoursRestriction: ['1 00:00-24:00'],
    });
  const set = (b: Uint8Array, at: number, v: number): Uint8Array => {
    const c = b.slice();
    c.set(u32(v), at);
    return c;
  };

  it('MPRI_INTERFACE_1: offset into the fixed part, past the end, unterminated list, over the limit', () => {
    const b = base1();
    assert.deepEqual(B.decodeMprInterface1(b).lpwsDialoutHoursRestriction, ['1 00:00-24:00']);
    rejects('out-of-bounds', () => B.decodeMprInterface1(set(b, 540, 100)));
    rejects('out-of-bounds', () => B.decodeMprInterface1(set(b, 540, b.length)));
    rejects('out-of-bounds', () => B.decodeMprInterface1(set(b, 540, 0xffffffff)));
    rejects('truncated', () => B.decodeMprInterface1(b.subarray(0, b.length - 2)));
    rejects('limit', () => B.decodeMprInterface1(b, { ...small, maxMultiSzUnits: 8 }));
  });

  it('MPRI_INTERFACE_2: custom auth data size beyond the buffer or over the limit; bad alternates offset', () => {
    const fixed = new Uint8Array(B.MPRI_INTERFACE_2_SIZE);
    const withAuth = (size: number, at: number): Uint8Array => {
      const b = new Uint8Array(B.MPRI_INTERFACE_2_SIZE + 8);
      b.set(u32(size), 2440);
      b.set(u32(at), 2444);
      return b;
    };
    assert.equal(B.decodeMprInterface2(fixed).lpbCustomAuthData.length, 0);
    assert.equal(B.decodeMprInterface2(withAuth(8, 2468)).lpbCustomAuthData.length, 8);
    rejects('truncated', () => B.decodeMprInterface2(withAuth(9, 2468)));
    rejects('limit', () => B.decodeMprInterface2(withAuth(0xffffffff, 2468)));
    rejects('out-of-bounds', () => B.decodeMprInterface2(withAuth(4, 12)));
    rejects('out-of-bounds', () =>
      B.decodeMprInterface3(set(new Uint8Array(B.MPRI_INTERFACE_3_SIZE + 4), 804, 2500)),
    );
    rejects('truncated', () => B.decodeMprInterface3(new Uint8Array(B.MPRI_INTERFACE_3_SIZE - 1)));
  });

  it('readMprInterfaceOffsets exposes the raw members (RRouterInterfaceCreate needs szAlternates = 0)', () => {
    const b = new Uint8Array(B.MPRI_INTERFACE_2_SIZE + 8);
    b.set(u32(2468), 804);
    assert.deepEqual(B.readMprInterfaceOffsets(b, 2), {
      szAlternates: 2468,
      lpbCustomAuthData: 0,
      dwCustomAuthDataSize: 0,
    });
    assert.deepEqual(B.decodeMprInterface2(b).szAlternates, []);
    assert.deepEqual(B.readMprInterfaceOffsets(base1(), 1), { lpwsDialoutHoursRestriction: 544 });
    rejects('truncated', () => B.readMprInterfaceOffsets(new Uint8Array(100), 3));
  });

  it('MPR_DEVICE_1: alternates offset pointing back into the array; count beyond the bytes', () => {
    const two = B.encodeMprDevice1Array([
      { szDeviceType: 'a', szDeviceName: 'b', szLocalPhoneNumber: '1', szAlternates: ['2'] },
      { szDeviceType: 'a', szDeviceName: 'b', szLocalPhoneNumber: '1', szAlternates: [] },
    ]);
    rejects('out-of-bounds', () => B.decodeMprDevice1Array(set(two, 552, 600), 2));
    rejects('truncated', () => B.decodeMprDevice1Array(two, 3));
    rejects('limit', () => B.decodeMprDevice1Array(two, 5, small));
  });

  it('MPR_CREDENTIALSEX_1: dwOffset inside the header or past the end, dwSize beyond the data', () => {
    const ok = Uint8Array.from([...u32(2), ...u32(8), 1, 2]);
    assert.deepEqual([...B.decodeMprCredentialsEx1(ok).bData], [1, 2]);
    rejects('out-of-bounds', () => B.decodeMprCredentialsEx1(set(ok, 4, 4)));
    rejects('out-of-bounds', () => B.decodeMprCredentialsEx1(set(ok, 4, 100)));
    rejects('truncated', () => B.decodeMprCredentialsEx1(set(ok, 0, 3)));
    rejects('limit', () => B.decodeMprCredentialsEx1(set(ok, 0, 0xffffffff)));
    rejects('truncated', () => B.decodeMprCredentialsEx1(new Uint8Array(7)));
  });
});

describe('RTR_INFO_BLOCK_HEADER rejections', () => {
  const good = (): Uint8Array =>
    B.encodeInfoBlock([
      B.infoEntry(B.InfoType.IP_GLOBAL_INFO, B.globalInfoCodec, [{ bFilteringOn: false, dwLoggingLevel: 1 }]),
    ]);
  // header 12 + TOC 16 = 28; data at 32..40; Size 40.
  const with32 = (at: number, v: number): Uint8Array => {
    const b = good();
    b.set(u32(v), at);
    return b;
  };
  it('decodes the good block', () => {
    assert.equal(B.decodeInfoBlock(good()).entries.length, 1);
  });
  it('Version other than 1 (e.g. the network-order reading 0x01000000)', () => {
    rejects('invalid', () => B.decodeInfoBlock(with32(0, 0x01000000)));
  });
  it('Size beyond the buffer, TOC beyond Size, too many TOC entries', () => {
    rejects('truncated', () => B.decodeInfoBlock(with32(4, 41)));
    rejects('truncated', () => B.decodeInfoBlock(with32(8, 3)));
    rejects('limit', () => B.decodeInfoBlock(with32(8, 0xffffffff)));
    rejects('truncated', () => B.decodeInfoBlock(new Uint8Array(11)));
    rejects('limit', () => B.decodeInfoBlock(good(), { ...small, maxBytes: 39 }));
  });
  it('entry Offset inside the TOC, past Size, or data running past Size (also with a huge InfoSize × Count)', () => {
    rejects('out-of-bounds', () => B.decodeInfoBlock(with32(24, 16)));
    rejects('out-of-bounds', () => B.decodeInfoBlock(with32(24, 36)));
    rejects('out-of-bounds', () => B.decodeInfoBlock(with32(24, 0xffffffff)));
    rejects('out-of-bounds', () => B.decodeInfoBlock(with32(20, 0xffffffff)));
    rejects('out-of-bounds', () => B.decodeInfoBlock(with32(16, 0xffffffff)));
  });
  it('decodeInfoEntry checks InfoSize against the structure', () => {
    const e = B.decodeInfoBlock(good()).entries[0];
    assert.ok(e);
    rejects('invalid', () => B.decodeInfoEntry(e, B.interfaceStatusInfoCodec));
  });
  it('PRIORITY_INFO count over the limit or over the bytes', () => {
    rejects('limit', () => B.decodePriorityInfo(Uint8Array.from(u32(0xffffffff))));
    rejects('truncated', () => B.decodePriorityInfo(Uint8Array.from([...u32(2), ...u32(1), ...u32(1)])));
  });
});

describe('MIB and RASRPC rejections', () => {
  it('MIB_OPAQUE_QUERY ragged tail; MIB_IPFORWARDTABLE count beyond rows; MIB_OPAQUE_INFO shorter than 8', () => {
    rejects('invalid', () => B.decodeMibOpaqueQuery(Uint8Array.from([...u32(8), 1, 2])));
    rejects('truncated', () => B.decodeMibOpaqueQuery(new Uint8Array(3)));
    rejects('limit', () => B.decodeMibOpaqueQuery(new Uint8Array(4 + 4 * 5), small));
    rejects('truncated', () =>
      B.decodeMibIpForwardTable(Uint8Array.from([...u32(2), ...new Uint8Array(56)])),
    );
    rejects('limit', () => B.decodeMibIpForwardTable(Uint8Array.from(u32(0xffffffff))));
    rejects('truncated', () => B.decodeMibOpaqueInfo(new Uint8Array(7)));
  });
  it('RequestBuffer shorter than its header', () => {
    rejects('truncated', () => B.decodeRequestBuffer(new Uint8Array(23)));
    rejects('limit', () => B.decodeRequestBuffer(new Uint8Array(2000), small));
  });
  it('DeviceConfigInfo, Enum, GetSetCalledId, GetDevConfig: counts and sizes beyond the buffer', () => {
    // Counts are never trusted past the bytes present: huge cEntries/entries read only what is there.
    const cfg = B.decodeDeviceConfigInfo(
      Uint8Array.from([...u32(0), ...u32(6), ...u32(0xffffffff), ...u32(0xffffffff)]),
    );
    assert.deepEqual([cfg.cEntries, cfg.devices.length], [0xffffffff, 0]);
    const en = B.decodeRasmanEnum(Uint8Array.from([...u32(0), ...u32(0xffffffff), ...u32(0xffffffff)]));
    assert.deepEqual([en.entries, en.ports.length], [0xffffffff, 0]);
    rejects('limit', () =>
      B.decodeRasmanEnum(
        Uint8Array.from([...u32(0), ...u32(208 * 5), ...u32(5), ...new Uint8Array(208 * 5)]),
        small,
      ),
    );
    rejects('truncated', () => B.decodeRasmanEnum(new Uint8Array(11)));
    rejects('truncated', () => B.decodeDeviceConfigInfo(new Uint8Array(15)));
    rejects('invalid', () =>
      B.encodeRequestBuffer(
        { RB_PCBIndex: 0, RB_Reqtype: 21, RB_Dummy: 8, RB_Done: 0, RB_Buffer: new Uint8Array(10) },
        33,
      ),
    );
    const called = new Uint8Array(504 + 4);
    called.set(u32(5), 500);
    rejects('truncated', () => B.decodeGetSetCalledId(called));
    called.set(u32(0xffffffff), 500);
    rejects('limit', () => B.decodeGetSetCalledId(called));
    const dev = new Uint8Array(28 + 2);
    dev.set(u32(3), 24);
    rejects('truncated', () => B.decodeGetDevConfig(dev));
    rejects('truncated', () => B.decodeGetNdiswanDriverCaps(new Uint8Array(11)));
    rejects('truncated', () => B.decodeRasmanGetInfo(new Uint8Array(927), 8));
  });
});

describe('fuzz: arbitrary bytes give a value or an RrasBlobError, never another exception', () => {
  const decoders: [string, (b: Uint8Array) => unknown][] = [
    ...fixedCodecs.map((c): [string, (b: Uint8Array) => unknown] => [c.name, (b) => c.decode(b)]),
    ['MPRI_INTERFACE_1', (b) => B.decodeMprInterface1(b, small)],
    ['MPRI_INTERFACE_2', (b) => B.decodeMprInterface2(b, small)],
    ['MPRI_INTERFACE_3', (b) => B.decodeMprInterface3(b, small)],
    ['MPR_DEVICE_1', (b) => B.decodeMprDevice1Array(b, b[0] ?? 0, small)],
    ['MPR_CREDENTIALSEX_1', (b) => B.decodeMprCredentialsEx1(b, small)],
    ['RTR_INFO_BLOCK_HEADER', (b) => B.decodeInfoBlock(b, small)],
    ['PRIORITY_INFO', (b) => B.decodePriorityInfo(b, small)],
    ['MIB_OPAQUE_QUERY', (b) => B.decodeMibOpaqueQuery(b, small)],
    ['MIB_OPAQUE_INFO', (b) => B.decodeMibOpaqueInfo(b, small)],
    ['MIB_IPFORWARDTABLE', (b) => B.decodeMibIpForwardTable(b, small)],
    ['RequestBuffer', (b) => B.decodeRequestBuffer(b, small)],
    ['DeviceConfigInfo', (b) => B.decodeDeviceConfigInfo(b, small)],
    ['GetSetCalledId', (b) => B.decodeGetSetCalledId(b, small)],
    ['GetDevConfigStruct', (b) => B.decodeGetDevConfig(b, small)],
    ['Enum', (b) => B.decodeRasmanEnum(b, small)],
    ['Info', (b) => B.decodeRasmanGetInfo(b, 4)],
  ];
  for (const [name, decode] of decoders) {
    it(name, () => {
      // Mostly short buffers with small numbers so offsets and counts sometimes land in range.
      const smallish = fc.uint8Array({ maxLength: 64 }).map((head) => {
        const b = new Uint8Array(head.length + (head[0] ?? 0) * 16);
        b.set(head);
        return b;
      });
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), smallish), (b) => {
          try {
            decode(b);
          } catch (e) {
            if (!(e instanceof B.RrasBlobError)) throw e;
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('tolerated inputs', () => {
  it('a WCHAR array without a terminator decodes as all n units', () => {
    const b = new Uint8Array(B.MPR_DEVICE_0_SIZE);
    b.set(utf16('y'.repeat(17)), 0);
    assert.equal(B.decodeMprDevice0(b).szDeviceType, 'y'.repeat(17));
  });
  it('an info block with zero TOC entries (what MprInfoCreate starts from) decodes as empty', () => {
    const b = B.encodeInfoBlock([]);
    assert.equal(b.length, 16);
    assert.equal(B.decodeInfoBlock(b).entries.length, 0);
  });
});
