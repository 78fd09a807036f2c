// === Frame objects (CPython's PyFrameObject): a Python view of a frame, made on demand ===
//
// pyrite's frames are not objects: they live on the frame stack, or inside a generator
// (vm/frame.ts, object/gen.ts). sys._getframe(), a generator's gi_frame and a frame's f_back make
// a frame object for one; while that frame lives, the object is *attached* to it and reads it
// (f_lineno, f_locals, f_back are current); when the frame goes (returns, unwinds, its generator
// finishes), frameClear detaches the object first, which then keeps the frame's last state, as
// CPython's frame objects take ownership of their frame's data when it is popped:
//
//   +0 refcnt | +4 type | +8 frame (the raw frame while attached, else 0) | +12 gen (owned: the
//   generator whose frame it is, or 0) | +16 code | +20 globals | +24 builtins (owned)
//   | +28 locals (owned dict, or 0) | +32 back (owned frame object, or 0: set when detached)
//   | +36 trace (owned, 0 = None) | +40 lineno u32 | +44 lasti u32 (word index; both when detached)
//   (GC prefix in front)
//
// Invariants:
//  - one frame object per raw frame: `attached` lists the (raw frame, object) pairs, borrowed
//    both ways; an entry leaves it when its frame is cleared (frameObjectDetach, from
//    vm/call.ts frameClear) or its object dies or is cleared, whichever comes first;
//  - an attached raw frame outlives its entry: a stack frame is only popped through frameClear
//    once it has an object, because attaching gives a function frame a locals dict (FR_LOCALS),
//    which keeps it off the eval loop's inline return (that pops without frameClear); a
//    generator's frame lives inside the generator, which the object owns;
//  - detaching makes no new object for a generator's frame (its locals dict exists from the
//    attach on, and a finished generator has no f_back), so a generator the cycle collector
//    closes leaves its frame object inside the same garbage.

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, xdecref, incref, setref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_REPR, TPFLAGS_HAVE_GC, TP_DICT, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, typeSetFinal, objectType, TK_OTHER } from './type';
import { getsetAdd } from './descrobject';
import { dictNew } from './dict';
import { intFromI64 } from './int';
import { Py_None } from './none';
import { sbNew, sbAppendLiteral, sbAppendStr, sbAppendI64, sbFinish } from './strbuild';
import { sbAppendAddress } from './cfunc';
import { objRepr } from './abstract';
import { codeWords, codeLineOf, codeFilename, CO_NAME } from './code';
import { GEN_FRAME } from './gen';
import { heapAlloc, heapRealloc, heapFree } from '../heap/heap';
import {
  FR_PREV, FR_CODE, FR_GLOBALS, FR_BUILTINS, FR_LOCALS, FR_LASTI, FR_FLAGS, FRAME_GEN,
} from '../vm/frame';
import { frameLocalsOf } from '../builtins/introspect';
import { excFetch, excRestore, excClear, excNoMemory } from '../vm/exc';

@inline const FO_FRAME: usize = 8;
@inline const FO_GEN: usize = 12;
@inline const FO_CODE: usize = 16;
@inline const FO_GLOBALS: usize = 20;
@inline const FO_BUILTINS: usize = 24;
@inline const FO_LOCALS: usize = 28;
@inline const FO_BACK: usize = 32;
@inline const FO_TRACE: usize = 36;
@inline const FO_LINENO: usize = 40;
@inline const FO_LASTI: usize = 44;
@inline const FO_SIZE: u32 = 48;

export let frameType: Ptr = 0;

// ---- the attached pairs (raw frame, frame object): a small array, on the heap only while
// ---- some object is attached (a run leaves no block behind) ----

/** How many frame objects are attached now; frameClear looks for its frame only when > 0. */
export let frameObjectsAttached: i32 = 0;
let table: usize = 0;
let tableCap: i32 = 0;

function tableFind(raw: Ptr): i32 {
  for (let i: i32 = 0; i < frameObjectsAttached; i++) if (load<Ptr>(table + (<usize>i << 3)) == raw) return i;
  return -1;
}

function tableAdd(raw: Ptr, o: Ptr): bool {
  if (frameObjectsAttached == tableCap) {
    const cap = tableCap == 0 ? 8 : tableCap * 2;
    const t = table == 0 ? heapAlloc(<usize>cap << 3) : heapRealloc(table, <usize>cap << 3);
    if (t == 0) return false;
    table = t;
    tableCap = cap;
  }
  const p = table + (<usize>frameObjectsAttached << 3);
  store<Ptr>(p, raw);
  store<Ptr>(p, o, 4);
  frameObjectsAttached++;
  return true;
}

function tableRemove(i: i32): void {
  const last = frameObjectsAttached - 1;
  if (i != last) {
    store<u64>(table + (<usize>i << 3), load<u64>(table + (<usize>last << 3)));
  }
  frameObjectsAttached = last;
  if (last == 0) { heapFree(table); table = 0; tableCap = 0; }
}

/** The object stops reading its frame (no state is taken: it is dying or being cleared). */
function frameObjectUnlink(o: Ptr): void {
  const raw = load<Ptr>(o, FO_FRAME);
  if (raw == 0) return;
  store<Ptr>(o, 0, FO_FRAME);
  const i = tableFind(raw);
  if (i >= 0) tableRemove(i);
}

// ---- making and detaching ----

/** The frame object of raw frame f (a live frame: on the stack, or a generator's not finished),
 *  made on first use. New reference, or 0 with MemoryError set. */
export function frameObjectFor(f: Ptr): Ptr {
  const i = tableFind(f);
  if (i >= 0) return newref(load<Ptr>(table + (<usize>i << 3), 4));
  const o = objAlloc(frameType, FO_SIZE);
  if (o == 0) return 0;
  const isGen = (load<u32>(f, FR_FLAGS) & FRAME_GEN) != 0;
  if (load<Ptr>(f, FR_LOCALS) == 0) {
    // A function frame with a locals dict is off the inline return path, so its end goes
    // through frameClear (see top). The dict is made now, not when the frame ends, for
    // generators too: a generator closed by the cycle collector ends inside its finalizer, and
    // a new object made then would hold its cycle past the collection.
    const d = dictNew();
    if (d == 0) { objFree(o); return excNoMemory(); }
    store<Ptr>(f, d, FR_LOCALS);
  }
  if (!tableAdd(f, o)) { objFree(o); return excNoMemory(); }
  store<Ptr>(o, f, FO_FRAME);
  if (isGen) store<Ptr>(o, newref(f - GEN_FRAME), FO_GEN);
  store<Ptr>(o, newref(load<Ptr>(f, FR_CODE)), FO_CODE);
  store<Ptr>(o, newref(load<Ptr>(f, FR_GLOBALS)), FO_GLOBALS);
  store<Ptr>(o, newref(load<Ptr>(f, FR_BUILTINS)), FO_BUILTINS);
  return o;
}

/** The word index frame f stopped at (its last stored lasti). */
@inline function rawLasti(f: Ptr): u32 {
  return <u32>((load<usize>(f, FR_LASTI) - codeWords(load<Ptr>(f, FR_CODE))) >> 2);
}

/**
 * Raw frame f is being cleared (vm/call.ts frameClear, before it releases anything): its frame
 * object, if any, takes the frame's last state: line, lasti, a final locals snapshot, and the
 * object of the calling frame as f_back (CPython's take_ownership). Never fails: what cannot be
 * made is left out; the exception being raised, if any, is kept.
 */
export function frameObjectDetach(f: Ptr): void {
  const i = tableFind(f);
  if (i < 0) return;
  const o = load<Ptr>(table + (<usize>i << 3), 4);
  tableRemove(i);
  store<Ptr>(o, 0, FO_FRAME);
  const saved = excFetch();
  const idx = rawLasti(f);
  store<u32>(o, idx, FO_LASTI);
  store<u32>(o, codeLineOf(load<Ptr>(f, FR_CODE), idx), FO_LINENO);
  const loc = frameLocalsOf(f);
  if (loc != 0) setref(o + FO_LOCALS, loc);
  else excClear();
  const prev = load<Ptr>(f, FR_PREV);
  if (prev != 0 && load<Ptr>(o, FO_BACK) == 0) {
    const back = frameObjectFor(prev);
    if (back != 0) store<Ptr>(o, back, FO_BACK);
    else excClear();
  }
  excRestore(saved);
}

// ---- attributes ----

function frame_get_lineno(o: Ptr): Ptr {
  const f = load<Ptr>(o, FO_FRAME);
  if (f != 0) return intFromI64(<i64>codeLineOf(load<Ptr>(f, FR_CODE), rawLasti(f)));
  return intFromI64(<i64>load<u32>(o, FO_LINENO));
}

/** f_lasti counts bytes of 2-byte code units, as CPython's: twice the word index. */
function frame_get_lasti(o: Ptr): Ptr {
  const f = load<Ptr>(o, FO_FRAME);
  return intFromI64(<i64>(f != 0 ? rawLasti(f) : load<u32>(o, FO_LASTI)) * 2);
}

function frame_get_locals(o: Ptr): Ptr {
  const f = load<Ptr>(o, FO_FRAME);
  if (f != 0) {
    const loc = frameLocalsOf(f);
    if (loc == 0) return 0;
    setref(o + FO_LOCALS, newref(loc));
    return loc;
  }
  const loc = load<Ptr>(o, FO_LOCALS);
  if (loc != 0) return newref(loc);
  const d = dictNew();
  if (d == 0) return 0;
  store<Ptr>(o, newref(d), FO_LOCALS);
  return d;
}

/** f_back: the calling frame's object; None for the bottom frame and for a generator's frame
 *  while it is suspended (its resumer is gone). */
function frame_get_back(o: Ptr): Ptr {
  const f = load<Ptr>(o, FO_FRAME);
  if (f == 0) {
    const b = load<Ptr>(o, FO_BACK);
    return newref(b != 0 ? b : Py_None);
  }
  const prev = load<Ptr>(f, FR_PREV);
  if (prev == 0) return newref(Py_None);
  return frameObjectFor(prev);
}

function frame_get_code(o: Ptr): Ptr { return newref(load<Ptr>(o, FO_CODE)); }
function frame_get_globals(o: Ptr): Ptr { return newref(load<Ptr>(o, FO_GLOBALS)); }
function frame_get_builtins(o: Ptr): Ptr { return newref(load<Ptr>(o, FO_BUILTINS)); }
function frame_get_trace(o: Ptr): Ptr {
  const t = load<Ptr>(o, FO_TRACE);
  return newref(t != 0 ? t : Py_None);
}
/** f_trace may be set (pyrite never calls it: there is no tracing). */
function frame_set_trace(o: Ptr, v: Ptr): i32 {
  if (v != 0) incref(v);
  setref(o + FO_TRACE, v == Py_None ? 0 : v);
  if (v == Py_None) decref(v);
  return 0;
}

/** <frame at 0x..., file 'x.py', line 3, code f> */
function frame_repr(o: Ptr): Ptr {
  const code = load<Ptr>(o, FO_CODE);
  const fn = codeFilename(code);
  if (fn == 0) return 0;
  const fr = objRepr(fn);
  if (fr == 0) return 0;
  const line = frame_get_lineno(o);
  const sb = sbNew();
  sbAppendLiteral(sb, '<frame at 0x');
  sbAppendAddress(sb, o);
  sbAppendLiteral(sb, ', file ');
  sbAppendStr(sb, fr);
  sbAppendLiteral(sb, ', line ');
  sbAppendI64(sb, line != 0 ? intValueFo(line) : 0);
  sbAppendLiteral(sb, ', code ');
  sbAppendStr(sb, load<Ptr>(code, CO_NAME));
  sbAppendLiteral(sb, '>');
  decref(fr);
  xdecref(line);
  return sbFinish(sb);
}
import { intValue as intValueFo } from './int';

// ---- lifetime ----

function frame_dealloc(o: Ptr): void {
  frameObjectUnlink(o);
  for (let off: usize = FO_GEN; off <= FO_TRACE; off += 4) xdecref(load<Ptr>(o + off));
  objFree(o);
}

function frame_traverse(o: Ptr, visit: u32, arg: Ptr): i32 {
  for (let off: usize = FO_GEN; off <= FO_TRACE; off += 4) {
    const v = load<Ptr>(o + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

/** CLEAR: the object lets go of its frame and every reference (code, globals and builtins
 *  too: a cleared frame object only needs to survive repr and dealloc, and repr needs code). */
function frame_clear(o: Ptr): void {
  frameObjectUnlink(o);
  setref(o + FO_GEN, 0);
  setref(o + FO_LOCALS, 0);
  setref(o + FO_BACK, 0);
  setref(o + FO_TRACE, 0);
}

export function frameTypeInit(): void {
  frameType = typeNewBuiltin('frame', objectType, FO_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(frameType, SLOT_DEALLOC, frame_dealloc.index);
  typeSetSlot(frameType, SLOT_TRAVERSE, frame_traverse.index);
  typeSetSlot(frameType, SLOT_CLEAR, frame_clear.index);
  typeSetSlot(frameType, SLOT_REPR, frame_repr.index);
  typeSetFinal(frameType);
}

/** After the descriptor types exist. */
export function frameAttrsInit(): void {
  const d = load<Ptr>(frameType, TP_DICT);
  getsetAdd(frameType, 'f_back', frame_get_back.index, 0, d);
  getsetAdd(frameType, 'f_code', frame_get_code.index, 0, d);
  getsetAdd(frameType, 'f_globals', frame_get_globals.index, 0, d);
  getsetAdd(frameType, 'f_builtins', frame_get_builtins.index, 0, d);
  getsetAdd(frameType, 'f_locals', frame_get_locals.index, 0, d);
  getsetAdd(frameType, 'f_lineno', frame_get_lineno.index, 0, d);
  getsetAdd(frameType, 'f_lasti', frame_get_lasti.index, 0, d);
  getsetAdd(frameType, 'f_trace', frame_get_trace.index, frame_set_trace.index, d);
}
