// The bytecode compiler: AST (src/ast.ts) + symbol table (src/symtable.ts) -> CodeObject.
//
// It generates code shaped like CPython 3.11's compile.c, so that `dis` output and, above all,
// the PEP 657 positions of every instruction match CPython's (tracebacks print carets from them).
// Differences from CPython, all forced by pyrite's opcode table: no RESUME/PRECALL/CACHE
// pseudo-words, PUSH_NULL is never folded into LOAD_GLOBAL, jumps are absolute, and loops close
// with an unconditional JUMP_BACKWARD (the only jump that checks the budget) instead of 3.11's
// inverted loop with a conditional backward jump.
//
// Technique. Each code object is built by a `Unit`: a linear list of instructions, with labels and
// pseudo instructions (LABEL, SETUP and POP_BLOCK of an exception handler, JUMP whose direction is
// not known yet, RESUME standing for CPython's first instruction). Exception handling follows
// CPython: SETUP pushes a handler on the unit's handler stack and POP_BLOCK pops it; every
// instruction records the handler on top when it is emitted, and a label takes over the handler
// stack of the jumps to it, which is what CPython's label_exception_targets computes on its CFG.
// `assembleUnit()` in assembler.ts then follows CPython's assemble() (basic blocks, the peephole
// rules that change what dis shows, the stack-depth flow walk, locations, and the layout of words,
// exception table, lines and positions); constant folding on the AST (ast_opt.c) is constfold.ts.
//
// Invariants: a unit's stack depth is the same along every path to an instruction (checked by the
// assembler's flow walk); conditional jumps only go forward (the optimizer never threads one
// backward); every block a jump targets exists (labels are placed before assembly).

import type * as A from './ast.js';
import type { ConstValue } from './ast.js';
import { Op } from './bytecode/op.gen.js';
import { NB, MF, FV } from './bytecode/opcodes.js';
import { FAST, CodeConst, CodeObject } from './bytecode/code.js';
import {
  buildSymbolTable, mangle, syntaxErrorAt, Scope, SymbolTable, SymScope, DEF_FREE_CLASS, DEF_IMPORT, Loc,
} from './symtable.js';
import * as M from './messages.js';
import { constRepr } from './bytecode/dis.js';
import {
  P_LABEL, P_SETUP, P_JUMP, P_RESUME, P_POPBLOCK, type Label, type Handler, type Instr, type AssemblyUnit,
  isTerminal, assembleUnit,
} from './assembler.js';
import { isConst, foldExpr, foldIter } from './constfold.js';

/** A SyntaxWarning the compiler reports (CPython's compiler_warn): its line and message. */
export interface CompileWarning {
  lineno: number;
  message: string;
}

/** Compiles a parsed module; throws PySyntaxError for compile-time errors. The SyntaxWarnings
 *  found are appended to `warnings` when given, in the order CPython issues them. */
export function compileModule(module: A.Module, filename: string, source: string, warnings?: CompileWarning[]): CodeObject {
  const future = checkFutureImports(module, filename, source);
  const st = buildSymbolTable(module, filename, source);
  const c = new Compiler(st, filename, source, future.line, future.annotations);
  const code = c.compileModule(module);
  if (warnings !== undefined) warnings.push(...c.warnings);
  return code;
}

/** CPython's check_is_arg: false for a constant whose identity `is` cannot sensibly test (any
 *  constant but None, True, False and Ellipsis, after constant folding: 1, -1, 'a', (1, 2)). */
function isIdentityOperand(e: A.Expr): boolean {
  const f = foldExpr(e);
  if (f.kind !== 'Constant') return true;
  const t = f.value.type;
  return t === 'None' || t === 'bool' || t === 'Ellipsis';
}

/**
 * compile()'s three modes (CPython's compiler_mod): a Module as compileModule does; an Expression
 * as code returning the expression's value; an Interactive input as a module body whose
 * expression statements at module level display their value (PRINT_EXPR) and which has no
 * docstring. `futureAnnotations`: compile()'s CO_FUTURE_ANNOTATIONS flag (given, or inherited
 * from the calling code), as if the source began with `from __future__ import annotations`.
 */
export function compileMod(mod: A.Mod, filename: string, source: string, futureAnnotations = false): CodeObject {
  // The symbol table and the future check see the statements of a module; an expression is
  // one expression statement.
  const body: A.Stmt[] = mod.kind === 'Expression'
    ? [{ kind: 'Expr', value: mod.body, lineno: mod.body.lineno, col_offset: mod.body.col_offset, end_lineno: mod.body.end_lineno, end_col_offset: mod.body.end_col_offset }]
    : mod.body;
  const asModule: A.Module = mod.kind === 'Module' ? mod : { kind: 'Module', body, type_ignores: [] };
  const future = mod.kind === 'Expression' ? { line: -1, annotations: false } : checkFutureImports(asModule, filename, source);
  const st = buildSymbolTable(asModule, filename, source);
  const c = new Compiler(st, filename, source, future.line, future.annotations || futureAnnotations);
  if (mod.kind === 'Module') return c.compileModule(asModule);
  if (mod.kind === 'Expression') return c.compileExpression(asModule, mod.body);
  return c.compileInteractive(asModule);
}

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/**
 * CPython's future.c: `from __future__ import x` statements at the top of the module (after an
 * optional docstring) must name known features. Returns the line of the last one (-1 if none);
 * the compiler rejects later ones. (The features themselves change nothing here: 3.11 has all of
 * them on except `annotations`, whose stringized annotations pyrite does not implement.)
 */
function checkFutureImports(mod: A.Module, filename: string, source: string): { line: number; annotations: boolean } {
  let futureLine = -1;
  let annotations = false;
  let foundDoc = false;
  for (const s of mod.body) {
    if (s.kind === 'ImportFrom' && s.module === '__future__') {
      for (const a of s.names) {
        if (a.name === 'annotations') annotations = true;
        if (FUTURE_FEATURES.has(a.name)) continue;
        const loc = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: s.col_offset };
        throw syntaxErrorAt(a.name === 'braces' ? M.FUTURE_BRACES : M.FUTURE_UNKNOWN(a.name), filename, source, loc);
      }
      futureLine = s.lineno;
      continue;
    }
    if (!foundDoc && futureLine < 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.type === 'str') {
      foundDoc = true;
      continue;
    }
    break;
  }
  return { line: futureLine, annotations };
}

// ---- instructions ----

/** CPython's "stack use guideline": above it, displays and calls are built incrementally. */
const STACK_USE_GUIDELINE = 30;

const FINALLY = { jumpPush: 1, lasti: 0 };
const CLEANUP = { jumpPush: 2, lasti: 1 };
const WITH = { jumpPush: 1, lasti: 1 };

type FBlockKind =
  | 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'with' | 'async_with'
  | 'handler_cleanup' | 'pop_value' | 'exception_handler' | 'async_comprehension';

interface FBlock {
  kind: FBlockKind;
  block: Label | null;
  exit: Label | null;
  /** finally_try: the finally body; handler_cleanup: the `as` name; with: the statement. */
  datum: A.Stmt[] | string | A.Stmt | null;
}

interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[k]: pops k items, then continues to failPop[k - 1]. */
  failPop: Label[];
  /** Working items above the subject copy. */
  onTop: number;
}

function isWildcard(p: A.Pattern): boolean { return p.kind === 'MatchAs' && p.pattern === null && p.name === null; }

/** Equal dict keys get equal strings (1, 1.0 and True are one key, as in Python). */
function hashKey(c: ConstValue): string {
  switch (c.type) {
    case 'bool': return `n:${c.value ? 1 : 0}`;
    case 'int': return `n:${c.value}`;
    case 'float': return Number.isInteger(c.value) ? `n:${BigInt(c.value)}` : `f:${c.value}`;
    case 'complex': return c.imag === 0 ? hashKey({ type: 'float', value: c.real }) : `c:${c.real},${c.imag}`;
    default: return constKey(c)!; // match keys are never code objects
  }
}

type UnitKind = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

class Unit implements AssemblyUnit {
  instrs: Instr[] = [];
  consts: CodeConst[] = [];
  private constKeys = new Map<string, number>();
  names: string[] = [];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  loc: Loc | null = null;
  handlers: Handler[] = [];
  fblocks: FBlock[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  privateName: string | null = null;
  qualname = '';
  nextLabel = 0;

  constructor(
    readonly kind: UnitKind,
    readonly ste: Scope,
    readonly name: string,
    readonly firstlineno: number,
  ) {
    this.varnames = [...ste.varnames];
    this.cellvars = ste.namesWithScope(SymScope.Cell);
    if (ste.needsClassClosure) this.cellvars = ['__class__'];
    this.freevars = ste.namesWithScope(SymScope.Free, DEF_FREE_CLASS);
  }

  addConst(c: CodeConst): number {
    const key = constKey(c);
    if (key !== null) {
      const i = this.constKeys.get(key);
      if (i !== undefined) return i;
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(c);
    return this.consts.length - 1;
  }
  private nameIndex = new Map<string, number>();
  private varnameIndex = new Map<string, number>();
  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) { i = this.names.length; this.names.push(n); this.nameIndex.set(n, i); }
    return i;
  }
  addVarname(n: string): number {
    if (this.varnameIndex.size !== this.varnames.length) this.varnames.forEach((v, k) => this.varnameIndex.set(v, k));
    let i = this.varnameIndex.get(n);
    if (i === undefined) { i = this.varnames.length; this.varnames.push(n); this.varnameIndex.set(n, i); }
    return i;
  }
}

/** A key under which equal constants share one slot (CPython merges by type and value). */
function constKey(c: CodeConst): string | null {
  switch (c.type) {
    case 'code': return null;
    case 'None': case 'Ellipsis': return c.type;
    case 'bool': return `b:${c.value}`;
    case 'int': return `i:${c.value}`;
    case 'float': return `f:${Object.is(c.value, -0) ? '-0' : String(c.value)}`;
    case 'complex': return `c:${Object.is(c.real, -0) ? '-0' : c.real},${Object.is(c.imag, -0) ? '-0' : c.imag}`;
    case 'str': return `s:${c.value}`;
    case 'bytes': return `y:${Array.from(c.value).join(',')}`;
    case 'tuple': case 'frozenset': {
      const parts: string[] = [];
      for (const x of c.items) { const k = constKey(x); if (k === null) return null; parts.push(k); }
      return `${c.type}(${parts.join(';')})`;
    }
  }
}

const BINOP: Record<A.Operator, number> = {
  Add: NB.ADD, Sub: NB.SUBTRACT, Mult: NB.MULTIPLY, MatMult: NB.MATRIX_MULTIPLY, Div: NB.TRUE_DIVIDE,
  Mod: NB.REMAINDER, Pow: NB.POWER, LShift: NB.LSHIFT, RShift: NB.RSHIFT, BitOr: NB.OR, BitXor: NB.XOR,
  BitAnd: NB.AND, FloorDiv: NB.FLOOR_DIVIDE,
};
const INPLACE: Record<A.Operator, number> = {
  Add: NB.INPLACE_ADD, Sub: NB.INPLACE_SUBTRACT, Mult: NB.INPLACE_MULTIPLY, MatMult: NB.INPLACE_MATRIX_MULTIPLY,
  Div: NB.INPLACE_TRUE_DIVIDE, Mod: NB.INPLACE_REMAINDER, Pow: NB.INPLACE_POWER, LShift: NB.INPLACE_LSHIFT,
  RShift: NB.INPLACE_RSHIFT, BitOr: NB.INPLACE_OR, BitXor: NB.INPLACE_XOR, BitAnd: NB.INPLACE_AND,
  FloorDiv: NB.INPLACE_FLOOR_DIVIDE,
};
const CMP: Partial<Record<A.CmpOperator, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

const NONE: ConstValue = { type: 'None' };

/** The docstring of a body: a leading string-constant expression statement. */
function docstringOf(body: A.Stmt[]): A.Constant | null {
  const s = body[0];
  if (s && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.type === 'str') return s.value;
  return null;
}

/** Whether a body has an annotated assignment at its level (CPython's find_ann). */
function findAnn(stmts: A.Stmt[]): boolean {
  for (const s of stmts) {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        if (findAnn(s.body) || findAnn(s.finalbody) || findAnn(s.orelse)) return true;
        break;
      case 'Match':
        for (const mc of s.cases) if (findAnn(mc.body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

class Compiler {
  private u!: Unit;
  private stack: Unit[] = [];
  /** The SyntaxWarnings issued so far (compileModule hands them out). */
  readonly warnings: CompileWarning[] = [];

  constructor(
    readonly st: SymbolTable, readonly filename: string, readonly source: string,
    /** Line of the last leading `from __future__` import, -1 if none. */
    readonly futureLine: number,
    /** `from __future__ import annotations`: annotations are stored as their source text. */
    readonly futureAnnotations: boolean,
  ) {}

  /** Pushes an annotation's value: the expression, or its text under the annotations future. */
  private visitAnnotation(e: A.Expr): void {
    if (this.futureAnnotations) this.loadConst({ type: 'str', value: unparse(e) });
    else this.visitExpr(e);
  }

  private error(msg: string, loc: Loc | null = this.u.loc): never {
    throw syntaxErrorAt(msg, this.filename, this.source, loc ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });
  }

  // ---- units ----

  private enterScope(kind: UnitKind, name: string, node: object, firstlineno: number): void {
    const ste = this.st.scopeOf(node);
    const u = new Unit(kind, ste, name, firstlineno);
    if (this.u) { u.privateName = this.u.privateName; this.stack.push(this.u); }
    this.u = u;
    if (kind !== 'module') this.setQualname();
    // CPython starts every unit at its first line, columns 0.
    u.loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    u.instrs.push({ op: P_RESUME, arg: 0, target: null, loc: kind === 'module' ? { ...u.loc, lineno: 0 } : u.loc, handler: null });
  }

  private exitScope(): void {
    this.u = this.stack.pop()!;
  }

  /** CPython's compiler_set_qualname. */
  private setQualname(): void {
    const u = this.u;
    const parent = this.stack[this.stack.length - 1];
    let base: string | null = null;
    if (this.stack.length > 1) {
      let forceGlobal = false;
      if (u.kind === 'function' || u.kind === 'async_function' || u.kind === 'class') {
        const mangled = mangle(parent.privateName, u.name);
        if (parent.ste.scopeOf(mangled) === SymScope.GlobalExplicit) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.kind === 'function' || parent.kind === 'async_function' || parent.kind === 'lambda') {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  // ---- emission ----

  private newLabel(): Label { return { id: this.u.nextLabel++ }; }

  private emit(op: number, arg = 0, target: Label | null = null): Instr {
    const u = this.u;
    const ins: Instr = { op, arg, target, loc: u.loc, handler: u.handlers[u.handlers.length - 1] ?? null };
    u.instrs.push(ins);
    if (target && target.handlers === undefined) target.handlers = u.handlers;
    return ins;
  }
  private emitNoLoc(op: number, arg = 0, target: Label | null = null): Instr {
    const ins = this.emit(op, arg, target);
    ins.loc = null;
    return ins;
  }

  private jump(target: Label): void { this.emit(P_JUMP, 0, target); }
  private jumpNoLoc(target: Label): void { this.emitNoLoc(P_JUMP, 0, target); }

  /** Places a label; code after an unconditional transfer inherits the jumps' handler stack. */
  private useLabel(l: Label): void {
    const u = this.u;
    const last = u.instrs[u.instrs.length - 1];
    if (last && last.op !== P_LABEL && isTerminal(last.op) && l.handlers !== undefined) u.handlers = l.handlers;
    if (l.handlers === undefined) l.handlers = u.handlers;
    u.instrs.push({ op: P_LABEL, arg: 0, target: l, loc: null, handler: null });
  }

  private setup(kind: { jumpPush: number; lasti: number }, target: Label): void {
    const u = this.u;
    const h: Handler = { label: target, jumpPush: kind.jumpPush, lasti: kind.lasti, depth: -1 };
    if (target.handlers === undefined) target.handlers = u.handlers;
    u.instrs.push({ op: P_SETUP, arg: 0, target, loc: u.loc, handler: null, setup: h });
    u.handlers = [...u.handlers, h];
  }
  /**
   * CPython's POP_BLOCK: pops the handler stack. It stays in the stream as a pseudo instruction
   * (it becomes a NOP that may carry a line, as in CPython) until assembly.
   */
  private popBlock(noLoc = false): void {
    const u = this.u;
    u.instrs.push({ op: P_POPBLOCK, arg: 0, target: null, loc: noLoc ? null : u.loc, handler: u.handlers[u.handlers.length - 1] ?? null });
    u.handlers = u.handlers.slice(0, -1);
  }

  private loadConst(v: CodeConst): void { this.emit(Op.LOAD_CONST, this.u.addConst(v)); }
  private emitName(op: number, name: string): void {
    this.emit(op, this.u.addName(mangle(this.u.privateName, name)));
  }

  private setLoc(n: Loc): void { this.u.loc = { lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset }; }
  private unsetLoc(): void { this.u.loc = null; }

  private pushFBlock(kind: FBlockKind, block: Label | null, exit: Label | null, datum: FBlock['datum'] = null): void {
    this.u.fblocks.push({ kind, block, exit, datum });
  }
  private popFBlock(): void { this.u.fblocks.pop(); }

  // ---- module ----

  /** Set while compiling compile(..., 'single') input: expression statements at module level
   *  display their value (CPython's c_interactive). */
  private interactive = false;

  compileModule(mod: A.Module): CodeObject {
    this.enterScope('module', '<module>', mod, 1);
    this.u.qualname = '<module>';
    this.compileBody(mod.body, true);
    return this.assemble(true);
  }

  /** 'eval' mode: `mod` holds the expression as its one statement (for the symbol table). */
  compileExpression(mod: A.Module, e: A.Expr): CodeObject {
    this.enterScope('module', '<module>', mod, 1);
    this.u.qualname = '<module>';
    this.visitExpr(e);
    return this.assemble(false);
  }

  /** 'single' mode: no docstring; annotations as a module's. */
  compileInteractive(mod: A.Module): CodeObject {
    this.enterScope('module', '<module>', mod, 1);
    this.u.qualname = '<module>';
    if (findAnn(mod.body)) this.emit(Op.SETUP_ANNOTATIONS);
    this.interactive = true;
    this.visitStmts(mod.body);
    return this.assemble(true);
  }

  /** Module and class bodies: annotations dict, docstring, statements. */
  private compileBody(stmts: A.Stmt[], isModule: boolean): void {
    if (isModule && stmts.length > 0) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.emit(Op.SETUP_ANNOTATIONS);
    if (stmts.length === 0) return;
    let i = 0;
    const doc = docstringOf(stmts);
    if (doc) {
      i = 1;
      this.setLoc(stmts[0]);
      this.visitExpr(doc);
      this.unsetLoc();
      this.nameOp('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  // ---- names ----

  private nameOp(name: string, ctx: A.ExprContext): void {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    if (name === '__debug__' && ctx !== 'Load') this.error(ctx === 'Del' ? M.DELETE_DEBUG : M.ASSIGN_DEBUG);
    const scope = u.ste.scopeOf(mangled);
    const isFunc = u.ste.kind === 'function';
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    let derefIndex = -1;
    switch (scope) {
      case SymScope.Free: kind = 'deref'; derefIndex = u.cellvars.length + u.freevars.indexOf(mangled); break;
      case SymScope.Cell: kind = 'deref'; derefIndex = u.cellvars.indexOf(mangled); break;
      case SymScope.Local: if (isFunc) kind = 'fast'; break;
      case SymScope.GlobalImplicit: if (isFunc) kind = 'global'; break;
      case SymScope.GlobalExplicit: kind = 'global'; break;
      default: break;
    }
    switch (kind) {
      case 'deref': {
        const op = ctx === 'Load' ? (u.ste.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.emit(op, derefIndex).deref = true;
        return;
      }
      case 'fast':
        this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, u.addVarname(mangled));
        return;
      case 'global':
        this.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, u.addName(mangled));
        return;
      case 'name':
        this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, u.addName(mangled));
        return;
    }
  }

  // ---- statements ----

  private visitStmts(stmts: A.Stmt[]): void { for (const s of stmts) this.visitStmt(s); }

  private visitStmt(s: A.Stmt): void {
    this.setLoc(s);
    switch (s.kind) {
      case 'FunctionDef': case 'AsyncFunctionDef': this.compileFunction(s); return;
      case 'ClassDef': this.compileClass(s); return;
      case 'Return': this.compileReturn(s); return;
      case 'Delete': for (const t of s.targets) this.visitExpr(t); return;
      case 'Assign': {
        this.visitExpr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.visitExpr(s.targets[i]);
        }
        return;
      }
      case 'AugAssign': this.compileAugAssign(s); return;
      case 'AnnAssign': this.compileAnnAssign(s); return;
      case 'For': this.compileFor(s); return;
      case 'AsyncFor': this.compileAsyncFor(s); return;
      case 'While': this.compileWhile(s); return;
      case 'If': this.compileIf(s); return;
      case 'With': this.compileWith(s, 0); return;
      case 'AsyncWith': this.compileAsyncWith(s, 0); return;
      case 'Match': this.compileMatch(s); return;
      case 'Raise': {
        let n = 0;
        if (s.exc) { this.visitExpr(s.exc); n++; if (s.cause) { this.visitExpr(s.cause); n++; } }
        this.emit(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        if (s.finalbody.length > 0) this.compileTryFinally(s); else this.compileTryExcept(s);
        return;
      case 'TryStar': this.error('except* is not supported yet');
      // eslint-disable-next-line no-fallthrough
      case 'Assert': this.compileAssert(s); return;
      case 'Import': this.compileImport(s); return;
      case 'ImportFrom': this.compileImportFrom(s); return;
      case 'Global': case 'Nonlocal': return;
      case 'Expr': {
        const v = s.value;
        if (this.interactive && this.stack.length === 0) {
          // the statement's location, as CPython's compiler_visit_stmt_expr gives PRINT_EXPR
          this.visitExpr(v);
          this.emit(Op.PRINT_EXPR);
          return;
        }
        if (v.kind === 'Constant') { this.emit(Op.NOP); return; }
        this.visitExpr(v);
        this.unsetLoc(); // CPython marks this POP_TOP artificial (it takes the value's location)
        this.emit(Op.POP_TOP);
        return;
      }
      case 'Pass': this.emit(Op.NOP); return;
      case 'Break': this.compileBreak(); return;
      case 'Continue': this.compileContinue(); return;
    }
  }

  private compileReturn(s: A.Return): void {
    const u = this.u;
    const value = s.value ? foldExpr(s.value) : null;
    const preserveTos = value !== null && value.kind !== 'Constant';
    if (u.ste.kind !== 'function') this.error(M.RETURN_OUTSIDE_FUNCTION);
    if (value && u.ste.coroutine && u.ste.generator) this.error(M.RETURN_IN_ASYNC_GEN);
    if (preserveTos) {
      this.visitExpr(value!);
    } else if (value) {
      this.setLoc(value);
      this.emit(Op.NOP);
    }
    if (!value || value.lineno !== s.lineno) { this.setLoc(s); this.emit(Op.NOP); }
    const saved = u.handlers;
    this.unwindFBlockStack(preserveTos, false);
    if (!value) this.loadConst(NONE);
    else if (!preserveTos) this.loadConst((value as A.Constant).value);
    this.emit(Op.RETURN_VALUE);
    u.handlers = saved;
  }

  private compileBreak(): void {
    this.emit(Op.NOP);
    const saved = this.u.handlers;
    const loop = this.unwindFBlockStack(false, true);
    if (!loop) this.error(M.BREAK_OUTSIDE_LOOP);
    this.unwindFBlock(loop, false);
    this.jump(loop.exit!);
    this.u.handlers = saved;
  }

  private compileContinue(): void {
    this.emit(Op.NOP);
    const saved = this.u.handlers;
    const loop = this.unwindFBlockStack(false, true);
    if (!loop) this.error(M.CONTINUE_OUTSIDE_LOOP);
    this.jump(loop.block!);
    this.u.handlers = saved;
  }

  /** Emits the exits of the blocks being left (finally bodies, __exit__ calls...), innermost first. */
  private unwindFBlockStack(preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
    const u = this.u;
    if (u.fblocks.length === 0) return null;
    const top = u.fblocks[u.fblocks.length - 1];
    if (stopAtLoop && (top.kind === 'while' || top.kind === 'for')) return top;
    u.fblocks.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, stopAtLoop);
    u.fblocks.push(top);
    return loop;
  }

  private unwindFBlock(f: FBlock, preserveTos: boolean): void {
    switch (f.kind) {
      case 'while': case 'exception_handler': case 'async_comprehension': return;
      case 'for':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case 'try_except': this.popBlock(); return;
      case 'finally_try':
        this.popBlock();
        if (preserveTos) this.pushFBlock('pop_value', null, null);
        this.visitStmts(f.datum as A.Stmt[]);
        if (preserveTos) this.popFBlock();
        this.unsetLoc();
        return;
      case 'finally_end':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        return;
      case 'with': case 'async_with':
        this.setLoc(f.datum as A.Stmt);
        this.popBlock();
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (f.kind === 'async_with') {
          this.emit(Op.GET_AWAITABLE, 2);
          this.loadConst(NONE);
          this.yieldFrom(true);
        }
        this.emit(Op.POP_TOP);
        this.unsetLoc();
        return;
      case 'handler_cleanup':
        if (f.datum) this.popBlock();
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        if (f.datum) {
          this.loadConst(NONE);
          this.nameOp(f.datum as string, 'Store');
          this.nameOp(f.datum as string, 'Del');
        }
        return;
      case 'pop_value':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
    }
  }

  private callExitWithNones(): void {
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.emit(Op.CALL, 2);
  }

  private compileIf(s: A.If): void {
    const end = this.newLabel();
    const next = s.orelse.length > 0 ? this.newLabel() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length > 0) {
      this.jumpNoLoc(end);
      this.useLabel(next);
      this.visitStmts(s.orelse);
    }
    this.useLabel(end);
  }

  private compileWhile(s: A.While): void {
    const loop = this.newLabel(), body = this.newLabel(), anchor = this.newLabel(), exit = this.newLabel();
    this.useLabel(loop);
    this.pushFBlock('while', loop, exit);
    this.jumpIf(s.test, anchor, false);
    this.useLabel(body);
    this.visitStmts(s.body);
    // CPython 3.11 re-tests at the bottom with the statement's location; our jump takes it.
    this.setLoc(s);
    this.warnLoopTestAgain(s.test);
    this.jump(loop);
    this.popFBlock();
    this.useLabel(anchor);
    this.visitStmts(s.orelse);
    this.useLabel(exit);
  }

  private compileFor(s: A.For): void {
    const start = this.newLabel(), body = this.newLabel(), cleanup = this.newLabel(), end = this.newLabel();
    this.pushFBlock('for', start, end);
    this.visitExpr(foldIter(s.iter));
    this.emit(Op.GET_ITER);
    this.useLabel(start);
    this.emit(Op.FOR_ITER, 0, cleanup);
    this.useLabel(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.jump(start);
    this.useLabel(cleanup);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private compileAsyncFor(s: A.AsyncFor): void {
    if (this.u.kind !== 'async_function') this.error(M.ASYNC_FOR_OUTSIDE_ASYNC);
    const start = this.newLabel(), except = this.newLabel(), end = this.newLabel();
    this.visitExpr(s.iter);
    this.emit(Op.GET_AITER);
    this.useLabel(start);
    this.pushFBlock('for', start, end);
    this.setup(FINALLY, except);
    this.emit(Op.GET_ANEXT);
    this.loadConst(NONE);
    this.yieldFrom(true);
    this.popBlock();
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.jump(start);
    this.popFBlock();
    this.useLabel(except);
    this.setLoc(s.iter);
    this.emit(Op.END_ASYNC_FOR);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private compileAssert(s: A.Assert): void {
    const end = this.newLabel();
    this.jumpIf(s.test, end, true);
    this.emit(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) { this.visitExpr(s.msg); this.emit(Op.CALL, 0); }
    this.emit(Op.RAISE_VARARGS, 1);
    this.useLabel(end);
  }

  private compileAugAssign(s: A.AugAssign): void {
    const e = s.target;
    const stmtLoc = this.u.loc;
    this.setLoc(e);
    switch (e.kind) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1);
        this.u.loc = { ...this.u.loc!, lineno: e.end_lineno };
        this.emitName(Op.LOAD_ATTR, e.attr);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.emit(Op.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameOp(e.id, 'Load');
        break;
    }
    this.u.loc = stmtLoc;
    this.visitExpr(s.value);
    this.emit(Op.BINARY_OP, INPLACE[s.op]);
    this.setLoc(e);
    switch (e.kind) {
      case 'Attribute':
        this.u.loc = { ...this.u.loc!, lineno: e.end_lineno };
        this.emit(Op.SWAP, 2);
        this.emitName(Op.STORE_ATTR, e.attr);
        break;
      case 'Subscript':
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_SUBSCR);
        break;
      case 'Name':
        this.nameOp(e.id, 'Store');
        break;
    }
  }

  private compileAnnAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value) { this.visitExpr(s.value); this.visitExpr(t); }
    const moduleOrClass = this.u.kind === 'module' || this.u.kind === 'class';
    switch (t.kind) {
      case 'Name':
        if (t.id === '__debug__') this.error(M.ASSIGN_DEBUG);
        if (s.simple && moduleOrClass) {
          this.visitAnnotation(s.annotation);
          this.emitName(Op.LOAD_NAME, '__annotations__');
          this.loadConst({ type: 'str', value: mangle(this.u.privateName, t.id) });
          this.emit(Op.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        if (!s.value) { this.visitExpr(t.value); this.emit(Op.POP_TOP); }
        break;
      case 'Subscript':
        if (!s.value) {
          this.visitExpr(t.value); this.emit(Op.POP_TOP);
          this.checkAnnSubscr(t.slice);
        }
        break;
    }
    if (!s.simple && moduleOrClass && !this.futureAnnotations) { this.visitExpr(s.annotation); this.emit(Op.POP_TOP); }
  }

  private checkAnnSubscr(e: A.Expr): void {
    if (e.kind === 'Slice') {
      for (const p of [e.lower, e.upper, e.step]) if (p) this.checkAnnSubscr(p);
    } else if (e.kind === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.visitExpr(e);
      this.emit(Op.POP_TOP);
    }
  }

  // ---- try / with ----

  private compileTryExcept(s: A.Try): void {
    const body = this.newLabel(), except = this.newLabel(), end = this.newLabel(), cleanup = this.newLabel();
    this.setup(FINALLY, except);
    this.useLabel(body);
    this.pushFBlock('try_except', body, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.popBlock(true);
    this.visitStmts(s.orelse);
    this.jumpNoLoc(end);
    const n = s.handlers.length;
    this.useLabel(except);
    this.unsetLoc();
    this.setup(CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock('exception_handler', null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      this.setLoc(h);
      if (!h.type && i < n - 1) this.error(M.DEFAULT_EXCEPT_NOT_LAST);
      const nextExcept = this.newLabel();
      if (h.type) {
        this.visitExpr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.emit(Op.POP_JUMP_IF_FALSE, 0, nextExcept);
      }
      if (h.name) {
        const cleanupEnd = this.newLabel(), cleanupBody = this.newLabel();
        this.nameOp(h.name, 'Store');
        this.setup(CLEANUP, cleanupEnd);
        this.useLabel(cleanupBody);
        this.pushFBlock('handler_cleanup', cleanupBody, null, h.name);
        this.visitStmts(h.body);
        this.popFBlock();
        this.unsetLoc();
        this.popBlock();
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        this.loadConst(NONE);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.jump(end);
        this.useLabel(cleanupEnd);
        this.unsetLoc();
        this.loadConst(NONE);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.emit(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newLabel();
        this.emit(Op.POP_TOP);
        this.useLabel(cleanupBody);
        this.pushFBlock('handler_cleanup', cleanupBody, null, null);
        this.visitStmts(h.body);
        this.popFBlock();
        this.unsetLoc();
        this.popBlock();
        this.emit(Op.POP_EXCEPT);
        this.jump(end);
      }
      this.useLabel(nextExcept);
    }
    this.unsetLoc();
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(end);
  }

  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  private compileTryFinally(s: A.Try): void {
    const body = this.newLabel(), end = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.setup(FINALLY, end);
    this.useLabel(body);
    this.pushFBlock('finally_try', body, end, s.finalbody);
    if (s.handlers.length > 0) this.compileTryExcept(s);
    else this.visitStmts(s.body);
    this.popBlock(true);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.jumpNoLoc(exit);
    this.useLabel(end);
    this.unsetLoc();
    this.setup(CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock('finally_end', end, null);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(exit);
  }

  private compileWith(s: A.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newLabel(), final = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.visitExpr(item.context_expr);
    this.emit(Op.BEFORE_WITH);
    this.setup(WITH, final);
    this.useLabel(block);
    this.pushFBlock('with', block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.compileWith(s, pos + 1);
    this.unsetLoc();
    this.popBlock();
    this.popFBlock();
    this.setLoc(s);
    this.callExitWithNones();
    this.emit(Op.POP_TOP);
    this.jump(exit);
    this.useLabel(final);
    this.setup(CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private compileAsyncWith(s: A.AsyncWith, pos: number): void {
    if (this.u.kind !== 'async_function') this.error(M.ASYNC_WITH_OUTSIDE_ASYNC);
    const item = s.items[pos];
    const block = this.newLabel(), final = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.visitExpr(item.context_expr);
    this.emit(Op.BEFORE_ASYNC_WITH);
    this.emit(Op.GET_AWAITABLE, 1);
    this.loadConst(NONE);
    this.yieldFrom(true);
    this.setup(WITH, final);
    this.useLabel(block);
    this.pushFBlock('async_with', block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.compileAsyncWith(s, pos + 1);
    this.unsetLoc();
    this.popBlock();
    this.popFBlock();
    this.setLoc(s);
    this.callExitWithNones();
    this.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(NONE);
    this.yieldFrom(true);
    this.emit(Op.POP_TOP);
    this.jump(exit);
    this.useLabel(final);
    this.setup(CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(NONE);
    this.yieldFrom(true);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private withExceptFinish(cleanup: Label): void {
    this.unsetLoc();
    const exit = this.newLabel();
    this.emit(Op.POP_JUMP_IF_TRUE, 0, exit);
    this.emit(Op.RERAISE, 2);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(exit);
    this.emit(Op.POP_TOP);
    this.popBlock();
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_TOP);
  }

  // ---- imports ----

  private compileImport(s: A.Import): void {
    for (const a of s.names) {
      this.setLoc(s);
      this.loadConst({ type: 'int', value: 0n });
      this.loadConst(NONE);
      this.emitName(Op.IMPORT_NAME, a.name);
      if (a.asname) {
        const parts = a.name.split('.');
        if (parts.length > 1) {
          for (let i = 1; i < parts.length; i++) {
            this.emit(Op.IMPORT_FROM, this.u.addName(parts[i]));
            if (i === parts.length - 1) break;
            this.emit(Op.SWAP, 2);
            this.emit(Op.POP_TOP);
          }
          this.nameOp(a.asname, 'Store');
          this.emit(Op.POP_TOP);
        } else {
          this.nameOp(a.asname, 'Store');
        }
      } else {
        this.nameOp(a.name.split('.')[0], 'Store');
      }
    }
  }

  private compileImportFrom(s: A.ImportFrom): void {
    if (s.module === '__future__' && s.lineno > this.futureLine) this.error(M.FUTURE_LATE);
    this.loadConst({ type: 'int', value: BigInt(s.level) });
    this.loadConst({ type: 'tuple', items: s.names.map((a) => ({ type: 'str', value: a.name }) as ConstValue) });
    this.emitName(Op.IMPORT_NAME, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const a = s.names[i];
      if (i === 0 && a.name === '*') { this.emit(Op.IMPORT_STAR); return; }
      this.emitName(Op.IMPORT_FROM, a.name);
      this.nameOp(a.asname ?? a.name, 'Store');
    }
    this.emit(Op.POP_TOP);
  }

  // ---- functions and classes ----

  private compileDefaults(args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.buildTuple(args.defaults.length);
      flags |= MF.DEFAULTS;
    }
    const keys: ConstValue[] = [];
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i];
      if (d) {
        keys.push({ type: 'str', value: mangle(this.u.privateName, args.kwonlyargs[i].arg) });
        this.visitExpr(d);
      }
    }
    if (keys.length > 0) {
      this.loadConst({ type: 'tuple', items: keys });
      this.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
      flags |= MF.KWDEFAULTS;
    }
    return flags;
  }

  private compileAnnotations(args: A.Arguments, returns: A.Expr | null): number {
    let n = 0;
    const one = (name: string, ann: A.Expr | null) => {
      if (!ann) return;
      this.loadConst({ type: 'str', value: mangle(this.u.privateName, name) });
      if (ann.kind === 'Starred' && !this.futureAnnotations) {
        // *args: *Ts evaluates to the single item of the unpacked value.
        this.visitExpr(ann.value);
        this.emit(Op.UNPACK_SEQUENCE, 1);
      } else {
        this.visitAnnotation(ann);
      }
      n += 2;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one('return', returns);
    if (n > 0) { this.buildTuple(n); return MF.ANNOTATIONS; }
    return 0;
  }

  private compileFunction(s: A.FunctionDef | A.AsyncFunctionDef): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    let flags = this.compileDefaults(s.args);
    flags |= this.compileAnnotations(s.args, s.returns);
    this.enterScope(s.kind === 'AsyncFunctionDef' ? 'async_function' : 'function', s.name, s, firstlineno);
    const doc = docstringOf(s.body);
    this.u.addConst(doc ? doc.value : NONE);
    this.u.argcount = s.args.args.length;
    this.u.posonlyargcount = s.args.posonlyargs.length;
    this.u.kwonlyargcount = s.args.kwonlyargs.length;
    for (let i = doc ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]);
    const code = this.assemble(true);
    this.exitScope();
    this.makeClosure(code, flags);
    this.applyDecorators(s.decorator_list);
    this.setLoc(s);
    this.nameOp(s.name, 'Store');
  }

  /** Calls each decorator (innermost first): `deco func -- deco(func)` via CALL 0's method form. */
  private applyDecorators(decos: A.Expr[]): void {
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]);
      this.emit(Op.CALL, 0);
    }
  }

  private compileClass(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    this.enterScope('class', s.name, s, firstlineno);
    this.u.privateName = s.name;
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst({ type: 'str', value: this.u.qualname });
    this.nameOp('__qualname__', 'Store');
    this.compileBody(s.body, false);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      this.emit(Op.LOAD_CLOSURE, 0).deref = true;
      this.emit(Op.COPY, 1);
      this.nameOp('__classcell__', 'Store');
    } else {
      this.loadConst(NONE);
    }
    this.emit(Op.RETURN_VALUE);
    const code = this.assemble(true);
    this.exitScope();
    this.setLoc(s);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0);
    this.loadConst({ type: 'str', value: s.name });
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.setLoc(s);
    this.nameOp(s.name, 'Store');
  }

  private compileLambda(e: A.Lambda): void {
    const flags = this.compileDefaults(e.args);
    this.enterScope('lambda', '<lambda>', e, e.lineno);
    this.u.addConst(NONE);
    this.u.argcount = e.args.args.length;
    this.u.posonlyargcount = e.args.posonlyargs.length;
    this.u.kwonlyargcount = e.args.kwonlyargs.length;
    this.visitExpr(e.body);
    let code: CodeObject;
    if (this.u.ste.generator) {
      code = this.assemble(false);
    } else {
      this.emit(Op.RETURN_VALUE);
      code = this.assemble(true);
    }
    this.exitScope();
    this.makeClosure(code, flags);
  }

  /** Pushes the closure tuple (if the code has free variables), the code, and MAKE_FUNCTION. */
  private makeClosure(code: CodeObject, flags: number): void {
    const nfree = code.localspluskinds.filter((k) => k & FAST.FREE).length;
    if (nfree > 0) {
      const u = this.u;
      const names = code.localsplusnames.slice(code.localsplusnames.length - nfree);
      for (const name of names) {
        // A class body passes its implicit __class__ cell; everything else is a cell or a free var.
        const cellRef = u.ste.scopeOf(name) === SymScope.Cell || (name === '__class__' && u.ste.kind === 'class');
        const idx = cellRef ? u.cellvars.indexOf(name) : u.cellvars.length + u.freevars.indexOf(name);
        if (idx < 0 || (!cellRef && u.freevars.indexOf(name) < 0)) throw new Error(`compiler: no closure slot for ${name}`);
        this.emit(Op.LOAD_CLOSURE, idx).deref = true;
      }
      flags |= MF.CLOSURE;
      this.emit(Op.BUILD_TUPLE, nfree);
    }
    this.loadConst({ type: 'code', code });
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  // ---- expressions ----

  private visitExprs(es: A.Expr[]): void { for (const e of es) this.visitExpr(e); }

  private visitExpr(e0: A.Expr): void {
    const e = foldExpr(e0);
    const saved = this.u.loc;
    this.setLoc(e);
    this.visitExpr1(e);
    this.u.loc = saved;
  }

  private visitExpr1(e: A.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case 'BoolOp': {
        const jumpOp = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        const end = this.newLabel();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.visitExpr(e.values[i]);
          this.emit(jumpOp, 0, end);
          this.useLabel(this.newLabel());
        }
        this.visitExpr(e.values[n]);
        this.useLabel(end);
        return;
      }
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.emit(Op.BINARY_OP, BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        this.emit(e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE
          : e.op === 'Not' ? Op.UNARY_NOT : Op.UNARY_INVERT);
        return;
      case 'Lambda': this.compileLambda(e); return;
      case 'IfExp': {
        const end = this.newLabel(), next = this.newLabel();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.jumpNoLoc(end);
        this.useLabel(next);
        this.visitExpr(e.orelse);
        this.useLabel(end);
        return;
      }
      case 'Dict': this.compileDict(e); return;
      case 'Set': this.starUnpack(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false); return;
      case 'GeneratorExp': this.compileComprehension(e, '<genexpr>', e.generators, e.elt, null); return;
      case 'ListComp': this.compileComprehension(e, '<listcomp>', e.generators, e.elt, null); return;
      case 'SetComp': this.compileComprehension(e, '<setcomp>', e.generators, e.elt, null); return;
      case 'DictComp': this.compileComprehension(e, '<dictcomp>', e.generators, e.key, e.value); return;
      case 'Yield':
        if (this.u.ste.kind !== 'function') this.error(M.YIELD_OUTSIDE_FUNCTION);
        if (e.value) this.visitExpr(e.value); else this.loadConst(NONE);
        this.emit(Op.YIELD_VALUE);
        return;
      case 'YieldFrom':
        if (this.u.ste.kind !== 'function') this.error(M.YIELD_OUTSIDE_FUNCTION);
        if (this.u.kind === 'async_function') this.error(M.YIELD_FROM_IN_ASYNC);
        this.visitExpr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(NONE);
        this.yieldFrom(false);
        return;
      case 'Await':
        if (this.u.ste.kind !== 'function') this.error(M.AWAIT_OUTSIDE_FUNCTION);
        if (this.u.kind !== 'async_function' && this.u.kind !== 'comprehension') this.error(M.AWAIT_OUTSIDE_ASYNC);
        this.visitExpr(e.value);
        this.emit(Op.GET_AWAITABLE, 0);
        this.loadConst(NONE);
        this.yieldFrom(true);
        return;
      case 'Compare': this.compileCompare(e); return;
      case 'Call': this.compileCall(e); return;
      case 'FormattedValue': {
        this.visitExpr(e.value);
        let flags = e.conversion === 115 ? FV.STR : e.conversion === 114 ? FV.REPR : e.conversion === 97 ? FV.ASCII : FV.NONE;
        if (e.format_spec) { this.visitExpr(e.format_spec); flags |= FV.HAVE_SPEC; }
        this.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'JoinedStr': {
        const n = e.values.length;
        if (n > STACK_USE_GUIDELINE) {
          this.loadConst({ type: 'str', value: '' });
          this.emitName(Op.LOAD_METHOD, 'join');
          this.emit(Op.BUILD_LIST, 0);
          for (const v of e.values) { this.visitExpr(v); this.emit(Op.LIST_APPEND, 1); }
          this.emit(Op.CALL, 1);
        } else {
          this.visitExprs(e.values);
          if (n !== 1) this.emit(Op.BUILD_STRING, n);
        }
        return;
      }
      case 'Constant': this.loadConst(e.value); return;
      case 'Attribute':
        this.visitExpr(e.value);
        this.u.loc = { ...this.u.loc!, lineno: e.end_lineno };
        if (e.ctx === 'Load') this.emitName(Op.LOAD_ATTR, e.attr);
        else if (e.ctx === 'Store') {
          if (e.attr === '__debug__') this.error(M.ASSIGN_DEBUG, e);
          this.emitName(Op.STORE_ATTR, e.attr);
        } else this.emitName(Op.DELETE_ATTR, e.attr);
        return;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.emit(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
        return;
      case 'Starred':
        // Legitimate starred items were consumed by displays, calls and unpacking already.
        if (e.ctx === 'Store') this.error(M.STARRED_ASSIGN_TARGET);
        this.error(M.STARRED_OUTSIDE);
      // eslint-disable-next-line no-fallthrough
      case 'Slice': {
        let n = 2;
        if (e.lower) this.visitExpr(e.lower); else this.loadConst(NONE);
        if (e.upper) this.visitExpr(e.upper); else this.loadConst(NONE);
        if (e.step) { n++; this.visitExpr(e.step); }
        this.emit(Op.BUILD_SLICE, n);
        return;
      }
      case 'Name': this.nameOp(e.id, e.ctx); return;
      case 'List':
        if (e.ctx === 'Store') this.assignSequence(e.elts);
        else if (e.ctx === 'Load') this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        else this.visitExprs(e.elts);
        return;
      case 'Tuple':
        if (e.ctx === 'Store') this.assignSequence(e.elts);
        else if (e.ctx === 'Load') this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        else this.visitExprs(e.elts);
        return;
    }
  }

  private assignSequence(elts: A.Expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      if (elts[i].kind !== 'Starred') continue;
      if (seenStar) this.error(M.STARRED_ASSIGN_TWICE);
      if (i >= 256 || n - i - 1 >= (0x7fffffff >> 8)) this.error(M.STARRED_TOO_MANY);
      this.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    }
    if (!seenStar) this.emit(Op.UNPACK_SEQUENCE, n);
    for (const elt of elts) this.visitExpr(elt.kind === 'Starred' ? elt.value : elt);
  }

  /** BUILD_TUPLE (a run of LOAD_CONSTs before it is folded at assembly, as CPython does). */
  private buildTuple(n: number): void {
    this.emit(Op.BUILD_TUPLE, n);
  }

  /** Displays with optional *starred items (CPython's starunpack_helper). */
  private starUnpack(elts: A.Expr[], pushed: number, build: Op, add: Op, extend: Op, tuple: boolean): void {
    const n = elts.length;
    const folded = elts.map(foldExpr);
    if (n > 2 && folded.every(isConst)) {
      const items = folded.map((x) => (x as A.Constant).value);
      if (tuple && pushed === 0) { this.loadConst({ type: 'tuple', items }); return; }
      this.emit(build, pushed);
      this.loadConst(add === Op.SET_ADD ? { type: 'frozenset', items } : { type: 'tuple', items });
      this.emit(extend, 1);
      if (tuple) this.emit(Op.LIST_TO_TUPLE);
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x.kind === 'Starred');
    if (!seenStar && !big) {
      this.visitExprs(elts);
      if (tuple) this.buildTuple(n + pushed); else this.emit(build, n + pushed);
      return;
    }
    let built = false;
    if (big) { this.emit(build, pushed); built = true; }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt.kind === 'Starred') {
        if (!built) { this.emit(build, i + pushed); built = true; }
        this.visitExpr(elt.value);
        this.emit(extend, 1);
      } else {
        this.visitExpr(elt);
        if (built) this.emit(add, 1);
      }
    }
    if (tuple) this.emit(Op.LIST_TO_TUPLE);
  }

  private compileDict(e: A.Dict): void {
    const n = e.values.length;
    let elements = 0;
    let haveDict = false;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.emit(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) { this.emit(Op.BUILD_MAP, 0); haveDict = true; }
        this.visitExpr(e.values[i]);
        this.emit(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.emit(Op.BUILD_MAP, 0);
  }

  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end).map((k) => foldExpr(k!));
    if (n > 1 && !big && keys.every(isConst)) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst({ type: 'tuple', items: keys.map((k) => (k as A.Constant).value) });
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.emit(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n);
  }

  private emitCompareOp(op: A.CmpOperator): void {
    switch (op) {
      case 'Is': this.emit(Op.IS_OP, 0); return;
      case 'IsNot': this.emit(Op.IS_OP, 1); return;
      case 'In': this.emit(Op.CONTAINS_OP, 0); return;
      case 'NotIn': this.emit(Op.CONTAINS_OP, 1); return;
      default: this.emit(Op.COMPARE_OP, CMP[op]!);
    }
  }

  /** CPython's check_compare: `is` / `is not` with a literal operand warns (once per
   *  comparison chain, at its first such operator). Code compiled twice (a `finally` body, a
   *  loop's condition) warns twice, as CPython's does. */
  private checkCompare(e: A.Compare): void {
    let left = isIdentityOperand(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const right = isIdentityOperand(e.comparators[i]);
      const op = e.ops[i];
      if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
        this.warnings.push({ lineno: e.lineno, message: op === 'Is' ? M.IS_LITERAL : M.IS_NOT_LITERAL });
        return;
      }
      left = right;
    }
  }

  /** CPython compiles a while loop's test twice, at the top and again at the bottom, so its
   *  SyntaxWarnings come twice, the second time after the body's. pyrite compiles it once and
   *  issues the bottom's here: those of the comparisons in the test's boolean structure (not,
   *  and/or, if-else), as jumpIf reaches them; a comparison nested deeper (an argument of a
   *  call in the test) warns once. */
  private warnLoopTestAgain(e0: A.Expr): void {
    const e = foldExpr(e0);
    switch (e.kind) {
      case 'UnaryOp': if (e.op === 'Not') this.warnLoopTestAgain(e.operand); return;
      case 'BoolOp': for (const v of e.values) this.warnLoopTestAgain(v); return;
      case 'IfExp':
        this.warnLoopTestAgain(e.test);
        this.warnLoopTestAgain(e.body);
        this.warnLoopTestAgain(e.orelse);
        return;
      case 'Compare': this.checkCompare(e); return;
      default: return;
    }
  }

  private compileCompare(e: A.Compare): void {
    this.checkCompare(e);
    const n = e.ops.length - 1;
    this.visitExpr(e.left);
    if (n === 0) {
      this.visitExpr(e.comparators[0]);
      this.emitCompareOp(e.ops[0]);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.emitCompareOp(e.ops[i]);
      this.emit(Op.JUMP_IF_FALSE_OR_POP, 0, cleanup);
    }
    this.visitExpr(e.comparators[n]);
    this.emitCompareOp(e.ops[n]);
    const end = this.newLabel();
    this.jumpNoLoc(end);
    this.useLabel(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.useLabel(end);
  }

  /** Jumps to `next` if the truth of `e` equals `cond` (CPython's compiler_jump_if). */
  private jumpIf(e0: A.Expr, next: Label, cond: boolean): void {
    const e = foldExpr(e0);
    switch (e.kind) {
      case 'UnaryOp':
        if (e.op === 'Not') { this.jumpIf(e.operand, next, !cond); return; }
        break;
      case 'BoolOp': {
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newLabel();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i], next2, cond2);
        this.jumpIf(e.values[n], next, cond);
        if (next2 !== next) this.useLabel(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newLabel(), next2 = this.newLabel();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.jumpNoLoc(end);
        this.useLabel(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useLabel(end);
        return;
      }
      case 'Compare': {
        // CPython leaves the comparison's location current for the rest of the condition.
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e); // (a single comparison is checked by compileCompare below)
          const cleanup = this.newLabel();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]);
            this.emit(Op.SWAP, 2);
            this.emit(Op.COPY, 2);
            this.emitCompareOp(e.ops[i]);
            this.emit(Op.POP_JUMP_IF_FALSE, 0, cleanup);
          }
          this.visitExpr(e.comparators[n]);
          this.emitCompareOp(e.ops[n]);
          this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, next);
          const end = this.newLabel();
          this.jumpNoLoc(end);
          this.useLabel(cleanup);
          this.emit(Op.POP_TOP);
          if (!cond) this.jumpNoLoc(next);
          this.useLabel(end);
        } else {
          this.visitExpr(e);
          this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, next);
        }
        return;
      }
      default: break;
    }
    this.visitExpr(e);
    this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, next);
  }

  // ---- calls ----

  private compileCall(e: A.Call): void {
    if (this.maybeMethodCall(e)) return;
    this.setLoc(e.func);
    this.emit(Op.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  private maybeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
    const argsl = e.args.length, kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
    // CPython 3.11 calls methods of names imported at module level through LOAD_ATTR.
    if (meth.value.kind === 'Name' && (this.st.top.flagsOf(meth.value.id) & DEF_IMPORT)) return false;
    this.validateKeywords(e.keywords);
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.u.loc = { ...this.u.loc!, lineno: meth.end_lineno };
    this.emitName(Op.LOAD_METHOD, meth.attr);
    this.visitExprs(e.args);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.kwNames(e.keywords);
    }
    this.setLoc(e);
    this.emit(Op.CALL, argsl + kwdsl);
    return true;
  }

  private kwNames(keywords: A.Keyword[]): void {
    const names: ConstValue = { type: 'tuple', items: keywords.map((k) => ({ type: 'str', value: k.arg! }) as ConstValue) };
    this.emit(Op.KW_NAMES, this.u.addConst(names));
  }

  private validateKeywords(keywords: A.Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i];
      if (k.arg === null) continue;
      if (k.arg === '__debug__') this.error(M.ASSIGN_DEBUG);
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === k.arg) this.error(`keyword argument repeated: ${k.arg}`, keywords[j]);
      }
    }
  }

  /** The arguments of a call whose callable (and `n` extra positional items) are pushed. */
  private callHelper(n: number, args: A.Expr[], keywords: A.Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length, nkwelts = keywords.length;
    const simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
      && !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null);
    if (simple) {
      this.visitExprs(args);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.kwNames(keywords);
      }
      this.emit(Op.CALL, n + nelts + nkwelts);
      return;
    }
    // CALL_FUNCTION_EX: positional arguments as one tuple, keywords as one dict.
    if (n === 0 && nelts === 1 && args[0].kind === 'Starred') this.visitExpr((args[0] as A.Starred).value);
    else this.starUnpack(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.emit(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) { this.emit(Op.BUILD_MAP, 0); haveDict = true; }
          this.visitExpr(kw.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.emit(Op.DICT_MERGE, 1);
      }
    }
    this.emit(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  private subkwargs(keywords: A.Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i].value);
      this.loadConst({ type: 'tuple', items: keywords.slice(begin, end).map((k) => ({ type: 'str', value: k.arg! }) as ConstValue) });
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emitNoLoc(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst({ type: 'str', value: keywords[i].arg! });
      this.visitExpr(keywords[i].value);
      if (big) this.emitNoLoc(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n);
  }

  // ---- comprehensions and generators ----

  private compileComprehension(
    e: A.Expr & A.Pos, name: string, gens: A.Comprehension[], elt: A.Expr, value: A.Expr | null,
  ): void {
    const outerKind = this.u.kind;
    const isGenexp = e.kind === 'GeneratorExp';
    this.enterScope('comprehension', name, e, e.lineno);
    this.setLoc(e);
    const isAsyncGen = this.u.ste.coroutine;
    if (isAsyncGen && !isGenexp && outerKind !== 'async_function' && outerKind !== 'comprehension') {
      this.error(M.ASYNC_COMP_OUTSIDE_ASYNC);
    }
    if (!isGenexp) {
      this.emit(e.kind === 'ListComp' ? Op.BUILD_LIST : e.kind === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.comprehensionGenerator(e.kind, gens, 0, 0, elt, value);
    if (!isGenexp) this.emit(Op.RETURN_VALUE);
    const code = this.assemble(true);
    this.exitScope();
    this.makeClosure(code, 0);
    this.visitExpr(gens[0].is_async ? gens[0].iter : foldIter(gens[0].iter));
    this.emit(gens[0].is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 0);
    if (isAsyncGen && !isGenexp) {
      this.emit(Op.GET_AWAITABLE, 0);
      this.loadConst(NONE);
      this.yieldFrom(true);
    }
  }

  private comprehensionGenerator(
    kind: string, gens: A.Comprehension[], index: number, depth: number, elt: A.Expr, value: A.Expr | null,
  ): void {
    const gen = gens[index];
    if (gen.is_async) { this.asyncComprehensionGenerator(kind, gens, index, depth, elt, value); return; }
    let start: Label | null = this.newLabel();
    const ifCleanup = this.newLabel(), anchor = this.newLabel();
    if (index === 0) {
      this.u.argcount = 1;
      this.emit(Op.LOAD_FAST, this.u.addVarname('.0'));
    } else {
      const it = gen.iter;
      const elts = it.kind === 'List' || it.kind === 'Tuple' ? it.elts : null;
      if (elts && elts.length === 1 && elts[0].kind !== 'Starred') {
        this.visitExpr(elts[0]);
        start = null;
      } else {
        this.visitExpr(foldIter(it));
        this.emit(Op.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.useLabel(start);
      this.emit(Op.FOR_ITER, 0, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < gens.length) this.comprehensionGenerator(kind, gens, index + 1, depth, elt, value);
    else this.comprehensionElement(kind, depth, elt, value);
    this.useLabel(ifCleanup);
    if (start) {
      this.jump(start);
      this.useLabel(anchor);
    }
  }

  private comprehensionElement(kind: string, depth: number, elt: A.Expr, value: A.Expr | null): void {
    switch (kind) {
      case 'GeneratorExp':
        this.visitExpr(elt);
        this.emit(Op.YIELD_VALUE);
        this.emit(Op.POP_TOP);
        return;
      case 'ListComp': this.visitExpr(elt); this.emit(Op.LIST_APPEND, depth + 1); return;
      case 'SetComp': this.visitExpr(elt); this.emit(Op.SET_ADD, depth + 1); return;
      case 'DictComp':
        this.visitExpr(elt);
        this.visitExpr(value!);
        this.emit(Op.MAP_ADD, depth + 1);
        return;
    }
  }

  private asyncComprehensionGenerator(
    kind: string, gens: A.Comprehension[], index: number, depth: number, elt: A.Expr, value: A.Expr | null,
  ): void {
    const gen = gens[index];
    const start = this.newLabel(), except = this.newLabel(), ifCleanup = this.newLabel();
    if (index === 0) {
      this.u.argcount = 1;
      this.emit(Op.LOAD_FAST, this.u.addVarname('.0'));
    } else {
      this.visitExpr(gen.iter);
      this.emit(Op.GET_AITER);
    }
    this.useLabel(start);
    this.setup(FINALLY, except);
    this.emit(Op.GET_ANEXT);
    this.loadConst(NONE);
    this.yieldFrom(true);
    this.popBlock();
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    if (index + 1 < gens.length) this.comprehensionGenerator(kind, gens, index + 1, depth, elt, value);
    else this.comprehensionElement(kind, depth, elt, value);
    this.useLabel(ifCleanup);
    this.jump(start);
    this.useLabel(except);
    this.emit(Op.END_ASYNC_FOR);
  }

  /** CPython's ADD_YIELD_FROM: SEND loop around YIELD_VALUE (the receiver and value are pushed). */
  private yieldFrom(_await: boolean): void {
    const start = this.newLabel(), resume = this.newLabel(), exit = this.newLabel();
    this.useLabel(start);
    this.emit(Op.SEND, 0, exit);
    this.useLabel(resume);
    this.emit(Op.YIELD_VALUE);
    this.jump(start);
    this.useLabel(exit);
  }

  // ---- match (CPython's compiler_match and compiler_pattern_*) ----
  //
  // While a pattern is matched, the stack holds the subject copy, `onTop` working items above it,
  // and the values captured so far (`stores`, kept below the working items). A failed check jumps
  // to failPop[k], which pops the k items (working items + captures) then falls into failPop[k-1]
  // ... down to failPop[0], the next case.

  private compileMatch(s: A.Match): void {
    this.visitExpr(s.subject);
    const end = this.newLabel();
    const cases = s.cases.length;
    const last = s.cases[cases - 1];
    const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      const m = s.cases[i];
      this.setLoc(m.pattern);
      if (i !== cases - hasDefault - 1) this.emit(Op.COPY, 1);
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameOp(name, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0], false);
      }
      if (i !== cases - hasDefault - 1) this.emit(Op.POP_TOP);
      this.visitStmts(m.body);
      this.jumpNoLoc(end);
      this.setLoc(m.pattern);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      this.setLoc(last.pattern);
      if (cases === 1) this.emit(Op.POP_TOP);
      else this.emit(Op.NOP);
      if (last.guard) this.jumpIf(last.guard, end, false);
      this.visitStmts(last.body);
    }
    this.useLabel(end);
  }

  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(this.newLabel());
  }

  private jumpToFailPop(pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.emit(op, 0, pc.failPop[pops]);
  }

  private emitAndResetFailPop(pc: PatternContext): void {
    if (pc.failPop.length === 0) return;
    for (let k = pc.failPop.length - 1; k > 0; k--) {
      this.useLabel(pc.failPop[k]);
      this.emit(Op.POP_TOP);
    }
    this.useLabel(pc.failPop[0]);
    pc.failPop = [];
  }

  private rotate(count: number): void {
    while (count > 1) this.emit(Op.SWAP, count--);
  }

  private patternStoreName(name: string | null, pc: PatternContext): void {
    if (name === null) { this.emit(Op.POP_TOP); return; }
    if (name === '__debug__') this.error(M.ASSIGN_DEBUG);
    if (pc.stores.includes(name)) this.error(M.MATCH_MULTIPLE_ASSIGN(name));
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  private subpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private pattern(p: A.Pattern, pc: PatternContext): void {
    this.setLoc(p);
    switch (p.kind) {
      case 'MatchValue': {
        const v = foldExpr(p.value);
        if (v.kind !== 'Constant' && v.kind !== 'Attribute') this.error(M.MATCH_VALUE_INVALID);
        this.visitExpr(v);
        this.emitCompareOp('Eq');
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        this.loadConst(p.value);
        this.emitCompareOp('Is');
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence': this.patternSequence(p, pc); return;
      case 'MatchMapping': this.patternMapping(p, pc); return;
      case 'MatchClass': this.patternClass(p, pc); return;
      case 'MatchStar': this.patternStoreName(p.name, pc); return;
      case 'MatchAs':
        if (!p.pattern) {
          if (!pc.allowIrrefutable) {
            this.error(p.name ? M.MATCH_IRREFUTABLE_NAME(p.name) : M.MATCH_IRREFUTABLE_WILDCARD);
          }
          this.patternStoreName(p.name, pc);
          return;
        }
        pc.onTop++;
        this.emit(Op.COPY, 1);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.patternStoreName(p.name, pc);
        return;
      case 'MatchOr': this.patternOr(p, pc); return;
    }
  }

  private patternSequence(p: A.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (q.kind === 'MatchStar') {
        if (star >= 0) this.error(M.MATCH_STAR_MULTIPLE);
        starWildcard = q.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(q);
    }
    pc.onTop++;
    this.emit(Op.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.emit(Op.GET_LEN);
      this.loadConst({ type: 'int', value: BigInt(size) });
      this.emitCompareOp('Eq');
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    } else if (size - 1) {
      this.emit(Op.GET_LEN);
      this.loadConst({ type: 'int', value: BigInt(size - 1) });
      this.emitCompareOp('GtE');
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.emit(Op.POP_TOP);
    } else if (starWildcard) {
      // Subscripts instead of unpacking: [first, *_, last] and the like.
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        const q = patterns[i];
        if (isWildcard(q) || i === star) continue;
        this.emit(Op.COPY, 1);
        if (i < star) {
          this.loadConst({ type: 'int', value: BigInt(i) });
        } else {
          this.emit(Op.GET_LEN);
          this.loadConst({ type: 'int', value: BigInt(size - i) });
          this.emit(Op.BINARY_OP, NB.SUBTRACT);
        }
        this.emit(Op.BINARY_SUBSCR);
        this.subpattern(q, pc);
      }
      pc.onTop--;
      this.emit(Op.POP_TOP);
    } else {
      let seenStar = false;
      for (let i = 0; i < size; i++) {
        if (patterns[i].kind === 'MatchStar' && !seenStar) {
          this.emit(Op.UNPACK_EX, i + ((size - i - 1) << 8));
          seenStar = true;
        }
      }
      if (!seenStar) this.emit(Op.UNPACK_SEQUENCE, size);
      pc.onTop += size;
      for (const q of patterns) {
        pc.onTop--;
        this.subpattern(q, pc);
      }
    }
  }

  private patternMapping(p: A.MatchMapping, pc: PatternContext): void {
    const keys = p.keys;
    let size = keys.length;
    const star = p.rest;
    pc.onTop++;
    this.emit(Op.MATCH_MAPPING);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    if (!size && !star) {
      pc.onTop--;
      this.emit(Op.POP_TOP);
      return;
    }
    if (size) {
      this.emit(Op.GET_LEN);
      this.loadConst({ type: 'int', value: BigInt(size) });
      this.emitCompareOp('GtE');
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (const k0 of keys) {
      const key = foldExpr(k0);
      if (key.kind === 'Constant') {
        const hk = hashKey(key.value);
        if (seen.has(hk)) this.error(M.MATCH_KEY_DUPLICATE(constRepr(key.value)));
        seen.add(hk);
      } else if (key.kind !== 'Attribute') {
        this.error(M.MATCH_KEY_INVALID);
      }
      this.visitExpr(key);
    }
    this.buildTuple(size);
    this.emit(Op.MATCH_KEYS);
    pc.onTop += 2;
    this.emit(Op.COPY, 1);
    this.loadConst(NONE);
    this.emit(Op.IS_OP, 1);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    this.emit(Op.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (const q of p.patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
    pc.onTop -= 2;
    if (star) {
      // rest = dict(subject); del rest[key] for each key.
      this.emit(Op.BUILD_MAP, 0);
      this.emit(Op.SWAP, 3);
      this.emit(Op.DICT_UPDATE, 2);
      this.emit(Op.UNPACK_SEQUENCE, size);
      while (size) {
        this.emit(Op.COPY, 1 + size--);
        this.emit(Op.SWAP, 2);
        this.emit(Op.DELETE_SUBSCR);
      }
      this.patternStoreName(star, pc);
    } else {
      this.emit(Op.POP_TOP);
      this.emit(Op.POP_TOP);
    }
  }

  private patternClass(p: A.MatchClass, pc: PatternContext): void {
    const nargs = p.patterns.length, nattrs = p.kwd_attrs.length;
    if (nattrs) {
      for (let i = 0; i < nattrs; i++) {
        const attr = p.kwd_attrs[i];
        this.setLoc(p.kwd_patterns[i]);
        if (attr === '__debug__') this.error(M.ASSIGN_DEBUG);
        for (let j = i + 1; j < nattrs; j++) {
          if (p.kwd_attrs[j] === attr) { this.setLoc(p.kwd_patterns[j]); this.error(M.MATCH_KWD_REPEATED(attr)); }
        }
      }
      this.setLoc(p);
    }
    this.visitExpr(p.cls);
    this.loadConst({ type: 'tuple', items: p.kwd_attrs.map((a) => ({ type: 'str', value: a }) as ConstValue) });
    this.emit(Op.MATCH_CLASS, nargs);
    this.emit(Op.COPY, 1);
    this.loadConst(NONE);
    this.emit(Op.IS_OP, 1);
    pc.onTop++;
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    this.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
      if (isWildcard(q)) { this.emit(Op.POP_TOP); continue; }
      this.subpattern(q, pc);
    }
  }

  private patternOr(p: A.MatchOr, pc: PatternContext): void {
    const end = this.newLabel();
    const size = p.patterns.length;
    const old = { ...pc };
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      this.setLoc(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.emit(Op.COPY, 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (i === 0) {
        control = pc.stores;
      } else if (nstores !== control!.length) {
        this.error(M.MATCH_ALT_BIND_DIFFERENT);
      } else if (nstores) {
        // Reorder this alternative's captures on the stack to the first one's order.
        for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) this.error(M.MATCH_ALT_BIND_DIFFERENT);
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.rotate(icontrol + 1);
          }
        }
      }
      this.jump(end);
      this.emitAndResetFailPop(pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    this.emit(Op.POP_TOP);
    this.jumpToFailPop(pc, P_JUMP);
    this.useLabel(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.rotate(nrots);
      const name = control![i];
      if (pc.stores.includes(name)) this.error(M.MATCH_MULTIPLE_ASSIGN(name));
      pc.stores.push(name);
    }
    this.emit(Op.POP_TOP);
  }

  // ---- assembly ----

  private assemble(addNone: boolean): CodeObject {
    const u = this.u;
    const last = u.instrs[u.instrs.length - 1];
    if (!last || !isTerminal(last.op)) {
      this.unsetLoc();
      if (addNone) this.loadConst(NONE);
      this.emit(Op.RETURN_VALUE);
    }
    return assembleUnit(u, this.filename, this.futureAnnotations);
  }
}

// ---- annotation text (CPython's ast_unparse.c, for `from __future__ import annotations`) ----

const enum Pr { Tuple, Test, Or, And, Not, Cmp, Bor, Bxor, Band, Shift, Arith, Term, Factor, Power, Await, Atom }

const BIN_TEXT: Record<A.Operator, [string, Pr]> = {
  Add: ['+', Pr.Arith], Sub: ['-', Pr.Arith], Mult: ['*', Pr.Term], MatMult: ['@', Pr.Term], Div: ['/', Pr.Term],
  Mod: ['%', Pr.Term], FloorDiv: ['//', Pr.Term], LShift: ['<<', Pr.Shift], RShift: ['>>', Pr.Shift],
  BitOr: ['|', Pr.Bor], BitXor: ['^', Pr.Bxor], BitAnd: ['&', Pr.Band], Pow: ['**', Pr.Power],
};
const CMP_TEXT: Record<A.CmpOperator, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

function unparseConst(c: ConstValue): string {
  if (c.type === 'Ellipsis') return '...';
  if (c.type === 'float' && !Number.isFinite(c.value) && !Number.isNaN(c.value)) return c.value > 0 ? '1e309' : '-1e309';
  return constRepr(c);
}

/** The source text CPython 3.11 gives an expression when it stringizes an annotation. */
export function unparse(e: A.Expr, level: Pr = Pr.Test): string {
  const paren = (p: Pr, text: string) => (level > p ? `(${text})` : text);
  const seq = (es: A.Expr[]) => es.map((x) => unparse(x, Pr.Test)).join(', ');
  switch (e.kind) {
    case 'BoolOp': {
      const p = e.op === 'And' ? Pr.And : Pr.Or;
      return paren(p, e.values.map((v) => unparse(v, p + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, p] = BIN_TEXT[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(p, `${unparse(e.left, p + rassoc)} ${op} ${unparse(e.right, p + 1 - rassoc)}`);
    }
    case 'UnaryOp': {
      const [op, p] = e.op === 'Not' ? ['not ', Pr.Not] : [e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-', Pr.Factor];
      return paren(p as Pr, `${op}${unparse(e.operand, p as Pr)}`);
    }
    case 'IfExp':
      return paren(Pr.Test, `${unparse(e.body, Pr.Test + 1)} if ${unparse(e.test, Pr.Test + 1)} else ${unparse(e.orelse, Pr.Test)}`);
    case 'Compare':
      return paren(Pr.Cmp, unparse(e.left, Pr.Cmp + 1) + e.ops.map((o, i) => ` ${CMP_TEXT[o]} ${unparse(e.comparators[i], Pr.Cmp + 1)}`).join(''));
    case 'Call': {
      const args = [...e.args.map((a) => unparse(a, Pr.Test)),
        ...e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value, Pr.Test)}` : `${k.arg}=${unparse(k.value, Pr.Test)}`))];
      return `${unparse(e.func, Pr.Atom)}(${args.join(', ')})`;
    }
    case 'Constant': return unparseConst(e.value);
    case 'Attribute': {
      const v = e.value;
      const period = v.kind === 'Constant' && v.value.type === 'int' ? ' .' : '.';
      return `${unparse(v, Pr.Atom)}${period}${e.attr}`;
    }
    case 'Subscript': {
      const sl = e.slice;
      let inner: string;
      if (sl.kind === 'Tuple' && sl.elts.length > 0) {
        inner = sl.elts.map((x) => unparseSliceItem(x)).join(', ') + (sl.elts.length === 1 ? ',' : '');
      } else {
        inner = unparseSliceItem(sl, Pr.Tuple);
      }
      return `${unparse(e.value, Pr.Atom)}[${inner}]`;
    }
    case 'Starred': return `*${unparse(e.value, Pr.Bor)}`;
    case 'Name': return e.id;
    case 'List': return `[${seq(e.elts)}]`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(Pr.Tuple, seq(e.elts) + (e.elts.length === 1 ? ',' : ''));
    case 'Set': return e.elts.length === 0 ? '{*()}' : `{${seq(e.elts)}}`;
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i], Pr.Bor)}` : `${unparse(k, Pr.Test)}: ${unparse(e.values[i], Pr.Test)}`)).join(', ')}}`;
    case 'Await': return paren(Pr.Await, `await ${unparse(e.value, Pr.Atom)}`);
    case 'NamedExpr': return paren(Pr.Tuple, `${unparse(e.target, Pr.Atom)} := ${unparse(e.value, Pr.Atom)}`);
    case 'Slice': return unparseSliceItem(e);
    default: return '...';
  }
}

function unparseSliceItem(e: A.Expr, level: Pr = Pr.Test): string {
  if (e.kind !== 'Slice') return unparse(e, level);
  let out = (e.lower ? unparse(e.lower, Pr.Test) : '') + ':' + (e.upper ? unparse(e.upper, Pr.Test) : '');
  if (e.step) out += ':' + unparse(e.step, Pr.Test);
  return out;
}
