/**
 * MPR_DEVICE_0/1 (2.2.1.2.85-86) and MPR_CREDENTIALSEX_1 (2.2.1.2.87). MPR_DEVICE_1.szAlternates
 * follows the MPRI_INTERFACE rule: a 4-byte offset from the start of its own structure; in an
 * array the MULTI_SZ lists follow the last fixed structure.
 */
import { RrasBlobError } from './errors.js';
import {
  DEFAULT_BLOB_LIMITS,
  U32,
  alignUp,
  checkCount,
  decodeMultiSz,
  encodeMultiSz,
  codecFunctions,
  fixedCodec,
  need,
  readLayout,
  readU32,
  wchar,
  writeLayout,
  writeU32,
  type Layout,
} from './layout.js';
import type { BlobLimits, MprCredentialsEx1, MprDevice0, MprDevice1 } from './types.js';

const OFS_ALTERNATES = 'szAlternates$offset';

export const MPR_DEVICE_0_LAYOUT: Layout<MprDevice0> = {
  name: 'MPR_DEVICE_0',
  size: 292,
  fields: [
    { field: 'szDeviceType', offset: 0, kind: wchar(17) }, // 0..34
    { field: 'szDeviceName', offset: 34, kind: wchar(129) }, // 34..292
  ],
};

export const MPR_DEVICE_1_LAYOUT: Layout<object> = {
  name: 'MPR_DEVICE_1',
  size: 556,
  fields: [
    ...MPR_DEVICE_0_LAYOUT.fields,
    { field: 'szLocalPhoneNumber', offset: 292, kind: wchar(129) }, // 292..550, 2 padding
    { field: OFS_ALTERNATES, offset: 552, kind: U32 },
  ],
};

export const mprDevice0Codec = fixedCodec(MPR_DEVICE_0_LAYOUT);
export const MPR_DEVICE_0_SIZE = MPR_DEVICE_0_LAYOUT.size;
export const MPR_DEVICE_1_SIZE = MPR_DEVICE_1_LAYOUT.size;

export const { encode: encodeMprDevice0, decode: decodeMprDevice0 } = codecFunctions(mprDevice0Codec);

export function encodeMprDevice1Array(items: readonly MprDevice1[]): Uint8Array {
  const S = MPR_DEVICE_1_LAYOUT.size;
  const tails = items.map((d) =>
    d.szAlternates.length === 0 ? null : encodeMultiSz(d.szAlternates, 'MPR_DEVICE_1', 'szAlternates'),
  );
  let end = S * items.length;
  const at: number[] = [];
  for (const t of tails) {
    if (t === null) {
      at.push(0);
      continue;
    }
    end = alignUp(end, 4);
    at.push(end);
    end += t.length;
  }
  const out = new Uint8Array(end);
  items.forEach((d, i) => {
    const abs = at[i] ?? 0;
    writeLayout(MPR_DEVICE_1_LAYOUT, { ...d, [OFS_ALTERNATES]: abs === 0 ? 0 : abs - i * S }, out, i * S);
    const t = tails[i];
    if (t) out.set(t, abs);
  });
  return out;
}

export const encodeMprDevice1 = (v: MprDevice1): Uint8Array => encodeMprDevice1Array([v]);

export function decodeMprDevice1Array(
  b: Uint8Array,
  count: number,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): MprDevice1[] {
  const L = MPR_DEVICE_1_LAYOUT;
  checkCount(L.name, count, limits);
  need(b, 0, count * L.size, L.name);
  const fixedEnd = count * L.size;
  const out: MprDevice1[] = [];
  for (let i = 0; i < count; i++) {
    const base = i * L.size;
    const raw = readLayout(L, b, base) as Record<string, unknown>;
    const rel = raw[OFS_ALTERNATES] as number;
    delete raw[OFS_ALTERNATES];
    let alternates: string[] = [];
    if (rel !== 0) {
      if (base + rel < fixedEnd || base + rel >= b.length) {
        throw new RrasBlobError(
          'out-of-bounds',
          L.name,
          `offset ${rel} outside the trailing data`,
          'szAlternates',
          base,
        );
      }
      alternates = decodeMultiSz(b, base + rel, limits, L.name, 'szAlternates');
    }
    out.push({
      ...(raw as unknown as MprDevice0),
      szLocalPhoneNumber: raw.szLocalPhoneNumber as string,
      szAlternates: alternates,
    });
  }
  return out;
}

export const decodeMprDevice1 = (b: Uint8Array, limits: BlobLimits = DEFAULT_BLOB_LIMITS): MprDevice1 => {
  const [d] = decodeMprDevice1Array(b, 1, limits);
  if (!d) throw new RrasBlobError('truncated', 'MPR_DEVICE_1', 'no structure');
  return d;
};

/** Where MPR_CREDENTIALSEX_1's data starts when we encode it: right after dwSize and dwOffset. */
export const MPR_CREDENTIALSEX_1_HEADER_SIZE = 8;

export function encodeMprCredentialsEx1(v: MprCredentialsEx1): Uint8Array {
  const out = new Uint8Array(MPR_CREDENTIALSEX_1_HEADER_SIZE + v.bData.length);
  writeU32(out, 0, v.bData.length, 'MPR_CREDENTIALSEX_1', 'dwSize');
  writeU32(out, 4, MPR_CREDENTIALSEX_1_HEADER_SIZE, 'MPR_CREDENTIALSEX_1', 'dwOffset');
  out.set(v.bData, MPR_CREDENTIALSEX_1_HEADER_SIZE);
  return out;
}

export function decodeMprCredentialsEx1(
  b: Uint8Array,
  limits: BlobLimits = DEFAULT_BLOB_LIMITS,
): MprCredentialsEx1 {
  const S = 'MPR_CREDENTIALSEX_1';
  need(b, 0, MPR_CREDENTIALSEX_1_HEADER_SIZE, S);
  const dwSize = readU32(b, 0);
  const dwOffset = readU32(b, 4);
  if (dwSize === 0) return { bData: new Uint8Array(0) };
  if (dwSize > limits.maxBytes) throw new RrasBlobError('limit', S, `dwSize ${dwSize}`, 'dwSize');
  if (dwOffset < MPR_CREDENTIALSEX_1_HEADER_SIZE || dwOffset > b.length) {
    throw new RrasBlobError('out-of-bounds', S, `dwOffset ${dwOffset}`, 'dwOffset');
  }
  need(b, dwOffset, dwSize, S, 'bData');
  return { bData: b.slice(dwOffset, dwOffset + dwSize) };
}
