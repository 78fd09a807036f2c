// === The hyperbolic functions, log1p, log10, erf and erfc of glibc 2.36 ===
//
// glibc computes these with fdlibm's methods (Sun Microsystems, 1993: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is
// preserved"), several of them with the polynomial evaluation order Naohiko Shimizu rearranged
// for pipelined processors (1997); atanh and the rearranged acosh follow the formulas of glibc's
// 2011 versions (Ulrich Drepper), written here from the formulas. None of them has an
// FMA build except log1p (whose fused operations are reproduced), so every other operation below
// is a plain IEEE operation in glibc's order; the exp, log, expm1 and log1p they call are the FMA
// builds (exp.ts, log.ts, expm1.ts, log1p here). The order of operations is
// what makes the last bit, so it is kept exactly, including where it looks redundant.

import { glibcExp } from './exp';
import { glibcLog } from './log';
import { glibcExpm1 } from './expm1';
import { fma } from './fma';

@inline function hi32(x: f64): u32 { return <u32>(reinterpret<u64>(x) >> 32); }
@inline function lo32(x: f64): u32 { return <u32>reinterpret<u64>(x); }
@inline function withLow0(x: f64): f64 { return reinterpret<f64>(reinterpret<u64>(x) & 0xFFFFFFFF00000000); }

// ---- sinh, cosh, tanh ----

export function glibcSinh(x: f64): f64 {
  const jx = <i32>hi32(x);
  const ix = jx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return x + x; // inf or NaN
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3E300000) { // |x| < 2^-28: sinh(x) = x
      if (1.0e307 + x > 1.0) return x;
    }
    const t = glibcExpm1(Math.abs(x));
    if (ix < 0x3FF00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862E42) return h * glibcExp(Math.abs(x)); // |x| in [22, log(maxdouble)]
  // |x| in [log(maxdouble), overflow threshold]
  if (ix < 0x408633CE || (ix == 0x408633CE && lo32(x) <= 0x8FB9F87D)) {
    const w = glibcExp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307; // overflow
}

export function glibcCosh(x: f64): f64 {
  const ix = hi32(x) & 0x7FFFFFFF;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3FD62E43) { // |x| < 0.5*ln2: 1 + expm1(|x|)^2 / (2*exp(|x|))
      if (ix < 0x3C800000) return 1.0;
      const t = glibcExpm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = glibcExp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862E42) return 0.5 * glibcExp(Math.abs(x));
  if (ix < 0x408633CE || (ix == 0x408633CE && lo32(x) <= 0x8FB9F87D)) {
    const w = glibcExp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7FF00000) return x * x; // inf or NaN
  return Infinity;
}

export function glibcTanh(x: f64): f64 {
  const jx = <i32>hi32(x);
  const ix = jx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // +-1, or NaN
  let z: f64;
  if (ix < 0x40360000) { // |x| < 22
    if ((ix | lo32(x)) == 0) return x; // +-0
    if (ix < 0x3C800000) return x * (1.0 + x); // |x| < 2^-55
    if (ix >= 0x3FF00000) { // |x| >= 1
      const t = glibcExpm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = glibcExpm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - 1e-300; // 1, inexact
  }
  return jx >= 0 ? z : -z;
}

// ---- asinh, acosh, atanh ----

@inline const LN2: f64 = 6.93147180559945286227e-01; // 0x3FE62E42 FEFA39EF

export function glibcAsinh(x: f64): f64 {
  const ix = hi32(x) & 0x7FFFFFFF;
  if (ix < 0x3E300000) { // |x| < 2^-28
    if (1.0e300 + x > 1.0) return x;
  }
  let w: f64;
  if (ix > 0x41B00000) { // |x| > 2^28
    if (ix >= 0x7FF00000) return x + x; // inf or NaN
    w = glibcLog(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) { // 2^28 > |x| > 2
      w = glibcLog(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else { // 2 > |x| > 2^-28
      const t = xa * xa;
      w = glibcLog1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return copysign<f64>(w, x);
}

export function glibcAcosh(x: f64): f64 {
  const hx = <i64>reinterpret<u64>(x);
  if (hx > 0x4000000000000000) {
    if (hx >= 0x41B0000000000000) { // x > 2^28
      if (hx >= 0x7FF0000000000000) return x + x; // inf or NaN
      return glibcLog(x) + LN2; // log(2x)
    }
    const t = x * x; // 2^28 > x > 2
    return glibcLog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  if (hx > 0x3FF0000000000000) { // 1 < x <= 2
    const t = x - 1.0;
    return glibcLog1p(t + Math.sqrt(2.0 * t + t * t));
  }
  if (hx == 0x3FF0000000000000) return 0.0;
  return NaN; // x < 1 (negative x included)
}

export function glibcAtanh(x: f64): f64 {
  const xa = Math.abs(x);
  let t: f64;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2^-28
    t = xa + xa;
    t = 0.5 * glibcLog1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * glibcLog1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0) return NaN;
    return x / 0.0; // +-inf at +-1; NaN stays NaN
  }
  return copysign<f64>(t, x);
}

// ---- log1p and log10 ----

@inline const LN2_HI: f64 = 6.93147180369123816490e-01; // 3fe62e42 fee00000
@inline const LN2_LO: f64 = 1.90821492927058770002e-10; // 3dea39ef 35793c76
@inline const LP1: f64 = 6.666666666666735130e-01;
@inline const LP2: f64 = 3.999999999940941908e-01;
@inline const LP3: f64 = 2.857142874366239149e-01;
@inline const LP4: f64 = 2.222219843214978396e-01;
@inline const LP5: f64 = 1.818357216161805012e-01;
@inline const LP6: f64 = 1.531383769920937332e-01;
@inline const LP7: f64 = 1.479819860511658591e-01;

/** log1p: fdlibm's (Shimizu's evaluation order), in glibc's FMA build: the fused operations are
 *  those of that build's machine code. */
export function glibcLog1p(x: f64): f64 {
  const hx = <i32>hi32(x);
  const ax = hx & 0x7FFFFFFF;
  let k: i32 = 1;
  let f = 0.0, c = 0.0;
  let hu: i32 = 0;
  if (hx < 0x3FDA827A) { // x < 0.41422
    if (ax >= 0x3FF00000) { // x <= -1
      if (x == -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3E200000) { // |x| < 2^-29
      if (ax < 0x3C900000) return x; // |x| < 2^-54
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= <i32>0xBFD2BEC3) { k = 0; f = x; hu = 1; } // -0.2929 < x < 0.41422
  } else if (hx >= 0x7FF00000) {
    return x + x;
  }
  if (k != 0) {
    let u: f64;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = <i32>hi32(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = <i32>hi32(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000FFFFF;
    if (hu < 0x6A09E) {
      u = reinterpret<f64>((<u64>(hu | 0x3FF00000) << 32) | <u64>lo32(u)); // normalize u
    } else {
      k += 1;
      u = reinterpret<f64>((<u64>(hu | 0x3FE00000) << 32) | <u64>lo32(u)); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  const dk = <f64>k;
  if (hu == 0) { // |f| < 2^-20
    if (f == 0.0) {
      if (k == 0) return 0.0;
      return fma(dk, LN2_HI, fma(dk, LN2_LO, c));
    }
    const R = fma(-f, 0.66666666666666666, 1.0) * hfsq;
    if (k == 0) return f - R;
    return fma(dk, LN2_HI, -((R - fma(dk, LN2_LO, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  const R = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  const shr = (R + hfsq) * s;
  if (k == 0) return f - (hfsq - shr);
  return fma(dk, LN2_HI, -((hfsq - (fma(dk, LN2_LO, c) + shr)) - f));
}

@inline const IVLN10: f64 = 4.34294481903251816668e-01;    // 0x3FDBCB7B 1526E50E
@inline const LOG10_2HI: f64 = 3.01029995663611771306e-01; // 0x3FD34413 509F6000
@inline const LOG10_2LO: f64 = 3.69423907715893078616e-13; // 0x3D59FEF3 11F12B36

export function glibcLog10(x: f64): f64 {
  let hx = <i32>hi32(x);
  let k: i32 = 0;
  if (hx < 0x00100000) { // x < 2^-1022
    if (((hx & 0x7FFFFFFF) | <i32>lo32(x)) == 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 18014398509481984.0; // 2^54: scale a subnormal up
    hx = <i32>hi32(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = <i32>((<u32>k & 0x80000000) >> 31);
  hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
  const y = <f64>(k + i);
  x = reinterpret<f64>((<u64><u32>hx << 32) | <u64>lo32(x));
  const z = y * LOG10_2LO + IVLN10 * glibcLog(x);
  return z + y * LOG10_2HI;
}

// ---- erf and erfc ----

@inline const ERX: f64 = 8.45062911510467529297e-01; // 0x3FEB0AC1 60000000
@inline const EFX: f64 = 1.28379167095512586316e-01; // 0x3FC06EBA 8214DB69
// erf on [0, 0.84375]
@inline const PP0: f64 = 1.28379167095512558561e-01;
@inline const PP1: f64 = -3.25042107247001499370e-01;
@inline const PP2: f64 = -2.84817495755985104766e-02;
@inline const PP3: f64 = -5.77027029648944159157e-03;
@inline const PP4: f64 = -2.37630166566501626084e-05;
@inline const QQ1: f64 = 3.97917223959155352819e-01;
@inline const QQ2: f64 = 6.50222499887672944485e-02;
@inline const QQ3: f64 = 5.08130628187576562776e-03;
@inline const QQ4: f64 = 1.32494738004321644526e-04;
@inline const QQ5: f64 = -3.96022827877536812320e-06;
// erf on [0.84375, 1.25]
@inline const PA0: f64 = -2.36211856075265944077e-03;
@inline const PA1: f64 = 4.14856118683748331666e-01;
@inline const PA2: f64 = -3.72207876035701323847e-01;
@inline const PA3: f64 = 3.18346619901161753674e-01;
@inline const PA4: f64 = -1.10894694282396677476e-01;
@inline const PA5: f64 = 3.54783043256182359371e-02;
@inline const PA6: f64 = -2.16637559486879084300e-03;
@inline const QA1: f64 = 1.06420880400844228286e-01;
@inline const QA2: f64 = 5.40397917702171048937e-01;
@inline const QA3: f64 = 7.18286544141962662868e-02;
@inline const QA4: f64 = 1.26171219808761642112e-01;
@inline const QA5: f64 = 1.36370839120290507362e-02;
@inline const QA6: f64 = 1.19844998467991074170e-02;
// erfc on [1.25, 1/0.35]
@inline const RA0: f64 = -9.86494403484714822705e-03;
@inline const RA1: f64 = -6.93858572707181764372e-01;
@inline const RA2: f64 = -1.05586262253232909814e+01;
@inline const RA3: f64 = -6.23753324503260060396e+01;
@inline const RA4: f64 = -1.62396669462573470355e+02;
@inline const RA5: f64 = -1.84605092906711035994e+02;
@inline const RA6: f64 = -8.12874355063065934246e+01;
@inline const RA7: f64 = -9.81432934416914548592e+00;
@inline const SA1: f64 = 1.96512716674392571292e+01;
@inline const SA2: f64 = 1.37657754143519042600e+02;
@inline const SA3: f64 = 4.34565877475229228821e+02;
@inline const SA4: f64 = 6.45387271733267880336e+02;
@inline const SA5: f64 = 4.29008140027567833386e+02;
@inline const SA6: f64 = 1.08635005541779435134e+02;
@inline const SA7: f64 = 6.57024977031928170135e+00;
@inline const SA8: f64 = -6.04244152148580987438e-02;
// erfc on [1/0.35, 28]
@inline const RB0: f64 = -9.86494292470009928597e-03;
@inline const RB1: f64 = -7.99283237680523006574e-01;
@inline const RB2: f64 = -1.77579549177547519889e+01;
@inline const RB3: f64 = -1.60636384855821916062e+02;
@inline const RB4: f64 = -6.37566443368389627722e+02;
@inline const RB5: f64 = -1.02509513161107724954e+03;
@inline const RB6: f64 = -4.83519191608651397019e+02;
@inline const SB1: f64 = 3.03380607434824582924e+01;
@inline const SB2: f64 = 3.25792512996573918826e+02;
@inline const SB3: f64 = 1.53672958608443695994e+03;
@inline const SB4: f64 = 3.19985821950859553908e+03;
@inline const SB5: f64 = 2.55305040643316442583e+03;
@inline const SB6: f64 = 4.74528541206955367215e+02;
@inline const SB7: f64 = -2.24409524465858183362e+01;

/** erf(x) - x = x * (r / s) on |x| < 0.84375: returns r / s. */
function erfSmallRatio(x: f64): f64 {
  const z = x * x;
  const r1 = PP0 + z * PP1;
  const z2 = z * z;
  const r2 = PP2 + z * PP3;
  const z4 = z2 * z2;
  const s1 = 1.0 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

// P/Q near 1 (0.84375 <= |x| < 1.25)
let erfP: f64 = 0;
function erfNearOneQ(x: f64): f64 {
  const s = Math.abs(x) - 1.0;
  const P1 = PA0 + s * PA1;
  const s2 = s * s;
  const Q1 = 1.0 + s * QA1;
  const s4 = s2 * s2;
  const P2 = PA2 + s * PA3;
  const s6 = s4 * s2;
  const Q2 = QA2 + s * QA3;
  const P3 = PA4 + s * PA5;
  const Q3 = QA4 + s * QA5;
  erfP = P1 + s2 * P2 + s4 * P3 + s6 * PA6;
  return Q1 + s2 * Q2 + s4 * Q3 + s6 * QA6;
}

/** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25 (x = |x|): R/S by range; the square taken as
 *  z*z + (z - x)(z + x) with z = x with its low word cleared (exact). `erfcBound` picks the
 *  boundary of the two ranges (erf and erfc differ in its last hex digit). */
function erfcTail(x: f64, ix: i32, boundary: i32): f64 {
  const s = 1.0 / (x * x);
  let R: f64, S: f64;
  if (ix < boundary) { // |x| < 1/0.35
    const R1 = RA0 + s * RA1;
    const s2 = s * s;
    const S1 = 1.0 + s * SA1;
    const s4 = s2 * s2;
    const R2 = RA2 + s * RA3;
    const s6 = s4 * s2;
    const S2 = SA2 + s * SA3;
    const s8 = s4 * s4;
    const R3 = RA4 + s * RA5;
    const S3 = SA4 + s * SA5;
    const R4 = RA6 + s * RA7;
    const S4 = SA6 + s * SA7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA8;
  } else {
    const R1 = RB0 + s * RB1;
    const s2 = s * s;
    const S1 = 1.0 + s * SB1;
    const s4 = s2 * s2;
    const R2 = RB2 + s * RB3;
    const s6 = s4 * s2;
    const S2 = SB2 + s * SB3;
    const R3 = RB4 + s * RB5;
    const S3 = SB4 + s * SB5;
    const S4 = SB6 + s * SB7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB6;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = withLow0(x);
  return glibcExp(-z * z - 0.5625) * glibcExp((z - x) * (z + x) + R / S);
}

export function glibcErf(x: f64): f64 {
  const hx = <i32>hi32(x);
  const ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return <f64>(1 - (((<u32>hx >> 31) << 1))) + 1.0 / x; // +-1, or NaN
  if (ix < 0x3FEB0000) { // |x| < 0.84375
    if (ix < 0x3E300000) { // |x| < 2^-28
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x); // no spurious underflow
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x);
  }
  if (ix < 0x3FF40000) { // 0.84375 <= |x| < 1.25
    const Q = erfNearOneQ(x);
    return hx >= 0 ? ERX + erfP / Q : -ERX - erfP / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0; // |x| >= 6
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix, 0x4006DB6E);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

export function glibcErfc(x: f64): f64 {
  const hx = <i32>hi32(x);
  const ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return <f64>(((<u32>hx >> 31) << 1)) + 1.0 / x; // 0, 2, or NaN
  if (ix < 0x3FEB0000) { // |x| < 0.84375
    if (ix < 0x3C700000) return 1.0 - x; // |x| < 2^-56
    const y = erfSmallRatio(x);
    if (hx < 0x3FD00000) return 1.0 - (x + x * y); // x < 1/4
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3FF40000) { // 0.84375 <= |x| < 1.25
    const Q = erfNearOneQ(x);
    if (hx >= 0) return (1.0 - ERX) - erfP / Q;
    return 1.0 + (ERX + erfP / Q);
  }
  if (ix < 0x403C0000) { // |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300; // x < -6
    const ax = Math.abs(x);
    const r = erfcTail(ax, ix, 0x4006DB6D);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0.0 : 2.0 - 1e-300;
}
