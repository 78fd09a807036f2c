// === _io.TextIOWrapper: str over a binary stream, with an encoding and newline translation
//     (CPython's textio.c) ===
//
//   +0 refcnt | +4 type | +8 buffer | +12 encoding (str, as given) | +16 errors (str)
//   +20 mode (str that open() sets, or 0) | +24 flags u32 | +28 codec i32
//   +32 decoded (str or 0) | +36 dpos i32 | +40 snapshot i64 | +48 npending u32 | +52 pending[4]
//   +56 wbuf (heap block) | +60 wlen i32 | +64 wcap i32 | +68 seen u32 (newline kinds read)
//                                                                              (GC prefix)
//
// Reading: chunks of CHUNK bytes come from buffer.read1() (direct calls over the core's own
// buffered types) and are decoded into `decoded`, kept *untranslated*; read() and readline() take
// characters from it at dpos and translate newlines as they go (newline=None: '\r\n' and '\r'
// become '\n'). A UTF-8 sequence cut by the end of a chunk waits in `pending`; a '\r' at the end
// of a chunk, whose meaning depends on the next character, is carried into the next chunk.
//
// tell() is a byte offset (a CPython cookie is the same number whenever its decoder has no
// state, which is always the case for these codecs at a character boundary): `snapshot` is the
// position of decoded[0] in the stream, so the position of dpos is snapshot plus the encoded
// length of decoded[0 .. dpos).
//
// Writing: str is translated ('\n' -> newline when that is '\r' or '\r\n'), encoded, and kept in
// wbuf until CHUNK bytes are pending, a flush, a seek/tell/read, or a line end with
// line_buffering; then it goes to buffer.write(). Writing drops the read-ahead state without
// seeking, as CPython's does (text written after a partial read lands where the buffer is).
//
// Invariant: decoded != 0 implies snapshot is valid; decoded == 0 implies npending == 0.

import { ioCloseResult } from './iobase';
import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref, incref, setref, OB_TYPE } from '../object/header';
import { heapAlloc, heapFree, heapRealloc } from '../heap/heap';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_NEW, SLOT_INIT, SLOT_FINALIZE, SLOT_ITER,
  SLOT_ITERNEXT, TP_DICT, typeSetSlot,
} from '../object/typelayout';
import { typeNewBuiltin, typeAddMethod, TK_OTHER } from '../object/type';
import { gcFinalizeFromDealloc } from '../gc/finalize';
import {
  strFromLiteral, strLen, strCharAt, strKind, strData, kindRead, isStr, strConcat, strSubstring,
  strEmpty, strEqLiteral, strIsAscii,
} from '../object/str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbAppendSubstr, sbAppendChar, sbFinish, sbFree } from '../object/strbuild';
import { Py_None } from '../object/none';
import { boolFrom } from '../object/bool';
import { intFromI64 } from '../object/int';
import { bytesData, bytesSize, bytesFromData, isBytes } from '../object/bytes';
import { objRepr, objGetAttr, objIsTrue, objRichCompareBool } from '../object/abstract';
import { getsetAdd } from '../object/descrobject';
import { argsParseNames } from '../object/methodargs';
import {
  codecsDecode, codecsEncode, codecsLookup, codecsIsSurrogateEscape, CODEC_UTF8,
} from '../object/codecs';
import {
  excFormat, excSetString, excOccurred, excClear, excFetch, excRestore, excMatches,
  excTypeError, excValueError, excAttributeError, excOSError, excNoMemory,
} from '../vm/exc';
import {
  textIOBaseType, ioUnsupported, ioClosedError, ioArg, ioArgCount, ioSizeArg, ioIndexArg,
  ioSetModule, ioCall, ioCallInt, ioCallBool, ioCallVoid, iobase_finalize, IO_BUFFER_SIZE,
  nRead, nRead1, nWrite, nSeek, nTell, nTruncate, nClose, nClosed, nFlush, nReadable, nWritable,
  nSeekable, nFileno, nIsatty, nName,
  ioNewlinesObject, SEEN_CR, SEEN_LF, SEEN_CRLF,
} from './iobase';
import { isBuffered, bufferedRead1, bufferedWriteData, bufferedFlush, bufferedIsClosed } from './iobuffered';

export let textIOWrapperType: Ptr = 0;

@inline const TX_BUFFER: usize = 8;
@inline const TX_ENCODING: usize = 12;
@inline const TX_ERRORS: usize = 16;
@inline const TX_MODE: usize = 20;
@inline const TX_FLAGS: usize = 24;
@inline const TX_CODEC: usize = 28;
@inline const TX_DECODED: usize = 32;
@inline const TX_DPOS: usize = 36;
@inline const TX_SNAPSHOT: usize = 40;
@inline const TX_NPENDING: usize = 48;
@inline const TX_PENDING: usize = 52;
@inline const TX_WBUF: usize = 56;
@inline const TX_WLEN: usize = 60;
@inline const TX_WCAP: usize = 64;
@inline const TX_SEEN: usize = 68;
@inline const TX_SIZE: u32 = 72;

@inline const TF_READY: u32 = 1;
@inline const TF_READABLE: u32 = 2;
@inline const TF_WRITABLE: u32 = 4;
@inline const TF_SEEKABLE: u32 = 8;
/** newline=None: '\r\n' and '\r' read as '\n'. */
@inline const TF_TRANSLATE: u32 = 16;
/** newline=None or '': any of '\n', '\r', '\r\n' ends a line. */
@inline const TF_UNIVERSAL: u32 = 32;
@inline const TF_LINEBUF: u32 = 64;
@inline const TF_WRITETHROUGH: u32 = 128;
/** next() was called: tell() refuses until the iteration ends or a seek. */
@inline const TF_NOTELL: u32 = 256;
/** buffer is one of the core's buffered types: direct calls. */
@inline const TF_FAST: u32 = 512;
/** buffer has read1(). */
@inline const TF_READ1: u32 = 1024;
/** The last read of buffer returned nothing. */
@inline const TF_EOF: u32 = 2048;
/** newline=None/'' made no decision; the read newline when not universal (bits 12-13):
 *  1 '\n', 2 '\r', 3 '\r\n'. The written newline (bits 14-15): 0 as is, 2 '\r', 3 '\r\n'. */
@inline const TF_READNL_SHIFT: u32 = 12;
@inline const TF_WRITENL_SHIFT: u32 = 14;
@inline const NL_LF: u32 = 1;
@inline const NL_CR: u32 = 2;
@inline const NL_CRLF: u32 = 3;


@inline function flags(t: Ptr): u32 { return load<u32>(t, TX_FLAGS); }
@inline function setFlag(t: Ptr, f: u32, on: bool): void {
  store<u32>(t, on ? load<u32>(t, TX_FLAGS) | f : load<u32>(t, TX_FLAGS) & ~f, TX_FLAGS);
}
@inline function bufferOf(t: Ptr): Ptr { return load<Ptr>(t, TX_BUFFER); }
@inline function readnl(t: Ptr): u32 { return (flags(t) >> TF_READNL_SHIFT) & 3; }
@inline function writenl(t: Ptr): u32 { return (flags(t) >> TF_WRITENL_SHIFT) & 3; }

// ---- state checks (CPython's CHECK_INITIALIZED, CHECK_ATTACHED, CHECK_CLOSED) ----

function checkAttached(t: Ptr): bool {
  if ((flags(t) & TF_READY) == 0) {
    excSetString(excValueError, 'I/O operation on uninitialized object');
    return false;
  }
  if (bufferOf(t) == 0) {
    excSetString(excValueError, 'underlying buffer has been detached');
    return false;
  }
  return true;
}

/** buffer.closed: 1/0, -1 on error (no attribute lookup over the core's own buffers: this runs
 *  for every line read). */
function bufferClosed(t: Ptr): i32 {
  if (flags(t) & TF_FAST) return bufferedIsClosed(bufferOf(t));
  return ioCallBool(bufferOf(t), nClosed, true);
}

function checkOpen(t: Ptr): bool {
  if (!checkAttached(t)) return false;
  const c = bufferClosed(t);
  if (c < 0) return false;
  if (c > 0) { ioClosedError('I/O operation on closed file.'); return false; }
  return true;
}

// ---- the write side ----

/** Hands the pending encoded bytes to buffer.write(): 0, or -1 with an exception set. */
function flushPendingBytes(t: Ptr): i32 {
  const n = load<i32>(t, TX_WLEN);
  if (n == 0) return 0;
  store<i32>(t, 0, TX_WLEN);
  const wbuf = load<usize>(t, TX_WBUF);
  if (flags(t) & TF_FAST) return bufferedWriteData(bufferOf(t), wbuf, n) < 0 ? -1 : 0;
  const b = bytesFromData(wbuf, n);
  if (b == 0) return -1;
  const r = ioCall(bufferOf(t), nWrite, 1, b);
  decref(b);
  if (r == 0) return -1;
  decref(r);
  return 0;
}

/** Appends n bytes to the pending output. 0, or -1 with MemoryError set. */
function pendingAppend(t: Ptr, p: usize, n: i32): i32 {
  let len = load<i32>(t, TX_WLEN), cap = load<i32>(t, TX_WCAP);
  if (len + n > cap) {
    let c = cap < 256 ? 256 : cap;
    while (c < len + n) c <<= 1;
    const nb = heapRealloc(load<usize>(t, TX_WBUF), <usize>c);
    if (nb == 0) { excNoMemory(); return -1; }
    store<usize>(t, nb, TX_WBUF);
    store<i32>(t, c, TX_WCAP);
  }
  memory.copy(load<usize>(t, TX_WBUF) + <usize>len, p, <usize>n);
  store<i32>(t, len + n, TX_WLEN);
  return 0;
}

/** Forgets what was read ahead (decoded chars, pending bytes): the next read starts from the
 *  buffer's position. */
function dropDecoded(t: Ptr): void {
  setref(t + TX_DECODED, 0);
  store<i32>(t, 0, TX_DPOS);
  store<u32>(t, 0, TX_NPENDING);
  setFlag(t, TF_EOF, false);
}

/** s with '\n' replaced by the write newline (nl: NL_CR or NL_CRLF); a new str. */
function translateOut(s: Ptr, nl: u32): Ptr {
  const n = strLen(s);
  const sb = sbNew();
  if (sb == 0) return 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (strCharAt(s, i) != 10) continue;
    sbAppendSubstr(sb, s, start, i);
    if (nl == NL_CR) sbAppendChar(sb, 13);
    else { sbAppendChar(sb, 13); sbAppendChar(sb, 10); }
    start = i + 1;
  }
  sbAppendSubstr(sb, s, start, n);
  return sbFinish(sb);
}

function text_write(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('write', nargs, kwnames, 1, 1)) return 0;
  const s = ioArg(args, 0);
  if (!isStr(s)) return excFormat(excTypeError, 'write() argument must be str, not %T', s);
  if (!checkOpen(t)) return 0;
  if ((flags(t) & TF_WRITABLE) == 0) return ioUnsupported('not writable');
  const n = strLen(s);
  let hasNl = false;
  if (flags(t) & TF_LINEBUF) {
    for (let i = 0; i < n; i++) { const c = strCharAt(s, i); if (c == 10 || c == 13) { hasNl = true; break; } }
  }
  const nl = writenl(t);
  if (nl == 0 && strIsAscii(s)) {
    // ASCII is its own encoding in every codec here: straight into the pending bytes
    dropDecoded(t);
    if (pendingAppend(t, strData(s), n) < 0) return 0;
  } else {
    let text = s;
    if (nl != 0) {
      text = translateOut(s, nl);
      if (text == 0) return 0;
    } else incref(text);
    const b = codecsEncode(text, load<i32>(t, TX_CODEC), load<Ptr>(t, TX_ERRORS));
    decref(text);
    if (b == 0) return 0;
    dropDecoded(t);
    const r = pendingAppend(t, bytesData(b), bytesSize(b));
    decref(b);
    if (r < 0) return 0;
  }
  if (load<i32>(t, TX_WLEN) >= IO_BUFFER_SIZE || hasNl || (flags(t) & TF_WRITETHROUGH) != 0) {
    if (flushPendingBytes(t) < 0) return 0;
  }
  if (hasNl && ioCallVoid(bufferOf(t), nFlush) < 0) return 0;
  return intFromI64(n);
}

/** flush(): pending text to the buffer, then buffer.flush(). 0 or -1. */
function textFlush(t: Ptr): i32 {
  if (!checkOpen(t)) return -1;
  if (flushPendingBytes(t) < 0) return -1;
  if (flags(t) & TF_FAST) return bufferedFlush(bufferOf(t));
  return ioCallVoid(bufferOf(t), nFlush);
}

function text_flush(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('flush', nargs, kwnames, 0)) return 0;
  if (textFlush(t) < 0) return 0;
  return newref(Py_None);
}

// ---- the read side ----

/** The bytes of decoded[0 .. end) in the stream (the encoded length; a surrogateescape'd byte
 *  counts one). */
function encodedLength(t: Ptr, s: Ptr, end: i32): i64 {
  if (load<i32>(t, TX_CODEC) != CODEC_UTF8) return <i64>end;
  const kind = strKind(s);
  const d = strData(s);
  if (kind == 1) {
    let n: i64 = 0;
    for (let i = 0; i < end; i++) n += load<u8>(d + <usize>i) < 0x80 ? 1 : 2;
    return n;
  }
  const esc = codecsIsSurrogateEscape(load<Ptr>(t, TX_ERRORS));
  let n: i64 = 0;
  for (let i = 0; i < end; i++) {
    const c = kindRead(d, kind, <usize>i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? (esc && c >= 0xDC80 && c <= 0xDCFF ? 1 : 3) : 4;
  }
  return n;
}

/** How many of the n bytes at p end with a UTF-8 sequence cut short (to wait for the next
 *  chunk): 0..3. Other codecs have no multi-byte sequences. */
function incompleteTail(p: usize, n: i32): i32 {
  let k = n - 1, cont = 0;
  while (k >= 0 && cont < 3 && (load<u8>(p + <usize>k) & 0xC0) == 0x80) { k--; cont++; }
  if (k < 0) return 0;
  const lead = <u32>load<u8>(p + <usize>k);
  const need = lead >= 0xF8 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return need > 1 && n - k < need ? n - k : 0;
}

/** The next chunk of raw bytes (read1, or read without one): a bytes, 0 with an exception. */
function readChunk(t: Ptr): Ptr {
  const buf = bufferOf(t);
  if (flags(t) & TF_FAST) return bufferedRead1(buf, IO_BUFFER_SIZE);
  const r = ioCallInt(buf, (flags(t) & TF_READ1) != 0 ? nRead1 : nRead, IO_BUFFER_SIZE);
  if (r == 0) return 0;
  if (!isBytes(r)) {
    excFormat(excTypeError, "underlying %U() should have returned a bytes-like object, not '%T'", (flags(t) & TF_READ1) != 0 ? nRead1 : nRead, r);
    decref(r);
    return 0;
  }
  return r;
}

/** Decodes n bytes at p (pending bytes first) with the stream's codec; `final`: no more input
 *  follows (a cut sequence is an error then). Leaves a cut tail in pending. New str or 0. */
function decodeInput(t: Ptr, p: usize, n: i32, final: bool): Ptr {
  const np = <i32>load<u32>(t, TX_NPENDING);
  let src = p, len = n;
  let tmp: usize = 0;
  if (np > 0) {
    tmp = heapAlloc(<usize>(np + n));
    if (tmp == 0) return excNoMemory();
    memory.copy(tmp, t + TX_PENDING, <usize>np);
    memory.copy(tmp + <usize>np, p, <usize>n);
    src = tmp; len = np + n;
  }
  let cut = 0;
  if (!final && load<i32>(t, TX_CODEC) == CODEC_UTF8) cut = incompleteTail(src, len);
  const s = codecsDecode(src, len - cut, load<i32>(t, TX_CODEC), load<Ptr>(t, TX_ERRORS));
  if (s != 0) {
    memory.copy(t + TX_PENDING, src + <usize>(len - cut), <usize>cut);
    store<u32>(t, <u32>cut, TX_NPENDING);
  }
  if (tmp != 0) heapFree(tmp);
  return s;
}

/** Where the next read starts, in the stream: a new snapshot base (-1 with an exception). */
function currentSnapshot(t: Ptr): i64 {
  const d = load<Ptr>(t, TX_DECODED);
  if (d != 0) return load<i64>(t, TX_SNAPSHOT) + encodedLength(t, d, load<i32>(t, TX_DPOS));
  if ((flags(t) & TF_SEEKABLE) == 0) return 0;
  const r = ioCall(bufferOf(t), nTell, 0);
  if (r == 0) return -1;
  const ok = memory.data(4);
  const v = ioIndexArg(r, 0, ok);
  decref(r);
  return load<u8>(ok) ? v : -1;
}

/**
 * Decodes the next chunk after what is left of `decoded` (a carried '\r', usually nothing):
 * 1 when chars are available, 0 at the end of the stream with none, -1 on error.
 */
function refill(t: Ptr): i32 {
  const snap = currentSnapshot(t);
  if (snap < 0 && excOccurred()) return -1;
  const old = load<Ptr>(t, TX_DECODED);
  const dpos = load<i32>(t, TX_DPOS);
  const carry = old != 0 && dpos < strLen(old) ? strSubstring(old, dpos, strLen(old)) : newref(strEmpty);
  if (carry == 0) return -1;
  const chunk = readChunk(t);
  if (chunk == 0) { decref(carry); return -1; }
  const n = bytesSize(chunk);
  setFlag(t, TF_EOF, n == 0);
  let fresh: Ptr;
  if (n == 0 && load<u32>(t, TX_NPENDING) == 0) fresh = newref(strEmpty);
  else fresh = decodeInput(t, bytesData(chunk), n, n == 0);
  decref(chunk);
  if (fresh == 0) { decref(carry); return -1; }
  const d = strConcat(carry, fresh);
  decref(carry);
  decref(fresh);
  if (d == 0) return -1;
  setref(t + TX_DECODED, d);
  store<i32>(t, 0, TX_DPOS);
  store<i64>(t, snap, TX_SNAPSHOT);
  noteNewlines(t, d);
  return strLen(d) > 0 ? 1 : 0;
}

/** Records the kinds of newline in a decoded chunk, as CPython's decoder does when it decodes
 *  (not when the chars are read): a '\r' ending a chunk counts once the next one shows whether a
 *  '\n' follows. Bits only accumulate, so seeing a char twice is harmless. */
function noteNewlines(t: Ptr, d: Ptr): void {
  if ((flags(t) & TF_UNIVERSAL) == 0) return;
  const n = strLen(d), kind = strKind(d), data = strData(d);
  let seen = load<u32>(t, TX_SEEN);
  for (let i = 0; i < n; i++) {
    const c = kindRead(data, kind, <usize>i);
    if (c == 10) seen |= SEEN_LF;
    else if (c == 13) {
      if (i + 1 < n) {
        if (kindRead(data, kind, <usize>(i + 1)) == 10) { seen |= SEEN_CRLF; i++; } else seen |= SEEN_CR;
      } else if (flags(t) & TF_EOF) seen |= SEEN_CR;
    }
  }
  store<u32>(t, seen, TX_SEEN);
}

/**
 * Appends decoded chars to sb, translating newlines, until `limit` chars were appended (limit < 0:
 * no limit) or, with `line`, after a line end: 1 when it stopped so, 0 at the end of the stream,
 * -1 on error.
 */
function textTake(t: Ptr, sb: Ptr, limit: i64, line: bool): i32 {
  let count: i64 = 0;
  const f = flags(t);
  const translate = (f & TF_TRANSLATE) != 0;
  const universal = (f & TF_UNIVERSAL) != 0;
  const nl = readnl(t);
  while (true) {
    let d = load<Ptr>(t, TX_DECODED);
    if (d == 0 || load<i32>(t, TX_DPOS) >= strLen(d)) {
      const r = refill(t);
      if (r <= 0) return r;
      d = load<Ptr>(t, TX_DECODED);
    }
    const n = strLen(d);
    const kind = strKind(d);
    const data = strData(d);
    let i = load<i32>(t, TX_DPOS);
    const start = i;
    // the run of ordinary chars
    while (i < n) {
      if (limit >= 0 && count + <i64>(i - start) >= limit) break;
      const c = kindRead(data, kind, <usize>i);
      if (c == 10 || c == 13) break;
      i++;
    }
    sbAppendSubstr(sb, d, start, i);
    count += <i64>(i - start);
    store<i32>(t, i, TX_DPOS);
    if (limit >= 0 && count >= limit) return 1;
    if (i == n) continue;
    const c = kindRead(data, kind, <usize>i);
    if (c == 10) {
      sbAppendChar(sb, 10);
      count++;
      store<i32>(t, i + 1, TX_DPOS);
      if (line && (universal || nl == NL_LF)) return 1;
      continue;
    }
    // '\r': what follows decides, so a '\r' ending the chunk waits for the next one
    const needNext = translate || universal || nl == NL_CRLF;
    if (needNext && i + 1 == n && (flags(t) & TF_EOF) == 0) {
      const r = refill(t); // carries the '\r'
      if (r < 0) return -1;
      continue;
    }
    const crlf = i + 1 < n && kindRead(data, kind, <usize>(i + 1)) == 10;
    if (translate) {
      sbAppendChar(sb, 10);
      count++;
      store<i32>(t, i + (crlf ? 2 : 1), TX_DPOS);
      if (line) return 1;
      continue;
    }
    sbAppendChar(sb, 13);
    count++;
    store<i32>(t, i + 1, TX_DPOS);
    if (crlf && (universal || nl == NL_CRLF) && line) {
      if (limit >= 0 && count >= limit) return 1;
      sbAppendChar(sb, 10);
      store<i32>(t, i + 2, TX_DPOS);
      return 1;
    }
    if (line && (universal || nl == NL_CR)) return 1;
  }
  return 0;
}

/** Checks before reading: 0 ok, -1 error (closed, not readable); writes pending text first. */
function readCheck(t: Ptr): i32 {
  if (!checkOpen(t)) return -1;
  if ((flags(t) & TF_READABLE) == 0) { ioUnsupported('not readable'); return -1; }
  if (load<i32>(t, TX_WLEN) > 0 && flushPendingBytes(t) < 0) return -1;
  return 0;
}

/** read() to the end: the rest of decoded, then everything the buffer still has. */
function readAll(t: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  const r = ioCall(bufferOf(t), nRead, 0);
  if (r == 0) { sbFree(sb); return 0; }
  if (!isBytes(r)) {
    sbFree(sb);
    excFormat(excTypeError, "underlying read() should have returned a bytes object, not '%T'", r);
    decref(r);
    return 0;
  }
  const rest = decodeInput(t, bytesData(r), bytesSize(r), true);
  decref(r);
  if (rest == 0) { sbFree(sb); return 0; }
  // what is left of decoded, then the rest, through the same translation
  const old = load<Ptr>(t, TX_DECODED);
  const dpos = load<i32>(t, TX_DPOS);
  const carry = old != 0 && dpos < strLen(old) ? strSubstring(old, dpos, strLen(old)) : newref(strEmpty);
  const all = carry != 0 ? strConcat(carry, rest) : 0;
  xdecref(carry);
  decref(rest);
  if (all == 0) { sbFree(sb); return 0; }
  setref(t + TX_DECODED, all);
  store<i32>(t, 0, TX_DPOS);
  setFlag(t, TF_EOF, true);
  noteNewlines(t, all);
  if (textTake(t, sb, -1, false) < 0) { sbFree(sb); return 0; }
  // the stream is at its end: the next tell() asks the buffer
  dropDecoded(t);
  return sbFinish(sb);
}

function text_read(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (readCheck(t) < 0) return 0;
  if (n < 0) return readAll(t);
  const sb = sbNew();
  if (sb == 0) return 0;
  if (n > 0 && textTake(t, sb, n, false) < 0) { sbFree(sb); return 0; }
  return sbFinish(sb);
}

/** One line (at most `limit` chars when limit >= 0), '' at the end. */
function readLine(t: Ptr, limit: i64): Ptr {
  // the common case: the whole line, ended by '\n', lies in the decoded chunk
  const d = load<Ptr>(t, TX_DECODED);
  if (d != 0 && limit < 0 && ((flags(t) & TF_UNIVERSAL) != 0 || readnl(t) == NL_LF)) {
    const n = strLen(d), kind = strKind(d), data = strData(d);
    const start = load<i32>(t, TX_DPOS);
    for (let i = start; i < n; i++) {
      const c = kindRead(data, kind, <usize>i);
      if (c == 13) break;
      if (c == 10) {
        const line = strSubstring(d, start, i + 1);
        if (line != 0) store<i32>(t, i + 1, TX_DPOS);
        return line;
      }
    }
  }
  const sb = sbNew();
  if (sb == 0) return 0;
  if (limit != 0 && textTake(t, sb, limit, true) < 0) { sbFree(sb); return 0; }
  return sbFinish(sb);
}

function text_readline(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readline', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioIndexArg(nargs > 0 ? ioArg(args, 0) : 0, -1, ok);
  if (!load<u8>(ok)) return 0;
  if (readCheck(t) < 0) return 0;
  return readLine(t, n);
}

function text_iter(t: Ptr): Ptr {
  if (!checkOpen(t)) return 0;
  return newref(t);
}

/** next(): a line, or the end (0, no exception); tell() is refused meanwhile, as in CPython. */
function text_iternext(t: Ptr): Ptr {
  setFlag(t, TF_NOTELL, true);
  if (readCheck(t) < 0) return 0;
  const line = readLine(t, -1);
  if (line == 0) return 0;
  if (strLen(line) == 0) {
    decref(line);
    setFlag(t, TF_NOTELL, false);
    return 0;
  }
  return line;
}

// ---- positioning ----

function seekCheck(t: Ptr): bool {
  if (!checkOpen(t)) return false;
  if ((flags(t) & TF_SEEKABLE) == 0) { ioUnsupported('underlying stream is not seekable'); return false; }
  return true;
}

/** tell(): the byte offset of the next char to read (see the file comment); -1 on error. */
function textTell(t: Ptr): i64 {
  if (!seekCheck(t)) return -1;
  if (flags(t) & TF_NOTELL) { excSetString(excOSError, 'telling position disabled by next() call'); return -1; }
  if (textFlush(t) < 0) return -1;
  const r = currentSnapshot(t);
  return r < 0 && excOccurred() ? -1 : r;
}

function text_tell(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('tell', nargs, kwnames, 0)) return 0;
  const r = textTell(t);
  return r < 0 ? 0 : intFromI64(r);
}

function text_seek(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('seek', nargs, kwnames, 2, 1)) return 0;
  let cookie = ioArg(args, 0);
  const ok = memory.data(4);
  store<u8>(ok, 1);
  const whence = nargs > 1 ? ioIndexArg(ioArg(args, 1), 0, ok) : 0;
  if (!load<u8>(ok)) return 0;
  if (!seekCheck(t)) return 0;
  const zero = intFromI64(0);
  let owned = false;
  if (whence == 1) {
    const eq = objRichCompareBool(cookie, zero, 2);
    if (eq < 0) { decref(zero); return 0; }
    if (eq == 0) { decref(zero); return ioUnsupported("can't do nonzero cur-relative seeks"); }
    const pos = textTell(t);
    if (pos < 0) { decref(zero); return 0; }
    cookie = intFromI64(pos);
    owned = true;
  } else if (whence == 2) {
    const eq = objRichCompareBool(cookie, zero, 2);
    if (eq < 0) { decref(zero); return 0; }
    if (eq == 0) { decref(zero); return ioUnsupported("can't do nonzero end-relative seeks"); }
    decref(zero);
    if (textFlush(t) < 0) return 0;
    dropDecoded(t);
    setFlag(t, TF_NOTELL, false);
    const two = intFromI64(2), z = intFromI64(0);
    const r = ioCall(bufferOf(t), nSeek, 2, z, two);
    decref(two); decref(z);
    return r;
  } else if (whence != 0) {
    decref(zero);
    return excFormat(excValueError, 'invalid whence (%d, should be 0, 1 or 2)', <Ptr><i32>whence);
  }
  const lt = objRichCompareBool(cookie, zero, 0);
  decref(zero);
  if (lt != 0) {
    if (lt > 0) excFormat(excValueError, 'negative seek position %R', cookie);
    if (owned) decref(cookie);
    return 0;
  }
  const pos = ioIndexArg(cookie, 0, ok);
  if (owned) decref(cookie);
  if (!load<u8>(ok)) return 0;
  if (textFlush(t) < 0) return 0;
  dropDecoded(t);
  setFlag(t, TF_NOTELL, false);
  const p = intFromI64(pos);
  const r = ioCall(bufferOf(t), nSeek, 1, p);
  decref(p);
  if (r == 0) return 0;
  decref(r);
  return intFromI64(pos);
}

function text_truncate(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('truncate', nargs, kwnames, 1)) return 0;
  if (!checkAttached(t)) return 0;
  if (textFlush(t) < 0) return 0;
  let pos = nargs > 0 ? ioArg(args, 0) : 0;
  let owned = false;
  if (pos == 0 || pos == Py_None) {
    const p = textTell(t);
    if (p < 0) return 0;
    pos = intFromI64(p);
    owned = true;
  }
  const r = ioCall(bufferOf(t), nTruncate, 1, pos);
  if (owned) decref(pos);
  return r;
}

// ---- closing ----

/** close(): flush, then close the buffer even if the flush failed (its error wins). */
function textClose(t: Ptr): i32 {
  if (!checkAttached(t)) return -1;
  const c = bufferClosed(t);
  if (c < 0) return -1;
  if (c > 0) return 0;
  const fr = textFlush(t);
  const flushErr = fr < 0 ? excFetch() : 0;
  const rc = ioCallVoid(bufferOf(t), nClose);
  dropDecoded(t);
  return ioCloseResult(flushErr, rc);
}

function text_close(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('close', nargs, kwnames, 0)) return 0;
  if (textClose(t) < 0) return 0;
  return newref(Py_None);
}

function text_detach(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('detach', nargs, kwnames, 0)) return 0;
  if (!checkAttached(t)) return 0;
  if (textFlush(t) < 0) return 0;
  const b = bufferOf(t);
  store<Ptr>(t, 0, TX_BUFFER);
  dropDecoded(t);
  return b;
}

function delegate(t: Ptr, nargs: i32, kwnames: Ptr, what: string, name: Ptr): Ptr {
  if (ioArgCount(what, nargs, kwnames, 0)) return 0;
  if (!checkAttached(t)) return 0;
  return ioCall(bufferOf(t), name, 0);
}
function text_fileno(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(t, nargs, kwnames, 'fileno', nFileno); }
function text_isatty(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(t, nargs, kwnames, 'isatty', nIsatty); }
function text_readable(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(t, nargs, kwnames, 'readable', nReadable); }
function text_writable(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(t, nargs, kwnames, 'writable', nWritable); }
function text_seekable(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(t, nargs, kwnames, 'seekable', nSeekable); }

// ---- attributes ----

function text_get_closed(t: Ptr): Ptr {
  if (!checkAttached(t)) return 0;
  return objGetAttr(bufferOf(t), nClosed);
}
function text_get_name(t: Ptr): Ptr {
  if (!checkAttached(t)) return 0;
  return objGetAttr(bufferOf(t), nName);
}
function text_get_buffer(t: Ptr): Ptr {
  if (!checkAttached(t)) return 0;
  return newref(bufferOf(t));
}
function text_get_encoding(t: Ptr): Ptr {
  const e = load<Ptr>(t, TX_ENCODING);
  return newref(e != 0 ? e : Py_None);
}
function text_get_errors(t: Ptr): Ptr {
  const e = load<Ptr>(t, TX_ERRORS);
  return newref(e != 0 ? e : Py_None);
}
function text_get_line_buffering(t: Ptr): Ptr { return boolFrom((flags(t) & TF_LINEBUF) != 0); }
function text_get_write_through(t: Ptr): Ptr { return boolFrom((flags(t) & TF_WRITETHROUGH) != 0); }
function text_get_mode(t: Ptr): Ptr {
  const m = load<Ptr>(t, TX_MODE);
  if (m == 0) {
    excFormat(excAttributeError, "'%T' object has no attribute 'mode'", t);
    return 0;
  }
  return newref(m);
}
function text_set_mode(t: Ptr, v: Ptr): i32 {
  if (v) incref(v);
  setref(t + TX_MODE, v);
  return 0;
}

/** .newlines: None, or the one kind of newline read so far, or a tuple of the kinds in the
 *  order '\r', '\n', '\r\n' (CPython's IncrementalNewlineDecoder). */
function text_get_newlines(t: Ptr): Ptr {
  return ioNewlinesObject((flags(t) & TF_UNIVERSAL) != 0 ? load<u32>(t, TX_SEEN) : 0);
}

/** <_io.TextIOWrapper name='f.txt' mode='r' encoding='utf-8'>: name and mode when present. */
function text_repr(t: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  // '_io.TextIOWrapper' for subclasses too, as CPython's textiowrapper_repr
  sbAppendLiteral(sb, '<_io.TextIOWrapper');
  if (bufferOf(t) != 0 && (flags(t) & TF_READY) != 0) {
    const name = objGetAttr(t, nName);
    if (name == 0) {
      if (!excMatches(excValueError) && !excMatches(excAttributeError)) { sbFree(sb); return 0; }
      excClear();
    } else {
      const r = objRepr(name);
      decref(name);
      if (r == 0) { sbFree(sb); return 0; }
      sbAppendLiteral(sb, ' name=');
      sbAppendStr(sb, r);
      decref(r);
    }
  }
  const m = load<Ptr>(t, TX_MODE);
  if (m != 0) {
    const r = objRepr(m);
    if (r == 0) { sbFree(sb); return 0; }
    sbAppendLiteral(sb, ' mode=');
    sbAppendStr(sb, r);
    decref(r);
  }
  const e = load<Ptr>(t, TX_ENCODING);
  if (e != 0) {
    const r = objRepr(e);
    if (r == 0) { sbFree(sb); return 0; }
    sbAppendLiteral(sb, ' encoding=');
    sbAppendStr(sb, r);
    decref(r);
  }
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

// ---- construction and lifetime ----

function text_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return objAlloc(type, TX_SIZE);
}

/** The newline argument's code: 0 None, 1 '', 2 '\n', 3 '\r', 4 '\r\n'; -1 with the error. */
function newlineCode(v: Ptr): i32 {
  if (v == 0 || v == Py_None) return 0;
  if (!isStr(v)) { excFormat(excTypeError, "TextIOWrapper() argument 'newline' must be str or None, not %T", v); return -1; }
  if (strLen(v) == 0) return 1;
  if (strEqLiteral(v, '\n')) return 2;
  if (strEqLiteral(v, '\r')) return 3;
  if (strEqLiteral(v, '\r\n')) return 4;
  excFormat(excValueError, 'illegal newline value: %U', v);
  return -1;
}

/**
 * Sets t up over buffer (borrowed) — TextIOWrapper.__init__ and open(): encoding and errors are
 * strs or 0 (defaults 'utf-8', 'strict'), newline as the Python argument (0 = None). 0, or -1
 * with the exception set (LookupError for an unknown encoding, ValueError for a newline).
 */
export function textSetup(t: Ptr, buffer: Ptr, encoding: Ptr, errors: Ptr, newline: Ptr, lineBuffering: bool, writeThrough: bool): i32 {
  const nlc = newlineCode(newline);
  if (nlc < 0) return -1;
  let enc = encoding;
  if (enc == 0 || enc == Py_None || strEqLiteral(enc, 'locale')) enc = strFromLiteral('utf-8'); // UTF-8 mode's locale encoding
  else incref(enc);
  if (enc == 0) return -1;
  const codec = codecsLookup(enc);
  if (codec < 0) { decref(enc); return -1; }
  const errs = errors != 0 && errors != Py_None ? newref(errors) : strFromLiteral('strict');
  if (errs == 0) { decref(enc); return -1; }
  let f: u32 = TF_READY;
  if (nlc == 0) f |= TF_TRANSLATE | TF_UNIVERSAL;
  else if (nlc == 1) f |= TF_UNIVERSAL;
  else f |= (nlc == 2 ? NL_LF : nlc == 3 ? NL_CR : NL_CRLF) << TF_READNL_SHIFT;
  if (nlc == 3) f |= NL_CR << TF_WRITENL_SHIFT;
  else if (nlc == 4) f |= NL_CRLF << TF_WRITENL_SHIFT;
  if (lineBuffering) f |= TF_LINEBUF;
  if (writeThrough) f |= TF_WRITETHROUGH;
  // what the buffer can do, asked once (CPython asks readable/writable/seekable at __init__)
  const fast = isBuffered(buffer);
  const r = ioCallBool(buffer, nReadable), w = r < 0 ? -1 : ioCallBool(buffer, nWritable);
  const s = w < 0 ? -1 : ioCallBool(buffer, nSeekable);
  if (s < 0) { decref(enc); decref(errs); return -1; }
  if (r) f |= TF_READABLE;
  if (w) f |= TF_WRITABLE;
  if (s) f |= TF_SEEKABLE;
  if (fast) f |= TF_FAST | TF_READ1;
  else {
    const has = objGetAttr(buffer, nRead1);
    if (has != 0) { decref(has); f |= TF_READ1; } else excClear();
  }
  incref(buffer);
  setref(t + TX_BUFFER, buffer);
  setref(t + TX_ENCODING, enc);
  setref(t + TX_ERRORS, errs);
  store<u32>(t, f, TX_FLAGS);
  store<i32>(t, codec, TX_CODEC);
  dropDecoded(t);
  store<i32>(t, 0, TX_WLEN);
  store<u32>(t, 0, TX_SEEN);
  return 0;
}

/** The mode open() gives its text wrapper (borrowed str). */
export function textSetMode(t: Ptr, mode: Ptr): void {
  incref(mode);
  setref(t + TX_MODE, mode);
}

/** TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
 *  write_through=False) */
function text_init(t: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 {
  const out = memory.data(24);
  if (!argsParseNames(args, nargs, kwnames, out, 'TextIOWrapper', 0, 1, 6,
    'buffer,encoding,errors,newline,line_buffering,write_through')) return -1;
  const enc = load<Ptr>(out, 4), errs = load<Ptr>(out, 8);
  if (enc != 0 && enc != Py_None && !isStr(enc)) {
    excFormat(excTypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %T", enc);
    return -1;
  }
  if (errs != 0 && errs != Py_None && !isStr(errs)) {
    excFormat(excTypeError, "TextIOWrapper() argument 'errors' must be str or None, not %T", errs);
    return -1;
  }
  let lb = false, wt = false;
  if (load<Ptr>(out, 16) != 0) { const v = objIsTrue(load<Ptr>(out, 16)); if (v < 0) return -1; lb = v != 0; }
  if (load<Ptr>(out, 20) != 0) { const v = objIsTrue(load<Ptr>(out, 20)); if (v < 0) return -1; wt = v != 0; }
  return textSetup(t, load<Ptr>(out), enc, errs, load<Ptr>(out, 12), lb, wt);
}

/** Flushes and closes at death (CPython's iobase_finalize), errors dropped. */
function text_finalize(t: Ptr): void {
  if (load<Ptr>(t, OB_TYPE) != textIOWrapperType) { iobase_finalize(t); return; }
  if ((flags(t) & TF_READY) == 0 || bufferOf(t) == 0) return;
  textClose(t);
  excClear();
}

function text_dealloc(t: Ptr): void {
  if (gcFinalizeFromDealloc(t)) return;
  xdecref(load<Ptr>(t, TX_BUFFER));
  xdecref(load<Ptr>(t, TX_ENCODING));
  xdecref(load<Ptr>(t, TX_ERRORS));
  xdecref(load<Ptr>(t, TX_MODE));
  xdecref(load<Ptr>(t, TX_DECODED));
  const w = load<usize>(t, TX_WBUF);
  if (w != 0) heapFree(w);
  objFree(t);
}

function text_traverse(t: Ptr, visit: u32, arg: Ptr): i32 {
  const b = load<Ptr>(t, TX_BUFFER);
  if (b != 0) { const r = call_indirect<i32>(visit, b, arg); if (r) return r; }
  return 0;
}

function text_clear(t: Ptr): void { setref(t + TX_BUFFER, 0); }

export function textTypeInit(): void {
  const t = typeNewBuiltin('TextIOWrapper', textIOBaseType, TX_SIZE, 0, TK_OTHER);
  textIOWrapperType = t;
  ioSetModule(t);
  typeSetSlot(t, SLOT_NEW, text_new.index);
  typeSetSlot(t, SLOT_INIT, text_init.index);
  typeSetSlot(t, SLOT_DEALLOC, text_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, text_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, text_clear.index);
  typeSetSlot(t, SLOT_REPR, text_repr.index);
  typeSetSlot(t, SLOT_FINALIZE, text_finalize.index);
  typeSetSlot(t, SLOT_ITER, text_iter.index);
  typeSetSlot(t, SLOT_ITERNEXT, text_iternext.index);
  typeAddMethod(t, 'read', text_read.index);
  typeAddMethod(t, 'readline', text_readline.index);
  typeAddMethod(t, 'write', text_write.index);
  typeAddMethod(t, 'flush', text_flush.index);
  typeAddMethod(t, 'seek', text_seek.index);
  typeAddMethod(t, 'tell', text_tell.index);
  typeAddMethod(t, 'truncate', text_truncate.index);
  typeAddMethod(t, 'close', text_close.index);
  typeAddMethod(t, 'detach', text_detach.index);
  typeAddMethod(t, 'fileno', text_fileno.index);
  typeAddMethod(t, 'isatty', text_isatty.index);
  typeAddMethod(t, 'readable', text_readable.index);
  typeAddMethod(t, 'writable', text_writable.index);
  typeAddMethod(t, 'seekable', text_seekable.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, 'closed', text_get_closed.index, 0, d);
  getsetAdd(t, 'name', text_get_name.index, 0, d);
  getsetAdd(t, 'buffer', text_get_buffer.index, 0, d);
  getsetAdd(t, 'encoding', text_get_encoding.index, 0, d);
  getsetAdd(t, 'errors', text_get_errors.index, 0, d);
  getsetAdd(t, 'newlines', text_get_newlines.index, 0, d);
  getsetAdd(t, 'line_buffering', text_get_line_buffering.index, 0, d);
  getsetAdd(t, 'write_through', text_get_write_through.index, 0, d);
  getsetAdd(t, 'mode', text_get_mode.index, text_set_mode.index, d);
}
