// === The methods and operators of set and frozenset (CPython 3.11's setobject.c) ===
//
// set.ts owns the table and the primitives (lookup, add, discard, merge, resize); this file builds
// the Python-visible operations from them, following CPython's algorithms step for step where the
// order in which items are added decides the iteration order of the result (intersection of a set
// and an iterable stops once the result is as big as the set; difference picks its strategy by
// size ratios; symmetric difference starts from a copy of the other operand).
//
// Shared by set and frozenset: results take the left operand's base type (set or frozenset,
// make_new_set_basetype); methods that mutate are only registered on set.

import { Ptr } from '../common';
import { incref, decref, newref, OB_TYPE } from './header';
import { SLOT_NB_BINARY, typeSetSlot } from './typelayout';
import { typeAddMethod } from './type';
import { excFormat, excSetObject, excOccurred, excTypeError, excKeyError, excSetKeyError } from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { strFromLiteral } from './str';
import { objHash, objGetIter, objIterNext, objDictAddr } from './abstract';
import { listFromIterable } from './list';
import { tupleSize, tupleNew, tupleItemsAddr } from './tuple';
import { intFromI64 } from './int';
import { dictType, dictSize, dictTable, tableNentries, tableEntry, dictGetItemHash, EN_KEY, EN_HASH } from './dict';
import {
  setType, frozensetType, setSize, setFill, setMask, setEntry, setNextFrom, entryKey, entryHash,
  anySetCheck, anySetCheckExact, setCheck, setNewBasetype, setNew, setAddEntry, setContainsEntry,
  setContainsKey, setDiscardEntry, setDiscardKey, setClearInternal, setTableResize, setSwapBodies,
  setUpdateInternal, setIsSubsetOfSet, setKeyHashForLookup, set_contains, setPop, DISCARD_NOTFOUND,
} from './set';
import {
  NB_AND, NB_OR, NB_SUBTRACT, NB_XOR, NB_INPLACE_AND, NB_INPLACE_OR, NB_INPLACE_SUBTRACT,
  NB_INPLACE_XOR,
} from '../opcodes.gen';

// ---- argument checks ----

@inline const ARGS_NONE: i32 = 0;   // METH_NOARGS
@inline const ARGS_ONE: i32 = 1;    // METH_O
@inline const ARGS_ANY: i32 = -1;   // METH_VARARGS

/**
 * The method descriptor's argument errors, worded as CPython's with the defining type's name
 * (`set.add() takes exactly one argument (0 given)`, `frozenset.union() takes no keyword
 * arguments`). True when the call is malformed (TypeError set).
 */
function argsBad(so: Ptr, nargs: i32, kwnames: Ptr, want: i32, name: string): bool {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  if (nkw == 0 && (want == ARGS_ANY || nargs == want)) return false;
  const owner = setCheck(so) ? setType : frozensetType;
  const n = strFromLiteral(name);
  if (n == 0) return true;
  if (nkw != 0) excFormat(excTypeError, '%N.%U() takes no keyword arguments', owner, n);
  else {
    const count = intFromI64(nargs);
    if (count != 0) {
      if (want == ARGS_NONE) excFormat(excTypeError, '%N.%U() takes no arguments (%D given)', owner, n, count);
      else excFormat(excTypeError, '%N.%U() takes exactly one argument (%D given)', owner, n, count);
      decref(count);
    }
  }
  decref(n);
  return true;
}

@inline function arg(args: Ptr, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

// ---- the operations (C level: borrowed in, new out) ----

/** A copy of so as a plain set or frozenset (set_copy). */
export function setCopy(so: Ptr): Ptr {
  return setNewBasetype(load<Ptr>(so, OB_TYPE), so);
}

/** so & other: other any iterable (set_intersection). */
export function setIntersection(so: Ptr, other: Ptr): Ptr {
  if (so == other) return setCopy(so);
  const result = setNewBasetype(load<Ptr>(so, OB_TYPE), 0);
  if (result == 0) return 0;
  if (anySetCheck(other)) {
    // walk the smaller set, look up in the bigger one
    let big = so, small = other;
    if (setSize(other) > setSize(so)) { big = other; small = so; }
    for (let i = setNextFrom(small, 0); i >= 0; i = setNextFrom(small, i + 1)) {
      const e = setEntry(small, i);
      const key = newref(entryKey(e));
      const hash = entryHash(e);
      let rv = setContainsEntry(big, key, hash);
      if (rv > 0) rv = setAddEntry(result, key, hash);
      decref(key);
      if (rv < 0) { decref(result); return 0; }
    }
    return result;
  }
  const it = objGetIter(other);
  if (it == 0) { decref(result); return 0; }
  while (true) {
    const key = objIterNext(it);
    if (key == 0) break;
    const hash = objHash(key);
    let rv = hash == -1 ? -1 : setContainsEntry(so, key, hash);
    if (rv > 0) {
      rv = setAddEntry(result, key, hash);
      // nothing more can be found once the result is as big as so
      if (rv == 0 && setSize(result) >= setSize(so)) { decref(key); break; }
    }
    decref(key);
    if (rv < 0) { decref(it); decref(result); return 0; }
  }
  decref(it);
  if (excOccurred()) { decref(result); return 0; }
  return result;
}

/** Removes the items of other from so in place (set_difference_update_internal). 0 or -1. */
export function setDifferenceUpdateInternal(so: Ptr, other: Ptr): i32 {
  if (so == other) { setClearInternal(so); return 0; }
  if (anySetCheck(other)) {
    // A much bigger other: only its items that so has matter.
    if ((setSize(other) >> 3) > setSize(so)) {
      other = setIntersection(so, other);
      if (other == 0) return -1;
    } else incref(other);
    for (let i = setNextFrom(other, 0); i >= 0; i = setNextFrom(other, i + 1)) {
      const e = setEntry(other, i);
      const key = newref(entryKey(e));
      const r = setDiscardEntry(so, key, entryHash(e));
      decref(key);
      if (r < 0) { decref(other); return -1; }
    }
    decref(other);
  } else {
    const it = objGetIter(other);
    if (it == 0) return -1;
    while (true) {
      const key = objIterNext(it);
      if (key == 0) break;
      const r = setDiscardKey(so, key);
      decref(key);
      if (r < 0) { decref(it); return -1; }
    }
    decref(it);
    if (excOccurred()) return -1;
  }
  // more than a quarter dummies: rebuild
  const used = <u32>setSize(so);
  if (setFill(so) - used <= setMask(so) / 4) return 0;
  return setTableResize(so, used > 50000 ? <u64>used * 2 : <u64>used * 4);
}

function setCopyAndDifference(so: Ptr, other: Ptr): Ptr {
  const result = setCopy(so);
  if (result == 0) return 0;
  if (setDifferenceUpdateInternal(result, other) < 0) { decref(result); return 0; }
  return result;
}

/** so - other (set_difference). */
export function setDifference(so: Ptr, other: Ptr): Ptr {
  const isDict = load<Ptr>(other, OB_TYPE) == dictType;
  let otherSize: i32;
  if (anySetCheck(other)) otherSize = setSize(other);
  else if (isDict) otherSize = dictSize(other);
  else return setCopyAndDifference(so, other);
  // much bigger than other: copy, then remove other's items
  if ((setSize(so) >> 2) > otherSize) return setCopyAndDifference(so, other);
  const result = setNewBasetype(load<Ptr>(so, OB_TYPE), 0);
  if (result == 0) return 0;
  for (let i = setNextFrom(so, 0); i >= 0; i = setNextFrom(so, i + 1)) {
    const e = setEntry(so, i);
    const key = newref(entryKey(e));
    const hash = entryHash(e);
    let rv: i32;
    if (isDict) {
      rv = dictGetItemHash(other, key, hash) != 0 ? 1 : excOccurred() ? -1 : 0;
    } else rv = setContainsEntry(other, key, hash);
    if (rv == 0) rv = setAddEntry(result, key, hash);
    else if (rv > 0) rv = 0;
    decref(key);
    if (rv < 0) { decref(result); return 0; }
  }
  return result;
}

/** One item of a symmetric difference update: drop key if so has it, else add it. */
@inline function setToggleEntry(so: Ptr, key: Ptr, hash: i64): i32 {
  const rv = setDiscardEntry(so, key, hash);
  if (rv == DISCARD_NOTFOUND) return setAddEntry(so, key, hash);
  return rv < 0 ? -1 : 0;
}

/** so ^= other for any iterable other (set_symmetric_difference_update). 0 or -1. */
export function setSymmetricDifferenceUpdate(so: Ptr, other: Ptr): i32 {
  if (so == other) { setClearInternal(so); return 0; }
  if (load<Ptr>(other, OB_TYPE) == dictType) {
    for (let i: u32 = 0; i < tableNentries(dictTable(other)); i++) {
      const e = tableEntry(dictTable(other), i);
      const k = load<Ptr>(e, EN_KEY);
      if (k == 0) continue;
      incref(k);
      const r = setToggleEntry(so, k, load<i64>(e, EN_HASH));
      decref(k);
      if (r < 0) return -1;
    }
    return 0;
  }
  let otherset: Ptr;
  if (anySetCheck(other)) otherset = newref(other);
  else {
    otherset = setNewBasetype(load<Ptr>(so, OB_TYPE), other);
    if (otherset == 0) return -1;
  }
  for (let i = setNextFrom(otherset, 0); i >= 0; i = setNextFrom(otherset, i + 1)) {
    const e = setEntry(otherset, i);
    const key = newref(entryKey(e));
    const r = setToggleEntry(so, key, entryHash(e));
    decref(key);
    if (r < 0) { decref(otherset); return -1; }
  }
  decref(otherset);
  return 0;
}

/** so ^ other: a copy of other (as so's base type), toggled by so's items. */
export function setSymmetricDifference(so: Ptr, other: Ptr): Ptr {
  const result = setNewBasetype(load<Ptr>(so, OB_TYPE), other);
  if (result == 0) return 0;
  if (setSymmetricDifferenceUpdate(result, so) < 0) { decref(result); return 0; }
  return result;
}

/** so | others...: a copy of so updated with each (set_union). */
function setUnionMany(so: Ptr, others: Ptr, n: i32): Ptr {
  const result = setCopy(so);
  if (result == 0) return 0;
  for (let i: i32 = 0; i < n; i++) {
    const other = arg(others, i);
    if (other == so) continue;
    if (setUpdateInternal(result, other) < 0) { decref(result); return 0; }
  }
  return result;
}

function setIntersectionMany(so: Ptr, others: Ptr, n: i32): Ptr {
  if (n == 0) return setCopy(so);
  let result = newref(so);
  for (let i: i32 = 0; i < n; i++) {
    const next = setIntersection(result, arg(others, i));
    decref(result);
    if (next == 0) return 0;
    result = next;
  }
  return result;
}

/** 1 if so and other share no item, 0 if they do, -1 on error (set_isdisjoint). */
function setIsDisjoint(so: Ptr, other: Ptr): i32 {
  if (so == other) return setSize(so) == 0 ? 1 : 0;
  if (anySetCheckExact(other)) {
    let big = so, small = other;
    if (setSize(other) > setSize(so)) { big = other; small = so; }
    for (let i = setNextFrom(small, 0); i >= 0; i = setNextFrom(small, i + 1)) {
      const e = setEntry(small, i);
      const key = newref(entryKey(e));
      const rv = setContainsEntry(big, key, entryHash(e));
      decref(key);
      if (rv != 0) return rv < 0 ? -1 : 0;
    }
    return 1;
  }
  const it = objGetIter(other);
  if (it == 0) return -1;
  while (true) {
    const key = objIterNext(it);
    if (key == 0) break;
    const rv = setContainsKey(so, key);
    decref(key);
    if (rv != 0) { decref(it); return rv < 0 ? -1 : 0; }
  }
  decref(it);
  return excOccurred() ? -1 : 1;
}

/** so <= other for any iterable other: 1, 0, -1 (3.11 builds a set of a non-set other). */
function setIsSubset(so: Ptr, other: Ptr): i32 {
  if (anySetCheck(other)) return setIsSubsetOfSet(so, other);
  const tmp = setNew(other);
  if (tmp == 0) return -1;
  const r = setIsSubsetOfSet(so, tmp);
  decref(tmp);
  return r;
}

function setIsSuperset(so: Ptr, other: Ptr): i32 {
  if (anySetCheck(other)) return setIsSubsetOfSet(other, so);
  const it = objGetIter(other);
  if (it == 0) return -1;
  while (true) {
    const key = objIterNext(it);
    if (key == 0) break;
    const rv = setContainsKey(so, key);
    decref(key);
    if (rv <= 0) { decref(it); return rv; }
  }
  decref(it);
  return excOccurred() ? -1 : 1;
}

@inline function boolOrError(r: i32): Ptr {
  return r < 0 ? 0 : boolFrom(r != 0);
}

@inline function noneOrError(r: i32): Ptr {
  return r < 0 ? 0 : newref(Py_None);
}

// ---- methods ----

function set_add(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'add')) return 0;
  const key = arg(args, 0);
  const hash = objHash(key);
  if (hash == -1) return 0;
  return noneOrError(setAddEntry(so, key, hash));
}

function set_clear(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_NONE, 'clear')) return 0;
  setClearInternal(so);
  return newref(Py_None);
}

function set_contains_m(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, '__contains__')) return 0;
  return boolOrError(set_contains(so, arg(args, 0)));
}

function set_copy(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_NONE, 'copy')) return 0;
  return setCopy(so);
}

/** frozenset.copy(): an exact frozenset is its own copy. */
function frozenset_copy(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_NONE, 'copy')) return 0;
  if (load<Ptr>(so, OB_TYPE) == frozensetType) return newref(so);
  return setCopy(so);
}

function set_discard(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'discard')) return 0;
  const key = arg(args, 0);
  const hash = setKeyHashForLookup(key);
  if (hash == -1) return 0;
  return noneOrError(setDiscardEntry(so, key, hash));
}

function set_remove(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'remove')) return 0;
  const key = arg(args, 0);
  const hash = setKeyHashForLookup(key);
  if (hash == -1) return 0;
  const rv = setDiscardEntry(so, key, hash);
  if (rv < 0) return 0;
  if (rv == DISCARD_NOTFOUND) return excSetKeyError(key);
  return newref(Py_None);
}

function set_pop(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_NONE, 'pop')) return 0;
  return setPop(so);
}

function set_update(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ANY, 'update')) return 0;
  for (let i: i32 = 0; i < nargs; i++) {
    if (setUpdateInternal(so, arg(args, i)) < 0) return 0;
  }
  return newref(Py_None);
}

function set_union(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ANY, 'union')) return 0;
  return setUnionMany(so, args, nargs);
}

function set_intersection(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ANY, 'intersection')) return 0;
  return setIntersectionMany(so, args, nargs);
}

function set_intersection_update(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ANY, 'intersection_update')) return 0;
  const tmp = setIntersectionMany(so, args, nargs);
  if (tmp == 0) return 0;
  setSwapBodies(so, tmp);
  decref(tmp);
  return newref(Py_None);
}

function set_difference(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ANY, 'difference')) return 0;
  if (nargs == 0) return setCopy(so);
  const result = setDifference(so, arg(args, 0));
  if (result == 0) return 0;
  for (let i: i32 = 1; i < nargs; i++) {
    if (setDifferenceUpdateInternal(result, arg(args, i)) < 0) { decref(result); return 0; }
  }
  return result;
}

function set_difference_update(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ANY, 'difference_update')) return 0;
  for (let i: i32 = 0; i < nargs; i++) {
    if (setDifferenceUpdateInternal(so, arg(args, i)) < 0) return 0;
  }
  return newref(Py_None);
}

function set_symmetric_difference(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'symmetric_difference')) return 0;
  return setSymmetricDifference(so, arg(args, 0));
}

function set_symmetric_difference_update(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'symmetric_difference_update')) return 0;
  return noneOrError(setSymmetricDifferenceUpdate(so, arg(args, 0)));
}

function set_isdisjoint(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'isdisjoint')) return 0;
  return boolOrError(setIsDisjoint(so, arg(args, 0)));
}

function set_issubset(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'issubset')) return 0;
  return boolOrError(setIsSubset(so, arg(args, 0)));
}

function set_issuperset(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBad(so, nargs, kwnames, ARGS_ONE, 'issuperset')) return 0;
  return boolOrError(setIsSuperset(so, arg(args, 0)));
}

// ---- operators: both operands must be sets or frozensets (else NotImplemented) ----

function set_or(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(a) || !anySetCheck(b)) return newref(Py_NotImplemented);
  const result = setCopy(a);
  if (result == 0 || a == b) return result;
  if (setUpdateInternal(result, b) < 0) { decref(result); return 0; }
  return result;
}

function set_and(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(a) || !anySetCheck(b)) return newref(Py_NotImplemented);
  return setIntersection(a, b);
}

function set_sub(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(a) || !anySetCheck(b)) return newref(Py_NotImplemented);
  return setDifference(a, b);
}

function set_xor(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(a) || !anySetCheck(b)) return newref(Py_NotImplemented);
  return setSymmetricDifference(a, b);
}

function set_ior(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(b)) return newref(Py_NotImplemented);
  if (setUpdateInternal(a, b) < 0) return 0;
  return newref(a);
}

function set_iand(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(b)) return newref(Py_NotImplemented);
  const tmp = setIntersection(a, b);
  if (tmp == 0) return 0;
  setSwapBodies(a, tmp);
  decref(tmp);
  return newref(a);
}

function set_isub(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(b)) return newref(Py_NotImplemented);
  if (setDifferenceUpdateInternal(a, b) < 0) return 0;
  return newref(a);
}

function set_ixor(a: Ptr, b: Ptr): Ptr {
  if (!anySetCheck(b)) return newref(Py_NotImplemented);
  if (setSymmetricDifferenceUpdate(a, b) < 0) return 0;
  return newref(a);
}

/** Registers the methods and operator slots of set and frozenset (called by setTypeInit). */
/** s.__reduce__(): (type(s), (list(s),), s.__dict__ or None), CPython's set_reduce (what copy
 *  and pickling rebuild a set or frozenset, subclasses included, from). */
function set_reduce(so: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, '__reduce__() takes no arguments (%d given)', <Ptr>nargs);
  const items = listFromIterable(so);
  if (items == 0) return 0;
  const inner = tupleNew(1);
  if (inner == 0) { decref(items); return 0; }
  store<Ptr>(tupleItemsAddr(inner), items);
  const addr = objDictAddr(so);
  const d: Ptr = addr != 0 ? load<Ptr>(addr) : 0;
  const r = tupleNew(3);
  if (r == 0) { decref(inner); return 0; }
  store<Ptr>(tupleItemsAddr(r), newref(load<Ptr>(so, OB_TYPE)));
  store<Ptr>(tupleItemsAddr(r) + 4, inner);
  store<Ptr>(tupleItemsAddr(r) + 8, newref(d != 0 && dictSize(d) > 0 ? d : Py_None));
  return r;
}

export function setMethodsInit(): void {
  const s = setType, f = frozensetType;
  typeAddMethod(s, 'add', set_add.index);
  typeAddMethod(s, 'clear', set_clear.index);
  typeAddMethod(s, '__contains__', set_contains_m.index);
  typeAddMethod(s, 'copy', set_copy.index);
  typeAddMethod(s, 'discard', set_discard.index);
  typeAddMethod(s, 'difference', set_difference.index);
  typeAddMethod(s, 'difference_update', set_difference_update.index);
  typeAddMethod(s, 'intersection', set_intersection.index);
  typeAddMethod(s, 'intersection_update', set_intersection_update.index);
  typeAddMethod(s, 'isdisjoint', set_isdisjoint.index);
  typeAddMethod(s, 'issubset', set_issubset.index);
  typeAddMethod(s, 'issuperset', set_issuperset.index);
  typeAddMethod(s, 'pop', set_pop.index);
  typeAddMethod(s, 'remove', set_remove.index);
  typeAddMethod(s, 'symmetric_difference', set_symmetric_difference.index);
  typeAddMethod(s, 'symmetric_difference_update', set_symmetric_difference_update.index);
  typeAddMethod(s, 'union', set_union.index);
  typeAddMethod(s, 'update', set_update.index);
  typeAddMethod(f, '__contains__', set_contains_m.index);
  typeAddMethod(f, 'copy', frozenset_copy.index);
  typeAddMethod(f, 'difference', set_difference.index);
  typeAddMethod(f, 'intersection', set_intersection.index);
  typeAddMethod(f, 'isdisjoint', set_isdisjoint.index);
  typeAddMethod(f, 'issubset', set_issubset.index);
  typeAddMethod(f, 'issuperset', set_issuperset.index);
  typeAddMethod(f, 'symmetric_difference', set_symmetric_difference.index);
  typeAddMethod(f, 'union', set_union.index);
  typeAddMethod(s, '__reduce__', set_reduce.index);
  typeAddMethod(f, '__reduce__', set_reduce.index);
  for (let k: i32 = 0; k < 2; k++) {
    const t = k == 0 ? s : f;
    typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_OR, set_or.index);
    typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_AND, set_and.index);
    typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_SUBTRACT, set_sub.index);
    typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_XOR, set_xor.index);
  }
  typeSetSlot(s, SLOT_NB_BINARY + <i32>NB_INPLACE_OR, set_ior.index);
  typeSetSlot(s, SLOT_NB_BINARY + <i32>NB_INPLACE_AND, set_iand.index);
  typeSetSlot(s, SLOT_NB_BINARY + <i32>NB_INPLACE_SUBTRACT, set_isub.index);
  typeSetSlot(s, SLOT_NB_BINARY + <i32>NB_INPLACE_XOR, set_ixor.index);
}
