// Exception text, exactly as CPython 3.11 prints it to stderr: the decoder of the core's exception
// report (architecture.md §7) and the formatters for an uncaught exception (the default excepthook,
// Python/traceback.c and Python/pythonrun.c) and for a compile-time SyntaxError.
//
// Everything here is pure: bytes and lookups in, text out. The rules, learned from CPython 3.11's
// behaviour and checked against python3's output in test/unit/traceback.test.ts:
//   - a section is "Traceback (most recent call last):" and its frames (omitted when it has no
//     frames), then "Type: message", or "Type" alone when str(exc) is empty; sections of a chain
//     are joined by CPython's two separator sentences, each surrounded by blank lines;
//   - a frame is `  File "f", line N, in name`, the source line stripped of leading spaces, tabs
//     and form feeds (trailing whitespace kept) indented by 4, then a caret line unless the
//     instruction's span covers the whole stripped line and no anchors were found;
//   - anchors (`~~^^~~`) come from re-parsing the span alone: a binary operation marks its
//     operator with `^`, a subscript marks `[...]`; everything else in the span is `~`;
//   - frames of hidden code (the bundled library, lib/) are left out, as CPython prints no frame
//     for its modules written in C (itertools, heapq, ...) and cannot know ours;
//   - more than 3 consecutive frames with the same file, line and name collapse into
//     "  [Previous line repeated N more times]" (singular "time" for 1).

import type { Module, Expr } from './ast.js';
import type { CodeLookup } from './codereg.js';
import type { PySyntaxError } from './messages.js';

// ---- the exception report (vm/report.ts) ----

export const enum ChainLink {
  Last = 0,
  Cause = 1,
  Context = 2,
}

export interface ReportFrame {
  hostId: number;
  wordIndex: number;
  lineno: number;
}

export interface ReportSection {
  /** What is printed after this section: nothing, or one of the two chain sentences. */
  link: ChainLink;
  type: string;
  message: string;
  /** Oldest call first. */
  frames: ReportFrame[];
  /** What the exception's __notes__ print after the "Type: message" line (absent: nothing). */
  notes?: string;
  /** A SyntaxError's details, printed in place of the "Type: message" line. */
  syntax?: SyntaxDetail;
}

export interface SyntaxDetail {
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  endLineno: number | null;
  endOffset: number | null;
  text: string | null;
  msg: string;
}

const LINK_SYNTAX_DETAIL = 0x80;

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/**
 * Decodes the report block at `ptr` in `memory` (little-endian):
 * u32 nsections, then per section u8 link, str type, str message, str notes, u32 nframes,
 * nframes x (u32 hostId, u32 wordIndex, u32 lineno); str = u32 byte length + UTF-8 bytes.
 */
export function decodeReport(memory: Uint8Array, ptr: number): ReportSection[] {
  const view = new DataView(memory.buffer, memory.byteOffset, memory.byteLength);
  let p = ptr;
  const u32 = (): number => {
    const v = view.getUint32(p, true);
    p += 4;
    return v;
  };
  const str = (): string => {
    const n = u32();
    const s = utf8Decoder.decode(memory.subarray(p, p + n));
    p += n;
    return s;
  };
  const nsections = u32();
  const sections: ReportSection[] = [];
  for (let i = 0; i < nsections; i++) {
    const linkByte = view.getUint8(p++);
    const link = (linkByte & ~LINK_SYNTAX_DETAIL) as ChainLink;
    const type = str();
    const message = str();
    const notes = str();
    const nframes = u32();
    const frames: ReportFrame[] = [];
    for (let j = 0; j < nframes; j++) frames.push({ hostId: u32(), wordIndex: u32(), lineno: u32() });
    const section: ReportSection = { link, type, message, frames };
    if (notes !== '') section.notes = notes;
    if (linkByte & LINK_SYNTAX_DETAIL) {
      const filename = str();
      const i32 = (): number | null => {
        const v = view.getInt32(p, true);
        p += 4;
        return v === -1 ? null : v;
      };
      const lineno = i32();
      const offset = i32();
      const endLineno = i32();
      const endOffset = i32();
      const hasText = view.getUint8(p++) !== 0;
      const text = str();
      const msg = str();
      section.syntax = { filename: filename === '' ? null : filename, lineno, offset, endLineno, endOffset, text: hasText ? text : null, msg };
    }
    sections.push(section);
  }
  return sections;
}

/**
 * Decodes a traceback block (the core's `traceback` import, for exceptions it reports itself,
 * such as one raised in __del__): u32 flags (bit 0: the VM is finalizing, tearing the module
 * down after the program ended: CPython then prints no source lines, it can no longer read
 * files), u32 nframes, then nframes x (u32 hostId, u32 wordIndex, u32 lineno), oldest call first.
 */
export function decodeFrames(memory: Uint8Array, ptr: number): { frames: ReportFrame[]; finalizing: boolean } {
  const view = new DataView(memory.buffer, memory.byteOffset, memory.byteLength);
  const flags = view.getUint32(ptr, true);
  const n = view.getUint32(ptr + 4, true);
  const frames: ReportFrame[] = [];
  for (let i = 0, p = ptr + 8; i < n; i++, p += 12) {
    frames.push({ hostId: view.getUint32(p, true), wordIndex: view.getUint32(p + 4, true), lineno: view.getUint32(p + 8, true) });
  }
  return { frames, finalizing: (flags & 1) !== 0 };
}

// ---- uncaught exceptions ----

/** Parses a span of one source line as a module (the project's parser); throws if it cannot. */
export type SegmentParser = (segment: string) => Module;

export interface FormatOptions {
  /** Without a parser no anchors are found: carets are all `^`. */
  parseSegment?: SegmentParser;
  /** Frame lines only, no source lines or carets (a traceback printed at interpreter exit). */
  noSource?: boolean;
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';
const RECURSIVE_CUTOFF = 3; // CPython's TB_RECURSIVE_CUTOFF

/** The full text CPython prints for an uncaught exception chain, ending with a newline. */
export function formatException(sections: readonly ReportSection[], lookup: CodeLookup, options: FormatOptions = {}): string {
  const out: string[] = [];
  for (const s of sections) {
    // frames of the bundled library are left out, as CPython shows none for C code
    const frames = s.frames.filter((f) => lookup(f.hostId)?.hidden !== true);
    if (frames.length > 0) {
      out.push('Traceback (most recent call last):\n');
      formatFrames(out, frames, lookup, options);
    }
    if (s.syntax !== undefined && s.syntax.lineno !== null) out.push(syntaxDetailText(s.type, s.syntax));
    else out.push(exceptionLine(s.type, s.message));
    if (s.notes !== undefined) out.push(s.notes);
    if (s.link === ChainLink.Cause) out.push(CAUSE_MESSAGE);
    else if (s.link === ChainLink.Context) out.push(CONTEXT_MESSAGE);
  }
  return out.join('');
}

/** What CPython's PyTraceBack_Print writes for a traceback: the header and the frames (the
 *  same frame lines as an uncaught exception's). Empty when there are no frames. */
export function formatTraceback(frames: readonly ReportFrame[], lookup: CodeLookup, options: FormatOptions = {}): string {
  if (frames.length === 0) return '';
  const out: string[] = ['Traceback (most recent call last):\n'];
  formatFrames(out, frames, lookup, options);
  return out.join('');
}

/** A warning as CPython's warnings.showwarning writes it: `file:line: Category: message`, then
 *  the source line stripped (Python's str.strip) and indented by 2, when there is one. */
export function warningText(filename: string, lineno: number, category: string, message: string, line: string | undefined): string {
  const head = `${filename}:${lineno}: ${category}: ${message}\n`;
  const stripped = line?.trim() ?? '';
  return stripped === '' ? head : `${head}  ${stripped}\n`;
}

/** `Type: message`, or `Type` alone when the message is empty. */
export function exceptionLine(type: string, message: string): string {
  return message === '' ? `${type}\n` : `${type}: ${message}\n`;
}

function repeatedLine(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

function formatFrames(out: string[], frames: readonly ReportFrame[], lookup: CodeLookup, options: FormatOptions): void {
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (const f of frames) {
    const info = lookup(f.hostId);
    const filename = info?.filename ?? '<unknown>';
    const name = info?.name ?? '<unknown>';
    if (filename !== lastFile || f.lineno !== lastLine || name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out.push(repeatedLine(count));
      lastFile = filename;
      lastLine = f.lineno;
      lastName = name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out.push(`  File "${filename}", line ${f.lineno}, in ${name}\n`);
    if (options.noSource) continue;
    const line = info?.sourceLine(f.lineno);
    if (line === undefined) continue;
    const pos = info?.positions?.[f.wordIndex];
    out.push(sourceAndCarets(line, pos, options));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeatedLine(count));
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

/**
 * The indented, stripped source line and, when CPython prints one, the caret line under it.
 * `pos` columns are 0-based code points (-1: none).
 */
export function sourceAndCarets(
  line: string,
  pos: { line: number; endLine: number; col: number; endCol: number } | undefined,
  options: FormatOptions = {},
): string {
  const chars = Array.from(line); // code points: columns count these
  let indent = 0;
  while (indent < chars.length && isBlank(chars[indent])) indent++;
  const text = `    ${chars.slice(indent).join('')}\n`;
  if (pos === undefined || pos.line <= 0 || pos.endLine <= 0 || pos.col < 0 || pos.endCol < 0) return text;

  const start = pos.col;
  let end = pos.endCol;
  let leftEnd = -1;
  let rightStart = -1;
  let primary = '^';
  let secondary = '^';
  if (pos.line === pos.endLine) {
    const anchors = extractAnchors(chars.slice(start, end).join(''), options.parseSegment);
    if (anchors !== null) {
      leftEnd = anchors.left + start;
      rightStart = anchors.right + start;
      primary = '~';
      secondary = '^';
    }
  } else {
    // A span over several lines is marked up to the last non-blank character of its first line.
    // CPython scans the UTF-8 bytes of the line starting at its length in code points; replicate
    // that (it matters only for non-ASCII lines).
    const bytes = utf8Encoder.encode(line);
    let i = chars.length;
    while (--i >= 0) {
      const b = bytes[i];
      if (b !== 0x20 && b !== 0x09 && b !== 0x0c) break;
    }
    end = i + 1;
  }

  const strippedLength = chars.length - indent;
  const hasAnchors = leftEnd !== -1 || rightStart !== -1;
  if (end - start === strippedLength && !hasAnchors) return text;

  // Column k (0-based) of the line is printed at "offset" k + 1; offsets up to the start are blank.
  const carets: string[] = [];
  // Each mark is as wide as the character above it.
  for (let offset = indent - 4 + 1; offset <= end; offset++) {
    let mark: string;
    if (offset <= start) mark = ' ';
    else if (hasAnchors && leftEnd < offset && offset <= rightStart) mark = secondary;
    else mark = primary;
    carets.push(offset >= 1 && displayWidth(chars[offset - 1]) === 2 ? mark + mark : mark);
  }
  return `${text}${carets.join('')}\n`;
}

/**
 * CPython's extract_anchors_from_line: the segment must parse as exactly one expression
 * statement, a BinOp (anchor: its operator, one or two characters) or a Subscript (anchor: from
 * the end of the value to one past the end of the slice). Columns are relative to the segment.
 */
function extractAnchors(segment: string, parseSegment: SegmentParser | undefined): { left: number; right: number } | null {
  if (parseSegment === undefined) return null;
  let mod: Module;
  try {
    mod = parseSegment(segment);
  } catch {
    return null; // CPython ignores a span it cannot parse
  }
  if (mod.body.length !== 1) return null;
  const stmt = mod.body[0];
  if (stmt.kind !== 'Expr') return null;
  const expr: Expr = stmt.value;
  if (expr.kind === 'BinOp') {
    // The operator is the first non-blank character after the left operand, skipping the
    // closing parentheses of a parenthesized left operand.
    const seg = Array.from(segment);
    let anchors: { left: number; right: number } | null = null;
    for (let i = expr.left.end_col_offset; i < expr.right.col_offset; i++) {
      if (isBlank(seg[i])) continue;
      anchors = { left: i, right: i + 1 };
      if (i + 1 < expr.right.col_offset && !isBlank(seg[i + 1])) anchors.right++; // `//`, `**`, `<<`...
      if (i + 1 < expr.right.col_offset && seg[i] === ')') continue;
      break;
    }
    return anchors;
  }
  if (expr.kind === 'Subscript') {
    // From the `[` after the value to just past the `]` after the slice.
    const seg = Array.from(segment);
    let left = expr.value.end_col_offset;
    while (left < seg.length && seg[left] !== '[') left++;
    let right = expr.slice.end_col_offset + 1;
    while (right < seg.length && seg[right] !== ']') right++;
    if (right < seg.length) right++;
    return { left, right };
  }
  return null;
}

/**
 * Columns a character takes on a terminal: 2 for East Asian wide and fullwidth characters
 * (CPython 3.11.7 widens carets and the blanks before them accordingly), else 1. The ranges are
 * the main blocks of Unicode's EastAsianWidth W/F classes (CJK, Hangul, kana, fullwidth forms,
 * most emoji), not the full table: a rare wide symbol outside them is counted as 1.
 */
const WIDE_RANGES: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x25fd, 0x25fe, 0x2614, 0x2615,
  0x2648, 0x2653, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x2705, 0x2705,
  0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2e80, 0x303e,
  0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xa4cf, 0xa960, 0xa97f, 0xac00, 0xd7a3,
  0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f, 0xff00, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x18cff,
  0x1b000, 0x1b2ff, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e, 0x1f191, 0x1f19a,
  0x1f200, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c, 0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca,
  0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e, 0x1f440, 0x1f440,
  0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a,
  0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f, 0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc,
  0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d7, 0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb,
  0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1faff, 0x20000, 0x2fffd,
  0x30000, 0x3fffd,
];

function displayWidth(ch: string | undefined): number {
  if (ch === undefined) return 1;
  const cp = ch.codePointAt(0)!;
  if (cp < 0x1100) return 1;
  for (let i = 0; i < WIDE_RANGES.length; i += 2) {
    if (cp < WIDE_RANGES[i]) return 1;
    if (cp <= WIDE_RANGES[i + 1]) return 2;
  }
  return 1;
}

// ---- compile-time SyntaxError ----

/**
 * What CPython prints for a SyntaxError (IndentationError, TabError) raised while compiling the
 * main module: no "Traceback" header, `  File "f", line N`, the offending line stripped of leading
 * whitespace, a caret line, `Kind: msg`.
 */
/** A raised SyntaxError as CPython's print_exception shows it: where, the text with carets, and
 *  "Type: msg" (the msg alone, not str(exc)). */
function syntaxDetailText(type: string, d: SyntaxDetail): string {
  const out: string[] = [`  File "${d.filename ?? '<string>'}", line ${d.lineno}\n`];
  if (d.text !== null && d.offset !== null) {
    const text = d.text.replace(/\n$/, '');
    const lineSize = utf8Encoder.encode(text).length + 1;
    let endOffset = d.endOffset ?? d.offset;
    if (d.endLineno !== null && d.lineno !== null && d.endLineno > d.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out.push(errorText(text, d.offset, endOffset, type !== 'SyntaxError'));
  } else if (d.text !== null) {
    out.push(`    ${d.text.replace(/\n$/, '').trim()}\n`);
  }
  out.push(exceptionLine(type, d.msg));
  return out.join('');
}

export function formatSyntaxError(e: PySyntaxError): string {
  return syntaxDetailText(e.kind, {
    filename: e.filename, lineno: e.lineno, offset: e.offset, endLineno: e.endLineno,
    endOffset: e.endOffset, text: e.text ?? null, msg: e.msg,
  });
}

/** CPython's print_error_text: offsets are 1-based code points; `singleCaret` for IndentationError. */
function errorText(textIn: string, offsetIn: number, endOffset: number, singleCaret: boolean): string {
  let offset = offsetIn;
  const repetitions = singleCaret ? 1 : endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = textIn;
  offset--; // 1-based -> 0-based
  let k = 0;
  while (k < text.length && isBlank(text[k])) {
    k++;
    offset--;
  }
  text = text.slice(k);
  let len = utf8Encoder.encode(text).length;
  if (text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  // Only the line holding the offset is printed when the text has several.
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    offset -= nl + 1;
  }
  const out = [`    ${text}`];
  if (!text.endsWith('\n')) out.push('\n');
  if (offset < 0) return out.join('');
  out.push(`    ${' '.repeat(offset)}${'^'.repeat(repetitions)}\n`);
  return out.join('');
}
