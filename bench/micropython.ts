// MicroPython's Wasm port (@micropython/micropython-webassembly-pyscript, pinned) as a
// bench engine, in this Node process. Each program is compiled once inside MicroPython
// (compile()), and each run execs that code object in fresh globals, so compile time is
// excluded as it is for CPython. stdout is captured with the loader's line buffer.
import type { Engine, Prepared } from './engine.js';

/** MicroPython's GC heap; fixed so runs are comparable (a smaller heap collects more). */
export const MICROPYTHON_HEAP_BYTES = 32 * 1024 * 1024;

interface MicroPython {
  runPython(code: string): unknown;
  globals: { get(key: string): unknown; set(key: string, value: unknown): void };
}

export async function loadMicroPythonEngine(): Promise<Engine> {
  // The package ships no .d.ts; a computed specifier keeps tsc from looking for one.
  const spec = '@micropython/micropython-webassembly-pyscript';
  const mod = (await import(spec)) as {
    loadMicroPython(opts: Record<string, unknown>): Promise<MicroPython>;
  };
  let out = '';
  const mp = await mod.loadMicroPython({
    heapsize: MICROPYTHON_HEAP_BYTES,
    linebuffer: true,
    stdout: (line: string) => { out += line + '\n'; },
    stderr: (line: string) => { out += line + '\n'; },
  });
  mp.runPython(
    'def __bench_compile(src, name):\n' +
    '    return compile(src, name, "exec")\n' +
    'def __bench_exec(code):\n' +
    '    exec(code, {"__name__": "__main__"})\n');
  const compileFn = mp.globals.get('__bench_compile') as (src: string, name: string) => unknown;
  const execFn = mp.globals.get('__bench_exec') as (code: unknown) => unknown;
  let version = 'unknown';
  out = '';
  mp.runPython('import sys\nprint(sys.version)');
  version = out.trim();
  out = '';
  return {
    name: 'micropython',
    info: `@micropython/micropython-webassembly-pyscript 1.27.0 (sys.version: ${version}), heap ${MICROPYTHON_HEAP_BYTES >> 20} MiB`,
    prepare(source: string, filename: string): Prepared {
      const t0 = performance.now();
      const code = compileFn(source, filename);
      const compileMs = performance.now() - t0;
      return {
        compileMs,
        compiledOnce: true,
        run(): string {
          out = '';
          execFn(code);
          const s = out;
          out = '';
          return s;
        },
      };
    },
  };
}
