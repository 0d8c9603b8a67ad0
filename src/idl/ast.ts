/**
 * Syntax tree straight out of the parser: names are not looked up yet, expressions are not
 * evaluated. The resolver turns it into the model in model.ts.
 */
import type { SourcePos } from './errors.js';
import type { Expr } from './expr.js';

export interface Attribute {
  readonly name: string;
  /** Parenthesised arguments; `null` marks an empty slot as in `size_is(, *n)`. */
  readonly args?: readonly (Expr | null)[];
  /** uuid(...) and version(...) keep their text verbatim (a uuid is not an expression). */
  readonly raw?: string;
  /** switch_type(T) and similar take a type. */
  readonly typeArg?: TypeSpec;
  readonly pos: SourcePos;
}

export type TypeSpec =
  | { readonly kind: 'base'; readonly name: string; readonly isConst: boolean; readonly pos: SourcePos }
  | { readonly kind: 'name'; readonly name: string; readonly isConst: boolean; readonly pos: SourcePos }
  | StructSpec
  | UnionSpec
  | EnumSpec;

export interface StructSpec {
  readonly kind: 'struct';
  readonly tag?: string;
  /** undefined: a reference `struct tag` to a struct defined elsewhere. */
  readonly fields?: readonly Field[];
  readonly isConst: boolean;
  readonly pos: SourcePos;
}

export interface UnionSpec {
  readonly kind: 'union';
  readonly tag?: string;
  /** Encapsulated union: `union T switch (type name) armsName { case ...: }`. */
  readonly switch?: { readonly type: TypeSpec; readonly name: string; readonly pos: SourcePos };
  readonly armsName?: string;
  readonly arms?: readonly UnionArm[];
  readonly isConst: boolean;
  readonly pos: SourcePos;
}

export interface UnionArm {
  /** Case labels; empty with isDefault=false means a C union member (no discriminant). */
  readonly cases: readonly Expr[];
  readonly isDefault: boolean;
  /** null: an empty arm (`[default] ;`, `case 3: ;`). */
  readonly field: Field | null;
  readonly pos: SourcePos;
}

export interface EnumSpec {
  readonly kind: 'enum';
  readonly tag?: string;
  readonly members?: readonly EnumMember[];
  readonly isConst: boolean;
  readonly pos: SourcePos;
}

export interface EnumMember {
  readonly name: string;
  readonly value?: Expr;
  readonly pos: SourcePos;
}

export interface PointerLevel {
  readonly isConst: boolean;
  readonly pos: SourcePos;
}

/** `*const *name[3][]`: pointers apply first, then array dimensions outermost-first. */
export interface Declarator {
  readonly name?: string;
  readonly pointers: readonly PointerLevel[];
  /** Each dimension: expression, null for `[]`, '*' for `[*]`. */
  readonly arrays: readonly (Expr | null | '*')[];
  readonly pos: SourcePos;
}

export interface Field {
  readonly attrs: readonly Attribute[];
  readonly type: TypeSpec;
  readonly declarator: Declarator;
  readonly pos: SourcePos;
}

export interface TypedefDecl {
  readonly kind: 'typedef';
  readonly attrs: readonly Attribute[];
  readonly type: TypeSpec;
  readonly declarators: readonly Declarator[];
  readonly pos: SourcePos;
}

/** `struct X { ... };` / `enum E { ... };` without typedef. */
export interface TypeDecl {
  readonly kind: 'typedecl';
  readonly type: StructSpec | UnionSpec | EnumSpec;
  readonly pos: SourcePos;
}

export interface ConstDecl {
  readonly kind: 'const';
  readonly type: TypeSpec;
  readonly declarator: Declarator;
  readonly value: Expr;
  readonly pos: SourcePos;
}

export interface ImportDecl {
  readonly kind: 'import';
  readonly files: readonly { readonly name: string; readonly pos: SourcePos }[];
  readonly pos: SourcePos;
}

export interface Param {
  readonly attrs: readonly Attribute[];
  readonly type: TypeSpec;
  readonly declarator: Declarator;
  readonly pos: SourcePos;
}

export interface MethodDecl {
  readonly kind: 'method';
  readonly attrs: readonly Attribute[];
  readonly returnType: TypeSpec;
  readonly returnPointers: readonly PointerLevel[];
  readonly name: string;
  readonly params: readonly Param[];
  readonly pos: SourcePos;
}

export type InterfaceItem = TypedefDecl | TypeDecl | ConstDecl | ImportDecl | MethodDecl;

export interface InterfaceDecl {
  readonly kind: 'interface';
  readonly name: string;
  readonly base?: string;
  readonly attrs: readonly Attribute[];
  readonly items: readonly InterfaceItem[];
  readonly pos: SourcePos;
}

export type TopItem = InterfaceDecl | TypedefDecl | TypeDecl | ConstDecl | ImportDecl;

export interface IdlFile {
  readonly path: string;
  readonly items: readonly TopItem[];
}
