// Every tuning constant of the core, each with what it controls, why this value, and how it was
// chosen; each can be overridden without an edit: `asc --use PYRITE_X=n` (names declared in
// config.d.ts). CPython 3.11 *semantics* (GC thresholds, small-int range, recursion limit) are
// not tuning: they are marked "CPython 3.11 semantics: do not tune".

// ---- heap (assembly/heap/) ----

/** log2 of the arena size: the unit in which the heap takes memory from `memory.grow` and the
 *  alignment of every arena (the arena of a pool is an address mask). 18 = 256 KiB, CPython
 *  3.11's ARENA_SIZE without large arenas (Objects/obmalloc.c ARENA_BITS). Larger arenas empty
 *  less often (an arena is reusable only once all its pools are free); smaller ones waste less
 *  for tiny programs. A Wasm page is 64 KiB, so any value >= 16 keeps arenas page-granular.
 *  Same churn bench as POOL_BITS (2026-11-24): 18 vs 20 = 11.9 vs 11.7 ns/step (1000 live),
 *  43.0 vs 44.2 (100k live), 12 vs 32 pages and 148 vs 160: same speed, less memory. */
@inline export const ARENA_BITS: usize = isDefined(PYRITE_ARENA_BITS) ? PYRITE_ARENA_BITS : 18;
@inline export const ARENA_SIZE: usize = 1 << ARENA_BITS;

/** log2 of the pool size: one pool serves one size class. 14 = 16 KiB, CPython 3.11's pool size
 *  on 64-bit builds (POOL_BITS with USE_LARGE_ARENAS). Against 4 KiB pools: the 512-byte class
 *  gets 31 blocks instead of 7 (4 KiB wastes 12% of a pool there), and the slow path that sets
 *  up a pool runs less often; the price is that one live block pins 16 KiB, so a program
 *  touching all 32 classes holds at least 512 KiB (two arenas).
 *  Churn bench (1000 live blocks of mixed small sizes, free one + alloc one per step, median of
 *  5, 2026-11-24, noisy shared machine): 14 vs 12 = 11.9-17.8 vs 24.8-46.7 ns/step in 3 of 3
 *  runs (0.4-0.7x), 12 vs 8 pages; with 100k live blocks no consistent difference. 16 (with
 *  20-bit arenas) was slower than 14 (15.7 vs 11.9 ns/step). */
@inline export const POOL_BITS: usize = isDefined(PYRITE_POOL_BITS) ? PYRITE_POOL_BITS : 14;
@inline export const POOL_SIZE: usize = 1 << POOL_BITS;

/** The largest request served by the pools; larger ones go to heap/large.ts. 512 is CPython's
 *  SMALL_REQUEST_THRESHOLD: every int, float, small tuple, dict-less instance and short str fits,
 *  while item arrays of big lists and long strs do not. Must be a multiple of 16 (the class
 *  spacing, common.ts ALIGN); 32 classes. */
@inline export const SMALL_MAX: usize = 512;

/** log2 of the number of second-level free lists per power of two of block size in the large
 *  allocator (TLSF's SL_INDEX_COUNT_LOG2). 3 = 8 lists: a block found by the search wastes at
 *  most 1/8 of the request (12.5%), and the search stays two bitmap scans. */
@inline export const LARGE_SL_BITS: usize = isDefined(PYRITE_LARGE_SL_BITS) ? PYRITE_LARGE_SL_BITS : 3;

// ---- objects and the eval loop ----

/** Nested deallocations before objects are parked on the trashcan's deferred list
 *  (object/header.ts). Each level costs a few Wasm frames (objDealloc -> a dealloc slot ->
 *  decref); 50 is CPython's Py_TRASHCAN limit and keeps us far from V8's stack limit. */
@inline export const TRASHCAN_DEPTH: i32 = isDefined(PYRITE_TRASHCAN_DEPTH) ? PYRITE_TRASHCAN_DEPTH : 50;

/** Dead exact ints (and floats) kept on free lists for reuse (object/int.ts, float.ts): 1024 x 16
 *  bytes each at most. bench/intloop with the list against without: 0.65x time (92.8 vs 190.9 ms
 *  steady, /tmp/cmp.mjs alternating builds, median of 5, 2026-11-24); the size covers the live
 *  churn of a loop nest while capping what is parked at 16 KiB. */
@inline export const NUM_FREE_MAX: i32 = isDefined(PYRITE_NUM_FREE_MAX) ? PYRITE_NUM_FREE_MAX : 1024;

/** Bytes per frame-stack chunk (vm/frame.ts): a frame never straddles chunks, and the first
 *  chunk lives for the VM's life (64 KiB holds ~1000 frames of a small function, CPython's
 *  recursion limit, before a second chunk is needed). */
@inline export const FRAME_CHUNK_SIZE: usize = isDefined(PYRITE_FRAME_CHUNK_SIZE) ? PYRITE_FRAME_CHUNK_SIZE : 64 * 1024;

/** stdout bytes buffered in the core before a host write (vm/io.ts): one host call per ~100
 *  lines of print(); stderr is unbuffered, as in CPython. */
@inline export const STDOUT_BUFFER: usize = isDefined(PYRITE_STDOUT_BUFFER) ? PYRITE_STDOUT_BUFFER : 16 * 1024;

/** Backward jumps and calls per slice before a run returns to the host (vm/eval.ts; the host can
 *  change it with vmSetBudget). V8 has no on-stack replacement for Wasm, so the optimized eval
 *  loop is used only from the next entry: bench/fib cold run 245 ms at 20000 against 358 ms at
 *  2^20 (steady unchanged, 121 vs 125 ms; one run each, 2026-11-24). Each slice is ~0.1-1 ms. */
@inline export const EVAL_BUDGET: i32 = isDefined(PYRITE_EVAL_BUDGET) ? PYRITE_EVAL_BUDGET : 20000;

// ---- big ints (object/nat.ts, object/long.ts, object/intstr.ts) ----

/** Digits (32-bit) of the shorter operand at or below which multiplication is schoolbook rather
 *  than Karatsuba (object/nat.ts natMul). Products of 75- and 199-digit operands in a loop
 *  (6000 and 1500 of them) with 32, 48 and 64: all within the machine's noise (24-57 ms, 9 runs
 *  each, 2026-11-25); without Karatsuba the 75-digit loop took 57-63 ms and a 10^4-digit product
 *  7x longer. CPython 3.11's 70 is for 30-bit digits. */
@inline export const KARATSUBA_CUTOFF: i32 = isDefined(PYRITE_KARATSUBA_CUTOFF) ? PYRITE_KARATSUBA_CUTOFF : 48;

// ---- the cycle collector (assembly/gc/) ----

/** Collection thresholds of generations 0, 1, 2 (gc.get_threshold()): generation 0 is collected
 *  when allocations minus deallocations of containers pass GC_THRESHOLD0, generation i + 1 after
 *  GC_THRESHOLD(i+1) collections of generation i. CPython 3.11 semantics: do not tune (programs
 *  can observe them through gc.get_threshold() and the timing of __del__). */
@inline export const GC_THRESHOLD0: i32 = 700;
@inline export const GC_THRESHOLD1: i32 = 10;
@inline export const GC_THRESHOLD2: i32 = 10;
