// === _io.BytesIO: an in-memory binary stream (CPython's bytesio.c) ===
//
//   +0 refcnt | +4 type | +8 data (a bytearray the stream owns) | +12 pos i32 | +16 flags u32
//                                                                               (GC prefix)
//
// The bytes live in a private bytearray, so getbuffer() is a memoryview of it: while such a
// view exists the bytearray counts it as an export, and anything that would resize or drop the
// data (write, truncate, close) raises BufferError "Existing exports of data: object cannot be
// re-sized", as CPython's BytesIO does.
//
// Invariants: pos >= 0 and may pass the end (a write there pads with zero bytes); after close()
// data is 0.

import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref, setref } from '../object/header';
import { SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_NEW, SLOT_INIT, SLOT_ITER, SLOT_ITERNEXT, SLOT_FINALIZE, TP_DICT, typeSetSlot } from '../object/typelayout';
import { typeNewBuiltin, typeAddMethod, TK_OTHER } from '../object/type';
import { Py_None } from '../object/none';
import { Py_True, Py_False, boolFrom } from '../object/bool';
import { intFromI64 } from '../object/int';
import { bytesFromData, bytesSize } from '../object/bytes';
import {
  bytearrayFromData, bytearrayResize, bytearraySize, bytearrayData, bytearrayExportCount,
} from '../object/bytearray';
import { memoryviewFromObject } from '../object/memoryview';
import { bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_CELLS } from '../object/buffer';
import { getsetAdd } from '../object/descrobject';
import { argsParseNames } from '../object/methodargs';
import { excFormat, excSetString, excTypeError, excValueError, excBufferError } from '../vm/exc';
import {
  bufferedIOBaseType, ioClosedError, ioArg, ioArgCount, ioSizeArg, ioIndexArg, ioWritableBuffer,
  ioSetModule, iobase_readlines,
} from './iobase';

export let bytesIOType: Ptr = 0;

@inline const BI_DATA: usize = 8;
@inline const BI_POS: usize = 12;
@inline const BI_FLAGS: usize = 16;
@inline const BI_SIZE: u32 = 20;

@inline const BIF_READY: u32 = 1;

@inline function dataOf(b: Ptr): Ptr { return load<Ptr>(b, BI_DATA); }
@inline function lenOf(b: Ptr): i32 { return bytearraySize(dataOf(b)); }
@inline function posOf(b: Ptr): i32 { return load<i32>(b, BI_POS); }

function checkOpen(b: Ptr): bool {
  if ((load<u32>(b, BI_FLAGS) & BIF_READY) == 0) { excSetString(excValueError, 'I/O operation on uninitialized object'); return false; }
  if (dataOf(b) == 0) { ioClosedError('I/O operation on closed file.'); return false; }
  return true;
}

/** BufferError while getbuffer() views exist. */
function checkExports(b: Ptr): bool {
  const d = dataOf(b);
  if (d != 0 && bytearrayExportCount(d) > 0) {
    excSetString(excBufferError, 'Existing exports of data: object cannot be re-sized');
    return false;
  }
  return true;
}

/** The next n bytes from pos (all when n < 0), moving pos. */
function readBytes(b: Ptr, n: i64): Ptr {
  const pos = posOf(b), len = lenOf(b);
  if (pos >= len) return bytesFromData(0, 0);
  let end = len;
  if (n >= 0 && <i64>pos + n < <i64>len) end = pos + <i32>n;
  store<i32>(b, end, BI_POS);
  return bytesFromData(bytearrayData(dataOf(b)) + <usize>pos, end - pos);
}

function readLine(b: Ptr, n: i64): Ptr {
  const pos = posOf(b), len = lenOf(b);
  if (pos >= len) return bytesFromData(0, 0);
  let limit = len;
  if (n >= 0 && <i64>pos + n < <i64>len) limit = pos + <i32>n;
  const d = bytearrayData(dataOf(b));
  let end = pos;
  while (end < limit) { if (load<u8>(d + <usize>end) == 10) { end++; break; } end++; }
  store<i32>(b, end, BI_POS);
  return bytesFromData(d + <usize>pos, end - pos);
}

/** Writes n bytes from p at pos (padding with zeros past the end). n, or -1 with an exception. */
function writeData(b: Ptr, p: usize, n: i32): i32 {
  if (n == 0) return 0;
  const d = dataOf(b);
  const pos = posOf(b), len = bytearraySize(d);
  const end = <i64>pos + <i64>n;
  if (end > <i64>len) {
    if (bytearrayResize(d, end) < 0) return -1;
    if (pos > len) memory.fill(bytearrayData(d) + <usize>len, 0, <usize>(pos - len));
  }
  memory.copy(bytearrayData(d) + <usize>pos, p, <usize>n);
  store<i32>(b, <i32>end, BI_POS);
  return n;
}

// ---- methods ----

function bytesio_read(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(b)) return 0;
  return readBytes(b, n);
}

function bytesio_read1(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read1', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(b)) return 0;
  return readBytes(b, n);
}

function bytesio_readline(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readline', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const n = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(b)) return 0;
  return readLine(b, n);
}

function bytesio_readlines(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (!checkOpen(b)) return 0;
  return iobase_readlines(b, args, nargs, kwnames);
}

function bytesio_readinto(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readinto', nargs, kwnames, 1, 1)) return 0;
  const cells = memory.data(BUF_CELLS);
  if (!ioWritableBuffer(ioArg(args, 0), cells)) return 0;
  if (!checkOpen(b)) { bufferRelease(cells); return 0; }
  const pos = posOf(b), len = lenOf(b);
  let n = load<i32>(cells, BUF_LEN);
  if (pos >= len) n = 0;
  else if (n > len - pos) n = len - pos;
  if (n > 0) memory.copy(load<usize>(cells, BUF_PTR), bytearrayData(dataOf(b)) + <usize>pos, <usize>n);
  bufferRelease(cells);
  store<i32>(b, pos + n, BI_POS);
  return intFromI64(n);
}

function bytesio_iternext(b: Ptr): Ptr {
  if (!checkOpen(b)) return 0;
  const line = readLine(b, -1);
  if (line == 0) return 0;
  if (bytesSize(line) == 0) { decref(line); return 0; }
  return line;
}

function bytesio_iter(b: Ptr): Ptr {
  if (!checkOpen(b)) return 0;
  return newref(b);
}

function bytesio_write(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('write', nargs, kwnames, 1, 1)) return 0;
  if (!checkOpen(b) || !checkExports(b)) return 0;
  const data = ioArg(args, 0);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(data, cells);
  if (r < 0) return 0;
  if (r == 0) return excFormat(excTypeError, "a bytes-like object is required, not '%T'", data);
  const n = writeData(b, load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  return n < 0 ? 0 : intFromI64(n);
}

function bytesio_getvalue(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('getvalue', nargs, kwnames, 0)) return 0;
  if (!checkOpen(b)) return 0;
  return bytesFromData(bytearrayData(dataOf(b)), lenOf(b));
}

function bytesio_getbuffer(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('getbuffer', nargs, kwnames, 0)) return 0;
  if (!checkOpen(b)) return 0;
  return memoryviewFromObject(dataOf(b));
}

function bytesio_tell(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('tell', nargs, kwnames, 0)) return 0;
  if (!checkOpen(b)) return 0;
  return intFromI64(posOf(b));
}

function bytesio_seek(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('seek', nargs, kwnames, 2, 1)) return 0;
  const ok = memory.data(4);
  let pos = ioIndexArg(ioArg(args, 0), 0, ok);
  if (!load<u8>(ok)) return 0;
  const whence = nargs > 1 ? ioIndexArg(ioArg(args, 1), 0, ok) : 0;
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(b)) return 0;
  if (pos < 0 && whence == 0) return excFormat(excValueError, 'negative seek value %D', ioArg(args, 0));
  if (whence == 1) pos += <i64>posOf(b);
  else if (whence == 2) pos += <i64>lenOf(b);
  else if (whence != 0) return excFormat(excValueError, 'invalid whence (%d, should be 0, 1 or 2)', <Ptr><i32>whence);
  if (pos < 0) pos = 0;
  if (pos > 0x3FFFFFFF) pos = 0x3FFFFFFF;
  store<i32>(b, <i32>pos, BI_POS);
  return intFromI64(pos);
}

function bytesio_truncate(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('truncate', nargs, kwnames, 1)) return 0;
  if (!checkOpen(b) || !checkExports(b)) return 0;
  const a = nargs > 0 ? ioArg(args, 0) : 0;
  let size = <i64>posOf(b);
  if (a != 0 && a != Py_None) {
    const ok = memory.data(4);
    size = ioIndexArg(a, 0, ok);
    if (!load<u8>(ok)) return 0;
    if (size < 0) return excFormat(excValueError, 'negative size value %D', a);
  }
  if (size < <i64>lenOf(b) && bytearrayResize(dataOf(b), size) < 0) return 0;
  return intFromI64(size);
}

function bytesio_close(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('close', nargs, kwnames, 0)) return 0;
  if (!checkExports(b)) return 0;
  setref(b + BI_DATA, 0);
  return newref(Py_None);
}

function bytesio_true(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readable', nargs, kwnames, 0)) return 0;
  if (!checkOpen(b)) return 0;
  return newref(Py_True);
}

function bytesio_isatty(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('isatty', nargs, kwnames, 0)) return 0;
  if (!checkOpen(b)) return 0;
  return newref(Py_False);
}

function bytesio_flush(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('flush', nargs, kwnames, 0)) return 0;
  if (!checkOpen(b)) return 0;
  return newref(Py_None);
}

function bytesio_get_closed(b: Ptr): Ptr { return boolFrom(dataOf(b) == 0); }

// ---- construction ----

function bytesio_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const b = objAlloc(type, BI_SIZE);
  if (b == 0) return 0;
  const d = bytearrayFromData(0, 0);
  if (d == 0) { decref(b); return 0; }
  store<Ptr>(b, d, BI_DATA);
  return b;
}

/** BytesIO(initial_bytes=b'') */
function bytesio_init(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 {
  const out = memory.data(4);
  if (!argsParseNames(args, nargs, kwnames, out, 'BytesIO', 0, 0, 1, 'initial_bytes')) return -1;
  if (!checkExports(b)) return -1;
  const init = load<Ptr>(out);
  let d: Ptr;
  if (init == 0 || init == Py_None) d = bytearrayFromData(0, 0);
  else {
    const cells = memory.data(BUF_CELLS);
    const r = bufferAcquire(init, cells);
    if (r < 0) return -1;
    if (r == 0) { excFormat(excTypeError, "a bytes-like object is required, not '%T'", init); return -1; }
    d = bytearrayFromData(load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN));
    bufferRelease(cells);
  }
  if (d == 0) return -1;
  setref(b + BI_DATA, d);
  store<i32>(b, 0, BI_POS);
  store<u32>(b, BIF_READY, BI_FLAGS);
  return 0;
}

function bytesio_dealloc(b: Ptr): void {
  xdecref(dataOf(b));
  objFree(b);
}

function bytesio_traverse(b: Ptr, visit: u32, arg: Ptr): i32 {
  const d = dataOf(b);
  return d != 0 ? call_indirect<i32>(visit, d, arg) : 0;
}

function bytesio_clear(b: Ptr): void { setref(b + BI_DATA, 0); }

/** Nothing to flush: dying needs no close. */
function bytesio_finalize(b: Ptr): void {}

export function bytesioTypeInit(): void {
  const t = typeNewBuiltin('BytesIO', bufferedIOBaseType, BI_SIZE, 0, TK_OTHER);
  bytesIOType = t;
  ioSetModule(t);
  typeSetSlot(t, SLOT_NEW, bytesio_new.index);
  typeSetSlot(t, SLOT_INIT, bytesio_init.index);
  typeSetSlot(t, SLOT_DEALLOC, bytesio_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, bytesio_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, bytesio_clear.index);
  typeSetSlot(t, SLOT_FINALIZE, bytesio_finalize.index);
  typeSetSlot(t, SLOT_ITER, bytesio_iter.index);
  typeSetSlot(t, SLOT_ITERNEXT, bytesio_iternext.index);
  typeAddMethod(t, 'read', bytesio_read.index);
  typeAddMethod(t, 'read1', bytesio_read1.index);
  typeAddMethod(t, 'readline', bytesio_readline.index);
  typeAddMethod(t, 'readlines', bytesio_readlines.index);
  typeAddMethod(t, 'readinto', bytesio_readinto.index);
  typeAddMethod(t, 'write', bytesio_write.index);
  typeAddMethod(t, 'getvalue', bytesio_getvalue.index);
  typeAddMethod(t, 'getbuffer', bytesio_getbuffer.index);
  typeAddMethod(t, 'tell', bytesio_tell.index);
  typeAddMethod(t, 'seek', bytesio_seek.index);
  typeAddMethod(t, 'truncate', bytesio_truncate.index);
  typeAddMethod(t, 'close', bytesio_close.index);
  typeAddMethod(t, 'flush', bytesio_flush.index);
  typeAddMethod(t, 'isatty', bytesio_isatty.index);
  typeAddMethod(t, 'readable', bytesio_true.index);
  typeAddMethod(t, 'writable', bytesio_true.index);
  typeAddMethod(t, 'seekable', bytesio_true.index);
  getsetAdd(t, 'closed', bytesio_get_closed.index, 0, load<Ptr>(t, TP_DICT));
}
