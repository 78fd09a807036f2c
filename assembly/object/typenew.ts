// === Classes: type(name, bases, dict), the class statement, and instances of classes ===
//
// A class is a heap type (TPFLAGS_HEAPTYPE): a type object made at run time, freed when its last
// reference goes, whose instances hold a reference to it. type_new builds one from a namespace:
//
//   1. the metaclass: the most derived of the given one and the bases' metaclasses
//   2. the layout: the "solid base" (the builtin layout the class extends), __slots__ members
//      appended to it, and a __dict__ unless __slots__ says otherwise
//   3. the MRO (C3 linearization), the type's own dict (a copy of the namespace)
//   4. slots: inherited from the solid base, then every dunder-backed slot re-derived from the
//      MRO (slotdefs.ts typeFixupSlots)
//   5. __set_name__ on the attributes, then the parent's __init_subclass__
//
// Instance layout of a class with a __dict__ whose base has none (the common case): the dict
// pointer sits in a prefix in front of the GC prefix (CPython 3.12's "managed dict"), so it works
// whatever the base's own layout is, variable-sized ones (int, str, tuple) included:
//
//   o - 24       o - 20         o - 16 ... o - 1     o + 0    o + 4   o + 8
//   +-----------+--------------+------------------+--------+-------+------------------------+
//   | dict Ptr  | weaklist Ptr | GC prefix (16)   | refcnt | type  | base payload | slots.. |
//   +-----------+--------------+------------------+--------+-------+------------------------+
//   `-- managed prefix (TPFLAGS_MANAGED_DICT) --'
//
// TP_DICTOFFSET is then MANAGED_DICT_OFFSET (-24), so objDictAddr needs no special case, and
// TP_WEAKLISTOFFSET is MANAGED_WEAKLIST_OFFSET (-20) when instances support weak references (as
// in CPython, unless __slots__ leaves out '__weakref__' or the base layout is int's or tuple's). A
// class whose __slots__ name '__weakref__' but not '__dict__' has the prefix for the weak list
// alone (TPFLAGS_MANAGED_WEAKREF; its dict word stays 0).
//
// The dict the attributes live in is made by the first attribute store (objGenericSetAttr) and
// flagged GCF_DICT_HIDDEN: CPython 3.11 keeps such attributes inline and makes no dict object
// until __dict__ is asked for, so the collector and the gc module do not count or show it.
// __slots__ members are Ptr words from the solid base's basicsize to the class's basicsize.

import { Ptr } from '../common';
import { objAlloc, objFree, incref, decref, xdecref, newref, setref, OB_TYPE, GC_PREFIX } from './header';
import {
  TP_NAME, TP_QUALNAME, TP_BASE, TP_BASES, TP_MRO, TP_DICT, TP_FLAGS, TP_BASICSIZE, TP_DICTOFFSET,
  TP_KIND, SLOT_COUNT, SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_NEW, SLOT_INIT,
  SLOT_SETATTRO, SLOT_DESCR_GET, SLOT_FINALIZE, TYPE_OBJECT_SIZE, TPFLAGS_HEAPTYPE, TPFLAGS_BASETYPE,
  TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT, TPFLAGS_MATCH_INHERITED, MANAGED_DICT_OFFSET, typeSlot, typeSetSlot,
  TPFLAGS_MANAGED_WEAKREF, MANAGED_WEAKLIST_OFFSET, TP_WEAKLISTOFFSET,
} from './typelayout';
import { weakrefClearAll, weakrefFirst } from './weakref';
import { dictMaterialize } from './dict';
import {
  typeType, objectType, typeLookup, isSubtype, typeName, TK_INT, TK_BOOL, TK_STR, TK_TUPLE, TK_TYPE,
  TK_BYTES,
} from './type';
import { objCall, objGetAttr, objGenericSetAttr, objGenericGetAttr, objGetIter, objIterNext } from './abstract';
import { strType, strInternLiteral, strIntern, strLen, strCharAt } from './str';
import {
  dictType, dictNew, dictCopy, dictGetItemStr, dictSetItem, dictDelItem, dictNext, dictSize,
} from './dict';
import { tupleType, tupleNew, tupleSize, tupleItem, tupleItemsAddr } from './tuple';
import { Py_None } from './none';
import { cellType, CELL_CONTENTS } from './cell';
import { functionType } from './func';
import { staticmethodWrap, staticmethodType, classmethodType, memberNew, getsetAdd } from './descrobject';
import { typeFixupSlots, typeFixupSlotFor, slotdefFind, typeFixupSlotsDeep } from './slotdefs';
import {
  excFormat, excTypeError, excOccurred, excSetString, excAttributeError, excClear, excMatches,
  excSetAttrErrorContext, excNoMemory,
} from '../vm/exc';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { heapAlloc, heapFree } from '../heap/heap';
import { curFrame, FR_GLOBALS } from '../vm/frame';
import { gcFinalizeFromDealloc } from '../gc/finalize';

let sMroEntriesName: Ptr = 0;
let sQualname: Ptr = 0, sModule: Ptr = 0, sDoc: Ptr = 0, sSlots: Ptr = 0, sDict: Ptr = 0;
let sWeakref: Ptr = 0, sClasscell: Ptr = 0, sNew: Ptr = 0, sInitSubclass: Ptr = 0;
let sClassGetitem: Ptr = 0, sSetName: Ptr = 0, sName: Ptr = 0, sEq: Ptr = 0, sHash: Ptr = 0, sBases: Ptr = 0;

export function typeNewNamesInit(): void {
  sQualname = strInternLiteral('__qualname__');
  sMroEntriesName = strInternLiteral('__mro_entries__');
  sModule = strInternLiteral('__module__');
  sDoc = strInternLiteral('__doc__');
  sSlots = strInternLiteral('__slots__');
  sDict = strInternLiteral('__dict__');
  sWeakref = strInternLiteral('__weakref__');
  sClasscell = strInternLiteral('__classcell__');
  sNew = strInternLiteral('__new__');
  sInitSubclass = strInternLiteral('__init_subclass__');
  sClassGetitem = strInternLiteral('__class_getitem__');
  sSetName = strInternLiteral('__set_name__');
  sName = strInternLiteral('__name__');
  sEq = strInternLiteral('__eq__');
  sHash = strInternLiteral('__hash__');
  sBases = strInternLiteral('__bases__');
}

@inline function isHeapType(t: Ptr): bool { return (load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0; }

/** The nearest builtin (non-heap) type on t's base chain: whose dealloc frees t's instances. */
export function typeBuiltinBase(t: Ptr): Ptr {
  while (isHeapType(t)) t = load<Ptr>(t, TP_BASE);
  return t;
}

/** Layouts CPython gives a nonzero tp_itemsize: their subclasses get no weak list. */
function isVarSizedWeak(t: Ptr): bool {
  const k = load<u32>(t, TP_KIND);
  return k == TK_INT || k == TK_BOOL || k == TK_TUPLE;
}

/** Variable-sized builtin layouts: their instances have no room for __slots__ members. */
function isVarSized(t: Ptr): bool {
  const k = load<u32>(t, TP_KIND);
  return k == TK_INT || k == TK_BOOL || k == TK_STR || k == TK_TUPLE || k == TK_BYTES;
}

/** The type whose instance layout t's instances have (CPython's solid_base): t itself if it adds
 *  fields (slots) to its base, else its base's solid base. The managed dict is not layout. */
function solidBase(t: Ptr): Ptr {
  const b = load<Ptr>(t, TP_BASE);
  if (b == 0) return t;
  const sb = solidBase(b);
  return load<u32>(t, TP_BASICSIZE) != load<u32>(b, TP_BASICSIZE) ? t : sb;
}

/** v (a tuple or a tuple subclass) as an exact tuple: a new reference. */
function tupleExact(v: Ptr): Ptr {
  if (load<Ptr>(v, OB_TYPE) == tupleType) return newref(v);
  return tupleFromIterableExt(v);
}

/** The base whose instance layout the class extends (CPython's best_base): the one with the
 *  most derived solid base; 0 + TypeError when two bases' layouts are unrelated. bases: a
 *  non-empty tuple of types. */
function bestBase(bases: Ptr): Ptr {
  let base: Ptr = 0, solid: Ptr = 0;
  const nb = tupleSize(bases);
  for (let i: i32 = 0; i < nb; i++) {
    const b = tupleItem(bases, i);
    const s = solidBase(b);
    if (solid == 0 || isSubtype(s, solid)) { if (solid == 0 || s != solid) { solid = s; base = b; } }
    else if (!isSubtype(solid, s)) return excFormat(excTypeError, 'multiple bases have instance lay-out conflict');
  }
  return base != 0 ? base : tupleItem(bases, 0);
}

// ---- C3 linearization ----

/** The MRO of a class with these bases: t first, then the C3 merge of the bases' MROs and the
 *  bases list. 0 with TypeError when no consistent order exists. */
function mroCompute(t: Ptr, bases: Ptr): Ptr {
  const nb = tupleSize(bases);
  const nseq = nb + 1;
  // seqs[k]: a tuple; cur[k]: the index of its head
  const seqs = heapAlloc(<usize>nseq * 8);
  if (seqs == 0) return excNoMemory();
  let total: i32 = 1;
  for (let k: i32 = 0; k < nb; k++) {
    const m = load<Ptr>(tupleItem(bases, k), TP_MRO);
    store<Ptr>(seqs + (<usize>k << 3), m);
    store<i32>(seqs + (<usize>k << 3), 0, 4);
    total += tupleSize(m);
  }
  store<Ptr>(seqs + (<usize>nb << 3), bases);
  store<i32>(seqs + (<usize>nb << 3), 0, 4);
  const out = heapAlloc(<usize>total << 2);
  if (out == 0) { heapFree(seqs); return excNoMemory(); }
  store<Ptr>(out, t);
  let n: i32 = 1;
  while (true) {
    let cand: Ptr = 0;
    let any = false;
    for (let k: i32 = 0; k < nseq && cand == 0; k++) {
      const s = load<Ptr>(seqs + (<usize>k << 3));
      const c = load<i32>(seqs + (<usize>k << 3), 4);
      if (c >= tupleSize(s)) continue;
      any = true;
      const head = tupleItem(s, c);
      // head must not appear in the tail of any sequence
      let inTail = false;
      for (let j: i32 = 0; j < nseq && !inTail; j++) {
        const s2 = load<Ptr>(seqs + (<usize>j << 3));
        const n2 = tupleSize(s2);
        for (let i = load<i32>(seqs + (<usize>j << 3), 4) + 1; i < n2; i++) {
          if (tupleItem(s2, i) == head) { inTail = true; break; }
        }
      }
      if (!inTail) cand = head;
    }
    if (!any) break;
    if (cand == 0) {
      mroError(seqs, nseq);
      heapFree(seqs);
      heapFree(out);
      return 0;
    }
    store<Ptr>(out + (<usize>n << 2), cand);
    n++;
    for (let k: i32 = 0; k < nseq; k++) {
      const s = load<Ptr>(seqs + (<usize>k << 3));
      const c = load<i32>(seqs + (<usize>k << 3), 4);
      if (c < tupleSize(s) && tupleItem(s, c) == cand) store<i32>(seqs + (<usize>k << 3), c + 1, 4);
    }
  }
  heapFree(seqs);
  const mro = tupleNew(n);
  if (mro != 0) {
    for (let i: i32 = 0; i < n; i++) store<Ptr>(tupleItemsAddr(mro) + (<usize>i << 2), newref(load<Ptr>(out + (<usize>i << 2))));
  }
  heapFree(out);
  return mro;
}

/** "Cannot create a consistent method resolution order (MRO) for bases A, B" naming the heads
 *  left, each once, in order (CPython's set_mro_error). */
function mroError(seqs: usize, nseq: i32): void {
  const sb = sbNew();
  sbAppendLiteral(sb, 'Cannot create a consistent method resolution\norder (MRO) for bases ');
  let first = true;
  for (let k: i32 = 0; k < nseq; k++) {
    const s = load<Ptr>(seqs + (<usize>k << 3));
    const c = load<i32>(seqs + (<usize>k << 3), 4);
    if (c >= tupleSize(s)) continue;
    const head = tupleItem(s, c);
    let seen = false;
    for (let j: i32 = 0; j < k && !seen; j++) {
      const s2 = load<Ptr>(seqs + (<usize>j << 3));
      const c2 = load<i32>(seqs + (<usize>j << 3), 4);
      if (c2 < tupleSize(s2) && tupleItem(s2, c2) == head) seen = true;
    }
    if (seen) continue;
    if (!first) sbAppendLiteral(sb, ', ');
    first = false;
    sbAppendStr(sb, load<Ptr>(head, TP_NAME));
  }
  const msg = sbFinish(sb);
  if (msg == 0) return;
  excSetObjectStolen(excTypeError, msg);
}
import { excSetObjectStolen } from '../vm/exc';

// ---- type.__new__ ----

/** The most derived metaclass among meta and the bases' types; 0 + TypeError on a conflict. */
export function typeCalculateMeta(meta: Ptr, bases: Ptr): Ptr {
  let winner = meta;
  const n = tupleSize(bases);
  for (let i: i32 = 0; i < n; i++) {
    const bt = load<Ptr>(tupleItem(bases, i), OB_TYPE);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) { winner = bt; continue; }
    return excFormat(excTypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(meta, name, bases, dict, **kwds): a new class. */
export function type_new(meta: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  if (npos != 3) {
    if (meta == typeType && npos == 1 && nkw == 0) return newref(load<Ptr>(load<Ptr>(args), OB_TYPE));
    return excFormat(excTypeError, 'type.__new__() takes exactly 3 arguments (%d given)', <Ptr>npos);
  }
  const name = load<Ptr>(args), bases0 = load<Ptr>(args, 4), ns = load<Ptr>(args, 8);
  if (load<Ptr>(name, OB_TYPE) != strType && !isSubtype(load<Ptr>(name, OB_TYPE), strType)) {
    return excFormat(excTypeError, "type.__new__() argument 1 must be str, not %T", name);
  }
  if (!isSubtype(load<Ptr>(bases0, OB_TYPE), tupleType)) return excFormat(excTypeError, 'type.__new__() argument 2 must be tuple, not %T', bases0);
  if (!isSubtype(load<Ptr>(ns, OB_TYPE), dictType)) return excFormat(excTypeError, 'type.__new__() argument 3 must be dict, not %T', ns);

  // a PEP 560 base (list[int]) is resolved by class statements only
  for (let i: i32 = 0; i < tupleSize(bases0); i++) {
    const b = tupleItem(bases0, i);
    if (isSubtype(load<Ptr>(b, OB_TYPE), typeType)) continue;
    const me = objGetAttr(b, sMroEntriesName);
    if (me != 0) { decref(me); return excFormat(excTypeError, "type() doesn't support MRO entry resolution; use types.new_class()"); }
    if (!excMatches(excAttributeError)) return 0;
    excClear();
  }
  const winner = typeCalculateMeta(meta, bases0);
  if (winner == 0) return 0;
  if (winner != meta && typeSlot(winner, SLOT_NEW) != type_new.index) {
    return call_indirect<Ptr>(typeSlot(winner, SLOT_NEW), winner, args, nargs, kwnames);
  }
  meta = winner;

  // bases: () means (object,)
  let bases: Ptr;
  if (tupleSize(bases0) == 0) {
    bases = tupleNew(1);
    if (bases == 0) return 0;
    store<Ptr>(tupleItemsAddr(bases), newref(objectType));
  } else bases = newref(bases0);
  const nb = tupleSize(bases);
  for (let i: i32 = 0; i < nb; i++) {
    const b = tupleItem(bases, i);
    if (!isSubtype(load<Ptr>(b, OB_TYPE), typeType)) { decref(bases); return excFormat(excTypeError, 'bases must be types'); }
    if ((load<u32>(b, TP_FLAGS) & TPFLAGS_BASETYPE) == 0) {
      decref(bases);
      return excFormat(excTypeError, "type '%U' is not an acceptable base type", load<Ptr>(b, TP_QUALNAME));
    }
    for (let j: i32 = 0; j < i; j++) {
      if (tupleItem(bases, j) == b) { decref(bases); return excFormat(excTypeError, 'duplicate base class %U', load<Ptr>(b, TP_NAME)); }
    }
  }
  const base = bestBase(bases);
  if (base == 0) { decref(bases); return 0; }
  const solid = solidBase(base);

  // layout
  let basicsize = load<u32>(base, TP_BASICSIZE);
  let dictoffset = load<i32>(base, TP_DICTOFFSET);
  let flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | (load<u32>(base, TP_FLAGS) & 0xFF000000);
  flags |= load<u32>(base, TP_FLAGS) & (TPFLAGS_MANAGED_DICT | TPFLAGS_MANAGED_WEAKREF | TPFLAGS_MATCH_INHERITED);
  // weak references: inherited, else added unless the layout is variable-sized (CPython's
  // may_add_weak: tp_itemsize == 0; str's is 0, int's and tuple's are not)
  let weaklistoffset = load<i32>(base, TP_WEAKLISTOFFSET);
  const mayAddWeak = weaklistoffset == 0 && !isVarSizedWeak(solid);
  let addWeak = mayAddWeak;
  const slotsObj = dictGetItemStr(ns, sSlots);
  let slots: Ptr = 0; // tuple of names, owned
  let addDict = dictoffset == 0 && load<u32>(base, TP_KIND) != TK_TYPE;
  let wantWeak = false;
  if (slotsObj != 0) {
    const raw = slotsTuple(slotsObj);
    if (raw == 0) { decref(bases); return 0; }
    addDict = false;
    addWeak = false;
    // CPython checks this before any name: no __slots__ at all below int's or tuple's layout
    if (tupleSize(raw) > 0 && isVarSizedWeak(solid)) {
      decref(raw); decref(bases);
      return excFormat(excTypeError, "nonempty __slots__ not supported for subtype of '%U'", load<Ptr>(base, TP_NAME));
    }
    // the member names: mangled for the class (`__x` -> `_Cls__x`), sorted, without __dict__
    // and __weakref__ (CPython's ht_slots)
    const names = listNewExt(0);
    if (names == 0) { decref(raw); decref(bases); return 0; }
    const nraw = tupleSize(raw);
    let err = false;
    for (let i: i32 = 0; i < nraw && !err; i++) {
      const sn = tupleItem(raw, i);
      if (load<Ptr>(sn, OB_TYPE) != strType) {
        excFormat(excTypeError, '__slots__ items must be strings, not \'%T\'', sn);
        err = true;
      } else if (!strIsIdentifier(sn)) {
        excSetString(excTypeError, '__slots__ must be identifiers');
        err = true;
      } else if (sn == sDict || strEqStr(sn, sDict)) {
        if (dictoffset != 0 || addDict) { excFormat(excTypeError, '__dict__ slot disallowed: we already got one'); err = true; }
        addDict = true;
      } else if (sn == sWeakref || strEqStr(sn, sWeakref)) {
        if (!mayAddWeak || addWeak) {
          excFormat(excTypeError, '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
          err = true;
        } else {
          addWeak = true;
          wantWeak = true;
        }
      } else {
        const m = mangleName(name, sn);
        if (m == 0) { err = true; break; }
        if (dictGetItemStr(ns, m) != 0 && !strEqStr(m, sQualname) && !strEqStr(m, sClasscell)) {
          excFormat(excValueError_, "%R in __slots__ conflicts with class variable", m);
          err = true;
        } else if (listAppendExt(names, m) < 0) err = true;
        decref(m);
      }
    }
    decref(raw);
    if (!err && listSortImpl(names, 0, false) < 0) err = true;
    if (!err) { slots = tupleFromIterableExt(names); if (slots == 0) err = true; }
    decref(names);
    if (err) { decref(bases); return 0; }
    if (tupleSize(slots) > 0 && isVarSized(solid)) {
      decref(slots); decref(bases);
      return excFormat(excTypeError, "nonempty __slots__ not supported for subtype of '%U'", load<Ptr>(solid, TP_NAME));
    }
  }
  if (addDict) { flags |= TPFLAGS_MANAGED_DICT; dictoffset = <i32>MANAGED_DICT_OFFSET; }
  if (addWeak) { flags |= TPFLAGS_MANAGED_WEAKREF; weaklistoffset = <i32>MANAGED_WEAKLIST_OFFSET; }

  const t = objAlloc(meta, TYPE_OBJECT_SIZE);
  if (t == 0) { xdecref(slots); decref(bases); return excNoMemory(); }
  store<Ptr>(t, newref(name), TP_NAME);
  store<Ptr>(t, newref(base), TP_BASE);
  store<Ptr>(t, bases, TP_BASES);
  store<u32>(t, flags, TP_FLAGS);
  store<u32>(t, load<u32>(base, TP_KIND), TP_KIND);
  const dict = dictCopy(ns);
  if (dict == 0) { xdecref(slots); decref(t); return 0; }
  store<Ptr>(t, dict, TP_DICT);

  // __qualname__ comes out of the namespace
  const qn = dictGetItemStr(dict, sQualname);
  if (qn != 0) {
    if (load<Ptr>(qn, OB_TYPE) != strType) {
      xdecref(slots); decref(t);
      return excFormat(excTypeError, "type __qualname__ must be a str, not %T", qn);
    }
    store<Ptr>(t, newref(qn), TP_QUALNAME);
    dictDelItem(dict, sQualname);
  } else store<Ptr>(t, newref(name), TP_QUALNAME);

  const mro = mroCompute(t, bases);
  if (mro == 0) { xdecref(slots); decref(t); return 0; }
  store<Ptr>(t, mro, TP_MRO);

  // members for __slots__ (slots holds their names only)
  if (slots != 0) {
    const n = tupleSize(slots);
    for (let i: i32 = 0; i < n; i++) {
      const sn = tupleItem(slots, i);
      const m = memberNew(t, sn, basicsize);
      if (m == 0 || dictSetItem(dict, sn, m) < 0) { xdecref(m); decref(slots); decref(t); return 0; }
      decref(m);
      basicsize += 4;
    }
    decref(slots);
  }
  store<u32>(t, basicsize, TP_BASICSIZE);
  store<i32>(t, dictoffset, TP_DICTOFFSET);
  store<i32>(t, weaklistoffset, TP_WEAKLISTOFFSET);

  // defaults CPython puts in a class dict
  if (dictGetItemStr(dict, sModule) == 0) {
    const f = curFrame;
    const g = f != 0 ? load<Ptr>(f, FR_GLOBALS) : 0;
    const mn = g != 0 ? dictGetItemStr(g, sName) : 0;
    if (mn != 0) dictSetItem(dict, sModule, mn);
  }
  if (!wrapSpecial(dict, sNew, staticmethodType)) { decref(t); return 0; }
  if (!wrapSpecial(dict, sInitSubclass, classmethodType)) { decref(t); return 0; }
  if (!wrapSpecial(dict, sClassGetitem, classmethodType)) { decref(t); return 0; }
  // in CPython's order (vars(C) shows it): __dict__, __weakref__, then __doc__ and __hash__
  if (addDict && load<i32>(base, TP_DICTOFFSET) == 0
      && !getsetAdd(t, '__dict__', subtype_dict_get.index, subtype_dict_set.index, dict)) { decref(t); return 0; }
  if (addWeak && !getsetAdd(t, '__weakref__', subtype_weakref_get.index, 0, dict)) { decref(t); return 0; }
  if (dictGetItemStr(dict, sDoc) == 0 && dictSetItem(dict, sDoc, Py_None) < 0) { decref(t); return 0; }
  if (dictGetItemStr(dict, sEq) != 0 && dictGetItemStr(dict, sHash) == 0
      && dictSetItem(dict, sHash, Py_None) < 0) { decref(t); return 0; }

  // slots: inherited from the base, then the dunder-backed ones from the MRO
  for (let s: i32 = 0; s < SLOT_COUNT; s++) typeSetSlot(t, s, typeSlot(base, s));
  typeSetSlot(t, SLOT_DEALLOC, subtype_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, subtype_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, subtype_clear.index);
  typeFixupSlots(t);
  // CPython's type_ready adds the class to its bases' __subclasses__() before __set_name__ and
  // __init_subclass__ run
  if (!subclassesRegister(t)) { decref(t); return excNoMemory(); }

  // __classcell__: the cell zero-argument super() and __class__ read
  const cell = dictGetItemStr(dict, sClasscell);
  if (cell != 0) {
    if (load<Ptr>(cell, OB_TYPE) != cellType) {
      excFormat(excTypeError, '__classcell__ must be a nonlocal cell, not %R', load<Ptr>(cell, OB_TYPE));
      decref(t);
      return 0;
    }
    setref(cell + CELL_CONTENTS, newref(t));
    dictDelItem(dict, sClasscell);
  }
  typeModified(); // lookups made while the dict was being filled in are stale

  if (!setNames(t) || !initSubclass(t, args + 12, nkw, kwnames)) { decref(t); return 0; }
  return t;
}
import { excValueError as excValueError_ } from '../vm/exc';
import { strEq } from './str';
@inline function strEqStr(a: Ptr, b: Ptr): bool { return a == b || strEq(a, b); }

/** A private name as the class body's code sees it (CPython's _Py_Mangle): `__x` in class
 *  `_Cls` is `_Cls__x`; dunders, dotted names and a class named only underscores keep theirs.
 *  New reference. */
function mangleName(cls: Ptr, n: Ptr): Ptr {
  const len = strLen(n);
  if (len < 3 || strCharAt(n, 0) != 95 || strCharAt(n, 1) != 95 ||
      (strCharAt(n, len - 1) == 95 && strCharAt(n, len - 2) == 95)) return newref(n);
  for (let i: i32 = 0; i < len; i++) if (strCharAt(n, i) == 46) return newref(n); // '.'
  const clen = strLen(cls);
  let start: i32 = 0;
  while (start < clen && strCharAt(cls, start) == 95) start++;
  if (start == clen) return newref(n);
  const sb = sbNew();
  sbAppendLiteral(sb, '_');
  sbAppendSubstr(sb, cls, start, clen);
  sbAppendStr(sb, n);
  const r = sbFinish(sb);
  return r != 0 ? strIntern(r) : 0;
}
import { sbAppendSubstr } from './strbuild';
import { strIsIdentifier } from './strmethods';
import { listSortImpl } from './listsort';

/** __slots__ as a tuple of names: a str is one name, anything else is iterated. */
function slotsTuple(o: Ptr): Ptr {
  if (load<Ptr>(o, OB_TYPE) == strType) {
    const t = tupleNew(1);
    if (t) store<Ptr>(tupleItemsAddr(t), newref(o));
    return t;
  }
  return tupleFromIterableExt(o);
}
import { tupleFromIterable as tupleFromIterableExt } from './tuple';

/** dict[name] = wrapper(dict[name]) when it is a plain function (__new__ is implicitly a
 *  staticmethod, __init_subclass__ and __class_getitem__ classmethods). */
function wrapSpecial(dict: Ptr, name: Ptr, wrapper: Ptr): bool {
  const f = dictGetItemStr(dict, name);
  if (f == 0 || load<Ptr>(f, OB_TYPE) != functionType) return true;
  const w = staticmethodWrap(wrapper, f);
  if (w == 0) return false;
  const r = dictSetItem(dict, name, w);
  decref(w);
  return r >= 0;
}

/** Calls value.__set_name__(t, key) for every attribute whose type defines it. */
function setNames(t: Ptr): bool {
  // iterate over a snapshot: __set_name__ may change the dict
  const d = dictCopy(load<Ptr>(t, TP_DICT));
  if (d == 0) return false;
  const pos = heapAlloc(12);
  if (pos == 0) { decref(d); return false; }
  store<i32>(pos, 0);
  let ok = true;
  while (dictNext(d, pos, pos + 4, pos + 8)) {
    const key = load<Ptr>(pos, 4), v = load<Ptr>(pos, 8);
    const sn = typeLookup(load<Ptr>(v, OB_TYPE), sSetName);
    if (sn == 0) continue;
    const r = callMethodFoundExt(sn, v, 2, t, key);
    if (r == 0) {
      // CPython 3.11 wraps the error: RuntimeError from the original (its __cause__)
      const cause = excFetch();
      excFormat(excRuntimeError, "Error calling __set_name__ on '%N' instance %R in '%N'", load<Ptr>(v, OB_TYPE), key, t);
      excFromCause(cause);
      ok = false;
      break;
    }
    decref(r);
  }
  heapFree(pos);
  decref(d);
  return ok;
}
import { callMethodFound as callMethodFoundExt } from './slotdefs';
import { excFetch, excRuntimeError } from '../vm/exc';
import { excFromCause } from './gen';

/** super(t, t).__init_subclass__(**kwds): the nearest parent's hook, bound to t. */
function initSubclass(t: Ptr, kwvalues: Ptr, nkw: i32, kwnames: Ptr): bool {
  const mro = load<Ptr>(t, TP_MRO);
  const n = tupleSize(mro);
  let attr: Ptr = 0;
  for (let i: i32 = 1; i < n && attr == 0; i++) attr = dictGetItemStr(load<Ptr>(tupleItem(mro, i), TP_DICT), sInitSubclass);
  if (attr == 0) return true;
  const get = typeSlot(load<Ptr>(attr, OB_TYPE), SLOT_DESCR_GET);
  const f = get ? call_indirect<Ptr>(get, attr, 0, t) : newref(attr);
  if (f == 0) return false;
  const r = objCall(f, kwvalues, nkw, nkw > 0 ? kwnames : 0);
  decref(f);
  if (r == 0) return false;
  decref(r);
  return true;
}

/** object.__init_subclass__: takes no keyword arguments. */
export function object_init_subclass(cls: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs > 0) return excFormat(excTypeError, '%N.__init_subclass__() takes no keyword arguments', cls);
  return newref(Py_None);
}

/** type.__init__: accepts what type.__new__ accepted. */
export function type_init(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  const npos = nargs - (kwnames ? tupleSize(kwnames) : 0);
  if (npos != 1 && npos != 3) { excFormat(excTypeError, 'type.__init__() takes 1 or 3 arguments'); return -1; }
  return 0;
}

// ---- instances of classes ----

/** Drops what a class adds to its builtin base's layout: the __slots__ members (Ptr words from
 *  the builtin base's basicsize to the class's) and the managed __dict__. Each field is zeroed
 *  before its decref. */
function subtypeClearOwn(o: Ptr, t: Ptr, b: Ptr): void {
  const from = <usize>load<u32>(b, TP_BASICSIZE), to = <usize>load<u32>(t, TP_BASICSIZE);
  for (let off = from; off < to; off += 4) {
    const v = load<Ptr>(o + off);
    if (v) { store<Ptr>(o + off, 0); decref(v); }
  }
  if (load<u32>(t, TP_FLAGS) & TPFLAGS_MANAGED_DICT) {
    const d = load<Ptr>(o + <usize>MANAGED_DICT_OFFSET);
    if (d) { store<Ptr>(o + <usize>MANAGED_DICT_OFFSET, 0); decref(d); }
  }
}

function subtype_dealloc(o: Ptr): void {
  const t = load<Ptr>(o, OB_TYPE);
  // __del__ runs once (PEP 442; a collection may have run it already), with the object alive
  // again; if it stored a reference somewhere, the object is resurrected and stays.
  if (gcFinalizeFromDealloc(o)) return;
  const b = typeBuiltinBase(t);
  // weak references die before anything the instance holds (CPython's subtype_dealloc); a
  // builtin base with its own weak list clears it in its own dealloc
  if (load<i32>(b, TP_WEAKLISTOFFSET) == 0 && load<i32>(t, TP_WEAKLISTOFFSET) != 0) weakrefClearAll(o);
  subtypeClearOwn(o, t, b);
  call_indirect<void>(typeSlot(b, SLOT_DEALLOC), o);
}

/** CPython's subtype_traverse order: __slots__ members, the __dict__, the class, the base's. */
function subtype_traverse(o: Ptr, visit: u32, arg: Ptr): i32 {
  const t = load<Ptr>(o, OB_TYPE);
  let r: i32 = 0;
  const b = typeBuiltinBase(t);
  const from = <usize>load<u32>(b, TP_BASICSIZE), to = <usize>load<u32>(t, TP_BASICSIZE);
  for (let off = from; off < to; off += 4) {
    const v = load<Ptr>(o + off);
    if (v) { r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  if (load<u32>(t, TP_FLAGS) & TPFLAGS_MANAGED_DICT) {
    const d = load<Ptr>(o + <usize>MANAGED_DICT_OFFSET);
    if (d) { r = call_indirect<i32>(visit, d, arg); if (r) return r; }
  }
  r = call_indirect<i32>(visit, t, arg);
  if (r) return r;
  const bt = typeSlot(b, SLOT_TRAVERSE);
  return bt ? call_indirect<i32>(bt, o, visit, arg) : 0;
}

function subtype_clear(o: Ptr): void {
  const t = load<Ptr>(o, OB_TYPE);
  const b = typeBuiltinBase(t);
  subtypeClearOwn(o, t, b);
  const bc = typeSlot(b, SLOT_CLEAR);
  if (bc) call_indirect<void>(bc, o);
}

/** instance.__dict__ (made on first use). A dict the attributes were kept in so far becomes one
 *  CPython would show too (dictMaterialize). */
function subtype_dict_get(o: Ptr): Ptr {
  const a = o + <usize>load<i32>(load<Ptr>(o, OB_TYPE), TP_DICTOFFSET);
  let d = load<Ptr>(a);
  if (d == 0) {
    d = dictNew();
    if (d == 0) return 0;
    store<Ptr>(a, d);
  } else dictMaterialize(d);
  return newref(d);
}

/** instance.__weakref__: the first weak reference to it, or None. */
function subtype_weakref_get(o: Ptr): Ptr {
  const w = weakrefFirst(o);
  return newref(w != 0 ? w : Py_None);
}

function subtype_dict_set(o: Ptr, v: Ptr): i32 {
  if (v == 0) { excSetString(excTypeError, 'cannot delete __dict__'); return -1; }
  if (!isSubtype(load<Ptr>(v, OB_TYPE), dictType)) {
    excFormat(excTypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
    return -1;
  }
  const a = o + <usize>load<i32>(load<Ptr>(o, OB_TYPE), TP_DICTOFFSET);
  setref(a, newref(v));
  return 0;
}


/** object.__class__ */
export function object_get_class(o: Ptr): Ptr { return newref(load<Ptr>(o, OB_TYPE)); }

// ---- setting attributes on a class ----

/** type.__setattr__: into the class dict; a dunder re-derives the slot it feeds. Builtin types
 *  are immutable. */
export function type_setattro(t: Ptr, name: Ptr, v: Ptr): i32 {
  if (!isHeapType(t)) {
    excFormat(excTypeError, "cannot set '%U' attribute of immutable type '%U'", name, load<Ptr>(t, TP_NAME));
    return -1;
  }
  if (load<Ptr>(name, OB_TYPE) != strType) {
    excFormat(excTypeError, "attribute name must be string, not '%T'", name);
    return -1;
  }
  // a data descriptor on the metatype (e.g. a property of the metaclass) wins
  const meta = load<Ptr>(t, OB_TYPE);
  const md = typeLookup(meta, name);
  if (md != 0) {
    const set = typeSlot(load<Ptr>(md, OB_TYPE), SLOT_DESCR_SET_);
    if (set) return call_indirect<i32>(set, md, t, v);
  }
  const key = strIntern(newref(name));
  if (key == 0) return -1;
  let r: i32;
  if (key == sName || key == sQualname) r = typeSetNameField(t, key, v);
  else if (key == sBases) r = typeSetBases(t, v);
  else {
    const d = load<Ptr>(t, TP_DICT);
    if (v) r = dictSetItem(d, key, v);
    else {
      r = dictDelItem(d, key);
      if (r < 0 && excMatches(excKeyError_)) {
        excClear();
        excFormat(excAttributeError, "type object '%U' has no attribute '%U'", load<Ptr>(t, TP_NAME), key);
      }
    }
  }
  if (r >= 0) {
      typeModified();
      typeFixupSlotFor(t, key);
  }
  decref(key);
  return r;
}
import { SLOT_DESCR_SET as SLOT_DESCR_SET_ } from './typelayout';
import { typeModified } from './type';
import { excKeyError as excKeyError_ } from '../vm/exc';

/** `del C.__name__` (or __qualname__, __bases__): CPython's check_set_special_type_attr words it
 *  so, for classes too. Returns -1. */
function cannotDelete(t: Ptr, key: Ptr): i32 {
  excFormat(excTypeError, "cannot delete '%U' attribute of immutable type '%U'", key, load<Ptr>(t, TP_NAME));
  return -1;
}

function typeSetNameField(t: Ptr, key: Ptr, v: Ptr): i32 {
  if (v == 0) return cannotDelete(t, key);
  if (load<Ptr>(v, OB_TYPE) != strType) {
    excFormat(excTypeError, key == sName ? "can only assign string to %U.__name__, not '%T'" : "can only assign string to %U.__qualname__, not '%T'", load<Ptr>(t, TP_NAME), v ? v : Py_None);
    return -1;
  }
  setref(t + (key == sName ? TP_NAME : TP_QUALNAME), newref(v));
  return 0;
}

// ---- `C.__bases__ = (...)` (CPython's type_set_bases) ----

/** Recomputes the MRO of t and of every class below it, parents first, recording each class
 *  and its old MRO in `undo` (a list of pairs kept flat) so that a failure can put them all
 *  back. False with the exception set (an inconsistent MRO somewhere below). */
function mroHierarchy(t: Ptr, undo: Ptr): bool {
  const mro = mroCompute(t, load<Ptr>(t, TP_BASES));
  if (mro == 0) return false;
  const old = load<Ptr>(t, TP_MRO);
  if (listAppendExt(undo, t) < 0 || listAppendExt(undo, old) < 0) { decref(mro); return false; }
  store<Ptr>(t, mro, TP_MRO);
  decref(old); // undo keeps it
  const n = subclassesCount(t);
  for (let i: i32 = 0; i < n; i++) if (!mroHierarchy(subclassesAt(t, i), undo)) return false;
  return true;
}

/** Puts back the MROs recorded by mroHierarchy. */
function mroUndo(undo: Ptr): void {
  const n = listSizeExt(undo);
  for (let i: i32 = 0; i + 1 < n; i += 2) {
    const c = load<Ptr>(listItemsAddrExt(undo) + (<usize>i << 2));
    setref(c + TP_MRO, newref(load<Ptr>(listItemsAddrExt(undo) + (<usize>(i + 1) << 2))));
  }
}

/** t.__bases__ = v: a new tuple of bases whose layout agrees with the old one (the same
 *  compatibility check as __class__ assignment, on the best bases); then the MRO of t and of
 *  the classes below it, t's place in the subclass lists, and every slot below it follow. */
function typeSetBases(t: Ptr, v: Ptr): i32 {
  if (v == 0) return cannotDelete(t, sBases);
  if (!isSubtype(load<Ptr>(v, OB_TYPE), tupleType)) {
    excFormat(excTypeError, 'can only assign tuple to %U.__bases__, not %T', load<Ptr>(t, TP_NAME), v);
    return -1;
  }
  const n = tupleSize(v);
  if (n == 0) {
    excFormat(excTypeError, 'can only assign non-empty tuple to %U.__bases__, not ()', load<Ptr>(t, TP_NAME));
    return -1;
  }
  for (let i: i32 = 0; i < n; i++) {
    const b = tupleItem(v, i);
    if (!isSubtype(load<Ptr>(b, OB_TYPE), typeType)) {
      excFormat(excTypeError, "%U.__bases__ must be tuple of classes, not '%T'", load<Ptr>(t, TP_NAME), b);
      return -1;
    }
    if (isSubtype(b, t)) { excSetString(excTypeError, 'a __bases__ item causes an inheritance cycle'); return -1; }
    for (let j: i32 = 0; j < i; j++) {
      if (tupleItem(v, j) == b) { excFormat(excTypeError, 'duplicate base class %U', load<Ptr>(b, TP_NAME)); return -1; }
    }
  }
  const nb = bestBase(v);
  if (nb == 0) return -1;
  if (typeLayoutCompatible(load<Ptr>(t, TP_BASE), nb, true) != 1) return -1;

  const oldBases = load<Ptr>(t, TP_BASES), oldBase = load<Ptr>(t, TP_BASE);
  store<Ptr>(t, tupleExact(v), TP_BASES);
  store<Ptr>(t, newref(nb), TP_BASE);
  const undo = listNewExt(0);
  if (undo == 0 || !mroHierarchy(t, undo)) {
    if (undo != 0) { mroUndo(undo); decref(undo); }
    decref(load<Ptr>(t, TP_BASES));
    decref(nb);
    store<Ptr>(t, oldBases, TP_BASES);
    store<Ptr>(t, oldBase, TP_BASE);
    return -1;
  }
  decref(undo);
  const ok = subclassesRebase(t, oldBases);
  typeFixupSlotsDeep(t);
  decref(oldBases);
  decref(oldBase);
  if (!ok) { excNoMemory(); return -1; }
  return 0;
}

/** Installs the class machinery on `type` and `object` (after slotdefs and descriptors exist). */
/** type.mro(): the C3 order as a list. Argument errors name the class it is bound to (`int.mro()
 *  takes no arguments`), as CPython's qualname of a builtin method bound to a type does. */
function type_mro(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, '%N.mro() takes no arguments (%d given)', t, <Ptr>nargs);
  const mro = load<Ptr>(t, TP_MRO);
  const n = tupleSize(mro);
  const l = listNewExt(n);
  if (l == 0) return 0;
  for (let i: i32 = 0; i < n; i++) store<Ptr>(listItemsAddrExt(l) + (<usize>i << 2), newref(tupleItem(mro, i)));
  return l;
}
import { listNew as listNewExt, listItemsAddr as listItemsAddrExt, listAppend as listAppendExt, listSize as listSizeExt } from './list';
import { typeAddMethod, typeBuiltinCount, typeBuiltinAt } from './type';
import { subclassesRegister, subclassesCount, subclassesAt, subclassesRebase } from './subclasses';
import { object_set_class, classAssignInit, typeIsVarSizedForWeak, typeLayoutCompatible } from './classassign';
import { TP_WEAKLISTOFFSET } from './typelayout';

/** type.__subclasses__(): the live classes made from t, in creation order (the builtin types
 *  made from a builtin t come first: they were made at vmInit). */
function type_subclasses(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, '%N.__subclasses__() takes no arguments (%d given)', t, <Ptr>nargs);
  const l = listNewExt(0);
  if (l == 0) return 0;
  if (!isHeapType(t)) {
    const nb = typeBuiltinCount();
    for (let i: i32 = 0; i < nb; i++) {
      const c = typeBuiltinAt(i);
      if (c == t) continue;
      const bases = load<Ptr>(c, TP_BASES);
      const n = bases != 0 ? tupleSize(bases) : 0;
      for (let j: i32 = 0; j < n; j++) {
        if (tupleItem(bases, j) == t) { if (listAppendExt(l, c) < 0) { decref(l); return 0; } break; }
      }
    }
  }
  const n = subclassesCount(t);
  for (let i: i32 = 0; i < n; i++) if (listAppendExt(l, subclassesAt(t, i)) < 0) { decref(l); return 0; }
  return l;
}

let sAnnotations: Ptr = 0;

/** C.__annotations__: the class's own (never a base's), made empty on first access when its
 *  body had none; builtin types have none. A descriptor stored there is bound to the class. */
function type_get_annotations(t: Ptr): Ptr {
  if (!isHeapType(t)) {
    excFormat(excAttributeError, "type object '%U' has no attribute '__annotations__'", load<Ptr>(t, TP_NAME));
    return 0;
  }
  const d = load<Ptr>(t, TP_DICT);
  const a = dictGetItemStr(d, sAnnotations);
  if (a != 0) {
    const get = typeSlot(load<Ptr>(a, OB_TYPE), SLOT_DESCR_GET);
    return get != 0 ? call_indirect<Ptr>(get, a, 0, t) : newref(a);
  }
  const n = dictNew();
  if (n == 0 || dictSetItem(d, sAnnotations, n) < 0) { xdecref(n); return 0; }
  return n;
}

function type_set_annotations(t: Ptr, v: Ptr): i32 {
  if (!isHeapType(t)) {
    excFormat(excTypeError, "cannot set '__annotations__' attribute of immutable type '%U'", load<Ptr>(t, TP_NAME));
    return -1;
  }
  const d = load<Ptr>(t, TP_DICT);
  if (v != 0) return dictSetItem(d, sAnnotations, v);
  if (dictDelItem(d, sAnnotations) < 0) {
    if (excMatches(excKeyError_)) { excClear(); excSetString(excAttributeError, '__annotations__'); }
    return -1;
  }
  return 0;
}

export function typeNewInit(): void {
  sAnnotations = strInternLiteral('__annotations__');
  getsetAdd(typeType, '__annotations__', type_get_annotations.index, type_set_annotations.index, load<Ptr>(typeType, TP_DICT));
  typeAddMethod(typeType, 'mro', type_mro.index);
  typeAddMethod(typeType, '__subclasses__', type_subclasses.index);
  typeSetSlot(typeType, SLOT_NEW, type_new.index);
  typeSetSlot(typeType, SLOT_INIT, type_init.index);
  typeSetSlot(typeType, SLOT_SETATTRO, type_setattro.index);
  getsetAdd(objectType, '__class__', object_get_class.index, object_set_class.index, load<Ptr>(objectType, TP_DICT));
  classAssignInit();
}
