// Golden writer: runs every test program under CPython 3.11 and records what it did.
//
// For each `test/programs/**/<case>.py` (or only the files and directories given as arguments)
// this runs `python3 -X utf8 <case>.py` with cwd = the program's directory, the base name as
// argv[0] (pyrite's runner names the file the same way), no stdin, a clean environment with
// PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and a timeout; then writes next to the program:
//   <case>.out     stdout bytes
//   <case>.err     stderr bytes, with the program's directory cut from traceback paths
//                  (`File "<case>.py"`; see relativeTracebackPaths)
//   <case>.status  exit code and a newline
// These three files are the goldens test/programs.test.ts compares pyrite against. They are
// written only by this script (`npm run golden`), never by hand: a golden is CPython's word,
// not ours (STYLE.md habit 5, after MicroPython's tests/run-tests.py).
//
// Invariant: a golden is only ever written by python3 3.11.x; the script refuses anything else,
// because the traceback format (PEP 657 markers, "Did you mean" hints) and float/str reprs
// differ between versions.
//
// Usage: node dist/scripts/golden.js [--check] [path ...]
//   --check  write nothing; exit 1 if any golden differs from what python3 produces now, or (on
//            a full run) if a golden has no program.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Repository root: the nearest directory above this file with a package.json. This file runs as
 * dist/scripts/golden.js, and test/programs.test.ts imports it as scripts/golden.ts.
 */
const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
const PROGRAMS = join(ROOT, 'test', 'programs');
const PYTHON = process.env.PYRITE_PYTHON ?? 'python3';
/** Per program. The slowest program (test/programs/limit/) takes well under a second. */
const TIMEOUT_MS = 60_000;
/** Output beyond this is a runaway program, not a test (goldens should stay under ~2 MB). */
const MAX_OUTPUT = 16 * 1024 * 1024;

function findRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return dir;
  }
}

function fail(msg: string): never {
  process.stderr.write(`golden: ${msg}\n`);
  process.exit(2);
}

/** Refuses to run under anything but CPython 3.11.x (see the invariant above). */
function checkPython(): string {
  const r = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
  if (r.error) fail(`cannot run ${PYTHON}: ${r.error.message}`);
  const version = (r.stdout + r.stderr).trim();
  if (!/^Python 3\.11\.\d+$/.test(version)) {
    fail(`goldens must come from CPython 3.11.x, but \`${PYTHON} --version\` says "${version}"`);
  }
  return version;
}

/**
 * Every .py file under `dir` (none if it does not exist), sorted so runs are reproducible.
 * Shared with test/programs.test.ts, so both see the same programs.
 */
export function findPrograms(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...findPrograms(p));
    else if (e.isFile() && e.name.endsWith('.py') && !isImportedModule(p)) found.push(p);
  }
  return found.sort();
}

/** The first line that marks a .py file as a module the programs next to it import, not a
 *  program of its own: it has no goldens and is never run alone. */
export const MODULE_MARKER = '# module:';

export function isImportedModule(file: string): boolean {
  return readFileSync(file, 'utf8').startsWith(MODULE_MARKER);
}

function selectPrograms(args: string[]): string[] {
  if (args.length === 0) return findPrograms(PROGRAMS);
  const chosen: string[] = [];
  for (const a of args) {
    const p = resolve(a);
    if (!existsSync(p)) fail(`no such file or directory: ${a}`);
    if (statSync(p).isDirectory()) chosen.push(...findPrograms(p));
    else if (p.endsWith('.py')) chosen.push(p);
    else fail(`not a .py program: ${a}`);
  }
  return chosen;
}

/**
 * A clean environment: nothing from the caller's shell (PYTHONPATH, PYTHONWARNINGS,
 * PYTHONSTARTUP...) may change a golden. PATH stays so `python3` resolves as it did above.
 */
function pythonEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    PYTHONHASHSEED: '0',
    PYTHONIOENCODING: 'utf-8',
    PYTHONDONTWRITEBYTECODE: '1',
  };
}

interface Golden {
  out: Buffer;
  err: Buffer;
  status: Buffer;
}

function runProgram(file: string): Golden {
  const r = spawnSync(PYTHON, ['-X', 'utf8', basename(file)], {
    cwd: dirname(file),
    env: pythonEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_OUTPUT,
  });
  const name = relative(ROOT, file);
  if (r.error) fail(`${name}: ${r.error.message} (timeout ${TIMEOUT_MS} ms, output cap ${MAX_OUTPUT} bytes)`);
  if (r.status === null) fail(`${name}: killed by signal ${r.signal}`);
  const err = relativeTracebackPaths(r.stderr.toString('utf8'), dirname(file));
  return { out: r.stdout, err: Buffer.from(err, 'utf8'), status: Buffer.from(`${r.status}\n`) };
}

/**
 * Since 3.9 CPython makes the script's path absolute (co_filename is `/abs/dir/<case>.py` even
 * when run as `python3 <case>.py`), so its tracebacks would name this machine's checkout.
 * pyrite's runner passes the base name, so the golden keeps the name as given on the command
 * line: `  File "/abs/dir/` becomes `  File "`, and a line that starts with `/abs/dir/` (a
 * warning's location, `/abs/dir/<case>.py:3: UserWarning: ...`) loses that prefix. Only those
 * two exact prefixes are touched.
 */
function relativeTracebackPaths(stderr: string, dir: string): string {
  let text = stderr;
  for (const d of new Set([resolve(dir), realpathSync(dir)])) {
    text = text.split(`  File "${d}/`).join('  File "');
    text = text.split('\n').map((line) => (line.startsWith(`${d}/`) ? line.slice(d.length + 1) : line)).join('\n');
  }
  return text;
}

/**
 * Paths of the three goldens of a program: `<case>.out`, `<case>.err`, `<case>.status`.
 * Shared with test/programs.test.ts (which also names its results files this way).
 */
export function goldenPaths(file: string): Record<keyof Golden, string> {
  const stem = file.slice(0, -'.py'.length);
  return { out: `${stem}.out`, err: `${stem}.err`, status: `${stem}.status` };
}

/** Goldens left behind by a renamed or deleted program. */
function findOrphans(dir: string): string[] {
  const orphans: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) orphans.push(...findOrphans(p));
    else if (/\.(out|err|status)$/.test(e.name) && !existsSync(p.replace(/\.[a-z]+$/, '.py'))) orphans.push(p);
  }
  return orphans.sort();
}

function main(): void {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const version = checkPython();
  const positional = argv.filter((a) => a !== '--check');
  const programs = selectPrograms(positional);
  if (programs.length === 0) fail('no programs found');

  let changed = 0;
  for (const file of programs) {
    const golden = runProgram(file);
    const paths = goldenPaths(file);
    const stale: string[] = [];
    for (const key of ['out', 'err', 'status'] as const) {
      const path = paths[key];
      if (existsSync(path) && readFileSync(path).equals(golden[key])) continue;
      stale.push(key);
      if (!check) writeFileSync(path, golden[key]);
    }
    if (stale.length > 0) {
      changed++;
      const exit = golden.status.toString().trim();
      console.log(`${check ? 'differs' : 'wrote  '} ${relative(ROOT, file)} [${stale.join(', ')}] exit ${exit}`);
    }
  }
  const verb = check ? 'out of date' : 'updated';
  console.log(`golden: ${programs.length} programs under ${version}, ${changed} ${verb}`);
  const orphans = positional.length === 0 ? findOrphans(PROGRAMS) : [];
  for (const o of orphans) console.log(`orphan  ${relative(ROOT, o)}: no program of that name (delete it)`);
  if (check && changed + orphans.length > 0) process.exit(1);
}

// Run only as a script: test/programs.test.ts imports this module for findPrograms/goldenPaths.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
