// The `asc --use PYRITE_X=n` names the core reads with isDefined(); declared here only for the
// editor (asc defines them from the command line). Keep in step with config.ts and common.ts.

/** Debug build: invariant asserts and heap poisoning (common.ts). */
declare const PYRITE_DEBUG: i32;
/** log2 of the arena size in bytes (config.ts ARENA_BITS). */
declare const PYRITE_ARENA_BITS: i32;
/** log2 of the pool size in bytes (config.ts POOL_BITS). */
declare const PYRITE_POOL_BITS: i32;
/** log2 of the number of second-level bins per power of two in the large allocator. */
declare const PYRITE_LARGE_SL_BITS: i32;
/** Nested deallocations before the trashcan defers (config.ts TRASHCAN_DEPTH). */
declare const PYRITE_TRASHCAN_DEPTH: i32;
/** Dead ints and floats kept for reuse (config.ts NUM_FREE_MAX). */
declare const PYRITE_NUM_FREE_MAX: i32;
/** Bytes per frame-stack chunk (config.ts FRAME_CHUNK_SIZE). */
declare const PYRITE_FRAME_CHUNK_SIZE: i32;
/** stdout buffer bytes (config.ts STDOUT_BUFFER). */
declare const PYRITE_STDOUT_BUFFER: i32;
/** Eval-loop budget per slice (config.ts EVAL_BUDGET). */
declare const PYRITE_EVAL_BUDGET: i32;
/** Karatsuba multiplication threshold in digits (config.ts KARATSUBA_CUTOFF). */
declare const PYRITE_KARATSUBA_CUTOFF: i32;
