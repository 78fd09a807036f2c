// === _weakref: the builtin half of the weakref module (CPython's Modules/_weakref.c) ===
//
// The types live in object/weakref.ts; this module only names them and adds the helper
// functions. The `weakref` module itself (WeakValueDictionary, WeakSet, finalize, ...) is Python
// code bundled with the host (lib/weakref.py, src/modules.ts) that imports this one.

import { Ptr } from '../common';
import { decref, newref, OB_TYPE } from '../object/header';
import { moduleNewLiteral, moduleAddFunction, moduleAddObject } from '../object/module';
import { strInternLiteral } from '../object/str';
import { tupleSize } from '../object/tuple';
import { listNew, listAppend } from '../object/list';
import { intFromI64 } from '../object/int';
import { dictType, dictGetItem, dictDelItem } from '../object/dict';
import { isSubtype } from '../object/type';
import { Py_None } from '../object/none';
import { excFormat, excTypeError, excSetString } from '../vm/exc';
import {
  weakrefType, proxyType, callableProxyType, weakrefCount, weakrefListAddr, weakrefNewProxy, weakrefReferent, WR_NEXT,
} from '../object/weakref';

@inline function arg(args: usize, i: i32): Ptr { return load<Ptr>(args + (<usize>i << 2)); }

function oneArg(name: string, nargs: i32, kwnames: Ptr): bool {
  if (nargs == 1 && (kwnames == 0 || tupleSize(kwnames) == 0)) return false;
  const n = strInternLiteral(name);
  if (kwnames != 0 && tupleSize(kwnames) > 0) excFormat(excTypeError, '_weakref.%U() takes no keyword arguments', n);
  else excFormat(excTypeError, '_weakref.%U() takes exactly one argument (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

/** getweakrefcount(obj): how many weak references and proxies refer to obj. */
function wr_getweakrefcount(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('getweakrefcount', nargs, kwnames)) return 0;
  return intFromI64(weakrefCount(arg(args, 0)));
}

/** getweakrefs(obj): a list of them, in the referent's list order. */
function wr_getweakrefs(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (oneArg('getweakrefs', nargs, kwnames)) return 0;
  const l = listNew(0);
  if (l == 0) return 0;
  const list = weakrefListAddr(arg(args, 0));
  if (list != 0) {
    for (let w = load<Ptr>(list); w != 0; w = load<Ptr>(w, WR_NEXT)) {
      if (listAppend(l, w) < 0) { decref(l); return 0; }
    }
  }
  return l;
}

/** proxy(object[, callback]). */
function wr_proxy(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'proxy() takes no keyword arguments');
  if (nargs < 1) return excFormat(excTypeError, 'proxy expected at least 1 argument, got %d', <Ptr>nargs);
  if (nargs > 2) return excFormat(excTypeError, 'proxy expected at most 2 arguments, got %d', <Ptr>nargs);
  return weakrefNewProxy(arg(args, 0), nargs > 1 ? arg(args, 1) : 0);
}

/** _remove_dead_weakref(dict, key): del dict[key] if its value is a dead weak reference. */
function wr_remove_dead_weakref(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 2 || (kwnames != 0 && tupleSize(kwnames) > 0)) {
    return excFormat(excTypeError, '_remove_dead_weakref expected 2 arguments, got %d', <Ptr>nargs);
  }
  const d = arg(args, 0), key = arg(args, 1);
  if (!isSubtype(load<Ptr>(d, OB_TYPE), dictType)) {
    return excFormat(excTypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", d);
  }
  const v = dictGetItem(d, key);
  if (v != 0 && isSubtype(load<Ptr>(v, OB_TYPE), weakrefType) && weakrefReferent(v) == 0) {
    if (dictDelItem(d, key) < 0) return 0;
  }
  return newref(Py_None);
}

export function weakrefModuleNew(): Ptr {
  const m = moduleNewLiteral('_weakref');
  if (m == 0) return 0;
  const ok = moduleAddObject(m, 'ref', weakrefType) == 0
    && moduleAddObject(m, 'ReferenceType', weakrefType) == 0
    && moduleAddObject(m, 'ProxyType', proxyType) == 0
    && moduleAddObject(m, 'CallableProxyType', callableProxyType) == 0
    && moduleAddFunction(m, 'getweakrefcount', wr_getweakrefcount.index) == 0
    && moduleAddFunction(m, 'getweakrefs', wr_getweakrefs.index) == 0
    && moduleAddFunction(m, 'proxy', wr_proxy.index) == 0
    && moduleAddFunction(m, '_remove_dead_weakref', wr_remove_dead_weakref.index) == 0;
  if (!ok) { decref(m); return 0; }
  return m;
}
