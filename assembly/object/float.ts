// === float: IEEE-754 doubles; arithmetic with int/float operands, repr, numeric hash, float() ===
//
//   +0 refcnt | +4 type | +8 value f64                                   16 bytes
//
// Invariants:
// - A mixed int/float operation converts the int as CPython (the nearest double; OverflowError
//   "int too large to convert to float" beyond the range), but comparisons between an int and a
//   float are exact at every size (long.ts longCompareF64): 2**53 + 1 > float(2**53) is True.
// - %, // and divmod follow CPython's float_divmod, including the sign of zero results.
// - repr is the shortest string that round-trips (digits from the host's float_repr import, JS's
//   shortest toExponential), laid out as CPython's 'r' format: exponent form when the decimal
//   exponent is < -4 or >= 16, else positional with '.0' for integral values.
// - hash(x) == hash(int(x)) for integral x (CPython's modular numeric hash); nan hashes by identity.

import { freelistPop, freelistPush, freelistClear } from './freelist';
import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { objType, objAllocSmall, objAlloc, objFree, decref, newref } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_BOOL, SLOT_NEG, SLOT_POS, SLOT_ABS,
  SLOT_INT, SLOT_FLOAT, SLOT_INDEX, SLOT_NEW, SLOT_NB_BINARY, TP_BASICSIZE, typeSetSlot, typeSlot,
  TPFLAGS_MATCH_SELF,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, objectType, typeKind, TK_INT, TK_BOOL, TK_FLOAT, TK_STR } from './type';
import {
  excFormat, excSetString, excNoMemory, excTypeError, excValueError, excOverflowError,
  excZeroDivisionError,
} from '../vm/exc';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intType, intFromI64, intAsF64, intFromIntegralF64 } from './int';
import { objIndex } from './abstract';
import { strType } from './str';
import { longCompareF64 } from './long';
import { strFromAscii, strLen, strCharAt } from './str';
import { unicodeIsNumberSpace, unicodeDecimalValue } from './unicode';
import { tupleSize } from './tuple';
import { strformatInit, floatRoundTo } from './strformat';
import { strEqLiteral } from './str';
import { tupleItem, argsPositional, argsRaiseCount } from './tuple';
import { Py_None } from './none';
import { indexCheck, indexAsI64 } from './slice';
import { hashPointer } from './abstract';
import { excOccurred } from '../vm/exc';
import { glibcPow } from '../libm/pow';
import { complexPow } from './complex';
import * as nb from '../opcodes.gen';
import { bufferCheck, bufferAsciiText } from './buffer';

/** Writes JS's `Math.abs(x).toExponential()` (shortest round-trip digits, e.g. "1.2345e+21",
 *  "5e-324") as ASCII at buf (32 bytes are enough) and returns its length. */
@external("host", "float_repr") declare function hostFloatRepr(x: f64, buf: usize): i32;
/** Parses len ASCII bytes at buf, already validated and cleaned by floatFromStr to the form
 *  `[-]digits[.digits][e[-]digits]` (or `[-].digits...`), correctly rounded (JS's Number()). */
@external("host", "float_parse") declare function hostFloatParse(buf: usize, len: i32): f64;

/** The host's correctly rounded parse of a cleaned ASCII number (see hostFloatParse). */
export function floatParseAscii(p: usize, len: i32): f64 { return hostFloatParse(p, len); }

@inline export const FLOAT_VALUE: usize = 8;
@inline export const FLOAT_SIZE: usize = 16;

export let floatType: Ptr = 0;

@inline export function floatValue(o: Ptr): f64 { return load<f64>(o, FLOAT_VALUE); }

@inline export function isFloat(o: Ptr): bool { return typeKind(objType(o)) == TK_FLOAT; }

/** float(v) as a new reference; 0 + MemoryError on exhaustion. */
/** Dead exact floats kept for reuse (object/freelist.ts). */
const floatFreeCell: usize = memory.data(8);

@inline export function floatFromF64(v: f64): Ptr {
  const f = freelistPop(floatFreeCell);
  if (f != 0) {
    store<f64>(f, v, FLOAT_VALUE);
    return f;
  }
  const o = objAllocSmall(floatType, FLOAT_SIZE);
  if (o == 0) return excNoMemory();
  store<f64>(o, v, FLOAT_VALUE);
  return o;
}

/** Frees a dead exact float (refcnt 0): onto the free list while it is short. */
@inline export function floatFree(o: Ptr): void { freelistPush(floatFreeCell, o); }

/** Returns every float on the free list to the heap (end of a run). */
export function floatFreeListClear(): void { freelistClear(floatFreeCell); }

// ---- conversions ----

/**
 * o as a double when o is a float or an int (stores 1 at okAddr), else stores 0 (not a number
 * this type knows: the caller returns NotImplemented), or 2 when o is an int too large for a
 * double (OverflowError set: the caller returns 0).
 */
@inline function asDouble(o: Ptr, okAddr: usize): f64 {
  const k = typeKind(objType(o));
  if (k == TK_FLOAT) { store<u8>(okAddr, 1); return floatValue(o); }
  if (k == TK_INT || k == TK_BOOL) {
    const x = intAsF64(o);
    store<u8>(okAddr, x == -1.0 && excOccurred() ? 2 : 1);
    return x;
  }
  store<u8>(okAddr, 0);
  return 0;
}

/** Both operands of a float binary op as doubles (at OPERANDS, +8): 1 = go on, 0 = return
 *  NotImplemented, -1 = error set. The first operand is converted first, as CPython's
 *  CONVERT_TO_DOUBLE: an int too large for a double fails before the other is looked at. */
const OPERANDS: usize = memory.data(16);
function floatOperands(a: Ptr, b: Ptr): i32 {
  const ok = memory.data(2);
  store<f64>(OPERANDS, asDouble(a, ok));
  if (load<u8>(ok) == 2) return -1;
  if (load<u8>(ok) == 0) return 0;
  store<f64>(OPERANDS, asDouble(b, ok), 8);
  if (load<u8>(ok) == 2) return -1;
  return load<u8>(ok);
}

/** int(x) for a double: truncation; inf -> OverflowError, nan -> ValueError. New reference. */
export function floatTruncToInt(x: f64): Ptr {
  if (isNaN(x)) return excSetString(excValueError, 'cannot convert float NaN to integer');
  if (!isFinite(x)) return excSetString(excOverflowError, 'cannot convert float infinity to integer');
  return intFromIntegralF64(Math.trunc(x));
}

// ---- repr ----

/** repr(x) as a str: CPython's float_repr ('r' format, Py_DTSF_ADD_DOT_0). New reference. */
export function floatRepr(x: f64): Ptr {
  const out = memory.data(32);
  return strFromAscii(out, floatReprAscii(x, out, true));
}

/**
 * Writes repr(x) as ASCII at out (at most 24 bytes: sign, 17 digits, '.', 'e-308') and returns
 * its length: CPython's 'r' format, nan without a sign. addDot0 appends '.0' to integral values
 * in positional form (float's repr: Py_DTSF_ADD_DOT_0); complex's repr leaves it off ('1j').
 */
export function floatReprAscii(x: f64, out: usize, addDot0: bool): i32 {
  if (isNaN(x)) { writeAscii(out, 'nan'); return 3; }
  const neg = (reinterpret<u64>(x) >> 63) != 0;
  let o: usize = out;
  if (neg) store<u8>(o++, 0x2D);
  if (!isFinite(x)) { writeAscii(o, 'inf'); return <i32>(o + 3 - out); }
  // Digits and exponent from the host: "d[.ddd]e(+|-)x".
  const buf = memory.data(40);
  const n = hostFloatRepr(x, buf);
  const digits = memory.data(24);
  let nd: i32 = 0;
  let i: i32 = 0;
  while (i < n) {
    const c = load<u8>(buf + <usize>i);
    if (c == 0x65) break; // 'e'
    if (c != 0x2E) store<u8>(digits + <usize>(nd++), c);
    i++;
  }
  i++;
  let eneg = false;
  if (i < n && (load<u8>(buf + <usize>i) == 0x2D || load<u8>(buf + <usize>i) == 0x2B)) { eneg = load<u8>(buf + <usize>i) == 0x2D; i++; }
  let e: i32 = 0;
  while (i < n) { e = e * 10 + <i32>(load<u8>(buf + <usize>i) - 0x30); i++; }
  if (eneg) e = -e;
  if (e < -4 || e >= 16) {
    store<u8>(o++, load<u8>(digits));
    if (nd > 1) {
      store<u8>(o++, 0x2E);
      memory.copy(o, digits + 1, <usize>(nd - 1));
      o += <usize>(nd - 1);
    }
    store<u8>(o++, 0x65);
    store<u8>(o++, e < 0 ? 0x2D : 0x2B);
    const ae = e < 0 ? -e : e;
    if (ae >= 100) store<u8>(o++, <u8>(0x30 + ae / 100));
    store<u8>(o++, <u8>(0x30 + (ae / 10) % 10));
    store<u8>(o++, <u8>(0x30 + ae % 10));
  } else if (e >= 0) {
    for (let k: i32 = 0; k <= e; k++) store<u8>(o++, k < nd ? load<u8>(digits + <usize>k) : 0x30);
    if (nd > e + 1) {
      store<u8>(o++, 0x2E);
      memory.copy(o, digits + <usize>(e + 1), <usize>(nd - e - 1));
      o += <usize>(nd - e - 1);
    } else if (addDot0) {
      store<u8>(o++, 0x2E);
      store<u8>(o++, 0x30);
    }
  } else {
    store<u8>(o++, 0x30);
    store<u8>(o++, 0x2E);
    for (let k: i32 = 0; k < -e - 1; k++) store<u8>(o++, 0x30);
    memory.copy(o, digits, <usize>nd);
    o += <usize>nd;
  }
  return <i32>(o - out);
}

function writeAscii(p: usize, lit: string): usize {
  for (let i = 0; i < lit.length; i++) store<u8>(p + <usize>i, <u8>load<u16>(changetype<usize>(lit) + (<usize>i << 1)));
  return p;
}

// ---- hash ----

@inline const HASH_BITS: u64 = 61;
@inline const HASH_MODULUS: u64 = (<u64>1 << 61) - 1;

/** hash(o) for a float. */
export function floatHash(o: Ptr): i64 { return hashDouble(o, floatValue(o)); }

/** CPython's _Py_HashDouble: the value mod 2^61 - 1, so equal ints and floats hash equal; a nan
 *  hashes by the identity of `inst`, the object it belongs to. Never -1. */
export function hashDouble(inst: Ptr, v: f64): i64 {
  if (!isFinite(v)) {
    // By identity (3.10+), so distinct nan objects are distinct set members. An aligned 32-bit
    // address rotated by 4 bits is never -1, the hash that means "error".
    if (isNaN(v)) return hashPointer(inst);
    return v > 0 ? 314159 : -314159;
  }
  if (v == 0) return 0;
  // frexp: v = m * 2^e, 0.5 <= |m| < 1.
  let bits = reinterpret<u64>(v);
  let e: i32 = <i32>((bits >> 52) & 0x7FF);
  let adj: i32 = 0;
  if (e == 0) { // subnormal: scale into the normal range first
    bits = reinterpret<u64>(v * 18446744073709551616.0);
    e = <i32>((bits >> 52) & 0x7FF);
    adj = 64;
  }
  e = e - 1022 - adj;
  let m = reinterpret<f64>((bits & 0x800FFFFFFFFFFFFF) | (<u64>1022 << 52));
  let sign: i64 = 1;
  if (m < 0) { sign = -1; m = -m; }
  let x: u64 = 0;
  while (m != 0) {
    x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
    m *= 268435456.0;
    e -= 28;
    const y = <u64>m;
    m -= <f64>y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const ee: u64 = e >= 0 ? <u64>(e % 61) : <u64>(61 - 1 - ((-1 - e) % 61));
  x = ((x << ee) & HASH_MODULUS) | (x >> (HASH_BITS - ee));
  let h = <i64>x * sign;
  return h == -1 ? -2 : h;
}

// ---- comparison ----

function float_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  // Normalise so `a` is the float: int-vs-float calls arrive reflected as (float, int).
  const ka = typeKind(objType(a)), kb = typeKind(objType(b));
  let c: i32; // a <=> b
  if (ka == TK_FLOAT && kb == TK_FLOAT) {
    const x = floatValue(a), y = floatValue(b);
    if (isNaN(x) || isNaN(y)) return boolFrom(op == 3);
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (ka == TK_FLOAT && (kb == TK_INT || kb == TK_BOOL)) {
    const x = floatValue(a);
    if (isNaN(x)) return boolFrom(op == 3);
    c = -longCompareF64(b, x);
  } else if (kb == TK_FLOAT && (ka == TK_INT || ka == TK_BOOL)) {
    const y = floatValue(b);
    if (isNaN(y)) return boolFrom(op == 3);
    c = longCompareF64(a, y);
  } else return newref(Py_NotImplemented);
  let r: bool;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c == 0; break;
    case 3: r = c != 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0;
  }
  return boolFrom(r);
}

// ---- arithmetic ----

function float_dealloc(o: Ptr): void {
  if (objType(o) == floatType) floatFree(o);
  else objFree(o); // a subclass instance
}
function float_repr(o: Ptr): Ptr { return floatRepr(floatValue(o)); }
function float_bool(o: Ptr): i32 { return floatValue(o) != 0 ? 1 : 0; }
function float_neg(o: Ptr): Ptr { return floatFromF64(-floatValue(o)); }
function float_pos(o: Ptr): Ptr { return objType(o) == floatType ? newref(o) : floatFromF64(floatValue(o)); }
function float_abs(o: Ptr): Ptr { return floatFromF64(Math.abs(floatValue(o))); }
function float_int(o: Ptr): Ptr { return floatTruncToInt(floatValue(o)); }


function float_add(a: Ptr, b: Ptr): Ptr {
  const c = floatOperands(a, b);
  if (c <= 0) return c == 0 ? newref(Py_NotImplemented) : 0;
  const x = load<f64>(OPERANDS), y = load<f64>(OPERANDS, 8);
  return floatFromF64(x + y);
}

function float_sub(a: Ptr, b: Ptr): Ptr {
  const c = floatOperands(a, b);
  if (c <= 0) return c == 0 ? newref(Py_NotImplemented) : 0;
  const x = load<f64>(OPERANDS), y = load<f64>(OPERANDS, 8);
  return floatFromF64(x - y);
}

function float_mul(a: Ptr, b: Ptr): Ptr {
  const c = floatOperands(a, b);
  if (c <= 0) return c == 0 ? newref(Py_NotImplemented) : 0;
  const x = load<f64>(OPERANDS), y = load<f64>(OPERANDS, 8);
  return floatFromF64(x * y);
}

function float_truediv(a: Ptr, b: Ptr): Ptr {
  const c = floatOperands(a, b);
  if (c <= 0) return c == 0 ? newref(Py_NotImplemented) : 0;
  const x = load<f64>(OPERANDS), y = load<f64>(OPERANDS, 8);
  if (y == 0) return excSetString(excZeroDivisionError, 'float division by zero');
  return floatFromF64(x / y);
}

/** CPython's float modulo (y != 0): the result takes y's sign; a zero result is copysign(0, y). */
export function floatMod(x: f64, y: f64): f64 {
  let mod = x % y; // fmod, exact
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else mod = copysign<f64>(0.0, y);
  return mod;
}

/** CPython's float floor division (y != 0), from float_divmod. */
export function floatFloorDiv(x: f64, y: f64): f64 {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
  }
  let floordiv: f64;
  if (div != 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = copysign<f64>(0.0, x / y);
  return floordiv;
}

function float_floordiv(a: Ptr, b: Ptr): Ptr {
  const c = floatOperands(a, b);
  if (c <= 0) return c == 0 ? newref(Py_NotImplemented) : 0;
  const x = load<f64>(OPERANDS), y = load<f64>(OPERANDS, 8);
  if (y == 0) return excSetString(excZeroDivisionError, 'float floor division by zero');
  return floatFromF64(floatFloorDiv(x, y));
}

function float_mod(a: Ptr, b: Ptr): Ptr {
  const c = floatOperands(a, b);
  if (c <= 0) return c == 0 ? newref(Py_NotImplemented) : 0;
  const x = load<f64>(OPERANDS), y = load<f64>(OPERANDS, 8);
  if (y == 0) return excSetString(excZeroDivisionError, 'float modulo');
  return floatFromF64(floatMod(x, y));
}

@inline function isOddInteger(w: f64): bool { return Math.abs(w % 2.0) == 1.0; }

/**
 * x ** y as CPython's float_pow (new reference): the C99 special cases, ZeroDivisionError for
 * 0.0 to a negative power, OverflowError (34, 'Numerical result out of range') on overflow. A
 * negative base with a non-integral exponent gives a complex (complex.ts's power).
 */
export function floatPow(iv: f64, iw: f64): Ptr {
  if (iw == 0) return floatFromF64(1.0);
  if (isNaN(iv)) return floatFromF64(iv);
  if (isNaN(iw)) return floatFromF64(iv == 1.0 ? 1.0 : iw);
  if (!isFinite(iw)) {
    const av = Math.abs(iv);
    if (av == 1.0) return floatFromF64(1.0);
    if ((iw > 0) == (av > 1.0)) return floatFromF64(Math.abs(iw));
    return floatFromF64(0.0);
  }
  if (!isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return floatFromF64(odd ? iv : Math.abs(iv));
    return floatFromF64(odd ? copysign<f64>(0.0, iv) : 0.0);
  }
  if (iv == 0) {
    if (iw < 0) return excSetString(excZeroDivisionError, '0.0 cannot be raised to a negative power');
    return floatFromF64(isOddInteger(iw) ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0) {
    // a negative number to a fractional power is complex (CPython hands it to complex's **)
    if (iw != Math.floor(iw)) return complexPow(iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv == 1.0) return floatFromF64(negate ? -1.0 : 1.0);
  let r = glibcPow(iv, iw); // the C library's pow, as CPython's float_pow calls it (libm/pow.ts)
  if (!isFinite(r)) return excSetString(excOverflowError, "(34, 'Numerical result out of range')");
  return floatFromF64(negate ? -r : r);
}

function float_pow(a: Ptr, b: Ptr): Ptr {
  const c = floatOperands(a, b);
  if (c <= 0) return c == 0 ? newref(Py_NotImplemented) : 0;
  const x = load<f64>(OPERANDS), y = load<f64>(OPERANDS, 8);
  return floatPow(x, y);
}

// ---- float() ----

@inline function lower(c: u32): u32 { return c >= 0x41 && c <= 0x5A ? c | 0x20 : c; }

/** Does s[i:end] equal the lowercase ASCII literal, ignoring case? */
function matchesWord(s: Ptr, i: i32, end: i32, lit: string): bool {
  if (end - i != lit.length) return false;
  for (let k = 0; k < lit.length; k++) {
    if (lower(strCharAt(s, i + k)) != <u32>load<u16>(changetype<usize>(lit) + (<usize>k << 1))) return false;
  }
  return true;
}

/**
 * float(s) for a str: whitespace, sign, 'inf'/'infinity'/'nan' in any case, decimal digits (any
 * Unicode Nd) with single underscores between digits, '.', exponent. New reference; ValueError
 * "could not convert string to float: 'repr'" otherwise. The cleaned ASCII form is parsed by the
 * host (correctly rounded).
 */
export function floatFromStr(s: Ptr): Ptr {
  return floatFromStrShowing(s, s);
}

/** floatFromStr, with `shown` as the object the ValueError repr()s (a bytes argument). */
function floatFromStrShowing(s: Ptr, shown: Ptr): Ptr {
  const n = strLen(s);
  let i = 0, end = n;
  while (i < end && unicodeIsNumberSpace(strCharAt(s, i))) i++;
  while (end > i && unicodeIsNumberSpace(strCharAt(s, end - 1))) end--;
  let neg = false;
  if (i < end && (strCharAt(s, i) == 0x2B || strCharAt(s, i) == 0x2D)) { neg = strCharAt(s, i) == 0x2D; i++; }
  if (matchesWord(s, i, end, 'inf') || matchesWord(s, i, end, 'infinity')) return floatFromF64(neg ? -Infinity : Infinity);
  if (matchesWord(s, i, end, 'nan')) return floatFromF64(neg ? -NaN : NaN);
  // Clean into ASCII: [-]int[.frac][e[-]exp]
  const cap = end - i + 2;
  const small = memory.data(256);
  const buf: usize = cap <= 256 ? small : heapAlloc(<usize>cap);
  if (buf == 0) return excNoMemory();
  let o: usize = buf;
  if (neg) store<u8>(o++, 0x2D);
  let ok = true;
  let state = 0; // 0 int part, 1 fraction, 2 exponent digits
  let digitsInPart = 0, mantDigits = 0;
  let prevDigit = false;
  let j = i;
  while (j < end && ok) {
    const c = strCharAt(s, j);
    let d: i32 = -1;
    if (c >= 0x30 && c <= 0x39) d = <i32>c - 0x30;
    else if (c > 0x7F) d = unicodeDecimalValue(c);
    if (d >= 0) {
      store<u8>(o++, <u8>(0x30 + d));
      digitsInPart++;
      if (state < 2) mantDigits++;
      prevDigit = true;
    } else if (c == 0x5F) {
      // '_' must sit between two digits of the same part.
      if (!prevDigit || j + 1 >= end) ok = false;
      else {
        const nx = strCharAt(s, j + 1);
        if (!((nx >= 0x30 && nx <= 0x39) || (nx > 0x7F && unicodeDecimalValue(nx) >= 0))) ok = false;
      }
      prevDigit = false;
    } else if (c == 0x2E && state == 0) {
      store<u8>(o++, 0x2E);
      state = 1;
      digitsInPart = 0;
      prevDigit = false;
    } else if ((c | 0x20) == 0x65 && state < 2) {
      if (mantDigits == 0) ok = false;
      store<u8>(o++, 0x65);
      state = 2;
      digitsInPart = 0;
      prevDigit = false;
      if (j + 1 < end && (strCharAt(s, j + 1) == 0x2B || strCharAt(s, j + 1) == 0x2D)) {
        if (strCharAt(s, j + 1) == 0x2D) store<u8>(o++, 0x2D);
        j++;
      }
    } else ok = false;
    j++;
  }
  if (mantDigits == 0 || (state == 2 && digitsInPart == 0)) ok = false;
  let r: Ptr = 0;
  if (ok) r = floatFromF64(hostFloatParse(buf, <i32>(o - buf)));
  if (buf != small) heapFree(buf);
  if (!ok) return excFormat(excValueError, 'could not convert string to float: %R', shown);
  return r;
}

/** float(b) for a bytes-like b (CPython's PyFloat_FromString on a buffer): its bytes read as
 *  ASCII text, so only ASCII whitespace is stripped and any other byte is invalid. */
function floatFromBuffer(o: Ptr): Ptr {
  const s = bufferAsciiText(o);
  if (s == 0) return excOccurred() ? 0 : excFormat(excValueError, 'could not convert string to float: %R', o);
  const r = floatFromStrShowing(s, o);
  decref(s);
  return r;
}

/** float(i) for an int i: correctly rounded, OverflowError beyond the double range. */
function intToFloat(i: Ptr): Ptr {
  const x = intAsF64(i);
  if (x == -1.0 && excOccurred()) return 0;
  return floatFromF64(x);
}

/**
 * float(x) for one argument (CPython's float_new + PyNumber_Float): an exact str is parsed; then
 * the type's __float__ (an int or float that keeps its base's conversion converts directly; a
 * subclass's own __float__ is called, and a float subclass it returns becomes a plain float),
 * then __index__, then a float subclass's value, then the text of a str or bytes-like object.
 * New reference.
 */
export function floatFromObject(x: Ptr): Ptr {
  const t = objType(x);
  if (t == floatType) return newref(x);
  const k = typeKind(t);
  if (t == strType) return floatFromStr(x);
  const slot = typeSlot(t, SLOT_FLOAT);
  if ((k == TK_INT || k == TK_BOOL) && slot == typeSlot(intType, SLOT_FLOAT)) return intToFloat(x);
  if (k == TK_FLOAT && slot == typeSlot(floatType, SLOT_FLOAT)) return floatFromF64(floatValue(x));
  if (slot != 0) {
    const r = call_indirect<Ptr>(slot, x);
    if (r == 0) return 0;
    if (!isFloat(r)) {
      excFormat(excTypeError, '%N.__float__ returned non-float (type %T)', t, r);
      decref(r);
      return 0;
    }
    // a float subclass: CPython also warns (DeprecationWarning, not issued here)
    if (objType(r) == floatType) return r;
    const f = floatFromF64(floatValue(r));
    decref(r);
    return f;
  }
  if (typeSlot(t, SLOT_INDEX) != 0) {
    const i = objIndex(x);
    if (i == 0) return 0;
    const f = intToFloat(i);
    decref(i);
    return f;
  }
  if (k == TK_FLOAT) return floatFromF64(floatValue(x));
  if (k == TK_STR) return floatFromStr(x);
  if (bufferCheck(x)) return floatFromBuffer(x);
  return excFormat(excTypeError, "float() argument must be a string or a real number, not '%T'", x);
}

function float_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'float() takes no keyword arguments');
  if (nargs > 1) {
    const g = intFromI64(nargs);
    excFormat(excTypeError, 'float expected at most 1 argument, got %D', g);
    decref(g);
    return 0;
  }
  const r = nargs == 0 ? floatFromF64(0.0) : floatFromObject(load<Ptr>(args));
  if (r == 0 || type == floatType) return r;
  const o = objAlloc(type, <usize>load<u32>(type, TP_BASICSIZE));
  if (o == 0) { decref(r); return excNoMemory(); }
  store<f64>(o, floatValue(r), FLOAT_VALUE);
  decref(r);
  return o;
}

// ---- methods ----

function float_is_integer(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excSetString(excTypeError, 'float.is_integer() takes no arguments');
  const v = floatValue(self);
  return boolFrom(isFinite(v) && v == Math.floor(v));
}

/** x.__round__(ndigits=None): an int (half to even) without ndigits, else a float. */
function float_round(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  let nd: Ptr = npos > 0 ? load<Ptr>(args) : 0;
  if (npos > 1) return argsRaiseCount(excTypeError, '__round__ expected at most 1 argument, got %D', npos);
  if (npos != nargs) return excSetString(excTypeError, 'float.__round__() takes no keyword arguments');
  const x = floatValue(self);
  if (nd == 0 || nd == Py_None) return floatTruncToInt(nearest<f64>(x));
  if (!indexCheck(nd)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", nd);
  const n = indexAsI64(nd, 0);
  if (n == -1 && excOccurred()) return 0;
  const r = floatRoundTo(x, n);
  if (isFinite(x) && !isFinite(r)) return excSetString(excOverflowError, 'rounded value too large to represent');
  return floatFromF64(r);
}

function float_trunc(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excSetString(excTypeError, 'float.__trunc__() takes no arguments');
  return floatTruncToInt(floatValue(self));
}
function float_floor(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excSetString(excTypeError, 'float.__floor__() takes no arguments');
  return floatTruncToInt(Math.floor(floatValue(self)));
}
function float_ceil(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excSetString(excTypeError, 'float.__ceil__() takes no arguments');
  return floatTruncToInt(Math.ceil(floatValue(self)));
}

/** Makes float and registers the __format__ methods of str, int and float. Call after
 *  strTypeInit and intTypeInit. */
export function floatTypeInit(): void {
  floatType = typeNewBuiltin('float', objectType, <u32>FLOAT_SIZE, TPFLAGS_MATCH_SELF, TK_FLOAT);
  typeSetSlot(floatType, SLOT_DEALLOC, float_dealloc.index);
  typeSetSlot(floatType, SLOT_REPR, float_repr.index);
  typeSetSlot(floatType, SLOT_HASH, floatHash.index);
  typeSetSlot(floatType, SLOT_RICHCOMPARE, float_richcompare.index);
  typeSetSlot(floatType, SLOT_BOOL, float_bool.index);
  typeSetSlot(floatType, SLOT_NEG, float_neg.index);
  typeSetSlot(floatType, SLOT_POS, float_pos.index);
  typeSetSlot(floatType, SLOT_ABS, float_abs.index);
  typeSetSlot(floatType, SLOT_INT, float_int.index);
  typeSetSlot(floatType, SLOT_FLOAT, float_pos.index);
  typeSetSlot(floatType, SLOT_NEW, float_new.index);
  const B = SLOT_NB_BINARY;
  typeSetSlot(floatType, B + <i32>nb.NB_ADD, float_add.index);
  typeSetSlot(floatType, B + <i32>nb.NB_SUBTRACT, float_sub.index);
  typeSetSlot(floatType, B + <i32>nb.NB_MULTIPLY, float_mul.index);
  typeSetSlot(floatType, B + <i32>nb.NB_TRUE_DIVIDE, float_truediv.index);
  typeSetSlot(floatType, B + <i32>nb.NB_FLOOR_DIVIDE, float_floordiv.index);
  typeSetSlot(floatType, B + <i32>nb.NB_REMAINDER, float_mod.index);
  typeSetSlot(floatType, B + <i32>nb.NB_POWER, float_pow.index);
  typeAddMethod(floatType, 'is_integer', float_is_integer.index);
  typeAddMethod(floatType, '__round__', float_round.index);
  typeAddMethod(floatType, '__trunc__', float_trunc.index);
  typeAddMethod(floatType, '__floor__', float_floor.index);
  typeAddMethod(floatType, '__ceil__', float_ceil.index);
  strformatInit(); // __format__ of str, int and float (all three exist now)
}
