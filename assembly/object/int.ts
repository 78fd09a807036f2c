// === int: arbitrary-size integers (compact i64 form now; the big form lands with issue 5) ===
//
//   +0 refcnt | +4 type | +8 value i64                               16 bytes (compact form)
//   +8 = I64.MIN_VALUE (marker) | +16 i32 signed digit count | +20 u32 digits ...   (big form)
//
// Invariants:
// - Values -5..256 exist once: intFromI64 returns the small-int cache's object for them (CPython
//   3.11's _PyLong_SMALL_INTS), and a fresh object for anything else, so `int('257') is
//   int('257')` is False as in CPython.
// - Until the big form exists, no operation wraps: a result outside (I64.MIN, I64.MAX] raises
//   OverflowError (I64.MIN itself is the big-form marker, so it cannot be a compact value;
//   intFromI64 refuses it, which also catches every overflow whose wrapped result is exactly it).
// - bool shares this layout and these slots (bool.ts overrides repr and & | ^), and every result
//   here is a plain int.
// - Division and modulo floor towards negative infinity, and the remainder takes the divisor's
//   sign (CPython's l_divmod); true division is correctly rounded for every i64 pair.

import { Ptr, fatal } from '../common';
import { freelistPop, freelistPush, freelistClear } from './freelist';
import { heapAlloc } from '../heap/heap';
import { objType, objAllocSmall, objAlloc, objFree, decref, newref } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_BOOL, SLOT_NEG, SLOT_POS,
  SLOT_INVERT, SLOT_ABS, SLOT_INT, SLOT_FLOAT, SLOT_INDEX, SLOT_NEW, SLOT_NB_BINARY,
  TP_BASICSIZE, TPFLAGS_LONG_SUBCLASS, typeSetSlot, typeSlot, TPFLAGS_MATCH_SELF,
} from './typelayout';
import {
  typeNewBuiltin, typeAddMethod, objectType, typeKind, TK_INT, TK_BOOL, TK_FLOAT, TK_STR,
} from './type';
import {
  excFormat, excSetString, excNoMemory, excTypeError, excValueError, excOverflowError,
  excZeroDivisionError,
} from '../vm/exc';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { floatFromF64, floatValue, floatPow, floatTruncToInt } from './float';
import { strFromAscii, strLen, strCharAt, strEqLiteral } from './str';
import { unicodeIsSpace, unicodeDecimalValue } from './unicode';
import { tupleSize, tupleItem, argsPositional, argsRaiseCount } from './tuple';
import { Py_None } from './none';
import { indexCheck, indexAsI64 } from './slice';
import { excOccurred } from '../vm/exc';
import * as nb from '../opcodes.gen';

@inline export const INT_VALUE: usize = 8;
@inline export const INT_SIZE: usize = 16;
@inline const SMALL_MIN: i64 = -5;
@inline const SMALL_MAX: i64 = 256;

export let intType: Ptr = 0;
/** Ptrs of the objects for SMALL_MIN..SMALL_MAX (one reference each, held for the VM's life). */
let smallInts: usize = 0;

/** The value of a compact int (bool included). */
@inline export function intValue(o: Ptr): i64 { return load<i64>(o, INT_VALUE); }

/** Is o an int (bool and int subclasses included)? */
@inline export function isInt(o: Ptr): bool {
  const k = typeKind(objType(o));
  return k == TK_INT || k == TK_BOOL;
}

/** Dead exact ints kept for reuse (object/freelist.ts): the hottest object of all. */
const intFreeCell: usize = memory.data(8);

/** int(v) as a new reference; the shared object for -5..256. 0 + OverflowError for I64.MIN. */
@inline export function intFromI64(v: i64): Ptr {
  if (v >= SMALL_MIN && v <= SMALL_MAX) return newref(load<Ptr>(smallInts + (<usize>(v - SMALL_MIN) << 2)));
  if (v != I64.MIN_VALUE) {
    const o = freelistPop(intFreeCell);
    if (o != 0) {
      store<i64>(o, v, INT_VALUE);
      return o;
    }
  }
  return intNewSlow(v);
}

@noinline function intNewSlow(v: i64): Ptr {
  if (v == I64.MIN_VALUE) return intOverflow();
  const o = objAllocSmall(intType, INT_SIZE);
  if (o == 0) return excNoMemory();
  store<i64>(o, v, INT_VALUE);
  return o;
}

/** Frees a dead exact int (refcnt 0): onto the free list while it is short. */
@inline export function intFree(o: Ptr): void { freelistPush(intFreeCell, o); }

/** Returns every int on the free list to the heap (end of a run). */
export function intFreeListClear(): void { freelistClear(intFreeCell); }

/** Raises the OverflowError that stands in for big ints until they exist. Returns 0. */
@noinline export function intOverflow(): Ptr {
  return excSetString(excOverflowError, 'integer result out of range (ints beyond 64 bits are not supported yet)');
}

/** Any int's value as i64; stores 1 at okAddr (u8) when it fits, 0 when it does not. */
export function intAsI64(o: Ptr, okAddr: usize): i64 {
  const v = intValue(o);
  store<u8>(okAddr, v != I64.MIN_VALUE ? 1 : 0);
  return v;
}

// ---- i64 arithmetic with overflow checks ----

@inline function addOverflows(a: i64, b: i64, r: i64): bool { return ((a ^ r) & (b ^ r)) < 0; }

/** a // b with floor semantics (b != 0, a != I64.MIN). */
@inline export function i64FloorDiv(a: i64, b: i64): i64 {
  const q = a / b;
  return (a % b != 0 && (a ^ b) < 0) ? q - 1 : q;
}

/** a % b with the divisor's sign (b != 0). */
@inline export function i64FloorMod(a: i64, b: i64): i64 {
  const r = a % b;
  return (r != 0 && (r ^ b) < 0) ? r + b : r;
}

/** a / b correctly rounded to the nearest double (ties to even), b != 0. */
export function i64TrueDiv(a: i64, b: i64): f64 {
  const LIM: i64 = 1 << 53;
  if (a >= -LIM && a <= LIM && b >= -LIM && b <= LIM) return <f64>a / <f64>b; // both exact doubles
  const neg = (a < 0) != (b < 0);
  let A: u64 = a < 0 ? <u64>(0 - a) : <u64>a;
  const B: u64 = b < 0 ? <u64>(0 - b) : <u64>b;
  if (A == 0) return neg ? -0.0 : 0.0;
  // Produce a quotient q with at least 55 significant bits plus a sticky bit, so the u64 -> f64
  // conversion (round to nearest even) rounds exactly once, at the right place.
  let q: u64 = A / B;
  let r: u64 = A % B;
  let e: i32 = 0;
  while (q < (<u64>1 << 54)) {
    // r < B <= 2^63, so r << 1 fits in u64.
    r <<= 1;
    q <<= 1;
    if (r >= B) { r -= B; q |= 1; }
    e--;
  }
  if (r != 0) q |= 1;
  // If q >= 2^54 on entry, its own low bits are below the rounding point already (q has > 54 bits
  // only when A / B >= 2^54: then the sticky OR lands at least two bits under the last kept bit).
  const x = <f64>q * Math.pow(2.0, <f64>e);
  return neg ? -x : x;
}

// ---- slots ----

function int_dealloc(o: Ptr): void {
  if (objType(o) == intType) intFree(o);
  else objFree(o); // a subclass instance
}

/** repr(i) / str(i): decimal. */
export function intRepr(o: Ptr): Ptr {
  const v = intValue(o);
  const buf = memory.data(24);
  let i: i32 = 24;
  let u: u64 = v < 0 ? <u64>(0 - v) : <u64>v;
  do { i--; store<u8>(buf + <usize>i, <u8>(0x30 + <u32>(u % 10))); u /= 10; } while (u != 0);
  if (v < 0) { i--; store<u8>(buf + <usize>i, 0x2D); }
  return strFromAscii(buf + <usize>i, 24 - i);
}

/** CPython's numeric hash: v mod (2^61 - 1) with v's sign; -1 becomes -2. */
export function i64Hash(v: i64): i64 {
  const P: u64 = (<u64>1 << 61) - 1;
  let h: i64;
  if (v >= 0) h = <i64>(<u64>v % P);
  else h = -<i64>((<u64>(0 - v)) % P);
  return h == -1 ? -2 : h;
}

function int_hash(o: Ptr): i64 { return i64Hash(intValue(o)); }

function int_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  let r: bool;
  switch (op) {
    case 0: r = x < y; break;
    case 1: r = x <= y; break;
    case 2: r = x == y; break;
    case 3: r = x != y; break;
    case 4: r = x > y; break;
    default: r = x >= y;
  }
  return boolFrom(r);
}

function int_bool(o: Ptr): i32 { return intValue(o) != 0 ? 1 : 0; }
function int_neg(o: Ptr): Ptr { return intFromI64(-intValue(o)); }
function int_invert(o: Ptr): Ptr { return intFromI64(~intValue(o)); }
function int_abs(o: Ptr): Ptr { const v = intValue(o); return intFromI64(v < 0 ? -v : v); }
/** +i, int(i), i.__index__(): i itself for an exact int, else a plain int of the same value. */
function int_pos(o: Ptr): Ptr { return objType(o) == intType ? newref(o) : intFromI64(intValue(o)); }
function int_float(o: Ptr): Ptr { return floatFromF64(<f64>intValue(o)); }

function int_add(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  const r = x + y;
  if (addOverflows(x, y, r)) return intOverflow();
  return intFromI64(r);
}

function int_sub(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  const r = x - y;
  if (((x ^ y) & (x ^ r)) < 0) return intOverflow();
  return intFromI64(r);
}

/** x * y, or I64.MIN_VALUE when the product does not fit (MIN itself is not a compact value). */
@inline function i64MulChecked(x: i64, y: i64): i64 {
  if (x == 0 || y == 0) return 0;
  const r = x * y;
  // x, y > I64.MIN, so r / x cannot trap.
  if (r / x != y || (r ^ x ^ y) < 0) return I64.MIN_VALUE;
  return r;
}

function int_mul(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const r = i64MulChecked(intValue(a), intValue(b));
  if (r == I64.MIN_VALUE) return intOverflow();
  return intFromI64(r);
}

function int_floordiv(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const y = intValue(b);
  if (y == 0) return excSetString(excZeroDivisionError, 'integer division or modulo by zero');
  return intFromI64(i64FloorDiv(intValue(a), y));
}

function int_mod(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const y = intValue(b);
  if (y == 0) return excSetString(excZeroDivisionError, 'integer modulo by zero');
  return intFromI64(i64FloorMod(intValue(a), y));
}

function int_truediv(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const y = intValue(b);
  if (y == 0) return excSetString(excZeroDivisionError, 'division by zero');
  return floatFromF64(i64TrueDiv(intValue(a), y));
}

/** x ** y for y >= 0, I64.MIN_VALUE on overflow. */
export function i64Pow(x: i64, y: i64): i64 {
  let result: i64 = 1;
  let base = x;
  let e = y;
  while (true) {
    if (e & 1) {
      result = i64MulChecked(result, base);
      if (result == I64.MIN_VALUE) return result;
    }
    e >>= 1;
    if (e == 0) break;
    base = i64MulChecked(base, base);
    if (base == I64.MIN_VALUE) return base;
  }
  return result;
}

function int_pow(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (y < 0) return floatPow(<f64>x, <f64>y); // CPython: a negative exponent means float pow
  const r = i64Pow(x, y);
  if (r == I64.MIN_VALUE) return intOverflow();
  return intFromI64(r);
}

function int_lshift(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (y < 0) return excSetString(excValueError, 'negative shift count');
  if (x == 0) return intFromI64(0);
  if (y >= 63) return intOverflow();
  const r = x << y;
  if ((r >> y) != x) return intOverflow();
  return intFromI64(r);
}

function int_rshift(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (y < 0) return excSetString(excValueError, 'negative shift count');
  return intFromI64(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
}

function int_and(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  return intFromI64(intValue(a) & intValue(b));
}

function int_or(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  return intFromI64(intValue(a) | intValue(b));
}

function int_xor(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  return intFromI64(intValue(a) ^ intValue(b));
}

// ---- int() ----

/**
 * Parses the str s as an int in `base` (0 or 2..36), with CPython's rules: surrounding
 * whitespace, one sign, a 0x/0o/0b prefix (required to match when base is 0, optional when it
 * matches base), single underscores between digits (and after a prefix), Unicode decimal digits.
 * New reference; 0 + ValueError "invalid literal for int() with base N: 'repr'".
 */
export function intFromStr(s: Ptr, base: i32): Ptr {
  const n = strLen(s);
  let i = 0, end = n;
  while (i < end && unicodeIsSpace(strCharAt(s, i))) i++;
  while (end > i && unicodeIsSpace(strCharAt(s, end - 1))) end--;
  let neg = false;
  if (i < end && (strCharAt(s, i) == 0x2B || strCharAt(s, i) == 0x2D)) { neg = strCharAt(s, i) == 0x2D; i++; }
  const origBase = base;
  let prefixed = false;
  if (i + 1 < end && strCharAt(s, i) == 0x30) {
    const p = strCharAt(s, i + 1) | 0x20;
    if ((p == 0x78 && (base == 0 || base == 16)) || (p == 0x6F && (base == 0 || base == 8)) || (p == 0x62 && (base == 0 || base == 2))) {
      base = p == 0x78 ? 16 : p == 0x6F ? 8 : 2;
      i += 2;
      prefixed = true;
    }
  }
  if (base == 0) base = 10;
  // Digits: at least one; '_' only between digits (or right after a prefix).
  let v: u64 = 0;
  let ndigits = 0;
  let lastUnderscore = false;
  let overflow = false;
  let allZero = true;
  if (i >= end) return intParseError(s, origBase);
  for (let j = i; j < end; j++) {
    const c = strCharAt(s, j);
    if (c == 0x5F) {
      if (lastUnderscore || (ndigits == 0 && !prefixed)) return intParseError(s, origBase);
      lastUnderscore = true;
      continue;
    }
    let d: i32;
    if (c >= 0x30 && c <= 0x39) d = <i32>c - 0x30;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) d = <i32>(c | 0x20) - 0x61 + 10;
    else { d = unicodeDecimalValue(c); if (d < 0) return intParseError(s, origBase); }
    if (d >= base) return intParseError(s, origBase);
    lastUnderscore = false;
    ndigits++;
    if (d != 0) allZero = false;
    if (!overflow) {
      const nv = v * <u64>base + <u64>d;
      if (v > (<u64>0xFFFFFFFFFFFFFFFF - <u64>d) / <u64>base || nv > (<u64>1 << 63)) overflow = true;
      else v = nv;
    }
  }
  if (lastUnderscore || ndigits == 0) return intParseError(s, origBase);
  // base 0: a decimal literal with a leading zero must be all zeros ("010" is a SyntaxError-like error).
  if (origBase == 0 && !prefixed && !allZero && strCharAt(s, i) == 0x30) return intParseError(s, origBase);
  if (overflow || v >= (<u64>1 << 63)) return intOverflow();
  return intFromI64(neg ? -<i64>v : <i64>v);
}

@noinline function intParseError(s: Ptr, base: i32): Ptr {
  const b = intFromI64(base);
  if (b == 0) return 0;
  excFormat(excValueError, 'invalid literal for int() with base %D: %R', b, s);
  decref(b);
  return 0;
}

/** int(x): the conversion without a base. New reference. */
export function intFromObject(x: Ptr): Ptr {
  const t = objType(x);
  const k = typeKind(t);
  if (k == TK_INT || k == TK_BOOL) return objType(x) == intType ? newref(x) : intFromI64(intValue(x));
  if (k == TK_FLOAT) return floatTruncToInt(floatValue(x));
  if (k == TK_STR) return intFromStr(x, 10);
  let slot = typeSlot(t, SLOT_INT);
  if (slot == 0) slot = typeSlot(t, SLOT_INDEX);
  if (slot != 0) {
    const r = call_indirect<Ptr>(slot, x);
    if (r == 0) return 0;
    if (!isInt(r)) {
      excFormat(excTypeError, '__int__ returned non-int (type %T)', r);
      decref(r);
      return 0;
    }
    return r;
  }
  return excFormat(excTypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

/** int(x=0, /, base=10): the NEW slot of int (and of subclasses: they get the same value in
 *  their own layout). */
function int_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  let x: Ptr = 0, baseObj: Ptr = 0;
  if (nargs > 2) {
    const g = intFromI64(nargs);
    excFormat(excTypeError, 'int() takes at most 2 arguments (%D given)', g);
    decref(g);
    return 0;
  }
  if (npos >= 1) x = load<Ptr>(args);
  if (npos == 2) baseObj = load<Ptr>(args, 4);
  for (let i = 0; i < nkw; i++) {
    const name = tupleItem(kwnames, i);
    if (strEqLiteral(name, 'base') && npos < 2) baseObj = load<Ptr>(args + (<usize>(npos + i) << 2));
    else if (strEqLiteral(name, 'base')) return excSetString(excTypeError, "argument for int() given by name ('base') and position (2)");
    else return excFormat(excTypeError, "'%U' is an invalid keyword argument for int()", name);
  }
  let r: Ptr;
  if (baseObj == 0) {
    r = x == 0 ? intFromI64(0) : intFromObject(x);
  } else {
    if (!isInt(baseObj)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", baseObj);
    const base = intValue(baseObj);
    if (x == 0) return excSetString(excTypeError, "int() missing string argument");
    if (typeKind(objType(x)) != TK_STR) return excSetString(excTypeError, "int() can't convert non-string with explicit base");
    if ((base != 0 && base < 2) || base > 36) return excSetString(excValueError, 'int() base must be >= 2 and <= 36, or 0');
    r = intFromStr(x, <i32>base);
  }
  if (r == 0 || type == intType) return r;
  // A subclass: same value, the subclass's layout (header + i64, plus whatever the class adds).
  const o = objAlloc(type, <usize>load<u32>(type, TP_BASICSIZE));
  if (o == 0) { decref(r); return excNoMemory(); }
  store<i64>(o, intValue(r), INT_VALUE);
  decref(r);
  return o;
}

// ---- methods ----

function int_bit_length(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excSetString(excTypeError, 'int.bit_length() takes no arguments');
  const v = intValue(self);
  const u: u64 = v < 0 ? <u64>(0 - v) : <u64>v;
  return intFromI64(64 - <i64>clz(u));
}

function int_conjugate(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, 'int.conjugate() takes no arguments (%d given)', <Ptr>nargs);
  return int_pos(self);
}

/** i.__round__(ndigits=None): i itself, or rounded half to even at 10^-ndigits. */
function int_round(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  let nd: Ptr = npos > 0 ? load<Ptr>(args) : 0;
  if (npos > 1) return argsRaiseCount(excTypeError, '__round__ expected at most 1 argument, got %D', npos);
  if (npos != nargs) return excSetString(excTypeError, 'int.__round__() takes no keyword arguments');
  const v = intValue(self);
  if (nd == 0 || nd == Py_None) return int_pos(self);
  if (!indexCheck(nd)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", nd);
  const n = indexAsI64(nd, 0);
  if (n == -1 && excOccurred()) return 0;
  if (n >= 0) return int_pos(self);
  if (n < -18) return intFromI64(0); // 10^19 > every i64: rounds to 0
  const p = i64Pow(10, -n);
  const q = i64FloorDiv(v, p);
  const r = v - q * p; // 0 <= r < p
  let qq = q;
  if (2 * r > p || (2 * r == p && (q & 1) != 0)) qq = q + 1;
  const res = i64MulChecked(qq, p);
  if (res == I64.MIN_VALUE) return intOverflow();
  return intFromI64(res);
}

function int_trunc(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excSetString(excTypeError, 'int.__trunc__() takes no arguments');
  return int_pos(self);
}

/** Makes int and the small-int cache. Call after typeTypeInit, before boolTypeInit. */
export function intTypeInit(): void {
  intType = typeNewBuiltin('int', objectType, <u32>INT_SIZE, TPFLAGS_LONG_SUBCLASS | TPFLAGS_MATCH_SELF, TK_INT);
  typeSetSlot(intType, SLOT_DEALLOC, int_dealloc.index);
  typeSetSlot(intType, SLOT_REPR, intRepr.index);
  typeSetSlot(intType, SLOT_HASH, int_hash.index);
  typeSetSlot(intType, SLOT_RICHCOMPARE, int_richcompare.index);
  typeSetSlot(intType, SLOT_BOOL, int_bool.index);
  typeSetSlot(intType, SLOT_NEG, int_neg.index);
  typeSetSlot(intType, SLOT_POS, int_pos.index);
  typeSetSlot(intType, SLOT_INVERT, int_invert.index);
  typeSetSlot(intType, SLOT_ABS, int_abs.index);
  typeSetSlot(intType, SLOT_INT, int_pos.index);
  typeSetSlot(intType, SLOT_FLOAT, int_float.index);
  typeSetSlot(intType, SLOT_INDEX, int_pos.index);
  typeSetSlot(intType, SLOT_NEW, int_new.index);
  const B = SLOT_NB_BINARY;
  typeSetSlot(intType, B + <i32>nb.NB_ADD, int_add.index);
  typeSetSlot(intType, B + <i32>nb.NB_SUBTRACT, int_sub.index);
  typeSetSlot(intType, B + <i32>nb.NB_MULTIPLY, int_mul.index);
  typeSetSlot(intType, B + <i32>nb.NB_FLOOR_DIVIDE, int_floordiv.index);
  typeSetSlot(intType, B + <i32>nb.NB_REMAINDER, int_mod.index);
  typeSetSlot(intType, B + <i32>nb.NB_TRUE_DIVIDE, int_truediv.index);
  typeSetSlot(intType, B + <i32>nb.NB_POWER, int_pow.index);
  typeSetSlot(intType, B + <i32>nb.NB_LSHIFT, int_lshift.index);
  typeSetSlot(intType, B + <i32>nb.NB_RSHIFT, int_rshift.index);
  typeSetSlot(intType, B + <i32>nb.NB_AND, int_and.index);
  typeSetSlot(intType, B + <i32>nb.NB_OR, int_or.index);
  typeSetSlot(intType, B + <i32>nb.NB_XOR, int_xor.index);
  typeAddMethod(intType, 'bit_length', int_bit_length.index);
  typeAddMethod(intType, 'conjugate', int_conjugate.index);
  typeAddMethod(intType, '__round__', int_round.index);
  typeAddMethod(intType, '__trunc__', int_trunc.index);
  typeAddMethod(intType, '__floor__', int_trunc.index);
  typeAddMethod(intType, '__ceil__', int_trunc.index);

  smallInts = heapAlloc(<usize>(SMALL_MAX - SMALL_MIN + 1) << 2);
  if (smallInts == 0) fatal(40);
  for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
    const o = objAllocSmall(intType, INT_SIZE);
    if (o == 0) fatal(40);
    store<i64>(o, v, INT_VALUE);
    store<Ptr>(smallInts + (<usize>(v - SMALL_MIN) << 2), o);
  }
}
