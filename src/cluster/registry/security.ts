/**
 * Self-relative security descriptors for cluster registry keys ([MS-DTYP] 2.4.2 SID, 2.4.5 ACL,
 * 2.4.4 ACE, 2.4.6 SECURITY_DESCRIPTOR): parse and validate what clients send, build the parts a
 * client asks for, and evaluate a DACL against a caller's SIDs.
 */
import { ClusterError } from '../model/errors.js';
import { Win32 } from '../../errors/status.js';

/** SECURITY_INFORMATION bits ([MS-RRP] 2.2.9 / [MS-DTYP] 2.4.7). */
export const SecurityInformation = {
  OWNER: 0x1,
  GROUP: 0x2,
  DACL: 0x4,
  SACL: 0x8,
} as const;

/** SECURITY_DESCRIPTOR Control bits ([MS-DTYP] 2.4.6). */
const SE_DACL_PRESENT = 0x0004;
const SE_SACL_PRESENT = 0x0010;
const SE_SELF_RELATIVE = 0x8000;

const ACCESS_ALLOWED_ACE_TYPE = 0x00;
const ACCESS_DENIED_ACE_TYPE = 0x01;
const INHERIT_ONLY_ACE = 0x08;

/** REGSAM access rights ([MS-RRP] 2.2.3) and the generic bits they map from. */
export const KeyAccess = {
  KEY_QUERY_VALUE: 0x0001,
  KEY_SET_VALUE: 0x0002,
  KEY_CREATE_SUB_KEY: 0x0004,
  KEY_ENUMERATE_SUB_KEYS: 0x0008,
  KEY_NOTIFY: 0x0010,
  KEY_CREATE_LINK: 0x0020,
  KEY_WOW64_64KEY: 0x0100,
  KEY_WOW64_32KEY: 0x0200,
  DELETE: 0x00010000,
  READ_CONTROL: 0x00020000,
  WRITE_DAC: 0x00040000,
  WRITE_OWNER: 0x00080000,
  ACCESS_SYSTEM_SECURITY: 0x01000000,
  MAXIMUM_ALLOWED: 0x02000000,
  GENERIC_ALL: 0x10000000,
  GENERIC_EXECUTE: 0x20000000,
  GENERIC_WRITE: 0x40000000,
  GENERIC_READ: 0x80000000,
  KEY_READ: 0x00020019,
  KEY_WRITE: 0x00020006,
  KEY_ALL_ACCESS: 0x000f003f,
} as const;

/** Rights that change the key or its security: the cluster requires access level "All" for them. */
export const KEY_MODIFY_RIGHTS =
  KeyAccess.KEY_SET_VALUE |
  KeyAccess.KEY_CREATE_SUB_KEY |
  KeyAccess.KEY_CREATE_LINK |
  KeyAccess.DELETE |
  KeyAccess.WRITE_DAC |
  KeyAccess.WRITE_OWNER;

/** Maps GENERIC_* to key rights; drops the WOW64 view selectors, which the cluster hive ignores. */
export function mapGenericKeyAccess(sam: number): number {
  let m = sam & ~(KeyAccess.KEY_WOW64_32KEY | KeyAccess.KEY_WOW64_64KEY);
  if (m & KeyAccess.GENERIC_READ) m |= KeyAccess.KEY_READ;
  if (m & KeyAccess.GENERIC_EXECUTE) m |= KeyAccess.KEY_READ;
  if (m & KeyAccess.GENERIC_WRITE) m |= KeyAccess.KEY_WRITE;
  if (m & KeyAccess.GENERIC_ALL) m |= KeyAccess.KEY_ALL_ACCESS;
  return (m & 0x0fffffff) >>> 0;
}

export const WellKnownSid = {
  EVERYONE: 'S-1-1-0',
  AUTHENTICATED_USERS: 'S-1-5-11',
  LOCAL_SYSTEM: 'S-1-5-18',
  BUILTIN_ADMINISTRATORS: 'S-1-5-32-544',
} as const;

export interface Ace {
  readonly type: number;
  readonly flags: number;
  readonly mask: number;
  /** '' for ACE types other than plain allowed/denied, which are kept as `raw` bytes. */
  readonly sid: string;
  readonly raw?: Uint8Array;
}

export interface Acl {
  readonly revision: number;
  readonly aces: readonly Ace[];
}

export interface SecurityDescriptor {
  readonly control: number;
  readonly owner?: string;
  readonly group?: string;
  readonly sacl?: Acl | null;
  readonly dacl?: Acl | null;
}

/** Largest descriptor accepted from a client; Windows' own limit for a key's SD is 64 KiB. */
export const MAX_SD_BYTES = 65536;
const MAX_SUB_AUTHORITIES = 15;

const invalid = (detail: string): never => {
  throw new ClusterError(Win32.ERROR_INVALID_SECURITY_DESCR, detail);
};

function readSid(b: Uint8Array, off: number, end: number): { sid: string; size: number } {
  if (off + 8 > end) invalid('SID truncated');
  const revision = b[off]!;
  const count = b[off + 1]!;
  if (revision !== 1 || count > MAX_SUB_AUTHORITIES) invalid('bad SID revision or sub-authority count');
  const size = 8 + 4 * count;
  if (off + size > end) invalid('SID truncated');
  let authority = 0;
  for (let i = 0; i < 6; i++) authority = authority * 256 + b[off + 2 + i]!;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts = [`S-1-${authority}`];
  for (let i = 0; i < count; i++) parts.push(String(dv.getUint32(off + 8 + 4 * i, true)));
  return { sid: parts.join('-'), size };
}

function sidBytes(sid: string): Uint8Array {
  const m = /^S-1-(\d+)((?:-\d+)*)$/i.exec(sid);
  if (!m) return invalid(`malformed SID ${sid.slice(0, 40)}`);
  const subs = m[2] ? m[2].slice(1).split('-').map(Number) : [];
  const authority = Number(m[1]);
  if (subs.length > MAX_SUB_AUTHORITIES || authority > 0xffffffffffff || subs.some((s) => s > 0xffffffff)) {
    invalid('SID out of range');
  }
  const out = new Uint8Array(8 + 4 * subs.length);
  out[0] = 1;
  out[1] = subs.length;
  let a = authority;
  for (let i = 5; i >= 0; i--) {
    out[2 + i] = a % 256;
    a = Math.floor(a / 256);
  }
  const dv = new DataView(out.buffer);
  subs.forEach((s, i) => dv.setUint32(8 + 4 * i, s, true));
  return out;
}

function readAcl(b: Uint8Array, off: number, end: number): Acl {
  if (off + 8 > end) invalid('ACL truncated');
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const revision = b[off]!;
  const size = dv.getUint16(off + 2, true);
  const count = dv.getUint16(off + 4, true);
  if (revision !== 2 && revision !== 4) invalid('bad ACL revision');
  if (size < 8 || off + size > end) invalid('ACL size out of bounds');
  const aclEnd = off + size;
  const aces: Ace[] = [];
  let p = off + 8;
  for (let i = 0; i < count; i++) {
    if (p + 8 > aclEnd) invalid('ACE truncated');
    const type = b[p]!;
    const flags = b[p + 1]!;
    const aceSize = dv.getUint16(p + 2, true);
    if (aceSize < 8 || p + aceSize > aclEnd) invalid('ACE size out of bounds');
    const mask = dv.getUint32(p + 4, true);
    // Only the basic allowed/denied ACEs carry a plain SID after the mask; others are kept opaque.
    if (type === ACCESS_ALLOWED_ACE_TYPE || type === ACCESS_DENIED_ACE_TYPE) {
      const { sid } = readSid(b, p + 8, p + aceSize);
      aces.push({ type, flags, mask, sid });
    } else {
      aces.push({ type, flags, mask, sid: '', raw: b.slice(p, p + aceSize) });
    }
    p += aceSize;
  }
  return { revision, aces };
}

/**
 * Parses a self-relative descriptor; anything malformed (not self-relative, offsets or sizes out of
 * bounds) is ERROR_INVALID_SECURITY_DESCR.
 */
export function parseSecurityDescriptor(b: Uint8Array): SecurityDescriptor {
  if (b.length < 20 || b.length > MAX_SD_BYTES) invalid('descriptor size out of range');
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b[0] !== 1) invalid('bad descriptor revision');
  const control = dv.getUint16(2, true);
  if (!(control & SE_SELF_RELATIVE)) invalid('descriptor is not self-relative');
  const [oOwner, oGroup, oSacl, oDacl] = [4, 8, 12, 16].map((o) => dv.getUint32(o, true)) as [
    number,
    number,
    number,
    number,
  ];
  const at = (o: number): number => {
    if (o < 20 || o >= b.length) invalid('offset out of bounds');
    return o;
  };
  return {
    control,
    ...(oOwner ? { owner: readSid(b, at(oOwner), b.length).sid } : {}),
    ...(oGroup ? { group: readSid(b, at(oGroup), b.length).sid } : {}),
    ...(control & SE_SACL_PRESENT ? { sacl: oSacl ? readAcl(b, at(oSacl), b.length) : null } : {}),
    ...(control & SE_DACL_PRESENT ? { dacl: oDacl ? readAcl(b, at(oDacl), b.length) : null } : {}),
  };
}

function aclBytes(acl: Acl): Uint8Array {
  const aces = acl.aces.map((a) => {
    // Object, callback and audit ACEs are carried through unchanged.
    if (a.raw) return a.raw;
    const sid = sidBytes(a.sid);
    const out = new Uint8Array(8 + sid.length);
    const dv = new DataView(out.buffer);
    out[0] = a.type;
    out[1] = a.flags;
    dv.setUint16(2, out.length, true);
    dv.setUint32(4, a.mask >>> 0, true);
    out.set(sid, 8);
    return out;
  });
  const size = 8 + aces.reduce((n, a) => n + a.length, 0);
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  out[0] = acl.revision;
  dv.setUint16(2, size, true);
  dv.setUint16(4, aces.length, true);
  let p = 8;
  for (const a of aces) {
    out.set(a, p);
    p += a.length;
  }
  return out;
}

/** Encodes a descriptor in self-relative form, with the parts in the order Windows lays them out. */
export function encodeSecurityDescriptor(sd: SecurityDescriptor): Uint8Array {
  const sacl = sd.sacl ? aclBytes(sd.sacl) : undefined;
  const dacl = sd.dacl ? aclBytes(sd.dacl) : undefined;
  const owner = sd.owner ? sidBytes(sd.owner) : undefined;
  const group = sd.group ? sidBytes(sd.group) : undefined;
  let control = SE_SELF_RELATIVE | (sd.control & ~(SE_SELF_RELATIVE | SE_DACL_PRESENT | SE_SACL_PRESENT));
  if (sd.dacl !== undefined) control |= SE_DACL_PRESENT;
  if (sd.sacl !== undefined) control |= SE_SACL_PRESENT;
  const parts = [sacl, dacl, owner, group];
  const out = new Uint8Array(20 + parts.reduce((n, p) => n + (p?.length ?? 0), 0));
  const dv = new DataView(out.buffer);
  out[0] = 1;
  dv.setUint16(2, control, true);
  let p = 20;
  const place = (part: Uint8Array | undefined, field: number): void => {
    if (!part) return;
    dv.setUint32(field, p, true);
    out.set(part, p);
    p += part.length;
  };
  place(sacl, 12);
  place(dacl, 16);
  place(owner, 4);
  place(group, 8);
  return out;
}

/** The descriptor a key gets when its creator supplies none: administrators and SYSTEM full, users read. */
export function defaultKeySecurityDescriptor(): SecurityDescriptor {
  return {
    control: 0,
    owner: WellKnownSid.BUILTIN_ADMINISTRATORS,
    group: WellKnownSid.LOCAL_SYSTEM,
    dacl: {
      revision: 2,
      aces: [
        {
          type: ACCESS_ALLOWED_ACE_TYPE,
          flags: 0,
          mask: KeyAccess.KEY_ALL_ACCESS,
          sid: WellKnownSid.BUILTIN_ADMINISTRATORS,
        },
        {
          type: ACCESS_ALLOWED_ACE_TYPE,
          flags: 0,
          mask: KeyAccess.KEY_ALL_ACCESS,
          sid: WellKnownSid.LOCAL_SYSTEM,
        },
        {
          type: ACCESS_ALLOWED_ACE_TYPE,
          flags: 0,
          mask: KeyAccess.KEY_READ,
          sid: WellKnownSid.AUTHENTICATED_USERS,
        },
      ],
    },
  };
}

/** The parts of `sd` selected by SECURITY_INFORMATION bits, as ApiGetKeySecurity returns them. */
export function selectParts(sd: SecurityDescriptor, info: number): SecurityDescriptor {
  return {
    control: sd.control,
    ...(info & SecurityInformation.OWNER && sd.owner ? { owner: sd.owner } : {}),
    ...(info & SecurityInformation.GROUP && sd.group ? { group: sd.group } : {}),
    ...(info & SecurityInformation.DACL && sd.dacl !== undefined ? { dacl: sd.dacl } : {}),
    ...(info & SecurityInformation.SACL && sd.sacl !== undefined ? { sacl: sd.sacl } : {}),
  };
}

/** ApiSetKeySecurity: replaces the parts named by `info` with those of `update`. */
export function mergeParts(
  current: SecurityDescriptor,
  update: SecurityDescriptor,
  info: number,
): SecurityDescriptor {
  const pick = <K extends 'owner' | 'group' | 'dacl' | 'sacl'>(
    bit: number,
    k: K,
  ): Partial<SecurityDescriptor> => {
    const from = info & bit ? update : current;
    return from[k] !== undefined ? { [k]: from[k] } : {};
  };
  return {
    control: current.control,
    ...pick(SecurityInformation.OWNER, 'owner'),
    ...pick(SecurityInformation.GROUP, 'group'),
    ...pick(SecurityInformation.DACL, 'dacl'),
    ...pick(SecurityInformation.SACL, 'sacl'),
  };
}

/**
 * The rights a DACL grants to a holder of `sids` ([MS-DTYP] 2.5.3.2, simplified to allowed and
 * denied ACEs in order): a missing DACL grants everything, an empty one nothing. The owner
 * implicitly holds READ_CONTROL and WRITE_DAC.
 */
export function grantedRights(sd: SecurityDescriptor, sids: ReadonlySet<string>): number {
  if (!sd.dacl) return KeyAccess.KEY_ALL_ACCESS | KeyAccess.ACCESS_SYSTEM_SECURITY;
  let allowed = 0;
  let denied = 0;
  for (const ace of sd.dacl.aces) {
    if (ace.flags & INHERIT_ONLY_ACE || !sids.has(ace.sid)) continue;
    const m = mapGenericKeyAccess(ace.mask);
    if (ace.type === ACCESS_ALLOWED_ACE_TYPE) allowed |= m & ~denied;
    else if (ace.type === ACCESS_DENIED_ACE_TYPE) denied |= m & ~allowed;
  }
  if (sd.owner && sids.has(sd.owner)) allowed |= KeyAccess.READ_CONTROL | KeyAccess.WRITE_DAC;
  return allowed >>> 0;
}
