// === Pools: blocks of one size class, up to SMALL_MAX bytes ===
//
// Size class i serves requests of i*16+1 .. (i+1)*16 bytes (class 0: 1..16, class 31: 497..512);
// a block is exactly its class size, 16-byte aligned (pools are POOL_SIZE aligned and headers are
// multiples of 16). The pool of a block is `p & ~POOL_MASK`; its header is there (layout diagram:
// heap/arena.ts).
//
//   usedpools[cls] ──► pool ◄──► pool ◄──► pool        pools of class cls with a free block
//                        │
//                        free ──► block ──► block ──► 0      (links in each free block's +0)
//
// Invariants (asserted under DEBUG, walked by heapCheck):
//   - a pool is in usedpools[cls] iff it serves cls and pool.free != 0; a pool serving cls with
//     free == 0 is full and is in no list.
//   - pool.count = blocks handed out and not freed = capacity - length(free).
//     A pool whose count drops to 0 goes back to its arena at once, except when it is the only
//     pool in usedpools[cls]: that one stays (empty) so that alloc/free of a single block does
//     not set up a pool each time. Pools linked later go before it and it leaves the list only
//     by filling up, so a class has at most one empty pool, and it is in usedpools[cls].
//   - every block on a free list lies inside its pool, on the block grid, once.
//
// A pool set up for a class gets all its blocks threaded on its free list at once (obmalloc
// bumps a pointer instead, to leave untouched pages uncommitted; Wasm memory is committed by
// memory.grow anyway), so allocation is always a pop: the fast path (poolAlloc, inlined at every
// call site) is a load of the list head, a test of it and of the heap limit, a pop, and a test
// for a pool just filled (unlinked). The rest (a new pool, the heap limit or an armed failure
// near) is poolAllocSlow, one function too big for Binaryen to inline (it ignores @noinline), so
// the call sites stay small. Free pushes onto pool.free; the rare cases (pool was full: link it
// first in usedpools so it fills up again before the others, obmalloc's rule; pool now empty:
// back to the arena) take poolFreeSlow.

import { ALIGN_BITS, DEBUG, Ptr, poisonFill } from "../common";
import { POOL_SIZE, SMALL_MAX } from "../config";
import { Arena, POOL_HDR, Pool, arenaAll, arenaReturnPool, arenaTakePool, poolFirstOffset, poolOf } from "./arena";
import { statInUse, statsCharge, statsCount, statsFits, statsRelease, statsUncharge } from "./stats";

/** Number of size classes. */
@inline export const NCLASSES: usize = SMALL_MAX >> ALIGN_BITS;

/** Heads of the pools of each class that have a free block. */
const USEDPOOLS: usize = memory.data(<i32>(NCLASSES << 2), 16);

/** Class of a request of 1..SMALL_MAX bytes. */
@inline export function poolClassOf(size: usize): usize {
  return (size - 1) >> ALIGN_BITS;
}

/** Block size of a class. */
@inline export function poolClassSize(cls: usize): usize {
  return (cls + 1) << ALIGN_BITS;
}

@inline function usedSlot(cls: usize): usize {
  return USEDPOOLS + (cls << 2);
}

/** A block of class `cls`, or 0 (heap limit, armed failure, or no memory). The hot path. */
@inline export function poolAlloc(cls: usize): Ptr {
  let pool = load<usize>(usedSlot(cls));
  if (!pool) return poolAllocSlow(cls);
  let n = statInUse + poolClassSize(cls);
  if (!statsFits(n)) return poolAllocSlow(cls);
  statsCount(n);
  return poolPop(changetype<Pool>(pool));
}

/** The first free block of listed pool `pool`; unlinks the pool if that was its last. */
@inline function poolPop(pool: Pool): Ptr {
  let b = pool.free;
  if (DEBUG) poolCheckFreeBlock(pool, b);
  let next = load<usize>(b);
  pool.free = next;
  pool.count++;
  if (!next) poolUnlink(pool); // full now
  return b;
}

/** Everything poolAlloc leaves out: the charge when the limit or an armed failure is near, and a
 *  new pool from an arena when the class has none with a free block. */
@noinline function poolAllocSlow(cls: usize): Ptr {
  let size = poolClassSize(cls);
  if (!statsCharge(size)) return 0;
  let p = load<usize>(usedSlot(cls));
  if (!p) {
    p = arenaTakePool();
    if (!p) {
      statsUncharge(size);
      return 0;
    }
    poolSetUp(p, cls);
  }
  return poolPop(changetype<Pool>(p));
}

/** Make free pool `p` serve class `cls`: every block on its free list, first in usedpools. */
function poolSetUp(p: Ptr, cls: usize): void {
  let pool = changetype<Pool>(p);
  let size = poolClassSize(cls);
  let b = p + poolFirstOffset(p);
  let last = p + POOL_SIZE - size; // the last address at which a whole block fits
  pool.cls = <u32>cls;
  pool.count = 0;
  pool.free = b;
  for (; b + size <= last; b += size) store<usize>(b, b + size);
  store<usize>(b, 0);
  poolLink(pool);
}

/** Put `pool` first in usedpools of its class. */
function poolLink(pool: Pool): void {
  let slot = usedSlot(pool.cls);
  let head = load<usize>(slot);
  pool.prev = 0;
  pool.next = head;
  if (head) changetype<Pool>(head).prev = changetype<usize>(pool);
  store<usize>(slot, changetype<usize>(pool));
}

function poolUnlink(pool: Pool): void {
  let next = pool.next, prev = pool.prev;
  if (prev) changetype<Pool>(prev).next = next;
  else store<usize>(usedSlot(pool.cls), next);
  if (next) changetype<Pool>(next).prev = prev;
}

/** Free a small block (p inside an arena). */
@inline export function poolFree(p: Ptr): void {
  let pool = changetype<Pool>(poolOf(p));
  if (DEBUG) poolCheckLive(pool, p);
  let size = poolClassSize(pool.cls);
  statsRelease(size);
  if (DEBUG) poisonFill(p + sizeof<usize>(), size - sizeof<usize>());
  let head = pool.free;
  store<usize>(p, head);
  pool.free = p;
  let count = pool.count - 1;
  pool.count = count;
  if (!head || !count) poolFreeSlow(pool, head);
}

/** After a free: the pool was full (`oldHead` 0) or is now empty. */
@noinline function poolFreeSlow(pool: Pool, oldHead: Ptr): void {
  if (pool.count == 0) {
    if (oldHead) { // listed
      // The last pool of its class stays, empty: a loop that allocates and frees one block
      // would otherwise hand the pool back and set it up again every time (26 ns per pair
      // instead of 6 in a tight alloc/free loop, 2026-11-24).
      if (!pool.prev && !pool.next) return;
      poolUnlink(pool);
    }
    arenaReturnPool(changetype<usize>(pool));
  } else if (!oldHead) {
    poolLink(pool); // first in line: fill the fullest pools up again before the others
  }
}

/** Debug: `p` is a block of `pool` (inside it, on its block grid). */
function poolCheckBlock(pool: Pool, p: Ptr): void {
  let base = changetype<usize>(pool);
  assert(pool.cls < <u32>NCLASSES); // the pool serves a class
  let size = poolClassSize(pool.cls);
  let first = poolFirstOffset(base);
  assert(p >= base + first && p <= base + POOL_SIZE - size); // inside the pool
  assert((p - base - first) % size == 0); // on the block grid
}

/** Debug: `b`, about to be handed out, is a free block of `pool` whose link stays in the pool. */
function poolCheckFreeBlock(pool: Pool, b: Ptr): void {
  poolCheckBlock(pool, b);
  let next = load<usize>(b);
  assert(next == 0 || poolOf(next) == changetype<usize>(pool)); // free-list membership
}

/** Debug: `p`, about to be freed, is a block of `pool` and not on its free list. */
function poolCheckLive(pool: Pool, p: Ptr): void {
  poolCheckBlock(pool, p);
  for (let b = pool.free; b; b = load<usize>(b)) assert(b != p); // not already free
}

/** Usable bytes of small block `p`: its class size. */
@inline export function poolBlockSize(p: Ptr): usize {
  return poolClassSize(changetype<Pool>(poolOf(p)).cls);
}

/** Blocks in use of class `cls` (walks every arena). */
export function poolClassBlocks(cls: usize): u32 {
  let n: u32 = 0;
  for (let a = arenaAll; a; a = changetype<Arena>(a + POOL_HDR).allNext) {
    let fresh = changetype<Arena>(a + POOL_HDR).fresh;
    for (let i: u32 = 0; i < fresh; i++) {
      let pool = changetype<Pool>(a + (<usize>i * POOL_SIZE));
      if (pool.cls == <u32>cls) n += pool.count;
    }
  }
  return n;
}

/** Head of usedpools[cls] (check.ts). */
export function poolUsedHead(cls: usize): Ptr {
  return load<usize>(usedSlot(cls));
}
