// Standard streams between the core and the embedder: per output fd a sink that decodes the core's
// UTF-8 bytes incrementally and hands text to the user's callback in large batches, and the stdin
// line source behind the core's `readline` import.
//
// Invariants:
//   - no text is lost or reordered within a stream: chunks are kept in an array and joined once
//     per flush (never `s += chunk`, so printing N bytes costs O(N));
//   - a multi-byte character split across two `write` calls is decoded whole (TextDecoder with
//     `stream: true`); only `end()` (the end of a run) flushes an incomplete sequence, as U+FFFD;
//   - stdout and stderr are independent, as in CPython; the API flushes stdout before it hands an
//     uncaught exception's text to anyone, so output printed before the error comes first.

/** Flush when this many UTF-16 units are buffered: large enough to batch, small enough to stream. */
export const FLUSH_THRESHOLD = 64 * 1024;

export type TextSink = (text: string) => void;

export class OutputStream {
  private decoder = new TextDecoder('utf-8');
  private chunks: string[] = [];
  private buffered = 0;

  constructor(private readonly sink: TextSink) {}

  /** Bytes from the core; `bytes` may be a view of Wasm memory, valid only during this call. */
  writeBytes(bytes: Uint8Array): void {
    const text = this.decoder.decode(bytes, { stream: true });
    if (text.length > 0) this.push(text);
  }

  /** Text produced by the host itself (tracebacks, SystemExit messages). */
  writeText(text: string): void {
    if (text.length > 0) this.push(text);
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_THRESHOLD) this.flush();
  }

  /** Hands everything complete so far to the sink (a split character stays pending). */
  flush(): void {
    if (this.chunks.length === 0) return;
    const text = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
    this.chunks = [];
    this.buffered = 0;
    this.sink(text);
  }

  /** End of a run: an incomplete UTF-8 sequence becomes U+FFFD, then everything is flushed. */
  end(): void {
    const rest = this.decoder.decode();
    if (rest.length > 0) this.push(rest);
    this.flush();
  }

  /** Drops pending text and decoder state (after the core was torn down mid-write). */
  reset(): void {
    this.decoder = new TextDecoder('utf-8');
    this.chunks = [];
    this.buffered = 0;
  }
}

/**
 * The user's stdin callback returns the next line or lines (a missing final newline is added), or
 * null at end of input. The core reads through `readline(ptr, cap)`; a line longer than `cap` bytes is
 * handed over in pieces, never splitting a UTF-8 character when `cap` allows.
 */
export type LineSource = () => string | null;

const encoder = new TextEncoder();

export class InputStream {
  private pending: Uint8Array = new Uint8Array(0);
  private eof = false;

  constructor(private readonly source: LineSource | undefined) {}

  /** Up to `cap` bytes of the next line, or null at end of input. */
  read(cap: number): Uint8Array | null {
    if (this.pending.length === 0) {
      if (this.eof || this.source === undefined) return null;
      const line = this.source();
      if (line === null || line === undefined) {
        this.eof = true;
        return null;
      }
      this.pending = encoder.encode(line.endsWith('\n') ? line : `${line}\n`);
    }
    // One line per call: stop after the first newline.
    const nl = this.pending.indexOf(0x0a);
    let n = Math.min(cap, nl < 0 ? this.pending.length : nl + 1);
    if (n < this.pending.length) {
      // Back up to a character boundary (a continuation byte is 10xxxxxx).
      let k = n;
      while (k > 0 && (this.pending[k] & 0xc0) === 0x80) k--;
      if (k > 0) n = k;
    }
    const out = this.pending.subarray(0, n);
    this.pending = this.pending.subarray(n);
    return out;
  }

  /** A new run starts with a fresh view of stdin: a previous EOF is not sticky across runs. */
  resetEof(): void {
    this.eof = false;
  }
}

/** The default sink: Node's process streams when present, else the console. */
export function defaultSink(fd: 1 | 2): TextSink {
  const proc = (globalThis as { process?: { stdout?: { write(s: string): unknown }; stderr?: { write(s: string): unknown } } }).process;
  const stream = fd === 1 ? proc?.stdout : proc?.stderr;
  if (stream !== undefined) return (s) => void stream.write(s);
  // console.log adds its own newline: strip one trailing newline from each batch.
  const log = fd === 1 ? console.log : console.error;
  return (s) => log(s.endsWith('\n') ? s.slice(0, -1) : s);
}
