// The program suite: every test/programs/<area>/<feature>/<case>.py runs in pyrite and must
// reproduce CPython 3.11's stdout, stderr and exit status byte for byte (the goldens written by
// scripts/golden.ts), and leave the heap exactly as it found it.
//
// How one program runs, mirroring what `python3 <case>.py` does (and what golden.ts recorded):
//   vm.runAsync(source, '<case>.py')                            (vm.run if there is no runAsync;
//                                                               interrupted after a deadline)
//                                -> { exitCode }                stdout/stderr as captured
//                                -> throws PythonError          its traceback is appended to the
//                                                               captured stderr, status 1 (the CLI)
//                                -> throws anything else        a host bug: the test fails
// Then the leak check: heapStats() must equal the baseline taken after creating the VM and one
// run of WARM_UP (so lazily made shared objects already exist), block for block and byte for
// byte; heapCheck(), when the API offers it, must return 0 (every invariant holds).
//
// One VM serves the whole file while programs pass. Any failure (wrong output, a leak, a host
// error) discards it, so the next program starts on a fresh VM with a fresh baseline: one
// broken program never poisons the rest. A failure writes what pyrite produced to
// test/results/<area>/<feature>/<case>.out, .err and .status, for `diff` against the goldens.
//
// Known differences from CPython live in test/cpydiff/*.py (see its README); they are listed
// here as todo entries, never run as passes.

import { describe, it } from 'vitest';
import * as nodeFs from 'node:fs';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPrograms, goldenPaths } from '../scripts/golden.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = join(ROOT, 'test', 'programs');
const RESULTS = join(ROOT, 'test', 'results');
const CPYDIFF = join(ROOT, 'test', 'cpydiff');
/**
 * The compiled public API: what the package exports (`npm test` builds it first).
 * PYRITE_TEST_API names another module with the same exports (e.g. a stand-in used to test this
 * runner itself, or a debug build's host).
 */
const API_PATH = process.env.PYRITE_TEST_API ?? join(ROOT, 'dist', 'src', 'api.js');
/**
 * How long a program may run before the runner interrupts it (KeyboardInterrupt at the VM's next
 * budget check), and the vitest timeout of its test, a little longer so the interrupt lands
 * first. Programs under test/programs/limit/ may be slow by design (200k lines of output).
 */
const DEADLINE_MS = 15_000;
const LIMIT_DEADLINE_MS = 100_000;
const GRACE_MS = 5_000;
/**
 * Run once on each new VM before the heap baseline is taken, so that shared objects the VM
 * creates lazily on first use, and keeps for good, already exist. Each line names its object;
 * add one only for an object that is never freed by design (CPython has the same), never to
 * hide a leak. A lazily made object that should exist from vmInit belongs in the VM instead.
 */
const WARM_UP = [
  'pass',
].join('\n') + '\n';

// ---- the parts of src/api.ts this suite relies on (architecture.md §6) ----

interface HeapStats {
  blocksInUse: number;
  bytesInUse: number;
}

interface RunResult {
  exitCode?: number;
}

interface VM {
  run(source: string, filename?: string): RunResult | undefined;
  /** Same as run, yielding between slices so that interrupt() can stop a runaway program. */
  runAsync?: (source: string, filename?: string) => Promise<RunResult | undefined>;
  /** The running program raises KeyboardInterrupt at its next budget check. */
  interrupt?: () => void;
  heapStats(): HeapStats;
  heapCheck?: () => number;
}

type Chunk = string | Uint8Array;

interface Api {
  createVM(options: {
    stdout: (s: Chunk) => void;
    stderr: (s: Chunk) => void;
    stdin?: () => string | null;
    readFile?: (path: string) => Uint8Array | null;
    fs?: unknown;
  }): Promise<VM>;
  PythonError: new (...args: never[]) => Error;
  /** The real file system with a settable working directory (src/hostfs.ts); optional, so
   *  that a stand-in API without it still runs the programs that do not open files. */
  NodeFileSystem?: new (fs: typeof nodeFs, cwd: () => string) => unknown;
}

interface PythonErrorLike {
  type: string;
  pyMessage: string;
  traceback: string;
}

let apiPromise: Promise<Api> | undefined;

/** Imports the API once; a missing or broken build becomes one clear message per test. */
function loadApi(): Promise<Api> {
  apiPromise ??= (async () => {
    if (!existsSync(API_PATH)) {
      throw new Error(`${relative(ROOT, API_PATH)} does not exist: build first (node scripts/build.mjs)`);
    }
    let mod: Partial<Api>;
    try {
      mod = (await import(pathToFileURL(API_PATH).href)) as Partial<Api>;
    } catch (e) {
      throw new Error(`cannot import ${relative(ROOT, API_PATH)}: ${errorText(e)}`);
    }
    if (typeof mod.createVM !== 'function') {
      throw new Error(`${relative(ROOT, API_PATH)} does not export createVM`);
    }
    return mod as Api;
  })();
  return apiPromise;
}

// ---- one VM, reused until a program fails ----

/** Where the VM's output goes; reset before each program. */
interface Capture {
  out: Buffer[];
  err: Buffer[];
}

interface Session {
  vm: VM;
  capture: Capture;
  api: Api;
  /** heapStats() after the warm-up run. */
  baseline: HeapStats;
}

let session: Session | undefined;
/** The directory of the program running now: where its imports are read from. */
let programDir = ROOT;

const toBuffer = (s: Chunk): Buffer => (typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s));

async function getSession(): Promise<Session> {
  if (session) return session;
  const api = await loadApi();
  const capture: Capture = { out: [], err: [] };
  let vm: VM;
  try {
    vm = await api.createVM({
      stdout: (s) => capture.out.push(toBuffer(s)),
      stderr: (s) => capture.err.push(toBuffer(s)),
      stdin: () => null, // golden.ts gives python3 no stdin: input() sees EOF
      // python3 runs each program with its directory as cwd and sys.path[0]: imports read the
      // files next to the program being run (the modules marked by MODULE_MARKER)
      readFile: (path: string) => {
        try {
          return readFileSync(resolve(programDir, path));
        } catch {
          return null;
        }
      },
      // open() and os see the real file system with the program's directory as the working
      // directory, as python3 run by golden.ts does (programs delete what they write)
      fs: api.NodeFileSystem ? new api.NodeFileSystem(nodeFs, () => programDir) : undefined,
    });
  } catch (e) {
    throw new Error(`createVM failed: ${errorText(e)}`);
  }
  try {
    vm.run(WARM_UP, '<warm-up>');
  } catch (e) {
    throw new Error(`the warm-up program failed:\n${WARM_UP}${errorText(e)}`);
  }
  capture.out.length = 0;
  capture.err.length = 0;
  session = { vm, capture, api, baseline: heapSnapshot(vm) };
  return session;
}

function heapSnapshot(vm: VM): HeapStats {
  const s = vm.heapStats();
  return { blocksInUse: s.blocksInUse, bytesInUse: s.bytesInUse };
}

// ---- running one program ----

interface Outcome {
  out: Buffer;
  err: Buffer;
  status: number;
}

interface Golden {
  out: Buffer;
  err: Buffer;
  status: number;
}

function isPythonError(e: unknown, api: Api): e is PythonErrorLike {
  if (typeof api.PythonError === 'function' && e instanceof api.PythonError) return true;
  // Duck typing as a fallback, in case two copies of the module are loaded.
  const o = e as Partial<PythonErrorLike> | null;
  return typeof o === 'object' && o !== null && typeof o.traceback === 'string' && typeof o.type === 'string';
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}

function readGolden(file: string): Golden {
  const paths = goldenPaths(file);
  const missing = Object.values(paths).filter((p) => !existsSync(p));
  if (missing.length > 0) {
    throw new Error(`no golden ${missing.map((p) => relative(ROOT, p)).join(', ')}: run \`npm run golden\``);
  }
  return {
    out: readFileSync(paths.out),
    err: readFileSync(paths.err),
    status: Number(readFileSync(paths.status, 'utf8').trim()),
  };
}

/** "line N differs" with both versions of that line, for a readable failure message. */
function describeDifference(what: string, expected: Buffer, actual: Buffer): string {
  const clip = (s: string | undefined): string => (s === undefined ? '<end of output>' : JSON.stringify(s.length > 160 ? s.slice(0, 160) + '...' : s));
  const e = expected.toString('utf8').split('\n');
  const a = actual.toString('utf8').split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const sizes = `expected ${expected.length} bytes, got ${actual.length}`;
  if (i === e.length && i === a.length) return `${what} differs in bytes that do not survive UTF-8 decoding (${sizes})`;
  return `${what} differs at line ${i + 1} (${sizes}):\n    expected: ${clip(e[i])}\n    actual:   ${clip(a[i])}`;
}

/** test/results/<area>/<feature>/<case>.{out,err,status}: the goldens' names, under results/. */
function resultPaths(rel: string): { out: string; err: string; status: string } {
  return goldenPaths(join(RESULTS, rel));
}

function writeResults(rel: string, outcome: Outcome): void {
  const paths = resultPaths(rel);
  mkdirSync(dirname(paths.out), { recursive: true });
  writeFileSync(paths.out, outcome.out);
  writeFileSync(paths.err, outcome.err);
  writeFileSync(paths.status, `${outcome.status}\n`);
}

/** Removes a passing program's stale results, and the directories that leaves empty. */
function clearResults(rel: string): void {
  const paths = resultPaths(rel);
  for (const p of Object.values(paths)) rmSync(p, { force: true });
  for (let d = dirname(paths.out); d.startsWith(RESULTS + sep); d = dirname(d)) {
    if (!existsSync(d) || readdirSync(d).length > 0) break;
    rmdirSync(d);
  }
}

async function runProgram(file: string, deadline: number): Promise<void> {
  const rel = relative(PROGRAMS, file);
  const golden = readGolden(file);
  const source = readFileSync(file, 'utf8');
  const s = await getSession();
  s.capture.out.length = 0;
  s.capture.err.length = 0;

  const problems: string[] = [];
  let status: number;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    let r: RunResult | undefined;
    const { runAsync, interrupt } = s.vm;
    if (typeof runAsync === 'function' && typeof interrupt === 'function') {
      // A runaway loop in a synchronous run() would hang the worker for good: vitest's timeout
      // cannot preempt it. runAsync yields between slices, so this timer can stop it.
      timer = setTimeout(() => {
        timedOut = true;
        interrupt.call(s.vm);
      }, deadline);
      programDir = dirname(file);
      r = await runAsync.call(s.vm, source, basename(file));
    } else {
      programDir = dirname(file);
      r = s.vm.run(source, basename(file));
    }
    status = r?.exitCode ?? 0;
  } catch (e) {
    if (isPythonError(e, s.api)) {
      // What the CLI does with an uncaught exception: traceback to stderr, exit status 1.
      // Appended as is: the API promises CPython's text, final newline included.
      s.capture.err.push(Buffer.from(e.traceback, 'utf8'));
      status = 1;
    } else {
      problems.push(`host error (not a Python exception) from vm.run:\n${errorText(e)}`);
      status = -1;
    }
  }
  clearTimeout(timer);
  if (timedOut) problems.push(`interrupted after the ${deadline} ms deadline (runaway loop or far too slow)`);
  const outcome: Outcome = { out: Buffer.concat(s.capture.out), err: Buffer.concat(s.capture.err), status };

  if (!outcome.out.equals(golden.out)) problems.push(describeDifference('stdout', golden.out, outcome.out));
  if (!outcome.err.equals(golden.err)) problems.push(describeDifference('stderr', golden.err, outcome.err));
  if (status !== golden.status) problems.push(`exit status: expected ${golden.status}, got ${status}`);

  try {
    const now = heapSnapshot(s.vm);
    const dBlocks = now.blocksInUse - s.baseline.blocksInUse;
    const dBytes = now.bytesInUse - s.baseline.bytesInUse;
    if (dBlocks !== 0 || dBytes !== 0) {
      problems.push(
        `heap not back to its baseline: ${dBlocks} blocks, ${dBytes} bytes leaked ` +
          `(blocksInUse ${s.baseline.blocksInUse} -> ${now.blocksInUse}, ` +
          `bytesInUse ${s.baseline.bytesInUse} -> ${now.bytesInUse}; baseline taken after the warm-up program)`,
      );
    }
    if (typeof s.vm.heapCheck === 'function') {
      const bad = s.vm.heapCheck();
      if (bad !== 0) problems.push(`heapCheck() returned ${bad}: a heap invariant is broken (codes in assembly/heap/check.ts)`);
    }
  } catch (e) {
    problems.push(`heap statistics unavailable: ${errorText(e)}`);
  }

  if (problems.length === 0) {
    clearResults(rel);
    return;
  }
  session = undefined; // the next program gets a fresh VM and a fresh baseline
  writeResults(rel, outcome);
  const r = relative(ROOT, resultPaths(rel).out).slice(0, -'.out'.length);
  const g = relative(ROOT, file).slice(0, -'.py'.length);
  throw new Error(`${problems.join('\n')}\npyrite's output: ${r}.{out,err,status} (e.g. diff ${g}.out ${r}.out)`);
}

// ---- discovery ----

/** The first line of a cpydiff program's `description:` field, for the todo list. */
function cpydiffDescription(file: string): string {
  const m = /description:\s*(.+)/.exec(readFileSync(file, 'utf8'));
  return m ? m[1].trim() : '(no description)';
}

const programs = findPrograms(PROGRAMS);

describe('programs', () => {
  if (programs.length === 0) {
    it('has programs', () => {
      throw new Error(`no .py files under ${relative(ROOT, PROGRAMS)}`);
    });
  }
  for (const file of programs) {
    const rel = relative(PROGRAMS, file).slice(0, -'.py'.length);
    const deadline = rel.startsWith('limit/') ? LIMIT_DEADLINE_MS : DEADLINE_MS;
    it(rel, () => runProgram(file, deadline), deadline + GRACE_MS);
  }
});

const cpydiffs = findPrograms(CPYDIFF);
if (cpydiffs.length > 0) {
  describe('cpydiff (known differences from CPython; never counted as passes)', () => {
    for (const file of cpydiffs) it.todo(`${relative(CPYDIFF, file)}: ${cpydiffDescription(file)}`);
  });
}
