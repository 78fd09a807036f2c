// === dict: the compact, insertion-ordered hash table (CPython 3.6+'s dictobject.c layout) ===
//
//   dict object (GC prefix in front)
//   +0 refcnt | +4 type | +8 used u32 | +12 table Ptr (0 = empty, nothing allocated) | +16 version u32
//
//   table (a plain heap block, owned by one dict)
//   +0  size u32       slots in the index (a power of two, >= 8)
//   +4  usable u32     entries that may still be appended before a resize
//   +8  nentries u32   entries appended so far, deleted ones included
//   +12 entriesOff u32 (u16 overflowed at 32768 slots: a 21846th entry corrupted the table)
//   +16 ixBytes u8 (1, 2 or 4) | +17 pad
//   +20 index[size]    ixBytes-wide signed slots: -1 EMPTY, -2 DUMMY (deleted), else an entry number
//   +entriesOff        entries[(size*2)/3], 16 bytes each: +0 hash i64 | +8 key Ptr | +12 value Ptr
//
// Lookup probes the index with CPython's perturbation sequence (i = 5*i + 1 + perturb,
// perturb >>= 5); the entries stay in insertion order, which is the iteration order.
//
// Invariants:
// - An entry is live iff its key != 0; live entries own a reference to key and value. A deleted
//   entry keeps its place (key = value = 0) and its index slot becomes DUMMY, so probe chains
//   stay intact; the next resize compacts both arrays.
// - used = number of live entries; usable + nentries = (size*2)/3 (USABLE_FRACTION).
// - Any lookup that compares keys with == can run Python code that mutates the dict: after such
//   a comparison the lookup restarts if the table or the entry changed (CPython's rule).
// - `version` changes on every mutation: inline caches of globals and attributes may key on it.

import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { objAlloc, objFree, incref, decref, newref, OB_TYPE } from './header';
import { dictFreeCell, DICT_FREE_MAX, containerPark, containerUnpark } from './containerfree';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER,
  SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_INIT, SLOT_NB_BINARY,
  TPFLAGS_HAVE_GC, TPFLAGS_DICT_SUBCLASS, TP_BASICSIZE, typeSetSlot, typeSlot, TPFLAGS_MAPPING, TPFLAGS_MATCH_SELF,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeAddClassMethod, objectType, typeKind, typeLookup, TK_DICT, TK_TYPE } from './type';
import {
  excSetString, excSetObject, excOccurred, excNoMemory, excMatches, excClear, excTypeError,
  excValueError, excKeyError, excAttributeError, excSetKeyError,
} from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { strType, strHash, strEq, strFromLiteral, strInternLiteral } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import {
  objRepr, objHash, objRichCompareBool, objGetIter, objIterNext, objHashUnhashable, objGetAttr,
  objCall, objGetItem, objSetItem,
} from './abstract';
import {
  tupleNew, tupleSize, tupleItem, tupleItemsAddr, argsPositional, argsRaiseCount, argsRaiseCount2,
  argsBadWrapper, argsBadFixed,
} from './tuple';
import { intFromI64 } from './int';
import { reprEnter, reprLeave, seqFast, seqFastSize, seqFastItems } from './list';
import {
  dictViewsTypeInit, dictKeysNew, dictValuesNew, dictItemsNew, dictIterNew, dictKeyIterType, dictRevIterNew,
  dictRevKeyIterType,
} from './dictviews';
import { NB_OR, NB_INPLACE_OR } from '../opcodes.gen';
import { tupleType } from './tuple';
import { typeIsGC } from './header';
import { GCF_DICT_TRACKED, GCF_DICT_HIDDEN, gcOf, gcFlags, gcSetFlags, gcIsTracked } from '../gc/head';
import { gcCountHidden } from '../gc/track';

@inline const DI_USED: usize = 8;
@inline const DI_TABLE: usize = 12;
@inline const DI_VERSION: usize = 16;
@inline const DICT_OBJ_SIZE: u32 = 24;

@inline const TB_SIZE: usize = 0;
@inline const TB_USABLE: usize = 4;
@inline const TB_NENTRIES: usize = 8;
@inline const TB_ENTRIES_OFF: usize = 12;
@inline const TB_IXBYTES: usize = 16;
@inline const TB_INDEX: usize = 20;

@inline export const ENTRY_SIZE: usize = 16;
@inline export const EN_HASH: usize = 0;
@inline export const EN_KEY: usize = 8;
@inline export const EN_VALUE: usize = 12;

@inline const IX_EMPTY: i32 = -1;
@inline const IX_DUMMY: i32 = -2;
/** lookup results besides an entry number */
@inline const LK_MISS: i32 = -1;
@inline const LK_ERROR: i32 = -3;

@inline const MIN_SIZE: u32 = 8;
@inline const CMP_EQ: i32 = 2;
@inline const CMP_NE: i32 = 3;

export let dictType: Ptr = 0;

// ---- the table ----

@inline export function dictSize(d: Ptr): i32 { return load<i32>(d, DI_USED); }
/** The dict's version: a fresh value from one VM-wide 64-bit counter at creation and at every
 *  change, so equal versions mean the same dict in the same state (inline caches rely on it;
 *  64 bits never wrap). */
@inline export function dictVersion(d: Ptr): u64 { return load<u64>(d, DI_VERSION); }
let dictVersionNext: u64 = 0;
@inline function bump(d: Ptr): void { store<u64>(d, ++dictVersionNext, DI_VERSION); }

/** The index of the entry holding str key s (interned identity or equal), or -1. For inline
 *  caches: the entry stays at that index until the dict is resized or the key deleted. */
export function dictIndexOfStr(d: Ptr, s: Ptr): i32 {
  const t = load<Ptr>(d, DI_TABLE);
  if (t == 0) return -1;
  const ix = dictLookup(d, s, strHash(s));
  if (ix < 0) return -1;
  // found under an equal but not identical key: not cacheable
  return load<Ptr>(tableEntry(t, <u32>ix), EN_KEY) == s ? ix : -1;
}

/** The value of entry ix if its key is exactly s (identity), else 0. Never raises. */
@inline export function dictEntryValueIf(d: Ptr, ix: u32, s: Ptr): Ptr {
  const t = load<Ptr>(d, DI_TABLE);
  if (t == 0 || ix >= load<u32>(t, TB_NENTRIES)) return 0;
  const e = tableEntry(t, ix);
  return load<Ptr>(e, EN_KEY) == s ? load<Ptr>(e, EN_VALUE) : 0;
}
@inline export function dictCheck(o: Ptr): bool { return typeKind(load<Ptr>(o, OB_TYPE)) == TK_DICT; }

/** The table (0 when the dict never held anything or was cleared). For dictviews.ts. */
@inline export function dictTable(d: Ptr): usize { return load<Ptr>(d, DI_TABLE); }
@inline export function tableNentries(t: usize): u32 { return t ? load<u32>(t, TB_NENTRIES) : 0; }
@inline export function tableEntry(t: usize, i: u32): usize {
  return t + <usize>load<u32>(t, TB_ENTRIES_OFF) + (<usize>i << 4);
}

@inline function ixGet(t: usize, i: usize): i32 {
  return ixGetW(t, i, load<u8>(t, TB_IXBYTES));
}

/** ixGet with the slot width already read (probe loops read it once). */
@inline function ixGetW(t: usize, i: usize, b: u32): i32 {
  if (b == 1) return <i32>load<i8>(t + TB_INDEX + i);
  if (b == 2) return <i32>load<i16>(t + TB_INDEX + (i << 1));
  return load<i32>(t + TB_INDEX + (i << 2));
}

@inline function ixSet(t: usize, i: usize, v: i32): void {
  const b = load<u8>(t, TB_IXBYTES);
  if (b == 1) store<i8>(t + TB_INDEX + i, <i8>v);
  else if (b == 2) store<i16>(t + TB_INDEX + (i << 1), <i16>v);
  else store<i32>(t + TB_INDEX + (i << 2), v);
}

/** A fresh empty table with `size` index slots (a power of two >= 8). 0 on MemoryError (set). */
function tableNew(size: u32): usize {
  const ixBytes: u32 = size <= 128 ? 1 : size <= 32768 ? 2 : 4;
  const entriesOff = (TB_INDEX + <usize>size * ixBytes + 7) & ~7;
  const capacity = (size << 1) / 3;
  const t = heapAlloc(entriesOff + (<usize>capacity << 4));
  if (t == 0) { excNoMemory(); return 0; }
  store<u32>(t, size, TB_SIZE);
  store<u32>(t, capacity, TB_USABLE);
  store<u32>(t, 0, TB_NENTRIES);
  store<u32>(t, <u32>entriesOff, TB_ENTRIES_OFF);
  store<u8>(t, <u8>ixBytes, TB_IXBYTES);
  memory.fill(t + TB_INDEX, 0xFF, <usize>size * ixBytes); // all EMPTY
  return t;
}

/** The smallest power of two >= minsize, at least MIN_SIZE (calculate_log2_keysize). */
function sizeAtLeast(minsize: u32): u32 {
  let size = MIN_SIZE;
  while (size < minsize) size <<= 1;
  return size;
}

/** The smallest table size whose usable part holds n entries. */
function sizeFor(n: u32): u32 {
  let size = MIN_SIZE;
  // USABLE_FRACTION(size) = 2size/3 >= n  <=>  size >= 3n/2
  const want = (<u64>n * 3 + 1) >> 1;
  while (<u64>size < want) size <<= 1;
  return size;
}

/** The index slot where an entry with this hash can go (first EMPTY or DUMMY on its chain). */
@inline function findEmptySlot(t: usize, hash: i64): usize {
  const mask = <usize>load<u32>(t, TB_SIZE) - 1;
  let i = <usize>hash & mask;
  let perturb = <u64>hash;
  while (ixGet(t, i) >= 0) {
    perturb >>= 5;
    i = (i * 5 + <usize>perturb + 1) & mask;
  }
  return i;
}

/** Rebuilds d's table with `size` slots, compacting the entries (order kept). -1 on MemoryError. */
function dictResize(d: Ptr, size: u32): i32 {
  const old = load<Ptr>(d, DI_TABLE);
  const t = tableNew(size);
  if (t == 0) return -1;
  const n = tableNentries(old);
  let j: u32 = 0;
  const base = t + <usize>load<u32>(t, TB_ENTRIES_OFF);
  for (let i: u32 = 0; i < n; i++) {
    const e = tableEntry(old, i);
    if (load<Ptr>(e, EN_KEY) == 0) continue;
    const ne = base + (<usize>j << 4);
    memory.copy(ne, e, ENTRY_SIZE);
    ixSet(t, findEmptySlot(t, load<i64>(e, EN_HASH)), j);
    j++;
  }
  store<u32>(t, j, TB_NENTRIES);
  store<u32>(t, load<u32>(t, TB_USABLE) - j, TB_USABLE);
  store<Ptr>(d, t, DI_TABLE);
  if (old) heapFree(old);
  return 0;
}

/**
 * The entry number holding key (hash = its hash), LK_MISS, or LK_ERROR (exception set by a
 * key's __eq__). Strs compare without running code; other keys may run __eq__, after which the
 * lookup restarts if the dict changed under it.
 */
function dictLookup(d: Ptr, key: Ptr, hash: i64): i32 {
  while (true) {
    const t = load<Ptr>(d, DI_TABLE);
    if (t == 0) return LK_MISS;
    const mask = <usize>load<u32>(t, TB_SIZE) - 1;
    const ib = <u32>load<u8>(t, TB_IXBYTES);
    let i = <usize>hash & mask;
    let perturb = <u64>hash;
    let restart = false;
    while (true) {
      const ix = ixGetW(t, i, ib);
      if (ix == IX_EMPTY) return LK_MISS;
      if (ix >= 0) {
        const e = tableEntry(t, ix);
        const ek = load<Ptr>(e, EN_KEY);
        if (ek == key) return ix;
        if (load<i64>(e, EN_HASH) == hash) {
          const kt = load<Ptr>(key, OB_TYPE);
          if (kt == strType && load<Ptr>(ek, OB_TYPE) == strType) {
            if (strEq(ek, key)) return ix;
          } else {
            incref(ek);
            const c = objRichCompareBool(ek, key, CMP_EQ);
            decref(ek);
            if (c < 0) return LK_ERROR;
            if (load<Ptr>(d, DI_TABLE) != t || load<Ptr>(e, EN_KEY) != ek) { restart = true; break; }
            if (c > 0) return ix;
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + <usize>perturb + 1) & mask;
    }
    if (!restart) return LK_MISS;
  }
}

/** The index slot that points at entry `ix` (which must be on hash's chain). */
function findIndexSlot(t: usize, hash: i64, ix: i32): usize {
  const mask = <usize>load<u32>(t, TB_SIZE) - 1;
  let i = <usize>hash & mask;
  let perturb = <u64>hash;
  while (ixGet(t, i) != ix) {
    perturb >>= 5;
    i = (i * 5 + <usize>perturb + 1) & mask;
  }
  return i;
}

// ---- what CPython's collector would see (gc/head.ts GCF_DICT_TRACKED, GCF_DICT_HIDDEN) ----

/** CPython's _PyObject_GC_MAY_BE_TRACKED: o is a container other than an untracked tuple. */
@inline export function gcMayBeTracked(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  if (!typeIsGC(t)) return false;
  return t != tupleType || gcIsTracked(gcOf(o));
}

/** CPython's MAINTAIN_TRACKING: storing key -> value makes d tracked when either may be. */
@inline function dictMaintainTracking(d: Ptr, key: Ptr, value: Ptr): void {
  const g = gcOf(d);
  const f = gcFlags(g);
  if ((f & GCF_DICT_TRACKED) == 0 && (gcMayBeTracked(value) || gcMayBeTracked(key))) gcSetFlags(g, f | GCF_DICT_TRACKED);
}

/** Does any key or value of d may be tracked? */
function dictHoldsContainers(d: Ptr): bool {
  const t = load<Ptr>(d, DI_TABLE);
  const n = tableNentries(t);
  for (let i: u32 = 0; i < n; i++) {
    const e = tableEntry(t, i);
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    if (gcMayBeTracked(k) || gcMayBeTracked(load<Ptr>(e, EN_VALUE))) return true;
  }
  return false;
}

/** A full collection found d alive: CPython untracks it when it holds no container any more
 *  (_PyDict_MaybeUntrack). */
export function dictMaybeUntrack(d: Ptr): void {
  const g = gcOf(d);
  if ((gcFlags(g) & GCF_DICT_TRACKED) != 0 && !dictHoldsContainers(d)) gcSetFlags(g, gcFlags(g) & ~GCF_DICT_TRACKED);
}

/** The dict just made for an instance's attributes (objGenericSetAttr): CPython 3.11 would keep
 *  them inline, with no dict object, so this one is not counted or shown. */
export function dictMarkHidden(d: Ptr): void {
  const g = gcOf(d);
  gcSetFlags(g, gcFlags(g) | GCF_DICT_HIDDEN);
  gcCountHidden(true);
}

/** instance.__dict__ was asked for: from now on d is a dict CPython would have made, tracked
 *  when it holds a container (make_dict_from_instance_attributes). */
export function dictMaterialize(d: Ptr): void {
  const g = gcOf(d);
  const f = gcFlags(g);
  if ((f & GCF_DICT_HIDDEN) == 0) return;
  gcSetFlags(g, (f & ~(GCF_DICT_HIDDEN | GCF_DICT_TRACKED)) | (dictHoldsContainers(d) ? GCF_DICT_TRACKED : 0));
  gcCountHidden(false);
}

// ---- the C-level API (docs/architecture.md §8) ----

/** A new empty dict (no table until the first insertion). 0 with MemoryError set. */
export function dictNew(): Ptr {
  let d = containerUnpark(dictFreeCell(), dictType, DICT_OBJ_SIZE);
  if (d == 0) d = objAlloc(dictType, DICT_OBJ_SIZE);
  if (d == 0) return excNoMemory();
  bump(d);
  return d;
}

/** dictNew that never takes a parked dict: for a dict CPython does not make (a managed
 *  instance dict, GCF_DICT_HIDDEN), which must leave the free list as CPython leaves it. */
export function dictNewUnparked(): Ptr {
  const d = objAlloc(dictType, DICT_OBJ_SIZE);
  if (d == 0) return excNoMemory();
  bump(d);
  return d;
}

/** A new empty dict with room for n items without resizing (BUILD_MAP, kwargs, copies). */
export function dictNewPresized(n: u32): Ptr {
  const d = dictNew();
  if (d == 0 || n <= 5) return d;
  const t = tableNew(sizeFor(n));
  if (t == 0) { decref(d); return 0; }
  store<Ptr>(d, t, DI_TABLE);
  return d;
}

function dictNewOfType(type: Ptr): Ptr {
  const d = objAlloc(type, type == dictType ? DICT_OBJ_SIZE : load<u32>(type, TP_BASICSIZE));
  if (d == 0) return excNoMemory();
  return d;
}

/** d[key] as a borrowed reference, or 0: missing (no exception) or error (excOccurred()). */
export function dictGetItem(d: Ptr, key: Ptr): Ptr {
  const hash = objHash(key);
  if (hash == -1) return 0;
  const ix = dictLookup(d, key, hash);
  if (ix < 0) return 0;
  return load<Ptr>(tableEntry(load<Ptr>(d, DI_TABLE), ix), EN_VALUE);
}

/** Like dictGetItem with a known hash. */
export function dictGetItemHash(d: Ptr, key: Ptr, hash: i64): Ptr {
  const ix = dictLookup(d, key, hash);
  if (ix < 0) return 0;
  return load<Ptr>(tableEntry(load<Ptr>(d, DI_TABLE), ix), EN_VALUE);
}

/**
 * d[s] for a str s (usually interned): the globals/attribute hot path. Identity first, then
 * equal strs; a non-str key with the same hash falls back to the general lookup. Borrowed, 0 if
 * missing.
 */
export function dictGetItemStr(d: Ptr, s: Ptr): Ptr {
  const t = load<Ptr>(d, DI_TABLE);
  if (t == 0) return 0;
  const hash = strHash(s);
  const mask = <usize>load<u32>(t, TB_SIZE) - 1;
  const ib = <u32>load<u8>(t, TB_IXBYTES);
  const entries = t + <usize>load<u32>(t, TB_ENTRIES_OFF);
  let i = <usize>hash & mask;
  let perturb = <u64>hash;
  while (true) {
    const ix = ixGetW(t, i, ib);
    if (ix == IX_EMPTY) return 0;
    if (ix >= 0) {
      const e = entries + (<usize>ix << 4);
      const ek = load<Ptr>(e, EN_KEY);
      if (ek == s) return load<Ptr>(e, EN_VALUE);
      if (load<i64>(e, EN_HASH) == hash) {
        if (load<Ptr>(ek, OB_TYPE) != strType) return dictGetItemHash(d, s, hash);
        if (strEq(ek, s)) return load<Ptr>(e, EN_VALUE);
      }
    }
    perturb >>= 5;
    i = (i * 5 + <usize>perturb + 1) & mask;
  }
  return 0;
}

// ---- the attribute inline caches' entry hints (vm/attrcache.ts) ----
// Instances of one class set their attributes in the same order, so a name sits at the same
// entry number in each instance dict (CPython 3.11 gets this from split-keys dicts). A hint is
// found with dictIndexOfStr, read with dictEntryValueIf and written with dictHintSwap; each
// checks the entry's key, so a stale hint costs a lookup, never a wrong value.

/** d[s] = value in entry ix if its key is s, taking over the caller's reference to value: returns
 *  the old value, whose reference passes to the caller (it may run code when dropped), or 0 when
 *  the hint misses (value untouched). */
@inline export function dictHintSwap(d: Ptr, s: Ptr, ix: u32, value: Ptr): Ptr {
  const t = load<Ptr>(d, DI_TABLE);
  if (t == 0 || ix >= load<u32>(t, TB_NENTRIES)) return 0;
  const e = tableEntry(t, ix);
  if (load<Ptr>(e, EN_KEY) != s) return 0;
  const old = load<Ptr>(e, EN_VALUE);
  store<Ptr>(e, value, EN_VALUE);
  const g = gcOf(d); // the key was accounted for when it was added
  if ((gcFlags(g) & GCF_DICT_TRACKED) == 0 && gcMayBeTracked(value)) gcSetFlags(g, gcFlags(g) | GCF_DICT_TRACKED);
  bump(d);
  return old;
}

/** d[key] = value with key's hash known. Both borrowed. 0, or -1 with an exception set. */
export function dictSetItemHash(d: Ptr, key: Ptr, hash: i64, value: Ptr): i32 {
  const ix = dictLookup(d, key, hash);
  if (ix == LK_ERROR) return -1;
  if (ix >= 0) {
    const e = tableEntry(load<Ptr>(d, DI_TABLE), ix);
    const old = load<Ptr>(e, EN_VALUE);
    incref(value);
    store<Ptr>(e, value, EN_VALUE);
    dictMaintainTracking(d, key, value);
    bump(d);
    decref(old);
    return 0;
  }
  let t = load<Ptr>(d, DI_TABLE);
  if (t == 0) {
    t = tableNew(MIN_SIZE);
    if (t == 0) return -1;
    store<Ptr>(d, t, DI_TABLE);
  } else if (load<u32>(t, TB_USABLE) == 0) {
    // CPython 3.11's GROWTH_RATE: used * 3 (a table full of deletions shrinks).
    if (dictResize(d, sizeAtLeast(<u32>dictSize(d) * 3)) < 0) return -1;
    t = load<Ptr>(d, DI_TABLE);
  }
  const n = load<u32>(t, TB_NENTRIES);
  ixSet(t, findEmptySlot(t, hash), n);
  const e = tableEntry(t, n);
  store<i64>(e, hash, EN_HASH);
  incref(key);
  store<Ptr>(e, key, EN_KEY);
  incref(value);
  store<Ptr>(e, value, EN_VALUE);
  store<u32>(t, n + 1, TB_NENTRIES);
  store<u32>(t, load<u32>(t, TB_USABLE) - 1, TB_USABLE);
  store<i32>(d, dictSize(d) + 1, DI_USED);
  dictMaintainTracking(d, key, value);
  bump(d);
  return 0;
}

/** d[key] = value (both borrowed). 0, or -1 with an exception set (unhashable key, __eq__). */
export function dictSetItem(d: Ptr, key: Ptr, value: Ptr): i32 {
  const hash = objHash(key);
  if (hash == -1) return -1;
  return dictSetItemHash(d, key, hash, value);
}

/** Removes entry ix (whose key has this hash); releases key and value last. */
function dictDelEntry(d: Ptr, ix: i32, hash: i64): void {
  const t = load<Ptr>(d, DI_TABLE);
  ixSet(t, findIndexSlot(t, hash, ix), IX_DUMMY);
  const e = tableEntry(t, ix);
  const k = load<Ptr>(e, EN_KEY), v = load<Ptr>(e, EN_VALUE);
  store<Ptr>(e, 0, EN_KEY);
  store<Ptr>(e, 0, EN_VALUE);
  store<i32>(d, dictSize(d) - 1, DI_USED);
  bump(d);
  decref(k);
  decref(v);
}

/** Squeezes out the dead entries deletions left in d's table, in place (order kept, nothing
 *  allocated), so later insertions reuse their room instead of growing the table: a dict that
 *  lives as long as the VM, such as the builtins, keeps its block from run to run. */
export function dictCompact(d: Ptr): void {
  const t = load<Ptr>(d, DI_TABLE);
  const n = tableNentries(t);
  if (t == 0 || n == <u32>dictSize(d)) return;
  let j: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const e = tableEntry(t, i);
    if (load<Ptr>(e, EN_KEY) == 0) continue;
    if (i != j) memory.copy(tableEntry(t, j), e, ENTRY_SIZE);
    j++;
  }
  const size = load<u32>(t, TB_SIZE);
  memory.fill(t + TB_INDEX, 0xFF, <usize>size * <usize>load<u8>(t, TB_IXBYTES)); // all EMPTY
  for (let k: u32 = 0; k < j; k++) ixSet(t, findEmptySlot(t, load<i64>(tableEntry(t, k), EN_HASH)), k);
  store<u32>(t, j, TB_NENTRIES);
  store<u32>(t, ((size << 1) / 3) - j, TB_USABLE);
  bump(d); // entry numbers moved: LOAD_GLOBAL's caches hold them
}

/** Raises KeyError(key): the key itself is the only argument, so str(e) is repr(key). */
export function dictRaiseKeyError(key: Ptr): void {
  excSetKeyError(key);
}

/** del d[key]. 0; -1 with KeyError (missing) or another exception set. */
export function dictDelItem(d: Ptr, key: Ptr): i32 {
  const hash = objHash(key);
  if (hash == -1) return -1;
  const ix = dictLookup(d, key, hash);
  if (ix == LK_ERROR) return -1;
  if (ix < 0) { dictRaiseKeyError(key); return -1; }
  dictDelEntry(d, ix, hash);
  return 0;
}

/**
 * Iteration for C code: *posAddr (i32, start at 0) is advanced past the next live entry, whose
 * key and value (borrowed) are stored at keyAddr / valueAddr (either may be 0). false at the end.
 */
export function dictNext(d: Ptr, posAddr: usize, keyAddr: usize, valueAddr: usize): bool {
  const t = load<Ptr>(d, DI_TABLE);
  const n = tableNentries(t);
  let i = <u32>load<i32>(posAddr);
  while (i < n) {
    const e = tableEntry(t, i);
    i++;
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    store<i32>(posAddr, <i32>i);
    if (keyAddr) store<Ptr>(keyAddr, k);
    if (valueAddr) store<Ptr>(valueAddr, load<Ptr>(e, EN_VALUE));
    return true;
  }
  store<i32>(posAddr, <i32>i);
  return false;
}

/** Empties d. Keys and values are released after the dict is already empty. */
export function dictClear(d: Ptr): void {
  const t = load<Ptr>(d, DI_TABLE);
  if (t == 0) return;
  store<Ptr>(d, 0, DI_TABLE);
  store<i32>(d, 0, DI_USED);
  bump(d);
  tableRelease(t);
}

/** Releases every live entry of a detached table, in order, then frees it. */
function tableRelease(t: usize): void {
  const n = load<u32>(t, TB_NENTRIES);
  for (let i: u32 = 0; i < n; i++) {
    const e = tableEntry(t, i);
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    decref(k);
    decref(load<Ptr>(e, EN_VALUE));
  }
  heapFree(t);
}

/** A shallow copy (a new dict). */
export function dictCopy(d: Ptr): Ptr {
  const r = dictNew();
  if (r == 0) return 0;
  const t = load<Ptr>(d, DI_TABLE);
  if (t == 0 || dictSize(d) == 0) return r;
  if (<u32>dictSize(d) * 3 >= load<u32>(t, TB_NENTRIES) * 2) {
    // Mostly live: clone the table as is (CPython's clone_combined_dict_keys).
    const bytes = <usize>load<u32>(t, TB_ENTRIES_OFF) +
      (<usize>((load<u32>(t, TB_SIZE) << 1) / 3) << 4);
    const c = heapAlloc(bytes);
    if (c == 0) { decref(r); return excNoMemory(); }
    memory.copy(c, t, bytes);
    const n = load<u32>(c, TB_NENTRIES);
    for (let i: u32 = 0; i < n; i++) {
      const e = tableEntry(c, i);
      const k = load<Ptr>(e, EN_KEY);
      if (k == 0) continue;
      incref(k);
      incref(load<Ptr>(e, EN_VALUE));
    }
    store<Ptr>(r, c, DI_TABLE);
    store<i32>(r, dictSize(d), DI_USED);
    // tracked as the original is (clone_combined_dict_keys); a hidden dict's copy is a real one
    if ((gcFlags(gcOf(d)) & GCF_DICT_HIDDEN) != 0 ? dictHoldsContainers(r) : (gcFlags(gcOf(d)) & GCF_DICT_TRACKED) != 0) {
      gcSetFlags(gcOf(r), gcFlags(gcOf(r)) | GCF_DICT_TRACKED);
    }
    return r;
  }
  if (dictMerge(r, d, true) < 0) { decref(r); return 0; }
  return r;
}

/**
 * Merges the dict `b` into a (CPython's dict_merge for a real dict `b`): every key of b, in
 * order; an existing key keeps its value unless `overwrite`. 0, or -1 with an exception set.
 */
export function dictMerge(a: Ptr, b: Ptr, overwrite: bool): i32 {
  if (a == b || dictSize(b) == 0) return 0;
  if (dictSize(a) == 0 && load<Ptr>(a, DI_TABLE) == 0) {
    const t = tableNew(sizeFor(<u32>dictSize(b)));
    if (t == 0) return -1;
    store<Ptr>(a, t, DI_TABLE);
  }
  for (let i: u32 = 0; i < tableNentries(load<Ptr>(b, DI_TABLE)); i++) {
    const e = tableEntry(load<Ptr>(b, DI_TABLE), i);
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    const v = load<Ptr>(e, EN_VALUE);
    const h = load<i64>(e, EN_HASH);
    incref(k);
    incref(v);
    let r: i32 = 0;
    if (overwrite) r = dictSetItemHash(a, k, h, v);
    else {
      const ix = dictLookup(a, k, h);
      if (ix == LK_ERROR) r = -1;
      else if (ix < 0) r = dictSetItemHash(a, k, h, v);
    }
    decref(k);
    decref(v);
    if (r < 0) return -1;
  }
  return 0;
}

// ---- update from arbitrary arguments ----

let strKeys: Ptr = 0;
let strMissing: Ptr = 0;

/** Names looked up by update() and subclass lookups, interned once at vmInit. */
export function dictNamesInit(): void {
  strKeys = strInternLiteral('keys');
  strMissing = strInternLiteral('__missing__');
}

/** Merges a mapping that is not a dict: for k in m.keys(): a[k] = m[k]. */
function dictMergeMapping(a: Ptr, m: Ptr, keysFn: Ptr): i32 {
  const ks = objCall(keysFn, 0, 0, 0);
  if (ks == 0) return -1;
  const it = objGetIter(ks);
  decref(ks);
  if (it == 0) return -1;
  while (true) {
    const k = objIterNext(it);
    if (k == 0) break;
    const v = objGetItem(m, k);
    if (v == 0) { decref(k); decref(it); return -1; }
    const r = dictSetItem(a, k, v);
    decref(k);
    decref(v);
    if (r < 0) { decref(it); return -1; }
  }
  decref(it);
  return excOccurred() ? -1 : 0;
}

/** Merges an iterable of key/value pairs (CPython's PyDict_MergeFromSeq2, override on). */
export function dictMergeFromSeq2(a: Ptr, seq: Ptr): i32 {
  const it = objGetIter(seq);
  if (it == 0) return -1;
  let i: i64 = 0;
  while (true) {
    const item = objIterNext(it);
    if (item == 0) break;
    const fast = seqFast(item, '');
    decref(item);
    if (fast == 0) {
      if (excMatches(excTypeError)) {
        excClear();
        argsRaiseCount(excTypeError, 'cannot convert dictionary update sequence element #%D to a sequence', i);
      }
      decref(it);
      return -1;
    }
    const n = seqFastSize(fast);
    if (n != 2) {
      decref(fast);
      decref(it);
      argsRaiseCount2(excValueError, 'dictionary update sequence element #%D has length %D; 2 is required', i, n);
      return -1;
    }
    const k = load<Ptr>(seqFastItems(fast)), v = load<Ptr>(seqFastItems(fast), 4);
    incref(k);
    incref(v);
    decref(fast);
    const r = dictSetItem(a, k, v);
    decref(k);
    decref(v);
    if (r < 0) { decref(it); return -1; }
    i++;
  }
  decref(it);
  return excOccurred() ? -1 : 0;
}

/** d.update(arg): a dict, a mapping with keys(), or an iterable of pairs (dict_update_arg). */
export function dictUpdateArg(d: Ptr, arg: Ptr): i32 {
  if (dictCheck(arg) && typeSlot(load<Ptr>(arg, OB_TYPE), SLOT_ITER) == dict_iter.index) {
    return dictMerge(d, arg, true);
  }
  const fn = objGetAttr(arg, strKeys);
  if (fn != 0) {
    const r = dictMergeMapping(d, arg, fn);
    decref(fn);
    return r;
  }
  if (!excMatches(excAttributeError)) return -1;
  excClear();
  return dictMergeFromSeq2(d, arg);
}

/** The keyword arguments of a call (values at args + 4*npos, names in kwnames) into d. */
function dictUpdateKwargs(d: Ptr, args: Ptr, npos: i32, kwnames: Ptr): i32 {
  if (kwnames == 0) return 0;
  const n = tupleSize(kwnames);
  for (let i: i32 = 0; i < n; i++) {
    if (dictSetItem(d, tupleItem(kwnames, i), load<Ptr>(args + (<usize>(npos + i) << 2))) < 0) return -1;
  }
  return 0;
}

// ---- slots ----

function dict_dealloc(d: Ptr): void {
  const t = load<Ptr>(d, DI_TABLE);
  if (t) tableRelease(t);
  if (load<Ptr>(d, OB_TYPE) == dictType && (gcFlags(gcOf(d)) & GCF_DICT_HIDDEN) == 0
      && containerPark(dictFreeCell(), DICT_FREE_MAX, d)) return;
  objFree(d);
}

function dict_traverse(d: Ptr, visit: u32, arg: Ptr): i32 {
  const t = load<Ptr>(d, DI_TABLE);
  const n = tableNentries(t);
  for (let i: u32 = 0; i < n; i++) {
    const e = tableEntry(t, i);
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    // value first, as CPython's dict_traverse
    let r = call_indirect<i32>(visit, load<Ptr>(e, EN_VALUE), arg);
    if (r) return r;
    r = call_indirect<i32>(visit, k, arg);
    if (r) return r;
  }
  return 0;
}

function dict_clear_slot(d: Ptr): void {
  dictClear(d);
}

function dict_repr(d: Ptr): Ptr {
  if (dictSize(d) == 0) return strFromLiteral('{}');
  const rec = reprEnter(d);
  if (rec != 0) return rec > 0 ? strFromLiteral('{...}') : 0;
  const sb = sbNew();
  if (sb == 0) { reprLeave(d); return 0; }
  sbAppendLiteral(sb, '{');
  let first = true;
  // Entries are re-read each step: a repr may change the dict.
  for (let i: u32 = 0; i < tableNentries(load<Ptr>(d, DI_TABLE)); i++) {
    const e = tableEntry(load<Ptr>(d, DI_TABLE), i);
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    const v = load<Ptr>(e, EN_VALUE);
    incref(k);
    incref(v);
    if (!first) sbAppendLiteral(sb, ', ');
    first = false;
    let r = objRepr(k);
    if (r != 0) {
      sbAppendStr(sb, r);
      decref(r);
      sbAppendLiteral(sb, ': ');
      r = objRepr(v);
      if (r != 0) { sbAppendStr(sb, r); decref(r); }
    }
    decref(k);
    decref(v);
    if (r == 0) { sbFree(sb); reprLeave(d); return 0; }
  }
  sbAppendLiteral(sb, '}');
  reprLeave(d);
  return sbFinish(sb);
}

/** a == b for two dicts: 1, 0, or -1 on error (CPython's dict_equal). */
function dictEqual(a: Ptr, b: Ptr): i32 {
  if (dictSize(a) != dictSize(b)) return 0;
  for (let i: u32 = 0; i < tableNentries(load<Ptr>(a, DI_TABLE)); i++) {
    const e = tableEntry(load<Ptr>(a, DI_TABLE), i);
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    const av = load<Ptr>(e, EN_VALUE);
    incref(k);
    incref(av);
    const ix = dictLookup(b, k, load<i64>(e, EN_HASH));
    if (ix < 0) {
      decref(k);
      decref(av);
      return ix == LK_ERROR ? -1 : 0;
    }
    const bv = load<Ptr>(tableEntry(load<Ptr>(b, DI_TABLE), ix), EN_VALUE);
    incref(bv);
    const c = objRichCompareBool(av, bv, CMP_EQ);
    decref(k);
    decref(av);
    decref(bv);
    if (c <= 0) return c;
  }
  return 1;
}

function dict_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (!dictCheck(a) || !dictCheck(b) || (op != CMP_EQ && op != CMP_NE)) return newref(Py_NotImplemented);
  const c = dictEqual(a, b);
  if (c < 0) return 0;
  return boolFrom((c == 1) == (op == CMP_EQ));
}

function dict_len(d: Ptr): i64 {
  return dictSize(d);
}

function dict_contains(d: Ptr, key: Ptr): i32 {
  const hash = objHash(key);
  if (hash == -1) return -1;
  const ix = dictLookup(d, key, hash);
  if (ix == LK_ERROR) return -1;
  return ix >= 0 ? 1 : 0;
}

/** d[key]; a subclass's __missing__(key) answers for a missing key. */
function dict_getitem(d: Ptr, key: Ptr): Ptr {
  const hash = objHash(key);
  if (hash == -1) return 0;
  const ix = dictLookup(d, key, hash);
  if (ix == LK_ERROR) return 0;
  if (ix >= 0) return newref(load<Ptr>(tableEntry(load<Ptr>(d, DI_TABLE), ix), EN_VALUE));
  const type = load<Ptr>(d, OB_TYPE);
  if (type != dictType) {
    const missing = typeLookup(type, strMissing);
    if (missing != 0) {
      // A heap block, not static scratch: __missing__ may index another such dict.
      const argv = heapAlloc(8);
      if (argv == 0) return excNoMemory();
      store<Ptr>(argv, d);
      store<Ptr>(argv, key, 4);
      incref(missing);
      const r = objCall(missing, argv, 2, 0);
      decref(missing);
      heapFree(argv);
      return r;
    }
  }
  dictRaiseKeyError(key);
  return 0;
}

function dict_setitem(d: Ptr, key: Ptr, value: Ptr): i32 {
  if (value == 0) return dictDelItem(d, key);
  return dictSetItem(d, key, value);
}

export function dict_iter(d: Ptr): Ptr {
  return dictIterNew(d, dictKeyIterType);
}

/** dict.__new__: an empty dict of the given type; __init__ fills it. */
function dict_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return dictNewOfType(type);
}

/** dict.__init__(self, [mapping_or_iterable], /, **kwargs) */
function dict_init(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  const npos = argsPositional(nargs, kwnames);
  if (npos > 1) { argsRaiseCount(excTypeError, 'dict expected at most 1 argument, got %D', npos); return -1; }
  if (npos == 1 && dictUpdateArg(self, load<Ptr>(args)) < 0) return -1;
  return dictUpdateKwargs(self, args, npos, kwnames);
}

/** a | b: a new dict (both operands must be dicts). */
function dict_or(a: Ptr, b: Ptr): Ptr {
  if (!dictCheck(a) || !dictCheck(b)) return newref(Py_NotImplemented);
  const r = dictCopy(a);
  if (r == 0) return 0;
  if (dictUpdateArg(r, b) < 0) { decref(r); return 0; }
  return r;
}

/** a |= b: b may be any mapping or iterable of pairs. */
function dict_ior(a: Ptr, b: Ptr): Ptr {
  if (!dictCheck(a)) return newref(Py_NotImplemented);
  if (dictUpdateArg(a, b) < 0) return 0;
  return newref(a);
}

// ---- methods ----

function argsNoKw(kwnames: Ptr, msg: string): bool {
  if (kwnames != 0 && tupleSize(kwnames) != 0) { excSetString(excTypeError, msg); return false; }
  return true;
}

function dict_keys(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'dict.keys() takes no keyword arguments',
    'dict.keys() takes no arguments (%D given)')) return 0;
  return dictKeysNew(d);
}

function dict_values(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'dict.values() takes no keyword arguments',
    'dict.values() takes no arguments (%D given)')) return 0;
  return dictValuesNew(d);
}

function dict_items(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'dict.items() takes no keyword arguments',
    'dict.items() takes no arguments (%D given)')) return 0;
  return dictItemsNew(d);
}

/** dict.get(key, default=None, /) */
function dict_get(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (!argsNoKw(kwnames, 'dict.get() takes no keyword arguments')) return 0;
  if (nargs < 1) return argsRaiseCount(excTypeError, 'get expected at least 1 argument, got %D', nargs);
  if (nargs > 2) return argsRaiseCount(excTypeError, 'get expected at most 2 arguments, got %D', nargs);
  const key = load<Ptr>(args);
  const hash = objHash(key);
  if (hash == -1) return 0;
  const ix = dictLookup(d, key, hash);
  if (ix == LK_ERROR) return 0;
  if (ix >= 0) return newref(load<Ptr>(tableEntry(load<Ptr>(d, DI_TABLE), ix), EN_VALUE));
  return newref(nargs == 2 ? load<Ptr>(args, 4) : Py_None);
}

/** dict.setdefault(key, default=None, /) */
function dict_setdefault(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (!argsNoKw(kwnames, 'dict.setdefault() takes no keyword arguments')) return 0;
  if (nargs < 1) return argsRaiseCount(excTypeError, 'setdefault expected at least 1 argument, got %D', nargs);
  if (nargs > 2) return argsRaiseCount(excTypeError, 'setdefault expected at most 2 arguments, got %D', nargs);
  const key = load<Ptr>(args);
  const hash = objHash(key);
  if (hash == -1) return 0;
  const ix = dictLookup(d, key, hash);
  if (ix == LK_ERROR) return 0;
  if (ix >= 0) return newref(load<Ptr>(tableEntry(load<Ptr>(d, DI_TABLE), ix), EN_VALUE));
  const dflt = nargs == 2 ? load<Ptr>(args, 4) : Py_None;
  if (dictSetItemHash(d, key, hash, dflt) < 0) return 0;
  return newref(dflt);
}

/** dict.pop(key[, default], /) */
function dict_pop(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (!argsNoKw(kwnames, 'dict.pop() takes no keyword arguments')) return 0;
  if (nargs < 1) return argsRaiseCount(excTypeError, 'pop expected at least 1 argument, got %D', nargs);
  if (nargs > 2) return argsRaiseCount(excTypeError, 'pop expected at most 2 arguments, got %D', nargs);
  const key = load<Ptr>(args);
  const hash = objHash(key);
  if (hash == -1) return 0;
  const ix = dictLookup(d, key, hash);
  if (ix == LK_ERROR) return 0;
  if (ix < 0) {
    if (nargs == 2) return newref(load<Ptr>(args, 4));
    dictRaiseKeyError(key);
    return 0;
  }
  const v = newref(load<Ptr>(tableEntry(load<Ptr>(d, DI_TABLE), ix), EN_VALUE));
  dictDelEntry(d, ix, hash);
  return v;
}

/** dict.popitem(): the last (key, value) pair, LIFO. */
function dict_popitem(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'dict.popitem() takes no keyword arguments',
    'dict.popitem() takes no arguments (%D given)')) return 0;
  if (dictSize(d) == 0) {
    const msg = strFromLiteral('popitem(): dictionary is empty');
    if (msg == 0) return 0;
    excSetObject(excKeyError, msg);
    decref(msg);
    return 0;
  }
  const res = tupleNew(2);
  if (res == 0) return 0;
  const t = load<Ptr>(d, DI_TABLE);
  let i = load<u32>(t, TB_NENTRIES) - 1;
  while (load<Ptr>(tableEntry(t, i), EN_KEY) == 0) i--;
  const e = tableEntry(t, i);
  const k = load<Ptr>(e, EN_KEY), v = load<Ptr>(e, EN_VALUE);
  ixSet(t, findIndexSlot(t, load<i64>(e, EN_HASH), <i32>i), IX_DUMMY);
  // The pair's references move into the tuple; the trailing entries are reclaimed.
  store<Ptr>(tupleItemsAddr(res), k);
  store<Ptr>(tupleItemsAddr(res), v, 4);
  store<Ptr>(e, 0, EN_KEY);
  store<Ptr>(e, 0, EN_VALUE);
  // Reclaim the trailing entries, but not `usable`: the DUMMY just written still fills an
  // index slot, and usable bounds how full the index gets (CPython's popitem does the same).
  store<u32>(t, i, TB_NENTRIES);
  store<i32>(d, dictSize(d) - 1, DI_USED);
  bump(d);
  return res;
}

/** dict.update([other], /, **kwargs) */
function dict_update(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  if (npos > 1) return argsRaiseCount(excTypeError, 'update expected at most 1 argument, got %D', npos);
  if (npos == 1 && dictUpdateArg(d, load<Ptr>(args)) < 0) return 0;
  if (dictUpdateKwargs(d, args, npos, kwnames) < 0) return 0;
  return newref(Py_None);
}

function dict_copy(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'dict.copy() takes no keyword arguments',
    'dict.copy() takes no arguments (%D given)')) return 0;
  return dictCopy(d);
}

function dict_clear(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 0, 'dict.clear() takes no keyword arguments',
    'dict.clear() takes no arguments (%D given)')) return 0;
  dictClear(d);
  return newref(Py_None);
}

/**
 * dict.fromkeys(iterable, value=None, /): a classmethod in CPython. `self` is the class when
 * registered as a classmethod, or an instance (then its type is used).
 */
function dict_fromkeys(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (!argsNoKw(kwnames, 'dict.fromkeys() takes no keyword arguments')) return 0;
  if (nargs < 1) return argsRaiseCount(excTypeError, 'fromkeys expected at least 1 argument, got %D', nargs);
  if (nargs > 2) return argsRaiseCount(excTypeError, 'fromkeys expected at most 2 arguments, got %D', nargs);
  const cls = typeKind(load<Ptr>(self, OB_TYPE)) == TK_TYPE ? self : load<Ptr>(self, OB_TYPE);
  const value = nargs == 2 ? load<Ptr>(args, 4) : Py_None;
  const d = cls == dictType ? dictNew() : objCall(cls, 0, 0, 0);
  if (d == 0) return 0;
  const exact = load<Ptr>(d, OB_TYPE) == dictType;
  const it = objGetIter(load<Ptr>(args));
  if (it == 0) { decref(d); return 0; }
  while (true) {
    const k = objIterNext(it);
    if (k == 0) break;
    const r = exact ? dictSetItem(d, k, value) : objSetItem(d, k, value);
    decref(k);
    if (r < 0) { decref(it); decref(d); return 0; }
  }
  decref(it);
  if (excOccurred()) { decref(d); return 0; }
  return d;
}

function dict_contains_method(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'dict.__contains__() takes no keyword arguments',
    'dict.__contains__() takes exactly one argument (%D given)')) return 0;
  const r = dict_contains(d, load<Ptr>(args));
  if (r < 0) return 0;
  return boolFrom(r == 1);
}

function dict_getitem_method(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'dict.__getitem__() takes no keyword arguments',
    'dict.__getitem__() takes exactly one argument (%D given)')) return 0;
  return dict_getitem(d, load<Ptr>(args));
}

function dict_reversed(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 0)) return 0;
  return dictRevIterNew(d, dictRevKeyIterType);
}

function dict_setitem_m(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 2)) return 0;
  if (dictSetItem(d, load<Ptr>(args), load<Ptr>(args, 4)) < 0) return 0;
  return newref(Py_None);
}

function dict_delitem_m(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 1)) return 0;
  if (dictDelItem(d, load<Ptr>(args)) < 0) return 0;
  return newref(Py_None);
}

function dict_len_m(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 0)) return 0;
  return intFromI64(dictSize(d));
}

function dict_iter_m(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 0)) return 0;
  return dict_iter(d);
}

function dict_repr_m(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadWrapper(nargs, kwnames, 0)) return 0;
  return dict_repr(d);
}

function dict_init_m(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (dict_init(d, args, nargs, kwnames) < 0) return 0;
  return newref(Py_None);
}

export function dictTypeInit(): void {
  dictType = typeNewBuiltin('dict', objectType, DICT_OBJ_SIZE, TPFLAGS_HAVE_GC | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING | TPFLAGS_MATCH_SELF, TK_DICT);
  typeSetSlot(dictType, SLOT_DEALLOC, dict_dealloc.index);
  typeSetSlot(dictType, SLOT_TRAVERSE, dict_traverse.index);
  typeSetSlot(dictType, SLOT_CLEAR, dict_clear_slot.index);
  typeSetSlot(dictType, SLOT_REPR, dict_repr.index);
  typeSetSlot(dictType, SLOT_HASH, objHashUnhashable.index);
  typeSetSlot(dictType, SLOT_RICHCOMPARE, dict_richcompare.index);
  typeSetSlot(dictType, SLOT_ITER, dict_iter.index);
  typeSetSlot(dictType, SLOT_LEN, dict_len.index);
  typeSetSlot(dictType, SLOT_GETITEM, dict_getitem.index);
  typeSetSlot(dictType, SLOT_SETITEM, dict_setitem.index);
  typeSetSlot(dictType, SLOT_CONTAINS, dict_contains.index);
  typeSetSlot(dictType, SLOT_NEW, dict_new.index);
  typeSetSlot(dictType, SLOT_INIT, dict_init.index);
  typeSetSlot(dictType, SLOT_NB_BINARY + <i32>NB_OR, dict_or.index);
  typeSetSlot(dictType, SLOT_NB_BINARY + <i32>NB_INPLACE_OR, dict_ior.index);
  typeAddMethod(dictType, 'keys', dict_keys.index);
  typeAddMethod(dictType, 'values', dict_values.index);
  typeAddMethod(dictType, 'items', dict_items.index);
  typeAddMethod(dictType, 'get', dict_get.index);
  typeAddMethod(dictType, 'setdefault', dict_setdefault.index);
  typeAddMethod(dictType, 'pop', dict_pop.index);
  typeAddMethod(dictType, 'popitem', dict_popitem.index);
  typeAddMethod(dictType, 'update', dict_update.index);
  typeAddMethod(dictType, 'copy', dict_copy.index);
  typeAddMethod(dictType, 'clear', dict_clear.index);
  typeAddClassMethod(dictType, 'fromkeys', dict_fromkeys.index);
  typeAddMethod(dictType, '__contains__', dict_contains_method.index);
  typeAddMethod(dictType, '__getitem__', dict_getitem_method.index);
  typeAddMethod(dictType, '__setitem__', dict_setitem_m.index);
  typeAddMethod(dictType, '__delitem__', dict_delitem_m.index);
  typeAddMethod(dictType, '__len__', dict_len_m.index);
  typeAddMethod(dictType, '__iter__', dict_iter_m.index);
  typeAddMethod(dictType, '__repr__', dict_repr_m.index);
  typeAddMethod(dictType, '__init__', dict_init_m.index);
  typeAddMethod(dictType, '__reversed__', dict_reversed.index);
  dictViewsTypeInit();
}
