// === Python functions (the objects `def` and `lambda` make) ===
//
//   +0 refcnt | +4 type | +8 code | +12 globals | +16 builtins | +20 name | +24 qualname
//   +28 defaults (tuple or 0) | +32 kwdefaults (dict or 0) | +36 closure (tuple of cells or 0)
//   +40 dict (or 0) | +44 module (or 0) | +48 doc | +52 annotations (or 0)
//   +56 weak list head (object/weakref.ts; not a reference)
//
// Calls of functions from the eval loop push a frame inline (vm/eval.ts); the CALL slot here is
// for callers outside the loop (builtins calling back into Python), which run a nested loop.

import { Ptr } from '../common';
import { objAlloc, objFree, newref, xdecref, decref, incref } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_CALL, SLOT_DESCR_GET, TPFLAGS_HAVE_GC,
  typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, objectType, TK_OTHER, typeSetFinal } from './type';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import { sbAppendAddress } from './cfunc';
import { CO_NAME, CO_QUALNAME } from './code';
import { Py_None } from './none';
import { methodNew } from './method';
import { vmCallFunction } from '../vm/call';
import { TP_DICT, TP_DICTOFFSET, TP_WEAKLISTOFFSET } from './typelayout';
import { weakrefClearAll } from './weakref';
import { OB_TYPE, setref } from './header';
import { strType } from './str';
import { tupleType, tupleSize, tupleItem } from './tuple';
import { dictType, dictNew, dictSetItem } from './dict';
import { CO_CONSTS } from './code';
import { getsetAdd } from './descrobject';
import { excFormat, excTypeError } from '../vm/exc';

@inline export const FN_CODE: usize = 8;
@inline export const FN_GLOBALS: usize = 12;
@inline export const FN_BUILTINS: usize = 16;
@inline export const FN_NAME: usize = 20;
@inline export const FN_QUALNAME: usize = 24;
@inline export const FN_DEFAULTS: usize = 28;
@inline export const FN_KWDEFAULTS: usize = 32;
@inline export const FN_CLOSURE: usize = 36;
@inline export const FN_DICT: usize = 40;
@inline export const FN_MODULE: usize = 44;
@inline export const FN_DOC: usize = 48;
@inline export const FN_ANNOTATIONS: usize = 52;
/** The weak references to the function (a list head, not an owned reference). */
@inline const FN_WEAKLIST: usize = 56;
/** The owned fields end where the weak list starts. */
@inline const FN_REFS_END: usize = FN_WEAKLIST;
@inline const FN_SIZE: u32 = 60;

export let functionType: Ptr = 0;

/** A new function for code (borrowed) with the given globals/builtins (borrowed). */
export function funcNew(code: Ptr, globals: Ptr, builtins: Ptr, module: Ptr): Ptr {
  const f = objAlloc(functionType, FN_SIZE);
  if (f == 0) return 0;
  store<Ptr>(f, newref(code), FN_CODE);
  store<Ptr>(f, newref(globals), FN_GLOBALS);
  store<Ptr>(f, newref(builtins), FN_BUILTINS);
  store<Ptr>(f, newref(load<Ptr>(code, CO_NAME)), FN_NAME);
  store<Ptr>(f, newref(load<Ptr>(code, CO_QUALNAME)), FN_QUALNAME);
  store<Ptr>(f, newref(module != 0 ? module : Py_None), FN_MODULE);
  // CPython 3.11: a function's first constant is its docstring, or None when it has none
  const consts = load<Ptr>(code, CO_CONSTS);
  const c0 = tupleSize(consts) > 0 ? tupleItem(consts, 0) : Py_None;
  store<Ptr>(f, newref(load<Ptr>(c0, OB_TYPE) == strType ? c0 : Py_None), FN_DOC);
  return f;
}

// ---- attributes (getset descriptors in the function type's dict) ----

@inline function fieldOrNone(f: Ptr, off: usize): Ptr { const v = load<Ptr>(f + off); return newref(v ? v : Py_None); }
function fn_get_name(f: Ptr): Ptr { return newref(load<Ptr>(f, FN_NAME)); }
function fn_get_qualname(f: Ptr): Ptr { return newref(load<Ptr>(f, FN_QUALNAME)); }
function fn_get_module(f: Ptr): Ptr { return fieldOrNone(f, FN_MODULE); }
function fn_get_doc(f: Ptr): Ptr { return fieldOrNone(f, FN_DOC); }
function fn_get_defaults(f: Ptr): Ptr { return fieldOrNone(f, FN_DEFAULTS); }
function fn_get_kwdefaults(f: Ptr): Ptr { return fieldOrNone(f, FN_KWDEFAULTS); }
function fn_get_closure(f: Ptr): Ptr { return fieldOrNone(f, FN_CLOSURE); }
function fn_get_code(f: Ptr): Ptr { return newref(load<Ptr>(f, FN_CODE)); }
function fn_get_globals(f: Ptr): Ptr { return newref(load<Ptr>(f, FN_GLOBALS)); }
function fn_get_builtins(f: Ptr): Ptr { return newref(load<Ptr>(f, FN_BUILTINS)); }
/** __dict__ and __annotations__ are made on first use. */
function lazyDict(f: Ptr, off: usize): Ptr {
  let d = load<Ptr>(f + off);
  if (d == 0) {
    d = dictNew();
    if (d == 0) return 0;
    store<Ptr>(f + off, d);
  }
  return newref(d);
}
function fn_get_dict(f: Ptr): Ptr { return lazyDict(f, FN_DICT); }
/** MAKE_FUNCTION stores annotations as CPython 3.11's compiler emits them, a flat tuple
 *  (name, value, name, value ...); the first read turns it into the dict, as
 *  func_get_annotations does. */
function fn_get_annotations(f: Ptr): Ptr {
  const a = load<Ptr>(f + FN_ANNOTATIONS);
  if (a != 0 && load<Ptr>(a, OB_TYPE) == tupleType) {
    const d = dictNew();
    if (d == 0) return 0;
    const n = tupleSize(a);
    for (let i: i32 = 0; i + 1 < n; i += 2) {
      if (dictSetItem(d, tupleItem(a, i), tupleItem(a, i + 1)) < 0) { decref(d); return 0; }
    }
    setref(f + FN_ANNOTATIONS, d); // the field owns d now; the tuple is released
  }
  return lazyDict(f, FN_ANNOTATIONS);
}

function setStr(f: Ptr, off: usize, v: Ptr, what: string): i32 {
  if (v == 0 || load<Ptr>(v, OB_TYPE) != strType) {
    excFormat(excTypeError, what);
    return -1;
  }
  setref(f + off, newref(v));
  return 0;
}
function fn_set_name(f: Ptr, v: Ptr): i32 { return setStr(f, FN_NAME, v, '__name__ must be set to a string object'); }
function fn_set_qualname(f: Ptr, v: Ptr): i32 { return setStr(f, FN_QUALNAME, v, '__qualname__ must be set to a string object'); }
function fn_set_any(f: Ptr, off: usize, v: Ptr): i32 {
  setref(f + off, newref(v != 0 ? v : Py_None));
  return 0;
}
function fn_set_module(f: Ptr, v: Ptr): i32 { return fn_set_any(f, FN_MODULE, v); }
function fn_set_doc(f: Ptr, v: Ptr): i32 { return fn_set_any(f, FN_DOC, v); }
/** A tuple, or None/deletion for none. */
function fn_set_defaults(f: Ptr, v: Ptr): i32 {
  if (v == Py_None) v = 0;
  if (v != 0 && load<Ptr>(v, OB_TYPE) != tupleType) {
    excFormat(excTypeError, '__defaults__ must be set to a tuple object');
    return -1;
  }
  if (v) incref(v);
  setref(f + FN_DEFAULTS, v);
  return 0;
}
function fn_set_kwdefaults(f: Ptr, v: Ptr): i32 {
  if (v == Py_None) v = 0;
  if (v != 0 && load<Ptr>(v, OB_TYPE) != dictType) {
    excFormat(excTypeError, '__kwdefaults__ must be set to a dict object');
    return -1;
  }
  if (v) incref(v);
  setref(f + FN_KWDEFAULTS, v);
  return 0;
}
function fn_set_dict(f: Ptr, v: Ptr): i32 {
  if (v == 0 || load<Ptr>(v, OB_TYPE) != dictType) {
    excFormat(excTypeError, v == 0 ? 'cannot delete __dict__' : '__dict__ must be set to a dictionary');
    return -1;
  }
  setref(f + FN_DICT, newref(v));
  return 0;
}
function fn_set_annotations(f: Ptr, v: Ptr): i32 {
  if (v != 0 && load<Ptr>(v, OB_TYPE) != dictType) {
    excFormat(excTypeError, '__annotations__ must be set to a dict object');
    return -1;
  }
  if (v) incref(v);
  setref(f + FN_ANNOTATIONS, v);
  return 0;
}

/** The function type's attribute descriptors (after the descriptor types exist). */
export function funcAttrsInit(): void {
  const d = load<Ptr>(functionType, TP_DICT);
  getsetAdd(functionType, '__name__', fn_get_name.index, fn_set_name.index, d);
  getsetAdd(functionType, '__qualname__', fn_get_qualname.index, fn_set_qualname.index, d);
  getsetAdd(functionType, '__module__', fn_get_module.index, fn_set_module.index, d);
  getsetAdd(functionType, '__doc__', fn_get_doc.index, fn_set_doc.index, d);
  getsetAdd(functionType, '__defaults__', fn_get_defaults.index, fn_set_defaults.index, d);
  getsetAdd(functionType, '__kwdefaults__', fn_get_kwdefaults.index, fn_set_kwdefaults.index, d);
  getsetAdd(functionType, '__closure__', fn_get_closure.index, 0, d);
  getsetAdd(functionType, '__code__', fn_get_code.index, 0, d);
  getsetAdd(functionType, '__globals__', fn_get_globals.index, 0, d);
  getsetAdd(functionType, '__builtins__', fn_get_builtins.index, 0, d);
  getsetAdd(functionType, '__dict__', fn_get_dict.index, fn_set_dict.index, d);
  getsetAdd(functionType, '__annotations__', fn_get_annotations.index, fn_set_annotations.index, d);
}

function func_dealloc(f: Ptr): void {
  if (load<Ptr>(f, FN_WEAKLIST)) weakrefClearAll(f);
  for (let off: usize = FN_CODE; off < FN_REFS_END; off += 4) xdecref(load<Ptr>(f + off));
  objFree(f);
}

/** CPython's func_traverse order (gc.get_referents() shows it): each field once. */
function func_traverse(f: Ptr, visit: u32, arg: Ptr): i32 {
  let r = fnVisit(f, FN_CODE, visit, arg); if (r) return r;
  r = fnVisit(f, FN_GLOBALS, visit, arg); if (r) return r;
  r = fnVisit(f, FN_BUILTINS, visit, arg); if (r) return r;
  r = fnVisit(f, FN_MODULE, visit, arg); if (r) return r;
  r = fnVisit(f, FN_DEFAULTS, visit, arg); if (r) return r;
  r = fnVisit(f, FN_KWDEFAULTS, visit, arg); if (r) return r;
  r = fnVisit(f, FN_DOC, visit, arg); if (r) return r;
  r = fnVisit(f, FN_NAME, visit, arg); if (r) return r;
  r = fnVisit(f, FN_DICT, visit, arg); if (r) return r;
  r = fnVisit(f, FN_CLOSURE, visit, arg); if (r) return r;
  r = fnVisit(f, FN_ANNOTATIONS, visit, arg); if (r) return r;
  return fnVisit(f, FN_QUALNAME, visit, arg);
}

@inline function fnVisit(f: Ptr, off: usize, visit: u32, arg: Ptr): i32 {
  const v = load<Ptr>(f + off);
  return v != 0 ? call_indirect<i32>(visit, v, arg) : 0;
}

/** The cycle collector's CLEAR (CPython's func_clear): drops every reference that can lead back
 *  to the function; code, name and qualname (never part of a cycle) stay for repr. */
function func_clear(f: Ptr): void {
  for (let off: usize = FN_GLOBALS; off < FN_REFS_END; off += 4) {
    if (off == FN_NAME || off == FN_QUALNAME) continue;
    const v = load<Ptr>(f + off);
    if (v) { store<Ptr>(f + off, 0); decref(v); }
  }
}

function func_repr(f: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, '<function ');
  sbAppendStr(sb, load<Ptr>(f, FN_QUALNAME));
  sbAppendLiteral(sb, ' at 0x');
  sbAppendAddress(sb, f);
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

/** Functions are non-data descriptors: f.__get__(obj) is a bound method. */
function func_descr_get(f: Ptr, obj: Ptr, type: Ptr): Ptr {
  if (obj == 0) return newref(f);
  return methodNew(f, obj);
}

export function funcTypeInit(): void {
  functionType = typeNewBuiltin('function', objectType, FN_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  store<i32>(functionType, <i32>FN_WEAKLIST, TP_WEAKLISTOFFSET);
  typeSetSlot(functionType, SLOT_DEALLOC, func_dealloc.index);
  typeSetSlot(functionType, SLOT_TRAVERSE, func_traverse.index);
  typeSetSlot(functionType, SLOT_CLEAR, func_clear.index);
  typeSetSlot(functionType, SLOT_REPR, func_repr.index);
  typeSetSlot(functionType, SLOT_CALL, vmCallFunction.index);
  typeSetSlot(functionType, SLOT_DESCR_GET, func_descr_get.index);
  store<i32>(functionType, <i32>FN_DICT, TP_DICTOFFSET); // arbitrary attributes: f.calls = 0
  typeSetFinal(functionType);
}
