/**
 * Discriminated unions ([C706] 14.3.8; [MS-RPCE] 2.2.4.5 and 2.2.5.3.4.x for NDR64). The JS value is
 * `{ tag, value }`; the discriminant always travels just before the arm — inside the union for
 * encapsulated unions, and as the `[switch_type]` value MIDL puts in front of a non-encapsulated one.
 */
import { NdrError } from './errors.js';
import { defineType, type Codec, type NdrType } from './types.js';

export interface UnionValue<T = unknown> {
  tag: number;
  value: T;
}

export interface UnionSpec {
  discriminant: NdrType<number>;
  /** null = empty arm. */
  arms: Record<number, NdrType<unknown> | null>;
  /** `[default]` arm; undefined = no default (unknown tags are rejected), null = empty default. */
  default?: NdrType<unknown> | null;
  encapsulated?: boolean;
  name?: string;
}

export function union(spec: UnionSpec): NdrType<UnionValue> {
  return defineType<UnionValue>(
    'union',
    (syntax) => {
      const d = spec.discriminant.codec(syntax);
      const arms = new Map<number, Codec | null>();
      for (const [k, t] of Object.entries(spec.arms)) arms.set(Number(k), t ? t.codec(syntax) : null);
      const dflt =
        spec.default === undefined ? undefined : spec.default === null ? null : spec.default.codec(syntax);
      const all = [...arms.values(), dflt].filter((c): c is Codec => !!c);
      for (const c of all) if (c.conformance) throw new Error('ndr union: an arm cannot be conformant');
      const armAlign = all.reduce((a, c) => Math.max(a, c.align), 1);
      const align = Math.max(d.align, armAlign);
      // NDR64 aligns the whole union to max(discriminant, arms) and its arm to the largest arm
      // alignment ([MS-RPCE] 2.2.5.3.4.x; ms_union is ignored there, 2.2.4.5). NDR20 does the same for
      // encapsulated unions, which are laid out like a struct ([C706] 14.3.8); a non-encapsulated NDR20
      // arm keeps its own alignment (no ms_union).
      const alignWhole = syntax === 'ndr64' || spec.encapsulated === true;
      const hasBuffers = all.some((c) => c.hasBuffers);
      const armFor = (tag: unknown, at: number): Codec | null => {
        const c = arms.get(tag as number);
        if (c !== undefined) return c;
        if (dflt !== undefined) return dflt;
        throw new NdrError('tag', at, `union ${spec.name ?? ''} has no arm for tag ${String(tag)}`);
      };
      return {
        align: alignWhole ? align : d.align,
        minSize: d.minSize,
        hasBuffers,
        conformance: null,
        encScalars(w, v, scope) {
          const u = v as UnionValue;
          if (alignWhole) w.align(align);
          const arm = armFor(u.tag, w.pos);
          d.encScalars(w, u.tag, scope);
          // Padding only ever precedes data: an empty arm adds none.
          if (arm) {
            if (alignWhole) w.align(armAlign);
            arm.encScalars(w, u.value, scope);
          }
        },
        encBuffers(w, v, scope) {
          const u = v as UnionValue;
          const arm = armFor(u.tag, w.pos);
          if (arm && arm.hasBuffers) arm.encBuffers(w, u.value, scope);
        },
        decScalars(r, scope): UnionValue {
          if (alignWhole) r.align(align);
          const at = r.pos;
          const tag = d.decScalars(r, scope) as number;
          const arm = armFor(tag, at);
          if (!arm) return { tag, value: null };
          if (alignWhole) r.align(armAlign);
          return { tag, value: arm.decScalars(r, scope) };
        },
        decBuffers(r, v, scope) {
          const u = v as UnionValue;
          const arm = armFor(u.tag, r.pos);
          if (arm && arm.hasBuffers) u.value = arm.decBuffers(r, u.value, scope);
          return u;
        },
      };
    },
    { name: spec.name },
  );
}
