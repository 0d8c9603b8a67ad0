/**
 * Endpoint mapper values that are semantics rather than wire layout ([C706] App. O, rpcdce.h): the
 * generated code in epm.gen.ts describes the NDR, these say what the numbers and bytes mean.
 */
import { EpmSyntax } from './epm.gen.js';

export const EPM_SYNTAX = EpmSyntax;

/** RPC_C_EP_* inquiry types (rpcdce.h, [C706] App. O). */
export const InquiryType = { ALL_ELTS: 0, MATCH_BY_IF: 1, MATCH_BY_OBJ: 2, MATCH_BY_BOTH: 3 } as const;
/** RPC_C_VERS_* options (rpcdce.h: 1..5; Samba's epmapper.idl numbers them 0..4, so 0 also means "all"). */
export const VersOption = { ALL: 1, COMPATIBLE: 2, EXACT: 3, MAJOR_ONLY: 4, UPTO: 5 } as const;

/** The `[range(0, 500)]` of max_towers / max_ents ([MS-RPCE] 2.2.1.2). */
export const MAX_TOWERS = 500;
export const MAX_ENTS = 500;
/** ept_max_annotation_size ([C706] App. O): 64 chars including the NUL. */
export const ANNOTATION_SIZE = 64;

/** An annotation as the `[string] char annotation[64]` bytes: 7-bit, cut to fit, NUL-terminated. */
export function annotationBytes(text: string): Uint8Array {
  const s = text.slice(0, ANNOTATION_SIZE - 1);
  const out = new Uint8Array(s.length + 1);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}

export function annotationText(bytes: Uint8Array): string {
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  let s = '';
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
