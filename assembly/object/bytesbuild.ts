// === Byte builder: grows a byte string piece by piece (join, replace, decode, encode, %) ===
//
// A builder is a raw heap block (not a Python object):
//
//   +0 buf Ptr | +4 len u32 | +8 cap u32 | +12 failed u32
//
// Invariants (as strbuild.ts): capacity doubles, so n appended bytes cost O(n); an allocation
// failure only sets `failed`, appends become no-ops, and bbFinish reports MemoryError once.
// bbFree abandons a builder on an error path.

import { Ptr } from '../common';
import { heapAlloc, heapFree, heapRealloc } from '../heap/heap';
import { excNoMemory } from '../vm/exc';
import { bytesFromData, BYTES_MAX } from './bytes';
import { bytearrayFromData } from './bytearray';

@inline const BB_BUF: usize = 0;
@inline const BB_LEN: usize = 4;
@inline const BB_CAP: usize = 8;
@inline const BB_FAILED: usize = 12;
@inline const BB_SIZE: usize = 16;

/** A new empty builder with room for `cap` bytes; 0 (MemoryError set) on failure. */
export function bbNew(cap: i64): Ptr {
  if (cap < 16) cap = 16;
  if (cap > BYTES_MAX) cap = BYTES_MAX;
  const bb = heapAlloc(BB_SIZE);
  if (bb == 0) { excNoMemory(); return 0; }
  const buf = heapAlloc(<usize>cap);
  if (buf == 0) { heapFree(bb); excNoMemory(); return 0; }
  store<Ptr>(bb, buf, BB_BUF);
  store<u32>(bb, 0, BB_LEN);
  store<u32>(bb, <u32>cap, BB_CAP);
  store<u32>(bb, 0, BB_FAILED);
  return bb;
}

@inline export function bbLength(bb: Ptr): i32 { return <i32>load<u32>(bb, BB_LEN); }
/** The bytes so far (moves when the builder grows). */
@inline export function bbData(bb: Ptr): usize { return load<Ptr>(bb, BB_BUF); }

/** Room for `extra` more bytes: the address to write them at, or 0 once failed. The caller
 *  writes them and calls bbCommit(bb, extra). */
export function bbReserve(bb: Ptr, extra: i64): usize {
  if (load<u32>(bb, BB_FAILED)) return 0;
  const len = <i64>load<u32>(bb, BB_LEN);
  let cap = <i64>load<u32>(bb, BB_CAP);
  if (len + extra > BYTES_MAX) { store<u32>(bb, 1, BB_FAILED); return 0; }
  if (len + extra > cap) {
    while (cap < len + extra) cap = cap < (BYTES_MAX >> 1) ? cap << 1 : BYTES_MAX;
    const buf = heapRealloc(load<Ptr>(bb, BB_BUF), <usize>cap);
    if (buf == 0) { store<u32>(bb, 1, BB_FAILED); return 0; }
    store<Ptr>(bb, buf, BB_BUF);
    store<u32>(bb, <u32>cap, BB_CAP);
  }
  return load<Ptr>(bb, BB_BUF) + <usize>len;
}

@inline export function bbCommit(bb: Ptr, n: i64): void {
  store<u32>(bb, load<u32>(bb, BB_LEN) + <u32>n, BB_LEN);
}

/** Appends n bytes from p. */
export function bbAppend(bb: Ptr, p: usize, n: i64): void {
  if (n <= 0) return;
  const at = bbReserve(bb, n);
  if (at == 0) return;
  memory.copy(at, p, <usize>n);
  bbCommit(bb, n);
}

/** Appends one byte. */
export function bbAppendByte(bb: Ptr, c: u32): void {
  const len = load<u32>(bb, BB_LEN);
  if (len < load<u32>(bb, BB_CAP)) {
    store<u8>(load<Ptr>(bb, BB_BUF) + <usize>len, <u8>c);
    store<u32>(bb, len + 1, BB_LEN);
    return;
  }
  const at = bbReserve(bb, 1);
  if (at == 0) return;
  store<u8>(at, <u8>c);
  bbCommit(bb, 1);
}

/** Appends an ASCII literal (static data). */
export function bbAppendLiteral(bb: Ptr, lit: string): void {
  const p = changetype<usize>(lit);
  const n = lit.length;
  for (let i = 0; i < n; i++) bbAppendByte(bb, <u32>load<u16>(p + (<usize>i << 1)));
}

export function bbFree(bb: Ptr): void {
  heapFree(load<Ptr>(bb, BB_BUF));
  heapFree(bb);
}

/** The built bytes (or bytearray) as a new reference; frees the builder. 0 with MemoryError set
 *  if any append failed. */
export function bbFinish(bb: Ptr, asBytearray: bool): Ptr {
  if (load<u32>(bb, BB_FAILED)) { bbFree(bb); return excNoMemory(); }
  const n = <i64>load<u32>(bb, BB_LEN);
  const p = load<Ptr>(bb, BB_BUF);
  const r = asBytearray ? bytearrayFromData(p, n) : bytesFromData(p, n);
  bbFree(bb);
  return r;
}
