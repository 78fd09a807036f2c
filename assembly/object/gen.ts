// === Generators and coroutines (CPython's genobject.c): the objects, resuming, send/throw/close ===
//
// Calling a generator function runs its frame on the frame stack up to RETURN_GENERATOR (after
// COPY_FREE_VARS and MAKE_CELL), which moves the frame into a new generator object and returns
// that object (genFromFrame). The frame then lives inside the generator, for as long as it:
//
//   +0 -------+4 -------+8 ------+12 -----+16 -----+20 ---------+24 ------+28 -----------+32 ------------+36 -----+40 ------+44 --+48 ----------------
//   | refcnt  | type    | state  | code   | name   | qualname   | exc     | prev_exc     | prev_outer    | aflags  | weak   | pad | frame: header (vm/frame.ts),
//   |         |         | u32    | owned  | owned  | owned      | owned/0 | owned/0      | borrowed/0    | u32     | list   |     | localsplus, value stack ...
//   +---------+---------+--------+--------+--------+------------+---------+--------------+---------------+---------+--------+-----+---------------------------
//   (GC prefix in front; the frame part is CO_FRAMESIZE bytes of the code)
//
// - state: GEN_CREATED (not started; ip at the POP_TOP after RETURN_GENERATOR), GEN_SUSPENDED
//   (stopped at a YIELD_VALUE; ip after it), GEN_RUNNING, GEN_COMPLETED (frame cleared).
// - exc: the exception the generator's own `except` blocks are handling while it is suspended
//   (CPython's gi_exc_state). While it runs, that value lives in vm/exc.ts's excHandled and
//   prev_exc keeps the resumer's excHandled (both owned references that move, never copied);
//   prev_outer keeps the resumer's excHandledOuter.
// - aflags: async generators only (AG_CLOSED, AG_RUNNING_ASYNC; see object/asyncgen.ts).
// - The frame owns its references (function, localsplus, value stack below its sp) while the
//   state is not GEN_COMPLETED; genFinish releases them exactly once, when the generator
//   returns or raises. A suspended generator that dies is closed first (gen_finalize), so its
//   `finally` blocks run as in CPython.
//
// Resuming links the frame in as the running frame with prev = the resumer (genLink): the eval
// loop does it inline for FOR_ITER and SEND over an exact generator/coroutine (no Wasm
// recursion), and genSendEx does it with FRAME_ENTRY and a nested evalFrame for callers outside
// the loop (next(), send(), throw(), close(), list(g), the host). The frame leaves through the
// loop's YIELD_VALUE (genSuspend), RETURN_VALUE (genFinish) or unwinding (genFinishError); the
// frame stack is never pushed or popped for it, but frameDepth counts it while it runs.

import { callOne } from './descrobject';
import { gcFinalizeFromDealloc } from '../gc/finalize';
import { SLOT_FINALIZE, TP_WEAKLISTOFFSET } from './typelayout';
import { weakrefClearAll } from './weakref';
import { Ptr } from '../common';
import { objAlloc, objFree, incref, decref, xdecref, newref, OB_TYPE, OB_REFCNT } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_ITER, SLOT_ITERNEXT, SLOT_GETATTRO, TPFLAGS_HAVE_GC,
  TPFLAGS_BASE_EXC_SUBCLASS, TP_FLAGS, typeSetSlot, typeSlot,
} from './typelayout';
import { typeNewBuiltin, typeSetFinal, typeAddMethod, objectType, TK_OTHER, isSubtype, typeLookup } from './type';
import { objGenericGetAttr, objGetAttr, objCall, objGetIter, objLookupAttr } from './abstract';
import {
  CO_FLAGS, CO_FRAMESIZE, CO_NLOCALSPLUS, CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR,
  codeWords,
} from './code';
import { FN_NAME, FN_QUALNAME } from './func';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import { sbAppendAddress } from './cfunc';
import { Py_None } from './none';
import { boolFrom } from './bool';
import { strInternLiteral, isStr } from './str';
import { getsetAdd, memberAddReadonly } from './descrobject';
import { frameObjectFor } from './frameobject';
import { TP_DICT } from './typelayout';
import { intFromI64 } from './int';
import { tupleNew, tupleItemsAddr, tupleSize, tupleType, argsRaiseCount } from './tuple';
import {
  FR_PREV, FR_CODE, FR_FUNC, FR_LOCALS, FR_IP, FR_SP, FR_LASTI, FR_FLAGS, FR_HEADER, FRAME_ENTRY, FRAME_GEN,
  frameDepthAdd, curFrame, frameSetCurrent,
} from '../vm/frame';
import { callCheckRecursion, frameClear } from '../vm/call';
import { evalFrame, evalUnwind } from '../vm/eval';
import { isExceptionType } from '../vm/evalslow';
import { iterReturnSelf } from './iter';
import { importName } from '../vm/import';
import { excWriteUnraisable } from '../vm/exc';
import {
  excFormat, excSetString, excSetObject, excNoMemory, excOccurred, excMatches, excClear, excFetch,
  excRestore, excRaise, excChainContext, excNewInstance, excSetCause, curExc, excHandled,
  excSetHandled, excHandledOuter, excSetHandledOuter, excValue, excTypeError, excValueError,
  excRuntimeError, excStopIteration, excStopAsyncIteration, excGeneratorExit, excAttributeError,
  excBaseException, tracebackType, EXC_TRACEBACK, EXC_CONTEXT,
} from '../vm/exc';
import * as OP from '../opcodes.gen';

@inline const GEN_STATE: usize = 8;
@inline const GEN_CODE: usize = 12;
@inline const GEN_NAME: usize = 16;
@inline const GEN_QUALNAME: usize = 20;
@inline const GEN_EXC: usize = 24;
@inline const GEN_PREV_EXC: usize = 28;
@inline const GEN_PREV_OUTER: usize = 32;
/** The head of the weak references to the generator (object/weakref.ts; +44 is padding). */
@inline const GEN_WEAKLIST: usize = 40;
/** Where the frame starts inside the object (genFrameOf; frame - GEN_FRAME is the generator). */
@inline export const GEN_FRAME: usize = 48;

@inline const GEN_CREATED: u32 = 0;
@inline const GEN_SUSPENDED: u32 = 1;
@inline const GEN_RUNNING: u32 = 2;
@inline const GEN_COMPLETED: u32 = 3;

/** Results of genSendEx and iterSend (CPython's PySendResult); the value is in `genResult`. */
@inline export const PYGEN_RETURN: i32 = 0;
@inline export const PYGEN_ERROR: i32 = -1;
@inline export const PYGEN_NEXT: i32 = 1;

/** Results of genResumeFromLoop. */
@inline export const GR_ERROR: i32 = 0;
/** The generator's frame is now the running frame (prev = the caller): switch to it. */
@inline export const GR_RESUMED: i32 = 1;
/** The generator had already finished: for next(), exhausted; for send(), it returned None. */
@inline export const GR_EXHAUSTED: i32 = 2;

export let genType: Ptr = 0;
export let coroType: Ptr = 0;
/** Async generators share this file's layout and resuming; their awaitables (asend, athrow) and
 *  the `async for` protocol are in object/asyncgen.ts. */
export let asyncGenType: Ptr = 0;

/** The value (new reference) that the last genSendEx / iterSend produced. */
export let genResult: Ptr = 0;

@inline export function genFrameOf(g: Ptr): Ptr { return g + GEN_FRAME; }
@inline export function genIsCompleted(g: Ptr): bool { return load<u32>(g, GEN_STATE) == GEN_COMPLETED; }
@inline function isCoro(g: Ptr): bool { return load<Ptr>(g, OB_TYPE) == coroType; }
@inline function isAsyncGen(g: Ptr): bool { return load<Ptr>(g, OB_TYPE) == asyncGenType; }
/** One of three messages by g's kind: generator, coroutine, async generator. */
function byKind(g: Ptr, gen: string, coro: string, agen: string): string {
  const t = load<Ptr>(g, OB_TYPE);
  return t == genType ? gen : t == coroType ? coro : agen;
}
/** Async generator flags (the word at +36): closed by aclose()/exhaustion, and "an asend() or
 *  athrow() awaitable is running it" (CPython's ag_closed, ag_running_async). */
@inline export const GEN_AFLAGS: usize = 36;
@inline export const AG_CLOSED: u32 = 1;
@inline export const AG_RUNNING_ASYNC: u32 = 2;
/** An exact generator or coroutine: the objects this file resumes directly. */
@inline export function genCheckExact(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == genType || t == coroType;
}

// ---- creation (RETURN_GENERATOR) ----

/**
 * RETURN_GENERATOR: a new generator (or coroutine) owning a copy of frame f, whose ip/sp/lasti
 * are stored. The references f held move into the generator and f is left empty (no locals, no
 * function), so the caller pops it like any returning frame. 0 with an exception set on failure
 * (f untouched).
 */
export function genFromFrame(f: Ptr): Ptr {
  const code = load<Ptr>(f, FR_CODE);
  const cflags = load<u32>(code, CO_FLAGS);
  const type = cflags & CO_COROUTINE ? coroType : cflags & CO_ASYNC_GENERATOR ? asyncGenType : genType;
  const g = objAlloc(type, GEN_FRAME + <usize>load<u32>(code, CO_FRAMESIZE));
  if (g == 0) return excNoMemory();
  const gf = g + GEN_FRAME;
  const used = load<usize>(f, FR_SP) - f; // header, localsplus and the live value stack
  memory.copy(gf, f, used);
  store<usize>(gf, gf + used, FR_SP);
  store<Ptr>(gf, 0, FR_PREV);
  store<u32>(gf, FRAME_GEN, FR_FLAGS);
  const nlp = <usize>load<u32>(code, CO_NLOCALSPLUS);
  memory.fill(f + FR_HEADER, 0, nlp << 2);
  store<usize>(f, f + FR_HEADER + (nlp << 2), FR_SP);
  store<Ptr>(f, 0, FR_FUNC);
  const func = load<Ptr>(gf, FR_FUNC);
  store<u32>(g, GEN_CREATED, GEN_STATE);
  store<Ptr>(g, newref(code), GEN_CODE);
  store<Ptr>(g, newref(load<Ptr>(func, FN_NAME)), GEN_NAME);
  store<Ptr>(g, newref(load<Ptr>(func, FN_QUALNAME)), GEN_QUALNAME);
  return g;
}

// ---- the frame entering and leaving the loop ----

/** Makes g's frame the running one: prev = caller, the exception state swapped in, counted in
 *  frameDepth. The value it resumes with must already be pushed (or an exception set). */
function genLink(g: Ptr, caller: Ptr, entry: bool): void {
  const f = g + GEN_FRAME;
  store<Ptr>(f, caller, FR_PREV);
  store<u32>(f, entry ? FRAME_GEN | FRAME_ENTRY : FRAME_GEN, FR_FLAGS);
  frameDepthAdd(1);
  const h = excHandled;
  store<Ptr>(g, h, GEN_PREV_EXC);
  store<Ptr>(g, excHandledOuter, GEN_PREV_OUTER);
  if (h != 0) excSetHandledOuter(h);
  excSetHandled(load<Ptr>(g, GEN_EXC));
  store<Ptr>(g, 0, GEN_EXC);
  store<u32>(g, GEN_RUNNING, GEN_STATE);
}

/** Undoes genLink: the generator's exception state is saved, the resumer's restored. */
function genUnlink(g: Ptr, state: u32): void {
  const f = g + GEN_FRAME;
  store<Ptr>(f, 0, FR_PREV);
  frameDepthAdd(-1);
  store<Ptr>(g, excHandled, GEN_EXC);
  excSetHandled(load<Ptr>(g, GEN_PREV_EXC));
  excSetHandledOuter(load<Ptr>(g, GEN_PREV_OUTER));
  store<Ptr>(g, 0, GEN_PREV_EXC);
  store<Ptr>(g, 0, GEN_PREV_OUTER);
  store<u32>(g, state, GEN_STATE);
}

/** YIELD_VALUE: the running generator frame f (ip/sp/lasti stored) stops at its yield. */
export function genSuspend(f: Ptr): void {
  genUnlink(f - GEN_FRAME, GEN_SUSPENDED);
}

/** The running generator frame f returned: the generator is done and its frame's references
 *  are released (after the state says so: releasing may run code that looks at it). */
export function genFinish(f: Ptr): void {
  const g = f - GEN_FRAME;
  genUnlink(g, GEN_COMPLETED);
  const exc = load<Ptr>(g, GEN_EXC);
  store<Ptr>(g, 0, GEN_EXC);
  xdecref(exc);
  frameClear(f);
}

/** An exception leaves the running generator frame f: as genFinish, then PEP 479 turns a
 *  StopIteration into RuntimeError (with the StopIteration as cause and context). */
export function genFinishError(f: Ptr): void {
  const g = f - GEN_FRAME;
  genFinish(f);
  const agen = isAsyncGen(g);
  if (excMatches(excStopIteration) || (agen && excMatches(excStopAsyncIteration))) {
    const si = excFetch();
    excSetString(excRuntimeError, !agen || isSubtype(load<Ptr>(si, OB_TYPE), excStopIteration)
      ? byKind(g, 'generator raised StopIteration', 'coroutine raised StopIteration', 'async generator raised StopIteration')
      : 'async generator raised StopAsyncIteration');
    excFromCause(si);
  }
}

/** Makes cause (stolen) both __cause__ and __context__ of the current exception, as CPython's
 *  _PyErr_FormatFromCause does after raising the new one. */
export function excFromCause(cause: Ptr): void {
  const e = curExc;
  excSetCause(e, cause);
  const old = load<Ptr>(e, EXC_CONTEXT);
  store<Ptr>(e, cause, EXC_CONTEXT); // the reference moves in
  xdecref(old);
}

/**
 * FOR_ITER (value 0: next()) or SEND (value: what is sent, stolen) over an exact generator or
 * coroutine g, from the loop running `caller` (its ip/sp/lasti stored, lasti at the FOR_ITER or
 * SEND). GR_RESUMED: g's frame is linked in, switch to it; GR_EXHAUSTED: g had finished;
 * GR_ERROR: exception set (value released).
 */
export function genResumeFromLoop(g: Ptr, value: Ptr, caller: Ptr): i32 {
  if (!genCheckResumable(g, value, value != 0, false)) {
    xdecref(value);
    if (excOccurred()) return GR_ERROR;
    return GR_EXHAUSTED;
  }
  if (callCheckRecursion()) { xdecref(value); return GR_ERROR; }
  genPush(g, value != 0 ? value : newref(Py_None));
  genLink(g, caller, false);
  return GR_RESUMED;
}

/** Pushes v (stolen) on g's frame's value stack: what the YIELD_VALUE (or the POP_TOP after
 *  RETURN_GENERATOR) it stopped at produces when resumed. */
@inline function genPush(g: Ptr, v: Ptr): void {
  const f = g + GEN_FRAME;
  const sp = load<usize>(f, FR_SP);
  store<Ptr>(sp, v);
  store<usize>(f, sp + 4, FR_SP);
}

/**
 * The checks of CPython's gen_send_ex2 before resuming: true when g can run. False with an
 * exception set on an error, or false with none when g has finished and the caller decides
 * (exhausted for next(), a return of None for send()). `sending`: arg is a sent value (not
 * next() and not a throw); `closing`: called by close(), which never complains about a finished
 * coroutine.
 */
function genCheckResumable(g: Ptr, arg: Ptr, sending: bool, closing: bool): bool {
  const st = load<u32>(g, GEN_STATE);
  if (st == GEN_CREATED && sending && arg != Py_None) {
    excSetString(excTypeError, byKind(g, "can't send non-None value to a just-started generator",
      "can't send non-None value to a just-started coroutine", "can't send non-None value to a just-started async generator"));
    return false;
  }
  if (st == GEN_RUNNING) {
    excSetString(excValueError, byKind(g, 'generator already executing', 'coroutine already executing',
      'async generator already executing'));
    return false;
  }
  if (st == GEN_COMPLETED) {
    if (isCoro(g) && !closing) excSetString(excRuntimeError, 'cannot reuse already awaited coroutine');
    return false;
  }
  return true;
}

/**
 * CPython's gen_send_ex2, for callers outside the eval loop: resumes g with arg (borrowed; 0 =
 * next()), or with the current exception thrown in when exc. Runs a nested loop until g yields
 * (PYGEN_NEXT), returns (PYGEN_RETURN) or raises (PYGEN_ERROR, exception set — or none when
 * next() found g finished). The value is in genResult (new reference).
 */
export function genSendEx(g: Ptr, arg: Ptr, exc: bool, closing: bool): i32 {
  genResult = 0;
  if (!genCheckResumable(g, arg, arg != 0 && !exc, closing)) {
    if (!excOccurred() && load<u32>(g, GEN_STATE) == GEN_COMPLETED && arg != 0 && !exc) {
      genResult = newref(Py_None);
      return PYGEN_RETURN;
    }
    return PYGEN_ERROR;
  }
  if (callCheckRecursion()) return PYGEN_ERROR;
  const f = g + GEN_FRAME;
  if (!exc) genPush(g, newref(arg != 0 ? arg : Py_None));
  // prev = the running frame, for frame walks only (FRAME_ENTRY ends the run at this frame)
  const caller = curFrame;
  genLink(g, caller, true);
  let r: Ptr;
  if (exc) {
    // The thrown exception chains to what the generator's own except block handles
    // (_PyErr_ChainStackItem), then unwinds from where the frame stopped.
    excChainContext(curExc, excHandled);
    const hf = evalUnwind(f, true);
    r = hf == 0 ? 0 : evalFrame(hf, false);
  } else {
    r = evalFrame(f, false);
  }
  frameSetCurrent(caller);
  if (r == 0) return PYGEN_ERROR;
  genResult = r;
  return load<u32>(g, GEN_STATE) == GEN_SUSPENDED ? PYGEN_NEXT : PYGEN_RETURN;
}

/** Raises StopIteration(value) for a return value (CPython's _PyGen_SetStopIterationValue: a
 *  tuple or an exception is wrapped, not taken as the arguments or the exception). */
export function genSetStopIterationValue(value: Ptr): void {
  if (value == Py_None) { excSetObject(excStopIteration, 0); return; }
  const args = tupleNew(1);
  if (args == 0) { excNoMemory(); return; }
  store<Ptr>(tupleItemsAddr(args), newref(value));
  const e = excNewInstance(excStopIteration, args);
  decref(args);
  if (e == 0) { excNoMemory(); return; }
  excRaise(e);
  decref(e);
}

/** The result of a genSendEx of g that resumed with a value (send(), next() methods, CPython's
 *  gen_send_ex): the yielded value, or 0 with StopIteration(return value) (StopAsyncIteration
 *  for an async generator) or the error set. */
export function genSendResult(g: Ptr, status: i32): Ptr {
  if (status == PYGEN_NEXT) return genResult;
  if (status == PYGEN_RETURN) {
    const r = genResult;
    if (isAsyncGen(g)) excSetObject(excStopAsyncIteration, 0);
    else genSetStopIterationValue(r);
    decref(r);
  }
  return 0;
}

// ---- yield from / await delegation ----

/** The iterator g is delegating to (`yield from` / `await`), borrowed, or 0: g stopped at the
 *  YIELD_VALUE of a SEND loop (the next instruction jumps back to a SEND), whose receiver is on
 *  top of the value stack (CPython's _PyGen_yf). */
export function genYieldFrom(g: Ptr): Ptr {
  if (load<u32>(g, GEN_STATE) != GEN_SUSPENDED) return 0;
  const f = g + GEN_FRAME;
  if (!genInSendLoop(load<usize>(f, FR_IP), codeWords(load<Ptr>(f, FR_CODE)))) return 0;
  return load<Ptr>(load<usize>(f, FR_SP) - 4);
}

/** Is the YIELD_VALUE just before ip (the code's words at `words`) the one of a SEND loop
 *  (`yield from`, `await`)? The compiler closes that loop with a JUMP_BACKWARD to the SEND
 *  right after the YIELD_VALUE, and nothing else puts a JUMP_BACKWARD there. */
export function genInSendLoop(ip: usize, words: usize): bool {
  const w = load<u32>(ip);
  if ((w & 0xFF) != OP.OP_JUMP_BACKWARD) return false;
  return (load<u32>(words + (<usize>(w >> 8) << 2)) & 0xFF) == OP.OP_SEND;
}

/**
 * The delegation failed (the subiterator's throw() raised or returned): pop the subiterator and
 * continue g after its SEND loop, as CPython's _gen_throw does: with the StopIteration's value as
 * the `yield from` result, else with the exception raised there. Returns what g then yields.
 */
function genLeaveYieldFrom(g: Ptr): Ptr {
  const f = g + GEN_FRAME;
  const sp = load<usize>(f, FR_SP) - 4;
  const yf = load<Ptr>(sp);
  store<usize>(f, sp, FR_SP);
  const ip = load<usize>(f, FR_IP); // the JUMP_BACKWARD to the SEND
  const send = codeWords(load<Ptr>(f, FR_CODE)) + (<usize>(load<u32>(ip) >> 8) << 2);
  const exit = codeWords(load<Ptr>(f, FR_CODE)) + (<usize>(load<u32>(send) >> 8) << 2);
  store<usize>(f, exit, FR_IP);
  store<usize>(f, exit - 4, FR_LASTI); // the loop's JUMP_BACKWARD: same line and handler
  decref(yf);
  if (excMatches(excStopIteration)) {
    const e = excFetch();
    const v = newref(excValue(e) != 0 ? excValue(e) : Py_None);
    decref(e);
    const r = genSendResult(g, genSendEx(g, v, false, false));
    decref(v);
    return r;
  }
  return genSendResult(g, genSendEx(g, Py_None, true, false));
}

/** Closes a subiterator (CPython's gen_close_iter): 0, or -1 with the exception set. */
function genCloseIter(yf: Ptr): i32 {
  if (genCheckExact(yf)) {
    const r = genClose(yf);
    if (r == 0) return -1;
    decref(r);
    return 0;
  }
  const meth = objLookupAttr(yf, nClose);
  if (meth == 0) {
    if (excOccurred()) excClear(); // CPython reports it as unraisable and goes on
    return 0;
  }
  const r = objCall(meth, 0, 0, 0);
  decref(meth);
  if (r == 0) return -1;
  decref(r);
  return 0;
}


// ---- close, throw ----

/** gen.close() (CPython's gen_close): None, or 0 with an exception set. */
export function genClose(g: Ptr): Ptr {
  const st = load<u32>(g, GEN_STATE);
  if (st == GEN_CREATED) {
    // Nothing has run: GeneratorExit would leave the frame at once. Release it now.
    store<u32>(g, GEN_COMPLETED, GEN_STATE);
    frameClear(g + GEN_FRAME);
    return newref(Py_None);
  }
  if (st == GEN_COMPLETED) return newref(Py_None);
  const yf = genYieldFrom(g);
  let err: i32 = 0;
  if (yf != 0) {
    incref(yf);
    store<u32>(g, GEN_RUNNING, GEN_STATE);
    err = genCloseIter(yf);
    store<u32>(g, st, GEN_STATE);
    decref(yf);
  }
  if (err == 0) excSetObject(excGeneratorExit, 0);
  const status = genSendEx(g, Py_None, true, true);
  if (status != PYGEN_ERROR) {
    decref(genResult);
    if (status == PYGEN_NEXT) {
      return excSetString(excRuntimeError, byKind(g, 'generator ignored GeneratorExit', 'coroutine ignored GeneratorExit',
        'async generator ignored GeneratorExit'));
    }
    return newref(Py_None);
  }
  if (excMatches(excStopIteration) || excMatches(excGeneratorExit)) {
    excClear();
    return newref(Py_None);
  }
  return 0;
}


/**
 * gen.throw(typ[, val[, tb]]) (CPython's _gen_throw; arguments borrowed, val/tb 0 when absent):
 * delegates to the subiterator of a `yield from` first, else raises the exception inside g at
 * the point where it stopped. Returns the next yielded value, or 0 with an exception set.
 */
export function genThrow(g: Ptr, closeOnGenExit: bool, typ: Ptr, val: Ptr, tb: Ptr): Ptr {
  const yf = genYieldFrom(g);
  if (yf != 0) {
    const st = load<u32>(g, GEN_STATE);
    incref(yf);
    const typT = isExceptionType(typ) ? typ : load<Ptr>(typ, OB_TYPE);
    if (closeOnGenExit && isSubtype(typT, excGeneratorExit)) {
      // close the subiterator, then raise GeneratorExit (or close's error) here
      store<u32>(g, GEN_RUNNING, GEN_STATE);
      const err = genCloseIter(yf);
      store<u32>(g, st, GEN_STATE);
      decref(yf);
      if (err < 0) return genSendResult(g, genSendEx(g, Py_None, true, false));
      return genThrowHere(g, typ, val, tb);
    }
    let ret: Ptr;
    store<u32>(g, GEN_RUNNING, GEN_STATE);
    if (genCheckExact(yf)) {
      ret = genThrow(yf, closeOnGenExit, typ, val, tb);
    } else {
      const meth = objLookupAttr(yf, nThrow);
      if (meth == 0) {
        store<u32>(g, st, GEN_STATE);
        decref(yf);
        if (excOccurred()) return 0;
        return genThrowHere(g, typ, val, tb);
      }
      // yf.throw(typ[, val[, tb]]) with the arguments throw() got
      const n: i32 = tb != 0 ? 3 : val != 0 ? 2 : 1;
      const t = tupleNew(n);
      if (t == 0) { decref(meth); store<u32>(g, st, GEN_STATE); decref(yf); return excNoMemory(); }
      store<Ptr>(tupleItemsAddr(t), newref(typ));
      if (n > 1) store<Ptr>(tupleItemsAddr(t) + 4, newref(val));
      if (n > 2) store<Ptr>(tupleItemsAddr(t) + 8, newref(tb));
      ret = objCall(meth, tupleItemsAddr(t), n, 0);
      decref(t);
      decref(meth);
    }
    store<u32>(g, st, GEN_STATE);
    decref(yf);
    if (ret == 0) return genLeaveYieldFrom(g);
    return ret;
  }
  return genThrowHere(g, typ, val, tb);
}

/** The `throw_here` half of _gen_throw: checks and normalizes (typ, val, tb), raises it, and
 *  resumes g with it. */
function genThrowHere(g: Ptr, typ: Ptr, val: Ptr, tb: Ptr): Ptr {
  if (tb == Py_None) tb = 0;
  else if (tb != 0 && load<Ptr>(tb, OB_TYPE) != tracebackType) {
    return excSetString(excTypeError, 'throw() third argument must be a traceback object');
  }
  let e: Ptr = 0;
  if (isExceptionType(typ)) {
    if (val != 0 && val != Py_None && isSubtype(load<Ptr>(val, OB_TYPE), typ)) {
      e = newref(val);
    } else if (val == 0 || val == Py_None) {
      e = objCall(typ, 0, 0, 0);
    } else if (load<Ptr>(val, OB_TYPE) == tupleType) {
      e = objCall(typ, tupleItemsAddr(val), tupleSize(val), 0);
    } else {
      e = callOne(typ, val);
    }
    if (e == 0) return 0;
    if (!isSubtype(load<Ptr>(e, OB_TYPE), excBaseException)) {
      decref(e);
      return excFormat(excTypeError, 'calling %R should have returned an instance of BaseException, not %T', typ, e);
    }
  } else if ((load<u32>(load<Ptr>(typ, OB_TYPE), TP_FLAGS) & TPFLAGS_BASE_EXC_SUBCLASS) != 0) {
    if (val != 0 && val != Py_None) {
      return excSetString(excTypeError, 'instance exception may not have a separate value');
    }
    e = newref(typ);
  } else {
    return excFormat(excTypeError, 'exceptions must be classes or instances deriving from BaseException, not %N',
      load<Ptr>(typ, OB_TYPE));
  }
  if (tb != 0) {
    incref(tb);
    const old = load<Ptr>(e, EXC_TRACEBACK);
    store<Ptr>(e, tb, EXC_TRACEBACK);
    xdecref(old);
  }
  excRestore(e); // as PyErr_Restore: no new context here (genSendEx chains the generator's own)
  return genSendResult(g, genSendEx(g, Py_None, true, false));
}

// ---- SEND's protocol for any receiver (CPython's PyIter_Send) ----

/**
 * Sends v (borrowed) into receiver: an exact generator/coroutine is resumed (nested loop);
 * otherwise next() when v is None and receiver is an iterator, else receiver.send(v). A
 * StopIteration from those becomes PYGEN_RETURN with its value. Result in genResult.
 */
export function iterSend(receiver: Ptr, v: Ptr): i32 {
  genResult = 0;
  if (genCheckExact(receiver)) return genSendEx(receiver, v, false, false);
  let r: Ptr;
  const t = load<Ptr>(receiver, OB_TYPE);
  const next = typeSlot(t, SLOT_ITERNEXT);
  if (v == Py_None && next != 0) {
    r = call_indirect<Ptr>(next, receiver);
  } else {
    const meth = objGetAttr(receiver, nSend);
    if (meth == 0) return PYGEN_ERROR;
    r = callOne(meth, v);
    decref(meth);
  }
  if (r != 0) { genResult = r; return PYGEN_NEXT; }
  if (!excOccurred()) { genResult = newref(Py_None); return PYGEN_RETURN; }
  if (!excMatches(excStopIteration)) return PYGEN_ERROR;
  const e = excFetch();
  genResult = newref(excValue(e) != 0 ? excValue(e) : Py_None);
  decref(e);
  return PYGEN_RETURN;
}

// ---- GET_YIELD_FROM_ITER, GET_AWAITABLE ----

/** GET_YIELD_FROM_ITER on v (borrowed) in code `code`: generators and coroutines as they are
 *  (a coroutine only inside a coroutine), anything else through iter(). New reference. */
export function genGetYieldFromIter(v: Ptr, code: Ptr): Ptr {
  const t = load<Ptr>(v, OB_TYPE);
  if (t == coroType) {
    if ((load<u32>(code, CO_FLAGS) & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) == 0) {
      return excSetString(excTypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return newref(v);
  }
  if (t == genType) return newref(v);
  return objGetIter(v);
}

/** GET_AWAITABLE (CPython's _PyCoro_GetAwaitableIter plus the eval loop's checks): the iterator
 *  `await v` drives. where: 1 = from `async with`'s __aenter__, 2 = __aexit__. New reference. */
export function genGetAwaitable(v: Ptr, where: u32): Ptr {
  const t = load<Ptr>(v, OB_TYPE);
  let it: Ptr = 0;
  if (t == coroType) {
    it = newref(v);
  } else if (t == genType && (load<u32>(load<Ptr>(v, GEN_CODE), CO_FLAGS) & CO_ITERABLE_COROUTINE) != 0) {
    it = newref(v);
  } else {
    const m = typeLookup(t, nAwait);
    if (m == 0) {
      if (where == 1) {
        return excFormat(excTypeError, "'async with' received an object from __aenter__ that does not implement __await__: %N", t);
      }
      if (where == 2) {
        return excFormat(excTypeError, "'async with' received an object from __aexit__ that does not implement __await__: %N", t);
      }
      return excFormat(excTypeError, "object %N can't be used in 'await' expression", t);
    }
    const bound = objGetAttr(v, nAwait);
    if (bound == 0) return 0;
    it = objCall(bound, 0, 0, 0);
    decref(bound);
    if (it == 0) return 0;
    const it_t = load<Ptr>(it, OB_TYPE);
    if (it_t == coroType) {
      decref(it);
      return excSetString(excTypeError, '__await__() returned a coroutine');
    }
    if (typeSlot(it_t, SLOT_ITERNEXT) == 0) {
      excFormat(excTypeError, '__await__() returned non-iterator of type \'%N\'', it_t);
      decref(it);
      return 0;
    }
    return it;
  }
  if (genYieldFrom(it) != 0) {
    decref(it);
    return excSetString(excRuntimeError, 'coroutine is being awaited already');
  }
  return it;
}

// ---- slots and methods ----

/** The ITERNEXT slot: the next value, or 0 — with no exception when the generator returned
 *  (the slot contract; the return value is dropped, as every CPython consumer drops it). */
function gen_iternext(g: Ptr): Ptr {
  const status = genSendEx(g, 0, false, false);
  if (status == PYGEN_NEXT) return genResult;
  if (status == PYGEN_RETURN) decref(genResult);
  return 0;
}

/** next(g) and g.__next__(): as the slot, but a return raises StopIteration(value), so that
 *  `next(g)` shows the return value as CPython's does. */
export function genNext(g: Ptr): Ptr {
  const status = genSendEx(g, 0, false, false);
  if (status == PYGEN_NEXT) return genResult;
  if (status == PYGEN_RETURN) {
    const r = genResult;
    genSetStopIterationValue(r);
    decref(r);
  }
  return 0;
}

function gen_next_m(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  const r = genNext(g);
  if (r == 0 && !excOccurred()) excSetObject(excStopIteration, 0);
  return r;
}

function gen_iter_m(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  return newref(g);
}

function gen_send(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) != 0) {
    return excFormat(excTypeError, '%N.send() takes no keyword arguments', load<Ptr>(g, OB_TYPE));
  }
  if (nargs != 1) return raiseCountOf(g, '%N.send() takes exactly one argument (%D given)', nargs);
  return genSendResult(g, genSendEx(g, load<Ptr>(args), false, false));
}

function gen_throw(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (genThrowArgsBad('throw', nargs, kwnames)) return 0;
  return genThrow(g, true, load<Ptr>(args), nargs > 1 ? load<Ptr>(args, 4) : 0, nargs > 2 ? load<Ptr>(args, 8) : 0);
}

/** The argument check of throw() and athrow(): 1 to 3 positional arguments. True when bad
 *  (exception set). */
export function genThrowArgsBad(name: string, nargs: i32, kwnames: Ptr): bool {
  if (kwnames != 0 && tupleSize(kwnames) != 0) {
    excFormat(excTypeError, name == 'throw' ? 'throw() takes no keyword arguments' : 'athrow() takes no keyword arguments');
    return true;
  }
  if (nargs < 1) {
    argsRaiseCount(excTypeError, name == 'throw' ? 'throw expected at least 1 argument, got %D' : 'athrow expected at least 1 argument, got %D', nargs);
    return true;
  }
  if (nargs > 3) {
    argsRaiseCount(excTypeError, name == 'throw' ? 'throw expected at most 3 arguments, got %D' : 'athrow expected at most 3 arguments, got %D', nargs);
    return true;
  }
  return false;
}

function gen_close(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) != 0) {
    return excFormat(excTypeError, '%N.close() takes no keyword arguments', load<Ptr>(g, OB_TYPE));
  }
  if (nargs != 0) return raiseCountOf(g, '%N.close() takes no arguments (%D given)', nargs);
  return genClose(g);
}

/** TypeError fmt with g's type name (%N) and the argument count n (%D). Returns 0. */
function raiseCountOf(g: Ptr, fmt: string, n: i32): Ptr {
  const c = intFromI64(<i64>n);
  if (c == 0) return 0;
  excFormat(excTypeError, fmt, load<Ptr>(g, OB_TYPE), c);
  decref(c);
  return 0;
}

function gen_repr(g: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, byKind(g, '<generator object ', '<coroutine object ', '<async_generator object '));
  sbAppendStr(sb, load<Ptr>(g, GEN_QUALNAME));
  sbAppendLiteral(sb, ' at 0x');
  sbAppendAddress(sb, g);
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

// ---- attributes: gi_* (cr_* for coroutines, ag_* for async generators), __name__, __qualname__ ----

function gen_get_running(g: Ptr): Ptr {
  if (isAsyncGen(g)) return boolFrom((load<u32>(g, GEN_AFLAGS) & AG_RUNNING_ASYNC) != 0);
  return boolFrom(load<u32>(g, GEN_STATE) == GEN_RUNNING);
}
function gen_get_suspended(g: Ptr): Ptr { return boolFrom(load<u32>(g, GEN_STATE) == GEN_SUSPENDED); }
function gen_set_readonly(g: Ptr, v: Ptr): i32 {
  excSetString(excAttributeError, 'readonly attribute');
  return -1;
}
/** gi_yieldfrom / cr_await / ag_await: what a `yield from` or `await` is delegating to. */
function gen_get_yieldfrom(g: Ptr): Ptr {
  const yf = genYieldFrom(g);
  return newref(yf != 0 ? yf : Py_None);
}
/** gi_frame / cr_frame / ag_frame: the frame object of the generator's frame, None once it
 *  finished (object/frameobject.ts). */
function gen_get_frame(g: Ptr): Ptr {
  if (load<u32>(g, GEN_STATE) == GEN_COMPLETED) return newref(Py_None);
  return frameObjectFor(g + GEN_FRAME);
}
/** cr_origin: where the coroutine was created, tracked only after
 *  sys.set_coroutine_origin_tracking_depth(n > 0), which pyrite does not have: always None. */
function gen_get_origin(g: Ptr): Ptr { return newref(Py_None); }
function gen_get_name(g: Ptr): Ptr { return newref(load<Ptr>(g, GEN_NAME)); }
function gen_get_qualname(g: Ptr): Ptr { return newref(load<Ptr>(g, GEN_QUALNAME)); }
function gen_set_name(g: Ptr, v: Ptr): i32 { return genSetNameField(g, v, GEN_NAME, '__name__ must be set to a string object'); }
function gen_set_qualname(g: Ptr, v: Ptr): i32 { return genSetNameField(g, v, GEN_QUALNAME, '__qualname__ must be set to a string object'); }
function genSetNameField(g: Ptr, v: Ptr, off: usize, msg: string): i32 {
  if (v == 0 || !isStr(v)) { excSetString(excTypeError, msg); return -1; }
  incref(v);
  const old = load<Ptr>(g + off);
  store<Ptr>(g + off, v);
  decref(old);
  return 0;
}

/** The attribute descriptors of the three types, as CPython 3.11 names them (after the
 *  descriptor types exist). */
export function genAttrsInit(): void {
  for (let i = 0; i < 3; i++) {
    const t = i == 0 ? genType : i == 1 ? coroType : asyncGenType;
    const d = load<Ptr>(t, TP_DICT);
    // CPython's members (gi_code, ag_running, cr_origin) refuse assignment as "readonly attribute"
    getsetAdd(t, i == 0 ? 'gi_running' : i == 1 ? 'cr_running' : 'ag_running', gen_get_running.index,
      i == 2 ? gen_set_readonly.index : 0, d);
    memberAddReadonly(t, i == 0 ? 'gi_code' : i == 1 ? 'cr_code' : 'ag_code', <u32>GEN_CODE);
    getsetAdd(t, i == 0 ? 'gi_frame' : i == 1 ? 'cr_frame' : 'ag_frame', gen_get_frame.index, 0, d);
    getsetAdd(t, i == 0 ? 'gi_yieldfrom' : i == 1 ? 'cr_await' : 'ag_await', gen_get_yieldfrom.index, 0, d);
    if (i < 2) getsetAdd(t, i == 0 ? 'gi_suspended' : 'cr_suspended', gen_get_suspended.index, 0, d);
    if (i == 1) getsetAdd(t, 'cr_origin', gen_get_origin.index, gen_set_readonly.index, d);
    getsetAdd(t, '__name__', gen_get_name.index, gen_set_name.index, d);
    getsetAdd(t, '__qualname__', gen_get_qualname.index, gen_set_qualname.index, d);
  }
}

/**
 * FINALIZE (PEP 442): a generator that was never finished is closed (GeneratorExit thrown in,
 * so `finally` blocks run; one never started just drops its frame), with the caller's exception
 * saved; an error from close is dropped (CPython prints it as unraisable). It runs once, from the
 * dealloc or from the collector, which runs it before breaking a cycle, as CPython's
 * _PyGen_Finalize: a cycle held by the generator's own frame is then gone by refcounting, and
 * not counted as collected.
 */
function gen_finalize(g: Ptr): void {
  const st = load<u32>(g, GEN_STATE);
  if (st != GEN_SUSPENDED && st != GEN_CREATED) return;
  const saved = excFetch();
  if (st == GEN_CREATED && isCoro(g)) {
    // a coroutine never awaited is not closed: it warns (CPython's _PyGen_Finalize)
    genWarnUnawaited(g);
    excRestore(saved);
    return;
  }
  const r = genClose(g);
  if (r == 0) excClear();
  else decref(r);
  excRestore(saved);
}

/** "RuntimeWarning: coroutine 'f' was never awaited" through the warnings module's
 *  _warn_unawaited_coroutine (the filters decide; it names the frame running now), as CPython's
 *  _PyErr_WarnUnawaitedCoroutine; an error it raises (a filter turning the warning into one) is
 *  reported as unraisable. */
function genWarnUnawaited(g: Ptr): void {
  const m = importName(sWarnings, 0, 0, 0);
  const fn = m != 0 ? objGetAttr(m, sWarnUnawaited) : 0;
  xdecref(m);
  const r = fn != 0 ? callOne(fn, g) : 0;
  xdecref(fn);
  if (r != 0) { decref(r); return; }
  if (excOccurred()) excWriteUnraisable(g);
}
let sWarnings: Ptr = 0, sWarnUnawaited: Ptr = 0;

/** A generator dies: its finalizer first (gcFinalizeFromDealloc: it may resurrect it), then a
 *  frame still live (a generator finalized before, then resumed) is released without running
 *  more of it, as CPython's gen_dealloc. */
function gen_dealloc(g: Ptr): void {
  // weak references first, then the finalizer (CPython's gen_dealloc order)
  if (load<Ptr>(g, GEN_WEAKLIST)) weakrefClearAll(g);
  if (gcFinalizeFromDealloc(g)) return;
  if (load<u32>(g, GEN_STATE) != GEN_COMPLETED) {
    store<u32>(g, GEN_COMPLETED, GEN_STATE);
    frameClear(g + GEN_FRAME);
  }
  xdecref(load<Ptr>(g, GEN_EXC));
  decref(load<Ptr>(g, GEN_CODE));
  decref(load<Ptr>(g, GEN_NAME));
  decref(load<Ptr>(g, GEN_QUALNAME));
  objFree(g);
}

/** The references a generator holds: code, names, its exception state and, while the frame is
 *  live, the frame's function, localsplus and value stack. */
function gen_traverse(g: Ptr, visit: u32, arg: Ptr): i32 {
  for (let off: usize = GEN_CODE; off <= GEN_PREV_EXC; off += 4) {
    const v = load<Ptr>(g + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  if (load<u32>(g, GEN_STATE) == GEN_COMPLETED) return 0;
  const f = g + GEN_FRAME;
  const fn = load<Ptr>(f, FR_FUNC);
  if (fn) { const r = call_indirect<i32>(visit, fn, arg); if (r) return r; }
  // the snapshot dict locals() keeps in a function frame (builtins/introspect.ts)
  const loc = load<Ptr>(f, FR_LOCALS);
  if (loc) { const r = call_indirect<i32>(visit, loc, arg); if (r) return r; }
  const sp = load<usize>(f, FR_SP);
  for (let p = f + FR_HEADER; p < sp; p += 4) {
    const v = load<Ptr>(p);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

// ---- coroutine.__await__(): the coroutine_wrapper iterator ----
//
//   +0 refcnt | +4 type | +8 coroutine (owned)    (GC prefix in front)
// An iterator over the coroutine's steps, for awaitables whose __await__ delegates to a
// coroutine. Its ITERNEXT raises StopIteration(value) when the coroutine returns a value (as
// CPython's tp_iternext may), so that SEND gets the `await` result.

@inline const CW_CORO: usize = 8;
@inline const CW_SIZE: u32 = 12;
export let coroWrapperType: Ptr = 0;

function coro_await(g: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argsRaiseCount(excTypeError, 'expected 0 arguments, got %D', nargs);
  const w = objAlloc(coroWrapperType, CW_SIZE);
  if (w == 0) return excNoMemory();
  store<Ptr>(w, newref(g), CW_CORO);
  return w;
}

function cw_iternext(w: Ptr): Ptr { return genNext(load<Ptr>(w, CW_CORO)); }

function cw_next(w: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return gen_next_m(load<Ptr>(w, CW_CORO), args, nargs, kwnames);
}
function cw_send(w: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return gen_send(load<Ptr>(w, CW_CORO), args, nargs, kwnames);
}
function cw_throw(w: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return gen_throw(load<Ptr>(w, CW_CORO), args, nargs, kwnames);
}
function cw_close(w: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return gen_close(load<Ptr>(w, CW_CORO), args, nargs, kwnames);
}

function cw_dealloc(w: Ptr): void {
  decref(load<Ptr>(w, CW_CORO));
  objFree(w);
}

function cw_traverse(w: Ptr, visit: u32, arg: Ptr): i32 {
  return call_indirect<i32>(visit, load<Ptr>(w, CW_CORO), arg);
}

let nSend: Ptr = 0, nThrow: Ptr = 0, nClose: Ptr = 0, nAwait: Ptr = 0;

export function genTypeInit(): void {
  sWarnings = strInternLiteral('warnings');
  sWarnUnawaited = strInternLiteral('_warn_unawaited_coroutine');
  nSend = strInternLiteral('send');
  nThrow = strInternLiteral('throw');
  nClose = strInternLiteral('close');
  nAwait = strInternLiteral('__await__');

  genType = typeNewBuiltin('generator', objectType, <u32>GEN_FRAME, TPFLAGS_HAVE_GC, TK_OTHER);
  coroType = typeNewBuiltin('coroutine', objectType, <u32>GEN_FRAME, TPFLAGS_HAVE_GC, TK_OTHER);
  asyncGenType = typeNewBuiltin('async_generator', objectType, <u32>GEN_FRAME, TPFLAGS_HAVE_GC, TK_OTHER);
  for (let i = 0; i < 3; i++) {
    const t = i == 0 ? genType : i == 1 ? coroType : asyncGenType;
    store<i32>(t, <i32>GEN_WEAKLIST, TP_WEAKLISTOFFSET);
    typeSetSlot(t, SLOT_DEALLOC, gen_dealloc.index);
    typeSetSlot(t, SLOT_FINALIZE, gen_finalize.index);
    typeSetSlot(t, SLOT_TRAVERSE, gen_traverse.index);
    typeSetSlot(t, SLOT_REPR, gen_repr.index);
    typeSetFinal(t);
    if (i == 2) break; // async generators have asend/athrow/aclose instead (asyncgen.ts)
    typeAddMethod(t, 'send', gen_send.index);
    typeAddMethod(t, 'throw', gen_throw.index);
    typeAddMethod(t, 'close', gen_close.index);
  }
  typeSetSlot(genType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(genType, SLOT_ITERNEXT, gen_iternext.index);
  typeAddMethod(genType, '__next__', gen_next_m.index);
  typeAddMethod(coroType, '__await__', coro_await.index);

  coroWrapperType = typeNewBuiltin('coroutine_wrapper', objectType, CW_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(coroWrapperType, SLOT_DEALLOC, cw_dealloc.index);
  typeSetSlot(coroWrapperType, SLOT_TRAVERSE, cw_traverse.index);
  typeSetSlot(coroWrapperType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(coroWrapperType, SLOT_ITERNEXT, cw_iternext.index);
  typeSetFinal(coroWrapperType);
  typeAddMethod(coroWrapperType, '__next__', cw_next.index);
  typeAddMethod(coroWrapperType, 'send', cw_send.index);
  typeAddMethod(coroWrapperType, 'throw', cw_throw.index);
  typeAddMethod(coroWrapperType, 'close', cw_close.index);
  typeAddMethod(genType, '__iter__', gen_iter_m.index);
}
