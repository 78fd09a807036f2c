// === Large blocks: requests over SMALL_MAX bytes ===
//
// A two-level segregated-fit allocator with boundary tags, after TLSF (Masmano et al., "TLSF: a
// new dynamic memory allocator for real-time systems", 2004): free blocks sit in bins by size
// (first level: the power of two; second level: 2^LARGE_SL_BITS equal slices of it), found by two
// bitmap scans; adjacent free blocks always merge, so freeing a 10 MB buffer and asking for 10 MB
// again reuses the same memory instead of growing it.
//
// Memory comes in regions: runs of whole chunks (ARENA_SIZE) taken at the memory top, marked
// CHUNK_LARGE in the chunk map (arena.ts), plus the gap between __heap_base and the first chunk
// edge. When the newest region ends at the memory top, growing extends it (its tail free block
// just gets bigger), so a buffer that keeps growing stays one block.
//
//   region:  +0 ---------------- +16 ------------------------------------- end-16 ---- end
//            | Region header    | block | block | ... | block             | sentinel |
//            | next | end |    |                                          | size 16, in use
//
//   block:   +0 ------- +4 -------- +8 -------- +12 ------- +16 (= the pointer handed out)
//            | size|F   | prevPhys  | nextFree  | prevFree  | payload ... (size - 16 bytes)
//            size: whole block in bytes, a multiple of 16; bit 0 (F) set when free
//            prevPhys: the block just below (0 for a region's first block), for merging
//            nextFree/prevFree: links in the block's bin, meaningful only while free
//
// Invariants (heapCheck walks them):
//   - the blocks of a region tile [region + 16, end - 16) exactly; each one's prevPhys is the
//     block below; the sentinel closes the region and is never free.
//   - no two free blocks are adjacent (every free merges with both neighbours).
//   - a block is free iff it is in bin largeBin(size); a bin's bit is set iff the bin is nonempty.
//   - statLargeBlocks/statLargeBytes count the blocks in use and their capacities (size - 16).

import { ALIGN, DEBUG, Ptr, alignUp, poisonFill } from "../common";
import { ARENA_SIZE, LARGE_SL_BITS, SMALL_MAX } from "../config";
import { CHUNK_LARGE, chunkMark, heapReserve, heapTop, memoryEnsure } from "./arena";
import { statLargeBlocks, statLargeBytes, statsChargeLarge, statsRelease, statsResize } from "./stats";

@unmanaged class Block {
  size: u32;
  prevPhys: usize;
  nextFree: usize;
  prevFree: usize;
}

@unmanaged class Region {
  next: usize;
  end: usize;
}

@inline export const LARGE_HDR: usize = (offsetof<Block>() + ALIGN - 1) & ~(ALIGN - 1);
@inline const REGION_HDR: usize = (offsetof<Region>() + ALIGN - 1) & ~(ALIGN - 1);
@inline const FREE: u32 = 1;
@inline const FLAGS: u32 = <u32>ALIGN - 1;
/** The smallest remainder worth splitting off: it must serve at least one large request. */
@inline const SPLIT_MIN: usize = LARGE_HDR + SMALL_MAX + ALIGN;
/** The largest request (keeps every size sum below 2^32). */
@inline export const LARGE_MAX: usize = 0x7FFF0000;

@inline const SL_COUNT: usize = <usize>1 << LARGE_SL_BITS;
@inline const FL_COUNT: usize = 32;
const BINS: usize = memory.data(<i32>(FL_COUNT * SL_COUNT * sizeof<usize>()), 16);
const SL_MAPS: usize = memory.data(<i32>(FL_COUNT << 2), 16);
let flMap: u32 = 0;

/** Every region, newest first; the newest is the only one that can grow in place. */
export let largeRegions: Ptr = 0;

@inline function sizeOf(b: Ptr): usize {
  return changetype<Block>(b).size & ~FLAGS;
}

@inline function isFree(b: Ptr): bool {
  return (changetype<Block>(b).size & FREE) != 0;
}

/** First level of a size: its power of two. */
@inline function flOf(size: usize): usize {
  return <usize>(31 - clz<u32>(<u32>size));
}

/** The bin (fl * SL_COUNT + sl) holding free blocks of `size` (>= SL_COUNT): the one mapping
 *  from size to bin; a bin spans 2^(fl - LARGE_SL_BITS) bytes of sizes. */
@inline export function largeBin(size: usize): usize {
  let fl = flOf(size);
  let sl = (size >> (fl - LARGE_SL_BITS)) & (SL_COUNT - 1);
  return (fl << LARGE_SL_BITS) | sl;
}

/** `size` rounded up past its bin's span: every block in largeBin(result) or above fits. */
@inline function roundToBin(size: usize): usize {
  return size + (<usize>1 << (flOf(size) - LARGE_SL_BITS)) - 1;
}

@inline function binSlot(bin: usize): usize {
  return BINS + bin * sizeof<usize>();
}

function binInsert(b: Ptr): void {
  let bin = largeBin(sizeOf(b));
  let head = load<usize>(binSlot(bin));
  let blk = changetype<Block>(b);
  blk.prevFree = 0;
  blk.nextFree = head;
  if (head) changetype<Block>(head).prevFree = b;
  store<usize>(binSlot(bin), b);
  let fl = bin >> LARGE_SL_BITS;
  store<u32>(SL_MAPS + (fl << 2), load<u32>(SL_MAPS + (fl << 2)) | (1 << <u32>(bin & (SL_COUNT - 1))));
  flMap |= 1 << <u32>fl;
}

function binRemove(b: Ptr): void {
  let blk = changetype<Block>(b);
  let next = blk.nextFree, prev = blk.prevFree;
  if (next) changetype<Block>(next).prevFree = prev;
  if (prev) {
    changetype<Block>(prev).nextFree = next;
    return;
  }
  let bin = largeBin(sizeOf(b));
  if (DEBUG) assert(load<usize>(binSlot(bin)) == b); // free-list membership
  store<usize>(binSlot(bin), next);
  if (!next) {
    let fl = bin >> LARGE_SL_BITS;
    let m = load<u32>(SL_MAPS + (fl << 2)) & ~(1 << <u32>(bin & (SL_COUNT - 1)));
    store<u32>(SL_MAPS + (fl << 2), m);
    if (!m) flMap &= ~(1 << <u32>fl);
  }
}

/** A free block of at least `need` bytes (good fit), still in its bin; 0 if none. */
function binFind(need: usize): Ptr {
  let bin = largeBin(roundToBin(need));
  let fl = bin >> LARGE_SL_BITS;
  if (fl >= FL_COUNT) return 0;
  let sl = <u32>(bin & (SL_COUNT - 1));
  let slm = load<u32>(SL_MAPS + (fl << 2)) & (<u32>-1 << sl);
  if (!slm) {
    if (fl + 1 >= FL_COUNT) return 0;
    let flm = flMap & (<u32>-1 << <u32>(fl + 1));
    if (!flm) return 0;
    fl = <usize>ctz<u32>(flm);
    slm = load<u32>(SL_MAPS + (fl << 2));
  }
  return load<usize>(binSlot((fl << LARGE_SL_BITS) | <usize>ctz<u32>(slm)));
}

/** A free block of at least `need` bytes in need's own bin (which binFind skips: it holds
 *  blocks both smaller and larger than need), or 0. Scans that one list: before growing memory
 *  for a 9 MB request, a freed 9 MB block is worth the walk. */
function binScan(need: usize): Ptr {
  for (let b = load<usize>(binSlot(largeBin(need))); b; b = changetype<Block>(b).nextFree) {
    if (sizeOf(b) >= need) return b;
  }
  return 0;
}

/** Make block `b` (in no bin; size and prevPhys set) free: merge it with free neighbours, set
 *  the next block's prevPhys, put the result in its bin. */
function blockRelease(b: Ptr, size: usize): void {
  let next = b + size;
  if (isFree(next)) {
    binRemove(next);
    size += sizeOf(next);
  }
  let prev = changetype<Block>(b).prevPhys;
  if (prev && isFree(prev)) {
    binRemove(prev);
    size += sizeOf(prev);
    b = prev;
  }
  changetype<Block>(b).size = <u32>size | FREE;
  changetype<Block>(b + size).prevPhys = b;
  binInsert(b);
}

/** Shrink in-use block `b` to `keep` bytes if the rest is worth a block of its own. */
function blockTrim(b: Ptr, keep: usize): void {
  let size = sizeOf(b);
  if (size - keep < SPLIT_MIN) return;
  changetype<Block>(b).size = <u32>keep;
  let rest = b + keep;
  changetype<Block>(rest).prevPhys = b;
  blockRelease(rest, size - keep);
}

/** The size a trimmed block of `size` bytes keeps for a request of `need` bytes. */
@inline function trimmedSize(size: usize, need: usize): usize {
  return size - need >= SPLIT_MIN ? need : size;
}

/** Write a region's sentinel at `end - 16`, closing the block `last`. */
@inline function sentinelWrite(end: Ptr, last: Ptr): void {
  let s = changetype<Block>(end - LARGE_HDR);
  s.size = <u32>LARGE_HDR;
  s.prevPhys = last;
}

/** Start a region on [start, end) with one free block. */
function regionNew(start: Ptr, end: Ptr): void {
  let r = changetype<Region>(start);
  r.next = largeRegions;
  r.end = end;
  largeRegions = start;
  let b = start + REGION_HDR;
  changetype<Block>(b).prevPhys = 0;
  sentinelWrite(end, b);
  blockRelease(b, end - LARGE_HDR - b);
}

/** Can the newest region grow in place (nothing was reserved after it)? */
@inline function regionAtTop(): bool {
  return largeRegions != 0 && changetype<Region>(largeRegions).end == heapTop;
}

/** Extend the newest region (at the memory top) by `bytes` (a multiple of ARENA_SIZE). */
function regionExtend(bytes: usize): bool {
  let r = changetype<Region>(largeRegions);
  let oldEnd = r.end;
  let start = heapReserve(bytes, CHUNK_LARGE);
  if (!start) return false;
  if (DEBUG) assert(start == oldEnd); // contiguous with the region
  let b = oldEnd - LARGE_HDR; // the old sentinel becomes the new free space's header
  let end = oldEnd + bytes;
  r.end = end;
  sentinelWrite(end, b);
  blockRelease(b, bytes);
  return true;
}

/** Add memory so that a free block of `need` bytes exists. */
function largeGrow(need: usize): bool {
  let want = roundToBin(need);
  if (regionAtTop()) {
    let end = changetype<Region>(largeRegions).end;
    let tail = changetype<Block>(end - LARGE_HDR).prevPhys;
    let have = isFree(tail) ? sizeOf(tail) : 0;
    return regionExtend(alignUp(want - min(have, want) + ALIGN, ARENA_SIZE));
  }
  let bytes = alignUp(want + REGION_HDR + LARGE_HDR, ARENA_SIZE);
  let start = heapReserve(bytes, CHUNK_LARGE);
  if (!start) return false;
  regionNew(start, start + bytes);
  return true;
}

/** Block size for a request of `size` bytes. */
@inline function needFor(size: usize): usize {
  return alignUp(size + LARGE_HDR, ALIGN);
}

/** A large block of at least `size` bytes (SMALL_MAX < size), or 0. */
export function largeAlloc(size: usize): Ptr {
  if (size > LARGE_MAX) return 0;
  let need = needFor(size);
  let b = binFind(need);
  if (!b) b = binScan(need);
  if (!b) {
    if (!largeGrow(need)) return 0;
    b = binFind(need);
    if (DEBUG) assert(b != 0);
  }
  let keep = trimmedSize(sizeOf(b), need);
  if (!statsChargeLarge(keep - LARGE_HDR)) return 0;
  binRemove(b);
  changetype<Block>(b).size = <u32>sizeOf(b); // in use
  blockTrim(b, keep);
  statLargeBlocks++;
  statLargeBytes += keep - LARGE_HDR;
  return b + LARGE_HDR;
}

/** Free a large block. */
export function largeFree(p: Ptr): void {
  let b = p - LARGE_HDR;
  if (DEBUG) largeCheckLive(b);
  let size = sizeOf(b);
  statsRelease(size - LARGE_HDR);
  statLargeBlocks--;
  statLargeBytes -= size - LARGE_HDR;
  if (DEBUG) poisonFill(p, size - LARGE_HDR);
  blockRelease(b, size);
}

/** Capacity of a large block. */
@inline export function largeBlockSize(p: Ptr): usize {
  return sizeOf(p - LARGE_HDR) - LARGE_HDR;
}

/** largeResize results. */
@inline export const RESIZE_DONE: i32 = 0;
@inline export const RESIZE_MOVE: i32 = 1; // no room in place: the caller moves the block
@inline export const RESIZE_REFUSED: i32 = 2; // the limit or an armed failure refused the growth

/** Resize large block `p` in place to hold `size` (> SMALL_MAX) bytes: shrink, take the free
 *  block above, or extend the newest region when `p` is its last block. `p` is unchanged unless
 *  the result is RESIZE_DONE. */
export function largeResize(p: Ptr, size: usize): i32 {
  if (size > LARGE_MAX) return RESIZE_REFUSED;
  let b = p - LARGE_HDR;
  let cur = sizeOf(b);
  let need = needFor(size);
  if (need <= cur) {
    let keep = trimmedSize(cur, need);
    statsResize(cur - LARGE_HDR, keep - LARGE_HDR);
    statLargeBytes -= cur - keep;
    blockTrim(b, keep);
    return RESIZE_DONE;
  }
  let next = b + cur;
  let avail = isFree(next) ? cur + sizeOf(next) : cur;
  if (avail < need && regionAtTop() && b + avail == changetype<Region>(largeRegions).end - LARGE_HDR) {
    // `b` is the top block, or only free space lies above it: grow the region under it (the new
    // space merges with that free space into one block at `next`)
    if (!regionExtend(alignUp(need - avail + ALIGN, ARENA_SIZE))) return RESIZE_MOVE;
  }
  if (!isFree(next) || cur + sizeOf(next) < need) return RESIZE_MOVE;
  let total = cur + sizeOf(next);
  let keep = trimmedSize(total, need);
  if (!statsResize(cur - LARGE_HDR, keep - LARGE_HDR)) return RESIZE_REFUSED;
  statLargeBytes += keep - cur;
  binRemove(next);
  changetype<Block>(b).size = <u32>total;
  changetype<Block>(b + total).prevPhys = b;
  blockTrim(b, keep);
  return RESIZE_DONE;
}

/** Debug: `b` is the header of a large block in use. */
function largeCheckLive(b: Ptr): void {
  let size = sizeOf(b);
  assert(!isFree(b)); // not freed twice
  assert(size > LARGE_HDR && (size & FLAGS) == 0); // a sane size
  assert(changetype<Block>(b + size).prevPhys == b); // the block above points back
}

/** Use the gap [start, end) below the first chunk edge as a region if it is big enough to hold
 *  a block (heapInit; arenas may exist already, above the gap). */
export function largeAddGap(start: Ptr, end: Ptr): void {
  if (end - start < REGION_HDR + SPLIT_MIN + LARGE_HDR) return;
  if (!memoryEnsure(<u64>end)) return;
  chunkMark(start, end, CHUNK_LARGE);
  regionNew(start, end);
}

// ---- walking (check.ts) ----

/** The next region after `r` (0 = the first). */
export function largeRegionNext(r: Ptr): Ptr {
  return r ? changetype<Region>(r).next : largeRegions;
}

export function largeRegionEnd(r: Ptr): Ptr {
  return changetype<Region>(r).end;
}

export function largeRegionFirst(r: Ptr): Ptr {
  return r + REGION_HDR;
}

export function largeBlockSizeRaw(b: Ptr): usize {
  return sizeOf(b);
}

export function largeBlockFree(b: Ptr): bool {
  return isFree(b);
}

export function largeBlockPrev(b: Ptr): Ptr {
  return changetype<Block>(b).prevPhys;
}

/** Is free block `b` in the bin its size maps to, with the bitmaps agreeing? */
export function largeBinHas(b: Ptr): bool {
  let bin = largeBin(sizeOf(b));
  let fl = bin >> LARGE_SL_BITS;
  if (!(flMap & (1 << <u32>fl))) return false;
  if (!(load<u32>(SL_MAPS + (fl << 2)) & (1 << <u32>(bin & (SL_COUNT - 1))))) return false;
  for (let x = load<usize>(binSlot(bin)); x; x = changetype<Block>(x).nextFree) if (x == b) return true;
  return false;
}

/** Number of blocks in all bins. */
export function largeBinnedCount(): u32 {
  let n: u32 = 0;
  for (let i: usize = 0; i < FL_COUNT * SL_COUNT; i++) {
    for (let x = load<usize>(binSlot(i)); x; x = changetype<Block>(x).nextFree) n++;
  }
  return n;
}
