// === builtins.__build_class__: what a class statement calls (LOAD_BUILD_CLASS) ===
//
// __build_class__(body, name, *bases, metaclass=..., **kwds):
//   1. the metaclass: `metaclass=` or the type of the first base (type if none), made the most
//      derived of it and the bases' metaclasses (only when it is a type)
//   2. the namespace: metaclass.__prepare__(name, bases, **kwds), or a new dict
//   3. the class body runs with that namespace as its locals (vm/call.ts vmRunClassBody)
//   4. metaclass(name, bases, namespace, **kwds) makes the class; if the body created a
//      __class__ cell, type.__new__ has filled it (and CPython's check that it did follows)

import { Ptr } from '../common';
import { newref, decref, xdecref, OB_TYPE } from '../object/header';
import { typeType, isSubtype, typeAddClassMethod, typeLookup } from '../object/type';
import { SLOT_GETITEM, typeSlot } from '../object/typelayout';
import { functionType } from '../object/func';
import { strType, strEqLiteral, strInternLiteral } from '../object/str';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleType, tupleFromIterable } from '../object/tuple';
import { listNew, listAppend } from '../object/list';
import { dictNew } from '../object/dict';
import { cellType, CELL_CONTENTS } from '../object/cell';
import { objCall, objGetAttr, objSetItem } from '../object/abstract';
import { typeCalculateMeta } from '../object/typenew';
import { objArgBuf, argBufPop } from '../object/descrobject';
import { excFormat, excSetString, excTypeError, excAttributeError, excMatches, excClear, excRuntimeError } from '../vm/exc';
import { vmRunClassBody } from '../vm/call';
import { Py_None } from '../object/none';

let sPrepare: Ptr = 0;
/** '__build_class__', interned: LOAD_BUILD_CLASS looks it up in the builtins. */
export let buildClassName: Ptr = 0;
/** type.__prepare__(name, bases, **kwds): the namespace of a class body, a new dict. */
function type_prepare(cls: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return dictNew();
}

let sMroEntries: Ptr = 0, sOrigBases: Ptr = 0;

export function buildClassInit(): void {
  sMroEntries = strInternLiteral('__mro_entries__');
  sOrigBases = strInternLiteral('__orig_bases__');
  typeAddClassMethod(typeType, '__prepare__', type_prepare.index);
  sPrepare = strInternLiteral('__prepare__');
  buildClassName = strInternLiteral('__build_class__');
}

export function builtin___build_class__(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  if (npos < 2) return excFormat(excTypeError, '__build_class__: not enough arguments');
  const body = load<Ptr>(args);
  if (load<Ptr>(body, OB_TYPE) != functionType) return excFormat(excTypeError, '__build_class__: func must be a function');
  const name = load<Ptr>(args, 4);
  if (!isSubtype(load<Ptr>(name, OB_TYPE), strType)) return excFormat(excTypeError, '__build_class__: name is not a string');
  const bases = tupleNew(npos - 2);
  if (bases == 0) return 0;
  for (let i: i32 = 2; i < npos; i++) store<Ptr>(tupleItemsAddr(bases) + (<usize>(i - 2) << 2), newref(load<Ptr>(args + (<usize>i << 2))));

  // keywords other than metaclass= go to __prepare__, the metaclass and __init_subclass__
  let meta: Ptr = 0;
  const kwv = objArgBuf(nkw + 3);
  if (kwv == 0) { decref(bases); return 0; }
  let nrest: i32 = 0;
  let restNames: Ptr = 0;
  for (let k: i32 = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    if (strEqLiteral(key, 'metaclass')) meta = load<Ptr>(args + (<usize>(npos + k) << 2));
    else nrest++;
  }
  if (nrest > 0) {
    restNames = tupleNew(nrest);
    if (restNames == 0) { argBufPop(nkw + 3); decref(bases); return 0; }
    let j: i32 = 0;
    for (let k: i32 = 0; k < nkw; k++) {
      const key = tupleItem(kwnames, k);
      if (strEqLiteral(key, 'metaclass')) continue;
      store<Ptr>(tupleItemsAddr(restNames) + (<usize>j << 2), newref(key));
      store<Ptr>(kwv + (<usize>(3 + j) << 2), load<Ptr>(args + (<usize>(npos + k) << 2)));
      j++;
    }
  }
  // PEP 560: a base that is not a class may stand for others (list[int] stands for list)
  const resolved = resolveBases(bases);
  let r: Ptr = 0;
  if (resolved != 0) {
    r = buildClass(body, name, resolved, meta, kwv, nrest, restNames, resolved != bases ? bases : 0);
    decref(resolved);
  }
  argBufPop(nkw + 3);
  xdecref(restNames);
  decref(bases);
  return r;
}

/** The bases with each non-class that has __mro_entries__ replaced by what it returns
 *  (CPython's update_bases): `bases` itself (a new reference) when nothing changed. */
function resolveBases(bases: Ptr): Ptr {
  const n = tupleSize(bases);
  let changed = false;
  for (let i: i32 = 0; i < n && !changed; i++) {
    const b = tupleItem(bases, i);
    if (!isSubtype(load<Ptr>(b, OB_TYPE), typeType) && typeLookup(load<Ptr>(b, OB_TYPE), sMroEntries) != 0) changed = true;
  }
  if (!changed) return newref(bases);
  const l = listNew(0);
  if (l == 0) return 0;
  for (let i: i32 = 0; i < n; i++) {
    const b = tupleItem(bases, i);
    if (isSubtype(load<Ptr>(b, OB_TYPE), typeType) || typeLookup(load<Ptr>(b, OB_TYPE), sMroEntries) == 0) {
      if (listAppend(l, b) < 0) { decref(l); return 0; }
      continue;
    }
    const argv = objArgBuf(1);
    if (argv == 0) { decref(l); return 0; }
    store<Ptr>(argv, bases);
    const meth = objGetAttr(b, sMroEntries);
    const e = meth != 0 ? objCall(meth, argv, 1, 0) : 0;
    argBufPop(1);
    xdecref(meth);
    if (e == 0) { decref(l); return 0; }
    if (load<Ptr>(e, OB_TYPE) != tupleType) {
      excSetString(excTypeError, '__mro_entries__ must return a tuple');
      decref(e); decref(l);
      return 0;
    }
    const m = tupleSize(e);
    for (let j: i32 = 0; j < m; j++) if (listAppend(l, tupleItem(e, j)) < 0) { decref(e); decref(l); return 0; }
    decref(e);
  }
  const t = tupleFromIterable(l);
  decref(l);
  return t;
}

/** kwv: 3 free words then the nrest keyword values named by restNames; origBases: the bases
 *  as written when __mro_entries__ replaced some (they become __orig_bases__), else 0. */
function buildClass(body: Ptr, name: Ptr, bases: Ptr, meta: Ptr, kwv: usize, nrest: i32, restNames: Ptr, origBases: Ptr): Ptr {
  if (meta == 0) meta = tupleSize(bases) > 0 ? load<Ptr>(tupleItem(bases, 0), OB_TYPE) : typeType;
  if (isSubtype(load<Ptr>(meta, OB_TYPE), typeType)) {
    meta = typeCalculateMeta(meta, bases);
    if (meta == 0) return 0;
  }
  // the namespace
  let ns: Ptr = 0;
  if (meta != typeType) {
    const prep = objGetAttr(meta, sPrepare);
    if (prep == 0) {
      if (!excMatches(excAttributeError)) return 0;
      excClear();
    } else {
      // the positional words go right before the keyword values
      store<Ptr>(kwv, name, 4);
      store<Ptr>(kwv, bases, 8);
      ns = objCall(prep, kwv + 4, 2 + nrest, restNames);
      decref(prep);
      if (ns == 0) return 0;
      // the body stores into it with STORE_NAME: any mapping will do (CPython's PyMapping_Check)
      if (typeSlot(load<Ptr>(ns, OB_TYPE), SLOT_GETITEM) == 0) {
        if (isSubtype(load<Ptr>(meta, OB_TYPE), typeType)) {
          excFormat(excTypeError, '%N.__prepare__() must return a mapping, not %T', meta, ns);
        } else excFormat(excTypeError, '<metaclass>.__prepare__() must return a mapping, not %T', ns);
        decref(ns);
        return 0;
      }
    }
  }
  if (ns == 0) { ns = dictNew(); if (ns == 0) return 0; }
  if (origBases != 0 && objSetItem(ns, sOrigBases, origBases) < 0) { decref(ns); return 0; }

  const cell = vmRunClassBody(body, ns);
  if (cell == 0) { decref(ns); return 0; }

  store<Ptr>(kwv, name);
  store<Ptr>(kwv, bases, 4);
  store<Ptr>(kwv, ns, 8);
  const cls = objCall(meta, kwv, 3 + nrest, restNames);
  decref(ns);
  if (cls != 0 && load<Ptr>(cell, OB_TYPE) == cellType) {
    const c = load<Ptr>(cell, CELL_CONTENTS);
    if (c != cls) {
      if (c == 0) {
        excFormat(excRuntimeError, "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?", name, cls);
      } else {
        excFormat(excTypeError, '__class__ set to %R defining %R as %R', c, name, cls);
      }
      decref(cls);
      decref(cell);
      return 0;
    }
  }
  decref(cell);
  return cls;
}
