// === cmath: CPython 3.11's cmathmodule.c (complex square roots, logs, exponentials, trig) ===
//
// Each function follows C99 Annex G as CPython implements it, operation for operation, so the
// last bits are CPython's wherever the C library's are (modules/libm.ts: exp, log, log1p,
// sinh, cosh, tanh, asinh and hypot are glibc's own; cos, sin, tan and atan2 are correctly
// rounded, as glibc's are for all but about one argument in a thousand):
// - Arguments with an infinite or nan part take their result from a 7x7 table indexed by the
//   kind of each part (SPECIAL_TYPES below); exp, cosh, sinh, tanh and rect compute the signs of
//   their infinite results from cos and sin of the finite part.
// - Finite arguments avoid spurious overflow and underflow by scaling (CM_LARGE_DOUBLE etc.).
// - Like the C code, each kernel sets `errno`: EDOM becomes ValueError 'math domain error',
//   ERANGE OverflowError 'math range error'. A kernel returns the real part and leaves the
//   imaginary part in `rIm` (no structs in the core).
// Arguments convert as PyComplex_AsCComplex does: a complex (or subclass) as it is, else
// type(x).__complex__(), else x as a real number (__float__, __index__).

import { Ptr } from '../common';
import { decref } from '../object/header';
import { moduleNewLiteral, moduleAddFunction, moduleAddNew } from '../object/module';
import { floatFromF64 } from '../object/float';
import { boolFrom } from '../object/bool';
import { tuplePair } from '../object/tuple';
import {
  isComplex, complexReal, complexImag, complexFromDoubles, cQuot, cAbs, cIm, cErrno, cErrnoClear,
} from '../object/complex';
import { complexFromSpecial } from '../object/complexnew';
import { excSetString, excOccurred, excValueError, excOverflowError } from '../vm/exc';
import { modExactlyOne, modPositional } from './args';
import { mathAsDouble, iscloseBind, iscloseTolerances, TOLS } from './math';
import {
  libmAtan2, libmCos, libmSin, libmTan, libmExp, libmLog, libmLog1p, libmHypot, libmSinh,
  libmCosh, libmTanh, libmAsinh,
} from './libm';

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

// ---- constants (CPython's, from <float.h>) ----

@inline const PI: f64 = 3.141592653589793;
@inline const E: f64 = 2.718281828459045;
@inline const M_LN2: f64 = 0.6931471805599453;
@inline const M_LN10: f64 = 2.302585092994046;
@inline const DBL_MIN: f64 = 2.2250738585072014e-308;
@inline const DBL_MANT_DIG: i32 = 53;
/** DBL_MAX / 4: above it sqrt, log and the inverse functions rescale. */
@inline const CM_LARGE_DOUBLE: f64 = 4.49423283715579e+307;
/** sqrt(CM_LARGE_DOUBLE) and sqrt(DBL_MIN) (exact square roots, as the C code computes them). */
@inline const CM_SQRT_LARGE_DOUBLE: f64 = 6.703903964971298e+153;
@inline const CM_SQRT_DBL_MIN: f64 = 1.4916681462400413e-154;
/** log(CM_LARGE_DOUBLE): above it exp, cosh, sinh and tanh take out a factor e first. */
@inline const CM_LOG_LARGE_DOUBLE: f64 = 708.3964185322641;
/** 2**CM_SCALE_UP turns a subnormal into a normal; CM_SCALE_DOWN = -(CM_SCALE_UP + 1) / 2. */
@inline const CM_SCALE_UP: i32 = 53;
@inline const CM_SCALE_DOWN: i32 = -27;

@inline const EDOM: i32 = 33;
@inline const ERANGE: i32 = 34;

/** C's errno, as the kernels set it. */
let errno: i32 = 0;
/** The imaginary part of the last kernel's result. */
let rIm: f64 = 0;

@inline function isInf(x: f64): bool { return !isFinite(x) && !isNaN(x); }
@inline function copysignF(x: f64, y: f64): f64 { return copysign<f64>(x, y); }
@inline function ldexp(x: f64, e: i32): f64 { return NativeMath.scalbn(x, e); }

// ---- special values ----

// The kinds of a double (CPython's special_type), which index the tables' rows (real part) and
// columns (imaginary part).
@inline const ST_NINF: i32 = 0;
@inline const ST_NEG: i32 = 1;
@inline const ST_NZERO: i32 = 2;
@inline const ST_PZERO: i32 = 3;
@inline const ST_POS: i32 = 4;
@inline const ST_PINF: i32 = 5;
@inline const ST_NAN: i32 = 6;

function specialType(d: f64): i32 {
  const neg = (reinterpret<u64>(d) >> 63) != 0;
  if (isFinite(d)) {
    if (d != 0) return neg ? ST_NEG : ST_POS;
    return neg ? ST_NZERO : ST_PZERO;
  }
  if (isNaN(d)) return ST_NAN;
  return neg ? ST_NINF : ST_PINF;
}

// Each table: 7 rows x 7 columns of (real, imag) pairs. U marks the entries of two finite
// parts, which the tables are never consulted for.
@inline const P: f64 = 3.141592653589793;
@inline const P14: f64 = 0.7853981633974483;
@inline const P12: f64 = 1.5707963267948966;
@inline const P34: f64 = 2.356194490192345;
@inline const INF: f64 = Infinity;
@inline const N: f64 = NaN;
@inline const U: f64 = -9.5426319407711027e33;

const ACOS_SV: usize = memory.data<f64>([
  P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P14, INF, 0.0, INF, 0.0, INF, 0.0, -INF, 0.0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
]);

const ACOSH_SV: usize = memory.data<f64>([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);

const ASINH_SV: usize = memory.data<f64>([
  -INF, -P14, -INF, -0.0, -INF, -0.0, -INF, 0.0, -INF, 0.0, -INF, P14, -INF, N,
  -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -INF, P12, N, N,
  INF, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
  INF, N, N, N, N, -0.0, N, 0.0, N, N, INF, N, N, N,
]);

const ATANH_SV: usize = memory.data<f64>([
  -0.0, -P12, -0.0, -P12, -0.0, -P12, -0.0, P12, -0.0, P12, -0.0, P12, -0.0, N,
  -0.0, -P12, U, U, U, U, U, U, U, U, -0.0, P12, N, N,
  -0.0, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -0.0, P12, -0.0, N,
  0.0, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, P12, 0.0, N,
  0.0, -P12, U, U, U, U, U, U, U, U, 0.0, P12, N, N,
  0.0, -P12, 0.0, -P12, 0.0, -P12, 0.0, P12, 0.0, P12, 0.0, P12, 0.0, N,
  0.0, -P12, N, N, N, N, N, N, N, N, 0.0, P12, N, N,
]);

const COSH_SV: usize = memory.data<f64>([
  INF, N, U, U, INF, 0.0, INF, -0.0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0.0, U, U, 1.0, 0.0, 1.0, -0.0, U, U, N, 0.0, N, 0.0,
  N, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, 0.0, N, 0.0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N,
]);

const EXP_SV: usize = memory.data<f64>([
  0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
  N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
]);

const LOG_SV: usize = memory.data<f64>([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);

const SINH_SV: usize = memory.data<f64>([
  INF, N, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0.0, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, 0.0, N, 0.0, N,
  0.0, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, N, 0.0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
]);

const SQRT_SV: usize = memory.data<f64>([
  INF, -INF, 0.0, -INF, 0.0, -INF, 0.0, INF, 0.0, INF, INF, INF, N, INF,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
]);

const TANH_SV: usize = memory.data<f64>([
  -1.0, 0.0, U, U, -1.0, -0.0, -1.0, 0.0, U, U, -1.0, 0.0, -1.0, 0.0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, N, N, N, N,
  N, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  1.0, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, 1.0, 0.0, 1.0, 0.0,
  N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
]);

const RECT_SV: usize = memory.data<f64>([
  INF, N, U, U, -INF, 0.0, -INF, -0.0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0.0, 0.0, U, U, -0.0, 0.0, -0.0, -0.0, U, U, 0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N,
]);

/** table[kind(x)][kind(y)]: the real part, the imaginary part in rIm. */
function special(table: usize, x: f64, y: f64): f64 {
  const at = table + ((<usize>(specialType(x) * 7 + specialType(y))) << 4);
  rIm = load<f64>(at, 8);
  return load<f64>(at);
}

// ---- the kernels (each sets errno) ----

function cSqrt(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) { errno = 0; return special(SQRT_SV, x, y); }
  if (x == 0.0 && y == 0.0) { rIm = y; return 0.0; }
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: f64;
  if (ax < DBL_MIN && ay < DBL_MIN && (ax > 0.0 || ay > 0.0)) {
    // hypot(ax, ay) would be subnormal: scale up first
    ax = ldexp(ax, CM_SCALE_UP);
    s = ldexp(Math.sqrt(ax + libmHypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8.0;
    s = 2.0 * Math.sqrt(ax + libmHypot(ax, ay / 8.0));
  }
  const d = ay / (2.0 * s);
  errno = 0;
  if (x >= 0.0) { rIm = copysignF(d, y); return s; }
  rIm = copysignF(s, y);
  return d;
}

function cAcos(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) { errno = 0; return special(ACOS_SV, x, y); }
  let re: f64, im: f64;
  if (Math.abs(x) > CM_LARGE_DOUBLE || Math.abs(y) > CM_LARGE_DOUBLE) {
    re = libmAtan2(Math.abs(y), x);
    if (x < 0.0) im = -copysignF(libmLog(libmHypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, y);
    else im = copysignF(libmLog(libmHypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, -y);
  } else {
    const s1r = cSqrt(1.0 - x, -y), s1i = rIm;
    const s2r = cSqrt(1.0 + x, y), s2i = rIm;
    re = 2.0 * libmAtan2(s1r, s2r);
    im = libmAsinh(s2r * s1i - s2i * s1r);
  }
  errno = 0;
  rIm = im;
  return re;
}

function cAcosh(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) { errno = 0; return special(ACOSH_SV, x, y); }
  let re: f64, im: f64;
  if (Math.abs(x) > CM_LARGE_DOUBLE || Math.abs(y) > CM_LARGE_DOUBLE) {
    re = libmLog(libmHypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0;
    im = libmAtan2(y, x);
  } else {
    const s1r = cSqrt(x - 1.0, y), s1i = rIm;
    const s2r = cSqrt(x + 1.0, y), s2i = rIm;
    re = libmAsinh(s1r * s2r + s1i * s2i);
    im = 2.0 * libmAtan2(s1i, s2r);
  }
  errno = 0;
  rIm = im;
  return re;
}

function cAsinh(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) { errno = 0; return special(ASINH_SV, x, y); }
  let re: f64, im: f64;
  if (Math.abs(x) > CM_LARGE_DOUBLE || Math.abs(y) > CM_LARGE_DOUBLE) {
    if (y >= 0.0) re = copysignF(libmLog(libmHypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, x);
    else re = -copysignF(libmLog(libmHypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, -x);
    im = libmAtan2(y, Math.abs(x));
  } else {
    const s1r = cSqrt(1.0 + y, -x), s1i = rIm;
    const s2r = cSqrt(1.0 - y, x), s2i = rIm;
    re = libmAsinh(s1r * s2i - s2r * s1i);
    im = libmAtan2(y, s1r * s2r - s1i * s2i);
  }
  errno = 0;
  rIm = im;
  return re;
}

/** asin(z) = -i asinh(iz) */
function cAsin(x: f64, y: f64): f64 {
  const sr = cAsinh(-y, x);
  const si = rIm;
  rIm = -sr;
  return si;
}

function cAtanh(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) { errno = 0; return special(ATANH_SV, x, y); }
  // atanh(z) = -atanh(-z): reduce to x >= 0
  if (x < 0.0) {
    const r = cAtanh(-x, -y);
    rIm = -rIm;
    return -r;
  }
  const ay = Math.abs(y);
  let re: f64, im: f64;
  if (x > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    // |z| large: atanh(z) ~ 1/z +- i pi/2
    const h = libmHypot(x / 2.0, y / 2.0);
    re = x / 4.0 / h / h;
    im = -copysignF(PI / 2.0, -y);
    errno = 0;
  } else if (x == 1.0 && ay < CM_SQRT_DBL_MIN) {
    if (ay == 0.0) {
      re = INF; // C99: atanh(1 +- 0i) is inf +- 0i, a pole
      im = y;
      errno = EDOM;
    } else {
      re = -libmLog(Math.sqrt(ay) / Math.sqrt(libmHypot(ay, 2.0)));
      im = copysignF(libmAtan2(2.0, -ay) / 2, y);
      errno = 0;
    }
  } else {
    re = libmLog1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0;
    im = -libmAtan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0;
    errno = 0;
  }
  rIm = im;
  return re;
}

/** atan(z) = -i atanh(iz) */
function cAtan(x: f64, y: f64): f64 {
  const sr = cAtanh(-y, x);
  const si = rIm;
  rIm = -sr;
  return si;
}

/** Shared by cosh, sinh and exp: (x infinite, y finite and nonzero), whose results are infinite
 *  (or zero) with the signs of cos(y) and sin(y), as C99 asks. */
@inline function signedInf(mag: f64, c: f64, s: f64, negRe: bool, negIm: bool): f64 {
  rIm = negIm ? -copysignF(mag, s) : copysignF(mag, s);
  return negRe ? -copysignF(mag, c) : copysignF(mag, c);
}

function cCosh(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) {
    let re: f64;
    if (isInf(x) && isFinite(y) && y != 0.0) {
      re = signedInf(INF, libmCos(y), libmSin(y), false, x < 0);
    } else re = special(COSH_SV, x, y);
    // an infinite imaginary part with a non-nan real part is invalid
    errno = isInf(y) && !isNaN(x) ? EDOM : 0;
    return re;
  }
  let re: f64, im: f64;
  if (Math.abs(x) > CM_LOG_LARGE_DOUBLE) {
    // cosh(x) may overflow where cosh(z) does not: take out a factor e
    const xm1 = x - copysignF(1.0, x);
    re = libmCos(y) * libmCosh(xm1) * E;
    im = libmSin(y) * libmSinh(xm1) * E;
  } else {
    re = libmCos(y) * libmCosh(x);
    im = libmSin(y) * libmSinh(x);
  }
  errno = isInf(re) || isInf(im) ? ERANGE : 0;
  rIm = im;
  return re;
}

/** cos(z) = cosh(iz) */
function cCos(x: f64, y: f64): f64 { return cCosh(-y, x); }

function cSinh(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) {
    let re: f64;
    if (isInf(x) && isFinite(y) && y != 0.0) {
      re = signedInf(INF, libmCos(y), libmSin(y), x < 0, false);
    } else re = special(SINH_SV, x, y);
    errno = isInf(y) && !isNaN(x) ? EDOM : 0;
    return re;
  }
  let re: f64, im: f64;
  if (Math.abs(x) > CM_LOG_LARGE_DOUBLE) {
    const xm1 = x - copysignF(1.0, x);
    re = libmCos(y) * libmSinh(xm1) * E;
    im = libmSin(y) * libmCosh(xm1) * E;
  } else {
    re = libmCos(y) * libmSinh(x);
    im = libmSin(y) * libmCosh(x);
  }
  errno = isInf(re) || isInf(im) ? ERANGE : 0;
  rIm = im;
  return re;
}

/** sin(z) = -i sinh(iz) */
function cSin(x: f64, y: f64): f64 {
  const sr = cSinh(-y, x);
  const si = rIm;
  rIm = -sr;
  return si;
}

function cExp(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) {
    let re: f64;
    if (isInf(x) && isFinite(y) && y != 0.0) {
      re = signedInf(x > 0 ? INF : 0.0, libmCos(y), libmSin(y), false, false);
    } else re = special(EXP_SV, x, y);
    // invalid: an infinite imaginary part, unless the real part is nan or -inf
    errno = isInf(y) && (isFinite(x) || (isInf(x) && x > 0)) ? EDOM : 0;
    return re;
  }
  let re: f64, im: f64;
  if (x > CM_LOG_LARGE_DOUBLE) {
    const l = libmExp(x - 1.0);
    re = l * libmCos(y) * E;
    im = l * libmSin(y) * E;
  } else {
    const l = libmExp(x);
    re = l * libmCos(y);
    im = l * libmSin(y);
  }
  errno = isInf(re) || isInf(im) ? ERANGE : 0;
  rIm = im;
  return re;
}

function cLog(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) { errno = 0; return special(LOG_SV, x, y); }
  const ax = Math.abs(x), ay = Math.abs(y);
  let re: f64;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    re = libmLog(libmHypot(ax / 2.0, ay / 2.0)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      // hypot(ax, ay) would be subnormal: scale up by 2**53 first
      re = libmLog(libmHypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - <f64>DBL_MANT_DIG * M_LN2;
    } else {
      // log(+-0 +- 0i): a pole
      rIm = libmAtan2(y, x);
      errno = EDOM;
      return -INF;
    }
  } else {
    const h = libmHypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // |z| near 1: log1p keeps the accuracy
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = libmLog1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else re = libmLog(h);
  }
  rIm = libmAtan2(y, x);
  errno = 0;
  return re;
}

function cLog10(x: f64, y: f64): f64 {
  const re = cLog(x, y);
  rIm = rIm / M_LN10;
  return re / M_LN10;
}

function cTanh(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) {
    let re: f64;
    if (isInf(x) && isFinite(y) && y != 0.0) {
      rIm = copysignF(0.0, 2.0 * libmSin(y) * libmCos(y));
      re = x > 0 ? 1.0 : -1.0;
    } else re = special(TANH_SV, x, y);
    errno = isInf(y) && isFinite(x) ? EDOM : 0;
    return re;
  }
  let re: f64, im: f64;
  if (Math.abs(x) > CM_LOG_LARGE_DOUBLE) {
    re = copysignF(1.0, x);
    im = 4.0 * libmSin(y) * libmCos(y) * libmExp(-2.0 * Math.abs(x));
  } else {
    // (tanh(x)(1 + tan(y)^2) + i tan(y)(1 - tanh(x)^2)) / (1 + tan(y)^2 tanh(x)^2), with
    // 1 - tanh(x)^2 as 1/cosh(x)^2
    const tx = libmTanh(x);
    const ty = libmTan(y);
    const cx = 1.0 / libmCosh(x);
    const txty = tx * ty;
    const denom = 1.0 + txty * txty;
    re = tx * (1.0 + ty * ty) / denom;
    im = ((ty / denom) * cx) * cx;
  }
  errno = 0;
  rIm = im;
  return re;
}

/** tan(z) = -i tanh(iz) */
function cTan(x: f64, y: f64): f64 {
  const sr = cTanh(-y, x);
  const si = rIm;
  rIm = -sr;
  return si;
}

// ---- the Python functions ----

/** The argument as a complex (PyComplex_AsCComplex) at ARG (+0 real, +8 imag); false with the
 *  exception set. */
const ARG: usize = memory.data(16);
function complexArg(o: Ptr): bool {
  if (isComplex(o)) {
    store<f64>(ARG, complexReal(o));
    store<f64>(ARG, complexImag(o), 8);
    return true;
  }
  const c = complexFromSpecial(o);
  if (c != 0) {
    store<f64>(ARG, complexReal(c));
    store<f64>(ARG, complexImag(c), 8);
    decref(c);
    return true;
  }
  if (excOccurred()) return false;
  const x = mathAsDouble(o);
  if (x == -1.0 && excOccurred()) return false;
  store<f64>(ARG, x);
  store<f64>(ARG, 0.0, 8);
  return true;
}

/** The result of a kernel (real part re, imaginary part rIm) by errno: a complex or the error. */
function kernelResult(re: f64): Ptr {
  if (errno == EDOM) return excSetString(excValueError, 'math domain error');
  if (errno == ERANGE) return excSetString(excOverflowError, 'math range error');
  return complexFromDoubles(re, rIm);
}

/** One complex argument through kernel f (a table index of `(x: f64, y: f64) => f64`). */
function cmath1(name: string, args: usize, nargs: i32, kwnames: Ptr, f: u32): Ptr {
  if (modExactlyOne(name, nargs, kwnames)) return 0;
  if (!complexArg(arg(args, 0))) return 0;
  errno = 0;
  return kernelResult(call_indirect<f64>(f, load<f64>(ARG), load<f64>(ARG, 8)));
}

function cmath_acos(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.acos', args, nargs, kwnames, cAcos.index); }
function cmath_acosh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.acosh', args, nargs, kwnames, cAcosh.index); }
function cmath_asin(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.asin', args, nargs, kwnames, cAsin.index); }
function cmath_asinh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.asinh', args, nargs, kwnames, cAsinh.index); }
function cmath_atan(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.atan', args, nargs, kwnames, cAtan.index); }
function cmath_atanh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.atanh', args, nargs, kwnames, cAtanh.index); }
function cmath_cos(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.cos', args, nargs, kwnames, cCos.index); }
function cmath_cosh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.cosh', args, nargs, kwnames, cCosh.index); }
function cmath_exp(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.exp', args, nargs, kwnames, cExp.index); }
function cmath_log10(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.log10', args, nargs, kwnames, cLog10.index); }
function cmath_sin(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.sin', args, nargs, kwnames, cSin.index); }
function cmath_sinh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.sinh', args, nargs, kwnames, cSinh.index); }
function cmath_sqrt(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.sqrt', args, nargs, kwnames, cSqrt.index); }
function cmath_tan(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.tan', args, nargs, kwnames, cTan.index); }
function cmath_tanh(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return cmath1('cmath.tanh', args, nargs, kwnames, cTanh.index); }

/** log(z[, base]): log(z) / log(base). As in CPython, the second log resets errno, so only its
 *  own error and the division's count: log(0, 2) is (-inf+nanj). */
function cmath_log(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('cmath.log', nargs, kwnames, 1, 2)) return 0;
  if (!complexArg(arg(args, 0))) return 0;
  errno = 0;
  let re = cLog(load<f64>(ARG), load<f64>(ARG, 8));
  let im = rIm;
  if (nargs == 2) {
    if (!complexArg(arg(args, 1))) return 0;
    const br = cLog(load<f64>(ARG), load<f64>(ARG, 8));
    const bi = rIm;
    re = quot(re, im, br, bi);
    im = rIm;
  }
  rIm = im;
  return kernelResult(re);
}

/** complex.ts's division, whose zero divisor sets errno here (EDOM). */
function quot(ar: f64, ai: f64, br: f64, bi: f64): f64 {
  cErrnoClear();
  const re = cQuot(ar, ai, br, bi);
  if (cErrno != 0) errno = EDOM;
  rIm = cIm;
  return re;
}

/** phase(z): atan2(z.imag, z.real) with C99's special values. glibc's atan2 sets ERANGE when a
 *  nonzero y over a finite x underflows to 0, and phase reports it: phase(1e300+1e-310j) is
 *  OverflowError 'math range error' in CPython. */
function cmath_phase(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('cmath.phase', nargs, kwnames)) return 0;
  if (!complexArg(arg(args, 0))) return 0;
  const x = load<f64>(ARG), y = load<f64>(ARG, 8);
  const phi = libmAtan2(y, x);
  if (phi == 0.0 && y != 0.0 && isFinite(y) && isFinite(x)) return excSetString(excOverflowError, 'math range error');
  return floatFromF64(phi);
}

/** polar(z): (abs(z), phase(z)); an overflowing modulus is OverflowError. */
function cmath_polar(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('cmath.polar', nargs, kwnames)) return 0;
  if (!complexArg(arg(args, 0))) return 0;
  const x = load<f64>(ARG), y = load<f64>(ARG, 8);
  const phi = libmAtan2(y, x); // its underflow ERANGE is cleared by the abs that follows in C
  cErrnoClear();
  const r = cAbs(x, y);
  if (cErrno != 0) return excSetString(excOverflowError, 'math range error');
  const a = floatFromF64(r);
  if (a == 0) return 0;
  const b = floatFromF64(phi);
  if (b == 0) { decref(a); return 0; }
  return tuplePair(a, b);
}

/** rect(r, phi): r * (cos(phi) + i sin(phi)), with the 'spirit of C99' special values. */
function cmath_rect(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('cmath.rect', nargs, kwnames, 2, 2)) return 0;
  const r = mathAsDouble(arg(args, 0));
  if (r == -1.0 && excOccurred()) return 0;
  const phi = mathAsDouble(arg(args, 1));
  if (phi == -1.0 && excOccurred()) return 0;
  let re: f64;
  if (!isFinite(r) || !isFinite(phi)) {
    if (isInf(r) && isFinite(phi) && phi != 0.0) {
      const neg = r < 0;
      re = signedInf(INF, libmCos(phi), libmSin(phi), neg, neg);
    } else re = special(RECT_SV, r, phi);
    // a nonzero number at an infinite angle is invalid
    errno = r != 0.0 && !isNaN(r) && isInf(phi) ? EDOM : 0;
  } else if (phi == 0.0) {
    // CPython's workaround for phi = -0.0 (bpo-18513): no cos/sin
    re = r;
    rIm = r * phi;
    errno = 0;
  } else {
    re = r * libmCos(phi);
    rIm = r * libmSin(phi);
    errno = 0;
  }
  return kernelResult(re);
}

function cmath_isfinite(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('cmath.isfinite', nargs, kwnames)) return 0;
  if (!complexArg(arg(args, 0))) return 0;
  return boolFrom(isFinite(load<f64>(ARG)) && isFinite(load<f64>(ARG, 8)));
}

function cmath_isnan(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('cmath.isnan', nargs, kwnames)) return 0;
  if (!complexArg(arg(args, 0))) return 0;
  return boolFrom(isNaN(load<f64>(ARG)) || isNaN(load<f64>(ARG, 8)));
}

function cmath_isinf(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('cmath.isinf', nargs, kwnames)) return 0;
  if (!complexArg(arg(args, 0))) return 0;
  return boolFrom(isInf(load<f64>(ARG)) || isInf(load<f64>(ARG, 8)));
}

/** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): math.isclose's rule on |a - b|. */
function cmath_isclose(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const p = memory.data(16);
  if (!iscloseBind(args, nargs, kwnames, p)) return 0;
  const pa = load<Ptr>(p), pb = load<Ptr>(p, 4), prel = load<Ptr>(p, 8), pabs = load<Ptr>(p, 12);
  if (!complexArg(pa)) return 0;
  const ar = load<f64>(ARG), ai = load<f64>(ARG, 8);
  if (!complexArg(pb)) return 0;
  const br = load<f64>(ARG), bi = load<f64>(ARG, 8);
  if (!iscloseTolerances(prel, pabs)) return 0;
  const relTol = load<f64>(TOLS), absTol = load<f64>(TOLS, 8);
  // exact equality first: two infinities of the same sign are close
  if (ar == br && ai == bi) return boolFrom(true);
  // an infinity is close to nothing else (its relative tolerance would be infinite)
  if (isInf(ar) || isInf(ai) || isInf(br) || isInf(bi)) return boolFrom(false);
  const diff = cAbs(ar - br, ai - bi);
  return boolFrom(diff <= relTol * cAbs(br, bi) || diff <= relTol * cAbs(ar, ai) || diff <= absTol);
}

/** A new cmath module (one per run that imports it). 0 with an exception on failure. */
export function cmathModuleNew(): Ptr {
  const m = moduleNewLiteral('cmath');
  if (m == 0) return 0;
  const ok = moduleAddNew(m, 'pi', floatFromF64(PI)) == 0
    && moduleAddNew(m, 'e', floatFromF64(E)) == 0
    && moduleAddNew(m, 'tau', floatFromF64(6.283185307179586)) == 0
    && moduleAddNew(m, 'inf', floatFromF64(Infinity)) == 0
    && moduleAddNew(m, 'infj', complexFromDoubles(0.0, Infinity)) == 0
    && moduleAddNew(m, 'nan', floatFromF64(NaN)) == 0
    && moduleAddNew(m, 'nanj', complexFromDoubles(0.0, NaN)) == 0
    && moduleAddFunction(m, 'acos', cmath_acos.index) == 0
    && moduleAddFunction(m, 'acosh', cmath_acosh.index) == 0
    && moduleAddFunction(m, 'asin', cmath_asin.index) == 0
    && moduleAddFunction(m, 'asinh', cmath_asinh.index) == 0
    && moduleAddFunction(m, 'atan', cmath_atan.index) == 0
    && moduleAddFunction(m, 'atanh', cmath_atanh.index) == 0
    && moduleAddFunction(m, 'cos', cmath_cos.index) == 0
    && moduleAddFunction(m, 'cosh', cmath_cosh.index) == 0
    && moduleAddFunction(m, 'exp', cmath_exp.index) == 0
    && moduleAddFunction(m, 'isclose', cmath_isclose.index) == 0
    && moduleAddFunction(m, 'isfinite', cmath_isfinite.index) == 0
    && moduleAddFunction(m, 'isinf', cmath_isinf.index) == 0
    && moduleAddFunction(m, 'isnan', cmath_isnan.index) == 0
    && moduleAddFunction(m, 'log', cmath_log.index) == 0
    && moduleAddFunction(m, 'log10', cmath_log10.index) == 0
    && moduleAddFunction(m, 'phase', cmath_phase.index) == 0
    && moduleAddFunction(m, 'polar', cmath_polar.index) == 0
    && moduleAddFunction(m, 'rect', cmath_rect.index) == 0
    && moduleAddFunction(m, 'sin', cmath_sin.index) == 0
    && moduleAddFunction(m, 'sinh', cmath_sinh.index) == 0
    && moduleAddFunction(m, 'sqrt', cmath_sqrt.index) == 0
    && moduleAddFunction(m, 'tan', cmath_tan.index) == 0
    && moduleAddFunction(m, 'tanh', cmath_tanh.index) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}
