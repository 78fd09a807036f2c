// === Free lists of dead small objects (exact ints and floats) ===
//
// Arithmetic makes one new number per result and drops one per rebinding. Parking the dead ones
// on a short list (linked through their payload word at +8) lets the next result skip the
// allocator; CPython 3.11 does the same for floats. Programs cannot tell (the objects are dead).
// Every run empties the lists at its end (vmEndRun), so the heap check sees the same baseline.
//
//   cell (static, one per list): +0 head Ptr | +4 count i32

import { Ptr } from '../common';
import { objFree } from './header';
import { NUM_FREE_MAX } from '../config';

/** A dead object from the list with its refcnt set to 1 (payload still to be written), or 0. */
@inline export function freelistPop(cell: usize): Ptr {
  const o = load<Ptr>(cell);
  if (o != 0) {
    store<Ptr>(cell, load<Ptr>(o, 8));
    store<i32>(cell, load<i32>(cell, 4) - 1, 4);
    store<u32>(o, 1);
  }
  return o;
}

/** Parks dead object o (refcnt 0, of the list's exact type), or frees it when the list is full. */
@inline export function freelistPush(cell: usize, o: Ptr): void {
  const n = load<i32>(cell, 4);
  if (n < NUM_FREE_MAX) {
    store<Ptr>(o, load<Ptr>(cell), 8);
    store<Ptr>(cell, o);
    store<i32>(cell, n + 1, 4);
  } else {
    objFree(o);
  }
}

/** Returns every parked object to the heap. */
export function freelistClear(cell: usize): void {
  while (load<Ptr>(cell) != 0) {
    const o = load<Ptr>(cell);
    store<Ptr>(cell, load<Ptr>(o, 8));
    objFree(o);
  }
  store<i32>(cell, 0, 4);
}
