// === Frames and the frame stack ===
//
// A Python call does not recurse on the Wasm stack: it pushes a frame on this frame stack, in
// linear memory, and the eval loop goes on with it (CPython 3.11 does the same with its
// "data stack"). A frame:
//
//   +0 prev | +4 code | +8 func | +12 globals | +16 builtins | +20 locals | +24 ip | +28 sp
//   +32 lasti | +36 flags | +40 localsplus[nlocalsplus] Ptr ... | value stack[stacksize] Ptr ...
//
// - prev: the calling frame (0 for the bottom frame). A frame entered from outside the loop
//   (FRAME_ENTRY: a builtin or the host called it) links to the frame running then (curFrame),
//   so frame walks (sys._getframe, f_back) see Python's call chain; its return and unwind never
//   follow that link (FRAME_ENTRY is tested first).  code: borrowed from func (or the caller).
// - func: owned reference to the function (0 for module code). globals, builtins: borrowed from
//   func or the module. locals: owned namespace dict for module/class bodies (the *_NAME ops).
// - ip: address of the next instruction word; sp: address of the next free stack slot; lasti:
//   address of the instruction being executed when the frame made a call (for tracebacks).
//   These three are only valid while the frame is not the one the loop is running (the loop
//   keeps them in locals and stores them before any call that can run Python code or raise).
// - localsplus slots and value-stack slots below sp own their references (0 = unbound/NULL).
//
// The stack is a list of chunks: a frame never straddles two. A chunk is allocated when a frame
// does not fit in the current one and freed when its last frame is popped, except the first,
// which lives as long as the VM (so the heap baseline after a run is the same as before).
//
//   chunk: +0 prev chunk | +4 top of prev chunk when this one was made | +8 end | +16 frames ...

import { Ptr, wordsZero } from '../common';
import { excSetString, excRecursionError } from './exc';
import { heapAlloc, heapFree } from '../heap/heap';
import { FRAME_CHUNK_SIZE as CHUNK_SIZE } from '../config';

@inline export const FR_PREV: usize = 0;
@inline export const FR_CODE: usize = 4;
@inline export const FR_FUNC: usize = 8;
@inline export const FR_GLOBALS: usize = 12;
@inline export const FR_BUILTINS: usize = 16;
@inline export const FR_LOCALS: usize = 20;
@inline export const FR_IP: usize = 24;
@inline export const FR_SP: usize = 28;
@inline export const FR_LASTI: usize = 32;
@inline export const FR_FLAGS: usize = 36;
@inline export const FR_HEADER: usize = 40;

/** The frame was entered from outside the loop (host or a builtin): returning from it leaves
 *  evalFrame instead of resuming a caller frame. */
@inline export const FRAME_ENTRY: u32 = 1;
/** The frame belongs to a generator or coroutine (object/gen.ts): it lives inside that object,
 *  not on this stack, so leaving it never pops the stack; while it runs, prev is the frame that
 *  resumed it (FOR_ITER, SEND, or curFrame when resumed from outside the loop, with FRAME_ENTRY),
 *  and 0 while it is suspended. */
@inline export const FRAME_GEN: u32 = 2;
/** The frame runs __init__ for a CALL of a class (vm/call.ts callInitPush): the caller's stack
 *  holds the new instance under it, which is the CALL's result once __init__ returns None. The
 *  frame also stands for the native level CPython's type_call counts (one nativeDepth), given
 *  back when it is dropped. */
@inline export const FRAME_INIT: u32 = 4;

@inline const CHUNK_HEADER: usize = 16;

let chunk: Ptr = 0;       // current chunk
let stackTop: usize = 0;  // next free byte in the current chunk
let stackEnd: usize = 0;  // end of the current chunk

/** The frame the eval loop is running (0 when none): the loop sets it at every frame switch
 *  (its reload, and the inline call and return paths), and whoever runs a nested evalFrame
 *  restores it afterwards, so builtins, finalizers and frame walks always see a live frame here
 *  (super(), globals(), type(name, bases, dict)'s __module__, sys._getframe). Its ip/sp/lasti
 *  are current as of the loop's last saveState, which precedes every call out of the loop. */
export let curFrame: Ptr = 0;
@inline export function frameSetCurrent(f: Ptr): void { curFrame = f; }

/** Python frames on the stack now, and the limit (sys.setrecursionlimit). */
export let frameDepth: i32 = 0;
export let recursionLimit: i32 = 1000; // CPython 3.11 semantics: do not tune
export function frameSetRecursionLimit(n: i32): void { recursionLimit = n; }

/** Nesting of core functions that recurse through Python objects (repr of a nested list, ==
 *  of nested tuples, calls from builtins): counted with the frames against the same limit, as
 *  CPython 3.11's Py_EnterRecursiveCall does, so deep data raises RecursionError instead of
 *  exhausting the Wasm stack. */
export let nativeDepth: i32 = 0;

/** Enters one level of native recursion; raises RecursionError with CPython's message (`msg`,
 *  e.g. 'maximum recursion depth exceeded while getting the repr of an object') and returns
 *  true past the limit. Pair every false return with recursionLeave(). */
@inline export function recursionEnter(msg: string): bool {
  if (frameDepth + nativeDepth >= recursionLimit) {
    excSetString(excRecursionError, msg);
    return true;
  }
  nativeDepth++;
  return false;
}

@inline export function recursionLeave(): void { nativeDepth--; }

/** After an aborted run (the host stopped it): no native level is active any more. */
export function recursionReset(): void { nativeDepth = 0; }

function chunkNew(size: usize, prev: Ptr): Ptr {
  const c = heapAlloc(size);
  if (c == 0) return 0;
  store<Ptr>(c, prev);
  store<usize>(c, stackTop, 4);
  store<usize>(c, c + size, 8);
  return c;
}

export function frameStackInit(): void {
  chunk = chunkNew(CHUNK_SIZE, 0);
  stackTop = chunk + CHUNK_HEADER;
  stackEnd = chunk + CHUNK_SIZE;
}

/**
 * Reserves a frame of `size` bytes (code's CO_FRAMESIZE) with the first `zeroSlots` localsplus
 * slots zeroed. The header is left for the caller, which stores every field; the value stack is
 * never read at or above sp, so it is left as is. Returns 0 when memory is exhausted (the caller raises MemoryError). Does not check the
 * recursion limit.
 */
@inline export function framePush(size: usize, zeroSlots: usize): Ptr {
  if (stackTop + size > stackEnd && !frameNewChunk(size)) return 0;
  const f = stackTop;
  stackTop += size;
  wordsZero(f + FR_HEADER, zeroSlots);
  frameDepth++;
  return f;
}

@noinline function frameNewChunk(size: usize): bool {
  const n = size + CHUNK_HEADER > CHUNK_SIZE ? size + CHUNK_HEADER : CHUNK_SIZE;
  const c = chunkNew(n, chunk);
  if (c == 0) return false;
  chunk = c;
  stackTop = c + CHUNK_HEADER;
  stackEnd = c + n;
  return true;
}

/** A generator's frame starts (+1) or stops (-1) running: it counts against the recursion
 *  limit while it runs, as a pushed frame does. */
@inline export function frameDepthAdd(d: i32): void { frameDepth += d; }

/** Releases the most recently pushed frame f (its references already dropped). */
@inline export function framePop(f: Ptr): void {
  frameDepth--;
  stackTop = f;
  if (f == chunk + CHUNK_HEADER && load<Ptr>(chunk) != 0) framePopChunk();
}

/** The frame popped was the first of a chunk that is not the first one: free the chunk. */
@noinline function framePopChunk(): void {
  const c = chunk;
  chunk = load<Ptr>(c);
  stackTop = load<usize>(c, 4);
  stackEnd = load<usize>(chunk, 8);
  heapFree(c);
}

@inline export function frameLocalsplus(f: Ptr): usize {
  return f + FR_HEADER;
}
