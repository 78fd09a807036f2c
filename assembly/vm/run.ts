// === VM lifecycle: initialisation, running a main module, resuming, cleaning up ===
//
// vmInit makes every builtin type and object once, in dependency order (see typeBootstrapDone in
// object/type.ts for why names and methods wait until str, dict and tuple exist).
// A run: vmLoadCode (marshal) -> vmRunMain (fresh __main__ module, module frame, eval) ->
// status; vmResume after a suspension; vmEndRun clears __main__ so every object the program made
// is freed (the heap returns to its baseline), as CPython's module cleanup does at exit.

import { Ptr } from '../common';
import { heapInit } from '../heap/heap';
import { decref, xdecref, newref } from '../object/header';
import { typeTypeInit, typeBootstrapDone, typeKind, TK_INT, TK_BOOL } from '../object/type';
import { typeSlotsInit, typeSlotsNamesInit } from '../object/typeslots';
import { abstractInit } from '../object/abstract';
import { strTypeInit, strInternLiteral } from '../object/str';
import { tupleTypeInit } from '../object/tuple';
import { dictTypeInit, dictSetItem, dictNamesInit } from '../object/dict';
import { noneTypeInit, Py_None } from '../object/none';
import { boolTypeInit } from '../object/bool';
import { intTypeInit } from '../object/int';
import { floatTypeInit, floatFreeListClear } from '../object/float';
import { listTypeInit } from '../object/list';
import { listsortNamesInit } from '../object/listsort';
import { rangeTypeInit } from '../object/range';
import { sliceTypeInit } from '../object/slice';
import { iterTypeInit } from '../object/iter';
import { setTypeInit } from '../object/set';
import { cfuncTypeInit } from '../object/cfunc';
import { funcTypeInit } from '../object/func';
import { methodTypeInit } from '../object/method';
import { codeTypeInit, codeWords, CO_FRAMESIZE, CO_NLOCALSPLUS } from '../object/code';
import { cellTypeInit } from '../object/cell';
import { genTypeInit } from '../object/gen';
import { asyncGenTypeInit } from '../object/asyncgen';
import { moduleTypeInit, moduleNew, moduleDict, moduleClear } from '../object/module';
import {
  excTypesInit, excInstancesInit, excNamesInit, excEndRun, excMatches, excSystemExit, curExc,
  excValue, excSetHandled, excHandled, excClear, excSetHandledOuter,
} from './exc';
import {
  recursionReset, frameStackInit, framePush, FR_PREV, FR_FUNC, FR_CODE, FR_GLOBALS, FR_BUILTINS,
  FR_LOCALS, FR_IP, FR_SP, FR_LASTI, FR_FLAGS, FR_HEADER, FRAME_ENTRY,
} from './frame';
import { evalFrame, SUSPENDED, suspendedFrame } from './eval';
import { callCheckRecursion } from './call';
import { builtinsInit, builtinsModule } from '../builtins/builtins';
import { iteratorsTypeInit } from '../builtins/iterators';
import { ioInit, ioFlushAll } from './io';
import { marshalLoadCode } from './marshal';
import { intValue, intIsCompact, intFreeListClear } from '../object/int';
import { OB_TYPE } from '../object/header';
import { excNoMemory } from './exc';
import { gcInit, gcFreeze } from '../gc/track';
import { gcCollect } from '../gc/collect';

@inline export const STATUS_DONE: i32 = 0;
@inline export const STATUS_SUSPENDED: i32 = 1;
@inline export const STATUS_EXCEPTION: i32 = 2;

let mainModule: Ptr = 0;

import { descrTypesInit, descrNamesInit, argBufReset } from '../object/descrobject';
import { wrapperTypeInit, slotdefsInit, typeAddSlotWrappers } from '../object/slotdefs';
import { superTypeInit } from '../object/super';
import { typeNewNamesInit, typeNewInit, object_init_subclass } from '../object/typenew';
import { buildClassInit } from '../builtins/buildclass';
import { strInternMarkBaseline, strInternEndRun } from '../object/str';
import { funcAttrsInit } from '../object/func';
import { intAttrsInit } from '../object/int';
import { sliceNamesInit } from '../object/slice';
import { evalWithNamesInit } from './evalslow';
import { methodAttrsInit } from '../object/method';
import { typeAddClassMethod, typeBuiltinCount, typeBuiltinAt, objectType } from '../object/type';

export function vmInit(): void {
  heapInit();
  gcInit();
  typeTypeInit();
  typeSlotsInit();
  // types whose objects every other type needs (names, dicts, MROs), then the rest
  strTypeInit();
  tupleTypeInit();
  dictTypeInit();
  cfuncTypeInit();
  noneTypeInit();
  intTypeInit();
  boolTypeInit();
  floatTypeInit();
  listTypeInit();
  sliceTypeInit();
  rangeTypeInit();
  iterTypeInit();
  typeBootstrapDone();
  abstractInit();
  listsortNamesInit();
  dictNamesInit();
  typeSlotsNamesInit();
  excTypesInit();
  excInstancesInit();
  excNamesInit();
  funcTypeInit();
  methodTypeInit();
  codeTypeInit();
  cellTypeInit();
  genTypeInit();
  asyncGenTypeInit();
  moduleTypeInit();
  setTypeInit();
  iteratorsTypeInit();
  descrTypesInit();
  wrapperTypeInit();
  superTypeInit();
  slotdefsInit();
  descrNamesInit();
  typeNewNamesInit();
  buildClassInit();
  typeNewInit();
  funcAttrsInit();
  intAttrsInit();
  sliceNamesInit();
  evalWithNamesInit();
  methodAttrsInit();
  typeAddClassMethod(objectType, '__init_subclass__', object_init_subclass.index);
  for (let i: i32 = 0; i < typeBuiltinCount(); i++) typeAddSlotWrappers(typeBuiltinAt(i));
  frameStackInit();
  ioInit();
  builtinsInit();
  strInternMarkBaseline();
  gcFreeze(); // everything made so far lives as long as the VM: never examined by a collection
}

export function vmLoadCode(buf: usize, len: usize): Ptr {
  return marshalLoadCode(buf, len);
}

function setItemLiteral(d: Ptr, key: string, v: Ptr): void {
  const k = strInternLiteral(key);
  dictSetItem(d, k, v);
  decref(k);
}

/** Runs code as the __main__ module. Returns a STATUS_*. */
export function vmRunMain(code: Ptr): i32 {
  vmEndRun();
  const name = strInternLiteral('__main__');
  mainModule = moduleNew(name);
  decref(name);
  if (mainModule == 0) { excNoMemory(); return STATUS_EXCEPTION; }
  const g = moduleDict(mainModule);
  setItemLiteral(g, '__doc__', Py_None);
  setItemLiteral(g, '__package__', Py_None);
  setItemLiteral(g, '__loader__', Py_None);
  setItemLiteral(g, '__spec__', Py_None);
  setItemLiteral(g, '__builtins__', builtinsModule);
  if (callCheckRecursion()) return STATUS_EXCEPTION;
  const f = framePush(<usize>load<u32>(code, CO_FRAMESIZE), <usize>load<u32>(code, CO_NLOCALSPLUS));
  if (f == 0) { excNoMemory(); return STATUS_EXCEPTION; }
  store<Ptr>(f, 0, FR_PREV);
  store<Ptr>(f, code, FR_CODE);
  store<Ptr>(f, 0, FR_FUNC);
  store<Ptr>(f, g, FR_GLOBALS);
  store<Ptr>(f, moduleDict(builtinsModule), FR_BUILTINS);
  store<Ptr>(f, newref(g), FR_LOCALS);
  store<usize>(f, codeWords(code), FR_IP);
  store<usize>(f, codeWords(code), FR_LASTI);
  store<usize>(f, f + FR_HEADER + (<usize>load<u32>(code, CO_NLOCALSPLUS) << 2), FR_SP);
  store<u32>(f, FRAME_ENTRY, FR_FLAGS);
  return finish(evalFrame(f, true));
}

export function vmResume(): i32 {
  return finish(evalFrame(suspendedFrame, true));
}

function finish(r: Ptr): i32 {
  if (r == SUSPENDED) return STATUS_SUSPENDED;
  ioFlushAll();
  if (r == 0) return STATUS_EXCEPTION;
  decref(r);
  return STATUS_DONE;
}

/** After status 2: the SystemExit code as the host should exit with it, or -1000 if the
 *  exception is not SystemExit, or -1001 if the code is neither None nor an int (the host
 *  prints str(code) to stderr and exits 1, as CPython does). */
export function vmSystemExitCode(): i32 {
  if (!excMatches(excSystemExit)) return -1000;
  const code = excValue(curExc);
  if (code == 0 || code == Py_None) return 0;
  const k = typeKind(load<Ptr>(code, OB_TYPE));
  // SystemExit(True) exits 1; C's (int) cast keeps the low bits; an int beyond C long is -1
  if (k == TK_INT || k == TK_BOOL) return intIsCompact(code) ? <i32>intValue(code) : -1;
  return -1001;
}

/** Drops the finished run's __main__ module: clears its namespace first (functions and
 *  globals reference each other), then the module, then runs a full collection so that the
 *  cycles the program made are freed too. Safe to call at any time. Clearing can run Python
 *  code (generators closed as they die), whose errors are dropped as CPython's are. */
export function vmEndRun(): void {
  excClear();
  recursionReset();
  argBufReset();
  const h = excHandled;
  excSetHandled(0);
  excSetHandledOuter(0);
  xdecref(h);
  if (mainModule) {
    moduleClear(mainModule);
    decref(mainModule);
    mainModule = 0;
  }
  // the cycles the program left (a list holding itself, closures in containers...)
  gcCollect(2);
  intFreeListClear();
  floatFreeListClear();
  strInternEndRun();
  excEndRun();
  // clearing the module can run code that prints (a suspended generator's finally block)
  ioFlushAll();
}
