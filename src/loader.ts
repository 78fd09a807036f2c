// The one place that touches the WebAssembly API: finds and compiles build/pyrite.wasm, builds the
// import object the core expects (architecture.md §4), and types the core's exports. Plain
// WebAssembly (no @assemblyscript/loader: deprecated, and it assumes AS's managed object layout,
// which the core does not use).
//
// Invariants:
//   - memory views are never cached across a call into the core: `bytes()` re-creates the view
//     whenever `memory.buffer` changed (memory.grow detaches the old buffer);
//   - a function the module imports but the host does not provide is an error at instantiation,
//     naming it, never a silent `undefined`;
//   - node:fs is loaded only by a dynamic import, only on Node and only when the caller gave no
//     bytes, so the module also loads in browsers and bundlers.

import { ERRNO, errnoOf, type FileSystem } from './hostfs.js';

/** The core's exports (assembly/index.ts). All values are i32 (pointers, statuses) or f64. */
export interface CoreExports {
  memory: WebAssembly.Memory;
  vmInit(): void;
  vmAlloc(n: number): number;
  vmFree(p: number): void;
  vmLoadCode(ptr: number, len: number): number;
  /** Before vmRunMain: kind 0 appends to sys.argv, 1 to sys.path, 2 sets __main__.__file__. */
  vmRunConfig?(kind: number, ptr: number, len: number): number;
  vmRunMain(code: number): number;
  vmResume(): number;
  vmSetBudget(n: number): void;
  vmInterrupt(): void;
  vmExcReport(): number;
  vmClearExc(): void;
  vmRelease(p: number): void;
  vmEndRun(): void;
  /** After status 2: SystemExit's code; -1000 not a SystemExit; -1001 a code that is neither None
   *  nor an int (the host prints str(exc) and uses 1). Optional: not in architecture.md §4 yet. */
  vmSystemExitCode?(): number;
  /** sys.get_int_max_str_digits() of the current run (0 = no limit): the digit limit of decimal
   *  int literals in modules compiled during the run. */
  vmIntMaxStrDigits?(): number;
  /** vm/census.ts: a block (free with vmFree), 0 when out of memory. */
  vmCensus?(): number;
  heapStatBlocks(cls: number): number;
  heapStatClassCount(): number;
  heapStatBytesInUse(): number;
  heapStatPeak(): number;
  heapStatPools(): number;
  heapStatArenas(): number;
  heapStatFreeArenas(): number;
  heapStatLargeBlocks(): number;
  heapStatLargeBytes(): number;
  heapSetLimit(bytes: number): void;
  heapFailNext(n: number): void;
  heapCheck(): number;
  // The cycle collector (assembly/gc/); gen is 0..2.
  /** Collects generations 0..gen; the number of unreachable objects found (gc.collect()). */
  vmGcCollect(gen: number): number;
  vmGcCollections(gen: number): number;
  vmGcCollected(gen: number): number;
  vmGcUncollectable(gen: number): number;
  vmGcPauseTotal(gen: number): number;
  vmGcPauseMax(gen: number): number;
  vmGcCount(gen: number): number;
  vmGcThreshold(gen: number): number;
  /** -1 leaves a threshold unchanged; threshold 0 of 0 turns automatic collection off. */
  vmGcSetThreshold(t0: number, t1: number, t2: number): void;
  vmGcSetEnabled(on: number): void;
  vmGcIsEnabled(): number;
  /** 0 when the collector's lists are sound (gc/check.ts), else a code 5x. */
  vmGcCheck(): number;
}

const utf8 = new TextDecoder('utf-8');

/** Exports the host cannot work without; the rest are checked when used. */
const REQUIRED_EXPORTS = [
  'memory', 'vmInit', 'vmAlloc', 'vmFree', 'vmLoadCode', 'vmRunMain', 'vmResume', 'vmExcReport',
  'vmClearExc', 'vmRelease', 'vmEndRun',
] as const;

/** vmRunMain / vmResume results. */
export const enum RunStatus {
  Done = 0,
  BudgetUsed = 1,
  Exception = 2,
}

/** What the core's imports call back into. */
export interface HostHooks {
  /** UTF-8 bytes for fd 1 or 2; the view is valid only during the call. */
  write(fd: number, bytes: Uint8Array): void;
  flush(fd: number): void;
  /** Up to `cap` bytes of the next stdin line, or null at end of input. */
  readline(cap: number): Uint8Array | null;
  /** Looks for module `name` (one dotted component) in the directories `dirs`: the import blob
   *  of vm/import.ts (a module's code, a package's, or a SyntaxError), or null when absent. */
  importFind(name: string, dirs: string[]): Uint8Array | null;
  /** The import blob of top-level module `name` of the bundled library (lib/*.py), or null. */
  importBundled(name: string): Uint8Array | null;
  /** compile()/exec()/eval() of source text: the request block of src/dynamic.ts in, the
   *  import blob (code or SyntaxError) out. The view is valid only during the call. */
  compile?(request: Uint8Array): Uint8Array;
  /** Writes the traceback in the core's frames block at `ptr` (traceback.ts decodeFrames) to
   *  stderr, as CPython's PyTraceBack_Print: an exception the core reports itself (__del__). */
  traceback?(memory: Uint8Array, ptr: number): void;
  /** Line `lineno` (1-based, without its line break) of a file the host knows by `filename`, as
   *  CPython's linecache.getline finds it, or undefined. */
  sourceLine?(filename: string, lineno: number): string | undefined;
  /** What open() and the os module reach (src/hostfs.ts); without it every file operation fails
   *  with ENOENT (an empty file system). */
  fs?: FileSystem;
}

/** Thrown (through the core's stack) by `env.abort`: an assertion in the core failed. */
export class CoreAbort extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreAbort';
  }
}

/**
 * Thrown through the core's stack when a host callback (the user's stdout/stderr/stdin) threw:
 * the core cannot unwind cleanly, so the instance is discarded and `cause` rethrown by the API.
 */
export class HostCallbackError extends Error {
  constructor(readonly original: unknown) {
    super('host callback failed');
    this.name = 'HostCallbackError';
  }
}

export type WasmSource = BufferSource | WebAssembly.Module | URL | string;

/** A live instance with its memory accessors. */
export class Core {
  readonly exports: CoreExports;
  private buffer: ArrayBuffer | null = null;
  private u8: Uint8Array = new Uint8Array(0);

  constructor(readonly module: WebAssembly.Module, hooks: HostHooks) {
    // `self` lets the import closures reach memory before the constructor returns.
    const self = this;
    let pendingBlob: Uint8Array | null = null;
    let fsBlob: Uint8Array | null = null;
    const text = (ptr: number, len: number): string => utf8.decode(self.bytes().subarray(ptr >>> 0, (ptr >>> 0) + (len >>> 0)));
    /** Runs a file system call: its result, or -errno when it failed with a POSIX error code
     *  (any other exception is a host bug, which ends the run). */
    const fsCall = (fn: (fs: FileSystem) => number): number => guard(() => {
      const fs = hooks.fs;
      if (fs === undefined) return -ERRNO.ENOENT;
      try {
        return fn(fs);
      } catch (e) {
        const errno = errnoOf(e);
        if (errno === undefined) throw e;
        return -errno;
      }
    });
    const provided: Record<string, Record<string, unknown>> = {
      host: {
        write(fd: number, ptr: number, len: number): void {
          guard(() => hooks.write(fd, self.bytes().subarray(ptr >>> 0, (ptr >>> 0) + (len >>> 0))));
        },
        flush(fd: number): void {
          guard(() => hooks.flush(fd));
        },
        readline(ptr: number, cap: number): number {
          return guard(() => {
            const line = hooks.readline(cap);
            if (line === null) return -1;
            self.bytes().set(line, ptr >>> 0);
            return line.length;
          });
        },
        // vm/import.ts: find answers the blob's length (-1: not found), fetch copies it in.
        import_find(ptr: number, len: number): number {
          return guard(() => {
            const parts = utf8.decode(self.bytes().subarray(ptr >>> 0, (ptr >>> 0) + (len >>> 0))).split('\0');
            // "\0name": the bundled library (a full dotted name); else "name\0dir\0dir..."
            pendingBlob = parts[0] === '' && parts.length === 2
              ? hooks.importBundled(parts[1])
              : hooks.importFind(parts[0], parts.slice(1));
            return pendingBlob === null ? -1 : pendingBlob.length;
          });
        },
        // vm/compile.ts: compile the source in the request block; the answer is fetched as an
        // import's blob is, with import_fetch.
        compile(ptr: number, len: number): number {
          return guard(() => {
            const request = self.bytes().subarray(ptr >>> 0, (ptr >>> 0) + (len >>> 0));
            if (hooks.compile === undefined) throw new Error('pyrite: this host cannot compile source at run time');
            pendingBlob = hooks.compile(request);
            return pendingBlob.length;
          });
        },
        import_fetch(buf: number): void {
          if (pendingBlob !== null) self.bytes().set(pendingBlob, buf >>> 0);
          pendingBlob = null;
        },
        traceback(ptr: number): void {
          guard(() => hooks.traceback?.(self.bytes(), ptr >>> 0));
        },
        // modules/linecache.ts: text the host keeps for the core. It answers the UTF-8 byte length (-1: unknown) and writes the bytes only when they fit in
        // `cap`; the core asks again with a buffer that big.
        source_line(name: number, nameLen: number, lineno: number, buf: number, cap: number): number {
          return guard(() => {
            const filename = utf8.decode(self.bytes().subarray(name >>> 0, (name >>> 0) + (nameLen >>> 0)));
            return putText(self, hooks.sourceLine?.(filename, lineno), buf, cap);
          });
        },
        // The file system (assembly/vm/hostfs.ts): negative results are -errno.
        fs_open(ptr: number, len: number, flags: number): number {
          return fsCall((fs) => fs.open(text(ptr, len), {
            read: (flags & 1) !== 0, write: (flags & 2) !== 0, create: (flags & 4) !== 0,
            truncate: (flags & 8) !== 0, exclusive: (flags & 16) !== 0, append: (flags & 32) !== 0,
          }));
        },
        fs_read(h: number, ptr: number, n: number): number {
          return fsCall((fs) => {
            // a scratch buffer, not a view of memory: a host may hold on to what it is given
            const tmp = new Uint8Array(n >>> 0);
            const got = fs.read(h, tmp);
            self.bytes().set(tmp.subarray(0, got), ptr >>> 0);
            return got;
          });
        },
        fs_write(h: number, ptr: number, n: number): number {
          return fsCall((fs) => fs.write(h, self.bytes().slice(ptr >>> 0, (ptr >>> 0) + (n >>> 0))));
        },
        fs_seek(h: number, offset: number, whence: number): number {
          return fsCall((fs) => fs.seek(h, offset, whence));
        },
        fs_truncate(h: number, size: number): number {
          return fsCall((fs) => { fs.truncate(h, size); return 0; });
        },
        fs_close(h: number): number {
          return fsCall((fs) => { fs.close(h); return 0; });
        },
        // stat: writes u32 kind (1 file, 2 directory), u32 0, f64 size, f64 mtime at out
        fs_stat(ptr: number, len: number, h: number, out: number): number {
          return fsCall((fs) => {
            const st = len >= 0 ? fs.stat(text(ptr, len)) : fs.fstat(h);
            const view = new DataView(self.bytes().buffer);
            view.setUint32(out >>> 0, st.isDirectory ? 2 : 1, true);
            view.setUint32((out >>> 0) + 4, 0, true);
            view.setFloat64((out >>> 0) + 8, st.size, true);
            view.setFloat64((out >>> 0) + 16, st.mtime, true);
            return 0;
          });
        },
        // op 0 remove, 1 mkdir, 2 rmdir, 3 rename (path -> path2)
        fs_op(op: number, p1: number, l1: number, p2: number, l2: number): number {
          return fsCall((fs) => {
            const a = text(p1, l1);
            if (op === 0) fs.remove(a);
            else if (op === 1) fs.mkdir(a);
            else if (op === 2) fs.rmdir(a);
            else if (op === 3) fs.rename(a, text(p2, l2));
            else return -ERRNO.ENOSYS;
            return 0;
          });
        },
        // a blob for fs_fetch: op 0 listdir (names joined by NUL), 1 getcwd; its length
        fs_query(op: number, ptr: number, len: number): number {
          return fsCall((fs) => {
            const r = op === 0 ? fs.listdir(text(ptr, len)).join('\0') : fs.getcwd();
            fsBlob = new TextEncoder().encode(r);
            return fsBlob.length;
          });
        },
        fs_fetch(buf: number): void {
          if (fsBlob !== null) self.bytes().set(fsBlob, buf >>> 0);
          fsBlob = null;
        },
        float_repr(x: number, buf: number): number {
          const s = Math.abs(x).toExponential();
          const mem = self.bytes();
          const p = buf >>> 0;
          for (let i = 0; i < s.length; i++) mem[p + i] = s.charCodeAt(i);
          return s.length;
        },
        // Not in architecture.md §4 yet: assembly/object/float.ts imports it for float(str).
        // The core has validated and cleaned the text to `[-]digits[.digits][e[-]digits]`.
        float_parse(buf: number, len: number): number {
          const mem = self.bytes();
          const p = buf >>> 0;
          let s = '';
          for (let i = 0; i < len; i++) s += String.fromCharCode(mem[p + i]);
          return Number(s);
        },
        now(): number {
          return Date.now();
        },
        // modules/time.ts: a monotonic clock in ms (perf_counter, monotonic), a blocking sleep,
        // and the local time zone at an instant.
        monotonic(): number {
          return performance.now();
        },
        sleep(ms: number): void {
          sleepBlocking(ms);
        },
        tz(ms: number, buf: number): number {
          return localZone(ms, self.bytes(), buf >>> 0);
        },
      },
      env: {
        abort(msg: number, file: number, line: number, col: number): never {
          const where = self.asString(file);
          const text = self.asString(msg) ?? 'assertion failed';
          throw new CoreAbort(`wasm abort: ${text}${where === null ? '' : ` (${where}:${line}:${col})`}`);
        },
        // AssemblyScript's Math.random seed and trace(); harmless if unused.
        seed(): number {
          return Date.now() * Math.random();
        },
        trace(msg: number, n: number, ...args: number[]): void {
          console.error(`trace: ${self.asString(msg) ?? ''}${n > 0 ? ' ' + args.slice(0, n).join(', ') : ''}`);
        },
      },
    };
    const imports: WebAssembly.Imports = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      const value = provided[imp.module]?.[imp.name];
      if (value === undefined) {
        throw new Error(`pyrite.wasm imports ${imp.module}.${imp.name} (${imp.kind}), which the host does not provide`);
      }
      (imports[imp.module] ??= {})[imp.name] = value as WebAssembly.ImportValue;
    }
    const instance = new WebAssembly.Instance(module, imports);
    const ex = instance.exports as Record<string, unknown>;
    for (const name of REQUIRED_EXPORTS) {
      if (ex[name] === undefined) throw new Error(`pyrite.wasm does not export ${name}`);
    }
    this.exports = ex as unknown as CoreExports;
  }

  /** The whole linear memory as bytes; re-created when memory.grow replaced the buffer. */
  bytes(): Uint8Array {
    const buf = this.exports.memory.buffer;
    if (buf !== this.buffer) {
      this.buffer = buf;
      this.u8 = new Uint8Array(buf);
    }
    return this.u8;
  }

  /** Copies `data` into a fresh vmAlloc block; the caller frees it with vmFree. */
  copyIn(data: Uint8Array): number {
    const ptr = this.exports.vmAlloc(Math.max(data.length, 1));
    if (ptr === 0) return 0;
    this.bytes().set(data, ptr >>> 0); // after vmAlloc: it may have grown memory
    return ptr;
  }

  /** An AssemblyScript static string (UTF-16, byte length at ptr - 4), for abort messages. */
  private asString(ptr: number): string | null {
    const mem = this.bytes();
    const p = ptr >>> 0;
    if (p < 4 || p > mem.length) return null;
    const len = new DataView(mem.buffer).getUint32(p - 4, true);
    if (len > 4096 || p + len > mem.length) return null;
    let s = '';
    for (let i = 0; i + 1 < len; i += 2) s += String.fromCharCode(mem[p + i] | (mem[p + i + 1] << 8));
    return s;
  }
}

const utf8Encoder = new TextEncoder();

/** The source_line answer: text's UTF-8 length (-1 for none), the bytes written
 *  at buf only when they fit in cap. */
function putText(core: Core, text: string | undefined, buf: number, cap: number): number {
  if (text === undefined) return -1;
  const bytes = utf8Encoder.encode(text);
  if (bytes.length <= cap) core.bytes().set(bytes, buf >>> 0);
  return bytes.length;
}

/** Blocks the thread for `ms` milliseconds with Atomics.wait on a private SharedArrayBuffer (no
 *  busy loop). Where blocking is not allowed (a browser's main thread) or SharedArrayBuffer is
 *  missing, it returns at once: time.sleep() then does not wait. */
let sleepCell: Int32Array | null | undefined;
function sleepBlocking(ms: number): void {
  if (!(ms > 0)) return;
  if (sleepCell === undefined) {
    sleepCell = typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : null;
  }
  if (sleepCell === null) return;
  try {
    Atomics.wait(sleepCell, 0, 0, ms);
  } catch {
    sleepCell = null; // this thread may not block
  }
}

/** The local time zone at instant `ms` (ms since the epoch): writes at `p` the UTC offset in
 *  seconds (i32, east positive), whether daylight saving time is in effect (i32 0/1), and the
 *  zone's abbreviation (ASCII, at most 32 bytes) at p + 8; returns the abbreviation's length. */
function localZone(ms: number, mem: Uint8Array, p: number): number {
  const d = new Date(ms);
  const off = Number.isFinite(d.getTime()) ? -d.getTimezoneOffset() : 0;
  const year = Number.isFinite(d.getTime()) ? d.getFullYear() : 1970;
  // standard time is the smaller of the January and July offsets
  const jan = -new Date(year, 0, 1).getTimezoneOffset();
  const jul = -new Date(year, 6, 1).getTimezoneOffset();
  const dst = off > Math.min(jan, jul) ? 1 : 0;
  let name = 'UTC';
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(Number.isFinite(d.getTime()) ? d : 0);
    name = parts.find((x) => x.type === 'timeZoneName')?.value ?? name;
  } catch {
    // no Intl: keep 'UTC'
  }
  const view = new DataView(mem.buffer, mem.byteOffset);
  view.setInt32(p, off * 60, true);
  view.setInt32(p + 4, dst, true);
  let n = 0;
  for (; n < name.length && n < 32; n++) mem[p + 8 + n] = name.charCodeAt(n) & 0x7f;
  return n;
}

/** Runs a host callback; a JS exception becomes a HostCallbackError carrying it. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw e instanceof HostCallbackError ? e : new HostCallbackError(e);
  }
}

/**
 * Compiles the core. `source` may be the bytes, an already compiled module, or a URL/path to
 * fetch; by default build/pyrite.wasm of this package (Node only; browsers must pass one).
 */
export async function loadModule(source?: WasmSource): Promise<WebAssembly.Module> {
  if (source instanceof WebAssembly.Module) return source;
  if (source === undefined) return WebAssembly.compile((await readDefaultWasm()) as BufferSource);
  if (typeof source === 'string' && isNode() && !/^[a-z][a-z0-9+.-]*:/i.test(source)) {
    // On Node a plain string is a file path (relative to the current directory).
    const fs = await import('node:fs/promises');
    return WebAssembly.compile((await fs.readFile(source)) as BufferSource);
  }
  if (typeof source === 'string' || source instanceof URL) {
    // Elsewhere a string is a URL, relative to this module.
    const url = typeof source === 'string' ? new URL(source, import.meta.url) : source;
    if (url.protocol === 'file:' && isNode()) {
      const fs = await import('node:fs/promises');
      return WebAssembly.compile((await fs.readFile(url)) as BufferSource);
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot fetch ${url.href}: HTTP ${response.status}`);
    // Streaming compilation overlaps download and compile; it needs the application/wasm type.
    if (typeof WebAssembly.compileStreaming === 'function' && response.headers.get('content-type')?.startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  }
  return WebAssembly.compile(source);
}

function isNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof proc?.versions?.node === 'string';
}

/**
 * build/pyrite.wasm of the package this file belongs to: walk up from this module's URL to the
 * directory holding package.json (dist/src/loader.js and src/loader.ts both work).
 */
async function readDefaultWasm(): Promise<Uint8Array> {
  if (!isNode()) throw new Error('createVM: pass options.wasm (bytes, a WebAssembly.Module or a URL) outside Node');
  const fs = await import('node:fs/promises');
  const exists = (u: URL) => fs.access(u).then(() => true, () => false);
  let dir = new URL('./', import.meta.url);
  for (let depth = 0; depth < 8; depth++) {
    if (await exists(new URL('package.json', dir))) {
      const wasm = new URL('build/pyrite.wasm', dir);
      try {
        return await fs.readFile(wasm);
      } catch {
        throw new Error(`cannot read ${wasm.pathname}: build it with \`node scripts/build.mjs\``);
      }
    }
    const parent = new URL('../', dir);
    if (parent.href === dir.href) break;
    dir = parent;
  }
  throw new Error(`cannot find the pyrite package root (package.json) above ${import.meta.url}`);
}
