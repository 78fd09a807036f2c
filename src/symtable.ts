// The symbol table: which scope each name of the program lives in, as CPython 3.11's symtable.c
// decides it.
//
// Two passes, as in CPython. `SymbolTableBuilder` walks the AST once, making one `Scope` per module,
// class, function, lambda and comprehension (3.11 compiles comprehensions and generator
// expressions as nested functions taking the outermost iterator as the argument `.0`) and
// recording per name how it is used (DEF_* flags). Then `analyzeBlock` resolves every name to
// LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL top-down, carrying the set of names bound in
// enclosing function scopes (`bound`), the explicitly global ones (`global`), and bottom-up the names
// children need from outside (`free`). Class scopes are transparent for their methods except for
// the implicit `__class__` cell, created when a method uses `super` or `__class__`.
//
// Names are stored mangled (`__x` in class `C` is `_C__x`), as CPython stores them.
// Errors are CPython's SyntaxErrors with its messages and its positions (the node CPython points at).

import type * as A from './ast.js';
import { PySyntaxError } from './messages.js';
import * as M from './messages.js';

// Usage flags (symtable.h's DEF_*).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Where a name lives, once analyzed. */
export const enum SymScope { None = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 }

export type ScopeKind = 'module' | 'function' | 'class';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator' | null;

/** A position a SyntaxError can point at. */
export type Loc = A.Pos;

export class Scope {
  /** name (mangled) -> DEF_* flags. */
  readonly symbols = new Map<string, number>();
  /** name -> resolved scope, filled by analysis. */
  readonly scopes = new Map<string, SymScope>();
  /** The parameters in order (CPython's ste_varnames). */
  readonly varnames: string[] = [];
  readonly children: Scope[] = [];
  /** Where each global/nonlocal directive (or walrus-implied one) is, for error positions. */
  readonly directives = new Map<string, Loc>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** Some name of this scope is free (taken from an enclosing function). */
  hasFree = false;
  childFree = false;
  /** A class body whose methods use `__class__` or `super`: it needs the implicit cell. */
  needsClassClosure = false;
  /** > 0 while visiting a comprehension's iterable expression. */
  compIterExpr = 0;
  /** Visiting a comprehension's target. */
  compIterTarget = false;

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: object,
    readonly lineno: number,
  ) {}

  flagsOf(name: string): number { return this.symbols.get(name) ?? 0; }
  scopeOf(name: string): SymScope { return this.scopes.get(name) ?? SymScope.None; }
  /** Names of the given scope, sorted as CPython's dictbytype sorts them. */
  namesWithScope(s: SymScope, skipFlag = 0): string[] {
    const out: string[] = [];
    for (const [n, sc] of this.scopes) if (sc === s && !(this.flagsOf(n) & skipFlag)) out.push(n);
    return out.sort(comparePy);
  }
}

/** Compares strings by code point, as Python's sort of str does (JS compares UTF-16 units). */
export function comparePy(a: string, b: string): number {
  const x = [...a], y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export interface SymbolTable {
  top: Scope;
  /** The scope made for each function, lambda, class and comprehension node. */
  scopeOf(node: object): Scope;
}

/** CPython's _Py_Mangle: `__spam` in class `_Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

/** Makes a SyntaxError pointing at `loc` (CPython's 1-based offsets, the line's text). */
export function syntaxErrorAt(msg: string, filename: string, source: string, loc: Loc): PySyntaxError {
  const lines = source.split(/\r\n|\r|\n/);
  const text = lines[loc.lineno - 1] ?? '';
  return new PySyntaxError('SyntaxError', msg, filename, loc.lineno, loc.col_offset + 1, text,
    loc.end_lineno, loc.end_col_offset + 1);
}

/** Builds and analyzes the symbol table of a module; throws PySyntaxError. */
export function buildSymbolTable(mod: A.Module, filename: string, source: string): SymbolTable {
  const b = new SymbolTableBuilder(filename, source);
  const top = b.run(mod);
  analyzeBlock(top, null, new Set(), new Set(), b);
  const map = b.byNode;
  return {
    top,
    scopeOf(node: object): Scope {
      const s = map.get(node);
      if (!s) throw new Error('symtable: no scope for node');
      return s;
    },
  };
}

const COMP_NAMES: Record<string, [string, ComprehensionKind]> = {
  ListComp: ['<listcomp>', 'list'], SetComp: ['<setcomp>', 'set'],
  DictComp: ['<dictcomp>', 'dict'], GeneratorExp: ['<genexpr>', 'generator'],
};

const YIELD_IN_COMP: Record<string, string> = {
  list: M.YIELD_IN_LISTCOMP, set: M.YIELD_IN_SETCOMP, dict: M.YIELD_IN_DICTCOMP, generator: M.YIELD_IN_GENEXP,
};

class SymbolTableBuilder {
  readonly byNode = new Map<object, Scope>();
  private stack: Scope[] = [];
  private cur!: Scope;
  private global!: Scope;
  private privateName: string | null = null;

  constructor(readonly filename: string, readonly source: string) {}

  error(msg: string, loc: Loc): PySyntaxError {
    return syntaxErrorAt(msg, this.filename, this.source, loc);
  }

  run(mod: A.Module): Scope {
    const top = new Scope('module', 'top', mod, 0);
    this.byNode.set(mod, top);
    this.global = top;
    this.cur = top;
    this.stack = [top];
    for (const s of mod.body) this.visitStmt(s);
    return top;
  }

  private enter(kind: ScopeKind, name: string, node: A.Pos): Scope {
    const s = new Scope(kind, name, node, node.lineno);
    const parent = this.cur;
    if (parent.nested || parent.kind === 'function') s.nested = true;
    parent.children.push(s);
    this.byNode.set(node, s);
    this.stack.push(s);
    this.cur = s;
    return s;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  /** CPython's symtable_add_def_helper, applied to scope `ste` (default: the current one). */
  addDef(name: string, flag: number, loc: Loc, ste: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.flagsOf(mangled);
    if ((flag & DEF_PARAM) && (val & DEF_PARAM)) throw this.error(M.DUPLICATE_ARGUMENT(name), loc);
    if ((flag & DEF_LOCAL) && ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) throw this.error(M.NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), loc);
      val |= DEF_COMP_ITER;
    }
    val |= flag;
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) this.global.symbols.set(mangled, this.global.flagsOf(mangled) | flag);
  }

  private lookup(name: string): number {
    return this.cur.flagsOf(mangle(this.privateName, name));
  }

  private recordDirective(name: string, loc: Loc): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc);
  }

  // ---- statements ----

  private visitStmts(stmts: A.Stmt[]): void { for (const s of stmts) this.visitStmt(s); }

  private visitStmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        this.visitAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enter('function', s.name, s);
        if (s.kind === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitParams(s.args);
        this.visitStmts(s.body);
        this.exit();
        return;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enter('class', s.name, s);
        const saved = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exit();
        return;
      }
      case 'Return':
        if (s.value) { this.visitExpr(s.value); this.cur.returnsValue = true; }
        return;
      case 'Delete': this.visitExprs(s.targets); return;
      case 'Assign': this.visitExprs(s.targets); this.visitExpr(s.value); return;
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const cur = this.lookup(s.target.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur !== this.global && s.simple) {
            throw this.error((cur & DEF_GLOBAL ? M.GLOBAL_ANNOT : M.NONLOCAL_ANNOT)(s.target.id), s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitExpr(s.annotation);
        if (s.value) this.visitExpr(s.value);
        return;
      case 'AugAssign': this.visitExpr(s.target); this.visitExpr(s.value); return;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target); this.visitExpr(s.iter); this.visitStmts(s.body); this.visitStmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.visitExpr(s.test); this.visitStmts(s.body); this.visitStmts(s.orelse);
        return;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) { this.visitExpr(s.exc); if (s.cause) this.visitExpr(s.cause); }
        return;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        return;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        return;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: (n: string) => string;
            if (cur & DEF_PARAM) msg = isGlobal ? M.GLOBAL_PARAM : M.NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? M.GLOBAL_AFTER_USE : M.NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? M.GLOBAL_ANNOT : M.NONLOCAL_ANNOT;
            else msg = isGlobal ? M.GLOBAL_AFTER_ASSIGN : M.NONLOCAL_AFTER_ASSIGN;
            throw this.error(msg(name), s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        return;
      }
      case 'Expr': this.visitExpr(s.value); return;
      case 'Pass': case 'Break': case 'Continue': return;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        return;
    }
  }

  private visitAlias(a: A.Alias): void {
    const stored = a.asname ?? a.name.split('.')[0];
    if (stored === '*') {
      if (this.cur.kind !== 'module') throw this.error(M.IMPORT_STAR_NOT_MODULE, a);
      return;
    }
    this.addDef(stored, DEF_IMPORT, a);
  }

  private visitDefaults(args: A.Arguments): void {
    this.visitExprs(args.defaults);
    for (const d of args.kw_defaults) if (d) this.visitExpr(d);
  }

  private visitAnnotations(args: A.Arguments, returns: A.Expr | null): void {
    for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) this.visitExpr(a.annotation);
    if (args.vararg?.annotation) this.visitExpr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitExpr(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.visitExpr(a.annotation);
    if (returns) this.visitExpr(returns);
  }

  private visitParams(args: A.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) { this.addDef(args.vararg.arg, DEF_PARAM, args.vararg); this.cur.varargs = true; }
    if (args.kwarg) { this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg); this.cur.varkeywords = true; }
  }

  // ---- expressions ----

  private visitExprs(es: A.Expr[]): void { for (const e of es) this.visitExpr(e); }

  private visitExpr(e: A.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.handleNamedExpr(e);
        return;
      case 'BoolOp': this.visitExprs(e.values); return;
      case 'BinOp': this.visitExpr(e.left); this.visitExpr(e.right); return;
      case 'UnaryOp': this.visitExpr(e.operand); return;
      case 'Lambda':
        this.visitDefaults(e.args);
        this.enter('function', 'lambda', e);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exit();
        return;
      case 'IfExp': this.visitExpr(e.test); this.visitExpr(e.body); this.visitExpr(e.orelse); return;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        this.visitExprs(e.values);
        return;
      case 'Set': this.visitExprs(e.elts); return;
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
        this.handleComprehension(e, e.generators, e.elt, null);
        return;
      case 'DictComp':
        this.handleComprehension(e, e.generators, e.key, e.value);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (e.kind === 'Yield' ? e.value : true) this.visitExpr((e as A.YieldFrom).value);
        if (this.cur.comprehension) throw this.error(YIELD_IN_COMP[this.cur.comprehension], e);
        this.cur.generator = true;
        return;
      case 'Await':
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        return;
      case 'Compare': this.visitExpr(e.left); this.visitExprs(e.comparators); return;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        return;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        return;
      case 'JoinedStr': this.visitExprs(e.values); return;
      case 'Constant': return;
      case 'Attribute': this.visitExpr(e.value); return;
      case 'Subscript': this.visitExpr(e.value); this.visitExpr(e.slice); return;
      case 'Starred': this.visitExpr(e.value); return;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        return;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // super() in a method needs the implicit __class__ cell of the class.
        if (e.ctx === 'Load' && this.cur.kind === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        return;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        return;
    }
  }

  private handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) throw this.error(M.NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus target in a comprehension binds in the nearest enclosing function or module. */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.flagsOf(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          throw this.error(M.NAMED_EXPR_COMP_CONFLICT(name), target);
        }
        continue;
      }
      if (ste.kind === 'function') {
        const flags = ste.flagsOf(mangle(this.privateName, name));
        this.addDef(name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.kind === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      throw this.error(M.NAMED_EXPR_COMP_IN_CLASS, target);
    }
  }

  private handleComprehension(e: A.Expr, gens: A.Comprehension[], elt: A.Expr, value: A.Expr | null): void {
    const [scopeName, compKind] = COMP_NAMES[e.kind];
    const outermost = gens[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enter('function', scopeName, e);
    if (outermost.is_async) ste.coroutine = true;
    ste.comprehension = compKind;
    this.addDef('.0', DEF_PARAM, e);
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const g of gens.slice(1)) {
      ste.compIterTarget = true;
      this.visitExpr(g.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.visitExpr(g.iter);
      ste.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) ste.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    if (compKind === 'generator') ste.generator = true;
    this.exit();
  }

  // ---- patterns ----

  private visitPattern(p: A.Pattern): void {
    switch (p.kind) {
      case 'MatchValue': this.visitExpr(p.value); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': for (const q of p.patterns) this.visitPattern(q); return;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); return;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        return;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchOr': for (const q of p.patterns) this.visitPattern(q); return;
    }
  }
}

// ---- analysis (CPython's analyze_block and helpers) ----

function directiveError(b: SymbolTableBuilder, ste: Scope, msg: string, name: string): PySyntaxError {
  const loc = ste.directives.get(name);
  return loc ? b.error(msg, loc) : b.error(msg, { lineno: ste.lineno, col_offset: 0, end_lineno: ste.lineno, end_col_offset: 0 });
}

function analyzeName(
  b: SymbolTableBuilder, ste: Scope, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw directiveError(b, ste, M.NONLOCAL_AND_GLOBAL(name), name);
    ste.scopes.set(name, SymScope.GlobalExplicit);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw directiveError(b, ste, M.NONLOCAL_AT_MODULE_LEVEL, name);
    if (!bound.has(name)) throw directiveError(b, ste, M.NONLOCAL_NO_BINDING(name), name);
    ste.scopes.set(name, SymScope.Free);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, SymScope.Local);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    ste.scopes.set(name, SymScope.Free);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (ste.nested && !global.has(name)) ste.hasFree = true;
  ste.scopes.set(name, SymScope.GlobalImplicit);
}

function analyzeBlock(
  ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, b: SymbolTableBuilder,
): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  if (ste.kind === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) analyzeName(b, ste, name, flags, bound, local, free, global);
  if (ste.kind !== 'class') {
    if (ste.kind === 'function') for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), b);
    for (const n of childFree) allFree.add(n);
    if (child.hasFree || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);
  if (ste.kind === 'function') {
    // Locals that children take become cells.
    for (const [name, sc] of ste.scopes) {
      if (sc === SymScope.Local && newFree.has(name)) { ste.scopes.set(name, SymScope.Cell); newFree.delete(name); }
    }
  } else if (ste.kind === 'class' && newFree.has('__class__')) {
    newFree.delete('__class__');
    ste.needsClassClosure = true;
  }
  // Free names of children that this scope neither binds nor declares pass through it.
  for (const name of newFree) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      if (ste.kind === 'class' && (flags & (DEF_BOUND | DEF_GLOBAL))) ste.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    ste.symbols.set(name, 0);
    ste.scopes.set(name, SymScope.Free);
  }
  for (const n of newFree) free.add(n);
}
