// Turns the measurements into the console table and bench/results/latest.json.
// Ratios are pyrite / other: < 1 means pyrite is faster.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Verdict = 'match' | 'DIFF' | 'failed' | 'skipped';

export interface EngineFigures {
  ok: boolean;
  /** "failed: <message>" style reason when !ok */
  error?: string;
  coldMs: number | null;
  steadyMs: number | null;
  /** first run in this (bench) process, before benny's samples */
  firstInProcessMs?: number | null;
  /** host compile time (pyrite: api.compile; CPython/MicroPython: compile()), ms */
  compileMs?: number | null;
  /** pyrite: a run of the program without its final main() call, ms */
  defsOnlyRunMs?: number | null;
  loadMs?: number | null;
  samples?: number;
  rme?: number;
  output: Verdict;
  stdout?: string;
}

export interface ProgramReport {
  name: string;
  cpython: EngineFigures;
  pyrite: EngineFigures;
  micropython: EngineFigures;
  ratios: {
    pyriteCPythonCold: number | null;
    pyriteCPythonSteady: number | null;
    pyriteMicroPythonSteady: number | null;
    microPythonCPythonSteady: number | null;
  };
}

const ms = (x: number | null | undefined): string =>
  x == null ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(1);
const rt = (x: number | null | undefined): string => (x == null ? '-' : x.toFixed(2));

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

export function formatTable(programs: ProgramReport[]): string {
  const head = ['program', 'CPy cold', 'CPy steady', 'pyr cold', 'pyr steady', 'pyr/CPy cold',
    'pyr/CPy steady', 'µPy cold', 'µPy steady', 'pyr/µPy', 'output pyr', 'output µPy'];
  const rows = [head];
  for (const p of programs) {
    rows.push([p.name, ms(p.cpython.coldMs), ms(p.cpython.steadyMs), ms(p.pyrite.coldMs), ms(p.pyrite.steadyMs),
      rt(p.ratios.pyriteCPythonCold), rt(p.ratios.pyriteCPythonSteady), ms(p.micropython.coldMs),
      ms(p.micropython.steadyMs), rt(p.ratios.pyriteMicroPythonSteady), p.pyrite.output, p.micropython.output]);
  }
  const lines = [pad(rows)];
  for (const p of programs) {
    for (const [engine, f] of [['cpython', p.cpython], ['pyrite', p.pyrite], ['micropython', p.micropython]] as const) {
      if (!f.ok && f.error) lines.push(`${p.name}: ${engine}: failed: ${f.error}`);
    }
    for (const [engine, f] of [['pyrite', p.pyrite], ['micropython', p.micropython]] as const) {
      if (f.output === 'DIFF' && p.cpython.stdout != null) {
        lines.push(`${p.name}: ${engine}: output differs from CPython's: ${firstDiff(p.cpython.stdout, f.stdout ?? '')}`);
      }
    }
    if (p.pyrite.ok && (p.pyrite.compileMs != null || p.pyrite.defsOnlyRunMs != null)) {
      lines.push(`${p.name}: pyrite compile ${ms(p.pyrite.compileMs)} ms, defs-only run ` +
        `${ms(p.pyrite.defsOnlyRunMs)} ms (both included in pyrite's cold and steady times)`);
    }
  }
  return lines.join('\n');
}

/** Where two outputs first differ, as `line N: expected '...', got '...'`. */
export function firstDiff(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined) => (s === undefined ? '<end of output>' : JSON.stringify(s.slice(0, 80)));
      return `line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return 'outputs differ between runs';
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
}
