// The memory section of `npm run bench` (issue 6's targets), for the programs that exercise the
// allocator and the collector (churn, bintrees, cycles):
//   - collector pauses: bench/gcprobe.py wraps the program, and the same Python code times every
//     collection with gc.callbacks in CPython and in pyrite (young = generation 0);
//   - a full collection's cost per tracked object: the probe keeps 50,000 instances and lists
//     alive and times gc.collect() over everything tracked (median of 5);
//   - peak memory: CPython's maximum RSS (`/usr/bin/time -f %M`) minus that of an empty
//     interpreter, against pyrite's heap peak above its state before the run (vm.heapStats() of a
//     fresh VM), with pyrite's whole linear memory beside it.
// Each figure is the median over `runs` processes (CPython) or fresh VMs (pyrite; each VM runs
// the probe once to warm up, then again for the figures, as the speed table's steady state).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.js';

const PROBE = fileURLToPath(new URL('../../bench/gcprobe.py', import.meta.url));
const PYTHON = process.env.PYTHON ?? 'python3';
export const MEMORY_PROGRAMS = ['churn', 'bintrees', 'cycles'];

export interface CollectorFigures {
  collections: [number, number, number];
  youngMedianMs: number;
  youngMaxMs: number;
  fullMedianMs: number;
  /** gc.collect() of the probe's live heap: tracked objects and ms (median of 5) */
  tracked: number;
  fullCollectMs: number;
  /** fullCollectMs per 1000 tracked objects */
  msPer1kTracked: number;
}

export interface MemoryReport {
  name: string;
  cpython: CollectorFigures | null;
  pyrite: CollectorFigures | null;
  /** KiB: CPython's RSS growth over an empty interpreter; pyrite's heap peak over its start */
  cpythonPeakKiB: number | null;
  pyritePeakKiB: number | null;
  pyriteLinearMemoryKiB: number | null;
  error?: string;
}

function wrap(program: string): string {
  const probe = readFileSync(PROBE, 'utf8');
  const [prologue, rest] = probe.split('# ---- program ----\n');
  const epilogue = rest!.split('# ---- epilogue ----\n')[1]!;
  return `${prologue}${program}\n${epilogue}`;
}

function parseProbe(stdout: string): CollectorFigures {
  const line = stdout.split('\n').find((l) => l.startsWith('GCPROBE '));
  if (!line) throw new Error(`no GCPROBE line in output: ${stdout.slice(-200)}`);
  const f = line.split(' ').slice(1).map(Number);
  const [c0, c1, c2, youngMedianMs, youngMaxMs, fullMedianMs, tracked, fullCollectMs] = f as [number, number, number, number, number, number, number, number];
  return {
    collections: [c0, c1, c2], youngMedianMs, youngMaxMs, fullMedianMs, tracked, fullCollectMs,
    msPer1kTracked: tracked > 0 ? (fullCollectMs / tracked) * 1000 : 0,
  };
}

function medianFigures(all: CollectorFigures[]): CollectorFigures {
  const m = (pick: (f: CollectorFigures) => number): number => median(all.map(pick)) ?? 0;
  return {
    collections: [m((f) => f.collections[0]), m((f) => f.collections[1]), m((f) => f.collections[2])],
    youngMedianMs: m((f) => f.youngMedianMs), youngMaxMs: m((f) => f.youngMaxMs),
    fullMedianMs: m((f) => f.fullMedianMs), tracked: m((f) => f.tracked),
    fullCollectMs: m((f) => f.fullCollectMs), msPer1kTracked: m((f) => f.msPer1kTracked),
  };
}

function run(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 300_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} failed: ${error.message.split('\n')[0]} ${stderr.trim()}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Maximum RSS in KiB of `python3 args` (GNU time's %M, printed last on stderr). */
async function maxRssKiB(args: string[]): Promise<number> {
  const { stderr } = await run('/usr/bin/time', ['-f', '%M', PYTHON, ...args]);
  return Number(stderr.trim().split('\n').pop());
}

interface PyriteApiForMemory {
  createVM(opts: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<{
    run(source: string, filename?: string): unknown;
    heapStats(): { bytesInUse: number; peakBytes: number; memoryBytes?: number };
  }>;
}

export async function measureMemory(names: string[], programsDir: string, runs: number): Promise<MemoryReport[]> {
  const spec = process.env.PYRITE_API ? pathToFileURL(process.env.PYRITE_API).href : '../src/api.js';
  const api = (await import(spec)) as PyriteApiForMemory;
  const dir = mkdtempSync(join(tmpdir(), 'pyrite-bench-'));
  const reports: MemoryReport[] = [];
  try {
    const emptyRss = median(await Promise.all([0, 1, 2].map(() => maxRssKiB(["-c", "pass"])))) ?? 0;
    for (const name of names.filter((n) => MEMORY_PROGRAMS.includes(n))) {
      const file = join(programsDir, `${name}.py`);
      const program = readFileSync(file, 'utf8');
      const wrapped = wrap(program);
      const probeFile = join(dir, `${name}_probe.py`);
      writeFileSync(probeFile, wrapped);
      const report: MemoryReport = { name, cpython: null, pyrite: null, cpythonPeakKiB: null, pyritePeakKiB: null, pyriteLinearMemoryKiB: null };
      try {
        const cpy: CollectorFigures[] = [];
        const rss: number[] = [];
        for (let i = 0; i < runs; i++) {
          cpy.push(parseProbe((await run(PYTHON, [probeFile])).stdout));
          rss.push((await maxRssKiB([file])) - emptyRss);
        }
        report.cpython = medianFigures(cpy);
        report.cpythonPeakKiB = median(rss) ?? null;

        const pyr: CollectorFigures[] = [];
        const peaks: number[] = [];
        const linear: number[] = [];
        for (let i = 0; i < runs; i++) {
          let out = '';
          const vm = await api.createVM({ stdout: (s) => { out += s; }, stderr: () => {} });
          vm.run(wrapped, `${name}.py`); // warm-up: Liftoff, then TurboFan
          out = '';
          vm.run(wrapped, `${name}.py`);
          pyr.push(parseProbe(out));
          const fresh = await api.createVM({ stdout: () => {}, stderr: () => {} });
          const before = fresh.heapStats();
          fresh.run(program, `${name}.py`);
          const after = fresh.heapStats();
          peaks.push((after.peakBytes - before.bytesInUse) / 1024);
          linear.push((after.memoryBytes ?? 0) / 1024);
        }
        report.pyrite = medianFigures(pyr);
        report.pyritePeakKiB = median(peaks) ?? null;
        report.pyriteLinearMemoryKiB = median(linear) ?? null;
      } catch (e) {
        report.error = e instanceof Error ? e.message : String(e);
      }
      reports.push(report);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return reports;
}

export function formatMemoryTable(reports: MemoryReport[]): string {
  const f = (x: number | null | undefined, d = 2): string => (x == null ? '-' : x.toFixed(d));
  const r = (a: number | null | undefined, b: number | null | undefined): string =>
    a == null || b == null || b === 0 ? '-' : (a / b).toFixed(2);
  const head = ['program', 'young med CPy', 'young med pyr', 'young max CPy', 'young max pyr',
    'full/1k CPy', 'full/1k pyr', 'ratio', 'peak KiB CPy', 'peak KiB pyr', 'ratio', 'pyr memory KiB'];
  const rows = reports.map((m) => m.error ? [m.name, `failed: ${m.error}`] : [
    m.name, f(m.cpython?.youngMedianMs, 3), f(m.pyrite?.youngMedianMs, 3), f(m.cpython?.youngMaxMs, 3), f(m.pyrite?.youngMaxMs, 3),
    f(m.cpython?.msPer1kTracked, 3), f(m.pyrite?.msPer1kTracked, 3), r(m.pyrite?.msPer1kTracked, m.cpython?.msPer1kTracked),
    f(m.cpythonPeakKiB, 0), f(m.pyritePeakKiB, 0), r(m.pyritePeakKiB, m.cpythonPeakKiB), f(m.pyriteLinearMemoryKiB, 0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}
