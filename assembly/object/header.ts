// === Object header: reference counts, allocation and deallocation of every Python object ===
//
// Every Python value is a Ptr to a heap object that starts with this header (CPython's
// PyObject_HEAD). Objects of container types (TPFLAGS_HAVE_GC) carry a GC prefix in front of it,
// for the cycle collector (gc/collect.ts):
//
//     p - 16         p - 12         p - 8          p - 4          p + 0          p + 4          p + 8
//     +--------------+--------------+--------------+--------------+--------------+--------------+---------
//     | gc_next Ptr  | gc_prev Ptr  | gc_refs i32  | gc_flags u32 | refcnt u32   | type Ptr     | payload
//     +--------------+--------------+--------------+--------------+--------------+--------------+---------
//     `------------ GC prefix (HAVE_GC types only) ----------------'`------ header (all) ---------'
//
// The heap block starts at the prefix for GC types and at the header otherwise; objAlloc and
// objFree are the only places that know this. The prefix's fields belong to gc/head.ts: objAlloc
// links a new GC object into the collector's young generation, objFree unlinks it (gc/track.ts).
//
// Invariants:
// - An object is live while refcnt > 0. The moment a decref takes it to 0 its type's dealloc slot
//   runs, releases the references it holds, and frees the block (objFree).
// - Deallocation never recurses without bound on the Wasm stack: past TRASHCAN_DEPTH nested
//   deallocs, an object is parked on a deferred list (linked through its dead refcnt word) and
//   freed by the outermost objDealloc. A million nested lists free in constant Wasm stack.
// - Ownership: functions take borrowed references and return new ones unless their comment says
//   a parameter is stolen. incref/decref are the only writers of refcnt after allocation.

import { Ptr, DEBUG, fatal } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';

import { TRASHCAN_DEPTH } from '../config';
import { GC_HEAD_SIZE } from '../gc/head';
import { gcTrack, gcUntrackFreed } from '../gc/track';

@inline export const OB_REFCNT: usize = 0;
@inline export const OB_TYPE: usize = 4;
/** Size of the header every object starts with; payload offsets start here. */
@inline export const OB_HEAD: usize = 8;

/** Bytes of the GC prefix in front of objects of HAVE_GC types (fields: gc/head.ts). */
@inline export const GC_PREFIX: usize = GC_HEAD_SIZE;

/** Poison type id written into freed objects in debug builds, so use-after-free is caught. */
@inline export const POISON_TYPE: u32 = 0xDEADBEEF;

@inline export function objType(o: Ptr): Ptr {
  return load<Ptr>(o, OB_TYPE);
}

@inline export function objRefcnt(o: Ptr): u32 {
  return load<u32>(o, OB_REFCNT);
}

@inline export function incref(o: Ptr): void {
  if (DEBUG) checkLive(o);
  store<u32>(o, load<u32>(o, OB_REFCNT) + 1, OB_REFCNT);
}

/** incref that accepts NULL. */
@inline export function xincref(o: Ptr): void {
  if (o) incref(o);
}

@inline export function decref(o: Ptr): void {
  if (DEBUG) checkLive(o);
  const rc = load<u32>(o, OB_REFCNT) - 1;
  store<u32>(o, rc, OB_REFCNT);
  if (rc == 0) objDealloc(o);
}

/** decref that accepts NULL. */
@inline export function xdecref(o: Ptr): void {
  if (o) decref(o);
}

/** Returns o after an incref: `return newref(x)` reads as "return a new reference to x". */
@inline export function newref(o: Ptr): Ptr {
  incref(o);
  return o;
}

/** Replaces the Ptr stored at addr with v (stolen), releasing the old one after the store,
 *  so a dealloc it triggers never sees a half-updated slot (CPython's Py_SETREF). */
@inline export function setref(addr: usize, v: Ptr): void {
  const old = load<Ptr>(addr);
  store<Ptr>(addr, v);
  if (old) decref(old);
}

@noinline function checkLive(o: Ptr): void {
  if (o == 0) fatal(1); // incref/decref of NULL
  if (load<u32>(o, OB_TYPE) == POISON_TYPE) fatal(2); // use after free
  if (load<u32>(o, OB_REFCNT) == 0) fatal(3); // refcount underflow / dead object
}

// ---- allocation ----

// The type-object fields objAlloc needs; type.ts owns the full layout and these must agree with it.
// (Kept as numbers here because header.ts sits below type.ts in the dependency order.)
import { TP_FLAGS, TP_SLOTS, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, TPFLAGS_MANAGED_DICT, TPFLAGS_MANAGED_WEAKREF, MANAGED_PREFIX } from './typelayout';

/** Address offset of the DEALLOC slot (slot 0) in a type object. */
@inline const TP_DEALLOC: usize = TP_SLOTS;

@inline export function typeIsGC(t: Ptr): bool {
  return (load<u32>(t, TP_FLAGS) & TPFLAGS_HAVE_GC) != 0;
}

/** Instances hold a reference to their type only for heap types (classes made at run time), as
 *  in CPython; builtin types live as long as the VM. */
@inline function typeIsHeap(t: Ptr): bool {
  return (load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0;
}

/** Bytes in front of the header: the GC prefix, and the managed prefix (dict and weak list)
 *  before it. */
@inline export function objPrefixSize(type: Ptr): usize {
  const f = load<u32>(type, TP_FLAGS);
  return ((f & TPFLAGS_HAVE_GC) != 0 ? GC_PREFIX : 0) +
    ((f & (TPFLAGS_MANAGED_DICT | TPFLAGS_MANAGED_WEAKREF)) != 0 ? MANAGED_PREFIX : 0);
}

/**
 * Allocates an object of `size` bytes (header included, GC prefix excluded) with refcnt 1 and
 * the given type (increfed when it is a heap type).  Payload bytes are zeroed. Returns 0 with nothing set when the heap
 * is exhausted: callers raise MemoryError (excNoMemory()).
 */
export function objAlloc(type: Ptr, size: usize): Ptr {
  const pre = objPrefixSize(type);
  const block = heapAlloc(size + pre);
  if (block == 0) { excNoMemoryHeader(); return 0; } // callers may rely on MemoryError being set
  memory.fill(block, 0, size + pre);
  const o = block + pre;
  store<u32>(o, 1, OB_REFCNT);
  store<Ptr>(o, type, OB_TYPE);
  if (typeIsHeap(type)) incref(type);
  if (typeIsGC(type)) gcTrack(o - GC_PREFIX); // may request a collection; never runs one (gc/track.ts)
  return o;
}

/**
 * Fast path for the hottest small objects of builtin, non-GC types (ints, floats): no prefix, no
 * type incref, payload left for the caller to initialise.
 */
@inline export function objAllocSmall(type: Ptr, size: usize): Ptr {
  const o = heapAlloc(size);
  if (o == 0) return 0;
  store<u32>(o, 1, OB_REFCNT);
  store<Ptr>(o, type, OB_TYPE);
  return o;
}

/** Returns the block of a dead object (refcnt 0, children released) to the heap and drops its
 *  reference to its type. Called at the end of every dealloc slot. */
export function objFree(o: Ptr): void {
  const type = load<Ptr>(o, OB_TYPE);
  const pre = objPrefixSize(type);
  if (typeIsGC(type)) gcUntrackFreed(o - GC_PREFIX);
  if (DEBUG) store<u32>(o, POISON_TYPE, OB_TYPE);
  heapFree(o - pre);
  if (typeIsHeap(type)) decref(type);
}

// ---- deallocation (the trashcan) ----

let deallocDepth: i32 = 0;
/** Objects whose dealloc was deferred; linked through their refcnt word (dead, so free to use). */
let deferred: Ptr = 0;

/** The first object parked by the trashcan (0 = none; the next is in its refcnt word): the
 *  cycle collector must not mistake their links for refcounts (gc/collect.ts). */
export function objDeallocDeferred(): Ptr { return deferred; }

/** Is o being deallocated: refcnt 0 (its dealloc is running) or parked by the trashcan (its
 *  refcnt word is a link then)? Such an object must not be handed out again (a weakref to it
 *  reads as dead, as CPython's PyWeakref_GET_OBJECT). The deferred list is empty but while a
 *  deep structure is being freed. */
export function objIsDying(o: Ptr): bool {
  if (load<u32>(o, OB_REFCNT) == 0) return true;
  for (let d = deferred; d != 0; d = load<Ptr>(d, OB_REFCNT)) if (d == o) return true;
  return false;
}

/** Runs o's dealloc slot: o's refcount just reached 0. Bounded Wasm stack (see invariants).
 *  Binaryen inlines this at every decref site despite @noinline (-O3 inlines up to ~70
 *  instructions, loops included). Keeping it out of line (by making it recursive) shrank the
 *  eval loop by a third but made bench/fib 1.2x and the other programs 1.02-1.05x slower
 *  (paired runs, 2026-11-24), so it stays inlinable. */
@noinline export function objDealloc(o: Ptr): void {
  if (deallocDepth >= TRASHCAN_DEPTH) {
    store<Ptr>(o, deferred, OB_REFCNT);
    deferred = o;
    return;
  }
  deallocDepth++;
  call_indirect<void>(load<u32>(load<Ptr>(o, OB_TYPE), TP_DEALLOC), o);
  if (deallocDepth == 1) {
    // the outermost dealloc frees what nested ones parked, still at depth 1 so that frees
    // below park again once they nest TRASHCAN_DEPTH deep
    while (deferred != 0) {
      const d = deferred;
      deferred = load<Ptr>(d, OB_REFCNT);
      store<u32>(d, 0, OB_REFCNT);
      call_indirect<void>(load<u32>(load<Ptr>(d, OB_TYPE), TP_DEALLOC), d);
    }
  }
  deallocDepth--;
}

import { excNoMemory as excNoMemoryHeader } from '../vm/exc';
