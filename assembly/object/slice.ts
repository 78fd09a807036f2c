// === slice objects, and turning index objects into machine integers (CPython's sliceobject.c) ===
//
//   +0 refcnt | +4 type | +8 start Ptr | +12 stop Ptr | +16 step Ptr      (GC prefix in front)
//
// The three fields are always set (None when omitted). Sequences never walk a slice themselves:
// they call sliceUnpack (None -> defaults, __index__ -> i64, step 0 -> ValueError), then
// sliceAdjustIndices(length) (clamp to the sequence, count the items), exactly CPython's
// PySlice_Unpack / PySlice_AdjustIndices pair, so every sequence agrees on edge cases such as
// `s[10:-10:-1]`.
//
// Indices are i64 (Py_ssize_t). An int that does not fit clamps (slice bounds) or raises
// (item indices), as PyNumber_AsSsize_t does with and without an error type.

import { Ptr } from '../common';
import { objAlloc, objFree, decref, newref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_RICHCOMPARE, SLOT_NEW, SLOT_HASH, SLOT_INDEX,
  SLOT_GETATTRO,
  TPFLAGS_HAVE_GC, typeSetSlot, typeSlot,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeKind, TK_INT, TK_BOOL, TK_OTHER } from './type';
import { excFormat, excSetString, excOccurred, excTypeError, excValueError, excOverflowError } from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { intFromI64, intValue, intAsI64 } from './int';
import { longSign } from './long';
import { tupleNew, tupleItemsAddr, argsPositional, argsRaiseCount } from './tuple';
import { objRichCompare, objRepr, objGenericGetAttr, objIndex } from './abstract';
import { strType, strEq, strInternLiteral } from './str';

@inline const SL_START: usize = 8;
@inline const SL_STOP: usize = 12;
@inline const SL_STEP: usize = 16;
@inline const SL_SIZE: u32 = 20;

@inline const SSIZE_MAX: i64 = I64.MAX_VALUE;
@inline const SSIZE_MIN: i64 = I64.MIN_VALUE;

export let sliceType: Ptr = 0;

// ---- index conversion (PyNumber_AsSsize_t, _PyEval_SliceIndex) ----

/** Does o's type have __index__ (an int, bool, or a class defining __index__)? */
@inline export function indexCheck(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  const k = typeKind(t);
  return k == TK_INT || k == TK_BOOL || typeSlot(t, SLOT_INDEX) != 0;
}

/** An int object's value, or the nearest i64 bound when it does not fit (sets *overflowAddr). */
@inline function intClampToI64(o: Ptr, overflowAddr: usize): i64 {
  const v = intValue(o);
  if (v != I64.MIN_VALUE) return v;
  return intClampBig(o, overflowAddr);
}

@noinline function intClampBig(o: Ptr, overflowAddr: usize): i64 {
  const ok = memory.data(1);
  const v = intAsI64(o, ok); // -2^63 is big-form yet fits
  if (load<u8>(ok)) return v;
  store<u8>(overflowAddr, 1);
  return longSign(o) < 0 ? SSIZE_MIN : SSIZE_MAX;
}

/**
 * o.__index__() as an i64, for an o that passed indexCheck. A value outside i64 raises
 * `overflowExc` ("cannot fit '<type>' into an index-sized integer"), or clamps when overflowExc is 0.
 * Returns -1 with the exception set on error (test excOccurred() when the result is -1).
 */
export function indexAsI64(o: Ptr, overflowExc: Ptr): i64 {
  const t = load<Ptr>(o, OB_TYPE);
  const k = typeKind(t);
  let n = o;
  if (k != TK_INT && k != TK_BOOL) {
    const fn = typeSlot(t, SLOT_INDEX);
    if (fn == 0) {
      excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", o);
      return -1;
    }
    n = call_indirect<Ptr>(fn, o);
    if (n == 0) return -1;
    const nk = typeKind(load<Ptr>(n, OB_TYPE));
    if (nk != TK_INT && nk != TK_BOOL) {
      excFormat(excTypeError, "__index__ returned non-int (type %T)", n);
      decref(n);
      return -1;
    }
  }
  const flagAddr = changetype<usize>(memory.data(8));
  store<u8>(flagAddr, 0);
  const v = intClampToI64(n, flagAddr);
  if (n != o) decref(n);
  indexOverflowed = load<u8>(flagAddr) != 0;
  if (indexOverflowed && overflowExc != 0) {
    excFormat(overflowExc, "cannot fit '%T' into an index-sized integer", o);
    return -1;
  }
  return v;
}

/** Did the last indexAsI64 clamp? */
let indexOverflowed = false;

/**
 * An integer argument of a builtin method (argument clinic's 'n' and 'i' converters) for an o
 * that passed indexCheck: its __index__ value, or OverflowError "Python int too large to convert
 * to C ssize_t" (cint: "... to C int", and the value must fit 32 bits) when it does not fit.
 * Returns -1 with the exception set on error (test excOccurred()).
 */
export function indexAsCArg(o: Ptr, cint: bool): i64 {
  const v = indexAsI64(o, 0);
  if (v == -1 && excOccurred()) return -1;
  if (indexOverflowed || (cint && (v < I32.MIN_VALUE || v > I32.MAX_VALUE))) {
    excSetString(excOverflowError, cint ? 'Python int too large to convert to C int' : 'Python int too large to convert to C ssize_t');
    return -1;
  }
  return v;
}

/** o[key] for a key with __index__: getitem(o, key.__index__()), getitem a GETITEM slot. */
export function viaIndex(o: Ptr, key: Ptr, getitem: u32): Ptr {
  const k = objIndex(key);
  if (k == 0) return 0;
  const r = call_indirect<Ptr>(getitem, o, k);
  decref(k);
  return r;
}

/** _PyEval_SliceIndex: None gives `dflt`; an __index__ object its clamped value. Anything else
 *  raises TypeError. Returns -1 with the exception set on error (check excOccurred()). */
function sliceIndexOr(v: Ptr, dflt: i64): i64 {
  if (v == Py_None) return dflt;
  if (!indexCheck(v)) {
    excSetString(excTypeError, 'slice indices must be integers or None or have an __index__ method');
    return -1;
  }
  return indexAsI64(v, 0);
}

/** sliceIndexOr storing into *out; false on error. */
function sliceIndexInto(v: Ptr, out: usize): bool {
  const x = sliceIndexOr(v, load<i64>(out));
  if (x == -1 && excOccurred()) return false;
  store<i64>(out, x);
  return true;
}

/**
 * Three i64 scratch cells (start, stop, step) for a sliceUnpack + sliceAdjustIndices pair. One
 * static block serves every caller: sliceUnpack stores only after its last __index__ call, and
 * callers read the cells back before running any other code, so a nested slice inside an
 * __index__ method cannot clobber values still needed.
 */
@inline export function sliceScratchCells(): usize {
  return changetype<usize>(memory.data(24));
}

// ---- slice objects ----

/** A slice; the three arguments are borrowed (0 = None). New reference, 0 on MemoryError. */
export function sliceNew(start: Ptr, stop: Ptr, step: Ptr): Ptr {
  const s = objAlloc(sliceType, SL_SIZE);
  if (s == 0) return 0;
  store<Ptr>(s, newref(start ? start : Py_None), SL_START);
  store<Ptr>(s, newref(stop ? stop : Py_None), SL_STOP);
  store<Ptr>(s, newref(step ? step : Py_None), SL_STEP);
  return s;
}

@inline export function sliceCheck(o: Ptr): bool {
  return load<Ptr>(o, OB_TYPE) == sliceType;
}

@inline export function sliceStart(s: Ptr): Ptr { return load<Ptr>(s, SL_START); }
@inline export function sliceStop(s: Ptr): Ptr { return load<Ptr>(s, SL_STOP); }
@inline export function sliceStep(s: Ptr): Ptr { return load<Ptr>(s, SL_STEP); }

/**
 * PySlice_Unpack: stores start, stop, step (i64 each) at the three addresses, before clamping to
 * any length: None start/stop become 0/MAX (or MAX/MIN for a negative step). Returns 0, or -1
 * with TypeError (non-index bound) or ValueError ("slice step cannot be zero") set.
 */
export function sliceUnpack(s: Ptr, startAddr: usize, stopAddr: usize, stepAddr: usize): i32 {
  // Everything is computed in locals and stored at the end: an __index__ method may run Python
  // code that slices too, with the same scratch cells (callers pass static ones).
  let step = sliceIndexOr(load<Ptr>(s, SL_STEP), 1);
  if (step == -1 && excOccurred()) return -1;
  if (step == 0) {
    excSetString(excValueError, 'slice step cannot be zero');
    return -1;
  }
  // Keep -step representable, so reversing the direction never overflows.
  if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  const start = sliceIndexOr(load<Ptr>(s, SL_START), step < 0 ? SSIZE_MAX : 0);
  if (start == -1 && excOccurred()) return -1;
  const stop = sliceIndexOr(load<Ptr>(s, SL_STOP), step < 0 ? SSIZE_MIN : SSIZE_MAX);
  if (stop == -1 && excOccurred()) return -1;
  store<i64>(startAddr, start);
  store<i64>(stopAddr, stop);
  store<i64>(stepAddr, step);
  return 0;
}

/**
 * PySlice_AdjustIndices: clamps the unpacked start/stop (in place) to a sequence of `length`
 * items and returns how many items the slice selects. Never fails.
 */
export function sliceAdjustIndices(length: i64, startAddr: usize, stopAddr: usize, step: i64): i64 {
  let start = load<i64>(startAddr);
  let stop = load<i64>(stopAddr);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  store<i64>(startAddr, start);
  store<i64>(stopAddr, stop);
  if (step < 0) {
    if (stop < start) return <i64>((<u64>(start - stop - 1)) / <u64>(-step)) + 1;
  } else if (start < stop) {
    return <i64>((<u64>(stop - start - 1)) / <u64>step) + 1;
  }
  return 0;
}

function slice_dealloc(s: Ptr): void {
  decref(load<Ptr>(s, SL_START));
  decref(load<Ptr>(s, SL_STOP));
  decref(load<Ptr>(s, SL_STEP));
  objFree(s);
}

function slice_traverse(s: Ptr, visit: u32, arg: Ptr): i32 {
  let r = call_indirect<i32>(visit, load<Ptr>(s, SL_START), arg);
  if (r) return r;
  r = call_indirect<i32>(visit, load<Ptr>(s, SL_STOP), arg);
  if (r) return r;
  return call_indirect<i32>(visit, load<Ptr>(s, SL_STEP), arg);
}

function slice_repr(s: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, 'slice(');
  for (let i: usize = 0; i < 3; i++) {
    if (i) sbAppendLiteral(sb, ', ');
    const r = objRepr(load<Ptr>(s + SL_START + (i << 2)));
    if (r == 0) { sbFree(sb); return 0; }
    sbAppendStr(sb, r);
    decref(r);
  }
  sbAppendLiteral(sb, ')');
  return sbFinish(sb);
}

/** (start, stop, step) as a new tuple, for comparisons. */
function sliceAsTuple(s: Ptr): Ptr {
  const t = tupleNew(3);
  if (t == 0) return 0;
  const items = tupleItemsAddr(t);
  store<Ptr>(items, newref(load<Ptr>(s, SL_START)));
  store<Ptr>(items, newref(load<Ptr>(s, SL_STOP)), 4);
  store<Ptr>(items, newref(load<Ptr>(s, SL_STEP)), 8);
  return t;
}

/** Slices compare as the tuples (start, stop, step). */
function slice_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (!sliceCheck(a) || !sliceCheck(b)) return newref(Py_NotImplemented);
  const ta = sliceAsTuple(a);
  if (ta == 0) return 0;
  const tb = sliceAsTuple(b);
  if (tb == 0) { decref(ta); return 0; }
  const r = objRichCompare(ta, tb, op);
  decref(ta);
  decref(tb);
  return r;
}

let nameStart: Ptr = 0, nameStop: Ptr = 0, nameStep: Ptr = 0;
/** Made at vmInit, not on first use: a lazily made str would look like a leak after the program
 *  that made it. */
export function sliceNamesInit(): void {
  nameStart = strInternLiteral('start');
  nameStop = strInternLiteral('stop');
  nameStep = strInternLiteral('step');
}

/** 0, 1, 2 when name is 'start', 'stop', 'step' (the read-only members of slice and range), else -1. */
export function memberStartStopStep(name: Ptr): i32 {
  if (name == nameStart) return 0;
  if (name == nameStop) return 1;
  if (name == nameStep) return 2;
  if (load<Ptr>(name, OB_TYPE) != strType) return -1;
  if (strEq(name, nameStart)) return 0;
  if (strEq(name, nameStop)) return 1;
  if (strEq(name, nameStep)) return 2;
  return -1;
}

/** s.start, s.stop, s.step, then the generic lookup (methods). */
function slice_getattro(s: Ptr, name: Ptr): Ptr {
  const m = memberStartStopStep(name);
  if (m >= 0) return newref(load<Ptr>(s + SL_START + (<usize>m << 2)));
  return objGenericGetAttr(s, name);
}

function slice_hash(s: Ptr): i64 {
  excFormat(excTypeError, "unhashable type: '%T'", s);
  return -1;
}

/** slice(stop) / slice(start, stop[, step]) */
function slice_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  if (npos != nargs) return excFormat(excTypeError, 'slice() takes no keyword arguments');
  if (nargs < 1) return argsRaiseCount(excTypeError, 'slice expected at least 1 argument, got %D', nargs);
  if (nargs > 3) return argsRaiseCount(excTypeError, 'slice expected at most 3 arguments, got %D', nargs);
  if (nargs == 1) return sliceNew(0, load<Ptr>(args), 0);
  return sliceNew(load<Ptr>(args), load<Ptr>(args, 4), nargs == 3 ? load<Ptr>(args, 8) : 0);
}

/** slice.indices(length) -> (start, stop, step), CPython's _PySlice_GetLongIndices on i64. */
function slice_indices(s: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && argsPositional(nargs, kwnames) != nargs) {
    return excFormat(excTypeError, 'slice.indices() takes no keyword arguments');
  }
  if (nargs != 1) return argsRaiseCount(excTypeError, 'slice.indices() takes exactly one argument (%D given)', nargs);
  const lenObj = load<Ptr>(args);
  if (!indexCheck(lenObj)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", lenObj);
  const length = indexAsI64(lenObj, 0);
  if (length == -1 && excOccurred()) return 0;
  if (length < 0) return excFormat(excValueError, 'length should not be negative');
  const cells = sliceScratchCells();
  store<i64>(cells, 1, 16);
  if (!sliceIndexInto(load<Ptr>(s, SL_STEP), cells + 16)) return 0;
  const step = load<i64>(cells, 16);
  if (step == 0) return excFormat(excValueError, 'slice step cannot be zero');
  const lower: i64 = step < 0 ? -1 : 0;
  const upper: i64 = step < 0 ? length - 1 : length;
  let start: i64 = step < 0 ? upper : lower;
  let stop: i64 = step < 0 ? lower : upper;
  if (load<Ptr>(s, SL_START) != Py_None) {
    if (!sliceIndexInto(load<Ptr>(s, SL_START), cells)) return 0;
    start = load<i64>(cells);
    if (start < 0) { start += length; if (start < lower) start = lower; }
    else if (start > upper) start = upper;
  }
  if (load<Ptr>(s, SL_STOP) != Py_None) {
    if (!sliceIndexInto(load<Ptr>(s, SL_STOP), cells + 8)) return 0;
    stop = load<i64>(cells, 8);
    if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
    else if (stop > upper) stop = upper;
  }
  const t = tupleNew(3);
  if (t == 0) return 0;
  const items = tupleItemsAddr(t);
  const a = intFromI64(start), b = intFromI64(stop), c = intFromI64(step);
  store<Ptr>(items, a);
  store<Ptr>(items, b, 4);
  store<Ptr>(items, c, 8);
  if (a == 0 || b == 0 || c == 0) { decref(t); return 0; }
  return t;
}

export function sliceTypeInit(): void {
  sliceType = typeNewBuiltin('slice', objectType, SL_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(sliceType, SLOT_DEALLOC, slice_dealloc.index);
  typeSetSlot(sliceType, SLOT_TRAVERSE, slice_traverse.index);
  typeSetSlot(sliceType, SLOT_REPR, slice_repr.index);
  typeSetSlot(sliceType, SLOT_RICHCOMPARE, slice_richcompare.index);
  typeSetSlot(sliceType, SLOT_HASH, slice_hash.index);
  typeSetSlot(sliceType, SLOT_GETATTRO, slice_getattro.index);
  typeSetSlot(sliceType, SLOT_NEW, slice_new.index);
  typeSetFinal(sliceType);
  typeAddMethod(sliceType, 'indices', slice_indices.index);
}
