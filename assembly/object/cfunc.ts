// === Builtin functions and methods: builtin_function_or_method and method_descriptor ===
//
//   +0 refcnt | +4 type | +8 fn u32 | +12 name Ptr | +16 self Ptr | +20 owner Ptr | +24 weak list head (builtin functions)
//
// `fn` is the Wasm table index of a function with THE builtin signature
//   (self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr) => Ptr
// (args: nargs Ptr words, the last len(kwnames) of them keyword values; borrowed in, new out).
// A builtin_function_or_method carries its `self` (the module for module functions, the bound
// instance for a bound method). A method_descriptor sits in a type's dict with `owner` = that
// type; calling it takes self from args[0], after checking self is an instance of owner, as
// CPython's method_vectorcall_* do. LOAD_METHOD finds descriptors and calls them unbound, so a
// method call allocates no bound-method object.

import { Ptr } from '../common';
import { objAlloc, objFree, incref, newref, xdecref, decref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_CALL, SLOT_DESCR_GET, SLOT_REPR, TPFLAGS_HAVE_GC,
  TP_NAME,
} from './typelayout';
import { typeNewBuiltin, objectType, objIsInstanceOf, typeSetFinal, TK_OTHER, typeType, isSubtype } from './type';
import { typeSetSlot } from './typelayout';
import { excFormat, excTypeError, excNoMemory } from '../vm/exc';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbAppendChar } from './strbuild';
import { tupleSize } from './tuple';
import { SLOT_RICHCOMPARE, TP_WEAKLISTOFFSET } from './typelayout';
import { weakrefClearAll } from './weakref';
import { Py_NotImplemented } from './none';
import { Py_True, Py_False } from './bool';

@inline export const CF_FN: usize = 8;
@inline export const CF_NAME: usize = 12;
@inline export const CF_SELF: usize = 16;
@inline export const CF_OWNER: usize = 20;
/** builtin_function_or_method only: the head of its weak references (object/weakref.ts). */
@inline const CF_WEAKLIST: usize = 24;
@inline const CF_SIZE: u32 = 28;

export let cfuncType: Ptr = 0;
export let descrType: Ptr = 0;
/** A builtin classmethod (dict.fromkeys): binds to the class, whether reached through the
 *  class or an instance. Same layout; `owner` is the defining type. */
export let classDescrType: Ptr = 0;

/** A builtin function bound to self (may be 0). name borrowed. New reference, 0 with MemoryError
 *  set. */
export function cfuncNew(fnIndex: u32, name: Ptr, self: Ptr): Ptr {
  const f = objAlloc(cfuncType, CF_SIZE);
  if (f == 0) return excNoMemory();
  store<u32>(f, fnIndex, CF_FN);
  store<Ptr>(f, newref(name), CF_NAME);
  if (self) incref(self);
  store<Ptr>(f, self, CF_SELF);
  return f;
}

/** An unbound method of `owner`. name borrowed. */
export function cfuncNewDescriptor(fnIndex: u32, name: Ptr, owner: Ptr): Ptr {
  const f = objAlloc(descrType, CF_SIZE);
  if (f == 0) return excNoMemory();
  store<u32>(f, fnIndex, CF_FN);
  store<Ptr>(f, newref(name), CF_NAME);
  store<Ptr>(f, newref(owner), CF_OWNER);
  return f;
}

/** A classmethod of `owner` (CPython's classmethod_descriptor). name borrowed. */
export function cfuncNewClassDescriptor(fnIndex: u32, name: Ptr, owner: Ptr): Ptr {
  const f = objAlloc(classDescrType, CF_SIZE);
  if (f == 0) return excNoMemory();
  store<u32>(f, fnIndex, CF_FN);
  store<Ptr>(f, newref(name), CF_NAME);
  store<Ptr>(f, newref(owner), CF_OWNER);
  return f;
}

@inline export function cfuncCall(f: Ptr, self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return call_indirect<Ptr>(load<u32>(f, CF_FN), self, args, nargs, kwnames);
}

function cfunc_dealloc(f: Ptr): void {
  if (load<Ptr>(f, OB_TYPE) == cfuncType && load<Ptr>(f, CF_WEAKLIST) != 0) weakrefClearAll(f);
  decref(load<Ptr>(f, CF_NAME));
  xdecref(load<Ptr>(f, CF_SELF));
  xdecref(load<Ptr>(f, CF_OWNER));
  objFree(f);
}

function cfunc_traverse(f: Ptr, visit: u32, arg: Ptr): i32 {
  const self = load<Ptr>(f, CF_SELF);
  if (self) { const r = call_indirect<i32>(visit, self, arg); if (r) return r; }
  const owner = load<Ptr>(f, CF_OWNER);
  if (owner) return call_indirect<i32>(visit, owner, arg);
  return 0;
}

/** The cycle collector's CLEAR: drops the bound self (`l.append` stored in l). The owner is a
 *  type, which breaks its own cycles (type_clear); the name is a str. */
function cfunc_clear(f: Ptr): void {
  const self = load<Ptr>(f, CF_SELF);
  if (self) { store<Ptr>(f, 0, CF_SELF); decref(self); }
}

function cfunc_call(f: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return cfuncCall(f, load<Ptr>(f, CF_SELF), args, nargs, kwnames);
}

/** Calls a method descriptor: args[0] is self. */
export function descr_call(d: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const owner = load<Ptr>(d, CF_OWNER);
  const npos = nargs - (kwnames ? tupleSize(kwnames) : 0);
  if (npos < 1) {
    return excFormat(excTypeError, "unbound method %N.%U() needs an argument", owner, load<Ptr>(d, CF_NAME));
  }
  const self = load<Ptr>(args);
  if (!objIsInstanceOf(self, owner)) {
    return excFormat(excTypeError, "descriptor '%U' for '%N' objects doesn't apply to a '%T' object",
      load<Ptr>(d, CF_NAME), owner, self);
  }
  return cfuncCall(d, self, args + 4, nargs - 1, kwnames);
}

function descr_get(d: Ptr, obj: Ptr, type: Ptr): Ptr {
  if (obj == 0) return newref(d);
  if (!objIsInstanceOf(obj, load<Ptr>(d, CF_OWNER))) {
    return excFormat(excTypeError, "descriptor '%U' for '%N' objects doesn't apply to a '%T' object",
      load<Ptr>(d, CF_NAME), load<Ptr>(d, CF_OWNER), obj);
  }
  return cfuncNew(load<u32>(d, CF_FN), load<Ptr>(d, CF_NAME), obj);
}

/** Binds to the class: type when reached through the class, else the instance's type. */
function classdescr_get(d: Ptr, obj: Ptr, type: Ptr): Ptr {
  const cls = type != 0 ? type : load<Ptr>(obj, OB_TYPE);
  return cfuncNew(load<u32>(d, CF_FN), load<Ptr>(d, CF_NAME), cls);
}

/** Builtin methods are equal when they are the same function bound to the same object. */
function cfunc_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if ((op != 2 && op != 3) || load<Ptr>(b, OB_TYPE) != cfuncType) return newref(Py_NotImplemented);
  const eq = load<u32>(a, CF_FN) == load<u32>(b, CF_FN) && load<Ptr>(a, CF_SELF) == load<Ptr>(b, CF_SELF);
  return newref((op == 2) == eq ? Py_True : Py_False);
}

function cfunc_repr(f: Ptr): Ptr {
  const self = load<Ptr>(f, CF_SELF);
  const sb = sbNew();
  if (self == 0 || isModule(self)) {
    sbAppendLiteral(sb, '<built-in function ');
    sbAppendStr(sb, load<Ptr>(f, CF_NAME));
    sbAppendLiteral(sb, '>');
  } else {
    sbAppendLiteral(sb, '<built-in method ');
    sbAppendStr(sb, load<Ptr>(f, CF_NAME));
    sbAppendLiteral(sb, ' of ');
    sbAppendStr(sb, load<Ptr>(load<Ptr>(self, OB_TYPE), TP_NAME));
    sbAppendLiteral(sb, ' object at 0x');
    sbAppendAddress(sb, self);
    sbAppendLiteral(sb, '>');
  }
  return sbFinish(sb);
}

/** Appends an address as CPython prints pointers (lowercase hex, no padding). */
export function sbAppendAddress(sb: Ptr, p: Ptr): void {
  let shift: i32 = 28;
  while (shift > 0 && ((p >> shift) & 15) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) {
    const d = <u32>((p >> shift) & 15);
    sbAppendChar(sb, d < 10 ? 48 + d : 87 + d);
  }
}

function descr_repr(d: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, "<method '");
  sbAppendStr(sb, load<Ptr>(d, CF_NAME));
  sbAppendLiteral(sb, "' of '");
  sbAppendStr(sb, load<Ptr>(load<Ptr>(d, CF_OWNER), TP_NAME));
  sbAppendLiteral(sb, "' objects>");
  return sbFinish(sb);
}

/** Set by vm/module.ts: module functions print as "built-in function". */
export let moduleTypeForRepr: Ptr = 0;
export function cfuncSetModuleType(t: Ptr): void { moduleTypeForRepr = t; }
@inline function isModule(o: Ptr): bool {
  return load<Ptr>(o, OB_TYPE) == moduleTypeForRepr;
}

export function cfuncTypeInit(): void {
  cfuncType = typeNewBuiltin('builtin_function_or_method', objectType, CF_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  store<i32>(cfuncType, <i32>CF_WEAKLIST, TP_WEAKLISTOFFSET);
  typeSetSlot(cfuncType, SLOT_DEALLOC, cfunc_dealloc.index);
  typeSetSlot(cfuncType, SLOT_TRAVERSE, cfunc_traverse.index);
  typeSetSlot(cfuncType, SLOT_CLEAR, cfunc_clear.index);
  typeSetSlot(cfuncType, SLOT_CALL, cfunc_call.index);
  typeSetSlot(cfuncType, SLOT_REPR, cfunc_repr.index);
  typeSetSlot(cfuncType, SLOT_RICHCOMPARE, cfunc_richcompare.index);
  typeSetFinal(cfuncType);
  descrType = typeNewBuiltin('method_descriptor', objectType, CF_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(descrType, SLOT_DEALLOC, cfunc_dealloc.index);
  typeSetSlot(descrType, SLOT_TRAVERSE, cfunc_traverse.index);
  typeSetSlot(descrType, SLOT_CALL, descr_call.index);
  typeSetSlot(descrType, SLOT_DESCR_GET, descr_get.index);
  typeSetSlot(descrType, SLOT_REPR, descr_repr.index);
  typeSetFinal(descrType);
  classDescrType = typeNewBuiltin('classmethod_descriptor', objectType, CF_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(classDescrType, SLOT_DEALLOC, cfunc_dealloc.index);
  typeSetSlot(classDescrType, SLOT_TRAVERSE, cfunc_traverse.index);
  typeSetSlot(classDescrType, SLOT_DESCR_GET, classdescr_get.index);
  typeSetSlot(classDescrType, SLOT_REPR, descr_repr.index);
  typeSetFinal(classDescrType);
}

// ---- attributes: __name__, __qualname__, __self__, __module__ ----

function cf_get_name(f: Ptr): Ptr { return newref(load<Ptr>(f, CF_NAME)); }

/** A module function's qualname is its name; a method's is 'type.name' (for a classmethod bound
 *  to a class, that class's: dict.fromkeys, as CPython's meth_get__qualname__). */
function cf_get_qualname(f: Ptr): Ptr {
  const self = load<Ptr>(f, CF_SELF);
  let t: Ptr = 0;
  if (load<Ptr>(f, OB_TYPE) != cfuncType) t = load<Ptr>(f, CF_OWNER);
  else if (self != 0 && !isModule(self)) t = isSubtype(load<Ptr>(self, OB_TYPE), typeType) ? self : load<Ptr>(self, OB_TYPE);
  if (t == 0) return newref(load<Ptr>(f, CF_NAME));
  const sb = sbNew();
  sbAppendStr(sb, load<Ptr>(t, TP_QUALNAME));
  sbAppendChar(sb, 46);
  sbAppendStr(sb, load<Ptr>(f, CF_NAME));
  return sbFinish(sb);
}

function cf_get_self(f: Ptr): Ptr {
  const self = load<Ptr>(f, CF_SELF);
  return newref(self != 0 ? self : Py_None);
}

/** The module's name for a module function, else None. */
function cf_get_module(f: Ptr): Ptr {
  const self = load<Ptr>(f, CF_SELF);
  return newref(self != 0 && isModule(self) ? load<Ptr>(self, MOD_NAME) : Py_None);
}

/** The attribute descriptors of builtin functions and method descriptors (after the descriptor
 *  types exist). */
export function cfuncAttrsInit(): void {
  let d = load<Ptr>(cfuncType, TP_DICT);
  getsetAdd(cfuncType, '__name__', cf_get_name.index, 0, d);
  getsetAdd(cfuncType, '__qualname__', cf_get_qualname.index, 0, d);
  getsetAdd(cfuncType, '__self__', cf_get_self.index, 0, d);
  getsetAdd(cfuncType, '__module__', cf_get_module.index, 0, d);
  getsetAdd(cfuncType, '__doc__', cf_get_doc.index, 0, d);
  for (let k = 0; k < 2; k++) {
    const t = k == 0 ? descrType : classDescrType;
    d = load<Ptr>(t, TP_DICT);
    getsetAdd(t, '__name__', cf_get_name.index, 0, d);
    getsetAdd(t, '__qualname__', cf_get_qualname.index, 0, d);
    getsetAdd(t, '__objclass__', descr_get_objclass.index, 0, d);
    getsetAdd(t, '__doc__', cf_get_doc.index, 0, d);
  }
}

/** No docstrings are kept for builtins. */
function cf_get_doc(f: Ptr): Ptr { return newref(Py_None); }
function descr_get_objclass(d: Ptr): Ptr { return newref(load<Ptr>(d, CF_OWNER)); }

import { getsetAdd } from './descrobject';
import { Py_None } from './none';
import { TP_DICT, TP_QUALNAME } from './typelayout';
import { MOD_NAME } from './module';
