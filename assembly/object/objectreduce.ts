// === object.__reduce_ex__ and object.__reduce__: the default pickling protocol ===
//
// CPython 3.11's typeobject.c semantics, with the Python half in lib/copyreg.py:
//  - __reduce_ex__(proto) calls a class's own __reduce__ when it overrides object's;
//  - protocol >= 2 (reduce_newobj): (copyreg.__newobj__, (cls, *args), state, listitems,
//    dictitems), args from __getnewargs_ex__ (then copyreg.__newobj_ex__) or __getnewargs__,
//    state from __getstate__ (object's default: the instance dict or None, plus the __slots__
//    values as (dict, slots)), the items iterators for list and dict subclasses;
//  - protocols 0 and 1 go to copyreg._reduce_ex.
// "required" state (no args, not a list or dict) refuses instances whose builtin base holds
// state of its own that the dict and slots cannot carry: "cannot pickle 'X' object".

import { Ptr } from '../common';
import { newref, decref, xdecref, OB_TYPE } from './header';
import { TP_FLAGS, TPFLAGS_HEAPTYPE, TP_BASE, SLOT_NEW, typeSlot } from './typelayout';
import { objectType, typeAddMethod, typeLookup, typeKind, TK_LIST, TK_DICT } from './type';
import { objGetAttr, objGetIter, objCall, objDictAddr } from './abstract';
import { callMethodFound } from './slotdefs';
import { cfuncType, CF_SELF, CF_FN } from './cfunc';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleCheck, tuplePair } from './tuple';
import { dictNew, dictCheck, dictSize, dictSetItem } from './dict';
import { listSize, listItem } from './list';
import { strInternLiteral } from './str';
import { intFromI64 } from './int';
import { Py_None } from './none';
import { importName } from '../vm/import';
import { indexAsI64 } from './slice';
import { argsHaveKw, argErrNoKw, argErrNoArgs, argErrExactlyOne } from './methodargs';
import {
  excFormat, excMatches, excClear, excOccurred, excTypeError, excValueError, excAttributeError,
} from '../vm/exc';

let sCopyreg: Ptr = 0, sReduce: Ptr = 0, sNewobj: Ptr = 0, sNewobjEx: Ptr = 0;
let sGetnewargs: Ptr = 0, sGetnewargsEx: Ptr = 0, sGetstate: Ptr = 0, sSlotnames: Ptr = 0;
let sItems: Ptr = 0, sReduceExFn: Ptr = 0;
/** object.__reduce__ and object.__getstate__ as found in object's dict (borrowed; set at init). */
let objectReduce: Ptr = 0;
let getstateFn: u32 = 0;

/** getattr(o, name), 0 with no exception set when it raises AttributeError. */
function lookupAttr(o: Ptr, name: Ptr): Ptr {
  const v = objGetAttr(o, name);
  if (v == 0 && excMatches(excAttributeError)) excClear();
  return v;
}

/** copyreg.<name> (new reference). */
function copyregAttr(name: Ptr): Ptr {
  const m = importName(sCopyreg, 0, 0, 0);
  if (m == 0) return 0;
  const v = objGetAttr(m, name);
  decref(m);
  return v;
}

/** The default state (CPython's object_getstate_default). New reference. */
export function objectDefaultState(obj: Ptr, required: bool): Ptr {
  const t = load<Ptr>(obj, OB_TYPE);
  const addr = objDictAddr(obj);
  const d: Ptr = addr != 0 ? load<Ptr>(addr) : 0;
  let state: Ptr = d != 0 && dictCheck(d) && dictSize(d) > 0 ? newref(d) : newref(Py_None);
  const fn = copyregAttr(sSlotnames);
  if (fn == 0) { decref(state); return 0; }
  const buf = memory.data(4);
  store<Ptr>(buf, t);
  const names = objCall(fn, buf, 1, 0);
  decref(fn);
  if (names == 0) { decref(state); return 0; }
  if (required) {
    // the nearest builtin base must be object: anything else keeps state no dict carries
    let solid = t;
    while ((load<u32>(solid, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0) solid = load<Ptr>(solid, TP_BASE);
    if (solid != objectType) {
      decref(names); decref(state);
      return excFormat(excTypeError, "cannot pickle '%T' object", obj);
    }
  }
  const n = names != Py_None ? listSize(names) : 0;
  if (n > 0) {
    const slots = dictNew();
    if (slots == 0) { decref(names); decref(state); return 0; }
    for (let i = 0; i < n; i++) {
      const name = listItem(names, i);
      const v = lookupAttr(obj, name);
      if (v == 0) {
        if (excOccurred()) { decref(slots); decref(names); decref(state); return 0; }
        continue;
      }
      const r = dictSetItem(slots, name, v);
      decref(v);
      if (r != 0) { decref(slots); decref(names); decref(state); return 0; }
    }
    if (dictSize(slots) > 0) state = tuplePair(state, slots);
    else decref(slots);
  }
  decref(names);
  return state;
}

/** obj.__getstate__(), with `required` passed to the default one (object_getstate). */
function getState(obj: Ptr, required: bool): Ptr {
  const g = objGetAttr(obj, sGetstate);
  if (g == 0) return 0;
  let r: Ptr;
  if (load<Ptr>(g, OB_TYPE) == cfuncType && load<Ptr>(g, CF_SELF) == obj && load<u32>(g, CF_FN) == getstateFn) {
    r = objectDefaultState(obj, required);
  } else r = objCall(g, 0, 0, 0);
  decref(g);
  return r;
}

/** Protocol 2+ (CPython's reduce_newobj). New reference. */
function reduceNewobj(obj: Ptr): Ptr {
  const t = load<Ptr>(obj, OB_TYPE);
  if (typeSlot(t, SLOT_NEW) == 0) return excFormat(excTypeError, "cannot pickle '%T' object", obj);
  // the constructor arguments
  let args: Ptr = 0, kwargs: Ptr = 0;
  const gex = typeLookup(t, sGetnewargsEx);
  if (gex != 0) {
    const r = callMethodFound(gex, obj, 0, 0, 0);
    if (r == 0) return 0;
    if (!tupleCheck(r)) {
      excFormat(excTypeError, "__getnewargs_ex__ should return a tuple, not '%T'", r);
      decref(r);
      return 0;
    }
    if (tupleSize(r) != 2) {
      excFormat(excValueError, '__getnewargs_ex__ should return a tuple of length 2, not %d', <Ptr>tupleSize(r));
      decref(r);
      return 0;
    }
    args = newref(tupleItem(r, 0));
    kwargs = newref(tupleItem(r, 1));
    decref(r);
    if (!tupleCheck(args)) {
      excFormat(excTypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%T'", args);
      decref(args); decref(kwargs);
      return 0;
    }
    if (!dictCheck(kwargs)) {
      excFormat(excTypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%T'", kwargs);
      decref(args); decref(kwargs);
      return 0;
    }
  } else {
    const gn = typeLookup(t, sGetnewargs);
    if (gn != 0) {
      args = callMethodFound(gn, obj, 0, 0, 0);
      if (args == 0) return 0;
      if (!tupleCheck(args)) {
        excFormat(excTypeError, "__getnewargs__ should return a tuple, not '%T'", args);
        decref(args);
        return 0;
      }
    }
  }
  const hasArgs = args != 0;
  let newobj: Ptr, newargs: Ptr;
  if (kwargs == 0 || dictSize(kwargs) == 0) {
    newobj = copyregAttr(sNewobj);
    const n = args != 0 ? tupleSize(args) : 0;
    newargs = newobj != 0 ? tupleNew(n + 1) : 0;
    if (newargs != 0) {
      store<Ptr>(tupleItemsAddr(newargs), newref(t));
      for (let i = 0; i < n; i++) store<Ptr>(tupleItemsAddr(newargs) + (<usize>(i + 1) << 2), newref(tupleItem(args, i)));
    }
  } else {
    newobj = copyregAttr(sNewobjEx);
    newargs = newobj != 0 ? tupleNew(3) : 0;
    if (newargs != 0) {
      store<Ptr>(tupleItemsAddr(newargs), newref(t));
      store<Ptr>(tupleItemsAddr(newargs) + 4, newref(args));
      store<Ptr>(tupleItemsAddr(newargs) + 8, newref(kwargs));
    }
  }
  xdecref(args);
  xdecref(kwargs);
  if (newargs == 0) { xdecref(newobj); return 0; }
  const k = typeKind(t);
  const state = getState(obj, !(hasArgs || k == TK_LIST || k == TK_DICT));
  if (state == 0) { decref(newobj); decref(newargs); return 0; }
  let listitems: Ptr = newref(Py_None), dictitems: Ptr = newref(Py_None);
  if (k == TK_LIST) { decref(listitems); listitems = objGetIter(obj); }
  else if (k == TK_DICT) {
    const items = objGetAttr(obj, sItems);
    decref(dictitems);
    dictitems = 0;
    if (items != 0) {
      const view = objCall(items, 0, 0, 0);
      decref(items);
      if (view != 0) { dictitems = objGetIter(view); decref(view); }
    }
  }
  if (listitems == 0 || dictitems == 0) {
    xdecref(listitems); xdecref(dictitems); decref(newobj); decref(newargs); decref(state);
    return 0;
  }
  const res = tupleNew(5);
  if (res == 0) { decref(listitems); decref(dictitems); decref(newobj); decref(newargs); decref(state); return 0; }
  const it = tupleItemsAddr(res);
  store<Ptr>(it, newobj);
  store<Ptr>(it, newargs, 4);
  store<Ptr>(it, state, 8);
  store<Ptr>(it, listitems, 12);
  store<Ptr>(it, dictitems, 16);
  return res;
}

/** _common_reduce: protocol 2+ here, 0 and 1 in copyreg._reduce_ex. */
function commonReduce(obj: Ptr, proto: i64): Ptr {
  if (proto >= 2) return reduceNewobj(obj);
  const f = copyregAttr(sReduceExFn);
  if (f == 0) return 0;
  const p = intFromI64(proto);
  if (p == 0) { decref(f); return 0; }
  const buf = memory.data(8);
  store<Ptr>(buf, obj);
  store<Ptr>(buf, p, 4);
  const r = objCall(f, buf, 2, 0);
  decref(p);
  decref(f);
  return r;
}

function object___reduce__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(objectType, '__reduce__');
  if (nargs != 0) return argErrNoArgs(objectType, '__reduce__', nargs);
  return commonReduce(self, 0);
}

function object___reduce_ex__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(objectType, '__reduce_ex__');
  if (nargs != 1) return argErrExactlyOne(objectType, '__reduce_ex__', nargs);
  const proto = indexAsI64(load<Ptr>(args), 0);
  if (proto == -1 && excOccurred()) return 0;
  // a class's own __reduce__ wins
  const reduce = lookupAttr(self, sReduce);
  if (reduce == 0 && excOccurred()) return 0;
  if (reduce != 0) {
    const clsReduce = typeLookup(load<Ptr>(self, OB_TYPE), sReduce);
    if (clsReduce != objectReduce) {
      const r = objCall(reduce, 0, 0, 0);
      decref(reduce);
      return r;
    }
    decref(reduce);
  }
  return commonReduce(self, proto);
}

export function objectreduceInit(): void {
  sCopyreg = strInternLiteral('copyreg');
  sReduce = strInternLiteral('__reduce__');
  sNewobj = strInternLiteral('__newobj__');
  sNewobjEx = strInternLiteral('__newobj_ex__');
  sGetnewargs = strInternLiteral('__getnewargs__');
  sGetnewargsEx = strInternLiteral('__getnewargs_ex__');
  sGetstate = strInternLiteral('__getstate__');
  sSlotnames = strInternLiteral('_slotnames');
  sItems = strInternLiteral('items');
  sReduceExFn = strInternLiteral('_reduce_ex');
  typeAddMethod(objectType, '__reduce__', object___reduce__.index);
  typeAddMethod(objectType, '__reduce_ex__', object___reduce_ex__.index);
  objectReduce = typeLookup(objectType, sReduce);
}

/** object.__getstate__'s function index, so getState can tell the default apart. */
export function objectreduceSetGetstate(fn: u32): void { getstateFn = fn; }
