/**
 * Structures ([C706] 14.3.6–14.3.7; [MS-RPCE] 2.2.5.3.4 for NDR64), `[range]` and lazy references.
 *
 * Each struct is compiled once per syntax into straight-line JS (new Function), so encoding and
 * decoding walk no descriptor tree per value and every object is built with one fixed shape.
 */
import { NdrError } from './errors.js';
import type { NdrReader } from './reader.js';
import {
  defineType,
  type Codec,
  type ConformanceCodec,
  type NdrSyntax,
  type NdrType,
  type Scope,
} from './types.js';
import type { NdrWriter } from './writer.js';

type FieldList = readonly (readonly [string, NdrType<unknown>])[];

type EncFn = (w: NdrWriter, v: unknown, scope: Scope) => void;
type DecFieldsFn = (r: NdrReader, maxCount: number, at: number) => Record<string, unknown>;
type DecBuffersFn = (r: NdrReader, v: unknown, scope: Scope) => unknown;

const IDENT_OK = /^[A-Za-z_$][\w$]*$/;

export function struct<T>(
  name: string,
  fields: readonly (readonly [keyof T & string, NdrType<unknown>])[],
): NdrType<T> {
  for (const [f] of fields) {
    if (!IDENT_OK.test(f) || f === '__proto__')
      throw new Error(`ndr struct ${name}: bad field name ${JSON.stringify(f)}`);
  }
  return defineType<T>('struct', (syntax) => compileStruct(name, fields as FieldList, syntax), { name });
}

function compileStruct(name: string, fields: FieldList, syntax: NdrSyntax): Codec {
  const ndr64 = syntax === 'ndr64';
  const codecs = fields.map(([, t]) => t.codec(syntax));
  const keys = fields.map(([k]) => JSON.stringify(k));
  const n = codecs.length;
  const tail = n > 0 ? codecs[n - 1]!.conformance : null;
  for (let i = 0; i < n - 1; i++) {
    if (codecs[i]!.conformance) throw new Error(`ndr struct ${name}: only the last member may be conformant`);
  }
  // A struct aligns to its most-aligned member ([C706] 14.3.7; [MS-RPCE] 2.2.5.3.4); a conformant tail
  // contributes the alignment of what stays in place, its max_count having been hoisted.
  let align = 1;
  let minSize = 0;
  codecs.forEach((c, i) => {
    align = Math.max(align, i === n - 1 && tail ? tail.bodyAlign : c.align);
    minSize += c.minSize;
  });
  // NDR64 pads every struct to a multiple of its alignment ([MS-RPCE] 2.2.5.3.4.1: "the size of the
  // structure MUST be a multiple of its alignment"); like pidl's ndr_push_trailer_align this also
  // applies after a conformant or varying tail.
  const trailingPad = ndr64 && align > 1;
  const withBuffers = codecs.map((c, i) => (c.hasBuffers ? i : -1)).filter((i) => i >= 0);
  const inPlace = tail ? n - 1 : n;

  const enc: string[] = [`w.align(${align});`];
  const dec: string[] = [
    `r.align(${align});`,
    `const o = {${keys.map((k) => `${k}: undefined`).join(', ')}};`,
  ];
  for (let i = 0; i < inPlace; i++) {
    const rw = codecs[i]!.rw;
    enc.push(rw ? `w.${rw}(v[${keys[i]}]);` : `c${i}.encScalars(w, v[${keys[i]}], v);`);
    dec.push(rw ? `o[${keys[i]}] = r.${rw}();` : `o[${keys[i]}] = c${i}.decScalars(r, o);`);
  }
  if (tail) {
    enc.push(`tail.encBody(w, v[${keys[n - 1]}], v);`);
    dec.push(`o[${keys[n - 1]}] = tail.decBody(r, o, mc, at);`);
  }
  if (trailingPad) {
    enc.push(`w.align(${align});`);
    dec.push(`r.align(${align});`);
  }
  dec.push('return o;');
  const encBuf = withBuffers.map((i) => `c${i}.encBuffers(w, v[${keys[i]}], v);`);
  const decBuf = withBuffers.map((i) => `v[${keys[i]}] = c${i}.decBuffers(r, v[${keys[i]}], v);`);
  decBuf.push('return v;');

  const prelude = codecs.map((_, i) => `const c${i} = c[${i}];`).join('\n');
  const factory = new Function(
    'c',
    'tail',
    `${prelude}
    return {
      encFields(w, v) { ${enc.join('\n')} },
      decFields(r, mc, at) { ${dec.join('\n')} },
      encBuffers(w, v) { ${encBuf.join('\n')} },
      decBuffers(r, v) { ${decBuf.join('\n')} },
    };`,
  ) as (
    c: Codec[],
    tail: ConformanceCodec | null,
  ) => { encFields: EncFn; decFields: DecFieldsFn; encBuffers: EncFn; decBuffers: DecBuffersFn };
  const gen = factory(codecs, tail);
  const lastKey = n > 0 ? fields[n - 1]![0] : '';

  const conformance: ConformanceCodec | null = tail
    ? {
        bodyAlign: align,
        encConformance: (w, v) => tail.encConformance(w, (v as Record<string, unknown>)[lastKey], v as Scope),
        encBody: gen.encFields,
        decConformance: (r) => tail.decConformance(r),
        decBody: (r, _scope, mc, at) => gen.decFields(r, mc, at),
      }
    : null;

  return {
    align,
    minSize,
    hasBuffers: withBuffers.length > 0,
    conformance,
    // A conformant struct on its own (parameter, pointee) carries its max_count first ([C706] 14.3.7.2).
    encScalars: tail
      ? (w, v, scope) => {
          conformance!.encConformance(w, v, scope);
          gen.encFields(w, v, scope);
        }
      : gen.encFields,
    decScalars: tail
      ? (r) => {
          const at = r.pos;
          return gen.decFields(r, tail.decConformance(r), at);
        }
      : (r) => gen.decFields(r, 0, r.pos),
    encBuffers: gen.encBuffers,
    decBuffers: gen.decBuffers,
  };
}

/** `[range(min, max)] T`: checked on encode and on decode ([MS-RPCE] 2.2.4.2 / 3.1.1.5.3). */
export function range<T extends number | bigint>(t: NdrType<T>, min: number, max: number): NdrType<T> {
  return defineType<T>('range', (syntax) => {
    const c = t.codec(syntax);
    const check = (v: unknown, at: number): void => {
      if (typeof v !== 'number' && typeof v !== 'bigint') return;
      if (v < min || v > max) throw new NdrError('range', at, `${String(v)} outside [${min}, ${max}]`);
    };
    return {
      ...c,
      rw: undefined,
      encScalars: (w, v, scope) => {
        check(v, w.pos);
        c.encScalars(w, v, scope);
      },
      decScalars: (r, scope) => {
        const at = r.pos;
        const v = c.decScalars(r, scope);
        check(v, at);
        return v;
      },
    };
  });
}

/**
 * Forward reference for recursive types (a list node pointing at its own type). Only usable as a
 * pointer target: the pointer compiles its target on first use, which breaks the cycle.
 */
export function lazy<T>(get: () => NdrType<T>): NdrType<T> {
  return defineType<T>('lazy', (syntax) => get().codec(syntax));
}
