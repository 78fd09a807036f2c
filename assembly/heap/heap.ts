// === The heap's public API: every allocation in the core goes through here ===
//
//   heapAlloc(size)        a 16-byte aligned block of at least `size` bytes, or 0 when the heap
//                          limit would be passed, a failure is armed (heapFailNext) or memory
//                          cannot grow: the caller raises MemoryError. Never traps.
//   heapFree(p)            give back a block from heapAlloc/heapRealloc (0 is ignored).
//   heapRealloc(p, size)   resize, keeping the first min(old, new) bytes; may move. 0 on failure
//                          with the old block untouched. p == 0 acts as heapAlloc.
//   heapBlockSize(p)       usable bytes of a block (>= what was asked).
//   heapInit()             once at start (vmInit); the heap works before it too, only without
//                          the memory between the static data and the first arena.
//
// Requests of 1..SMALL_MAX bytes take a size class of heap/pool.ts (the inlined fast path: a
// class index from the size, one pop); bigger ones heap/large.ts; size 0 gets a 16-byte block,
// as malloc(0) may. A block's allocator is found from its address: the chunk map
// (heap/arena.ts) says whether its chunk is an arena.
//
// The heapStat* functions are the counters of heap/stats.ts for the host (src/api.ts
// heapStats()); heapCheck() is the heap walker of heap/check.ts.

import { DEBUG, Ptr } from "../common";
import { SMALL_MAX } from "../config";
import { CHUNK_ARENA, CHUNK_LARGE, chunkKind, heapGapEnd, heapGapStart } from "./arena";
import { RESIZE_DONE, RESIZE_REFUSED, largeAddGap, largeAlloc, largeBlockSize, largeFree, largeResize } from "./large";
import { NCLASSES, poolAlloc, poolBlockSize, poolClassBlocks, poolClassOf, poolFree } from "./pool";
import {
  statAllocs, statArenas, statFreeArenas, statFrees, statInUse, statLargeBlocks, statLargeBytes,
  statPeak, statPools, statsFailNext, statsSetLimit, statsGetLimit,
} from "./stats";

let heapInited = false;

export function heapInit(): void {
  if (heapInited) return;
  heapInited = true;
  largeAddGap(heapGapStart(), heapGapEnd());
}

@inline export function heapAlloc(size: usize): Ptr {
  if (size - 1 < SMALL_MAX) return poolAlloc(poolClassOf(size));
  return heapAllocLarge(size);
}

@noinline function heapAllocLarge(size: usize): Ptr {
  if (size == 0) return poolAlloc(0);
  return largeAlloc(size);
}

@inline export function heapFree(p: Ptr): void {
  if (chunkKind(p) == CHUNK_ARENA) poolFree(p);
  else heapFreeLarge(p);
}

@noinline function heapFreeLarge(p: Ptr): void {
  if (!p) return;
  if (DEBUG) assert(chunkKind(p) == CHUNK_LARGE); // a block of this heap
  largeFree(p);
}

export function heapBlockSize(p: Ptr): usize {
  return chunkKind(p) == CHUNK_ARENA ? poolBlockSize(p) : largeBlockSize(p);
}

export function heapRealloc(p: Ptr, size: usize): Ptr {
  if (!p) return heapAlloc(size);
  if (size == 0) size = 1;
  let old = heapBlockSize(p);
  if (chunkKind(p) == CHUNK_ARENA) {
    // stay when it still fits and at most a quarter would be wasted (obmalloc's rule)
    if (size <= old && (size << 2) > old * 3) return p;
  } else if (size > SMALL_MAX) {
    let r = largeResize(p, size);
    if (r == RESIZE_DONE) return p;
    if (r == RESIZE_REFUSED) return 0; // one failed allocation, not two (heapFailNext counts)
  }
  let q = heapAlloc(size);
  if (!q) return 0;
  memory.copy(q, p, min(old, size));
  heapFree(p);
  return q;
}

// ---- statistics for the host ----

/** Blocks in use of size class `cls` (0..heapStatClassCount()-1; serves (cls+1)*16 bytes). */
export function heapStatBlocks(cls: i32): u32 {
  return cls >= 0 && <usize>cls < NCLASSES ? poolClassBlocks(<usize>cls) : 0;
}
export function heapStatClassCount(): i32 { return <i32>NCLASSES; }
export function heapStatBytesInUse(): u32 { return <u32>statInUse; }
export function heapStatPeak(): u32 { return <u32>statPeak; }
export function heapStatPools(): u32 { return statPools; }
export function heapStatArenas(): u32 { return statArenas; }
export function heapStatFreeArenas(): u32 { return statFreeArenas; }
export function heapStatLargeBlocks(): u32 { return statLargeBlocks; }
export function heapStatLargeBytes(): u32 { return <u32>statLargeBytes; }
export function heapStatAllocs(): u32 { return statAllocs; }
export function heapStatFrees(): u32 { return statFrees; }
/** Wasm pages (64 KiB) of linear memory. */
export function heapStatPages(): u32 { return <u32>memory.size(); }

/** Cap the bytes in use (0 = no cap): allocations past it return 0. */
export function heapSetLimit(bytes: u32): void { statsSetLimit(<usize>bytes); }
export function heapGetLimit(): u32 { return <u32>statsGetLimit(); }
/** The n-th next allocation fails (1 = the next); 0 disarms. */
export function heapFailNext(n: i32): void { statsFailNext(n); }
