// === str: PEP 393 strings, indexable by code point; construction, interning, hash, compare ===
//
//   +0 refcnt | +4 type | +8 length u32 (code points) | +12 kind u8 (1, 2, 4 bytes per char)
//   +13 flags u8 (SF_ASCII, SF_INTERNED) | +14 u16 pad | +16 hash i64 (-1 = not computed yet)
//   +24 utf8 Ptr (0 = none made yet; a heap block [u32 byte length][bytes]) | +28 data ...
//
// (The hash is 64 bits, CPython's Py_hash_t, so hash('abc') equals python3's under
// PYTHONHASHSEED=0; that is why the layout differs from the first draft in architecture.md §2.)
//
// Invariants:
// - kind is the smallest that holds the largest code point (1: < 0x100, 2: < 0x10000, 4), so two
//   equal strs always have the same kind and equality is one memory compare. Every constructor
//   computes the kind from the actual characters (strFromKindData narrows).
// - SF_ASCII is set iff kind == 1 and every char < 0x80; then the data is also the UTF-8.
// - The empty str and the 256 one-char Latin-1 strs are made once (strTypeInit) and shared;
//   every constructor returns them for lengths 0 and 1 (when the char is < 0x100).
// - The intern table does not own its entries: an interned str (SF_INTERNED) removes itself from
//   the table in its dealloc (CPython 3.11's behaviour), so a finished program leaks nothing.
// - The hash is SipHash-1-3 over the kind-sized buffer with an all-zero key (CPython 3.11 with
//   PYTHONHASHSEED=0); '' hashes to 0; a real -1 becomes -2.

import { Ptr, fatal } from '../common';
import { heapAlloc, heapFree, heapRealloc } from '../heap/heap';
import { objType, objAllocSmall, objAlloc, objFree, incref, decref, newref } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_LEN, SLOT_GETITEM,
  SLOT_CONTAINS, SLOT_NEW, SLOT_NB_BINARY, TPFLAGS_UNICODE_SUBCLASS, TPFLAGS_HEAPTYPE, TP_FLAGS, typeSetSlot, TPFLAGS_MATCH_SELF,
} from './typelayout';
import { typeNewBuiltin, objectType, typeKind, TK_STR, TK_INT, TK_BOOL } from './type';
import { excFormat, excSetString, excSetObject, excNoMemory, excTypeError, excIndexError, excOverflowError, excUnicodeDecodeError, excOccurred } from '../vm/exc';
import { sbNew, sbAppendLiteral, sbAppendChar, sbAppendI64, sbFinish } from './strbuild';
import { objStr } from './abstract';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intFromI64, intValue } from './int';
import { NB_ADD, NB_MULTIPLY } from '../opcodes.gen';
import { sliceType, sliceUnpack, sliceAdjustIndices, indexCheck, indexAsI64, viaIndex } from './slice';
import { strmethodsInit } from './strmethods';
import { striterInit } from './striter';
import { tupleItem, argsPositional, argsRaiseCount, seqTryOtherSlot, seqRepeatCount } from './tuple';
import { excOccurred } from '../vm/exc';
import { unicodeIsPrintable } from './unicode';
import { codecsDecodeObject, codecsDecode, CODEC_UTF8 } from './codecs';

@inline export const STR_LENGTH: usize = 8;
@inline export const STR_KIND: usize = 12;
@inline export const STR_FLAGS: usize = 13;
@inline export const STR_HASH: usize = 16;
@inline export const STR_UTF8: usize = 24;
@inline export const STR_DATA: usize = 28;

@inline export const SF_ASCII: u8 = 1;
@inline export const SF_INTERNED: u8 = 2;

/** Longest str we make (code points): keeps len * kind + header well inside u32. */
@inline export const STR_MAX_LEN: u32 = 0x0FFFFFFF;

export let strType: Ptr = 0;
/** The shared '' (borrowed). */
export let strEmpty: Ptr = 0;
/** 256 Ptrs: the shared one-char strs chr(0)..chr(255). */
let latin1: usize = 0;
/** strAsUtf8's two bytes for a shared one-char non-ASCII Latin-1 str (valid until the next call). */
const utf8Scratch: usize = memory.data(4);

// ---- accessors ----

@inline export function strLen(s: Ptr): i32 { return <i32>load<u32>(s, STR_LENGTH); }
@inline export function strKind(s: Ptr): u32 { return <u32>load<u8>(s, STR_KIND); }
@inline export function strData(s: Ptr): usize { return s + STR_DATA; }
@inline export function strIsAscii(s: Ptr): bool { return (load<u8>(s, STR_FLAGS) & SF_ASCII) != 0; }

/** Is o a str (or an instance of a str subclass)? */
@inline export function isStr(o: Ptr): bool { return typeKind(objType(o)) == TK_STR; }

/** Reads char i of a buffer of the given kind. */
@inline export function kindRead(data: usize, kind: u32, i: usize): u32 {
  if (kind == 1) return <u32>load<u8>(data + i);
  if (kind == 2) return <u32>load<u16>(data + (i << 1));
  return load<u32>(data + (i << 2));
}

@inline export function kindWrite(data: usize, kind: u32, i: usize, cp: u32): void {
  if (kind == 1) store<u8>(data + i, <u8>cp);
  else if (kind == 2) store<u16>(data + (i << 1), <u16>cp);
  else store<u32>(data + (i << 2), cp);
}

@inline export function kindFor(maxchar: u32): u32 {
  return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

@inline export function strCharAt(s: Ptr, i: i32): u32 {
  return kindRead(s + STR_DATA, strKind(s), <usize>i);
}

// ---- construction ----

/**
 * A fresh str of `len` chars of `kind`, data uninitialised; `maxchar` (the largest char the
 * caller will write) decides SF_ASCII. The caller guarantees kind == kindFor(maxchar). Returns 0
 * with MemoryError set on failure. Never the shared objects: callers wanting them use
 * strFromKindData.
 */
export function strNew(len: i32, kind: u32, maxchar: u32): Ptr {
  if (<u32>len > STR_MAX_LEN) { excNoMemory(); return 0; }
  const s = objAllocSmall(strType, STR_DATA + (<usize>len) * kind);
  if (s == 0) { excNoMemory(); return 0; }
  store<u32>(s, <u32>len, STR_LENGTH);
  store<u8>(s, <u8>kind, STR_KIND);
  store<u8>(s, maxchar < 0x80 ? SF_ASCII : 0, STR_FLAGS);
  store<u16>(s, 0, STR_FLAGS + 1);
  store<i64>(s, -1, STR_HASH);
  store<Ptr>(s, 0, STR_UTF8);
  return s;
}

/** The shared one-char str for cp < 0x100 (new reference). */
@inline export function strLatin1Char(cp: u32): Ptr {
  return newref(load<Ptr>(latin1 + (<usize>cp << 2)));
}

/** str(chr(cp)) as a new reference. */
export function strFromChar(cp: u32): Ptr {
  if (cp < 0x100) return strLatin1Char(cp);
  const kind = kindFor(cp);
  const s = strNew(1, kind, cp);
  if (s) kindWrite(s + STR_DATA, kind, 0, cp);
  return s;
}

/** Largest char in a buffer. */
export function kindMaxChar(data: usize, kind: u32, len: i32): u32 {
  let m: u32 = 0;
  if (kind == 1) {
    for (let i = 0; i < len; i++) { const c = <u32>load<u8>(data + <usize>i); if (c > m) m = c; }
  } else if (kind == 2) {
    for (let i = 0; i < len; i++) { const c = <u32>load<u16>(data + (<usize>i << 1)); if (c > m) m = c; }
  } else {
    for (let i = 0; i < len; i++) { const c = load<u32>(data + (<usize>i << 2)); if (c > m) m = c; }
  }
  return m;
}

/** Copies len chars from a buffer of kind sk to one of kind dk (dk wide enough). */
export function kindCopy(dst: usize, dk: u32, src: usize, sk: u32, len: i32): void {
  if (dk == sk) { memory.copy(dst, src, <usize>len * sk); return; }
  for (let i = 0; i < len; i++) kindWrite(dst, dk, <usize>i, kindRead(src, sk, <usize>i));
}

/**
 * A str holding `len` chars read from `data` (any kind, any chars): narrows to the minimal kind
 * and returns the shared objects for '' and one Latin-1 char. New reference, 0 = MemoryError.
 */
export function strFromKindData(data: usize, kind: u32, len: i32): Ptr {
  if (len == 0) return newref(strEmpty);
  const maxchar = kindMaxChar(data, kind, len);
  if (len == 1 && maxchar < 0x100) return strLatin1Char(maxchar);
  const k = kindFor(maxchar);
  const s = strNew(len, k, maxchar);
  if (s) kindCopy(s + STR_DATA, k, data, kind, len);
  return s;
}

/** A str from ASCII bytes (the caller guarantees < 0x80: number formatting). */
export function strFromAscii(p: usize, len: i32): Ptr {
  return strFromKindData(p, 1, len);
}

/**
 * Decodes UTF-8 (strict: no overlongs, no surrogates, nothing above U+10FFFF). New reference;
 * 0 with UnicodeDecodeError set on invalid input, MemoryError on exhaustion.
 */
export function strFromUtf8(p: usize, len: i32): Ptr {
  // Pass 1: validate, count code points, find the largest.
  let n: i32 = 0;
  let maxchar: u32 = 0;
  let i: i32 = 0;
  while (i < len) {
    const b0 = <u32>load<u8>(p + <usize>i);
    let cp: u32;
    let need: i32;
    if (b0 < 0x80) { n++; i++; continue; }
    else if (b0 >= 0xC2 && b0 <= 0xDF) { cp = b0 & 0x1F; need = 1; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { cp = b0 & 0x0F; need = 2; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { cp = b0 & 0x07; need = 3; }
    else return utf8Error(p, len);
    if (i + need >= len) return utf8Error(p, len);
    for (let k = 1; k <= need; k++) {
      const b = <u32>load<u8>(p + <usize>(i + k));
      if ((b & 0xC0) != 0x80) return utf8Error(p, len);
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return utf8Error(p, len);
    }
    if (cp > maxchar) maxchar = cp;
    n++;
    i += need + 1;
  }
  if (maxchar == 0) return strFromKindData(p, 1, n); // pure ASCII: the bytes are the chars
  if (n == 1 && maxchar < 0x100) return strLatin1Char(maxchar);
  const kind = kindFor(maxchar);
  const s = strNew(n, kind, maxchar);
  if (s == 0) return 0;
  const d = s + STR_DATA;
  let j: usize = 0;
  i = 0;
  while (i < len) {
    const b0 = <u32>load<u8>(p + <usize>i);
    let cp: u32;
    if (b0 < 0x80) { cp = b0; i += 1; }
    else if (b0 < 0xE0) { cp = ((b0 & 0x1F) << 6) | (<u32>load<u8>(p + <usize>i + 1) & 0x3F); i += 2; }
    else if (b0 < 0xF0) {
      cp = ((b0 & 0x0F) << 12) | ((<u32>load<u8>(p + <usize>i + 1) & 0x3F) << 6) | (<u32>load<u8>(p + <usize>i + 2) & 0x3F);
      i += 3;
    } else {
      cp = ((b0 & 0x07) << 18) | ((<u32>load<u8>(p + <usize>i + 1) & 0x3F) << 12) |
           ((<u32>load<u8>(p + <usize>i + 2) & 0x3F) << 6) | (<u32>load<u8>(p + <usize>i + 3) & 0x3F);
      i += 4;
    }
    kindWrite(d, kind, j++, cp);
  }
  return s;
}

/** Invalid UTF-8: the full decoder raises CPython's UnicodeDecodeError for it (codecs.ts). */
@noinline function utf8Error(p: usize, len: i32): Ptr {
  const r = codecsDecode(p, len, CODEC_UTF8, 0);
  if (r != 0) { decref(r); excSetString(excUnicodeDecodeError, 'invalid utf-8'); } // never: the input is invalid
  return 0;
}

/**
 * A str from an AssemblyScript string literal (static data: UTF-16 code units, read in place; no
 * AS allocation happens). New reference.
 */
export function strFromLiteral(lit: string): Ptr {
  const p = changetype<usize>(lit);
  const units = lit.length;
  let n: i32 = 0;
  let maxchar: u32 = 0;
  for (let i = 0; i < units; i++) {
    let c = <u32>load<u16>(p + (<usize>i << 1));
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < units) {
      const c2 = <u32>load<u16>(p + (<usize>(i + 1) << 1));
      if (c2 >= 0xDC00 && c2 < 0xE000) { c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00); i++; }
    }
    if (c > maxchar) maxchar = c;
    n++;
  }
  if (n == units) return strFromKindData(p, 2, n); // no surrogate pairs: UTF-16 is UCS-2 here
  const kind = kindFor(maxchar);
  const s = strNew(n, kind, maxchar);
  if (s == 0) return 0;
  let j: usize = 0;
  for (let i = 0; i < units; i++) {
    let c = <u32>load<u16>(p + (<usize>i << 1));
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < units) {
      const c2 = <u32>load<u16>(p + (<usize>(i + 1) << 1));
      if (c2 >= 0xDC00 && c2 < 0xE000) { c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00); i++; }
    }
    kindWrite(s + STR_DATA, kind, j++, c);
  }
  return s;
}

/** Does s equal the literal (BMP chars only)? For keyword-argument names and the like. */
export function strEqLiteral(s: Ptr, lit: string): bool {
  const n = lit.length;
  if (strLen(s) != n) return false;
  const p = changetype<usize>(lit);
  for (let i = 0; i < n; i++) if (strCharAt(s, i) != <u32>load<u16>(p + (<usize>i << 1))) return false;
  return true;
}

// ---- UTF-8 view ----

/**
 * The UTF-8 bytes of s; stores their count at lenAddr (u32). The bytes stay valid while s lives
 * (ASCII strs: the data itself; others: a cache block made once, freed with s). Returns 0 with
 * MemoryError set if the cache cannot be made.
 */
export function strAsUtf8(s: Ptr, lenAddr: usize): usize {
  if (strIsAscii(s)) { store<u32>(lenAddr, load<u32>(s, STR_LENGTH)); return s + STR_DATA; }
  if (load<u32>(s, STR_LENGTH) == 1 && load<u8>(s, STR_KIND) == 1) {
    // The shared chr(128)..chr(255) live as long as the VM: encode them into scratch rather than
    // give them a cache block, which would stay behind after the program that asked for it.
    const c = <u32>load<u8>(s, STR_DATA);
    store<u8>(utf8Scratch, <u8>(0xC0 | (c >> 6)));
    store<u8>(utf8Scratch, <u8>(0x80 | (c & 0x3F)), 1);
    store<u32>(lenAddr, 2);
    return utf8Scratch;
  }
  let cache = load<Ptr>(s, STR_UTF8);
  if (cache == 0) {
    const n = strLen(s);
    const kind = strKind(s);
    const d = s + STR_DATA;
    let bytes: usize = 0;
    for (let i = 0; i < n; i++) {
      const c = kindRead(d, kind, <usize>i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    cache = heapAlloc(4 + bytes);
    if (cache == 0) { excNoMemory(); return 0; }
    store<u32>(cache, <u32>bytes);
    let q = cache + 4;
    for (let i = 0; i < n; i++) {
      const c = kindRead(d, kind, <usize>i);
      if (c < 0x80) { store<u8>(q++, <u8>c); }
      else if (c < 0x800) { store<u8>(q++, <u8>(0xC0 | (c >> 6))); store<u8>(q++, <u8>(0x80 | (c & 0x3F))); }
      else if (c < 0x10000) {
        // Lone surrogates (possible only via chr()) are written as CESU-style 3-byte forms.
        store<u8>(q++, <u8>(0xE0 | (c >> 12))); store<u8>(q++, <u8>(0x80 | ((c >> 6) & 0x3F)));
        store<u8>(q++, <u8>(0x80 | (c & 0x3F)));
      } else {
        store<u8>(q++, <u8>(0xF0 | (c >> 18))); store<u8>(q++, <u8>(0x80 | ((c >> 12) & 0x3F)));
        store<u8>(q++, <u8>(0x80 | ((c >> 6) & 0x3F))); store<u8>(q++, <u8>(0x80 | (c & 0x3F)));
      }
    }
    store<Ptr>(s, cache, STR_UTF8);
  }
  store<u32>(lenAddr, load<u32>(cache));
  return cache + 4;
}

// ---- hash: SipHash-1-3, zero key (CPython Python/pyhash.c with PYTHONHASHSEED=0) ----

@inline function rotl(x: u64, b: u64): u64 { return (x << b) | (x >> (64 - b)); }

/** SipHash-1-3 of n bytes at p with the key (0, 0). */
export function siphash13(p: usize, n: usize): u64 {
  let v0: u64 = 0x736f6d6570736575;
  let v1: u64 = 0x646f72616e646f6d;
  let v2: u64 = 0x6c7967656e657261;
  let v3: u64 = 0x7465646279746573;
  let b: u64 = (<u64>n) << 56;
  let i: usize = 0;
  while (i + 8 <= n) {
    const m = load<u64>(p + i);
    v3 ^= m;
    // one SipRound
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
    v0 ^= m;
    i += 8;
  }
  let t: u64 = 0;
  for (let k: usize = 0; i + k < n; k++) t |= (<u64>load<u8>(p + i + k)) << (k << 3);
  b |= t;
  v3 ^= b;
  v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
  v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
  v0 ^= b;
  v2 ^= 0xff;
  for (let r = 0; r < 3; r++) {
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
  }
  return (v0 ^ v1) ^ (v2 ^ v3);
}

/** hash(s), cached in the object. Never fails. */
export function strHash(s: Ptr): i64 {
  let h = load<i64>(s, STR_HASH);
  if (h != -1) return h;
  const n = strLen(s);
  if (n == 0) h = 0;
  else {
    h = <i64>siphash13(s + STR_DATA, <usize>n * strKind(s));
    if (h == -1) h = -2;
  }
  store<i64>(s, h, STR_HASH);
  return h;
}

// ---- equality and ordering ----

/** a == b for two strs. */
export function strEq(a: Ptr, b: Ptr): bool {
  if (a == b) return true;
  const n = load<u32>(a, STR_LENGTH);
  if (n != load<u32>(b, STR_LENGTH)) return false;
  const k = strKind(a);
  if (k != strKind(b)) return false;
  const ha = load<i64>(a, STR_HASH);
  const hb = load<i64>(b, STR_HASH);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return memory.compare(a + STR_DATA, b + STR_DATA, <usize>n * k) == 0;
}

/** <0, 0, >0 as a is before, equal to, after b (code point order). */
export function strCompare(a: Ptr, b: Ptr): i32 {
  const na = strLen(a), nb = strLen(b);
  const ka = strKind(a), kb = strKind(b);
  const n = na < nb ? na : nb;
  if (ka == 1 && kb == 1) {
    const c = memory.compare(a + STR_DATA, b + STR_DATA, <usize>n);
    if (c != 0) return c;
  } else {
    for (let i = 0; i < n; i++) {
      const x = kindRead(a + STR_DATA, ka, <usize>i), y = kindRead(b + STR_DATA, kb, <usize>i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

// ---- interning ----
// Open addressing with linear probing; deletion by backward shift (no tombstones). Entries are
// borrowed Ptrs; 0 = empty. Kept at most 2/3 full.

let internTab: usize = 0;
let internCap: u32 = 0;
let internCount: u32 = 0;

function internGrow(): bool {
  return internResize(internCap ? internCap << 1 : 1024);
}

/** The table's capacity once vmInit is done: a run that grew it shrinks it back at its end
 *  (strInternEndRun), so the heap returns to the same blocks after every program. */
let internBaseCap: u32 = 0;
export function strInternMarkBaseline(): void { internBaseCap = internCap; }
export function strInternEndRun(): void {
  if (internCap > internBaseCap && (internCount + 1) * 3 <= internBaseCap * 2) internResize(internBaseCap);
}

function internResize(cap: u32): bool {
  const oldTab = internTab, oldCap = internCap;
  const tab = heapAlloc(<usize>cap << 2);
  if (tab == 0) return false;
  memory.fill(tab, 0, <usize>cap << 2);
  const mask = cap - 1;
  for (let i: u32 = 0; i < oldCap; i++) {
    const s = load<Ptr>(oldTab + (<usize>i << 2));
    if (s == 0) continue;
    let j = <u32>strHash(s) & mask;
    while (load<Ptr>(tab + (<usize>j << 2)) != 0) j = (j + 1) & mask;
    store<Ptr>(tab + (<usize>j << 2), s);
  }
  if (oldTab) heapFree(oldTab);
  internTab = tab;
  internCap = cap;
  return true;
}

/** Interns s (stolen): returns the table's equal str (s is released) or s itself, now interned.
 *  New reference; 0 = MemoryError (s released). */
export function strIntern(s: Ptr): Ptr {
  if (s == 0) return 0;
  if (load<u8>(s, STR_FLAGS) & SF_INTERNED) return s;
  if ((internCount + 1) * 3 > internCap * 2) {
    if (!internGrow()) { decref(s); excNoMemory(); return 0; }
  }
  const mask = internCap - 1;
  let j = <u32>strHash(s) & mask;
  while (true) {
    const e = load<Ptr>(internTab + (<usize>j << 2));
    if (e == 0) break;
    if (strEq(e, s)) { decref(s); return newref(e); }
    j = (j + 1) & mask;
  }
  store<Ptr>(internTab + (<usize>j << 2), s);
  internCount++;
  store<u8>(s, load<u8>(s, STR_FLAGS) | SF_INTERNED, STR_FLAGS);
  return s;
}

/** The interned str equal to s if there is one, else s (borrowed either way). Attribute lookup
 *  calls it on names built at run time (getattr(o, 'na' + 'me'), '{0.attr}'.format(o)), so the
 *  core's identity tests against interned names (type_getattro's __name__...) see them too; a
 *  name nobody interned cannot equal one of those, and the table does not grow. */
export function strInternedOrSelf(s: Ptr): Ptr {
  if ((load<u8>(s, STR_FLAGS) & SF_INTERNED) != 0 || internCap == 0) return s;
  const mask = internCap - 1;
  let j = <u32>strHash(s) & mask;
  while (true) {
    const e = load<Ptr>(internTab + (<usize>j << 2));
    if (e == 0) return s;
    if (strEq(e, s)) return e;
    j = (j + 1) & mask;
  }
  return s;
}

/** The interned str for a literal (new reference). */
export function strInternLiteral(lit: string): Ptr {
  return strIntern(strFromLiteral(lit));
}

/** Removes the dying interned s from the table (backward-shift deletion keeps probe chains whole). */
function internRemove(s: Ptr): void {
  const mask = internCap - 1;
  let j = <u32>load<i64>(s, STR_HASH) & mask;
  while (load<Ptr>(internTab + (<usize>j << 2)) != s) j = (j + 1) & mask;
  let hole = j;
  let k = (j + 1) & mask;
  while (true) {
    const e = load<Ptr>(internTab + (<usize>k << 2));
    if (e == 0) break;
    const home = <u32>load<i64>(e, STR_HASH) & mask;
    // Move e into the hole if its home is not cyclically within (hole, k].
    if (((k - home) & mask) >= ((k - hole) & mask)) {
      store<Ptr>(internTab + (<usize>hole << 2), e);
      hole = k;
    }
    k = (k + 1) & mask;
  }
  store<Ptr>(internTab + (<usize>hole << 2), 0);
  internCount--;
}

// ---- operations ----

/** a + b (both strs). New reference. */
export function strConcat(a: Ptr, b: Ptr): Ptr {
  const na = strLen(a), nb = strLen(b);
  if (na == 0 && objType(b) == strType) return newref(b);
  if (nb == 0 && objType(a) == strType) return newref(a);
  if (<u64>na + <u64>nb > <u64>STR_MAX_LEN) { excSetString(excOverflowError, 'strings are too large to concat'); return 0; }
  const ka = strKind(a), kb = strKind(b);
  const k = ka > kb ? ka : kb;
  const maxchar: u32 = strIsAscii(a) && strIsAscii(b) ? 0 : 0xFF;
  if (na + nb == 1) return strFromKindData(na ? a + STR_DATA : b + STR_DATA, k, 1);
  const s = strNew(na + nb, k, maxchar);
  if (s == 0) return 0;
  kindCopy(s + STR_DATA, k, a + STR_DATA, ka, na);
  kindCopy(s + STR_DATA + <usize>na * k, k, b + STR_DATA, kb, nb);
  return s;
}

/**
 * a + b where the caller owns the only reference to a (stolen): a grows in place when it can
 * (heapRealloc keeps a block at the top of memory where it is), so a loop doing `s += piece` is
 * linear, as CPython's in-place concatenation makes it. Falls back to strConcat when a is shared
 * in any way the caller could not see (interned, a cached singleton, a subclass) or b needs a
 * wider kind. New reference, 0 on error (a is released either way).
 */
export function strAppendInPlace(a: Ptr, b: Ptr): Ptr {
  const na = strLen(a), nb = strLen(b);
  const ka = strKind(a), kb = strKind(b);
  if (load<u32>(a) != 1 || objType(a) != strType || (load<u8>(a, STR_FLAGS) & SF_INTERNED) != 0
      || na < 2 || kb > ka || nb == 0 || <u64>na + <u64>nb > <u64>STR_MAX_LEN) {
    const r = strConcat(a, b);
    decref(a);
    return r;
  }
  const cache = load<Ptr>(a, STR_UTF8);
  if (cache) { heapFree(cache); store<Ptr>(a, 0, STR_UTF8); }
  const ascii = strIsAscii(a) && strIsAscii(b);
  const r = heapRealloc(a, STR_DATA + <usize>(na + nb) * ka);
  if (r == 0) { decref(a); excNoMemory(); return 0; }
  kindCopy(r + STR_DATA + <usize>na * ka, ka, b + STR_DATA, kb, nb);
  store<u32>(r, <u32>(na + nb), STR_LENGTH);
  store<u8>(r, ascii ? SF_ASCII : 0, STR_FLAGS);
  store<i64>(r, -1, STR_HASH);
  return r;
}

/** s * n. New reference. */
export function strRepeat(s: Ptr, n: i64): Ptr {
  const len = strLen(s);
  if (n <= 0 || len == 0) return newref(strEmpty);
  if (n == 1 && objType(s) == strType) return newref(s);
  if (<u64>n > <u64>(0x7FFFFFFFFFFFFFFF / <i64>len)) { excSetString(excOverflowError, 'repeated string is too long'); return 0; }
  const total = <i64>len * n;
  if (total > <i64>STR_MAX_LEN) { excNoMemory(); return 0; }
  const k = strKind(s);
  if (total == 1) return strFromChar(strCharAt(s, 0)); // a str subclass's one char: a plain str
  const r = strNew(<i32>total, k, strIsAscii(s) ? 0 : 0xFF);
  if (r == 0) return 0;
  const chunk = <usize>len * k;
  const d = r + STR_DATA;
  memory.copy(d, s + STR_DATA, chunk);
  // Doubling copies: O(total) bytes moved.
  let done: usize = chunk;
  const all = <usize>total * k;
  while (done < all) {
    const c = done <= all - done ? done : all - done;
    memory.copy(d + done, d, c);
    done += c;
  }
  return r;
}

/** s[start:end] for 0 <= start <= end <= len. New reference. */
export function strSubstring(s: Ptr, start: i32, end: i32): Ptr {
  if (start == 0 && end == strLen(s) && objType(s) == strType) return newref(s);
  if (end <= start) return newref(strEmpty);
  const k = strKind(s);
  return strFromKindData(s + STR_DATA + <usize>start * k, k, end - start);
}

/** s[start::step] taking `count` chars (indices already adjusted). New reference. */
export function strSlice(s: Ptr, start: i64, stop: i64, step: i64, count: i64): Ptr {
  if (step == 1) return strSubstring(s, <i32>start, <i32>(start + count));
  if (count <= 0) return newref(strEmpty);
  const k = strKind(s);
  // Gather into a same-kind scratch str, then narrow (a slice may drop the widest chars).
  let maxchar: u32 = 0;
  for (let i: i64 = 0, j = start; i < count; i++, j += step) {
    const c = kindRead(s + STR_DATA, k, <usize>j);
    if (c > maxchar) maxchar = c;
  }
  if (count == 1) return strFromChar(maxchar);
  const rk = kindFor(maxchar);
  const r = strNew(<i32>count, rk, maxchar);
  if (r == 0) return 0;
  for (let i: i64 = 0, j = start; i < count; i++, j += step) {
    kindWrite(r + STR_DATA, rk, <usize>i, kindRead(s + STR_DATA, k, <usize>j));
  }
  return r;
}

/** Index of the first occurrence of sub in s[start:end] at or after start, or -1. */
export function strFindIn(s: Ptr, sub: Ptr, start: i32, end: i32): i32 {
  const n = strLen(s), m = strLen(sub);
  if (start < 0) start = 0;
  if (end > n) end = n;
  if (end - start < m) return -1;
  if (m == 0) return start;
  const ks = strKind(s), kb = strKind(sub);
  if (kb > ks) return -1; // sub has a char wider than any in s
  const d = s + STR_DATA, e = sub + STR_DATA;
  const first = kindRead(e, kb, 0);
  const last = end - m;
  if (ks == kb && ks == 1) {
    for (let i = start; i <= last; i++) {
      if (<u32>load<u8>(d + <usize>i) == first && memory.compare(d + <usize>i, e, <usize>m) == 0) return i;
    }
    return -1;
  }
  for (let i = start; i <= last; i++) {
    if (kindRead(d, ks, <usize>i) != first) continue;
    let j = 1;
    while (j < m && kindRead(d, ks, <usize>(i + j)) == kindRead(e, kb, <usize>j)) j++;
    if (j == m) return i;
  }
  return -1;
}

/** Index of the last occurrence of sub in s[start:end], or -1. */
export function strRfindIn(s: Ptr, sub: Ptr, start: i32, end: i32): i32 {
  const n = strLen(s), m = strLen(sub);
  if (start < 0) start = 0;
  if (end > n) end = n;
  if (end - start < m) return -1;
  if (m == 0) return end;
  const ks = strKind(s), kb = strKind(sub);
  const d = s + STR_DATA, e = sub + STR_DATA;
  for (let i = end - m; i >= start; i--) {
    let j = 0;
    while (j < m && kindRead(d, ks, <usize>(i + j)) == kindRead(e, kb, <usize>j)) j++;
    if (j == m) return i;
  }
  return -1;
}

/** Non-overlapping occurrences of sub in s[start:end] (at most maxcount; -1 = all). */
export function strCountIn(s: Ptr, sub: Ptr, start: i32, end: i32, maxcount: i64): i64 {
  const n = strLen(s), m = strLen(sub);
  if (start < 0) start = 0;
  if (end > n) end = n;
  if (end - start < m) return 0;
  if (m == 0) { const c = <i64>(end - start + 1); return maxcount >= 0 && c > maxcount ? maxcount : c; }
  let c: i64 = 0;
  let i = start;
  while (maxcount < 0 || c < maxcount) {
    const f = strFindIn(s, sub, i, end);
    if (f < 0) break;
    c++;
    i = f + m;
  }
  return c;
}

// ---- repr ----

/** repr(s): CPython's quoting and escaping (unicode_repr). New reference. */
export function strRepr(s: Ptr): Ptr {
  const n = strLen(s);
  const k = strKind(s);
  const d = s + STR_DATA;
  // Pass 1: quote choice and output size, largest kept char.
  let sq = false, dq = false;
  for (let i = 0; i < n; i++) {
    const c = kindRead(d, k, <usize>i);
    if (c == 0x27) sq = true; else if (c == 0x22) dq = true;
  }
  const quote: u32 = sq && !dq ? 0x22 : 0x27;
  let outLen: i64 = 2;
  let maxchar: u32 = 0x7F;
  for (let i = 0; i < n; i++) {
    const c = kindRead(d, k, <usize>i);
    if (c == quote || c == 0x5C || c == 0x09 || c == 0x0A || c == 0x0D) outLen += 2;
    else if (c < 0x20 || c == 0x7F) outLen += 4;
    else if (c < 0x7F) outLen += 1;
    else if (unicodeIsPrintable(c)) { outLen += 1; if (c > maxchar) maxchar = c; }
    else if (c < 0x100) outLen += 4;
    else if (c < 0x10000) outLen += 6;
    else outLen += 10;
  }
  if (outLen > <i64>STR_MAX_LEN) { excNoMemory(); return 0; }
  const rk = kindFor(maxchar);
  const r = strNew(<i32>outLen, rk, maxchar);
  if (r == 0) return 0;
  const o = r + STR_DATA;
  let j: usize = 0;
  kindWrite(o, rk, j++, quote);
  for (let i = 0; i < n; i++) {
    const c = kindRead(d, k, <usize>i);
    if (c == quote || c == 0x5C) { kindWrite(o, rk, j++, 0x5C); kindWrite(o, rk, j++, c); }
    else if (c == 0x09) { kindWrite(o, rk, j++, 0x5C); kindWrite(o, rk, j++, 0x74); }
    else if (c == 0x0A) { kindWrite(o, rk, j++, 0x5C); kindWrite(o, rk, j++, 0x6E); }
    else if (c == 0x0D) { kindWrite(o, rk, j++, 0x5C); kindWrite(o, rk, j++, 0x72); }
    else if (c >= 0x20 && c < 0x7F) kindWrite(o, rk, j++, c);
    else if (c > 0x7F && unicodeIsPrintable(c)) kindWrite(o, rk, j++, c);
    else {
      kindWrite(o, rk, j++, 0x5C);
      let digits: u32;
      if (c < 0x100) { kindWrite(o, rk, j++, 0x78); digits = 2; }
      else if (c < 0x10000) { kindWrite(o, rk, j++, 0x75); digits = 4; }
      else { kindWrite(o, rk, j++, 0x55); digits = 8; }
      for (let q: i32 = <i32>digits - 1; q >= 0; q--) {
        const h = (c >> (<u32>q << 2)) & 0xF;
        kindWrite(o, rk, j++, h < 10 ? 0x30 + h : 0x57 + h);
      }
    }
  }
  kindWrite(o, rk, j++, quote);
  return r;
}

// ---- slots ----

function str_dealloc(s: Ptr): void {
  if (load<u8>(s, STR_FLAGS) & SF_INTERNED) internRemove(s);
  const cache = load<Ptr>(s, STR_UTF8);
  if (cache) heapFree(cache);
  objFree(s);
}

function str_repr(s: Ptr): Ptr { return strRepr(s); }

/** str(s): s itself for an exact str, else an exact copy (str subclasses). */
function str_str(s: Ptr): Ptr {
  if (objType(s) == strType) return newref(s);
  return strFromKindData(s + STR_DATA, strKind(s), strLen(s));
}

function str_hash(s: Ptr): i64 { return strHash(s); }

function str_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (!isStr(a) || !isStr(b)) return newref(Py_NotImplemented);
  let r: bool;
  if (op == 2 || op == 3) r = strEq(a, b) == (op == 2);
  else {
    const c = strCompare(a, b);
    r = op == 0 ? c < 0 : op == 1 ? c <= 0 : op == 4 ? c > 0 : c >= 0;
  }
  return boolFrom(r);
}

function str_len(s: Ptr): i64 { return <i64>strLen(s); }

function str_getitem(s: Ptr, key: Ptr): Ptr {
  const kk = typeKind(objType(key));
  if (kk == TK_INT || kk == TK_BOOL) {
    let i = intValue(key);
    if (i == I64.MIN_VALUE) { // big: "cannot fit 'int' into an index-sized integer" (or -2^63)
      i = indexAsI64(key, excIndexError);
      if (i == -1 && excOccurred()) return 0;
    }
    const n = <i64>strLen(s);
    if (i < 0) i += n;
    if (i < 0 || i >= n) { excSetString(excIndexError, 'string index out of range'); return 0; }
    return strFromChar(strCharAt(s, <i32>i));
  }
  if (objType(key) == sliceType) {
    const tmp = memory.data(24);
    if (sliceUnpack(key, tmp, tmp + 8, tmp + 16) < 0) return 0;
    const step = load<i64>(tmp, 16);
    const count = sliceAdjustIndices(<i64>strLen(s), tmp, tmp + 8, step);
    return strSlice(s, load<i64>(tmp), load<i64>(tmp, 8), step, count);
  }
  if (indexCheck(key)) return viaIndex(s, key, str_getitem.index);
  return excFormat(excTypeError, "string indices must be integers, not '%T'", key);
}

function str_contains(s: Ptr, item: Ptr): i32 {
  if (!isStr(item)) {
    excFormat(excTypeError, "'in <string>' requires string as left operand, not %T", item);
    return -1;
  }
  return strFindIn(s, item, 0, strLen(s)) >= 0 ? 1 : 0;
}

function str_add(a: Ptr, b: Ptr): Ptr {
  if (!isStr(a)) return newref(Py_NotImplemented);
  if (!isStr(b)) {
    // b's __radd__ first: CPython concatenates (sq_concat) only after every nb_add declined
    const r = seqTryOtherSlot(a, b, NB_ADD);
    if (r != 0 || excOccurred()) return r;
    return excFormat(excTypeError, 'can only concatenate str (not "%T") to str', b);
  }
  return strConcat(a, b);
}

function str_mul(a: Ptr, b: Ptr): Ptr {
  // Either order: 'ab' * 3 and 3 * 'ab' (the reflected call). The count may be anything with
  // __index__; a non-int first gets its own reflected slot (__rmul__), as CPython tries every
  // nb_multiply before str's sq_repeat, and then the sequence-repeat error.
  let s = a, n = b;
  if (!isStr(a)) { s = b; n = a; }
  else if (!indexCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_MULTIPLY);
    if (r != 0 || excOccurred()) return r;
  }
  const count = seqRepeatCount(n);
  if (count < 0) return 0;
  return strRepeat(s, count);
}

/** str(object='', encoding=..., errors=...): object's __str__ as an instance of `type` (a str
 *  subclass's __new__ reaches here through super().__new__(cls, ...)), or with an encoding or
 *  errors the decoded bytes-like object (codecs.ts). */
function str_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const npos = argsPositional(nargs, kwnames);
  if (nargs > 3) return argsRaiseCount(excTypeError, 'str() takes at most 3 arguments (%D given)', nargs);
  let obj: Ptr = npos > 0 ? load<Ptr>(args) : 0;
  let encoding: Ptr = npos > 1 ? load<Ptr>(args, 4) : 0;
  let errors: Ptr = npos > 2 ? load<Ptr>(args, 8) : 0;
  for (let i = npos; i < nargs; i++) {
    const kw = tupleItem(kwnames, i - npos);
    const v = load<Ptr>(args + (<usize>i << 2));
    if (strEqLiteral(kw, 'object')) {
      if (obj != 0) return excSetString(excTypeError, "argument for str() given by name ('object') and position (1)");
      obj = v;
    } else if (strEqLiteral(kw, 'encoding')) {
      if (encoding != 0) return excSetString(excTypeError, "argument for str() given by name ('encoding') and position (2)");
      encoding = v;
    } else if (strEqLiteral(kw, 'errors')) {
      if (errors != 0) return excSetString(excTypeError, "argument for str() given by name ('errors') and position (3)");
      errors = v;
    } else return excFormat(excTypeError, "'%U' is an invalid keyword argument for str()", kw);
  }
  if (encoding != 0 && !isStr(encoding)) return excFormat(excTypeError, "str() argument 'encoding' must be str, not %A", encoding);
  if (errors != 0 && !isStr(errors)) return excFormat(excTypeError, "str() argument 'errors' must be str, not %A", errors);
  if (encoding != 0 || errors != 0) {
    if (obj == 0) return newref(strEmpty);
    if (isStr(obj)) return excSetString(excTypeError, 'decoding str is not supported');
    return codecsDecodeObject(obj, encoding, errors);
  }
  const r = obj == 0 ? newref(strEmpty) : objStr(obj);
  if (r == 0 || type == strType) return r;
  return strSubtypeCopy(type, r);
}

/** An instance of str subclass `type` (its class layout: managed dict prefix included) holding
 *  the characters of exact str r (stolen). Never interned, UTF-8 cache not shared. */
function strSubtypeCopy(type: Ptr, r: Ptr): Ptr {
  const len = strLen(r), kind = strKind(r);
  const o = objAlloc(type, STR_DATA + <usize>len * kind);
  if (o == 0) { decref(r); return excNoMemory(); }
  store<u32>(o, <u32>len, STR_LENGTH);
  store<u8>(o, <u8>kind, STR_KIND);
  store<u8>(o, load<u8>(r, STR_FLAGS) & ~SF_INTERNED, STR_FLAGS);
  store<i64>(o, load<i64>(r, STR_HASH), STR_HASH);
  memory.copy(o + STR_DATA, r + STR_DATA, <usize>len * kind);
  decref(r);
  return o;
}

/** Makes the str type, '' and the Latin-1 one-char strs (interned). Call right after
 *  typeTypeInit(), before anything interns a name. */
export function strTypeInit(): void {
  strType = typeNewBuiltin('str', objectType, <u32>STR_DATA, TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_MATCH_SELF, TK_STR);
  typeSetSlot(strType, SLOT_DEALLOC, str_dealloc.index);
  typeSetSlot(strType, SLOT_REPR, str_repr.index);
  typeSetSlot(strType, SLOT_STR, str_str.index);
  typeSetSlot(strType, SLOT_HASH, str_hash.index);
  typeSetSlot(strType, SLOT_RICHCOMPARE, str_richcompare.index);
  typeSetSlot(strType, SLOT_LEN, str_len.index);
  typeSetSlot(strType, SLOT_GETITEM, str_getitem.index);
  typeSetSlot(strType, SLOT_CONTAINS, str_contains.index);
  typeSetSlot(strType, SLOT_NEW, str_new.index);
  typeSetSlot(strType, SLOT_NB_BINARY + <i32>NB_ADD, str_add.index);
  typeSetSlot(strType, SLOT_NB_BINARY + <i32>NB_MULTIPLY, str_mul.index);

  const e = strNew(0, 1, 0);
  if (e == 0) fatal(20);
  strEmpty = strIntern(e);
  latin1 = heapAlloc(256 * 4);
  if (latin1 == 0) fatal(20);
  for (let c: u32 = 0; c < 256; c++) {
    const s = strNew(1, 1, c);
    if (s == 0) fatal(20);
    store<u8>(s + STR_DATA, <u8>c);
    store<Ptr>(latin1 + (<usize>c << 2), strIntern(s));
  }
  strmethodsInit();
  striterInit();
}
