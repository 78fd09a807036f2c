// === hypot(x, y) as glibc 2.36 computes it (abs() of a complex calls the C library's hypot) ===
//
// glibc (since 2.35) uses Carlos F. Borges' method ("An Improved Algorithm for hypot(a,b)", ACM
// TOMS 2020, arXiv:1904.09481): h = sqrt(ax^2 + ay^2) in plain double arithmetic, then one
// Newton-like correction h -= (t1 + t2) / 2h where t1 + t2 is the rounding error of ax^2 + ay^2 -
// h^2, computed without fused operations (glibc's x86-64 build has no FMA variant of hypot). The
// result is not always correctly rounded (about 1 argument pair in 1000 is one ulp off), so the
// order of every operation is kept: that is what gives glibc's last bit. Checked against
// CPython's abs(complex(x, y)) on 300,000 pairs spread over the whole double range.
//
// Scaling keeps the squares in range: pairs with the larger part above 2^511 are scaled by
// 2^-600, pairs with the smaller part below 2^-511 by 2^600 (exact, powers of two); when the
// smaller part is under 2^-54 of the larger one the sum ax + ay is already the rounded result.

@inline const SCALE: f64 = 2.409919865102884e-181;   // 2^-600
@inline const LARGE_VAL: f64 = 6.703903964971299e+153; // 2^511
@inline const TINY_VAL: f64 = 1.4916681462400413e-154; // 2^-511
@inline const EPS: f64 = 5.551115123125783e-17;        // 2^-54

/** The corrected root for ax >= ay >= 0 whose squares neither overflow nor underflow. */
function hypotKernel(ax: f64, ay: f64): f64 {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: f64, t2: f64;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** glibc's hypot: inf if either argument is infinite (even with a nan), nan for a nan, and an
 *  infinite result for finite arguments means overflow (the caller's ERANGE). */
export function glibcHypot(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) {
    if ((!isNaN(x) && !isFinite(x)) || (!isNaN(y) && !isFinite(y))) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  let ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}
