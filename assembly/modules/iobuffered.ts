// === _io.BufferedReader, BufferedWriter, BufferedRandom: a byte buffer over a raw stream
//     (CPython's bufferedio.c) ===
//
//   +0 refcnt | +4 type | +8 raw Ptr (0 once detached) | +12 buf (heap block of bufsize bytes,
//   0 until first used) | +16 bufsize i32 | +20 rpos i32 | +24 rend i32 | +28 wlen i32
//   +32 flags u32                                                               (GC prefix)
//
// The buffer holds either bytes read ahead or bytes not yet written, never both:
//
//   read ahead:  buf[rpos .. rend) came from the raw stream, whose position is just after them
//                (so the logical position is raw.tell() - (rend - rpos));
//   pending:     buf[0 .. wlen) go to the raw stream at its position (logical = raw.tell() + wlen).
//
// Invariant: rend > rpos and wlen > 0 never hold at once. Before writing, read-ahead bytes are
// given back (the raw stream seeks back over them); before reading, seeking or truncating,
// pending bytes are written. Over an exact FileIO the raw calls are direct (iofileio.ts);
// over any other raw object they are method calls (read, write, seek, ...).

import { ioCloseResult } from './iobase';
import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref, incref, setref, OB_TYPE } from '../object/header';
import { heapAlloc, heapFree } from '../heap/heap';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_NEW, SLOT_INIT, SLOT_FINALIZE, SLOT_ITER,
  SLOT_ITERNEXT, TP_DICT, typeSetSlot,
} from '../object/typelayout';
import { typeNewBuiltin, typeAddMethod, TK_OTHER } from '../object/type';
import { gcFinalizeFromDealloc } from '../gc/finalize';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from '../object/strbuild';
import { Py_None } from '../object/none';
import { boolFrom } from '../object/bool';
import { intFromI64 } from '../object/int';
import { bytesAlloc, bytesData, bytesSize, bytesFromData } from '../object/bytes';
import { bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_CELLS } from '../object/buffer';
import { bbNew, bbAppend, bbReserve, bbCommit, bbFinish, bbFree, bbLength } from '../object/bytesbuild';
import { objRepr, objGetAttr } from '../object/abstract';
import { getsetAdd } from '../object/descrobject';
import { argsParseNames } from '../object/methodargs';
import { oserrorRaise, E_INVAL } from '../vm/oserror';
import {
  excFormat, excSetString, excOccurred, excClear, excFetch, excRestore, excMatches,
  excTypeError, excValueError, excAttributeError, excOSError, excNoMemory, formatMessage,
} from '../vm/exc';
import {
  bufferedIOBaseType, ioUnsupported, ioClosedError, ioArg, ioArgCount, ioSizeArg, ioIndexArg,
  ioWritableBuffer, ioSetModule, ioCall, ioCallInt, ioCallBool, ioCallVoid, iobase_finalize,
  iobase_readlines, IO_BUFFER_SIZE, nRead, nWrite, nSeek, nTruncate, nClose, nClosed, nReadable,
  nWritable, nSeekable, nFileno, nIsatty, nName, nMode,
} from './iobase';
import {
  fileioType, fileioReadInto, fileioWriteFrom, fileioSeek, fileioTruncate, fileioCloseHandle,
  fileioClosed, fileioReadAll,
} from './iofileio';

export let bufferedReaderType: Ptr = 0;
export let bufferedWriterType: Ptr = 0;
export let bufferedRandomType: Ptr = 0;

@inline const BF_RAW: usize = 8;
@inline const BF_BUF: usize = 12;
@inline const BF_BUFSIZE: usize = 16;
@inline const BF_RPOS: usize = 20;
@inline const BF_REND: usize = 24;
@inline const BF_WLEN: usize = 28;
@inline const BF_FLAGS: usize = 32;
@inline const BF_SIZE: u32 = 36;

@inline const BFF_READABLE: u32 = 1;
@inline const BFF_WRITABLE: u32 = 2;
/** __init__ ran (an object made by __new__ alone refuses every operation). */
@inline const BFF_READY: u32 = 4;
/** raw is an exact FileIO: direct calls. */
@inline const BFF_FAST: u32 = 8;

@inline function rawOf(b: Ptr): Ptr { return load<Ptr>(b, BF_RAW); }
@inline function isFast(b: Ptr): bool { return (load<u32>(b, BF_FLAGS) & BFF_FAST) != 0; }

/** Is o one of the three buffered types (exactly)? */
export function isBuffered(o: Ptr): bool {
  const t = load<Ptr>(o, OB_TYPE);
  return t == bufferedReaderType || t == bufferedWriterType || t == bufferedRandomType;
}

// ---- the raw stream ----

/** Reads up to n bytes into p: count (0 at the end), -1 with an exception set. */
function rawRead(b: Ptr, p: usize, n: i32): i32 {
  const raw = rawOf(b);
  if (isFast(b)) return fileioReadInto(raw, p, n);
  const r = ioCallInt(raw, nRead, n);
  if (r == 0) return -1;
  if (r == Py_None) { decref(r); return 0; }
  const cells = memory.data(BUF_CELLS);
  const k = bufferAcquire(r, cells);
  if (k <= 0) {
    if (k == 0) excFormat(excTypeError, "read() should return bytes, not '%T'", r);
    decref(r);
    return -1;
  }
  let m = load<i32>(cells, BUF_LEN);
  if (m > n) m = n;
  memory.copy(p, load<usize>(cells, BUF_PTR), <usize>m);
  bufferRelease(cells);
  decref(r);
  return m;
}

/** Writes n bytes from p: the count written, -1 with an exception set. */
function rawWrite(b: Ptr, p: usize, n: i32): i32 {
  const raw = rawOf(b);
  if (isFast(b)) return fileioWriteFrom(raw, p, n);
  const data = bytesFromData(p, n);
  if (data == 0) return -1;
  const r = ioCall(raw, nWrite, 1, data);
  decref(data);
  if (r == 0) return -1;
  if (r == Py_None) { decref(r); return 0; }
  const ok = memory.data(4);
  const m = ioIndexArg(r, 0, ok);
  decref(r);
  if (!load<u8>(ok)) return -1;
  if (m < 0 || m > n) { excFormat(excOSError, 'raw write() returned invalid length %d (should have been between 0 and %d)', <Ptr><i32>m, <Ptr>n); return -1; }
  return <i32>m;
}

/** The raw stream's seek: the new position, -1 with an exception set. */
function rawSeek(b: Ptr, pos: i64, whence: i32): i64 {
  const raw = rawOf(b);
  if (isFast(b)) return fileioSeek(raw, pos, whence);
  const p = intFromI64(pos), w = intFromI64(whence);
  const r = ioCall(raw, nSeek, 2, p, w);
  decref(p); decref(w);
  if (r == 0) return -1;
  const ok = memory.data(4);
  const v = ioIndexArg(r, 0, ok);
  decref(r);
  if (!load<u8>(ok)) return -1;
  if (v < 0) { excFormat(excOSError, 'Raw stream returned invalid position %d', <Ptr><i32>v); return -1; }
  return v;
}

/** raw.closed: 1/0, -1 on error. */
function rawClosed(b: Ptr): i32 {
  if (isFast(b)) return fileioClosed(rawOf(b)) ? 1 : 0;
  return ioCallBool(rawOf(b), nClosed, true);
}

// ---- state checks ----

function checkReady(b: Ptr): bool {
  if ((load<u32>(b, BF_FLAGS) & BFF_READY) == 0) {
    excSetString(excValueError, 'I/O operation on uninitialized object');
    return false;
  }
  if (rawOf(b) == 0) {
    excSetString(excValueError, 'raw stream has been detached');
    return false;
  }
  return true;
}

/** Ready and not closed; `msg` is CPython's wording for the operation ("read of closed file"). */
function checkOpen(b: Ptr, msg: string): bool {
  if (!checkReady(b)) return false;
  const c = rawClosed(b);
  if (c < 0) return false;
  if (c > 0) { ioClosedError(msg); return false; }
  return true;
}

function checkReadable(b: Ptr, what: string): bool {
  if ((load<u32>(b, BF_FLAGS) & BFF_READABLE) != 0) return true;
  ioUnsupported(what);
  return false;
}

/** The buffer block, made on first use; 0 with MemoryError set. */
function bufOf(b: Ptr): usize {
  let p = load<usize>(b, BF_BUF);
  if (p == 0) {
    p = heapAlloc(<usize>load<i32>(b, BF_BUFSIZE));
    if (p == 0) { excNoMemory(); return 0; }
    store<usize>(b, p, BF_BUF);
  }
  return p;
}

/** Writes every pending byte: 0, or -1 with an exception set (the bytes stay pending). */
function flushPending(b: Ptr): i32 {
  let wlen = load<i32>(b, BF_WLEN);
  let off = 0;
  const buf = load<usize>(b, BF_BUF);
  while (off < wlen) {
    const n = rawWrite(b, buf + <usize>off, wlen - off);
    if (n < 0) {
      // keep what was not written
      if (off > 0) { memory.copy(buf, buf + <usize>off, <usize>(wlen - off)); store<i32>(b, wlen - off, BF_WLEN); }
      return -1;
    }
    if (n == 0) break;
    off += n;
  }
  store<i32>(b, 0, BF_WLEN);
  return 0;
}

/** Gives read-ahead bytes back: the raw stream seeks back over them. 0 or -1. */
function dropReadAhead(b: Ptr): i32 {
  const left = load<i32>(b, BF_REND) - load<i32>(b, BF_RPOS);
  store<i32>(b, 0, BF_RPOS);
  store<i32>(b, 0, BF_REND);
  if (left > 0 && rawSeek(b, -<i64>left, 1) < 0) return -1;
  return 0;
}

/** The logical position: -1 with an exception set. */
export function bufferedTell(b: Ptr): i64 {
  const r = rawSeek(b, 0, 1);
  if (r < 0) return -1;
  const pos = r - <i64>(load<i32>(b, BF_REND) - load<i32>(b, BF_RPOS)) + <i64>load<i32>(b, BF_WLEN);
  return pos < 0 ? 0 : pos;
}

/** Fills the (empty) read buffer with one raw read: the count (0 at the end), -1 on error. */
function fillBuffer(b: Ptr): i32 {
  if (load<i32>(b, BF_WLEN) > 0 && flushPending(b) < 0) return -1;
  const buf = bufOf(b);
  if (buf == 0) return -1;
  const n = rawRead(b, buf, load<i32>(b, BF_BUFSIZE));
  if (n < 0) return -1;
  store<i32>(b, 0, BF_RPOS);
  store<i32>(b, n, BF_REND);
  return n;
}

// ---- reading ----

/** Up to n bytes (n >= 0; all when n < 0): loops until n bytes or the end, as BufferedReader.read.
 *  A new bytes, or 0 with an exception set. */
function readBytes(b: Ptr, n: i64): Ptr {
  if (load<i32>(b, BF_WLEN) > 0 && flushPending(b) < 0) return 0;
  const avail = load<i32>(b, BF_REND) - load<i32>(b, BF_RPOS);
  const buf = load<usize>(b, BF_BUF);
  if (n >= 0 && <i64>avail >= n) {
    const r = bytesFromData(buf + <usize>load<i32>(b, BF_RPOS), n);
    if (r != 0) store<i32>(b, load<i32>(b, BF_RPOS) + <i32>n, BF_RPOS);
    return r;
  }
  const bb = bbNew(n >= 0 ? n : <i64>avail + IO_BUFFER_SIZE);
  if (bb == 0) return 0;
  if (avail > 0) bbAppend(bb, buf + <usize>load<i32>(b, BF_RPOS), avail);
  store<i32>(b, 0, BF_RPOS);
  store<i32>(b, 0, BF_REND);
  if (n < 0 && isFast(b)) {
    const rest = fileioReadAll(rawOf(b));
    if (rest == 0) { bbFree(bb); return 0; }
    bbAppend(bb, bytesData(rest), bytesSize(rest));
    decref(rest);
    return bbFinish(bb, false);
  }
  const bufsize = load<i32>(b, BF_BUFSIZE);
  while (n < 0 || <i64>bbLength(bb) < n) {
    const want: i64 = n < 0 ? <i64>bufsize : n - <i64>bbLength(bb);
    if (want >= <i64>bufsize) {
      // large: straight into the result, bypassing the buffer
      const chunk: i32 = want > 0x40000000 ? 0x40000000 : <i32>want;
      const p = bbReserve(bb, chunk);
      if (p == 0) { bbFree(bb); return excNoMemory(); }
      const got = rawRead(b, p, chunk);
      if (got < 0) { bbFree(bb); return 0; }
      if (got == 0) break;
      bbCommit(bb, got);
    } else {
      const got = fillBuffer(b);
      if (got < 0) { bbFree(bb); return 0; }
      if (got == 0) break;
      const take = <i32>(<i64>got < want ? <i64>got : want);
      bbAppend(bb, load<usize>(b, BF_BUF), take);
      store<i32>(b, take, BF_RPOS);
    }
  }
  return bbFinish(bb, false);
}

/** At most one raw read: what is buffered, else up to n bytes from one fill. */
export function bufferedRead1(b: Ptr, n: i64): Ptr {
  if (load<i32>(b, BF_WLEN) > 0 && flushPending(b) < 0) return 0;
  let avail = load<i32>(b, BF_REND) - load<i32>(b, BF_RPOS);
  if (n < 0) n = <i64>load<i32>(b, BF_BUFSIZE);
  if (n == 0) return bytesFromData(0, 0);
  if (avail == 0) {
    if (n >= <i64>load<i32>(b, BF_BUFSIZE)) {
      const r = bytesAlloc(n);
      if (r == 0) return 0;
      const got = rawRead(b, bytesData(r), <i32>n);
      if (got < 0) { decref(r); return 0; }
      if (<i64>got == n) return r;
      const s = bytesFromData(bytesData(r), got);
      decref(r);
      return s;
    }
    avail = fillBuffer(b);
    if (avail < 0) return 0;
  }
  const take = <i64>avail < n ? <i64>avail : n;
  const rpos = load<i32>(b, BF_RPOS);
  const r = bytesFromData(load<usize>(b, BF_BUF) + <usize>rpos, take);
  if (r != 0) store<i32>(b, rpos + <i32>take, BF_RPOS);
  return r;
}

/** One line (up to limit bytes when limit >= 0), its b'\n' kept. */
function readLine(b: Ptr, limit: i64): Ptr {
  if (load<i32>(b, BF_WLEN) > 0 && flushPending(b) < 0) return 0;
  const bb = bbNew(80);
  if (bb == 0) return 0;
  while (limit < 0 || <i64>bbLength(bb) < limit) {
    let rpos = load<i32>(b, BF_RPOS), rend = load<i32>(b, BF_REND);
    if (rpos >= rend) {
      const got = fillBuffer(b);
      if (got < 0) { bbFree(bb); return 0; }
      if (got == 0) break;
      rpos = 0; rend = got;
    }
    const buf = load<usize>(b, BF_BUF);
    let end = rpos;
    let found = false;
    let maxEnd = rend;
    if (limit >= 0 && <i64>(maxEnd - rpos) > limit - <i64>bbLength(bb)) maxEnd = rpos + <i32>(limit - <i64>bbLength(bb));
    while (end < maxEnd) {
      if (load<u8>(buf + <usize>end) == 10) { end++; found = true; break; }
      end++;
    }
    bbAppend(bb, buf + <usize>rpos, end - rpos);
    store<i32>(b, end, BF_RPOS);
    if (found) break;
  }
  return bbFinish(bb, false);
}

// ---- writing ----

/** Buffers n bytes at p (writing through when they do not fit): n, or -1 with an exception. */
export function bufferedWriteData(b: Ptr, p: usize, n: i32): i32 {
  if (load<i32>(b, BF_REND) > load<i32>(b, BF_RPOS) || load<i32>(b, BF_REND) > 0) {
    if (dropReadAhead(b) < 0) return -1;
  }
  const size = load<i32>(b, BF_BUFSIZE);
  let wlen = load<i32>(b, BF_WLEN);
  if (wlen + n > size) {
    if (flushPending(b) < 0) return -1;
    wlen = 0;
    if (n >= size) {
      let off = 0;
      while (off < n) {
        const w = rawWrite(b, p + <usize>off, n - off);
        if (w < 0) return -1;
        if (w == 0) break;
        off += w;
      }
      return n;
    }
  }
  const buf = bufOf(b);
  if (buf == 0) return -1;
  memory.copy(buf + <usize>wlen, p, <usize>n);
  store<i32>(b, wlen + n, BF_WLEN);
  return n;
}

// ---- methods ----

function buffered_read(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (n < -1) return excSetString(excValueError, 'read length must be non-negative or -1');
  if (!checkReady(b) || !checkReadable(b, 'read') || !checkOpen(b, 'read of closed file')) return 0;
  return readBytes(b, n);
}

function buffered_read1(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read1', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioIndexArg(nargs > 0 ? ioArg(args, 0) : 0, -1, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkReady(b) || !checkReadable(b, 'read1') || !checkOpen(b, 'read of closed file')) return 0;
  return bufferedRead1(b, n);
}

function buffered_peek(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('peek', nargs, kwnames, 1)) return 0;
  if (!checkReady(b) || !checkOpen(b, 'peek of closed file')) return 0;
  if (load<i32>(b, BF_WLEN) > 0 && flushPending(b) < 0) return 0;
  if (load<i32>(b, BF_REND) <= load<i32>(b, BF_RPOS) && fillBuffer(b) < 0) return 0;
  const rpos = load<i32>(b, BF_RPOS);
  return bytesFromData(load<usize>(b, BF_BUF) + <usize>rpos, load<i32>(b, BF_REND) - rpos);
}

function buffered_readline(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readline', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkReady(b) || !checkReadable(b, 'read') || !checkOpen(b, 'readline of closed file')) return 0;
  return readLine(b, n);
}

function buffered_readinto(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readinto', nargs, kwnames, 1, 1)) return 0;
  const cells = memory.data(BUF_CELLS);
  if (!ioWritableBuffer(ioArg(args, 0), cells)) return 0;
  const cap = load<i32>(cells, BUF_LEN);
  bufferRelease(cells);
  if (!checkReady(b) || !checkReadable(b, 'read') || !checkOpen(b, 'readinto of closed file')) return 0;
  const data = readBytes(b, cap);
  if (data == 0) return 0;
  const n = bytesSize(data);
  if (ioWritableBuffer(ioArg(args, 0), cells)) {
    memory.copy(load<usize>(cells, BUF_PTR), bytesData(data), <usize>(n < load<i32>(cells, BUF_LEN) ? n : load<i32>(cells, BUF_LEN)));
    bufferRelease(cells);
  }
  decref(data);
  return excOccurred() ? 0 : intFromI64(n);
}

function buffered_write(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('write', nargs, kwnames, 1, 1)) return 0;
  if (!checkReady(b)) return 0;
  if ((load<u32>(b, BF_FLAGS) & BFF_WRITABLE) == 0) return ioUnsupported('write');
  const data = ioArg(args, 0);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(data, cells);
  if (r < 0) return 0;
  if (r == 0) return excFormat(excTypeError, "a bytes-like object is required, not '%T'", data);
  const c = rawClosed(b);
  if (c != 0) { bufferRelease(cells); if (c > 0) ioClosedError('write to closed file'); return 0; }
  const n = bufferedWriteData(b, load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  return n < 0 ? 0 : intFromI64(n);
}

/** b.closed without a method call (for the text layer over it): 1/0, -1 on error. */
export function bufferedIsClosed(b: Ptr): i32 {
  if ((load<u32>(b, BF_FLAGS) & BFF_READY) == 0 || rawOf(b) == 0) return ioCallBool(b, nClosed, true);
  return rawClosed(b);
}

/** Writes the pending bytes out: 0 or -1 (BufferedWriter.flush without the checks). */
export function bufferedFlush(b: Ptr): i32 {
  return load<i32>(b, BF_WLEN) > 0 ? flushPending(b) : 0;
}

function buffered_flush(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('flush', nargs, kwnames, 0)) return 0;
  const writable = (load<u32>(b, BF_FLAGS) & BFF_WRITABLE) != 0;
  if (!checkOpen(b, writable ? 'flush of closed file' : 'I/O operation on closed file.')) return 0;
  if (bufferedFlush(b) < 0) return 0;
  return newref(Py_None);
}

function buffered_seek(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('seek', nargs, kwnames, 2, 1)) return 0;
  const ok = memory.data(4);
  let pos = ioIndexArg(ioArg(args, 0), 0, ok);
  if (!load<u8>(ok)) return 0;
  const whence = nargs > 1 ? ioIndexArg(ioArg(args, 1), 0, ok) : 0;
  if (!load<u8>(ok)) return 0;
  if (whence < 0 || whence > 4) return excFormat(excValueError, 'whence value %d unsupported', <Ptr><i32>whence);
  if (!checkOpen(b, 'seek of closed file')) return 0;
  if (bufferedFlush(b) < 0) return 0;
  let w = <i32>whence;
  if (w == 1) {
    // relative to the logical position, not the raw one
    const cur = bufferedTell(b);
    if (cur < 0) return 0;
    pos += cur;
    w = 0;
  }
  store<i32>(b, 0, BF_RPOS);
  store<i32>(b, 0, BF_REND);
  const r = rawSeek(b, pos, w);
  return r < 0 ? 0 : intFromI64(r);
}

function buffered_tell(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('tell', nargs, kwnames, 0)) return 0;
  if (!checkOpen(b, 'I/O operation on closed file')) return 0;
  const r = bufferedTell(b);
  return r < 0 ? 0 : intFromI64(r);
}

function buffered_truncate(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('truncate', nargs, kwnames, 1)) return 0;
  if (!checkOpen(b, 'truncate of closed file')) return 0;
  if ((load<u32>(b, BF_FLAGS) & BFF_WRITABLE) == 0) return ioUnsupported('truncate');
  if (bufferedFlush(b) < 0) return 0;
  const a = nargs > 0 ? ioArg(args, 0) : 0;
  let size: i64;
  if (a == 0 || a == Py_None) {
    size = bufferedTell(b);
    if (size < 0) return 0;
  } else {
    const ok = memory.data(4);
    size = ioIndexArg(a, 0, ok);
    if (!load<u8>(ok)) return 0;
  }
  if (dropReadAhead(b) < 0) return 0;
  if (isFast(b)) {
    if (size < 0) { oserrorRaise(E_INVAL, 0); return 0; }
    if (fileioTruncate(rawOf(b), size) < 0) return 0;
    return intFromI64(size);
  }
  const n = intFromI64(size);
  const r = ioCall(rawOf(b), nTruncate, 1, n);
  decref(n);
  return r;
}

/** close(): flush, then close the raw stream, even when the flush failed (its error wins, with
 *  the close's error chained to it, as CPython's buffered_close). Idempotent. */
export function bufferedClose(b: Ptr): i32 {
  if (!checkReady(b)) return -1;
  const c = rawClosed(b);
  if (c < 0) return -1;
  if (c > 0) return 0;
  const fr = bufferedFlush(b);
  const flushErr = fr < 0 ? excFetch() : 0;
  let rc: i32;
  if (isFast(b)) rc = fileioCloseHandle(rawOf(b));
  else rc = ioCallVoid(rawOf(b), nClose);
  store<i32>(b, 0, BF_WLEN);
  store<i32>(b, 0, BF_RPOS);
  store<i32>(b, 0, BF_REND);
  const buf = load<usize>(b, BF_BUF);
  if (buf != 0) { heapFree(buf); store<usize>(b, 0, BF_BUF); }
  return ioCloseResult(flushErr, rc);
}

function buffered_close(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('close', nargs, kwnames, 0)) return 0;
  if (bufferedClose(b) < 0) return 0;
  return newref(Py_None);
}

function buffered_detach(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('detach', nargs, kwnames, 0)) return 0;
  if (!checkReady(b)) return 0;
  const writable = (load<u32>(b, BF_FLAGS) & BFF_WRITABLE) != 0;
  if (writable) {
    if (!checkOpen(b, 'flush of closed file')) return 0;
    if (bufferedFlush(b) < 0) return 0;
  } else if (!checkOpen(b, 'I/O operation on closed file.')) return 0;
  if (dropReadAhead(b) < 0) return 0;
  const raw = rawOf(b);
  store<Ptr>(b, 0, BF_RAW);
  return raw;
}

/** raw.<name>() after the closed check (fileno, isatty, readable, writable, seekable). */
function delegate(b: Ptr, nargs: i32, kwnames: Ptr, what: string, name: Ptr): Ptr {
  if (ioArgCount(what, nargs, kwnames, 0)) return 0;
  if (!checkOpen(b, 'I/O operation on closed file')) return 0;
  return ioCall(rawOf(b), name, 0);
}
function buffered_fileno(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(b, nargs, kwnames, 'fileno', nFileno); }
function buffered_isatty(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(b, nargs, kwnames, 'isatty', nIsatty); }
function buffered_readable(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(b, nargs, kwnames, 'readable', nReadable); }
function buffered_writable(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(b, nargs, kwnames, 'writable', nWritable); }
function buffered_seekable(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return delegate(b, nargs, kwnames, 'seekable', nSeekable); }

function buffered_iter(b: Ptr): Ptr {
  if (!checkReady(b)) return 0;
  const c = rawClosed(b);
  if (c < 0) return 0;
  if (c > 0) return ioClosedError('I/O operation on closed file.');
  return newref(b);
}

function buffered_iternext(b: Ptr): Ptr {
  if (!checkReady(b) || !checkReadable(b, 'read') || !checkOpen(b, 'readline of closed file')) return 0;
  const line = readLine(b, -1);
  if (line == 0) return 0;
  if (bytesSize(line) == 0) { decref(line); return 0; }
  return line;
}

function buffered_readlines(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (!checkReady(b)) return 0;
  return iobase_readlines(b, args, nargs, kwnames);
}

function buffered_get_raw(b: Ptr): Ptr {
  if (!checkReady(b)) return 0;
  return newref(rawOf(b));
}

function buffered_get_closed(b: Ptr): Ptr {
  if (!checkReady(b)) return 0;
  const c = rawClosed(b);
  return c < 0 ? 0 : boolFrom(c > 0);
}

function buffered_get_name(b: Ptr): Ptr {
  if (!checkReady(b)) return 0;
  return objGetAttr(rawOf(b), nName);
}

function buffered_get_mode(b: Ptr): Ptr {
  if (!checkReady(b)) return 0;
  return objGetAttr(rawOf(b), nMode);
}

/** <_io.BufferedReader name='f.bin'> (no name: <_io.BufferedReader>). */
function buffered_repr(b: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  // the type's tp_name: '_io.BufferedReader', or a subclass's bare name, as CPython's
  const tn = formatMessage('<%N', load<Ptr>(b, OB_TYPE), 0, 0);
  if (tn == 0) { sbFree(sb); return 0; }
  sbAppendStr(sb, tn);
  decref(tn);
  const raw = rawOf(b);
  if (raw != 0 && (load<u32>(b, BF_FLAGS) & BFF_READY) != 0) {
    const name = objGetAttr(raw, nName);
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
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

// ---- construction and lifetime ----

function buffered_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return objAlloc(type, BF_SIZE);
}

/** Sets b up over raw (borrowed) with the given buffer size; kind 1 reader, 2 writer, 3 random.
 *  Checks that raw can do what the kind needs. 0, or -1 with the exception set. */
export function bufferedSetup(b: Ptr, raw: Ptr, size: i64, kind: u32): i32 {
  if (size <= 0) { excSetString(excValueError, 'buffer size must be strictly positive'); return -1; }
  if (size > 0x10000000) { excNoMemory(); return -1; }
  if (kind & BFF_READABLE) {
    const r = load<Ptr>(raw, OB_TYPE) == fileioType ? 1 : ioCallBool(raw, nReadable);
    if (r < 0) return -1;
    if (r == 0) { ioUnsupported('File or stream is not readable.'); return -1; }
  }
  if (kind & BFF_WRITABLE) {
    const r = load<Ptr>(raw, OB_TYPE) == fileioType ? 1 : ioCallBool(raw, nWritable);
    if (r < 0) return -1;
    if (r == 0) { ioUnsupported('File or stream is not writable.'); return -1; }
  }
  if (kind == (BFF_READABLE | BFF_WRITABLE)) {
    const r = load<Ptr>(raw, OB_TYPE) == fileioType ? 1 : ioCallBool(raw, nSeekable);
    if (r < 0) return -1;
    if (r == 0) { ioUnsupported('File or stream is not seekable.'); return -1; }
  }
  incref(raw);
  setref(b + BF_RAW, raw);
  const old = load<usize>(b, BF_BUF);
  if (old != 0) heapFree(old);
  store<usize>(b, 0, BF_BUF);
  store<i32>(b, <i32>size, BF_BUFSIZE);
  store<i32>(b, 0, BF_RPOS);
  store<i32>(b, 0, BF_REND);
  store<i32>(b, 0, BF_WLEN);
  store<u32>(b, kind | BFF_READY | (load<Ptr>(raw, OB_TYPE) == fileioType ? BFF_FAST : 0), BF_FLAGS);
  return 0;
}

function initWith(b: Ptr, args: usize, nargs: i32, kwnames: Ptr, name: string, kind: u32): i32 {
  const out = memory.data(8);
  if (!argsParseNames(args, nargs, kwnames, out, name, 0, 1, 2, 'raw,buffer_size')) return -1;
  const ok = memory.data(4);
  const size = ioIndexArg(load<Ptr>(out, 4), IO_BUFFER_SIZE, ok);
  if (!load<u8>(ok)) return -1;
  return bufferedSetup(b, load<Ptr>(out), size, kind);
}
function reader_init(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 { return initWith(b, args, nargs, kwnames, 'BufferedReader', BFF_READABLE); }
function writer_init(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 { return initWith(b, args, nargs, kwnames, 'BufferedWriter', BFF_WRITABLE); }
function random_init(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 { return initWith(b, args, nargs, kwnames, 'BufferedRandom', BFF_READABLE | BFF_WRITABLE); }

/** The finalizer: flush and close; over an exact FileIO no Python code runs. */
function buffered_finalize(b: Ptr): void {
  if (!isBuffered(b)) { iobase_finalize(b); return; }
  if ((load<u32>(b, BF_FLAGS) & BFF_READY) == 0 || rawOf(b) == 0) return;
  bufferedClose(b);
  excClear();
}

function buffered_dealloc(b: Ptr): void {
  if (gcFinalizeFromDealloc(b)) return;
  xdecref(load<Ptr>(b, BF_RAW));
  const buf = load<usize>(b, BF_BUF);
  if (buf != 0) heapFree(buf);
  objFree(b);
}

function buffered_traverse(b: Ptr, visit: u32, arg: Ptr): i32 {
  const raw = load<Ptr>(b, BF_RAW);
  return raw != 0 ? call_indirect<i32>(visit, raw, arg) : 0;
}

function buffered_clear(b: Ptr): void { setref(b + BF_RAW, 0); }

function makeType(name: string, init: u32, readable: bool, writable: bool): Ptr {
  const t = typeNewBuiltin(name, bufferedIOBaseType, BF_SIZE, 0, TK_OTHER);
  ioSetModule(t);
  typeSetSlot(t, SLOT_NEW, buffered_new.index);
  typeSetSlot(t, SLOT_INIT, init);
  typeSetSlot(t, SLOT_DEALLOC, buffered_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, buffered_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, buffered_clear.index);
  typeSetSlot(t, SLOT_REPR, buffered_repr.index);
  typeSetSlot(t, SLOT_FINALIZE, buffered_finalize.index);
  typeSetSlot(t, SLOT_ITER, buffered_iter.index);
  typeSetSlot(t, SLOT_ITERNEXT, buffered_iternext.index);
  if (readable) {
    typeAddMethod(t, 'read', buffered_read.index);
    typeAddMethod(t, 'read1', buffered_read1.index);
    typeAddMethod(t, 'peek', buffered_peek.index);
    typeAddMethod(t, 'readinto', buffered_readinto.index);
    typeAddMethod(t, 'readline', buffered_readline.index);
  }
  if (writable) {
    typeAddMethod(t, 'write', buffered_write.index);
    typeAddMethod(t, 'truncate', buffered_truncate.index);
  }
  typeAddMethod(t, 'readlines', buffered_readlines.index);
  typeAddMethod(t, 'flush', buffered_flush.index);
  typeAddMethod(t, 'seek', buffered_seek.index);
  typeAddMethod(t, 'tell', buffered_tell.index);
  typeAddMethod(t, 'close', buffered_close.index);
  typeAddMethod(t, 'detach', buffered_detach.index);
  typeAddMethod(t, 'fileno', buffered_fileno.index);
  typeAddMethod(t, 'isatty', buffered_isatty.index);
  // a reader has no writable() of its own (the base's answers False even when closed), nor a
  // writer readable(), as in CPython
  if (readable) typeAddMethod(t, 'readable', buffered_readable.index);
  if (writable) typeAddMethod(t, 'writable', buffered_writable.index);
  typeAddMethod(t, 'seekable', buffered_seekable.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, 'raw', buffered_get_raw.index, 0, d);
  getsetAdd(t, 'closed', buffered_get_closed.index, 0, d);
  getsetAdd(t, 'name', buffered_get_name.index, 0, d);
  getsetAdd(t, 'mode', buffered_get_mode.index, 0, d);
  return t;
}

export function bufferedTypesInit(): void {
  bufferedReaderType = makeType('BufferedReader', reader_init.index, true, false);
  bufferedWriterType = makeType('BufferedWriter', writer_init.index, false, true);
  bufferedRandomType = makeType('BufferedRandom', random_init.index, true, true);
}

/** The kind flags for open(): reader, writer or random. */
@inline export const BUFFERED_READER: u32 = BFF_READABLE;
@inline export const BUFFERED_WRITER: u32 = BFF_WRITABLE;
@inline export const BUFFERED_RANDOM: u32 = BFF_READABLE | BFF_WRITABLE;
