// === The builtin modules: which names the core provides, and making one on import ===
//
// `import x` asks here first (CPython's BuiltinImporter comes first on sys.meta_path), so a
// program's own math.py never shadows the builtin math. sys and builtins are not made here:
// they exist before the program starts (vm/run.ts puts them in sys.modules).

import { Ptr } from '../common';
import { strEqLiteral } from '../object/str';
import { strSplitCommas } from '../object/structseq';
import { gcModuleNew } from './gc';
import { weakrefModuleNew } from './weakref';
import { atexitModuleNew } from './atexit';
import { mathModuleNew, mathInit } from './math';
import { cmathModuleNew } from './cmath';
import { timeModuleNew, timeInit, timeEndRun } from './time';
import { linecacheModuleNew } from './linecache';
import { ioModuleNew, ioTypesInit } from './io';
import { posixModuleNew, posixInit } from './posix';

/** The names, sorted (sys.builtin_module_names). Keep builtinModuleNew in step. */
const NAMES = '_io,_linecache,_weakref,atexit,builtins,cmath,gc,math,posix,sys,time';

/** A new module object for builtin module `name` (a str), or 0 with no exception when the core
 *  has no module of that name; 0 with an exception when making it failed. */
export function builtinModuleNew(name: Ptr): Ptr {
  if (strEqLiteral(name, 'gc')) return gcModuleNew();
  if (strEqLiteral(name, '_weakref')) return weakrefModuleNew();
  if (strEqLiteral(name, 'atexit')) return atexitModuleNew();
  if (strEqLiteral(name, 'math')) return mathModuleNew();
  if (strEqLiteral(name, 'cmath')) return cmathModuleNew();
  if (strEqLiteral(name, 'time')) return timeModuleNew();
  if (strEqLiteral(name, '_linecache')) return linecacheModuleNew();
  if (strEqLiteral(name, '_io')) return ioModuleNew();
  if (strEqLiteral(name, 'posix')) return posixModuleNew();
  return 0;
}

/** sys.builtin_module_names: a tuple of str. */
export function builtinModuleNames(): Ptr {
  return strSplitCommas(NAMES);
}

/** Once at vmInit: what the builtin modules keep for the VM's life (interned names, types). */
export function builtinModulesInit(): void {
  ioTypesInit();
  posixInit();
  mathInit();
  timeInit();
}

/** End of a run: what the builtin modules made for the run. */
export function builtinModulesEndRun(): void {
  timeEndRun();
}
