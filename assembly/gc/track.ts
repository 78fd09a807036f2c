// === Generations: which objects the cycle collector tracks, and when it should run ===
//
// objAlloc links every new object of a HAVE_GC type at the tail of generation 0 (gcTrack) and
// objFree unlinks it (gcUntrackFreed): the young generation is the list of containers made since
// the last collection. Collections (gc/collect.ts) move survivors one generation up. A fourth
// list, the permanent generation, holds everything vmInit made (builtin types, their dicts and
// method descriptors, the builtins module...): gcFreeze moves it there and no collection looks at
// it. The first type object, `type` itself, is never linked. A fifth list holds what a program
// froze with gc.freeze() (CPython's permanent generation, as the program sees it): never
// collected either, until gc.unfreeze() or the end of the run (gcEndRun) moves it back.
//
// Counting is CPython 3.11's: generation 0's count is allocations minus deallocations of GC
// objects (never below 0); generation i+1's count is the number of collections of generation i
// since generation i+1 was last collected. When generation 0's count passes its threshold (700),
// a collection is *requested*, not run: allocation sites are not safe points in this codebase
// (a dealloc can run from a collection, and C code between two allocations holds objects
// half-built). The request zeroes the eval loop's budget (evalRequestBreak), so the loop's next
// budget check (at a backward jump or a call, where the frame's state is saved) runs it
// (gcCollectIfPending, gc/collect.ts). That check happens at least once per loop iteration and
// per Python call, so a program that makes cycles in a loop collects every ~700 containers.
//
// Hot path: gcTrack is 4 stores, an increment and one compare against `gcYoungLimit`, which
// is the threshold while automatic collection can run and i32.MAX otherwise (disabled,
// threshold 0, a collection running, before vmInit ends), so nothing else is tested per
// allocation.

import {
  GC_HEAD_SIZE, GCF_DICT_HIDDEN, gcListInit, gcListAppend, gcListRemove, gcListMerge, gcIsTracked, gcFlags,
} from './head';
import { evalRequestBreak } from '../vm/eval';
import { GC_THRESHOLD0, GC_THRESHOLD1, GC_THRESHOLD2 } from '../config';

/** Generations 0..2, as CPython's; generation 3 is the permanent one (never collected). */
@inline export const NUM_GENERATIONS: i32 = 3;
@inline export const GEN_PERMANENT: i32 = 3;
/** What the program froze (gc.freeze()); the last list. */
@inline export const GEN_FROZEN: i32 = 4;


/** The list heads of generations 0..4, 16 bytes each (gc/head.ts). */
const genHeads: usize = memory.data(<i32>GC_HEAD_SIZE * 5, 16);
/** count and threshold of each of the 3 generations: i32 each. */
const genCounts: usize = memory.data(12, 4);
const genThresholds: usize = memory.data(12, 4);

@inline export function gcGenHead(gen: i32): usize { return genHeads + (<usize>gen << 4); }

/** Generation 0's count; kept in a global, it is touched by every container alloc and free. */
let youngCount: i32 = 0;
/** gcTrack requests a collection once youngCount passes this (see the header comment). */
let gcYoungLimit: i32 = i32.MAX_VALUE;
let enabled = true;
let ready = false;
/** A collection is running: no other may start (gc/collect.ts sets it). */
export let gcCollecting = false;
/** A collection was requested and the eval loop has not reached a safe point yet. */
export let gcPending = false;

function limitUpdate(): void {
  const t = load<i32>(genThresholds);
  gcYoungLimit = ready && enabled && !gcCollecting && t > 0 ? t : i32.MAX_VALUE;
}

/** Once, at the start of vmInit, before the first object is made. */
export function gcInit(): void {
  for (let i: i32 = 0; i <= GEN_FROZEN; i++) gcListInit(gcGenHead(i));
  store<i32>(genThresholds, GC_THRESHOLD0);
  store<i32>(genThresholds, GC_THRESHOLD1, 4);
  store<i32>(genThresholds, GC_THRESHOLD2, 8);
  memory.copy(hostThresholds, genThresholds, 12);
  hostEnabled = true;
  youngCount = 0;
  store<i32>(genCounts, 0, 4);
  store<i32>(genCounts, 0, 8);
  ready = false;
  limitUpdate();
}

/** At the end of vmInit: everything made so far lives as long as the VM; it moves to the
 *  permanent generation, the counts restart at 0, and automatic collection is armed. */
export function gcFreeze(): void {
  for (let i: i32 = 0; i < NUM_GENERATIONS; i++) gcListMerge(gcGenHead(i), gcGenHead(GEN_PERMANENT));
  youngCount = 0;
  store<i32>(genCounts, 0, 4);
  store<i32>(genCounts, 0, 8);
  ready = true;
  limitUpdate();
}

/** objAlloc: the new object whose prefix is g (zeroed) joins generation 0. */
@inline export function gcTrack(g: usize): void {
  gcListAppend(g, genHeads);
  if (++youngCount > gcYoungLimit) gcThresholdPassed();
}

/** A container reused from a free list (object/containerfree.ts) joins generation 0: no
 *  allocation for the count, as in CPython. */
export function gcTrackUncounted(g: usize): void { gcListAppend(g, genHeads); }

/** A parked container (object/containerfree.ts) is freed: a deallocation for the count. */
export function gcUncountFree(): void { if (youngCount > 0) youngCount--; }

/** objFree: the object whose prefix is g is being freed. A hidden instance dict was never
 *  counted (gcCountHidden), so its free is not either. */
@inline export function gcUntrackFreed(g: usize): void {
  if (gcIsTracked(g)) gcListRemove(g);
  if (youngCount > 0 && (gcFlags(g) & GCF_DICT_HIDDEN) == 0) youngCount--;
}

/** A new object becomes hidden (CPython made no object: GCF_DICT_HIDDEN): uncount its
 *  allocation. `on` false: a hidden one becomes a real dict (CPython allocates it now). */
export function gcCountHidden(on: bool): void {
  if (on) { if (youngCount > 0) youngCount--; }
  else if (++youngCount > gcYoungLimit) gcThresholdPassed();
}

@noinline function gcThresholdPassed(): void {
  if (gcPending) return;
  gcPending = true;
  evalRequestBreak();
}

/** The request is being served (gc/collect.ts). */
export function gcPendingClear(): void { gcPending = false; }

/** gc/collect.ts brackets every collection with these. */
export function gcSetCollecting(on: bool): void {
  gcCollecting = on;
  limitUpdate();
}

// ---- counts and thresholds: what the `gc` module's functions will read and set ----

/** Is gen one of the collected generations 0..2? (The getters answer 0 otherwise.) */
@inline export function gcGenValid(gen: i32): bool { return <u32>gen < <u32>NUM_GENERATIONS; }

export function gcGetCount(gen: i32): i32 {
  if (!gcGenValid(gen)) return 0;
  return gen == 0 ? youngCount : load<i32>(genCounts + (<usize>gen << 2));
}

export function gcSetCount(gen: i32, n: i32): void {
  if (!gcGenValid(gen)) return;
  if (gen == 0) youngCount = n;
  else store<i32>(genCounts + (<usize>gen << 2), n);
}

export function gcGetThreshold(gen: i32): i32 {
  if (!gcGenValid(gen)) return 0;
  return load<i32>(genThresholds + (<usize>gen << 2));
}

/** The host's settings (vmGcSetThreshold, vmGcSetEnabled): what every run starts with and
 *  gcTrackEndRun restores after a program changed them through the gc module. */
const hostThresholds: usize = memory.data(12, 4);
let hostEnabled = true;

/** The host's gc.set_threshold(t0, t1, t2): pass -1 to leave one unchanged. A threshold0 of 0
 *  disables automatic collection, as in CPython. Kept for every later run too. */
export function gcSetThreshold(t0: i32, t1: i32, t2: i32): void {
  if (t0 >= 0) store<i32>(genThresholds, t0);
  if (t1 >= 0) store<i32>(genThresholds, t1, 4);
  if (t2 >= 0) store<i32>(genThresholds, t2, 8);
  memory.copy(hostThresholds, genThresholds, 12);
  limitUpdate();
}

/** The host enables or disables automatic collection, for this run and the later ones. */
export function gcHostSetEnabled(on: bool): void {
  hostEnabled = on;
  gcSetEnabled(on);
}

/** gc.set_threshold as CPython stores it: any value, negative ones included. */
export function gcSetThresholdRaw(gen: i32, t: i32): void {
  if (!gcGenValid(gen)) return;
  store<i32>(genThresholds + (<usize>gen << 2), t);
  limitUpdate();
}

/** End of a run: whatever the program changed goes back to the host's settings (enabled and
 *  the thresholds; vmInit's defaults unless the host changed them), and nothing stays frozen:
 *  what the program froze rejoins generation 2, to be collected. */
export function gcTrackEndRun(): void {
  gcListMerge(gcGenHead(GEN_FROZEN), gcGenHead(NUM_GENERATIONS - 1));
  memory.copy(genThresholds, hostThresholds, 12);
  enabled = hostEnabled;
  limitUpdate();
}

/** gc.enable() / gc.disable(). */
export function gcSetEnabled(on: bool): void {
  enabled = on;
  limitUpdate();
}

export function gcIsEnabled(): bool { return enabled; }
