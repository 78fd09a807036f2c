// === OSError: errno, strerror, filename, filename2, the errno -> subclass map, and raising one
//     for a failed host call ===
//
// OSError's instances are the common exception layout (vm/exc.ts) plus four fields:
//
//   ... +36 x2 | +40 errno | +44 strerror | +48 filename | +52 filename2      (0 reads as None)
//
// CPython's rules (Objects/exceptions.c), kept here:
//   - OSError(errno, strerror[, filename[, winerror[, filename2]]]): 2 to 5 positional arguments
//     fill the fields; any other count leaves them None. A filename that is not None cuts .args
//     down to (errno, strerror).
//   - OSError itself (not a subclass) called with 2..5 arguments and an int errno makes the
//     subclass the errno maps to: OSError(2, 'x') is a FileNotFoundError.
//   - The arguments are parsed by __new__, unless the class overrides __init__ (and not __new__):
//     then by OSError.__init__, which the override calls (CPython's oserror_use_init).
//   - str(): "[Errno E] S: 'F' -> 'G'", "[Errno E] S: 'F'", "[Errno E] S", else BaseException's.
//
// The core raises one with oserrorRaise(errno, filename): the strerror text is glibc's (the
// goldens' platform), whatever platform the host runs on (the host reports Linux errno values).

import { Ptr } from '../common';
import { OB_TYPE, incref, decref, xdecref, newref, setref } from '../object/header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_NEW, SLOT_INIT, SLOT_STR, TP_DICT, typeSlot, typeSetSlot,
} from '../object/typelayout';
import { isSubtype } from '../object/type';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, argsPositional } from '../object/tuple';
import { isInt, intValue, intFromI64 } from '../object/int';
import { strFromLiteral } from '../object/str';
import { Py_None } from '../object/none';
import { getsetAdd } from '../object/descrobject';
import {
  EXC_ARGS, excNewInstance, excRaise, excFormat, excNoMemory, excTypeError, excOSError, formatMessage,
} from './exc';
import { builtinExcType } from './exc';

@inline export const OSERR_ERRNO: usize = 40;
@inline export const OSERR_STRERROR: usize = 44;
@inline export const OSERR_FILENAME: usize = 48;
@inline export const OSERR_FILENAME2: usize = 52;
/** The basic size of OSError and its builtin subclasses. */
@inline export const OSERR_SIZE: u32 = 56;

/** BaseException's slots, which OSError's extend. */
let baseDealloc: u32 = 0, baseTraverse: u32 = 0, baseClear: u32 = 0, baseStr: u32 = 0;

// ---- errno values (Linux) and glibc's texts ----

@inline export const E_PERM: i32 = 1;
@inline export const E_NOENT: i32 = 2;
@inline export const E_SRCH: i32 = 3;
@inline export const E_INTR: i32 = 4;
@inline export const E_BADF: i32 = 9;
@inline export const E_CHILD: i32 = 10;
@inline export const E_AGAIN: i32 = 11;
@inline export const E_ACCES: i32 = 13;
@inline export const E_EXIST: i32 = 17;
@inline export const E_NOTDIR: i32 = 20;
@inline export const E_ISDIR: i32 = 21;
@inline export const E_INVAL: i32 = 22;
@inline export const E_PIPE: i32 = 32;

/** glibc's strerror text for errno e, as a literal; '' for a value it has no text for here. */
export function errnoText(e: i32): string {
  switch (e) {
    case 1: return 'Operation not permitted';
    case 2: return 'No such file or directory';
    case 3: return 'No such process';
    case 4: return 'Interrupted system call';
    case 5: return 'Input/output error';
    case 6: return 'No such device or address';
    case 7: return 'Argument list too long';
    case 9: return 'Bad file descriptor';
    case 10: return 'No child processes';
    case 11: return 'Resource temporarily unavailable';
    case 12: return 'Cannot allocate memory';
    case 13: return 'Permission denied';
    case 14: return 'Bad address';
    case 16: return 'Device or resource busy';
    case 17: return 'File exists';
    case 18: return 'Invalid cross-device link';
    case 19: return 'No such device';
    case 20: return 'Not a directory';
    case 21: return 'Is a directory';
    case 22: return 'Invalid argument';
    case 23: return 'Too many open files in system';
    case 24: return 'Too many open files';
    case 26: return 'Text file busy';
    case 27: return 'File too large';
    case 28: return 'No space left on device';
    case 29: return 'Illegal seek';
    case 30: return 'Read-only file system';
    case 31: return 'Too many links';
    case 32: return 'Broken pipe';
    case 36: return 'File name too long';
    case 38: return 'Function not implemented';
    case 39: return 'Directory not empty';
    case 40: return 'Too many levels of symbolic links';
    case 95: return 'Operation not supported';
    case 110: return 'Connection timed out';
  }
  return '';
}

// The builtin subclasses the errno map names (set by oserrorInit).
let tBlocking: Ptr = 0, tChild: Ptr = 0, tBrokenPipe: Ptr = 0, tConnAborted: Ptr = 0, tConnRefused: Ptr = 0;
let tConnReset: Ptr = 0, tExists: Ptr = 0, tNotFound: Ptr = 0, tIsDir: Ptr = 0, tNotDir: Ptr = 0;
let tInterrupted: Ptr = 0, tPermission: Ptr = 0, tProcessLookup: Ptr = 0, tTimeout: Ptr = 0;

/** The OSError subclass errno e selects (CPython's errnomap), or OSError itself. */
function oserrorTypeFor(e: i64): Ptr {
  if (e < 0 || e > 1000) return excOSError;
  switch (<i32>e) {
    case 11: case 114: case 115: return tBlocking;
    case 10: return tChild;
    case 32: case 108: return tBrokenPipe;
    case 103: return tConnAborted;
    case 111: return tConnRefused;
    case 104: return tConnReset;
    case 17: return tExists;
    case 2: return tNotFound;
    case 21: return tIsDir;
    case 20: return tNotDir;
    case 4: return tInterrupted;
    case 1: case 13: return tPermission;
    case 3: return tProcessLookup;
    case 110: return tTimeout;
  }
  return excOSError;
}

// ---- construction ----

/** CPython's oserror_use_init: the class overrides __init__ but not __new__, so OSError.__init__
 *  (which the override calls) parses the arguments instead of __new__. */
function oserrorUseInit(t: Ptr): bool {
  return typeSlot(t, SLOT_INIT) != oserror_init.index && typeSlot(t, SLOT_NEW) == oserror_new.index;
}

/** A tuple of the n Ptr words at args (borrowed items). */
function tupleOfArgs(args: usize, n: i32): Ptr {
  const t = tupleNew(n);
  if (t == 0) return 0;
  for (let i = 0; i < n; i++) store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), newref(load<Ptr>(args + (<usize>i << 2))));
  return t;
}

/** Fills e's fields from its args tuple `t` (borrowed; becomes e.args, cut to two items when a
 *  filename is given). */
function oserrorParse(e: Ptr, t: Ptr): i32 {
  const n = tupleSize(t);
  setref(e + OSERR_ERRNO, 0);
  setref(e + OSERR_STRERROR, 0);
  setref(e + OSERR_FILENAME, 0);
  setref(e + OSERR_FILENAME2, 0);
  incref(t);
  setref(e + EXC_ARGS, t);
  if (n < 2 || n > 5) return 0;
  store<Ptr>(e + OSERR_ERRNO, newref(tupleItem(t, 0)));
  store<Ptr>(e + OSERR_STRERROR, newref(tupleItem(t, 1)));
  const filename = n >= 3 ? tupleItem(t, 2) : Py_None;
  if (filename == Py_None) return 0;
  store<Ptr>(e + OSERR_FILENAME, newref(filename));
  if (n == 5 && tupleItem(t, 4) != Py_None) store<Ptr>(e + OSERR_FILENAME2, newref(tupleItem(t, 4)));
  const two = tupleNew(2);
  if (two == 0) return -1;
  store<Ptr>(tupleItemsAddr(two), newref(tupleItem(t, 0)));
  store<Ptr>(tupleItemsAddr(two) + 4, newref(tupleItem(t, 1)));
  setref(e + EXC_ARGS, two);
  return 0;
}

function noKeywords(t: Ptr, kwnames: Ptr): bool {
  if (kwnames == 0 || tupleSize(kwnames) == 0) return false;
  excFormat(excTypeError, '%N() takes no keyword arguments', t);
  return true;
}

function oserror_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const useInit = oserrorUseInit(type);
  if (!useInit && noKeywords(type, kwnames)) return 0;
  const npos = argsPositional(nargs, kwnames);
  if (!useInit && type == excOSError && npos >= 2 && npos <= 5 && isInt(load<Ptr>(args))) {
    type = oserrorTypeFor(intValue(load<Ptr>(args)));
  }
  const t = tupleOfArgs(args, npos);
  if (t == 0) return 0;
  const e = excNewInstance(type, t);
  if (e == 0) { decref(t); return excNoMemory(); }
  if (!useInit && oserrorParse(e, t) < 0) { decref(t); decref(e); return 0; }
  decref(t);
  return e;
}

function oserror_init(e: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 {
  const type = load<Ptr>(e, OB_TYPE);
  if (!oserrorUseInit(type)) return 0;
  if (noKeywords(type, kwnames)) return -1;
  const t = tupleOfArgs(args, nargs);
  if (t == 0) return -1;
  const r = oserrorParse(e, t);
  decref(t);
  return r;
}

function oserror_str(e: Ptr): Ptr {
  const errno = load<Ptr>(e, OSERR_ERRNO), strerror = load<Ptr>(e, OSERR_STRERROR);
  const filename = load<Ptr>(e, OSERR_FILENAME), filename2 = load<Ptr>(e, OSERR_FILENAME2);
  const en = errno != 0 ? errno : Py_None, se = strerror != 0 ? strerror : Py_None;
  if (filename != 0) {
    if (filename2 != 0) {
      const head = formatMessage('[Errno %S] %S: ', en, se, 0);
      if (head == 0) return 0;
      const r = formatMessage('%U%R -> %R', head, filename, filename2);
      decref(head);
      return r;
    }
    return formatMessage('[Errno %S] %S: %R', en, se, filename);
  }
  if (errno != 0 && strerror != 0) return formatMessage('[Errno %S] %S', errno, strerror, 0);
  return call_indirect<Ptr>(baseStr, e);
}

function oserror_dealloc(e: Ptr): void {
  xdecref(load<Ptr>(e, OSERR_ERRNO));
  xdecref(load<Ptr>(e, OSERR_STRERROR));
  xdecref(load<Ptr>(e, OSERR_FILENAME));
  xdecref(load<Ptr>(e, OSERR_FILENAME2));
  call_indirect<void>(baseDealloc, e);
}

function oserror_traverse(e: Ptr, visit: u32, arg: Ptr): i32 {
  for (let off = OSERR_ERRNO; off <= OSERR_FILENAME2; off += 4) {
    const v = load<Ptr>(e + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return call_indirect<i32>(baseTraverse, e, visit, arg);
}

function oserror_clear(e: Ptr): void {
  for (let off = OSERR_ERRNO; off <= OSERR_FILENAME2; off += 4) setref(e + off, 0);
  call_indirect<void>(baseClear, e);
}

// ---- attributes (getsets: a field left 0 by a raise from core code reads as None) ----

@inline function fieldGet(e: Ptr, off: usize): Ptr { const v = load<Ptr>(e + off); return newref(v != 0 ? v : Py_None); }
@inline function fieldSet(e: Ptr, off: usize, v: Ptr): i32 { if (v) incref(v); setref(e + off, v); return 0; }
function oserror_get_errno(e: Ptr): Ptr { return fieldGet(e, OSERR_ERRNO); }
function oserror_get_strerror(e: Ptr): Ptr { return fieldGet(e, OSERR_STRERROR); }
function oserror_get_filename(e: Ptr): Ptr { return fieldGet(e, OSERR_FILENAME); }
function oserror_get_filename2(e: Ptr): Ptr { return fieldGet(e, OSERR_FILENAME2); }
function oserror_set_errno(e: Ptr, v: Ptr): i32 { return fieldSet(e, OSERR_ERRNO, v); }
function oserror_set_strerror(e: Ptr, v: Ptr): i32 { return fieldSet(e, OSERR_STRERROR, v); }
function oserror_set_filename(e: Ptr, v: Ptr): i32 { return fieldSet(e, OSERR_FILENAME, v); }
function oserror_set_filename2(e: Ptr, v: Ptr): i32 { return fieldSet(e, OSERR_FILENAME2, v); }

/** Right after OSError is made, before its subclasses (they inherit these slots). */
export function oserrorSetSlots(t: Ptr): void {
  baseDealloc = typeSlot(t, SLOT_DEALLOC);
  baseTraverse = typeSlot(t, SLOT_TRAVERSE);
  baseClear = typeSlot(t, SLOT_CLEAR);
  baseStr = typeSlot(t, SLOT_STR);
  typeSetSlot(t, SLOT_DEALLOC, oserror_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, oserror_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, oserror_clear.index);
  typeSetSlot(t, SLOT_STR, oserror_str.index);
  typeSetSlot(t, SLOT_NEW, oserror_new.index);
  typeSetSlot(t, SLOT_INIT, oserror_init.index);
}

/** After the descriptor types exist: the attributes. */
export function oserrorInit(): void {
  tBlocking = builtinExcType('BlockingIOError');
  tChild = builtinExcType('ChildProcessError');
  tBrokenPipe = builtinExcType('BrokenPipeError');
  tConnAborted = builtinExcType('ConnectionAbortedError');
  tConnRefused = builtinExcType('ConnectionRefusedError');
  tConnReset = builtinExcType('ConnectionResetError');
  tExists = builtinExcType('FileExistsError');
  tNotFound = builtinExcType('FileNotFoundError');
  tIsDir = builtinExcType('IsADirectoryError');
  tNotDir = builtinExcType('NotADirectoryError');
  tInterrupted = builtinExcType('InterruptedError');
  tPermission = builtinExcType('PermissionError');
  tProcessLookup = builtinExcType('ProcessLookupError');
  tTimeout = builtinExcType('TimeoutError');
  const d = load<Ptr>(excOSError, TP_DICT);
  getsetAdd(excOSError, 'errno', oserror_get_errno.index, oserror_set_errno.index, d);
  getsetAdd(excOSError, 'strerror', oserror_get_strerror.index, oserror_set_strerror.index, d);
  getsetAdd(excOSError, 'filename', oserror_get_filename.index, oserror_set_filename.index, d);
  getsetAdd(excOSError, 'filename2', oserror_get_filename2.index, oserror_set_filename2.index, d);
}

// ---- raising ----

/**
 * Raises the OSError subclass for errno e with glibc's text, as CPython's
 * PyErr_SetFromErrnoWithFilenameObjects: "[Errno 2] No such file or directory: 'f'" (filename
 * and filename2 borrowed; 0 = none). Returns 0.
 */
export function oserrorRaise(e: i32, filename: Ptr, filename2: Ptr = 0): Ptr {
  const lit = errnoText(e);
  const msg = lit.length > 0 ? strFromLiteral(lit) : formatMessage('Unknown error %d', <Ptr>e, 0, 0);
  if (msg == 0) return 0;
  const num = intFromI64(e);
  if (num == 0) { decref(msg); return 0; }
  const n = filename2 != 0 ? 5 : filename != 0 ? 3 : 2;
  const t = tupleNew(n);
  if (t == 0) { decref(msg); decref(num); return 0; }
  const items = tupleItemsAddr(t);
  store<Ptr>(items, num);
  store<Ptr>(items + 4, msg);
  if (n >= 3) store<Ptr>(items + 8, newref(filename));
  if (n == 5) { store<Ptr>(items + 12, newref(Py_None)); store<Ptr>(items + 16, newref(filename2)); }
  const type = oserrorTypeFor(e);
  const x = excNewInstance(type, t);
  if (x == 0) { decref(t); return excNoMemory(); }
  const r = oserrorParse(x, t);
  decref(t);
  if (r < 0) { decref(x); return 0; }
  excRaise(x);
  decref(x);
  return 0;
}

/** Is o an OSError (any subclass)? */
export function oserrorCheck(o: Ptr): bool { return isSubtype(load<Ptr>(o, OB_TYPE), excOSError); }
