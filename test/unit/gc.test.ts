// The cycle collector (assembly/gc/) through the public API: vm.gcCollect() counts unreachable
// objects as CPython's gc.collect() does, generations and thresholds behave as CPython 3.11's,
// automatic collection keeps a program that makes cycles in a loop within a small heap, and every
// run leaves the heap at its baseline. The Python programs under test/programs/gc/ cover the kinds
// of cycles; here are the parts a program cannot observe without `import gc`.
//
// A collection can only be asked for at a safe point: these tests call vm.gcCollect() from the
// stdin callback, i.e. while the program waits in input(), where any Python code could run.
import { describe, it, expect } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as nodeFs from 'node:fs';
import { createVM, NodeFileSystem, PythonError, type VM } from '../../src/api.js';
import { findPrograms, goldenPaths } from '../../scripts/golden.js';

const wasmPath = fileURLToPath(new URL('../../build/pyrite.wasm', import.meta.url));
const debugPath = fileURLToPath(new URL('../../build/pyrite.debug.wasm', import.meta.url));
const coreReady = existsSync(wasmPath) &&
  WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmPath))).some((e) => e.name === 'vmGcCollect');

/** Both builds: the debug one checks refcount liveness and poisons freed blocks. */
const builds: [string, string][] = [['release', wasmPath], ['debug', debugPath]];

interface Session {
  vm: VM;
  out: string[];
  /** Called for each input(): its return value is the line the program reads. */
  onInput: (() => string) | null;
  /** Where imports are read from (the running program's directory). */
  dir: string;
  /** The working directory open() and os see (default: dir). */
  cwd?: string;
}

async function session(wasm: string, heapLimit?: number): Promise<Session> {
  const s: Session = { vm: undefined as unknown as VM, out: [], onInput: null, dir: '.' };
  s.vm = await createVM({
    wasm,
    heapLimit,
    stdout: (t) => s.out.push(typeof t === 'string' ? t : new TextDecoder().decode(t)),
    stderr: () => {},
    stdin: () => (s.onInput ? s.onInput() : null),
    readFile: (path) => {
      try {
        return readFileSync(resolve(s.dir, path));
      } catch {
        return null;
      }
    },
    // open() sees the program's directory as the working directory, as in test/programs.test.ts
    fs: new NodeFileSystem(nodeFs, () => s.cwd ?? s.dir),
  });
  s.vm.run('pass\n');
  return s;
}

/** Runs src; each input() in it collects generation gens[i] and records the result. */
function collectAt(s: Session, src: string, gens: number[]): number[] {
  const found: number[] = [];
  let i = 0;
  s.onInput = () => {
    found.push(s.vm.gcCollect(gens[i++]));
    return '';
  };
  s.vm.run(src, 'gc_case.py');
  s.onInput = null;
  return found;
}

describe.skipIf(!coreReady).each(builds)('cycle collector (%s build)', (_name, wasm) => {
  it('starts enabled with CPython 3.11 thresholds', async () => {
    const { vm } = await session(wasm);
    const st = vm.gcStats();
    expect(st.enabled).toBe(true);
    expect(st.thresholds).toEqual([700, 10, 10]);
    expect(st.generations).toHaveLength(3);
  });

  it('counts unreachable objects as gc.collect() does', async () => {
    const s = await session(wasm);
    s.vm.gcSetEnabled(false);
    // The same program with `import gc; gc.disable()` and gc.collect(g) in place of input()
    // prints 1 2 3 1000 0 0 1 under CPython 3.11.
    const src = [
      'input()',
      'l = []; l.append(l); del l',
      'input()',
      "a = {}; b = {'a': a}; a['b'] = b; del a, b",
      'input()',
      'def outer():',
      '    def inner(): return inner',
      '    return inner',
      'f = outer(); del f',
      'input()',
      'for i in range(1000):',
      '    x = [i]; x.append(x)',
      'del x',
      'input()',
      'B = [1]; B.append(B)',
      'input()',
      'del B',
      'input()',
      'input()',
      '',
    ].join('\n');
    expect(collectAt(s, src, [2, 2, 2, 2, 2, 0, 0, 1])).toEqual([0, 1, 2, 3, 1000, 0, 0, 1]);
    s.vm.gcSetEnabled(true);
  });

  it('never frees what frames, the value stack or cells still reach', async () => {
    const s = await session(wasm);
    const src = [
      'def cyc(tag):',
      '    l = [tag]; l.append(l); l.append({"l": l})',
      '    return l',
      'def f():',
      '    mine = cyc("local")',
      '    def inner():',
      '        return mine',
      '    r = [cyc("stack"), input()][0]',
      '    print(mine[1] is mine, r[1] is r, r[2]["l"] is r, inner()[0])',
      'f()',
      '',
    ].join('\n');
    expect(collectAt(s, src, [2])).toEqual([0]);
    expect(s.out.join('')).toBe('True True True local\n');
  });

  it('collects automatically when generation 0 passes its threshold', async () => {
    const s = await session(wasm);
    const before = s.vm.gcStats().generations;
    s.vm.run('for i in range(10000):\n    a = [i]; a.append(a)\n');
    const after = s.vm.gcStats().generations;
    // ~14 young collections; the end of the run adds one full collection
    expect(after[0].collections - before[0].collections).toBeGreaterThanOrEqual(10);
    const collected = after.reduce((n, g) => n + g.collected, 0) - before.reduce((n, g) => n + g.collected, 0);
    expect(collected).toBe(10000);
    // every collection is timed: totals grow with the collections, the longest is one of them
    for (let g = 0; g < 3; g++) {
      const made = after[g].collections - before[g].collections;
      expect(after[g].pauseTotalMs).toBeGreaterThanOrEqual(before[g].pauseTotalMs);
      expect(after[g].pauseMaxMs).toBeLessThanOrEqual(after[g].pauseTotalMs);
      if (made > 0) expect(after[g].pauseMaxMs).toBeGreaterThan(0);
      if (made > 1) expect(after[g].pauseMaxMs).toBeLessThan(after[g].pauseTotalMs);
    }
  });

  it('follows set_threshold and disable', async () => {
    const s = await session(wasm);
    s.vm.gcSetThreshold(100, 5, 5);
    expect(s.vm.gcStats().thresholds).toEqual([100, 5, 5]);
    let before = s.vm.gcStats().generations[0].collections;
    s.vm.run('for i in range(1000):\n    a = [i]; a.append(a)\n');
    // each collection parks up to 80 of the lists it frees, and reusing them is not counted
    // (CPython 3.11's list free list): CPython makes 5 or 6 collections here
    expect(s.vm.gcStats().generations[0].collections - before).toBeGreaterThanOrEqual(4);
    s.vm.gcSetEnabled(false);
    expect(s.vm.gcStats().enabled).toBe(false);
    before = s.vm.gcStats().generations[0].collections;
    s.vm.run('for i in range(1000):\n    a = [i]; a.append(a)\n');
    expect(s.vm.gcStats().generations[0].collections).toBe(before);
    expect(() => s.vm.gcCollect(3)).toThrow(RangeError);
  });

  it('frees every cycle by the end of the run: the heap returns to its baseline', async () => {
    const s = await session(wasm);
    s.vm.gcSetEnabled(false); // everything is left to the end-of-run collection
    const base = s.vm.heapStats();
    s.vm.run([
      'l = []; l.append(l)',
      'd = {}; d["d"] = d; d["l"] = [d, l]',
      'def outer():',
      '    def inner(): return inner, d',
      '    return inner',
      'fs = [outer() for i in range(100)]',
      'm = [l.append, d.keys(), iter(l), ValueError(l)]',
      'l.append(m)',
      '',
    ].join('\n'));
    const after = s.vm.heapStats();
    expect(after.blocksInUse).toBe(base.blocksInUse);
    expect(after.bytesInUse).toBe(base.bytesInUse);
    expect(s.vm.heapCheck()).toBe(0);
  });
});

describe.skipIf(!coreReady)('automatic collection under a heap limit', () => {
  const program = [
    'total = 0',
    'for i in range(200000):',
    '    a = [i, None, None]',
    '    b = {"a": a, "n": i}',
    '    a[1] = b',
    '    a[2] = [a, b]',
    '    total += len(a)',
    'print(total)',
    '',
  ].join('\n');

  it('runs a program that makes cycles in a loop within a small heap', async () => {
    const probe = await session(wasmPath);
    const limit = probe.vm.heapStats().bytesInUse + 4 * 1024 * 1024;
    const s = await session(wasmPath, limit);
    s.vm.run(program, 'cycles.py');
    expect(s.out.join('')).toBe('600000\n');
    expect(s.vm.heapStats().peakBytes).toBeLessThanOrEqual(limit);
  });

  it('runs out of memory without it', async () => {
    const probe = await session(wasmPath);
    const limit = probe.vm.heapStats().bytesInUse + 4 * 1024 * 1024;
    const s = await session(wasmPath, limit);
    s.vm.gcSetEnabled(false);
    let caught: unknown;
    try {
      s.vm.run(program, 'cycles.py');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PythonError);
    expect((caught as PythonError).type).toBe('MemoryError');
  });
});

// Every program of the suite (but the slow limit/ ones) once more on the debug build with all
// thresholds at 1: a young collection at nearly every budget check, while the program's frames,
// value stacks and half-way builtins hold what they hold. Stdout must still match CPython's and
// the heap must come back to its baseline.
describe.skipIf(!coreReady)('every program under collection stress (debug build, thresholds 1)', () => {
  const root = fileURLToPath(new URL('../programs', import.meta.url));
  const programs = findPrograms(root).filter((p) => !relative(root, p).startsWith('limit'));
  it(`runs ${programs.length} programs`, async () => {
    const s = await session(debugPath);
    // Programs that write files do it in their working directory, and test/programs.test.ts
    // runs the same programs at the same time in another worker: here each directory's files
    // are copied to a private temporary one first, which is the programs' working directory.
    const copies = new Map<string, string>();
    const scratch = mkdtempSync(join(tmpdir(), 'pyrite-gcstress-'));
    const workdirOf = (dir: string): string => {
      let copy = copies.get(dir);
      if (copy === undefined) {
        copy = join(scratch, String(copies.size));
        mkdirSync(copy);
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isFile()) copyFileSync(join(dir, entry.name), join(copy, entry.name));
        }
        copies.set(dir, copy);
      }
      return copy;
    };
    const runOnce = (file: string, name: string) => {
      s.vm.gcSetThreshold(1, 1, 1);
      s.out.length = 0;
      s.dir = dirname(file);
      s.cwd = workdirOf(s.dir);
      try {
        s.vm.run(readFileSync(file, 'utf8'), basename(file));
      } catch (e) {
        if (!(e instanceof PythonError)) throw new Error(`${name}: ${String(e)}`);
      }
      expect(s.out.join(''), name).toBe(readFileSync(goldenPaths(file).out, 'utf8'));
      expect(s.vm.heapCheck(), name).toBe(0);
    };
    for (const file of programs) {
      const name = relative(root, file);
      let base = s.vm.heapStats();
      runOnce(file, name);
      let after = s.vm.heapStats();
      if (after.blocksInUse !== base.blocksInUse || after.bytesInUse !== base.bytesInUse) {
        // a shared object the VM makes lazily on first use (test/programs.test.ts's WARM_UP):
        // a second run must then leave the heap as the first one did
        base = after;
        runOnce(file, name);
        after = s.vm.heapStats();
      }
      expect([name, after.blocksInUse, after.bytesInUse]).toEqual([name, base.blocksInUse, base.bytesInUse]);
    }
    rmSync(scratch, { recursive: true, force: true });
  }, 120_000);
});

// PEP 442 needs a type with a FINALIZE slot, and none exists before classes do: this test compiles
// the core (debug build) together with a small AssemblyScript fixture type `fin` whose instances
// hold one reference and whose finalizer counts its calls and, when asked, resurrects its object
// into a global. It drives the core through its raw exports.
const FIXTURE = `
export * from '../../assembly/index';
import { Ptr } from '../../assembly/common';
import { objAlloc, objFree, newref, decref, xdecref, setref } from '../../assembly/object/header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_FINALIZE, TPFLAGS_HAVE_GC, typeSetSlot,
} from '../../assembly/object/typelayout';
import { typeNewBuiltin, objectType, TK_OTHER } from '../../assembly/object/type';
import { gcFinalizeFromDealloc } from '../../assembly/gc/finalize';

let finType: Ptr = 0;
let calls: i32 = 0;
let resurrect = false;
let saved: Ptr = 0;

function fin_dealloc(o: Ptr): void {
  if (gcFinalizeFromDealloc(o)) return;
  xdecref(load<Ptr>(o, 8));
  objFree(o);
}
function fin_traverse(o: Ptr, visit: u32, arg: Ptr): i32 {
  const v = load<Ptr>(o, 8);
  return v ? call_indirect<i32>(visit, v, arg) : 0;
}
function fin_clear(o: Ptr): void { setref(o + 8, 0); }
function fin_finalize(o: Ptr): void {
  calls++;
  if (resurrect && saved == 0) saved = newref(o);
}

export function finInit(): void {
  finType = typeNewBuiltin('fin', objectType, 12, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(finType, SLOT_DEALLOC, fin_dealloc.index);
  typeSetSlot(finType, SLOT_TRAVERSE, fin_traverse.index);
  typeSetSlot(finType, SLOT_CLEAR, fin_clear.index);
  typeSetSlot(finType, SLOT_FINALIZE, fin_finalize.index);
}
/** Two fin objects referring to each other, dropped at once. */
export function finMakeCycle(res: i32): void {
  resurrect = res != 0;
  const a = objAlloc(finType, 12);
  const b = objAlloc(finType, 12);
  store<Ptr>(a, newref(b), 8);
  store<Ptr>(b, newref(a), 8);
  decref(a);
  decref(b);
}
/** One fin object, freed by refcounting. */
export function finMakeOne(res: i32): void {
  resurrect = res != 0;
  decref(objAlloc(finType, 12));
}
export function finCalls(): i32 { return calls; }
export function finHasSaved(): i32 { return saved != 0 ? 1 : 0; }
export function finDropSaved(): void { resurrect = false; const s = saved; saved = 0; decref(s); }
`;

describe.skipIf(!coreReady)('PEP 442 finalizers (fixture type compiled with the debug core)', () => {
  interface FinCore {
    vmInit(): void;
    vmGcCollect(gen: number): number;
    vmGcCheck(): number;
    heapCheck(): number;
    heapStatBytesInUse(): number;
    finInit(): void;
    finMakeCycle(resurrect: number): void;
    finMakeOne(resurrect: number): void;
    finCalls(): number;
    finHasSaved(): number;
    finDropSaved(): void;
  }
  let core: FinCore;

  it('compiles', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    // inside the project (so the fixture imports assembly/ relatively), without an asconfig.json
    const dir = mkdtempSync(join(root, 'build', 'gcfixture-'));
    try {
      writeFileSync(join(dir, 'fixture.ts'), FIXTURE);
      const asc = join(root, 'node_modules', 'assemblyscript', 'bin', 'asc.js');
      execFileSync(process.execPath, [asc, 'fixture.ts', '--runtime', 'stub', '--debug', '--use', 'PYRITE_DEBUG=1',
        '--outFile', 'fixture.wasm'], { cwd: dir, stdio: 'pipe' });
      const mod = new WebAssembly.Module(readFileSync(join(dir, 'fixture.wasm')));
      const host = {
        write: () => {}, flush: () => {}, readline: () => -1, float_repr: () => 0, float_parse: () => 0,
        now: () => 0, import_find: () => -1, import_fetch: () => {}, compile: () => -1, traceback: () => {},
        monotonic: () => 0, sleep: () => {}, tz: () => 0, source_line: () => -1,
        fs_open: () => -2, fs_read: () => -9, fs_write: () => -9, fs_seek: () => -9, fs_truncate: () => -9,
        fs_close: () => -9, fs_stat: () => -2, fs_op: () => -2, fs_query: () => -2, fs_fetch: () => {},
      };
      const imports: WebAssembly.Imports = { host, env: { abort: () => { throw new Error('abort'); } } };
      core = new WebAssembly.Instance(mod, imports).exports as unknown as FinCore;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    core.vmInit();
    core.finInit();
  }, 120_000);

  it('runs the finalizers of garbage once, before breaking the cycle', () => {
    core.vmGcCollect(2);
    const base = core.heapStatBytesInUse();
    const calls = core.finCalls();
    core.finMakeCycle(0);
    expect(core.vmGcCollect(2)).toBe(2);
    expect(core.finCalls() - calls).toBe(2);
    expect(core.heapStatBytesInUse()).toBe(base);
    expect(core.heapCheck() || core.vmGcCheck()).toBe(0);
  });

  it('lets a finalizer resurrect its cycle, and never runs it again', () => {
    const base = core.heapStatBytesInUse();
    const calls = core.finCalls();
    core.finMakeCycle(1);
    // both finalizers ran; the first saved its object, which keeps the other: nothing collected
    expect(core.vmGcCollect(2)).toBe(0);
    expect(core.finCalls() - calls).toBe(2);
    expect(core.finHasSaved()).toBe(1);
    core.finDropSaved();
    // garbage again: collected without a second round of finalizers
    expect(core.vmGcCollect(2)).toBe(2);
    expect(core.finCalls() - calls).toBe(2);
    expect(core.heapStatBytesInUse()).toBe(base);
    expect(core.heapCheck() || core.vmGcCheck()).toBe(0);
  });

  it('runs the finalizer from dealloc once, resurrection included', () => {
    const base = core.heapStatBytesInUse();
    const calls = core.finCalls();
    core.finMakeOne(0);
    expect(core.finCalls() - calls).toBe(1);
    core.finMakeOne(1); // resurrected by its finalizer: still alive
    expect(core.finCalls() - calls).toBe(2);
    expect(core.finHasSaved()).toBe(1);
    core.finDropSaved(); // dies for good, no second finalizer call
    expect(core.finCalls() - calls).toBe(2);
    expect(core.heapStatBytesInUse()).toBe(base);
    expect(core.heapCheck() || core.vmGcCheck()).toBe(0);
  });
});
