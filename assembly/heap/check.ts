// === heapCheck: walk the whole heap and verify its invariants (tests, debug builds) ===
//
// Costly (visits every pool, free list and large block); returns 0 when the heap is sound, else
// the code of the first broken invariant (table below), so a test failure names it. It reads the
// heap only; every invariant it checks is stated at the head of the file that keeps it.
//
//   1x  arenas (arena.ts)          2x  pools and free lists (pool.ts)
//   3x  large regions (large.ts)   4x  counters against the heap (stats.ts)

import { ALIGN, Ptr } from "../common";
import { ARENA_SIZE, POOL_BITS, POOL_SIZE } from "../config";
import {
  Arena, CHUNK_ARENA, CHUNK_LARGE, POOL_FREE, POOL_HDR, POOLS_PER_ARENA, Pool, arenaAll, arenaBucket,
  chunkKind, poolFirstOffset,
} from "./arena";
import {
  LARGE_HDR, largeBinHas, largeBinnedCount, largeBlockFree, largeBlockPrev, largeBlockSizeRaw,
  largeRegionEnd, largeRegionFirst, largeRegionNext,
} from "./large";
import { NCLASSES, poolClassSize, poolUsedHead } from "./pool";
import { statArenas, statFreeArenas, statInUse, statLargeBlocks, statLargeBytes, statPools } from "./stats";

export const CHECK_OK: i32 = 0;
@inline const ARENA_NOT_CHUNK: i32 = 10;      // an arena's chunk is not marked CHUNK_ARENA
@inline const ARENA_BAD_NFREE: i32 = 11;      // nfree != free-list length + never-used pools
@inline const ARENA_BAD_FREE_POOL: i32 = 12;  // a pool on an arena's free list is not POOL_FREE
@inline const ARENA_BAD_BUCKET: i32 = 13;     // an arena is not in bucket[nfree], or twice
@inline const ARENA_BAD_COUNT: i32 = 14;      // statArenas/statFreeArenas disagree with the lists
@inline const POOL_BAD_CLASS: i32 = 20;       // a used pool's class is out of range
@inline const POOL_BAD_BLOCK: i32 = 21;       // a free-list block outside the pool/grid/handed-out part
@inline const POOL_FREE_CYCLE: i32 = 22;      // a free list longer than the pool holds
@inline const POOL_BAD_COUNT: i32 = 23;       // count != handed out - free, or two empty pools
                                              // of one class
@inline const POOL_BAD_USED_LIST: i32 = 24;   // usedpools[cls] membership broken
@inline const LARGE_NOT_CHUNK: i32 = 30;      // a region's chunks are not marked CHUNK_LARGE
@inline const LARGE_BAD_TILING: i32 = 31;     // blocks do not tile the region / bad size / prevPhys
@inline const LARGE_ADJACENT_FREE: i32 = 32;  // two free blocks side by side (missed merge)
@inline const LARGE_NOT_BINNED: i32 = 33;     // a free block missing from its bin
@inline const LARGE_BAD_BIN_COUNT: i32 = 34;  // bins hold blocks that are not free in any region
@inline const STAT_LARGE: i32 = 40;           // statLargeBlocks/Bytes disagree with the regions
@inline const STAT_IN_USE: i32 = 41;          // statInUse != small bytes + large bytes
@inline const STAT_POOLS: i32 = 42;           // statPools disagrees with the arenas

/** Walk one arena; adds to the sums at `acc`: +0 bytes in use, +4 pools in use, +8 pools with a
 *  free block. */
function checkArena(base: Ptr, acc: usize): i32 {
  let a = changetype<Arena>(base + POOL_HDR);
  if (chunkKind(base) != CHUNK_ARENA) return ARENA_NOT_CHUNK;
  if (a.fresh > POOLS_PER_ARENA || a.nfree > POOLS_PER_ARENA) return ARENA_BAD_NFREE;
  let freeLen: u32 = 0;
  for (let p = a.freePools; p; p = changetype<Pool>(p).next) {
    if ((p & ~(ARENA_SIZE - 1)) != base || (p & (POOL_SIZE - 1)) != 0) return ARENA_BAD_FREE_POOL;
    if (changetype<Pool>(p).cls != POOL_FREE) return ARENA_BAD_FREE_POOL;
    if (++freeLen > a.fresh) return ARENA_BAD_FREE_POOL;
  }
  if (a.nfree != freeLen + (POOLS_PER_ARENA - a.fresh)) return ARENA_BAD_NFREE;
  let free: u32 = 0;
  for (let i: u32 = 0; i < a.fresh; i++) {
    let p = base + (<usize>i << POOL_BITS);
    let pool = changetype<Pool>(p);
    if (pool.cls == POOL_FREE) {
      free++;
      continue;
    }
    let code = checkPool(p, acc);
    if (code) return code;
  }
  if (free != freeLen) return ARENA_BAD_FREE_POOL;
  return CHECK_OK;
}

function checkPool(p: Ptr, acc: usize): i32 {
  let pool = changetype<Pool>(p);
  if (pool.cls >= <u32>NCLASSES) return POOL_BAD_CLASS;
  let size = <u32>poolClassSize(pool.cls);
  let first = <u32>poolFirstOffset(p);
  let capacity = (<u32>POOL_SIZE - first) / size;
  let freeLen: u32 = 0;
  for (let b = pool.free; b; b = load<usize>(b)) {
    if (b < p + first || b >= p + first + capacity * size || (b - p - first) % size != 0) return POOL_BAD_BLOCK;
    if (++freeLen > capacity) return POOL_FREE_CYCLE;
  }
  if (pool.count != capacity - freeLen) return POOL_BAD_COUNT;
  if (pool.count == 0) { // the one empty pool its class may keep (pool.ts)
    let seen = EMPTY_SEEN + <usize>pool.cls;
    if (load<u8>(seen)) return POOL_BAD_COUNT;
    store<u8>(seen, 1);
  }
  store<usize>(acc, load<usize>(acc) + <usize>pool.count * size);
  store<u32>(acc, load<u32>(acc, 4) + 1, 4);
  if (pool.free) store<u32>(acc, load<u32>(acc, 8) + 1, 8);
  return CHECK_OK;
}

/** Every pool in usedpools[cls] serves cls and has a free block; returns how many, or -code. */
function checkUsedLists(): i64 {
  let n: i64 = 0;
  let listed: u32 = 0;
  for (let cls: usize = 0; cls < NCLASSES; cls++) {
    let prev: Ptr = 0;
    for (let p = poolUsedHead(cls); p; p = changetype<Pool>(p).next) {
      let pool = changetype<Pool>(p);
      if (chunkKind(p) != CHUNK_ARENA || (p & (POOL_SIZE - 1)) != 0) return -POOL_BAD_USED_LIST;
      if (pool.cls != <u32>cls || pool.prev != prev) return -POOL_BAD_USED_LIST;
      if (++listed > statPools || !pool.free) return -POOL_BAD_USED_LIST; // a cycle; a full pool
      n++;
      prev = p;
    }
  }
  return n;
}

/** Each arena sits in the bucket of its nfree, once. */
function checkBuckets(): i32 {
  let total: u32 = 0, empty: u32 = 0;
  for (let k: u32 = 0; k <= POOLS_PER_ARENA; k++) {
    let prev: Ptr = 0;
    for (let a = arenaBucket(k); a; a = changetype<Arena>(a).next) {
      let ar = changetype<Arena>(a);
      if (ar.nfree != k || ar.prev != prev) return ARENA_BAD_BUCKET;
      if (++total > statArenas) return ARENA_BAD_BUCKET;
      if (k == POOLS_PER_ARENA) empty++;
      prev = a;
    }
  }
  if (total != statArenas || empty != statFreeArenas) return ARENA_BAD_COUNT;
  return CHECK_OK;
}

/** Walk every large region; adds in-use capacity to acc[0], blocks in use to acc[4], free blocks
 *  to acc[8]. */
function checkLarge(acc: usize): i32 {
  for (let r = largeRegionNext(0); r; r = largeRegionNext(r)) {
    let end = largeRegionEnd(r);
    for (let c = r; c < end; c += ARENA_SIZE) if (chunkKind(c) != CHUNK_LARGE) return LARGE_NOT_CHUNK;
    let sentinel = end - LARGE_HDR;
    let prev: Ptr = 0;
    let prevFree = false;
    let b = largeRegionFirst(r);
    while (b < sentinel) {
      let size = largeBlockSizeRaw(b);
      if (size <= LARGE_HDR || (size & (ALIGN - 1)) != 0 || b + size > sentinel) return LARGE_BAD_TILING;
      if (largeBlockPrev(b) != prev) return LARGE_BAD_TILING;
      let free = largeBlockFree(b);
      if (free) {
        if (prevFree) return LARGE_ADJACENT_FREE;
        if (!largeBinHas(b)) return LARGE_NOT_BINNED;
        store<u32>(acc, load<u32>(acc, 8) + 1, 8);
      } else {
        store<usize>(acc, load<usize>(acc) + size - LARGE_HDR);
        store<u32>(acc, load<u32>(acc, 4) + 1, 4);
      }
      prevFree = free;
      prev = b;
      b += size;
    }
    if (b != sentinel || largeBlockPrev(sentinel) != prev || largeBlockFree(sentinel)) return LARGE_BAD_TILING;
    if (largeBlockSizeRaw(sentinel) != LARGE_HDR) return LARGE_BAD_TILING;
  }
  return CHECK_OK;
}

/** Scratch for the walkers' sums (the heap itself must not be used to check the heap). */
const ACC: usize = memory.data(16, 16);
/** Per class: an empty pool was seen. */
const EMPTY_SEEN: usize = memory.data(<i32>NCLASSES, 16);

export function heapCheck(): i32 {
  // small blocks: bytes in use, pools in use, pools with a free block
  memory.fill(ACC, 0, 16);
  memory.fill(EMPTY_SEEN, 0, NCLASSES);
  for (let a = arenaAll; a; a = changetype<Arena>(a + POOL_HDR).allNext) {
    let code = checkArena(a, ACC);
    if (code) return code;
  }
  let code = checkBuckets();
  if (code) return code;
  let smallBytes = load<usize>(ACC);
  let pools = load<u32>(ACC, 4);
  let poolsWithFree = load<u32>(ACC, 8);
  if (pools != statPools) return STAT_POOLS;
  let listed = checkUsedLists();
  if (listed < 0) return <i32>-listed;
  if (<u32>listed != poolsWithFree) return POOL_BAD_USED_LIST;
  // large blocks: capacity in use, blocks in use, free blocks
  memory.fill(ACC, 0, 16);
  code = checkLarge(ACC);
  if (code) return code;
  let largeBytes = load<usize>(ACC);
  if (largeBytes != statLargeBytes || load<u32>(ACC, 4) != statLargeBlocks) return STAT_LARGE;
  if (largeBinnedCount() != load<u32>(ACC, 8)) return LARGE_BAD_BIN_COUNT;
  if (smallBytes + largeBytes != statInUse) return STAT_IN_USE;
  return CHECK_OK;
}
