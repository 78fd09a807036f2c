// === sin, cos, tan, asin, acos, atan, atan2: correctly rounded, in double-double ===
//
// glibc computes these with IBM's Accurate Mathematical Library (its FMA build), whose results
// are correctly rounded for nearly every argument (measured against 200-bit references: all
// but about 1 in 1000). This file computes the correctly rounded value itself, so it agrees with
// glibc wherever glibc is correctly rounded, and differs by one ulp in the rare rest.
//
// Method: everything in double-double (dd.ts), rounded once at the end.
// - Argument reduction (sin, cos, tan) for |x| > pi/4 is Payne and Hanek's: the 256 bits of 2/pi
//   that matter at x's exponent, multiplied by x's 53-bit integer significand, give the quadrant
//   (the two bits above the binary point) and the fraction with at least 190 good bits; the
//   closest a double comes to a multiple of pi/2 (about 2^-61 relatively) leaves 120 of them.
// - sin and cos of the reduced r (|r| <= pi/4) by their Taylor series to the 29th/30th power.
// - atan by a table of atan(j/32) (j = 0..32) and the series of atan(t), t = (x-c)/(1+x*c),
//   |t| <= 1/64, to the 19th power; atan2, asin and acos reduce to it with the argument kept in
//   double-double (1 - x^2 as (1-x)(1+x), a double-double square root).

import {
  ddLo, twoSum, fastTwoSum, twoProd, ddAdd, ddMul, ddDiv, ddSqrt,
} from './dd';
import { mul64, mulHi } from './fma';

// pi/2, pi and their low parts
@inline const PIO2_HI: f64 = 1.5707963267948966;
@inline const PIO2_LO: f64 = 6.123233995736766e-17;
@inline const PI_HI: f64 = 3.141592653589793;
@inline const PI_LO: f64 = 1.2246467991473532e-16;

/** The bits of 2/pi after the binary point, 64 at a time, most significant first. */
const TWO_OVER_PI: usize = memory.data<u64>([
  0xA2F9836E4E441529, 0xFC2757D1F534DDC0, 0xDB6295993C439041, 0xFE5163ABDEBBC561,
  0xB7246E3A424DD2E0, 0x06492EEA09D1921C, 0xFE1DEB1CB129A73E, 0xE88235F52EBB4484,
  0xE99C7026B45F7E41, 0x3991D639835339F4, 0x9C845F8BBDF9283B, 0x1FF897FFDE05980F,
  0xEF2F118B5A0A6D1F, 0x6D367ECF27CB09B7, 0x4F463F669E5FEA2D, 0x7527BAC7EBE5F17B,
  0x3D0739F78A5292EA, 0x6BFB5FB11F8D5D08, 0x56033046FC7B6BAB, 0xF0CFBC209AF4361D,
  0xA9E391615EE61B08,
]);

/** 64 bits of 2/pi starting at bit `pos` (bit 1 is the first after the binary point; bits
 *  before it are 0). */
function twoOverPiBits(pos: i32): u64 {
  if (pos <= -63) return 0;
  if (pos < 1) return load<u64>(TWO_OVER_PI) >> <u64>(1 - pos);
  const w = (pos - 1) >> 6, b = (pos - 1) & 63;
  const a = load<u64>(TWO_OVER_PI + (<usize>w << 3));
  if (b == 0) return a;
  return (a << <u64>b) | (load<u64>(TWO_OVER_PI + (<usize>(w + 1) << 3)) >> <u64>(64 - b));
}

// ---- argument reduction: x = k * pi/2 + r ----

let redQuadrant: i32 = 0;

/** Reduces |x| > pi/4 (finite): returns r's high part (low part in ddLo), quadrant k mod 4 in
 *  redQuadrant. Works on |x|; the caller applies the sign. */
function reduce(ax: f64): f64 {
  const bits = reinterpret<u64>(ax);
  const m: u64 = (bits & 0x000FFFFFFFFFFFFF) | 0x0010000000000000; // |x| > pi/4 is normal
  const e = <i32>(bits >> 52) - 1075; // ax = m * 2^e
  // P = m * (the 256 bits of 2/pi from bit e - 1), mod 2^256: bits above it are multiples of 4
  const i0 = e - 1;
  let p0: u64 = 0, p1: u64 = 0, p2: u64 = 0, p3: u64 = 0; // p3 most significant
  // word j of the window: bits i0 + 64j .. i0 + 64j + 63, j = 0 most significant
  let lo = mul64(m, twoOverPiBits(i0 + 192));
  p0 = lo;
  let carry = mulHi;
  lo = mul64(m, twoOverPiBits(i0 + 128));
  p1 = lo + carry;
  carry = mulHi + (p1 < lo ? 1 : 0);
  lo = mul64(m, twoOverPiBits(i0 + 64));
  p2 = lo + carry;
  carry = mulHi + (p2 < lo ? 1 : 0);
  p3 = mul64(m, twoOverPiBits(i0)) + carry;
  // P / 2^254: the top two bits are the quadrant, the rest the fraction
  let k = <i32>(p3 >> 62);
  p3 &= 0x3FFFFFFFFFFFFFFF;
  let negative = false;
  if ((p3 >> 61) != 0) { // fraction >= 1/2: round the quadrant up, take 1 - fraction
    k++;
    negative = true;
    // 2^254 - F
    p0 = ~p0; p1 = ~p1; p2 = ~p2; p3 = (~p3) & 0x3FFFFFFFFFFFFFFF;
    p0 += 1;
    if (p0 == 0) { p1 += 1; if (p1 == 0) { p2 += 1; if (p2 == 0) p3 += 1; } }
  }
  redQuadrant = k & 3;
  // normalize F (254 bits) so its leading one is bit 255 of the 256
  let s: i32 = 0;
  while (p3 == 0 && s < 192) { p3 = p2; p2 = p1; p1 = p0; p0 = 0; s += 64; }
  const z = <i32>clz(p3);
  if (z > 0) {
    p3 = (p3 << <u64>z) | (p2 >> <u64>(64 - z));
    p2 = (p2 << <u64>z) | (p1 >> <u64>(64 - z));
  }
  s += z;
  // frac = F' / 2^(254 + s): the top 53 bits, then the next 64
  const hiPart = <f64>(p3 >> 11);
  const loPart = <f64>(((p3 & 0x7FF) << 53) | (p2 >> 11));
  let fh = NativeMath.scalbn(hiPart, -51 - s);
  let fl = NativeMath.scalbn(loPart, -115 - s);
  fh = fastTwoSum(fh, fl);
  fl = ddLo;
  if (negative) { fh = -fh; fl = -fl; }
  return ddMul(fh, fl, PIO2_HI, PIO2_LO); // r = frac * pi/2
}

// ---- sin and cos of |r| <= pi/4 ----

// (-1)^k/(2k+1)! and (-1)^k/(2k)! as double-doubles, k = 1..15
const SIN_COEF: usize = memory.data<f64>([
  -0.16666666666666666, -9.25185853854297e-18,
  0.008333333333333333, 1.1564823173178714e-19,
  -0.0001984126984126984, -1.7209558293420705e-22,
  2.7557319223985893e-06, -1.858393274046472e-22,
  -2.505210838544172e-08, 1.448814070935912e-24,
  1.6059043836821613e-10, 1.2585294588752098e-26,
  -7.647163731819816e-13, -7.03872877733453e-30,
  2.8114572543455206e-15, 1.6508842730861433e-31,
  -8.22063524662433e-18, -2.2141894119604265e-34,
  1.9572941063391263e-20, -1.3643503830087908e-36,
  -3.868170170630684e-23, 8.843177655482344e-40,
  6.446950284384474e-26, -1.9330404233703465e-42,
  -9.183689863795546e-29, -1.4303150396787322e-45,
  1.1309962886447716e-31, 1.0498015412959506e-47,
  -1.216125041553518e-34, -5.586290567888806e-51,
]);
const COS_COEF: usize = memory.data<f64>([
  -0.5, 0.0,
  0.041666666666666664, 2.3129646346357427e-18,
  -0.001388888888888889, 5.300543954373577e-20,
  2.48015873015873e-05, 2.1511947866775882e-23,
  -2.755731922398589e-07, -2.3767714622250297e-23,
  2.08767569878681e-09, -1.20734505911326e-25,
  -1.1470745597729725e-11, -2.0655512752830745e-28,
  4.779477332387385e-14, 4.399205485834081e-31,
  -1.5619206968586225e-16, -1.1910679660273754e-32,
  4.110317623312165e-19, 1.4412973378659527e-36,
  -8.896791392450574e-22, 7.911402614872376e-38,
  1.6117375710961184e-24, -3.6846573564509766e-41,
  -2.4795962632247976e-27, 1.2953730964765229e-43,
  3.279889237069838e-30, 1.5117542744029879e-46,
  -3.7699876288159054e-33, -2.5870347832750324e-49,
]);

/** Horner in double-double over 15 (coefficient) pairs at `coef`, in z = zh + zl; returns
 *  1 + z * (c1 + z * (c2 + ...)). */
function seriesOne(coef: usize, zh: f64, zl: f64): f64 {
  let h = load<f64>(coef + 14 * 16), l = load<f64>(coef + 14 * 16, 8);
  for (let i = 13; i >= 0; i--) {
    h = ddMul(h, l, zh, zl);
    h = ddAdd(h, ddLo, load<f64>(coef + <usize>i * 16), load<f64>(coef + <usize>i * 16, 8));
    l = ddLo;
  }
  h = ddMul(h, l, zh, zl);
  return ddAdd(1.0, 0.0, h, ddLo);
}

/** sin(r) in double-double for |r| <= pi/4. */
function sinDD(rh: f64, rl: f64): f64 {
  const zh = ddMul(rh, rl, rh, rl);
  const zl = ddLo;
  const s = seriesOne(SIN_COEF, zh, zl);
  return ddMul(s, ddLo, rh, rl);
}

/** cos(r) in double-double for |r| <= pi/4. */
function cosDD(rh: f64, rl: f64): f64 {
  const zh = ddMul(rh, rl, rh, rl);
  return seriesOne(COS_COEF, zh, ddLo);
}

@inline const PIO4_BITS: u64 = 0x3FE921FB54442D18;

/** sin, cos or tan (which: 0, 1, 2) of finite x. */
function trig(x: f64, which: i32): f64 {
  const ax = Math.abs(x);
  const bits = reinterpret<u64>(ax);
  if (bits < 0x3E40000000000000) { // |x| < 2^-27: the first term decides the rounding
    return which == 1 ? 1.0 : x;
  }
  let rh: f64, rl: f64, k: i32;
  if (bits <= PIO4_BITS) { rh = ax; rl = 0; k = 0; }
  else { rh = reduce(ax); rl = ddLo; k = redQuadrant; }
  let h: f64;
  if (which == 2) {
    const sh = sinDD(rh, rl), sl = ddLo;
    const ch = cosDD(rh, rl), cl = ddLo;
    h = (k & 1) == 0 ? ddDiv(sh, sl, ch, cl) : -ddDiv(ch, cl, sh, sl);
    return x < 0 ? -h : h;
  }
  // sin(x) = +-sin(r) or +-cos(r) by quadrant; cos(x) = sin(x + pi/2)
  const q = which == 1 ? k + 1 : k;
  h = (q & 1) == 0 ? sinDD(rh, rl) : cosDD(rh, rl);
  if ((q & 2) != 0) h = -h;
  if (which == 0 && x < 0) h = -h;
  return h;
}

export function crSin(x: f64): f64 { return isFinite(x) ? trig(x, 0) : x - x; }
export function crCos(x: f64): f64 { return isFinite(x) ? trig(x, 1) : x - x; }
export function crTan(x: f64): f64 { return isFinite(x) ? trig(x, 2) : x - x; }

// ---- atan and its relatives ----

/** atan(j/32), j = 0..32, as double-doubles. */
const ATAN_TABLE: usize = memory.data<u64>([
  0x0000000000000000, 0x0000000000000000, 0x3F9FFD55BBA97625, 0xBC35EC431444912C,
  0x3FAFF55BB72CFDEA, 0xBC3C934D86D23F1D, 0x3FB7EE182602F10F, 0xBC5CFB654C0C3D98,
  0x3FBFD5BA9AAC2F6E, 0xBC4CD37686760C17, 0x3FC3D6EEE8C6626C, 0x3C661A3B0CE9281B,
  0x3FC7B97B4BCE5B02, 0x3C5347B0B4F881CA, 0x3FCB90D7529260A2, 0x3C217B10D2E0E5AB,
  0x3FCF5B75F92C80DD, 0x3C68AB6E3CF7AFBD, 0x3FD18BF5A30BF178, 0x3C630CA4748B1BF9,
  0x3FD362773707EBCC, 0xBC6963A544B672D8, 0x3FD530AD9951CD4A, 0xBC62566480884082,
  0x3FD6F61941E4DEF1, 0xBC7C63AAE6F6E918, 0x3FD8B24D394A1B25, 0x3C7B6D0BA3748FA8,
  0x3FDA64EEC3CC23FD, 0xBC724DEC1B50B7FF, 0x3FDC0DB4C94EC9F0, 0xBC7CC1CE70934C34,
  0x3FDDAC670561BB4F, 0x3C7A2B7F222F65E2, 0x3FDF40DD0B541418, 0xBC6A3992DC382A23,
  0x3FE0657E94DB30D0, 0xBC7D5B495F6349E6, 0x3FE1255D9BFBD2A9, 0xBC52BDAEE1C0EE35,
  0x3FE1E00BABDEFEB4, 0xBC5928DF287A668F, 0x3FE2958E59308E31, 0xBC709E73B0C6C087,
  0x3FE345F01CCE37BB, 0x3C81021137C71102, 0x3FE3F13FB89E96F4, 0x3C7ECF8B492644F0,
  0x3FE4978FA3269EE1, 0x3C72419A87F2A458, 0x3FE538F57B89061F, 0xBC81BB74ABDA520C,
  0x3FE5D58987169B18, 0x3C60028E4BC5E7CA, 0x3FE66D663923E087, 0xBC76EA6FEBE8BBBA,
  0x3FE700A7C5784634, 0xBC78C34D25AADEF6, 0x3FE78F6BBD5D315E, 0x3C8406A089803740,
  0x3FE819D0B7158A4D, 0xBC7BF76229D3B917, 0x3FE89FF5FF57F1F8, 0xBC855B9A5E177A1B,
  0x3FE921FB54442D18, 0x3C81A62633145C07,
]);

/** (-1)^k/(2k+1), k = 1..9, as double-doubles. */
const ATAN_COEF: usize = memory.data<f64>([
  -0.3333333333333333, -1.850371707708594e-17,
  0.2, -1.1102230246251566e-17,
  -0.14285714285714285, -7.93016446160826e-18,
  0.1111111111111111, 6.1679056923619804e-18,
  -0.09090909090909091, 2.523234146875356e-18,
  0.07692307692307693, -4.270088556250602e-18,
  -0.06666666666666667, -9.251858538542971e-19,
  0.058823529411764705, 8.163404592832033e-19,
  -0.05263157894736842, -2.921639538487254e-18,
]);

/** atan(a) for 0 <= a = ah + al <= 1, in double-double. */
function atanUnit(ah: f64, al: f64): f64 {
  const j = <i32>Math.floor(ah * 32.0 + 0.5);
  const c = <f64>j / 32.0;
  // t = (a - c) / (1 + a*c): the numerator is exact, the denominator in double-double
  const nh = ddAdd(ah, al, -c, 0);
  const nl = ddLo;
  const ph = ddMul(ah, al, c, 0);
  const dh = ddAdd(1.0, 0.0, ph, ddLo);
  const th = ddDiv(nh, nl, dh, ddLo);
  const tl = ddLo;
  // atan(t) = t * (1 - t^2/3 + t^4/5 - ... - t^18/19)
  const zh = ddMul(th, tl, th, tl);
  const zl = ddLo;
  let h = load<f64>(ATAN_COEF + 8 * 16), l = load<f64>(ATAN_COEF + 8 * 16, 8);
  for (let i = 7; i >= 0; i--) {
    h = ddMul(h, l, zh, zl);
    h = ddAdd(h, ddLo, load<f64>(ATAN_COEF + <usize>i * 16), load<f64>(ATAN_COEF + <usize>i * 16, 8));
    l = ddLo;
  }
  h = ddMul(h, l, zh, zl);
  h = ddAdd(1.0, 0.0, h, ddLo);
  h = ddMul(h, ddLo, th, tl);
  l = ddLo;
  return ddAdd(load<f64>(ATAN_TABLE + (<usize>j << 4)), load<f64>(ATAN_TABLE + (<usize>j << 4), 8), h, l);
}

/** atan2(y, x) for y = yh + yl > 0 and x = xh + xl > 0, in double-double. */
function atanRatio(yh: f64, yl: f64, xh: f64, xl: f64): f64 {
  if (yh <= xh) {
    const q = ddDiv(yh, yl, xh, xl);
    return atanUnit(q, ddLo);
  }
  const q = ddDiv(xh, xl, yh, yl);
  const a = atanUnit(q, ddLo);
  return ddAdd(PIO2_HI, PIO2_LO, -a, -ddLo);
}

export function crAtan(x: f64): f64 {
  if (isNaN(x)) return x;
  const ax = Math.abs(x);
  if (reinterpret<u64>(ax) < 0x3E40000000000000) return x; // |x| < 2^-27: x - x^3/3 rounds to x
  if (ax >= 1.8014398509481984e16) return copysign<f64>(PIO2_HI, x); // 2^54: pi/2 to nearest
  const r = ax <= 1.0 ? atanUnit(ax, 0) : atanRatio(ax, 0, 1.0, 0);
  return x < 0 ? -r : r;
}

/** atan2 for finite y != 0 and finite x (m_atan2 decides the special values). */
export function crAtan2(y: f64, x: f64): f64 {
  if (isNaN(x) || isNaN(y)) return x + y;
  if (x == 0.0) return copysign<f64>(PIO2_HI, y);
  let ay = Math.abs(y), ax = Math.abs(x);
  // scale both by a power of two so the larger is near 1 (exact, keeps the products in range)
  const big = ay > ax ? ay : ax;
  const e = <i32>((reinterpret<u64>(big) >> 52) & 0x7FF) - 1023;
  ay = NativeMath.scalbn(ay, -e);
  ax = NativeMath.scalbn(ax, -e);
  let h: f64, l: f64;
  if (ay < ax * 1.232595164407831e-32) { // y/x < 2^-106: atan(y/x) is y/x to the last bit
    h = Math.abs(y) / Math.abs(x);
    l = 0;
  } else {
    h = atanRatio(ay, 0, ax, 0);
    l = ddLo;
  }
  if (x < 0) h = ddAdd(PI_HI, PI_LO, -h, -l);
  return y < 0 ? -h : h;
}

/** atan2 for any arguments: C99 Annex F's special values (nan, zeros, infinities, as CPython's
 *  m_atan2 also decides them), crAtan2 for the rest. */
export function atan2Full(y: f64, x: f64): f64 {
  if (isNaN(x) || isNaN(y)) return NaN;
  if (!isFinite(y)) {
    if (!isFinite(x)) return copysign<f64>(copysign<f64>(1.0, x) == 1.0 ? 0.25 * PI_HI : 0.75 * PI_HI, y);
    return copysign<f64>(0.5 * PI_HI, y);
  }
  if (!isFinite(x) || y == 0.0) return copysign<f64>(copysign<f64>(1.0, x) == 1.0 ? 0.0 : PI_HI, y);
  return crAtan2(y, x);
}

/** asin(x): atan2(x, sqrt(1 - x^2)) with 1 - x^2 = (1 - |x|)(1 + |x|) in double-double. */
export function crAsin(x: f64): f64 {
  const ax = Math.abs(x);
  if (!(ax <= 1.0)) return NaN; // |x| > 1 or NaN
  if (reinterpret<u64>(ax) < 0x3E40000000000000) return x; // |x| < 2^-27: x + x^3/6 rounds to x
  if (ax == 1.0) return copysign<f64>(PIO2_HI, x);
  const sh = sqrtOneMinusSquare(ax), sl = ddLo;
  const r = atanRatio(ax, 0, sh, sl);
  return x < 0 ? -r : r;
}

/** acos(x) = atan2(sqrt(1 - x^2), x). */
export function crAcos(x: f64): f64 {
  const ax = Math.abs(x);
  if (!(ax <= 1.0)) return NaN;
  if (x == 1.0) return 0.0;
  if (x == -1.0) return PI_HI;
  if (reinterpret<u64>(ax) < 0x3C30000000000000) return ddAdd(PIO2_HI, PIO2_LO, -x, 0); // |x| < 2^-60
  const sh = sqrtOneMinusSquare(ax), sl = ddLo;
  const h = atanRatio(sh, sl, ax, 0);
  if (x < 0) return ddAdd(PI_HI, PI_LO, -h, -ddLo);
  return h;
}

/** sqrt((1 - a)(1 + a)) for 0 < a < 1, in double-double. */
function sqrtOneMinusSquare(a: f64): f64 {
  const mh = twoSum(1.0, -a);
  const ml = ddLo;
  const ph = twoSum(1.0, a);
  const pl = ddLo;
  const s = ddMul(mh, ml, ph, pl);
  return ddSqrt(s, ddLo);
}
