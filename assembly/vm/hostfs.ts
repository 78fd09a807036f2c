// === The host's file system: open/read/write/seek on integer handles, stat, and path operations ===
//
// The host implements these imports (src/loader.ts, src/hostfs.ts): the real file system in the
// CLI, a virtual one in the API. Every call returns a count, a handle or a position >= 0, or
// -errno (Linux numbering) on failure, which the callers here turn into CPython's OSError
// subclass with the path in the message (vm/oserror.ts). A handle keeps its own position.
//
// Paths cross as UTF-8: a str path is encoded (its strAsUtf8 cache), a bytes path is passed as
// is. `path` arguments below are a str or a bytes object (what os.fspath() returns).

import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { decref } from '../object/header';
import { strAsUtf8, strFromUtf8, isStr } from '../object/str';
import { bytesData, bytesSize } from '../object/bytes';
import { listNew, listAppend } from '../object/list';
import { excNoMemory } from './exc';
import { oserrorRaise } from './oserror';

@external("host", "fs_open") declare function hostFsOpen(p: usize, len: i32, flags: i32): i32;
@external("host", "fs_read") declare function hostFsRead(h: i32, p: usize, n: i32): i32;
@external("host", "fs_write") declare function hostFsWrite(h: i32, p: usize, n: i32): i32;
@external("host", "fs_seek") declare function hostFsSeek(h: i32, offset: f64, whence: i32): f64;
@external("host", "fs_truncate") declare function hostFsTruncate(h: i32, size: f64): i32;
@external("host", "fs_close") declare function hostFsClose(h: i32): i32;
@external("host", "fs_stat") declare function hostFsStat(p: usize, len: i32, h: i32, out: usize): i32;
@external("host", "fs_op") declare function hostFsOp(op: i32, p1: usize, l1: i32, p2: usize, l2: i32): i32;
@external("host", "fs_query") declare function hostFsQuery(op: i32, p: usize, len: i32): i32;
@external("host", "fs_fetch") declare function hostFsFetch(buf: usize): void;

// open flags (the host's OpenFlags)
@inline export const FS_READ: i32 = 1;
@inline export const FS_WRITE: i32 = 2;
@inline export const FS_CREATE: i32 = 4;
@inline export const FS_TRUNCATE: i32 = 8;
@inline export const FS_EXCLUSIVE: i32 = 16;
@inline export const FS_APPEND: i32 = 32;

// path operations (fs_op)
@inline export const FSOP_REMOVE: i32 = 0;
@inline export const FSOP_MKDIR: i32 = 1;
@inline export const FSOP_RMDIR: i32 = 2;
@inline export const FSOP_RENAME: i32 = 3;

/** The stat record fs_stat fills: +0 u32 kind (1 file, 2 directory) | +4 pad | +8 f64 size |
 *  +16 f64 mtime (seconds). */
@inline export const STAT_KIND: usize = 0;
@inline export const STAT_SIZE: usize = 8;
@inline export const STAT_MTIME: usize = 16;
@inline export const STAT_BYTES: i32 = 24;
@inline export const STAT_DIR: u32 = 2;

const lenCell: usize = memory.data(8);

/** The UTF-8 bytes of a str or bytes path (valid while path lives); their count at lenCell. */
function pathBytes(path: Ptr): usize {
  if (isStr(path)) return strAsUtf8(path, lenCell);
  store<u32>(lenCell, <u32>bytesSize(path));
  return bytesData(path);
}

/** Opens path (a str or bytes): a handle, or -1 with the OSError set ("[Errno 2] No such file or
 *  directory: 'f'"; `name` is what the message shows, usually path itself). */
export function fsOpen(path: Ptr, flags: i32, name: Ptr): i32 {
  const p = pathBytes(path);
  if (p == 0) return -1;
  const h = hostFsOpen(p, load<i32>(lenCell), flags);
  if (h < 0) { oserrorRaise(-h, name); return -1; }
  return h;
}

/** Reads up to n bytes into p: the count (0 at the end), or -1 with OSError set. */
export function fsRead(h: i32, p: usize, n: i32): i32 {
  const r = hostFsRead(h, p, n);
  if (r < 0) { oserrorRaise(-r, 0); return -1; }
  return r;
}

/** Writes n bytes from p: the count, or -1 with OSError set. */
export function fsWrite(h: i32, p: usize, n: i32): i32 {
  const r = hostFsWrite(h, p, n);
  if (r < 0) { oserrorRaise(-r, 0); return -1; }
  return r;
}

/** The new position, or -1 with OSError set. */
export function fsSeek(h: i32, offset: i64, whence: i32): i64 {
  const r = hostFsSeek(h, <f64>offset, whence);
  if (r < 0) { oserrorRaise(<i32>(-r), 0); return -1; }
  return <i64>r;
}

/** 0, or -1 with OSError set. */
export function fsTruncate(h: i32, size: i64): i32 {
  const r = hostFsTruncate(h, <f64>size);
  if (r < 0) { oserrorRaise(-r, 0); return -1; }
  return 0;
}

/** 0, or -1 with OSError set. */
export function fsClose(h: i32): i32 {
  const r = hostFsClose(h);
  if (r < 0) { oserrorRaise(-r, 0); return -1; }
  return 0;
}

/** Fills the stat record at out for path (or, path 0, for handle h): 0, or -1 with OSError set
 *  (the path in the message). */
export function fsStat(path: Ptr, h: i32, out: usize): i32 {
  let r: i32;
  if (path != 0) {
    const p = pathBytes(path);
    if (p == 0) return -1;
    r = hostFsStat(p, load<i32>(lenCell), -1, out);
  } else {
    r = hostFsStat(0, -1, h, out);
  }
  if (r < 0) { oserrorRaise(-r, path); return -1; }
  return 0;
}

/** The errno of stat(path), 0 when it exists (no exception either way, except MemoryError: -1). */
export function fsStatErrno(path: Ptr, out: usize): i32 {
  const p = pathBytes(path);
  if (p == 0) return -1;
  const r = hostFsStat(p, load<i32>(lenCell), -1, out);
  return r < 0 ? -r : 0;
}

/** remove/mkdir/rmdir (path) or rename (path -> path2): 0, or -1 with OSError set. */
export function fsOp(op: i32, path: Ptr, path2: Ptr): i32 {
  const p1 = pathBytes(path);
  if (p1 == 0) return -1;
  const l1 = load<i32>(lenCell);
  let p2: usize = 0, l2: i32 = 0;
  if (path2 != 0) {
    p2 = pathBytes(path2);
    if (p2 == 0) return -1;
    l2 = load<i32>(lenCell);
  }
  const r = hostFsOp(op, p1, l1, p2, l2);
  if (r < 0) { oserrorRaise(-r, path, path2); return -1; }
  return 0;
}

/** The answer of a query as a heap block (its length at lenCell), or 0 with an exception. */
function fsQuery(op: i32, path: Ptr): usize {
  let p: usize = 0, l: i32 = 0;
  if (path != 0) {
    p = pathBytes(path);
    if (p == 0) return 0;
    l = load<i32>(lenCell);
  }
  const n = hostFsQuery(op, p, l);
  if (n < 0) { oserrorRaise(-n, path); return 0; }
  const buf = heapAlloc(n > 0 ? <usize>n : 1);
  if (buf == 0) { hostFsFetch(0); excNoMemory(); return 0; }
  if (n > 0) hostFsFetch(buf); else hostFsFetch(0);
  store<i32>(lenCell, n);
  return buf;
}

/** The names in directory path as a list of str (the host's order), or 0 with OSError set. */
export function fsListdir(path: Ptr): Ptr {
  const buf = fsQuery(0, path);
  if (buf == 0) return 0;
  const n = load<i32>(lenCell);
  const l = listNew(0);
  let start = 0;
  let ok = l != 0;
  for (let i = 0; i <= n && ok; i++) {
    if (i < n && load<u8>(buf + <usize>i) != 0) continue;
    if (i > start) {
      const s = strFromUtf8(buf + <usize>start, i - start);
      ok = s != 0 && listAppend(l, s) == 0;
      if (s) decref(s);
    }
    start = i + 1;
  }
  heapFree(buf);
  if (!ok) { if (l) decref(l); return 0; }
  return l;
}

/** The working directory as a str, or 0 with an exception set. */
export function fsGetcwd(): Ptr {
  const buf = fsQuery(1, 0);
  if (buf == 0) return 0;
  const s = strFromUtf8(buf, load<i32>(lenCell));
  heapFree(buf);
  return s;
}
