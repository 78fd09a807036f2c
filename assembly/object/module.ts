// === Module objects: a namespace dict with a name ===
//
//   +0 refcnt | +4 type | +8 dict | +12 name (str) | +16 state u32 (MOD_INITIALIZING, MOD_BUILTIN)
//
// Attribute access reads and writes the dict. At the end of a run a module's dict is cleared
// (moduleClear) before the module is dropped, breaking the function -> globals -> function
// cycles every module has, as CPython's module cleanup does.

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, xdecref } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_GETATTRO, SLOT_SETATTRO, SLOT_REPR, TPFLAGS_HAVE_GC,
  TP_DICTOFFSET, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, objectType, TK_OTHER, typeLookup } from './type';
import { dictNew, dictSetItem, dictClear, dictGetItemStr } from './dict';
import { objGenericGetAttr } from './abstract';
import { excFormat, excAttributeError, excSetAttrErrorContext } from '../vm/exc';
import { strInternLiteral, isStr, strEqLiteral } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import { cfuncSetModuleType, cfuncNew } from './cfunc';

@inline export const MOD_DICT: usize = 8;
@inline export const MOD_NAME: usize = 12;
@inline const MOD_STATE: usize = 16;
@inline const MOD_SIZE: u32 = 20;
/** The module's body is running (vm/import.ts): ImportError says "partially initialized". */
@inline export const MOD_INITIALIZING: u32 = 1;
/** Made by the core (modules/): repr says "(built-in)". */
@inline export const MOD_BUILTIN: u32 = 2;

export let moduleType: Ptr = 0;

/** A new module named name (borrowed str), its dict holding __name__ and __doc__ = None. */
export function moduleNew(name: Ptr): Ptr {
  if (name == 0) return 0; // making the name failed: MemoryError is set
  const m = objAlloc(moduleType, MOD_SIZE);
  if (m == 0) return 0;
  store<Ptr>(m, newref(name), MOD_NAME);
  store<u32>(m, 0, MOD_STATE);
  const d = dictNew();
  store<Ptr>(m, d, MOD_DICT);
  if (d == 0) { decref(m); return 0; }
  const k = strInternLiteral('__name__');
  const r = k != 0 ? dictSetItem(d, k, name) : -1;
  xdecref(k);
  if (r < 0) { decref(m); return 0; }
  return m;
}

/** moduleNew with the name of a literal: 0 with MemoryError when either allocation fails. */
export function moduleNewLiteral(name: string): Ptr {
  const n = strInternLiteral(name);
  if (n == 0) return 0;
  const m = moduleNew(n);
  decref(n);
  return m;
}

@inline export function moduleDict(m: Ptr): Ptr { return load<Ptr>(m, MOD_DICT); }
@inline export function moduleName(m: Ptr): Ptr { return load<Ptr>(m, MOD_NAME); }
@inline export function moduleState(m: Ptr): u32 { return load<u32>(m, MOD_STATE); }
@inline export function moduleSetState(m: Ptr, s: u32): void { store<u32>(m, s, MOD_STATE); }

/** m.name = a builtin function (fn: the vectorcall shape of object/cfunc.ts). Returns -1 on error. */
export function moduleAddFunction(m: Ptr, name: string, fn: u32): i32 {
  const key = strInternLiteral(name);
  if (key == 0) return -1;
  const f = cfuncNew(fn, key, m);
  const r = f != 0 ? dictSetItem(load<Ptr>(m, MOD_DICT), key, f) : -1;
  xdecref(f);
  decref(key);
  return r;
}

/** m.name = v (borrowed). Returns -1 on error. */
export function moduleAddObject(m: Ptr, name: string, v: Ptr): i32 {
  if (v == 0) return -1;
  const key = strInternLiteral(name);
  if (key == 0) return -1;
  const r = dictSetItem(load<Ptr>(m, MOD_DICT), key, v);
  decref(key);
  return r;
}

/** m.name = v, stealing v (a fresh object). Returns -1 on error (v == 0 included). */
export function moduleAddNew(m: Ptr, name: string, v: Ptr): i32 {
  if (v == 0) return -1;
  const r = moduleAddObject(m, name, v);
  decref(v);
  return r;
}

/** Empties the module's namespace (see the header comment). */
export function moduleClear(m: Ptr): void {
  dictClear(load<Ptr>(m, MOD_DICT));
}

function module_dealloc(m: Ptr): void {
  xdecref(load<Ptr>(m, MOD_DICT));
  xdecref(load<Ptr>(m, MOD_NAME));
  objFree(m);
}

function module_traverse(m: Ptr, visit: u32, arg: Ptr): i32 {
  const d = load<Ptr>(m, MOD_DICT);
  return d ? call_indirect<i32>(visit, d, arg) : 0;
}

/** The cycle collector's CLEAR: empties the namespace (as moduleClear; the dict object stays,
 *  so attribute access on a cleared module still works). */
function module_clear_slot(m: Ptr): void {
  dictClear(load<Ptr>(m, MOD_DICT));
}

/** The namespace first, then the module type's own attributes (__dict__, __class__...). */
function module_getattro(m: Ptr, name: Ptr): Ptr {
  const v = dictGetItemStr(load<Ptr>(m, MOD_DICT), name);
  if (v) return newref(v);
  if (name == sDict) return newref(load<Ptr>(m, MOD_DICT));
  if (typeLookup(moduleType, name) != 0) return objGenericGetAttr(m, name);
  excFormat(excAttributeError, "module '%U' has no attribute '%U'", load<Ptr>(m, MOD_NAME), name);
  excSetAttrErrorContext(name, m);
  return 0;
}

/** <module 'name' from 'file'>, <module 'name' (built-in)> or <module 'name'>. */
function module_repr(m: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, "<module '");
  sbAppendStr(sb, load<Ptr>(m, MOD_NAME));
  const file = dictGetItemStr(load<Ptr>(m, MOD_DICT), sFile);
  if (file != 0 && isStr(file)) {
    sbAppendLiteral(sb, "' from '");
    sbAppendStr(sb, file);
    sbAppendLiteral(sb, "'>");
  } else if (load<u32>(m, MOD_STATE) & MOD_BUILTIN) {
    sbAppendLiteral(sb, "' (built-in)>");
  } else {
    sbAppendLiteral(sb, "'>");
  }
  return sbFinish(sb);
}
let sFile: Ptr = 0, sDict: Ptr = 0;

export function moduleTypeInit(): void {
  moduleType = typeNewBuiltin('module', objectType, MOD_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  store<i32>(moduleType, <i32>MOD_DICT, TP_DICTOFFSET);
  typeSetSlot(moduleType, SLOT_DEALLOC, module_dealloc.index);
  typeSetSlot(moduleType, SLOT_TRAVERSE, module_traverse.index);
  typeSetSlot(moduleType, SLOT_CLEAR, module_clear_slot.index);
  typeSetSlot(moduleType, SLOT_GETATTRO, module_getattro.index);
  typeSetSlot(moduleType, SLOT_REPR, module_repr.index);
  cfuncSetModuleType(moduleType);
  sFile = strInternLiteral('__file__');
  sDict = strInternLiteral('__dict__');
}
