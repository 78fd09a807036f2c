// === Special methods <-> type slots, in both directions (CPython's typeobject.c slotdefs) ===
//
// One table (slotdefsInit) lists every special method name with the slot it fills and the
// calling convention ("kind") of that slot. It is used two ways:
//
//  - Classes: a type made by a class statement gets, for each slot whose dunder a class in its
//    MRO defines in Python, one of the slot_* functions below, which looks the dunder up on the
//    type and calls it (CPython's slot_tp_repr, slot_nb_add, ...). Slots nobody overrides keep
//    the builtin base's function (typeFixupSlots).
//  - Builtin types: each slot a builtin type implements itself appears in its dict as a
//    wrapper_descriptor (`int.__add__`, `object.__init__`, `list.__getitem__`), so Python code
//    can call the slot directly (`super().__init__()`, `object.__setattr__(self, n, v)`).
//
//   wrapper_descriptor: +0 refcnt | +4 type | +8 slot fn u32 | +12 name | +16 def index u32 | +20 owner
//
// Invariant: a slot_* function is installed only on types whose MRO defines its dunder in a
// class dict, and re-derived (typeFixupSlots) whenever such a dunder is set or deleted on the type.

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, xdecref, incref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER,
  SLOT_ITERNEXT, SLOT_CALL, SLOT_GETATTRO, SLOT_SETATTRO, SLOT_DESCR_GET, SLOT_DESCR_SET, SLOT_NEW,
  SLOT_INIT, SLOT_BOOL, SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_NEG, SLOT_POS,
  SLOT_INVERT, SLOT_ABS, SLOT_INT, SLOT_FLOAT, SLOT_INDEX, SLOT_FINALIZE, SLOT_NB_BINARY,
  SLOT_POW3, SLOT_COUNT, NB_SLOT_COUNT, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, TP_MRO, TP_DICT, TP_BASE, TP_FLAGS, typeSlot, typeSetSlot,
} from './typelayout';
import {
  typeNewBuiltin, objectType, typeType, typeLookup, isSubtype, objIsInstanceOf, TK_OTHER, TK_INT, TK_STR, TK_LIST,
  TK_TUPLE, TK_BYTES, TK_BYTEARRAY, typeKind, typeSetFinal,
} from './type';
import { NB_ADD as NB_ADD_ } from '../opcodes.gen';
import { formatMessage } from '../vm/exc';
import { getsetAdd } from './descrobject';
import { TP_QUALNAME } from './typelayout';
import {
  objCall, objGenericGetAttr, objGenericSetAttr, objHashUnhashable, objIsTrue, objIndex,
} from './abstract';
import { strInternLiteral, strType } from './str';
import { dictGetItemStr, dictSetItem } from './dict';
import { tupleSize, tupleItem, tupleNew, tupleItemsAddr } from './tuple';
import { Py_None, Py_NotImplemented } from './none';
import { Py_True, Py_False, boolType } from './bool';
import { intType, intValue, intFromI64, intAsI64 } from './int';
import { indexAsI64 } from './slice';
import { longSign } from './long';
import { floatType } from './float';
import { functionType } from './func';
import { descrType } from './cfunc';
import { objArgBuf, argBufPop } from './descrobject';
import {
  excFormat, excTypeError, excValueError, excAttributeError, excStopIteration, excMatches, excClear,
  excOccurred, excOverflowError,
} from '../vm/exc';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';

// ---- the table ----

// Calling conventions of builtin slots, for wrapper descriptors.
@inline const K_UNARY: u8 = 0;      // Ptr f(o)
@inline const K_BINARY: u8 = 1;     // Ptr f(o, x)
@inline const K_BINARY_R: u8 = 2;   // Ptr f(x, o)   (__radd__ of a builtin's add slot)
@inline const K_RICHCMP: u8 = 3;    // Ptr f(o, x, op)
@inline const K_HASH: u8 = 4;       // i64 f(o)
@inline const K_LEN: u8 = 5;        // i64 f(o)
@inline const K_BOOL: u8 = 6;       // i32 f(o)
@inline const K_CONTAINS: u8 = 7;   // i32 f(o, x)
@inline const K_SETITEM: u8 = 8;    // i32 f(o, k, v)
@inline const K_DELITEM: u8 = 9;    // i32 f(o, k, 0)
@inline const K_SETATTR: u8 = 10;   // i32 f(o, name, v)
@inline const K_DELATTR: u8 = 11;   // i32 f(o, name, 0)
@inline const K_CALL: u8 = 12;      // Ptr f(o, args, nargs, kwnames)
@inline const K_INIT: u8 = 13;      // i32 f(o, args, nargs, kwnames)
@inline const K_NEW: u8 = 14;       // Ptr f(type, args, nargs, kwnames), reached unbound
@inline const K_DESCR_GET: u8 = 15; // Ptr f(d, obj, type)
@inline const K_DESCR_SET: u8 = 16; // i32 f(d, obj, v)
@inline const K_DESCR_DEL: u8 = 17; // i32 f(d, obj, 0)
@inline const K_NEXT: u8 = 18;      // Ptr f(o), 0 without exception = StopIteration
@inline const K_NONE: u8 = 19;      // no wrapper (__getattr__, __del__: heap types only)
@inline const K_POW: u8 = 20;       // Ptr f(o, x), or the type's POW3 slot (o, x, m) given a modulus
@inline const K_POW_R: u8 = 21;     // Ptr f(x, o), or POW3 (x, o, m)

// Definition indices (the order of slotdefsInit).
@inline const D_REPR: i32 = 0;
@inline const D_STR: i32 = 1;
@inline const D_HASH: i32 = 2;
@inline const D_LT: i32 = 3;        // ..D_LT + 5 = __ge__, in CPython's op order (< <= == != > >=)
@inline const D_ITER: i32 = 9;
@inline const D_NEXT: i32 = 10;
@inline const D_CALL: i32 = 11;
@inline const D_GETATTRIBUTE: i32 = 12;
@inline const D_GETATTR: i32 = 13;
@inline const D_SETATTR: i32 = 14;
@inline const D_DELATTR: i32 = 15;
@inline const D_GET: i32 = 16;
@inline const D_SET: i32 = 17;
@inline const D_DELETE: i32 = 18;
@inline const D_INIT: i32 = 19;
@inline const D_NEW: i32 = 20;
@inline const D_BOOL: i32 = 21;
@inline const D_LEN: i32 = 22;
@inline const D_GETITEM: i32 = 23;
@inline const D_SETITEM: i32 = 24;
@inline const D_DELITEM: i32 = 25;
@inline const D_CONTAINS: i32 = 26;
@inline const D_NEG: i32 = 27;      // __neg__ __pos__ __invert__ __abs__ __int__ __float__ __index__
@inline const D_DEL: i32 = 34;
@inline const D_NB: i32 = 35;       // __add__ ... (13, NB_* order)
@inline const D_RNB: i32 = 48;      // __radd__ ...
@inline const D_INB: i32 = 61;      // __iadd__ ... (NB_* 13..25)
@inline const D_DIVMOD: i32 = 74;   // __divmod__, then __rdivmod__ (NB_DIVMOD)
@inline const NDEFS: i32 = 76;

/** NB_DIVMOD: the divmod() slot follows the 26 BINARY_OP operators. */
@inline const NB_DIVMOD: i32 = 26;
@inline const NB_POWER: i32 = 8;

/** The definition of the (reflected) dunder of binary slot nb (an operator, or NB_DIVMOD). */
@inline function dOp(nb: i32): i32 { return nb < 13 ? D_NB + nb : D_DIVMOD; }
@inline function dROp(nb: i32): i32 { return nb < 13 ? D_RNB + nb : D_DIVMOD + 1; }

const defName: usize = memory.data(NDEFS * 4);
const defSlot: usize = memory.data(NDEFS);
const defKind: usize = memory.data(NDEFS);

@inline export function slotdefName(i: i32): Ptr { return load<Ptr>(defName + (<usize>i << 2)); }
@inline function slotdefSlot(i: i32): i32 { return <i32>load<u8>(defSlot + <usize>i); }
@inline function slotdefKind(i: i32): u8 { return load<u8>(defKind + <usize>i); }

let ndefs: i32 = 0;
function def(name: string, slot: i32, kind: u8): void {
  store<Ptr>(defName + (<usize>ndefs << 2), strInternLiteral(name));
  store<u8>(defSlot + <usize>ndefs, <u8>slot);
  store<u8>(defKind + <usize>ndefs, kind);
  ndefs++;
}

function nbName(nb: i32): string {
  switch (nb) {
    case 0: return 'add'; case 1: return 'and'; case 2: return 'floordiv'; case 3: return 'lshift';
    case 4: return 'matmul'; case 5: return 'mul'; case 6: return 'mod'; case 7: return 'or';
    case 8: return 'pow'; case 9: return 'rshift'; case 10: return 'sub'; case 11: return 'truediv';
    default: return 'xor';
  }
}
function nbDunder(nb: i32): string {
  switch (nb) {
    case 0: return '__add__'; case 1: return '__and__'; case 2: return '__floordiv__'; case 3: return '__lshift__';
    case 4: return '__matmul__'; case 5: return '__mul__'; case 6: return '__mod__'; case 7: return '__or__';
    case 8: return '__pow__'; case 9: return '__rshift__'; case 10: return '__sub__'; case 11: return '__truediv__';
    default: return '__xor__';
  }
}
function nbRDunder(nb: i32): string {
  switch (nb) {
    case 0: return '__radd__'; case 1: return '__rand__'; case 2: return '__rfloordiv__'; case 3: return '__rlshift__';
    case 4: return '__rmatmul__'; case 5: return '__rmul__'; case 6: return '__rmod__'; case 7: return '__ror__';
    case 8: return '__rpow__'; case 9: return '__rrshift__'; case 10: return '__rsub__'; case 11: return '__rtruediv__';
    default: return '__rxor__';
  }
}
function nbIDunder(nb: i32): string {
  switch (nb) {
    case 0: return '__iadd__'; case 1: return '__iand__'; case 2: return '__ifloordiv__'; case 3: return '__ilshift__';
    case 4: return '__imatmul__'; case 5: return '__imul__'; case 6: return '__imod__'; case 7: return '__ior__';
    case 8: return '__ipow__'; case 9: return '__irshift__'; case 10: return '__isub__'; case 11: return '__itruediv__';
    default: return '__ixor__';
  }
}

export function slotdefsInit(): void {
  def('__repr__', SLOT_REPR, K_UNARY);
  def('__str__', SLOT_STR, K_UNARY);
  def('__hash__', SLOT_HASH, K_HASH);
  def('__lt__', SLOT_RICHCOMPARE, K_RICHCMP);
  def('__le__', SLOT_RICHCOMPARE, K_RICHCMP);
  def('__eq__', SLOT_RICHCOMPARE, K_RICHCMP);
  def('__ne__', SLOT_RICHCOMPARE, K_RICHCMP);
  def('__gt__', SLOT_RICHCOMPARE, K_RICHCMP);
  def('__ge__', SLOT_RICHCOMPARE, K_RICHCMP);
  def('__iter__', SLOT_ITER, K_UNARY);
  def('__next__', SLOT_ITERNEXT, K_NEXT);
  def('__call__', SLOT_CALL, K_CALL);
  def('__getattribute__', SLOT_GETATTRO, K_BINARY);
  def('__getattr__', SLOT_GETATTRO, K_NONE);
  def('__setattr__', SLOT_SETATTRO, K_SETATTR);
  def('__delattr__', SLOT_SETATTRO, K_DELATTR);
  def('__get__', SLOT_DESCR_GET, K_DESCR_GET);
  def('__set__', SLOT_DESCR_SET, K_DESCR_SET);
  def('__delete__', SLOT_DESCR_SET, K_DESCR_DEL);
  def('__init__', SLOT_INIT, K_INIT);
  def('__new__', SLOT_NEW, K_NEW);
  def('__bool__', SLOT_BOOL, K_BOOL);
  def('__len__', SLOT_LEN, K_LEN);
  def('__getitem__', SLOT_GETITEM, K_BINARY);
  def('__setitem__', SLOT_SETITEM, K_SETITEM);
  def('__delitem__', SLOT_SETITEM, K_DELITEM);
  def('__contains__', SLOT_CONTAINS, K_CONTAINS);
  def('__neg__', SLOT_NEG, K_UNARY);
  def('__pos__', SLOT_POS, K_UNARY);
  def('__invert__', SLOT_INVERT, K_UNARY);
  def('__abs__', SLOT_ABS, K_UNARY);
  def('__int__', SLOT_INT, K_UNARY);
  def('__float__', SLOT_FLOAT, K_UNARY);
  def('__index__', SLOT_INDEX, K_UNARY);
  def('__del__', SLOT_FINALIZE, K_NONE);
  for (let nb: i32 = 0; nb < 13; nb++) def(nbDunder(nb), SLOT_NB_BINARY + nb, nb == NB_POWER ? K_POW : K_BINARY);
  for (let nb: i32 = 0; nb < 13; nb++) def(nbRDunder(nb), SLOT_NB_BINARY + nb, nb == NB_POWER ? K_POW_R : K_BINARY_R);
  for (let nb: i32 = 0; nb < 13; nb++) def(nbIDunder(nb), SLOT_NB_BINARY + 13 + nb, K_BINARY);
  def('__divmod__', SLOT_NB_BINARY + NB_DIVMOD, K_BINARY);
  def('__rdivmod__', SLOT_NB_BINARY + NB_DIVMOD, K_BINARY_R);
  if (ndefs != NDEFS) unreachable();
  heapSlotFnsInit();
}

/** The definition index of a special method name (interned str), or -1. */
export function slotdefFind(name: Ptr): i32 {
  for (let i: i32 = 0; i < NDEFS; i++) if (slotdefName(i) == name) return i;
  return -1;
}

// ---- calling a dunder found on the type ----

/** Calls attr (found on type(self) by typeLookup) as a method of self with n extra arguments:
 *  Python functions and builtin method descriptors take self as their first argument, anything
 *  else is bound through its __get__ first. New reference, 0 on error. */
export function callMethodFound(attr: Ptr, self: Ptr, n: i32, a: Ptr, b: Ptr): Ptr {
  const buf = objArgBuf(n);
  if (buf == 0) return 0;
  if (n > 0) store<Ptr>(buf, a);
  if (n > 1) store<Ptr>(buf, b, 4);
  const r = callWithSelf(attr, self, buf, n, 0);
  argBufPop(n);
  return r;
}

/** Looks dunder `d` up on type(self) and calls it; `missing` receives 1 when absent (no error
 *  set), so callers can fall back (NotImplemented, default behaviour). */
function callDunder(self: Ptr, d: i32, n: i32, a: Ptr, b: Ptr): Ptr {
  const attr = typeLookup(load<Ptr>(self, OB_TYPE), slotdefName(d));
  if (attr == 0) {
    excFormat(excAttributeError, "'%T' object has no attribute '%U'", self, slotdefName(d));
    return 0;
  }
  return callMethodFound(attr, self, n, a, b);
}

/** Same, but returns NotImplemented (new reference) when the dunder is absent. */
function callDunderOrNotImplemented(self: Ptr, d: i32, n: i32, a: Ptr): Ptr {
  const attr = typeLookup(load<Ptr>(self, OB_TYPE), slotdefName(d));
  if (attr == 0) return newref(Py_NotImplemented);
  return callMethodFound(attr, self, n, a, 0);
}

// ---- slot functions of classes (heap types) ----

function slot_repr(o: Ptr): Ptr { return callDunder(o, D_REPR, 0, 0, 0); }
function slot_str(o: Ptr): Ptr { return callDunder(o, D_STR, 0, 0, 0); }

function slot_hash(o: Ptr): i64 {
  const r = callDunder(o, D_HASH, 0, 0, 0);
  if (r == 0) return -1;
  if (typeKind(load<Ptr>(r, OB_TYPE)) != TK_INT && typeKind(load<Ptr>(r, OB_TYPE)) != 2) {
    decref(r);
    excFormat(excTypeError, '__hash__ method should return an integer');
    return -1;
  }
  // an int that fits is the hash itself (CPython's PyLong_AsSsize_t), only -1 becomes -2
  const ok = memory.data(1);
  const v = intAsI64(r, ok);
  const h = load<u8>(ok) ? v : objHash(r);
  decref(r);
  return h == -1 ? -2 : h;
}

import { objHash } from './abstract';

function slot_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  return callDunderOrNotImplemented(a, D_LT + op, 1, b);
}

function slot_iter(o: Ptr): Ptr {
  const attr = typeLookup(load<Ptr>(o, OB_TYPE), slotdefName(D_ITER));
  if (attr == Py_None || attr == 0) return excFormat(excTypeError, "'%T' object is not iterable", o);
  return callMethodFound(attr, o, 0, 0, 0);
}

function slot_iternext(o: Ptr): Ptr {
  const r = callDunder(o, D_NEXT, 0, 0, 0);
  if (r == 0 && excMatches(excStopIteration)) excClear();
  return r;
}

function slot_call(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const attr = typeLookup(load<Ptr>(o, OB_TYPE), slotdefName(D_CALL));
  if (attr == 0) return excFormat(excTypeError, "'%T' object is not callable", o);
  return callWithSelf(attr, o, args, nargs, kwnames);
}

/** attr(self, *args) for a vectorcall argument block. */
function callWithSelf(attr: Ptr, self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const at = load<Ptr>(attr, OB_TYPE);
  if (at == functionType || at == descrType || at == wrapperType) {
    const buf = objArgBuf(nargs + 1);
    if (buf == 0) return 0;
    store<Ptr>(buf, self);
    memory.copy(buf + 4, args, <usize>nargs << 2);
    const r = objCall(attr, buf, nargs + 1, kwnames);
    argBufPop(nargs + 1);
    return r;
  }
  const get = typeSlot(at, SLOT_DESCR_GET);
  if (get == 0) return objCall(attr, args, nargs, kwnames);
  const f = call_indirect<Ptr>(get, attr, self, load<Ptr>(self, OB_TYPE));
  if (f == 0) return 0;
  const r = objCall(f, args, nargs, kwnames);
  decref(f);
  return r;
}

/** __getattribute__ (if a class overrides it) then __getattr__ on AttributeError. */
function slot_getattro(o: Ptr, name: Ptr): Ptr {
  const t = load<Ptr>(o, OB_TYPE);
  const ga = typeLookup(t, slotdefName(D_GETATTRIBUTE));
  let r: Ptr;
  if (ga == 0 || load<Ptr>(ga, OB_TYPE) == wrapperType && load<u32>(ga, WD_FN) == objGenericGetAttr.index) {
    r = objGenericGetAttr(o, name);
  } else {
    r = callMethodFound(ga, o, 1, name, 0);
  }
  if (r != 0) return r;
  const getattr = typeLookup(t, slotdefName(D_GETATTR));
  if (getattr == 0 || !excMatches(excAttributeError)) return 0;
  excClear();
  return callMethodFound(getattr, o, 1, name, 0);
}

function slot_setattro(o: Ptr, name: Ptr, v: Ptr): i32 {
  const r = v ? callDunder(o, D_SETATTR, 2, name, v) : callDunder(o, D_DELATTR, 1, name, 0);
  if (r == 0) return -1;
  decref(r);
  return 0;
}

function slot_descr_get(d: Ptr, obj: Ptr, type: Ptr): Ptr {
  return callDunder(d, D_GET, 2, obj ? obj : Py_None, type ? type : Py_None);
}

function slot_descr_set(d: Ptr, obj: Ptr, v: Ptr): i32 {
  // a descriptor with only one of __set__/__delete__: CPython's bare "AttributeError: __set__"
  const which = v ? D_SET : D_DELETE;
  if (typeLookup(load<Ptr>(d, OB_TYPE), slotdefName(which)) == 0) {
    excFormat(excAttributeError, '%U', slotdefName(which));
    return -1;
  }
  const r = v ? callDunder(d, D_SET, 2, obj, v) : callDunder(d, D_DELETE, 1, obj, 0);
  if (r == 0) return -1;
  decref(r);
  return 0;
}

/** T.__new__(T, *args): __new__ is a staticmethod, so it gets the type explicitly. */
function slot_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  let f = typeLookup(t, slotdefName(D_NEW));
  if (f == 0) return excFormat(excTypeError, "cannot create '%N' instances", t);
  const get = typeSlot(load<Ptr>(f, OB_TYPE), SLOT_DESCR_GET);
  if (get) {
    f = call_indirect<Ptr>(get, f, 0, t);
    if (f == 0) return 0;
  } else incref(f);
  const buf = objArgBuf(nargs + 1);
  if (buf == 0) { decref(f); return 0; }
  store<Ptr>(buf, t);
  memory.copy(buf + 4, args, <usize>nargs << 2);
  const r = objCall(f, buf, nargs + 1, kwnames);
  argBufPop(nargs + 1);
  decref(f);
  return r;
}

/** The __init__ a class's instances get from Python code (a function, borrowed), when its init
 *  slot is the one that calls it; else 0. */
export function slotInitFunction(t: Ptr): Ptr {
  if (typeSlot(t, SLOT_INIT) != slot_init.index) return 0;
  return typeLookup(t, slotdefName(D_INIT));
}

function slot_init(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  const attr = typeLookup(load<Ptr>(o, OB_TYPE), slotdefName(D_INIT));
  if (attr == 0) return 0;
  const r = callWithSelf(attr, o, args, nargs, kwnames);
  if (r == 0) return -1;
  if (r != Py_None) {
    excFormat(excTypeError, "__init__() should return None, not '%T'", r);
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

function slot_bool(o: Ptr): i32 {
  const r = callDunder(o, D_BOOL, 0, 0, 0);
  if (r == 0) return -1;
  if (r != Py_True && r != Py_False) {
    excFormat(excTypeError, '__bool__ should return bool, returned %T', r);
    decref(r);
    return -1;
  }
  decref(r);
  return r == Py_True ? 1 : 0;
}

function slot_len(o: Ptr): i64 {
  const r = callDunder(o, D_LEN, 0, 0, 0);
  if (r == 0) return -1;
  const ix = objIndex(r);
  decref(r);
  if (ix == 0) return -1;
  // the sign first, then the size (CPython's order: -2**100 is a ValueError)
  if (longSign(ix) < 0) { decref(ix); excFormat(excValueError, '__len__() should return >= 0'); return -1; }
  const n = indexAsI64(ix, excOverflowError);
  decref(ix);
  if (n == -1 && excOccurred()) return -1;
  if (n < 0) { excFormat(excValueError, '__len__() should return >= 0'); return -1; }
  return n;
}

function slot_getitem(o: Ptr, k: Ptr): Ptr { return callDunder(o, D_GETITEM, 1, k, 0); }

function slot_setitem(o: Ptr, k: Ptr, v: Ptr): i32 {
  const r = v ? callDunder(o, D_SETITEM, 2, k, v) : callDunder(o, D_DELITEM, 1, k, 0);
  if (r == 0) return -1;
  decref(r);
  return 0;
}

function slot_contains(o: Ptr, x: Ptr): i32 {
  const attr = typeLookup(load<Ptr>(o, OB_TYPE), slotdefName(D_CONTAINS));
  if (attr == 0 || attr == Py_None) {
    excFormat(excTypeError, "'%T' object is not a container", o);
    return -1;
  }
  const r = callMethodFound(attr, o, 1, x, 0);
  if (r == 0) return -1;
  const t = objIsTrue(r);
  decref(r);
  return t;
}

function slot_neg(o: Ptr): Ptr { return callDunder(o, D_NEG, 0, 0, 0); }
function slot_pos(o: Ptr): Ptr { return callDunder(o, D_NEG + 1, 0, 0, 0); }
function slot_invert(o: Ptr): Ptr { return callDunder(o, D_NEG + 2, 0, 0, 0); }
function slot_abs(o: Ptr): Ptr { return callDunder(o, D_NEG + 3, 0, 0, 0); }
function slot_int(o: Ptr): Ptr { return callDunder(o, D_NEG + 4, 0, 0, 0); }
function slot_float(o: Ptr): Ptr { return callDunder(o, D_NEG + 5, 0, 0, 0); }
function slot_index(o: Ptr): Ptr { return callDunder(o, D_NEG + 6, 0, 0, 0); }

/** __del__ (CPython's slot_tp_finalize): a function or builtin method is called with the
 *  object, anything else is bound through its __get__ first (or called as it is). An error is
 *  reported as "Exception ignored in: <what was called>" with its traceback, then dropped; an
 *  exception that was being raised when the object died is kept. */
function slot_finalize(o: Ptr): void {
  const attr = typeLookup(load<Ptr>(o, OB_TYPE), slotdefName(D_DEL));
  if (attr == 0) return;
  const saved = excFetchForFinalizer();
  const at = load<Ptr>(attr, OB_TYPE);
  let del = attr;
  let r: Ptr = 0;
  if (at == functionType || at == descrType || at == wrapperType) {
    incref(del);
    r = callMethodFound(attr, o, 0, 0, 0);
  } else {
    const get = typeSlot(at, SLOT_DESCR_GET);
    del = get != 0 ? call_indirect<Ptr>(get, attr, o, load<Ptr>(o, OB_TYPE)) : newref(attr);
    if (del != 0) r = objCall(del, 0, 0, 0);
  }
  if (del == 0) excClear(); // its __get__ failed: CPython drops that error
  else {
    if (r == 0) excWriteUnraisable(del);
    else decref(r);
    decref(del);
  }
  excRestoreAfterFinalizer(saved);
}
import { excFetch as excFetchForFinalizer, excRestore, excWriteUnraisable } from '../vm/exc';
function excRestoreAfterFinalizer(saved: Ptr): void { if (saved) excRestore(saved); }

/** a <op> b for a class's operator dunders, with the reflected method of b's class, in CPython's
 *  order (SLOT1BINFULL): b's __rop__ first when b's class is a subclass of a's that overrides it. */
function slotBinary(a: Ptr, b: Ptr, nb: i32, self: u32): Ptr {
  const ta = load<Ptr>(a, OB_TYPE), tb = load<Ptr>(b, OB_TYPE);
  let doOther = ta != tb && typeSlot(tb, SLOT_NB_BINARY + nb) == self;
  if (typeSlot(ta, SLOT_NB_BINARY + nb) == self) {
    if (doOther && isSubtype(tb, ta) && overridesReflected(ta, tb, nb)) {
      const r = callDunderOrNotImplemented(b, dROp(nb), 1, a);
      if (r != Py_NotImplemented) return r;
      decref(r);
      doOther = false;
    }
    const r = callDunderOrNotImplemented(a, dOp(nb), 1, b);
    if (r != Py_NotImplemented || ta == tb) return r;
    decref(r);
  }
  if (doOther) return callDunderOrNotImplemented(b, dROp(nb), 1, a);
  return newref(Py_NotImplemented);
}

/** Does tb's __rop__ differ from ta's (CPython's method_is_overloaded)? */
function overridesReflected(ta: Ptr, tb: Ptr, nb: i32): bool {
  const name = slotdefName(dROp(nb));
  const fb = typeLookup(tb, name);
  if (fb == 0) return false;
  return typeLookup(ta, name) != fb;
}

function slotInplace(a: Ptr, b: Ptr, nb: i32): Ptr {
  return callDunderOrNotImplemented(a, D_INB + nb, 1, b);
}

// One function per operator: the slot signature carries no operator number.
function slot_nb0(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 0, slot_nb0.index); }
function slot_nb1(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 1, slot_nb1.index); }
function slot_nb2(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 2, slot_nb2.index); }
function slot_nb3(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 3, slot_nb3.index); }
function slot_nb4(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 4, slot_nb4.index); }
function slot_nb5(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 5, slot_nb5.index); }
function slot_nb6(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 6, slot_nb6.index); }
function slot_nb7(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 7, slot_nb7.index); }
function slot_nb8(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 8, slot_nb8.index); }
function slot_nb9(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 9, slot_nb9.index); }
function slot_nb10(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 10, slot_nb10.index); }
function slot_nb11(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 11, slot_nb11.index); }
function slot_nb12(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, 12, slot_nb12.index); }
function slot_nb26(a: Ptr, b: Ptr): Ptr { return slotBinary(a, b, NB_DIVMOD, slot_nb26.index); }

/** pow(a, b, m) for a class defining __pow__ or __rpow__ (CPython's slot_nb_power with a
 *  modulus): only a's __pow__(b, m) is ever called, never a reflected method, and only when this
 *  is a's own slot (objPower3 also reaches it through b's or m's type). */
function slot_pow3(a: Ptr, b: Ptr, m: Ptr): Ptr {
  if (typeSlot(load<Ptr>(a, OB_TYPE), SLOT_POW3) != slot_pow3.index) return newref(Py_NotImplemented);
  const attr = typeLookup(load<Ptr>(a, OB_TYPE), slotdefName(D_NB + NB_POWER));
  if (attr == 0) return excFormat(excAttributeError, '%U', slotdefName(D_NB + NB_POWER));
  return callMethodFound(attr, a, 2, b, m);
}
function slot_inb0(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 0); }
function slot_inb1(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 1); }
function slot_inb2(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 2); }
function slot_inb3(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 3); }
function slot_inb4(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 4); }
function slot_inb5(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 5); }
function slot_inb6(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 6); }
function slot_inb7(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 7); }
function slot_inb8(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 8); }
function slot_inb9(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 9); }
function slot_inb10(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 10); }
function slot_inb11(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 11); }
function slot_inb12(a: Ptr, b: Ptr): Ptr { return slotInplace(a, b, 12); }

/** The slot_* function of each slot (table indices), filled once. */
const heapSlotFn: usize = memory.data(<i32>SLOT_COUNT * 4);
@inline function heapSlotFnOf(s: i32): u32 { return load<u32>(heapSlotFn + (<usize>s << 2)); }
function setHeap(s: i32, fn: u32): void { store<u32>(heapSlotFn + (<usize>s << 2), fn); }

function heapSlotFnsInit(): void {
  setHeap(SLOT_REPR, slot_repr.index);
  setHeap(SLOT_STR, slot_str.index);
  setHeap(SLOT_HASH, slot_hash.index);
  setHeap(SLOT_RICHCOMPARE, slot_richcompare.index);
  setHeap(SLOT_ITER, slot_iter.index);
  setHeap(SLOT_ITERNEXT, slot_iternext.index);
  setHeap(SLOT_CALL, slot_call.index);
  setHeap(SLOT_GETATTRO, slot_getattro.index);
  setHeap(SLOT_SETATTRO, slot_setattro.index);
  setHeap(SLOT_DESCR_GET, slot_descr_get.index);
  setHeap(SLOT_DESCR_SET, slot_descr_set.index);
  setHeap(SLOT_NEW, slot_new.index);
  setHeap(SLOT_INIT, slot_init.index);
  setHeap(SLOT_BOOL, slot_bool.index);
  setHeap(SLOT_LEN, slot_len.index);
  setHeap(SLOT_GETITEM, slot_getitem.index);
  setHeap(SLOT_SETITEM, slot_setitem.index);
  setHeap(SLOT_CONTAINS, slot_contains.index);
  setHeap(SLOT_NEG, slot_neg.index);
  setHeap(SLOT_POS, slot_pos.index);
  setHeap(SLOT_INVERT, slot_invert.index);
  setHeap(SLOT_ABS, slot_abs.index);
  setHeap(SLOT_INT, slot_int.index);
  setHeap(SLOT_FLOAT, slot_float.index);
  setHeap(SLOT_INDEX, slot_index.index);
  setHeap(SLOT_FINALIZE, slot_finalize.index);
  const b = SLOT_NB_BINARY;
  setHeap(b + 0, slot_nb0.index); setHeap(b + 1, slot_nb1.index); setHeap(b + 2, slot_nb2.index);
  setHeap(b + 3, slot_nb3.index); setHeap(b + 4, slot_nb4.index); setHeap(b + 5, slot_nb5.index);
  setHeap(b + 6, slot_nb6.index); setHeap(b + 7, slot_nb7.index); setHeap(b + 8, slot_nb8.index);
  setHeap(b + 9, slot_nb9.index); setHeap(b + 10, slot_nb10.index); setHeap(b + 11, slot_nb11.index);
  setHeap(b + 12, slot_nb12.index);
  setHeap(b + NB_DIVMOD, slot_nb26.index);
  setHeap(SLOT_POW3, slot_pow3.index);
  const i = SLOT_NB_BINARY + 13;
  setHeap(i + 0, slot_inb0.index); setHeap(i + 1, slot_inb1.index); setHeap(i + 2, slot_inb2.index);
  setHeap(i + 3, slot_inb3.index); setHeap(i + 4, slot_inb4.index); setHeap(i + 5, slot_inb5.index);
  setHeap(i + 6, slot_inb6.index); setHeap(i + 7, slot_inb7.index); setHeap(i + 8, slot_inb8.index);
  setHeap(i + 9, slot_inb9.index); setHeap(i + 10, slot_inb10.index); setHeap(i + 11, slot_inb11.index);
  setHeap(i + 12, slot_inb12.index);
}

/** Is fn the function a class gets in slot s for its dunders (slot_nb0...), not a builtin's? */
export function slotIsFromDunder(s: i32, fn: u32): bool { return fn != 0 && heapSlotFnOf(s) == fn; }

/** Does a class in t's MRO, before any builtin type that implements slot s, define one of the
 *  dunders of s? Then the slot calls that dunder; otherwise it is that builtin's function. */
function fixupSlot(t: Ptr, s: i32): void {
  // the ternary pow slot is fed by the dunders of the binary one (__pow__, __rpow__)
  const fedBy = s == SLOT_POW3 ? SLOT_NB_BINARY + NB_POWER : s;
  const mro = load<Ptr>(t, TP_MRO);
  const n = tupleSize(mro);
  for (let k: i32 = 0; k < n; k++) {
    const b = tupleItem(mro, k);
    if ((load<u32>(b, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0) {
      const d = load<Ptr>(b, TP_DICT);
      for (let i: i32 = 0; i < NDEFS; i++) {
        if (slotdefSlot(i) != fedBy) continue;
        const v = dictGetItemStr(d, slotdefName(i));
        if (v == 0) continue;
        if (s == SLOT_HASH && v == Py_None) typeSetSlot(t, s, objHashUnhashable.index);
        else typeSetSlot(t, s, heapSlotFnOf(s));
        return;
      }
    } else {
      const f = typeSlot(b, s);
      if (f != 0) { typeSetSlot(t, s, f); return; }
    }
  }
  typeSetSlot(t, s, 0);
}

/** Derives every dunder-backed slot of class t from its MRO (after creation, and after a dunder
 *  is set or deleted on it). */
export function typeFixupSlots(t: Ptr): void {
  for (let s: i32 = SLOT_REPR; s < SLOT_COUNT; s++) {
    if (heapSlotFnOf(s) != 0) fixupSlot(t, s);
  }
}

/** Every slot of t and of the classes below it (after t's MRO changed: __bases__ assignment). */
export function typeFixupSlotsDeep(t: Ptr): void {
  typeFixupSlots(t);
  const n = subclassesCount(t);
  for (let i: i32 = 0; i < n; i++) typeFixupSlotsDeep(subclassesAt(t, i));
}

/** After dunder `name` was set on or deleted from class t: re-derives the slot it feeds on t and
 *  on every class made from t, directly or not, as CPython's update_slot does (they inherit the
 *  slot through their MRO; a subclass that defines the dunder itself finds its own first). */
export function typeFixupSlotFor(t: Ptr, name: Ptr): void {
  const d = slotdefFind(name);
  if (d < 0) return;
  const s = slotdefSlot(d);
  fixupSlotDeep(t, s);
  if (s == SLOT_NB_BINARY + NB_POWER) fixupSlotDeep(t, SLOT_POW3);
}

/** fixupSlot on t and its subclasses, depth first. No Python code runs, so the lists hold
 *  still; the depth is that of the class hierarchy. A class reached twice (diamond) is fixed
 *  twice, harmlessly. */
function fixupSlotDeep(t: Ptr, s: i32): void {
  fixupSlot(t, s);
  const n = subclassesCount(t);
  for (let i: i32 = 0; i < n; i++) fixupSlotDeep(subclassesAt(t, i), s);
}
import { subclassesCount, subclassesAt } from './subclasses';

// ---- wrapper descriptors: builtin slots seen from Python ----

export let wrapperType: Ptr = 0;
@inline const WD_FN: usize = 8;
@inline const WD_NAME: usize = 12;
@inline const WD_DEF: usize = 16;
@inline const WD_OWNER: usize = 20;
@inline const WD_SIZE: u32 = 24;

function wrapper_dealloc(w: Ptr): void {
  decref(load<Ptr>(w, WD_NAME));
  decref(load<Ptr>(w, WD_OWNER));
  objFree(w);
}
function wrapper_traverse(w: Ptr, visit: u32, arg: Ptr): i32 {
  return call_indirect<i32>(visit, load<Ptr>(w, WD_OWNER), arg);
}

/** Calls the wrapped slot: args[0] is self (for __new__, the type to instantiate). */
function wrapper_call(w: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const owner = load<Ptr>(w, WD_OWNER);
  const name = load<Ptr>(w, WD_NAME);
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  const kind = slotdefKind(<i32>load<u32>(w, WD_DEF));
  if (nargs - nkw < 1) {
    if (kind == K_NEW) return excFormat(excTypeError, '%N.__new__(): not enough arguments', owner);
    return excFormat(excTypeError, "descriptor '%U' of '%N' object needs an argument", name, owner);
  }
  const self = load<Ptr>(args);
  if (kind == K_NEW) return wrapNew(w, owner, self, args + 4, nargs - 1, kwnames);
  if (!objIsInstanceOf(self, owner)) {
    return excFormat(excTypeError, "descriptor '%U' requires a '%N' object but received a '%T'", name, owner, self);
  }
  return wrapperInvoke(w, self, args + 4, nargs - 1, kwnames);
}

/** type.__new__(sub, ...) checks, as CPython's tp_new_wrapper. */
function wrapNew(w: Ptr, owner: Ptr, sub: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (!isSubtype(load<Ptr>(sub, OB_TYPE), typeType)) {
    return excFormat(excTypeError, '%N.__new__(X): X is not a type object (%T)', owner, sub);
  }
  if (!isSubtype(sub, owner)) {
    // four names: more than excFormat takes
    const sb = sbNew();
    sbAppendStr(sb, load<Ptr>(owner, TP_NAME_));
    sbAppendLiteral(sb, '.__new__(');
    sbAppendStr(sb, load<Ptr>(sub, TP_NAME_));
    sbAppendLiteral(sb, '): ');
    sbAppendStr(sb, load<Ptr>(sub, TP_NAME_));
    sbAppendLiteral(sb, ' is not a subtype of ');
    sbAppendStr(sb, load<Ptr>(owner, TP_NAME_));
    const msg = sbFinish(sb);
    if (msg != 0) excSetObjectStolen(excTypeError, msg);
    return 0;
  }
  // The most derived builtin base of sub must be the one whose __new__ this is (object.__new__(int)
  // would make an int without int's fields).
  let solid = sub;
  while ((load<u32>(solid, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0) solid = load<Ptr>(solid, TP_BASE);
  const fn = load<u32>(w, WD_FN);
  if (solid != owner && typeSlot(solid, SLOT_NEW) != fn) {
    return excFormat(excTypeError, '%N.__new__(%N) is not safe, use %N.__new__()', owner, sub, solid);
  }
  return call_indirect<Ptr>(fn, sub, args, nargs, kwnames);
}

function argCountError(w: Ptr, want: i32, got: i32): Ptr {
  if (want == 0) return excFormat(excTypeError, 'expected 0 arguments, got %d', <Ptr>got);
  if (want == 1) return excFormat(excTypeError, 'expected 1 argument, got %d', <Ptr>got);
  return excFormat(excTypeError, 'expected %d arguments, got %d', <Ptr>want, <Ptr>got);
}

function wrapperInvoke(w: Ptr, self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const fn = load<u32>(w, WD_FN);
  const di = <i32>load<u32>(w, WD_DEF);
  const kind = slotdefKind(di);
  if (kind == K_CALL) return call_indirect<Ptr>(fn, self, args, nargs, kwnames);
  if (kind == K_INIT) {
    if (call_indirect<i32>(fn, self, args, nargs, kwnames) < 0) return 0;
    return newref(Py_None);
  }
  if (kwnames != 0 && tupleSize(kwnames) > 0) {
    return excFormat(excTypeError, 'wrapper %U() takes no keyword arguments', load<Ptr>(w, WD_NAME));
  }
  const a0 = nargs > 0 ? load<Ptr>(args) : 0;
  const a1 = nargs > 1 ? load<Ptr>(args, 4) : 0;
  switch (kind) {
    case K_UNARY: {
      if (nargs != 0) return argCountError(w, 0, nargs);
      return call_indirect<Ptr>(fn, self);
    }
    case K_NEXT: {
      if (nargs != 0) return argCountError(w, 0, nargs);
      const r = call_indirect<Ptr>(fn, self);
      if (r == 0 && !excOccurred()) excSetObject(excStopIteration, 0); // StopIteration() with no args, as CPython's wrap_next
      return r;
    }
    case K_BINARY: {
      if (nargs != 1) return argCountError(w, 1, nargs);
      return call_indirect<Ptr>(fn, self, a0);
    }
    case K_BINARY_R: {
      if (nargs != 1) return argCountError(w, 1, nargs);
      return call_indirect<Ptr>(fn, a0, self);
    }
    case K_POW: case K_POW_R: {
      // __pow__(other, mod=None): a modulus goes to the owner's ternary slot
      if (nargs < 1) return excFormat(excTypeError, ' expected at least 1 argument, got %d', <Ptr>nargs);
      if (nargs > 2) return excFormat(excTypeError, ' expected at most 2 arguments, got %d', <Ptr>nargs);
      if (nargs == 2 && a1 != Py_None) {
        const f3 = typeSlot(load<Ptr>(w, WD_OWNER), SLOT_POW3);
        if (f3 == 0) return newref(Py_NotImplemented);
        return kind == K_POW ? call_indirect<Ptr>(f3, self, a0, a1) : call_indirect<Ptr>(f3, a0, self, a1);
      }
      return kind == K_POW ? call_indirect<Ptr>(fn, self, a0) : call_indirect<Ptr>(fn, a0, self);
    }
    case K_RICHCMP: {
      if (nargs != 1) return argCountError(w, 1, nargs);
      return call_indirect<Ptr>(fn, self, a0, di - D_LT);
    }
    case K_HASH: {
      if (nargs != 0) return argCountError(w, 0, nargs);
      const h = call_indirect<i64>(fn, self);
      if (h == -1 && excOccurred()) return 0;
      return intFromI64(h);
    }
    case K_LEN: {
      if (nargs != 0) return argCountError(w, 0, nargs);
      const n = call_indirect<i64>(fn, self);
      if (n < 0) return 0;
      return intFromI64(n);
    }
    case K_BOOL: {
      if (nargs != 0) return argCountError(w, 0, nargs);
      const r = call_indirect<i32>(fn, self);
      if (r < 0) return 0;
      return newref(r ? Py_True : Py_False);
    }
    case K_CONTAINS: {
      if (nargs != 1) return argCountError(w, 1, nargs);
      const r = call_indirect<i32>(fn, self, a0);
      if (r < 0) return 0;
      return newref(r ? Py_True : Py_False);
    }
    case K_SETITEM: case K_SETATTR: case K_DESCR_SET: {
      if (nargs != 2) return argCountError(w, 2, nargs);
      if (call_indirect<i32>(fn, self, a0, a1) < 0) return 0;
      return newref(Py_None);
    }
    case K_DELITEM: case K_DELATTR: case K_DESCR_DEL: {
      if (nargs != 1) return argCountError(w, 1, nargs);
      if (call_indirect<i32>(fn, self, a0, 0) < 0) return 0;
      return newref(Py_None);
    }
    case K_DESCR_GET: {
      if (nargs < 1 || nargs > 2) return argCountError(w, 2, nargs);
      const obj: Ptr = a0 == Py_None ? 0 : a0;
      const tp: Ptr = a1 == Py_None ? 0 : a1;
      if (obj == 0 && tp == 0) return excFormat(excTypeError, '__get__(None, None) is invalid');
      return call_indirect<Ptr>(fn, self, obj, tp);
    }
    default: return excFormat(excTypeError, "'%U' cannot be called", load<Ptr>(w, WD_NAME));
  }
}

import { excSetObject, excSetObjectStolen } from '../vm/exc';
import { TP_NAME as TP_NAME_ } from './typelayout';

function wrapper_get(w: Ptr, obj: Ptr, type: Ptr): Ptr {
  if (slotdefKind(<i32>load<u32>(w, WD_DEF)) == K_NEW) return newref(w); // __new__ stays unbound
  if (obj == 0) return newref(w);
  if (!objIsInstanceOf(obj, load<Ptr>(w, WD_OWNER))) {
    return excFormat(excTypeError, "descriptor '%U' for '%N' objects doesn't apply to a '%T' object",
      load<Ptr>(w, WD_NAME), load<Ptr>(w, WD_OWNER), obj);
  }
  return methodWrapperNew(w, obj);
}
import { methodWrapperNew } from './method';

function wrapper_repr(w: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, "<slot wrapper '");
  sbAppendStr(sb, load<Ptr>(w, WD_NAME));
  sbAppendLiteral(sb, "' of '");
  sbAppendStr(sb, load<Ptr>(load<Ptr>(w, WD_OWNER), 8));
  sbAppendLiteral(sb, "' objects>");
  return sbFinish(sb);
}

/** Puts a wrapper descriptor in builtin type t's dict for each slot t implements itself (not
 *  inherited unchanged from its base) whose dunder t's dict does not already hold. */
@inline function isConcatSequence(t: Ptr): bool {
  const k = typeKind(t);
  return k == TK_STR || k == TK_LIST || k == TK_TUPLE || k == TK_BYTES || k == TK_BYTEARRAY;
}

export function typeAddSlotWrappers(t: Ptr): void {
  const base = load<Ptr>(t, TP_BASE);
  const d = load<Ptr>(t, TP_DICT);
  for (let i: i32 = 0; i < NDEFS; i++) {
    const kind = slotdefKind(i);
    if (kind == K_NONE) continue;
    const s = slotdefSlot(i);
    const fn = typeSlot(t, s);
    if (fn == 0 || (base != 0 && typeSlot(base, s) == fn)) continue;
    // the sequences' + is CPython's sq_concat, which has no reflected form (no str.__radd__)
    if (i == D_RNB + <i32>NB_ADD_ && isConcatSequence(t)) continue;
    if (s == SLOT_HASH && fn == objHashUnhashable.index) {
      dictSetItem(d, slotdefName(i), Py_None); // list.__hash__ is None, as in CPython
      continue;
    }
    if (dictGetItemStr(d, slotdefName(i)) != 0) continue;
    const w = objAlloc(wrapperType, WD_SIZE);
    if (w == 0) return;
    store<u32>(w, fn, WD_FN);
    store<Ptr>(w, newref(slotdefName(i)), WD_NAME);
    store<u32>(w, <u32>i, WD_DEF);
    store<Ptr>(w, newref(t), WD_OWNER);
    dictSetItem(d, slotdefName(i), w);
    decref(w);
  }
}

/** A wrapper descriptor's name (borrowed). */
export function wrapperName(w: Ptr): Ptr { return load<Ptr>(w, WD_NAME); }

function wd_get_name(w: Ptr): Ptr { return newref(load<Ptr>(w, WD_NAME)); }
function wd_get_qualname(w: Ptr): Ptr {
  return formatMessage('%U.%U', load<Ptr>(load<Ptr>(w, WD_OWNER), TP_QUALNAME), load<Ptr>(w, WD_NAME), 0);
}
function wd_get_objclass(w: Ptr): Ptr { return newref(load<Ptr>(w, WD_OWNER)); }
function wd_get_doc(w: Ptr): Ptr { return newref(Py_None); }

/** __name__, __qualname__, __objclass__, __doc__ of slot wrappers (bound ones reach them
 *  through their method-wrapper's fallback to the wrapper's attributes). */
export function wrapperAttrsInit(): void {
  const d = load<Ptr>(wrapperType, TP_DICT);
  getsetAdd(wrapperType, '__name__', wd_get_name.index, 0, d);
  getsetAdd(wrapperType, '__qualname__', wd_get_qualname.index, 0, d);
  getsetAdd(wrapperType, '__objclass__', wd_get_objclass.index, 0, d);
  getsetAdd(wrapperType, '__doc__', wd_get_doc.index, 0, d);
}

/** The slot function a wrapper descriptor calls (0 if o is not one). */
export function wrapperSlotFn(o: Ptr): u32 {
  return load<Ptr>(o, OB_TYPE) == wrapperType ? load<u32>(o, WD_FN) : 0;
}

export function wrapperTypeInit(): void {
  wrapperType = typeNewBuiltin('wrapper_descriptor', objectType, WD_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(wrapperType, SLOT_DEALLOC, wrapper_dealloc.index);
  typeSetSlot(wrapperType, SLOT_TRAVERSE, wrapper_traverse.index);
  typeSetSlot(wrapperType, SLOT_CALL, wrapper_call.index);
  typeSetSlot(wrapperType, SLOT_DESCR_GET, wrapper_get.index);
  typeSetSlot(wrapperType, SLOT_REPR, wrapper_repr.index);
  typeSetFinal(wrapperType);
}
