/**
 * Protocol towers ([C706] App. L, [MS-RPCE] 2.1.1 and 3.1.3.5.3): the octet string inside twr_t
 * that names an interface, a transfer syntax, an RPC protocol and its transport address.
 *
 * Layout: u16 floor_count (LE), then per floor: u16 lhs_len, lhs, u16 rhs_len, rhs (lengths LE).
 * Floor contents are not NDR-aligned; ports are big-endian, everything else little-endian.
 */
import type { Protseq, SyntaxId } from '../../rpc/types.js';
import { readUuid, writeUuid } from '../../rpc/uuid.js';

/** Protocol identifiers of tower floors ([C706] App. I/L, [MS-RPCE] 2.1.1.2). */
export const TowerProtocol = {
  NCADG: 0x0a,
  NCACN: 0x0b,
  UUID: 0x0d,
  TCP: 0x07,
  UDP: 0x08,
  IP: 0x09,
  /** Named pipe floor as Windows writes it ([MS-RPCE] 2.1.1.2; C706's 0x10 is not used). */
  NAMED_PIPE: 0x0f,
  NETBIOS: 0x11,
} as const;

/** [MS-RPCE] 3.1.3.5.3: towers with more floors SHOULD be rejected. */
export const MAX_TOWER_FLOORS = 6;
/** twr_t.tower_length is [range(0,2000)] in [MS-RPCE]'s epm IDL. */
export const MAX_TOWER_LENGTH = 2000;

export class TowerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TowerError';
  }
}

export interface TowerFloor {
  readonly lhs: Uint8Array;
  readonly rhs: Uint8Array;
}

/** Splits a tower octet string into floors, checking every length against the bytes present. */
export function decodeFloors(bytes: Uint8Array): TowerFloor[] {
  if (bytes.length > MAX_TOWER_LENGTH)
    throw new TowerError(`tower of ${bytes.length} bytes exceeds ${MAX_TOWER_LENGTH}`);
  if (bytes.length < 2) throw new TowerError('tower shorter than its floor count');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(0, true);
  if (count === 0 || count > MAX_TOWER_FLOORS)
    throw new TowerError(`tower floor count ${count} outside 1..${MAX_TOWER_FLOORS}`);
  const floors: TowerFloor[] = [];
  let off = 2;
  const take = (): Uint8Array => {
    if (off + 2 > bytes.length) throw new TowerError(`tower truncated at byte ${off}`);
    const len = view.getUint16(off, true);
    off += 2;
    if (off + len > bytes.length)
      throw new TowerError(`tower floor length ${len} at byte ${off - 2} runs past the end`);
    const part = bytes.subarray(off, off + len);
    off += len;
    return part;
  };
  for (let i = 0; i < count; i++) {
    const lhs = take();
    if (lhs.length === 0) throw new TowerError(`tower floor ${i + 1} has an empty protocol identifier`);
    floors.push({ lhs, rhs: take() });
  }
  return floors;
}

export function encodeFloors(floors: readonly TowerFloor[]): Uint8Array {
  if (floors.length === 0 || floors.length > MAX_TOWER_FLOORS)
    throw new TowerError(`cannot encode ${floors.length} floors`);
  let size = 2;
  for (const f of floors) size += 4 + f.lhs.length + f.rhs.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint16(0, floors.length, true);
  let off = 2;
  for (const f of floors) {
    view.setUint16(off, f.lhs.length, true);
    out.set(f.lhs, off + 2);
    off += 2 + f.lhs.length;
    view.setUint16(off, f.rhs.length, true);
    out.set(f.rhs, off + 2);
    off += 2 + f.rhs.length;
  }
  return out;
}

function u16le(n: number): Uint8Array {
  return Uint8Array.of(n & 0xff, (n >>> 8) & 0xff);
}

function syntaxFloor(s: SyntaxId): TowerFloor {
  const lhs = new Uint8Array(19);
  lhs[0] = TowerProtocol.UUID;
  writeUuid(lhs, 1, s.uuid);
  lhs.set(u16le(s.major), 17);
  return { lhs, rhs: u16le(s.minor) };
}

function readSyntaxFloor(f: TowerFloor, which: string): SyntaxId {
  if (f.lhs.length !== 19 || f.lhs[0] !== TowerProtocol.UUID)
    throw new TowerError(`${which} floor is not a UUID floor`);
  if (f.rhs.length < 2) throw new TowerError(`${which} floor has no minor version`);
  return { uuid: readUuid(f.lhs, 1), major: f.lhs[17] | (f.lhs[18] << 8), minor: f.rhs[0] | (f.rhs[1] << 8) };
}

function cString(s: string): Uint8Array {
  const out = new Uint8Array(s.length + 1);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}

function readCString(b: Uint8Array): string {
  let end = b.indexOf(0);
  if (end < 0) end = b.length;
  let s = '';
  for (let i = 0; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
}

function ipv4Bytes(host: string): Uint8Array {
  const m = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(host);
  if (!m) return new Uint8Array(4);
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? Uint8Array.from(parts) : new Uint8Array(4);
}

/** What a tower says, in plain words. */
export interface EndpointTower {
  readonly iface: SyntaxId;
  readonly transferSyntax: SyntaxId;
  readonly protseq: Protseq;
  /** Port as a decimal string ("0" in a query) or a pipe name (`\PIPE\ROUTER`). */
  readonly endpoint: string;
  /** IPv4 address (TCP/UDP) or NetBIOS name (named pipes); '' when the tower has none. */
  readonly host: string;
}

export function buildTower(t: EndpointTower): Uint8Array {
  const floors: TowerFloor[] = [syntaxFloor(t.iface), syntaxFloor(t.transferSyntax)];
  const port = (): Uint8Array => {
    const p = Number(t.endpoint);
    if (!Number.isInteger(p) || p < 0 || p > 65535)
      throw new TowerError(`invalid port ${JSON.stringify(t.endpoint)}`);
    return Uint8Array.of(p >>> 8, p & 0xff);
  };
  switch (t.protseq) {
    case 'ncacn_ip_tcp':
      floors.push({ lhs: Uint8Array.of(TowerProtocol.NCACN), rhs: u16le(0) });
      floors.push({ lhs: Uint8Array.of(TowerProtocol.TCP), rhs: port() });
      floors.push({ lhs: Uint8Array.of(TowerProtocol.IP), rhs: ipv4Bytes(t.host) });
      break;
    case 'ncadg_ip_udp':
      floors.push({ lhs: Uint8Array.of(TowerProtocol.NCADG), rhs: u16le(0) });
      floors.push({ lhs: Uint8Array.of(TowerProtocol.UDP), rhs: port() });
      floors.push({ lhs: Uint8Array.of(TowerProtocol.IP), rhs: ipv4Bytes(t.host) });
      break;
    case 'ncacn_np':
      floors.push({ lhs: Uint8Array.of(TowerProtocol.NCACN), rhs: u16le(0) });
      floors.push({ lhs: Uint8Array.of(TowerProtocol.NAMED_PIPE), rhs: cString(t.endpoint) });
      floors.push({ lhs: Uint8Array.of(TowerProtocol.NETBIOS), rhs: cString(t.host) });
      break;
  }
  return encodeFloors(floors);
}

/**
 * Reads a tower. Throws TowerError for malformed bytes and for protocol stacks winrpc does not
 * speak (callers treat both as "no match").
 */
export function parseTower(bytes: Uint8Array): EndpointTower {
  const floors = decodeFloors(bytes);
  if (floors.length < 4) throw new TowerError(`tower has ${floors.length} floors; at least 4 needed`);
  const iface = readSyntaxFloor(floors[0], 'interface');
  const transferSyntax = readSyntaxFloor(floors[1], 'transfer syntax');
  const rpc = floors[2].lhs[0];
  const transport = floors[3];
  const addr = floors[4] as TowerFloor | undefined;
  const port = (): string => {
    if (transport.rhs.length < 2) throw new TowerError('port floor shorter than 2 bytes');
    return String((transport.rhs[0] << 8) | transport.rhs[1]);
  };
  const ip = (): string => {
    if (addr === undefined || addr.lhs[0] !== TowerProtocol.IP) return '';
    if (addr.rhs.length < 4) throw new TowerError('IP floor shorter than 4 bytes');
    return Array.from(addr.rhs.subarray(0, 4)).join('.');
  };
  if (rpc === TowerProtocol.NCACN && transport.lhs[0] === TowerProtocol.TCP) {
    return { iface, transferSyntax, protseq: 'ncacn_ip_tcp', endpoint: port(), host: ip() };
  }
  if (rpc === TowerProtocol.NCADG && transport.lhs[0] === TowerProtocol.UDP) {
    return { iface, transferSyntax, protseq: 'ncadg_ip_udp', endpoint: port(), host: ip() };
  }
  if (rpc === TowerProtocol.NCACN && transport.lhs[0] === TowerProtocol.NAMED_PIPE) {
    const host = addr !== undefined && addr.lhs[0] === TowerProtocol.NETBIOS ? readCString(addr.rhs) : '';
    return { iface, transferSyntax, protseq: 'ncacn_np', endpoint: readCString(transport.rhs), host };
  }
  throw new TowerError(
    `unsupported protocol stack 0x${rpc.toString(16)}/0x${transport.lhs[0].toString(16)} in tower`,
  );
}
