// === bytes: the immutable byte string (CPython's bytesobject.c): storage, construction, hash,
//     comparison, the sequence slots, bytes() and the bytes iterator ===
//
//   +0 --------+4 --------+8 ------------------+16 ----------+20 -------------------------
//   | refcnt   | type     | hash i64           | size u32    | data: size bytes ...
//   +----------+----------+--------------------+-------------+-------------------------
//
// Invariants:
// - The bytes never change once the object escapes: only the caller of bytesAlloc writes into a
//   fresh, unshared object, before handing it out.
// - b'' (bytesEmpty) and the 256 one-byte objects are made once at init and shared, as CPython
//   3.11's characters cache: constructors fed with data (bytesFromData) return them for sizes
//   0 and 1, so `bytes([65]) is b'A'` and `b'x'[:0] is b''`.
// - The hash is str's SipHash-1-3 over the bytes, so hash(b'abc') == hash('abc') as in CPython
//   (PYTHONHASHSEED=0); cached, -1 = not computed yet; b'' hashes to 0.
// - bytes hold no references: not a GC type. Instances of subclasses get the managed-dict prefix
//   in front like any class instance (typenew.ts); their layout from +0 is the same.
//
// The methods shared with bytearray live in bytesmethods.ts, the bytes-like view of any buffer
// (bytes, bytearray, memoryview) in buffer.ts, decoding and encoding in codecs.ts.

import { Ptr, fatal } from '../common';
import { heapAlloc } from '../heap/heap';
import { objType, objAlloc, objAllocSmall, objFree, decref, newref } from './header';
import {
  SLOT_DEALLOC, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER, SLOT_ITERNEXT,
  SLOT_LEN, SLOT_GETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_NB_BINARY, TPFLAGS_BYTES_SUBCLASS,
  TPFLAGS_MATCH_SELF, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, typeSetFinal, objectType, typeKind, typeLookup, TK_BYTES, TK_OTHER } from './type';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excMatches, excClear, excTypeError,
  excValueError, excIndexError,
} from '../vm/exc';
import { Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intType, intFromI64 } from './int';
import { isStr, siphash13 } from './str';
import { sbNew, sbAppendChar, sbAppendLiteral, sbFinish } from './strbuild';
import { objGetIter, objIterNext, objCall } from './abstract';
import { sliceCheck, sliceUnpack, sliceAdjustIndices, indexCheck, indexAsI64, sliceScratchCells } from './slice';
import { tupleType, richCompareSizes, seqTryOtherSlot, seqRepeatCount } from './tuple';
import { argsBind } from './methodargs';
import { iterReturnSelf } from './iter';
import { NB_ADD, NB_MULTIPLY } from '../opcodes.gen';
import { bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_CELLS, BUF_CONTIG_ONLY, BUF_COPY } from './buffer';
import { bbNew, bbAppendByte, bbFinish, bbFree, bbLength, bbData } from './bytesbuild';
import { codecsEncodeStr } from './codecs';

@inline export const BYTES_HASH: usize = 8;
@inline export const BYTES_SIZE: usize = 16;
@inline export const BYTES_DATA: usize = 20;

/** Longest bytes (and bytearray) we make: size + header stays far inside u32 and i32. */
@inline export const BYTES_MAX: i64 = 0x3FFFFF00;

export let bytesType: Ptr = 0;
export let bytesIterType: Ptr = 0;
/** The shared b'' (borrowed). */
export let bytesEmpty: Ptr = 0;
/** 256 Ptrs: the shared one-byte bytes b'\x00'..b'\xff'. */
let byteChars: usize = 0;

// ---- access ----

@inline export function bytesSize(b: Ptr): i32 { return <i32>load<u32>(b, BYTES_SIZE); }
@inline export function bytesData(b: Ptr): usize { return b + BYTES_DATA; }
/** Is o a bytes (or an instance of a subclass)? */
@inline export function isBytes(o: Ptr): bool { return typeKind(objType(o)) == TK_BYTES; }

// ---- construction ----

/** A fresh exact bytes of n bytes, data uninitialised, never a shared one (the caller fills it
 *  before it escapes). New reference; 0 with MemoryError set. */
export function bytesAlloc(n: i64): Ptr {
  if (n < 0 || n > BYTES_MAX) return excNoMemory();
  const b = objAllocSmall(bytesType, BYTES_DATA + <usize>n);
  if (b == 0) return excNoMemory();
  store<i64>(b, -1, BYTES_HASH);
  store<u32>(b, <u32>n, BYTES_SIZE);
  return b;
}

/** The shared one-byte bytes for c (new reference). */
@inline export function bytesChar(c: u32): Ptr {
  return newref(load<Ptr>(byteChars + (<usize>(c & 0xFF) << 2)));
}

/** bytes holding a copy of n bytes at p; the shared objects for sizes 0 and 1. New reference. */
export function bytesFromData(p: usize, n: i64): Ptr {
  if (n == 0) return newref(bytesEmpty);
  if (n == 1) return bytesChar(<u32>load<u8>(p));
  const b = bytesAlloc(n);
  if (b != 0) memory.copy(b + BYTES_DATA, p, <usize>n);
  return b;
}

/** Like bytesFromData, for `type` (bytes or a subclass of it). */
export function bytesOfType(type: Ptr, p: usize, n: i64): Ptr {
  if (type == bytesType) return bytesFromData(p, n);
  if (n > BYTES_MAX) return excNoMemory();
  const b = objAlloc(type, BYTES_DATA + <usize>n);
  if (b == 0) return excNoMemory();
  store<i64>(b, -1, BYTES_HASH);
  store<u32>(b, <u32>n, BYTES_SIZE);
  memory.copy(b + BYTES_DATA, p, <usize>n);
  return b;
}

// ---- primitives shared by bytes, bytearray and memoryview ----

/** Index of the first occurrence of the m bytes at q in p[start:end), or -1. */
export function bytesFindIn(p: usize, n: i32, q: usize, m: i32, start: i32, end: i32): i32 {
  if (start < 0) start = 0;
  if (end > n) end = n;
  if (end - start < m) return -1;
  if (m == 0) return start;
  const first = load<u8>(q);
  const last = end - m;
  for (let i = start; i <= last; i++) {
    if (load<u8>(p + <usize>i) == first && memory.compare(p + <usize>i, q, <usize>m) == 0) return i;
  }
  return -1;
}

/** Index of the last occurrence of the m bytes at q in p[start:end), or -1. */
export function bytesRfindIn(p: usize, n: i32, q: usize, m: i32, start: i32, end: i32): i32 {
  if (start < 0) start = 0;
  if (end > n) end = n;
  if (end - start < m) return -1;
  for (let i = end - m; i >= start; i--) {
    if (memory.compare(p + <usize>i, q, <usize>m) == 0) return i;
  }
  return -1;
}

/** <0, 0, >0: the bytes at pa (na) before, equal to, after those at pb (nb). */
export function bytesCompareData(pa: usize, na: i32, pb: usize, nb: i32): i32 {
  const c = memory.compare(pa, pb, <usize>(na < nb ? na : nb));
  if (c != 0) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** The RICHCOMPARE result of two byte strings (op 0..5 = < <= == != > >=). */
export function bytesRichCompareData(pa: usize, na: i32, pb: usize, nb: i32, op: i32): Ptr {
  if ((op == 2 || op == 3) && na != nb) return boolFrom(op == 3);
  const c = bytesCompareData(pa, na, pb, nb);
  return richCompareSizes(c, 0, op);
}

/** hash of n bytes (bytes' hash, and a read-only memoryview's). */
export function bytesHashData(p: usize, n: i32): i64 {
  if (n == 0) return 0;
  const h = <i64>siphash13(p, <usize>n);
  return h == -1 ? -2 : h;
}

/**
 * Appends the repr of n bytes at p to a str builder: b'...' with CPython's quote choice (double
 * quotes when the data has ' and no "), \t \n \r \\ and \xhh escapes. bytearray's repr escapes
 * ' even inside double quotes (a CPython quirk): `escapeSingle`.
 */
export function bytesReprAppend(sb: Ptr, p: usize, n: i32, escapeSingle: bool): void {
  let sq = false, dq = false;
  for (let i = 0; i < n; i++) {
    const c = load<u8>(p + <usize>i);
    if (c == 0x27) sq = true; else if (c == 0x22) dq = true;
  }
  const quote: u32 = sq && !dq ? 0x22 : 0x27;
  sbAppendChar(sb, 0x62);
  sbAppendChar(sb, quote);
  for (let i = 0; i < n; i++) {
    const c = <u32>load<u8>(p + <usize>i);
    if (c == quote || c == 0x5C || (escapeSingle && c == 0x27)) { sbAppendChar(sb, 0x5C); sbAppendChar(sb, c); }
    else if (c == 0x09) sbAppendLiteral(sb, '\\t');
    else if (c == 0x0A) sbAppendLiteral(sb, '\\n');
    else if (c == 0x0D) sbAppendLiteral(sb, '\\r');
    else if (c < 0x20 || c >= 0x7F) {
      sbAppendChar(sb, 0x5C);
      sbAppendChar(sb, 0x78);
      sbAppendChar(sb, hexDigit(c >> 4));
      sbAppendChar(sb, hexDigit(c & 0xF));
    } else sbAppendChar(sb, c);
  }
  sbAppendChar(sb, quote);
}

@inline export function hexDigit(d: u32): u32 { return d < 10 ? 0x30 + d : 0x57 + d; }

/**
 * The byte value of an int-like item (bytes([...]), bytearray.append, b[i] = v): 0..255, or -1
 * with TypeError ("'str' object cannot be interpreted as an integer") or ValueError set.
 * bytes() words the range error in the plural, everything else in the singular (CPython).
 */
export function byteValue(v: Ptr, plural: bool): i32 {
  if (!indexCheck(v)) {
    excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", v);
    return -1;
  }
  const x = indexAsI64(v, 0);
  if (x == -1 && excOccurred()) return -1;
  if (x < 0 || x > 255) {
    excSetString(excValueError, plural ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
    return -1;
  }
  return <i32>x;
}

/**
 * `item in seq` for the n bytes at p (CPython's _Py_bytes_contains): an int is a byte value, a
 * bytes-like object a substring. 1, 0, or -1 with an exception set.
 */
export function bytesContainsIn(p: usize, n: i32, item: Ptr): i32 {
  if (indexCheck(item)) {
    const x = indexAsI64(item, 0);
    if (x == -1 && excOccurred()) return -1;
    if (x < 0 || x > 255) { excSetString(excValueError, 'byte must be in range(0, 256)'); return -1; }
    for (let i = 0; i < n; i++) if (<i64>load<u8>(p + <usize>i) == x) return 1;
    return 0;
  }
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(item, cells);
  if (r < 0) return -1;
  if (r == 0) { excFormat(excTypeError, "a bytes-like object is required, not '%T'", item); return -1; }
  const found = bytesFindIn(p, n, load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN), 0, n) >= 0;
  bufferRelease(cells);
  return found ? 1 : 0;
}

// ---- slots ----

function bytes_dealloc(b: Ptr): void {
  objFree(b);
}

/** repr(b) and str(b) (CPython's bytes_str is the repr). */
function bytes_repr(b: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  bytesReprAppend(sb, b + BYTES_DATA, bytesSize(b), false);
  return sbFinish(sb);
}

function bytes_hash(b: Ptr): i64 {
  let h = load<i64>(b, BYTES_HASH);
  if (h == -1) {
    h = bytesHashData(b + BYTES_DATA, bytesSize(b));
    store<i64>(b, h, BYTES_HASH);
  }
  return h;
}

/** Only bytes against bytes: a bytearray or memoryview on the other side answers reflected. */
function bytes_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (!isBytes(a) || !isBytes(b)) return newref(Py_NotImplemented);
  if (a == b && (op == 2 || op == 3)) return boolFrom(op == 2);
  return bytesRichCompareData(a + BYTES_DATA, bytesSize(a), b + BYTES_DATA, bytesSize(b), op);
}

function bytes_len(b: Ptr): i64 { return bytesSize(b); }

/** The n items of a slice of the bytes at p (start/step from sliceAdjustIndices), as bytes. */
export function bytesSliceData(p: usize, start: i64, step: i64, count: i64): Ptr {
  if (step == 1) return bytesFromData(p + <usize>start, count);
  if (count <= 0) return newref(bytesEmpty);
  if (count == 1) return bytesChar(load<u8>(p + <usize>start));
  const r = bytesAlloc(count);
  if (r == 0) return 0;
  let j = start;
  for (let i: i64 = 0; i < count; i++, j += step) store<u8>(r + BYTES_DATA + <usize>i, load<u8>(p + <usize>j));
  return r;
}

function bytes_getitem(b: Ptr, key: Ptr): Ptr {
  const n = <i64>bytesSize(b);
  if (objType(key) == intType || (!sliceCheck(key) && indexCheck(key))) {
    let i = indexAsI64(key, excIndexError);
    if (i == -1 && excOccurred()) return 0;
    if (i < 0) i += n;
    if (<u64>i >= <u64>n) return excSetString(excIndexError, 'index out of range');
    return intFromI64(<i64>load<u8>(b + BYTES_DATA + <usize>i));
  }
  if (sliceCheck(key)) {
    const c = sliceScratchCells();
    if (sliceUnpack(key, c, c + 8, c + 16) < 0) return 0;
    const step = load<i64>(c, 16);
    const count = sliceAdjustIndices(n, c, c + 8, step);
    const start = load<i64>(c);
    if (step == 1 && count == n && objType(b) == bytesType) return newref(b);
    return bytesSliceData(b + BYTES_DATA, start, step, count);
  }
  return excFormat(excTypeError, 'byte indices must be integers or slices, not %T', key);
}

function bytes_contains(b: Ptr, item: Ptr): i32 {
  return bytesContainsIn(b + BYTES_DATA, bytesSize(b), item);
}

/** a + b with a bytes: b any bytes-like object (CPython's bytes_concat, the sq_concat slot). */
function bytes_concat(a: Ptr, b: Ptr): Ptr {
  if (!isBytes(a)) return newref(Py_NotImplemented);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(b, cells, BUF_CONTIG_ONLY);
  if (r < 0) return 0;
  if (r == 0) {
    const o = seqTryOtherSlot(a, b, NB_ADD);
    if (o != 0 || excOccurred()) return o;
    return excFormat(excTypeError, "can't concat %T to %T", b, a);
  }
  const nb = load<i32>(cells, BUF_LEN);
  const na = bytesSize(a);
  let res: Ptr;
  if (nb == 0 && objType(a) == bytesType) res = newref(a);
  else if (na == 0 && objType(b) == bytesType) res = newref(b);
  else if (<i64>na + <i64>nb > BYTES_MAX) res = excNoMemory();
  else {
    res = bytesAlloc(<i64>na + <i64>nb);
    if (res != 0) {
      memory.copy(res + BYTES_DATA, a + BYTES_DATA, <usize>na);
      memory.copy(res + BYTES_DATA + <usize>na, load<usize>(cells, BUF_PTR), <usize>nb);
    }
  }
  bufferRelease(cells);
  return res;
}

/** count copies of the n bytes at p into the fresh buffer at dst (doubling copies: O(total)). */
export function bytesRepeatInto(dst: usize, p: usize, n: i64, count: i64): void {
  const all = <usize>(n * count);
  if (all == 0) return;
  memory.copy(dst, p, <usize>n);
  let done = <usize>n;
  while (done < all) {
    const c = done <= all - done ? done : all - done;
    memory.copy(dst + done, dst, c);
    done += c;
  }
}

function bytes_repeat(a: Ptr, b: Ptr): Ptr {
  let seq = a, n = b;
  if (!isBytes(a)) { seq = b; n = a; }
  else if (!indexCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_MULTIPLY);
    if (r != 0 || excOccurred()) return r;
  }
  const count = seqRepeatCount(n);
  if (count < 0) return 0;
  const len = <i64>bytesSize(seq);
  if (count == 1 && objType(seq) == bytesType) return newref(seq);
  if (len == 0 || count == 0) return newref(bytesEmpty);
  if (count > BYTES_MAX / len) return excNoMemory();
  if (len * count == 1) return bytesChar(load<u8>(seq + BYTES_DATA));
  const r = bytesAlloc(len * count);
  if (r == 0) return 0;
  bytesRepeatInto(r + BYTES_DATA, seq + BYTES_DATA, len, count);
  return r;
}

// ---- bytes() ----

/**
 * Appends the byte values of the items iterator `it` yields to builder bb: 0, or -1 with the
 * exception set (TypeError for a non-int item, ValueError out of range; `plural` as byteValue).
 */
export function bytesCollectInts(bb: Ptr, it: Ptr, plural: bool): i32 {
  while (true) {
    const v = objIterNext(it);
    if (v == 0) return excOccurred() ? -1 : 0;
    const x = byteValue(v, plural);
    decref(v);
    if (x < 0) return -1;
    bbAppendByte(bb, <u32>x);
  }
}

/**
 * The bytes of any object bytes() accepts without an encoding (CPython's PyBytes_FromObject):
 * a bytes-like object (copied), an iterable of ints. New exact bytes.
 */
export function bytesFromObject(x: Ptr): Ptr {
  if (objType(x) == bytesType) return newref(x);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(x, cells, BUF_COPY);
  if (r < 0) return 0;
  if (r > 0) {
    // bytes(buffer) copies without sharing, as _PyBytes_FromBuffer does (bytes(bytearray(b'A'))
    // is not b'A' in CPython).
    const n = load<i32>(cells, BUF_LEN);
    let b: Ptr = n == 0 ? newref(bytesEmpty) : bytesAlloc(n);
    if (b != 0 && n != 0) memory.copy(b + BYTES_DATA, load<usize>(cells, BUF_PTR), <usize>n);
    bufferRelease(cells);
    return b;
  }
  if (isStr(x)) return excFormat(excTypeError, "cannot convert '%T' object to bytes", x);
  const it = objGetIter(x);
  if (it == 0) {
    if (excMatches(excTypeError)) {
      excClear();
      excFormat(excTypeError, "cannot convert '%T' object to bytes", x);
    }
    return 0;
  }
  const bb = bbNew(16);
  if (bb == 0) { decref(it); return 0; }
  const ok = bytesCollectInts(bb, it, true);
  decref(it);
  if (ok < 0) { bbFree(bb); return 0; }
  if (objType(x) == tupleType && bbLength(bb) == 1) {
    // CPython builds bytes(tuple) without its one-byte cache: bytes((65,)) is not b'A'
    const b = bytesAlloc(1);
    if (b != 0) store<u8>(b + BYTES_DATA, load<u8>(bbData(bb)));
    bbFree(bb);
    return b;
  }
  return bbFinish(bb, false);
}

/** Calls o.__bytes__ if its type has one: 1 (result stored at out, a new bytes), 0 (no such
 *  method), -1 error ("__bytes__ returned non-bytes (type int)"). */
export function bytesFromDunder(o: Ptr, out: usize): i32 {
  const m = typeLookup(objType(o), nameBytes);
  if (m == 0) return 0;
  const argv = memory.data(4);
  store<Ptr>(argv, o);
  const r = objCall(m, argv, 1, 0);
  if (r == 0) return -1;
  if (!isBytes(r)) {
    excFormat(excTypeError, '__bytes__ returned non-bytes (type %T)', r);
    decref(r);
    return -1;
  }
  store<Ptr>(out, r);
  return 1;
}

/**
 * Parses the (source, encoding, errors) arguments of bytes() and bytearray() into out[0..2]
 * (borrowed, 0 = missing), CPython's messages included (`ba`: bytearray's wording).
 */
export function bytesParseNewArgs(args: usize, nargs: i32, kwnames: Ptr, out: usize, ba: bool): bool {
  if (!argsBind(args, nargs, kwnames, out, ba ? 'bytearray' : 'bytes', 3, 'source', 'encoding', 'errors')) return false;
  for (let k = 1; k < 3; k++) {
    const v = load<Ptr>(out + (<usize>k << 2));
    if (v != 0 && !isStr(v)) {
      if (!ba) excFormat(excTypeError, k == 1 ? "bytes() argument 'encoding' must be str, not %A" : "bytes() argument 'errors' must be str, not %A", v);
      else excFormat(excTypeError, k == 1 ? "bytearray() argument 'encoding' must be str, not %A" : "bytearray() argument 'errors' must be str, not %A", v);
      return false;
    }
  }
  return true;
}

/** bytes(source=b'', encoding=..., errors=...) (CPython's bytes_new). */
function bytes_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!bytesParseNewArgs(args, nargs, kwnames, out, false)) return 0;
  const x = load<Ptr>(out), encoding = load<Ptr>(out, 4), errors = load<Ptr>(out, 8);
  let b: Ptr = 0;
  if (encoding != 0) {
    if (x == 0 || !isStr(x)) return excSetString(excTypeError, 'encoding without a string argument');
    b = codecsEncodeStr(x, encoding, errors);
  } else if (errors != 0) {
    return x != 0 && isStr(x) ? excSetString(excTypeError, 'string argument without an encoding')
                              : excSetString(excTypeError, 'errors without a string argument');
  } else if (x == 0) {
    b = newref(bytesEmpty);
  } else {
    const cell = memory.data(4);
    const d = bytesFromDunder(x, cell);
    if (d < 0) return 0;
    if (d > 0) b = load<Ptr>(cell);
    else if (isStr(x)) return excSetString(excTypeError, 'string argument without an encoding');
    else if (indexCheck(x)) {
      const n = indexAsI64(x, 0);
      if (n == -1 && excOccurred()) return 0;
      if (n < 0) return excSetString(excValueError, 'negative count');
      b = n == 0 ? newref(bytesEmpty) : bytesAlloc(n);
      if (b != 0 && n != 0) memory.fill(b + BYTES_DATA, 0, <usize>n);
    } else b = bytesFromObject(x);
  }
  if (b == 0 || type == bytesType) return b;
  const r = bytesOfType(type, b + BYTES_DATA, bytesSize(b));
  decref(b);
  return r;
}

// ---- the iterator ----
//
//   +0 refcnt | +4 type | +8 seq Ptr (owned; 0 once exhausted) | +12 index u32     16 bytes
//
// It holds a bytes, which holds no references: no GC prefix (as str's iterator).

@inline const BI_SEQ: usize = 8;
@inline const BI_INDEX: usize = 12;
@inline const BI_SIZE: usize = 16;

function bytes_iter(b: Ptr): Ptr {
  const it = objAllocSmall(bytesIterType, BI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(b), BI_SEQ);
  store<u32>(it, 0, BI_INDEX);
  return it;
}

function bytesiter_next(it: Ptr): Ptr {
  const b = load<Ptr>(it, BI_SEQ);
  if (b == 0) return 0;
  const i = load<u32>(it, BI_INDEX);
  if (<i32>i >= bytesSize(b)) {
    store<Ptr>(it, 0, BI_SEQ);
    decref(b);
    return 0;
  }
  store<u32>(it, i + 1, BI_INDEX);
  return intFromI64(<i64>load<u8>(b + BYTES_DATA + <usize>i));
}

function bytesiter_dealloc(it: Ptr): void {
  const b = load<Ptr>(it, BI_SEQ);
  if (b) decref(b);
  objFree(it);
}

// ---- init ----

let nameBytes: Ptr = 0;

import { strInternLiteral } from './str';

/** Makes the bytes type, b'' and the one-byte objects, the iterator, and the methods. */
export function bytesTypeInit(): void {
  bytesType = typeNewBuiltin('bytes', objectType, <u32>BYTES_DATA, TPFLAGS_BYTES_SUBCLASS | TPFLAGS_MATCH_SELF, TK_BYTES);
  typeSetSlot(bytesType, SLOT_DEALLOC, bytes_dealloc.index);
  typeSetSlot(bytesType, SLOT_REPR, bytes_repr.index);
  typeSetSlot(bytesType, SLOT_STR, bytes_repr.index);
  typeSetSlot(bytesType, SLOT_HASH, bytes_hash.index);
  typeSetSlot(bytesType, SLOT_RICHCOMPARE, bytes_richcompare.index);
  typeSetSlot(bytesType, SLOT_ITER, bytes_iter.index);
  typeSetSlot(bytesType, SLOT_LEN, bytes_len.index);
  typeSetSlot(bytesType, SLOT_GETITEM, bytes_getitem.index);
  typeSetSlot(bytesType, SLOT_CONTAINS, bytes_contains.index);
  typeSetSlot(bytesType, SLOT_NEW, bytes_new.index);
  typeSetSlot(bytesType, SLOT_NB_BINARY + <i32>NB_ADD, bytes_concat.index);
  typeSetSlot(bytesType, SLOT_NB_BINARY + <i32>NB_MULTIPLY, bytes_repeat.index);

  bytesIterType = typeNewBuiltin('bytes_iterator', objectType, <u32>BI_SIZE, 0, TK_OTHER);
  typeSetSlot(bytesIterType, SLOT_DEALLOC, bytesiter_dealloc.index);
  typeSetSlot(bytesIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(bytesIterType, SLOT_ITERNEXT, bytesiter_next.index);
  typeSetFinal(bytesIterType);

  bytesEmpty = bytesAlloc(0);
  if (bytesEmpty == 0) fatal(20);
  store<i64>(bytesEmpty, 0, BYTES_HASH);
  byteChars = heapAlloc(256 * 4);
  if (byteChars == 0) fatal(20);
  for (let c: u32 = 0; c < 256; c++) {
    const b = bytesAlloc(1);
    if (b == 0) fatal(20);
    store<u8>(b + BYTES_DATA, <u8>c);
    store<Ptr>(byteChars + (<usize>c << 2), b);
  }
  nameBytes = strInternLiteral('__bytes__');
}
