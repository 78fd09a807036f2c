// Compile-time errors: the one exception class the tokenizer, parser, symbol table and compiler
// throw, and the catalogue of CPython 3.11's messages they use. Every message text a user can
// see is spelled here once, as CPython spells it.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A Python SyntaxError (or subclass) found before run time. Positions are CPython's: `lineno` and
 * `endLineno` 1-based, `offset` and `endOffset` 1-based code-point columns (CPython's are too, in
 * the printed caret line), `text` the offending source line without its newline.
 */
export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string,
    readonly endLineno: number = lineno,
    readonly endOffset: number = offset,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = kind;
  }

  /**
   * Raised the way CPython's parser raises most errors (_PyPegen_raise_error_known_location):
   * when the source is a file, CPython reads `text` back from the file, which bounds it (see
   * programTextError). Errors of CPython's tokenizer and compiler are not marked.
   */
  fromParser = false;
}

/** CPython's err_programtext reads a line through a 1000-byte buffer (999 bytes and a NUL). */
const PROGRAM_TEXT_CHUNK = 999;
const utf8Encoder = new TextEncoder();
const utf8Replace = new TextDecoder('utf-8');

/**
 * The error CPython reports for `e` when the source was read from a file (a filename that is
 * not `<...>`): the parser's errors then take their text from err_programtext, which keeps only
 * the last 999-byte piece of a line at least that long, and their columns are converted with
 * that piece (_PyPegen_byte_offset_to_character_offset: a byte column clamped to the piece's
 * length + 1). Shorter lines, and errors not raised by the parser, come back unchanged.
 */
export function programTextError(e: PySyntaxError): PySyntaxError {
  if (!e.fromParser || e.filename.startsWith('<')) return e;
  const line = utf8Encoder.encode(e.text);
  const size = line.length + 1; // with its newline
  if (size < PROGRAM_TEXT_CHUNK) return e;
  const full = new Uint8Array(size);
  full.set(line);
  full[line.length] = 10;
  const piece = full.subarray(Math.floor((size - 1) / PROGRAM_TEXT_CHUNK) * PROGRAM_TEXT_CHUNK);
  const chars = [...e.text];
  const column = (offset: number): number => {
    if (offset <= 0) return offset;
    let b = utf8Encoder.encode(chars.slice(0, offset - 1).join('')).length + 1;
    if (b > piece.length + 1) b = piece.length + 1;
    // the NUL after the piece counts as one more character, as in CPython
    const extra = b > piece.length ? 1 : 0;
    return [...utf8Replace.decode(piece.subarray(0, b - extra))].length + extra;
  };
  const text = utf8Replace.decode(piece).replace(/\n$/, '');
  const r = new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, column(e.offset), text,
    e.endLineno, column(e.endOffset));
  r.fromParser = true;
  return r;
}

// ---- SyntaxWarnings of the compiler (CPython's compile.c compiler_warn) ----
export const IS_LITERAL = '"is" with a literal. Did you mean "=="?';
export const IS_NOT_LITERAL = '"is not" with a literal. Did you mean "!="?';

// ---- symbol table (CPython's symtable.c) ----
export const DUPLICATE_ARGUMENT = (n: string) => `duplicate argument '${n}' in function definition`;
export const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
export const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
export const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
export const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
export const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
export const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
export const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
export const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;
export const NONLOCAL_AND_GLOBAL = (n: string) => `name '${n}' is nonlocal and global`;
export const NONLOCAL_AT_MODULE_LEVEL = 'nonlocal declaration not allowed at module level';
export const NONLOCAL_NO_BINDING = (n: string) => `no binding for nonlocal '${n}' found`;
export const IMPORT_STAR_NOT_MODULE = 'import * only allowed at module level';
export const NAMED_EXPR_COMP_IN_CLASS = 'assignment expression within a comprehension cannot be used in a class body';
export const NAMED_EXPR_COMP_CONFLICT = (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`;
export const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`;
export const NAMED_EXPR_COMP_ITER_EXPR = 'assignment expression cannot be used in a comprehension iterable expression';
export const YIELD_IN_LISTCOMP = "'yield' inside list comprehension";
export const YIELD_IN_SETCOMP = "'yield' inside set comprehension";
export const YIELD_IN_DICTCOMP = "'yield' inside dict comprehension";
export const YIELD_IN_GENEXP = "'yield' inside generator expression";

// ---- compiler (CPython's compile.c) ----
export const RETURN_OUTSIDE_FUNCTION = "'return' outside function";
export const YIELD_OUTSIDE_FUNCTION = "'yield' outside function";
export const AWAIT_OUTSIDE_FUNCTION = "'await' outside function";
export const AWAIT_OUTSIDE_ASYNC = "'await' outside async function";
export const YIELD_FROM_IN_ASYNC = "'yield from' inside async function";
export const RETURN_IN_ASYNC_GEN = "'return' with value in async generator";
export const ASYNC_COMP_OUTSIDE_ASYNC = 'asynchronous comprehension outside of an asynchronous function';
export const BREAK_OUTSIDE_LOOP = "'break' outside loop";
export const CONTINUE_OUTSIDE_LOOP = "'continue' not properly in loop";
export const ASSIGN_DEBUG = 'cannot assign to __debug__';
export const DELETE_DEBUG = 'cannot delete __debug__';
export const ASYNC_FOR_OUTSIDE_ASYNC = "'async for' outside async function";
export const ASYNC_WITH_OUTSIDE_ASYNC = "'async with' outside async function";
export const STARRED_ASSIGN_TWICE = 'multiple starred expressions in assignment';
export const STARRED_TOO_MANY = 'too many expressions in star-unpacking assignment';
export const STARRED_OUTSIDE = "can't use starred expression here";
export const STARRED_ASSIGN_TARGET = 'starred assignment target must be in a list or tuple';
export const DEFAULT_EXCEPT_NOT_LAST = "default 'except:' must be last";
export const MATCH_IRREFUTABLE_NAME = (n: string) => `name capture '${n}' makes remaining patterns unreachable`;
export const MATCH_IRREFUTABLE_WILDCARD = 'wildcard makes remaining patterns unreachable';
export const MATCH_MULTIPLE_ASSIGN = (n: string) => `multiple assignments to name '${n}' in pattern`;
export const MATCH_ALT_BIND_DIFFERENT = 'alternative patterns bind different names';
export const MATCH_STAR_MULTIPLE = 'multiple starred names in sequence pattern';
export const MATCH_KEY_DUPLICATE = (r: string) => `mapping pattern checks duplicate key (${r})`;
export const MATCH_KEY_INVALID = 'mapping pattern keys may only match literals and attribute lookups';
export const MATCH_KWD_REPEATED = (n: string) => `attribute name repeated in class pattern: ${n}`;

// ---- tokenizer and parser messages (CPython 3.11's Parser/tokenizer.c, Parser/pegen_errors.c,
// Grammar/python.gram invalid_* rules, Parser/string_parser.c), spelled once here ----

/** U+XXXX as CPython prints it: at least 4 upper-case hex digits. */
function codePointName(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

export const MSG = {
  invalidSyntax: 'invalid syntax',
  /** compile(..., 'single') of more than one statement (pegen.c bad_single_statement). */
  multipleStatements: 'multiple statements found while compiling a single statement',
  tabError: 'inconsistent use of tabs and spaces in indentation',
  tooDeepIndent: 'too many levels of indentation',
  dedentMismatch: 'unindent does not match any outer indentation level',
  unexpectedIndent: 'unexpected indent',
  unexpectedUnindent: 'unexpected unindent',
  unexpectedEof: 'unexpected EOF while parsing',
  lineContinuation: 'unexpected character after line continuation character',
  tooManyParens: 'too many nested parentheses',
  leadingZeros:
    'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
  forgotComma: 'invalid syntax. Perhaps you forgot a comma?',
  maybeEquals: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
  expectedColon: "expected ':'",
  expectedElse: "expected 'else' after 'if' expression",
  genexpParens: 'Generator expression must be parenthesized',
  posAfterKw: 'positional argument follows keyword argument',
  posAfterKwUnpack: 'positional argument follows keyword argument unpacking',
  iterAfterKwUnpack: 'iterable argument unpacking follows keyword argument unpacking',
  nonDefaultAfterDefault: 'non-default argument follows default argument',
  mixBytes: 'cannot mix bytes and nonbytes literals',
  yieldAssign: 'assignment to yield expression not possible',
  /**
   * Nesting deeper than the parser's recursion guard. CPython 3.11 raises a bare MemoryError
   * there (3.12 words it like this); the host may present this SyntaxError as that MemoryError.
   */
  parserStackOverflow: 'Parser stack overflowed - Python source too complex to parse',
  unmatched: (ch: string) => `unmatched '${ch}'`,
  neverClosed: (ch: string) => `'${ch}' was never closed`,
  parenMismatch: (close: string, open: string) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}'`,
  parenMismatchLine: (close: string, open: string, line: number) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${line}`,
  unterminatedString: (line: number) => `unterminated string literal (detected at line ${line})`,
  unterminatedTriple: (line: number) =>
    `unterminated triple-quoted string literal (detected at line ${line})`,
  invalidLiteral: (kind: string) => `invalid ${kind} literal`,
  invalidDigit: (d: string, kind: string) => `invalid digit '${d}' in ${kind} literal`,
  invalidCharacter: (cp: number) =>
    `invalid character '${String.fromCodePoint(cp)}' (${codePointName(cp)})`,
  nonPrintable: (cp: number) => `invalid non-printable character ${codePointName(cp)}`,
  expectedIndent: (what: string, line: number) =>
    `expected an indented block after ${what} on line ${line}`,
  cannotAssign: (what: string) => `cannot assign to ${what}`,
  cannotAssignMaybe: (what: string) =>
    `cannot assign to ${what} here. Maybe you meant '==' instead of '='?`,
  cannotDelete: (what: string) => `cannot delete ${what}`,
  illegalAugTarget: (what: string) => `'${what}' is an illegal expression for augmented assignment`,
  illegalAnnTarget: 'illegal target for annotation',
  onlySingleTargetAnn: (what: string) => `only single target (not ${what}) can be annotated`,
  missingParens: (name: string) =>
    `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`,
  fstring: (what: string) => `f-string: ${what}`,
  walrusTarget: (what: string) => `cannot use assignment expressions with ${what}`,
  trailingComma: 'trailing comma not allowed without surrounding parentheses',
  slashTwice: '/ may appear only once',
  slashAfterStar: '/ must be ahead of *',
  slashFirst: 'at least one argument must precede /',
  starTwice: '* argument may appear only once',
  bareStar: 'named arguments must follow bare *',
  varargDefault: 'var-positional argument cannot have default value',
  kwargDefault: 'var-keyword argument cannot have default value',
  argsAfterKwarg: 'arguments cannot follow var-keyword argument',
  exceptMix: "cannot have both 'except' and 'except*' on the same 'try'",
  exceptParens: 'multiple exception types must be parenthesized',
  exceptStarType: 'expected one or more exception types',
  imaginaryRequired: 'imaginary number required in complex literal',
  realRequired: 'real number required in complex literal',
  positionalPatternAfterKw: 'positional patterns follow keyword patterns',
  underscoreTarget: "cannot use '_' as a target",
  invalidPatternTarget: 'invalid pattern target',
  starredHere: 'cannot use starred expression here',
  unpackInComp: 'iterable unpacking cannot be used in comprehension',
  dictUnpackInComp: 'dict unpacking cannot be used in dict comprehension',
  kwargExpression: 'expression cannot contain assignment, perhaps you meant "=="?',
  dictColon: "':' expected after dictionary key",
  dictValue: "expression expected after dictionary key and ':'",
  expectedParen: "expected '('",
  bytesAscii: 'bytes can only contain ASCII literal characters',
  /** A decimal int literal beyond sys.get_int_max_str_digits() (CPython's _PyPegen_number_token
   *  rewords int()'s ValueError). */
  intLiteralDigits: (limit: number, digits: number) =>
    `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; ` +
    'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge ' +
    'integer literals to avoid decimal conversion limits.',
  exceptOrFinally: "expected 'except' or 'finally' block",
};
export const MATCH_VALUE_INVALID = 'patterns may only match literals and attribute lookups';
export const FUTURE_LATE = 'from __future__ imports must occur at the beginning of the file';
export const FUTURE_UNKNOWN = (n: string) => `future feature ${n} is not defined`;
export const FUTURE_BRACES = 'not a chance';
