// === Code objects: compiled bytecode, immutable, made by vm/marshal.ts from the host's bytes ===
//
// One heap block holds the fixed fields and the variable parts, so a code object is freed in one go:
//
//   +0 refcnt | +4 type | +8 argcount | +12 posonlyargcount | +16 kwonlyargcount
//   +20 nlocalsplus | +24 stacksize | +28 flags | +32 firstlineno | +36 hostId
//   +40 name | +44 qualname | +48 localsplusnames (tuple) | +52 names (tuple) | +56 consts (tuple)
//   +60 ncode u32 | +64 nexc u32 | +68 framesize u32 (bytes a frame of this code needs)
//   +72 fastargc u32 (argcount when a call with exactly that many positional arguments binds
//       them slot for slot: no *args, **kwargs, keyword-only parameters; else FASTARGC_NONE)
//   +76 filename (owned str, or 0 until codeFilename first asks the host; also keeps words
//       16-byte aligned)
//   +80 words[ncode] u32 | exc[nexc] 5 x u32 | lines[ncode] u32 | kinds[nlocalsplus] u8
//
// `words` are instruction words as src/bytecode/opcodes.ts describes, cache words included.
// Exception-table entries are (start, end, target, depth, lasti) word indices, [start, end).

import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref } from './header';
import { SLOT_DEALLOC, SLOT_REPR, TP_DICT, typeSetSlot } from './typelayout';
import { ioHostText } from '../vm/io';
import { strFromLiteral } from './str';
import { intFromI64 } from './int';
import { getsetAdd } from './descrobject';
import { excOccurred } from '../vm/exc';
import { typeNewBuiltin, objectType, TK_OTHER, typeSetFinal } from './type';
import { sbNew, sbAppendLiteral, sbAppendStr, sbAppendI64, sbFinish } from './strbuild';
import { sbAppendAddress } from './cfunc';
import { FR_HEADER } from '../vm/frame';

@inline export const CO_ARGCOUNT: usize = 8;
@inline export const CO_POSONLY: usize = 12;
@inline export const CO_KWONLY: usize = 16;
@inline export const CO_NLOCALSPLUS: usize = 20;
@inline export const CO_STACKSIZE: usize = 24;
@inline export const CO_FLAGS: usize = 28;
@inline export const CO_FIRSTLINE: usize = 32;
@inline export const CO_HOSTID: usize = 36;
@inline export const CO_NAME: usize = 40;
@inline export const CO_QUALNAME: usize = 44;
@inline export const CO_LOCALSPLUSNAMES: usize = 48;
@inline export const CO_NAMES: usize = 52;
@inline export const CO_CONSTS: usize = 56;
@inline export const CO_NCODE: usize = 60;
@inline export const CO_NEXC: usize = 64;
@inline export const CO_FRAMESIZE: usize = 68;
@inline export const CO_FASTARGC: usize = 72;
@inline export const CO_FILENAME: usize = 76;
@inline export const CO_WORDS: usize = 80;

/** CO_FASTARGC of code that no call binds slot for slot. */
@inline export const FASTARGC_NONE: u32 = 0xFFFFFFFF;

// CPython's co_flags.
@inline export const CO_OPTIMIZED: u32 = 1;
@inline export const CO_NEWLOCALS: u32 = 2;
@inline export const CO_VARARGS: u32 = 4;
@inline export const CO_VARKEYWORDS: u32 = 8;
@inline export const CO_NESTED: u32 = 16;
@inline export const CO_GENERATOR: u32 = 32;
@inline export const CO_NOFREE: u32 = 64;
@inline export const CO_COROUTINE: u32 = 128;
@inline export const CO_ITERABLE_COROUTINE: u32 = 256;
@inline export const CO_ASYNC_GENERATOR: u32 = 512;

// localspluskinds.
@inline export const KIND_LOCAL: u8 = 0x20;
@inline export const KIND_CELL: u8 = 0x40;
@inline export const KIND_FREE: u8 = 0x80;

export let codeType: Ptr = 0;

/** A code object with room for the variable parts (zeroed). The caller fills every field. */
export function codeAlloc(ncode: u32, nexc: u32, nlocalsplus: u32): Ptr {
  const size = CO_WORDS + (<usize>ncode << 2) + <usize>nexc * 20 + (<usize>ncode << 2) + <usize>nlocalsplus;
  const c = objAlloc(codeType, size);
  if (c == 0) return 0;
  store<u32>(c, ncode, CO_NCODE);
  store<u32>(c, nexc, CO_NEXC);
  store<u32>(c, nlocalsplus, CO_NLOCALSPLUS);
  return c;
}

@inline export function codeWords(c: Ptr): usize { return c + CO_WORDS; }
@inline export function codeExcTable(c: Ptr): usize { return c + CO_WORDS + (<usize>load<u32>(c, CO_NCODE) << 2); }
@inline export function codeLines(c: Ptr): usize {
  return codeExcTable(c) + <usize>load<u32>(c, CO_NEXC) * 20;
}
@inline export function codeKinds(c: Ptr): usize {
  return codeLines(c) + (<usize>load<u32>(c, CO_NCODE) << 2);
}
/** The source line of word index i (0 = unknown). */
@inline export function codeLineOf(c: Ptr, i: u32): u32 {
  return i < load<u32>(c, CO_NCODE) ? load<u32>(codeLines(c) + (<usize>i << 2)) : 0;
}

/** Computes the frame size once all counts are known. */
export function codeFinish(c: Ptr): void {
  const slots = load<u32>(c, CO_NLOCALSPLUS) + load<u32>(c, CO_STACKSIZE);
  store<u32>(c, <u32>FR_HEADER + (slots << 2), CO_FRAMESIZE);
  const simple = (load<u32>(c, CO_FLAGS) & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) == 0
    && load<u32>(c, CO_KWONLY) == 0;
  store<u32>(c, simple ? load<u32>(c, CO_ARGCOUNT) : FASTARGC_NONE, CO_FASTARGC);
}

function code_dealloc(c: Ptr): void {
  xdecref(load<Ptr>(c, CO_FILENAME));
  decref(load<Ptr>(c, CO_NAME));
  decref(load<Ptr>(c, CO_QUALNAME));
  decref(load<Ptr>(c, CO_LOCALSPLUSNAMES));
  decref(load<Ptr>(c, CO_NAMES));
  decref(load<Ptr>(c, CO_CONSTS));
  objFree(c);
}

/** <code object f at 0x..., file "x.py", line 3>: the file is the host's, so it is left out. */
function code_repr(c: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, '<code object ');
  sbAppendStr(sb, load<Ptr>(c, CO_NAME));
  sbAppendLiteral(sb, ' at 0x');
  sbAppendAddress(sb, c);
  sbAppendLiteral(sb, ', line ');
  sbAppendI64(sb, <i64>load<u32>(c, CO_FIRSTLINE));
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

// ---- the file a code object came from: the host's registry knows it (src/codereg.ts) ----

/** Writes the UTF-8 filename of the code registered as hostId at buf when it fits in cap bytes;
 *  answers its byte length, or -1 when the host does not know the id. */
@external("host", "code_filename") declare function hostCodeFilename(hostId: u32, buf: usize, cap: i32): i32;

/** co_filename: the file code c was compiled from (borrowed; kept in the code object after the
 *  first ask). '<unknown>' when the host cannot say. 0 only on MemoryError (set). */
export function codeFilename(c: Ptr): Ptr {
  let f = load<Ptr>(c, CO_FILENAME);
  if (f != 0) return f;
  f = ioHostText(askCodeFilename.index, <i32>load<u32>(c, CO_HOSTID), 0, 0);
  if (f == 0) {
    if (excOccurred()) return 0;
    f = strFromLiteral('<unknown>');
    if (f == 0) return 0;
  }
  store<Ptr>(c, f, CO_FILENAME);
  return f;
}
function askCodeFilename(hostId: i32, b: i32, c: i32, buf: usize, cap: i32): i32 {
  return hostCodeFilename(<u32>hostId, buf, cap);
}

function code_get_filename(c: Ptr): Ptr {
  const f = codeFilename(c);
  return f != 0 ? newref(f) : 0;
}
function code_get_name(c: Ptr): Ptr { return newref(load<Ptr>(c, CO_NAME)); }
function code_get_qualname(c: Ptr): Ptr { return newref(load<Ptr>(c, CO_QUALNAME)); }
function code_get_firstlineno(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_FIRSTLINE)); }
function code_get_flags(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_FLAGS)); }

/** The attributes a frame walk reads (co_filename, co_name, co_qualname, co_firstlineno,
 *  co_flags); after the descriptor types exist. */
export function codeAttrsInit(): void {
  const d = load<Ptr>(codeType, TP_DICT);
  getsetAdd(codeType, 'co_filename', code_get_filename.index, 0, d);
  getsetAdd(codeType, 'co_name', code_get_name.index, 0, d);
  getsetAdd(codeType, 'co_qualname', code_get_qualname.index, 0, d);
  getsetAdd(codeType, 'co_firstlineno', code_get_firstlineno.index, 0, d);
  getsetAdd(codeType, 'co_flags', code_get_flags.index, 0, d);
}

export function codeTypeInit(): void {
  codeType = typeNewBuiltin('code', objectType, <u32>CO_WORDS, 0, TK_OTHER);
  typeSetSlot(codeType, SLOT_DEALLOC, code_dealloc.index);
  typeSetSlot(codeType, SLOT_REPR, code_repr.index);
  typeSetFinal(codeType);
}
