// The CLI's on-disk cache of compiled modules, CPython's __pycache__ for pyrite: next to
// `dir/mod.py` lives `dir/__pycache__/mod.pyrite-<tag>.pyc`, holding a SHA-256 of the source
// and the code object in V8's serialization format (Node only; CodeObject is plain data).
// <tag> names the compiler that wrote it (a hash of the compiler's own files), so a file from
// another pyrite build is never loaded. Failing to read or write the cache is never an error:
// the module is compiled instead (a read-only directory simply gets no cache).

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { CodeObject } from './bytecode/code.js';
import type { CodeCache } from './modules.js';

const MAGIC = 'pyrite-pyc-1\n';

/** A short hash of the files that decide what the compiler emits. */
function compilerTag(): string {
  const h = createHash('sha256');
  for (const f of ['./compiler.js', './parser.js', './symtable.js', './tokenizer.js', './bytecode/code.js', './bytecode/op.gen.js']) {
    try {
      h.update(readFileSync(fileURLToPath(new URL(f, import.meta.url))));
    } catch {
      h.update(f);
    }
  }
  return h.digest('hex').slice(0, 12);
}

function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

export function diskCodeCache(): CodeCache {
  let tag: string | undefined;
  const pathOf = (filename: string): string => {
    tag ??= compilerTag();
    return join(dirname(filename), '__pycache__', `${basename(filename, '.py')}.pyrite-${tag}.pyc`);
  };
  return {
    get(filename: string, source: string): CodeObject | undefined {
      if (filename.startsWith('<')) return undefined; // '<frozen os>': not a file, no directory
      try {
        const data = readFileSync(pathOf(filename));
        const header = `${MAGIC}${sourceHash(source)}\n`;
        if (data.subarray(0, header.length).toString('latin1') !== header) return undefined;
        return deserialize(data.subarray(header.length)) as CodeObject;
      } catch {
        return undefined;
      }
    },
    set(filename: string, source: string, code: CodeObject): void {
      if (filename.startsWith('<')) return;
      try {
        const file = pathOf(filename);
        mkdirSync(dirname(file), { recursive: true });
        const body = serialize(code);
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${sourceHash(source)}\n`, 'latin1'), body]));
        renameSync(tmp, file); // atomic: a concurrent reader sees the old file or the new one
      } catch {
        // no cache, no harm
      }
    },
  };
}
