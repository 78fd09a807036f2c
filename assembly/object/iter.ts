// === Generic iterators (CPython's iterobject.c): over __getitem__, and iter(callable, sentinel) ===
//
//   sequence iterator: +0 refcnt | +4 type | +8 index i64 | +16 seq Ptr (0 once exhausted)
//   callable iterator: +0 refcnt | +4 type | +8 callable Ptr (0 once exhausted) | +12 sentinel Ptr
//
// The sequence iterator serves objects that have __getitem__ but no __iter__: it asks for
// seq[0], seq[1], ... until IndexError or StopIteration, which end the iteration (any other
// exception propagates). Once exhausted it drops the sequence and stays exhausted.
// (GC prefix in front of both.)

import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref } from './header';
import { SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_ITER, SLOT_ITERNEXT, TPFLAGS_HAVE_GC, typeSetSlot } from './typelayout';
import { typeNewBuiltin, typeSetFinal, objectType, TK_OTHER } from './type';
import { excNoMemory, excMatches, excClear, excIndexError, excStopIteration } from '../vm/exc';
import { intFromI64 } from './int';
import { objGetItem, objCall, objRichCompareBool } from './abstract';

@inline const SI_INDEX: usize = 8;
@inline const SI_SEQ: usize = 16;
@inline const SI_SIZE: u32 = 20;

@inline const CI_CALLABLE: usize = 8;
@inline const CI_SENTINEL: usize = 12;
@inline const CI_SIZE: u32 = 16;

export let seqIterType: Ptr = 0;
export let callIterType: Ptr = 0;

/** The ITER slot of every iterator: iter(it) is it. */
export function iterReturnSelf(o: Ptr): Ptr {
  return newref(o);
}

/** iter(seq) for an object with __getitem__ and no __iter__. New reference. */
export function seqIterNew(seq: Ptr): Ptr {
  const it = objAlloc(seqIterType, SI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(seq), SI_SEQ);
  return it;
}

function seqiter_next(it: Ptr): Ptr {
  const seq = load<Ptr>(it, SI_SEQ);
  if (seq == 0) return 0;
  const i = load<i64>(it, SI_INDEX);
  const key = intFromI64(i);
  if (key == 0) return 0;
  const r = objGetItem(seq, key);
  decref(key);
  if (r != 0) {
    store<i64>(it, i + 1, SI_INDEX);
    return r;
  }
  if (excMatches(excIndexError) || excMatches(excStopIteration)) {
    excClear();
    store<Ptr>(it, 0, SI_SEQ);
    decref(seq);
  }
  return 0;
}

function seqiter_dealloc(it: Ptr): void {
  xdecref(load<Ptr>(it, SI_SEQ));
  objFree(it);
}

function seqiter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const s = load<Ptr>(it, SI_SEQ);
  return s ? call_indirect<i32>(visit, s, arg) : 0;
}

/** iter(callable, sentinel): calls callable() until it returns something == sentinel. */
export function callIterNew(callable: Ptr, sentinel: Ptr): Ptr {
  const it = objAlloc(callIterType, CI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(callable), CI_CALLABLE);
  store<Ptr>(it, newref(sentinel), CI_SENTINEL);
  return it;
}

function calliter_next(it: Ptr): Ptr {
  const f = load<Ptr>(it, CI_CALLABLE);
  if (f == 0) return 0;
  const r = objCall(f, 0, 0, 0);
  if (r != 0) {
    const ok = objRichCompareBool(r, load<Ptr>(it, CI_SENTINEL), 2);
    if (ok == 0) return r;
    decref(r);
    if (ok > 0) {
      store<Ptr>(it, 0, CI_CALLABLE);
      decref(f);
    }
    return 0;
  }
  if (excMatches(excStopIteration)) {
    excClear();
    store<Ptr>(it, 0, CI_CALLABLE);
    decref(f);
  }
  return 0;
}

function calliter_dealloc(it: Ptr): void {
  xdecref(load<Ptr>(it, CI_CALLABLE));
  decref(load<Ptr>(it, CI_SENTINEL));
  objFree(it);
}

function calliter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const f = load<Ptr>(it, CI_CALLABLE);
  if (f) { const r = call_indirect<i32>(visit, f, arg); if (r) return r; }
  return call_indirect<i32>(visit, load<Ptr>(it, CI_SENTINEL), arg);
}

export function iterTypeInit(): void {
  seqIterType = typeNewBuiltin('iterator', objectType, SI_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(seqIterType, SLOT_DEALLOC, seqiter_dealloc.index);
  typeSetSlot(seqIterType, SLOT_TRAVERSE, seqiter_traverse.index);
  typeSetSlot(seqIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(seqIterType, SLOT_ITERNEXT, seqiter_next.index);
  typeSetFinal(seqIterType);

  callIterType = typeNewBuiltin('callable_iterator', objectType, CI_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(callIterType, SLOT_DEALLOC, calliter_dealloc.index);
  typeSetSlot(callIterType, SLOT_TRAVERSE, calliter_traverse.index);
  typeSetSlot(callIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(callIterType, SLOT_ITERNEXT, calliter_next.index);
  typeSetFinal(callIterType);
}
