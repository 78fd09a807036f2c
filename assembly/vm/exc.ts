// === Exceptions: the builtin hierarchy, exception objects, tracebacks, and the error state ===
//
// The error convention of the whole core: a function that fails sets the current exception
// with one of the excSet*/excFormat helpers below and returns 0 (or -1); its caller passes the
// failure up until the eval loop unwinds to a handler. `curExc` is the exception being raised
// (owned); `excHandled` is the exception being handled by the innermost active `except` block
// (owned by the value stack that PUSH_EXC_INFO saved it on), used to set __context__.
//
// Exception object (all builtin exception types share it; GC prefix in front):
//   +0 refcnt | +4 type | +8 dict | +12 args (tuple) | +16 traceback | +20 context | +24 cause
//   +28 suppress_context u32 | +32 x1 (StopIteration.value, SystemExit.code, NameError.name)
//   +36 x2 (AttributeError.obj)
// Traceback object (CPython's tb chain: the head is the outermost frame, tb_next goes inward):
//   +0 refcnt | +4 type | +8 next | +12 code | +16 word index u32 | +20 lineno u32

import { Ptr, fatal } from '../common';
import { objAlloc, objFree, incref, decref, xdecref, newref, setref, OB_TYPE } from '../object/header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_STR, SLOT_NEW, SLOT_INIT, SLOT_GETATTRO, SLOT_SETATTRO, TP_BASICSIZE,
  TPFLAGS_HAVE_GC, TPFLAGS_BASE_EXC_SUBCLASS, TP_DICTOFFSET, typeSetSlot,
} from '../object/typelayout';
import { objGenericGetAttr, objGenericSetAttr, objIsTrue } from '../object/abstract';
import { boolFrom, boolType, Py_True } from '../object/bool';
import { intFromI64 } from '../object/int';
import { strInternLiteral } from '../object/str';
import { typeNewBuiltin, objectType, isSubtype, TK_EXC, TK_OTHER, typeName } from '../object/type';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleEmpty, tupleFromIterable } from '../object/tuple';
import { sbNew, sbAppendStr, sbAppendChar, sbAppendI64, sbFinish, sbFree } from '../object/strbuild';
import { objRepr, objStr } from '../object/abstract';
import { strFromLiteral } from '../object/str';
import { Py_None } from '../object/none';

@inline export const EXC_DICT: usize = 8;
@inline export const EXC_ARGS: usize = 12;
@inline export const EXC_TRACEBACK: usize = 16;
@inline export const EXC_CONTEXT: usize = 20;
@inline export const EXC_CAUSE: usize = 24;
@inline export const EXC_SUPPRESS: usize = 28;
@inline export const EXC_X1: usize = 32;
@inline export const EXC_X2: usize = 36;
@inline const EXC_SIZE: u32 = 40;

@inline export const TB_NEXT: usize = 8;
@inline export const TB_CODE: usize = 12;
@inline export const TB_WORD: usize = 16;
@inline export const TB_LINE: usize = 20;
@inline const TB_SIZE: u32 = 24;

/** The exception being raised (owned), or 0. */
export let curExc: Ptr = 0;
/** The exception being handled by the innermost running `except` block (borrowed), or 0. */
export let excHandled: Ptr = 0;
export function excSetHandled(e: Ptr): void { excHandled = e; }
/** While a generator runs, excHandled is the generator's own state (CPython's gi_exc_state);
 *  this is the innermost handled exception of the code that resumed it (and its resumers):
 *  borrowed from them, 0 if none. CPython walks its exc_info chain for the same answer. */
export let excHandledOuter: Ptr = 0;
export function excSetHandledOuter(e: Ptr): void { excHandledOuter = e; }
/** The exception `raise` re-raises and new exceptions take as __context__ (CPython's
 *  _PyErr_GetTopmostException): borrowed, 0 if none. */
@inline export function excTopmostHandled(): Ptr {
  return excHandled != 0 ? excHandled : excHandledOuter;
}

export let tracebackType: Ptr = 0;

export let excBaseException: Ptr = 0;
export let excException: Ptr = 0;
export let excTypeError: Ptr = 0;
export let excValueError: Ptr = 0;
export let excNameError: Ptr = 0;
export let excUnboundLocalError: Ptr = 0;
export let excAttributeError: Ptr = 0;
export let excIndexError: Ptr = 0;
export let excIndentationError: Ptr = 0;
export let excTabError: Ptr = 0;
export let excKeyError: Ptr = 0;
export let excLookupError: Ptr = 0;
export let excZeroDivisionError: Ptr = 0;
export let excOverflowError: Ptr = 0;
export let excArithmeticError: Ptr = 0;
export let excRecursionError: Ptr = 0;
export let excRuntimeError: Ptr = 0;
export let excNotImplementedError: Ptr = 0;
export let excMemoryError: Ptr = 0;
export let excSystemError: Ptr = 0;
export let excSystemExit: Ptr = 0;
export let excKeyboardInterrupt: Ptr = 0;
export let excStopIteration: Ptr = 0;
export let excStopAsyncIteration: Ptr = 0;
export let excGeneratorExit: Ptr = 0;
export let excAssertionError: Ptr = 0;
export let excImportError: Ptr = 0;
export let excModuleNotFoundError: Ptr = 0;
export let excOSError: Ptr = 0;
export let excEOFError: Ptr = 0;
export let excUnicodeError: Ptr = 0;
export let excUnicodeDecodeError: Ptr = 0;
export let excUnicodeEncodeError: Ptr = 0;
export let excBufferError: Ptr = 0;
export let excSyntaxError: Ptr = 0;
export let excReferenceError: Ptr = 0;

/** Every builtin exception type, in creation order (for the builtins module). */
const EXC_TYPES_MAX: i32 = 80;
let excTypeList: Ptr = 0;
let excTypeCountV: i32 = 0;
export function excTypeCount(): i32 { return excTypeCountV; }
export function excTypeAt(i: i32): Ptr { return load<Ptr>(excTypeList + (<usize>i << 2)); }

/** True while vmEndRun tears the finished program's module down (CPython's finalization: its
 *  unraisable reports then print tracebacks without source lines). */
export let excFinalizing = false;
export function excSetFinalizing(on: bool): void { excFinalizing = on; }

/** Preallocated so that running out of memory can always be reported. */
let memoryErrorInstance: Ptr = 0;

// ---- the error state ----

@inline export function excOccurred(): bool {
  return curExc != 0;
}

/** Does the current exception match t (an exception type)? */
export function excMatches(t: Ptr): bool {
  return curExc != 0 && isSubtype(load<Ptr>(curExc, OB_TYPE), t);
}

export function excClear(): void {
  if (curExc) { const e = curExc; curExc = 0; decref(e); }
}

/** Takes the current exception (a new reference for the caller) and clears the state. */
export function excFetch(): Ptr {
  const e = curExc;
  curExc = 0;
  return e;
}

/** Makes e (stolen) the current exception again, as it was (no new context). */
export function excRestore(e: Ptr): void {
  const old = curExc;
  curExc = e;
  if (old) decref(old);
}

/** Raises the exception instance e (borrowed): sets its __context__ to the exception being
 *  handled, as CPython's _PyErr_SetObject does, and makes it current. Returns 0. */
export function excRaise(e: Ptr): Ptr {
  excChainContext(e, excTopmostHandled());
  incref(e);
  excRestore(e);
  return 0;
}

/** Sets e.__context__ = h (borrowed; nothing when h is 0 or e itself), first cutting h's
 *  context chain where it reaches e so that no cycle forms (CPython's _PyErr_SetObject). */
export function excChainContext(e: Ptr, h: Ptr): void {
  if (h != 0 && h != e) {
    // Break a would-be cycle in the context chain: if e is already in h's chain, cut it there.
    let o = h;
    while (true) {
      const ctx = load<Ptr>(o, EXC_CONTEXT);
      if (ctx == 0) break;
      if (ctx == e) { store<Ptr>(o, 0, EXC_CONTEXT); decref(ctx); break; }
      o = ctx;
    }
    incref(h);
    setref(e + EXC_CONTEXT, h);
  }
}

/** Raises `type(value)`: value becomes the only argument (or is the exception itself if it is an
 *  instance of type). Borrowed arguments; returns 0. */
export function excSetObject(type: Ptr, value: Ptr): Ptr {
  if (value != 0 && isSubtype(load<Ptr>(value, OB_TYPE), type)) return excRaise(value);
  let args: Ptr;
  if (value == 0) {
    args = newref(tupleEmpty);
  } else {
    args = tupleNew(1);
    if (args == 0) return excNoMemory();
    store<Ptr>(tupleItemsAddr(args), newref(value));
  }
  const e = excNewInstance(type, args);
  decref(args);
  if (e == 0) return excNoMemory();
  excRaise(e);
  decref(e);
  return 0;
}

/** Raises KeyError(key) with key always its one argument, even when key is itself an exception
 *  (CPython's _PyErr_SetKeyError; excSetObject would raise such a key as is). Returns 0. */
export function excSetKeyError(key: Ptr): Ptr {
  const args = tupleNew(1);
  if (args == 0) return excNoMemory();
  store<Ptr>(tupleItemsAddr(args), newref(key));
  const e = excNewInstance(excKeyError, args);
  decref(args);
  if (e == 0) return excNoMemory();
  excRaise(e);
  decref(e);
  return 0;
}

/** Raises type(msg) with a literal message. Returns 0. */
/** excSetObject with msg stolen (a str just built); msg 0 (its building failed) sets nothing. */
export function excSetObjectStolen(type: Ptr, msg: Ptr): void {
  if (msg == 0) return;
  excSetObject(type, msg);
  decref(msg);
}

export function excSetString(type: Ptr, msg: string): Ptr {
  const s = strFromLiteral(msg);
  if (s == 0) return excNoMemory();
  excSetObject(type, s);
  decref(s);
  return 0;
}

/** Raises MemoryError without allocating. Returns 0. */
export function excNoMemory(): Ptr {
  if (memoryErrorInstance == 0) fatal(20);
  setref(memoryErrorInstance + EXC_TRACEBACK, 0);
  return excRaise(memoryErrorInstance);
}

/**
 * Raises type(message) where message is fmt with its codes replaced: %U a str object, %S str(a),
 * %R repr(a), %T the type name of a, %N the name of a type object, %D an int object, %d the
 * argument itself as a signed 32-bit number (pass `<Ptr>n`), %A as %T but 'None' for None
 * (argument clinic's wording for a bad argument type), %% a '%'.
 * Arguments are taken in order. Always returns 0.
 */
export function excFormat(type: Ptr, fmt: string, a: Ptr = 0, b: Ptr = 0, c: Ptr = 0): Ptr {
  const msg = formatMessage(fmt, a, b, c);
  if (msg == 0) return 0;
  excSetObject(type, msg);
  decref(msg);
  return 0;
}

/** The message excFormat would raise, as a new str (0 with an exception set on failure). */
/** CPython's tp_name of a builtin type defined outside builtins carries its module
 *  ('types.GenericAlias'): such types keep a str __module__ in their dict. */
function appendModulePrefix(sb: Ptr, t: Ptr): void {
  if ((load<u32>(t, TP_FLAGS_EXC) & TPFLAGS_HEAPTYPE_EXC) != 0 || nModule == 0) return;
  const m = dictGetItemStrExc(load<Ptr>(t, TP_DICT_EXC), nModule);
  if (m == 0 || load<Ptr>(m, OB_TYPE) != strTypeExc) return;
  sbAppendStr(sb, m);
  sbAppendChar(sb, 46); // '.'
}
import { TP_FLAGS as TP_FLAGS_EXC, TP_DICT as TP_DICT_EXC, TPFLAGS_HEAPTYPE as TPFLAGS_HEAPTYPE_EXC } from '../object/typelayout';
import { dictGetItemStr as dictGetItemStrExc } from '../object/dict';
import { strType as strTypeExc } from '../object/str';

export function formatMessage(fmt: string, a: Ptr, b: Ptr, c: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return excNoMemory();
  const base = changetype<usize>(fmt);
  const n = fmt.length;
  let argi = 0;
  for (let i = 0; i < n; i++) {
    const ch = <u32>load<u16>(base + (<usize>i << 1));
    if (ch != 37 /* % */ || i + 1 == n) { sbAppendChar(sb, ch); continue; }
    const code = <u32>load<u16>(base + (<usize>(i + 1) << 1));
    i++;
    if (code == 37) { sbAppendChar(sb, 37); continue; }
    const arg = argi == 0 ? a : argi == 1 ? b : c;
    argi++;
    if (code == 100 /* d */) { sbAppendI64(sb, <i64><i32>arg); continue; }
    let piece: Ptr = 0;
    let owned = true;
    if (code == 85 /* U */) { piece = arg; owned = false; }
    else if (code == 83 /* S */) piece = objStr(arg);
    else if (code == 82 /* R */ || code == 68 /* D */) piece = objRepr(arg);
    else if (code == 84 /* T */ || code == 78 /* N */) {
      const t = code == 84 ? load<Ptr>(arg, OB_TYPE) : arg;
      appendModulePrefix(sb, t);
      piece = typeName(t);
      owned = false;
    }
    else if (code == 65 /* A */) {
      // argument clinic's _PyArg_BadArgument: the type name, but 'None' for None
      if (arg == Py_None) { sbAppendLiteralExc(sb, 'None'); continue; }
      piece = typeName(load<Ptr>(arg, OB_TYPE)); owned = false;
    }
    else fatal(21);
    if (piece == 0) { sbFree(sb); return 0; }
    sbAppendStr(sb, piece);
    if (owned) decref(piece);
  }
  return sbFinish(sb);
}

// ---- exception objects ----

/** A new exception of type with the given args tuple (borrowed); no __init__ is run. */
export function excNewInstance(type: Ptr, args: Ptr): Ptr {
  const size = load<u32>(type, TP_BASICSIZE);
  const e = objAlloc(type, size > EXC_SIZE ? size : EXC_SIZE);
  if (e == 0) return 0;
  store<Ptr>(e, newref(args), EXC_ARGS);
  const n = tupleSize(args);
  if (isSubtype(type, excStopIteration) || isSubtype(type, excStopAsyncIteration)) {
    store<Ptr>(e, newref(n > 0 ? tupleItem(args, 0) : Py_None), EXC_X1);
  } else if (isSubtype(type, excSystemExit)) {
    store<Ptr>(e, newref(n == 0 ? Py_None : n == 1 ? tupleItem(args, 0) : args), EXC_X1);
  }
  return e;
}

@inline export function excArgs(e: Ptr): Ptr { return load<Ptr>(e, EXC_ARGS); }
@inline export function excTraceback(e: Ptr): Ptr { return load<Ptr>(e, EXC_TRACEBACK); }
@inline export function excCause(e: Ptr): Ptr { return load<Ptr>(e, EXC_CAUSE); }
@inline export function excContext(e: Ptr): Ptr { return load<Ptr>(e, EXC_CONTEXT); }
@inline export function excSuppressContext(e: Ptr): bool { return load<u32>(e, EXC_SUPPRESS) != 0; }
/** StopIteration.value / SystemExit.code (borrowed; may be 0 for other types). */
@inline export function excValue(e: Ptr): Ptr { return load<Ptr>(e, EXC_X1); }

/** Gives the current AttributeError/NameError its .name (and .obj), which the traceback printer
 *  uses for "Did you mean" suggestions, as CPython 3.11 does. Borrowed arguments. */
export function excSetAttrErrorContext(name: Ptr, obj: Ptr): void {
  const e = curExc;
  // raising the error may have failed (MemoryError is current then): leave that one alone
  if (e == 0 || !(isSubtype(load<Ptr>(e, OB_TYPE), excNameError) || isSubtype(load<Ptr>(e, OB_TYPE), excAttributeError))) return;
  incref(name);
  setref(e + EXC_X1, name);
  if (obj) incref(obj);
  setref(e + EXC_X2, obj);
}

/** CPython 3.11's set_attribute_error_context: a getattr that ends with an AttributeError whose
 *  .name and .obj are both still unset (a property or __getattr__ raised a bare one) gives it
 *  the name looked up and the object. An inner lookup's own context is kept. */
export function excAugmentAttrError(name: Ptr, obj: Ptr): void {
  const e = curExc;
  if (e == 0 || !isSubtype(load<Ptr>(e, OB_TYPE), excAttributeError)) return;
  if (load<Ptr>(e, EXC_X1) != 0 || load<Ptr>(e, EXC_X2) != 0) return;
  excSetAttrErrorContext(name, obj);
}

/** Sets e.__cause__ = cause (borrowed; 0 or None clears) and __suppress_context__ = True. */
export function excSetCause(e: Ptr, cause: Ptr): void {
  if (cause == Py_None) cause = 0;
  if (cause) incref(cause);
  setref(e + EXC_CAUSE, cause);
  store<u32>(e, 1, EXC_SUPPRESS);
}

/** e.__traceback__ = tb (borrowed): a traceback, or None for none (CPython's
 *  PyException_SetTraceback check, shared by the setter and with_traceback). 0, or -1 with
 *  TypeError set. The field only ever holds a traceback or 0: the report walks it. */
export function excSetTraceback(e: Ptr, tb: Ptr): i32 {
  if (tb == Py_None) { setref(e + EXC_TRACEBACK, 0); return 0; }
  if (load<Ptr>(tb, OB_TYPE) != tracebackType) {
    excSetString(excTypeError, '__traceback__ must be a traceback or None');
    return -1;
  }
  setref(e + EXC_TRACEBACK, newref(tb));
  return 0;
}

/** Records that the current exception passed through (code, word) at lineno: a new traceback
 *  entry at the head of its chain. Failure to allocate just drops the entry. */
export function excAddTraceback(code: Ptr, word: u32, lineno: u32): void {
  const e = curExc;
  if (e == 0) return;
  const tb = objAlloc(tracebackType, TB_SIZE);
  if (tb == 0) return;
  store<Ptr>(tb, load<Ptr>(e, EXC_TRACEBACK), TB_NEXT); // the old chain moves into tb
  store<Ptr>(tb, newref(code), TB_CODE);
  store<u32>(tb, word, TB_WORD);
  store<u32>(tb, lineno, TB_LINE);
  store<Ptr>(e, tb, EXC_TRACEBACK);
}

function exc_dealloc(e: Ptr): void {
  xdecref(load<Ptr>(e, EXC_DICT));
  xdecref(load<Ptr>(e, EXC_ARGS));
  xdecref(load<Ptr>(e, EXC_TRACEBACK));
  xdecref(load<Ptr>(e, EXC_CONTEXT));
  xdecref(load<Ptr>(e, EXC_CAUSE));
  xdecref(load<Ptr>(e, EXC_X1));
  xdecref(load<Ptr>(e, EXC_X2));
  objFree(e);
}

function exc_traverse(e: Ptr, visit: u32, arg: Ptr): i32 {
  for (let off: usize = EXC_DICT; off <= EXC_X2; off += 4) {
    if (off == EXC_SUPPRESS) continue;
    const v = load<Ptr>(e + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

/** The cycle collector's CLEAR (CPython's BaseException_clear): drops every reference; args
 *  becomes () rather than NULL, so str() and repr() of a cleared exception stay safe. */
function exc_clear(e: Ptr): void {
  setref(e + EXC_ARGS, newref(tupleEmpty));
  for (let off: usize = EXC_DICT; off <= EXC_X2; off += 4) {
    if (off == EXC_SUPPRESS || off == EXC_ARGS) continue;
    setref(e + off, 0);
  }
}

/** str(e): '' for no args, str(arg) for one, str(args) for several. KeyError repr()s its key. */
function exc_str(e: Ptr): Ptr {
  if (isSubtype(load<Ptr>(e, OB_TYPE), excSyntaxError)) return syntaxErrorStr(e);
  const args = load<Ptr>(e, EXC_ARGS);
  const n = tupleSize(args);
  if (n == 0) return strFromLiteral('');
  if (n == 1) {
    if (isSubtype(load<Ptr>(e, OB_TYPE), excKeyError)) return objRepr(tupleItem(args, 0));
    return objStr(tupleItem(args, 0));
  }
  return objStr(args);
}

/** repr(e): Name(arg) for one arg, Name(a, b) / Name() otherwise. */
function exc_repr(e: Ptr): Ptr {
  const args = load<Ptr>(e, EXC_ARGS);
  const sb = sbNew();
  sbAppendStr(sb, typeName(load<Ptr>(e, OB_TYPE)));
  const n = tupleSize(args);
  const r = objRepr(n == 1 ? tupleItem(args, 0) : args);
  if (r == 0) { sbFree(sb); return 0; }
  if (n == 1) sbAppendChar(sb, 40);
  sbAppendStr(sb, r);
  if (n == 1) sbAppendChar(sb, 41);
  decref(r);
  return sbFinish(sb);
}

/** BaseException.__new__ with the vectorcall shape: positional args become .args. */
function exc_new(type: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  // keywords are __init__'s business (a subclass's __init__ may take them)
  if (kwnames != 0) nargs -= tupleSize(kwnames);
  const t = tupleNew(nargs);
  if (t == 0) return excNoMemory();
  for (let i: i32 = 0; i < nargs; i++) {
    store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), newref(load<Ptr>(args + (<usize>i << 2))));
  }
  const e = excNewInstance(type, t);
  decref(t);
  if (e == 0) return excNoMemory();
  return e;
}

/** BaseException.__init__: .args becomes the positional arguments (again). */
function exc_init(e: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  if (kwnames != 0 && tupleSize(kwnames) > 0) {
    if (!isSubtype(load<Ptr>(e, OB_TYPE), excImportError)) {
      excFormat(excTypeError, '%N() takes no keyword arguments', load<Ptr>(e, OB_TYPE));
      return -1;
    }
    // ImportError(msg, name=..., path=...)
    const nkw = tupleSize(kwnames);
    nargs -= nkw;
    for (let i: i32 = 0; i < nkw; i++) {
      const k = tupleItem(kwnames, i);
      const v = load<Ptr>(args + (<usize>(nargs + i) << 2));
      if (strEqLiteralExc(k, 'name')) setref(e + EXC_X1, newref(v));
      else if (strEqLiteralExc(k, 'path')) setref(e + EXC_X2, newref(v));
      else {
        excFormat(excTypeError, "'%U' is an invalid keyword argument for ImportError()", k);
        return -1;
      }
    }
  }
  const t = tupleNew(nargs);
  if (t == 0) { excNoMemory(); return -1; }
  for (let i: i32 = 0; i < nargs; i++) {
    store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), newref(load<Ptr>(args + (<usize>i << 2))));
  }
  setref(e + EXC_ARGS, t);
  const type = load<Ptr>(e, OB_TYPE);
  if (isSubtype(type, excStopIteration) || isSubtype(type, excStopAsyncIteration)) {
    setref(e + EXC_X1, newref(nargs > 0 ? load<Ptr>(args) : Py_None));
  } else if (isSubtype(type, excSystemExit)) {
    setref(e + EXC_X1, newref(nargs == 0 ? Py_None : nargs == 1 ? load<Ptr>(args) : t));
  } else if (isSubtype(type, excSyntaxError)) {
    return syntaxErrorInitAttrs(e, t);
  }
  return 0;
}

/** AttributeError.__init__(*args, name=None, obj=None) and NameError.__init__(*args, name=None):
 *  the positional arguments as BaseException's, the keywords into .name/.obj. */
function name_exc_init(e: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): i32 {
  const nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  if (exc_init(e, args, nargs - nkw, 0) < 0) return -1;
  const attr = isSubtype(load<Ptr>(e, OB_TYPE), excAttributeError);
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    const v = load<Ptr>(args + (<usize>(nargs - nkw + k) << 2));
    let off: usize = 0;
    if (strEqLiteralExc(key, 'name')) off = EXC_X1;
    else if (attr && strEqLiteralExc(key, 'obj')) off = EXC_X2;
    else {
      excFormat(excTypeError, attr ? "'%U' is an invalid keyword argument for AttributeError()"
        : "'%U' is an invalid keyword argument for NameError()", key);
      return -1;
    }
    setref(e + off, newref(v));
  }
  return 0;
}
import { strEqLiteral as strEqLiteralExc } from '../object/str';

// ---- attributes: args, __cause__, __context__, __traceback__, ... ----

let nArgs: Ptr = 0, nCause: Ptr = 0, nContext: Ptr = 0, nTraceback: Ptr = 0, nSuppress: Ptr = 0;
let nValue: Ptr = 0, nCode: Ptr = 0, nName: Ptr = 0, nObj: Ptr = 0, nPath: Ptr = 0, nModule: Ptr = 0;
let nTbNext: Ptr = 0, nTbLineno: Ptr = 0;

/** Interns the attribute names the exception slots answer (once, at vmInit). */
export function excNamesInit(): void {
  nArgs = strInternLiteral('args');
  nCause = strInternLiteral('__cause__');
  nContext = strInternLiteral('__context__');
  nTraceback = strInternLiteral('__traceback__');
  nSuppress = strInternLiteral('__suppress_context__');
  nValue = strInternLiteral('value');
  nCode = strInternLiteral('code');
  nName = strInternLiteral('name');
  nObj = strInternLiteral('obj');
  nPath = strInternLiteral('path');
  nDunderDict = strInternLiteral('__dict__');
  nMsg = strInternLiteral('msg');
  nFilename = strInternLiteral('filename');
  nLineno = strInternLiteral('lineno');
  nOffset = strInternLiteral('offset');
  nText = strInternLiteral('text');
  nEndLineno = strInternLiteral('end_lineno');
  nEndOffset = strInternLiteral('end_offset');
  nPrintFileAndLine = strInternLiteral('print_file_and_line');
  nModule = strInternLiteral('__module__');
  nTbNext = strInternLiteral('tb_next');
  nTbLineno = strInternLiteral('tb_lineno');
}

@inline function orNone(v: Ptr): Ptr { return newref(v ? v : Py_None); }

/** The field an attribute name maps to for exception e, or 0. */
function excFieldOf(e: Ptr, name: Ptr): usize {
  if (name == nArgs) return EXC_ARGS;
  if (name == nCause) return EXC_CAUSE;
  if (name == nContext) return EXC_CONTEXT;
  if (name == nTraceback) return EXC_TRACEBACK;
  const t = load<Ptr>(e, OB_TYPE);
  if (name == nValue && (isSubtype(t, excStopIteration) || isSubtype(t, excStopAsyncIteration))) return EXC_X1;
  if (name == nCode && isSubtype(t, excSystemExit)) return EXC_X1;
  if (name == nName && (isSubtype(t, excNameError) || isSubtype(t, excAttributeError))) return EXC_X1;
  if (name == nObj && isSubtype(t, excAttributeError)) return EXC_X2;
  if (isSubtype(t, excImportError)) {
    if (name == nName) return EXC_X1;
    if (name == nPath) return EXC_X2;
  }
  return 0;
}

function exc_getattro(e: Ptr, name: Ptr): Ptr {
  if (name == nSuppress) return boolFrom(load<u32>(e, EXC_SUPPRESS) != 0);
  if (name == nDunderDict) {
    const d = excDictOf(e);
    return d != 0 ? newref(d) : excNoMemory();
  }
  const f = excFieldOf(e, name);
  if (f) return orNone(load<Ptr>(e + f));
  return objGenericGetAttr(e, name);
}

function exc_setattro(e: Ptr, name: Ptr, v: Ptr): i32 {
  if (name == nSuppress) {
    // a T_BOOL member in CPython: only a bool, and never deleted
    if (v == 0) { excSetString(excTypeError, "can't delete numeric/char attribute"); return -1; }
    if (load<Ptr>(v, OB_TYPE) != boolType) { excSetString(excTypeError, 'attribute value type must be bool'); return -1; }
    store<u32>(e, v == Py_True ? 1 : 0, EXC_SUPPRESS);
    return 0;
  }
  const f = excFieldOf(e, name);
  if (f == 0) return objGenericSetAttr(e, name, v);
  if (f == EXC_TRACEBACK) {
    if (v == 0) { excSetString(excTypeError, '__traceback__ may not be deleted'); return -1; }
    return excSetTraceback(e, v);
  }
  if (f == EXC_ARGS) {
    if (v == 0) { excSetString(excTypeError, 'args may not be deleted'); return -1; }
    const t = tupleFromIterable(v);
    if (t == 0) return -1;
    setref(e + EXC_ARGS, t);
    return 0;
  }
  if (f == EXC_CAUSE || f == EXC_CONTEXT) {
    if (v == 0) { excFormat(excTypeError, '%U may not be deleted', name); return -1; }
    if (v != Py_None && !isSubtype(load<Ptr>(v, OB_TYPE), excBaseException)) {
      excFormat(excTypeError, f == EXC_CAUSE ? 'exception cause must be None or derive from BaseException'
        : 'exception context must be None or derive from BaseException');
      return -1;
    }
    incref(v);
    setref(e + f, v == Py_None ? 0 : v);
    if (v == Py_None) decref(v);
    if (f == EXC_CAUSE) store<u32>(e, 1, EXC_SUPPRESS);
    return 0;
  }
  if (v == 0) { excFormat(excTypeError, '%U may not be deleted', name); return -1; }
  incref(v);
  setref(e + f, v);
  return 0;
}

function tb_getattro(tb: Ptr, name: Ptr): Ptr {
  if (name == nTbNext) return orNone(load<Ptr>(tb, TB_NEXT));
  if (name == nTbLineno) return intFromI64(<i64>load<u32>(tb, TB_LINE));
  return objGenericGetAttr(tb, name);
}

function tb_dealloc(tb: Ptr): void {
  xdecref(load<Ptr>(tb, TB_NEXT));
  decref(load<Ptr>(tb, TB_CODE));
  objFree(tb);
}

function tb_traverse(tb: Ptr, visit: u32, arg: Ptr): i32 {
  const next = load<Ptr>(tb, TB_NEXT);
  if (next) { const r = call_indirect<i32>(visit, next, arg); if (r) return r; }
  return call_indirect<i32>(visit, load<Ptr>(tb, TB_CODE), arg);
}

function excType(name: string, base: Ptr, size: u32 = EXC_SIZE): Ptr {
  const t = typeNewBuiltin(name, base, size, TPFLAGS_HAVE_GC | TPFLAGS_BASE_EXC_SUBCLASS, TK_EXC);
  if (excTypeList == 0) excTypeList = changetype<usize>(memory.data(EXC_TYPES_MAX * 4));
  if (excTypeCountV == EXC_TYPES_MAX) fatal(22);
  store<Ptr>(excTypeList + (<usize>excTypeCountV << 2), t);
  excTypeCountV++;
  return t;
}

/** The builtin exception type named `name` (a scan: for set-up code, not hot paths). */
export function builtinExcType(name: string): Ptr {
  for (let i: i32 = 0; i < excTypeCountV; i++) {
    const t = excTypeAt(i);
    if (strEqLiteralExc(typeName(t), name)) return t;
  }
  fatal(24);
  return 0;
}
import { OSERR_SIZE, oserrorSetSlots } from './oserror';

/** Makes the whole builtin exception hierarchy of CPython 3.11 and the traceback type. */
export function excTypesInit(): void {
  tracebackType = typeNewBuiltin('traceback', objectType, TB_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(tracebackType, SLOT_DEALLOC, tb_dealloc.index);
  typeSetSlot(tracebackType, SLOT_TRAVERSE, tb_traverse.index);
  typeSetSlot(tracebackType, SLOT_GETATTRO, tb_getattro.index);

  const B = excType('BaseException', objectType);
  excBaseException = B;
  typeSetSlot(B, SLOT_DEALLOC, exc_dealloc.index);
  typeSetSlot(B, SLOT_TRAVERSE, exc_traverse.index);
  typeSetSlot(B, SLOT_CLEAR, exc_clear.index);
  typeSetSlot(B, SLOT_STR, exc_str.index);
  typeSetSlot(B, SLOT_REPR, exc_repr.index);
  typeSetSlot(B, SLOT_NEW, exc_new.index);
  typeSetSlot(B, SLOT_INIT, exc_init.index);
  typeSetSlot(B, SLOT_GETATTRO, exc_getattro.index);
  typeSetSlot(B, SLOT_SETATTRO, exc_setattro.index);
  store<i32>(B, <i32>EXC_DICT, TP_DICTOFFSET);
  excType('BaseExceptionGroup', B);
  excGeneratorExit = excType('GeneratorExit', B);
  excKeyboardInterrupt = excType('KeyboardInterrupt', B);
  excSystemExit = excType('SystemExit', B);
  const E = excType('Exception', B);
  excException = E;
  excArithmeticError = excType('ArithmeticError', E);
  excType('FloatingPointError', excArithmeticError);
  excOverflowError = excType('OverflowError', excArithmeticError);
  excZeroDivisionError = excType('ZeroDivisionError', excArithmeticError);
  excAssertionError = excType('AssertionError', E);
  excAttributeError = excType('AttributeError', E);
  typeSetSlot(excAttributeError, SLOT_INIT, name_exc_init.index);
  excBufferError = excType('BufferError', E);
  excEOFError = excType('EOFError', E);
  excImportError = excType('ImportError', E);
  excModuleNotFoundError = excType('ModuleNotFoundError', excImportError);
  excLookupError = excType('LookupError', E);
  excIndexError = excType('IndexError', excLookupError);
  excKeyError = excType('KeyError', excLookupError);
  excMemoryError = excType('MemoryError', E);
  excNameError = excType('NameError', E);
  typeSetSlot(excNameError, SLOT_INIT, name_exc_init.index); // before UnboundLocalError inherits it
  excUnboundLocalError = excType('UnboundLocalError', excNameError);
  excOSError = excType('OSError', E, OSERR_SIZE);
  oserrorSetSlots(excOSError); // before its subclasses, which inherit the slots
  excType('BlockingIOError', excOSError, OSERR_SIZE);
  excType('ChildProcessError', excOSError, OSERR_SIZE);
  const conn = excType('ConnectionError', excOSError, OSERR_SIZE);
  excType('BrokenPipeError', conn, OSERR_SIZE);
  excType('ConnectionAbortedError', conn, OSERR_SIZE);
  excType('ConnectionRefusedError', conn, OSERR_SIZE);
  excType('ConnectionResetError', conn, OSERR_SIZE);
  excType('FileExistsError', excOSError, OSERR_SIZE);
  excType('FileNotFoundError', excOSError, OSERR_SIZE);
  excType('InterruptedError', excOSError, OSERR_SIZE);
  excType('IsADirectoryError', excOSError, OSERR_SIZE);
  excType('NotADirectoryError', excOSError, OSERR_SIZE);
  excType('PermissionError', excOSError, OSERR_SIZE);
  excType('ProcessLookupError', excOSError, OSERR_SIZE);
  excType('TimeoutError', excOSError, OSERR_SIZE);
  excReferenceError = excType('ReferenceError', E);
  excRuntimeError = excType('RuntimeError', E);
  excNotImplementedError = excType('NotImplementedError', excRuntimeError);
  excRecursionError = excType('RecursionError', excRuntimeError);
  excStopAsyncIteration = excType('StopAsyncIteration', E);
  excStopIteration = excType('StopIteration', E);
  excSyntaxError = excType('SyntaxError', E);
  excIndentationError = excType('IndentationError', excSyntaxError);
  excTabError = excType('TabError', excIndentationError);
  excSystemError = excType('SystemError', E);
  excTypeError = excType('TypeError', E);
  excValueError = excType('ValueError', E);
  excUnicodeError = excType('UnicodeError', excValueError);
  excUnicodeDecodeError = excType('UnicodeDecodeError', excUnicodeError);
  excUnicodeEncodeError = excType('UnicodeEncodeError', excUnicodeError);
  excType('UnicodeTranslateError', excUnicodeError);
  const W = excType('Warning', E);
  excType('BytesWarning', W);
  excType('DeprecationWarning', W);
  excType('EncodingWarning', W);
  excType('FutureWarning', W);
  excType('ImportWarning', W);
  excType('PendingDeprecationWarning', W);
  excType('ResourceWarning', W);
  excType('RuntimeWarning', W);
  excType('SyntaxWarning', W);
  excType('UnicodeWarning', W);
  excType('UserWarning', W);
}

/** End of a run: the preallocated MemoryError forgets the traceback and chain of its last use
 *  (they hold code objects and other exceptions the finished program made). */
export function excEndRun(): void {
  const e = memoryErrorInstance;
  if (e == 0) return;
  setref(e + EXC_TRACEBACK, 0);
  setref(e + EXC_CONTEXT, 0);
  setref(e + EXC_CAUSE, 0);
  store<u32>(e, 0, EXC_SUPPRESS);
}

/** After tuples exist: the preallocated MemoryError. */
export function excInstancesInit(): void {
  memoryErrorInstance = excNewInstance(excMemoryError, tupleEmpty);
  if (memoryErrorInstance == 0) fatal(23);
}

/**
 * Reports the current exception as one that cannot be raised (an error inside __del__) and
 * clears it, as CPython's default sys.unraisablehook writes it to stderr:
 *
 *   Exception ignored in: <repr(obj)>
 *   Traceback (most recent call last):        } the traceback, if it has one (the host formats
 *     File "x.py", line 3, in __del__         }  it: it has the source lines)
 *   Type: str(exc)                              ": " even when str(exc) is empty; no chain, no
 *                                               "Did you mean"
 * `obj` is what it happened in (borrowed).
 */
export function excWriteUnraisable(obj: Ptr): void {
  const e = excFetch();
  if (e == 0) return;
  const sb = sbNew();
  sbAppendLiteralExc(sb, 'Exception ignored in: ');
  const r = objRepr(obj);
  if (r) { sbAppendStr(sb, r); decref(r); } else { excClear(); sbAppendLiteralExc(sb, '<object repr() failed>'); }
  sbAppendChar(sb, 10);
  const head = sbFinish(sb);
  if (head != 0) { ioWriteStr(2, head); decref(head); } else excClear();
  const tb = load<Ptr>(e, EXC_TRACEBACK);
  if (tb != 0) {
    const block = reportFrames(tb, excFinalizing);
    if (block != 0) { ioWriteTraceback(block); heapFreeExc(block); }
  }
  const sb2 = sbNew();
  sbAppendStr(sb2, load<Ptr>(load<Ptr>(e, OB_TYPE), TP_QUALNAME_EXC));
  sbAppendLiteralExc(sb2, ': ');
  const m = objStr(e);
  if (m) { sbAppendStr(sb2, m); decref(m); } else { excClear(); sbAppendLiteralExc(sb2, '<exception str() failed>'); }
  sbAppendChar(sb2, 10);
  const tail = sbFinish(sb2);
  decref(e);
  if (tail == 0) { excClear(); return; }
  ioWriteStr(2, tail);
  decref(tail);
}
import { sbAppendLiteral as sbAppendLiteralExc } from '../object/strbuild';
import { strLen as strLenExc } from '../object/str';
import { ioWriteStr, ioFlushStdout, ioWriteTraceback } from './io';

// ---- ImportError and SyntaxError details ----

let nDunderDict: Ptr = 0;
let nMsg: Ptr = 0, nFilename: Ptr = 0, nLineno: Ptr = 0, nOffset: Ptr = 0, nText: Ptr = 0;
let nEndLineno: Ptr = 0, nEndOffset: Ptr = 0, nPrintFileAndLine: Ptr = 0;

import { strEqLiteral as strEqLiteralExc, strCharAt as strCharAtExc, strSubstring as strSubstringExc, isStr as isStrExc } from '../object/str';
import { dictNew as dictNewExc, dictSetItem as dictSetItemExc, dictGetItemStr as dictGetItemStrExc } from '../object/dict';

/** Gives the current ImportError its .name and .path (borrowed; 0 leaves None). */
export function excSetImportErrorInfo(name: Ptr, path: Ptr): void {
  const e = curExc;
  if (e == 0 || !isSubtype(load<Ptr>(e, OB_TYPE), excImportError)) return;
  if (name) incref(name);
  setref(e + EXC_X1, name);
  if (path) incref(path);
  setref(e + EXC_X2, path);
}

/** ImportError.name of e (borrowed, may be 0). */
export function excImportErrorName(e: Ptr): Ptr {
  return e != 0 && isSubtype(load<Ptr>(e, OB_TYPE), excImportError) ? load<Ptr>(e, EXC_X1) : 0;
}

/** The instance dict of exception e, made on first use. */
function excDictOf(e: Ptr): Ptr {
  let d = load<Ptr>(e, EXC_DICT);
  if (d == 0) {
    d = dictNewExc();
    if (d == 0) return 0;
    store<Ptr>(e, d, EXC_DICT);
  }
  return d;
}

/** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)): the attributes
 *  live in the instance dict (None when args do not give them), as CPython's members read. */
function syntaxErrorInitAttrs(e: Ptr, args: Ptr): i32 {
  const d = excDictOf(e);
  if (d == 0) { excNoMemory(); return -1; }
  const n = tupleSize(args);
  let details: Ptr = 0;
  if (n == 2) {
    details = tupleFromIterable(tupleItem(args, 1));
    if (details == 0) return -1;
    const dn = tupleSize(details);
    if (dn < 4 || dn > 6) {
      decref(details);
      excSetString(excIndexError, 'tuple index out of range');
      return -1;
    }
  }
  const dn = details ? tupleSize(details) : 0;
  let rc = dictSetItemExc(d, nMsg, n >= 1 ? tupleItem(args, 0) : Py_None);
  rc |= dictSetItemExc(d, nFilename, dn > 0 ? tupleItem(details, 0) : Py_None);
  rc |= dictSetItemExc(d, nLineno, dn > 1 ? tupleItem(details, 1) : Py_None);
  rc |= dictSetItemExc(d, nOffset, dn > 2 ? tupleItem(details, 2) : Py_None);
  rc |= dictSetItemExc(d, nText, dn > 3 ? tupleItem(details, 3) : Py_None);
  rc |= dictSetItemExc(d, nEndLineno, dn > 4 ? tupleItem(details, 4) : Py_None);
  rc |= dictSetItemExc(d, nEndOffset, dn > 5 ? tupleItem(details, 5) : Py_None);
  rc |= dictSetItemExc(d, nPrintFileAndLine, Py_None);
  xdecref(details);
  return rc < 0 ? -1 : 0;
}

/** A new SyntaxError (kind 0), IndentationError (1) or TabError (2) with its details, as the
 *  compiler reports one (vm/import.ts). Borrowed strs; 0 on failure (an exception set). */
export function excSyntaxErrorNew(kind: u8, msg: Ptr, filename: Ptr, lineno: i32, offset: i32, text: Ptr, endLineno: i32, endOffset: i32): Ptr {
  const type = kind == 0 ? excSyntaxError : kind == 1 ? excIndentationError : excTabError;
  // endLineno I32.MIN_VALUE: no end position at all (CPython's 4 details of an error found
  // before a line was read, such as a bad coding cookie)
  const hasEnd = endLineno != I32.MIN_VALUE;
  const details = tupleNew(hasEnd ? 6 : 4);
  if (details == 0) return excNoMemory();
  const items = tupleItemsAddr(details);
  store<Ptr>(items, newref(filename));
  store<Ptr>(items + 4, intFromI64(lineno));
  store<Ptr>(items + 8, intFromI64(offset));
  store<Ptr>(items + 12, newref(text));
  if (hasEnd) {
    store<Ptr>(items + 16, intFromI64(endLineno));
    store<Ptr>(items + 20, intFromI64(endOffset));
  }
  const args = tupleNew(2);
  if (args == 0) { decref(details); return excNoMemory(); }
  store<Ptr>(tupleItemsAddr(args), newref(msg));
  store<Ptr>(tupleItemsAddr(args) + 4, details);
  const e = excNewInstance(type, args);
  if (e == 0) { decref(args); return excNoMemory(); }
  const r = syntaxErrorInitAttrs(e, args);
  decref(args);
  if (r < 0) { decref(e); return 0; }
  return e;
}

/** str(SyntaxError): "msg (file, line N)" with the file's base name, as CPython's
 *  SyntaxError_str; the parts that are missing are left out. */
function syntaxErrorStr(e: Ptr): Ptr {
  const d = load<Ptr>(e, EXC_DICT);
  const msg = d ? dictGetItemStrExc(d, nMsg) : 0;
  if (msg == 0 || msg == Py_None) {
    const args = load<Ptr>(e, EXC_ARGS);
    if (tupleSize(args) == 0) return strFromLiteral('');
    return objStr(tupleSize(args) == 1 ? tupleItem(args, 0) : args);
  }
  const filename = dictGetItemStrExc(d, nFilename);
  const lineno = dictGetItemStrExc(d, nLineno);
  const haveFile = filename != 0 && isStrExc(filename);
  const haveLine = lineno != 0 && isIntExc(lineno);
  const m = objStr(msg);
  if (m == 0) return 0;
  if (!haveFile && !haveLine) return m;
  const sb = sbNew();
  sbAppendStr(sb, m);
  decref(m);
  sbAppendLiteralExc(sb, ' (');
  if (haveFile) {
    let start: i32 = 0;
    const fl = strLenExc(filename);
    for (let i = fl - 1; i >= 0; i--) if (strCharAtExc(filename, i) == 0x2F) { start = i + 1; break; }
    const base = strSubstringExc(filename, start, fl);
    if (base == 0) { sbFree(sb); return 0; }
    sbAppendStr(sb, base);
    decref(base);
    if (haveLine) sbAppendLiteralExc(sb, ', ');
  }
  if (haveLine) {
    sbAppendLiteralExc(sb, 'line ');
    sbAppendI64(sb, intValueExc(lineno));
  }
  sbAppendChar(sb, 41);
  return sbFinish(sb);
}
import { isInt as isIntExc, intValue as intValueExc } from '../object/int';
import { reportFrames } from './report';
import { heapFree as heapFreeExc } from '../heap/heap';
import { TP_QUALNAME as TP_QUALNAME_EXC } from '../object/typelayout';
