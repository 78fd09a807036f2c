// Code objects: the compiler's output container, and its serialization into the marshal byte
// format the core reads (docs/architecture.md §3).
//
// A CodeObject holds exactly what CPython 3.11's code object holds that pyrite needs: the
// instruction words (cache words included and zero), the exception table, one line number per word
// for the core, and the full PEP 657 position of every word for the host's tracebacks.
//
// Invariants kept by the compiler and checked by verify.ts:
//   - code.length === lines.length === positions.length (one entry per word, caches included;
//     a cache word repeats its instruction's position, as CPython's co_positions() does).
//   - localsplusnames.length === localspluskinds.length; arguments come first, then the other
//     locals, then cells that are not arguments, then free variables (CPython's order).

import type { ConstValue } from '../ast.js';

/** CPython's CO_* code flags. */
export const CO = {
  OPTIMIZED: 1, NEWLOCALS: 2, VARARGS: 4, VARKEYWORDS: 8, NESTED: 16, GENERATOR: 32,
  NOFREE: 64, COROUTINE: 128, ITERABLE_COROUTINE: 256, ASYNC_GENERATOR: 512,
} as const;

/** localspluskinds bytes (CPython's CO_FAST_*). */
export const FAST = { LOCAL: 0x20, CELL: 0x40, FREE: 0x80, ARG_CELL: 0x60 } as const;

/** One exception-table entry: words [start, end) are protected by the handler at `target`. */
export interface ExceptionEntry {
  start: number;
  end: number;
  target: number;
  /** Stack depth kept below the handler's pushed items. */
  depth: number;
  /** 1: the handler also receives the raising instruction's index (pushed below the exception). */
  lasti: number;
}

/** A PEP 657 position: 1-based lines, 0-based code-point columns, -1 (0 for lines) when absent. */
export interface Position {
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

/** A constant of a code object: a Python constant or a nested code object. */
export type CodeConst = ConstValue | { type: 'code'; code: CodeObject };

export interface CodeObject {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  firstlineno: number;
  name: string;
  qualname: string;
  filename: string;
  localsplusnames: string[];
  localspluskinds: number[];
  names: string[];
  consts: CodeConst[];
  code: Uint32Array;
  stacksize: number;
  exceptiontable: ExceptionEntry[];
  /** One line number per word, 0 where there is none. */
  lines: number[];
  /** One position per word. */
  positions: Position[];
}

/** co_varnames: the plain locals (arguments included), in localsplus order. */
export function codeVarnames(code: CodeObject): string[] {
  return code.localsplusnames.filter((_, i) => (code.localspluskinds[i] & FAST.LOCAL) !== 0);
}

// ---- marshal ----

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** A growable little-endian byte buffer. */
class ByteWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void { this.reserve(1); this.buf[this.length++] = v; }
  u32(v: number): void { this.reserve(4); this.view.setUint32(this.length, v >>> 0, true); this.length += 4; }
  i64(v: bigint): void { this.reserve(8); this.view.setBigInt64(this.length, v, true); this.length += 8; }
  f64(v: number): void { this.reserve(8); this.view.setFloat64(this.length, v, true); this.length += 8; }
  bytes(b: Uint8Array): void { this.reserve(b.length); this.buf.set(b, this.length); this.length += b.length; }
  result(): Uint8Array { return this.buf.slice(0, this.length); }
}

const utf8 = new TextEncoder();

function writeStr(w: ByteWriter, tag: 's' | 'z', s: string): void {
  // Lone surrogates cannot be encoded as UTF-8; TextEncoder would replace them with U+FFFD.
  const b = utf8.encode(s);
  w.u8(tag.charCodeAt(0));
  w.u32(b.length);
  w.bytes(b);
}

function writeConst(w: ByteWriter, c: CodeConst, hostIdOf: (c: CodeObject) => number): void {
  switch (c.type) {
    case 'None': w.u8(0x4e); return; // N
    case 'bool': w.u8(c.value ? 0x54 : 0x46); return; // T / F
    case 'Ellipsis': w.u8(0x45); return; // E
    case 'int':
      if (c.value >= I64_MIN && c.value <= I64_MAX) { w.u8(0x69); w.i64(c.value); return; } // i
      writeBigInt(w, c.value);
      return;
    case 'float': w.u8(0x66); w.f64(c.value); return; // f
    case 'complex': w.u8(0x78); w.f64(c.real); w.f64(c.imag); return; // x
    // CPython interns string constants that look like identifiers; so do we.
    case 'str': writeStr(w, IDENTIFIER.test(c.value) ? 'z' : 's', c.value); return;
    case 'bytes': w.u8(0x62); w.u32(c.value.length); w.bytes(c.value); return; // b
    case 'tuple': w.u8(0x74); w.u32(c.items.length); for (const x of c.items) writeConst(w, x, hostIdOf); return;
    case 'frozenset': w.u8(0x6b); w.u32(c.items.length); for (const x of c.items) writeConst(w, x, hostIdOf); return;
    case 'code': writeCode(w, c.code, hostIdOf); return;
  }
}

/** 'I': sign byte, digit count, base-2^32 magnitude digits least significant first. */
function writeBigInt(w: ByteWriter, v: bigint): void {
  w.u8(0x49);
  w.u8(v < 0n ? 1 : 0);
  let mag = v < 0n ? -v : v;
  const digits: number[] = [];
  while (mag > 0n) { digits.push(Number(mag & 0xffffffffn)); mag >>= 32n; }
  w.u32(digits.length);
  for (const d of digits) w.u32(d);
}

function writeNameTuple(w: ByteWriter, names: string[]): void {
  w.u8(0x74);
  w.u32(names.length);
  for (const n of names) writeStr(w, 'z', n);
}

function writeCode(w: ByteWriter, code: CodeObject, hostIdOf: (c: CodeObject) => number): void {
  w.u8(0x43); // C
  w.u32(code.argcount);
  w.u32(code.posonlyargcount);
  w.u32(code.kwonlyargcount);
  w.u32(code.localsplusnames.length);
  w.u32(code.stacksize);
  w.u32(code.flags);
  w.u32(code.firstlineno);
  w.u32(hostIdOf(code));
  writeStr(w, 'z', code.name);
  writeStr(w, 's', code.qualname);
  writeStr(w, 'z', code.filename);
  writeNameTuple(w, code.localsplusnames);
  w.u8(0x62); // b
  w.u32(code.localspluskinds.length);
  w.bytes(Uint8Array.from(code.localspluskinds));
  writeNameTuple(w, code.names);
  w.u8(0x74);
  w.u32(code.consts.length);
  for (const c of code.consts) writeConst(w, c, hostIdOf);
  w.u32(code.code.length);
  for (const word of code.code) w.u32(word);
  w.u32(code.exceptiontable.length);
  for (const e of code.exceptiontable) { w.u32(e.start); w.u32(e.end); w.u32(e.target); w.u32(e.depth); w.u32(e.lasti); }
  for (const line of code.lines) w.u32(line);
}

/**
 * Serializes `code` (and its nested code objects) to the marshal format of architecture.md §3.
 * `hostIdOf` gives each code object's index in the host's registry (called once per code object,
 * outermost first).
 */
export function marshalCode(code: CodeObject, hostIdOf: (c: CodeObject) => number): Uint8Array {
  const w = new ByteWriter();
  writeCode(w, code, hostIdOf);
  return w.result();
}

/** Every code object reachable from `code` (itself first, then nested ones depth-first). */
export function allCodeObjects(code: CodeObject): CodeObject[] {
  const out: CodeObject[] = [code];
  for (const c of code.consts) if (c.type === 'code') out.push(...allCodeObjects(c.code));
  return out;
}
