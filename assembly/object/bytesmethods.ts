// === The methods bytes and bytearray share (CPython's bytes_methods.c and the common part of
//     bytesobject.c / bytearrayobject.c): search, split, join, strip, replace, padding, case,
//     predicates, translate, hex/fromhex, decode, % ===
//
// Every method reads `self` through selfData/selfSize, so one function serves both types, and
// makes its results with makeLike: bytes for a bytes (or subclass) self, bytearray for a
// bytearray self, as CPython does (b'x'.upper() is bytes, bytearray(b'x').upper() a bytearray).
// Case mapping and the predicates are ASCII-only, as for CPython's bytes.
//
// Argument errors follow CPython's argument clinic word for word (methodargs.ts); the owner in
// "bytes.upper() takes no arguments" is the type whose method it is.
//
// Invariant: a method parses every argument first (an __index__ or __len__ may run Python code
// that resizes a bytearray) and reads self's data only afterwards, then calls nothing that can
// run Python code until it has finished with that address.

import { Ptr } from '../common';
import { objType, decref, newref } from './header';
import { typeAddMethod, typeAddClassMethod, typeKind, TK_BYTEARRAY, TK_TUPLE } from './type';
import { SLOT_NB_BINARY, typeSetSlot } from './typelayout';
import { excFormat, excSetString, excTypeError, excValueError, excOverflowError } from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intFromI64 } from './int';
import { isStr, strLen, strCharAt, strFromKindData, strNew, strData } from './str';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr } from './tuple';
import {
  listNew, listAppend, listSize, listItemsAddr, seqFast, seqFastSize, seqFastItems, ptrsReverse,
} from './list';
import { objLen, objCall } from './abstract';
import { NB_REMAINDER } from '../opcodes.gen';
import {
  bytesType, bytesSize, bytesData, bytesFromData, bytesAlloc, bytesFindIn, bytesRfindIn, byteValue,
  hexDigit, isBytes, BYTES_DATA, BYTES_MAX,
} from './bytes';
import { bytearrayType, bytearraySize, bytearrayData, bytearrayFromData } from './bytearray';
import { bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_CELLS, BUF_CONTIG_ONLY } from './buffer';
import { bbNew, bbAppend, bbAppendByte, bbReserve, bbCommit, bbFinish, bbFree } from './bytesbuild';
import { codecsBindArgs, codecsDecodeNamed } from './codecs';
import { bytesPrintf } from './strformat';
import {
  argAt, argsHaveKw, argErrNoKw, argErrNoArgs, argErrExactlyOne, argErrTakes, argErrExpected,
  argsBind, argSliceBound, argInt, adjustStart, adjustEnd,
} from './methodargs';
import { indexCheck } from './slice';

// ---- self ----

@inline function isBA(self: Ptr): bool { return typeKind(objType(self)) == TK_BYTEARRAY; }
@inline function selfData(self: Ptr): usize { return isBA(self) ? bytearrayData(self) : bytesData(self); }
@inline function selfSize(self: Ptr): i32 { return isBA(self) ? bytearraySize(self) : bytesSize(self); }
/** The type whose method this is, for messages. */
@inline function owner(self: Ptr): Ptr { return isBA(self) ? bytearrayType : bytesType; }

/** A result of self's family holding n bytes at p. New reference. */
function makeLike(self: Ptr, p: usize, n: i64): Ptr {
  return isBA(self) ? bytearrayFromData(p, n) : bytesFromData(p, n);
}

/** self unchanged: self itself for an exact bytes (immutable, so CPython shares it), else a copy. */
function selfCopy(self: Ptr): Ptr {
  if (objType(self) == bytesType) return newref(self);
  return makeLike(self, selfData(self), selfSize(self));
}

/** self[i:j], sharing self when that is all of an exact bytes. */
function pieceOf(self: Ptr, i: i32, j: i32): Ptr {
  if (i == 0 && j == selfSize(self)) return selfCopy(self);
  return makeLike(self, selfData(self) + <usize>i, j > i ? j - i : 0);
}

/** Py_ISSPACE: the ASCII whitespace bytes.split() and strip() use. */
@inline function isSpace(c: u32): bool { return c == 0x20 || (c >= 0x09 && c <= 0x0D); }
@inline function isLower(c: u32): bool { return c >= 0x61 && c <= 0x7A; }
@inline function isUpper(c: u32): bool { return c >= 0x41 && c <= 0x5A; }
@inline function isDigit(c: u32): bool { return c >= 0x30 && c <= 0x39; }

/** Raises "a bytes-like object is required, not 'T'". Returns 0. */
@noinline function errNeedBytes(o: Ptr): Ptr {
  return excFormat(excTypeError, "a bytes-like object is required, not '%T'", o);
}

/** Acquires a bytes-like argument into cells: false with TypeError (or the view's error) set. */
function needBuffer(o: Ptr, cells: usize): bool {
  const r = bufferAcquire(o, cells);
  if (r > 0) return true;
  if (r == 0) errNeedBytes(o);
  return false;
}

@inline function cellsPtr(cells: usize): usize { return load<usize>(cells, BUF_PTR); }
@inline function cellsLen(cells: usize): i32 { return load<i32>(cells, BUF_LEN); }

// ---- case mapping ----

@inline const MODE_UPPER: i32 = 0;
@inline const MODE_LOWER: i32 = 1;
@inline const MODE_SWAP: i32 = 2;
@inline const MODE_TITLE: i32 = 3;
@inline const MODE_CAPITALIZE: i32 = 4;

function caseMap(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, mode: i32, name: string): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), name);
  if (nargs) return argErrNoArgs(owner(self), name, nargs);
  const n = selfSize(self);
  const bb = bbNew(n);
  if (bb == 0) return 0;
  const o = bbReserve(bb, n);
  if (o != 0) {
    const p = selfData(self);
    let prevCased = false;
    for (let i = 0; i < n; i++) {
      let c = <u32>load<u8>(p + <usize>i);
      const up = isUpper(c), lo = isLower(c);
      let toUpper: bool;
      if (mode == MODE_UPPER) toUpper = true;
      else if (mode == MODE_LOWER) toUpper = false;
      else if (mode == MODE_SWAP) toUpper = lo;
      else if (mode == MODE_TITLE) toUpper = !prevCased;
      else toUpper = i == 0;
      if (toUpper && lo) c -= 32;
      else if (!toUpper && up) c += 32;
      prevCased = up || lo;
      store<u8>(o + <usize>i, <u8>c);
    }
    bbCommit(bb, n);
  }
  return bbFinish(bb, isBA(self));
}

function bytes_upper(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return caseMap(self, args, nargs, kwnames, MODE_UPPER, 'upper'); }
function bytes_lower(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return caseMap(self, args, nargs, kwnames, MODE_LOWER, 'lower'); }
function bytes_swapcase(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return caseMap(self, args, nargs, kwnames, MODE_SWAP, 'swapcase'); }
function bytes_title(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return caseMap(self, args, nargs, kwnames, MODE_TITLE, 'title'); }
function bytes_capitalize(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return caseMap(self, args, nargs, kwnames, MODE_CAPITALIZE, 'capitalize'); }

// ---- predicates ----

@inline const P_SPACE: i32 = 0;
@inline const P_ALPHA: i32 = 1;
@inline const P_ALNUM: i32 = 2;
@inline const P_DIGIT: i32 = 3;
@inline const P_ASCII: i32 = 4;
@inline const P_LOWER: i32 = 5;
@inline const P_UPPER: i32 = 6;
@inline const P_TITLE: i32 = 7;

function predicate(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, p: i32, name: string): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), name);
  if (nargs) return argErrNoArgs(owner(self), name, nargs);
  const d = selfData(self);
  const n = selfSize(self);
  if (p == P_ASCII) {
    for (let i = 0; i < n; i++) if (load<u8>(d + <usize>i) >= 0x80) return boolFrom(false);
    return boolFrom(true);
  }
  if (n == 0) return boolFrom(false);
  if (p == P_LOWER || p == P_UPPER) {
    // at least one cased byte, none of the other case
    let cased = false;
    for (let i = 0; i < n; i++) {
      const c = <u32>load<u8>(d + <usize>i);
      if (p == P_LOWER ? isUpper(c) : isLower(c)) return boolFrom(false);
      if (p == P_LOWER ? isLower(c) : isUpper(c)) cased = true;
    }
    return boolFrom(cased);
  }
  if (p == P_TITLE) {
    let cased = false, prev = false;
    for (let i = 0; i < n; i++) {
      const c = <u32>load<u8>(d + <usize>i);
      if (isUpper(c)) { if (prev) return boolFrom(false); prev = true; cased = true; }
      else if (isLower(c)) { if (!prev) return boolFrom(false); prev = true; cased = true; }
      else prev = false;
    }
    return boolFrom(cased);
  }
  for (let i = 0; i < n; i++) {
    const c = <u32>load<u8>(d + <usize>i);
    let ok: bool;
    if (p == P_SPACE) ok = isSpace(c);
    else if (p == P_ALPHA) ok = isLower(c) || isUpper(c);
    else if (p == P_ALNUM) ok = isLower(c) || isUpper(c) || isDigit(c);
    else ok = isDigit(c);
    if (!ok) return boolFrom(false);
  }
  return boolFrom(true);
}

function bytes_isspace(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_SPACE, 'isspace'); }
function bytes_isalpha(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_ALPHA, 'isalpha'); }
function bytes_isalnum(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_ALNUM, 'isalnum'); }
function bytes_isdigit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_DIGIT, 'isdigit'); }
function bytes_isascii(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_ASCII, 'isascii'); }
function bytes_islower(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_LOWER, 'islower'); }
function bytes_isupper(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_UPPER, 'isupper'); }
function bytes_istitle(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return predicate(self, args, nargs, kwnames, P_TITLE, 'istitle'); }

// ---- find family ----

/**
 * Parses (sub, start=None, end=None) where sub is a byte value or a bytes-like object. On success
 * out holds: +0 needle address, +4 needle length, +8 start, +12 end (adjusted to len(self)), and
 * `cells` the acquired sub buffer (release it); a byte value lives in out +16.
 */
function parseSub(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, name: string, out: usize, cells: usize): bool {
  if (argsHaveKw(kwnames)) { argErrNoKw(owner(self), name); return false; }
  if (nargs < 1) { argErrTakes(name, false, 1, nargs); return false; }
  if (nargs > 3) { argErrTakes(name, true, 3, nargs); return false; }
  const sub = argAt(args, 0);
  let byte: i32 = -1;
  if (indexCheck(sub)) {
    byte = byteValue(sub, false);
    if (byte < 0) return false;
  }
  const ok = memory.data(1);
  const start = argSliceBound(nargs > 1 ? argAt(args, 1) : 0, 0, ok);
  if (!load<u8>(ok)) return false;
  const end = argSliceBound(nargs > 2 ? argAt(args, 2) : 0, 0x3FFFFFFF, ok);
  if (!load<u8>(ok)) return false;
  store<Ptr>(cells, 0, 8);
  if (byte >= 0) {
    store<u8>(out + 16, <u8>byte);
    store<usize>(out, out + 16);
    store<i32>(out, 1, 4);
  } else {
    const r = bufferAcquire(sub, cells);
    if (r < 0) return false;
    if (r == 0) { excFormat(excTypeError, "argument should be integer or bytes-like object, not '%T'", sub); return false; }
    store<usize>(out, cellsPtr(cells));
    store<i32>(out, cellsLen(cells), 4);
  }
  const len = selfSize(self);
  store<i32>(out, adjustStart(start, len), 8);
  store<i32>(out, adjustEnd(end, len), 12);
  return true;
}

/** Non-overlapping occurrences of the m bytes at q in p[start:end). */
function countIn(p: usize, n: i32, q: usize, m: i32, start: i32, end: i32): i64 {
  if (start > n) return 0;
  if (m == 0) return start <= end ? <i64>(end - start + 1) : 0;
  let c: i64 = 0;
  let i = start;
  while (true) {
    const f = bytesFindIn(p, n, q, m, i, end);
    if (f < 0) break;
    c++;
    i = f + m;
  }
  return c;
}

function doFind(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, right: bool, raise: bool, name: string): Ptr {
  const out = memory.data(20);
  const cells = memory.data(BUF_CELLS);
  if (!parseSub(self, args, nargs, kwnames, name, out, cells)) return 0;
  const q = load<usize>(out), m = load<i32>(out, 4), start = load<i32>(out, 8), end = load<i32>(out, 12);
  const p = selfData(self), n = selfSize(self);
  let r: i32 = -1;
  if (start <= n) r = right ? bytesRfindIn(p, n, q, m, start, end) : bytesFindIn(p, n, q, m, start, end);
  bufferRelease(cells);
  if (r < 0 && raise) return excSetString(excValueError, 'subsection not found');
  return intFromI64(r);
}

function bytes_find(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, false, false, 'find'); }
function bytes_rfind(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, true, false, 'rfind'); }
function bytes_index(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, false, true, 'index'); }
function bytes_rindex(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doFind(self, args, nargs, kwnames, true, true, 'rindex'); }

function bytes_count(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(20);
  const cells = memory.data(BUF_CELLS);
  if (!parseSub(self, args, nargs, kwnames, 'count', out, cells)) return 0;
  const c = countIn(selfData(self), selfSize(self), load<usize>(out), load<i32>(out, 4), load<i32>(out, 8), load<i32>(out, 12));
  bufferRelease(cells);
  return intFromI64(c);
}

/** CPython's tailmatch: does p[start:end] (already adjusted) start/end with the m bytes at q? */
function tailMatch(p: usize, n: i32, q: usize, m: i32, start: i32, end: i32, atEnd: bool): bool {
  if (!atEnd) {
    if (start > n - m) return false;
  } else {
    if (end - start < m || start > n) return false;
    if (end - m > start) start = end - m;
  }
  if (end - start < m) return false;
  return memory.compare(p + <usize>start, q, <usize>m) == 0;
}

function doStartsEnds(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, atEnd: bool): Ptr {
  const name = atEnd ? 'endswith' : 'startswith';
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), name);
  if (nargs < 1) return argErrTakes(name, false, 1, nargs);
  if (nargs > 3) return argErrTakes(name, true, 3, nargs);
  const sub = argAt(args, 0);
  const ok = memory.data(1);
  const s0 = argSliceBound(nargs > 1 ? argAt(args, 1) : 0, 0, ok);
  if (!load<u8>(ok)) return 0;
  const e0 = argSliceBound(nargs > 2 ? argAt(args, 2) : 0, 0x3FFFFFFF, ok);
  if (!load<u8>(ok)) return 0;
  const cells = memory.data(BUF_CELLS);
  const isTuple = typeKind(objType(sub)) == TK_TUPLE;
  const k = isTuple ? tupleSize(sub) : 1;
  for (let i = 0; i < k; i++) {
    const it = isTuple ? tupleItem(sub, i) : sub;
    const r = bufferAcquire(it, cells);
    if (r < 0) return 0;
    if (r == 0) {
      if (isTuple) return errNeedBytes(it);
      return atEnd ? excFormat(excTypeError, 'endswith first arg must be bytes or a tuple of bytes, not %T', sub)
                   : excFormat(excTypeError, 'startswith first arg must be bytes or a tuple of bytes, not %T', sub);
    }
    const n = selfSize(self);
    const hit = tailMatch(selfData(self), n, cellsPtr(cells), cellsLen(cells), adjustStart(s0, n), adjustEnd(e0, n), atEnd);
    bufferRelease(cells);
    if (hit) return boolFrom(true);
  }
  return boolFrom(false);
}

function bytes_startswith(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doStartsEnds(self, args, nargs, kwnames, false); }
function bytes_endswith(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doStartsEnds(self, args, nargs, kwnames, true); }

// ---- split ----

/** Appends self[i:j] to list l; false on error. */
function appendPiece(l: Ptr, self: Ptr, i: i32, j: i32): bool {
  const p = pieceOf(self, i, j);
  if (p == 0) return false;
  const r = listAppend(l, p);
  decref(p);
  return r == 0;
}

/** Parses (sep=None, maxsplit=-1) into out: +0 sep Ptr (0 = whitespace), +4 maxsplit i64. */
function parseSplitArgs(args: usize, nargs: i32, kwnames: Ptr, name: string, out: usize): bool {
  const b = memory.data(12);
  if (!argsBind(args, nargs, kwnames, b, name, 2, 'sep', 'maxsplit')) return false;
  let sep = load<Ptr>(b);
  if (sep == Py_None) sep = 0;
  let maxsplit: i64 = -1;
  const ms = load<Ptr>(b, 4);
  if (ms != 0) {
    const ok = memory.data(1);
    maxsplit = argInt(ms, ok);
    if (!load<u8>(ok)) return false;
  }
  store<Ptr>(out, sep);
  store<i64>(out, maxsplit < 0 ? I64.MAX_VALUE : maxsplit, 4);
  return true;
}

function doSplit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, right: bool): Ptr {
  const out = memory.data(12);
  if (!parseSplitArgs(args, nargs, kwnames, right ? 'rsplit' : 'split', out)) return 0;
  const sep = load<Ptr>(out);
  const maxsplit = load<i64>(out, 4);
  const cells = memory.data(BUF_CELLS);
  let q: usize = 0, m: i32 = 0;
  if (sep != 0) {
    if (!needBuffer(sep, cells)) return 0;
    q = cellsPtr(cells);
    m = cellsLen(cells);
    if (m == 0) { bufferRelease(cells); return excSetString(excValueError, 'empty separator'); }
  }
  const l = listNew(0);
  if (l == 0) { if (sep != 0) bufferRelease(cells); return 0; }
  // self's data is re-read after each append: appending allocates, but runs no Python code,
  // so a bytearray's buffer stays where it is
  const n = selfSize(self);
  let ok = true;
  let count: i64 = 0;
  if (sep == 0) {
    if (!right) {
      let i = 0;
      while (ok) {
        const p = selfData(self);
        while (i < n && isSpace(load<u8>(p + <usize>i))) i++;
        if (i == n) break;
        if (count == maxsplit) { ok = appendPiece(l, self, i, n); break; }
        let j = i;
        while (j < n && !isSpace(load<u8>(p + <usize>j))) j++;
        ok = appendPiece(l, self, i, j);
        count++;
        i = j;
      }
    } else {
      let j = n;
      while (ok) {
        const p = selfData(self);
        while (j > 0 && isSpace(load<u8>(p + <usize>(j - 1)))) j--;
        if (j == 0) break;
        if (count == maxsplit) { ok = appendPiece(l, self, 0, j); break; }
        let i = j;
        while (i > 0 && !isSpace(load<u8>(p + <usize>(i - 1)))) i--;
        ok = appendPiece(l, self, i, j);
        count++;
        j = i;
      }
    }
  } else if (!right) {
    let i = 0;
    while (ok && count < maxsplit) {
      const f = bytesFindIn(selfData(self), n, q, m, i, n);
      if (f < 0) break;
      ok = appendPiece(l, self, i, f);
      i = f + m;
      count++;
    }
    if (ok) ok = appendPiece(l, self, i, n);
  } else {
    let j = n;
    while (ok && count < maxsplit) {
      const f = bytesRfindIn(selfData(self), n, q, m, 0, j);
      if (f < 0) break;
      ok = appendPiece(l, self, f + m, j);
      j = f;
      count++;
    }
    if (ok) ok = appendPiece(l, self, 0, j);
  }
  if (sep != 0) bufferRelease(cells);
  if (!ok) { decref(l); return 0; }
  if (right) ptrsReverse(listItemsAddr(l), listSize(l)); // rsplit collected back to front
  return l;
}

function bytes_split(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doSplit(self, args, nargs, kwnames, false); }
function bytes_rsplit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doSplit(self, args, nargs, kwnames, true); }

function bytes_splitlines(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const b = memory.data(12);
  if (!argsBind(args, nargs, kwnames, b, 'splitlines', 1, 'keepends')) return 0;
  let keep = false;
  if (load<Ptr>(b) != 0) {
    const ok = memory.data(1);
    keep = argInt(load<Ptr>(b), ok) != 0;
    if (!load<u8>(ok)) return 0;
  }
  const l = listNew(0);
  if (l == 0) return 0;
  const n = selfSize(self);
  let i = 0;
  while (i < n) {
    const p = selfData(self);
    let j = i;
    while (j < n && load<u8>(p + <usize>j) != 0x0A && load<u8>(p + <usize>j) != 0x0D) j++;
    let eol = j;
    if (j < n) {
      eol = j + 1;
      if (load<u8>(p + <usize>j) == 0x0D && j + 1 < n && load<u8>(p + <usize>(j + 1)) == 0x0A) eol = j + 2;
    }
    if (!appendPiece(l, self, i, keep ? eol : j)) { decref(l); return 0; }
    i = eol;
  }
  return l;
}

// ---- join, partition ----

function bytes_join(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), 'join');
  if (nargs != 1) return argErrExactlyOne(owner(self), 'join', nargs);
  const seq = seqFast(argAt(args, 0), 'can only join an iterable');
  if (seq == 0) return 0;
  const k = seqFastSize(seq);
  const items = seqFastItems(seq);
  if (k == 1 && objType(self) == bytesType && objType(load<Ptr>(items)) == bytesType) {
    const r = newref(load<Ptr>(items));
    decref(seq);
    return r;
  }
  const bb = bbNew(64);
  if (bb == 0) { decref(seq); return 0; }
  const cells = memory.data(BUF_CELLS);
  for (let i = 0; i < k; i++) {
    const it = load<Ptr>(items + (<usize>i << 2));
    if (i > 0) bbAppend(bb, selfData(self), selfSize(self));
    const r = bufferAcquire(it, cells, BUF_CONTIG_ONLY);
    if (r <= 0) {
      if (r == 0) {
        const idx = intFromI64(i);
        excFormat(excTypeError, 'sequence item %D: expected a bytes-like object, %T found', idx, it);
        decref(idx);
      }
      bbFree(bb);
      decref(seq);
      return 0;
    }
    bbAppend(bb, cellsPtr(cells), cellsLen(cells));
    bufferRelease(cells);
  }
  decref(seq);
  return bbFinish(bb, isBA(self));
}

function doPartition(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, right: bool): Ptr {
  const name = right ? 'rpartition' : 'partition';
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), name);
  if (nargs != 1) return argErrExactlyOne(owner(self), name, nargs);
  const sep = argAt(args, 0);
  const cells = memory.data(BUF_CELLS);
  if (!needBuffer(sep, cells)) return 0;
  const q = cellsPtr(cells), m = cellsLen(cells);
  if (m == 0) { bufferRelease(cells); return excSetString(excValueError, 'empty separator'); }
  const n = selfSize(self);
  const f = right ? bytesRfindIn(selfData(self), n, q, m, 0, n) : bytesFindIn(selfData(self), n, q, m, 0, n);
  const t = tupleNew(3);
  if (t == 0) { bufferRelease(cells); return 0; }
  const items = tupleItemsAddr(t);
  let a: Ptr, b: Ptr, c: Ptr;
  if (f < 0) {
    const whole = selfCopy(self);
    const e1 = makeLike(self, 0, 0), e2 = makeLike(self, 0, 0);
    if (right) { a = e1; b = e2; c = whole; } else { a = whole; b = e1; c = e2; }
  } else {
    a = pieceOf(self, 0, f);
    // bytes.partition hands back the separator object itself, whatever its type; bytearray's
    // makes a bytearray copy (CPython)
    b = !isBA(self) ? newref(sep) : makeLike(self, q, m);
    c = pieceOf(self, f + m, n);
  }
  bufferRelease(cells);
  store<Ptr>(items, a);
  store<Ptr>(items, b, 4);
  store<Ptr>(items, c, 8);
  if (a == 0 || b == 0 || c == 0) { decref(t); return 0; }
  return t;
}

function bytes_partition(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPartition(self, args, nargs, kwnames, false); }
function bytes_rpartition(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPartition(self, args, nargs, kwnames, true); }

// ---- replace ----

function bytes_replace(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), 'replace');
  if (nargs < 2) return argErrExpected('replace', false, 2, nargs);
  if (nargs > 3) return argErrExpected('replace', true, 3, nargs);
  let count: i64 = -1;
  if (nargs == 3) {
    const ok = memory.data(1);
    count = argInt(argAt(args, 2), ok);
    if (!load<u8>(ok)) return 0;
  }
  if (count < 0) count = I64.MAX_VALUE;
  const co = memory.data(BUF_CELLS), cn = memory.data(BUF_CELLS);
  if (!needBuffer(argAt(args, 0), co)) return 0;
  if (!needBuffer(argAt(args, 1), cn)) { bufferRelease(co); return 0; }
  const q = cellsPtr(co), m = cellsLen(co);
  const rp = cellsPtr(cn), rn = cellsLen(cn);
  const p = selfData(self), n = selfSize(self);
  let r: Ptr;
  if (count == 0 || (m > 0 && bytesFindIn(p, n, q, m, 0, n) < 0)) {
    r = selfCopy(self);
  } else {
    const bb = bbNew(n);
    if (bb == 0) r = 0;
    else {
      let done: i64 = 0;
      if (m == 0) {
        // new goes before every byte and at the end, count times at most
        for (let i = 0; i <= n; i++) {
          if (done < count) { bbAppend(bb, rp, rn); done++; }
          if (i < n) bbAppendByte(bb, load<u8>(p + <usize>i));
        }
      } else {
        let i = 0;
        while (done < count) {
          const f = bytesFindIn(p, n, q, m, i, n);
          if (f < 0) break;
          bbAppend(bb, p + <usize>i, f - i);
          bbAppend(bb, rp, rn);
          i = f + m;
          done++;
        }
        bbAppend(bb, p + <usize>i, n - i);
      }
      r = bbFinish(bb, isBA(self));
    }
  }
  bufferRelease(cn);
  bufferRelease(co);
  return r;
}

// ---- strip, removeprefix/suffix ----

@inline const STRIP_LEFT: i32 = 1;
@inline const STRIP_RIGHT: i32 = 2;

function doStrip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, sides: i32, name: string): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), name);
  if (nargs > 1) return argErrExpected(name, true, 1, nargs);
  let chars: Ptr = nargs == 1 ? argAt(args, 0) : 0;
  if (chars == Py_None) chars = 0;
  const cells = memory.data(BUF_CELLS);
  let q: usize = 0, m: i32 = 0;
  if (chars != 0) {
    if (!needBuffer(chars, cells)) return 0;
    q = cellsPtr(cells);
    m = cellsLen(cells);
  }
  const p = selfData(self);
  let i = 0, j = selfSize(self);
  if (sides & STRIP_LEFT) {
    while (i < j && (chars == 0 ? isSpace(load<u8>(p + <usize>i)) : inSet(q, m, load<u8>(p + <usize>i)))) i++;
  }
  if (sides & STRIP_RIGHT) {
    while (j > i && (chars == 0 ? isSpace(load<u8>(p + <usize>(j - 1))) : inSet(q, m, load<u8>(p + <usize>(j - 1))))) j--;
  }
  if (chars != 0) bufferRelease(cells);
  return pieceOf(self, i, j);
}

@inline function inSet(q: usize, m: i32, c: u8): bool {
  for (let k = 0; k < m; k++) if (load<u8>(q + <usize>k) == c) return true;
  return false;
}

function bytes_strip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doStrip(self, args, nargs, kwnames, STRIP_LEFT | STRIP_RIGHT, 'strip'); }
function bytes_lstrip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doStrip(self, args, nargs, kwnames, STRIP_LEFT, 'lstrip'); }
function bytes_rstrip(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doStrip(self, args, nargs, kwnames, STRIP_RIGHT, 'rstrip'); }

function doRemoveAffix(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, suffix: bool): Ptr {
  const name = suffix ? 'removesuffix' : 'removeprefix';
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), name);
  if (nargs != 1) return argErrExactlyOne(owner(self), name, nargs);
  const cells = memory.data(BUF_CELLS);
  if (!needBuffer(argAt(args, 0), cells)) return 0;
  const q = cellsPtr(cells), m = cellsLen(cells);
  const p = selfData(self), n = selfSize(self);
  let r: Ptr;
  if (m > 0 && m <= n && memory.compare(suffix ? p + <usize>(n - m) : p, q, <usize>m) == 0) {
    r = suffix ? pieceOf(self, 0, n - m) : pieceOf(self, m, n);
  } else r = selfCopy(self);
  bufferRelease(cells);
  return r;
}

function bytes_removeprefix(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doRemoveAffix(self, args, nargs, kwnames, false); }
function bytes_removesuffix(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doRemoveAffix(self, args, nargs, kwnames, true); }

// ---- padding ----

/** self padded with `left` and `right` fill bytes. */
function pad(self: Ptr, left: i64, right: i64, fill: u32): Ptr {
  const n = <i64>selfSize(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return selfCopy(self);
  const total = n + left + right;
  if (total > BYTES_MAX) { excSetString(excOverflowError, 'padded string is too long'); return 0; }
  const bb = bbNew(total);
  if (bb == 0) return 0;
  const at = bbReserve(bb, total);
  if (at != 0) {
    memory.fill(at, <u8>fill, <usize>left);
    memory.copy(at + <usize>left, selfData(self), <usize>n);
    memory.fill(at + <usize>(left + n), <u8>fill, <usize>right);
    bbCommit(bb, total);
  }
  return bbFinish(bb, isBA(self));
}

@inline const PAD_CENTER: i32 = 0;
@inline const PAD_LJUST: i32 = 1;
@inline const PAD_RJUST: i32 = 2;

function doPad(self: Ptr, args: usize, nargs: i32, kwnames: Ptr, mode: i32, name: string): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), name);
  if (nargs < 1) return argErrExpected(name, false, 1, nargs);
  if (nargs > 2) return argErrExpected(name, true, 2, nargs);
  const ok = memory.data(1);
  const width = argInt(argAt(args, 0), ok);
  if (!load<u8>(ok)) return 0;
  let fill: u32 = 0x20;
  if (nargs == 2) {
    // a bytes or bytearray of length 1 (CPython's 'c' converter)
    const f = argAt(args, 1);
    const k = typeKind(objType(f));
    const fl = isBytes(f) ? bytesSize(f) : k == TK_BYTEARRAY ? bytearraySize(f) : -1;
    if (fl != 1) {
      const n = strFromLiteralLocal(name);
      excFormat(excTypeError, '%U() argument 2 must be a byte string of length 1, not %T', n, f);
      decref(n);
      return 0;
    }
    fill = <u32>load<u8>(isBytes(f) ? bytesData(f) : bytearrayData(f));
  }
  const n = <i64>selfSize(self);
  if (width <= n) return selfCopy(self);
  const marg = width - n;
  if (mode == PAD_LJUST) return pad(self, 0, marg, fill);
  if (mode == PAD_RJUST) return pad(self, marg, 0, fill);
  const left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

import { strFromLiteral } from './str';
@noinline function strFromLiteralLocal(s: string): Ptr { return strFromLiteral(s); }

function bytes_center(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPad(self, args, nargs, kwnames, PAD_CENTER, 'center'); }
function bytes_ljust(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPad(self, args, nargs, kwnames, PAD_LJUST, 'ljust'); }
function bytes_rjust(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return doPad(self, args, nargs, kwnames, PAD_RJUST, 'rjust'); }

function bytes_zfill(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(owner(self), 'zfill');
  if (nargs != 1) return argErrExactlyOne(owner(self), 'zfill', nargs);
  const ok = memory.data(1);
  const width = argInt(argAt(args, 0), ok);
  if (!load<u8>(ok)) return 0;
  const n = <i64>selfSize(self);
  if (width <= n) return selfCopy(self);
  if (width > BYTES_MAX) { excSetString(excOverflowError, 'padded string is too long'); return 0; }
  const bb = bbNew(width);
  if (bb == 0) return 0;
  const o = bbReserve(bb, width);
  if (o != 0) {
    const p = selfData(self);
    const fill = width - n;
    memory.fill(o, 0x30, <usize>fill);
    memory.copy(o + <usize>fill, p, <usize>n);
    // a sign moves to the front: b'-42'.zfill(5) == b'-0042'
    const first = n > 0 ? load<u8>(p) : 0;
    if (first == 0x2B || first == 0x2D) {
      store<u8>(o, first);
      store<u8>(o + <usize>fill, 0x30);
    }
    bbCommit(bb, width);
  }
  return bbFinish(bb, isBA(self));
}

function bytes_expandtabs(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const b = memory.data(12);
  if (!argsBind(args, nargs, kwnames, b, 'expandtabs', 1, 'tabsize')) return 0;
  let tab: i64 = 8;
  if (load<Ptr>(b) != 0) {
    const ok = memory.data(1);
    tab = argInt(load<Ptr>(b), ok);
    if (!load<u8>(ok)) return 0;
  }
  const n = selfSize(self);
  const bb = bbNew(n);
  if (bb == 0) return 0;
  const p = selfData(self);
  let col: i64 = 0;
  for (let i = 0; i < n; i++) {
    const c = <u32>load<u8>(p + <usize>i);
    if (c == 0x09) {
      if (tab > 0) {
        const spaces = tab - (col % tab);
        if (col + spaces > BYTES_MAX) { bbFree(bb); return excSetString(excOverflowError, 'result too long'); }
        for (let k: i64 = 0; k < spaces; k++) bbAppendByte(bb, 0x20);
        col += spaces;
      }
    } else {
      bbAppendByte(bb, c);
      col++;
      if (c == 0x0A || c == 0x0D) col = 0;
    }
  }
  return bbFinish(bb, isBA(self));
}

// ---- translate, maketrans ----

function bytes_translate(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const b = memory.data(12);
  const npos = nargs - (kwnames != 0 ? tupleSize(kwnames) : 0);
  if (npos < 1) return excFormat(excTypeError, 'translate() takes at least 1 positional argument (0 given)');
  if (!argsBind(args, nargs, kwnames, b, 'translate', 2, 'table', 'delete')) return 0;
  let table = load<Ptr>(b);
  const del = load<Ptr>(b, 4);
  if (table == Py_None) table = 0;
  const ct = memory.data(BUF_CELLS), cd = memory.data(BUF_CELLS);
  if (table != 0) {
    if (!needBuffer(table, ct)) return 0;
    if (cellsLen(ct) != 256) { bufferRelease(ct); return excSetString(excValueError, 'translation table must be 256 characters long'); }
  }
  let dq: usize = 0, dm: i32 = 0;
  if (del != 0) {
    if (!needBuffer(del, cd)) { if (table != 0) bufferRelease(ct); return 0; }
    dq = cellsPtr(cd);
    dm = cellsLen(cd);
  }
  const p = selfData(self), n = selfSize(self);
  let changed = false;
  const bb = bbNew(n);
  let r: Ptr = 0;
  if (bb != 0) {
    const tp: usize = table != 0 ? cellsPtr(ct) : 0;
    for (let i = 0; i < n; i++) {
      const c = load<u8>(p + <usize>i);
      if (dm > 0 && inSet(dq, dm, c)) { changed = true; continue; }
      const t = tp != 0 ? load<u8>(tp + <usize>c) : c;
      if (t != c) changed = true;
      bbAppendByte(bb, t);
    }
    if (!changed && objType(self) == bytesType) { bbFree(bb); r = newref(self); }
    else r = bbFinish(bb, isBA(self));
  }
  if (table != 0) bufferRelease(ct);
  if (del != 0) bufferRelease(cd);
  return r;
}

/** bytes.maketrans(frm, to): the 256-byte table mapping frm[i] to to[i] (a static method in
 *  CPython; here a classmethod whose class is ignored, which callers cannot tell apart). */
function bytes_maketrans(cls: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(0, 'maketrans');
  if (nargs != 2) {
    const g = intFromI64(nargs);
    excFormat(excTypeError, 'maketrans expected 2 arguments, got %D', g);
    decref(g);
    return 0;
  }
  const cf = memory.data(BUF_CELLS), ct = memory.data(BUF_CELLS);
  if (!needBuffer(argAt(args, 0), cf)) return 0;
  if (!needBuffer(argAt(args, 1), ct)) { bufferRelease(cf); return 0; }
  let r: Ptr = 0;
  if (cellsLen(cf) != cellsLen(ct)) excSetString(excValueError, 'maketrans arguments must have same length');
  else {
    r = bytesAlloc(256);
    if (r != 0) {
      for (let c = 0; c < 256; c++) store<u8>(r + BYTES_DATA + <usize>c, <u8>c);
      const m = cellsLen(cf);
      for (let k = 0; k < m; k++) store<u8>(r + BYTES_DATA + <usize>load<u8>(cellsPtr(cf) + <usize>k), load<u8>(cellsPtr(ct) + <usize>k));
    }
  }
  bufferRelease(ct);
  bufferRelease(cf);
  return r;
}

// ---- hex, fromhex ----

/**
 * The hex of the n bytes at p with an optional separator every |bytes_per_sep| bytes (counted
 * from the right when positive, from the left when negative), for bytes.hex, bytearray.hex and
 * memoryview.hex. args are hex()'s (sep, bytes_per_sep). The bytes must stay put while the
 * arguments are parsed: callers pass a private copy when the source could move.
 */
export function bytesHex(p: usize, n: i32, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const b = memory.data(12);
  if (!argsBind(args, nargs, kwnames, b, 'hex', 2, 'sep', 'bytes_per_sep')) return 0;
  const sep = load<Ptr>(b);
  let sepChar: u32 = 0;
  let bps: i64 = 1;
  if (sep != 0) {
    const len = objLen(sep);
    if (len < 0) return 0;
    if (len != 1) return excSetString(excValueError, 'sep must be length 1.');
    if (isStr(sep)) sepChar = strCharAt(sep, 0);
    else if (isBytes(sep)) sepChar = <u32>load<u8>(bytesData(sep));
    else return excSetString(excTypeError, 'sep must be str or bytes.');
    if (sepChar > 127) return excSetString(excValueError, 'sep must be ASCII.');
    if (load<Ptr>(b, 4) != 0) {
      const ok = memory.data(1);
      bps = argInt(load<Ptr>(b, 4), ok);
      if (!load<u8>(ok)) return 0;
    }
  }
  const group: i64 = bps < 0 ? -bps : bps;
  const useSep = sep != 0 && group != 0 && group < <i64>n;
  const nsep: i64 = useSep ? (<i64>n - 1) / group : 0;
  const total = <i64>n * 2 + nsep;
  if (total > 0x0FFFFFFF) return excSetString(excOverflowError, 'result too long');
  const s = strNew(<i32>total, 1, 0);
  if (s == 0) return 0;
  const o = strData(s);
  let j: usize = 0;
  for (let i: i32 = 0; i < n; i++) {
    if (useSep && i > 0) {
      // a separator before byte i when a group boundary falls there
      const boundary = bps > 0 ? (<i64>(n - i) % group) == 0 : (<i64>i % group) == 0;
      if (boundary) store<u8>(o + j++, <u8>sepChar);
    }
    const c = <u32>load<u8>(p + <usize>i);
    store<u8>(o + j++, <u8>hexDigit(c >> 4));
    store<u8>(o + j++, <u8>hexDigit(c & 0xF));
  }
  if (total <= 1) { const r = strFromKindData(o, 1, <i32>total); decref(s); return r; }
  return s;
}

function bytes_hex(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (!isBA(self)) return bytesHex(selfData(self), selfSize(self), args, nargs, kwnames);
  // a bytearray could be resized by a separator's __len__: work on a copy
  const tmp = bytesFromData(selfData(self), selfSize(self));
  if (tmp == 0) return 0;
  const r = bytesHex(bytesData(tmp), bytesSize(tmp), args, nargs, kwnames);
  decref(tmp);
  return r;
}

@inline function hexValue(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>(c - 0x30);
  if (c >= 0x61 && c <= 0x66) return <i32>(c - 0x57);
  if (c >= 0x41 && c <= 0x46) return <i32>(c - 0x37);
  return -1;
}

/** cls.fromhex(string): pairs of hex digits, ASCII whitespace between pairs. */
function bytes_fromhex(cls: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const ba = typeKind(cls) == TK_BYTEARRAY;
  const ownerT = ba ? bytearrayType : bytesType;
  if (argsHaveKw(kwnames)) return argErrNoKw(ownerT, 'fromhex');
  if (nargs != 1) return argErrExactlyOne(ownerT, 'fromhex', nargs);
  const s = argAt(args, 0);
  if (!isStr(s)) return excFormat(excTypeError, 'fromhex() argument must be str, not %T', s);
  const n = strLen(s);
  const bb = bbNew(n >> 1);
  if (bb == 0) return 0;
  let i = 0;
  while (i < n) {
    let c = strCharAt(s, i);
    if (c < 0x80 && isSpace(c)) { i++; continue; }
    const hi = c < 0x80 ? hexValue(c) : -1;
    const lo = hi < 0 || i + 1 >= n ? -1 : strCharAt(s, i + 1) < 0x80 ? hexValue(strCharAt(s, i + 1)) : -1;
    if (hi < 0 || lo < 0) {
      bbFree(bb);
      const at = intFromI64(hi < 0 ? i : i + 1);
      excFormat(excValueError, 'non-hexadecimal number found in fromhex() arg at position %D', at);
      decref(at);
      return 0;
    }
    bbAppendByte(bb, <u32>((hi << 4) | lo));
    i += 2;
  }
  const r = bbFinish(bb, ba);
  if (r == 0 || cls == bytesType || cls == bytearrayType) return r;
  // a subclass: cls(result), as CPython does
  const argv = memory.data(4);
  store<Ptr>(argv, r);
  const o = objCall(cls, argv, 1, 0);
  decref(r);
  return o;
}

// ---- decode, __bytes__, __getnewargs__, % ----

function bytes_decode(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!codecsBindArgs(args, nargs, kwnames, out, true)) return 0;
  return codecsDecodeNamed(selfData(self), selfSize(self), load<Ptr>(out), load<Ptr>(out, 4));
}

/** bytes.__bytes__(): the exact bytes of self. */
function bytes___bytes__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(bytesType, '__bytes__', nargs);
  return objType(self) == bytesType ? newref(self) : bytesFromData(selfData(self), selfSize(self));
}

function bytes___getnewargs__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs) return argErrNoArgs(bytesType, '__getnewargs__', nargs);
  const b = bytesFromData(selfData(self), selfSize(self));
  if (b == 0) return 0;
  const t = tupleNew(1);
  if (t == 0) { decref(b); return 0; }
  store<Ptr>(tupleItemsAddr(t), b);
  return t;
}

/** self % args (PEP 461), for the NB_REMAINDER slot of both types. */
function bytes_mod(a: Ptr, b: Ptr): Ptr {
  const k = typeKind(objType(a));
  if (k != TK_BYTEARRAY && !isBytes(a)) return newref(Py_NotImplemented);
  return bytesPrintf(a, b, k == TK_BYTEARRAY);
}

/** Registers the shared methods on bytes and bytearray (called by bytesTypeInit, after the
 *  bytearray type exists). */
export function bytesmethodsInit(): void {
  for (let k = 0; k < 2; k++) {
    const t = k == 0 ? bytesType : bytearrayType;
    typeAddMethod(t, 'upper', bytes_upper.index);
    typeAddMethod(t, 'lower', bytes_lower.index);
    typeAddMethod(t, 'swapcase', bytes_swapcase.index);
    typeAddMethod(t, 'title', bytes_title.index);
    typeAddMethod(t, 'capitalize', bytes_capitalize.index);
    typeAddMethod(t, 'isspace', bytes_isspace.index);
    typeAddMethod(t, 'isalpha', bytes_isalpha.index);
    typeAddMethod(t, 'isalnum', bytes_isalnum.index);
    typeAddMethod(t, 'isdigit', bytes_isdigit.index);
    typeAddMethod(t, 'isascii', bytes_isascii.index);
    typeAddMethod(t, 'islower', bytes_islower.index);
    typeAddMethod(t, 'isupper', bytes_isupper.index);
    typeAddMethod(t, 'istitle', bytes_istitle.index);
    typeAddMethod(t, 'find', bytes_find.index);
    typeAddMethod(t, 'rfind', bytes_rfind.index);
    typeAddMethod(t, 'index', bytes_index.index);
    typeAddMethod(t, 'rindex', bytes_rindex.index);
    typeAddMethod(t, 'count', bytes_count.index);
    typeAddMethod(t, 'startswith', bytes_startswith.index);
    typeAddMethod(t, 'endswith', bytes_endswith.index);
    typeAddMethod(t, 'split', bytes_split.index);
    typeAddMethod(t, 'rsplit', bytes_rsplit.index);
    typeAddMethod(t, 'splitlines', bytes_splitlines.index);
    typeAddMethod(t, 'join', bytes_join.index);
    typeAddMethod(t, 'partition', bytes_partition.index);
    typeAddMethod(t, 'rpartition', bytes_rpartition.index);
    typeAddMethod(t, 'replace', bytes_replace.index);
    typeAddMethod(t, 'strip', bytes_strip.index);
    typeAddMethod(t, 'lstrip', bytes_lstrip.index);
    typeAddMethod(t, 'rstrip', bytes_rstrip.index);
    typeAddMethod(t, 'removeprefix', bytes_removeprefix.index);
    typeAddMethod(t, 'removesuffix', bytes_removesuffix.index);
    typeAddMethod(t, 'center', bytes_center.index);
    typeAddMethod(t, 'ljust', bytes_ljust.index);
    typeAddMethod(t, 'rjust', bytes_rjust.index);
    typeAddMethod(t, 'zfill', bytes_zfill.index);
    typeAddMethod(t, 'expandtabs', bytes_expandtabs.index);
    typeAddMethod(t, 'translate', bytes_translate.index);
    typeAddClassMethod(t, 'maketrans', bytes_maketrans.index);
    typeAddMethod(t, 'hex', bytes_hex.index);
    typeAddClassMethod(t, 'fromhex', bytes_fromhex.index);
    typeAddMethod(t, 'decode', bytes_decode.index);
    typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_REMAINDER, bytes_mod.index);
  }
  typeAddMethod(bytesType, '__bytes__', bytes___bytes__.index);
  typeAddMethod(bytesType, '__getnewargs__', bytes___getnewargs__.index);
}
