// The host's half of `import` (the core's half is assembly/vm/import.ts): finding a module's
// source in a directory, compiling it (with a cache, so that importing the same source again
// does not recompile), registering its code objects for tracebacks, and answering the core
// with one blob:
//
//   +0 u8 kind (0 module, 1 package, 2 syntax error) | +1 u32 n | +5 filename (n bytes, UTF-8)
//   kind 0/1: the marshalled code object to the end of the blob
//   kind 2:   u8 type (0 SyntaxError, 1 IndentationError, 2 TabError), i32 lineno, offset,
//             end_lineno (-2^31: no end position), end_offset, u32 n + msg, u32 n + text
//             (n = 0xFFFFFFFF: text None)
//
// compile(), exec() and eval() of a string get their blob in the same format (src/dynamic.ts).
//
// The bundled library (lib/**/*.py: pure-Python modules and packages such as weakref or
// collections, generated into src/lib.gen.ts by scripts/build.mjs) answers any full name, a
// package's submodules included, before sys.path is searched, as CPython's FrozenImporter sits
// before the PathFinder on sys.meta_path. Its code is registered as hidden: tracebacks leave its
// frames out, as they show no frame for CPython's modules written in C (itertools, heapq, ...).
//
// Search order within a directory is importlib's FileFinder's: the package `name/__init__.py`
// before the module `name.py`. Directories come from the core (sys.path, or a package's
// __path__), so a program that edits sys.path is obeyed.

import { parse, INT_MAX_STR_DIGITS_DEFAULT } from './parser.js';
import { compileModule } from './compiler.js';
import { marshalCode, type CodeObject } from './bytecode/code.js';
import { PySyntaxError, programTextError } from './messages.js';
import type { CodeRegistry } from './codereg.js';
import { BUNDLED } from './lib.gen.js';

export type ReadFile = (path: string) => string | Uint8Array | null;

/** A persistent store of compiled modules (the CLI's __pycache__), keyed by the module's file and
 *  a hash of its source; a miss or a failing store only costs a compilation. */
export interface CodeCache {
  get(filename: string, source: string): CodeObject | undefined;
  set(filename: string, source: string, code: CodeObject): void;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

/** Compiled modules kept across runs: compiling is most of an import's cost. */
const CACHE_MAX = 256;

/** The source reader the VM options describe: `readFile`, else the `files` map, else nothing. */
export function sourceReader(options: { readFile?: ReadFile; files?: Record<string, string | Uint8Array> }): ReadFile {
  if (options.readFile) return options.readFile;
  const files = options.files;
  if (!files) return () => null;
  return (path: string) => {
    const p = path.startsWith('./') ? path.slice(2) : path.startsWith('/') ? path.slice(1) : path;
    return Object.prototype.hasOwnProperty.call(files, p) ? files[p] : null;
  };
}

/** The text of the file at `path` (UTF-8, a BOM dropped), or null when it cannot be read. */
export function readSourceText(read: ReadFile, path: string): string | null {
  let r: string | Uint8Array | null;
  try {
    r = read(path);
  } catch {
    return null; // unreadable is absent, as a FileFinder that cannot list a directory
  }
  if (r === null || r === undefined) return null;
  if (typeof r === 'string') return r;
  let text = utf8Decoder.decode(r);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export class ModuleFinder {
  /** filename + '\0' + source -> compiled code (insertion order = age, for eviction). */
  private readonly cache = new Map<string, CodeObject>();
  /** Registry ids of the modules imported by the current run, released when it ends. */
  private runIds: number[] = [];

  constructor(
    private readonly registry: CodeRegistry,
    private readonly read: ReadFile,
    private readonly disk?: CodeCache,
    /** The running program's sys.get_int_max_str_digits(): a module compiled during a run
     *  obeys it, as CPython compiles an import under the interpreter's current limit. */
    private readonly maxStrDigits: () => number = () => INT_MAX_STR_DIGITS_DEFAULT,
  ) {}

  startRun(): void {
    this.runIds = [];
  }

  endRun(): void {
    this.registry.release(this.runIds);
    this.runIds = [];
  }

  /** Module `name` (a full dotted name) of the library bundled with pyrite (the .py files under lib/,
   *  compiled into lib.gen.ts by the build), or null. Consulted after the core's builtin modules
   *  and before sys.path, as CPython's frozen stdlib modules are. */
  findBundled(name: string): Uint8Array | null {
    if (!Object.prototype.hasOwnProperty.call(BUNDLED, name)) return null;
    const m = BUNDLED[name];
    return this.blob(`<frozen ${name}>`, m.source, m.package, true);
  }

  find(name: string, dirs: string[]): Uint8Array | null {
    for (const dir of dirs) {
      const pkgFile = joinPath(joinPath(dir, name), '__init__.py');
      let source = this.readText(pkgFile);
      if (source !== null) return this.blob(pkgFile, source, true);
      const modFile = joinPath(dir, `${name}.py`);
      source = this.readText(modFile);
      if (source !== null) return this.blob(modFile, source, false);
    }
    return null;
  }

  private readText(path: string): string | null {
    return readSourceText(this.read, path);
  }

  private blob(filename: string, source: string, isPackage: boolean, hidden = false): Uint8Array {
    const fn = utf8Encoder.encode(filename);
    let code: CodeObject;
    try {
      code = this.compile(filename, source);
    } catch (e) {
      if (e instanceof PySyntaxError) return syntaxErrorBlob(fn, programTextError(e));
      throw e;
    }
    const ids = this.registry.registerModule(code, source, filename, hidden);
    this.runIds.push(...ids.ids);
    return codeBlob(isPackage ? 1 : 0, fn, marshalCode(code, ids.hostIdOf));
  }

  private compile(filename: string, source: string): CodeObject {
    const limit = this.maxStrDigits();
    // the limit decides whether a huge literal compiles, so it is part of what was compiled
    const key = limit === INT_MAX_STR_DIGITS_DEFAULT ? `${filename}\0${source}` : `${filename}\0${limit}\0${source}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    let code = this.disk?.get(filename, source);
    if (code === undefined) {
      code = compileModule(parse(source, filename, { maxStrDigits: limit }), filename, source);
      this.disk?.set(filename, source, code);
    }
    this.cache.set(key, code);
    if (this.cache.size > CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
    return code;
  }
}

/** A kind-0 (module) or kind-1 (package) blob: the filename, then the marshalled code. */
export function codeBlob(kind: number, fn: Uint8Array, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + fn.length + body.length);
  out[0] = kind;
  new DataView(out.buffer).setUint32(1, fn.length, true);
  out.set(fn, 5);
  out.set(body, 5 + fn.length);
  return out;
}

/** A kind-2 blob for `e`. `textOverride`: the text to report instead of e.text's line (null:
 *  None, encoded as length 0xFFFFFFFF). */
export function syntaxErrorBlob(fn: Uint8Array, e: PySyntaxError, textOverride?: string | null): Uint8Array {
  const msg = utf8Encoder.encode(e.msg);
  // CPython's SyntaxError.text is the source line with its line break
  const textValue = textOverride !== undefined ? textOverride : e.text ? `${e.text}\n` : '';
  const text = utf8Encoder.encode(textValue ?? '');
  const out = new Uint8Array(5 + fn.length + 17 + 4 + msg.length + 4 + text.length);
  const v = new DataView(out.buffer);
  out[0] = 2;
  v.setUint32(1, fn.length, true);
  out.set(fn, 5);
  let p = 5 + fn.length;
  out[p] = e.kind === 'SyntaxError' ? 0 : e.kind === 'IndentationError' ? 1 : 2;
  v.setInt32(p + 1, e.lineno, true);
  v.setInt32(p + 5, e.offset, true);
  v.setInt32(p + 9, e.endLineno, true);
  v.setInt32(p + 13, e.endOffset, true);
  p += 17;
  v.setUint32(p, msg.length, true);
  out.set(msg, p + 4);
  p += 4 + msg.length;
  v.setUint32(p, textValue === null ? 0xffffffff : text.length, true);
  out.set(text, p + 4);
  return out;
}
