// === Heap accounting: counters for the host, the heap limit and fault injection ===
//
// Owns every counter the heap keeps and the one gate every allocation passes:
//
//   statsCharge(bytes)   before a block is handed out: fails (returns false) when the bytes in
//                        use would pass the limit (heapSetLimit) or when heapFailNext's countdown
//                        reaches this allocation; otherwise counts the block.
//   statsRelease(bytes)  when a block is freed.
//
// Invariant: statInUse == sum over live blocks of their class size (small blocks, heap/pool.ts)
// or capacity (large blocks, heap/large.ts); heapCheck (check.ts) recomputes it from the heap.
// statPeak >= statInUse at all times.
//
// The fast path is one add and one compare against `statGate`: the gate is the limit while no
// failure is armed, and 0 while one is (every allocation then takes statsChargeSlow, which runs
// the countdown). Imports nothing from the heap: every other heap file imports this one.

/** Bytes in use (class granularity for small blocks, capacity for large ones). */
export let statInUse: usize = 0;
/** Highest statInUse seen since instantiation. */
export let statPeak: usize = 0;
/** Allocations and frees done (all sizes, reallocs that move count as one of each). */
export let statAllocs: u32 = 0;
export let statFrees: u32 = 0;
/** Arenas taken from memory.grow, and how many of them have every pool free (kept for reuse:
 *  linear memory cannot shrink). */
export let statArenas: u32 = 0;
export let statFreeArenas: u32 = 0;
/** Pools serving a size class (not free in their arena; this counts the one empty pool each
 *  class may keep, see pool.ts). */
export let statPools: u32 = 0;
/** Large blocks in use and their capacity in bytes (a part of statInUse). */
export let statLargeBlocks: u32 = 0;
export let statLargeBytes: usize = 0;

/** The byte limit (heapSetLimit; <usize>-1 = none). */
let statLimit: usize = <usize>-1;
/** Allocations left before the one that fails (heapFailNext); 0 = none armed. */
let statFailCountdown: i32 = 0;
/** statLimit, or 0 while a failure is armed: the one number the fast path compares with. */
let statGate: usize = <usize>-1;

/** Count an allocation of `bytes` (<= 512: the small path; callers with big sizes use
 *  statsChargeLarge, which cannot overflow). False: the caller must fail (return 0). */
@inline export function statsCharge(bytes: usize): bool {
  let n = statInUse + bytes;
  if (n > statGate) return statsChargeSlow(bytes);
  statsCount(n);
  return true;
}

/** statsCharge for any size: the sum is taken in 64 bits. */
@noinline export function statsChargeLarge(bytes: usize): bool {
  if (<u64>statInUse + <u64>bytes > <u64>statGate) return statsChargeSlow(bytes);
  statsCount(statInUse + bytes);
  return true;
}

@noinline function statsChargeSlow(bytes: usize): bool {
  if (statFailCountdown > 0) {
    if (--statFailCountdown == 0) {
      statGate = statLimit;
      return false;
    }
  }
  if (<u64>statInUse + <u64>bytes > <u64>statLimit) return false;
  statsCount(statInUse + bytes);
  return true;
}

/** May an allocation bring the bytes in use to `n` without the checks of the slow path? For
 *  callers that then call statsCount(n) (the pool fast path) or take statsCharge. */
@inline export function statsFits(n: usize): bool {
  return n <= statGate;
}

/** Count an allocation that brings the bytes in use to `n`. */
@inline export function statsCount(n: usize): void {
  statInUse = n;
  if (n > statPeak) statPeak = n;
  statAllocs++;
}

/** Undo a successful statsCharge whose allocation then failed (no memory to grow into). */
@inline export function statsUncharge(bytes: usize): void {
  statInUse -= bytes;
  statAllocs--;
}

/** Count a free of a block charged `bytes`. */
@inline export function statsRelease(bytes: usize): void {
  statInUse -= bytes;
  statFrees++;
}

/** Change the charge of a block resized in place (heapRealloc). Growing can fail like an
 *  allocation (limit, armed failure) and then changes nothing. Not counted as alloc or free. */
export function statsResize(oldBytes: usize, newBytes: usize): bool {
  if (newBytes <= oldBytes) {
    statInUse -= oldBytes - newBytes;
    return true;
  }
  if (!statsChargeLarge(newBytes - oldBytes)) return false;
  statAllocs--;
  return true;
}

/** Limit the bytes in use (0 = no limit). Allocations that would pass it fail until frees make
 *  room; blocks already in use are untouched. */
/** The heap limit in force (0 = none), for code that lifts it briefly (vm/report.ts). */
export function statsGetLimit(): usize { return statLimit == <usize>-1 ? 0 : statLimit; }

export function statsSetLimit(bytes: usize): void {
  statLimit = bytes == 0 ? <usize>-1 : bytes;
  if (statFailCountdown == 0) statGate = statLimit;
}

/** Make the n-th next allocation fail (1 = the next one); 0 disarms. One-shot. */
export function statsFailNext(n: i32): void {
  statFailCountdown = n > 0 ? n : 0;
  statGate = n > 0 ? 0 : statLimit;
}
