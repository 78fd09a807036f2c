// The parser: tokens -> the AST of src/ast.ts, by recursive descent over CPython 3.11's
// Grammar/python.gram. Entry point: parse(source, filename), which throws PySyntaxError.
//
// Technique. One method per grammar rule, named after it, with the production in a comment
// above. Binary operators have one level per precedence (the grammar's own layering:
// disjunction > conjunction > inversion > comparison > bitwise_or > ... > power > primary), so
// associativity and precedence follow the grammar text. The grammar is PEG: an alternative that
// fails gives way to the next one. `ParseFailure` is that non-final failure; `attempt` saves the
// token index and retries, and the places where CPython's ordered choice matters do so: the
// `match` soft keyword, parenthesized `with` items, trailers (`a[<bad>` is just `a`), and the
// right operand of every binary operator (`a + <bad>` is just `a`).
//
// Errors. CPython parses twice: a fast pass, then (only on a failure) a pass with the `invalid_*`
// rules, which know the specific messages. Here the first pass already raises a specific message
// wherever an `invalid_*` rule can only match invalid code; after a failure with no message a
// second pass (secondPass) adds the one rule whose lookahead reaches further. What is left
// becomes the generic "invalid syntax" at the furthest token the first pass examined (CPython's
// last token). Every error leaves through raiseAlways, which also applies CPython's final
// adjustments (_PyPegen_set_syntax_error, _PyPegen_tokenize_full_source_to_check_for_errors): a
// tokenizer error later in the file wins, and so does a bracket left open on an earlier line.
//
// Positions are CPython's: a node spans from its first token to its last, so `(a) + b` starts at
// the '('; parentheses around an expression are not part of it, but are part of a tuple or a
// generator expression they delimit. String literals and f-strings are decoded at the end of the
// file (a run of STRING tokens is one Constant or JoinedStr).

import type * as A from './ast.js';
import { PySyntaxError, MSG, type SyntaxErrorKind } from './messages.js';
import { TokenType, KEYWORDS, AUG_ASSIGN_OPS, type Token } from './tokens.js';
import { tokenize, unclosedError, type OpenBracket } from './tokenizer.js';

/** The non-final failure of one alternative; turned into "invalid syntax" if nothing else fits. */
class ParseFailure {
  constructor(readonly at: number) {}
}

/**
 * Recursion guard: deeper nesting is an error, never a JS stack overflow. CPython 3.11's parser
 * gives up at 6000 nested rule calls (MAXSTACK), which lets `-` be nested about 2990 times;
 * brackets stop earlier, at the tokenizer's 200 levels. enter() runs about once per level of
 * such nesting, so the same bound keeps both inputs working, and stays far from V8's stack limit.
 */
const MAX_DEPTH = 3000;

type Loc = A.Pos;

export function parse(source: string, filename: string): A.Module {
  const tk = tokenize(source, filename);
  const p = new Parser(tk.tokens, tk.lines, tk.open, filename);
  return p.run();
}

/**
 * CPython's second pass, run only after a parse that failed with no specific message. Our first
 * pass already applies the invalid_* rules where they can only match invalid code; the second
 * also applies invalid_legacy_expression (NAME !'(' star_expressions) at every expression that
 * starts with a name, whose lookahead can reach a specific message or a tokenizer error further
 * on. Returns normally if it finds nothing more specific.
 */
function secondPass(toks: Token[], lines: string[], open: OpenBracket[], filename: string): void {
  const p = new Parser(toks, lines, open, filename, null, true);
  try {
    p.run();
  } catch (e) {
    if (e instanceof PySyntaxError && !GENERIC.has(e)) throw e;
  }
}

/** Errors made by raiseGeneric (the ones a second pass may replace). */
const GENERIC = new WeakSet<PySyntaxError>();

const OPS_OR: Record<string, A.Operator> = { '|': 'BitOr' };
const OPS_XOR: Record<string, A.Operator> = { '^': 'BitXor' };
const OPS_AND: Record<string, A.Operator> = { '&': 'BitAnd' };
const OPS_SHIFT: Record<string, A.Operator> = { '<<': 'LShift', '>>': 'RShift' };
const OPS_SUM: Record<string, A.Operator> = { '+': 'Add', '-': 'Sub' };
const OPS_TERM: Record<string, A.Operator> = {
  '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult',
};

const CMP_OPS: Record<string, A.CmpOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

export class Parser {
  private i = 0;
  /** Furthest token examined (CPython's p->fill - 1: where the generic error points). */
  private far = 0;
  /** > 0 while parsing a `*_without_invalid` rule: invalid_* messages are off. */
  private invalidOff = 0;
  private get invalidOn(): boolean {
    return this.invalidOff === 0;
  }
  /** Furthest token examined by anything, error-message lookahead included. */
  private farAll = 0;
  private depth = 0;

  constructor(
    private readonly toks: Token[],
    private readonly lines: string[],
    private readonly openAtEnd: OpenBracket[],
    private readonly filename: string,
    /** Position shift for the inside of an f-string replacement field. */
    private readonly shift: { line: number; col: number } | null = null,
    /** CPython's second (error) pass: see secondPass. */
    private readonly pass2 = false,
  ) {}

  run(): A.Module {
    try {
      return this.parseFile();
    } catch (e) {
      if (e instanceof ParseFailure) {
        if (!this.pass2 && this.shift === null) {
          secondPass(this.toks, this.lines, this.openAtEnd, this.filename);
        }
        try {
          this.raiseGeneric(e.at);
        } catch (g) {
          if (g instanceof PySyntaxError) GENERIC.add(g);
          throw g;
        }
      }
      if (e instanceof RangeError) this.raiseTooComplex();
      throw e;
    }
  }

  /** Entry for an f-string replacement field: fstring: star_expressions. */
  runFstringExpr(): A.Expr {
    try {
      // fstring: star_expressions, on the text `(expr)`: the parentheses are part of what is parsed.
      const e = this.parseStarExpressions();
      if (this.peek().type !== TokenType.NEWLINE && this.peek().type !== TokenType.ENDMARKER) {
        this.fail();
      }
      return e;
    } catch (e) {
      if (e instanceof ParseFailure) this.raiseGeneric(e.at);
      if (e instanceof RangeError) this.raiseTooComplex();
      throw e;
    }
  }

  // ================================================================ tokens

  private peek(k = 0): Token {
    let j = this.i + k;
    if (j >= this.toks.length) j = this.toks.length - 1;
    if (j > this.far) this.far = j;
    if (j > this.farAll) this.farAll = j;
    const t = this.toks[j];
    if (t.type === TokenType.ERRORTOKEN) throw t.error!;
    return t;
  }
  private next(): Token {
    const t = this.peek();
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }
  private get prev(): Token {
    return this.toks[this.i - 1];
  }
  private isOp(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === TokenType.OP && t.value === v;
  }
  private isKw(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === TokenType.NAME && t.value === v;
  }
  private isName(k = 0): boolean {
    const t = this.peek(k);
    return t.type === TokenType.NAME && !KEYWORDS.has(t.value);
  }
  private eatOp(v: string): Token | null {
    return this.isOp(v) ? this.next() : null;
  }
  private eatKw(v: string): Token | null {
    return this.isKw(v) ? this.next() : null;
  }
  private expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.next();
  }
  private expectKw(v: string): Token {
    if (!this.isKw(v)) this.fail();
    return this.next();
  }
  private expectName(): Token {
    if (!this.isName()) this.fail();
    return this.next();
  }
  private fail(): never {
    throw new ParseFailure(this.i);
  }

  /** Try one alternative; on a ParseFailure restore the position and return null. */
  private attempt<T>(fn: () => T): T | null {
    const save = this.i;
    const depth = this.depth; // enter/leave pairs are not unwound by a throw
    try {
      return fn();
    } catch (e) {
      if (e instanceof ParseFailure) {
        this.i = save;
        this.depth = depth;
        return null;
      }
      throw e;
    }
  }

  /**
   * Like attempt, for looking ahead on behalf of an error message only (CPython's second-pass
   * invalid_* rules): the furthest-token mark, which places the generic error, is left as it was.
   */
  private probe<T>(fn: () => T): T | null {
    const far = this.far;
    const r = this.attempt(fn);
    this.far = far;
    return r;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.raiseTooComplex();
  }
  private leave(): void {
    this.depth--;
  }

  // ================================================================ positions

  private loc(start: Token | Loc, end: Token | Loc = this.prev): Loc {
    if (this.shift === null) {
      // The hot path: no intermediate objects.
      const isTok = (start as Token).col !== undefined;
      const endTok = (end as Token).endCol !== undefined;
      return {
        lineno: start.lineno,
        col_offset: isTok ? (start as Token).col : (start as Loc).col_offset,
        end_lineno: endTok ? (end as Token).endLineno : (end as Loc).end_lineno,
        end_col_offset: endTok ? (end as Token).endCol : (end as Loc).end_col_offset,
      };
    }
    const s = 'col' in start
      ? this.tokStart(start)
      : { lineno: start.lineno, col_offset: start.col_offset };
    const e = 'endCol' in end
      ? this.tokEnd(end)
      : { end_lineno: end.end_lineno, end_col_offset: end.end_col_offset };
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }

  private tokStart(t: Token): { lineno: number; col_offset: number } {
    if (this.shift === null) return { lineno: t.lineno, col_offset: t.col };
    return {
      lineno: t.lineno + this.shift.line - 1,
      col_offset: t.lineno === 1 ? t.col + this.shift.col : t.col,
    };
  }
  private tokEnd(t: Token): { end_lineno: number; end_col_offset: number } {
    if (this.shift === null) return { end_lineno: t.endLineno, end_col_offset: t.endCol };
    return {
      end_lineno: t.endLineno + this.shift.line - 1,
      end_col_offset: t.endLineno === 1 ? t.endCol + this.shift.col : t.endCol,
    };
  }

  // ================================================================ errors

  /**
   * A message from one of CPython's invalid_* rules. Inside a `*_without_invalid` rule (see
   * parseExpressionNoInvalid) those rules are off, and the alternative just fails.
   */
  raiseError(
    msg: string, start: Loc | Token, end: Loc | Token | null = null,
    kind: SyntaxErrorKind = 'SyntaxError',
  ): never {
    if (this.invalidOff > 0) throw new ParseFailure(this.i);
    return this.raiseAlways(msg, start, end, kind);
  }

  /** The one exit for syntax errors: CPython's message, class and span. */
  raiseAlways(
    msg: string, start: Loc | Token, end: Loc | Token | null = null,
    kind: SyntaxErrorKind = 'SyntaxError',
  ): never {
    if ('curCol' in start && start.col === -1) {
      // RAISE_SYNTAX_ERROR at INDENT/DEDENT/ENDMARKER: the scan position, no end.
      this.throwChecked(new PySyntaxError(kind, this.shift ? 'f-string: ' + msg : msg, this.filename,
        start.lineno, start.curCol, this.lines[start.lineno - 1] ?? '', start.lineno, -1));
    }
    const l = end === null ? this.loc(start, start) : this.loc(start, end);
    if (l.end_lineno !== l.lineno && l.end_col_offset >= 0) {
      l.end_col_offset = this.clampEndToStartLine(l);
    }
    if (this.shift !== null) {
      // Errors inside an f-string replacement field: CPython 3.11 prefixes the message and
      // reports columns of the `(expr)` text it parsed (only the line is shifted).
      msg = 'f-string: ' + msg;
      if (l.lineno === this.shift.line) l.col_offset -= this.shift.col;
      if (l.end_lineno === this.shift.line) l.end_col_offset -= this.shift.col;
    }
    const err = new PySyntaxError(kind, msg, this.filename, l.lineno, l.col_offset + 1,
      this.lines[l.lineno - 1] ?? '', l.end_lineno, l.end_col_offset + 1);
    this.throwChecked(err);
  }

  /**
   * CPython 3.11 converts both columns of an error span with the text of the *start* line
   * (_PyPegen_byte_offset_to_character_offset), clamping to its length + 1: a span ending on a
   * later line gets an end column measured in the wrong line. Reproduced, in UTF-8 bytes.
   */
  private clampEndToStartLine(l: Loc): number {
    const startLine = this.lines[l.lineno - 1] ?? '';
    const endLine = this.lines[l.end_lineno - 1] ?? '';
    const enc = new TextEncoder();
    const endByte = enc.encode([...endLine].slice(0, l.end_col_offset).join('')).length + 1;
    const startBytes = enc.encode(startLine);
    const n = Math.min(endByte, startBytes.length + 1);
    // decode n bytes of the start line (the NUL after it counts as one character)
    const text = new TextDecoder().decode(startBytes.subarray(0, Math.min(n, startBytes.length)));
    return [...text].length + (n > startBytes.length ? 1 : 0) - 1;
  }

  /** CPython's _PyPegen_tokenize_full_source_to_check_for_errors, then throw. */
  private throwChecked(err: PySyntaxError): never {
    if (this.shift === null) {
      const last = this.toks[this.toks.length - 1];
      if (last.type === TokenType.ERRORTOKEN && last.error) {
        if (last.value === 'pyerr') throw last.error;
        if (last.value === 'eof') {
          // An unclosed bracket wins if it was opened on a line before the furthest token the
          // parser (with its error-message lookahead) examined.
          const o = this.openAtEnd[this.openAtEnd.length - 1];
          const errLine = this.toks[Math.min(this.farAll, this.toks.length - 1)].lineno;
          if (errLine > o.lineno) throw last.error;
        }
      }
    }
    throw err;
  }

  /** _PyPegen_set_syntax_error for a failure with no specific message. */
  private raiseGeneric(at: number): never {
    const idx = Math.min(Math.max(at, this.far), this.toks.length - 1);
    const t = this.toks[idx];
    if (t.type === TokenType.ERRORTOKEN) throw t.error!;
    if (t.type === TokenType.INDENT || t.type === TokenType.DEDENT) {
      const err = new PySyntaxError('IndentationError',
        t.type === TokenType.INDENT ? MSG.unexpectedIndent : MSG.unexpectedUnindent,
        this.filename, t.lineno, t.curCol, this.lines[t.lineno - 1] ?? '', t.lineno, -1);
      throw err; // set_syntax_error returns here, before re-checking the rest of the source

    }
    if (t.type === TokenType.ENDMARKER) {
      // RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token whose columns are -1: offsets 0.
      this.throwChecked(new PySyntaxError('SyntaxError', MSG.invalidSyntax, this.filename,
        t.lineno, 0, this.lines[t.lineno - 1] ?? '', t.lineno, 0));
    }
    this.raiseError(MSG.invalidSyntax, t, t);
  }

  /** CPython 3.11 raises a bare MemoryError here; see MSG.parserStackOverflow. */
  private raiseTooComplex(): never {
    const t = this.toks[Math.min(this.i, this.toks.length - 1)];
    this.raiseAlways(MSG.parserStackOverflow, t, t);
  }

  // ================================================================ statements

  // file: [statements] ENDMARKER
  private parseFile(): A.Module {
    const body: A.Stmt[] = [];
    while (this.peek().type !== TokenType.ENDMARKER) {
      this.parseStatement(body);
    }
    return { kind: 'Module', body, type_ignores: [] };
  }

  // statement: compound_stmt | simple_stmts
  private parseStatement(out: A.Stmt[]): void {
    const t = this.peek();
    if (t.type === TokenType.NAME) {
      switch (t.value) {
        case 'def': out.push(this.parseFunctionDef([], null)); return;
        case 'if': out.push(this.parseIfStmt()); return;
        case 'class': out.push(this.parseClassDef([])); return;
        case 'with': out.push(this.parseWithStmt(null)); return;
        case 'for': out.push(this.parseForStmt(null)); return;
        case 'try': out.push(this.parseTryStmt()); return;
        case 'while': out.push(this.parseWhileStmt()); return;
        case 'async': {
          const a = this.next();
          if (this.isKw('def')) { out.push(this.parseFunctionDef([], a)); return; }
          if (this.isKw('with')) { out.push(this.parseWithStmt(a)); return; }
          if (this.isKw('for')) { out.push(this.parseForStmt(a)); return; }
          this.fail();
        }
        // falls through (unreachable)
        case 'match': {
          this.matchNoColon = null;
          const m = this.attempt(() => this.parseMatchStmt());
          if (m !== null) { out.push(m); return; }
          const noColon = this.matchNoColon as Token | null;
          if (noColon !== null) {
            // invalid_match_stmt applies only if the line is not a valid statement either.
            const simple = this.attempt(() => {
              const tmp: A.Stmt[] = [];
              this.parseSimpleStmts(tmp);
              return tmp;
            });
            if (simple !== null) { out.push(...simple); return; }
            this.raiseError(MSG.expectedColon, noColon, noColon);
          }
          break;
        }
      }
    } else if (t.type === TokenType.OP && t.value === '@') {
      out.push(this.parseDecorated());
      return;
    } else if (t.type === TokenType.INDENT || t.type === TokenType.DEDENT) {
      this.fail();
    }
    this.parseSimpleStmts(out);
  }

  // simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
  private parseSimpleStmts(out: A.Stmt[]): void {
    for (;;) {
      out.push(this.parseSimpleStmt());
      if (this.eatOp(';')) {
        if (this.peek().type === TokenType.NEWLINE) break;
        continue;
      }
      break;
    }
    if (this.peek().type !== TokenType.NEWLINE) this.fail();
    this.next();
  }

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  private parseSimpleStmt(): A.Stmt {
    const t = this.peek();
    if (t.type === TokenType.NAME) {
      switch (t.value) {
        case 'pass': this.next(); return { kind: 'Pass', ...this.loc(t) };
        case 'break': this.next(); return { kind: 'Break', ...this.loc(t) };
        case 'continue': this.next(); return { kind: 'Continue', ...this.loc(t) };
        case 'return': {
          this.next();
          const value = this.startsExpression() ? this.parseStarExpressions() : null;
          return { kind: 'Return', value, ...this.loc(t) };
        }
        case 'raise': {
          this.next();
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (this.startsExpression()) {
            exc = this.parseExpression();
            if (this.eatKw('from')) cause = this.parseExpression();
          }
          return { kind: 'Raise', exc, cause, ...this.loc(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.next();
          const names = [this.expectName().value];
          while (this.eatOp(',')) names.push(this.expectName().value);
          return t.value === 'global'
            ? { kind: 'Global', names, ...this.loc(t) }
            : { kind: 'Nonlocal', names, ...this.loc(t) };
        }
        case 'del': return this.parseDelStmt();
        case 'assert': {
          this.next();
          const test = this.parseExpression();
          const msg = this.eatOp(',') ? this.parseExpression() : null;
          return { kind: 'Assert', test, msg, ...this.loc(t) };
        }
        case 'import': return this.parseImportName();
        case 'from': return this.parseImportFrom();
      }
    }
    return this.parseExprOrAssignment();
  }

  /** True if the next token can begin an expression (used for optional operands). */
  private startsExpression(): boolean {
    const t = this.peek();
    switch (t.type) {
      case TokenType.NUMBER: case TokenType.STRING: return true;
      case TokenType.NAME:
        return !KEYWORDS.has(t.value) || t.value === 'None' || t.value === 'True' ||
          t.value === 'False' || t.value === 'not' || t.value === 'lambda' ||
          t.value === 'await' || t.value === 'yield';
      case TokenType.OP:
        return t.value === '(' || t.value === '[' || t.value === '{' || t.value === '-' ||
          t.value === '+' || t.value === '~' || t.value === '*' || t.value === '...';
      default: return false;
    }
  }

  // assignment:
  //   | NAME ':' expression ['=' annotated_rhs]
  //   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //   | (star_targets '=')+ (yield_expr | star_expressions) !'='
  //   | single_target augassign ~ (yield_expr | star_expressions)
  // star_expressions (an expression statement)
  private parseExprOrAssignment(): A.Stmt {
    const start = this.peek();
    const first = this.isKw('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
    const firstParen = this.prev.type === TokenType.OP && this.prev.value === ')' &&
      start.type === TokenType.OP && start.value === '(';
    const t = this.peek();
    if (t.type === TokenType.OP && t.value === ':=' && first.kind !== 'Tuple') {
      this.checkWalrusTarget(first);
    }
    if (t.type === TokenType.OP) {
      if (t.value === ':') {
        return this.finishAnnAssign(first, firstParen, start);
      }
      if (t.value === '=') {
        return this.finishAssign(first, start);
      }
      const aug = AUG_ASSIGN_OPS.get(t.value);
      if (aug !== undefined) {
        if (!(first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript')) {
          this.raiseError(MSG.illegalAugTarget(exprName(first)), first, first);
        }
        this.next();
        const value = this.isKw('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
        setContext(first, 'Store');
        return {
          kind: 'AugAssign', target: first, op: aug as A.Operator, value, ...this.loc(start),
        };
      }
    }
    return { kind: 'Expr', value: first, ...this.loc(start) };
  }

  /**
   * invalid_legacy_expression: NAME !'(' star_expressions, for `print x` / `exec x`. Run eagerly
   * (CPython runs it only after a failed parse), so it skips what could continue a valid
   * expression (`print[0]`, `print - 1`, `print * 2`, `print not in x`...); secondPass has the
   * full rule.
   */
  private checkLegacyPrint(name: Token): void {
    if (!this.invalidOn) return;
    const save = this.i;
    this.next();
    const ambiguous = this.isOp('*') || this.isOp('-') || this.isOp('+') || this.isOp('~') ||
      this.isOp('[') || this.isKw('not');
    if (!this.isOp('(') && (this.pass2 || (this.startsExpression() && !ambiguous))) {
      const arg = this.probe(() => this.parseStarExpressions());
      if (arg !== null) this.raiseError(MSG.missingParens(name.value), name, arg);
    }
    this.i = save;
  }

  private finishAnnAssign(target: A.Expr, paren: boolean, start: Token): A.Stmt {
    const valid = target.kind === 'Name' || target.kind === 'Attribute' || target.kind === 'Subscript';
    if (target.kind === 'Starred') this.fail(); // `*a: b` matches no invalid_* rule
    if (!valid) {
      // invalid_ann_assign_target / invalid_assignment need `':' expression` to match.
      const save = this.i;
      const ok = this.probe(() => { this.next(); this.parseExpression(); return true; });
      this.i = save;
      if (!ok) this.fail();
    }
    this.next(); // ':'
    if (target.kind === 'Tuple' && !paren) {
      // invalid_assignment: a=star_named_expression ',' ... ':' — reported at the first element
      const first = (target as A.Tuple).elts[0];
      this.raiseError(MSG.onlySingleTargetAnn('tuple'), first, first);
    }
    if (!(target.kind === 'Name' || target.kind === 'Attribute' || target.kind === 'Subscript')) {
      if (target.kind === 'List' || target.kind === 'Tuple') {
        this.raiseError(MSG.onlySingleTargetAnn(target.kind === 'List' ? 'list' : 'tuple'), target, target);
      }
      this.raiseError(MSG.illegalAnnTarget, target, target);
    }
    const annotation = this.parseExpression();
    let value: A.Expr | null = null;
    if (this.eatOp('=')) {
      value = this.isKw('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
    }
    setContext(target, 'Store');
    return {
      kind: 'AnnAssign', target, annotation, value,
      simple: target.kind === 'Name' && !paren ? 1 : 0, ...this.loc(start),
    };
  }

  // (star_targets '=')+ (yield_expr | star_expressions) !'='
  // Each target is checked when its '=' is seen, as invalid_assignment does, so an invalid
  // target is reported whatever follows.
  private finishAssign(first: A.Expr, start: Token): A.Stmt {
    const targets: A.Expr[] = [];
    let e = first;
    for (;;) {
      this.checkTarget(e, targets.length === 0);
      targets.push(e);
      this.next(); // '='
      e = this.isKw('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
      if (!this.isOp('=')) break;
    }
    for (const tg of targets) setContext(tg, 'Store');
    return { kind: 'Assign', targets, value: e, type_comment: null, ...this.loc(start) };
  }

  /** Before the '=' after target tg: invalid_assignment's messages. */
  private checkTarget(tg: A.Expr, first: boolean): void {
    if (tg.kind === 'Yield' || tg.kind === 'YieldFrom') this.raiseError(MSG.yieldAssign, tg, tg);
    const bad = invalidTarget(tg, 'star');
    if (bad === null) return;
    if (first) this.checkAssignMaybeEquals(tg, bad);
    this.raiseError(MSG.cannotAssign(exprName(bad)), bad, bad);
  }

  /**
   * invalid_named_expression, reached through invalid_assignment's star_named_expression: for
   * `f() = 1` CPython adds "here. Maybe you meant '==' instead of '='?". It applies to the last
   * element before the first '=' when that is a bitwise_or and a bitwise_or follows the '='
   * (not itself followed by '=' or ':='). The parser stands on the '='.
   */
  private checkAssignMaybeEquals(tg: A.Expr, bad: A.Expr): void {
    const e = tg.kind === 'Tuple' && !isParenthesizedTuple(this, tg) ? tg.elts[tg.elts.length - 1] : tg;
    this.checkEqualsAfter(e, bad);
  }


  /** Whether the source has parentheses right around node e (so it is an atom, not bitwise_or). */
  private isParenWrapped(e: A.Expr): boolean {
    return this.parenthesized.has(e);
  }

  /**
   * invalid_named_expression's `!(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or`: e came
   * from the bitwise_or rule (a parenthesized group is an atom, so it qualifies) and does not
   * start with one of the excluded atoms.
   */
  private isBitwiseOrRule(e: A.Expr): boolean {
    if (!isBitwiseOrLevel(e) && !this.parenthesized.has(e)) return false;
    let head: A.Expr = e;
    for (;;) {
      if (this.parenthesized.has(head)) break;
      if (head.kind === 'BinOp') head = head.left;
      else if (head.kind === 'Attribute' || head.kind === 'Subscript') head = head.value;
      else if (head.kind === 'Call') head = head.func;
      else break;
    }
    if (head.kind === 'List' || head.kind === 'GeneratorExp') return false;
    if (head.kind === 'Tuple' && this.parenthesized.has(head)) return false;
    if (head.kind === 'Constant' && (head.value.type === 'bool' || head.value.type === 'None')) return false;
    return true;
  }

  /** Expressions written inside their own parentheses: `(x)`, `(a, b)`, `()`. */
  readonly parenthesized = new WeakSet<A.Expr>();

  // del_stmt: 'del' del_targets &(';' | NEWLINE)
  private parseDelStmt(): A.Stmt {
    const t = this.next();
    const e = this.parseStarExpressions();
    if (!this.isOp(';') && this.peek().type !== TokenType.NEWLINE) this.fail();
    const targets = e.kind === 'Tuple' && !isParenthesizedTuple(this, e) ? e.elts : [e];
    for (const tg of targets) {
      const bad = invalidTarget(tg, 'del');
      if (bad !== null) this.raiseError(MSG.cannotDelete(exprName(bad)), bad, bad);
      setContext(tg, 'Del');
    }
    return { kind: 'Delete', targets, ...this.loc(t) };
  }

  // import_name: 'import' ','.(dotted_name ['as' NAME])+
  private parseImportName(): A.Stmt {
    const t = this.next();
    const names: A.Alias[] = [];
    do {
      const s = this.peek();
      const name = this.parseDottedName();
      let asname: string | null = null;
      if (this.eatKw('as')) asname = this.expectName().value;
      names.push({ kind: 'alias', name, asname, ...this.loc(s) });
    } while (this.eatOp(','));
    return { kind: 'Import', names, ...this.loc(t) };
  }

  private parseDottedName(): string {
    let name = this.expectName().value;
    while (this.isOp('.')) {
      this.next();
      name += '.' + this.expectName().value;
    }
    return name;
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  private parseImportFrom(): A.Stmt {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level++;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw('import') || level === 0) module = this.parseDottedName();
    this.expectKw('import');
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const s = this.next();
      names.push({ kind: 'alias', name: '*', asname: null, ...this.loc(s) });
    } else {
      const paren = this.eatOp('(');
      do {
        if (paren && this.isOp(')')) break;
        if (!paren && names.length > 0 && this.peek().type === TokenType.NEWLINE) {
          const nl = this.peek();
          this.raiseError(MSG.trailingComma, nl, nl);
        }
        const s = this.peek();
        const name = this.expectName().value;
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.expectName().value;
        names.push({ kind: 'alias', name, asname, ...this.loc(s) });
      } while (this.eatOp(','));
      if (paren) this.expectOp(')');
      else if (this.prev.type === TokenType.OP && this.prev.value === ',') {
        this.raiseError(MSG.trailingComma, this.prev, this.prev);
      }
      if (names.length === 0) this.fail();
    }
    return { kind: 'ImportFrom', module, names, level, ...this.loc(t) };
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  private parseBlock(what: string | null, kwTok: Token | null): A.Stmt[] {
    const body: A.Stmt[] = [];
    if (this.peek().type === TokenType.NEWLINE) {
      this.next();
      if (this.peek().type !== TokenType.INDENT) {
        if (what !== null && kwTok !== null) {
          const t = this.peek();
          this.raiseError(MSG.expectedIndent(what, kwTok.lineno), t, t, 'IndentationError');
        }
        this.fail();
      }
      this.next();
      this.enter();
      while (this.peek().type !== TokenType.DEDENT) this.parseStatement(body);
      this.leave();
      this.next();
      return body;
    }
    this.parseSimpleStmts(body);
    return body;
  }

  /**
   * ':' before a block. CPython's grammar forces it (`&&':'`, any token is an error) after
   * def, try, else and finally; elsewhere only a NEWLINE in its place is "expected ':'".
   */
  private expectColon(forced = false): void {
    if (this.isOp(':')) { this.next(); return; }
    const t = this.peek();
    if (forced || t.type === TokenType.NEWLINE) this.raiseError(MSG.expectedColon, t, t);
    this.fail();
  }

  /**
   * Where a compound statement ends: CPython's _PyPegen_get_last_nonnwhitespace_token, so a body
   * ending in `x;` ends at the ';'. `body` is only there to say which block just ended.
   */
  private lastEnd(_body: A.Stmt[]): Token {
    let j = this.i - 1;
    while (j > 0 && (this.toks[j].type === TokenType.NEWLINE || this.toks[j].type === TokenType.INDENT ||
      this.toks[j].type === TokenType.DEDENT)) j--;
    return this.toks[j];
  }

  // decorators: ('@' named_expression NEWLINE)+
  private parseDecorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.parseNamedExpression());
      if (this.peek().type !== TokenType.NEWLINE) this.fail();
      this.next();
    }
    if (this.isKw('def')) return this.parseFunctionDef(decorators, null);
    if (this.isKw('class')) return this.parseClassDef(decorators);
    if (this.isKw('async') && this.isKw('def', 1)) {
      const a = this.next();
      return this.parseFunctionDef(decorators, a);
    }
    return this.fail();
  }

  // function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  private parseFunctionDef(decorator_list: A.Expr[], asyncTok: Token | null): A.Stmt {
    const defTok = this.next();
    const start = asyncTok ?? defTok;
    const name = this.expectName().value;
    if (!this.isOp('(')) this.raiseError(MSG.expectedParen, this.peek(), this.peek());
    this.next();
    const args = this.parseParameters(')', true);
    this.expectOp(')');
    let returns: A.Expr | null = null;
    if (this.eatOp('->')) returns = this.parseExpression();
    this.expectColon(true);
    const body = this.parseBlock('function definition', defTok);
    const l = this.loc(start, this.lastEnd(body));
    if (asyncTok) {
      return { kind: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...l };
    }
    return { kind: 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...l };
  }

  // parameters / lambda_parameters: every form of positional-only `/`, defaults, `*`, `*args`,
  // keyword-only, `**kwargs`; annotations only for def.
  private parseParameters(close: string, annotations: boolean): A.Arguments {
    const a: A.Arguments = {
      kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [],
      kw_defaults: [], kwarg: null, defaults: [],
    };
    let seenStar = false;
    let seenDefault = false;
    let seenSlash = false;
    const parseArg = (star = false): A.Arg => {
      const t = this.expectName();
      let annotation: A.Expr | null = null;
      if (annotations && this.eatOp(':')) {
        // param_star_annotation: `*args: *Ts`
        annotation = star && this.isOp('*') ? this.parseStarExpression() : this.parseExpression();
      }
      return { kind: 'arg', arg: t.value, annotation, type_comment: null, ...this.loc(t) };
    };
    while (!this.isOp(close)) {
      if (this.isOp('/')) {
        const s = this.next();
        if (seenSlash) this.raiseError(MSG.slashTwice, s, s);
        if (seenStar) this.raiseError(MSG.slashAfterStar, s, s);
        if (a.args.length === 0) {
          // CPython's first pass stops at the '/': look past it for the message only.
          const far = this.far;
          const comma = this.isOp(',');
          this.far = far;
          if (comma) this.raiseError(MSG.slashFirst, s, s);
          throw new ParseFailure(this.i - 1);
        }
        seenSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.isOp('**')) {
        this.next();
        a.kwarg = parseArg();
        if (this.isOp('=')) this.raiseError(MSG.kwargDefault, this.peek(), this.peek());
        if (this.isOp(',')) {
          const t = this.peek(1);
          if (t.type === TokenType.NAME || (t.type === TokenType.OP && (t.value === '*' || t.value === '**' || t.value === '/'))) {
            this.raiseError(MSG.argsAfterKwarg, t, t);
          }
          this.next();
        }
        break;
      } else if (this.isOp('*')) {
        const s = this.next();
        if (seenStar && (this.isName() || this.isOp(','))) this.raiseError(MSG.starTwice, s, s);
        seenStar = true;
        if (this.isOp(',') || this.isOp(close)) {
          if (this.isOp(close) || (this.isOp(',') && (this.isOp(close, 1) || this.isOp('**', 1)))) {
            // invalid_star_etc reports at the '*'; invalid_lambda_star_etc at the last token it read
            const at = !annotations ? (this.isOp(close) ? this.peek() : this.peek(1)) : s;
            this.raiseError(MSG.bareStar, at, at);
          }
        } else {
          a.vararg = parseArg(true);
          if (this.isOp('=')) this.raiseError(MSG.varargDefault, this.peek(), this.peek());
        }
      } else {
        const arg = parseArg();
        if (seenStar) {
          a.kwonlyargs.push(arg);
          a.kw_defaults.push(this.eatOp('=') ? this.parseExpression() : null);
        } else {
          a.args.push(arg);
          if (this.eatOp('=')) {
            a.defaults.push(this.parseExpression());
            seenDefault = true;
          } else if (seenDefault) {
            this.raiseError(MSG.nonDefaultAfterDefault, arg, arg);
          }
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (seenStar && a.vararg === null && a.kwonlyargs.length === 0 && a.kwarg === null) {
      this.fail();
    }
    return a;
  }

  // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  private parseIfStmt(): A.Stmt {
    const t = this.next();
    const what = t.value === 'if' ? "'if' statement" : "'elif' statement";
    const test = this.parseNamedExpression();
    this.expectColon();
    const body = this.parseBlock(what, t);
    let orelse: A.Stmt[] = [];
    if (this.isKw('elif')) {
      orelse = [this.parseIfStmt()];
    } else if (this.isKw('else')) {
      const e = this.next();
      this.expectColon(true);
      orelse = this.parseBlock("'else' statement", e);
    }
    const end = orelse.length > 0 ? this.lastEnd(orelse) : this.lastEnd(body);
    return { kind: 'If', test, body, orelse, ...this.loc(t, end) };
  }

  /** named_expression in a condition, with invalid_named_expression's `=` message. */
  /**
   * invalid_named_expression's `=` forms, after a named_expression: `x = 1` where a value is
   * expected is "Maybe you meant '==' or ':='", `f() = 1` is "cannot assign to ... here".
   */
  private checkNamedEquals(e: A.Expr): void {
    if (this.invalidOn) this.checkEqualsAfter(e, null);
  }

  /**
   * invalid_named_expression's `=` alternatives, the parser standing on the '=' after e:
   * `a=NAME '=' b=bitwise_or !('='|':=')` and `!(list|tuple|genexp|True|None|False)
   * a=bitwise_or '=' bitwise_or !('='|':=')`. With `bad` (assignment targets) the second one
   * applies only when e is the invalid target.
   */
  private checkEqualsAfter(e: A.Expr, bad: A.Expr | null): void {
    const name = e.kind === 'Name' && !this.parenthesized.has(e);
    if (!name && (!this.isBitwiseOrRule(e) || (bad !== null && e !== bad))) return;
    const save = this.i;
    const value = this.probe(() => {
      this.next();
      const v = this.parseBitwiseOr();
      return this.isOp('=') || this.isOp(':=') ? null : v;
    });
    this.i = save;
    if (value === null) return;
    if (name) this.raiseError(MSG.maybeEquals, e, value);
    this.raiseError(MSG.cannotAssignMaybe(exprName(e)), e, e);
  }


  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  private parseClassDef(decorator_list: A.Expr[]): A.Stmt {
    const t = this.next();
    const name = this.expectName().value;
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.eatOp('(')) {
      [bases, keywords] = this.parseCallArgs(false);
      this.expectOp(')');
    }
    this.expectColon();
    const body = this.parseBlock('class definition', t);
    return { kind: 'ClassDef', name, bases, keywords, body, decorator_list, ...this.loc(t, this.lastEnd(body)) };
  }

  // while_stmt: 'while' named_expression ':' block [else_block]
  private parseWhileStmt(): A.Stmt {
    const t = this.next();
    const test = this.parseNamedExpression();
    this.expectColon();
    const body = this.parseBlock("'while' statement", t);
    let orelse: A.Stmt[] = [];
    if (this.isKw('else')) {
      const e = this.next();
      this.expectColon(true);
      orelse = this.parseBlock("'else' statement", e);
    }
    const end = orelse.length > 0 ? this.lastEnd(orelse) : this.lastEnd(body);
    return { kind: 'While', test, body, orelse, ...this.loc(t, end) };
  }

  // for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
  private parseForStmt(asyncTok: Token | null): A.Stmt {
    const t = this.next();
    const target = this.parseForTargets();
    this.expectKw('in');
    const iter = this.parseStarExpressions();
    this.expectColon();
    const body = this.parseBlock("'for' statement", t);
    let orelse: A.Stmt[] = [];
    if (this.isKw('else')) {
      const e = this.next();
      this.expectColon(true);
      orelse = this.parseBlock("'else' statement", e);
    }
    const end = orelse.length > 0 ? this.lastEnd(orelse) : this.lastEnd(body);
    const l = this.loc(asyncTok ?? t, end);
    if (asyncTok) return { kind: 'AsyncFor', target, iter, body, orelse, type_comment: null, ...l };
    return { kind: 'For', target, iter, body, orelse, type_comment: null, ...l };
  }

  /** star_targets before `in` (for statements and comprehensions), with invalid_for_target. */
  private parseForTargets(): A.Expr {
    const save = this.i;
    const tg = this.attempt(() => {
      const e = this.parseStarTargets();
      if (!this.isKw('in')) this.fail();
      return e;
    });
    if (tg !== null) {
      const bad = invalidTarget(tg, 'for');
      if (bad !== null) this.raiseError(MSG.cannotAssign(exprName(bad)), bad, bad);
      setContext(tg, 'Store');
      return tg;
    }
    this.i = save;
    const e = this.probe(() => this.parseStarExpressions());
    if (e !== null) {
      const bad = invalidTarget(e, 'for');
      if (bad !== null) this.raiseError(MSG.cannotAssign(exprName(bad)), bad, bad);
    }
    this.i = save;
    this.parseStarTargets();
    return this.fail();
  }

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  private parseStarTargets(): A.Expr {
    const first = this.peek();
    const e = this.parseStarTarget();
    if (!this.isOp(',')) return e;
    const elts = [e];
    while (this.eatOp(',')) {
      if (!this.startsTarget()) break;
      elts.push(this.parseStarTarget());
    }
    return { kind: 'Tuple', elts, ctx: 'Store', ...this.loc(first) };
  }

  private startsTarget(): boolean {
    return this.isName() || this.isOp('(') || this.isOp('[') || this.isOp('*') ||
      this.peek().type === TokenType.STRING || this.peek().type === TokenType.NUMBER ||
      this.isKw('None') || this.isKw('True') || this.isKw('False');
  }

  // star_target: '*' (!'*' star_target) | target_with_star_atom
  private parseStarTarget(): A.Expr {
    if (this.isOp('*')) {
      const s = this.next();
      const value = this.parseStarTarget();
      return { kind: 'Starred', value, ctx: 'Store', ...this.loc(s) };
    }
    return this.parsePrimary();
  }

  // with_stmt:
  //   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
  //   | ['async'] 'with' ','.with_item+ ':' block
  private parseWithStmt(asyncTok: Token | null): A.Stmt {
    const t = this.next();
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      items = this.attempt(() => {
        this.next();
        const its: A.WithItem[] = [];
        do {
          if (its.length > 0 && this.isOp(')')) break;
          its.push(this.parseWithItem());
        } while (this.eatOp(','));
        this.expectOp(')');
        if (!this.isOp(':')) this.fail();
        return its;
      });
    }
    if (items === null) {
      items = [];
      do items.push(this.parseWithItem()); while (this.eatOp(','));
    }
    this.expectColon();
    const body = this.parseBlock("'with' statement", t);
    const l = this.loc(asyncTok ?? t, this.lastEnd(body));
    if (asyncTok) return { kind: 'AsyncWith', items, body, type_comment: null, ...l };
    return { kind: 'With', items, body, type_comment: null, ...l };
  }

  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  private parseWithItem(): A.WithItem {
    const context_expr = this.parseExpression();
    let optional_vars: A.Expr | null = null;
    if (this.eatKw('as')) {
      const save = this.i;
      const tg = this.attempt(() => {
        const x = this.parseStarTarget();
        if (!this.isOp(',') && !this.isOp(')') && !this.isOp(':')) this.fail();
        return x;
      });
      if (tg === null || invalidTarget(tg, 'star') !== null) {
        this.i = save;
        const e = this.probe(() => this.parseExpression());
        if (e !== null && (this.isOp(',') || this.isOp(')') || this.isOp(':'))) {
          const bad = invalidTarget(e, 'star');
          if (bad !== null) this.raiseError(MSG.cannotAssign(exprName(bad)), bad, bad);
        }
        this.i = save;
        this.fail();
      }
      setContext(tg!, 'Store');
      optional_vars = tg;
    }
    return { kind: 'withitem', context_expr, optional_vars };
  }

  // try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else] [finally]
  //         | 'try' ':' block except_star_block+ [else] [finally]
  private parseTryStmt(): A.Stmt {
    const t = this.next();
    this.expectColon(true);
    const body = this.parseBlock("'try' statement", t);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const e = this.next();
      const starTok = this.eatOp('*');
      const isStar = starTok !== null;
      if (star === null) star = isStar;
      else if (star !== isStar) this.raiseError(MSG.exceptMix, e, starTok ?? e);
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (this.peek().type === TokenType.NEWLINE) this.raiseError(MSG.expectedColon, this.peek(), this.peek());
      if (!this.isOp(':')) {
        type = this.parseExpression();
        if (this.isOp(',')) {
          const save = this.i;
          const rest = this.probe(() => { this.next(); return this.parseExpressionsTuple(type!); });
          if (rest !== null && (this.isOp(':') || this.isKw('as'))) {
            this.raiseError(MSG.exceptParens, type, rest);
          }
          this.i = save;
        }
        if (this.eatKw('as')) name = this.expectName().value;
      } else if (isStar) {
        this.raiseError(MSG.exceptStarType, this.peek(), this.peek());
      }
      this.expectColon();
      const hb = this.parseBlock(isStar ? "'except*' statement" : "'except' statement", e);
      handlers.push({ kind: 'ExceptHandler', type, name, body: hb, ...this.loc(e, this.lastEnd(hb)) });
    }
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    if (handlers.length > 0 && this.isKw('else')) {
      const e = this.next();
      this.expectColon(true);
      orelse = this.parseBlock("'else' statement", e);
    }
    if (this.isKw('finally')) {
      const f = this.next();
      this.expectColon(true);
      finalbody = this.parseBlock("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      this.raiseError(MSG.exceptOrFinally, this.peek(), this.peek());
    }
    const last = finalbody.length > 0 ? finalbody : orelse.length > 0 ? orelse
      : handlers[handlers.length - 1].body;
    const l = this.loc(t, this.lastEnd(last));
    if (star) return { kind: 'TryStar', body, handlers, orelse, finalbody, ...l };
    return { kind: 'Try', body, handlers, orelse, finalbody, ...l };
  }

  /** The rest of `a, b, c` after the first comma, as a Tuple spanning from `first`. */
  private parseExpressionsTuple(first: A.Expr): A.Expr {
    const elts = [first, this.parseExpression()];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.parseExpression());
    }
    return { kind: 'Tuple', elts, ctx: 'Load', ...this.loc(first) };
  }

  // ================================================================ match

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private parseMatchStmt(): A.Stmt {
    const t = this.next();
    const s = this.peek();
    let subject = this.parseStarNamedExpression();
    if (this.isOp(',')) {
      const elts = [subject];
      while (this.eatOp(',')) {
        if (this.isOp(':')) break;
        elts.push(this.parseStarNamedExpression());
      }
      subject = { kind: 'Tuple', elts, ctx: 'Load', ...this.loc(s) };
    } else if (subject.kind === 'Starred') {
      this.fail();
    }
    if (this.peek().type === TokenType.NEWLINE) this.matchNoColon = this.peek();
    this.expectOp(':');
    if (this.peek().type !== TokenType.NEWLINE) this.fail();
    this.next();
    if (this.peek().type !== TokenType.INDENT) {
      const n = this.peek();
      this.raiseError(MSG.expectedIndent("'match' statement", t.lineno), n, n, 'IndentationError');
    }
    this.next();
    const cases: A.MatchCase[] = [];
    while (this.peek().type !== TokenType.DEDENT) {
      cases.push(this.parseCaseBlock());
    }
    this.next();
    const lastCase = cases[cases.length - 1];
    return { kind: 'Match', subject, cases, ...this.loc(t, this.lastEnd(lastCase.body)) };
  }

  // case_block: "case" patterns guard? ':' block
  private parseCaseBlock(): A.MatchCase {
    const t = this.peek();
    if (!(t.type === TokenType.NAME && t.value === 'case')) this.fail();
    this.next();
    const pattern = this.parsePatterns();
    let guard: A.Expr | null = null;
    if (this.eatKw('if')) guard = this.parseNamedExpression();
    this.expectColon();
    const body = this.parseBlock("'case' statement", t);
    return { kind: 'match_case', pattern, guard, body };
  }

  // patterns: open_sequence_pattern | pattern
  private parsePatterns(): A.Pattern {
    const s = this.peek();
    const p = this.parseMaybeStarPattern();
    if (!this.isOp(',')) {
      if (p.kind === 'MatchStar') this.fail(); // a star pattern needs a sequence around it
      return p;
    }
    const patterns = [p];
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.isKw('if')) break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return { kind: 'MatchSequence', patterns, ...this.loc(s) };
  }

  // maybe_star_pattern: star_pattern | pattern
  private parseMaybeStarPattern(): A.Pattern {
    if (this.isOp('*')) {
      const s = this.next();
      const n = this.expectName().value;
      return { kind: 'MatchStar', name: n === '_' ? null : n, ...this.loc(s) };
    }
    return this.parsePattern();
  }

  // pattern: as_pattern | or_pattern;  as_pattern: or_pattern 'as' pattern_capture_target
  private parsePattern(): A.Pattern {
    this.enter();
    const s = this.peek();
    const p = this.parseOrPattern();
    let result = p;
    if (this.eatKw('as')) {
      const n = this.peek();
      if (n.type === TokenType.NAME && n.value === '_') {
        this.raiseError(MSG.underscoreTarget, n, n);
      }
      if (!this.isName()) {
        const e = this.probe(() => this.parseExpression());
        if (e !== null) this.raiseError(MSG.invalidPatternTarget, e, e);
        this.fail();
      }
      this.next();
      result = { kind: 'MatchAs', pattern: p, name: n.value, ...this.loc(s) };
    }
    this.leave();
    return result;
  }

  // or_pattern: '|'.closed_pattern+
  private parseOrPattern(): A.Pattern {
    const s = this.peek();
    const first = this.parseClosedPattern();
    if (!this.isOp('|')) return first;
    const patterns = [first];
    while (this.eatOp('|')) patterns.push(this.parseClosedPattern());
    return { kind: 'MatchOr', patterns, ...this.loc(s) };
  }

  // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
  //   | group_pattern | sequence_pattern | mapping_pattern | class_pattern
  private parseClosedPattern(): A.Pattern {
    const t = this.peek();
    if (t.type === TokenType.NUMBER || t.type === TokenType.STRING || this.isOp('-')) {
      const value = this.parseLiteralExpr();
      return { kind: 'MatchValue', value, ...this.loc(t) };
    }
    if (t.type === TokenType.NAME) {
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        this.next();
        const value: A.ConstValue = t.value === 'None' ? { type: 'None' } : { type: 'bool', value: t.value === 'True' };
        return { kind: 'MatchSingleton', value, ...this.loc(t) };
      }
      if (KEYWORDS.has(t.value)) this.fail();
      // name_or_attr, then maybe a class pattern
      this.next();
      let e: A.Expr = { kind: 'Name', id: t.value, ctx: 'Load', ...this.loc(t) };
      let dotted = false;
      while (this.isOp('.')) {
        this.next();
        const a = this.expectName();
        e = { kind: 'Attribute', value: e, attr: a.value, ctx: 'Load', ...this.loc(t) };
        dotted = true;
      }
      if (this.isOp('(')) return this.parseClassPattern(e, t);
      if (dotted) return { kind: 'MatchValue', value: e, ...this.loc(t) };
      return { kind: 'MatchAs', pattern: null, name: t.value === '_' ? null : t.value, ...this.loc(t) };
    }
    if (this.isOp('(') || this.isOp('[')) {
      const open = this.next();
      const close = open.value === '(' ? ')' : ']';
      const patterns: A.Pattern[] = [];
      let comma = false;
      while (!this.isOp(close)) {
        patterns.push(this.parseMaybeStarPattern());
        if (!this.eatOp(',')) break;
        comma = true;
      }
      this.expectOp(close);
      if (open.value === '(' && patterns.length === 1 && !comma && patterns[0].kind !== 'MatchStar') {
        return patterns[0]; // group_pattern: '(' pattern ')'
      }
      return { kind: 'MatchSequence', patterns, ...this.loc(open) };
    }
    if (this.isOp('{')) return this.parseMappingPattern();
    return this.fail();
  }

  // literal_pattern / literal_expr: signed_number ['+'|'-' NUMBER(imaginary)] | strings
  private parseLiteralExpr(): A.Expr {
    const t = this.peek();
    if (t.type === TokenType.STRING) {
      const e = this.parseStrings();
      return e;
    }
    let left: A.Expr;
    if (this.isOp('-')) {
      const m = this.next();
      if (this.peek().type !== TokenType.NUMBER) this.fail();
      const operand = this.parseNumber();
      left = { kind: 'UnaryOp', op: 'USub', operand, ...this.loc(m) };
    } else {
      if (t.type !== TokenType.NUMBER) this.fail();
      left = this.parseNumber();
    }
    if (this.isOp('+') || this.isOp('-')) {
      const op = this.next().value === '+' ? 'Add' : 'Sub';
      if (this.peek().type !== TokenType.NUMBER) this.fail();
      const right = this.parseNumber();
      if (right.kind !== 'Constant' || right.value.type !== 'complex') {
        this.raiseError(MSG.imaginaryRequired, right, right);
      }
      left = { kind: 'BinOp', left, op, right, ...this.loc(t) };
    }
    return left;
  }

  // class_pattern: name_or_attr '(' [positional_patterns ','?] [keyword_patterns ','?] ')'
  private parseClassPattern(cls: A.Expr, start: Token): A.Pattern {
    this.expectOp('(');
    const patterns: A.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.Pattern[] = [];
    while (!this.isOp(')')) {
      if (this.isName() && this.isOp('=', 1)) {
        kwd_attrs.push(this.next().value);
        this.next();
        kwd_patterns.push(this.parsePattern());
      } else {
        const p = this.parsePattern();
        if (kwd_attrs.length > 0) {
          this.raiseError(MSG.positionalPatternAfterKw, p, p);
        }
        patterns.push(p);
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return { kind: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, ...this.loc(start) };
  }

  // mapping_pattern: '{' [items_pattern] [',' double_star_pattern] ','? '}'
  private parseMappingPattern(): A.Pattern {
    const open = this.next();
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        this.next();
        rest = this.expectName().value;
        this.eatOp(',');
        break;
      }
      const t = this.peek();
      let key: A.Expr;
      if (t.type === TokenType.NAME && (t.value === 'None' || t.value === 'True' || t.value === 'False')) {
        key = this.parseAtom();
      } else if (this.isName()) {
        this.next();
        key = { kind: 'Name', id: t.value, ctx: 'Load', ...this.loc(t) };
        if (!this.isOp('.')) this.fail();
        while (this.eatOp('.')) {
          const a = this.expectName();
          key = { kind: 'Attribute', value: key, attr: a.value, ctx: 'Load', ...this.loc(t) };
        }
      } else {
        key = this.parseLiteralExpr();
      }
      keys.push(key);
      this.expectOp(':');
      patterns.push(this.parsePattern());
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return { kind: 'MatchMapping', keys, patterns, rest, ...this.loc(open) };
  }

  // ================================================================ expressions

  // star_expressions: star_expression (',' star_expression)* [',']
  parseStarExpressions(): A.Expr {
    const first = this.peek();
    const e = this.parseStarExpression();
    if (!this.isOp(',')) return e;
    const elts = [e];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.parseStarExpression());
    }
    return { kind: 'Tuple', elts, ctx: 'Load', ...this.loc(first) };
  }

  // star_expression: '*' bitwise_or | expression
  private parseStarExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.next();
      const value = this.parseBitwiseOr();
      return { kind: 'Starred', value, ctx: 'Load', ...this.loc(s) };
    }
    return this.parseExpression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  private parseStarNamedExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.next();
      const value = this.parseBitwiseOr();
      return { kind: 'Starred', value, ctx: 'Load', ...this.loc(s) };
    }
    return this.parseNamedExpression();
  }

  // named_expression: NAME ':=' ~ expression | expression !':='
  private parseNamedExpression(checkInvalid = true): A.Expr {
    if (this.isName() && this.isOp(':=', 1)) {
      const t = this.next();
      this.next();
      const value = this.parseExpression();
      const target: A.Name = { kind: 'Name', id: t.value, ctx: 'Store', ...this.loc(t, t) };
      return { kind: 'NamedExpr', target, value, ...this.loc(t) };
    }
    const e = this.parseExpression();
    if (checkInvalid) {
      if (this.isOp(':=')) this.checkWalrusTarget(e);
      if (this.isOp('=')) this.checkNamedEquals(e);
    }
    return e;
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  parseExpression(): A.Expr {
    this.enter();
    try {
      if (this.isKw('lambda')) return this.parseLambda();
      const startIdx = this.i;
      const st = this.peek();
      if (st.type === TokenType.NAME && (st.value === 'print' || st.value === 'exec')) {
        this.checkLegacyPrint(st);
      } else if (this.pass2 && this.invalidOn && st.type === TokenType.NAME && !KEYWORDS.has(st.value) &&
        !this.isOp('(', 1)) {
        // invalid_legacy_expression's lookahead (its message is only for print/exec).
        const save = this.i;
        this.probe(() => { this.next(); return this.parseStarExpressions(); });
        this.i = save;
      }
      const body = this.parseDisjunction();
      if (this.isKw('if')) {
        this.next();
        const test = this.parseDisjunction();
        if (!this.isKw('else')) {
          if (!this.isOp(':')) this.raiseError(MSG.expectedElse, body, test);
          this.fail();
        }
        this.next();
        const orelse = this.parseExpression();
        return { kind: 'IfExp', test, body, orelse, ...this.loc(st) };
      }
      this.checkForgotComma(body, startIdx);
      return body;
    } finally {
      this.leave();
    }
  }

  /** invalid_expression: `a b` inside brackets is "Perhaps you forgot a comma?". */
  private checkForgotComma(a: A.Expr, startIdx: number): void {
    if (!this.invalidOn) return;
    if (!this.startsExpression() || this.isKw('not') || this.isKw('yield')) return;
    const t0 = this.toks[startIdx];
    if (t0.type === TokenType.NAME && (t0.value === 'match' || t0.value === 'case' || t0.value === '_')) return;
    if (t0.type === TokenType.NAME && !KEYWORDS.has(t0.value) &&
        this.toks[startIdx + 1]?.type === TokenType.STRING) return;
    if (a.kind === 'Name' && (a.id === 'print' || a.id === 'exec')) return;
    if (this.isOp('*')) return;
    const save = this.i;
    const b = this.probe(() => this.parseExpressionNoInvalid());
    if (b !== null && this.prev.level > 0) {
      this.raiseError(MSG.forgotComma, a, b);
    }
    this.i = save;
  }

  // expression_without_invalid: disjunction 'if' disjunction 'else' expression | disjunction
  //   | lambdef   (with every invalid_* rule off while it runs)
  private parseExpressionNoInvalid(): A.Expr {
    this.invalidOff++;
    try {
      if (this.isKw('lambda')) return this.parseLambda();
      const st = this.peek();
      const body = this.parseDisjunction();
      if (this.isKw('if')) {
        const ifExp = this.attempt(() => {
          this.next();
          this.parseDisjunction();
          this.expectKw('else');
          this.parseExpression();
          return this.loc(st);
        });
        if (ifExp !== null) return { ...body, ...ifExp };
      }
      return body;
    } finally {
      this.invalidOff--;
    }
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  private parseLambda(): A.Expr {
    const t = this.next();
    const args = this.parseParameters(':', false);
    this.expectOp(':');
    const body = this.parseExpression();
    return { kind: 'Lambda', args, body, ...this.loc(t) };
  }

  /**
   * The right operand of a binary operator, PEG style: `a + <garbage>` is not an error here but
   * just `a` (the operator is not consumed), as `sum: sum '+' term | term` backtracks. `skip` is
   * the operator's length in tokens.
   */
  private rightOperand(skip: number, parse: () => A.Expr): A.Expr | null {
    const save = this.i;
    const depth = this.depth;
    for (let k = 0; k < skip; k++) this.next();
    try {
      return parse();
    } catch (e) {
      if (e instanceof ParseFailure) {
        this.i = save;
        this.depth = depth;
        return null;
      }
      throw e;
    }
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  private parseDisjunction(): A.Expr {
    const st = this.peek();
    const first = this.parseConjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.isKw('or')) {
      const r = this.rightOperand(1, () => this.parseConjunction());
      if (r === null) break;
      values.push(r);
    }
    if (values.length === 1) return first;
    return { kind: 'BoolOp', op: 'Or', values, ...this.loc(st) };
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  private parseConjunction(): A.Expr {
    const st = this.peek();
    const first = this.parseInversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.isKw('and')) {
      const r = this.rightOperand(1, () => this.parseInversion());
      if (r === null) break;
      values.push(r);
    }
    if (values.length === 1) return first;
    return { kind: 'BoolOp', op: 'And', values, ...this.loc(st) };
  }

  // inversion: 'not' inversion | comparison
  private parseInversion(): A.Expr {
    if (this.isKw('not')) {
      const t = this.next();
      this.enter();
      const operand = this.parseInversion();
      this.leave();
      return { kind: 'UnaryOp', op: 'Not', operand, ...this.loc(t) };
    }
    return this.parseComparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  private parseComparison(): A.Expr {
    const st = this.peek();
    const left = this.parseBitwiseOr();
    const ops: A.CmpOperator[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const t = this.peek();
      let op: A.CmpOperator | undefined;
      let len = 1;
      if (t.type === TokenType.OP) {
        op = CMP_OPS[t.value];
      } else if (t.type === TokenType.NAME) {
        if (t.value === 'in') op = 'In';
        else if (t.value === 'not' && this.isKw('in', 1)) { op = 'NotIn'; len = 2; }
        else if (t.value === 'is') {
          if (this.isKw('not', 1)) { op = 'IsNot'; len = 2; } else op = 'Is';
        }
      }
      if (!op) break;
      const r = this.rightOperand(len, () => this.parseBitwiseOr());
      if (r === null) break;
      ops.push(op);
      comparators.push(r);
    }
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, ...this.loc(st) };
  }

  /** One left-associative binary level: `left (op right)*` with ops from `table`. */
  private parseBinaryLevel(table: Record<string, A.Operator>, next: () => A.Expr): A.Expr {
    const st = this.peek();
    let left = next();
    for (;;) {
      const t = this.peek();
      const op = t.type === TokenType.OP ? table[t.value] : undefined;
      if (op === undefined) break;
      const right = this.rightOperand(1, next);
      if (right === null) break;
      left = { kind: 'BinOp', left, op, right, ...this.loc(st) };
    }
    return left;
  }

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and so on down to term)
  private parseBitwiseOr(): A.Expr {
    return this.parseBinaryLevel(OPS_OR, this.parseBitwiseXorFn);
  }
  private readonly parseBitwiseXorFn = () => this.parseBinaryLevel(OPS_XOR, this.parseBitwiseAndFn);
  private readonly parseBitwiseAndFn = () => this.parseBinaryLevel(OPS_AND, this.parseShiftFn);
  private readonly parseShiftFn = () => this.parseBinaryLevel(OPS_SHIFT, this.parseSumFn);
  private readonly parseSumFn = () => this.parseBinaryLevel(OPS_SUM, this.parseTermFn);
  private readonly parseTermFn = () => this.parseBinaryLevel(OPS_TERM, this.parseFactorFn);
  private readonly parseFactorFn = () => this.parseFactor();

  // factor: '+' factor | '-' factor | '~' factor | power
  private parseFactor(): A.Expr {
    const t = this.peek();
    if (t.type === TokenType.OP && (t.value === '+' || t.value === '-' || t.value === '~')) {
      this.next();
      this.enter();
      const operand = this.parseFactor();
      this.leave();
      const op: A.UnaryOperator = t.value === '+' ? 'UAdd' : t.value === '-' ? 'USub' : 'Invert';
      return { kind: 'UnaryOp', op, operand, ...this.loc(t) };
    }
    return this.parsePower();
  }

  // power: await_primary '**' factor | await_primary
  private parsePower(): A.Expr {
    const st = this.peek();
    const left = this.parseAwaitPrimary();
    if (!this.isOp('**')) return left;
    this.enter();
    const right = this.rightOperand(1, () => this.parseFactor());
    this.leave();
    if (right === null) return left;
    return { kind: 'BinOp', left, op: 'Pow', right, ...this.loc(st) };
  }

  // await_primary: AWAIT primary | primary
  private parseAwaitPrimary(): A.Expr {
    if (this.isKw('await')) {
      const t = this.next();
      const value = this.parsePrimary();
      return { kind: 'Await', value, ...this.loc(t) };
    }
    return this.parsePrimary();
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
  //        | primary '[' slices ']' | atom
  private parsePrimary(): A.Expr {
    const st = this.peek();
    this.enter();
    let e = this.parseAtom();
    // Each trailer is one PEG alternative: if it fails, the primary ends before it.
    for (;;) {
      const t = this.peek();
      if (t.type !== TokenType.OP || (t.value !== '.' && t.value !== '(' && t.value !== '[')) break;
      const value = e;
      const next = this.attempt((): A.Expr => {
        this.next();
        if (t.value === '.') {
          const n = this.expectName();
          return { kind: 'Attribute', value, attr: n.value, ctx: 'Load', ...this.loc(st) };
        }
        if (t.value === '(') {
          const [args, keywords] = this.parseCallArgs();
          this.expectOp(')');
          if (args.length === 1 && keywords.length === 0 && args[0].kind === 'GeneratorExp' &&
              this.genexpBare) {
            // primary genexp: the generator expression spans the call's parentheses.
            Object.assign(args[0], this.loc(t));
          }
          this.genexpBare = false;
          return { kind: 'Call', func: value, args, keywords, ...this.loc(st) };
        }
        const slice = this.parseSlices();
        this.expectOp(']');
        return { kind: 'Subscript', value, slice, ctx: 'Load', ...this.loc(st) };
      });
      if (next === null) break;
      e = next;
    }
    this.leave();
    return e;
  }

  /** invalid_named_expression: a=expression ':=' expression, the parser standing on ':='. */
  private checkWalrusTarget(e: A.Expr): void {
    if (!this.invalidOn) return;
    const save = this.i;
    const ok = this.probe(() => { this.next(); this.parseExpression(); return true; });
    this.i = save;
    // NAME ':=' expression is a valid named_expression: no message (the probe above still
    // reads what CPython's assignment_expression reads, tokenizer errors included).
    if (e.kind === 'Name' && !this.parenthesized.has(e)) return;
    if (ok) this.raiseError(MSG.walrusTarget(exprName(e)), e, e);
  }

  /** Where a `match` header lacked its ':' (see parseStatement). */
  private matchNoColon: Token | null = null;

  /** Set by parseCallArgs when the arguments were exactly one unparenthesized genexp. */
  private genexpBare = false;

  // arguments: args [','] &')'
  // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
  //       [',' kwargs] | kwargs
  private parseCallArgs(call = true): [A.Expr[], A.Keyword[]] {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let seenKw = false;
    let seenKwUnpack = false;
    this.genexpBare = false;
    while (!this.isOp(')')) {
      const t = this.peek();
      if (this.isOp('*')) {
        this.next();
        const value = this.parseExpression();
        const st: A.Expr = { kind: 'Starred', value, ctx: 'Load', ...this.loc(t) };
        if (this.isKw('for') || this.isKw('async')) this.raiseError(MSG.unpackInComp, st, st);
        if (seenKwUnpack) this.raiseError(MSG.iterAfterKwUnpack, t, t);
        args.push(st);
      } else if (this.isOp('**')) {
        this.next();
        const value = this.parseExpression();
        keywords.push({ kind: 'keyword', arg: null, value, ...this.loc(t) });
        seenKwUnpack = true;
      } else if (this.isName() && this.isOp('=', 1)) {
        this.next();
        const eq = this.next();
        const value = this.parseExpression();
        if (this.isKw('for') || this.isKw('async')) this.raiseError(MSG.maybeEquals, t, eq);
        keywords.push({ kind: 'keyword', arg: t.value, value, ...this.loc(t) });
        seenKw = true;
      } else {
        // args use (assignment_expression | expression !':='), not named_expression, so none
        // of invalid_named_expression's messages apply here.
        let e = this.parseNamedExpression(false);
        if (this.isOp('=')) {
          // invalid_kwarg
          const eq = this.peek();
          if (e.kind === 'Constant' && (e.value.type === 'bool' || e.value.type === 'None')) {
            this.raiseError(MSG.cannotAssign(exprName(e)), e, eq);
          }
          if (e.kind !== 'Name') {
            this.raiseError(MSG.kwargExpression, e, eq);
          }
          this.fail();
        }
        if (this.isKw('for') || this.isKw('async')) {
          // class bases are `arguments` only: a sole generator is not the `primary genexp` form
          if (!call && args.length === 0 && keywords.length === 0) this.fail();
          e = this.parseComprehensionTail('GeneratorExp', e, null, t);
          const bare = args.length === 0 && keywords.length === 0 && this.isOp(')');
          if (!bare) {
            this.raiseError(MSG.genexpParens, e, e);
          }
          this.genexpBare = true;
          args.push(e);
          continue;
        }
        if (seenKwUnpack || seenKw) {
          // _PyPegen_arguments_parsing_error: reported at the token after the rest of the arguments.
          this.probe(() => { while (this.eatOp(',')) this.parseStarNamedExpression(); return 0; });
          while (this.isOp(',')) this.next();
          const at = this.peek();
          this.raiseError(seenKwUnpack ? MSG.posAfterKwUnpack : MSG.posAfterKw, at, at);
        }
        if (args.length > 0 && args[args.length - 1].kind === 'GeneratorExp' && this.genexpBare) {
          this.raiseError(MSG.genexpParens, args[args.length - 1], args[args.length - 1]);
        }
        args.push(e);
      }
      if (!this.eatOp(',')) break;
      if (this.genexpBare) {
        const g = args[args.length - 1];
        this.raiseError(MSG.genexpParens, g, g);
      }
    }
    return [args, keywords];
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private parseSlices(): A.Expr {
    const first = this.peek();
    const s = this.isOp('*') ? this.parseStarExpression() : this.parseSlice();
    if (!this.isOp(',') && s.kind !== 'Starred') return s;
    const elts = [s];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.isOp('*') ? this.parseStarExpression() : this.parseSlice());
    }
    return { kind: 'Tuple', elts, ctx: 'Load', ...this.loc(first) };
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  private parseSlice(): A.Expr {
    const t = this.peek();
    let lower: A.Expr | null = null;
    if (!this.isOp(':')) {
      lower = this.parseNamedExpression();
      if (!this.isOp(':')) return lower;
    }
    this.next();
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.parseExpression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.parseExpression();
    }
    return { kind: 'Slice', lower, upper, step, ...this.loc(t) };
  }

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list
  //     | listcomp | dict | set | dictcomp | setcomp | '...'
  private parseAtom(): A.Expr {
    const t = this.peek();
    switch (t.type) {
      case TokenType.NAME:
        if (KEYWORDS.has(t.value)) {
          if (t.value === 'None') { this.next(); return this.constant({ type: 'None' }, t); }
          if (t.value === 'True' || t.value === 'False') {
            this.next();
            return this.constant({ type: 'bool', value: t.value === 'True' }, t);
          }
          return this.fail();
        }
        this.next();
        return { kind: 'Name', id: t.value, ctx: 'Load', ...this.loc(t) };
      case TokenType.NUMBER:
        return this.parseNumber();
      case TokenType.STRING:
        return this.parseStrings();
      case TokenType.OP:
        switch (t.value) {
          case '(': return this.parseParenAtom();
          case '[': return this.parseListAtom();
          case '{': return this.parseBraceAtom();
          case '...': this.next(); return this.constant({ type: 'Ellipsis' }, t);
        }
    }
    return this.fail();
  }

  private constant(value: A.ConstValue, t: Token): A.Constant {
    return { kind: 'Constant', value, strKind: null, ...this.loc(t) };
  }

  private parseNumber(): A.Expr {
    const t = this.next();
    return this.constant(numberValue(t.value), t);
  }

  // strings: STRING+
  private parseStrings(): A.Expr {
    const first = this.peek();
    const toks: Token[] = [];
    while (this.peek().type === TokenType.STRING) toks.push(this.next());
    return parseStringTokens(toks, this.loc(first), {
      filename: this.filename,
      lines: this.lines,
      shift: this.shift,
      raiseAtNext: (msg) => {
        const t = this.peek();
        this.raiseAlways(msg, t, t);
      },
      raise: (msg, line, col, endLine, endCol) => {
        const err = new PySyntaxError('SyntaxError', msg, this.filename, line, col + 1,
          this.lines[line - 1] ?? '', endLine, endCol + 1);
        this.throwChecked(err);
      },
      parseExpr: (text, line, col) => {
        const tk = tokenize(text, '<fstring>');
        const sub = new Parser(tk.tokens, this.lines, [], this.filename, { line, col });
        sub.depth = this.depth;
        try {
          return sub.runFstringExpr();
        } catch (e) {
          // Raised while the outer parser ran: a later tokenizer error still wins.
          if (e instanceof PySyntaxError) this.throwChecked(e);
          throw e;
        }
      },
      tokStart: (tok) => this.tokStart(tok),
      tokEnd: (tok) => this.tokEnd(tok),
    });
  }

  // tuple | group | genexp:
  //   '(' [star_named_expression ',' [star_named_expressions]] ')'
  //   '(' (yield_expr | named_expression) ')'
  //   '(' (assignment_expression | expression !':=') for_if_clauses ')'
  private parseParenAtom(): A.Expr {
    const open = this.next();
    if (this.isOp(')')) {
      this.next();
      const empty: A.Expr = { kind: 'Tuple', elts: [], ctx: 'Load', ...this.loc(open) };
      this.parenthesized.add(empty);
      return empty;
    }
    if (this.isKw('yield')) {
      const y = this.parseYieldExpr();
      this.expectOp(')');
      return y;
    }
    const first = this.parseStarNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      const g = this.parseComprehensionTail('GeneratorExp', first, null, open);
      this.expectOp(')');
      Object.assign(g, this.loc(open));
      return g;
    }
    if (this.isOp(')')) {
      this.next();
      if (first.kind === 'Starred') {
        this.raiseError(MSG.starredHere, first, first);
      }
      this.parenthesized.add(first);
      return first;
    }
    if (!this.isOp(',')) this.fail();
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      elts.push(this.parseStarNamedExpression());
    }
    this.expectOp(')');
    const tuple: A.Expr = { kind: 'Tuple', elts, ctx: 'Load', ...this.loc(open) };
    this.parenthesized.add(tuple);
    return tuple;
  }

  // list: '[' [star_named_expressions] ']' | listcomp: '[' named_expression for_if_clauses ']'
  private parseListAtom(): A.Expr {
    const open = this.next();
    const elts: A.Expr[] = [];
    while (!this.isOp(']')) {
      const e = this.parseStarNamedExpression();
      if (elts.length === 0 && (this.isKw('for') || this.isKw('async'))) {
        const c = this.parseComprehensionTail('ListComp', e, null, open);
        this.expectOp(']');
        Object.assign(c, this.loc(open));
        return c;
      }
      elts.push(e);
      if (!this.eatOp(',')) break;
    }
    this.expectOp(']');
    return { kind: 'List', elts, ctx: 'Load', ...this.loc(open) };
  }

  // dict: '{' [double_starred_kvpairs] '}' | set: '{' star_named_expressions '}'
  // dictcomp: '{' kvpair for_if_clauses '}' | setcomp: '{' named_expression for_if_clauses '}'
  private parseBraceAtom(): A.Expr {
    const open = this.next();
    if (this.eatOp('}')) return { kind: 'Dict', keys: [], values: [], ...this.loc(open) };
    // Decide dict or set from the first item.
    if (this.isOp('**')) {
      const stars = this.peek();
      const save = this.i;
      const comp = this.probe(() => { this.next(); this.parseBitwiseOr(); return this.isKw('for') || this.isKw('async'); });
      this.i = save;
      if (comp) this.raiseError(MSG.dictUnpackInComp, stars, stars);
      return this.parseDictRest(open, null, null);
    }
    const first = this.parseStarNamedExpression();
    if (this.isOp(':') && first.kind !== 'Starred') {
      const colon = this.next();
      if (this.isOp('}') || this.isOp(',')) this.raiseError(MSG.dictValue, colon, colon);
      const value = this.parseExpression();
      if (this.isKw('for') || this.isKw('async')) {
        const c = this.parseComprehensionTail('DictComp', first, value, open);
        this.expectOp('}');
        Object.assign(c, this.loc(open));
        return c;
      }
      return this.parseDictRest(open, first, value);
    }
    if (this.isKw('for') || this.isKw('async')) {
      const c = this.parseComprehensionTail('SetComp', first, null, open);
      this.expectOp('}');
      Object.assign(c, this.loc(open));
      return c;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      elts.push(this.parseStarNamedExpression());
    }
    this.expectOp('}');
    return { kind: 'Set', elts, ...this.loc(open) };
  }

  private parseDictRest(open: Token, k0: A.Expr | null, v0: A.Expr | null): A.Expr {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    if (v0 !== null) {
      keys.push(k0);
      values.push(v0);
      if (!this.eatOp(',')) {
        this.expectOp('}');
        return { kind: 'Dict', keys, values, ...this.loc(open) };
      }
    }
    while (!this.isOp('}')) {
      if (this.eatOp('**')) {
        keys.push(null);
        values.push(this.parseBitwiseOr());
      } else {
        // invalid_kvpair (after the first pair) comes before invalid_expression's messages.
        this.invalidOff++;
        let key: A.Expr;
        try {
          key = this.parseExpression();
        } finally {
          this.invalidOff--;
        }
        keys.push(key);
        if (!this.isOp(':')) {
          const at = { lineno: key.lineno, col_offset: key.end_col_offset - 1, end_lineno: key.end_lineno, end_col_offset: -1 };
          this.raiseError(MSG.dictColon, at, at);
        }
        const colon = this.next();
        if (this.isOp('}') || this.isOp(',')) {
          this.raiseError(MSG.dictValue, colon, colon);
        }
        values.push(this.parseExpression());
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return { kind: 'Dict', keys, values, ...this.loc(open) };
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
  private parseComprehensionTail(
    kind: 'ListComp' | 'SetComp' | 'GeneratorExp' | 'DictComp', elt: A.Expr, value: A.Expr | null,
    open: Token,
  ): A.Expr {
    if (elt.kind === 'Starred') {
      this.raiseError(MSG.unpackInComp, elt, elt);
    }
    const generators: A.Comprehension[] = [];
    while (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
      const isAsync = this.eatKw('async') !== null;
      this.next();
      const target = this.parseForTargets();
      this.expectKw('in');
      const iter = this.parseDisjunction();
      const ifs: A.Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.parseDisjunction());
      generators.push({ kind: 'comprehension', target, iter, ifs, is_async: isAsync ? 1 : 0 });
    }
    const l = this.loc(open);
    if (kind === 'DictComp') return { kind, key: elt, value: value!, generators, ...l };
    return { kind, elt, generators, ...l };
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  private parseYieldExpr(): A.Expr {
    const t = this.next();
    if (this.eatKw('from')) {
      const value = this.parseExpression();
      return { kind: 'YieldFrom', value, ...this.loc(t) };
    }
    const value = this.startsExpression() ? this.parseStarExpressions() : null;
    return { kind: 'Yield', value, ...this.loc(t) };
  }
}

// ================================================================ helpers on nodes

function numberValue(text: string): A.ConstValue {
  const s = text.replace(/_/g, '');
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') {
    return { type: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  }
  if (/^0[xXoObB]/.test(s)) return { type: 'int', value: BigInt(s.toLowerCase()) };
  if (/^[0-9]+$/.test(s)) return { type: 'int', value: BigInt(s) };
  return { type: 'float', value: Number(s) };
}

/** _PyPegen_get_expr_name: how CPython names an expression in "cannot assign to X". */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.type === 'None') return 'None';
      if (v.type === 'bool') return v.value ? 'True' : 'False';
      if (v.type === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
function invalidTarget(e: A.Expr, kind: 'star' | 'del' | 'for'): A.Expr | null {
  switch (e.kind) {
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const b = invalidTarget(x, kind);
        if (b !== null) return b;
      }
      return null;
    case 'Starred':
      if (kind === 'del') return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for') {
        if (e.ops[0] === 'In') return invalidTarget(e.left, kind);
        return null;
      }
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Set Store/Del context on a valid target, recursively (the grammar's *_targets rules). */
function setContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

/** Whether e is produced by the bitwise_or rule (not a comparison, boolean op, lambda...). */
function isBitwiseOrLevel(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Compare': case 'BoolOp': case 'Lambda': case 'IfExp': case 'Starred': case 'NamedExpr':
    case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp': return e.op !== 'Not';
    default: return true;
  }
}

function isParenthesizedTuple(p: Parser, e: A.Expr): boolean {
  return p.parenthesized.has(e);
}

// ================================================================ string literals
//
// A run of adjacent STRING tokens becomes one Constant (str or bytes) or, if any is an f-string,
// one JoinedStr. Escapes are decoded here; an f-string's replacement fields are cut out of the
// token text as CPython 3.11's Parser/string_parser.c does (the tokenizer saw one opaque token),
// and each expression is parsed by a nested Parser on the text `(expr)`, shifted so its nodes get
// source positions: line/column of the `{`, counted the way CPython counts them (the column
// shift applies to the first line of the expression only). Every Constant and FormattedValue
// inside a JoinedStr spans the whole run of tokens, as in CPython 3.11.

interface StringContext {
  filename: string;
  lines: string[];
  shift: { line: number; col: number } | null;
  /** Raise at a 0-based position span. */
  raise(msg: string, line: number, col: number, endLine: number, endCol: number): never;
  /** Raise at the token after the strings (CPython's RAISE_SYNTAX_ERROR: the last token read). */
  raiseAtNext(msg: string): never;
  parseExpr(text: string, line: number, col: number): A.Expr;
  tokStart(t: Token): { lineno: number; col_offset: number };
  tokEnd(t: Token): { end_lineno: number; end_col_offset: number };
}

interface StrPiece { prefix: string; body: string; bodyStart: number; raw: boolean; bytes: boolean; fmt: boolean; u: boolean }

function splitStringToken(text: string): StrPiece {
  let k = 0;
  while (text[k] !== '"' && text[k] !== "'") k++;
  const prefix = text.slice(0, k).toLowerCase();
  const q = text[k];
  const triple = text[k + 1] === q && text[k + 2] === q && text.length >= k + 6;
  const ql = triple ? 3 : 1;
  return {
    prefix, body: text.slice(k + ql, text.length - ql), bodyStart: k + ql,
    raw: prefix.includes('r'), bytes: prefix.includes('b'), fmt: prefix.includes('f'),
    u: prefix.includes('u'),
  };
}

function parseStringTokens(toks: Token[], whole: Loc, ctx: StringContext): A.Expr {
  const pieces = toks.map((t) => splitStringToken(t.value));
  const anyBytes = pieces.some((p) => p.bytes);
  if (anyBytes && !pieces.every((p) => p.bytes)) ctx.raiseAtNext(MSG.mixBytes);
  const strKind = pieces[0].u ? 'u' : null;
  if (anyBytes) {
    const parts: number[] = [];
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      if (/[^\x00-\x7f]/.test(p.body)) {
        const s = ctx.tokStart(toks[k]);
        const e = ctx.tokEnd(toks[k]);
        ctx.raise(MSG.bytesAscii, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
      const dec = p.raw ? p.body : decodeEscapes(p.body, true, ctx);
      for (let i = 0; i < dec.length; i++) parts.push(dec.charCodeAt(i) & 0xff);
    }
    return { kind: 'Constant', value: { type: 'bytes', value: Uint8Array.from(parts) }, strKind: null, ...whole };
  }
  if (!pieces.some((p) => p.fmt)) {
    let v = '';
    for (const p of pieces) v += p.raw ? p.body : decodeEscapes(p.body, false, ctx);
    return { kind: 'Constant', value: { type: 'str', value: v }, strKind, ...whole };
  }
  const values: (A.Constant | A.FormattedValue)[] = [];
  let lit = '';
  const flush = () => {
    if (lit !== '') {
      values.push({ kind: 'Constant', value: { type: 'str', value: lit }, strKind, ...whole });
      lit = '';
    }
  };
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (!p.fmt) {
      lit += p.raw ? p.body : decodeEscapes(p.body, false, ctx);
      continue;
    }
    const fp = new FstringParser(p, toks[k], toks[0], whole, ctx);
    fp.parse(0, (s) => { lit += s; }, (fv) => { flush(); values.push(fv); });
  }
  flush();
  return { kind: 'JoinedStr', values, ...whole };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r',
  t: '\t', v: '\v',
};

/** Decode backslash escapes of a (non-raw) literal body; bytes keep \u \U \N as written. */
function decodeEscapes(body: string, bytes: boolean, ctx: StringContext): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  const unicodeError = (msg: string, from: number, to: number): never => {
    // CPython counts positions in the escaped text it was decoding (from the first escape).
    return ctx.raiseAtNext(
      `(${bytes ? 'value' : 'unicode'} error) ${bytes ? '' : "'unicodeescape' codec can't decode bytes in position " + from + '-' + to + ': '}${msg}`);
  };
  while (i < n) {
    const c = body[i];
    if (c !== '\\') { out += c; i++; continue; }
    const start = i;
    i++;
    if (i >= n) { out += '\\'; break; }
    const e = body[i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; i++; continue; }
    if (e >= '0' && e <= '7') {
      let v = 0;
      let k = 0;
      while (k < 3 && i < n && body[i] >= '0' && body[i] <= '7') { v = v * 8 + (body.charCodeAt(i) - 48); i++; k++; }
      out += String.fromCodePoint(bytes ? v & 0xff : v);
      continue;
    }
    if (e === 'x') {
      const h = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) {
        if (bytes) ctx.raiseAtNext(`(value error) invalid \\x escape at position ${start}`);
        let m = i + 1;
        while (m < n && m < i + 3 && /[0-9a-fA-F]/.test(body[m])) m++;
        unicodeError('truncated \\xXX escape', start, m - 1);
      }
      out += String.fromCharCode(parseInt(h, 16));
      i += 3;
      continue;
    }
    if (!bytes && (e === 'u' || e === 'U')) {
      const len = e === 'u' ? 4 : 8;
      const h = body.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) {
        let m = i + 1;
        while (m < n && m < i + 1 + len && /[0-9a-fA-F]/.test(body[m])) m++;
        unicodeError(`truncated \\${e === 'u' ? 'uXXXX' : 'UXXXXXXXX'} escape`, start, m - 1);
      }
      const v = parseInt(h, 16);
      if (v > 0x10ffff) unicodeError('illegal Unicode character', start, i + len);
      out += String.fromCodePoint(v);
      i += 1 + len;
      continue;
    }
    if (!bytes && e === 'N') {
      const close = body[i + 1] === '{' ? body.indexOf('}', i + 2) : -1;
      if (close < 0) unicodeError('malformed \\N character escape', start, Math.min(n - 1, i + 1));
      const name = body.slice(i + 2, close);
      const cp = lookupUnicodeName(name);
      if (cp === null) unicodeError('unknown Unicode character name', start, close);
      out += String.fromCodePoint(cp!);
      i = close + 1;
      continue;
    }
    // Unknown escape: kept as written (CPython warns).
    out += '\\';
  }
  return out;
}

/**
 * Parses the inside of one f-string token (CPython 3.11 fstring_find_literal / fstring_find_expr).
 * `pos` indexes `piece.body`.
 */
class FstringParser {
  private pos = 0;
  private readonly body: string;
  constructor(
    private readonly piece: StrPiece,
    private readonly tok: Token,
    private readonly firstTok: Token,
    private readonly whole: Loc,
    private readonly ctx: StringContext,
  ) {
    this.body = piece.body;
  }

  private err(what: string): never {
    return this.ctx.raiseAtNext(MSG.fstring(what));
  }

  /** Parse until the end of the body, or (level > 0) until the '}' that ends a format spec. */
  parse(level: number, onLit: (s: string) => void, onValue: (fv: A.FormattedValue) => void): void {
    const body = this.body;
    const n = body.length;
    while (this.pos < n) {
      // literal part
      let litStart = this.pos;
      let ended = false;
      while (this.pos < n) {
        const c = body[this.pos];
        if (!this.piece.raw && c === '\\' && this.pos + 1 < n) {
          const nx = body[this.pos + 1];
          if (nx === 'N' && body[this.pos + 2] === '{') {
            const close = body.indexOf('}', this.pos + 3);
            this.pos = close < 0 ? n : close + 1;
            continue;
          }
          // The escaped character is looked at again below: `\{` still opens a field.
          this.pos += nx === '{' || nx === '}' ? 1 : 2;
          continue;
        }
        if (c === '{' || c === '}') {
          if (level === 0 && body[this.pos + 1] === c) {
            onLit(this.decode(body.slice(litStart, this.pos + 1)));
            this.pos += 2;
            litStart = this.pos;
            continue;
          }
          if (level === 0 && c === '}') this.err("single '}' is not allowed");
          ended = true;
          break;
        }
        this.pos++;
      }
      if (this.pos > litStart) onLit(this.decode(body.slice(litStart, this.pos)));
      if (!ended || this.pos >= n) break;
      if (body[this.pos] === '}') return; // end of a nested format spec
      // body[pos] === '{'
      const [fv, debug] = this.parseField(level);
      if (debug !== null) onLit(debug);
      onValue(fv);
    }
    if (level > 0) this.err("expecting '}'");
  }

  private decode(s: string): string {
    return this.piece.raw ? s : decodeEscapes(s, false, this.ctx);
  }

  private parseField(level: number): [A.FormattedValue, string | null] {
    const body = this.body;
    const n = body.length;
    if (level >= 2) this.err('expressions nested too deeply');
    const bracePos = this.pos;
    this.pos++;
    const exprStart = this.pos;
    const stack: string[] = [];
    let quote = '';
    let tripleQ = false;
    while (this.pos < n) {
      const c = body[this.pos];
      if (c === '\\') this.ctx.raiseAtNext('f-string expression part cannot include a backslash');
      if (quote) {
        if (c === quote) {
          if (tripleQ) {
            if (body[this.pos + 1] === c && body[this.pos + 2] === c) { this.pos += 3; quote = ''; continue; }
          } else { quote = ''; }
        }
        this.pos++;
        continue;
      }
      if (c === "'" || c === '"') {
        if (body[this.pos + 1] === c && body[this.pos + 2] === c) { tripleQ = true; this.pos += 3; }
        else { tripleQ = false; this.pos++; }
        quote = c;
        continue;
      }
      if (c === '[' || c === '(' || c === '{') {
        if (stack.length >= 200) this.err('too many nested parenthesis');
        stack.push(c);
        this.pos++;
        continue;
      }
      if (c === '#') this.ctx.raiseAtNext("f-string expression part cannot include '#'");
      if (stack.length === 0 && (c === '!' || c === ':' || c === '}' || c === '=' || c === '<' || c === '>')) {
        const nx = body[this.pos + 1];
        if (nx === '=' && (c === '!' || c === '=' || c === '<' || c === '>')) { this.pos += 2; continue; }
        if (c === '<' || c === '>') { this.pos++; continue; }
        break;
      }
      if (c === ']' || c === ')' || c === '}') {
        if (stack.length === 0) this.err(`unmatched '${c}'`);
        const o = stack.pop()!;
        const want = o === '(' ? ')' : o === '[' ? ']' : '}';
        if (want !== c) this.err(`closing parenthesis '${c}' does not match opening parenthesis '${o}'`);
      }
      this.pos++;
    }
    const exprEnd = this.pos;
    if (quote) this.err('unterminated string');
    if (stack.length > 0) this.err(`unmatched '${stack[stack.length - 1]}'`);
    if (this.pos >= n) this.err("expecting '}'");
    const exprText = body.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(exprText)) {
      const after = body[exprEnd];
      if (after === '!' || after === ':' || after === '=') this.err(`expression required before '${after}'`);
      this.err('empty expression not allowed');
    }
    const value = this.compileExpr(bracePos, exprText);
    let debugText: string | null = null;
    if (body[this.pos] === '=') {
      this.pos++;
      while (this.pos < n && /[ \t\n\r\f\v]/.test(body[this.pos])) this.pos++;
      debugText = body.slice(exprStart, this.pos);
    }
    let conversion = -1;
    if (body[this.pos] === '!') {
      this.pos++;
      if (this.pos >= n) this.err("expecting '}'");
      const cc = body[this.pos];
      this.pos++;
      if (cc !== 's' && cc !== 'r' && cc !== 'a') {
        this.err("invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = cc.charCodeAt(0);
    }
    let format_spec: A.JoinedStr | null = null;
    if (this.pos >= n) this.err("expecting '}'");
    if (body[this.pos] === ':') {
      this.pos++;
      if (this.pos >= n) this.err("expecting '}'");
      // CPython 3.11 quirk: a literal flushed before a nested field spans the whole run of
      // tokens; the spec's last literal and the spec itself span first token .. this token.
      const s = this.ctx.tokStart(this.tok);
      const e = this.ctx.tokEnd(this.tok);
      const specLoc: Loc = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
      const specValues: (A.Constant | A.FormattedValue)[] = [];
      let lit = '';
      const flush = (loc: Loc) => {
        if (lit !== '') {
          specValues.push({ kind: 'Constant', value: { type: 'str', value: lit }, strKind: null, ...loc });
          lit = '';
        }
      };
      this.parse(level + 1, (t) => { lit += t; }, (fv) => { flush(this.whole); specValues.push(fv); });
      flush(specLoc);
      format_spec = { kind: 'JoinedStr', values: specValues, ...specLoc };
    }
    if (this.pos >= n || body[this.pos] !== '}') this.err("expecting '}'");
    this.pos++;
    if (debugText !== null && format_spec === null && conversion === -1) conversion = 114;
    const fv: A.FormattedValue = { kind: 'FormattedValue', value, conversion, format_spec, ...this.whole };
    return [fv, debugText];
  }

  /** fstring_compile_expr + fstring_find_expr_location (3.11). */
  private compileExpr(bracePos: number, exprText: string): A.Expr {
    const tokText = this.tok.value;
    const braceInTok = this.piece.bodyStart + bracePos;
    let newlineAfterBrace = true;
    for (let k = 0; k < exprText.length; k++) {
      const c = exprText[k];
      if (c === '\n' || c === '}') break;
      if (c !== ' ' && c !== '\t' && c !== '\f') { newlineAfterBrace = false; break; }
    }
    let lines = 0;
    let lastNl = -1;
    for (let k = 0; k < braceInTok; k++) {
      if (tokText[k] === '\n') { lines++; lastNl = k; }
    }
    let cols = 0;
    if (!newlineAfterBrace) cols = cpLen(tokText, lastNl + 1, braceInTok);
    const s = this.ctx.tokStart(this.tok);
    const line = s.lineno + lines;
    const col = lines === 0 ? s.col_offset + cols : cols;
    return this.ctx.parseExpr('(' + exprText + ')', line, col);
  }
}

/** Code points in text[from, to). */
function cpLen(text: string, from: number, to: number): number {
  let c = 0;
  for (let k = from; k < to; k++) {
    const u = text.charCodeAt(k);
    if (u < 0xdc00 || u > 0xdfff) c++;
  }
  return c;
}

/**
 * \N{...} names. JS has no Unicode name database, so this covers the names most text uses (the
 * ASCII and Latin-1 letters and signs, Greek letters, common punctuation and symbols, and every
 * name the CPython 3.11 stdlib uses) plus the algorithmic CJK UNIFIED IDEOGRAPH-XXXX form.
 */
function lookupUnicodeName(name: string): number | null {
  const up = name.toUpperCase();
  const m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(up);
  if (m) return parseInt(m[1], 16);
  const v = UNICODE_NAMES.get(up);
  return v === undefined ? null : v;
}

/** Name table for lookupUnicodeName: `NAME:hex;...`, generated from Python 3.11's unicodedata. */
const UNICODE_NAMES: ReadonlyMap<string, number> = new Map(
  (
    'NULL:0;CHARACTER TABULATION:9;TAB:9;LINE FEED:a;LF:a;EOL:a;CARRIAGE RETURN:d;CR:d;ESCAPE:1b;SPAC' +
    'E:20;EXCLAMATION MARK:21;QUOTATION MARK:22;NUMBER SIGN:23;DOLLAR SIGN:24;PERCENT SIGN:25;AMPERSA' +
    'ND:26;APOSTROPHE:27;LEFT PARENTHESIS:28;RIGHT PARENTHESIS:29;ASTERISK:2a;PLUS SIGN:2b;COMMA:2c;H' +
    'YPHEN-MINUS:2d;FULL STOP:2e;SOLIDUS:2f;DIGIT ZERO:30;DIGIT ONE:31;DIGIT TWO:32;DIGIT THREE:33;DI' +
    'GIT FOUR:34;DIGIT FIVE:35;DIGIT SIX:36;DIGIT SEVEN:37;DIGIT EIGHT:38;DIGIT NINE:39;COLON:3a;SEMI' +
    'COLON:3b;LESS-THAN SIGN:3c;EQUALS SIGN:3d;GREATER-THAN SIGN:3e;QUESTION MARK:3f;COMMERCIAL AT:40' +
    ';LATIN CAPITAL LETTER A:41;LATIN CAPITAL LETTER B:42;LATIN CAPITAL LETTER C:43;LATIN CAPITAL LET' +
    'TER D:44;LATIN CAPITAL LETTER E:45;LATIN CAPITAL LETTER F:46;LATIN CAPITAL LETTER G:47;LATIN CAP' +
    'ITAL LETTER H:48;LATIN CAPITAL LETTER I:49;LATIN CAPITAL LETTER J:4a;LATIN CAPITAL LETTER K:4b;L' +
    'ATIN CAPITAL LETTER L:4c;LATIN CAPITAL LETTER M:4d;LATIN CAPITAL LETTER N:4e;LATIN CAPITAL LETTE' +
    'R O:4f;LATIN CAPITAL LETTER P:50;LATIN CAPITAL LETTER Q:51;LATIN CAPITAL LETTER R:52;LATIN CAPIT' +
    'AL LETTER S:53;LATIN CAPITAL LETTER T:54;LATIN CAPITAL LETTER U:55;LATIN CAPITAL LETTER V:56;LAT' +
    'IN CAPITAL LETTER W:57;LATIN CAPITAL LETTER X:58;LATIN CAPITAL LETTER Y:59;LATIN CAPITAL LETTER ' +
    'Z:5a;LEFT SQUARE BRACKET:5b;REVERSE SOLIDUS:5c;RIGHT SQUARE BRACKET:5d;CIRCUMFLEX ACCENT:5e;LOW ' +
    'LINE:5f;GRAVE ACCENT:60;LATIN SMALL LETTER A:61;LATIN SMALL LETTER B:62;LATIN SMALL LETTER C:63;' +
    'LATIN SMALL LETTER D:64;LATIN SMALL LETTER E:65;LATIN SMALL LETTER F:66;LATIN SMALL LETTER G:67;' +
    'LATIN SMALL LETTER H:68;LATIN SMALL LETTER I:69;LATIN SMALL LETTER J:6a;LATIN SMALL LETTER K:6b;' +
    'LATIN SMALL LETTER L:6c;LATIN SMALL LETTER M:6d;LATIN SMALL LETTER N:6e;LATIN SMALL LETTER O:6f;' +
    'LATIN SMALL LETTER P:70;LATIN SMALL LETTER Q:71;LATIN SMALL LETTER R:72;LATIN SMALL LETTER S:73;' +
    'LATIN SMALL LETTER T:74;LATIN SMALL LETTER U:75;LATIN SMALL LETTER V:76;LATIN SMALL LETTER W:77;' +
    'LATIN SMALL LETTER X:78;LATIN SMALL LETTER Y:79;LATIN SMALL LETTER Z:7a;LEFT CURLY BRACKET:7b;VE' +
    'RTICAL LINE:7c;RIGHT CURLY BRACKET:7d;TILDE:7e;DELETE:7f;NO-BREAK SPACE:a0;NBSP:a0;INVERTED EXCL' +
    'AMATION MARK:a1;CENT SIGN:a2;POUND SIGN:a3;CURRENCY SIGN:a4;YEN SIGN:a5;BROKEN BAR:a6;SECTION SI' +
    'GN:a7;DIAERESIS:a8;COPYRIGHT SIGN:a9;FEMININE ORDINAL INDICATOR:aa;LEFT-POINTING DOUBLE ANGLE QU' +
    'OTATION MARK:ab;NOT SIGN:ac;SOFT HYPHEN:ad;REGISTERED SIGN:ae;MACRON:af;DEGREE SIGN:b0;PLUS-MINU' +
    'S SIGN:b1;SUPERSCRIPT TWO:b2;SUPERSCRIPT THREE:b3;ACUTE ACCENT:b4;MICRO SIGN:b5;PILCROW SIGN:b6;' +
    'MIDDLE DOT:b7;CEDILLA:b8;SUPERSCRIPT ONE:b9;MASCULINE ORDINAL INDICATOR:ba;RIGHT-POINTING DOUBLE' +
    ' ANGLE QUOTATION MARK:bb;VULGAR FRACTION ONE QUARTER:bc;VULGAR FRACTION ONE HALF:bd;VULGAR FRACT' +
    'ION THREE QUARTERS:be;INVERTED QUESTION MARK:bf;LATIN CAPITAL LETTER A WITH GRAVE:c0;LATIN CAPIT' +
    'AL LETTER A WITH ACUTE:c1;LATIN CAPITAL LETTER A WITH CIRCUMFLEX:c2;LATIN CAPITAL LETTER A WITH ' +
    'TILDE:c3;LATIN CAPITAL LETTER A WITH DIAERESIS:c4;LATIN CAPITAL LETTER A WITH RING ABOVE:c5;LATI' +
    'N CAPITAL LETTER AE:c6;LATIN CAPITAL LETTER C WITH CEDILLA:c7;LATIN CAPITAL LETTER E WITH GRAVE:' +
    'c8;LATIN CAPITAL LETTER E WITH ACUTE:c9;LATIN CAPITAL LETTER E WITH CIRCUMFLEX:ca;LATIN CAPITAL ' +
    'LETTER E WITH DIAERESIS:cb;LATIN CAPITAL LETTER I WITH GRAVE:cc;LATIN CAPITAL LETTER I WITH ACUT' +
    'E:cd;LATIN CAPITAL LETTER I WITH CIRCUMFLEX:ce;LATIN CAPITAL LETTER I WITH DIAERESIS:cf;LATIN CA' +
    'PITAL LETTER ETH:d0;LATIN CAPITAL LETTER N WITH TILDE:d1;LATIN CAPITAL LETTER O WITH GRAVE:d2;LA' +
    'TIN CAPITAL LETTER O WITH ACUTE:d3;LATIN CAPITAL LETTER O WITH CIRCUMFLEX:d4;LATIN CAPITAL LETTE' +
    'R O WITH TILDE:d5;LATIN CAPITAL LETTER O WITH DIAERESIS:d6;MULTIPLICATION SIGN:d7;LATIN CAPITAL ' +
    'LETTER O WITH STROKE:d8;LATIN CAPITAL LETTER U WITH GRAVE:d9;LATIN CAPITAL LETTER U WITH ACUTE:d' +
    'a;LATIN CAPITAL LETTER U WITH CIRCUMFLEX:db;LATIN CAPITAL LETTER U WITH DIAERESIS:dc;LATIN CAPIT' +
    'AL LETTER Y WITH ACUTE:dd;LATIN CAPITAL LETTER THORN:de;LATIN SMALL LETTER SHARP S:df;LATIN SMAL' +
    'L LETTER A WITH GRAVE:e0;LATIN SMALL LETTER A WITH ACUTE:e1;LATIN SMALL LETTER A WITH CIRCUMFLEX' +
    ':e2;LATIN SMALL LETTER A WITH TILDE:e3;LATIN SMALL LETTER A WITH DIAERESIS:e4;LATIN SMALL LETTER' +
    ' A WITH RING ABOVE:e5;LATIN SMALL LETTER AE:e6;LATIN SMALL LETTER C WITH CEDILLA:e7;LATIN SMALL ' +
    'LETTER E WITH GRAVE:e8;LATIN SMALL LETTER E WITH ACUTE:e9;LATIN SMALL LETTER E WITH CIRCUMFLEX:e' +
    'a;LATIN SMALL LETTER E WITH DIAERESIS:eb;LATIN SMALL LETTER I WITH GRAVE:ec;LATIN SMALL LETTER I' +
    ' WITH ACUTE:ed;LATIN SMALL LETTER I WITH CIRCUMFLEX:ee;LATIN SMALL LETTER I WITH DIAERESIS:ef;LA' +
    'TIN SMALL LETTER ETH:f0;LATIN SMALL LETTER N WITH TILDE:f1;LATIN SMALL LETTER O WITH GRAVE:f2;LA' +
    'TIN SMALL LETTER O WITH ACUTE:f3;LATIN SMALL LETTER O WITH CIRCUMFLEX:f4;LATIN SMALL LETTER O WI' +
    'TH TILDE:f5;LATIN SMALL LETTER O WITH DIAERESIS:f6;DIVISION SIGN:f7;LATIN SMALL LETTER O WITH ST' +
    'ROKE:f8;LATIN SMALL LETTER U WITH GRAVE:f9;LATIN SMALL LETTER U WITH ACUTE:fa;LATIN SMALL LETTER' +
    ' U WITH CIRCUMFLEX:fb;LATIN SMALL LETTER U WITH DIAERESIS:fc;LATIN SMALL LETTER Y WITH ACUTE:fd;' +
    'LATIN SMALL LETTER THORN:fe;LATIN SMALL LETTER Y WITH DIAERESIS:ff;LATIN CAPITAL LETTER A WITH M' +
    'ACRON:100;LATIN SMALL LETTER A WITH MACRON:101;LATIN CAPITAL LETTER A WITH BREVE:102;LATIN SMALL' +
    ' LETTER A WITH BREVE:103;LATIN CAPITAL LETTER A WITH OGONEK:104;LATIN SMALL LETTER A WITH OGONEK' +
    ':105;LATIN CAPITAL LETTER C WITH ACUTE:106;LATIN SMALL LETTER C WITH ACUTE:107;LATIN CAPITAL LET' +
    'TER C WITH CIRCUMFLEX:108;LATIN SMALL LETTER C WITH CIRCUMFLEX:109;LATIN CAPITAL LETTER C WITH D' +
    'OT ABOVE:10a;LATIN SMALL LETTER C WITH DOT ABOVE:10b;LATIN CAPITAL LETTER C WITH CARON:10c;LATIN' +
    ' SMALL LETTER C WITH CARON:10d;LATIN CAPITAL LETTER D WITH CARON:10e;LATIN SMALL LETTER D WITH C' +
    'ARON:10f;LATIN CAPITAL LETTER D WITH STROKE:110;LATIN SMALL LETTER D WITH STROKE:111;LATIN CAPIT' +
    'AL LETTER E WITH MACRON:112;LATIN SMALL LETTER E WITH MACRON:113;LATIN CAPITAL LETTER E WITH BRE' +
    'VE:114;LATIN SMALL LETTER E WITH BREVE:115;LATIN CAPITAL LETTER E WITH DOT ABOVE:116;LATIN SMALL' +
    ' LETTER E WITH DOT ABOVE:117;LATIN CAPITAL LETTER E WITH OGONEK:118;LATIN SMALL LETTER E WITH OG' +
    'ONEK:119;LATIN CAPITAL LETTER E WITH CARON:11a;LATIN SMALL LETTER E WITH CARON:11b;LATIN CAPITAL' +
    ' LETTER G WITH CIRCUMFLEX:11c;LATIN SMALL LETTER G WITH CIRCUMFLEX:11d;LATIN CAPITAL LETTER G WI' +
    'TH BREVE:11e;LATIN SMALL LETTER G WITH BREVE:11f;LATIN CAPITAL LETTER G WITH DOT ABOVE:120;LATIN' +
    ' SMALL LETTER G WITH DOT ABOVE:121;LATIN CAPITAL LETTER G WITH CEDILLA:122;LATIN SMALL LETTER G ' +
    'WITH CEDILLA:123;LATIN CAPITAL LETTER H WITH CIRCUMFLEX:124;LATIN SMALL LETTER H WITH CIRCUMFLEX' +
    ':125;LATIN CAPITAL LETTER H WITH STROKE:126;LATIN SMALL LETTER H WITH STROKE:127;LATIN CAPITAL L' +
    'ETTER I WITH TILDE:128;LATIN SMALL LETTER I WITH TILDE:129;LATIN CAPITAL LETTER I WITH MACRON:12' +
    'a;LATIN SMALL LETTER I WITH MACRON:12b;LATIN CAPITAL LETTER I WITH BREVE:12c;LATIN SMALL LETTER ' +
    'I WITH BREVE:12d;LATIN CAPITAL LETTER I WITH OGONEK:12e;LATIN SMALL LETTER I WITH OGONEK:12f;LAT' +
    'IN CAPITAL LETTER I WITH DOT ABOVE:130;LATIN SMALL LETTER DOTLESS I:131;LATIN CAPITAL LIGATURE I' +
    'J:132;LATIN SMALL LIGATURE IJ:133;LATIN CAPITAL LETTER J WITH CIRCUMFLEX:134;LATIN SMALL LETTER ' +
    'J WITH CIRCUMFLEX:135;LATIN CAPITAL LETTER K WITH CEDILLA:136;LATIN SMALL LETTER K WITH CEDILLA:' +
    '137;LATIN SMALL LETTER KRA:138;LATIN CAPITAL LETTER L WITH ACUTE:139;LATIN SMALL LETTER L WITH A' +
    'CUTE:13a;LATIN CAPITAL LETTER L WITH CEDILLA:13b;LATIN SMALL LETTER L WITH CEDILLA:13c;LATIN CAP' +
    'ITAL LETTER L WITH CARON:13d;LATIN SMALL LETTER L WITH CARON:13e;LATIN CAPITAL LETTER L WITH MID' +
    'DLE DOT:13f;LATIN SMALL LETTER L WITH MIDDLE DOT:140;LATIN CAPITAL LETTER L WITH STROKE:141;LATI' +
    'N SMALL LETTER L WITH STROKE:142;LATIN CAPITAL LETTER N WITH ACUTE:143;LATIN SMALL LETTER N WITH' +
    ' ACUTE:144;LATIN CAPITAL LETTER N WITH CEDILLA:145;LATIN SMALL LETTER N WITH CEDILLA:146;LATIN C' +
    'APITAL LETTER N WITH CARON:147;LATIN SMALL LETTER N WITH CARON:148;LATIN SMALL LETTER N PRECEDED' +
    ' BY APOSTROPHE:149;LATIN CAPITAL LETTER ENG:14a;LATIN SMALL LETTER ENG:14b;LATIN CAPITAL LETTER ' +
    'O WITH MACRON:14c;LATIN SMALL LETTER O WITH MACRON:14d;LATIN CAPITAL LETTER O WITH BREVE:14e;LAT' +
    'IN SMALL LETTER O WITH BREVE:14f;LATIN CAPITAL LETTER O WITH DOUBLE ACUTE:150;LATIN SMALL LETTER' +
    ' O WITH DOUBLE ACUTE:151;LATIN CAPITAL LIGATURE OE:152;LATIN SMALL LIGATURE OE:153;LATIN CAPITAL' +
    ' LETTER R WITH ACUTE:154;LATIN SMALL LETTER R WITH ACUTE:155;LATIN CAPITAL LETTER R WITH CEDILLA' +
    ':156;LATIN SMALL LETTER R WITH CEDILLA:157;LATIN CAPITAL LETTER R WITH CARON:158;LATIN SMALL LET' +
    'TER R WITH CARON:159;LATIN CAPITAL LETTER S WITH ACUTE:15a;LATIN SMALL LETTER S WITH ACUTE:15b;L' +
    'ATIN CAPITAL LETTER S WITH CIRCUMFLEX:15c;LATIN SMALL LETTER S WITH CIRCUMFLEX:15d;LATIN CAPITAL' +
    ' LETTER S WITH CEDILLA:15e;LATIN SMALL LETTER S WITH CEDILLA:15f;LATIN CAPITAL LETTER S WITH CAR' +
    'ON:160;LATIN SMALL LETTER S WITH CARON:161;LATIN CAPITAL LETTER T WITH CEDILLA:162;LATIN SMALL L' +
    'ETTER T WITH CEDILLA:163;LATIN CAPITAL LETTER T WITH CARON:164;LATIN SMALL LETTER T WITH CARON:1' +
    '65;LATIN CAPITAL LETTER T WITH STROKE:166;LATIN SMALL LETTER T WITH STROKE:167;LATIN CAPITAL LET' +
    'TER U WITH TILDE:168;LATIN SMALL LETTER U WITH TILDE:169;LATIN CAPITAL LETTER U WITH MACRON:16a;' +
    'LATIN SMALL LETTER U WITH MACRON:16b;LATIN CAPITAL LETTER U WITH BREVE:16c;LATIN SMALL LETTER U ' +
    'WITH BREVE:16d;LATIN CAPITAL LETTER U WITH RING ABOVE:16e;LATIN SMALL LETTER U WITH RING ABOVE:1' +
    '6f;LATIN CAPITAL LETTER U WITH DOUBLE ACUTE:170;LATIN SMALL LETTER U WITH DOUBLE ACUTE:171;LATIN' +
    ' CAPITAL LETTER U WITH OGONEK:172;LATIN SMALL LETTER U WITH OGONEK:173;LATIN CAPITAL LETTER W WI' +
    'TH CIRCUMFLEX:174;LATIN SMALL LETTER W WITH CIRCUMFLEX:175;LATIN CAPITAL LETTER Y WITH CIRCUMFLE' +
    'X:176;LATIN SMALL LETTER Y WITH CIRCUMFLEX:177;LATIN CAPITAL LETTER Y WITH DIAERESIS:178;LATIN C' +
    'APITAL LETTER Z WITH ACUTE:179;LATIN SMALL LETTER Z WITH ACUTE:17a;LATIN CAPITAL LETTER Z WITH D' +
    'OT ABOVE:17b;LATIN SMALL LETTER Z WITH DOT ABOVE:17c;LATIN CAPITAL LETTER Z WITH CARON:17d;LATIN' +
    ' SMALL LETTER Z WITH CARON:17e;LATIN SMALL LETTER LONG S:17f;LATIN SMALL LETTER O WITH HORN:1a1;' +
    'LATIN SMALL LETTER A WITH CARON:1ce;COMBINING GRAVE ACCENT:300;COMBINING ACUTE ACCENT:301;COMBIN' +
    'ING CIRCUMFLEX ACCENT:302;COMBINING TILDE:303;COMBINING MACRON:304;COMBINING OVERLINE:305;COMBIN' +
    'ING BREVE:306;COMBINING DOT ABOVE:307;COMBINING DIAERESIS:308;COMBINING HOOK ABOVE:309;COMBINING' +
    ' RING ABOVE:30a;COMBINING DOUBLE ACUTE ACCENT:30b;COMBINING CARON:30c;COMBINING VERTICAL LINE AB' +
    'OVE:30d;COMBINING DOUBLE VERTICAL LINE ABOVE:30e;COMBINING DOUBLE GRAVE ACCENT:30f;COMBINING CAN' +
    'DRABINDU:310;COMBINING INVERTED BREVE:311;COMBINING TURNED COMMA ABOVE:312;COMBINING COMMA ABOVE' +
    ':313;COMBINING REVERSED COMMA ABOVE:314;COMBINING COMMA ABOVE RIGHT:315;COMBINING GRAVE ACCENT B' +
    'ELOW:316;COMBINING ACUTE ACCENT BELOW:317;COMBINING LEFT TACK BELOW:318;COMBINING RIGHT TACK BEL' +
    'OW:319;COMBINING LEFT ANGLE ABOVE:31a;COMBINING HORN:31b;COMBINING LEFT HALF RING BELOW:31c;COMB' +
    'INING UP TACK BELOW:31d;COMBINING DOWN TACK BELOW:31e;COMBINING PLUS SIGN BELOW:31f;COMBINING MI' +
    'NUS SIGN BELOW:320;COMBINING PALATALIZED HOOK BELOW:321;COMBINING RETROFLEX HOOK BELOW:322;COMBI' +
    'NING DOT BELOW:323;COMBINING DIAERESIS BELOW:324;COMBINING RING BELOW:325;COMBINING COMMA BELOW:' +
    '326;COMBINING CEDILLA:327;COMBINING OGONEK:328;COMBINING VERTICAL LINE BELOW:329;COMBINING BRIDG' +
    'E BELOW:32a;COMBINING INVERTED DOUBLE ARCH BELOW:32b;COMBINING CARON BELOW:32c;COMBINING CIRCUMF' +
    'LEX ACCENT BELOW:32d;COMBINING BREVE BELOW:32e;COMBINING INVERTED BREVE BELOW:32f;COMBINING TILD' +
    'E BELOW:330;COMBINING MACRON BELOW:331;COMBINING LOW LINE:332;COMBINING DOUBLE LOW LINE:333;COMB' +
    'INING TILDE OVERLAY:334;COMBINING SHORT STROKE OVERLAY:335;COMBINING LONG STROKE OVERLAY:336;COM' +
    'BINING SHORT SOLIDUS OVERLAY:337;COMBINING LONG SOLIDUS OVERLAY:338;COMBINING RIGHT HALF RING BE' +
    'LOW:339;COMBINING INVERTED BRIDGE BELOW:33a;COMBINING SQUARE BELOW:33b;COMBINING SEAGULL BELOW:3' +
    '3c;COMBINING X ABOVE:33d;COMBINING VERTICAL TILDE:33e;COMBINING DOUBLE OVERLINE:33f;COMBINING GR' +
    'AVE TONE MARK:340;COMBINING ACUTE TONE MARK:341;COMBINING GREEK PERISPOMENI:342;COMBINING GREEK ' +
    'KORONIS:343;COMBINING GREEK DIALYTIKA TONOS:344;COMBINING GREEK YPOGEGRAMMENI:345;COMBINING BRID' +
    'GE ABOVE:346;COMBINING EQUALS SIGN BELOW:347;COMBINING DOUBLE VERTICAL LINE BELOW:348;COMBINING ' +
    'LEFT ANGLE BELOW:349;COMBINING NOT TILDE ABOVE:34a;COMBINING HOMOTHETIC ABOVE:34b;COMBINING ALMO' +
    'ST EQUAL TO ABOVE:34c;COMBINING LEFT RIGHT ARROW BELOW:34d;COMBINING UPWARDS ARROW BELOW:34e;COM' +
    'BINING GRAPHEME JOINER:34f;COMBINING RIGHT ARROWHEAD ABOVE:350;COMBINING LEFT HALF RING ABOVE:35' +
    '1;COMBINING FERMATA:352;COMBINING X BELOW:353;COMBINING LEFT ARROWHEAD BELOW:354;COMBINING RIGHT' +
    ' ARROWHEAD BELOW:355;COMBINING RIGHT ARROWHEAD AND UP ARROWHEAD BELOW:356;COMBINING RIGHT HALF R' +
    'ING ABOVE:357;COMBINING DOT ABOVE RIGHT:358;COMBINING ASTERISK BELOW:359;COMBINING DOUBLE RING B' +
    'ELOW:35a;COMBINING ZIGZAG ABOVE:35b;COMBINING DOUBLE BREVE BELOW:35c;COMBINING DOUBLE BREVE:35d;' +
    'COMBINING DOUBLE MACRON:35e;COMBINING DOUBLE MACRON BELOW:35f;COMBINING DOUBLE TILDE:360;COMBINI' +
    'NG DOUBLE INVERTED BREVE:361;COMBINING DOUBLE RIGHTWARDS ARROW BELOW:362;COMBINING LATIN SMALL L' +
    'ETTER A:363;COMBINING LATIN SMALL LETTER E:364;COMBINING LATIN SMALL LETTER I:365;COMBINING LATI' +
    'N SMALL LETTER O:366;COMBINING LATIN SMALL LETTER U:367;COMBINING LATIN SMALL LETTER C:368;COMBI' +
    'NING LATIN SMALL LETTER D:369;COMBINING LATIN SMALL LETTER H:36a;COMBINING LATIN SMALL LETTER M:' +
    '36b;COMBINING LATIN SMALL LETTER R:36c;COMBINING LATIN SMALL LETTER T:36d;COMBINING LATIN SMALL ' +
    'LETTER V:36e;COMBINING LATIN SMALL LETTER X:36f;GREEK CAPITAL LETTER ALPHA:391;GREEK CAPITAL LET' +
    'TER BETA:392;GREEK CAPITAL LETTER GAMMA:393;GREEK CAPITAL LETTER DELTA:394;GREEK CAPITAL LETTER ' +
    'EPSILON:395;GREEK CAPITAL LETTER ZETA:396;GREEK CAPITAL LETTER ETA:397;GREEK CAPITAL LETTER THET' +
    'A:398;GREEK CAPITAL LETTER IOTA:399;GREEK CAPITAL LETTER KAPPA:39a;GREEK CAPITAL LETTER LAMDA:39' +
    'b;GREEK CAPITAL LETTER MU:39c;GREEK CAPITAL LETTER NU:39d;GREEK CAPITAL LETTER XI:39e;GREEK CAPI' +
    'TAL LETTER OMICRON:39f;GREEK CAPITAL LETTER PI:3a0;GREEK CAPITAL LETTER RHO:3a1;GREEK CAPITAL LE' +
    'TTER SIGMA:3a3;GREEK CAPITAL LETTER TAU:3a4;GREEK CAPITAL LETTER UPSILON:3a5;GREEK CAPITAL LETTE' +
    'R PHI:3a6;GREEK CAPITAL LETTER CHI:3a7;GREEK CAPITAL LETTER PSI:3a8;GREEK CAPITAL LETTER OMEGA:3' +
    'a9;GREEK CAPITAL LETTER IOTA WITH DIALYTIKA:3aa;GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA:3ab;' +
    'GREEK SMALL LETTER ALPHA WITH TONOS:3ac;GREEK SMALL LETTER EPSILON WITH TONOS:3ad;GREEK SMALL LE' +
    'TTER ETA WITH TONOS:3ae;GREEK SMALL LETTER IOTA WITH TONOS:3af;GREEK SMALL LETTER UPSILON WITH D' +
    'IALYTIKA AND TONOS:3b0;GREEK SMALL LETTER ALPHA:3b1;GREEK SMALL LETTER BETA:3b2;GREEK SMALL LETT' +
    'ER GAMMA:3b3;GREEK SMALL LETTER DELTA:3b4;GREEK SMALL LETTER EPSILON:3b5;GREEK SMALL LETTER ZETA' +
    ':3b6;GREEK SMALL LETTER ETA:3b7;GREEK SMALL LETTER THETA:3b8;GREEK SMALL LETTER IOTA:3b9;GREEK S' +
    'MALL LETTER KAPPA:3ba;GREEK SMALL LETTER LAMDA:3bb;GREEK SMALL LETTER MU:3bc;GREEK SMALL LETTER ' +
    'NU:3bd;GREEK SMALL LETTER XI:3be;GREEK SMALL LETTER OMICRON:3bf;GREEK SMALL LETTER PI:3c0;GREEK ' +
    'SMALL LETTER RHO:3c1;GREEK SMALL LETTER FINAL SIGMA:3c2;GREEK SMALL LETTER SIGMA:3c3;GREEK SMALL' +
    ' LETTER TAU:3c4;GREEK SMALL LETTER UPSILON:3c5;GREEK SMALL LETTER PHI:3c6;GREEK SMALL LETTER CHI' +
    ':3c7;GREEK SMALL LETTER PSI:3c8;GREEK SMALL LETTER OMEGA:3c9;GREEK PI SYMBOL:3d6;CYRILLIC CAPITA' +
    'L LETTER IE WITH GRAVE:400;CYRILLIC CAPITAL LETTER IO:401;CYRILLIC CAPITAL LETTER DJE:402;CYRILL' +
    'IC CAPITAL LETTER GJE:403;CYRILLIC CAPITAL LETTER UKRAINIAN IE:404;CYRILLIC CAPITAL LETTER DZE:4' +
    '05;CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I:406;CYRILLIC CAPITAL LETTER YI:407;CYRILLIC ' +
    'CAPITAL LETTER JE:408;CYRILLIC CAPITAL LETTER LJE:409;CYRILLIC CAPITAL LETTER NJE:40a;CYRILLIC C' +
    'APITAL LETTER TSHE:40b;CYRILLIC CAPITAL LETTER KJE:40c;CYRILLIC CAPITAL LETTER I WITH GRAVE:40d;' +
    'CYRILLIC CAPITAL LETTER SHORT U:40e;CYRILLIC CAPITAL LETTER DZHE:40f;CYRILLIC CAPITAL LETTER A:4' +
    '10;CYRILLIC CAPITAL LETTER BE:411;CYRILLIC CAPITAL LETTER VE:412;CYRILLIC CAPITAL LETTER GHE:413' +
    ';CYRILLIC CAPITAL LETTER DE:414;CYRILLIC CAPITAL LETTER IE:415;CYRILLIC CAPITAL LETTER ZHE:416;C' +
    'YRILLIC CAPITAL LETTER ZE:417;CYRILLIC CAPITAL LETTER I:418;CYRILLIC CAPITAL LETTER SHORT I:419;' +
    'CYRILLIC CAPITAL LETTER KA:41a;CYRILLIC CAPITAL LETTER EL:41b;CYRILLIC CAPITAL LETTER EM:41c;CYR' +
    'ILLIC CAPITAL LETTER EN:41d;CYRILLIC CAPITAL LETTER O:41e;CYRILLIC CAPITAL LETTER PE:41f;CYRILLI' +
    'C CAPITAL LETTER ER:420;CYRILLIC CAPITAL LETTER ES:421;CYRILLIC CAPITAL LETTER TE:422;CYRILLIC C' +
    'APITAL LETTER U:423;CYRILLIC CAPITAL LETTER EF:424;CYRILLIC CAPITAL LETTER HA:425;CYRILLIC CAPIT' +
    'AL LETTER TSE:426;CYRILLIC CAPITAL LETTER CHE:427;CYRILLIC CAPITAL LETTER SHA:428;CYRILLIC CAPIT' +
    'AL LETTER SHCHA:429;CYRILLIC CAPITAL LETTER HARD SIGN:42a;CYRILLIC CAPITAL LETTER YERU:42b;CYRIL' +
    'LIC CAPITAL LETTER SOFT SIGN:42c;CYRILLIC CAPITAL LETTER E:42d;CYRILLIC CAPITAL LETTER YU:42e;CY' +
    'RILLIC CAPITAL LETTER YA:42f;CYRILLIC SMALL LETTER A:430;CYRILLIC SMALL LETTER BE:431;CYRILLIC S' +
    'MALL LETTER VE:432;CYRILLIC SMALL LETTER GHE:433;CYRILLIC SMALL LETTER DE:434;CYRILLIC SMALL LET' +
    'TER IE:435;CYRILLIC SMALL LETTER ZHE:436;CYRILLIC SMALL LETTER ZE:437;CYRILLIC SMALL LETTER I:43' +
    '8;CYRILLIC SMALL LETTER SHORT I:439;CYRILLIC SMALL LETTER KA:43a;CYRILLIC SMALL LETTER EL:43b;CY' +
    'RILLIC SMALL LETTER EM:43c;CYRILLIC SMALL LETTER EN:43d;CYRILLIC SMALL LETTER O:43e;CYRILLIC SMA' +
    'LL LETTER PE:43f;CYRILLIC SMALL LETTER ER:440;CYRILLIC SMALL LETTER ES:441;CYRILLIC SMALL LETTER' +
    ' TE:442;CYRILLIC SMALL LETTER U:443;CYRILLIC SMALL LETTER EF:444;CYRILLIC SMALL LETTER HA:445;CY' +
    'RILLIC SMALL LETTER TSE:446;CYRILLIC SMALL LETTER CHE:447;CYRILLIC SMALL LETTER SHA:448;CYRILLIC' +
    ' SMALL LETTER SHCHA:449;CYRILLIC SMALL LETTER HARD SIGN:44a;CYRILLIC SMALL LETTER YERU:44b;CYRIL' +
    'LIC SMALL LETTER SOFT SIGN:44c;CYRILLIC SMALL LETTER E:44d;CYRILLIC SMALL LETTER YU:44e;CYRILLIC' +
    ' SMALL LETTER YA:44f;CYRILLIC SMALL LETTER IE WITH GRAVE:450;CYRILLIC SMALL LETTER IO:451;CYRILL' +
    'IC SMALL LETTER DJE:452;CYRILLIC SMALL LETTER GJE:453;CYRILLIC SMALL LETTER UKRAINIAN IE:454;CYR' +
    'ILLIC SMALL LETTER DZE:455;CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I:456;CYRILLIC SMALL LET' +
    'TER YI:457;CYRILLIC SMALL LETTER JE:458;CYRILLIC SMALL LETTER LJE:459;CYRILLIC SMALL LETTER NJE:' +
    '45a;CYRILLIC SMALL LETTER TSHE:45b;CYRILLIC SMALL LETTER KJE:45c;CYRILLIC SMALL LETTER I WITH GR' +
    'AVE:45d;CYRILLIC SMALL LETTER SHORT U:45e;CYRILLIC SMALL LETTER DZHE:45f;THAI DIGIT SIX:e56;ETHI' +
    'OPIC SYLLABLE SEE:1234;LATIN SUBSCRIPT SMALL LETTER I:1d62;EN QUAD:2000;EM QUAD:2001;EN SPACE:20' +
    '02;EM SPACE:2003;THREE-PER-EM SPACE:2004;FOUR-PER-EM SPACE:2005;SIX-PER-EM SPACE:2006;FIGURE SPA' +
    'CE:2007;PUNCTUATION SPACE:2008;THIN SPACE:2009;HAIR SPACE:200a;ZERO WIDTH SPACE:200b;ZWSP:200b;Z' +
    'ERO WIDTH NON-JOINER:200c;ZERO WIDTH JOINER:200d;LEFT-TO-RIGHT MARK:200e;RIGHT-TO-LEFT MARK:200f' +
    ';HYPHEN:2010;NON-BREAKING HYPHEN:2011;FIGURE DASH:2012;EN DASH:2013;EM DASH:2014;HORIZONTAL BAR:' +
    '2015;DOUBLE VERTICAL LINE:2016;DOUBLE LOW LINE:2017;LEFT SINGLE QUOTATION MARK:2018;RIGHT SINGLE' +
    ' QUOTATION MARK:2019;SINGLE LOW-9 QUOTATION MARK:201a;SINGLE HIGH-REVERSED-9 QUOTATION MARK:201b' +
    ';LEFT DOUBLE QUOTATION MARK:201c;RIGHT DOUBLE QUOTATION MARK:201d;DOUBLE LOW-9 QUOTATION MARK:20' +
    '1e;DOUBLE HIGH-REVERSED-9 QUOTATION MARK:201f;DAGGER:2020;DOUBLE DAGGER:2021;BULLET:2022;TRIANGU' +
    'LAR BULLET:2023;ONE DOT LEADER:2024;TWO DOT LEADER:2025;HORIZONTAL ELLIPSIS:2026;HYPHENATION POI' +
    'NT:2027;LINE SEPARATOR:2028;PARAGRAPH SEPARATOR:2029;LEFT-TO-RIGHT EMBEDDING:202a;RIGHT-TO-LEFT ' +
    'EMBEDDING:202b;POP DIRECTIONAL FORMATTING:202c;LEFT-TO-RIGHT OVERRIDE:202d;RIGHT-TO-LEFT OVERRID' +
    'E:202e;NARROW NO-BREAK SPACE:202f;PER MILLE SIGN:2030;PER TEN THOUSAND SIGN:2031;PRIME:2032;DOUB' +
    'LE PRIME:2033;TRIPLE PRIME:2034;REVERSED PRIME:2035;REVERSED DOUBLE PRIME:2036;REVERSED TRIPLE P' +
    'RIME:2037;CARET:2038;SINGLE LEFT-POINTING ANGLE QUOTATION MARK:2039;SINGLE RIGHT-POINTING ANGLE ' +
    'QUOTATION MARK:203a;REFERENCE MARK:203b;DOUBLE EXCLAMATION MARK:203c;INTERROBANG:203d;OVERLINE:2' +
    '03e;UNDERTIE:203f;CHARACTER TIE:2040;CARET INSERTION POINT:2041;ASTERISM:2042;HYPHEN BULLET:2043' +
    ';FRACTION SLASH:2044;LEFT SQUARE BRACKET WITH QUILL:2045;RIGHT SQUARE BRACKET WITH QUILL:2046;DO' +
    'UBLE QUESTION MARK:2047;QUESTION EXCLAMATION MARK:2048;EXCLAMATION QUESTION MARK:2049;TIRONIAN S' +
    'IGN ET:204a;REVERSED PILCROW SIGN:204b;BLACK LEFTWARDS BULLET:204c;BLACK RIGHTWARDS BULLET:204d;' +
    'LOW ASTERISK:204e;REVERSED SEMICOLON:204f;CLOSE UP:2050;TWO ASTERISKS ALIGNED VERTICALLY:2051;CO' +
    'MMERCIAL MINUS SIGN:2052;SWUNG DASH:2053;INVERTED UNDERTIE:2054;FLOWER PUNCTUATION MARK:2055;THR' +
    'EE DOT PUNCTUATION:2056;QUADRUPLE PRIME:2057;FOUR DOT PUNCTUATION:2058;FIVE DOT PUNCTUATION:2059' +
    ';TWO DOT PUNCTUATION:205a;FOUR DOT MARK:205b;DOTTED CROSS:205c;TRICOLON:205d;VERTICAL FOUR DOTS:' +
    '205e;MEDIUM MATHEMATICAL SPACE:205f;WORD JOINER:2060;FUNCTION APPLICATION:2061;INVISIBLE TIMES:2' +
    '062;INVISIBLE SEPARATOR:2063;INVISIBLE PLUS:2064;LEFT-TO-RIGHT ISOLATE:2066;RIGHT-TO-LEFT ISOLAT' +
    'E:2067;FIRST STRONG ISOLATE:2068;POP DIRECTIONAL ISOLATE:2069;INHIBIT SYMMETRIC SWAPPING:206a;AC' +
    'TIVATE SYMMETRIC SWAPPING:206b;INHIBIT ARABIC FORM SHAPING:206c;ACTIVATE ARABIC FORM SHAPING:206' +
    'd;NATIONAL DIGIT SHAPES:206e;NOMINAL DIGIT SHAPES:206f;SUBSCRIPT TWO:2082;EURO-CURRENCY SIGN:20a' +
    '0;COLON SIGN:20a1;CRUZEIRO SIGN:20a2;FRENCH FRANC SIGN:20a3;LIRA SIGN:20a4;MILL SIGN:20a5;NAIRA ' +
    'SIGN:20a6;PESETA SIGN:20a7;RUPEE SIGN:20a8;WON SIGN:20a9;NEW SHEQEL SIGN:20aa;DONG SIGN:20ab;EUR' +
    'O SIGN:20ac;KIP SIGN:20ad;TUGRIK SIGN:20ae;DRACHMA SIGN:20af;GERMAN PENNY SIGN:20b0;PESO SIGN:20' +
    'b1;GUARANI SIGN:20b2;AUSTRAL SIGN:20b3;HRYVNIA SIGN:20b4;CEDI SIGN:20b5;LIVRE TOURNOIS SIGN:20b6' +
    ';SPESMILO SIGN:20b7;TENGE SIGN:20b8;INDIAN RUPEE SIGN:20b9;TURKISH LIRA SIGN:20ba;NORDIC MARK SI' +
    'GN:20bb;MANAT SIGN:20bc;RUBLE SIGN:20bd;LARI SIGN:20be;BITCOIN SIGN:20bf;COMBINING LEFT HARPOON ' +
    'ABOVE:20d0;COMBINING RIGHT ARROW ABOVE:20d7;COMBINING THREE DOTS ABOVE:20db;COMBINING FOUR DOTS ' +
    'ABOVE:20dc;COMBINING ASTERISK ABOVE:20f0;ACCOUNT OF:2100;ADDRESSED TO THE SUBJECT:2101;DOUBLE-ST' +
    'RUCK CAPITAL C:2102;DEGREE CELSIUS:2103;CENTRE LINE SYMBOL:2104;CARE OF:2105;CADA UNA:2106;EULER' +
    ' CONSTANT:2107;SCRUPLE:2108;DEGREE FAHRENHEIT:2109;SCRIPT SMALL G:210a;SCRIPT CAPITAL H:210b;BLA' +
    'CK-LETTER CAPITAL H:210c;DOUBLE-STRUCK CAPITAL H:210d;PLANCK CONSTANT:210e;PLANCK CONSTANT OVER ' +
    'TWO PI:210f;SCRIPT CAPITAL I:2110;BLACK-LETTER CAPITAL I:2111;SCRIPT CAPITAL L:2112;SCRIPT SMALL' +
    ' L:2113;L B BAR SYMBOL:2114;DOUBLE-STRUCK CAPITAL N:2115;NUMERO SIGN:2116;SOUND RECORDING COPYRI' +
    'GHT:2117;SCRIPT CAPITAL P:2118;DOUBLE-STRUCK CAPITAL P:2119;DOUBLE-STRUCK CAPITAL Q:211a;SCRIPT ' +
    'CAPITAL R:211b;BLACK-LETTER CAPITAL R:211c;DOUBLE-STRUCK CAPITAL R:211d;PRESCRIPTION TAKE:211e;R' +
    'ESPONSE:211f;SERVICE MARK:2120;TELEPHONE SIGN:2121;TRADE MARK SIGN:2122;VERSICLE:2123;DOUBLE-STR' +
    'UCK CAPITAL Z:2124;OUNCE SIGN:2125;OHM SIGN:2126;INVERTED OHM SIGN:2127;BLACK-LETTER CAPITAL Z:2' +
    '128;TURNED GREEK SMALL LETTER IOTA:2129;KELVIN SIGN:212a;ANGSTROM SIGN:212b;SCRIPT CAPITAL B:212' +
    'c;BLACK-LETTER CAPITAL C:212d;ESTIMATED SYMBOL:212e;SCRIPT SMALL E:212f;SCRIPT CAPITAL E:2130;SC' +
    'RIPT CAPITAL F:2131;TURNED CAPITAL F:2132;SCRIPT CAPITAL M:2133;SCRIPT SMALL O:2134;ALEF SYMBOL:' +
    '2135;BET SYMBOL:2136;GIMEL SYMBOL:2137;DALET SYMBOL:2138;INFORMATION SOURCE:2139;ROTATED CAPITAL' +
    ' Q:213a;FACSIMILE SIGN:213b;DOUBLE-STRUCK SMALL PI:213c;DOUBLE-STRUCK SMALL GAMMA:213d;DOUBLE-ST' +
    'RUCK CAPITAL GAMMA:213e;DOUBLE-STRUCK CAPITAL PI:213f;DOUBLE-STRUCK N-ARY SUMMATION:2140;TURNED ' +
    'SANS-SERIF CAPITAL G:2141;TURNED SANS-SERIF CAPITAL L:2142;REVERSED SANS-SERIF CAPITAL L:2143;TU' +
    'RNED SANS-SERIF CAPITAL Y:2144;DOUBLE-STRUCK ITALIC CAPITAL D:2145;DOUBLE-STRUCK ITALIC SMALL D:' +
    '2146;DOUBLE-STRUCK ITALIC SMALL E:2147;DOUBLE-STRUCK ITALIC SMALL I:2148;DOUBLE-STRUCK ITALIC SM' +
    'ALL J:2149;PROPERTY LINE:214a;TURNED AMPERSAND:214b;PER SIGN:214c;AKTIESELSKAB:214d;TURNED SMALL' +
    ' F:214e;SYMBOL FOR SAMARITAN SOURCE:214f;ROMAN NUMERAL SIX:2165;LEFTWARDS ARROW:2190;UPWARDS ARR' +
    'OW:2191;RIGHTWARDS ARROW:2192;DOWNWARDS ARROW:2193;LEFT RIGHT ARROW:2194;UP DOWN ARROW:2195;NORT' +
    'H WEST ARROW:2196;NORTH EAST ARROW:2197;SOUTH EAST ARROW:2198;SOUTH WEST ARROW:2199;LEFTWARDS AR' +
    'ROW WITH STROKE:219a;RIGHTWARDS ARROW WITH STROKE:219b;LEFTWARDS WAVE ARROW:219c;RIGHTWARDS WAVE' +
    ' ARROW:219d;LEFTWARDS TWO HEADED ARROW:219e;UPWARDS TWO HEADED ARROW:219f;RIGHTWARDS TWO HEADED ' +
    'ARROW:21a0;DOWNWARDS TWO HEADED ARROW:21a1;LEFTWARDS ARROW WITH TAIL:21a2;RIGHTWARDS ARROW WITH ' +
    'TAIL:21a3;LEFTWARDS ARROW FROM BAR:21a4;UPWARDS ARROW FROM BAR:21a5;RIGHTWARDS ARROW FROM BAR:21' +
    'a6;DOWNWARDS ARROW FROM BAR:21a7;UP DOWN ARROW WITH BASE:21a8;LEFTWARDS ARROW WITH HOOK:21a9;RIG' +
    'HTWARDS ARROW WITH HOOK:21aa;LEFTWARDS ARROW WITH LOOP:21ab;RIGHTWARDS ARROW WITH LOOP:21ac;LEFT' +
    ' RIGHT WAVE ARROW:21ad;LEFT RIGHT ARROW WITH STROKE:21ae;DOWNWARDS ZIGZAG ARROW:21af;UPWARDS ARR' +
    'OW WITH TIP LEFTWARDS:21b0;UPWARDS ARROW WITH TIP RIGHTWARDS:21b1;DOWNWARDS ARROW WITH TIP LEFTW' +
    'ARDS:21b2;DOWNWARDS ARROW WITH TIP RIGHTWARDS:21b3;RIGHTWARDS ARROW WITH CORNER DOWNWARDS:21b4;D' +
    'OWNWARDS ARROW WITH CORNER LEFTWARDS:21b5;ANTICLOCKWISE TOP SEMICIRCLE ARROW:21b6;CLOCKWISE TOP ' +
    'SEMICIRCLE ARROW:21b7;NORTH WEST ARROW TO LONG BAR:21b8;LEFTWARDS ARROW TO BAR OVER RIGHTWARDS A' +
    'RROW TO BAR:21b9;ANTICLOCKWISE OPEN CIRCLE ARROW:21ba;CLOCKWISE OPEN CIRCLE ARROW:21bb;LEFTWARDS' +
    ' HARPOON WITH BARB UPWARDS:21bc;LEFTWARDS HARPOON WITH BARB DOWNWARDS:21bd;UPWARDS HARPOON WITH ' +
    'BARB RIGHTWARDS:21be;UPWARDS HARPOON WITH BARB LEFTWARDS:21bf;RIGHTWARDS HARPOON WITH BARB UPWAR' +
    'DS:21c0;RIGHTWARDS HARPOON WITH BARB DOWNWARDS:21c1;DOWNWARDS HARPOON WITH BARB RIGHTWARDS:21c2;' +
    'DOWNWARDS HARPOON WITH BARB LEFTWARDS:21c3;RIGHTWARDS ARROW OVER LEFTWARDS ARROW:21c4;UPWARDS AR' +
    'ROW LEFTWARDS OF DOWNWARDS ARROW:21c5;LEFTWARDS ARROW OVER RIGHTWARDS ARROW:21c6;LEFTWARDS PAIRE' +
    'D ARROWS:21c7;UPWARDS PAIRED ARROWS:21c8;RIGHTWARDS PAIRED ARROWS:21c9;DOWNWARDS PAIRED ARROWS:2' +
    '1ca;LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON:21cb;RIGHTWARDS HARPOON OVER LEFTWARDS HARPOON:21c' +
    'c;LEFTWARDS DOUBLE ARROW WITH STROKE:21cd;LEFT RIGHT DOUBLE ARROW WITH STROKE:21ce;RIGHTWARDS DO' +
    'UBLE ARROW WITH STROKE:21cf;LEFTWARDS DOUBLE ARROW:21d0;UPWARDS DOUBLE ARROW:21d1;RIGHTWARDS DOU' +
    'BLE ARROW:21d2;DOWNWARDS DOUBLE ARROW:21d3;LEFT RIGHT DOUBLE ARROW:21d4;UP DOWN DOUBLE ARROW:21d' +
    '5;NORTH WEST DOUBLE ARROW:21d6;NORTH EAST DOUBLE ARROW:21d7;SOUTH EAST DOUBLE ARROW:21d8;SOUTH W' +
    'EST DOUBLE ARROW:21d9;LEFTWARDS TRIPLE ARROW:21da;RIGHTWARDS TRIPLE ARROW:21db;LEFTWARDS SQUIGGL' +
    'E ARROW:21dc;RIGHTWARDS SQUIGGLE ARROW:21dd;UPWARDS ARROW WITH DOUBLE STROKE:21de;DOWNWARDS ARRO' +
    'W WITH DOUBLE STROKE:21df;LEFTWARDS DASHED ARROW:21e0;UPWARDS DASHED ARROW:21e1;RIGHTWARDS DASHE' +
    'D ARROW:21e2;DOWNWARDS DASHED ARROW:21e3;LEFTWARDS ARROW TO BAR:21e4;RIGHTWARDS ARROW TO BAR:21e' +
    '5;LEFTWARDS WHITE ARROW:21e6;UPWARDS WHITE ARROW:21e7;RIGHTWARDS WHITE ARROW:21e8;DOWNWARDS WHIT' +
    'E ARROW:21e9;UPWARDS WHITE ARROW FROM BAR:21ea;UPWARDS WHITE ARROW ON PEDESTAL:21eb;UPWARDS WHIT' +
    'E ARROW ON PEDESTAL WITH HORIZONTAL BAR:21ec;UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR:2' +
    '1ed;UPWARDS WHITE DOUBLE ARROW:21ee;UPWARDS WHITE DOUBLE ARROW ON PEDESTAL:21ef;RIGHTWARDS WHITE' +
    ' ARROW FROM WALL:21f0;NORTH WEST ARROW TO CORNER:21f1;SOUTH EAST ARROW TO CORNER:21f2;UP DOWN WH' +
    'ITE ARROW:21f3;RIGHT ARROW WITH SMALL CIRCLE:21f4;DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW:21f' +
    '5;THREE RIGHTWARDS ARROWS:21f6;LEFTWARDS ARROW WITH VERTICAL STROKE:21f7;RIGHTWARDS ARROW WITH V' +
    'ERTICAL STROKE:21f8;LEFT RIGHT ARROW WITH VERTICAL STROKE:21f9;LEFTWARDS ARROW WITH DOUBLE VERTI' +
    'CAL STROKE:21fa;RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE:21fb;LEFT RIGHT ARROW WITH DOUBLE V' +
    'ERTICAL STROKE:21fc;LEFTWARDS OPEN-HEADED ARROW:21fd;RIGHTWARDS OPEN-HEADED ARROW:21fe;LEFT RIGH' +
    'T OPEN-HEADED ARROW:21ff;FOR ALL:2200;COMPLEMENT:2201;PARTIAL DIFFERENTIAL:2202;THERE EXISTS:220' +
    '3;THERE DOES NOT EXIST:2204;EMPTY SET:2205;INCREMENT:2206;NABLA:2207;ELEMENT OF:2208;NOT AN ELEM' +
    'ENT OF:2209;SMALL ELEMENT OF:220a;CONTAINS AS MEMBER:220b;DOES NOT CONTAIN AS MEMBER:220c;SMALL ' +
    'CONTAINS AS MEMBER:220d;END OF PROOF:220e;N-ARY PRODUCT:220f;N-ARY COPRODUCT:2210;N-ARY SUMMATIO' +
    'N:2211;MINUS SIGN:2212;MINUS-OR-PLUS SIGN:2213;DOT PLUS:2214;DIVISION SLASH:2215;SET MINUS:2216;' +
    'ASTERISK OPERATOR:2217;RING OPERATOR:2218;BULLET OPERATOR:2219;SQUARE ROOT:221a;CUBE ROOT:221b;F' +
    'OURTH ROOT:221c;PROPORTIONAL TO:221d;INFINITY:221e;RIGHT ANGLE:221f;ANGLE:2220;MEASURED ANGLE:22' +
    '21;SPHERICAL ANGLE:2222;DIVIDES:2223;DOES NOT DIVIDE:2224;PARALLEL TO:2225;NOT PARALLEL TO:2226;' +
    'LOGICAL AND:2227;LOGICAL OR:2228;INTERSECTION:2229;UNION:222a;INTEGRAL:222b;DOUBLE INTEGRAL:222c' +
    ';TRIPLE INTEGRAL:222d;CONTOUR INTEGRAL:222e;SURFACE INTEGRAL:222f;VOLUME INTEGRAL:2230;CLOCKWISE' +
    ' INTEGRAL:2231;CLOCKWISE CONTOUR INTEGRAL:2232;ANTICLOCKWISE CONTOUR INTEGRAL:2233;THEREFORE:223' +
    '4;BECAUSE:2235;RATIO:2236;PROPORTION:2237;DOT MINUS:2238;EXCESS:2239;GEOMETRIC PROPORTION:223a;H' +
    'OMOTHETIC:223b;TILDE OPERATOR:223c;REVERSED TILDE:223d;INVERTED LAZY S:223e;SINE WAVE:223f;WREAT' +
    'H PRODUCT:2240;NOT TILDE:2241;MINUS TILDE:2242;ASYMPTOTICALLY EQUAL TO:2243;NOT ASYMPTOTICALLY E' +
    'QUAL TO:2244;APPROXIMATELY EQUAL TO:2245;APPROXIMATELY BUT NOT ACTUALLY EQUAL TO:2246;NEITHER AP' +
    'PROXIMATELY NOR ACTUALLY EQUAL TO:2247;ALMOST EQUAL TO:2248;NOT ALMOST EQUAL TO:2249;ALMOST EQUA' +
    'L OR EQUAL TO:224a;TRIPLE TILDE:224b;ALL EQUAL TO:224c;EQUIVALENT TO:224d;GEOMETRICALLY EQUIVALE' +
    'NT TO:224e;DIFFERENCE BETWEEN:224f;APPROACHES THE LIMIT:2250;GEOMETRICALLY EQUAL TO:2251;APPROXI' +
    'MATELY EQUAL TO OR THE IMAGE OF:2252;IMAGE OF OR APPROXIMATELY EQUAL TO:2253;COLON EQUALS:2254;E' +
    'QUALS COLON:2255;RING IN EQUAL TO:2256;RING EQUAL TO:2257;CORRESPONDS TO:2258;ESTIMATES:2259;EQU' +
    'IANGULAR TO:225a;STAR EQUALS:225b;DELTA EQUAL TO:225c;EQUAL TO BY DEFINITION:225d;MEASURED BY:22' +
    '5e;QUESTIONED EQUAL TO:225f;NOT EQUAL TO:2260;IDENTICAL TO:2261;NOT IDENTICAL TO:2262;STRICTLY E' +
    'QUIVALENT TO:2263;LESS-THAN OR EQUAL TO:2264;GREATER-THAN OR EQUAL TO:2265;LESS-THAN OVER EQUAL ' +
    'TO:2266;GREATER-THAN OVER EQUAL TO:2267;LESS-THAN BUT NOT EQUAL TO:2268;GREATER-THAN BUT NOT EQU' +
    'AL TO:2269;MUCH LESS-THAN:226a;MUCH GREATER-THAN:226b;BETWEEN:226c;NOT EQUIVALENT TO:226d;NOT LE' +
    'SS-THAN:226e;NOT GREATER-THAN:226f;NEITHER LESS-THAN NOR EQUAL TO:2270;NEITHER GREATER-THAN NOR ' +
    'EQUAL TO:2271;LESS-THAN OR EQUIVALENT TO:2272;GREATER-THAN OR EQUIVALENT TO:2273;NEITHER LESS-TH' +
    'AN NOR EQUIVALENT TO:2274;NEITHER GREATER-THAN NOR EQUIVALENT TO:2275;LESS-THAN OR GREATER-THAN:' +
    '2276;GREATER-THAN OR LESS-THAN:2277;NEITHER LESS-THAN NOR GREATER-THAN:2278;NEITHER GREATER-THAN' +
    ' NOR LESS-THAN:2279;PRECEDES:227a;SUCCEEDS:227b;PRECEDES OR EQUAL TO:227c;SUCCEEDS OR EQUAL TO:2' +
    '27d;PRECEDES OR EQUIVALENT TO:227e;SUCCEEDS OR EQUIVALENT TO:227f;DOES NOT PRECEDE:2280;DOES NOT' +
    ' SUCCEED:2281;SUBSET OF:2282;SUPERSET OF:2283;NOT A SUBSET OF:2284;NOT A SUPERSET OF:2285;SUBSET' +
    ' OF OR EQUAL TO:2286;SUPERSET OF OR EQUAL TO:2287;NEITHER A SUBSET OF NOR EQUAL TO:2288;NEITHER ' +
    'A SUPERSET OF NOR EQUAL TO:2289;SUBSET OF WITH NOT EQUAL TO:228a;SUPERSET OF WITH NOT EQUAL TO:2' +
    '28b;MULTISET:228c;MULTISET MULTIPLICATION:228d;MULTISET UNION:228e;SQUARE IMAGE OF:228f;SQUARE O' +
    'RIGINAL OF:2290;SQUARE IMAGE OF OR EQUAL TO:2291;SQUARE ORIGINAL OF OR EQUAL TO:2292;SQUARE CAP:' +
    '2293;SQUARE CUP:2294;CIRCLED PLUS:2295;CIRCLED MINUS:2296;CIRCLED TIMES:2297;CIRCLED DIVISION SL' +
    'ASH:2298;CIRCLED DOT OPERATOR:2299;CIRCLED RING OPERATOR:229a;CIRCLED ASTERISK OPERATOR:229b;CIR' +
    'CLED EQUALS:229c;CIRCLED DASH:229d;SQUARED PLUS:229e;SQUARED MINUS:229f;SQUARED TIMES:22a0;SQUAR' +
    'ED DOT OPERATOR:22a1;RIGHT TACK:22a2;LEFT TACK:22a3;DOWN TACK:22a4;UP TACK:22a5;ASSERTION:22a6;M' +
    'ODELS:22a7;TRUE:22a8;FORCES:22a9;TRIPLE VERTICAL BAR RIGHT TURNSTILE:22aa;DOUBLE VERTICAL BAR DO' +
    'UBLE RIGHT TURNSTILE:22ab;DOES NOT PROVE:22ac;NOT TRUE:22ad;DOES NOT FORCE:22ae;NEGATED DOUBLE V' +
    'ERTICAL BAR DOUBLE RIGHT TURNSTILE:22af;PRECEDES UNDER RELATION:22b0;SUCCEEDS UNDER RELATION:22b' +
    '1;NORMAL SUBGROUP OF:22b2;CONTAINS AS NORMAL SUBGROUP:22b3;NORMAL SUBGROUP OF OR EQUAL TO:22b4;C' +
    'ONTAINS AS NORMAL SUBGROUP OR EQUAL TO:22b5;ORIGINAL OF:22b6;IMAGE OF:22b7;MULTIMAP:22b8;HERMITI' +
    'AN CONJUGATE MATRIX:22b9;INTERCALATE:22ba;XOR:22bb;NAND:22bc;NOR:22bd;RIGHT ANGLE WITH ARC:22be;' +
    'RIGHT TRIANGLE:22bf;N-ARY LOGICAL AND:22c0;N-ARY LOGICAL OR:22c1;N-ARY INTERSECTION:22c2;N-ARY U' +
    'NION:22c3;DIAMOND OPERATOR:22c4;DOT OPERATOR:22c5;STAR OPERATOR:22c6;DIVISION TIMES:22c7;BOWTIE:' +
    '22c8;LEFT NORMAL FACTOR SEMIDIRECT PRODUCT:22c9;RIGHT NORMAL FACTOR SEMIDIRECT PRODUCT:22ca;LEFT' +
    ' SEMIDIRECT PRODUCT:22cb;RIGHT SEMIDIRECT PRODUCT:22cc;REVERSED TILDE EQUALS:22cd;CURLY LOGICAL ' +
    'OR:22ce;CURLY LOGICAL AND:22cf;DOUBLE SUBSET:22d0;DOUBLE SUPERSET:22d1;DOUBLE INTERSECTION:22d2;' +
    'DOUBLE UNION:22d3;PITCHFORK:22d4;EQUAL AND PARALLEL TO:22d5;LESS-THAN WITH DOT:22d6;GREATER-THAN' +
    ' WITH DOT:22d7;VERY MUCH LESS-THAN:22d8;VERY MUCH GREATER-THAN:22d9;LESS-THAN EQUAL TO OR GREATE' +
    'R-THAN:22da;GREATER-THAN EQUAL TO OR LESS-THAN:22db;EQUAL TO OR LESS-THAN:22dc;EQUAL TO OR GREAT' +
    'ER-THAN:22dd;EQUAL TO OR PRECEDES:22de;EQUAL TO OR SUCCEEDS:22df;DOES NOT PRECEDE OR EQUAL:22e0;' +
    'DOES NOT SUCCEED OR EQUAL:22e1;NOT SQUARE IMAGE OF OR EQUAL TO:22e2;NOT SQUARE ORIGINAL OF OR EQ' +
    'UAL TO:22e3;SQUARE IMAGE OF OR NOT EQUAL TO:22e4;SQUARE ORIGINAL OF OR NOT EQUAL TO:22e5;LESS-TH' +
    'AN BUT NOT EQUIVALENT TO:22e6;GREATER-THAN BUT NOT EQUIVALENT TO:22e7;PRECEDES BUT NOT EQUIVALEN' +
    'T TO:22e8;SUCCEEDS BUT NOT EQUIVALENT TO:22e9;NOT NORMAL SUBGROUP OF:22ea;DOES NOT CONTAIN AS NO' +
    'RMAL SUBGROUP:22eb;NOT NORMAL SUBGROUP OF OR EQUAL TO:22ec;DOES NOT CONTAIN AS NORMAL SUBGROUP O' +
    'R EQUAL:22ed;VERTICAL ELLIPSIS:22ee;MIDLINE HORIZONTAL ELLIPSIS:22ef;UP RIGHT DIAGONAL ELLIPSIS:' +
    '22f0;DOWN RIGHT DIAGONAL ELLIPSIS:22f1;ELEMENT OF WITH LONG HORIZONTAL STROKE:22f2;ELEMENT OF WI' +
    'TH VERTICAL BAR AT END OF HORIZONTAL STROKE:22f3;SMALL ELEMENT OF WITH VERTICAL BAR AT END OF HO' +
    'RIZONTAL STROKE:22f4;ELEMENT OF WITH DOT ABOVE:22f5;ELEMENT OF WITH OVERBAR:22f6;SMALL ELEMENT O' +
    'F WITH OVERBAR:22f7;ELEMENT OF WITH UNDERBAR:22f8;ELEMENT OF WITH TWO HORIZONTAL STROKES:22f9;CO' +
    'NTAINS WITH LONG HORIZONTAL STROKE:22fa;CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE:2' +
    '2fb;SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE:22fc;CONTAINS WITH OVERBAR:22fd' +
    ';SMALL CONTAINS WITH OVERBAR:22fe;Z NOTATION BAG MEMBERSHIP:22ff;BOX DRAWINGS LIGHT HORIZONTAL:2' +
    '500;BOX DRAWINGS HEAVY HORIZONTAL:2501;BOX DRAWINGS LIGHT VERTICAL:2502;BOX DRAWINGS HEAVY VERTI' +
    'CAL:2503;BOX DRAWINGS LIGHT TRIPLE DASH HORIZONTAL:2504;BOX DRAWINGS HEAVY TRIPLE DASH HORIZONTA' +
    'L:2505;BOX DRAWINGS LIGHT TRIPLE DASH VERTICAL:2506;BOX DRAWINGS HEAVY TRIPLE DASH VERTICAL:2507' +
    ';BOX DRAWINGS LIGHT QUADRUPLE DASH HORIZONTAL:2508;BOX DRAWINGS HEAVY QUADRUPLE DASH HORIZONTAL:' +
    '2509;BOX DRAWINGS LIGHT QUADRUPLE DASH VERTICAL:250a;BOX DRAWINGS HEAVY QUADRUPLE DASH VERTICAL:' +
    '250b;BOX DRAWINGS LIGHT DOWN AND RIGHT:250c;BOX DRAWINGS DOWN LIGHT AND RIGHT HEAVY:250d;BOX DRA' +
    'WINGS DOWN HEAVY AND RIGHT LIGHT:250e;BOX DRAWINGS HEAVY DOWN AND RIGHT:250f;BOX DRAWINGS LIGHT ' +
    'DOWN AND LEFT:2510;BOX DRAWINGS DOWN LIGHT AND LEFT HEAVY:2511;BOX DRAWINGS DOWN HEAVY AND LEFT ' +
    'LIGHT:2512;BOX DRAWINGS HEAVY DOWN AND LEFT:2513;BOX DRAWINGS LIGHT UP AND RIGHT:2514;BOX DRAWIN' +
    'GS UP LIGHT AND RIGHT HEAVY:2515;BOX DRAWINGS UP HEAVY AND RIGHT LIGHT:2516;BOX DRAWINGS HEAVY U' +
    'P AND RIGHT:2517;BOX DRAWINGS LIGHT UP AND LEFT:2518;BOX DRAWINGS UP LIGHT AND LEFT HEAVY:2519;B' +
    'OX DRAWINGS UP HEAVY AND LEFT LIGHT:251a;BOX DRAWINGS HEAVY UP AND LEFT:251b;BOX DRAWINGS LIGHT ' +
    'VERTICAL AND RIGHT:251c;BOX DRAWINGS VERTICAL LIGHT AND RIGHT HEAVY:251d;BOX DRAWINGS UP HEAVY A' +
    'ND RIGHT DOWN LIGHT:251e;BOX DRAWINGS DOWN HEAVY AND RIGHT UP LIGHT:251f;BOX DRAWINGS VERTICAL H' +
    'EAVY AND RIGHT LIGHT:2520;BOX DRAWINGS DOWN LIGHT AND RIGHT UP HEAVY:2521;BOX DRAWINGS UP LIGHT ' +
    'AND RIGHT DOWN HEAVY:2522;BOX DRAWINGS HEAVY VERTICAL AND RIGHT:2523;BOX DRAWINGS LIGHT VERTICAL' +
    ' AND LEFT:2524;BOX DRAWINGS VERTICAL LIGHT AND LEFT HEAVY:2525;BOX DRAWINGS UP HEAVY AND LEFT DO' +
    'WN LIGHT:2526;BOX DRAWINGS DOWN HEAVY AND LEFT UP LIGHT:2527;BOX DRAWINGS VERTICAL HEAVY AND LEF' +
    'T LIGHT:2528;BOX DRAWINGS DOWN LIGHT AND LEFT UP HEAVY:2529;BOX DRAWINGS UP LIGHT AND LEFT DOWN ' +
    'HEAVY:252a;BOX DRAWINGS HEAVY VERTICAL AND LEFT:252b;BOX DRAWINGS LIGHT DOWN AND HORIZONTAL:252c' +
    ';BOX DRAWINGS LEFT HEAVY AND RIGHT DOWN LIGHT:252d;BOX DRAWINGS RIGHT HEAVY AND LEFT DOWN LIGHT:' +
    '252e;BOX DRAWINGS DOWN LIGHT AND HORIZONTAL HEAVY:252f;BOX DRAWINGS DOWN HEAVY AND HORIZONTAL LI' +
    'GHT:2530;BOX DRAWINGS RIGHT LIGHT AND LEFT DOWN HEAVY:2531;BOX DRAWINGS LEFT LIGHT AND RIGHT DOW' +
    'N HEAVY:2532;BOX DRAWINGS HEAVY DOWN AND HORIZONTAL:2533;BOX DRAWINGS LIGHT UP AND HORIZONTAL:25' +
    '34;BOX DRAWINGS LEFT HEAVY AND RIGHT UP LIGHT:2535;BOX DRAWINGS RIGHT HEAVY AND LEFT UP LIGHT:25' +
    '36;BOX DRAWINGS UP LIGHT AND HORIZONTAL HEAVY:2537;BOX DRAWINGS UP HEAVY AND HORIZONTAL LIGHT:25' +
    '38;BOX DRAWINGS RIGHT LIGHT AND LEFT UP HEAVY:2539;BOX DRAWINGS LEFT LIGHT AND RIGHT UP HEAVY:25' +
    '3a;BOX DRAWINGS HEAVY UP AND HORIZONTAL:253b;BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL:253c;BOX' +
    ' DRAWINGS LEFT HEAVY AND RIGHT VERTICAL LIGHT:253d;BOX DRAWINGS RIGHT HEAVY AND LEFT VERTICAL LI' +
    'GHT:253e;BOX DRAWINGS VERTICAL LIGHT AND HORIZONTAL HEAVY:253f;BOX DRAWINGS UP HEAVY AND DOWN HO' +
    'RIZONTAL LIGHT:2540;BOX DRAWINGS DOWN HEAVY AND UP HORIZONTAL LIGHT:2541;BOX DRAWINGS VERTICAL H' +
    'EAVY AND HORIZONTAL LIGHT:2542;BOX DRAWINGS LEFT UP HEAVY AND RIGHT DOWN LIGHT:2543;BOX DRAWINGS' +
    ' RIGHT UP HEAVY AND LEFT DOWN LIGHT:2544;BOX DRAWINGS LEFT DOWN HEAVY AND RIGHT UP LIGHT:2545;BO' +
    'X DRAWINGS RIGHT DOWN HEAVY AND LEFT UP LIGHT:2546;BOX DRAWINGS DOWN LIGHT AND UP HORIZONTAL HEA' +
    'VY:2547;BOX DRAWINGS UP LIGHT AND DOWN HORIZONTAL HEAVY:2548;BOX DRAWINGS RIGHT LIGHT AND LEFT V' +
    'ERTICAL HEAVY:2549;BOX DRAWINGS LEFT LIGHT AND RIGHT VERTICAL HEAVY:254a;BOX DRAWINGS HEAVY VERT' +
    'ICAL AND HORIZONTAL:254b;BOX DRAWINGS LIGHT DOUBLE DASH HORIZONTAL:254c;BOX DRAWINGS HEAVY DOUBL' +
    'E DASH HORIZONTAL:254d;BOX DRAWINGS LIGHT DOUBLE DASH VERTICAL:254e;BOX DRAWINGS HEAVY DOUBLE DA' +
    'SH VERTICAL:254f;BOX DRAWINGS DOUBLE HORIZONTAL:2550;BOX DRAWINGS DOUBLE VERTICAL:2551;BOX DRAWI' +
    'NGS DOWN SINGLE AND RIGHT DOUBLE:2552;BOX DRAWINGS DOWN DOUBLE AND RIGHT SINGLE:2553;BOX DRAWING' +
    'S DOUBLE DOWN AND RIGHT:2554;BOX DRAWINGS DOWN SINGLE AND LEFT DOUBLE:2555;BOX DRAWINGS DOWN DOU' +
    'BLE AND LEFT SINGLE:2556;BOX DRAWINGS DOUBLE DOWN AND LEFT:2557;BOX DRAWINGS UP SINGLE AND RIGHT' +
    ' DOUBLE:2558;BOX DRAWINGS UP DOUBLE AND RIGHT SINGLE:2559;BOX DRAWINGS DOUBLE UP AND RIGHT:255a;' +
    'BOX DRAWINGS UP SINGLE AND LEFT DOUBLE:255b;BOX DRAWINGS UP DOUBLE AND LEFT SINGLE:255c;BOX DRAW' +
    'INGS DOUBLE UP AND LEFT:255d;BOX DRAWINGS VERTICAL SINGLE AND RIGHT DOUBLE:255e;BOX DRAWINGS VER' +
    'TICAL DOUBLE AND RIGHT SINGLE:255f;BOX DRAWINGS DOUBLE VERTICAL AND RIGHT:2560;BOX DRAWINGS VERT' +
    'ICAL SINGLE AND LEFT DOUBLE:2561;BOX DRAWINGS VERTICAL DOUBLE AND LEFT SINGLE:2562;BOX DRAWINGS ' +
    'DOUBLE VERTICAL AND LEFT:2563;BOX DRAWINGS DOWN SINGLE AND HORIZONTAL DOUBLE:2564;BOX DRAWINGS D' +
    'OWN DOUBLE AND HORIZONTAL SINGLE:2565;BOX DRAWINGS DOUBLE DOWN AND HORIZONTAL:2566;BOX DRAWINGS ' +
    'UP SINGLE AND HORIZONTAL DOUBLE:2567;BOX DRAWINGS UP DOUBLE AND HORIZONTAL SINGLE:2568;BOX DRAWI' +
    'NGS DOUBLE UP AND HORIZONTAL:2569;BOX DRAWINGS VERTICAL SINGLE AND HORIZONTAL DOUBLE:256a;BOX DR' +
    'AWINGS VERTICAL DOUBLE AND HORIZONTAL SINGLE:256b;BOX DRAWINGS DOUBLE VERTICAL AND HORIZONTAL:25' +
    '6c;BOX DRAWINGS LIGHT ARC DOWN AND RIGHT:256d;BOX DRAWINGS LIGHT ARC DOWN AND LEFT:256e;BOX DRAW' +
    'INGS LIGHT ARC UP AND LEFT:256f;BOX DRAWINGS LIGHT ARC UP AND RIGHT:2570;BOX DRAWINGS LIGHT DIAG' +
    'ONAL UPPER RIGHT TO LOWER LEFT:2571;BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT:2572;B' +
    'OX DRAWINGS LIGHT DIAGONAL CROSS:2573;BOX DRAWINGS LIGHT LEFT:2574;BOX DRAWINGS LIGHT UP:2575;BO' +
    'X DRAWINGS LIGHT RIGHT:2576;BOX DRAWINGS LIGHT DOWN:2577;BOX DRAWINGS HEAVY LEFT:2578;BOX DRAWIN' +
    'GS HEAVY UP:2579;BOX DRAWINGS HEAVY RIGHT:257a;BOX DRAWINGS HEAVY DOWN:257b;BOX DRAWINGS LIGHT L' +
    'EFT AND HEAVY RIGHT:257c;BOX DRAWINGS LIGHT UP AND HEAVY DOWN:257d;BOX DRAWINGS HEAVY LEFT AND L' +
    'IGHT RIGHT:257e;BOX DRAWINGS HEAVY UP AND LIGHT DOWN:257f;UPPER HALF BLOCK:2580;LOWER ONE EIGHTH' +
    ' BLOCK:2581;LOWER ONE QUARTER BLOCK:2582;LOWER THREE EIGHTHS BLOCK:2583;LOWER HALF BLOCK:2584;LO' +
    'WER FIVE EIGHTHS BLOCK:2585;LOWER THREE QUARTERS BLOCK:2586;LOWER SEVEN EIGHTHS BLOCK:2587;FULL ' +
    'BLOCK:2588;LEFT SEVEN EIGHTHS BLOCK:2589;LEFT THREE QUARTERS BLOCK:258a;LEFT FIVE EIGHTHS BLOCK:' +
    '258b;LEFT HALF BLOCK:258c;LEFT THREE EIGHTHS BLOCK:258d;LEFT ONE QUARTER BLOCK:258e;LEFT ONE EIG' +
    'HTH BLOCK:258f;RIGHT HALF BLOCK:2590;LIGHT SHADE:2591;MEDIUM SHADE:2592;DARK SHADE:2593;UPPER ON' +
    'E EIGHTH BLOCK:2594;RIGHT ONE EIGHTH BLOCK:2595;QUADRANT LOWER LEFT:2596;QUADRANT LOWER RIGHT:25' +
    '97;QUADRANT UPPER LEFT:2598;QUADRANT UPPER LEFT AND LOWER LEFT AND LOWER RIGHT:2599;QUADRANT UPP' +
    'ER LEFT AND LOWER RIGHT:259a;QUADRANT UPPER LEFT AND UPPER RIGHT AND LOWER LEFT:259b;QUADRANT UP' +
    'PER LEFT AND UPPER RIGHT AND LOWER RIGHT:259c;QUADRANT UPPER RIGHT:259d;QUADRANT UPPER RIGHT AND' +
    ' LOWER LEFT:259e;QUADRANT UPPER RIGHT AND LOWER LEFT AND LOWER RIGHT:259f;BLACK SQUARE:25a0;WHIT' +
    'E SQUARE:25a1;WHITE SQUARE WITH ROUNDED CORNERS:25a2;WHITE SQUARE CONTAINING BLACK SMALL SQUARE:' +
    '25a3;SQUARE WITH HORIZONTAL FILL:25a4;SQUARE WITH VERTICAL FILL:25a5;SQUARE WITH ORTHOGONAL CROS' +
    'SHATCH FILL:25a6;SQUARE WITH UPPER LEFT TO LOWER RIGHT FILL:25a7;SQUARE WITH UPPER RIGHT TO LOWE' +
    'R LEFT FILL:25a8;SQUARE WITH DIAGONAL CROSSHATCH FILL:25a9;BLACK SMALL SQUARE:25aa;WHITE SMALL S' +
    'QUARE:25ab;BLACK RECTANGLE:25ac;WHITE RECTANGLE:25ad;BLACK VERTICAL RECTANGLE:25ae;WHITE VERTICA' +
    'L RECTANGLE:25af;BLACK PARALLELOGRAM:25b0;WHITE PARALLELOGRAM:25b1;BLACK UP-POINTING TRIANGLE:25' +
    'b2;WHITE UP-POINTING TRIANGLE:25b3;BLACK UP-POINTING SMALL TRIANGLE:25b4;WHITE UP-POINTING SMALL' +
    ' TRIANGLE:25b5;BLACK RIGHT-POINTING TRIANGLE:25b6;WHITE RIGHT-POINTING TRIANGLE:25b7;BLACK RIGHT' +
    '-POINTING SMALL TRIANGLE:25b8;WHITE RIGHT-POINTING SMALL TRIANGLE:25b9;BLACK RIGHT-POINTING POIN' +
    'TER:25ba;WHITE RIGHT-POINTING POINTER:25bb;BLACK DOWN-POINTING TRIANGLE:25bc;WHITE DOWN-POINTING' +
    ' TRIANGLE:25bd;BLACK DOWN-POINTING SMALL TRIANGLE:25be;WHITE DOWN-POINTING SMALL TRIANGLE:25bf;B' +
    'LACK LEFT-POINTING TRIANGLE:25c0;WHITE LEFT-POINTING TRIANGLE:25c1;BLACK LEFT-POINTING SMALL TRI' +
    'ANGLE:25c2;WHITE LEFT-POINTING SMALL TRIANGLE:25c3;BLACK LEFT-POINTING POINTER:25c4;WHITE LEFT-P' +
    'OINTING POINTER:25c5;BLACK DIAMOND:25c6;WHITE DIAMOND:25c7;WHITE DIAMOND CONTAINING BLACK SMALL ' +
    'DIAMOND:25c8;FISHEYE:25c9;LOZENGE:25ca;WHITE CIRCLE:25cb;DOTTED CIRCLE:25cc;CIRCLE WITH VERTICAL' +
    ' FILL:25cd;BULLSEYE:25ce;BLACK CIRCLE:25cf;CIRCLE WITH LEFT HALF BLACK:25d0;CIRCLE WITH RIGHT HA' +
    'LF BLACK:25d1;CIRCLE WITH LOWER HALF BLACK:25d2;CIRCLE WITH UPPER HALF BLACK:25d3;CIRCLE WITH UP' +
    'PER RIGHT QUADRANT BLACK:25d4;CIRCLE WITH ALL BUT UPPER LEFT QUADRANT BLACK:25d5;LEFT HALF BLACK' +
    ' CIRCLE:25d6;RIGHT HALF BLACK CIRCLE:25d7;INVERSE BULLET:25d8;INVERSE WHITE CIRCLE:25d9;UPPER HA' +
    'LF INVERSE WHITE CIRCLE:25da;LOWER HALF INVERSE WHITE CIRCLE:25db;UPPER LEFT QUADRANT CIRCULAR A' +
    'RC:25dc;UPPER RIGHT QUADRANT CIRCULAR ARC:25dd;LOWER RIGHT QUADRANT CIRCULAR ARC:25de;LOWER LEFT' +
    ' QUADRANT CIRCULAR ARC:25df;UPPER HALF CIRCLE:25e0;LOWER HALF CIRCLE:25e1;BLACK LOWER RIGHT TRIA' +
    'NGLE:25e2;BLACK LOWER LEFT TRIANGLE:25e3;BLACK UPPER LEFT TRIANGLE:25e4;BLACK UPPER RIGHT TRIANG' +
    'LE:25e5;WHITE BULLET:25e6;SQUARE WITH LEFT HALF BLACK:25e7;SQUARE WITH RIGHT HALF BLACK:25e8;SQU' +
    'ARE WITH UPPER LEFT DIAGONAL HALF BLACK:25e9;SQUARE WITH LOWER RIGHT DIAGONAL HALF BLACK:25ea;WH' +
    'ITE SQUARE WITH VERTICAL BISECTING LINE:25eb;WHITE UP-POINTING TRIANGLE WITH DOT:25ec;UP-POINTIN' +
    'G TRIANGLE WITH LEFT HALF BLACK:25ed;UP-POINTING TRIANGLE WITH RIGHT HALF BLACK:25ee;LARGE CIRCL' +
    'E:25ef;WHITE SQUARE WITH UPPER LEFT QUADRANT:25f0;WHITE SQUARE WITH LOWER LEFT QUADRANT:25f1;WHI' +
    'TE SQUARE WITH LOWER RIGHT QUADRANT:25f2;WHITE SQUARE WITH UPPER RIGHT QUADRANT:25f3;WHITE CIRCL' +
    'E WITH UPPER LEFT QUADRANT:25f4;WHITE CIRCLE WITH LOWER LEFT QUADRANT:25f5;WHITE CIRCLE WITH LOW' +
    'ER RIGHT QUADRANT:25f6;WHITE CIRCLE WITH UPPER RIGHT QUADRANT:25f7;UPPER LEFT TRIANGLE:25f8;UPPE' +
    'R RIGHT TRIANGLE:25f9;LOWER LEFT TRIANGLE:25fa;WHITE MEDIUM SQUARE:25fb;BLACK MEDIUM SQUARE:25fc' +
    ';WHITE MEDIUM SMALL SQUARE:25fd;BLACK MEDIUM SMALL SQUARE:25fe;LOWER RIGHT TRIANGLE:25ff;BLACK S' +
    'UN WITH RAYS:2600;CLOUD:2601;UMBRELLA:2602;SNOWMAN:2603;COMET:2604;BLACK STAR:2605;WHITE STAR:26' +
    '06;LIGHTNING:2607;THUNDERSTORM:2608;SUN:2609;ASCENDING NODE:260a;DESCENDING NODE:260b;CONJUNCTIO' +
    'N:260c;OPPOSITION:260d;BLACK TELEPHONE:260e;WHITE TELEPHONE:260f;BALLOT BOX:2610;BALLOT BOX WITH' +
    ' CHECK:2611;BALLOT BOX WITH X:2612;SALTIRE:2613;UMBRELLA WITH RAIN DROPS:2614;HOT BEVERAGE:2615;' +
    'WHITE SHOGI PIECE:2616;BLACK SHOGI PIECE:2617;SHAMROCK:2618;REVERSED ROTATED FLORAL HEART BULLET' +
    ':2619;BLACK LEFT POINTING INDEX:261a;BLACK RIGHT POINTING INDEX:261b;WHITE LEFT POINTING INDEX:2' +
    '61c;WHITE UP POINTING INDEX:261d;WHITE RIGHT POINTING INDEX:261e;WHITE DOWN POINTING INDEX:261f;' +
    'SKULL AND CROSSBONES:2620;CAUTION SIGN:2621;RADIOACTIVE SIGN:2622;BIOHAZARD SIGN:2623;CADUCEUS:2' +
    '624;ANKH:2625;ORTHODOX CROSS:2626;CHI RHO:2627;CROSS OF LORRAINE:2628;CROSS OF JERUSALEM:2629;ST' +
    'AR AND CRESCENT:262a;FARSI SYMBOL:262b;ADI SHAKTI:262c;HAMMER AND SICKLE:262d;PEACE SYMBOL:262e;' +
    'YIN YANG:262f;TRIGRAM FOR HEAVEN:2630;TRIGRAM FOR LAKE:2631;TRIGRAM FOR FIRE:2632;TRIGRAM FOR TH' +
    'UNDER:2633;TRIGRAM FOR WIND:2634;TRIGRAM FOR WATER:2635;TRIGRAM FOR MOUNTAIN:2636;TRIGRAM FOR EA' +
    'RTH:2637;WHEEL OF DHARMA:2638;WHITE FROWNING FACE:2639;WHITE SMILING FACE:263a;BLACK SMILING FAC' +
    'E:263b;WHITE SUN WITH RAYS:263c;FIRST QUARTER MOON:263d;LAST QUARTER MOON:263e;MERCURY:263f;FEMA' +
    'LE SIGN:2640;EARTH:2641;MALE SIGN:2642;JUPITER:2643;SATURN:2644;URANUS:2645;NEPTUNE:2646;PLUTO:2' +
    '647;ARIES:2648;TAURUS:2649;GEMINI:264a;CANCER:264b;LEO:264c;VIRGO:264d;LIBRA:264e;SCORPIUS:264f;' +
    'SAGITTARIUS:2650;CAPRICORN:2651;AQUARIUS:2652;PISCES:2653;WHITE CHESS KING:2654;WHITE CHESS QUEE' +
    'N:2655;WHITE CHESS ROOK:2656;WHITE CHESS BISHOP:2657;WHITE CHESS KNIGHT:2658;WHITE CHESS PAWN:26' +
    '59;BLACK CHESS KING:265a;BLACK CHESS QUEEN:265b;BLACK CHESS ROOK:265c;BLACK CHESS BISHOP:265d;BL' +
    'ACK CHESS KNIGHT:265e;BLACK CHESS PAWN:265f;BLACK SPADE SUIT:2660;WHITE HEART SUIT:2661;WHITE DI' +
    'AMOND SUIT:2662;BLACK CLUB SUIT:2663;WHITE SPADE SUIT:2664;BLACK HEART SUIT:2665;BLACK DIAMOND S' +
    'UIT:2666;WHITE CLUB SUIT:2667;HOT SPRINGS:2668;QUARTER NOTE:2669;EIGHTH NOTE:266a;BEAMED EIGHTH ' +
    'NOTES:266b;BEAMED SIXTEENTH NOTES:266c;MUSIC FLAT SIGN:266d;MUSIC NATURAL SIGN:266e;MUSIC SHARP ' +
    'SIGN:266f;WEST SYRIAC CROSS:2670;EAST SYRIAC CROSS:2671;UNIVERSAL RECYCLING SYMBOL:2672;RECYCLIN' +
    'G SYMBOL FOR TYPE-1 PLASTICS:2673;RECYCLING SYMBOL FOR TYPE-2 PLASTICS:2674;RECYCLING SYMBOL FOR' +
    ' TYPE-3 PLASTICS:2675;RECYCLING SYMBOL FOR TYPE-4 PLASTICS:2676;RECYCLING SYMBOL FOR TYPE-5 PLAS' +
    'TICS:2677;RECYCLING SYMBOL FOR TYPE-6 PLASTICS:2678;RECYCLING SYMBOL FOR TYPE-7 PLASTICS:2679;RE' +
    'CYCLING SYMBOL FOR GENERIC MATERIALS:267a;BLACK UNIVERSAL RECYCLING SYMBOL:267b;RECYCLED PAPER S' +
    'YMBOL:267c;PARTIALLY-RECYCLED PAPER SYMBOL:267d;PERMANENT PAPER SIGN:267e;WHEELCHAIR SYMBOL:267f' +
    ';DIE FACE-1:2680;DIE FACE-2:2681;DIE FACE-3:2682;DIE FACE-4:2683;DIE FACE-5:2684;DIE FACE-6:2685' +
    ';WHITE CIRCLE WITH DOT RIGHT:2686;WHITE CIRCLE WITH TWO DOTS:2687;BLACK CIRCLE WITH WHITE DOT RI' +
    'GHT:2688;BLACK CIRCLE WITH TWO WHITE DOTS:2689;MONOGRAM FOR YANG:268a;MONOGRAM FOR YIN:268b;DIGR' +
    'AM FOR GREATER YANG:268c;DIGRAM FOR LESSER YIN:268d;DIGRAM FOR LESSER YANG:268e;DIGRAM FOR GREAT' +
    'ER YIN:268f;WHITE FLAG:2690;BLACK FLAG:2691;HAMMER AND PICK:2692;ANCHOR:2693;CROSSED SWORDS:2694' +
    ';STAFF OF AESCULAPIUS:2695;SCALES:2696;ALEMBIC:2697;FLOWER:2698;GEAR:2699;STAFF OF HERMES:269a;A' +
    'TOM SYMBOL:269b;FLEUR-DE-LIS:269c;OUTLINED WHITE STAR:269d;THREE LINES CONVERGING RIGHT:269e;THR' +
    'EE LINES CONVERGING LEFT:269f;WARNING SIGN:26a0;HIGH VOLTAGE SIGN:26a1;DOUBLED FEMALE SIGN:26a2;' +
    'DOUBLED MALE SIGN:26a3;INTERLOCKED FEMALE AND MALE SIGN:26a4;MALE AND FEMALE SIGN:26a5;MALE WITH' +
    ' STROKE SIGN:26a6;MALE WITH STROKE AND MALE AND FEMALE SIGN:26a7;VERTICAL MALE WITH STROKE SIGN:' +
    '26a8;HORIZONTAL MALE WITH STROKE SIGN:26a9;MEDIUM WHITE CIRCLE:26aa;MEDIUM BLACK CIRCLE:26ab;MED' +
    'IUM SMALL WHITE CIRCLE:26ac;MARRIAGE SYMBOL:26ad;DIVORCE SYMBOL:26ae;UNMARRIED PARTNERSHIP SYMBO' +
    'L:26af;COFFIN:26b0;FUNERAL URN:26b1;NEUTER:26b2;CERES:26b3;PALLAS:26b4;JUNO:26b5;VESTA:26b6;CHIR' +
    'ON:26b7;BLACK MOON LILITH:26b8;SEXTILE:26b9;SEMISEXTILE:26ba;QUINCUNX:26bb;SESQUIQUADRATE:26bc;S' +
    'OCCER BALL:26bd;BASEBALL:26be;SQUARED KEY:26bf;WHITE DRAUGHTS MAN:26c0;WHITE DRAUGHTS KING:26c1;' +
    'BLACK DRAUGHTS MAN:26c2;BLACK DRAUGHTS KING:26c3;SNOWMAN WITHOUT SNOW:26c4;SUN BEHIND CLOUD:26c5' +
    ';RAIN:26c6;BLACK SNOWMAN:26c7;THUNDER CLOUD AND RAIN:26c8;TURNED WHITE SHOGI PIECE:26c9;TURNED B' +
    'LACK SHOGI PIECE:26ca;WHITE DIAMOND IN SQUARE:26cb;CROSSING LANES:26cc;DISABLED CAR:26cd;OPHIUCH' +
    'US:26ce;PICK:26cf;CAR SLIDING:26d0;HELMET WITH WHITE CROSS:26d1;CIRCLED CROSSING LANES:26d2;CHAI' +
    'NS:26d3;NO ENTRY:26d4;ALTERNATE ONE-WAY LEFT WAY TRAFFIC:26d5;BLACK TWO-WAY LEFT WAY TRAFFIC:26d' +
    '6;WHITE TWO-WAY LEFT WAY TRAFFIC:26d7;BLACK LEFT LANE MERGE:26d8;WHITE LEFT LANE MERGE:26d9;DRIV' +
    'E SLOW SIGN:26da;HEAVY WHITE DOWN-POINTING TRIANGLE:26db;LEFT CLOSED ENTRY:26dc;SQUARED SALTIRE:' +
    '26dd;FALLING DIAGONAL IN WHITE CIRCLE IN BLACK SQUARE:26de;BLACK TRUCK:26df;RESTRICTED LEFT ENTR' +
    'Y-1:26e0;RESTRICTED LEFT ENTRY-2:26e1;ASTRONOMICAL SYMBOL FOR URANUS:26e2;HEAVY CIRCLE WITH STRO' +
    'KE AND TWO DOTS ABOVE:26e3;PENTAGRAM:26e4;RIGHT-HANDED INTERLACED PENTAGRAM:26e5;LEFT-HANDED INT' +
    'ERLACED PENTAGRAM:26e6;INVERTED PENTAGRAM:26e7;BLACK CROSS ON SHIELD:26e8;SHINTO SHRINE:26e9;CHU' +
    'RCH:26ea;CASTLE:26eb;HISTORIC SITE:26ec;GEAR WITHOUT HUB:26ed;GEAR WITH HANDLES:26ee;MAP SYMBOL ' +
    'FOR LIGHTHOUSE:26ef;MOUNTAIN:26f0;UMBRELLA ON GROUND:26f1;FOUNTAIN:26f2;FLAG IN HOLE:26f3;FERRY:' +
    '26f4;SAILBOAT:26f5;SQUARE FOUR CORNERS:26f6;SKIER:26f7;ICE SKATE:26f8;PERSON WITH BALL:26f9;TENT' +
    ':26fa;JAPANESE BANK SYMBOL:26fb;HEADSTONE GRAVEYARD SYMBOL:26fc;FUEL PUMP:26fd;CUP ON BLACK SQUA' +
    'RE:26fe;WHITE FLAG WITH HORIZONTAL MIDDLE BLACK STRIPE:26ff;CHECK MARK:2713;LIGHT VERTICAL BAR:2' +
    '758;MATHEMATICAL LEFT ANGLE BRACKET:27e8;MATHEMATICAL RIGHT ANGLE BRACKET:27e9;LONG RIGHTWARDS S' +
    'QUIGGLE ARROW:27ff;N-ARY CIRCLED TIMES OPERATOR:2a02;HANGZHOU NUMERAL TWENTY:3039;HIRAGANA LETTE' +
    'R A:3042;CIRCLED NUMBER THIRTY NINE:32b4;CJK UNIFIED IDEOGRAPH-5F62:5f62;CJK UNIFIED IDEOGRAPH-6' +
    '574:6574;CJK UNIFIED IDEOGRAPH-8000:8000;LATIN SMALL LIGATURE FF:fb00;LATIN SMALL LIGATURE FI:fb' +
    '01;LATIN SMALL LIGATURE FFI:fb03;LATIN SMALL LIGATURE LONG S T:fb05;LATIN SMALL LIGATURE ST:fb06' +
    ';BYTE ORDER MARK:feff;ZERO WIDTH NO-BREAK SPACE:feff;BOM:feff;FULLWIDTH DIGIT ZERO:ff10;MATHEMAT' +
    'ICAL BOLD SMALL FINAL SIGMA:1d6d3;SNAKE:1f40d;SMILING CAT FACE WITH OPEN MOUTH:1f63a;CANCEL TAG:' +
    'e007f'
  ).split(';').map((e) => {
    const k = e.lastIndexOf(':');
    return [e.slice(0, k), parseInt(e.slice(k + 1), 16)] as [string, number];
  }),
);
