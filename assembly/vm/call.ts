// === Calls of Python functions: argument binding, frame set-up, nested evaluation ===
//
// The eval loop pushes the callee's frame itself (callPushFrame) and keeps looping; code outside
// the loop (a builtin calling a Python function, sorted(key=f) say) uses vmCallFunction, the
// function type's CALL slot, which runs a nested loop until that frame returns.
//
// Argument binding follows CPython 3.11's positional/keyword rules and messages
// (Python/ceval.c: initialize_locals, missing_arguments, too_many_positional, ...).

import { Ptr } from '../common';
import { incref, decref, newref, xdecref } from '../object/header';
import {
  CO_ARGCOUNT, CO_POSONLY, CO_KWONLY, CO_FLAGS, CO_NLOCALSPLUS, CO_FRAMESIZE, CO_LOCALSPLUSNAMES,
  CO_VARARGS, CO_VARKEYWORDS, codeWords,
} from '../object/code';
import { FN_CODE, FN_GLOBALS, FN_BUILTINS, FN_DEFAULTS, FN_KWDEFAULTS, FN_QUALNAME } from '../object/func';
import {
  FR_PREV, FR_CODE, FR_FUNC, FR_GLOBALS, FR_BUILTINS, FR_LOCALS, FR_IP, FR_SP, FR_FLAGS,
  FR_HEADER, FR_LASTI, FRAME_ENTRY, framePush, frameDepth, recursionLimit, nativeDepth,
  curFrame, frameSetCurrent,
} from './frame';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr } from '../object/tuple';
import { dictNew, dictSetItem, dictGetItemStr } from '../object/dict';
import { strEq } from '../object/str';
import { excFormat, excSetString, excNoMemory, excTypeError, excRecursionError } from './exc';
import { sbNew, sbAppendLiteral, sbAppendStr, sbAppendChar, sbAppendI64, sbFinish } from '../object/strbuild';
import { evalFrame } from './eval';
import { framePop, FRAME_INIT, recursionEnter, recursionLeave } from './frame';
import { typeCallsObjectNew } from '../object/typeslots';
import { slotInitFunction } from '../object/slotdefs';
import { functionType } from '../object/func';
import { CO_FASTARGC } from '../object/code';
import { objAlloc, OB_TYPE } from '../object/header';
import { TP_BASICSIZE } from '../object/typelayout';
import { wordsCopy, wordsZero } from '../common';
import { frameObjectsAttached, frameObjectDetach } from '../object/frameobject';
import { excSetObjectStolen } from './exc';

/** Raises RecursionError when another frame would pass the limit. Returns true if it raised. */
@inline export function callCheckRecursion(): bool {
  if (frameDepth + nativeDepth >= recursionLimit) {
    excSetString(excRecursionError, 'maximum recursion depth exceeded');
    return true;
  }
  return false;
}

/** Writes every header field of the new frame f for func (whose code is `code`): ready to
 *  run from its first instruction with an empty value stack. The frame owns a reference to
 *  func. */
@inline function frameSetUp(f: Ptr, func: Ptr, code: Ptr, caller: Ptr, flags: u32): void {
  store<Ptr>(f, caller, FR_PREV);
  store<Ptr>(f, code, FR_CODE);
  store<Ptr>(f, newref(func), FR_FUNC);
  store<Ptr>(f, load<Ptr>(func, FN_GLOBALS), FR_GLOBALS);
  store<Ptr>(f, load<Ptr>(func, FN_BUILTINS), FR_BUILTINS);
  store<Ptr>(f, 0, FR_LOCALS);
  store<usize>(f, codeWords(code), FR_IP);
  store<usize>(f, codeWords(code), FR_LASTI);
  store<usize>(f, f + FR_HEADER + (<usize>load<u32>(code, CO_NLOCALSPLUS) << 2), FR_SP);
  store<u32>(f, flags, FR_FLAGS);
}

/**
 * Pushes a frame for calling func with args (nargs words; the last len(kwnames) are keyword
 * values). `steal`: the argument references move into the frame (the caller forgets them) —
 * only allowed on the fast path where every argument lands in a slot; otherwise they are
 * copied with incref. The frame owns a new reference to func. Returns the frame, or 0 with an
 * exception set (nothing pushed, nothing stolen).
 */
export function callPushFrame(func: Ptr, args: Ptr, nargs: i32, kwnames: Ptr, caller: Ptr, flags: u32): Ptr {
  if (callCheckRecursion()) return 0;
  const code = load<Ptr>(func, FN_CODE);
  const f = framePush(<usize>load<u32>(code, CO_FRAMESIZE), <usize>load<u32>(code, CO_NLOCALSPLUS));
  if (f == 0) return excNoMemory();
  frameSetUp(f, func, code, caller, flags);
  if (callBindArgs(func, code, f + FR_HEADER, args, nargs, kwnames) < 0) {
    callDropFrame(f);
    return 0;
  }
  return f;
}

/** Releases a frame's references and pops it (used on errors and on return). */
export function callDropFrame(f: Ptr): void {
  if (load<u32>(f, FR_FLAGS) & FRAME_INIT) recursionLeave();
  frameClear(f);
  framePop(f);
}

// ---- calling a class with a Python __init__ (CPython 3.12's CALL_ALLOC_AND_ENTER_INIT) ----

/** callInitFrame's answer when the callable is not such a class (nothing done). */
@inline export const CALL_INIT_NONE: Ptr = 1;

/**
 * CALL of `callable` (of type mt) with nargs positional arguments at args, its result slot at
 * `result` (the NULL below the callable): when the callable is a class whose instance
 * callInitPush can make, pushes that __init__ frame and drops the stack's reference to the
 * class. Returns the frame, 0 with an exception set, or CALL_INIT_NONE.
 */
export function callInitFrame(callable: Ptr, mt: Ptr, args: Ptr, nargs: i32, caller: Ptr, result: usize): Ptr {
  const init = callInitTarget(callable, mt, nargs);
  if (init == 0) return CALL_INIT_NONE;
  const f = callInitPush(callable, init, args, nargs, caller, result);
  if (f != 0) decref(callable); // the instance holds its class
  return f;
}

/** When CALL of t (metatype mt) with nargs positional arguments can allocate the instance and
 *  run t's __init__ as a frame of the loop, the __init__ function (borrowed); else 0. The
 *  result is what type_call -> object_new -> slot_init would compute. */
@inline function callInitTarget(t: Ptr, mt: Ptr, nargs: i32): Ptr {
  if (!typeCallsObjectNew(t, mt)) return 0;
  const init = slotInitFunction(t);
  if (init == 0 || load<Ptr>(init, OB_TYPE) != functionType) return 0;
  return load<u32>(load<Ptr>(init, FN_CODE), CO_FASTARGC) == <u32>nargs + 1 ? init : 0;
}

/**
 * Allocates an instance of t and pushes the frame of init (from callInitTarget) with the
 * instance and args in its first slots. The stack's references to args move into the frame;
 * the instance's other reference is stored at `result`, the caller's stack slot for the CALL's
 * value. Counts the recursion levels CPython does (the call of the class, then the frame).
 * Returns the frame (FRAME_INIT), or 0 with an exception set (nothing moved or stored).
 */
export function callInitPush(t: Ptr, init: Ptr, args: Ptr, nargs: i32, caller: Ptr, result: usize): Ptr {
  if (recursionEnter('maximum recursion depth exceeded while calling a Python object')) return 0;
  if (callCheckRecursion()) { recursionLeave(); return 0; }
  const code = load<Ptr>(init, FN_CODE);
  const o = objAlloc(t, load<u32>(t, TP_BASICSIZE));
  if (o == 0) { recursionLeave(); return 0; } // MemoryError is set
  const f = framePush(<usize>load<u32>(code, CO_FRAMESIZE), 0);
  if (f == 0) { decref(o); recursionLeave(); return excNoMemory(); }
  frameSetUp(f, init, code, caller, FRAME_INIT);
  const n = <usize>load<u32>(code, CO_NLOCALSPLUS);
  const lp = f + FR_HEADER;
  store<Ptr>(lp, newref(o));
  wordsCopy(lp + 4, args, <usize>nargs);
  wordsZero(lp + 4 + (<usize>nargs << 2), n - 1 - <usize>nargs);
  store<Ptr>(result, o);
  return f;
}

/** Releases the references a frame holds (localsplus, the value stack below its stored sp, the
 *  function, the locals namespace); the frame itself stays where it is (a generator's frame is
 *  not on the frame stack). Its slots are left stale: the frame is never run again. */
export function frameClear(f: Ptr): void {
  // a frame object outlives its frame: it takes the frame's last state first
  if (frameObjectsAttached != 0) frameObjectDetach(f);
  const code = load<Ptr>(f, FR_CODE);
  const lp = f + FR_HEADER;
  const n = load<u32>(code, CO_NLOCALSPLUS);
  for (let i: usize = 0; i < <usize>n; i++) xdecref(load<Ptr>(lp + (i << 2)));
  const sp = load<usize>(f, FR_SP);
  for (let p = lp + (<usize>n << 2); p < sp; p += 4) xdecref(load<Ptr>(p));
  xdecref(load<Ptr>(f, FR_FUNC));
  xdecref(load<Ptr>(f, FR_LOCALS));
}

/** Fills localsplus from the call's arguments (copies with incref). 0 ok, -1 error. */
function callBindArgs(func: Ptr, code: Ptr, lp: usize, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  const argcount = <i32>load<u32>(code, CO_ARGCOUNT);
  const posonly = <i32>load<u32>(code, CO_POSONLY);
  const kwonly = <i32>load<u32>(code, CO_KWONLY);
  const flags = load<u32>(code, CO_FLAGS);
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  const total = argcount + kwonly;
  let varargsSlot: i32 = -1, kwargsSlot: i32 = -1;
  let next = total;
  if (flags & CO_VARARGS) varargsSlot = next++;
  if (flags & CO_VARKEYWORDS) kwargsSlot = next++;

  // positional
  const ncopy = npos < argcount ? npos : argcount;
  for (let i: i32 = 0; i < ncopy; i++) store<Ptr>(lp + (<usize>i << 2), newref(load<Ptr>(args + (<usize>i << 2))));
  if (varargsSlot >= 0) {
    const extra = npos > argcount ? npos - argcount : 0;
    const t = tupleNew(extra);
    if (t == 0) return -1;
    for (let i: i32 = 0; i < extra; i++) {
      store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), newref(load<Ptr>(args + (<usize>(argcount + i) << 2))));
    }
    store<Ptr>(lp + (<usize>varargsSlot << 2), t);
  } else if (npos > argcount) {
    return tooManyPositional(func, code, npos, lp);
  }
  let kwdict: Ptr = 0;
  if (kwargsSlot >= 0) {
    kwdict = dictNew();
    if (kwdict == 0) return -1;
    store<Ptr>(lp + (<usize>kwargsSlot << 2), kwdict);
  }

  // keywords
  const names = load<Ptr>(code, CO_LOCALSPLUSNAMES);
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    const value = load<Ptr>(args + (<usize>(npos + k) << 2));
    let j: i32 = posonly;
    for (; j < total; j++) {
      const nm = tupleItem(names, j);
      if (nm == key || strEq(nm, key)) break;
    }
    if (j < total) {
      const slot = lp + (<usize>j << 2);
      if (load<Ptr>(slot) != 0) {
        excFormat(excTypeError, "%U() got multiple values for argument '%U'", load<Ptr>(func, FN_QUALNAME), key);
        return -1;
      }
      store<Ptr>(slot, newref(value));
      continue;
    }
    if (kwdict) {
      if (dictSetItem(kwdict, key, value) < 0) return -1;
      continue;
    }
    // a positional-only name passed by keyword, or an unknown name
    let isPosonly = false;
    for (let q: i32 = 0; q < posonly; q++) {
      const nm = tupleItem(names, q);
      if (nm == key || strEq(nm, key)) { isPosonly = true; break; }
    }
    if (isPosonly) {
      excFormat(excTypeError,
        "%U() got some positional-only arguments passed as keyword arguments: '%U'",
        load<Ptr>(func, FN_QUALNAME), key);
    } else {
      excFormat(excTypeError, "%U() got an unexpected keyword argument '%U'", load<Ptr>(func, FN_QUALNAME), key);
    }
    return -1;
  }

  // defaults for missing positionals
  if (npos < argcount) {
    const defaults = load<Ptr>(func, FN_DEFAULTS);
    const ndef = defaults ? tupleSize(defaults) : 0;
    const firstDefault = argcount - ndef;
    let missing: i32 = 0;
    for (let i: i32 = npos; i < argcount; i++) {
      const slot = lp + (<usize>i << 2);
      if (load<Ptr>(slot) != 0) continue;
      if (i >= firstDefault) store<Ptr>(slot, newref(tupleItem(defaults, i - firstDefault)));
      else missing++;
    }
    if (missing) return missingArguments(func, code, lp, npos, argcount, firstDefault, missing, false);
  }
  // keyword-only defaults
  if (kwonly > 0) {
    const kwdefaults = load<Ptr>(func, FN_KWDEFAULTS);
    let missing: i32 = 0;
    for (let i: i32 = argcount; i < total; i++) {
      const slot = lp + (<usize>i << 2);
      if (load<Ptr>(slot) != 0) continue;
      const v = kwdefaults ? dictGetItemStr(kwdefaults, tupleItem(names, i)) : 0;
      if (v) store<Ptr>(slot, newref(v));
      else missing++;
    }
    if (missing) return missingArguments(func, code, lp, argcount, total, argcount, missing, true);
  }
  return 0;
}

/** "f() missing 2 required positional arguments: 'a' and 'b'" (CPython's missing_arguments; the
 *  function's __qualname__ names it, as in all these argument errors). */
function missingArguments(func: Ptr, code: Ptr, lp: usize, start: i32, end: i32, firstDefault: i32, missing: i32, kwonly: bool): i32 {
  const names = load<Ptr>(code, CO_LOCALSPLUSNAMES);
  const sb = sbNew();
  sbAppendStr(sb, load<Ptr>(func, FN_QUALNAME));
  sbAppendLiteral(sb, '() missing ');
  sbAppendI64(sb, <i64>missing);
  sbAppendLiteral(sb, kwonly ? ' required keyword-only argument' : ' required positional argument');
  if (missing != 1) sbAppendChar(sb, 115);
  sbAppendLiteral(sb, ': ');
  let k: i32 = 0;
  for (let i = start; i < end; i++) {
    if (load<Ptr>(lp + (<usize>i << 2)) != 0) continue;
    if (!kwonly && i >= firstDefault) continue;
    if (k > 0) {
      if (missing == 2) sbAppendLiteral(sb, ' and ');
      else if (k == missing - 1) sbAppendLiteral(sb, ', and ');
      else sbAppendLiteral(sb, ', ');
    }
    sbAppendChar(sb, 39);
    sbAppendStr(sb, tupleItem(names, i));
    sbAppendChar(sb, 39);
    k++;
  }
  const msg = sbFinish(sb);
  excSetObjectStolen(excTypeError, msg);
  return -1;
}


/** "f() takes 2 positional arguments but 3 were given" and its variants (too_many_positional). */
function tooManyPositional(func: Ptr, code: Ptr, given: i32, lp: usize): i32 {
  const argcount = <i32>load<u32>(code, CO_ARGCOUNT);
  const defaults = load<Ptr>(func, FN_DEFAULTS);
  const ndef = defaults ? tupleSize(defaults) : 0;
  const kwonly = <i32>load<u32>(code, CO_KWONLY);
  let kwGiven: i32 = 0;
  for (let i: i32 = argcount; i < argcount + kwonly; i++) if (load<Ptr>(lp + (<usize>i << 2)) != 0) kwGiven++;
  const sb = sbNew();
  sbAppendStr(sb, load<Ptr>(func, FN_QUALNAME));
  sbAppendLiteral(sb, '() takes ');
  if (ndef > 0) {
    sbAppendLiteral(sb, 'from ');
    sbAppendI64(sb, <i64>(argcount - ndef));
    sbAppendLiteral(sb, ' to ');
    sbAppendI64(sb, <i64>argcount);
  } else {
    sbAppendI64(sb, <i64>argcount);
  }
  sbAppendLiteral(sb, ' positional argument');
  if (!(ndef == 0 && argcount == 1)) sbAppendChar(sb, 115);
  sbAppendLiteral(sb, ' but ');
  sbAppendI64(sb, <i64>given);
  if (kwGiven > 0) {
    sbAppendLiteral(sb, ' positional argument');
    if (given != 1) sbAppendChar(sb, 115);
    sbAppendLiteral(sb, ' (and ');
    sbAppendI64(sb, <i64>kwGiven);
    sbAppendLiteral(sb, ' keyword-only argument');
    if (kwGiven != 1) sbAppendChar(sb, 115);
    sbAppendLiteral(sb, ') were given');
  } else {
    sbAppendLiteral(sb, given == 1 ? ' was given' : ' were given');
  }
  excSetObjectStolen(excTypeError, sbFinish(sb));
  return -1;
}

/** The function type's CALL slot: calls func from outside the eval loop (a nested loop). */
export function vmCallFunction(func: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  // prev = the running frame, for frame walks only (FRAME_ENTRY ends the run at this frame)
  const caller = curFrame;
  const f = callPushFrame(func, args, nargs, kwnames, caller, FRAME_ENTRY);
  if (f == 0) return 0;
  const r = evalFrame(f, false);
  frameSetCurrent(caller);
  return r;
}

/** Runs a class body: func's code with `ns` (borrowed) as its namespace (LOAD_NAME/STORE_NAME).
 *  Returns what the body returns (the __class__ cell or None), 0 on error. */
export function vmRunClassBody(func: Ptr, ns: Ptr): Ptr {
  const caller = curFrame;
  const f = callPushFrame(func, 0, 0, 0, caller, FRAME_ENTRY);
  if (f == 0) return 0;
  store<Ptr>(f, newref(ns), FR_LOCALS);
  const r = evalFrame(f, false);
  frameSetCurrent(caller);
  return r;
}
