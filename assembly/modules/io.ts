// === The _io module and open() (CPython's Modules/_io/_iomodule.c) ===
//
// open() stacks the layers as CPython does: a FileIO over the host's file (iofileio.ts), a
// BufferedReader/Writer/Random over it (iobuffered.ts), and for text modes a TextIOWrapper
// (iotext.ts) whose .mode is the mode string given. The `io` module a program imports is
// lib/io.py, which takes these from _io and adds the ABCs and SEEK_* names. builtins.open and
// _io.open (and so io.open) are one object.
//
// Order of checks, as CPython's: the file argument's type, then the mode string, then the
// binary-mode restrictions, then the file is opened, and only then the buffering and text
// wrapper arguments (a bad newline or encoding for a missing file is a FileNotFoundError); a
// failure after the file was opened closes it again.

import { Ptr } from '../common';
import { decref, xdecref, newref } from '../object/header';
import { moduleNewLiteral, moduleAddObject, moduleAddNew, moduleAddFunction, moduleDict } from '../object/module';
import { strFromLiteral, strLen, strCharAt, isStr, strInternLiteral } from '../object/str';
import { sbNew, sbAppendChar, sbFinish } from '../object/strbuild';
import { Py_None } from '../object/none';
import { intFromI64, isInt } from '../object/int';
import { dictGetItemStr } from '../object/dict';
import { objIsTrue } from '../object/abstract';
import { argsParseNames } from '../object/methodargs';
import {
  excFormat, excSetString, excFetch, excRestore, excClear, excTypeError, excValueError, builtinExcType,
} from '../vm/exc';
import { builtinsModule } from '../builtins/builtins';
import {
  ioBaseTypesInit, ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType,
  unsupportedOperation, ioIndexArg, IO_BUFFER_SIZE,
} from './iobase';
import { fileioType, fileioTypeInit, fileioOpen, fileioCloseHandle, fileioNewClosed } from './iofileio';
import {
  bufferedTypesInit, bufferedReaderType, bufferedWriterType, bufferedRandomType, bufferedSetup,
  bufferedClose, BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM,
} from './iobuffered';
import { textTypeInit, textIOWrapperType, textSetup, textSetMode } from './iotext';
import { stringioTypeInit, stringIOType } from './iostringio';
import { bytesioTypeInit, bytesIOType } from './iobytesio';
import { objAlloc } from '../object/header';
import { TP_BASICSIZE } from '../object/typelayout';
import { osFspath, osFspathInit } from './iopath';

/** The parsed open() mode (the flags of CPython's _io_open_impl). */
@inline const M_CREATE: u32 = 1;
@inline const M_READ: u32 = 2;
@inline const M_WRITE: u32 = 4;
@inline const M_APPEND: u32 = 8;
@inline const M_UPDATE: u32 = 16;
@inline const M_TEXT: u32 = 32;
@inline const M_BINARY: u32 = 64;

/** Parses open()'s mode (a str): M_* flags, or -1 with ValueError set. */
function parseMode(mode: Ptr): i32 {
  const n = strLen(mode);
  let f: u32 = 0;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(mode, i);
    let bit: u32 = 0;
    if (c == 0x78) bit = M_CREATE;
    else if (c == 0x72) bit = M_READ;
    else if (c == 0x77) bit = M_WRITE;
    else if (c == 0x61) bit = M_APPEND;
    else if (c == 0x2B) bit = M_UPDATE;
    else if (c == 0x74) bit = M_TEXT;
    else if (c == 0x62) bit = M_BINARY;
    // an unknown or repeated character
    if (bit == 0 || (f & bit) != 0) { excFormat(excValueError, "invalid mode: '%U'", mode); return -1; }
    f |= bit;
  }
  if ((f & M_TEXT) != 0 && (f & M_BINARY) != 0) {
    excSetString(excValueError, "can't have text and binary mode at once");
    return -1;
  }
  let k = 0;
  if (f & M_CREATE) k++;
  if (f & M_READ) k++;
  if (f & M_WRITE) k++;
  if (f & M_APPEND) k++;
  if (k > 1) { excSetString(excValueError, 'must have exactly one of create/read/write/append mode'); return -1; }
  return <i32>f;
}

/** FileIO's mode for the parsed flags: one of x r w a, then '+' when updating. */
function rawMode(f: u32): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  if (f & M_CREATE) sbAppendChar(sb, 0x78);
  if (f & M_READ) sbAppendChar(sb, 0x72);
  if (f & M_WRITE) sbAppendChar(sb, 0x77);
  if (f & M_APPEND) sbAppendChar(sb, 0x61);
  if (f & M_UPDATE) sbAppendChar(sb, 0x2B);
  return sbFinish(sb);
}

/** Closes a half-built stack after an error, keeping the error (CPython closes `result`). */
function closeKeepingError(raw: Ptr, buffered: Ptr): void {
  const e = excFetch();
  if (buffered != 0) bufferedClose(buffered); else fileioCloseHandle(raw);
  excClear();
  excRestore(e);
}

/** The argument checks of open() for a str-or-None argument. */
function strOrNone(v: Ptr, what: string): bool {
  if (v == 0 || v == Py_None || isStr(v)) return true;
  const w = strFromLiteral(what);
  excFormat(excTypeError, "open() argument '%U' must be str or None, not %T", w, v);
  decref(w);
  return false;
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
 *  opener=None) */
export function io_open(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(32);
  if (!argsParseNames(args, nargs, kwnames, out, 'open', 0, 1, 8,
    'file,mode,buffering,encoding,errors,newline,closefd,opener')) return 0;
  const file = load<Ptr>(out);
  let mode = load<Ptr>(out, 4);
  const encoding = load<Ptr>(out, 12), errors = load<Ptr>(out, 16), newline = load<Ptr>(out, 20);
  if (mode != 0 && !isStr(mode)) return excFormat(excTypeError, "open() argument 'mode' must be str, not %T", mode);
  const ok = memory.data(4);
  let buffering = ioIndexArg(load<Ptr>(out, 8), -1, ok);
  if (!load<u8>(ok)) return 0;
  if (!strOrNone(encoding, 'encoding') || !strOrNone(errors, 'errors') || !strOrNone(newline, 'newline')) return 0;
  let closefd = true;
  if (load<Ptr>(out, 24) != 0) {
    const v = objIsTrue(load<Ptr>(out, 24));
    if (v < 0) return 0;
    closefd = v != 0;
  }
  // the file argument's type first: os.fspath's TypeError
  if (!isInt(file)) {
    const p = osFspath(file);
    if (p == 0) return 0;
    decref(p);
  }
  const modeOwned = mode == 0;
  if (modeOwned) mode = strFromLiteral('r');
  if (mode == 0) return 0;
  const m = parseMode(mode);
  if (m < 0) { if (modeOwned) decref(mode); return 0; }
  const f = <u32>m;
  const binary = (f & M_BINARY) != 0;
  let err: string = '';
  if (binary && encoding != 0 && encoding != Py_None) err = "binary mode doesn't take an encoding argument";
  else if (binary && errors != 0 && errors != Py_None) err = "binary mode doesn't take an errors argument";
  else if (binary && newline != 0 && newline != Py_None) err = "binary mode doesn't take a newline argument";
  if (err.length > 0) { if (modeOwned) decref(mode); return excSetString(excValueError, err); }
  const rm = rawMode(f);
  if (rm == 0) { if (modeOwned) decref(mode); return 0; }
  const raw = fileioNewClosed();
  if (raw == 0) { decref(rm); if (modeOwned) decref(mode); return 0; }
  const r = fileioOpen(raw, file, rm, closefd, load<Ptr>(out, 28));
  decref(rm);
  if (r < 0) { decref(raw); if (modeOwned) decref(mode); return 0; }
  let lineBuffering = false;
  if (buffering == 1) { lineBuffering = !binary; if (!binary) buffering = -1; }
  if (buffering < 0) buffering = IO_BUFFER_SIZE;
  if (buffering == 0) {
    if (binary) { if (modeOwned) decref(mode); return raw; }
    closeKeepingError(raw, 0);
    decref(raw);
    if (modeOwned) decref(mode);
    return excSetString(excValueError, "can't have unbuffered text I/O");
  }
  const kind = (f & M_UPDATE) != 0 ? BUFFERED_RANDOM : (f & M_READ) != 0 ? BUFFERED_READER : BUFFERED_WRITER;
  const btype = kind == BUFFERED_RANDOM ? bufferedRandomType : kind == BUFFERED_READER ? bufferedReaderType : bufferedWriterType;
  const buffered = objAlloc(btype, load<u32>(btype, TP_BASICSIZE));
  if (buffered == 0 || bufferedSetup(buffered, raw, buffering, kind) < 0) {
    closeKeepingError(raw, 0);
    xdecref(buffered);
    decref(raw);
    if (modeOwned) decref(mode);
    return 0;
  }
  decref(raw);
  if (binary) { if (modeOwned) decref(mode); return buffered; }
  const text = objAlloc(textIOWrapperType, load<u32>(textIOWrapperType, TP_BASICSIZE));
  if (text == 0 || textSetup(text, buffered, encoding, errors, newline, lineBuffering, false) < 0) {
    closeKeepingError(0, buffered);
    xdecref(text);
    decref(buffered);
    if (modeOwned) decref(mode);
    return 0;
  }
  decref(buffered);
  textSetMode(text, mode);
  if (modeOwned) decref(mode);
  return text;
}


/** text_encoding(encoding, stacklevel=2): 'locale' for None (PEP 597), else encoding. */
function io_text_encoding(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(8);
  if (!argsParseNames(args, nargs, kwnames, out, 'text_encoding', 0, 1, 2, 'encoding,stacklevel')) return 0;
  const e = load<Ptr>(out);
  if (e == Py_None) return strFromLiteral('locale');
  return newref(e);
}

/** Once at vmInit: every stream type and io.UnsupportedOperation. */
let nOpen: Ptr = 0;

export function ioTypesInit(): void {
  nOpen = strInternLiteral('open');
  osFspathInit();
  ioBaseTypesInit();
  fileioTypeInit();
  bufferedTypesInit();
  textTypeInit();
  stringioTypeInit();
  bytesioTypeInit();
}

/** The _io module of a run. */
export function ioModuleNew(): Ptr {
  const m = moduleNewLiteral('_io');
  if (m == 0) return 0;
  const open = dictGetItemStr(moduleDict(builtinsModule), nOpen);
  const ok = moduleAddObject(m, 'open', open) == 0
    && moduleAddNew(m, 'DEFAULT_BUFFER_SIZE', intFromI64(IO_BUFFER_SIZE)) == 0
    && moduleAddObject(m, '_IOBase', ioBaseType) == 0
    && moduleAddObject(m, '_RawIOBase', rawIOBaseType) == 0
    && moduleAddObject(m, '_BufferedIOBase', bufferedIOBaseType) == 0
    && moduleAddObject(m, '_TextIOBase', textIOBaseType) == 0
    && moduleAddObject(m, 'FileIO', fileioType) == 0
    && moduleAddObject(m, 'BufferedReader', bufferedReaderType) == 0
    && moduleAddObject(m, 'BufferedWriter', bufferedWriterType) == 0
    && moduleAddObject(m, 'BufferedRandom', bufferedRandomType) == 0
    && moduleAddObject(m, 'TextIOWrapper', textIOWrapperType) == 0
    && moduleAddObject(m, 'StringIO', stringIOType) == 0
    && moduleAddObject(m, 'BytesIO', bytesIOType) == 0
    && moduleAddObject(m, 'UnsupportedOperation', unsupportedOperation) == 0
    && moduleAddObject(m, 'BlockingIOError', builtinExcType('BlockingIOError')) == 0
    && moduleAddFunction(m, 'text_encoding', io_text_encoding.index) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}
