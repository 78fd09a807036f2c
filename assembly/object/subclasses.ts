// === Subclass lists (CPython's tp_subclasses): the classes made from each type ===
//
// type_new registers every new class with each of its bases, `C.__bases__ = ...` moves it to
// its new bases (typenew.ts), and a class unregisters itself when it dies (type_dealloc). The lists serve type.__subclasses__() and the re-derivation of slots
// when a dunder is set on or deleted from a class that already has subclasses (slotdefs.ts,
// CPython's update_slot walking tp_subclasses).
//
//   TP_SUBCLASSES of a type: 0 (no subclass alive), or a raw heap block (not a Python object):
//     +0 count u32 | +4 capacity u32 | +8 Ptr entries[capacity], in creation order
//
// Invariants:
// - The entries are borrowed, never owned (CPython holds weak references): a base does not keep
//   its subclasses alive. A subclass holds its bases (TP_BASES) until its dealloc, which removes
//   it from their lists first, so an entry is always a live class.
// - t's block lists exactly the live classes that have t among their __bases__, each once, in
//   the order they were made; it is freed when it empties, so a finished program (whose classes
//   are all gone after vmEndRun) leaves no block behind.
// - Only classes (heap types) are entries: builtin types never die, and __subclasses__() finds
//   the builtin subclasses of a builtin type in type.ts's registry of builtin types instead.
// - Entries stay while the collector examines a dead class hierarchy (CPython clears the weak
//   references first): code run by a finalizer during that collection can still see them, as a
//   class that is about to be cleared, never a freed one.

import { Ptr } from '../common';
import { heapAlloc, heapFree, heapRealloc } from '../heap/heap';
import { TP_SUBCLASSES, TP_BASES, TP_BASE, TP_FLAGS, TPFLAGS_HEAPTYPE } from './typelayout';
import { tupleSize, tupleItem } from './tuple';

@inline const SL_COUNT: usize = 0;
@inline const SL_CAP: usize = 4;
@inline const SL_ITEMS: usize = 8;

/** How many live classes have t among their bases. */
export function subclassesCount(t: Ptr): i32 {
  const b = load<usize>(t, TP_SUBCLASSES);
  return b == 0 ? 0 : <i32>load<u32>(b, SL_COUNT);
}

/** Entry i (borrowed), in creation order. */
export function subclassesAt(t: Ptr, i: i32): Ptr {
  return load<Ptr>(load<usize>(t, TP_SUBCLASSES) + SL_ITEMS + (<usize>i << 2));
}

/** Records sub as a subclass of base. False when out of memory (nothing set). */
export function subclassesAdd(base: Ptr, sub: Ptr): bool {
  let b = load<usize>(base, TP_SUBCLASSES);
  const n = b == 0 ? 0 : load<u32>(b, SL_COUNT);
  const cap = b == 0 ? 0 : load<u32>(b, SL_CAP);
  if (n == cap) {
    const ncap: u32 = cap == 0 ? 4 : cap * 2;
    const nb = b == 0 ? heapAlloc(SL_ITEMS + (<usize>ncap << 2)) : heapRealloc(b, SL_ITEMS + (<usize>ncap << 2));
    if (nb == 0) return false;
    b = nb;
    store<u32>(b, n, SL_COUNT);
    store<u32>(b, ncap, SL_CAP);
    store<usize>(base, b, TP_SUBCLASSES);
  }
  store<Ptr>(b + SL_ITEMS + (<usize>n << 2), sub);
  store<u32>(b, n + 1, SL_COUNT);
  return true;
}

/** Forgets sub (if listed) and frees base's block when it empties. */
function subclassesRemove(base: Ptr, sub: Ptr): void {
  const b = load<usize>(base, TP_SUBCLASSES);
  if (b == 0) return;
  const n = load<u32>(b, SL_COUNT);
  for (let i: u32 = 0; i < n; i++) {
    const at = b + SL_ITEMS + (<usize>i << 2);
    if (load<Ptr>(at) != sub) continue;
    memory.copy(at, at + 4, <usize>(n - 1 - i) << 2); // keeps creation order
    if (n == 1) {
      heapFree(b);
      store<usize>(base, 0, TP_SUBCLASSES);
    } else store<u32>(b, n - 1, SL_COUNT);
    return;
  }
}

/** Registers class t with each of its bases. False when out of memory (t is then registered
 *  with some of them: its dealloc unregisters whatever it finds). */
export function subclassesRegister(t: Ptr): bool {
  const bases = load<Ptr>(t, TP_BASES);
  const n = tupleSize(bases);
  for (let i: i32 = 0; i < n; i++) if (!subclassesAdd(tupleItem(bases, i), t)) return false;
  return true;
}

/** After `t.__bases__ = ...`: t leaves the lists of oldBases and joins those of its new bases
 *  (at the end: CPython re-adds it too). False when out of memory. */
export function subclassesRebase(t: Ptr, oldBases: Ptr): bool {
  const n = tupleSize(oldBases);
  for (let i: i32 = 0; i < n; i++) subclassesRemove(tupleItem(oldBases, i), t);
  return subclassesRegister(t);
}

/** A dying class leaves its bases' lists (type_dealloc, before it drops its bases). */
export function subclassesUnregister(t: Ptr): void {
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) == 0) return;
  const bases = load<Ptr>(t, TP_BASES);
  if (bases != 0) {
    const n = tupleSize(bases);
    for (let i: i32 = 0; i < n; i++) subclassesRemove(tupleItem(bases, i), t);
  } else if (load<Ptr>(t, TP_BASE) != 0) subclassesRemove(load<Ptr>(t, TP_BASE), t);
  // its own subclasses died before it (each held it in TP_BASES): nothing is left to free
  const own = load<usize>(t, TP_SUBCLASSES);
  if (own != 0) { heapFree(own); store<usize>(t, 0, TP_SUBCLASSES); }
}
