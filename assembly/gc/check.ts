// === gcCheck: verify the collector's lists (tests, after every program; read-only) ===
//
// Walks the five generation lists (gc/track.ts) and returns 0 when they are sound, else the code
// of the first broken invariant, as heap/check.ts does for the heap (its codes are 1x-4x):
//   50  a link is broken (next.prev != g) or a list does not close within the heap's size
//   51  a tracked object is dead: poisoned type (freed without objFree) or refcnt 0
//   52  an object still has COLLECTING or UNREACHABLE set outside a collection
//   53  a tracked object's type is not HAVE_GC
// Call it only between collections (the host does, between runs).

import { OB_TYPE, OB_REFCNT, POISON_TYPE, typeIsGC } from '../object/header';
import { GCF_COLLECTING, GCF_UNREACHABLE, gcNext, gcPrev, gcObj, gcFlags } from './head';
import { gcGenHead, GEN_FROZEN } from './track';

export function gcCheck(): i32 {
  for (let gen: i32 = 0; gen <= GEN_FROZEN; gen++) {
    const h = gcGenHead(gen);
    let n: u32 = 0;
    for (let g = gcNext(h); g != h; g = gcNext(g)) {
      if (g == 0 || gcPrev(gcNext(g)) != g || ++n > 0x10000000) return 50;
      const o = gcObj(g);
      const t = load<u32>(o, OB_TYPE);
      if (t == POISON_TYPE || load<u32>(o, OB_REFCNT) == 0) return 51;
      if (gcFlags(g) & (GCF_COLLECTING | GCF_UNREACHABLE)) return 52;
      if (!typeIsGC(<usize>t)) return 53;
    }
  }
  return 0;
}
