/**
 * Top level: a call's parameters, each its own construct — its scalars, then its deferred
 * referents, before the next parameter ([C706] 14.3.12.3). A top-level `[ref]` pointer has no
 * referent id; its referent is marshalled in the parameter's place.
 */
import { NdrError, resolveLimits, type NdrLimits } from './errors.js';
import { topLevelRefTarget } from './pointers.js';
import { NdrReader } from './reader.js';
import type { Codec, NdrSyntax, NdrType, Scope } from './types.js';
import { NdrWriter } from './writer.js';

/** A parameter to decode, optionally named so later parameters' expressions can refer to it. */
export type ParamType = NdrType<unknown> | readonly [name: string, type: NdrType<unknown>];

export interface DecodeOptions {
  littleEndian?: boolean;
  limits?: Partial<NdrLimits>;
  scope?: Scope;
}

function paramCodec(t: NdrType<unknown>, syntax: NdrSyntax): { codec: Codec; topRef: boolean } {
  const target = topLevelRefTarget(t);
  return target
    ? { codec: target.codec(syntax), topRef: target.kind !== 'pointer' }
    : { codec: t.codec(syntax), topRef: false };
}

/** Non-NdrErrors out of a codec mean a malformed value or stub; the caller only ever sees NdrError. */
function asNdrError(e: unknown, offset: number): NdrError {
  if (e instanceof NdrError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new NdrError(e instanceof RangeError ? 'limit' : 'invalid', offset, msg, { cause: e });
}

export interface EncodeOptions {
  /** maxBytes bounds the output, maxDepth the pointer nesting (a cyclic value through unique pointers). */
  limits?: Partial<NdrLimits>;
}

export function encodeParams(
  syntax: NdrSyntax,
  params: readonly (readonly [NdrType<unknown>, unknown])[],
  scope: Scope = {},
  opts: EncodeOptions = {},
): Uint8Array {
  const limits = resolveLimits(opts.limits);
  const w = new NdrWriter(syntax, { maxBytes: limits.maxBytes, maxDepth: limits.maxDepth });
  try {
    for (const [t, v] of params) {
      const { codec, topRef } = paramCodec(t, syntax);
      if (topRef && (v === null || v === undefined))
        throw new NdrError('null-ref', w.pos, 'NULL [ref] parameter');
      codec.encScalars(w, v, scope);
      if (codec.hasBuffers) codec.encBuffers(w, v, scope);
    }
  } catch (e) {
    throw asNdrError(e, w.pos);
  }
  return w.finish();
}

export function decodeParamsWithOffset(
  bytes: Uint8Array,
  syntax: NdrSyntax,
  types: readonly ParamType[],
  opts: DecodeOptions = {},
): { values: unknown[]; offset: number } {
  const r = new NdrReader(bytes, syntax, opts);
  const scope: Scope = { ...opts.scope };
  const values: unknown[] = [];
  try {
    for (const p of types) {
      const [name, t] = Array.isArray(p)
        ? (p as readonly [string, NdrType<unknown>])
        : [undefined, p as NdrType<unknown>];
      const { codec } = paramCodec(t, syntax);
      let v = codec.decScalars(r, scope);
      if (codec.hasBuffers) v = codec.decBuffers(r, v, scope);
      values.push(v);
      if (name !== undefined) scope[name] = v;
    }
  } catch (e) {
    throw asNdrError(e, r.pos);
  }
  return { values, offset: r.pos };
}

export function decodeParams(
  bytes: Uint8Array,
  syntax: NdrSyntax,
  types: readonly ParamType[],
  opts: DecodeOptions = {},
): unknown[] {
  return decodeParamsWithOffset(bytes, syntax, types, opts).values;
}

export function encode<T>(
  syntax: NdrSyntax,
  type: NdrType<T>,
  value: T,
  opts: EncodeOptions = {},
): Uint8Array {
  return encodeParams(syntax, [[type, value]], {}, opts);
}

export function decode<T>(
  bytes: Uint8Array,
  syntax: NdrSyntax,
  type: NdrType<T>,
  opts: DecodeOptions = {},
): T {
  return decodeParams(bytes, syntax, [type], opts)[0] as T;
}

/**
 * Reads the 4-byte data representation label of a PDU ([C706] 14.1; [MS-RPCE] 2.2.2.x): integer
 * order from byte 0's high nibble (0 big, 1 little), character set from its low nibble (0 ASCII),
 * float format from byte 1 (0 IEEE). Anything but ASCII and IEEE is refused.
 */
export function parseDataRepresentation(drep: Uint8Array): { littleEndian: boolean } {
  if (drep.length < 2) throw new NdrError('eof', 0, 'data representation needs 2 bytes');
  const intRep = drep[0]! >> 4;
  const charRep = drep[0]! & 0x0f;
  if (intRep > 1) throw new NdrError('invalid', 0, `unknown integer representation ${intRep}`);
  if (charRep !== 0) throw new NdrError('invalid', 0, 'EBCDIC character representation is not supported');
  if (drep[1] !== 0) throw new NdrError('invalid', 1, `non-IEEE float representation ${drep[1]}`);
  return { littleEndian: intRep === 1 };
}
