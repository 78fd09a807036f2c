// === import: sys.modules, finding and running modules, `from m import x`, `from m import *` ===
//
// The import statement as CPython 3.11's importlib runs it, without importlib's Python code:
//   IMPORT_NAME  -> importName(name, globals, fromlist, level): resolves a relative name against
//                   the importing module's __package__, imports every prefix (a, a.b, a.b.c) that
//                   sys.modules does not hold yet, binds each child as an attribute of its parent,
//                   and returns the top package (plain `import a.b`) or the leaf (`from a.b import`)
//   IMPORT_FROM  -> importFrom(module, name): getattr, else sys.modules['m.name'] (a submodule,
//                   or a circular import in progress), else CPython's ImportError
//   IMPORT_STAR  -> importStar(module, locals): __all__, or every public name of the namespace
//
// Finding a module, in CPython's meta-path order:
//   1. a builtin module of the core (sys, math, time, gc, ...: builtinModuleNew), top level only;
//   2. a module of the library bundled with the host (lib/**/*.py: weakref, collections,
//      collections.abc, ...), asked by full name, submodules included: hostImportFind("\0name")
//      (an empty first part asks for the bundled library) answers as below (CPython's
//      FrozenImporter also comes before the PathFinder). A bundled package's __path__ is empty:
//      its submodules come only from the bundle, never from a directory;
//   3. source through the host: hostImportFind("name\0dir\0dir...") searches the directories
//      (sys.path for a top-level module, the parent package's __path__ for a submodule) for
//      dir/name/__init__.py, then dir/name.py, compiles it (the host owns the compiler and the
//      bytecode cache) and answers with the length of a blob that hostImportFetch copies in:
//
//        +0 u8 kind (0 module, 1 package, 2 syntax error) | +1 u32 n | +5 filename (n bytes, UTF-8)
//        kind 0/1: marshalled code (vm/marshal.ts) to the end of the blob
//        kind 2:   u8 error type (0 SyntaxError, 1 IndentationError, 2 TabError),
//                  i32 lineno, offset, end_lineno (-2^31: none), end_offset, u32 n + msg, u32 n + text line
//                  (n = 0xFFFFFFFF: text None)
//
// A module runs in a nested eval loop (as CPython runs it on the C stack): it cannot suspend, so
// a long module body runs within one host call, but KeyboardInterrupt still reaches it.
//
// Invariants:
// - sys.modules[name] holds the module before its body runs (circular imports see the partly
//   initialised module, flagged MOD_INITIALIZING until the body ends) and loses it again if the
//   body raises, unless the body replaced the entry itself.
// - sysModules lives for the VM's life; vmEndRun empties it (importEndRun), so every module the
//   program imported, builtin ones included, is freed with the run.

import { Ptr } from '../common';
import { heapAlloc, heapFree } from '../heap/heap';
import { decref, xdecref, newref, incref, OB_TYPE } from '../object/header';
import { dictType, dictNew, dictGetItemStr, dictSetItem, dictDelItem, dictNext, dictClear, dictSize } from '../object/dict';
import {
  strLen, strCharAt, strSubstring, strConcat, strFromUtf8, strAsUtf8, strInternLiteral, strFromLiteral,
  isStr, strEq,
} from '../object/str';
import { listCheck, listSize, listItem, listNew, listAppend } from '../object/list';
import { tupleSize, tupleItem, tupleFromIterable } from '../object/tuple';
import { isInt, intValue, intFromI64 } from '../object/int';
import { Py_None } from '../object/none';
import { objGetAttr, objSetAttr, objSetItem, objIsTrue, objGetIter, objIterNext } from '../object/abstract';
import { typeName } from '../object/type';
import {
  moduleType, moduleNew, moduleDict, moduleName, moduleSetState, moduleState, MOD_INITIALIZING,
  MOD_BUILTIN,
} from '../object/module';

import {
  excFormat, excSetString, excNoMemory, excMatches, excClear, excAttributeError, excImportError,
  excModuleNotFoundError, excTypeError, excValueError, excKeyError, excSyntaxError, excFetch,
  excRestore, excOccurred, excSetImportErrorInfo, excSyntaxErrorNew, excRaise, excImportErrorName, curExc,
} from './exc';
import { marshalLoadCode } from './marshal';
import { vmExecModuleCode, setItemLiteral } from './run';
import { builtinsModule } from '../builtins/builtins';
import { builtinModuleNew } from '../modules/registry';
import { sysGetPath } from '../modules/sys';

@external("host", "import_find") declare function hostImportFind(spec: usize, len: i32): i32;
@external("host", "import_fetch") declare function hostImportFetch(buf: usize): void;

/** sys.modules (one dict for the VM's life, emptied at the end of each run). */
export let sysModules: Ptr = 0;

let sPath: Ptr = 0, sPackage: Ptr = 0, sName: Ptr = 0, sFile: Ptr = 0, sAll: Ptr = 0;
let sDict: Ptr = 0, sBuiltins: Ptr = 0, sSpec: Ptr = 0, sLoader: Ptr = 0, sDoc: Ptr = 0;

export function importInit(): void {
  sysModules = dictNew();
  sPath = strInternLiteral('__path__');
  sPackage = strInternLiteral('__package__');
  sName = strInternLiteral('__name__');
  sFile = strInternLiteral('__file__');
  sAll = strInternLiteral('__all__');
  sDict = strInternLiteral('__dict__');
  sBuiltins = strInternLiteral('__builtins__');
  sSpec = strInternLiteral('__spec__');
  sLoader = strInternLiteral('__loader__');
  sDoc = strInternLiteral('__doc__');
}

/** End of a run: empties sys.modules. Modules are cleared (their namespaces emptied) in reverse
 *  order of import, as CPython's finalize_modules does, then released. */
export function importEndRun(): void {
  const d = sysModules;
  const n = dictSize(d);
  if (n == 0) return;
  // snapshot the modules, newest first
  const mods = listNew(0);
  if (mods == 0) { excClear(); dictClear(d); return; }
  const pos = memory.data(4);
  const kv = memory.data(8);
  store<i32>(pos, 0);
  while (dictNext(d, pos, kv, kv + 4)) {
    const m = load<Ptr>(kv + 4);
    if (load<Ptr>(m, OB_TYPE) == moduleType && m != builtinsModule) listAppend(mods, m);
  }
  dictClear(d);
  for (let i = listSize(mods) - 1; i >= 0; i--) dictClear(moduleDict(listItem(mods, i)));
  decref(mods);
  excClear();
}

// ---- names ----

/** Index of the last '.' in s before `end`, or -1. */
function lastDot(s: Ptr, end: i32): i32 {
  for (let i = end - 1; i >= 0; i--) if (strCharAt(s, i) == 0x2E) return i;
  return -1;
}

function firstDot(s: Ptr): i32 {
  const n = strLen(s);
  for (let i: i32 = 0; i < n; i++) if (strCharAt(s, i) == 0x2E) return i;
  return -1;
}

/** The package a relative import in `globals` starts from (new reference), CPython's
 *  _calc___package__: __package__, else __name__ (itself when it is a package). 0 + error. */
function importPackageOf(globals: Ptr): Ptr {
  const pkg = dictGetItemStr(globals, sPackage);
  if (pkg != 0 && pkg != Py_None) {
    if (!isStr(pkg)) { excSetString(excTypeError, 'package must be a string'); return 0; }
    return newref(pkg);
  }
  const name = dictGetItemStr(globals, sName);
  if (name == 0) { excSetString(excKeyError, "'__name__' not in globals"); return 0; }
  if (!isStr(name)) { excSetString(excTypeError, '__name__ must be a string'); return 0; }
  if (dictGetItemStr(globals, sPath) != 0) return newref(name);
  const dot = lastDot(name, strLen(name));
  return dot < 0 ? strFromLiteral('') : strSubstring(name, 0, dot);
}

/** The absolute name of `name` imported at `level` from `globals` (new reference). */
function importResolveName(name: Ptr, globals: Ptr, level: i32): Ptr {
  if (level == 0) {
    if (strLen(name) == 0) { excSetString(excValueError, 'Empty module name'); return 0; }
    return newref(name);
  }
  if (globals == 0) { excSetString(excKeyError, "'__name__' not in globals"); return 0; }
  const pkg = importPackageOf(globals);
  if (pkg == 0) return 0;
  if (strLen(pkg) == 0) {
    decref(pkg);
    excSetString(excImportError, 'attempted relative import with no known parent package');
    return 0;
  }
  let end = strLen(pkg);
  for (let i = 1; i < level; i++) {
    end = lastDot(pkg, end);
    if (end < 0) {
      decref(pkg);
      excSetString(excImportError, 'attempted relative import beyond top-level package');
      return 0;
    }
  }
  const base = end == strLen(pkg) ? newref(pkg) : strSubstring(pkg, 0, end);
  decref(pkg);
  if (base == 0 || strLen(name) == 0) return base;
  const r = joinDotted(base, name);
  decref(base);
  return r;
}

// ---- finding and loading ----

function raiseNotFound(fullname: Ptr): void {
  excFormat(excModuleNotFoundError, "No module named '%U'", fullname);
  excSetImportErrorInfo(fullname, 0);
}

/** Appends str s's UTF-8 bytes at p (room is guaranteed by the caller). */
function putUtf8(p: usize, s: Ptr): usize {
  const lenCell = memory.data(4);
  const src = strAsUtf8(s, lenCell);
  const n = load<i32>(lenCell);
  memory.copy(p, src, <usize>n);
  return p + <usize>n;
}

/** Asks the host for `last` (the name's last component) in the directories of `path` (a list of
 *  str; other items are skipped, as importlib skips them). Returns the blob (heapFree it) and its
 *  length at lenAddr; 0 with nothing set when the host found nothing; 0 + MemoryError. */
function importFetchSource(last: Ptr, path: Ptr, lenAddr: usize): usize {
  const lenCell = memory.data(4);
  let total: usize = 0;
  strAsUtf8(last, lenCell);
  total += <usize>load<i32>(lenCell);
  const n = path != 0 && listCheck(path) ? listSize(path) : 0;
  for (let i: i32 = 0; i < n; i++) {
    const d = listItem(path, i);
    if (!isStr(d)) continue;
    strAsUtf8(d, lenCell);
    total += 1 + <usize>load<i32>(lenCell);
  }
  const spec = heapAlloc(total > 0 ? total : 1);
  if (spec == 0) { excNoMemory(); return 0; }
  let p = putUtf8(spec, last);
  for (let i: i32 = 0; i < n; i++) {
    const d = listItem(path, i);
    if (!isStr(d)) continue;
    store<u8>(p++, 0);
    p = putUtf8(p, d);
  }
  const size = hostImportFind(spec, <i32>(p - spec));
  heapFree(spec);
  if (size < 0) return 0;
  return importFetchBlob(size, lenAddr);
}

/** Copies in the blob of `size` bytes the host has ready (after import_find or compile): the
 *  block (heapFree it), its length at lenAddr; 0 + MemoryError. */
export function importFetchBlob(size: i32, lenAddr: usize): usize {
  const blob = heapAlloc(size > 0 ? <usize>size : 1);
  if (blob == 0) { excNoMemory(); return 0; } // the host's next request replaces its blob
  hostImportFetch(blob);
  store<i32>(lenAddr, size);
  return blob;
}

/** Asks the host for `name` in its bundled library (spec "\0name"). Like importFetchSource. */
function importFetchBundled(name: Ptr, lenAddr: usize): usize {
  const lenCell = memory.data(4);
  strAsUtf8(name, lenCell);
  const n = <usize>load<i32>(lenCell);
  const spec = heapAlloc(n + 1);
  if (spec == 0) { excNoMemory(); return 0; }
  store<u8>(spec, 0);
  const end = putUtf8(spec + 1, name);
  const size = hostImportFind(spec, <i32>(end - spec));
  heapFree(spec);
  if (size < 0) return 0;
  return importFetchBlob(size, lenAddr);
}

/** Raises the SyntaxError a kind-2 blob describes (text length 0xFFFFFFFF: text None). */
export function raiseSyntaxErrorBlob(p: usize, filename: Ptr): void {
  const kind = load<u8>(p);
  const lineno = load<i32>(p, 1), offset = load<i32>(p, 5);
  const endLineno = load<i32>(p, 9), endOffset = load<i32>(p, 13);
  p += 17;
  const mlen = load<u32>(p);
  const msg = strFromUtf8(p + 4, <i32>mlen);
  p += 4 + mlen;
  const tlen = load<u32>(p);
  const text = tlen == 0xFFFFFFFF ? newref(Py_None) : strFromUtf8(p + 4, <i32>tlen);
  if (msg != 0 && text != 0) {
    const e = excSyntaxErrorNew(kind, msg, filename, lineno, offset, text, endLineno, endOffset);
    if (e != 0) { excRaise(e); decref(e); }
  } else excNoMemory();
  xdecref(msg);
  xdecref(text);
}

/** "a.b" (new reference; 0 on MemoryError). */
function joinDotted(a: Ptr, b: Ptr): Ptr {
  const dot = strFromLiteral('.');
  if (dot == 0) return 0;
  const ad = strConcat(a, dot);
  decref(dot);
  if (ad == 0) return 0;
  const r = strConcat(ad, b);
  decref(ad);
  return r;
}

/** Finds, creates and runs module `fullname` (its parent, if any, is imported: `parentPath` is
 *  the parent's __path__, or sys.path for a top-level module). Returns sys.modules[fullname]
 *  (new reference), or 0 with ModuleNotFoundError when nothing provides it. */
function importLoad(fullname: Ptr, last: Ptr, parentPath: Ptr, topLevel: bool): Ptr {
  if (topLevel) {
    const b = builtinModuleNew(fullname);
    if (b != 0) {
      moduleSetState(b, MOD_BUILTIN);
      const r = dictSetItem(sysModules, fullname, b);
      if (r < 0) { decref(b); return 0; }
      return b;
    }
    if (excOccurred()) return 0;
  }
  const lenCell = memory.data(4);
  let blob: usize = importFetchBundled(fullname, lenCell);
  if (blob == 0 && excOccurred()) return 0;
  const bundled = blob != 0;
  if (blob == 0) blob = importFetchSource(last, parentPath, lenCell);
  if (blob == 0) {
    if (!excOccurred()) raiseNotFound(fullname);
    return 0;
  }
  const size = <usize>load<i32>(lenCell);
  const kind = load<u8>(blob);
  const fnLen = load<u32>(blob, 1);
  const filename = strFromUtf8(blob + 5, <i32>fnLen);
  if (filename == 0) { heapFree(blob); return 0; }
  const body = blob + 5 + <usize>fnLen;
  if (kind == 2) {
    raiseSyntaxErrorBlob(body, filename);
    decref(filename);
    heapFree(blob);
    return 0;
  }
  const code = marshalLoadCode(body, size - 5 - <usize>fnLen);
  heapFree(blob);
  if (code == 0) { decref(filename); return 0; }
  const m = importNewModule(fullname, filename, kind == 1, bundled);
  decref(filename);
  if (m == 0) { decref(code); return 0; }
  if (dictSetItem(sysModules, fullname, m) < 0) { decref(code); decref(m); return 0; }
  moduleSetState(m, MOD_INITIALIZING);
  const r = vmExecModuleCode(code, moduleDict(m));
  moduleSetState(m, 0);
  decref(code);
  if (r == 0) {
    // the body failed: forget the module, unless the body put something else there
    if (dictGetItemStr(sysModules, fullname) == m) {
      const e = excFetch();
      dictDelItem(sysModules, fullname);
      excRestore(e);
    }
    decref(m);
    return 0;
  }
  decref(r);
  decref(m);
  const found = dictGetItemStr(sysModules, fullname);
  if (found == 0) {
    excFormat(excImportError, "Loaded module %U not found in sys.modules", fullname);
    return 0;
  }
  return newref(found);
}

/** A fresh module for source at `filename`, with the attributes importlib gives one. A package
 *  of the bundled library gets an empty __path__ (its submodules are bundled too). */
function importNewModule(fullname: Ptr, filename: Ptr, isPackage: bool, bundled: bool): Ptr {
  const m = moduleNew(fullname);
  if (m == 0) return 0;
  const d = moduleDict(m);
  let ok = setItemLiteral(d, '__doc__', Py_None) == 0
    && setItemLiteral(d, '__file__', filename) == 0
    && setItemLiteral(d, '__builtins__', builtinsModule) == 0
    && setItemLiteral(d, '__loader__', Py_None) == 0
    && setItemLiteral(d, '__spec__', Py_None) == 0;
  if (ok) {
    let pkg: Ptr;
    if (isPackage) pkg = newref(fullname);
    else {
      const dot = lastDot(fullname, strLen(fullname));
      pkg = dot < 0 ? strFromLiteral('') : strSubstring(fullname, 0, dot);
    }
    ok = pkg != 0 && setItemLiteral(d, '__package__', pkg) == 0;
    xdecref(pkg);
  }
  if (ok && isPackage) {
    // __path__ = [the package's directory], or [] for a bundled package
    const l = listNew(0);
    ok = l != 0;
    if (ok && !bundled) {
      const slash = lastSlash(filename);
      const dir = strSubstring(filename, 0, slash < 0 ? 0 : slash);
      ok = dir != 0 && listAppend(l, dir) == 0;
      xdecref(dir);
    }
    ok = ok && setItemLiteral(d, '__path__', l) == 0;
    xdecref(l);
  }
  if (!ok) { decref(m); return 0; }
  return m;
}

function lastSlash(s: Ptr): i32 {
  for (let i = strLen(s) - 1; i >= 0; i--) if (strCharAt(s, i) == 0x2F) return i;
  return -1;
}

/** Imports `fullname` and each of its parents; returns the module (new reference). */
function importAbsolute(fullname: Ptr): Ptr {
  const have = dictGetItemStr(sysModules, fullname);
  if (have != 0) {
    if (have == Py_None) {
      excFormat(excModuleNotFoundError, 'import of %U halted; None in sys.modules', fullname);
      excSetImportErrorInfo(fullname, 0);
      return 0;
    }
    return newref(have);
  }
  const n = strLen(fullname);
  const dot = lastDot(fullname, n);
  if (dot < 0) return importLoad(fullname, fullname, sysGetPath(), true);
  const parentName = strSubstring(fullname, 0, dot);
  if (parentName == 0) return 0;
  const parent = importAbsolute(parentName);
  if (parent == 0) { decref(parentName); return 0; }
  // importing the parent may have imported this module too
  const again = dictGetItemStr(sysModules, fullname);
  if (again != 0) { decref(parentName); decref(parent); return newref(again); }
  const last = strSubstring(fullname, dot + 1, n);
  if (last == 0) { decref(parentName); decref(parent); return 0; }
  const path = objGetAttr(parent, sPath);
  let m: Ptr = 0;
  if (path == 0) {
    if (excMatches(excAttributeError)) {
      excClear();
      excFormat(excModuleNotFoundError, "No module named '%U'; '%U' is not a package", fullname, parentName);
      excSetImportErrorInfo(fullname, 0);
    }
  } else {
    m = importLoad(fullname, last, path, false);
    decref(path);
    // bind the child on its parent (importlib's setattr(parent_module, child, module))
    if (m != 0 && objSetAttr(parent, last, m) < 0) { decref(m); m = 0; }
  }
  decref(last);
  decref(parentName);
  decref(parent);
  return m;
}

function hasAttr(o: Ptr, name: Ptr): i32 {
  const v = objGetAttr(o, name);
  if (v != 0) { decref(v); return 1; }
  if (!excMatches(excAttributeError)) return -1;
  excClear();
  return 0;
}

/** `from package import a, b`: imports each name that is not an attribute yet as a submodule;
 *  a submodule that does not exist is not an error here (IMPORT_FROM reports the name). */
function importHandleFromlist(m: Ptr, fromlist: Ptr, recursive: bool): i32 {
  const modname = objGetAttr(m, sName);
  if (modname == 0) return -1;
  const n = tupleSize(fromlist);
  let rc: i32 = 0;
  for (let i: i32 = 0; i < n && rc == 0; i++) {
    const x = tupleItem(fromlist, i);
    if (!isStr(x)) {
      excFormat(excTypeError, recursive ? 'Item in %U.__all__ must be str, not %T' : "Item in ``from list'' must be str, not %T",
        recursive ? modname : x, x);
      rc = -1;
      break;
    }
    if (strLen(x) == 1 && strCharAt(x, 0) == 0x2A) { // '*'
      if (recursive) continue;
      const all = objGetAttr(m, sAll);
      if (all == 0) {
        if (excMatches(excAttributeError)) excClear(); else rc = -1;
        continue;
      }
      const t = tupleFromIterable(all);
      decref(all);
      if (t == 0) { rc = -1; break; }
      rc = importHandleFromlist(m, t, true);
      decref(t);
      continue;
    }
    const h = hasAttr(m, x);
    if (h < 0) { rc = -1; break; }
    if (h) continue;
    const full = joinDotted(modname, x);
    if (full == 0) { rc = -1; break; }
    const sub = importAbsolute(full);
    if (sub != 0) decref(sub);
    else if (excMatches(excModuleNotFoundError) && importErrorNameIs(full)) excClear();
    else rc = -1;
    decref(full);
  }
  decref(modname);
  return rc;
}


function importErrorNameIs(full: Ptr): bool {
  const nm = excImportErrorName(curExc);
  return nm != 0 && isStr(nm) && strEq(nm, full);
}


/** IMPORT_NAME: __import__(name, globals, None, fromlist, level). Returns a new reference. */
export function importName(name: Ptr, globals: Ptr, fromlist: Ptr, levelObj: Ptr): Ptr {
  let level: i32 = 0;
  if (levelObj != 0 && isInt(levelObj)) {
    const lv = intValue(levelObj);
    if (lv < 0) { excSetString(excValueError, 'level must be >= 0'); return 0; }
    level = <i32>lv;
  }
  if (!isStr(name)) { excSetString(excTypeError, 'module name must be a string'); return 0; }
  const abs = importResolveName(name, globals, level);
  if (abs == 0) return 0;
  const m = importAbsolute(abs);
  if (m == 0) { decref(abs); return 0; }
  const hasFrom = fromlist != 0 && fromlist != Py_None && objIsTrueQuiet(fromlist);
  if (!hasFrom) {
    // `import a.b.c` binds a: the top package (for a relative name, the module its first
    // component names)
    const fd = firstDot(name);
    if (fd < 0 || strLen(name) == 0) { decref(abs); return m; }
    decref(m);
    const cut = strLen(name) - fd;
    const topName = strSubstring(abs, 0, strLen(abs) - cut);
    decref(abs);
    if (topName == 0) return 0;
    const top = dictGetItemStr(sysModules, topName);
    if (top == 0) {
      excFormat(excKeyError, "%R", topName);
      decref(topName);
      return 0;
    }
    decref(topName);
    return newref(top);
  }
  decref(abs);
  const isPkg = hasAttr(m, sPath);
  if (isPkg < 0) { decref(m); return 0; }
  if (isPkg) {
    const t = tupleFromIterable(fromlist);
    if (t == 0) { decref(m); return 0; }
    const r = importHandleFromlist(m, t, false);
    decref(t);
    if (r < 0) { decref(m); return 0; }
  }
  return m;
}

function objIsTrueQuiet(o: Ptr): bool {
  const t = objIsTrue(o);
  if (t < 0) { excClear(); return false; }
  return t != 0;
}

/** IMPORT_FROM: `from m import name`. Returns a new reference. */
export function importFrom(m: Ptr, name: Ptr): Ptr {
  const v = objGetAttr(m, name);
  if (v != 0) return v;
  if (!excMatches(excAttributeError)) return 0;
  excClear();
  // a submodule bound only in sys.modules so far (circular imports)
  const pkgname = objGetAttr(m, sName);
  if (pkgname == 0) { excClear(); return raiseCannotImport(m, name, 0); }
  if (isStr(pkgname)) {
    const full = joinDotted(pkgname, name);
    if (full == 0) { decref(pkgname); return 0; }
    const sub = dictGetItemStr(sysModules, full);
    decref(full);
    if (sub != 0) { decref(pkgname); return newref(sub); }
  }
  const r = raiseCannotImport(m, name, pkgname);
  decref(pkgname);
  return r;
}

/** CPython 3.11's "cannot import name" ImportError, with name and path set. */
function raiseCannotImport(m: Ptr, name: Ptr, pkgname: Ptr): Ptr {
  const shown = pkgname != 0 && isStr(pkgname) ? pkgname : 0;
  const shownName = shown != 0 ? shown : strFromLiteral('<unknown module name>');
  let file: Ptr = 0;
  if (load<Ptr>(m, OB_TYPE) == moduleType) file = dictGetItemStr(moduleDict(m), sFile);
  const fileOk = file != 0 && isStr(file);
  const initializing = load<Ptr>(m, OB_TYPE) == moduleType && (moduleState(m) & MOD_INITIALIZING) != 0;
  if (initializing) {
    if (fileOk) excFormat(excImportError, "cannot import name '%U' from partially initialized module '%U' (most likely due to a circular import) (%U)", name, shownName, file);
    else excFormat(excImportError, "cannot import name '%U' from partially initialized module '%U' (most likely due to a circular import) (unknown location)", name, shownName);
  } else {
    if (fileOk) excFormat(excImportError, "cannot import name '%U' from '%U' (%U)", name, shownName, file);
    else excFormat(excImportError, "cannot import name '%U' from '%U' (unknown location)", name, shownName);
  }
  excSetImportErrorInfo(shownName, fileOk ? file : 0);
  if (shown == 0) decref(shownName);
  return 0;
}

/** IMPORT_STAR: binds the module's public names in `locals`. Returns 0, or -1 on error. */
export function importStar(m: Ptr, locals: Ptr): i32 {
  let names = objGetAttr(m, sAll);
  let fromAll = true;
  if (names == 0) {
    if (!excMatches(excAttributeError)) return -1;
    excClear();
    fromAll = false;
    const d = objGetAttr(m, sDict);
    if (d == 0) {
      if (excMatches(excAttributeError)) {
        excClear();
        excSetString(excImportError, 'from-import-* object has no __dict__ and no __all__');
      }
      return -1;
    }
    names = tupleFromIterable(d); // the keys, in namespace order
    decref(d);
    if (names == 0) return -1;
  }
  const it = objGetIter(names);
  decref(names);
  if (it == 0) return -1;
  let rc: i32 = 0;
  for (;;) {
    const k = objIterNext(it);
    if (k == 0) { if (excOccurred()) rc = -1; break; }
    if (!isStr(k)) {
      const modname = objGetAttr(m, sName);
      if (modname != 0) {
        excFormat(excTypeError, fromAll ? 'Item in %S.__all__ must be str, not %T' : 'Key in %S.__dict__ must be str, not %T', modname, k);
        decref(modname);
      }
      decref(k);
      rc = -1;
      break;
    }
    if (!fromAll && strLen(k) > 0 && strCharAt(k, 0) == 0x5F) { decref(k); continue; }
    const v = objGetAttr(m, k);
    if (v == 0) { decref(k); rc = -1; break; }
    const r = load<Ptr>(locals, OB_TYPE) == dictType ? dictSetItem(locals, k, v) : objSetItem(locals, k, v);
    decref(v);
    decref(k);
    if (r < 0) { rc = -1; break; }
  }
  decref(it);
  return rc;
}
