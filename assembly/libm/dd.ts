// === Double-double arithmetic: values as an unevaluated sum hi + lo of two doubles ===
//
// About 106 bits of precision from ordinary double operations (Dekker 1971, Knuth's two-sum).
// trig.ts evaluates sin, cos, tan, asin, acos, atan and atan2 in it and rounds once at the end,
// which gives the correctly rounded result except for arguments whose value lies within 2^-100
// or so of a rounding boundary (none is known among doubles for these functions' usual ranges).
//
// A function returns the high part and leaves the low part in `ddLo` (no structs in the core).
// Invariant of a result: |lo| <= ulp(hi) / 2 (normalized), so hi is the nearest double.
// Products use Dekker's split, exact while the operands stay below about 2^995 (callers scale).

/** The low part of the last result. */
export let ddLo: f64 = 0;

/** a + b exactly as hi + ddLo, for any a, b. */
@inline export function twoSum(a: f64, b: f64): f64 {
  const s = a + b;
  const bb = s - a;
  ddLo = (a - (s - bb)) + (b - bb);
  return s;
}

/** a + b exactly as hi + ddLo, when |a| >= |b| (or a == 0). */
@inline export function fastTwoSum(a: f64, b: f64): f64 {
  const s = a + b;
  ddLo = b - (s - a);
  return s;
}

/** a * b exactly as hi + ddLo (Dekker: each factor split into 26-bit halves). */
@inline export function twoProd(a: f64, b: f64): f64 {
  const p = a * b;
  let t = 134217729.0 * a; // 2^27 + 1
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729.0 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  ddLo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** (ah + al) + (bh + bl). */
export function ddAdd(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const s = twoSum(ah, bh);
  let e = ddLo;
  const t = twoSum(al, bl);
  e += t;
  e += ddLo;
  return fastTwoSum(s, e);
}

/** (ah + al) * (bh + bl). */
export function ddMul(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const p = twoProd(ah, bh);
  const e = ddLo + (ah * bl + al * bh);
  return fastTwoSum(p, e);
}

/** (ah + al) / (bh + bl), three quotient terms. */
export function ddDiv(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const q1 = ah / bh;
  let p = ddMul(q1, 0, bh, bl);
  let r = ddAdd(ah, al, -p, -ddLo);
  let rl = ddLo;
  const q2 = r / bh;
  p = ddMul(q2, 0, bh, bl);
  r = ddAdd(r, rl, -p, -ddLo);
  rl = ddLo;
  const q3 = r / bh;
  const q = fastTwoSum(q1, q2);
  return ddAdd(q, ddLo, q3, 0);
}

/** sqrt(ah + al) for ah > 0: the double root, then one Newton step in double-double. */
export function ddSqrt(ah: f64, al: f64): f64 {
  const s = Math.sqrt(ah);
  const p = twoProd(s, s);
  const d = ddAdd(ah, al, -p, -ddLo); // a - s^2
  return fastTwoSum(s, d / (2.0 * s));
}
