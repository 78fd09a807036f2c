// === The eval loop: one function, one dense switch over the opcode table ===
//
// evalFrame runs frames on the frame stack (vm/frame.ts) until the frame marked FRAME_ENTRY
// returns (its result), an exception leaves it (0, exception set), or — only when allowSuspend —
// the instruction budget runs out (SUSPENDED; vmResume continues with `suspendedFrame`).
// Python calls and returns switch frames inside the loop: no Wasm recursion per Python call.
//
// The loop keeps the running frame's state in locals: `ip` (address of the next instruction word),
// `sp` (address of the next free value-stack slot), `words` (the code's first word) and the
// consts/names item arrays. Invariant (Lua's Protect): before anything that can run Python code,
// raise, or switch frames, `saveState()`-equivalent stores put ip, sp and the current instruction's
// address (lasti) into the frame; after a frame switch everything is reloaded from the frame.
// Each case ends in `continue` (next instruction) or sets `action` and `break`s out of the switch:
// ACT_ERROR (an exception is set: add a traceback entry, unwind), ACT_UNWIND (unwind without a new
// traceback entry: re-raise), ACT_SWITCH (another frame became current: reload).
//
// Value-stack ownership: every slot below sp holds a new reference (or NULL where the opcode table
// says so); ops consume their inputs and push new references, exactly as the table's rows say.

import { importName, importFrom, importStar } from './import';
import { Ptr, wordsCopy, wordsZero } from '../common';
import { incref, decref, xdecref, newref, objDealloc, OB_TYPE } from '../object/header';
import {
  CO_NAMES, CO_CONSTS, CO_NLOCALSPLUS, CO_FASTARGC, CO_FRAMESIZE,
  CO_LOCALSPLUSNAMES, CO_VARARGS, CO_VARKEYWORDS, codeWords, codeExcTable, codeLineOf, codeKinds,
  KIND_FREE, CO_FLAGS, CO_ASYNC_GENERATOR,
} from '../object/code';
import {
  FR_PREV, FR_CODE, FR_FUNC, FR_GLOBALS, FR_BUILTINS, FR_LOCALS, FR_IP, FR_SP, FR_LASTI,
  FR_FLAGS, FR_HEADER, FRAME_ENTRY, FRAME_GEN, FRAME_INIT, framePush, framePop, frameSetCurrent,
} from './frame';
import {
  genType, genFromFrame, genSuspend, genFinish, genFinishError, genResumeFromLoop, genCheckExact,
  genFrameOf, genGetYieldFromIter, genGetAwaitable, iterSend, genResult,
  GR_RESUMED, GR_ERROR, PYGEN_NEXT, PYGEN_ERROR, genInSendLoop,
} from '../object/gen';
import { asyncGenWrap, asyncGetAIter, asyncGetANext, asyncBeforeWith } from '../object/asyncgen';
import { callPushFrame, callDropFrame, callCheckRecursion, callInitFrame, CALL_INIT_NONE } from './call';
import { functionType, FN_CODE, FN_GLOBALS, FN_BUILTINS, FN_CLOSURE } from '../object/func';
import { descrType } from '../object/cfunc';
import { cellNew, CELL_CONTENTS } from '../object/cell';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleType } from '../object/tuple';
import {
  listNew, listAppend, listType, listSize, listItemsAddr, listExtend, listIterType,
  listiter_next,
} from '../object/list';
import {
  dictNew, dictGetItemStr, dictSetItem, dictDelItem, dictGetItem, dictType, dictVersion,
  dictEntryValueIf, dictIndexOfStr,
} from '../object/dict';
import { intType, intValue, intFromI64, intFree } from '../object/int';
import { setBuildFromArray, setAddKey, setUpdateInternal } from '../object/set';
import { floatType, floatFromF64, floatFree } from '../object/float';
import { Py_None } from '../object/none';
import { Py_True, Py_False } from '../object/bool';
import { strType, strAppendInPlace, strFromLiteral } from '../object/str';
import { sliceNew } from '../object/slice';
import { rangeIterType, rangeiter_next } from '../object/range';
import {
  objGetAttr, objSetAttr, objGetItem, objSetItem, objDelItem, objRichCompare, objIsTrue,
  objGetIter, objCall, binaryOp, objNegative, objPositive, objInvert, objContains, objDictAddr, objLen,
} from '../object/abstract';
import { matchKeys, matchClass } from './match';
import { decrefFast } from '../object/numdecref';
import { attrLoad, attrStore, attrLoadMethod } from './attrcache';
import { typeFlags } from '../object/type';
import {
  SLOT_ITERNEXT, TPFLAGS_HEAPTYPE, TPFLAGS_SEQUENCE, TPFLAGS_MAPPING, TP_FLAGS, typeSlot,
} from '../object/typelayout';
import {
  excOccurred, excFormat, excSetString, excNoMemory, excAddTraceback, excFetch, excRestore, excTypeError,
  excMatches, excClear, excNameError, excUnboundLocalError, excSystemError, excStopIteration,
  excAssertionError, excKeyboardInterrupt, excHandled, excSetHandled, excSetAttrErrorContext,
  excStopAsyncIteration,
} from './exc';
import {
  evalDictUpdate, evalRaise, evalCheckExcMatch, evalUnpackSequence, evalUnpackEx,
  evalBuildString, evalFormatValue, evalCallFunctionEx, evalMakeFunction, evalLoadMethod,
  evalBeforeWith, evalWithExceptStart, evalSetupAnnotations, evalRareOp, evalImportName,
} from './evalslow';
import * as OP from '../opcodes.gen';
import { EVAL_BUDGET } from '../config';
import { excKeyError } from './exc';
import { descr_call } from '../object/cfunc';
import { methodType, ME_FUNC, ME_SELF } from '../object/method';
import { buildClassName } from '../builtins/buildclass';
import { gcPending } from '../gc/track';
import { gcCollectIfPending } from '../gc/collect';

/** evalFrame's result when the budget ran out (never a valid object address). */
@inline export const SUSPENDED: Ptr = 1;

/** Instructions (counted at backward jumps and calls) before the loop returns to the host. */
export let budget: i32 = EVAL_BUDGET;
let budgetPerSlice: i32 = EVAL_BUDGET;
export function evalSetBudget(n: i32): void { budgetPerSlice = n > 0 ? n : 1; budget = budgetPerSlice; budgetBeforeBreak = 0; }
/** Set by the host (vmInterrupt): the next budget check raises KeyboardInterrupt. */
let interruptRequested = false;
export function evalRequestInterrupt(): void { interruptRequested = true; budget = 0; }
/** What was left of the budget when evalRequestBreak zeroed it (0: no break pending). */
let budgetBeforeBreak: i32 = 0;
/** Makes the next budget check a safe point without ending the slice: the cycle collector
 *  (gc/track.ts) asks for one when a collection is due. Cold; the loop itself is unchanged. */
export function evalRequestBreak(): void {
  if (budget > 0) { budgetBeforeBreak = budget; budget = 0; }
}

/** The frame to continue after SUSPENDED. */
export let suspendedFrame: Ptr = 0;

@inline const ACT_ERROR: i32 = 1;
@inline const ACT_UNWIND: i32 = 2;
@inline const ACT_SWITCH: i32 = 3;
@inline const ACT_RETURN: i32 = 4;

/**
 * Runs frames starting with `frame` (freshly pushed, or the suspended one to resume). Returns the
 * result of the FRAME_ENTRY frame that ends the run (new reference), 0 with an exception set, or
 * SUSPENDED (only if allowSuspend).
 */
export function evalFrame(frame: Ptr, allowSuspend: bool): Ptr {
  let code: Ptr = 0, words: usize = 0, ip: usize = 0, sp: usize = 0, lasti: usize = 0;
  let consts: usize = 0, names: usize = 0, lp: usize = 0;
  let kwnames: Ptr = 0;
  let retval: Ptr = 0;

  while (true) {
    // (Re)load the state of the current frame.
    frameSetCurrent(frame);
    code = load<Ptr>(frame, FR_CODE);
    words = codeWords(code);
    ip = load<usize>(frame, FR_IP);
    sp = load<usize>(frame, FR_SP);
    consts = tupleItemsAddr(load<Ptr>(code, CO_CONSTS));
    names = tupleItemsAddr(load<Ptr>(code, CO_NAMES));
    lp = frame + FR_HEADER;
    let action: i32 = 0;

    while (true) {
      lasti = ip;
      const word = load<u32>(ip);
      const oparg = word >> 8;
      ip += 4;
      switch (word & 0xFF) {
        case OP.OP_NOP: continue;

        case OP.OP_POP_TOP: {
          sp -= 4;
          const v = load<Ptr>(sp);
          if (v) decrefFast(v);
          continue;
        }
        case OP.OP_PUSH_NULL: {
          store<Ptr>(sp, 0);
          sp += 4;
          // PUSH_NULL; LOAD_GLOBAL f starts most calls: a cache hit runs in this dispatch (a miss
          // is left to LOAD_GLOBAL itself, which knows how to fail).
          const next = load<u32>(ip);
          if ((next & 0xFF) == OP.OP_LOAD_GLOBAL) {
            const v = loadGlobalCached(frame, ip + 4, load<Ptr>(names + (<usize>(next >> 8) << 2)));
            if (v != 0) {
              incref(v);
              store<Ptr>(sp, v);
              sp += 4;
              ip += (1 + OP.OP_LOAD_GLOBAL_CACHE) << 2;
            }
          }
          continue;
        }
        case OP.OP_COPY: {
          const v = load<Ptr>(sp - (<usize>oparg << 2));
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_SWAP: {
          const a = sp - 4, b = sp - (<usize>oparg << 2);
          const t = load<Ptr>(a);
          store<Ptr>(a, load<Ptr>(b));
          store<Ptr>(b, t);
          continue;
        }

        case OP.OP_LOAD_CONST: {
          const v = load<Ptr>(consts + (<usize>oparg << 2));
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_LOAD_FAST: {
          const v = load<Ptr>(lp + (<usize>oparg << 2));
          if (v == 0) { raiseUnboundLocal(code, oparg); action = ACT_ERROR; break; }
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          // The commonest pairs (x + 1, f(a, b), a < b) run their second load in this dispatch:
          // one indirect branch instead of two. Nothing between them can fail or switch frames.
          const next = load<u32>(ip);
          const nop = next & 0xFF;
          if (nop == OP.OP_LOAD_CONST) {
            const c = load<Ptr>(consts + (<usize>(next >> 8) << 2));
            incref(c);
            store<Ptr>(sp, c);
            sp += 4;
            ip += 4;
          } else if (nop == OP.OP_LOAD_FAST) {
            const w = load<Ptr>(lp + (<usize>(next >> 8) << 2));
            if (w != 0) {
              incref(w);
              store<Ptr>(sp, w);
              sp += 4;
              ip += 4;
            }
          }
          continue;
        }
        case OP.OP_STORE_FAST: {
          sp -= 4;
          const slot = lp + (<usize>oparg << 2);
          const old = load<Ptr>(slot);
          store<Ptr>(slot, load<Ptr>(sp));
          if (old) {
            const rc = load<u32>(old) - 1;
            store<u32>(old, rc);
            if (rc == 0) {
              // decrefFast with saveState moved into the branch that can run code (ints and
              // floats die without running any). Kept as its own copy on purpose: a shared
              // helper returning "dealloc needed" made bench/intloop 1.08x slower (paired runs).
              const t = load<Ptr>(old, OB_TYPE);
              if (t == intType) intFree(old);
              else if (t == floatType) floatFree(old);
              else { saveState(frame, ip, sp, lasti); objDealloc(old); }
            }
          }
          continue;
        }
        case OP.OP_DELETE_FAST: {
          const slot = lp + (<usize>oparg << 2);
          const old = load<Ptr>(slot);
          if (old == 0) { raiseUnboundLocal(code, oparg); action = ACT_ERROR; break; }
          store<Ptr>(slot, 0);
          saveState(frame, ip, sp, lasti);
          decref(old);
          continue;
        }

        case OP.OP_LOAD_GLOBAL: {
          const name = load<Ptr>(names + (<usize>oparg << 2));
          const cache = ip;
          ip += OP.OP_LOAD_GLOBAL_CACHE << 2;
          const g = load<Ptr>(frame, FR_GLOBALS);
          let v = loadGlobalCached(frame, cache, name);
          if (v == 0) v = loadGlobalSlow(g, load<Ptr>(frame, FR_BUILTINS), name, cache);
          if (v == 0) { raiseNameNotDefined(name, g); action = ACT_ERROR; break; }
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_LOAD_NAME: {
          const name = load<Ptr>(names + (<usize>oparg << 2));
          const locals = load<Ptr>(frame, FR_LOCALS);
          let v: Ptr = 0;
          if (locals) {
            if (load<Ptr>(locals, OB_TYPE) == dictType) v = dictGetItemStr(locals, name);
            else {
              saveState(frame, ip, sp, lasti);
              v = objGetItem(locals, name);
              if (v == 0) { if (!excMatches(excKeyError)) { action = ACT_ERROR; break; } excClear(); }
              else { store<Ptr>(sp, v); sp += 4; continue; }
            }
          }
          if (v == 0) v = dictGetItemStr(load<Ptr>(frame, FR_GLOBALS), name);
          if (v == 0) v = dictGetItemStr(load<Ptr>(frame, FR_BUILTINS), name);
          if (v == 0) { raiseNameNotDefined(name, load<Ptr>(frame, FR_GLOBALS)); action = ACT_ERROR; break; }
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_STORE_GLOBAL:
        case OP.OP_STORE_NAME: {
          sp -= 4;
          const v = load<Ptr>(sp);
          saveState(frame, ip, sp, lasti);
          const d = load<Ptr>(frame + ((word & 0xFF) == OP.OP_STORE_GLOBAL ? FR_GLOBALS : FR_LOCALS));
          const name = load<Ptr>(names + (<usize>oparg << 2));
          const r = load<Ptr>(d, OB_TYPE) == dictType ? dictSetItem(d, name, v) : objSetItem(d, name, v);
          decref(v);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_DELETE_GLOBAL:
        case OP.OP_DELETE_NAME: {
          saveState(frame, ip, sp, lasti);
          const d = load<Ptr>(frame + ((word & 0xFF) == OP.OP_DELETE_GLOBAL ? FR_GLOBALS : FR_LOCALS));
          const name = load<Ptr>(names + (<usize>oparg << 2));
          if (objDelItem(d, name) < 0) {
            excClear();
            raiseNameNotDefined(name, load<Ptr>(frame, FR_GLOBALS));
            action = ACT_ERROR; break;
          }
          continue;
        }

        case OP.OP_MAKE_CELL: {
          const slot = lp + (<usize>oparg << 2);
          const c = cellNew(load<Ptr>(slot));
          if (c == 0) { excNoMemory(); action = ACT_ERROR; break; }
          xdecref(load<Ptr>(slot));
          store<Ptr>(slot, c);
          continue;
        }
        case OP.OP_COPY_FREE_VARS: {
          const closure = load<Ptr>(load<Ptr>(frame, FR_FUNC), FN_CLOSURE);
          const n = load<u32>(code, CO_NLOCALSPLUS);
          const first = lp + (<usize>(n - oparg) << 2);
          for (let i: u32 = 0; i < oparg; i++) {
            const c = tupleItem(closure, <i32>i);
            incref(c);
            store<Ptr>(first + (<usize>i << 2), c);
          }
          continue;
        }
        case OP.OP_LOAD_CLOSURE: {
          const c = load<Ptr>(lp + (<usize>oparg << 2));
          incref(c);
          store<Ptr>(sp, c);
          sp += 4;
          continue;
        }
        case OP.OP_LOAD_DEREF: {
          const v = load<Ptr>(load<Ptr>(lp + (<usize>oparg << 2)), CELL_CONTENTS);
          if (v == 0) { raiseUnboundDeref(code, oparg); action = ACT_ERROR; break; }
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_LOAD_CLASSDEREF: {
          const name = tupleItem(load<Ptr>(code, CO_LOCALSPLUSNAMES), <i32>oparg);
          const locals = load<Ptr>(frame, FR_LOCALS);
          let v: Ptr = 0;
          if (load<Ptr>(locals, OB_TYPE) == dictType) v = dictGetItemStr(locals, name);
          else {
            // a class body's namespace from __prepare__: any mapping
            saveState(frame, ip, sp, lasti);
            v = objGetItem(locals, name);
            if (v == 0) { if (!excMatches(excKeyError)) { action = ACT_ERROR; break; } excClear(); }
            else { store<Ptr>(sp, v); sp += 4; continue; }
          }
          if (v == 0) {
            v = load<Ptr>(load<Ptr>(lp + (<usize>oparg << 2)), CELL_CONTENTS);
            if (v == 0) { raiseUnboundDeref(code, oparg); action = ACT_ERROR; break; }
          }
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_STORE_DEREF: {
          sp -= 4;
          const cell = load<Ptr>(lp + (<usize>oparg << 2));
          const old = load<Ptr>(cell, CELL_CONTENTS);
          store<Ptr>(cell, load<Ptr>(sp), CELL_CONTENTS);
          if (old) { saveState(frame, ip, sp, lasti); decref(old); }
          continue;
        }
        case OP.OP_DELETE_DEREF: {
          const cell = load<Ptr>(lp + (<usize>oparg << 2));
          const old = load<Ptr>(cell, CELL_CONTENTS);
          if (old == 0) { raiseUnboundDeref(code, oparg); action = ACT_ERROR; break; }
          store<Ptr>(cell, 0, CELL_CONTENTS);
          saveState(frame, ip, sp, lasti);
          decref(old);
          continue;
        }

        // The attribute ops keep their inline caches in vm/attrcache.ts, out of this function:
        // their code inline here made V8 compile the whole loop worse (bench/fib 1.3x slower).
        case OP.OP_LOAD_ATTR: {
          const cache = ip;
          ip += OP.OP_LOAD_ATTR_CACHE << 2;
          saveState(frame, ip, sp, lasti);
          if (!attrLoad(cache, sp - 4, load<Ptr>(names + (<usize>oparg << 2)))) { sp -= 4; action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_STORE_ATTR: {
          const cache = ip;
          ip += OP.OP_STORE_ATTR_CACHE << 2;
          sp -= 8;
          saveState(frame, ip, sp, lasti);
          if (!attrStore(cache, sp, load<Ptr>(names + (<usize>oparg << 2)))) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_DELETE_ATTR: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const owner = load<Ptr>(sp);
          const r = objSetAttr(owner, load<Ptr>(names + (<usize>oparg << 2)), 0);
          decref(owner);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_LOAD_METHOD: {
          const cache = ip;
          ip += OP.OP_LOAD_METHOD_CACHE << 2;
          saveState(frame, ip, sp, lasti);
          // owner -- meth owner | NULL attr
          if (!attrLoadMethod(cache, sp - 4, load<Ptr>(names + (<usize>oparg << 2)))) { sp -= 4; action = ACT_ERROR; break; }
          sp += 4;
          continue;
        }

        case OP.OP_BINARY_SUBSCR: {
          ip += OP.OP_BINARY_SUBSCR_CACHE << 2;
          sp -= 4;
          const key = load<Ptr>(sp), container = load<Ptr>(sp - 4);
          let v: Ptr = 0;
          const ct = load<Ptr>(container, OB_TYPE);
          if (load<Ptr>(key, OB_TYPE) == intType) {
            if (ct == listType) {
              let i = intValue(key);
              const n = <i64>listSize(container);
              if (i < 0) i += n;
              if (i >= 0 && i < n) v = newref(load<Ptr>(listItemsAddr(container) + (<usize>i << 2)));
            } else if (ct == tupleType) {
              let i = intValue(key);
              const n = <i64>tupleSize(container);
              if (i < 0) i += n;
              if (i >= 0 && i < n) v = newref(load<Ptr>(tupleItemsAddr(container) + (<usize>i << 2)));
            }
          }
          if (v == 0 && ct == dictType) {
            // a hit needs no exception machinery; a miss (KeyError, __missing__) takes the slot
            const kt = load<Ptr>(key, OB_TYPE);
            if (kt == strType || kt == intType) {
              v = dictGetItem(container, key);
              if (v != 0) incref(v);
            }
          }
          if (v == 0) {
            saveState(frame, ip, sp, lasti);
            v = objGetItem(container, key);
          }
          decref(key);
          decref(container);
          if (v == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, v);
          continue;
        }
        case OP.OP_STORE_SUBSCR: {
          ip += OP.OP_STORE_SUBSCR_CACHE << 2;
          sp -= 12;
          const v = load<Ptr>(sp), container = load<Ptr>(sp + 4), key = load<Ptr>(sp + 8);
          if (load<Ptr>(container, OB_TYPE) == listType && load<Ptr>(key, OB_TYPE) == intType) {
            let i = intValue(key);
            const n = <i64>listSize(container);
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
              const slot = listItemsAddr(container) + (<usize>i << 2);
              const old = load<Ptr>(slot);
              store<Ptr>(slot, v); // the stack's reference moves into the list
              saveState(frame, ip, sp, lasti);
              decrefFast(old);
              decrefFast(container);
              decrefFast(key);
              continue;
            }
          }
          saveState(frame, ip, sp, lasti);
          const r = objSetItem(container, key, v);
          decref(v); decref(container); decref(key);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_DELETE_SUBSCR: {
          sp -= 8;
          saveState(frame, ip, sp, lasti);
          const container = load<Ptr>(sp), key = load<Ptr>(sp + 4);
          const r = objDelItem(container, key);
          decref(container); decref(key);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_BUILD_SLICE: {
          sp -= <usize>oparg << 2;
          const step = oparg == 3 ? load<Ptr>(sp + 8) : Py_None;
          const s = sliceNew(load<Ptr>(sp), load<Ptr>(sp + 4), step);
          decref(load<Ptr>(sp)); decref(load<Ptr>(sp + 4));
          if (oparg == 3) decref(step);
          if (s == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, s);
          sp += 4;
          continue;
        }

        case OP.OP_UNARY_POSITIVE:
        case OP.OP_UNARY_NEGATIVE:
        case OP.OP_UNARY_INVERT: {
          saveState(frame, ip, sp, lasti);
          const v = load<Ptr>(sp - 4);
          const op = word & 0xFF;
          const r = op == OP.OP_UNARY_NEGATIVE ? objNegative(v) : op == OP.OP_UNARY_POSITIVE ? objPositive(v) : objInvert(v);
          decref(v);
          if (r == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, r);
          continue;
        }
        case OP.OP_UNARY_NOT: {
          const v = load<Ptr>(sp - 4);
          saveState(frame, ip, sp, lasti);
          const t = objIsTrue(v);
          decref(v);
          if (t < 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, newref(t ? Py_False : Py_True));
          continue;
        }

        case OP.OP_BINARY_OP: {
          ip += OP.OP_BINARY_OP_CACHE << 2;
          sp -= 4;
          const b = load<Ptr>(sp), a = load<Ptr>(sp - 4);
          let r: Ptr = 0;
          const ta = load<Ptr>(a, OB_TYPE), tb = load<Ptr>(b, OB_TYPE);
          if (ta == intType && tb == intType) r = intBinaryFast(intValue(a), intValue(b), oparg);
          else if (ta == floatType || tb == floatType) r = floatBinaryFast(a, b, oparg);
          else if (ta == strType && tb == strType && (oparg == OP.NB_ADD || oparg == OP.NB_INPLACE_ADD)
                   && load<u32>(a) == 2 && evalUnbindForAppend(a, frame, ip, lp, names)) {
            // `s = s + t` / `s += t` with s held only by the stack and the variable about to be
            // rebound: the variable was unbound, so a grows in place (linear string building).
            saveState(frame, ip, sp, lasti);
            r = strAppendInPlace(a, b);
            decref(b);
            if (r == 0) { sp -= 4; action = ACT_ERROR; break; }
            store<Ptr>(sp - 4, r);
            continue;
          }
          if (r == 0) {
            saveState(frame, ip, sp, lasti);
            r = binaryOp(a, b, <i32>oparg);
          }
          decrefFast(a);
          decrefFast(b);
          if (r == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, r);
          continue;
        }
        case OP.OP_COMPARE_OP: {
          ip += OP.OP_COMPARE_OP_CACHE << 2;
          sp -= 4;
          const b = load<Ptr>(sp), a = load<Ptr>(sp - 4);
          let r: Ptr = 0;
          if (load<Ptr>(a, OB_TYPE) == intType && load<Ptr>(b, OB_TYPE) == intType
              && intValue(a) != i64.MIN_VALUE && intValue(b) != i64.MIN_VALUE) { // both compact
            const res = intCompareFast(intValue(a), intValue(b), oparg);
            decrefFast(a);
            decrefFast(b);
            // Fused with a following conditional jump (CPython 3.11's COMPARE_OP_INT_JUMP): no
            // bool is pushed and popped.
            const next = load<u32>(ip);
            const nop = next & 0xFF;
            if (nop == OP.OP_POP_JUMP_IF_FALSE || nop == OP.OP_POP_JUMP_IF_TRUE) {
              sp -= 4;
              ip += 4;
              if (res == (nop == OP.OP_POP_JUMP_IF_TRUE)) ip = words + (<usize>(next >> 8) << 2);
              continue;
            }
            r = res ? Py_True : Py_False;
            incref(r);
            store<Ptr>(sp - 4, r);
            continue;
          }
          if (load<Ptr>(a, OB_TYPE) == floatType && load<Ptr>(b, OB_TYPE) == floatType) {
            const res = floatCompareFast(load<f64>(a, 8), load<f64>(b, 8), oparg);
            decrefFast(a);
            decrefFast(b);
            r = res ? Py_True : Py_False;
            incref(r);
            store<Ptr>(sp - 4, r);
            continue;
          }
          saveState(frame, ip, sp, lasti);
          r = objRichCompare(a, b, <i32>oparg);
          decrefFast(a);
          decrefFast(b);
          if (r == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, r);
          continue;
        }
        case OP.OP_IS_OP: {
          sp -= 4;
          const b = load<Ptr>(sp), a = load<Ptr>(sp - 4);
          const res = (a == b) != (oparg != 0);
          saveState(frame, ip, sp, lasti);
          decref(a);
          decref(b);
          store<Ptr>(sp - 4, newref(res ? Py_True : Py_False));
          continue;
        }
        case OP.OP_CONTAINS_OP: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const container = load<Ptr>(sp), item = load<Ptr>(sp - 4);
          const r = objContains(container, item);
          decref(container);
          decref(item);
          if (r < 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, newref((r != 0) != (oparg != 0) ? Py_True : Py_False));
          continue;
        }

        // ---- pattern matching (vm/match.ts) ----
        case OP.OP_MATCH_MAPPING:
        case OP.OP_MATCH_SEQUENCE: {
          const want = (word & 0xFF) == OP.OP_MATCH_MAPPING ? TPFLAGS_MAPPING : TPFLAGS_SEQUENCE;
          const flags = load<u32>(load<Ptr>(load<Ptr>(sp - 4), OB_TYPE), TP_FLAGS);
          store<Ptr>(sp, newref((flags & want) != 0 ? Py_True : Py_False));
          sp += 4;
          continue;
        }
        case OP.OP_GET_LEN: {
          saveState(frame, ip, sp, lasti);
          const n = objLen(load<Ptr>(sp - 4));
          const r: Ptr = n < 0 ? 0 : intFromI64(n);
          if (r == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, r);
          sp += 4;
          continue;
        }
        case OP.OP_MATCH_KEYS: {
          saveState(frame, ip, sp, lasti);
          const r = matchKeys(load<Ptr>(sp - 8), load<Ptr>(sp - 4));
          if (r == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, r);
          sp += 4;
          continue;
        }
        case OP.OP_MATCH_CLASS: {
          // subject cls kwnames -- attrs|None; on an error the subject stays, as in CPython.
          sp -= 8;
          saveState(frame, ip, sp, lasti);
          const subject = load<Ptr>(sp - 4), cls = load<Ptr>(sp), kw = load<Ptr>(sp + 4);
          const r = matchClass(subject, cls, <i32>oparg, kw);
          decref(kw);
          decref(cls);
          if (r == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, r);
          decref(subject);
          continue;
        }

        case OP.OP_BUILD_TUPLE: {
          const t = tupleNew(<i32>oparg);
          if (t == 0) { action = ACT_ERROR; break; }
          sp -= <usize>oparg << 2;
          wordsCopy(tupleItemsAddr(t), sp, <usize>oparg);
          store<Ptr>(sp, t);
          sp += 4;
          continue;
        }
        case OP.OP_BUILD_LIST: {
          const l = listNew(<i32>oparg);
          if (l == 0) { action = ACT_ERROR; break; }
          sp -= <usize>oparg << 2;
          wordsCopy(listItemsAddr(l), sp, <usize>oparg);
          store<Ptr>(sp, l);
          sp += 4;
          continue;
        }
        case OP.OP_BUILD_MAP: {
          saveState(frame, ip, sp, lasti);
          const d = dictNew();
          if (d == 0) { action = ACT_ERROR; break; }
          sp -= <usize>oparg << 3;
          let failed = false;
          for (let i: usize = 0; i < <usize>oparg; i++) {
            const k = load<Ptr>(sp + (i << 3)), v = load<Ptr>(sp + (i << 3) + 4);
            if (!failed && dictSetItem(d, k, v) < 0) failed = true;
            decref(k);
            decref(v);
          }
          if (failed) { decref(d); action = ACT_ERROR; break; }
          store<Ptr>(sp, d);
          sp += 4;
          continue;
        }
        case OP.OP_BUILD_CONST_KEY_MAP: {
          saveState(frame, ip, sp, lasti);
          const d = dictNew();
          if (d == 0) { action = ACT_ERROR; break; }
          sp -= 4;
          const keys = load<Ptr>(sp);
          sp -= <usize>oparg << 2;
          let failed = false;
          for (let i: i32 = 0; i < <i32>oparg; i++) {
            const v = load<Ptr>(sp + (<usize>i << 2));
            if (!failed && dictSetItem(d, tupleItem(keys, i), v) < 0) failed = true;
            decref(v);
          }
          decref(keys);
          if (failed) { decref(d); action = ACT_ERROR; break; }
          store<Ptr>(sp, d);
          sp += 4;
          continue;
        }
        case OP.OP_BUILD_STRING: {
          saveState(frame, ip, sp, lasti);
          sp -= <usize>oparg << 2;
          const s = evalBuildString(sp, <i32>oparg);
          if (s == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, s);
          sp += 4;
          continue;
        }
        case OP.OP_LIST_APPEND: {
          sp -= 4;
          const v = load<Ptr>(sp);
          const r = listAppend(load<Ptr>(sp - (<usize>oparg << 2)), v);
          decref(v);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_LIST_EXTEND: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const v = load<Ptr>(sp);
          const r = listExtend(load<Ptr>(sp - (<usize>oparg << 2)), v);
          decref(v);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_MAP_ADD: {
          sp -= 8;
          saveState(frame, ip, sp, lasti);
          const k = load<Ptr>(sp), v = load<Ptr>(sp + 4);
          const r = dictSetItem(load<Ptr>(sp - (<usize>oparg << 2)), k, v);
          decref(k);
          decref(v);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_DICT_UPDATE:
        case OP.OP_DICT_MERGE: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const m = load<Ptr>(sp);
          const r = evalDictUpdate(load<Ptr>(sp - (<usize>oparg << 2)), m,
            (word & 0xFF) == OP.OP_DICT_MERGE ? load<Ptr>(sp - (<usize>(oparg + 2) << 2)) : 0);
          decref(m);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_BUILD_SET: {
          saveState(frame, ip, sp, lasti);
          sp -= <usize>oparg << 2;
          const s = setBuildFromArray(sp, <i32>oparg);
          if (s == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, s);
          sp += 4;
          continue;
        }
        case OP.OP_SET_ADD:
        case OP.OP_SET_UPDATE: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const v = load<Ptr>(sp);
          const so = load<Ptr>(sp - (<usize>oparg << 2));
          const r = (word & 0xFF) == OP.OP_SET_ADD ? setAddKey(so, v) : setUpdateInternal(so, v);
          decref(v);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_LIST_TO_TUPLE: {
          const l = load<Ptr>(sp - 4);
          const n = listSize(l);
          const t = tupleNew(n);
          if (t == 0) { action = ACT_ERROR; break; }
          for (let i: i32 = 0; i < n; i++) {
            store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), newref(load<Ptr>(listItemsAddr(l) + (<usize>i << 2))));
          }
          decref(l);
          store<Ptr>(sp - 4, t);
          continue;
        }
        case OP.OP_FORMAT_VALUE: {
          saveState(frame, ip, sp, lasti);
          const hasSpec = (oparg & OP.FV_HAVE_SPEC) != 0;
          const spec = hasSpec ? load<Ptr>(sp - 4) : 0;
          if (hasSpec) sp -= 4;
          const v = load<Ptr>(sp - 4);
          const s = evalFormatValue(v, oparg & OP.FV_MASK, spec);
          decref(v);
          if (spec) decref(spec);
          if (s == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, s);
          continue;
        }
        case OP.OP_UNPACK_SEQUENCE: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const seq = load<Ptr>(sp);
          const ok = evalUnpackSequence(seq, <i32>oparg, sp);
          decref(seq);
          if (!ok) { action = ACT_ERROR; break; }
          sp += <usize>oparg << 2;
          continue;
        }
        case OP.OP_UNPACK_EX: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const seq = load<Ptr>(sp);
          const before = <i32>(oparg & 0xFF), after = <i32>(oparg >> 8);
          const ok = evalUnpackEx(seq, before, after, sp);
          decref(seq);
          if (!ok) { action = ACT_ERROR; break; }
          sp += <usize>(before + after + 1) << 2;
          continue;
        }

        case OP.OP_JUMP_FORWARD: {
          ip = words + (<usize>oparg << 2);
          continue;
        }
        case OP.OP_JUMP_BACKWARD: {
          ip = words + (<usize>oparg << 2);
          if (--budget <= 0) {
            store<usize>(frame, ip, FR_IP);
            store<usize>(frame, sp, FR_SP);
            store<usize>(frame, lasti, FR_LASTI);
            const b = evalBudgetExhausted();
            if (b == BUDGET_ERROR) { action = ACT_ERROR; break; }
            if (b == BUDGET_SLICE_END && allowSuspend) { suspendedFrame = frame; return SUSPENDED; }
          }
          continue;
        }
        case OP.OP_POP_JUMP_IF_FALSE:
        case OP.OP_POP_JUMP_IF_TRUE: {
          sp -= 4;
          const v = load<Ptr>(sp);
          let t: i32;
          if (v == Py_True || v == Py_False) {
            t = v == Py_True ? 1 : 0;
            store<u32>(v, load<u32>(v) - 1); // a bool never dies: no dealloc check needed
          } else {
            saveState(frame, ip, sp, lasti);
            t = objIsTrue(v);
            decref(v);
            if (t < 0) { action = ACT_ERROR; break; }
          }
          if ((t != 0) == ((word & 0xFF) == OP.OP_POP_JUMP_IF_TRUE)) ip = words + (<usize>oparg << 2);
          continue;
        }
        case OP.OP_POP_JUMP_IF_NONE:
        case OP.OP_POP_JUMP_IF_NOT_NONE: {
          sp -= 4;
          const v = load<Ptr>(sp);
          if ((v == Py_None) == ((word & 0xFF) == OP.OP_POP_JUMP_IF_NONE)) ip = words + (<usize>oparg << 2);
          saveState(frame, ip, sp, lasti);
          decref(v);
          continue;
        }
        case OP.OP_JUMP_IF_FALSE_OR_POP:
        case OP.OP_JUMP_IF_TRUE_OR_POP: {
          const v = load<Ptr>(sp - 4);
          saveState(frame, ip, sp, lasti);
          const t = objIsTrue(v);
          if (t < 0) { action = ACT_ERROR; break; }
          if ((t != 0) == ((word & 0xFF) == OP.OP_JUMP_IF_TRUE_OR_POP)) {
            ip = words + (<usize>oparg << 2);
          } else {
            sp -= 4;
            decref(v);
          }
          continue;
        }
        case OP.OP_GET_ITER: {
          saveState(frame, ip, sp, lasti);
          const v = load<Ptr>(sp - 4);
          const it = objGetIter(v);
          decref(v);
          if (it == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, it);
          continue;
        }
        case OP.OP_FOR_ITER: {
          ip += OP.OP_FOR_ITER_CACHE << 2;
          saveState(frame, ip, sp, lasti);
          const it = load<Ptr>(sp - 4);
          const itype = load<Ptr>(it, OB_TYPE);
          // the two commonest iterators run inline, a generator's frame is switched to in this
          // loop, the rest go through their slot
          let next: Ptr;
          if (itype == rangeIterType) next = rangeiter_next(it);
          else if (itype == listIterType) next = listiter_next(it);
          else if (itype == genType) {
            const st = genResumeFromLoop(it, 0, frame);
            if (st == GR_RESUMED) { frame = genFrameOf(it); action = ACT_SWITCH; break; }
            if (st == GR_ERROR) { action = ACT_ERROR; break; }
            next = 0; // it had finished
          } else next = call_indirect<Ptr>(typeSlot(itype, SLOT_ITERNEXT), it);
          if (next) {
            store<Ptr>(sp, next);
            sp += 4;
            continue;
          }
          if (excOccurred()) {
            if (!excMatches(excStopIteration)) { action = ACT_ERROR; break; }
            excClear();
          }
          sp -= 4;
          decref(it);
          ip = words + (<usize>oparg << 2);
          continue;
        }

        case OP.OP_RETURN_VALUE: {
          sp -= 4;
          retval = load<Ptr>(sp);
          const caller = load<Ptr>(frame, FR_PREV);
          if (caller != 0 && (load<u32>(frame, FR_FLAGS) & (FRAME_ENTRY | FRAME_GEN | FRAME_INIT)) == 0 && load<Ptr>(frame, FR_LOCALS) == 0) {
            // Fast return to a caller in this loop: release the locals (the value stack is
            // empty at a return), the function, and the frame. The caller is current first:
            // finalizers the release runs see it, not the frame going away (CPython 3.11.7).
            frameSetCurrent(caller);
            store<usize>(frame, sp, FR_SP);
            const n = <usize>load<u32>(code, CO_NLOCALSPLUS);
            for (let i: usize = 0; i < n; i++) {
              const x = load<Ptr>(lp + (i << 2));
              if (x) decrefFast(x);
            }
            decref(load<Ptr>(frame, FR_FUNC));
            framePop(frame);
            // Resume the caller without leaving the inner loop (the outer loop's reload, done
            // here because return chains are the hottest frame switch of recursive code; the
            // caller's stored sp goes stale until its next saveState, as for any running frame).
            frame = caller;
            code = load<Ptr>(frame, FR_CODE);
            words = codeWords(code);
            ip = load<usize>(frame, FR_IP);
            sp = load<usize>(frame, FR_SP);
            store<Ptr>(sp, retval);
            sp += 4;
            consts = tupleItemsAddr(load<Ptr>(code, CO_CONSTS));
            names = tupleItemsAddr(load<Ptr>(code, CO_NAMES));
            lp = frame + FR_HEADER;
            continue;
          }
          store<usize>(frame, sp, FR_SP);
          store<usize>(frame, lasti, FR_LASTI); // a frame object keeps the line it returned at
          action = ACT_RETURN;
          break;
        }
        case OP.OP_BEFORE_WITH: {
          saveState(frame, ip, sp, lasti);
          if (!evalBeforeWith(sp - 4)) { sp -= 4; action = ACT_ERROR; break; }
          sp += 4;
          continue;
        }
        case OP.OP_WITH_EXCEPT_START: {
          saveState(frame, ip, sp, lasti);
          const r = evalWithExceptStart(sp);
          if (r == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, r);
          sp += 4;
          continue;
        }
        case OP.OP_SETUP_ANNOTATIONS: {
          saveState(frame, ip, sp, lasti);
          if (!evalSetupAnnotations(load<Ptr>(frame, FR_LOCALS))) { action = ACT_ERROR; break; }
          continue;
        }
        case OP.OP_LOAD_BUILD_CLASS: {
          const v = dictGetItemStr(load<Ptr>(frame, FR_BUILTINS), buildClassName);
          if (v == 0) {
            saveState(frame, ip, sp, lasti);
            excSetString(excNameError, '__build_class__ not found');
            action = ACT_ERROR; break;
          }
          incref(v);
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_KW_NAMES: {
          kwnames = load<Ptr>(consts + (<usize>oparg << 2));
          continue;
        }
        case OP.OP_CALL: {
          ip += OP.OP_CALL_CACHE << 2;
          const kw = kwnames;
          kwnames = 0;
          const base = sp - (<usize>(oparg + 2) << 2);
          let callable = load<Ptr>(base);
          let args = base + 4;
          let nargs = <i32>oparg + 1;
          if (callable == 0) {
            callable = load<Ptr>(base + 4);
            args = base + 8;
            nargs = <i32>oparg;
          }
          let ctype = load<Ptr>(callable, OB_TYPE);
          if (ctype == methodType && args == base + 8) {
            // A bound method called as `obj.m(...)` after LOAD_ATTR: unpack it into the
            // LOAD_METHOD layout (func self args) so a Python function runs inline.
            const m = callable;
            callable = load<Ptr>(m, ME_FUNC);
            const mself = load<Ptr>(m, ME_SELF);
            incref(callable);
            incref(mself);
            store<Ptr>(base, callable);
            store<Ptr>(base + 4, mself);
            decref(m); // func and self are held by the stack now: frees no Python object
            args = base + 4;
            nargs++;
            ctype = load<Ptr>(callable, OB_TYPE);
          }
          if (ctype == functionType) {
            const fcode = load<Ptr>(callable, FN_CODE);
            store<usize>(frame, ip, FR_IP);
            store<usize>(frame, lasti, FR_LASTI);
            if (kw == 0 && <u32>nargs == load<u32>(fcode, CO_FASTARGC)) {
              // Fast path: the arguments move from our stack into the callee's slots.
              if (callCheckRecursion()) { store<usize>(frame, sp, FR_SP); action = ACT_ERROR; break; }
              const nf = framePush(<usize>load<u32>(fcode, CO_FRAMESIZE), 0);
              if (nf == 0) { store<usize>(frame, sp, FR_SP); excNoMemory(); action = ACT_ERROR; break; }
              // header: every field stored (FR_LOCALS and FR_FLAGS 0); the callee's ip/sp/lasti
              // live in the loop's locals from here and reach the frame at its next saveState
              store<Ptr>(nf, frame, FR_PREV);
              store<Ptr>(nf, fcode, FR_CODE);
              store<Ptr>(nf, callable, FR_FUNC); // the stack's reference moves to the frame
              store<Ptr>(nf, load<Ptr>(callable, FN_GLOBALS), FR_GLOBALS);
              store<Ptr>(nf, load<Ptr>(callable, FN_BUILTINS), FR_BUILTINS);
              store<Ptr>(nf, 0, FR_LOCALS);
              store<u32>(nf, 0, FR_FLAGS);
              const nlp = <usize>load<u32>(fcode, CO_NLOCALSPLUS);
              wordsCopy(nf + FR_HEADER, args, <usize>nargs);
              wordsZero(nf + FR_HEADER + (<usize>nargs << 2), nlp - <usize>nargs);
              store<usize>(frame, base, FR_SP);
              // Enter the callee without leaving the inner loop (see RETURN_VALUE's fast path).
              frame = nf;
              frameSetCurrent(nf);
              code = fcode;
              words = codeWords(fcode);
              ip = words;
              lp = nf + FR_HEADER;
              sp = lp + (nlp << 2);
              consts = tupleItemsAddr(load<Ptr>(fcode, CO_CONSTS));
              names = tupleItemsAddr(load<Ptr>(fcode, CO_NAMES));
              if (--budget <= 0) {
                saveState(frame, ip, sp, ip);
                const b = evalBudgetExhausted();
                if (b == BUDGET_ERROR) { lasti = ip; action = ACT_ERROR; break; }
                if (b == BUDGET_SLICE_END && allowSuspend) { suspendedFrame = frame; return SUSPENDED; }
              }
              continue;
            } else {
              store<usize>(frame, sp, FR_SP);
              const nf = callPushFrame(callable, args, nargs, kw, frame, 0);
              if (nf == 0) { action = ACT_ERROR; break; }
              // The frame copied the arguments: drop the stack's references.
              for (let p = args; p < sp; p += 4) decref(load<Ptr>(p));
              decref(callable);
              store<usize>(frame, base, FR_SP);
              frame = nf;
            }
            if (--budget <= 0) {
              const b = evalBudgetExhausted();
              if (b == BUDGET_ERROR) { action = ACT_ERROR; break; }
              if (b == BUDGET_SLICE_END && allowSuspend) { suspendedFrame = frame; return SUSPENDED; }
            }
            action = ACT_SWITCH;
            break;
          }
          saveState(frame, ip, sp, lasti);
          if (kw == 0 && args == base + 8) {
            // a class with a Python __init__: the instance goes where the NULL was, __init__
            // runs as a frame of this loop, and its return leaves the instance as the result
            const nf = callInitFrame(callable, ctype, args, nargs, frame, base);
            if (nf != CALL_INIT_NONE) {
              if (nf == 0) { action = ACT_ERROR; break; }
              store<usize>(frame, base + 4, FR_SP);
              frame = nf;
              if (--budget <= 0) {
                const b = evalBudgetExhausted();
                if (b == BUDGET_ERROR) { action = ACT_ERROR; break; }
                if (b == BUDGET_SLICE_END && allowSuspend) { suspendedFrame = frame; return SUSPENDED; }
              }
              action = ACT_SWITCH;
              break;
            }
          }
          let r: Ptr;
          if (ctype == descrType && nargs > 0) {
            r = descr_call(callable, args, nargs, kw); // self is args[0]
          } else {
            r = objCall(callable, args, nargs, kw);
          }
          for (let p = args; p < sp; p += 4) decref(load<Ptr>(p));
          decref(callable);
          sp = base;
          if (r == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, r);
          sp += 4;
          continue;
        }
        case OP.OP_CALL_FUNCTION_EX: {
          saveState(frame, ip, sp, lasti);
          const hasKw = (oparg & OP.CFE_KWARGS) != 0;
          const n: usize = hasKw ? 4 : 3;
          sp -= n << 2;
          // a Python callee comes back as a pushed frame (at exFrame), run inline as CALL's
          const exFrame = memory.data(4);
          store<Ptr>(exFrame, 0);
          const r = evalCallFunctionEx(load<Ptr>(sp + 4), load<Ptr>(sp + 8), hasKw ? load<Ptr>(sp + 12) : 0, frame, exFrame);
          for (let i: usize = 0; i < n; i++) xdecref(load<Ptr>(sp + (i << 2)));
          const nf = load<Ptr>(exFrame);
          if (nf != 0) {
            store<usize>(frame, sp, FR_SP); // the callee's result lands where its callable was
            frame = nf;
            if (--budget <= 0) {
              const b = evalBudgetExhausted();
              if (b == BUDGET_ERROR) { action = ACT_ERROR; break; }
              if (b == BUDGET_SLICE_END && allowSuspend) { suspendedFrame = frame; return SUSPENDED; }
            }
            action = ACT_SWITCH;
            break;
          }
          if (r == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, r);
          sp += 4;
          continue;
        }
        case OP.OP_MAKE_FUNCTION: {
          saveState(frame, ip, sp, lasti);
          let nitems: usize = 1;
          for (let bit: u32 = 1; bit <= 8; bit <<= 1) if (oparg & bit) nitems++;
          sp -= nitems << 2;
          const f = evalMakeFunction(sp, oparg, frame);
          if (f == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, f);
          sp += 4;
          continue;
        }

        case OP.OP_RAISE_VARARGS: {
          sp -= <usize>oparg << 2;
          saveState(frame, ip, sp, lasti);
          const exc = oparg >= 1 ? load<Ptr>(sp) : 0;
          const cause = oparg == 2 ? load<Ptr>(sp + 4) : 0;
          // consumes exc and cause; returns true for a bare `raise` (no new traceback entry)
          action = evalRaise(exc, cause) ? ACT_UNWIND : ACT_ERROR;
          break;
        }
        case OP.OP_RERAISE: {
          // The handler search goes on from this instruction (CPython's exception_unwind uses
          // the current offset); the lasti saved below the exception (oparg 1) only matters for
          // frame introspection, which reads it from there, so the loop need not move lasti.
          sp -= 4;
          excRestore(load<Ptr>(sp));
          action = ACT_UNWIND;
          break;
        }
        case OP.OP_PUSH_EXC_INFO: {
          const exc = load<Ptr>(sp - 4);
          const prev = excHandled;
          store<Ptr>(sp - 4, prev ? prev : newref(Py_None)); // the global's reference moves here
          store<Ptr>(sp, exc);
          sp += 4;
          incref(exc);
          excSetHandled(exc);
          continue;
        }
        case OP.OP_POP_EXCEPT: {
          sp -= 4;
          const prev = load<Ptr>(sp);
          const cur = excHandled;
          if (prev == Py_None) { excSetHandled(0); decref(prev); } else excSetHandled(prev);
          saveState(frame, ip, sp, lasti);
          xdecref(cur);
          continue;
        }
        case OP.OP_CHECK_EXC_MATCH: {
          saveState(frame, ip, sp, lasti);
          const type = load<Ptr>(sp - 4);
          const r = evalCheckExcMatch(load<Ptr>(sp - 8), type);
          decref(type);
          if (r < 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, newref(r ? Py_True : Py_False));
          continue;
        }
        case OP.OP_LOAD_ASSERTION_ERROR: {
          store<Ptr>(sp, newref(excAssertionError));
          sp += 4;
          continue;
        }

        case OP.OP_RETURN_GENERATOR: {
          // The frame moves into a new generator (left empty here) and the call returns it.
          saveState(frame, ip, sp, lasti);
          retval = genFromFrame(frame);
          if (retval == 0) { action = ACT_ERROR; break; }
          action = ACT_RETURN;
          break;
        }
        case OP.OP_YIELD_VALUE: {
          // Only generator frames run this: the frame stops here and the value goes to the
          // resumer, the caller frame in this loop (FOR_ITER / SEND pushed nothing yet) or
          // genSendEx outside it.
          sp -= 4;
          retval = load<Ptr>(sp);
          saveState(frame, ip, sp, lasti);
          if ((load<u32>(code, CO_FLAGS) & CO_ASYNC_GENERATOR) != 0 && !genInSendLoop(ip, words)) {
            // an async generator's own `yield` (not an await's): wrapped for its awaitable
            retval = asyncGenWrap(retval);
            if (retval == 0) { action = ACT_ERROR; break; }
          }
          const caller = load<Ptr>(frame, FR_PREV);
          const entry = (load<u32>(frame, FR_FLAGS) & FRAME_ENTRY) != 0;
          genSuspend(frame);
          if (entry) return retval;
          frame = caller;
          const csp = load<usize>(frame, FR_SP);
          store<Ptr>(csp, retval);
          store<usize>(frame, csp + 4, FR_SP);
          action = ACT_SWITCH;
          break;
        }
        case OP.OP_SEND: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const recv = load<Ptr>(sp - 4);
          const v = load<Ptr>(sp);
          let result: Ptr;
          if (genCheckExact(recv)) {
            const st = genResumeFromLoop(recv, v, frame); // consumes v
            if (st == GR_RESUMED) { frame = genFrameOf(recv); action = ACT_SWITCH; break; }
            if (st == GR_ERROR) { action = ACT_ERROR; break; }
            result = newref(Py_None); // it had finished: sending to it returns None
          } else {
            const status = iterSend(recv, v);
            decref(v);
            if (status == PYGEN_ERROR) { action = ACT_ERROR; break; }
            if (status == PYGEN_NEXT) { store<Ptr>(sp, genResult); sp += 4; continue; }
            result = genResult;
          }
          // the receiver returned: its value replaces it, and the SEND loop is left
          store<Ptr>(sp - 4, result);
          decref(recv);
          ip = words + (<usize>oparg << 2);
          continue;
        }
        case OP.OP_GET_AITER: {
          saveState(frame, ip, sp, lasti);
          const v = load<Ptr>(sp - 4);
          const it = asyncGetAIter(v);
          decref(v);
          if (it == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, it);
          continue;
        }
        case OP.OP_GET_ANEXT: {
          saveState(frame, ip, sp, lasti);
          const aw = asyncGetANext(load<Ptr>(sp - 4));
          if (aw == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, aw);
          sp += 4;
          continue;
        }
        case OP.OP_END_ASYNC_FOR: {
          // aiter exc --: StopAsyncIteration ends the loop; anything else is re-raised as is
          sp -= 8;
          saveState(frame, ip, sp, lasti);
          const exc = load<Ptr>(sp + 4);
          decref(load<Ptr>(sp));
          excRestore(exc);
          if (excMatches(excStopAsyncIteration)) { excClear(); continue; }
          action = ACT_UNWIND;
          break;
        }
        case OP.OP_BEFORE_ASYNC_WITH: {
          saveState(frame, ip, sp, lasti);
          const mgr = load<Ptr>(sp - 4);
          const res = asyncBeforeWith(mgr, sp - 4); // stores the bound __aexit__ over mgr
          decref(mgr);
          if (res == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp, res);
          sp += 4;
          continue;
        }
        case OP.OP_GET_YIELD_FROM_ITER:
        case OP.OP_GET_AWAITABLE: {
          saveState(frame, ip, sp, lasti);
          const v = load<Ptr>(sp - 4);
          const it = (word & 0xFF) == OP.OP_GET_AWAITABLE ? genGetAwaitable(v, oparg) : genGetYieldFromIter(v, code);
          decref(v);
          if (it == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, it);
          continue;
        }

        case OP.OP_IMPORT_NAME: {
          // level fromlist -- module
          saveState(frame, ip, sp, lasti);
          const fromlist = load<Ptr>(sp - 4);
          const level = load<Ptr>(sp - 8);
          const m = evalImportName(frame, load<Ptr>(names + (<usize>oparg << 2)), fromlist, level);
          decref(fromlist);
          decref(level);
          sp -= 4;
          if (m == 0) { sp -= 4; action = ACT_ERROR; break; }
          store<Ptr>(sp - 4, m);
          continue;
        }
        case OP.OP_IMPORT_FROM: {
          // module -- module attr
          saveState(frame, ip, sp, lasti);
          const v = importFrom(load<Ptr>(sp - 4), load<Ptr>(names + (<usize>oparg << 2)));
          if (v == 0) { action = ACT_ERROR; break; }
          store<Ptr>(sp, v);
          sp += 4;
          continue;
        }
        case OP.OP_IMPORT_STAR: {
          sp -= 4;
          saveState(frame, ip, sp, lasti);
          const m = load<Ptr>(sp);
          const r = importStar(m, load<Ptr>(frame, FR_LOCALS));
          decref(m);
          if (r < 0) { action = ACT_ERROR; break; }
          continue;
        }

        default: {
          // ops too rare for a case of their own (PRINT_EXPR): each case makes this function
          // bigger, and V8 compiles the whole loop worse (one small case cost bench/fib 1.3x)
          saveState(frame, ip, sp, lasti);
          sp = evalRareOp(word, sp);
          if (excOccurred()) { action = ACT_ERROR; break; }
          continue;
        }
      }

      // Only reached when a case did not `continue`.
      if (action == ACT_RETURN) {
        // Pop the frame and hand the value to the caller (or out of the loop).
        const caller = load<Ptr>(frame, FR_PREV);
        const flags = load<u32>(frame, FR_FLAGS);
        const entry = (flags & FRAME_ENTRY) != 0;
        frameSetCurrent(caller); // (see the fast return: finalizers run in the caller)
        if (flags & FRAME_GEN) {
          genFinish(frame);
          if (entry) return retval;
          evalGenReturned(caller, retval);
          frame = caller;
          break;
        }
        callDropFrame(frame);
        if (entry || caller == 0) return retval;
        frame = caller;
        if (flags & FRAME_INIT) {
          // the instance is on the caller's stack already (callInitPush): __init__ must give None
          if (retval != Py_None) {
            frameSetCurrent(frame);
            excFormat(excTypeError, "__init__() should return None, not '%T'", retval);
            decref(retval);
            frame = evalUnwind(frame, true);
            if (frame == 0) return 0;
            break;
          }
          decref(retval);
          break; // reload the caller
        }
        const csp = load<usize>(frame, FR_SP);
        store<Ptr>(csp, retval);
        store<usize>(frame, csp + 4, FR_SP);
        break; // reload the caller
      }
      if (action == ACT_SWITCH) break;
      // ACT_ERROR / ACT_UNWIND
      store<usize>(frame, ip, FR_IP);
      store<usize>(frame, sp, FR_SP);
      store<usize>(frame, lasti, FR_LASTI);
      kwnames = 0;
      frame = evalUnwind(frame, action == ACT_ERROR);
      if (frame == 0) return 0;
      break; // continue in the frame that handles the exception
    }
  }
}

// ---- helpers kept out of the loop body ----

/**
 * For in-place str concatenation (CPython's unicode_concatenate): if the instruction at ip stores
 * to the variable that holds v — a fast local, or a name in the frame's namespace dict — unbind
 * that variable now (dropping its reference to v) and return true. The dict case deletes the
 * key, as CPython does, so it moves to the end of the dict's order when the store re-adds it.
 */
@noinline function evalUnbindForAppend(v: Ptr, frame: Ptr, ip: usize, lp: usize, names: usize): bool {
  const next = load<u32>(ip);
  const op = next & 0xFF;
  const arg = <usize>(next >> 8);
  if (op == OP.OP_STORE_FAST) {
    const slot = lp + (arg << 2);
    if (load<Ptr>(slot) != v) return false;
    store<Ptr>(slot, 0);
    decref(v);
    return true;
  }
  let d: Ptr = 0;
  if (op == OP.OP_STORE_NAME) d = load<Ptr>(frame, FR_LOCALS);
  else if (op == OP.OP_STORE_GLOBAL) d = load<Ptr>(frame, FR_GLOBALS);
  if (d == 0 || load<Ptr>(d, OB_TYPE) != dictType) return false;
  const name = load<Ptr>(names + (arg << 2));
  if (dictGetItemStr(d, name) != v) return false;
  if (dictDelItem(d, name) < 0) { excClear(); return false; }
  return true;
}

/**
 * LOAD_GLOBAL's inline cache (4 words at `cache`): [0] 0 = empty, else 1 + entry index, bit 31
 * set when the entry is in builtins; [1..2] for builtins entries, the globals dict's version
 * when the name was found missing there (any change to globals invalidates it). A globals entry
 * needs no version: the entry at that index with this exact key is the binding. Borrowed result,
 * 0 on a miss.
 */
@inline function loadGlobalCached(frame: Ptr, cache: usize, name: Ptr): Ptr {
  const c0 = load<u32>(cache);
  if (c0 == 0) return 0;
  const g = load<Ptr>(frame, FR_GLOBALS);
  if ((c0 & 0x80000000) == 0) return dictEntryValueIf(g, c0 - 1, name);
  if (load<u64>(cache, 4) != dictVersion(g)) return 0;
  return dictEntryValueIf(load<Ptr>(frame, FR_BUILTINS), (c0 & 0x7FFFFFFF) - 1, name);
}

/** LOAD_GLOBAL's lookup when its cache misses: fills the cache. Borrowed result, 0 if the name
 *  is bound in neither dict. */
@noinline function loadGlobalSlow(g: Ptr, b: Ptr, name: Ptr, cache: usize): Ptr {
  store<u32>(cache, 0);
  let v = dictGetItemStr(g, name);
  if (v != 0) {
    const ix = dictIndexOfStr(g, name);
    if (ix >= 0 && ix < 0x7FFFFFFF) store<u32>(cache, <u32>ix + 1);
    return v;
  }
  v = dictGetItemStr(b, name);
  if (v != 0) {
    const ix = dictIndexOfStr(b, name);
    if (ix >= 0 && ix < 0x7FFFFFFF) {
      store<u64>(cache, dictVersion(g), 4);
      store<u32>(cache, (<u32>ix + 1) | 0x80000000);
    }
  }
  return v;
}

/** float <op> float (or int) for + - * / on values where the result is plain IEEE arithmetic;
 *  0 = not handled here. */
@inline function floatBinaryFast(a: Ptr, b: Ptr, op: u32): Ptr {
  const ta = load<Ptr>(a, OB_TYPE), tb = load<Ptr>(b, OB_TYPE);
  let x: f64, y: f64;
  if (ta == floatType) x = load<f64>(a, 8);
  else if (ta == intType) { const v = intValue(a); if (v > 0x20000000000000 || v < -0x20000000000000) return 0; x = <f64>v; }
  else return 0;
  if (tb == floatType) y = load<f64>(b, 8);
  else if (tb == intType) { const v = intValue(b); if (v > 0x20000000000000 || v < -0x20000000000000) return 0; y = <f64>v; }
  else return 0;
  switch (op) {
    case OP.NB_ADD: case OP.NB_INPLACE_ADD: return floatFromF64(x + y);
    case OP.NB_SUBTRACT: case OP.NB_INPLACE_SUBTRACT: return floatFromF64(x - y);
    case OP.NB_MULTIPLY: case OP.NB_INPLACE_MULTIPLY: return floatFromF64(x * y);
    case OP.NB_TRUE_DIVIDE: case OP.NB_INPLACE_TRUE_DIVIDE: return y == 0 ? 0 : floatFromF64(x / y);
    default: return 0;
  }
}

@inline function saveState(frame: Ptr, ip: usize, sp: usize, lasti: usize): void {
  frameSetCurrent(frame);
  store<usize>(frame, ip, FR_IP);
  store<usize>(frame, sp, FR_SP);
  store<usize>(frame, lasti, FR_LASTI);
}


@inline const BUDGET_SLICE_END: i32 = 0;
@inline const BUDGET_ERROR: i32 = 1;
@inline const BUDGET_CONTINUE: i32 = 2;

/** Called when the budget hits 0, a safe point (the frame's state is saved). Runs a collection
 *  the cycle collector requested, then raises KeyboardInterrupt if the host asked
 *  (BUDGET_ERROR); else refills the budget: BUDGET_SLICE_END when the slice is really over (the
 *  loop suspends if it may), BUDGET_CONTINUE when only evalRequestBreak zeroed it. */
@noinline function evalBudgetExhausted(): i32 {
  const rest = budgetBeforeBreak;
  budgetBeforeBreak = 0;
  budget = budgetPerSlice;
  if (gcPending) gcCollectIfPending();
  if (interruptRequested) {
    interruptRequested = false;
    excSetString(excKeyboardInterrupt, '');
    return BUDGET_ERROR;
  }
  if (rest > 0) {
    budget = rest;
    return BUDGET_CONTINUE;
  }
  return BUDGET_SLICE_END;
}

/** int <op> int for the common operators on compact values; 0 = not handled here (a big operand
 *  (value I64.MIN_VALUE, the big form's marker), a result that leaves the compact form, or an
 *  operator with its own rules) and the generic path runs. The cases that do not exclude the
 *  marker through their own range checks test for it. */
@inline function intBinaryFast(a: i64, b: i64, op: u32): Ptr {
  switch (op) {
    case OP.NB_ADD: case OP.NB_INPLACE_ADD: {
      const r = a + b;
      if (((a ^ r) & (b ^ r)) < 0 || r == i64.MIN_VALUE || a == i64.MIN_VALUE || b == i64.MIN_VALUE) return 0;
      return intFromI64(r);
    }
    case OP.NB_SUBTRACT: case OP.NB_INPLACE_SUBTRACT: {
      const r = a - b;
      if (((a ^ b) & (a ^ r)) < 0 || r == i64.MIN_VALUE || a == i64.MIN_VALUE || b == i64.MIN_VALUE) return 0;
      return intFromI64(r);
    }
    case OP.NB_MULTIPLY: case OP.NB_INPLACE_MULTIPLY: {
      // both within 31 bits: the product cannot overflow
      if (((a + 0x40000000) | (b + 0x40000000)) >>> 31 != 0) return 0;
      return intFromI64(a * b);
    }
    case OP.NB_REMAINDER: case OP.NB_INPLACE_REMAINDER: {
      if (b <= 0 || a < 0) return 0;
      return intFromI64(a % b);
    }
    case OP.NB_FLOOR_DIVIDE: case OP.NB_INPLACE_FLOOR_DIVIDE: {
      if (b <= 0 || a < 0) return 0;
      return intFromI64(a / b);
    }
    case OP.NB_TRUE_DIVIDE: case OP.NB_INPLACE_TRUE_DIVIDE: {
      // exact operands (|v| <= 2^53) make one IEEE division correctly rounded, as CPython's is
      if (b == 0 || a > 0x20000000000000 || a < -0x20000000000000 || b > 0x20000000000000 || b < -0x20000000000000) return 0;
      return floatFromF64(<f64>a / <f64>b);
    }
    case OP.NB_AND: case OP.NB_INPLACE_AND:
      if (a == i64.MIN_VALUE || b == i64.MIN_VALUE) return 0;
      return intFromI64(a & b);
    case OP.NB_OR: case OP.NB_INPLACE_OR:
      if (a == i64.MIN_VALUE || b == i64.MIN_VALUE) return 0;
      return intFromI64(a | b);
    case OP.NB_XOR: case OP.NB_INPLACE_XOR:
      if (a == i64.MIN_VALUE || b == i64.MIN_VALUE) return 0;
      return intFromI64(a ^ b);
    default: return 0;
  }
}

@inline function floatCompareFast(a: f64, b: f64, op: u32): bool {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a == b;
    case 3: return a != b;
    case 4: return a > b;
    default: return a >= b;
  }
}

@inline function intCompareFast(a: i64, b: i64, op: u32): bool {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a == b;
    case 3: return a != b;
    case 4: return a > b;
    default: return a >= b;
  }
}


/** UnboundLocalError for LOAD_FAST/DELETE_FAST of an unbound slot (3.11's message). */
@noinline function raiseUnboundLocal(code: Ptr, i: u32): void {
  const name = tupleItem(load<Ptr>(code, CO_LOCALSPLUSNAMES), <i32>i);
  excFormat(excUnboundLocalError, "cannot access local variable '%U' where it is not associated with a value", name);
}

/** An empty cell: UnboundLocalError for our own cell variables, NameError for free ones. */
@noinline function raiseUnboundDeref(code: Ptr, i: u32): void {
  const name = tupleItem(load<Ptr>(code, CO_LOCALSPLUSNAMES), <i32>i);
  const kind = load<u8>(codeKinds(code) + <usize>i);
  if (kind & KIND_FREE) {
    excFormat(excNameError, "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
  } else {
    excFormat(excUnboundLocalError, "cannot access local variable '%U' where it is not associated with a value", name);
  }
}

/** NameError, remembering the name and the frame's globals for the "Did you mean" line
 *  (vm/suggest.ts). */
@noinline function raiseNameNotDefined(name: Ptr, globals: Ptr): void {
  excFormat(excNameError, "name '%U' is not defined", name);
  excSetAttrErrorContext(name, globals);
}

/**
 * The exception-unwinding half of the loop (CPython's `error:` and `exception_unwind:` labels).
 * The frame's ip/sp/lasti are stored. With addTb, records a traceback entry for the faulting
 * instruction first. Then searches the code's exception table for lasti: on a hit, trims the
 * value stack to the handler's depth, pushes (lasti) and the exception, points ip at the handler
 * and returns the frame; otherwise drops the frame and repeats in its caller (always adding a
 * traceback entry there). Returns 0 when the exception leaves a FRAME_ENTRY frame.
 */
@noinline export function evalUnwind(frame: Ptr, addTb: bool): Ptr {
  if (!excOccurred()) excSetString(excSystemError, 'error return without exception set');
  while (true) {
    const code = load<Ptr>(frame, FR_CODE);
    const words = codeWords(code);
    const idx = <u32>((load<usize>(frame, FR_LASTI) - words) >> 2);
    if (addTb) excAddTraceback(code, idx, codeLineOf(code, idx));
    addTb = true;
    // search the exception table: (start, end, target, depth, lasti)
    const table = codeExcTable(code);
    const n = load<u32>(code, 64); // CO_NEXC
    for (let i: u32 = 0; i < n; i++) {
      const e = table + <usize>i * 20;
      if (idx >= load<u32>(e) && idx < load<u32>(e, 4)) {
        const stackBase = frame + FR_HEADER + (<usize>load<u32>(code, CO_NLOCALSPLUS) << 2);
        const depthAddr = stackBase + (<usize>load<u32>(e, 12) << 2);
        let sp = load<usize>(frame, FR_SP);
        while (sp > depthAddr) { sp -= 4; xdecref(load<Ptr>(sp)); }
        if (load<u32>(e, 16)) {
          const li = intFromI64(<i64>idx);
          if (li == 0) { /* MemoryError while unwinding: keep going with the new exception */ }
          store<Ptr>(sp, li);
          sp += 4;
        }
        store<Ptr>(sp, excFetch());
        sp += 4;
        store<usize>(frame, sp, FR_SP);
        store<usize>(frame, words + (<usize>load<u32>(e, 8) << 2), FR_IP);
        return frame;
      }
    }
    const caller = load<Ptr>(frame, FR_PREV);
    const flags = load<u32>(frame, FR_FLAGS);
    frameSetCurrent(caller); // finalizers run in the caller, as on return
    if (flags & FRAME_GEN) genFinishError(frame);
    else callDropFrame(frame);
    if ((flags & FRAME_ENTRY) != 0 || caller == 0) return 0;
    frame = caller;
  }
}

/**
 * A generator frame resumed inline by `caller` returned retval (stolen): finishes the caller's
 * FOR_ITER (the iterator is exhausted: popped, the value dropped, jump past the loop) or SEND
 * (the receiver is replaced by the value, jump to the end of the SEND loop), as the instruction
 * at the caller's lasti says.
 */
@noinline function evalGenReturned(caller: Ptr, retval: Ptr): void {
  const w = load<u32>(load<usize>(caller, FR_LASTI));
  let sp = load<usize>(caller, FR_SP);
  const recv = load<Ptr>(sp - 4);
  if ((w & 0xFF) == OP.OP_FOR_ITER) {
    sp -= 4;
    store<usize>(caller, sp, FR_SP);
    decref(retval);
  } else {
    store<Ptr>(sp - 4, retval);
  }
  store<usize>(caller, codeWords(load<Ptr>(caller, FR_CODE)) + (<usize>(w >> 8) << 2), FR_IP);
  decref(recv);
}
