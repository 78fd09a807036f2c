// Cold measurements. measureCold() (parent side) spawns this file as a child,
// `node dist/bench/cold.js <engine> <program.py>`, once per sample.
// A fresh process is the only honest cold start: V8 compiles Wasm lazily (Liftoff first,
// TurboFan later, no on-stack replacement), so the first run differs from steady state.
// Prints one line `@@bench@@{json}`: loadMs, compileMs, firstMs, stdout or error.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { errorMessage, type Engine } from './engine.js';
import { median } from './stats.js';

const COLD_MARKER = '@@bench@@';
const CHILD_TIMEOUT_MS = Number(process.env.BENCH_CHILD_TIMEOUT_MS ?? 60_000);

interface ColdReply {
  loadMs?: number;
  prepareMs?: number;
  compileMs?: number | null;
  firstMs?: number;
  stdout?: string;
  error?: string;
}

export interface ColdResult {
  ok: boolean;
  error?: string;
  /** median over child processes of the first run (ms) */
  coldMs: number | null;
  firstMs: number[];
  /** median engine load (instantiate) time, ms */
  loadMs: number | null;
  stdout: string;
  sameOutput: boolean;
}

function runChild(engine: string, program: string): Promise<ColdReply> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve) => {
    execFile(process.execPath, [self, engine, program], { timeout: CHILD_TIMEOUT_MS, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith(COLD_MARKER));
        if (line) return resolve(JSON.parse(line.slice(COLD_MARKER.length)) as ColdReply);
        const why = error?.killed ? `timed out after ${CHILD_TIMEOUT_MS / 1000} s`
          : (stderr.trim().split('\n').find((l) => /Error|error/.test(l)) ?? error?.message ?? 'no reply');
        resolve({ error: `child process: ${why.slice(0, 200)}` });
      });
  });
}

/** Runs `samples` fresh processes; stops at the first failure. */
export async function measureCold(engine: string, program: string, samples: number): Promise<ColdResult> {
  const firstMs: number[] = [];
  const loads: number[] = [];
  let stdout = '';
  let sameOutput = true;
  for (let i = 0; i < samples; i++) {
    const r = await runChild(engine, program);
    if (r.error !== undefined) {
      return { ok: false, error: r.error, coldMs: null, firstMs, loadMs: null, stdout, sameOutput: false };
    }
    if (i === 0) stdout = r.stdout ?? '';
    else if (r.stdout !== stdout) sameOutput = false;
    firstMs.push(r.firstMs!);
    loads.push(r.loadMs!);
  }
  return { ok: true, coldMs: median(firstMs), firstMs, loadMs: median(loads), stdout, sameOutput };
}

async function load(name: string): Promise<Engine> {
  if (name === 'pyrite') return (await import('./pyrite.js')).loadPyriteEngine();
  if (name === 'micropython') return (await import('./micropython.js')).loadMicroPythonEngine();
  throw new Error(`unknown engine ${name}`);
}

async function childMain(): Promise<void> {
  const [engineName, program] = process.argv.slice(2);
  const reply: ColdReply = {};
  try {
    const source = readFileSync(program!, 'utf8');
    let t0 = performance.now();
    const engine = await load(engineName!);
    reply.loadMs = performance.now() - t0;
    t0 = performance.now();
    const prepared = engine.prepare(source, basename(program!));
    reply.prepareMs = performance.now() - t0;
    reply.compileMs = prepared.compileMs;
    t0 = performance.now();
    const out = prepared.run();
    reply.firstMs = performance.now() - t0;
    reply.stdout = out;
  } catch (e) {
    reply.error = errorMessage(e);
  }
  process.stdout.write(COLD_MARKER + JSON.stringify(reply) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await childMain();
