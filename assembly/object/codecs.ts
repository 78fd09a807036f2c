// === Codecs: str.encode, bytes.decode and str(b, encoding) for UTF-8, ASCII and Latin-1, with
//     CPython's error handlers and its UnicodeDecodeError / UnicodeEncodeError ===
//
// Encoding names are normalised as Python's encodings package does (lowercase, runs of other
// characters than letters, digits and '.' become one '_', then the alias table), so 'UTF8',
// 'utf_8' and 'Latin-1' all work and the error messages use the codec's own name ('utf-8',
// 'ascii', 'latin-1').
//
// Error handlers: strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass, and
// xmlcharrefreplace (encoding only). A handler name is looked up only when an error happens, as
// in CPython (so b'abc'.decode('utf-8', 'bogus') succeeds). namereplace needs the Unicode name
// database, which pyrite does not carry: it is reported as an unknown handler.
//
// The UTF-8 decoder reproduces CPython's error ranges exactly (Objects/stringlib/codecs.h):
// an invalid start byte is one byte; a bad continuation covers the valid prefix; a truncated
// sequence at the end of the input covers the rest of the input ("unexpected end of data").
// Those ranges decide how many U+FFFD 'replace' produces, and the exception's start/end.
//
// Unicode errors carry CPython's five arguments (encoding, object, start, end, reason); their
// str() and the attributes of the same names are computed from them (codecsInit installs the
// slots on UnicodeDecodeError and UnicodeEncodeError).

import { Ptr } from '../common';
import { objType, decref, newref } from './header';
import { SLOT_STR, SLOT_GETATTRO, typeSlot, typeSetSlot } from './typelayout';
import { typeAddMethod, isSubtype } from './type';
import {
  excFormat, excSetString, excNewInstance, excRaise, excTypeError, excLookupError,
  excUnicodeDecodeError, excUnicodeEncodeError, EXC_ARGS,
} from '../vm/exc';
import { intFromI64, intValue, isInt } from './int';
import {
  strType, strLen, strKind, strData, strCharAt, strIsAscii, isStr, strFromKindData, strFromLiteral,
  strEqLiteral, strInternLiteral, kindRead,
} from './str';
import {
  sbNew, sbAppendChar, sbAppendLiteral, sbAppendStr, sbAppendI64, sbFinish, sbFree,
  sbAppendHexEscape, hexEscapeInto,
} from './strbuild';
import { tupleNew, tupleItemsAddr, tupleSize, tupleItem } from './tuple';
import { BYTES_DATA, bytesSize, bytesFromData, isBytes, hexDigit } from './bytes';
import { bbNew, bbAppendByte, bbAppend, bbFinish, bbFree } from './bytesbuild';
import { bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_CELLS, BUF_CONTIG_ONLY } from './buffer';
import { argsBind } from './methodargs';

@inline export const CODEC_UTF8: i32 = 0;
@inline export const CODEC_ASCII: i32 = 1;
@inline export const CODEC_LATIN1: i32 = 2;

@inline const EH_STRICT: i32 = 0;
@inline const EH_IGNORE: i32 = 1;
@inline const EH_REPLACE: i32 = 2;
@inline const EH_BACKSLASH: i32 = 3;
@inline const EH_XMLCHARREF: i32 = 4;
@inline const EH_SURROGATEESCAPE: i32 = 5;
@inline const EH_SURROGATEPASS: i32 = 6;
@inline const EH_UNKNOWN: i32 = -1;

// ---- names ----

/** Normalised name buffer (encoding names longer than this are unknown anyway). */
@inline const NAME_MAX: i32 = 48;

/** The codec an encoding name (a str) selects, or -1 with LookupError("unknown encoding: x"). */
function codecLookup(name: Ptr): i32 {
  const buf = memory.data(NAME_MAX);
  const n = strLen(name);
  let m = 0;
  let pendingSep = false;
  for (let i = 0; i < n; i++) {
    let c = strCharAt(name, i);
    if (c >= 0x41 && c <= 0x5A) c += 32;
    const keep = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2E;
    if (!keep) { if (m > 0) pendingSep = true; continue; }
    if (m + 2 >= NAME_MAX) { m = NAME_MAX; break; }
    if (pendingSep) { store<u8>(buf + <usize>m, 0x5F); m++; pendingSep = false; }
    store<u8>(buf + <usize>m, <u8>c);
    m++;
  }
  if (m < NAME_MAX) {
    if (nameIs(buf, m, 'utf_8') || nameIs(buf, m, 'utf8') || nameIs(buf, m, 'u8') || nameIs(buf, m, 'utf') ||
        nameIs(buf, m, 'cp65001') || nameIs(buf, m, 'utf8_ucs2') || nameIs(buf, m, 'utf8_ucs4')) return CODEC_UTF8;
    if (nameIs(buf, m, 'ascii') || nameIs(buf, m, 'us_ascii') || nameIs(buf, m, 'us') || nameIs(buf, m, '646') ||
        nameIs(buf, m, 'ansi_x3.4_1968') || nameIs(buf, m, 'ansi_x3_4_1968') || nameIs(buf, m, 'ansi_x3.4_1986') ||
        nameIs(buf, m, 'cp367') || nameIs(buf, m, 'csascii') || nameIs(buf, m, 'ibm367') || nameIs(buf, m, 'iso646_us') ||
        nameIs(buf, m, 'iso_646.irv_1991') || nameIs(buf, m, 'iso_ir_6')) return CODEC_ASCII;
    if (nameIs(buf, m, 'latin_1') || nameIs(buf, m, 'latin1') || nameIs(buf, m, 'latin') || nameIs(buf, m, 'l1') ||
        nameIs(buf, m, 'iso8859_1') || nameIs(buf, m, 'iso_8859_1') || nameIs(buf, m, 'iso_8859_1_1987') ||
        nameIs(buf, m, '8859') || nameIs(buf, m, 'cp819') || nameIs(buf, m, 'csisolatin1') || nameIs(buf, m, 'ibm819') ||
        nameIs(buf, m, 'iso_ir_100')) return CODEC_LATIN1;
  }
  excFormat(excLookupError, 'unknown encoding: %U', name);
  return -1;
}

function nameIs(buf: usize, m: i32, lit: string): bool {
  if (lit.length != m) return false;
  const p = changetype<usize>(lit);
  for (let i = 0; i < m; i++) if (<u32>load<u8>(buf + <usize>i) != <u32>load<u16>(p + (<usize>i << 1))) return false;
  return true;
}

function codecName(codec: i32): string {
  return codec == CODEC_UTF8 ? 'utf-8' : codec == CODEC_ASCII ? 'ascii' : 'latin-1';
}

/** The codec an encoding name selects (CODEC_UTF8, ...), or -1 with LookupError set. */
export function codecsLookup(name: Ptr): i32 { return codecLookup(name); }

/** Is errors (a str, or 0) the surrogateescape handler? */
export function codecsIsSurrogateEscape(errors: Ptr): bool { return errors != 0 && handlerOf(errors) == EH_SURROGATEESCAPE; }

/** The handler an errors name (a str, or 0 = 'strict') selects; EH_UNKNOWN is reported only when
 *  an error needs the handler. */
function handlerOf(errors: Ptr): i32 {
  if (errors == 0 || strEqLiteral(errors, 'strict')) return EH_STRICT;
  if (strEqLiteral(errors, 'ignore')) return EH_IGNORE;
  if (strEqLiteral(errors, 'replace')) return EH_REPLACE;
  if (strEqLiteral(errors, 'backslashreplace')) return EH_BACKSLASH;
  if (strEqLiteral(errors, 'xmlcharrefreplace')) return EH_XMLCHARREF;
  if (strEqLiteral(errors, 'surrogateescape')) return EH_SURROGATEESCAPE;
  if (strEqLiteral(errors, 'surrogatepass')) return EH_SURROGATEPASS;
  return EH_UNKNOWN;
}

@noinline function unknownHandler(errors: Ptr): void {
  excFormat(excLookupError, "unknown error handler name '%U'", errors);
}

// ---- the exceptions ----

/** Raises type(encoding, object, start, end, reason) (object borrowed). Returns 0. */
function raiseUnicodeError(type: Ptr, codec: i32, object: Ptr, start: i64, end: i64, reason: string): Ptr {
  const t = tupleNew(5);
  if (t == 0) return 0;
  const items = tupleItemsAddr(t);
  store<Ptr>(items, strFromLiteral(codecName(codec)));
  store<Ptr>(items, newref(object), 4);
  store<Ptr>(items, intFromI64(start), 8);
  store<Ptr>(items, intFromI64(end), 12);
  store<Ptr>(items, strFromLiteral(reason), 16);
  const e = excNewInstance(type, t);
  decref(t);
  if (e == 0) return 0;
  excRaise(e);
  decref(e);
  return 0;
}

/** The decode error for the n input bytes at p (the exception's object is a bytes copy). */
function raiseDecodeError(codec: i32, p: usize, n: i32, start: i32, end: i32, reason: string): Ptr {
  const obj = bytesFromData(p, n);
  if (obj == 0) return 0;
  raiseUnicodeError(excUnicodeDecodeError, codec, obj, start, end, reason);
  decref(obj);
  return 0;
}

let baseStr: u32 = 0;
let baseGetattro: u32 = 0;
let nEncoding: Ptr = 0, nObject: Ptr = 0, nStart: Ptr = 0, nEnd: Ptr = 0, nReason: Ptr = 0;

/** The five CPython arguments of a Unicode error, if its args have that shape (else 0). */
function unicodeErrorArgs(e: Ptr): Ptr {
  const args = load<Ptr>(e, EXC_ARGS);
  if (args == 0 || tupleSize(args) != 5) return 0;
  if (!isStr(tupleItem(args, 0)) || !isInt(tupleItem(args, 2)) || !isInt(tupleItem(args, 3)) || !isStr(tupleItem(args, 4))) return 0;
  return args;
}

/** str(UnicodeDecodeError / UnicodeEncodeError): CPython's message from the five arguments. */
function unicodeerror_str(e: Ptr): Ptr {
  const args = unicodeErrorArgs(e);
  if (args == 0) return call_indirect<Ptr>(baseStr, e);
  const enc = tupleItem(args, 0), obj = tupleItem(args, 1), reason = tupleItem(args, 4);
  const start = intValue(tupleItem(args, 2)), end = intValue(tupleItem(args, 3));
  const decoding = isSubtype(objType(e), excUnicodeDecodeError);
  const sb = sbNew();
  if (sb == 0) return 0;
  sbAppendChar(sb, 0x27);
  sbAppendStr(sb, enc);
  sbAppendLiteral(sb, decoding ? "' codec can't decode " : "' codec can't encode ");
  let single = end == start + 1;
  if (decoding) {
    single = single && isBytes(obj) && start >= 0 && start < <i64>bytesSize(obj);
    if (single) {
      const b = <u32>load<u8>(obj + BYTES_DATA + <usize>start);
      sbAppendLiteral(sb, 'byte 0x');
      sbAppendChar(sb, hexDigit(b >> 4));
      sbAppendChar(sb, hexDigit(b & 0xF));
    } else sbAppendLiteral(sb, 'bytes');
  } else {
    single = single && isStr(obj) && start >= 0 && start < <i64>strLen(obj);
    if (single) {
      const c = strCharAt(obj, <i32>start);
      sbAppendLiteral(sb, "character '");
      sbAppendHexEscape(sb, c);
      sbAppendChar(sb, 0x27);
    } else sbAppendLiteral(sb, 'characters');
  }
  sbAppendLiteral(sb, ' in position ');
  sbAppendI64(sb, start);
  if (!single) { sbAppendChar(sb, 0x2D); sbAppendI64(sb, end - 1); }
  sbAppendLiteral(sb, ': ');
  sbAppendStr(sb, reason);
  return sbFinish(sb);
}

/** e.encoding, e.object, e.start, e.end, e.reason. */
function unicodeerror_getattro(e: Ptr, name: Ptr): Ptr {
  const args = unicodeErrorArgs(e);
  if (args != 0) {
    let i = -1;
    if (name == nEncoding) i = 0;
    else if (name == nObject) i = 1;
    else if (name == nStart) i = 2;
    else if (name == nEnd) i = 3;
    else if (name == nReason) i = 4;
    if (i >= 0) return newref(tupleItem(args, i));
  }
  return call_indirect<Ptr>(baseGetattro, e, name);
}

// ---- decoding ----

@inline function isCont(b: u32): bool { return (b & 0xC0) == 0x80; }

/**
 * Decodes n bytes at p with `codec` (no Python code runs, so p may point into a bytearray).
 * New str; 0 with UnicodeDecodeError, LookupError (unknown handler) or TypeError set.
 */
export function codecsDecode(p: usize, n: i32, codec: i32, errors: Ptr): Ptr {
  // all ASCII: every codec agrees, and the bytes are the chars
  let i = 0;
  while (i < n && load<u8>(p + <usize>i) < 0x80) i++;
  if (i == n) return strFromKindData(p, 1, n);
  if (codec == CODEC_LATIN1) return strFromKindData(p, 1, n);
  const eh = handlerOf(errors);
  const sb = sbNew();
  if (sb == 0) return 0;
  for (let k = 0; k < i; k++) sbAppendChar(sb, <u32>load<u8>(p + <usize>k));
  while (i < n) {
    const c = <u32>load<u8>(p + <usize>i);
    if (c < 0x80) { sbAppendChar(sb, c); i++; continue; }
    let end = i + 1;
    let reason: string = 'invalid start byte';
    const left = n - i;
    if (codec == CODEC_ASCII) {
      reason = 'ordinal not in range(128)';
    } else if (c < 0xC2) {
      // a continuation byte or an overlong 2-byte lead: invalid start byte
    } else if (c < 0xE0) {
      if (left < 2) { end = n; reason = 'unexpected end of data'; }
      else {
        const c2 = <u32>load<u8>(p + <usize>i + 1);
        if (!isCont(c2)) reason = 'invalid continuation byte';
        else { sbAppendChar(sb, ((c & 0x1F) << 6) | (c2 & 0x3F)); i += 2; continue; }
      }
    } else if (c < 0xF0) {
      const c2: u32 = left >= 2 ? <u32>load<u8>(p + <usize>i + 1) : 0;
      // E0 needs A0..BF second (no overlongs), ED needs 80..9F (no surrogates)
      const bad2 = left >= 2 && (!isCont(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED));
      if (left < 3) {
        if (bad2) reason = 'invalid continuation byte';
        else { end = n; reason = 'unexpected end of data'; }
      } else {
        const c3 = <u32>load<u8>(p + <usize>i + 2);
        if (bad2) {
          reason = 'invalid continuation byte';
          if (eh == EH_SURROGATEPASS && c == 0xED && isCont(c2) && isCont(c3)) {
            sbAppendChar(sb, ((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
            i += 3;
            continue;
          }
        } else if (!isCont(c3)) { reason = 'invalid continuation byte'; end = i + 2; }
        else {
          sbAppendChar(sb, ((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
          i += 3;
          continue;
        }
      }
    } else if (c < 0xF5) {
      const c2: u32 = left >= 2 ? <u32>load<u8>(p + <usize>i + 1) : 0;
      const bad2 = left >= 2 && (!isCont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4));
      const c3: u32 = left >= 3 ? <u32>load<u8>(p + <usize>i + 2) : 0;
      if (left < 2) { end = n; reason = 'unexpected end of data'; }
      else if (bad2) reason = 'invalid continuation byte';
      else if (left >= 3 && !isCont(c3)) { reason = 'invalid continuation byte'; end = i + 2; }
      else if (left < 4) { end = n; reason = 'unexpected end of data'; }
      else {
        const c4 = <u32>load<u8>(p + <usize>i + 3);
        if (!isCont(c4)) { reason = 'invalid continuation byte'; end = i + 3; }
        else {
          sbAppendChar(sb, ((c & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F));
          i += 4;
          continue;
        }
      }
    }
    // the error covers bytes [i, end)
    if (eh == EH_IGNORE) {}
    else if (eh == EH_REPLACE) sbAppendChar(sb, 0xFFFD);
    else if (eh == EH_BACKSLASH) {
      for (let k = i; k < end; k++) sbAppendHexEscape(sb, <u32>load<u8>(p + <usize>k));
    } else if (eh == EH_SURROGATEESCAPE) {
      for (let k = i; k < end; k++) sbAppendChar(sb, 0xDC00 + <u32>load<u8>(p + <usize>k));
    } else {
      sbFree(sb);
      if (eh == EH_UNKNOWN) { unknownHandler(errors); return 0; }
      if (eh == EH_XMLCHARREF) return excSetString(excTypeError, "don't know how to handle UnicodeDecodeError in error callback");
      return raiseDecodeError(codec, p, n, i, end, reason);
    }
    i = end;
  }
  return sbFinish(sb);
}

/** bytes-like.decode(encoding, errors) for the n bytes at p: the codec looked up first. */
export function codecsDecodeNamed(p: usize, n: i32, encoding: Ptr, errors: Ptr): Ptr {
  const codec = encoding == 0 ? CODEC_UTF8 : codecLookup(encoding);
  if (codec < 0) return 0;
  return codecsDecode(p, n, codec, errors);
}

/** str(obj, encoding, errors) when obj is not a str: decodes a bytes-like object. */
export function codecsDecodeObject(obj: Ptr, encoding: Ptr, errors: Ptr): Ptr {
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(obj, cells, BUF_CONTIG_ONLY);
  if (r < 0) return 0;
  if (r == 0) return excFormat(excTypeError, 'decoding to str: need a bytes-like object, %T found', obj);
  const s = codecsDecodeNamed(load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN), encoding, errors);
  bufferRelease(cells);
  return s;
}

// ---- encoding ----

@inline function isSurrogate(c: u32): bool { return c >= 0xD800 && c <= 0xDFFF; }

function appendUtf8(bb: Ptr, c: u32): void {
  if (c < 0x80) bbAppendByte(bb, c);
  else if (c < 0x800) { bbAppendByte(bb, 0xC0 | (c >> 6)); bbAppendByte(bb, 0x80 | (c & 0x3F)); }
  else if (c < 0x10000) {
    bbAppendByte(bb, 0xE0 | (c >> 12)); bbAppendByte(bb, 0x80 | ((c >> 6) & 0x3F)); bbAppendByte(bb, 0x80 | (c & 0x3F));
  } else {
    bbAppendByte(bb, 0xF0 | (c >> 18)); bbAppendByte(bb, 0x80 | ((c >> 12) & 0x3F));
    bbAppendByte(bb, 0x80 | ((c >> 6) & 0x3F)); bbAppendByte(bb, 0x80 | (c & 0x3F));
  }
}

/** Appends an ASCII rendering of the decimal value v. */
function appendDecimal(bb: Ptr, v: u32): void {
  const buf = memory.data(12);
  let k = 12;
  do { k--; store<u8>(buf + <usize>k, <u8>(0x30 + v % 10)); v /= 10; } while (v != 0);
  bbAppend(bb, buf + <usize>k, 12 - k);
}

/** s encoded with `codec`: a new bytes, 0 with UnicodeEncodeError or LookupError set. */
export function codecsEncode(s: Ptr, codec: i32, errors: Ptr): Ptr {
  const n = strLen(s);
  if (strIsAscii(s)) return bytesFromData(strData(s), n);
  const kind = strKind(s);
  const d = strData(s);
  if (codec == CODEC_LATIN1 && kind == 1) return bytesFromData(d, n);
  const limit: u32 = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
  const eh = handlerOf(errors);
  const bb = bbNew(<i64>n + 8);
  if (bb == 0) return 0;
  let i = 0;
  while (i < n) {
    const c = kindRead(d, kind, <usize>i);
    const bad = codec == CODEC_UTF8 ? isSurrogate(c) : c >= limit;
    if (!bad) {
      if (codec == CODEC_UTF8) appendUtf8(bb, c); else bbAppendByte(bb, c);
      i++;
      continue;
    }
    // the run of unencodable chars [i, end)
    let end = i + 1;
    while (end < n) {
      const e = kindRead(d, kind, <usize>end);
      if (!(codec == CODEC_UTF8 ? isSurrogate(e) : e >= limit)) break;
      end++;
    }
    let failed = false;
    if (eh == EH_IGNORE) {}
    else if (eh == EH_REPLACE) { for (let k = i; k < end; k++) bbAppendByte(bb, 0x3F); }
    else if (eh == EH_BACKSLASH || eh == EH_XMLCHARREF) {
      for (let k = i; k < end; k++) {
        const x = kindRead(d, kind, <usize>k);
        if (eh == EH_XMLCHARREF) { bbAppendByte(bb, 0x26); bbAppendByte(bb, 0x23); appendDecimal(bb, x); bbAppendByte(bb, 0x3B); continue; }
        const esc = memory.data(12);
        store<u8>(esc, 0x5C);
        bbAppend(bb, esc, hexEscapeInto(x, esc + 1) + 1);
      }
    } else if (eh == EH_SURROGATEESCAPE) {
      // U+DC80..U+DCFF stand for raw bytes: the handler takes the run's prefix of them and the
      // encoder resumes after it (meeting the rest as a new error); none at all fails as strict
      let k = i;
      while (k < end) {
        const x = kindRead(d, kind, <usize>k);
        if (x < 0xDC80 || x > 0xDCFF) break;
        bbAppendByte(bb, x - 0xDC00);
        k++;
      }
      if (k == i) failed = true;
      else end = k;
    } else if (eh == EH_SURROGATEPASS && codec == CODEC_UTF8) {
      for (let k = i; k < end; k++) appendUtf8(bb, kindRead(d, kind, <usize>k));
    } else failed = true;
    if (failed) {
      bbFree(bb);
      if (eh == EH_UNKNOWN) { unknownHandler(errors); return 0; }
      return raiseUnicodeError(excUnicodeEncodeError, codec, s, i, end,
        codec == CODEC_UTF8 ? 'surrogates not allowed' : codec == CODEC_ASCII ? 'ordinal not in range(128)' : 'ordinal not in range(256)');
    }
    i = end;
  }
  return bbFinish(bb, false);
}

/** s.encode(encoding, errors) with the names as strs (0 = the defaults utf-8 / strict). */
export function codecsEncodeStr(s: Ptr, encoding: Ptr, errors: Ptr): Ptr {
  const codec = encoding == 0 ? CODEC_UTF8 : codecLookup(encoding);
  if (codec < 0) return 0;
  return codecsEncode(s, codec, errors);
}

/** Binds (encoding='utf-8', errors='strict') for encode()/decode(); both must be strs. */
export function codecsBindArgs(args: usize, nargs: i32, kwnames: Ptr, out: usize, decode: bool): bool {
  if (!argsBind(args, nargs, kwnames, out, decode ? 'decode' : 'encode', 2, 'encoding', 'errors')) return false;
  for (let k = 0; k < 2; k++) {
    const v = load<Ptr>(out + (<usize>k << 2));
    if (v != 0 && !isStr(v)) {
      if (decode) excFormat(excTypeError, k == 0 ? "decode() argument 'encoding' must be str, not %A" : "decode() argument 'errors' must be str, not %A", v);
      else excFormat(excTypeError, k == 0 ? "encode() argument 'encoding' must be str, not %A" : "encode() argument 'errors' must be str, not %A", v);
      return false;
    }
  }
  return true;
}

/** str.encode(encoding='utf-8', errors='strict') */
function str_encode(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!codecsBindArgs(args, nargs, kwnames, out, false)) return 0;
  return codecsEncodeStr(self, load<Ptr>(out), load<Ptr>(out, 4));
}

/** Registers str.encode and the Unicode errors' str() and attributes (after the exception types
 *  and str exist). */
export function codecsInit(): void {
  typeAddMethod(strType, 'encode', str_encode.index);
  nEncoding = strInternLiteral('encoding');
  nObject = strInternLiteral('object');
  nStart = strInternLiteral('start');
  nEnd = strInternLiteral('end');
  nReason = strInternLiteral('reason');
  baseStr = typeSlot(excUnicodeDecodeError, SLOT_STR);
  baseGetattro = typeSlot(excUnicodeDecodeError, SLOT_GETATTRO);
  for (let k = 0; k < 2; k++) {
    const t = k == 0 ? excUnicodeDecodeError : excUnicodeEncodeError;
    typeSetSlot(t, SLOT_STR, unicodeerror_str.index);
    typeSetSlot(t, SLOT_GETATTRO, unicodeerror_getattro.index);
  }
}
