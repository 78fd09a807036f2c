// The only exports the host sees (typed by src/loader.ts): thin wrappers, no logic.
// Change this file and src/loader.ts in one commit.

// ---- heap (assembly/heap/) ----
import { heapAlloc, heapFree, heapRealloc } from "./heap/heap";
export {
  heapInit, heapBlockSize, heapSetLimit, heapFailNext,
  heapStatBlocks, heapStatClassCount, heapStatBytesInUse, heapStatPeak, heapStatPools,
  heapStatArenas, heapStatFreeArenas, heapStatLargeBlocks, heapStatLargeBytes, heapStatAllocs,
  heapStatFrees, heapStatPages,
} from "./heap/heap";
export { heapCheck } from "./heap/check";
/** A raw block of `n` bytes for the host (0 = out of memory). */
export function vmAlloc(n: u32): u32 { return <u32>heapAlloc(<usize>n); }
export function vmFree(p: u32): void { heapFree(<usize>p); }
/** Resize a raw block (0 = out of memory, the old block untouched). */
export function vmRealloc(p: u32, n: u32): u32 { return <u32>heapRealloc(<usize>p, <usize>n); }

// ---- vm ----
import { vmInit as init, vmLoadCode as loadCode, vmRunMain as runMain, vmResume as resume,
  vmEndRun as endRun, vmSystemExitCode as systemExitCode, vmRunConfig as runConfig } from "./vm/run";
import { evalSetBudget, evalRequestInterrupt } from "./vm/eval";
import { reportBuild } from "./vm/report";
import { censusBuild } from "./vm/census";
import { excClear } from "./vm/exc";
import { decref } from "./object/header";

import { intMaxStrDigits } from "./object/intstr";
/** sys.get_int_max_str_digits() of the running program (0 = no limit): the host's compiler
 *  applies it to decimal int literals of modules it compiles during a run. */
export function vmIntMaxStrDigits(): i32 { return intMaxStrDigits(); }

/** Once, after instantiation: builds every builtin type and object. */
export function vmInit(): void { init(); }
/** Unmarshals a code object from buf[0, len): a new reference, 0 with an exception set. */
export function vmLoadCode(buf: u32, len: u32): u32 { return <u32>loadCode(<usize>buf, <usize>len); }
/** Before vmRunMain: one UTF-8 string of the run's configuration (0 sys.argv item, 1 sys.path
 *  item, 2 __main__.__file__). 0, or -1 when out of memory. */
export function vmRunConfig(kind: i32, p: u32, len: i32): i32 { return runConfig(kind, <usize>p, len); }
/** Live objects and bytes per type (vm/census.ts); a block to free with vmFree, 0 if out of memory. */
export function vmCensus(): u32 { return <u32>censusBuild(); }
/** Runs code as __main__: 0 done, 1 suspended (call vmResume), 2 uncaught exception. */
export function vmRunMain(code: u32): i32 { return runMain(<usize>code); }
export function vmResume(): i32 { return resume(); }
/** Instructions (counted at backward jumps and calls) per slice before a run suspends. */
export function vmSetBudget(n: i32): void { evalSetBudget(n); }
/** The running program gets KeyboardInterrupt at its next budget check. */
export function vmInterrupt(): void { evalRequestInterrupt(); }
/** The uncaught exception as a report block (docs/architecture.md §7); free with vmFree. */
export function vmExcReport(): u32 { return <u32>reportBuild(); }
/** After status 2: SystemExit's exit code, -1000 if not SystemExit, -1001 if the code needs printing. */
export function vmSystemExitCode(): i32 { return systemExitCode(); }
export function vmClearExc(): void { excClear(); }
/** Drops a reference the host holds (code objects). */
export function vmRelease(p: u32): void { decref(<usize>p); }
/** Frees the finished run's __main__ module and everything only it kept alive. */
export function vmEndRun(): void { endRun(); }

// ---- the cycle collector (assembly/gc/) ----
import { gcCollect } from "./gc/collect";
export {
  gcStatCollections as vmGcCollections, gcStatCollected as vmGcCollected,
  gcStatUncollectable as vmGcUncollectable, gcStatPauseTotal as vmGcPauseTotal, gcStatPauseMax as vmGcPauseMax,
} from "./gc/collect";
import { gcGetCount, gcGetThreshold, gcSetThreshold, gcHostSetEnabled, gcIsEnabled } from "./gc/track";
/** A collection of generations 0..gen (gc.collect(gen)): the number of unreachable objects found. */
export function vmGcCollect(gen: i32): i32 { return gcCollect(gen); }
/** gc.get_count()[gen] and gc.get_threshold()[gen]. */
export function vmGcCount(gen: i32): i32 { return gcGetCount(gen); }
export function vmGcThreshold(gen: i32): i32 { return gcGetThreshold(gen); }
/** gc.set_threshold(t0, t1, t2); -1 leaves one unchanged. */
export function vmGcSetThreshold(t0: i32, t1: i32, t2: i32): void { gcSetThreshold(t0, t1, t2); }
/** gc.enable() (1) / gc.disable() (0), and gc.isenabled(). */
export function vmGcSetEnabled(on: i32): void { gcHostSetEnabled(on != 0); }
export function vmGcIsEnabled(): i32 { return gcIsEnabled() ? 1 : 0; }
/** 0 when the collector's lists are sound, else the code of the first broken invariant (5x). */
export { gcCheck as vmGcCheck } from "./gc/check";
