// The disassembler (`pyrite dis`): CPython's `dis.dis` layout for pyrite code objects.
//
// `getInstructions` decodes words into records (as Lib/dis.py's get_instructions does) reading
// only the opcode table: the operand format decides the argument's rendering (`argrepr`).
// `disassemble` formats them: line-number column (a blank line before each new line), `>>` on
// jump and handler targets, the offset (a word index here), the name padded to 20, the oparg and
// `(argrepr)`, then the exception table, then each nested code object.

import { OPCODES, instrSize, NB_SYMBOLS, CMP_SYMBOLS, MF, FV } from './opcodes.js';
import type { CodeConst, CodeObject } from './code.js';

export interface Instruction {
  opname: string;
  opcode: number;
  /** null when the op takes no argument. */
  arg: number | null;
  argrepr: string;
  /** Word index. */
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
}

const MF_NAMES: [number, string][] = [
  [MF.DEFAULTS, 'defaults'], [MF.KWDEFAULTS, 'kwdefaults'], [MF.ANNOTATIONS, 'annotations'], [MF.CLOSURE, 'closure'],
];
const FV_NAMES = ['', 'str', 'repr', 'ascii'];

export function getInstructions(code: CodeObject): Instruction[] {
  const targets = new Set<number>();
  for (let i = 0; i < code.code.length; i += instrSize(code.code[i] & 0xff)) {
    const op = code.code[i] & 0xff;
    if (OPCODES[op].fmt === 'jump') targets.add(code.code[i] >>> 8);
  }
  for (const e of code.exceptiontable) targets.add(e.target);
  const out: Instruction[] = [];
  let lastLine = -1;
  for (let i = 0; i < code.code.length;) {
    const word = code.code[i];
    const op = word & 0xff;
    const info = OPCODES[op];
    const arg = word >>> 8;
    const line = code.lines[i];
    let startsLine: number | null = null;
    if (line > 0 && line !== lastLine) { startsLine = line; lastLine = line; }
    out.push({
      opname: info.name,
      opcode: op,
      arg: info.fmt === 'none' ? null : arg,
      argrepr: argReprOf(code, op, arg),
      offset: i,
      startsLine,
      isJumpTarget: targets.has(i),
    });
    i += instrSize(op);
  }
  return out;
}

function argReprOf(code: CodeObject, op: number, arg: number): string {
  const info = OPCODES[op];
  switch (info.fmt) {
    case 'const': return code.consts[arg] ? constRepr(code.consts[arg]) : '';
    case 'name': return code.names[arg] ?? '';
    case 'local': case 'deref': return code.localsplusnames[arg] ?? '';
    case 'jump': return `to ${arg}`;
    case 'cmp': return CMP_SYMBOLS[arg] ?? '';
    case 'binop': return NB_SYMBOLS[arg] ?? '';
    default: break;
  }
  if (info.name === 'MAKE_FUNCTION') return MF_NAMES.filter(([bit]) => arg & bit).map(([, n]) => n).join(', ');
  if (info.name === 'FORMAT_VALUE') {
    const parts: string[] = [];
    if (FV_NAMES[arg & FV.MASK]) parts.push(FV_NAMES[arg & FV.MASK]);
    if (arg & FV.HAVE_SPEC) parts.push('with format');
    return parts.join(', ');
  }
  return '';
}

/** CPython's repr() of a constant. */
export function constRepr(c: CodeConst): string {
  switch (c.type) {
    case 'None': return 'None';
    case 'bool': return c.value ? 'True' : 'False';
    case 'Ellipsis': return 'Ellipsis';
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'complex': return complexRepr(c.real, c.imag);
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'tuple':
      return c.items.length === 1 ? `(${constRepr(c.items[0])},)` : `(${c.items.map(constRepr).join(', ')})`;
    case 'frozenset': return c.items.length === 0 ? 'frozenset()' : `frozenset({${c.items.map(constRepr).join(', ')}})`;
    case 'code': return codeRepr(c.code);
  }
}

export function codeRepr(code: CodeObject): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** Python's float repr: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

function complexRepr(re: number, im: number): string {
  const part = (v: number) => {
    const r = floatRepr(v);
    return r.endsWith('.0') ? r.slice(0, -2) : r;
  };
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const imStr = part(im);
  return `(${part(re)}${imStr.startsWith('-') || imStr === 'nan' && false ? '' : '+'}${imStr}j)`;
}

/** Python's str repr (quotes chosen as CPython chooses them; non-printables escaped). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0xad) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const x of b) { if (x === 0x27) hasSingle = true; if (x === 0x22) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x === 9) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push(`(${ins.argrepr})`);
  }
  return fields.join(' ').trimEnd();
}

/** One code object, without nested ones. */
export function disassembleOne(code: CodeObject): string {
  const instrs = getInstructions(code);
  const maxLine = Math.max(0, ...code.lines);
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = code.code.length - 1 >= 10000 ? String(code.code.length - 1).length : 4;
  const lines: string[] = [];
  for (const ins of instrs) {
    if (ins.startsLine !== null && ins.offset > 0) lines.push('');
    lines.push(formatInstruction(ins, linenoWidth, offsetWidth));
  }
  if (code.exceptiontable.length > 0) {
    lines.push('ExceptionTable:');
    for (const e of code.exceptiontable) {
      lines.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `dis.dis(code)`: the code object, then each nested code object, recursively. */
export function disassemble(code: CodeObject): string {
  let out = disassembleOne(code);
  for (const c of code.consts) {
    if (c.type !== 'code') continue;
    out += `\nDisassembly of ${codeRepr(c.code)}:\n`;
    out += disassemble(c.code);
  }
  return out;
}
