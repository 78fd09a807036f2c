// === memoryview: a view of the bytes of a bytes or bytearray, format 'B' (CPython's
//     memoryobject.c, one-dimensional unsigned bytes only), and its iterator ===
//
//   +0 refcnt | +4 type | +8 obj Ptr | +12 start i32 | +16 len i32 | +20 step i32
//   +24 flags u32                                                       (GC prefix in front)
//
//   item i of the view is byte start + i * step of obj's data (obj: the exporter, a bytes or a
//   bytearray or an instance of a subclass of either; 0 once released)
//
// Invariants:
// - A view over a bytearray counts as one of its exports from creation until release (explicit,
//   `with`, or dealloc): the bytearray's buffer then never moves or changes size
//   (bytearray.ts), so start/len/step stay valid. Writes through the view go into it.
// - The data address is read from obj at each access (never cached), so a view of a bytes and
//   a view of a bytearray are handled alike.
// - A released view keeps no reference; every operation but repr, release and `==` raises
//   ValueError("operation forbidden on released memoryview object").
// - memoryview is not subclassable, and a sequence for `match` (TPFLAGS_SEQUENCE, as in CPython;
//   bytes and bytearray are not). It is GC-tracked because a bytearray subclass instance can
//   hold a view of itself in its __dict__.

import { Ptr } from '../common';
import { objType, objAlloc, objFree, decref, newref } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER,
  SLOT_ITERNEXT, SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM, SLOT_NEW, TPFLAGS_HAVE_GC, TPFLAGS_SEQUENCE,
  TP_DICT, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, typeKind, TK_BYTES, TK_OTHER } from './type';
import {
  excFormat, excSetString, excOccurred, excNoMemory, excTypeError, excValueError, excIndexError,
  excNotImplementedError, excBufferError,
} from '../vm/exc';
import { Py_None, Py_NotImplemented } from './none';
import { boolFrom } from './bool';
import { intType, intFromI64 } from './int';
import { strLatin1Char, isStr, strEqLiteral } from './str';
import { sbNew, sbAppendLiteral, sbFinish } from './strbuild';
import { sbAppendAddress } from './cfunc';
import { sliceCheck, sliceUnpack, sliceAdjustIndices, indexCheck, indexAsI64, sliceScratchCells } from './slice';
import { tupleNew, tupleItemsAddr } from './tuple';
import { listNew, listItemsAddr } from './list';
import { iterReturnSelf } from './iter';
import { getsetAdd } from './descrobject';
import { objHash } from './abstract';
import { BYTES_DATA, bytesSize, bytesAlloc, bytesFromData, bytesHashData, bytesCompareData } from './bytes';
import { bytearraySize, bytearrayData, bytearrayExports, isBytearray } from './bytearray';
import {
  bufferAcquire, bufferRelease, BUF_PTR, BUF_LEN, BUF_OWNED, BUF_CELLS, BUF_CONTIG,
  BUF_CONTIG_ONLY, BUF_COPY,
} from './buffer';
import { bytesHex } from './bytesmethods';
import { argErrNoArgs, argErrNoKw, argsHaveKw, argsBind } from './methodargs';

@inline const MV_OBJ: usize = 8;
@inline const MV_START: usize = 12;
@inline const MV_LEN: usize = 16;
@inline const MV_STEP: usize = 20;
@inline const MV_FLAGS: usize = 24;
@inline const MV_SIZE: u32 = 28;

@inline const MVF_READONLY: u32 = 1;

export let memoryviewType: Ptr = 0;
export let memoryviewIterType: Ptr = 0;

// ---- access ----

@inline function mvObj(m: Ptr): Ptr { return load<Ptr>(m, MV_OBJ); }
@inline function mvLen(m: Ptr): i32 { return load<i32>(m, MV_LEN); }
@inline function mvStep(m: Ptr): i32 { return load<i32>(m, MV_STEP); }
@inline export function mvReadonly(m: Ptr): bool { return (load<u32>(m, MV_FLAGS) & MVF_READONLY) != 0; }
/** CPython's rule for a 1-D view: contiguous when its step is 1 or it has exactly one item (an
 *  empty view with a step is not). */
@inline function mvContiguous(m: Ptr): bool { return mvStep(m) == 1 || mvLen(m) == 1; }

/** The exporter's data address (obj must be set). */
@inline function exporterData(o: Ptr): usize {
  return typeKind(objType(o)) == TK_BYTES ? o + BYTES_DATA : bytearrayData(o);
}

/** Address of item i of a live view. */
@inline function mvItemAddr(m: Ptr, i: i64): usize {
  return exporterData(mvObj(m)) + <usize>(<i64>load<i32>(m, MV_START) + i * <i64>mvStep(m));
}

/** True when m is released, with ValueError set. */
function mvReleased(m: Ptr): bool {
  if (mvObj(m) != 0) return false;
  excSetString(excValueError, 'operation forbidden on released memoryview object');
  return true;
}

/** A new view of obj's items [start, start + len * step) by step (obj borrowed). */
function mvNew(obj: Ptr, start: i32, len: i32, step: i32, readonly: bool): Ptr {
  const m = objAlloc(memoryviewType, MV_SIZE);
  if (m == 0) return excNoMemory();
  store<Ptr>(m, newref(obj), MV_OBJ);
  store<i32>(m, start, MV_START);
  store<i32>(m, len, MV_LEN);
  store<i32>(m, step, MV_STEP);
  store<u32>(m, readonly ? MVF_READONLY : 0, MV_FLAGS);
  if (isBytearray(obj)) bytearrayExports(obj, 1);
  return m;
}

/** memoryview(o): a view of a bytes, bytearray, or another view's items. New reference. */
export function memoryviewFromObject(o: Ptr): Ptr {
  const t = objType(o);
  if (t == memoryviewType) {
    if (mvReleased(o)) return 0;
    return mvNew(mvObj(o), load<i32>(o, MV_START), mvLen(o), mvStep(o), mvReadonly(o));
  }
  if (typeKind(t) == TK_BYTES) return mvNew(o, 0, bytesSize(o), 1, true);
  if (isBytearray(o)) return mvNew(o, 0, bytearraySize(o), 1, false);
  return excFormat(excTypeError, "memoryview: a bytes-like object is required, not '%T'", o);
}

/** The bytes of view m for buffer.ts (same result convention): in place when its step is 1;
 *  a strided view per `mode` (buffer.ts). A released view raises ValueError. */
export function memoryviewAcquire(m: Ptr, cells: usize, mode: i32): i32 {
  if (mvReleased(m)) return -1;
  const n = mvLen(m);
  if (mvContiguous(m)) {
    store<usize>(cells, mvItemAddr(m, 0), BUF_PTR);
    store<i32>(cells, n, BUF_LEN);
    return 1;
  }
  if (mode == BUF_CONTIG_ONLY) return 0;
  if (mode == BUF_CONTIG) {
    excSetString(excBufferError, 'memoryview: underlying buffer is not C-contiguous');
    return -1;
  }
  const copy = mvToBytes(m);
  if (copy == 0) return -1;
  store<usize>(cells, copy + BYTES_DATA, BUF_PTR);
  store<i32>(cells, bytesSize(copy), BUF_LEN);
  store<Ptr>(cells, copy, BUF_OWNED);
  return 1;
}

/** The view's items as a new bytes (m live). */
function mvToBytes(m: Ptr): Ptr {
  const n = mvLen(m);
  if (mvStep(m) == 1) return bytesFromData(mvItemAddr(m, 0), n);
  const b = bytesAlloc(n);
  if (b == 0) return 0;
  for (let i: i32 = 0; i < n; i++) store<u8>(b + BYTES_DATA + <usize>i, load<u8>(mvItemAddr(m, i)));
  return b;
}

/** Drops the view's reference and export (idempotent). */
function mvRelease(m: Ptr): void {
  const o = mvObj(m);
  if (o == 0) return;
  store<Ptr>(m, 0, MV_OBJ);
  if (isBytearray(o)) bytearrayExports(o, -1);
  decref(o);
}

// ---- slots ----

function memoryview_dealloc(m: Ptr): void {
  mvRelease(m);
  objFree(m);
}

function memoryview_traverse(m: Ptr, visit: u32, arg: Ptr): i32 {
  const o = mvObj(m);
  return o ? call_indirect<i32>(visit, o, arg) : 0;
}

function memoryview_clear(m: Ptr): void { mvRelease(m); }

/** <memory at 0x...>, <released memory at 0x...> */
function memoryview_repr(m: Ptr): Ptr {
  const sb = sbNew();
  if (sb == 0) return 0;
  sbAppendLiteral(sb, mvObj(m) == 0 ? '<released memory at 0x' : '<memory at 0x');
  sbAppendAddress(sb, m);
  sbAppendLiteral(sb, '>');
  return sbFinish(sb);
}

/** Only read-only views hash, as the bytes they show. */
function memoryview_hash(m: Ptr): i64 {
  if (mvReleased(m)) return -1;
  if (!mvReadonly(m)) { excSetString(excValueError, 'cannot hash writable memoryview object'); return -1; }
  // CPython hashes the exporter too: a read-only view of a bytearray is still unhashable
  if (objHash(mvObj(m)) == -1) return -1;
  const cells = memory.data(BUF_CELLS);
  if (memoryviewAcquire(m, cells, BUF_COPY) < 0) return -1;
  const h = bytesHashData(load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  return h;
}

/** == and != against any bytes-like object (item by item, as format 'B' compares); released
 *  views are equal only to themselves. */
function memoryview_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if (op != 2 && op != 3) return newref(Py_NotImplemented);
  if (a == b) return boolFrom(op == 2);
  const ka = objType(a) == memoryviewType && mvObj(a) == 0;
  const kb = objType(b) == memoryviewType && mvObj(b) == 0;
  if (ka || kb) return boolFrom(op == 3);
  const ca = memory.data(BUF_CELLS), cb = memory.data(BUF_CELLS);
  const ra = bufferAcquire(a, ca, BUF_COPY);
  if (ra <= 0) return ra < 0 ? 0 : newref(Py_NotImplemented);
  const rb = bufferAcquire(b, cb, BUF_COPY);
  if (rb <= 0) { bufferRelease(ca); return rb < 0 ? 0 : newref(Py_NotImplemented); }
  const na = load<i32>(ca, BUF_LEN), nb = load<i32>(cb, BUF_LEN);
  const eq = na == nb && bytesCompareData(load<usize>(ca, BUF_PTR), na, load<usize>(cb, BUF_PTR), nb) == 0;
  bufferRelease(ca);
  bufferRelease(cb);
  return boolFrom(eq == (op == 2));
}

function memoryview_len(m: Ptr): i64 {
  if (mvReleased(m)) return -1;
  return mvLen(m);
}

function memoryview_getitem(m: Ptr, key: Ptr): Ptr {
  if (mvReleased(m)) return 0;
  const n = <i64>mvLen(m);
  if (objType(key) == intType || (!sliceCheck(key) && indexCheck(key))) {
    let i = indexAsI64(key, excIndexError);
    if (i == -1 && excOccurred()) return 0;
    if (i < 0) i += n;
    if (<u64>i >= <u64>n) return excSetString(excIndexError, 'index out of bounds on dimension 1');
    return intFromI64(<i64>load<u8>(mvItemAddr(m, i)));
  }
  if (sliceCheck(key)) {
    const c = sliceScratchCells();
    if (sliceUnpack(key, c, c + 8, c + 16) < 0) return 0;
    const step = load<i64>(c, 16);
    const count = sliceAdjustIndices(n, c, c + 8, step);
    if (mvReleased(m)) return 0; // an __index__ may have released it
    const start = load<i64>(c);
    const s0 = <i64>load<i32>(m, MV_START) + start * <i64>mvStep(m);
    return mvNew(mvObj(m), <i32>(count > 0 ? s0 : 0), <i32>count, <i32>(step * <i64>mvStep(m)), mvReadonly(m));
  }
  return excSetString(excTypeError, 'memoryview: invalid slice key');
}

function memoryview_setitem(m: Ptr, key: Ptr, value: Ptr): i32 {
  if (mvReleased(m)) return -1;
  if (mvReadonly(m)) { excSetString(excTypeError, 'cannot modify read-only memory'); return -1; }
  if (value == 0) { excSetString(excTypeError, 'cannot delete memory'); return -1; }
  const n = <i64>mvLen(m);
  if (objType(key) == intType || (!sliceCheck(key) && indexCheck(key))) {
    let i = indexAsI64(key, excIndexError);
    if (i == -1 && excOccurred()) return -1;
    if (i < 0) i += n;
    if (<u64>i >= <u64>n) { excSetString(excIndexError, 'index out of bounds on dimension 1'); return -1; }
    if (!indexCheck(value)) { excSetString(excTypeError, "memoryview: invalid type for format 'B'"); return -1; }
    const x = indexAsI64(value, 0);
    if (x == -1 && excOccurred()) return -1;
    if (x < 0 || x > 255) { excSetString(excValueError, "memoryview: invalid value for format 'B'"); return -1; }
    if (mvReleased(m)) return -1;
    store<u8>(mvItemAddr(m, i), <u8>x);
    return 0;
  }
  if (!sliceCheck(key)) { excSetString(excTypeError, 'memoryview: invalid slice key'); return -1; }
  const c = sliceScratchCells();
  if (sliceUnpack(key, c, c + 8, c + 16) < 0) return -1;
  const step = load<i64>(c, 16);
  const count = sliceAdjustIndices(n, c, c + 8, step);
  const start = load<i64>(c);
  const cells = memory.data(BUF_CELLS);
  const r = bufferAcquire(value, cells, BUF_COPY);
  if (r < 0) return -1;
  if (r == 0) { excFormat(excTypeError, "a bytes-like object is required, not '%T'", value); return -1; }
  if (mvReleased(m)) { bufferRelease(cells); return -1; }
  const vn = load<i32>(cells, BUF_LEN);
  if (<i64>vn != count) {
    bufferRelease(cells);
    excSetString(excValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    return -1;
  }
  // the source may be this very buffer (m[1:] = m[:-1]): copy it out first
  const vp = load<usize>(cells, BUF_PTR);
  const tmp = bytesFromData(vp, vn);
  bufferRelease(cells);
  if (tmp == 0) return -1;
  for (let i: i64 = 0, j = start; i < count; i++, j += step) store<u8>(mvItemAddr(m, j), load<u8>(tmp + BYTES_DATA + <usize>i));
  decref(tmp);
  return 0;
}

/** memoryview(object) */
function memoryview_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!argsBind(args, nargs, kwnames, out, 'memoryview', 1, 'object')) return 0;
  const o = load<Ptr>(out);
  if (o == 0) return excSetString(excTypeError, "memoryview() missing required argument 'object' (pos 1)");
  return memoryviewFromObject(o);
}

// ---- methods and attributes ----

function memoryview_tobytes(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!argsBind(args, nargs, kwnames, out, 'tobytes', 1, 'order')) return 0;
  const order = load<Ptr>(out);
  if (order != 0 && order != Py_None) {
    if (!isStr(order)) return excFormat(excTypeError, "tobytes() argument 'order' must be str or None, not %A", order);
    if (!strEqLiteral(order, 'C') && !strEqLiteral(order, 'F') && !strEqLiteral(order, 'A')) {
      return excSetString(excValueError, "order must be 'C', 'F' or 'A'");
    }
  }
  if (mvReleased(m)) return 0;
  return mvToBytes(m);
}

function memoryview_tolist(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(memoryviewType, 'tolist');
  if (nargs != 0) return argErrNoArgs(memoryviewType, 'tolist', nargs);
  if (mvReleased(m)) return 0;
  const n = mvLen(m);
  const l = listNew(n);
  if (l == 0) return 0;
  const items = listItemsAddr(l);
  for (let i: i32 = 0; i < n; i++) {
    store<Ptr>(items + (<usize>i << 2), intFromI64(<i64>load<u8>(mvItemAddr(m, i))));
  }
  return l;
}

function memoryview_hex(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (mvReleased(m)) return 0;
  const cells = memory.data(BUF_CELLS);
  if (memoryviewAcquire(m, cells, BUF_COPY) < 0) return 0;
  // copy out: the separator arguments' __index__ could run code while we hold the address
  const tmp = bytesFromData(load<usize>(cells, BUF_PTR), load<i32>(cells, BUF_LEN));
  bufferRelease(cells);
  if (tmp == 0) return 0;
  const r = bytesHex(tmp + BYTES_DATA, bytesSize(tmp), args, nargs, kwnames);
  decref(tmp);
  return r;
}

function memoryview_release(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(memoryviewType, 'release');
  if (nargs != 0) return argErrNoArgs(memoryviewType, 'release', nargs);
  mvRelease(m);
  return newref(Py_None);
}

function memoryview_toreadonly(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(memoryviewType, 'toreadonly');
  if (nargs != 0) return argErrNoArgs(memoryviewType, 'toreadonly', nargs);
  if (mvReleased(m)) return 0;
  return mvNew(mvObj(m), load<i32>(m, MV_START), mvLen(m), mvStep(m), true);
}

/** m.cast(format): only to 'B' (the one format pyrite's views have) and 'c'-free. */
function memoryview_cast(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(12);
  if (!argsBind(args, nargs, kwnames, out, 'cast', 2, 'format', 'shape')) return 0;
  const f = load<Ptr>(out);
  if (f == 0) return excSetString(excTypeError, "cast() missing required argument 'format' (pos 1)");
  if (!isStr(f)) return excFormat(excTypeError, "cast() argument 'format' must be str, not %A", f);
  if (mvReleased(m)) return 0;
  if (!strEqLiteral(f, 'B')) return excSetString(excNotImplementedError, "memoryview: pyrite views only cast to format 'B'");
  if (!mvContiguous(m)) return excSetString(excTypeError, 'memoryview: casts are restricted to C-contiguous views');
  return mvNew(mvObj(m), load<i32>(m, MV_START), mvLen(m), 1, mvReadonly(m));
}

function memoryview_enter(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return argErrNoArgs(memoryviewType, '__enter__', nargs);
  if (mvReleased(m)) return 0;
  return newref(m);
}

function memoryview_exit(m: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  mvRelease(m);
  return newref(Py_None);
}

function mv_obj(m: Ptr): Ptr { return mvReleased(m) ? 0 : newref(mvObj(m)); }
function mv_nbytes(m: Ptr): Ptr { return mvReleased(m) ? 0 : intFromI64(mvLen(m)); }
function mv_readonly(m: Ptr): Ptr { return mvReleased(m) ? 0 : boolFrom(mvReadonly(m)); }
function mv_itemsize(m: Ptr): Ptr { return mvReleased(m) ? 0 : intFromI64(1); }
function mv_format(m: Ptr): Ptr { return mvReleased(m) ? 0 : strLatin1Char(0x42); }
function mv_ndim(m: Ptr): Ptr { return mvReleased(m) ? 0 : intFromI64(1); }
function mv_shape(m: Ptr): Ptr { return mvReleased(m) ? 0 : oneTuple(mvLen(m)); }
function mv_strides(m: Ptr): Ptr { return mvReleased(m) ? 0 : oneTuple(mvStep(m)); }
function mv_suboffsets(m: Ptr): Ptr { return mvReleased(m) ? 0 : tupleNew(0); }
function mv_contiguous(m: Ptr): Ptr { return mvReleased(m) ? 0 : boolFrom(mvContiguous(m)); }

function oneTuple(v: i64): Ptr {
  const x = intFromI64(v);
  if (x == 0) return 0;
  const t = tupleNew(1);
  if (t == 0) { decref(x); return 0; }
  store<Ptr>(tupleItemsAddr(t), x);
  return t;
}

// ---- the iterator ----
//
//   +0 refcnt | +4 type | +8 view Ptr (owned; 0 once exhausted) | +12 index u32  (GC prefix)

@inline const MI_VIEW: usize = 8;
@inline const MI_INDEX: usize = 12;
@inline const MI_SIZE: u32 = 16;

function memoryview_iter(m: Ptr): Ptr {
  if (mvReleased(m)) return 0;
  const it = objAlloc(memoryviewIterType, MI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(m), MI_VIEW);
  return it;
}

function memoryiter_next(it: Ptr): Ptr {
  const m = load<Ptr>(it, MI_VIEW);
  if (m == 0) return 0;
  if (mvReleased(m)) return 0;
  const i = load<u32>(it, MI_INDEX);
  if (<i32>i >= mvLen(m)) {
    store<Ptr>(it, 0, MI_VIEW);
    decref(m);
    return 0;
  }
  store<u32>(it, i + 1, MI_INDEX);
  return intFromI64(<i64>load<u8>(mvItemAddr(m, i)));
}

function memoryiter_dealloc(it: Ptr): void {
  const m = load<Ptr>(it, MI_VIEW);
  if (m) decref(m);
  objFree(it);
}

function memoryiter_traverse(it: Ptr, visit: u32, arg: Ptr): i32 {
  const m = load<Ptr>(it, MI_VIEW);
  return m ? call_indirect<i32>(visit, m, arg) : 0;
}

export function memoryviewTypeInit(): void {
  const t = typeNewBuiltin('memoryview', objectType, MV_SIZE, TPFLAGS_HAVE_GC | TPFLAGS_SEQUENCE, TK_OTHER);
  memoryviewType = t;
  typeSetSlot(t, SLOT_DEALLOC, memoryview_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, memoryview_traverse.index);
  typeSetSlot(t, SLOT_CLEAR, memoryview_clear.index);
  typeSetSlot(t, SLOT_REPR, memoryview_repr.index);
  typeSetSlot(t, SLOT_HASH, memoryview_hash.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, memoryview_richcompare.index);
  typeSetSlot(t, SLOT_ITER, memoryview_iter.index);
  typeSetSlot(t, SLOT_LEN, memoryview_len.index);
  typeSetSlot(t, SLOT_GETITEM, memoryview_getitem.index);
  typeSetSlot(t, SLOT_SETITEM, memoryview_setitem.index);
  typeSetSlot(t, SLOT_NEW, memoryview_new.index);
  typeSetFinal(t);
  typeAddMethod(t, 'tobytes', memoryview_tobytes.index);
  typeAddMethod(t, 'tolist', memoryview_tolist.index);
  typeAddMethod(t, 'hex', memoryview_hex.index);
  typeAddMethod(t, 'release', memoryview_release.index);
  typeAddMethod(t, 'toreadonly', memoryview_toreadonly.index);
  typeAddMethod(t, 'cast', memoryview_cast.index);
  typeAddMethod(t, '__enter__', memoryview_enter.index);
  typeAddMethod(t, '__exit__', memoryview_exit.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, 'obj', mv_obj.index, 0, d);
  getsetAdd(t, 'nbytes', mv_nbytes.index, 0, d);
  getsetAdd(t, 'readonly', mv_readonly.index, 0, d);
  getsetAdd(t, 'itemsize', mv_itemsize.index, 0, d);
  getsetAdd(t, 'format', mv_format.index, 0, d);
  getsetAdd(t, 'ndim', mv_ndim.index, 0, d);
  getsetAdd(t, 'shape', mv_shape.index, 0, d);
  getsetAdd(t, 'strides', mv_strides.index, 0, d);
  getsetAdd(t, 'suboffsets', mv_suboffsets.index, 0, d);
  getsetAdd(t, 'contiguous', mv_contiguous.index, 0, d);
  getsetAdd(t, 'c_contiguous', mv_contiguous.index, 0, d);
  getsetAdd(t, 'f_contiguous', mv_contiguous.index, 0, d);

  memoryviewIterType = typeNewBuiltin('memory_iterator', objectType, MI_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(memoryviewIterType, SLOT_DEALLOC, memoryiter_dealloc.index);
  typeSetSlot(memoryviewIterType, SLOT_TRAVERSE, memoryiter_traverse.index);
  typeSetSlot(memoryviewIterType, SLOT_ITER, iterReturnSelf.index);
  typeSetSlot(memoryviewIterType, SLOT_ITERNEXT, memoryiter_next.index);
  typeSetFinal(memoryviewIterType);
}
