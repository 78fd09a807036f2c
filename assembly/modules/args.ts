// === Argument checks of builtin module functions, worded as CPython's argument clinic words them ===
//
// `qualname` is the module-qualified name ('math.sqrt'): CPython names METH_O, METH_NOARGS and
// keyword errors of module functions that way ("math.sqrt() takes exactly one argument (2
// given)"), while positional-count errors of clinic functions use the bare name ("pow expected
// 2 arguments, got 1") and METH_VARARGS functions use the bare name throughout ("gmtime() takes
// at most 1 argument (2 given)"). Each check returns true when the call is malformed, with the
// TypeError set.

import { Ptr } from '../common';
import { decref } from '../object/header';
import { strFromLiteral, strLen, strCharAt, strSubstring } from '../object/str';
import { tupleSize } from '../object/tuple';
import { excFormat, excTypeError } from '../vm/exc';

@inline function nkwOf(kwnames: Ptr): i32 { return kwnames != 0 ? tupleSize(kwnames) : 0; }

/** "qualname() takes no keyword arguments". */
export function modNoKw(qualname: string, kwnames: Ptr): bool {
  if (nkwOf(kwnames) == 0) return false;
  const n = strFromLiteral(qualname);
  excFormat(excTypeError, '%U() takes no keyword arguments', n);
  decref(n);
  return true;
}

/** METH_O: exactly one positional argument. */
export function modExactlyOne(qualname: string, nargs: i32, kwnames: Ptr): bool {
  if (modNoKw(qualname, kwnames)) return true;
  if (nargs == 1) return false;
  const n = strFromLiteral(qualname);
  excFormat(excTypeError, '%U() takes exactly one argument (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

/** METH_NOARGS: no arguments. */
export function modNoArgs(qualname: string, nargs: i32, kwnames: Ptr): bool {
  if (modNoKw(qualname, kwnames)) return true;
  if (nargs == 0) return false;
  const n = strFromLiteral(qualname);
  excFormat(excTypeError, '%U() takes no arguments (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

/** Positional-only min..max arguments (clinic): "pow expected 2 arguments, got 1" and its
 *  variants, with the bare name. */
export function modPositional(qualname: string, nargs: i32, kwnames: Ptr, min: i32, max: i32): bool {
  if (modNoKw(qualname, kwnames)) return true;
  if (nargs >= min && nargs <= max) return false;
  const n = bareName(qualname);
  if (min == max) {
    excFormat(excTypeError, '%U expected %d arguments, got %d', n, <Ptr>min, <Ptr>nargs);
  } else if (nargs < min) {
    excFormat(excTypeError, min == 1 ? '%U expected at least %d argument, got %d' : '%U expected at least %d arguments, got %d',
      n, <Ptr>min, <Ptr>nargs);
  } else {
    excFormat(excTypeError, max == 1 ? '%U expected at most %d argument, got %d' : '%U expected at most %d arguments, got %d',
      n, <Ptr>max, <Ptr>nargs);
  }
  decref(n);
  return true;
}

/** METH_VARARGS (PyArg_ParseTuple): "gmtime() takes at most 1 argument (2 given)", and
 *  "gmtime() takes no keyword arguments", with the bare name. */
export function modVarargs(qualname: string, nargs: i32, kwnames: Ptr, min: i32, max: i32): bool {
  const n = bareName(qualname);
  if (nkwOf(kwnames) != 0) excFormat(excTypeError, '%U() takes no keyword arguments', n);
  else if (nargs > max) {
    excFormat(excTypeError, max == 1 ? '%U() takes at most %d argument (%d given)' : '%U() takes at most %d arguments (%d given)',
      n, <Ptr>max, <Ptr>nargs);
  } else if (nargs < min) {
    excFormat(excTypeError, min == 1 ? '%U() takes at least %d argument (%d given)' : '%U() takes at least %d arguments (%d given)',
      n, <Ptr>min, <Ptr>nargs);
  } else { decref(n); return false; }
  decref(n);
  return true;
}

/** The part of 'module.name' after the dot, as a new str. */
function bareName(qualname: string): Ptr {
  const q = strFromLiteral(qualname);
  const len = strLen(q);
  for (let i = len - 1; i >= 0; i--) {
    if (strCharAt(q, i) == 46) {
      const r = strSubstring(q, i + 1, len);
      decref(q);
      return r;
    }
  }
  return q;
}
