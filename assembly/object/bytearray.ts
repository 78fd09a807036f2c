// === bytearray: the mutable byte string (CPython's bytearrayobject.c): storage and resizing,
//     item and slice assignment, the mutating methods, its iterator ===
//
//   bytearray object                                         buffer (a plain heap block)
//   +0 refcnt | +4 type | +8 size i32 | +12 buf Ptr ------> [ byte 0 | ... | byte size-1 | spare ]
//   +16 alloc i32 | +20 exports i32                          `---------- alloc bytes -----------'
//
// Invariants:
// - 0 <= size <= alloc, and buf == 0 iff alloc == 0.
// - exports counts the live memoryviews over this bytearray. While it is non-zero the buffer
//   never moves or changes size: every size change goes through bytearrayResize, which raises
//   BufferError ("Existing exports of data: object cannot be re-sized") then. Writes that keep
//   the size (b[i] = x, equal-length slice assignment, reverse) are always allowed.
// - Growth over-allocates as CPython 3.11's PyByteArray_Resize, so appends are amortized O(1).
// - A bytearray holds no references: not a GC type (subclass instances are, as all classes).
//
// The methods it shares with bytes (find, split, upper, decode, hex...) are in bytesmethods.ts.

import { Ptr } from '../common';
import { heapAlloc, heapFree, heapRealloc } from '../heap/heap';
import { objType, objAlloc, objFree, decref, newref } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER,
  SLOT_ITERNEXT, SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_INIT,
  SLOT_NB_BINARY, TPFLAGS_HAVE_GC, TPFLAGS_MATCH_SELF, TP_BASICSIZE, typeSetSlot, typeSlot,
  SLOT_FLOAT, SLOT_INT,
} from './typelayout';
import {
  typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeKind, typeName, TK_BYTEARRAY,
  TK_OTHER, TK_FLOAT,
} from './type';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excMatches, excClear, excTypeError,
  excValueError, excIndexError, excBufferError, excOverflowError,
} from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { intType, intFromI64 } from './int';
import { isStr } from './str';
import { sbNew, sbAppendStr, sbAppendLiteral, sbFinish } from './strbuild';
import { objGetIter, objHashUnhashable } from './abstract';
import { sliceCheck, sliceUnpack, sliceAdjustIndices, indexCheck, indexAsI64, sliceScratchCells } from './slice';
import {
  argsPositional, argsRaiseCount, argsRaiseCount2, argsBadFixed, seqTryOtherSlot, seqRepeatCount,
} from './tuple';
import { NB_ADD, NB_MULTIPLY, NB_INPLACE_ADD, NB_INPLACE_MULTIPLY } from '../opcodes.gen';
import {
  BYTES_MAX, bytesReprAppend, bytesRichCompareData, bytesContainsIn, byteValue, bytesCollectInts,
  bytesParseNewArgs, bytesSize, bytesData, bytesRepeatInto,
} from './bytes';
import {
  bufferAcquire, bufferRelease, bufferCheck, BUF_PTR, BUF_LEN, BUF_CELLS, BUF_CONTIG_ONLY,
  BUF_COPY,
} from './buffer';
import { bbNew, bbData, bbLength, bbFree } from './bytesbuild';
import { codecsEncodeStr } from './codecs';
import { iterReturnSelf } from './iter';
import { argErrNoArgs, argErrNoKw, argsHaveKw, argAt } from './methodargs';

@inline const BA_SIZE: usize = 8;
@inline const BA_BUF: usize = 12;
@inline const BA_ALLOC: usize = 16;
@inline const BA_EXPORTS: usize = 20;
@inline const BA_OBJ_SIZE: u32 = 24;

export let bytearrayType: Ptr = 0;
export let bytearrayIterType: Ptr = 0;

// ---- access ----

@inline export function bytearraySize(b: Ptr): i32 { return load<i32>(b, BA_SIZE); }
/** The bytes (0 when empty and never allocated; moves when the bytearray is resized). */
@inline export function bytearrayData(b: Ptr): usize { return load<Ptr>(b, BA_BUF); }
@inline export function isBytearray(o: Ptr): bool { return typeKind(objType(o)) == TK_BYTEARRAY; }

/** How many memoryviews export b's buffer now (it cannot be resized while > 0). */
@inline export function bytearrayExportCount(b: Ptr): i32 { return load<i32>(b, BA_EXPORTS); }

/** A memoryview starts (+1) or stops (-1) exporting b's buffer. */
export function bytearrayExports(b: Ptr, delta: i32): void {
  store<i32>(b, load<i32>(b, BA_EXPORTS) + delta, BA_EXPORTS);
}

// ---- allocation and resizing ----

function bytearrayNewOfType(type: Ptr): Ptr {
  const b = objAlloc(type, type == bytearrayType ? BA_OBJ_SIZE : load<u32>(type, TP_BASICSIZE));
  if (b == 0) return excNoMemory();
  return b;
}

/**
 * Sets the size to n (CPython's PyByteArray_Resize): new bytes are not initialised. 0, or -1 with
 * BufferError (exported and the size changes) or MemoryError set (the bytearray is unchanged).
 */
export function bytearrayResize(b: Ptr, n: i64): i32 {
  const size = <i64>load<i32>(b, BA_SIZE);
  if (n == size) return 0;
  if (load<i32>(b, BA_EXPORTS) > 0) {
    excSetString(excBufferError, 'Existing exports of data: object cannot be re-sized');
    return -1;
  }
  if (n > BYTES_MAX) { excNoMemory(); return -1; }
  let alloc = <i64>load<i32>(b, BA_ALLOC);
  if (n <= alloc) {
    // a small shrink keeps the block; a major one (below half) frees the slack
    if (n >= alloc >> 1) { store<i32>(b, <i32>n, BA_SIZE); return 0; }
    alloc = n;
  } else if (n <= alloc + (alloc >> 3)) {
    alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  } else {
    alloc = n;
  }
  const old = load<Ptr>(b, BA_BUF);
  let buf: Ptr = 0;
  if (alloc > 0) {
    buf = heapRealloc(old, <usize>alloc);
    if (buf == 0) { excNoMemory(); return -1; }
  } else if (old != 0) heapFree(old);
  store<Ptr>(b, buf, BA_BUF);
  store<i32>(b, <i32>alloc, BA_ALLOC);
  store<i32>(b, <i32>n, BA_SIZE);
  return 0;
}

/** A new exact bytearray holding a copy of n bytes at p. */
export function bytearrayFromData(p: usize, n: i64): Ptr {
  const b = bytearrayNewOfType(bytearrayType);
  if (b == 0) return 0;
  if (n > 0) {
    if (bytearrayResize(b, n) < 0) { decref(b); return 0; }
    memory.copy(load<Ptr>(b, BA_BUF), p, <usize>n);
  }
  return b;
}

/** Appends n bytes from p (p must not point into b's own buffer unless it cannot move). */
function bytearrayAppendData(b: Ptr, p: usize, n: i64): i32 {
  if (n == 0) return 0;
  const size = <i64>load<i32>(b, BA_SIZE);
  if (size + n > BYTES_MAX) { excNoMemory(); return -1; }
  if (bytearrayResize(b, size + n) < 0) return -1;
  memory.copy(load<Ptr>(b, BA_BUF) + <usize>size, p, <usize>n);
  return 0;
}

/**
 * b.extend(o) for any source a bytearray accepts: a bytes-like object, else an iterable of ints
 * (collected first, so an iterator that mutates b sees it unchanged, as CPython does). A
 * non-iterable raises "can't extend bytearray with int", or bytearray()'s message (forInit).
 */
function bytearrayExtend(b: Ptr, o: Ptr, forInit: bool): i32 {
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(o, cells, forInit ? BUF_COPY : BUF_CONTIG_ONLY);
  if (r < 0) return -1;
  if (r == 0 && bufferCheck(o)) {
    // a strided view: CPython's extend() wants a simple buffer (bytearray(view) copies it)
    excFormat(excTypeError, "can't set bytearray slice from %T", o);
    return -1;
  }
  if (r > 0) {
    // b.extend(b): the source is b's own buffer, which the resize may move: copy it first
    const n = load<i32>(cells, BUF_LEN);
    let res: i32;
    if (o == b && n > 0) {
      const tmp = heapAlloc(<usize>n);
      if (tmp == 0) { bufferRelease(cells); excNoMemory(); return -1; }
      memory.copy(tmp, load<usize>(cells, BUF_PTR), <usize>n);
      res = bytearrayAppendData(b, tmp, n);
      heapFree(tmp);
    } else res = bytearrayAppendData(b, load<usize>(cells, BUF_PTR), n);
    bufferRelease(cells);
    return res;
  }
  const it = objGetIter(o);
  if (it == 0) {
    if (excMatches(excTypeError)) {
      excClear();
      if (forInit) excFormat(excTypeError, "cannot convert '%T' object to bytearray", o);
      else excFormat(excTypeError, "can't extend bytearray with %T", o);
    }
    return -1;
  }
  const bb = bbNew(16);
  if (bb == 0) { decref(it); return -1; }
  let res = bytesCollectInts(bb, it, false);
  decref(it);
  if (res == 0) res = bytearrayAppendData(b, bbData(bb), bbLength(bb));
  bbFree(bb);
  return res;
}

// ---- slots ----

function bytearray_dealloc(b: Ptr): void {
  const buf = load<Ptr>(b, BA_BUF);
  if (buf) heapFree(buf);
  objFree(b);
}

/** bytearray(b'...'), with the class's name for subclasses. */
function bytearray_repr(b: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  sbAppendStr(sb, typeName(objType(b)));
  sbAppendLiteral(sb, '(');
  bytesReprAppend(sb, load<Ptr>(b, BA_BUF), bytearraySize(b), true);
  sbAppendLiteral(sb, ')');
  return sbFinish(sb);
}

/** Compares with any bytes-like object (bytes answers only bytes, so b'x' == bytearray(b'x')
 *  comes here reflected). */
function bytearray_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  const ca = memory.data(BUF_CELLS), cb = memory.data(BUF_CELLS);
  const ra = bufferAcquire(a, ca, BUF_COPY);
  if (ra <= 0) return ra < 0 ? 0 : newref(Py_NotImplemented);
  const rb = bufferAcquire(b, cb, BUF_COPY);
  if (rb <= 0) { bufferRelease(ca); return rb < 0 ? 0 : newref(Py_NotImplemented); }
  const r = bytesRichCompareData(load<usize>(ca, BUF_PTR), load<i32>(ca, BUF_LEN), load<usize>(cb, BUF_PTR), load<i32>(cb, BUF_LEN), op);
  bufferRelease(ca);
  bufferRelease(cb);
  return r;
}

function bytearray_len(b: Ptr): i64 { return bytearraySize(b); }

function bytearray_contains(b: Ptr, item: Ptr): i32 {
  // the item is examined first (its __index__ may run code), then b's current buffer
  if (indexCheck(item)) {
    const x = indexAsI64(item, 0);
    if (x == -1 && excOccurred()) return -1;
    if (x < 0 || x > 255) { excSetString(excValueError, 'byte must be in range(0, 256)'); return -1; }
    const p = load<Ptr>(b, BA_BUF), n = bytearraySize(b);
    for (let i = 0; i < n; i++) if (<i64>load<u8>(p + <usize>i) == x) return 1;
    return 0;
  }
  return bytesContainsIn(load<Ptr>(b, BA_BUF), bytearraySize(b), item);
}

/** The i64 index of an int-like key, normalised against n; -1 with IndexError when out of
 *  range (or the key's own error); check excOccurred(). */
function itemIndex(key: Ptr, n: i64): i64 {
  let i = indexAsI64(key, excIndexError);
  if (i == -1 && excOccurred()) return -1;
  if (i < 0) i += n;
  if (<u64>i >= <u64>n) { excSetString(excIndexError, 'bytearray index out of range'); return -1; }
  return i;
}

function bytearray_getitem(b: Ptr, key: Ptr): Ptr {
  if (objType(key) == intType || (!sliceCheck(key) && indexCheck(key))) {
    const i = itemIndex(key, bytearraySize(b));
    if (i < 0) return 0;
    return intFromI64(<i64>load<u8>(load<Ptr>(b, BA_BUF) + <usize>i));
  }
  if (sliceCheck(key)) {
    const c = sliceScratchCells();
    if (sliceUnpack(key, c, c + 8, c + 16) < 0) return 0;
    const step = load<i64>(c, 16);
    const count = sliceAdjustIndices(bytearraySize(b), c, c + 8, step);
    const start = load<i64>(c);
    const p = load<Ptr>(b, BA_BUF);
    if (step == 1) return bytearrayFromData(p + <usize>start, count);
    const r = bytearrayFromData(0, 0);
    if (r == 0 || count <= 0) return r;
    if (bytearrayResize(r, count) < 0) { decref(r); return 0; }
    const q = load<Ptr>(r, BA_BUF);
    let j = start;
    for (let i: i64 = 0; i < count; i++, j += step) store<u8>(q + <usize>i, load<u8>(p + <usize>j));
    return r;
  }
  return excFormat(excTypeError, 'bytearray indices must be integers or slices, not %T', key);
}

/** b[lo:hi] = the n bytes at p (p stays valid: a private copy), CPython's
 *  bytearray_setslice_linear. Growing or shrinking needs no exports. */
function setSliceLinear(b: Ptr, lo: i64, hi: i64, p: usize, n: i64): i32 {
  const size = <i64>bytearraySize(b);
  if (hi < lo) hi = lo;
  const growth = n - (hi - lo);
  if (growth != 0) {
    if (growth < 0) {
      // move the tail left first, then shrink (the resize may refuse: undo)
      if (load<i32>(b, BA_EXPORTS) > 0) return bytearrayResize(b, size + growth);
      const buf = load<Ptr>(b, BA_BUF);
      memory.copy(buf + <usize>(lo + n), buf + <usize>hi, <usize>(size - hi));
      bytearrayResize(b, size + growth); // shrinking cannot fail without exports
    } else {
      if (bytearrayResize(b, size + growth) < 0) return -1;
      const buf = load<Ptr>(b, BA_BUF);
      memory.copy(buf + <usize>(hi + growth), buf + <usize>hi, <usize>(size - hi));
    }
  }
  if (n > 0) memory.copy(load<Ptr>(b, BA_BUF) + <usize>lo, p, <usize>n);
  return 0;
}

/** The bytes a slice assignment stores, as a private copy in a heap block (stored at cells[0],
 *  length at cells[1]): a bytes-like value, or an iterable of ints. -1 with the exception set. */
function sliceValue(b: Ptr, v: Ptr, out: usize): i32 {
  const t = objType(v);
  // CPython refuses str and numbers (PyNumber_Check) before trying bytearray(v)
  if (isStr(v) || indexCheck(v) || typeKind(t) == TK_FLOAT || typeSlot(t, SLOT_FLOAT) != 0 || typeSlot(t, SLOT_INT) != 0) {
    excSetString(excTypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    return -1;
  }
  const tmp = bytearrayFromData(0, 0);
  if (tmp == 0) return -1;
  if (bytearrayExtend(tmp, v, true) < 0) { decref(tmp); return -1; }
  // steal tmp's buffer
  store<Ptr>(out, load<Ptr>(tmp, BA_BUF));
  store<i32>(out, bytearraySize(tmp), 4);
  store<Ptr>(tmp, 0, BA_BUF);
  store<i32>(tmp, 0, BA_ALLOC);
  store<i32>(tmp, 0, BA_SIZE);
  decref(tmp);
  return 0;
}

/** b[key] = value / del b[key] (value 0). */
function bytearray_setitem(b: Ptr, key: Ptr, value: Ptr): i32 {
  if (objType(key) == intType || (!sliceCheck(key) && indexCheck(key))) {
    // the value is checked first (CPython), then the index against the current size
    let x: i32 = 0;
    if (value != 0) {
      x = byteValue(value, false);
      if (x < 0) return -1;
    }
    const n = <i64>bytearraySize(b);
    const i = itemIndex(key, n);
    if (i < 0) return -1;
    const buf = load<Ptr>(b, BA_BUF);
    if (value != 0) { store<u8>(buf + <usize>i, <u8>x); return 0; }
    if (load<i32>(b, BA_EXPORTS) > 0) return bytearrayResize(b, n - 1);
    memory.copy(buf + <usize>i, buf + <usize>(i + 1), <usize>(n - i - 1));
    bytearrayResize(b, n - 1);
    return 0;
  }
  if (!sliceCheck(key)) {
    excFormat(excTypeError, 'bytearray indices must be integers or slices, not %T', key);
    return -1;
  }
  // the new contents first (may run Python code), then the slice against the current size
  const vc = memory.data(8);
  let vp: usize = 0, vn: i64 = 0;
  if (value != 0) {
    if (sliceValue(b, value, vc) < 0) return -1;
    vp = load<Ptr>(vc);
    vn = load<i32>(vc, 4);
  }
  const c = sliceScratchCells();
  if (sliceUnpack(key, c, c + 8, c + 16) < 0) { if (vp) heapFree(vp); return -1; }
  const step = load<i64>(c, 16);
  const size = <i64>bytearraySize(b);
  const count = sliceAdjustIndices(size, c, c + 8, step);
  let start = load<i64>(c), stop = load<i64>(c, 8);
  let r: i32 = 0;
  if (step == 1) {
    r = setSliceLinear(b, start, stop, vp, vn);
  } else if (value == 0) {
    if (count > 0) {
      if (load<i32>(b, BA_EXPORTS) > 0) r = bytearrayResize(b, size - count);
      else {
        let st = step;
        if (st < 0) { start = start + st * (count - 1); st = -st; }
        // keep every byte not hit by the slice, in order
        const buf = load<Ptr>(b, BA_BUF);
        let w: i64 = start;
        let nextDel = start;
        for (let i: i64 = start; i < size; i++) {
          if (i == nextDel && (i - start) / st < count) { nextDel += st; continue; }
          store<u8>(buf + <usize>w, load<u8>(buf + <usize>i));
          w++;
        }
        bytearrayResize(b, size - count);
      }
    }
  } else if (vn != count) {
    argsRaiseCount2(excValueError, 'attempt to assign bytes of size %D to extended slice of size %D', vn, count);
    r = -1;
  } else {
    const buf = load<Ptr>(b, BA_BUF);
    let j = start;
    for (let i: i64 = 0; i < count; i++, j += step) store<u8>(buf + <usize>j, load<u8>(vp + <usize>i));
  }
  if (vp) heapFree(vp);
  return r;
}

/** a + b with a a bytearray: a new bytearray (b any bytes-like object). */
function bytearray_concat(a: Ptr, b: Ptr): Ptr {
  if (!isBytearray(a)) return newref(Py_NotImplemented);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(b, cells, BUF_CONTIG_ONLY);
  if (r < 0) return 0;
  if (r == 0) {
    const o = seqTryOtherSlot(a, b, NB_ADD);
    if (o != 0 || excOccurred()) return o;
    return excFormat(excTypeError, "can't concat %T to %T", b, a);
  }
  const na = <i64>bytearraySize(a), nb = <i64>load<i32>(cells, BUF_LEN);
  let res: Ptr = 0;
  if (na + nb > BYTES_MAX) excNoMemory();
  else {
    res = bytearrayFromData(load<Ptr>(a, BA_BUF), na);
    if (res != 0 && bytearrayAppendData(res, load<usize>(cells, BUF_PTR), nb) < 0) { decref(res); res = 0; }
  }
  bufferRelease(cells);
  return res;
}

function bytearray_repeat(a: Ptr, b: Ptr): Ptr {
  let seq = a, n = b;
  if (!isBytearray(a)) { seq = b; n = a; }
  else if (!indexCheck(b)) {
    const r = seqTryOtherSlot(a, b, NB_MULTIPLY);
    if (r != 0 || excOccurred()) return r;
  }
  const count = seqRepeatCount(n);
  if (count < 0) return 0;
  const len = <i64>bytearraySize(seq);
  const r = bytearrayFromData(0, 0);
  if (r == 0 || len == 0 || count == 0) return r;
  if (count > BYTES_MAX / len) { decref(r); return excNoMemory(); }
  if (bytearrayResize(r, len * count) < 0) { decref(r); return 0; }
  bytesRepeatInto(load<Ptr>(r, BA_BUF), load<Ptr>(seq, BA_BUF), len, count);
  return r;
}

/** b += buffer (only bytes-like objects, as CPython's bytearray_iconcat). */
function bytearray_inplace_concat(a: Ptr, b: Ptr): Ptr {
  if (!isBytearray(a)) return newref(Py_NotImplemented);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(b, cells, BUF_CONTIG_ONLY);
  if (r < 0) return 0;
  if (r == 0) return excFormat(excTypeError, "can't concat %T to %T", b, a);
  bufferRelease(cells);
  // CPython holds b's buffer while it resizes a: b += b finds its own export (BufferError)
  if (b == a && bytearraySize(a) > 0) {
    excSetString(excBufferError, 'Existing exports of data: object cannot be re-sized');
    return 0;
  }
  if (bytearrayExtend(a, b, false) < 0) return 0;
  return newref(a);
}

/** b *= n */
function bytearray_inplace_repeat(a: Ptr, b: Ptr): Ptr {
  if (!isBytearray(a)) return newref(Py_NotImplemented);
  const count = seqRepeatCount(b);
  if (count < 0) return 0;
  const len = <i64>bytearraySize(a);
  if (len == 0 || count == 1) return newref(a);
  if (count == 0) {
    if (bytearrayResize(a, 0) < 0) return 0;
    return newref(a);
  }
  if (count > BYTES_MAX / len) return excNoMemory();
  if (bytearrayResize(a, len * count) < 0) return 0;
  const buf = load<Ptr>(a, BA_BUF);
  bytesRepeatInto(buf, buf, len, count);
  return newref(a);
}

/** bytearray.__new__: an empty bytearray of the given type; __init__ fills it. */
function bytearray_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  return bytearrayNewOfType(type);
}

/** bytearray.__init__(source=b'', encoding=..., errors=...) */
function bytearray_init(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): i32 {
  const out = memory.data(12);
  if (!bytesParseNewArgs(args, nargs, kwnames, out, true)) return -1;
  const x = load<Ptr>(out), encoding = load<Ptr>(out, 4), errors = load<Ptr>(out, 8);
  if (bytearrayResize(self, 0) < 0) return -1;
  if (encoding != 0) {
    if (x == 0 || !isStr(x)) { excSetString(excTypeError, 'encoding without a string argument'); return -1; }
    const enc = codecsEncodeStr(x, encoding, errors);
    if (enc == 0) return -1;
    const r = bytearrayAppendData(self, bytesData(enc), bytesSize(enc));
    decref(enc);
    return r;
  }
  if (errors != 0) {
    excSetString(excTypeError, x != 0 && isStr(x) ? 'string argument without an encoding' : 'errors without a string argument');
    return -1;
  }
  if (x == 0) return 0;
  if (isStr(x)) { excSetString(excTypeError, 'string argument without an encoding'); return -1; }
  if (indexCheck(x)) {
    const n = indexAsI64(x, 0);
    if (n == -1 && excOccurred()) return -1;
    if (n < 0) { excSetString(excValueError, 'negative count'); return -1; }
    if (bytearrayResize(self, n) < 0) return -1;
    if (n > 0) memory.fill(load<Ptr>(self, BA_BUF), 0, <usize>n);
    return 0;
  }
  return bytearrayExtend(self, x, true);
}

// ---- methods ----

function bytearray_append(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'bytearray.append() takes no keyword arguments',
    'bytearray.append() takes exactly one argument (%D given)')) return 0;
  const x = byteValue(argAt(args, 0), false);
  if (x < 0) return 0;
  const n = <i64>bytearraySize(b);
  if (bytearrayResize(b, n + 1) < 0) return 0;
  store<u8>(load<Ptr>(b, BA_BUF) + <usize>n, <u8>x);
  return newref(Py_None);
}

function bytearray_extend(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'bytearray.extend() takes no keyword arguments',
    'bytearray.extend() takes exactly one argument (%D given)')) return 0;
  if (bytearrayExtend(b, argAt(args, 0), false) < 0) return 0;
  return newref(Py_None);
}

/** bytearray.insert(index, item, /) */
function bytearray_insert(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return argErrNoKw(bytearrayType, 'insert');
  if (nargs != 2) return argsRaiseCount(excTypeError, 'insert expected 2 arguments, got %D', nargs);
  let i = indexAsI64(argAt(args, 0), excOverflowError);
  if (i == -1 && excOccurred()) return 0;
  const x = byteValue(argAt(args, 1), false);
  if (x < 0) return 0;
  const n = <i64>bytearraySize(b);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (bytearrayResize(b, n + 1) < 0) return 0;
  const buf = load<Ptr>(b, BA_BUF);
  memory.copy(buf + <usize>(i + 1), buf + <usize>i, <usize>(n - i));
  store<u8>(buf + <usize>i, <u8>x);
  return newref(Py_None);
}

/** bytearray.pop(index=-1, /) */
function bytearray_pop(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsPositional(nargs, kwnames) != nargs) return argErrNoKw(bytearrayType, 'pop');
  if (nargs > 1) return argsRaiseCount(excTypeError, 'pop expected at most 1 argument, got %D', nargs);
  let i: i64 = -1;
  if (nargs == 1) {
    i = indexAsI64(argAt(args, 0), excOverflowError);
    if (i == -1 && excOccurred()) return 0;
  }
  const n = <i64>bytearraySize(b);
  if (n == 0) return excSetString(excIndexError, 'pop from empty bytearray');
  if (i < 0) i += n;
  if (i < 0 || i >= n) return excSetString(excIndexError, 'pop index out of range');
  const buf = load<Ptr>(b, BA_BUF);
  const x = <i64>load<u8>(buf + <usize>i);
  if (load<i32>(b, BA_EXPORTS) > 0) { bytearrayResize(b, n - 1); return 0; }
  memory.copy(buf + <usize>i, buf + <usize>(i + 1), <usize>(n - i - 1));
  bytearrayResize(b, n - 1);
  return intFromI64(x);
}

function bytearray_remove(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsBadFixed(nargs, kwnames, 1, 'bytearray.remove() takes no keyword arguments',
    'bytearray.remove() takes exactly one argument (%D given)')) return 0;
  const x = byteValue(argAt(args, 0), false);
  if (x < 0) return 0;
  const n = bytearraySize(b);
  const buf = load<Ptr>(b, BA_BUF);
  let i = 0;
  while (i < n && <i32>load<u8>(buf + <usize>i) != x) i++;
  if (i == n) return excSetString(excValueError, 'value not found in bytearray');
  if (load<i32>(b, BA_EXPORTS) > 0) { bytearrayResize(b, n - 1); return 0; }
  memory.copy(buf + <usize>i, buf + <usize>(i + 1), <usize>(n - i - 1));
  bytearrayResize(b, n - 1);
  return newref(Py_None);
}

function bytearray_clear(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(bytearrayType, 'clear');
  if (nargs != 0) return argErrNoArgs(bytearrayType, 'clear', nargs);
  if (bytearrayResize(b, 0) < 0) return 0;
  return newref(Py_None);
}

function bytearray_copy(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(bytearrayType, 'copy');
  if (nargs != 0) return argErrNoArgs(bytearrayType, 'copy', nargs);
  return bytearrayFromData(load<Ptr>(b, BA_BUF), bytearraySize(b));
}

function bytearray_reverse(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(bytearrayType, 'reverse');
  if (nargs != 0) return argErrNoArgs(bytearrayType, 'reverse', nargs);
  const buf = load<Ptr>(b, BA_BUF);
  let i = 0, j = bytearraySize(b) - 1;
  while (i < j) {
    const t = load<u8>(buf + <usize>i);
    store<u8>(buf + <usize>i, load<u8>(buf + <usize>j));
    store<u8>(buf + <usize>j, t);
    i++; j--;
  }
  return newref(Py_None);
}

/** bytearray.__alloc__(): the bytes allocated, counting CPython's trailing NUL. */
function bytearray_alloc(b: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argErrNoArgs(bytearrayType, '__alloc__', nargs);
  const a = load<i32>(b, BA_ALLOC);
  return intFromI64(a == 0 ? 0 : <i64>a + 1);
}

// ---- the iterator ----
//
//   +0 refcnt | +4 type | +8 seq Ptr (owned; 0 once exhausted) | +12 index u32   (GC prefix)
//
// GC-tracked: a bytearray subclass instance can hold its own iterator in its __dict__.

@inline const BI_SEQ: usize = 8;
@inline const BI_INDEX: usize = 12;
@inline const BI_SIZE: u32 = 16;

function bytearray_iter(b: Ptr): Ptr {
  const it = objAlloc(bytearrayIterType, BI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(b), BI_SEQ);
  return it;
}

/** Reads the current size each step: the bytearray may change while it is iterated. */
function bytearrayiter_next(it: Ptr): Ptr {
  const b = load<Ptr>(it, BI_SEQ);
  if (b == 0) return 0;
  const i = load<u32>(it, BI_INDEX);
  if (<i32>i >= bytearraySize(b)) {
    store<Ptr>(it, 0, BI_SEQ);
    decref(b);
    return 0;
  }
  store<u32>(it, i + 1, BI_INDEX);
  return intFromI64(<i64>load<u8>(load<Ptr>(b, BA_BUF) + <usize>i));
}

function bytearrayiter_dealloc(it: Ptr): void {
  const b = load<Ptr>(it, BI_SEQ);
  if (b) decref(b);
  objFree(it);
}

function bytearrayiter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const b = load<Ptr>(it, BI_SEQ);
  return b ? call_indirect<i32>(visit, b, arg) : 0;
}

export function bytearrayTypeInit(): void {
  const t = typeNewBuiltin('bytearray', objectType, BA_OBJ_SIZE, TPFLAGS_MATCH_SELF, TK_BYTEARRAY);
  bytearrayType = t;
  typeSetSlot(t, SLOT_DEALLOC, bytearray_dealloc.index);
  typeSetSlot(t, SLOT_REPR, bytearray_repr.index);
  typeSetSlot(t, SLOT_STR, bytearray_repr.index);
  typeSetSlot(t, SLOT_HASH, objHashUnhashable.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, bytearray_richcompare.index);
  typeSetSlot(t, SLOT_ITER, bytearray_iter.index);
  typeSetSlot(t, SLOT_LEN, bytearray_len.index);
  typeSetSlot(t, SLOT_GETITEM, bytearray_getitem.index);
  typeSetSlot(t, SLOT_SETITEM, bytearray_setitem.index);
  typeSetSlot(t, SLOT_CONTAINS, bytearray_contains.index);
  typeSetSlot(t, SLOT_NEW, bytearray_new.index);
  typeSetSlot(t, SLOT_INIT, bytearray_init.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_ADD, bytearray_concat.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_MULTIPLY, bytearray_repeat.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_INPLACE_ADD, bytearray_inplace_concat.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_INPLACE_MULTIPLY, bytearray_inplace_repeat.index);
  typeAddMethod(t, 'append', bytearray_append.index);
  typeAddMethod(t, 'extend', bytearray_extend.index);
  typeAddMethod(t, 'insert', bytearray_insert.index);
  typeAddMethod(t, 'pop', bytearray_pop.index);
  typeAddMethod(t, 'remove', bytearray_remove.index);
  typeAddMethod(t, 'clear', bytearray_clear.index);
  typeAddMethod(t, 'copy', bytearray_copy.index);
  typeAddMethod(t, 'reverse', bytearray_reverse.index);
  typeAddMethod(t, '__alloc__', bytearray_alloc.index);

  bytearrayIterType = typeNewBuiltin('bytearray_iterator', objectType, BI_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(bytearrayIterType, SLOT_DEALLOC, bytearrayiter_dealloc.index);
  typeSetSlot(bytearrayIterType, SLOT_TRAVERSE, bytearrayiter_traverse.index);
  typeSetSlot(bytearrayIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(bytearrayIterType, SLOT_ITERNEXT, bytearrayiter_next.index);
  typeSetFinal(bytearrayIterType);
}
