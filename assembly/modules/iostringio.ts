// === _io.StringIO: an in-memory text stream (CPython's stringio.c) ===
//
//   +0 refcnt | +4 type | +8 buf (heap block of u32 code points) | +12 len i32 | +16 cap i32
//   +20 pos i32 | +24 flags u32 | +28 seen u32                                  (GC prefix)
//
// The text is kept as UCS-4 so that writing at any position is a plain store; positions and
// tell() count characters. Newlines follow CPython's StringIO, which differs from a file's:
// the default newline is '\n' (no translation at all); newline=None translates '\r\n' and '\r'
// to '\n' when the text is *written*; '\r' and '\r\n' replace '\n' on writing; newline=None and
// '' make readline() stop at any of '\n', '\r', '\r\n'.
//
// Invariants: 0 <= len <= cap; pos >= 0 and may pass len (a write there pads with '\0').

import { Ptr } from '../common';
import { objAlloc, objFree, decref, newref } from '../object/header';
import { heapRealloc, heapFree } from '../heap/heap';
import { SLOT_DEALLOC, SLOT_NEW, SLOT_INIT, SLOT_ITER, SLOT_ITERNEXT, SLOT_FINALIZE, TP_DICT, typeSetSlot } from '../object/typelayout';
import { typeNewBuiltin, typeAddMethod, TK_OTHER } from '../object/type';
import { strLen, strKind, strData, kindRead, isStr, strFromKindData, strEqLiteral, strFromLiteral } from '../object/str';
import { Py_None } from '../object/none';
import { Py_True, Py_False, boolFrom } from '../object/bool';
import { intFromI64 } from '../object/int';
import { getsetAdd } from '../object/descrobject';
import { argsParseNames } from '../object/methodargs';
import { excFormat, excSetString, excNoMemory, excTypeError, excValueError, excOSError } from '../vm/exc';
import {
  textIOBaseType, ioClosedError, ioArg, ioArgCount, ioSizeArg, ioIndexArg, ioSetModule,
  iobase_readlines, ioNewlinesObject, SEEN_CR, SEEN_LF, SEEN_CRLF,
} from './iobase';

export let stringIOType: Ptr = 0;

@inline const SI_BUF: usize = 8;
@inline const SI_LEN: usize = 12;
@inline const SI_CAP: usize = 16;
@inline const SI_POS: usize = 20;
@inline const SI_FLAGS: usize = 24;
@inline const SI_SEEN: usize = 28;
@inline const SI_SIZE: u32 = 32;

@inline const SF_READY: u32 = 1;
@inline const SF_CLOSED: u32 = 2;
/** newline=None: '\r\n' and '\r' are written as '\n'. */
@inline const SF_TRANSLATE: u32 = 4;
/** newline=None or '': readline() stops at any newline; .newlines tracks what was written. */
@inline const SF_UNIVERSAL: u32 = 8;
/** newline='\r' (bit 4) or '\r\n' (bit 5): '\n' is written as that; lines end with it. */
@inline const SF_CR: u32 = 16;
@inline const SF_CRLF: u32 = 32;


@inline function flagsOf(s: Ptr): u32 { return load<u32>(s, SI_FLAGS); }
@inline function charAt(s: Ptr, i: i32): u32 { return load<u32>(load<usize>(s, SI_BUF) + (<usize>i << 2)); }

function checkOpen(s: Ptr): bool {
  const f = flagsOf(s);
  if ((f & SF_READY) == 0) { excSetString(excValueError, 'I/O operation on uninitialized object'); return false; }
  if (f & SF_CLOSED) { ioClosedError('I/O operation on closed file'); return false; }
  return true;
}

/** Room for n chars: 0, or -1 with MemoryError set. */
function reserve(s: Ptr, n: i64): i32 {
  const cap = load<i32>(s, SI_CAP);
  if (n <= <i64>cap) return 0;
  if (n > 0x10000000) { excNoMemory(); return -1; }
  let c: i64 = cap < 16 ? 16 : <i64>cap;
  while (c < n) c += c >> 1;
  const nb = heapRealloc(load<usize>(s, SI_BUF), <usize>(c << 2));
  if (nb == 0) { excNoMemory(); return -1; }
  store<usize>(s, nb, SI_BUF);
  store<i32>(s, <i32>c, SI_CAP);
  return 0;
}

/** Stores code point c at index i (within cap). */
@inline function put(s: Ptr, i: i32, c: u32): void { store<u32>(load<usize>(s, SI_BUF) + (<usize>i << 2), c); }

/** The chars [start, end) as a new str. */
function slice(s: Ptr, start: i32, end: i32): Ptr {
  return strFromKindData(load<usize>(s, SI_BUF) + (<usize>start << 2), 4, end - start);
}

/** Writes str text at pos with the newline rules; the count of chars it stood for. -1 on error. */
function writeStr(s: Ptr, text: Ptr): i32 {
  const n = strLen(text);
  if (n == 0) return 0;
  const f = flagsOf(s);
  const kind = strKind(text), d = strData(text);
  // the most chars the text can become ('\n' -> '\r\n' doubles)
  const most: i64 = (f & SF_CRLF) != 0 ? <i64>n * 2 : <i64>n;
  let pos = load<i32>(s, SI_POS);
  const len = load<i32>(s, SI_LEN);
  if (reserve(s, <i64>pos + most) < 0) return -1;
  for (let k = len; k < pos; k++) put(s, k, 0); // a write past the end pads with NULs
  let w = pos;
  let seen = load<u32>(s, SI_SEEN);
  for (let i = 0; i < n; i++) {
    const c = kindRead(d, kind, <usize>i);
    if (c == 13 && (f & SF_UNIVERSAL) != 0) {
      const crlf = i + 1 < n && kindRead(d, kind, <usize>(i + 1)) == 10;
      seen |= crlf ? SEEN_CRLF : SEEN_CR;
      if (f & SF_TRANSLATE) { put(s, w++, 10); if (crlf) i++; continue; }
      put(s, w++, 13);
      continue;
    }
    if (c == 10) {
      if ((f & SF_UNIVERSAL) != 0) seen |= SEEN_LF;
      if (f & SF_CR) { put(s, w++, 13); continue; }
      if (f & SF_CRLF) { put(s, w++, 13); put(s, w++, 10); continue; }
    }
    put(s, w++, c);
  }
  store<u32>(s, seen, SI_SEEN);
  store<i32>(s, w, SI_POS);
  if (w > len) store<i32>(s, w, SI_LEN);
  return n;
}

/** The end of the line starting at pos (after its newline), within [pos, limit). */
function lineEnd(s: Ptr, pos: i32, limit: i32): i32 {
  const f = flagsOf(s);
  let i = pos;
  while (i < limit) {
    const c = charAt(s, i);
    i++;
    if (f & SF_UNIVERSAL) {
      if (c == 10) return i;
      if (c == 13) {
        if (i < limit && charAt(s, i) == 10) i++;
        return i;
      }
    } else if (f & SF_CR) {
      if (c == 13) return i;
    } else if (f & SF_CRLF) {
      if (c == 13 && i < limit && charAt(s, i) == 10) return i + 1;
    } else if (c == 10) return i;
  }
  return limit;
}

function readLine(s: Ptr, size: i64): Ptr {
  const pos = load<i32>(s, SI_POS), len = load<i32>(s, SI_LEN);
  if (pos >= len) return strFromLiteral('');
  let limit = len;
  if (size >= 0 && <i64>pos + size < <i64>len) limit = pos + <i32>size;
  const end = lineEnd(s, pos, limit);
  store<i32>(s, end, SI_POS);
  return slice(s, pos, end);
}

// ---- methods ----

function stringio_write(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('write', nargs, kwnames, 1, 1)) return 0;
  const text = ioArg(args, 0);
  if (!isStr(text)) return excFormat(excTypeError, "string argument expected, got '%T'", text);
  if (!checkOpen(s)) return 0;
  const n = writeStr(s, text);
  return n < 0 ? 0 : intFromI64(n);
}

function stringio_read(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('read', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const size = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(s)) return 0;
  const pos = load<i32>(s, SI_POS), len = load<i32>(s, SI_LEN);
  if (pos >= len) return strFromLiteral('');
  let end = len;
  if (size >= 0 && <i64>pos + size < <i64>len) end = pos + <i32>size;
  store<i32>(s, end, SI_POS);
  return slice(s, pos, end);
}

function stringio_readline(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readline', nargs, kwnames, 1)) return 0;
  const ok = memory.data(4);
  const size = ioSizeArg(nargs > 0 ? ioArg(args, 0) : 0, ok);
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(s)) return 0;
  return readLine(s, size);
}

function stringio_iternext(s: Ptr): Ptr {
  if (!checkOpen(s)) return 0;
  const line = readLine(s, -1);
  if (line == 0) return 0;
  if (strLen(line) == 0) { decref(line); return 0; }
  return line;
}

function stringio_iter(s: Ptr): Ptr {
  const f = flagsOf(s);
  if ((f & SF_READY) == 0) return excSetString(excValueError, 'I/O operation on uninitialized object');
  if (f & SF_CLOSED) return ioClosedError('I/O operation on closed file.');
  return newref(s);
}

function stringio_readlines(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (!checkOpen(s)) return 0;
  return iobase_readlines(s, args, nargs, kwnames);
}

function stringio_getvalue(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('getvalue', nargs, kwnames, 0)) return 0;
  if (!checkOpen(s)) return 0;
  return slice(s, 0, load<i32>(s, SI_LEN));
}

function stringio_tell(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('tell', nargs, kwnames, 0)) return 0;
  if (!checkOpen(s)) return 0;
  return intFromI64(load<i32>(s, SI_POS));
}

function stringio_seek(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('seek', nargs, kwnames, 2, 1)) return 0;
  const ok = memory.data(4);
  const pos = ioIndexArg(ioArg(args, 0), 0, ok);
  if (!load<u8>(ok)) return 0;
  const whence = nargs > 1 ? ioIndexArg(ioArg(args, 1), 0, ok) : 0;
  if (!load<u8>(ok)) return 0;
  if (!checkOpen(s)) return 0;
  if (whence < 0 || whence > 2) return excFormat(excValueError, 'Invalid whence (%d, should be 0, 1 or 2)', <Ptr><i32>whence);
  if (pos < 0 && whence == 0) return excFormat(excValueError, 'Negative seek position %D', ioArg(args, 0));
  // CPython's StringIO words both relative cases the same way
  if (whence != 0 && pos != 0) return excSetString(excOSError, "Can't do nonzero cur-relative seeks");
  let p = pos;
  if (whence == 1) p = <i64>load<i32>(s, SI_POS);
  else if (whence == 2) p = <i64>load<i32>(s, SI_LEN);
  if (p > 0x3FFFFFFF) p = 0x3FFFFFFF;
  store<i32>(s, <i32>p, SI_POS);
  return intFromI64(p);
}

function stringio_truncate(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('truncate', nargs, kwnames, 1)) return 0;
  const a = nargs > 0 ? ioArg(args, 0) : 0;
  const ok = memory.data(4);
  let size: i64 = -2;
  if (a != 0 && a != Py_None) {
    size = ioIndexArg(a, 0, ok);
    if (!load<u8>(ok)) return 0;
  }
  if (!checkOpen(s)) return 0;
  if (size == -2) size = <i64>load<i32>(s, SI_POS);
  if (size < 0) return excFormat(excValueError, 'Negative size value %d', <Ptr><i32>size);
  if (size < <i64>load<i32>(s, SI_LEN)) store<i32>(s, <i32>size, SI_LEN);
  return intFromI64(size);
}

function stringio_close(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('close', nargs, kwnames, 0)) return 0;
  store<u32>(s, flagsOf(s) | SF_CLOSED, SI_FLAGS);
  // the text is dropped, as CPython's close frees its buffer
  const b = load<usize>(s, SI_BUF);
  if (b != 0) heapFree(b);
  store<usize>(s, 0, SI_BUF);
  store<i32>(s, 0, SI_CAP);
  store<i32>(s, 0, SI_LEN);
  return newref(Py_None);
}

function stringio_true(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (ioArgCount('readable', nargs, kwnames, 0)) return 0;
  if (!checkOpen(s)) return 0;
  return newref(Py_True);
}

function stringio_get_closed(s: Ptr): Ptr {
  if ((flagsOf(s) & SF_READY) == 0) return excSetString(excValueError, 'I/O operation on uninitialized object');
  return boolFrom((flagsOf(s) & SF_CLOSED) != 0);
}

function stringio_get_line_buffering(s: Ptr): Ptr {
  if (!checkOpen(s)) return 0;
  return newref(Py_False);
}

function stringio_get_newlines(s: Ptr): Ptr {
  if (!checkOpen(s)) return 0;
  return ioNewlinesObject((flagsOf(s) & SF_UNIVERSAL) != 0 ? load<u32>(s, SI_SEEN) : 0);
}

// ---- construction ----

function stringio_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return objAlloc(type, SI_SIZE);
}

/** StringIO(initial_value='', newline='\n') */
function stringio_init(s: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 {
  const out = memory.data(8);
  if (!argsParseNames(args, nargs, kwnames, out, 'StringIO', 0, 0, 2, 'initial_value,newline')) return -1;
  const init = load<Ptr>(out), nl = load<Ptr>(out, 4);
  let f: u32 = SF_READY;
  if (nl == 0) {
    // the default, '\n': neither translation nor universal lines
  } else if (nl == Py_None) f |= SF_TRANSLATE | SF_UNIVERSAL;
  else if (!isStr(nl)) { excFormat(excTypeError, 'newline must be str or None, not %T', nl); return -1; }
  else if (strLen(nl) == 0) f |= SF_UNIVERSAL;
  else if (strEqLiteral(nl, '\r')) f |= SF_CR;
  else if (strEqLiteral(nl, '\r\n')) f |= SF_CRLF;
  else if (!strEqLiteral(nl, '\n')) { excFormat(excValueError, 'illegal newline value: %R', nl); return -1; }
  if (init != 0 && init != Py_None && !isStr(init)) {
    excFormat(excTypeError, 'initial_value must be str or None, not %T', init);
    return -1;
  }
  store<u32>(s, f, SI_FLAGS);
  store<i32>(s, 0, SI_LEN);
  store<i32>(s, 0, SI_POS);
  store<u32>(s, 0, SI_SEEN);
  if (init != 0 && init != Py_None) {
    if (writeStr(s, init) < 0) return -1;
    store<i32>(s, 0, SI_POS);
  }
  return 0;
}

function stringio_dealloc(s: Ptr): void {
  const b = load<usize>(s, SI_BUF);
  if (b != 0) heapFree(b);
  objFree(s);
}

/** A StringIO holds nothing to flush: dying needs no close. */
function stringio_finalize(s: Ptr): void {}

export function stringioTypeInit(): void {
  const t = typeNewBuiltin('StringIO', textIOBaseType, SI_SIZE, 0, TK_OTHER);
  stringIOType = t;
  ioSetModule(t);
  typeSetSlot(t, SLOT_NEW, stringio_new.index);
  typeSetSlot(t, SLOT_INIT, stringio_init.index);
  typeSetSlot(t, SLOT_DEALLOC, stringio_dealloc.index);
  typeSetSlot(t, SLOT_FINALIZE, stringio_finalize.index);
  typeSetSlot(t, SLOT_ITER, stringio_iter.index);
  typeSetSlot(t, SLOT_ITERNEXT, stringio_iternext.index);
  typeAddMethod(t, 'write', stringio_write.index);
  typeAddMethod(t, 'read', stringio_read.index);
  typeAddMethod(t, 'readline', stringio_readline.index);
  typeAddMethod(t, 'readlines', stringio_readlines.index);
  typeAddMethod(t, 'getvalue', stringio_getvalue.index);
  typeAddMethod(t, 'tell', stringio_tell.index);
  typeAddMethod(t, 'seek', stringio_seek.index);
  typeAddMethod(t, 'truncate', stringio_truncate.index);
  typeAddMethod(t, 'close', stringio_close.index);
  typeAddMethod(t, 'readable', stringio_true.index);
  typeAddMethod(t, 'writable', stringio_true.index);
  typeAddMethod(t, 'seekable', stringio_true.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, 'closed', stringio_get_closed.index, 0, d);
  getsetAdd(t, 'line_buffering', stringio_get_line_buffering.index, 0, d);
  getsetAdd(t, 'newlines', stringio_get_newlines.index, 0, d);
}
