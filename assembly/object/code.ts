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
//   +76 filename (str: co_filename, the name the source was compiled under)
//   +80 words[ncode] u32 | exc[nexc] 5 x u32 | lines[ncode] u32 | kinds[nlocalsplus] u8
//
// `words` are instruction words as src/bytecode/opcodes.ts describes, cache words included.
// Exception-table entries are (start, end, target, depth, lasti) word indices, [start, end).

import { Ptr } from '../common';
import { objAlloc, objFree, decref, newref } from './header';
import { SLOT_DEALLOC, SLOT_REPR, TP_DICT, typeSetSlot } from './typelayout';
import { intFromI64 } from './int';
import { tupleNew, tupleItem, tupleItemsAddr } from './tuple';
import { bytesFromData } from './bytes';
import { getsetAdd } from './descrobject';
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
  decref(load<Ptr>(c, CO_NAME));
  decref(load<Ptr>(c, CO_QUALNAME));
  decref(load<Ptr>(c, CO_FILENAME));
  decref(load<Ptr>(c, CO_LOCALSPLUSNAMES));
  decref(load<Ptr>(c, CO_NAMES));
  decref(load<Ptr>(c, CO_CONSTS));
  objFree(c);
}

/** <code object f at 0x..., file "x.py", line 3> */
function code_repr(c: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, '<code object ');
  sbAppendStr(sb, load<Ptr>(c, CO_NAME));
  sbAppendLiteral(sb, ' at 0x');
  sbAppendAddress(sb, c);
  sbAppendLiteral(sb, ', file "');
  sbAppendStr(sb, load<Ptr>(c, CO_FILENAME));
  sbAppendLiteral(sb, '", line ');
  sbAppendI64(sb, <i64>load<u32>(c, CO_FIRSTLINE));
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

// ---- attributes (co_*), read-only as in CPython ----

function co_get_name(c: Ptr): Ptr { return newref(load<Ptr>(c, CO_NAME)); }
function co_get_qualname(c: Ptr): Ptr { return newref(load<Ptr>(c, CO_QUALNAME)); }
/** co_filename (borrowed): the name the source was compiled under. */
@inline export function codeFilename(c: Ptr): Ptr { return load<Ptr>(c, CO_FILENAME); }
function co_get_filename(c: Ptr): Ptr { return newref(load<Ptr>(c, CO_FILENAME)); }
function co_get_names(c: Ptr): Ptr { return newref(load<Ptr>(c, CO_NAMES)); }
function co_get_consts(c: Ptr): Ptr { return newref(load<Ptr>(c, CO_CONSTS)); }
function co_get_firstlineno(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_FIRSTLINE)); }
function co_get_argcount(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_ARGCOUNT)); }
function co_get_posonlyargcount(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_POSONLY)); }
function co_get_kwonlyargcount(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_KWONLY)); }
function co_get_flags(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_FLAGS)); }
function co_get_stacksize(c: Ptr): Ptr { return intFromI64(<i64>load<u32>(c, CO_STACKSIZE)); }
function co_get_varnames(c: Ptr): Ptr { return codeNamesOfKind(c, KIND_LOCAL); }
function co_get_cellvars(c: Ptr): Ptr { return codeNamesOfKind(c, KIND_CELL); }
function co_get_freevars(c: Ptr): Ptr { return codeNamesOfKind(c, KIND_FREE); }
function co_get_nlocals(c: Ptr): Ptr { return intFromI64(<i64>codeCountOfKind(c, KIND_LOCAL)); }
/** co_code: pyrite's own instruction words (little-endian u32, caches included), not CPython's. */
function co_get_code(c: Ptr): Ptr { return bytesFromData(codeWords(c), load<u32>(c, CO_NCODE) << 2); }

/** How many localsplus slots have bit `kind`: CPython's co_varnames (arguments first),
 *  co_cellvars (an argument that is a cell too) and co_freevars (KIND_FREE: exec() needs a
 *  closure of that length). */
export function codeCountOfKind(c: Ptr, kind: u8): i32 {
  const kinds = codeKinds(c);
  let n: i32 = 0;
  for (let i: u32 = 0; i < load<u32>(c, CO_NLOCALSPLUS); i++) if (load<u8>(kinds + <usize>i) & kind) n++;
  return n;
}

/** A tuple of the names of the slots codeCountOfKind counts (new reference). */
export function codeNamesOfKind(c: Ptr, kind: u8): Ptr {
  const t = tupleNew(codeCountOfKind(c, kind));
  if (t == 0) return 0;
  const kinds = codeKinds(c);
  const names = load<Ptr>(c, CO_LOCALSPLUSNAMES);
  let k: usize = 0;
  for (let i: u32 = 0; i < load<u32>(c, CO_NLOCALSPLUS); i++) {
    if ((load<u8>(kinds + <usize>i) & kind) == 0) continue;
    store<Ptr>(tupleItemsAddr(t) + (k << 2), newref(tupleItem(names, <i32>i)));
    k++;
  }
  return t;
}

/** The code type's attribute descriptors (after the descriptor types exist). */
export function codeAttrsInit(): void {
  const d = load<Ptr>(codeType, TP_DICT);
  getsetAdd(codeType, 'co_name', co_get_name.index, 0, d);
  getsetAdd(codeType, 'co_qualname', co_get_qualname.index, 0, d);
  getsetAdd(codeType, 'co_filename', co_get_filename.index, 0, d);
  getsetAdd(codeType, 'co_firstlineno', co_get_firstlineno.index, 0, d);
  getsetAdd(codeType, 'co_argcount', co_get_argcount.index, 0, d);
  getsetAdd(codeType, 'co_posonlyargcount', co_get_posonlyargcount.index, 0, d);
  getsetAdd(codeType, 'co_kwonlyargcount', co_get_kwonlyargcount.index, 0, d);
  getsetAdd(codeType, 'co_nlocals', co_get_nlocals.index, 0, d);
  getsetAdd(codeType, 'co_varnames', co_get_varnames.index, 0, d);
  getsetAdd(codeType, 'co_cellvars', co_get_cellvars.index, 0, d);
  getsetAdd(codeType, 'co_freevars', co_get_freevars.index, 0, d);
  getsetAdd(codeType, 'co_names', co_get_names.index, 0, d);
  getsetAdd(codeType, 'co_consts', co_get_consts.index, 0, d);
  getsetAdd(codeType, 'co_flags', co_get_flags.index, 0, d);
  getsetAdd(codeType, 'co_stacksize', co_get_stacksize.index, 0, d);
  getsetAdd(codeType, 'co_code', co_get_code.index, 0, d);
}

export function codeTypeInit(): void {
  codeType = typeNewBuiltin('code', objectType, <u32>CO_WORDS, 0, TK_OTHER);
  typeSetSlot(codeType, SLOT_DEALLOC, code_dealloc.index);
  typeSetSlot(codeType, SLOT_REPR, code_repr.index);
  typeSetFinal(codeType);
}
