/**
 * UUID ↔ 16 bytes in the DCE layout ([C706] App. A, [MS-RPCE] 2.2.1.1.3): Data1 (u32), Data2 (u16)
 * and Data3 (u16) in the sender's integer byte order (little-endian for every Windows peer),
 * Data4 (8 bytes) as is. The NDR `guid` type uses the same layout.
 */

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}

/** Writes `uuid` at `out[offset..offset+16)`. Throws TypeError on a malformed string. */
export function writeUuid(out: Uint8Array, offset: number, uuid: string, littleEndian = true): void {
  if (!UUID_RE.test(uuid)) throw new TypeError(`invalid UUID string: ${JSON.stringify(uuid)}`);
  const hex = uuid.replace(/-/g, '');
  const raw = new Uint8Array(16);
  for (let i = 0; i < 16; i++) raw[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  if (littleEndian) {
    // Only the three integer fields are swapped; Data4 keeps string order.
    out[offset] = raw[3];
    out[offset + 1] = raw[2];
    out[offset + 2] = raw[1];
    out[offset + 3] = raw[0];
    out[offset + 4] = raw[5];
    out[offset + 5] = raw[4];
    out[offset + 6] = raw[7];
    out[offset + 7] = raw[6];
    out.set(raw.subarray(8), offset + 8);
  } else {
    out.set(raw, offset);
  }
}

export function uuidToBytes(uuid: string, littleEndian = true): Uint8Array {
  const out = new Uint8Array(16);
  writeUuid(out, 0, uuid, littleEndian);
  return out;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Reads 16 bytes at `offset` as a canonical lowercase UUID string. The caller checks bounds. */
export function readUuid(bytes: Uint8Array, offset: number, littleEndian = true): string {
  if (offset < 0 || offset + 16 > bytes.length) throw new RangeError('UUID out of bounds');
  const order = littleEndian ? [3, 2, 1, 0, 5, 4, 7, 6] : [0, 1, 2, 3, 4, 5, 6, 7];
  let s = '';
  for (let i = 0; i < 8; i++) {
    s += HEX[bytes[offset + order[i]]];
    if (i === 3 || i === 5) s += '-';
  }
  s += '-';
  for (let i = 8; i < 16; i++) {
    s += HEX[bytes[offset + i]];
    if (i === 9) s += '-';
  }
  return s;
}

export function uuidFromBytes(bytes: Uint8Array, littleEndian = true): string {
  return readUuid(bytes, 0, littleEndian);
}
