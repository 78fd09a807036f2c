// === intstr: ints as text and back (str/repr, the digits of format()/hex()/oct()/bin(), int(s)) ===
//
// Output. Power-of-two bases read their characters straight off the bits (any size, no limit).
// Base 10 divides a copy of the magnitude by 10^9 again and again (one u64 division per digit per
// pass), keeping the remainders as nine-digit chunks: quadratic like CPython 3.11's own
// conversion, and the 4300-digit limit keeps it short (a 10,000-digit number still takes about a
// millisecond when the limit is lifted).
//
// Input. The text is validated with CPython's rules and in CPython's order of errors: a misplaced
// '_' first, then the digit limit (bases that are not powers of two), then anything after the
// digits. The value is built by multiply-add over chunks of as many digits as a u32 holds
// (nine for base 10), or bit by bit for power-of-two bases.
//
// The limit is CPython 3.11's protection against quadratic conversions (sys.int_max_str_digits,
// default 4300; 0 = none): ValueError beyond it, in both directions, for every base that is not
// a power of two.

import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { decref } from './header';
import { excFormat, excNoMemory, excValueError } from '../vm/exc';
import { strFromAscii, strLen, strCharAt, strSubstring } from './str';
import { objRepr } from './abstract';
import { unicodeIsNumberSpace, unicodeDecimalValue } from './unicode';
import { natNorm, natCopy, natDivSmall, natMulSmall, natBitLength, natBitsAt } from './nat';
import { viewOf, viewDigits, viewLen, viewNeg, viewA, longAlloc, longFinish } from './long';
import { intFromI64, intValue, INT_DIGITS } from './int';

/** The default limit (sys.int_info.default_max_str_digits). CPython 3.11 semantics: do not tune. */
@inline export const INT_MAX_STR_DIGITS_DEFAULT: i32 = 4300;
/** The smallest limit but 0 that sys.set_int_max_str_digits accepts
 *  (sys.int_info.str_digits_check_threshold). CPython 3.11 semantics: do not tune. */
@inline export const INT_STR_DIGITS_THRESHOLD: i32 = 640;

/** sys.get_int_max_str_digits(): 0 means no limit. Per run: sysEndRun restores the default. */
let maxStrDigits: i32 = INT_MAX_STR_DIGITS_DEFAULT;

/** The digit limit (sys.get_int_max_str_digits; the host compiler asks for it too). */
export function intMaxStrDigits(): i32 { return maxStrDigits; }
/** Sets the digit limit (sys.set_int_max_str_digits; the caller validates n: 0 or >= 640). */
export function intSetMaxStrDigits(n: i32): void { maxStrDigits = n; }

@inline function isPow2Base(base: i32): bool { return (base & (base - 1)) == 0; }

// ---- output ----

/** Digit character for d < 36. */
@inline function digitChar(d: u32, upper: bool): u8 {
  return <u8>(d < 10 ? 0x30 + d : (upper ? 0x37 : 0x57) + d);
}

/**
 * The digits of |o| in base 2, 8, 10 or 16 as ASCII in a new heap block (the caller frees it
 * with heapFree); their count is stored at lenAddr (i32). Zero is "0". Base 10 obeys the digit
 * limit. 0 with ValueError or MemoryError set on failure.
 */
export function intDigitsAscii(o: Ptr, base: i32, upper: bool, lenAddr: usize): usize {
  const v = viewA();
  viewOf(o, v);
  const d = viewDigits(v), n = viewLen(v);
  if (base != 10) {
    const k = <u64>ctz<u32>(<u32>base); // bits per character
    const bits = natBitLength(d, n);
    const len = bits == 0 ? 1 : <i32>((bits + k - 1) / k);
    const buf = heapAlloc(<usize>len);
    if (buf == 0) { excNoMemory(); return 0; }
    const mask = (<u64>1 << k) - 1;
    for (let i = 0; i < len; i++) {
      const c = <u32>(natBitsAt(d, n, <u64>i * k) & mask);
      store<u8>(buf + <usize>(len - 1 - i), digitChar(c, upper));
    }
    store<i32>(lenAddr, len);
    return buf;
  }
  if (n == 0) {
    const buf = heapAlloc(1);
    if (buf == 0) { excNoMemory(); return 0; }
    store<u8>(buf, 0x30);
    store<i32>(lenAddr, 1);
    return buf;
  }
  // a number of b bits is >= 2^(b-1): beyond the limit for sure once (b-1) log10(2) >= limit
  const bits = natBitLength(d, n);
  if (maxStrDigits > 0 && <f64>(bits - 1) * 0.30102999566398120 > <f64>maxStrDigits + 1) {
    limitErrorOut();
    return 0;
  }
  // chunks of nine digits, least significant first; a chunk holds log2(10^9) ~ 29.9 bits
  const cap = <i32>((<u64>n * 32) / 29) + 2;
  const work = heapAlloc(<usize>(n + cap) << 2);
  if (work == 0) { excNoMemory(); return 0; }
  const t = work, chunks = work + (<usize>n << 2);
  natCopy(t, d, n);
  let tn = n, k = 0;
  while (tn > 0) {
    store<u32>(chunks + (<usize>k << 2), natDivSmall(t, t, tn, 1000000000));
    k++;
    tn = natNorm(t, tn);
  }
  let top = load<u32>(chunks + (<usize>(k - 1) << 2));
  let topLen = 0;
  for (let x = top; x != 0; x /= 10) topLen++;
  const len = topLen + 9 * (k - 1);
  if (maxStrDigits > 0 && len > maxStrDigits) {
    heapFree(work);
    limitErrorOut();
    return 0;
  }
  const buf = heapAlloc(<usize>len);
  if (buf == 0) { heapFree(work); excNoMemory(); return 0; }
  let pos = len;
  for (let c = 0; c < k; c++) {
    let x = load<u32>(chunks + (<usize>c << 2));
    const w = c == k - 1 ? topLen : 9;
    for (let j = 0; j < w; j++) {
      pos--;
      store<u8>(buf + <usize>pos, <u8>(0x30 + x % 10));
      x /= 10;
    }
  }
  heapFree(work);
  store<i32>(lenAddr, len);
  return buf;
}

@noinline function limitErrorOut(): void {
  excFormat(excValueError, 'Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit', <Ptr>maxStrDigits);
}

/** str(o) / repr(o) of an int: decimal, '-' for negatives. New reference. */
export function intToDecimalStr(o: Ptr): Ptr {
  const v = intValue(o);
  if (v != I64.MIN_VALUE) {
    const buf = memory.data(24);
    let i: i32 = 24;
    let u: u64 = v < 0 ? <u64>(0 - v) : <u64>v;
    do { i--; store<u8>(buf + <usize>i, <u8>(0x30 + <u32>(u % 10))); u /= 10; } while (u != 0);
    if (v < 0) { i--; store<u8>(buf + <usize>i, 0x2D); }
    return strFromAscii(buf + <usize>i, 24 - i);
  }
  const neg = viewNegOf(o);
  const lenCell = memory.data(4);
  const digits = intDigitsAscii(o, 10, false, lenCell);
  if (digits == 0) return 0;
  const len = load<i32>(lenCell);
  const total = len + (neg ? 1 : 0);
  const buf = heapAlloc(<usize>total);
  if (buf == 0) { heapFree(digits); return excNoMemory(); }
  if (neg) store<u8>(buf, 0x2D);
  memory.copy(buf + <usize>(neg ? 1 : 0), digits, <usize>len);
  heapFree(digits);
  const s = strFromAscii(buf, total);
  heapFree(buf);
  return s;
}

/** Is int o negative? */
function viewNegOf(o: Ptr): bool {
  const v = viewA();
  viewOf(o, v);
  return viewNeg(v);
}

// ---- input ----

/** The value of digit character c in bases up to 36 (Unicode decimal digits included), or -1. */
function digitValue(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7A) return <i32>l - 0x61 + 10;
  if (c < 0x80) return -1;
  return unicodeDecimalValue(c);
}

/**
 * Parses the str s as an int in `base` (0 or 2..36), with CPython's rules: surrounding
 * whitespace, one sign, a 0x/0o/0b prefix (required to match when base is 0, optional when it
 * matches base), single underscores between digits (and after a prefix), Unicode decimal digits,
 * and the digit limit. New reference; 0 + ValueError "invalid literal for int() with base N:
 * 'repr'" (the repr cut to 200 characters, as CPython's %.200R).
 */
export function intFromStr(s: Ptr, base: i32): Ptr {
  return intFromStrShowing(s, base, s);
}

/** intFromStr, with `shown` as the object the ValueError repr()s (a bytes argument). */
export function intFromStrShowing(s: Ptr, base: i32, shown: Ptr): Ptr {
  const n = strLen(s);
  let i = 0, end = n;
  while (i < end && unicodeIsNumberSpace(strCharAt(s, i))) i++;
  while (end > i && unicodeIsNumberSpace(strCharAt(s, end - 1))) end--;
  let neg = false;
  if (i < end && (strCharAt(s, i) == 0x2B || strCharAt(s, i) == 0x2D)) { neg = strCharAt(s, i) == 0x2D; i++; }
  const origBase = base;
  let prefixed = false;
  if (i + 1 < end && strCharAt(s, i) == 0x30) {
    const p = strCharAt(s, i + 1) | 0x20;
    if ((p == 0x78 && (base == 0 || base == 16)) || (p == 0x6F && (base == 0 || base == 8)) || (p == 0x62 && (base == 0 || base == 2))) {
      base = p == 0x78 ? 16 : p == 0x6F ? 8 : 2;
      i += 2;
      prefixed = true;
    }
  }
  if (base == 0) base = 10;
  // The run of digits: at least one; '_' only between digits (or right after a prefix).
  let ndigits = 0;
  let lastUnderscore = false;
  let allZero = true;
  let j = i;
  for (; j < end; j++) {
    const c = strCharAt(s, j);
    if (c == 0x5F) {
      if (lastUnderscore || (ndigits == 0 && !prefixed)) return intParseError(shown, origBase);
      lastUnderscore = true;
      continue;
    }
    const d = digitValue(c);
    if (d < 0 || d >= base) break;
    lastUnderscore = false;
    ndigits++;
    if (d != 0) allZero = false;
  }
  if (lastUnderscore || ndigits == 0) return intParseError(shown, origBase);
  if (!isPow2Base(base) && maxStrDigits > 0 && ndigits > maxStrDigits) {
    return excFormat(excValueError, 'Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit', <Ptr>maxStrDigits, <Ptr>ndigits);
  }
  if (j < end) return intParseError(shown, origBase);
  // base 0: a decimal literal with a leading zero must be all zeros ("010" is invalid)
  if (origBase == 0 && !prefixed && !allZero && strCharAt(s, i) == 0x30) return intParseError(shown, origBase);
  if (allZero) return intFromI64(0);
  // fast path: the value fits a u64 without overflow
  let v: u64 = 0;
  let fits = true;
  for (let k = i; k < end && fits; k++) {
    const c = strCharAt(s, k);
    if (c == 0x5F) continue;
    const d = <u64>digitValue(c);
    if (v > (<u64>0xFFFFFFFFFFFFFFFF - d) / <u64>base) fits = false;
    else v = v * <u64>base + d;
  }
  if (fits && v <= <u64>I64.MAX_VALUE) return intFromI64(neg ? -<i64>v : <i64>v);
  return isPow2Base(base) ? parsePow2(s, i, end, base, ndigits, neg) : parseChunks(s, i, end, base, ndigits, neg);
}

/** The digits of s[i, end) (validated) in a power-of-two base, placed bit by bit from the end. */
function parsePow2(s: Ptr, i: i32, end: i32, base: i32, ndigits: i32, neg: bool): Ptr {
  const k = <u64>ctz<u32>(<u32>base);
  const nd = <i32>((<u64>ndigits * k + 31) >> 5) + 1;
  const o = longAlloc(nd);
  if (o == 0) return 0;
  const d = o + INT_DIGITS;
  memory.fill(d, 0, <usize>nd << 2);
  let pos: u64 = 0;
  for (let j = end - 1; j >= i; j--) {
    const c = strCharAt(s, j);
    if (c == 0x5F) continue;
    const x = <u64>digitValue(c) << (pos & 31);
    const w = d + <usize>((pos >> 5) << 2);
    store<u32>(w, load<u32>(w) | <u32>x);
    if ((x >> 32) != 0) store<u32>(w + 4, load<u32>(w + 4) | <u32>(x >> 32));
    pos += k;
  }
  return longFinish(o, nd, neg);
}

/** The digits of s[i, end) (validated) in any base: acc = acc * base^m + chunk, m digits at a
 *  time with base^m < 2^32. */
function parseChunks(s: Ptr, i: i32, end: i32, base: i32, ndigits: i32, neg: bool): Ptr {
  let m = 0;
  let bm: u64 = 1;
  while (bm * <u64>base <= 0xFFFFFFFF) { bm *= <u64>base; m++; }
  const bitsPerDigit = <u64>(32 - clz<u32>(<u32>(base - 1))); // ceil(log2(base))
  const nd = <i32>((<u64>ndigits * bitsPerDigit + 31) >> 5) + 1;
  const o = longAlloc(nd);
  if (o == 0) return 0;
  const d = o + INT_DIGITS;
  let an = 0;
  let chunk: u32 = 0, cl = 0;
  let scale: u32 = 1;
  for (let j = i; j < end; j++) {
    const c = strCharAt(s, j);
    if (c == 0x5F) continue;
    chunk = chunk * <u32>base + <u32>digitValue(c);
    scale *= <u32>base;
    cl++;
    if (cl == m || j == end - 1) {
      const carry = natMulSmall(d, d, an, scale, chunk);
      if (carry != 0) { store<u32>(d + (<usize>an << 2), carry); an++; }
      chunk = 0; cl = 0; scale = 1;
    }
  }
  return longFinish(o, an, neg);
}

@noinline function intParseError(s: Ptr, base: i32): Ptr {
  let r = objRepr(s);
  if (r == 0) return 0;
  if (strLen(r) > 200) {
    const cut = strSubstring(r, 0, 200);
    decref(r);
    if (cut == 0) return 0;
    r = cut;
  }
  excFormat(excValueError, 'invalid literal for int() with base %d: %U', <Ptr>base, r);
  decref(r);
  return 0;
}
