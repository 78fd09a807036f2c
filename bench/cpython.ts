// CPython 3.11 (`python3` subprocess) measurements through bench/cpython_driver.py.
// Each process compiles the program once and execs it `runs` times; start-up and
// compilation are excluded. Cold = median over processes of each one's first exec;
// steady = median of all later execs.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

// dist/bench/cpython.js -> bench/cpython_driver.py (the .py is not copied to dist)
const DRIVER = fileURLToPath(new URL('../../bench/cpython_driver.py', import.meta.url));
const PYTHON = process.env.PYTHON ?? 'python3';

export interface CPythonResult {
  ok: boolean;
  error?: string;
  coldMs: number | null;
  steadyMs: number | null;
  compileMs: number | null;
  /** per process, per run, ms */
  timesMs: number[][];
  stdout: string;
  sameOutput: boolean;
}

interface DriverReply {
  error?: string;
  compile_ms: number;
  times_ms: number[];
  stdout: string;
  same_output: boolean;
  version: string;
}

function runDriver(program: string, runs: number): Promise<DriverReply> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [DRIVER, program, String(runs)], { timeout: 300_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${PYTHON} failed: ${error.message.split('\n')[0]} ${stderr.trim()}`));
        try {
          resolve(JSON.parse(stdout.trim().split('\n').pop()!) as DriverReply);
        } catch {
          reject(new Error(`cannot parse driver output: ${stdout.slice(0, 200)}`));
        }
      });
  });
}

export async function pythonVersion(): Promise<string> {
  return new Promise((resolve) => {
    execFile(PYTHON, ['-c', 'import sys; print(sys.version.split()[0])'], (error, stdout) => {
      resolve(error ? 'unavailable' : stdout.trim());
    });
  });
}

export async function measureCPython(program: string, processes: number, runs: number): Promise<CPythonResult> {
  const timesMs: number[][] = [];
  const compiles: number[] = [];
  let stdout = '';
  let sameOutput = true;
  try {
    for (let p = 0; p < processes; p++) {
      const r = await runDriver(program, runs);
      if (r.error) throw new Error(r.error);
      if (p === 0) stdout = r.stdout;
      else if (r.stdout !== stdout) sameOutput = false;
      sameOutput &&= r.same_output;
      timesMs.push(r.times_ms);
      compiles.push(r.compile_ms);
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message, coldMs: null, steadyMs: null, compileMs: null,
      timesMs, stdout, sameOutput: false };
  }
  return {
    ok: true,
    coldMs: median(timesMs.map((t) => t[0]!)),
    steadyMs: median(timesMs.flatMap((t) => t.slice(1))),
    compileMs: median(compiles),
    timesMs,
    stdout,
    sameOutput,
  };
}
