// === str methods: case mapping, strip, split, join, replace, find, predicates, padding ===
//
// Every method has the builtin signature (self, args, nargs, kwnames) and reproduces CPython
// 3.11's argument errors word for word (each message checked against python3). Positional-only
// methods reject keywords with "str.X() takes no keyword arguments"; split, rsplit, splitlines
// and expandtabs take keywords as CPython does.
//
// Character properties beyond ASCII come from object/unicode.ts (the full Unicode 14 tables
// python3 3.11 uses), so upper/lower/casefold/title/swapcase/capitalize and the is*() predicates
// are exact for every code point, including multi-char mappings ('ß'.upper() == 'SS') and the
// final-sigma rule of lower().

import { Ptr } from '../common';
import { objType, decref, newref } from './header';
import { typeAddMethod, typeKind, TK_INT, TK_BOOL, TK_TUPLE } from './type';
import { excFormat, excSetString, excOccurred, excTypeError, excValueError, excOverflowError } from '../vm/exc';
import { Py_None } from './none';
import { boolFrom } from './bool';
import { intFromI64, intValue } from './int';
import {
  strType, strEmpty, strLen, strKind, strData, strCharAt, strIsAscii, isStr, strNew, strFromChar,
  strSubstring, strFindIn, strRfindIn, strCountIn, strEqLiteral, kindRead, kindWrite, kindFor,
  kindCopy, STR_MAX_LEN,
} from './str';
import { sbNew, sbAppendChar, sbAppendStr, sbAppendSubstr, sbFinish, sbFree } from './strbuild';
import {
  unicodeIsSpace, unicodeIsAlpha, unicodeIsDecimal, unicodeIsDigit, unicodeIsNumeric,
  unicodeIsLower, unicodeIsUpper, unicodeIsTitle, unicodeIsCased, unicodeIsCaseIgnorable,
  unicodeIsXidStart, unicodeIsXidContinue, unicodeIsPrintable, unicodeIsAlnum, unicodeCaseMap,
  CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_FOLD,
} from './unicode';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleOne, argsPositional, argsRaiseCount, argsRaiseCount2 } from './tuple';
import { listNew, listAppend, seqFast, seqFastSize, seqFastItems } from './list';
import { indexCheck, indexAsI64 } from './slice';
import { strFromLiteral } from './str';
import {
  argAt, argsHaveKw, argErrNoKw, argErrNoArgs, argErrExactlyOne, argErrTakes, argErrExpected,
  argErrBadKw, argsBind, argSliceBound, argInt, adjustStart, adjustEnd,
} from './methodargs';

import { strtranslateInit } from './strtranslate';

@inline function arg(args: usize, i: i32): Ptr { return argAt(args, i); }
@inline function hasKw(kwnames: Ptr): bool { return argsHaveKw(kwnames); }

// ---- case mapping ----

/** Is the Σ at i in final position (CPython's handle_capital_sigma)? */
function sigmaIsFinal(s: Ptr, i: i32): bool {
  const n = strLen(s);
  let j = i - 1;
  while (j >= 0 && unicodeIsCaseIgnorable(strCharAt(s, j))) j--;
  const before = j >= 0 && unicodeIsCased(strCharAt(s, j));
  if (!before) return false;
  j = i + 1;
  while (j < n && unicodeIsCaseIgnorable(strCharAt(s, j))) j++;
  return j == n || !unicodeIsCased(strCharAt(s, j));
}

/** Appends the full `which` mapping of char i of s (lowercase Σ honours the final-sigma rule). */
function appendMapped(sb: Ptr, s: Ptr, i: i32, which: u32): void {
  const c = strCharAt(s, i);
  if (c == 0x3A3 && (which == CASE_LOWER)) { sbAppendChar(sb, sigmaIsFinal(s, i) ? 0x3C2 : 0x3C3); return; }
  const buf = memory.data(12);
  const n = unicodeCaseMap(c, which, buf);
  for (let k = 0; k < n; k++) sbAppendChar(sb, load<u32>(buf + (<usize>k << 2)));
}

@inline const MODE_UPPER: i32 = 0;
@inline const MODE_LOWER: i32 = 1;
@inline const MODE_FOLD: i32 = 2;
@inline const MODE_SWAP: i32 = 3;
@inline const MODE_TITLE: i32 = 4;
@inline const MODE_CAPITALIZE: i32 = 5;

/** ASCII-only fast path for upper/lower/swapcase/casefold (same length, same kind). */
function caseAscii(s: Ptr, mode: i32): Ptr {
  const n = strLen(s);
  const r = strNew(n, 1, 0);
  if (r == 0) return 0;
  const d = strData(s), o = strData(r);
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u8>(d + <usize>i);
    const isUp = c >= 0x41 && c <= 0x5A, isLo = c >= 0x61 && c <= 0x7A;
    let toUpper: bool;
    if (mode == MODE_UPPER) toUpper = true;
    else if (mode == MODE_LOWER || mode == MODE_FOLD) toUpper = false;
    else if (mode == MODE_SWAP) toUpper = isLo;
    else if (mode == MODE_TITLE) toUpper = !prevCased;
    else toUpper = i == 0;
    if (toUpper && isLo) c -= 32;
    else if (!toUpper && isUp) c += 32;
    prevCased = isUp || isLo;
    store<u8>(o + <usize>i, <u8>c);
  }
  return r;
}

function caseMap(s: Ptr, mode: i32): Ptr {
  if (strIsAscii(s)) return caseAscii(s, mode);
  const sb = sbNew();
  if (sb == 0) return 0;
  const n = strLen(s);
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    let which: u32;
    if (mode == MODE_UPPER) which = CASE_UPPER;
    else if (mode == MODE_LOWER) which = CASE_LOWER;
    else if (mode == MODE_FOLD) which = CASE_FOLD;
    else if (mode == MODE_SWAP) which = unicodeIsUpper(c) ? CASE_LOWER : unicodeIsLower(c) ? CASE_UPPER : 0;
    else if (mode == MODE_TITLE) { which = prevCased ? CASE_LOWER : CASE_TITLE; prevCased = unicodeIsCased(c); }
    else which = i == 0 ? CASE_TITLE : CASE_LOWER;
    if (which == 0) sbAppendChar(sb, c);
    else appendMapped(sb, s, i, which);
  }
  return sbFinish(sb);
}

function str_upper(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'upper');
  if (nargs) return argErrNoArgs(strType, 'upper', nargs);
  return caseMap(self, MODE_UPPER);
}
function str_lower(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'lower');
  if (nargs) return argErrNoArgs(strType, 'lower', nargs);
  return caseMap(self, MODE_LOWER);
}
function str_casefold(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'casefold');
  if (nargs) return argErrNoArgs(strType, 'casefold', nargs);
  return caseMap(self, MODE_FOLD);
}
function str_swapcase(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'swapcase');
  if (nargs) return argErrNoArgs(strType, 'swapcase', nargs);
  return caseMap(self, MODE_SWAP);
}
function str_title(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'title');
  if (nargs) return argErrNoArgs(strType, 'title', nargs);
  return caseMap(self, MODE_TITLE);
}
function str_capitalize(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'capitalize');
  if (nargs) return argErrNoArgs(strType, 'capitalize', nargs);
  return caseMap(self, MODE_CAPITALIZE);
}

// ---- predicates ----

@inline const P_SPACE: i32 = 0;
@inline const P_ALPHA: i32 = 1;
@inline const P_ALNUM: i32 = 2;
@inline const P_DECIMAL: i32 = 3;
@inline const P_DIGIT: i32 = 4;
@inline const P_NUMERIC: i32 = 5;
@inline const P_PRINTABLE: i32 = 6;
@inline const P_ASCII: i32 = 7;

function charHas(c: u32, p: i32): bool {
  switch (p) {
    case P_SPACE: return unicodeIsSpace(c);
    case P_ALPHA: return c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) : unicodeIsAlpha(c);
    case P_ALNUM: return c < 0x80 ? (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || (c >= 0x30 && c <= 0x39)) : unicodeIsAlnum(c);
    case P_DECIMAL: return c < 0x80 ? c >= 0x30 && c <= 0x39 : unicodeIsDecimal(c);
    case P_DIGIT: return c < 0x80 ? c >= 0x30 && c <= 0x39 : unicodeIsDigit(c);
    case P_NUMERIC: return c < 0x80 ? c >= 0x30 && c <= 0x39 : unicodeIsNumeric(c);
    case P_PRINTABLE: return c < 0x80 ? c >= 0x20 && c < 0x7F : unicodeIsPrintable(c);
    default: return c < 0x80;
  }
}

/** All chars have property p (and, except for isprintable/isascii, there is at least one). */
function allHave(s: Ptr, p: i32): Ptr {
  const n = strLen(s);
  if (n == 0) return boolFrom(p == P_PRINTABLE || p == P_ASCII);
  for (let i = 0; i < n; i++) if (!charHas(strCharAt(s, i), p)) return boolFrom(false);
  return boolFrom(true);
}

function str_isspace(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isspace', nargs);
  return allHave(self, P_SPACE);
}
function str_isalpha(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isalpha', nargs);
  return allHave(self, P_ALPHA);
}
function str_isalnum(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isalnum', nargs);
  return allHave(self, P_ALNUM);
}
function str_isdecimal(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isdecimal', nargs);
  return allHave(self, P_DECIMAL);
}
function str_isdigit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isdigit', nargs);
  return allHave(self, P_DIGIT);
}
function str_isnumeric(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isnumeric', nargs);
  return allHave(self, P_NUMERIC);
}
function str_isprintable(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isprintable', nargs);
  return allHave(self, P_PRINTABLE);
}
function str_isascii(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isascii', nargs);
  return boolFrom(strIsAscii(self));
}

function str_islower(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'islower', nargs);
  const n = strLen(self);
  let cased = false;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(self, i);
    if (unicodeIsUpper(c) || unicodeIsTitle(c)) return boolFrom(false);
    if (!cased && unicodeIsLower(c)) cased = true;
  }
  return boolFrom(cased);
}

function str_isupper(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isupper', nargs);
  const n = strLen(self);
  let cased = false;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(self, i);
    if (unicodeIsLower(c) || unicodeIsTitle(c)) return boolFrom(false);
    if (!cased && unicodeIsUpper(c)) cased = true;
  }
  return boolFrom(cased);
}

function str_istitle(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'istitle', nargs);
  const n = strLen(self);
  let cased = false, prev = false;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(self, i);
    if (unicodeIsUpper(c) || unicodeIsTitle(c)) {
      if (prev) return boolFrom(false);
      prev = true; cased = true;
    } else if (unicodeIsLower(c)) {
      if (!prev) return boolFrom(false);
      prev = true; cased = true;
    } else prev = false;
  }
  return boolFrom(cased);
}

/** Is s a valid identifier (PEP 3131: XID_Start or '_', then XID_Continue)? */
export function strIsIdentifier(s: Ptr): bool {
  const n = strLen(s);
  if (n == 0) return false;
  const c0 = strCharAt(s, 0);
  if (!(c0 == 0x5F || unicodeIsXidStart(c0))) return false;
  for (let i = 1; i < n; i++) if (!unicodeIsXidContinue(strCharAt(s, i))) return false;
  return true;
}

function str_isidentifier(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(strType, 'isidentifier', nargs);
  return boolFrom(strIsIdentifier(self));
}

// ---- strip ----

@inline const STRIP_LEFT: i32 = 1;
@inline const STRIP_RIGHT: i32 = 2;

function inChars(chars: Ptr, c: u32): bool {
  const n = strLen(chars);
  for (let i = 0; i < n; i++) if (strCharAt(chars, i) == c) return true;
  return false;
}

/** s stripped of whitespace (chars == 0) or of the chars in `chars`, on the given sides. */
export function strStrip(s: Ptr, chars: Ptr, sides: i32): Ptr {
  let i = 0, j = strLen(s);
  if (sides & STRIP_LEFT) {
    while (i < j && (chars == 0 ? unicodeIsSpace(strCharAt(s, i)) : inChars(chars, strCharAt(s, i)))) i++;
  }
  if (sides & STRIP_RIGHT) {
    while (j > i && (chars == 0 ? unicodeIsSpace(strCharAt(s, j - 1)) : inChars(chars, strCharAt(s, j - 1)))) j--;
  }
  return strSubstring(s, i, j);
}

function doStrip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, sides: i32, name: string): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, name);
  if (nargs > 1) return argErrExpected(name, true, 1, nargs);
  let chars: Ptr = nargs == 1 ? arg(args, 0) : 0;
  if (chars == Py_None) chars = 0;
  if (chars != 0 && !isStr(chars)) {
    const n = strFromLiteral(name);
    excFormat(excTypeError, '%U arg must be None or str', n);
    decref(n);
    return 0;
  }
  return strStrip(self, chars, sides);
}

function str_strip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return doStrip(self, args, nargs, kwnames, STRIP_LEFT | STRIP_RIGHT, 'strip');
}
function str_lstrip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return doStrip(self, args, nargs, kwnames, STRIP_LEFT, 'lstrip');
}
function str_rstrip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return doStrip(self, args, nargs, kwnames, STRIP_RIGHT, 'rstrip');
}

// ---- split ----

/** Appends s[i:j] to list l; false on error. */
function appendPiece(l: Ptr, s: Ptr, i: i32, j: i32): bool {
  const p = strSubstring(s, i, j);
  if (p == 0) return false;
  const r = listAppend(l, p);
  decref(p);
  return r == 0;
}

/** s.split(sep, maxsplit) (sep 0 = whitespace). New list. */
export function strSplit(s: Ptr, sep: Ptr, maxsplit: i64): Ptr {
  const l = listNew(0);
  if (l == 0) return 0;
  const n = strLen(s);
  if (maxsplit < 0) maxsplit = I64.MAX_VALUE;
  if (sep == 0) {
    let i = 0;
    let count: i64 = 0;
    while (true) {
      while (i < n && unicodeIsSpace(strCharAt(s, i))) i++;
      if (i == n) break;
      if (count == maxsplit) {
        // The rest, trailing whitespace included, is the last item.
        if (!appendPiece(l, s, i, n)) { decref(l); return 0; }
        break;
      }
      let j = i;
      while (j < n && !unicodeIsSpace(strCharAt(s, j))) j++;
      if (!appendPiece(l, s, i, j)) { decref(l); return 0; }
      count++;
      i = j;
    }
    return l;
  }
  const m = strLen(sep);
  let i = 0;
  let count: i64 = 0;
  while (count < maxsplit) {
    const f = strFindIn(s, sep, i, n);
    if (f < 0) break;
    if (!appendPiece(l, s, i, f)) { decref(l); return 0; }
    i = f + m;
    count++;
  }
  if (!appendPiece(l, s, i, n)) { decref(l); return 0; }
  return l;
}

/** s.rsplit(sep, maxsplit). New list. */
export function strRsplit(s: Ptr, sep: Ptr, maxsplit: i64): Ptr {
  const l = listNew(0);
  if (l == 0) return 0;
  const n = strLen(s);
  if (maxsplit < 0) maxsplit = I64.MAX_VALUE;
  // Collect pieces back to front, then reverse in place.
  if (sep == 0) {
    let j = n;
    let count: i64 = 0;
    while (true) {
      while (j > 0 && unicodeIsSpace(strCharAt(s, j - 1))) j--;
      if (j == 0) break;
      if (count == maxsplit) {
        if (!appendPiece(l, s, 0, j)) { decref(l); return 0; }
        break;
      }
      let i = j;
      while (i > 0 && !unicodeIsSpace(strCharAt(s, i - 1))) i--;
      if (!appendPiece(l, s, i, j)) { decref(l); return 0; }
      count++;
      j = i;
    }
  } else {
    const m = strLen(sep);
    let j = n;
    let count: i64 = 0;
    while (count < maxsplit) {
      const f = strRfindIn(s, sep, 0, j);
      if (f < 0) break;
      if (!appendPiece(l, s, f + m, j)) { decref(l); return 0; }
      j = f;
      count++;
    }
    if (!appendPiece(l, s, 0, j)) { decref(l); return 0; }
  }
  ptrsReverse(listItemsAddr(l), listSize(l));
  return l;
}

import { listSize, listItemsAddr, ptrsReverse } from './list';

function doSplit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, right: bool): Ptr {
  const out = memory.data(12);
  if (!argsBind(args, nargs, kwnames, out, right ? 'rsplit' : 'split', 2, 'sep', 'maxsplit')) return 0;
  let sep = load<Ptr>(out);
  const ms = load<Ptr>(out, 4);
  if (sep == Py_None) sep = 0;
  if (sep != 0 && !isStr(sep)) return excFormat(excTypeError, 'must be str or None, not %T', sep);
  if (sep != 0 && strLen(sep) == 0) return excSetString(excValueError, 'empty separator');
  let maxsplit: i64 = -1;
  if (ms != 0) {
    const ok = memory.data(1);
    maxsplit = argInt(ms, ok);
    if (!load<u8>(ok)) return 0;
  }
  return right ? strRsplit(self, sep, maxsplit) : strSplit(self, sep, maxsplit);
}

function str_split(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doSplit(self, args, nargs, kwnames, false); }
function str_rsplit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doSplit(self, args, nargs, kwnames, true); }

@inline function isLineBreak(c: u32): bool {
  return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

function str_splitlines(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!argsBind(args, nargs, kwnames, out, 'splitlines', 1, 'keepends')) return 0;
  let keep = false;
  const k = load<Ptr>(out);
  if (k != 0) {
    const ok = memory.data(1);
    keep = argInt(k, ok, true) != 0;
    if (!load<u8>(ok)) return 0;
  }
  const l = listNew(0);
  if (l == 0) return 0;
  const n = strLen(self);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(strCharAt(self, j))) j++;
    let eol = j;
    if (j < n) {
      eol = j + 1;
      if (strCharAt(self, j) == 0x0D && j + 1 < n && strCharAt(self, j + 1) == 0x0A) eol = j + 2;
    }
    if (!appendPiece(l, self, i, keep ? eol : j)) { decref(l); return 0; }
    i = eol;
  }
  return l;
}

// ---- join ----

/** sep.join(iterable). New reference. */
export function strJoin(sep: Ptr, iterable: Ptr): Ptr {
  const seq = seqFast(iterable, 'can only join an iterable');
  if (seq == 0) return 0;
  const n = seqFastSize(seq);
  const items = seqFastItems(seq);
  if (n == 1 && objType(load<Ptr>(items)) == strType) {
    const r = newref(load<Ptr>(items));
    decref(seq);
    return r;
  }
  // Pass 1: check types, total length, widest kind.
  const sl = strLen(sep);
  let total: i64 = n > 0 ? <i64>sl * (n - 1) : 0;
  let kind = strKind(sep);
  let ascii = strIsAscii(sep);
  for (let i = 0; i < n; i++) {
    const it = load<Ptr>(items + (<usize>i << 2));
    if (!isStr(it)) {
      const idx = intFromI64(i);
      excFormat(excTypeError, 'sequence item %D: expected str instance, %T found', idx, it);
      decref(idx);
      decref(seq);
      return 0;
    }
    total += strLen(it);
    if (strKind(it) > kind) kind = strKind(it);
    if (!strIsAscii(it)) ascii = false;
  }
  if (total > <i64>STR_MAX_LEN) { decref(seq); excSetString(excOverflowError, 'join() result is too long for a Python string'); return 0; }
  if (total == 0) { decref(seq); return newref(strEmpty); }
  let r: Ptr;
  if (total == 1) {
    // One char: from the single non-empty piece.
    let c: u32 = 0;
    if (sl == 1 && n > 1) c = strCharAt(sep, 0);
    for (let i = 0; i < n; i++) { const it = load<Ptr>(items + (<usize>i << 2)); if (strLen(it)) c = strCharAt(it, 0); }
    r = strFromChar(c);
  } else {
    // The result's kind may be wider than needed only if sep is wider than every item and n < 2;
    // total > 1 with n < 2 means a single item, whose own kind is minimal: so kind is minimal.
    r = strNew(<i32>total, n < 2 ? strKind(load<Ptr>(items)) : kind, ascii ? 0 : 0xFF);
    if (r != 0) {
      const rk = strKind(r);
      let o = strData(r);
      for (let i = 0; i < n; i++) {
        if (i > 0 && sl > 0) { kindCopy(o, rk, strData(sep), strKind(sep), sl); o += <usize>sl * rk; }
        const it = load<Ptr>(items + (<usize>i << 2));
        const m = strLen(it);
        kindCopy(o, rk, strData(it), strKind(it), m);
        o += <usize>m * rk;
      }
    }
  }
  decref(seq);
  return r;
}

function str_join(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'join');
  if (nargs != 1) return argErrExactlyOne(strType, 'join', nargs);
  return strJoin(self, arg(args, 0));
}

// ---- replace ----

/** s.replace(old, new, count) (count < 0 = all). New reference. */
export function strReplace(s: Ptr, old: Ptr, rep: Ptr, count: i64): Ptr {
  const n = strLen(s), m = strLen(old);
  if (count < 0) count = I64.MAX_VALUE;
  if (count == 0 || (m > 0 && strFindIn(s, old, 0, n) < 0)) return strSubstring(s, 0, n);
  const sb = sbNew();
  if (sb == 0) return 0;
  if (m == 0) {
    // Insert rep before every char and at the end, up to count times.
    let done: i64 = 0;
    for (let i = 0; i <= n; i++) {
      if (done < count) { sbAppendStr(sb, rep); done++; }
      if (i < n) sbAppendChar(sb, strCharAt(s, i));
    }
    return sbFinish(sb);
  }
  let i = 0;
  let done: i64 = 0;
  while (done < count) {
    const f = strFindIn(s, old, i, n);
    if (f < 0) break;
    sbAppendSubstr(sb, s, i, f);
    sbAppendStr(sb, rep);
    i = f + m;
    done++;
  }
  sbAppendSubstr(sb, s, i, n);
  return sbFinish(sb);
}

function str_replace(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'replace');
  if (nargs < 2) return argErrExpected('replace', false, 2, nargs);
  if (nargs > 3) return argErrExpected('replace', true, 3, nargs);
  const old = arg(args, 0), rep = arg(args, 1);
  if (!isStr(old)) return excFormat(excTypeError, 'replace() argument 1 must be str, not %T', old);
  if (!isStr(rep)) return excFormat(excTypeError, 'replace() argument 2 must be str, not %T', rep);
  let count: i64 = -1;
  if (nargs == 3) {
    const ok = memory.data(1);
    count = argInt(arg(args, 2), ok);
    if (!load<u8>(ok)) return 0;
  }
  return strReplace(self, old, rep, count);
}

// ---- find family ----

/** Parses (sub, start=None, end=None) into out: +0 sub Ptr, +4 start i32, +8 end i32 (adjusted
 *  against len(self)). False with TypeError set. */
function parseSubArgs(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, name: string, out: usize, subMustBeStr: bool): bool {
  if (hasKw(kwnames)) { argErrNoKw(strType, name); return false; }
  if (nargs < 1) { argErrTakes(name, false, 1, nargs); return false; }
  if (nargs > 3) { argErrTakes(name, true, 3, nargs); return false; }
  const sub = arg(args, 0);
  if (subMustBeStr && !isStr(sub)) { excFormat(excTypeError, 'must be str, not %T', sub); return false; }
  const len = strLen(self);
  const ok = memory.data(1);
  const start = argSliceBound(nargs > 1 ? arg(args, 1) : 0, 0, ok);
  if (!load<u8>(ok)) return false;
  const end = argSliceBound(nargs > 2 ? arg(args, 2) : 0, len, ok);
  if (!load<u8>(ok)) return false;
  store<Ptr>(out, sub);
  store<i32>(out, adjustStart(start, len), 4);
  store<i32>(out, adjustEnd(end, len), 8);
  return true;
}

function doFind(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, right: bool, raise: bool, name: string): Ptr {
  const out = memory.data(12);
  if (!parseSubArgs(self, args, nargs, kwnames, name, out, true)) return 0;
  const sub = load<Ptr>(out), start = load<i32>(out, 4), end = load<i32>(out, 8);
  let r: i32 = -1;
  if (start <= strLen(self)) r = right ? strRfindIn(self, sub, start, end) : strFindIn(self, sub, start, end);
  if (r < 0 && raise) return excSetString(excValueError, 'substring not found');
  return intFromI64(r);
}

function str_find(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, false, false, 'find'); }
function str_rfind(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, true, false, 'rfind'); }
function str_index(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, false, true, 'index'); }
function str_rindex(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, true, true, 'rindex'); }

function str_count(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!parseSubArgs(self, args, nargs, kwnames, 'count', out, true)) return 0;
  const sub = load<Ptr>(out), start = load<i32>(out, 4), end = load<i32>(out, 8);
  if (start > strLen(self)) return intFromI64(0);
  return intFromI64(strCountIn(self, sub, start, end, -1));
}

/** CPython's tailmatch: does s[start:end] start (or end) with sub? */
function tailMatch(s: Ptr, sub: Ptr, start: i32, end: i32, atEnd: bool): bool {
  const m = strLen(sub);
  if (end - m < start) return false;
  const at = atEnd ? end - m : start;
  for (let k = 0; k < m; k++) if (strCharAt(s, at + k) != strCharAt(sub, k)) return false;
  return true;
}

function doStartsEnds(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, atEnd: bool): Ptr {
  const name = atEnd ? 'endswith' : 'startswith';
  const out = memory.data(12);
  if (!parseSubArgs(self, args, nargs, kwnames, name, out, false)) return 0;
  const sub = load<Ptr>(out), start = load<i32>(out, 4), end = load<i32>(out, 8);
  if (typeKind(objType(sub)) == TK_TUPLE) {
    const n = tupleSize(sub);
    for (let i = 0; i < n; i++) {
      const it = tupleItem(sub, i);
      if (!isStr(it)) {
        const nm = strFromLiteral(name);
        excFormat(excTypeError, 'tuple for %U must only contain str, not %T', nm, it);
        decref(nm);
        return 0;
      }
      if (tailMatch(self, it, start, end, atEnd)) return boolFrom(true);
    }
    return boolFrom(false);
  }
  if (!isStr(sub)) {
    const nm = strFromLiteral(name);
    excFormat(excTypeError, '%U first arg must be str or a tuple of str, not %T', nm, sub);
    decref(nm);
    return 0;
  }
  return boolFrom(tailMatch(self, sub, start, end, atEnd));
}

function str_startswith(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doStartsEnds(self, args, nargs, kwnames, false); }
function str_endswith(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doStartsEnds(self, args, nargs, kwnames, true); }

// ---- padding ----

/** s padded to width with fill: left chars on the left, the rest on the right. */
function pad(s: Ptr, left: i64, right: i64, fill: u32): Ptr {
  const n = strLen(s);
  if (left <= 0 && right <= 0) return strSubstring(s, 0, n);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  const total = <i64>n + left + right;
  if (total > <i64>STR_MAX_LEN) { excSetString(excOverflowError, 'padded string is too long'); return 0; }
  let maxchar: u32 = strIsAscii(s) ? 0x7F : strKind(s) == 1 ? 0xFF : strKind(s) == 2 ? 0xFFFF : 0x10FFFF;
  if (fill > maxchar) maxchar = fill;
  const k = kindFor(maxchar);
  const r = strNew(<i32>total, k, maxchar);
  if (r == 0) return 0;
  const o = strData(r);
  for (let i: i64 = 0; i < left; i++) kindWrite(o, k, <usize>i, fill);
  kindCopy(o + <usize>left * k, k, strData(s), strKind(s), n);
  for (let i: i64 = 0; i < right; i++) kindWrite(o, k, <usize>(left + n + i), fill);
  return r;
}

@inline const PAD_CENTER: i32 = 0;
@inline const PAD_LJUST: i32 = 1;
@inline const PAD_RJUST: i32 = 2;

function doPad(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, mode: i32, name: string): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, name);
  if (nargs < 1) return argErrExpected(name, false, 1, nargs);
  if (nargs > 2) return argErrExpected(name, true, 2, nargs);
  const ok = memory.data(1);
  const width = argInt(arg(args, 0), ok);
  if (!load<u8>(ok)) return 0;
  let fill: u32 = 0x20;
  if (nargs == 2) {
    const f = arg(args, 1);
    if (!isStr(f)) return excFormat(excTypeError, 'The fill character must be a unicode character, not %T', f);
    if (strLen(f) != 1) return excSetString(excTypeError, 'The fill character must be exactly one character long');
    fill = strCharAt(f, 0);
  }
  const n = <i64>strLen(self);
  if (width <= n) return objType(self) == strType ? newref(self) : strSubstring(self, 0, <i32>n);
  const marg = width - n;
  if (mode == PAD_LJUST) return pad(self, 0, marg, fill);
  if (mode == PAD_RJUST) return pad(self, marg, 0, fill);
  const left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

function str_center(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPad(self, args, nargs, kwnames, PAD_CENTER, 'center'); }
function str_ljust(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPad(self, args, nargs, kwnames, PAD_LJUST, 'ljust'); }
function str_rjust(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPad(self, args, nargs, kwnames, PAD_RJUST, 'rjust'); }

function str_zfill(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, 'zfill');
  if (nargs != 1) return argErrExactlyOne(strType, 'zfill', nargs);
  const ok = memory.data(1);
  const width = argInt(arg(args, 0), ok);
  if (!load<u8>(ok)) return 0;
  const n = <i64>strLen(self);
  if (width <= n) return objType(self) == strType ? newref(self) : strSubstring(self, 0, <i32>n);
  const r = pad(self, width - n, 0, 0x30);
  if (r == 0) return 0;
  // A sign moves to the front: '-42'.zfill(5) == '-0042'.
  const k = strKind(r);
  const first = kindRead(strData(r), k, <usize>(width - n));
  if (first == 0x2B || first == 0x2D) {
    kindWrite(strData(r), k, 0, first);
    kindWrite(strData(r), k, <usize>(width - n), 0x30);
  }
  return r;
}

// ---- partition ----

function doPartition(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, right: bool): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, right ? 'rpartition' : 'partition');
  if (nargs != 1) return argErrExactlyOne(strType, right ? 'rpartition' : 'partition', nargs);
  const sep = arg(args, 0);
  if (!isStr(sep)) return excFormat(excTypeError, 'must be str, not %T', sep);
  if (strLen(sep) == 0) return excSetString(excValueError, 'empty separator');
  const n = strLen(self);
  const f = right ? strRfindIn(self, sep, 0, n) : strFindIn(self, sep, 0, n);
  const t = tupleNew(3);
  if (t == 0) return 0;
  const items = tupleItemsAddr(t);
  let a: Ptr, b: Ptr, c: Ptr;
  if (f < 0) {
    if (right) { a = newref(strEmpty); b = newref(strEmpty); c = strSubstring(self, 0, n); }
    else { a = strSubstring(self, 0, n); b = newref(strEmpty); c = newref(strEmpty); }
  } else {
    a = strSubstring(self, 0, f);
    b = newref(sep);
    c = strSubstring(self, f + strLen(sep), n);
  }
  store<Ptr>(items, a);
  store<Ptr>(items, b, 4);
  store<Ptr>(items, c, 8);
  if (a == 0 || c == 0) { decref(t); return 0; }
  return t;
}

function str_partition(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPartition(self, args, nargs, kwnames, false); }
function str_rpartition(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPartition(self, args, nargs, kwnames, true); }

// ---- expandtabs, removeprefix/suffix ----

function str_expandtabs(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!argsBind(args, nargs, kwnames, out, 'expandtabs', 1, 'tabsize')) return 0;
  let tab: i64 = 8;
  if (load<Ptr>(out) != 0) {
    const ok = memory.data(1);
    tab = argInt(load<Ptr>(out), ok, true);
    if (!load<u8>(ok)) return 0;
  }
  const sb = sbNew();
  if (sb == 0) return 0;
  const n = strLen(self);
  let col: i64 = 0;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(self, i);
    if (c == 0x09) {
      if (tab > 0) {
        const spaces = tab - (col % tab);
        if (col + spaces > <i64>STR_MAX_LEN) { sbFree(sb); return excSetString(excOverflowError, 'result too long'); }
        for (let k: i64 = 0; k < spaces; k++) sbAppendChar(sb, 0x20);
        col += spaces;
      }
    } else {
      sbAppendChar(sb, c);
      col++;
      if (c == 0x0A || c == 0x0D) col = 0;
    }
  }
  return sbFinish(sb);
}

function doRemoveAffix(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, suffix: bool): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, suffix ? 'removesuffix' : 'removeprefix');
  if (nargs != 1) return argErrExactlyOne(strType, suffix ? 'removesuffix' : 'removeprefix', nargs);
  const a = arg(args, 0);
  if (!isStr(a)) {
    return suffix ? excFormat(excTypeError, 'removesuffix() argument must be str, not %T', a)
                  : excFormat(excTypeError, 'removeprefix() argument must be str, not %T', a);
  }
  const n = strLen(self), m = strLen(a);
  if (m > 0 && tailMatch(self, a, 0, n, suffix)) return suffix ? strSubstring(self, 0, n - m) : strSubstring(self, m, n);
  return strSubstring(self, 0, n);
}

function str_removeprefix(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doRemoveAffix(self, args, nargs, kwnames, false); }
function str_removesuffix(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doRemoveAffix(self, args, nargs, kwnames, true); }

/** s.__getnewargs__(): (str(s),), what pickling a str subclass rebuilds from. */
function str___getnewargs__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (hasKw(kwnames)) return argErrNoKw(strType, '__getnewargs__');
  if (nargs != 0) return argErrNoArgs(strType, '__getnewargs__', nargs);
  return tupleOne(strSubstring(self, 0, strLen(self)));
}

/** Registers the methods on strType (called by strTypeInit). */
export function strmethodsInit(): void {
  const t = strType;
  typeAddMethod(t, 'upper', str_upper.index);
  typeAddMethod(t, 'lower', str_lower.index);
  typeAddMethod(t, 'casefold', str_casefold.index);
  typeAddMethod(t, 'swapcase', str_swapcase.index);
  typeAddMethod(t, 'title', str_title.index);
  typeAddMethod(t, 'capitalize', str_capitalize.index);
  typeAddMethod(t, 'isspace', str_isspace.index);
  typeAddMethod(t, 'isalpha', str_isalpha.index);
  typeAddMethod(t, 'isalnum', str_isalnum.index);
  typeAddMethod(t, 'isdecimal', str_isdecimal.index);
  typeAddMethod(t, 'isdigit', str_isdigit.index);
  typeAddMethod(t, 'isnumeric', str_isnumeric.index);
  typeAddMethod(t, 'isprintable', str_isprintable.index);
  typeAddMethod(t, 'isascii', str_isascii.index);
  typeAddMethod(t, 'islower', str_islower.index);
  typeAddMethod(t, 'isupper', str_isupper.index);
  typeAddMethod(t, 'istitle', str_istitle.index);
  typeAddMethod(t, 'isidentifier', str_isidentifier.index);
  typeAddMethod(t, 'strip', str_strip.index);
  typeAddMethod(t, 'lstrip', str_lstrip.index);
  typeAddMethod(t, 'rstrip', str_rstrip.index);
  typeAddMethod(t, 'split', str_split.index);
  typeAddMethod(t, 'rsplit', str_rsplit.index);
  typeAddMethod(t, 'splitlines', str_splitlines.index);
  typeAddMethod(t, 'join', str_join.index);
  typeAddMethod(t, 'replace', str_replace.index);
  typeAddMethod(t, 'find', str_find.index);
  typeAddMethod(t, 'rfind', str_rfind.index);
  typeAddMethod(t, 'index', str_index.index);
  typeAddMethod(t, 'rindex', str_rindex.index);
  typeAddMethod(t, 'count', str_count.index);
  typeAddMethod(t, 'startswith', str_startswith.index);
  typeAddMethod(t, 'endswith', str_endswith.index);
  typeAddMethod(t, 'center', str_center.index);
  typeAddMethod(t, 'ljust', str_ljust.index);
  typeAddMethod(t, 'rjust', str_rjust.index);
  typeAddMethod(t, 'zfill', str_zfill.index);
  typeAddMethod(t, 'partition', str_partition.index);
  typeAddMethod(t, 'rpartition', str_rpartition.index);
  typeAddMethod(t, 'expandtabs', str_expandtabs.index);
  typeAddMethod(t, 'removeprefix', str_removeprefix.index);
  typeAddMethod(t, 'removesuffix', str_removesuffix.index);
  typeAddMethod(t, '__getnewargs__', str___getnewargs__.index);
  strtranslateInit();
}
