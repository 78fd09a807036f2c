// === Descriptors: property, staticmethod, classmethod, __slots__ members and getset attributes ===
//
// All five are small objects that live in a type's dict and take part in attribute lookup through
// their DESCR_GET / DESCR_SET slots (see abstract.ts objGenericGetAttr for the precedence rules:
// data descriptors, then the instance dict, then non-data descriptors).
//
//   property      +8 fget | +12 fset | +16 fdel | +20 doc | +24 name (str or 0)     (all owned, 0 = None)
//   staticmethod  +8 func | +12 dict (0)
//   classmethod   +8 func | +12 dict (0)
//   member        +8 offset u32 | +12 name | +16 owner type     (a __slots__ entry: a Ptr at o+offset;
//                 with MB_READONLY_DOUBLE in the offset word, a read-only f64 field of a builtin
//                 layout: complex's real and imag, CPython's T_DOUBLE + READONLY members)
//   getset        +8 get fn u32 | +12 set fn u32 (0 = read-only) | +16 name | +20 owner type
//
// getset functions: get(o): Ptr (new ref), set(o, v): i32 (v = 0 deletes).

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, xdecref, incref, OB_TYPE, setref } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_DESCR_GET, SLOT_DESCR_SET, SLOT_NEW, SLOT_INIT,
  SLOT_CALL, SLOT_GETATTRO, SLOT_REPR, TPFLAGS_HAVE_GC, TP_NAME, TP_QUALNAME, TP_DICT, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, objectType, typeAddMethod, TK_OTHER, typeSetFinal, objIsInstanceOf } from './type';
import { objCall, objGenericGetAttr, objGetAttr } from './abstract';
import { excFormat, excTypeError, excAttributeError, excSetAttrErrorContext, excSetString, excRecursionError, excClear } from '../vm/exc';
import { methodNew } from './method';
import { Py_None } from './none';
import { tupleSize } from './tuple';
import { strInternLiteral } from './str';
import { floatFromF64 } from './float';
import { strEqLiteral } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';

export let propertyType: Ptr = 0;
export let staticmethodType: Ptr = 0;
export let classmethodType: Ptr = 0;
export let memberType: Ptr = 0;
export let getsetType: Ptr = 0;

@inline const PR_GET: usize = 8;
@inline const PR_SET: usize = 12;
@inline const PR_DEL: usize = 16;
@inline const PR_DOC: usize = 20;
@inline const PR_NAME: usize = 24;
@inline const PR_SIZE: u32 = 28;

@inline export const SM_FUNC: usize = 8;
@inline const SM_SIZE: u32 = 16;

@inline const MB_OFFSET: usize = 8;
@inline const MB_NAME: usize = 12;
@inline const MB_OWNER: usize = 16;
@inline const MB_SIZE: u32 = 20;
/** Offset-word flag: the member is a read-only double (read as a new float). */
@inline const MB_READONLY_DOUBLE: u32 = 0x80000000;
/** Bit of MB_OFFSET: a read-only object member of a builtin type (CPython's READONLY flag:
 *  setting or deleting it is "AttributeError: readonly attribute"). */
@inline const MB_READONLY: u32 = 0x40000000;
/** The byte offset in MB_OFFSET, without the kind bits. */
@inline const MB_OFFSET_MASK: u32 = 0x3FFFFFFF;

@inline const GS_GET: usize = 8;
@inline const GS_SET: usize = 12;
@inline const GS_NAME: usize = 16;
@inline const GS_OWNER: usize = 20;
@inline const GS_SIZE: u32 = 24;

/** Releases the Ptr fields in [from, to) (0 allowed) and frees o: the dealloc of every type here. */
function fieldsDealloc(o: Ptr, from: usize, to: usize): void {
  for (let off = from; off < to; off += 4) xdecref(load<Ptr>(o + off));
  objFree(o);
}
function fieldsTraverse(o: Ptr, from: usize, to: usize, visit: u32, arg: Ptr): i32 {
  for (let off = from; off < to; off += 4) {
    const v = load<Ptr>(o + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}
function fieldsClear(o: Ptr, from: usize, to: usize): void {
  for (let off = from; off < to; off += 4) {
    const v = load<Ptr>(o + off);
    if (v) { store<Ptr>(o + off, 0); decref(v); }
  }
}

// ---- property ----

function property_dealloc(p: Ptr): void { fieldsDealloc(p, PR_GET, <usize>PR_SIZE); }
function property_traverse(p: Ptr, visit: u32, arg: Ptr): i32 { return fieldsTraverse(p, PR_GET, <usize>PR_SIZE, visit, arg); }
function property_clear(p: Ptr): void { fieldsClear(p, PR_GET, <usize>PR_SIZE); }

/** A None argument is stored as 0 (absent), as CPython's property does. */
@inline function noneAs0(v: Ptr): Ptr { return v == Py_None ? 0 : v; }

/** property(fget=None, fset=None, fdel=None, doc=None) */
function property_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  if (npos > 4) return excFormat(excTypeError, 'property() takes at most 4 arguments (%d given)', <Ptr>npos);
  const p = objAlloc(t, PR_SIZE);
  if (p == 0) return 0;
  for (let i: i32 = 0; i < npos; i++) {
    const v = noneAs0(load<Ptr>(args + (<usize>i << 2)));
    if (v) store<Ptr>(p + PR_GET + (<usize>i << 2), newref(v));
  }
  for (let k: i32 = 0; k < nkw; k++) {
    const i = kwArgIndex(kwnames, k, 'fget', 'fset', 'fdel', 'doc');
    if (i < 0) {
      decref(p);
      return excFormat(excTypeError, "property() got an unexpected keyword argument '%U'", load<Ptr>(kwnames + 12 + (<usize>k << 2)));
    }
    const v = noneAs0(load<Ptr>(args + (<usize>(npos + k) << 2)));
    if (v) setref(p + PR_GET + (<usize>i << 2), newref(v));
  }
  // property(fget) takes its doc from fget.__doc__ (getter functions' docstrings)
  const g = load<Ptr>(p, PR_GET);
  if (load<Ptr>(p, PR_DOC) == 0 && g != 0) {
    const doc = objGetAttr(g, sDoc);
    if (doc == 0) excClear();
    else if (doc == Py_None) decref(doc);
    else store<Ptr>(p, doc, PR_DOC);
  }
  return p;
}

function property_init(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 { return 0; }

function propertyName(p: Ptr): Ptr {
  return load<Ptr>(p, PR_NAME);
}

function property_get(p: Ptr, obj: Ptr, type: Ptr): Ptr {
  if (obj == 0) return newref(p);
  const g = load<Ptr>(p, PR_GET);
  if (g == 0) {
    const nm = propertyName(p);
    if (nm) return excFormat(excAttributeError, "property '%U' of '%T' object has no getter", nm, obj);
    return excFormat(excAttributeError, 'unreadable attribute');
  }
  return callOne(g, obj);
}

/** Index of keyword k of kwnames among the literals a..d, or -1. */
function kwArgIndex(kwnames: Ptr, k: i32, a: string, b: string, c: string, d: string): i32 {
  const key = load<Ptr>(kwnames + 12 + (<usize>k << 2));
  if (strEqLiteral(key, a)) return 0;
  if (strEqLiteral(key, b)) return 1;
  if (strEqLiteral(key, c)) return 2;
  if (strEqLiteral(key, d)) return 3;
  return -1;
}

/** f(a) or f(a, b) (n = 1 or 2; borrowed arguments), new reference out. The words go on the
 *  argument stack below, so a reentrant call cannot overwrite them before f reads them. */
function callArgs(f: Ptr, n: i32, a: Ptr, b: Ptr): Ptr {
  const buf = objArgBuf(n);
  if (buf == 0) return 0;
  store<Ptr>(buf, a);
  if (n > 1) store<Ptr>(buf, b, 4);
  const r = objCall(f, buf, n, 0);
  argBufPop(n);
  return r;
}
export function callOne(f: Ptr, a: Ptr): Ptr { return callArgs(f, 1, a, 0); }
export function callTwo(f: Ptr, a: Ptr, b: Ptr): Ptr { return callArgs(f, 2, a, b); }

// A LIFO stack of argument words for calls made from core code (slot wrappers, descriptors):
// nested calls push above the words of the calls in progress, so no buffer is shared. Depth is
// bounded by the recursion limit (every nested call passes objCall's recursionEnter).
@inline const ARGSTACK_WORDS: usize = 8192;
const argStack: usize = memory.data(<i32>(ARGSTACK_WORDS << 2), 16);
let argTop: usize = 0;

/** Reserves n argument words; pair with argBufPop(n). 0 with RecursionError set when full
 *  (only reachable with a recursion limit raised far above the default). */
export function objArgBuf(n: i32): usize {
  if (argTop + <usize>n > ARGSTACK_WORDS) {
    excSetString(excRecursionError, 'maximum recursion depth exceeded while calling a Python object');
    return 0;
  }
  const p = argStack + (argTop << 2);
  argTop += <usize>n;
  return p;
}
@inline export function argBufPop(n: i32): void { argTop -= <usize>n; }
/** After an aborted run. */
export function argBufReset(): void { argTop = 0; }

function property_set(p: Ptr, obj: Ptr, v: Ptr): i32 {
  const f = load<Ptr>(p + (v ? PR_SET : PR_DEL));
  if (f == 0) {
    const nm = propertyName(p);
    // CPython 3.11 names the owner by its __qualname__ ('Outer.P')
    const qn = load<Ptr>(load<Ptr>(obj, OB_TYPE), TP_QUALNAME);
    if (nm) excFormat(excAttributeError, v ? "property '%U' of '%U' object has no setter" : "property '%U' of '%U' object has no deleter", nm, qn);
    else excFormat(excAttributeError, v ? "property of '%U' object has no setter" : "property of '%U' object has no deleter", qn);
    return -1;
  }
  const r = v ? callTwo(f, obj, v) : callOne(f, obj);
  if (r == 0) return -1;
  decref(r);
  return 0;
}

/** property.getter/setter/deleter: a copy with one function replaced (keeps the name). */
function propertyCopy(p: Ptr, field: usize, args: Ptr, nargs: i32, kwnames: Ptr, what: string): Ptr {
  if (kwnames != 0 || nargs != 1) return excFormat(excTypeError, what, <Ptr>nargs);
  const q = objAlloc(load<Ptr>(p, OB_TYPE), PR_SIZE);
  if (q == 0) return 0;
  for (let off: usize = PR_GET; off < <usize>PR_SIZE; off += 4) {
    const v = load<Ptr>(p + off);
    if (v) incref(v);
    store<Ptr>(q + off, v);
  }
  const f = noneAs0(load<Ptr>(args));
  if (f) incref(f);
  setref(q + field, f);
  return q;
}
function property_getter(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return propertyCopy(p, PR_GET, args, nargs, kwnames, 'getter() takes exactly one argument (%d given)'); }
function property_setter(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return propertyCopy(p, PR_SET, args, nargs, kwnames, 'setter() takes exactly one argument (%d given)'); }
function property_deleter(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return propertyCopy(p, PR_DEL, args, nargs, kwnames, 'deleter() takes exactly one argument (%d given)'); }

/** __set_name__(owner, name): the name the error messages use. */
function property_set_name(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 2) return excFormat(excTypeError, '__set_name__() takes 2 positional arguments but %d were given', <Ptr>nargs);
  setref(p + PR_NAME, newref(load<Ptr>(args, 4)));
  return newref(Py_None);
}

let sFget: Ptr = 0, sFset: Ptr = 0, sFdel: Ptr = 0, sDoc: Ptr = 0, sFunc: Ptr = 0;

function property_getattro(p: Ptr, name: Ptr): Ptr {
  let off: usize = 0;
  if (name == sFget) off = PR_GET;
  else if (name == sFset) off = PR_SET;
  else if (name == sFdel) off = PR_DEL;
  else if (name == sDoc) off = PR_DOC;
  if (off) { const v = load<Ptr>(p + off); return newref(v ? v : Py_None); }
  return objGenericGetAttr(p, name);
}

// ---- staticmethod and classmethod ----

function sm_dealloc(s: Ptr): void { fieldsDealloc(s, SM_FUNC, <usize>SM_SIZE); }
function sm_traverse(s: Ptr, visit: u32, arg: Ptr): i32 { return fieldsTraverse(s, SM_FUNC, <usize>SM_SIZE, visit, arg); }
function sm_clear(s: Ptr): void { fieldsClear(s, SM_FUNC, <usize>SM_SIZE); }

function smNew(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr, what: string): Ptr {
  if (kwnames != 0) return excFormat(excTypeError, what == 'staticmethod' ? 'staticmethod() takes no keyword arguments' : 'classmethod() takes no keyword arguments');
  if (nargs != 1) {
    return excFormat(excTypeError, what == 'staticmethod' ? 'staticmethod expected 1 argument, got %d' : 'classmethod expected 1 argument, got %d', <Ptr>nargs);
  }
  const s = objAlloc(t, SM_SIZE);
  if (s == 0) return 0;
  store<Ptr>(s, newref(load<Ptr>(args)), SM_FUNC);
  return s;
}
function staticmethod_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return smNew(t, args, nargs, kwnames, 'staticmethod'); }
function classmethod_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return smNew(t, args, nargs, kwnames, 'classmethod'); }

/** Wraps func (borrowed) in a staticmethod/classmethod: type_new does this to __new__ and
 *  __init_subclass__. */
export function staticmethodWrap(t: Ptr, func: Ptr): Ptr {
  const s = objAlloc(t, SM_SIZE);
  if (s == 0) return 0;
  store<Ptr>(s, newref(func), SM_FUNC);
  return s;
}

function staticmethod_get(s: Ptr, obj: Ptr, type: Ptr): Ptr {
  return newref(load<Ptr>(s, SM_FUNC));
}
function staticmethod_call(s: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return objCall(load<Ptr>(s, SM_FUNC), args, nargs, kwnames);
}
function classmethod_get(s: Ptr, obj: Ptr, type: Ptr): Ptr {
  const cls = type != 0 ? type : load<Ptr>(obj, OB_TYPE);
  return methodNew(load<Ptr>(s, SM_FUNC), cls);
}
function sm_getattro(s: Ptr, name: Ptr): Ptr {
  if (name == sFunc) return newref(load<Ptr>(s, SM_FUNC));
  return objGenericGetAttr(s, name);
}

// ---- __slots__ members ----

/** A member descriptor for slot `name` (borrowed) stored at byte offset `offset` of owner's
 *  instances. */
export function memberNew(owner: Ptr, name: Ptr, offset: u32): Ptr {
  const m = objAlloc(memberType, MB_SIZE);
  if (m == 0) return 0;
  store<u32>(m, offset, MB_OFFSET);
  store<Ptr>(m, newref(name), MB_NAME);
  store<Ptr>(m, newref(owner), MB_OWNER);
  return m;
}
/** Puts a read-only double member `name` (the f64 at byte `offset` of owner's instances) in
 *  owner's dict: `complex.real`. */
export function memberAddReadonlyDouble(owner: Ptr, name: string, offset: u32): void {
  const key = strInternLiteral(name);
  const m = memberNew(owner, key, offset | MB_READONLY_DOUBLE);
  if (m != 0) {
    dictSetItemExt(load<Ptr>(owner, TP_DICT), key, m);
    decref(m);
  }
  decref(key);
}

/** A read-only member descriptor in owner's dict for the object field at `offset` (a Ptr that
 *  is never 0 while the object lives, such as a generator's gi_code). */
export function memberAddReadonly(owner: Ptr, name: string, offset: u32): void {
  const key = strInternLiteral(name);
  const m = memberNew(owner, key, offset | MB_READONLY);
  if (m != 0) { dictSetItemExt(load<Ptr>(owner, TP_DICT), key, m); decref(m); }
  decref(key);
}

/** A member's owner class and name (borrowed). */
@inline export function memberOwner(m: Ptr): Ptr { return load<Ptr>(m, MB_OWNER); }
@inline export function memberName(m: Ptr): Ptr { return load<Ptr>(m, MB_NAME); }
/** Where a writable object member (a __slots__ slot) keeps its reference: its byte offset in
 *  the instance; -1 for the other kinds (read-only ones, a double). */
@inline export function memberObjectOffset(m: Ptr): i32 {
  const off = load<u32>(m, MB_OFFSET);
  return (off & (MB_READONLY_DOUBLE | MB_READONLY)) != 0 ? -1 : <i32>off;
}
function member_dealloc(m: Ptr): void { fieldsDealloc(m, MB_NAME, <usize>MB_SIZE); }
function member_traverse(m: Ptr, visit: u32, arg: Ptr): i32 { return fieldsTraverse(m, MB_NAME, <usize>MB_SIZE, visit, arg); }

function memberCheck(m: Ptr, obj: Ptr): bool {
  const owner = load<Ptr>(m, MB_OWNER);
  if (objIsInstanceOf(obj, owner)) return true;
  excFormat(excTypeError, "descriptor '%U' for '%N' objects doesn't apply to a '%T' object", load<Ptr>(m, MB_NAME), owner, obj);
  return false;
}

function member_get(m: Ptr, obj: Ptr, type: Ptr): Ptr {
  if (obj == 0) return newref(m);
  if (!memberCheck(m, obj)) return 0;
  const off = load<u32>(m, MB_OFFSET);
  if ((off & MB_READONLY_DOUBLE) != 0) return floatFromF64(load<f64>(obj + <usize>(off & MB_OFFSET_MASK)));
  const v = load<Ptr>(obj + <usize>(off & MB_OFFSET_MASK));
  if (v == 0) {
    excFormat(excAttributeError, "'%T' object has no attribute '%U'", obj, load<Ptr>(m, MB_NAME));
    excSetAttrErrorContext(load<Ptr>(m, MB_NAME), obj);
    return 0;
  }
  return newref(v);
}
function member_set(m: Ptr, obj: Ptr, v: Ptr): i32 {
  if (!memberCheck(m, obj)) return -1;
  if (load<u32>(m, MB_OFFSET) & (MB_READONLY | MB_READONLY_DOUBLE)) { excSetString(excAttributeError, 'readonly attribute'); return -1; }
  const addr = obj + <usize>load<u32>(m, MB_OFFSET);
  if (v == 0 && load<Ptr>(addr) == 0) {
    excFormat(excAttributeError, '%U', load<Ptr>(m, MB_NAME)); // CPython's bare message
    return -1;
  }
  if (v) incref(v);
  setref(addr, v);
  return 0;
}

// ---- getset: computed attributes of builtin layouts (__class__, __dict__) ----

/** A getset descriptor in owner's dict; get/set are table indices (set 0 = read-only). */
/** Puts a getset descriptor `name` in dict (owner's). False with MemoryError set when an
 *  allocation fails (class creation checks it; set-up at vmInit cannot fail). */
export function getsetAdd(owner: Ptr, name: string, get: u32, set: u32, dict: Ptr): bool {
  const key = strInternLiteral(name);
  if (key == 0) return false;
  const g = objAlloc(getsetType, GS_SIZE);
  if (g == 0) { decref(key); return false; }
  store<u32>(g, get, GS_GET);
  store<u32>(g, set, GS_SET);
  store<Ptr>(g, newref(key), GS_NAME);
  store<Ptr>(g, newref(owner), GS_OWNER);
  const r = dictSetItemExt(dict, key, g);
  decref(g);
  decref(key);
  return r == 0;
}
function getset_dealloc(g: Ptr): void { fieldsDealloc(g, GS_NAME, <usize>GS_SIZE); }
function getset_traverse(g: Ptr, visit: u32, arg: Ptr): i32 { return fieldsTraverse(g, GS_NAME, <usize>GS_SIZE, visit, arg); }
function getset_get(g: Ptr, obj: Ptr, type: Ptr): Ptr {
  if (obj == 0) return newref(g);
  return call_indirect<Ptr>(load<u32>(g, GS_GET), obj);
}
function getset_set(g: Ptr, obj: Ptr, v: Ptr): i32 {
  const f = load<u32>(g, GS_SET);
  if (f == 0) {
    excFormat(excAttributeError, "attribute '%U' of '%N' objects is not writable", load<Ptr>(g, GS_NAME), load<Ptr>(g, GS_OWNER));
    return -1;
  }
  return call_indirect<i32>(f, obj, v);
}

import { dictSetItem as dictSetItemExt } from './dict';

/** <member 'a' of 'C' objects> / <attribute 'real' of 'int' objects> (CPython's descr_repr). */
function descrReprOf(lit: string, name: Ptr, owner: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  sbAppendLiteral(sb, lit);
  sbAppendStr(sb, name);
  sbAppendLiteral(sb, "' of '");
  sbAppendStr(sb, load<Ptr>(owner, TP_QUALNAME));
  sbAppendLiteral(sb, "' objects>");
  return sbFinish(sb);
}
function member_repr(m: Ptr): Ptr { return descrReprOf("<member '", load<Ptr>(m, MB_NAME), load<Ptr>(m, MB_OWNER)); }
function getset_repr(g: Ptr): Ptr { return descrReprOf("<attribute '", load<Ptr>(g, GS_NAME), load<Ptr>(g, GS_OWNER)); }

function member_get_name(m: Ptr): Ptr { return newref(load<Ptr>(m, MB_NAME)); }
function getset_get_name(g: Ptr): Ptr { return newref(load<Ptr>(g, GS_NAME)); }

export function descrTypesInit(): void {
  propertyType = typeNewBuiltin('property', objectType, PR_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(propertyType, SLOT_DEALLOC, property_dealloc.index);
  typeSetSlot(propertyType, SLOT_TRAVERSE, property_traverse.index);
  typeSetSlot(propertyType, SLOT_CLEAR, property_clear.index);
  typeSetSlot(propertyType, SLOT_NEW, property_new.index);
  typeSetSlot(propertyType, SLOT_INIT, property_init.index);
  typeSetSlot(propertyType, SLOT_DESCR_GET, property_get.index);
  typeSetSlot(propertyType, SLOT_DESCR_SET, property_set.index);
  typeSetSlot(propertyType, SLOT_GETATTRO, property_getattro.index);
  typeAddMethod(propertyType, 'getter', property_getter.index);
  typeAddMethod(propertyType, 'setter', property_setter.index);
  typeAddMethod(propertyType, 'deleter', property_deleter.index);
  typeAddMethod(propertyType, '__set_name__', property_set_name.index);

  staticmethodType = typeNewBuiltin('staticmethod', objectType, SM_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(staticmethodType, SLOT_DEALLOC, sm_dealloc.index);
  typeSetSlot(staticmethodType, SLOT_TRAVERSE, sm_traverse.index);
  typeSetSlot(staticmethodType, SLOT_CLEAR, sm_clear.index);
  typeSetSlot(staticmethodType, SLOT_NEW, staticmethod_new.index);
  typeSetSlot(staticmethodType, SLOT_INIT, property_init.index);
  typeSetSlot(staticmethodType, SLOT_DESCR_GET, staticmethod_get.index);
  typeSetSlot(staticmethodType, SLOT_CALL, staticmethod_call.index);
  typeSetSlot(staticmethodType, SLOT_GETATTRO, sm_getattro.index);

  classmethodType = typeNewBuiltin('classmethod', objectType, SM_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(classmethodType, SLOT_DEALLOC, sm_dealloc.index);
  typeSetSlot(classmethodType, SLOT_TRAVERSE, sm_traverse.index);
  typeSetSlot(classmethodType, SLOT_CLEAR, sm_clear.index);
  typeSetSlot(classmethodType, SLOT_NEW, classmethod_new.index);
  typeSetSlot(classmethodType, SLOT_INIT, property_init.index);
  typeSetSlot(classmethodType, SLOT_DESCR_GET, classmethod_get.index);
  typeSetSlot(classmethodType, SLOT_GETATTRO, sm_getattro.index);

  memberType = typeNewBuiltin('member_descriptor', objectType, MB_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(memberType, SLOT_DEALLOC, member_dealloc.index);
  typeSetSlot(memberType, SLOT_TRAVERSE, member_traverse.index);
  typeSetSlot(memberType, SLOT_DESCR_GET, member_get.index);
  typeSetSlot(memberType, SLOT_DESCR_SET, member_set.index);
  typeSetSlot(memberType, SLOT_REPR, member_repr.index);
  typeSetFinal(memberType);

  getsetType = typeNewBuiltin('getset_descriptor', objectType, GS_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  getsetAdd(memberType, '__name__', member_get_name.index, 0, load<Ptr>(memberType, TP_DICT));
  getsetAdd(getsetType, '__name__', getset_get_name.index, 0, load<Ptr>(getsetType, TP_DICT));
  typeSetSlot(getsetType, SLOT_DEALLOC, getset_dealloc.index);
  typeSetSlot(getsetType, SLOT_TRAVERSE, getset_traverse.index);
  typeSetSlot(getsetType, SLOT_DESCR_GET, getset_get.index);
  typeSetSlot(getsetType, SLOT_DESCR_SET, getset_set.index);
  typeSetSlot(getsetType, SLOT_REPR, getset_repr.index);
  typeSetFinal(getsetType);
}

export function descrNamesInit(): void {
  sFget = strInternLiteral('fget');
  sFset = strInternLiteral('fset');
  sFdel = strInternLiteral('fdel');
  sDoc = strInternLiteral('__doc__');
  sFunc = strInternLiteral('__func__');
}
