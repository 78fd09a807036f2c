// === VM lifecycle: initialisation, running a main module, resuming, cleaning up ===
//
// vmInit makes every builtin type and object once, in dependency order (see typeBootstrapDone in
// object/type.ts for why names and methods wait until str, dict and tuple exist).
// A run: vmLoadCode (marshal) -> vmRunMain (fresh __main__ module, module frame, eval) ->
// status; vmResume after a suspension; vmEndRun clears __main__ so every object the program made
// is freed (the heap returns to its baseline), as CPython's module cleanup does at exit.

import { containerFreeListsClear } from '../object/containerfree';
import { matchNamesInit } from './match';
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
import { codeTypeInit, codeAttrsInit, codeWords, CO_FRAMESIZE, CO_NLOCALSPLUS } from '../object/code';
import { cellTypeInit } from '../object/cell';
import { genTypeInit, genAttrsInit } from '../object/gen';
import { excMethodsInit } from './excmethods';
import { frameTypeInit, frameAttrsInit } from '../object/frameobject';
import { asyncGenTypeInit } from '../object/asyncgen';
import { moduleTypeInit, moduleNew, moduleNewLiteral, moduleDict, moduleClear } from '../object/module';
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
import { iteratorsTypeInit, iteratorsNamesInit } from '../builtins/iterators';
import { ioInit, ioFlushAll } from './io';
import { marshalLoadCode } from './marshal';
import { intValue, intIsCompact, intFreeListClear } from '../object/int';
import { OB_TYPE } from '../object/header';
import { excNoMemory, excSetFinalizing } from './exc';
import { gcInit, gcFreeze } from '../gc/track';
import { gcCollect, gcEndRun } from '../gc/collect';
import { weakrefTypeInit } from '../object/weakref';
import { atexitRunAll } from '../modules/atexit';
import { importInit, importEndRun, sysModules } from './import';
import { reportNamesInit } from './report';
import { sysInit, sysModuleNew, sysEndRun, sysSetCurrent, sysDisplayhookEndRun } from '../modules/sys';
import { builtinModulesInit, builtinModulesEndRun } from '../modules/registry';
import { strFromUtf8 } from '../object/str';
import { listNew, listAppend } from '../object/list';
import { curFrame, frameSetCurrent } from './frame';
import { excOccurred } from './exc';

@inline export const STATUS_DONE: i32 = 0;
@inline export const STATUS_SUSPENDED: i32 = 1;
@inline export const STATUS_EXCEPTION: i32 = 2;

let mainModule: Ptr = 0;

import { descrTypesInit, descrNamesInit, argBufReset } from '../object/descrobject';
import { oserrorInit } from './oserror';
import { wrapperTypeInit, slotdefsInit, typeAddSlotWrappers } from '../object/slotdefs';
import { superTypeInit } from '../object/super';
import { bytesTypeInit } from '../object/bytes';
import { bytearrayTypeInit } from '../object/bytearray';
import { memoryviewTypeInit } from '../object/memoryview';
import { bytesmethodsInit } from '../object/bytesmethods';
import { codecsInit } from '../object/codecs';
import { intbytesInit } from '../object/intbytes';
import { typeNewNamesInit, typeNewInit, object_init_subclass } from '../object/typenew';
import { numberSlotsInit } from '../object/numberslots';
import { complexTypeInit } from '../object/complex';
import { complexNamesInit } from '../object/complexnew';
import { instancecheckInit } from '../object/instancecheck';
import { introspectTypesInit } from '../builtins/introspect';
import { mappingproxyTypeInit } from '../object/mappingproxy';
import { genericAliasTypeInit } from '../object/genericalias';
import { unionTypeInit } from '../object/union';
import { buildClassInit } from '../builtins/buildclass';
import { strInternMarkBaseline, strInternEndRun } from '../object/str';
import { funcAttrsInit } from '../object/func';
import { cfuncAttrsInit } from '../object/cfunc';
import { wrapperAttrsInit } from '../object/slotdefs';
import { floatmethodsInit } from '../object/floatmethods';
import { objectmethodsInit } from '../object/objectmethods';
import { dictviewsAttrsInit } from '../object/dictviews';
import { intAttrsInit } from '../object/int';
import { sliceNamesInit } from '../object/slice';
import { evalWithNamesInit } from './evalslow';
import { methodAttrsInit } from '../object/method';
import { typeAddClassMethod, typeBuiltinCount, typeBuiltinAt, objectType, typeModified, typeCacheClear } from '../object/type';

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
  excMethodsInit();
  funcTypeInit();
  methodTypeInit();
  codeTypeInit();
  cellTypeInit();
  genTypeInit();
  frameTypeInit();
  asyncGenTypeInit();
  moduleTypeInit();
  setTypeInit();
  iteratorsTypeInit();
  descrTypesInit();
  complexTypeInit(); // after descrTypesInit: real and imag are member descriptors
  complexNamesInit();
  oserrorInit();
  wrapperTypeInit();
  superTypeInit();
  bytesTypeInit();
  bytearrayTypeInit();
  memoryviewTypeInit();
  bytesmethodsInit();
  codecsInit();
  intbytesInit();
  mappingproxyTypeInit();
  genericAliasTypeInit();
  unionTypeInit();
  slotdefsInit();
  descrNamesInit();
  typeNewNamesInit();
  buildClassInit();
  typeNewInit();
  instancecheckInit();
  introspectTypesInit();
  funcAttrsInit();
  codeAttrsInit();
  frameAttrsInit();
  genAttrsInit();
  cfuncAttrsInit();
  wrapperAttrsInit();
  floatmethodsInit();
  objectmethodsInit();
  dictviewsAttrsInit();
  intAttrsInit();
  sliceNamesInit();
  evalWithNamesInit();
  matchNamesInit();
  methodAttrsInit();
  weakrefTypeInit();
  importInit();
  reportNamesInit();
  sysInit();
  builtinModulesInit();
  typeAddClassMethod(objectType, '__init_subclass__', object_init_subclass.index);
  numberSlotsInit();
  for (let i: i32 = 0; i < typeBuiltinCount(); i++) typeAddSlotWrappers(typeBuiltinAt(i));
  frameStackInit();
  ioInit();
  builtinsInit();
  iteratorsNamesInit();
  typeModified(); // set-up wrote type dicts after lookups
  strInternMarkBaseline();
  gcFreeze(); // everything made so far lives as long as the VM: never examined by a collection
}

export function vmLoadCode(buf: usize, len: usize): Ptr {
  return marshalLoadCode(buf, len);
}

/** d[key] = v with an interned literal key (v borrowed). -1 on MemoryError. */
export function setItemLiteral(d: Ptr, key: string, v: Ptr): i32 {
  const k = strInternLiteral(key);
  if (k == 0) return -1;
  const r = dictSetItem(d, k, v);
  decref(k);
  return r;
}

// ---- the run configuration the host gives before vmRunMain (sys.argv, sys.path, __file__) ----

let runArgv: Ptr = 0;
let runPath: Ptr = 0;
let runMainFile: Ptr = 0;

/** Host: adds one UTF-8 string to the next run's configuration: kind 0 appends to sys.argv, 1 to
 *  sys.path, 2 sets __main__.__file__. Returns 0, or -1 when out of memory. */
export function vmRunConfig(kind: i32, p: usize, len: i32): i32 {
  const s = strFromUtf8(p, len);
  if (s == 0) { excClear(); return -1; }
  if (kind == 2) {
    xdecref(runMainFile);
    runMainFile = s;
    return 0;
  }
  if (kind == 0 && runArgv == 0) runArgv = listNew(0);
  if (kind == 1 && runPath == 0) runPath = listNew(0);
  const l = kind == 0 ? runArgv : runPath;
  const r = l != 0 ? listAppend(l, s) : -1;
  decref(s);
  if (r < 0) excClear();
  return r;
}

function runConfigClear(): void {
  xdecref(runArgv);
  xdecref(runPath);
  xdecref(runMainFile);
  runArgv = 0;
  runPath = 0;
  runMainFile = 0;
}

/** Pushes a module-level frame for code with namespace g (borrowed; the module owns it).
 *  0 on MemoryError. */
function moduleFramePush(code: Ptr, g: Ptr): Ptr {
  const f = framePush(<usize>load<u32>(code, CO_FRAMESIZE), <usize>load<u32>(code, CO_NLOCALSPLUS));
  if (f == 0) { excNoMemory(); return 0; }
  store<Ptr>(f, curFrame, FR_PREV); // the importing frame (0 for __main__), for frame walks only
  store<Ptr>(f, code, FR_CODE);
  store<Ptr>(f, 0, FR_FUNC);
  store<Ptr>(f, g, FR_GLOBALS);
  store<Ptr>(f, moduleDict(builtinsModule), FR_BUILTINS);
  store<Ptr>(f, newref(g), FR_LOCALS);
  store<usize>(f, codeWords(code), FR_IP);
  store<usize>(f, codeWords(code), FR_LASTI);
  store<usize>(f, f + FR_HEADER + (<usize>load<u32>(code, CO_NLOCALSPLUS) << 2), FR_SP);
  store<u32>(f, FRAME_ENTRY, FR_FLAGS);
  return f;
}

/** Runs an imported module's code in namespace g, in a nested loop (vm/import.ts). Returns the
 *  body's result (None) or 0 with the exception set. */
export function vmExecModuleCode(code: Ptr, g: Ptr): Ptr {
  if (callCheckRecursion()) return 0;
  const f = moduleFramePush(code, g);
  if (f == 0) return 0;
  const caller = curFrame;
  const r = evalFrame(f, false);
  frameSetCurrent(caller);
  return r;
}

/** Runs code as the __main__ module. Returns a STATUS_*. */
export function vmRunMain(code: Ptr): i32 {
  endRunState();
  mainModule = moduleNewLiteral('__main__');
  if (mainModule == 0) { excNoMemory(); return STATUS_EXCEPTION; }
  const g = moduleDict(mainModule);
  let ok = setItemLiteral(g, '__doc__', Py_None) == 0
    && setItemLiteral(g, '__package__', Py_None) == 0
    && setItemLiteral(g, '__loader__', Py_None) == 0
    && setItemLiteral(g, '__spec__', Py_None) == 0
    && setItemLiteral(g, '__builtins__', builtinsModule) == 0
    && (runMainFile == 0 || setItemLiteral(g, '__file__', runMainFile) == 0);
  // sys.modules: sys, builtins and __main__ exist before the program's first statement
  const sys = ok ? sysModuleNew(runArgv, runPath) : 0;
  runConfigClear();
  ok = sys != 0
    && setItemLiteral(sysModules, 'sys', sys) == 0
    && setItemLiteral(sysModules, 'builtins', builtinsModule) == 0
    && setItemLiteral(sysModules, '__main__', mainModule) == 0;
  if (ok) sysSetCurrent(sys);
  xdecref(sys);
  if (!ok) { if (!excOccurred()) excNoMemory(); return STATUS_EXCEPTION; }
  if (callCheckRecursion()) return STATUS_EXCEPTION;
  frameSetCurrent(0); // the main frame is the bottom one
  const f = moduleFramePush(code, g);
  if (f == 0) return STATUS_EXCEPTION;
  return finish(evalFrame(f, true));
}

export function vmResume(): i32 {
  return finish(evalFrame(suspendedFrame, true));
}

function finish(r: Ptr): i32 {
  if (r == SUSPENDED) return STATUS_SUSPENDED;
  frameSetCurrent(0); // no frame runs now (finalizers of the module teardown start from none)
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
  endRunState();
  runConfigClear(); // a run that never started (its code failed to load) leaves its configuration
}

function endRunState(): void {
  excClear();
  recursionReset();
  argBufReset();
  const h = excHandled;
  excSetHandled(0);
  excSetHandledOuter(0);
  xdecref(h);
  // atexit functions run first, while every module is still whole (CPython's Py_FinalizeEx)
  atexitRunAll();
  excSetFinalizing(true);
  if (mainModule) {
    moduleClear(mainModule);
    decref(mainModule);
    mainModule = 0;
  }
  sysDisplayhookEndRun(); // builtins._ of 'single' mode code
  // every other module, newest first, then sys.modules itself
  importEndRun();
  sysEndRun();
  builtinModulesEndRun();
  // the collector as vmInit left it (gc.garbage and gc.callbacks released, nothing frozen), then
  // the cycles the program left (a list holding itself, closures in containers...)
  gcEndRun();
  gcCollect(2);
  // the preallocated MemoryError lets go of its last traceback (code objects, whose constants
  // die here) before the free lists are emptied
  excEndRun();
  typeCacheClear(); // its entries own their names
  excSetFinalizing(false);
  intFreeListClear();
  floatFreeListClear();
  strInternEndRun(); // may drop containers: before their free lists are emptied
  containerFreeListsClear();
  // clearing the module can run code that prints (a suspended generator's finally block)
  ioFlushAll();
}
