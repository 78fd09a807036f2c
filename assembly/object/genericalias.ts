// === types.GenericAlias: `list[int]`, `dict[str, list[Foo]]`, `type[int]` (PEP 585) ===
//
//   +0 refcnt | +4 type | +8 origin (owned) | +12 args (owned tuple)
//
// What annotations evaluate to when a builtin container class is subscripted: the builtin
// classes list, tuple, dict, set and frozenset have a __class_getitem__ (a classmethod: a
// subclass of list gets its own alias) that makes one, and `type[...]` is special-cased by
// objGetItem (type itself has no __class_getitem__, so other classes stay unsubscriptable). An alias mostly stands for its origin:
// calling it calls the origin, attributes other than its own are the origin's, and as a base
// class it is replaced by the origin (__mro_entries__; buildclass.ts keeps the original bases in
// __orig_bases__). It is not a class for isinstance()/issubclass() (a TypeError, as in CPython).
// No CLEAR: an alias never changes, so a cycle through it goes through a mutable object.

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_CALL, SLOT_GETATTRO,
  SLOT_NB_BINARY, TPFLAGS_HAVE_GC, TP_QUALNAME, TP_DICT, typeSetSlot,
} from './typelayout';
import {
  typeNewBuiltin, objectType, typeType, typeAddMethod, typeAddClassMethod, typeSetFinal, typeSetAttrLiteral,
  isSubtype, TK_OTHER,
} from './type';
import {
  objRepr, objHash, objCall, objGetAttr, objGenericGetAttr, objSetAttr, objRichCompareBool,
} from './abstract';
import { strInternLiteral, strFromLiteral, strType, strEqLiteral } from './str';
import { tupleType, tupleNew, tupleSize, tupleItem, tupleItemsAddr } from './tuple';
import { dictGetItemStr } from './dict';
import { listType } from './list';
import { dictType } from './dict';
import { setType, frozensetType } from './set';
import { Py_None, Py_NotImplemented, Py_Ellipsis } from './none';
import { boolFrom } from './bool';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { unionOr } from './union';
import { excFormat, excSetString, excMatches, excClear, excTypeError, excAttributeError, excNoMemory } from '../vm/exc';
import { NB_OR } from '../opcodes.gen';

export let genericAliasType: Ptr = 0;

@inline const GA_ORIGIN: usize = 8;
@inline const GA_ARGS: usize = 12;
@inline const GA_SIZE: u32 = 16;

@inline export function gaOrigin(a: Ptr): Ptr { return load<Ptr>(a, GA_ORIGIN); }
@inline export function gaArgs(a: Ptr): Ptr { return load<Ptr>(a, GA_ARGS); }
@inline export function isGenericAlias(o: Ptr): bool { return load<Ptr>(o, OB_TYPE) == genericAliasType; }

/** origin[args] (borrowed; args a tuple or a single argument). New reference. */
export function gaNew(origin: Ptr, args: Ptr): Ptr {
  let t: Ptr;
  if (load<Ptr>(args, OB_TYPE) == tupleType) t = newref(args);
  else {
    t = tupleNew(1);
    if (t == 0) return 0;
    store<Ptr>(tupleItemsAddr(t), newref(args));
  }
  const a = objAlloc(genericAliasType, GA_SIZE);
  if (a == 0) { decref(t); return excNoMemory(); }
  store<Ptr>(a, newref(origin), GA_ORIGIN);
  store<Ptr>(a, t, GA_ARGS);
  return a;
}

function ga_dealloc(a: Ptr): void {
  decref(gaOrigin(a));
  decref(gaArgs(a));
  objFree(a);
}
function ga_traverse(a: Ptr, visit: u32, arg: Ptr): i32 {
  const r = call_indirect<i32>(visit, gaOrigin(a), arg);
  return r != 0 ? r : call_indirect<i32>(visit, gaArgs(a), arg);
}

let sModule: Ptr = 0, sClassGetitem: Ptr = 0, sOrigClass: Ptr = 0;

/** How an alias or a union shows one of its items (CPython's ga_repr_item): `...`, another
 *  alias as its repr, a class as its qualified name (no `builtins.`), anything else as repr. */
export function gaAppendItem(sb: Ptr, o: Ptr): bool {
  if (o == Py_Ellipsis) { sbAppendLiteral(sb, '...'); return true; }
  const t = load<Ptr>(o, OB_TYPE);
  if (t != genericAliasType && (t == typeType || isSubtype(t, typeType))) {
    // a class's __module__ (builtin types have one only when it is not builtins: 'types')
    const m = dictGetItemStr(load<Ptr>(o, TP_DICT), sModule);
    if (m != 0 && load<Ptr>(m, OB_TYPE) == strType && !strEqLiteral(m, 'builtins')) {
      sbAppendStr(sb, m);
      sbAppendLiteral(sb, '.');
    }
    sbAppendStr(sb, load<Ptr>(o, TP_QUALNAME));
    return true;
  }
  const r = objRepr(o);
  if (r == 0) return false;
  sbAppendStr(sb, r);
  decref(r);
  return true;
}

/** list[int], tuple[()], dict[str, list[int]] */
function ga_repr(a: Ptr): Ptr {
  const sb = sbNew();
  if (!gaAppendItem(sb, gaOrigin(a))) { sbFree(sb); return 0; }
  sbAppendLiteral(sb, '[');
  const args = gaArgs(a);
  const n = tupleSize(args);
  if (n == 0) sbAppendLiteral(sb, '()');
  for (let i: i32 = 0; i < n; i++) {
    if (i > 0) sbAppendLiteral(sb, ', ');
    if (!gaAppendItem(sb, tupleItem(args, i))) { sbFree(sb); return 0; }
  }
  sbAppendLiteral(sb, ']');
  return sbFinish(sb);
}

function ga_hash(a: Ptr): i64 {
  const h0 = objHash(gaOrigin(a));
  if (h0 == -1) return -1;
  const h1 = objHash(gaArgs(a));
  if (h1 == -1) return -1;
  const h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

/** == and != between aliases: same origin, equal arguments. */
function ga_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if ((op != 2 && op != 3) || !isGenericAlias(a) || !isGenericAlias(b)) return newref(Py_NotImplemented);
  let eq = objRichCompareBool(gaOrigin(a), gaOrigin(b), 2);
  if (eq < 0) return 0;
  if (eq == 1) {
    eq = objRichCompareBool(gaArgs(a), gaArgs(b), 2);
    if (eq < 0) return 0;
  }
  return boolFrom((eq == 1) == (op == 2));
}

/** list[int](...) is list(...); the result gets __orig_class__ if it can take it. */
function ga_call(a: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const r = objCall(gaOrigin(a), args, nargs, kwnames);
  if (r == 0) return 0;
  if (objSetAttr(r, sOrigClass, a) < 0) {
    if (!excMatches(excAttributeError) && !excMatches(excTypeError)) { decref(r); return 0; }
    excClear();
  }
  return r;
}

/** The alias's own attributes; any other name is looked up on the origin. */
function ga_getattro(a: Ptr, name: Ptr): Ptr {
  if (load<Ptr>(name, OB_TYPE) == strType && !ownAttr(name)) return objGetAttr(gaOrigin(a), name);
  return objGenericGetAttr(a, name);
}

function ownAttr(name: Ptr): bool {
  return strEqLiteral(name, '__class__') || strEqLiteral(name, '__origin__') || strEqLiteral(name, '__args__') ||
    strEqLiteral(name, '__parameters__') || strEqLiteral(name, '__mro_entries__') ||
    strEqLiteral(name, '__instancecheck__') || strEqLiteral(name, '__subclasscheck__') ||
    strEqLiteral(name, '__or__') || strEqLiteral(name, '__ror__') || strEqLiteral(name, '__unpacked__');
}

function ga_get_origin(a: Ptr): Ptr { return newref(gaOrigin(a)); }
function ga_get_args(a: Ptr): Ptr { return newref(gaArgs(a)); }
/** No type variables exist yet: always (). */
function ga_get_parameters(a: Ptr): Ptr { return tupleNew(0); }
function ga_get_unpacked(a: Ptr): Ptr { return boolFrom(false); }

/** alias.__mro_entries__(bases): (origin,), so `class C(list[int])` has list as its base. */
function ga_mro_entries(a: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1) return excFormat(excTypeError, '__mro_entries__() takes exactly one argument (%d given)', <Ptr>nargs);
  const t = tupleNew(1);
  if (t == 0) return 0;
  store<Ptr>(tupleItemsAddr(t), newref(gaOrigin(a)));
  return t;
}

function ga_instancecheck(a: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return excSetString(excTypeError, 'isinstance() argument 2 cannot be a parameterized generic');
}
function ga_subclasscheck(a: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return excSetString(excTypeError, 'issubclass() argument 2 cannot be a parameterized generic');
}

/** cls[item] for the builtin containers (their __class_getitem__, a classmethod). */
function generic_class_getitem(cls: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1) return excFormat(excTypeError, '__class_getitem__() takes exactly one argument (%d given)', <Ptr>nargs);
  return gaNew(cls, load<Ptr>(args));
}

/** list[int] | None */
function ga_or(a: Ptr, b: Ptr): Ptr { return unionOr(a, b); }

export function genericAliasTypeInit(): void {
  sModule = strInternLiteral('__module__');
  sClassGetitem = strInternLiteral('__class_getitem__');
  sOrigClass = strInternLiteral('__orig_class__');
  const t = typeNewBuiltin('GenericAlias', objectType, GA_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  genericAliasType = t;
  typeSetSlot(t, SLOT_DEALLOC, ga_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, ga_traverse.index);
  typeSetSlot(t, SLOT_REPR, ga_repr.index);
  typeSetSlot(t, SLOT_HASH, ga_hash.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, ga_richcompare.index);
  typeSetSlot(t, SLOT_CALL, ga_call.index);
  typeSetSlot(t, SLOT_GETATTRO, ga_getattro.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_OR, ga_or.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, '__origin__', ga_get_origin.index, 0, d);
  getsetAdd(t, '__args__', ga_get_args.index, 0, d);
  getsetAdd(t, '__parameters__', ga_get_parameters.index, 0, d);
  getsetAdd(t, '__unpacked__', ga_get_unpacked.index, 0, d);
  typeAddMethod(t, '__mro_entries__', ga_mro_entries.index);
  typeAddMethod(t, '__instancecheck__', ga_instancecheck.index);
  typeAddMethod(t, '__subclasscheck__', ga_subclasscheck.index);
  typeSetFinal(t);
  const m = strFromLiteral('types');
  typeSetAttrLiteral(t, '__module__', m);
  decref(m);
  typeAddClassMethod(listType, '__class_getitem__', generic_class_getitem.index);
  typeAddClassMethod(tupleType, '__class_getitem__', generic_class_getitem.index);
  typeAddClassMethod(dictType, '__class_getitem__', generic_class_getitem.index);
  typeAddClassMethod(setType, '__class_getitem__', generic_class_getitem.index);
  typeAddClassMethod(frozensetType, '__class_getitem__', generic_class_getitem.index);
}
import { getsetAdd } from './descrobject';
