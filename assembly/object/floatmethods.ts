// === float's exact-value methods: hex, fromhex, as_integer_ratio (and __getformat__,
// __getnewargs__); real/imag/conjugate are object/numberslots.ts's ===
//
// All work on the IEEE-754 bits, so they are exact (no decimal conversion is involved):
//
//   bit 63 sign | bits 62..52 biased exponent (0 = zero/subnormal, 0x7FF = inf/nan) | 52 fraction
//
// hex() writes '[-]0x1.<13 hex digits>p<exp>' for normal numbers and '0x0.<...>p-1022' for
// subnormals, as CPython's float_hex. fromhex() reads CPython's grammar and rounds half to even
// to the nearest double, subnormals included, raising OverflowError past the largest finite.

import { Ptr } from '../common';
import { decref, newref, objType } from './header';
import { TP_DICT } from './typelayout';
import { typeAddMethod, typeAddClassMethod } from './type';
import {
  excSetString, excFormat, excTypeError, excValueError, excOverflowError,
} from '../vm/exc';
import { floatType, floatValue, floatFromF64 } from './float';
import { intFromI64 } from './int';
import { strLen, strCharAt, isStr, strFromAscii, strEqLiteral, strFromLiteral } from './str';
import { tuplePair, tupleOne } from './tuple';
import { binaryOp, objCall } from './abstract';
import { NB_LSHIFT } from '../opcodes.gen';
import { getsetAdd, objArgBuf, argBufPop } from './descrobject';
import { argAt, argsHaveKw, argErrNoKw, argErrNoArgs, argErrExactlyOne } from './methodargs';

@inline const FRAC_MASK: u64 = (<u64>1 << 52) - 1;

@inline function hexDigit(d: u32): u8 { return <u8>(d < 10 ? 0x30 + d : 0x57 + d); }

/** x.hex() */
function float_hex(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(floatType, 'hex');
  if (nargs != 0) return argErrNoArgs(floatType, 'hex', nargs);
  const x = floatValue(self);
  const buf = memory.data(32);
  let n: usize = 0;
  if (isNaN(x)) { store<u8>(buf, 0x6E); store<u8>(buf, 0x61, 1); store<u8>(buf, 0x6E, 2); return strFromAscii(buf, 3); }
  const bits = reinterpret<u64>(x);
  if ((bits >> 63) != 0) store<u8>(buf + n++, 0x2D);
  if (!isFinite(x)) {
    store<u8>(buf + n++, 0x69); store<u8>(buf + n++, 0x6E); store<u8>(buf + n++, 0x66);
    return strFromAscii(buf, <i32>n);
  }
  const biased = <i32>((bits >> 52) & 0x7FF);
  const frac = bits & FRAC_MASK;
  store<u8>(buf + n++, 0x30);
  store<u8>(buf + n++, 0x78);
  if (biased == 0 && frac == 0) {
    // zero: '0x0.0p+0'
    store<u8>(buf + n++, 0x30); store<u8>(buf + n++, 0x2E); store<u8>(buf + n++, 0x30);
    store<u8>(buf + n++, 0x70); store<u8>(buf + n++, 0x2B); store<u8>(buf + n++, 0x30);
    return strFromAscii(buf, <i32>n);
  }
  store<u8>(buf + n++, biased == 0 ? 0x30 : 0x31);
  store<u8>(buf + n++, 0x2E);
  for (let shift = 48; shift >= 0; shift -= 4) store<u8>(buf + n++, hexDigit(<u32>((frac >> shift) & 15)));
  store<u8>(buf + n++, 0x70);
  let e = biased == 0 ? -1022 : biased - 1023;
  store<u8>(buf + n++, e < 0 ? 0x2D : 0x2B);
  if (e < 0) e = -e;
  let digits = 1;
  for (let t = e; t >= 10; t /= 10) digits++;
  for (let k = digits - 1; k >= 0; k--) { store<u8>(buf + n + <usize>k, <u8>(0x30 + e % 10)); e /= 10; }
  n += <usize>digits;
  return strFromAscii(buf, <i32>n);
}

@inline function isAsciiSpace(c: u32): bool { return c == 0x20 || (c >= 0x09 && c <= 0x0D); }

@inline function hexValue(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>(c - 0x30);
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return <i32>(l - 0x61 + 10);
  return -1;
}

/** Does s[i:end] equal the lowercase ASCII word, ignoring case? */
function wordAt(s: Ptr, i: i32, end: i32, w: string): bool {
  if (end - i != w.length) return false;
  for (let k = 0; k < w.length; k++) {
    const c = strCharAt(s, i + k);
    if ((c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != <u32>load<u16>(changetype<usize>(w) + (<usize>k << 1))) return false;
  }
  return true;
}

// fromhex's outcome besides the value: 0 ok, 1 invalid string, 2 too large.
let fromhexError: i32 = 0;

/** The double nearest to m * 2^e (m != 0, `sticky` = nonzero bits were dropped below m), rounded
 *  half to even; sets fromhexError = 2 past the largest finite double. */
function roundToDouble(m: u64, e: i64, sticky: bool): f64 {
  const hb = 63 - <i32>clz<u64>(m);
  const top = <i64>hb + e;                         // exponent of the leading bit
  if (top > 1023) { fromhexError = 2; return 0; }
  if (top < -1075) return 0;                       // below half the smallest subnormal
  const q = top - 52 > -1074 ? top - 52 : <i64>-1074; // exponent of the last kept bit
  const shift = q - e;                              // bits of m to drop (may be negative)
  let kept: u64;
  if (shift <= 0) kept = m << <u64>(-shift);
  else {
    kept = shift >= 64 ? 0 : m >> <u64>shift;
    const half: bool = shift <= 64 ? ((m >> <u64>(shift - 1)) & 1) != 0 : false;
    const below: bool = sticky || (shift >= 2 && (shift - 1 >= 64 ? m != 0 : (m & ((<u64>1 << <u64>(shift - 1)) - 1)) != 0));
    if (half && (below || (kept & 1) != 0)) kept++;
  }
  let qq = q;
  if (kept == (<u64>1 << 53)) { kept >>= 1; qq++; }
  if (kept == 0) return 0;
  if (kept >= (<u64>1 << 52)) {
    const biased = qq + 52 + 1023;
    if (biased >= 0x7FF) { fromhexError = 2; return 0; }
    return reinterpret<f64>((<u64>biased << 52) | (kept & FRAC_MASK));
  }
  return reinterpret<f64>(kept); // subnormal: qq == -1074
}

/** Parses CPython's fromhex grammar in s; sets fromhexError on failure. */
function parseHexFloat(s: Ptr): f64 {
  fromhexError = 0;
  let i = 0, end = strLen(s);
  while (i < end && isAsciiSpace(strCharAt(s, i))) i++;
  while (end > i && isAsciiSpace(strCharAt(s, end - 1))) end--;
  let neg = false;
  if (i < end && (strCharAt(s, i) == 0x2B || strCharAt(s, i) == 0x2D)) { neg = strCharAt(s, i) == 0x2D; i++; }
  if (wordAt(s, i, end, 'inf') || wordAt(s, i, end, 'infinity')) return neg ? -Infinity : Infinity;
  if (wordAt(s, i, end, 'nan')) return NaN;
  if (i + 1 < end && strCharAt(s, i) == 0x30 && (strCharAt(s, i + 1) | 0x20) == 0x78) i += 2;
  // digits: the first 16 significant ones in m, the rest only as a sticky bit and a scale
  let m: u64 = 0;
  let sig = 0;
  let sticky = false;
  let e: i64 = 0;
  let ndigits = 0;
  let seenPoint = false;
  while (i < end) {
    const c = strCharAt(s, i);
    if (c == 0x2E && !seenPoint) { seenPoint = true; i++; continue; }
    const d = hexValue(c);
    if (d < 0) break;
    ndigits++;
    if (seenPoint) e -= 4;
    if (sig < 16) {
      if (sig > 0 || d != 0) { m = (m << 4) | <u64>d; sig++; }
    } else {
      e += 4;
      if (d != 0) sticky = true;
    }
    i++;
  }
  if (ndigits == 0) { fromhexError = 1; return 0; }
  if (i < end && (strCharAt(s, i) | 0x20) == 0x70) {
    i++;
    let eneg = false;
    if (i < end && (strCharAt(s, i) == 0x2B || strCharAt(s, i) == 0x2D)) { eneg = strCharAt(s, i) == 0x2D; i++; }
    const start = i;
    let ev: i64 = 0;
    while (i < end && strCharAt(s, i) >= 0x30 && strCharAt(s, i) <= 0x39) {
      if (ev < 1000000000) ev = ev * 10 + <i64>(strCharAt(s, i) - 0x30); // clamped: far past any double
      i++;
    }
    if (i == start) { fromhexError = 1; return 0; }
    e += eneg ? -ev : ev;
  }
  if (i != end) { fromhexError = 1; return 0; }
  if (m == 0) return neg ? -0.0 : 0.0;
  const r = roundToDouble(m, e, sticky);
  return neg ? -r : r;
}

/** float.fromhex(s) (a classmethod: a subclass gets cls(value)). */
function float_fromhex(cls: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(floatType, 'fromhex');
  if (nargs != 1) return argErrExactlyOne(floatType, 'fromhex', nargs);
  const s = argAt(args, 0);
  // CPython reads the argument with PyUnicode_AsUTF8AndSize: a generic message
  if (!isStr(s)) return excSetString(excTypeError, 'bad argument type for built-in operation');
  const x = parseHexFloat(s);
  if (fromhexError == 1) return excSetString(excValueError, 'invalid hexadecimal floating-point string');
  if (fromhexError == 2) return excSetString(excOverflowError, 'hexadecimal value too large to represent as a float');
  const f = floatFromF64(x);
  if (f == 0 || cls == floatType) return f;
  const buf = objArgBuf(1);
  if (buf == 0) { decref(f); return 0; }
  store<Ptr>(buf, f);
  const r = objCall(cls, buf, 1, 0);
  argBufPop(1);
  decref(f);
  return r;
}

/** x.as_integer_ratio(): the exact fraction, lowest terms, positive denominator. */
function float_as_integer_ratio(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(floatType, 'as_integer_ratio');
  if (nargs != 0) return argErrNoArgs(floatType, 'as_integer_ratio', nargs);
  const x = floatValue(self);
  if (isNaN(x)) return excSetString(excValueError, 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) return excSetString(excOverflowError, 'cannot convert Infinity to integer ratio');
  if (x == 0) return tuplePair(intFromI64(0), intFromI64(1));
  // x = mant * 2^exp with mant an odd integer of at most 53 bits
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7FF);
  let mant: i64 = <i64>(bits & FRAC_MASK);
  let exp: i32;
  if (biased == 0) exp = -1074;
  else { mant |= <i64>1 << 52; exp = biased - 1075; }
  const tz = <i32>ctz<i64>(mant);
  mant >>= tz;
  exp += tz;
  if ((bits >> 63) != 0) mant = -mant;
  let num = intFromI64(mant);
  let den = intFromI64(1);
  if (num == 0 || den == 0) { if (num) decref(num); if (den) decref(den); return 0; }
  if (exp != 0) {
    const sh = intFromI64(exp > 0 ? exp : -exp);
    if (sh == 0) { decref(num); decref(den); return 0; }
    // int's << gives big results once ints beyond 64 bits exist (OverflowError until then)
    const target = exp > 0 ? num : den;
    const shifted = binaryOp(target, sh, <i32>NB_LSHIFT);
    decref(sh);
    decref(target);
    if (shifted == 0) { decref(exp > 0 ? den : num); return 0; }
    if (exp > 0) num = shifted; else den = shifted;
  }
  return tuplePair(num, den);
}

/** float.__getformat__(typestr): how C doubles and floats are laid out (IEEE, little-endian in
 *  WebAssembly, as on the machines CPython reports it for). */
function float___getformat__(cls: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(floatType, '__getformat__');
  if (nargs != 1) return argErrExactlyOne(floatType, '__getformat__', nargs);
  const s = argAt(args, 0);
  if (!isStr(s)) return excFormat(excTypeError, '__getformat__() argument must be str, not %A', s);
  if (!strEqLiteral(s, 'double') && !strEqLiteral(s, 'float')) {
    return excSetString(excValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return strFromLiteral('IEEE, little-endian');
}

/** x.__getnewargs__(): (float(x),), what pickling a float subclass rebuilds from. */
function float___getnewargs__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(floatType, '__getnewargs__');
  if (nargs != 0) return argErrNoArgs(floatType, '__getnewargs__', nargs);
  return tupleOne(floatFromF64(floatValue(self)));
}

/** Registers the methods above. */
export function floatmethodsInit(): void {
  typeAddMethod(floatType, 'hex', float_hex.index);
  typeAddClassMethod(floatType, 'fromhex', float_fromhex.index);
  typeAddMethod(floatType, 'as_integer_ratio', float_as_integer_ratio.index);
  typeAddClassMethod(floatType, '__getformat__', float___getformat__.index);
  typeAddMethod(floatType, '__getnewargs__', float___getnewargs__.index);
}
