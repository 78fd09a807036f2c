// === PEP 442 from a dealloc: run an object's FINALIZE (__del__) at most once ===
//
// The cycle collector runs FINALIZE on unreachable objects before it clears them (gc/collect.ts)
// and marks them GCF_FINALIZED. A type whose instances can have a finalizer (classes with
// __del__) must call gcFinalizeFromDealloc first thing in its DEALLOC slot, so that the
// finalizer also runs when refcounting frees the object, exactly once either way (CPython's
// PyObject_CallFinalizerFromDealloc):
//
//   function instance_dealloc(o: Ptr): void {
//     if (typeSlot(objType(o), SLOT_FINALIZE) != 0 && gcFinalizeFromDealloc(o)) return; // resurrected
//     ... release the references, objFree(o)
//   }
//
// FINALIZE(o) itself must leave no exception set (it reports its own errors as CPython's
// "Exception ignored in" and clears them); both callers clear one defensively.

import { Ptr } from '../common';
import { OB_TYPE, OB_REFCNT, typeIsGC } from '../object/header';
import { SLOT_FINALIZE, typeSlot } from '../object/typelayout';
import { excFetch, excRestore, excClear } from '../vm/exc';
import { GCF_FINALIZED, gcOf, gcFlags, gcSetFlags } from './head';

/**
 * o's refcount just reached 0 and its dealloc is starting. Runs o's FINALIZE unless it already
 * ran (GC objects remember it in GCF_FINALIZED), with o alive for the duration (refcnt 1) and
 * the current exception saved. Returns true if the finalizer resurrected o (stored a reference
 * somewhere): the dealloc must then return at once, leaving o alive; false: go on freeing it.
 */
export function gcFinalizeFromDealloc(o: Ptr): bool {
  const fin = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_FINALIZE);
  if (fin == 0) return false;
  const gc = typeIsGC(load<Ptr>(o, OB_TYPE));
  if (gc) {
    const g = gcOf(o);
    if (gcFlags(g) & GCF_FINALIZED) return false;
    gcSetFlags(g, gcFlags(g) | GCF_FINALIZED);
  }
  // Temporarily alive: a collection the finalizer triggers sees an ordinary, reachable object.
  store<u32>(o, 1, OB_REFCNT);
  const saved = excFetch();
  call_indirect<void>(fin, o);
  excClear();
  if (saved) excRestore(saved);
  const rc = load<u32>(o, OB_REFCNT) - 1;
  store<u32>(o, rc, OB_REFCNT);
  return rc != 0;
}
