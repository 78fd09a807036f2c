// The parser: tokens -> the AST of src/ast.ts, by recursive descent over CPython 3.11's
// Grammar/python.gram. Entry points: parse(source, filename) for a file (the `file` start rule),
// parseMode(source, filename, mode) for compile()'s three modes (`file`, `eval`, `interactive`);
// both throw PySyntaxError.
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
// generator expression they delimit. String literals and f-strings are decoded in strings.ts (a
// run of STRING tokens is one Constant or JoinedStr).

import type * as A from './ast.js';
import { PySyntaxError, MSG, type SyntaxErrorKind } from './messages.js';
import { TokenType, KEYWORDS, AUG_ASSIGN_OPS, type Token } from './tokens.js';
import { tokenize, unclosedError, type OpenBracket } from './tokenizer.js';
import { parseStringTokens } from './strings.js';

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

/** CPython 3.11's default sys.get_int_max_str_digits() (sys.int_info.default_max_str_digits). */
export const INT_MAX_STR_DIGITS_DEFAULT = 4300;

export interface ParseOptions {
  /** sys.get_int_max_str_digits() when the module is compiled (0: no limit): a decimal int
   *  literal with more digits is a SyntaxError, as CPython converts literals with int(). */
  maxStrDigits?: number;
  /** A BOM at the start is a character (compile() of a str), not a mark to skip. */
  keepBom?: boolean;
}

export function parse(source: string, filename: string, options: ParseOptions = {}): A.Module {
  const tk = tokenize(source, filename, options.keepBom ?? false);
  const p = new Parser(tk.tokens, tk.lines, tk.open, filename);
  p.maxStrDigits = options.maxStrDigits ?? INT_MAX_STR_DIGITS_DEFAULT;
  return p.run();
}

/** compile()'s modes: 'exec' parses a file, 'eval' one expression, 'single' one interactive
 *  statement (CPython's Py_file_input, Py_eval_input, Py_single_input). */
export type ParseMode = 'exec' | 'eval' | 'single';

/** Parses the text `source` (a str: a BOM in it is a character like any other) with the start
 *  rule of `mode`; throws PySyntaxError. */
export function parseMode(source: string, filename: string, mode: ParseMode, options: ParseOptions = {}): A.Mod {
  if (mode === 'exec') return parse(source, filename, { ...options, keepBom: true });
  const tk = tokenize(source, filename, true);
  if (source === '') {
    // CPython's tokenizer never read a line: its error sits on line 0, with no text
    throw new PySyntaxError('SyntaxError', MSG.invalidSyntax, filename, 0, 0, '', 0, 0);
  }
  const toks = modeTokens(tk.tokens, source, mode);
  const p = new Parser(toks, tk.lines, tk.open, filename, null, false, mode);
  p.maxStrDigits = options.maxStrDigits ?? INT_MAX_STR_DIGITS_DEFAULT;
  return p.runMode();
}

/**
 * The tokens CPython's parser sees in eval and single modes. Our tokenizer always ends the last
 * line with a NEWLINE (and the DEDENTs), as CPython's does for a file, to which it adds a final
 * line break. For compile()'s other modes it adds none, so input that stops in the middle of a
 * line has no NEWLINE there: eval mode goes straight to the ENDMARKER. Single mode turns an
 * ENDMARKER into a NEWLINE without a column whenever the token fetched before it was not such a
 * NEWLINE (_PyPegen_fill_token), the pending DEDENTs following it: after a last line without a
 * break that gives `NEWLINE DEDENT* [NEWLINE] ENDMARKER` (a second NEWLINE when DEDENTs came
 * between), after a line break `NEWLINE DEDENT* NEWLINE ENDMARKER`. A compound statement
 * needs the NEWLINE after its block. Tokens without a column report the scan position (the end
 * of the input) where an error needs one (curCol).
 */
function modeTokens(toks: Token[], source: string, mode: ParseMode): Token[] {
  const n = toks.length;
  if (toks[0].type === TokenType.ENDMARKER || toks[n - 1].type !== TokenType.ENDMARKER) return toks;
  const text = source.replace(/\r\n?/g, '\n');
  const lastBreak = text.lastIndexOf('\n');
  const lastLine = text.slice(lastBreak + 1);
  const end = toks[n - 1];
  const madeNewline = (): Token => ({ ...end, type: TokenType.NEWLINE, col: -1, endCol: -1, curCol: [...lastLine].length });
  if (/^[ \t\f]*(#.*)?$/.test(lastLine)) {
    // the input stopped after a line break (what follows the last one is blank or a comment)
    return mode === 'single' ? [...toks.slice(0, -1), madeNewline(), end] : toks;
  }
  let k = n - 2;
  while (k > 0 && toks[k].type === TokenType.DEDENT) k--;
  if (toks[k].type !== TokenType.NEWLINE) return toks;
  const out = toks.slice(0, -1);
  if (mode === 'eval') out.splice(k, 1);
  else {
    out[k] = madeNewline();
    if (k < n - 2) out.push(madeNewline());
  }
  out.push({ ...end, curCol: [...lastLine].length });
  return out;
}

/**
 * CPython's second pass, run only after a parse that failed with no specific message. Our first
 * pass already applies the invalid_* rules where they can only match invalid code; the second
 * also applies invalid_legacy_expression (NAME !'(' star_expressions) at every expression that
 * starts with a name, whose lookahead can reach a specific message or a tokenizer error further
 * on. Returns normally if it finds nothing more specific.
 */
function secondPass(toks: Token[], lines: string[], open: OpenBracket[], filename: string, maxStrDigits: number, mode: ParseMode = 'exec'): void {
  const p = new Parser(toks, lines, open, filename, null, true, mode);
  p.maxStrDigits = maxStrDigits;
  try {
    p.runStart();
  } catch (e) {
    if (e instanceof PySyntaxError && !GENERIC.has(e)) throw e;
  }
}

/** Errors made by raiseGeneric (the ones a second pass may replace). */
const GENERIC = new WeakSet<PySyntaxError>();

/** Statements of the compound_stmt rule (single mode wants a NEWLINE after one). */
const COMPOUND = new Set<string>([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'If', 'For', 'AsyncFor', 'While', 'With',
  'AsyncWith', 'Try', 'TryStar', 'Match',
]);

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
  /** The digit limit of decimal int literals (ParseOptions.maxStrDigits). */
  maxStrDigits = INT_MAX_STR_DIGITS_DEFAULT;

  constructor(
    private readonly toks: Token[],
    private readonly lines: string[],
    private readonly openAtEnd: OpenBracket[],
    private readonly filename: string,
    /** Position shift for the inside of an f-string replacement field. */
    private readonly shift: { line: number; col: number } | null = null,
    /** CPython's second (error) pass: see secondPass. */
    private readonly pass2 = false,
    /** The start rule: file (run), eval or interactive (runMode). */
    private readonly mode: ParseMode = 'exec',
  ) {}

  /** Entry for compile()'s 'eval' and 'single' modes (parseMode). */
  runMode(): A.Mod {
    try {
      return this.mode === 'eval' ? this.parseEvalInput() : this.parseInteractive();
    } catch (e) {
      if (e instanceof ParseFailure) {
        if (!this.pass2) secondPass(this.toks, this.lines, this.openAtEnd, this.filename, this.maxStrDigits, this.mode);
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

  /** The start rule of this parser's mode, for the second pass. */
  runStart(): void {
    if (this.mode === 'exec') this.run();
    else this.runMode();
  }

  run(): A.Module {
    try {
      return this.parseFile();
    } catch (e) {
      if (e instanceof ParseFailure) {
        if (!this.pass2 && this.shift === null) {
          secondPass(this.toks, this.lines, this.openAtEnd, this.filename, this.maxStrDigits);
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
      this.throwChecked(this.fromParser(new PySyntaxError(kind, this.shift ? 'f-string: ' + msg : msg,
        this.filename, start.lineno, start.curCol, this.lines[start.lineno - 1] ?? '', start.lineno, -1)));
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
    this.throwChecked(this.fromParser(err));
  }

  /** Marks an error CPython raises through _PyPegen_raise_error_known_location, which reads the
   *  text back from a source file (messages.ts programTextError); inside an f-string CPython
   *  parses a string of its own, so the mark is left off there. */
  private fromParser(err: PySyntaxError): PySyntaxError {
    if (this.shift === null) err.fromParser = true;
    return err;
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
    if (t.type === TokenType.ENDMARKER || (t.type === TokenType.NEWLINE && t.col === -1)) {
      // RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token whose columns are -1 (single mode's NEWLINE
      // made from the ENDMARKER too): offsets 0.
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

  // eval: expressions NEWLINE* ENDMARKER
  // expressions: expression (',' expression)* [',']
  private parseEvalInput(): A.Expression {
    const first = this.parseExpression();
    let body = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (!this.startsExpression()) break;
        elts.push(this.parseExpression());
      }
      body = { kind: 'Tuple', elts, ctx: 'Load', ...this.loc(first) };
    }
    while (this.peek().type === TokenType.NEWLINE) this.next();
    if (this.peek().type !== TokenType.ENDMARKER) this.fail();
    return { kind: 'Expression', body };
  }

  // interactive: statement_newline
  // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  private parseInteractive(): A.Interactive {
    const t = this.peek();
    if (t.type === TokenType.ENDMARKER) this.fail(); // _PyPegen_interactive_exit: nothing to run
    if (t.type === TokenType.NEWLINE) {
      this.next();
      return { kind: 'Interactive', body: [{ kind: 'Pass', ...this.loc(t) }] };
    }
    const body: A.Stmt[] = [];
    this.parseStatement(body);
    if (COMPOUND.has(body[0].kind)) {
      if (this.peek().type !== TokenType.NEWLINE) this.fail();
      this.next();
    }
    // bad_single_statement: anything but blanks and comments after the statement
    for (let j = this.i; j < this.toks.length; j++) {
      const k = this.toks[j].type;
      if (k === TokenType.NEWLINE || k === TokenType.INDENT || k === TokenType.DEDENT || k === TokenType.ENDMARKER) continue;
      const nl = this.prev;
      throw new PySyntaxError('SyntaxError', MSG.multipleStatements, this.filename, nl.lineno, nl.col + 1,
        this.lines[nl.lineno - 1] ?? '', nl.lineno, nl.col + 1);
    }
    return { kind: 'Interactive', body };
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
      // '(' star_pattern ')' is neither a group (no star) nor a sequence (no comma).
      if (open.value === '(' && patterns.length === 1 && !comma && patterns[0].kind === 'MatchStar') this.fail();
      this.expectOp(close);
      if (open.value === '(' && patterns.length === 1 && !comma) {
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
    let num: A.Expr;
    if (this.isOp('-')) {
      const m = this.next();
      if (this.peek().type !== TokenType.NUMBER) this.fail();
      num = this.parseNumber();
      left = { kind: 'UnaryOp', op: 'USub', operand: num, ...this.loc(m) };
    } else {
      if (t.type !== TokenType.NUMBER) this.fail();
      left = num = this.parseNumber();
    }
    if (this.isOp('+') || this.isOp('-')) {
      // complex_number: signed_real_number ('+'|'-') imaginary_number, the real part checked first.
      if (num.kind === 'Constant' && num.value.type === 'complex') this.raiseError(MSG.realRequired, num, num);
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
        // double_star_pattern: '**' pattern_capture_target (a name other than '_')
        if (this.isName() && this.peek().value === '_') this.fail();
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
    const value = numberValue(t.value);
    if (value.type === 'int' && this.maxStrDigits > 0 && /^[1-9]/.test(t.value)) {
      // CPython converts a decimal literal with int() (its binary bases have no limit, and a
      // literal starting with 0 is all zeros, which its strtoul path converts without int())
      const digits = t.value.length - (t.value.match(/_/g)?.length ?? 0);
      if (digits > this.maxStrDigits) this.raiseDigitLimit(t, digits);
    }
    return this.constant(value, t);
  }

  /** _PyPegen_number_token's SyntaxError for a literal beyond the digit limit: the literal's
   *  lines and no columns ("to avoid a wall of 1000s of '^'s"). */
  private raiseDigitLimit(t: Token, digits: number): never {
    const l = this.loc(t, t);
    const msg = MSG.intLiteralDigits(this.maxStrDigits, digits);
    this.throwChecked(this.fromParser(new PySyntaxError('SyntaxError', this.shift ? 'f-string: ' + msg : msg,
      this.filename, l.lineno, 0, this.lines[l.lineno - 1] ?? '', l.end_lineno, 0)));
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
        this.throwChecked(this.fromParser(err));
      },
      parseExpr: (text, line, col) => {
        const tk = tokenize(text, '<fstring>');
        const sub = new Parser(tk.tokens, this.lines, [], this.filename, { line, col });
        sub.depth = this.depth;
        sub.maxStrDigits = this.maxStrDigits;
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
