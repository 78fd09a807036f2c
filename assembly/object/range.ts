// === range and its iterators (CPython's rangeobject.c) ===
//
// A range whose start, stop and step all fit an i64 (nearly every range) is *compact*: machine
// integers, and a length computed once with unsigned arithmetic (CPython's get_len_of_range), so
// ranges spanning most of the i64 line do not overflow. Any other range is *big*: it holds the
// four values as int objects, as CPython's range always does. Step 0 is impossible, so a 0 in the
// step word marks the big form.
//
//   compact: +0 refcnt | +4 type | +8 start i64 | +16 stop i64 | +24 step i64 (!= 0) | +32 length u64
//   big:     +0 refcnt | +4 type | +8 start Ptr | +12 stop Ptr | +16 step Ptr | +20 length Ptr
//                                                               | +24 i64 0 (the marker) | +32 unused
//
// Invariant: a range is big only when start, stop or step does not fit an i64 (rangeFromInts
// normalizes), so a compact range's items, start + i*step for i < length, always fit an i64;
// a big range's int objects are exact ints. Neither form holds a container, so range is no GC type.
//
// Iterators follow CPython's choice (range_iter, range_reverse): range_iterator on i64s when the
// range is compact, its length fits an i64 and the value after the last item cannot overflow,
// else longrange_iterator on int objects (the type name shows):
//
//   range_iterator:     +8 next i64 | +16 step i64 | +24 remaining u64
//   longrange_iterator: +8 next Ptr | +12 step Ptr | +16 remaining Ptr      (exact ints, owned)
//
// Everything beyond i64 (big ranges, slicing, items past the i64 line) is computed with int
// objects by one generic path per operation, the formulas of CPython's rangeobject.c; compact
// ranges keep i64 fast paths for iteration, indexing, len, membership and equality.

import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER, SLOT_ITERNEXT, SLOT_LEN,
  SLOT_GETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_GETATTRO, SLOT_BOOL, typeSetSlot, TPFLAGS_SEQUENCE,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeKind, TK_BOOL, TK_OTHER } from './type';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excTypeError, excValueError, excIndexError,
  excOverflowError, formatMessage,
} from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intFromI64, intAsI64, intMagnitudeU64, intSign, intType, intCompare, intAdd, intMul } from './int';
import { longFromU64, longSub, longFloorDiv, longMod, longNeg, longCopy } from './long';
import { objHash, objRichCompareBool, objGenericGetAttr, objIndex, objIterNext } from './abstract';
import { sliceCheck, sliceStart, sliceStop, sliceStep, indexCheck, memberStartStopStep } from './slice';
import { tupleNew, tupleItemsAddr, argsPositional, argsRaiseCount } from './tuple';
import { iterReturnSelf } from './iter';

@inline const RG_START: usize = 8;
@inline const RG_STOP: usize = 16;
@inline const RG_STEP: usize = 24;
@inline const RG_LEN: usize = 32;
@inline const RG_SIZE: u32 = 40;
// the big form: four int objects (field k at RB_START + 4k: start, stop, step, length)
@inline const RB_START: usize = 8;
@inline const RB_LEN: usize = 20;

@inline const RI_NEXT: usize = 8;
@inline const RI_STEP: usize = 16;
@inline const RI_LEFT: usize = 24;
@inline const RI_SIZE: u32 = 32;

@inline const LRI_NEXT: usize = 8;
@inline const LRI_STEP: usize = 12;
@inline const LRI_LEFT: usize = 16;
@inline const LRI_SIZE: u32 = 20;

@inline const CMP_EQ: i32 = 2;
@inline const CMP_NE: i32 = 3;

// the fields of rangeField
@inline const F_START: i32 = 0;
@inline const F_STOP: i32 = 1;
@inline const F_STEP: i32 = 2;
@inline const F_LEN: i32 = 3;

export let rangeType: Ptr = 0;
export let rangeIterType: Ptr = 0;
export let longRangeIterType: Ptr = 0;

@inline function rangeIsBig(r: Ptr): bool { return load<i64>(r, RG_STEP) == 0; }
@inline function rStart(r: Ptr): i64 { return load<i64>(r, RG_START); }
@inline function rStop(r: Ptr): i64 { return load<i64>(r, RG_STOP); }
@inline function rStep(r: Ptr): i64 { return load<i64>(r, RG_STEP); }
@inline function rLen(r: Ptr): u64 { return load<u64>(r, RG_LEN); }

/** Field k (F_START, F_STOP, F_STEP, F_LEN) of r, in either form, as an int. New reference. */
function rangeField(r: Ptr, k: i32): Ptr {
  if (rangeIsBig(r)) return newref(load<Ptr>(r + RB_START + (<usize>k << 2)));
  if (k == F_LEN) return longFromU64(rLen(r), false);
  return intFromI64(load<i64>(r + RG_START + (<usize>k << 3)));
}

/** The big form's field k, borrowed. */
@inline function bigField(r: Ptr, k: i32): Ptr { return load<Ptr>(r + RB_START + (<usize>k << 2)); }

/** The number of items of range(lo, hi, step) (step != 0), without overflow. */
function rangeLength(lo: i64, hi: i64, step: i64): u64 {
  if (step > 0 && lo < hi) return (<u64>hi - <u64>lo - 1) / <u64>step + 1;
  if (step < 0 && lo > hi) return (<u64>lo - <u64>hi - 1) / (0 - <u64>step) + 1;
  return 0;
}

/** compute_range_length for ints of any size: max(0, ceil((stop - start) / step)), computed as
 *  -((start - stop) // step), which floors the right way for both signs of step. New reference. */
function rangeLengthObj(start: Ptr, stop: Ptr, step: Ptr): Ptr {
  const d = longSub(start, stop);
  if (d == 0) return 0;
  const q = longFloorDiv(d, step);
  decref(d);
  if (q == 0) return 0;
  if (intSign(q) >= 0) { decref(q); return intFromI64(0); }
  const n = longNeg(q);
  decref(q);
  return n;
}

/** range(start, stop, step) (step != 0) on i64s. New reference. */
export function rangeNew(start: i64, stop: i64, step: i64): Ptr {
  const r = objAlloc(rangeType, RG_SIZE);
  if (r == 0) return excNoMemory();
  store<i64>(r, start, RG_START);
  store<i64>(r, stop, RG_STOP);
  store<i64>(r, step, RG_STEP);
  store<u64>(r, rangeLength(start, stop, step), RG_LEN);
  return r;
}

/** An exact int equal to int o (a bool or int subclass instance is copied). New reference. */
@inline function exactInt(o: Ptr): Ptr {
  return load<Ptr>(o, OB_TYPE) == intType ? newref(o) : longCopy(o);
}

/** range(start, stop, step) for ints of any size (borrowed; step != 0), compact when all three
 *  fit an i64. New reference. */
function rangeFromInts(start: Ptr, stop: Ptr, step: Ptr): Ptr {
  const a = intAsI64(start, okCell);
  if (load<u8>(okCell)) {
    const b = intAsI64(stop, okCell);
    if (load<u8>(okCell)) {
      const c = intAsI64(step, okCell);
      if (load<u8>(okCell)) return rangeNew(a, b, c);
    }
  }
  const len = rangeLengthObj(start, stop, step);
  if (len == 0) return 0;
  const s0 = exactInt(start), s1 = exactInt(stop), s2 = exactInt(step);
  const r = objAlloc(rangeType, RG_SIZE);
  if (r == 0 || s0 == 0 || s1 == 0 || s2 == 0) {
    if (r != 0) objFree(r);
    xdecref(s0); xdecref(s1); xdecref(s2); decref(len);
    return excNoMemory();
  }
  store<Ptr>(r, s0, RB_START);
  store<Ptr>(r, s1, RB_START + 4);
  store<Ptr>(r, s2, RB_START + 8);
  store<Ptr>(r, len, RB_LEN);
  store<i64>(r, 0, RG_STEP);
  return r;
}

/** range(stop) / range(start, stop[, step]): each argument through __index__, in CPython's
 *  order (start, stop, then step), then step 0 is refused. */
function range_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'range() takes no keyword arguments');
  if (nargs < 1) return argsRaiseCount(excTypeError, 'range expected at least 1 argument, got %D', nargs);
  if (nargs > 3) return argsRaiseCount(excTypeError, 'range expected at most 3 arguments, got %D', nargs);
  if (nargs == 1) {
    const stop = objIndex(load<Ptr>(args));
    if (stop == 0) return 0;
    const v = intAsI64(stop, okCell);
    if (load<u8>(okCell)) { decref(stop); return rangeNew(0, v, 1); }
    const zero = intFromI64(0), one = intFromI64(1);
    const r = rangeFromInts(zero, stop, one);
    decref(zero); decref(one); decref(stop);
    return r;
  }
  const start = objIndex(load<Ptr>(args));
  if (start == 0) return 0;
  const stop = objIndex(load<Ptr>(args, 4));
  if (stop == 0) { decref(start); return 0; }
  const step = nargs == 3 ? objIndex(load<Ptr>(args, 8)) : intFromI64(1);
  if (step == 0) { decref(start); decref(stop); return 0; }
  let r: Ptr = 0;
  if (intSign(step) == 0) excSetString(excValueError, 'range() arg 3 must not be zero');
  else r = rangeFromInts(start, stop, step);
  decref(start); decref(stop); decref(step);
  return r;
}

function range_dealloc(r: Ptr): void {
  if (rangeIsBig(r)) {
    for (let k = 0; k < 4; k++) decref(bigField(r, k));
  }
  objFree(r);
}

/** "range(start, stop)" or "range(start, stop, step)" when step != 1. */
function range_repr(r: Ptr): Ptr {
  const start = rangeField(r, F_START);
  const stop = rangeField(r, F_STOP);
  const step = rangeField(r, F_STEP);
  let s: Ptr = 0;
  if (start != 0 && stop != 0 && step != 0) {
    const unit = intAsI64(step, okCell) == 1 && load<u8>(okCell);
    s = unit ? formatMessage('range(%R, %R)', start, stop, 0) : formatMessage('range(%R, %R, %R)', start, stop, step);
  }
  xdecref(start); xdecref(stop); xdecref(step);
  return s;
}

function range_len(r: Ptr): i64 {
  let n: u64;
  if (rangeIsBig(r)) {
    const v = intAsI64(bigField(r, F_LEN), okCell);
    n = load<u8>(okCell) ? <u64>v : U64.MAX_VALUE;
  } else n = rLen(r);
  if (n > <u64>I64.MAX_VALUE) {
    excSetString(excOverflowError, 'Python int too large to convert to C ssize_t');
    return -1;
  }
  return <i64>n;
}

/** bool(r): the length is not zero (no len(), which overflows for huge ranges). */
function range_bool(r: Ptr): i32 {
  if (rangeIsBig(r)) return intSign(bigField(r, F_LEN)) != 0 ? 1 : 0;
  return rLen(r) != 0 ? 1 : 0;
}

/** Item i (0 <= i < length) of a compact range. */
@inline function rangeItem(r: Ptr, i: u64): i64 {
  return <i64>(<u64>rStart(r) + i * <u64>rStep(r));
}

/** compute_item: start + i*step for an int i of any size (no bounds check). New reference. */
function rangeComputeItem(r: Ptr, i: Ptr): Ptr {
  const step = rangeField(r, F_STEP);
  if (step == 0) return 0;
  const p = intMul(i, step);
  decref(step);
  if (p == 0) return 0;
  const start = rangeField(r, F_START);
  if (start == 0) { decref(p); return 0; }
  const v = intAdd(start, p);
  decref(start);
  decref(p);
  return v;
}

/** r[ix] for an int ix of any size (compute_range_item): negative indices count from the end. */
function rangeItemObj(r: Ptr, ix: Ptr): Ptr {
  if (!rangeIsBig(r)) {
    // |index| and its sign in u64: a compact range may hold up to 2^64 - 1 items (range(-2**63,
    // 2**63 - 1)), so an index of 2^63 can still be valid
    const mag = intMagnitudeU64(ix, okCell);
    const neg = intSign(ix) < 0;
    const n = rLen(r);
    if (!load<u8>(okCell) || (neg ? mag > n : mag >= n)) return excFormat(excIndexError, 'range object index out of range');
    return intFromI64(rangeItem(r, neg ? n - mag : mag));
  }
  const len = bigField(r, F_LEN);
  const i = intSign(ix) < 0 ? intAdd(ix, len) : newref(ix);
  if (i == 0) return 0;
  if (intSign(i) < 0 || intCompare(i, len) >= 0) {
    decref(i);
    return excFormat(excIndexError, 'range object index out of range');
  }
  const v = rangeComputeItem(r, i);
  decref(i);
  return v;
}

/** A slice bound or step through __index__ (evaluate_slice_index). New reference. */
function sliceIndexObj(v: Ptr): Ptr {
  if (!indexCheck(v)) return excSetString(excTypeError, 'slice indices must be integers or None or have an __index__ method');
  return objIndex(v);
}

/** A slice start or stop clamped into [lower, upper] (_PySlice_GetLongIndices): None gives
 *  `dflt`, a negative index counts from the end. All borrowed; new reference. */
function sliceBoundObj(v: Ptr, len: Ptr, lower: Ptr, upper: Ptr, dflt: Ptr): Ptr {
  if (v == Py_None) return newref(dflt);
  const x = sliceIndexObj(v);
  if (x == 0) return 0;
  if (intSign(x) < 0) {
    const y = intAdd(x, len);
    decref(x);
    if (y == 0) return 0;
    if (intCompare(y, lower) < 0) { decref(y); return newref(lower); }
    return y;
  }
  if (intCompare(x, upper) > 0) { decref(x); return newref(upper); }
  return x;
}

/** r[s] for a slice s (compute_slice): the range of the selected items, on ints of any size. */
function rangeSlice(r: Ptr, s: Ptr): Ptr {
  let sstep: Ptr;
  const sv = sliceStep(s);
  if (sv == Py_None) sstep = intFromI64(1);
  else {
    sstep = sliceIndexObj(sv);
    if (sstep == 0) return 0;
    if (intSign(sstep) == 0) { decref(sstep); return excSetString(excValueError, 'slice step cannot be zero'); }
  }
  const back = intSign(sstep) < 0;
  const len = rangeField(r, F_LEN);
  const minusOne = intFromI64(-1);
  const lower = back ? newref(minusOne) : intFromI64(0);
  const upper: Ptr = len == 0 ? 0 : back ? intAdd(len, minusOne) : newref(len);
  let result: Ptr = 0;
  if (upper != 0) {
    const start = sliceBoundObj(sliceStart(s), len, lower, upper, back ? <Ptr>upper : lower);
    if (start != 0) {
      const stop = sliceBoundObj(sliceStop(s), len, lower, upper, back ? lower : upper);
      if (stop != 0) {
        const a = rangeComputeItem(r, start);
        const b: Ptr = a == 0 ? 0 : rangeComputeItem(r, stop);
        const rstep: Ptr = b == 0 ? 0 : rangeField(r, F_STEP);
        const c: Ptr = rstep == 0 ? 0 : intMul(rstep, sstep);
        if (c != 0) result = rangeFromInts(a, b, c);
        xdecref(a); xdecref(b); xdecref(rstep); xdecref(c);
        decref(stop);
      }
      decref(start);
    }
  }
  xdecref(upper); decref(lower); decref(minusOne); xdecref(len); decref(sstep);
  return result;
}

function range_getitem(r: Ptr, key: Ptr): Ptr {
  if (load<Ptr>(key, OB_TYPE) == intType) return rangeItemObj(r, key);
  if (sliceCheck(key)) return rangeSlice(r, key);
  if (indexCheck(key)) {
    const ix = objIndex(key);
    if (ix == 0) return 0;
    const v = rangeItemObj(r, ix);
    decref(ix);
    return v;
  }
  return excFormat(excTypeError, 'range indices must be integers or slices, not %T', key);
}

/** Is the i64 v one of compact r's items? */
function rangeHasInt(r: Ptr, v: i64): bool {
  const start = rStart(r), stop = rStop(r), step = rStep(r);
  if (step > 0) {
    if (v < start || v >= stop) return false;
    return (<u64>v - <u64>start) % <u64>step == 0;
  }
  if (v > start || v <= stop) return false;
  return (<u64>start - <u64>v) % (0 - <u64>step) == 0;
}

/** range_contains_long for any range and any int x: 1, 0, or -1 on MemoryError. */
function rangeHasIntObj(r: Ptr, x: Ptr): i32 {
  if (!rangeIsBig(r)) {
    const v = intAsI64(x, okCell);
    // beyond i64, so beyond every item of a compact range
    return load<u8>(okCell) && rangeHasInt(r, v) ? 1 : 0;
  }
  const start = bigField(r, F_START), stop = bigField(r, F_STOP), step = bigField(r, F_STEP);
  const inside = intSign(step) > 0
    ? intCompare(start, x) <= 0 && intCompare(x, stop) < 0
    : intCompare(stop, x) < 0 && intCompare(x, start) <= 0;
  if (!inside) return 0;
  const d = longSub(x, start);
  if (d == 0) return -1;
  const m = longMod(d, step);
  decref(d);
  if (m == 0) return -1;
  const z = intSign(m) == 0;
  decref(m);
  return z ? 1 : 0;
}

/** intAsI64's "fits" flag (single-threaded core; read right after each call). */
const okCell: usize = memory.data(1);

@inline function isExactIntLike(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == intType || typeKind(t) == TK_BOOL;
}

/** _PySequence_IterSearch over r's items compared with == (x is not an exact int): the first
 *  position where item == x (-1 if none), or how many there are (countAll); -2 on error. */
function rangeSearch(r: Ptr, x: Ptr, countAll: bool): i64 {
  const it = range_iter(r);
  if (it == 0) return -2;
  let i: i64 = 0, count: i64 = 0;
  while (true) {
    const v = objIterNext(it);
    if (v == 0) break;
    const k = objRichCompareBool(v, x, CMP_EQ);
    decref(v);
    if (k < 0) { decref(it); return -2; }
    if (k > 0) {
      if (!countAll) { decref(it); return i; }
      count++;
    }
    i++;
  }
  decref(it);
  if (excOccurred()) return -2;
  return countAll ? count : -1;
}

function range_contains(r: Ptr, x: Ptr): i32 {
  if (isExactIntLike(x)) return rangeHasIntObj(r, x);
  const p = rangeSearch(r, x, false);
  if (p == -2) return -1;
  return p >= 0 ? 1 : 0;
}

/** range_equals on the fields: same length, and then the same start (unless empty) and the
 *  same step (unless at most one item). */
function rangeEquals(a: Ptr, b: Ptr): i32 {
  if (!rangeIsBig(a) && !rangeIsBig(b)) {
    if (rLen(a) != rLen(b)) return 0;
    if (rLen(a) == 0) return 1;
    if (rStart(a) != rStart(b)) return 0;
    if (rLen(a) == 1) return 1;
    return rStep(a) == rStep(b) ? 1 : 0;
  }
  const la = rangeField(a, F_LEN);
  if (la == 0) return -1;
  let eq = fieldEquals(a, b, F_LEN);
  if (eq == 1 && intSign(la) != 0) {
    eq = fieldEquals(a, b, F_START);
    if (eq == 1 && !(intAsI64(la, okCell) == 1 && load<u8>(okCell))) eq = fieldEquals(a, b, F_STEP);
  }
  decref(la);
  return eq;
}

/** Are field k of a and b equal? 1, 0, or -1 on MemoryError. */
function fieldEquals(a: Ptr, b: Ptr, k: i32): i32 {
  const x = rangeField(a, k), y = rangeField(b, k);
  const r = x == 0 || y == 0 ? -1 : intCompare(x, y) == 0 ? 1 : 0;
  xdecref(x); xdecref(y);
  return r;
}

function range_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (load<Ptr>(b, OB_TYPE) != rangeType || load<Ptr>(a, OB_TYPE) != rangeType ||
      (op != CMP_EQ && op != CMP_NE)) {
    return newref(Py_NotImplemented);
  }
  const eq = a == b ? 1 : rangeEquals(a, b);
  if (eq < 0) return 0;
  return boolFrom((eq == 1) == (op == CMP_EQ));
}

/** hash((len, start, step)), with None for the parts that do not matter (CPython's range_hash). */
function range_hash(r: Ptr): i64 {
  const t = tupleNew(3);
  if (t == 0) return -1;
  const items = tupleItemsAddr(t);
  const len = rangeField(r, F_LEN);
  if (len == 0) { decref(t); return -1; }
  store<Ptr>(items, len);
  const n = intSign(len) == 0 ? 0 : intAsI64(len, okCell) == 1 && load<u8>(okCell) ? 1 : 2;
  store<Ptr>(items, n == 0 ? newref(Py_None) : rangeField(r, F_START), 4);
  store<Ptr>(items, n < 2 ? newref(Py_None) : rangeField(r, F_STEP), 8);
  if (load<Ptr>(items, 4) == 0 || load<Ptr>(items, 8) == 0) { decref(t); return -1; }
  const h = objHash(t);
  decref(t);
  return h;
}

function range_index(r: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'range.index() takes no keyword arguments');
  if (nargs != 1) return argsRaiseCount(excTypeError, 'range.index() takes exactly one argument (%D given)', nargs);
  const x = load<Ptr>(args);
  if (isExactIntLike(x)) {
    const has = rangeHasIntObj(r, x);
    if (has < 0) return 0;
    if (has == 0) return excFormat(excValueError, '%R is not in range', x);
    if (!rangeIsBig(r)) {
      const v = intAsI64(x, okCell);
      const step = rStep(r);
      const pos = step > 0 ? (<u64>v - <u64>rStart(r)) / <u64>step : (<u64>rStart(r) - <u64>v) / (0 - <u64>step);
      return longFromU64(pos, false);
    }
    // (x - start) // step
    const d = longSub(x, bigField(r, F_START));
    if (d == 0) return 0;
    const q = longFloorDiv(d, bigField(r, F_STEP));
    decref(d);
    return q;
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
    const has = rangeHasIntObj(r, x);
    if (has < 0) return 0;
    return intFromI64(has);
  }
  const c = rangeSearch(r, x, true);
  if (c == -2) return 0;
  return intFromI64(c);
}

/** r.start, r.stop, r.step, then the generic lookup (methods). */
function range_getattro(r: Ptr, name: Ptr): Ptr {
  const m = memberStartStopStep(name);
  if (m >= 0) return rangeField(r, m);
  return objGenericGetAttr(r, name);
}

// ---- the iterators ----

function rangeIterNew(next: i64, step: i64, count: u64): Ptr {
  const it = objAlloc(rangeIterType, RI_SIZE);
  if (it == 0) return excNoMemory();
  store<i64>(it, next, RI_NEXT);
  store<i64>(it, step, RI_STEP);
  store<u64>(it, count, RI_LEFT);
  return it;
}

/** A longrange_iterator; the three ints are stolen (0 = a failed computation: everything is
 *  released and 0 returned). */
function longRangeIterNew(next: Ptr, step: Ptr, count: Ptr): Ptr {
  if (next == 0 || step == 0 || count == 0) {
    xdecref(next); xdecref(step); xdecref(count);
    return 0;
  }
  const it = objAlloc(longRangeIterType, LRI_SIZE);
  if (it == 0) {
    decref(next); decref(step); decref(count);
    return excNoMemory();
  }
  store<Ptr>(it, next, LRI_NEXT);
  store<Ptr>(it, step, LRI_STEP);
  store<Ptr>(it, count, LRI_LEFT);
  return it;
}

function range_iter(r: Ptr): Ptr {
  if (!rangeIsBig(r)) {
    // CPython's range_iter: the i64 iterator unless the length or the value after the last
    // item (start + len*step, which the iterator computes) leaves the i64 line
    const n = rLen(r), stop = rStop(r), step = rStep(r);
    let fits = n <= <u64>I64.MAX_VALUE;
    if (fits && n != 0) fits = step > 0 ? stop <= I64.MAX_VALUE - (step - 1) : stop >= I64.MIN_VALUE + (-1 - step);
    if (fits) return rangeIterNew(rStart(r), step, n);
  }
  return longRangeIterNew(rangeField(r, F_START), rangeField(r, F_STEP), rangeField(r, F_LEN));
}

/** reversed(r): range(start + (len-1)*step, start - step, -step), on i64s under CPython's
 *  conditions (start, stop, step, -step, start - step and the length all fit), else on ints. */
function range_reversed(r: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'range.__reversed__() takes no arguments (%D given)', nargs);
  if (!rangeIsBig(r)) {
    const start = rStart(r), step = rStep(r), n = rLen(r);
    let fits = step != I64.MIN_VALUE && n <= <u64>I64.MAX_VALUE;
    if (fits) fits = step > 0 ? <u64>start - <u64>I64.MIN_VALUE >= <u64>step : <u64>I64.MAX_VALUE - <u64>start >= 0 - <u64>step;
    if (fits) {
      const newStop = start - step;
      return rangeIterNew(<i64>(<u64>newStop + n * <u64>step), -step, n);
    }
  }
  const len = rangeField(r, F_LEN);
  if (len == 0) return 0;
  const one = intFromI64(1);
  const last = longSub(len, one);
  decref(one);
  const next: Ptr = last == 0 ? 0 : rangeComputeItem(r, last);
  xdecref(last);
  const step = rangeField(r, F_STEP);
  const neg: Ptr = step == 0 ? 0 : longNeg(step);
  xdecref(step);
  return longRangeIterNew(next, neg, len);
}

/** it.__length_hint__(): the items left (a range_iterator has at most 2**63 - 1 of them). */
function rangeiter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const left = load<u64>(it, RI_LEFT);
  return longFromU64(left, false);
}

/** The range iterator's ITERNEXT; inlined by FOR_ITER's fast path. */
@inline export function rangeiter_next(it: Ptr): Ptr {
  const left = load<u64>(it, RI_LEFT);
  if (left == 0) return 0;
  const v = load<i64>(it, RI_NEXT);
  store<u64>(it, left - 1, RI_LEFT);
  // Wrapping add: range_iter chose this iterator only where the value after the last item fits,
  // reversed() where it may not; it is never produced either way.
  store<i64>(it, <i64>(<u64>v + <u64>load<i64>(it, RI_STEP)), RI_NEXT);
  return intFromI64(v);
}

function rangeiter_dealloc(it: Ptr): void {
  objFree(it);
}

/** The next item of a longrange_iterator: the current value, then next += step, left -= 1. */
function longrangeiter_next(it: Ptr): Ptr {
  const left = load<Ptr>(it, LRI_LEFT);
  if (intSign(left) <= 0) return 0;
  const v = load<Ptr>(it, LRI_NEXT);
  const nv = intAdd(v, load<Ptr>(it, LRI_STEP));
  if (nv == 0) return 0;
  const one = intFromI64(1);
  const nl = longSub(left, one);
  decref(one);
  if (nl == 0) { decref(nv); return 0; }
  store<Ptr>(it, nv, LRI_NEXT);
  store<Ptr>(it, nl, LRI_LEFT);
  decref(left);
  return v; // the iterator's reference to the old value passes to the caller
}

function longrangeiter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return newref(load<Ptr>(it, LRI_LEFT));
}

function longrangeiter_dealloc(it: Ptr): void {
  decref(load<Ptr>(it, LRI_NEXT));
  decref(load<Ptr>(it, LRI_STEP));
  decref(load<Ptr>(it, LRI_LEFT));
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
  typeSetSlot(rangeType, SLOT_BOOL, range_bool.index);
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

  longRangeIterType = typeNewBuiltin('longrange_iterator', objectType, LRI_SIZE, 0, TK_OTHER);
  typeSetSlot(longRangeIterType, SLOT_DEALLOC, longrangeiter_dealloc.index);
  typeSetSlot(longRangeIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(longRangeIterType, SLOT_ITERNEXT, longrangeiter_next.index);
  typeAddMethod(longRangeIterType, '__length_hint__', longrangeiter_length_hint.index);
  typeSetFinal(longRangeIterType);
}
