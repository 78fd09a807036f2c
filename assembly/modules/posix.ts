// === posix: the file system calls behind the bundled os module (lib/os.py, lib/posixpath.py) ===
//
// A small part of CPython's posixmodule.c over the host's file system (vm/hostfs.ts): remove,
// unlink, rename, replace, mkdir, rmdir, listdir, getcwd, stat, fspath, strerror. Paths are
// str, bytes or os.PathLike (CPython's path_converter wording for anything else); errors are
// the errno's OSError subclass with the path, "[Errno 2] No such file or directory: 'f'".
//
// stat() knows what the host reports (a file or a directory, its size and modification time):
// st_mode is 0o100644 for a file and 0o40755 for a directory, st_ino, st_dev, st_nlink, st_uid
// and st_gid are 0, and every time is the modification time, as an int (the float forms
// CPython gives as attributes are not separate fields here).

import { Ptr } from '../common';
import { decref, newref } from '../object/header';
import { moduleNewLiteral, moduleAddObject, moduleAddFunction } from '../object/module';
import { strFromLiteral, isStr } from '../object/str';
import { isBytes } from '../object/bytes';
import { Py_None } from '../object/none';
import { intFromI64 } from '../object/int';
import { structseqNewType, structseqNew, structseqSet, structseqFinish } from '../object/structseq';
import { argsParseNames } from '../object/methodargs';
import { excFormat, excClear, excTypeError, formatMessage } from '../vm/exc';
import { errnoText } from '../vm/oserror';
import {
  fsOp, fsStat, fsListdir, fsGetcwd, FSOP_REMOVE, FSOP_MKDIR, FSOP_RMDIR, FSOP_RENAME, STAT_KIND,
  STAT_SIZE, STAT_MTIME, STAT_BYTES, STAT_DIR,
} from '../vm/hostfs';
import { modNoArgs, modExactlyOne } from './args';
import { osFspath } from './iopath';
import { ioIndexArg } from './iobase';

let statResultType: Ptr = 0;

/** A path argument: os.fspath of it, with CPython's path_converter message on a bad type
 *  ("remove: path should be string, bytes or os.PathLike, not int"). */
function pathArg(fn: string, arg: string, o: Ptr): Ptr {
  if (!isStr(o) && !isBytes(o)) {
    const p = osFspath(o);
    if (p != 0) return p;
    excClear(); // os.fspath's own TypeError gives way to path_converter's wording
    const f = strFromLiteral(fn), a = strFromLiteral(arg);
    excFormat(excTypeError, '%U: %U should be string, bytes or os.PathLike, not %T', f, a, o);
    decref(f); decref(a);
    return 0;
  }
  return newref(o);
}

/** fn(path) for one path operation: None, or 0 with the exception set. */
function onePath(args: usize, nargs: i32, kwnames: Ptr, fn: string, op: i32): Ptr {
  const out = memory.data(8);
  if (!argsParseNames(args, nargs, kwnames, out, fn, 0, 1, op == FSOP_MKDIR ? 2 : 1, 'path,mode')) return 0;
  const p = pathArg(fn, 'path', load<Ptr>(out));
  if (p == 0) return 0;
  const r = fsOp(op, p, 0);
  decref(p);
  return r < 0 ? 0 : newref(Py_None);
}

function posix_remove(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return onePath(args, nargs, kwnames, 'remove', FSOP_REMOVE); }
function posix_unlink(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return onePath(args, nargs, kwnames, 'unlink', FSOP_REMOVE); }
function posix_rmdir(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return onePath(args, nargs, kwnames, 'rmdir', FSOP_RMDIR); }
function posix_mkdir(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return onePath(args, nargs, kwnames, 'mkdir', FSOP_MKDIR); }

function twoPaths(args: usize, nargs: i32, kwnames: Ptr, fn: string): Ptr {
  const out = memory.data(8);
  if (!argsParseNames(args, nargs, kwnames, out, fn, 0, 2, 2, 'src,dst')) return 0;
  const a = pathArg(fn, 'src', load<Ptr>(out));
  if (a == 0) return 0;
  const b = pathArg(fn, 'dst', load<Ptr>(out, 4));
  if (b == 0) { decref(a); return 0; }
  const r = fsOp(FSOP_RENAME, a, b);
  decref(a); decref(b);
  return r < 0 ? 0 : newref(Py_None);
}
function posix_rename(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return twoPaths(args, nargs, kwnames, 'rename'); }
function posix_replace(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr { return twoPaths(args, nargs, kwnames, 'replace'); }

/** listdir(path='.') */
function posix_listdir(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(4);
  if (!argsParseNames(args, nargs, kwnames, out, 'listdir', 0, 0, 1, 'path')) return 0;
  const a = load<Ptr>(out);
  const p = a == 0 || a == Py_None ? strFromLiteral('.') : pathArg('listdir', 'path', a);
  if (p == 0) return 0;
  const l = fsListdir(p);
  decref(p);
  return l;
}

function posix_getcwd(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modNoArgs('posix.getcwd', nargs, kwnames)) return 0;
  return fsGetcwd();
}

/** stat(path): an os.stat_result. */
function posix_stat(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(4);
  if (!argsParseNames(args, nargs, kwnames, out, 'stat', 0, 1, 1, 'path')) return 0;
  const p = pathArg('stat', 'path', load<Ptr>(out));
  if (p == 0) return 0;
  const st = memory.data(STAT_BYTES);
  const r = fsStat(p, -1, st);
  decref(p);
  if (r < 0) return 0;
  const v = structseqNew(statResultType);
  if (v == 0) return 0;
  const dir = load<u32>(st, STAT_KIND) == STAT_DIR;
  const mtime = <i64>Math.floor(load<f64>(st, STAT_MTIME));
  structseqSet(v, 0, intFromI64(dir ? 0o40755 : 0o100644));
  for (let i = 1; i < 6; i++) structseqSet(v, i, intFromI64(0));
  structseqSet(v, 6, intFromI64(<i64>load<f64>(st, STAT_SIZE)));
  for (let i = 7; i < 10; i++) structseqSet(v, i, intFromI64(mtime));
  return structseqFinish(v);
}

function posix_fspath(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(4);
  if (!argsParseNames(args, nargs, kwnames, out, 'fspath', 0, 1, 1, 'path')) return 0;
  return osFspath(load<Ptr>(out));
}

/** strerror(code): glibc's text. */
function posix_strerror(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modExactlyOne('strerror', nargs, kwnames)) return 0;
  const ok = memory.data(4);
  const code = ioIndexArg(load<Ptr>(args), 0, ok);
  if (!load<u8>(ok)) return 0;
  const lit = errnoText(<i32>code);
  if (lit.length > 0) return strFromLiteral(lit);
  return formatMessage('Unknown error %d', <Ptr><i32>code, 0, 0);
}

export function posixInit(): void {
  statResultType = structseqNewType('os.stat_result',
    'st_mode,st_ino,st_dev,st_nlink,st_uid,st_gid,st_size,st_atime,st_mtime,st_ctime');
}

export function posixModuleNew(): Ptr {
  const m = moduleNewLiteral('posix');
  if (m == 0) return 0;
  const ok = moduleAddFunction(m, 'remove', posix_remove.index) == 0
    && moduleAddFunction(m, 'unlink', posix_unlink.index) == 0
    && moduleAddFunction(m, 'rename', posix_rename.index) == 0
    && moduleAddFunction(m, 'replace', posix_replace.index) == 0
    && moduleAddFunction(m, 'mkdir', posix_mkdir.index) == 0
    && moduleAddFunction(m, 'rmdir', posix_rmdir.index) == 0
    && moduleAddFunction(m, 'listdir', posix_listdir.index) == 0
    && moduleAddFunction(m, 'getcwd', posix_getcwd.index) == 0
    && moduleAddFunction(m, 'stat', posix_stat.index) == 0
    && moduleAddFunction(m, 'fspath', posix_fspath.index) == 0
    && moduleAddFunction(m, 'strerror', posix_strerror.index) == 0
    && moduleAddObject(m, 'stat_result', statResultType) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}
