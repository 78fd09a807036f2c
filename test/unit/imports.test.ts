// The host side of `import` through the public API: the `files` and `readFile` sources, extra
// sys.path entries, sys.argv, and the CLI's on-disk cache of compiled modules (src/pycache.ts).
// What import does inside Python is tested by the programs under test/programs/imports/.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVM, PythonError } from '../../src/api.js';
import { diskCodeCache } from '../../src/pycache.js';

async function run(source: string, options: Parameters<typeof createVM>[0] = {}, argv?: string[]): Promise<string> {
  let out = '';
  const vm = await createVM({ ...options, stdout: (s) => { out += s; }, stderr: () => {} });
  vm.run(source, 'main.py', argv ? { argv } : {});
  return out;
}

describe('import through the API', () => {
  it('reads modules and packages from the files map', async () => {
    const files = { 'util.py': 'def twice(x):\n    return 2 * x\n', 'pkg/__init__.py': 'from .inner import V\n', 'pkg/inner.py': 'V = 7\n' };
    expect(await run('import util, pkg\nprint(util.twice(21), pkg.V)\n', { files })).toBe('42 7\n');
  });

  it('searches the extra path entries after the program directory', async () => {
    const files = { 'lib/extra.py': 'X = "from lib"\n', 'extra.py': 'X = "local"\n' };
    expect(await run('import extra\nprint(extra.X)\n', { files, path: ['lib'] })).toBe('local\n');
    expect(await run('import sys\nprint(sys.path)\n', { files, path: ['lib'] })).toBe("['', 'lib']\n");
    const only = { 'lib/extra.py': 'X = "from lib"\n' };
    expect(await run('import extra\nprint(extra.X)\n', { files: only, path: ['lib'] })).toBe('from lib\n');
  });

  it('asks readFile for package before module, and treats a throwing reader as absent', async () => {
    const asked: string[] = [];
    const readFile = (p: string) => {
      asked.push(p);
      if (p === 'boom/__init__.py') throw new Error('unreadable');
      return p === 'boom.py' ? 'B = 1\n' : null;
    };
    expect(await run('import boom\nprint(boom.B)\n', { readFile })).toBe('1\n');
    expect(asked).toEqual(['boom/__init__.py', 'boom.py']);
  });

  it('raises ModuleNotFoundError without a source', async () => {
    const vm = await createVM({ stdout: () => {}, stderr: () => {} });
    expect(() => vm.run('import nowhere\n')).toThrow(PythonError);
  });

  it('sets sys.argv', async () => {
    expect(await run('import sys\nprint(sys.argv)\n', {}, ['main.py', '-v', 'x'])).toBe("['main.py', '-v', 'x']\n");
    expect(await run('import sys\nprint(sys.argv)\n')).toBe("['main.py']\n");
  });
});

describe('the on-disk code cache', () => {
  it('writes __pycache__ and serves the code back only for the same source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyrite-pyc-'));
    try {
      const file = join(dir, 'mod.py');
      const source = 'def f():\n    return 1 / 0\n';
      writeFileSync(file, source);
      const cache = diskCodeCache();
      const vm = await createVM({ stdout: () => {}, stderr: () => {}, codeCache: cache, path: [dir], readFile: (p) => (p === file ? source : null) });
      let traceback = '';
      try {
        vm.run('import mod\nmod.f()\n', 'main.py');
      } catch (e) {
        traceback = (e as PythonError).traceback;
      }
      expect(traceback).toContain('return 1 / 0');
      expect(readdirSync(join(dir, '__pycache__')).some((f) => /^mod\.pyrite-[0-9a-f]+\.pyc$/.test(f))).toBe(true);
      const code = cache.get(file, source);
      expect(code?.name).toBe('<module>');
      expect(code?.filename).toBe(file);
      expect(cache.get(file, source + '\n# changed\n')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
