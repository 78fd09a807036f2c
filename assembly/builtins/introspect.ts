// === Namespaces seen from Python: locals(), globals(), vars(), dir() and the __dir__ methods ===
//
// locals() in a module or class body is the frame's namespace itself; in a function it is a new
// dict of the bound fast locals, cells and free variables read through their cells, in
// localsplus order (arguments first), as CPython's _PyFrame_FastToLocals fills it, and like
// CPython 3.11 one frame hands out the same dict on every call (refreshed each time).
//
// dir(x) is type(x).__dir__(x), turned into a list and sorted:
//   object.__dir__: the instance's __dict__ keys, then the attributes of its __class__ and of
//                   that class's bases (recursively, through __dict__ and __bases__);
//   type.__dir__:   the class's own attributes and its bases', not its metaclass's;
//   module.__dir__: the module's namespace (its own __dir__ function if it defines one).
// dir() without an argument is sorted(locals()).

import { Ptr } from '../common';
import { newref, decref, OB_TYPE } from '../object/header';
import { TP_DICT, TP_BASES } from '../object/typelayout';
import { typeType, objectType, isSubtype, typeLookup, typeAddMethod } from '../object/type';
import { objGetAttr, objCall, objCallAttr, objLookupAttr } from '../object/abstract';
import { callMethodFound } from '../object/slotdefs';
import { dictNew, dictType, dictSetItem, dictDelItem, dictCopy, dictMerge, dictUpdateArg, dictGetItemStr } from '../object/dict';
import { listType, listFromIterable } from '../object/list';
import { listSortImpl } from '../object/listsort';
import { tupleType, tupleSize, tupleItem } from '../object/tuple';
import { strInternLiteral } from '../object/str';
import { moduleType, moduleDict } from '../object/module';
import { cellType, CELL_CONTENTS } from '../object/cell';
import { CO_FLAGS, CO_OPTIMIZED, CO_NLOCALSPLUS, CO_LOCALSPLUSNAMES, KIND_CELL, KIND_FREE, codeKinds } from '../object/code';
import { curFrame, FR_CODE, FR_LOCALS, FR_GLOBALS, FR_HEADER } from '../vm/frame';
import {
  excFormat, excSetString, excMatches, excClear, excOccurred, excTypeError, excAttributeError,
  excSystemError, excKeyError,
} from '../vm/exc';

let sDict: Ptr = 0, sBases: Ptr = 0, sClass: Ptr = 0, sDir: Ptr = 0;

/** locals() of the running frame (new reference). A function frame keeps one snapshot dict in
 *  FR_LOCALS (released with the frame; a generator's traverse visits it), refreshed by each
 *  call as CPython's f_locals: a key keeps its first position, an unbound variable is removed. */
export function frameLocals(): Ptr {
  const f = curFrame;
  if (f == 0) return excSetString(excSystemError, 'frame does not exist');
  return frameLocalsOf(f);
}

/** locals() of frame f (a live frame: on the stack, or a generator's not yet finished), as
 *  frameLocals: a frame object's f_locals (object/frameobject.ts). New reference. */
export function frameLocalsOf(f: Ptr): Ptr {
  const code = load<Ptr>(f, FR_CODE);
  let d = load<Ptr>(f, FR_LOCALS);
  if ((load<u32>(code, CO_FLAGS) & CO_OPTIMIZED) == 0 && d != 0) return newref(d);
  if (d == 0) {
    d = dictNew();
    if (d == 0) return 0;
    store<Ptr>(f, d, FR_LOCALS);
  }
  const n = <i32>load<u32>(code, CO_NLOCALSPLUS);
  const names = load<Ptr>(code, CO_LOCALSPLUSNAMES);
  const kinds = codeKinds(code);
  const lp = f + FR_HEADER;
  for (let i: i32 = 0; i < n; i++) {
    let v = load<Ptr>(lp + (<usize>i << 2));
    const k = load<u8>(kinds + <usize>i);
    // a cell variable holds its cell once MAKE_CELL ran (an argument that is a cell holds the
    // value until then); a free variable always holds its cell
    if (v != 0 && (k & (KIND_CELL | KIND_FREE)) != 0 && load<Ptr>(v, OB_TYPE) == cellType) {
      v = load<Ptr>(v, CELL_CONTENTS);
    }
    const name = tupleItem(names, i);
    if (v != 0) {
      if (dictSetItem(d, name, v) < 0) return 0;
    } else if (dictDelItem(d, name) < 0) {
      if (!excMatches(excKeyError)) return 0;
      excClear();
    }
  }
  return newref(d);
}

export function builtin_locals(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, 'locals() takes no arguments (%d given)', <Ptr>nargs);
  return frameLocals();
}

export function builtin_globals(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, 'globals() takes no arguments (%d given)', <Ptr>nargs);
  const f = curFrame;
  if (f == 0) return excSetString(excSystemError, 'frame does not exist');
  return newref(load<Ptr>(f, FR_GLOBALS));
}

/** vars([object]): locals(), or object.__dict__. */
export function builtin_vars(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'vars() takes no keyword arguments');
  if (nargs > 1) return excFormat(excTypeError, 'vars expected at most 1 argument, got %d', <Ptr>nargs);
  if (nargs == 0) return frameLocals();
  const d = objGetAttr(load<Ptr>(args), sDict);
  if (d == 0 && excMatches(excAttributeError)) {
    excClear();
    return excSetString(excTypeError, 'vars() argument must have __dict__ attribute');
  }
  return d;
}

/** A list, sorted (the last step of dir()). Steals seq's reference. */
function sortedList(seq: Ptr): Ptr {
  const l = listFromIterable(seq);
  decref(seq);
  if (l == 0) return 0;
  if (listSortImpl(l, 0, false) < 0) { decref(l); return 0; }
  return l;
}

/** dir([object]) */
export function builtin_dir(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'dir() takes no keyword arguments');
  if (nargs > 1) return excFormat(excTypeError, 'dir expected at most 1 argument, got %d', <Ptr>nargs);
  if (nargs == 0) {
    const ns = frameLocals();
    if (ns == 0) return 0;
    // CPython's PyMapping_Keys: a dict's keys, or a mapping's keys() as a list
    if (load<Ptr>(ns, OB_TYPE) == dictType) return sortedList(ns);
    const kn = strInternLiteral('keys');
    if (kn == 0) { decref(ns); return 0; }
    const keys = objCallAttr(ns, kn, 0, 0, 0);
    decref(kn);
    decref(ns);
    if (keys == 0) return 0;
    return sortedList(keys);
  }
  const o = load<Ptr>(args);
  const f = typeLookup(load<Ptr>(o, OB_TYPE), sDir);
  if (f == 0) return excSetString(excTypeError, 'object does not provide __dir__');
  const r = callMethodFound(f, o, 0, 0, 0);
  if (r == 0) return 0;
  return sortedList(r);
}


/** Adds the attribute names of class c and of its bases to dict d (CPython's
 *  merge_class_dict). A type is read directly; anything else through __dict__ and __bases__. */
function mergeClassDict(d: Ptr, c: Ptr): i32 {
  const isType = isSubtype(load<Ptr>(c, OB_TYPE), typeType);
  if (isType) {
    if (dictMerge(d, load<Ptr>(c, TP_DICT), true) < 0) return -1;
  } else {
    const cd = objLookupAttr(c, sDict);
    if (cd == 0 && excOccurred()) return -1;
    if (cd != 0) {
      const r = dictUpdateArg(d, cd);
      decref(cd);
      if (r < 0) return -1;
    }
  }
  const bases = isType ? newref(load<Ptr>(c, TP_BASES)) : objLookupAttr(c, sBases);
  if (bases == 0) return excOccurred() ? -1 : 0;
  if (load<Ptr>(bases, OB_TYPE) != tupleType) {
    // any sequence will do for CPython; a tuple is all a class can have
    decref(bases);
    return 0;
  }
  const n = tupleSize(bases);
  for (let i: i32 = 0; i < n; i++) {
    if (mergeClassDict(d, tupleItem(bases, i)) < 0) { decref(bases); return -1; }
  }
  decref(bases);
  return 0;
}

/** object.__dir__(self): the instance's __dict__ keys, then its class's attributes. */
function object_dir(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, 'object.__dir__() takes no arguments (%d given)', <Ptr>nargs);
  const od = objLookupAttr(self, sDict);
  if (od == 0 && excOccurred()) return 0;
  let d: Ptr;
  if (od != 0 && isSubtype(load<Ptr>(od, OB_TYPE), dictType)) d = dictCopy(od);
  else d = dictNew();
  if (od != 0) decref(od);
  if (d == 0) return 0;
  const c = objLookupAttr(self, sClass);
  if (c == 0 && excOccurred()) { decref(d); return 0; }
  if (c != 0) {
    const r = mergeClassDict(d, c);
    decref(c);
    if (r < 0) { decref(d); return 0; }
  }
  const l = listFromIterable(d);
  decref(d);
  return l;
}

/** type.__dir__(cls): the class's attributes and its bases'. */
function type_dir(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, '%N.__dir__() takes no arguments (%d given)', self, <Ptr>nargs);
  const d = dictNew();
  if (d == 0) return 0;
  if (mergeClassDict(d, self) < 0) { decref(d); return 0; }
  const l = listFromIterable(d);
  decref(d);
  return l;
}

/** module.__dir__(m): its namespace's keys, or what its own __dir__ function says. */
function module_dir(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, 'module.__dir__() takes no arguments (%d given)', <Ptr>nargs);
  const d = moduleDict(self);
  const own = dictGetItemStr(d, sDir);
  if (own != 0) return objCall(own, 0, 0, 0);
  return listFromIterable(d);
}

/** The __dir__ methods and the names (once, at vmInit, after the types exist). */
export function introspectTypesInit(): void {
  sDict = strInternLiteral('__dict__');
  sBases = strInternLiteral('__bases__');
  sClass = strInternLiteral('__class__');
  sDir = strInternLiteral('__dir__');
  typeAddMethod(objectType, '__dir__', object_dir.index);
  typeAddMethod(typeType, '__dir__', type_dir.index);
  typeAddMethod(moduleType, '__dir__', module_dir.index);
}
