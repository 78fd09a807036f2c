// The file system a program's open() and os functions reach (the core's `fs_*` imports, wired by
// src/loader.ts): an interface of synchronous operations on paths and on integer handles, and two
// implementations of it:
//
//   MemoryFileSystem   a virtual file system over a plain object `{ path: contents }` that the
//                      embedder owns (the API's `files` option): what the program writes goes
//                      into that same object, so the embedder reads it back after a run. The
//                      API's default: a program never touches the real disk unless the embedder
//                      asks for it.
//   NodeFileSystem     the real file system through Node's synchronous fs calls (the CLI, the
//                      test runner), relative paths resolved against a working directory.
//
// Errors are thrown as `FsError(code)` with a POSIX code name ('ENOENT', 'EISDIR'...), the way
// Node's own errors carry `code`; the loader turns the name into Linux's errno number, which the
// core turns into CPython's exception ("[Errno 2] No such file or directory: 'f.txt'").
//
// Invariants:
//   - a handle has its own position (POSIX's file offset): read and write start there and move
//     it; a handle opened for appending writes at the end whatever its position;
//   - opening a directory fails with EISDIR at open time, as CPython's FileIO reports it;
//   - nothing in this module imports node:fs: NodeFileSystem is handed the fs module, so the API
//     still loads in browsers.

/** What open() asks for (CPython's FileIO modes: r, w, x, a, each with an optional +). */
export interface OpenFlags {
  read: boolean;
  write: boolean;
  /** Create the file if missing. */
  create: boolean;
  /** Fail with EEXIST if it exists (mode 'x'). */
  exclusive: boolean;
  /** Cut the file to length 0 (mode 'w'). */
  truncate: boolean;
  /** Every write goes to the end of the file (mode 'a'). */
  append: boolean;
}

export interface FileStat {
  isDirectory: boolean;
  /** Bytes (0 for a directory). */
  size: number;
  /** Last modification, seconds since the epoch. */
  mtime: number;
}

/** A file system the VM can be given (createVM's `fs` option). Every method may throw an
 *  FsError (or any error with a POSIX `code` string, as Node's errors have). */
export interface FileSystem {
  /** Opens `path` (relative to the working directory unless it starts with '/'): a handle >= 0. */
  open(path: string, flags: OpenFlags): number;
  /** Reads up to `into.length` bytes at the handle's position: the count read (0 at the end). */
  read(handle: number, into: Uint8Array): number;
  /** Writes `data` at the handle's position (at the end when appending): the count written. */
  write(handle: number, data: Uint8Array): number;
  /** Moves the handle's position (whence 0 from the start, 1 from the position, 2 from the end):
   *  the new position. */
  seek(handle: number, offset: number, whence: number): number;
  /** Cuts or extends (with zero bytes) the file to `size` bytes; the position does not move. */
  truncate(handle: number, size: number): void;
  close(handle: number): void;
  fstat(handle: number): FileStat;
  stat(path: string): FileStat;
  /** Deletes a file (EISDIR for a directory). */
  remove(path: string): void;
  mkdir(path: string): void;
  /** Deletes an empty directory. */
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  /** The names in a directory, without '.' and '..', in no promised order. */
  listdir(path: string): string[];
  /** The working directory relative paths start from. */
  getcwd(): string;
  /** Optional: closes every handle still open (the API calls it when it had to abandon a run
   *  whose program could not close its files). */
  closeAll?(): void;
}

/** A failed file system operation; `code` is a POSIX error name ('ENOENT'). */
export class FsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
    this.name = 'FsError';
  }
}

/** Linux's errno numbers for the POSIX code names (what the goldens' platform reports). */
export const ERRNO: Readonly<Record<string, number>> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, EBADF: 9, ECHILD: 10,
  EAGAIN: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19,
  ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ETXTBSY: 26, EFBIG: 27, ENOSPC: 28,
  ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32, ENAMETOOLONG: 36, ENOSYS: 38, ENOTEMPTY: 39,
  ELOOP: 40, EOPNOTSUPP: 95, ENOTSUP: 95, ETIMEDOUT: 110,
};

/** The errno of a thrown error, or undefined when it is not a file system error (a host bug). */
export function errnoOf(e: unknown): number | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  return ERRNO[code] ?? ERRNO.EIO;
}

const utf8 = new TextEncoder();

/** The parts of a path after '.', '..' and repeated slashes are resolved ('..' at the root stays
 *  at the root, as POSIX's). */
function pathParts(path: string): string[] {
  const out: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out;
}

interface MemoryHandle {
  key: string;
  pos: number;
  flags: OpenFlags;
}

/**
 * A virtual file system over `files`, a plain object from a path (relative to the root, which is
 * the working directory '/') to its contents: a string (UTF-8 text) or bytes. A directory exists
 * when a path has entries below it (`'pkg/mod.py'` makes `pkg`), or as a key ending in '/'
 * (`'data/': ''`, what mkdir adds). Written files become Uint8Array values of the same object,
 * current after every write, so the embedder sees them as soon as the run has written them.
 */
export class MemoryFileSystem implements FileSystem {
  private handles = new Map<number, MemoryHandle>();
  private nextHandle = 3;
  /** A written file's buffer, with room to grow: files[key] is a view of its first bytes. */
  private capacity = new Map<string, Uint8Array>();
  /** UTF-8 of string entries, encoded once. */
  private encoded = new Map<string, { text: string; bytes: Uint8Array }>();

  constructor(readonly files: Record<string, string | Uint8Array> = {}) {}

  private key(path: string): string {
    if (path === '') throw new FsError('ENOENT');
    return pathParts(path).join('/');
  }

  private has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.files, key);
  }

  /** 'file', 'dir' or undefined (absent). The root always exists. */
  private kind(key: string): 'file' | 'dir' | undefined {
    if (key === '') return 'dir';
    if (this.has(key)) return 'file';
    if (this.has(`${key}/`)) return 'dir';
    const prefix = `${key}/`;
    for (const k of Object.keys(this.files)) if (k.startsWith(prefix)) return 'dir';
    return undefined;
  }

  /** Fails as POSIX path resolution does when a parent of key is missing or is a file. */
  private checkParents(key: string): void {
    const parts = key.split('/');
    for (let i = 1; i < parts.length; i++) {
      const k = this.kind(parts.slice(0, i).join('/'));
      if (k === undefined) throw new FsError('ENOENT');
      if (k === 'file') throw new FsError('ENOTDIR');
    }
  }

  private bytesOf(key: string): Uint8Array {
    const v = this.files[key];
    if (typeof v !== 'string') return v ?? new Uint8Array(0);
    const hit = this.encoded.get(key);
    if (hit !== undefined && hit.text === v) return hit.bytes;
    const bytes = utf8.encode(v);
    this.encoded.set(key, { text: v, bytes });
    return bytes;
  }

  /** Replaces key's contents with the first `size` bytes of a buffer that has room for `room`. */
  private resize(key: string, size: number, room = size): Uint8Array {
    const old = this.bytesOf(key);
    let cap = this.capacity.get(key);
    if (cap === undefined || cap.buffer !== old.buffer || cap.length < room) {
      const next = new Uint8Array(Math.max(room, Math.min(2 * room, room + (1 << 20)), 64));
      next.set(old.subarray(0, Math.min(old.length, size)));
      cap = next;
      this.capacity.set(key, cap);
    } else if (size > old.length) {
      cap.fill(0, old.length, size);
    }
    this.encoded.delete(key);
    const view = cap.subarray(0, size);
    this.files[key] = view;
    return view;
  }

  private handle(h: number): MemoryHandle {
    const e = this.handles.get(h);
    if (e === undefined) throw new FsError('EBADF');
    return e;
  }

  open(path: string, flags: OpenFlags): number {
    const key = this.key(path);
    this.checkParents(key);
    const kind = this.kind(key);
    if (kind === 'dir') throw new FsError(flags.exclusive ? 'EEXIST' : 'EISDIR');
    if (kind === 'file' && flags.exclusive) throw new FsError('EEXIST');
    if (kind === undefined) {
      if (!flags.create) throw new FsError('ENOENT');
      if (key === '' || path.endsWith('/')) throw new FsError('EISDIR');
      this.files[key] = new Uint8Array(0);
    } else if (flags.truncate) {
      this.resize(key, 0);
    }
    const h = this.nextHandle++;
    // an appending handle starts at the end, as lseek(fd, 0, SEEK_END) after O_APPEND
    this.handles.set(h, { key, pos: flags.append ? this.bytesOf(key).length : 0, flags });
    return h;
  }

  read(h: number, into: Uint8Array): number {
    const e = this.handle(h);
    if (!e.flags.read) throw new FsError('EBADF');
    const data = this.bytesOf(e.key);
    const n = Math.max(0, Math.min(into.length, data.length - e.pos));
    into.set(data.subarray(e.pos, e.pos + n));
    e.pos += n;
    return n;
  }

  write(h: number, data: Uint8Array): number {
    const e = this.handle(h);
    if (!e.flags.write) throw new FsError('EBADF');
    if (!this.has(e.key)) this.files[e.key] = new Uint8Array(0); // removed while open: recreate
    const size = this.bytesOf(e.key).length;
    if (e.flags.append) e.pos = size;
    const end = e.pos + data.length;
    const view = end > size ? this.resize(e.key, end, end) : this.resize(e.key, size);
    view.set(data, e.pos);
    e.pos = end;
    return data.length;
  }

  seek(h: number, offset: number, whence: number): number {
    const e = this.handle(h);
    const base = whence === 0 ? 0 : whence === 1 ? e.pos : this.bytesOf(e.key).length;
    const pos = base + offset;
    if (pos < 0 || whence < 0 || whence > 2) throw new FsError('EINVAL');
    e.pos = pos;
    return pos;
  }

  truncate(h: number, size: number): void {
    const e = this.handle(h);
    if (!e.flags.write) throw new FsError('EINVAL');
    this.resize(e.key, size);
  }

  close(h: number): void {
    this.handle(h);
    this.handles.delete(h);
  }

  fstat(h: number): FileStat {
    return { isDirectory: false, size: this.bytesOf(this.handle(h).key).length, mtime: 0 };
  }

  stat(path: string): FileStat {
    const key = this.key(path);
    this.checkParents(key);
    const kind = this.kind(key);
    if (kind === undefined) throw new FsError('ENOENT');
    return { isDirectory: kind === 'dir', size: kind === 'dir' ? 0 : this.bytesOf(key).length, mtime: 0 };
  }

  remove(path: string): void {
    const key = this.key(path);
    this.checkParents(key);
    const kind = this.kind(key);
    if (kind === undefined) throw new FsError('ENOENT');
    if (kind === 'dir') throw new FsError('EISDIR');
    delete this.files[key];
    this.capacity.delete(key);
    this.encoded.delete(key);
  }

  mkdir(path: string): void {
    const key = this.key(path);
    this.checkParents(key);
    if (this.kind(key) !== undefined) throw new FsError('EEXIST');
    this.files[`${key}/`] = '';
  }

  rmdir(path: string): void {
    const key = this.key(path);
    this.checkParents(key);
    const kind = this.kind(key);
    if (kind === undefined) throw new FsError('ENOENT');
    if (kind === 'file') throw new FsError('ENOTDIR');
    if (key === '') throw new FsError('EBUSY');
    if (this.listdir(key).length > 0) throw new FsError('ENOTEMPTY');
    delete this.files[`${key}/`];
  }

  rename(from: string, to: string): void {
    const a = this.key(from), b = this.key(to);
    this.checkParents(a);
    this.checkParents(b);
    const kind = this.kind(a);
    if (kind === undefined) throw new FsError('ENOENT');
    if (a === b) return;
    const target = this.kind(b);
    if (kind === 'file') {
      if (target === 'dir') throw new FsError('EISDIR');
      this.files[b] = this.files[a];
      delete this.files[a];
      const cap = this.capacity.get(a);
      this.capacity.delete(a);
      if (cap !== undefined) this.capacity.set(b, cap);
      this.encoded.delete(a);
      this.encoded.delete(b);
      return;
    }
    if (target === 'file') throw new FsError('ENOTDIR');
    if (target === 'dir' && this.listdir(b).length > 0) throw new FsError('ENOTEMPTY');
    if (b.startsWith(`${a}/`)) throw new FsError('EINVAL');
    delete this.files[`${b}/`];
    for (const k of Object.keys(this.files)) {
      if (k === `${a}/` || k.startsWith(`${a}/`)) {
        const nk = b + k.slice(a.length);
        this.files[nk] = this.files[k];
        delete this.files[k];
        const cap = this.capacity.get(k);
        this.capacity.delete(k);
        if (cap !== undefined) this.capacity.set(nk, cap);
        this.encoded.delete(k);
      }
    }
  }

  listdir(path: string): string[] {
    const key = this.key(path === '' ? '.' : path);
    this.checkParents(key);
    const kind = this.kind(key);
    if (kind === undefined) throw new FsError('ENOENT');
    if (kind === 'file') throw new FsError('ENOTDIR');
    const prefix = key === '' ? '' : `${key}/`;
    const names = new Set<string>();
    for (const k of Object.keys(this.files)) {
      if (!k.startsWith(prefix) || k === prefix) continue;
      const rest = k.slice(prefix.length);
      const name = rest.split('/')[0];
      if (name !== '') names.add(name);
    }
    return [...names];
  }

  getcwd(): string {
    return '/';
  }

  closeAll(): void {
    this.handles.clear();
  }
}

/** The parts of Node's fs module NodeFileSystem uses. */
export interface NodeFs {
  openSync(path: string, flags: string): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  writeSync(fd: number, buffer: Uint8Array, offset?: number, length?: number, position?: number | null): number;
  ftruncateSync(fd: number, len?: number): void;
  closeSync(fd: number): void;
  fstatSync(fd: number): { isDirectory(): boolean; size: number; mtimeMs: number };
  statSync(path: string): { isDirectory(): boolean; size: number; mtimeMs: number };
  unlinkSync(path: string): void;
  mkdirSync(path: string): unknown;
  rmdirSync(path: string): void;
  renameSync(from: string, to: string): void;
  readdirSync(path: string): string[];
}

interface NodeHandle {
  fd: number;
  pos: number;
  append: boolean;
}

/**
 * The real file system through Node's synchronous calls (`new NodeFileSystem(await
 * import('node:fs'))`). `cwd` is where relative paths start: a directory, a function giving it
 * (the test runner moves it from program to program), or nothing for the process's own.
 */
export class NodeFileSystem implements FileSystem {
  private handles = new Map<number, NodeHandle>();

  constructor(private readonly fs: NodeFs, private readonly cwd?: string | (() => string)) {}

  private resolve(path: string): string {
    if (path === '') throw new FsError('ENOENT');
    const cwd = typeof this.cwd === 'function' ? this.cwd() : this.cwd;
    if (cwd === undefined || path.startsWith('/')) return path;
    return cwd.endsWith('/') ? cwd + path : `${cwd}/${path}`;
  }

  private handle(h: number): NodeHandle {
    const e = this.handles.get(h);
    if (e === undefined) throw new FsError('EBADF');
    return e;
  }

  open(path: string, flags: OpenFlags): number {
    const mode = flags.append ? 'a' : flags.exclusive ? 'wx' : flags.truncate ? 'w' : flags.create ? 'w' : 'r';
    const plus = flags.read && flags.write ? '+' : '';
    // 'r+' without truncation: a plain read-write open
    const f = flags.write && !flags.append && !flags.exclusive && !flags.truncate && !flags.create ? 'r+' : mode + plus;
    const fd = this.fs.openSync(this.resolve(path), f);
    try {
      if (this.fs.fstatSync(fd).isDirectory()) throw new FsError('EISDIR');
    } catch (e) {
      this.fs.closeSync(fd);
      throw e;
    }
    let pos = 0;
    if (flags.append) pos = this.fs.fstatSync(fd).size;
    this.handles.set(fd, { fd, pos, append: flags.append });
    return fd;
  }

  read(h: number, into: Uint8Array): number {
    const e = this.handle(h);
    const n = this.fs.readSync(e.fd, into, 0, into.length, e.pos);
    e.pos += n;
    return n;
  }

  write(h: number, data: Uint8Array): number {
    const e = this.handle(h);
    if (e.append) {
      const n = this.fs.writeSync(e.fd, data, 0, data.length, null);
      e.pos = this.fs.fstatSync(e.fd).size;
      return n;
    }
    const n = this.fs.writeSync(e.fd, data, 0, data.length, e.pos);
    e.pos += n;
    return n;
  }

  seek(h: number, offset: number, whence: number): number {
    const e = this.handle(h);
    const base = whence === 0 ? 0 : whence === 1 ? e.pos : this.fs.fstatSync(e.fd).size;
    const pos = base + offset;
    if (pos < 0 || whence < 0 || whence > 2) throw new FsError('EINVAL');
    e.pos = pos;
    return pos;
  }

  truncate(h: number, size: number): void {
    this.fs.ftruncateSync(this.handle(h).fd, size);
  }

  close(h: number): void {
    const e = this.handle(h);
    this.handles.delete(h);
    this.fs.closeSync(e.fd);
  }

  fstat(h: number): FileStat {
    const s = this.fs.fstatSync(this.handle(h).fd);
    return { isDirectory: s.isDirectory(), size: s.size, mtime: s.mtimeMs / 1000 };
  }

  stat(path: string): FileStat {
    const s = this.fs.statSync(this.resolve(path));
    return { isDirectory: s.isDirectory(), size: s.isDirectory() ? 0 : s.size, mtime: s.mtimeMs / 1000 };
  }

  remove(path: string): void {
    this.fs.unlinkSync(this.resolve(path));
  }

  mkdir(path: string): void {
    this.fs.mkdirSync(this.resolve(path));
  }

  rmdir(path: string): void {
    this.fs.rmdirSync(this.resolve(path));
  }

  rename(from: string, to: string): void {
    this.fs.renameSync(this.resolve(from), this.resolve(to));
  }

  listdir(path: string): string[] {
    return this.fs.readdirSync(this.resolve(path === '' ? '.' : path));
  }

  getcwd(): string {
    const cwd = typeof this.cwd === 'function' ? this.cwd() : this.cwd;
    if (cwd !== undefined) return cwd;
    const proc = (globalThis as { process?: { cwd(): string } }).process;
    return proc !== undefined ? proc.cwd() : '/';
  }

  closeAll(): void {
    for (const h of [...this.handles.keys()]) {
      try { this.close(h); } catch { /* already gone */ }
    }
  }
}

/** The real file system of this Node process (relative paths from `cwd`, default the process's
 *  working directory): `createVM({ fs: await nodeFileSystem() })`. */
export async function nodeFileSystem(cwd?: string | (() => string)): Promise<NodeFileSystem> {
  const fs = (await import('node:fs')) as unknown as NodeFs;
  return new NodeFileSystem(fs, cwd);
}
