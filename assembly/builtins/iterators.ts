// === The builtin iterator classes: enumerate, zip, map, filter, reversed ===
//
// Each is a type (they are classes in CPython: `isinstance(x, map)` works) whose instances hold
// their source iterators; ITERNEXT pulls lazily, exactly as CPython's do, so side effects of the
// source happen in the same order.
//
//   enumerate: +8 it | +12 count int (0: the i64) | +16 count i64       zip: +8 iters (tuple) | +12 strict u32
//   map:       +8 func | +12 iters (tuple)            filter: +8 func (None = truth) | +12 it
//   reversed:  +8 seq | +12 index i64 (+16), -1 when exhausted

import { Ptr } from '../common';
import { objAlloc, objFree, incref, decref, xdecref, newref, OB_TYPE } from '../object/header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_NEW, SLOT_ITER, SLOT_ITERNEXT, SLOT_LEN, SLOT_GETITEM,
  TPFLAGS_HAVE_GC, typeSetSlot, typeSlot,
} from '../object/typelayout';
import { typeNewBuiltin, typeAddClassMethod, typeAddMethod, objectType, TK_OTHER, TK_DICT, typeLookup, typeKind } from '../object/type';
import { generic_class_getitem } from '../object/genericalias';
import {
  objGetIter, objIterNext, objIsTrue, objCall, objLen, objGetItem, objIndex,
} from '../object/abstract';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr } from '../object/tuple';
import { intFromI64, intValue, isInt, intAdd } from '../object/int';
import { Py_None } from '../object/none';
import { iterReturnSelf } from '../object/iter';
import { strInternLiteral, strEqLiteral } from '../object/str';
import {
  excFormat, excSetString, excOccurred, excMatches, excClear, excTypeError, excValueError,
  excIndexError, excStopIteration, excNoMemory,
} from '../vm/exc';
import { heapAlloc, heapFree } from '../heap/heap';

export let enumerateType: Ptr = 0;
export let zipType: Ptr = 0;
export let mapType: Ptr = 0;
export let filterType: Ptr = 0;
export let reversedType: Ptr = 0;

@inline const F0: usize = 8;
@inline const F1: usize = 12;
@inline const SIZE2: u32 = 16;
@inline const SIZE3: u32 = 24; // enumerate/reversed: +8 Ptr, +16 i64 (aligned)

@inline function nkwOf(kwnames: Ptr): i32 { return kwnames ? tupleSize(kwnames) : 0; }
@inline function arg(args: Ptr, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

function two_dealloc(o: Ptr): void {
  xdecref(load<Ptr>(o, F0));
  xdecref(load<Ptr>(o, F1));
  objFree(o);
}
function one_dealloc(o: Ptr): void {
  xdecref(load<Ptr>(o, F0));
  objFree(o);
}
function two_traverse(o: Ptr, visit: u32, a: Ptr): i32 {
  const x = load<Ptr>(o, F0);
  if (x) { const r = call_indirect<i32>(visit, x, a); if (r) return r; }
  const y = load<Ptr>(o, F1);
  return y ? call_indirect<i32>(visit, y, a) : 0;
}
function one_traverse(o: Ptr, visit: u32, a: Ptr): i32 {
  const x = load<Ptr>(o, F0);
  return x ? call_indirect<i32>(visit, x, a) : 0;
}

/** A tuple of iter(x) for each of n args, or 0. */
function itersOf(args: Ptr, n: i32): Ptr {
  const t = tupleNew(n);
  if (t == 0) return 0;
  for (let i: i32 = 0; i < n; i++) {
    const it = objGetIter(arg(args, i));
    if (it == 0) { decref(t); return 0; }
    store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), it);
  }
  return t;
}

// ---- enumerate(iterable, start=0) ----

function enumerate_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  let iterable: Ptr = npos > 0 ? arg(args, 0) : 0;
  let start: Ptr = npos > 1 ? arg(args, 1) : 0;
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    if (strEqLiteral(key, 'iterable')) iterable = arg(args, npos + k);
    else if (strEqLiteral(key, 'start')) start = arg(args, npos + k);
    else return excFormat(excTypeError, "'%U' is an invalid keyword argument for enumerate()", key);
  }
  if (npos > 2) return excFormat(excTypeError, 'enumerate() takes at most 2 arguments (%d given)', <Ptr>nargs);
  if (iterable == 0) return excSetString(excTypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  let count: i64 = 0;
  let bigCount: Ptr = 0;
  if (start != 0) {
    if (!isInt(start)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", start);
    count = intValue(start);
    if (count == I64.MIN_VALUE) { // beyond i64: count with int objects (CPython's en_longindex)
      bigCount = objIndex(start);
      if (bigCount == 0) return 0;
    }
  }
  const it = objGetIter(iterable);
  if (it == 0) { xdecref(bigCount); return 0; }
  const o = objAlloc(t, SIZE3);
  if (o == 0) { decref(it); xdecref(bigCount); return excNoMemory(); }
  store<Ptr>(o, it, F0);
  store<Ptr>(o, bigCount, F1);
  store<i64>(o, count, 16);
  return o;
}

function enumerate_next(o: Ptr): Ptr {
  const v = objIterNext(load<Ptr>(o, F0));
  if (v == 0) return 0;
  let idx: Ptr;
  const big = load<Ptr>(o, F1);
  if (big == 0) {
    const c = load<i64>(o, 16);
    idx = intFromI64(c);
    if (idx == 0) { decref(v); return 0; }
    if (c != I64.MAX_VALUE) store<i64>(o, c + 1, 16);
    else {
      // the next index leaves i64: from here on it is an int object
      const one = intFromI64(1);
      const next = intAdd(idx, one);
      decref(one);
      if (next == 0) { decref(v); decref(idx); return 0; }
      store<Ptr>(o, next, F1);
    }
  } else {
    idx = big; // the reference moves into the result
    const one = intFromI64(1);
    const next = intAdd(big, one);
    decref(one);
    if (next == 0) { store<Ptr>(o, 0, F1); store<i64>(o, I64.MAX_VALUE, 16); decref(v); decref(idx); return 0; }
    store<Ptr>(o, next, F1);
  }
  const t = tupleNew(2);
  if (t == 0) { decref(v); decref(idx); return 0; }
  store<Ptr>(tupleItemsAddr(t), idx);
  store<Ptr>(tupleItemsAddr(t) + 4, v);
  return t;
}

// ---- zip(*iterables, strict=False) ----

function zip_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  let strict: u32 = 0;
  if (nkw > 1) return excFormat(excTypeError, 'zip() takes at most 1 keyword argument (%d given)', <Ptr>nkw);
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    if (!strEqLiteral(key, 'strict')) return excFormat(excTypeError, "'%U' is an invalid keyword argument for zip()", key);
    const r = objIsTrue(arg(args, npos + k));
    if (r < 0) return 0;
    strict = <u32>r;
  }
  const iters = itersOf(args, npos);
  if (iters == 0) return 0;
  const o = objAlloc(t, SIZE2);
  if (o == 0) { decref(iters); return 0; }
  store<Ptr>(o, iters, F0);
  store<u32>(o, strict, F1);
  return o;
}

function zip_dealloc(o: Ptr): void {
  decref(load<Ptr>(o, F0));
  objFree(o);
}

function zip_next(o: Ptr): Ptr {
  const iters = load<Ptr>(o, F0);
  const n = tupleSize(iters);
  if (n == 0) return 0;
  const t = tupleNew(n);
  if (t == 0) return 0;
  for (let i: i32 = 0; i < n; i++) {
    const v = objIterNext(tupleItem(iters, i));
    if (v == 0) {
      // items 0..i-1 are stored; the rest are 0 and tuple dealloc skips them
      decref(t);
      if (excOccurred() || load<u32>(o, F1) == 0) return 0;
      return zipStrictError(iters, i);
    }
    store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), v);
  }
  return t;
}

/** zip(strict=True) found iterator i exhausted: CPython's messages. */
function zipStrictError(iters: Ptr, i: i32): Ptr {
  if (i > 0) {
    if (i == 1) return excFormat(excValueError, 'zip() argument 2 is shorter than argument 1');
    return excFormat(excValueError, 'zip() argument %d is shorter than arguments 1-%d', <Ptr>(i + 1), <Ptr>i);
  }
  const n = tupleSize(iters);
  for (let j: i32 = 1; j < n; j++) {
    const v = objIterNext(tupleItem(iters, j));
    if (v != 0) {
      decref(v);
      if (j == 1) return excFormat(excValueError, 'zip() argument 2 is longer than argument 1');
      return excFormat(excValueError, 'zip() argument %d is longer than arguments 1-%d', <Ptr>(j + 1), <Ptr>j);
    }
    if (excOccurred()) return 0;
  }
  return 0;
}

// ---- map(func, *iterables) ----

function map_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) > 0) return excSetString(excTypeError, 'map() takes no keyword arguments');
  if (nargs < 2) return excSetString(excTypeError, 'map() must have at least two arguments.');
  const iters = itersOf(args + 4, nargs - 1);
  if (iters == 0) return 0;
  const o = objAlloc(t, SIZE2);
  if (o == 0) { decref(iters); return 0; }
  store<Ptr>(o, newref(arg(args, 0)), F0);
  store<Ptr>(o, iters, F1);
  return o;
}

function map_next(o: Ptr): Ptr {
  const iters = load<Ptr>(o, F1);
  const n = tupleSize(iters);
  const buf = heapAlloc(<usize>n << 2);
  if (buf == 0) return 0;
  let got: i32 = 0;
  for (; got < n; got++) {
    const v = objIterNext(tupleItem(iters, got));
    if (v == 0) break;
    store<Ptr>(buf + (<usize>got << 2), v);
  }
  let r: Ptr = 0;
  if (got == n) r = objCall(load<Ptr>(o, F0), buf, n, 0);
  for (let i: i32 = 0; i < got; i++) decref(load<Ptr>(buf + (<usize>i << 2)));
  heapFree(buf);
  return r;
}

// ---- filter(function or None, iterable) ----

function filter_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) > 0) return excSetString(excTypeError, 'filter() takes no keyword arguments');
  if (nargs != 2) return excFormat(excTypeError, 'filter expected 2 arguments, got %d', <Ptr>nargs);
  const it = objGetIter(arg(args, 1));
  if (it == 0) return 0;
  const o = objAlloc(t, SIZE2);
  if (o == 0) { decref(it); return 0; }
  store<Ptr>(o, newref(arg(args, 0)), F0);
  store<Ptr>(o, it, F1);
  return o;
}

function filter_next(o: Ptr): Ptr {
  const func = load<Ptr>(o, F0);
  const it = load<Ptr>(o, F1);
  const buf = heapAlloc(4);
  while (true) {
    const v = objIterNext(it);
    if (v == 0) { heapFree(buf); return 0; }
    let ok: i32;
    if (func == Py_None) {
      ok = objIsTrue(v);
    } else {
      store<Ptr>(buf, v);
      const r = objCall(func, buf, 1, 0);
      if (r == 0) { decref(v); heapFree(buf); return 0; }
      ok = objIsTrue(r);
      decref(r);
    }
    if (ok < 0) { decref(v); heapFree(buf); return 0; }
    if (ok) { heapFree(buf); return v; }
    decref(v);
  }
}

// ---- reversed(seq) ----

function reversed_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) > 0) return excSetString(excTypeError, 'reversed() takes no keyword arguments');
  if (nargs != 1) return excFormat(excTypeError, 'reversed expected 1 argument, got %d', <Ptr>nargs);
  const seq = arg(args, 0);
  const meth = typeLookup(load<Ptr>(seq, OB_TYPE), sReversed);
  if (meth != 0 && meth != Py_None) {
    const buf = heapAlloc(4);
    store<Ptr>(buf, seq);
    const r = objCall(meth, buf, 1, 0);
    heapFree(buf);
    return r;
  }
  // CPython's PySequence_Check (an item getter, and not a dict); its length comes next, with
  // len()'s own error when there is none
  if (meth == Py_None || typeSlot(load<Ptr>(seq, OB_TYPE), SLOT_GETITEM) == 0 || typeKind(load<Ptr>(seq, OB_TYPE)) == TK_DICT) {
    return excFormat(excTypeError, "'%T' object is not reversible", seq);
  }
  const n = objLen(seq);
  if (n < 0) return 0;
  const o = objAlloc(t, SIZE3);
  if (o == 0) return 0;
  store<Ptr>(o, newref(seq), F0);
  store<i64>(o, n - 1, 16);
  return o;
}

/** reversed(seq).__length_hint__(): the items left, 0 once seq shrank below them. */
function reversed_length_hint(o: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const seq = load<Ptr>(o, F0);
  if (seq == 0) return intFromI64(0);
  const n = objLen(seq);
  if (n < 0) return 0;
  const pos = load<i64>(o, 16) + 1;
  return intFromI64(n < pos ? 0 : pos);
}

function reversed_next(o: Ptr): Ptr {
  const i = load<i64>(o, 16);
  const seq = load<Ptr>(o, F0);
  if (i < 0 || seq == 0) return 0;
  const idx = intFromI64(i);
  if (idx == 0) return 0;
  const v = objGetItem(seq, idx);
  decref(idx);
  if (v == 0) {
    if (excMatches(excIndexError) || excMatches(excStopIteration)) excClear();
    store<i64>(o, -1, 16);
    return 0;
  }
  store<i64>(o, i - 1, 16);
  return v;
}

function iterType(name: string, size: u32, newFn: u32, nextFn: u32, dealloc: u32, traverse: u32): Ptr {
  const t = typeNewBuiltin(name, objectType, size, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(t, SLOT_NEW, newFn);
  typeSetSlot(t, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(t, SLOT_ITERNEXT, nextFn);
  typeSetSlot(t, SLOT_DEALLOC, dealloc);
  typeSetSlot(t, SLOT_TRAVERSE, traverse);
  return t;
}

export function iteratorsTypeInit(): void {
  enumerateType = iterType('enumerate', SIZE3, enumerate_new.index, enumerate_next.index, two_dealloc.index, one_traverse.index);
  zipType = iterType('zip', SIZE2, zip_new.index, zip_next.index, zip_dealloc.index, one_traverse.index);
  mapType = iterType('map', SIZE2, map_new.index, map_next.index, two_dealloc.index, two_traverse.index);
  filterType = iterType('filter', SIZE2, filter_new.index, filter_next.index, two_dealloc.index, two_traverse.index);
  reversedType = iterType('reversed', SIZE3, reversed_new.index, reversed_next.index, one_dealloc.index, one_traverse.index);
  typeAddClassMethod(enumerateType, '__class_getitem__', generic_class_getitem.index); // enumerate[int]
  typeAddMethod(reversedType, '__length_hint__', reversed_length_hint.index);
}

let sReversed: Ptr = 0;
/** Once at vmInit (after str exists). */
export function iteratorsNamesInit(): void { sReversed = strInternLiteral('__reversed__'); }
