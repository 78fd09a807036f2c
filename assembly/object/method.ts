// === Bound methods: a function with its first argument (`self`) fixed ===
//
//   +0 refcnt | +4 type | +8 func | +12 self | +16 weak list head (object/weakref.ts)

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, xdecref, setref } from './header';
import { SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_CALL, SLOT_REPR, TPFLAGS_HAVE_GC, typeSetSlot } from './typelayout';
import { typeNewBuiltin, objectType, TK_OTHER, typeSetFinal } from './type';
import { objCall, objRepr } from './abstract';
import { heapAlloc, heapFree } from '../heap/heap';
import { excNoMemory } from '../vm/exc';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { FN_QUALNAME } from './func';
import { SLOT_GETATTRO, SLOT_RICHCOMPARE, SLOT_HASH, SLOT_DESCR_GET, TP_DICT, typeSlot } from './typelayout';
import { OB_TYPE } from './header';
import { typeLookup } from './type';
import { objGetAttr, objRichCompareBool, objHash, hashPointer } from './abstract';
import { Py_NotImplemented } from './none';
import { Py_True, Py_False } from './bool';
import { getsetAdd } from './descrobject';
import { weakrefClearAll } from './weakref';
import { TP_WEAKLISTOFFSET, TP_NAME } from './typelayout';
import { wrapperName } from './slotdefs';
import { sbAppendAddress } from './cfunc';

@inline export const ME_FUNC: usize = 8;
@inline export const ME_SELF: usize = 12;
@inline const ME_WEAKLIST: usize = 16;
@inline const ME_SIZE: u32 = 20;

export let methodType: Ptr = 0;
/** 'method-wrapper': a slot wrapper (int.__add__) bound to an instance ((1).__add__). Same
 *  layout and behaviour as a method, with func a wrapper_descriptor; only repr differs. */
export let methodWrapperType: Ptr = 0;

export function methodNew(func: Ptr, self: Ptr): Ptr {
  return methodNewOfType(methodType, func, self);
}

/** A bound slot wrapper (func is a wrapper_descriptor). */
export function methodWrapperNew(func: Ptr, self: Ptr): Ptr {
  return methodNewOfType(methodWrapperType, func, self);
}

function methodNewOfType(t: Ptr, func: Ptr, self: Ptr): Ptr {
  const m = objAlloc(t, ME_SIZE);
  if (m == 0) return excNoMemory();
  store<Ptr>(m, newref(func), ME_FUNC);
  store<Ptr>(m, newref(self), ME_SELF);
  return m;
}

function method_dealloc(m: Ptr): void {
  if (load<Ptr>(m, ME_WEAKLIST)) weakrefClearAll(m);
  xdecref(load<Ptr>(m, ME_FUNC)); // 0 after method_clear
  xdecref(load<Ptr>(m, ME_SELF));
  objFree(m);
}

/** The cycle collector's CLEAR (only garbage is cleared: nothing calls the method after). */
function method_clear(m: Ptr): void {
  setref(m + ME_SELF, 0);
  setref(m + ME_FUNC, 0);
}

function method_traverse(m: Ptr, visit: u32, arg: Ptr): i32 {
  const r = call_indirect<i32>(visit, load<Ptr>(m, ME_FUNC), arg);
  if (r) return r;
  return call_indirect<i32>(visit, load<Ptr>(m, ME_SELF), arg);
}

/** Calls func(self, *args): copies the argument words behind self into a temporary block. */
function method_call(m: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const buf = heapAlloc(<usize>(nargs + 1) << 2);
  if (buf == 0) return excNoMemory();
  store<Ptr>(buf, load<Ptr>(m, ME_SELF));
  memory.copy(buf + 4, args, <usize>nargs << 2);
  const r = objCall(load<Ptr>(m, ME_FUNC), buf, nargs + 1, kwnames);
  heapFree(buf);
  return r;
}

function method_repr(m: Ptr): Ptr {
  const self = objRepr(load<Ptr>(m, ME_SELF));
  if (self == 0) return 0;
  const sb = sbNew();
  sbAppendLiteral(sb, '<bound method ');
  sbAppendStr(sb, load<Ptr>(load<Ptr>(m, ME_FUNC), FN_QUALNAME));
  sbAppendLiteral(sb, ' of ');
  sbAppendStr(sb, self);
  sbAppendLiteral(sb, '>');
  decref(self);
  return sbFinish(sb);
}

/** <method-wrapper '__add__' of int object at 0x...> */
function methodwrapper_repr(m: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  const self = load<Ptr>(m, ME_SELF);
  sbAppendLiteral(sb, "<method-wrapper '");
  sbAppendStr(sb, wrapperName(load<Ptr>(m, ME_FUNC)));
  sbAppendLiteral(sb, "' of ");
  sbAppendStr(sb, load<Ptr>(load<Ptr>(self, OB_TYPE), TP_NAME));
  sbAppendLiteral(sb, ' object at 0x');
  sbAppendAddress(sb, self);
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

function me_get_self(m: Ptr): Ptr { return newref(load<Ptr>(m, ME_SELF)); }
function me_get_func(m: Ptr): Ptr { return newref(load<Ptr>(m, ME_FUNC)); }

/** Attributes of the method type itself, then those of the function (m.__name__, m.__doc__). */
function method_getattro(m: Ptr, name: Ptr): Ptr {
  const t = load<Ptr>(m, OB_TYPE);
  const descr = typeLookup(t, name);
  if (descr != 0) {
    const get = typeSlot(load<Ptr>(descr, OB_TYPE), SLOT_DESCR_GET);
    if (get != 0) return call_indirect<Ptr>(get, descr, m, t);
    return newref(descr);
  }
  return objGetAttr(load<Ptr>(m, ME_FUNC), name);
}

/** Equal when the functions are equal and the selves are the same object (3.8+). */
function method_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if ((op != 2 && op != 3) || load<Ptr>(b, OB_TYPE) != load<Ptr>(a, OB_TYPE)) return newref(Py_NotImplemented);
  let eq = load<Ptr>(a, ME_SELF) == load<Ptr>(b, ME_SELF);
  if (eq) {
    const r = objRichCompareBool(load<Ptr>(a, ME_FUNC), load<Ptr>(b, ME_FUNC), 2);
    if (r < 0) return 0;
    eq = r == 1;
  }
  return newref((op == 2) == eq ? Py_True : Py_False);
}

function method_hash(m: Ptr): i64 {
  const x = hashPointer(load<Ptr>(m, ME_SELF));
  const y = objHash(load<Ptr>(m, ME_FUNC));
  if (y == -1) return -1;
  const h = x ^ y;
  return h == -1 ? -2 : h;
}

/** __self__/__func__ (after the descriptor types exist). */
export function methodAttrsInit(): void {
  const d = load<Ptr>(methodType, TP_DICT);
  getsetAdd(methodType, '__self__', me_get_self.index, 0, d);
  getsetAdd(methodType, '__func__', me_get_func.index, 0, d);
  getsetAdd(methodWrapperType, '__self__', me_get_self.index, 0, load<Ptr>(methodWrapperType, TP_DICT));
}

export function methodTypeInit(): void {
  methodType = typeNewBuiltin('method', objectType, ME_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  store<i32>(methodType, <i32>ME_WEAKLIST, TP_WEAKLISTOFFSET);
  typeSetSlot(methodType, SLOT_DEALLOC, method_dealloc.index);
  typeSetSlot(methodType, SLOT_TRAVERSE, method_traverse.index);
  typeSetSlot(methodType, SLOT_CLEAR, method_clear.index);
  typeSetSlot(methodType, SLOT_CALL, method_call.index);
  typeSetSlot(methodType, SLOT_REPR, method_repr.index);
  typeSetSlot(methodType, SLOT_GETATTRO, method_getattro.index);
  typeSetSlot(methodType, SLOT_RICHCOMPARE, method_richcompare.index);
  typeSetSlot(methodType, SLOT_HASH, method_hash.index);
  typeSetFinal(methodType);
  const w = methodWrapperType = typeNewBuiltin('method-wrapper', objectType, ME_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(w, SLOT_DEALLOC, method_dealloc.index);
  typeSetSlot(w, SLOT_TRAVERSE, method_traverse.index);
  typeSetSlot(w, SLOT_CLEAR, method_clear.index);
  typeSetSlot(w, SLOT_CALL, method_call.index);
  typeSetSlot(w, SLOT_REPR, methodwrapper_repr.index);
  typeSetSlot(w, SLOT_GETATTRO, method_getattro.index);
  typeSetSlot(w, SLOT_RICHCOMPARE, method_richcompare.index);
  typeSetSlot(w, SLOT_HASH, method_hash.index);
  typeSetFinal(w);
}
