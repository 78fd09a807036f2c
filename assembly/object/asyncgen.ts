// === Async generators' awaitables and the `async for` protocol (CPython's genobject.c, ceval.c) ===
//
// An async generator (`async def` with `yield`) is an object of object/gen.ts's layout and is
// resumed the same way; what differs is how its values come out. Its frame yields two kinds of
// values: those of its own `yield` statements, which YIELD_VALUE wraps (asyncGenWrap; CPython
// 3.11's ASYNC_GEN_WRAP, which our compiler does not emit), and those of the awaits inside it,
// which pass through unwrapped to whoever drives the outer coroutine (an event loop). The
// awaitables that drive it, asend (also what __anext__ returns) and athrow (also aclose), unwrap:
// a wrapped value becomes StopIteration(value), i.e. the result of the `await`.
//
//   wrapped value:           +0 refcnt | +4 type | +8 value (owned)
//   asend / athrow awaitable: +0 refcnt | +4 type | +8 gen (owned) | +12 value sent first, or the
//                             athrow arguments tuple (0 for aclose), owned | +16 state u32
//   (the awaitables have a GC prefix in front)
//
// Awaitable states (CPython's AWAITABLE_STATE_*): INIT (not started), ITER (running the
// generator), CLOSED (done; awaiting it again is a RuntimeError).

import { callOne } from './descrobject';
import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref, OB_TYPE } from './header';
import { SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_ITER, SLOT_ITERNEXT, TPFLAGS_HAVE_GC, typeSetSlot } from './typelayout';
import { typeNewBuiltin, typeSetFinal, typeAddMethod, objectType, TK_OTHER, typeLookup } from './type';
import { objGetAttr } from './abstract';
import { iterReturnSelf } from './iter';
import { Py_None } from './none';
import { strInternLiteral } from './str';
import { tupleNew, tupleItemsAddr, tupleSize, tupleItem, argsRaiseCount } from './tuple';
import {
  asyncGenType, genSendEx, genSendResult, genThrow, genGetAwaitable, genThrowArgsBad, GEN_AFLAGS,
  AG_CLOSED, AG_RUNNING_ASYNC, genIsCompleted, genSetStopIterationValue, excFromCause,
} from './gen';
import {
  excFormat, excSetString, excSetObject, excNoMemory, excOccurred, excMatches, excClear, excFetch,
  excTypeError, excRuntimeError, excStopIteration, excStopAsyncIteration,
  excGeneratorExit,
} from '../vm/exc';

@inline const WV_VALUE: usize = 8;
@inline const WV_SIZE: u32 = 12;

@inline const AW_GEN: usize = 8;
@inline const AW_ARG: usize = 12;
@inline const AW_STATE: usize = 16;
@inline const AW_SIZE: u32 = 20;

@inline const AW_INIT: u32 = 0;
@inline const AW_ITER: u32 = 1;
@inline const AW_CLOSED: u32 = 2;

export let wrappedValueType: Ptr = 0;
export let asendType: Ptr = 0;
export let athrowType: Ptr = 0;

// ---- yields of an async generator ----

/** YIELD_VALUE of a `yield` in an async generator: v (stolen) wrapped, so that the awaitable
 *  driving the generator tells it from an await's value. 0 on MemoryError (v released). */
export function asyncGenWrap(v: Ptr): Ptr {
  const w = objAlloc(wrappedValueType, WV_SIZE);
  if (w == 0) { decref(v); return excNoMemory(); }
  store<Ptr>(w, v, WV_VALUE);
  return w;
}

function wrapped_dealloc(w: Ptr): void {
  decref(load<Ptr>(w, WV_VALUE));
  objFree(w);
}

@inline function isWrapped(o: Ptr): bool { return load<Ptr>(o, OB_TYPE) == wrappedValueType; }

@inline function agFlag(g: Ptr, f: u32): bool { return (load<u32>(g, GEN_AFLAGS) & f) != 0; }
@inline function agSet(g: Ptr, f: u32, on: bool): void {
  const v = load<u32>(g, GEN_AFLAGS);
  store<u32>(g, on ? v | f : v & ~f, GEN_AFLAGS);
}

/**
 * CPython's async_gen_unwrap_value: what one step of the generator g means to the awaitable.
 * result (stolen) 0: the generator ended or failed (StopAsyncIteration when it just returned),
 * marking it closed for StopAsyncIteration and GeneratorExit; a wrapped value: the `await` is
 * done, StopIteration(value); anything else: an await inside g yielded, pass it on.
 */
function unwrapValue(g: Ptr, result: Ptr): Ptr {
  if (result == 0) {
    if (!excOccurred()) excSetObject(excStopAsyncIteration, 0);
    if (excMatches(excStopAsyncIteration) || excMatches(excGeneratorExit)) agSet(g, AG_CLOSED, true);
    agSet(g, AG_RUNNING_ASYNC, false);
    return 0;
  }
  if (isWrapped(result)) {
    genSetStopIterationValue(load<Ptr>(result, WV_VALUE)); // the await's result
    decref(result);
    agSet(g, AG_RUNNING_ASYNC, false);
    return 0;
  }
  return result;
}

// ---- the async generator's methods ----

function awaitableNew(type: Ptr, g: Ptr, arg: Ptr): Ptr {
  const o = objAlloc(type, AW_SIZE);
  if (o == 0) return excNoMemory();
  store<Ptr>(o, newref(g), AW_GEN);
  if (arg) store<Ptr>(o, newref(arg), AW_ARG);
  return o;
}

function agen_aiter(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  return newref(g);
}

/** __anext__(): an asend awaitable sending None. Also GET_ANEXT's fast path. */
export function asyncGenANext(g: Ptr): Ptr {
  return awaitableNew(asendType, g, Py_None);
}

function agen_anext(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  return asyncGenANext(g);
}

function agen_asend(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) != 0) return excSetString(excTypeError, 'async_generator.asend() takes no keyword arguments');
  if (nargs != 1) return argsRaiseCount(excTypeError, 'async_generator.asend() takes exactly one argument (%D given)', nargs);
  return awaitableNew(asendType, g, load<Ptr>(args));
}

function agen_athrow(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (genThrowArgsBad('athrow', nargs, kwnames)) return 0;
  const t = tupleNew(nargs);
  if (t == 0) return excNoMemory();
  for (let i: i32 = 0; i < nargs; i++) store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), newref(load<Ptr>(args + (<usize>i << 2))));
  const o = awaitableNew(athrowType, g, t);
  decref(t);
  return o;
}

function agen_aclose(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'async_generator.aclose() takes no arguments (%D given)', nargs);
  return awaitableNew(athrowType, g, 0);
}

// ---- asend ----

/** asend.send(arg) (arg 0 = next()): one step of the generator. */
function asendSend(o: Ptr, arg: Ptr): Ptr {
  const g = load<Ptr>(o, AW_GEN);
  const st = load<u32>(o, AW_STATE);
  if (st == AW_CLOSED) return excSetString(excRuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  if (st == AW_INIT) {
    if (agFlag(g, AG_RUNNING_ASYNC)) {
      return excSetString(excRuntimeError, 'anext(): asynchronous generator is already running');
    }
    if (arg == 0 || arg == Py_None) arg = load<Ptr>(o, AW_ARG);
    store<u32>(o, AW_ITER, AW_STATE);
  }
  agSet(g, AG_RUNNING_ASYNC, true);
  const r = unwrapValue(g, genSendResult(g, genSendEx(g, arg != 0 ? arg : Py_None, false, false)));
  if (r == 0) store<u32>(o, AW_CLOSED, AW_STATE);
  return r;
}

function asend_iternext(o: Ptr): Ptr {
  return asendSend(o, 0);
}

function asend_send(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1) return argsRaiseCount(excTypeError, 'send() takes exactly one argument (%D given)', nargs);
  return asendSend(o, load<Ptr>(args));
}

function asend_next(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  const r = asendSend(o, 0);
  return r;
}

function asend_throw(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (load<u32>(o, AW_STATE) == AW_CLOSED) return excSetString(excRuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  if (genThrowArgsBad('throw', nargs, kwnames)) return 0;
  const g = load<Ptr>(o, AW_GEN);
  const r = unwrapValue(g, genThrow(g, true, load<Ptr>(args), nargs > 1 ? load<Ptr>(args, 4) : 0, nargs > 2 ? load<Ptr>(args, 8) : 0));
  if (r == 0) store<u32>(o, AW_CLOSED, AW_STATE);
  return r;
}

function aw_close(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'close() takes no arguments (%D given)', nargs);
  store<u32>(o, AW_CLOSED, AW_STATE);
  return newref(Py_None);
}

function aw_await(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  return newref(o);
}

// ---- athrow / aclose ----

/** Ends an aclose()/athrow() that found the generator yielding a value. */
function athrowIgnoredExit(o: Ptr, g: Ptr): Ptr {
  agSet(g, AG_RUNNING_ASYNC, false);
  store<u32>(o, AW_CLOSED, AW_STATE);
  return excSetString(excRuntimeError, 'async generator ignored GeneratorExit');
}

/** The end of an athrow/aclose step that raised: aclose() swallows the generator's ending. */
function athrowCheckError(o: Ptr, g: Ptr): Ptr {
  agSet(g, AG_RUNNING_ASYNC, false);
  store<u32>(o, AW_CLOSED, AW_STATE);
  if ((excMatches(excStopAsyncIteration) || excMatches(excGeneratorExit)) && load<Ptr>(o, AW_ARG) == 0) {
    excClear();
    excSetObject(excStopIteration, 0);
  }
  return 0;
}

/** athrow.send(arg) (CPython's async_gen_athrow_send). */
function athrowSend(o: Ptr, arg: Ptr): Ptr {
  const g = load<Ptr>(o, AW_GEN);
  const targs = load<Ptr>(o, AW_ARG);
  const st = load<u32>(o, AW_STATE);
  if (st == AW_CLOSED) return excSetString(excRuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  if (genIsCompleted(g)) {
    store<u32>(o, AW_CLOSED, AW_STATE);
    return excSetObject(excStopIteration, 0);
  }
  if (st == AW_INIT) {
    if (agFlag(g, AG_RUNNING_ASYNC)) {
      store<u32>(o, AW_CLOSED, AW_STATE);
      return excSetString(excRuntimeError, targs == 0 ? 'aclose(): asynchronous generator is already running'
        : 'athrow(): asynchronous generator is already running');
    }
    if (agFlag(g, AG_CLOSED)) {
      store<u32>(o, AW_CLOSED, AW_STATE);
      return excSetObject(excStopAsyncIteration, 0);
    }
    if (arg != 0 && arg != Py_None) return excSetString(excRuntimeError, "can't send non-None value to a just-started coroutine");
    store<u32>(o, AW_ITER, AW_STATE);
    agSet(g, AG_RUNNING_ASYNC, true);
    let r: Ptr;
    if (targs == 0) {
      agSet(g, AG_CLOSED, true);
      r = genThrow(g, false, excGeneratorExit, 0, 0);
      if (r != 0 && isWrapped(r)) { decref(r); return athrowIgnoredExit(o, g); }
    } else {
      const n = tupleSize(targs);
      r = genThrow(g, false, tupleItem(targs, 0), n > 1 ? tupleItem(targs, 1) : 0, n > 2 ? tupleItem(targs, 2) : 0);
      r = unwrapValue(g, r);
    }
    if (r == 0) return athrowCheckError(o, g);
    return r;
  }
  // AW_ITER: an await inside the generator's except/finally is being driven
  const r = genSendResult(g, genSendEx(g, arg != 0 ? arg : Py_None, false, false));
  if (targs != 0) return unwrapValue(g, r);
  if (r == 0) return athrowCheckError(o, g);
  if (isWrapped(r)) { decref(r); return athrowIgnoredExit(o, g); }
  return r;
}

function athrow_iternext(o: Ptr): Ptr {
  return athrowSend(o, 0);
}

function athrow_send(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1) return argsRaiseCount(excTypeError, 'send() takes exactly one argument (%D given)', nargs);
  return athrowSend(o, load<Ptr>(args));
}

function athrow_next(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  return athrowSend(o, 0);
}

function athrow_throw(o: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (load<u32>(o, AW_STATE) == AW_CLOSED) return excSetString(excRuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  if (genThrowArgsBad('throw', nargs, kwnames)) return 0;
  const g = load<Ptr>(o, AW_GEN);
  const r = genThrow(g, true, load<Ptr>(args), nargs > 1 ? load<Ptr>(args, 4) : 0, nargs > 2 ? load<Ptr>(args, 8) : 0);
  if (load<Ptr>(o, AW_ARG) != 0) return unwrapValue(g, r);
  if (r != 0 && isWrapped(r)) { decref(r); return athrowIgnoredExit(o, g); }
  if (r == 0 && (excMatches(excStopAsyncIteration) || excMatches(excGeneratorExit))) {
    excClear();
    excSetObject(excStopIteration, 0);
  }
  return r;
}

function aw_dealloc(o: Ptr): void {
  decref(load<Ptr>(o, AW_GEN));
  xdecref(load<Ptr>(o, AW_ARG));
  objFree(o);
}

function aw_traverse(o: Ptr, visit: u32, arg: Ptr): i32 {
  const r = call_indirect<i32>(visit, load<Ptr>(o, AW_GEN), arg);
  if (r) return r;
  const a = load<Ptr>(o, AW_ARG);
  return a ? call_indirect<i32>(visit, a, arg) : 0;
}

// ---- GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH ----

let nAIter: Ptr = 0, nANext: Ptr = 0, nAEnter: Ptr = 0, nAExit: Ptr = 0;

/** type(o).name(o) for a special method found on the type (borrowed o), or 0 with no exception
 *  when the type has none. */
function callSpecial(o: Ptr, name: Ptr): Ptr {
  const m = typeLookup(load<Ptr>(o, OB_TYPE), name);
  if (m == 0) return 0;
  return callOne(m, o);
}

/** GET_AITER: aiter(o). New reference. */
export function asyncGetAIter(o: Ptr): Ptr {
  if (load<Ptr>(o, OB_TYPE) == asyncGenType) return newref(o);
  const it = callSpecial(o, nAIter);
  if (it == 0) {
    if (excOccurred()) return 0;
    return excFormat(excTypeError, "'async for' requires an object with __aiter__ method, got %T", o);
  }
  if (typeLookup(load<Ptr>(it, OB_TYPE), nANext) == 0) {
    excFormat(excTypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
    decref(it);
    return 0;
  }
  return it;
}

/** GET_ANEXT: the awaitable of aiter.__anext__(). New reference. */
export function asyncGetANext(aiter: Ptr): Ptr {
  if (load<Ptr>(aiter, OB_TYPE) == asyncGenType) return asyncGenANext(aiter);
  const next = callSpecial(aiter, nANext);
  if (next == 0) {
    if (excOccurred()) return 0;
    return excFormat(excTypeError, "'async for' requires an iterator with __anext__ method, got %T", aiter);
  }
  const aw = genGetAwaitable(next, 0);
  if (aw == 0) {
    const cause = excFetch();
    excFormat(excTypeError, "'async for' received an invalid object from __anext__: %T", next);
    excFromCause(cause);
  }
  decref(next);
  return aw;
}

/** BEFORE_ASYNC_WITH: mgr -- aexit aenter_awaitable. Stores the bound __aexit__ at *exitSlot
 *  and returns mgr.__aenter__() (new references), or 0 with an exception set. */
export function asyncBeforeWith(mgr: Ptr, exitSlot: usize): Ptr {
  const t = load<Ptr>(mgr, OB_TYPE);
  if (typeLookup(t, nAEnter) == 0) {
    return excFormat(excTypeError, "'%T' object does not support the asynchronous context manager protocol", mgr);
  }
  const exit = typeLookup(t, nAExit);
  if (exit == 0) {
    return excFormat(excTypeError, "'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method)", mgr);
  }
  // the bound __aexit__, called later with (type, value, traceback)
  const bound = objGetAttr(mgr, nAExit);
  if (bound == 0) return 0;
  const r = callSpecial(mgr, nAEnter);
  if (r == 0) { decref(bound); return 0; }
  store<Ptr>(exitSlot, bound);
  return r;
}

export function asyncGenTypeInit(): void {
  nAIter = strInternLiteral('__aiter__');
  nANext = strInternLiteral('__anext__');
  nAEnter = strInternLiteral('__aenter__');
  nAExit = strInternLiteral('__aexit__');

  typeAddMethod(asyncGenType, '__aiter__', agen_aiter.index);
  typeAddMethod(asyncGenType, '__anext__', agen_anext.index);
  typeAddMethod(asyncGenType, 'asend', agen_asend.index);
  typeAddMethod(asyncGenType, 'athrow', agen_athrow.index);
  typeAddMethod(asyncGenType, 'aclose', agen_aclose.index);

  wrappedValueType = typeNewBuiltin('async_generator_wrapped_value', objectType, WV_SIZE, 0, TK_OTHER);
  typeSetSlot(wrappedValueType, SLOT_DEALLOC, wrapped_dealloc.index);
  typeSetFinal(wrappedValueType);

  asendType = typeNewBuiltin('async_generator_asend', objectType, AW_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  athrowType = typeNewBuiltin('async_generator_athrow', objectType, AW_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  for (let i = 0; i < 2; i++) {
    const t = i == 0 ? asendType : athrowType;
    typeSetSlot(t, SLOT_DEALLOC, aw_dealloc.index);
    typeSetSlot(t, SLOT_TRAVERSE, aw_traverse.index);
    typeSetSlot(t, SLOT_ITER, iterReturnSelf.index);
    typeSetFinal(t);
    typeAddMethod(t, 'close', aw_close.index);
    typeAddMethod(t, '__await__', aw_await.index);
  }
  typeSetSlot(asendType, SLOT_ITERNEXT, asend_iternext.index);
  typeAddMethod(asendType, 'send', asend_send.index);
  typeAddMethod(asendType, 'throw', asend_throw.index);
  typeAddMethod(asendType, '__next__', asend_next.index);
  typeSetSlot(athrowType, SLOT_ITERNEXT, athrow_iternext.index);
  typeAddMethod(athrowType, 'send', athrow_send.index);
  typeAddMethod(athrowType, 'throw', athrow_throw.index);
  typeAddMethod(athrowType, '__next__', athrow_next.index);
}
