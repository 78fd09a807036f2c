// === atexit: functions run when the program ends (CPython's Modules/atexitmodule.c) ===
//
// The registered functions belong to the run: vmEndRun calls them (atexitRunAll), last
// registered first, before the __main__ module and the other modules are cleared, as CPython's
// Py_FinalizeEx does, and forgets them, so no run inherits another's. weakref.finalize relies on
// this to call the finalizers still alive at exit.

import { Ptr } from '../common';
import { decref, newref, incref } from '../object/header';
import { moduleNewLiteral, moduleAddFunction } from '../object/module';
import { strInternLiteral } from '../object/str';
import { tupleNew, tupleItemsAddr, tupleSize, tupleItem, tupleFromArray } from '../object/tuple';
import { listNew, listAppend, listSize, listItem, listCheck } from '../object/list';
import { dictNew, dictSetItem, dictSize, dictNext } from '../object/dict';
import { intFromI64 } from '../object/int';
import { objIsCallable, objCall, objRichCompareBool } from '../object/abstract';
import { Py_None } from '../object/none';
import { excSetString, excTypeError, excWriteUnraisable, excFetch, excRestore, excClear } from '../vm/exc';
import { heapAlloc, heapFree } from '../heap/heap';

/** The registered callbacks of this run: a list of (func, args tuple, kwargs dict or None), or 0. */
let callbacks: Ptr = 0;

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

/** atexit.register(func, *args, **kwargs): returns func. */
function atexit_register(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  if (npos < 1) return excSetString(excTypeError, 'register() takes at least 1 argument (0 given)');
  const func = arg(args, 0);
  if (!objIsCallable(func)) return excSetString(excTypeError, 'the first argument must be callable');
  if (callbacks == 0) { callbacks = listNew(0); if (callbacks == 0) return 0; }
  const pos = tupleFromArray(args + 4, npos - 1);
  if (pos == 0) return 0;
  let kw: Ptr = newref(Py_None);
  if (nkw > 0) {
    decref(kw);
    kw = dictNew();
    if (kw == 0) { decref(pos); return 0; }
    for (let i: i32 = 0; i < nkw; i++) {
      if (dictSetItem(kw, tupleItem(kwnames, i), arg(args, npos + i)) < 0) { decref(pos); decref(kw); return 0; }
    }
  }
  const entry = tupleNew(3);
  if (entry == 0) { decref(pos); decref(kw); return 0; }
  const items = tupleItemsAddr(entry);
  store<Ptr>(items, newref(func));
  store<Ptr>(items + 4, pos);
  store<Ptr>(items + 8, kw);
  const r = listAppend(callbacks, entry);
  decref(entry);
  if (r < 0) return 0;
  return newref(func);
}

/** atexit.unregister(func): drops every registration of a function equal to func. */
function atexit_unregister(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1 || (kwnames != 0 && tupleSize(kwnames) > 0)) {
    return excSetString(excTypeError, 'atexit.unregister() takes exactly one argument');
  }
  if (callbacks == 0) return newref(Py_None);
  const keep = listNew(0);
  if (keep == 0) return 0;
  const n = listSize(callbacks);
  for (let i: i32 = 0; i < n; i++) {
    const e = listItem(callbacks, i);
    const eq = objRichCompareBool(tupleItem(e, 0), arg(args, 0), 2);
    if (eq < 0) { decref(keep); return 0; }
    if (eq == 0 && listAppend(keep, e) < 0) { decref(keep); return 0; }
  }
  const old = callbacks;
  callbacks = keep;
  decref(old);
  return newref(Py_None);
}

function atexit_clear(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const old = callbacks;
  callbacks = 0;
  if (old) decref(old);
  return newref(Py_None);
}

function atexit_ncallbacks(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return intFromI64(callbacks != 0 ? listSize(callbacks) : 0);
}

function atexit_run_exitfuncs(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  atexitRunAll();
  return newref(Py_None);
}

/** Calls one (func, args, kwargs) entry; an error is reported and dropped. */
function callEntry(e: Ptr): void {
  const func = tupleItem(e, 0), pos = tupleItem(e, 1), kw = tupleItem(e, 2);
  const npos = tupleSize(pos);
  const nkw = kw != Py_None ? dictSize(kw) : 0;
  const buf = heapAlloc(<usize>(npos + nkw + 1) << 2);
  if (buf == 0) return;
  for (let i: i32 = 0; i < npos; i++) store<Ptr>(buf + (<usize>i << 2), tupleItem(pos, i));
  let names: Ptr = 0;
  if (nkw > 0) {
    names = tupleNew(nkw);
    if (names == 0) { heapFree(buf); excClear(); return; }
    const cur = memory.data(12);
    store<i32>(cur, 0);
    let k: i32 = 0;
    while (dictNext(kw, cur, cur + 4, cur + 8)) {
      store<Ptr>(tupleItemsAddr(names) + (<usize>k << 2), newref(load<Ptr>(cur, 4)));
      store<Ptr>(buf + (<usize>(npos + k) << 2), load<Ptr>(cur, 8));
      k++;
    }
  }
  const r = objCall(func, buf, npos + nkw, names);
  heapFree(buf);
  if (names) decref(names);
  if (r == 0) excWriteUnraisable(func);
  else decref(r);
}

/** The end of a run (vmEndRun): every registered function, last registered first. Functions
 *  registered meanwhile run too; then none is left. */
export function atexitRunAll(): void {
  const saved = excFetch();
  while (callbacks != 0 && listSize(callbacks) > 0) {
    const l = callbacks;
    callbacks = 0;
    for (let i = listSize(l) - 1; i >= 0; i--) callEntry(listItem(l, i));
    decref(l);
  }
  excClear();
  if (saved) excRestore(saved);
}

export function atexitModuleNew(): Ptr {
  const m = moduleNewLiteral('atexit');
  if (m == 0) return 0;
  const ok = moduleAddFunction(m, 'register', atexit_register.index) == 0
    && moduleAddFunction(m, 'unregister', atexit_unregister.index) == 0
    && moduleAddFunction(m, '_clear', atexit_clear.index) == 0
    && moduleAddFunction(m, '_ncallbacks', atexit_ncallbacks.index) == 0
    && moduleAddFunction(m, '_run_exitfuncs', atexit_run_exitfuncs.index) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}
