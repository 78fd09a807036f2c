// === Free lists of dead containers: CPython 3.11's tuple, list and dict free lists ===
//
// CPython parks dead exact tuples (one list per size 1..20, up to 2000 each), lists (up to 80)
// and dicts (up to 80) and hands them out again before asking the allocator. That matters beyond
// speed: a container taken from a free list is not an allocation for the collector's count, and
// one parked there is not a deallocation (only gc_alloc and PyObject_GC_Del move the count), so
// when generation 0 passes its threshold, and so when finalizers of cyclic garbage run, depends
// on these lists. pyrite keeps the same lists with the same limits.
//
//   cell (static): +0 head Ptr | +4 count i32
//   parked object: its block as it was (GC prefix first), untracked (prefix next = prev = 0),
//                  refcnt 0, its type word poisoned in debug builds (a use after free traps as
//                  for freed blocks); the word at +8 links to the next parked object.
//
// Invariants:
// - Only exact tupleType/listType/dictType objects are parked, with every reference they held
//   already released (the dealloc slots release first, then park) and no owned memory besides
//   their own block (a list's item array and a dict's table are freed before).
// - A parked object is invisible: on no collector list, never handed to Python code.
// - containerFreeListsClear() returns every parked block to the heap at the end of each full
//   collection (CPython clears its free lists there, which a program sees in gc.get_count()) and
//   of each run, so the heap is back at its baseline (as the int and float free lists).

import { Ptr, DEBUG } from '../common';
import { heapFree } from '../heap/heap';
import { OB_TYPE, POISON_TYPE } from './header';
import { GC_HEAD_SIZE, gcIsTracked, gcListRemove } from '../gc/head';
import { gcTrackUncounted, gcUncountFree } from '../gc/track';

@inline const TUPLE_LISTS: i32 = 20;    // CPython's PyTuple_NFREELISTS: sizes 1..20
@inline export const TUPLE_FREE_MAX: i32 = 2000; // PyTuple_MAXFREELIST
@inline export const LIST_FREE_MAX: i32 = 80;    // PyList_MAXFREELIST
@inline export const DICT_FREE_MAX: i32 = 80;    // PyDict_MAXFREELIST

const tupleCells: usize = memory.data(TUPLE_LISTS * 8, 4);
const listCell: usize = memory.data(8, 4);
const dictCell: usize = memory.data(8, 4);

/** The cell of tuples of n items, or 0 when that size has no free list. */
@inline export function tupleFreeCell(n: i32): usize {
  return <u32>(n - 1) < <u32>TUPLE_LISTS ? tupleCells + (<usize>(n - 1) << 3) : 0;
}
@inline export function listFreeCell(): usize { return listCell; }
@inline export function dictFreeCell(): usize { return dictCell; }

/** Parks the dead container o (see the invariants) on cell's list when it holds fewer than max;
 *  false when full (the caller frees o as usual). Leaves the collector's count alone. */
export function containerPark(cell: usize, max: i32, o: Ptr): bool {
  const n = load<i32>(cell, 4);
  if (n >= max) return false;
  const g = o - GC_HEAD_SIZE;
  if (gcIsTracked(g)) gcListRemove(g);
  if (DEBUG) store<u32>(o, POISON_TYPE, OB_TYPE);
  store<Ptr>(o, load<Ptr>(cell), 8);
  store<Ptr>(cell, o);
  store<i32>(cell, n + 1, 4);
  return true;
}

/**
 * A parked container of `type` from cell's list, made new: prefix and the `size` bytes from its
 * header on zeroed except refcnt 1 and its type, tracked in generation 0 without counting as an
 * allocation (CPython: _Py_NewReference, then _PyObject_GC_TRACK). 0 when the list is empty.
 */
export function containerUnpark(cell: usize, type: Ptr, size: usize): Ptr {
  const o = load<Ptr>(cell);
  if (o == 0) return 0;
  store<Ptr>(cell, load<Ptr>(o, 8));
  store<i32>(cell, load<i32>(cell, 4) - 1, 4);
  memory.fill(o - GC_HEAD_SIZE, 0, size + GC_HEAD_SIZE);
  store<u32>(o, 1);
  store<Ptr>(o, type, OB_TYPE);
  gcTrackUncounted(o - GC_HEAD_SIZE);
  return o;
}

function cellClear(cell: usize): void {
  let o = load<Ptr>(cell);
  while (o != 0) {
    const next = load<Ptr>(o, 8);
    heapFree(o - GC_HEAD_SIZE); // builtin types: no type reference to drop
    gcUncountFree(); // CPython frees them with PyObject_GC_Del
    o = next;
  }
  store<Ptr>(cell, 0);
  store<i32>(cell, 0, 4);
}

/** Every parked container goes back to the heap: at the end of a run, and (as CPython's
 *  clear_freelists) at the end of every collection of the oldest generation. */
export function containerFreeListsClear(): void {
  for (let i: i32 = 0; i < TUPLE_LISTS; i++) cellClear(tupleCells + (<usize>i << 3));
  cellClear(listCell);
  cellClear(dictCell);
}
