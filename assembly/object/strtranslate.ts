// === str.translate and str.maketrans ===
//
// translate looks each char up in the table with table[ord(c)] (any object with __getitem__):
// a LookupError keeps the char, None deletes it, an int in range(0x110000) or a str replaces it.
// The order and number of lookups are CPython 3.11's, since a table's __getitem__ can see them:
//  - an ASCII input first runs the fast path, which looks each distinct char up once and caches
//    the answer while every answer is ASCII (a 1-char str or an int < 128, None, or missing);
//    the first other answer ends the fast path at that char, which the slow path looks up again;
//  - the slow path looks up every char; after a deletion it looks ahead through the run of
//    deleted chars and the char ending the run, which it then looks up again.
// maketrans builds the dict of ints translate wants from a dict or from two (three) strs.

import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { decref, newref, objType } from './header';
import { typeAddMethod, typeAddClassMethod } from './type';
import {
  excSetString, excFormat, excMatches, excClear, excNoMemory, excTypeError, excValueError,
  excLookupError,
} from '../vm/exc';
import { Py_None } from './none';
import { intFromI64, isInt, intAsI64 } from './int';
import { strType, strLen, strCharAt, strIsAscii, isStr } from './str';
import { sbNew, sbAppendChar, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { objGetItem } from './abstract';
import { dictType, dictNew, dictSetItem, dictNext } from './dict';
import { argAt, argsHaveKw, argErrNoKw, argErrExactlyOne, argErrExpected } from './methodargs';

// A lookup's outcome, beside the value it leaves in lookupValue (a new reference or 0).
@inline const TR_ERROR: i32 = -1;
@inline const TR_KEEP: i32 = 0;    // missing (LookupError): the char maps to itself
@inline const TR_DELETE: i32 = 1;  // None
@inline const TR_INT: i32 = 2;     // an int in range(0x110000), in lookupCode
@inline const TR_STR: i32 = 3;     // a str, in lookupValue

let lookupValue: Ptr = 0;
let lookupCode: u32 = 0;

/** table[c] classified (CPython's charmaptranslate_lookup). For TR_STR the caller owns
 *  lookupValue; every other outcome leaves it 0. */
function translateLookup(table: Ptr, c: u32): i32 {
  lookupValue = 0;
  const key = intFromI64(<i64>c);
  if (key == 0) return TR_ERROR;
  const x = objGetItem(table, key);
  decref(key);
  if (x == 0) {
    if (!excMatches(excLookupError)) return TR_ERROR;
    excClear();
    return TR_KEEP;
  }
  if (x == Py_None) { decref(x); return TR_DELETE; }
  if (isInt(x)) {
    const ok = memory.data(1);
    const v = intAsI64(x, ok);
    decref(x);
    if (!load<u8>(ok) || v < 0 || v > 0x10FFFF) {
      excSetString(excValueError, 'character mapping must be in range(0x110000)');
      return TR_ERROR;
    }
    lookupCode = <u32>v;
    return TR_INT;
  }
  if (isStr(x)) { lookupValue = x; return TR_STR; }
  decref(x);
  excSetString(excTypeError, 'character mapping must return integer, None or str');
  return TR_ERROR;
}

// The fast path's cache: per ASCII char, its ASCII replacement, CACHE_DELETE or CACHE_UNKNOWN.
@inline const CACHE_UNKNOWN: u8 = 0xFF;
@inline const CACHE_DELETE: u8 = 0xFE;

/** The fast path over an ASCII s: returns the index where it stopped (strLen(s) when done),
 *  -1 on error. The cache (128 bytes) is the caller's: translate may be re-entered by the
 *  table's __getitem__. */
function translateFast(s: Ptr, table: Ptr, sb: Ptr, cache: usize): i32 {
  memory.fill(cache, CACHE_UNKNOWN, 128);
  const n = strLen(s);
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    let r = load<u8>(cache + <usize>c);
    if (r == CACHE_UNKNOWN) {
      const k = translateLookup(table, c);
      if (k == TR_ERROR) return -1;
      if (k == TR_KEEP) r = <u8>c;
      else if (k == TR_DELETE) r = CACHE_DELETE;
      else if (k == TR_INT) {
        if (lookupCode > 127) return i;
        r = <u8>lookupCode;
      } else {
        const v = lookupValue;
        const ascii = strLen(v) == 1 && strCharAt(v, 0) < 128;
        if (ascii) r = <u8>strCharAt(v, 0);
        decref(v);
        if (!ascii) return i;
      }
      store<u8>(cache + <usize>c, r);
    }
    if (r != CACHE_DELETE) sbAppendChar(sb, r);
  }
  return n;
}

function str_translate(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(strType, 'translate');
  if (nargs != 1) return argErrExactlyOne(strType, 'translate', nargs);
  const table = argAt(args, 0);
  const sb = sbNew();
  if (sb == 0) return 0;
  const n = strLen(self);
  let i = 0;
  if (strIsAscii(self)) {
    const cache = heapAlloc(128);
    if (cache == 0) { sbFree(sb); return excNoMemory(); }
    i = translateFast(self, table, sb, cache);
    heapFree(cache);
    if (i < 0) { sbFree(sb); return 0; }
  }
  while (i < n) {
    const c = strCharAt(self, i);
    const k = translateLookup(table, c);
    if (k == TR_ERROR) { sbFree(sb); return 0; }
    if (k == TR_KEEP) sbAppendChar(sb, c);
    else if (k == TR_INT) sbAppendChar(sb, lookupCode);
    else if (k == TR_STR) { sbAppendStr(sb, lookupValue); decref(lookupValue); }
    else {
      // a deleted run: CPython's error handler ("ignore") scans ahead to the run's end
      let j = i + 1;
      while (j < n) {
        const kk = translateLookup(table, strCharAt(self, j));
        if (kk == TR_ERROR) { sbFree(sb); return 0; }
        if (kk == TR_STR) decref(lookupValue);
        if (kk != TR_DELETE) break;
        j++;
      }
      i = j;
      continue;
    }
    i++;
  }
  return sbFinish(sb);
}

/** d[key] = value with key an int code point; false on error. */
function putCode(d: Ptr, code: u32, value: Ptr): bool {
  const k = intFromI64(<i64>code);
  if (k == 0) return false;
  const r = dictSetItem(d, k, value);
  decref(k);
  return r == 0;
}

/** str.maketrans(x[, y[, z]]) (a static method in CPython; here a classmethod whose class is
 *  ignored, as bytes.maketrans). New dict. */
function str_maketrans(cls: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(strType, 'maketrans');
  if (nargs < 1) return argErrExpected('maketrans', false, 1, nargs);
  if (nargs > 3) return argErrExpected('maketrans', true, 3, nargs);
  const x = argAt(args, 0);
  const y: Ptr = nargs > 1 ? argAt(args, 1) : 0;
  const z: Ptr = nargs > 2 ? argAt(args, 2) : 0;
  // argument clinic checks y and z before the body looks at x
  if (y != 0 && !isStr(y)) return excFormat(excTypeError, 'maketrans() argument 2 must be str, not %A', y);
  if (z != 0 && !isStr(z)) return excFormat(excTypeError, 'maketrans() argument 3 must be str, not %A', z);
  const d = dictNew();
  if (d == 0) return 0;
  if (y != 0) {
    if (!isStr(x)) {
      decref(d);
      return excSetString(excTypeError, 'first maketrans argument must be a string if there is a second argument');
    }
    const n = strLen(x);
    if (n != strLen(y)) {
      decref(d);
      return excSetString(excValueError, 'the first two maketrans arguments must have equal length');
    }
    for (let i = 0; i < n; i++) {
      const v = intFromI64(<i64>strCharAt(y, i));
      if (v == 0 || !putCode(d, strCharAt(x, i), v)) { if (v) decref(v); decref(d); return 0; }
      decref(v);
    }
    if (z != 0) {
      const m = strLen(z);
      for (let i = 0; i < m; i++) if (!putCode(d, strCharAt(z, i), Py_None)) { decref(d); return 0; }
    }
    return d;
  }
  if (objType(x) != dictType) {
    decref(d);
    return excSetString(excTypeError, 'if you give only one argument to maketrans it must be a dict');
  }
  const pos = memory.data(4), kp = memory.data(4), vp = memory.data(4);
  store<i32>(pos, 0);
  while (dictNext(x, pos, kp, vp)) {
    const k = load<Ptr>(kp), v = load<Ptr>(vp);
    if (isStr(k)) {
      if (strLen(k) != 1) {
        decref(d);
        return excSetString(excValueError, 'string keys in translate table must be of length 1');
      }
      if (!putCode(d, strCharAt(k, 0), v)) { decref(d); return 0; }
    } else if (isInt(k)) {
      if (dictSetItem(d, k, v) != 0) { decref(d); return 0; }
    } else {
      decref(d);
      return excSetString(excTypeError, 'keys in translate table must be strings or integers');
    }
  }
  return d;
}

/** Registers translate and maketrans on str (called by strmethodsInit). */
export function strtranslateInit(): void {
  typeAddMethod(strType, 'translate', str_translate.index);
  typeAddClassMethod(strType, 'maketrans', str_maketrans.index);
}
