// === complex(): the constructor (numbers, __complex__, strings) as CPython 3.11's complex_new ===
//
// complex(real=0, imag=0) computes real + imag*1j without assuming either is a plain real:
//   1. complex(c) of an exact complex c (called on complex itself) is c.
//   2. A str first argument is parsed (and forbids a second one); a str second one is an error.
//   3. real's __complex__ (looked up on its type) replaces it; it must return a complex.
//   4. Each remaining argument must be a number: a complex, or something with __float__ or
//      __index__ (CPython tests nb_float/nb_index, so __int__ alone is not enough).
//   5. A complex part contributes both ways: complex(a, b) = (a.re - b.im) + (a.im + b.re)j.
//
// The string form is float()'s text around a 'j': '<float>', '<float>j', '<float><signed
// float>j', and the legacy '<float><sign>j', '<sign>j', 'j', in optional parentheses with
// whitespace inside and out. Before parsing, Unicode digits and spaces become ASCII and the
// text is cut after the first other non-ASCII char (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII); underscores are then checked and dropped only
// between two ASCII digits (_Py_string_to_number_with_underscores), whose failure has its own
// message ("could not convert string to complex: ...").

import { Ptr } from '../common';
import { objType, decref, newref } from './header';
import { heapAlloc, heapFree } from '../heap/heap';
import { SLOT_FLOAT, SLOT_INDEX, typeSlot } from './typelayout';
import { typeLookup, typeKind, TK_STR } from './type';
import { excSetString, excFormat, excNoMemory, excOccurred, excTypeError, excValueError } from '../vm/exc';
import { floatValue, floatFromObject, floatParseAscii } from './float';
import { strLen, strCharAt, strInternLiteral } from './str';
import { unicodeIsNumberSpace, unicodeDecimalValue } from './unicode';
import { argsParse } from './methodargs';
import { callMethodFound } from './slotdefs';
import {
  complexType, isComplex, complexReal, complexImag, complexSubtypeFromDoubles,
} from './complex';

let nameComplex: Ptr = 0;

/** '__complex__', interned once at vmInit. */
export function complexNamesInit(): void { nameComplex = strInternLiteral('__complex__'); }

/**
 * op.__complex__() when type(op) defines it (CPython's try_complex_special_method): a new
 * reference to a complex, or 0 — with TypeError set when it returned something else, with no
 * exception when there is no __complex__.
 */
export function complexFromSpecial(op: Ptr): Ptr {
  const f = typeLookup(objType(op), nameComplex);
  if (f == 0) return 0;
  const r = callMethodFound(f, op, 0, 0, 0);
  if (r == 0) return 0;
  // a complex subclass is accepted (CPython 3.11 also warns: DeprecationWarning, not issued here)
  if (!isComplex(r)) {
    excFormat(excTypeError, '__complex__ returned non-complex (type %T)', r);
    decref(r);
    return 0;
  }
  return r;
}

/** Is o a number complex() takes: a complex, or a type with __float__ or __index__? */
@inline function isNumberArg(o: Ptr): bool {
  const t = objType(o);
  return isComplex(o) || typeSlot(t, SLOT_FLOAT) != 0 || typeSlot(t, SLOT_INDEX) != 0;
}

/** float(o) as a double: 0 stored at okAddr with the exception set on failure. */
function realPart(o: Ptr, okAddr: usize): f64 {
  const f = floatFromObject(o);
  if (f == 0) { store<u8>(okAddr, 0); return 0; }
  const x = floatValue(f);
  decref(f);
  store<u8>(okAddr, 1);
  return x;
}

/** complex.__new__(type, real=0, imag=0). */
export function complex_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const p = memory.data(12);
  if (!argsParse(args, nargs, kwnames, p, 'complex', 0, 0, 2, 'real', 'imag')) return 0;
  let r = load<Ptr>(p);
  const i = load<Ptr>(p, 4);
  if (r == 0) {
    // complex() / complex(imag=x): the real part is the int 0, which adds nothing
    if (i == 0) return complexSubtypeFromDoubles(type, 0.0, 0.0);
    if (typeKind(objType(i)) == TK_STR) return excSetString(excTypeError, "complex() second arg can't be a string");
    if (!isNumberArg(i)) return excFormat(excTypeError, "complex() second argument must be a number, not '%T'", i);
    return complexFromParts(type, 0.0, 0.0, false, i);
  }
  if (objType(r) == complexType && i == 0 && type == complexType) return newref(r);
  if (typeKind(objType(r)) == TK_STR) {
    if (i != 0) return excSetString(excTypeError, "complex() can't take second arg if first is a string");
    return complexFromString(type, r);
  }
  if (i != 0 && typeKind(objType(i)) == TK_STR) return excSetString(excTypeError, "complex() second arg can't be a string");
  const own = complexFromSpecial(r); // new reference replacing r, or 0
  if (own == 0 && excOccurred()) return 0;
  if (own != 0) r = own;
  if (!isNumberArg(r)) {
    excFormat(excTypeError, "complex() first argument must be a string or a number, not '%T'", r);
    if (own != 0) decref(own);
    return 0;
  }
  if (i != 0 && !isNumberArg(i)) {
    excFormat(excTypeError, "complex() second argument must be a number, not '%T'", i);
    if (own != 0) decref(own);
    return 0;
  }
  let crRe: f64, crIm: f64 = 0.0;
  const rIsComplex = isComplex(r);
  if (rIsComplex) {
    crRe = complexReal(r);
    crIm = complexImag(r);
  } else {
    const ok = memory.data(1);
    crRe = realPart(r, ok);
    if (load<u8>(ok) == 0) { if (own != 0) decref(own); return 0; }
  }
  if (own != 0) decref(own);
  if (i == 0) return complexSubtypeFromDoubles(type, crRe, crIm);
  return complexFromParts(type, crRe, crIm, rIsComplex, i);
}

/** The result of complex(real, i) once real is (crRe, crIm) (rIsComplex: it was a complex). */
function complexFromParts(type: Ptr, crRe: f64, crIm: f64, rIsComplex: bool, i: Ptr): Ptr {
  let ciRe: f64;
  if (isComplex(i)) {
    ciRe = complexReal(i);
    crRe -= complexImag(i);
  } else {
    const ok = memory.data(1);
    ciRe = realPart(i, ok);
    if (load<u8>(ok) == 0) return 0;
  }
  if (rIsComplex) ciRe += crIm;
  return complexSubtypeFromDoubles(type, crRe, ciRe);
}

// ---- strings ----

// The ASCII text being parsed: [0, textLen) of textBuf; reads past the end see 0, as C's NUL.
let textBuf: usize = 0;
let textLen: i32 = 0;
@inline function ch(i: i32): u32 { return i < textLen ? <u32>load<u8>(textBuf + <usize>i) : 0; }
@inline function isDigit(c: u32): bool { return c >= 0x30 && c <= 0x39; }
@inline function isSpace(c: u32): bool { return c == 0x20 || (c >= 0x09 && c <= 0x0D); }

/** Does the text at i start with the lowercase ASCII word, ignoring case? */
function startsWithWord(i: i32, w: string): bool {
  for (let k = 0; k < w.length; k++) {
    const c = ch(i + k);
    if ((c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != <u32>load<u16>(changetype<usize>(w) + (<usize>k << 1))) return false;
  }
  return true;
}

/** The value of the last number scanFloat read. */
let scanned: f64 = 0;

/**
 * Reads the longest float at i as CPython's PyOS_string_to_double does (an optional sign, then
 * 'inf', 'infinity' or 'nan' in any case, or digits with an optional '.' and fraction and an
 * optional exponent; no hex, no whitespace) into `scanned`. Returns the end, i when there is
 * no number there. Out of range values become infinities or zeros, with no error.
 */
function scanFloat(i: i32): i32 {
  let p = i;
  let neg = false;
  if (ch(p) == 0x2B || ch(p) == 0x2D) { neg = ch(p) == 0x2D; p++; }
  if (startsWithWord(p, 'inf')) {
    p += 3;
    if (startsWithWord(p, 'inity')) p += 5;
    scanned = neg ? -Infinity : Infinity;
    return p;
  }
  if (startsWithWord(p, 'nan')) {
    scanned = neg ? -NaN : NaN;
    return p + 3;
  }
  const start = p;
  let digits = 0;
  while (isDigit(ch(p))) { p++; digits++; }
  if (ch(p) == 0x2E) {
    p++;
    while (isDigit(ch(p))) { p++; digits++; }
  }
  if (digits == 0) return i;
  const mantEnd = p;
  let expStart = 0, expEnd = 0;
  let expNeg = false;
  if ((ch(p) | 0x20) == 0x65) {
    let q = p + 1;
    if (ch(q) == 0x2B || ch(q) == 0x2D) { expNeg = ch(q) == 0x2D; q++; }
    if (isDigit(ch(q))) {
      expStart = q;
      while (isDigit(ch(q))) q++;
      expEnd = q;
      p = q;
    }
  }
  // "[-]mantissa[e[-]exponent]" for the host's correctly rounded parse
  const n = (mantEnd - start) + (expEnd - expStart) + 3;
  const small = memory.data(128);
  const buf: usize = n <= 128 ? small : heapAlloc(<usize>n);
  if (buf == 0) { scanned = NaN; return -1; }
  let o: usize = buf;
  if (neg) store<u8>(o++, 0x2D);
  memory.copy(o, textBuf + <usize>start, <usize>(mantEnd - start));
  o += <usize>(mantEnd - start);
  if (expEnd > expStart) {
    store<u8>(o++, 0x65);
    if (expNeg) store<u8>(o++, 0x2D);
    memory.copy(o, textBuf + <usize>expStart, <usize>(expEnd - expStart));
    o += <usize>(expEnd - expStart);
  }
  scanned = floatParseAscii(buf, <i32>(o - buf));
  if (buf != small) heapFree(buf);
  return p;
}

let parsedRe: f64 = 0;
let parsedIm: f64 = 0;

/** Parses the whole text (CPython's complex_from_string_inner) into parsedRe/parsedIm: 1 ok,
 *  0 malformed, -1 MemoryError set. */
function parseComplexText(): i32 {
  let s = 0;
  let x = 0.0, y = 0.0;
  while (isSpace(ch(s))) s++;
  let bracket = false;
  if (ch(s) == 0x28) {
    bracket = true;
    s++;
    while (isSpace(ch(s))) s++;
  }
  let end = scanFloat(s);
  if (end < 0) return -1;
  if (end != s) {
    const z = scanned;
    s = end;
    if (ch(s) == 0x2B || ch(s) == 0x2D) {
      // <float><signed-float>j or <float><sign>j
      x = z;
      end = scanFloat(s);
      if (end < 0) return -1;
      if (end != s) {
        y = scanned;
        s = end;
      } else {
        y = ch(s) == 0x2B ? 1.0 : -1.0;
        s++;
      }
      if ((ch(s) | 0x20) != 0x6A) return 0;
      s++;
    } else if ((ch(s) | 0x20) == 0x6A) {
      y = z; // <float>j
      s++;
    } else x = z; // <float>
  } else {
    // <sign>j or j
    if (ch(s) == 0x2B || ch(s) == 0x2D) {
      y = ch(s) == 0x2B ? 1.0 : -1.0;
      s++;
    } else y = 1.0;
    if ((ch(s) | 0x20) != 0x6A) return 0;
    s++;
  }
  while (isSpace(ch(s))) s++;
  if (bracket) {
    if (ch(s) != 0x29) return 0;
    s++;
    while (isSpace(ch(s))) s++;
  }
  if (s != textLen) return 0;
  parsedRe = x;
  parsedIm = y;
  return 1;
}

/**
 * Removes the underscores of the text in place when each sits between two ASCII digits; false
 * otherwise (also for a NUL in a text with underscores: CPython's C string ends there).
 */
function dropUnderscores(): bool {
  let first = -1;
  for (let k = 0; k < textLen; k++) {
    const c = ch(k);
    if (c == 0) break;
    if (c == 0x5F) { first = k; break; }
  }
  if (first < 0) return true;
  let prev: u32 = 0;
  let o = 0;
  let k = 0;
  for (; k < textLen; k++) {
    const c = ch(k);
    if (c == 0) break;
    if (c == 0x5F) {
      if (!isDigit(prev)) return false;
    } else {
      if (prev == 0x5F && !isDigit(c)) return false;
      store<u8>(textBuf + <usize>(o++), <u8>c);
    }
    prev = c;
  }
  if (prev == 0x5F || k != textLen) return false;
  textLen = o;
  return true;
}

/** complex(s) for a str s: an instance of `type`, ValueError for malformed text. */
function complexFromString(type: Ptr, v: Ptr): Ptr {
  const n = strLen(v);
  const small = memory.data(256);
  const buf: usize = n <= 256 ? small : heapAlloc(<usize>n);
  if (buf == 0) return excNoMemory();
  // to ASCII: digits and spaces of any script become '0'-'9' and ' '; anything else outside
  // ASCII ends the text as a '?' (which no parse accepts)
  let len = 0;
  for (let k = 0; k < n; k++) {
    const c = strCharAt(v, k);
    let a: u32;
    if (c < 127) a = c;
    else if (unicodeIsNumberSpace(c)) a = 0x20;
    else {
      const d = unicodeDecimalValue(c);
      a = d >= 0 ? <u32>(0x30 + d) : 0x3F;
    }
    store<u8>(buf + <usize>(len++), <u8>a);
    if (a == 0x3F && c >= 127) break;
  }
  textBuf = buf;
  textLen = len;
  let r: Ptr = 0;
  if (!dropUnderscores()) {
    excFormat(excValueError, 'could not convert string to complex: %R', v);
  } else {
    const ok = parseComplexText();
    if (ok > 0) r = complexSubtypeFromDoubles(type, parsedRe, parsedIm);
    else if (ok == 0) excSetString(excValueError, 'complex() arg is a malformed string');
    else excNoMemory();
  }
  if (buf != small) heapFree(buf);
  return r;
}
