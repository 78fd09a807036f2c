// The abstract syntax tree: the parser's output and the symbol table's and compiler's input.
//
// It mirrors CPython 3.11's `ast` module one to one, so that the Python Language Reference and
// `python3 -c "import ast; print(ast.dump(ast.parse(src), include_attributes=True))"` are its
// documentation: every node is a plain object tagged by `kind` (the CPython class name), with
// CPython's field names and optionality. Operators, boolean operators, comparison operators and
// expression contexts are string literals named after their CPython classes.
//
// One deliberate difference: `col_offset`/`end_col_offset` count code points, not UTF-8 bytes as
// CPython's do, because the host works on JS strings. Lines are 1-based, columns 0-based.
// Constants carry their Python type explicitly (`ConstValue`), since a JS number cannot tell
// `1` from `1.0`.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A Python constant. int is a bigint so that literals of any size survive parsing. */
export type ConstValue =
  | { type: 'None' }
  | { type: 'bool'; value: boolean }
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'complex'; real: number; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: Uint8Array }
  | { type: 'Ellipsis' }
  | { type: 'tuple'; items: ConstValue[] }      // only made by the compiler's constant folding
  | { type: 'frozenset'; items: ConstValue[] };  // likewise (x in {1, 2} -> frozenset)

export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type BoolOperator = 'And' | 'Or';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export type ExprContext = 'Load' | 'Store' | 'Del';

export interface Module { kind: 'Module'; body: Stmt[]; type_ignores: [] }
/** compile(..., 'eval'): one expression. */
export interface Expression { kind: 'Expression'; body: Expr }
/** compile(..., 'single'): the statements of one interactive input (expression values are displayed). */
export interface Interactive { kind: 'Interactive'; body: Stmt[] }
/** What each compile() mode parses into (CPython's mod type). */
export type Mod = Module | Expression | Interactive;

// ---- statements ----
export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface FunctionDef extends Pos {
  kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Pos {
  kind: 'AsyncFunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Name | Attribute | Subscript; op: Operator; value: Expr }
export interface AnnAssign extends Pos {
  kind: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: number;
}
export interface For extends Pos {
  kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Pos {
  kind: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Pos { kind: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface Match extends Pos { kind: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Pos {
  kind: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
/** CPython's `ast.Expr` statement; renamed here because `Expr` is the expression union. */
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

// ---- expressions ----
export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | List | Tuple
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call
  | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred | Name | Slice;

export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** keys[i] is null for a `**mapping` entry. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { kind: 'Await'; value: Expr }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (the code points, as in CPython). */
export interface FormattedValue extends Pos {
  kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
/** kind is 'u' for a u-prefixed string literal, else null (CPython's Constant.kind). */
export interface Constant extends Pos { kind: 'Constant'; value: ConstValue; strKind: 'u' | null }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

// ---- the rest ----
export interface Comprehension { kind: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  /** One per kwonlyarg; null where that argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last len(defaults) positional parameters (posonlyargs + args). */
  defaults: Expr[];
}
export interface Arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
/** arg is null for `**mapping`. */
export interface Keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { kind: 'alias'; name: string; asname: string | null }
export interface WithItem { kind: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { kind: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;
export interface MatchValue extends Pos { kind: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Pos { kind: 'MatchSingleton'; value: ConstValue }
export interface MatchSequence extends Pos { kind: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Pos { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  kind: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Pos { kind: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { kind: 'MatchOr'; patterns: Pattern[] }
