// === Arenas: the heap's memory, taken from memory.grow and carved into pools ===
//
// The shape of CPython's Objects/obmalloc.c: memory comes in arenas (ARENA_SIZE, aligned to it),
// each arena is cut into POOLS_PER_ARENA pools (POOL_SIZE, aligned to it), and a pool serves
// blocks of one size class (heap/pool.ts). Blocks over SMALL_MAX bytes live in large regions
// (heap/large.ts), also made of ARENA_SIZE chunks. This file owns the memory top, the chunk map
// (which chunks are arenas) and the arena lists; the layout diagram of everything is here.
//
// Linear memory (addresses grow to the right; `|` at a multiple of ARENA_SIZE is a chunk edge):
//
//   0 ---- static data ---- __heap_base ---- | chunk | chunk | chunk | ... | heapTop ---- memory end
//                            [first large     [arena ][large region    ][arena ]
//                             region: the gap  up to the first chunk edge, if big enough]
//
//   CHUNK_MAP[addr >> ARENA_BITS] says what a chunk holds (CHUNK_ARENA or CHUNK_LARGE), so freeing
//   any block finds its allocator with one byte load. heapTop only grows (memory.grow cannot
//   shrink); an arena whose pools are all free stays mapped and is reused before growing.
//
// One arena (ARENA_SIZE bytes, aligned to ARENA_SIZE):
//
//   +0 ------------- +POOL_SIZE ------ +2*POOL_SIZE ------ ... ---- +ARENA_SIZE
//   | pool 0         | pool 1          | pool 2          | ...    |
//
//   pool 0:  | Pool header | Arena header | block | block | ... |   (first block at POOL_HDR + ARENA_HDR)
//   pool k:  | Pool header | block | block | ... | block | tail < one block |   (first at POOL_HDR)
//
// Pool header (class Pool; sizes from offsetof, rounded up to ALIGN):
//
//   +0 ----- +4 ----- +8 ----- +12 ------ +16 ---- +20 ... POOL_HDR
//   | free   | next   | prev   | count    | cls    |
//   free:       first free block (0: none; see pool.ts), singly linked through each block's +0
//   next/prev:  the pool's links in usedpools[cls] (pool.ts) or, next only, in its arena's
//               free-pool list
//   count:      blocks in use;  cls: size class, or POOL_FREE in the arena's free list
//
// Arena header (class Arena, in pool 0 right after its Pool header):
//
//   +0 ------- +4 ------ +8 ---------- +12 ----- +16 ----- +20 ------- +24
//   | nfree    | fresh   | freePools   | next    | prev    | allNext   |
//   nfree:     free pools (listed in freePools, or index >= fresh: never touched since grow)
//   fresh:     index of the first never-used pool;  freePools: list through Pool.next
//   next/prev: the arena's links in bucket[nfree];  allNext: list of every arena (walkers)
//
// Invariants (checked by heapCheck, check.ts):
//   - an arena is in bucket[nfree], nfree = length(freePools) + (POOLS_PER_ARENA - fresh);
//     statFreeArenas = length(bucket[POOLS_PER_ARENA]); full arenas are in bucket[0].
//   - a pool with index < fresh is either in freePools with cls == POOL_FREE, or serves class cls.
//   - arenas never overlap large regions: the chunk map names each chunk once.
//
// Picking an arena for a new pool: the one with the fewest free pools that has any (lowest
// nonempty bucket), as obmalloc orders usable_arenas, so lightly used arenas drain and become
// free for other uses; completely free arenas come last, and memory grows only when none is left.

import { ALIGN, DEBUG, Ptr, alignUp } from "../common";
import { ARENA_BITS, ARENA_SIZE, POOL_BITS, POOL_SIZE } from "../config";
import { statArenas, statFreeArenas, statPools } from "./stats";

@unmanaged export class Pool {
  free: usize;
  next: usize;
  prev: usize;
  count: u32;
  cls: u32;
}

@unmanaged export class Arena {
  nfree: u32;
  fresh: u32;
  freePools: usize;
  next: usize;
  prev: usize;
  allNext: usize;
}

@inline export const POOL_HDR: usize = (offsetof<Pool>() + ALIGN - 1) & ~(ALIGN - 1);
@inline export const ARENA_HDR: usize = (offsetof<Arena>() + ALIGN - 1) & ~(ALIGN - 1);
@inline export const POOLS_PER_ARENA: u32 = <u32>(<usize>1 << (ARENA_BITS - POOL_BITS));
@inline export const POOL_MASK: usize = POOL_SIZE - 1;
@inline export const ARENA_MASK: usize = ARENA_SIZE - 1;
/** Pool.cls of a pool in its arena's free list. */
@inline export const POOL_FREE: u32 = 0xFFFFFFFF;

/** What a chunk of ARENA_SIZE bytes holds. */
@inline export const CHUNK_NONE: u8 = 0;
@inline export const CHUNK_ARENA: u8 = 1;
@inline export const CHUNK_LARGE: u8 = 2;
@inline const CHUNK_COUNT: usize = <usize>1 << (32 - ARENA_BITS);
const CHUNK_MAP: usize = memory.data(<i32>CHUNK_COUNT, 16);

/** Heads of the arena lists by number of free pools, 0..POOLS_PER_ARENA. */
const ARENA_BUCKETS: usize = memory.data(<i32>((POOLS_PER_ARENA + 1) << 2), 16);

/** End of the memory the heap has taken; starts at the first chunk edge at or above __heap_base
 *  (the gap below it may become the first large region: heapInit). Always a multiple of
 *  ARENA_SIZE, so a zeroed module is a valid empty heap before heapInit runs. */
export let heapTop: usize = heapGapEnd();
/** Every arena, newest first (Arena.allNext). */
export let arenaAll: Ptr = 0;

@inline export function poolOf(p: Ptr): Ptr {
  return p & ~POOL_MASK;
}

@inline export function arenaOf(p: Ptr): Ptr {
  return p & ~ARENA_MASK;
}

/** The Arena header of the arena holding `p`. */
@inline export function arenaHeader(p: Ptr): Arena {
  return changetype<Arena>(arenaOf(p) + POOL_HDR);
}

@inline export function chunkKind(p: Ptr): u8 {
  return load<u8>(CHUNK_MAP + (p >> ARENA_BITS));
}

/** Offset of a pool's first block: pool 0 also holds its arena's header. */
@inline export function poolFirstOffset(pool: Ptr): usize {
  return (pool & ARENA_MASK) == 0 ? POOL_HDR + ARENA_HDR : POOL_HDR;
}

/** The gap between the static data and the first chunk edge: [heapGapStart, heapGapEnd). */
@inline export function heapGapStart(): Ptr {
  return alignUp(__heap_base, ALIGN);
}
@inline export function heapGapEnd(): Ptr {
  return alignUp(__heap_base, ARENA_SIZE);
}

/** Heads of the arena lists by number of free pools, 0..POOLS_PER_ARENA (check.ts). */
export function arenaBucket(nfree: u32): Ptr {
  return bucketHead(nfree);
}

/** Make sure memory reaches `end` (exclusive). False when memory.grow fails. */
export function memoryEnsure(end: u64): bool {
  let have = <u64>memory.size() << 16;
  if (end <= have) return true;
  let pages = <i32>((end - have + 0xFFFF) >> 16);
  return memory.grow(pages) >= 0;
}

/** Take `bytes` (a multiple of ARENA_SIZE) at the memory top for `kind`; 0 when the 4 GiB address
 *  space or memory.grow runs out. */
export function heapReserve(bytes: usize, kind: u8): Ptr {
  if (DEBUG) assert((bytes & ARENA_MASK) == 0 && bytes != 0);
  let start = heapTop;
  let end = <u64>start + <u64>bytes;
  if (end >= (<u64>1 << 32)) return 0; // heapTop must stay representable
  if (!memoryEnsure(end)) return 0;
  heapTop = <usize>end;
  memory.fill(CHUNK_MAP + (start >> ARENA_BITS), kind, bytes >> ARENA_BITS);
  return start;
}

/** Mark the chunks of [start, end) as `kind` (the gap below the first chunk edge). */
export function chunkMark(start: Ptr, end: Ptr, kind: u8): void {
  let first = start >> ARENA_BITS;
  let last = (end - 1) >> ARENA_BITS;
  memory.fill(CHUNK_MAP + first, kind, last - first + 1);
}

// ---- arena lists by free-pool count ----

@inline function bucketHead(nfree: u32): Ptr {
  return load<usize>(ARENA_BUCKETS + (<usize>nfree << 2));
}

function bucketUnlink(a: Arena): void {
  let next = a.next, prev = a.prev;
  if (prev) changetype<Arena>(prev).next = next;
  else store<usize>(ARENA_BUCKETS + (<usize>a.nfree << 2), next);
  if (next) changetype<Arena>(next).prev = prev;
  if (a.nfree == POOLS_PER_ARENA) statFreeArenas--;
}

function bucketLink(a: Arena): void {
  let slot = ARENA_BUCKETS + (<usize>a.nfree << 2);
  let head = load<usize>(slot);
  a.prev = 0;
  a.next = head;
  if (head) changetype<Arena>(head).prev = changetype<usize>(a);
  store<usize>(slot, changetype<usize>(a));
  if (a.nfree == POOLS_PER_ARENA) statFreeArenas++;
}

/** A new arena from memory.grow, all pools free; 0 when memory runs out. */
function arenaNew(): Arena | null {
  let base = heapReserve(ARENA_SIZE, CHUNK_ARENA);
  if (!base) return null;
  let a = changetype<Arena>(base + POOL_HDR);
  a.nfree = POOLS_PER_ARENA;
  a.fresh = 0;
  a.freePools = 0;
  a.allNext = arenaAll;
  arenaAll = base;
  statArenas++;
  bucketLink(a);
  return a;
}

/** A free pool for a size class to use (its header is for the caller to set up); 0 when memory
 *  runs out. From the arena with the fewest free pools that has one. */
export function arenaTakePool(): Ptr {
  let a: Arena | null = null;
  for (let n: u32 = 1; n <= POOLS_PER_ARENA; n++) {
    let head = bucketHead(n);
    if (head) {
      a = changetype<Arena>(head);
      break;
    }
  }
  if (!a) {
    a = arenaNew();
    if (!a) return 0;
  }
  bucketUnlink(a);
  let pool: Ptr;
  if (a.freePools) {
    pool = a.freePools;
    a.freePools = changetype<Pool>(pool).next;
    if (DEBUG) assert(changetype<Pool>(pool).cls == POOL_FREE); // free-list membership
  } else {
    if (DEBUG) assert(a.fresh < POOLS_PER_ARENA);
    pool = arenaOf(changetype<usize>(a)) + (<usize>a.fresh << POOL_BITS);
    a.fresh++;
  }
  a.nfree--;
  bucketLink(a);
  statPools++;
  return pool;
}

/** Give back a pool whose blocks are all free. */
export function arenaReturnPool(pool: Ptr): void {
  let a = arenaHeader(pool);
  if (DEBUG) assert(changetype<Pool>(pool).count == 0); // pool in-use count
  bucketUnlink(a);
  let p = changetype<Pool>(pool);
  p.cls = POOL_FREE;
  p.next = a.freePools;
  a.freePools = pool;
  a.nfree++;
  bucketLink(a);
  statPools--;
}
