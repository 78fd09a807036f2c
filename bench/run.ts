// `npm run bench` entry (compiled to dist/bench/run.js). For each bench/programs/*.py:
//   CPython  : python3 subprocesses via bench/cpython_driver.py (compile once, exec N times)
//   pyrite   : cold = first vm.run in fresh child processes; steady = benny in this process
//   MicroPython (Wasm, pinned package): same as pyrite, code compiled once per program
// Every engine's stdout is compared with CPython's. pyrite failures never stop the run:
// they are reported as "pyrite: failed: <message>". Options: --quick, --only a[,b].
// See bench/README.md for what the figures mean.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCold, type ColdResult } from './cold.js';
import { measureCPython, pythonVersion } from './cpython.js';
import { errorMessage, type Engine } from './engine.js';
import { loadMicroPythonEngine } from './micropython.js';
import { loadPyriteEngine } from './pyrite.js';
import { formatTable, writeJson, type EngineFigures, type ProgramReport, type Verdict } from './report.js';
import { median, pause, ratio, timeMs } from './stats.js';
import { measureSteady, type SteadyCase } from './steady.js';
import { formatMemoryTable, measureMemory, MEMORY_PROGRAMS } from './memory.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROGRAMS_DIR = join(ROOT, 'bench', 'programs');
const RESULTS = join(ROOT, 'bench', 'results', 'latest.json');

interface Settings {
  quick: boolean;
  only: string[] | null;
  /** CPython: processes × execs per process (first exec of each = cold) */
  cpythonProcesses: number;
  cpythonRuns: number;
  /** fresh node processes per engine and program for the cold figure */
  coldSamples: number;
  /** benny: at least minSamples, then sampling until maxTime seconds more have passed */
  minSamples: number;
  maxTime: number;
  /** runs of the defs-only program for pyrite's compile estimate */
  compileRuns: number;
}

function parseArgs(argv: string[]): Settings {
  const quick = argv.includes('--quick');
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--only' && argv[i + 1]) only = argv[++i]!.split(',');
    else if (a.startsWith('--only=')) only = a.slice(7).split(',');
    else if (a !== '--quick') {
      console.error(`unknown option ${a}; usage: npm run bench -- [--quick] [--only fib[,intloop]]`);
      process.exit(2);
    }
  }
  return quick
    ? { quick, only, cpythonProcesses: 2, cpythonRuns: 3, coldSamples: 2, minSamples: 3, maxTime: 0.5, compileRuns: 3 }
    : { quick, only, cpythonProcesses: 3, cpythonRuns: 6, coldSamples: 5, minSamples: 5, maxTime: 3, compileRuns: 7 };
}

function verdict(stdout: string | undefined, expected: string, ok: boolean): Verdict {
  if (!ok) return 'failed';
  return stdout === expected ? 'match' : 'DIFF';
}

/** The program with its final top-level `main()` call removed: compiles everything, runs little. */
function defsOnly(source: string): string | null {
  const stripped = source.replace(/\nmain\(\)\s*$/, '\n');
  return stripped === source ? null : stripped;
}

interface InProcess {
  engine: Engine | null;
  loadError?: string;
}

async function loadEngine(load: () => Promise<Engine>): Promise<InProcess> {
  try {
    return { engine: await load() };
  } catch (e) {
    return { engine: null, loadError: errorMessage(e) };
  }
}

function failed(error: string, cold: ColdResult | null = null): EngineFigures {
  return { ok: false, error, coldMs: null, steadyMs: null, loadMs: cold?.loadMs ?? null, output: 'failed' };
}

async function main(): Promise<void> {
  const settings = parseArgs(process.argv.slice(2));
  let names = readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.py')).map((f) => basename(f, '.py')).sort();
  if (settings.only) {
    const unknown = settings.only.filter((n) => !names.includes(n));
    if (unknown.length) {
      console.error(`no such program: ${unknown.join(', ')} (have: ${names.join(', ')})`);
      process.exit(2);
    }
    names = names.filter((n) => settings.only!.includes(n));
  }

  const python = await pythonVersion();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, os: `${platform()} ${release()}`,
    memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, python3: python,
  };
  console.log(`pyrite bench${settings.quick ? ' (--quick)' : ''}: ${machine.cpu}, node ${machine.node}, python3 ${python}`);

  const pyriteInProc = await loadEngine(loadPyriteEngine);
  if (!pyriteInProc.engine) console.log(`pyrite: failed to load: ${pyriteInProc.loadError} (pyrite columns will be empty)`);
  const mpInProc = await loadEngine(loadMicroPythonEngine);
  if (!mpInProc.engine) console.log(`micropython: failed to load: ${mpInProc.loadError}`);

  const reports: ProgramReport[] = [];
  for (const name of names) {
    const file = join(PROGRAMS_DIR, `${name}.py`);
    const source = readFileSync(file, 'utf8');
    console.log(`\n== ${name}`);

    // CPython: the reference output and the baseline times.
    const cpy = await measureCPython(file, settings.cpythonProcesses, settings.cpythonRuns);
    const expected = cpy.stdout;
    const cpython: EngineFigures = cpy.ok
      ? { ok: true, coldMs: cpy.coldMs, steadyMs: cpy.steadyMs, compileMs: cpy.compileMs, output: cpy.sameOutput ? 'match' : 'DIFF',
        samples: cpy.timesMs.flat().length - cpy.timesMs.length, stdout: cpy.stdout }
      : failed(cpy.error ?? 'unknown');
    console.log(`  cpython: cold ${cpython.coldMs?.toFixed(1)} ms, steady ${cpython.steadyMs?.toFixed(1)} ms` +
      (cpy.ok ? '' : ` failed: ${cpy.error}`));

    // In-process engines: cold in child processes, then warm up here and hand over to benny.
    const figures = new Map<string, EngineFigures>();
    const cases: SteadyCase[] = [];
    for (const [engineName, inProc] of [['pyrite', pyriteInProc], ['micropython', mpInProc]] as const) {
      if (!inProc.engine) { figures.set(engineName, failed(inProc.loadError ?? 'not loaded')); continue; }
      const cold = await measureCold(engineName, file, settings.coldSamples);
      if (!cold.ok) {
        console.log(`  ${engineName}: failed: ${cold.error}`);
        figures.set(engineName, failed(cold.error!, cold));
        continue;
      }
      const f: EngineFigures = {
        ok: true, coldMs: cold.coldMs, steadyMs: null, loadMs: cold.loadMs,
        output: cold.sameOutput ? verdict(cold.stdout, expected, true) : 'DIFF', stdout: cold.stdout,
      };
      figures.set(engineName, f);
      console.log(`  ${engineName}: cold ${cold.coldMs?.toFixed(1)} ms (median of ${cold.firstMs.length} processes)`);
      try {
        const p = inProc.engine.prepare(source, `${name}.py`);
        const first = timeMs(() => p.run());
        f.firstInProcessMs = first.ms;
        if (first.value !== expected) {
          f.output = 'DIFF';
          f.stdout = first.value;
        }
        f.compileMs = p.compileMs;
        if (!p.compiledOnce) {
          // compile time is inside every run: estimate it (host compile alone, and a run of
          // the program without its final main() call: compile + load + define functions)
          const engine = inProc.engine;
          if (engine.compileOnly) {
            const ts: number[] = [];
            for (let i = 0; i < settings.compileRuns; i++) ts.push(timeMs(() => engine.compileOnly!(source, `${name}.py`)).ms);
            f.compileMs = median(ts);
          }
          const defs = defsOnly(source);
          if (defs != null) {
            const d = engine.prepare(defs, `${name}.py`);
            const ts: number[] = [];
            for (let i = 0; i < settings.compileRuns; i++) ts.push(timeMs(() => d.run()).ms);
            f.defsOnlyRunMs = median(ts);
          }
          console.log(`  ${engineName}: compile ${f.compileMs?.toFixed(2) ?? '-'} ms, defs-only run ${f.defsOnlyRunMs?.toFixed(2) ?? '-'} ms`);
        }
        cases.push({ name: engineName, fn: () => { p.run(); } });
      } catch (e) {
        const msg = errorMessage(e);
        console.log(`  ${engineName}: failed in process: ${msg}`);
        figures.set(engineName, { ...f, ok: false, error: msg, output: 'failed' });
      }
    }
    await pause(200); // let background TurboFan compilation land before sampling
    try {
      const steady = await measureSteady(name, cases, settings);
      for (const [engineName, s] of steady) {
        const f = figures.get(engineName)!;
        f.steadyMs = s.medianMs;
        f.samples = s.samples;
        f.rme = s.rme;
      }
    } catch (e) {
      const msg = errorMessage(e);
      console.log(`  steady-state suite failed: ${msg}`);
      for (const c of cases) {
        const f = figures.get(c.name)!;
        figures.set(c.name, { ...f, ok: false, error: `steady state: ${msg}`, output: 'failed' });
      }
    }

    const pyrite = figures.get('pyrite')!;
    const micropython = figures.get('micropython')!;
    reports.push({
      name, cpython, pyrite, micropython,
      ratios: {
        pyriteCPythonCold: ratio(pyrite.coldMs, cpython.coldMs),
        pyriteCPythonSteady: ratio(pyrite.steadyMs, cpython.steadyMs),
        pyriteMicroPythonSteady: ratio(pyrite.steadyMs, micropython.steadyMs),
        microPythonCPythonSteady: ratio(micropython.steadyMs, cpython.steadyMs),
      },
    });
  }

  console.log('\nTimes in ms (medians). Ratios are pyrite / other: < 1 means pyrite is faster.');
  console.log(formatTable(reports));
  console.log(
    `N: CPython ${settings.cpythonProcesses} processes × ${settings.cpythonRuns} execs (cold = 1st exec per process, ` +
    `steady = the rest); pyrite/MicroPython cold = 1st run in ${settings.coldSamples} fresh node processes ` +
    `(pyrite's includes compiling), steady = benny median of ≥ ${settings.minSamples} runs (+ up to ${settings.maxTime} s).`);

  const memoryNames = names.filter((n) => MEMORY_PROGRAMS.includes(n));
  let memory: Awaited<ReturnType<typeof measureMemory>> = [];
  if (memoryNames.length) {
    console.log('\n== memory and collector (bench/memory.ts)');
    try {
      memory = await measureMemory(memoryNames, PROGRAMS_DIR, settings.quick ? 1 : 3);
      console.log(formatMemoryTable(memory));
      console.log('Collector pauses in ms, timed by gc.callbacks in both engines (young = generation 0); full/1k = a\n' +
        'gc.collect() over the live heap, ms per 1000 tracked objects; peak = CPython\'s RSS growth over an empty\n' +
        'interpreter vs pyrite\'s heap peak over its state before the run (KiB); pyr memory = its whole linear memory.');
    } catch (e) {
      console.log(`memory section failed: ${errorMessage(e)}`);
    }
  }

  writeJson(RESULTS, {
    date: new Date().toISOString(),
    machine,
    settings,
    engines: {
      cpython: `CPython ${python} (python3 subprocess, bench/cpython_driver.py)`,
      pyrite: pyriteInProc.engine?.info ?? `failed to load: ${pyriteInProc.loadError}`,
      micropython: mpInProc.engine?.info ?? `failed to load: ${mpInProc.loadError}`,
    },
    programs: reports,
    memory,
  });
  console.log(`\nwrote ${RESULTS}`);
}

await main();
