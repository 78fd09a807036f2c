// === range and its iterator (CPython's rangeobject.c, on i64 bounds) ===
//
//   range:          +0 refcnt | +4 type | +8 start i64 | +16 stop i64 | +24 step i64 | +32 length u64
//   range_iterator: +0 refcnt | +4 type | +8 next i64 | +16 step i64 | +24 remaining u64
//
// A range holds no references, so neither type is a GC container. The length is computed once
// with unsigned arithmetic (CPython's get_len_of_range), so ranges spanning most of the i64 line
// do not overflow; the items themselves, start + i*step for i < length, always fit in i64.
// Bounds beyond i64 (CPython allows any int) raise OverflowError "cannot fit 'int' into an
// index-sized integer": big-int ranges are not supported; a big int is simply never an item.

import { Ptr } from '../common';
import { objAlloc, objFree, decref, newref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER, SLOT_ITERNEXT, SLOT_LEN,
  SLOT_GETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_GETATTRO, typeSetSlot, TPFLAGS_SEQUENCE,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeKind, TK_BOOL, TK_OTHER } from './type';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excTypeError, excValueError, excIndexError,
  excOverflowError,
} from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intFromI64, intAsI64, intMagnitudeU64, intSign, intType } from './int';
import { longFromU64 } from './long';
import { sbNew, sbAppendLiteral, sbAppendI64, sbFinish } from './strbuild';
import { objHash, objRichCompareBool, objGenericGetAttr, objIndex } from './abstract';
import {
  sliceCheck, sliceUnpack, sliceAdjustIndices, indexCheck, indexAsI64, memberStartStopStep, sliceScratchCells,
} from './slice';
import { tupleNew, tupleItemsAddr, argsPositional, argsRaiseCount } from './tuple';
import { iterReturnSelf } from './iter';

@inline const RG_START: usize = 8;
@inline const RG_STOP: usize = 16;
@inline const RG_STEP: usize = 24;
@inline const RG_LEN: usize = 32;
@inline const RG_SIZE: u32 = 40;

@inline const RI_NEXT: usize = 8;
@inline const RI_STEP: usize = 16;
@inline const RI_LEFT: usize = 24;
@inline const RI_SIZE: u32 = 32;

@inline const CMP_EQ: i32 = 2;
@inline const CMP_NE: i32 = 3;

export let rangeType: Ptr = 0;
export let rangeIterType: Ptr = 0;

@inline function rStart(r: Ptr): i64 { return load<i64>(r, RG_START); }
@inline function rStop(r: Ptr): i64 { return load<i64>(r, RG_STOP); }
@inline function rStep(r: Ptr): i64 { return load<i64>(r, RG_STEP); }
@inline function rLen(r: Ptr): u64 { return load<u64>(r, RG_LEN); }

/** The number of items of range(lo, hi, step) (step != 0), without overflow. */
function rangeLength(lo: i64, hi: i64, step: i64): u64 {
  if (step > 0 && lo < hi) return (<u64>hi - <u64>lo - 1) / <u64>step + 1;
  if (step < 0 && lo > hi) return (<u64>lo - <u64>hi - 1) / (0 - <u64>step) + 1;
  return 0;
}

/** range(start, stop, step) (step != 0). New reference. */
export function rangeNew(start: i64, stop: i64, step: i64): Ptr {
  const r = objAlloc(rangeType, RG_SIZE);
  if (r == 0) return excNoMemory();
  store<i64>(r, start, RG_START);
  store<i64>(r, stop, RG_STOP);
  store<i64>(r, step, RG_STEP);
  store<u64>(r, rangeLength(start, stop, step), RG_LEN);
  return r;
}

/** An argument of range() as i64; -1 + excOccurred() on error. */
function rangeArg(o: Ptr): i64 {
  if (!indexCheck(o)) {
    excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", o);
    return -1;
  }
  return indexAsI64(o, excOverflowError);
}

/** range(stop) / range(start, stop[, step]) */
function range_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'range() takes no keyword arguments');
  if (nargs < 1) return argsRaiseCount(excTypeError, 'range expected at least 1 argument, got %D', nargs);
  if (nargs > 3) return argsRaiseCount(excTypeError, 'range expected at most 3 arguments, got %D', nargs);
  let start: i64 = 0, stop: i64 = 0, step: i64 = 1;
  if (nargs == 1) {
    stop = rangeArg(load<Ptr>(args));
    if (stop == -1 && excOccurred()) return 0;
  } else {
    start = rangeArg(load<Ptr>(args));
    if (start == -1 && excOccurred()) return 0;
    stop = rangeArg(load<Ptr>(args, 4));
    if (stop == -1 && excOccurred()) return 0;
    if (nargs == 3) {
      step = rangeArg(load<Ptr>(args, 8));
      if (step == -1 && excOccurred()) return 0;
      if (step == 0) return excFormat(excValueError, 'range() arg 3 must not be zero');
    }
  }
  return rangeNew(start, stop, step);
}

function range_dealloc(r: Ptr): void {
  objFree(r);
}

function range_repr(r: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  sbAppendLiteral(sb, 'range(');
  sbAppendI64(sb, rStart(r));
  sbAppendLiteral(sb, ', ');
  sbAppendI64(sb, rStop(r));
  if (rStep(r) != 1) {
    sbAppendLiteral(sb, ', ');
    sbAppendI64(sb, rStep(r));
  }
  sbAppendLiteral(sb, ')');
  return sbFinish(sb);
}

function range_len(r: Ptr): i64 {
  const n = rLen(r);
  if (n > <u64>I64.MAX_VALUE) {
    excSetString(excOverflowError, 'Python int too large to convert to C ssize_t');
    return -1;
  }
  return <i64>n;
}

/** Item i (0 <= i < length). */
@inline function rangeItem(r: Ptr, i: u64): i64 {
  return <i64>(<u64>rStart(r) + i * <u64>rStep(r));
}

function range_getitem(r: Ptr, key: Ptr): Ptr {
  if (load<Ptr>(key, OB_TYPE) == intType || (!sliceCheck(key) && indexCheck(key))) {
    // |index| and its sign in u64: a range may hold up to 2^64 - 1 items (range(-2**63,
    // 2**63 - 1)), so an index of 2^63 can still be valid
    const ix = objIndex(key);
    if (ix == 0) return 0;
    const mag = intMagnitudeU64(ix, okCell);
    const neg = intSign(ix) < 0;
    decref(ix);
    const n = rLen(r);
    if (!load<u8>(okCell) || (neg ? mag > n : mag >= n)) return excFormat(excIndexError, 'range object index out of range');
    return intFromI64(rangeItem(r, neg ? n - mag : mag));
  }
  if (sliceCheck(key)) {
    const c = sliceScratchCells();
    if (sliceUnpack(key, c, c + 8, c + 16) < 0) return 0;
    const sstep = load<i64>(c, 16);
    sliceAdjustIndices(<i64>rLen(r), c, c + 8, sstep);
    const step = rStep(r);
    // Positions -1 and length are legal here (one before / past the ends): plain arithmetic.
    const start = <i64>(<u64>rStart(r) + <u64>load<i64>(c) * <u64>step);
    const stop = <i64>(<u64>rStart(r) + <u64>load<i64>(c, 8) * <u64>step);
    return rangeNew(start, stop, step * sstep);
  }
  return excFormat(excTypeError, 'range indices must be integers or slices, not %T', key);
}

/** Is the int value v one of r's items? */
function rangeHasInt(r: Ptr, v: i64): bool {
  const start = rStart(r), stop = rStop(r), step = rStep(r);
  if (step > 0) {
    if (v < start || v >= stop) return false;
    return (<u64>v - <u64>start) % <u64>step == 0;
  }
  if (v > start || v <= stop) return false;
  return (<u64>start - <u64>v) % (0 - <u64>step) == 0;
}

/** intAsI64's "fits" flag (single-threaded core). */
const okCell: usize = memory.data(1);

@inline function isExactIntLike(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == intType || typeKind(t) == TK_BOOL;
}

/** The first position where item == x by comparison (non-int x), -1 if none, -2 on error. */
function rangeSearch(r: Ptr, x: Ptr, countAll: bool): i64 {
  const n = rLen(r);
  let count: i64 = 0;
  for (let i: u64 = 0; i < n; i++) {
    const v = intFromI64(rangeItem(r, i));
    if (v == 0) return -2;
    const k = objRichCompareBool(v, x, CMP_EQ);
    decref(v);
    if (k < 0) return -2;
    if (k > 0) {
      if (!countAll) return <i64>i;
      count++;
    }
  }
  return countAll ? count : -1;
}

function range_contains(r: Ptr, x: Ptr): i32 {
  if (isExactIntLike(x)) {
    const v = intAsI64(x, okCell);
    if (!load<u8>(okCell)) return 0; // beyond i64, so beyond every range's items
    return rangeHasInt(r, v) ? 1 : 0;
  }
  const p = rangeSearch(r, x, false);
  if (p == -2) return -1;
  return p >= 0 ? 1 : 0;
}

function range_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (load<Ptr>(b, OB_TYPE) != rangeType || load<Ptr>(a, OB_TYPE) != rangeType ||
      (op != CMP_EQ && op != CMP_NE)) {
    return newref(Py_NotImplemented);
  }
  let eq: bool;
  if (a == b) eq = true;
  else if (rLen(a) != rLen(b)) eq = false;
  else if (rLen(a) == 0) eq = true;
  else if (rStart(a) != rStart(b)) eq = false;
  else if (rLen(a) == 1) eq = true;
  else eq = rStep(a) == rStep(b);
  return boolFrom(eq == (op == CMP_EQ));
}

/** hash((len, start, step)), with None for the parts that do not matter (CPython's range_hash). */
function range_hash(r: Ptr): i64 {
  const t = tupleNew(3);
  if (t == 0) return -1;
  const items = tupleItemsAddr(t);
  const n = rLen(r);
  store<Ptr>(items, intFromI64(<i64>n));
  if (n == 0) {
    store<Ptr>(items, newref(Py_None), 4);
    store<Ptr>(items, newref(Py_None), 8);
  } else {
    store<Ptr>(items, intFromI64(rStart(r)), 4);
    store<Ptr>(items, n == 1 ? newref(Py_None) : intFromI64(rStep(r)), 8);
  }
  const h = objHash(t);
  decref(t);
  return h;
}

function range_index(r: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'range.index() takes no keyword arguments');
  if (nargs != 1) return argsRaiseCount(excTypeError, 'range.index() takes exactly one argument (%D given)', nargs);
  const x = load<Ptr>(args);
  if (isExactIntLike(x)) {
    const v = intAsI64(x, okCell);
    if (load<u8>(okCell) && rangeHasInt(r, v)) {
      const step = rStep(r);
      const pos = step > 0 ? (<u64>v - <u64>rStart(r)) / <u64>step : (<u64>rStart(r) - <u64>v) / (0 - <u64>step);
      return intFromI64(<i64>pos);
    }
    return excFormat(excValueError, '%R is not in range', x);
  }
  const p = rangeSearch(r, x, false);
  if (p == -2) return 0;
  if (p >= 0) return intFromI64(p);
  return excFormat(excValueError, 'sequence.index(x): x not in sequence');
}

function range_count(r: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'range.count() takes no keyword arguments');
  if (nargs != 1) return argsRaiseCount(excTypeError, 'range.count() takes exactly one argument (%D given)', nargs);
  const x = load<Ptr>(args);
  if (isExactIntLike(x)) {
    const v = intAsI64(x, okCell);
    return intFromI64(load<u8>(okCell) && rangeHasInt(r, v) ? 1 : 0);
  }
  const c = rangeSearch(r, x, true);
  if (c == -2) return 0;
  return intFromI64(c);
}

/** r.start, r.stop, r.step, then the generic lookup (methods). */
function range_getattro(r: Ptr, name: Ptr): Ptr {
  const m = memberStartStopStep(name);
  if (m >= 0) return intFromI64(load<i64>(r + RG_START + (<usize>m << 3)));
  return objGenericGetAttr(r, name);
}

// ---- the iterator ----

function rangeIterNew(next: i64, step: i64, count: u64): Ptr {
  const it = objAlloc(rangeIterType, RI_SIZE);
  if (it == 0) return excNoMemory();
  store<i64>(it, next, RI_NEXT);
  store<i64>(it, step, RI_STEP);
  store<u64>(it, count, RI_LEFT);
  return it;
}

function range_iter(r: Ptr): Ptr {
  return rangeIterNew(rStart(r), rStep(r), rLen(r));
}

function range_reversed(r: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'range.__reversed__() takes no arguments (%D given)', nargs);
  const n = rLen(r);
  if (n == 0) return rangeIterNew(rStart(r), -rStep(r), 0);
  return rangeIterNew(rangeItem(r, n - 1), <i64>(0 - <u64>rStep(r)), n);
}

/** The range iterator's ITERNEXT; inlined by FOR_ITER's fast path. */
/** it.__length_hint__(): the items left (a range has at most 2**64 - 1 of them). */
function rangeiter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const left = load<u64>(it, RI_LEFT);
  return left <= <u64>I64.MAX_VALUE ? intFromI64(<i64>left) : longFromU64(left, false);
}

@inline export function rangeiter_next(it: Ptr): Ptr {
  const left = load<u64>(it, RI_LEFT);
  if (left == 0) return 0;
  const v = load<i64>(it, RI_NEXT);
  store<u64>(it, left - 1, RI_LEFT);
  // Wrapping add: the value after the last item may leave i64, but it is never produced.
  store<i64>(it, <i64>(<u64>v + <u64>load<i64>(it, RI_STEP)), RI_NEXT);
  return intFromI64(v);
}

function rangeiter_dealloc(it: Ptr): void {
  objFree(it);
}

export function rangeTypeInit(): void {
  rangeType = typeNewBuiltin('range', objectType, RG_SIZE, TPFLAGS_SEQUENCE, TK_OTHER);
  typeSetSlot(rangeType, SLOT_DEALLOC, range_dealloc.index);
  typeSetSlot(rangeType, SLOT_REPR, range_repr.index);
  typeSetSlot(rangeType, SLOT_HASH, range_hash.index);
  typeSetSlot(rangeType, SLOT_RICHCOMPARE, range_richcompare.index);
  typeSetSlot(rangeType, SLOT_ITER, range_iter.index);
  typeSetSlot(rangeType, SLOT_LEN, range_len.index);
  typeSetSlot(rangeType, SLOT_GETITEM, range_getitem.index);
  typeSetSlot(rangeType, SLOT_CONTAINS, range_contains.index);
  typeSetSlot(rangeType, SLOT_NEW, range_new.index);
  typeSetSlot(rangeType, SLOT_GETATTRO, range_getattro.index);
  typeSetFinal(rangeType);
  typeAddMethod(rangeType, 'index', range_index.index);
  typeAddMethod(rangeType, 'count', range_count.index);
  typeAddMethod(rangeType, '__reversed__', range_reversed.index);

  rangeIterType = typeNewBuiltin('range_iterator', objectType, RI_SIZE, 0, TK_OTHER);
  typeSetSlot(rangeIterType, SLOT_DEALLOC, rangeiter_dealloc.index);
  typeSetSlot(rangeIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(rangeIterType, SLOT_ITERNEXT, rangeiter_next.index);
  typeAddMethod(rangeIterType, '__length_hint__', rangeiter_length_hint.index);
  typeSetFinal(rangeIterType);
}
