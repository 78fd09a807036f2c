#!/usr/bin/env node
// The `pyrite` command: runs a Python file like `python3 file.py`, or `-c code`, or prints a
// disassembly (`pyrite dis file.py`). The only module that touches the process: argv, files,
// stdin, exit status.
//
//   pyrite file.py [args]   run a file; status 1 on an uncaught exception, SystemExit's code else
//   pyrite -c code [args]   run a string (filename "<string>")
//   pyrite -                run the program read from stdin (filename "<stdin>")
//   pyrite dis file.py      print the bytecode
//   pyrite --version
// The environment variable PYRITE_WASM=path runs another core (e.g. build/pyrite.debug.wasm).
//
// Decisions, matching python3 3.11 where it has an answer:
//   - the filename in tracebacks is the path made absolute the way python3 does it (current
//     directory + "/" + the path as given, not normalized); an absolute path is kept as given;
//   - a missing file prints python3's message with "pyrite" as the program name and exits 2:
//     `pyrite: can't open file '/abs/x.py': [Errno 2] No such file or directory`;
//   - usage errors exit 2; an uncaught KeyboardInterrupt exits 130, as python3's does;
//   - a JavaScript exception never reaches the user: `pyrite: internal error: ...`, status 70.
// Output goes through process.stdout/stderr in large batches. The status is set with
// process.exitCode, never process.exit(), so pending writes drain before the process ends.

import * as nodeFs from 'node:fs';
import { readFileSync, readSync } from 'node:fs';
import { createVM, disassembleSource, PythonError, NodeFileSystem, type CensusEntry, type GcStats, type HeapStats } from './api.js';
import { diskCodeCache } from './pycache.js';

const USAGE = 'usage: pyrite [--stats] [--heap-limit N[K|M|G]] [-c cmd | file | - | dis file] [arg] ...\n';
const EX_USAGE = 2;
const EX_SOFTWARE = 70; // BSD sysexits: internal software error

const write = (stream: NodeJS.WriteStream, text: string): void => {
  if (text.length > 0) stream.write(text);
};
const stdoutSink = (s: string) => write(process.stdout, s);
const stderrSink = (s: string) => write(process.stderr, s);

/** python3's absolute path: cwd + "/" + path, without normalization. */
function scriptPath(arg: string): string {
  return arg.startsWith('/') ? arg : `${process.cwd()}/${arg}`;
}

/** A source file as text, or the exit status after printing python3's error for it. */
function readSource(arg: string): { source: string; filename: string } | number {
  const filename = scriptPath(arg);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(arg);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') {
      stderrSink(`pyrite: can't find '__main__' module in '${filename}'\n`);
      return 1;
    }
    const errno = code === 'ENOENT' ? '[Errno 2] No such file or directory'
      : code === 'EACCES' ? '[Errno 13] Permission denied'
      : `[${code ?? 'Errno ?'}] ${(e as Error).message}`;
    stderrSink(`pyrite: can't open file '${filename}': ${errno}\n`);
    return EX_USAGE;
  }
  const text = decodeSource(bytes, filename);
  if (typeof text !== 'string') return text;
  return { source: text, filename };
}

/** UTF-8 (a BOM is skipped), as python3 reads a file without a coding declaration. */
function decodeSource(bytes: Uint8Array, filename: string): string | number {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const hex = bytes[bad].toString(16).padStart(2, '0');
    stderrSink(`SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`);
    return 1;
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

/** stdin for the program, read synchronously line by line from fd 0. */
function stdinLines(): () => string | null {
  const decoder = new TextDecoder('utf-8');
  const buf = new Uint8Array(64 * 1024);
  let pending = '';
  let eof = false;
  return () => {
    for (;;) {
      const nl = pending.indexOf('\n');
      if (nl >= 0) {
        const line = pending.slice(0, nl + 1);
        pending = pending.slice(nl + 1);
        return line;
      }
      if (eof) {
        if (pending === '') return null;
        const line = pending;
        pending = '';
        return line;
      }
      let n = 0;
      try {
        n = readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking stdin with nothing yet: try again
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) {
        eof = true;
        pending += decoder.decode();
      } else {
        pending += decoder.decode(buf.subarray(0, n), { stream: true });
      }
    }
  };
}

function readAllStdin(): string {
  const chunks: string[] = [];
  const next = stdinLines();
  for (let line = next(); line !== null; line = next()) chunks.push(line);
  return chunks.join('');
}

function packageVersion(): string {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pyrite-vm' && pkg.version) return pkg.version;
    } catch {
      // not here: keep walking up
    }
    dir = new URL('../', dir);
  }
  return 'unknown';
}

/** `import` reads the real file system (a missing or unreadable file is simply not there). */
function readModuleFile(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Options before the program: --stats, --heap-limit. */
interface CliOptions {
  stats: boolean;
  heapLimit?: number;
}

/** "64M" -> bytes; undefined when malformed. */
function parseSize(text: string): number | undefined {
  const m = /^(\d+)([KMG]?)B?$/i.exec(text);
  if (!m) return undefined;
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
  const n = Number(m[1]) * unit;
  return n > 0 && n <= 4 * 1024 ** 3 ? n : undefined;
}

async function runProgram(source: string, filename: string, argv: string[], cli: CliOptions = { stats: false }): Promise<number> {
  const wasmPath = process.env.PYRITE_WASM;
  const wasm = wasmPath !== undefined && wasmPath !== '' ? readFileSync(wasmPath) : undefined;
  const vm = await createVM({
    stdout: stdoutSink, stderr: stderrSink, stdin: stdinLines(), wasm, readFile: readModuleFile,
    codeCache: diskCodeCache(), heapLimit: cli.heapLimit,
    fs: new NodeFileSystem(nodeFs), // open() and os reach the real file system, as python3's
  });
  let statsText = '';
  const beforeEnd = cli.stats ? () => { statsText = formatStats(vm.heapStats(), vm.gcStats(), vm.census()); } : undefined;
  let interrupts = 0;
  const onSigint = (): void => {
    // The first ^C raises KeyboardInterrupt in the program; a second one (a program stuck where
    // no budget check happens, e.g. reading stdin) ends the process as python3's default would.
    if (++interrupts > 1) process.exit(130);
    vm.interrupt();
  };
  process.on('SIGINT', onSigint);
  try {
    const { exitCode } = await vm.runAsync(source, filename, { argv, beforeEnd });
    return exitCode & 0xff;
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    stderrSink(e.traceback);
    return e.type === 'KeyboardInterrupt' ? 130 : 1;
  } finally {
    process.off('SIGINT', onSigint);
    if (statsText !== '') stderrSink(statsText);
  }
}

function usageError(message: string): number {
  stderrSink(`${message}\n${USAGE}Try \`pyrite -h' for more information.\n`);
  return EX_USAGE;
}

async function main(allArgs: string[]): Promise<number> {
  const cli: CliOptions = { stats: false };
  let argv = allArgs;
  while (argv.length > 0) {
    if (argv[0] === '--stats') {
      cli.stats = true;
      argv = argv.slice(1);
    } else if (argv[0] === '--heap-limit' || argv[0].startsWith('--heap-limit=')) {
      const value = argv[0].includes('=') ? argv[0].slice(argv[0].indexOf('=') + 1) : argv[1];
      const n = value === undefined ? undefined : parseSize(value);
      if (n === undefined) return usageError(`pyrite: --heap-limit wants a size such as 64M, not ${value ?? 'nothing'}`);
      cli.heapLimit = n;
      argv = argv.slice(argv[0].includes('=') ? 1 : 2);
    } else break;
  }
  const first = argv[0];
  if (first === undefined) return usageError('pyrite: no program given (there is no interactive mode)');
  if (first === '--version' || first === '-V') {
    stdoutSink(`pyrite ${packageVersion()} (Python 3.11)\n`);
    return 0;
  }
  if (first === '-h' || first === '--help') {
    stdoutSink(USAGE);
    return 0;
  }
  if (first === '-c') {
    const code = argv[1];
    if (code === undefined) return usageError('Argument expected for the -c option');
    return runProgram(code, '<string>', ['-c', ...argv.slice(2)], cli);
  }
  if (first === '-') return runProgram(readAllStdin(), '<stdin>', ['-', ...argv.slice(1)], cli);
  if (first === 'dis') {
    const file = argv[1];
    if (file === undefined) return usageError('pyrite dis: a file is expected');
    const src = readSource(file);
    if (typeof src === 'number') return src;
    try {
      stdoutSink(disassembleSource(src.source, src.filename));
    } catch (e) {
      if (!(e instanceof PythonError)) throw e;
      stderrSink(e.traceback);
      return 1;
    }
    return 0;
  }
  if (first.startsWith('-') && first.length > 1) return usageError(`Unknown option: ${first}`);
  const src = readSource(first);
  if (typeof src === 'number') return src;
  return runProgram(src.source, src.filename, argv, cli);
}

// A reader that goes away (`pyrite x.py | head`) makes stdout fail with EPIPE, asynchronously.
// python3 ends with a BrokenPipeError and status 1; pyrite cannot raise it inside the program at
// the failing print, so it reports it and stops at once (there is nobody to write to any more).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') {
    process.stderr.write('BrokenPipeError: [Errno 32] Broken pipe\n');
    process.exit(1);
  }
  process.stderr.write(`pyrite: internal error: stdout: ${e.message}\n`);
  process.exit(EX_SOFTWARE);
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    // The JS stack only on request (PYRITE_DEBUG=1): it is for pyrite's developers, not its users.
    const debug = process.env.PYRITE_DEBUG !== undefined && process.env.PYRITE_DEBUG !== '';
    const detail = e instanceof Error ? (debug ? (e.stack ?? e.message) : e.message) : String(e);
    process.stderr.write(`pyrite: internal error: ${detail}\n`);
    process.exitCode = EX_SOFTWARE;
  },
);

// ---- --stats ----

function kib(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

/** The table --stats prints to stderr after the program: the heap, the collector, and the
 *  program's live objects by type at its end (before pyrite frees them). */
function formatStats(heap: HeapStats, gc: GcStats, census: CensusEntry[]): string {
  const lines: string[] = ['', '== pyrite --stats (at the end of the program, before its objects are freed) =='];
  const small = heap.bytesInUse - heap.largeBytes;
  lines.push(`heap     ${kib(heap.bytesInUse)} in use (peak ${kib(heap.peakBytes)}), ${heap.blocksInUse} blocks`);
  lines.push(`         ${heap.arenas} arenas (${heap.freeArenas} free), ${heap.pools} pools, small blocks ${kib(small)}; ${heap.largeBlocks} large blocks ${kib(heap.largeBytes)}`);
  const classes = heap.classes.map((n, i) => [n, (i + 1) * 16]).filter(([n]) => n > 0).map(([n, size]) => `${size}:${n}`);
  lines.push(`         blocks per size class (bytes:count) ${classes.join(' ')}`);
  lines.push(`gc       ${gc.enabled ? 'enabled' : 'disabled'}, thresholds ${gc.thresholds.join('/')}, counts ${gc.counts.join('/')}`);
  lines.push(`         collections ${gc.generations.map((g) => g.collections).join('/')}, collected ${gc.generations.map((g) => g.collected).join('/')}, uncollectable ${gc.generations.map((g) => g.uncollectable).join('/')}`);
  const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));
  lines.push(`         pauses (ms) total ${gc.generations.map((g) => ms(g.pauseTotalMs)).join('/')}, longest ${gc.generations.map((g) => ms(g.pauseMaxMs)).join('/')}`);
  const total = census.reduce((a, e) => a + e.objects, 0);
  const bytes = census.reduce((a, e) => a + e.bytes, 0);
  lines.push(`objects  ${total} live objects of the program, ${kib(bytes)}`);
  const width = Math.max(4, ...census.slice(0, 25).map((e) => e.type.length));
  lines.push(`         ${'type'.padEnd(width)} ${'objects'.padStart(9)} ${'bytes'.padStart(11)}`);
  for (const e of census.slice(0, 25)) {
    lines.push(`         ${e.type.padEnd(width)} ${String(e.objects).padStart(9)} ${String(e.bytes).padStart(11)}`);
  }
  if (census.length > 25) lines.push(`         ... and ${census.length - 25} more types`);
  return `${lines.join('\n')}\n`;
}
