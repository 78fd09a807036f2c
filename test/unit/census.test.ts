// vm.census() (assembly/vm/census.ts) and the CLI's --stats / --heap-limit, through the public
// API and the built CLI.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createVM, type CensusEntry } from '../../src/api.js';

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

describe('vm.census()', () => {
  it('counts the program\'s live objects per type before they are freed', async () => {
    const vm = await createVM({ stdout: () => {}, stderr: () => {} });
    let census: CensusEntry[] = [];
    const before = vm.heapStats().blocksInUse;
    vm.run('class Pt:\n    pass\npts = [Pt() for i in range(100)]\nbig = [i * 1000 for i in range(300)]\n', 'c.py', {
      beforeEnd: () => { census = vm.census(); },
    });
    const of = (t: string) => census.find((e) => e.type === t);
    expect(of('Pt')?.objects).toBe(100);
    expect(of('Pt')!.bytes).toBeGreaterThanOrEqual(100 * 16);
    expect(of('int')!.objects).toBeGreaterThanOrEqual(299); // 0 is a shared small int, still counted once
    expect(of('list')!.objects).toBeGreaterThanOrEqual(2);
    // the VM's own objects (builtin types and functions) are not the program's
    expect(of('type')?.objects ?? 0).toBeLessThan(5);
    // sorted by bytes, and nothing of it is left once the run is over
    for (let i = 1; i < census.length; i++) expect(census[i - 1].bytes).toBeGreaterThanOrEqual(census[i].bytes);
    expect(vm.heapStats().blocksInUse).toBe(before);
  });

  it('leaves an uncaught exception to be reported', async () => {
    const vm = await createVM({ stdout: () => {}, stderr: () => {} });
    let n = 0;
    expect(() => vm.run('x = [1, 2]\n1 / 0\n', 'e.py', { beforeEnd: () => { n = vm.census().length; } })).toThrow(/ZeroDivisionError/);
    expect(n).toBeGreaterThan(0);
  });
});

describe('the CLI', () => {
  it('prints the --stats table to stderr after the program', () => {
    const r = spawnSync(process.execPath, [CLI, '--stats', '-c', 'l = [[] for i in range(50)]\nprint(len(l))'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('50\n');
    expect(r.stderr).toMatch(/pyrite --stats/);
    expect(r.stderr).toMatch(/heap +[\d.]+ KiB in use/);
    expect(r.stderr).toMatch(/collections \d+\/\d+\/\d+/);
    expect(r.stderr).toMatch(/\n +list +5\d +\d+\n/);
  });

  it('--heap-limit makes a big allocation a MemoryError', () => {
    const r = spawnSync(process.execPath, [CLI, '--heap-limit', '2M', '-c', 'try:\n    x = [0] * 10**7\nexcept MemoryError:\n    print("caught")\nprint(sum(range(10)))'], { encoding: 'utf8' });
    expect(r.stdout).toBe('caught\n45\n');
    expect(r.status).toBe(0);
    const bad = spawnSync(process.execPath, [CLI, '--heap-limit', 'lots', '-c', 'pass'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(execFileSync(process.execPath, [CLI, '--heap-limit=8M', '-c', 'print(1)'], { encoding: 'utf8' })).toBe('1\n');
  });
});
