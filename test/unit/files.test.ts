// The file systems behind open() and the os module (src/hostfs.ts) through the public API: the
// API's virtual file system over the `files` map (what a program writes is visible to the
// embedder after the run; the real disk is never touched), an explicit `fs`, and the
// MemoryFileSystem's own POSIX-like errors. What open() does inside Python is tested by the
// programs under test/programs/builtins/open, modules/io and modules/os.
import { describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVM, MemoryFileSystem, NodeFileSystem, PythonError, FsError, type VMOptions } from '../../src/api.js';

async function run(source: string, options: VMOptions = {}): Promise<{ out: string; vm: Awaited<ReturnType<typeof createVM>> }> {
  let out = '';
  const vm = await createVM({ ...options, stdout: (s) => { out += s; }, stderr: () => {} });
  vm.run(source, 'main.py');
  return { out, vm };
}

const text = (b: string | Uint8Array | undefined): string =>
  b === undefined ? '<absent>' : typeof b === 'string' ? b : new TextDecoder().decode(b);

describe('the files map as a file system', () => {
  it('gives the program the embedder\'s files and keeps what it writes', async () => {
    const files: Record<string, string | Uint8Array> = { 'data/in.txt': 'alpha\nbeta\n' };
    const { out } = await run([
      "with open('data/in.txt') as f:",
      '    lines = f.read().splitlines()',
      "with open('data/out.txt', 'w') as f:",
      '    for line in lines:',
      '        print(line.upper(), file=f)',
      "with open('raw.bin', 'wb') as f:",
      "    f.write(bytes([0, 1, 255]))",
      'print(len(lines))',
    ].join('\n'), { files });
    expect(out).toBe('2\n');
    expect(text(files['data/out.txt'])).toBe('ALPHA\nBETA\n');
    expect(files['raw.bin']).toBeInstanceOf(Uint8Array);
    expect([...(files['raw.bin'] as Uint8Array)]).toEqual([0, 1, 255]);
    expect(files['data/in.txt']).toBe('alpha\nbeta\n'); // only read: left as the embedder gave it
  });

  it('shows writes before close (after a flush) and files left open after the run', async () => {
    const files: Record<string, string | Uint8Array> = {};
    const { vm } = await run([
      "f = open('log.txt', 'w')",
      "f.write('flushed\\n')",
      'f.flush()',
      "print(open('log.txt').read(), end='')",
      "f.write('written at exit\\n')",
      'keep = f',
    ].join('\n'), { files });
    expect(text(files['log.txt'])).toBe('flushed\nwritten at exit\n');
    expect(vm.fs).toBeInstanceOf(MemoryFileSystem);
  });

  it('supports append, remove, rename, mkdir and listdir', async () => {
    const files: Record<string, string | Uint8Array> = { 'a.txt': 'one\n', 'pkg/x.py': '', 'pkg/y.py': '' };
    const { out } = await run([
      'import os',
      "with open('a.txt', 'a') as f:",
      "    f.write('two\\n')",
      "os.rename('a.txt', 'b.txt')",
      "os.mkdir('made')",
      "print(sorted(os.listdir('.')), sorted(os.listdir('pkg')), os.path.isdir('made'))",
      "os.remove('pkg/x.py')",
      'try:',
      "    os.rmdir('pkg')",
      'except OSError as e:',
      '    print(type(e).__name__, e)',
      "print(os.getcwd(), os.path.getsize('b.txt'))",
    ].join('\n'), { files });
    expect(out).toBe("['b.txt', 'made', 'pkg'] ['x.py', 'y.py'] True\nOSError [Errno 39] Directory not empty: 'pkg'\n/ 8\n");
    expect(Object.keys(files).sort()).toEqual(['b.txt', 'made/', 'pkg/y.py']);
    expect(text(files['b.txt'])).toBe('one\ntwo\n');
  });

  it('reports missing files, directories and existing files as CPython does', async () => {
    const files = { 'f.txt': 'x', 'd/g.txt': 'y' };
    const { out } = await run([
      "for args in [('nope.txt',), ('d',), ('f.txt/z',), ('f.txt', 'x'), ('no/dir.txt', 'w')]:",
      '    try:',
      '        open(*args)',
      '    except OSError as e:',
      '        print(type(e).__name__, e)',
    ].join('\n'), { files });
    expect(out).toBe([
      "FileNotFoundError [Errno 2] No such file or directory: 'nope.txt'",
      "IsADirectoryError [Errno 21] Is a directory: 'd'",
      "NotADirectoryError [Errno 20] Not a directory: 'f.txt/z'",
      "FileExistsError [Errno 17] File exists: 'f.txt'",
      "FileNotFoundError [Errno 2] No such file or directory: 'no/dir.txt'",
      '',
    ].join('\n'));
  });

  it('never touches the real disk without an explicit fs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyrite-fs-'));
    try {
      const target = join(dir, 'escape.txt');
      const files: Record<string, string | Uint8Array> = {};
      const { out } = await run([
        'try:',
        `    open(${JSON.stringify(target)}, 'w').write('x')`,
        'except FileNotFoundError as e:',
        "    print('FileNotFoundError')",
        "open('/top.txt', 'w').write('y')",
      ].join('\n'), { files });
      expect(out).toBe('FileNotFoundError\n'); // no /tmp/... directory in the map
      expect(existsSync(target)).toBe(false);
      expect(text(files['top.txt'])).toBe('y'); // absolute paths start at the map's root
      // without files either: a private, empty file system
      const { out: out2 } = await run("import os\nprint(os.listdir('.'))\nopen('t', 'w').write('y')\nprint(os.listdir('/'))\n");
      expect(out2).toBe("[]\n['t']\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets modules the program wrote be imported', async () => {
    const files: Record<string, string | Uint8Array> = {};
    const { out } = await run("open('gen.py', 'w').write('VALUE = 42\\n')\nimport gen\nprint(gen.VALUE)\n", { files });
    expect(out).toBe('42\n');
  });
});

describe('an explicit fs option', () => {
  it('uses the real file system through NodeFileSystem, relative to its directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyrite-fs-'));
    try {
      const fs = new NodeFileSystem(nodeFs, dir);
      const { out } = await run("with open('real.txt', 'w') as f:\n    f.write('on disk')\nimport os\nprint(os.listdir('.'))\n", { fs });
      expect(out).toBe("['real.txt']\n");
      expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('on disk');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns a host error without a POSIX code into a failed run, not a Python exception', async () => {
    const fs = new MemoryFileSystem({});
    fs.open = () => { throw new Error('host bug'); };
    const vm = await createVM({ fs, stdout: () => {}, stderr: () => {} });
    expect(() => vm.run("open('x')\n")).toThrow('host bug');
    // a POSIX code is an OSError the program can catch
    fs.open = () => { throw new FsError('EACCES'); };
    let out = '';
    const vm2 = await createVM({ fs, stdout: (s) => { out += s; }, stderr: () => {} });
    vm2.run("try:\n    open('x')\nexcept PermissionError as e:\n    print(e)\n");
    expect(out).toBe("[Errno 13] Permission denied: 'x'\n");
    expect(() => vm2.run("open('x')\n")).toThrow(PythonError);
  });
});

describe('MemoryFileSystem', () => {
  const flags = (o: Partial<Record<'read' | 'write' | 'create' | 'truncate' | 'exclusive' | 'append', boolean>>) =>
    ({ read: false, write: false, create: false, truncate: false, exclusive: false, append: false, ...o });

  it('keeps a position per handle and appends at the end', () => {
    const files: Record<string, string | Uint8Array> = { 'f': 'hello' };
    const fs = new MemoryFileSystem(files);
    const r = fs.open('f', flags({ read: true }));
    const a = fs.open('./f', flags({ write: true, append: true }));
    const buf = new Uint8Array(3);
    expect(fs.read(r, buf)).toBe(3);
    expect(fs.write(a, new TextEncoder().encode(' world'))).toBe(6);
    expect(fs.read(r, new Uint8Array(20))).toBe(8);
    expect(fs.seek(r, -5, 2)).toBe(6);
    expect(fs.fstat(a).size).toBe(11);
    fs.truncate(a, 2);
    expect(text(files['f'])).toBe('he');
    fs.close(r);
    expect(() => fs.read(r, buf)).toThrow(FsError);
    expect(() => fs.seek(a, -1, 0)).toThrow('EINVAL');
  });

  it('resolves . and .. and refuses paths through files', () => {
    const fs = new MemoryFileSystem({ 'a/b.txt': 'x' });
    expect(fs.stat('a/../a/./b.txt').size).toBe(1);
    expect(fs.stat('/a').isDirectory).toBe(true);
    expect(() => fs.open('a/b.txt/c', flags({ read: true }))).toThrow('ENOTDIR');
    expect(() => fs.open('', flags({ read: true }))).toThrow('ENOENT');
    expect(() => fs.mkdir('a')).toThrow('EEXIST');
    expect(fs.listdir('')).toEqual(['a']);
  });
});
