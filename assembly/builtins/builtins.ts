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
  objGetAttr, objSetAttr, objCall, objIsCallable, binaryOp, objIndex,
} from '../object/abstract';
import { cfuncNew } from '../object/cfunc';
import { moduleNew, moduleDict } from '../object/module';
import { dictSetItem } from '../object/dict';
import { strInternLiteral, strEqLiteral, strType, strFromLiteral, strLen, strKind, strData, kindRead, strFromChar } from '../object/str';
import { tupleType, tupleSize, tupleItem, tupleItemsAddr } from '../object/tuple';
import { listType, listFromIterable } from '../object/list';
import { intType, intFromI64, intValue, isInt, intPowMod, intDivmod } from '../object/int';
import { floatType } from '../object/float';
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
import { ioWriteStr, ioWriteBytes, ioFlush, ioReadline } from '../vm/io';
import { sbNew, sbAppendUtf8, sbFinish, sbFree } from '../object/strbuild';
import { heapAlloc, heapFree } from '../heap/heap';
import { NB_POWER, NB_REMAINDER, NB_FLOOR_DIVIDE } from '../opcodes.gen';
import { typeName } from '../object/type';
import { callIterNew } from '../object/iter';
import { formatValue, objAscii, intToBase } from '../object/strformat';
import { enumerateType, zipType, mapType, filterType, reversedType } from './iterators';
import { tupleNew } from '../object/tuple';
import { typeLookup } from '../object/type';
import { rangeType } from '../object/range';
import { genType, genNext } from '../object/gen';

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
  const wname = strInternLiteral('write');
  const write = objGetAttr(file, wname);
  decref(wname);
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
    const fname = strInternLiteral('flush');
    const fl = objGetAttr(file, fname);
    decref(fname);
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
  const buf = heapAlloc(INPUT_CHUNK);
  if (buf == 0) return excNoMemory();
  const sb = sbNew();
  let got = false;
  while (true) {
    const n = ioReadline(buf, <i32>INPUT_CHUNK);
    if (n < 0) break;
    got = true;
    const nl = n > 0 && load<u8>(buf + <usize>(n - 1)) == 10;
    sbAppendUtf8(sb, buf, nl ? n - 1 : n);
    if (nl) break;
  }
  heapFree(buf);
  if (!got) {
    sbFree(sb);
    return excSetString(excEOFError, 'EOF when reading a line');
  }
  return sbFinish(sb);
}
/** Bytes read from the host per readline call (a longer line arrives in pieces). */
@inline const INPUT_CHUNK: usize = 4096;

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
  const o = arg(args, 0);
  if (typeKind(load<Ptr>(o, OB_TYPE)) != 1 /* TK_INT */ && typeKind(load<Ptr>(o, OB_TYPE)) != 2) {
    return excFormat(excTypeError, "'%T' object cannot be interpreted as an integer", o);
  }
  const v = intValue(o); // I64.MIN_VALUE for a big int: beyond C int too
  if (v < I32.MIN_VALUE || v > I32.MAX_VALUE) return excSetString(excOverflowError, 'Python int too large to convert to C int');
  if (v < 0 || v > 0x10FFFF) return excSetString(excValueError, 'chr() arg not in range(0x110000)');
  return strFromChar(<u32>v);
}

function builtin_ord(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('ord', nargs, kwnames)) return 0;
  const o = arg(args, 0);
  if (typeKind(load<Ptr>(o, OB_TYPE)) != TK_STR) {
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

// ---- isinstance / issubclass ----

/** isinstance(o, cls) with cls a type or a (nested) tuple of types. 1, 0 or -1. */
function isInstance(o: Ptr, cls: Ptr, what: string): i32 {
  const ct = load<Ptr>(cls, OB_TYPE);
  if (ct == tupleType) {
    const n = tupleSize(cls);
    for (let i: i32 = 0; i < n; i++) {
      const r = isInstance(o, tupleItem(cls, i), what);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!isSubtype(ct, typeType)) {
    const w = strFromLiteral(what);
    excFormat(excTypeError, '%U arg 2 must be a type, a tuple of types, or a union', w);
    decref(w);
    return -1;
  }
  return isSubtype(load<Ptr>(o, OB_TYPE), cls) ? 1 : 0;
}

function builtin_isinstance(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('isinstance', 2, 2, nargs, kwnames)) return 0;
  const r = isInstance(arg(args, 0), arg(args, 1), 'isinstance()');
  return r < 0 ? 0 : newref(r ? Py_True : Py_False);
}

/** issubclass(c, cls) with cls a class or a (nested) tuple of classes. 1, 0 or -1. */
function isSubclass(c: Ptr, cls: Ptr): i32 {
  if (load<Ptr>(cls, OB_TYPE) == tupleType) {
    const n = tupleSize(cls);
    for (let i: i32 = 0; i < n; i++) {
      const r = isSubclass(c, tupleItem(cls, i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (!isSubtype(load<Ptr>(cls, OB_TYPE), typeType)) {
    excSetString(excTypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    return -1;
  }
  return isSubtype(c, cls) ? 1 : 0;
}

function builtin_issubclass(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('issubclass', 2, 2, nargs, kwnames)) return 0;
  const c = arg(args, 0);
  if (!isSubtype(load<Ptr>(c, OB_TYPE), typeType)) return excSetString(excTypeError, 'issubclass() arg 1 must be a class');
  const r = isSubclass(c, arg(args, 1));
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

let sDunderDict: Ptr = 0;

/** vars(obj): obj.__dict__. */
function builtin_vars(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (noKeywords('vars', kwnames)) return 0;
  if (nargs != 1) {
    if (nargs == 0) return excSetString(excTypeError, 'vars() without arguments is not supported yet');
    return excFormat(excTypeError, 'vars expected at most 1 argument, got %d', <Ptr>nargs);
  }
  const d = objGetAttr(arg(args, 0), sDunderDict);
  if (d == 0 && excMatches(excAttributeError)) {
    excClear();
    return excSetString(excTypeError, 'vars() argument must have __dict__ attribute');
  }
  return d;
}

// ---- arithmetic helpers ----

function builtin_divmod(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (expectedArgs('divmod', 2, 2, nargs, kwnames)) return 0;
  const a = arg(args, 0), b = arg(args, 1);
  const ta = load<Ptr>(a, OB_TYPE), tb = load<Ptr>(b, OB_TYPE);
  if ((ta == intType || ta == boolType) && (tb == intType || tb == boolType)) return intDivmod(a, b); // one division
  const q = binaryOp(a, b, <i32>NB_FLOOR_DIVIDE);
  if (q == 0) return fixDivmodMessage(a, b);
  const r = binaryOp(a, b, <i32>NB_REMAINDER);
  if (r == 0) { decref(q); return 0; }
  const t = tupleNewPair(q, r);
  return t;
}

function tupleNewPair(a: Ptr, b: Ptr): Ptr {
  const t = tupleNew(2);
  if (t == 0) { decref(a); decref(b); return 0; }
  store<Ptr>(tupleItemsAddr(t), a);
  store<Ptr>(tupleItemsAddr(t) + 4, b);
  return t;
}

/** divmod's unsupported-operand message names divmod(), not //. */
function fixDivmodMessage(a: Ptr, b: Ptr): Ptr {
  if (excMatches(excTypeError)) {
    // Only rewrite the generic "unsupported operand" error.
    const probe = typeSlot(load<Ptr>(a, OB_TYPE), 29 + <i32>NB_FLOOR_DIVIDE);
    if (probe == 0 || load<Ptr>(a, OB_TYPE) != load<Ptr>(b, OB_TYPE)) {
      excClear();
      return excFormat(excTypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
    }
  }
  return 0;
}

function builtin_pow(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (noKeywords('pow', kwnames)) return 0;
  if (nargs < 2) return excSetString(excTypeError, nargs == 0 ? "pow() missing required argument 'base' (pos 1)" : "pow() missing required argument 'exp' (pos 2)");
  if (nargs > 3) return excFormat(excTypeError, 'pow() takes at most 3 arguments (%d given)', <Ptr>nargs);
  if (nargs == 3 && arg(args, 2) != Py_None) return powTernary(arg(args, 0), arg(args, 1), arg(args, 2));
  const r = binaryOp(arg(args, 0), arg(args, 1), <i32>NB_POWER);
  if (r == 0 && excMatches(excTypeError)) {
    excClear();
    return excFormat(excTypeError, "unsupported operand type(s) for ** or pow(): '%T' and '%T'", arg(args, 0), arg(args, 1));
  }
  return r;
}

/**
 * pow(a, b, m) with a modulus (CPython's ternary_op on the three operands): ints compute the
 * modular power; a float among numbers is TypeError; an instance of a class is asked through its
 * own __pow__(b, m) (three-argument power never uses __rpow__).
 */
function powTernary(a: Ptr, b: Ptr, m: Ptr): Ptr {
  if (isInt(a) && isInt(b) && isInt(m)) return intPowMod(a, b, m);
  const ka = typeKind(load<Ptr>(a, OB_TYPE)), kb = typeKind(load<Ptr>(b, OB_TYPE)), km = typeKind(load<Ptr>(m, OB_TYPE));
  const numA = ka == TK_FLOAT || isInt(a), numB = kb == TK_FLOAT || isInt(b), numM = km == TK_FLOAT || isInt(m);
  if (numA && numB && numM) return excSetString(excTypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  const t = load<Ptr>(a, OB_TYPE);
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0) {
    const name = strInternLiteral('__pow__');
    const f = typeLookup(t, name);
    decref(name);
    if (f != 0) {
      const argv = heapAlloc(12);
      if (argv == 0) return excNoMemory();
      store<Ptr>(argv, a);
      store<Ptr>(argv, b, 4);
      store<Ptr>(argv, m, 8);
      const r = objCall(f, argv, 3, 0);
      heapFree(argv);
      if (r != Py_NotImplemented) return r;
      decref(r);
    }
  }
  excFormat(excTypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
  return 0;
}

/** round(number, ndigits=None): delegates to type(number).__round__. */
function builtin_round(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  let number: Ptr = npos > 0 ? arg(args, 0) : 0;
  let ndigits: Ptr = npos > 1 ? arg(args, 1) : 0;
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    if (strEqLiteral(key, 'number')) number = arg(args, npos + k);
    else if (strEqLiteral(key, 'ndigits')) ndigits = arg(args, npos + k);
    else return excFormat(excTypeError, "round() got an unexpected keyword argument '%U'", key);
  }
  if (npos > 2) return excFormat(excTypeError, 'round() takes at most 2 arguments (%d given)', <Ptr>nargs);
  if (number == 0) return excSetString(excTypeError, "round() missing required argument 'number' (pos 1)");
  const mname = strInternLiteral('__round__');
  if (mname == 0) return 0;
  const t = load<Ptr>(number, OB_TYPE);
  const meth = typeLookupAttr(t, mname);
  decref(mname);
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
  for (let k: i32 = 0; k < nkw; k++) {
    const kn = tupleItem(kwnames, k);
    if (strEqLiteral(kn, 'key')) key = arg(args, npos + k);
    else if (strEqLiteral(kn, 'default')) dflt = arg(args, npos + k);
    else {
      const n = strFromLiteral(name);
      excFormat(excTypeError, "%U() got an unexpected keyword argument '%U'", n, kn);
      decref(n);
      return 0;
    }
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
  const nkw = nkwOf(kwnames);
  const npos = nargs - nkw;
  let start: Ptr = 0;
  for (let k: i32 = 0; k < nkw; k++) {
    if (strEqLiteral(tupleItem(kwnames, k), 'start')) start = arg(args, npos + k);
    else return excFormat(excTypeError, "sum() got an unexpected keyword argument '%U'", tupleItem(kwnames, k));
  }
  if (npos == 0) return excSetString(excTypeError, 'sum() takes at least 1 positional argument (0 given)');
  if (npos > 2) return excFormat(excTypeError, 'sum() takes at most 2 arguments (%d given)', <Ptr>nargs);
  if (npos == 2) start = arg(args, 1);
  if (start != 0) {
    const sk = typeKind(load<Ptr>(start, OB_TYPE));
    if (sk == TK_STR) return excSetString(excTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
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
  const sname = strInternLiteral('sort');
  const sort = objGetAttr(l, sname);
  decref(sname);
  if (sort == 0) { decref(l); return 0; }
  const r = objCall(sort, args + 4, nkw, kwnames);
  decref(sort);
  if (r == 0) { decref(l); return 0; }
  decref(r);
  return l;
}

// ---- the module ----

function addFunction(d: Ptr, mod: Ptr, name: string, fn: u32): void {
  const key = strInternLiteral(name);
  const f = cfuncNew(fn, key, mod);
  dictSetItem(d, key, f);
  decref(f);
  decref(key);
}

function addObject(d: Ptr, name: string, v: Ptr): void {
  const key = strInternLiteral(name);
  dictSetItem(d, key, v);
  decref(key);
}


import { builtin___build_class__ } from './buildclass';
import { propertyType, staticmethodType, classmethodType } from '../object/descrobject';
import { superType } from '../object/super';

/** Makes the builtins module (after every type exists). */
export function builtinsInit(): void {
  const name = strInternLiteral('builtins');
  const m = moduleNew(name);
  decref(name);
  builtinsModule = m;
  const d = moduleDict(m);
  addFunction(d, m, 'print', builtin_print.index);
  addFunction(d, m, 'input', builtin_input.index);
  addFunction(d, m, 'len', builtin_len.index);
  addFunction(d, m, 'repr', builtin_repr.index);
  addFunction(d, m, 'hash', builtin_hash.index);
  addFunction(d, m, 'id', builtin_id.index);
  addFunction(d, m, 'abs', builtin_abs.index);
  addFunction(d, m, 'callable', builtin_callable.index);
  addFunction(d, m, 'chr', builtin_chr.index);
  addFunction(d, m, 'ord', builtin_ord.index);
  addFunction(d, m, 'iter', builtin_iter.index);
  addFunction(d, m, 'next', builtin_next.index);
  addFunction(d, m, 'any', builtin_any.index);
  addFunction(d, m, 'all', builtin_all.index);
  addFunction(d, m, 'isinstance', builtin_isinstance.index);
  addFunction(d, m, 'issubclass', builtin_issubclass.index);
  addFunction(d, m, 'getattr', builtin_getattr.index);
  addFunction(d, m, 'setattr', builtin_setattr.index);
  addFunction(d, m, 'hasattr', builtin_hasattr.index);
  addFunction(d, m, 'delattr', builtin_delattr.index);
  addFunction(d, m, 'vars', builtin_vars.index);
  sDunderDict = strInternLiteral('__dict__');
  addFunction(d, m, 'divmod', builtin_divmod.index);
  addFunction(d, m, 'pow', builtin_pow.index);
  addFunction(d, m, 'round', builtin_round.index);
  addFunction(d, m, 'min', builtin_min.index);
  addFunction(d, m, 'max', builtin_max.index);
  addFunction(d, m, 'sum', builtin_sum.index);
  addFunction(d, m, 'sorted', builtin_sorted.index);
  addFunction(d, m, 'format', builtin_format.index);
  addFunction(d, m, 'ascii', builtin_ascii.index);
  addFunction(d, m, 'hex', builtin_hex.index);
  addFunction(d, m, 'oct', builtin_oct.index);
  addFunction(d, m, 'bin', builtin_bin.index);
  addObject(d, 'enumerate', enumerateType);
  addObject(d, 'zip', zipType);
  addObject(d, 'map', mapType);
  addObject(d, 'filter', filterType);
  addObject(d, 'reversed', reversedType);
  addFunction(d, m, '__build_class__', builtin___build_class__.index);
  addObject(d, 'property', propertyType);
  addObject(d, 'staticmethod', staticmethodType);
  addObject(d, 'classmethod', classmethodType);
  addObject(d, 'super', superType);
  addObject(d, 'object', objectType);
  addObject(d, 'type', typeType);
  addObject(d, 'int', intType);
  addObject(d, 'bool', boolType);
  addObject(d, 'float', floatType);
  addObject(d, 'str', strType);
  addObject(d, 'tuple', tupleType);
  addObject(d, 'list', listType);
  addObject(d, 'dict', dictType);
  addObject(d, 'set', setType);
  addObject(d, 'frozenset', frozensetType);
  addObject(d, 'range', rangeType);
  addObject(d, 'slice', sliceType);
  addObject(d, 'None', Py_None);
  addObject(d, 'Ellipsis', Py_Ellipsis);
  addObject(d, 'NotImplemented', Py_NotImplemented);
  addObject(d, 'True', Py_True);
  addObject(d, 'False', Py_False);
  const n = excTypeCount();
  for (let i: i32 = 0; i < n; i++) {
    const t = excTypeAt(i);
    dictSetItem(d, typeName(t), t);
  }
}
