// === Argument parsing for builtin methods: CPython's argument-clinic errors, word for word ===
//
// The str, bytes and bytearray methods check their arguments the way CPython's generated
// argument parsers do; every message below was checked against python3 3.11. A method is named
// either bare ("split() takes at most 2 arguments (3 given)") or qualified by the type that owns
// it ("bytes.upper() takes no arguments (1 given)"): `owner` is that type (0 = bare).
//
// Every raiser returns 0 (a Ptr result) so a method can `return argErrX(...)`.

import { indexAsCArg } from './slice';
import { Ptr } from '../common';
import { decref } from './header';
import { excFormat, excSetString, excOccurred, excTypeError, excOverflowError, formatMessage } from '../vm/exc';
import { Py_None } from './none';
import { intFromI64 } from './int';
import { strFromLiteral, strEqLiteral } from './str';
import { tupleSize, tupleItem, argsPositional } from './tuple';
import { indexCheck, indexAsI64 } from './slice';

@inline export function argAt(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }
@inline export function argsHaveKw(kwnames: Ptr): bool { return kwnames != 0 && tupleSize(kwnames) > 0; }

/** "owner.name" or "name" as a new str (0 = MemoryError set). */
@noinline function methodName(owner: Ptr, name: string): Ptr {
  const n = strFromLiteral(name);
  if (n == 0 || owner == 0) return n;
  const q = formatMessage('%N.%U', owner, n, 0);
  decref(n);
  return q;
}

/** "NAME() takes no keyword arguments" */
@noinline export function argErrNoKw(owner: Ptr, name: string): Ptr {
  const n = methodName(owner, name);
  if (n == 0) return 0;
  excFormat(excTypeError, '%U() takes no keyword arguments', n);
  decref(n);
  return 0;
}

/** "NAME() takes no arguments (G given)" */
@noinline export function argErrNoArgs(owner: Ptr, name: string, given: i32): Ptr {
  const n = methodName(owner, name);
  if (n == 0) return 0;
  const g = intFromI64(given);
  excFormat(excTypeError, '%U() takes no arguments (%D given)', n, g);
  decref(n); decref(g);
  return 0;
}

/** "NAME() takes exactly one argument (G given)" */
@noinline export function argErrExactlyOne(owner: Ptr, name: string, given: i32): Ptr {
  const n = methodName(owner, name);
  if (n == 0) return 0;
  const g = intFromI64(given);
  excFormat(excTypeError, '%U() takes exactly one argument (%D given)', n, g);
  decref(n); decref(g);
  return 0;
}

/** "NAME() takes at least|most N argument(s) (G given)" */
@noinline export function argErrTakes(name: string, most: bool, limit: i32, given: i32): Ptr {
  const n = strFromLiteral(name);
  const l = intFromI64(limit);
  const g = intFromI64(given);
  if (most) excFormat(excTypeError, limit == 1 ? '%U() takes at most %D argument (%S given)' : '%U() takes at most %D arguments (%S given)', n, l, g);
  else excFormat(excTypeError, limit == 1 ? '%U() takes at least %D argument (%S given)' : '%U() takes at least %D arguments (%S given)', n, l, g);
  decref(n); decref(l); decref(g);
  return 0;
}

/** "NAME expected at least|most N argument(s), got G" */
@noinline export function argErrExpected(name: string, most: bool, limit: i32, given: i32): Ptr {
  const n = strFromLiteral(name);
  const l = intFromI64(limit);
  const g = intFromI64(given);
  if (most) excFormat(excTypeError, limit == 1 ? '%U expected at most %D argument, got %S' : '%U expected at most %D arguments, got %S', n, l, g);
  else excFormat(excTypeError, limit == 1 ? '%U expected at least %D argument, got %S' : '%U expected at least %D arguments, got %S', n, l, g);
  decref(n); decref(l); decref(g);
  return 0;
}

/** "'KW' is an invalid keyword argument for NAME()" */
@noinline export function argErrBadKw(kw: Ptr, name: string): Ptr {
  const n = strFromLiteral(name);
  excFormat(excTypeError, "'%U' is an invalid keyword argument for %U()", kw, n);
  decref(n);
  return 0;
}

/**
 * Binds up to three parameters (positional or by keyword name) into out[0..2] (borrowed, 0 =
 * missing); only the first `max` exist. Returns false with TypeError set on an unknown or
 * repeated keyword or too many positionals ("NAME() takes at most N arguments (G given)").
 */
export function argsBind(args: usize, nargs: i32, kwnames: Ptr, out: usize, name: string, max: i32, n0: string, n1: string = '', n2: string = ''): bool {
  store<Ptr>(out, 0);
  store<Ptr>(out, 0, 4);
  store<Ptr>(out, 0, 8);
  const npos = argsPositional(nargs, kwnames);
  if (npos > max) { argErrTakes(name, true, max, nargs); return false; }
  for (let i = 0; i < npos; i++) store<Ptr>(out + (<usize>i << 2), argAt(args, i));
  const nkw = nargs - npos;
  for (let i = 0; i < nkw; i++) {
    const kw = tupleItem(kwnames, i);
    let slot = -1;
    if (strEqLiteral(kw, n0)) slot = 0;
    else if (max > 1 && strEqLiteral(kw, n1)) slot = 1;
    else if (max > 2 && strEqLiteral(kw, n2)) slot = 2;
    if (slot < 0) { argErrBadKw(kw, name); return false; }
    if (load<Ptr>(out + (<usize>slot << 2)) != 0) {
      const n = strFromLiteral(name);
      const p = intFromI64(slot + 1);
      excFormat(excTypeError, "argument for %U() given by name ('%U') and position (%D)", n, kw, p);
      decref(n); decref(p);
      return false;
    }
    store<Ptr>(out + (<usize>slot << 2), argAt(args, npos + i));
  }
  return true;
}

/** The i-th of three literal parameter names. */
@inline function paramName(i: i32, n0: string, n1: string, n2: string): string { return i == 0 ? n0 : i == 1 ? n1 : n2; }

/**
 * CPython's argument-clinic binding (_PyArg_UnpackKeywords) of up to three parameters, the first
 * `posonly` positional-only and the first `required` required, into out[0..2] (borrowed, 0 =
 * missing). Errors in CPython's order: too many arguments, too few positional-only ones, a
 * missing required one, then a leftover keyword (given by name and position, or unknown).
 */
export function argsParse(args: usize, nargs: i32, kwnames: Ptr, out: usize, name: string, posonly: i32, required: i32, max: i32, n0: string, n1: string = '', n2: string = ''): bool {
  store<Ptr>(out, 0);
  store<Ptr>(out, 0, 4);
  store<Ptr>(out, 0, 8);
  const npos = argsPositional(nargs, kwnames);
  const nkw = nargs - npos;
  if (nargs > max) {
    // only keywords given: "takes at most 1 keyword argument (2 given)" (CPython's bpo-31229 wording)
    if (npos == 0) {
      const n = strFromLiteral(name), l = intFromI64(max), g = intFromI64(nargs);
      excFormat(excTypeError, max == 1 ? '%U() takes at most %D keyword argument (%S given)' : '%U() takes at most %D keyword arguments (%S given)', n, l, g);
      decref(n); decref(l); decref(g);
    } else argErrTakes(name, true, max, nargs);
    return false;
  }
  const minpos = posonly < required ? posonly : required;
  if (npos < minpos) {
    const n = strFromLiteral(name);
    const l = intFromI64(minpos), g = intFromI64(npos);
    excFormat(excTypeError, minpos == 1 ? '%U() takes at least %D positional argument (%S given)' : '%U() takes at least %D positional arguments (%S given)', n, l, g);
    decref(n); decref(l); decref(g);
    return false;
  }
  for (let i = 0; i < npos; i++) store<Ptr>(out + (<usize>i << 2), argAt(args, i));
  let used: i32 = 0; // bit k: keyword k was bound
  for (let i = npos; i < max; i++) {
    if (i >= posonly) {
      for (let k = 0; k < nkw; k++) {
        if (strEqLiteral(tupleItem(kwnames, k), paramName(i, n0, n1, n2))) {
          store<Ptr>(out + (<usize>i << 2), argAt(args, npos + k));
          used |= 1 << k;
          break;
        }
      }
    }
    if (load<Ptr>(out + (<usize>i << 2)) == 0 && i < required) {
      const n = strFromLiteral(name), p = strFromLiteral(paramName(i, n0, n1, n2)), q = intFromI64(i + 1);
      excFormat(excTypeError, "%U() missing required argument '%U' (pos %D)", n, p, q);
      decref(n); decref(p); decref(q);
      return false;
    }
  }
  for (let k = 0; k < nkw; k++) {
    if (used & (1 << k)) continue;
    const kw = tupleItem(kwnames, k);
    for (let i = posonly; i < npos; i++) {
      if (strEqLiteral(kw, paramName(i, n0, n1, n2))) {
        const n = strFromLiteral(name), q = intFromI64(i + 1);
        excFormat(excTypeError, "argument for %U() given by name ('%U') and position (%D)", n, kw, q);
        decref(n); decref(q);
        return false;
      }
    }
    argErrBadKw(kw, name);
    return false;
  }
  return true;
}

/** A slice bound argument (None or missing -> dflt; an index clamps to i32 range). Stores
 *  false at okAddr with TypeError set for anything else. */
export function argSliceBound(o: Ptr, dflt: i32, okAddr: usize): i32 {
  store<u8>(okAddr, 1);
  if (o == 0 || o == Py_None) return dflt;
  if (!indexCheck(o)) {
    excSetString(excTypeError, 'slice indices must be integers or None or have an __index__ method');
    store<u8>(okAddr, 0);
    return 0;
  }
  const v = indexAsI64(o, 0);
  if (v == -1 && excOccurred()) { store<u8>(okAddr, 0); return 0; }
  return v > 0x3FFFFFFF ? 0x3FFFFFFF : v < -0x3FFFFFFF ? -0x3FFFFFFF : <i32>v;
}

/** CPython's ADJUST_INDICES: negative bounds count from the end; end clamps to len. */
@inline export function adjustStart(start: i32, len: i32): i32 {
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return start;
}
@inline export function adjustEnd(end: i32, len: i32): i32 {
  if (end > len) return len;
  if (end < 0) { end += len; if (end < 0) end = 0; }
  return end;
}

/** An integer argument (width, count, tabsize): an index, else TypeError; a value beyond i64
 *  raises OverflowError. Stores false at okAddr on error. */
export function argInt(o: Ptr, okAddr: usize, cint: bool = false): i64 {
  store<u8>(okAddr, 1);
  // Py_ssize_t, or a C int (tabsize, keepends): CPython's OverflowError texts (slice.ts)
  const v = indexAsCArg(o, cint);
  if (v == -1 && excOccurred()) store<u8>(okAddr, 0);
  return v;
}

// ---- argsParseNames: argsParse for up to 8 parameters named in one literal ----

/** Does str s equal the `len` chars of literal lit from `start`? */
function strEqLiteralPart(s: Ptr, lit: string, start: i32, len: i32): bool {
  if (strLen(s) != len) return false;
  const p = changetype<usize>(lit) + (<usize>start << 1);
  for (let i = 0; i < len; i++) if (strCharAt(s, i) != <u32>load<u16>(p + (<usize>i << 1))) return false;
  return true;
}

/** Start and length of each comma-separated name of `names` (at most 8) into table; the count. */
function splitNames(names: string, table: usize): i32 {
  let n = 0, start = 0;
  const len = names.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && names.charCodeAt(i) != 0x2C) continue;
    store<i32>(table + (<usize>n << 3), start);
    store<i32>(table + (<usize>n << 3), i - start, 4);
    n++;
    start = i + 1;
  }
  return n;
}

/**
 * argsParse for up to eight parameters whose names are listed, comma-separated, in `names`
 * ('file,mode,buffering'): binds into out[0..n-1] (borrowed, 0 = missing) with CPython's
 * _PyArg_UnpackKeywords errors in its order. `max` parameters exist; the first `posonly` are
 * positional-only and the first `required` are required.
 */
export function argsParseNames(args: usize, nargs: i32, kwnames: Ptr, out: usize, name: string, posonly: i32, required: i32, max: i32, names: string): bool {
  const table = memory.data(64);
  splitNames(names, table);
  for (let i = 0; i < max; i++) store<Ptr>(out + (<usize>i << 2), 0);
  const npos = argsPositional(nargs, kwnames);
  const nkw = nargs - npos;
  if (nargs > max) { argErrTakes(name, true, max, nargs); return false; }
  const minpos = posonly < required ? posonly : required;
  if (npos < minpos) {
    const n = strFromLiteral(name);
    const l = intFromI64(minpos), g = intFromI64(npos);
    excFormat(excTypeError, minpos == 1 ? '%U() takes at least %D positional argument (%S given)' : '%U() takes at least %D positional arguments (%S given)', n, l, g);
    decref(n); decref(l); decref(g);
    return false;
  }
  for (let i = 0; i < npos; i++) store<Ptr>(out + (<usize>i << 2), argAt(args, i));
  let used: i32 = 0; // bit k: keyword k was bound
  for (let i = npos; i < max; i++) {
    const ns = load<i32>(table + (<usize>i << 3)), nl = load<i32>(table + (<usize>i << 3), 4);
    if (i >= posonly) {
      for (let k = 0; k < nkw; k++) {
        if (strEqLiteralPart(tupleItem(kwnames, k), names, ns, nl)) {
          store<Ptr>(out + (<usize>i << 2), argAt(args, npos + k));
          used |= 1 << k;
          break;
        }
      }
    }
    if (load<Ptr>(out + (<usize>i << 2)) == 0 && i < required) {
      const all = strFromLiteral(names);
      const n = strFromLiteral(name), p = strSubstring(all, ns, ns + nl), q = intFromI64(i + 1);
      excFormat(excTypeError, "%U() missing required argument '%U' (pos %D)", n, p, q);
      decref(all); decref(n); decref(p); decref(q);
      return false;
    }
  }
  for (let k = 0; k < nkw; k++) {
    if (used & (1 << k)) continue;
    const kw = tupleItem(kwnames, k);
    for (let i = posonly; i < npos; i++) {
      if (strEqLiteralPart(kw, names, load<i32>(table + (<usize>i << 3)), load<i32>(table + (<usize>i << 3), 4))) {
        const n = strFromLiteral(name), q = intFromI64(i + 1);
        excFormat(excTypeError, "argument for %U() given by name ('%U') and position (%D)", n, kw, q);
        decref(n); decref(q);
        return false;
      }
    }
    argErrBadKw(kw, name);
    return false;
  }
  return true;
}
import { strLen, strCharAt, strSubstring } from './str';

