// === set and frozenset: CPython 3.11's open-addressing hash table (Objects/setobject.c) ===
//
//   set / frozenset object (GC prefix in front), 168 bytes
//   +0 ------+4 -----+8 -------+12 ------+16 ------+20 --------+24 ----------+32 --------+36 ------+
//   | refcnt | type  | fill u32 | used u32 | mask u32 | table Ptr | hash i64    | finger u32 | weak  |
//   +--------+-------+----------+----------+----------+-----------+-------------+------------+-------+
//   (weak: the head of the weak references to the set, object/weakref.ts; not a reference)
//   +40 ------------------------------------------------------------------------------------+168
//   | smalltable: 8 entries (the table of every set until it outgrows them)                  |
//   +----------------------------------------------------------------------------------------+
//   table -> this object's smalltable (mask 7), or a heap block of mask + 1 entries (a power of 2)
//
//   entry (16 bytes)    +0 hash i64 | +8 key Ptr | +12 pad
//     unused:  hash 0,  key 0        (a probe chain ends here)
//     dummy:   hash -1, key 0        (a deleted entry: probing goes on past it)
//     active:  key != 0, hash = the key's hash (never -1)
//
// The table is probed as CPython 3.11 does: from slot hash & mask, LINEAR_PROBES more slots in a
// row (when they fit before the end), then the perturbation step i = 5i + 1 + perturb with
// perturb >>= 5. Iteration walks the table in slot order, so with the same hashes (ints, and strs
// under PYTHONHASHSEED=0) and the same growth rule a set prints in CPython's order.
//
// Invariants:
// - used = active entries; fill = active + dummy; fill < mask + 1 always (a lookup needs an
//   unused slot to stop): an insertion into an unused slot resizes once fill*5 >= mask*3.
// - Every active entry owns one reference to its key; DEALLOC and CLEAR release each exactly once.
// - A lookup that calls __eq__ restarts when the table or the compared entry changed under it.
// - `hash` caches a frozenset's hash (-1 = not computed); a set's stays -1.
// - Only a frozenset nobody else sees yet (being built) is ever mutated.

import { Ptr } from '../common';
import { weakrefClearAll } from './weakref';
import { TP_WEAKLISTOFFSET } from './typelayout';
import { heapAlloc, heapFree } from '../heap/heap';
import { objAlloc, objFree, incref, decref, xdecref, newref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER,
  SLOT_ITERNEXT, SLOT_LEN, SLOT_CONTAINS, SLOT_NEW, SLOT_INIT, TPFLAGS_HAVE_GC, TP_BASICSIZE,
  typeSetSlot, TPFLAGS_MATCH_SELF,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, isSubtype, typeName, TK_OTHER } from './type';
import {
  excSetString, excFormat, excNoMemory, excOccurred, excMatches, excClear, excTypeError,
  excRuntimeError, excKeyError,
} from '../vm/exc';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { strType, strEq } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import {
  objRepr, objHash, objRichCompareBool, objGetIter, objIterNext, objHashUnhashable,
} from './abstract';
import { tupleSize } from './tuple';
import { intFromI64 } from './int';
import { reprEnter, reprLeave } from './list';
import { iterReturnSelf } from './iter';
import { dictType, dictSize, dictTable, tableNentries, tableEntry, EN_KEY, EN_HASH } from './dict';
import { setMethodsInit } from './setmethods';

@inline const SO_FILL: usize = 8;
@inline const SO_USED: usize = 12;
@inline const SO_MASK: usize = 16;
@inline const SO_TABLE: usize = 20;
@inline const SO_HASH: usize = 24;
@inline const SO_FINGER: usize = 32;
@inline const SO_WEAKLIST: usize = 36;
@inline const SO_SMALL: usize = 40;

// CPython 3.11 semantics: do not tune (they decide iteration order).
@inline const MINSIZE: u32 = 8;
@inline const LINEAR_PROBES: u32 = 9;
@inline const PERTURB_SHIFT: u64 = 5;

@inline const ENTRY_SHIFT: usize = 4;
@inline const SMALL_BYTES: usize = <usize>MINSIZE << ENTRY_SHIFT;
@inline const SET_OBJ_SIZE: u32 = <u32>(SO_SMALL + SMALL_BYTES);
@inline const ENT_HASH: usize = 0;
@inline const ENT_KEY: usize = 8;
/** A dummy's hash (its key is 0). */
@inline const DUMMY_HASH: i64 = -1;

@inline const CMP_LT: i32 = 0;
@inline const CMP_LE: i32 = 1;
@inline const CMP_EQ: i32 = 2;
@inline const CMP_NE: i32 = 3;
@inline const CMP_GT: i32 = 4;
@inline const CMP_GE: i32 = 5;

/** set_discard_entry results. */
@inline export const DISCARD_NOTFOUND: i32 = 0;
@inline export const DISCARD_FOUND: i32 = 1;

export let setType: Ptr = 0;
export let frozensetType: Ptr = 0;
export let setIterType: Ptr = 0;

// ---- accessors ----

@inline export function setSize(so: Ptr): i32 { return load<i32>(so, SO_USED); }
@inline export function setFill(so: Ptr): u32 { return load<u32>(so, SO_FILL); }
@inline export function setMask(so: Ptr): u32 { return load<u32>(so, SO_MASK); }
@inline export function setTable(so: Ptr): usize { return load<Ptr>(so, SO_TABLE); }
@inline export function entryAt(table: usize, i: usize): usize { return table + (i << ENTRY_SHIFT); }
@inline export function entryKey(e: usize): Ptr { return load<Ptr>(e, ENT_KEY); }
@inline export function entryHash(e: usize): i64 { return load<i64>(e, ENT_HASH); }
@inline function smallTable(so: Ptr): usize { return so + SO_SMALL; }

/** set or a subclass of it (PySet_Check). */
@inline export function setCheck(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == setType || isSubtype(t, setType);
}

/** frozenset or a subclass of it. */
@inline export function frozensetCheck(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == frozensetType || isSubtype(t, frozensetType);
}

/** Any set or frozenset, subclasses included (PyAnySet_Check). */
export function anySetCheck(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  if (t == setType || t == frozensetType) return true;
  return isSubtype(t, setType) || isSubtype(t, frozensetType);
}

/** Exactly set or frozenset (PyAnySet_CheckExact). */
@inline export function anySetCheckExact(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == setType || t == frozensetType;
}

// ---- the table: probing (set_lookkey, set_add_entry, set_insert_clean) ----

/**
 * The entry holding key (active) or the unused entry where the search stopped (key 0); 0 with an
 * exception set when an __eq__ failed.
 */
export function setLookkey(so: Ptr, key: Ptr, hash: i64): usize {
  while (true) {
    const table = setTable(so);
    let mask = <usize>setMask(so);
    let i = <usize>hash & mask;
    let perturb = <u64>hash;
    let restart = false;
    while (!restart) {
      let e = entryAt(table, i);
      let probes: i32 = i + LINEAR_PROBES <= mask ? <i32>LINEAR_PROBES : 0;
      do {
        const ek = entryKey(e);
        const eh = entryHash(e);
        if (eh == 0 && ek == 0) return e;
        if (eh == hash) {
          if (ek == key) return e;
          if (load<Ptr>(ek, OB_TYPE) == strType && load<Ptr>(key, OB_TYPE) == strType) {
            if (strEq(ek, key)) return e;
          } else {
            incref(ek);
            const cmp = objRichCompareBool(ek, key, CMP_EQ);
            decref(ek);
            if (cmp < 0) return 0;
            if (setTable(so) != table || entryKey(e) != ek) { restart = true; break; }
            if (cmp > 0) return e;
            mask = <usize>setMask(so);
          }
        }
        e += 1 << ENTRY_SHIFT;
      } while (probes-- > 0);
      if (restart) break;
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + <usize>perturb) & mask;
    }
  }
  return 0;
}

/**
 * Adds key (borrowed; the set takes its own reference) with its known hash. 0, or -1 with an
 * exception set (an __eq__ failed, or MemoryError growing the table).
 */
export function setAddEntry(so: Ptr, key: Ptr, hash: i64): i32 {
  // Own the key before any __eq__ runs: the comparison could drop the caller's reference.
  incref(key);
  while (true) {
    const table = setTable(so);
    let mask = <usize>setMask(so);
    let i = <usize>hash & mask;
    let perturb = <u64>hash;
    let freeslot: usize = 0;
    let restart = false;
    while (!restart) {
      let e = entryAt(table, i);
      let probes: i32 = i + LINEAR_PROBES <= mask ? <i32>LINEAR_PROBES : 0;
      do {
        const ek = entryKey(e);
        const eh = entryHash(e);
        if (eh == 0 && ek == 0) {
          if (freeslot != 0) {
            // reuse the dummy: fill stays, no resize
            store<i64>(freeslot, hash, ENT_HASH);
            store<Ptr>(freeslot, key, ENT_KEY);
            store<u32>(so, load<u32>(so, SO_USED) + 1, SO_USED);
            return 0;
          }
          store<i64>(e, hash, ENT_HASH);
          store<Ptr>(e, key, ENT_KEY);
          const fill = load<u32>(so, SO_FILL) + 1;
          const used = load<u32>(so, SO_USED) + 1;
          store<u32>(so, fill, SO_FILL);
          store<u32>(so, used, SO_USED);
          if (<u64>fill * 5 < <u64>mask * 3) return 0;
          return setTableResize(so, used > 50000 ? <u64>used * 2 : <u64>used * 4);
        }
        if (eh == hash) {
          if (ek == key) { decref(key); return 0; }
          if (load<Ptr>(ek, OB_TYPE) == strType && load<Ptr>(key, OB_TYPE) == strType) {
            if (strEq(ek, key)) { decref(key); return 0; }
          } else {
            incref(ek);
            const cmp = objRichCompareBool(ek, key, CMP_EQ);
            decref(ek);
            if (cmp > 0) { decref(key); return 0; }
            if (cmp < 0) { decref(key); return -1; }
            if (setTable(so) != table || entryKey(e) != ek) { restart = true; break; }
            mask = <usize>setMask(so);
          }
        } else if (eh == DUMMY_HASH && ek == 0) {
          // CPython keeps the last dummy seen on the chain
          freeslot = e;
        }
        e += 1 << ENTRY_SHIFT;
      } while (probes-- > 0);
      if (restart) break;
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + <usize>perturb) & mask;
    }
  }
  return 0;
}

/** Puts key (a reference the caller hands over) into a table known to hold no dummies and not
 *  that key; no comparisons run (set_insert_clean). fill/used are the caller's business. */
function setInsertClean(table: usize, mask: usize, key: Ptr, hash: i64): void {
  let i = <usize>hash & mask;
  let perturb = <u64>hash;
  while (true) {
    let e = entryAt(table, i);
    if (entryKey(e) == 0) { store<i64>(e, hash, ENT_HASH); store<Ptr>(e, key, ENT_KEY); return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j: u32 = 0; j < LINEAR_PROBES; j++) {
        e += 1 << ENTRY_SHIFT;
        if (entryKey(e) == 0) { store<i64>(e, hash, ENT_HASH); store<Ptr>(e, key, ENT_KEY); return; }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + <usize>perturb) & mask;
  }
}

/**
 * Rebuilds the table with the smallest power-of-two size > minused (at least MINSIZE), dropping
 * dummies; refcount-neutral. 0, or -1 with MemoryError set (the set is then unchanged).
 */
export function setTableResize(so: Ptr, minused: u64): i32 {
  let newsize: u64 = MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  if (newsize > (<u64>1 << 27)) { excNoMemory(); return -1; }
  let oldtable = setTable(so);
  const oldmask = <usize>setMask(so);
  const small = smallTable(so);
  const oldMalloced = oldtable != small;
  let scratch: usize = 0;
  let newtable: usize;
  if (newsize == MINSIZE) {
    newtable = small;
    if (oldtable == small) {
      if (load<u32>(so, SO_FILL) == load<u32>(so, SO_USED)) return 0; // no dummies to purge
      // rebuilding the small table in place: read the old entries from a copy
      scratch = heapAlloc(SMALL_BYTES);
      if (scratch == 0) { excNoMemory(); return -1; }
      memory.copy(scratch, small, SMALL_BYTES);
      oldtable = scratch;
    }
  } else {
    newtable = heapAlloc(<usize>newsize << ENTRY_SHIFT);
    if (newtable == 0) { excNoMemory(); return -1; }
  }
  memory.fill(newtable, 0, <usize>newsize << ENTRY_SHIFT);
  const newmask = <usize>newsize - 1;
  store<u32>(so, <u32>newmask, SO_MASK);
  store<Ptr>(so, newtable, SO_TABLE);
  store<u32>(so, load<u32>(so, SO_USED), SO_FILL);
  for (let i: usize = 0; i <= oldmask; i++) {
    const e = entryAt(oldtable, i);
    const k = entryKey(e);
    if (k != 0) setInsertClean(newtable, newmask, k, entryHash(e));
  }
  if (oldMalloced) heapFree(oldtable);
  if (scratch) heapFree(scratch);
  return 0;
}

/** Removes key if present: DISCARD_FOUND, DISCARD_NOTFOUND, or -1 with an exception set. */
export function setDiscardEntry(so: Ptr, key: Ptr, hash: i64): i32 {
  const e = setLookkey(so, key, hash);
  if (e == 0) return -1;
  const old = entryKey(e);
  if (old == 0) return DISCARD_NOTFOUND;
  store<Ptr>(e, 0, ENT_KEY);
  store<i64>(e, DUMMY_HASH, ENT_HASH);
  store<u32>(so, load<u32>(so, SO_USED) - 1, SO_USED);
  decref(old);
  return DISCARD_FOUND;
}

/** 1 if key (with this hash) is in so, 0 if not, -1 on error. */
export function setContainsEntry(so: Ptr, key: Ptr, hash: i64): i32 {
  const e = setLookkey(so, key, hash);
  if (e == 0) return -1;
  return entryKey(e) != 0 ? 1 : 0;
}

/** so.add(key): 0, or -1 (unhashable key, __eq__ error, MemoryError). */
export function setAddKey(so: Ptr, key: Ptr): i32 {
  const hash = objHash(key);
  if (hash == -1) return -1;
  return setAddEntry(so, key, hash);
}

export function setContainsKey(so: Ptr, key: Ptr): i32 {
  const hash = objHash(key);
  if (hash == -1) return -1;
  return setContainsEntry(so, key, hash);
}

export function setDiscardKey(so: Ptr, key: Ptr): i32 {
  const hash = objHash(key);
  if (hash == -1) return -1;
  return setDiscardEntry(so, key, hash);
}

/**
 * The hash to look key up with when key may be a set: its own hash, or, for an (unhashable) set,
 * the hash of the equal frozenset, as CPython's contains/remove/discard do. -1 with an exception.
 */
export function setKeyHashForLookup(key: Ptr): i64 {
  const hash = objHash(key);
  if (hash != -1 || !setCheck(key) || !excMatches(excTypeError)) return hash;
  excClear();
  return frozensetHashCompute(key);
}

/** Empties the table (CPython's set_empty_to_minsize); references are the caller's business. */
function setEmptyToMinsize(so: Ptr): void {
  memory.fill(smallTable(so), 0, SMALL_BYTES);
  store<u32>(so, 0, SO_FILL);
  store<u32>(so, 0, SO_USED);
  store<u32>(so, MINSIZE - 1, SO_MASK);
  store<Ptr>(so, smallTable(so), SO_TABLE);
  store<i64>(so, -1, SO_HASH);
}

/**
 * Removes every item. The set is made empty before any key is released, because a release can
 * run code that looks at the set (CPython's set_clear_internal).
 */
export function setClearInternal(so: Ptr): void {
  let table = setTable(so);
  const mask = <usize>setMask(so);
  const used = load<u32>(so, SO_USED);
  const malloced = table != smallTable(so);
  if (!malloced) {
    if (load<u32>(so, SO_FILL) == 0) return; // a small table that is already empty
    const copy = heapAlloc(SMALL_BYTES);
    if (copy == 0) {
      // No room for the copy: empty the entries one by one instead (releases still see a
      // consistent, shrinking set).
      store<u32>(so, 0, SO_FILL);
      store<u32>(so, 0, SO_USED);
      store<i64>(so, -1, SO_HASH);
      for (let i: usize = 0; i <= mask; i++) {
        const e = entryAt(table, i);
        const k = entryKey(e);
        store<i64>(e, 0, ENT_HASH);
        store<Ptr>(e, 0, ENT_KEY);
        if (k) decref(k);
      }
      return;
    }
    memory.copy(copy, table, SMALL_BYTES);
    table = copy;
  }
  setEmptyToMinsize(so);
  entriesRelease(table, used);
  heapFree(table);
}

/** Releases the keys of the first `used` active entries of a detached table (each exactly once). */
function entriesRelease(table: usize, used: u32): void {
  for (let i: usize = 0; used > 0; i++) {
    const k = entryKey(entryAt(table, i));
    if (k != 0) { used--; decref(k); }
  }
}

/**
 * Iteration for C code (CPython's set_next): the slot number of the first active entry at or
 * after slot i, or -1. Loop with `for (let i = setNextFrom(so, 0); i >= 0; i = setNextFrom(so, i + 1))`
 * and read the entry with setEntry(so, i); re-read it after anything that can run Python code.
 */
export function setNextFrom(so: Ptr, i: i32): i32 {
  const mask = <i32>setMask(so);
  const table = setTable(so);
  while (i <= mask && entryKey(entryAt(table, <usize>i)) == 0) i++;
  return i > mask ? -1 : i;
}

@inline export function setEntry(so: Ptr, i: i32): usize { return entryAt(setTable(so), <usize>i); }

/**
 * Removes and returns an item (set.pop()): the first active entry from the `finger` on, so that
 * repeated pops walk the table instead of rescanning its start. KeyError when empty.
 */
export function setPop(so: Ptr): Ptr {
  if (setSize(so) == 0) return excSetString(excKeyError, 'pop from an empty set');
  const table = setTable(so);
  const mask = <usize>setMask(so);
  let i = <usize>load<u32>(so, SO_FINGER) & mask;
  while (entryKey(entryAt(table, i)) == 0) i = (i + 1) & mask;
  const e = entryAt(table, i);
  const key = entryKey(e);
  store<Ptr>(e, 0, ENT_KEY);
  store<i64>(e, DUMMY_HASH, ENT_HASH);
  store<u32>(so, load<u32>(so, SO_USED) - 1, SO_USED);
  store<u32>(so, <u32>(i + 1), SO_FINGER);
  return key; // the set's reference goes to the caller
}

// ---- bulk updates ----

/** Adds every item of the set or frozenset `other` (set_merge). 0, or -1 with an exception set. */
export function setMerge(so: Ptr, other: Ptr): i32 {
  const ou = load<u32>(other, SO_USED);
  if (other == so || ou == 0) return 0;
  // One big resize up front rather than several while inserting (expect few overlaps).
  if ((<u64>load<u32>(so, SO_FILL) + ou) * 5 >= <u64>setMask(so) * 3) {
    if (setTableResize(so, (<u64>load<u32>(so, SO_USED) + ou) * 2) < 0) return -1;
  }
  const otable = setTable(other);
  const omask = <usize>setMask(other);
  if (load<u32>(so, SO_FILL) == 0) {
    const table = setTable(so);
    const mask = <usize>setMask(so);
    if (mask == omask && load<u32>(other, SO_FILL) == ou) {
      // same size, no dummies: the entries go to the same slots
      for (let i: usize = 0; i <= omask; i++) {
        const oe = entryAt(otable, i);
        const k = entryKey(oe);
        if (k == 0) continue;
        const e = entryAt(table, i);
        store<i64>(e, entryHash(oe), ENT_HASH);
        store<Ptr>(e, newref(k), ENT_KEY);
      }
    } else {
      for (let i: usize = 0; i <= omask; i++) {
        const oe = entryAt(otable, i);
        const k = entryKey(oe);
        if (k != 0) setInsertClean(table, mask, newref(k), entryHash(oe));
      }
    }
    store<u32>(so, ou, SO_FILL);
    store<u32>(so, ou, SO_USED);
    return 0;
  }
  // Duplicates possible: normal insertions. `other` is re-read each step (an __eq__ may change it).
  for (let i: usize = 0; i <= <usize>setMask(other); i++) {
    const oe = entryAt(setTable(other), i);
    const k = entryKey(oe);
    if (k == 0) continue;
    if (setAddEntry(so, k, entryHash(oe)) < 0) return -1;
  }
  return 0;
}

/** Adds the keys of the exact dict d, with their stored hashes (set_update_dict). */
function setUpdateDict(so: Ptr, d: Ptr): i32 {
  const n = <u32>dictSize(d);
  if ((<u64>load<u32>(so, SO_FILL) + n) * 5 >= <u64>setMask(so) * 3) {
    if (setTableResize(so, (<u64>load<u32>(so, SO_USED) + n) * 2) < 0) return -1;
  }
  for (let i: u32 = 0; i < tableNentries(dictTable(d)); i++) {
    const e = tableEntry(dictTable(d), i);
    const k = load<Ptr>(e, EN_KEY);
    if (k == 0) continue;
    if (setAddEntry(so, k, load<i64>(e, EN_HASH)) < 0) return -1;
  }
  return 0;
}

/** Adds every item an iterator over `other` yields. */
function setUpdateIterable(so: Ptr, other: Ptr): i32 {
  const it = objGetIter(other);
  if (it == 0) return -1;
  while (true) {
    const key = objIterNext(it);
    if (key == 0) break;
    const r = setAddKey(so, key);
    decref(key);
    if (r < 0) { decref(it); return -1; }
  }
  decref(it);
  return excOccurred() ? -1 : 0;
}

/** so.update(other) for one iterable (set_update_internal). 0, or -1 with an exception set. */
export function setUpdateInternal(so: Ptr, other: Ptr): i32 {
  if (anySetCheck(other)) return setMerge(so, other);
  if (load<Ptr>(other, OB_TYPE) == dictType) return setUpdateDict(so, other);
  return setUpdateIterable(so, other);
}

// ---- construction ----

/** A new set of `type` (set, frozenset or a subclass), filled from iterable unless it is 0
 *  (make_new_set). */
export function setNewOfType(type: Ptr, iterable: Ptr): Ptr {
  const so = objAlloc(type, load<u32>(type, TP_BASICSIZE));
  if (so == 0) return excNoMemory();
  store<u32>(so, MINSIZE - 1, SO_MASK);
  store<Ptr>(so, smallTable(so), SO_TABLE);
  store<i64>(so, -1, SO_HASH);
  if (iterable != 0 && setUpdateInternal(so, iterable) < 0) {
    decref(so);
    return 0;
  }
  return so;
}

/** Like setNewOfType, but a subclass makes a plain set or frozenset (make_new_set_basetype):
 *  what operations on subclass instances return. */
export function setNewBasetype(type: Ptr, iterable: Ptr): Ptr {
  if (type != setType && type != frozensetType) type = isSubtype(type, setType) ? setType : frozensetType;
  return setNewOfType(type, iterable);
}

/** set(iterable) (iterable 0: set()). New reference, 0 with an exception set. */
export function setNew(iterable: Ptr): Ptr { return setNewOfType(setType, iterable); }

/** BUILD_SET: a set of the n values at items (stolen: each is released, whatever happens),
 *  added in order. 0 with an exception set. */
export function setBuildFromArray(items: usize, n: i32): Ptr {
  let so = setNew(0);
  for (let i: i32 = 0; i < n; i++) {
    const v = load<Ptr>(items + (<usize>i << 2));
    if (so != 0 && setAddKey(so, v) < 0) { decref(so); so = 0; }
    decref(v);
  }
  return so;
}

/**
 * A frozenset constant as CPython 3.11 makes it: the compiler builds a frozenset from the items
 * in source order, then merge_consts_recursive() rebuilds it by adding the items again in that
 * first frozenset's iteration order. The second build can lay the table out differently (a
 * different insertion order resolves collisions differently), and its layout is the iteration
 * order programs see. `first` (stolen) is the source-order build; returns the rebuilt one.
 */
export function frozensetConstRebuild(first: Ptr): Ptr {
  const so = frozensetNew(0);
  if (so == 0) { decref(first); return 0; }
  for (let i = setNextFrom(first, 0); i >= 0; i = setNextFrom(first, i + 1)) {
    const e = setEntry(first, i);
    if (setAddEntry(so, entryKey(e), entryHash(e)) < 0) { decref(first); decref(so); return 0; }
  }
  decref(first);
  return so;
}

/** frozenset(iterable) (iterable 0: frozenset()). */
export function frozensetNew(iterable: Ptr): Ptr { return setNewOfType(frozensetType, iterable); }

/** Switches the contents of two sets (set_swap_bodies): for updates computed out of place. */
export function setSwapBodies(a: Ptr, b: Ptr): void {
  let t = load<u32>(a, SO_FILL); store<u32>(a, load<u32>(b, SO_FILL), SO_FILL); store<u32>(b, t, SO_FILL);
  t = load<u32>(a, SO_USED); store<u32>(a, load<u32>(b, SO_USED), SO_USED); store<u32>(b, t, SO_USED);
  t = load<u32>(a, SO_MASK); store<u32>(a, load<u32>(b, SO_MASK), SO_MASK); store<u32>(b, t, SO_MASK);
  const ta = setTable(a), tb = setTable(b);
  const aSmall = ta == smallTable(a), bSmall = tb == smallTable(b);
  store<Ptr>(a, bSmall ? smallTable(a) : tb, SO_TABLE);
  store<Ptr>(b, aSmall ? smallTable(b) : ta, SO_TABLE);
  if (aSmall || bSmall) {
    const sa = smallTable(a), sb = smallTable(b);
    for (let off: usize = 0; off < SMALL_BYTES; off += 8) {
      const x = load<u64>(sa + off);
      store<u64>(sa + off, load<u64>(sb + off));
      store<u64>(sb + off, x);
    }
  }
  if (frozensetCheck(a) && frozensetCheck(b)) {
    const h = load<i64>(a, SO_HASH);
    store<i64>(a, load<i64>(b, SO_HASH), SO_HASH);
    store<i64>(b, h, SO_HASH);
  } else {
    store<i64>(a, -1, SO_HASH);
    store<i64>(b, -1, SO_HASH);
  }
}

// ---- hash ----

/** Spreads the bits of nearby hashes (CPython's _shuffle_bits). */
@inline function shuffleBits(h: u64): u64 {
  return ((h ^ 89869747) ^ (h << 16)) * 3644798167;
}

/**
 * The hash of the frozenset equal to so (CPython 3.11's frozenset_hash, bit for bit): an xor of
 * every slot's shuffled hash, unused (0) and dummy (-1) slots cancelled out afterwards.
 */
export function frozensetHashCompute(so: Ptr): i64 {
  const mask = <usize>setMask(so);
  const table = setTable(so);
  const fill = <u64>load<u32>(so, SO_FILL);
  const used = <u64>load<u32>(so, SO_USED);
  let h: u64 = 0;
  for (let i: usize = 0; i <= mask; i++) h ^= shuffleBits(<u64>entryHash(entryAt(table, i)));
  if ((<u64>mask + 1 - fill) & 1) h ^= shuffleBits(0);
  if ((fill - used) & 1) h ^= shuffleBits(<u64>DUMMY_HASH);
  h ^= (used + 1) * 1927868237;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069 + 907133923;
  if (h == <u64>-1) h = 590923713;
  return <i64>h;
}

function frozenset_hash(so: Ptr): i64 {
  let h = load<i64>(so, SO_HASH);
  if (h != -1) return h;
  h = frozensetHashCompute(so);
  store<i64>(so, h, SO_HASH);
  return h;
}

// ---- slots ----

function set_dealloc(so: Ptr): void {
  if (load<Ptr>(so, SO_WEAKLIST)) weakrefClearAll(so);
  const table = setTable(so);
  entriesRelease(table, load<u32>(so, SO_USED));
  if (table != smallTable(so)) heapFree(table);
  objFree(so);
}

function set_traverse(so: Ptr, visit: u32, arg: Ptr): i32 {
  const table = setTable(so);
  const mask = <usize>setMask(so);
  for (let i: usize = 0; i <= mask; i++) {
    const k = entryKey(entryAt(table, i));
    if (k == 0) continue;
    const r = call_indirect<i32>(visit, k, arg);
    if (r) return r;
  }
  return 0;
}

function set_clear_slot(so: Ptr): void {
  setClearInternal(so);
}

/** {1, 2}, set(), frozenset({1}), frozenset(); a subclass: Name({1}) / Name(). */
function set_repr(so: Ptr): Ptr {
  const type = load<Ptr>(so, OB_TYPE);
  const rec = reprEnter(so);
  if (rec != 0) {
    if (rec < 0) return 0;
    return typeNameWith(type, true);
  }
  if (setSize(so) == 0) {
    reprLeave(so);
    return typeNameWith(type, false);
  }
  // The keys are taken out first: a key's repr may change the set.
  const n = setSize(so);
  const keys = heapAlloc(<usize>n << 2);
  if (keys == 0) { reprLeave(so); return excNoMemory(); }
  let slot = setNextFrom(so, 0);
  for (let j: i32 = 0; j < n; j++) {
    store<Ptr>(keys + (<usize>j << 2), newref(entryKey(setEntry(so, slot))));
    slot = setNextFrom(so, slot + 1);
  }
  let sb = sbNew();
  const exact = type == setType;
  if (sb != 0) {
    if (!exact) { sbAppendStr(sb, typeName(type)); sbAppendLiteral(sb, '('); }
    sbAppendLiteral(sb, '{');
  }
  for (let j: i32 = 0; j < n && sb != 0; j++) {
    const r = objRepr(load<Ptr>(keys + (<usize>j << 2)));
    if (r == 0) { sbFree(sb); sb = 0; break; }
    if (j > 0) sbAppendLiteral(sb, ', ');
    sbAppendStr(sb, r);
    decref(r);
  }
  for (let j: i32 = 0; j < n; j++) decref(load<Ptr>(keys + (<usize>j << 2)));
  heapFree(keys);
  reprLeave(so);
  if (sb == 0) return 0;
  sbAppendLiteral(sb, '}');
  if (!exact) sbAppendLiteral(sb, ')');
  return sbFinish(sb);
}

/** `Name(...)` (a set met again inside its own repr) or `Name()` (an empty one). */
function typeNameWith(type: Ptr, recursive: bool): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  sbAppendStr(sb, typeName(type));
  if (recursive) sbAppendLiteral(sb, '(...)');
  else sbAppendLiteral(sb, '()');
  return sbFinish(sb);
}

function set_len(so: Ptr): i64 {
  return setSize(so);
}

/** `key in so`; a set key is looked up as the equal frozenset. */
export function set_contains(so: Ptr, key: Ptr): i32 {
  const hash = setKeyHashForLookup(key);
  if (hash == -1) return -1;
  return setContainsEntry(so, key, hash);
}

/** Is every item of a in b (both any sets)? 1, 0, -1. */
export function setIsSubsetOfSet(a: Ptr, b: Ptr): i32 {
  if (setSize(a) > setSize(b)) return 0;
  for (let i = setNextFrom(a, 0); i >= 0; i = setNextFrom(a, i + 1)) {
    const e = setEntry(a, i);
    const k = newref(entryKey(e));
    const r = setContainsEntry(b, k, entryHash(e));
    decref(k);
    if (r <= 0) return r;
  }
  return 1;
}

/** Set comparisons are subset tests; only with another set or frozenset. */
function set_richcompare(v: Ptr, w: Ptr, op: i32): Ptr {
  if (!anySetCheck(w)) return newref(Py_NotImplemented);
  let r: i32 = 0;
  const lv = setSize(v), lw = setSize(w);
  switch (op) {
    case CMP_EQ: case CMP_NE: {
      const hv = load<i64>(v, SO_HASH), hw = load<i64>(w, SO_HASH);
      if (lv != lw || (hv != -1 && hw != -1 && hv != hw)) r = 0;
      else r = setIsSubsetOfSet(v, w);
      if (r >= 0 && op == CMP_NE) r = r ? 0 : 1;
      break;
    }
    case CMP_LE: r = setIsSubsetOfSet(v, w); break;
    case CMP_GE: r = setIsSubsetOfSet(w, v); break;
    case CMP_LT: r = lv >= lw ? 0 : setIsSubsetOfSet(v, w); break;
    case CMP_GT: r = lv <= lw ? 0 : setIsSubsetOfSet(w, v); break;
    default: return newref(Py_NotImplemented);
  }
  if (r < 0) return 0;
  return boolFrom(r != 0);
}

// ---- set() and frozenset() ----

function set_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return setNewOfType(type, 0);
}

/** set.__init__(self, iterable=(), /): empties self, then adds the iterable's items. */
function set_init(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  if (nkw != 0) { excSetString(excTypeError, 'set() takes no keyword arguments'); return -1; }
  if (nargs > 1) { raiseAtMostOne(load<Ptr>(so, OB_TYPE), nargs); return -1; }
  if (load<u32>(so, SO_FILL) != 0) setClearInternal(so);
  store<i64>(so, -1, SO_HASH);
  if (nargs == 0) return 0;
  return setUpdateInternal(so, load<Ptr>(args));
}

/** "<type> expected at most 1 argument, got N" (PyArg_UnpackTuple's wording). */
function raiseAtMostOne(type: Ptr, nargs: i32): void {
  const n = intFromI64(nargs);
  if (n == 0) return;
  excFormat(excTypeError, '%N expected at most 1 argument, got %D', type, n);
  decref(n);
}

/** frozenset(iterable=(), /): frozenset(f) of an exact frozenset is f itself. */
function frozenset_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  if (nkw != 0 && type == frozensetType) return excFormat(excTypeError, 'frozenset() takes no keyword arguments');
  if (nargs - nkw > 1) { raiseAtMostOne(type, nargs - nkw); return 0; }
  const iterable = nargs - nkw == 1 ? load<Ptr>(args) : 0;
  if (type == frozensetType && iterable != 0 && load<Ptr>(iterable, OB_TYPE) == frozensetType) return newref(iterable);
  return setNewOfType(type, iterable);
}

// ---- the iterator ----
//
//   +0 refcnt | +4 type | +8 set Ptr (0 once exhausted) | +12 used i32 | +16 pos i32 | +20 len i32
//
// `used` is the set's size when iteration began; a different size raises "Set changed size
// during iteration" (sticky: used becomes -1).

@inline const SI_SET: usize = 8;
@inline const SI_USED: usize = 12;
@inline const SI_POS: usize = 16;
@inline const SI_LEN: usize = 20;
@inline const SI_SIZE: u32 = 24;

export function set_iter(so: Ptr): Ptr {
  const it = objAlloc(setIterType, SI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(so), SI_SET);
  store<i32>(it, setSize(so), SI_USED);
  store<i32>(it, setSize(so), SI_LEN);
  return it;
}

function setiter_next(it: Ptr): Ptr {
  const so = load<Ptr>(it, SI_SET);
  if (so == 0) return 0;
  if (load<i32>(it, SI_USED) != setSize(so)) {
    excSetString(excRuntimeError, 'Set changed size during iteration');
    store<i32>(it, -1, SI_USED);
    return 0;
  }
  const i = setNextFrom(so, load<i32>(it, SI_POS));
  if (i < 0) {
    store<Ptr>(it, 0, SI_SET);
    decref(so);
    return 0;
  }
  store<i32>(it, i + 1, SI_POS);
  store<i32>(it, load<i32>(it, SI_LEN) - 1, SI_LEN);
  return newref(entryKey(setEntry(so, i)));
}

function setiter_dealloc(it: Ptr): void {
  xdecref(load<Ptr>(it, SI_SET));
  objFree(it);
}

function setiter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const so = load<Ptr>(it, SI_SET);
  return so ? call_indirect<i32>(visit, so, arg) : 0;
}

/** it.__length_hint__() */
function setiter_length_hint(it: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const so = load<Ptr>(it, SI_SET);
  return intFromI64(so != 0 && load<i32>(it, SI_USED) == setSize(so) ? load<i32>(it, SI_LEN) : 0);
}

// ---- types ----

function setTypeSlots(t: Ptr): void {
  typeSetSlot(t, SLOT_DEALLOC, set_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, set_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, set_clear_slot.index);
  typeSetSlot(t, SLOT_REPR, set_repr.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, set_richcompare.index);
  typeSetSlot(t, SLOT_ITER, set_iter.index);
  typeSetSlot(t, SLOT_LEN, set_len.index);
  typeSetSlot(t, SLOT_CONTAINS, set_contains.index);
}

/** Makes set, frozenset and set_iterator (after typeBootstrapDone: methods go straight in). */
export function setTypeInit(): void {
  setType = typeNewBuiltin('set', objectType, SET_OBJ_SIZE, TPFLAGS_HAVE_GC | TPFLAGS_MATCH_SELF, TK_OTHER);
  store<i32>(setType, <i32>SO_WEAKLIST, TP_WEAKLISTOFFSET);
  setTypeSlots(setType);
  typeSetSlot(setType, SLOT_HASH, objHashUnhashable.index);
  typeSetSlot(setType, SLOT_NEW, set_new.index);
  typeSetSlot(setType, SLOT_INIT, set_init.index);
  frozensetType = typeNewBuiltin('frozenset', objectType, SET_OBJ_SIZE, TPFLAGS_HAVE_GC | TPFLAGS_MATCH_SELF, TK_OTHER);
  store<i32>(frozensetType, <i32>SO_WEAKLIST, TP_WEAKLISTOFFSET);
  setTypeSlots(frozensetType);
  typeSetSlot(frozensetType, SLOT_HASH, frozenset_hash.index);
  typeSetSlot(frozensetType, SLOT_NEW, frozenset_new.index);
  setIterType = typeNewBuiltin('set_iterator', objectType, SI_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(setIterType, SLOT_DEALLOC, setiter_dealloc.index);
  typeSetSlot(setIterType, SLOT_TRAVERSE, setiter_traverse.index);
  typeSetSlot(setIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(setIterType, SLOT_ITERNEXT, setiter_next.index);
  typeSetFinal(setIterType);
  typeAddMethod(setIterType, '__length_hint__', setiter_length_hint.index);
  setMethodsInit();
}
