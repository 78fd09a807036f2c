// String literals: a run of adjacent STRING tokens -> one Constant (str or bytes) or, if any is
// an f-string, one JoinedStr. Owns prefixes, implicit concatenation, backslash escapes (\N{...}
// through the generated table in unicodenames.gen.ts) and the cutting of f-strings into literal
// parts and replacement fields. The grammar stays in parser.ts: it calls parseStringTokens with
// a StringContext, through which every error is raised and every field's expression is parsed.
//
// Technique. An f-string's replacement fields are cut out of the token text as CPython 3.11's
// Parser/string_parser.c does (the tokenizer saw one opaque token), and each expression is parsed
// by a nested Parser on the text `(expr)`, shifted so its nodes get source positions: line/column
// of the `{`, counted the way CPython counts them (the column shift applies to the first line of
// the expression only). Every Constant and FormattedValue inside a JoinedStr spans the whole run
// of tokens, as in CPython 3.11.

import type * as A from './ast.js';
import { MSG } from './messages.js';
import type { Token } from './tokens.js';
import { UNICODE_NAMES } from './unicodenames.gen.js';

type Loc = A.Pos;

export interface StringContext {
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

export function parseStringTokens(toks: Token[], whole: Loc, ctx: StringContext): A.Expr {
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
