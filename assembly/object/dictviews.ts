// === dict views (keys(), values(), items()) and the dict iterators (CPython's dictobject.c) ===
//
//   view:     +0 refcnt | +4 type | +8 dict Ptr                                   (GC prefix in front)
//   iterator: +0 refcnt | +4 type | +8 dict Ptr (0 once exhausted) | +12 used i32 | +16 pos u32
//             +20 remaining i32
//
// An iterator remembers the dict's size when it started (`used`) and refuses to go on once the
// size differs ("dictionary changed size during iteration", sticky: used becomes -1). `pos` is
// the next entry number in the dict's entry array; `remaining` counts the items still expected,
// so a same-size delete-then-insert is caught too ("dictionary keys changed during iteration").

import { Ptr } from '../common';
import { mappingproxyNew } from './mappingproxy';
import { getsetAdd } from './descrobject';
import { TP_DICT } from './typelayout';
import { objAlloc, objFree, incref, decref, xdecref, newref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_RICHCOMPARE, SLOT_ITER, SLOT_ITERNEXT, SLOT_LEN,
  SLOT_CONTAINS, SLOT_HASH, SLOT_NB_BINARY, TPFLAGS_HAVE_GC, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeName, TK_OTHER } from './type';
import { excSetString, excFormat, excNoMemory, excOccurred, excRuntimeError, excTypeError } from '../vm/exc';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { strFromLiteral } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import {
  objRepr, objRichCompareBool, objGetIter, objIterNext, objContains, objHash, objHashUnhashable,
  objLen,
} from './abstract';
import { tupleNew, tupleItemsAddr, tupleCheck, tupleSize, tupleItem } from './tuple';
import { intFromI64 } from './int';
import { reprEnter, reprLeave, listFromIterable } from './list';
import { iterReturnSelf } from './iter';
import {
  dictType, dictSize, dictTable, tableNentries, tableEntry, EN_KEY, EN_VALUE, EN_HASH, dictGetItemHash,
  dictCopy, dictDelItem,
} from './dict';
import { setType, anySetCheck, setNew, setAddKey, setUpdateInternal } from './set';
import { setIntersection, setDifferenceUpdateInternal, setSymmetricDifferenceUpdate } from './setmethods';
import { NB_OR, NB_AND, NB_SUBTRACT, NB_XOR } from '../opcodes.gen';

@inline const DV_DICT: usize = 8;
@inline const DV_SIZE: u32 = 12;

@inline const DIT_DICT: usize = 8;
@inline const DIT_USED: usize = 12;
@inline const DIT_POS: usize = 16;
@inline const DIT_LEN: usize = 20;
@inline const DIT_SIZE: u32 = 24;

@inline const CMP_LT: i32 = 0;
@inline const CMP_LE: i32 = 1;
@inline const CMP_EQ: i32 = 2;
@inline const CMP_NE: i32 = 3;
@inline const CMP_GT: i32 = 4;

export let dictKeysType: Ptr = 0;
export let dictValuesType: Ptr = 0;
export let dictItemsType: Ptr = 0;
export let dictKeyIterType: Ptr = 0;
export let dictValueIterType: Ptr = 0;
export let dictItemIterType: Ptr = 0;
export let dictRevKeyIterType: Ptr = 0;
export let dictRevValueIterType: Ptr = 0;
export let dictRevItemIterType: Ptr = 0;

// ---- iterators ----

/** A new iterator of the given kind (dictKeyIterType, ...) over d. */
export function dictIterNew(d: Ptr, type: Ptr): Ptr {
  const it = objAlloc(type, DIT_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(d), DIT_DICT);
  store<i32>(it, dictSize(d), DIT_USED);
  store<i32>(it, dictSize(d), DIT_LEN);
  return it;
}

/** The next live entry's address, or 0: exhausted (no exception) or RuntimeError. */
function dictiterNextEntry(it: Ptr): usize {
  const d = load<Ptr>(it, DIT_DICT);
  if (d == 0) return 0;
  if (load<i32>(it, DIT_USED) != dictSize(d)) {
    excSetString(excRuntimeError, 'dictionary changed size during iteration');
    store<i32>(it, -1, DIT_USED);
    return 0;
  }
  const t = dictTable(d);
  const n = tableNentries(t);
  let i = load<u32>(it, DIT_POS);
  while (i < n && load<Ptr>(tableEntry(t, i), EN_KEY) == 0) i++;
  if (i >= n) {
    store<Ptr>(it, 0, DIT_DICT);
    decref(d);
    return 0;
  }
  store<u32>(it, i + 1, DIT_POS);
  const left = load<i32>(it, DIT_LEN);
  if (left == 0) {
    excSetString(excRuntimeError, 'dictionary keys changed during iteration');
    store<Ptr>(it, 0, DIT_DICT);
    decref(d);
    return 0;
  }
  store<i32>(it, left - 1, DIT_LEN);
  return tableEntry(t, i);
}

/** The reverse iterators' step: DIT_POS is one past the next entry to look at, counting down. */
function dictreviterNextEntry(it: Ptr): usize {
  const d = load<Ptr>(it, DIT_DICT);
  if (d == 0) return 0;
  if (load<i32>(it, DIT_USED) != dictSize(d)) {
    excSetString(excRuntimeError, 'dictionary changed size during iteration');
    store<i32>(it, -1, DIT_USED);
    return 0;
  }
  const t = dictTable(d);
  let i = load<u32>(it, DIT_POS);
  if (i > tableNentries(t)) i = tableNentries(t);
  while (i > 0 && load<Ptr>(tableEntry(t, i - 1), EN_KEY) == 0) i--;
  if (i == 0 || load<i32>(it, DIT_LEN) == 0) {
    store<Ptr>(it, 0, DIT_DICT);
    decref(d);
    return 0;
  }
  store<u32>(it, i - 1, DIT_POS);
  store<i32>(it, load<i32>(it, DIT_LEN) - 1, DIT_LEN);
  return tableEntry(t, i - 1);
}

/** reversed(d), reversed(d.keys()) ...: a reverse iterator of the given type over d. */
export function dictRevIterNew(d: Ptr, type: Ptr): Ptr {
  const it = dictIterNew(d, type);
  if (it != 0) store<u32>(it, tableNentries(dictTable(d)), DIT_POS);
  return it;
}

function dictreviter_nextkey(it: Ptr): Ptr {
  const e = dictreviterNextEntry(it);
  return e ? newref(load<Ptr>(e, EN_KEY)) : 0;
}

function dictreviter_nextvalue(it: Ptr): Ptr {
  const e = dictreviterNextEntry(it);
  return e ? newref(load<Ptr>(e, EN_VALUE)) : 0;
}

function dictreviter_nextitem(it: Ptr): Ptr {
  const e = dictreviterNextEntry(it);
  return e ? entryPair(e) : 0;
}

function dictiter_nextkey(it: Ptr): Ptr {
  const e = dictiterNextEntry(it);
  return e ? newref(load<Ptr>(e, EN_KEY)) : 0;
}

function dictiter_nextvalue(it: Ptr): Ptr {
  const e = dictiterNextEntry(it);
  return e ? newref(load<Ptr>(e, EN_VALUE)) : 0;
}

/** (key, value) of an entry as a new tuple. */
function entryPair(e: usize): Ptr {
  const t = tupleNew(2);
  if (t == 0) return 0;
  store<Ptr>(tupleItemsAddr(t), newref(load<Ptr>(e, EN_KEY)));
  store<Ptr>(tupleItemsAddr(t), newref(load<Ptr>(e, EN_VALUE)), 4);
  return t;
}

function dictiter_nextitem(it: Ptr): Ptr {
  const e = dictiterNextEntry(it);
  return e ? entryPair(e) : 0;
}

function dictiter_dealloc(it: Ptr): void {
  xdecref(load<Ptr>(it, DIT_DICT));
  objFree(it);
}

function dictiter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const d = load<Ptr>(it, DIT_DICT);
  return d ? call_indirect<i32>(visit, d, arg) : 0;
}

// ---- views ----

function viewNew(d: Ptr, type: Ptr): Ptr {
  const v = objAlloc(type, DV_SIZE);
  if (v == 0) return excNoMemory();
  store<Ptr>(v, newref(d), DV_DICT);
  return v;
}

export function dictKeysNew(d: Ptr): Ptr { return viewNew(d, dictKeysType); }
export function dictValuesNew(d: Ptr): Ptr { return viewNew(d, dictValuesType); }
export function dictItemsNew(d: Ptr): Ptr { return viewNew(d, dictItemsType); }

function view_dealloc(v: Ptr): void {
  decref(load<Ptr>(v, DV_DICT));
  objFree(v);
}

function view_traverse(v: Ptr, visit: u32, arg: Ptr): i32 {
  return call_indirect<i32>(visit, load<Ptr>(v, DV_DICT), arg);
}

function view_len(v: Ptr): i64 {
  return dictSize(load<Ptr>(v, DV_DICT));
}

function keys_iter(v: Ptr): Ptr { return dictIterNew(load<Ptr>(v, DV_DICT), dictKeyIterType); }
function values_iter(v: Ptr): Ptr { return dictIterNew(load<Ptr>(v, DV_DICT), dictValueIterType); }
function items_iter(v: Ptr): Ptr { return dictIterNew(load<Ptr>(v, DV_DICT), dictItemIterType); }

/** dict_keys(['a', 'b']): the type name around the repr of a list of the view's items. */
function view_repr(v: Ptr): Ptr {
  const rec = reprEnter(v);
  if (rec != 0) return rec > 0 ? strFromLiteral('...') : 0;
  const l = listFromIterable(v);
  if (l == 0) { reprLeave(v); return 0; }
  const r = objRepr(l);
  decref(l);
  if (r == 0) { reprLeave(v); return 0; }
  const sb = sbNew();
  if (sb == 0) { decref(r); reprLeave(v); return 0; }
  sbAppendStr(sb, typeName(load<Ptr>(v, OB_TYPE)));
  sbAppendLiteral(sb, '(');
  sbAppendStr(sb, r);
  sbAppendLiteral(sb, ')');
  decref(r);
  reprLeave(v);
  return sbFinish(sb);
}

function keys_contains(v: Ptr, key: Ptr): i32 {
  return objContains(load<Ptr>(v, DV_DICT), key);
}

/** (k, v) in d.items(): k is a key whose value equals v. */
function items_contains(view: Ptr, item: Ptr): i32 {
  if (!tupleCheck(item) || tupleSize(item) != 2) return 0;
  const key = tupleItem(item, 0), value = tupleItem(item, 1);
  const hash = objHash(key);
  if (hash == -1) return -1;
  const found = dictGetItemHash(load<Ptr>(view, DV_DICT), key, hash);
  if (found == 0) return excOccurred() ? -1 : 0;
  incref(found);
  const r = objRichCompareBool(found, value, CMP_EQ);
  decref(found);
  return r;
}

@inline function isSetLikeView(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == dictKeysType || t == dictItemsType;
}

/** The length of a view or of any sized object (-1 with an exception set). */
@inline function viewOrObjLen(o: Ptr): i64 {
  return isSetLikeView(o) ? view_len(o) : objLen(o);
}

/** Every item of a is in b: 1, 0, or -1 on error. */
function allContainedIn(a: Ptr, b: Ptr): i32 {
  const it = objGetIter(a);
  if (it == 0) return -1;
  while (true) {
    const x = objIterNext(it);
    if (x == 0) { decref(it); return excOccurred() ? -1 : 1; }
    const r = objContains(b, x);
    decref(x);
    if (r <= 0) { decref(it); return r; }
  }
}

/** Keys and items views compare as sets, with each other and with sets and frozensets. */
function view_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (!isSetLikeView(a) || (!isSetLikeView(b) && !anySetCheck(b))) return newref(Py_NotImplemented);
  const la = view_len(a), lb = viewOrObjLen(b);
  let ok: i32 = 0;
  if (op == CMP_EQ || op == CMP_NE) {
    if (la == lb) ok = allContainedIn(a, b);
    if (op == CMP_NE && ok >= 0) ok = ok ? 0 : 1;
  } else if (op == CMP_LT) { if (la < lb) ok = allContainedIn(a, b); }
  else if (op == CMP_LE) { if (la <= lb) ok = allContainedIn(a, b); }
  else if (op == CMP_GT) { if (la > lb) ok = allContainedIn(b, a); }
  else { if (la >= lb) ok = allContainedIn(b, a); }
  if (ok < 0) return 0;
  return boolFrom(ok != 0);
}

// ---- set operations of keys and items views (CPython's dictviews_*; they return sets) ----
//
// The operator slots receive (a, b) in source order, whichever operand is the view: CPython's
// dictviews_or(self, other) is also called reflected, with self the non-view operand.

/** set(self), through the dict itself for the keys of an exact dict (the dict fast path). */
function viewToSet(self: Ptr): Ptr {
  if (load<Ptr>(self, OB_TYPE) == dictKeysType) {
    const d = load<Ptr>(self, DV_DICT);
    if (load<Ptr>(d, OB_TYPE) == dictType) return setNew(d);
  }
  return setNew(self);
}

function views_or(a: Ptr, b: Ptr): Ptr {
  const r = viewToSet(a);
  if (r == 0) return 0;
  if (setUpdateInternal(r, b) < 0) { decref(r); return 0; }
  return r;
}

function views_sub(a: Ptr, b: Ptr): Ptr {
  const r = viewToSet(a);
  if (r == 0) return 0;
  if (setDifferenceUpdateInternal(r, b) < 0) { decref(r); return 0; }
  return r;
}

/** a & b (_PyDictView_Intersect): iterate the smaller side, test membership in the view. */
function views_and(a: Ptr, b: Ptr): Ptr {
  let self = a, other = b;
  if (!isSetLikeView(self)) { self = b; other = a; }
  const lenSelf = view_len(self);
  if (load<Ptr>(other, OB_TYPE) == setType) {
    const lenOther = objLen(other);
    if (lenOther < 0) return 0;
    // a bigger set: set.intersection(view)
    if (lenSelf <= lenOther) return setIntersection(other, self);
  }
  if (isSetLikeView(other) && view_len(other) > lenSelf) { const t = other; other = self; self = t; }
  const result = setNew(0);
  if (result == 0) return 0;
  const it = objGetIter(other);
  if (it == 0) { decref(result); return 0; }
  const isKeys = load<Ptr>(self, OB_TYPE) == dictKeysType;
  while (true) {
    const key = objIterNext(it);
    if (key == 0) break;
    let rv = isKeys ? keys_contains(self, key) : items_contains(self, key);
    if (rv > 0) rv = setAddKey(result, key);
    decref(key);
    if (rv < 0) { decref(it); decref(result); return 0; }
  }
  decref(it);
  if (excOccurred()) { decref(result); return 0; }
  return result;
}

function views_xor(a: Ptr, b: Ptr): Ptr {
  if (load<Ptr>(a, OB_TYPE) == dictItemsType && load<Ptr>(b, OB_TYPE) == dictItemsType) return itemsXor(a, b);
  const r = viewToSet(a);
  if (r == 0) return 0;
  if (setSymmetricDifferenceUpdate(r, b) < 0) { decref(r); return 0; }
  return r;
}

/**
 * d1.items() ^ d2.items() (dictitems_xor): the pairs of d2 whose key d1 lacks or maps to an
 * unequal value, then the pairs of d1 left after removing the keys of d2 whose values match.
 */
function itemsXor(a: Ptr, b: Ptr): Ptr {
  const d2 = load<Ptr>(b, DV_DICT);
  const temp = dictCopy(load<Ptr>(a, DV_DICT));
  if (temp == 0) return 0;
  const result = setNew(0);
  if (result == 0) { decref(temp); return 0; }
  let ok = true;
  for (let i: u32 = 0; ok && i < tableNentries(dictTable(d2)); i++) {
    const e = tableEntry(dictTable(d2), i);
    const key = load<Ptr>(e, EN_KEY);
    if (key == 0) continue;
    const hash = load<i64>(e, EN_HASH);
    const val2 = load<Ptr>(e, EN_VALUE);
    incref(key);
    incref(val2);
    const val1 = dictGetItemHash(temp, key, hash);
    let toDelete: i32 = 0;
    if (val1 == 0) {
      if (excOccurred()) ok = false;
    } else {
      incref(val1);
      toDelete = objRichCompareBool(val1, val2, CMP_EQ);
      decref(val1);
      if (toDelete < 0) ok = false;
    }
    if (ok && toDelete > 0) {
      if (dictDelItem(temp, key) < 0) ok = false;
    } else if (ok) {
      const pair = tupleNew(2);
      if (pair == 0) ok = false;
      else {
        store<Ptr>(tupleItemsAddr(pair), newref(key));
        store<Ptr>(tupleItemsAddr(pair), newref(val2), 4);
        if (setAddKey(result, pair) < 0) ok = false;
        decref(pair);
      }
    }
    decref(key);
    decref(val2);
  }
  if (ok) {
    const rest = dictItemsNew(temp);
    if (rest == 0 || setUpdateInternal(result, rest) < 0) ok = false;
    if (rest != 0) decref(rest);
  }
  decref(temp);
  if (!ok) { decref(result); return 0; }
  return result;
}

/** view.isdisjoint(other) (dictviews_isdisjoint). */
function views_isdisjoint(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) != 0) {
    return excFormat(excTypeError, '%N.isdisjoint() takes no keyword arguments', load<Ptr>(self, OB_TYPE));
  }
  if (nargs != 1) {
    const n = intFromI64(nargs);
    if (n == 0) return 0;
    excFormat(excTypeError, '%N.isdisjoint() takes exactly one argument (%D given)', load<Ptr>(self, OB_TYPE), n);
    decref(n);
    return 0;
  }
  let other = load<Ptr>(args);
  if (self == other) return boolFrom(view_len(self) == 0);
  if (anySetCheck(other) || isSetLikeView(other)) {
    const lenOther = viewOrObjLen(other);
    if (lenOther < 0) return 0;
    if (lenOther > view_len(self)) { const t = other; other = self; self = t; }
  }
  const it = objGetIter(other);
  if (it == 0) return 0;
  while (true) {
    const item = objIterNext(it);
    if (item == 0) break;
    const c = objContains(self, item);
    decref(item);
    if (c != 0) { decref(it); return c < 0 ? 0 : boolFrom(false); }
  }
  decref(it);
  if (excOccurred()) return 0;
  return boolFrom(true);
}

function setOpsInstall(t: Ptr): void {
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_OR, views_or.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_AND, views_and.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_SUBTRACT, views_sub.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_XOR, views_xor.index);
  typeAddMethod(t, 'isdisjoint', views_isdisjoint.index);
}

function keys_reversed(v: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return dictRevIterNew(load<Ptr>(v, DV_DICT), dictRevKeyIterType);
}
function values_reversed(v: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return dictRevIterNew(load<Ptr>(v, DV_DICT), dictRevValueIterType);
}
function items_reversed(v: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return dictRevIterNew(load<Ptr>(v, DV_DICT), dictRevItemIterType);
}

/** it.__length_hint__(): the items still expected while the dict keeps its size, else 0
 *  (CPython's dictiter_len). */
function dictiter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const d = load<Ptr>(it, DIT_DICT);
  return intFromI64(d != 0 && load<i32>(it, DIT_USED) == dictSize(d) ? load<i32>(it, DIT_LEN) : 0);
}

function iterTypeNew(name: string, next: u32): Ptr {
  const t = typeNewBuiltin(name, objectType, DIT_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(t, SLOT_DEALLOC, dictiter_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, dictiter_traverse.index);
  typeSetSlot(t, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(t, SLOT_ITERNEXT, next);
  typeAddMethod(t, '__length_hint__', dictiter_length_hint.index);
  typeSetFinal(t);
  return t;
}

function viewTypeNew(name: string, iter: u32): Ptr {
  const t = typeNewBuiltin(name, objectType, DV_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(t, SLOT_DEALLOC, view_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, view_traverse.index);
  typeSetSlot(t, SLOT_LEN, view_len.index);
  typeSetSlot(t, SLOT_ITER, iter);
  typeSetSlot(t, SLOT_REPR, view_repr.index);
  typeSetFinal(t);
  return t;
}

function dictview_get_mapping(v: Ptr): Ptr { return mappingproxyNew(load<Ptr>(v, DV_DICT)); }

/** view.mapping (a read-only proxy of the dict; after the descriptor types exist). */
export function dictviewsAttrsInit(): void {
  getsetAdd(dictKeysType, 'mapping', dictview_get_mapping.index, 0, load<Ptr>(dictKeysType, TP_DICT));
  getsetAdd(dictValuesType, 'mapping', dictview_get_mapping.index, 0, load<Ptr>(dictValuesType, TP_DICT));
  getsetAdd(dictItemsType, 'mapping', dictview_get_mapping.index, 0, load<Ptr>(dictItemsType, TP_DICT));
}

/** Called by dictTypeInit. */
export function dictViewsTypeInit(): void {
  dictKeyIterType = iterTypeNew('dict_keyiterator', dictiter_nextkey.index);
  dictValueIterType = iterTypeNew('dict_valueiterator', dictiter_nextvalue.index);
  dictItemIterType = iterTypeNew('dict_itemiterator', dictiter_nextitem.index);
  dictRevKeyIterType = iterTypeNew('dict_reversekeyiterator', dictreviter_nextkey.index);
  dictRevValueIterType = iterTypeNew('dict_reversevalueiterator', dictreviter_nextvalue.index);
  dictRevItemIterType = iterTypeNew('dict_reverseitemiterator', dictreviter_nextitem.index);
  dictKeysType = viewTypeNew('dict_keys', keys_iter.index);
  typeAddMethod(dictKeysType, '__reversed__', keys_reversed.index);
  typeSetSlot(dictKeysType, SLOT_CONTAINS, keys_contains.index);
  typeSetSlot(dictKeysType, SLOT_RICHCOMPARE, view_richcompare.index);
  typeSetSlot(dictKeysType, SLOT_HASH, objHashUnhashable.index);
  setOpsInstall(dictKeysType);
  dictValuesType = viewTypeNew('dict_values', values_iter.index);
  typeAddMethod(dictValuesType, '__reversed__', values_reversed.index);
  dictItemsType = viewTypeNew('dict_items', items_iter.index);
  typeAddMethod(dictItemsType, '__reversed__', items_reversed.index);
  typeSetSlot(dictItemsType, SLOT_CONTAINS, items_contains.index);
  typeSetSlot(dictItemsType, SLOT_RICHCOMPARE, view_richcompare.index);
  typeSetSlot(dictItemsType, SLOT_HASH, objHashUnhashable.index);
  setOpsInstall(dictItemsType);
}
