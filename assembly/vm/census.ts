// === vm.census(): live objects and their bytes per Python type ===
//
// A diagnostic for the host (the CLI's --stats), never run by a program. It walks every object
// the program can still reach: the objects the cycle collector tracks (every container), the
// frames of a run in progress, and everything their traverse slots reach (the ints, strs and
// floats held in containers). What the VM made at start-up (the permanent generation: builtin
// types, functions, interned names) is neither counted nor walked into, so the census shows
// the program's own objects. Bytes are each object's heap block (GC prefix and managed dict
// slot included); buffers an object owns (list items, dict tables, str UTF-8 caches) are not.
//
// The result is a block the host frees with vmFree:
//   u32 ntypes, then per type: u32 n + UTF-8 type name, u32 objects, u32 bytes

import { Ptr } from '../common';
import { heapAlloc, heapFree, heapBlockSize } from '../heap/heap';
import { OB_TYPE, objPrefixSize } from '../object/header';
import { SLOT_TRAVERSE, typeSlot } from '../object/typelayout';
import { typeName } from '../object/type';
import { strAsUtf8 } from '../object/str';
import { gcGenHead, GEN_PERMANENT, GEN_FROZEN } from '../gc/track';
import { gcNext, gcObj } from '../gc/head';
import { curFrame, FR_PREV, FR_CODE, FR_FUNC, FR_GLOBALS, FR_LOCALS, FR_SP, FR_HEADER } from './frame';
import { excClear, excFetch, excRestore } from './exc';

// the visited set: open addressing over object addresses (0 = empty)
let seen: usize = 0;
let seenCap: u32 = 0;
let seenCount: u32 = 0;
// the work stack
let work: usize = 0;
let workCap: u32 = 0;
let workLen: u32 = 0;
// per type: open addressing, 12-byte entries (type, objects, bytes)
let types: usize = 0;
let typesCap: u32 = 0;
let typesCount: u32 = 0;
let failed = false;

@inline function slot(p: Ptr, cap: u32): u32 { return (<u32>p >> 3) * 0x9E3779B1 & (cap - 1); }

function seenGrow(): bool {
  const oldCap = seenCap, old = seen;
  const cap = oldCap == 0 ? 4096 : oldCap << 1;
  const t = heapAlloc(<usize>cap << 2);
  if (t == 0) return false;
  memory.fill(t, 0, <usize>cap << 2);
  seen = t;
  seenCap = cap;
  for (let i: u32 = 0; i < oldCap; i++) {
    const p = load<Ptr>(old + (<usize>i << 2));
    if (p == 0) continue;
    let j = slot(p, cap);
    while (load<Ptr>(t + (<usize>j << 2)) != 0) j = (j + 1) & (cap - 1);
    store<Ptr>(t + (<usize>j << 2), p);
  }
  if (old) heapFree(old);
  return true;
}

/** Marks o seen; true when it was not seen before. */
function seenAdd(o: Ptr): bool {
  if ((seenCount + 1) * 2 > seenCap && !seenGrow()) { failed = true; return false; }
  let j = slot(o, seenCap);
  while (true) {
    const p = load<Ptr>(seen + (<usize>j << 2));
    if (p == o) return false;
    if (p == 0) break;
    j = (j + 1) & (seenCap - 1);
  }
  store<Ptr>(seen + (<usize>j << 2), o);
  seenCount++;
  return true;
}

function workPush(o: Ptr): void {
  if (workLen == workCap) {
    const cap = workCap == 0 ? 1024 : workCap << 1;
    const w = heapAlloc(<usize>cap << 2);
    if (w == 0) { failed = true; return; }
    if (work) { memory.copy(w, work, <usize>workLen << 2); heapFree(work); }
    work = w;
    workCap = cap;
  }
  store<Ptr>(work + (<usize>workLen << 2), o);
  workLen++;
}

/** The permanent generation's objects (the VM's own) go into the seen set first: never counted
 *  and never walked into. */
function markPermanent(): void {
  const h = gcGenHead(GEN_PERMANENT);
  for (let g = gcNext(h); g != h; g = gcNext(g)) seenAdd(gcObj(g));
}

function visit(o: Ptr, arg: Ptr): i32 {
  if (o != 0 && seenAdd(o)) workPush(o);
  return 0;
}

function countType(o: Ptr): void {
  const t = load<Ptr>(o, OB_TYPE);
  if ((typesCount + 1) * 2 > typesCap) {
    const oldCap = typesCap, old = types;
    const cap = oldCap == 0 ? 256 : oldCap << 1;
    const nt = heapAlloc(<usize>cap * 12);
    if (nt == 0) { failed = true; return; }
    memory.fill(nt, 0, <usize>cap * 12);
    for (let i: u32 = 0; i < oldCap; i++) {
      const e = old + <usize>i * 12;
      const k = load<Ptr>(e);
      if (k == 0) continue;
      let j = slot(k, cap);
      while (load<Ptr>(nt + <usize>j * 12) != 0) j = (j + 1) & (cap - 1);
      memory.copy(nt + <usize>j * 12, e, 12);
    }
    if (old) heapFree(old);
    types = nt;
    typesCap = cap;
  }
  let j = slot(t, typesCap);
  while (true) {
    const e = types + <usize>j * 12;
    const k = load<Ptr>(e);
    if (k == 0) { store<Ptr>(e, t); typesCount++; }
    if (k == 0 || k == t) {
      store<u32>(e, load<u32>(e, 4) + 1, 4);
      store<u32>(e, load<u32>(e, 8) + <u32>heapBlockSize(o - objPrefixSize(t)), 8);
      return;
    }
    j = (j + 1) & (typesCap - 1);
  }
}

function release(): void {
  if (seen) heapFree(seen);
  if (work) heapFree(work);
  if (types) heapFree(types);
  seen = 0; seenCap = 0; seenCount = 0;
  work = 0; workCap = 0; workLen = 0;
  types = 0; typesCap = 0; typesCount = 0;
}

/** The census block (see the header), or 0 when out of memory. The current exception (a
 *  program's uncaught one, waiting to be reported) is left as it was. */
export function censusBuild(): usize {
  const pending = excFetch();
  const r = censusWalk();
  excClear();
  excRestore(pending);
  return r;
}

function censusWalk(): usize {
  failed = false;
  markPermanent();
  // roots: every tracked object outside the permanent generation, and the frames of a run
  for (let gen: i32 = 0; gen <= GEN_FROZEN; gen++) {
    if (gen == GEN_PERMANENT) continue;
    const h = gcGenHead(gen);
    for (let g = gcNext(h); g != h; g = gcNext(g)) visit(gcObj(g), 0);
  }
  for (let f = curFrame; f != 0; f = load<Ptr>(f, FR_PREV)) {
    visit(load<Ptr>(f, FR_CODE), 0);
    visit(load<Ptr>(f, FR_FUNC), 0);
    visit(load<Ptr>(f, FR_GLOBALS), 0);
    visit(load<Ptr>(f, FR_LOCALS), 0);
    const sp = load<usize>(f, FR_SP);
    for (let p = f + FR_HEADER; p < sp; p += 4) visit(load<Ptr>(p), 0);
  }
  while (workLen > 0 && !failed) {
    workLen--;
    const o = load<Ptr>(work + (<usize>workLen << 2));
    countType(o);
    const tr = typeSlot(load<Ptr>(o, OB_TYPE), SLOT_TRAVERSE);
    if (tr) call_indirect<i32>(tr, o, visit.index, 0);
  }
  if (failed) { release(); return 0; }
  // the report
  const lenCell = memory.data(4);
  let size: usize = 4;
  for (let i: u32 = 0; i < typesCap; i++) {
    const e = types + <usize>i * 12;
    if (load<Ptr>(e) == 0) continue;
    if (strAsUtf8(typeName(load<Ptr>(e)), lenCell) == 0) { excClear(); release(); return 0; }
    size += 12 + <usize>load<u32>(lenCell);
  }
  const out = heapAlloc(size);
  if (out == 0) { release(); return 0; }
  store<u32>(out, typesCount);
  let p = out + 4;
  for (let i: u32 = 0; i < typesCap; i++) {
    const e = types + <usize>i * 12;
    const t = load<Ptr>(e);
    if (t == 0) continue;
    const s = strAsUtf8(typeName(t), lenCell);
    const n = load<u32>(lenCell);
    store<u32>(p, n);
    memory.copy(p + 4, s, <usize>n);
    p += 4 + <usize>n;
    store<u32>(p, load<u32>(e, 4));
    store<u32>(p, load<u32>(e, 8), 4);
    p += 8;
  }
  release();
  return out;
}
