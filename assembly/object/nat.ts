// === nat: arithmetic on magnitudes, the digit arrays behind big ints (no Python objects here) ===
//
// A magnitude is a pair (p, n): n digits of 32 bits at p, least significant first.
//
//   p ---> +0 d[0] u32 | +4 d[1] u32 | ... | +4(n-1) d[n-1] u32      value = sum d[i] * 2^(32 i)
//
// "Normalized" means n == 0 (the value 0) or d[n-1] != 0; natNorm strips leading zeros. Every
// function states which buffers may alias; none allocates except natMul (Karatsuba temporaries)
// and natDivRem (the normalized copies of Knuth's algorithm D), which return false when the heap
// is exhausted (the caller raises MemoryError). Signs, the int object layout and the compact
// form are int.ts's business.
//
// Why 32-bit digits: Wasm has a 64-bit multiply and a 64/64 division but no 128-bit product, so
// a digit product plus two digit-sized addends always fits one u64 with no overflow
// ((2^32-1)^2 + 2(2^32-1) = 2^64-1): one i64.mul per digit pair, and a quotient digit of
// algorithm D is one u64 division. (CPython's 30-bit digits exist for C portability only.)
//
// Multiplication is schoolbook below KARATSUBA_CUTOFF digits and Karatsuba above (both operands
// split at half the longer one; a very lopsided product is cut into balanced slices first).
// Division is Knuth's algorithm D (TAOCP 4.3.1), with a one-digit divisor handled apart.

import { heapAlloc, heapFree } from '../heap/heap';
import { KARATSUBA_CUTOFF } from '../config';

@inline function dg(p: usize, i: i32): u32 { return load<u32>(p + (<usize>i << 2)); }
@inline function setDg(p: usize, i: i32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }
@inline function at(p: usize, i: i32): usize { return p + (<usize>i << 2); }

/** The length of (p, n) without its leading zero digits. */
export function natNorm(p: usize, n: i32): i32 {
  while (n > 0 && dg(p, n - 1) == 0) n--;
  return n;
}

/** Compares two normalized magnitudes: -1, 0 or 1. */
export function natCmp(a: usize, na: i32, b: usize, nb: i32): i32 {
  if (na != nb) return na < nb ? -1 : 1;
  for (let i = na - 1; i >= 0; i--) {
    const x = dg(a, i), y = dg(b, i);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Copies n digits (the regions may overlap). */
@inline export function natCopy(r: usize, a: usize, n: i32): void {
  memory.copy(r, a, <usize>n << 2);
}

/** Zeroes n digits. */
@inline export function natZero(r: usize, n: i32): void {
  memory.fill(r, 0, <usize>n << 2);
}

/** r[0..na] = a + b for na >= nb (na + 1 digits written). r may be a or b. Returns na + 1. */
export function natAdd(r: usize, a: usize, na: i32, b: usize, nb: i32): i32 {
  let carry: u64 = 0;
  let i = 0;
  for (; i < nb; i++) {
    carry += <u64>dg(a, i) + <u64>dg(b, i);
    setDg(r, i, <u32>carry);
    carry >>= 32;
  }
  for (; i < na; i++) {
    carry += <u64>dg(a, i);
    setDg(r, i, <u32>carry);
    carry >>= 32;
  }
  setDg(r, na, <u32>carry);
  return na + 1;
}

/** r[0..na) = a - b for a >= b (so na >= nb). r may be a or b (same offset). Returns na. */
export function natSub(r: usize, a: usize, na: i32, b: usize, nb: i32): i32 {
  let borrow: i64 = 0;
  let i = 0;
  for (; i < nb; i++) {
    borrow += <i64>dg(a, i) - <i64>dg(b, i);
    setDg(r, i, <u32>borrow);
    borrow >>= 32; // 0 or -1
  }
  for (; i < na; i++) {
    borrow += <i64>dg(a, i);
    setDg(r, i, <u32>borrow);
    borrow >>= 32;
  }
  return na;
}

/** r[0..nr) += a[0..na) for na <= nr, modulo 2^(32 nr): returns the carry out (dropped). */
function natAddIn(r: usize, nr: i32, a: usize, na: i32): u32 {
  let carry: u64 = 0;
  let i = 0;
  for (; i < na; i++) {
    carry += <u64>dg(r, i) + <u64>dg(a, i);
    setDg(r, i, <u32>carry);
    carry >>= 32;
  }
  for (; carry != 0 && i < nr; i++) {
    carry += <u64>dg(r, i);
    setDg(r, i, <u32>carry);
    carry >>= 32;
  }
  return <u32>carry;
}

/** r[0..nr) -= a[0..na) for na <= nr, modulo 2^(32 nr) (a borrow out of the top is dropped:
 *  Karatsuba's middle term relies on the wrap, its final value is non-negative). */
function natSubIn(r: usize, nr: i32, a: usize, na: i32): void {
  let borrow: i64 = 0;
  let i = 0;
  for (; i < na; i++) {
    borrow += <i64>dg(r, i) - <i64>dg(a, i);
    setDg(r, i, <u32>borrow);
    borrow >>= 32;
  }
  for (; borrow != 0 && i < nr; i++) {
    borrow += <i64>dg(r, i);
    setDg(r, i, <u32>borrow);
    borrow >>= 32;
  }
}

/** r[0..n) = a * m + add; returns the carry digit (the product's digit n). r may be a. */
export function natMulSmall(r: usize, a: usize, n: i32, m: u32, add: u32): u32 {
  let carry: u64 = <u64>add;
  const mm = <u64>m;
  for (let i = 0; i < n; i++) {
    carry += <u64>dg(a, i) * mm;
    setDg(r, i, <u32>carry);
    carry >>= 32;
  }
  return <u32>carry;
}

// ---- division by one digit ----
//
// Dividing by a digit is the inner loop of str(), of // and % by small ints and of every series
// computed in fixed point, and a u64 division per digit is slow under V8 (i64.div_u measured
// 3x CPython's whole loop). So the divisor is normalized (shifted until bit 31 is set, the
// dividend's digits shifted along on the fly) and each step multiplies by a precomputed
// reciprocal instead: Moller and Granlund, "Improved division by invariant integers" (IEEE
// Trans. Computers 60(2), 2011), Algorithm 4 with beta = 2^32.

/** floor((2^64 - 1) / d) - 2^32 for a normalized d (bit 31 set). */
@inline function reciprocal(d: u32): u32 { return <u32>(U64.MAX_VALUE / <u64>d); }

/** (u1 * 2^32 + u0) / d for u1 < d, d normalized and v its reciprocal: the quotient digit in
 *  the low 32 bits of the result, the remainder in the high 32 bits. */
@inline function divStep(u1: u32, u0: u32, d: u32, v: u32): u64 {
  const p = <u64>v * <u64>u1 + ((<u64>u1 << 32) | <u64>u0); // mod 2^64
  let q1 = <u32>(p >> 32) + 1;
  const q0 = <u32>p;
  let r = u0 - q1 * d; // mod 2^32
  if (r > q0) { q1--; r += d; }
  if (r >= d) { q1++; r -= d; } // rare
  return (<u64>r << 32) | <u64>q1;
}

/** Digit i of a << s (0 <= s < 32, i >= 0), from digits i and i - 1. */
@inline function shiftedDigit(a: usize, i: i32, s: u64): u32 {
  const pair = (<u64>dg(a, i) << 32) | (i > 0 ? <u64>dg(a, i - 1) : 0);
  return <u32>((pair << s) >> 32);
}

/** q[0..n) = a / d (d != 0); returns a % d. q may be a (digit i is read before q[i] is written,
 *  digit i - 1 after), or 0 when only the remainder is wanted. */
export function natDivSmall(q: usize, a: usize, n: i32, d: u32): u32 {
  if (n == 0) return 0;
  const s = <u64>clz<u32>(d);
  const dn = d << <u32>s;
  const v = reciprocal(dn);
  let r = <u32>((<u64>dg(a, n - 1) << s) >> 32); // the digit a << s gains on top: < dn
  for (let i = n - 1; i >= 0; i--) {
    const x = divStep(r, shiftedDigit(a, i, s), dn, v);
    if (q != 0) setDg(q, i, <u32>x);
    r = <u32>(x >> 32);
  }
  return r >> <u32>s;
}

/** r[0..n) = a << s (0 <= s < 32), returns the bits shifted out of the top. r may be a (the loop
 *  runs downwards). */
export function natShl(r: usize, a: usize, n: i32, s: u32): u32 {
  if (s == 0) { natCopy(r, a, n); return 0; }
  let out: u32 = 0;
  for (let i = n - 1; i >= 0; i--) {
    const d = dg(a, i);
    if (i == n - 1) out = d >> (32 - s);
    const lo = i > 0 ? dg(a, i - 1) >> (32 - s) : 0;
    setDg(r, i, (d << s) | lo);
  }
  return out;
}

/** r[0..n) = a >> s (0 <= s < 32); returns the bits shifted out of the bottom (in the low s bits).
 *  r may be a (the loop runs upwards). */
export function natShr(r: usize, a: usize, n: i32, s: u32): u32 {
  if (s == 0) { natCopy(r, a, n); return 0; }
  const out = n > 0 ? dg(a, 0) & ((<u32>1 << s) - 1) : 0;
  for (let i = 0; i < n; i++) {
    const hi = i + 1 < n ? dg(a, i + 1) << (32 - s) : 0;
    setDg(r, i, (dg(a, i) >> s) | hi);
  }
  return out;
}

/** The number of significant bits of a normalized magnitude (0 for 0). */
export function natBitLength(a: usize, n: i32): u64 {
  if (n == 0) return 0;
  return (<u64>(n - 1) << 5) + <u64>(32 - clz<u32>(dg(a, n - 1)));
}

/** The 64 bits of a starting at bit pos (bits beyond the top read as 0). */
export function natBitsAt(a: usize, n: i32, pos: u64): u64 {
  const w = <i32>(pos >> 5), s = pos & 31;
  const lo: u64 = w < n ? <u64>dg(a, w) : 0;
  const mid: u64 = w + 1 < n ? <u64>dg(a, w + 1) : 0;
  const hi: u64 = w + 2 < n ? <u64>dg(a, w + 2) : 0;
  return (lo >> s) | (mid << (32 - s)) | (s != 0 ? hi << (64 - s) : 0);
}

/** Is any of a's bits below position pos set? */
export function natAnyBitsBelow(a: usize, n: i32, pos: u64): bool {
  const w = <i32>(pos >> 5), s = <u32>(pos & 31);
  for (let i = 0; i < w && i < n; i++) if (dg(a, i) != 0) return true;
  return s != 0 && w < n && (dg(a, w) & ((<u32>1 << s) - 1)) != 0;
}

// ---- multiplication ----

/** r[0..na+nb) = a * b, schoolbook. r must not overlap a or b. */
function natMulBasic(r: usize, a: usize, na: i32, b: usize, nb: i32): void {
  natZero(r, na + nb);
  for (let i = 0; i < na; i++) {
    const x = <u64>dg(a, i);
    if (x == 0) continue;
    let carry: u64 = 0;
    const ri = at(r, i);
    for (let j = 0; j < nb; j++) {
      carry += x * <u64>dg(b, j) + <u64>dg(ri, j); // < 2^64: see the file comment
      setDg(ri, j, <u32>carry);
      carry >>= 32;
    }
    setDg(ri, nb, <u32>carry);
  }
}

/** r[0..2n) = a * a, schoolbook: each cross product a[i]*a[j] (i < j) once, doubled, then the
 *  squares on the diagonal; about half the digit products of natMulBasic. */
function natSqrBasic(r: usize, a: usize, n: i32): void {
  natZero(r, 2 * n);
  for (let i = 0; i < n; i++) {
    const x = <u64>dg(a, i);
    if (x == 0) continue;
    let carry: u64 = 0;
    const ri = at(r, i);
    for (let j = i + 1; j < n; j++) {
      carry += x * <u64>dg(a, j) + <u64>dg(ri, j);
      setDg(ri, j, <u32>carry);
      carry >>= 32;
    }
    setDg(ri, n, <u32>carry);
  }
  natShl(r, r, 2 * n, 1); // the cross sum is < a^2 < 2^(64 n): nothing falls out
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    const x = <u64>dg(a, i);
    carry += x * x + <u64>dg(r, 2 * i);
    setDg(r, 2 * i, <u32>carry);
    carry >>= 32;
    carry += <u64>dg(r, 2 * i + 1);
    setDg(r, 2 * i + 1, <u32>carry);
    carry >>= 32;
  }
}

/**
 * r[0..na+nb) = a * b for na <= nb (a may equal b: squaring). r must not overlap a or b.
 * Karatsuba with s = nb / 2, a = ah*B^s + al, b = bh*B^s + bl (B = 2^32):
 *   a*b = ah*bh*B^2s + ((ah+al)(bh+bl) - ah*bh - al*bl)*B^s + al*bl
 * The two outer products land in r side by side, the middle term is formed in place modulo
 * B^(na+nb-s) (it is non-negative once complete, so the intermediate wrap is harmless).
 * Returns false when a temporary could not be allocated.
 */
function natMulK(r: usize, a: usize, na: i32, b: usize, nb: i32): bool {
  if (na <= KARATSUBA_CUTOFF) {
    if (a == b && na == nb) natSqrBasic(r, a, na);
    else natMulBasic(r, a, na, b, nb);
    return true;
  }
  if (2 * na <= nb) return natMulLopsided(r, a, na, b, nb);
  const s = nb >> 1;               // na > s, since 2 * na > nb
  const nah = na - s, nbh = nb - s; // 0 < nah <= nbh <= s + 1
  const square = a == b && na == nb;
  // temporaries: t2 = al*bl (2s) | sa = ah+al (s+2) | sb = bh+bl (nbh+1) | t3 = sa*sb
  const nsa = s + 2, nsb = nbh + 1;
  const tmp = heapAlloc(<usize>(2 * s + nsa + nsb + nsa + nsb) << 2);
  if (tmp == 0) return false;
  const t2 = tmp, sa = at(t2, 2 * s), sb = at(sa, nsa), t3 = at(sb, nsb);
  let ok = true;
  // ah*bh straight into the top of r
  if (!natMulK(at(r, 2 * s), at(a, s), nah, at(b, s), nbh)) ok = false;
  // al*bl (unnormalized halves: their zero digits cost nothing wrong, only time)
  const nal = natNorm(a, s), nbl = square ? nal : natNorm(b, s);
  if (ok) {
    natZero(t2, 2 * s);
    if (nal > 0 && nbl > 0) {
      ok = nal <= nbl ? natMulK(t2, a, nal, square ? a : b, nbl) : natMulK(t2, b, nbl, a, nal);
    }
  }
  if (ok) {
    natCopy(r, t2, 2 * s);
    const nr = na + nb - s;
    // r[s..] -= ah*bh: it sits at r[2s..], ahead of every digit this writes
    natSubIn(at(r, s), nr, at(r, 2 * s), nah + nbh);
    natSubIn(at(r, s), nr, t2, 2 * s);
    // sa = ah + al, sb = bh + bl
    let la = nah >= nal ? natAdd(sa, at(a, s), nah, a, nal) : natAdd(sa, a, nal, at(a, s), nah);
    la = natNorm(sa, la);
    let lb: i32;
    if (square) {
      lb = la;
    } else {
      lb = nbh >= nbl ? natAdd(sb, at(b, s), nbh, b, nbl) : natAdd(sb, b, nbl, at(b, s), nbh);
      lb = natNorm(sb, lb);
    }
    const pa = sa, pb = square ? sa : sb;
    if (la > 0 && lb > 0) {
      ok = la <= lb ? natMulK(t3, pa, la, pb, lb) : natMulK(t3, pb, lb, pa, la);
      if (ok) natAddIn(at(r, s), nr, t3, natNorm(t3, la + lb));
    }
  }
  heapFree(tmp);
  return ok;
}

/** natMulK for 2 * na <= nb: b cut into slices of na digits, each a balanced product. */
function natMulLopsided(r: usize, a: usize, na: i32, b: usize, nb: i32): bool {
  natZero(r, na + nb);
  const tmp = heapAlloc(<usize>(2 * na) << 2);
  if (tmp == 0) return false;
  let ok = true;
  for (let off = 0; off < nb && ok; off += na) {
    const len = nb - off < na ? nb - off : na;
    const bs = at(b, off);
    const nbs = natNorm(bs, len);
    if (nbs == 0) continue;
    ok = natMulK(tmp, bs, nbs, a, na);
    if (ok) natAddIn(at(r, off), na + nb - off, tmp, nbs + na);
  }
  heapFree(tmp);
  return ok;
}

/** r[0..na+nb) = a * b. r must not overlap a or b (a and b may be the same: squaring). Returns
 *  false (r undefined) when the heap is exhausted. */
export function natMul(r: usize, a: usize, na: i32, b: usize, nb: i32): bool {
  if (na == 0 || nb == 0) { natZero(r, na + nb); return true; }
  if (na > nb) return natMulK(r, b, nb, a, na);
  return natMulK(r, a, na, b, nb);
}

// ---- division ----

/**
 * q[0..na-nb] = a / b and r[0..nb) = a % b for normalized a, b with na >= nb >= 2 (one-digit
 * divisors: natDivSmall). q and r must not overlap anything; either may be 0 (not wanted).
 * Knuth's algorithm D: shift both so b's top digit has its high bit set, then each quotient digit
 * is estimated from the top two digits of the running remainder over b's top digit (at most 2 too
 * big after the correction with b's second digit, and then exceptionally 1: the add-back step).
 * Returns false when the heap is exhausted.
 */
export function natDivRem(q: usize, r: usize, a: usize, na: i32, b: usize, nb: i32): bool {
  const buf = heapAlloc(<usize>(na + 1 + nb) << 2);
  if (buf == 0) return false;
  const u = buf, v = at(buf, na + 1);
  const s = clz<u32>(dg(b, nb - 1));
  natShl(v, b, nb, s);
  setDg(u, na, natShl(u, a, na, s));
  const vtop = <u64>dg(v, nb - 1), vnext = <u64>dg(v, nb - 2);
  const B: u64 = <u64>1 << 32;
  for (let j = na - nb; j >= 0; j--) {
    // estimate q^ from u[j+nb], u[j+nb-1] over vtop; refine with vnext (Knuth D3)
    const num = (<u64>dg(u, j + nb) << 32) | <u64>dg(u, j + nb - 1);
    let qhat = num / vtop;
    let rhat = num - qhat * vtop;
    while (qhat >= B || qhat * vnext > ((rhat << 32) | <u64>dg(u, j + nb - 2))) {
      qhat--;
      rhat += vtop;
      if (rhat >= B) break;
    }
    // u[j..j+nb] -= qhat * v (D4)
    let k: i64 = 0;
    for (let i = 0; i < nb; i++) {
      const p = qhat * <u64>dg(v, i);
      const t = <i64>dg(u, i + j) - k - <i64>(p & 0xFFFFFFFF);
      setDg(u, i + j, <u32>t);
      k = <i64>(p >> 32) - (t >> 32);
    }
    const t = <i64>dg(u, j + nb) - k;
    setDg(u, j + nb, <u32>t);
    if (t < 0) {
      // q^ was one too big (probability ~2/B): add v back (D6)
      qhat--;
      let c: u64 = 0;
      for (let i = 0; i < nb; i++) {
        c += <u64>dg(u, i + j) + <u64>dg(v, i);
        setDg(u, i + j, <u32>c);
        c >>= 32;
      }
      setDg(u, j + nb, dg(u, j + nb) + <u32>c);
    }
    if (q != 0) setDg(q, j, <u32>qhat);
  }
  if (r != 0) natShr(r, u, nb, s);
  heapFree(buf);
  return true;
}
