// === Python functions (the objects `def` and `lambda` make) ===
//
//   +0 refcnt | +4 type | +8 code | +12 globals | +16 builtins | +20 name | +24 qualname
//   +28 defaults (tuple or 0) | +32 kwdefaults (dict or 0) | +36 closure (tuple of cells or 0)
//   +40 dict (or 0) | +44 module (or 0) | +48 doc | +52 annotations (or 0)
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
@inline const FN_SIZE: u32 = 56;

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
  store<Ptr>(f, newref(Py_None), FN_DOC);
  return f;
}

function func_dealloc(f: Ptr): void {
  for (let off: usize = FN_CODE; off < <usize>FN_SIZE; off += 4) xdecref(load<Ptr>(f + off));
  objFree(f);
}

function func_traverse(f: Ptr, visit: u32, arg: Ptr): i32 {
  for (let off: usize = FN_CODE; off < <usize>FN_SIZE; off += 4) {
    const v = load<Ptr>(f + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

/** The cycle collector's CLEAR (CPython's func_clear): drops every reference that can lead back
 *  to the function; code, name and qualname (never part of a cycle) stay for repr. */
function func_clear(f: Ptr): void {
  for (let off: usize = FN_GLOBALS; off < <usize>FN_SIZE; off += 4) {
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
  typeSetSlot(functionType, SLOT_DEALLOC, func_dealloc.index);
  typeSetSlot(functionType, SLOT_TRAVERSE, func_traverse.index);
  typeSetSlot(functionType, SLOT_CLEAR, func_clear.index);
  typeSetSlot(functionType, SLOT_REPR, func_repr.index);
  typeSetSlot(functionType, SLOT_CALL, vmCallFunction.index);
  typeSetSlot(functionType, SLOT_DESCR_GET, func_descr_get.index);
  typeSetFinal(functionType);
}
