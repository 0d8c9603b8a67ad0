import type { NdrReader } from './reader.js';
import type { NdrWriter } from './writer.js';

export type NdrSyntax = 'ndr20' | 'ndr64';

/** The enclosing struct's fields, or the call's parameters: what IDL attribute expressions see. */
export type Scope = Record<string, unknown>;
/** An IDL attribute expression such as size_is(n): `s => s.n as number`. */
export type Expr = (scope: Scope) => number;

/**
 * The conformance part of a type that a containing struct hoists to its own start
 * ([C706] 14.3.7.2; [MS-RPCE] 2.2.5.3.4.2): max_count travels before the struct, the rest in place.
 */
export interface ConformanceCodec {
  /** Alignment of what stays in place (elements, or offset+actual_count for varying). */
  readonly bodyAlign: number;
  encConformance(w: NdrWriter, v: unknown, scope: Scope): void;
  encBody(w: NdrWriter, v: unknown, scope: Scope): void;
  /** Reads max_count only; correlation is checked in decBody once the scope is decoded. */
  decConformance(r: NdrReader): number;
  decBody(r: NdrReader, scope: Scope, maxCount: number, at: number): unknown;
}

/**
 * A descriptor compiled for one transfer syntax. Encoding/decoding is two-phase as NDR defers
 * pointees: `*Scalars` handles the construct in place (referent ids for pointers), `*Buffers`
 * then emits each pointer's referent in order, depth first ([C706] 14.3.12.3).
 */
export interface Codec {
  readonly align: number;
  /** Fewest bytes one value can occupy (used to bound wire counts before allocating). */
  readonly minSize: number;
  /** Whether any pointer is embedded, i.e. whether *Buffers does anything. */
  readonly hasBuffers: boolean;
  readonly conformance: ConformanceCodec | null;
  /** Set for single-byte integer types, which arrays carry as Uint8Array. */
  readonly byteSized?: boolean;
  /** Name of the NdrReader/NdrWriter method that handles this primitive, for generated struct code. */
  readonly rw?: string;
  encScalars(w: NdrWriter, v: unknown, scope: Scope): void;
  encBuffers(w: NdrWriter, v: unknown, scope: Scope): void;
  decScalars(r: NdrReader, scope: Scope): unknown;
  /** Returns the completed value (a pointer slot's referent id becomes the referent). */
  decBuffers(r: NdrReader, v: unknown, scope: Scope): unknown;
}

/** An NDR type descriptor; T is the JS value shape (see API.md). */
export interface NdrType<T> {
  readonly kind: string;
  readonly name?: string;
  codec(syntax: NdrSyntax): Codec;
  /** Phantom, for inference only; never set. */
  readonly __value?: T;
}

/** `u8` / `byte`: arrays of these are carried as Uint8Array (the array combinators' overloads say so). */
export interface ByteType extends NdrType<number> {
  readonly byteElements: true;
}

/** Wraps a per-syntax compiler, compiling each syntax at most once. */
export function defineType<T>(
  kind: string,
  compile: (syntax: NdrSyntax) => Codec,
  extra: Record<string, unknown> = {},
): NdrType<T> {
  let c20: Codec | undefined;
  let c64: Codec | undefined;
  return {
    ...extra,
    kind,
    codec(syntax: NdrSyntax): Codec {
      if (syntax === 'ndr64') return (c64 ??= compile(syntax));
      return (c20 ??= compile(syntax));
    },
  };
}

export function noBuffers(): void {}
export function sameValue(_r: NdrReader, v: unknown): unknown {
  return v;
}

/** Size of a conformance/variance count and of a referent id per syntax. */
export function countSize(syntax: NdrSyntax): number {
  return syntax === 'ndr64' ? 8 : 4;
}
