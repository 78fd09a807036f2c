// === list: the mutable sequence (CPython's listobject.c), its iterators, and the repr guard ===
//
//   list object (GC prefix in front)                       item array (a plain heap block)
//   +0 refcnt | +4 type | +8 size i32 | +12 items Ptr ---> [ Ptr 0 | Ptr 1 | ... | Ptr size-1 | spare ]
//   +16 allocated i32                                        `------- allocated slots ----------------'
//
// Invariants:
// - 0 <= size <= allocated, and items == 0 iff allocated == 0; items[0..size) are owned
//   references (0 only inside listNew's caller before it fills them).
// - allocated == -1 marks a list being sorted (listsort.ts emptied it): any resize then takes
//   the realloc path, and the sort detects the mutation ("list modified during sort").
// - Anything that may run Python code (comparisons, __index__, repr, iteration, decref of an
//   item) can mutate the list: loops re-read size/items after each such call, and items being
//   compared are increfed for the duration (CPython's rules).
// - Growth over-allocates as CPython 3.11's list_resize ((n + n/8 + 6) & ~3), so appends are
//   amortized O(1) and a program's memory profile matches CPython's shape.

import { Ptr } from '../common';
import { heapAlloc, heapFree, heapRealloc } from '../heap/heap';
import { objAlloc, objFree, incref, decref, xdecref, newref, OB_TYPE } from './header';
import { listFreeCell, LIST_FREE_MAX, containerPark, containerUnpark } from './containerfree';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER,
  SLOT_ITERNEXT, SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_INIT,
  SLOT_NB_BINARY, TPFLAGS_HAVE_GC, typeSlot, TPFLAGS_LIST_SUBCLASS, TP_BASICSIZE, typeSetSlot, TPFLAGS_SEQUENCE, TPFLAGS_MATCH_SELF,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeKind, TK_LIST, TK_TUPLE, TK_OTHER } from './type';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excMatches, excClear, excTypeError,
  excValueError, excIndexError, excOverflowError,
} from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intFromI64, intType } from './int';
import { strFromLiteral } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import {
  objRepr, objRichCompare, objRichCompareBool, objGetIter, objIterNext, objHashUnhashable,
} from './abstract';
import { sliceCheck, sliceUnpack, sliceAdjustIndices, indexCheck, indexAsI64, indexAsCArg, sliceScratchCells, viaIndex } from './slice';
import { objIndex, objLen } from './abstract';
import {
  tupleType, tupleSize, tupleItemsAddr, argsPositional, argsRaiseCount, argsRaiseCount2, richCompareSizes,
  seqTryOtherSlot, seqRepeatCount, seqIndexBounds, argsBadWrapper, argsBadFixed,
} from './tuple';
import { iterReturnSelf } from './iter';
import { list_sort } from './listsort';
import { NB_ADD, NB_MULTIPLY, NB_INPLACE_ADD, NB_INPLACE_MULTIPLY } from '../opcodes.gen';

@inline export const LI_SIZE: usize = 8;
@inline export const LI_ITEMS: usize = 12;
@inline export const LI_ALLOC: usize = 16;
@inline const LIST_OBJ_SIZE: u32 = 20;

/** The most items a list may hold: its item array must stay addressable (4 bytes each). */
@inline const LIST_MAX: i64 = 0x1FFFFFFF;

@inline const CMP_LT: i32 = 0;
@inline const CMP_EQ: i32 = 2;
@inline const CMP_NE: i32 = 3;

export let listType: Ptr = 0;
export let listIterType: Ptr = 0;
export let listRevIterType: Ptr = 0;

// ---- access ----

@inline export function listSize(l: Ptr): i32 { return load<i32>(l, LI_SIZE); }
/** The item array (moves when the list grows: re-read after anything that may resize). */
@inline export function listItemsAddr(l: Ptr): usize { return load<Ptr>(l, LI_ITEMS); }
/** Item i (borrowed); 0 <= i < size is the caller's duty. */
@inline export function listItem(l: Ptr, i: i32): Ptr {
  return load<Ptr>(load<Ptr>(l, LI_ITEMS) + (<usize>i << 2));
}
@inline export function listCheck(o: Ptr): bool {
  return typeKind(load<Ptr>(o, OB_TYPE)) == TK_LIST;
}
@inline function itemAddr(l: Ptr, i: i64): usize {
  return load<Ptr>(l, LI_ITEMS) + (<usize>i << 2);
}

// ---- allocation and resizing ----

/** A list of n items, all 0: the caller stores n stolen references before it escapes.
 *  New reference; 0 with MemoryError set. */
export function listNew(n: i32): Ptr {
  return listNewOfType(listType, n, true);
}

/** `reuse`: may take a parked list (CPython's PyList_New does; list() through the type's
 *  tp_alloc does not). */
function listNewOfType(type: Ptr, n: i32, reuse: bool = false): Ptr {
  let l: Ptr = reuse ? containerUnpark(listFreeCell(), listType, LIST_OBJ_SIZE) : 0;
  if (l == 0) l = objAlloc(type, type == listType ? LIST_OBJ_SIZE : load<u32>(type, TP_BASICSIZE));
  if (l == 0) return excNoMemory();
  if (n > 0) {
    const items = heapAlloc(<usize>n << 2);
    if (items == 0) { objFree(l); return excNoMemory(); }
    memory.fill(items, 0, <usize>n << 2);
    store<Ptr>(l, items, LI_ITEMS);
    store<i32>(l, n, LI_SIZE);
    store<i32>(l, n, LI_ALLOC);
  }
  return l;
}

/**
 * Sets the size to newsize, growing or shrinking the array (CPython's list_resize). New slots
 * are not initialised. Returns 0, or -1 with MemoryError set (the list is unchanged then).
 */
export function listResize(l: Ptr, newsize: i64): i32 {
  const allocated = <i64>load<i32>(l, LI_ALLOC);
  // Fits and is at least half used: no realloc (allocated == -1 never takes this path).
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    store<i32>(l, <i32>newsize, LI_SIZE);
    return 0;
  }
  if (newsize > LIST_MAX) { excNoMemory(); return -1; }
  let newAlloc: i64 = (newsize + (newsize >> 3) + 6) & ~3;
  // A big jump (extend by many): allocate just what is asked, rounded.
  if (newsize - <i64>load<i32>(l, LI_SIZE) > newAlloc - newsize) newAlloc = (newsize + 3) & ~3;
  if (newsize == 0) newAlloc = 0;
  const old = load<Ptr>(l, LI_ITEMS);
  let items: Ptr = 0;
  if (newAlloc != 0) {
    items = old != 0 && allocated > 0 ? heapRealloc(old, <usize>newAlloc << 2) : heapAlloc(<usize>newAlloc << 2);
    if (items == 0) { excNoMemory(); return -1; }
  } else if (old != 0 && allocated > 0) {
    heapFree(old);
  }
  store<Ptr>(l, items, LI_ITEMS);
  store<i32>(l, <i32>newsize, LI_SIZE);
  store<i32>(l, <i32>newAlloc, LI_ALLOC);
  return 0;
}

/** l.append(v): v borrowed. 0, or -1 with MemoryError set. */
export function listAppend(l: Ptr, v: Ptr): i32 {
  const n = load<i32>(l, LI_SIZE);
  if (n < load<i32>(l, LI_ALLOC)) {
    incref(v);
    store<Ptr>(load<Ptr>(l, LI_ITEMS) + (<usize>n << 2), v);
    store<i32>(l, n + 1, LI_SIZE);
    return 0;
  }
  if (listResize(l, <i64>n + 1) < 0) return -1;
  incref(v);
  store<Ptr>(load<Ptr>(l, LI_ITEMS) + (<usize>n << 2), v);
  return 0;
}

/** Empties the list; the items are released last to first after the list is already empty,
 *  since a decref can run code that looks at it (CPython's _list_clear). */
export function listClear(l: Ptr): void {
  const items = load<Ptr>(l, LI_ITEMS);
  if (items == 0) { store<i32>(l, 0, LI_SIZE); return; }
  let i = load<i32>(l, LI_SIZE);
  const allocated = load<i32>(l, LI_ALLOC);
  store<Ptr>(l, 0, LI_ITEMS);
  store<i32>(l, 0, LI_SIZE);
  store<i32>(l, 0, LI_ALLOC);
  while (--i >= 0) xdecref(load<Ptr>(items + (<usize>i << 2)));
  if (allocated > 0) heapFree(items);
}

/** A new list holding new references to items[ilow..ihigh). */
function listSlice(l: Ptr, ilow: i32, ihigh: i32): Ptr {
  const n = ihigh - ilow;
  const r = listNew(n > 0 ? n : 0);
  if (r == 0 || n <= 0) return r;
  const src = listItemsAddr(l) + (<usize>ilow << 2);
  const dst = listItemsAddr(r);
  for (let i: usize = 0; i < <usize>n; i++) {
    const v = load<Ptr>(src + (i << 2));
    incref(v);
    store<Ptr>(dst + (i << 2), v);
  }
  return r;
}

// ---- sequences seen as arrays (PySequence_Fast) ----

/** A list or tuple with o's items: o itself (new reference) when it is one, else list(o).
 *  A non-iterable raises TypeError(msg). */
export function seqFast(o: Ptr, msg: string): Ptr {
  // Exact types only: a subclass may override __iter__ (CPython's PySequence_Fast).
  const t = load<Ptr>(o, OB_TYPE);
  if (t == listType || t == tupleType) return newref(o);
  const it = objGetIter(o);
  if (it == 0) {
    if (excMatches(excTypeError)) { excClear(); excSetString(excTypeError, msg); }
    return 0;
  }
  const l = listNew(0);
  if (l == 0) { decref(it); return 0; }
  if (listExtendFromIter(l, it) < 0) { decref(it); decref(l); return 0; }
  decref(it);
  return l;
}
@inline export function seqFastSize(o: Ptr): i32 {
  return typeKind(load<Ptr>(o, OB_TYPE)) == TK_LIST ? listSize(o) : tupleSize(o);
}
@inline export function seqFastItems(o: Ptr): usize {
  return typeKind(load<Ptr>(o, OB_TYPE)) == TK_LIST ? listItemsAddr(o) : tupleItemsAddr(o);
}

// ---- extend ----

function listExtendFromIter(l: Ptr, it: Ptr): i32 {
  while (true) {
    const v = objIterNext(it);
    if (v == 0) return excOccurred() ? -1 : 0;
    const n = load<i32>(l, LI_SIZE);
    if (n < load<i32>(l, LI_ALLOC)) {
      store<Ptr>(load<Ptr>(l, LI_ITEMS) + (<usize>n << 2), v); // steals v
      store<i32>(l, n + 1, LI_SIZE);
    } else {
      if (listResize(l, <i64>n + 1) < 0) { decref(v); return -1; }
      store<Ptr>(load<Ptr>(l, LI_ITEMS) + (<usize>n << 2), v);
    }
  }
}

/** l.extend(o) for any iterable o. 0, or -1 with an exception set. */
export function listExtend(l: Ptr, o: Ptr): i32 {
  const t = load<Ptr>(o, OB_TYPE);
  if (t == listType || t == tupleType) { // exact: a subclass may override __iter__
    const n = seqFastSize(o);
    if (n == 0) return 0;
    const m = listSize(l);
    if (listResize(l, <i64>m + <i64>n) < 0) return -1;
    // Read the source only now: for l.extend(l) the array has just moved.
    const src = seqFastItems(o);
    const dst = listItemsAddr(l) + (<usize>m << 2);
    for (let i: usize = 0; i < <usize>n; i++) {
      const v = load<Ptr>(src + (i << 2));
      incref(v);
      store<Ptr>(dst + (i << 2), v);
    }
    return 0;
  }
  const it = objGetIter(o);
  if (it == 0) return -1;
  // CPython sizes the list with PyObject_LengthHint first, whose len(o) lets every error but a
  // TypeError through: list(range(2**64)) is OverflowError at once, not after 2**64 items
  if (typeSlot(t, SLOT_LEN) != 0 && objLen(o) < 0) {
    if (!excMatches(excTypeError)) { decref(it); return -1; }
    excClear();
  }
  const r = listExtendFromIter(l, it);
  decref(it);
  return r;
}

/** list(o): a new list with o's items. */
export function listFromIterable(o: Ptr): Ptr {
  const l = listNew(0);
  if (l == 0) return 0;
  if (listExtend(l, o) < 0) { decref(l); return 0; }
  return l;
}

/** A new list with the items of a tuple (new references). */
export function listFromTuple(t: Ptr): Ptr {
  const n = tupleSize(t);
  const l = listNew(n);
  if (l == 0) return 0;
  const src = tupleItemsAddr(t), dst = listItemsAddr(l);
  for (let i: usize = 0; i < <usize>n; i++) {
    const v = load<Ptr>(src + (i << 2));
    incref(v);
    store<Ptr>(dst + (i << 2), v);
  }
  return l;
}

// ---- slice assignment ----

/**
 * a[ilow:ihigh] = v (v = 0 deletes), CPython's list_ass_slice: bounds are clamped; v is any
 * iterable ("can only assign an iterable"). The replaced items are released last, after the
 * list is consistent again. 0, or -1 with an exception set.
 */
function listAssSlice(a: Ptr, ilow0: i64, ihigh0: i64, v: Ptr): i32 {
  let seq: Ptr = 0;
  let n: i64 = 0;
  let vitems: usize = 0;
  if (v != 0) {
    // a[x:y] = a: copy first, the source would change under us.
    seq = v == a ? listSlice(v, 0, listSize(v)) : seqFast(v, 'can only assign an iterable');
    if (seq == 0) return -1;
    n = seqFastSize(seq);
    vitems = seqFastItems(seq);
  }
  const size = <i64>listSize(a);
  let ilow = ilow0, ihigh = ihigh0;
  if (ilow < 0) ilow = 0; else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow; else if (ihigh > size) ihigh = size;
  const norig = ihigh - ilow;
  const d = n - norig;
  if (size + d == 0) {
    xdecref(seq);
    listClear(a);
    return 0;
  }
  // Keep the replaced items until the end.
  let recycle: usize = 0;
  if (norig > 0) {
    recycle = heapAlloc(<usize>norig << 2);
    if (recycle == 0) { xdecref(seq); excNoMemory(); return -1; }
    memory.copy(recycle, itemAddr(a, ilow), <usize>norig << 2);
  }
  if (d < 0) {
    memory.copy(itemAddr(a, ihigh + d), itemAddr(a, ihigh), <usize>(size - ihigh) << 2);
    listResize(a, size + d); // shrinking cannot fail
  } else if (d > 0) {
    if (listResize(a, size + d) < 0) {
      if (recycle) heapFree(recycle);
      xdecref(seq);
      return -1;
    }
    memory.copy(itemAddr(a, ihigh + d), itemAddr(a, ihigh), <usize>(size - ihigh) << 2);
  }
  for (let k: i64 = 0; k < n; k++) {
    const x = load<Ptr>(vitems + (<usize>k << 2));
    incref(x);
    store<Ptr>(itemAddr(a, ilow + k), x);
  }
  if (recycle) {
    for (let k = norig - 1; k >= 0; k--) xdecref(load<Ptr>(recycle + (<usize>k << 2)));
    heapFree(recycle);
  }
  xdecref(seq);
  return 0;
}

/** a[slice] = value / del a[slice] (value 0), CPython's list_ass_subscript slice branch. */
function listAssSubscriptSlice(a: Ptr, item: Ptr, value: Ptr): i32 {
  const c = sliceScratchCells();
  if (sliceUnpack(item, c, c + 8, c + 16) < 0) return -1;
  const step = load<i64>(c, 16);
  const slicelength = sliceAdjustIndices(listSize(a), c, c + 8, step);
  let start = load<i64>(c);
  let stop = load<i64>(c, 8);
  if (step == 1) return listAssSlice(a, start, stop, value);
  // s[5:2] = [..] inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;

  if (value == 0) {
    if (slicelength <= 0) return 0;
    let st = step;
    if (st < 0) {
      stop = start + 1;
      start = stop + st * (slicelength - 1) - 1;
      st = -st;
    }
    const garbage = heapAlloc(<usize>slicelength << 2);
    if (garbage == 0) { excNoMemory(); return -1; }
    const size = <i64>listSize(a);
    // Slide the kept runs left over the deleted items.
    let cur = start;
    for (let i: i64 = 0; cur < stop; cur += st, i++) {
      let lim = st - 1;
      store<Ptr>(garbage + (<usize>i << 2), load<Ptr>(itemAddr(a, cur)));
      if (cur + st >= size) lim = size - cur - 1;
      memory.copy(itemAddr(a, cur - i), itemAddr(a, cur + 1), <usize>lim << 2);
    }
    cur = start + slicelength * st;
    if (cur < size) memory.copy(itemAddr(a, cur - slicelength), itemAddr(a, cur), <usize>(size - cur) << 2);
    store<i32>(a, <i32>(size - slicelength), LI_SIZE);
    listResize(a, size - slicelength);
    for (let i: i64 = 0; i < slicelength; i++) decref(load<Ptr>(garbage + (<usize>i << 2)));
    heapFree(garbage);
    return 0;
  }

  const seq = value == a ? listSlice(value, 0, listSize(value))
                         : seqFast(value, 'must assign iterable to extended slice');
  if (seq == 0) return -1;
  const n = <i64>seqFastSize(seq);
  if (n != slicelength) {
    decref(seq);
    argsRaiseCount2(excValueError, 'attempt to assign sequence of size %D to extended slice of size %D', n, slicelength);
    return -1;
  }
  if (slicelength == 0) { decref(seq); return 0; }
  const garbage = heapAlloc(<usize>slicelength << 2);
  if (garbage == 0) { decref(seq); excNoMemory(); return -1; }
  const src = seqFastItems(seq);
  let cur = start;
  for (let i: i64 = 0; i < slicelength; cur += step, i++) {
    const at = itemAddr(a, cur);
    store<Ptr>(garbage + (<usize>i << 2), load<Ptr>(at));
    const x = load<Ptr>(src + (<usize>i << 2));
    incref(x);
    store<Ptr>(at, x);
  }
  for (let i: i64 = 0; i < slicelength; i++) decref(load<Ptr>(garbage + (<usize>i << 2)));
  heapFree(garbage);
  decref(seq);
  return 0;
}

// ---- the repr guard (CPython's Py_ReprEnter / Py_ReprLeave) ----
//
// The containers being repr'd right now, innermost last, in a growable heap array: a list that
// contains itself prints `[...]` at the inner occurrence instead of recursing forever.

let reprActive: usize = 0;
let reprCount: i32 = 0;
let reprCap: i32 = 0;

/** 0: o is now marked active (call reprLeave after); 1: o is already being repr'd (print the
 *  placeholder, do not call reprLeave); -1: MemoryError set. */
export function reprEnter(o: Ptr): i32 {
  for (let i: i32 = reprCount - 1; i >= 0; i--) {
    if (load<Ptr>(reprActive + (<usize>i << 2)) == o) return 1;
  }
  if (reprCount == reprCap) {
    const cap = reprCap ? reprCap * 2 : 16;
    const p = heapRealloc(reprActive, <usize>cap << 2);
    if (p == 0) { excNoMemory(); return -1; }
    reprActive = p;
    reprCap = cap;
  }
  store<Ptr>(reprActive + (<usize>reprCount << 2), o);
  reprCount++;
  return 0;
}

export function reprLeave(o: Ptr): void {
  for (let i: i32 = reprCount - 1; i >= 0; i--) {
    if (load<Ptr>(reprActive + (<usize>i << 2)) == o) {
      // Later entries are inner reprs that already left unless an error cut them short.
      store<Ptr>(reprActive + (<usize>i << 2), load<Ptr>(reprActive + (<usize>(reprCount - 1) << 2)));
      reprCount--;
      if (reprCount == 0) {
        // the outermost repr is done: give the set back, so the heap after a program is
        // exactly what it was before, whatever depth its reprs reached
        heapFree(reprActive);
        reprActive = 0;
        reprCap = 0;
      }
      return;
    }
  }
}

// ---- slots ----

function list_dealloc(l: Ptr): void {
  const items = load<Ptr>(l, LI_ITEMS);
  if (items != 0) {
    let i = load<i32>(l, LI_SIZE);
    while (--i >= 0) xdecref(load<Ptr>(items + (<usize>i << 2)));
    if (load<i32>(l, LI_ALLOC) > 0) heapFree(items);
  }
  if (load<Ptr>(l, OB_TYPE) == listType && containerPark(listFreeCell(), LIST_FREE_MAX, l)) return;
  objFree(l);
}

/** Last item first, as CPython's list_traverse (gc.get_referents() shows the order). */
function list_traverse(l: Ptr, visit: u32, arg: Ptr): i32 {
  for (let i = listSize(l) - 1; i >= 0; i--) {
    const v = listItem(l, i);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

function list_clear_slot(l: Ptr): void {
  listClear(l);
}

function list_repr(l: Ptr): Ptr {
  if (listSize(l) == 0) return strFromLiteral('[]');
  const rec = reprEnter(l);
  if (rec != 0) return rec > 0 ? strFromLiteral('[...]') : 0;
  const sb = sbNew();
  if (sb == 0) { reprLeave(l); return 0; }
  sbAppendLiteral(sb, '[');
  // The list may change while an item's repr runs: re-check the size every time.
  for (let i: i32 = 0; i < listSize(l); i++) {
    if (i) sbAppendLiteral(sb, ', ');
    const v = listItem(l, i);
    incref(v);
    const r = objRepr(v);
    decref(v);
    if (r == 0) { sbFree(sb); reprLeave(l); return 0; }
    sbAppendStr(sb, r);
    decref(r);
  }
  sbAppendLiteral(sb, ']');
  reprLeave(l);
  return sbFinish(sb);
}

function list_richcompare(v: Ptr, w: Ptr, op: i32): Ptr {
  if (!listCheck(v) || !listCheck(w)) return newref(Py_NotImplemented);
  if (listSize(v) != listSize(w) && (op == CMP_EQ || op == CMP_NE)) return boolFrom(op == CMP_NE);
  let i: i32 = 0;
  for (; i < listSize(v) && i < listSize(w); i++) {
    const vi = listItem(v, i), wi = listItem(w, i);
    if (vi == wi) continue;
    incref(vi);
    incref(wi);
    const k = objRichCompareBool(vi, wi, CMP_EQ);
    decref(vi);
    decref(wi);
    if (k < 0) return 0;
    if (k == 0) break;
  }
  if (i >= listSize(v) || i >= listSize(w)) return richCompareSizes(listSize(v), listSize(w), op);
  if (op == CMP_EQ) return boolFrom(false);
  if (op == CMP_NE) return boolFrom(true);
  const vi = listItem(v, i), wi = listItem(w, i);
  incref(vi);
  incref(wi);
  const r = objRichCompare(vi, wi, op);
  decref(vi);
  decref(wi);
  return r;
}

function list_len(l: Ptr): i64 {
  return listSize(l);
}

function list_contains(l: Ptr, v: Ptr): i32 {
  for (let i: i32 = 0; i < listSize(l); i++) {
    const x = listItem(l, i);
    incref(x);
    const k = objRichCompareBool(x, v, CMP_EQ);
    decref(x);
    if (k != 0) return k;
  }
  return 0;
}

/** The i64 index of an int-like key (IndexError when it does not fit); -1 + excOccurred on error. */
@inline function keyIndex(key: Ptr): i64 {
  return indexAsI64(key, excIndexError);
}

function list_getitem(l: Ptr, key: Ptr): Ptr {
  if (load<Ptr>(key, OB_TYPE) == intType || (!sliceCheck(key) && indexCheck(key))) {
    let i = keyIndex(key);
    if (i == -1 && excOccurred()) return 0;
    const n = listSize(l);
    if (i < 0) i += n;
    if (<u64>i >= <u64>n) return excFormat(excIndexError, 'list index out of range');
    return newref(listItem(l, <i32>i));
  }
  if (sliceCheck(key)) {
    const c = sliceScratchCells();
    if (sliceUnpack(key, c, c + 8, c + 16) < 0) return 0;
    const step = load<i64>(c, 16);
    const len = <i32>sliceAdjustIndices(listSize(l), c, c + 8, step);
    const start = load<i64>(c);
    if (step == 1) return listSlice(l, <i32>start, <i32>start + len);
    const r = listNew(len);
    if (r == 0) return 0;
    let cur = start;
    const dst = listItemsAddr(r);
    for (let i: i32 = 0; i < len; i++, cur += step) {
      const v = listItem(l, <i32>cur);
      incref(v);
      store<Ptr>(dst + (<usize>i << 2), v);
    }
    return r;
  }
  if (indexCheck(key)) return viaIndex(l, key, list_getitem.index);
  return excFormat(excTypeError, 'list indices must be integers or slices, not %T', key);
}

/** l[key] = value, del l[key] (value 0). */
function list_setitem(l: Ptr, key: Ptr, value: Ptr): i32 {
  if (load<Ptr>(key, OB_TYPE) == intType || (!sliceCheck(key) && indexCheck(key))) {
    let i = keyIndex(key);
    if (i == -1 && excOccurred()) return -1;
    const n = listSize(l);
    if (i < 0) i += n;
    if (<u64>i >= <u64>n) {
      excSetString(excIndexError, 'list assignment index out of range');
      return -1;
    }
    if (value == 0) {
      const gone = load<Ptr>(itemAddr(l, i));
      memory.copy(itemAddr(l, i), itemAddr(l, i + 1), <usize>(n - i - 1) << 2);
      listResize(l, n - 1); // shrinking cannot fail
      decref(gone);
      return 0;
    }
    incref(value);
    const at = itemAddr(l, i);
    const old = load<Ptr>(at);
    store<Ptr>(at, value);
    decref(old);
    return 0;
  }
  if (sliceCheck(key)) return listAssSubscriptSlice(l, key, value);
  if (indexCheck(key)) {
    const k = objIndex(key);
    if (k == 0) return -1;
    const r = list_setitem(l, k, value);
    decref(k);
    return r;
  }
  excFormat(excTypeError, 'list indices must be integers or slices, not %T', key);
  return -1;
}

function list_concat(a: Ptr, b: Ptr): Ptr {
  if (!listCheck(a)) return newref(Py_NotImplemented);
  if (!listCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_ADD);
    if (r != 0 || excOccurred()) return r;
    return excFormat(excTypeError, 'can only concatenate list (not "%T") to list', b);
  }
  const na = listSize(a), nb = listSize(b);
  if (<i64>na + <i64>nb > LIST_MAX) return excNoMemory();
  const r = listNew(na + nb);
  if (r == 0) return 0;
  const dst = listItemsAddr(r);
  for (let i: i32 = 0; i < na; i++) store<Ptr>(dst + (<usize>i << 2), newref(listItem(a, i)));
  for (let i: i32 = 0; i < nb; i++) store<Ptr>(dst + (<usize>(na + i) << 2), newref(listItem(b, i)));
  return r;
}

function list_repeat(a: Ptr, b: Ptr): Ptr {
  let seq = a, n = b;
  if (!listCheck(a)) { seq = b; n = a; }
  else if (!indexCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_MULTIPLY);
    if (r != 0 || excOccurred()) return r;
  }
  const count = seqRepeatCount(n);
  if (count < 0) return 0;
  const len = <i64>listSize(seq);
  if (len == 0 || count == 0) return listNew(0);
  if (count > LIST_MAX || len * count > LIST_MAX) return excNoMemory();
  const total = <i32>(len * count);
  const r = listNew(total);
  if (r == 0) return 0;
  const dst = listItemsAddr(r);
  for (let i: i32 = 0; i < total; i++) store<Ptr>(dst + (<usize>i << 2), newref(listItem(seq, i % <i32>len)));
  return r;
}

/** l += iterable: extends l in place and returns it. */
function list_inplace_concat(a: Ptr, b: Ptr): Ptr {
  if (!listCheck(a)) return newref(Py_NotImplemented);
  // CPython extends (sq_inplace_concat) only after every nb_add slot declined: b's __radd__
  // comes first
  const r = seqTryOtherSlot(a, b, NB_ADD);
  if (r != 0 || excOccurred()) return r;
  if (listExtend(a, b) < 0) return 0;
  return newref(a);
}

/** l *= n */
function list_inplace_repeat(a: Ptr, b: Ptr): Ptr {
  if (!listCheck(a)) return newref(Py_NotImplemented);
  if (!indexCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_MULTIPLY); // b's __rmul__ first, as for list_repeat
    if (r != 0 || excOccurred()) return r;
  }
  const count = seqRepeatCount(b);
  if (count < 0) return 0;
  const len = <i64>listSize(a);
  if (len == 0 || count == 1) return newref(a);
  if (count == 0) { listClear(a); return newref(a); }
  if (count > LIST_MAX || len * count > LIST_MAX) return excNoMemory();
  if (listResize(a, len * count) < 0) return 0;
  const items = listItemsAddr(a);
  for (let i: i64 = len; i < len * count; i++) {
    const v = load<Ptr>(items + (<usize>(i % len) << 2));
    incref(v);
    store<Ptr>(items + (<usize>i << 2), v);
  }
  return newref(a);
}

/** list.__new__: an empty list of the given type; __init__ fills it. */
function list_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return listNewOfType(type, 0);
}

/** list.__init__(self, iterable=(), /) */
function list_init(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  if (argsPositional(nargs, kwnames) != nargs) {
    excSetString(excTypeError, 'list() takes no keyword arguments');
    return -1;
  }
  if (nargs > 1) { argsRaiseCount(excTypeError, 'list expected at most 1 argument, got %D', nargs); return -1; }
  if (listSize(self) != 0) listClear(self);
  if (nargs == 1) return listExtend(self, load<Ptr>(args));
  return 0;
}

// ---- methods ----

function list_append(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'list.append() takes no keyword arguments',
    'list.append() takes exactly one argument (%D given)')) return 0;
  if (listAppend(l, load<Ptr>(args)) < 0) return 0;
  return newref(Py_None);
}

function list_extend(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'list.extend() takes no keyword arguments',
    'list.extend() takes exactly one argument (%D given)')) return 0;
  if (listExtend(l, load<Ptr>(args)) < 0) return 0;
  return newref(Py_None);
}

/** list.insert(index, object, /) */
function list_insert(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'list.insert() takes no keyword arguments');
  if (nargs != 2) return argsRaiseCount(excTypeError, 'insert expected 2 arguments, got %D', nargs);
  const io = load<Ptr>(args);
  if (!indexCheck(io)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", io);
  let where = indexAsCArg(io, false);
  if (where == -1 && excOccurred()) return 0;
  const n = <i64>listSize(l);
  if (where < 0) { where += n; if (where < 0) where = 0; }
  if (where > n) where = n;
  if (listResize(l, n + 1) < 0) return 0;
  memory.copy(itemAddr(l, where + 1), itemAddr(l, where), <usize>(n - where) << 2);
  const v = load<Ptr>(args, 4);
  incref(v);
  store<Ptr>(itemAddr(l, where), v);
  return newref(Py_None);
}

/** list.pop(index=-1, /) */
function list_pop(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'list.pop() takes no keyword arguments');
  if (nargs > 1) return argsRaiseCount(excTypeError, 'pop expected at most 1 argument, got %D', nargs);
  let i: i64 = -1;
  if (nargs == 1) {
    const io = load<Ptr>(args);
    if (!indexCheck(io)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", io);
    i = indexAsCArg(io, false);
    if (i == -1 && excOccurred()) return 0;
  }
  const n = <i64>listSize(l);
  if (n == 0) return excFormat(excIndexError, 'pop from empty list');
  if (i < 0) i += n;
  if (<u64>i >= <u64>n) return excFormat(excIndexError, 'pop index out of range');
  const v = load<Ptr>(itemAddr(l, i));
  memory.copy(itemAddr(l, i), itemAddr(l, i + 1), <usize>(n - i - 1) << 2);
  listResize(l, n - 1); // shrinking cannot fail
  return v; // the list's reference becomes the caller's
}

function list_remove(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'list.remove() takes no keyword arguments',
    'list.remove() takes exactly one argument (%D given)')) return 0;
  const v = load<Ptr>(args);
  for (let i: i32 = 0; i < listSize(l); i++) {
    const x = listItem(l, i);
    incref(x);
    const k = objRichCompareBool(x, v, CMP_EQ);
    decref(x);
    if (k > 0) {
      if (listAssSlice(l, i, i + 1, 0) < 0) return 0;
      return newref(Py_None);
    }
    if (k < 0) return 0;
  }
  return excFormat(excValueError, 'list.remove(x): x not in list');
}

/** list.index(value, start=0, stop=sys.maxsize, /) */
function list_index(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return excFormat(excTypeError, 'list.index() takes no keyword arguments');
  if (nargs < 1) return argsRaiseCount(excTypeError, 'index expected at least 1 argument, got %D', nargs);
  if (nargs > 3) return argsRaiseCount(excTypeError, 'index expected at most 3 arguments, got %D', nargs);
  const c = sliceScratchCells();
  if (!seqIndexBounds(args, nargs, listSize(l), c)) return 0;
  const v = load<Ptr>(args);
  const stop = load<i64>(c, 8);
  for (let i = load<i64>(c); i < stop && i < <i64>listSize(l); i++) {
    const x = listItem(l, <i32>i);
    incref(x);
    const k = objRichCompareBool(x, v, CMP_EQ);
    decref(x);
    if (k > 0) return intFromI64(i);
    if (k < 0) return 0;
  }
  return excFormat(excValueError, '%R is not in list', v);
}

function list_count(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'list.count() takes no keyword arguments',
    'list.count() takes exactly one argument (%D given)')) return 0;
  const v = load<Ptr>(args);
  let count: i64 = 0;
  for (let i: i32 = 0; i < listSize(l); i++) {
    const x = listItem(l, i);
    incref(x);
    const k = objRichCompareBool(x, v, CMP_EQ);
    decref(x);
    if (k > 0) count++;
    else if (k < 0) return 0;
  }
  return intFromI64(count);
}

/** Reverses the n Ptrs at p in place. */
export function ptrsReverse(p: usize, n: i32): void {
  let lo = p, hi = p + (<usize>(n - 1) << 2);
  while (n > 1 && lo < hi) {
    const t = load<Ptr>(lo);
    store<Ptr>(lo, load<Ptr>(hi));
    store<Ptr>(hi, t);
    lo += 4;
    hi -= 4;
  }
}

function list_reverse(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'list.reverse() takes no keyword arguments',
    'list.reverse() takes no arguments (%D given)')) return 0;
  ptrsReverse(listItemsAddr(l), listSize(l));
  return newref(Py_None);
}

function list_copy(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'list.copy() takes no keyword arguments',
    'list.copy() takes no arguments (%D given)')) return 0;
  return listSlice(l, 0, listSize(l));
}

function list_clear(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'list.clear() takes no keyword arguments',
    'list.clear() takes no arguments (%D given)')) return 0;
  listClear(l);
  return newref(Py_None);
}

function list_reversed(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'list.__reversed__() takes no keyword arguments',
    'list.__reversed__() takes no arguments (%D given)')) return 0;
  const it = objAlloc(listRevIterType, LT_SIZE);
  if (it == 0) return excNoMemory();
  store<u32>(it, <u32>(listSize(l) - 1), LT_INDEX);
  store<Ptr>(it, newref(l), LT_SEQ);
  return it;
}

// ---- iterators ----
//
//   +0 refcnt | +4 type | +8 index i32 | +12 seq Ptr (0 once exhausted)
// The forward iterator counts up and rechecks the size each step (a list may grow while
// iterated); the reverse one counts down from the size at creation.

@inline const LT_INDEX: usize = 8;
@inline const LT_SEQ: usize = 12;
@inline const LT_SIZE: u32 = 16;

function list_iter(l: Ptr): Ptr {
  const it = objAlloc(listIterType, LT_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(l), LT_SEQ);
  return it;
}

/** The list iterator's ITERNEXT; inlined by FOR_ITER's fast path. */
@inline export function listiter_next(it: Ptr): Ptr {
  const l = load<Ptr>(it, LT_SEQ);
  if (l == 0) return 0;
  const i = load<i32>(it, LT_INDEX);
  if (i < listSize(l)) {
    store<i32>(it, i + 1, LT_INDEX);
    return newref(listItem(l, i));
  }
  store<Ptr>(it, 0, LT_SEQ);
  decref(l);
  return 0;
}

/** it.__length_hint__(): the items left (CPython's listiter_len / listreviter_len). */
function listiter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const l = load<Ptr>(it, LT_SEQ);
  const n = l != 0 ? listSize(l) - load<i32>(it, LT_INDEX) : 0;
  return intFromI64(n > 0 ? n : 0);
}
function listreviter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const l = load<Ptr>(it, LT_SEQ);
  const n = load<i32>(it, LT_INDEX) + 1;
  return intFromI64(l == 0 || listSize(l) < n ? 0 : n);
}

function listreviter_next(it: Ptr): Ptr {
  const l = load<Ptr>(it, LT_SEQ);
  if (l == 0) return 0;
  const i = load<i32>(it, LT_INDEX);
  if (i >= 0 && i < listSize(l)) {
    store<i32>(it, i - 1, LT_INDEX);
    return newref(listItem(l, i));
  }
  store<i32>(it, -1, LT_INDEX);
  store<Ptr>(it, 0, LT_SEQ);
  decref(l);
  return 0;
}

function listiter_dealloc(it: Ptr): void {
  xdecref(load<Ptr>(it, LT_SEQ));
  objFree(it);
}

function listiter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const l = load<Ptr>(it, LT_SEQ);
  return l ? call_indirect<i32>(visit, l, arg) : 0;
}

/** The cycle collector's CLEAR: the iterator becomes exhausted. */
function listiter_clear(it: Ptr): void {
  const l = load<Ptr>(it, LT_SEQ);
  if (l) { store<Ptr>(it, 0, LT_SEQ); decref(l); }
}

// ---- dunder methods (slot wrappers), for super().__setitem__(...) in subclasses ----

function list_len_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 0)) return 0;
  return intFromI64(listSize(l));
}

function list_getitem_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'list.__getitem__() takes no keyword arguments',
    'list.__getitem__() takes exactly one argument (%D given)')) return 0;
  return list_getitem(l, load<Ptr>(args));
}

function list_setitem_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 2)) return 0;
  if (list_setitem(l, load<Ptr>(args), load<Ptr>(args, 4)) < 0) return 0;
  return newref(Py_None);
}

function list_delitem_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 1)) return 0;
  if (list_setitem(l, load<Ptr>(args), 0) < 0) return 0;
  return newref(Py_None);
}

function list_contains_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 1)) return 0;
  const r = list_contains(l, load<Ptr>(args));
  if (r < 0) return 0;
  return boolFrom(r != 0);
}

function list_iter_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 0)) return 0;
  return list_iter(l);
}

function list_repr_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 0)) return 0;
  return list_repr(l);
}

function list_init_m(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (list_init(l, args, nargs, kwnames) < 0) return 0;
  return newref(Py_None);
}

export function listTypeInit(): void {
  listType = typeNewBuiltin('list', objectType, LIST_OBJ_SIZE, TPFLAGS_HAVE_GC | TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF, TK_LIST);
  typeSetSlot(listType, SLOT_DEALLOC, list_dealloc.index);
  typeSetSlot(listType, SLOT_TRAVERSE, list_traverse.index);
  typeSetSlot(listType, SLOT_CLEAR, list_clear_slot.index);
  typeSetSlot(listType, SLOT_REPR, list_repr.index);
  typeSetSlot(listType, SLOT_HASH, objHashUnhashable.index);
  typeSetSlot(listType, SLOT_RICHCOMPARE, list_richcompare.index);
  typeSetSlot(listType, SLOT_ITER, list_iter.index);
  typeSetSlot(listType, SLOT_LEN, list_len.index);
  typeSetSlot(listType, SLOT_GETITEM, list_getitem.index);
  typeSetSlot(listType, SLOT_SETITEM, list_setitem.index);
  typeSetSlot(listType, SLOT_CONTAINS, list_contains.index);
  typeSetSlot(listType, SLOT_NEW, list_new.index);
  typeSetSlot(listType, SLOT_INIT, list_init.index);
  typeSetSlot(listType, SLOT_NB_BINARY + <i32>NB_ADD, list_concat.index);
  typeSetSlot(listType, SLOT_NB_BINARY + <i32>NB_MULTIPLY, list_repeat.index);
  typeSetSlot(listType, SLOT_NB_BINARY + <i32>NB_INPLACE_ADD, list_inplace_concat.index);
  typeSetSlot(listType, SLOT_NB_BINARY + <i32>NB_INPLACE_MULTIPLY, list_inplace_repeat.index);
  typeAddMethod(listType, 'append', list_append.index);
  typeAddMethod(listType, 'extend', list_extend.index);
  typeAddMethod(listType, 'insert', list_insert.index);
  typeAddMethod(listType, 'pop', list_pop.index);
  typeAddMethod(listType, 'remove', list_remove.index);
  typeAddMethod(listType, 'index', list_index.index);
  typeAddMethod(listType, 'count', list_count.index);
  typeAddMethod(listType, 'reverse', list_reverse.index);
  typeAddMethod(listType, 'copy', list_copy.index);
  typeAddMethod(listType, 'clear', list_clear.index);
  typeAddMethod(listType, 'sort', list_sort.index);
  typeAddMethod(listType, '__reversed__', list_reversed.index);
  typeAddMethod(listType, '__len__', list_len_m.index);
  typeAddMethod(listType, '__getitem__', list_getitem_m.index);
  typeAddMethod(listType, '__setitem__', list_setitem_m.index);
  typeAddMethod(listType, '__delitem__', list_delitem_m.index);
  typeAddMethod(listType, '__contains__', list_contains_m.index);
  typeAddMethod(listType, '__iter__', list_iter_m.index);
  typeAddMethod(listType, '__repr__', list_repr_m.index);
  typeAddMethod(listType, '__init__', list_init_m.index);

  listIterType = typeNewBuiltin('list_iterator', objectType, LT_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(listIterType, SLOT_DEALLOC, listiter_dealloc.index);
  typeSetSlot(listIterType, SLOT_TRAVERSE, listiter_traverse.index);
  typeSetSlot(listIterType, SLOT_CLEAR, listiter_clear.index);
  typeSetSlot(listIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(listIterType, SLOT_ITERNEXT, listiter_next.index);
  typeAddMethod(listIterType, '__length_hint__', listiter_length_hint.index);
  typeSetFinal(listIterType);

  listRevIterType = typeNewBuiltin('list_reverseiterator', objectType, LT_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(listRevIterType, SLOT_DEALLOC, listiter_dealloc.index);
  typeSetSlot(listRevIterType, SLOT_TRAVERSE, listiter_traverse.index);
  typeSetSlot(listRevIterType, SLOT_CLEAR, listiter_clear.index);
  typeSetSlot(listRevIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(listRevIterType, SLOT_ITERNEXT, listreviter_next.index);
  typeAddMethod(listRevIterType, '__length_hint__', listreviter_length_hint.index);
  typeSetFinal(listRevIterType);
}
