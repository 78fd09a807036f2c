// === _linecache: the source lines the host knows, for lib/linecache.py (pyrite's own module) ===
//
// CPython's linecache reads files from disk; pyrite's core cannot, but the host keeps the source
// of every module it compiled (src/codereg.ts), under the filename its code objects carry. One
// function, getline(filename, lineno): that line without its line break, or None when the host
// knows no such file or line (pseudo-files such as '<string>' have no lines, as in CPython).

import { Ptr } from '../common';
import { newref, decref } from '../object/header';
import { moduleNewLiteral, moduleAddFunction } from '../object/module';
import { isStr, strAsUtf8 } from '../object/str';
import { ioHostText } from '../vm/io';
import { isInt, intValue } from '../object/int';
import { Py_None } from '../object/none';
import { modPositional } from './args';

/** Writes line `lineno` of the file named by the UTF-8 bytes at name when it fits in cap bytes;
 *  answers its byte length, or -1 when the host knows no such line. */
@external("host", "source_line") declare function hostSourceLine(name: usize, nameLen: i32, lineno: i32, buf: usize, cap: i32): i32;

/** Line `lineno` of file `filename` (a str) as the host has it: a new str, or 0 with no
 *  exception when there is none (0 with MemoryError set when out of memory). */
export function linecacheGetline(filename: Ptr, lineno: i32): Ptr {
  const lenCell = memory.data(4);
  const name = strAsUtf8(filename, lenCell);
  if (name == 0) return 0;
  return ioHostText(askSourceLine.index, <i32>name, load<i32>(lenCell), lineno);
}
function askSourceLine(name: i32, nameLen: i32, lineno: i32, buf: usize, cap: i32): i32 {
  return hostSourceLine(<usize>name, nameLen, lineno, buf, cap);
}

/** _linecache.getline(filename, lineno): the line, or None. */
function linecache_getline(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (modPositional('_linecache.getline', nargs, kwnames, 2, 2)) return 0;
  const filename = load<Ptr>(args);
  const lineno = load<Ptr>(args, 4);
  if (!isStr(filename) || !isInt(lineno)) return newref(Py_None);
  const v = intValue(lineno);
  if (v < 1 || v > 0x7fffffff) return newref(Py_None);
  const line = linecacheGetline(filename, <i32>v);
  if (line != 0) return line;
  return excOccurredLc() ? 0 : newref(Py_None);
}
import { excOccurred as excOccurredLc } from '../vm/exc';

export function linecacheModuleNew(): Ptr {
  const m = moduleNewLiteral('_linecache');
  if (m == 0) return 0;
  if (moduleAddFunction(m, 'getline', linecache_getline.index) < 0) { decref(m); return 0; }
  return m;
}
