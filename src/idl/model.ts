/**
 * The resolved model the emitter walks: every name looked up, every constant evaluated,
 * every pointer given its kind, every method its opnum. Correlation expressions (size_is …)
 * stay expressions over field / parameter names, with named constants folded to numbers.
 */
import type { SourcePos } from './errors.js';
import type { Expr } from './expr.js';

export type PrimKind =
  | 'i8'
  | 'u8'
  | 'char'
  | 'byte'
  | 'boolean'
  | 'i16'
  | 'u16'
  | 'wchar'
  | 'i32'
  | 'u32'
  | 'i64'
  | 'u64'
  | 'int3264'
  | 'uint3264'
  | 'f32'
  | 'f64'
  | 'errorStatus';

export type PointerKind = 'ref' | 'unique' | 'full';

/** Correlation attributes of one array level; each is an expression over sibling fields / params. */
export interface ArrayBounds {
  readonly size?: Expr;
  readonly max?: Expr;
  readonly length?: Expr;
  readonly first?: Expr;
  readonly last?: Expr;
}

export type TypeRef =
  | { readonly kind: 'prim'; readonly prim: PrimKind; readonly alias?: string }
  /** `void` as a return type, or the target of a `void*` that is not a context handle. */
  | { readonly kind: 'void' }
  /** handle_t (explicit binding handle): never on the wire. */
  | { readonly kind: 'handle'; readonly alias?: string }
  /** 20-byte context handle; `name` is its typedef (HCLUSTER_RPC …) for branded types, '' if none. */
  | { readonly kind: 'contextHandle'; readonly name: string; readonly strict: boolean }
  /** A struct, union or enum in IdlModel.types. */
  | { readonly kind: 'named'; readonly name: string; readonly alias?: string }
  | { readonly kind: 'pointer'; readonly ptr: PointerKind; readonly target: TypeRef }
  /**
   * fixed: T x[N]. conformant: max_count on the wire (size_is / max_is / `[]`).
   * varying: offset + actual_count on the wire (length_is / first_is / last_is).
   */
  | {
      readonly kind: 'array';
      readonly elem: TypeRef;
      readonly fixed?: number;
      readonly conformant: boolean;
      readonly varying: boolean;
      readonly bounds: ArrayBounds;
    }
  /** [string]: conformant-varying (or, with `fixed`, varying) NUL-terminated characters. */
  | { readonly kind: 'string'; readonly char: 'utf16' | 'ascii'; readonly fixed?: number; readonly bounds: ArrayBounds }
  | { readonly kind: 'range'; readonly base: TypeRef; readonly min: bigint; readonly max: bigint }
  /** A struct tag that is only ever declared, never defined (legal C, not marshalable). */
  | { readonly kind: 'incomplete'; readonly name: string };

export interface FieldModel {
  readonly name: string;
  readonly type: TypeRef;
  /** [switch_is(expr)] for a non-encapsulated union member. */
  readonly switchIs?: Expr;
  /** Attributes that matter to code but not to the type (ignore, …). */
  readonly flags: readonly string[];
  readonly pos: SourcePos;
}

export interface StructModel {
  readonly kind: 'struct';
  readonly name: string;
  readonly fields: readonly FieldModel[];
  readonly pos: SourcePos;
}

export interface UnionArmModel {
  readonly cases: readonly bigint[];
  readonly isDefault: boolean;
  /** null: an empty arm. */
  readonly field: FieldModel | null;
}

export interface UnionModel {
  readonly kind: 'union';
  readonly name: string;
  /** Encapsulated (`union switch (T d) u {...}`): discriminant marshalled inside the union. */
  readonly encapsulated?: { readonly discriminantName: string; readonly discriminantType: TypeRef; readonly armsName?: string };
  /**
   * Non-encapsulated: the [switch_type(T)] type. Absent when the IDL gives none; the
   * discriminant then has the type of the field / parameter named by switch_is.
   */
  readonly switchType?: TypeRef;
  readonly arms: readonly UnionArmModel[];
  /** A plain C union (no discriminant): only valid in non-wire (blob) structures. */
  readonly cUnion: boolean;
  readonly pos: SourcePos;
}

export interface EnumModel {
  readonly kind: 'enum';
  readonly name: string;
  /** [v1_enum]: 32-bit on NDR20 too. */
  readonly v1: boolean;
  readonly members: readonly { readonly name: string; readonly value: bigint }[];
  readonly pos: SourcePos;
}

export type NamedType = StructModel | UnionModel | EnumModel;

export type Direction = 'in' | 'out' | 'inout';

export interface ParamModel {
  readonly name: string;
  readonly direction: Direction;
  readonly type: TypeRef;
  /** false for handle_t (explicit binding handle): it has no bytes in the stub. */
  readonly onWire: boolean;
  readonly switchIs?: Expr;
  readonly pos: SourcePos;
}

/** method: a real operation. notUsedOnWire / reserved: placeholder slots (answer op_rng_error). */
export type MethodKind = 'method' | 'notUsedOnWire' | 'reserved';

export interface MethodModel {
  readonly name: string;
  readonly opnum: number;
  readonly kind: MethodKind;
  /** null for void. */
  readonly returns: TypeRef | null;
  readonly params: readonly ParamModel[];
  readonly attrs: readonly string[];
  readonly pos: SourcePos;
}

export interface InterfaceModel {
  readonly name: string;
  readonly uuid: string;
  readonly version: { readonly major: number; readonly minor: number };
  readonly pointerDefault: PointerKind;
  /** Base interface for DCOM ([object]) interfaces; inherited methods come first in opnum order. */
  readonly base?: string;
  readonly object: boolean;
  readonly methods: readonly MethodModel[];
  readonly file: string;
  readonly pos: SourcePos;
}

export interface ConstModel {
  readonly name: string;
  readonly value: bigint;
  readonly pos: SourcePos;
}

export interface IdlModel {
  /** Files read, entry file first then imports in load order. */
  readonly files: readonly string[];
  /** Patch files applied while loading. */
  readonly patches: readonly { readonly file: string; readonly target: string }[];
  readonly interfaces: readonly InterfaceModel[];
  readonly types: ReadonlyMap<string, NamedType>;
  readonly constants: ReadonlyMap<string, ConstModel>;
  /** Every typedef name → its resolved type in an embedded (non-parameter) position. */
  readonly typedefs: ReadonlyMap<string, TypeRef>;
}
