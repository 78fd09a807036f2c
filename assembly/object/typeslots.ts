// === The slots of `type` and `object`: calling a class, type's attributes and repr ===
//
// Kept apart from type.ts (creation and lookup) because these need the abstract protocol,
// which itself needs type.ts.

import { Ptr } from '../common';
import { newref, decref, OB_TYPE } from './header';
import {
  SLOT_CALL, SLOT_NEW, SLOT_INIT, SLOT_REPR, SLOT_GETATTRO, SLOT_DESCR_GET, SLOT_DESCR_SET,
  SLOT_HASH, SLOT_RICHCOMPARE, SLOT_STR, SLOT_SETATTRO, TP_NAME, TP_QUALNAME, TP_MRO, TP_BASE, TP_BASES, TP_DICT, typeSlot, typeSetSlot,
} from './typelayout';
import { typeType, objectType, typeLookup, isSubtype, typeName, typeAddMethod, typeAddClassMethod } from './type';
import { objGenericGetAttr, objGenericSetAttr, objDefaultRepr, objIsTrue, objRepr, objStr, hashPointer } from './abstract';
import { excFormat, excTypeError, excAttributeError, excSetAttrErrorContext, excNoMemory } from '../vm/exc';
import { tupleSize } from './tuple';
import { dictGetItemStr } from './dict';
import { strInternLiteral, strType, strEqLiteral, strSubstring, strLen, strCharAt } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { objAlloc } from './header';
import { TP_BASICSIZE, TP_FLAGS, TPFLAGS_HEAPTYPE } from './typelayout';
import { mappingproxyNew } from './mappingproxy';

/** type.__call__: type(x) gives x's type; T(...) runs T.__new__ then T.__init__. */
function type_call(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  if (t == typeType) {
    if (nargs == 1 && nkw == 0) return newref(load<Ptr>(load<Ptr>(args), OB_TYPE));
    if (nargs - nkw != 3) return excFormat(excTypeError, 'type() takes 1 or 3 arguments');
  }
  const fnew = typeSlot(t, SLOT_NEW);
  // A builtin type that did not define its own __new__ (function, code, iterators...) cannot be
  // instantiated from Python, although it inherits object's slot.
  if (fnew == 0 || (fnew == object_new.index && t != objectType && (load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) == 0)) return excFormat(excTypeError, "cannot create '%N' instances", t);
  const o = call_indirect<Ptr>(fnew, t, args, nargs, kwnames);
  if (o == 0) return 0;
  if (!isSubtype(load<Ptr>(o, OB_TYPE), t)) return o;
  const finit = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_INIT);
  if (finit != 0 && call_indirect<i32>(finit, o, args, nargs, kwnames) < 0) {
    decref(o);
    return 0;
  }
  return o;
}

/** Whether calling class t (whose metatype is mt) is type_call making the instance with
 *  object_new: then the eval loop may allocate it and run a Python __init__ inline (vm/call.ts
 *  callInitTarget). */
@inline export function typeCallsObjectNew(t: Ptr, mt: Ptr): bool {
  return typeSlot(mt, SLOT_CALL) == type_call.index && typeSlot(t, SLOT_NEW) == object_new.index;
}

/** <class 'int'> */
function type_repr(t: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, "<class '");
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0) {
    const m = dictGetItemStr(load<Ptr>(t, TP_DICT), sModule);
    if (m != 0 && load<Ptr>(m, OB_TYPE) == strType && !strEqLiteral(m, 'builtins')) {
      sbAppendStr(sb, m);
      sbAppendLiteral(sb, '.');
    }
    sbAppendStr(sb, load<Ptr>(t, TP_QUALNAME));
  } else {
    // a builtin type's tp_name, dotted or not, unless its dict names a module ('types')
    const m = dictGetItemStr(load<Ptr>(t, TP_DICT), sModule);
    if (m != 0 && load<Ptr>(m, OB_TYPE) == strType && !strEqLiteral(m, 'builtins')) {
      sbAppendStr(sb, m);
      sbAppendLiteral(sb, '.');
      sbAppendStr(sb, load<Ptr>(t, TP_QUALNAME));
    } else sbAppendStr(sb, load<Ptr>(t, TP_NAME));
  }
  sbAppendLiteral(sb, "'>");
  return sbFinish(sb);
}

/** Attribute lookup on a class: data descriptors of the metatype, then the class's MRO (binding
 *  descriptors to the class), then the metatype's other attributes. __name__ and friends are
 *  answered directly from the type's fields. */
function type_getattro(t: Ptr, name: Ptr): Ptr {
  const special = typeSpecialAttr(t, name);
  if (special) return special;
  const meta = load<Ptr>(t, OB_TYPE);
  const metaAttr = typeLookup(meta, name);
  let metaGet: u32 = 0;
  if (metaAttr) {
    metaGet = typeSlot(load<Ptr>(metaAttr, OB_TYPE), SLOT_DESCR_GET);
    if (metaGet != 0 && typeSlot(load<Ptr>(metaAttr, OB_TYPE), SLOT_DESCR_SET) != 0) {
      return call_indirect<Ptr>(metaGet, metaAttr, t, meta);
    }
  }
  const attr = typeLookup(t, name);
  if (attr) {
    const get = typeSlot(load<Ptr>(attr, OB_TYPE), SLOT_DESCR_GET);
    if (get) return call_indirect<Ptr>(get, attr, 0, t);
    return newref(attr);
  }
  if (metaGet) return call_indirect<Ptr>(metaGet, metaAttr, t, meta);
  if (metaAttr) return newref(metaAttr);
  excFormat(excAttributeError, "type object '%U' has no attribute '%U'", load<Ptr>(t, TP_NAME), name);
  excSetAttrErrorContext(name, t);
  return 0;
}

let sName: Ptr = 0, sQualname: Ptr = 0, sMro: Ptr = 0, sBase: Ptr = 0, sBases: Ptr = 0;
let sDict: Ptr = 0, sModule: Ptr = 0, sDoc: Ptr = 0, sBuiltins: Ptr = 0;

/** The attribute names type_getattro answers itself (interned once, at vmInit). */
export function typeSlotsNamesInit(): void {
  sName = strInternLiteral('__name__');
  sQualname = strInternLiteral('__qualname__');
  sMro = strInternLiteral('__mro__');
  sBase = strInternLiteral('__base__');
  sBases = strInternLiteral('__bases__');
  sDict = strInternLiteral('__dict__');
  sModule = strInternLiteral('__module__');
  sDoc = strInternLiteral('__doc__');
  sBuiltins = strInternLiteral('builtins');
}

/** The index of the last '.' in s, or -1. */
function lastDot(s: Ptr): i32 {
  for (let i = strLen(s) - 1; i >= 0; i--) if (strCharAt(s, i) == 46) return i;
  return -1;
}

function typeSpecialAttr(t: Ptr, name: Ptr): Ptr {
  const builtin = (load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) == 0;
  const heap = !builtin;
  if (name == sName || (builtin && name == sQualname)) {
    // a builtin type named 'module.name' (time.struct_time) is called 'name' (CPython's
    // type_name cuts tp_name at its last dot)
    const full = load<Ptr>(t, TP_NAME);
    const dot = builtin ? lastDot(full) : -1;
    if (dot >= 0) return strSubstring(full, dot + 1, strLen(full));
    return newref(name == sName ? full : load<Ptr>(t, TP_QUALNAME));
  }
  if (name == sQualname) return newref(load<Ptr>(t, TP_QUALNAME));
  if (name == sMro) return newref(load<Ptr>(t, TP_MRO));
  if (name == sBases) return newref(load<Ptr>(t, TP_BASES));
  if (name == sBase) { const b = load<Ptr>(t, TP_BASE); return newref(b ? b : Py_None); }
  if (name == sDict) return mappingproxyNew(load<Ptr>(t, TP_DICT)); // read-only: see mappingproxy.ts
  if (!heap) {
    // builtin types: no __module__/__doc__ entries in their dicts, except a module named there
    // ('types'); a dotted tp_name ('weakref.ReferenceType', 'time.struct_time') names its module
    if (name == sModule) {
      const m = dictGetItemStr(load<Ptr>(t, TP_DICT), sModule);
      if (m != 0 && load<Ptr>(m, OB_TYPE) == strType) return newref(m);
      const full = load<Ptr>(t, TP_NAME);
      const dot = lastDot(full);
      return dot >= 0 ? strSubstring(full, 0, dot) : newref(sBuiltins);
    }
    if (name == sDoc && dictGetItemStr(load<Ptr>(t, TP_DICT), sDoc) == 0) return newref(Py_None);
  }
  return 0;
}

/** object.__new__: a bare instance. Extra arguments are an error unless the class overrides
 *  __init__ (and not __new__), as CPython's object_new decides. */
function object_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs > 0) {
    if (typeSlot(t, SLOT_NEW) != object_new.index) {
      return excFormat(excTypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (typeSlot(t, SLOT_INIT) == object_init.index) return excFormat(excTypeError, '%U() takes no arguments', load<Ptr>(t, TP_NAME));
  }
  const o = objAlloc(t, load<u32>(t, TP_BASICSIZE));
  if (o == 0) return excNoMemory();
  return o;
}

/** object.__init__: extra arguments are an error unless the class overrides __new__ only. */
export function object_init(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  if (nargs > 0) {
    const t = load<Ptr>(o, OB_TYPE);
    // CPython 3.11's object_init: the fixed text names object when a class's own __init__
    // delegated here; otherwise the instance's type is named
    if (typeSlot(t, SLOT_INIT) != object_init.index) {
      excFormat(excTypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
      return -1;
    }
    if (typeSlot(t, SLOT_NEW) == object_new.index) {
      excFormat(excTypeError, '%U.__init__() takes exactly one argument (the instance to initialize)', load<Ptr>(t, TP_NAME));
      return -1;
    }
  }
  return 0;
}

/** object.__str__: str() of an object without __str__ is its repr. */
function object_str(o: Ptr): Ptr {
  return objRepr(o);
}

/** object.__hash__: identity, as CPython's _Py_HashPointer (address rotated by 4 bits). */
function object_hash(o: Ptr): i64 {
  return hashPointer(o);
}

/** object.__eq__ / __ne__: identity; ordering is NotImplemented (CPython's object_richcompare). */
function object_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (op == 2) return a == b ? boolFrom(true) : newref(Py_NotImplemented);
  if (op == 3) {
    // __ne__ delegates to the type's __eq__ and inverts it, unless that is NotImplemented
    const f = typeSlot(load<Ptr>(a, OB_TYPE), SLOT_RICHCOMPARE);
    if (f == 0) return newref(Py_NotImplemented);
    const r = call_indirect<Ptr>(f, a, b, 2);
    if (r == 0 || r == Py_NotImplemented) return r;
    const t = objIsTrue(r);
    decref(r);
    if (t < 0) return 0;
    return boolFrom(t == 0);
  }
  return newref(Py_NotImplemented);
}

/** object.__format__(spec): str(self) for the empty spec; any other is an error (what a
 *  class's own __format__ reaches through super()). */
function object_format(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1 || kwnames != 0) return excFormat(excTypeError, 'object.__format__() takes exactly one argument (%d given)', <Ptr>nargs);
  const spec = load<Ptr>(args);
  if (!isSubtype(load<Ptr>(spec, OB_TYPE), strType)) return excFormat(excTypeError, '__format__() argument must be str, not %T', spec);
  if (strLen(spec) != 0) return excFormat(excTypeError, 'unsupported format string passed to %N.__format__', load<Ptr>(o, OB_TYPE));
  return objStr(o);
}

/** object.__subclasshook__(cls, sub): NotImplemented, "no opinion" (a classmethod, which the
 *  abc machinery overrides). */
function object_subclasshook(cls: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return newref(Py_NotImplemented);
}

/** Installs the slots above on `type` and `object` (before the other types inherit them). */
export function typeSlotsInit(): void {
  typeSetSlot(typeType, SLOT_CALL, type_call.index);
  typeSetSlot(typeType, SLOT_REPR, type_repr.index);
  typeSetSlot(typeType, SLOT_GETATTRO, type_getattro.index);
  typeSetSlot(objectType, SLOT_NEW, object_new.index);
  typeSetSlot(objectType, SLOT_INIT, object_init.index);
  typeSetSlot(objectType, SLOT_RICHCOMPARE, object_richcompare.index);
  typeSetSlot(objectType, SLOT_REPR, objDefaultRepr.index);
  typeSetSlot(objectType, SLOT_STR, object_str.index);
  typeSetSlot(objectType, SLOT_HASH, object_hash.index);
  typeSetSlot(objectType, SLOT_GETATTRO, objGenericGetAttr.index);
  typeSetSlot(objectType, SLOT_SETATTRO, objGenericSetAttr.index);
  typeAddMethod(objectType, '__format__', object_format.index);
  typeAddClassMethod(objectType, '__subclasshook__', object_subclasshook.index);
}
