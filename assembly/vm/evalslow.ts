// === The eval loop's slower instructions, kept out of its body ===
//
// Each function implements one instruction's semantics on explicit stack addresses; the loop
// has already stored ip/sp into the frame. Ownership is the opcode table's: inputs are consumed
// by the caller (the loop decrefs them) unless a comment says the function consumes them.

import { OP_PRINT_EXPR, opcodeName } from '../opcodes.gen';
import { Ptr } from '../common';
import { incref, decref, xdecref, newref, OB_TYPE } from '../object/header';
import {
  excFormat, excSetString, excNoMemory, excRaise, excSetCause, excOccurred, excMatches, excClear,
  excTypeError, excValueError, excRuntimeError, excTopmostHandled, excAttributeError, excImportError,
} from './exc';
import { typeType, isSubtype, typeLookup } from '../object/type';
import { TPFLAGS_BASE_EXC_SUBCLASS, TP_FLAGS, SLOT_GETATTRO, SLOT_DESCR_GET, typeSlot } from '../object/typelayout';
import { objCall, objGetIter, objIterNext, objStr, objRepr, objGetAttr, objDictAddr, objGenericGetAttr, objLookupAttr } from '../object/abstract';
import { dictNew, dictSetItem } from '../object/dict';
import { objGetItem, objSetItem } from '../object/abstract';
import { excSystemError, excKeyError } from './exc';
import { sysDisplayhook } from '../modules/sys';
import { importName } from './import';
import { builtinImportIndex } from '../builtins/builtins';
import { CF_FN } from '../object/cfunc';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleType, tupleFromIterable } from '../object/tuple';
import { listNew, listType, listSize, listItemsAddr, listFromIterable } from '../object/list';
import { dictType, dictGetItemStr, dictSize, dictNext } from '../object/dict';
import { strType, strEmpty, strEqLiteral } from '../object/str';
import { sbNew, sbAppendStr, sbFinish, sbFree } from '../object/strbuild';
import { Py_None } from '../object/none';
import { functionType, funcNew, FN_DEFAULTS, FN_KWDEFAULTS, FN_CLOSURE, FN_ANNOTATIONS } from '../object/func';
import { descrType } from '../object/cfunc';
import { methodType, ME_FUNC, ME_SELF } from '../object/method';
import { callPushFrame } from './call';
import { FR_GLOBALS, FR_BUILTINS, FR_LOCALS } from './frame';
import { heapAlloc, heapFree } from '../heap/heap';
import * as OP from '../opcodes.gen';
import { excRestore } from './exc';
import { strInternLiteral, strFromLiteral } from '../object/str';
import { formatValue, objAscii } from '../object/strformat';
import { dictMerge, dictUpdateArg, dictGetItem } from '../object/dict';
import { FN_QUALNAME, FN_MODULE } from '../object/func';
import { cfuncType, CF_NAME } from '../object/cfunc';
import { sbAppendLiteral } from '../object/strbuild';

/** Is o a class deriving from BaseException? (also used by object/gen.ts's throw()) */
@inline export function isExceptionType(o: Ptr): bool {
  return isSubtype(load<Ptr>(o, OB_TYPE), typeType) && (load<u32>(o, TP_FLAGS) & TPFLAGS_BASE_EXC_SUBCLASS) != 0;
}
@inline function isExceptionInstance(o: Ptr): bool {
  return (load<u32>(load<Ptr>(o, OB_TYPE), TP_FLAGS) & TPFLAGS_BASE_EXC_SUBCLASS) != 0;
}

/** Instantiates an exception class with no arguments, as `raise E` does. */
function excInstantiate(t: Ptr): Ptr {
  const e = objCall(t, 0, 0, 0);
  if (e == 0) return 0;
  if (!isExceptionInstance(e)) {
    excFormat(excTypeError, 'calling %R should have returned an instance of BaseException, not %T', t, e);
    decref(e);
    return 0;
  }
  return e;
}

/**
 * RAISE_VARARGS (CPython's do_raise). Consumes exc and cause (either may be 0). Returns true for a
 * bare `raise` re-raising the handled exception (no new traceback entry), false otherwise; an
 * exception is set in every case.
 */
export function evalRaise(exc: Ptr, cause: Ptr): bool {
  if (exc == 0) {
    xdecref(cause);
    const h = excTopmostHandled();
    if (h == 0) {
      excSetString(excRuntimeError, 'No active exception to reraise');
      return false;
    }
    incref(h);
    excRestore(h);
    return true;
  }
  let e: Ptr = 0;
  if (isExceptionType(exc)) {
    e = excInstantiate(exc);
    decref(exc);
    if (e == 0) { xdecref(cause); return false; }
  } else if (isExceptionInstance(exc)) {
    e = exc;
  } else {
    decref(exc);
    xdecref(cause);
    excSetString(excTypeError, 'exceptions must derive from BaseException');
    return false;
  }
  if (cause) {
    let c: Ptr = 0;
    if (cause == Py_None) {
      c = newref(Py_None);
    } else if (isExceptionType(cause)) {
      c = excInstantiate(cause);
      if (c == 0) { decref(cause); decref(e); return false; }
    } else if (isExceptionInstance(cause)) {
      c = newref(cause);
    } else {
      decref(cause);
      decref(e);
      excSetString(excTypeError, 'exception causes must derive from BaseException');
      return false;
    }
    decref(cause);
    excSetCause(e, c);
    decref(c);
  }
  excRaise(e);
  decref(e);
  return false;
}


/** CHECK_EXC_MATCH: isinstance(exc, type) where type is an exception class or a tuple of them.
 *  1, 0, or -1 with TypeError for a non-exception class. */
export function evalCheckExcMatch(exc: Ptr, type: Ptr): i32 {
  if (load<Ptr>(type, OB_TYPE) == tupleType) {
    const n = tupleSize(type);
    for (let i: i32 = 0; i < n; i++) {
      if (!isExceptionType(tupleItem(type, i))) return badCatch();
    }
    for (let i: i32 = 0; i < n; i++) {
      if (isSubtype(load<Ptr>(exc, OB_TYPE), tupleItem(type, i))) return 1;
    }
    return 0;
  }
  if (!isExceptionType(type)) return badCatch();
  return isSubtype(load<Ptr>(exc, OB_TYPE), type) ? 1 : 0;
}

function badCatch(): i32 {
  excSetString(excTypeError, 'catching classes that do not inherit from BaseException is not allowed');
  return -1;
}

/** iter(seq) for unpacking, with CPython's message for a non-iterable. */
function unpackIter(seq: Ptr): Ptr {
  const it = objGetIter(seq);
  if (it == 0 && excMatches(excTypeError)) {
    excClear();
    excFormat(excTypeError, 'cannot unpack non-iterable %T object', seq);
  }
  return it;
}

/** UNPACK_SEQUENCE: stores n new references at dst so that item 0 ends on top. */
export function evalUnpackSequence(seq: Ptr, n: i32, dst: usize): bool {
  const t = load<Ptr>(seq, OB_TYPE);
  if (t == tupleType || t == listType) {
    const size = t == tupleType ? tupleSize(seq) : listSize(seq);
    const items = t == tupleType ? tupleItemsAddr(seq) : listItemsAddr(seq);
    if (size != n) {
      if (size < n) excFormat(excValueError, 'not enough values to unpack (expected %d, got %d)', <Ptr>(n), <Ptr>(size));
      else excFormat(excValueError, 'too many values to unpack (expected %d)', <Ptr>(n));
      return false;
    }
    for (let i: i32 = 0; i < n; i++) store<Ptr>(dst + (<usize>(n - 1 - i) << 2), newref(load<Ptr>(items + (<usize>i << 2))));
    return true;
  }
  const it = unpackIter(seq);
  if (it == 0) return false;
  for (let i: i32 = 0; i < n; i++) {
    const v = objIterNext(it);
    if (v == 0) {
      for (let j: i32 = 0; j < i; j++) decref(load<Ptr>(dst + (<usize>(n - 1 - j) << 2)));
      decref(it);
      if (!excOccurred()) excFormat(excValueError, 'not enough values to unpack (expected %d, got %d)', <Ptr>(n), <Ptr>(i));
      return false;
    }
    store<Ptr>(dst + (<usize>(n - 1 - i) << 2), v);
  }
  const extra = objIterNext(it);
  decref(it);
  if (extra != 0 || excOccurred()) {
    xdecref(extra);
    for (let j: i32 = 0; j < n; j++) decref(load<Ptr>(dst + (<usize>j << 2)));
    if (extra != 0) excFormat(excValueError, 'too many values to unpack (expected %d)', <Ptr>(n));
    return false;
  }
  return true;
}

/** UNPACK_EX: before items, a list of the middle, after items; item 0 on top. */
export function evalUnpackEx(seq: Ptr, before: i32, after: i32, dst: usize): bool {
  const it = unpackIter(seq);
  if (it == 0) return false;
  const total = before + after + 1;
  // collect everything into a list, then split
  const all = listFromIterable(it);
  decref(it);
  if (all == 0) return false;
  const n = listSize(all);
  if (n < before + after) {
    excFormat(excValueError, 'not enough values to unpack (expected at least %d, got %d)', <Ptr>(before + after), <Ptr>(n));
    decref(all);
    return false;
  }
  const items = listItemsAddr(all);
  for (let i: i32 = 0; i < before; i++) store<Ptr>(dst + (<usize>(total - 1 - i) << 2), newref(load<Ptr>(items + (<usize>i << 2))));
  const mid = listNew(n - before - after);
  if (mid == 0) { decref(all); return false; }
  for (let i: i32 = before; i < n - after; i++) {
    store<Ptr>(listItemsAddr(mid) + (<usize>(i - before) << 2), newref(load<Ptr>(items + (<usize>i << 2))));
  }
  store<Ptr>(dst + (<usize>(total - 1 - before) << 2), mid);
  for (let k: i32 = 0; k < after; k++) {
    const i = n - after + k;
    store<Ptr>(dst + (<usize>(after - 1 - k) << 2), newref(load<Ptr>(items + (<usize>i << 2))));
  }
  decref(all);
  return true;
}

/** BUILD_STRING: concatenates n strs at src (consumes them). */
export function evalBuildString(src: usize, n: i32): Ptr {
  const sb = sbNew();
  for (let i: i32 = 0; i < n; i++) sbAppendStr(sb, load<Ptr>(src + (<usize>i << 2)));
  for (let i: i32 = 0; i < n; i++) decref(load<Ptr>(src + (<usize>i << 2)));
  return sbFinish(sb);
}

/** FORMAT_VALUE: conversion (FV_STR/REPR/ASCII) then format(value, spec). */
export function evalFormatValue(v: Ptr, conv: u32, spec: Ptr): Ptr {
  let x = v;
  let owned = false;
  if (conv == OP.FV_STR) { x = objStr(v); owned = true; }
  else if (conv == OP.FV_REPR) { x = objRepr(v); owned = true; }
  else if (conv == OP.FV_ASCII) { x = objAscii(v); owned = true; }
  if (x == 0) return 0;
  const r = objFormat(x, spec);
  if (owned) decref(x);
  return r;
}


/** format(value, spec) for FORMAT_VALUE (spec 0 = none). */
@inline function objFormat(v: Ptr, spec: Ptr): Ptr {
  return formatValue(v, spec != 0 ? spec : strEmpty);
}

/** CALL_FUNCTION_EX: callable(*args, **kwargs). args may be any iterable, kwargs any mapping
 *  (a dict here). A Python function, or a bound method of one, is not run here: its frame is
 *  pushed (callPushFrame, as CALL's general path does) and stored at `pushed` for the loop to
 *  run inline, and the result is 0 with no exception. CPython 3.11 calls it without a C-level
 *  recursion too, so decorators' `f(*args, **kwargs)` wrappers cost one recursion level per
 *  frame, not two. Otherwise `pushed` is left alone and the result is the call's. */
export function evalCallFunctionEx(callable: Ptr, args: Ptr, kwargs: Ptr, caller: Ptr, pushed: usize): Ptr {
  let t = args;
  let ownedT = false;
  if (load<Ptr>(args, OB_TYPE) != tupleType) {
    t = tupleFromIterable(args);
    if (t == 0) {
      if (excMatches(excTypeError)) {
        excClear();
        excFormat(excTypeError, '%S argument after * must be an iterable, not %T', callable, args);
      }
      return 0;
    }
    ownedT = true;
  }
  const npos = tupleSize(t);
  const nkw = kwargs ? <i32>dictSize(kwargs) : 0;
  // word 0 is free for a bound method's self; the arguments start at word 1
  const buf = heapAlloc(<usize>(npos + nkw + 1) << 2);
  if (buf == 0) { if (ownedT) decref(t); return excNoMemory(); }
  const argv = buf + 4;
  memory.copy(argv, tupleItemsAddr(t), <usize>npos << 2);
  let kwnames: Ptr = 0;
  if (nkw > 0) {
    kwnames = tupleNew(nkw);
    const scratch = kwnames != 0 ? heapAlloc(12) : 0;
    if (scratch == 0) {
      // out of memory: never call without the keyword names (they would pass as positionals)
      xdecref(kwnames);
      heapFree(buf);
      if (ownedT) decref(t);
      return excNoMemory();
    }
    const posAddr = argv + (<usize>npos << 2);
    let i: i32 = 0;
    store<i32>(scratch, 0);
    while (dictNext(kwargs, scratch, scratch + 4, scratch + 8)) {
      const k = load<Ptr>(scratch, 4);
      const v = load<Ptr>(scratch, 8);
      if (load<Ptr>(k, OB_TYPE) != strType) {
        heapFree(scratch);
        heapFree(buf);
        decref(kwnames);
        if (ownedT) decref(t);
        return excFormat(excTypeError, 'keywords must be strings');
      }
      store<Ptr>(tupleItemsAddr(kwnames) + (<usize>i << 2), newref(k));
      store<Ptr>(posAddr + (<usize>i << 2), v);
      i++;
    }
    heapFree(scratch);
  }
  let r: Ptr = 0;
  const ct = load<Ptr>(callable, OB_TYPE);
  if (ct == functionType) {
    // the frame copies the arguments (increfs them): buf and t can go right after
    store<Ptr>(pushed, callPushFrame(callable, argv, npos + nkw, kwnames, caller, 0));
  } else if (ct == methodType && load<Ptr>(load<Ptr>(callable, ME_FUNC), OB_TYPE) == functionType) {
    store<Ptr>(buf, load<Ptr>(callable, ME_SELF));
    store<Ptr>(pushed, callPushFrame(load<Ptr>(callable, ME_FUNC), buf, npos + nkw + 1, kwnames, caller, 0));
  } else {
    r = objCall(callable, argv, npos + nkw, kwnames);
  }
  heapFree(buf);
  xdecref(kwnames);
  if (ownedT) decref(t);
  return r;
}

/** MAKE_FUNCTION: items at src are [defaults] [kwdefaults] [annotations] [closure] code, all
 *  consumed. */
export function evalMakeFunction(src: usize, flags: u32, frame: Ptr): Ptr {
  let p = src;
  const defaults = (flags & OP.MF_DEFAULTS) ? load<Ptr>(p) : 0; if (flags & OP.MF_DEFAULTS) p += 4;
  const kwdefaults = (flags & OP.MF_KWDEFAULTS) ? load<Ptr>(p) : 0; if (flags & OP.MF_KWDEFAULTS) p += 4;
  const annotations = (flags & OP.MF_ANNOTATIONS) ? load<Ptr>(p) : 0; if (flags & OP.MF_ANNOTATIONS) p += 4;
  const closure = (flags & OP.MF_CLOSURE) ? load<Ptr>(p) : 0; if (flags & OP.MF_CLOSURE) p += 4;
  const code = load<Ptr>(p);
  const globals = load<Ptr>(frame, FR_GLOBALS);
  const module = dictGetItemStr(globals, sDunderName);
  const f = funcNew(code, globals, load<Ptr>(frame, FR_BUILTINS), module);
  decref(code);
  if (f == 0) {
    xdecref(defaults); xdecref(kwdefaults); xdecref(annotations); xdecref(closure);
    return excNoMemory();
  }
  store<Ptr>(f, defaults, FN_DEFAULTS);
  store<Ptr>(f, kwdefaults, FN_KWDEFAULTS);
  store<Ptr>(f, annotations, FN_ANNOTATIONS);
  store<Ptr>(f, closure, FN_CLOSURE);
  return f;
}

/**
 * LOAD_METHOD on the stack slot at `slot` (holding owner): on success leaves `meth owner` (an
 * unbound function or method descriptor to call with owner first) or `NULL attr` in slot and
 * slot+4, and returns true. On error the owner is released and false returned.
 */
export function evalLoadMethod(slot: usize, name: Ptr): bool {
  const owner = load<Ptr>(slot);
  const t = load<Ptr>(owner, OB_TYPE);
  const ga = typeSlot(t, SLOT_GETATTRO);
  if (ga == 0 || ga == objGenericGetAttr.index) {
    const descr = typeLookup(t, name);
    if (descr != 0) {
      const dt = load<Ptr>(descr, OB_TYPE);
      if (dt == functionType || dt == descrType) {
        const da = objDictAddr(owner);
        if (da == 0 || load<Ptr>(da) == 0 || dictGetItemStr(load<Ptr>(da), name) == 0) {
          store<Ptr>(slot, newref(descr));
          store<Ptr>(slot + 4, owner);
          return true;
        }
      }
    }
  }
  const attr = objGetAttr(owner, name);
  decref(owner);
  if (attr == 0) return false;
  store<Ptr>(slot, 0);
  store<Ptr>(slot + 4, attr);
  return true;
}



/** How CPython names a callable in call errors (_PyObject_FunctionStr): "mod.f()" for a Python
 *  function outside builtins, "f()" for a builtin. */
function functionStr(f: Ptr): Ptr {
  const t = load<Ptr>(f, OB_TYPE);
  const sb = sbNew();
  if (t == functionType) {
    const mod = load<Ptr>(f, FN_MODULE);
    if (mod != 0 && load<Ptr>(mod, OB_TYPE) == strType && !strEqLiteral(mod, 'builtins')) {
      sbAppendStr(sb, mod);
      sbAppendLiteral(sb, '.');
    }
    sbAppendStr(sb, load<Ptr>(f, FN_QUALNAME));
  }
  else if (t == cfuncType || t == descrType) sbAppendStr(sb, load<Ptr>(f, CF_NAME));
  else { const r = objRepr(f); if (r == 0) { sbFree(sb); return 0; } sbAppendStr(sb, r); decref(r); return sbFinish(sb); }
  sbAppendLiteral(sb, '()');
  return sbFinish(sb);
}

/**
 * DICT_UPDATE (func == 0: a dict display's {**m}) and DICT_MERGE (func = the callable of
 * f(**m), whose name goes into the errors; a repeated key is a TypeError). 0 ok, -1 error.
 */
export function evalDictUpdate(d: Ptr, m: Ptr, func: Ptr): i32 {
  if (func == 0) {
    if (dictUpdateArg(d, m) < 0) {
      if (excMatches(excAttributeError)) {
        excClear();
        excFormat(excTypeError, "'%T' object is not a mapping", m);
      }
      return -1;
    }
    return 0;
  }
  // any mapping (a dict subclass, a class's mappingproxy, anything with keys()): read into a
  // dict first, as CPython's DICT_MERGE reads it through keys() and []
  let src = m;
  if (load<Ptr>(m, OB_TYPE) != dictType) {
    const keys = objLookupAttr(m, sKeys);
    if (keys == 0) {
      if (excOccurred()) return -1;
      const name = functionStr(func);
      if (name == 0) return -1;
      excFormat(excTypeError, '%U argument after ** must be a mapping, not %T', name, m);
      decref(name);
      return -1;
    }
    decref(keys);
    src = dictNew();
    if (src == 0) return -1;
    if (dictUpdateArg(src, m) < 0) { decref(src); return -1; }
  }
  // a repeated keyword is an error: check before merging
  const pos = heapAlloc(8);
  if (pos == 0) { if (src != m) decref(src); excNoMemory(); return -1; }
  store<i32>(pos, 0);
  while (dictNext(src, pos, pos + 4, 0)) {
    const k = load<Ptr>(pos, 4);
    if (dictGetItem(d, k) != 0) {
      heapFree(pos);
      if (src != m) decref(src);
      const name = functionStr(func);
      if (name == 0) return -1;
      excFormat(excTypeError, "%U got multiple values for keyword argument '%S'", name, k);
      decref(name);
      return -1;
    }
  }
  heapFree(pos);
  const r = dictMerge(d, src, true);
  if (src != m) decref(src);
  return r;
}
let sKeys: Ptr = 0;

/** SETUP_ANNOTATIONS: a module or class body with annotations gets `__annotations__ = {}` in
 *  its namespace unless it already has one (any mapping: a class's __prepare__ may make it). */
export function evalSetupAnnotations(locals: Ptr): bool {
  if (locals == 0) { excSetString(excSystemError, 'no locals found when setting up annotations'); return false; }
  if (load<Ptr>(locals, OB_TYPE) == dictType) {
    if (dictGetItemStr(locals, sAnnotations) != 0) return true;
  } else {
    const v = objGetItem(locals, sAnnotations);
    if (v != 0) { decref(v); return true; }
    if (!excMatches(excKeyError)) return false;
    excClear();
  }
  const d = dictNew();
  if (d == 0) return false;
  const r = load<Ptr>(locals, OB_TYPE) == dictType ? dictSetItem(locals, sAnnotations, d) : objSetItem(locals, sAnnotations, d);
  decref(d);
  return r >= 0;
}
let sAnnotations: Ptr = 0;

/** IMPORT_NAME, as CPython's import_name: __import__ from the frame's builtins (ImportError
 *  when they have none, as code run with restricted builtins finds); the builtin one imports
 *  directly, a replacement is called as __import__(name, globals, locals or None, fromlist,
 *  level). Arguments borrowed; a new reference out. */
export function evalImportName(frame: Ptr, name: Ptr, fromlist: Ptr, level: Ptr): Ptr {
  if (sImport == 0) sImport = strInternLiteral('__import__');
  const f = dictGetItemStr(load<Ptr>(frame, FR_BUILTINS), sImport);
  if (f == 0) return excSetString(excImportError, '__import__ not found');
  const globals = load<Ptr>(frame, FR_GLOBALS);
  if (load<Ptr>(f, OB_TYPE) == cfuncType && load<u32>(f, CF_FN) == builtinImportIndex()) {
    return importName(name, globals, fromlist, level);
  }
  const a = heapAlloc(20);
  if (a == 0) return excNoMemory();
  const locals = load<Ptr>(frame, FR_LOCALS);
  store<Ptr>(a, name);
  store<Ptr>(a, globals, 4);
  store<Ptr>(a, locals != 0 ? locals : Py_None, 8);
  store<Ptr>(a, fromlist, 12);
  store<Ptr>(a, level, 16);
  const r = objCall(f, a, 5, 0);
  heapFree(a);
  return r;
}
let sImport: Ptr = 0;

/** PRINT_EXPR ('single' mode code): sys.displayhook(v), v borrowed. */
/** The ops the loop sends to its default case, with the stack top at sp: returns the stack top
 *  after the op; an error leaves an exception set. Unknown ops raise SystemError. */
@noinline export function evalRareOp(word: u32, sp: usize): usize {
  const op = word & 0xFF;
  if (op == OP_PRINT_EXPR) {
    sp -= 4;
    const v = load<Ptr>(sp);
    evalPrintExpr(v);
    decref(v);
    return sp;
  }
  const opname = strFromLiteral(opcodeName(op));
  if (opname != 0) {
    excFormat(excSystemError, 'pyrite: %U is not implemented yet', opname);
    decref(opname);
  }
  return sp;
}

/** PRINT_EXPR: sys.displayhook(v) (v borrowed). */
function evalPrintExpr(v: Ptr): bool {
  const hook = sysDisplayhook();
  if (hook == 0) { excSetString(excRuntimeError, 'lost sys.displayhook'); return false; }
  const cell = memory.data(4);
  store<Ptr>(cell, v);
  const r = objCall(hook, cell, 1, 0);
  if (r == 0) return false;
  decref(r);
  return true;
}

// ---- with ----

let sEnter: Ptr = 0, sExit: Ptr = 0;
let sDunderName: Ptr = 0;

export function evalWithNamesInit(): void {
  sDunderName = strInternLiteral('__name__');
  sKeys = strInternLiteral('keys');
  sAnnotations = strInternLiteral('__annotations__');
  sEnter = strInternLiteral('__enter__');
  sExit = strInternLiteral('__exit__');
}

/** type(o).name bound to o (a special-method lookup: the instance dict is not consulted). */
function lookupSpecialBound(o: Ptr, name: Ptr): Ptr {
  const t = load<Ptr>(o, OB_TYPE);
  const attr = typeLookup(t, name);
  if (attr == 0) return 0;
  const get = typeSlot(load<Ptr>(attr, OB_TYPE), SLOT_DESCR_GET);
  if (get == 0) return newref(attr);
  return call_indirect<Ptr>(get, attr, o, t);
}

/** BEFORE_WITH: stack slot `slot` holds mgr (owned); it becomes exit, and slot+4 the result of
 *  __enter__(). False with an exception set (mgr released, nothing pushed). */
export function evalBeforeWith(slot: usize): bool {
  const mgr = load<Ptr>(slot);
  const t = load<Ptr>(mgr, OB_TYPE);
  if (typeLookup(t, sEnter) == 0) {
    excFormat(excTypeError, "'%T' object does not support the context manager protocol", mgr);
    decref(mgr);
    return false;
  }
  if (typeLookup(t, sExit) == 0) {
    excFormat(excTypeError, "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
    decref(mgr);
    return false;
  }
  const exit = lookupSpecialBound(mgr, sExit);
  if (exit == 0) { decref(mgr); return false; }
  const enter = lookupSpecialBound(mgr, sEnter);
  if (enter == 0) { decref(exit); decref(mgr); return false; }
  const r = objCall(enter, 0, 0, 0);
  decref(enter);
  decref(mgr);
  if (r == 0) { decref(exit); return false; }
  store<Ptr>(slot, exit);
  store<Ptr>(slot + 4, r);
  return true;
}

/** WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__) with the stack
 *  [exit, lasti, prev_exc, exc] below top; returns its result (new) or 0. */
export function evalWithExceptStart(top: usize): Ptr {
  const exc = load<Ptr>(top - 4);
  const exit = load<Ptr>(top - 16);
  const buf = objArgBuf(3);
  if (buf == 0) return 0;
  const tb = excTraceback(exc);
  store<Ptr>(buf, load<Ptr>(exc, OB_TYPE));
  store<Ptr>(buf, exc, 4);
  store<Ptr>(buf, tb ? tb : Py_None, 8);
  const r = objCall(exit, buf, 3, 0);
  argBufPop(3);
  return r;
}
import { objArgBuf, argBufPop } from '../object/descrobject';
import { excTraceback } from './exc';
