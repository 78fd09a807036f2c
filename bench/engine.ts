// The in-process engine contract shared by bench/pyrite.ts and bench/micropython.ts:
// load once, prepare a program once (compile it if the engine can), then run it many
// times. Invariant: run() executes the program in fresh globals and returns exactly
// what it printed to stdout; any failure is thrown, never printed.

export interface Prepared {
  /** Runs the prepared program once; returns its stdout. Throws on any error. */
  run(): string;
  /** Milliseconds spent compiling in prepare(), if the engine compiles separately. */
  compileMs: number | null;
  /** True if run() excludes compilation (compiled once in prepare). */
  compiledOnce: boolean;
}

export interface Engine {
  name: 'pyrite' | 'micropython';
  /** Free-form description recorded in latest.json (version, options). */
  info: string;
  prepare(source: string, filename: string): Prepared;
  /** Compiles without running (host-side compile only), if the engine exposes it. */
  compileOnly?: (source: string, filename: string) => void;
}

/** One line describing an error thrown by an engine (PythonError or JS error). */
export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { type?: unknown; pyMessage?: unknown; message?: unknown };
    if (typeof o.type === 'string' && typeof o.pyMessage === 'string') {
      return o.pyMessage ? `${o.type}: ${o.pyMessage}` : o.type;
    }
    if (typeof o.type === 'string' && typeof o.message === 'string') {
      return `${o.type}: ${o.message.trim().split('\n').pop()}`;
    }
    if (typeof o.message === 'string') return oneLine(o.message);
  }
  return oneLine(String(e));
}

function oneLine(s: string): string {
  const line = s.trim().split('\n')[0] ?? '';
  return line.length > 200 ? line.slice(0, 197) + '...' : line;
}
