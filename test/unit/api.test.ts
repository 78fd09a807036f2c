// The public API end to end (src/api.ts with build/pyrite.wasm); the host's side of the run
// protocol against a stand-in core (compiled here from the AssemblyScript below); and the stream
// plumbing of src/io.ts on its own. The end-to-end part needs a working core: it is skipped while
// build/pyrite.wasm does not export the VM yet (vmRunMain).
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVM, PythonError, type VM } from '../../src/api.js';
import { OutputStream, InputStream, FLUSH_THRESHOLD } from '../../src/io.js';

const wasmPath = fileURLToPath(new URL('../../build/pyrite.wasm', import.meta.url));
const coreReady = (() => {
  if (!existsSync(wasmPath)) return false;
  const mod = new WebAssembly.Module(readFileSync(wasmPath));
  return WebAssembly.Module.exports(mod).some((e) => e.name === 'vmRunMain');
})();

async function capture(): Promise<{ vm: VM; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const vm = await createVM({ stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { vm, out, err };
}

describe.skipIf(!coreReady)('createVM with build/pyrite.wasm', () => {
  it('runs hello world and captures stdout', async () => {
    const { vm, out, err } = await capture();
    expect(vm.run('print("Hello from pyrite!")\n', 'hello.py')).toEqual({ exitCode: 0 });
    expect(out.join('')).toBe('Hello from pyrite!\n');
    expect(err.join('')).toBe('');
  });

  it('turns an uncaught ZeroDivisionError into a PythonError with CPython\'s traceback', async () => {
    const { vm, out } = await capture();
    // The expected text is what python3 3.11 prints for this program saved as zde.py.
    const src = 'def f(a, b):\n    return a / b\n\nprint("start")\nf(1, 0)\n';
    let caught: unknown;
    try {
      vm.run(src, 'zde.py');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PythonError);
    const e = caught as PythonError;
    expect(e.type).toBe('ZeroDivisionError');
    expect(e.pyMessage).toBe('division by zero');
    expect(e.traceback).toBe(
      'Traceback (most recent call last):\n' +
        '  File "zde.py", line 5, in <module>\n' +
        '    f(1, 0)\n' +
        '  File "zde.py", line 2, in f\n' +
        '    return a / b\n' +
        '           ~~^~~\n' +
        'ZeroDivisionError: division by zero\n',
    );
    // Output printed before the exception has been delivered by the time run() throws.
    expect(out.join('')).toBe('start\n');
  });

  it('reports a SyntaxError in CPython\'s format without running anything', async () => {
    const { vm, out } = await capture();
    let caught: PythonError | undefined;
    try {
      vm.run('print("never")\nx = (1,\n', 'x.py');
    } catch (e) {
      caught = e as PythonError;
    }
    expect(caught).toBeInstanceOf(PythonError);
    expect(caught!.type).toBe('SyntaxError');
    // python3 x.py (3.11)
    expect(caught!.traceback).toBe('  File "x.py", line 2\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
    expect(out.join('')).toBe('');
  });

  it('stays usable after an error, and the heap returns to its baseline', async () => {
    const { vm, out } = await capture();
    vm.run('x = 1\n');
    const baseline = vm.heapStats();
    expect(() => vm.run('y = [1, 2, 3]\n1 / 0\n')).toThrow(PythonError);
    expect(() => vm.run('z = (\n')).toThrow(PythonError);
    vm.run('print(sum([1, 2, 3]))\n');
    expect(out.join('')).toBe('6\n');
    const after = vm.heapStats();
    expect(after.blocksInUse).toBe(baseline.blocksInUse);
    expect(after.bytesInUse).toBe(baseline.bytesInUse);
    expect(vm.heapCheck()).toBe(0);
  });

  it('restores the int digit limit at the end of each run, for the program and its imports', async () => {
    // Each run is a fresh interpreter for sys.set_int_max_str_digits, as it is for the recursion
    // limit; an import compiles its literals under the limit of the run importing it.
    const huge = '7'.repeat(5000);
    const out: string[] = [];
    const vm = await createVM({
      stdout: (s) => out.push(s), stderr: () => {},
      files: { 'hugelit.py': `N = ${huge}\n` },
    });
    vm.run('import sys\nsys.set_int_max_str_digits(0)\nimport hugelit\nprint(len(str(hugelit.N)))\n', 'a.py');
    vm.run('import sys\nprint(sys.get_int_max_str_digits())\n', 'b.py');
    let caught: unknown;
    try {
      vm.run('import hugelit\n', 'c.py');
    } catch (e) {
      caught = e;
    }
    expect(out.join('')).toBe('5000\n4300\n');
    expect(caught).toBeInstanceOf(PythonError);
    expect((caught as PythonError).pyMessage).toMatch(/^Exceeds the limit \(4300 digits\) .* value has 5000 digits;/);
  });

  it('returns SystemExit codes instead of throwing', async () => {
    const { vm, err } = await capture();
    expect(vm.run('raise SystemExit(3)\n')).toEqual({ exitCode: 3 });
    expect(vm.run('raise SystemExit\n')).toEqual({ exitCode: 0 });
    expect(vm.run('raise SystemExit("bye")\n')).toEqual({ exitCode: 1 });
    expect(err.join('')).toBe('bye\n');
  });

  it('runs asynchronously, yielding between slices', async () => {
    const out: string[] = [];
    const vm = await createVM({ stdout: (s) => out.push(s), budget: 1000 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await vm.runAsync('t = 0\nfor i in range(200000):\n    t = t + i\nprint(t)\n');
    clearInterval(timer);
    expect(result).toEqual({ exitCode: 0 });
    expect(out.join('')).toBe('19999900000\n');
  });
});

// ---- the host's side of the protocol, against a stand-in core ----

const FAKE_CORE = `// A stand-in core with the ABI of architecture.md §4: the marker string found in the marshalled
// code picks a behaviour (FAKE_EXC raises, FAKE_LOOP suspends 5 times, FAKE_TRAP traps...).
@external("host", "write") declare function hostWrite(fd: i32, ptr: usize, len: i32): void;
@external("host", "flush") declare function hostFlush(fd: i32): void;
@external("host", "readline") declare function hostReadline(ptr: usize, cap: i32): i32;
@external("host", "float_repr") declare function floatRepr(x: f64, buf: usize): i32;
@external("host", "now") declare function hostNow(): f64;

let top: usize = 0;
let live: i32 = 0;
let mode: i32 = 0;
let hostId: u32 = 0;
let slices: i32 = 0;
let interrupted: bool = false;

export function vmInit(): void { top = (__heap_base + 15) & ~15; live = 0; }
export function vmAlloc(n: u32): u32 {
  let p = top;
  top = (top + <usize>n + 15) & ~15;
  let need = <i32>((top + 0xffff) >> 16) - memory.size();
  if (need > 0) memory.grow(need);
  live++;
  return <u32>p;
}
export function vmFree(p: u32): void { live--; }
export function vmSetBudget(n: u32): void {}
export function vmInterrupt(): void { interrupted = true; }
export function vmClearExc(): void {}
export function vmSystemExitCode(): i32 { return mode == 2 ? 3 : mode == 10 ? -1001 : -1000; }
export function vmRelease(p: u32): void { live--; }
export function vmEndRun(): void {}
export function heapStatBlocks(c: i32): u32 { return c == 0 ? <u32>live : 0; }
export function heapStatClassCount(): i32 { return 32; }
export function heapStatBytesInUse(): u32 { return <u32>live * 16; }
export function heapStatPeak(): u32 { return 0; }
export function heapStatPools(): u32 { return 0; }
export function heapStatArenas(): u32 { return 0; }
export function heapStatFreeArenas(): u32 { return 0; }
export function heapStatLargeBlocks(): u32 { return 0; }
export function heapStatLargeBytes(): u32 { return 0; }
export function heapSetLimit(n: u32): void {}
export function heapFailNext(n: i32): void {}
export function heapCheck(): i32 { return 0; }

function has(p: usize, len: usize, s: string): bool {
  let n = s.length;
  for (let i: usize = 0; i + n <= len; i++) {
    let ok = true;
    for (let k = 0; k < n; k++) if (load<u8>(p + i + k) != <u8>s.charCodeAt(k)) { ok = false; break; }
    if (ok) return true;
  }
  return false;
}
export function vmLoadCode(p: u32, len: u32): u32 {
  hostId = load<u32>(p, 1 + 28);
  mode = 0;
  if (has(p, len, "FAKE_EXC")) mode = 1;
  if (has(p, len, "FAKE_EXIT")) mode = 2;
  if (has(p, len, "FAKE_LOOP")) mode = 3;
  if (has(p, len, "FAKE_TRAP")) mode = 4;
  if (has(p, len, "FAKE_BIG")) mode = 5;
  if (has(p, len, "FAKE_SPLIT")) mode = 6;
  if (has(p, len, "FAKE_ABORT")) mode = 7;
  if (has(p, len, "FAKE_INPUT")) mode = 8;
  if (has(p, len, "FAKE_FLOAT")) mode = 9;
  if (has(p, len, "FAKE_EXITMSG")) mode = 10;
  live++;
  slices = 0;
  interrupted = false;
  return 4096;
}
function out(fd: i32, s: string): void {
  let b = String.UTF8.encode(s);
  hostWrite(fd, changetype<usize>(b), b.byteLength);
}
export function vmRunConfig(kind: i32, p: u32, len: i32): i32 { return 0; }
export function vmRunMain(code: u32): i32 {
  out(1, "hello\\n");
  if (mode == 1 || mode == 2 || mode == 10) return 2;
  if (mode == 3) return 1;
  if (mode == 4) unreachable();
  if (mode == 5) { for (let i = 0; i < 200000; i++) out(1, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.\\n"); }
  if (mode == 6) { // "é" split across writes
    let b = String.UTF8.encode("é\\n");
    hostWrite(1, changetype<usize>(b), 1);
    hostWrite(1, changetype<usize>(b) + 1, 2);
  }
  if (mode == 7) abort("fake assertion");
  if (mode == 8) {
    let buf = vmAlloc(8);
    for (;;) {
      let n = hostReadline(buf, 8);
      if (n < 0) break;
      out(1, "[");
      hostWrite(1, buf, n);
      out(1, "]");
    }
    out(1, "EOF\\n");
  }
  if (mode == 9) {
    let buf = vmAlloc(64);
    let n = floatRepr(-0.1, buf);
    hostWrite(1, buf, n);
    out(1, "\\n");
  }
  return 0;
}
export function vmResume(): i32 {
  slices++;
  if (interrupted) { mode = 11; return 2; }
  if (slices < 5) return 1;
  out(1, "done\\n");
  return 0;
}
function putStr(p: usize, s: string): usize {
  let b = String.UTF8.encode(s);
  store<u32>(p, b.byteLength);
  memory.copy(p + 4, changetype<usize>(b), b.byteLength);
  return p + 4 + b.byteLength;
}
export function vmExcReport(): u32 {
  let r = <usize>vmAlloc(256);
  let p = r;
  store<u32>(p, 1); p += 4;
  store<u8>(p, 0); p += 1;
  if (mode == 2) { p = putStr(p, "SystemExit"); p = putStr(p, "3"); p = putStr(p, ""); store<u32>(p, 0); return <u32>r; }
  if (mode == 10) { p = putStr(p, "SystemExit"); p = putStr(p, "bye"); p = putStr(p, ""); store<u32>(p, 0); return <u32>r; }
  if (mode == 11) { p = putStr(p, "KeyboardInterrupt"); p = putStr(p, ""); p = putStr(p, ""); store<u32>(p, 0); return <u32>r; }
  p = putStr(p, "ZeroDivisionError");
  p = putStr(p, "division by zero");
  p = putStr(p, ""); // no notes
  store<u32>(p, 1); p += 4;
  store<u32>(p, hostId); store<u32>(p, 0, 4); store<u32>(p, 2, 8);
  return <u32>r;
}
`;

describe('the heap limit (createVM({ heapLimit }))', () => {
  // The limit is pyrite's own, so no CPython golden can show it: the expectations are the ones
  // the project's rules state (a MemoryError the program can catch, then a usable VM and a
  // heap back at its baseline).
  it('raises MemoryError, caught or uncaught, and the VM stays usable with no block left over', async () => {
    const out: string[] = [];
    const vm = await createVM({ stdout: (s) => out.push(s), stderr: () => {}, heapLimit: 8 << 20 });
    vm.run('pass\n', 'warm.py');
    const base = vm.heapStats();
    let err: unknown;
    try {
      vm.run('l = []\nwhile True:\n    l.append([0] * 1000)\n', 'grow.py');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PythonError);
    expect((err as PythonError).type).toBe('MemoryError');
    expect((err as PythonError).traceback).toMatch(/^Traceback \(most recent call last\):\n  File "grow.py", line 3, in <module>\n/);
    vm.run('l = []\ntry:\n    while True:\n        l.append("x" * 100000)\nexcept MemoryError:\n    n = len(l)\n    l = None\n    print("caught", n > 10)\n', 'caught.py');
    vm.run('print(sum(range(100)))\n', 'after.py');
    expect(out.join('')).toBe('caught True\n4950\n');
    const now = vm.heapStats();
    expect(now.blocksInUse).toBe(base.blocksInUse);
    expect(now.bytesInUse).toBe(base.bytesInUse);
    expect(vm.heapCheck()).toBe(0);
  });
});

describe('the run protocol with a stand-in core', () => {
  let wasm: Uint8Array;
  beforeAll(() => {
    // Compiled in a scratch directory so that asc does not pick up the project's asconfig.json.
    const dir = mkdtempSync(join(tmpdir(), 'pyrite-fakecore-'));
    try {
      writeFileSync(join(dir, 'fake.ts'), FAKE_CORE);
      const asc = fileURLToPath(new URL('../../node_modules/assemblyscript/bin/asc.js', import.meta.url));
      execFileSync(process.execPath, [asc, 'fake.ts', '--runtime', 'stub', '-O1', '--outFile', 'fake.wasm'], { cwd: dir, stdio: 'pipe' });
      wasm = readFileSync(join(dir, 'fake.wasm'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  async function fake(stdin?: () => string | null) {
    const out: string[] = [];
    const err: string[] = [];
    const vm = await createVM({ wasm, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin });
    return { vm, out, err };
  }

  it('delivers output and returns exit code 0', async () => {
    const { vm, out } = await fake();
    expect(vm.run('print(1)\n', 'a.py')).toEqual({ exitCode: 0 });
    expect(out).toEqual(['hello\n']);
  });

  it('formats an uncaught exception from the report, after flushing stdout', async () => {
    const { vm, out } = await fake();
    try {
      vm.run('x = "FAKE_EXC"\n1/0\n', 'a.py');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PythonError);
      const p = e as PythonError;
      expect([p.type, p.pyMessage, p.message]).toEqual(['ZeroDivisionError', 'division by zero', 'ZeroDivisionError: division by zero']);
      expect(p.traceback.startsWith('Traceback (most recent call last):\n  File "a.py", line 2, in <module>\n    1/0\n')).toBe(true);
      expect(p.traceback.endsWith('\nZeroDivisionError: division by zero\n')).toBe(true);
    }
    expect(out).toEqual(['hello\n']);
  });

  it('turns SystemExit into an exit code, printing a non-integer code', async () => {
    const { vm, err } = await fake();
    expect(vm.run('x = "FAKE_EXIT"\n')).toEqual({ exitCode: 3 });
    expect(err).toEqual([]);
    expect(vm.run('x = "FAKE_EXITMSG"\n')).toEqual({ exitCode: 1 });
    expect(err).toEqual(['bye\n']);
  });

  it('resumes after each slice, synchronously and asynchronously', async () => {
    const { vm, out } = await fake();
    expect(vm.run('x = "FAKE_LOOP"\n')).toEqual({ exitCode: 0 });
    expect(await vm.runAsync('x = "FAKE_LOOP"\n')).toEqual({ exitCode: 0 });
    expect(out.join('')).toBe('hello\ndone\nhello\ndone\n');
  });

  it('raises KeyboardInterrupt on interrupt() during runAsync', async () => {
    const { vm } = await fake();
    const running = vm.runAsync('x = "FAKE_LOOP"\n');
    vm.interrupt();
    await expect(running).rejects.toMatchObject({ type: 'KeyboardInterrupt', traceback: 'KeyboardInterrupt\n' });
  });

  it('refuses a second run while one is in progress', async () => {
    const { vm } = await fake();
    const running = vm.runAsync('x = "FAKE_LOOP"\n');
    expect(() => vm.run('print(1)\n')).toThrow(/already running/);
    await running;
  });

  it('turns a trap and an abort into SystemError and re-instantiates the core', async () => {
    const { vm, out } = await fake();
    expect(() => vm.run('x = "FAKE_TRAP"\n')).toThrow(PythonError);
    try {
      vm.run('x = "FAKE_ABORT"\n');
    } catch (e) {
      expect((e as PythonError).type).toBe('SystemError');
      expect((e as PythonError).pyMessage).toContain('fake assertion');
      expect((e as PythonError).traceback).toMatch(/^SystemError: wasm abort: fake assertion/);
    }
    expect(vm.run('print(1)\n')).toEqual({ exitCode: 0 });
    expect(out.join('')).toBe('hello\nhello\nhello\n');
  });

  it('rethrows an exception from a user callback and stays usable', async () => {
    let fail = true;
    const vm = await createVM({ wasm, stdout: () => { if (fail) throw new Error('sink broke'); } });
    expect(() => vm.run('print(1)\n')).toThrow('sink broke');
    fail = false;
    expect(vm.run('print(1)\n')).toEqual({ exitCode: 0 });
  });

  it('decodes UTF-8 split across writes, streams big output in batches, feeds stdin lines', async () => {
    const lines: (string | null)[] = ['abc', 'a line longer than eight bytes\n', 'ééééé\n', null];
    const { vm, out } = await fake(() => lines.shift() ?? null);
    vm.run('x = "FAKE_SPLIT"\n');
    expect(out.join('')).toBe('hello\né\n');
    out.length = 0;
    vm.run('x = "FAKE_BIG"\n');
    expect(out.join('').length).toBe(6 + 200000 * 64);
    expect(Math.max(...out.map((s) => s.length))).toBeLessThan(2 * FLUSH_THRESHOLD);
    out.length = 0;
    vm.run('x = "FAKE_INPUT"\n');
    expect(out.join('')).toBe('hello\n[abc\n][a line l][onger th][an eight][ bytes\n][éééé][é\n]EOF\n');
    out.length = 0;
    vm.run('x = "FAKE_FLOAT"\n');
    expect(out.join('')).toBe('hello\n1e-1\n');
  });
});

describe('OutputStream', () => {
  it('decodes a character split across writes', () => {
    const got: string[] = [];
    const s = new OutputStream((t) => got.push(t));
    const b = new TextEncoder().encode('é€😀\n');
    for (let i = 0; i < b.length; i++) s.writeBytes(b.subarray(i, i + 1));
    s.end();
    expect(got.join('')).toBe('é€😀\n');
  });

  it('batches small writes and flushes past the threshold', () => {
    const got: string[] = [];
    const s = new OutputStream((t) => got.push(t));
    const line = new TextEncoder().encode('x'.repeat(99) + '\n');
    const n = Math.ceil((3 * FLUSH_THRESHOLD) / line.length);
    for (let i = 0; i < n; i++) s.writeBytes(line);
    expect(got.length).toBe(2);
    s.end();
    expect(got.join('').length).toBe(n * 100);
    expect(got.length).toBe(3);
  });

  it('turns a truncated sequence into U+FFFD at the end of a run', () => {
    const got: string[] = [];
    const s = new OutputStream((t) => got.push(t));
    s.writeBytes(Uint8Array.of(0x61, 0xc3));
    s.flush();
    expect(got.join('')).toBe('a');
    s.end();
    expect(got.join('')).toBe('a\ufffd');
  });
});

describe('InputStream', () => {
  it('hands out one line per read, in pieces no larger than cap, splitting no character', () => {
    const lines = ['ab', 'ééé\nz\n', null];
    const s = new InputStream(() => lines.shift() ?? null);
    const dec = new TextDecoder();
    const reads: string[] = [];
    for (let r = s.read(4); r !== null; r = s.read(4)) reads.push(dec.decode(r));
    expect(reads).toEqual(['ab\n', 'éé', 'é\n', 'z\n']);
    expect(s.read(4)).toBeNull();
  });
});
