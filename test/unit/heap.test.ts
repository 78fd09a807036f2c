// Tests of the core's heap (assembly/heap/) through the exports of build/pyrite.wasm: size
// classes, free-list / pool / arena reuse, large blocks and realloc, the counters, the heap limit,
// fault injection, and heapCheck after a seeded random stress. Each test gets a fresh instance
// (a fresh heap) and never calls vmInit, so the counters see only the test's own blocks.
// PYRITE_WASM=build/pyrite.debug.wasm runs the same tests against the debug build (invariant
// asserts and poisoning on).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const wasmPath = resolve(root, process.env.PYRITE_WASM ?? 'build/pyrite.wasm');
const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));

interface Heap {
  memory: WebAssembly.Memory;
  heapInit(): void;
  vmAlloc(n: number): number;
  vmFree(p: number): void;
  vmRealloc(p: number, n: number): number;
  heapBlockSize(p: number): number;
  heapSetLimit(bytes: number): void;
  heapFailNext(n: number): void;
  heapCheck(): number;
  heapStatBlocks(cls: number): number;
  heapStatClassCount(): number;
  heapStatBytesInUse(): number;
  heapStatPeak(): number;
  heapStatPools(): number;
  heapStatArenas(): number;
  heapStatFreeArenas(): number;
  heapStatLargeBlocks(): number;
  heapStatLargeBytes(): number;
  heapStatAllocs(): number;
  heapStatFrees(): number;
  heapStatPages(): number;
}

/** A fresh instance; every import is a stub (built from the module's import list, so new host
 *  imports need no change here). A trap or abort is a failed test. */
function freshHeap(init = true, module: WebAssembly.Module = wasmModule): Heap {
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind !== 'function') continue;
    const ns = (imports[imp.module] ??= {});
    ns[imp.name] = imp.name === 'abort' ? (msg: number, file: number, line: number, col: number) => { throw new Error(`abort() called by the core at line ${line}:${col}`); } : () => 0;
  }
  const h = new WebAssembly.Instance(module, imports).exports as unknown as Heap;
  if (init) h.heapInit();
  return h;
}

const u8 = (h: Heap) => new Uint8Array(h.memory.buffer); // re-made after anything that may grow

/** Fill [p, p+n) with a pattern derived from `tag`; check it later with `verify`. */
function fill(h: Heap, p: number, n: number, tag: number): void {
  const m = u8(h);
  for (let i = 0; i < n; i++) m[p + i] = (tag + i * 7) & 0xff;
}
function verify(h: Heap, p: number, n: number, tag: number): boolean {
  const m = u8(h);
  for (let i = 0; i < n; i++) if (m[p + i] !== ((tag + i * 7) & 0xff)) return false;
  return true;
}

/** mulberry32: a small seeded PRNG, so a failing stress run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The debug build (`node scripts/build.mjs --debug`, which `npm test` runs): invariant asserts
 *  and poisoning on. Its own tests below always run against it, whichever build the rest use. */
const debugPath = resolve(root, 'build/pyrite.debug.wasm');
const debugModule = new WebAssembly.Module(readFileSync(debugPath));

const POOL_SIZE = 16 * 1024; // assembly/config.ts POOL_BITS = 14
const poolOf = (p: number) => p & ~(POOL_SIZE - 1);

describe('size classes', () => {
  it('maps request sizes to 16-byte classes up to 512 and large blocks above', () => {
    const h = freshHeap();
    expect(h.heapStatClassCount()).toBe(32);
    const cases: [number, number, number][] = [
      // size, class (-1 = large), block size
      [1, 0, 16], [16, 0, 16], [17, 1, 32], [32, 1, 32], [33, 2, 48], [500, 31, 512], [512, 31, 512],
    ];
    for (const [size, cls, bsize] of cases) {
      const before = h.heapStatBlocks(cls);
      const p = h.vmAlloc(size);
      expect(p).not.toBe(0);
      expect(p % 16).toBe(0);
      expect(h.heapBlockSize(p)).toBe(bsize);
      expect(h.heapStatBlocks(cls)).toBe(before + 1);
    }
    expect(h.heapStatLargeBlocks()).toBe(0);
    const big = h.vmAlloc(513);
    expect(big % 16).toBe(0);
    expect(h.heapStatLargeBlocks()).toBe(1);
    expect(h.heapBlockSize(big)).toBeGreaterThanOrEqual(513);
    expect(h.heapStatLargeBytes()).toBe(h.heapBlockSize(big));
    const zero = h.vmAlloc(0); // malloc(0): a real, freeable block
    expect(zero).not.toBe(0);
    expect(h.heapBlockSize(zero)).toBe(16);
    expect(h.heapCheck()).toBe(0);
  });

  it('counts bytes in use at class granularity, with the peak', () => {
    const h = freshHeap();
    const a = h.vmAlloc(17); // 32
    const b = h.vmAlloc(100); // 112
    const c = h.vmAlloc(1000); // large: its capacity
    const cap = h.heapBlockSize(c);
    expect(h.heapStatBytesInUse()).toBe(32 + 112 + cap);
    expect(h.heapStatAllocs()).toBe(3);
    h.vmFree(b);
    expect(h.heapStatBytesInUse()).toBe(32 + cap);
    expect(h.heapStatPeak()).toBe(32 + 112 + cap);
    expect(h.heapStatFrees()).toBe(1);
    h.vmFree(a);
    h.vmFree(c);
    h.vmFree(0); // ignored, like free(NULL)
    expect(h.heapStatBytesInUse()).toBe(0);
    expect(h.heapStatFrees()).toBe(3);
    expect(h.heapStatLargeBlocks()).toBe(0);
    expect(h.heapStatLargeBytes()).toBe(0);
    expect(h.heapCheck()).toBe(0);
  });
});

describe('instantiation', () => {
  it('allocates nothing before vmInit (these tests count from an empty heap)', () => {
    const h = freshHeap(false);
    expect(h.heapStatAllocs()).toBe(0);
    expect(h.heapStatBytesInUse()).toBe(0);
    expect(h.heapStatArenas()).toBe(0);
  });

  it('returns 0 for requests no heap can serve, without trapping', () => {
    const h = freshHeap();
    expect(h.vmAlloc(0xffffffff)).toBe(0);
    expect(h.vmAlloc(0x80000000)).toBe(0);
    const p = h.vmAlloc(100);
    expect(h.vmRealloc(p, 0xfffffff0)).toBe(0);
    expect(h.heapBlockSize(p)).toBe(112);
    expect(h.heapCheck()).toBe(0);
  });
});

describe('heapInit', () => {
  it('is optional before the first allocation and safe after some', () => {
    const h = freshHeap(false);
    const a = h.vmAlloc(24), b = h.vmAlloc(5000);
    fill(h, a, 24, 1);
    fill(h, b, 5000, 2);
    h.heapInit(); // adds the memory below the first arena; must not touch a or b
    h.heapInit(); // once only
    const c = h.vmAlloc(6000);
    fill(h, c, 6000, 3);
    expect(verify(h, a, 24, 1) && verify(h, b, 5000, 2)).toBe(true);
    expect(h.heapCheck()).toBe(0);
    h.vmFree(a); h.vmFree(b); h.vmFree(c);
    expect(h.heapStatBytesInUse()).toBe(0);
    expect(h.heapCheck()).toBe(0);
  });
});

describe('reuse', () => {
  it('gives a freed block back to the next request of its class', () => {
    const h = freshHeap();
    const keep = h.vmAlloc(24);
    const a = h.vmAlloc(24);
    h.vmFree(a);
    expect(h.vmAlloc(30)).toBe(a); // same class (32)
    const b = h.vmAlloc(24);
    expect(b).not.toBe(a);
    expect(poolOf(b)).toBe(poolOf(keep));
    expect(h.heapCheck()).toBe(0);
  });

  it('blocks never overlap and keep their contents', () => {
    const h = freshHeap();
    const blocks: [number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const n = 1 + (i * 37) % 600;
      const p = h.vmAlloc(n);
      fill(h, p, n, i);
      blocks.push([p, n]);
    }
    blocks.forEach(([p, n], i) => expect(verify(h, p, n, i)).toBe(true));
    expect(h.heapCheck()).toBe(0);
  });

  it('re-initialises an emptied pool for another class', () => {
    const h = freshHeap();
    const keep = h.vmAlloc(16); // class 0 gets the first pool
    const a = h.vmAlloc(96); // class 5: a pool of its own
    const b = h.vmAlloc(80); // class 4: one more
    expect(h.heapStatPools()).toBe(3);
    h.vmFree(a); // class 5's only pool stays (empty) for the next class-5 request
    expect(h.heapStatPools()).toBe(3);
    const a2 = h.vmAlloc(96);
    expect(a2).toBe(a);
    // a second class-4 pool: fill the first one up
    const fours: number[] = [b];
    while (poolOf(fours[fours.length - 1]) === poolOf(b)) fours.push(h.vmAlloc(80));
    expect(h.heapStatPools()).toBe(4);
    const second = poolOf(fours[fours.length - 1]);
    h.vmFree(fours.pop()!); // the only class-4 pool with room: it stays, empty
    expect(h.heapStatPools()).toBe(4);
    fours.push(h.vmAlloc(80));
    expect(poolOf(fours[fours.length - 1])).toBe(second);
    h.vmFree(fours.splice(1, 1)[0]); // the first pool has room again: listed, first in line
    h.vmFree(fours.pop()!); // the second pool is empty and not alone: back to the arena
    expect(h.heapStatPools()).toBe(3);
    const c = h.vmAlloc(200); // class 12 takes the freed pool
    expect(poolOf(c)).toBe(second);
    expect(h.heapBlockSize(c)).toBe(208);
    expect(h.heapCheck()).toBe(0);
    h.vmFree(keep);
    h.vmFree(a2);
    h.vmFree(c);
    for (const p of fours) h.vmFree(p);
    expect(h.heapStatBytesInUse()).toBe(0);
    expect(h.heapCheck()).toBe(0);
  });

  it('fills the fullest pool first after a pool was full', () => {
    const h = freshHeap();
    const first: number[] = [h.vmAlloc(512)];
    while (poolOf(first[first.length - 1]) === poolOf(first[0])) first.push(h.vmAlloc(512));
    const inSecond = first.pop()!; // the first pool is full, one block is in a second pool
    h.vmFree(first[3]); // the first pool has room again: it goes first in line
    expect(h.vmAlloc(512)).toBe(first[3]);
    h.vmFree(inSecond);
    expect(h.heapCheck()).toBe(0);
  });

  it('frees an arena whose pools are all free, and takes it again first', () => {
    const h = freshHeap();
    const ps: number[] = [];
    for (let i = 0; i < 3000; i++) ps.push(h.vmAlloc(256)); // ~770 KiB of one class
    const arenas = h.heapStatArenas();
    expect(arenas).toBeGreaterThanOrEqual(3);
    expect(h.heapStatFreeArenas()).toBe(0);
    for (const p of ps) h.vmFree(p);
    // every pool went back except the class's last one, kept (empty) in its arena
    expect(h.heapStatPools()).toBe(1);
    expect(h.heapStatFreeArenas()).toBe(arenas - 1);
    expect(h.heapCheck()).toBe(0);
    const pages = h.heapStatPages();
    for (let i = 0; i < 3000; i++) ps[i] = h.vmAlloc(48 + (i % 3) * 16);
    expect(h.heapStatArenas()).toBe(arenas);
    expect(h.heapStatPages()).toBe(pages);
    expect(h.heapCheck()).toBe(0);
  });

  it('reuses free arenas before growing memory', () => {
    const h = freshHeap();
    const round = () => {
      const ps: number[] = [];
      for (let i = 0; i < 2000; i++) ps.push(h.vmAlloc(200 + (i % 300))); // ~700 KiB: several arenas
      return ps;
    };
    let ps = round();
    const arenas = h.heapStatArenas();
    const pages = h.heapStatPages();
    expect(arenas).toBeGreaterThanOrEqual(3);
    for (const p of ps) h.vmFree(p);
    expect(h.heapStatBytesInUse()).toBe(0);
    expect(h.heapCheck()).toBe(0);
    for (let r = 0; r < 5; r++) {
      ps = round();
      expect(h.heapStatArenas()).toBe(arenas);
      expect(h.heapStatPages()).toBe(pages);
      for (const p of ps) h.vmFree(p);
    }
    expect(h.heapCheck()).toBe(0);
  });
});

describe('large blocks', () => {
  it('reuses a freed large block and merges neighbours', () => {
    const h = freshHeap();
    const a = h.vmAlloc(100_000);
    h.vmFree(a);
    expect(h.vmAlloc(100_000)).toBe(a);
    const b = h.vmAlloc(100_000);
    const c = h.vmAlloc(100_000);
    h.vmFree(a);
    h.vmFree(b);
    h.vmFree(c);
    expect(h.heapCheck()).toBe(0); // no adjacent free blocks left
    expect(h.vmAlloc(300_000)).toBe(a); // the three merged
    expect(h.heapCheck()).toBe(0);
  });

  it('does not grow memory without bound when 1-10 MB buffers come and go', () => {
    const h = freshHeap();
    const rnd = prng(7);
    // At most two blocks live, but a block left in the middle can force a third: with merging
    // the heap settles at <= 3 x 10 MB and then stops growing (seed 7: at iteration 25).
    let pages = 0;
    for (let i = 0; i < 1000; i++) {
      if (i === 500) pages = h.heapStatPages();
      const a = h.vmAlloc((1 + Math.floor(rnd() * 10)) << 20);
      const b = h.vmAlloc((1 + Math.floor(rnd() * 10)) << 20);
      expect(a && b).toBeTruthy();
      const [first, second] = rnd() < 0.5 ? [a, b] : [b, a];
      h.vmFree(first);
      const c = h.vmAlloc((1 + Math.floor(rnd() * 9)) << 20);
      expect(c).not.toBe(0);
      h.vmFree(c);
      h.vmFree(second);
    }
    expect(h.heapStatPages()).toBe(pages);
    expect(h.heapStatPages() * 65536).toBeLessThan(31 << 20);
    expect(h.heapStatLargeBlocks()).toBe(0);
    expect(h.heapCheck()).toBe(0);
  });

  it('realloc grows a buffer to 10 MB in place at the top, keeping its contents', () => {
    const h = freshHeap();
    let p = h.vmAlloc(1000);
    fill(h, p, 1000, 3);
    const start = p;
    for (let n = 2000; n <= 10 << 20; n = Math.floor(n * 1.5)) {
      p = h.vmRealloc(p, n);
      expect(p).not.toBe(0);
      expect(h.heapBlockSize(p)).toBeGreaterThanOrEqual(n);
    }
    expect(p).toBe(start); // never moved: the block sits at the top of the newest region
    expect(verify(h, p, 1000, 3)).toBe(true);
    expect(h.heapStatPages() * 65536).toBeLessThan(12 << 20);
    expect(h.heapCheck()).toBe(0);
  });

  it('realloc moves when it must, shrinks in place, and crosses small/large', () => {
    const h = freshHeap();
    const a = h.vmAlloc(5000);
    fill(h, a, 5000, 9);
    const wall = h.vmAlloc(5000); // blocks growth in place
    const b = h.vmRealloc(a, 50_000);
    expect(b).not.toBe(a);
    expect(verify(h, b, 5000, 9)).toBe(true);
    expect(h.heapStatLargeBlocks()).toBe(2);
    const c = h.vmRealloc(b, 2000); // shrink: stays
    expect(c).toBe(b);
    expect(h.heapBlockSize(c)).toBeLessThan(50_000);
    const d = h.vmRealloc(c, 100); // large -> small
    expect(h.heapBlockSize(d)).toBe(112);
    expect(verify(h, d, 100, 9)).toBe(true);
    expect(h.heapStatLargeBlocks()).toBe(1);
    const e = h.vmRealloc(d, 90); // same class: stays
    expect(e).toBe(d);
    const f = h.vmRealloc(e, 20); // much smaller: moves to a smaller class
    expect(h.heapBlockSize(f)).toBe(32);
    expect(verify(h, f, 20, 9)).toBe(true);
    const g = h.vmRealloc(f, 3000); // small -> large
    expect(verify(h, g, 20, 9)).toBe(true);
    expect(h.vmRealloc(0, 40)).not.toBe(0); // realloc(NULL) = alloc
    h.vmFree(g);
    h.vmFree(wall);
    expect(h.heapCheck()).toBe(0);
  });
});

describe('limits and failures', () => {
  it('returns 0 past the heap limit, and works again after frees', () => {
    const h = freshHeap();
    h.heapSetLimit(64 * 1024);
    const ps: number[] = [];
    for (;;) {
      const p = h.vmAlloc(16);
      if (p === 0) break;
      ps.push(p);
    }
    expect(ps.length).toBe(4096);
    expect(h.heapStatBytesInUse()).toBe(64 * 1024);
    expect(h.vmAlloc(1000)).toBe(0); // large blocks count too
    h.vmFree(ps.pop()!);
    expect(h.vmAlloc(16)).not.toBe(0);
    expect(h.vmAlloc(16)).toBe(0);
    for (let i = 0; i < 100; i++) h.vmFree(ps.pop()!);
    const big = h.vmAlloc(1000);
    expect(big).not.toBe(0);
    fill(h, big, 1000, 5);
    expect(h.vmRealloc(big, 100_000)).toBe(0); // growing past the limit fails, block untouched
    expect(verify(h, big, 1000, 5)).toBe(true);
    h.heapSetLimit(0); // no limit
    expect(h.vmRealloc(big, 100_000)).not.toBe(0);
    expect(h.heapCheck()).toBe(0);
  });

  it('fails exactly the n-th next allocation (heapFailNext)', () => {
    const h = freshHeap();
    h.heapFailNext(3);
    expect(h.vmAlloc(16)).not.toBe(0);
    expect(h.vmAlloc(2000)).not.toBe(0);
    expect(h.vmAlloc(16)).toBe(0);
    expect(h.vmAlloc(16)).not.toBe(0); // one-shot
    h.heapFailNext(1);
    expect(h.vmAlloc(5000)).toBe(0);
    h.heapFailNext(1);
    const fresh = h.vmAlloc(300); // a class with no pool yet: the slow path fails too
    expect(fresh).toBe(0);
    expect(h.heapStatBlocks(18)).toBe(0);
    const p = h.vmAlloc(3000);
    h.heapFailNext(1);
    expect(h.vmRealloc(p, 3_000_000)).toBe(0);
    h.heapFailNext(2);
    h.heapFailNext(0); // disarmed
    expect(h.vmAlloc(16)).not.toBe(0);
    expect(h.vmAlloc(16)).not.toBe(0);
    expect(h.heapStatAllocs()).toBe(6);
    expect(h.heapCheck()).toBe(0);
  });
});

describe('stress', () => {
  it('keeps every invariant through 100k random operations', () => {
    const h = freshHeap();
    const rnd = prng(20261124);
    const live: { p: number; n: number; tag: number }[] = [];
    let inUseBytes = 0;
    const size = () => {
      const r = rnd();
      if (r < 0.8) return 1 + Math.floor(rnd() * 64);
      if (r < 0.97) return 1 + Math.floor(rnd() * 512);
      return 513 + Math.floor(rnd() * 70_000);
    };
    for (let op = 0; op < 100_000; op++) {
      const r = rnd();
      if (r < 0.55 || live.length === 0) {
        const n = size();
        const p = h.vmAlloc(n);
        expect(p).not.toBe(0);
        const tag = op & 0xff;
        fill(h, p, Math.min(n, 64), tag);
        live.push({ p, n, tag });
      } else if (r < 0.95) {
        const i = Math.floor(rnd() * live.length);
        const b = live[i];
        if (!verify(h, b.p, Math.min(b.n, 64), b.tag)) throw new Error(`block ${b.p} overwritten (op ${op})`);
        h.vmFree(b.p);
        live[i] = live[live.length - 1];
        live.pop();
      } else {
        const i = Math.floor(rnd() * live.length);
        const b = live[i];
        const n = size();
        const q = h.vmRealloc(b.p, n);
        expect(q).not.toBe(0);
        if (!verify(h, q, Math.min(b.n, n, 64), b.tag)) throw new Error(`realloc lost contents (op ${op})`);
        live[i] = { p: q, n, tag: (op * 3) & 0xff };
        fill(h, q, Math.min(n, 64), live[i].tag);
      }
      if (op % 10_000 === 0) expect(h.heapCheck()).toBe(0);
    }
    expect(h.heapCheck()).toBe(0);
    for (const b of live) inUseBytes += h.heapBlockSize(b.p);
    expect(h.heapStatBytesInUse()).toBe(inUseBytes);
    for (const b of live) {
      if (!verify(h, b.p, Math.min(b.n, 64), b.tag)) throw new Error(`block ${b.p} overwritten`);
      h.vmFree(b.p);
    }
    expect(h.heapStatBytesInUse()).toBe(0);
    expect(h.heapStatLargeBlocks()).toBe(0);
    expect(h.heapStatAllocs() - h.heapStatFrees()).toBe(0);
    expect(h.heapCheck()).toBe(0);
  });
});

describe('heapCheck', () => {
  it('reports a damaged free list or large block with its code', () => {
    const h = freshHeap();
    const keep = h.vmAlloc(48);
    const a = h.vmAlloc(48);
    h.vmFree(a);
    const words = () => new Uint32Array(h.memory.buffer);
    const link = words()[a >>> 2];
    words()[a >>> 2] = a + 8; // off the block grid
    expect(h.heapCheck()).toBe(21);
    words()[a >>> 2] = link;
    expect(h.heapCheck()).toBe(0);
    const big = h.vmAlloc(3000);
    h.vmAlloc(3000);
    const hdr = (big - 16) >>> 2; // large block header: +0 size | free bit
    const size = words()[hdr];
    words()[hdr] = size + 16;
    expect(h.heapCheck()).toBe(31);
    words()[hdr] = size;
    expect(h.heapCheck()).toBe(0);
    h.vmFree(keep);
  });
});

describe('config', () => {
  it('declares every PYRITE_* --use name the core reads in config.d.ts', () => {
    const dts = readFileSync(resolve(root, 'assembly/config.d.ts'), 'utf8');
    const declared = new Set([...dts.matchAll(/declare const (PYRITE_\w+)/g)].map((m) => m[1]));
    for (const file of ['assembly/config.ts', 'assembly/common.ts']) {
      const src = readFileSync(resolve(root, file), 'utf8');
      for (const m of src.matchAll(/isDefined\((PYRITE_\w+)\)/g)) expect(declared, `${file}: ${m[1]}`).toContain(m[1]);
    }
  });
});

describe('debug build', () => {
  it('imports abort: it is the build with the asserts', () => {
    expect(WebAssembly.Module.imports(debugModule).some((i) => i.name === 'abort')).toBe(true);
  });
  it('poisons freed blocks and stops at a double free', () => {
    const h = freshHeap(true, debugModule);
    const keep = h.vmAlloc(32);
    const a = h.vmAlloc(32);
    h.vmFree(a);
    const words = new Uint32Array(h.memory.buffer, a, 8);
    expect(words[1]).toBe(0xdeadbeef); // +0 links the free list; the rest is poison
    expect(words[7]).toBe(0xdeadbeef);
    expect(() => h.vmFree(a)).toThrow();
    const h2 = freshHeap(true, debugModule);
    const big = h2.vmAlloc(4000);
    h2.vmAlloc(4000);
    h2.vmFree(big);
    expect(new Uint32Array(h2.memory.buffer, big, 4)[0]).toBe(0xdeadbeef);
    expect(() => h2.vmFree(big)).toThrow();
    h.vmFree(keep);
  });
});
