// The host's registry of code objects: hostId -> (CodeObject, source lines). The core knows a code
// object only by the `hostId` marshalled into it (architecture.md §3); when it reports an uncaught
// exception it names frames by (hostId, word index), and this registry turns those back into a
// filename, a function name, a source line and the PEP 657 position of the failing instruction.
//
// Invariant: an id stays registered while the core may still report it, i.e. from marshalling
// until the run that loaded the code has ended (vmEndRun); api.ts releases a module's ids then.
// Ids are never reused within one registry, so a stale id can only miss, never point at the wrong
// code.

import type { CodeObject, Position } from './bytecode/code.js';
import { allCodeObjects } from './bytecode/code.js';

/** What a traceback needs to know about one code object. */
export interface CodeInfo {
  filename: string;
  /** co_name */
  name: string;
  /** Code of the bundled library: tracebacks leave its frames out (src/modules.ts). */
  hidden?: boolean;
  /** One position per instruction word (absent: no carets). */
  positions?: readonly Position[];
  /** The 1-based line `lineno` of the file without its line break, or undefined when CPython could
   *  not show it (pseudo-files such as `<string>`, or a line past the end). */
  sourceLine(lineno: number): string | undefined;
}

/** Looks a hostId up; undefined when the id is unknown. */
export type CodeLookup = (hostId: number) => CodeInfo | undefined;

/**
 * The lines of a source file as CPython's linecache sees them: universal newlines (`\n`, `\r\n`,
 * `\r`) and nothing else end a line. Pseudo-filenames `<...>` have no lines: CPython cannot open
 * them, so its tracebacks print no source for them.
 */
export class SourceLines {
  private readonly lines: string[] | null;
  /** `source` null: the file cannot be read (code compiled from a string under a name that is
   *  no file: CPython's linecache finds nothing either). */
  constructor(readonly filename: string, source: string | null) {
    this.lines = source === null || SourceLines.isPseudoFile(filename) ? null : source.split(/\r\n|\r|\n/);
  }
  static isPseudoFile(filename: string): boolean {
    return filename.startsWith('<') && filename.endsWith('>');
  }
  line(lineno: number): string | undefined {
    if (this.lines === null || lineno < 1 || lineno > this.lines.length) return undefined;
    const s = this.lines[lineno - 1];
    // A last "line" that is empty is the split's artifact of a final newline, not a line.
    if (lineno === this.lines.length && s === '') return undefined;
    return s;
  }
}

interface Entry {
  code: CodeObject;
  source: SourceLines;
  hidden: boolean;
}

/** The ids given to one compiled module's code objects; pass `hostIdOf` to marshalCode(). */
export interface ModuleIds {
  ids: number[];
  hostIdOf(code: CodeObject): number;
}

export class CodeRegistry {
  private readonly entries = new Map<number, Entry>();
  // 0 is left unused so that a zeroed word never names a registered code object.
  private nextId = 1;

  /** Registers `code` and every code object nested in it, sharing one SourceLines. `hidden`:
   *  the bundled library's code, whose frames tracebacks do not show. */
  registerModule(code: CodeObject, source: string | null, filename: string = code.filename, hidden = false): ModuleIds {
    const lines = new SourceLines(filename, source);
    const byCode = new Map<CodeObject, number>();
    const ids: number[] = [];
    for (const c of allCodeObjects(code)) {
      if (byCode.has(c)) continue;
      const id = this.nextId;
      // u32 in the marshal format; 4 billion compilations in one VM will not happen, but wrap safely.
      this.nextId = this.nextId >= 0xffffffff ? 1 : this.nextId + 1;
      this.entries.set(id, { code: c, source: lines, hidden });
      byCode.set(c, id);
      ids.push(id);
    }
    return {
      ids,
      hostIdOf(c: CodeObject): number {
        const id = byCode.get(c);
        if (id === undefined) throw new Error(`code object ${c.qualname} was not registered`);
        return id;
      },
    };
  }

  /** Line `lineno` of the file named `filename` among the registered code (the newest
   *  registration of that name), as CPython's linecache.getline reads it; undefined when no
   *  registered code came from that file or it has no such line. */
  sourceLine(filename: string, lineno: number): string | undefined {
    let found: SourceLines | undefined;
    for (const e of this.entries.values()) if (e.source.filename === filename) found = e.source;
    return found?.line(lineno);
  }

  release(ids: readonly number[]): void {
    for (const id of ids) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  lookup: CodeLookup = (hostId: number): CodeInfo | undefined => {
    const e = this.entries.get(hostId);
    if (e === undefined) return undefined;
    return {
      filename: e.code.filename,
      name: e.code.name,
      hidden: e.hidden,
      positions: e.code.positions,
      sourceLine: (lineno: number) => e.source.line(lineno),
    };
  };
}
