// === Compiling source at run time: the core's half of compile(), exec() and eval() ===
//
// The compiler lives in the host. The core sends it one request block and gets back a blob in
// the import format (vm/import.ts): a marshalled code object, or the details of the SyntaxError
// the source raised. The host's half and the request layout are in src/dynamic.ts:
//
//   +0 u8 mode (COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE) | +1 u8 bit 0: source is bytes
//   | +2 u16 0 | +4 u32 compiler flags | +8 u32 recursion depth | +12 u32 recursion limit
//   | +16 u32 n | +20 filename (n bytes, UTF-8) | source ...
//
// The answer's kind 3 is a RecursionError: compiling counts against the recursion limit, as
// CPython's symbol table does (the host measures the source's nesting).
//
// What reaches the host is always UTF-8 text or the bytes of a bytes-like source (the host
// decodes those as a file: BOM, coding cookie): a str with a lone surrogate raises
// UnicodeEncodeError here first, and a NUL anywhere raises CPython's SyntaxError.

import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { decref } from '../object/header';
import { strAsUtf8, strFromUtf8, strFromLiteral, isStr } from '../object/str';
import { objCall } from '../object/abstract';
import { bytesData, bytesSize } from '../object/bytes';
import { codecsEncode, CODEC_UTF8 } from '../object/codecs';
import { bufferAcquire, bufferRelease, BUF_CELLS, BUF_PTR, BUF_LEN } from '../object/buffer';
import { excNoMemory, excSyntaxError, excRaise, excSetString, excRecursionError } from './exc';
import { frameDepth, nativeDepth, recursionLimit } from './frame';
import { marshalLoadCode } from './marshal';
import { importFetchBlob, raiseSyntaxErrorBlob } from './import';

@external("host", "compile") declare function hostCompile(req: usize, len: i32): i32;

@inline export const COMPILE_EXEC: u8 = 0;
@inline export const COMPILE_EVAL: u8 = 1;
@inline export const COMPILE_SINGLE: u8 = 2;

/** CPython's CO_FUTURE_ANNOTATIONS: the one future flag that changes pyrite's code. */
@inline export const CO_FUTURE_ANNOTATIONS: u32 = 0x1000000;

/**
 * Compiles `src` (a str, or any bytes-like object: the caller checked it is one of those) as
 * `filename` (a str) in `mode`. `stripLeading`: eval()'s rule, leading spaces and tabs are not
 * part of the source. Returns the code object (new reference), or 0 with the exception set
 * (SyntaxError and its subclasses, UnicodeEncodeError, MemoryError).
 */
export function compileSource(src: Ptr, filename: Ptr, mode: u8, flags: u32, stripLeading: bool): Ptr {
  let bytes: Ptr = 0; // the UTF-8 copy of a str source
  let p: usize = 0;
  let n: i32 = 0;
  const cells = memory.data(BUF_CELLS);
  const isText = isStr(src);
  if (isText) {
    bytes = codecsEncode(src, CODEC_UTF8, 0);
    if (bytes == 0) return 0;
    p = bytesData(bytes);
    n = bytesSize(bytes);
  } else {
    if (bufferAcquire(src, cells) < 0) return 0;
    p = load<usize>(cells, BUF_PTR);
    n = load<i32>(cells, BUF_LEN);
  }
  // Nothing below runs Python code: the buffer stays put until it is copied into the request.
  let ok = true;
  for (let i: i32 = 0; i < n; i++) {
    if (load<u8>(p + <usize>i) == 0) {
      raiseNullBytes();
      ok = false;
      break;
    }
  }
  if (stripLeading) {
    while (n > 0 && (load<u8>(p) == 0x20 || load<u8>(p) == 0x09)) { p++; n--; }
  }
  let req: usize = 0;
  let total: usize = 0;
  if (ok) {
    const lenCell = memory.data(4);
    const fn = strAsUtf8(filename, lenCell);
    const fnLen = <usize>load<i32>(lenCell);
    total = 20 + fnLen + <usize>n;
    req = heapAlloc(total);
    if (req == 0) { excNoMemory(); ok = false; }
    else {
      store<u8>(req, mode);
      store<u8>(req, isText ? 0 : 1, 1);
      store<u16>(req, 0, 2);
      store<u32>(req, flags, 4);
      // the depth CPython's compiler starts from: objCall counted the call of the builtin
      // (compile, exec, eval) that got here, which CPython does not
      const depth = frameDepth + nativeDepth - 1;
      store<u32>(req, <u32>(depth > 0 ? depth : 0), 8);
      store<u32>(req, <u32>recursionLimit, 12);
      store<u32>(req, <u32>fnLen, 16);
      memory.copy(req + 20, fn, fnLen);
      memory.copy(req + 20 + fnLen, p, <usize>n);
    }
  }
  if (bytes != 0) decref(bytes);
  else bufferRelease(cells);
  if (!ok) return 0;
  const size = hostCompile(req, <i32>total);
  heapFree(req);
  const lenCell = memory.data(4);
  const blob = importFetchBlob(size, lenCell);
  if (blob == 0) return 0;
  return compileFromBlob(blob, <usize>size);
}

/** SyntaxError('source code string cannot contain null bytes'), made by calling the type so
 *  that its attributes (msg, and None for the position) exist. */
function raiseNullBytes(): void {
  const msg = strFromLiteral('source code string cannot contain null bytes');
  if (msg == 0) return;
  const cell = memory.data(4);
  store<Ptr>(cell, msg);
  const e = objCall(excSyntaxError, cell, 1, 0);
  decref(msg);
  if (e == 0) return;
  excRaise(e);
  decref(e);
}

/** The code object or the SyntaxError of an answer blob (freed here). */
function compileFromBlob(blob: usize, size: usize): Ptr {
  const kind = load<u8>(blob);
  const fnLen = <usize>load<u32>(blob, 1);
  const body = blob + 5 + fnLen;
  let code: Ptr = 0;
  if (kind == 3) {
    excSetString(excRecursionError, 'maximum recursion depth exceeded during compilation');
  } else if (kind == 2) {
    const filename = strFromUtf8(blob + 5, <i32>fnLen);
    if (filename != 0) {
      raiseSyntaxErrorBlob(body, filename);
      decref(filename);
    }
  } else {
    code = marshalLoadCode(body, size - 5 - fnLen);
  }
  heapFree(blob);
  return code;
}
