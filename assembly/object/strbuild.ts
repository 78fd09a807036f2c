// === String builder: grows a str's characters piece by piece (repr, str, error messages) ===
//
// A builder is a raw heap block (not a Python object):
//
//   +0 buf Ptr | +4 len u32 (chars) | +8 cap u32 (chars) | +12 kind u32 (1/2/4) | +16 maxchar u32
//   +20 failed u32
//
// The buffer starts narrow (kind 1) and is widened in place the first time a wider char arrives
// (CPython's _PyUnicodeWriter does the same), so a pure-ASCII result costs one byte per char.
//
// Invariants:
// - Capacity grows geometrically (x2), so building n chars costs O(n) in total.
// - kind == kindFor(maxchar) at all times, so sbFinish copies the buffer as is.
// - An allocation failure during an append only sets `failed`: appends return nothing and callers
//   check once, at sbFinish, which then frees the builder and raises MemoryError. sbFree is for
//   error paths that abandon the builder.

import { Ptr } from '../common';
import { heapAlloc, heapFree, heapRealloc } from '../heap/heap';
import { decref, newref } from './header';
import { excNoMemory } from '../vm/exc';
import {
  strNew, strEmpty, strLatin1Char, strLen, strKind, strData, strIsAscii, kindRead, kindWrite,
  kindFor, kindCopy, STR_MAX_LEN,
} from './str';

@inline const SB_BUF: usize = 0;
@inline const SB_LEN: usize = 4;
@inline const SB_CAP: usize = 8;
@inline const SB_KIND: usize = 12;
@inline const SB_MAX: usize = 16;
@inline const SB_FAILED: usize = 20;
@inline const SB_SIZE: usize = 24;
@inline const SB_INITIAL_CAP: u32 = 32;

/** A new empty builder; 0 (MemoryError set) on failure. */
export function sbNew(): Ptr {
  const sb = heapAlloc(SB_SIZE);
  if (sb == 0) { excNoMemory(); return 0; }
  const buf = heapAlloc(<usize>SB_INITIAL_CAP);
  if (buf == 0) { heapFree(sb); excNoMemory(); return 0; }
  store<Ptr>(sb, buf, SB_BUF);
  store<u32>(sb, 0, SB_LEN);
  store<u32>(sb, SB_INITIAL_CAP, SB_CAP);
  store<u32>(sb, 1, SB_KIND);
  store<u32>(sb, 0, SB_MAX);
  store<u32>(sb, 0, SB_FAILED);
  return sb;
}

/** Chars appended so far. */
@inline export function sbLength(sb: Ptr): i32 { return <i32>load<u32>(sb, SB_LEN); }

/** Makes room for `extra` more chars of a buffer of kind >= `kind`; false when failed. */
function sbReserve(sb: Ptr, extra: u32, newMax: u32): bool {
  if (load<u32>(sb, SB_FAILED)) return false;
  const len = load<u32>(sb, SB_LEN);
  let cap = load<u32>(sb, SB_CAP);
  const kind = load<u32>(sb, SB_KIND);
  const maxchar = load<u32>(sb, SB_MAX);
  const nk = newMax > maxchar ? kindFor(newMax) : kind;
  if (<u64>len + <u64>extra > <u64>STR_MAX_LEN) { store<u32>(sb, 1, SB_FAILED); return false; }
  const need = len + extra;
  if (need <= cap && nk == kind) {
    if (newMax > maxchar) store<u32>(sb, newMax, SB_MAX);
    return true;
  }
  while (cap < need) cap = cap < 0x40000000 ? cap << 1 : need;
  let buf = load<Ptr>(sb, SB_BUF);
  if (nk == kind) {
    buf = heapRealloc(buf, <usize>cap * kind);
    if (buf == 0) { store<u32>(sb, 1, SB_FAILED); return false; }
  } else {
    const nb = heapAlloc(<usize>cap * nk);
    if (nb == 0) { store<u32>(sb, 1, SB_FAILED); return false; }
    kindCopy(nb, nk, buf, kind, <i32>len);
    heapFree(buf);
    buf = nb;
    store<u32>(sb, nk, SB_KIND);
  }
  store<Ptr>(sb, buf, SB_BUF);
  store<u32>(sb, cap, SB_CAP);
  if (newMax > maxchar) store<u32>(sb, newMax, SB_MAX);
  return true;
}

/** Appends one code point. */
export function sbAppendChar(sb: Ptr, cp: u32): void {
  const len = load<u32>(sb, SB_LEN);
  const kind = load<u32>(sb, SB_KIND);
  if (len < load<u32>(sb, SB_CAP) && (kind == 4 || cp < (kind == 1 ? <u32>0x100 : <u32>0x10000))) {
    kindWrite(load<Ptr>(sb, SB_BUF), kind, <usize>len, cp);
    if (cp > load<u32>(sb, SB_MAX)) store<u32>(sb, cp, SB_MAX);
    store<u32>(sb, len + 1, SB_LEN);
    return;
  }
  if (!sbReserve(sb, 1, cp)) return;
  kindWrite(load<Ptr>(sb, SB_BUF), load<u32>(sb, SB_KIND), <usize>len, cp);
  store<u32>(sb, len + 1, SB_LEN);
}

/** Appends the chars of str s (borrowed). */
export function sbAppendStr(sb: Ptr, s: Ptr): void {
  const n = strLen(s);
  if (n == 0) return;
  const sk = strKind(s);
  const smax: u32 = strIsAscii(s) ? 0x7F : sk == 1 ? 0xFF : sk == 2 ? 0xFFFF : 0x10FFFF;
  if (!sbReserve(sb, <u32>n, smax)) return;
  const len = load<u32>(sb, SB_LEN);
  const kind = load<u32>(sb, SB_KIND);
  kindCopy(load<Ptr>(sb, SB_BUF) + <usize>len * kind, kind, strData(s), sk, n);
  store<u32>(sb, len + <u32>n, SB_LEN);
}

/** Appends chars [start, end) of str s. */
export function sbAppendSubstr(sb: Ptr, s: Ptr, start: i32, end: i32): void {
  if (end <= start) return;
  const sk = strKind(s);
  const smax: u32 = strIsAscii(s) ? 0x7F : sk == 1 ? 0xFF : sk == 2 ? 0xFFFF : 0x10FFFF;
  if (!sbReserve(sb, <u32>(end - start), smax)) return;
  const len = load<u32>(sb, SB_LEN);
  const kind = load<u32>(sb, SB_KIND);
  kindCopy(load<Ptr>(sb, SB_BUF) + <usize>len * kind, kind, strData(s) + <usize>start * sk, sk, end - start);
  store<u32>(sb, len + <u32>(end - start), SB_LEN);
}

/** Appends an AssemblyScript literal (static data; UTF-16, surrogate pairs combined). */
export function sbAppendLiteral(sb: Ptr, lit: string): void {
  const p = changetype<usize>(lit);
  const n = lit.length;
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u16>(p + (<usize>i << 1));
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < n) {
      const c2 = <u32>load<u16>(p + (<usize>(i + 1) << 1));
      if (c2 >= 0xDC00 && c2 < 0xE000) { c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00); i++; }
    }
    sbAppendChar(sb, c);
  }
}

/** Appends len ASCII bytes (number formatting). */
export function sbAppendAscii(sb: Ptr, p: usize, len: i32): void {
  if (!sbReserve(sb, <u32>len, 0x7F)) return;
  const n = load<u32>(sb, SB_LEN);
  const kind = load<u32>(sb, SB_KIND);
  kindCopy(load<Ptr>(sb, SB_BUF) + <usize>n * kind, kind, p, 1, len);
  store<u32>(sb, n + <u32>len, SB_LEN);
}

/**
 * Writes CPython's escape for code point c, minus the backslash: xhh, uhhhh or Uhhhhhhhh in
 * lowercase hex (as ascii(), repr, the Unicode errors and backslashreplace spell it), as ASCII
 * bytes at buf (10 bytes of room). Returns the count.
 */
export function hexEscapeInto(c: u32, buf: usize): i32 {
  let digits: i32;
  if (c < 0x100) { store<u8>(buf, 0x78); digits = 2; }
  else if (c < 0x10000) { store<u8>(buf, 0x75); digits = 4; }
  else { store<u8>(buf, 0x55); digits = 8; }
  for (let q = 0; q < digits; q++) {
    const h = (c >> (<u32>(digits - 1 - q) << 2)) & 0xF;
    store<u8>(buf + 1 + <usize>q, <u8>(h < 10 ? 0x30 + h : 0x57 + h));
  }
  return digits + 1;
}

/** Appends a backslash and hexEscapeInto's escape of c. */
export function sbAppendHexEscape(sb: Ptr, c: u32): void {
  const buf = memory.data(12);
  store<u8>(buf, 0x5C);
  sbAppendAscii(sb, buf, hexEscapeInto(c, buf + 1) + 1);
}

/** Appends v in decimal. */
export function sbAppendI64(sb: Ptr, v: i64): void {
  const buf = memory.data(24);
  let i: i32 = 24;
  let u: u64 = v < 0 ? <u64>(0 - v) : <u64>v; // i64.MIN: 0 - v wraps to 2^63, exact as u64
  do { i--; store<u8>(buf + <usize>i, <u8>(0x30 + <u32>(u % 10))); u /= 10; } while (u != 0);
  if (v < 0) { i--; store<u8>(buf + <usize>i, 0x2D); }
  sbAppendAscii(sb, buf + <usize>i, 24 - i);
}

/** Appends len bytes of UTF-8 (assumed valid; invalid bytes become U+FFFD). */
export function sbAppendUtf8(sb: Ptr, p: usize, len: i32): void {
  let i: i32 = 0;
  while (i < len) {
    const b0 = <u32>load<u8>(p + <usize>i);
    let cp: u32 = 0xFFFD;
    let n: i32 = 1;
    if (b0 < 0x80) cp = b0;
    else if (b0 >= 0xC0 && b0 < 0xE0 && i + 1 < len) { cp = ((b0 & 0x1F) << 6) | (<u32>load<u8>(p + <usize>i + 1) & 0x3F); n = 2; }
    else if (b0 >= 0xE0 && b0 < 0xF0 && i + 2 < len) {
      cp = ((b0 & 0x0F) << 12) | ((<u32>load<u8>(p + <usize>i + 1) & 0x3F) << 6) | (<u32>load<u8>(p + <usize>i + 2) & 0x3F);
      n = 3;
    } else if (b0 >= 0xF0 && i + 3 < len) {
      cp = ((b0 & 0x07) << 18) | ((<u32>load<u8>(p + <usize>i + 1) & 0x3F) << 12) |
           ((<u32>load<u8>(p + <usize>i + 2) & 0x3F) << 6) | (<u32>load<u8>(p + <usize>i + 3) & 0x3F);
      n = 4;
    }
    sbAppendChar(sb, cp);
    i += n;
  }
}

/** Frees the builder without making a str (error paths). */
export function sbFree(sb: Ptr): void {
  heapFree(load<Ptr>(sb, SB_BUF));
  heapFree(sb);
}

/** The built str (new reference); frees the builder. 0 with MemoryError set if any append failed. */
export function sbFinish(sb: Ptr): Ptr {
  if (load<u32>(sb, SB_FAILED)) { sbFree(sb); excNoMemory(); return 0; }
  const len = <i32>load<u32>(sb, SB_LEN);
  const kind = load<u32>(sb, SB_KIND);
  const buf = load<Ptr>(sb, SB_BUF);
  let r: Ptr;
  if (len == 0) r = newref(strEmpty);
  else if (len == 1 && kindRead(buf, kind, 0) < 0x100) r = strLatin1Char(kindRead(buf, kind, 0));
  else {
    r = strNew(len, kind, load<u32>(sb, SB_MAX));
    if (r) memory.copy(strData(r), buf, <usize>len * kind);
  }
  sbFree(sb);
  return r;
}
