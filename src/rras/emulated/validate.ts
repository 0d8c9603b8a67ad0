/**
 * Bounds on every value a caller hands the emulated backend: the handler layer decodes wire data
 * but the backend is also reachable from the SDK-free host and tests, so it re-checks what it keeps.
 */
import { Win32 } from '../../errors/status.js';
import { RrasError } from '../model/errors.js';
import { isGuidText, isIpv4Text, isIpv6Text } from '../model/ids.js';
import type { CustomIkePolicy, InfoBlock, PhonebookDevice, PhonebookEntrySettings } from '../model/types.js';
import { RrasLimits } from '../model/types.js';

export const invalid = (detail: string): never => {
  throw new RrasError(Win32.ERROR_INVALID_PARAMETER, detail);
};

export function checkText(value: unknown, max: number, what: string, allowEmpty = true): string {
  if (typeof value !== 'string') return invalid(`${what} must be text`);
  if (!allowEmpty && value.length === 0) return invalid(`${what} must not be empty`);
  if (value.length > max) return invalid(`${what} longer than ${max} characters`);
  if (value.includes('\0')) return invalid(`${what} contains NUL`);
  return value;
}

export function checkTextList(value: unknown, maxItems: number, maxLength: number, what: string): string[] {
  if (!Array.isArray(value)) return invalid(`${what} must be a list`);
  if (value.length > maxItems) return invalid(`${what} has more than ${maxItems} entries`);
  return value.map((v, i) => checkText(v, maxLength, `${what}[${i}]`));
}

export function checkDword(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff)
    return invalid(`${what} must be a DWORD`);
  return value;
}

export function checkBool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') return invalid(`${what} must be true or false`);
  return value;
}

export function checkBytes(value: unknown, max: number, what: string): Uint8Array {
  if (!(value instanceof Uint8Array)) return invalid(`${what} must be bytes`);
  if (value.length > max) return invalid(`${what} longer than ${max} bytes`);
  return new Uint8Array(value);
}

/** IPv4 dotted text, or empty for "none". */
export function checkIpv4(value: unknown, what: string, allowEmpty = true): string {
  const s = checkText(value, RrasLimits.ipv4Address, what);
  if (s === '' && allowEmpty) return s;
  if (!isIpv4Text(s)) return invalid(`${what} is not an IPv4 address`);
  return s;
}

/** IPv6 text, or empty for "none". */
export function checkIpv6(value: unknown, what: string, allowEmpty = true): string {
  const s = checkText(value, 45, what);
  if (s === '' && allowEmpty) return s;
  if (!isIpv6Text(s)) return invalid(`${what} is not an IPv6 address`);
  return s;
}

/** A tunnel endpoint: IPv4 or IPv6 text within wszRemoteEndpointAddress[65]. */
export function checkEndpoint(value: unknown, what: string): string {
  const s = checkText(value, RrasLimits.endpointAddress, what, false);
  if (!isIpv4Text(s) && !isIpv6Text(s)) return invalid(`${what} is not an IP address`);
  return s;
}

export function checkGuid(value: unknown, what: string): string {
  const s = checkText(value, 36, what).toLowerCase();
  if (!isGuidText(s)) return invalid(`${what} is not a GUID`);
  return s;
}

export function checkInfoBlocks(value: unknown, what: string): InfoBlock[] {
  if (!Array.isArray(value)) return invalid(`${what} must be a list of info blocks`);
  if (value.length > RrasLimits.maxInfoBlocks)
    return invalid(`${what} has more than ${RrasLimits.maxInfoBlocks} blocks`);
  let total = 0;
  const seen = new Set<number>();
  return value.map((b: Partial<InfoBlock> | null, i): InfoBlock => {
    if (b === null || typeof b !== 'object') return invalid(`${what}[${i}] is not an info block`);
    const infoType = checkDword(b.infoType, `${what}[${i}].infoType`);
    const infoSize = checkDword(b.infoSize, `${what}[${i}].infoSize`);
    const count = checkDword(b.count, `${what}[${i}].count`);
    const data = checkBytes(b.data, RrasLimits.maxInfoBlockBytes, `${what}[${i}].data`);
    if (infoSize * count !== data.length) invalid(`${what}[${i}]: infoSize × count ≠ data length`);
    if (seen.has(infoType)) invalid(`${what}: info type 0x${infoType.toString(16)} appears twice`);
    seen.add(infoType);
    total += data.length;
    if (total > RrasLimits.maxInfoBlockBytes)
      invalid(`${what} larger than ${RrasLimits.maxInfoBlockBytes} bytes`);
    return { infoType, infoSize, count, data };
  });
}

export function checkPolicy(value: CustomIkePolicy | null | undefined, what: string): CustomIkePolicy | null {
  if (value === null || value === undefined) return null;
  return {
    integrityMethod: checkDword(value.integrityMethod, `${what}.integrityMethod`),
    encryptionMethod: checkDword(value.encryptionMethod, `${what}.encryptionMethod`),
    cipherTransformConstant: checkDword(value.cipherTransformConstant, `${what}.cipherTransformConstant`),
    authTransformConstant: checkDword(value.authTransformConstant, `${what}.authTransformConstant`),
    pfsGroup: checkDword(value.pfsGroup, `${what}.pfsGroup`),
    dhGroup: checkDword(value.dhGroup, `${what}.dhGroup`),
  };
}

export function checkDevice(d: PhonebookDevice, what: string): PhonebookDevice {
  if (d === null || typeof d !== 'object') return invalid(`${what} is not a device`);
  return {
    deviceType: checkText(d.deviceType, RrasLimits.deviceType, `${what}.deviceType`),
    deviceName: checkText(d.deviceName, RrasLimits.deviceName, `${what}.deviceName`),
    localPhoneNumber: checkText(d.localPhoneNumber, RrasLimits.phoneNumber, `${what}.localPhoneNumber`),
    alternates: checkTextList(d.alternates, 32, RrasLimits.phoneNumber, `${what}.alternates`),
  };
}

/** Phonebook settings as MPRI_INTERFACE_2/3 bound them. */
export function checkEntrySettings(s: PhonebookEntrySettings, what: string): PhonebookEntrySettings {
  if (s === null || typeof s !== 'object') return invalid(`${what} is not a phonebook entry`);
  const devices = Array.isArray(s.devices) ? s.devices : invalid(`${what}.devices must be a list`);
  if (devices.length > 32) invalid(`${what} has more than 32 devices`);
  return {
    options: checkDword(s.options, `${what}.options`),
    localPhoneNumber: checkText(s.localPhoneNumber, RrasLimits.phoneNumber, `${what}.localPhoneNumber`),
    alternates: checkTextList(s.alternates, 32, RrasLimits.phoneNumber, `${what}.alternates`),
    ipAddress: checkIpv4(s.ipAddress, `${what}.ipAddress`),
    dns: checkIpv4(s.dns, `${what}.dns`),
    dnsAlt: checkIpv4(s.dnsAlt, `${what}.dnsAlt`),
    wins: checkIpv4(s.wins, `${what}.wins`),
    winsAlt: checkIpv4(s.winsAlt, `${what}.winsAlt`),
    netProtocols: checkDword(s.netProtocols, `${what}.netProtocols`),
    deviceType: checkText(s.deviceType, RrasLimits.deviceType, `${what}.deviceType`),
    deviceName: checkText(s.deviceName, RrasLimits.deviceName, `${what}.deviceName`),
    x25PadType: checkText(s.x25PadType, RrasLimits.x25PadType, `${what}.x25PadType`),
    x25Address: checkText(s.x25Address, RrasLimits.x25Field, `${what}.x25Address`),
    x25Facilities: checkText(s.x25Facilities, RrasLimits.x25Field, `${what}.x25Facilities`),
    x25UserData: checkText(s.x25UserData, RrasLimits.x25Field, `${what}.x25UserData`),
    channels: checkDword(s.channels, `${what}.channels`),
    subEntries: checkDword(s.subEntries, `${what}.subEntries`),
    dialMode: checkDword(s.dialMode, `${what}.dialMode`),
    dialExtraPercent: checkDword(s.dialExtraPercent, `${what}.dialExtraPercent`),
    dialExtraSampleSeconds: checkDword(s.dialExtraSampleSeconds, `${what}.dialExtraSampleSeconds`),
    hangUpExtraPercent: checkDword(s.hangUpExtraPercent, `${what}.hangUpExtraPercent`),
    hangUpExtraSampleSeconds: checkDword(s.hangUpExtraSampleSeconds, `${what}.hangUpExtraSampleSeconds`),
    idleDisconnectSeconds: checkDword(s.idleDisconnectSeconds, `${what}.idleDisconnectSeconds`),
    entryType: checkDword(s.entryType, `${what}.entryType`),
    encryptionType: checkDword(s.encryptionType, `${what}.encryptionType`),
    customAuthKey: checkDword(s.customAuthKey, `${what}.customAuthKey`),
    customAuthData: checkBytes(s.customAuthData, RrasLimits.maxInfoBlockBytes, `${what}.customAuthData`),
    guid: checkGuid(s.guid, `${what}.guid`),
    vpnStrategy: checkDword(s.vpnStrategy, `${what}.vpnStrategy`),
    ipv6Dns: checkIpv6(s.ipv6Dns, `${what}.ipv6Dns`),
    ipv6DnsAlt: checkIpv6(s.ipv6DnsAlt, `${what}.ipv6DnsAlt`),
    ipv6Addresses: checkTextList(s.ipv6Addresses, 16, 45, `${what}.ipv6Addresses`).map((a, i) =>
      checkIpv6(a, `${what}.ipv6Addresses[${i}]`, false),
    ),
    devices: devices.map((d, i) => checkDevice(d, `${what}.devices[${i}]`)),
  };
}
