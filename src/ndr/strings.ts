/**
 * `[string]` arrays ([C706] 14.3.4; [MS-RPCE] 2.2.5.3.2.3): conformant-varying, the terminating NUL
 * counted in actual_count and present on the wire; offset is always 0.
 */
import { NdrError } from './errors.js';
import { countSize, defineType, type ConformanceCodec, type Expr, type NdrType } from './types.js';

export type StringKind = 'utf16' | 'ascii';

export function string(kind: StringKind, opts: { size?: Expr } = {}): NdrType<string> {
  return defineType<string>(`string:${kind}`, (syntax) => {
    const wide = kind === 'utf16';
    const unit = wide ? 2 : 1;
    const units = (v: unknown, at: number): number => {
      if (typeof v !== 'string') throw new NdrError('invalid', at, '[string] value must be a string');
      return v.length + 1;
    };
    const maxOf = (v: unknown, scope: Record<string, unknown>, at: number): number => {
      const n = units(v, at);
      const size = opts.size?.(scope);
      const max = typeof size === 'number' ? size : n;
      if (n > max) throw new NdrError('invalid', at, `string of ${n} units exceeds max_count ${max}`);
      return max;
    };
    const conformance: ConformanceCodec = {
      bodyAlign: countSize(syntax),
      encConformance(w, v, scope) {
        w.count(maxOf(v, scope, w.pos));
      },
      encBody(w, v) {
        const s = v as string;
        w.count(0);
        w.count(units(s, w.pos));
        if (wide) {
          w.utf16(s);
          w.u16(0);
        } else {
          for (let i = 0; i < s.length; i++) {
            if (s.charCodeAt(i) > 0xff)
              throw new NdrError('invalid', w.pos, 'non-8-bit char in [string] char*');
          }
          w.latin1(s);
          w.u8(0);
        }
      },
      decConformance(r) {
        return r.count();
      },
      decBody(r, scope, max, at) {
        const size = opts.size?.(scope);
        if (typeof size === 'number' && size !== max) {
          throw new NdrError('correlation', at, `max_count ${max} on the wire, ${size} expected`);
        }
        const varAt = r.pos;
        const offset = r.count();
        const actual = r.count();
        if (offset !== 0) throw new NdrError('invalid', varAt, `[string] offset ${offset} (must be 0)`);
        if (actual === 0) throw new NdrError('invalid', varAt, '[string] without terminating NUL');
        if (actual > max) throw new NdrError('invalid', varAt, `actual_count ${actual} > max_count ${max}`);
        r.checkCount(actual, unit, varAt);
        const s = wide ? r.utf16(actual - 1) : r.latin1(actual - 1);
        const termAt = r.pos;
        if ((wide ? r.u16() : r.u8()) !== 0)
          throw new NdrError('invalid', termAt, '[string] not NUL-terminated');
        return s;
      },
    };
    return {
      align: countSize(syntax),
      minSize: 3 * countSize(syntax) + unit,
      hasBuffers: false,
      conformance,
      encScalars(w, v, scope) {
        conformance.encConformance(w, v, scope);
        conformance.encBody(w, v, scope);
      },
      decScalars(r, scope) {
        const at = r.pos;
        return conformance.decBody(r, scope, r.count(), at);
      },
      encBuffers() {},
      decBuffers: (_r, v) => v,
    };
  });
}
