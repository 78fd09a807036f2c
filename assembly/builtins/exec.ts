// === compile(), exec() and eval(): running code the program made at run time ===
//
// compile() asks the host for a code object (vm/compile.ts); exec() and eval() compile a string
// the same way ('exec' and 'eval' mode, filename "<string>") or take a code object, then run it
// in a nested eval loop, as an imported module's body runs (vm/import.ts): the frame is entered
// from here (FRAME_ENTRY), so it cannot suspend, but the recursion limit, KeyboardInterrupt and
// MemoryError reach it as any other frame.
//
// The frame is CPython's for exec'd code: f_globals = globals, f_locals = locals (any mapping:
// LOAD_NAME/STORE_NAME/DELETE_NAME go through its __getitem__/__setitem__/__delitem__ when it is
// not an exact dict), f_builtins = globals['__builtins__'] (a module stands for its dict), and a
// globals dict without '__builtins__' gets the caller's builtins first. By default globals and
// locals are the caller's: in a function, locals() (the frame's snapshot dict: assignments made
// by the code do not reach the function's variables, as in CPython).
//
// The code runs as the body of a function object made for the run (CPython's
// PyEval_EvalCode does the same): the frame owns it, and with it the builtins dict; a closure
// (exec(code, closure=cells)) becomes that function's __closure__, which COPY_FREE_VARS reads.

import { Ptr } from '../common';
import { newref, decref, xdecref, setref, OB_TYPE, objType } from '../object/header';
import { typeSlot, SLOT_GETITEM } from '../object/typelayout';
import { typeLookup, typeKind, TK_BYTES } from '../object/type';
import { isStr, strEqLiteral, strInternLiteral, strFromLiteral } from '../object/str';
import { bytesData, bytesSize } from '../object/bytes';
import { bufferCheck } from '../object/buffer';
import { codecsDecode, CODEC_UTF8 } from '../object/codecs';
import { tupleSize, tupleItem, tupleType } from '../object/tuple';
import { dictCheck, dictNew, dictGetItemStr, dictSetItem } from '../object/dict';
import { moduleType, moduleDict } from '../object/module';
import { cellType } from '../object/cell';
import { Py_None } from '../object/none';
import { funcNew, FN_CLOSURE, FN_QUALNAME } from '../object/func';
import {
  codeType, CO_FLAGS, CO_OPTIMIZED, CO_NAME, codeCountOfKind, KIND_FREE,
} from '../object/code';
import { indexAsCArg } from '../object/slice';
import { callMethodFound } from '../object/slotdefs';
import { argAt, argErrBadKw } from '../object/methodargs';
import { intFromI64 } from '../object/int';
import {
  excFormat, excSetString, excTypeError, excValueError, excNotImplementedError, excOccurred,
} from '../vm/exc';
import { curFrame, frameSetCurrent, FR_CODE, FR_GLOBALS, FR_BUILTINS, FR_LOCALS, FRAME_ENTRY } from '../vm/frame';
import { callPushFrame } from '../vm/call';
import { evalFrame } from '../vm/eval';
import { compileSource, COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE, CO_FUTURE_ANNOTATIONS } from '../vm/compile';
import { frameLocals } from './introspect';

let sBuiltins: Ptr = 0, sFspath: Ptr = 0, sString: Ptr = 0;

export function execNamesInit(): void {
  sBuiltins = strInternLiteral('__builtins__');
  sFspath = strInternLiteral('__fspath__');
  sString = strInternLiteral('<string>');
}

// CPython's compile() flags: the future features (PyCF_MASK), CO_NESTED (PyCF_MASK_OBSOLETE)
// and the compile-only ones (PyCF_COMPILE_MASK); anything else is "unrecognised".
@inline const PYCF_MASK: u32 = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
@inline const PYCF_MASK_OBSOLETE: u32 = 0x10;
@inline const PYCF_DONT_IMPLY_DEDENT: u32 = 0x200;
@inline const PYCF_ONLY_AST: u32 = 0x400;
@inline const PYCF_TYPE_COMMENTS: u32 = 0x1000;
@inline const PYCF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;
@inline const PYCF_ALLOW_INCOMPLETE_INPUT: u32 = 0x4000;
@inline const PYCF_COMPILE_MASK: u32 = PYCF_ONLY_AST | PYCF_ALLOW_TOP_LEVEL_AWAIT | PYCF_TYPE_COMMENTS
  | PYCF_DONT_IMPLY_DEDENT | PYCF_ALLOW_INCOMPLETE_INPUT;

// ---- arguments ----

/** compile()'s parameters, in order; the last one is keyword-only. */
function compileParam(i: i32): string {
  switch (i) {
    case 0: return 'source';
    case 1: return 'filename';
    case 2: return 'mode';
    case 3: return 'flags';
    case 4: return 'dont_inherit';
    case 5: return 'optimize';
    default: return '_feature_version';
  }
}
@inline const COMPILE_NPARAMS: i32 = 7;
@inline const COMPILE_MAXPOS: i32 = 6;
@inline const COMPILE_REQUIRED: i32 = 3;

/** compile()'s argument clinic (_PyArg_UnpackKeywords): out[0..6] borrowed, 0 = not given. */
function compileBindArgs(args: usize, nargs: i32, kwnames: Ptr, out: usize): bool {
  const nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  for (let i: i32 = 0; i < COMPILE_NPARAMS; i++) store<Ptr>(out + (<usize>i << 2), 0);
  if (npos > COMPILE_MAXPOS) {
    excFormat(excTypeError, 'compile() takes at most 6 positional arguments (%d given)', <Ptr>npos);
    return false;
  }
  for (let i: i32 = 0; i < npos; i++) store<Ptr>(out + (<usize>i << 2), argAt(args, i));
  let used: i32 = 0; // bit k: keyword k bound
  for (let i = npos; i < COMPILE_NPARAMS; i++) {
    for (let k: i32 = 0; k < nkw; k++) {
      if (strEqLiteral(tupleItem(kwnames, k), compileParam(i))) {
        store<Ptr>(out + (<usize>i << 2), argAt(args, npos + k));
        used |= 1 << k;
        break;
      }
    }
    if (i < COMPILE_REQUIRED && load<Ptr>(out + (<usize>i << 2)) == 0) {
      const p = strFromLiteral(compileParam(i));
      const q = intFromI64(i + 1);
      excFormat(excTypeError, "compile() missing required argument '%U' (pos %D)", p, q);
      xdecref(p); xdecref(q);
      return false;
    }
  }
  for (let k: i32 = 0; k < nkw; k++) {
    if (used & (1 << k)) continue;
    const kw = tupleItem(kwnames, k);
    for (let i: i32 = 0; i < npos; i++) {
      if (strEqLiteral(kw, compileParam(i))) {
        excFormat(excTypeError, "argument for compile() given by name ('%U') and position (%d)", kw, <Ptr>(i + 1));
        return false;
      }
    }
    argErrBadKw(kw, 'compile');
    return false;
  }
  return true;
}

/** An int argument (C int, as the clinic converts it); `dflt` when not given. */
function intArg(o: Ptr, dflt: i32, okAddr: usize): i32 {
  store<u8>(okAddr, 1);
  if (o == 0) return dflt;
  const v = indexAsCArg(o, true);
  if (v == -1 && excOccurred()) store<u8>(okAddr, 0);
  return <i32>v;
}

/** compile()'s filename, as PyUnicode_FSDecoder takes it: a str, bytes (UTF-8; undecodable
 *  bytes become surrogates), or an os.PathLike whose __fspath__ gives one. New reference. */
function fsDecode(o: Ptr): Ptr {
  let v = newref(o);
  if (!isStr(v) && !isBytesExact(v)) {
    const f = typeLookup(objType(o), sFspath);
    if (f == 0) {
      decref(v);
      return excFormat(excTypeError, 'expected str, bytes or os.PathLike object, not %T', o);
    }
    decref(v);
    v = callMethodFound(f, o, 0, 0, 0);
    if (v == 0) return 0;
    if (!isStr(v) && !isBytesExact(v)) {
      excFormat(excTypeError, 'expected %T.__fspath__() to return str or bytes, not %T', o, v);
      decref(v);
      return 0;
    }
  }
  if (isStr(v)) return v;
  const errors = strFromLiteral('surrogateescape');
  const s = errors != 0 ? codecsDecode(bytesData(v), bytesSize(v), CODEC_UTF8, errors) : 0;
  xdecref(errors);
  decref(v);
  return s;
}

/** bytes or a subclass (not bytearray or memoryview): what os.fspath accepts. */
@inline function isBytesExact(o: Ptr): bool { return typeKind(objType(o)) == TK_BYTES; }

/** Is `o` something compile(), exec() and eval() compile: a str or a bytes-like object? */
@inline function isSource(o: Ptr): bool { return isStr(o) || bufferCheck(o); }

/** The future flags of the running code (CPython's PyEval_MergeCompilerFlags). */
function callerFutureFlags(): u32 {
  const f = curFrame;
  if (f == 0) return 0;
  return load<u32>(load<Ptr>(f, FR_CODE), CO_FLAGS) & CO_FUTURE_ANNOTATIONS;
}

/** PyMapping_Check: the type has a __getitem__. */
@inline function mappingCheck(o: Ptr): bool { return typeSlot(objType(o), SLOT_GETITEM) != 0; }

// ---- compile() ----

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
 *  _feature_version=-1): a code object. */
export function builtin_compile(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const a = memory.data(COMPILE_NPARAMS << 2);
  if (!compileBindArgs(args, nargs, kwnames, a)) return 0;
  const source = load<Ptr>(a);
  const filename = fsDecode(load<Ptr>(a, 4));
  if (filename == 0) return 0;
  const modeObj = load<Ptr>(a, 8);
  if (!isStr(modeObj)) {
    decref(filename);
    return excFormat(excTypeError, "compile() argument 'mode' must be str, not %T", modeObj);
  }
  const ok = memory.data(1);
  const flags = intArg(load<Ptr>(a, 12), 0, ok);
  const dontInherit = load<u8>(ok) ? intArg(load<Ptr>(a, 16), 0, ok) : 0;
  const optimize = load<u8>(ok) ? intArg(load<Ptr>(a, 20), -1, ok) : 0;
  if (load<u8>(ok)) intArg(load<Ptr>(a, 24), -1, ok);
  if (!load<u8>(ok)) { decref(filename); return 0; }
  let r: Ptr = 0;
  if ((<u32>flags & ~(PYCF_MASK | PYCF_MASK_OBSOLETE | PYCF_COMPILE_MASK)) != 0) {
    excSetString(excValueError, 'compile(): unrecognised flags');
  } else if (optimize < -1 || optimize > 2) {
    excSetString(excValueError, 'compile(): invalid optimize value');
  } else {
    let mode: i32 = -1;
    if (strEqLiteral(modeObj, 'exec')) mode = COMPILE_EXEC;
    else if (strEqLiteral(modeObj, 'eval')) mode = COMPILE_EVAL;
    else if (strEqLiteral(modeObj, 'single')) mode = COMPILE_SINGLE;
    const future = (<u32>flags & PYCF_MASK) | (dontInherit != 0 ? 0 : callerFutureFlags());
    if (mode < 0) {
      excSetString(excValueError, (<u32>flags & PYCF_ONLY_AST) != 0
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'");
    } else if ((<u32>flags & PYCF_ONLY_AST) != 0) {
      // pyrite has no ast module (test/cpydiff/builtins_compile_only_ast.py)
      excSetString(excNotImplementedError, 'compile() to an AST (ast.PyCF_ONLY_AST) is not supported');
    } else if (!isSource(source)) {
      excSetString(excTypeError, 'compile() arg 1 must be a string, bytes or AST object');
    } else {
      r = compileSource(source, filename, <u8>mode, future, false);
    }
  }
  decref(filename);
  return r;
}

// ---- exec() and eval() ----

/** The builtins namespace of code run with `globals` (new reference), CPython's
 *  _PyEval_BuiltinsFromGlobals: globals['__builtins__'], a module meaning its dict, else the
 *  running frame's. A value that is neither a dict nor a module gives an empty namespace
 *  (test/cpydiff/builtins_exec_builtins_mapping.py). */
function execBuiltins(globals: Ptr): Ptr {
  const b = dictGetItemStr(globals, sBuiltins);
  if (b == 0) return newref(load<Ptr>(curFrame, FR_BUILTINS));
  if (objType(b) == moduleType) return newref(moduleDict(b));
  if (dictCheck(b)) return newref(b);
  return dictNew();
}

/** globals['__builtins__'] = the running frame's builtins, unless globals has one. */
function execEnsureBuiltins(globals: Ptr): bool {
  if (dictGetItemStr(globals, sBuiltins) != 0) return true;
  return dictSetItem(globals, sBuiltins, load<Ptr>(curFrame, FR_BUILTINS)) >= 0;
}

/** Runs `code` with these namespaces (all borrowed) and returns its result (a new reference;
 *  0 with the exception set). `closure`: a tuple of cells for its free variables, or 0. */
export function execRunCode(code: Ptr, globals: Ptr, locals: Ptr, closure: Ptr): Ptr {
  const builtins = execBuiltins(globals);
  if (builtins == 0) return 0;
  const func = funcNew(code, globals, builtins, 0);
  decref(builtins);
  if (func == 0) return 0;
  // CPython names the function after the code (co_name), which argument errors show
  setref(func + FN_QUALNAME, newref(load<Ptr>(code, CO_NAME)));
  if (closure != 0) store<Ptr>(func, newref(closure), FN_CLOSURE);
  const f = callPushFrame(func, 0, 0, 0, 0, FRAME_ENTRY);
  decref(func); // the frame holds it
  if (f == 0) return 0;
  // A function's code (CO_OPTIMIZED) keeps its variables in slots: the namespace is not
  // used, and locals() there makes the frame's own snapshot dict (CPython would write the
  // snapshot into the mapping given; a generator's frame moves into the generator whole).
  if ((load<u32>(code, CO_FLAGS) & CO_OPTIMIZED) == 0) store<Ptr>(f, newref(locals), FR_LOCALS);
  const caller = curFrame;
  const r = evalFrame(f, false);
  frameSetCurrent(caller);
  return r;
}

/** The namespaces exec() and eval() run code in, from their arguments (None: not given): the
 *  caller's globals, and its locals() when locals are not given either; the globals when only
 *  they are. New references at out[0], out[1]; false with an exception set. */
function execNamespaces(globals: Ptr, locals: Ptr, out: usize): bool {
  if (globals == Py_None) {
    const l = locals == Py_None ? frameLocals() : newref(locals);
    if (l == 0) return false;
    store<Ptr>(out, newref(load<Ptr>(curFrame, FR_GLOBALS)));
    store<Ptr>(out, l, 4);
  } else {
    store<Ptr>(out, newref(globals));
    store<Ptr>(out, newref(locals == Py_None ? globals : locals), 4);
  }
  return true;
}

/** exec(source, globals=None, locals=None, /, *, closure=None): None. */
export function builtin_exec(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  if (npos < 1) return excFormat(excTypeError, 'exec() takes at least 1 positional argument (%d given)', <Ptr>npos);
  if (npos > 3) return excFormat(excTypeError, 'exec() takes at most 3 positional arguments (%d given)', <Ptr>npos);
  let closure: Ptr = 0;
  for (let k: i32 = 0; k < nkw; k++) {
    const kw = tupleItem(kwnames, k);
    if (!strEqLiteral(kw, 'closure')) { argErrBadKw(kw, 'exec'); return 0; }
    closure = argAt(args, npos + k);
  }
  const ns = memory.data(8);
  if (!execNamespaces(npos > 1 ? argAt(args, 1) : Py_None, npos > 2 ? argAt(args, 2) : Py_None, ns)) return 0;
  const globals = load<Ptr>(ns), locals = load<Ptr>(ns, 4);
  const r = execChecked(argAt(args, 0), globals, locals, closure);
  decref(globals);
  decref(locals);
  if (r == 0) return 0;
  decref(r);
  return newref(Py_None);
}

function execChecked(source: Ptr, globals: Ptr, locals: Ptr, closure: Ptr): Ptr {
  if (!dictCheck(globals)) return excFormat(excTypeError, 'exec() globals must be a dict, not %T', globals);
  if (!mappingCheck(locals)) return excFormat(excTypeError, 'locals must be a mapping or None, not %T', locals);
  if (!execEnsureBuiltins(globals)) return 0;
  if (closure == Py_None) closure = 0;
  if (objType(source) == codeType) {
    const nfree = codeCountOfKind(source, KIND_FREE);
    if (nfree == 0) {
      if (closure != 0) return excSetString(excTypeError, 'cannot use a closure with this code object');
    } else {
      let good = closure != 0 && objType(closure) == tupleType && tupleSize(closure) == nfree;
      for (let i: i32 = 0; good && i < nfree; i++) good = objType(tupleItem(closure, i)) == cellType;
      if (!good) return excFormat(excTypeError, 'code object requires a closure of exactly length %d', <Ptr>nfree);
    }
    return execRunCode(source, globals, locals, closure);
  }
  // CPython reports this one after running the source; raising first runs nothing
  if (closure != 0) return excSetString(excTypeError, 'closure can only be used when source is a code object');
  if (!isSource(source)) return excSetString(excTypeError, 'exec() arg 1 must be a string, bytes or code object');
  const code = compileSource(source, sString, COMPILE_EXEC, callerFutureFlags(), false);
  if (code == 0) return 0;
  const r = execRunCode(code, globals, locals, 0);
  decref(code);
  return r;
}

/** eval(source, globals=None, locals=None, /): the value of the expression. */
export function builtin_eval(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'eval() takes no keyword arguments');
  if (nargs < 1) return excFormat(excTypeError, 'eval expected at least 1 argument, got %d', <Ptr>nargs);
  if (nargs > 3) return excFormat(excTypeError, 'eval expected at most 3 arguments, got %d', <Ptr>nargs);
  const source = argAt(args, 0);
  let globals: Ptr = nargs > 1 ? argAt(args, 1) : Py_None;
  let locals: Ptr = nargs > 2 ? argAt(args, 2) : Py_None;
  if (locals != Py_None && !mappingCheck(locals)) return excSetString(excTypeError, 'locals must be a mapping');
  if (globals != Py_None && !dictCheck(globals)) {
    return excSetString(excTypeError, mappingCheck(globals)
      ? 'globals must be a real dict; try eval(expr, {}, mapping)'
      : 'globals must be a dict');
  }
  const ns = memory.data(8);
  if (!execNamespaces(globals, locals, ns)) return 0;
  globals = load<Ptr>(ns);
  locals = load<Ptr>(ns, 4);
  let r: Ptr = 0;
  if (!execEnsureBuiltins(globals)) {
    r = 0;
  } else if (objType(source) == codeType) {
    if (codeCountOfKind(source, KIND_FREE) > 0) excSetString(excTypeError, 'code object passed to eval() may not contain free variables');
    else r = execRunCode(source, globals, locals, 0);
  } else if (!isSource(source)) {
    excSetString(excTypeError, 'eval() arg 1 must be a string, bytes or code object');
  } else {
    const code = compileSource(source, sString, COMPILE_EVAL, callerFutureFlags(), true);
    if (code != 0) {
      r = execRunCode(code, globals, locals, 0);
      decref(code);
    }
  }
  decref(globals);
  decref(locals);
  return r;
}
