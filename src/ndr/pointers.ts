/**
 * Pointers ([C706] 14.3.10–14.3.12; [MS-RPCE] 2.2.5.3.3 for NDR64's 8-byte referent ids).
 *
 * In place a pointer is its referent id (0 = NULL); the referent itself is deferred to the buffers
 * phase of the enclosing construct, where it is written as its own scalars then its own deferred
 * referents — depth first, like MIDL and pidl. A top-level `[ref]` parameter has no referent id at
 * all: params.ts unwraps it (see `topLevelRefTarget`).
 */
import { NdrError } from './errors.js';
import type { NdrReader } from './reader.js';
import { countSize, defineType, type Codec, type NdrType, type Scope } from './types.js';
import type { NdrWriter } from './writer.js';

export type PointerKind = 'ref' | 'unique' | 'full';

export interface PointerType<T> extends NdrType<T> {
  readonly kind: 'pointer';
  readonly pointerKind: PointerKind;
  readonly target: NdrType<unknown>;
}

export function pointer<T>(kind: 'ref', target: NdrType<T>): NdrType<T>;
export function pointer<T>(kind: 'unique' | 'full', target: NdrType<T>): NdrType<T | null>;
export function pointer<T>(kind: PointerKind, target: NdrType<T>): NdrType<T | null> {
  const t = defineType<T | null>(
    'pointer',
    (syntax) => {
      // The target compiles on first use so recursive types (via lazy()) terminate.
      let targetCodec: Codec | undefined;
      const tc = (): Codec => (targetCodec ??= target.codec(syntax));
      const full = kind === 'full';
      // A [ref] pointer is transparent in JS, so for `[ref] T**` a null value is the inner pointer's NULL.
      const ref = kind === 'ref' && target.kind !== 'pointer';

      const encReferent = (w: NdrWriter, v: unknown, scope: Scope): void => {
        if (++w.depth > w.maxDepth)
          throw new NdrError('depth', w.pos, `pointers nested deeper than ${w.maxDepth}`);
        const c = tc();
        c.encScalars(w, v, scope);
        if (c.hasBuffers) c.encBuffers(w, v, scope);
        w.depth--;
      };
      const decReferent = (r: NdrReader, id: number, scope: Scope): unknown => {
        if (++r.depth > r.limits.maxDepth) {
          throw new NdrError('depth', r.pos, `pointers nested deeper than ${r.limits.maxDepth}`);
        }
        const c = tc();
        let v = c.decScalars(r, scope);
        // A full pointer's value is registered before its own referents, so a cycle back to it aliases.
        if (full) r.fullPointers.set(id, v);
        if (c.hasBuffers) {
          v = c.decBuffers(r, v, scope);
          if (full) r.fullPointers.set(id, v);
        }
        r.depth--;
        return v;
      };

      const codec: Codec = {
        align: countSize(syntax),
        minSize: countSize(syntax),
        hasBuffers: true,
        conformance: null,
        encScalars(w, v) {
          if (v === null || v === undefined) {
            if (ref) throw new NdrError('null-ref', w.pos, 'NULL [ref] pointer');
            w.referent(0);
            return;
          }
          if (full && typeof v === 'object') {
            let ids = w.fullPointerIds.get(tc());
            if (!ids) w.fullPointerIds.set(tc(), (ids = new Map()));
            const known = ids.get(v);
            if (known !== undefined) {
              w.referent(known);
              return;
            }
            const id = w.newReferentId();
            ids.set(v, id);
            w.referent(id);
            return;
          }
          w.referent(w.newReferentId());
        },
        encBuffers(w, v, scope) {
          if (v === null || v === undefined) return;
          if (full && typeof v === 'object') {
            // An aliased referent travels once, at its first occurrence in marshalling order ([C706] 14.3.11.2).
            let emitted = w.fullPointerEmitted.get(tc());
            if (!emitted) w.fullPointerEmitted.set(tc(), (emitted = new Set()));
            if (emitted.has(v)) return;
            emitted.add(v);
          }
          encReferent(w, v, scope);
        },
        decScalars(r) {
          const at = r.pos;
          const id = r.referent();
          if (id === 0) {
            if (ref) throw new NdrError('null-ref', at, 'NULL [ref] pointer');
            return null;
          }
          return id;
        },
        decBuffers(r, v, scope) {
          if (v === null) return null;
          const id = v as number;
          if (full) {
            if (r.fullPointers.has(id)) return r.fullPointers.get(id);
          }
          return decReferent(r, id, scope);
        },
      };
      return codec;
    },
    { pointerKind: kind, target },
  );
  return t;
}

export function isPointerType(t: NdrType<unknown>): t is PointerType<unknown> {
  return t.kind === 'pointer';
}

/** For a top-level `[ref]` parameter: the type marshalled in its place (no referent id). */
export function topLevelRefTarget(t: NdrType<unknown>): NdrType<unknown> | null {
  return isPointerType(t) && t.pointerKind === 'ref' ? t.target : null;
}
