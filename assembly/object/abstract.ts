// === The abstract object protocol (CPython's abstract.c and object.c) ===
//
// Every generic operation on a Python value goes through here: it reads the type's slot and
// calls it, or raises CPython's TypeError when the type has none. The eval loop calls these for
// everything its inline fast paths do not handle. Borrowed arguments, new references out;
// 0 / -1 means an exception is set.

import { Ptr } from '../common';
import { OB_TYPE, newref, decref } from './header';
import {
  SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_BOOL, SLOT_LEN, SLOT_GETITEM,
  SLOT_SETITEM, SLOT_ITER, SLOT_ITERNEXT, SLOT_GETATTRO, SLOT_SETATTRO, SLOT_CALL,
  SLOT_DESCR_GET, SLOT_DESCR_SET, SLOT_NB_BINARY, SLOT_NEG, SLOT_POS, SLOT_INVERT, SLOT_INDEX,
  TP_DICTOFFSET, SLOT_CONTAINS, SLOT_POW3, NB_SLOT_COUNT, typeSlot,
} from './typelayout';
import { strInternLiteral, strType, strEqLiteral, strInternedOrSelf } from './str';
import { TP_FLAGS, TP_DICT, TP_QUALNAME, TPFLAGS_HEAPTYPE } from './typelayout';
import { typeLookup, isSubtype, typeName, typeKind, TK_INT, TK_BOOL, typeType } from './type';
import { objArgBuf, argBufPop } from './descrobject';
@inline function typeTypeRef(): Ptr { return typeType; }
import { excFormat, excTypeError, excAttributeError, excOccurred, excSetAttrErrorContext, excClear, excAugmentAttrError, excMatches } from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { Py_True, Py_False, boolFrom } from './bool';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import { sbAppendAddress } from './cfunc';
import { dictGetItemStr, dictSetItem, dictDelItem, dictNew } from './dict';
import { seqIterNew } from './iter';
import { gaNew } from './genericalias';
import { recursionEnter, recursionLeave } from '../vm/frame';

@inline function slotOf(o: Ptr, s: i32): u32 {
  return typeSlot(load<Ptr>(o, OB_TYPE), s);
}

/** The type name of o (borrowed str), for messages. */
@inline export function objTypeNameOf(o: Ptr): Ptr {
  return typeName(load<Ptr>(o, OB_TYPE));
}

/** repr(o). */
export function objRepr(o: Ptr): Ptr {
  const f = slotOf(o, SLOT_REPR);
  if (f == 0) return objDefaultRepr(o);
  if (recursionEnter('maximum recursion depth exceeded while getting the repr of an object')) return 0;
  const r = call_indirect<Ptr>(f, o);
  recursionLeave();
  if (r != 0 && load<Ptr>(r, OB_TYPE) != strType) return nonString(r, '__repr__ returned non-string (type %T)');
  return r;
}

/** object.__repr__: <module.Name object at 0x...>. */
export function objDefaultRepr(o: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, '<');
  const t = load<Ptr>(o, OB_TYPE);
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0) {
    // a class: module.qualname, as CPython's object_repr
    const m = dictGetItemStr(load<Ptr>(t, TP_DICT), sModuleName);
    if (m != 0 && load<Ptr>(m, OB_TYPE) == strType && !strEqLiteral(m, 'builtins')) {
      sbAppendStr(sb, m);
      sbAppendLiteral(sb, '.');
    }
    sbAppendStr(sb, load<Ptr>(t, TP_QUALNAME));
  } else sbAppendStr(sb, objTypeNameOf(o));
  sbAppendLiteral(sb, ' object at 0x');
  sbAppendAddress(sb, o);
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

/** str(o): the STR slot, else repr. */
export function objStr(o: Ptr): Ptr {
  const f = slotOf(o, SLOT_STR);
  if (f == 0) return objRepr(o);
  if (recursionEnter('maximum recursion depth exceeded while getting the str of an object')) return 0;
  const r = call_indirect<Ptr>(f, o);
  recursionLeave();
  if (r != 0 && load<Ptr>(r, OB_TYPE) != strType) return nonString(r, '__str__ returned non-string (type %T)');
  return r;
}

/** A __repr__/__str__ result that is not a str: TypeError (a str subclass is accepted). */
function nonString(r: Ptr, msg: string): Ptr {
  if (isSubtype(load<Ptr>(r, OB_TYPE), strType)) return r;
  excFormat(excTypeError, msg, r);
  decref(r);
  return 0;
}

/** hash(o) as i64; -1 with TypeError for unhashable objects. Identity hash by default, as
 *  CPython's _Py_HashPointer (address rotated by 4 bits). */
export function objHash(o: Ptr): i64 {
  const f = slotOf(o, SLOT_HASH);
  if (f) return call_indirect<i64>(f, o);
  return hashPointer(o);
}

/** The identity hash (CPython's _Py_HashPointer: the address rotated by 4 bits). */
@inline export function hashPointer(o: Ptr): i64 {
  const p = <u64>o;
  return <i64>((p >> 4) | (p << 60));
}

/** The HASH slot of unhashable types (list, dict, set, classes that set __eq__ only). */
export function objHashUnhashable(o: Ptr): i64 {
  excFormat(excTypeError, "unhashable type: '%T'", o);
  return -1;
}

@inline function swappedOp(op: i32): i32 {
  // < <-> >, <= <-> >=, == and != stay
  return op == 0 ? 4 : op == 1 ? 5 : op == 4 ? 0 : op == 5 ? 1 : op;
}

/** a <op> b with CPython's reflection rules; may not return NotImplemented. */
export function objRichCompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (recursionEnter('maximum recursion depth exceeded in comparison')) return 0;
  const r = richCompare(a, b, op);
  recursionLeave();
  return r;
}

function richCompare(a: Ptr, b: Ptr, op: i32): Ptr {
  const ta = load<Ptr>(a, OB_TYPE);
  const tb = load<Ptr>(b, OB_TYPE);
  const fa = typeSlot(ta, SLOT_RICHCOMPARE);
  const fb = typeSlot(tb, SLOT_RICHCOMPARE);
  let checkedReverse = false;
  if (ta != tb && fb != 0 && isSubtype(tb, ta)) {
    checkedReverse = true;
    const r = call_indirect<Ptr>(fb, b, a, swappedOp(op));
    if (r != Py_NotImplemented) return r;
    decref(r);
  }
  if (fa) {
    const r = call_indirect<Ptr>(fa, a, b, op);
    if (r != Py_NotImplemented) return r;
    decref(r);
  }
  if (!checkedReverse && fb) {
    const r = call_indirect<Ptr>(fb, b, a, swappedOp(op));
    if (r != Py_NotImplemented) return r;
    decref(r);
  }
  if (op == 2) return boolFrom(a == b);
  if (op == 3) return boolFrom(a != b);
  return excFormat(excTypeError, "'%U' not supported between instances of '%T' and '%T'",
    cmpSymbol(op), a, b);
}

function cmpLiteral(op: i32): string {
  switch (op) {
    case 0: return '<';
    case 1: return '<=';
    case 2: return '==';
    case 3: return '!=';
    case 4: return '>';
    default: return '>=';
  }
}

/** The comparison symbols as interned strs (made by abstractInit), for messages. */
const cmpSymbols: usize = memory.data(6 * 4);
@inline function cmpSymbol(op: i32): Ptr {
  return load<Ptr>(cmpSymbols + (<usize>op << 2));
}

/** a <op> b as a truth value: 1, 0, or -1 on error. Identity implies equality (CPython's rule for
 *  containers: `x in [x]` is True even for nan). */
export function objRichCompareBool(a: Ptr, b: Ptr, op: i32): i32 {
  if (a == b) {
    if (op == 2) return 1;
    if (op == 3) return 0;
  }
  const r = objRichCompare(a, b, op);
  if (r == 0) return -1;
  const t = objIsTrue(r);
  decref(r);
  return t;
}

/** bool(o): 1, 0, or -1 on error. */
export function objIsTrue(o: Ptr): i32 {
  if (o == Py_True) return 1;
  if (o == Py_False || o == Py_None) return 0;
  const fb = slotOf(o, SLOT_BOOL);
  if (fb) return call_indirect<i32>(fb, o);
  const fl = slotOf(o, SLOT_LEN);
  if (fl) {
    const n = call_indirect<i64>(fl, o);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  return 1;
}

/** len(o); -1 on error. */
export function objLen(o: Ptr): i64 {
  const f = slotOf(o, SLOT_LEN);
  if (f) return call_indirect<i64>(f, o);
  excFormat(excTypeError, "object of type '%T' has no len()", o);
  return -1;
}

export function objGetItem(o: Ptr, key: Ptr): Ptr {
  const f = slotOf(o, SLOT_GETITEM);
  if (f) return call_indirect<Ptr>(f, o, key);
  if (isSubtype(load<Ptr>(o, OB_TYPE), typeTypeRef())) {
    if (o == typeTypeRef()) return gaNew(o, key); // type[int], a special case as in CPython
    // Box[int]: the class's __class_getitem__ (an implicit classmethod)
    const cg = typeLookup(o, nameClassGetitem);
    if (cg != 0) {
      const get = slotOf(cg, SLOT_DESCR_GET);
      const m = get ? call_indirect<Ptr>(get, cg, 0, o) : newref(cg);
      if (m == 0) return 0;
      const argv = objArgBuf(1);
      if (argv == 0) { decref(m); return 0; }
      store<Ptr>(argv, key);
      const r = objCall(m, argv, 1, 0);
      argBufPop(1);
      decref(m);
      return r;
    }
    return excFormat(excTypeError, "type '%N' is not subscriptable", o);
  }
  return excFormat(excTypeError, "'%T' object is not subscriptable", o);
}

export function objSetItem(o: Ptr, key: Ptr, v: Ptr): i32 {
  const f = slotOf(o, SLOT_SETITEM);
  if (f) return call_indirect<i32>(f, o, key, v);
  excFormat(excTypeError, "'%T' object does not support item assignment", o);
  return -1;
}

export function objDelItem(o: Ptr, key: Ptr): i32 {
  const f = slotOf(o, SLOT_SETITEM);
  if (f) return call_indirect<i32>(f, o, key, 0);
  // CPython words it by the path that failed: PySequence_DelItem ("doesn't") for an index on a
  // type with a sequence protocol (a container builtin, any class), PyObject_DelItem otherwise
  const t = load<Ptr>(o, OB_TYPE);
  const seq = (load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0 || typeSlot(t, SLOT_LEN) != 0 || typeSlot(t, SLOT_CONTAINS) != 0;
  const k = typeKind(load<Ptr>(key, OB_TYPE));
  if (seq && (k == TK_INT || k == TK_BOOL || slotOf(key, SLOT_INDEX) != 0)) {
    excFormat(excTypeError, "'%T' object doesn't support item deletion", o);
  } else excFormat(excTypeError, "'%T' object does not support item deletion", o);
  return -1;
}

/** iter(o). */
export function objGetIter(o: Ptr): Ptr {
  const f = slotOf(o, SLOT_ITER);
  if (f) {
    const it = call_indirect<Ptr>(f, o);
    if (it != 0 && slotOf(it, SLOT_ITERNEXT) == 0) {
      excFormat(excTypeError, "iter() returned non-iterator of type '%T'", it);
      decref(it);
      return 0;
    }
    return it;
  }
  if (slotOf(o, SLOT_GETITEM)) return seqIterNew(o);
  return excFormat(excTypeError, "'%T' object is not iterable", o);
}

/** next(it): the next item, or 0 — with no exception set when the iterator is exhausted. */
@inline export function objIterNext(it: Ptr): Ptr {
  return call_indirect<Ptr>(slotOf(it, SLOT_ITERNEXT), it);
}

// ---- attributes ----

/** The address of o's __dict__ slot, or 0 if its type has none. */
@inline export function objDictAddr(o: Ptr): usize {
  const off = load<i32>(load<Ptr>(o, OB_TYPE), TP_DICTOFFSET);
  return off == 0 ? 0 : o + <usize>off;
}

/** getattr(o, name); name is a str. An AttributeError it ends with that has no .name/.obj yet
 *  (raised by a property's getter, or __getattr__) gets name and o, as CPython 3.11's
 *  PyObject_GetAttr does (the traceback's "Did you mean" reads them). */
export function objGetAttr(o: Ptr, name: Ptr): Ptr {
  name = strInternedOrSelf(name);
  const f = slotOf(o, SLOT_GETATTRO);
  const r = f != 0 && f != objGenericGetAttr.index ? call_indirect<Ptr>(f, o, name) : objGenericGetAttr(o, name);
  if (r == 0) excAugmentAttrError(name, o);
  return r;
}

/** getattr(o, name) where a missing attribute is no error (CPython's _PyObject_LookupAttr): a
 *  new reference, or 0 with no exception when o has no such attribute (other errors stay set:
 *  test excOccurred()). */
export function objLookupAttr(o: Ptr, name: Ptr): Ptr {
  const v = objGetAttr(o, name);
  if (v == 0 && excMatches(excAttributeError)) excClear();
  return v;
}

/** object.__getattribute__: data descriptors on the type, then the instance dict, then other
 *  descriptors and plain class attributes. */
export function objGenericGetAttr(o: Ptr, name: Ptr): Ptr {
  const t = load<Ptr>(o, OB_TYPE);
  const descr = typeLookup(t, name);
  let get: u32 = 0;
  if (descr) {
    get = slotOf(descr, SLOT_DESCR_GET);
    if (get != 0 && slotOf(descr, SLOT_DESCR_SET) != 0) return call_indirect<Ptr>(get, descr, o, t);
  }
  const da = objDictAddr(o);
  if (da != 0 && load<Ptr>(da) != 0) {
    const v = dictGetItemStr(load<Ptr>(da), name);
    if (v) return newref(v);
  }
  if (get) return call_indirect<Ptr>(get, descr, o, t);
  if (descr) return newref(descr);
  excFormat(excAttributeError, "'%T' object has no attribute '%U'", o, name);
  excSetAttrErrorContext(name, o);
  return 0;
}

export function objSetAttr(o: Ptr, name: Ptr, v: Ptr): i32 {
  name = strInternedOrSelf(name);
  const f = slotOf(o, SLOT_SETATTRO);
  if (f != 0 && f != objGenericSetAttr.index) return call_indirect<i32>(f, o, name, v);
  return objGenericSetAttr(o, name, v);
}

/** object.__setattr__ (v = 0 deletes). Its AttributeErrors carry no .name/.obj (CPython 3.11
 *  sets them only on lookups), so they get no "Did you mean" either. */
import { MANAGED_DICT_OFFSET } from './typelayout';
import { dictMarkHidden, dictNewUnparked } from './dict';
/** Gives an object of type t its instance dict, stored at da (its dict slot, empty so far):
 *  the new dict (borrowed), or 0 with MemoryError set. */
export function objNewInstanceDict(da: usize, t: Ptr): Ptr {
  const managed = load<i32>(t, TP_DICTOFFSET) == MANAGED_DICT_OFFSET;
  const d = managed ? dictNewUnparked() : dictNew();
  if (d == 0) return 0;
  store<Ptr>(da, d);
  // a class instance's attributes: CPython 3.11 keeps them inline, with no dict object
  if (managed) dictMarkHidden(d);
  return d;
}

export function objGenericSetAttr(o: Ptr, name: Ptr, v: Ptr): i32 {
  const t = load<Ptr>(o, OB_TYPE);
  const descr = typeLookup(t, name);
  if (descr) {
    const set = slotOf(descr, SLOT_DESCR_SET);
    if (set) return call_indirect<i32>(set, descr, o, v);
  }
  const da = objDictAddr(o);
  if (da == 0) {
    if (descr == 0) {
      excFormat(excAttributeError, "'%T' object has no attribute '%U'", o, name);
    } else {
      excFormat(excAttributeError, "'%T' object attribute '%U' is read-only", o, name);
    }
    return -1;
  }
  let d = load<Ptr>(da);
  if (d == 0) {
    if (v == 0) {
      excFormat(excAttributeError, "'%T' object has no attribute '%U'", o, name);
        return -1;
    }
    d = objNewInstanceDict(da, t);
    if (d == 0) return -1;
  }
  if (v) return dictSetItem(d, name, v);
  if (dictDelItem(d, name) < 0) {
    if (excOccurred()) {
      // dictDelItem raised KeyError: CPython reports it as an AttributeError.
      excFormat(excAttributeError, "'%T' object has no attribute '%U'", o, name);
      }
    return -1;
  }
  return 0;
}

// ---- calls ----

/** callable(*args, **kw) in the vectorcall shape (see typelayout.ts, CALL slot). */
export function objCall(callable: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const f = slotOf(callable, SLOT_CALL);
  if (f == 0) return excFormat(excTypeError, "'%T' object is not callable", callable);
  if (recursionEnter('maximum recursion depth exceeded while calling a Python object')) return 0;
  const r = call_indirect<Ptr>(f, callable, args, nargs, kwnames);
  recursionLeave();
  return r;
}

/** o.<name>(*args) (name a str, borrowed): the attribute, then the call. New reference. */
export function objCallAttr(o: Ptr, name: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const f = objGetAttr(o, name);
  if (f == 0) return 0;
  const r = objCall(f, args, nargs, kwnames);
  decref(f);
  return r;
}

@inline export function objIsCallable(o: Ptr): bool {
  return slotOf(o, SLOT_CALL) != 0;
}

// ---- operators ----

function nbLiteral(nb: i32): string {
  switch (nb) {
    case 0: return '+'; case 1: return '&'; case 2: return '//'; case 3: return '<<';
    case 4: return '@'; case 5: return '*'; case 6: return '%'; case 7: return '|';
    case 8: return '** or pow()'; case 9: return '>>'; case 10: return '-'; case 11: return '/';
    case 12: return '^'; case 13: return '+='; case 14: return '&='; case 15: return '//=';
    case 16: return '<<='; case 17: return '@='; case 18: return '*='; case 19: return '%=';
    case 20: return '|='; case 21: return '**='; case 22: return '>>='; case 23: return '-=';
    case 24: return '/='; case 25: return '^='; default: return 'divmod()';
  }
}
/** One symbol per binary slot: the 26 BINARY_OP operators, then NB_DIVMOD's 'divmod()'. */
const nbSymbols: usize = memory.data(NB_SLOT_COUNT * 4);
@inline function nbSymbol(nb: i32): Ptr {
  return load<Ptr>(nbSymbols + (<usize>nb << 2));
}

/** Makes the operator symbols the error messages use. Once, at vmInit (made lazily they would
 *  look like a leak to the heap check after the first program that raises). */
let sModuleName: Ptr = 0;
/** '__format__' and '__class_getitem__', interned once (format() and Box[int] look them up). */
export let nameFormat: Ptr = 0;
let nameClassGetitem: Ptr = 0;
export function abstractInit(): void {
  sModuleName = strInternLiteral('__module__');
  nameFormat = strInternLiteral('__format__');
  nameClassGetitem = strInternLiteral('__class_getitem__');
  for (let i: i32 = 0; i < 6; i++) store<Ptr>(cmpSymbols + (<usize>i << 2), strInternLiteral(cmpLiteral(i)));
  for (let i: i32 = 0; i < NB_SLOT_COUNT; i++) store<Ptr>(nbSymbols + (<usize>i << 2), strInternLiteral(nbLiteral(i)));
}

/** One binary operator without the in-place step (CPython's binary_op1): a's slot, b's reflected
 *  slot (first when b's type is a subclass of a's), returning NotImplemented if neither works. */
function binaryOp1(a: Ptr, b: Ptr, nb: i32): Ptr {
  const ta = load<Ptr>(a, OB_TYPE);
  const tb = load<Ptr>(b, OB_TYPE);
  const slotv = typeSlot(ta, SLOT_NB_BINARY + nb);
  let slotw = ta != tb ? typeSlot(tb, SLOT_NB_BINARY + nb) : 0;
  if (slotw == slotv) slotw = 0;
  if (slotv) {
    if (slotw != 0 && isSubtype(tb, ta)) {
      const r = call_indirect<Ptr>(slotw, a, b);
      if (r != Py_NotImplemented) return r;
      decref(r);
      slotw = 0;
    }
    const r = call_indirect<Ptr>(slotv, a, b);
    if (r != Py_NotImplemented) return r;
    decref(r);
  }
  if (slotw) return call_indirect<Ptr>(slotw, a, b);
  return newref(Py_NotImplemented);
}

/** a <nb> b for BINARY_OP (nb = NB_*, in-place variants 13..25 try the in-place slot of a
 *  first and fall back to the plain operator), and divmod(a, b) (nb = NB_DIVMOD). Slots receive
 *  (a, b) and check both types. */
export function binaryOp(a: Ptr, b: Ptr, nb: i32): Ptr {
  const inplace = nb >= 13 && nb < 26;
  if (inplace) {
    const fi = slotOf(a, SLOT_NB_BINARY + nb);
    if (fi) {
      const r = call_indirect<Ptr>(fi, a, b);
      if (r != Py_NotImplemented) return r;
      decref(r);
    }
  }
  const base = inplace ? nb - 13 : nb;
  const r = binaryOp1(a, b, base);
  if (r != Py_NotImplemented) return r;
  decref(r);
  return excFormat(excTypeError, "unsupported operand type(s) for %U: '%T' and '%T'", nbSymbol(nb), a, b);
}

/** pow(a, b, m) with m not None (CPython's ternary_op): the POW3 slots of a's type, b's type
 *  (first when it is a subclass of a's) and m's type, each tried once; only int implements it
 *  among the builtin types, classes through __pow__ (slotdefs.ts slot_pow3). */
export function objPower3(a: Ptr, b: Ptr, m: Ptr): Ptr {
  const ta = load<Ptr>(a, OB_TYPE), tb = load<Ptr>(b, OB_TYPE);
  const slotv = typeSlot(ta, SLOT_POW3);
  let slotw = ta != tb ? typeSlot(tb, SLOT_POW3) : 0;
  if (slotw == slotv) slotw = 0;
  if (slotv) {
    if (slotw != 0 && isSubtype(tb, ta)) {
      const r = call_indirect<Ptr>(slotw, a, b, m);
      if (r != Py_NotImplemented) return r;
      decref(r);
      slotw = 0;
    }
    const r = call_indirect<Ptr>(slotv, a, b, m);
    if (r != Py_NotImplemented) return r;
    decref(r);
  }
  if (slotw) {
    const r = call_indirect<Ptr>(slotw, a, b, m);
    if (r != Py_NotImplemented) return r;
    decref(r);
  }
  const slotz = typeSlot(load<Ptr>(m, OB_TYPE), SLOT_POW3);
  if (slotz != 0 && slotz != slotv && slotz != slotw) {
    const r = call_indirect<Ptr>(slotz, a, b, m);
    if (r != Py_NotImplemented) return r;
    decref(r);
  }
  return excFormat(excTypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
}

function unaryOp(o: Ptr, slot: i32, what: string): Ptr {
  const f = slotOf(o, slot);
  if (f) return call_indirect<Ptr>(f, o);
  return excFormat(excTypeError, what, o);
}

export function objNegative(o: Ptr): Ptr { return unaryOp(o, SLOT_NEG, "bad operand type for unary -: '%T'"); }
export function objPositive(o: Ptr): Ptr { return unaryOp(o, SLOT_POS, "bad operand type for unary +: '%T'"); }
export function objInvert(o: Ptr): Ptr { return unaryOp(o, SLOT_INVERT, "bad operand type for unary ~: '%T'"); }

/** operator.index(o): an int, or TypeError with CPython's message. */
export function objIndex(o: Ptr): Ptr {
  const f = slotOf(o, SLOT_INDEX);
  if (f) {
    const r = call_indirect<Ptr>(f, o);
    if (r == 0) return 0;
    const k = typeKind(load<Ptr>(r, OB_TYPE));
    if (k != TK_INT && k != TK_BOOL) {
      excFormat(excTypeError, '__index__ returned non-int (type %T)', r);
      decref(r);
      return 0;
    }
    return r;
  }
  return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", o);
}

/** `item in container`: the CONTAINS slot, else iteration with ==. 1, 0 or -1. */
export function objContains(container: Ptr, item: Ptr): i32 {
  const f = slotOf(container, SLOT_CONTAINS);
  if (f) return call_indirect<i32>(f, container, item);
  const it = objGetIter(container);
  if (it == 0) {
    // CPython rewords only a TypeError ("argument of type 'int' is not iterable"); other errors
    // (a released memoryview's ValueError) pass through
    if (excMatches(excTypeError)) excClearAndFormatNotIterable(container);
    return -1;
  }
  while (true) {
    const x = objIterNext(it);
    if (x == 0) { decref(it); return excOccurred() ? -1 : 0; }
    const r = objRichCompareBool(x, item, 2);
    decref(x);
    if (r != 0) { decref(it); return r; }
  }
}

function excClearAndFormatNotIterable(container: Ptr): void {
  excClear();
  excFormat(excTypeError, "argument of type '%T' is not iterable", container);
}
