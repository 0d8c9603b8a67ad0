/**
 * Windows compares cluster object names ordinally ignoring case: each UTF-16 code unit is
 * upper-cased on its own (no locale, no length-changing special casing such as ß → SS).
 */
export function foldName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    const up = ch.toUpperCase();
    out += up.length === 1 ? up : ch;
  }
  return out;
}

export function sameName(a: string, b: string): boolean {
  return a.length === b.length && foldName(a) === foldName(b);
}

/** Longest object name accepted, in UTF-16 code units (node and cluster names: 63, see [MS-CMRP] 3.1.4.2). */
export const MAX_OBJECT_NAME = 256;
export const MAX_COMPUTER_NAME = 63;
