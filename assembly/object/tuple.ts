// === tuple: the immutable sequence (CPython's tupleobject.c), its iterator, and argument helpers ===
//
//   +0 refcnt | +4 type | +8 size u32 | +12 items: size x Ptr          (GC prefix in front)
//
// Invariants:
// - A tuple handed to Python code has every item set (a new reference owned by the tuple).
//   tupleNew(n) returns zeroed items; its caller fills them (stolen references) before the tuple
//   escapes, so dealloc and traverse tolerate 0 items (xdecref) but nothing else does.
// - `()` is one shared object (tupleEmpty, made by tupleTypeInit); tupleNew(0) returns it.
//
// The tail of the file holds the small argument-checking helpers every builtin method of the
// containers uses (positional count, CPython's "expected at most N arguments" messages).

import { Ptr } from '../common';
import { objAlloc, objFree, incref, decref, xdecref, newref, OB_TYPE } from './header';
import { tupleFreeCell, TUPLE_FREE_MAX, containerPark, containerUnpark } from './containerfree';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER, SLOT_ITERNEXT,
  SLOT_LEN, SLOT_GETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_NB_BINARY, TPFLAGS_HAVE_GC,
  TPFLAGS_TUPLE_SUBCLASS, TP_BASICSIZE, typeSetSlot, typeSlot, TPFLAGS_SEQUENCE, TPFLAGS_MATCH_SELF,
} from './typelayout';
import {
  typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeKind, TK_TUPLE, TK_LIST, TK_STR, TK_BYTES, TK_BYTEARRAY,
  TK_OTHER,
} from './type';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excTypeError, excValueError, excIndexError,
  excOverflowError,
} from '../vm/exc';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { strFromLiteral } from './str';
import { intFromI64, intType } from './int';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { objRepr, objHash, objRichCompare, objRichCompareBool } from './abstract';
import { indexCheck, viaIndex } from './slice';
import {
  sliceCheck, sliceUnpack, sliceAdjustIndices, indexCheck, indexAsI64, sliceScratchCells,
} from './slice';
import { listType, listSize, listItemsAddr, reprEnter, reprLeave, listFromIterable } from './list';
import { iterReturnSelf } from './iter';
import { NB_ADD, NB_MULTIPLY } from '../opcodes.gen';

@inline export const TU_SIZE: usize = 8;
@inline export const TU_ITEMS: usize = 12;

export let tupleType: Ptr = 0;
export let tupleIterType: Ptr = 0;
/** The shared empty tuple `()` (immortal in practice: the VM holds one reference). */
export let tupleEmpty: Ptr = 0;

// Comparison operators (RICHCOMPARE's op).
@inline const CMP_LT: i32 = 0;
@inline const CMP_LE: i32 = 1;
@inline const CMP_EQ: i32 = 2;
@inline const CMP_NE: i32 = 3;
@inline const CMP_GT: i32 = 4;
@inline const CMP_GE: i32 = 5;

// ---- construction and access ----

/** A tuple of n items, all 0: the caller stores n stolen references before it escapes.
 *  n == 0 gives the shared empty tuple. New reference; 0 with MemoryError set. */
export function tupleNew(n: i32): Ptr {
  if (n == 0 && tupleEmpty != 0) return newref(tupleEmpty);
  const cell = tupleFreeCell(n);
  if (cell != 0) {
    const r = containerUnpark(cell, tupleType, TU_ITEMS + (<usize>n << 2));
    if (r != 0) {
      store<u32>(r, n, TU_SIZE);
      return r;
    }
  }
  const t = objAlloc(tupleType, TU_ITEMS + (<usize>n << 2));
  if (t == 0) { excNoMemory(); return 0; }
  store<u32>(t, n, TU_SIZE);
  return t;
}

/** Like tupleNew for a subclass of tuple (tuple.__new__(cls, ...)). */
export function tupleNewOfType(type: Ptr, n: i32): Ptr {
  if (type == tupleType) return tupleNew(n);
  const t = objAlloc(type, <usize>load<u32>(type, TP_BASICSIZE) + (<usize>n << 2));
  if (t == 0) { excNoMemory(); return 0; }
  store<u32>(t, n, TU_SIZE);
  return t;
}

@inline export function tupleSize(t: Ptr): i32 {
  return load<i32>(t, TU_SIZE);
}

/** Item i (borrowed); 0 <= i < size is the caller's duty. */
@inline export function tupleItem(t: Ptr, i: i32): Ptr {
  return load<Ptr>(t + TU_ITEMS + (<usize>i << 2));
}

@inline export function tupleItemsAddr(t: Ptr): usize {
  return t + TU_ITEMS;
}

/** Is o a tuple or an instance of a subclass of tuple? */
@inline export function tupleCheck(o: Ptr): bool {
  return typeKind(load<Ptr>(o, OB_TYPE)) == TK_TUPLE;
}

/** (v,) with v stolen (0 passes through: the caller's error; released if the tuple cannot be
 *  made). */
export function tupleOne(v: Ptr): Ptr {
  if (v == 0) return 0;
  const t = tupleNew(1);
  if (t == 0) { decref(v); return 0; }
  store<Ptr>(t + TU_ITEMS, v);
  return t;
}

/** (a, b) with both references stolen (released if the tuple cannot be made). */
export function tuplePair(a: Ptr, b: Ptr): Ptr {
  const t = tupleNew(2);
  if (t == 0) { decref(a); decref(b); return 0; }
  store<Ptr>(t + TU_ITEMS, a);
  store<Ptr>(t + TU_ITEMS, b, 4);
  return t;
}

/** A new tuple holding new references to the n Ptrs at src. */
export function tupleFromArray(src: usize, n: i32): Ptr {
  const t = tupleNew(n);
  if (t == 0) return 0;
  const dst = t + TU_ITEMS;
  for (let i: usize = 0; i < <usize>n; i++) {
    const v = load<Ptr>(src + (i << 2));
    incref(v);
    store<Ptr>(dst + (i << 2), v);
  }
  return t;
}

/** tuple(iterable) as PySequence_Tuple: a tuple is returned as is, a list copied, anything else
 *  iterated. New reference. */
export function tupleFromIterable(o: Ptr): Ptr {
  const t = load<Ptr>(o, OB_TYPE);
  if (t == tupleType) return newref(o);
  if (t == listType) return tupleFromArray(listItemsAddr(o), listSize(o));
  const l = listFromIterable(o);
  if (l == 0) return 0;
  const r = tupleFromArray(listItemsAddr(l), listSize(l));
  decref(l);
  return r;
}

// ---- slots ----

function tuple_dealloc(t: Ptr): void {
  // CPython releases the items last to first.
  let i = tupleSize(t);
  while (--i >= 0) xdecref(tupleItem(t, i));
  if (load<Ptr>(t, OB_TYPE) == tupleType) {
    const cell = tupleFreeCell(tupleSize(t));
    if (cell != 0 && containerPark(cell, TUPLE_FREE_MAX, t)) return;
  }
  objFree(t);
}

/** Last item first, as CPython's tupletraverse. */
function tuple_traverse(t: Ptr, visit: u32, arg: Ptr): i32 {
  for (let i = tupleSize(t) - 1; i >= 0; i--) {
    const v = tupleItem(t, i);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

function tuple_repr(t: Ptr): Ptr {
  const n = tupleSize(t);
  if (n == 0) return strFromLiteral('()');
  const rec = reprEnter(t);
  if (rec != 0) return rec > 0 ? strFromLiteral('(...)') : 0;
  const sb = sbNew();
  sbAppendLiteral(sb, '(');
  for (let i: i32 = 0; i < n; i++) {
    if (i) sbAppendLiteral(sb, ', ');
    const r = objRepr(tupleItem(t, i));
    if (r == 0) { sbFree(sb); reprLeave(t); return 0; }
    sbAppendStr(sb, r);
    decref(r);
  }
  sbAppendLiteral(sb, n == 1 ? ',)' : ')');
  reprLeave(t);
  return sbFinish(sb);
}

// CPython 3.11's tuplehash: the xxHash64 round applied to each item's hash.
@inline const XXPRIME_1: u64 = 11400714785074694791;
@inline const XXPRIME_2: u64 = 14029467366897019727;
@inline const XXPRIME_5: u64 = 2870177450012600261;

function tuple_hash(t: Ptr): i64 {
  const n = tupleSize(t);
  let acc: u64 = XXPRIME_5;
  for (let i: i32 = 0; i < n; i++) {
    const lane = objHash(tupleItem(t, i));
    if (lane == -1) return -1;
    acc += <u64>lane * XXPRIME_2;
    acc = rotl<u64>(acc, 31);
    acc *= XXPRIME_1;
  }
  acc += <u64>n ^ (XXPRIME_5 ^ 3527539);
  if (acc == <u64>-1) return 1546275796;
  return <i64>acc;
}

/** Py_RETURN_RICHCOMPARE on two lengths. */
export function richCompareSizes(a: i64, b: i64, op: i32): Ptr {
  let r: bool;
  switch (op) {
    case CMP_LT: r = a < b; break;
    case CMP_LE: r = a <= b; break;
    case CMP_EQ: r = a == b; break;
    case CMP_NE: r = a != b; break;
    case CMP_GT: r = a > b; break;
    default: r = a >= b; break;
  }
  return boolFrom(r);
}

function tuple_richcompare(v: Ptr, w: Ptr, op: i32): Ptr {
  if (!tupleCheck(v) || !tupleCheck(w)) return newref(Py_NotImplemented);
  const vlen = tupleSize(v), wlen = tupleSize(w);
  // Find the first index where the items differ (identity counts as equal, as CPython's).
  let i: i32 = 0;
  for (; i < vlen && i < wlen; i++) {
    const k = objRichCompareBool(tupleItem(v, i), tupleItem(w, i), CMP_EQ);
    if (k < 0) return 0;
    if (k == 0) break;
  }
  if (i >= vlen || i >= wlen) return richCompareSizes(vlen, wlen, op);
  if (op == CMP_EQ) return boolFrom(false);
  if (op == CMP_NE) return boolFrom(true);
  return objRichCompare(tupleItem(v, i), tupleItem(w, i), op);
}

function tuple_len(t: Ptr): i64 {
  return tupleSize(t);
}

function tuple_contains(t: Ptr, v: Ptr): i32 {
  const n = tupleSize(t);
  for (let i: i32 = 0; i < n; i++) {
    const k = objRichCompareBool(tupleItem(t, i), v, CMP_EQ);
    if (k != 0) return k;
  }
  return 0;
}

function tuple_getitem(t: Ptr, key: Ptr): Ptr {
  const n = tupleSize(t);
  if (load<Ptr>(key, OB_TYPE) == intType || (!sliceCheck(key) && indexCheck(key))) {
    let i = indexAsI64(key, excIndexError);
    if (i == -1 && excOccurred()) return 0;
    if (i < 0) i += n;
    if (<u64>i >= <u64>n) return excFormat(excIndexError, 'tuple index out of range');
    return newref(tupleItem(t, <i32>i));
  }
  if (sliceCheck(key)) {
    const c = sliceScratchCells();
    if (sliceUnpack(key, c, c + 8, c + 16) < 0) return 0;
    const step = load<i64>(c, 16);
    const len = <i32>sliceAdjustIndices(n, c, c + 8, step);
    const start = load<i64>(c);
    if (start == 0 && step == 1 && len == n && load<Ptr>(t, OB_TYPE) == tupleType) return newref(t);
    const r = tupleNew(len);
    if (r == 0) return 0;
    let cur = start;
    for (let i: i32 = 0; i < len; i++, cur += step) {
      const v = tupleItem(t, <i32>cur);
      incref(v);
      store<Ptr>(r + TU_ITEMS + (<usize>i << 2), v);
    }
    return r;
  }
  if (indexCheck(key)) return viaIndex(t, key, tuple_getitem.index);
  return excFormat(excTypeError, 'tuple indices must be integers or slices, not %T', key);
}

/** The NB_ADD / NB_MULTIPLY fallback when the other operand is not ours: give its own slot a
 *  chance (CPython tries nb_add/nb_multiply of both types before sq_concat/sq_repeat), then 0
 *  with nothing set when it declines. */
import { slotIsFromDunder } from './slotdefs';
export function seqTryOtherSlot(a: Ptr, b: Ptr, nb: u32): Ptr {
  const tb = load<Ptr>(b, OB_TYPE);
  // The builtin sequences emulate sq_concat/sq_repeat in these slots, which CPython tries only
  // after every nb_ slot: theirs must not answer before ours raises.
  const mine = typeSlot(load<Ptr>(a, OB_TYPE), SLOT_NB_BINARY + <i32>nb);
  const theirs = typeSlot(tb, SLOT_NB_BINARY + <i32>nb);
  if (theirs == 0 || theirs == mine) return 0;
  // ...unless it is a builtin sequence's own (a subclass's __radd__/__rmul__ still counts)
  const kb = typeKind(tb);
  if ((kb == TK_STR || kb == TK_LIST || kb == TK_TUPLE || kb == TK_BYTES || kb == TK_BYTEARRAY) && !slotIsFromDunder(SLOT_NB_BINARY + <i32>nb, theirs)) return 0;
  const r = call_indirect<Ptr>(theirs, a, b);
  if (r != Py_NotImplemented) return r;
  decref(r);
  return 0;
}

function tuple_concat(a: Ptr, b: Ptr): Ptr {
  if (!tupleCheck(a)) return newref(Py_NotImplemented);
  if (!tupleCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_ADD);
    if (r != 0 || excOccurred()) return r;
    return excFormat(excTypeError, 'can only concatenate tuple (not "%T") to tuple', b);
  }
  const na = tupleSize(a), nb = tupleSize(b);
  if (nb == 0 && load<Ptr>(a, OB_TYPE) == tupleType) return newref(a);
  if (na == 0 && load<Ptr>(b, OB_TYPE) == tupleType) return newref(b);
  if (<i64>na + <i64>nb > 0x1FFFFFFF) return excNoMemory();
  const r = tupleNew(na + nb);
  if (r == 0) return 0;
  const dst = r + TU_ITEMS;
  for (let i: i32 = 0; i < na; i++) store<Ptr>(dst + (<usize>i << 2), newref(tupleItem(a, i)));
  for (let i: i32 = 0; i < nb; i++) store<Ptr>(dst + (<usize>(na + i) << 2), newref(tupleItem(b, i)));
  return r;
}

/**
 * The repeat count of `seq * n` / `n * seq` (sq_repeat): -1 + exception when n is not an index
 * ("can't multiply sequence by non-int of type 'float'") or too big (OverflowError).
 * Negative counts become 0.
 */
export function seqRepeatCount(n: Ptr): i64 {
  if (!indexCheck(n)) {
    excFormat(excTypeError, "can't multiply sequence by non-int of type '%T'", n);
    return -1;
  }
  const c = indexAsI64(n, excOverflowError);
  if (c == -1 && excOccurred()) return -1;
  return c < 0 ? 0 : c;
}

function tuple_repeat(a: Ptr, b: Ptr): Ptr {
  let seq = a, n = b;
  if (!tupleCheck(a)) { seq = b; n = a; }
  else if (!indexCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_MULTIPLY);
    if (r != 0 || excOccurred()) return r;
  }
  const count = seqRepeatCount(n);
  if (count < 0) return 0;
  const len = tupleSize(seq);
  if (count == 1 && load<Ptr>(seq, OB_TYPE) == tupleType) return newref(seq);
  if (len == 0 || count == 0) return tupleNew(0);
  if (<i64>len * count > 0x1FFFFFFF || count > 0x1FFFFFFF) return excNoMemory();
  const total = <i32>(<i64>len * count);
  const r = tupleNew(total);
  if (r == 0) return 0;
  const dst = r + TU_ITEMS;
  for (let i: i32 = 0; i < total; i++) store<Ptr>(dst + (<usize>i << 2), newref(tupleItem(seq, i % len)));
  return r;
}

/** tuple() / tuple(iterable) */
function tuple_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'tuple() takes no keyword arguments');
  if (nargs > 1) return argsRaiseCount(excTypeError, 'tuple expected at most 1 argument, got %D', nargs);
  if (type == tupleType) {
    return nargs == 0 ? tupleNew(0) : tupleFromIterable(load<Ptr>(args));
  }
  const src = nargs == 0 ? tupleNew(0) : tupleFromIterable(load<Ptr>(args));
  if (src == 0) return 0;
  const n = tupleSize(src);
  const r = tupleNewOfType(type, n);
  if (r != 0) for (let i: i32 = 0; i < n; i++) store<Ptr>(r + TU_ITEMS + (<usize>i << 2), newref(tupleItem(src, i)));
  decref(src);
  return r;
}

// ---- methods ----

/** Shared by tuple.index and list.index: the optional start/stop arguments, clamped as
 *  CPython's _PyEval_SliceIndexNotNone (messages included). Stores them at c, c + 8. */
export function seqIndexBounds(args: Ptr, nargs: i32, len: i64, c: usize): bool {
  let start: i64 = 0, stop: i64 = I64.MAX_VALUE;
  for (let k: i32 = 1; k < nargs; k++) {
    const o = load<Ptr>(args + (<usize>k << 2));
    if (!indexCheck(o)) {
      excSetString(excTypeError, 'slice indices must be integers or have an __index__ method');
      return false;
    }
    const v = indexAsI64(o, 0);
    if (v == -1 && excOccurred()) return false;
    if (k == 1) start = v; else stop = v;
  }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
  store<i64>(c, start);
  store<i64>(c, stop, 8);
  return true;
}

function tuple_index(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'tuple.index() takes no keyword arguments');
  if (nargs < 1) return argsRaiseCount(excTypeError, 'index expected at least 1 argument, got %D', nargs);
  if (nargs > 3) return argsRaiseCount(excTypeError, 'index expected at most 3 arguments, got %D', nargs);
  const c = sliceScratchCells();
  if (!seqIndexBounds(args, nargs, tupleSize(t), c)) return 0;
  const v = load<Ptr>(args);
  let stop = load<i64>(c, 8);
  if (stop > tupleSize(t)) stop = tupleSize(t);
  for (let i = load<i64>(c); i < stop; i++) {
    const k = objRichCompareBool(tupleItem(t, <i32>i), v, CMP_EQ);
    if (k > 0) return intFromI64(i);
    if (k < 0) return 0;
  }
  return excFormat(excValueError, 'tuple.index(x): x not in tuple');
}

function tuple_count(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'tuple.count() takes no keyword arguments');
  if (nargs != 1) return argsRaiseCount(excTypeError, 'tuple.count() takes exactly one argument (%D given)', nargs);
  const v = load<Ptr>(args);
  let count: i64 = 0;
  const n = tupleSize(t);
  for (let i: i32 = 0; i < n; i++) {
    const k = objRichCompareBool(tupleItem(t, i), v, CMP_EQ);
    if (k > 0) count++;
    else if (k < 0) return 0;
  }
  return intFromI64(count);
}

// ---- the tuple iterator ----
//
//   +0 refcnt | +4 type | +8 index u32 | +12 seq Ptr (0 once exhausted)

@inline const TI_INDEX: usize = 8;
@inline const TI_SEQ: usize = 12;
@inline const TI_SIZE: u32 = 16;

function tuple_iter(t: Ptr): Ptr {
  const it = objAlloc(tupleIterType, TI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(t), TI_SEQ);
  return it;
}

/** it.__length_hint__(): the items left. */
function tupleiter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const t = load<Ptr>(it, TI_SEQ);
  const n = t != 0 ? tupleSize(t) - <i32>load<u32>(it, TI_INDEX) : 0;
  return intFromI64(n > 0 ? n : 0);
}

function tupleiter_next(it: Ptr): Ptr {
  const t = load<Ptr>(it, TI_SEQ);
  if (t == 0) return 0;
  const i = load<u32>(it, TI_INDEX);
  if (i < <u32>tupleSize(t)) {
    store<u32>(it, i + 1, TI_INDEX);
    return newref(tupleItem(t, i));
  }
  store<Ptr>(it, 0, TI_SEQ);
  decref(t);
  return 0;
}

function tupleiter_dealloc(it: Ptr): void {
  xdecref(load<Ptr>(it, TI_SEQ));
  objFree(it);
}

function tupleiter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const t = load<Ptr>(it, TI_SEQ);
  return t ? call_indirect<i32>(visit, t, arg) : 0;
}

// ---- argument helpers for builtin methods ----
// (They belong with the kernel's calling convention; kept here until it has a home for them.)

/** The number of positional arguments: `args` holds nargs words, the last len(kwnames) of them
 *  keyword values (object/cfunc.ts). */
@inline export function argsPositional(nargs: i32, kwnames: Ptr): i32 {
  return kwnames ? nargs - tupleSize(kwnames) : nargs;
}

/** Raises `type` with a message whose one %D is the count n. Returns 0. */
export function argsRaiseCount(type: Ptr, fmt: string, n: i64): Ptr {
  const c = intFromI64(n);
  if (c == 0) return 0;
  excFormat(type, fmt, c);
  decref(c);
  return 0;
}

/** Raises `type` with a message with two %D counts. Returns 0. */
export function argsRaiseCount2(type: Ptr, fmt: string, a: i64, b: i64): Ptr {
  const x = intFromI64(a);
  if (x == 0) return 0;
  const y = intFromI64(b);
  if (y == 0) { decref(x); return 0; }
  excFormat(type, fmt, x, y);
  decref(x);
  decref(y);
  return 0;
}

/** Raises the METH_O / METH_NOARGS argument errors; true when the call is malformed. */
export function argsBadFixed(nargs: i32, kwnames: Ptr, want: i32, kwMsg: string, countMsg: string): bool {
  if (kwnames != 0 && tupleSize(kwnames) != 0) { excSetString(excTypeError, kwMsg); return true; }
  if (nargs != want) { argsRaiseCount(excTypeError, countMsg, nargs); return true; }
  return false;
}

/** The argument check of CPython's slot wrappers (list.__len__, dict.__setitem__, ...): exactly
 *  `want` positional arguments, no keywords. True when the call is malformed (exception set). */
export function argsBadWrapper(nargs: i32, kwnames: Ptr, want: i32): bool {
  if (kwnames != 0 && tupleSize(kwnames) != 0) {
    excSetString(excTypeError, 'wrapper takes no keyword arguments');
    return true;
  }
  if (nargs == want) return false;
  // CPython words the two-argument case through PyArg_UnpackTuple with an empty name.
  if (want == 2) argsRaiseCount(excTypeError, ' expected 2 arguments, got %D', nargs);
  else if (want == 1) argsRaiseCount(excTypeError, 'expected 1 argument, got %D', nargs);
  else argsRaiseCount2(excTypeError, 'expected %D arguments, got %D', want, nargs);
  return true;
}

/** t.__getnewargs__(): (tuple(t),), what pickling a tuple subclass rebuilds from. */
function tuple___getnewargs__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0 || (kwnames != 0 && tupleSize(kwnames) > 0)) return argsRaiseCount(excTypeError, 'tuple.__getnewargs__() takes no arguments (%D given)', nargs);
  return tupleOne(tupleFromArray(tupleItemsAddr(self), tupleSize(self)));
}

export function tupleTypeInit(): void {
  tupleType = typeNewBuiltin('tuple', objectType, <u32>TU_ITEMS, TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF, TK_TUPLE);
  typeSetSlot(tupleType, SLOT_DEALLOC, tuple_dealloc.index);
  typeSetSlot(tupleType, SLOT_TRAVERSE, tuple_traverse.index);
  typeSetSlot(tupleType, SLOT_REPR, tuple_repr.index);
  typeSetSlot(tupleType, SLOT_HASH, tuple_hash.index);
  typeSetSlot(tupleType, SLOT_RICHCOMPARE, tuple_richcompare.index);
  typeSetSlot(tupleType, SLOT_ITER, tuple_iter.index);
  typeSetSlot(tupleType, SLOT_LEN, tuple_len.index);
  typeSetSlot(tupleType, SLOT_GETITEM, tuple_getitem.index);
  typeSetSlot(tupleType, SLOT_CONTAINS, tuple_contains.index);
  typeSetSlot(tupleType, SLOT_NEW, tuple_new.index);
  typeSetSlot(tupleType, SLOT_NB_BINARY + <i32>NB_ADD, tuple_concat.index);
  typeSetSlot(tupleType, SLOT_NB_BINARY + <i32>NB_MULTIPLY, tuple_repeat.index);
  typeAddMethod(tupleType, 'index', tuple_index.index);
  typeAddMethod(tupleType, 'count', tuple_count.index);
  typeAddMethod(tupleType, '__getnewargs__', tuple___getnewargs__.index);

  tupleIterType = typeNewBuiltin('tuple_iterator', objectType, TI_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(tupleIterType, SLOT_DEALLOC, tupleiter_dealloc.index);
  typeSetSlot(tupleIterType, SLOT_TRAVERSE, tupleiter_traverse.index);
  typeSetSlot(tupleIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(tupleIterType, SLOT_ITERNEXT, tupleiter_next.index);
  typeAddMethod(tupleIterType, '__length_hint__', tupleiter_length_hint.index);
  typeSetFinal(tupleIterType);

  // The shared empty tuple (objAlloc directly: tupleNew(0) would return the not-yet-made one).
  tupleEmpty = objAlloc(tupleType, TU_ITEMS);
}
