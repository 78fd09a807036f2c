// === expm1: glibc 2.36's expm1 (fdlibm's, in glibc's x86-64 FMA build) ===
//
// fdlibm's method (Sun Microsystems, 1993: "Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice is preserved"): x = k*ln2 + r with a
// correction c for the rounding of r, expm1(r) from a rational function whose denominator part
// R1(r*r) is a degree-5 polynomial (evaluated in glibc's pipelined order), then scaled back by
// 2^k in one of seven ways that keep the error under 1 ulp. glibc runs an FMA build of it on
// CPUs with the instruction; the multiply-adds GCC fused there are fused here too (read from
// that build's machine code), so the last bit is glibc's.

import { fma } from './fma';

@inline const O_THRESHOLD: f64 = 7.09782712893383973096e+02; // 0x40862E42 FEFA39EF
@inline const LN2_HI: f64 = 6.93147180369123816490e-01;      // 0x3fe62e42 fee00000
@inline const LN2_LO: f64 = 1.90821492927058770002e-10;      // 0x3dea39ef 35793c76
@inline const INV_LN2: f64 = 1.44269504088896338700e+00;     // 0x3ff71547 652b82fe
@inline const Q1: f64 = -3.33333333333331316428e-02;         // BFA11111 111110F4
@inline const Q2: f64 = 1.58730158725481460165e-03;          // 3F5A01A0 19FE5585
@inline const Q3: f64 = -7.93650757867487942473e-05;         // BF14CE19 9EAADBB7
@inline const Q4: f64 = 4.00821782732936239552e-06;          // 3ED0CFCA 86E65239
@inline const Q5: f64 = -2.01099218183624371326e-07;         // BE8AFDB7 6E09C32D

/** y with k added to its exponent (SET_HIGH_WORD(y, high + (k << 20))). */
@inline function addExponent(y: f64, k: i32): f64 {
  return reinterpret<f64>(reinterpret<u64>(y) + (<u64><u32>(k << 20) << 32));
}

export function glibcExpm1(x: f64): f64 {
  const ux = reinterpret<u64>(x);
  const hxFull = <u32>(ux >> 32);
  const negative = (hxFull & 0x80000000) != 0;
  const hx = hxFull & 0x7FFFFFFF;
  let k: i32;
  let c = 0.0;
  // filter out huge and non-finite arguments
  if (hx >= 0x4043687A) { // |x| >= 56*ln2
    if (hx >= 0x40862E42) { // |x| >= 709.78...
      if (hx >= 0x7FF00000) {
        if (((hx & 0xFFFFF) | <u32>ux) != 0) return x + x; // NaN
        return negative ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return 1e-300 - 1.0; // x < -56*ln2: -1 (inexact)
  }
  if (hx > 0x3FD62E42) { // |x| > 0.5*ln2: argument reduction
    let hi: f64, lo: f64;
    if (hx < 0x3FF0A2B2) { // and |x| < 1.5*ln2
      if (!negative) { hi = x - LN2_HI; lo = LN2_LO; k = 1; }
      else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = <i32>(INV_LN2 * x + (negative ? -0.5 : 0.5)); // not fused in glibc's build
      const t = <f64>k;
      hi = fma(-t, LN2_HI, x); // exact: t*ln2_hi has its trailing bits zero
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3C900000) { // |x| < 2^-54: x itself
    return x - 0.0;
  } else {
    k = 0;
  }
  // x is now in the primary range
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1p = fma(hxs, Q1, 1.0);
  const r2p = fma(hxs, Q3, Q2);
  const r3p = fma(hxs, Q5, Q4);
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma(h4, r3p, fma(h2, r2p, r1p));
  const t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k == 0) return x - fma(e, x, -hxs); // c is 0
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k == -1) return fma(0.5, x - e, -0.5);
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(x - e, 2.0, 1.0);
  }
  if (k <= -2 || k > 56) { // exp(x) - 1 suffices
    const y = 1.0 - (e - x);
    return addExponent(y, k) - 1.0;
  }
  if (k < 20) {
    const t1 = reinterpret<f64>(<u64>(0x3FF00000 - (0x200000 >> k)) << 32); // 1 - 2^-k
    return addExponent(t1 - (e - x), k);
  }
  const t2 = reinterpret<f64>(<u64>((0x3FF - k) << 20) << 32); // 2^-k
  return addExponent(x - (e + t2) + 1.0, k);
}
