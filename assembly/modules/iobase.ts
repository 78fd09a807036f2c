// === io's abstract bases (_io._IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase),
//     io.UnsupportedOperation, and the helpers the concrete stream types share ===
//
// The bases hold CPython's generic behaviour, written in terms of method calls on self, so that a
// Python class deriving from io.IOBase (lib/io.py's ABCs derive from these) gets readline from
// read, iteration from readline, tell from seek, close from flush, and a closed flag (kept, as in
// CPython, in the instance's __dict__ under '__IOBase_closed'). The concrete core types
// (iofileio.ts, iobuffered.ts, iotext.ts, iostringio.ts, iobytesio.ts) override most methods with
// direct code and CPython's own messages.
//
// Class hierarchy (CPython 3.11's, `_io.` names):
//
//   _IOBase ─┬─ _RawIOBase ─────── FileIO
//            ├─ _BufferedIOBase ── BufferedReader, BufferedWriter, BufferedRandom, BytesIO
//            └─ _TextIOBase ────── TextIOWrapper, StringIO
//
// Every stream object is a GC type with a FINALIZE that closes it (CPython's iobase_finalize:
// an unclosed file is flushed and closed when it dies or when the run ends; the ResourceWarning
// CPython would issue is silent by default, so none is printed). Errors from that close are
// dropped, as CPython drops them outside development mode.

import { Ptr } from '../common';
import { objFree, decref, newref, OB_TYPE } from '../object/header';
import {
  SLOT_DEALLOC, SLOT_ITER, SLOT_ITERNEXT, SLOT_FINALIZE, TPFLAGS_HAVE_GC, TP_DICT, typeSetSlot,
} from '../object/typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetAttrLiteral, typeType, objectType, TK_OTHER } from '../object/type';
import { gcFinalizeFromDealloc } from '../gc/finalize';
import { strFromLiteral, strInternLiteral } from '../object/str';
import { tupleNew, tupleItemsAddr, tupleSize } from '../object/tuple';
import { dictNew, dictSetItem } from '../object/dict';
import { listNew, listAppend } from '../object/list';
import { Py_None } from '../object/none';
import { Py_True, Py_False } from '../object/bool';
import { intFromI64 } from '../object/int';
import { bytesData, bytesSize, isBytes, bytesFromData } from '../object/bytes';
import { isBytearray, bytearrayData, bytearrayFromData, bytearrayResize } from '../object/bytearray';
import { memoryviewType, mvReadonly } from '../object/memoryview';
import { bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_CELLS } from '../object/buffer';
import { bbNew, bbAppend, bbFinish, bbFree } from '../object/bytesbuild';
import {
  objCall, objGetAttr, objSetAttr, objIsTrue, objGetIter, objIterNext, objLen,
} from '../object/abstract';
import { objArgBuf, argBufPop, getsetAdd } from '../object/descrobject';
import { indexCheck, indexAsI64 } from '../object/slice';
import {
  excFormat, excSetString, excOccurred, excMatches, excClear, excTypeError, excValueError,
  excAttributeError, excOSError, excOverflowError, excFetch, excRestore, excChainContext,
} from '../vm/exc';

export let ioBaseType: Ptr = 0;
export let rawIOBaseType: Ptr = 0;
export let bufferedIOBaseType: Ptr = 0;
export let textIOBaseType: Ptr = 0;
/** io.UnsupportedOperation: a class (OSError, ValueError) made at vmInit, module 'io'. */
export let unsupportedOperation: Ptr = 0;

/** io.DEFAULT_BUFFER_SIZE: the buffered layer's buffer, and the text layer's chunk. */
@inline export const IO_BUFFER_SIZE: i32 = 8192;

// Method and attribute names the streams call, interned once.
export let nRead: Ptr = 0, nRead1: Ptr = 0, nReadline: Ptr = 0, nReadinto: Ptr = 0, nWrite: Ptr = 0;
export let nFlush: Ptr = 0, nClose: Ptr = 0, nClosed: Ptr = 0, nSeek: Ptr = 0, nTell: Ptr = 0;
export let nTruncate: Ptr = 0, nReadable: Ptr = 0, nWritable: Ptr = 0, nSeekable: Ptr = 0;
export let nFileno: Ptr = 0, nIsatty: Ptr = 0, nName: Ptr = 0, nMode: Ptr = 0, nRaw: Ptr = 0;
let nIOBaseClosed: Ptr = 0, nReadall: Ptr = 0;

// ---- raising ----

/** Raises io.UnsupportedOperation(msg). Returns 0. */
export function ioUnsupported(msg: string): Ptr {
  return excSetString(unsupportedOperation, msg);
}

/** Raises ValueError(msg): a closed stream ("I/O operation on closed file." and its variants).
 *  Returns 0. */
export function ioClosedError(msg: string): Ptr {
  return excSetString(excValueError, msg);
}

// ---- calling methods of another stream ----

/** o.name(...) with 0, 1 or 2 positional arguments (a, b borrowed). New reference or 0. */
export function ioCall(o: Ptr, name: Ptr, nargs: i32, a: Ptr = 0, b: Ptr = 0): Ptr {
  const f = objGetAttr(o, name);
  if (f == 0) return 0;
  let r: Ptr;
  if (nargs == 0) r = objCall(f, 0, 0, 0);
  else {
    const buf = objArgBuf(nargs);
    if (buf == 0) { decref(f); return 0; }
    store<Ptr>(buf, a);
    if (nargs > 1) store<Ptr>(buf, b, 4);
    r = objCall(f, buf, nargs, 0);
    argBufPop(nargs);
  }
  decref(f);
  return r;
}

/** o.name(i) with an int argument. */
export function ioCallInt(o: Ptr, name: Ptr, i: i64): Ptr {
  const n = intFromI64(i);
  if (n == 0) return 0;
  const r = ioCall(o, name, 1, n);
  decref(n);
  return r;
}

/** o.name(...) whose result is dropped: 0 ok, -1 error. */
export function ioCallVoid(o: Ptr, name: Ptr, nargs: i32 = 0, a: Ptr = 0): i32 {
  const r = ioCall(o, name, nargs, a);
  if (r == 0) return -1;
  decref(r);
  return 0;
}

/** The result of close() after a flush that failed with flushErr (a fetched exception, owned;
 *  0 when the flush went well) and the closing itself (rc, -1 with an exception set): the flush's
 *  error wins, with the close's error as its __context__, as CPython's buffered and text close. */
export function ioCloseResult(flushErr: Ptr, rc: i32): i32 {
  if (flushErr == 0) return rc;
  if (rc < 0) { const e = excFetch(); excChainContext(e, flushErr); decref(e); }
  excRestore(flushErr);
  return -1;
}

/** bool(o.name()) (a method) or bool(o.name) (attr true): 1/0, -1 on error. */
export function ioCallBool(o: Ptr, name: Ptr, attr: bool = false): i32 {
  const r = attr ? objGetAttr(o, name) : ioCall(o, name, 0);
  if (r == 0) return -1;
  const t = objIsTrue(r);
  decref(r);
  return t;
}

// ---- arguments ----

@inline export function ioArg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

/** A size argument that may be None or missing (-1) (CPython's _Py_convert_optional_to_ssize_t:
 *  "argument should be integer or None, not 'str'"). Stores false at okAddr on error. */
export function ioSizeArg(o: Ptr, okAddr: usize): i64 {
  store<u8>(okAddr, 1);
  if (o == 0 || o == Py_None) return -1;
  if (!indexCheck(o)) {
    excFormat(excTypeError, "argument should be integer or None, not '%T'", o);
    store<u8>(okAddr, 0);
    return 0;
  }
  const v = indexAsI64(o, excOverflowError);
  if (v == -1 && excOccurred()) store<u8>(okAddr, 0);
  return v;
}

/** A Py_ssize_t argument without None ("'NoneType' object cannot be interpreted as an integer"). */
export function ioIndexArg(o: Ptr, dflt: i64, okAddr: usize): i64 {
  store<u8>(okAddr, 1);
  if (o == 0) return dflt;
  if (!indexCheck(o)) {
    excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", o);
    store<u8>(okAddr, 0);
    return 0;
  }
  const v = indexAsI64(o, excOverflowError);
  if (v == -1 && excOccurred()) store<u8>(okAddr, 0);
  return v;
}

/** Checks a call has at most `max` positional arguments and no keywords, with CPython's
 *  clinic message ("read expected at most 1 argument, got 2"). True when malformed. */
export function ioArgCount(name: string, nargs: i32, kwnames: Ptr, max: i32, min: i32 = 0): bool {
  if (kwnames != 0 && tupleSize(kwnames) > 0) {
    const n = strFromLiteral(name);
    excFormat(excTypeError, '%U() takes no keyword arguments', n);
    decref(n);
    return true;
  }
  if (nargs >= min && nargs <= max) return false;
  const n = strFromLiteral(name);
  if (max == 0) excFormat(excTypeError, '%U() takes no arguments (%d given)', n, <Ptr>nargs);
  else if (min == max && max == 1) excFormat(excTypeError, '%U() takes exactly one argument (%d given)', n, <Ptr>nargs);
  else if (nargs < min) excFormat(excTypeError, min == 1 ? '%U expected at least %d argument, got %d' : '%U expected at least %d arguments, got %d', n, <Ptr>min, <Ptr>nargs);
  else excFormat(excTypeError, max == 1 ? '%U expected at most %d argument, got %d' : '%U expected at most %d arguments, got %d', n, <Ptr>max, <Ptr>nargs);
  decref(n);
  return true;
}

/** The writable bytes of o for readinto (a bytearray, or a writable memoryview): 1 with the data
 *  in cells (release with bufferRelease), or 0 with TypeError set. */
export function ioWritableBuffer(o: Ptr, cells: usize): i32 {
  const t = load<Ptr>(o, OB_TYPE);
  if (isBytearray(o) || (t == memoryviewType && !mvReadonly(o))) {
    const r = bufferAcquire(o, cells);
    return r > 0 ? 1 : 0;
  }
  if (isBytes(o) || t == memoryviewType) {
    excFormat(excTypeError, 'readinto() argument must be read-write bytes-like object, not %T', o);
    return 0;
  }
  excFormat(excTypeError, 'readinto() argument must be read-write bytes-like object, not %T', o);
  return 0;
}

// ---- the generic behaviour of _IOBase ----

/** self.closed as a truth value: 1/0, -1 on error. */
export function ioIsClosed(self: Ptr): i32 { return ioCallBool(self, nClosed, true); }

/** ValueError("I/O operation on closed file.") when self.closed; -1 then (or on error), else 0. */
export function ioCheckClosed(self: Ptr): i32 {
  const c = ioIsClosed(self);
  if (c < 0) return -1;
  if (c > 0) { ioClosedError('I/O operation on closed file.'); return -1; }
  return 0;
}

/** _IOBase.closed: the '__IOBase_closed' flag of the instance's dict. */
function iobase_get_closed(self: Ptr): Ptr {
  const v = objGetAttr(self, nIOBaseClosed);
  if (v != 0) return v;
  if (!excMatches(excAttributeError)) return 0;
  excClear();
  return newref(Py_False);
}

function iobase_close(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('close', nargs, kwnames, 0)) return 0;
  const c = ioIsClosed(self);
  if (c < 0) return 0;
  if (c > 0) return newref(Py_None);
  const r = ioCall(self, nFlush, 0);
  // closed even when the flush failed (CPython's iobase_close)
  if (objSetAttr(self, nIOBaseClosed, Py_True) < 0) { if (r) decref(r); return 0; }
  if (r == 0) return 0;
  decref(r);
  return newref(Py_None);
}

function iobase_flush(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('flush', nargs, kwnames, 0)) return 0;
  if (ioCheckClosed(self) < 0) return 0;
  return newref(Py_None);
}

function iobase_false(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return newref(Py_False);
}

function iobase_isatty(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('isatty', nargs, kwnames, 0)) return 0;
  if (ioCheckClosed(self) < 0) return 0;
  return newref(Py_False);
}

function iobase_seek(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('seek'); }
function iobase_truncate(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('truncate'); }
function iobase_fileno(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('fileno'); }

/** tell() = seek(0, 1) */
function iobase_tell(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('tell', nargs, kwnames, 0)) return 0;
  const zero = intFromI64(0), one = intFromI64(1);
  const r = ioCall(self, nSeek, 2, zero, one);
  decref(zero); decref(one);
  return r;
}

function iobase_enter(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioCheckClosed(self) < 0) return 0;
  return newref(self);
}

function iobase_exit(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return ioCall(self, nClose, 0);
}

function iobase_iter(self: Ptr): Ptr {
  if (ioCheckClosed(self) < 0) return 0;
  return newref(self);
}

/** __next__: self.readline(), the end at an empty line (0 with no exception). */
function iobase_iternext(self: Ptr): Ptr {
  const line = ioCall(self, nReadline, 0);
  if (line == 0) return 0;
  const n = objLen(line);
  if (n < 0) { decref(line); return 0; }
  if (n == 0) { decref(line); return 0; }
  return line;
}

/** readline(size=-1) from read(1), one byte at a time (a subclass with peek() is not sped up). */
function iobase_readline(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readline', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const limit = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  const bb = bbNew(64);
  if (bb == 0) return 0;
  let got: i64 = 0;
  while (limit < 0 || got < limit) {
    const b = ioCallInt(self, nRead, 1);
    if (b == 0) { bbFree(bb); return 0; }
    if (b == Py_None) { decref(b); break; }
    const cells = memory.data(BUF_CELLS);
    const r = bufferAcquire(b, cells);
    if (r <= 0) {
      if (r == 0) excFormat(excOSError, 'read() should have returned a bytes object, not \'%T\'', b);
      decref(b); bbFree(bb); return 0;
    }
    const n = load<i32>(cells, BUF_LEN);
    const p = load<usize>(cells, BUF_PTR);
    const nl = n > 0 && load<u8>(p + <usize>(n - 1)) == 10;
    bbAppend(bb, p, n);
    bufferRelease(cells);
    decref(b);
    if (n == 0) break;
    got += n;
    if (nl) break;
  }
  return bbFinish(bb, false);
}

/** readlines(hint=-1): lines until their total length reaches hint (all when hint <= 0). */
export function iobase_readlines(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readlines', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const hint = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  const l = listNew(0);
  if (l == 0) return 0;
  const it = objGetIter(self);
  if (it == 0) { decref(l); return 0; }
  let total: i64 = 0;
  while (true) {
    const line = objIterNext(it);
    if (line == 0) {
      if (excOccurred()) { decref(it); decref(l); return 0; }
      break;
    }
    const n = objLen(line);
    const r = n < 0 ? -1 : listAppend(l, line);
    decref(line);
    if (r < 0) { decref(it); decref(l); return 0; }
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  decref(it);
  return l;
}

/** writelines(lines): self.write(line) for each (no newlines added). */
export function iobase_writelines(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('writelines', nargs, kwnames, 1, 1)) return 0;
  if (ioCheckClosed(self) < 0) return 0;
  const it = objGetIter(ioArg(args, 0));
  if (it == 0) return 0;
  while (true) {
    const line = objIterNext(it);
    if (line == 0) break;
    const r = ioCall(self, nWrite, 1, line);
    decref(line);
    if (r == 0) { decref(it); return 0; }
    decref(r);
  }
  decref(it);
  return excOccurred() ? 0 : newref(Py_None);
}

function iobase_check_closed(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioCheckClosed(self) < 0) return 0;
  return newref(Py_None);
}

/** The finalizer every stream shares: close() unless already closed; errors are dropped. */
export function iobase_finalize(self: Ptr): void {
  const c = ioIsClosed(self);
  if (c == 0) {
    const r = ioCall(self, nClose, 0);
    if (r) decref(r);
  }
  excClear();
}

function iobase_dealloc(o: Ptr): void {
  if (gcFinalizeFromDealloc(o)) return;
  objFree(o);
}

// ---- _RawIOBase ----

/** read(size=-1): readall() for a negative size, else readinto() a bytearray of that size. */
function rawiobase_read(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const size = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (size < 0) return ioCall(self, nReadall, 0);
  const ba = bytearrayOfSize(size);
  if (ba == 0) return 0;
  const r = ioCall(self, nReadinto, 1, ba);
  if (r == 0 || r == Py_None) { decref(ba); return r; }
  const okn = memory.data(4);
  const n = ioIndexArg(r, 0, okn);
  decref(r);
  if (!load<u8>(okn)) { decref(ba); return 0; }
  const out = bytesFromData(bytearrayData(ba), n < 0 ? 0 : n > size ? size : n);
  decref(ba);
  return out;
}

function bytearrayOfSize(n: i64): Ptr {
  const ba = bytearrayFromData(0, 0);
  if (ba == 0) return 0;
  if (bytearrayResize(ba, n) < 0) { decref(ba); return 0; }
  memory.fill(bytearrayData(ba), 0, <usize>n);
  return ba;
}

/** readall(): read(DEFAULT_BUFFER_SIZE) until an empty result. */
function rawiobase_readall(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readall', nargs, kwnames, 0)) return 0;
  const bb = bbNew(IO_BUFFER_SIZE);
  if (bb == 0) return 0;
  while (true) {
    const b = ioCallInt(self, nRead, IO_BUFFER_SIZE);
    if (b == 0) { bbFree(bb); return 0; }
    if (b == Py_None) { decref(b); break; }
    if (!isBytes(b)) { decref(b); bbFree(bb); return excSetString(excTypeError, 'read() should return bytes'); }
    const n = bytesSize(b);
    bbAppend(bb, bytesData(b), n);
    decref(b);
    if (n == 0) break;
  }
  return bbFinish(bb, false);
}

// ---- _BufferedIOBase and _TextIOBase ----

function unsupported_read(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('read'); }
function unsupported_read1(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('read1'); }
function unsupported_write(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('write'); }
function unsupported_detach(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('detach'); }
function unsupported_readline(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return ioUnsupported('readline'); }

/** _BufferedIOBase.readinto(b): self.read(len(b)) copied into b. */
function bufferediobase_readinto(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readinto', nargs, kwnames, 1, 1)) return 0;
  const cells = memory.data(BUF_CELLS);
  if (!ioWritableBuffer(ioArg(args, 0), cells)) return 0;
  const cap = load<i32>(cells, BUF_LEN);
  bufferRelease(cells);
  const b = ioCallInt(self, nRead, cap);
  if (b == 0) return 0;
  const src = memory.data(BUF_CELLS);
  const r = bufferAcquire(b, src);
  if (r <= 0) { decref(b); if (r == 0) excSetString(excTypeError, 'read() should return bytes'); return 0; }
  const n = load<i32>(src, BUF_LEN);
  if (ioWritableBuffer(ioArg(args, 0), cells)) {
    const m = n < load<i32>(cells, BUF_LEN) ? n : load<i32>(cells, BUF_LEN);
    memory.copy(load<usize>(cells, BUF_PTR), load<usize>(src, BUF_PTR), <usize>m);
    bufferRelease(cells);
  }
  bufferRelease(src);
  decref(b);
  return excOccurred() ? 0 : intFromI64(n);
}

function none_getter(self: Ptr): Ptr { return newref(Py_None); }

// The kinds of newline a text stream has seen (its .newlines), as bits.
@inline export const SEEN_CR: u32 = 1;
@inline export const SEEN_LF: u32 = 2;
@inline export const SEEN_CRLF: u32 = 4;

/** .newlines for the kinds seen: None, the one kind, or a tuple of them in the order '\r',
 *  '\n', '\r\n' (CPython's IncrementalNewlineDecoder). */
export function ioNewlinesObject(seen: u32): Ptr {
  if (seen == 0) return newref(Py_None);
  let n = 0;
  for (let k: u32 = 0; k < 3; k++) if (seen & (1 << k)) n++;
  if (n == 1) return strFromLiteral(seen == SEEN_CR ? '\r' : seen == SEEN_LF ? '\n' : '\r\n');
  const t = tupleNew(n);
  if (t == 0) return 0;
  let i = 0;
  if (seen & SEEN_CR) { store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), strFromLiteral('\r')); i++; }
  if (seen & SEEN_LF) { store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), strFromLiteral('\n')); i++; }
  if (seen & SEEN_CRLF) store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), strFromLiteral('\r\n'));
  return t;
}

// ---- set-up ----

function baseType(name: string, base: Ptr): Ptr {
  const t = typeNewBuiltin(name, base, 8, TPFLAGS_HAVE_GC, TK_OTHER);
  const m = strFromLiteral('_io');
  typeSetAttrLiteral(t, '__module__', m);
  decref(m);
  return t;
}

/** Gives a stream type its module '_io' (its repr is then <class '_io.Name'>). */
export function ioSetModule(t: Ptr): void {
  const m = strFromLiteral('_io');
  typeSetAttrLiteral(t, '__module__', m);
  decref(m);
}

/** Once at vmInit, before the concrete stream types. */
export function ioBaseTypesInit(): void {
  nRead = strInternLiteral('read');
  nRead1 = strInternLiteral('read1');
  nReadline = strInternLiteral('readline');
  nReadinto = strInternLiteral('readinto');
  nWrite = strInternLiteral('write');
  nFlush = strInternLiteral('flush');
  nClose = strInternLiteral('close');
  nClosed = strInternLiteral('closed');
  nSeek = strInternLiteral('seek');
  nTell = strInternLiteral('tell');
  nTruncate = strInternLiteral('truncate');
  nReadable = strInternLiteral('readable');
  nWritable = strInternLiteral('writable');
  nSeekable = strInternLiteral('seekable');
  nFileno = strInternLiteral('fileno');
  nIsatty = strInternLiteral('isatty');
  nName = strInternLiteral('name');
  nMode = strInternLiteral('mode');
  nRaw = strInternLiteral('raw');
  nIOBaseClosed = strInternLiteral('__IOBase_closed');
  nReadall = strInternLiteral('readall');

  const b = baseType('_IOBase', objectType);
  ioBaseType = b;
  typeSetSlot(b, SLOT_DEALLOC, iobase_dealloc.index);
  typeSetSlot(b, SLOT_ITER, iobase_iter.index);
  typeSetSlot(b, SLOT_ITERNEXT, iobase_iternext.index);
  typeSetSlot(b, SLOT_FINALIZE, iobase_finalize.index);
  typeAddMethod(b, 'seek', iobase_seek.index);
  typeAddMethod(b, 'tell', iobase_tell.index);
  typeAddMethod(b, 'truncate', iobase_truncate.index);
  typeAddMethod(b, 'flush', iobase_flush.index);
  typeAddMethod(b, 'close', iobase_close.index);
  typeAddMethod(b, 'seekable', iobase_false.index);
  typeAddMethod(b, 'readable', iobase_false.index);
  typeAddMethod(b, 'writable', iobase_false.index);
  typeAddMethod(b, '_checkClosed', iobase_check_closed.index);
  typeAddMethod(b, '__enter__', iobase_enter.index);
  typeAddMethod(b, '__exit__', iobase_exit.index);
  typeAddMethod(b, 'fileno', iobase_fileno.index);
  typeAddMethod(b, 'isatty', iobase_isatty.index);
  typeAddMethod(b, 'readline', iobase_readline.index);
  typeAddMethod(b, 'readlines', iobase_readlines.index);
  typeAddMethod(b, 'writelines', iobase_writelines.index);
  getsetAdd(b, 'closed', iobase_get_closed.index, 0, load<Ptr>(b, TP_DICT));

  rawIOBaseType = baseType('_RawIOBase', b);
  typeAddMethod(rawIOBaseType, 'read', rawiobase_read.index);
  typeAddMethod(rawIOBaseType, 'readall', rawiobase_readall.index);

  bufferedIOBaseType = baseType('_BufferedIOBase', b);
  typeAddMethod(bufferedIOBaseType, 'read', unsupported_read.index);
  typeAddMethod(bufferedIOBaseType, 'read1', unsupported_read1.index);
  typeAddMethod(bufferedIOBaseType, 'write', unsupported_write.index);
  typeAddMethod(bufferedIOBaseType, 'detach', unsupported_detach.index);
  typeAddMethod(bufferedIOBaseType, 'readinto', bufferediobase_readinto.index);

  textIOBaseType = baseType('_TextIOBase', b);
  typeAddMethod(textIOBaseType, 'read', unsupported_read.index);
  typeAddMethod(textIOBaseType, 'write', unsupported_write.index);
  typeAddMethod(textIOBaseType, 'readline', unsupported_readline.index);
  typeAddMethod(textIOBaseType, 'detach', unsupported_detach.index);
  const td = load<Ptr>(textIOBaseType, TP_DICT);
  getsetAdd(textIOBaseType, 'encoding', none_getter.index, 0, td);
  getsetAdd(textIOBaseType, 'newlines', none_getter.index, 0, td);
  getsetAdd(textIOBaseType, 'errors', none_getter.index, 0, td);

  unsupportedOperation = makeUnsupportedOperation();
}

/** class UnsupportedOperation(OSError, ValueError), __module__ 'io': a heap type, as CPython's
 *  _io module makes it. Made once; it lives as long as the VM. */
function makeUnsupportedOperation(): Ptr {
  const name = strFromLiteral('UnsupportedOperation');
  const bases = tupleNew(2);
  store<Ptr>(tupleItemsAddr(bases), newref(excOSError));
  store<Ptr>(tupleItemsAddr(bases) + 4, newref(excValueError));
  const ns = dictNew();
  const mod = strFromLiteral('io'), key = strInternLiteral('__module__');
  dictSetItem(ns, key, mod);
  decref(mod);
  decref(key);
  const buf = objArgBuf(3);
  store<Ptr>(buf, name);
  store<Ptr>(buf, bases, 4);
  store<Ptr>(buf, ns, 8);
  const t = objCall(typeType, buf, 3, 0);
  argBufPop(3);
  decref(name); decref(bases); decref(ns);
  if (t == 0) unreachable();
  return t;
}
