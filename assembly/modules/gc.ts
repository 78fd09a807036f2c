// === gc: the cycle collector's interface module (CPython 3.11's Modules/gcmodule.c) ===
//
// A new module object on each first import of a run (modules/registry.ts); the collector's state
// it changes (enabled, thresholds, debug flags, callbacks, garbage, frozen objects) lives in
// gc/track.ts and gc/collect.ts and is reset at the end of every run (gcEndRun), so no run sees
// another's settings. gc.callbacks and gc.garbage are the collector's own lists: made by the
// first import of a run and kept by the collector until the run ends (importing gc again in the
// same run gives the same lists, as CPython's module state does).
//
// What the program sees is what CPython's collector would show: exact dicts count as tracked
// only while they may hold a container, and class instances' attribute dicts are invisible
// until __dict__ is asked for (gc/collect.ts gcVisible). Objects that vmInit made (builtin types
// and functions) live in a generation no function here reports.

import { Ptr } from '../common';
import { decref, newref, OB_TYPE, typeIsGC, objIsDying } from '../object/header';
import {
  SLOT_TRAVERSE, TP_FLAGS, TPFLAGS_MANAGED_DICT, TPFLAGS_HEAPTYPE, TPFLAGS_TYPE_SUBCLASS, MANAGED_DICT_OFFSET,
  typeSlot,
} from '../object/typelayout';
import { moduleNewLiteral, moduleAddFunction, moduleAddObject, moduleAddNew } from '../object/module';
import { strInternLiteral, strFromLiteral, strEqLiteral, strType } from '../object/str';
import { tupleNew, tupleItemsAddr, tupleSize, tupleItem, tupleEmpty } from '../object/tuple';
import { listNew, listAppend } from '../object/list';
import { dictNew, dictSetItem, dictType, dictNext } from '../object/dict';
import { intFromI64, intValue, isInt } from '../object/int';
import { objIndex } from '../object/abstract';
import { Py_None } from '../object/none';
import { Py_True, Py_False } from '../object/bool';
import { excFormat, excSetString, excTypeError, excValueError, excOverflowError } from '../vm/exc';
import { GCF_FINALIZED, GCF_DICT_HIDDEN, gcOf, gcObj, gcNext, gcFlags, gcIsTracked, gcListMerge } from '../gc/head';
import {
  NUM_GENERATIONS, GEN_FROZEN, gcGenHead, gcGetCount, gcGetThreshold, gcSetThresholdRaw,
  gcSetEnabled, gcIsEnabled,
} from '../gc/track';
import {
  gcCollect, gcStatCollections, gcStatCollected, gcStatUncollectable, gcVisible, gcDebug,
  gcSetDebug, gcSetLists, gcCallbacks, gcGarbage, DEBUG_STATS, DEBUG_COLLECTABLE,
  DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL,
} from '../gc/collect';

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }
@inline function nkwOf(kwnames: Ptr): i32 { return kwnames ? tupleSize(kwnames) : 0; }

/** "gc.name() takes no arguments (N given)" unless the call has none. True if it raised. */
function noArgs(name: string, nargs: i32, kwnames: Ptr): bool {
  if (nargs == 0) return false;
  const n = strFromLiteral(name);
  if (nkwOf(kwnames) > 0) excFormat(excTypeError, 'gc.%U() takes no keyword arguments', n);
  else excFormat(excTypeError, 'gc.%U() takes no arguments (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

/** METH_O: exactly one positional argument. True if it raised. */
function oneArg(name: string, nargs: i32, kwnames: Ptr): bool {
  if (nargs == 1 && nkwOf(kwnames) == 0) return false;
  const n = strFromLiteral(name);
  if (nkwOf(kwnames) > 0) excFormat(excTypeError, 'gc.%U() takes no keyword arguments', n);
  else excFormat(excTypeError, 'gc.%U() takes exactly one argument (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

/** A C int argument: operator.index, then the range of a C int. ok = 0 on error. */
function cInt(o: Ptr, okAddr: usize): i32 {
  store<u8>(okAddr, 0);
  const i = objIndex(o);
  if (i == 0) return 0;
  const v = intValue(i);
  decref(i);
  if (v > <i64>i32.MAX_VALUE) { excSetString(excOverflowError, 'signed integer is greater than maximum'); return 0; }
  if (v < <i64>i32.MIN_VALUE) { excSetString(excOverflowError, 'signed integer is less than minimum'); return 0; }
  store<u8>(okAddr, 1);
  return <i32>v;
}

/** The one optional argument `generation` (positional or keyword) of collect/get_objects:
 *  stored at outAddr (0 = not given). False if the call is malformed (raised). */
function generationArg(name: string, args: usize, nargs: i32, kwnames: Ptr, outAddr: usize): bool {
  store<Ptr>(outAddr, 0);
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  if (nargs > 1) {
    const n = strFromLiteral(name);
    excFormat(excTypeError, '%U() takes at most 1 argument (%d given)', n, <Ptr>nargs);
    decref(n);
    return false;
  }
  if (nkw == 1) {
    const k = tupleItem(kwnames, 0);
    if (!strEqLiteral(k, 'generation')) {
      const n = strFromLiteral(name);
      excFormat(excTypeError, "'%U' is an invalid keyword argument for %U()", k, n);
      decref(n);
      return false;
    }
  }
  if (nargs == 1) store<Ptr>(outAddr, arg(args, 0));
  return npos >= 0;
}

// ---- collecting ----

/** gc.collect(generation=2): the number of unreachable objects found. */
function gc_collect(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const cell = memory.data(8);
  if (!generationArg('collect', args, nargs, kwnames, cell)) return 0;
  let gen: i32 = NUM_GENERATIONS - 1;
  const g = load<Ptr>(cell);
  if (g != 0) {
    gen = cInt(g, cell + 4);
    if (load<u8>(cell, 4) == 0) return 0;
    if (gen < 0 || gen >= NUM_GENERATIONS) return excSetString(excValueError, 'invalid generation');
  }
  // a collection already running (called from a finalizer or a callback) finds nothing
  return intFromI64(gcCollect(gen));
}

function gc_enable(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('enable', nargs, kwnames)) return 0;
  gcSetEnabled(true);
  return newref(Py_None);
}

function gc_disable(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('disable', nargs, kwnames)) return 0;
  gcSetEnabled(false);
  return newref(Py_None);
}

function gc_isenabled(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('isenabled', nargs, kwnames)) return 0;
  return newref(gcIsEnabled() ? Py_True : Py_False);
}

function triple(a: i32, b: i32, c: i32): Ptr {
  const t = tupleNew(3);
  if (t == 0) return 0;
  const items = tupleItemsAddr(t);
  store<Ptr>(items, intFromI64(a));
  store<Ptr>(items + 4, intFromI64(b));
  store<Ptr>(items + 8, intFromI64(c));
  return t;
}

function gc_get_count(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('get_count', nargs, kwnames)) return 0;
  return triple(gcGetCount(0), gcGetCount(1), gcGetCount(2));
}

function gc_get_threshold(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('get_threshold', nargs, kwnames)) return 0;
  return triple(gcGetThreshold(0), gcGetThreshold(1), gcGetThreshold(2));
}

/** gc.set_threshold(threshold0[, threshold1[, threshold2]]). */
function gc_set_threshold(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) > 0) return excSetString(excTypeError, 'set_threshold() takes no keyword arguments');
  if (nargs < 1) return excFormat(excTypeError, 'set_threshold() takes at least 1 argument (%d given)', <Ptr>nargs);
  if (nargs > 3) return excFormat(excTypeError, 'set_threshold() takes at most 3 arguments (%d given)', <Ptr>nargs);
  const ok = memory.data(1);
  const t0 = cInt(arg(args, 0), ok);
  if (load<u8>(ok) == 0) return 0;
  let t1 = gcGetThreshold(1), t2 = gcGetThreshold(2);
  if (nargs > 1) { t1 = cInt(arg(args, 1), ok); if (load<u8>(ok) == 0) return 0; }
  if (nargs > 2) { t2 = cInt(arg(args, 2), ok); if (load<u8>(ok) == 0) return 0; }
  gcSetThresholdRaw(0, t0);
  gcSetThresholdRaw(1, t1);
  gcSetThresholdRaw(2, t2);
  return newref(Py_None);
}

/** A list of three dicts {'collections', 'collected', 'uncollectable'}, one per generation. */
function gc_get_stats(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('get_stats', nargs, kwnames)) return 0;
  const l = listNew(0);
  if (l == 0) return 0;
  for (let i: i32 = 0; i < NUM_GENERATIONS; i++) {
    const d = dictNew();
    if (d == 0 || statItem(d, 'collections', gcStatCollections(i)) < 0 ||
        statItem(d, 'collected', gcStatCollected(i)) < 0 ||
        statItem(d, 'uncollectable', gcStatUncollectable(i)) < 0 || listAppend(l, d) < 0) {
      if (d) decref(d);
      decref(l);
      return 0;
    }
    decref(d);
  }
  return l;
}

function statItem(d: Ptr, key: string, n: i32): i32 {
  const k = strInternLiteral(key);
  const v = intFromI64(n);
  const r = v != 0 ? dictSetItem(d, k, v) : -1;
  if (v) decref(v);
  decref(k);
  return r;
}

// ---- looking at objects ----

/** Is o, a GC object, one the program may be shown: tracked as CPython would have it, and not
 *  being deallocated (refcnt 0, or parked by the trashcan: its refcnt word is a link then)? */
function showable(o: Ptr): bool {
  return gcVisible(o) && !objIsDying(o);
}

function gc_is_tracked(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('is_tracked', nargs, kwnames)) return 0;
  const o = arg(args, 0);
  const t = load<Ptr>(o, OB_TYPE);
  let r = typeIsGC(t) && gcIsTracked(gcOf(o)) && gcVisible(o);
  // what vmInit made stands for CPython's static types and the empty tuple: never tracked there
  if (r && (o == tupleEmpty || (isTypeObj(o) && (load<u32>(o, TP_FLAGS) & TPFLAGS_HEAPTYPE) == 0))) r = false;
  return newref(r ? Py_True : Py_False);
}

@inline function isTypeObj(o: Ptr): bool { return (load<u32>(load<Ptr>(o, OB_TYPE), TP_FLAGS) & TPFLAGS_TYPE_SUBCLASS) != 0; }

function gc_is_finalized(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('is_finalized', nargs, kwnames)) return 0;
  const o = arg(args, 0);
  const r = typeIsGC(load<Ptr>(o, OB_TYPE)) && (gcFlags(gcOf(o)) & GCF_FINALIZED) != 0;
  return newref(r ? Py_True : Py_False);
}

/** gc.get_objects(generation=None): the objects of one generation, or of all three. */
function gc_get_objects(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const cell = memory.data(8);
  if (!generationArg('get_objects', args, nargs, kwnames, cell)) return 0;
  let lo: i32 = 0, hi: i32 = NUM_GENERATIONS - 1;
  const g = load<Ptr>(cell);
  if (g != 0 && g != Py_None) {
    if (!isInt(g)) return excFormat(excTypeError, "argument should be integer or None, not '%T'", g);
    const gen = cInt(g, cell + 4);
    if (load<u8>(cell, 4) == 0) return 0;
    if (gen >= NUM_GENERATIONS) return excFormat(excValueError, 'generation parameter must be less than the number of available generations (%d)', <Ptr>NUM_GENERATIONS);
    if (gen < -1) return excSetString(excValueError, 'generation parameter cannot be negative');
    if (gen >= 0) { lo = gen; hi = gen; }
  }
  const l = listNew(0);
  if (l == 0) return 0;
  for (let i = lo; i <= hi; i++) {
    const h = gcGenHead(i);
    for (let gg = gcNext(h); gg != h; gg = gcNext(gg)) {
      const o = gcObj(gg);
      if (o == l || !showable(o)) continue;
      if (listAppend(l, o) < 0) { decref(l); return 0; }
    }
  }
  return l;
}

// Traversal with the hidden instance dicts left out: CPython visits the attribute values
// instead (its instances keep them inline), so these visitors do too.

/** The hidden attribute dict of instance o, or 0. */
function hiddenDictOf(o: Ptr): Ptr {
  const t = load<Ptr>(o, OB_TYPE);
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_MANAGED_DICT) == 0) return 0;
  const d = load<Ptr>(o + <usize>MANAGED_DICT_OFFSET);
  return d != 0 && (gcFlags(gcOf(d)) & GCF_DICT_HIDDEN) != 0 ? d : 0;
}

/** State of one traversal (never nested: visitors call no Python code). */
let curOwner: Ptr = 0;
let curList: Ptr = 0;
let curTargets: usize = 0;
let curNTargets: i32 = 0;
let curFound = false;
let curFailed = false;

function visitValues(d: Ptr, visit: u32): void {
  const pos = memory.data(12);
  store<i32>(pos, 0);
  while (dictNext(d, pos, pos + 4, pos + 8)) call_indirect<i32>(visit, load<Ptr>(pos, 8), 0);
}

function referentVisit(o: Ptr, arg: Ptr): i32 {
  if (o == hiddenDictOf(curOwner) && o != 0) { visitValues(o, referentVisit.index); return 0; }
  if (!curFailed && listAppend(curList, o) < 0) curFailed = true;
  return 0;
}

/** gc.get_referents(*objs): what each object's TRAVERSE visits, in its order. */
function gc_get_referents(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) > 0) return excSetString(excTypeError, 'get_referents() takes no keyword arguments');
  const l = listNew(0);
  if (l == 0) return 0;
  curList = l;
  curFailed = false;
  for (let i: i32 = 0; i < nargs && !curFailed; i++) {
    const o = arg(args, i);
    const t = load<Ptr>(o, OB_TYPE);
    if (!typeIsGC(t)) continue;
    const tr = typeSlot(t, SLOT_TRAVERSE);
    if (tr == 0) continue;
    curOwner = o;
    if (t == dictType && dictKeysAllStr(o)) {
      // a table of str keys: CPython visits only the values
      visitValues(o, referentValuesOnly.index);
    } else call_indirect<i32>(tr, o, referentVisit.index, 0);
  }
  curOwner = 0;
  curList = 0;
  if (curFailed) { decref(l); return 0; }
  return l;
}

function referentValuesOnly(o: Ptr, arg: Ptr): i32 {
  if (!curFailed && listAppend(curList, o) < 0) curFailed = true;
  return 0;
}

function dictKeysAllStr(d: Ptr): bool {
  const pos = memory.data(12);
  store<i32>(pos, 0);
  while (dictNext(d, pos, pos + 4, pos + 8)) if (load<Ptr>(load<Ptr>(pos, 4), OB_TYPE) != strType) return false;
  return true;
}

function referrerVisit(o: Ptr, arg: Ptr): i32 {
  if (o != 0 && o == hiddenDictOf(curOwner)) { visitValues(o, referrerVisit.index); return 0; }
  for (let i: i32 = 0; i < curNTargets; i++) if (load<Ptr>(curTargets + (<usize>i << 2)) == o) curFound = true;
  return 0;
}

/** gc.get_referrers(*objs): the tracked objects whose TRAVERSE visits one of objs. */
function gc_get_referrers(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) > 0) return excSetString(excTypeError, 'get_referrers() takes no keyword arguments');
  const l = listNew(0);
  if (l == 0) return 0;
  curTargets = args;
  curNTargets = nargs;
  for (let i: i32 = 0; i < NUM_GENERATIONS; i++) {
    const h = gcGenHead(i);
    for (let g = gcNext(h); g != h; g = gcNext(g)) {
      const o = gcObj(g);
      if (o == l || !showable(o)) continue;
      const tr = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_TRAVERSE);
      if (tr == 0) continue;
      curOwner = o;
      curFound = false;
      call_indirect<i32>(tr, o, referrerVisit.index, 0);
      if (curFound && listAppend(l, o) < 0) { curOwner = 0; decref(l); return 0; }
    }
  }
  curOwner = 0;
  curTargets = 0;
  curNTargets = 0;
  return l;
}

// ---- freezing ----

/** gc.freeze(): everything tracked so far moves where no collection looks. */
function gc_freeze(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('freeze', nargs, kwnames)) return 0;
  for (let i: i32 = 0; i < NUM_GENERATIONS; i++) gcListMerge(gcGenHead(i), gcGenHead(GEN_FROZEN));
  return newref(Py_None);
}

/** gc.unfreeze(): the frozen objects go back to the oldest generation. */
function gc_unfreeze(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('unfreeze', nargs, kwnames)) return 0;
  gcListMerge(gcGenHead(GEN_FROZEN), gcGenHead(NUM_GENERATIONS - 1));
  return newref(Py_None);
}

function gc_get_freeze_count(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('get_freeze_count', nargs, kwnames)) return 0;
  let n: i32 = 0;
  const h = gcGenHead(GEN_FROZEN);
  for (let g = gcNext(h); g != h; g = gcNext(g)) if (gcVisible(gcObj(g))) n++;
  return intFromI64(n);
}

// ---- debugging ----

function gc_set_debug(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('set_debug', nargs, kwnames)) return 0;
  const ok = memory.data(1);
  const f = cInt(arg(args, 0), ok);
  if (load<u8>(ok) == 0) return 0;
  gcSetDebug(f);
  return newref(Py_None);
}

function gc_get_debug(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (noArgs('get_debug', nargs, kwnames)) return 0;
  return intFromI64(gcDebug);
}

// ---- the module ----

/** A new gc module (a fresh object each run; the lists are the collector's for the run). */
export function gcModuleNew(): Ptr {
  if (gcCallbacks == 0 || gcGarbage == 0) {
    const c = listNew(0);
    const g = listNew(0);
    if (c == 0 || g == 0) { if (c) decref(c); if (g) decref(g); return 0; }
    gcSetLists(c, g);
  }
  const m = moduleNewLiteral('gc');
  if (m == 0) return 0;
  const ok = moduleAddNew(m, '__doc__', strFromLiteral(GC_DOC)) == 0
    && moduleAddFunction(m, 'enable', gc_enable.index) == 0
    && moduleAddFunction(m, 'disable', gc_disable.index) == 0
    && moduleAddFunction(m, 'isenabled', gc_isenabled.index) == 0
    && moduleAddFunction(m, 'set_debug', gc_set_debug.index) == 0
    && moduleAddFunction(m, 'get_debug', gc_get_debug.index) == 0
    && moduleAddFunction(m, 'get_count', gc_get_count.index) == 0
    && moduleAddFunction(m, 'set_threshold', gc_set_threshold.index) == 0
    && moduleAddFunction(m, 'get_threshold', gc_get_threshold.index) == 0
    && moduleAddFunction(m, 'collect', gc_collect.index) == 0
    && moduleAddFunction(m, 'get_objects', gc_get_objects.index) == 0
    && moduleAddFunction(m, 'get_stats', gc_get_stats.index) == 0
    && moduleAddFunction(m, 'is_tracked', gc_is_tracked.index) == 0
    && moduleAddFunction(m, 'is_finalized', gc_is_finalized.index) == 0
    && moduleAddFunction(m, 'get_referrers', gc_get_referrers.index) == 0
    && moduleAddFunction(m, 'get_referents', gc_get_referents.index) == 0
    && moduleAddFunction(m, 'freeze', gc_freeze.index) == 0
    && moduleAddFunction(m, 'unfreeze', gc_unfreeze.index) == 0
    && moduleAddFunction(m, 'get_freeze_count', gc_get_freeze_count.index) == 0
    && moduleAddObject(m, 'garbage', gcGarbage) == 0
    && moduleAddObject(m, 'callbacks', gcCallbacks) == 0
    && moduleAddNew(m, 'DEBUG_STATS', intFromI64(DEBUG_STATS)) == 0
    && moduleAddNew(m, 'DEBUG_COLLECTABLE', intFromI64(DEBUG_COLLECTABLE)) == 0
    && moduleAddNew(m, 'DEBUG_UNCOLLECTABLE', intFromI64(DEBUG_UNCOLLECTABLE)) == 0
    && moduleAddNew(m, 'DEBUG_SAVEALL', intFromI64(DEBUG_SAVEALL)) == 0
    && moduleAddNew(m, 'DEBUG_LEAK', intFromI64(DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL)) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}

const GC_DOC = 'This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n';
