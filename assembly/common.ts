// Shared by every core file: the build flags, the Ptr alias, alignment helpers and fatal().
// Keep it small: everything in assembly/ imports it, so it imports nothing.

/** An address in linear memory; 0 is NULL. Every Python value is one (docs/architecture.md §2). */
export type Ptr = usize;

/** Debug build (`asc --use PYRITE_DEBUG=1`, the "debug" target of asconfig.json): turns on the
 *  `if (DEBUG) assert(...)` invariant checks and the poisoning of freed heap blocks. Release
 *  builds drop both at compile time. */
@inline export const DEBUG: bool = isDefined(PYRITE_DEBUG);

/** Every heap block is aligned to this (i64/f64 payloads, and the small-block size classes are
 *  this far apart). */
@inline export const ALIGN: usize = 16;
@inline export const ALIGN_BITS: usize = 4;

/** `n` rounded up to a multiple of `a` (a power of two). */
@inline export function alignUp(n: usize, a: usize): usize {
  return (n + a - 1) & ~(a - 1);
}

/** Is `n` a multiple of `a` (a power of two)? */
@inline export function isAligned(n: usize, a: usize): bool {
  return (n & (a - 1)) == 0;
}

/** The u32 written over every word of a freed heap block in debug builds (the first word of a
 *  small block excepted: it links the free list). An object's type word then reads POISON after
 *  a free, which object/header.ts checks for use-after-free. */
@inline export const POISON: u32 = 0xDEADBEEF;

/** Debug: fill [p, p + n) (n a multiple of 4) with POISON. */
export function poisonFill(p: usize, n: usize): void {
  for (let end = p + n; p < end; p += 4) store<u32>(p, POISON);
}

/** A broken invariant: a bug in the core, never a Python error (those return 0 with an exception
 *  set). Traps; `code` only helps a debugger tell the call sites apart. */
@noinline export function fatal(code: i32): void {
  unreachable();
}

/** Copies n Ptr-sized words. For the short runs of the eval loop (arguments, tuple items): V8
 *  compiles memory.copy with a non-constant size into a call to a runtime stub, which costs more
 *  than a few loads and stores. */
@inline export function wordsCopy(dst: usize, src: usize, n: usize): void {
  for (let i: usize = 0; i < n; i++) store<usize>(dst + (i << 2), load<usize>(src + (i << 2)));
}

/** Zeroes n Ptr-sized words (see wordsCopy for why not memory.fill). */
@inline export function wordsZero(dst: usize, n: usize): void {
  for (let i: usize = 0; i < n; i++) store<usize>(dst + (i << 2), 0);
}
