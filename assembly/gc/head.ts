// === The GC prefix and the lists it links (CPython's PyGC_Head) ===
//
// Every object of a TPFLAGS_HAVE_GC type starts 16 bytes before its header with this prefix
// (object/header.ts draws the whole object; objAlloc/objFree are the only code that computes it):
//
//     g = o - 16     g + 4          g + 8          g + 12         o = g + 16
//     +--------------+--------------+--------------+--------------+---------------------
//     | next Ptr     | prev Ptr     | refs i32     | flags u32    | refcnt | type | ...
//     +--------------+--------------+--------------+--------------+---------------------
//
// `next`/`prev` hold prefix addresses (g, not o) and link the object into one circular, doubly
// linked list with a sentinel head: a generation, or one of the collector's working lists. A head
// is itself a 16-byte prefix that belongs to no object (gc/track.ts, gc/collect.ts keep them in
// static data). Unlike CPython, which packs refs and flag bits into the link words, each has its
// own word, so the links stay valid in every phase and any list operation works at any time.
//
// Invariants:
// - An object is tracked iff next != 0; an untracked object has next == prev == 0 (objAlloc
//   zeroes the prefix before linking it; gcListRemove restores the zeroes).
// - refs is meaningful only while GCF_COLLECTING is set (a collection is running and the object
//   is in the set it examines). Outside a collection no object has COLLECTING or UNREACHABLE set:
//   the collector clears them on every object it does not free, before it returns.
// - GCF_FINALIZED, once set, stays: the object's FINALIZE slot ran (PEP 442: at most once).
// - GCF_DICT_TRACKED / GCF_DICT_HIDDEN only describe what CPython would show (see each flag):
//   they never change which objects a collection examines or frees.

@inline export const GC_HEAD_SIZE: usize = 16;
@inline const G_NEXT: usize = 0;
@inline const G_PREV: usize = 4;
@inline const G_REFS: usize = 8;
@inline const G_FLAGS: usize = 12;

/** In the set a running collection examines; refs holds its count of references from outside. */
@inline export const GCF_COLLECTING: u32 = 1;
/** Tentatively unreachable: on the collection's unreachable list (move_unreachable). */
@inline export const GCF_UNREACHABLE: u32 = 2;
/** Its FINALIZE slot (__del__) has run; never run again (PEP 442). */
@inline export const GCF_FINALIZED: u32 = 4;
/** (dicts) CPython would have this dict tracked: since it was made (or a full collection last
 *  found it atomic) it has held a key or value that may be tracked (CPython's MAINTAIN_TRACKING;
 *  gcMayBeTracked). Our dicts are always really tracked; for an exact dict, this flag is what the
 *  `gc` module reports and what the collector counts (gc/collect.ts gcVisible). */
@inline export const GCF_DICT_TRACKED: u32 = 8;
/** (managed instance dicts) CPython 3.11 keeps these attributes inline in the instance: no dict
 *  object exists for the program until it asks for __dict__ (typenew.ts materializes it then).
 *  Such a dict is never counted, listed or reported by the collector and the `gc` module. */
@inline export const GCF_DICT_HIDDEN: u32 = 16;

/** The prefix of object o (which must be of a HAVE_GC type). */
@inline export function gcOf(o: usize): usize { return o - GC_HEAD_SIZE; }
/** The object whose prefix is g. */
@inline export function gcObj(g: usize): usize { return g + GC_HEAD_SIZE; }

@inline export function gcNext(g: usize): usize { return load<usize>(g, G_NEXT); }
@inline export function gcPrev(g: usize): usize { return load<usize>(g, G_PREV); }
@inline export function gcRefs(g: usize): i32 { return load<i32>(g, G_REFS); }
@inline export function gcSetRefs(g: usize, n: i32): void { store<i32>(g, n, G_REFS); }
@inline export function gcFlags(g: usize): u32 { return load<u32>(g, G_FLAGS); }
@inline export function gcSetFlags(g: usize, f: u32): void { store<u32>(g, f, G_FLAGS); }
@inline export function gcIsTracked(g: usize): bool { return load<usize>(g, G_NEXT) != 0; }

/** Makes h an empty list. */
@inline export function gcListInit(h: usize): void {
  store<usize>(h, h, G_NEXT);
  store<usize>(h, h, G_PREV);
}

@inline export function gcListIsEmpty(h: usize): bool { return load<usize>(h, G_NEXT) == h; }

/** Links the untracked g at the tail of h. */
@inline export function gcListAppend(g: usize, h: usize): void {
  const last = load<usize>(h, G_PREV);
  store<usize>(g, h, G_NEXT);
  store<usize>(g, last, G_PREV);
  store<usize>(last, g, G_NEXT);
  store<usize>(h, g, G_PREV);
}

/** Unlinks the tracked g from its list; g becomes untracked. */
@inline export function gcListRemove(g: usize): void {
  const next = load<usize>(g, G_NEXT);
  const prev = load<usize>(g, G_PREV);
  store<usize>(prev, next, G_NEXT);
  store<usize>(next, prev, G_PREV);
  store<usize>(g, 0, G_NEXT);
  store<usize>(g, 0, G_PREV);
}

/** Moves the tracked g from its list to the tail of h. */
@inline export function gcListMove(g: usize, h: usize): void {
  const next = load<usize>(g, G_NEXT);
  const prev = load<usize>(g, G_PREV);
  store<usize>(prev, next, G_NEXT);
  store<usize>(next, prev, G_PREV);
  gcListAppend(g, h);
}

/** Appends all of `from` to the tail of `to`; `from` becomes empty. */
export function gcListMerge(from: usize, to: usize): void {
  if (gcListIsEmpty(from)) return;
  const first = load<usize>(from, G_NEXT);
  const last = load<usize>(from, G_PREV);
  const tail = load<usize>(to, G_PREV);
  store<usize>(tail, first, G_NEXT);
  store<usize>(first, tail, G_PREV);
  store<usize>(last, to, G_NEXT);
  store<usize>(to, last, G_PREV);
  gcListInit(from);
}

export function gcListSize(h: usize): i32 {
  let n: i32 = 0;
  for (let g = load<usize>(h, G_NEXT); g != h; g = load<usize>(g, G_NEXT)) n++;
  return n;
}
