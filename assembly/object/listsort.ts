// === list.sort: a stable natural merge sort (CPython's listsort.txt, without galloping) ===
//
// Technique (Tim Peters' timsort, simplified): walk the array finding *runs* (maximal ascending,
// or strictly descending ones, which are reversed in place — strictness keeps the sort stable),
// extend short runs to `minrun` with binary insertion sort, push each on a stack and merge
// neighbours while the stack breaks timsort's invariants (|A| > |B| + |C|, |B| > |C|), so merges
// stay balanced and already-sorted input costs n - 1 comparisons. Merges copy the left run to
// a temporary buffer and merge forward. Galloping mode is left out: same results, more
// comparisons on some inputs.
//
// Invariants:
// - The only comparison is `lt(a, b)` = a < b via objRichCompareBool; an item moves before an
//   equal one never, so the sort is stable. With key=, the keys array is sorted and every
//   move is mirrored on the values array.
// - A failing comparison (or key call) stops the sort, but the arrays always remain a
//   permutation of the input: a merge interrupted by an error first copies its buffered run back.
// - While sorting, the list object itself is empty with allocated == -1 (CPython's trick), so
//   code run by comparisons sees [] and any mutation is detected afterwards ("list modified
//   during sort").

import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { decref, xdecref, newref } from './header';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excTypeError, excValueError, excOverflowError,
} from '../vm/exc';
import { Py_None } from './none';
import { strEq, strInternLiteral } from './str';
import { objRichCompareBool, objCall } from './abstract';
import { indexCheck, indexAsCArg } from './slice';
import { tupleSize, tupleItem, argsPositional } from './tuple';
import { ptrsReverse, LI_SIZE, LI_ITEMS, LI_ALLOC } from './list';


@inline const CMP_LT: i32 = 0;
@inline const MAX_PENDING: i32 = 85; // runs on the stack: enough for 2^64 items (listsort.txt)

// ---- the sort state (one sort at a time per nesting level: saved/restored around a sort) ----

let keysBase: usize = 0;   // the array compared
let valsBase: usize = 0;   // the array moved alongside (0: no key function, keys are the items)
let tmpKeys: usize = 0;    // merge buffers, n words each
let tmpVals: usize = 0;
let pendBase: usize = 0;   // the run stack: (start i32, len i32) pairs
let pendCount: i32 = 0;

@inline function K(i: i32): usize { return keysBase + (<usize>i << 2); }
@inline function V(i: i32): usize { return valsBase + (<usize>i << 2); }

/** keys[i] < keys[j] as 1/0, -1 on error. */
@inline function lt(a: Ptr, b: Ptr): i32 {
  return objRichCompareBool(a, b, CMP_LT);
}

@inline function swapAt(i: i32, j: i32): void {
  const k = load<Ptr>(K(i)); store<Ptr>(K(i), load<Ptr>(K(j))); store<Ptr>(K(j), k);
  if (valsBase) { const v = load<Ptr>(V(i)); store<Ptr>(V(i), load<Ptr>(V(j))); store<Ptr>(V(j), v); }
}

/** Sorts [lo, hi) by binary insertion, given [lo, start) is sorted. -1 on a comparison error. */
function binaryInsertion(lo: i32, hi: i32, start: i32): i32 {
  for (let s = start; s < hi; s++) {
    const pivot = load<Ptr>(K(s));
    let l = lo, r = s;
    // Invariant: keys[lo, l) <= pivot < keys[r, s).
    while (l < r) {
      const m = l + ((r - l) >> 1);
      const c = lt(pivot, load<Ptr>(K(m)));
      if (c < 0) return -1;
      if (c) r = m; else l = m + 1;
    }
    if (l < s) {
      memory.copy(K(l + 1), K(l), <usize>(s - l) << 2);
      store<Ptr>(K(l), pivot);
      if (valsBase) {
        const pv = load<Ptr>(V(s));
        memory.copy(V(l + 1), V(l), <usize>(s - l) << 2);
        store<Ptr>(V(l), pv);
      }
    }
  }
  return 0;
}

/** The length of the run starting at lo (reversing a descending one); -1 on error. */
function countRun(lo: i32, hi: i32): i32 {
  if (lo + 1 >= hi) return hi - lo;
  let n: i32 = 2;
  let c = lt(load<Ptr>(K(lo + 1)), load<Ptr>(K(lo)));
  if (c < 0) return -1;
  if (c) {
    // Strictly descending: a[i+1] < a[i] all along.
    for (let i = lo + 2; i < hi; i++, n++) {
      c = lt(load<Ptr>(K(i)), load<Ptr>(K(i - 1)));
      if (c < 0) return -1;
      if (!c) break;
    }
    ptrsReverse(K(lo), n);
    if (valsBase) ptrsReverse(V(lo), n);
  } else {
    for (let i = lo + 2; i < hi; i++, n++) {
      c = lt(load<Ptr>(K(i)), load<Ptr>(K(i - 1)));
      if (c < 0) return -1;
      if (c) break;
    }
  }
  return n;
}

/** Merges the adjacent sorted runs [a, a+na) and [a+na, a+na+nb). -1 on a comparison error (the
 *  arrays still hold every item). */
function mergeAt(a: i32, na: i32, nb: i32): i32 {
  memory.copy(tmpKeys, K(a), <usize>na << 2);
  if (valsBase) memory.copy(tmpVals, V(a), <usize>na << 2);
  let i: i32 = 0;          // next in the buffered left run
  let j: i32 = a + na;     // next in the right run (in place)
  const jend = a + na + nb;
  let d: i32 = a;          // destination
  let err: i32 = 0;
  while (i < na && j < jend) {
    const c = lt(load<Ptr>(K(j)), load<Ptr>(tmpKeys + (<usize>i << 2)));
    if (c < 0) { err = -1; break; }
    if (c) {
      store<Ptr>(K(d), load<Ptr>(K(j)));
      if (valsBase) store<Ptr>(V(d), load<Ptr>(V(j)));
      j++;
    } else {
      store<Ptr>(K(d), load<Ptr>(tmpKeys + (<usize>i << 2)));
      if (valsBase) store<Ptr>(V(d), load<Ptr>(tmpVals + (<usize>i << 2)));
      i++;
    }
    d++;
  }
  // What is left of the left run fills exactly the gap before j.
  if (i < na) {
    memory.copy(K(d), tmpKeys + (<usize>i << 2), <usize>(na - i) << 2);
    if (valsBase) memory.copy(V(d), tmpVals + (<usize>i << 2), <usize>(na - i) << 2);
  }
  return err;
}

@inline function pendStart(i: i32): i32 { return load<i32>(pendBase + (<usize>i << 3)); }
@inline function pendLen(i: i32): i32 { return load<i32>(pendBase + (<usize>i << 3), 4); }

/** Merges runs i and i+1 of the stack. */
function mergeRuns(i: i32): i32 {
  const a = pendStart(i), na = pendLen(i), nb = pendLen(i + 1);
  store<i32>(pendBase + (<usize>i << 3), na + nb, 4);
  // Drop run i+1 (slide a possible run i+2 down).
  if (i + 2 < pendCount) {
    store<i32>(pendBase + (<usize>(i + 1) << 3), pendStart(i + 2));
    store<i32>(pendBase + (<usize>(i + 1) << 3), pendLen(i + 2), 4);
  }
  pendCount--;
  return mergeAt(a, na, nb);
}

/** Restores timsort's stack invariants by merging. */
function mergeCollapse(): i32 {
  while (pendCount > 1) {
    let n = pendCount - 2;
    if ((n > 0 && pendLen(n - 1) <= pendLen(n) + pendLen(n + 1)) ||
        (n > 1 && pendLen(n - 2) <= pendLen(n - 1) + pendLen(n))) {
      if (pendLen(n - 1) < pendLen(n + 1)) n--;
    } else if (pendLen(n) > pendLen(n + 1)) {
      break;
    }
    if (mergeRuns(n) < 0) return -1;
  }
  return 0;
}

function mergeForceCollapse(): i32 {
  while (pendCount > 1) {
    let n = pendCount - 2;
    if (n > 0 && pendLen(n - 1) < pendLen(n + 1)) n--;
    if (mergeRuns(n) < 0) return -1;
  }
  return 0;
}

/** CPython's merge_compute_minrun: n itself below 64, else 32..64 so n/minrun is near a power of 2. */
function computeMinrun(n: i32): i32 {
  let r: i32 = 0;
  while (n >= 64) { r |= n & 1; n >>= 1; }
  return n + r;
}

/** Sorts n keys (and values alongside, if vals != 0). 0, or -1 with an exception set. */
function sortArrays(keys: usize, vals: usize, n: i32): i32 {
  if (n < 2) return 0;
  // Save the state of an outer sort (a key or __lt__ may sort another list).
  const sK = keysBase, sV = valsBase, sTK = tmpKeys, sTV = tmpVals, sP = pendBase, sC = pendCount;
  keysBase = keys;
  valsBase = vals;
  const half = <usize>n << 2; // the left run of a merge may be nearly all of it
  tmpKeys = heapAlloc(half);
  tmpVals = vals ? heapAlloc(half) : 0;
  pendBase = heapAlloc(<usize>MAX_PENDING << 3);
  pendCount = 0;
  let r: i32 = 0;
  if (tmpKeys == 0 || pendBase == 0 || (vals != 0 && tmpVals == 0)) {
    excNoMemory();
    r = -1;
  } else {
    const minrun = computeMinrun(n);
    let lo: i32 = 0;
    while (lo < n) {
      let run = countRun(lo, n);
      if (run < 0) { r = -1; break; }
      if (run < minrun) {
        const force = n - lo < minrun ? n - lo : minrun;
        if (binaryInsertion(lo, lo + force, lo + run) < 0) { r = -1; break; }
        run = force;
      }
      store<i32>(pendBase + (<usize>pendCount << 3), lo);
      store<i32>(pendBase + (<usize>pendCount << 3), run, 4);
      pendCount++;
      if (mergeCollapse() < 0) { r = -1; break; }
      lo += run;
    }
    if (r == 0 && mergeForceCollapse() < 0) r = -1;
  }
  if (tmpKeys) heapFree(tmpKeys);
  if (tmpVals) heapFree(tmpVals);
  if (pendBase) heapFree(pendBase);
  keysBase = sK; valsBase = sV; tmpKeys = sTK; tmpVals = sTV; pendBase = sP; pendCount = sC;
  return r;
}

// ---- list.sort(*, key=None, reverse=False) ----

let strKey: Ptr = 0;
let strReverse: Ptr = 0;

/** The keyword names sort() compares against, interned once at vmInit (lazily made, they would
 *  show up as a leak in the heap check after the first program that sorts with keywords). */
export function listsortNamesInit(): void {
  strKey = strInternLiteral('key');
  strReverse = strInternLiteral('reverse');
}

/** Sorts list l in place. key borrowed (0 or None: none). 0, or -1 with an exception set. */
export function listSortImpl(l: Ptr, key: Ptr, reverse: bool): i32 {
  if (key == Py_None) key = 0;
  const n = load<i32>(l, LI_SIZE);
  const items = load<Ptr>(l, LI_ITEMS);
  const allocated = load<i32>(l, LI_ALLOC);
  // Empty the list while sorting (see the invariants above).
  store<i32>(l, 0, LI_SIZE);
  store<Ptr>(l, 0, LI_ITEMS);
  store<i32>(l, -1, LI_ALLOC);

  let r: i32 = 0;
  let keys: usize = items;
  let vals: usize = 0;
  if (key != 0 && n > 0) {
    keys = heapAlloc(<usize>n << 2);
    if (keys == 0) { excNoMemory(); r = -1; }
    else {
      vals = items;
      for (let i: i32 = 0; i < n; i++) {
        const k = objCall(key, items + (<usize>i << 2), 1, 0);
        if (k == 0) {
          for (let j = i - 1; j >= 0; j--) decref(load<Ptr>(keys + (<usize>j << 2)));
          heapFree(keys);
          keys = 0;
          r = -1;
          break;
        }
        store<Ptr>(keys + (<usize>i << 2), k);
      }
    }
  }
  if (r == 0) {
    // Reverse, sort stably, reverse back: equal items keep their order under reverse=True.
    if (reverse && n > 1) { ptrsReverse(keys, n); if (vals) ptrsReverse(vals, n); }
    r = sortArrays(keys, vals, n);
    if (reverse && n > 1) { ptrsReverse(keys, n); if (vals) ptrsReverse(vals, n); }
    if (vals != 0) {
      for (let i: i32 = n - 1; i >= 0; i--) decref(load<Ptr>(keys + (<usize>i << 2)));
      heapFree(keys);
    }
  }

  // Whatever the list got meanwhile is dropped; the sorted items go back in.
  const modified = load<i32>(l, LI_ALLOC) != -1;
  const finalItems = load<Ptr>(l, LI_ITEMS);
  let finalN = load<i32>(l, LI_SIZE);
  const finalAlloc = load<i32>(l, LI_ALLOC);
  store<i32>(l, n, LI_SIZE);
  store<Ptr>(l, items, LI_ITEMS);
  store<i32>(l, allocated, LI_ALLOC);
  if (modified && r == 0) {
    excSetString(excValueError, 'list modified during sort');
    r = -1;
  }
  if (finalItems != 0) {
    while (--finalN >= 0) xdecref(load<Ptr>(finalItems + (<usize>finalN << 2)));
    if (finalAlloc > 0) heapFree(finalItems);
  }
  return r;
}

/** The list.sort method. */
export function list_sort(l: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  if (npos > 0) return excFormat(excTypeError, 'sort() takes no positional arguments');
  let key: Ptr = 0;
  let reverse = false;
  if (kwnames != 0) {
    const nkw = tupleSize(kwnames);
    for (let i: i32 = 0; i < nkw; i++) {
      const name = tupleItem(kwnames, i);
      const v = load<Ptr>(args + (<usize>(npos + i) << 2));
      if (name == strKey || strEq(name, strKey)) key = v;
      else if (name == strReverse || strEq(name, strReverse)) {
        if (!indexCheck(v)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", v);
        const x = indexAsCArg(v, true); // reverse: bool(accept={int}), a C int
        if (x == -1 && excOccurred()) return 0;
        reverse = x != 0;
      } else {
        return excFormat(excTypeError, "'%U' is an invalid keyword argument for sort()", name);
      }
    }
  }
  if (listSortImpl(l, key, reverse) < 0) return 0;
  return newref(Py_None);
}
