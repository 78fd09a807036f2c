// === Weak references (CPython's weakrefobject.c): weakref.ref, proxies, and the referent's list ===
//
// A weak reference does not own its referent. Every object that can be weakly referenced has a
// list head (a Ptr word, 0 = no weak references) at `o + TP_WEAKLISTOFFSET` of its type (0 = the
// type does not support weak references): a field of the builtin layouts (function, set, method,
// type) or the word at o - 20 of the managed prefix of class instances (object/typenew.ts). The
// head links every weakref and proxy to o through their prev/next fields:
//
//   weakref / proxy object (GC prefix in front)
//   +0 refcnt | +4 type | +8 object Ptr (borrowed; 0 once dead) | +12 callback (owned or 0)
//   +16 hash i64 (-1 = not computed) | +24 prev Ptr | +28 next Ptr | +32 a subclass's __slots__...
//
// List order is CPython's: the "basic" ref (exact weakref.ref, no callback, shared by every
// ref(o) call) first, then the basic proxy, then the others, newest first. That order is the order
// of getweakrefs() and of the callbacks when o dies.
//
// Invariants:
// - A weakref is on its referent's list iff its object field is non-zero; nothing else keeps the
//   referent's address. Every type with a weak list clears it (weakrefClearAll) when its objects
//   die: in DEALLOC after the finalizer (CPython's PyObject_ClearWeakRefs), and the cycle
//   collector clears the weak references to garbage itself before running finalizers
//   (gc/collect.ts handleWeakrefs), so no weakref ever points to a freed object.
// - A callback runs at most once: it is detached from the weakref before it is called (dealloc),
//   or the weakref is cleared first so it can never be reached again (collector).

import { Ptr } from '../common';
import { objAlloc, objFree, incref, decref, xdecref, newref, setref, objIsDying, OB_TYPE, OB_REFCNT } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_CALL,
  SLOT_NEW, SLOT_INIT, SLOT_GETATTRO, SLOT_SETATTRO, SLOT_BOOL, SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM,
  SLOT_CONTAINS, SLOT_ITER, SLOT_ITERNEXT, SLOT_NEG, SLOT_POS, SLOT_INVERT, SLOT_ABS, SLOT_INT,
  SLOT_FLOAT, SLOT_INDEX, SLOT_NB_BINARY, TPFLAGS_HAVE_GC, TP_WEAKLISTOFFSET, TP_BASICSIZE, TP_DICT,
  TP_QUALNAME, TP_NAME, typeSetSlot, typeSlot,
} from './typelayout';
import { typeNewBuiltin, typeSetFinal, objectType, TK_OTHER, isSubtype } from './type';
import {
  objRepr, objStr, objHash, objRichCompare, objIsTrue, objLen, objGetItem, objSetItem, objDelItem,
  objContains, objGetIter, objIterNext, objCall, objGetAttr, objSetAttr, objIsCallable, binaryOp,
  objNegative, objPositive, objInvert, objIndex,
} from './abstract';
import { getsetAdd, callOne } from './descrobject';
import { Py_None, Py_NotImplemented } from './none';
import { Py_True, Py_False } from './bool';
import { tupleSize } from './tuple';
import { strInternLiteral, strType } from './str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import { sbAppendAddress } from './cfunc';
import { heapAlloc, heapFree } from '../heap/heap';
import {
  excFormat, excSetString, excTypeError, excReferenceError, excNoMemory, excFetch, excRestore,
  excWriteUnraisable, excClear,
} from '../vm/exc';

@inline export const WR_OBJECT: usize = 8;
@inline export const WR_CALLBACK: usize = 12;
@inline const WR_HASH: usize = 16;
@inline const WR_PREV: usize = 24;
@inline export const WR_NEXT: usize = 28;
@inline const WR_SIZE: u32 = 32;

/** weakref.ReferenceType (= weakref.ref), weakref.ProxyType, weakref.CallableProxyType. */
export let weakrefType: Ptr = 0;
export let proxyType: Ptr = 0;
export let callableProxyType: Ptr = 0;

// ---- the referent's list ----

/** The address of o's weak list head, or 0 when o's type does not support weak references. */
@inline export function weakrefListAddr(o: Ptr): usize {
  const off = load<i32>(load<Ptr>(o, OB_TYPE), TP_WEAKLISTOFFSET);
  return off == 0 ? 0 : o + <usize>off;
}

@inline function isProxyType(t: Ptr): bool { return t == proxyType || t == callableProxyType; }

/** The referent of wr (borrowed), or 0 when it is dead or being deallocated (CPython's
 *  PyWeakref_GET_OBJECT: an object whose dealloc has started is never handed out again). */
export function weakrefReferent(wr: Ptr): Ptr {
  const o = load<Ptr>(wr, WR_OBJECT);
  return o != 0 && !objIsDying(o) ? o : 0;
}

/** Is o a weak reference or a proxy (CPython's PyWeakref_Check)? */
export function isWeakref(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == weakrefType || isProxyType(t) || isSubtype(t, weakrefType);
}

/** The basic ref of the list starting at head (exact ref, no callback: shared), or 0. */
function basicRef(head: Ptr): Ptr {
  return head != 0 && load<Ptr>(head, OB_TYPE) == weakrefType && load<Ptr>(head, WR_CALLBACK) == 0 ? head : 0;
}

/** The basic proxy (right after the basic ref, if any), or 0. */
function basicProxy(head: Ptr): Ptr {
  const p = basicRef(head) != 0 ? load<Ptr>(head, WR_NEXT) : head;
  return p != 0 && isProxyType(load<Ptr>(p, OB_TYPE)) && load<Ptr>(p, WR_CALLBACK) == 0 ? p : 0;
}

function insertHead(wr: Ptr, list: usize): void {
  const next = load<Ptr>(list);
  store<Ptr>(wr, 0, WR_PREV);
  store<Ptr>(wr, next, WR_NEXT);
  if (next) store<Ptr>(next, wr, WR_PREV);
  store<Ptr>(list, wr);
}

function insertAfter(wr: Ptr, prev: Ptr): void {
  const next = load<Ptr>(prev, WR_NEXT);
  store<Ptr>(wr, prev, WR_PREV);
  store<Ptr>(wr, next, WR_NEXT);
  if (next) store<Ptr>(next, wr, WR_PREV);
  store<Ptr>(prev, wr, WR_NEXT);
}

/** Takes wr off its referent's list; wr is dead from now on (its callback stays). The collector
 *  calls this for weakrefs to garbage (CPython's _PyWeakref_ClearRef). */
export function weakrefClearRef(wr: Ptr): void {
  const o = load<Ptr>(wr, WR_OBJECT);
  if (o == 0) return;
  const list = weakrefListAddr(o);
  const prev = load<Ptr>(wr, WR_PREV), next = load<Ptr>(wr, WR_NEXT);
  if (load<Ptr>(list) == wr) store<Ptr>(list, next);
  if (prev) store<Ptr>(prev, next, WR_NEXT);
  if (next) store<Ptr>(next, prev, WR_PREV);
  store<Ptr>(wr, 0, WR_PREV);
  store<Ptr>(wr, 0, WR_NEXT);
  store<Ptr>(wr, 0, WR_OBJECT);
}

/** The number of weak references and proxies to o (0 when o does not support them). */
export function weakrefCount(o: Ptr): i32 {
  const list = weakrefListAddr(o);
  let n: i32 = 0;
  if (list != 0) for (let w = load<Ptr>(list); w != 0; w = load<Ptr>(w, WR_NEXT)) n++;
  return n;
}

/** The first weak reference to o, or 0 (obj.__weakref__). */
export function weakrefFirst(o: Ptr): Ptr {
  const list = weakrefListAddr(o);
  return list != 0 ? load<Ptr>(list) : 0;
}

/** Calls callback(wr); an error is reported as unraisable, as CPython's handle_callback. */
function handleCallback(wr: Ptr, callback: Ptr): void {
  const r = callOne(callback, wr);
  if (r == 0) excWriteUnraisable(callback);
  else decref(r);
}

/**
 * o is dying (its refcount is 0, its finalizer ran): clears every weak reference to it, then calls
 * their callbacks in list order, each with its (now dead) weakref (CPython's
 * PyObject_ClearWeakRefs). Every DEALLOC of a type with a weak list calls this first when the
 * list is not empty. The current exception is kept.
 */
export function weakrefClearAll(o: Ptr): void {
  const list = weakrefListAddr(o);
  if (list == 0 || load<Ptr>(list) == 0) return;
  const saved = excFetch();
  let n: i32 = 0;
  for (let w = load<Ptr>(list); w != 0; w = load<Ptr>(w, WR_NEXT)) n++;
  // (weakref, callback) pairs: every weakref is dead before the first callback runs
  const buf = heapAlloc(<usize>n << 3);
  let i: i32 = 0;
  while (load<Ptr>(list) != 0) {
    const w = load<Ptr>(list);
    const cb = load<Ptr>(w, WR_CALLBACK);
    store<Ptr>(w, 0, WR_CALLBACK);
    weakrefClearRef(w);
    if (buf != 0 && i < n && cb != 0 && !objIsDying(w)) {
      incref(w);
      store<Ptr>(buf + (<usize>i << 3), w);
      store<Ptr>(buf + (<usize>i << 3), cb, 4);
      i++;
    } else xdecref(cb); // being deallocated itself, or no callback
  }
  for (let k: i32 = 0; k < i; k++) {
    handleCallback(load<Ptr>(buf + (<usize>k << 3)), load<Ptr>(buf + (<usize>k << 3), 4));
  }
  for (let k: i32 = 0; k < i; k++) {
    decref(load<Ptr>(buf + (<usize>k << 3), 4));
    decref(load<Ptr>(buf + (<usize>k << 3)));
  }
  if (buf) heapFree(buf);
  excClear();
  if (saved) excRestore(saved);
}

// ---- making weak references ----

function raiseNotWeakrefable(o: Ptr): Ptr {
  return excFormat(excTypeError, "cannot create weak reference to '%U' object", load<Ptr>(load<Ptr>(o, OB_TYPE), TP_NAME));
}

function wrInit(wr: Ptr, ob: Ptr, callback: Ptr): void {
  store<Ptr>(wr, ob, WR_OBJECT);
  store<Ptr>(wr, callback != 0 ? newref(callback) : 0, WR_CALLBACK);
  store<i64>(wr, -1, WR_HASH);
}

/** ref(ob, callback) of type `type` (weakref.ref or a subclass); callback 0 or None = none. */
export function weakrefNew(type: Ptr, ob: Ptr, callback: Ptr): Ptr {
  if (callback == Py_None) callback = 0;
  const list = weakrefListAddr(ob);
  if (list == 0) return raiseNotWeakrefable(ob);
  const basic = callback == 0 && type == weakrefType;
  if (basic) {
    const r = basicRef(load<Ptr>(list));
    if (r != 0) return newref(r);
  }
  // (objAlloc never runs a collection, so the list cannot change under us)
  const wr = objAlloc(type, type == weakrefType ? WR_SIZE : load<u32>(type, TP_BASICSIZE));
  if (wr == 0) return excNoMemory();
  wrInit(wr, ob, callback);
  if (basic) insertHead(wr, list);
  else {
    const head = load<Ptr>(list);
    let prev = basicProxy(head);
    if (prev == 0) prev = basicRef(head);
    if (prev == 0) insertHead(wr, list);
    else insertAfter(wr, prev);
  }
  return wr;
}

/** weakref.proxy(ob, callback): a CallableProxyType when ob is callable. */
export function weakrefNewProxy(ob: Ptr, callback: Ptr): Ptr {
  if (callback == Py_None) callback = 0;
  const list = weakrefListAddr(ob);
  if (list == 0) return raiseNotWeakrefable(ob);
  if (callback == 0) {
    const p = basicProxy(load<Ptr>(list));
    if (p != 0) return newref(p);
  }
  const type = objIsCallable(ob) ? callableProxyType : proxyType;
  const wr = objAlloc(type, WR_SIZE);
  if (wr == 0) return excNoMemory();
  wrInit(wr, ob, callback);
  const head = load<Ptr>(list);
  if (callback == 0) {
    const r = basicRef(head);
    if (r == 0) insertHead(wr, list);
    else insertAfter(wr, r);
  } else {
    let prev = basicProxy(head);
    if (prev == 0) prev = basicRef(head);
    if (prev == 0) insertHead(wr, list);
    else insertAfter(wr, prev);
  }
  return wr;
}

// ---- weakref.ref: slots ----

function weakref_dealloc(wr: Ptr): void {
  weakrefClearRef(wr);
  xdecref(load<Ptr>(wr, WR_CALLBACK));
  objFree(wr);
}

function weakref_traverse(wr: Ptr, visit: u32, arg: Ptr): i32 {
  const cb = load<Ptr>(wr, WR_CALLBACK);
  return cb != 0 ? call_indirect<i32>(visit, cb, arg) : 0;
}

function weakref_clear(wr: Ptr): void {
  weakrefClearRef(wr);
  setref(wr + WR_CALLBACK, 0);
}

/** Unpacks (ob[, callback]) for ref.__new__ / ref.__init__: CPython's messages. */
function refArgs(nargs: i32, kwnames: Ptr): bool {
  if (kwnames != 0 && tupleSize(kwnames) > 0) { excSetString(excTypeError, 'ref() takes no keyword arguments'); return false; }
  if (nargs < 1) { excFormat(excTypeError, '__new__ expected at least 1 argument, got %d', <Ptr>nargs); return false; }
  if (nargs > 2) { excFormat(excTypeError, '__new__ expected at most 2 arguments, got %d', <Ptr>nargs); return false; }
  return true;
}

function weakref_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (!refArgs(nargs, kwnames)) return 0;
  return weakrefNew(type, load<Ptr>(args), nargs > 1 ? load<Ptr>(args, 4) : 0);
}

function weakref_init(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  return refArgs(nargs, kwnames) ? 0 : -1;
}

/** r(): the referent, or None once it died. */
function weakref_call(wr: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'weakref() takes no keyword arguments');
  if (nargs != 0) return excFormat(excTypeError, 'weakref expected 0 arguments, got %d', <Ptr>nargs);
  const o = weakrefReferent(wr);
  return newref(o != 0 ? o : Py_None);
}

/** The referent's hash, computed once and kept (a dead ref without one raises). */
function weakref_hash(wr: Ptr): i64 {
  const h = load<i64>(wr, WR_HASH);
  if (h != -1) return h;
  const o = weakrefReferent(wr);
  if (o == 0) { excSetString(excTypeError, 'weak object has gone away'); return -1; }
  incref(o);
  const r = objHash(o);
  decref(o);
  if (r != -1) store<i64>(wr, r, WR_HASH);
  return r;
}

/** == and != between weak references: by referent while both live, by identity otherwise. */
function weakref_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if ((op != 2 && op != 3) || !isWeakref(a) || !isWeakref(b)) return newref(Py_NotImplemented);
  const x = weakrefReferent(a), y = weakrefReferent(b);
  if (x == 0 || y == 0) return newref((a == b) == (op == 2) ? Py_True : Py_False);
  incref(x);
  incref(y);
  const r = objRichCompare(x, y, op);
  decref(x);
  decref(y);
  return r;
}

let sName: Ptr = 0;

/** <weakref at 0x..; to 'T' at 0x.. (name)> or <weakref at 0x..; dead>. */
function weakref_repr(wr: Ptr): Ptr {
  return wrRepr(wr, '<weakref at 0x', true);
}

function wrRepr(wr: Ptr, prefix: string, withName: bool): Ptr {
  const o = weakrefReferent(wr);
  const sb = sbNew();
  sbAppendLiteral(sb, prefix);
  sbAppendAddress(sb, wr);
  if (o == 0) {
    sbAppendLiteral(sb, '; dead>');
    return sbFinish(sb);
  }
  incref(o);
  sbAppendLiteral(sb, "; to '");
  sbAppendStr(sb, load<Ptr>(load<Ptr>(o, OB_TYPE), TP_NAME));
  sbAppendLiteral(sb, "' at 0x");
  sbAppendAddress(sb, o);
  const name = withName ? objGetAttr(o, sName) : 0; // refs only, as CPython
  if (name == 0) excClear();
  else {
    if (load<Ptr>(name, OB_TYPE) == strType) {
      sbAppendLiteral(sb, ' (');
      sbAppendStr(sb, name);
      sbAppendLiteral(sb, ')');
    }
    decref(name);
  }
  sbAppendLiteral(sb, '>');
  decref(o);
  return sbFinish(sb);
}

function wr_get_callback(wr: Ptr): Ptr {
  const cb = load<Ptr>(wr, WR_CALLBACK);
  return newref(cb != 0 ? cb : Py_None);
}

// ---- proxies: every operation goes to the referent ----

/** The live referent of proxy p (borrowed), or 0 with ReferenceError. */
function proxyReferent(p: Ptr): Ptr {
  const o = weakrefReferent(p);
  if (o == 0) excSetString(excReferenceError, 'weakly-referenced object no longer exists');
  return o;
}

/** o itself, or its referent when o is a proxy: borrowed; 0 with ReferenceError (dead proxy). */
function unwrap(o: Ptr): Ptr {
  return isProxyType(load<Ptr>(o, OB_TYPE)) ? proxyReferent(o) : o;
}

function proxy_getattro(p: Ptr, name: Ptr): Ptr {
  const o = proxyReferent(p);
  if (o == 0) return 0;
  incref(o);
  const r = objGetAttr(o, name);
  decref(o);
  return r;
}

function proxy_setattro(p: Ptr, name: Ptr, v: Ptr): i32 {
  const o = proxyReferent(p);
  if (o == 0) return -1;
  incref(o);
  const r = objSetAttr(o, name, v);
  decref(o);
  return r;
}

function proxy_repr(p: Ptr): Ptr { return wrRepr(p, '<weakproxy at 0x', false); }

function proxy_str(p: Ptr): Ptr {
  const o = proxyReferent(p);
  if (o == 0) return 0;
  incref(o);
  const r = objStr(o);
  decref(o);
  return r;
}

function proxy_hash(p: Ptr): i64 {
  excFormat(excTypeError, "unhashable type: '%U'", load<Ptr>(load<Ptr>(p, OB_TYPE), TP_NAME));
  return -1;
}

function proxy_bool(p: Ptr): i32 {
  const o = proxyReferent(p);
  return o == 0 ? -1 : objIsTrue(o);
}

function proxy_len(p: Ptr): i64 {
  const o = proxyReferent(p);
  return o == 0 ? -1 : objLen(o);
}

function proxy_getitem(p: Ptr, k: Ptr): Ptr {
  const o = proxyReferent(p);
  return o == 0 ? 0 : objGetItem(o, k);
}

function proxy_setitem(p: Ptr, k: Ptr, v: Ptr): i32 {
  const o = proxyReferent(p);
  if (o == 0) return -1;
  return v != 0 ? objSetItem(o, k, v) : objDelItem(o, k);
}

function proxy_contains(p: Ptr, k: Ptr): i32 {
  const o = proxyReferent(p);
  return o == 0 ? -1 : objContains(o, k);
}

function proxy_iter(p: Ptr): Ptr {
  const o = proxyReferent(p);
  return o == 0 ? 0 : objGetIter(o);
}

function proxy_iternext(p: Ptr): Ptr {
  const o = proxyReferent(p);
  if (o == 0) return 0;
  if (typeSlot(load<Ptr>(o, OB_TYPE), SLOT_ITERNEXT) == 0) {
    return excFormat(excTypeError, "Weakref proxy referenced a non-iterator '%U' object", load<Ptr>(load<Ptr>(o, OB_TYPE), TP_NAME));
  }
  return objIterNext(o);
}

function proxy_call(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const o = proxyReferent(p);
  if (o == 0) return 0;
  incref(o);
  const r = objCall(o, args, nargs, kwnames);
  decref(o);
  return r;
}

function proxy_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  const x = unwrap(a);
  if (x == 0) return 0;
  const y = unwrap(b);
  if (y == 0) return 0;
  return objRichCompare(x, y, op);
}

function proxyUnary(p: Ptr, which: i32): Ptr {
  const o = proxyReferent(p);
  if (o == 0) return 0;
  if (which == 0) return objNegative(o);
  if (which == 1) return objPositive(o);
  if (which == 2) return objInvert(o);
  if (which == 6) return objIndex(o);
  const f = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_NEG + which);
  if (f == 0) return excFormat(excTypeError, "bad operand type for proxy operation: '%U'", load<Ptr>(load<Ptr>(o, OB_TYPE), TP_NAME));
  return call_indirect<Ptr>(f, o);
}
function proxy_neg(p: Ptr): Ptr { return proxyUnary(p, 0); }
function proxy_pos(p: Ptr): Ptr { return proxyUnary(p, 1); }
function proxy_invert(p: Ptr): Ptr { return proxyUnary(p, 2); }
function proxy_abs(p: Ptr): Ptr { return proxyUnary(p, 3); }
function proxy_int(p: Ptr): Ptr { return proxyUnary(p, 4); }
function proxy_float(p: Ptr): Ptr { return proxyUnary(p, 5); }
function proxy_index(p: Ptr): Ptr { return proxyUnary(p, 6); }

/** a <op> b with either side a proxy: the operation on the referents (CPython's WRAP_BINARY). */
function proxyBinary(a: Ptr, b: Ptr, nb: i32): Ptr {
  const x = unwrap(a);
  if (x == 0) return 0;
  const y = unwrap(b);
  if (y == 0) return 0;
  incref(x);
  incref(y);
  const r = binaryOp(x, y, nb);
  decref(x);
  decref(y);
  return r;
}
function pb0(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 0); }
function pb1(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 1); }
function pb2(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 2); }
function pb3(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 3); }
function pb4(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 4); }
function pb5(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 5); }
function pb6(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 6); }
function pb7(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 7); }
function pb8(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 8); }
function pb9(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 9); }
function pb10(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 10); }
function pb11(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 11); }
function pb12(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 12); }
function pb13(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 13); }
function pb14(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 14); }
function pb15(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 15); }
function pb16(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 16); }
function pb17(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 17); }
function pb18(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 18); }
function pb19(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 19); }
function pb20(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 20); }
function pb21(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 21); }
function pb22(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 22); }
function pb23(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 23); }
function pb24(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 24); }
function pb25(a: Ptr, b: Ptr): Ptr { return proxyBinary(a, b, 25); }

function proxyTypeSetup(t: Ptr): void {
  typeSetSlot(t, SLOT_DEALLOC, weakref_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, weakref_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, weakref_clear.index);
  typeSetSlot(t, SLOT_REPR, proxy_repr.index);
  typeSetSlot(t, SLOT_STR, proxy_str.index);
  typeSetSlot(t, SLOT_HASH, proxy_hash.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, proxy_richcompare.index);
  typeSetSlot(t, SLOT_GETATTRO, proxy_getattro.index);
  typeSetSlot(t, SLOT_SETATTRO, proxy_setattro.index);
  typeSetSlot(t, SLOT_BOOL, proxy_bool.index);
  typeSetSlot(t, SLOT_LEN, proxy_len.index);
  typeSetSlot(t, SLOT_GETITEM, proxy_getitem.index);
  typeSetSlot(t, SLOT_SETITEM, proxy_setitem.index);
  typeSetSlot(t, SLOT_CONTAINS, proxy_contains.index);
  typeSetSlot(t, SLOT_ITER, proxy_iter.index);
  typeSetSlot(t, SLOT_ITERNEXT, proxy_iternext.index);
  typeSetSlot(t, SLOT_NEG, proxy_neg.index);
  typeSetSlot(t, SLOT_POS, proxy_pos.index);
  typeSetSlot(t, SLOT_INVERT, proxy_invert.index);
  typeSetSlot(t, SLOT_ABS, proxy_abs.index);
  typeSetSlot(t, SLOT_INT, proxy_int.index);
  typeSetSlot(t, SLOT_FLOAT, proxy_float.index);
  typeSetSlot(t, SLOT_INDEX, proxy_index.index);
  typeSetSlot(t, SLOT_NB_BINARY + 0, pb0.index);
  typeSetSlot(t, SLOT_NB_BINARY + 1, pb1.index);
  typeSetSlot(t, SLOT_NB_BINARY + 2, pb2.index);
  typeSetSlot(t, SLOT_NB_BINARY + 3, pb3.index);
  typeSetSlot(t, SLOT_NB_BINARY + 4, pb4.index);
  typeSetSlot(t, SLOT_NB_BINARY + 5, pb5.index);
  typeSetSlot(t, SLOT_NB_BINARY + 6, pb6.index);
  typeSetSlot(t, SLOT_NB_BINARY + 7, pb7.index);
  typeSetSlot(t, SLOT_NB_BINARY + 8, pb8.index);
  typeSetSlot(t, SLOT_NB_BINARY + 9, pb9.index);
  typeSetSlot(t, SLOT_NB_BINARY + 10, pb10.index);
  typeSetSlot(t, SLOT_NB_BINARY + 11, pb11.index);
  typeSetSlot(t, SLOT_NB_BINARY + 12, pb12.index);
  typeSetSlot(t, SLOT_NB_BINARY + 13, pb13.index);
  typeSetSlot(t, SLOT_NB_BINARY + 14, pb14.index);
  typeSetSlot(t, SLOT_NB_BINARY + 15, pb15.index);
  typeSetSlot(t, SLOT_NB_BINARY + 16, pb16.index);
  typeSetSlot(t, SLOT_NB_BINARY + 17, pb17.index);
  typeSetSlot(t, SLOT_NB_BINARY + 18, pb18.index);
  typeSetSlot(t, SLOT_NB_BINARY + 19, pb19.index);
  typeSetSlot(t, SLOT_NB_BINARY + 20, pb20.index);
  typeSetSlot(t, SLOT_NB_BINARY + 21, pb21.index);
  typeSetSlot(t, SLOT_NB_BINARY + 22, pb22.index);
  typeSetSlot(t, SLOT_NB_BINARY + 23, pb23.index);
  typeSetSlot(t, SLOT_NB_BINARY + 24, pb24.index);
  typeSetSlot(t, SLOT_NB_BINARY + 25, pb25.index);
  typeSetFinal(t);
}

/** Gives a builtin type CPython's dotted tp_name: __name__/__qualname__ is the last part. */
function shortQualname(t: Ptr, short: string): void {
  setref(t + TP_QUALNAME, strInternLiteral(short));
}

export function weakrefTypeInit(): void {
  sName = strInternLiteral('__name__');
  weakrefType = typeNewBuiltin('weakref.ReferenceType', objectType, WR_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  shortQualname(weakrefType, 'ReferenceType');
  typeSetSlot(weakrefType, SLOT_DEALLOC, weakref_dealloc.index);
  typeSetSlot(weakrefType, SLOT_TRAVERSE, weakref_traverse.index);
  typeSetSlot(weakrefType, SLOT_CLEAR, weakref_clear.index);
  typeSetSlot(weakrefType, SLOT_NEW, weakref_new.index);
  typeSetSlot(weakrefType, SLOT_INIT, weakref_init.index);
  typeSetSlot(weakrefType, SLOT_CALL, weakref_call.index);
  typeSetSlot(weakrefType, SLOT_HASH, weakref_hash.index);
  typeSetSlot(weakrefType, SLOT_RICHCOMPARE, weakref_richcompare.index);
  typeSetSlot(weakrefType, SLOT_REPR, weakref_repr.index);
  getsetAdd(weakrefType, '__callback__', wr_get_callback.index, 0, load<Ptr>(weakrefType, TP_DICT));

  proxyType = typeNewBuiltin('weakref.ProxyType', objectType, WR_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  shortQualname(proxyType, 'ProxyType');
  proxyTypeSetup(proxyType);
  callableProxyType = typeNewBuiltin('weakref.CallableProxyType', objectType, WR_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  shortQualname(callableProxyType, 'CallableProxyType');
  proxyTypeSetup(callableProxyType);
  typeSetSlot(callableProxyType, SLOT_CALL, proxy_call.index);
}
