// === complex: pairs of IEEE-754 doubles; arithmetic with int/float operands, repr, hash ===
//
//   +0 refcnt | +4 type | +8 real f64 | +16 imag f64                      24 bytes, not GC-tracked
//
// CPython 3.11's complexobject.c, operation for operation, because the last bit shows in repr:
// - An int or float operand becomes (x, 0.0) and the full complex formula runs (3.11 has no
//   mixed-mode shortcuts): (inf+0j) * 2 is (inf+nanj). The left operand is converted first, so
//   an int too large for a double raises OverflowError before the right one is looked at.
// - Division is Smith's algorithm (divide through by the larger part of the divisor); x / 0j is
//   ZeroDivisionError 'complex division by zero'.
// - x ** n for an integral n with |n| <= 100 is repeated squaring (so (1+1j)**2 == 2j exactly),
//   a negative n the reciprocal of that; any other exponent goes through polar form with the C
//   library's hypot, pow, atan2, exp, log, cos and sin (modules/libm.ts). C's errno is mirrored
//   in `cErrno`: EDOM (0 to a negative or complex power, cos/sin of an infinite phase) raises
//   ZeroDivisionError, an infinite part of the result OverflowError.
// - Only == and != compare; an int is compared exactly with the real part (longCompareF64).
// - hash = hash(real) + 1000003 * hash(imag) in wrapping 64-bit arithmetic, -1 -> -2, so a
//   complex with a zero imaginary part hashes like the equal int or float.
// - repr omits the real part only when it is +0.0, and neither part gets float's '.0'.
// complex() itself (strings, __complex__) is complexnew.ts's; format() is strformat.ts's.

import { Ptr } from '../common';
import { objType, objAllocSmall, objAlloc, objFree, newref, decref } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_BOOL, SLOT_NEG, SLOT_POS, SLOT_ABS,
  SLOT_NEW, SLOT_NB_BINARY, SLOT_POW3, TP_BASICSIZE, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, objectType, typeKind, TK_INT, TK_BOOL, TK_FLOAT, TK_COMPLEX } from './type';
import {
  excSetString, excNoMemory, excOccurred, excValueError, excOverflowError, excZeroDivisionError,
} from '../vm/exc';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intAsF64 } from './int';
import { longCompareF64 } from './long';
import { floatValue, floatFromF64, floatReprAscii, hashDouble } from './float';
import { strFromAscii } from './str';
import { tuplePair } from './tuple';
import { memberAddReadonlyDouble } from './descrobject';
import { argsHaveKw, argErrNoKw, argErrNoArgs } from './methodargs';
import { libmHypot, libmPow, libmAtan2, libmExp, libmLog, libmCos, libmSin } from '../modules/libm';
import { complex_new } from './complexnew';
import { complex___format__ } from './strformat';
import * as nb from '../opcodes.gen';

@inline export const COMPLEX_REAL: usize = 8;
@inline export const COMPLEX_IMAG: usize = 16;
@inline export const COMPLEX_SIZE: usize = 24;

export let complexType: Ptr = 0;

@inline export function complexReal(o: Ptr): f64 { return load<f64>(o, COMPLEX_REAL); }
@inline export function complexImag(o: Ptr): f64 { return load<f64>(o, COMPLEX_IMAG); }
/** complex or a subclass of it. */
@inline export function isComplex(o: Ptr): bool { return typeKind(objType(o)) == TK_COMPLEX; }

/** complex(re, im) as a new reference; 0 + MemoryError on exhaustion. */
export function complexFromDoubles(re: f64, im: f64): Ptr {
  const o = objAllocSmall(complexType, COMPLEX_SIZE);
  if (o == 0) return excNoMemory();
  store<f64>(o, re, COMPLEX_REAL);
  store<f64>(o, im, COMPLEX_IMAG);
  return o;
}

/** An instance of `type` (complex or a subclass) holding (re, im). New reference. */
export function complexSubtypeFromDoubles(type: Ptr, re: f64, im: f64): Ptr {
  if (type == complexType) return complexFromDoubles(re, im);
  const o = objAlloc(type, <usize>load<u32>(type, TP_BASICSIZE));
  if (o == 0) return 0;
  store<f64>(o, re, COMPLEX_REAL);
  store<f64>(o, im, COMPLEX_IMAG);
  return o;
}

// ---- the C kernels: each returns the real part and leaves the imaginary part in cIm ----

/** The imaginary part of the last kernel's result. */
export let cIm: f64 = 0;

/** C's errno as complexobject.c reads it after a computation (set, never cleared, by the
 *  kernels: callers zero it first, with cErrnoClear from other files). */
export let cErrno: i32 = 0;
export function cErrnoClear(): void { cErrno = 0; }
@inline const EDOM: i32 = 33;
@inline const ERANGE: i32 = 34;

/** (ar + ai j) * (br + bi j), the schoolbook formula (no fused operations, as CPython's build). */
@inline function cProd(ar: f64, ai: f64, br: f64, bi: f64): f64 {
  cIm = ar * bi + ai * br;
  return ar * br - ai * bi;
}

/** (ar + ai j) / (br + bi j) by Smith's method (CPython's _Py_c_quot); a zero divisor sets
 *  EDOM (result 0). */
export function cQuot(ar: f64, ai: f64, br: f64, bi: f64): f64 {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr == 0.0) {
      cErrno = EDOM;
      cIm = 0.0;
      return 0.0;
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    cIm = (ai - ar * ratio) / denom;
    return (ar + ai * ratio) / denom;
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    cIm = (ai * ratio - ar) / denom;
    return (ar * ratio + ai) / denom;
  }
  // one of br, bi is a nan
  cIm = NaN;
  return NaN;
}

/** x ** n for 0 <= n by binary powering: the squares of x multiplied in, low bit first. */
function cPowu(xr: f64, xi: f64, n: i64): f64 {
  let rr = 1.0, ri = 0.0;
  let pr = xr, pi = xi;
  let mask: i64 = 1;
  while (mask > 0 && n >= mask) {
    if ((n & mask) != 0) {
      rr = cProd(rr, ri, pr, pi);
      ri = cIm;
    }
    mask <<= 1;
    pr = cProd(pr, pi, pr, pi);
    pi = cIm;
  }
  cIm = ri;
  return rr;
}

/** x ** n for an integral n: 1 / x ** -n for a negative one. */
function cPowi(xr: f64, xi: f64, n: i64): f64 {
  if (n > 0) return cPowu(xr, xi, n);
  const pr = cPowu(xr, xi, -n);
  return cQuot(1.0, 0.0, pr, cIm);
}

/** cos/sin through libm: C's errno is EDOM for an infinite argument. */
@inline function cosErr(x: f64): f64 { if (!isNaN(x) && !isFinite(x)) cErrno = EDOM; return libmCos(x); }
@inline function sinErr(x: f64): f64 { if (!isNaN(x) && !isFinite(x)) cErrno = EDOM; return libmSin(x); }

/** a ** b in polar form (CPython's _Py_c_pow); 0 to a negative or complex power sets EDOM. */
function cPowPolar(ar: f64, ai: f64, br: f64, bi: f64): f64 {
  if (br == 0.0 && bi == 0.0) { cIm = 0.0; return 1.0; }
  if (ar == 0.0 && ai == 0.0) {
    if (bi != 0.0 || br < 0.0) cErrno = EDOM;
    cIm = 0.0;
    return 0.0;
  }
  const vabs = libmHypot(ar, ai);
  let len = libmPow(vabs, br);
  const at = libmAtan2(ai, ar);
  let phase = at * br;
  if (bi != 0.0) {
    len /= libmExp(at * bi);
    phase += bi * libmLog(vabs);
  }
  const c = cosErr(phase);
  const s = sinErr(phase);
  cIm = len * s;
  return len * c;
}

/** |z| (CPython's _Py_c_abs): inf if either part is infinite, even beside a nan; ERANGE when
 *  the finite parts' hypot overflows. */
export function cAbs(re: f64, im: f64): f64 {
  if (!isFinite(re) || !isFinite(im)) {
    if (!isNaN(re) && !isFinite(re)) return Math.abs(re);
    if (!isNaN(im) && !isFinite(im)) return Math.abs(im);
    return NaN;
  }
  const r = libmHypot(re, im);
  if (!isFinite(r)) cErrno = ERANGE;
  return r;
}

// ---- operands ----

/** Both operands as (re, im) pairs at OPERANDS (+0 a.re, +8 a.im, +16 b.re, +24 b.im):
 *  1 = go on, 0 = return NotImplemented, -1 = error set (an int too large for a double). The
 *  left one is converted first, as CPython's TO_COMPLEX. */
const OPERANDS: usize = memory.data(32);

/** o as a complex at p: 1 ok, 0 not a number complex knows, -1 OverflowError set. */
function toComplex(o: Ptr, p: usize): i32 {
  const k = typeKind(objType(o));
  if (k == TK_COMPLEX) {
    store<f64>(p, complexReal(o));
    store<f64>(p, complexImag(o), 8);
    return 1;
  }
  let x: f64;
  if (k == TK_INT || k == TK_BOOL) {
    x = intAsF64(o);
    if (x == -1.0 && excOccurred()) return -1;
  } else if (k == TK_FLOAT) x = floatValue(o);
  else return 0;
  store<f64>(p, x);
  store<f64>(p, 0.0, 8);
  return 1;
}

@inline function complexOperands(a: Ptr, b: Ptr): i32 {
  const r = toComplex(a, OPERANDS);
  if (r <= 0) return r;
  return toComplex(b, OPERANDS + 16);
}

@inline function operandsFailed(c: i32): Ptr { return c == 0 ? newref(Py_NotImplemented) : 0; }

// ---- arithmetic slots ----

function complex_add(a: Ptr, b: Ptr): Ptr {
  const c = complexOperands(a, b);
  if (c <= 0) return operandsFailed(c);
  return complexFromDoubles(load<f64>(OPERANDS) + load<f64>(OPERANDS, 16), load<f64>(OPERANDS, 8) + load<f64>(OPERANDS, 24));
}

function complex_sub(a: Ptr, b: Ptr): Ptr {
  const c = complexOperands(a, b);
  if (c <= 0) return operandsFailed(c);
  return complexFromDoubles(load<f64>(OPERANDS) - load<f64>(OPERANDS, 16), load<f64>(OPERANDS, 8) - load<f64>(OPERANDS, 24));
}

function complex_mul(a: Ptr, b: Ptr): Ptr {
  const c = complexOperands(a, b);
  if (c <= 0) return operandsFailed(c);
  const re = cProd(load<f64>(OPERANDS), load<f64>(OPERANDS, 8), load<f64>(OPERANDS, 16), load<f64>(OPERANDS, 24));
  return complexFromDoubles(re, cIm);
}

function complex_div(a: Ptr, b: Ptr): Ptr {
  const c = complexOperands(a, b);
  if (c <= 0) return operandsFailed(c);
  cErrno = 0;
  const re = cQuot(load<f64>(OPERANDS), load<f64>(OPERANDS, 8), load<f64>(OPERANDS, 16), load<f64>(OPERANDS, 24));
  if (cErrno == EDOM) return excSetString(excZeroDivisionError, 'complex division by zero');
  return complexFromDoubles(re, cIm);
}

/** (ar + ai j) ** (br + bi j) as a new complex, or 0 with ZeroDivisionError/OverflowError. */
export function complexPow(ar: f64, ai: f64, br: f64, bi: f64): Ptr {
  cErrno = 0;
  let re: f64;
  // a small integral exponent: repeated multiplication, faster and more accurate
  if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) re = cPowi(ar, ai, <i64>br);
  else re = cPowPolar(ar, ai, br, bi);
  const im = cIm;
  // CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow, a finite result clears ERANGE
  if ((!isNaN(re) && !isFinite(re)) || (!isNaN(im) && !isFinite(im))) {
    if (cErrno == 0) cErrno = ERANGE;
  } else if (cErrno == ERANGE) cErrno = 0;
  if (cErrno == EDOM) return excSetString(excZeroDivisionError, '0.0 to a negative or complex power');
  if (cErrno == ERANGE) return excSetString(excOverflowError, 'complex exponentiation');
  return complexFromDoubles(re, im);
}

function complex_pow(a: Ptr, b: Ptr): Ptr {
  const c = complexOperands(a, b);
  if (c <= 0) return operandsFailed(c);
  return complexPow(load<f64>(OPERANDS), load<f64>(OPERANDS, 8), load<f64>(OPERANDS, 16), load<f64>(OPERANDS, 24));
}

/** pow(a, b, m) with m not None: both operands must be numbers complex knows, then ValueError. */
function complex_pow3(a: Ptr, b: Ptr, m: Ptr): Ptr {
  const c = complexOperands(a, b);
  if (c <= 0) return operandsFailed(c);
  return excSetString(excValueError, 'complex modulo');
}

function complex_neg(o: Ptr): Ptr { return complexFromDoubles(-complexReal(o), -complexImag(o)); }

function complex_pos(o: Ptr): Ptr {
  return objType(o) == complexType ? newref(o) : complexFromDoubles(complexReal(o), complexImag(o));
}

function complex_abs(o: Ptr): Ptr {
  cErrno = 0;
  const r = cAbs(complexReal(o), complexImag(o));
  if (cErrno == ERANGE) return excSetString(excOverflowError, 'absolute value too large');
  return floatFromF64(r);
}

function complex_bool(o: Ptr): i32 { return complexReal(o) != 0.0 || complexImag(o) != 0.0 ? 1 : 0; }

// ---- comparison, hash, repr ----

/** == and != only (ordering is NotImplemented, hence TypeError). `a` is always a complex. */
function complex_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (op != 2 && op != 3) return newref(Py_NotImplemented);
  const re = complexReal(a), im = complexImag(a);
  const k = typeKind(objType(b));
  let equal: bool;
  if (k == TK_INT || k == TK_BOOL) equal = im == 0.0 && !isNaN(re) && longCompareF64(b, re) == 0;
  else if (k == TK_FLOAT) equal = re == floatValue(b) && im == 0.0;
  else if (k == TK_COMPLEX) equal = re == complexReal(b) && im == complexImag(b);
  else return newref(Py_NotImplemented);
  return boolFrom(equal == (op == 2));
}

/** hash(real) + 1000003 * hash(imag), wrapping (CPython's _PyHASH_IMAG). */
function complex_hash(o: Ptr): i64 {
  const hr = <u64>hashDouble(o, complexReal(o));
  const hi = <u64>hashDouble(o, complexImag(o));
  const h = <i64>(hr + 1000003 * hi);
  return h == -1 ? -2 : h;
}

/** repr: 'IMAGj' when the real part is +0.0, else '(REAL+IMAGj)' (the imaginary part signed, a
 *  nan always '+nan'); both parts in float's shortest form without '.0'. */
export function complexRepr(re: f64, im: f64): Ptr {
  const buf = memory.data(64);
  let n: i32 = 0;
  if (re == 0.0 && (reinterpret<u64>(re) >> 63) == 0) {
    n = floatReprAscii(im, buf, false);
    store<u8>(buf + <usize>(n++), 0x6A);
    return strFromAscii(buf, n);
  }
  store<u8>(buf, 0x28);
  n = 1 + floatReprAscii(re, buf + 1, false);
  if (isNaN(im) || (reinterpret<u64>(im) >> 63) == 0) store<u8>(buf + <usize>(n++), 0x2B);
  n += floatReprAscii(im, buf + <usize>n, false);
  store<u8>(buf + <usize>(n++), 0x6A);
  store<u8>(buf + <usize>(n++), 0x29);
  return strFromAscii(buf, n);
}

function complex_repr(o: Ptr): Ptr { return complexRepr(complexReal(o), complexImag(o)); }

function complex_dealloc(o: Ptr): void { objFree(o); }

// ---- methods ----

function complex_conjugate(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(complexType, 'conjugate');
  if (nargs != 0) return argErrNoArgs(complexType, 'conjugate', nargs);
  return complexFromDoubles(complexReal(self), -complexImag(self));
}

function complex___getnewargs__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(complexType, '__getnewargs__');
  if (nargs != 0) return argErrNoArgs(complexType, '__getnewargs__', nargs);
  const re = floatFromF64(complexReal(self));
  if (re == 0) return 0;
  const im = floatFromF64(complexImag(self));
  if (im == 0) { decref(re); return 0; }
  return tuplePair(re, im);
}

/** x.__complex__(): x itself for an exact complex, a plain complex copy for a subclass. */
function complex___complex__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(complexType, '__complex__');
  if (nargs != 0) return argErrNoArgs(complexType, '__complex__', nargs);
  return complex_pos(self);
}

export function complexTypeInit(): void {
  complexType = typeNewBuiltin('complex', objectType, <u32>COMPLEX_SIZE, 0, TK_COMPLEX);
  const t = complexType;
  typeSetSlot(t, SLOT_DEALLOC, complex_dealloc.index);
  typeSetSlot(t, SLOT_REPR, complex_repr.index);
  typeSetSlot(t, SLOT_HASH, complex_hash.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, complex_richcompare.index);
  typeSetSlot(t, SLOT_BOOL, complex_bool.index);
  typeSetSlot(t, SLOT_NEG, complex_neg.index);
  typeSetSlot(t, SLOT_POS, complex_pos.index);
  typeSetSlot(t, SLOT_ABS, complex_abs.index);
  typeSetSlot(t, SLOT_NEW, complex_new.index);
  const B = SLOT_NB_BINARY;
  typeSetSlot(t, B + <i32>nb.NB_ADD, complex_add.index);
  typeSetSlot(t, B + <i32>nb.NB_SUBTRACT, complex_sub.index);
  typeSetSlot(t, B + <i32>nb.NB_MULTIPLY, complex_mul.index);
  typeSetSlot(t, B + <i32>nb.NB_TRUE_DIVIDE, complex_div.index);
  typeSetSlot(t, B + <i32>nb.NB_POWER, complex_pow.index);
  typeSetSlot(t, SLOT_POW3, complex_pow3.index);
  typeAddMethod(t, 'conjugate', complex_conjugate.index);
  typeAddMethod(t, '__complex__', complex___complex__.index);
  typeAddMethod(t, '__getnewargs__', complex___getnewargs__.index);
  typeAddMethod(t, '__format__', complex___format__.index);
  memberAddReadonlyDouble(t, 'real', <u32>COMPLEX_REAL);
  memberAddReadonlyDouble(t, 'imag', <u32>COMPLEX_IMAG);
}
