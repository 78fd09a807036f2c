// === isinstance() and issubclass(), with __instancecheck__ / __subclasscheck__ (CPython's
// PyObject_IsInstance and PyObject_IsSubclass in abstract.c) ===
//
// isinstance(o, cls):
//   1. type(o) is cls: True at once;
//   2. cls an exact `type` instance (a class with no custom metaclass): the plain check below;
//   3. cls a tuple (or a union `int | str`, as the tuple of its items): each item in turn
//      (nested tuples too), stopping at the first True or error;
//   4. type(cls).__instancecheck__(cls, o), looked up on the metaclass as a special method (an
//      instance attribute of cls does not count); `type` has one, the plain check;
//   5. the plain check (object_isinstance): type(o) a subtype of cls, or else o.__class__ (a
//      proxy may report another class) a subtype of cls; a cls that is not a type takes part
//      through its __bases__ (CPython's "abstract" classes), anything else is a TypeError.
// issubclass(c, cls) is the same with __subclasscheck__, and no shortcut on type(c); whether c
// is a class at all is checked only by the plain check, after __subclasscheck__ had its say.
// Each metaclass call and each level of tuple counts against the recursion limit.

import { Ptr } from '../common';
import { newref, decref, OB_TYPE } from './header';
import { typeType, typeLookup, isSubtype, objectType, typeAddMethod, objIsInstanceOf } from './type';
import { tupleType, tupleSize, tupleItem } from './tuple';
import { objLookupAttr, objIsTrue } from './abstract';
import { callMethodFound } from './slotdefs';
import { descrType, CF_FN } from './cfunc';
import { strInternLiteral } from './str';
import { Py_True, Py_False } from './bool';
import { excSetString, excMatches, excClear, excTypeError, excAttributeError, excFormat } from '../vm/exc';
import { recursionEnter, recursionLeave } from '../vm/frame';
import { unionType, unionArgs } from './union';

let sInstancecheck: Ptr = 0, sSubclasscheck: Ptr = 0, sClass: Ptr = 0, sBases: Ptr = 0;
/** object's own __class__ descriptor: an object whose type finds it reports its real type. */
let objectClassDescr: Ptr = 0;

@inline function isType(o: Ptr): bool { return objIsInstanceOf(o, typeType); }

/** cls.__bases__ when it is a tuple (CPython's abstract_get_bases): new reference or 0. */
function basesOf(cls: Ptr): Ptr {
  const b = objLookupAttr(cls, sBases);
  if (b == 0) return 0;
  if (load<Ptr>(b, OB_TYPE) != tupleType && !isSubtype(load<Ptr>(b, OB_TYPE), tupleType)) { decref(b); return 0; }
  return b;
}

/** Is cls a type, or does it at least have a __bases__ tuple? -1 on error. */
function isClassLike(cls: Ptr): i32 {
  if (isType(cls)) return 1;
  const b = basesOf(cls);
  if (b == 0) return excOccurredI32();
  decref(b);
  return 1;
}
import { excOccurred } from '../vm/exc';
@inline function excOccurredI32(): i32 { return excOccurred() ? -1 : 0; }

/** derived reaches cls through __bases__ (CPython's abstract_issubclass). 1, 0, -1. */
function abstractIsSubclass(derived: Ptr, cls: Ptr): i32 {
  let bases: Ptr = 0;
  let d = derived;
  while (true) {
    if (d == cls) { if (bases) decref(bases); return 1; }
    const nb = basesOf(d);
    if (bases) decref(bases); // d may live only in the old bases: dropped after its last use
    bases = nb;
    if (bases == 0) return excOccurredI32();
    const n = tupleSize(bases);
    if (n == 0) { decref(bases); return 0; }
    if (n > 1) break;
    d = tupleItem(bases, 0); // single inheritance: a loop, not a recursion
  }
  if (recursionEnter('maximum recursion depth exceeded in __issubclass__')) { decref(bases); return -1; }
  let r: i32 = 0;
  const n = tupleSize(bases);
  for (let i: i32 = 0; i < n && r == 0; i++) r = abstractIsSubclass(tupleItem(bases, i), cls);
  recursionLeave();
  decref(bases);
  return r;
}

/** The plain isinstance (CPython's object_isinstance). */
function plainIsInstance(o: Ptr, cls: Ptr): i32 {
  const ot = load<Ptr>(o, OB_TYPE);
  if (isType(cls)) {
    if (ot == cls || isSubtype(ot, cls)) return 1;
    // o.__class__, unless it is certainly type(o): a builtin type's instances cannot say
    // otherwise, nor a class that reaches object's own descriptor the usual way
    if ((load<u32>(ot, TP_FLAGS) & TPFLAGS_HEAPTYPE) == 0) return 0;
    if (typeLookup(ot, sClass) == objectClassDescr && isPlainGetattr(ot)) return 0;
    const c = objLookupAttr(o, sClass);
    if (c == 0) return excOccurredI32();
    const r: i32 = c != ot && isType(c) && isSubtype(c, cls) ? 1 : 0;
    decref(c);
    return r;
  }
  const ok = isClassLike(cls);
  if (ok <= 0) {
    if (ok == 0) excSetString(excTypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    return -1;
  }
  const c = objLookupAttr(o, sClass);
  if (c == 0) return excOccurredI32();
  const r = abstractIsSubclass(c, cls);
  decref(c);
  return r;
}
import { SLOT_GETATTRO, TP_FLAGS, TPFLAGS_HEAPTYPE, typeSlot } from './typelayout';
import { objGenericGetAttr } from './abstract';
@inline function isPlainGetattr(t: Ptr): bool {
  const f = typeSlot(t, SLOT_GETATTRO);
  return f == 0 || f == objGenericGetAttr.index;
}

/** The plain issubclass (CPython's recursive_issubclass). */
function plainIsSubclass(derived: Ptr, cls: Ptr): i32 {
  if (isType(cls) && isType(derived)) return derived == cls || isSubtype(derived, cls) ? 1 : 0;
  let ok = isClassLike(derived);
  if (ok <= 0) {
    if (ok == 0) excSetString(excTypeError, 'issubclass() arg 1 must be a class');
    return -1;
  }
  ok = isClassLike(cls);
  if (ok <= 0) {
    if (ok == 0) excSetString(excTypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    return -1;
  }
  return abstractIsSubclass(derived, cls);
}

/** Is the checker found on the metaclass type's own __instancecheck__/__subclasscheck__? */
@inline function isBuiltinChecker(attr: Ptr, fn: u32): bool {
  return load<Ptr>(attr, OB_TYPE) == descrType && load<u32>(attr, CF_FN) == fn;
}

/** Calls type(cls).<checker>(cls, arg) and takes its truth. */
function callChecker(attr: Ptr, cls: Ptr, arg: Ptr, msg: string): i32 {
  if (recursionEnter(msg)) return -1;
  const res = callMethodFound(attr, cls, 1, arg, 0);
  recursionLeave();
  if (res == 0) return -1;
  const t = objIsTrue(res);
  decref(res);
  return t;
}

/** isinstance(o, cls): 1, 0, or -1 with an exception set. */
export function objIsInstance(o: Ptr, cls0: Ptr): i32 {
  let cls = cls0;
  const ot = load<Ptr>(o, OB_TYPE);
  if (ot == cls) return 1;
  let ct = load<Ptr>(cls, OB_TYPE);
  if (ct == typeType) return plainIsInstance(o, cls);
  if (ct == unionType) { cls = unionArgs(cls); ct = tupleType; } // `int | str`: as (int, str)
  if (ct == tupleType || isSubtype(ct, tupleType)) {
    if (recursionEnter('maximum recursion depth exceeded in __instancecheck__')) return -1;
    let r: i32 = 0;
    const n = tupleSize(cls);
    for (let i: i32 = 0; i < n && r == 0; i++) r = objIsInstance(o, tupleItem(cls, i));
    recursionLeave();
    return r;
  }
  const checker = typeLookup(ct, sInstancecheck);
  if (checker != 0 && !isBuiltinChecker(checker, type_instancecheck.index)) {
    return callChecker(checker, cls, o, 'maximum recursion depth exceeded in __instancecheck__');
  }
  return plainIsInstance(o, cls);
}

/** issubclass(c, cls): 1, 0, or -1 with an exception set. */
export function objIsSubclass(c: Ptr, cls0: Ptr): i32 {
  let cls = cls0;
  let ct = load<Ptr>(cls, OB_TYPE);
  if (ct == typeType) {
    if (c == cls) return 1;
    return plainIsSubclass(c, cls);
  }
  if (ct == unionType) { cls = unionArgs(cls); ct = tupleType; }
  if (ct == tupleType || isSubtype(ct, tupleType)) {
    if (recursionEnter('maximum recursion depth exceeded in __subclasscheck__')) return -1;
    let r: i32 = 0;
    const n = tupleSize(cls);
    for (let i: i32 = 0; i < n && r == 0; i++) r = objIsSubclass(c, tupleItem(cls, i));
    recursionLeave();
    return r;
  }
  const checker = typeLookup(ct, sSubclasscheck);
  if (checker != 0 && !isBuiltinChecker(checker, type_subclasscheck.index)) {
    return callChecker(checker, cls, c, 'maximum recursion depth exceeded in __subclasscheck__');
  }
  return plainIsSubclass(c, cls);
}

/** type.__instancecheck__(cls, o): the plain check, which is what a metaclass's super() gets. */
function type_instancecheck(cls: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1 || kwnames != 0) return excFormat(excTypeError, '%N.__instancecheck__() takes exactly one argument (%d given)', cls, <Ptr>nargs);
  const r = plainIsInstance(load<Ptr>(args), cls);
  return r < 0 ? 0 : newref(r ? Py_True : Py_False);
}

/** type.__subclasscheck__(cls, c) */
function type_subclasscheck(cls: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1 || kwnames != 0) return excFormat(excTypeError, '%N.__subclasscheck__() takes exactly one argument (%d given)', cls, <Ptr>nargs);
  const r = plainIsSubclass(load<Ptr>(args), cls);
  return r < 0 ? 0 : newref(r ? Py_True : Py_False);
}

/** After `object.__class__` exists (typenew.ts). */
export function instancecheckInit(): void {
  sInstancecheck = strInternLiteral('__instancecheck__');
  sSubclasscheck = strInternLiteral('__subclasscheck__');
  sClass = strInternLiteral('__class__');
  sBases = strInternLiteral('__bases__');
  objectClassDescr = typeLookup(objectType, sClass);
  typeAddMethod(typeType, '__instancecheck__', type_instancecheck.index);
  typeAddMethod(typeType, '__subclasscheck__', type_subclasscheck.index);
}
