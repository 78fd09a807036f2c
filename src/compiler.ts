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
// `assembleUnit()` then follows CPython's assemble(): cut the list into basic blocks, apply the
// peephole rules that change what dis shows (constant conditions, tuple folding, swaps, jump
// threading, inlining of small exits), walk the flow graph with the table's stack effects (giving
// stacksize, each handler's depth and reachability), drop unreachable blocks, propagate locations,
// turn the pseudo instructions into NOPs that survive only where they carry a line, and lay out
// words, the exception table, lines and positions.
//
// Invariants: a unit's stack depth is the same along every path to an instruction (checked by the
// flow walk); conditional jumps only go forward (the optimizer never threads one backward); every
// block a jump targets exists (labels are placed before assembly).

import type * as A from './ast.js';
import type { ConstValue } from './ast.js';
import { Op } from './bytecode/op.gen.js';
import { OPCODES, effectOf, instrSize, NB, MF, FV } from './bytecode/opcodes.js';
import { CO, FAST, CodeConst, CodeObject, ExceptionEntry, Position } from './bytecode/code.js';
import {
  buildSymbolTable, mangle, syntaxErrorAt, Scope, SymbolTable, SymScope, DEF_FREE_CLASS, DEF_IMPORT, Loc,
} from './symtable.js';
import * as M from './messages.js';
import { constRepr } from './bytecode/dis.js';

/** Compiles a parsed module; throws PySyntaxError for compile-time errors. */
export function compileModule(module: A.Module, filename: string, source: string): CodeObject {
  const future = checkFutureImports(module, filename, source);
  const st = buildSymbolTable(module, filename, source);
  const c = new Compiler(st, filename, source, future.line, future.annotations);
  return c.compileModule(module);
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

const P_LABEL = -1;
const P_SETUP = -2;
const P_JUMP = -3;
/** Stands for CPython's RESUME (at the unit's first line, columns 0) until locations are final. */
const P_RESUME = -4;
const P_POPBLOCK = -5;

/** CPython's "stack use guideline": above it, displays and calls are built incrementally. */
const STACK_USE_GUIDELINE = 30;

interface Label { id: number; handlers?: Handler[] }

/** An exception handler: `jumpPush` items are pushed at the handler, `lasti` of them the index. */
interface Handler {
  label: Label;
  jumpPush: number;
  lasti: number;
  /** Table depth, found by the flow walk at the SETUP. */
  depth: number;
}
const FINALLY = { jumpPush: 1, lasti: 0 };
const CLEANUP = { jumpPush: 2, lasti: 1 };
const WITH = { jumpPush: 1, lasti: 1 };

interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: Loc | null;
  handler: Handler | null;
  /** For SETUP. */
  setup?: Handler;
  /** Deref opargs are numbered cells-then-frees until assembly maps them to localsplus. */
  deref?: boolean;
}

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

class Unit {
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

function isConst(e: A.Expr): e is A.Constant { return e.kind === 'Constant'; }

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

  compileModule(mod: A.Module): CodeObject {
    this.enterScope('module', '<module>', mod, 1);
    this.u.qualname = '<module>';
    this.compileBody(mod.body, true);
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

  private compileCompare(e: A.Compare): void {
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

function isTerminal(op: number): boolean {
  if (op === P_JUMP) return true;
  if (op < 0) return false;
  return OPCODES[op].terminal === true;
}

// ---- assembler ----

interface Block {
  instrs: Instr[];
  labels: Label[];
  next: Block | null;
  depth: number;
  preds: number;
  offset: number;
}

function isJump(i: Instr): boolean { return i.target !== null && i.op !== P_LABEL && i.op !== P_SETUP; }

/** Cuts the instruction list into basic blocks (CPython's CFG). */
function makeBlocks(instrs: Instr[]): { blocks: Block[]; byLabel: Map<Label, Block> } {
  const blocks: Block[] = [];
  const byLabel = new Map<Label, Block>();
  let cur: Block = { instrs: [], labels: [], next: null, depth: -1, preds: 0, offset: 0 };
  blocks.push(cur);
  const fresh = (): Block => {
    const b: Block = { instrs: [], labels: [], next: null, depth: -1, preds: 0, offset: 0 };
    cur.next = b;
    blocks.push(b);
    cur = b;
    return b;
  };
  for (const ins of instrs) {
    if (ins.op === P_LABEL) {
      if (cur.instrs.length > 0) fresh();
      cur.labels.push(ins.target!);
      byLabel.set(ins.target!, cur);
      continue;
    }
    cur.instrs.push(ins);
    if (isJump(ins) || isTerminal(ins.op)) fresh();
  }
  return { blocks, byLabel };
}

function constTruth(c: CodeConst): boolean | null {
  switch (c.type) {
    case 'None': return false;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'Ellipsis': return true;
    case 'tuple': case 'frozenset': return c.items.length > 0;
    default: return null;
  }
}

/** The peephole rules of CPython's optimize_basic_block that change what dis shows. */
function optimizeBlock(b: Block, u: Unit): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const a = ins[i];
    const nx = ins[i + 1];
    if (a.op === Op.LOAD_CONST && nx && (nx.op === Op.POP_JUMP_IF_FALSE || nx.op === Op.POP_JUMP_IF_TRUE)) {
      const t = constTruth(u.consts[a.arg]);
      if (t === null) continue;
      a.op = Op.NOP; a.arg = 0;
      if (t === (nx.op === Op.POP_JUMP_IF_TRUE)) nx.op = P_JUMP;
      else { nx.op = Op.NOP; nx.target = null; }
    } else if (a.op === Op.LOAD_CONST && nx && (nx.op === Op.JUMP_IF_FALSE_OR_POP || nx.op === Op.JUMP_IF_TRUE_OR_POP)) {
      // A constant operand of and/or: the jump is decided (the value stays), or both go.
      const t = constTruth(u.consts[a.arg]);
      if (t === null) continue;
      if (t === (nx.op === Op.JUMP_IF_TRUE_OR_POP)) nx.op = P_JUMP;
      else { a.op = Op.NOP; a.arg = 0; nx.op = Op.NOP; nx.target = null; }
    } else if (a.op === Op.LOAD_CONST && nx && nx.op === Op.IS_OP && u.consts[a.arg].type === 'None') {
      const j = ins[i + 2];
      if (j && (j.op === Op.POP_JUMP_IF_FALSE || j.op === Op.POP_JUMP_IF_TRUE)) {
        const inv = nx.arg;
        a.op = Op.NOP; a.arg = 0;
        nx.op = Op.NOP; nx.arg = 0;
        j.op = (inv ^ (j.op === Op.POP_JUMP_IF_FALSE ? 1 : 0)) ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
      }
    } else if (a.op === Op.BUILD_TUPLE && nx && nx.op === Op.UNPACK_SEQUENCE && a.arg === nx.arg) {
      if (a.arg === 1) { a.op = Op.NOP; nx.op = Op.NOP; nx.arg = 0; a.arg = 0; }
      else if (a.arg === 2 || a.arg === 3) { a.op = Op.NOP; nx.op = Op.SWAP; a.arg = 0; }
    } else if (a.op === Op.SWAP) {
      if (a.arg === 1) { a.op = Op.NOP; a.arg = 0; continue; }
      i = swaptimize(ins, i);
      applyStaticSwaps(ins, i);
    } else if (a.op === Op.BUILD_TUPLE && i >= a.arg) {
      // CPython's fold_tuple_on_constants: the tuple becomes one new constant.
      const run = ins.slice(i - a.arg, i);
      if (run.every((x) => x.op === Op.LOAD_CONST)) {
        const items = run.map((x) => u.consts[x.arg] as ConstValue);
        for (const x of run) { x.op = Op.NOP; x.arg = 0; }
        a.op = Op.LOAD_CONST;
        a.arg = u.addConst({ type: 'tuple', items });
      }
    }
  }
  // A jump made unconditional ends the block.
  const k = ins.findIndex((x) => x.op === P_JUMP);
  if (k >= 0 && k < ins.length - 1) ins.length = k + 1;
}

/**
 * CPython's swaptimize: a run of SWAPs (and NOPs) starting at `ix` is replaced by the minimal
 * SWAP sequence with the same permutation. Returns the index of the run's last instruction.
 */
function swaptimize(ins: Instr[], ix: number): number {
  let depth = ins[ix].arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const x = ins[ix + len];
    if (x.op === Op.SWAP) { depth = Math.max(depth, x.arg); more = true; }
    else if (x.op !== Op.NOP) break;
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const x = ins[ix + i];
    if (x.op === Op.SWAP) { const top = stack[0]; stack[0] = stack[x.arg - 1]; stack[x.arg - 1] = top; }
  }
  // Walk each cycle of the permutation through position 0, emitting from the end of the run.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) { ins[ix + current].op = Op.SWAP; ins[ix + current].arg = j + 1; current--; }
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  while (current >= 0) { ins[ix + current].op = Op.NOP; ins[ix + current].arg = 0; current--; }
  return ix + len - 1;
}

/** Instructions that only pop the top and cannot run code or jump: they can trade places. */
function swappable(op: number): boolean { return op === Op.STORE_FAST || op === Op.POP_TOP; }

function nextSwappable(ins: Instr[], i: number, lineno: number): number {
  while (++i < ins.length) {
    const x = ins[i];
    if (lineno >= 0 && (x.loc ? x.loc.lineno : -1) !== lineno) return -1;
    if (x.op === Op.NOP) continue;
    return swappable(x.op) ? i : -1;
  }
  return -1;
}

/** CPython's apply_static_swaps: SWAP n before n stores becomes the stores in another order. */
function applyStaticSwaps(ins: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = ins[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(ins, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = ins[j].loc ? ins[j].loc!.lineno : -1;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(ins, k, lineno);
      if (k < 0) return;
    }
    swap.op = Op.NOP;
    swap.arg = 0;
    const t = ins[j]; ins[j] = ins[k]; ins[k] = t;
  }
}

/** CPython's clean_basic_block: drops NOPs whose line another instruction already carries. */
function removeNops(b: Block, setupsAreNops: boolean): void {
  const out: Instr[] = [];
  const ins = b.instrs;
  let prevLine = -1;
  for (let i = 0; i < ins.length; i++) {
    const x = ins[i];
    const line = x.loc ? x.loc.lineno : -1;
    if ((x.op === P_SETUP || x.op === P_POPBLOCK) && !setupsAreNops) { out.push(x); prevLine = line; continue; }
    if (x.op === Op.NOP) {
      if (line < 0 || prevLine === line) continue;
      if (i < ins.length - 1) {
        const nx = ins[i + 1];
        if (!nx.loc) { nx.loc = x.loc; continue; }
        if (nx.loc.lineno === line) continue;
      } else {
        const n = nextNonEmpty(b);
        if (n && n.instrs[0].loc?.lineno === line) continue;
      }
    }
    out.push(x);
    prevLine = line;
  }
  b.instrs = out;
}
/**
 * CPython's jump threading in optimize_basic_block: a jump to a jump goes straight to the final
 * target, and `a and b or c` style JUMP_IF_X_OR_POP chains become POP_JUMP_IFs. Conditional jumps
 * are only ever redirected forward (only JUMP_BACKWARD may go back).
 */
function threadJumps(blocks: Block[], target: (l: Label) => Block, extraLabels: Map<Label, Block>): void {
  const index = new Map<Block, number>();
  blocks.forEach((b, i) => index.set(b, i));
  const lineOf = (i: Instr) => (i.loc ? i.loc.lineno : -1);
  const labelOf = (b: Block): Label => {
    if (b.labels.length > 0) return b.labels[0];
    const l: Label = { id: -1 };
    b.labels.push(l);
    extraLabels.set(l, b);
    return l;
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const inst = b.instrs[b.instrs.length - 1];
    if (!inst || !isJump(inst)) continue;
    for (let guard = 0; guard < 16; guard++) {
      const tb = blockAfterEmpty(target(inst.target!));
      const t = tb?.instrs[0];
      if (!tb || !t) break;
      const forwardOk = (dest: Block | null) => dest !== null && (inst.op === P_JUMP || index.get(dest)! > bi);
      const thread = (op: number): boolean => {
        if (!isJump(t) || t.op === Op.FOR_ITER || t.op === Op.SEND) return false;
        const dest = blockAfterEmpty(target(t.target!));
        if (lineOf(inst) !== lineOf(t) || dest === tb || !forwardOk(dest)) return false;
        if (inst.target === t.target) return false;
        inst.target = t.target;
        inst.op = op;
        return true;
      };
      let changed = false;
      switch (inst.op) {
        case Op.JUMP_IF_FALSE_OR_POP:
        case Op.JUMP_IF_TRUE_OR_POP: {
          const f = inst.op === Op.JUMP_IF_FALSE_OR_POP;
          const same = f ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
          const sameOrPop = inst.op;
          const other = f ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
          const otherOrPop = f ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP;
          if (t.op === same) changed = thread(same);
          else if (t.op === P_JUMP || t.op === sameOrPop) changed = thread(sameOrPop);
          else if ((t.op === otherOrPop || t.op === other) && lineOf(inst) === lineOf(t)) {
            const after = nextNonEmpty(tb);
            if (after && forwardOk(after)) { inst.op = same; inst.target = labelOf(after); changed = true; }
          }
          break;
        }
        case Op.POP_JUMP_IF_FALSE:
        case Op.POP_JUMP_IF_TRUE:
        case Op.POP_JUMP_IF_NONE:
        case Op.POP_JUMP_IF_NOT_NONE:
          if (t.op === P_JUMP) changed = thread(inst.op);
          break;
        case P_JUMP:
          if (t.op === P_JUMP) changed = thread(P_JUMP);
          break;
        default: break;
      }
      if (!changed) break;
    }
  }
}

const MAX_COPY_SIZE = 4;

function isExitBlock(b: Block | null): boolean {
  if (!b || b.instrs.length === 0) return false;
  const op = b.instrs[b.instrs.length - 1].op;
  return op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS;
}

function copyInstr(i: Instr): Instr { return { ...i }; }

function assembleUnit(u: Unit, filename: string, futureAnnotations: boolean): CodeObject {
  const { blocks, byLabel } = makeBlocks(u.instrs);
  // Labels the optimizer makes for blocks that had none.
  const extraLabels = new Map<Label, Block>();
  const target = (l: Label): Block => {
    const b = byLabel.get(l) ?? extraLabels.get(l);
    if (!b) throw new Error('compiler: jump to a label never placed');
    return b;
  };
  for (const b of blocks) optimizeBlock(b, u);
  threadJumps(blocks, target, extraLabels);
  // CPython's optimizer inlines small exit blocks reached by an unconditional jump.
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last || last.op !== P_JUMP) continue;
    const t = blockAfterEmpty(target(last.target!));
    // Only blocks without any location (an implicit `return None`) are copied.
    if (t && t !== b && isExitBlock(t) && t.instrs.length <= MAX_COPY_SIZE && t.instrs.every((x) => !x.loc)) {
      last.op = Op.NOP;
      last.target = null;
      for (const x of t.instrs) b.instrs.push(copyInstr(x));
    }
  }
  for (const b of blocks) removeNops(b, false);
  const flags = codeFlags(u, futureAnnotations);
  const isGen = (flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0;

  // Flow walk: depth at each block, handler depths, stacksize, reachability.
  let maxDepth = 0;
  const todo: Block[] = [];
  const reach = (b: Block, d: number): void => {
    if (d > maxDepth) maxDepth = d;
    if (b.depth < 0) { b.depth = d; todo.push(b); }
    else if (b.depth !== d) throw new Error(`compiler: inconsistent stack depth in ${u.qualname} (${b.depth} vs ${d})`);
  };
  // The body runs after the generator prefix (RETURN_GENERATOR; POP_TOP of the first value sent),
  // which needs one slot, as CPython's stackdepth counts it.
  reach(blocks[0], 0);
  if (isGen) maxDepth = Math.max(maxDepth, 1);
  while (todo.length > 0) {
    const b = todo.pop()!;
    let d = b.depth;
    let fallsThrough = true;
    for (const ins of b.instrs) {
      if (ins.op === P_SETUP) {
        const h = ins.setup!;
        h.depth = d + h.jumpPush - 1 - h.lasti;
        reach(target(ins.target!), d + h.jumpPush);
        continue;
      }
      if (ins.op === P_JUMP) { reach(target(ins.target!), d); fallsThrough = false; break; }
      if (ins.op === P_RESUME || ins.op === P_POPBLOCK) continue;
      const info = OPCODES[ins.op];
      const pop = effectOf(info.pop, ins.arg);
      if (pop > d) throw new Error(`compiler: stack underflow at ${info.name} in ${u.qualname}`);
      if (ins.target) reach(target(ins.target), d - pop + effectOf(info.jumpPush ?? info.push, ins.arg));
      d = d - pop + effectOf(info.push, ins.arg);
      if (d > maxDepth) maxDepth = d;
      if (info.terminal) { fallsThrough = false; break; }
    }
    if (fallsThrough && b.next) reach(b.next, d);
  }
  // Keep reachable blocks only, then drop jumps to the next block (CPython's optimize_cfg).
  const live = blocks.filter((b) => b.depth >= 0);
  for (let i = 0; i < live.length; i++) live[i].next = live[i + 1] ?? null;
  for (const b of live) {
    const lastI = b.instrs[b.instrs.length - 1];
    if (lastI && lastI.op === P_JUMP && blockAfterEmpty(target(lastI.target!)) === nextNonEmpty(b)) {
      lastI.op = Op.NOP;
      lastI.target = null;
    }
  }
  for (const b of live) removeNops(b, false);
  duplicateExits(live, target, extraLabels);
  propagateLocations(live, target, u.firstlineno);
  trimUnusedConsts(u, live);
  for (const b of live) {
    for (const ins of b.instrs) if (ins.op === P_SETUP || ins.op === P_POPBLOCK) { ins.op = Op.NOP; ins.target = null; }
  }
  for (const b of live) removeNops(b, true);
  for (const b of live) b.instrs = b.instrs.filter((x) => x.op !== P_RESUME);

  // Layout.
  let offset = 0;
  for (const b of live) {
    b.offset = offset;
    for (const ins of b.instrs) offset += instrSize(ins.op === P_JUMP ? Op.JUMP_FORWARD : ins.op);
  }
  const blockOffset = (l: Label): number => {
    let b: Block | null = target(l);
    while (b && b.instrs.length === 0) b = b.next;
    return b ? b.offset : offset;
  };
  const localsplus = buildLocalsplus(u);
  const code = new Uint32Array(offset);
  const lines: number[] = new Array(offset).fill(0);
  const positions: Position[] = new Array(offset);
  const handlerOf: (Handler | null)[] = new Array(offset).fill(null);
  let pc = 0;
  for (const b of live) {
    for (const ins of b.instrs) {
      let op = ins.op;
      let arg = ins.arg;
      if (ins.target) {
        arg = blockOffset(ins.target);
        if (op === P_JUMP) op = arg <= pc ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
      }
      if (ins.deref) arg = localsplus.derefMap[arg];
      const size = instrSize(op);
      code[pc] = (op & 0xff) | (arg << 8);
      const loc = ins.loc;
      const pos: Position = loc
        ? { line: loc.lineno, endLine: loc.end_lineno, col: loc.col_offset, endCol: loc.end_col_offset }
        : { line: 0, endLine: 0, col: -1, endCol: -1 };
      for (let k = 0; k < size; k++) {
        positions[pc + k] = pos;
        lines[pc + k] = pos.line;
        handlerOf[pc + k] = ins.handler;
      }
      pc += size;
    }
  }
  // Exception table: maximal runs of words sharing a handler.
  const exceptiontable: ExceptionEntry[] = [];
  for (let i = 0; i < offset;) {
    const h = handlerOf[i];
    let j = i + 1;
    while (j < offset && handlerOf[j] === h) j++;
    if (h) exceptiontable.push({ start: i, end: j, target: blockOffset(h.label), depth: h.depth, lasti: h.lasti });
    i = j;
  }
  // Prefix: COPY_FREE_VARS, MAKE_CELLs, RETURN_GENERATOR + POP_TOP (CPython's insert_prefix_instructions).
  const prefix: number[] = [];
  const nfree = u.freevars.length;
  if (nfree) prefix.push(Op.COPY_FREE_VARS | (nfree << 8));
  for (const idx of localsplus.cellSlots) prefix.push(Op.MAKE_CELL | (idx << 8));
  if (isGen) prefix.push(Op.RETURN_GENERATOR, Op.POP_TOP);
  const genPos: Position = { line: u.firstlineno, endLine: u.firstlineno, col: -1, endCol: -1 };
  let finalCode = code, finalLines = lines, finalPositions = positions;
  if (prefix.length) {
    const shift = prefix.length;
    finalCode = new Uint32Array(offset + shift);
    finalCode.set(prefix, 0);
    for (let i = 0; i < offset;) {
      const word = code[i];
      const op = word & 0xff;
      let arg = word >>> 8;
      if (OPCODES[op].fmt === 'jump') arg += shift;
      finalCode[i + shift] = op | (arg << 8);
      i += instrSize(op);
    }
    const none: Position = { line: 0, endLine: 0, col: -1, endCol: -1 };
    const prefixPos = prefix.map((w) => ((w & 0xff) === Op.RETURN_GENERATOR || (w & 0xff) === Op.POP_TOP ? genPos : none));
    finalLines = [...prefixPos.map((p) => p.line), ...lines];
    finalPositions = [...prefixPos, ...positions];
    for (const e of exceptiontable) { e.start += shift; e.end += shift; e.target += shift; }
  }
  return {
    argcount: u.argcount + u.posonlyargcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    firstlineno: u.firstlineno,
    name: u.name,
    qualname: u.qualname,
    filename,
    localsplusnames: localsplus.names,
    localspluskinds: localsplus.kinds,
    names: u.names,
    consts: u.consts,
    code: finalCode,
    stacksize: maxDepth,
    exceptiontable,
    lines: finalLines,
    positions: finalPositions,
  };
}

function blockAfterEmpty(b: Block): Block | null {
  let n: Block | null = b;
  while (n && n.instrs.length === 0) n = n.next;
  return n;
}

function nextNonEmpty(b: Block): Block | null {
  let n = b.next;
  while (n && n.instrs.length === 0) n = n.next;
  return n;
}

/** CPython's duplicate_exits_without_lineno: a shared exit block without a line is copied per jump. */
function duplicateExits(blocks: Block[], target: (l: Label) => Block, extraLabels: Map<Label, Block>): void {
  countPredecessors(blocks, target);
  const isExitNoLine = (b: Block | null) => isExitBlock(b) && b!.instrs.every((x) => !x.loc);
  // CPython walks its blocks newest first; later blocks in the layout come close to that.
  for (const b of [...blocks].reverse()) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last || !isJump(last) || last.op === P_SETUP) continue;
    const t = blockAfterEmpty(target(last.target!));
    if (t && isExitNoLine(t) && t.preds > 1) {
      const copy: Block = { instrs: t.instrs.map(copyInstr), labels: [], next: t.next, depth: t.depth, preds: 1, offset: 0 };
      copy.instrs[0].loc = last.loc;
      const label: Label = { id: -1 };
      copy.labels.push(label);
      extraLabels.set(label, copy);
      last.target = label;
      t.preds--;
      // The copy goes right after the original (which no fall-through can reach past: it exits).
      t.next = copy;
      blocks.splice(blocks.indexOf(t) + 1, 0, copy);
    }
  }
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (last && !isTerminal(last.op) && isExitNoLine(nextNonEmpty(b))) nextNonEmpty(b)!.instrs[0].loc = last.loc;
  }
}


function countPredecessors(blocks: Block[], target: (l: Label) => Block): void {
  for (const b of blocks) b.preds = 0;
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last) continue;
    if (!isTerminal(last.op)) { const n = nextNonEmpty(b); if (n) n.preds++; }
    for (const ins of b.instrs) {
      if (ins.target && ins.op !== P_SETUP) { const t = blockAfterEmpty(target(ins.target)); if (t) t.preds++; }
    }
  }
}

/** CPython's propagate_line_numbers and guarantee_lineno_for_exits. */
function propagateLocations(blocks: Block[], target: (l: Label) => Block, firstlineno: number): void {
  countPredecessors(blocks, target);
  for (const b of blocks) {
    if (b.instrs.length === 0) continue;
    let prev: Loc | null = null;
    for (const x of b.instrs) {
      if (!x.loc) x.loc = prev;
      else prev = x.loc;
    }
    const last = b.instrs[b.instrs.length - 1];
    if (!isTerminal(last.op)) {
      const n = nextNonEmpty(b);
      if (n && n.preds === 1 && !n.instrs[0].loc) n.instrs[0].loc = prev;
    }
    if (isJump(last)) {
      const t = blockAfterEmpty(target(last.target!));
      if (t && t.preds === 1 && !t.instrs[0].loc) t.instrs[0].loc = prev;
    }
  }
  let lineno = firstlineno;
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last) continue;
    if (!last.loc) {
      if (last.op === Op.RETURN_VALUE) {
        for (const x of b.instrs) x.loc = { lineno, end_lineno: lineno, col_offset: -1, end_col_offset: -1 };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** CPython's trim_unused_consts: constants past the last one used are dropped. */
function trimUnusedConsts(u: Unit, blocks: Block[]): void {
  let max = 0;
  for (const b of blocks) {
    for (const x of b.instrs) if (x.op >= 0 && OPCODES[x.op].fmt === 'const') max = Math.max(max, x.arg);
  }
  if (max + 1 < u.consts.length) u.consts.length = max + 1;
}

/** CPython's CO_FUTURE_ANNOTATIONS: set on every code object of a module with that future. */
const CO_FUTURE_ANNOTATIONS = 0x1000000;

function codeFlags(u: Unit, futureAnnotations: boolean): number {
  const ste = u.ste;
  let flags = futureAnnotations ? CO_FUTURE_ANNOTATIONS : 0;
  if (ste.kind === 'function') {
    flags |= CO.NEWLOCALS | CO.OPTIMIZED;
    if (ste.nested) flags |= CO.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO.COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO.VARARGS;
    if (ste.varkeywords) flags |= CO.VARKEYWORDS;
  }
  return flags;
}

/**
 * localsplus = varnames, then cells that are not arguments, then frees (CPython 3.11). Returns the
 * map from the compiler's deref numbering (cells then frees) to localsplus indices.
 */
function buildLocalsplus(u: Unit): { names: string[]; kinds: number[]; derefMap: number[]; cellSlots: number[] } {
  const names = [...u.varnames];
  const kinds = names.map(() => FAST.LOCAL as number);
  const derefMap: number[] = [];
  const cellSlots: number[] = [];
  const nargs = u.argcount + u.posonlyargcount + u.kwonlyargcount + (u.ste.varargs ? 1 : 0) + (u.ste.varkeywords ? 1 : 0);
  for (const c of u.cellvars) {
    const vi = names.indexOf(c);
    if (vi >= 0 && vi < Math.max(nargs, u.ste.varnames.length)) {
      kinds[vi] = FAST.ARG_CELL;
      derefMap.push(vi);
      cellSlots.push(vi);
    } else {
      derefMap.push(names.length);
      cellSlots.push(names.length);
      names.push(c);
      kinds.push(FAST.CELL);
    }
  }
  for (const f of u.freevars) {
    derefMap.push(names.length);
    names.push(f);
    kinds.push(FAST.FREE);
  }
  return { names, kinds, derefMap, cellSlots };
}

// ---- constant folding (CPython's ast_opt.c, the part that changes dis-visible constants) ----

const MAX_INT_BITS = 128n;
const MAX_STR_SIZE = 4096;
const folded = new WeakMap<A.Expr, A.Expr>();

function bitLength(v: bigint): bigint { return BigInt((v < 0n ? -v : v).toString(2).length) - (v === 0n ? 1n : 0n); }

function asNumber(c: ConstValue): bigint | number | null {
  if (c.type === 'int') return c.value;
  if (c.type === 'bool') return c.value ? 1n : 0n;
  if (c.type === 'float') return c.value;
  return null;
}

function pyFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function pyMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

const MAX_COLLECTION_SIZE = 256;

/** Python's float `//` and `%` (floatobject.c's float_floor_div / float_rem). */
function pyFloatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  if (mod) { if ((y < 0) !== (mod < 0)) mod += y; } else { mod = y < 0 ? -0 : 0; }
  const div = (x - mod) / y;
  let floordiv: number;
  if (div) { floordiv = Math.floor(div); if (div - floordiv > 0.5) floordiv += 1; }
  else { floordiv = (x / y) < 0 || Object.is(x / y, -0) ? -0 : 0; }
  return [floordiv, mod];
}

/** The bigint as a double if it converts exactly, else null. */
function exactDouble(v: bigint): number | null {
  const d = Number(v);
  return Number.isFinite(d) && BigInt(d) === v ? d : null;
}

function foldSequence(op: A.Operator, l: ConstValue, r: ConstValue): ConstValue | null {
  type Seq = { kind: 'str'; v: string[] } | { kind: 'bytes'; v: number[] } | { kind: 'tuple'; v: ConstValue[] };
  const seq = (c: ConstValue): Seq | null =>
    c.type === 'str' ? { kind: 'str', v: [...c.value] }
      : c.type === 'bytes' ? { kind: 'bytes', v: Array.from(c.value) }
        : c.type === 'tuple' ? { kind: 'tuple', v: c.items } : null;
  const make = (kind: Seq['kind'], v: unknown[]): ConstValue =>
    kind === 'str' ? { type: 'str', value: (v as string[]).join('') }
      : kind === 'bytes' ? { type: 'bytes', value: Uint8Array.from(v as number[]) }
        : { type: 'tuple', items: v as ConstValue[] };
  const a = seq(l), b = seq(r);
  if (op === 'Add' && a && b && a.kind === b.kind) return make(a.kind, [...a.v, ...b.v]);
  if (op === 'Mult' && (a || b) && !(a && b)) {
    const s = (a ?? b)!;
    const n = asNumber(a ? r : l);
    if (typeof n !== 'bigint') return null;
    const limit = s.kind === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (n > (1n << 63n) - 1n || n < -(1n << 63n)) return null; // not an index-sized int
    if (s.v.length === 0) return make(s.kind, []);
    if (n < 0n || n > BigInt(Math.floor(limit / s.v.length))) return null;
    const out: unknown[] = [];
    for (let i = 0n; i < n; i++) out.push(...s.v);
    return make(s.kind, out);
  }
  return null;
}

function foldBinary(op: A.Operator, l: ConstValue, r: ConstValue): ConstValue | null {
  if (l.type === 'str' || l.type === 'bytes' || l.type === 'tuple' || r.type === 'str' || r.type === 'bytes' || r.type === 'tuple') {
    return foldSequence(op, l, r);
  }
  if (l.type === 'complex' || r.type === 'complex') {
    const cx = (c: ConstValue): [number, number] | null => {
      if (c.type === 'complex') return [c.real, c.imag];
      const n = asNumber(c);
      return n === null ? null : [Number(n), 0];
    };
    const a = cx(l), b = cx(r);
    if (!a || !b) return null;
    if (op === 'Add') return { type: 'complex', real: a[0] + b[0], imag: a[1] + b[1] };
    if (op === 'Sub') return { type: 'complex', real: a[0] - b[0], imag: a[1] - b[1] };
    if (op === 'Mult') return { type: 'complex', real: a[0] * b[0] - a[1] * b[1], imag: a[0] * b[1] + a[1] * b[0] };
    return null;
  }
  const a = asNumber(l), b = asNumber(r);
  if (a === null || b === null) return null;
  if (l.type === 'bool' && r.type === 'bool' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
    // bool's own &, |, ^ keep the type.
    const v = op === 'BitAnd' ? l.value && r.value : op === 'BitOr' ? l.value || r.value : l.value !== r.value;
    return { type: 'bool', value: v };
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case 'Add': return { type: 'int', value: a + b };
      case 'Sub': return { type: 'int', value: a - b };
      case 'Mult':
        if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_BITS) return null;
        return { type: 'int', value: a * b };
      case 'FloorDiv': return b === 0n ? null : { type: 'int', value: pyFloorDiv(a, b) };
      case 'Mod': return b === 0n ? null : { type: 'int', value: pyMod(a, b) };
      case 'Pow':
        if (b < 0n) {
          // int ** -n is float(a) ** float(-n); exact when a ** n is an exact double (one rounding).
          if (a === 0n || -b * bitLength(a) > 1100n) return null;
          const d = exactDouble(a ** -b);
          return d === null ? null : { type: 'float', value: 1 / d };
        }
        if (a !== 0n && bitLength(a) > 0n && b * bitLength(a) > MAX_INT_BITS) return null;
        return { type: 'int', value: a ** b };
      case 'LShift':
        if (b < 0n || b > MAX_INT_BITS || bitLength(a) > MAX_INT_BITS - b) return null;
        return { type: 'int', value: a << b };
      case 'RShift': return b < 0n ? null : { type: 'int', value: a >> b };
      case 'BitAnd': return { type: 'int', value: a & b };
      case 'BitOr': return { type: 'int', value: a | b };
      case 'BitXor': return { type: 'int', value: a ^ b };
      case 'Div': {
        // IEEE division of exact doubles is correctly rounded, as Python's int / int is.
        const x = exactDouble(a), y = exactDouble(b);
        if (b === 0n || x === null || y === null) return null;
        return { type: 'float', value: x / y };
      }
      default: return null;
    }
  }
  const x = typeof a === 'bigint' ? exactDouble(a) : a;
  const y = typeof b === 'bigint' ? exactDouble(b) : b;
  if (x === null || y === null) return null;
  switch (op) {
    case 'Add': return { type: 'float', value: x + y };
    case 'Sub': return { type: 'float', value: x - y };
    case 'Mult': return { type: 'float', value: x * y };
    case 'Div': return y === 0 ? null : { type: 'float', value: x / y };
    case 'FloorDiv': return y === 0 ? null : { type: 'float', value: pyFloatDivmod(x, y)[0] };
    case 'Pow': {
      // Only results that are exact (or one correctly rounded operation) are folded, since the
      // host's Math.pow may differ from C's pow in the last bit.
      if (y === 0.5 && x > 0 && Number.isFinite(x)) return { type: 'float', value: Math.sqrt(x) };
      if (Number.isInteger(x) && x !== 0 && Number.isInteger(y) && y >= 0 && y <= 1100) {
        const big = BigInt(x) ** BigInt(y);
        const d = exactDouble(big);
        return d === null ? null : { type: 'float', value: d };
      }
      return null;
    }
    case 'Mod': return y === 0 ? null : { type: 'float', value: pyFloatDivmod(x, y)[1] };
    default: return null;
  }
}

/** constant[constant] for str, bytes and tuple with an int index (CPython's fold_subscr). */
function foldSubscript(c: ConstValue, i: ConstValue): ConstValue | null {
  const idx = i.type === 'int' ? i.value : i.type === 'bool' ? (i.value ? 1n : 0n) : null;
  if (idx === null) return null;
  const items: ConstValue[] | null =
    c.type === 'str' ? [...c.value].map((ch) => ({ type: 'str', value: ch }) as ConstValue)
      : c.type === 'bytes' ? Array.from(c.value).map((x) => ({ type: 'int', value: BigInt(x) }) as ConstValue)
        : c.type === 'tuple' ? c.items : null;
  if (!items) return null;
  const n = BigInt(items.length);
  const k = idx < 0n ? idx + n : idx;
  if (k < 0n || k >= n) return null;
  return items[Number(k)];
}

function foldUnary(op: A.UnaryOperator, c: ConstValue): ConstValue | null {
  if (op === 'Not') {
    const t = constTruth(c);
    return t === null ? null : { type: 'bool', value: !t };
  }
  const n = asNumber(c);
  if (c.type === 'complex') {
    if (op === 'USub') return { type: 'complex', real: -c.real, imag: -c.imag };
    if (op === 'UAdd') return c;
    return null;
  }
  if (n === null) return null;
  if (typeof n === 'bigint') {
    if (op === 'USub') return { type: 'int', value: -n };
    if (op === 'UAdd') return { type: 'int', value: n };
    return { type: 'int', value: ~n };
  }
  if (op === 'USub') return { type: 'float', value: -n };
  if (op === 'UAdd') return { type: 'float', value: n };
  return null;
}

function constNode(e: A.Pos, value: ConstValue): A.Constant {
  return { kind: 'Constant', value, strKind: null, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

/** The expression with CPython's AST-level constant folding applied (memoized, never mutating). */
function foldExpr(e: A.Expr): A.Expr {
  const hit = folded.get(e);
  if (hit) return hit;
  let out: A.Expr = e;
  switch (e.kind) {
    case 'Name':
      if (e.id === '__debug__' && e.ctx === 'Load') out = constNode(e, { type: 'bool', value: true });
      break;
    case 'UnaryOp': {
      const o = foldExpr(e.operand);
      if (o.kind === 'Constant') { const v = foldUnary(e.op, o.value); if (v) out = constNode(e, v); }
      else if (e.op === 'Not' && o.kind === 'Compare' && o.ops.length === 1) {
        // not (a is b) -> a is not b, and the like.
        const inv: Partial<Record<A.CmpOperator, A.CmpOperator>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
        const op = inv[o.ops[0]];
        if (op) out = { ...o, ops: [op] }; // keeps the comparison's own position, as CPython does
      }
      break;
    }
    case 'Subscript': {
      if (e.ctx !== 'Load') break;
      const v = foldExpr(e.value), i = foldExpr(e.slice);
      if (v.kind === 'Constant' && i.kind === 'Constant') { const r = foldSubscript(v.value, i.value); if (r) out = constNode(e, r); }
      break;
    }
    case 'BinOp': {
      const l = foldExpr(e.left), r = foldExpr(e.right);
      if (l.kind === 'Constant' && r.kind === 'Constant') { const v = foldBinary(e.op, l.value, r.value); if (v) out = constNode(e, v); }
      break;
    }
    case 'Tuple':
      if (e.ctx === 'Load') {
        const elts = e.elts.map(foldExpr);
        if (elts.length > 0 && elts.every(isConst)) out = constNode(e, { type: 'tuple', items: elts.map((x) => (x as A.Constant).value) });
        else if (elts.length === 0) out = constNode(e, { type: 'tuple', items: [] });
      }
      break;
    case 'Compare': {
      const last = e.ops.length - 1;
      const op = e.ops[last];
      if (op === 'In' || op === 'NotIn') {
        const r = foldIter(e.comparators[last]);
        if (r !== e.comparators[last]) out = { ...e, comparators: [...e.comparators.slice(0, last), r] };
      }
      break;
    }
    default: break;
  }
  folded.set(e, out);
  return out;
}

/** `x in [..]` and `for x in [..]`: a list display becomes a tuple, a set of constants a frozenset. */
function foldIter(e: A.Expr): A.Expr {
  if (e.kind === 'List' && e.ctx === 'Load' && !e.elts.some((x) => x.kind === 'Starred')) {
    return foldExpr({ ...e, kind: 'Tuple' } as A.Tuple);
  }
  if (e.kind === 'Set') {
    const elts = e.elts.map(foldExpr);
    if (elts.length > 0 && elts.every(isConst)) return constNode(e, { type: 'frozenset', items: elts.map((x) => (x as A.Constant).value) });
  }
  return e;
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
