/**
 * Hand-derived byte vectors. Each expected buffer is written from the spec's C definitions
 * (2.2.1.2.x) with the offsets worked out in the comment beside it — independently of the codec
 * tables — then compared both ways: encode(value) must equal the bytes and decode(bytes) must
 * equal the value. Bytes not listed are zero (padding and NUL fill).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as B from '../../src/rras/blobs/index.js';
import { ascii, assertBytes, fromHex, sparse, u32, u64, utf16 } from './blobs-helpers.js';

const GUID_TEXT = '00112233-4455-6677-8899-aabbccddeeff';
// GUID in memory: Data1 LE (33 22 11 00), Data2 LE (55 44), Data3 LE (77 66), Data4 as is.
const GUID_BYTES = fromHex('33221100 5544 7766 8899 aabbccddeeff');
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

function both<T>(
  what: string,
  value: T,
  expected: Uint8Array,
  encode: (v: T) => Uint8Array,
  decode: (b: Uint8Array) => T,
): void {
  assertBytes(encode(value), expected, `${what} encode`);
  assert.deepEqual(decode(expected), value, `${what} decode`);
}

describe('MPR_SERVER_x vectors', () => {
  it('MPR_SERVER_0: fLanOnlyMode@0 dwUpTime@4 dwTotalPorts@8 dwPortsInUse@12', () => {
    const v: B.MprServer0 = { fLanOnlyMode: false, dwUpTime: 3600, dwTotalPorts: 128, dwPortsInUse: 3 };
    // 00000000 | 100e0000 (3600) | 80000000 (128) | 03000000
    const bytes = Uint8Array.from(fromHex('00000000 100e0000 80000000 03000000'));
    both('MPR_SERVER_0', v, bytes, B.encodeMprServer0, (b) => B.decodeMprServer0(b));
  });

  it('MPR_SERVER_2: PPTP 2/flags 1, L2TP 4/flags 3, SSTP 8/flags 1 — six DWORDs', () => {
    const v: B.MprServer2 = {
      dwNumPptpPorts: 2,
      dwPptpPortFlags: 1,
      dwNumL2tpPorts: 4,
      dwL2tpPortFlags: 3,
      dwNumSstpPorts: 8,
      dwSstpPortFlags: 1,
    };
    const bytes = Uint8Array.from(fromHex('02000000 01000000 04000000 03000000 08000000 01000000'));
    both('MPR_SERVER_2', v, bytes, B.encodeMprServer2, (b) => B.decodeMprServer2(b));
  });
});

describe('RASI_PORT_x vectors', () => {
  it('RASI_PORT_0 (380 bytes)', () => {
    const v: B.RasiPort0 = {
      dwPort: 0x11,
      dwConnection: 0x22,
      dwPortCondition: B.RasPortCondition.RAS_PORT_AUTHENTICATED,
      dwTotalNumberOfCalls: 7,
      dwConnectDuration: 65,
      wszPortName: 'VPN2-0',
      wszMediaName: 'rastapi',
      wszDeviceName: 'WAN Miniport (IKEv2)',
      wszDeviceType: 'vpn',
    };
    // dwPort@0 dwConnection@4 dwPortCondition@8 (5) dwTotalNumberOfCalls@12 dwConnectDuration@16
    // wszPortName WCHAR[17]@20..54, wszMediaName[17]@54..88, wszDeviceName[129]@88..346,
    // wszDeviceType[17]@346..380 — 5×4 + (17+17+129+17)×2 = 380, already a multiple of 4.
    const bytes = sparse(380, [
      [0, u32(0x11)],
      [4, u32(0x22)],
      [8, u32(5)],
      [12, u32(7)],
      [16, u32(65)],
      [20, utf16('VPN2-0')],
      [54, utf16('rastapi')],
      [88, utf16('WAN Miniport (IKEv2)')],
      [346, utf16('vpn')],
    ]);
    both('RASI_PORT_0', v, bytes, B.encodeRasiPort0, (b) => B.decodeRasiPort0(b));
  });

  it('RASI_PORT_1 (64 bytes): 16 consecutive DWORDs', () => {
    const names = [
      'dwPort',
      'dwConnection',
      'dwHardwareCondition',
      'dwLineSpeed',
      'dwBytesXmited',
      'dwBytesRcved',
      'dwFramesXmited',
      'dwFramesRcved',
      'dwCrcErr',
      'dwTimeoutErr',
      'dwAlignmentErr',
      'dwHardwareOverrunErr',
      'dwFramingErr',
      'dwBufferOverrunErr',
      'dwCompressionRatioIn',
      'dwCompressionRatioOut',
    ] as const;
    const v = Object.fromEntries(names.map((n, i) => [n, 0x01010101 * (i + 1)])) as unknown as B.RasiPort1;
    // field i at 4*i holds (i+1) repeated in each byte
    const bytes = sparse(
      64,
      names.map((_, i) => [i * 4, [i + 1, i + 1, i + 1, i + 1]] as const),
    );
    both('RASI_PORT_1', v, bytes, B.encodeRasiPort1, (b) => B.decodeRasiPort1(b));
  });
});

const emptyPppInfo = (): B.PppInfo => ({
  nbf: { dwError: 0, wszWksta: '' },
  ip: { dwError: 0, wszAddress: '', wszRemoteAddress: '' },
  ipx: { dwError: 0, wszAddress: '' },
  at: { dwError: 0, wszAddress: '' },
});

const emptyLcp = (): B.PppLcpInfo => ({
  dwError: 0,
  dwAuthenticationProtocol: 0,
  dwAuthenticationData: 0,
  dwRemoteAuthenticationProtocol: 0,
  dwRemoteAuthenticationData: 0,
  dwTerminateReason: 0,
  dwRemoteTerminateReason: 0,
  dwOptions: 0,
  dwRemoteOptions: 0,
  dwEapTypeId: 0,
  dwRemoteEapTypeId: 0,
});

const emptyCcp = (): B.PppCcpInfo => ({
  dwError: 0,
  dwCompressionAlgorithm: 0,
  dwOptions: 0,
  dwRemoteCompressionAlgorithm: 0,
  dwRemoteOptions: 0,
});

const zeroCounters = (): B.ConnectionCounters => ({
  dwBytesXmited: 0,
  dwBytesRcved: 0,
  dwFramesXmited: 0,
  dwFramesRcved: 0,
  dwCrcErr: 0,
  dwTimeoutErr: 0,
  dwAlignmentErr: 0,
  dwHardwareOverrunErr: 0,
  dwFramingErr: 0,
  dwBufferOverrunErr: 0,
  dwCompressionRatioIn: 0,
  dwCompressionRatioOut: 0,
});

describe('RASI_CONNECTION_x vectors', () => {
  it('RASI_CONNECTION_0 (1116 bytes)', () => {
    const v: B.RasiConnection0 = {
      dwConnection: 0x100,
      dwInterface: 0x200,
      dwConnectDuration: 42,
      dwInterfaceType: B.RouterInterfaceType.ROUTER_IF_TYPE_CLIENT,
      dwConnectionFlags:
        B.RasConnectionFlags.RAS_FLAGS_PPP_CONNECTION | B.RasConnectionFlags.RAS_FLAGS_RAS_CONNECTION,
      wszInterfaceName: 'alice',
      wszUserName: 'alice',
      wszLogonDomain: 'CONTOSO',
      wszRemoteComputer: 'LAPTOP-1',
    };
    // five DWORDs @0..20; wszInterfaceName WCHAR[257]@20..534; wszUserName[257]@534..1048;
    // wszLogonDomain[16]@1048..1080; wszRemoteComputer[17]@1080..1114; 2 bytes pad → 1116.
    const bytes = sparse(1116, [
      [0, u32(0x100)],
      [4, u32(0x200)],
      [8, u32(42)],
      [12, u32(0)],
      [16, u32(5)],
      [20, utf16('alice')],
      [534, utf16('alice')],
      [1048, utf16('CONTOSO')],
      [1080, utf16('LAPTOP-1')],
    ]);
    both('RASI_CONNECTION_0', v, bytes, B.encodeRasiConnection0, (b) => B.decodeRasiConnection0(b));
  });

  it('RASI_CONNECTION_1 (272 bytes): PPP_INFO at 8, counters at 224', () => {
    const ppp = emptyPppInfo();
    ppp.ip = { dwError: 0, wszAddress: '10.0.0.1', wszRemoteAddress: '10.0.0.50' };
    const v: B.RasiConnection1 = {
      dwConnection: 1,
      dwInterface: 2,
      PppInfo: ppp,
      ...zeroCounters(),
      dwBytesXmited: 1000,
      dwCompressionRatioOut: 9,
    };
    // PPP_INFO@8: nbf(40)@8, ip PPP_IPCP_INFO@48: dwError@48, wszAddress@52, wszRemoteAddress@84;
    // ipx@116, at@152 → 8+216 = 224; dwBytesXmited@224 … dwCompressionRatioOut@268.
    const bytes = sparse(272, [
      [0, u32(1)],
      [4, u32(2)],
      [52, utf16('10.0.0.1')],
      [84, utf16('10.0.0.50')],
      [224, u32(1000)],
      [268, u32(9)],
    ]);
    both('RASI_CONNECTION_1', v, bytes, B.encodeRasiConnection1, (b) => B.decodeRasiConnection1(b));
  });

  it('RASI_CONNECTION_2 (828 bytes): guid at 524, PPP_INFO_2 at 540', () => {
    const v: B.RasiConnection2 = {
      dwConnection: 3,
      wszUserName: 'bob',
      dwInterfaceType: B.RouterInterfaceType.ROUTER_IF_TYPE_FULL_ROUTER,
      guid: GUID_TEXT,
      PppInfo2: {
        nbf: { dwError: 0, wszWksta: '' },
        ip: { dwError: 0, wszAddress: '', wszRemoteAddress: '', dwOptions: 1, dwRemoteOptons: 2 },
        ipx: { dwError: 0, wszAddress: '' },
        at: { dwError: 0, wszAddress: '' },
        ccp: { ...emptyCcp(), dwCompressionAlgorithm: 0x10 },
        lcp: { ...emptyLcp(), dwAuthenticationProtocol: 0xc223, dwRemoteEapTypeId: 26 },
      },
    };
    // dwConnection@0, wszUserName[257]@4..518 (+2 pad), dwInterfaceType@520, guid@524..540,
    // PPP_INFO_2@540: nbf@540, ip IPCP_INFO2@580 (dwOptions@648, dwRemoteOptons@652),
    // ipx@656, at@692, ccp@764 (dwCompressionAlgorithm@768), lcp@784 (dwAuthenticationProtocol@788,
    // dwRemoteEapTypeId@824) → 828.
    const bytes = sparse(828, [
      [0, u32(3)],
      [4, utf16('bob')],
      [520, u32(2)],
      [524, GUID_BYTES],
      [648, u32(1)],
      [652, u32(2)],
      [768, u32(0x10)],
      [788, u32(0xc223)],
      [824, u32(26)],
    ]);
    both('RASI_CONNECTION_2', v, bytes, B.encodeRasiConnection2, (b) => B.decodeRasiConnection2(b));
  });

  it('RASI_CONNECTION_3 (788 bytes): PPP_INFO_3 with IPv6CP, quarantine state and FILETIME', () => {
    const v: B.RasiConnection3 = {
      dwVersion: 3,
      dwSize: 0,
      dwConnection: 4,
      wszUserName: 'carol',
      dwInterfaceType: 0,
      guid: ZERO_GUID,
      PppInfo3: {
        nbf: { dwError: 0, wszWksta: '' },
        ip: { dwError: 0, wszAddress: '', wszRemoteAddress: '', dwOptions: 0, dwRemoteOptons: 0 },
        ipv6: {
          dwVersion: 0,
          dwSize: 0,
          dwError: 0,
          bInterfaceIdentifier: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
          bRemoteInterfaceIdentifier: new Uint8Array(8),
          dwOptions: 0,
          dwRemoteOptions: 0,
          bPrefix: Uint8Array.from([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0]),
          dwPrefixLength: 64,
        },
        ccp: emptyCcp(),
        lcp: emptyLcp(),
      },
      rasQuarState: B.RasQuarantineState.RAS_QUAR_STATE_PROBATION,
      timer: { dwLowDateTime: 0xd53e8000, dwHighDateTime: 0x01d9e1a0 },
    };
    // dwVersion@0 dwSize@4 dwConnection@8 wszUserName@12..526 (+2) dwInterfaceType@528 guid@532,
    // PPP_INFO_3@548: nbf@548, ip@588, ipv6@664 (bInterfaceIdentifier@676, bPrefix@700,
    // dwPrefixLength@708), ccp@712, lcp@732 → 776; rasQuarState@776; timer@780 (low, high).
    const bytes = sparse(788, [
      [0, u32(3)],
      [8, u32(4)],
      [12, utf16('carol')],
      [676, [1, 2, 3, 4, 5, 6, 7, 8]],
      [700, [0x20, 0x01, 0x0d, 0xb8]],
      [708, u32(64)],
      [776, u32(2)],
      [780, u32(0xd53e8000)],
      [784, u32(0x01d9e1a0)],
    ]);
    both('RASI_CONNECTION_3', v, bytes, B.encodeRasiConnection3, (b) => B.decodeRasiConnection3(b));
  });

  it('RAS_CONNECTION_4_IDL (1680 bytes): IKEv2 projection in the 8-aligned union', () => {
    const v: B.RasConnection4 = {
      ...zeroCounters(),
      dwConnectDuration: 120,
      dwInterfaceType: 0,
      dwConnectionFlags: 4,
      wszInterfaceName: 'dave',
      wszUserName: 'dave',
      wszLogonDomain: 'CONTOSO',
      wszRemoteComputer: '',
      guid: GUID_TEXT,
      rasQuarState: 0,
      probationTime: { dwLowDateTime: 0, dwHighDateTime: 0 },
      connectionStartTime: { dwLowDateTime: 1, dwHighDateTime: 2 },
      dwBytesRcved: 777,
      dwNumSwitchOvers: 1,
      wszRemoteEndpointAddress: '203.0.113.7',
      wszLocalEndpointAddress: '198.51.100.1',
      ProjectionInfo: {
        projectionInfoType: 2,
        Ikev2ProjectionInfo: {
          dwIPv4NegotiationError: 0,
          wszAddress: '10.0.0.1',
          wszRemoteAddress: '10.0.0.9',
          IPv4SubInterfaceIndex: 0x1_0000_0002n,
          dwIPv6NegotiationError: 0,
          bInterfaceIdentifier: new Uint8Array(8),
          bRemoteInterfaceIdentifier: new Uint8Array(8),
          bPrefix: new Uint8Array(8),
          dwPrefixLength: 0,
          IPv6SubInterfaceIndex: 0n,
          dwOptions: 0,
          dwAuthenticationProtocol: 0,
          dwEapTypeId: 13,
          dwEmbeddedEAPTypeId: 0,
          dwCompressionAlgorithm: 0,
          dwEncryptionMethod: 0x12,
        },
      },
      hConnection: 0x55,
      hInterface: 0x66,
      dwDeviceType: B.RasDeviceType.RDT_Tunnel_Ikev2,
    };
    // dwConnectDuration@0 dwInterfaceType@4 dwConnectionFlags@8; wszInterfaceName@12..526;
    // wszUserName@526..1040; wszLogonDomain@1040..1072; wszRemoteComputer@1072..1106 (+2);
    // guid@1108; rasQuarState@1124; probationTime@1128; connectionStartTime@1136 (1, 2);
    // counters@1144 (dwBytesRcved@1148); dwNumSwitchOvers@1192; wszRemoteEndpointAddress@1196;
    // wszLocalEndpointAddress@1326..1456; projectionInfoType (UCHAR)@1456, union@1464:
    //   IKEv2: wszAddress@+4, wszRemoteAddress@+36, IPv4SubInterfaceIndex (ULONG64)@+72,
    //   dwEapTypeId@+128, dwEncryptionMethod@+140;
    // hConnection@1664 hInterface@1668 dwDeviceType@1672; sizeof 1676 → 1680 (8-aligned).
    const U = 1464;
    const bytes = sparse(1680, [
      [0, u32(120)],
      [8, u32(4)],
      [12, utf16('dave')],
      [526, utf16('dave')],
      [1040, utf16('CONTOSO')],
      [1108, GUID_BYTES],
      [1136, u32(1)],
      [1140, u32(2)],
      [1148, u32(777)],
      [1192, u32(1)],
      [1196, utf16('203.0.113.7')],
      [1326, utf16('198.51.100.1')],
      [1456, [2]],
      [U + 4, utf16('10.0.0.1')],
      [U + 36, utf16('10.0.0.9')],
      [U + 72, u64(0x1_0000_0002n)],
      [U + 128, u32(13)],
      [U + 140, u32(0x12)],
      [1664, u32(0x55)],
      [1668, u32(0x66)],
      [1672, u32(15)],
    ]);
    both('RAS_CONNECTION_4_IDL', v, bytes, B.encodeRasConnection4, (b) => B.decodeRasConnection4(b));
  });
});

const if0 = (name: string): B.MprInterface0 => ({
  wszInterfaceName: name,
  dwInterface: 0x1234,
  fEnabled: true,
  dwIfType: B.RouterInterfaceType.ROUTER_IF_TYPE_FULL_ROUTER,
  dwConnectionState: B.RouterConnectionState.ROUTER_IF_STATE_DISCONNECTED,
  fUnReachabilityReasons: B.MprUnreachabilityReason.MPR_INTERFACE_CONNECTION_FAILURE,
  dwLastError: 0,
});

// wszInterfaceName WCHAR[257]@0..514 (+2); dwInterface@516 fEnabled@520 dwIfType@524
// dwConnectionState@528 fUnReachabilityReasons@532 dwLastError@536 → 540.
const if0Runs = (name: string): [number, number[]][] => [
  [0, utf16(name)],
  [516, u32(0x1234)],
  [520, u32(1)],
  [524, u32(2)],
  [528, u32(1)],
  [532, u32(4)],
];

const if2 = (): B.MprInterface2 => ({
  ...if0('Branch'),
  dwfOptions: 0x10,
  szLocalPhoneNumber: 'vpn.example.test',
  szAlternates: ['alt1', 'alt2'],
  ipaddr: B.ipv4ToDword('10.1.2.3'),
  ipaddrDns: 0,
  ipaddrDnsAlt: 0,
  ipaddrWins: 0,
  ipaddrWinsAlt: 0,
  dwfNetProtocols: 4,
  szDeviceType: 'vpn',
  szDeviceName: 'WAN Miniport (IKEv2)',
  szX25PadType: '',
  szX25Address: '',
  szX25Facilities: '',
  szX25UserData: '',
  dwChannels: 0,
  dwSubEntries: 1,
  dwDialMode: 0,
  dwDialExtraPercent: 75,
  dwDialExtraSampleSeconds: 120,
  dwHangUpExtraPercent: 10,
  dwHangUpExtraSampleSeconds: 120,
  dwIdleDisconnectSeconds: 300,
  dwType: 2,
  dwEncryptionType: 3,
  dwCustomAuthKey: 13,
  lpbCustomAuthData: Uint8Array.from([0xaa, 0xbb, 0xcc]),
  guidId: GUID_TEXT,
  dwVpnStrategy: 7,
});

// MPRI_INTERFACE_2 beyond the _0 part: dwfOptions@540 szLocalPhoneNumber[129]@544..802 (+2)
// szAlternates (offset)@804 ipaddr@808 … dwfNetProtocols@828 szDeviceType[17]@832 szDeviceName[129]@866
// X.25 strings @1124/1190/1592/1994 dwChannels@2396 dwSubEntries@2400 dwDialMode@2404
// dwDialExtraPercent@2408 dwDialExtraSampleSeconds@2412 dwHangUpExtraPercent@2416
// dwHangUpExtraSampleSeconds@2420 dwIdleDisconnectSeconds@2424 dwType@2428 dwEncryptionType@2432
// dwCustomAuthKey@2436 dwCustomAuthDataSize@2440 lpbCustomAuthData (offset)@2444 guidId@2448
// dwVpnStrategy@2464 → fixed 2468.
const if2Runs = (fixed: number, altAt: number): [number, number[]][] => [
  ...if0Runs('Branch'),
  [540, u32(0x10)],
  [544, utf16('vpn.example.test')],
  [804, u32(altAt)],
  [808, [10, 1, 2, 3]],
  [828, u32(4)],
  [832, utf16('vpn')],
  [866, utf16('WAN Miniport (IKEv2)')],
  [2400, u32(1)],
  [2408, u32(75)],
  [2412, u32(120)],
  [2416, u32(10)],
  [2420, u32(120)],
  [2424, u32(300)],
  [2428, u32(2)],
  [2432, u32(3)],
  [2436, u32(13)],
  [2440, u32(3)],
  [2444, u32(fixed)],
  [2448, [...GUID_BYTES]],
  [2464, u32(7)],
  [fixed, [0xaa, 0xbb, 0xcc]],
  [altAt, [...utf16('alt1'), 0, 0, ...utf16('alt2'), 0, 0, 0, 0]],
];

describe('MPRI_INTERFACE_x vectors', () => {
  it('MPRI_INTERFACE_0 (540 bytes)', () => {
    const bytes = sparse(540, if0Runs('Ethernet'));
    both('MPRI_INTERFACE_0', if0('Ethernet'), bytes, B.encodeMprInterface0, (b) => B.decodeMprInterface0(b));
  });

  it('MPRI_INTERFACE_1: dial-out hours MULTI_SZ at offset 544', () => {
    const v: B.MprInterface1 = { ...if0('Branch'), lpwsDialoutHoursRestriction: ['1 08:00-17:00'] };
    // lpwsDialoutHoursRestriction (offset)@540 = 544; "1 08:00-17:00" NUL NUL at 544 (13+2 units).
    const bytes = sparse(544 + 30, [...if0Runs('Branch'), [540, u32(544)], [544, utf16('1 08:00-17:00')]]);
    both('MPRI_INTERFACE_1', v, bytes, B.encodeMprInterface1, (b) => B.decodeMprInterface1(b));
    // offset 0 → no restriction
    const none = sparse(544, if0Runs('Branch'));
    both(
      'MPRI_INTERFACE_1 (none)',
      { ...v, lpwsDialoutHoursRestriction: null },
      none,
      B.encodeMprInterface1,
      (b) => B.decodeMprInterface1(b),
    );
  });

  it('MPRI_INTERFACE_2: CustomAuthData at 2468, then szAlternates at 2472 (4-aligned)', () => {
    // 2468 + 3 bytes auth → 2471 → alternates at 2472: "alt1\0alt2\0\0" = 11 units = 22 bytes.
    const bytes = sparse(2472 + 22, if2Runs(2468, 2472));
    both('MPRI_INTERFACE_2', if2(), bytes, B.encodeMprInterface2, (b) => B.decodeMprInterface2(b));
  });

  it('MPRI_INTERFACE_3: IPv6 DNS at 2472/2488, trailing data from 2508', () => {
    const dns = Uint8Array.from(fromHex('20010db8000000000000000000000053'));
    const v: B.MprInterface3 = {
      ...if2(),
      AddressCount: 0,
      ipv6addrDns: dns,
      ipv6addrDnsAlt: new Uint8Array(16),
      ipv6addr: 0,
    };
    // AddressCount@2468 ipv6addrDns@2472 ipv6addrDnsAlt@2488 ipv6addr@2504 → fixed 2508;
    // auth 2508..2511, alternates at 2512.
    const bytes = sparse(2512 + 22, [...if2Runs(2508, 2512), [2472, [...dns]]]);
    both('MPRI_INTERFACE_3', v, bytes, B.encodeMprInterface3, (b) => B.decodeMprInterface3(b));
  });
});

describe('MPR_DEVICE_x and MPR_CREDENTIALSEX_1 vectors', () => {
  it('MPR_DEVICE_0 (292 bytes): szDeviceType[17]@0, szDeviceName[129]@34', () => {
    const v: B.MprDevice0 = { szDeviceType: 'vpn', szDeviceName: 'WAN Miniport (SSTP)' };
    const bytes = sparse(292, [
      [0, utf16('vpn')],
      [34, utf16('WAN Miniport (SSTP)')],
    ]);
    both('MPR_DEVICE_0', v, bytes, B.encodeMprDevice0, (b) => B.decodeMprDevice0(b));
  });

  it('MPR_DEVICE_1 array: alternates after both structures, offsets relative to each structure', () => {
    const v: B.MprDevice1[] = [
      { szDeviceType: 'modem', szDeviceName: 'Modem A', szLocalPhoneNumber: '555', szAlternates: [] },
      { szDeviceType: 'modem', szDeviceName: 'Modem B', szLocalPhoneNumber: '556', szAlternates: ['557'] },
    ];
    // struct i at 556*i: szDeviceType@0 szDeviceName@34 szLocalPhoneNumber[129]@292..550 (+2)
    // szAlternates@552. Second's list at 1112 (end of array) → relative 1112-556 = 556.
    const bytes = sparse(1112 + 10, [
      [0, utf16('modem')],
      [34, utf16('Modem A')],
      [292, utf16('555')],
      [556, utf16('modem')],
      [590, utf16('Modem B')],
      [848, utf16('556')],
      [1108, u32(556)],
      [1112, utf16('557')],
    ]);
    assertBytes(B.encodeMprDevice1Array(v), bytes, 'MPR_DEVICE_1[] encode');
    assert.deepEqual(B.decodeMprDevice1Array(bytes, 2), v);
  });

  it('MPR_CREDENTIALSEX_1: dwSize, dwOffset = 8, data', () => {
    const v: B.MprCredentialsEx1 = { bData: Uint8Array.from(ascii('secret')) };
    const bytes = Uint8Array.from([...u32(6), ...u32(8), ...ascii('secret')]);
    both('MPR_CREDENTIALSEX_1', v, bytes, B.encodeMprCredentialsEx1, (b) => B.decodeMprCredentialsEx1(b));
  });
});

describe('RTR_INFO_BLOCK_HEADER vectors (little-endian, data 8-aligned, offsets from the header)', () => {
  it('three entries: IP_GLOBAL_INFO, IP_INTERFACE_STATUS_INFO, IP_PROT_PRIORITY_INFO', () => {
    const entries = [
      B.infoEntry(B.InfoType.IP_GLOBAL_INFO, B.globalInfoCodec, [{ bFilteringOn: true, dwLoggingLevel: 2 }]),
      B.infoEntry(B.InfoType.IP_INTERFACE_STATUS_INFO, B.interfaceStatusInfoCodec, [{ dwAdminStatus: 1 }]),
      B.priorityInfoEntry({
        ppmProtocolMetric: [
          { dwProtocolId: 3, dwMetric: 10 },
          { dwProtocolId: 10002, dwMetric: 70 },
        ],
      }),
    ];
    // header: Version 1 | Size | TocEntriesCount 3 → 12 bytes; TOC 3×16 @12..60.
    // data: GLOBAL_INFO (8) @64 (60 → 8-aligned); INTERFACE_STATUS_INFO (4) @72;
    //       PRIORITY_INFO (4 + 2×8 = 20) @80 (76 → 80); end 100 → Size 104 (8-aligned).
    const bytes = Uint8Array.from([
      ...u32(1), ...u32(104), ...u32(3),
      ...u32(0xffff0003), ...u32(8), ...u32(1), ...u32(64),
      ...u32(0xffff0004), ...u32(4), ...u32(1), ...u32(72),
      ...u32(0xffff0006), ...u32(20), ...u32(1), ...u32(80),
      0, 0, 0, 0, // pad 60..64
      ...u32(1), ...u32(2), // GLOBAL_INFO
      ...u32(1), 0, 0, 0, 0, // INTERFACE_STATUS_INFO + pad 76..80
      ...u32(2), ...u32(3), ...u32(10), ...u32(10002), ...u32(70), // PRIORITY_INFO
      0, 0, 0, 0, // pad 100..104
    ]); // prettier-ignore
    assertBytes(B.encodeInfoBlock(entries), bytes, 'info block');
    const block = B.decodeInfoBlock(bytes);
    assert.equal(block.Size, 104);
    assert.deepEqual(
      block.toc.map((t) => t.Offset),
      [64, 72, 80],
    );
    const g = B.findInfoEntry(block, B.InfoType.IP_GLOBAL_INFO);
    assert.ok(g);
    assert.deepEqual(B.decodeInfoEntry(g, B.globalInfoCodec), [{ bFilteringOn: true, dwLoggingLevel: 2 }]);
    const p = B.findInfoEntry(block, B.InfoType.IP_PROT_PRIORITY_INFO);
    assert.ok(p);
    assert.deepEqual(B.decodePriorityInfo(p.data).ppmProtocolMetric[1], {
      dwProtocolId: 10002,
      dwMetric: 70,
    });
  });

  it('INTERFACE_ROUTE_INFO: IPv4 arm and IPv6 arm (72 bytes each)', () => {
    const v4: B.InterfaceRouteInfoV4 = {
      bV4: true,
      dwRtInfoDest: B.ipv4ToDword('192.168.50.0'),
      dwRtInfoMask: B.ipv4ToDword('255.255.255.0'),
      dwRtInfoPolicy: 0,
      dwRtInfoNextHop: B.ipv4ToDword('10.0.0.254'),
      dwRtInfoAge: 0,
      dwRtInfoNextHopAS: 0,
      dwRtInfoMetric1: 256,
      dwRtInfoMetric2: 0,
      dwRtInfoMetric3: 0,
      dwRtInfoIfIndex: 7,
      dwRtInfoType: B.MibIpForwardType.MIB_IPROUTE_TYPE_INDIRECT,
      dwRtInfoProto: B.MibIpForwardProto.MIB_IPPROTO_NT_STATIC,
      dwRtInfoPreference: 3,
      dwRtInfoViewSet: 3,
    };
    // Dest@0 (c0 a8 32 00), Mask@4, NextHop@12, Metric1@24; IfIndex@48 Type@52 Proto@56
    // Preference@60 ViewSet@64 bV4@68.
    const b4 = sparse(72, [
      [0, [192, 168, 50, 0]],
      [4, [255, 255, 255, 0]],
      [12, [10, 0, 0, 254]],
      [24, u32(256)],
      [48, u32(7)],
      [52, u32(4)],
      [56, u32(10006)],
      [60, u32(3)],
      [64, u32(3)],
      [68, u32(1)],
    ]);
    both(
      'INTERFACE_ROUTE_INFO v4',
      v4 as B.InterfaceRouteInfo,
      b4,
      (v) => B.interfaceRouteInfoCodec.encode(v),
      (b) => B.interfaceRouteInfoCodec.decode(b),
    );
    const prefix = Uint8Array.from(fromHex('20010db8000100000000000000000000'));
    const v6: B.InterfaceRouteInfoV6 = {
      bV4: false,
      DestinationPrefix: prefix,
      DestPrefixLength: 48,
      NextHopAddress: new Uint8Array(16),
      ValidLifeTime: 0xffffffff,
      Flags: 0,
      Metric: 16,
      dwRtInfoIfIndex: 9,
      dwRtInfoType: 3,
      dwRtInfoProto: 10006,
      dwRtInfoPreference: 0,
      dwRtInfoViewSet: 1,
    };
    // DestinationPrefix@0 DestPrefixLength@16 NextHopAddress@20 ValidLifeTime@36 Flags@40 Metric@44.
    const b6 = sparse(72, [
      [0, [...prefix]],
      [16, u32(48)],
      [36, u32(0xffffffff)],
      [44, u32(16)],
      [48, u32(9)],
      [52, u32(3)],
      [56, u32(10006)],
      [64, u32(1)],
    ]);
    both(
      'INTERFACE_ROUTE_INFO v6',
      v6 as B.InterfaceRouteInfo,
      b6,
      (v) => B.interfaceRouteInfoCodec.encode(v),
      (b) => B.interfaceRouteInfoCodec.decode(b),
    );
  });
});

describe('MIB (PID_IP, IPRTRMGR_PID) vectors', () => {
  const row: B.MibIpForwardRow = {
    dwForwardDest: B.ipv4ToDword('0.0.0.0'),
    dwForwardMask: 0,
    dwForwardPolicy: 0,
    dwForwardNextHop: B.ipv4ToDword('192.0.2.1'),
    dwForwardIfIndex: 3,
    dwForwardType: 4,
    dwForwardProto: 3,
    dwForwardAge: 60,
    dwForwardNextHopAS: 0,
    dwForwardMetric1: 25,
    dwForwardMetric2: 0xffffffff,
    dwForwardMetric3: 0xffffffff,
    dwForwardMetric4: 0xffffffff,
    dwForwardMetric5: 0xffffffff,
  };
  // MIB_IPFORWARDROW: 14 DWORDs: Dest@0 Mask@4 Policy@8 NextHop@12 IfIndex@16 Type@20 Proto@24
  // Age@28 NextHopAS@32 Metric1..5@36..56.
  const rowBytes = [
    ...u32(0), ...u32(0), ...u32(0), 192, 0, 2, 1, ...u32(3), ...u32(4), ...u32(3), ...u32(60), ...u32(0),
    ...u32(25), ...u32(0xffffffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u32(0xffffffff),
  ]; // prettier-ignore

  it('MIB_OPAQUE_QUERY for IP_FORWARDROW: dwVarId 8 + rgdwVarIndex[4] (dest, proto, policy, next hop)', () => {
    const v: B.MibOpaqueQuery = {
      dwVarId: B.MibId.IP_FORWARDROW,
      rgdwVarIndex: [0, 3, 0, B.ipv4ToDword('192.0.2.1')],
    };
    const bytes = Uint8Array.from([...u32(8), ...u32(0), ...u32(3), ...u32(0), 192, 0, 2, 1]);
    both('MIB_OPAQUE_QUERY', v, bytes, B.encodeMibOpaqueQuery, (b) => B.decodeMibOpaqueQuery(b));
  });

  it('MIB_OPAQUE_INFO(IP_FORWARDTABLE): dwId 7, 4 align bytes, then MIB_IPFORWARDTABLE at 8', () => {
    // dwId@0 = 7, pad @4..8, dwNumEntries@8 = 1, row@12..68.
    const bytes = Uint8Array.from([...u32(7), 0, 0, 0, 0, ...u32(1), ...rowBytes]);
    assertBytes(B.encodeForwardTableInfo([row]), bytes, 'forward table info');
    const info = B.decodeMibOpaqueInfo(bytes);
    assert.equal(info.dwId, B.MibId.IP_FORWARDTABLE);
    assert.deepEqual(B.decodeMibIpForwardTable(info.rgbyData).table, [row]);
  });

  it('MIB_OPAQUE_INFO(IP_FORWARDROW)', () => {
    const bytes = Uint8Array.from([...u32(8), 0, 0, 0, 0, ...rowBytes]);
    assertBytes(B.encodeForwardRowInfo(row), bytes, 'forward row info');
    assert.deepEqual(B.decodeMibIpForwardRow(B.decodeMibOpaqueInfo(bytes).rgbyData), row);
  });
});

const rdi = (): B.RasDeviceInfo => ({
  dwVersion: 6,
  fWrite: false,
  fRasEnabled: true,
  fRouterEnabled: false,
  fRouterOutboundEnabled: false,
  dwTapiLineId: 9,
  dwError: 0,
  dwNumEndPoints: 128,
  dwMaxOutCalls: 0,
  dwMaxInCalls: 128,
  dwMinWanEndPoints: 0,
  dwMaxWanEndPoints: 1000,
  eDeviceType: B.RasDeviceType.RDT_Tunnel_Sstp,
  guidDevice: GUID_TEXT,
  szPortName: 'VPN3-0',
  szDeviceName: 'WAN Miniport (SSTP)',
  wszDeviceName: 'WAN Miniport (SSTP)',
});
// RAS_DEVICE_INFO: dwVersion@0 fWrite@4 fRasEnabled@8 fRouterEnabled@12 fRouterOutboundEnabled@16
// dwTapiLineId@20 dwError@24 dwNumEndPoints@28 dwMaxOutCalls@32 dwMaxInCalls@36
// dwMinWanEndPoints@40 dwMaxWanEndPoints@44 eDeviceType@48 guidDevice@52 szPortName CHAR[17]@68
// szDeviceName CHAR[129]@85 wszDeviceName WCHAR[129]@214..472.
const rdiRuns = (base: number): [number, number[]][] => [
  [base + 0, u32(6)],
  [base + 8, u32(1)],
  [base + 20, u32(9)],
  [base + 28, u32(128)],
  [base + 36, u32(128)],
  [base + 44, u32(1000)],
  [base + 48, u32(14)],
  [base + 52, [...GUID_BYTES]],
  [base + 68, ascii('VPN3-0')],
  [base + 85, ascii('WAN Miniport (SSTP)')],
  [base + 214, utf16('WAN Miniport (SSTP)')],
];

describe('RASRPC RasRpcSubmitRequest vectors', () => {
  it('RequestBuffer: RB_PCBIndex@0 RB_Reqtype@4 RB_Dummy@8 RB_Done@12 Alignment@16 RB_Buffer@24', () => {
    const v: B.RequestBuffer = {
      RB_PCBIndex: 5,
      RB_Reqtype: B.ReqTypes.REQTYPE_GETNDISWANDRIVERCAPS,
      RB_Dummy: 8,
      RB_Done: 0,
      RB_Buffer: Uint8Array.from([1, 2, 3]),
    };
    const bytes = Uint8Array.from([
      ...u32(5),
      ...u32(111),
      ...u32(8),
      ...u32(0),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      2,
      3,
    ]);
    both('RequestBuffer', v, bytes, B.encodeRequestBuffer, (b) => B.decodeRequestBuffer(b));
    assert.equal(B.pointerSizeOf(4), 4);
    assert.equal(B.pointerSizeOf(8), 8);
  });

  it('DeviceConfigInfo: 16-byte header then RAS_DEVICE_INFO (472) at 16', () => {
    const v: B.DeviceConfigInfo = { retcode: 0, dwVersion: 6, cbBuffer: 472, cEntries: 1, devices: [rdi()] };
    const bytes = sparse(16 + 472, [[4, u32(6)], [8, u32(472)], [12, u32(1)], ...rdiRuns(16)]);
    both('DeviceConfigInfo', v, bytes, B.encodeDeviceConfigInfo, (b) => B.decodeDeviceConfigInfo(b));
  });

  it('GetSetCalledId: rdi at 28, rciInfo at 500 (dwSize, bCalledId)', () => {
    const called = Uint8Array.from([...utf16('5551234'), 0, 0]);
    const v: B.GetSetCalledId = {
      retcode: 0,
      fWrite: true,
      dwSize: 4 + called.length,
      guidDevice: ZERO_GUID,
      rdi: rdi(),
      rciInfo: { bCalledId: called },
    };
    // retcode@0 fWrite@4 dwSize@8 (= 4 + 16) guidDevice@12 rdi@28..500 rciInfo.dwSize@500 bCalledId@504.
    const bytes = sparse(504 + 16, [
      [4, u32(1)],
      [8, u32(20)],
      ...rdiRuns(28),
      [500, u32(16)],
      [504, [...called]],
    ]);
    both('GetSetCalledId', v, bytes, B.encodeGetSetCalledId, (b) => B.decodeGetSetCalledId(b));
  });

  it('GetNdiswanDriverCapsStruct: retcode, DriverCaps, Reserved', () => {
    const v: B.GetNdiswanDriverCapsStruct = { retcode: 0, NdiswanDriverInfo: { DriverCaps: 1, Reserved: 0 } };
    both(
      'GetNdiswanDriverCaps',
      v,
      Uint8Array.from([...u32(0), ...u32(1), ...u32(0)]),
      B.encodeGetNdiswanDriverCaps,
      (b) => B.decodeGetNdiswanDriverCaps(b),
    );
  });

  it('GetDevConfigStruct: devicetype CHAR[17]@4, size@24, config@28', () => {
    const v: B.GetDevConfigStruct = { retcode: 0, devicetype: 'modem', config: Uint8Array.from([9, 9]) };
    const bytes = sparse(30, [
      [4, ascii('modem')],
      [24, u32(2)],
      [28, [9, 9]],
    ]);
    both('GetDevConfigStruct', v, bytes, B.encodeGetDevConfig, (b) => B.decodeGetDevConfig(b));
  });

  it('Enum: retcode, size, entries, RASMAN_PORT_32 (208) at 12', () => {
    const port: B.RasmanPort32 = {
      P_Port: 0,
      P_PortName: 'VPN1-0',
      P_Status: B.RasmanStatus.OPEN,
      P_rdtDeviceType: B.RasDeviceType.RDT_Tunnel_Pptp,
      P_ConfiguredUsage: B.RasmanUsage.CALL_IN | B.RasmanUsage.CALL_ROUTER,
      P_CurrentUsage: B.RasmanUsage.CALL_IN,
      P_MediaName: 'rastapi',
      P_DeviceType: 'vpn',
      P_DeviceName: 'WAN Miniport (PPTP)',
      P_LineDeviceId: 2,
      P_AddressId: 0,
    };
    // P_Port@0 P_PortName CHAR[16]@4 P_Status@20 P_rdtDeviceType@24 P_ConfiguredUsage@28
    // P_CurrentUsage@32 P_MediaName@36 P_DeviceType@52 P_DeviceName CHAR[129]@68..197 (+3)
    // P_LineDeviceId@200 P_AddressId@204 → 208; header 12.
    const bytes = sparse(12 + 208, [
      [4, u32(208)],
      [8, u32(1)],
      [16, ascii('VPN1-0')],
      [36, u32(8)],
      [40, u32(5)],
      [44, u32(1)],
      [48, ascii('rastapi')],
      [64, ascii('vpn')],
      [80, ascii('WAN Miniport (PPTP)')],
      [212, u32(2)],
    ]);
    both('Enum', { retcode: 0, size: 208, entries: 1, ports: [port] }, bytes, B.encodeRasmanEnum, (b) =>
      B.decodeRasmanEnum(b),
    );
  });

  it("replies cut to the client's room (3.3.4.5): copy what fits, count all, size for all", () => {
    const dev = rdi();
    // capacity 500 holds one RAS_DEVICE_INFO (472) of three: cbBuffer = 3×472 = 1416, cEntries 3.
    const cfg = B.encodeDeviceConfigInfo({ retcode: 0, dwVersion: 6, devices: [dev, dev, dev] }, 500);
    assert.equal(cfg.length, 16 + 472);
    assertBytes(cfg.subarray(8, 16), Uint8Array.from([...u32(1416), ...u32(3)]), 'cbBuffer, cEntries');
    const back = B.decodeDeviceConfigInfo(cfg);
    assert.equal(back.cEntries, 3);
    assert.equal(back.devices.length, 1);
    // Enum with room for two RASMAN_PORT_32 of five: size = 5×208 = 1040, entries 5.
    const p = B.decodeRasmanEnum(new Uint8Array(12 + 208)).ports;
    assert.equal(p.length, 0);
    const port = B.rasmanPort32Codec.decode(new Uint8Array(208));
    const e = B.encodeRasmanEnum({ retcode: 0, ports: [port, port, port, port, port] }, 416);
    assert.equal(e.length, 12 + 416);
    const eb = B.decodeRasmanEnum(e);
    assert.deepEqual([eb.size, eb.entries, eb.ports.length], [1040, 5, 2]);
    // The whole RequestBuffer goes back at the client's dwcbBufSize.
    const rb = B.encodeRequestBuffer(
      { RB_PCBIndex: 0, RB_Reqtype: B.ReqTypes.REQTYPE_PORTENUM, RB_Dummy: 8, RB_Done: 0, RB_Buffer: e },
      B.REQUEST_BUFFER_MIN_SIZE,
    );
    assert.equal(rb.length, 5032);
    assertBytes(B.decodeRequestBuffer(rb).RB_Buffer.subarray(0, e.length), e, 'RB_Buffer');
  });

  describe("Enum replies decoded with the client's capacity (3.3.4.5 REQTYPE_PORTENUM)", () => {
    const P = B.RASMAN_PORT_32_SIZE;
    const port = (n: number): B.RasmanPort32 => ({
      ...B.rasmanPort32Codec.decode(new Uint8Array(P)),
      P_Port: n,
      P_PortName: `VPN1-${n}`,
    });
    // Port n as bytes: P_Port@0 = n, P_PortName@4 = "VPN1-n"; the rest zero.
    const portBytes = (n: number): Uint8Array =>
      sparse(P, [
        [0, u32(n)],
        [4, ascii(`VPN1-${n}`)],
      ]);
    /** An Enum reply inside the client's buffer: header, the ports sent, then the client's zeros. */
    const reply = (size: number, entries: number, sent: number[], bufferRoom: number): Uint8Array => {
      const b = new Uint8Array(12 + bufferRoom);
      b.set([...u32(0), ...u32(size), ...u32(entries)], 0);
      sent.forEach((n, i) => b.set(portBytes(n), 12 + i * P));
      return b;
    };

    it('a full buffer: every port sent, entries = ports.length, size = the room they take', () => {
      // capacity 3×208 = 624 holds all three: 00000000 | 70020000 (624) | 03000000 | ports.
      const bytes = reply(3 * P, 3, [1, 2, 3], 3 * P);
      assertBytes(bytes.subarray(0, 12), Uint8Array.from(fromHex('00000000 70020000 03000000')), 'header');
      assertBytes(
        B.encodeRasmanEnum({ retcode: 0, ports: [port(1), port(2), port(3)] }, 3 * P),
        bytes,
        'encode',
      );
      const e = B.decodeRasmanEnum(bytes, undefined, 3 * P);
      assert.deepEqual(e, { retcode: 0, size: 3 * P, entries: 3, ports: [port(1), port(2), port(3)] });
      // A larger client buffer (more capacity than needed) still yields exactly the three.
      const roomy = reply(3 * P, 3, [1, 2, 3], 24 * P);
      assert.deepEqual(B.decodeRasmanEnum(roomy, undefined, 24 * P).ports, [port(1), port(2), port(3)]);
    });

    it('a short buffer: the ports that fit, entries counts all, size is what all need', () => {
      // Five ports, capacity 2×208 = 416 inside a 24-entry client buffer: size 1040 (10040000), entries 5.
      const bytes = reply(5 * P, 5, [1, 2], 24 * P);
      assertBytes(bytes.subarray(0, 12), Uint8Array.from(fromHex('00000000 10040000 05000000')), 'header');
      const encoded = B.encodeRasmanEnum({ retcode: 0, ports: [1, 2, 3, 4, 5].map(port) }, 2 * P);
      assertBytes(encoded, bytes.subarray(0, 12 + 2 * P), 'encode');
      const e = B.decodeRasmanEnum(bytes, undefined, 2 * P);
      assert.deepEqual([e.size, e.entries], [5 * P, 5]);
      assert.deepEqual(e.ports, [port(1), port(2)], "the client's zero padding is not a port");
      // A capacity that is not a multiple of 208 holds only whole entries.
      assert.equal(B.decodeRasmanEnum(bytes, undefined, 2 * P + 207).ports.length, 2);
      // Without the capacity the decoder takes `size` as the room and would read the padding.
      assert.equal(B.decodeRasmanEnum(bytes).ports.length, 5);
    });

    it('zero entries: an empty table, and a table none of which fits', () => {
      const empty = reply(0, 0, [], 24 * P);
      assertBytes(empty.subarray(0, 12), Uint8Array.from(fromHex('00000000 00000000 00000000')), 'header');
      assertBytes(B.encodeRasmanEnum({ retcode: 0, ports: [] }, 24 * P), empty.subarray(0, 12), 'encode');
      assert.deepEqual(B.decodeRasmanEnum(empty, undefined, 24 * P), {
        retcode: 0,
        size: 0,
        entries: 0,
        ports: [],
      });
      // Capacity 0 with four ports on the server: nothing copied, entries 4, size 832 (40030000).
      const none = reply(4 * P, 4, [], 24 * P);
      assertBytes(none.subarray(0, 12), Uint8Array.from(fromHex('00000000 40030000 04000000')), 'header');
      assertBytes(B.encodeRasmanEnum({ retcode: 0, ports: [1, 2, 3, 4].map(port) }, 0), none.subarray(0, 12));
      assert.deepEqual(B.decodeRasmanEnum(none, undefined, 0), {
        retcode: 0,
        size: 4 * P,
        entries: 4,
        ports: [],
      });
    });

    it('a capacity beyond the bytes present reads only whole ports present; a bad capacity is refused', () => {
      const cut = reply(3 * P, 3, [1, 2], 2 * P + 100);
      assert.deepEqual(B.decodeRasmanEnum(cut, undefined, 3 * P).ports, [port(1), port(2)]);
      for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
        assert.throws(
          () => B.decodeRasmanEnum(cut, undefined, bad),
          (e: unknown) => e instanceof B.RrasBlobError && e.kind === 'invalid' && e.field === 'capacity',
        );
    });
  });

  const info = (): B.RasmanInfo => ({
    RI_PortStatus: B.RasmanStatus.OPEN,
    RI_ConnState: B.RasmanState.CONNECTED,
    RI_LinkSpeed: 0,
    RI_LastError: 0,
    RI_CurrentUsage: 1,
    RI_DeviceTypeConnecting: '',
    RI_DeviceConnecting: '',
    RI_szDeviceType: 'vpn',
    RI_szDeviceName: 'WAN Miniport (IKEv2)',
    RI_szPortName: 'VPN2-0',
    RI_DisconnectType: B.RasmanDisconnectType.NOT_DISCONNECTED,
    RI_OwnershipFlag: 0,
    RI_ConnectDuration: 5000,
    RI_BytesReceived: 0,
    RI_Phonebook: '',
    RI_PhoneEntry: '',
    RI_ConnectionHandle: 0x77,
    RI_SubEntry: 1,
    RI_rdtDeviceType: 15,
    RI_GuidEntry: GUID_TEXT,
    RI_dwSessionId: 0,
    RI_dwFlags: 0,
    RI_CorrelationGuid: ZERO_GUID,
  });

  // RASMAN_INFO: RI_PortStatus@0 RI_ConnState@4 … RI_CurrentUsage@16 RI_DeviceTypeConnecting[16]@20
  // RI_DeviceConnecting[129]@36 RI_szDeviceType[16]@165 RI_szDeviceName[129]@181 RI_szPortName[17]@310
  // RI_DisconnectType@328 RI_OwnershipFlag@332 RI_ConnectDuration@336 RI_BytesReceived@340
  // RI_Phonebook[261]@344 RI_PhoneEntry[257]@605..862 RI_ConnectionHandle (HANDLE)@864, then
  // 32-bit: RI_SubEntry@868 RI_rdtDeviceType@872 RI_GuidEntry@876 … RI_CorrelationGuid@900 → 916;
  // 64-bit: RI_SubEntry@872 RI_rdtDeviceType@876 RI_GuidEntry@880 … RI_CorrelationGuid@904 → 920.
  const infoRuns = (base: number, tail: number): [number, number[]][] => [
    [base + 4, u32(2)],
    [base + 16, u32(1)],
    [base + 165, ascii('vpn')],
    [base + 181, ascii('WAN Miniport (IKEv2)')],
    [base + 310, ascii('VPN2-0')],
    [base + 328, u32(3)],
    [base + 336, u32(5000)],
    [base + 864, u32(0x77)],
    [base + tail, u32(1)],
    [base + tail + 4, u32(15)],
    [base + tail + 8, [...GUID_BYTES]],
  ];

  it('Info / RASMAN_INFO, 32-bit client (RB_Dummy 4): retcode@0, RASMAN_INFO@4, 920 bytes', () => {
    const bytes = sparse(920, infoRuns(4, 868));
    both(
      'Info32',
      { retcode: 0, info: info() },
      bytes,
      (v) => B.encodeRasmanGetInfo(v, 4),
      (b) => B.decodeRasmanGetInfo(b, 4),
    );
  });

  it('Info / RASMAN_INFO, 64-bit client (RB_Dummy 8): 8-byte union, RASMAN_INFO@8, 928 bytes', () => {
    const bytes = sparse(928, infoRuns(8, 872));
    both(
      'Info64',
      { retcode: 0, info: info() },
      bytes,
      (v) => B.encodeRasmanGetInfo(v, 8),
      (b) => B.decodeRasmanGetInfo(b, 8),
    );
  });
});

describe('IPv4 DWORD convention', () => {
  it('10.1.2.3 is stored as bytes 0a 01 02 03, i.e. DWORD 0x0302010a', () => {
    assert.equal(B.ipv4ToDword('10.1.2.3'), 0x0302010a);
    assert.equal(B.dwordToIpv4(0x0302010a), '10.1.2.3');
  });
});
