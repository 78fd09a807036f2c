// === math: CPython 3.11's math module (the float functions; the integer ones are in mathint.ts) ===
//
// Each function converts its arguments as CPython's do (PyFloat_AsDouble: a float as is, else
// __float__, else __index__, else "must be real number, not T"), calls the C library's function
// (libm.ts says how each matches glibc) and turns an impossible result into CPython's errors:
//   - a NaN from non-NaN arguments            -> ValueError("math domain error")
//   - an infinity from finite arguments       -> OverflowError("math range error") where the
//                                                 function can overflow (exp, cosh...), else
//                                                 ValueError("math domain error") (a pole: log(0))
// Argument-count and keyword errors are worded as CPython's argument clinic words them for each
// function (METH_O: "math.sqrt() takes exactly one argument (2 given)"; two positional:
// "pow expected 2 arguments, got 1").
//
// Ints reach the float functions through intAsDouble (correctly rounded, OverflowError beyond
// the double range); the log functions take the logarithm of any positive int, however large,
// from its frexp (intFrexp). Both read the big form of an int directly (docs/architecture.md
// §2); until big ints exist that path is never taken.

import { Ptr } from '../common';
import { decref, newref, xdecref, objType } from '../object/header';
import { typeSlot, SLOT_FLOAT, SLOT_INDEX } from '../object/typelayout';
import { typeKind, typeLookup, TK_INT, TK_BOOL, TK_FLOAT } from '../object/type';
import { moduleNewLiteral, moduleAddFunction, moduleAddNew } from '../object/module';
import { strInternLiteral, strFromLiteral, strEqLiteral } from '../object/str';
import { tupleNew, tupleItemsAddr, tupleSize, tupleItem, tupleCheck, tupleFromIterable } from '../object/tuple';
import { intType, intValue, intFromI64 } from '../object/int';
import { floatType, floatFromF64, floatValue, floatTruncToInt } from '../object/float';
import { boolFrom } from '../object/bool';
import { objGetIter, objIterNext, binaryOp, objIndex } from '../object/abstract';
import { callMethodFound } from '../object/slotdefs';
import { heapAlloc, heapFree } from '../heap/heap';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excTypeError, excValueError, excOverflowError,
} from '../vm/exc';
import * as nb from '../opcodes.gen';
import { modNoKw, modExactlyOne, modPositional } from './args';
import {
  libmSin, libmCos, libmTan, libmAsin, libmAcos, libmAtan, libmAtan2, libmSinh, libmCosh, libmTanh,
  libmAsinh, libmAcosh, libmAtanh, libmExp, libmExp2, libmExpm1, libmLog, libmLog2, libmLog10,
  libmLog1p, libmCbrt, libmPow, libmErf, libmErfc,
} from './libm';
import {
  math_gcd, math_lcm, math_isqrt, math_factorial, math_comb, math_perm, math_prod,
  intIsCompact, intSignOf, INT_NDIGITS, INT_DIGITS,
} from './mathint';

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }
@inline function nkwOf(kwnames: Ptr): i32 { return kwnames != 0 ? tupleSize(kwnames) : 0; }

// ---- conversions ----

/** PyFloat_AsDouble: o as a double. -1.0 with an exception set on failure (test excOccurred()
 *  when the result is -1.0). */
export function mathAsDouble(o: Ptr): f64 {
  const t = objType(o);
  const k = typeKind(t);
  if (k == TK_FLOAT) return floatValue(o); // subclasses too, without calling their __float__
  const f = typeSlot(t, SLOT_FLOAT);
  if ((k == TK_INT || k == TK_BOOL) && f == typeSlot(intType, SLOT_FLOAT)) return intAsDouble(o);
  if (f != 0) {
    const r = call_indirect<Ptr>(f, o);
    if (r == 0) return -1.0;
    if (typeKind(objType(r)) != TK_FLOAT) {
      excFormat(excTypeError, '%N.__float__ returned non-float (type %T)', t, r);
      decref(r);
      return -1.0;
    }
    const v = floatValue(r);
    decref(r);
    return v;
  }
  if (typeSlot(t, SLOT_INDEX) != 0) {
    const i = objIndex(o);
    if (i == 0) return -1.0;
    const v = intAsDouble(i);
    decref(i);
    return v;
  }
  excFormat(excTypeError, 'must be real number, not %T', o);
  return -1.0;
}

@inline function failed(x: f64): bool { return x == -1.0 && excOccurred(); }

// ---- ints of any size as doubles (the big form is read digit by digit) ----

/** PyLong_AsDouble: correctly rounded; OverflowError "int too large to convert to float". */
export function intAsDouble(o: Ptr): f64 {
  if (intIsCompact(o)) return <f64>intValue(o); // f64.convert_i64_s rounds to nearest even
  const e = memory.data(8);
  const m = intFrexp(o, e);
  if (load<i64>(e) > 1024) {
    excSetString(excOverflowError, 'int too large to convert to float');
    return -1.0;
  }
  return NativeMath.scalbn(m, <i32>load<i64>(e)); // exact or one rounding, as ldexp
}

/** _PyLong_Frexp: a nonzero int as m * 2**e with 0.5 <= |m| < 1, m correctly rounded to 53 bits.
 *  Stores e (i64) at eAddr. */
export function intFrexp(o: Ptr, eAddr: usize): f64 {
  if (intIsCompact(o)) {
    const e = memory.data(4);
    const m = frexpOf(<f64>intValue(o), e); // the conversion rounds once, as _PyLong_Frexp does
    store<i64>(eAddr, <i64>load<i32>(e));
    return m;
  }
  // Big form: at least 64 significant bits. Take the top 64 (hi) and fold every bit below
  // them into hi's lowest bit (sticky): the u64 -> f64 conversion then rounds once, correctly.
  const sz = load<i32>(o, INT_NDIGITS);
  const n: i32 = sz < 0 ? -sz : sz;
  const d = o + INT_DIGITS;
  let bits: i64 = <i64>(n - 1) * 32 + <i64>(32 - clz(load<u32>(d + (<usize>(n - 1) << 2))));
  const shift: i64 = bits - 64;
  const w = <i32>(shift >> 5), b = <u32>(shift & 31);
  const low: u64 = <u64>load<u32>(d + (<usize>w << 2)) | (<u64>digitAt(d, n, w + 1) << 32);
  let hi: u64 = b == 0 ? low : (low >> b) | (<u64>digitAt(d, n, w + 2) << (64 - b));
  let sticky = b != 0 && (load<u32>(d + (<usize>w << 2)) & ((<u32>1 << b) - 1)) != 0;
  for (let i = 0; i < w && !sticky; i++) sticky = load<u32>(d + (<usize>i << 2)) != 0;
  if (sticky) hi |= 1;
  let m = <f64>hi * 5.421010862427522e-20; // * 2^-64, exact
  if (m == 1.0) { m = 0.5; bits++; } // rounding carried into a new binade
  store<i64>(eAddr, bits);
  return sz < 0 ? -m : m;
}

@inline function digitAt(d: usize, n: i32, i: i32): u32 { return i < n ? load<u32>(d + (<usize>i << 2)) : 0; }

// ---- the error rules of math_1 and math_2 ----

/** math_1: f(x) with CPython's error rules; canOverflow picks OverflowError for an infinite
 *  result of a finite argument (else it is a pole: ValueError). */
function math1(name: string, args: usize, nargs: i32, kwnames: Ptr, f: u32, canOverflow: bool): Ptr {
  if (modExactlyOne(name, nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  if (failed(x)) return 0;
  const r = call_indirect<f64>(f, x);
  return mathResult1(x, r, canOverflow);
}

function mathResult1(x: f64, r: f64, canOverflow: bool): Ptr {
  if (isNaN(r) && !isNaN(x)) return domainError();
  if (!isFinite(r) && !isNaN(r) && isFinite(x)) return canOverflow ? rangeError() : domainError();
  return floatFromF64(r);
}

@noinline export function domainError(): Ptr { return excSetString(excValueError, 'math domain error'); }
@noinline export function rangeError(): Ptr { return excSetString(excOverflowError, 'math range error'); }

/** Two positional doubles (x first): false with the exception set when a conversion failed. */
const XY: usize = memory.data(16);
function twoDoubles(name: string, args: usize, nargs: i32, kwnames: Ptr): bool {
  if (modPositional(name, nargs, kwnames, 2, 2)) return false;
  const x = mathAsDouble(arg(args, 0));
  if (failed(x)) return false;
  const y = mathAsDouble(arg(args, 1));
  if (failed(y)) return false;
  store<f64>(XY, x);
  store<f64>(XY, y, 8);
  return true;
}

/** math_2: f(x, y): NaN from non-NaN arguments is a domain error, an infinity from finite ones a
 *  range error. */
function math2(name: string, args: usize, nargs: i32, kwnames: Ptr, f: u32): Ptr {
  if (!twoDoubles(name, args, nargs, kwnames)) return 0;
  const x = load<f64>(XY), y = load<f64>(XY, 8);
  const r = call_indirect<f64>(f, x, y);
  if (isNaN(r)) {
    if (!isNaN(x) && !isNaN(y)) return domainError();
  } else if (!isFinite(r)) {
    if (isFinite(x) && isFinite(y)) return rangeError();
  }
  return floatFromF64(r);
}

// ---- one-argument functions ----

function math_acos(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.acos', args, nargs, kwnames, libmAcos.index, false); }
function math_acosh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.acosh', args, nargs, kwnames, libmAcosh.index, false); }
function math_asin(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.asin', args, nargs, kwnames, libmAsin.index, false); }
function math_asinh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.asinh', args, nargs, kwnames, libmAsinh.index, false); }
function math_atan(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.atan', args, nargs, kwnames, libmAtan.index, false); }
function math_atanh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.atanh', args, nargs, kwnames, libmAtanh.index, false); }
function math_cbrt(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.cbrt', args, nargs, kwnames, libmCbrt.index, false); }
function math_cos(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.cos', args, nargs, kwnames, libmCos.index, false); }
function math_cosh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.cosh', args, nargs, kwnames, libmCosh.index, true); }
function math_erf(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.erf', args, nargs, kwnames, libmErf.index, false); }
function math_erfc(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.erfc', args, nargs, kwnames, libmErfc.index, false); }
function math_exp(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.exp', args, nargs, kwnames, libmExp.index, true); }
function math_exp2(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.exp2', args, nargs, kwnames, libmExp2.index, true); }
function math_expm1(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.expm1', args, nargs, kwnames, libmExpm1.index, true); }
function math_fabs(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.fabs', args, nargs, kwnames, fabs.index, false); }
function math_log1p(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.log1p', args, nargs, kwnames, log1pKeepZero.index, false); }
function math_sin(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.sin', args, nargs, kwnames, libmSin.index, false); }
function math_sinh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.sinh', args, nargs, kwnames, libmSinh.index, true); }
function math_sqrt(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.sqrt', args, nargs, kwnames, sqrt.index, false); }
function math_tan(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.tan', args, nargs, kwnames, libmTan.index, false); }
function math_tanh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math1('math.tanh', args, nargs, kwnames, libmTanh.index, false); }

function fabs(x: f64): f64 { return Math.abs(x); }
function sqrt(x: f64): f64 { return Math.sqrt(x); } // IEEE: correctly rounded everywhere
/** _Py_log1p: log1p with the sign of a zero kept. */
function log1pKeepZero(x: f64): f64 { return x == 0 ? x : libmLog1p(x); }

/** math_1a (gamma, lgamma): the function reports its own errors. */
function math_gamma(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.gamma', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  if (failed(x)) return 0;
  const r = gammaOf(x);
  if (gammaErr == ERR_DOM) return domainError();
  if (gammaErr == ERR_RANGE && Math.abs(r) >= 1.5) return rangeError();
  return floatFromF64(r);
}

function math_lgamma(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.lgamma', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  if (failed(x)) return 0;
  const r = lgammaOf(x);
  if (gammaErr == ERR_DOM) return domainError();
  if (gammaErr == ERR_RANGE && Math.abs(r) >= 1.5) return rangeError();
  return floatFromF64(r);
}

// ---- gamma and lgamma: CPython's own Lanczos implementation (m_tgamma, m_lgamma) ----
//
// Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375 (Boost's parameters),
// the sum written as a rational function; the reflection formula for x < 0; and a correction for
// the rounding error of x + g - 0.5 (CPython's mathmodule.c explains it at length).

@inline const ERR_NONE: i32 = 0;
@inline const ERR_DOM: i32 = 1;   // errno EDOM: ValueError
@inline const ERR_RANGE: i32 = 2; // errno ERANGE: OverflowError when the result is not tiny
let gammaErr: i32 = ERR_NONE;

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const PI: f64 = 3.141592653589793238462643383279502884197;
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

// numerator coefficients, then the denominator's: x*(x+1)*...*(x+11) expanded
const LANCZOS_NUM: usize = memory.data<f64>([
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
]);
const LANCZOS_DEN: usize = memory.data<f64>([
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
]);
/** gamma(1) .. gamma(23): exact for the integers whose factorial is a double. */
const GAMMA_INTEGRAL: usize = memory.data<f64>([
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
]);

/** The Lanczos sum for x > 0: in x below 5, in 1/x above (no overflow, less error). */
function lanczosSum(x: f64): f64 {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + load<f64>(LANCZOS_NUM + (<usize>i << 3));
      den = den * x + load<f64>(LANCZOS_DEN + (<usize>i << 3));
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + load<f64>(LANCZOS_NUM + (<usize>i << 3));
      den = den / x + load<f64>(LANCZOS_DEN + (<usize>i << 3));
    }
  }
  return num / den;
}

/** sin(pi * x) for finite x, exact at the integers and half-integers (m_sinpi). */
function sinpi(x: f64): f64 {
  const y = Math.abs(x) % 2.0;
  const n = <i32>nearestHalfAway(2.0 * y);
  let r: f64;
  switch (n) {
    case 0: r = libmSin(PI * y); break;
    case 1: r = libmCos(PI * (y - 0.5)); break;
    case 2: r = libmSin(PI * (1.0 - y)); break; // not -sin(pi*(y-1)): that gives -0.0 at y == 1
    case 3: r = -libmCos(PI * (y - 1.5)); break;
    default: r = libmSin(PI * (y - 2.0)); break;
  }
  return copysign<f64>(1.0, x) * r;
}

/** C's round(): halfway cases away from zero. */
function nearestHalfAway(x: f64): f64 {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + copysign<f64>(1.0, x) : t;
}

function gammaOf(x: f64): f64 {
  gammaErr = ERR_NONE;
  if (!isFinite(x)) {
    if (isNaN(x) || x > 0.0) return x;
    gammaErr = ERR_DOM;
    return NaN;
  }
  if (x == 0.0) { gammaErr = ERR_DOM; return copysign<f64>(Infinity, x); }
  if (x == Math.floor(x)) {
    if (x < 0.0) { gammaErr = ERR_DOM; return NaN; }
    if (x <= 23.0) return load<f64>(GAMMA_INTEGRAL + (<usize>(<i32>x - 1) << 3));
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!isFinite(r)) gammaErr = ERR_RANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    gammaErr = ERR_RANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z: the rounding error of y, computed exactly (the order of the subtractions matters)
  let z: f64;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: f64;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * libmExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libmExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!isFinite(r)) gammaErr = ERR_RANGE;
  return r;
}

function lgammaOf(x: f64): f64 {
  gammaErr = ERR_NONE;
  if (!isFinite(x)) return isNaN(x) ? x : Infinity;
  if (x == Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) { gammaErr = ERR_DOM; return Infinity; }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libmLog(absx);
  let r = libmLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libmLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - libmLog(Math.abs(sinpi(absx))) - libmLog(absx) - r;
  if (!isFinite(r)) gammaErr = ERR_RANGE;
  return r;
}

// ---- logarithms: ints of any size, and the optional base ----

/** m_log / m_log2 / m_log10: the libm function on positive finite x, CPython's special values
 *  elsewhere (a zero or negative x is a domain error through math_1's rules). */
function mLog(x: f64): f64 { return logSpecial(x, libmLog.index); }
function mLog2(x: f64): f64 { return logSpecial(x, libmLog2.index); }
function mLog10(x: f64): f64 { return logSpecial(x, libmLog10.index); }

@inline function logSpecial(x: f64, f: u32): f64 {
  if (isFinite(x)) {
    if (x > 0.0) return call_indirect<f64>(f, x);
    return x == 0.0 ? -Infinity : NaN;
  }
  if (isNaN(x)) return x;
  return x > 0.0 ? x : NaN;
}

/** loghelper: f(x) for an int of any size (positive, else a domain error), math_1 otherwise.
 *  Returns the double; -1.0 with an exception on error (see failed()). */
function logOf(o: Ptr, f: u32): f64 {
  const k = typeKind(objType(o));
  if (k == TK_INT || k == TK_BOOL) {
    if (intSignOf(o) <= 0) { domainError(); return -1.0; }
    if (intIsCompact(o)) return call_indirect<f64>(f, <f64>intValue(o));
    // beyond the double range: log(m * 2**e) = log(m) + e * log(2)
    const e = memory.data(8);
    const m = intFrexp(o, e);
    const r = call_indirect<f64>(f, m) + call_indirect<f64>(f, 2.0) * <f64>load<i64>(e);
    return r;
  }
  const x = mathAsDouble(o);
  if (failed(x)) return -1.0;
  const r = call_indirect<f64>(f, x);
  if (isNaN(r) && !isNaN(x)) { domainError(); return -1.0; }
  if (!isFinite(r) && !isNaN(r) && isFinite(x)) { domainError(); return -1.0; }
  return r;
}

/** log(x[, base]): base e, or log(x) / log(base) (0.0 / 0.0 is ZeroDivisionError, as CPython's
 *  PyNumber_TrueDivide of the two floats). */
function math_log(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nkwOf(kwnames) != 0) return excSetString(excTypeError, 'log() takes no keyword arguments');
  if (nargs < 1 || nargs > 2) return excSetString(excTypeError, 'math.log requires 1 to 2 arguments');
  const num = logOf(arg(args, 0), mLog.index);
  if (failed(num)) return 0;
  if (nargs == 1) return floatFromF64(num);
  const den = logOf(arg(args, 1), mLog.index);
  if (failed(den)) return 0;
  const a = floatFromF64(num);
  if (a == 0) return 0;
  const b = floatFromF64(den);
  if (b == 0) { decref(a); return 0; }
  const r = binaryOp(a, b, <i32>nb.NB_TRUE_DIVIDE);
  decref(a);
  decref(b);
  return r;
}

function math_log2(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.log2', nargs, kwnames)) return 0;
  const r = logOf(arg(args, 0), mLog2.index);
  return failed(r) ? 0 : floatFromF64(r);
}

function math_log10(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.log10', nargs, kwnames)) return 0;
  const r = logOf(arg(args, 0), mLog10.index);
  return failed(r) ? 0 : floatFromF64(r);
}

// ---- two-argument functions ----

/** m_atan2: C99's atan2 with its special values (libm.ts). */
function mAtan2(y: f64, x: f64): f64 { return libmAtan2(y, x); }

/** m_remainder: x - n*y for the n nearest x/y, ties to even; always exact. */
function mRemainder(x: f64, y: f64): f64 {
  if (isFinite(x) && isFinite(y)) {
    if (y == 0.0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    // compare m with absy - m rather than with 0.5*absy, which may not be exact (subnormals)
    const c = absy - m;
    let r: f64;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy); // a tie: the even multiple
    return copysign<f64>(1.0, x) * r;
  }
  if (isNaN(x)) return x;
  if (isNaN(y)) return y;
  if (!isFinite(x)) return NaN;
  return x;
}

function copysignF(x: f64, y: f64): f64 { return copysign<f64>(x, y); }

function math_atan2(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math2('math.atan2', args, nargs, kwnames, mAtan2.index); }
function math_copysign(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math2('math.copysign', args, nargs, kwnames, copysignF.index); }
function math_remainder(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return math2('math.remainder', args, nargs, kwnames, mRemainder.index); }

function math_fmod(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (!twoDoubles('math.fmod', args, nargs, kwnames)) return 0;
  const x = load<f64>(XY), y = load<f64>(XY, 8);
  if (!isFinite(y) && !isNaN(y) && isFinite(x)) return floatFromF64(x); // fmod(x, +-inf) is x
  const r = x % y; // Wasm's f64 remainder is C's fmod: exact
  if (isNaN(r) && !isNaN(x) && !isNaN(y)) return domainError();
  return floatFromF64(r);
}

/** math.pow: the IEEE special values decided here; finite ** finite by libm, then a NaN is a
 *  domain error, an infinity a domain error for 0 ** negative and a range error otherwise. */
function math_pow(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (!twoDoubles('math.pow', args, nargs, kwnames)) return 0;
  const x = load<f64>(XY), y = load<f64>(XY, 8);
  let r: f64;
  if (!isFinite(x) || !isFinite(y)) {
    if (isNaN(x)) r = y == 0.0 ? 1.0 : x;
    else if (isNaN(y)) r = x == 1.0 ? 1.0 : y;
    else if (!isFinite(x)) {
      const oddY = isFinite(y) && Math.abs(y) % 2.0 == 1.0;
      if (y > 0.0) r = oddY ? x : Math.abs(x);
      else if (y == 0.0) r = 1.0;
      else r = oddY ? copysign<f64>(0.0, x) : 0.0;
    } else {
      if (Math.abs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && Math.abs(x) > 1.0) r = y;
      else if (y < 0.0 && Math.abs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return floatFromF64(r);
  }
  r = libmPow(x, y);
  if (isNaN(r)) return domainError();
  if (!isFinite(r)) return x == 0.0 ? domainError() : rangeError();
  return floatFromF64(r);
}

function math_nextafter(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (!twoDoubles('math.nextafter', args, nargs, kwnames)) return 0;
  return floatFromF64(nextafter(load<f64>(XY), load<f64>(XY, 8)));
}

/** C's nextafter: the next double after x towards y. */
export function nextafter(x: f64, y: f64): f64 {
  if (isNaN(x) || isNaN(y)) return x + y;
  if (x == y) return y;
  if (x == 0.0) return copysign<f64>(reinterpret<f64>(<u64>1), y);
  const b = reinterpret<u64>(x);
  // away from zero when y is beyond x in x's direction
  return reinterpret<f64>((y > x) == (x > 0.0) ? b + 1 : b - 1);
}

function math_ulp(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.ulp', nargs, kwnames)) return 0;
  let x = mathAsDouble(arg(args, 0));
  if (failed(x)) return 0;
  if (isNaN(x)) return floatFromF64(x);
  x = Math.abs(x);
  if (!isFinite(x)) return floatFromF64(x);
  const x2 = nextafter(x, Infinity);
  if (!isFinite(x2)) return floatFromF64(x - nextafter(x, -Infinity)); // x is the largest double
  return floatFromF64(x2 - x);
}

/** ldexp(x, i): x * 2**i with one rounding; i must be an int (any size: beyond the exponent
 *  range it overflows or underflows). */
function math_ldexp(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('math.ldexp', nargs, kwnames, 2, 2)) return 0;
  const x = mathAsDouble(arg(args, 0));
  if (failed(x)) return 0;
  const io = arg(args, 1);
  const k = typeKind(objType(io));
  if (k != TK_INT && k != TK_BOOL) return excSetString(excTypeError, 'Expected an int as second argument to ldexp.');
  // any exponent beyond +-2^31 acts as C's LONG_MAX / LONG_MIN would
  const s = intSignOf(io);
  const e: i64 = intIsCompact(io) ? intValue(io) : (s < 0 ? I64.MIN_VALUE : I64.MAX_VALUE);
  if (x == 0.0 || !isFinite(x)) return floatFromF64(x);
  if (e > <i64>i32.MAX_VALUE) return rangeError();
  if (e < <i64>i32.MIN_VALUE) return floatFromF64(copysign<f64>(0.0, x));
  const r = NativeMath.scalbn(x, <i32>e);
  if (!isFinite(r)) return rangeError();
  return floatFromF64(r);
}

// ---- functions of one float with other results ----

function math_frexp(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.frexp', nargs, kwnames)) return 0;
  let x = mathAsDouble(arg(args, 0));
  if (failed(x)) return 0;
  const e = memory.data(4);
  store<i32>(e, 0);
  if (isFinite(x) && x != 0.0) x = frexpOf(x, e);
  return pairOf(floatFromF64(x), intFromI64(load<i32>(e)));
}

/** C's frexp for a finite nonzero x: returns m with 0.5 <= |m| < 1 and stores e (i32) at eAddr,
 *  x == m * 2**e exactly. */
export function frexpOf(x: f64, eAddr: usize): f64 {
  let be = <i32>((reinterpret<u64>(x) >> 52) & 0x7FF);
  let adj: i32 = 0;
  if (be == 0) { // subnormal: scale into the normal range first (exact)
    x *= 18014398509481984.0; // 2^54
    be = <i32>((reinterpret<u64>(x) >> 52) & 0x7FF);
    adj = 54;
  }
  store<i32>(eAddr, be - 1022 - adj);
  return reinterpret<f64>((reinterpret<u64>(x) & 0x800FFFFFFFFFFFFF) | (<u64>1022 << 52));

}

function math_modf(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.modf', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  if (failed(x)) return 0;
  if (isNaN(x)) return pairOf(floatFromF64(x), floatFromF64(x));
  if (!isFinite(x)) return pairOf(floatFromF64(copysign<f64>(0.0, x)), floatFromF64(x));
  const ip = Math.trunc(x);
  return pairOf(floatFromF64(copysign<f64>(x - ip, x)), floatFromF64(ip));
}

/** (a, b), both stolen; 0 if either is 0. */
function pairOf(a: Ptr, b: Ptr): Ptr {
  if (a == 0 || b == 0) { xdecref(a); xdecref(b); return 0; }
  const t = tupleNew(2);
  if (t == 0) { decref(a); decref(b); return 0; }
  store<Ptr>(tupleItemsAddr(t), a);
  store<Ptr>(tupleItemsAddr(t), b, 4);
  return t;
}

function math_isfinite(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.isfinite', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  return failed(x) ? 0 : boolFrom(isFinite(x));
}

function math_isinf(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.isinf', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  return failed(x) ? 0 : boolFrom(!isFinite(x) && !isNaN(x));
}

function math_isnan(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.isnan', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  return failed(x) ? 0 : boolFrom(isNaN(x));
}

const RAD_TO_DEG: f64 = 180.0 / PI;
const DEG_TO_RAD: f64 = PI / 180.0;

function math_degrees(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.degrees', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  return failed(x) ? 0 : floatFromF64(x * RAD_TO_DEG);
}

function math_radians(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.radians', nargs, kwnames)) return 0;
  const x = mathAsDouble(arg(args, 0));
  return failed(x) ? 0 : floatFromF64(x * DEG_TO_RAD);
}

// ---- ceil, floor, trunc: the type's own __ceil__/__floor__/__trunc__ first ----

let sCeil: Ptr = 0, sFloor: Ptr = 0, sTrunc: Ptr = 0;

/** Calls type(o).name() when the type has it (found: stores 1 at foundAddr). */
function callSpecial(o: Ptr, name: Ptr, foundAddr: usize): Ptr {
  const attr = typeLookup(objType(o), name);
  store<u8>(foundAddr, attr != 0 ? 1 : 0);
  if (attr == 0) return 0;
  return callMethodFound(attr, o, 0, 0, 0);
}

function roundingOf(name: string, args: usize, nargs: i32, kwnames: Ptr, special: Ptr, up: bool): Ptr {
  if (modExactlyOne(name, nargs, kwnames)) return 0;
  const o = arg(args, 0);
  const t = objType(o);
  let x: f64;
  if (t == floatType) {
    x = floatValue(o);
  } else {
    const found = memory.data(1);
    const r = callSpecial(o, special, found);
    if (load<u8>(found)) return r;
    x = mathAsDouble(o);
    if (failed(x)) return 0;
  }
  return floatTruncToInt(up ? Math.ceil(x) : Math.floor(x));
}

function math_ceil(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return roundingOf('math.ceil', args, nargs, kwnames, sCeil, true); }
function math_floor(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return roundingOf('math.floor', args, nargs, kwnames, sFloor, false); }

function math_trunc(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.trunc', nargs, kwnames)) return 0;
  const o = arg(args, 0);
  if (objType(o) == floatType) return floatTruncToInt(floatValue(o));
  const found = memory.data(1);
  const r = callSpecial(o, sTrunc, found);
  if (load<u8>(found)) return r;
  return excFormat(excTypeError, "type %N doesn't define __trunc__ method", objType(o));
}

// ---- hypot and dist: CPython's vector_norm ----
//
// The norm of a vector of non-negative finite doubles, accurate to well under 1 ulp: every
// coordinate is scaled by a power of two (exact) so the largest lies in [0.5, 1), squared exactly
// (Dekker's split into 26-bit halves), the squares summed with compensation, then one Newton
// step corrects the square root. The order of every operation is CPython 3.11's: the last bit
// of the result depends on it.

/** The coordinates of hypot/dist: a heap buffer of doubles. */
function vectorNorm(n: i32, vec: usize, max: f64, foundNan: bool): f64 {
  const T27: f64 = 134217729.0; // 2^27 + 1: Dekker's splitter
  if (!isFinite(max) && !isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max == 0.0 || n <= 1) return max;
  const eCell = memory.data(4);
  frexpOf(max, eCell);
  const maxE = load<i32>(eCell);
  if (maxE < -1023) {
    // ldexp(1.0, -maxE) would overflow: bring the subnormals up first
    for (let i = 0; i < n; i++) store<f64>(vec + (<usize>i << 3), load<f64>(vec + (<usize>i << 3)) / DBL_MIN);
    return DBL_MIN * vectorNorm(n, vec, max / DBL_MIN, foundNan);
  }
  const scale = NativeMath.scalbn(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  for (let i = 0; i < n; i++) {
    let x = load<f64>(vec + (<usize>i << 3)) * scale; // exact
    let t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = hi * hi;
    let oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  // one Newton step, with the square of h taken exactly as above
  let t = h * T27;
  const hi = t - (t - h);
  const lo = h - hi;
  let x = -hi * hi;
  let oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

const DBL_MIN: f64 = 2.2250738585072014e-308;

/** A buffer for n doubles: the static one for small n, else the heap (free with vecFree). */
const VEC_STATIC: usize = memory.data(8 * 16);
function vecAlloc(n: i32): usize {
  if (n <= 16) return VEC_STATIC;
  const p = heapAlloc(<usize>n << 3);
  if (p == 0) excNoMemory();
  return p;
}
function vecFree(p: usize): void { if (p != VEC_STATIC) heapFree(p); }

function math_hypot(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoKw('math.hypot', kwnames)) return 0;
  const vec = vecAlloc(nargs);
  if (vec == 0) return 0;
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < nargs; i++) {
    const v = mathAsDouble(arg(args, i));
    if (failed(v)) { vecFree(vec); return 0; }
    const x = Math.abs(v);
    store<f64>(vec + (<usize>i << 3), x);
    foundNan = foundNan || isNaN(x);
    if (x > max) max = x;
  }
  const r = vectorNorm(nargs, vec, max, foundNan);
  vecFree(vec);
  return floatFromF64(r);
}

function math_dist(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('math.dist', nargs, kwnames, 2, 2)) return 0;
  let p = arg(args, 0), q = arg(args, 1);
  p = tupleCheck(p) ? newref(p) : tupleFromIterable(p);
  if (p == 0) return 0;
  q = tupleCheck(q) ? newref(q) : tupleFromIterable(q);
  if (q == 0) { decref(p); return 0; }
  let r: Ptr = 0;
  const n = tupleSize(p);
  if (n != tupleSize(q)) {
    excSetString(excValueError, 'both points must have the same number of dimensions');
  } else {
    const vec = vecAlloc(n);
    if (vec != 0) {
      let max = 0.0;
      let foundNan = false;
      let ok = true;
      for (let i = 0; i < n; i++) {
        const px = mathAsDouble(tupleItem(p, i));
        if (failed(px)) { ok = false; break; }
        const qx = mathAsDouble(tupleItem(q, i));
        if (failed(qx)) { ok = false; break; }
        const x = Math.abs(px - qx);
        store<f64>(vec + (<usize>i << 3), x);
        foundNan = foundNan || isNaN(x);
        if (x > max) max = x;
      }
      if (ok) r = floatFromF64(vectorNorm(n, vec, max, foundNan));
      vecFree(vec);
    }
  }
  decref(p);
  decref(q);
  return r;
}

// ---- fsum: exact summation (Shewchuk's partials, as CPython's msum) ----
//
// Invariant of the partials p[0..n): nonoverlapping doubles in increasing magnitude whose exact
// sum is the exact sum of the items so far. Each new item is added in with error-free
// two-sums; the result is the correctly rounded sum, with a final half-even fix-up across
// partials (so fsum([1e-16, 1, 1e16]) rounds up).

function math_fsum(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('math.fsum', nargs, kwnames)) return 0;
  const it = objGetIter(arg(args, 0));
  if (it == 0) return 0;
  let cap: i32 = 32;
  let p = heapAlloc(<usize>cap << 3);
  if (p == 0) { decref(it); return excNoMemory(); }
  let n: i32 = 0;
  let specialSum = 0.0, infSum = 0.0;
  let lo = 0.0;
  let err = false;
  while (true) {
    const item = objIterNext(it);
    if (item == 0) { err = excOccurred(); break; }
    let x = mathAsDouble(item);
    decref(item);
    if (failed(x)) { err = true; break; }
    const xsave = x;
    let i: i32 = 0;
    for (let j: i32 = 0; j < n; j++) {
      let y = load<f64>(p + (<usize>j << 3));
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) { store<f64>(p + (<usize>i << 3), lo); i++; }
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isFinite(x)) {
        // an inf or nan item, or an intermediate overflow of finite items
        if (isFinite(xsave)) {
          excSetString(excOverflowError, 'intermediate overflow in fsum');
          err = true;
          break;
        }
        if (!isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        if (n >= cap) {
          const np = heapAlloc(<usize>cap << 4);
          if (np == 0) { excNoMemory(); err = true; break; }
          memory.copy(np, p, <usize>n << 3);
          heapFree(p);
          p = np;
          cap <<= 1;
        }
        store<f64>(p + (<usize>n << 3), x);
        n++;
      }
    }
  }
  decref(it);
  if (err) { heapFree(p); return 0; }
  if (specialSum != 0.0) { // nan compares unequal too
    heapFree(p);
    if (isNaN(infSum)) return excSetString(excValueError, '-inf + inf in fsum');
    return floatFromF64(specialSum);
  }
  let hi = 0.0;
  if (n > 0) {
    n--;
    hi = load<f64>(p + (<usize>n << 3));
    // sum from the top, stopping when the sum becomes inexact
    while (n > 0) {
      const x = hi;
      n--;
      const y = load<f64>(p + (<usize>n << 3));
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // half-even rounding across partials: the next partial breaks a tie in lo's direction
    if (n > 0) {
      const pn = load<f64>(p + (<usize>(n - 1) << 3));
      if ((lo < 0.0 && pn < 0.0) || (lo > 0.0 && pn > 0.0)) {
        const y = lo * 2.0;
        const x = hi + y;
        const yr = x - hi;
        if (y == yr) hi = x;
      }
    }
  }
  heapFree(p);
  return floatFromF64(hi);
}

// ---- isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) ----

/**
 * Binds isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) (math's and cmath's: one clinic signature)
 * into out[0..3] (borrowed; the tolerances 0 when not given). False with TypeError set.
 */
export function iscloseBind(args: usize, nargs: i32, kwnames: Ptr, out: usize): bool {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  if (nargs > 4) { excFormat(excTypeError, 'isclose() takes at most 4 arguments (%d given)', <Ptr>nargs); return false; }
  if (npos > 2) { excFormat(excTypeError, 'isclose() takes exactly 2 positional arguments (%d given)', <Ptr>npos); return false; }
  // the four parameters in order, positional first, then by keyword
  let pa: Ptr = npos > 0 ? arg(args, 0) : 0, pb: Ptr = npos > 1 ? arg(args, 1) : 0;
  let prel: Ptr = 0, pabs: Ptr = 0;
  let used: i32 = 0;
  for (let k: i32 = 0; k < nkw; k++) {
    const name = tupleItem(kwnames, k);
    const v = arg(args, npos + k);
    if (strEqLiteral(name, 'a') && npos < 1) { pa = v; used++; }
    else if (strEqLiteral(name, 'b') && npos < 2) { pb = v; used++; }
    else if (strEqLiteral(name, 'rel_tol')) { prel = v; used++; }
    else if (strEqLiteral(name, 'abs_tol')) { pabs = v; used++; }
  }
  if (pa == 0) { excSetString(excTypeError, "isclose() missing required argument 'a' (pos 1)"); return false; }
  if (pb == 0) { excSetString(excTypeError, "isclose() missing required argument 'b' (pos 2)"); return false; }
  if (used < nkw) {
    for (let k: i32 = 0; k < nkw; k++) {
      const name = tupleItem(kwnames, k);
      if (strEqLiteral(name, 'a') || strEqLiteral(name, 'b')) {
        excFormat(excTypeError, "argument for isclose() given by name ('%U') and position (%d)",
          name, <Ptr>(strEqLiteral(name, 'a') ? 1 : 2));
        return false;
      }
      if (!strEqLiteral(name, 'rel_tol') && !strEqLiteral(name, 'abs_tol')) {
        excFormat(excTypeError, "'%U' is an invalid keyword argument for isclose()", name);
        return false;
      }
    }
  }
  store<Ptr>(out, pa);
  store<Ptr>(out, pb, 4);
  store<Ptr>(out, prel, 8);
  store<Ptr>(out, pabs, 12);
  return true;
}

/** The tolerances of isclose (at TOLS: rel, abs), converted after a and b as CPython's clinic
 *  converts its arguments in order; false with the exception set. */
export const TOLS: usize = memory.data(16);
export function iscloseTolerances(prel: Ptr, pabs: Ptr): bool {
  let relTol = 1e-09, absTol = 0.0;
  if (prel != 0) { relTol = mathAsDouble(prel); if (failed(relTol)) return false; }
  if (pabs != 0) { absTol = mathAsDouble(pabs); if (failed(absTol)) return false; }
  if (relTol < 0.0 || absTol < 0.0) { excSetString(excValueError, 'tolerances must be non-negative'); return false; }
  store<f64>(TOLS, relTol);
  store<f64>(TOLS, absTol, 8);
  return true;
}

function math_isclose(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const p = memory.data(16);
  if (!iscloseBind(args, nargs, kwnames, p)) return 0;
  const pa = load<Ptr>(p), pb = load<Ptr>(p, 4), prel = load<Ptr>(p, 8), pabs = load<Ptr>(p, 12);
  const a = mathAsDouble(pa);
  if (failed(a)) return 0;
  const b = mathAsDouble(pb);
  if (failed(b)) return 0;
  if (!iscloseTolerances(prel, pabs)) return 0;
  const relTol = load<f64>(TOLS), absTol = load<f64>(TOLS, 8);
  if (a == b) return boolFrom(true); // also catches two infinities of the same sign
  if ((!isFinite(a) && !isNaN(a)) || (!isFinite(b) && !isNaN(b))) return boolFrom(false);
  const diff = Math.abs(b - a);
  return boolFrom(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

// ---- the module ----

/** Names interned once (at vmInit): the special methods ceil/floor/trunc look up. */
export function mathInit(): void {
  sCeil = strInternLiteral('__ceil__');
  sFloor = strInternLiteral('__floor__');
  sTrunc = strInternLiteral('__trunc__');
}

/** A new math module (one per run that imports it). 0 with an exception on failure. */
export function mathModuleNew(): Ptr {
  const m = moduleNewLiteral('math');
  if (m == 0) return 0;
  const ok = moduleAddNew(m, 'pi', floatFromF64(PI)) == 0
    && moduleAddNew(m, 'e', floatFromF64(2.718281828459045235360287471352662498)) == 0
    && moduleAddNew(m, 'tau', floatFromF64(6.283185307179586476925286766559005768)) == 0
    && moduleAddNew(m, 'inf', floatFromF64(Infinity)) == 0
    && moduleAddNew(m, 'nan', floatFromF64(NaN)) == 0
    && moduleAddFunction(m, 'acos', math_acos.index) == 0
    && moduleAddFunction(m, 'acosh', math_acosh.index) == 0
    && moduleAddFunction(m, 'asin', math_asin.index) == 0
    && moduleAddFunction(m, 'asinh', math_asinh.index) == 0
    && moduleAddFunction(m, 'atan', math_atan.index) == 0
    && moduleAddFunction(m, 'atan2', math_atan2.index) == 0
    && moduleAddFunction(m, 'atanh', math_atanh.index) == 0
    && moduleAddFunction(m, 'cbrt', math_cbrt.index) == 0
    && moduleAddFunction(m, 'ceil', math_ceil.index) == 0
    && moduleAddFunction(m, 'comb', math_comb.index) == 0
    && moduleAddFunction(m, 'copysign', math_copysign.index) == 0
    && moduleAddFunction(m, 'cos', math_cos.index) == 0
    && moduleAddFunction(m, 'cosh', math_cosh.index) == 0
    && moduleAddFunction(m, 'degrees', math_degrees.index) == 0
    && moduleAddFunction(m, 'dist', math_dist.index) == 0
    && moduleAddFunction(m, 'erf', math_erf.index) == 0
    && moduleAddFunction(m, 'erfc', math_erfc.index) == 0
    && moduleAddFunction(m, 'exp', math_exp.index) == 0
    && moduleAddFunction(m, 'exp2', math_exp2.index) == 0
    && moduleAddFunction(m, 'expm1', math_expm1.index) == 0
    && moduleAddFunction(m, 'fabs', math_fabs.index) == 0
    && moduleAddFunction(m, 'factorial', math_factorial.index) == 0
    && moduleAddFunction(m, 'floor', math_floor.index) == 0
    && moduleAddFunction(m, 'fmod', math_fmod.index) == 0
    && moduleAddFunction(m, 'frexp', math_frexp.index) == 0
    && moduleAddFunction(m, 'fsum', math_fsum.index) == 0
    && moduleAddFunction(m, 'gamma', math_gamma.index) == 0
    && moduleAddFunction(m, 'gcd', math_gcd.index) == 0
    && moduleAddFunction(m, 'hypot', math_hypot.index) == 0
    && moduleAddFunction(m, 'isclose', math_isclose.index) == 0
    && moduleAddFunction(m, 'isfinite', math_isfinite.index) == 0
    && moduleAddFunction(m, 'isinf', math_isinf.index) == 0
    && moduleAddFunction(m, 'isnan', math_isnan.index) == 0
    && moduleAddFunction(m, 'isqrt', math_isqrt.index) == 0
    && moduleAddFunction(m, 'lcm', math_lcm.index) == 0
    && moduleAddFunction(m, 'ldexp', math_ldexp.index) == 0
    && moduleAddFunction(m, 'lgamma', math_lgamma.index) == 0
    && moduleAddFunction(m, 'log', math_log.index) == 0
    && moduleAddFunction(m, 'log10', math_log10.index) == 0
    && moduleAddFunction(m, 'log1p', math_log1p.index) == 0
    && moduleAddFunction(m, 'log2', math_log2.index) == 0
    && moduleAddFunction(m, 'modf', math_modf.index) == 0
    && moduleAddFunction(m, 'nextafter', math_nextafter.index) == 0
    && moduleAddFunction(m, 'perm', math_perm.index) == 0
    && moduleAddFunction(m, 'pow', math_pow.index) == 0
    && moduleAddFunction(m, 'prod', math_prod.index) == 0
    && moduleAddFunction(m, 'radians', math_radians.index) == 0
    && moduleAddFunction(m, 'remainder', math_remainder.index) == 0
    && moduleAddFunction(m, 'sin', math_sin.index) == 0
    && moduleAddFunction(m, 'sinh', math_sinh.index) == 0
    && moduleAddFunction(m, 'sqrt', math_sqrt.index) == 0
    && moduleAddFunction(m, 'tan', math_tan.index) == 0
    && moduleAddFunction(m, 'tanh', math_tanh.index) == 0
    && moduleAddFunction(m, 'trunc', math_trunc.index) == 0
    && moduleAddFunction(m, 'ulp', math_ulp.index) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}
