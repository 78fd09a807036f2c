// === _io.FileIO: the raw, unbuffered file over a host handle (CPython's fileio.c) ===
//
//   +0 refcnt | +4 type | +8 handle i32 (-1: closed or never opened) | +12 flags u32
//   +16 name Ptr (what open() was given: a str, bytes or int; 0 after `del f.name`)   (GC prefix)
//
// Every read, write and seek is one call to the host's file system (vm/hostfs.ts); the host keeps
// the position. Handles 0, 1 and 2 are the program's standard streams (FIO_STDIO): open(1, 'w')
// writes through the same buffer as print(), so the two interleave in program order.
//
// Invariant: handle >= 0 exactly while the file is open; close() and dealloc release a handle
// with FIO_CLOSEFD at most once (handle is set to -1 before the host call).

import { Ptr } from '../common';
import { objAlloc, objFree, decref, xdecref, newref, incref, setref, OB_TYPE } from '../object/header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_NEW, SLOT_INIT, SLOT_FINALIZE, TP_DICT,
  typeSetSlot,
} from '../object/typelayout';
import { typeNewBuiltin, typeAddMethod, TK_OTHER } from '../object/type';
import { gcFinalizeFromDealloc } from '../gc/finalize';
import { strFromLiteral, isStr, strLen, strCharAt } from '../object/str';
import { sbNew, sbAppendLiteral, sbAppendStr, sbAppendI64, sbFinish, sbFree } from '../object/strbuild';
import { Py_None } from '../object/none';
import { Py_False, boolFrom, boolType } from '../object/bool';
import { intFromI64, isInt } from '../object/int';
import { bytesAlloc, bytesData, bytesFromData } from '../object/bytes';
import { bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_CELLS } from '../object/buffer';
import { bbNew, bbReserve, bbCommit, bbFinish, bbFree } from '../object/bytesbuild';
import { objRepr, objIsTrue } from '../object/abstract';
import { getsetAdd } from '../object/descrobject';
import { argsParseNames } from '../object/methodargs';
import {
  excFormat, excSetString, excTypeError, excValueError, excNoMemory, excOverflowError, excClear, excFetch,
  excRestore, excAttributeError,
} from '../vm/exc';
import { E_INVAL, E_BADF, oserrorRaise } from '../vm/oserror';
import {
  fsOpen, fsRead, fsWrite, fsSeek, fsTruncate, fsClose, fsStat, STAT_SIZE, STAT_BYTES,
  FS_READ, FS_WRITE, FS_CREATE, FS_TRUNCATE, FS_EXCLUSIVE, FS_APPEND,
} from '../vm/hostfs';
import { ioWriteBytes, ioReadline, ioFlush } from '../vm/io';
import {
  rawIOBaseType, ioUnsupported, ioClosedError, ioArg, ioArgCount, ioSizeArg, ioIndexArg,
  ioWritableBuffer, ioSetModule, iobase_finalize, IO_BUFFER_SIZE,
} from './iobase';
import { ioFsPath } from './iopath';

export let fileioType: Ptr = 0;

@inline const FIO_HANDLE: usize = 8;
@inline const FIO_FLAGS: usize = 12;
@inline const FIO_NAME: usize = 16;
@inline const FIO_SIZE: u32 = 20;

@inline export const FIO_READABLE: u32 = 1;
@inline export const FIO_WRITABLE: u32 = 2;
@inline export const FIO_APPENDING: u32 = 4;
@inline export const FIO_CREATED: u32 = 8;
@inline export const FIO_CLOSEFD: u32 = 16;
/** The handle is one of the program's standard streams (0 stdin, 1 stdout, 2 stderr). */
@inline const FIO_STDIO: u32 = 32;

@inline export function fileioHandle(f: Ptr): i32 { return load<i32>(f, FIO_HANDLE); }
@inline export function fileioFlags(f: Ptr): u32 { return load<u32>(f, FIO_FLAGS); }
@inline export function fileioName(f: Ptr): Ptr { return load<Ptr>(f, FIO_NAME); }
@inline export function fileioClosed(f: Ptr): bool { return load<i32>(f, FIO_HANDLE) < 0; }

// ---- the operations the buffered layer calls directly (no method lookup) ----

/** Reads up to n bytes into p: the count (0 at the end), -1 with an exception set. */
export function fileioReadInto(f: Ptr, p: usize, n: i32): i32 {
  const h = load<i32>(f, FIO_HANDLE);
  if (load<u32>(f, FIO_FLAGS) & FIO_STDIO) {
    if (h != 0) { oserrorRaise(E_BADF, 0); return -1; }
    const r = ioReadline(p, n);
    return r < 0 ? 0 : r;
  }
  return fsRead(h, p, n);
}

/** Writes n bytes from p: the count, -1 with an exception set. */
export function fileioWriteFrom(f: Ptr, p: usize, n: i32): i32 {
  const h = load<i32>(f, FIO_HANDLE);
  if (load<u32>(f, FIO_FLAGS) & FIO_STDIO) {
    if (h == 0) { oserrorRaise(E_BADF, 0); return -1; }
    ioWriteBytes(h, p, <usize>n);
    if (h == 1) ioFlush(1);
    return n;
  }
  return fsWrite(h, p, n);
}

/** lseek: the new position, -1 with an exception set. */
export function fileioSeek(f: Ptr, pos: i64, whence: i32): i64 {
  if (load<u32>(f, FIO_FLAGS) & FIO_STDIO) { oserrorRaise(29, 0); return -1; } // ESPIPE
  if (whence < 0 || whence > 2) { oserrorRaise(E_INVAL, 0); return -1; }
  return fsSeek(load<i32>(f, FIO_HANDLE), pos, whence);
}

export function fileioTruncate(f: Ptr, size: i64): i32 {
  if (load<u32>(f, FIO_FLAGS) & FIO_STDIO) { oserrorRaise(E_INVAL, 0); return -1; }
  return fsTruncate(load<i32>(f, FIO_HANDLE), size);
}

/** Releases the handle (once): 0, or -1 with an exception set. */
export function fileioCloseHandle(f: Ptr): i32 {
  const h = load<i32>(f, FIO_HANDLE);
  if (h < 0) return 0;
  store<i32>(f, -1, FIO_HANDLE);
  const flags = load<u32>(f, FIO_FLAGS);
  if ((flags & FIO_CLOSEFD) == 0 || (flags & FIO_STDIO) != 0) return 0;
  return fsClose(h);
}

/** The file's size (fstat), or -1 with an exception set. */
export function fileioSize(f: Ptr): i64 {
  if (load<u32>(f, FIO_FLAGS) & FIO_STDIO) return 0;
  const st = memory.data(STAT_BYTES);
  if (fsStat(0, load<i32>(f, FIO_HANDLE), st) < 0) return -1;
  return <i64>load<f64>(st, STAT_SIZE);
}

/** Reads to the end: a new bytes, or 0 with an exception set. */
export function fileioReadAll(f: Ptr): Ptr {
  let hint: i64 = 0;
  if ((load<u32>(f, FIO_FLAGS) & FIO_STDIO) == 0) {
    const size = fileioSize(f);
    if (size < 0) return 0;
    const pos = fileioSeek(f, 0, 1);
    if (pos < 0) return 0;
    hint = size > pos ? size - pos : 0;
  }
  const bb = bbNew(hint + 1);
  if (bb == 0) return 0;
  while (true) {
    const room: i32 = IO_BUFFER_SIZE > <i32>(hint + 1) ? IO_BUFFER_SIZE : <i32>(hint + 1);
    const p = bbReserve(bb, room);
    if (p == 0) { bbFree(bb); return excNoMemory(); }
    const n = fileioReadInto(f, p, room);
    if (n < 0) { bbFree(bb); return 0; }
    if (n == 0) break;
    bbCommit(bb, n);
    hint = 0;
  }
  return bbFinish(bb, false);
}

// ---- checks ----

function checkOpen(f: Ptr): bool {
  if (load<i32>(f, FIO_HANDLE) >= 0) return true;
  ioClosedError('I/O operation on closed file');
  return false;
}

function checkReadable(f: Ptr): bool {
  if (!checkOpen(f)) return false;
  if (load<u32>(f, FIO_FLAGS) & FIO_READABLE) return true;
  ioUnsupported('File not open for reading');
  return false;
}

function checkWritable(f: Ptr): bool {
  if (!checkOpen(f)) return false;
  if (load<u32>(f, FIO_FLAGS) & FIO_WRITABLE) return true;
  ioUnsupported('File not open for writing');
  return false;
}

// ---- mode strings ----

/** Parses a FileIO mode ("r", "wb+", "xb"...) into FIO_* flags and the host's FS_* flags
 *  (stored at out + 4); -1 with ValueError set. `m` is a str. */
export function fileioParseMode(m: Ptr, out: usize): i32 {
  let rwa = false, plus = false;
  let flags: u32 = 0, fs: i32 = 0;
  const n = strLen(m);
  for (let i = 0; i < n; i++) {
    const c = strCharAt(m, i);
    if (c == 0x78 /* x */ || c == 0x72 /* r */ || c == 0x77 /* w */ || c == 0x61 /* a */) {
      if (rwa) { excSetString(excValueError, 'Must have exactly one of create/read/write/append mode and at most one plus'); return -1; }
      rwa = true;
      if (c == 0x78) { flags |= FIO_CREATED | FIO_WRITABLE; fs |= FS_EXCLUSIVE | FS_CREATE; }
      else if (c == 0x72) flags |= FIO_READABLE;
      else if (c == 0x77) { flags |= FIO_WRITABLE; fs |= FS_CREATE | FS_TRUNCATE; }
      else { flags |= FIO_WRITABLE | FIO_APPENDING; fs |= FS_APPEND | FS_CREATE; }
    } else if (c == 0x62 /* b */) {
      // binary: the only kind of raw file
    } else if (c == 0x2B /* + */) {
      if (plus) { excSetString(excValueError, 'Must have exactly one of create/read/write/append mode and at most one plus'); return -1; }
      flags |= FIO_READABLE | FIO_WRITABLE;
      plus = true;
    } else {
      excFormat(excValueError, 'invalid mode: %U', m);
      return -1;
    }
  }
  if (!rwa) { excSetString(excValueError, 'Must have exactly one of create/read/write/append mode and at most one plus'); return -1; }
  if (flags & FIO_READABLE) fs |= FS_READ;
  if (flags & FIO_WRITABLE) fs |= FS_WRITE;
  store<u32>(out, flags);
  store<i32>(out, fs, 4);
  return 0;
}

/** FileIO.mode: 'xb', 'ab', 'rb+', 'rb' or 'wb' (with '+' when both ways), as CPython's
 *  mode_string. */
function modeLiteral(flags: u32): string {
  const both = (flags & FIO_READABLE) != 0 && (flags & FIO_WRITABLE) != 0;
  if (flags & FIO_CREATED) return both ? 'xb+' : 'xb';
  if (flags & FIO_APPENDING) return both ? 'ab+' : 'ab';
  if (flags & FIO_READABLE) return both ? 'rb+' : 'rb';
  return 'wb';
}

// ---- construction ----

/** A new FileIO not open yet (open() fills it with fileioOpen). */
export function fileioNewClosed(): Ptr {
  const f = objAlloc(fileioType, FIO_SIZE);
  if (f != 0) store<i32>(f, -1, FIO_HANDLE);
  return f;
}

function fileio_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const f = objAlloc(type, FIO_SIZE);
  if (f == 0) return 0;
  store<i32>(f, -1, FIO_HANDLE);
  return f;
}

/**
 * Opens f (a fresh or reused FileIO) on file (a path: str, bytes or os.PathLike; or a handle)
 * with mode (a str). 0, or -1 with the exception set: the path's OSError, or ValueError/TypeError
 * for bad arguments. `opener` must be 0/None (pyrite has no os.open).
 */
export function fileioOpen(f: Ptr, file: Ptr, mode: Ptr, closefd: bool, opener: Ptr): i32 {
  if (load<i32>(f, FIO_HANDLE) >= 0) {
    if (fileioCloseHandle(f) < 0) return -1;
  }
  const mf = memory.data(8);
  let fd: i32 = -1;
  let path: Ptr = 0;
  if (isInt(file) || (load<Ptr>(file, OB_TYPE) == boolType)) {
    const ok = memory.data(4);
    const v = ioIndexArg(file, 0, ok);
    if (!load<u8>(ok)) return -1;
    if (v < 0) { excSetString(excValueError, 'negative file descriptor'); return -1; }
    if (v > 0x7FFFFFFF) { excSetString(excOverflowError, 'Python int too large to convert to C int'); return -1; }
    fd = <i32>v;
  } else {
    path = ioFsPath(file);
    if (path == 0) return -1;
  }
  if (fileioParseMode(mode, mf) < 0) { xdecref(path); return -1; }
  let flags = load<u32>(mf);
  if (fd >= 0) {
    if (closefd) flags |= FIO_CLOSEFD;
    if (fd <= 2) flags |= FIO_STDIO;
  } else {
    if (!closefd) { decref(path); excSetString(excValueError, 'Cannot use closefd=False with file name'); return -1; }
    if (opener != 0 && opener != Py_None) {
      decref(path);
      excSetString(excValueError, 'opener is not supported by pyrite');
      return -1;
    }
    flags |= FIO_CLOSEFD;
    fd = fsOpen(path, load<i32>(mf, 4), path);
    if (fd < 0) { decref(path); return -1; }
  }
  store<i32>(f, fd, FIO_HANDLE);
  store<u32>(f, flags, FIO_FLAGS);
  // name is what the caller gave (os.fspath of it), an int for a descriptor
  setref(f + FIO_NAME, path != 0 ? path : newref(file));
  return 0;
}

/** FileIO(file, mode='r', closefd=True, opener=None) */
function fileio_init(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 {
  const out = memory.data(16);
  if (!argsParseNames(args, nargs, kwnames, out, 'FileIO', 0, 1, 4, 'file,mode,closefd,opener')) return -1;
  let mode = load<Ptr>(out, 4);
  let freeMode = false;
  if (mode == 0) { mode = strFromLiteral('r'); freeMode = true; }
  else if (!isStr(mode)) {
    excFormat(excTypeError, "FileIO() argument 'mode' must be str, not %T", mode);
    return -1;
  }
  let closefd = true;
  if (load<Ptr>(out, 8) != 0) {
    const t = objIsTrue(load<Ptr>(out, 8));
    if (t < 0) { if (freeMode) decref(mode); return -1; }
    closefd = t != 0;
  }
  const r = fileioOpen(f, load<Ptr>(out), mode, closefd, load<Ptr>(out, 12));
  if (freeMode) decref(mode);
  return r;
}

function fileio_dealloc(f: Ptr): void {
  if (gcFinalizeFromDealloc(f)) return;
  if (load<i32>(f, FIO_HANDLE) >= 0) {
    // an error closing is dropped; an exception already in flight is kept
    const saved = excFetch();
    fileioCloseHandle(f);
    excClear();
    if (saved) excRestore(saved);
  }
  xdecref(load<Ptr>(f, FIO_NAME));
  objFree(f);
}

function fileio_traverse(f: Ptr, visit: u32, arg: Ptr): i32 {
  const v = load<Ptr>(f, FIO_NAME);
  return v != 0 ? call_indirect<i32>(visit, v, arg) : 0;
}

function fileio_clear(f: Ptr): void { setref(f + FIO_NAME, 0); }

/** Closing a FileIO runs no Python code: its finalizer just releases the handle. */
function fileio_finalize(f: Ptr): void {
  if (load<Ptr>(f, OB_TYPE) != fileioType) { iobase_finalize(f); return; }
  fileioCloseHandle(f);
  excClear();
}

// ---- methods ----

function fileio_read(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const size = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkReadable(f)) return 0;
  if (size < 0) return fileioReadAll(f);
  const b = bytesAlloc(size);
  if (b == 0) return 0;
  const n = fileioReadInto(f, bytesData(b), <i32>size);
  if (n < 0) { decref(b); return 0; }
  if (n == <i32>size) return b;
  const r = bytesFromData(bytesData(b), n);
  decref(b);
  return r;
}

function fileio_readall(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readall', nargs, kwnames, 0)) return 0;
  if (!checkOpen(f)) return 0;
  return fileioReadAll(f);
}

function fileio_readinto(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readinto', nargs, kwnames, 1, 1)) return 0;
  const cells = memory.data(BUF_CELLS);
  if (!ioWritableBuffer(ioArg(args, 0), cells)) return 0;
  if (!checkReadable(f)) { bufferRelease(cells); return 0; }
  const n = fileioReadInto(f, load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  return n < 0 ? 0 : intFromI64(n);
}

function fileio_write(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('write', nargs, kwnames, 1, 1)) return 0;
  const b = ioArg(args, 0);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(b, cells);
  if (r < 0) return 0;
  if (r == 0) return excFormat(excTypeError, "a bytes-like object is required, not '%T'", b);
  if (!checkWritable(f)) { bufferRelease(cells); return 0; }
  const n = fileioWriteFrom(f, load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  return n < 0 ? 0 : intFromI64(n);
}

function fileio_seek(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('seek', nargs, kwnames, 2, 1)) return 0;
  const ok = memory.data(4);
  const pos = ioIndexArg(ioArg(args, 0), 0, ok);
  if (!load<u8>(ok)) return 0;
  const whence = nargs > 1 ? ioIndexArg(ioArg(args, 1), 0, ok) : 0;
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(f)) return 0;
  const r = fileioSeek(f, pos, <i32>whence);
  return r < 0 ? 0 : intFromI64(r);
}

function fileio_tell(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('tell', nargs, kwnames, 0)) return 0;
  if (!checkOpen(f)) return 0;
  const r = fileioSeek(f, 0, 1);
  return r < 0 ? 0 : intFromI64(r);
}

function fileio_truncate(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('truncate', nargs, kwnames, 1)) return 0;
  if (!checkOpen(f)) return 0;
  if (!checkWritable(f)) return 0;
  let size: i64;
  const a = nargs > 0 ? ioArg(args, 0) : 0;
  if (a == 0 || a == Py_None) {
    size = fileioSeek(f, 0, 1);
    if (size < 0) return 0;
  } else {
    const ok = memory.data(4);
    size = ioIndexArg(a, 0, ok);
    if (!load<u8>(ok)) return 0;
    if (size < 0) { oserrorRaise(E_INVAL, 0); return 0; }
  }
  if (fileioTruncate(f, size) < 0) return 0;
  return intFromI64(size);
}

function fileio_close(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('close', nargs, kwnames, 0)) return 0;
  if (fileioCloseHandle(f) < 0) return 0;
  return newref(Py_None);
}

function fileio_fileno(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('fileno', nargs, kwnames, 0)) return 0;
  if (!checkOpen(f)) return 0;
  return intFromI64(load<i32>(f, FIO_HANDLE));
}

function fileio_isatty(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('isatty', nargs, kwnames, 0)) return 0;
  if (!checkOpen(f)) return 0;
  return newref(Py_False);
}

function fileio_readable(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readable', nargs, kwnames, 0)) return 0;
  if (!checkOpen(f)) return 0;
  return boolFrom((load<u32>(f, FIO_FLAGS) & FIO_READABLE) != 0);
}

function fileio_writable(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('writable', nargs, kwnames, 0)) return 0;
  if (!checkOpen(f)) return 0;
  return boolFrom((load<u32>(f, FIO_FLAGS) & FIO_WRITABLE) != 0);
}

function fileio_seekable(f: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('seekable', nargs, kwnames, 0)) return 0;
  if (!checkOpen(f)) return 0;
  return boolFrom((load<u32>(f, FIO_FLAGS) & FIO_STDIO) == 0);
}

function fileio_get_closed(f: Ptr): Ptr { return boolFrom(load<i32>(f, FIO_HANDLE) < 0); }
function fileio_get_closefd(f: Ptr): Ptr { return boolFrom((load<u32>(f, FIO_FLAGS) & FIO_CLOSEFD) != 0); }
function fileio_get_mode(f: Ptr): Ptr { return strFromLiteral(modeLiteral(load<u32>(f, FIO_FLAGS))); }
function fileio_get_name(f: Ptr): Ptr {
  const v = load<Ptr>(f, FIO_NAME);
  if (v == 0) return excFormat(excAttributeError, "'_io.FileIO' object has no attribute 'name'");
  return newref(v);
}
function fileio_set_name(f: Ptr, v: Ptr): i32 {
  if (v) incref(v);
  setref(f + FIO_NAME, v);
  return 0;
}

/** <_io.FileIO name='f.txt' mode='rb' closefd=True>, fd=N without a name, [closed]. */
function fileio_repr(f: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  // '_io.FileIO' for subclasses too, as CPython's fileio_repr
  sbAppendLiteral(sb, '<_io.FileIO');
  if (load<i32>(f, FIO_HANDLE) < 0) { sbAppendLiteral(sb, ' [closed]>'); return sbFinish(sb); }
  const name = load<Ptr>(f, FIO_NAME);
  if (name != 0) {
    const r = objRepr(name);
    if (r == 0) { sbFree(sb); return 0; }
    sbAppendLiteral(sb, ' name=');
    sbAppendStr(sb, r);
    decref(r);
  } else {
    sbAppendLiteral(sb, ' fd=');
    sbAppendI64(sb, load<i32>(f, FIO_HANDLE));
  }
  sbAppendLiteral(sb, " mode='");
  sbAppendLiteral(sb, modeLiteral(load<u32>(f, FIO_FLAGS)));
  sbAppendLiteral(sb, (load<u32>(f, FIO_FLAGS) & FIO_CLOSEFD) != 0 ? "' closefd=True>" : "' closefd=False>");
  return sbFinish(sb);
}

export function fileioTypeInit(): void {
  const t = typeNewBuiltin('FileIO', rawIOBaseType, FIO_SIZE, 0, TK_OTHER);
  fileioType = t;
  ioSetModule(t);
  typeSetSlot(t, SLOT_NEW, fileio_new.index);
  typeSetSlot(t, SLOT_INIT, fileio_init.index);
  typeSetSlot(t, SLOT_DEALLOC, fileio_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, fileio_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, fileio_clear.index);
  typeSetSlot(t, SLOT_REPR, fileio_repr.index);
  typeSetSlot(t, SLOT_FINALIZE, fileio_finalize.index);
  typeAddMethod(t, 'read', fileio_read.index);
  typeAddMethod(t, 'readall', fileio_readall.index);
  typeAddMethod(t, 'readinto', fileio_readinto.index);
  typeAddMethod(t, 'write', fileio_write.index);
  typeAddMethod(t, 'seek', fileio_seek.index);
  typeAddMethod(t, 'tell', fileio_tell.index);
  typeAddMethod(t, 'truncate', fileio_truncate.index);
  typeAddMethod(t, 'close', fileio_close.index);
  typeAddMethod(t, 'fileno', fileio_fileno.index);
  typeAddMethod(t, 'isatty', fileio_isatty.index);
  typeAddMethod(t, 'readable', fileio_readable.index);
  typeAddMethod(t, 'writable', fileio_writable.index);
  typeAddMethod(t, 'seekable', fileio_seekable.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, 'closed', fileio_get_closed.index, 0, d);
  getsetAdd(t, 'closefd', fileio_get_closefd.index, 0, d);
  getsetAdd(t, 'mode', fileio_get_mode.index, 0, d);
  getsetAdd(t, 'name', fileio_get_name.index, fileio_set_name.index, d);
}
