// The tokenizer: Python 3.11 source text -> an array of tokens, made up front in one pass (as
// pyright and acorn do), so the parser can look ahead and back freely.
//
// It follows CPython's Parser/tokenizer.c in what it accepts and in where it reports errors:
// - Lines end at `\n` after `\r\n`/`\r` are normalized; a final newline is added if missing.
// - At the start of a logical line outside brackets the indentation is measured twice, with tabs
//   to the next multiple of 8 and with tabs as 1 column; both stacks must agree (else TabError).
//   Blank and comment-only lines produce no tokens at all (CPython's NL/COMMENT are not needed).
// - Inside brackets newlines and indentation are ignored; the bracket stack gives the
//   "never closed" / "does not match" errors.
// - An f-string is one STRING token; the parser parses its inside.
//
// Invariant: the tokenizer never throws. It stops at the first error and ends the array with an
// ERRORTOKEN carrying the PySyntaxError (its `value` is the TokErrorKind); the parser throws it
// when (and only if) it gets there, which reproduces CPython's lazy tokenizing: a parse error
// earlier in the file wins, except that a 'pyerr' error, or a bracket left open on an earlier
// line ('eof'), replaces it as CPython's final check of the rest of the file does (parser.ts).
//
// INDENT, DEDENT and ENDMARKER carry no columns (-1, as in CPython) but the scan position an
// error there reports (`curCol`); the final DEDENTs and the ENDMARKER sit on the last line.

import { PySyntaxError, MSG, type SyntaxErrorKind } from './messages.js';
import {
  TokenType, OPERATORS_BY_CHAR, STRING_PREFIXES, mkToken, type Token,
} from './tokens.js';

export interface OpenBracket { ch: string; lineno: number; col: number }

export interface TokenizeResult {
  tokens: Token[];
  /** Source lines without their `\n`, index 0 = line 1 (for error text). */
  lines: string[];
  /** Brackets still open when the tokenizer stopped (at EOF or at its error). */
  open: OpenBracket[];
  /** The normalized source the token positions refer to. */
  source: string;
}

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiIdStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
/** CPython's is_potential_identifier_char: ASCII letters, digits, `_`, anything non-ASCII. */
const isPotentialIdChar = (c: number) => isAsciiIdStart(c) || isDigit(c) || c >= 128;
const isPotentialIdStart = (c: number) => isAsciiIdStart(c) || c >= 128;
const ID_START_RE = /^[\p{XID_Start}_]$/u;
const ID_CONTINUE_RE = /^\p{XID_Continue}$/u;

/** Normalize line endings and add the final newline CPython's tokenizer adds. A leading BOM is
 *  dropped (a file's; `keepBom`: compile() of a str, where CPython rejects the character). */
export function normalizeSource(source: string, keepBom = false): string {
  if (!keepBom && source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.indexOf('\r') >= 0) source = source.replace(/\r\n?/g, '\n');
  if (source.length > 0 && !source.endsWith('\n')) source += '\n';
  return source;
}

/**
 * How a tokenizer error behaves (CPython: whether the tokenizer set an exception itself or only a
 * `tok->done` code for the parser to turn into one): a 'pyerr' error found after the point where
 * parsing failed replaces the parser's error (_PyPegen_tokenize_full_source_to_check_for_errors);
 * a 'done' one (indentation, tabs, line continuation, EOF) matters only if the parser gets there.
 */
export type TokErrorKind = 'pyerr' | 'done' | 'eof';

/** Errors the tokenizer raised itself ('pyerr'): CPython's SyntaxError.text for them is the line
 *  without its line break (tokenizer.c _syntaxerror_range), where the parser's include it. */
export const TOKENIZER_RAISED = new WeakSet<PySyntaxError>();

class TokenizerError {
  constructor(readonly error: PySyntaxError, readonly how: TokErrorKind) {}
}

export function tokenize(rawSource: string, filename: string, keepBom = false): TokenizeResult {
  const src = normalizeSource(rawSource, keepBom);
  const lines = src.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const hasAstral = /[\ud800-\udfff]/.test(src);
  const tokens: Token[] = [];
  const n = src.length;

  let pos = 0;
  let lineno = 1;
  let lineStart = 0;
  let atBol = true;
  const indents: number[] = [0];
  const altIndents: number[] = [0];
  const open: OpenBracket[] = [];

  /** Code-point column of UTF-16 index `i` on the line starting at `ls`. */
  const colAt = (i: number, ls: number = lineStart): number => {
    if (!hasAstral) return i - ls;
    let c = 0;
    for (let k = ls; k < i; k++) {
      const u = src.charCodeAt(k);
      if (u < 0xdc00 || u > 0xdfff || k === ls) c++;
      else if (src.charCodeAt(k - 1) < 0xd800 || src.charCodeAt(k - 1) > 0xdbff) c++;
    }
    return c;
  };
  const lineText = (ln: number) => lines[ln - 1] ?? '';

  const fail = (
    msg: string, ln: number, offset: number, endLn = ln, endOffset = offset,
    kind: SyntaxErrorKind = 'SyntaxError', how: TokErrorKind = 'pyerr',
  ): never => {
    throw new TokenizerError(
      new PySyntaxError(kind, msg, filename, ln, offset, lineText(ln), endLn, endOffset), how);
  };
  /** CPython's `syntaxerror(tok, ...)`: offset = code points up to the scan position. */
  const failHere = (msg: string, at: number = pos): never => {
    const off = colAt(at);
    return fail(msg, lineno, off, lineno, off);
  };

  const push = (type: TokenType, value: string, start: number, sLine: number, sLs: number,
    end: number) => {
    tokens.push(mkToken(type, value, sLine, colAt(start, sLs), lineno, colAt(end), open.length));
  };

  const lineEndLen = () => {
    // Length of the current line including its newline, in code points (CPython's cur - line_start
    // after reading the whole line).
    let e = src.indexOf('\n', lineStart);
    if (e < 0) e = n; else e++;
    return colAt(e);
  };

  try {
    for (;;) {
      // ---- start of a line: indentation ----
      if (atBol) {
        atBol = false;
        let col = 0;
        let altcol = 0;
        // Indentation cannot be split over physical lines with backslashes: the column where
        // the first continuation appears is the line's indentation (unless it is 0, then the
        // counting goes on on the next line), as CPython's tokenizer does.
        let contCol = 0;
        let i = pos;
        for (; i < n; i++) {
          const c = src[i];
          if (c === ' ') { col++; altcol++; }
          else if (c === '\t') { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; altcol++; }
          else if (c === '\f') { col = altcol = 0; }
          else if (c === '\\') {
            contCol = contCol || col;
            if (src[i + 1] !== '\n') {
              pos = i + 2;
              fail(MSG.lineContinuation, lineno, colAt(pos), lineno, 0, 'SyntaxError', 'done');
            }
            i++;
            lineno++;
            lineStart = i + 1;
          }
          else break;
        }
        pos = i;
        const c = i < n ? src[i] : '';
        const blank = c === '#' || c === '\n' || i >= n;
        if (contCol) col = altcol = contCol;
        if (!blank && open.length === 0) {
          const top = indents[indents.length - 1];
          const tabError = () => fail(MSG.tabError, lineno, 1, lineno, 0, 'TabError', 'done');
          if (col === top) {
            if (altcol !== altIndents[altIndents.length - 1]) tabError();
          } else if (col > top) {
            if (indents.length >= MAXINDENT) {
              fail(MSG.tooDeepIndent, lineno, colAt(pos) + 1, lineno, -1, 'IndentationError', 'done');
            }
            if (altcol <= altIndents[altIndents.length - 1]) tabError();
            indents.push(col);
            altIndents.push(altcol);
            tokens.push(mkToken(TokenType.INDENT, '', lineno, -1, lineno, -1, 0, colAt(pos)));
          } else {
            // Check before emitting: CPython reports the mismatch, not the DEDENTs before it.
            let k = indents.length - 1;
            while (k > 0 && col < indents[k]) k--;
            if (col !== indents[k]) {
              fail(MSG.dedentMismatch, lineno, lineEndLen(), lineno, -1, 'IndentationError', 'done');
            }
            if (altcol !== altIndents[k]) tabError();
            while (indents.length > k + 1) {
              indents.pop();
              altIndents.pop();
              tokens.push(mkToken(TokenType.DEDENT, '', lineno, -1, lineno, -1, 0, colAt(pos)));
            }
          }
        }
      }

      // ---- skip blanks ----
      let ch = src.charCodeAt(pos);
      while (ch === 32 || ch === 9 || ch === 12) ch = src.charCodeAt(++pos);

      const start = pos;
      const sLine = lineno;
      const sLs = lineStart;

      // ---- end of input ----
      if (pos >= n) {
        if (open.length > 0) {
          // CPython returns an error token at EOF inside brackets; the parser reports it as
          // "'(' was never closed".
          const lastLine = Math.max(1, lines.length);
          tokens.push(mkToken(TokenType.ERRORTOKEN, 'eof', lastLine, 0, lastLine, 0, open.length,
            -1, unclosedError(open[open.length - 1], filename, lines)));
          break;
        }
        // The final DEDENTs and ENDMARKER sit on the last line, with the scan position after
        // its newline (CPython's tokens there have no column of their own).
        const lastLine = Math.max(1, lines.length);
        const endLen = lines.length === 0 ? 0 : [...lineText(lastLine)].length + 1;
        for (let k = indents.length - 1; k > 0; k--) {
          tokens.push(mkToken(TokenType.DEDENT, '', lastLine, -1, lastLine, -1, 0, endLen));
        }
        tokens.push(mkToken(TokenType.ENDMARKER, '', lastLine, -1, lastLine, -1, 0, endLen));
        break;
      }

      // ---- comment: runs to the newline, which then ends the logical line ----
      if (ch === 35 /* # */) {
        while (pos < n && src.charCodeAt(pos) !== 10) pos++;
        ch = 10;
      }

      // ---- newline ----
      if (ch === 10) {
        const nlPos = pos;
        pos++;
        const wasBlank = tokens.length === 0 || endsLogicalLine(tokens[tokens.length - 1]);
        if (open.length === 0 && !wasBlank) {
          tokens.push(mkToken(TokenType.NEWLINE, '', sLine, colAt(start, sLs), sLine, colAt(nlPos, sLs), 0));
        }
        lineno++;
        lineStart = pos;
        if (open.length === 0) atBol = true;
        continue;
      }

      // ---- identifier, keyword or string prefix ----
      if (isPotentialIdStart(ch)) {
        let i = pos;
        while (i < n && isPotentialIdChar(src.charCodeAt(i))) i++;
        const word = src.slice(pos, i);
        const q = src[i];
        if ((q === '"' || q === "'") && word.length <= 2 && STRING_PREFIXES.has(word.toLowerCase())) {
          pos = i;
          scanString(start, sLine, sLs);
          continue;
        }
        let name = word;
        if (!/^[\x00-\x7f]*$/.test(word)) name = verifyIdentifier(word, pos);
        pos = i;
        push(TokenType.NAME, name, start, sLine, sLs, pos);
        continue;
      }

      // ---- number ----
      if (isDigit(ch) || (ch === 46 && isDigit(src.charCodeAt(pos + 1)))) {
        scanNumber();
        push(TokenType.NUMBER, src.slice(start, pos), start, sLine, sLs, pos);
        continue;
      }

      // ---- string without prefix ----
      if (ch === 34 || ch === 39) {
        scanString(start, sLine, sLs);
        continue;
      }

      // ---- line continuation ----
      if (ch === 92 /* \ */) {
        pos++;
        if (pos >= n) {
          fail(MSG.unexpectedEof, lineno, lineEndLen(), lineno, -1, 'SyntaxError', 'done');
        }
        if (src.charCodeAt(pos) !== 10) {
          pos++;
          fail(MSG.lineContinuation, lineno, colAt(pos), lineno, 0, 'SyntaxError', 'done');
        }
        pos++;
        lineno++;
        lineStart = pos;
        if (pos >= n) {
          lineno--;
          fail(MSG.unexpectedEof, lineno, [...lineText(lineno)].length + 1, lineno, -1, 'SyntaxError', 'done');
        }
        continue;
      }

      // ---- operators and brackets ----
      const cands = OPERATORS_BY_CHAR.get(src[pos]);
      if (cands !== undefined) {
        let op = '';
        for (const cand of cands) {
          if (src.startsWith(cand, pos)) { op = cand; break; }
        }
        pos += op.length;
        if (op === '(' || op === '[' || op === '{') {
          if (open.length >= MAXLEVEL) failHere(MSG.tooManyParens);
          open.push({ ch: op, lineno, col: colAt(start) });
        } else if (op === ')' || op === ']' || op === '}') {
          if (open.length === 0) failHere(MSG.unmatched(op));
          const o = open.pop()!;
          const want = o.ch === '(' ? ')' : o.ch === '[' ? ']' : '}';
          if (want !== op) {
            if (o.lineno !== lineno) {
              failHere(MSG.parenMismatchLine(op, o.ch, o.lineno));
            } else {
              failHere(MSG.parenMismatch(op, o.ch));
            }
          }
        }
        push(TokenType.OP, op, start, sLine, sLs, pos);
        continue;
      }

      // ---- anything else ----
      const cp = src.codePointAt(pos)!;
      pos += cp > 0xffff ? 2 : 1;
      if (cp < 128 && cp >= 32 && cp !== 127) {
        // `$`, `?`, a backtick: CPython makes an ERRORTOKEN the parser reports as invalid syntax.
        tokens.push(mkToken(TokenType.OP, String.fromCodePoint(cp), lineno, colAt(start), lineno, colAt(pos), open.length));
        continue;
      }
      failHere(badCharMessage(cp));
    }
  } catch (e) {
    if (!(e instanceof TokenizerError)) throw e;
    const err = e.error;
    if (e.how === 'pyerr') TOKENIZER_RAISED.add(err);
    tokens.push(mkToken(TokenType.ERRORTOKEN, e.how, err.lineno, Math.max(0, err.offset - 1),
      err.lineno, Math.max(0, err.offset - 1), open.length, -1, err));
  }
  return { tokens, lines, open, source: src };

  // ---- helpers that advance `pos` (closures over the scanner state) ----

  /** NFKC-normalize a non-ASCII identifier, or fail on its first invalid character. */
  function verifyIdentifier(word: string, at: number): string {
    const norm = word.normalize('NFKC');
    const cps = [...norm];
    let bad = -1;
    for (let k = 0; k < cps.length; k++) {
      if (!(k === 0 ? ID_START_RE : ID_CONTINUE_RE).test(cps[k])) { bad = k; break; }
    }
    if (bad < 0) return norm;
    // Locate the offending character in the original text (normalization may change lengths;
    // CPython reports the character that made the prefix invalid).
    const orig = [...word];
    let k = 0;
    let idx = at;
    for (; k < orig.length; k++) {
      const prefix = orig.slice(0, k + 1).join('').normalize('NFKC');
      const pcs = [...prefix];
      let ok = true;
      for (let j = 0; j < pcs.length; j++) {
        if (!(j === 0 ? ID_START_RE : ID_CONTINUE_RE).test(pcs[j])) { ok = false; break; }
      }
      if (!ok) break;
      idx += orig[k].length;
    }
    const cp = orig[k].codePointAt(0)!;
    pos = idx + orig[k].length;
    return failHere(badCharMessage(cp));
  }

  function scanString(start: number, sLine: number, sLs: number): void {
    const q = src[pos];
    const triple = src[pos + 1] === q && src[pos + 2] === q;
    pos += triple ? 3 : 1;
    for (;;) {
      if (pos >= n) {
        const detected = lines.length;
        const off = colAt(start, sLs) + 1;
        fail(triple ? MSG.unterminatedTriple(detected) : MSG.unterminatedString(detected), sLine, off, sLine, off);
      }
      const c = src[pos];
      if (c === '\n') {
        if (!triple) {
          const off = colAt(start, sLs) + 1;
          fail(MSG.unterminatedString(lineno), sLine, off, sLine, off);
        }
        pos++;
        lineno++;
        lineStart = pos;
        continue;
      }
      if (c === '\\') {
        pos++;
        if (src[pos] === '\n') {
          pos++;
          lineno++;
          lineStart = pos;
        } else if (pos < n) {
          pos += (src.codePointAt(pos)! > 0xffff ? 2 : 1);
        }
        continue;
      }
      if (c === q) {
        if (!triple) { pos++; break; }
        if (src[pos + 1] === q && src[pos + 2] === q) { pos += 3; break; }
      }
      pos++;
    }
    push(TokenType.STRING, src.slice(start, pos), start, sLine, sLs, pos);
  }

  /** Digits of one base with single underscores between them; `pos` is on the first digit. */
  function scanDigits(isD: (c: number) => boolean, kind: string): void {
    for (;;) {
      while (isD(src.charCodeAt(pos))) pos++;
      if (src.charCodeAt(pos) !== 95) return;
      pos++;
      if (!isD(src.charCodeAt(pos))) {
        pos++;
        failHere(MSG.invalidLiteral(kind), pos - 1);
      }
    }
  }

  /** CPython's verify_end_of_number: a number glued to a name is an error (except keywords). */
  function verifyEnd(kind: string): void {
    const c = src.charCodeAt(pos);
    if (!isPotentialIdChar(c)) return;
    const rest = src.slice(pos, pos + 5);
    if (/^(and|else|for|if|in|is|or|not)/.test(rest)) return; // a SyntaxWarning in CPython
    failHere(MSG.invalidLiteral(kind));
  }

  function scanNumber(): void {
    const c0 = src.charCodeAt(pos);
    if (c0 === 48 /* 0 */) {
      const x = src.charCodeAt(pos + 1) | 0x20;
      const base = x === 120 ? 16 : x === 111 ? 8 : x === 98 ? 2 : 0;
      if (base) {
        const kind = base === 16 ? 'hexadecimal' : base === 8 ? 'octal' : 'binary';
        const isD = base === 16
          ? (c: number) => isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102)
          : base === 8 ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
        pos += 2;
        let c = src.charCodeAt(pos);
        if (c === 95) { pos++; c = src.charCodeAt(pos); }
        if (!isD(c)) {
          if (base !== 16 && isDigit(c)) { pos++; failHere(MSG.invalidDigit(String.fromCharCode(c), kind)); }
          failHere(MSG.invalidLiteral(kind));
        }
        scanDigits(isD, kind);
        const c2 = src.charCodeAt(pos);
        if (base !== 16 && isDigit(c2)) { pos++; failHere(MSG.invalidDigit(String.fromCharCode(c2), kind)); }
        verifyEnd(kind);
        return;
      }
    }
    if (c0 !== 46) {
      const digStart = pos;
      scanDigits(isDigit, 'decimal');
      const intText = src.slice(digStart, pos);
      const c = src.charCodeAt(pos);
      if (c0 === 48 && /[1-9]/.test(intText) && c !== 46 && (c | 0x20) !== 101 && (c | 0x20) !== 106) {
        // Leading zeros: CPython's span runs from the literal's start to the end of its zeros.
        const zerosEnd = digStart + /^[0_]*/.exec(intText)![0].length;
        fail(MSG.leadingZeros, lineno, colAt(digStart) + 1, lineno, colAt(zerosEnd) + 1);
      }
    }
    if (src.charCodeAt(pos) === 46) {
      pos++;
      if (isDigit(src.charCodeAt(pos))) scanDigits(isDigit, 'decimal');
    }
    const e = src.charCodeAt(pos);
    if ((e | 0x20) === 101) {
      const ePos = pos;
      pos++;
      let c = src.charCodeAt(pos);
      if (c === 43 || c === 45) {
        pos++;
        c = src.charCodeAt(pos);
        if (!isDigit(c)) { pos++; failHere(MSG.invalidLiteral('decimal'), pos - 1); }
      } else if (!isDigit(c)) {
        pos = ePos;
        failHere(MSG.invalidLiteral('decimal'));
      }
      scanDigits(isDigit, 'decimal');
    }
    if ((src.charCodeAt(pos) | 0x20) === 106) {
      pos++;
      verifyEnd('imaginary');
    } else verifyEnd('decimal');
  }
}

const NON_PRINTABLE_RE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** CPython's message for a character no token can start with (str.isprintable decides). */
function badCharMessage(cp: number): string {
  const ch = String.fromCodePoint(cp);
  return cp !== 32 && NON_PRINTABLE_RE.test(ch) ? MSG.nonPrintable(cp) : MSG.invalidCharacter(cp);
}

/** True if `last` leaves no token on the current logical line (so its newline is no NEWLINE). */
function endsLogicalLine(last: Token): boolean {
  return last.type === TokenType.NEWLINE || last.type === TokenType.INDENT || last.type === TokenType.DEDENT;
}

/** CPython's raise_unclosed_parentheses_error. */
export function unclosedError(o: OpenBracket, filename: string, lines: string[]): PySyntaxError {
  return new PySyntaxError('SyntaxError', MSG.neverClosed(o.ch), filename, o.lineno, o.col + 1,
    lines[o.lineno - 1] ?? '', o.lineno, 0);
}

