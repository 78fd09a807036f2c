// === math's integer functions: gcd, lcm, isqrt, factorial, comb, perm, and prod ===
//
// Each works on i64 values while operands and results fit, and otherwise falls back to the
// generic number protocol (binaryOp on int objects), which is exact at any size once big ints
// exist; until then an intermediate result beyond 64 bits raises int.ts's OverflowError
// ("integer result out of range"). The fallbacks are written so that they need no change when
// the big form lands: they only read an int's value through intIsCompact/intValue, its sign and
// bit length through the documented big layout (docs/architecture.md §2), and compute with
// binaryOp.
//
// Products of many factors (factorial, perm, comb) are split in halves (binary splitting), so
// big operands stay balanced, and each leaf multiplies machine words until they would overflow.

import { Ptr } from '../common';
import { decref, newref, xdecref, objType } from '../object/header';
import { strEqLiteral } from '../object/str';
import { tupleSize, tupleItem } from '../object/tuple';
import { intType, intValue, intFromI64 } from '../object/int';
import { objGetIter, objIterNext, binaryOp, objIndex, objRichCompareBool } from '../object/abstract';
import { excFormat, excSetString, excOccurred, excTypeError, excValueError, excOverflowError } from '../vm/exc';
import * as nb from '../opcodes.gen';
import { modNoKw, modExactlyOne, modPositional } from './args';

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

// ---- reading ints of any size ----

@inline export const INT_NDIGITS: usize = 16; // big form: i32 signed count of u32 digits (least significant first)
@inline export const INT_DIGITS: usize = 20;

/** Does the int hold its value in the compact i64 form? */
@inline export function intIsCompact(o: Ptr): bool { return intValue(o) != I64.MIN_VALUE; }

/** -1, 0 or 1: the sign of any int. */
export function intSignOf(o: Ptr): i32 {
  if (intIsCompact(o)) { const v = intValue(o); return v < 0 ? -1 : v > 0 ? 1 : 0; }
  const n = load<i32>(o, INT_NDIGITS);
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** abs(o).bit_length() for any int. */
export function intBitLength(o: Ptr): i64 {
  if (intIsCompact(o)) {
    const v = intValue(o);
    return 64 - <i64>clz<u64>(v < 0 ? <u64>(0 - v) : <u64>v);
  }
  const sz = load<i32>(o, INT_NDIGITS);
  const n: i32 = sz < 0 ? -sz : sz;
  return <i64>(n - 1) * 32 + <i64>(32 - clz(load<u32>(o + INT_DIGITS + (<usize>(n - 1) << 2))));
}

/** operator.index(o) as an exact int (a bool or an int subclass becomes a plain int, as
 *  CPython's PyNumber_Index makes it). New reference, 0 on error. */
function indexExact(o: Ptr): Ptr {
  const r = objIndex(o);
  if (r == 0 || objType(r) == intType || !intIsCompact(r)) return r;
  const c = intFromI64(intValue(r));
  decref(r);
  return c;
}

// ---- generic arithmetic on int objects (steal nothing, return new references) ----

function objMul(a: Ptr, b: Ptr): Ptr { return binaryOp(a, b, <i32>nb.NB_MULTIPLY); }
function objFloorDiv(a: Ptr, b: Ptr): Ptr { return binaryOp(a, b, <i32>nb.NB_FLOOR_DIVIDE); }
function objMod(a: Ptr, b: Ptr): Ptr { return binaryOp(a, b, <i32>nb.NB_REMAINDER); }

/** a op v for a machine integer v. */
function objOpI64(a: Ptr, v: i64, op: u32): Ptr {
  const b = intFromI64(v);
  if (b == 0) return 0;
  const r = binaryOp(a, b, <i32>op);
  decref(b);
  return r;
}

function objAbs(a: Ptr): Ptr {
  if (intSignOf(a) >= 0) return newref(a);
  const z = intFromI64(0);
  const r = binaryOp(z, a, <i32>nb.NB_SUBTRACT);
  decref(z);
  return r;
}

/** a * b for non-negative a, b, or -1 when it exceeds i64. */
@inline function mulFits(a: i64, b: i64): i64 {
  if (a == 0 || b == 0) return 0;
  return a > I64.MAX_VALUE / b ? -1 : a * b;
}

// ---- gcd and lcm ----

function gcdU64(a: u64, b: u64): u64 {
  while (b != 0) { const t = a % b; a = b; b = t; }
  return a;
}

/** gcd(a, b) >= 0 of two exact ints. New reference. */
function gcdOf(a: Ptr, b: Ptr): Ptr {
  if (intIsCompact(a) && intIsCompact(b)) {
    const x = intValue(a), y = intValue(b);
    // |v| <= 2^63 - 1 for every compact value, so the result fits
    return intFromI64(<i64>gcdU64(x < 0 ? <u64>(0 - x) : <u64>x, y < 0 ? <u64>(0 - y) : <u64>y));
  }
  // Euclid's algorithm on objects
  let x = objAbs(a);
  if (x == 0) return 0;
  let y = objAbs(b);
  if (y == 0) { decref(x); return 0; }
  while (intSignOf(y) != 0) {
    const r = objMod(x, y);
    decref(x);
    if (r == 0) { decref(y); return 0; }
    x = y;
    y = r;
  }
  decref(y);
  return x;
}

/** gcd(*integers): 0 for none; every argument goes through __index__. */
export function math_gcd(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoKw('math.gcd', kwnames)) return 0;
  if (nargs == 0) return intFromI64(0);
  let res = indexExact(arg(args, 0));
  if (res == 0) return 0;
  if (nargs == 1) { const r = objAbs(res); decref(res); return r; }
  for (let i: i32 = 1; i < nargs; i++) {
    const x = indexExact(arg(args, i));
    if (x == 0) { decref(res); return 0; }
    if (intIsCompact(res) && intValue(res) == 1) { decref(x); continue; } // only check the rest
    const g = gcdOf(res, x);
    decref(x);
    decref(res);
    if (g == 0) return 0;
    res = g;
  }
  return res;
}

/** lcm(a, b) >= 0 of two exact ints: a // gcd * b, made non-negative. New reference. */
function lcmOf(a: Ptr, b: Ptr): Ptr {
  if (intSignOf(a) == 0 || intSignOf(b) == 0) return intFromI64(0);
  const g = gcdOf(a, b);
  if (g == 0) return 0;
  if (intIsCompact(a) && intIsCompact(b) && intIsCompact(g)) {
    const x = intValue(a), y = intValue(b);
    const f = (x < 0 ? -x : x) / intValue(g);
    const m = mulFits(f, y < 0 ? -y : y);
    if (m >= 0) { decref(g); return intFromI64(m); }
  }
  const f = objFloorDiv(a, g);
  decref(g);
  if (f == 0) return 0;
  const m = objMul(f, b);
  decref(f);
  if (m == 0) return 0;
  const r = objAbs(m);
  decref(m);
  return r;
}

/** lcm(*integers): 1 for none. */
export function math_lcm(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoKw('math.lcm', kwnames)) return 0;
  if (nargs == 0) return intFromI64(1);
  let res = indexExact(arg(args, 0));
  if (res == 0) return 0;
  if (nargs == 1) { const r = objAbs(res); decref(res); return r; }
  for (let i: i32 = 1; i < nargs; i++) {
    const x = indexExact(arg(args, i));
    if (x == 0) { decref(res); return 0; }
    if (intSignOf(res) == 0) { decref(x); continue; } // only check the rest
    const l = lcmOf(res, x);
    decref(x);
    decref(res);
    if (l == 0) return 0;
    res = l;
  }
  return res;
}

// ---- isqrt ----

/** floor(sqrt(n)) for 0 <= n < 2^63: the double's square root is within one of it. */
function isqrtU64(n: u64): u64 {
  let s = <u64>Math.sqrt(<f64>n);
  while (s * s > n) s--; // s <= 2^31.5: s * s cannot overflow
  while ((s + 1) * (s + 1) <= n) s++;
  return s;
}

export function math_isqrt(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.isqrt', nargs, kwnames)) return 0;
  const n = indexExact(arg(args, 0));
  if (n == 0) return 0;
  if (intSignOf(n) < 0) { decref(n); return excSetString(excValueError, 'isqrt() argument must be nonnegative'); }
  if (intIsCompact(n)) {
    const r = intFromI64(<i64>isqrtU64(<u64>intValue(n)));
    decref(n);
    return r;
  }
  // Newton's iteration from above: x = 2**ceil(bits/2) >= sqrt(n), then x = (x + n // x) // 2
  // decreases strictly until it reaches floor(sqrt(n)).
  const one = intFromI64(1);
  let x = objOpI64(one, (intBitLength(n) + 1) >> 1, nb.NB_LSHIFT);
  decref(one);
  while (x != 0) {
    const q = objFloorDiv(n, x);
    if (q == 0) { decref(x); x = 0; break; }
    const s = binaryOp(x, q, <i32>nb.NB_ADD);
    decref(q);
    if (s == 0) { decref(x); x = 0; break; }
    const y = objOpI64(s, 1, nb.NB_RSHIFT);
    decref(s);
    if (y == 0) { decref(x); x = 0; break; }
    const c = objRichCompareBool(y, x, 0 /* < */);
    if (c <= 0) { decref(y); if (c < 0) { decref(x); x = 0; } break; }
    decref(x);
    x = y;
  }
  decref(n);
  return x;
}

// ---- factorial, perm, comb ----

/** n * (n-1) * ... * (n-k+1) for an exact int n >= 0 and 0 <= k (k <= n when n is compact).
 *  New reference. */
function fallingProduct(n: Ptr, k: i64): Ptr {
  if (k == 0) return intFromI64(1);
  if (k == 1) return newref(n);
  if (intIsCompact(n)) {
    // multiply machine words while they fit
    const top = intValue(n);
    let p: i64 = 1;
    let i: i64 = 0;
    for (; i < k; i++) {
      const q = mulFits(p, top - i);
      if (q < 0) break;
      p = q;
    }
    if (i == k) return intFromI64(p);
  }
  // split: P(n, k) = P(n, j) * P(n - j, k - j)
  const j = k >> 1;
  const a = fallingProduct(n, j);
  if (a == 0) return 0;
  const nj = objOpI64(n, j, nb.NB_SUBTRACT);
  if (nj == 0) { decref(a); return 0; }
  const b = fallingProduct(nj, k - j);
  decref(nj);
  if (b == 0) { decref(a); return 0; }
  const r = objMul(a, b);
  decref(a);
  decref(b);
  return r;
}

/** C(n, k) for compact 0 <= k <= n/2, or -1 when it exceeds i64. The running value
 *  C(n-k+i, i) grows with i, so it fits whenever the result does. */
function combI64(n: i64, k: i64): i64 {
  let c: i64 = 1;
  for (let i: i64 = 1; i <= k; i++) {
    // c * m / i is exact; dividing i's common factor out of c first keeps the product small
    const m = n - k + i;
    const g = <i64>gcdU64(<u64>c, <u64>i);
    const r = mulFits(c / g, m / (i / g));
    if (r < 0) return -1;
    c = r;
  }
  return c;
}

export function math_factorial(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.factorial', nargs, kwnames)) return 0;
  return factorialOf(arg(args, 0));
}

function factorialOf(o: Ptr): Ptr {
  const n = indexExact(o);
  if (n == 0) return 0;
  const s = intSignOf(n);
  if (!intIsCompact(n) && s > 0) {
    decref(n);
    return excSetString(excOverflowError, 'factorial() argument should not exceed 9223372036854775807');
  }
  if (s < 0) { decref(n); return excSetString(excValueError, 'factorial() not defined for negative values'); }
  const r = fallingProduct(n, intValue(n));
  decref(n);
  return r;
}

/** perm(n, k=None): n! / (n-k)!; perm(n) is factorial(n). */
export function math_perm(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('math.perm', nargs, kwnames, 1, 2)) return 0;
  if (nargs == 1 || arg(args, 1) == Py_None) return factorialOf(arg(args, 0));
  const n = indexExact(arg(args, 0));
  if (n == 0) return 0;
  const k = indexExact(arg(args, 1));
  if (k == 0) { decref(n); return 0; }
  let r: Ptr = 0;
  if (intSignOf(n) < 0) r = excSetString(excValueError, 'n must be a non-negative integer');
  else if (intSignOf(k) < 0) r = excSetString(excValueError, 'k must be a non-negative integer');
  else if (intIsCompact(n)) {
    // k > n (a big k included) gives 0
    r = !intIsCompact(k) || intValue(k) > intValue(n) ? intFromI64(0) : fallingProduct(n, intValue(k));
  } else if (!intIsCompact(k)) {
    r = excSetString(excOverflowError, 'k must not exceed 9223372036854775807');
  } else {
    r = fallingProduct(n, intValue(k));
  }
  decref(n);
  decref(k);
  return r;
}

/** comb(n, k): n! / (k! (n-k)!), 0 when k > n. */
export function math_comb(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('math.comb', nargs, kwnames, 2, 2)) return 0;
  const n = indexExact(arg(args, 0));
  if (n == 0) return 0;
  let k = indexExact(arg(args, 1));
  if (k == 0) { decref(n); return 0; }
  let r: Ptr = 0;
  if (intSignOf(n) < 0) r = excSetString(excValueError, 'n must be a non-negative integer');
  else if (intSignOf(k) < 0) r = excSetString(excValueError, 'k must be a non-negative integer');
  else if (intIsCompact(n)) {
    const ni = intValue(n);
    if (!intIsCompact(k) || intValue(k) > ni) r = intFromI64(0);
    else {
      let ki = intValue(k);
      if (ni - ki < ki) ki = ni - ki;
      if (ki <= 1) r = ki == 0 ? intFromI64(1) : newref(n);
      else {
        const c = combI64(ni, ki);
        r = c >= 0 ? intFromI64(c) : combGeneric(n, ki);
      }
    }
  } else {
    // k = min(k, n - k); that must fit in i64
    const d = binaryOp(n, k, <i32>nb.NB_SUBTRACT);
    if (d != 0) {
      if (intSignOf(d) < 0) r = intFromI64(0);
      else {
        const lt = objRichCompareBool(d, k, 0 /* < */);
        if (lt > 0) { decref(k); k = newref(d); }
        if (lt >= 0) {
          if (!intIsCompact(k)) r = excSetString(excOverflowError, 'min(n - k, k) must not exceed 9223372036854775807');
          else r = combGeneric(n, intValue(k));
        }
      }
      decref(d);
    }
  }
  decref(n);
  decref(k);
  return r;
}

/** C(n, k) = P(n, k) // k! on objects. */
function combGeneric(n: Ptr, k: i64): Ptr {
  const p = fallingProduct(n, k);
  if (p == 0) return 0;
  const ko = intFromI64(k);
  if (ko == 0) { decref(p); return 0; }
  const f = fallingProduct(ko, k);
  decref(ko);
  if (f == 0) { decref(p); return 0; }
  const r = objFloorDiv(p, f);
  decref(p);
  decref(f);
  return r;
}

// ---- prod(iterable, /, *, start=1) ----

export function math_prod(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  if (nargs > 2) return excFormat(excTypeError, 'prod() takes at most 2 arguments (%d given)', <Ptr>nargs);
  if (npos != 1) return excFormat(excTypeError, 'prod() takes exactly 1 positional argument (%d given)', <Ptr>npos);
  let start: Ptr = 0;
  if (nkw == 1) {
    const name = tupleItem(kwnames, 0);
    if (!strEqLiteral(name, 'start')) return excFormat(excTypeError, "'%U' is an invalid keyword argument for prod()", name);
    start = arg(args, 1);
  }
  const it = objGetIter(arg(args, 0));
  if (it == 0) return 0;
  let acc = start != 0 ? newref(start) : intFromI64(1);
  while (acc != 0) {
    const v = objIterNext(it);
    if (v == 0) break;
    const r = objMul(acc, v);
    decref(v);
    decref(acc);
    acc = r;
  }
  decref(it);
  if (excOccurred()) { xdecref(acc); return 0; }
  return acc;
}

import { Py_None } from '../object/none';
