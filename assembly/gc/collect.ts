// === The cycle collector: CPython's generational algorithm (Modules/gcmodule.c, 3.11) ===
//
// Reference counting frees everything but cycles. A collection of generation N examines the
// objects of generations 0..N (merged into one list, `young`) and finds those that nothing
// outside that set keeps alive:
//
//   1. update_refs    refs = refcnt for each object of young, and mark it COLLECTING.
//   2. subtract_refs  each object's TRAVERSE visits its children; a COLLECTING child loses one
//                     from refs. What is left is the number of references from *outside* young:
//                     frames and the value stack (they live in linear memory, not in objects),
//                     the core's globals, the host, and objects of older generations.
//   3. move_unreachable  one pass over young: an object with refs > 0 is reachable; its TRAVERSE
//                     marks its children reachable (refs = 1, or back from the unreachable list
//                     to the tail of young, where the pass will meet them again). An object with
//                     refs == 0 moves to the unreachable list for now. No recursion: the list is
//                     the work queue, so a chain of a million objects needs a constant Wasm stack.
//   4. Survivors move to the next generation.  Tuples holding only untracked or non-GC objects
//                     are untracked on the way (they can never be part of a cycle).
//   5. PEP 442: FINALIZE (__del__) runs once per unreachable object (GCF_FINALIZED); if any ran,
//                     steps 1-3 run again on the unreachable set, and what was resurrected (is
//                     reachable again) survives.
//   6. delete_garbage  each object left gets its CLEAR slot called, under a temporary reference;
//                     dropping references breaks the cycles and refcounting frees the rest. An
//                     object CLEAR did not free (something of the cycle still refers to it)
//                     moves to the older generation and is freed when its cycle is.
//
// Invariants the rest of the core keeps (docs/architecture.md lists them too):
// - Every HAVE_GC type has a TRAVERSE that visits each reference it owns exactly once (a child
//   visited twice could make a live object look unreachable; a child not visited only makes the
//   collector conservative). Types that can be part of a cycle also have CLEAR, and their dealloc
//   tolerates the fields CLEAR zeroed (xdecref).
// - A collection runs only at a safe point: a budget check of the eval loop (vm/eval.ts), vmEndRun
//   or a host call (vmGcCollect). Any point where Python code may run is one (the collector only
//   needs every reachable container to be consistent, which arbitrary Python code needs too).
// - Objects being deallocated are never examined: an object with refcnt 0 (its dealloc is running,
//   e.g. a __del__ that triggered this collection) or parked on the trashcan's deferred list is
//   set aside for the collection (`excluded`), and so are its references: what it refers to looks
//   referenced from outside.
// - No collection starts while one runs (gcCollecting); finalizers may run Python code.

import { Ptr, DEBUG, fatal } from '../common';
import { OB_TYPE, OB_REFCNT, incref, decref, objDeallocDeferred, objIsDying, typeIsGC } from '../object/header';
import { SLOT_TRAVERSE, SLOT_CLEAR, SLOT_FINALIZE, typeSlot } from '../object/typelayout';
import { tupleType, tupleSize, tupleItem } from '../object/tuple';
import { excFetch, excRestore, excClear } from '../vm/exc';
import {
  GC_HEAD_SIZE, GCF_COLLECTING, GCF_UNREACHABLE, GCF_FINALIZED, gcOf, gcObj, gcNext, gcRefs,
  gcSetRefs, gcFlags, gcSetFlags, gcIsTracked, gcListInit, gcListIsEmpty, gcListRemove,
  gcListMove, gcListMerge, gcListSize,
} from './head';
import {
  NUM_GENERATIONS, GEN_FROZEN, gcGenHead, gcGetCount, gcSetCount, gcGetThreshold, gcSetCollecting,
  gcCollecting, gcPendingClear, gcIsEnabled, gcGenValid, gcTrackEndRun,
} from './track';
import { GCF_DICT_TRACKED, GCF_DICT_HIDDEN } from './head';
import { dictType, dictNew, dictSetItem, dictMaybeUntrack } from '../object/dict';
import { listSize, listItem, listAppend } from '../object/list';
import { strFromLiteral, strInternLiteral } from '../object/str';
import { objGetAttr } from '../object/abstract';
import { sysStderrOverride } from '../modules/sys';
import { intFromI64 } from '../object/int';
import { callOne, callTwo } from '../object/descrobject';
import { excWriteUnraisable } from '../vm/exc';
import { sbNew, sbAppendLiteral, sbAppendStr, sbAppendI64, sbFinish } from '../object/strbuild';
import { sbAppendAddress } from '../object/cfunc';
import { TP_NAME } from '../object/typelayout';
import { ioWriteStr, ioFlushStdout } from '../vm/io';
import { hostMonotonic } from '../modules/time';
import { containerFreeListsClear } from '../object/containerfree';
import { isWeakref, weakrefClearRef, weakrefListAddr, WR_CALLBACK } from '../object/weakref';

/** refs stands for a refcount at most this big: more references than any collection can subtract
 *  (each needs a 4-byte slot somewhere), so the object stays reachable. */
@inline const REFS_MAX: u32 = 0x3FFFFFFF;

// The collector's working lists (never two collections at once, so static heads suffice).
const unreachableHead: usize = memory.data(<i32>GC_HEAD_SIZE, 16);
const stillUnreachableHead: usize = memory.data(<i32>GC_HEAD_SIZE, 16);
const seenHead: usize = memory.data(<i32>GC_HEAD_SIZE, 16);
const excludedHead: usize = memory.data(<i32>GC_HEAD_SIZE, 16);

// Statistics (gc.get_stats()): per generation, i32 each.
const statCollections: usize = memory.data(12, 4);
const statCollected: usize = memory.data(12, 4);
const statUncollectable: usize = memory.data(12, 4);
/** Per generation, f64 milliseconds: the collections' total and longest pause (the collector's
 *  own work with the finalizers and weakref callbacks it runs; not the gc.callbacks). */
const statPauseTotal: usize = memory.data(24, 8);
const statPauseMax: usize = memory.data(24, 8);

/** CPython's long-lived heuristic: a full collection only when the objects that survived a
 *  generation-1 collection since the last full one are 25% of those a full one left. */
let longLivedTotal: i32 = 0;
let longLivedPending: i32 = 0;

@inline function isGC(o: Ptr): bool {
  return typeIsGC(load<Ptr>(o, OB_TYPE));
}

@inline function traverse(o: Ptr, visit: u32, arg: usize): void {
  const t = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_TRAVERSE);
  if (t) call_indirect<i32>(t, o, visit, arg);
}

// ---- steps 1-3: which objects of `young` are unreachable ----

/** Step 1. Objects being deallocated leave young for `excluded` (see the invariants). */
function updateRefs(young: usize, excluded: usize): void {
  let g = gcNext(young);
  while (g != young) {
    const next = gcNext(g);
    const rc = load<u32>(gcObj(g), OB_REFCNT);
    if (rc == 0) {
      gcListMove(g, excluded);
    } else {
      gcSetRefs(g, <i32>(rc > REFS_MAX ? REFS_MAX : rc));
      gcSetFlags(g, gcFlags(g) | GCF_COLLECTING);
    }
    g = next;
  }
  // The trashcan's parked objects: their refcnt word is a link, not a count.
  for (let o = objDeallocDeferred(); o != 0; o = load<Ptr>(o, OB_REFCNT)) {
    if (!isGC(o)) continue;
    const d = gcOf(o);
    if (gcFlags(d) & GCF_COLLECTING) {
      gcSetFlags(d, gcFlags(d) & ~GCF_COLLECTING);
      gcListMove(d, excluded);
    }
  }
}

/** TRAVERSE visitor of step 2: a reference from inside the examined set. */
function visitDecref(o: Ptr, arg: usize): i32 {
  if (!isGC(o)) return 0;
  const g = gcOf(o);
  if (gcFlags(g) & GCF_COLLECTING) {
    const r = gcRefs(g) - 1;
    if (DEBUG && r < 0) fatal(60); // a TRAVERSE visited a reference more often than it is counted
    gcSetRefs(g, r);
  }
  return 0;
}

/** Step 2. */
function subtractRefs(young: usize): void {
  for (let g = gcNext(young); g != young; g = gcNext(g)) {
    traverse(gcObj(g), visitDecref.index, 0);
  }
}

/** TRAVERSE visitor of step 3: o is referenced by a reachable object; `young` is the list. */
function visitReachable(o: Ptr, young: usize): i32 {
  if (!isGC(o)) return 0;
  const g = gcOf(o);
  const f = gcFlags(g);
  // not examined, or already scanned as reachable (the flag is cleared then)
  if ((f & GCF_COLLECTING) == 0) return 0;
  if (f & GCF_UNREACHABLE) {
    // moved to unreachable earlier in the pass, reachable after all: back to the scan queue
    gcSetFlags(g, f & ~GCF_UNREACHABLE);
    gcListMove(g, young);
    gcSetRefs(g, 1);
  } else if (gcRefs(g) == 0) {
    gcSetRefs(g, 1); // ahead in the queue: it will be scanned as reachable
  }
  return 0;
}

/** Step 3: afterwards young holds the reachable objects (flags clear), `unreachable` the rest
 *  (COLLECTING | UNREACHABLE). */
function moveUnreachable(young: usize, unreachable: usize): void {
  let prev = young;
  let g = gcNext(young);
  while (g != young) {
    if (gcRefs(g) > 0) {
      traverse(gcObj(g), visitReachable.index, young);
      gcSetFlags(g, gcFlags(g) & ~GCF_COLLECTING);
      prev = g;
    } else {
      gcListMove(g, unreachable);
      gcSetFlags(g, gcFlags(g) | GCF_UNREACHABLE);
    }
    g = gcNext(prev);
  }
}

function deduceUnreachable(young: usize, unreachable: usize): void {
  gcListInit(excludedHead);
  updateRefs(young, excludedHead);
  subtractRefs(young);
  moveUnreachable(young, unreachable);
  gcListMerge(excludedHead, young); // set aside, not examined: they stay with the survivors
}

/** Clears the given flags on every object of list h. */
function listClearFlags(h: usize, mask: u32): void {
  for (let g = gcNext(h); g != h; g = gcNext(g)) gcSetFlags(g, gcFlags(g) & ~mask);
}

// ---- step 4 ----

/** Untracks the exact tuples of `young` whose items are all non-GC or untracked: such a tuple
 *  can never be in a cycle, and stays so (tuples are immutable; nothing re-tracks an object). */
function untrackTuples(young: usize): void {
  let g = gcNext(young);
  while (g != young) {
    const next = gcNext(g);
    const t = gcObj(g);
    // (refcnt 0: being deallocated, its items may be gone; see `excluded`)
    if (load<Ptr>(t, OB_TYPE) == tupleType && load<u32>(t, OB_REFCNT) != 0 && tupleMayUntrack(t)) gcListRemove(g);
    g = next;
  }
}

function tupleMayUntrack(t: Ptr): bool {
  const n = tupleSize(t);
  for (let i: i32 = 0; i < n; i++) {
    const v = tupleItem(t, i);
    if (v == 0) return false; // being filled
    if (isGC(v) && gcIsTracked(gcOf(v))) return false;
  }
  return true;
}

// ---- what CPython would count and show ----

/** Is o an object CPython's collector would have tracked (and so count and list)? Our exact
 *  dicts are always tracked, but CPython's are only while they may hold a container, and the
 *  attributes of class instances have no dict object at all until __dict__ is asked for
 *  (gc/head.ts GCF_DICT_TRACKED, GCF_DICT_HIDDEN). */
export function gcVisible(o: Ptr): bool {
  if (load<Ptr>(o, OB_TYPE) != dictType) return true;
  const f = gcFlags(gcOf(o));
  return (f & (GCF_DICT_HIDDEN | GCF_DICT_TRACKED)) == GCF_DICT_TRACKED;
}

function listCountVisible(h: usize): i32 {
  let n: i32 = 0;
  for (let g = gcNext(h); g != h; g = gcNext(g)) if (gcVisible(gcObj(g))) n++;
  return n;
}

/** CPython's untrack_dicts (full collections only): survivors that hold no container any more
 *  stop being tracked, as far as the program can tell. */
function untrackDicts(young: usize): void {
  for (let g = gcNext(young); g != young; g = gcNext(g)) {
    const o = gcObj(g);
    if (load<Ptr>(o, OB_TYPE) == dictType && load<u32>(o, OB_REFCNT) != 0) dictMaybeUntrack(o);
  }
}

// ---- the gc module's state (modules/gc.ts sets it; gcEndRun resets it) ----

/** gc.set_debug() flags (CPython's DEBUG_* values). */
@inline export const DEBUG_STATS: i32 = 1;
@inline export const DEBUG_COLLECTABLE: i32 = 2;
@inline export const DEBUG_UNCOLLECTABLE: i32 = 4;
@inline export const DEBUG_SAVEALL: i32 = 32;
export let gcDebug: i32 = 0;
/** gc.callbacks and gc.garbage: lists owned here once the gc module made them, else 0. */
export let gcCallbacks: Ptr = 0;
export let gcGarbage: Ptr = 0;

export function gcSetDebug(flags: i32): void { gcDebug = flags; }
/** The gc module's lists (stolen references; 0 = none). */
export function gcSetLists(callbacks: Ptr, garbage: Ptr): void {
  const c = gcCallbacks, g = gcGarbage;
  gcCallbacks = callbacks;
  gcGarbage = garbage;
  if (c) decref(c);
  if (g) decref(g);
}

/** End of a run: what the program set (debug flags, callbacks, gc.garbage, thresholds, frozen
 *  objects, disabled collection) goes, so the next run starts as vmInit left the collector. */
export function gcEndRun(): void {
  gcDebug = 0;
  gcSetLists(0, 0);
  gcTrackEndRun();
}

/** Calls each of gc.callbacks with (phase, info) as CPython's invoke_gc_callback: an error is
 *  reported as unraisable and the next callback still runs. */
function invokeCallbacks(start: bool, generation: i32, collected: i32, uncollectable: i32): void {
  const cbs = gcCallbacks;
  if (cbs == 0 || listSize(cbs) == 0) return;
  incref(cbs);
  const phase = strFromLiteral(start ? 'start' : 'stop');
  const info = dictNew();
  if (phase == 0 || info == 0 || setInfo(info, 'generation', generation) < 0 ||
      setInfo(info, 'collected', collected) < 0 || setInfo(info, 'uncollectable', uncollectable) < 0) {
    excClear();
  } else {
    for (let i: i32 = 0; i < listSize(cbs); i++) {
      const cb = listItem(cbs, i);
      incref(cb);
      const r = callTwo(cb, phase, info);
      if (r == 0) excWriteUnraisable(cb);
      else decref(r);
      decref(cb);
    }
  }
  if (phase) decref(phase);
  if (info) decref(info);
  decref(cbs);
}

function setInfo(d: Ptr, key: string, n: i32): i32 {
  const k = strFromLiteral(key);
  const v = intFromI64(n);
  const r = k != 0 && v != 0 ? dictSetItem(d, k, v) : -1;
  if (k) decref(k);
  if (v) decref(v);
  return r;
}

/** "gc: collectable <type 0x...>" for each object CPython would list (DEBUG_COLLECTABLE). */
function debugCollectable(unreachable: usize): void {
  for (let g = gcNext(unreachable); g != unreachable; g = gcNext(g)) {
    const o = gcObj(g);
    if (!gcVisible(o)) continue;
    const sb = sbNew();
    sbAppendLiteral(sb, 'gc: collectable <');
    sbAppendStr(sb, load<Ptr>(load<Ptr>(o, OB_TYPE), TP_NAME));
    sbAppendLiteral(sb, ' 0x');
    sbAppendAddress(sb, o);
    sbAppendLiteral(sb, '>\n');
    writeStderr(sbFinish(sb));
  }
}

/** Writes the debug line s (stolen) where CPython's PySys_WriteStderr would: sys.stderr's
 *  write() when the program replaced it, else the standard error stream. */
function writeStderr(s: Ptr): void {
  if (s == 0) { excClear(); return; }
  const f = sysStderrOverride();
  if (f != 0) {
    if (sWrite == 0) sWrite = strInternLiteral('write');
    const w = objGetAttr(f, sWrite);
    const r = w != 0 ? callOne(w, s) : 0;
    if (w) decref(w);
    if (r) decref(r);
    excClear();
  } else {
    ioFlushStdout();
    ioWriteStr(2, s);
  }
  decref(s);
}
let sWrite: Ptr = 0;

/** DEBUG_STATS's first lines: the generation collected and how many objects each one holds. */
function debugStatsStart(generation: i32): void {
  const sb = sbNew();
  sbAppendLiteral(sb, 'gc: collecting generation ');
  sbAppendI64(sb, generation);
  sbAppendLiteral(sb, '...\ngc: objects in each generation:');
  for (let i: i32 = 0; i < NUM_GENERATIONS; i++) {
    sbAppendLiteral(sb, ' ');
    sbAppendI64(sb, listCountVisible(gcGenHead(i)));
  }
  sbAppendLiteral(sb, '\ngc: objects in permanent generation: ');
  sbAppendI64(sb, listCountVisible(gcGenHead(GEN_FROZEN)));
  sbAppendLiteral(sb, '\n');
  writeStderr(sbFinish(sb));
}

/** DEBUG_STATS's last line (the time is not measured: 0.0000s). */
function debugStatsDone(n: i32): void {
  const sb = sbNew();
  sbAppendLiteral(sb, 'gc: done, ');
  sbAppendI64(sb, n);
  sbAppendLiteral(sb, ' unreachable, 0 uncollectable, 0.0000s elapsed\n');
  writeStderr(sbFinish(sb));
}

// ---- weak references to garbage (CPython's handle_weakrefs) ----

const wrcbHead: usize = memory.data(<i32>GC_HEAD_SIZE, 16);

/**
 * Clears every weak reference to the objects of `unreachable` (and the weak references that are
 * themselves garbage), then calls the callbacks of those that are not garbage, before any
 * finalizer runs: a callback can then never reach an object of the cycle. Returns how many of
 * those weakrefs the callbacks' aftermath freed (CPython counts them as collected).
 */
function handleWeakrefs(unreachable: usize, old: usize): i32 {
  gcListInit(wrcbHead);
  for (let g = gcNext(unreachable); g != unreachable; g = gcNext(g)) {
    const o = gcObj(g);
    if (isWeakref(o)) weakrefClearRef(o);
    const list = weakrefListAddr(o);
    if (list == 0) continue;
    for (let w = load<Ptr>(list); w != 0; w = load<Ptr>(list)) {
      weakrefClearRef(w);
      if (load<Ptr>(w, WR_CALLBACK) == 0) continue;
      // a weakref that is garbage too never calls back: it dies with the cycle; nor does one
      // whose own dealloc has started
      const wg = gcOf(w);
      if ((gcFlags(wg) & GCF_COLLECTING) != 0 || objIsDying(w)) continue;
      incref(w);
      gcListMove(wg, wrcbHead);
    }
  }
  let freed: i32 = 0;
  while (!gcListIsEmpty(wrcbHead)) {
    const wg = gcNext(wrcbHead);
    const w = gcObj(wg);
    const cb = load<Ptr>(w, WR_CALLBACK);
    const r = callOne(cb, w);
    if (r == 0) excWriteUnraisable(cb);
    else decref(r);
    decref(w);
    if (gcNext(wrcbHead) == wg) gcListMove(wg, old); // still alive
    else freed++;
  }
  return freed;
}

// ---- steps 5-6 ----

/** Runs FINALIZE once on each object of `collectable` that has one. Returns whether any ran. */
function finalizeGarbage(collectable: usize): bool {
  let ran = false;
  gcListInit(seenHead);
  while (!gcListIsEmpty(collectable)) {
    const g = gcNext(collectable);
    const o = gcObj(g);
    gcListMove(g, seenHead);
    const fin = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_FINALIZE);
    if (fin != 0 && (gcFlags(g) & GCF_FINALIZED) == 0) {
      gcSetFlags(g, gcFlags(g) | GCF_FINALIZED);
      ran = true;
      incref(o);
      call_indirect<void>(fin, o);
      excClear(); // FINALIZE reports its own errors (unraisable); never let one escape
      decref(o); // may free o: it leaves seenHead then
    }
  }
  gcListMerge(seenHead, collectable);
  return ran;
}

/** Breaks the cycles of `collectable`; what survives its CLEAR moves to `old`. */
function deleteGarbage(collectable: usize, old: usize): void {
  while (!gcListIsEmpty(collectable)) {
    const g = gcNext(collectable);
    const o = gcObj(g);
    const clear = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_CLEAR);
    if ((gcDebug & DEBUG_SAVEALL) != 0 && gcGarbage != 0) {
      // kept in gc.garbage instead (a hidden instance dict stays with its instance)
      if (gcVisible(o) && listAppend(gcGarbage, o) < 0) excClear();
    } else if (clear) {
      incref(o);
      call_indirect<void>(clear, o);
      decref(o);
    }
    if (gcNext(collectable) == g) {
      // still alive (no CLEAR, or other garbage refers to it): it dies with its cycle
      gcSetFlags(g, gcFlags(g) & ~(GCF_COLLECTING | GCF_UNREACHABLE));
      gcListMove(g, old);
    }
  }
}

// ---- a collection ----

/**
 * Collects generations 0..generation (0 <= generation <= 2) and returns the number of
 * unreachable objects found, as CPython's gc_collect_main counts them (gc.collect()'s result).
 * 0 if a collection is already running.
 */
export function gcCollect(generation: i32): i32 {
  if (gcCollecting) return 0;
  if (generation < 0) generation = 0;
  if (generation >= NUM_GENERATIONS) generation = NUM_GENERATIONS - 1;
  gcSetCollecting(true);
  // Python code runs only in the callbacks, weakref callbacks and finalizers; an exception set
  // by the caller waits outside (they need a clean error state).
  const saved = excFetch();
  invokeCallbacks(true, generation, 0, 0);
  if (gcDebug & DEBUG_STATS) debugStatsStart(generation);
  const t0 = hostMonotonic();

  // the counts restart now: what finalizers allocate counts for the next collection
  if (generation + 1 < NUM_GENERATIONS) gcSetCount(generation + 1, gcGetCount(generation + 1) + 1);
  for (let i: i32 = 0; i <= generation; i++) gcSetCount(i, 0);

  for (let i: i32 = 0; i < generation; i++) gcListMerge(gcGenHead(i), gcGenHead(generation));
  const young = gcGenHead(generation);
  const old = generation + 1 < NUM_GENERATIONS ? gcGenHead(generation + 1) : young;
  const unreachable = unreachableHead;
  gcListInit(unreachable);

  deduceUnreachable(young, unreachable);
  untrackTuples(young);
  if (young != old) {
    if (generation == NUM_GENERATIONS - 2) longLivedPending += gcListSize(young);
    gcListMerge(young, old);
  } else {
    untrackDicts(young);
    longLivedPending = 0;
    longLivedTotal = gcListSize(young);
  }

  listClearFlags(unreachable, GCF_UNREACHABLE);
  if (gcDebug & DEBUG_COLLECTABLE) debugCollectable(unreachable);
  // weak references die before finalizers run; the weakrefs the callbacks freed count
  let m = handleWeakrefs(unreachable, old);
  finalizeGarbage(unreachable);
  // Callbacks and finalizers ran Python code: anything they made reachable again survives.
  listClearFlags(unreachable, GCF_COLLECTING);
  gcListInit(stillUnreachableHead);
  deduceUnreachable(unreachable, stillUnreachableHead);
  listClearFlags(stillUnreachableHead, GCF_UNREACHABLE);
  gcListMerge(unreachable, old); // the resurrected
  const garbage = stillUnreachableHead;
  m += listCountVisible(garbage);
  deleteGarbage(garbage, old);
  if (gcDebug & DEBUG_STATS) debugStatsDone(m);

  // CPython's clear_freelists: a full collection empties the container free lists
  if (generation == NUM_GENERATIONS - 1) containerFreeListsClear();

  const s = <usize>generation << 2;
  store<i32>(statCollections + s, load<i32>(statCollections + s) + 1);
  store<i32>(statCollected + s, load<i32>(statCollected + s) + m);
  const pause = hostMonotonic() - t0;
  const s8 = <usize>generation << 3;
  store<f64>(statPauseTotal + s8, load<f64>(statPauseTotal + s8) + pause);
  if (pause > load<f64>(statPauseMax + s8)) store<f64>(statPauseMax + s8, pause);

  excClear();
  invokeCallbacks(false, generation, m, 0);
  excClear();
  if (saved) excRestore(saved);
  gcSetCollecting(false);
  return m;
}

/** CPython's collect_generations: the oldest generation whose count passed its threshold. */
function gcCollectGenerations(): i32 {
  for (let i: i32 = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gcGetCount(i) > gcGetThreshold(i)) {
      if (i == NUM_GENERATIONS - 1 && longLivedPending < longLivedTotal / 4) continue;
      return gcCollect(i);
    }
  }
  return 0;
}

/** The safe point of the eval loop (its budget check, vm/eval.ts) serves a request made by
 *  gcTrack here. */
export function gcCollectIfPending(): void {
  gcPendingClear();
  if (gcCollecting || !gcIsEnabled()) return;
  gcCollectGenerations();
}

// ---- statistics ----

/** gc.get_stats()[gen]: collections of generation gen, objects they found unreachable, and of
 *  those the uncollectable ones (always 0: there are no legacy tp_del finalizers). */
export function gcStatCollections(gen: i32): i32 { return gcGenValid(gen) ? load<i32>(statCollections + (<usize>gen << 2)) : 0; }
export function gcStatCollected(gen: i32): i32 { return gcGenValid(gen) ? load<i32>(statCollected + (<usize>gen << 2)) : 0; }
/** Milliseconds the collections of generation gen took in all, and the longest of them. */
export function gcStatPauseTotal(gen: i32): f64 { return gcGenValid(gen) ? load<f64>(statPauseTotal + (<usize>gen << 3)) : 0; }
export function gcStatPauseMax(gen: i32): f64 { return gcGenValid(gen) ? load<f64>(statPauseMax + (<usize>gen << 3)) : 0; }
export function gcStatUncollectable(gen: i32): i32 { return gcGenValid(gen) ? load<i32>(statUncollectable + (<usize>gen << 2)) : 0; }
