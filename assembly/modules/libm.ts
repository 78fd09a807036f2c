// === libm: the C math library's double functions, as the math module and complex call them ===
//
// CPython's math module (and complexobject.c's abs and **) hands most work to the platform's
// libm, and the goldens come from glibc 2.36 on x86-64, which runs FMA builds of several functions
// on current CPUs. Every libm function they need is chosen here (the implementations are in
// assembly/libm/):
//
//   exactly glibc's result (the same algorithm and operations, fused ones through fma()):
//     exp, exp2, expm1, log, log2, log10, log1p, pow, sinh, cosh, tanh, asinh, acosh, atanh,
//     erf, erfc (checked bit for bit against glibc on millions of arguments each)
//   correctly rounded (glibc's IBM functions are too, except for about 1 argument in 1000, where
//   the result here is the correctly rounded one and glibc's differs by one ulp):
//     sin, cos, tan, asin, acos, atan, atan2
//   glibc's own algorithm, operation for operation: hypot (libm/hypot.ts)
//
// AssemblyScript's Math.exp2 is ARM's exp2 without fused operations, which is what glibc runs.

import { glibcExp } from '../libm/exp';
import { glibcLog } from '../libm/log';
import { glibcLog2 } from '../libm/log2';
import { glibcPow } from '../libm/pow';
import { glibcExpm1 } from '../libm/expm1';
import {
  glibcSinh, glibcCosh, glibcTanh, glibcAsinh, glibcAcosh, glibcAtanh, glibcLog1p, glibcLog10,
  glibcErf, glibcErfc,
} from '../libm/fdlibm';
import { crSin, crCos, crTan, crAsin, crAcos, crAtan, atan2Full } from '../libm/trig';
import { glibcHypot } from '../libm/hypot';

export function libmSin(x: f64): f64 { return crSin(x); }
export function libmCos(x: f64): f64 { return crCos(x); }
export function libmTan(x: f64): f64 { return crTan(x); }
export function libmAsin(x: f64): f64 { return crAsin(x); }
export function libmAcos(x: f64): f64 { return crAcos(x); }
export function libmAtan(x: f64): f64 { return crAtan(x); }
/** atan2 with C99's special values for nan, zero and infinite arguments. */
export function libmAtan2(y: f64, x: f64): f64 { return atan2Full(y, x); }
/** hypot: glibc's own algorithm (libm/hypot.ts), which complex's abs() and ** call. */
export function libmHypot(x: f64, y: f64): f64 { return glibcHypot(x, y); }
export function libmSinh(x: f64): f64 { return glibcSinh(x); }
export function libmCosh(x: f64): f64 { return glibcCosh(x); }
export function libmTanh(x: f64): f64 { return glibcTanh(x); }
export function libmAsinh(x: f64): f64 { return glibcAsinh(x); }
export function libmAcosh(x: f64): f64 { return glibcAcosh(x); }
export function libmAtanh(x: f64): f64 { return glibcAtanh(x); }
export function libmExp(x: f64): f64 { return glibcExp(x); }
export function libmExp2(x: f64): f64 { return NativeMath.exp2(x); }
export function libmExpm1(x: f64): f64 { return glibcExpm1(x); }
export function libmLog(x: f64): f64 { return glibcLog(x); }
export function libmLog2(x: f64): f64 { return glibcLog2(x); }
export function libmLog10(x: f64): f64 { return glibcLog10(x); }
export function libmLog1p(x: f64): f64 { return glibcLog1p(x); }
// cbrt: AssemblyScript's own (faithfully rounded, FreeBSD msun's algorithm). glibc's is its own
// LGPL code, whose last bit differs from ours for about half of all arguments; we do not
// reproduce it (test/cpydiff/modules_math_cbrt.py).
export function libmCbrt(x: f64): f64 { return NativeMath.cbrt(x); }
export function libmPow(x: f64, y: f64): f64 { return glibcPow(x, y); }
export function libmErf(x: f64): f64 { return glibcErf(x); }
export function libmErfc(x: f64): f64 { return glibcErfc(x); }
