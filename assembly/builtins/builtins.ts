// === The builtins module: print, len, isinstance, ... and the names of every builtin type ===
//
// Each function has THE builtin signature (self = the module, args, nargs, kwnames) and raises
// CPython 3.11's TypeError messages for wrong arguments (they differ from function to function,
// as in CPython: "len() takes exactly one argument (2 given)", "isinstance expected 2 arguments,
// got 1", ...).

import { Ptr } from '../common';
import { incref, decref, xdecref, newref, OB_TYPE } from '../object/header';
import { SLOT_ITERNEXT, TP_FLAGS, TPFLAGS_HEAPTYPE, typeSlot } from '../object/typelayout';
import { typeType, objectType, isSubtype, typeKind, TK_STR, TK_FLOAT } from '../object/type';
import {
  objRepr, objStr, objLen, objHash, objIsTrue, objGetIter, objIterNext, objRichCompareBool,
  objGetAttr, objSetAttr, objCall, objIsCallable, binaryOp, objIndex, objPower3,
} from '../object/abstract';
import { cfuncNew } from '../object/cfunc';
import { argsParse, argErrBadKw } from '../object/methodargs';
import { moduleNewLiteral, moduleDict, moduleAddFunction, moduleAddObject } from '../object/module';
import { dictSetItem } from '../object/dict';
import { strInternLiteral, strEqLiteral, strType, strFromLiteral, strLen, strKind, strData, kindRead, strFromChar, strCharAt, strSubstring } from '../object/str';
import { tupleType, tupleSize, tupleItem, tupleItemsAddr } from '../object/tuple';
import { listType, listFromIterable } from '../object/list';
import { intType, intFromI64, intValue, isInt, intPowMod, intDivmod } from '../object/int';
import { floatType } from '../object/float';
import { complexType } from '../object/complex';
import { boolType, Py_True, Py_False } from '../object/bool';
import { Py_None, Py_NotImplemented, Py_Ellipsis } from '../object/none';
import { dictType } from '../object/dict';
import { setType, frozensetType } from '../object/set';
import { sliceType } from '../object/slice';
import {
  excFormat, excSetString, excOccurred, excMatches, excClear, excTypeError, excValueError,
  excStopIteration, excAttributeError, excSetObject, excTypeCount, excTypeAt, excEOFError,
  excNoMemory, excOverflowError,
} from '../vm/exc';
import { ioWriteStr, ioWriteBytes, ioFlush, ioReadLine } from '../vm/io';
import { sysStdoutOverride } from '../modules/sys';
import { importName } from '../vm/import';
import { curFrame, FR_GLOBALS, recursionEnter, recursionLeave } from '../vm/frame';
import { dictCheck } from '../object/dict';
import { excSystemError } from '../vm/exc';
import { sbNew, sbAppendUtf8, sbFinish, sbFree } from '../object/strbuild';
import { heapAlloc, heapFree } from '../heap/heap';
import { NB_POWER, NB_DIVMOD } from '../opcodes.gen';
import { typeName } from '../object/type';
import { callIterNew } from '../object/iter';
import { formatValue, objAscii, intToBase } from '../object/strformat';
import { enumerateType, zipType, mapType, filterType, reversedType } from './iterators';
import { tupleNew } from '../object/tuple';
import { typeLookup } from '../object/type';
import { rangeType } from '../object/range';
import { genType, genNext } from '../object/gen';
import { objIsInstance, objIsSubclass } from '../object/instancecheck';
import { builtin_vars, builtin_locals, builtin_globals, builtin_dir } from './introspect';

export let builtinsModule: Ptr = 0;

// ---- argument helpers ----

@inline function nkwOf(kwnames: Ptr): i32 { return kwnames ? tupleSize(kwnames) : 0; }
@inline function arg(args: Ptr, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

/** "f() takes no keyword arguments" when kwnames is non-empty. Returns true if it raised. */
function noKeywords(name: string, kwnames: Ptr): bool {
  if (nkwOf(kwnames) == 0) return false;
  const n = strFromLiteral(name);
  excFormat(excTypeError, '%U() takes no keyword arguments', n);
  decref(n);
  return true;
}

/** "f() takes exactly one argument (N given)" unless exactly one positional. */
function oneArg(name: string, nargs: i32, kwnames: Ptr): bool {
  if (noKeywords(name, kwnames)) return true;
  if (nargs == 1) return false;
  const n = strFromLiteral(name);
  excFormat(excTypeError, '%U() takes exactly one argument (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

/** "f expected N arguments, got M" (the form of isinstance, divmod, setattr...). */
function expectedArgs(name: string, lo: i32, hi: i32, nargs: i32, kwnames: Ptr): bool {
  if (noKeywords(name, kwnames)) return true;
  if (nargs >= lo && nargs <= hi) return false;
  const n = strFromLiteral(name);
  if (lo == hi) {
    if (lo == 1) excFormat(excTypeError, '%U expected %d argument, got %d', n, <Ptr>lo, <Ptr>nargs);
    else excFormat(excTypeError, '%U expected %d arguments, got %d', n, <Ptr>lo, <Ptr>nargs);
  } else if (nargs < lo) {
    if (lo == 1) excFormat(excTypeError, '%U expected at least %d argument, got %d', n, <Ptr>lo, <Ptr>nargs);
    else excFormat(excTypeError, '%U expected at least %d arguments, got %d', n, <Ptr>lo, <Ptr>nargs);
  } else {
    if (hi == 1) excFormat(excTypeError, '%U expected at most %d argument, got %d', n, <Ptr>hi, <Ptr>nargs);
    else excFormat(excTypeError, '%U expected at most %d arguments, got %d', n, <Ptr>hi, <Ptr>nargs);
  }
  decref(n);
  return true;
}

// Keyword names are matched with strEqLiteral: no str is made per call, and a name that is equal
// but not interned (from **kwargs) matches as it does in CPython.

// ---- print ----

/** print(*objects, sep=' ', end='\n', file=None, flush=False) */
function builtin_print(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  let sep: Ptr = 0, end: Ptr = 0, file: Ptr = 0, flush: Ptr = 0;
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    const v = arg(args, npos + k);
    if (strEqLiteral(key, 'sep')) sep = v;
    else if (strEqLiteral(key, 'end')) end = v;
    else if (strEqLiteral(key, 'file')) file = v;
    else if (strEqLiteral(key, 'flush')) flush = v;
    else return excFormat(excTypeError, "'%U' is an invalid keyword argument for print()", key);
  }
  if (sep == Py_None) sep = 0;
  if (end == Py_None) end = 0;
  if (file == Py_None) file = 0;
  if (sep != 0 && load<Ptr>(sep, OB_TYPE) != strType) return excFormat(excTypeError, 'sep must be None or a string, not %T', sep);
  if (end != 0 && load<Ptr>(end, OB_TYPE) != strType) return excFormat(excTypeError, 'end must be None or a string, not %T', end);
  if (file == 0) file = sysStdoutOverride(); // a program may rebind sys.stdout
  if (file != 0) return printToFile(file, args, npos, sep, end, flush);
  for (let i: i32 = 0; i < npos; i++) {
    if (i > 0) {
      if (sep) ioWriteStr(1, sep); else ioWriteBytes(1, changetype<usize>(SPACE), 1);
    }
    const s = objStr(arg(args, i));
    if (s == 0) return 0;
    ioWriteStr(1, s);
    decref(s);
  }
  if (end) ioWriteStr(1, end); else ioWriteBytes(1, changetype<usize>(NEWLINE), 1);
  if (flush != 0) {
    const t = objIsTrue(flush);
    if (t < 0) return 0;
    if (t) ioFlush(1);
  }
  return newref(Py_None);
}
const SPACE = memory.data<u8>([32]);
const NEWLINE = memory.data<u8>([10]);

/** print(..., file=f): f.write(piece) for each piece, as CPython does. */
function printToFile(file: Ptr, args: Ptr, npos: i32, sep: Ptr, end: Ptr, flush: Ptr): Ptr {
  const write = objGetAttr(file, sWriteName);
  if (write == 0) return 0;
  const buf = heapAlloc(4);
  let ok = true;
  for (let i: i32 = 0; i < npos && ok; i++) {
    if (i > 0) {
      const s = sep ? newref(sep) : strFromLiteral(' ');
      store<Ptr>(buf, s);
      const r = objCall(write, buf, 1, 0);
      decref(s);
      if (r == 0) ok = false; else decref(r);
      if (!ok) break;
    }
    const s = objStr(arg(args, i));
    if (s == 0) { ok = false; break; }
    store<Ptr>(buf, s);
    const r = objCall(write, buf, 1, 0);
    decref(s);
    if (r == 0) ok = false; else decref(r);
  }
  if (ok) {
    const s = end ? newref(end) : strFromLiteral('\n');
    store<Ptr>(buf, s);
    const r = objCall(write, buf, 1, 0);
    decref(s);
    if (r == 0) ok = false; else decref(r);
  }
  if (ok && flush != 0 && objIsTrue(flush) > 0) {
    const fl = objGetAttr(file, sFlushName);
    if (fl == 0) ok = false;
    else { const r = objCall(fl, 0, 0, 0); decref(fl); if (r == 0) ok = false; else decref(r); }
  }
  heapFree(buf);
  decref(write);
  return ok ? newref(Py_None) : 0;
}

/** input(prompt=''): the prompt to stdout (flushed), then one line of stdin without its newline;
 *  EOFError at end of input. */
function builtin_input(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (noKeywords('input', kwnames)) return 0;
  if (nargs > 1) return excFormat(excTypeError, 'input expected at most 1 argument, got %d', <Ptr>nargs);
  if (nargs == 1) {
    const p = objStr(arg(args, 0));
    if (p == 0) return 0;
    ioWriteStr(1, p);
    decref(p);
  }
  const line = ioReadLine();
  if (line == 0) return 0;
  const n = strLen(line);
  if (n == 0) {
    decref(line);
    return excSetString(excEOFError, 'EOF when reading a line');
  }
  if (strCharAt(line, n - 1) != 10) return line;
  const r = strSubstring(line, 0, n - 1);
  decref(line);
  return r;
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0) */
function builtin___import__(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  let name: Ptr = npos > 0 ? arg(args, 0) : 0;
  let globals: Ptr = npos > 1 ? arg(args, 1) : 0;
  let fromlist: Ptr = npos > 3 ? arg(args, 3) : 0;
  let level: Ptr = npos > 4 ? arg(args, 4) : 0;
  if (npos > 5) return excFormat(excTypeError, '__import__() takes at most 5 arguments (%d given)', <Ptr>nargs);
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    const v = arg(args, npos + k);
    if (strEqLiteral(key, 'name')) name = v;
    else if (strEqLiteral(key, 'globals')) globals = v;
    else if (strEqLiteral(key, 'locals')) { /* unused, as in CPython */ }
    else if (strEqLiteral(key, 'fromlist')) fromlist = v;
    else if (strEqLiteral(key, 'level')) level = v;
    else return excFormat(excTypeError, "'%U' is an invalid keyword argument for __import__()", key);
  }
  if (name == 0) return excSetString(excTypeError, "__import__() missing required argument 'name' (pos 1)");
  if (globals == Py_None) globals = 0;
  if (globals != 0 && !dictCheck(globals)) return excSetString(excTypeError, 'globals must be a dict');
  return importName(name, globals, fromlist, level);
}

/** The table index of builtins.__import__'s function: IMPORT_NAME imports directly when the
 *  frame's __import__ is this one, and calls a replacement otherwise. */
export function builtinImportIndex(): u32 { return builtin___import__.index; }

// ---- one-argument builtins ----

function builtin_len(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('len', nargs, kwnames)) return 0;
  const n = objLen(arg(args, 0));
  if (n < 0) return 0;
  return intFromI64(n);
}

function builtin_repr(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('repr', nargs, kwnames)) return 0;
  return objRepr(arg(args, 0));
}

function builtin_hash(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('hash', nargs, kwnames)) return 0;
  const h = objHash(arg(args, 0));
  if (h == -1 && excOccurred()) return 0;
  return intFromI64(h);
}

function builtin_id(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('id', nargs, kwnames)) return 0;
  return intFromI64(<i64>arg(args, 0));
}

function builtin_abs(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('abs', nargs, kwnames)) return 0;
  const o = arg(args, 0);
  const f = typeSlot(load<Ptr>(o, OB_TYPE), 24 /* SLOT_ABS */);
  if (f == 0) return excFormat(excTypeError, "bad operand type for abs(): '%T'", o);
  return call_indirect<Ptr>(f, o);
}

function builtin_callable(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('callable', nargs, kwnames)) return 0;
  return newref(objIsCallable(arg(args, 0)) ? Py_True : Py_False);
}

function builtin_chr(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('chr', nargs, kwnames)) return 0;
  const i = objIndex(arg(args, 0)); // an int, or anything with __index__
  if (i == 0) return 0;
  const v = intValue(i);
  decref(i);
  if (v < I32.MIN_VALUE || v > I32.MAX_VALUE) return excSetString(excOverflowError, 'Python int too large to convert to C int');
  if (v < 0 || v > 0x10FFFF) return excSetString(excValueError, 'chr() arg not in range(0x110000)');
  return strFromChar(<u32>v);
}

function builtin_ord(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('ord', nargs, kwnames)) return 0;
  const o = arg(args, 0);
  const ok = typeKind(load<Ptr>(o, OB_TYPE));
  if (ok == TK_BYTES || ok == TK_BYTEARRAY) {
    // ord(b'a'): the byte's value; CPython words a wrong length as for str
    const bn = ok == TK_BYTES ? bytesSize(o) : bytearraySize(o);
    if (bn != 1) return excFormat(excTypeError, 'ord() expected a character, but string of length %d found', <Ptr>bn);
    return intFromI64(<i64>load<u8>(ok == TK_BYTES ? bytesData(o) : bytearrayData(o)));
  }
  if (ok != TK_STR) {
    return excFormat(excTypeError, 'ord() expected string of length 1, but %T found', o);
  }
  const n = strLen(o);
  if (n != 1) return excFormat(excTypeError, 'ord() expected a character, but string of length %d found', <Ptr>n);
  return intFromI64(<i64>kindRead(strData(o), strKind(o), 0));
}

function builtin_iter(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('iter', 1, 2, nargs, kwnames)) return 0;
  if (nargs == 2) {
    if (!objIsCallable(arg(args, 0))) return excSetString(excTypeError, 'iter(v, w): v must be callable');
    return callIterNew(arg(args, 0), arg(args, 1));
  }
  return objGetIter(arg(args, 0));
}

function builtin_format(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (noKeywords('format', kwnames)) return 0;
  if (nargs < 1 || nargs > 2) {
    if (nargs < 1) return excSetString(excTypeError, "format() missing required argument 'value' (pos 1)");
    return excFormat(excTypeError, 'format expected at most 2 arguments, got %d', <Ptr>nargs);
  }
  if (nargs == 1) {
    const empty = strFromLiteral('');
    const r = formatValue(arg(args, 0), empty);
    decref(empty);
    return r;
  }
  const spec = arg(args, 1);
  if (typeKind(load<Ptr>(spec, OB_TYPE)) != TK_STR) {
    return excFormat(excTypeError, 'format() argument 2 must be str, not %T', spec);
  }
  return formatValue(arg(args, 0), spec);
}

function builtin_ascii(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('ascii', nargs, kwnames)) return 0;
  return objAscii(arg(args, 0));
}

function intBase(name: string, args: Ptr, nargs: i32, kwnames: Ptr, base: i32): Ptr {
  if (oneArg(name, nargs, kwnames)) return 0;
  const i = objIndex(arg(args, 0));
  if (i == 0) return 0;
  const r = intToBase(i, base);
  decref(i);
  return r;
}
function builtin_hex(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return intBase('hex', args, nargs, kwnames, 16); }
function builtin_oct(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return intBase('oct', args, nargs, kwnames, 8); }
function builtin_bin(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return intBase('bin', args, nargs, kwnames, 2); }

function builtin_next(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('next', 1, 2, nargs, kwnames)) return 0;
  const it = arg(args, 0);
  const f = typeSlot(load<Ptr>(it, OB_TYPE), SLOT_ITERNEXT);
  if (f == 0) return excFormat(excTypeError, "'%T' object is not an iterator", it);
  // a generator's return value reaches next()'s caller as StopIteration(value)
  const v = load<Ptr>(it, OB_TYPE) == genType ? genNext(it) : call_indirect<Ptr>(f, it);
  if (v) return v;
  if (excOccurred()) {
    if (nargs == 2 && excMatches(excStopIteration)) { excClear(); return newref(arg(args, 1)); }
    return 0;
  }
  if (nargs == 2) return newref(arg(args, 1));
  return excSetObject(excStopIteration, 0);
}

function builtin_any(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return anyAll('any', args, nargs, kwnames, true); }
function builtin_all(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return anyAll('all', args, nargs, kwnames, false); }

function anyAll(name: string, args: Ptr, nargs: i32, kwnames: Ptr, any: bool): Ptr {
  if (oneArg(name, nargs, kwnames)) return 0;
  const it = objGetIter(arg(args, 0));
  if (it == 0) return 0;
  while (true) {
    const v = objIterNext(it);
    if (v == 0) { decref(it); return excOccurred() ? 0 : newref(any ? Py_False : Py_True); }
    const t = objIsTrue(v);
    decref(v);
    if (t < 0) { decref(it); return 0; }
    if ((t != 0) == any) { decref(it); return newref(any ? Py_True : Py_False); }
  }
}

// ---- isinstance / issubclass (object/instancecheck.ts) ----

function builtin_isinstance(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('isinstance', 2, 2, nargs, kwnames)) return 0;
  const r = objIsInstance(arg(args, 0), arg(args, 1));
  return r < 0 ? 0 : newref(r ? Py_True : Py_False);
}

function builtin_issubclass(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('issubclass', 2, 2, nargs, kwnames)) return 0;
  const r = objIsSubclass(arg(args, 0), arg(args, 1));
  return r < 0 ? 0 : newref(r ? Py_True : Py_False);
}

// ---- attributes ----

function builtin_getattr(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('getattr', 2, 3, nargs, kwnames)) return 0;
  const name = arg(args, 1);
  if (typeKind(load<Ptr>(name, OB_TYPE)) != TK_STR) return excFormat(excTypeError, "attribute name must be string, not '%T'", name);
  const v = objGetAttr(arg(args, 0), name);
  if (v == 0 && nargs == 3 && excMatches(excAttributeError)) { excClear(); return newref(arg(args, 2)); }
  return v;
}

function builtin_setattr(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('setattr', 3, 3, nargs, kwnames)) return 0;
  const name = arg(args, 1);
  if (typeKind(load<Ptr>(name, OB_TYPE)) != TK_STR) return excFormat(excTypeError, "attribute name must be string, not '%T'", name);
  if (objSetAttr(arg(args, 0), name, arg(args, 2)) < 0) return 0;
  return newref(Py_None);
}

function builtin_hasattr(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('hasattr', 2, 2, nargs, kwnames)) return 0;
  const name = arg(args, 1);
  if (typeKind(load<Ptr>(name, OB_TYPE)) != TK_STR) return excFormat(excTypeError, "attribute name must be string, not '%T'", name);
  const v = objGetAttr(arg(args, 0), name);
  if (v == 0) {
    if (excMatches(excAttributeError)) { excClear(); return newref(Py_False); }
    return 0;
  }
  decref(v);
  return newref(Py_True);
}

function builtin_delattr(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('delattr', 2, 2, nargs, kwnames)) return 0;
  const name = arg(args, 1);
  if (typeKind(load<Ptr>(name, OB_TYPE)) != TK_STR) return excFormat(excTypeError, "attribute name must be string, not '%T'", name);
  if (objSetAttr(arg(args, 0), name, 0) < 0) return 0;
  return newref(Py_None);
}

// ---- arithmetic helpers ----

function builtin_divmod(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('divmod', 2, 2, nargs, kwnames)) return 0;
  return binaryOp(arg(args, 0), arg(args, 1), <i32>NB_DIVMOD);
}

/** pow(base, exp, mod=None): the ** operator, or the ternary slots given a modulus. */
function builtin_pow(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  // argument clinic's binding: missing arguments are reported before unknown keywords
  const p = memory.data(12);
  if (!argsParse(args, nargs, kwnames, p, 'pow', 0, 2, 3, 'base', 'exp', 'mod')) return 0;
  const base = load<Ptr>(p), exp = load<Ptr>(p, 4), mod = load<Ptr>(p, 8);
  if (mod != 0 && mod != Py_None) return objPower3(base, exp, mod);
  return binaryOp(base, exp, <i32>NB_POWER);
}

/** round(number, ndigits=None): delegates to type(number).__round__. */
function builtin_round(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const p = memory.data(12);
  if (!argsParse(args, nargs, kwnames, p, 'round', 0, 1, 2, 'number', 'ndigits')) return 0;
  const number = load<Ptr>(p), ndigits = load<Ptr>(p, 4);
  const t = load<Ptr>(number, OB_TYPE);
  const meth = typeLookupAttr(t, sRoundName);
  if (meth == 0) return excFormat(excTypeError, "type %N doesn't define __round__ method", t);
  const buf = heapAlloc(8);
  store<Ptr>(buf, number);
  let n: i32 = 1;
  if (ndigits != 0 && ndigits != Py_None) { store<Ptr>(buf + 4, ndigits); n = 2; }
  const r = objCall(meth, buf, n, 0);
  heapFree(buf);
  return r;
}
@inline function typeLookupAttr(t: Ptr, name: Ptr): Ptr { return typeLookup(t, name); }

// ---- min / max / sum / sorted ----

function minMax(name: string, args: Ptr, nargs: i32, kwnames: Ptr, op: i32): Ptr {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  let key: Ptr = 0, dflt: Ptr = 0;
  // PyArg_ParseTupleAndKeywords("|$OO") over the keywords: their count, then each name
  if (nkw > 2) {
    const n = strFromLiteral(name);
    excFormat(excTypeError, '%U() takes at most 2 keyword arguments (%d given)', n, <Ptr>nkw);
    decref(n);
    return 0;
  }
  for (let k: i32 = 0; k < nkw; k++) {
    const kn = tupleItem(kwnames, k);
    if (strEqLiteral(kn, 'key')) key = arg(args, npos + k);
    else if (strEqLiteral(kn, 'default')) dflt = arg(args, npos + k);
    else return argErrBadKw(kn, name);
  }
  if (key == Py_None) key = 0;
  if (npos == 0) {
    const n = strFromLiteral(name);
    excFormat(excTypeError, '%U expected at least 1 argument, got 0', n);
    decref(n);
    return 0;
  }
  let it: Ptr;
  if (npos == 1) {
    it = objGetIter(arg(args, 0));
    if (it == 0) return 0;
  } else {
    if (dflt != 0) {
      const n = strFromLiteral(name);
      excFormat(excTypeError, 'Cannot specify a default for %U() with multiple positional arguments', n);
      decref(n);
      return 0;
    }
    const t = tupleNew(npos);
    if (t == 0) return 0;
    for (let i: i32 = 0; i < npos; i++) store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), newref(arg(args, i)));
    it = objGetIter(t);
    decref(t);
    if (it == 0) return 0;
  }
  let best: Ptr = 0, bestKey: Ptr = 0;
  const kbuf = heapAlloc(4);
  while (true) {
    const v = objIterNext(it);
    if (v == 0) break;
    let kv = v;
    if (key) {
      store<Ptr>(kbuf, v);
      kv = objCall(key, kbuf, 1, 0);
      if (kv == 0) { decref(v); break; }
    } else incref(kv);
    if (best == 0) { best = v; bestKey = kv; continue; }
    const c = objRichCompareBool(kv, bestKey, op);
    if (c < 0) { decref(v); decref(kv); break; }
    if (c) { decref(best); decref(bestKey); best = v; bestKey = kv; }
    else { decref(v); decref(kv); }
  }
  heapFree(kbuf);
  decref(it);
  if (excOccurred()) { xdecref(best); xdecref(bestKey); return 0; }
  if (best == 0) {
    if (dflt) return newref(dflt);
    const n = strFromLiteral(name);
    excFormat(excValueError, '%U() arg is an empty sequence', n);
    decref(n);
    return 0;
  }
  decref(bestKey);
  return best;
}

function builtin_min(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return minMax('min', args, nargs, kwnames, 0); }
function builtin_max(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr { return minMax('max', args, nargs, kwnames, 4); }

/** sum(iterable, /, start=0) */
function builtin_sum(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const p = memory.data(12);
  if (!argsParse(args, nargs, kwnames, p, 'sum', 1, 1, 2, 'iterable', 'start')) return 0;
  const start = load<Ptr>(p, 4);
  if (start != 0) {
    const sk = typeKind(load<Ptr>(start, OB_TYPE));
    if (sk == TK_STR) return excSetString(excTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (sk == TK_BYTES) return excSetString(excTypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (sk == TK_BYTEARRAY) return excSetString(excTypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = objGetIter(arg(args, 0));
  if (it == 0) return 0;
  let acc = start ? newref(start) : intFromI64(0);
  while (true) {
    const v = objIterNext(it);
    if (v == 0) break;
    const r = binaryOp(acc, v, 0 /* NB_ADD */);
    decref(v);
    decref(acc);
    acc = r;
    if (r == 0) break;
  }
  decref(it);
  if (excOccurred()) { xdecref(acc); return 0; }
  return acc;
}

/** sorted(iterable, /, *, key=None, reverse=False): list(iterable).sort(key=..., reverse=...). */
function builtin_sorted(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  if (npos != 1) return excFormat(excTypeError, 'sorted expected 1 argument, got %d', <Ptr>npos);
  const l = listFromIterable(arg(args, 0));
  if (l == 0) return 0;
  const sort = objGetAttr(l, sSortName);
  if (sort == 0) { decref(l); return 0; }
  const r = objCall(sort, args + 4, nkw, kwnames);
  decref(sort);
  if (r == 0) { decref(l); return 0; }
  decref(r);
  return l;
}

// ---- the module ----

import { builtin___build_class__ } from './buildclass';
import { propertyType, staticmethodType, classmethodType } from '../object/descrobject';
import { superType } from '../object/super';
import { bytesType, bytesSize, bytesData } from '../object/bytes';
import { bytearrayType, bytearraySize, bytearrayData } from '../object/bytearray';
import { memoryviewType } from '../object/memoryview';
import { TK_BYTES, TK_BYTEARRAY } from '../object/type';
import { builtin_compile, builtin_exec, builtin_eval, execNamesInit } from './exec';

/** Names the builtins look up at run time, interned once (no allocation that can fail). */
let sWriteName: Ptr = 0, sFlushName: Ptr = 0, sRoundName: Ptr = 0, sSortName: Ptr = 0;

/** Makes the builtins module (after every type exists). */
export function builtinsInit(): void {
  sWriteName = strInternLiteral('write');
  sFlushName = strInternLiteral('flush');
  sRoundName = strInternLiteral('__round__');
  sSortName = strInternLiteral('sort');
  execNamesInit();
  const m = moduleNewLiteral('builtins');
  builtinsModule = m;
  const d = moduleDict(m);
  moduleAddFunction(m, 'print', builtin_print.index);
  moduleAddFunction(m, 'input', builtin_input.index);
  moduleAddFunction(m, 'open', io_open.index);
  moduleAddFunction(m, '__import__', builtin___import__.index);
  moduleAddFunction(m, 'globals', builtin_globals.index);
  moduleAddFunction(m, 'compile', builtin_compile.index);
  moduleAddFunction(m, 'exec', builtin_exec.index);
  moduleAddFunction(m, 'eval', builtin_eval.index);
  moduleAddFunction(m, 'len', builtin_len.index);
  moduleAddFunction(m, 'repr', builtin_repr.index);
  moduleAddFunction(m, 'hash', builtin_hash.index);
  moduleAddFunction(m, 'id', builtin_id.index);
  moduleAddFunction(m, 'abs', builtin_abs.index);
  moduleAddFunction(m, 'callable', builtin_callable.index);
  moduleAddFunction(m, 'chr', builtin_chr.index);
  moduleAddFunction(m, 'ord', builtin_ord.index);
  moduleAddFunction(m, 'iter', builtin_iter.index);
  moduleAddFunction(m, 'next', builtin_next.index);
  moduleAddFunction(m, 'any', builtin_any.index);
  moduleAddFunction(m, 'all', builtin_all.index);
  moduleAddFunction(m, 'isinstance', builtin_isinstance.index);
  moduleAddFunction(m, 'issubclass', builtin_issubclass.index);
  moduleAddFunction(m, 'getattr', builtin_getattr.index);
  moduleAddFunction(m, 'setattr', builtin_setattr.index);
  moduleAddFunction(m, 'hasattr', builtin_hasattr.index);
  moduleAddFunction(m, 'delattr', builtin_delattr.index);
  moduleAddFunction(m, 'vars', builtin_vars.index);
  moduleAddFunction(m, 'locals', builtin_locals.index);
  moduleAddFunction(m, 'dir', builtin_dir.index);
  moduleAddFunction(m, 'divmod', builtin_divmod.index);
  moduleAddFunction(m, 'pow', builtin_pow.index);
  moduleAddFunction(m, 'round', builtin_round.index);
  moduleAddFunction(m, 'min', builtin_min.index);
  moduleAddFunction(m, 'max', builtin_max.index);
  moduleAddFunction(m, 'sum', builtin_sum.index);
  moduleAddFunction(m, 'sorted', builtin_sorted.index);
  moduleAddFunction(m, 'format', builtin_format.index);
  moduleAddFunction(m, 'ascii', builtin_ascii.index);
  moduleAddFunction(m, 'hex', builtin_hex.index);
  moduleAddFunction(m, 'oct', builtin_oct.index);
  moduleAddFunction(m, 'bin', builtin_bin.index);
  moduleAddObject(m, 'enumerate', enumerateType);
  moduleAddObject(m, 'zip', zipType);
  moduleAddObject(m, 'map', mapType);
  moduleAddObject(m, 'filter', filterType);
  moduleAddObject(m, 'reversed', reversedType);
  moduleAddFunction(m, '__build_class__', builtin___build_class__.index);
  moduleAddObject(m, 'property', propertyType);
  moduleAddObject(m, 'staticmethod', staticmethodType);
  moduleAddObject(m, 'classmethod', classmethodType);
  moduleAddObject(m, 'super', superType);
  moduleAddObject(m, 'object', objectType);
  moduleAddObject(m, 'type', typeType);
  moduleAddObject(m, 'int', intType);
  moduleAddObject(m, 'bool', boolType);
  moduleAddObject(m, 'float', floatType);
  moduleAddObject(m, 'complex', complexType);
  moduleAddObject(m, 'str', strType);
  moduleAddObject(m, 'bytes', bytesType);
  moduleAddObject(m, 'bytearray', bytearrayType);
  moduleAddObject(m, 'memoryview', memoryviewType);
  moduleAddObject(m, 'tuple', tupleType);
  moduleAddObject(m, 'list', listType);
  moduleAddObject(m, 'dict', dictType);
  moduleAddObject(m, 'set', setType);
  moduleAddObject(m, 'frozenset', frozensetType);
  moduleAddObject(m, 'range', rangeType);
  moduleAddObject(m, 'slice', sliceType);
  moduleAddObject(m, 'None', Py_None);
  moduleAddObject(m, 'Ellipsis', Py_Ellipsis);
  moduleAddObject(m, 'NotImplemented', Py_NotImplemented);
  moduleAddObject(m, 'True', Py_True);
  moduleAddObject(m, 'False', Py_False);
  const n = excTypeCount();
  for (let i: i32 = 0; i < n; i++) {
    const t = excTypeAt(i);
    dictSetItem(d, typeName(t), t);
  }
  // CPython 3.3's aliases of OSError
  moduleAddObject(m, 'EnvironmentError', excOSError);
  moduleAddObject(m, 'IOError', excOSError);
}
import { excOSError } from '../vm/exc';
import { io_open } from '../modules/io';
