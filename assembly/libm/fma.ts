// === fma: a * b + c with one rounding, in software (WebAssembly has no scalar fused multiply-add) ===
//
// glibc's x86-64 libm runs FMA builds of exp, log, pow, sin... on CPUs that have the instruction,
// and the compiler fused some of their a * b + c; reproducing their last bit needs the fused
// operation. Method (as musl's portable fma): the operands as 53-bit integers m * 2^e, the
// product exactly in 128 bits, the addend aligned to it with everything shifted out folded into
// a sticky bit, the sum normalized to 63 significant bits plus sticky, and one final rounding by
// the i64 -> f64 conversion (round to nearest even) and an exact scaling. A result that is
// subnormal before rounding is pre-rounded at the subnormal boundary so it still rounds once.

import { twoProd, twoSum, ddLo } from './dd';

@inline const ZERO_INF_NAN: i32 = 0x7ff - 0x3ff - 52 - 1;

// normalize(): m with the implicit bit at 53 (one zero bit below), e such that x = m * 2^e
let nM: u64 = 0;
let nE: i32 = 0;
let nSign: u32 = 0;

function normalize(x: f64): void {
  let ix = reinterpret<u64>(x);
  let e = <i32>(ix >> 52);
  nSign = <u32>(e & 0x800);
  e &= 0x7ff;
  if (e == 0) {
    ix = reinterpret<u64>(x * 9.223372036854775808e18); // 2^63: subnormals become normal
    e = <i32>((ix >> 52) & 0x7ff);
    e = e != 0 ? e - 63 : 0x800;
  }
  ix &= (<u64>1 << 52) - 1;
  ix |= <u64>1 << 52;
  ix <<= 1;
  nM = ix;
  nE = e - (0x3ff + 52 + 1);
}

/** The low 64 bits of a * b; the high 64 in mulHi. */
export let mulHi: u64 = 0;
export function mul64(a: u64, b: u64): u64 {
  const ahi = a >> 32, alo = a & 0xFFFFFFFF, bhi = b >> 32, blo = b & 0xFFFFFFFF;
  const t1 = ahi * blo, t2 = alo * bhi, t3 = alo * blo;
  const lo = t1 << 32;
  let hi = ahi * bhi + (t1 >> 32) + (t2 >> 32);
  let l = t3 + lo;
  hi += l < t3 ? 1 : 0;
  const l2 = l + (t2 << 32);
  hi += l2 < l ? 1 : 0;
  mulHi = hi;
  return l2;
}

/** a * b + c with one rounding. Operands of moderate size (every use in libm/) take the fast
 *  path below; anything else (huge, tiny, zero, infinite or NaN operands) the integer one. */
export function fma(x: f64, y: f64, z: f64): f64 {
  const ex = <u32>(reinterpret<u64>(x) >> 52) & 0x7FF;
  const ey = <u32>(reinterpret<u64>(y) >> 52) & 0x7FF;
  const ez = <u32>(reinterpret<u64>(z) >> 52) & 0x7FF;
  // |x|, |y| in [2^-400, 2^400), |z| in [2^-800, 2^800) or z == 0: every partial result below is
  // exact (no overflow in Dekker's split, no error term below the normal range)
  if (ex - 623 < 800 && ey - 623 < 800 && (ez - 223 < 1600 || (reinterpret<u64>(z) << 1) == 0)) {
    return fmaFast(x, y, z);
  }
  return fmaExact(x, y, z);
}

/** Boldo and Melquiond's emulation (2008): the product exactly as ph + pl (Dekker), z + ph exactly
 *  as th + tl (two-sum), then tl + pl rounded to odd, and one final rounding to nearest:
 *  RN(th + RO(tl + pl)) is the correctly rounded a * b + c. */
@inline function fmaFast(a: f64, b: f64, c: f64): f64 {
  const ph = twoProd(a, b);
  const pl = ddLo;
  const th = twoSum(c, ph);
  const tl = ddLo;
  // v = tl + pl rounded to odd: round to nearest, then off the even value when inexact
  let v = twoSum(tl, pl);
  const r = ddLo;
  const vb = reinterpret<u64>(v);
  if (r != 0 && (vb & 1) == 0) v = reinterpret<f64>((r > 0) == (v > 0) ? vb + 1 : vb - 1);
  return th + v;
}

function fmaExact(x: f64, y: f64, z: f64): f64 {
  normalize(x);
  const xm = nM, xe = nE, xs = nSign;
  normalize(y);
  const ym = nM, ye = nE, ys = nSign;
  normalize(z);
  const zm = nM, ze = nE, zs = nSign;
  if (xe >= ZERO_INF_NAN || ye >= ZERO_INF_NAN) return x * y + z;
  if (ze >= ZERO_INF_NAN) {
    if (ze > ZERO_INF_NAN) return x * y + z; // z == 0: the product rounded once, its sign kept
    return z;
  }
  // r = x * y in 128 bits (rhi:rlo)
  let rlo = mul64(xm, ym);
  let rhi = mulHi;
  let zhi: u64, zlo: u64;
  // align: shift z left by kz and r right by kr with kz + kr == d; e = exponent of the lsb
  let e = xe + ye;
  let d = ze - e;
  if (d > 0) {
    if (d < 64) {
      zlo = zm << d;
      zhi = zm >> (64 - d);
    } else {
      zlo = 0;
      zhi = zm;
      e = ze - 64;
      d -= 64;
      if (d == 0) {
        // nothing
      } else if (d < 64) {
        rlo = (rhi << (64 - d)) | (rlo >> d) | ((rlo << (64 - d)) != 0 ? 1 : 0);
        rhi = rhi >> d;
      } else {
        rlo = 1;
        rhi = 0;
      }
    }
  } else {
    zhi = 0;
    d = -d;
    if (d == 0) zlo = zm;
    else if (d < 64) zlo = (zm >> d) | ((zm << (64 - d)) != 0 ? 1 : 0);
    else zlo = 1;
  }
  // add or subtract
  let sign = xs ^ ys;
  const sameSign = sign == zs;
  let nonzero = true;
  if (sameSign) {
    rlo += zlo;
    rhi += zhi + (rlo < zlo ? 1 : 0);
  } else {
    const t = rlo;
    rlo -= zlo;
    rhi = rhi - zhi - (t < rlo ? 1 : 0);
    if ((rhi >> 63) != 0) {
      rlo = 0 - rlo;
      rhi = 0 - rhi - (rlo != 0 ? 1 : 0);
      sign = sign != 0 ? 0 : 0x800;
    }
    nonzero = rhi != 0;
  }
  // rhi = the top 63 bits of the result, its last bit sticky
  if (nonzero) {
    e += 64;
    d = <i32>clz(rhi) - 1; // > 0
    rhi = (rhi << d) | (rlo >> (64 - d)) | ((rlo << d) != 0 ? 1 : 0);
  } else if (rlo != 0) {
    d = <i32>clz(rlo) - 1;
    if (d < 0) rhi = (rlo >> 1) | (rlo & 1);
    else rhi = rlo << d;
  } else {
    return x * y + z; // an exact zero: its sign by IEEE's rules
  }
  e -= d;
  let i = <i64>rhi; // in [2^62, 2^63)
  if (sign != 0) i = -i;
  let r = <f64>i; // |r| in [2^62, 2^63]
  if (e < -1022 - 62) {
    // subnormal before rounding
    if (e == -1022 - 63) {
      let c = 9.223372036854775808e18; // 2^63
      if (sign != 0) c = -c;
      if (r == c) return sign != 0 ? -2.2250738585072014e-308 : 2.2250738585072014e-308; // rounds up to DBL_MIN
      // one bit is lost when scaled: add a top bit so the conversion rounds once, then remove it
      if ((rhi << 53) != 0) {
        i = <i64>((rhi >> 1) | (rhi & 1) | (<u64>1 << 62));
        if (sign != 0) i = -i;
        r = <f64>i;
        r = 2 * r - c;
      }
    } else {
      // round at the subnormal boundary only: keep the bits the scaled result can hold
      d = 10;
      i = <i64>(((rhi >> d) | ((rhi << (64 - d)) != 0 ? 1 : 0)) << d);
      if (sign != 0) i = -i;
      r = <f64>i;
    }
  }
  return NativeMath.scalbn(r, e);
}
