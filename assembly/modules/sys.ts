// === sys: the interpreter's own module ===
//
// One sys module per run (sysModuleNew, from vmRunMain), so that a program's changes to
// sys.path, sys.argv, the recursion limit or the int digit limit never reach the next program.
// What stays for the VM's life: the three stdio objects and the struct sequence types (made at
// vmInit).
//
// Stdio object (the type prints as _io.TextIOWrapper, as CPython's):
//   +0 refcnt | +4 type | +8 fd u32 (0 stdin, 1 stdout, 2 stderr)

import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref, incref, OB_TYPE } from '../object/header';
import { SLOT_DEALLOC, SLOT_REPR, typeSetSlot } from '../object/typelayout';
import { typeNewBuiltin, typeAddMethod, objectType, TK_OTHER, typeName } from '../object/type';
import { moduleNewLiteral, moduleDict, moduleAddFunction, moduleAddObject, moduleAddNew } from '../object/module';
import { strFromLiteral, strInternLiteral, strIntern, strLen, strType, isStr, strEqLiteral } from '../object/str';
import { tupleNew, tupleItemsAddr, tupleSize, tupleItem, argsPositional } from '../object/tuple';
import { listNew, listAppend } from '../object/list';
import { intFromI64, isInt, intValue } from '../object/int';
import { floatFromF64 } from '../object/float';
import { dictGetItemStr, dictSetItem, dictDelItem, dictCompact } from '../object/dict';
import { objRepr, objCallAttr } from '../object/abstract';
import { builtinsModule } from '../builtins/builtins';
import { excRuntimeError, excClear } from '../vm/exc';
import { Py_None } from '../object/none';
import { Py_True, Py_False } from '../object/bool';
import { structseqNewType, structseqNew, structseqSet, structseqFinish } from '../object/structseq';
import {
  excFormat, excSetString, excSetObject, excTypeError, excValueError, excRecursionError,
  excSystemExit, excHandled, excArgs, excTraceback, excOccurred, excFinalizing,
} from '../vm/exc';
import { ioWriteStr, ioFlush, ioReadLine } from '../vm/io';
import { frameDepth, recursionLimit, frameSetRecursionLimit, curFrame, FR_PREV, FR_GLOBALS } from '../vm/frame';
import { sysModules } from '../vm/import';
import { frameObjectFor } from '../object/frameobject';
import { indexCheck, indexAsCArg } from '../object/slice';
import { modPositional } from './args';
import { builtinModuleNames } from './registry';
import { modNoArgs } from './args';
import { argsParse, argInt } from '../object/methodargs';
import {
  intMaxStrDigits, intSetMaxStrDigits, INT_MAX_STR_DIGITS_DEFAULT, INT_STR_DIGITS_THRESHOLD,
} from '../object/intstr';

let stdioType: Ptr = 0;
let stdinObj: Ptr = 0, stdoutObj: Ptr = 0, stderrObj: Ptr = 0;
let versionInfoType: Ptr = 0, floatInfoType: Ptr = 0, intInfoType: Ptr = 0;
/** The sys module of the current run (borrowed: sys.modules owns it), or 0. */
let sysModule: Ptr = 0;
let sStdout: Ptr = 0, sStderr: Ptr = 0, sPath: Ptr = 0, sName: Ptr = 0;
let sDisplayhook: Ptr = 0, sUnderscore: Ptr = 0, sWrite: Ptr = 0;

@inline const STDIO_FD: usize = 8;
@inline const STDIO_SIZE: u32 = 12;

// ---- the version this VM implements ----
@inline const PY_MAJOR: i64 = 3;
@inline const PY_MINOR: i64 = 11;
@inline const PY_MICRO: i64 = 7;
@inline const PY_VERSION = '3.11.7 (pyrite 0.1.0) [WebAssembly]';

// ---- stdio objects ----

function stdioNew(fd: u32): Ptr {
  const o = objAlloc(stdioType, STDIO_SIZE);
  store<u32>(o, fd, STDIO_FD);
  return o;
}

function stdio_dealloc(o: Ptr): void { objFree(o); }

function stdio_repr(o: Ptr): Ptr {
  const fd = load<u32>(o, STDIO_FD);
  return strFromLiteral(fd == 0 ? "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"
    : fd == 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
      : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
}

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

/** Checks a method call has exactly `want` positional arguments and no keywords. */
function fixedArgs(name: string, want: i32, nargs: i32, kwnames: Ptr): bool {
  if (kwnames != 0 && tupleSize(kwnames) > 0) {
    const n = strFromLiteral(name);
    excFormat(excTypeError, '%U() takes no keyword arguments', n);
    decref(n);
    return true;
  }
  if (nargs == want) return false;
  const n = strFromLiteral(name);
  if (want == 0) excFormat(excTypeError, '%U() takes no arguments (%d given)', n, <Ptr>nargs);
  else excFormat(excTypeError, '%U() takes exactly one argument (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

function stdio_write(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('write', 1, nargs, kwnames)) return 0;
  const s = arg(args, 0);
  if (!isStr(s)) return excFormat(excTypeError, 'write() argument must be str, not %T', s);
  const fd = load<u32>(self, STDIO_FD);
  if (fd == 0) return excSetString(unsupportedOperation, 'not writable');
  ioWriteStr(<i32>fd, s);
  return intFromI64(strLen(s));
}

function stdio_flush(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('flush', 0, nargs, kwnames)) return 0;
  const fd = load<u32>(self, STDIO_FD);
  if (fd != 0) ioFlush(<i32>fd);
  return newref(Py_None);
}

function stdio_readline(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs > 1 || (kwnames != 0 && tupleSize(kwnames) > 0)) return excSetString(excTypeError, 'readline() takes at most 1 argument');
  if (load<u32>(self, STDIO_FD) != 0) return excSetString(unsupportedOperation, 'not readable');
  return ioReadLine();
}

function stdio_fileno(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('fileno', 0, nargs, kwnames)) return 0;
  return intFromI64(load<u32>(self, STDIO_FD));
}

function stdio_isatty(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('isatty', 0, nargs, kwnames)) return 0;
  return newref(Py_False);
}

function stdio_readable(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('readable', 0, nargs, kwnames)) return 0;
  return newref(load<u32>(self, STDIO_FD) == 0 ? Py_True : Py_False);
}

function stdio_writable(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('writable', 0, nargs, kwnames)) return 0;
  return newref(load<u32>(self, STDIO_FD) != 0 ? Py_True : Py_False);
}

import { unsupportedOperation } from './iobase';

/** sys.path of this run (borrowed; whatever the program bound to it), or 0. */
export function sysGetPath(): Ptr {
  return sysModule == 0 ? 0 : dictGetItemStr(moduleDict(sysModule), sPath);
}

/** sys.stdout of this run when the program replaced it, else 0 (print writes to fd 1 directly). */
export function sysStdoutOverride(): Ptr { return sysStreamOverride(sStdout, stdoutObj); }
/** The same for sys.stderr. */
export function sysStderrOverride(): Ptr { return sysStreamOverride(sStderr, stderrObj); }

function sysStreamOverride(name: Ptr, standard: Ptr): Ptr {
  if (sysModule == 0) return 0;
  const v = dictGetItemStr(moduleDict(sysModule), name);
  return v == 0 || v == standard ? 0 : v;
}

/** sys.displayhook of this run (borrowed), or 0: what PRINT_EXPR calls. */
export function sysDisplayhook(): Ptr {
  return sysModule == 0 ? 0 : dictGetItemStr(moduleDict(sysModule), sDisplayhook);
}

/** End of a run: builtins._, which sys.displayhook sets, goes (builtins outlives the run), and
 *  the builtins dict is compacted: otherwise each run's `_` would take a new entry until the
 *  table grew. */
export function sysDisplayhookEndRun(): void {
  const d = moduleDict(builtinsModule);
  if (dictGetItemStr(d, sUnderscore) != 0 && dictDelItem(d, sUnderscore) < 0) excClear();
  dictCompact(d);
}

// ---- functions ----

/** sys.displayhook(value): shows what 'single' mode code computed (CPython's sys_displayhook):
 *  nothing for None; else builtins._ = None (a repr that displays cannot recurse into the old
 *  value), repr(value) and a newline to sys.stdout, then builtins._ = value. */
function sys_displayhook(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('sys.displayhook', 1, nargs, kwnames)) return 0;
  const o = arg(args, 0);
  if (o == Py_None) return newref(Py_None);
  const b = moduleDict(builtinsModule);
  if (dictSetItem(b, sUnderscore, Py_None) < 0) return 0;
  const out: Ptr = sysModule == 0 ? 0 : dictGetItemStr(moduleDict(sysModule), sStdout);
  if (out == 0 || out == Py_None) return excSetString(excRuntimeError, 'lost sys.stdout');
  const r = objRepr(o);
  if (r == 0) return 0;
  const nl = strFromLiteral('\n');
  let ok = nl != 0;
  if (ok && out == stdoutObj) {
    ioWriteStr(1, r);
    ioWriteStr(1, nl);
  } else if (ok) {
    ok = displayWrite(out, r) && displayWrite(out, nl);
  }
  decref(r);
  xdecref(nl);
  if (!ok || dictSetItem(b, sUnderscore, o) < 0) return 0;
  return newref(Py_None);
}

/** out.write(s) for a replaced sys.stdout. */
function displayWrite(out: Ptr, s: Ptr): bool {
  const cell = memory.data(4);
  store<Ptr>(cell, s);
  const r = objCallAttr(out, sWrite, cell, 1, 0);
  if (r == 0) return false;
  decref(r);
  return true;
}

function sys_exit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'exit() takes no keyword arguments');
  if (nargs > 1) return excFormat(excTypeError, 'exit expected at most 1 argument, got %d', <Ptr>nargs);
  return excSetObject(excSystemExit, nargs == 1 ? arg(args, 0) : 0);
}

function sys_getrefcount(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('getrefcount', 1, nargs, kwnames)) return 0;
  // the argument's reference on the caller's value stack is counted, as in CPython
  return intFromI64(<i64>load<u32>(arg(args, 0)));
}

function sys_getrecursionlimit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('getrecursionlimit', 0, nargs, kwnames)) return 0;
  return intFromI64(recursionLimit);
}

function sys_setrecursionlimit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('setrecursionlimit', 1, nargs, kwnames)) return 0;
  const v = arg(args, 0);
  if (!isInt(v)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", v);
  const n = intValue(v);
  if (n < 1) return excSetString(excValueError, 'recursion limit must be greater or equal than 1');
  if (n > 0x7FFFFFFF) return excSetString(overflowErr(), 'Python int too large to convert to C int');
  // CPython 3.11 counts the call of setrecursionlimit itself as one level
  const depth = <i64>frameDepth + 1;
  if (n <= depth) {
    const a = intFromI64(n), b = intFromI64(depth);
    excFormat(excRecursionError, 'cannot set the recursion limit to %D at the recursion depth %D: the limit is too low', a, b);
    decref(a); decref(b);
    return 0;
  }
  frameSetRecursionLimit(<i32>n);
  return newref(Py_None);
}
import { excOverflowError } from '../vm/exc';
@inline function overflowErr(): Ptr { return excOverflowError; }

function sys_intern(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('intern', 1, nargs, kwnames)) return 0;
  const s = arg(args, 0);
  if (load<Ptr>(s, OB_TYPE) != strType) return excFormat(excTypeError, 'intern() argument must be str, not %T', s);
  return strIntern(newref(s));
}

function sys_exc_info(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('exc_info', 0, nargs, kwnames)) return 0;
  const t = tupleNew(3);
  if (t == 0) return 0;
  const items = tupleItemsAddr(t);
  const e = excHandled;
  if (e == 0 || e == Py_None) {
    store<Ptr>(items, newref(Py_None));
    store<Ptr>(items + 4, newref(Py_None));
    store<Ptr>(items + 8, newref(Py_None));
  } else {
    store<Ptr>(items, newref(load<Ptr>(e, OB_TYPE)));
    store<Ptr>(items + 4, newref(e));
    const tb = excTraceback(e);
    store<Ptr>(items + 8, newref(tb != 0 ? tb : Py_None));
  }
  return t;
}

/** sys.is_finalizing(): True while the finished program's modules are torn down. */
function sys_is_finalizing(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('is_finalizing', 0, nargs, kwnames)) return 0;
  return newref(excFinalizing ? Py_True : Py_False);
}

function sys_getdefaultencoding(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (fixedArgs('getdefaultencoding', 0, nargs, kwnames)) return 0;
  return strFromLiteral('utf-8');
}

/** sys._getframemodulename(depth=0): the __name__ of the globals of the frame `depth` calls
 *  up from the caller, or None past the last frame. CPython 3.12's (3.11 has only
 *  sys._getframe; this one makes no frame object): the bundled namedtuple learns its caller's
 *  module (the new class's __module__) with it. */
function sys_getframemodulename(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  if (nargs > 1) return excFormat(excTypeError, '_getframemodulename() takes at most 1 argument (%d given)', <Ptr>nargs);
  if (nkw > 0 && !strEqLiteral(tupleItem(kwnames, 0), 'depth')) {
    return excFormat(excTypeError, "_getframemodulename() got an unexpected keyword argument '%U'", tupleItem(kwnames, 0));
  }
  let depth: i64 = 0;
  if (nargs == 1) {
    const v = arg(args, 0);
    if (!isInt(v)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", v);
    depth = intValue(v);
  }
  let f = curFrame;
  while (f != 0 && depth > 0) { f = load<Ptr>(f, FR_PREV); depth--; }
  if (f == 0) return newref(Py_None);
  const name = dictGetItemStr(load<Ptr>(f, FR_GLOBALS), sName);
  return newref(name != 0 ? name : Py_None);
}

/** sys.get_int_max_str_digits(): the digit limit of int <-> str conversions (0 = none). */
function sys_get_int_max_str_digits(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('sys.get_int_max_str_digits', nargs, kwnames)) return 0;
  return intFromI64(intMaxStrDigits());
}

/** sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least the check threshold (640);
 *  argument clinic's 'i' converter, so a non-index is TypeError and beyond a C int OverflowError.
 *  The limit lasts until the end of the run (sysEndRun). */
function sys_set_int_max_str_digits(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const p = memory.data(12);
  if (!argsParse(args, nargs, kwnames, p, 'set_int_max_str_digits', 0, 1, 1, 'maxdigits')) return 0;
  const ok = memory.data(1);
  const n = argInt(load<Ptr>(p), ok, true);
  if (!load<u8>(ok)) return 0;
  if (n != 0 && n < INT_STR_DIGITS_THRESHOLD) {
    return excFormat(excValueError, 'maxdigits must be 0 or larger than %d', <Ptr>INT_STR_DIGITS_THRESHOLD);
  }
  intSetMaxStrDigits(<i32>n);
  return newref(Py_None);
}

/** sys._getframe(depth=0): the frame object of the frame `depth` calls up from the caller
 *  (object/frameobject.ts); a negative depth is 0. */
function sys_getframe(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('sys._getframe', nargs, kwnames, 0, 1)) return 0;
  let depth: i64 = 0;
  if (nargs == 1) {
    const v = arg(args, 0);
    if (!indexCheck(v)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", v);
    depth = indexAsCArg(v, true);
    if (depth == -1 && excOccurred()) return 0;
  }
  let f = curFrame;
  while (f != 0 && depth > 0) { f = load<Ptr>(f, FR_PREV); depth--; }
  if (f == 0) return excSetString(excValueError, 'call stack is not deep enough');
  return frameObjectFor(f);
}

// ---- the module ----

/** Made once at vmInit: the stdio objects and the struct sequence types. */
export function sysInit(): void {
  stdioType = typeNewBuiltin('_io.TextIOWrapper', objectType, STDIO_SIZE, 0, TK_OTHER);
  typeSetSlot(stdioType, SLOT_DEALLOC, stdio_dealloc.index);
  typeSetSlot(stdioType, SLOT_REPR, stdio_repr.index);
  typeAddMethod(stdioType, 'write', stdio_write.index);
  typeAddMethod(stdioType, 'flush', stdio_flush.index);
  typeAddMethod(stdioType, 'readline', stdio_readline.index);
  typeAddMethod(stdioType, 'fileno', stdio_fileno.index);
  typeAddMethod(stdioType, 'isatty', stdio_isatty.index);
  typeAddMethod(stdioType, 'readable', stdio_readable.index);
  typeAddMethod(stdioType, 'writable', stdio_writable.index);
  stdinObj = stdioNew(0);
  stdoutObj = stdioNew(1);
  stderrObj = stdioNew(2);
  versionInfoType = structseqNewType('sys.version_info', 'major,minor,micro,releaselevel,serial');
  floatInfoType = structseqNewType('sys.float_info',
    'max,max_exp,max_10_exp,min,min_exp,min_10_exp,dig,mant_dig,epsilon,radix,rounds');
  intInfoType = structseqNewType('sys.int_info',
    'bits_per_digit,sizeof_digit,default_max_str_digits,str_digits_check_threshold');
  sStdout = strInternLiteral('stdout');
  sDisplayhook = strInternLiteral('displayhook');
  sUnderscore = strInternLiteral('_');
  sWrite = strInternLiteral('write');
  sStderr = strInternLiteral('stderr');
  sPath = strInternLiteral('path');
  sName = strInternLiteral('__name__');
}

/** A list of the strs in the run configuration list `l` (borrowed), or a new empty list. */
function copyList(l: Ptr): Ptr {
  const r = listNew(0);
  if (r == 0 || l == 0) return r;
  const n = listSizeOf(l);
  for (let i: i32 = 0; i < n; i++) if (listAppend(r, listItemOf(l, i)) < 0) { decref(r); return 0; }
  return r;
}
import { listSize as listSizeOf, listItem as listItemOf } from '../object/list';

function makeVersionInfo(): Ptr {
  const v = structseqNew(versionInfoType);
  if (v == 0) return 0;
  structseqSet(v, 0, intFromI64(PY_MAJOR));
  structseqSet(v, 1, intFromI64(PY_MINOR));
  structseqSet(v, 2, intFromI64(PY_MICRO));
  structseqSet(v, 3, strFromLiteral('final'));
  structseqSet(v, 4, intFromI64(0));
  return structseqFinish(v);
}

function makeFloatInfo(): Ptr {
  const v = structseqNew(floatInfoType);
  if (v == 0) return 0;
  structseqSet(v, 0, floatFromF64(f64.MAX_VALUE));
  structseqSet(v, 1, intFromI64(1024));
  structseqSet(v, 2, intFromI64(308));
  structseqSet(v, 3, floatFromF64(2.2250738585072014e-308));
  structseqSet(v, 4, intFromI64(-1021));
  structseqSet(v, 5, intFromI64(-307));
  structseqSet(v, 6, intFromI64(15));
  structseqSet(v, 7, intFromI64(53));
  structseqSet(v, 8, floatFromF64(f64.EPSILON));
  structseqSet(v, 9, intFromI64(2));
  structseqSet(v, 10, intFromI64(1));
  return structseqFinish(v);
}

function makeIntInfo(): Ptr {
  const v = structseqNew(intInfoType);
  if (v == 0) return 0;
  // CPython's 30-bit digits in 4-byte words, not pyrite's 32-bit ones (object/int.ts): programs
  // read these numbers to size things, and CPython's are the ones they were written against
  structseqSet(v, 0, intFromI64(30));
  structseqSet(v, 1, intFromI64(4));
  structseqSet(v, 2, intFromI64(INT_MAX_STR_DIGITS_DEFAULT));
  structseqSet(v, 3, intFromI64(INT_STR_DIGITS_THRESHOLD));
  return structseqFinish(v);
}

/** The sys module for a new run: argv and path copied from the host's run configuration
 *  (lists of str, borrowed). 0 on failure (an exception is set). */
export function sysModuleNew(argv: Ptr, path: Ptr): Ptr {
  const m = moduleNewLiteral('sys');
  if (m == 0) return 0;
  const pathList = copyList(path);
  let ok = moduleAddObject(m, '__doc__', Py_None) == 0
    && moduleAddNew(m, 'argv', copyList(argv)) == 0
    && moduleAddObject(m, 'path', pathList) == 0
    && moduleAddObject(m, 'modules', sysModules) == 0
    && moduleAddObject(m, 'stdin', stdinObj) == 0
    && moduleAddObject(m, 'stdout', stdoutObj) == 0
    && moduleAddObject(m, 'stderr', stderrObj) == 0
    && moduleAddObject(m, '__stdin__', stdinObj) == 0
    && moduleAddObject(m, '__stdout__', stdoutObj) == 0
    && moduleAddObject(m, '__stderr__', stderrObj) == 0
    && moduleAddNew(m, 'version', strFromLiteral(PY_VERSION)) == 0
    && moduleAddNew(m, 'version_info', makeVersionInfo()) == 0
    && moduleAddNew(m, 'hexversion', intFromI64((PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | 0xF0)) == 0
    && moduleAddNew(m, 'float_info', makeFloatInfo()) == 0
    && moduleAddNew(m, 'int_info', makeIntInfo()) == 0
    && moduleAddNew(m, 'maxsize', intFromI64(I64.MAX_VALUE)) == 0
    && moduleAddNew(m, 'maxunicode', intFromI64(0x10FFFF)) == 0
    && moduleAddNew(m, 'byteorder', strFromLiteral('little')) == 0
    && moduleAddNew(m, 'platform', strFromLiteral('wasi')) == 0
    && moduleAddNew(m, 'executable', strFromLiteral('')) == 0
    && moduleAddNew(m, 'builtin_module_names', builtinModuleNames()) == 0
    && moduleAddFunction(m, 'exit', sys_exit.index) == 0
    && moduleAddFunction(m, 'getrefcount', sys_getrefcount.index) == 0
    && moduleAddFunction(m, 'getrecursionlimit', sys_getrecursionlimit.index) == 0
    && moduleAddFunction(m, 'setrecursionlimit', sys_setrecursionlimit.index) == 0
    && moduleAddFunction(m, 'intern', sys_intern.index) == 0
    && moduleAddFunction(m, 'exc_info', sys_exc_info.index) == 0
    && moduleAddFunction(m, 'getdefaultencoding', sys_getdefaultencoding.index) == 0
    && moduleAddFunction(m, 'get_int_max_str_digits', sys_get_int_max_str_digits.index) == 0
    && moduleAddFunction(m, 'set_int_max_str_digits', sys_set_int_max_str_digits.index) == 0
    && moduleAddFunction(m, '_getframemodulename', sys_getframemodulename.index) == 0
    && moduleAddFunction(m, '_getframe', sys_getframe.index) == 0
    && moduleAddFunction(m, 'is_finalizing', sys_is_finalizing.index) == 0
    && moduleAddFunction(m, 'displayhook', sys_displayhook.index) == 0
    && moduleAddObject(m, '__displayhook__', dictGetItemStr(moduleDict(m), sDisplayhook)) == 0;
  if (!ok || pathList == 0) { if (pathList) decref(pathList); decref(m); return 0; }
  decref(pathList);
  return m;
}

/** The run's sys module, once sys.modules holds it (borrowed: sys.modules owns it). */
export function sysSetCurrent(m: Ptr): void { sysModule = m; }

/** End of a run: the run's sys module is gone (sys.modules was emptied). */
export function sysEndRun(): void {
  sysModule = 0;
  frameSetRecursionLimit(1000);
  intSetMaxStrDigits(INT_MAX_STR_DIGITS_DEFAULT);
}
