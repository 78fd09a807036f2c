// === Standard streams: buffered output to the host, line input from it ===
//
// print() and sys.stdout.write() append UTF-8 to a per-stream buffer; the host sees the bytes
// when a buffer fills, on flush=True, before stdin is read (so a prompt shows), before an
// uncaught exception is reported, and at the end of every run (ioFlushAll). stderr is
// unbuffered as in CPython (each write goes out at once, after stdout is flushed, so the two
// streams interleave as a terminal shows them).

import { Ptr } from '../common';
import { heapAlloc } from '../heap/heap';
import { strAsUtf8 } from '../object/str';

@external("host", "write") declare function hostWrite(fd: i32, ptr: usize, len: i32): void;
@external("host", "flush") declare function hostFlush(fd: i32): void;
@external("host", "readline") declare function hostReadline(ptr: usize, cap: i32): i32;
@external("host", "traceback") declare function hostTraceback(ptr: usize): void;

import { STDOUT_BUFFER as OUT_BUF } from '../config';

let outBuf: usize = 0;
let outLen: usize = 0;
let scratch: usize = 0; // u32 for strAsUtf8's length

export function ioInit(): void {
  outBuf = heapAlloc(OUT_BUF);
  scratch = heapAlloc(16);
}

export function ioFlushStdout(): void {
  if (outLen > 0) {
    hostWrite(1, outBuf, <i32>outLen);
    outLen = 0;
  }
}

/** Flushes and tells the host to pass its buffers on (flush=True). */
export function ioFlush(fd: i32): void {
  ioFlushStdout();
  hostFlush(fd);
}

export function ioFlushAll(): void {
  ioFlushStdout();
  hostFlush(1);
  hostFlush(2);
}

/** Writes len bytes of UTF-8 to fd (1 stdout, 2 stderr). */
export function ioWriteBytes(fd: i32, p: usize, len: usize): void {
  if (fd != 1) {
    ioFlushStdout();
    hostWrite(fd, p, <i32>len);
    return;
  }
  if (outLen + len > OUT_BUF) {
    ioFlushStdout();
    if (len > OUT_BUF) { hostWrite(1, p, <i32>len); return; }
  }
  memory.copy(outBuf + outLen, p, len);
  outLen += len;
}

/** Writes the str s to fd. */
export function ioWriteStr(fd: i32, s: Ptr): void {
  const p = strAsUtf8(s, scratch);
  ioWriteBytes(fd, p, <usize>load<u32>(scratch));
}

/** Reads one line from stdin into buf (at most cap bytes, newline included): its length, or -1 at EOF. */
export function ioReadline(buf: usize, cap: i32): i32 {
  ioFlushStdout();
  hostFlush(1);
  return hostReadline(buf, cap);
}

/** One line of stdin as a str, its newline kept; '' at end of input; 0 on MemoryError. A line
 *  longer than the chunk arrives from the host in pieces. */
export function ioReadLine(): Ptr {
  const buf = heapAlloc(INPUT_CHUNK);
  if (buf == 0) return excNoMemory();
  const sb = sbNew();
  while (true) {
    const n = ioReadline(buf, <i32>INPUT_CHUNK);
    if (n < 0) break;
    const nl = n > 0 && load<u8>(buf + <usize>(n - 1)) == 10;
    sbAppendUtf8(sb, buf, n);
    if (nl) break;
  }
  heapFree(buf);
  return sbFinish(sb);
}
/** Bytes read from the host per readline call. */
@inline const INPUT_CHUNK: usize = 4096;
import { heapFree } from '../heap/heap';
import { sbNew, sbAppendUtf8, sbFinish } from '../object/strbuild';
import { excNoMemory } from './exc';
/** Writes a traceback to stderr the way CPython's PyTraceBack_Print does ("Traceback (most
 *  recent call last):" and the frame lines): the host has the source text. `block` is a frames
 *  block (vm/report.ts reportFrames); stdout is flushed first so the streams stay in order. */
export function ioWriteTraceback(block: usize): void {
  ioFlushStdout();
  hostTraceback(block);
}

/**
 * Text the host keeps for the core (a code object's file name, a source line), as a new str: the
 * host text imports answer the UTF-8 length (-1: none) and write the bytes only when they fit
 * in `cap`, so this asks once with a small buffer and again with an exact one when the text is
 * longer. `ask` is the table index of a `(a, b, c, buf, cap) => i32` wrapper of one import.
 * 0 with no exception when the host has no text; 0 with MemoryError set when out of memory.
 */
export function ioHostText(ask: u32, a: i32, b: i32, c: i32): Ptr {
  let cap: i32 = 256;
  let buf = heapAlloc(<usize>cap);
  if (buf == 0) return excNoMemoryIo();
  let n = call_indirect<i32>(ask, a, b, c, buf, cap);
  if (n > cap) {
    heapFree(buf);
    cap = n;
    buf = heapAlloc(<usize>cap);
    if (buf == 0) return excNoMemoryIo();
    n = call_indirect<i32>(ask, a, b, c, buf, cap);
  }
  const s = n >= 0 && n <= cap ? strFromUtf8Io(buf, n) : 0;
  heapFree(buf);
  return s;
}
import { heapFree } from '../heap/heap';
import { strFromUtf8 as strFromUtf8Io } from '../object/str';
import { excNoMemory as excNoMemoryIo } from './exc';
