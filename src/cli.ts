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

import { readFileSync, readSync } from 'node:fs';
import { createVM, disassembleSource, PythonError } from './api.js';
import { diskCodeCache } from './pycache.js';

const USAGE = 'usage: pyrite [-c cmd | file | - | dis file] [arg] ...\n';
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

async function runProgram(source: string, filename: string, argv: string[]): Promise<number> {
  const wasmPath = process.env.PYRITE_WASM;
  const wasm = wasmPath !== undefined && wasmPath !== '' ? readFileSync(wasmPath) : undefined;
  const vm = await createVM({ stdout: stdoutSink, stderr: stderrSink, stdin: stdinLines(), wasm, readFile: readModuleFile, codeCache: diskCodeCache() });
  let interrupts = 0;
  const onSigint = (): void => {
    // The first ^C raises KeyboardInterrupt in the program; a second one (a program stuck where
    // no budget check happens, e.g. reading stdin) ends the process as python3's default would.
    if (++interrupts > 1) process.exit(130);
    vm.interrupt();
  };
  process.on('SIGINT', onSigint);
  try {
    const { exitCode } = await vm.runAsync(source, filename, { argv });
    return exitCode & 0xff;
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    stderrSink(e.traceback);
    return e.type === 'KeyboardInterrupt' ? 130 : 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

function usageError(message: string): number {
  stderrSink(`${message}\n${USAGE}Try \`pyrite -h' for more information.\n`);
  return EX_USAGE;
}

async function main(argv: string[]): Promise<number> {
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
    return runProgram(code, '<string>', ['-c', ...argv.slice(2)]);
  }
  if (first === '-') return runProgram(readAllStdin(), '<stdin>', ['-', ...argv.slice(1)]);
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
  return runProgram(src.source, src.filename, argv);
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
