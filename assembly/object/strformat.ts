// === Text formatting: format specs (__format__ of str/int/float/complex), str.format, str % args, round ===
//
// Everything that turns numbers into formatted text shares one spec state and one set of digit
// renderers, so f'{x:.2f}', '{:.2f}'.format(x), '%.2f' % x and round(x, 2) agree digit for digit:
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// parsed exactly as CPython 3.11's parse_internal_render_format_spec (same error messages), then
// rendered as [left pad][sign][prefix][= pad or grouped zeros][digits][fraction/exponent][right pad].
//
// Float digits for 'e', 'f', 'g' and '%' come from the *exact* decimal expansion of the double (a
// small bignum: m * 2^e written out in base 10), rounded half-to-even at the requested digit, so
// format(2.5, '.0f') == '2' and format(0.1, '.30f') match C's printf, as CPython's dtoa does. The
// shortest-repr cases (no type, no precision) reuse float.ts's floatReprAscii. A complex is
// formatted part by part with the float renderer (complexFormat).

import { callMethodFound } from './slotdefs';
import { nameFormat } from './abstract';
import { OB_TYPE } from './header';
import { descrType, sbAppendAddress } from './cfunc';
import { typeLookup } from './type';
import { TP_FLAGS, TPFLAGS_HEAPTYPE } from './typelayout';
import { Ptr, fatal } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { objType, decref, newref } from './header';
import { typeAddMethod } from './type';
import { argsHaveKw, argErrNoKw, argErrExactlyOne } from './methodargs';
import { excFormat, excSetString, excTypeError, excValueError, excOverflowError, excOccurred, excNoMemory } from '../vm/exc';
import { intType, intValue, isInt, intRepr, intFromObject, intAsF64, intFitsI64 } from './int';
import { intDigitsAscii } from './intstr';
import { longSign as intSignOf } from './long';
import { floatType, floatValue, isFloat, floatReprAscii } from './float';
import { complexType, isComplex, complexReal, complexImag } from './complex';
import { strType, strLen, strCharAt, isStr, strAsUtf8, STR_MAX_LEN } from './str';
import { sbNew, sbAppendChar, sbAppendSubstr, sbAppendAscii, sbAppendStr, sbFinish, sbFree, sbAppendHexEscape, sbAppendLiteral } from './strbuild';
import { objStr, objRepr, objGetAttr, objGetItem, objCall, objIndex } from './abstract';
import { typeKind, TK_TUPLE } from './type';
import { xdecref } from './header';
import { excSetObject, excSetObjectStolen, excKeyError, excIndexError, excMatches, excClear } from '../vm/exc';
import { unicodeDecimalValue } from './unicode';
import { strInternLiteral, strSubstring, strEq, strIsAscii, strFromLiteral } from './str';
import { tupleSize, tupleItem, tupleItemsAddr, argsPositional, argsRaiseCount } from './tuple';
import { SLOT_GETITEM, SLOT_FLOAT, SLOT_INDEX, SLOT_INT, SLOT_NB_BINARY, typeSlot, typeSetSlot } from './typelayout';
import { NB_REMAINDER } from '../opcodes.gen';
import { Py_NotImplemented } from './none';
import { floatTruncToInt, floatFromObject, floatParseAscii } from './float';
import { strFromKindData, strData } from './str';
import { isBytes, bytesSize, bytesData, bytesFromData, bytesFromDunder } from './bytes';
import { bytearraySize, bytearrayData, bytearrayFromData } from './bytearray';
import { bufferAcquire, bufferRelease, bufferCheck, BUF_PTR, BUF_LEN, BUF_CELLS, BUF_COPY } from './buffer';
import { TK_BYTEARRAY } from './type';
import { intFromI64 } from './int';

// ---- the parsed spec (single-threaded core: module state, valid until the next parse) ----
let fFill: u32 = 0x20;
let fAlign: u32 = 0;   // 0 = default, or '<' '>' '^' '='
let fSign: u32 = 0;    // 0, '+', '-', ' '
let fNoNeg0 = false;   // 'z'
let fAlt = false;      // '#'
let fWidth: i32 = -1;
let fGroup: u32 = 0;   // 0, ',' or '_'
let fPrec: i32 = -1;
let fType: u32 = 0;

@inline function isAlign(c: u32): bool { return c == 0x3C || c == 0x3E || c == 0x5E || c == 0x3D; }

/** Reads decimal digits at *pos (a u32 in static memory); -1 none, -2 too many for an i64
 *  (CPython's Py_ssize_t: "Too many decimal digits"). A value past i32 comes back as
 *  NUM_HUGE: a width that big cannot be allocated, a precision that big is "too big". */
function readNumber(spec: Ptr, posAddr: usize, end: i32): i32 {
  let pos = load<i32>(posAddr);
  let v: i64 = 0;
  let n = 0;
  while (pos < end) {
    const c = strCharAt(spec, pos);
    if (c < 0x30 || c > 0x39) break;
    if (v > (I64.MAX_VALUE - <i64>(c - 0x30)) / 10) return -2;
    v = v * 10 + <i64>(c - 0x30);
    pos++;
    n++;
  }
  store<i32>(posAddr, pos);
  return n == 0 ? -1 : v >= <i64>NUM_HUGE ? NUM_HUGE : <i32>v;
}
@inline const NUM_HUGE: i32 = 0x7FFFFFFF;

/** Parses spec; false with ValueError set. defaultAlign: '<' for str, '>' for numbers. */
function parseSpec(spec: Ptr, obj: Ptr, defaultAlign: u32): bool {
  fFill = 0x20; fAlign = 0; fSign = 0; fNoNeg0 = false; fAlt = false; fWidth = -1; fGroup = 0; fPrec = -1; fType = 0;
  const end = strLen(spec);
  let pos = 0;
  let fillGiven = false, alignGiven = false;
  if (end - pos >= 2 && isAlign(strCharAt(spec, pos + 1))) {
    fFill = strCharAt(spec, pos); fAlign = strCharAt(spec, pos + 1); fillGiven = true; alignGiven = true; pos += 2;
  } else if (end - pos >= 1 && isAlign(strCharAt(spec, pos))) {
    fAlign = strCharAt(spec, pos); alignGiven = true; pos++;
  }
  if (pos < end) {
    const c = strCharAt(spec, pos);
    if (c == 0x2B || c == 0x2D || c == 0x20) { fSign = c; pos++; }
  }
  if (pos < end && strCharAt(spec, pos) == 0x7A) { fNoNeg0 = true; pos++; }
  if (pos < end && strCharAt(spec, pos) == 0x23) { fAlt = true; pos++; }
  if (!fillGiven && pos < end && strCharAt(spec, pos) == 0x30) {
    fFill = 0x30;
    if (!alignGiven && defaultAlign == 0x3E) fAlign = 0x3D;
    pos++;
  }
  const pa = memory.data(4);
  store<i32>(pa, pos);
  fWidth = readNumber(spec, pa, end);
  pos = load<i32>(pa);
  if (fWidth == -2) { excSetString(excValueError, 'Too many decimal digits in format string'); return false; }
  if (pos < end && strCharAt(spec, pos) == 0x2C) {
    fGroup = 0x2C; pos++;
    if (pos < end && strCharAt(spec, pos) == 0x5F) { excSetString(excValueError, "Cannot specify both ',' and '_'."); return false; }
  } else if (pos < end && strCharAt(spec, pos) == 0x5F) {
    fGroup = 0x5F; pos++;
    if (pos < end && strCharAt(spec, pos) == 0x2C) { excSetString(excValueError, "Cannot specify both ',' and '_'."); return false; }
  }
  if (pos < end && strCharAt(spec, pos) == 0x2E) {
    pos++;
    store<i32>(pa, pos);
    fPrec = readNumber(spec, pa, end);
    pos = load<i32>(pa);
    if (fPrec == -2) { excSetString(excValueError, 'Too many decimal digits in format string'); return false; }
    if (fPrec == -1) { excSetString(excValueError, 'Format specifier missing precision'); return false; }
  }
  if (end - pos > 1) {
    excFormat(excValueError, "Invalid format specifier '%U' for object of type '%T'", spec, obj);
    return false;
  }
  if (end - pos == 1) fType = strCharAt(spec, pos);
  if (fGroup != 0) {
    const t = fType;
    const ok = t == 0 || t == 0x64 || t == 0x65 || t == 0x66 || t == 0x67 || t == 0x45 || t == 0x47 || t == 0x25 || t == 0x46 ||
      (fGroup == 0x5F && (t == 0x62 || t == 0x6F || t == 0x78 || t == 0x58));
    if (!ok) {
      const c = strFromChar(t);
      if (c == 0) return false;
      if (fGroup == 0x2C) excFormat(excValueError, "Cannot specify ',' with '%U'.", c);
      else excFormat(excValueError, "Cannot specify '_' with '%U'.", c);
      decref(c);
      return false;
    }
  }
  return true;
}

import { strFromChar } from './str';

/** "Unknown format code 'C' ...", with C as '\\x%x' outside printable ASCII (as CPython). */
@noinline function errUnknownCode(obj: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  if (fType > 32 && fType < 128) sbAppendChar(sb, fType);
  else { sbAppendLiteral(sb, '\\x'); sbAppendAddress(sb, fType); }
  const c = sbFinish(sb);
  if (c == 0) return 0;
  excFormat(excValueError, "Unknown format code '%U' for object of type '%T'", c, obj);
  decref(c);
  return 0;
}

// ---- assembling the padded result ----

// Scratch buffers for number pieces (ASCII), carved from one heap block made by strformatInit
// (static data would push the module past its initial memory). Sizes: a double has at most 767
// significant decimal digits and 309 integer digits; 1400 leaves room for grouping and padding.
@inline const OFF_BODY: usize = 0;       // integer digits (1400)
@inline const OFF_REST: usize = 1400;    // fraction, exponent, suffix (1500)
@inline const OFF_DIG: usize = 2900;     // exact digits (1400)
@inline const OFF_BIG: usize = 4300;     // bignum limbs (90 * 4)
@inline const OFF_GROUP: usize = 4660;   // grouped body, built right to left (2900)
@inline const OFF_FRAC: usize = 7560;    // fraction digits (1400)
@inline const OFF_MANT: usize = 8960;    // mantissa digits (1400)
@inline const OFF_CHUNKS: usize = 10360; // base-1e9 chunks (200 * 4)
@inline const SCRATCH_SIZE: usize = 11160;
let scratch: usize = 0;
let bodyBuf: usize = 0;
let restBuf: usize = 0;
let bodyLen: i32 = 0;
let restLen: i32 = 0;

@inline function restPut(c: u32): void { store<u8>(restBuf + <usize>restLen, <u8>c); restLen++; }

/** Count of output chars for n integer digits grouped every `every` (0 = no grouping). */
@inline function groupedLen(n: i32, every: i32): i32 { return every > 0 && n > 0 ? n + (n - 1) / every : n; }

/**
 * Emits sign + prefix + body (grouped) + rest, padded to fWidth per fAlign (numbers: default '>').
 * prefixLit: '' or '0x' etc. With '=' and fill '0' and grouping, zero padding is grouped too.
 */
function emitNumber(negative: bool, prefix: string, every: i32, defaultAlign: u32): Ptr {
  if (fWidth > <i32>STR_MAX_LEN) return excNoMemory();
  let signCh: u32 = 0;
  if (negative) signCh = 0x2D;
  else if (fSign == 0x2B) signCh = 0x2B;
  else if (fSign == 0x20) signCh = 0x20;
  const signLen = signCh ? 1 : 0;
  const prefixLen = prefix.length;
  const align = fAlign ? fAlign : defaultAlign;
  let minBody = 0;
  const zeroGroup = align == 0x3D && fFill == 0x30 && every > 0;
  if (zeroGroup && fWidth > 0) minBody = fWidth - signLen - prefixLen - restLen;
  // grouped body, built right to left into a scratch buffer (a heap block when a big int's
  // digits or a wide zero padding would not fit)
  const cap = groupedLen(bodyLen, every) + (minBody > 0 ? minBody : 0) + 2;
  const g = cap <= 2900 ? scratch + OFF_GROUP : heapAlloc(<usize>cap);
  if (g == 0) return excNoMemory();
  const gEnd = cap <= 2900 ? 2900 : cap; // g + gEnd: one past the last char
  let gl = 0;
  let count = 0;
  let i = bodyLen - 1;
  const sep = fGroup;
  while (i >= 0 || gl < minBody) {
    if (every > 0 && count > 0 && count % every == 0) { store<u8>(g + <usize>(gEnd - 1 - gl), <u8>sep); gl++; }
    const d = i >= 0 ? load<u8>(bodyBuf + <usize>i) : <u8>0x30;
    store<u8>(g + <usize>(gEnd - 1 - gl), d);
    gl++;
    count++;
    i--;
  }
  const total = signLen + prefixLen + gl + restLen;
  const pad = fWidth > total ? fWidth - total : 0;
  let left = 0, right = 0, mid = 0;
  if (align == 0x3C) right = pad;
  else if (align == 0x5E) { left = pad / 2; right = pad - left; }
  else if (align == 0x3D) mid = pad;
  else left = pad;
  const sb = sbNew();
  if (sb == 0) { if (gEnd != 2900) heapFree(g); return 0; }
  for (let k = 0; k < left; k++) sbAppendChar(sb, fFill);
  if (signCh) sbAppendChar(sb, signCh);
  for (let k = 0; k < prefixLen; k++) sbAppendChar(sb, <u32>load<u16>(changetype<usize>(prefix) + (<usize>k << 1)));
  for (let k = 0; k < mid; k++) sbAppendChar(sb, fFill);
  sbAppendAscii(sb, g + <usize>(gEnd - gl), gl);
  if (gEnd != 2900) heapFree(g);
  sbAppendAscii(sb, restBuf, restLen);
  for (let k = 0; k < right; k++) sbAppendChar(sb, fFill);
  return sbFinish(sb);
}

// ---- str ----

/** format(s, spec) for a str. New reference. */
export function strFormat(s: Ptr, spec: Ptr): Ptr {
  if (strLen(spec) == 0) return objType(s) == strType ? newref(s) : objStr(s);
  if (!parseSpec(spec, s, 0x3C)) return 0;
  if (fType != 0 && fType != 0x73) return errUnknownCode(s);
  if (fGroup != 0) {
    // no type means 's' for a str, and grouping never applies to text
    return excSetString(excValueError, fGroup == 0x2C ? "Cannot specify ',' with 's'." : "Cannot specify '_' with 's'.");
  }
  if (fSign == 0x20) return excSetString(excValueError, 'Space not allowed in string format specifier');
  if (fSign != 0) return excSetString(excValueError, 'Sign not allowed in string format specifier');
  if (fNoNeg0) return excSetString(excValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (fAlt) return excSetString(excValueError, 'Alternate form (#) not allowed in string format specifier');
  if (fAlign == 0x3D) return excSetString(excValueError, "'=' alignment not allowed in string format specifier");
  if (fWidth > <i32>STR_MAX_LEN) return excNoMemory();
  let n = strLen(s);
  if (fPrec >= 0 && fPrec < n) n = fPrec;
  const pad = fWidth > n ? fWidth - n : 0;
  const align = fAlign ? fAlign : 0x3C;
  let left = 0, right = 0;
  if (align == 0x3E) left = pad;
  else if (align == 0x5E) { left = pad / 2; right = pad - left; }
  else right = pad;
  const sb = sbNew();
  if (sb == 0) return 0;
  for (let k = 0; k < left; k++) sbAppendChar(sb, fFill);
  sbAppendSubstr(sb, s, 0, n);
  for (let k = 0; k < right; k++) sbAppendChar(sb, fFill);
  return sbFinish(sb);
}

// ---- int ----

/** format(i, spec) for an int (bool included). New reference. */
export function intFormat(o: Ptr, spec: Ptr): Ptr {
  if (strLen(spec) == 0) return objStr(o);
  if (!parseSpec(spec, o, 0x3E)) return 0;
  return renderInt(o);
}

/** hex(i) / oct(i) / bin(i): base 16, 8 or 2 with its 0x/0o/0b prefix ('-0x1f' for negatives).
 *  New reference. For the builtins. */
export function intToBase(o: Ptr, base: i32): Ptr {
  fFill = 0x20; fAlign = 0; fSign = 0; fNoNeg0 = false; fAlt = true; fWidth = -1; fGroup = 0; fPrec = -1;
  fType = base == 16 ? 0x78 : base == 8 ? 0x6F : 0x62;
  return renderInt(o);
}

/** printf's '%.Nd': minimum digit count (0 = none; the format-spec language has no such thing). */
let minDigits: i32 = 0;

/** Renders int o per the parsed spec (globals). */
function renderInt(o: Ptr): Ptr {
  const t = fType;
  const v = intValue(o); // I64.MIN_VALUE: a big int, whose digits come from intstr.ts
  if (t == 0x65 || t == 0x45 || t == 0x66 || t == 0x46 || t == 0x67 || t == 0x47 || t == 0x25) {
    const x = intAsF64(o);
    if (x == -1.0 && excOccurred()) return 0;
    return renderFloat(x, o);
  }
  // CPython's order: an unknown type code first, then precision, then 'z'
  if (t != 0 && t != 0x62 && t != 0x63 && t != 0x64 && t != 0x6F && t != 0x78 && t != 0x58 && t != 0x6E) {
    return errUnknownCode(o);
  }
  if (fPrec >= 0) return excSetString(excValueError, 'Precision not allowed in integer format specifier');
  if (fNoNeg0) return excSetString(excValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  restLen = 0;
  if (t == 0x63) { // 'c'
    if (fSign != 0) return excSetString(excValueError, "Sign not allowed with integer format specifier 'c'");
    if (fAlt) return excSetString(excValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v == I64.MIN_VALUE && !intFitsI64(o)) return excSetString(excOverflowError, 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10FFFF) return excSetString(excOverflowError, '%c arg not in range(0x110000)');
    // A one-char "number" with no sign: pad as a number would (default right-aligned).
    const c = strFromChar(<u32>v);
    if (c == 0) return 0;
    const save = fAlign;
    if (fAlign == 0) fAlign = 0x3E;
    const r = padStrLike(c);
    fAlign = save;
    decref(c);
    return r;
  }
  let base: u64 = 10;
  let prefix = '';
  let every = fGroup ? 3 : 0;
  if (t == 0 || t == 0x64 || t == 0x6E) base = 10;
  else if (t == 0x62) { base = 2; prefix = fAlt ? '0b' : ''; every = fGroup ? 4 : 0; }
  else if (t == 0x6F) { base = 8; prefix = fAlt ? '0o' : ''; every = fGroup ? 4 : 0; }
  else if (t == 0x78) { base = 16; prefix = fAlt ? '0x' : ''; every = fGroup ? 4 : 0; }
  else if (t == 0x58) { base = 16; prefix = fAlt ? '0X' : ''; every = fGroup ? 4 : 0; }
  else return errUnknownCode(o);
  // a big int, or printf's '%.Nd' asking for more zeros than bodyBuf holds: digits on the heap
  if (v == I64.MIN_VALUE || minDigits > 1300) return renderBigInt(o, <i32>base, t == 0x58, prefix, every);
  let u: u64 = v < 0 ? <u64>(0 - v) : <u64>v;
  const tmp = memory.data(70);
  let k = 70;
  do {
    const d = <u32>(u % base);
    k--;
    store<u8>(tmp + <usize>k, <u8>(d < 10 ? 0x30 + d : (t == 0x58 ? 0x37 : 0x57) + d));
    u /= base;
  } while (u != 0);
  bodyLen = 70 - k;
  let lead = minDigits > bodyLen ? minDigits - bodyLen : 0;
  for (let z = 0; z < lead; z++) store<u8>(bodyBuf + <usize>z, 0x30);
  memory.copy(bodyBuf + <usize>lead, tmp + <usize>k, <usize>bodyLen);
  bodyLen += lead;
  return emitNumber(v < 0, prefix, every, 0x3E);
}

/** renderInt's digits for a big int: from intstr.ts into a heap block that stands in for
 *  bodyBuf (with room for printf's minimum digit count). */
function renderBigInt(o: Ptr, base: i32, upper: bool, prefix: string, every: i32): Ptr {
  const lenCell = memory.data(4);
  const digits = intDigitsAscii(o, base, upper, lenCell);
  if (digits == 0) return 0;
  const len = load<i32>(lenCell);
  const lead = minDigits > len ? minDigits - len : 0;
  const body = heapAlloc(<usize>(len + lead));
  if (body == 0) { heapFree(digits); return excNoMemory(); }
  memory.fill(body, 0x30, <usize>lead);
  memory.copy(body + <usize>lead, digits, <usize>len);
  heapFree(digits);
  const saved = bodyBuf;
  bodyBuf = body;
  bodyLen = len + lead;
  const r = emitNumber(intSignOf(o) < 0, prefix, every, 0x3E);
  bodyBuf = saved;
  heapFree(body);
  return r;
}

/** Pads the str c (its first `prec` chars when prec >= 0) per fWidth/fAlign/fFill. */
function padStrLike(c: Ptr, prec: i32 = -1): Ptr {
  let n = strLen(c);
  if (prec >= 0 && prec < n) n = prec;
  if (fWidth > <i32>STR_MAX_LEN) return excNoMemory();
  const pad = fWidth > n ? fWidth - n : 0;
  let left = 0, right = 0;
  if (fAlign == 0x3C) right = pad;
  else if (fAlign == 0x5E) { left = pad / 2; right = pad - left; }
  else left = pad;
  const sb = sbNew();
  if (sb == 0) return 0;
  for (let k = 0; k < left; k++) sbAppendChar(sb, fFill);
  sbAppendSubstr(sb, c, 0, n);
  for (let k = 0; k < right; k++) sbAppendChar(sb, fFill);
  return sbFinish(sb);
}

// ---- exact decimal digits of a double ----

let bigBuf: usize = 0;
let digBuf: usize = 0; // exact digits, ASCII, most significant first
let digN: i32 = 0;
let digExp: i32 = 0; // x = 0.DIGITS * 10^digExp

/** Writes the exact decimal expansion of x (finite, > 0) into digBuf/digN/digExp. */
function exactDigits(x: f64): void {
  const bits = reinterpret<u64>(x);
  let e2 = <i32>((bits >> 52) & 0x7FF);
  let m: u64 = bits & 0xFFFFFFFFFFFFF;
  if (e2 == 0) e2 = 1; else m |= <u64>1 << 52;
  e2 -= 1075; // x = m * 2^e2
  // big = m, little-endian u32 limbs
  let n = 2;
  store<u32>(bigBuf, <u32>m);
  store<u32>(bigBuf + 4, <u32>(m >> 32));
  if (e2 >= 0) {
    // big <<= e2
    const words = e2 >> 5, bitsh = e2 & 31;
    for (let i = n; i < n + words + 1; i++) store<u32>(bigBuf + (<usize>i << 2), 0);
    for (let i = n - 1; i >= 0; i--) store<u32>(bigBuf + (<usize>(i + words) << 2), load<u32>(bigBuf + (<usize>i << 2)));
    for (let i = 0; i < words; i++) store<u32>(bigBuf + (<usize>i << 2), 0);
    n += words;
    if (bitsh) {
      let carry: u32 = 0;
      for (let i = words; i < n; i++) {
        const w = load<u32>(bigBuf + (<usize>i << 2));
        store<u32>(bigBuf + (<usize>i << 2), (w << bitsh) | carry);
        carry = w >> (32 - bitsh);
      }
      if (carry) { store<u32>(bigBuf + (<usize>n << 2), carry); n++; }
    }
  } else {
    // big *= 5^(-e2), 13 at a time (5^13 < 2^32)
    let k = -e2;
    while (k > 0) {
      const s = k >= 13 ? 13 : k;
      let f: u64 = 1;
      for (let j = 0; j < s; j++) f *= 5;
      let carry: u64 = 0;
      for (let i = 0; i < n; i++) {
        const p = <u64>load<u32>(bigBuf + (<usize>i << 2)) * f + carry;
        store<u32>(bigBuf + (<usize>i << 2), <u32>p);
        carry = p >> 32;
      }
      if (carry) { store<u32>(bigBuf + (<usize>n << 2), <u32>carry); n++; }
      k -= s;
    }
  }
  while (n > 0 && load<u32>(bigBuf + (<usize>(n - 1) << 2)) == 0) n--;
  // Decimal: repeated division by 1e9, chunks collected least significant first.
  const chunks = scratch + OFF_CHUNKS;
  let nc = 0;
  while (n > 0) {
    let rem: u64 = 0;
    for (let i = n - 1; i >= 0; i--) {
      const cur = (rem << 32) | <u64>load<u32>(bigBuf + (<usize>i << 2));
      store<u32>(bigBuf + (<usize>i << 2), <u32>(cur / 1000000000));
      rem = cur % 1000000000;
    }
    store<u32>(chunks + (<usize>nc << 2), <u32>rem);
    nc++;
    while (n > 0 && load<u32>(bigBuf + (<usize>(n - 1) << 2)) == 0) n--;
  }
  // Most significant chunk without leading zeros, the rest 9 digits each.
  digN = 0;
  for (let c = nc - 1; c >= 0; c--) {
    let w = load<u32>(chunks + (<usize>c << 2));
    const tmp = memory.data(9);
    for (let j = 8; j >= 0; j--) { store<u8>(tmp + <usize>j, <u8>(0x30 + w % 10)); w /= 10; }
    let start = 0;
    if (c == nc - 1) while (start < 8 && load<u8>(tmp + <usize>start) == 0x30) start++;
    for (let j = start; j < 9; j++) { store<u8>(digBuf + <usize>digN, load<u8>(tmp + <usize>j)); digN++; }
  }
  // value = DIGITS * 10^(e2 < 0 ? e2 : 0) = 0.DIGITS * 10^(digN + that)
  digExp = digN + (e2 < 0 ? e2 : 0);
  while (digN > 1 && load<u8>(digBuf + <usize>(digN - 1)) == 0x30) digN--; // trailing zeros carry no information
}

/**
 * round_half_even(0.DIGITS * 10^keep) as decimal digits into bodyBuf/bodyLen (no leading zeros;
 * "0" for zero). Returns true when rounding carried into a new leading digit (10^k).
 */
function roundedInt(keep: i32): bool {
  if (keep < 0) { store<u8>(bodyBuf, 0x30); bodyLen = 1; return false; }
  let up = false;
  if (keep < digN) {
    const d = load<u8>(digBuf + <usize>keep);
    if (d > 0x35) up = true;
    else if (d == 0x35) {
      let rest = false;
      for (let i = keep + 1; i < digN; i++) if (load<u8>(digBuf + <usize>i) != 0x30) { rest = true; break; }
      if (rest) up = true;
      else up = keep > 0 && ((load<u8>(digBuf + <usize>(keep - 1)) - 0x30) & 1) == 1;
    }
  }
  if (keep == 0) { store<u8>(bodyBuf, up ? 0x31 : 0x30); bodyLen = 1; return up; }
  for (let i = 0; i < keep; i++) store<u8>(bodyBuf + <usize>i, i < digN ? load<u8>(digBuf + <usize>i) : 0x30);
  bodyLen = keep;
  if (!up) return false;
  let i = keep - 1;
  while (i >= 0 && load<u8>(bodyBuf + <usize>i) == 0x39) { store<u8>(bodyBuf + <usize>i, 0x30); i--; }
  if (i >= 0) { store<u8>(bodyBuf + <usize>i, load<u8>(bodyBuf + <usize>i) + 1); return false; }
  memory.copy(bodyBuf + 1, bodyBuf, <usize>bodyLen);
  store<u8>(bodyBuf, 0x31);
  bodyLen++;
  return true;
}

/** Fixed notation with p decimals: integer digits -> bodyBuf, '.' + fraction -> restBuf. */
function renderFixed(x: f64, p: i32, alt: bool): void {
  if (x == 0) {
    store<u8>(bodyBuf, 0x30); bodyLen = 1;
    if (p > 0 || alt) restPut(0x2E);
    for (let k = 0; k < p; k++) restPut(0x30);
    return;
  }
  exactDigits(x);
  roundedInt(digExp + p);
  // bodyBuf holds round(x * 10^p): split off the last p digits.
  let intLen = bodyLen - p;
  const frac = scratch + OFF_FRAC;
  if (intLen <= 0) {
    // pad the fraction with leading zeros
    for (let k = 0; k < p; k++) store<u8>(frac + <usize>k, k < -intLen ? 0x30 : load<u8>(bodyBuf + <usize>(k + intLen)));
    store<u8>(bodyBuf, 0x30);
    bodyLen = 1;
  } else {
    memory.copy(frac, bodyBuf + <usize>intLen, <usize>p);
    bodyLen = intLen;
  }
  if (p > 0 || alt) restPut(0x2E);
  for (let k = 0; k < p; k++) restPut(load<u8>(frac + <usize>k));
}

/** Scientific notation with p digits after the point. upper: 'E'. */
function renderExp(x: f64, p: i32, alt: bool, upper: bool): void {
  let exp10 = 0;
  if (x == 0) {
    bodyLen = 0;
    for (let k = 0; k <= p; k++) { store<u8>(bodyBuf + <usize>k, 0x30); bodyLen++; }
  } else {
    exactDigits(x);
    const carried = roundedInt(p + 1);
    exp10 = digExp - 1 + (carried ? 1 : 0);
    if (carried) bodyLen--; // the extra digit is a trailing 0
  }
  // body: first digit only; the rest goes into restBuf
  const mant = scratch + OFF_MANT;
  memory.copy(mant, bodyBuf, <usize>bodyLen);
  bodyLen = 1;
  if (p > 0 || alt) restPut(0x2E);
  for (let k = 1; k <= p; k++) restPut(load<u8>(mant + <usize>k));
  restPut(upper ? 0x45 : 0x65);
  restPut(exp10 < 0 ? 0x2D : 0x2B);
  const ae = exp10 < 0 ? -exp10 : exp10;
  if (ae >= 100) restPut(<u32>(0x30 + ae / 100));
  restPut(<u32>(0x30 + (ae / 10) % 10));
  restPut(<u32>(0x30 + ae % 10));
}

/** The decimal exponent of x once rounded to p significant digits (x != 0). */
function roundedExponent(x: f64, p: i32): i32 {
  exactDigits(x);
  const carried = roundedInt(p);
  return digExp - 1 + (carried ? 1 : 0);
}

/** Drops trailing zeros of the fraction in restBuf (and the '.' if nothing is left). */
function stripFractionZeros(): void {
  // restBuf = '.' digits [e...]
  if (restLen == 0 || load<u8>(restBuf) != 0x2E) return;
  let e = 1;
  while (e < restLen && load<u8>(restBuf + <usize>e) >= 0x30 && load<u8>(restBuf + <usize>e) <= 0x39) e++;
  let z = e;
  while (z > 1 && load<u8>(restBuf + <usize>(z - 1)) == 0x30) z--;
  if (z == 1) z = 0; // only '.' left
  memory.copy(restBuf + <usize>z, restBuf + <usize>e, <usize>(restLen - e));
  restLen -= e - z;
}

/** format(x, spec) after parseSpec, for floats and ints with a float type. */
function renderFloat(x: f64, obj: Ptr): Ptr {
  let t = fType;
  restLen = 0;
  const upper = t == 0x45 || t == 0x46 || t == 0x47;
  if (!(t == 0 || t == 0x65 || t == 0x45 || t == 0x66 || t == 0x46 || t == 0x67 || t == 0x47 || t == 0x25 || t == 0x6E)) {
    return errUnknownCode(obj);
  }
  let negative = (reinterpret<u64>(x) >> 63) != 0;
  let ax = Math.abs(x);
  let percent = false;
  if (t == 0x25) { ax *= 100; percent = true; t = 0x66; }
  if (t == 0x6E) t = 0x67;
  if (isNaN(x) || !isFinite(x)) {
    const w = isNaN(x) ? (upper ? 'NAN' : 'nan') : (upper ? 'INF' : 'inf');
    for (let k = 0; k < 3; k++) store<u8>(bodyBuf + <usize>k, <u8>load<u16>(changetype<usize>(w) + (<usize>k << 1)));
    bodyLen = 3;
    if (percent) restPut(0x25);
    const saveGroup = fGroup;
    fGroup = 0;
    const r = emitNumber(negative && !isNaN(x), '', 0, 0x3E);
    fGroup = saveGroup;
    return r;
  }
  const every = fGroup ? 3 : 0;
  if (fPrec == NUM_HUGE) return excSetString(excValueError, 'precision too big');
  if (t == 0 && fPrec < 0) {
    // repr digits, then split integer part / rest (a complex part's repr has no '.0': '1+2j')
    const p = memory.data(32);
    const n = floatReprAscii(ax, p, !complexParts);
    let k = 0;
    while (k < n && load<u8>(p + <usize>k) >= 0x30 && load<u8>(p + <usize>k) <= 0x39) k++;
    memory.copy(bodyBuf, p, <usize>k);
    bodyLen = k;
    // '#' keeps a decimal point even in exponent form ('1.e+16'), as repr's Py_DTSF_ALT
    if (fAlt && (k == n || load<u8>(p + <usize>k) != 0x2E)) restPut(0x2E);
    for (let j = k; j < n; j++) restPut(<u32>load<u8>(p + <usize>j));
  } else {
    let prec = fPrec < 0 ? 6 : fPrec;
    if (t == 0x66 || t == 0x46) renderFixed(ax, prec, fAlt);
    else if (t == 0x65 || t == 0x45) renderExp(ax, prec, fAlt, upper);
    else {
      // 'g' (and no type with a precision: 'g' that keeps at least one fraction digit)
      if (prec == 0) prec = 1;
      const exp10 = ax == 0 ? 0 : roundedExponent(ax, prec);
      // No type: scientific from exp >= p - 1 (so '.3' of 100.0 is '1e+02'), 'g': from exp >= p.
      const limit = t == 0 ? prec - 1 : prec;
      if (exp10 >= -4 && exp10 < limit) renderFixed(ax, prec - 1 - exp10, fAlt);
      else renderExp(ax, prec - 1, fAlt, upper);
      if (!fAlt) stripFractionZeros();
      if (t == 0 && restLen == 0) { restPut(0x2E); restPut(0x30); }
    }
  }
  if (percent) restPut(0x25);
  if (negative && fNoNeg0) {
    // 'z': a result that rounded to zero loses its minus sign.
    let zero = true;
    for (let k = 0; k < bodyLen; k++) if (load<u8>(bodyBuf + <usize>k) != 0x30) zero = false;
    for (let k = 0; k < restLen; k++) {
      const c = load<u8>(restBuf + <usize>k);
      if (c == 0x65 || c == 0x45) break;
      if (c >= 0x31 && c <= 0x39) zero = false;
    }
    if (zero) negative = false;
  }
  return emitNumber(negative, '', every, 0x3E);
}

/** renderFloat is rendering a part of a complex: the no-type repr form leaves off '.0'. */
let complexParts = false;

/**
 * format(z, spec) for a complex (CPython's format_complex_internal): each part rendered as a
 * float with the spec's type, precision, grouping and 'z', the imaginary part always signed
 * unless the real part is left out, then 'j' and the padding around the whole. Without a type,
 * the parts are repr'd (or 'g' with a precision) and the result is parenthesized, except that
 * a +0.0 real part is left out instead. New reference.
 */
export function complexFormat(o: Ptr, spec: Ptr): Ptr {
  if (strLen(spec) == 0) return objStr(o);
  if (!parseSpec(spec, o, 0x3E)) return 0;
  const t = fType;
  if (!(t == 0 || t == 0x65 || t == 0x45 || t == 0x66 || t == 0x46 || t == 0x67 || t == 0x47 || t == 0x6E)) {
    return errUnknownCode(o);
  }
  if (fFill == 0x30) return excSetString(excValueError, 'Zero padding is not allowed in complex format specifier');
  if (fAlign == 0x3D) return excSetString(excValueError, "'=' alignment flag is not allowed in complex format specifier");
  const re = complexReal(o), im = complexImag(o);
  const skipRe = t == 0 && re == 0.0 && (reinterpret<u64>(re) >> 63) == 0;
  const parens = t == 0 && !skipRe;
  const width = fWidth, align = fAlign ? fAlign : 0x3E, fill = fFill;
  if (width > <i32>STR_MAX_LEN) return excNoMemory();
  // the parts unpadded; 'n' is 'g' (no locale), no type with a precision is 'g' too
  fWidth = -1;
  fAlign = 0x3C;
  if (t == 0x6E || (t == 0 && fPrec >= 0)) fType = 0x67;
  complexParts = true;
  let rs: Ptr = 0;
  if (!skipRe) {
    rs = renderFloat(re, o);
    fSign = 0x2B;
  }
  const ims = rs != 0 || skipRe ? renderFloat(im, o) : 0;
  complexParts = false;
  if (ims == 0) { xdecref(rs); return 0; }
  const total = (rs != 0 ? strLen(rs) : 0) + strLen(ims) + 1 + (parens ? 2 : 0);
  const pad = width > total ? width - total : 0;
  let left = 0, right = 0;
  if (align == 0x3C) right = pad;
  else if (align == 0x5E) { left = pad / 2; right = pad - left; }
  else left = pad;
  const sb = sbNew();
  if (sb == 0) { xdecref(rs); decref(ims); return 0; }
  for (let k = 0; k < left; k++) sbAppendChar(sb, fill);
  if (parens) sbAppendChar(sb, 0x28);
  if (rs != 0) { sbAppendStr(sb, rs); decref(rs); }
  sbAppendStr(sb, ims);
  decref(ims);
  sbAppendChar(sb, 0x6A);
  if (parens) sbAppendChar(sb, 0x29);
  for (let k = 0; k < right; k++) sbAppendChar(sb, fill);
  return sbFinish(sb);
}

/** format(x, spec) for a float. New reference. */
export function floatFormat(o: Ptr, spec: Ptr): Ptr {
  if (strLen(spec) == 0) return objStr(o);
  if (!parseSpec(spec, o, 0x3E)) return 0;
  return renderFloat(floatValue(o), o);
}

// ---- round(x, ndigits) ----

/**
 * round(x, nd) for a double: the exact decimal value rounded half-to-even at 10^-nd, then read
 * back correctly rounded (CPython's double_round). Never raises: a finite x whose rounded value
 * overflows comes back infinite, and float.__round__ turns that into OverflowError.
 */
export function floatRoundTo(x: f64, nd: i64): f64 {
  if (!isFinite(x) || x == 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return copysign<f64>(0.0, x);
  exactDigits(Math.abs(x));
  const keep = <i64>digExp + nd;
  if (keep < 0) return copysign<f64>(0.0, x);
  roundedInt(<i32>keep);
  // "R e-nd" as ASCII in restBuf, parsed by the host (correctly rounded).
  const buf = restBuf;
  memory.copy(buf, bodyBuf, <usize>bodyLen);
  let o = bodyLen;
  store<u8>(buf + <usize>o, 0x65); o++;
  let e = -nd;
  if (e < 0) { store<u8>(buf + <usize>o, 0x2D); o++; e = -e; }
  const t = memory.data(8);
  let k = 8;
  do { k--; store<u8>(t + <usize>k, <u8>(0x30 + e % 10)); e /= 10; } while (e != 0);
  memory.copy(buf + <usize>o, t + <usize>k, <usize>(8 - k));
  o += 8 - k;
  return copysign<f64>(floatParseAscii(buf, o), x);
}

// ---- format(value, spec) for any value ----

/** format(v, spec): the builtin types directly, anything else through its __format__. */
export function formatValue(v: Ptr, spec: Ptr): Ptr {
  const t = objType(v);
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0) {
    // a class's own __format__ (found on the type, as every special method)
    const f = typeLookup(t, nameFormat);
    if (f != 0 && load<Ptr>(f, OB_TYPE) != descrType) return formatCall(f, v, spec);
  }
  if (strLen(spec) == 0) return t == strType ? newref(v) : objStr(v);
  if (isInt(v)) return intFormat(v, spec);
  if (isFloat(v)) return floatFormat(v, spec);
  if (isStr(v)) return strFormat(v, spec);
  if (isComplex(v)) return complexFormat(v, spec);
  const f = typeLookup(t, nameFormat);
  if (f == 0 || load<Ptr>(f, OB_TYPE) == descrType) {
    // object.__format__: only the empty spec
    return excFormat(excTypeError, 'unsupported format string passed to %N.__format__', t);
  }
  return formatCall(f, v, spec);
}

function formatCall(f: Ptr, v: Ptr, spec: Ptr): Ptr {
  const r = callMethodFound(f, v, 1, spec, 0);
  if (r != 0 && !isStr(r)) {
    excFormat(excTypeError, '__format__ must return a str, not %T', r);
    decref(r);
    return 0;
  }
  return r;
}

/** ascii(o): repr with every non-ASCII char escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
export function objAscii(o: Ptr): Ptr {
  const r = objRepr(o);
  if (r == 0 || strIsAscii(r)) return r;
  const sb = sbNew();
  if (sb == 0) { decref(r); return 0; }
  const n = strLen(r);
  for (let i = 0; i < n; i++) {
    const c = strCharAt(r, i);
    if (c < 0x80) sbAppendChar(sb, c);
    else sbAppendHexEscape(sb, c);
  }
  decref(r);
  return sbFinish(sb);
}

// ---- str.format ----

// Field numbering state of one format() call (nested specs share it, as in CPython). A
// __format__ or __getitem__ run during the call may itself call str.format: str_format saves
// and restores this state around its own work.
let autoState: i32 = 0; // 0 unused, 1 automatic, 2 manual
let autoNext: i32 = 0;
/** format_map's mapping (borrowed): keyword fields are looked up in it; 0 for str.format. */
let fmtMapping: Ptr = 0;

/** CPython's get_integer: fs[a:b] read as a decimal index (any Unicode decimal digits), -1 if
 *  empty or not all digits; -2 with ValueError set past the i64 range. */
function fieldInteger(fs: Ptr, a: i32, b: i32): i64 {
  if (a >= b) return -1;
  let acc: i64 = 0;
  for (let k = a; k < b; k++) {
    const d = unicodeDecimalValue(strCharAt(fs, k));
    if (d < 0) return -1;
    if (acc > (I64.MAX_VALUE - <i64>d) / 10) {
      excSetString(excValueError, 'Too many decimal digits in format string');
      return -2;
    }
    acc = acc * 10 + <i64>d;
  }
  return acc;
}

/** The object a field name fs[a:b] designates (CPython's get_field_object): an argument index,
 *  automatic numbering or a keyword, then the .attr / [key] steps. New reference. */
function resolveField(fs: Ptr, a: i32, b: i32, args: usize, npos: i32, kwnames: Ptr, kwvals: usize): Ptr {
  let e = a;
  while (e < b && strCharAt(fs, e) != 0x2E && strCharAt(fs, e) != 0x5B) e++;
  let idx = fieldInteger(fs, a, e);
  if (idx == -2) return 0;
  let obj: Ptr = 0;
  if (e == a || idx >= 0) {
    if (autoState == 0) autoState = e == a ? 1 : 2;
    if (autoState == 2 && e == a) return excSetString(excValueError, 'cannot switch from manual field specification to automatic field numbering');
    if (autoState == 1 && e != a) return excSetString(excValueError, 'cannot switch from automatic field numbering to manual field specification');
    if (e == a) idx = autoNext++;
    if (fmtMapping != 0) return excSetString(excValueError, 'Format string contains positional fields');
    if (idx >= <i64>npos) {
      const n = intFromI64(idx);
      if (n == 0) return 0;
      excFormat(excIndexError, 'Replacement index %D out of range for positional args tuple', n);
      decref(n);
      return 0;
    }
    obj = newref(load<Ptr>(args + (<usize>idx << 2)));
  } else {
    const key = strSubstring(fs, a, e);
    if (key == 0) return 0;
    if (fmtMapping != 0) {
      obj = objGetItem(fmtMapping, key);
    } else {
      const nkw = kwnames ? tupleSize(kwnames) : 0;
      for (let k = 0; k < nkw; k++) {
        if (strEq(tupleItem(kwnames, k), key)) { obj = newref(load<Ptr>(kwvals + (<usize>k << 2))); break; }
      }
      if (obj == 0) excSetObject(excKeyError, key);
    }
    decref(key);
    if (obj == 0) return 0;
  }
  // .attr and [key] steps, each parsed just before it is applied (errors come in that order)
  while (e < b) {
    const c = strCharAt(fs, e);
    let f = e + 1;
    let step: Ptr = 0;
    if (c == 0x2E) {
      while (f < b && strCharAt(fs, f) != 0x2E && strCharAt(fs, f) != 0x5B) f++;
      if (f == e + 1) { decref(obj); return excSetString(excValueError, 'Empty attribute in format string'); }
      step = strSubstring(fs, e + 1, f);
      if (step == 0) { decref(obj); return 0; }
      const nx = objGetAttr(obj, step);
      decref(step);
      decref(obj);
      if (nx == 0) return 0;
      obj = nx;
      e = f;
    } else if (c == 0x5B) {
      while (f < b && strCharAt(fs, f) != 0x5D) f++;
      if (f >= b) { decref(obj); return excSetString(excValueError, "Missing ']' in format string"); }
      const k = fieldInteger(fs, e + 1, f);
      if (k == -2) { decref(obj); return 0; }
      if (f == e + 1) { decref(obj); return excSetString(excValueError, 'Empty attribute in format string'); }
      step = k >= 0 ? intFromI64(k) : strSubstring(fs, e + 1, f);
      if (step == 0) { decref(obj); return 0; }
      const nx = objGetItem(obj, step);
      decref(step);
      decref(obj);
      if (nx == 0) return 0;
      obj = nx;
      e = f + 1;
    } else {
      decref(obj);
      return excSetString(excValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

/** "Unknown conversion specifier C", with C as '\\x%x' outside printable ASCII (as CPython). */
@noinline function raiseUnknownConversion(conv: u32): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  sbAppendLiteral(sb, 'Unknown conversion specifier ');
  if (conv > 32 && conv < 127) sbAppendChar(sb, conv);
  else { sbAppendLiteral(sb, '\\x'); sbAppendAddress(sb, conv); }
  excSetObjectStolen(excValueError, sbFinish(sb));
  return 0;
}

/** fmt.format(*args, **kw) with `depth` levels of nested specs allowed (CPython's build_string:
 *  MarkupIterator_next and parse_field, which scan the rest of the string, not a pre-matched
 *  field, so malformed fields fail with CPython's messages). New reference. */
function formatString(fmt: Ptr, args: usize, npos: i32, kwnames: Ptr, kwvals: usize, depth: i32): Ptr {
  if (depth <= 0) return excSetString(excValueError, 'Max string recursion exceeded');
  const sb = sbNew();
  if (sb == 0) return 0;
  const n = strLen(fmt);
  let i = 0;
  while (i < n) {
    const c = strCharAt(fmt, i);
    if (c == 0x7D) {
      if (i + 1 < n && strCharAt(fmt, i + 1) == 0x7D) { sbAppendChar(sb, 0x7D); i += 2; continue; }
      sbFree(sb);
      return excSetString(excValueError, "Single '}' encountered in format string");
    }
    if (c != 0x7B) { sbAppendChar(sb, c); i++; continue; }
    if (i + 1 == n) { sbFree(sb); return excSetString(excValueError, "Single '{' encountered in format string"); }
    if (strCharAt(fmt, i + 1) == 0x7B) { sbAppendChar(sb, 0x7B); i += 2; continue; }
    // field name: up to '}', ':' or '!' ('[...]' skipped whole; '{' is an error)
    let k = i + 1;
    let stop: u32 = 0;
    while (k < n) {
      const d = strCharAt(fmt, k++);
      if (d == 0x7B) { sbFree(sb); return excSetString(excValueError, "unexpected '{' in field name"); }
      if (d == 0x5B) { while (k < n && strCharAt(fmt, k) != 0x5D) k++; continue; }
      if (d == 0x7D || d == 0x3A || d == 0x21) { stop = d; break; }
    }
    const nameEnd = stop != 0 ? k - 1 : k;
    let conv: u32 = 0;
    let specStart = k, specEnd = k;
    let specNested = false;
    if (stop == 0x21 || stop == 0x3A) {
      let done = false;
      if (stop == 0x21) {
        if (k >= n) { sbFree(sb); return excSetString(excValueError, 'end of string while looking for conversion specifier'); }
        conv = strCharAt(fmt, k++);
        if (k < n) {
          const d = strCharAt(fmt, k++);
          if (d == 0x7D) { done = true; specStart = specEnd = k - 1; }
          else if (d != 0x3A) { sbFree(sb); return excSetString(excValueError, "expected ':' after conversion specifier"); }
        }
      }
      if (!done) {
        specStart = k;
        let count = 1;
        while (k < n) {
          const d = strCharAt(fmt, k++);
          if (d == 0x7B) { specNested = true; count++; }
          else if (d == 0x7D) { if (--count == 0) break; }
        }
        if (count != 0) { sbFree(sb); return excSetString(excValueError, "unmatched '{' in format spec"); }
        specEnd = k - 1;
      }
    } else if (stop != 0x7D) {
      sbFree(sb);
      return excSetString(excValueError, "expected '}' before end of string");
    }
    let obj = resolveField(fmt, i + 1, nameEnd, args, npos, kwnames, kwvals);
    if (obj == 0) { sbFree(sb); return 0; }
    if (conv != 0) {
      let cv: Ptr = 0;
      if (conv == 0x72) cv = objRepr(obj);
      else if (conv == 0x73) cv = objStr(obj);
      else if (conv == 0x61) cv = objAscii(obj);
      else {
        decref(obj);
        sbFree(sb);
        return raiseUnknownConversion(conv);
      }
      decref(obj);
      if (cv == 0) { sbFree(sb); return 0; }
      obj = cv;
    }
    let spec = strSubstring(fmt, specStart, specEnd);
    if (spec == 0) { decref(obj); sbFree(sb); return 0; }
    if (specNested) {
      const sp2 = formatString(spec, args, npos, kwnames, kwvals, depth - 1);
      decref(spec);
      if (sp2 == 0) { decref(obj); sbFree(sb); return 0; }
      spec = sp2;
    }
    const r = formatValue(obj, spec);
    decref(spec);
    decref(obj);
    if (r == 0) { sbFree(sb); return 0; }
    sbAppendStr(sb, r);
    decref(r);
    i = k;
  }
  return sbFinish(sb);
}

/** Runs formatString with fresh numbering state (and `mapping` for format_map), restoring the
 *  caller's state after: a __format__ called from here may itself call str.format. */
function formatStringFresh(fmt: Ptr, args: usize, npos: i32, kwnames: Ptr, mapping: Ptr): Ptr {
  const savedState = autoState, savedNext = autoNext, savedMapping = fmtMapping;
  autoState = 0;
  autoNext = 0;
  fmtMapping = mapping;
  const r = formatString(fmt, args, npos, kwnames, args + (<usize>npos << 2), 2);
  autoState = savedState;
  autoNext = savedNext;
  fmtMapping = savedMapping;
  return r;
}

function str_format(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return formatStringFresh(self, args, argsPositional(nargs, kwnames), kwnames, 0);
}

/** str.format_map(mapping): keyword fields come from mapping[key] (so a dict subclass's
 *  __missing__ applies); positional fields are an error. */
function str_format_map(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(strType, 'format_map');
  if (nargs != 1) return argErrExactlyOne(strType, 'format_map', nargs);
  return formatStringFresh(self, args, 0, 0, load<Ptr>(args));
}

// ---- printf-style: str % args ----

@noinline function printfErr(fmt: string): Ptr { return excSetString(excTypeError, fmt); }

/** s % args (CPython's PyUnicode_Format). New reference. */
export function strPrintf(fmt: Ptr, argsObj: Ptr): Ptr {
  return printfFormat(fmt, argsObj, false);
}

/**
 * b % args for a bytes or bytearray b (PEP 461): the same engine run over the format's bytes as
 * Latin-1 chars, with bytes-specific conversions (%s/%b take bytes-like objects or __bytes__,
 * %r/%a give ascii(), %c a byte); every piece stays below U+0100, so the result maps back to
 * bytes one char per byte. New bytes (or bytearray when asBytearray).
 */
export function bytesPrintf(fmt: Ptr, argsObj: Ptr, asBytearray: bool): Ptr {
  const cells = memory.data(BUF_CELLS);
  if (bufferAcquire(fmt, cells) <= 0) return 0;
  const f = strFromKindData(load<usize>(cells, BUF_PTR), 1, load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  if (f == 0) return 0;
  const r = printfFormat(f, argsObj, true);
  decref(f);
  if (r == 0) return 0;
  const b = asBytearray ? bytearrayFromData(strData(r), strLen(r)) : bytesFromData(strData(r), strLen(r));
  decref(r);
  return b;
}

/** The bytes of a %b / %s argument as a Latin-1 str: a bytes-like object or __bytes__. */
function bytesArgAsLatin1(v: Ptr): Ptr {
  const cells = memory.data(BUF_CELLS);
  let src = v;
  const cell = memory.data(4);
  let owned: Ptr = 0;
  if (!bufferCheck(v)) {
    const d = bytesFromDunder(v, cell);
    if (d < 0) return 0;
    if (d == 0) return excFormat(excTypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
    owned = load<Ptr>(cell);
    src = owned;
  }
  if (bufferAcquire(src, cells, BUF_COPY) <= 0) { xdecref(owned); return 0; }
  const s = strFromKindData(load<usize>(cells, BUF_PTR), 1, load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  xdecref(owned);
  return s;
}

function printfFormat(fmt: Ptr, argsObj: Ptr, bytesMode: bool): Ptr {
  // A conversion may run Python code that formats with '%' again: nested runs are LIFO, so
  // each keeps the cursor of the run it interrupts and puts it back.
  const sArgs = pfArgs, sOwned = pfArgsOwned, sLen = pfArgLen, sIdx = pfArgIdx;
  const r = printfRun(fmt, argsObj, bytesMode);
  pfArgs = sArgs; pfArgsOwned = sOwned; pfArgLen = sLen; pfArgIdx = sIdx;
  return r;
}

function printfRun(fmt: Ptr, argsObj: Ptr, bytesMode: bool): Ptr {
  // CPython's argument cursor: a tuple is read item by item (arglen = its size); any other
  // object is the one argument (arglen -1, argidx -2: one read allowed). A %(key) lookup makes
  // its value the current arguments the same way, so '%(a)s %s' % d has too few arguments.
  const isTuple = typeKind(objType(argsObj)) == TK_TUPLE;
  pfArgs = argsObj;
  pfArgsOwned = false;
  pfArgLen = isTuple ? tupleSize(argsObj) : -1;
  pfArgIdx = isTuple ? 0 : -2;
  const t = objType(argsObj);
  const dict: Ptr = isTuple || isStr(argsObj) || (bytesMode && bufferCheck(argsObj)) || typeSlot(t, SLOT_GETITEM) == 0 ? 0 : argsObj;
  const sb = sbNew();
  if (sb == 0) return 0;
  const n = strLen(fmt);
  let i = 0;
  while (i < n) {
    const c = strCharAt(fmt, i);
    if (c != 0x25) { sbAppendChar(sb, c); i++; continue; }
    i++;
    if (i >= n) { sbFree(sb); return pfFail(excSetString(excValueError, 'incomplete format')); }
    // only a '%' right after the '%' is literal: '%5%' is a conversion that takes an argument
    if (strCharAt(fmt, i) == 0x25) { sbAppendChar(sb, 0x25); i++; continue; }
    if (strCharAt(fmt, i) == 0x28) {
      if (dict == 0) { sbFree(sb); return pfFail(printfErr('format requires a mapping')); }
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        const d = strCharAt(fmt, j);
        if (d == 0x28) depth++;
        else if (d == 0x29) depth--;
        j++;
      }
      if (depth > 0) { sbFree(sb); return pfFail(excSetString(excValueError, 'incomplete format key')); }
      let key = strSubstring(fmt, i + 1, j - 1);
      if (key != 0 && bytesMode) {
        // bytes formats look their keys up as bytes
        const kb = bytesFromData(strData(key), strLen(key));
        decref(key);
        key = kb;
      }
      if (key == 0) { sbFree(sb); return pfFail(0); }
      const value = objGetItem(dict, key);
      decref(key);
      if (value == 0) { sbFree(sb); return pfFail(0); }
      if (pfArgsOwned) decref(pfArgs);
      pfArgs = value;
      pfArgsOwned = true;
      pfArgLen = -1;
      pfArgIdx = -2;
      i = j;
    }
    // flags
    let left = false, zero = false, plus = false, space = false, alt = false;
    while (i < n) {
      const d = strCharAt(fmt, i);
      if (d == 0x2D) left = true;
      else if (d == 0x2B) plus = true;
      else if (d == 0x20) space = true;
      else if (d == 0x23) alt = true;
      else if (d == 0x30) zero = true;
      else break;
      i++;
    }
    // width
    let width: i32 = -1;
    if (i < n && strCharAt(fmt, i) == 0x2A) {
      const w = pfNextArg();
      if (w == 0) { sbFree(sb); return pfFail(0); }
      if (!isInt(w)) { sbFree(sb); return pfFail(printfErr('* wants int')); }
      let wv = intValue(w);
      if (wv == I64.MIN_VALUE) { sbFree(sb); return pfFail(excSetString(excOverflowError, 'Python int too large to convert to C ssize_t')); }
      if (wv < 0) { left = true; wv = -wv; }
      width = wv > 0x3FFFFFFF ? 0x3FFFFFFF : <i32>wv;
      i++;
    } else {
      while (i < n && strCharAt(fmt, i) >= 0x30 && strCharAt(fmt, i) <= 0x39) {
        width = (width < 0 ? 0 : width) * 10 + <i32>(strCharAt(fmt, i) - 0x30);
        if (width > 0x3FFFFFFF) { sbFree(sb); return pfFail(excSetString(excValueError, 'width too big')); }
        i++;
      }
    }
    // precision
    let prec: i32 = -1;
    if (i < n && strCharAt(fmt, i) == 0x2E) {
      i++;
      prec = 0;
      if (i < n && strCharAt(fmt, i) == 0x2A) {
        const w = pfNextArg();
        if (w == 0) { sbFree(sb); return pfFail(0); }
        if (!isInt(w)) { sbFree(sb); return pfFail(printfErr('* wants int')); }
        const pv = intValue(w);
        if (pv < I32.MIN_VALUE || pv > I32.MAX_VALUE) { sbFree(sb); return pfFail(excSetString(excOverflowError, 'Python int too large to convert to C int')); }
        prec = pv < 0 ? 0 : pv > 0x3FFFFFFF ? 0x3FFFFFFF : <i32>pv;
        i++;
      } else {
        while (i < n && strCharAt(fmt, i) >= 0x30 && strCharAt(fmt, i) <= 0x39) {
          prec = prec * 10 + <i32>(strCharAt(fmt, i) - 0x30);
          if (prec > 0x3FFFFFFF) { sbFree(sb); return pfFail(excSetString(excValueError, 'precision too big')); }
          i++;
        }
      }
    }
    // one length modifier (h, l or L) is accepted and ignored, as in C
    if (i < n && (strCharAt(fmt, i) == 0x68 || strCharAt(fmt, i) == 0x6C || strCharAt(fmt, i) == 0x4C)) i++;
    if (i >= n) { sbFree(sb); return pfFail(excSetString(excValueError, 'incomplete format')); }
    const conv = strCharAt(fmt, i);
    i++;
    const arg = pfNextArg();
    if (arg == 0) { sbFree(sb); return pfFail(0); }
    const value = newref(arg);
    // The spec globals shared with the format-spec renderers are set right before rendering,
    // after any Python code a conversion runs (__str__, __float__...), which may format too.
    let piece: Ptr = 0;
    if (bytesMode && (conv == 0x73 || conv == 0x62)) {
      const sv = bytesArgAsLatin1(value);
      if (sv != 0) {
        pfSetSpec(left, false, false, false, width, prec, conv);
        piece = padStrLike(sv, prec);
        decref(sv);
      }
    } else if (conv == 0x73 || conv == 0x72 || conv == 0x61) {
      const sv = conv == 0x73 ? objStr(value) : conv == 0x72 && !bytesMode ? objRepr(value) : objAscii(value);
      if (sv != 0) {
        pfSetSpec(left, false, false, false, width, prec, conv);
        piece = padStrLike(sv, prec);
        decref(sv);
      }
    } else if (conv == 0x64 || conv == 0x69 || conv == 0x75 || conv == 0x6F || conv == 0x78 || conv == 0x58) {
      const isDec = conv == 0x64 || conv == 0x69 || conv == 0x75;
      const iv = printfIntArg(value, conv, isDec);
      if (iv != 0) {
        pfSetSpec(left, plus, space, alt, width, -1, isDec ? 0x64 : conv);
        if (zero && !left) { fFill = 0x30; fAlign = 0x3D; }
        minDigits = prec > 0 ? prec : 0;
        piece = renderInt(iv);
        minDigits = 0;
        decref(iv);
      }
    } else if (conv == 0x65 || conv == 0x45 || conv == 0x66 || conv == 0x46 || conv == 0x67 || conv == 0x47) {
      let x: f64 = 0;
      let ok = true;
      if (isFloat(value)) x = floatValue(value);
      else if (isInt(value)) {
        x = intAsF64(value);
        if (x == -1.0 && excOccurred()) ok = false;
      }
      else {
        const fv = floatFromObjectForPrintf(value, bytesMode);
        if (fv == 0) ok = false;
        else { x = floatValue(fv); decref(fv); }
      }
      pfSetSpec(left, plus, space, alt, width, prec, conv);
      if (zero && !left) { fFill = 0x30; fAlign = 0x3D; }
      if (ok) piece = renderFloat(x, value);
    } else if (conv == 0x63 && bytesMode) {
      let cp: i64 = -1;
      const k = typeKind(objType(value));
      if ((isBytes(value) && bytesSize(value) == 1) || (k == TK_BYTEARRAY && bytearraySize(value) == 1)) {
        cp = <i64>load<u8>(isBytes(value) ? bytesData(value) : bytearrayData(value));
      } else if (isInt(value)) {
        cp = intValue(value);
        if (cp < 0 || cp > 255) { excSetString(excOverflowError, '%c arg not in range(256)'); cp = -2; }
      } else { excSetString(excTypeError, '%c requires an integer in range(256) or a single byte'); cp = -2; }
      if (cp >= 0) {
        const cs = strFromChar(<u32>cp);
        pfSetSpec(left, false, false, false, width, -1, conv);
        if (cs) { piece = padStrLike(cs, -1); decref(cs); }
      }
    } else if (conv == 0x63) {
      let cp: i64 = -1;
      if (isStr(value) && strLen(value) == 1) cp = strCharAt(value, 0);
      else if (isInt(value)) {
        cp = intValue(value);
        if (cp < 0 || cp > 0x10FFFF) { piece = 0; excSetString(excOverflowError, '%c arg not in range(0x110000)'); cp = -2; }
      } else { excSetString(excTypeError, '%c requires int or char'); cp = -2; }
      if (cp >= 0) {
        const cs = strFromChar(<u32>cp);
        pfSetSpec(left, false, false, false, width, -1, conv);
        if (cs) { piece = padStrLike(cs, -1); decref(cs); }
      }
    } else {
      // CPython prints the char itself only when printable ASCII, '?' otherwise
      const cs = strFromChar(conv >= 31 && conv <= 126 ? conv : 0x3F);
      const hx = intFromI64(conv);
      const at = intFromI64(i - 1);
      if (cs && hx && at) {
        const hs = intFormat0x(hx);
        if (hs) { excFormat(excValueError, "unsupported format character '%U' (%U) at index %D", cs, hs, at); decref(hs); }
      }
      xdecref(cs); xdecref(hx); xdecref(at);
    }
    decref(value);
    if (piece == 0) { sbFree(sb); return pfFail(0); }
    sbAppendStr(sb, piece);
    decref(piece);
  }
  if (pfArgIdx < pfArgLen && dict == 0) {
    sbFree(sb);
    return pfFail(printfErr(bytesMode ? 'not all arguments converted during bytes formatting' : 'not all arguments converted during string formatting'));
  }
  pfFail(0);
  return sbFinish(sb);
}

/** The int a %d/%i/%u (isDec) or %o/%x/%X conversion prints (CPython's mainformatlong): an
 *  int as is; otherwise a number (something with __index__, __int__ or __float__) through
 *  int() for the decimal ones and __index__ for the others. New reference. */
function printfIntArg(v: Ptr, conv: u32, isDec: bool): Ptr {
  if (isInt(v)) return newref(v);
  const t = objType(v);
  const isNumber = typeSlot(t, SLOT_INDEX) != 0 || typeSlot(t, SLOT_INT) != 0 || typeSlot(t, SLOT_FLOAT) != 0;
  if (isNumber) {
    const r = isDec ? intFromObject(v) : objIndex(v);
    if (r != 0 || !excMatches(excTypeError)) return r;
    excClear();
  }
  if (isDec) return excFormat(excTypeError, '%%%U format: a real number is required, not %T', convStr(conv), v);
  return excFormat(excTypeError, '%%%U format: an integer is required, not %T', convStr(conv), v);
}

/** Sets the spec globals for one printf conversion. */
function pfSetSpec(left: bool, plus: bool, space: bool, alt: bool, width: i32, prec: i32, type: u32): void {
  fFill = 0x20; fAlign = left ? 0x3C : 0x3E; fSign = plus ? 0x2B : space ? 0x20 : 0; fNoNeg0 = false;
  fAlt = alt; fWidth = width; fGroup = 0; fPrec = prec; fType = type;
}

// The argument cursor of the running printfRun (saved and restored by printfFormat).
let pfArgs: Ptr = 0;
let pfArgsOwned = false;
let pfArgLen: i32 = 0;
let pfArgIdx: i32 = 0;

/** The next argument (borrowed), or 0 with "not enough arguments" set. */
function pfNextArg(): Ptr {
  if (pfArgIdx < pfArgLen) {
    const k = pfArgIdx++;
    return pfArgLen < 0 ? pfArgs : tupleItem(pfArgs, k);
  }
  return printfErr('not enough arguments for format string');
}

/** Releases a %(key) value the cursor owns; passes r through. */
function pfFail(r: Ptr): Ptr {
  if (pfArgsOwned) { pfArgsOwned = false; decref(pfArgs); }
  pfArgs = 0;
  return r;
}

/** '%d'-style name of a conversion char, for messages. */
function convStr(c: u32): Ptr {
  // Leaked? No: excFormat copies it and the caller's reference is dropped right after...
  // kept simple: a shared one-char Latin-1 str (immortal), so no release is needed.
  return strLatin1Shared(c);
}

import { strLatin1Char } from './str';
/** The shared one-char str for c < 0x100 as a borrowed reference (the VM holds one forever). */
function strLatin1Shared(c: u32): Ptr {
  const s = strLatin1Char(c);
  decref(s); // still alive: the Latin-1 cache keeps its own reference
  return s;
}

/** '0x71' for the unsupported-character message. */
function intFormat0x(o: Ptr): Ptr {
  const spec = strFromLiteral('#x');
  if (spec == 0) return 0;
  const r = intFormat(o, spec);
  decref(spec);
  return r;
}

/** float(x) for %e/%f/%g: CPython's messages (str's and bytes') differ from float()'s. */
function floatFromObjectForPrintf(v: Ptr, bytesMode: bool): Ptr {
  const t = objType(v);
  if (typeSlot(t, SLOT_FLOAT) == 0 && typeSlot(t, SLOT_INDEX) == 0) {
    return bytesMode ? excFormat(excTypeError, 'float argument required, not %T', v)
                     : excFormat(excTypeError, 'must be real number, not %T', v);
  }
  return floatFromObject(v);
}

function str_mod(a: Ptr, b: Ptr): Ptr {
  if (!isStr(a)) return newref(Py_NotImplemented);
  return strPrintf(a, b);
}

// ---- the __format__ methods ----

function formatArg(args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 || nargs != 1) {
    excSetString(excTypeError, '__format__() takes exactly one argument');
    return 0;
  }
  const spec = load<Ptr>(args);
  if (!isStr(spec)) { excFormat(excTypeError, '__format__() argument must be str, not %T', spec); return 0; }
  return spec;
}

function str___format__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const spec = formatArg(args, nargs, kwnames);
  return spec ? strFormat(self, spec) : 0;
}
function int___format__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const spec = formatArg(args, nargs, kwnames);
  return spec ? intFormat(self, spec) : 0;
}
function float___format__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const spec = formatArg(args, nargs, kwnames);
  return spec ? floatFormat(self, spec) : 0;
}

/** complex.__format__(format_spec, /) */
export function complex___format__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(complexType, '__format__');
  if (nargs != 1) return argErrExactlyOne(complexType, '__format__', nargs);
  const spec = load<Ptr>(args);
  if (!isStr(spec)) return excFormat(excTypeError, '__format__() argument must be str, not %T', spec);
  return complexFormat(self, spec);
}

/** Registers __format__ on str, int and float. Call after their xxxTypeInit. */
export function strformatInit(): void {
  scratch = heapAlloc(SCRATCH_SIZE);
  if (scratch == 0) fatal(60);
  bodyBuf = scratch + OFF_BODY;
  restBuf = scratch + OFF_REST;
  digBuf = scratch + OFF_DIG;
  bigBuf = scratch + OFF_BIG;
  typeAddMethod(strType, '__format__', str___format__.index);
  typeAddMethod(intType, '__format__', int___format__.index);
  typeAddMethod(floatType, '__format__', float___format__.index);
  typeAddMethod(strType, 'format', str_format.index);
  typeAddMethod(strType, 'format_map', str_format_map.index);
  typeSetSlot(strType, SLOT_NB_BINARY + <i32>NB_REMAINDER, str_mod.index);
}
