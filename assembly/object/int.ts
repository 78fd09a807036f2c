// === int: arbitrary-size integers (the type, its two forms, slots, methods and int()) ===
//
// compact form, every value in (I64.MIN_VALUE, I64.MAX_VALUE]:
//   +0 ------ +4 ------ +8 ------------------ +16
//   | refcnt  | type    | value i64            |                                      16 bytes
//
// big form, every other value (|v| >= 2^63; -2^63 too, its i64 pattern being the marker):
//   +0 ------ +4 ------ +8 ------------------ +16 -------------- +20 -------------------------
//   | refcnt  | type    | I64.MIN_VALUE marker | ndigits i32       | d[0] u32 | d[1] | ... d[n-1]
//   ndigits = +n or -n: the value's sign and its digit count (n >= 2); digits are base 2^32,
//   least significant first, normalized (d[n-1] != 0). Arithmetic on them: long.ts (signed,
//   objects) over nat.ts (magnitudes); text conversions: intstr.ts.
//
// Invariants:
// - Normalization: a value that fits the compact form is always compact, so
//   `intValue(o) != I64.MIN_VALUE` exactly when o is compact, and code that handles only compact
//   values (the eval loop's fast paths, i64 indices) tests that and falls back to the slots.
// - Values -5..256 exist once: intFromI64 returns the small-int cache's object for them (CPython
//   3.11's _PyLong_SMALL_INTS), and a fresh object for anything else, so `int('257') is
//   int('257')` is False as in CPython.
// - Only 16-byte compact ints go on the free list (intFree frees big ones to the heap).
// - bool shares this layout and these slots (bool.ts overrides repr and & | ^), and every result
//   here is a plain int. Subclass instances carry the same payload (any size) after the header.
// - No operation wraps or traps: results that leave the compact form go big; a digit array that
//   cannot be allocated is MemoryError.
// - Division and modulo floor towards negative infinity, and the remainder takes the divisor's
//   sign (CPython's l_divmod); true division is correctly rounded at every size.

import { Ptr, fatal } from '../common';
import { freelistPop, freelistPush, freelistClear } from './freelist';
import { heapAlloc, heapFree } from '../heap/heap';
import { objType, objAllocSmall, objAlloc, objFree, decref, newref } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_BOOL, SLOT_NEG, SLOT_POS,
  SLOT_INVERT, SLOT_ABS, SLOT_INT, SLOT_FLOAT, SLOT_INDEX, SLOT_NEW, SLOT_NB_BINARY,
  TP_BASICSIZE, TPFLAGS_LONG_SUBCLASS, TP_DICT, typeSetSlot, typeSlot, TPFLAGS_MATCH_SELF,
} from './typelayout';
import {
  typeNewBuiltin, typeAddMethod, typeAddClassMethod, objectType, typeKind, TK_INT, TK_BOOL,
  TK_FLOAT, TK_STR, TK_BYTES, TK_BYTEARRAY,
} from './type';
import {
  excFormat, excSetString, excNoMemory, excTypeError, excValueError, excZeroDivisionError,
  excOccurred,
} from '../vm/exc';
import { Py_NotImplemented, Py_None } from './none';
import { boolFrom } from './bool';
import { floatFromF64, floatValue, floatPow, floatTruncToInt } from './float';
import { strEqLiteral, isStr } from './str';
import { tupleSize, tupleItem, tupleNew, tupleItemsAddr, tupleOne, argsPositional, argsRaiseCount } from './tuple';
import { indexCheck, indexAsI64 } from './slice';
import { objGetIter, objIterNext, objCall, objIsTrue } from './abstract';
import { getsetAdd } from './descrobject';
import {
  longAlloc, longFinish, longSign, longCompare, longHash, longBitLength, longBitCount,
  longAsI64, longAdd, longSub, longMul, longNeg, longAbs, longCopy, longInvert, longDivmod,
  longFloorDiv, longMod, longLshift, longRshift, longBitwise, longPow, longPowMod, longToF64,
  longTrueDiv, longFromF64, longLshiftTooLarge, LONG_MAX_DIGITS, BIT_AND, BIT_OR, BIT_XOR,
} from './long';
import { intToDecimalStr, intFromStr, intFromStrShowing } from './intstr';
import { bufferCheck, bufferAsciiText } from './buffer';
import * as nb from '../opcodes.gen';

@inline export const INT_VALUE: usize = 8;
@inline export const INT_SIZE: usize = 16;
/** Big form: the signed digit count, then the digits (see the diagram). */
@inline export const INT_NDIGITS: usize = 16;
@inline export const INT_DIGITS: usize = 20;
// CPython 3.11 semantics: do not tune
@inline const SMALL_MIN: i64 = -5;
@inline const SMALL_MAX: i64 = 256;

export let intType: Ptr = 0;
/** Ptrs of the objects for SMALL_MIN..SMALL_MAX (one reference each, held for the VM's life). */
let smallInts: usize = 0;

/** The value of a compact int (bool included); I64.MIN_VALUE for a big one. */
@inline export function intValue(o: Ptr): i64 { return load<i64>(o, INT_VALUE); }

/** Is o's value in the compact form? */
@inline export function intIsCompact(o: Ptr): bool { return load<i64>(o, INT_VALUE) != I64.MIN_VALUE; }

/** Is o an int (bool and int subclasses included)? */
@inline export function isInt(o: Ptr): bool {
  const k = typeKind(objType(o));
  return k == TK_INT || k == TK_BOOL;
}

/** Dead exact ints kept for reuse (object/freelist.ts): the hottest object of all. */
const intFreeCell: usize = memory.data(8);

/** int(v) as a new reference; the shared object for -5..256; any i64 (I64.MIN_VALUE is big). */
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
  if (v == I64.MIN_VALUE) { // -2^63: big form, two digits
    const b = longAlloc(2);
    if (b == 0) return 0;
    store<u64>(b, <u64>1 << 63, INT_DIGITS);
    store<i32>(b, -2, INT_NDIGITS);
    return b;
  }
  const o = objAllocSmall(intType, INT_SIZE);
  if (o == 0) return excNoMemory();
  store<i64>(o, v, INT_VALUE);
  return o;
}

/** Frees a dead exact int (refcnt 0): a compact one onto the free list while it is short. */
@inline export function intFree(o: Ptr): void {
  if (load<i64>(o, INT_VALUE) != I64.MIN_VALUE) freelistPush(intFreeCell, o);
  else objFree(o);
}

/** Returns every int on the free list to the heap (end of a run). */
export function intFreeListClear(): void { freelistClear(intFreeCell); }

/** Any int's value as i64; stores 1 at okAddr (u8) when it fits, 0 when it does not. */
export function intAsI64(o: Ptr, okAddr: usize): i64 {
  return longAsI64(o, okAddr);
}

/** Does int o's value fit an i64 (compact, or exactly -2^63)? */
export function intFitsI64(o: Ptr): bool {
  const ok = memory.data(1);
  longAsI64(o, ok);
  return load<u8>(ok) != 0;
}

/** |o| as u64 when it fits (stores 1 at okAddr), else stores 0. */
export function intMagnitudeU64(o: Ptr, okAddr: usize): u64 {
  const v = intValue(o);
  if (v != I64.MIN_VALUE) { store<u8>(okAddr, 1); return v < 0 ? <u64>(0 - v) : <u64>v; }
  const n = load<i32>(o, INT_NDIGITS);
  store<u8>(okAddr, n == 2 || n == -2 ? 1 : 0);
  return load<u64>(o, INT_DIGITS);
}

/** -1, 0 or 1: the sign of int o. */
export function intSign(o: Ptr): i32 { return longSign(o); }

/** Any int as the nearest double; OverflowError beyond the double range (returns -1.0 with the
 *  exception set: test excOccurred()). */
@inline export function intAsF64(o: Ptr): f64 {
  const v = load<i64>(o, INT_VALUE);
  return v != I64.MIN_VALUE ? <f64>v : longToF64(o);
}

/** int(x) for a float already truncated to an integral value (finite). */
export function intFromIntegralF64(t: f64): Ptr {
  if (t > -9.223372036854775808e18 && t < 9.223372036854775808e18) return intFromI64(<i64>t);
  return longFromF64(t);
}

// ---- i64 helpers for the compact fast paths ----

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

/** x * y, or I64.MIN_VALUE when the product does not fit (MIN itself is not a compact value). */
@inline function i64MulChecked(x: i64, y: i64): i64 {
  if (x == 0 || y == 0) return 0;
  const r = x * y;
  // x, y > I64.MIN, so r / x cannot trap.
  if (r / x != y || (r ^ x ^ y) < 0) return I64.MIN_VALUE;
  return r;
}

/** x ** y for y >= 0, I64.MIN_VALUE when it does not fit. */
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

/** CPython's numeric hash of a compact value: v mod (2^61 - 1) with v's sign; -1 becomes -2.
 *  (long.ts longHash computes the same for any size; this is the dict-key fast path.) */
export function i64Hash(v: i64): i64 {
  const P: u64 = (<u64>1 << 61) - 1;
  let h: i64;
  if (v >= 0) h = <i64>(<u64>v % P);
  else h = -<i64>((<u64>(0 - v)) % P);
  return h == -1 ? -2 : h;
}

/** Both compact? (then neither value is the marker and i64 arithmetic applies) */
@inline function bothCompact(x: i64, y: i64): bool { return x != I64.MIN_VALUE && y != I64.MIN_VALUE; }

// ---- slots ----

function int_dealloc(o: Ptr): void {
  if (objType(o) == intType) intFree(o);
  else objFree(o); // a subclass instance
}

/** repr(i) / str(i): decimal (ValueError beyond the 4300-digit limit, intstr.ts). */
export function intRepr(o: Ptr): Ptr { return intToDecimalStr(o); }

/** hash(i) for any int. */
export function intHash(o: Ptr): i64 {
  const v = intValue(o);
  return v != I64.MIN_VALUE ? i64Hash(v) : longHash(o);
}

/** Compares two ints of any size: -1, 0, 1. */
export function intCompare(a: Ptr, b: Ptr): i32 {
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) return x < y ? -1 : x > y ? 1 : 0;
  return longCompare(a, b);
}

function int_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const c = intCompare(a, b);
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

function int_bool(o: Ptr): i32 { return intValue(o) != 0 ? 1 : 0; } // a big value is never 0

// -compact and |compact| are compact: the compact range is symmetric once I64.MIN is excluded
function int_neg(o: Ptr): Ptr { const v = intValue(o); return v != I64.MIN_VALUE ? intFromI64(-v) : longNeg(o); }
function int_invert(o: Ptr): Ptr { const v = intValue(o); return v != I64.MIN_VALUE ? intFromI64(~v) : longInvert(o); }
function int_abs(o: Ptr): Ptr {
  const v = intValue(o);
  return v != I64.MIN_VALUE ? intFromI64(v < 0 ? -v : v) : longAbs(o);
}
/** +i, int(i), i.__index__(): i itself for an exact int, else a plain int of the same value. */
function int_pos(o: Ptr): Ptr { return objType(o) == intType ? newref(o) : longCopy(o); }

function int_float(o: Ptr): Ptr {
  const x = intAsF64(o);
  if (x == -1.0 && excOccurred()) return 0;
  return floatFromF64(x);
}

/** a + b for ints of any size. New reference. */
export function intAdd(a: Ptr, b: Ptr): Ptr {
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) {
    const r = x + y;
    if (((x ^ r) & (y ^ r)) >= 0) return intFromI64(r);
  }
  return longAdd(a, b);
}

function int_add(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  return intAdd(a, b);
}

function int_sub(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) {
    const r = x - y;
    if (((x ^ y) & (x ^ r)) >= 0) return intFromI64(r);
  }
  return longSub(a, b);
}

/** a * b for ints of any size. New reference. */
export function intMul(a: Ptr, b: Ptr): Ptr {
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) {
    const r = i64MulChecked(x, y);
    if (r != I64.MIN_VALUE) return intFromI64(r);
  }
  return longMul(a, b);
}

function int_mul(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  return intMul(a, b);
}

@noinline function divByZero(msg: string): Ptr { return excSetString(excZeroDivisionError, msg); }

function int_floordiv(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (y == 0) return divByZero('integer division or modulo by zero');
  if (bothCompact(x, y)) return intFromI64(i64FloorDiv(x, y)); // x != MIN: no overflow
  return longFloorDiv(a, b);
}

function int_mod(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (y == 0) return divByZero('integer modulo by zero');
  if (bothCompact(x, y)) return intFromI64(i64FloorMod(x, y));
  return longMod(a, b);
}

/**
 * divmod(a, b) for ints: one division for both results. New reference to a 2-tuple.
 */
export function intDivmod(a: Ptr, b: Ptr): Ptr {
  const x = intValue(a), y = intValue(b);
  if (y == 0) return divByZero('integer division or modulo by zero');
  let q: Ptr, r: Ptr;
  if (bothCompact(x, y)) {
    q = intFromI64(i64FloorDiv(x, y));
    r = intFromI64(i64FloorMod(x, y));
    if (q == 0 || r == 0) {
      if (q != 0) decref(q);
      if (r != 0) decref(r);
      return 0;
    }
  } else {
    const cells = memory.data(8);
    if (!longDivmod(a, b, cells, cells + 4)) return 0;
    q = load<Ptr>(cells);
    r = load<Ptr>(cells, 4);
  }
  const t = tupleNew(2);
  if (t == 0) { decref(q); decref(r); return 0; }
  store<Ptr>(tupleItemsAddr(t), q);
  store<Ptr>(tupleItemsAddr(t), r, 4);
  return t;
}

function int_truediv(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (y == 0) return divByZero('division by zero');
  // operands of at most 53 bits are exact doubles: one IEEE division is correctly rounded
  const LIM: i64 = 1 << 53;
  if (x >= -LIM && x <= LIM && y >= -LIM && y <= LIM) return floatFromF64(<f64>x / <f64>y);
  return longTrueDiv(a, b);
}

function int_pow(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (longSign(b) < 0) {
    // CPython: a negative exponent means float pow
    const fx = intAsF64(a);
    if (fx == -1.0 && excOccurred()) return 0;
    const fy = intAsF64(b);
    if (fy == -1.0 && excOccurred()) return 0;
    return floatPow(fx, fy);
  }
  if (bothCompact(x, y)) {
    const r = i64Pow(x, y);
    if (r != I64.MIN_VALUE) return intFromI64(r);
  }
  return longPow(a, b);
}

/** pow(a, b, m) with three ints (builtins' pow()): ValueError for m == 0. */
export function intPowMod(a: Ptr, b: Ptr, m: Ptr): Ptr {
  if (longSign(m) == 0) return excSetString(excValueError, 'pow() 3rd argument cannot be 0');
  return longPowMod(a, b, m);
}

/** The shift count b as u64; a count beyond u64 saturates (no result could be that big). */
@inline function shiftCount(b: Ptr): u64 {
  const y = intValue(b);
  return y != I64.MIN_VALUE ? <u64>y : U64.MAX_VALUE;
}

function int_lshift(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  if (longSign(b) < 0) return excSetString(excValueError, 'negative shift count');
  const x = intValue(a), y = intValue(b);
  if (x == 0) return intFromI64(0);
  if (bothCompact(x, y) && y < 63) {
    const r = x << y;
    if ((r >> y) == x) return intFromI64(r);
  }
  const n = shiftCount(b);
  if (n >= (<u64>LONG_MAX_DIGITS << 5) || longBitLength(a) + n > (<u64>LONG_MAX_DIGITS << 5)) {
    return longLshiftTooLarge(a, b);
  }
  return longLshift(a, n);
}

function int_rshift(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  if (longSign(b) < 0) return excSetString(excValueError, 'negative shift count');
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) return intFromI64(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
  return longRshift(a, shiftCount(b));
}

function int_and(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) return intFromI64(x & y);
  return longBitwise(a, b, BIT_AND);
}

function int_or(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) return intFromI64(x | y);
  return longBitwise(a, b, BIT_OR);
}

function int_xor(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  const x = intValue(a), y = intValue(b);
  if (bothCompact(x, y)) return intFromI64(x ^ y);
  return longBitwise(a, b, BIT_XOR);
}

// ---- int() ----

/** int(x): the conversion without a base. New reference. */
export function intFromObject(x: Ptr): Ptr {
  const t = objType(x);
  const k = typeKind(t);
  if (k == TK_INT || k == TK_BOOL) return objType(x) == intType ? newref(x) : longCopy(x);
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
  if (bufferCheck(x)) return intFromBuffer(x, 10);
  return excFormat(excTypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

/** int(b[, base]) for a bytes-like b (CPython's _PyLong_FromBytes): its bytes read as ASCII text
 *  (only ASCII whitespace is stripped, any other byte is invalid), the ValueError showing b. */
function intFromBuffer(x: Ptr, base: i32): Ptr {
  const s = bufferAsciiText(x);
  if (s == 0) return excOccurred() ? 0 : excFormat(excValueError, 'invalid literal for int() with base %d: %R', <Ptr>base, x);
  const r = intFromStrShowing(s, base, x);
  decref(s);
  return r;
}

/** An instance of the int subclass `type` with the value of the int v (borrowed). */
function intSubclassInstance(type: Ptr, v: Ptr): Ptr {
  const big = !intIsCompact(v);
  const n = big ? abs<i32>(load<i32>(v, INT_NDIGITS)) : 0;
  const basic = <usize>load<u32>(type, TP_BASICSIZE);
  // the payload, compact or big, follows the header; a class adds no fields after it (int
  // subclasses cannot have nonempty __slots__), only the managed dict in front
  const size = big ? INT_DIGITS + (<usize>n << 2) : basic;
  const o = objAlloc(type, size > basic ? size : basic);
  if (o == 0) return excNoMemory();
  memory.copy(o + INT_VALUE, v + INT_VALUE, size - INT_VALUE);
  return o;
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
    // CPython checks the base first, then takes a str, bytes or bytearray
    if (!intIsCompact(baseObj) || (base != 0 && base < 2) || base > 36) return excSetString(excValueError, 'int() base must be >= 2 and <= 36, or 0');
    const xk = typeKind(objType(x));
    if (xk == TK_BYTES || xk == TK_BYTEARRAY) r = intFromBuffer(x, <i32>base);
    else if (xk != TK_STR) return excSetString(excTypeError, "int() can't convert non-string with explicit base");
    else r = intFromStr(x, <i32>base);
  }
  if (r == 0 || type == intType) return r;
  const o = intSubclassInstance(type, r);
  decref(r);
  return o;
}

// ---- methods ----

@noinline function noArgs(fmt: string, nargs: i32): Ptr { return argsRaiseCount(excTypeError, fmt, nargs); }

function int_bit_length(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return noArgs('int.bit_length() takes no arguments (%D given)', nargs);
  const v = intValue(self);
  if (v == I64.MIN_VALUE) return intFromI64(<i64>longBitLength(self));
  const u: u64 = v < 0 ? <u64>(0 - v) : <u64>v;
  return intFromI64(64 - <i64>clz(u));
}

function int_bit_count(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return noArgs('int.bit_count() takes no arguments (%D given)', nargs);
  const v = intValue(self);
  if (v == I64.MIN_VALUE) return intFromI64(<i64>longBitCount(self));
  return intFromI64(<i64>popcnt<u64>(v < 0 ? <u64>(0 - v) : <u64>v));
}

function int_conjugate(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return noArgs('int.conjugate() takes no arguments (%D given)', nargs);
  return int_pos(self);
}

/** i.__getnewargs__(): (int(i),), what pickling an int subclass rebuilds from. */
function int_getnewargs(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return noArgs('int.__getnewargs__() takes no arguments (%D given)', nargs);
  return tupleOne(int_pos(self));
}

function int_as_integer_ratio(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return noArgs('int.as_integer_ratio() takes no arguments (%D given)', nargs);
  const t = tupleNew(2);
  if (t == 0) return 0;
  const n = int_pos(self);
  if (n == 0) { decref(t); return 0; }
  store<Ptr>(tupleItemsAddr(t), n);
  store<Ptr>(tupleItemsAddr(t), intFromI64(1), 4);
  return t;
}

/**
 * i.__round__(ndigits=None): i itself, or rounded half to even at 10^-ndigits: with
 * q, r = divmod(i, 10^k), q + 1 when 2r > 10^k or (2r == 10^k and q is odd), times 10^k.
 */
function int_round(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  let nd: Ptr = npos > 0 ? load<Ptr>(args) : 0;
  if (npos > 1) return argsRaiseCount(excTypeError, '__round__ expected at most 1 argument, got %D', npos);
  if (npos != nargs) return excSetString(excTypeError, 'int.__round__() takes no keyword arguments');
  if (nd == 0 || nd == Py_None) return int_pos(self);
  if (!indexCheck(nd)) return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", nd);
  const n = indexAsI64(nd, 0);
  if (n == -1 && excOccurred()) return 0;
  if (n >= 0) return int_pos(self);
  // 10^k > 2|i| rounds to 0 (a tie goes to the even 0): decided from the bit length
  const bits = <f64>(intValue(self) == I64.MIN_VALUE ? longBitLength(self) : <u64>(64 - clz<u64>(<u64>abs<i64>(intValue(self)))));
  if (<f64>(-n) > bits * 0.30103 + 2) return intFromI64(0);
  const ten = intFromI64(10), k = intFromI64(-n);
  const p = ten != 0 && k != 0 ? longPow(ten, k) : 0;
  if (ten != 0) decref(ten);
  if (k != 0) decref(k);
  if (p == 0) return 0;
  const cells = memory.data(8);
  if (!longDivmod(self, p, cells, cells + 4)) { decref(p); return 0; }
  let q = load<Ptr>(cells);
  const r = load<Ptr>(cells, 4);
  const two = intFromI64(2);
  const r2 = intMul(r, two);
  decref(two);
  decref(r);
  let res: Ptr = 0;
  if (r2 != 0) {
    const c = intCompare(r2, p);
    decref(r2);
    const qOdd = (intIsCompact(q) ? intValue(q) : <i64>load<u32>(q, INT_DIGITS)) & 1;
    if (c > 0 || (c == 0 && qOdd != 0)) {
      const one = intFromI64(1);
      const q1 = intAdd(q, one);
      decref(one);
      decref(q);
      q = q1;
    }
    if (q != 0) res = intMul(q, p);
  }
  if (q != 0) decref(q);
  decref(p);
  return res;
}

function int_trunc(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excSetString(excTypeError, 'int.__trunc__() takes no arguments');
  return int_pos(self);
}

/**
 * int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod. Until the bytes type
 * exists, `bytes` is any iterable of ints in range(256) (what CPython accepts besides buffers).
 */
function int_from_bytes(cls: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  if (npos > 2) return argsRaiseCount(excTypeError, 'from_bytes() takes at most 2 positional arguments (%D given)', npos);
  let src: Ptr = npos > 0 ? load<Ptr>(args) : 0;
  let order: Ptr = npos > 1 ? load<Ptr>(args, 4) : 0;
  let signedObj: Ptr = 0;
  for (let i = npos; i < nargs; i++) {
    const name = tupleItem(kwnames, i - npos);
    const v = load<Ptr>(args + (<usize>i << 2));
    if (strEqLiteral(name, 'bytes') && npos < 1) src = v;
    else if (strEqLiteral(name, 'byteorder') && npos < 2) order = v;
    else if (strEqLiteral(name, 'signed')) signedObj = v;
    else return excFormat(excTypeError, "'%U' is an invalid keyword argument for from_bytes()", name);
  }
  if (src == 0) return excSetString(excTypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  let little = false;
  if (order != 0) {
    if (!isStr(order)) return excFormat(excTypeError, "from_bytes() argument 'byteorder' must be str, not %T", order);
    if (strEqLiteral(order, 'little')) little = true;
    else if (!strEqLiteral(order, 'big')) return excSetString(excValueError, "byteorder must be either 'little' or 'big'");
  }
  let signed = false;
  if (signedObj != 0) {
    const t = objIsTrue(signedObj);
    if (t < 0) return 0;
    signed = t != 0;
  }
  if (isStr(src) || isInt(src)) return excFormat(excTypeError, "cannot convert '%T' object to bytes", src);
  // collect the bytes
  const it = objGetIter(src);
  if (it == 0) return 0;
  let cap = 64, n = 0;
  let buf = heapAlloc(<usize>cap);
  if (buf == 0) { decref(it); return excNoMemory(); }
  while (true) {
    const v = objIterNext(it);
    if (v == 0) break;
    let b: i64 = 0;
    if (!indexCheck(v)) excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", v);
    else {
      b = indexAsI64(v, 0); // clamps a big value: out of range below
      if (!(b == -1 && excOccurred()) && (b < 0 || b > 255)) excSetString(excValueError, 'bytes must be in range(0, 256)');
    }
    decref(v);
    if (excOccurred()) break;
    if (n == cap) {
      const nb2 = heapAlloc(<usize>cap * 2);
      if (nb2 == 0) { excNoMemory(); break; }
      memory.copy(nb2, buf, <usize>cap);
      heapFree(buf);
      buf = nb2;
      cap *= 2;
    }
    store<u8>(buf + <usize>n, <u8>b);
    n++;
  }
  decref(it);
  let r: Ptr = 0;
  if (!excOccurred()) r = intFromBytes(buf, n, little, signed);
  heapFree(buf);
  if (r == 0 || cls == intType) return r;
  return callClassWith(cls, r);
}

/** cls(v) for from_bytes on a subclass (v stolen). */
function callClassWith(cls: Ptr, v: Ptr): Ptr {
  const argv = memory.data(4);
  store<Ptr>(argv, v);
  const r = objCall(cls, argv, 1, 0);
  decref(v);
  return r;
}

/** The int of n bytes at p (two's complement when signed). New reference. */
export function intFromBytes(p: usize, n: i32, little: bool, signed: bool): Ptr {
  const nd = (n + 3) >> 2;
  const o = longAlloc(nd + 1);
  if (o == 0) return 0;
  const d = o + INT_DIGITS;
  memory.fill(d, 0, <usize>(nd + 1) << 2);
  for (let i = 0; i < n; i++) {
    const byte = load<u8>(p + <usize>(little ? i : n - 1 - i)); // byte i, least significant first
    store<u8>(d + <usize>i, byte);
  }
  const neg = signed && n > 0 && (load<u8>(d + <usize>(n - 1)) & 0x80) != 0;
  if (neg) {
    // sign-extend to whole digits, then magnitude = ~x + 1
    for (let i = n; i < (nd << 2); i++) store<u8>(d + <usize>i, 0xFF);
    let carry: u64 = 1;
    for (let i = 0; i < nd; i++) {
      carry += 0xFFFFFFFF - <u64>load<u32>(d + (<usize>i << 2)); // ~d in u64
      store<u32>(d + (<usize>i << 2), <u32>carry);
      carry >>= 32;
    }
    store<u32>(d + (<usize>nd << 2), <u32>carry);
  }
  return longFinish(o, nd + 1, neg);
}

// ---- attributes: real, imag, numerator, denominator ----

function int_get_self(o: Ptr): Ptr { return int_pos(o); }
function int_get_zero(o: Ptr): Ptr { return intFromI64(0); }
function int_get_one(o: Ptr): Ptr { return intFromI64(1); }

/** int's attribute descriptors (after the descriptor types exist). */
export function intAttrsInit(): void {
  const d = load<Ptr>(intType, TP_DICT);
  getsetAdd(intType, 'real', int_get_self.index, 0, d);
  getsetAdd(intType, 'imag', int_get_zero.index, 0, d);
  getsetAdd(intType, 'numerator', int_get_self.index, 0, d);
  getsetAdd(intType, 'denominator', int_get_one.index, 0, d);
}

/** Makes int and the small-int cache. Call after typeTypeInit, before boolTypeInit. */
export function intTypeInit(): void {
  intType = typeNewBuiltin('int', objectType, <u32>INT_SIZE, TPFLAGS_LONG_SUBCLASS | TPFLAGS_MATCH_SELF, TK_INT);
  typeSetSlot(intType, SLOT_DEALLOC, int_dealloc.index);
  typeSetSlot(intType, SLOT_REPR, intRepr.index);
  typeSetSlot(intType, SLOT_HASH, intHash.index);
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
  typeAddMethod(intType, 'bit_count', int_bit_count.index);
  typeAddMethod(intType, 'conjugate', int_conjugate.index);
  typeAddMethod(intType, 'as_integer_ratio', int_as_integer_ratio.index);
  typeAddMethod(intType, '__round__', int_round.index);
  typeAddMethod(intType, '__trunc__', int_trunc.index);
  typeAddMethod(intType, '__floor__', int_trunc.index);
  typeAddMethod(intType, '__ceil__', int_trunc.index);
  typeAddMethod(intType, '__getnewargs__', int_getnewargs.index);
  typeAddClassMethod(intType, 'from_bytes', int_from_bytes.index);

  smallInts = heapAlloc(<usize>(SMALL_MAX - SMALL_MIN + 1) << 2);
  if (smallInts == 0) fatal(40);
  for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
    const o = objAllocSmall(intType, INT_SIZE);
    if (o == 0) fatal(40);
    store<i64>(o, v, INT_VALUE);
    store<Ptr>(smallInts + (<usize>(v - SMALL_MIN) << 2), o);
  }
}
