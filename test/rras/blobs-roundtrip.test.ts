/**
 * Round-trip properties: for every structure, decode(encode(v)) equals v for generated values
 * (strings as arbitrary UTF-16 code units without NUL, including lone surrogates; every DWORD in
 * range), and encoding is deterministic in size.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as B from '../../src/rras/blobs/index.js';
import type { FieldKind, Layout } from '../../src/rras/blobs/layout.js';
import {
  PPP_PROJECTION_INFO_2_LAYOUT,
  IKEV2_PROJECTION_INFO_2_LAYOUT,
  RAS_CONNECTION_4_FIELDS,
} from '../../src/rras/blobs/connection.js';

const RUNS = { numRuns: 60 };

/** Plain-prototype records: decoders build ordinary objects, and deepEqual compares prototypes. */
const rec = <T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> =>
  fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;

const dword = fc.integer({ min: 0, max: 0xffffffff });
const wcharString = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 1, max: 0xffff }), { maxLength: n - 1 }).map((u) => String.fromCharCode(...u));
const charString = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 1, max: 0xff }), { maxLength: n - 1 }).map((u) => String.fromCharCode(...u));
const guid = fc.uuid({ version: 4 }).map((g) => g.toLowerCase());
const fixedBytes = (n: number): fc.Arbitrary<Uint8Array> => fc.uint8Array({ minLength: n, maxLength: n });
const multiSz = fc.array(
  wcharString(20).filter((s) => s.length > 0),
  { maxLength: 4 },
);

function arbKind(k: FieldKind): fc.Arbitrary<unknown> {
  switch (k.t) {
    case 'u8':
      return fc.integer({ min: 0, max: 255 });
    case 'u32':
      return dword;
    case 'bool':
      return fc.boolean();
    case 'u64':
      return fc.bigInt({ min: 0n, max: 0xffffffffffffffffn });
    case 'guid':
      return guid;
    case 'filetime':
      return fc.record({ dwLowDateTime: dword, dwHighDateTime: dword }, { noNullPrototype: true });
    case 'wchar':
      return wcharString(k.n);
    case 'char':
      return charString(k.n);
    case 'bytes':
      return fixedBytes(k.n);
    case 'struct':
      return arbLayout(k.layout);
  }
}

/** Values for a layout's real fields (the `$offset` helpers are filled by the codecs). */
function arbLayout<T extends object>(l: Layout<T>, skip: readonly string[] = []): fc.Arbitrary<T> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of l.fields) {
    if (f.field.includes('$') || skip.includes(f.field)) continue;
    model[f.field] = arbKind(f.kind);
  }
  return fc.record(model, { noNullPrototype: true }) as unknown as fc.Arbitrary<T>;
}

function roundTrip<T>(arb: fc.Arbitrary<T>, enc: (v: T) => Uint8Array, dec: (b: Uint8Array) => T): void {
  fc.assert(
    fc.property(arb, (v) => {
      assert.deepEqual(dec(enc(v)), v);
    }),
    RUNS,
  );
}

describe('fixed structures round-trip', () => {
  const codecs: [Layout<object>, B.FixedBlobCodec<object>][] = [
    [B.MPR_SERVER_0_LAYOUT, B.mprServer0Codec],
    [B.MPR_SERVER_1_LAYOUT, B.mprServer1Codec],
    [B.MPR_SERVER_2_LAYOUT, B.mprServer2Codec],
    [B.RASI_PORT_0_LAYOUT, B.rasiPort0Codec],
    [B.RASI_PORT_1_LAYOUT, B.rasiPort1Codec],
    [B.RASI_CONNECTION_0_LAYOUT, B.rasiConnection0Codec],
    [B.RASI_CONNECTION_1_LAYOUT, B.rasiConnection1Codec],
    [B.RASI_CONNECTION_2_LAYOUT, B.rasiConnection2Codec],
    [B.RASI_CONNECTION_3_LAYOUT, B.rasiConnection3Codec],
    [B.MPRI_INTERFACE_0_LAYOUT, B.mprInterface0Codec],
    [B.MPR_DEVICE_0_LAYOUT, B.mprDevice0Codec],
    [B.GLOBAL_INFO_LAYOUT, B.globalInfoCodec],
    [B.INTERFACE_STATUS_INFO_LAYOUT, B.interfaceStatusInfoCodec],
    [B.MPR_FILTER_0_LAYOUT, B.mprFilter0Codec],
    [B.MIB_IPFORWARDROW_LAYOUT, B.mibIpForwardRowCodec],
    [B.RAS_DEVICE_INFO_LAYOUT, B.rasDeviceInfoCodec],
    [B.RASMAN_PORT_32_LAYOUT, B.rasmanPort32Codec],
  ] as unknown as [Layout<object>, B.FixedBlobCodec<object>][];
  for (const [layout, codec] of codecs) {
    it(layout.name, () => {
      roundTrip(
        arbLayout(layout),
        (v) => codec.encode(v),
        (b) => codec.decode(b),
      );
      // arrays of them, at a non-zero offset inside a larger buffer
      fc.assert(
        fc.property(fc.array(arbLayout(layout), { maxLength: 3 }), (items) => {
          const body = B.encodeArray(codec, items);
          const padded = new Uint8Array(body.length + 4);
          padded.set(body, 4);
          assert.deepEqual(B.decodeArray(codec, padded, items.length, B.DEFAULT_BLOB_LIMITS, 4), items);
        }),
        { numRuns: 20 },
      );
    });
  }
});

describe('unions and variable structures round-trip', () => {
  it('RAS_CONNECTION_4_IDL (both projection arms)', () => {
    const base = arbLayout({ name: 'x', size: 0, fields: RAS_CONNECTION_4_FIELDS });
    const proj = fc.oneof(
      arbLayout(PPP_PROJECTION_INFO_2_LAYOUT).map((p) => ({
        projectionInfoType: 1 as const,
        PppProjectionInfo: p,
      })),
      arbLayout(IKEV2_PROJECTION_INFO_2_LAYOUT).map((p) => ({
        projectionInfoType: 2 as const,
        Ikev2ProjectionInfo: p,
      })),
    );
    const arb = fc.tuple(base, proj).map(([b, p]) => ({ ...b, ProjectionInfo: p }) as B.RasConnection4);
    roundTrip(arb, B.encodeRasConnection4, (b) => B.decodeRasConnection4(b));
  });

  it('INTERFACE_ROUTE_INFO (v4 and v6 arms)', () => {
    const { v4, v6, common } = B.INTERFACE_ROUTE_INFO_LAYOUTS;
    const c = arbLayout(common, ['bV4']);
    const arb = fc.oneof(
      fc.tuple(arbLayout(v4), c).map(([a, b]) => ({ ...a, ...b, bV4: true }) as B.InterfaceRouteInfo),
      fc.tuple(arbLayout(v6), c).map(([a, b]) => ({ ...a, ...b, bV4: false }) as B.InterfaceRouteInfo),
    );
    roundTrip(
      arb,
      (v) => B.interfaceRouteInfoCodec.encode(v),
      (b) => B.interfaceRouteInfoCodec.decode(b),
    );
  });

  it('MPRI_INTERFACE_1', () => {
    const arb = fc
      .tuple(arbLayout(B.MPRI_INTERFACE_1_LAYOUT), fc.option(multiSz, { nil: null }))
      .map(([v, h]) => ({ ...v, lpwsDialoutHoursRestriction: h }) as B.MprInterface1);
    roundTrip(arb, B.encodeMprInterface1, (b) => B.decodeMprInterface1(b));
  });

  it('MPRI_INTERFACE_2 and _3', () => {
    const extra = rec({ szAlternates: multiSz, lpbCustomAuthData: fc.uint8Array({ maxLength: 13 }) });
    const skip = ['dwCustomAuthDataSize'];
    const arb2 = fc
      .tuple(arbLayout(B.MPRI_INTERFACE_2_LAYOUT, skip), extra)
      .map(([v, e]) => ({ ...v, ...e }) as B.MprInterface2);
    roundTrip(arb2, B.encodeMprInterface2, (b) => B.decodeMprInterface2(b));
    const arb3 = fc
      .tuple(arbLayout(B.MPRI_INTERFACE_3_LAYOUT, skip), extra)
      .map(([v, e]) => ({ ...v, ...e }) as B.MprInterface3);
    roundTrip(arb3, B.encodeMprInterface3, (b) => B.decodeMprInterface3(b));
  });

  it('MPR_DEVICE_1 arrays', () => {
    const dev = rec({
      szDeviceType: wcharString(17),
      szDeviceName: wcharString(129),
      szLocalPhoneNumber: wcharString(129),
      szAlternates: multiSz,
    });
    fc.assert(
      fc.property(fc.array(dev, { maxLength: 4 }), (items) => {
        assert.deepEqual(B.decodeMprDevice1Array(B.encodeMprDevice1Array(items), items.length), items);
      }),
      RUNS,
    );
  });

  it('MPR_CREDENTIALSEX_1', () => {
    roundTrip(rec({ bData: fc.uint8Array({ maxLength: 64 }) }), B.encodeMprCredentialsEx1, (b) =>
      B.decodeMprCredentialsEx1(b),
    );
  });

  it('RTR_INFO_BLOCK_HEADER: entries come back in order, data areas 8-aligned, Size covers all', () => {
    const entry = fc
      .record({
        InfoType: dword,
        InfoSize: fc.integer({ min: 0, max: 24 }),
        Count: fc.integer({ min: 0, max: 3 }),
      })
      .chain((e) => fixedBytes(e.InfoSize * e.Count).map((data) => ({ ...e, data })));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (entries) => {
        const enc = B.encodeInfoBlock(entries);
        const block = B.decodeInfoBlock(enc);
        assert.equal(block.Size, enc.length);
        assert.equal(block.Size % 8, 0);
        for (const t of block.toc) assert.equal(t.Offset % 8, 0);
        assert.deepEqual(block.entries, entries);
      }),
      RUNS,
    );
  });

  it('PRIORITY_INFO, MIB_OPAQUE_QUERY, MIB_OPAQUE_INFO, MIB_IPFORWARDTABLE', () => {
    const metric = rec({ dwProtocolId: dword, dwMetric: dword });
    roundTrip(rec({ ppmProtocolMetric: fc.array(metric, { maxLength: 6 }) }), B.encodePriorityInfo, (b) =>
      B.decodePriorityInfo(b),
    );
    roundTrip(
      rec({ dwVarId: dword, rgdwVarIndex: fc.array(dword, { maxLength: 6 }) }),
      B.encodeMibOpaqueQuery,
      (b) => B.decodeMibOpaqueQuery(b),
    );
    roundTrip(rec({ dwId: dword, rgbyData: fc.uint8Array({ maxLength: 40 }) }), B.encodeMibOpaqueInfo, (b) =>
      B.decodeMibOpaqueInfo(b),
    );
    roundTrip(
      rec({ table: fc.array(arbLayout(B.MIB_IPFORWARDROW_LAYOUT), { maxLength: 4 }) }),
      B.encodeMibIpForwardTable,
      (b) => B.decodeMibIpForwardTable(b),
    );
  });

  it('RASRPC payloads', () => {
    roundTrip(
      rec({
        RB_PCBIndex: dword,
        RB_Reqtype: dword,
        RB_Dummy: dword,
        RB_Done: dword,
        RB_Buffer: fc.uint8Array({ maxLength: 40 }),
      }),
      B.encodeRequestBuffer,
      (b) => B.decodeRequestBuffer(b),
    );
    const rdi = arbLayout(B.RAS_DEVICE_INFO_LAYOUT);
    roundTrip(
      fc.array(rdi, { maxLength: 3 }).chain((devices) =>
        rec({ retcode: dword, dwVersion: dword }).map((h) => ({
          ...h,
          cbBuffer: devices.length * B.RAS_DEVICE_INFO_SIZE,
          cEntries: devices.length,
          devices,
        })),
      ),
      B.encodeDeviceConfigInfo,
      (b) => B.decodeDeviceConfigInfo(b),
    );
    roundTrip(
      rec({
        retcode: dword,
        fWrite: fc.boolean(),
        dwSize: dword,
        guidDevice: guid,
        rdi,
        rciInfo: rec({ bCalledId: fc.uint8Array({ maxLength: 30 }) }),
      }),
      B.encodeGetSetCalledId,
      (b) => B.decodeGetSetCalledId(b),
    );
    roundTrip(
      rec({ retcode: dword, NdiswanDriverInfo: rec({ DriverCaps: dword, Reserved: dword }) }),
      B.encodeGetNdiswanDriverCaps,
      B.decodeGetNdiswanDriverCaps,
    );
    roundTrip(
      rec({ retcode: dword, devicetype: charString(17), config: fc.uint8Array({ maxLength: 30 }) }),
      B.encodeGetDevConfig,
      (b) => B.decodeGetDevConfig(b),
    );
    roundTrip(
      fc.array(arbLayout(B.RASMAN_PORT_32_LAYOUT), { maxLength: 3 }).chain((ports) =>
        dword.map((retcode) => ({
          retcode,
          size: ports.length * B.RASMAN_PORT_32_SIZE,
          entries: ports.length,
          ports,
        })),
      ),
      B.encodeRasmanEnum,
      (b) => B.decodeRasmanEnum(b),
    );
    for (const p of [4, 8] as const) {
      const info = arbLayout(B.RASMAN_INFO_LAYOUTS[p]).chain((i) =>
        dword.map((h) => ({ ...i, RI_ConnectionHandle: h }) as B.RasmanInfo),
      );
      roundTrip(
        rec({ retcode: dword, info }),
        (v) => B.encodeRasmanGetInfo(v, p),
        (b) => B.decodeRasmanGetInfo(b, p),
      );
    }
  });

  it('IPv4 text ↔ DWORD', () => {
    fc.assert(fc.property(fc.ipV4(), (ip) => B.dwordToIpv4(B.ipv4ToDword(ip)) === ip));
    fc.assert(fc.property(dword, (d) => B.ipv4ToDword(B.dwordToIpv4(d)) === d));
  });
});
