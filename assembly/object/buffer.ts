// === The buffer protocol, reduced to what pyrite's bytes-like objects need ===
//
// A bytes-like object (bytes, bytearray, memoryview, and subclasses of the first two) is seen by
// the core as n contiguous bytes at an address. bufferAcquire fills three cells the caller owns:
//
//   cells +0 ptr usize | +4 len i32 | +8 owned Ptr (a temporary bytes copy, or 0)
//
// A memoryview with a step (m[::2]) is not contiguous. What acquiring one does depends on the
// caller, as in CPython (whose callers ask for a simple or a full buffer):
//   BUF_CONTIG       BufferError("memoryview: underlying buffer is not C-contiguous")
//                    (b'abc'.find(m[::2]), m[::2] in b'abc')
//   BUF_CONTIG_ONLY  treated as not bytes-like: 0, the caller raises its own TypeError
//                    (b'x' + m[::2]: "can't concat memoryview to bytes")
//   BUF_COPY         its items copied into a temporary bytes (bytes(m[::2]), ==, b'%s' % m[::2],
//                    CPython's PyBuffer_ToContiguous), which bufferRelease drops
//
// Invariant: the address stays valid until bufferRelease only while no Python code runs in
// between (a bytearray may be resized by Python code; CPython pins it with an export count for
// that window). Every caller reads the data and releases before calling anything that can run
// Python code (__index__, __eq__, iteration of other objects).

import { Ptr } from '../common';
import { objType, decref } from './header';
import { typeKind, TK_BYTES, TK_BYTEARRAY } from './type';
import { bytesSize, bytesData } from './bytes';
import { bytearraySize, bytearrayData } from './bytearray';
import { memoryviewType, memoryviewAcquire } from './memoryview';
import { strFromAscii } from './str';

@inline export const BUF_PTR: usize = 0;
@inline export const BUF_LEN: usize = 4;
@inline export const BUF_OWNED: usize = 8;
@inline export const BUF_CELLS: i32 = 12;

@inline export const BUF_CONTIG: i32 = 0;
@inline export const BUF_CONTIG_ONLY: i32 = 1;
@inline export const BUF_COPY: i32 = 2;

/** Does o support the buffer protocol? */
export function bufferCheck(o: Ptr): bool {
  const t = objType(o);
  const k = typeKind(t);
  return k == TK_BYTES || k == TK_BYTEARRAY || t == memoryviewType;
}

/** Fills cells with o's bytes: 1, 0 when o is not bytes-like (nothing set), -1 with an exception
 *  set (a released memoryview, a strided one under BUF_CONTIG, MemoryError for a copy). */
export function bufferAcquire(o: Ptr, cells: usize, mode: i32 = BUF_CONTIG): i32 {
  const t = objType(o);
  const k = typeKind(t);
  store<Ptr>(cells, 0, BUF_OWNED);
  if (k == TK_BYTES) {
    store<usize>(cells, bytesData(o), BUF_PTR);
    store<i32>(cells, bytesSize(o), BUF_LEN);
    return 1;
  }
  if (k == TK_BYTEARRAY) {
    store<usize>(cells, bytearrayData(o), BUF_PTR);
    store<i32>(cells, bytearraySize(o), BUF_LEN);
    return 1;
  }
  if (t == memoryviewType) return memoryviewAcquire(o, cells, mode);
  return 0;
}

/** Ends a successful bufferAcquire. */
export function bufferRelease(cells: usize): void {
  const owned = load<Ptr>(cells, BUF_OWNED);
  if (owned != 0) {
    store<Ptr>(cells, 0, BUF_OWNED);
    decref(owned);
  }
}

/** The bytes of the bytes-like o as a str when they are all ASCII (what int() and float() parse
 *  a bytes argument as, CPython reading it as C text): a new str; 0 with no exception set when
 *  a byte is not ASCII (the caller raises its own "invalid literal" error); 0 with an
 *  exception set on failure. */
export function bufferAsciiText(o: Ptr): Ptr {
  const cells = memory.data(BUF_CELLS);
  if (bufferAcquire(o, cells, BUF_COPY) < 0) return 0;
  const p = load<usize>(cells, BUF_PTR);
  const n = load<i32>(cells, BUF_LEN);
  let ascii = true;
  for (let i = 0; i < n && ascii; i++) ascii = load<u8>(p + <usize>i) < 0x80;
  const s: Ptr = ascii ? strFromAscii(p, n) : 0;
  bufferRelease(cells);
  return s;
}
