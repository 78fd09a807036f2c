// compile(), exec() and eval() of source text: the host's half (the core's half is
// assembly/vm/compile.ts). The core cannot compile; it sends the source in a request block and
// gets back a blob in the import format of src/modules.ts (kind 0: the marshalled code object;
// kind 2: a SyntaxError's details):
//
//   request: +0 u8 mode (0 'exec', 1 'eval', 2 'single') | +1 u8 bit 0: the source is bytes
//            (decoded as a source file is: a UTF-8 BOM, a coding cookie; else it is UTF-8 text)
//            | +2 u16 0 | +4 u32 compiler flags (CPython's: CO_FUTURE_ANNOTATIONS counts)
//            | +8 u32 recursion depth now | +12 u32 recursion limit
//            | +16 u32 n | +20 filename (n bytes, UTF-8) | the source, to the end
//   answer:  the import blob; kind 3 (no payload): RecursionError "maximum recursion depth
//            exceeded during compilation"
//
// What CPython does and this reproduces:
//   - each mode has its start rule (parser.ts parseMode) and its code shape (compiler.ts
//     compileMod); the code objects carry the filename given, not the caller's;
//   - a SyntaxError found by the parser carries the offending line of the source as text (with
//     its line break where the source has one: compile() adds no final newline to 'eval' and
//     'single' input); one found later (symbol table, compiler: "'return' outside function",
//     "no binding for nonlocal") carries the line of the *file* of that name, or None when
//     there is no such file (PyErr_ProgramTextObject);
//   - tracebacks through the code show the lines of the file of that name, not of the compiled
//     string (linecache): for "<string>" and any name that is no file, no source lines;
//   - compiling counts against the recursion limit: CPython's symbol table starts at 3 x the
//     current depth, adds 1 per level of statement, expression and pattern nesting, and fails
//     past 3 x the limit (COMPILER_STACK_FRAME_SCALE), so deep code that calls exec() gets
//     "maximum recursion depth exceeded during compilation".
//
// Invariants: a code object's registry ids live until the run ends (endRun), like an imported
// module's; compiling the same request twice in one run answers the first blob (no new ids),
// so a loop of exec() calls does not grow the registry.

import { parseMode, INT_MAX_STR_DIGITS_DEFAULT, type ParseMode } from './parser.js';
import { TOKENIZER_RAISED } from './tokenizer.js';
import { compileMod } from './compiler.js';
import { marshalCode, type CodeObject } from './bytecode/code.js';
import type * as A from './ast.js';
import { PySyntaxError } from './messages.js';
import type { CodeRegistry } from './codereg.js';
import { codeBlob, syntaxErrorBlob, readSourceText, type ReadFile } from './modules.js';

const MODES: readonly ParseMode[] = ['exec', 'eval', 'single'];
/** CPython's CO_FUTURE_ANNOTATIONS (and PyCF's bit for `from __future__ import annotations`). */
const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** Compiled strings kept across runs (an exec() in a loop compiles once). */
const CACHE_MAX = 256;

/** A BOM in compile()'s text is a character (CPython: invalid non-printable character U+FEFF). */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class DynamicCompiler {
  /** request key -> compiled code or the error it raised (insertion order = age). */
  private readonly cache = new Map<string, CodeObject | PySyntaxError>();
  /** request key -> the blob answered in this run (its code objects registered). */
  private runBlobs = new Map<string, Uint8Array>();
  private runIds: number[] = [];

  constructor(
    private readonly registry: CodeRegistry,
    private readonly read: ReadFile,
    /** sys.get_int_max_str_digits() of the running program: int literals are checked with it */
    private readonly digitLimit: () => number = () => INT_MAX_STR_DIGITS_DEFAULT,
  ) {}

  startRun(): void {
    this.runBlobs = new Map();
    this.runIds = [];
  }

  endRun(): void {
    this.registry.release(this.runIds);
    this.runIds = [];
    this.runBlobs = new Map();
  }

  /** Answers one request block (the layout above). */
  compile(request: Uint8Array): Uint8Array {
    const view = new DataView(request.buffer, request.byteOffset, request.byteLength);
    const mode = MODES[request[0]] ?? 'exec';
    const isBytes = (request[1] & 1) !== 0;
    const flags = view.getUint32(4, true);
    const depth = view.getUint32(8, true);
    const limit = view.getUint32(12, true);
    const n = view.getUint32(16, true);
    const fn = request.subarray(20, 20 + n);
    const filename = utf8Decoder.decode(fn);
    const raw = request.subarray(20 + n);
    const key = `${mode}\0${flags & CO_FUTURE_ANNOTATIONS}\0${isBytes ? 1 : 0}\0${this.digitLimit()}\0${filename}\0${isBytes ? latin1(raw) : utf8Decoder.decode(raw)}`;
    let blob = this.runBlobs.get(key);
    if (blob === undefined) {
      blob = this.answer(key, mode, isBytes, flags, filename, fn, raw);
      this.runBlobs.set(key, blob);
    }
    // the same source may compile at one depth and not at a deeper one
    const nesting = NESTING.get(blob);
    if (nesting !== undefined && SCALE * depth + nesting > SCALE * limit) return RECURSION_BLOB;
    return blob;
  }

  private answer(key: string, mode: ParseMode, isBytes: boolean, flags: number, filename: string, fn: Uint8Array, raw: Uint8Array): Uint8Array {
    let result = this.cache.get(key);
    let source = '';
    if (result === undefined) {
      try {
        source = isBytes ? decodeSourceBytes(raw, filename, mode) : utf8Decoder.decode(raw);
        result = this.compileText(source, filename, mode, (flags & CO_FUTURE_ANNOTATIONS) !== 0);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        result = e;
      }
      this.cache.set(key, result);
      if (this.cache.size > CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
    } else {
      this.cache.delete(key);
      this.cache.set(key, result);
    }
    if (result instanceof PySyntaxError) {
      return syntaxErrorBlob(fn, result, TEXT_OF.get(result));
    }
    const ids = this.registry.registerModule(result, readSourceText(this.read, filename), filename);
    this.runIds.push(...ids.ids);
    const blob = codeBlob(0, fn, marshalCode(result, ids.hostIdOf));
    NESTING.set(blob, NESTING_OF.get(result) ?? 0);
    return blob;
  }

  /** Parses and compiles; a SyntaxError's text is settled here (TEXT_OF). */
  private compileText(source: string, filename: string, mode: ParseMode, futureAnnotations: boolean): CodeObject {
    let mod;
    try {
      mod = parseMode(source, filename, mode, { maxStrDigits: this.digitLimit() });
    } catch (e) {
      if (e instanceof PySyntaxError) TEXT_OF.set(e, parserText(e, source, mode));
      throw e;
    }
    try {
      const code = compileMod(mod, filename, source, futureAnnotations);
      NESTING_OF.set(code, nestingOf(mod));
      return code;
    } catch (e) {
      if (e instanceof PySyntaxError) TEXT_OF.set(e, this.fileLine(filename, e.lineno));
      throw e;
    }
  }

  /** Line `lineno` of the file `filename` with its line break, or null (no such file or line). */
  private fileLine(filename: string, lineno: number): string | null {
    const text = readSourceText(this.read, filename);
    if (text === null || lineno < 1) return null;
    const lines = text.split(/\r\n|\r|\n/);
    return lineno <= lines.length ? `${lines[lineno - 1]}\n` : null;
  }
}

/** CPython's COMPILER_STACK_FRAME_SCALE. */
const SCALE = 3;
/** The answer to a compilation that would pass the recursion limit. */
const RECURSION_BLOB = Uint8Array.of(3, 0, 0, 0, 0);
/** The nesting depth of each compiled code object's source, and of each code blob answered. */
const NESTING_OF = new WeakMap<CodeObject, number>();
const NESTING = new WeakMap<Uint8Array, number>();

/**
 * How deep CPython's symbol table recurses for `mod`: one level per statement, expression and
 * pattern node on the deepest path (the module itself, arguments, keywords, comprehensions,
 * handlers and other helper nodes do not count, as symtable.c checks the depth only when it
 * visits those three kinds).
 */
function nestingOf(mod: A.Mod): number {
  const walk = (node: unknown): number => {
    if (Array.isArray(node)) {
      let m = 0;
      for (const x of node) m = Math.max(m, walk(x));
      return m;
    }
    if (node === null || typeof node !== 'object' || typeof (node as { kind?: unknown }).kind !== 'string') return 0;
    let m = 0;
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') m = Math.max(m, walk(v));
    const kind = (node as { kind: string }).kind;
    const counts = /^[A-Z]/.test(kind) && !NOT_COUNTED.has(kind);
    return counts ? m + 1 : m;
  };
  return walk(mod);
}
const NOT_COUNTED = new Set(['Module', 'Expression', 'Interactive', 'ExceptHandler']);

/** The text a SyntaxError reports (undefined: the error's own, as syntaxErrorBlob words it). */
const TEXT_OF = new WeakMap<PySyntaxError, string | null>();

/** A parser error's text: its line, with the line break the input has after it ('exec' input
 *  always has one: CPython adds a final newline to a file), except for an error the tokenizer
 *  raised itself (TOKENIZER_RAISED). */
function parserText(e: PySyntaxError, source: string, mode: ParseMode): string | null {
  if (e.lineno < 1 || e.text === undefined || e.text === null) return e.text ?? null;
  if (TOKENIZER_RAISED.has(e)) return e.text;
  if (mode === 'exec') return `${e.text}\n`;
  const text = source.replace(/\r\n?/g, '\n');
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks < e.lineno; i = text.indexOf('\n', i + 1)) breaks++;
  return breaks >= e.lineno ? `${e.text}\n` : e.text;
}

// ---- bytes sources: the BOM, the coding cookie, decoding errors (CPython's tokenizer) ----

/** The end line of an error without an end position (the core makes its details 4 long). */
const NO_END = -0x80000000;

/** A SyntaxError raised before any line was read: line 0, no text, no end position. */
function earlyError(msg: string, filename: string): PySyntaxError {
  const e = new PySyntaxError('SyntaxError', msg, filename, 0, -1, '', NO_END, -1);
  TEXT_OF.set(e, null);
  return e;
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it knows itself. */
function normalEncoding(name: string): string {
  const s = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (s === 'utf-8' || s.startsWith('utf-8-')) return 'utf-8';
  for (const l of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (s === l || s.startsWith(`${l}-`)) return 'iso-8859-1';
  }
  return name;
}

/** The coding cookie of the first two lines (the second only after a blank or comment line). */
function codingCookie(raw: Uint8Array): string | null {
  const head = latin1(raw.subarray(0, 400));
  const lines = head.split(/\r\n|\r|\n/);
  const m1 = COOKIE.exec(lines[0] ?? '');
  if (m1) return m1[1];
  if (lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0])) {
    const m2 = COOKIE.exec(lines[1]);
    if (m2) return m2[1];
  }
  return null;
}

/** Decodes a bytes source as CPython's tokenizer does; throws PySyntaxError. */
export function decodeSourceBytes(raw: Uint8Array, filename: string, mode: ParseMode): string {
  let bytes = raw;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) bytes = bytes.subarray(3);
  const cookie = codingCookie(bytes);
  const enc = cookie === null ? 'utf-8' : normalEncoding(cookie);
  if (bom && enc !== 'utf-8') throw earlyError(`encoding problem: ${enc} with BOM`, filename);
  if (enc === 'utf-8' || enc.toLowerCase() === 'utf8') return decodeUtf8(bytes, filename, mode);
  if (enc === 'iso-8859-1') return latin1(bytes);
  if (/^(us-)?ascii$/i.test(enc)) {
    const bad = bytes.findIndex((b) => b >= 0x80);
    if (bad >= 0) {
      const hex = bytes[bad].toString(16).padStart(2, '0');
      throw earlyError(`'ascii' codec can't decode byte 0x${hex} in position ${bad}: ordinal not in range(128)`, filename);
    }
    return latin1(bytes);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(enc, { fatal: true });
  } catch {
    throw earlyError(`unknown encoding: ${cookie}`, filename);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw earlyError(`'${enc}' codec can't decode the source`, filename);
  }
}

/**
 * Strict UTF-8 with the messages of CPython's decoder ("invalid start byte", "invalid
 * continuation byte", "unexpected end of data"). CPython reports them from the string literal
 * being decoded; here the error points at the bad byte's line and column (position: its byte
 * within the line).
 */
function decodeUtf8(bytes: Uint8Array, filename: string, mode: ParseMode): string {
  const bad = utf8Error(bytes);
  if (bad === null) return utf8Decoder.decode(bytes);
  let lineStart = 0;
  let lineno = 1;
  for (let i = 0; i < bad.start; i++) {
    if (bytes[i] === 0x0a) { lineno++; lineStart = i + 1; }
  }
  let lineEnd = bytes.indexOf(0x0a, bad.start);
  if (lineEnd < 0) lineEnd = bytes.length;
  const line = utf8Decoder.decode(bytes.subarray(lineStart, lineEnd)); // U+FFFD for bad bytes
  const col = [...utf8Decoder.decode(bytes.subarray(lineStart, bad.start))].length;
  const pos = bad.start - lineStart;
  const what = bad.end - bad.start === 1
    ? `byte 0x${bytes[bad.start].toString(16).padStart(2, '0')} in position ${pos}`
    : `bytes in position ${pos}-${pos + bad.end - bad.start - 1}`;
  const msg = `(unicode error) 'utf-8' codec can't decode ${what}: ${bad.reason}`;
  const e = new PySyntaxError('SyntaxError', msg, filename, lineno, col + 1, line, lineno, -1);
  TEXT_OF.set(e, lineEnd < bytes.length || mode === 'exec' ? `${line}\n` : line);
  throw e;
}

/** The first invalid UTF-8 sequence: [start, end) and CPython's reason, or null. */
function utf8Error(b: Uint8Array): { start: number; end: number; reason: string } | null {
  const n = b.length;
  for (let i = 0; i < n;) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return { start: i, end: i + 1, reason: 'invalid start byte' };
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) return { start: i, end: n, reason: 'unexpected end of data' };
      const d = b[i + j];
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (d < min || d > max) return { start: i, end: i + j, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return null;
}

/** ISO-8859-1: one code point per byte (lossless, also a cache key for a bytes source). */
function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x2000) s += String.fromCharCode(...b.subarray(i, i + 0x2000));
  return s;
}
