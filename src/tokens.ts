// Token kinds and the fixed tables the tokenizer matches against: operators, keywords, string
// prefixes. The tables here are the one source; the tokenizer's fast lookups are built from them
// at module load (pyright's `_keywords` map does the same).
//
// Positions follow CPython's tokenizer: `lineno`/`endLineno` 1-based, `col`/`endCol` 0-based code
// points. Lines are counted after `\r\n` and `\r` have been normalized to `\n`.

import type { PySyntaxError } from './messages.js';

export const enum TokenType {
  NAME,
  NUMBER,
  STRING,
  OP,
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER,
  /** Stands where the tokenizer stopped at an error; the parser throws `Token.error` on reaching it. */
  ERRORTOKEN,
}


export interface Token {
  type: TokenType;
  /** NAME: the identifier (NFKC-normalized); OP: the operator; NUMBER/STRING: the source text. */
  value: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  /** Bracket nesting depth after this token (CPython's `tok->level` when the token was made). */
  level: number;
  /**
   * INDENT, DEDENT and ENDMARKER have no columns of their own (col = endCol = -1, as CPython's);
   * an error reported at one uses the tokenizer's scan position on that line, kept here (a
   * 1-based offset). -1 for every other token.
   */
  curCol: number;
  /** ERRORTOKEN only; its `value` says how the error behaves (tokenizer.ts TokErrorKind). */
  error?: PySyntaxError;
}

/** Makes every token with the same fields in the same order, so V8 keeps one object shape. */
export function mkToken(
  type: TokenType, value: string, lineno: number, col: number, endLineno: number, endCol: number,
  level: number, curCol = -1, error?: PySyntaxError,
): Token {
  return { type, value, lineno, col, endLineno, endCol, level, curCol, error };
}

/** Hard keywords of Python 3.11 (soft keywords `match`, `case`, `_` are NAMEs to the parser). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

/** Every operator and delimiter, longest first so a greedy scan takes `**=` before `**`. */
export const OPERATORS: readonly string[] = [
  '**=', '//=', '>>=', '<<=', '...',
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>',
  '@=', '^=', '|=',
  '!', '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']',
  '^', '{', '|', '}', '~',
];

/** Operators by first character, longest first: built from OPERATORS, never edited by hand. */
export const OPERATORS_BY_CHAR: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const op of OPERATORS) {
    const list = m.get(op[0]) ?? [];
    list.push(op);
    m.set(op[0], list);
  }
  return m;
})();

/** Augmented-assignment operators and the binary operator each one applies. */
export const AUG_ASSIGN_OPS: ReadonlyMap<string, string> = new Map([
  ['+=', 'Add'], ['-=', 'Sub'], ['*=', 'Mult'], ['@=', 'MatMult'], ['/=', 'Div'], ['%=', 'Mod'],
  ['&=', 'BitAnd'], ['|=', 'BitOr'], ['^=', 'BitXor'], ['<<=', 'LShift'], ['>>=', 'RShift'],
  ['**=', 'Pow'], ['//=', 'FloorDiv'],
]);

/** Valid string prefixes, lower-cased (the tokenizer compares case-insensitively). */
export const STRING_PREFIXES: ReadonlySet<string> = new Set([
  '', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf',
]);
