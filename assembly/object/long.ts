// === long: signed arithmetic on ints of any size (what int.ts's slots call once an operand or a
// result leaves the compact form) ===
//
// Every function takes int objects in either form (bools and subclass instances too: only the
// value is read) and returns a new reference to an exact int that is *normalized*: a value that
// fits the compact form is compact, and -5..256 are the shared small ints, so the eval loop's
// compact-only fast paths never miss a value they could handle. On failure they return 0 with
// the exception set (MemoryError when a digit array cannot be allocated); nothing traps.
//
// Operands are read through *views*: a view is (digits, n, sign) for any int without allocating.
// A compact value is spilled into the view's own two digits, so a view stays valid only until
// the next viewOf into the same record (each function reloads its views after calling another).
//
//   view: +0 digits Ptr | +4 n i32 | +8 neg u32 | +12 d0 u32 | +16 d1 u32     (static, per operand)
//
// Semantics are CPython 3.11's: floor division with the divisor's sign on the remainder,
// bitwise operators on the infinite two's complement of negatives, right shifts that floor,
// int -> float correctly rounded, int / int correctly rounded (long_true_divide's method), and
// exact comparisons between ints and floats at any size.

import { Ptr } from '../common';
import { objAllocSmall, objFree, decref } from './header';
import {
  excSetString, excNoMemory, excOverflowError, excValueError, excZeroDivisionError,
} from '../vm/exc';
import {
  natNorm, natCmp, natCopy, natZero, natAdd, natSub, natDivSmall,
  natShl, natShr, natBitLength, natBitsAt, natAnyBitsBelow, natMul, natDivRem,
} from './nat';
import { intType, intFromI64, INT_VALUE, INT_NDIGITS, INT_DIGITS } from './int';
import { floatFromF64 } from './float';
import { heapAlloc, heapFree } from '../heap/heap';

/** The most digits an int may have: 2^28 digits are 1 GiB, a quarter of a 32-bit memory; more is
 *  MemoryError before any arithmetic is tried (sizes are i32 digit counts throughout). */
@inline export const LONG_MAX_DIGITS: i32 = 1 << 28;

// ---- views ----

@inline const V_DIGITS: usize = 0;
@inline const V_N: usize = 4;
@inline const V_NEG: usize = 8;
@inline const V_INLINE: usize = 12;

const VA: usize = memory.data(20);
const VB: usize = memory.data(20);

/** Loads view v of int o (see the file comment for how long it stays valid). */
export function viewOf(o: Ptr, v: usize): void {
  const x = load<i64>(o, INT_VALUE);
  if (x != I64.MIN_VALUE) {
    const m: u64 = x < 0 ? <u64>(0 - x) : <u64>x;
    store<u64>(v, m, V_INLINE);
    store<usize>(v, v + V_INLINE, V_DIGITS);
    store<i32>(v, m == 0 ? 0 : (m >> 32) != 0 ? 2 : 1, V_N);
    store<u32>(v, x < 0 ? 1 : 0, V_NEG);
  } else {
    const sz = load<i32>(o, INT_NDIGITS);
    store<usize>(v, o + INT_DIGITS, V_DIGITS);
    store<i32>(v, sz < 0 ? -sz : sz, V_N);
    store<u32>(v, sz < 0 ? 1 : 0, V_NEG);
  }
}
@inline function vD(v: usize): usize { return load<usize>(v, V_DIGITS); }
@inline function vN(v: usize): i32 { return load<i32>(v, V_N); }
@inline function vNeg(v: usize): bool { return load<u32>(v, V_NEG) != 0; }

/** The view records for callers outside this file (int.ts, intstr.ts). */
export function viewA(): usize { return VA; }
export function viewDigits(v: usize): usize { return vD(v); }
export function viewLen(v: usize): i32 { return vN(v); }
export function viewNeg(v: usize): bool { return vNeg(v); }

// ---- making results ----

/** A new exact int in the big form with room for n digits; longFinish sets its size. 0 +
 *  MemoryError when it cannot be allocated. */
export function longAlloc(n: i32): Ptr {
  if (n < 0 || n > LONG_MAX_DIGITS) return excNoMemory();
  const o = objAllocSmall(intType, INT_DIGITS + (<usize>n << 2));
  if (o == 0) return excNoMemory();
  store<i64>(o, I64.MIN_VALUE, INT_VALUE);
  return o;
}

/**
 * Completes an int made by longAlloc whose first n digits hold the magnitude (leading zeros are
 * fine) and `neg` its sign. Returns o in the big form, or, when the value fits the compact form
 * (-2^63 < v < 2^63), the compact int for it (o is freed): the normalization invariant.
 */
export function longFinish(o: Ptr, n: i32, neg: bool): Ptr {
  const d = o + INT_DIGITS;
  n = natNorm(d, n);
  if (n <= 2) {
    const m: u64 = n == 0 ? 0 : n == 1 ? <u64>load<u32>(d) : load<u64>(d);
    if (m <= <u64>I64.MAX_VALUE) {
      objFree(o);
      return intFromI64(neg ? -<i64>m : <i64>m);
    }
  }
  store<i32>(o, neg ? -n : n, INT_NDIGITS);
  return o;
}

/** The int of magnitude m with sign neg (any u64: 2^63 and above take the big form). */
export function longFromU64(m: u64, neg: bool): Ptr {
  if (m <= <u64>I64.MAX_VALUE) return intFromI64(neg ? -<i64>m : <i64>m);
  const o = longAlloc(2);
  if (o == 0) return 0;
  store<u64>(o, m, INT_DIGITS);
  store<i32>(o, neg ? -2 : 2, INT_NDIGITS);
  return o;
}

/** A new int with view v's magnitude and the sign neg (-x, abs(x), a copy). */
function longFromView(v: usize, neg: bool): Ptr {
  const n = vN(v);
  const o = longAlloc(n);
  if (o == 0) return 0;
  natCopy(o + INT_DIGITS, vD(v), n);
  return longFinish(o, n, neg);
}

// ---- sign, comparison, hash, size ----

/** -1, 0 or 1: the sign of int o. */
export function longSign(o: Ptr): i32 {
  const x = load<i64>(o, INT_VALUE);
  if (x != I64.MIN_VALUE) return x < 0 ? -1 : x > 0 ? 1 : 0;
  return load<i32>(o, INT_NDIGITS) < 0 ? -1 : 1;
}

/** Compares two ints of any size: -1, 0, 1. */
export function longCompare(a: Ptr, b: Ptr): i32 {
  viewOf(a, VA);
  viewOf(b, VB);
  const na = vNeg(VA), nb = vNeg(VB);
  if (na != nb) return na ? -1 : 1;
  const c = natCmp(vD(VA), vN(VA), vD(VB), vN(VB));
  return na ? -c : c;
}

/** CPython's hash of an int: |v| mod (2^61 - 1) with v's sign, -1 becoming -2. Digits are folded
 *  in from the top: x * 2^32 mod P is a 61-bit rotation by 32, since 2^61 = 1 (mod P). */
export function longHash(o: Ptr): i64 {
  viewOf(o, VA);
  const P: u64 = (<u64>1 << 61) - 1;
  const d = vD(VA);
  let x: u64 = 0;
  for (let i = vN(VA) - 1; i >= 0; i--) {
    x = ((x << 32) & P) | (x >> 29);
    x += <u64>load<u32>(d + (<usize>i << 2));
    if (x >= P) x -= P;
  }
  const h = vNeg(VA) ? -<i64>x : <i64>x;
  return h == -1 ? -2 : h;
}

/** The number of bits of |o| (int.bit_length()). */
export function longBitLength(o: Ptr): u64 {
  viewOf(o, VA);
  return natBitLength(vD(VA), vN(VA));
}

/** The number of one bits of |o| (int.bit_count()). */
export function longBitCount(o: Ptr): u64 {
  viewOf(o, VA);
  const d = vD(VA);
  let c: u64 = 0;
  for (let i = 0; i < vN(VA); i++) c += <u64>popcnt<u32>(load<u32>(d + (<usize>i << 2)));
  return c;
}

/** o's value as i64 when it fits; stores 1 at okAddr then, else 0 (value unspecified). */
export function longAsI64(o: Ptr, okAddr: usize): i64 {
  const x = load<i64>(o, INT_VALUE);
  if (x != I64.MIN_VALUE) { store<u8>(okAddr, 1); return x; }
  // the big form holds only -2^63 among i64 values
  const n = load<i32>(o, INT_NDIGITS);
  const ok = n == -2 && load<u64>(o, INT_DIGITS) == (<u64>1 << 63);
  store<u8>(okAddr, ok ? 1 : 0);
  return I64.MIN_VALUE;
}

// ---- + - * ----

/** (-1)^aNeg |a| + (-1)^bNeg |b| for views va, vb (bNeg given separately: subtraction flips it). */
function addViews(va: usize, vb: usize, bNeg: bool): Ptr {
  const aNeg = vNeg(va);
  let a = vD(va), na = vN(va), b = vD(vb), nb = vN(vb);
  if (aNeg == bNeg) {
    if (na < nb) { const t = a; a = b; b = t; const tn = na; na = nb; nb = tn; }
    const o = longAlloc(na + 1);
    if (o == 0) return 0;
    natAdd(o + INT_DIGITS, a, na, b, nb);
    return longFinish(o, na + 1, aNeg);
  }
  const c = natCmp(a, na, b, nb);
  if (c == 0) return intFromI64(0);
  let neg = aNeg;
  if (c < 0) { const t = a; a = b; b = t; const tn = na; na = nb; nb = tn; neg = bNeg; }
  const o = longAlloc(na);
  if (o == 0) return 0;
  natSub(o + INT_DIGITS, a, na, b, nb);
  return longFinish(o, na, neg);
}

export function longAdd(a: Ptr, b: Ptr): Ptr {
  viewOf(a, VA);
  viewOf(b, VB);
  return addViews(VA, VB, vNeg(VB));
}

export function longSub(a: Ptr, b: Ptr): Ptr {
  viewOf(a, VA);
  viewOf(b, VB);
  return addViews(VA, VB, !vNeg(VB));
}

export function longMul(a: Ptr, b: Ptr): Ptr {
  viewOf(a, VA);
  viewOf(b, VB);
  const na = vN(VA), nb = vN(VB);
  if (na == 0 || nb == 0) return intFromI64(0);
  const o = longAlloc(na + nb);
  if (o == 0) return 0;
  const da = vD(VA);
  const db = a == b ? da : vD(VB); // one array twice: natMul squares
  if (!natMul(o + INT_DIGITS, da, na, db, nb)) { objFree(o); return excNoMemory(); }
  return longFinish(o, na + nb, vNeg(VA) != vNeg(VB));
}

export function longNeg(a: Ptr): Ptr {
  viewOf(a, VA);
  return longFromView(VA, !vNeg(VA));
}

export function longAbs(a: Ptr): Ptr {
  viewOf(a, VA);
  return longFromView(VA, false);
}

/** A plain int with a's value (int(x) of a subclass instance, +x). */
export function longCopy(a: Ptr): Ptr {
  const x = load<i64>(a, INT_VALUE);
  if (x != I64.MIN_VALUE) return intFromI64(x);
  viewOf(a, VA);
  return longFromView(VA, vNeg(VA));
}

/** ~a = -(a + 1). */
export function longInvert(a: Ptr): Ptr {
  viewOf(a, VA);
  const n = vN(VA);
  const o = longAlloc(n + 1);
  if (o == 0) return 0;
  const r = o + INT_DIGITS;
  natCopy(r, vD(VA), n);
  store<u32>(r + (<usize>n << 2), 0);
  if (vNeg(VA)) {
    natDecr(r, n); // a < 0: ~a = |a| - 1 >= 0
    return longFinish(o, n, false);
  }
  natIncr(r, n + 1);
  return longFinish(o, n + 1, true);
}

/** r += 1 over n digits (the caller leaves room for the carry). */
function natIncr(r: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = r + (<usize>i << 2);
    const d = load<u32>(p) + 1;
    store<u32>(p, d);
    if (d != 0) return;
  }
}

/** r -= 1 over n digits (r > 0). */
function natDecr(r: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = r + (<usize>i << 2);
    const d = load<u32>(p);
    store<u32>(p, d - 1);
    if (d != 0) return;
  }
}

// ---- // % divmod ----

/**
 * Floor division of ints of any size, b != 0 (the caller raises ZeroDivisionError): stores a new
 * reference to a // b at qAddr and to a % b at rAddr (either address 0: not wanted). The
 * remainder has b's sign; from the truncated |a| = q0 |b| + r0, operands of different signs
 * with r0 != 0 give q = -(q0 + 1), r = (|b| - r0) with b's sign. Returns false on error.
 */
export function longDivmod(a: Ptr, b: Ptr, qAddr: usize, rAddr: usize): bool {
  viewOf(a, VA);
  viewOf(b, VB);
  const aNeg = vNeg(VA), bNeg = vNeg(VB);
  const da = vD(VA), db = vD(VB);
  const na = vN(VA), nb = vN(VB);
  const diffSign = aNeg != bNeg;
  if (qAddr == 0 && nb == 1 && !diffSign) {
    // a % small of the same sign: no object but the result
    const rem = natDivSmall(0, da, na, load<u32>(db));
    const r = longFromU64(<u64>rem, bNeg);
    if (r == 0) return false;
    store<Ptr>(rAddr, r);
    return true;
  }
  // the quotient only when wanted (a % b skips it), with one digit of room for q0 + 1
  const qn = qAddr == 0 ? 0 : na >= nb ? na - nb + 2 : 1;
  const q: Ptr = qAddr == 0 ? 0 : longAlloc(qn);
  if (qAddr != 0 && q == 0) return false;
  const r = longAlloc(nb);
  if (r == 0) { if (q != 0) objFree(q); return false; }
  const qd: usize = q != 0 ? q + INT_DIGITS : 0;
  const rd = r + INT_DIGITS;
  if (q != 0) natZero(qd, qn);
  let rn: i32;
  if (na < nb) {
    natCopy(rd, da, na);
    rn = na;
  } else if (nb == 1) {
    store<u32>(rd, natDivSmall(qd, da, na, load<u32>(db))); // qd 0: remainder only
    rn = 1;
  } else {
    if (!natDivRem(qd, rd, da, na, db, nb)) { if (q != 0) objFree(q); objFree(r); excNoMemory(); return false; }
    rn = nb;
  }
  rn = natNorm(rd, rn);
  if (diffSign && rn != 0) {
    if (q != 0) natIncr(qd, qn);
    natSub(rd, db, nb, rd, rn);
    rn = nb;
  }
  const rr = longFinish(r, rn, bNeg);
  if (q == 0) {
    if (rr == 0) return false;
    store<Ptr>(rAddr, rr);
    return true;
  }
  const qr = longFinish(q, qn, diffSign);
  if (qr == 0 || rr == 0) {
    if (qr != 0) decref(qr);
    if (rr != 0) decref(rr);
    return false;
  }
  if (qAddr != 0) store<Ptr>(qAddr, qr); else decref(qr);
  if (rAddr != 0) store<Ptr>(rAddr, rr); else decref(rr);
  return true;
}

const divOut: usize = memory.data(8);

/** a // b (b != 0). */
export function longFloorDiv(a: Ptr, b: Ptr): Ptr {
  return longDivmod(a, b, divOut, 0) ? load<Ptr>(divOut) : 0;
}

/** a % b (b != 0). */
export function longMod(a: Ptr, b: Ptr): Ptr {
  return longDivmod(a, b, 0, divOut) ? load<Ptr>(divOut) : 0;
}

// ---- shifts ----

/** a << n for n >= 0 (n in bits). MemoryError when the result could not exist. */
export function longLshift(a: Ptr, n: u64): Ptr {
  viewOf(a, VA);
  const na = vN(VA);
  if (na == 0) return intFromI64(0);
  const words = n >> 5;
  if (words >= <u64>LONG_MAX_DIGITS) return excNoMemory();
  const w = <i32>words;
  const rn = na + w + 1;
  const o = longAlloc(rn);
  if (o == 0) return 0;
  const r = o + INT_DIGITS;
  natZero(r, w);
  const top = natShl(r + (<usize>w << 2), vD(VA), na, <u32>(n & 31));
  store<u32>(r + (<usize>(na + w) << 2), top);
  return longFinish(o, rn, vNeg(VA));
}

/**
 * The error for a << b whose result cannot exist here (more than LONG_MAX_DIGITS digits), as
 * CPython 3.11 words it: OverflowError "too many digits in integer" once the result's count of
 * 30-bit digits passes _PyLong_New's MAX_LONG_DIGITS (a shift count beyond Py_ssize_t is first
 * cut down to that), MemoryError below it (CPython would try, and fail, to allocate).
 */
export function longLshiftTooLarge(a: Ptr, b: Ptr): Ptr {
  const MAX_LONG_DIGITS: u64 = 2305843009213693945; // (PY_SSIZE_T_MAX - 24) / 4
  const thirty = intFromI64(30);
  if (thirty == 0) return 0;
  const ok = longDivmod(b, thirty, divOut, divOut + 4);
  decref(thirty);
  if (!ok) return 0;
  const w = load<Ptr>(divOut), rem = load<Ptr>(divOut, 4);
  const wv = load<i64>(w, INT_VALUE); // I64.MIN_VALUE when beyond i64: clipped, too many
  const remNonzero = load<i64>(rem, INT_VALUE) != 0;
  decref(w);
  decref(rem);
  const size30 = (longBitLength(a) + 29) / 30;
  if (wv == I64.MIN_VALUE || <u64>wv + size30 + (remNonzero ? 1 : 0) > MAX_LONG_DIGITS) {
    return excSetString(excOverflowError, 'too many digits in integer');
  }
  return excNoMemory();
}

/** a >> n for n >= 0, rounding towards negative infinity (so -1 >> n == -1). */
export function longRshift(a: Ptr, n: u64): Ptr {
  viewOf(a, VA);
  const na = vN(VA);
  const neg = vNeg(VA);
  if (n >= (<u64>na << 5)) return intFromI64(neg ? -1 : 0);
  const w = <i32>(n >> 5);
  const rn = na - w;
  const o = longAlloc(rn + 1);
  if (o == 0) return 0;
  const r = o + INT_DIGITS;
  const d = vD(VA);
  let lost = natShr(r, d + (<usize>w << 2), rn, <u32>(n & 31)) != 0;
  for (let i = 0; i < w && !lost; i++) lost = load<u32>(d + (<usize>i << 2)) != 0;
  store<u32>(r + (<usize>rn << 2), 0);
  // floor for negatives: -(ceil(|a| / 2^n))
  if (neg && lost) natIncr(r, rn + 1);
  return longFinish(o, rn + 1, neg);
}

// ---- & | ^ ----

@inline export const BIT_AND: i32 = 0;
@inline export const BIT_OR: i32 = 1;
@inline export const BIT_XOR: i32 = 2;

/**
 * a & b, a | b, a ^ b on the infinite two's complement: a negative x reads as the digits of
 * ~(|x| - 1) followed by all ones. One digit more than the longer operand holds the result's
 * sign; a negative result is turned back into a magnitude as ~r + 1.
 */
export function longBitwise(a: Ptr, b: Ptr, op: i32): Ptr {
  viewOf(a, VA);
  viewOf(b, VB);
  const na = vN(VA), nb = vN(VB);
  const aNeg = vNeg(VA), bNeg = vNeg(VB);
  const da = vD(VA), db = vD(VB);
  const n = (na > nb ? na : nb) + 1;
  const o = longAlloc(n);
  if (o == 0) return 0;
  const r = o + INT_DIGITS;
  let borrowA: i64 = aNeg ? 1 : 0, borrowB: i64 = bNeg ? 1 : 0;
  for (let i = 0; i < n; i++) {
    let x: u32 = i < na ? load<u32>(da + (<usize>i << 2)) : 0;
    let y: u32 = i < nb ? load<u32>(db + (<usize>i << 2)) : 0;
    if (aNeg) { const t = <i64>x - borrowA; borrowA = t < 0 ? 1 : 0; x = ~<u32>t; }
    if (bNeg) { const t = <i64>y - borrowB; borrowB = t < 0 ? 1 : 0; y = ~<u32>t; }
    store<u32>(r + (<usize>i << 2), op == BIT_AND ? x & y : op == BIT_OR ? x | y : x ^ y);
  }
  const neg = op == BIT_AND ? aNeg && bNeg : op == BIT_OR ? aNeg || bNeg : aNeg != bNeg;
  if (neg) {
    let carry: u64 = 1;
    for (let i = 0; i < n; i++) {
      const p = r + (<usize>i << 2);
      carry += 0xFFFFFFFF - <u64>load<u32>(p); // ~d, formed in u64 (asc widens a u32 ~ wrongly)
      store<u32>(p, <u32>carry);
      carry >>= 32;
    }
  }
  return longFinish(o, n, neg);
}

// ---- ** ----

/** Does o's magnitude have exactly one bit set? Returns its position, or -1. */
function powerOfTwo(o: Ptr): i64 {
  viewOf(o, VA);
  const n = vN(VA);
  if (n == 0) return -1;
  const d = vD(VA);
  for (let i = 0; i < n - 1; i++) if (load<u32>(d + (<usize>i << 2)) != 0) return -1;
  const top = load<u32>(d + (<usize>(n - 1) << 2));
  if (popcnt<u32>(top) != 1) return -1;
  return (<i64>(n - 1) << 5) + <i64>ctz<u32>(top);
}

/**
 * a ** b for ints, b >= 0: left-to-right binary exponentiation (the squarings go through
 * natMul's squaring path). A base of 0, 1 or -1 takes any exponent; a power of two is a shift;
 * anything whose result would exceed LONG_MAX_DIGITS is MemoryError at once.
 */
export function longPow(a: Ptr, b: Ptr): Ptr {
  viewOf(b, VB);
  const nb = vN(VB);
  const eFits = nb <= 2;
  const e: u64 = nb == 0 ? 0 : nb == 1 ? <u64>load<u32>(vD(VB)) : eFits ? load<u64>(vD(VB)) : 0;
  const odd = nb > 0 && (load<u32>(vD(VB)) & 1) != 0;
  viewOf(a, VA);
  const n = vN(VA);
  const neg = vNeg(VA);
  if (n == 0) return intFromI64(nb == 0 ? 1 : 0);
  if (n == 1 && load<u32>(vD(VA)) == 1) return intFromI64(neg && odd ? -1 : 1);
  if (!eFits) return excNoMemory();
  if (e == 0) return intFromI64(1);
  // bit length of the result is at least (bits(a) - 1) * e + 1
  const bits = natBitLength(vD(VA), n);
  if (e > (<u64>LONG_MAX_DIGITS << 5) / (bits - 1 > 0 ? bits - 1 : 1)) return excNoMemory();
  const k = powerOfTwo(a);
  if (k >= 0) {
    const one = intFromI64(neg && odd ? -1 : 1);
    if (one == 0) return 0;
    const r = longLshift(one, <u64>k * e);
    decref(one);
    return r;
  }
  let r = longCopy(a);
  if (r == 0) return 0;
  for (let bit = 62 - <i32>clz<u64>(e); bit >= 0; bit--) {
    let t = longMul(r, r);
    decref(r);
    if (t == 0) return 0;
    r = t;
    if ((e >> <u64>bit) & 1) {
      t = longMul(r, a);
      decref(r);
      if (t == 0) return 0;
      r = t;
    }
  }
  return r;
}

/** (x * y) % m for u32 values: one u64 product. */
@inline function mulMod32(x: u64, y: u64, m: u64): u64 { return (x * y) % m; }

/**
 * pow(a, b, m) for ints, m != 0 (CPython 3.11's long_pow with a modulus): the result has m's
 * sign; |m| == 1 gives 0; a negative exponent uses the inverse of a modulo |m| ("base is not
 * invertible for the given modulus" when there is none). Exponents of any size: square and
 * multiply over b's bits, reducing after each product; a modulus below 2^32 stays in u64
 * arithmetic.
 */
export function longPowMod(a: Ptr, b: Ptr, m: Ptr): Ptr {
  const mNeg = longSign(m) < 0;
  const mod = longAbs(m);
  if (mod == 0) return 0;
  let result: Ptr = 0;
  let base: Ptr = 0, exp: Ptr = 0;
  if (longSign(mod) == 1 && load<i64>(mod, INT_VALUE) == 1) {
    result = intFromI64(0);
  } else {
    // exp = |b|, base = a (or its inverse) reduced into [0, mod)
    if (longSign(b) < 0) {
      exp = longNeg(b);
      base = exp != 0 ? longInvMod(a, mod) : 0;
    } else {
      exp = longCopy(b);
      base = exp != 0 ? longMod(a, mod) : 0;
    }
    if (base != 0) result = powModReduced(base, exp, mod);
  }
  if (base != 0) decref(base);
  if (exp != 0) decref(exp);
  if (result != 0 && mNeg && longSign(result) != 0) {
    const t = longSub(result, mod);
    decref(result);
    result = t;
  }
  decref(mod);
  return result;
}

/** base ** exp % mod for 0 <= base < mod, exp >= 0, mod >= 2. */
function powModReduced(base: Ptr, exp: Ptr, mod: Ptr): Ptr {
  viewOf(exp, VB);
  const ne = vN(VB);
  if (ne == 0) return intFromI64(1);
  // the exponent's digits outlive the views the products load: copy them
  const ed = heapAlloc(<usize>ne << 2);
  if (ed == 0) return excNoMemory();
  natCopy(ed, vD(VB), ne);
  const top = 31 - <i32>clz<u32>(load<u32>(ed + (<usize>(ne - 1) << 2)));
  let r: Ptr;
  const mv = load<i64>(mod, INT_VALUE);
  if (mv != I64.MIN_VALUE && mv <= 0xFFFFFFFF) {
    const m = <u64>mv, x = <u64>load<i64>(base, INT_VALUE);
    let acc: u64 = 1 % m;
    for (let i = ne - 1; i >= 0; i--) {
      const dgt = load<u32>(ed + (<usize>i << 2));
      for (let bit = i == ne - 1 ? top : 31; bit >= 0; bit--) {
        acc = mulMod32(acc, acc, m);
        if ((dgt >> <u32>bit) & 1) acc = mulMod32(acc, x, m);
      }
    }
    r = intFromI64(<i64>acc);
  } else {
    r = powModDigits(base, ed, ne, top, mod);
  }
  heapFree(ed);
  return r;
}

/**
 * powModReduced for a modulus of two digits or more, on digit arrays: the running value, the
 * base and the modulus are copied into one work block with room for a double-length product,
 * and each step is natMul then natDivRem's remainder, with no int objects in the loop.
 */
function powModDigits(base: Ptr, ed: usize, ne: i32, top: i32, mod: Ptr): Ptr {
  viewOf(mod, VA);
  const nm = vN(VA); // >= 2
  const work = heapAlloc(<usize>(5 * nm) << 2);
  if (work == 0) return excNoMemory();
  const m = work, acc = work + (<usize>nm << 2), b = work + (<usize>(2 * nm) << 2);
  const prod = work + (<usize>(3 * nm) << 2); // 2 nm digits
  natCopy(m, vD(VA), nm);
  viewOf(base, VB);
  const nb = vN(VB); // base < mod: nb <= nm
  natCopy(b, vD(VB), nb);
  store<u32>(acc, 1);
  let na = 1;
  let ok = true;
  for (let i = ne - 1; i >= 0 && ok; i--) {
    const dgt = load<u32>(ed + (<usize>i << 2));
    for (let bit = i == ne - 1 ? top : 31; bit >= 0 && ok; bit--) {
      ok = natMul(prod, acc, na, acc, na);
      if (ok) { na = reduceInto(acc, prod, 2 * na, m, nm); ok = na >= 0; }
      if (ok && ((dgt >> <u32>bit) & 1) != 0) {
        ok = natMul(prod, acc, na, b, nb);
        if (ok) { na = reduceInto(acc, prod, na + nb, m, nm); ok = na >= 0; }
      }
    }
  }
  let r: Ptr = 0;
  if (!ok) excNoMemory();
  else {
    r = longAlloc(na);
    if (r != 0) {
      natCopy(r + INT_DIGITS, acc, na);
      r = longFinish(r, na, false);
    }
  }
  heapFree(work);
  return r;
}

/** acc = p mod m (p has n digits, possibly with leading zeros; m normalized, nm >= 2): the
 *  remainder's length, or -1 when the heap is exhausted. */
function reduceInto(acc: usize, p: usize, n: i32, m: usize, nm: i32): i32 {
  n = natNorm(p, n);
  if (natCmp(p, n, m, nm) < 0) { natCopy(acc, p, n); return n; }
  if (!natDivRem(0, acc, p, n, m, nm)) return -1;
  return natNorm(acc, nm);
}

/** The inverse of a modulo mod (mod >= 2) in [0, mod): extended Euclid on (a mod mod, mod).
 *  ValueError when gcd(a, mod) != 1, with CPython's message. */
export function longInvMod(a: Ptr, mod: Ptr): Ptr {
  // invariant: oldS * a = oldR and s * a = r (mod mod)
  let oldR = longMod(a, mod);
  if (oldR == 0) return 0;
  let r = longCopy(mod);
  let oldS = intFromI64(1), s = intFromI64(0);
  let ok = r != 0 && oldS != 0 && s != 0;
  while (ok && longSign(r) != 0) {
    ok = longDivmod(oldR, r, divOut, divOut + 4);
    if (!ok) break;
    const q = load<Ptr>(divOut), rem = load<Ptr>(divOut, 4);
    decref(oldR);
    oldR = r;
    r = rem;
    const qs = longMul(q, s);
    decref(q);
    if (qs == 0) { ok = false; break; }
    const ns = longSub(oldS, qs);
    decref(qs);
    if (ns == 0) { ok = false; break; }
    decref(oldS);
    oldS = s;
    s = ns;
  }
  let res: Ptr = 0;
  if (ok) {
    if (load<i64>(oldR, INT_VALUE) != 1) excSetString(excValueError, 'base is not invertible for the given modulus');
    else res = longMod(oldS, mod);
  }
  if (oldR != 0) decref(oldR);
  if (r != 0) decref(r);
  if (oldS != 0) decref(oldS);
  if (s != 0) decref(s);
  return res;
}

// ---- floats ----

/** 2^e as a double for -1022 <= e <= 1023 (built from its bits: exact). */
@inline function pow2(e: i32): f64 { return reinterpret<f64>(<u64>(1023 + e) << 52); }

/** x * 2^e without intermediate rounding while x * 2^e is representable (ldexp). */
function ldexp(x: f64, e: i32): f64 {
  while (e > 1023) { x *= pow2(1023); e -= 1023; }
  while (e < -1022) { x *= pow2(-1022); e += 1022; }
  return x * pow2(e);
}

/**
 * int o as the nearest double (ties to even). OverflowError "int too large to convert to float"
 * beyond the double range: returns -1.0 with the exception set (test excOccurred()). The top 64
 * bits with a sticky bit for everything below make u64 -> f64 round once, at the right place.
 */
export function longToF64(o: Ptr): f64 {
  const x = load<i64>(o, INT_VALUE);
  if (x != I64.MIN_VALUE) return <f64>x;
  viewOf(o, VA);
  const n = vN(VA), d = vD(VA);
  const bits = natBitLength(d, n); // > 63
  if (bits > 1024) return overflowToFloat();
  const shift = <i32>bits - 64;
  let top: u64 = load<u64>(d); // n == 2 when bits == 64
  if (shift > 0) {
    top = natBitsAt(d, n, <u64>shift);
    if (natAnyBitsBelow(d, n, <u64>shift)) top |= 1;
  }
  let r = <f64>top;
  if (shift > 0) r = ldexp(r, shift);
  if (!isFinite(r)) return overflowToFloat();
  return vNeg(VA) ? -r : r;
}

@noinline function overflowToFloat(): f64 {
  excSetString(excOverflowError, 'int too large to convert to float');
  return -1.0;
}

/** The int of the integral double t with |t| >= 2^63 (int(1e300) is exact). */
export function longFromF64(t: f64): Ptr {
  const bits = reinterpret<u64>(t);
  const exp = <i32>((bits >> 52) & 0x7FF) - 1075; // t = m * 2^exp, exp >= 11 here
  const m = (bits & 0xFFFFFFFFFFFFF) | (<u64>1 << 52);
  const w = exp >> 5, s = <u64>(exp & 31);
  const n = w + 3;
  const o = longAlloc(n);
  if (o == 0) return 0;
  const r = o + INT_DIGITS;
  natZero(r, n);
  store<u64>(r + (<usize>w << 2), m << s);
  store<u32>(r + (<usize>(w + 2) << 2), s != 0 ? <u32>(m >> (64 - s)) : 0);
  return longFinish(o, n, t < 0);
}

/** Compares int o with the double x exactly (x not nan): -1, 0, 1. */
export function longCompareF64(o: Ptr, x: f64): i32 {
  const v = load<i64>(o, INT_VALUE);
  if (v != I64.MIN_VALUE) {
    if (x >= 9.223372036854775808e18) return -1;
    if (x < -9.223372036854775808e18) return 1;
    const fl = Math.floor(x);
    const xi = <i64>fl; // exact: fl is integral and within i64
    if (v < xi) return -1;
    if (v > xi) return 1;
    return x > fl ? -1 : 0;
  }
  // o is big: |o| >= 2^63
  const neg = load<i32>(o, INT_NDIGITS) < 0;
  if (neg != (x < 0)) return neg ? -1 : 1; // x == 0 lands here too
  let c: i32; // |o| <=> |x|
  const ax = Math.abs(x);
  if (!isFinite(ax)) c = -1;
  else if (ax < 9.223372036854775808e18) c = 1;
  else {
    // |x| = m * 2^e, an integer of 53 + e bits: compare bit lengths, then |o| >> e with m
    const e = <u64>((reinterpret<u64>(ax) >> 52) & 0x7FF) - 1075;
    const m = (reinterpret<u64>(ax) & 0xFFFFFFFFFFFFF) | (<u64>1 << 52);
    viewOf(o, VA);
    const d = vD(VA), n = vN(VA);
    const obits = natBitLength(d, n);
    if (obits != e + 53) c = obits > e + 53 ? 1 : -1;
    else {
      const t = natBitsAt(d, n, e);
      c = t != m ? (t > m ? 1 : -1) : natAnyBitsBelow(d, n, e) ? 1 : 0;
    }
  }
  return neg ? -c : c;
}

/**
 * a / b for ints (CPython's long_true_divide): correctly rounded, ties to even, subnormal
 * results included. Operands of up to 53 bits divide as doubles (each exact, one rounding);
 * otherwise the quotient is formed as an integer with 2 or 3 bits beyond the 53 (or fewer
 * significant ones for a subnormal result) plus a sticky bit for every bit lost, rounded by
 * hand, and scaled by a power of two. OverflowError "integer division result too large for a
 * float"; b == 0 raises ZeroDivisionError "division by zero".
 */
export function longTrueDiv(a: Ptr, b: Ptr): Ptr {
  viewOf(a, VA);
  viewOf(b, VB);
  const na = vN(VA), nb = vN(VB);
  if (nb == 0) return excSetString(excZeroDivisionError, 'division by zero');
  const neg = vNeg(VA) != vNeg(VB);
  if (na == 0) return floatFromF64(neg ? -0.0 : 0.0);
  const da = vD(VA), db = vD(VB);
  const abits = <i64>natBitLength(da, na), bbits = <i64>natBitLength(db, nb);
  if (abits <= 53 && bbits <= 53) {
    // both compact, so their views hold two digits each: one u64 load
    const q = <f64>load<u64>(da) / <f64>load<u64>(db);
    return floatFromF64(neg ? -q : q);
  }
  const diff = abits - bbits;
  if (diff > 1024) return excSetString(excOverflowError, 'integer division result too large for a float');
  if (diff < -1021 - 53 - 1) return floatFromF64(neg ? -0.0 : 0.0);
  // shift so that |a| / |b| * 2^-shift has 55 or 56 bits (fewer for subnormal results)
  const shift = <i32>((diff > -1021 ? diff : -1021) - 53 - 2);
  // x = |a| * 2^-shift, truncated (inexact records any lost bit)
  let inexact = false;
  let nx: i32;
  const xbuf = heapAlloc(<usize>(na + (shift < 0 ? ((-shift) >> 5) + 1 : 0) + 1) << 2);
  if (xbuf == 0) return excNoMemory();
  if (shift <= 0) {
    const w = (-shift) >> 5;
    natZero(xbuf, w);
    store<u32>(xbuf + (<usize>(na + w) << 2), natShl(xbuf + (<usize>w << 2), da, na, <u32>((-shift) & 31)));
    nx = natNorm(xbuf, na + w + 1);
  } else {
    const w = shift >> 5;
    inexact = natShr(xbuf, da + (<usize>w << 2), na - w, <u32>(shift & 31)) != 0;
    for (let i = 0; i < w && !inexact; i++) inexact = load<u32>(da + (<usize>i << 2)) != 0;
    nx = natNorm(xbuf, na - w);
  }
  // q = x // |b| (at most 57 bits), inexact |= remainder != 0
  let q: u64 = 0;
  if (nx >= nb) {
    if (nb == 1) {
      inexact = natDivSmall(xbuf, xbuf, nx, load<u32>(db)) != 0 || inexact;
      q = nx > 1 ? load<u64>(xbuf) : <u64>load<u32>(xbuf);
    } else {
      const qn = nx - nb + 1;
      const tmp = heapAlloc(<usize>(qn + nb + 1) << 2);
      if (tmp == 0) { heapFree(xbuf); return excNoMemory(); }
      if (!natDivRem(tmp, tmp + (<usize>(qn + 1) << 2), xbuf, nx, db, nb)) {
        heapFree(tmp); heapFree(xbuf); return excNoMemory();
      }
      store<u32>(tmp + (<usize>qn << 2), 0);
      q = qn > 1 ? load<u64>(tmp) : <u64>load<u32>(tmp);
      if (natNorm(tmp + (<usize>(qn + 1) << 2), nb) != 0) inexact = true;
      heapFree(tmp);
    }
  } else {
    inexact = inexact || nx != 0;
  }
  heapFree(xbuf);
  // round away the extra bits by hand (half to even, inexact as sticky)
  const xbits = <i32>(64 - clz<u64>(q));
  const lowLimit = -1021 - shift;
  const extra = (xbits > lowLimit ? xbits : lowLimit) - 53; // 2 or 3
  const mask: u64 = <u64>1 << <u64>(extra - 1);
  let low = q | (inexact ? 1 : 0);
  if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) low += mask;
  q = low & ~(2 * mask - 1);
  const dx = <f64>q; // exact: at most 53 significant bits left
  if (shift + xbits >= 1024 && (shift + xbits > 1024 || dx == ldexp(1.0, xbits))) {
    return excSetString(excOverflowError, 'integer division result too large for a float');
  }
  const r = ldexp(dx, shift);
  return floatFromF64(neg ? -r : r);
}
