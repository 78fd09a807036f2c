// pyrite (src/api.ts, docs/architecture.md §6) as a bench engine, in this Node process.
// Written against the API contract only, so it builds and degrades to "failed: <message>"
// while the VM is unfinished. vm.run(source, filename) compiles and runs; if the API ever
// exposes compile-once (vm.compile + vm.runCode), prepare() uses it and runs exclude
// compilation. Otherwise bench/run.ts estimates compile time separately, with the API's
// exported compile() (parse + compile to a CodeObject) when there is one.
import { pathToFileURL } from 'node:url';
import type { Engine, Prepared } from './engine.js';

/** The subset of the §6 API the bench drives. */
interface PyriteVM {
  run(source: string, filename?: string): unknown;
  compile?: (source: string, filename?: string) => unknown;
  runCode?: (code: unknown) => unknown;
}
interface PyriteApi {
  compile?: (source: string, filename?: string) => unknown;
  createVM(opts: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<PyriteVM>;
}

export async function loadPyriteEngine(): Promise<Engine> {
  // dist/bench/pyrite.js -> dist/src/api.js. A computed specifier: tsc must not require
  // src/api.ts to exist (and must not type-check against a moving target).
  // PYRITE_API=/path/to/api.js benchmarks another build of the API (an absolute path).
  const spec = process.env.PYRITE_API ? pathToFileURL(process.env.PYRITE_API).href : '../src/api.js';
  const api = (await import(spec)) as PyriteApi;
  if (typeof api.createVM !== 'function') throw new Error('dist/src/api.js exports no createVM');
  let out = '';
  let err = '';
  const vm = await api.createVM({
    stdout: (s: string) => { out += s; },
    stderr: (s: string) => { err += s; },
  });
  const compileOnce = typeof vm.compile === 'function' && typeof vm.runCode === 'function';
  const compileOnly = typeof api.compile === 'function'
    ? (source: string, filename: string) => { api.compile!(source, filename); }
    : undefined;
  return {
    name: 'pyrite',
    compileOnly,
    info: compileOnce ? 'pyrite (compile once: vm.compile + vm.runCode)' : 'pyrite (vm.run: compile included in each run)',
    prepare(source: string, filename: string): Prepared {
      let compileMs: number | null = null;
      let runOnce: () => unknown;
      if (compileOnce) {
        const t0 = performance.now();
        const code = vm.compile!(source, filename);
        compileMs = performance.now() - t0;
        runOnce = () => vm.runCode!(code);
      } else {
        runOnce = () => vm.run(source, filename);
      }
      return {
        compileMs,
        compiledOnce: compileOnce,
        run(): string {
          out = '';
          err = '';
          const result = runOnce() as { exitCode?: number } | undefined;
          const s = out;
          out = '';
          if (result && typeof result === 'object' && typeof result.exitCode === 'number' && result.exitCode !== 0) {
            throw new Error(`SystemExit with exit code ${result.exitCode}${err ? ': ' + err.trim() : ''}`);
          }
          return s;
        },
      };
    },
  };
}
