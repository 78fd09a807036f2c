// The public API (the package's main module): createVM() and PythonError, and the run protocol
// that ties the host's compiler to the core (architecture.md §6):
//
//   source ─parse─► Module ─compileModule─► CodeObject ─marshalCode─► bytes ─vmAlloc/copy─►
//   vmLoadCode ─► vmRunMain ─(status 1: vmResume)*─► status 0 done | status 2 uncaught exception
//   ─► vmExcReport ─► traceback text ─► PythonError (SystemExit: an exit code instead)
//
// Invariants:
//   - every run ends with vmEndRun, the release of its code object and the release of its registry
//     ids, whatever happened, so the heap returns to its baseline between runs;
//   - everything the program wrote reaches the callbacks before run() returns or throws;
//   - no JavaScript error from the core (a Wasm trap, an AS abort) reaches the caller: it becomes
//     a PythonError of type SystemError, and the instance, whose state is then unknown, is dropped
//     and re-created at the start of the next run;
//   - one run at a time per VM (runAsync yields to the event loop in the middle of a run).

import { parse, INT_MAX_STR_DIGITS_DEFAULT } from './parser.js';
import { compileModule, type CompileWarning } from './compiler.js';
import { disassemble } from './bytecode/dis.js';
import { marshalCode, type CodeObject } from './bytecode/code.js';
import { PySyntaxError, programTextError } from './messages.js';
import { CodeRegistry } from './codereg.js';
import { InputStream, OutputStream, defaultSink, type LineSource, type TextSink } from './io.js';
import { Core, CoreAbort, HostCallbackError, RunStatus, loadModule, type WasmSource } from './loader.js';
import { ModuleFinder, sourceReader, type CodeCache } from './modules.js';
import { DynamicCompiler } from './dynamic.js';
export type { CodeCache } from './modules.js';
import { decodeReport, decodeFrames, exceptionLine, formatException, formatSyntaxError, formatTraceback, warningText, type ReportSection } from './traceback.js';

export { PySyntaxError } from './messages.js';
export { MemoryFileSystem, NodeFileSystem, FsError, nodeFileSystem } from './hostfs.js';
export type { FileSystem, FileStat, OpenFlags, NodeFs } from './hostfs.js';
import { MemoryFileSystem, type FileSystem } from './hostfs.js';

const utf8Encoder = new TextEncoder();
export type { CodeObject } from './bytecode/code.js';

export interface VMOptions {
  /** Receives what the program writes to sys.stdout, in batches. Default: process.stdout or console.log. */
  stdout?: TextSink;
  /** Receives what the program writes to sys.stderr. Default: process.stderr or console.error. */
  stderr?: TextSink;
  /** Returns the next line of input (a missing newline is added), or null at end of input. */
  stdin?: LineSource;
  /** Cap in bytes on the Python heap; past it allocations raise MemoryError. */
  heapLimit?: number;
  /** Instructions per slice before the core returns to the host (default: the core's). */
  budget?: number;
  /** The core: bytes, a compiled module, or a URL. Default (Node): build/pyrite.wasm of this package. */
  wasm?: WasmSource;
  /**
   * Where `import` finds source: returns the text (or UTF-8 bytes) of the file at `path`, or null
   * when there is none. Paths are joined with '/' from a sys.path entry ('' = relative to the
   * program's directory). Default: the `files` map; with neither, only builtin modules import.
   * The CLI passes one that reads the real file system.
   */
  readFile?: (path: string) => string | Uint8Array | null;
  /**
   * A virtual file system: path -> contents, text or bytes (e.g. `{ 'util.py': '...', 'data.csv':
   * 'a,b\n', 'pkg/__init__.py': '' }`). `import` reads modules from it (unless `readFile` is
   * given) and, unless `fs` is given, it is what open() and the os module see: files the program
   * writes appear in this same object as Uint8Array values (mkdir adds a key ending in '/'), so
   * the embedder reads them back after the run. Paths are relative to its root, the program's
   * working directory '/'. Without `files` and `fs` a program gets an empty private file system.
   */
  files?: Record<string, string | Uint8Array>;
  /**
   * The file system open() and the os module use instead of the `files` map: any FileSystem
   * (src/hostfs.ts), e.g. `await nodeFileSystem()` for the real disk. The API never touches the
   * real disk unless it is given one this way.
   */
  fs?: FileSystem;
  /** sys.path entries after the program's own directory. */
  path?: string[];
  /** Where compiled imported modules are kept between VMs (the CLI's __pycache__ files). */
  codeCache?: CodeCache;
}

export interface RunOptions {
  /** sys.argv; default [filename]. */
  argv?: string[];
  /** Called when the program has finished (normally or not), before its objects are freed:
   *  the place to take vm.census() or vm.heapStats() of the program's final state. */
  beforeEnd?: () => void;
}

/** One line of vm.census(): the live objects of one type. */
export interface CensusEntry {
  type: string;
  objects: number;
  /** Their heap blocks (GC prefix included; buffers they own, such as list items, excluded). */
  bytes: number;
}

export interface RunResult {
  /** 0, or SystemExit's code (1 when it carried a non-integer message). */
  exitCode: number;
}

export interface HeapStats {
  blocksInUse: number;
  bytesInUse: number;
  peakBytes: number;
  pools: number;
  arenas: number;
  freeArenas: number;
  largeBlocks: number;
  largeBytes: number;
  /** Blocks in use per size class (class i serves (i + 1) * 16 bytes). */
  classes: number[];
  /** The Wasm module's linear memory: the heap's arenas plus the core's static data and frame
   *  stack (it grows and never shrinks, like a process's address space). */
  memoryBytes: number;
}

/** One generation's line of gc.get_stats(). */
export interface GcGenerationStats {
  /** Collections of this generation (younger ones were examined with it). */
  collections: number;
  /** Unreachable objects those collections found (and freed). */
  collected: number;
  /** Unreachable objects they could not free (always 0: no legacy finalizers). */
  uncollectable: number;
  /** Milliseconds these collections paused the program in all (the collector's work with the
   *  finalizers and weakref callbacks it runs; gc.callbacks excluded). */
  pauseTotalMs: number;
  /** The longest of those pauses, in milliseconds. */
  pauseMaxMs: number;
}

/** The cycle collector's state, as the `gc` module reports it. */
export interface GcStats {
  /** gc.isenabled(): automatic collection is on. */
  enabled: boolean;
  /** gc.get_count() */
  counts: number[];
  /** gc.get_threshold() */
  thresholds: number[];
  /** gc.get_stats(), generations 0, 1, 2. */
  generations: GcGenerationStats[];
}

/** An uncaught Python exception (or a SyntaxError found while compiling). */
export class PythonError extends Error {
  constructor(
    /** The exception's type as CPython prints it, e.g. 'ZeroDivisionError' or 'json.JSONDecodeError'. */
    readonly type: string,
    /** str(exc) */
    readonly pyMessage: string,
    /** What CPython prints to stderr for it, ending with a newline. */
    readonly traceback: string,
  ) {
    super(pyMessage === '' ? type : `${type}: ${pyMessage}`);
    this.name = 'PythonError';
  }
}

export interface VM {
  /** The file system the program's open() and os functions use (the `fs` option, or the memory
   *  file system over the `files` option). */
  readonly fs: FileSystem;
  /** Runs `source` as __main__; throws PythonError on an uncaught exception. sys.path[0] is the
   *  directory part of `filename` ('' when it has none). */
  run(source: string, filename?: string, options?: RunOptions): RunResult;
  /** Same, yielding to the event loop between slices. */
  runAsync(source: string, filename?: string, options?: RunOptions): Promise<RunResult>;
  /** Makes the running program raise KeyboardInterrupt at its next budget check (runAsync). */
  interrupt(): void;
  heapStats(): HeapStats;
  /** The program's live objects per type, most bytes first (objects the VM made at start-up are
   *  left out). Empty if the core could not allocate its working memory. */
  census(): CensusEntry[];
  /** 0 when the heap's invariants hold, else the code of the first broken one (heap/check.ts,
   *  then the cycle collector's lists, gc/check.ts). */
  heapCheck(): number;
  /** gc.collect(generation): collects generations 0..generation (default 2, all) and returns
   *  the number of unreachable objects found. */
  gcCollect(generation?: number): number;
  gcStats(): GcStats;
  /** gc.enable() / gc.disable(): automatic collection on or off. */
  gcSetEnabled(enabled: boolean): void;
  /** gc.set_threshold(t0[, t1[, t2]]); t0 = 0 turns automatic collection off. */
  gcSetThreshold(t0: number, t1?: number, t2?: number): void;
}

/** Parses and compiles a module (a program's main module: the default digit limit applies to
 *  its int literals); a SyntaxError becomes a PythonError with CPython's text, as CPython
 *  reports it for a file when `filename` names one. The compiler's SyntaxWarnings are appended
 *  to `warnings` when given. */
export function compile(source: string, filename = '<string>', warnings?: CompileWarning[]): CodeObject {
  try {
    return compileModule(parse(source, filename), filename, source, warnings);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const f = programTextError(e);
      throw new PythonError(f.kind, `${f.msg} (${f.filename}, line ${f.lineno})`, formatSyntaxError(f));
    }
    throw e;
  }
}

/** `pyrite dis`: the disassembly of a module and its nested code objects. */
export function disassembleSource(source: string, filename = '<string>'): string {
  return disassemble(compile(source, filename));
}

/** Decodes the stderr bytes kept after an uncaught exception (whole strings from the core). */
const divertDecoder = new TextDecoder('utf-8');

/** Re-parses a one-line span for the traceback's `~~^^` anchors. */
const parseSegment = (segment: string) => parse(segment, '<segment>');

export async function createVM(options: VMOptions = {}): Promise<VM> {
  const module = await loadModule(options.wasm);
  const vm = new PyriteVM(module, options);
  vm.start();
  return vm;
}

class PyriteVM implements VM {
  private core: Core | null = null;
  private readonly registry = new CodeRegistry();
  private readonly out: OutputStream;
  private readonly err: OutputStream;
  private readonly input: InputStream;
  private busy = false;
  private readonly modules: ModuleFinder;
  readonly fs: FileSystem;
  /** compile(), exec() and eval() of strings. */
  private readonly dynamic: DynamicCompiler;
  /** While set, stderr text goes here instead of the stream (see steps()). */
  private errDivert: string[] | null = null;

  constructor(private readonly module: WebAssembly.Module, private readonly options: VMOptions) {
    this.out = new OutputStream(options.stdout ?? defaultSink(1));
    this.err = new OutputStream(options.stderr ?? defaultSink(2));
    this.input = new InputStream(options.stdin);
    this.modules = new ModuleFinder(this.registry, sourceReader(options), options.codeCache,
      () => this.core?.exports.vmIntMaxStrDigits?.() ?? INT_MAX_STR_DIGITS_DEFAULT);
    this.fs = options.fs ?? new MemoryFileSystem(options.files ?? {});
    this.dynamic = new DynamicCompiler(this.registry, sourceReader(options),
      () => this.core?.exports.vmIntMaxStrDigits?.() ?? INT_MAX_STR_DIGITS_DEFAULT);
  }

  /** Instantiates eagerly so that createVM reports a broken core at once. */
  start(): void {
    this.ensureCore();
  }

  run(source: string, filename = '<string>', options: RunOptions = {}): RunResult {
    const steps = this.steps(source, filename, options);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  async runAsync(source: string, filename = '<string>', options: RunOptions = {}): Promise<RunResult> {
    const steps = this.steps(source, filename, options);
    // The core returns every few hundred microseconds (its budget, sized for V8's tier-up);
    // the event loop gets a turn at the first return (so a caller can always interrupt a run
    // that had to be resumed) and then every YIELD_MS, so that yielding costs little.
    let last = -Infinity;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - last >= YIELD_MS) {
        await nextMacrotask();
        last = performance.now();
      }
    }
  }

  interrupt(): void {
    if (this.core !== null && this.busy) this.core.exports.vmInterrupt();
  }

  heapStats(): HeapStats {
    const core = this.ensureCore();
    const ex = core.exports;
    return this.call(core, () => {
      const classes: number[] = [];
      const n = ex.heapStatClassCount();
      for (let i = 0; i < n; i++) classes.push(ex.heapStatBlocks(i));
      const largeBlocks = ex.heapStatLargeBlocks();
      return {
        blocksInUse: classes.reduce((a, b) => a + b, 0) + largeBlocks,
        bytesInUse: ex.heapStatBytesInUse() >>> 0,
        peakBytes: ex.heapStatPeak() >>> 0,
        pools: ex.heapStatPools(),
        arenas: ex.heapStatArenas(),
        freeArenas: ex.heapStatFreeArenas(),
        largeBlocks,
        largeBytes: ex.heapStatLargeBytes() >>> 0,
        classes,
        memoryBytes: ex.memory.buffer.byteLength,
      };
    });
  }

  census(): CensusEntry[] {
    const core = this.ensureCore();
    return this.call(core, () => {
      const ex = core.exports;
      if (ex.vmCensus === undefined) return [];
      const p = ex.vmCensus() >>> 0;
      if (p === 0) return [];
      const mem = core.bytes();
      const view = new DataView(mem.buffer);
      const n = view.getUint32(p, true);
      const out: CensusEntry[] = [];
      let q = p + 4;
      const dec = new TextDecoder();
      for (let i = 0; i < n; i++) {
        const len = view.getUint32(q, true);
        const type = dec.decode(mem.subarray(q + 4, q + 4 + len));
        q += 4 + len;
        out.push({ type, objects: view.getUint32(q, true), bytes: view.getUint32(q + 4, true) });
        q += 8;
      }
      ex.vmFree(p);
      return out.sort((a, b) => b.bytes - a.bytes || (a.type < b.type ? -1 : 1));
    });
  }

  heapCheck(): number {
    const core = this.ensureCore();
    return this.call(core, () => core.exports.heapCheck() || core.exports.vmGcCheck());
  }

  gcCollect(generation = 2): number {
    if (!Number.isInteger(generation) || generation < 0 || generation > 2) {
      throw new RangeError(`gcCollect: invalid generation ${generation}`);
    }
    const core = this.ensureCore();
    return this.call(core, () => core.exports.vmGcCollect(generation));
  }

  gcStats(): GcStats {
    const core = this.ensureCore();
    const ex = core.exports;
    return this.call(core, () => {
      const gens = [0, 1, 2];
      return {
        enabled: ex.vmGcIsEnabled() !== 0,
        counts: gens.map((g) => ex.vmGcCount(g)),
        thresholds: gens.map((g) => ex.vmGcThreshold(g)),
        generations: gens.map((g) => ({
          collections: ex.vmGcCollections(g),
          collected: ex.vmGcCollected(g),
          uncollectable: ex.vmGcUncollectable(g),
          pauseTotalMs: ex.vmGcPauseTotal(g),
          pauseMaxMs: ex.vmGcPauseMax(g),
        })),
      };
    });
  }

  gcSetEnabled(enabled: boolean): void {
    const core = this.ensureCore();
    this.call(core, () => core.exports.vmGcSetEnabled(enabled ? 1 : 0));
  }

  gcSetThreshold(t0: number, t1 = -1, t2 = -1): void {
    for (const t of [t0, t1, t2]) {
      if (!Number.isInteger(t) || t < -1 || t > 0x7fffffff) throw new RangeError(`gcSetThreshold: invalid threshold ${t}`);
    }
    if (t0 < 0) throw new RangeError(`gcSetThreshold: invalid threshold ${t0}`);
    const core = this.ensureCore();
    this.call(core, () => core.exports.vmGcSetThreshold(t0, t1, t2));
  }

  // ---- the run protocol ----

  private ensureCore(): Core {
    if (this.core !== null) return this.core;
    const core = new Core(this.module, {
      // Writing to one stream first flushes the other, so that interleaved stdout and stderr
      // output reaches an embedder (or a terminal) in program order, as with CPython on a
      // terminal, where stdout is line-buffered. (With both redirected to one file CPython's
      // block-buffered stdout would come later; pyrite keeps program order there too.)
      write: (fd, bytes) => {
        if (fd === 1) {
          this.err.flush();
          this.out.writeBytes(bytes);
        } else if (fd === 2) {
          this.out.flush();
          if (this.errDivert !== null) this.errDivert.push(divertDecoder.decode(bytes));
          else this.err.writeBytes(bytes);
        }
      },
      flush: (fd) => {
        if (fd === 1) this.out.flush();
        else if (fd === 2) this.err.flush();
      },
      readline: (cap) => this.input.read(cap),
      importFind: (name, dirs) => this.modules.find(name, dirs),
      importBundled: (name) => this.modules.findBundled(name),
      fs: this.fs,
      compile: (request) => this.dynamic.compile(request),
      traceback: (memory, ptr) => {
        this.out.flush();
        const { frames, finalizing } = decodeFrames(memory, ptr);
        const text = formatTraceback(frames, this.registry.lookup, { parseSegment, noSource: finalizing });
        if (this.errDivert !== null) this.errDivert.push(text);
        else this.err.writeText(text);
      },
      sourceLine: (filename, lineno) => this.registry.sourceLine(filename, lineno),
    });
    this.core = core;
    this.call(core, () => {
      const ex = core.exports;
      ex.vmInit();
      if (this.options.budget !== undefined) ex.vmSetBudget(this.options.budget >>> 0);
      if (this.options.heapLimit !== undefined) ex.heapSetLimit(this.options.heapLimit >>> 0);
    });
    return core;
  }

  /**
   * One run as a generator: it yields each time the core used up its budget, so run() drives it
   * synchronously and runAsync() with a macrotask between slices.
   */
  private *steps(source: string, filename: string, options: RunOptions): Generator<void, RunResult, void> {
    if (this.busy) throw new Error('pyrite: this VM is already running a program');
    this.busy = true;
    try {
      const warnings: CompileWarning[] = [];
      const code = compile(source, filename, warnings);
      const core = this.ensureCore();
      const ex = core.exports;
      const ids = this.registry.registerModule(code, source, filename);
      this.input.resetEof();
      this.modules.startRun();
      // the compiler's SyntaxWarnings come first, under the default filters (which show them)
      for (const w of warnings) {
        this.err.writeText(warningText(filename, w.lineno, 'SyntaxWarning', w.message, this.registry.sourceLine(filename, w.lineno)));
      }
      this.dynamic.startRun();
      let codePtr = 0;
      let failure = null as PythonError | null; // set by the catch below (TS cannot see it in finally)
      try {
        const bytes = marshalCode(code, ids.hostIdOf);
        const buf = this.call(core, () => core.copyIn(bytes));
        if (buf === 0) throw new PythonError('MemoryError', '', 'MemoryError\n');
        codePtr = this.call(core, () => ex.vmLoadCode(buf, bytes.length));
        this.call(core, () => ex.vmFree(buf));
        let status = RunStatus.Exception as number; // vmLoadCode returned 0: an exception is set
        if (codePtr !== 0) {
          this.call(core, () => this.configureRun(core, filename, options));
          status = this.call(core, () => ex.vmRunMain(codePtr));
          while (status === RunStatus.BudgetUsed) {
            yield;
            status = this.call(core, () => ex.vmResume());
          }
        }
        if (options.beforeEnd) options.beforeEnd();
        if (status === RunStatus.Exception) {
          try {
            return this.uncaught(core);
          } catch (e) {
            if (e instanceof PythonError) failure = e;
            throw e;
          }
        }
        if (status !== RunStatus.Done) {
          this.discard();
          throw systemError(`the core returned an unknown status ${status}`);
        }
        return { exitCode: 0 };
      } finally {
        // After an uncaught exception, what the cleanup writes to stderr (errors in __del__ of
        // objects the module held) comes after the traceback, as CPython prints the traceback
        // before it tears the module down: it is kept and appended to the traceback's text.
        let afterTraceback = '';
        if (this.core === core) {
          const release = codePtr;
          if (failure !== null) this.errDivert = [];
          try {
            this.call(core, () => {
              if (release !== 0) ex.vmRelease(release);
              ex.vmEndRun();
            });
          } finally {
            afterTraceback = this.errDivert?.join('') ?? '';
            this.errDivert = null;
          }
        }
        this.registry.release(ids.ids);
        this.modules.endRun();
        this.dynamic.endRun();
        this.out.end();
        this.err.end();
        if (failure !== null && afterTraceback !== '') {
          // eslint-disable-next-line no-unsafe-finally -- replaces the error with a fuller one
          throw new PythonError(failure.type, failure.pyMessage, failure.traceback + afterTraceback);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  /** sys.argv, sys.path and __main__.__file__ of the next run, handed to the core as strings. */
  private configureRun(core: Core, filename: string, options: RunOptions): void {
    const configure = core.exports.vmRunConfig;
    if (configure === undefined) return; // an older core without sys.argv/sys.path
    const put = (kind: number, text: string): void => {
      const bytes = utf8Encoder.encode(text);
      const buf = core.copyIn(bytes);
      if (buf === 0) throw new PythonError('MemoryError', '', 'MemoryError\n');
      const r = configure(kind, buf, bytes.length);
      core.exports.vmFree(buf);
      if (r !== 0) throw new PythonError('MemoryError', '', 'MemoryError\n');
    };
    for (const a of options.argv ?? [filename]) put(0, a);
    const slash = filename.lastIndexOf('/');
    const pseudo = filename.startsWith('<') && filename.endsWith('>');
    put(1, pseudo || slash < 0 ? '' : filename.slice(0, slash));
    for (const p of this.options.path ?? []) put(1, p);
    if (!pseudo) put(2, filename);
  }

  /** Status 2: read and free the report; SystemExit gives an exit code, anything else throws. */
  private uncaught(core: Core): RunResult {
    const ex = core.exports;
    let exitCode: number | undefined;
    const sections = this.call(core, () => {
      const report = ex.vmExcReport();
      if (report === 0) return null;
      const decoded = decodeReport(core.bytes(), report >>> 0);
      ex.vmFree(report);
      if (ex.vmSystemExitCode !== undefined) exitCode = ex.vmSystemExitCode();
      ex.vmClearExc();
      return decoded;
    });
    // no report: the core could not allocate one, so memory is what ran out
    if (sections === null || sections.length === 0) throw new PythonError('MemoryError', '', 'MemoryError\n');
    const last = sections[sections.length - 1];
    if (last.type === 'SystemExit') {
      if (exitCode === undefined || exitCode === SYSTEM_EXIT_NOT) return { exitCode: this.systemExitCode(last) };
      if (exitCode === SYSTEM_EXIT_OTHER) return { exitCode: this.systemExitCode(last, true) };
      return { exitCode };
    }
    const traceback = formatException(sections, this.registry.lookup, { parseSegment });
    throw new PythonError(last.type, last.message, traceback);
  }

  /**
   * CPython's rule (Python/pythonrun.c, _Py_HandleSystemExit): code None -> 0, an int -> itself,
   * anything else is printed to stderr and gives 1. The core's vmSystemExitCode says which case
   * it is; without it (or when it cannot tell, `notAnInt` false) the rule is applied to str(exc),
   * which is '' for SystemExit() and 'None' for SystemExit(None), an integer's digits, a bool's
   * True/False; a str that looks like an integer (SystemExit('3')) is then taken as the integer.
   */
  private systemExitCode(s: ReportSection, notAnInt = false): number {
    const m = s.message;
    if (m === '' || m === 'None' || m === 'False') return 0;
    if (m === 'True') return 1; // bool is an int: SystemExit(True) exits 1 silently
    if (!notAnInt && /^[+-]?\d+$/.test(m)) {
      const n = BigInt(m);
      // Exit statuses are 32-bit on every platform Node runs on; the OS keeps the low byte.
      return Number(BigInt.asIntN(32, n));
    }
    this.out.flush();
    this.err.writeText(`${m}\n`);
    return 1;
  }

  /**
   * Calls into the core. A failure inside it leaves the instance in an unknown state: it is
   * dropped (the next run instantiates a new one) and the error becomes a PythonError, except a
   * host callback's own exception, which is rethrown as it was.
   */
  private call<T>(core: Core, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof PythonError) throw e;
      if (this.core === core) this.discard();
      if (e instanceof HostCallbackError) throw e.original;
      if (e instanceof CoreAbort) throw systemError(e.message);
      if (e instanceof WebAssembly.RuntimeError) { if (process.env.PYRITE_TRAPSTACK) console.error(e.stack); throw systemError(`wasm trap: ${e.message}`); }
      if (e instanceof RangeError) throw systemError(`host stack exhausted in the core: ${e.message}`);
      throw systemError(`internal error in the core: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Forgets the instance; its memory and objects go with it. The registry keeps no core state. */
  private discard(): void {
    this.core = null;
    this.fs.closeAll?.(); // the files the dead instance had open

  }
}

/** vmSystemExitCode's answers that are not exit codes. */
const SYSTEM_EXIT_NOT = -1000;
const SYSTEM_EXIT_OTHER = -1001;

function systemError(message: string): PythonError {
  return new PythonError('SystemError', message, exceptionLine('SystemError', message));
}

/** A macrotask boundary: lets timers, I/O and rendering run (setImmediate on Node, else a
 *  MessageChannel, which browsers do not clamp as they clamp nested setTimeout). */
/** Longest stretch runAsync runs without letting the event loop in: a frame at 60 Hz is 16 ms. */
const YIELD_MS = 8;

function nextMacrotask(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  if (typeof g.setImmediate === 'function') {
    const setImmediate = g.setImmediate;
    return new Promise((resolve) => setImmediate(resolve));
  }
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
