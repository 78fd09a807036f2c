#!/usr/bin/env node
// Builds what is stale, in dependency order:
//   1. tsc (src/, scripts/, bench/ -> dist/), incremental
//   2. gen-opcodes: src/bytecode/opcodes.ts -> assembly/opcodes.gen.ts, src/bytecode/op.gen.ts
//      (rerun tsc if op.gen.ts changed)
//   3. asc: assembly/ -> build/pyrite.wasm (release) when any core file is newer than it
// Plain JS so that it runs on a fresh clone before anything is compiled.
// Flags: --force (rebuild everything), --gen-only (steps 1-2), --debug (also build the debug wasm).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(cmd, argv) {
  execFileSync(cmd, argv, { cwd: root, stdio: 'inherit' });
}

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root]);
const opGen = join(root, 'src', 'bytecode', 'op.gen.ts');
const before = mtime(opGen);
run(process.execPath, [join(root, 'dist', 'scripts', 'gen-opcodes.js')]);
if (mtime(opGen) !== before) run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root]);
if (args.has('--gen-only')) process.exit(0);

const core = Math.max(newest(join(root, 'assembly')), mtime(join(root, 'asconfig.json')));
const targets = args.has('--debug') ? ['release', 'debug'] : ['release'];
for (const target of targets) {
  const out = join(root, 'build', target === 'release' ? 'pyrite.wasm' : 'pyrite.debug.wasm');
  if (force || mtime(out) < core) {
    console.log(`asc: building ${target}`);
    run(bin('asc'), ['assembly/index.ts', '--config', 'asconfig.json', '--target', target]);
  }
}
