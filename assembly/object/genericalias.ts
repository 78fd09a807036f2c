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
  SLOT_NB_BINARY, SLOT_GETITEM, SLOT_NEW, TPFLAGS_HAVE_GC, TP_QUALNAME, TP_DICT, typeSetSlot,
} from './typelayout';
import { callMethodFound } from './slotdefs';
import { listFromIterable, listSize, listItem, listAppend } from './list';
import {
  typeNewBuiltin, objectType, typeType, typeAddMethod, typeAddClassMethod, typeSetFinal, typeSetAttrLiteral,
  isSubtype, typeLookup, TK_OTHER,
} from './type';
import {
  objRepr, objStr, objHash, objCall, objGetAttr, objGenericGetAttr, objSetAttr, objRichCompareBool,
} from './abstract';
import { strInternLiteral, strFromLiteral, strType, strEqLiteral, strEq } from './str';
import { tupleType, tupleNew, tupleSize, tupleItem, tupleItemsAddr } from './tuple';
import { dictGetItemStr } from './dict';
import { listType } from './list';
import { dictType } from './dict';
import { setType, frozensetType } from './set';
import { Py_None, Py_NotImplemented, Py_Ellipsis } from './none';
import { boolFrom } from './bool';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { unionOr } from './union';
import { excFormat, excSetString, excMatches, excClear, excOccurred, excTypeError, excAttributeError, excNoMemory } from '../vm/exc';
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
let sOrigin: Ptr = 0, sArgs: Ptr = 0, sQualname: Ptr = 0, sDir: Ptr = 0;

/** getattr(o, name), 0 with no exception for AttributeError (check excOccurred()). */
function lookup(o: Ptr, name: Ptr): Ptr {
  const v = objGetAttr(o, name);
  if (v == 0 && excMatches(excAttributeError)) excClear();
  return v;
}

/** How an alias or a union shows one of its items (CPython's ga_repr_item): `...`; anything with
 *  __origin__ and __args__ (an alias) as its repr; anything with __qualname__ and a __module__
 *  (classes, functions) as module.qualname, without `builtins.`; anything else as repr. */
export function gaAppendItem(sb: Ptr, o: Ptr): bool {
  if (o == Py_Ellipsis) { sbAppendLiteral(sb, '...'); return true; }
  let useRepr = false;
  const origin = lookup(o, sOrigin);
  if (origin == 0 && excOccurred()) return false;
  if (origin != 0) {
    decref(origin);
    const args = lookup(o, sArgs);
    if (args == 0 && excOccurred()) return false;
    if (args != 0) { decref(args); useRepr = true; }
  }
  if (!useRepr) {
    const qualname = lookup(o, sQualname);
    if (qualname == 0 && excOccurred()) return false;
    if (qualname != 0) {
      const module = lookup(o, sModule);
      if (module == 0 && excOccurred()) { decref(qualname); return false; }
      if (module != 0 && module != Py_None) {
        let ok = true;
        if (!(load<Ptr>(module, OB_TYPE) == strType && strEqLiteral(module, 'builtins'))) {
          const m = objStr(module);
          ok = m != 0;
          if (ok) { sbAppendStr(sb, m); sbAppendLiteral(sb, '.'); decref(m); }
        }
        const q = ok ? objStr(qualname) : 0;
        if (q != 0) { sbAppendStr(sb, q); decref(q); }
        decref(module);
        decref(qualname);
        return q != 0;
      }
      if (module != 0) decref(module);
      decref(qualname);
    }
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

/** CPython's attr_exceptions: the names an alias answers itself. */
@inline const NOWN: i32 = 11;
const ownNames: usize = memory.data(NOWN * 4);

function ownAttr(name: Ptr): bool {
  for (let i: i32 = 0; i < NOWN; i++) if (strEq(load<Ptr>(ownNames + (<usize>i << 2)), name)) return true;
  return false;
}

function ownName(i: i32, lit: string): void { store<Ptr>(ownNames + (<usize>i << 2), strInternLiteral(lit)); }
function ownNamesInit(): void {
  ownName(0, '__class__'); ownName(1, '__origin__'); ownName(2, '__args__'); ownName(3, '__unpacked__');
  ownName(4, '__parameters__'); ownName(5, '__typing_unpacked_tuple_args__'); ownName(6, '__mro_entries__');
  ownName(7, '__reduce_ex__'); ownName(8, '__reduce__'); ownName(9, '__copy__'); ownName(10, '__deepcopy__');
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

/** alias[...]: no type variables exist, so an alias has no parameters to substitute. */
function ga_getitem(a: Ptr, key: Ptr): Ptr {
  return excFormat(excTypeError, '%R is not a generic class', a);
}

/** types.GenericAlias(origin, args) */
function ga_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'GenericAlias() takes no keyword arguments');
  if (nargs != 2) return excFormat(excTypeError, 'GenericAlias expected 2 arguments, got %d', <Ptr>nargs);
  return gaNew(load<Ptr>(args), load<Ptr>(args, 4));
}

/** __reduce__: (GenericAlias, (origin, args)). */
function ga_reduce(a: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const inner = tupleNew(2);
  if (inner == 0) return 0;
  store<Ptr>(tupleItemsAddr(inner), newref(gaOrigin(a)));
  store<Ptr>(tupleItemsAddr(inner) + 4, newref(gaArgs(a)));
  const r = tupleNew(2);
  if (r == 0) { decref(inner); return 0; }
  store<Ptr>(tupleItemsAddr(r), newref(genericAliasType));
  store<Ptr>(tupleItemsAddr(r) + 4, inner);
  return r;
}

/** __dir__: dir(origin) and the names the alias answers itself. */
function ga_dir(a: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const origin = gaOrigin(a);
  const f = typeLookup(load<Ptr>(origin, OB_TYPE), sDir);
  if (f == 0) return excSetString(excTypeError, 'object does not provide __dir__');
  const r = callMethodFound(f, origin, 0, 0, 0);
  if (r == 0) return 0;
  const l = listFromIterable(r);
  decref(r);
  if (l == 0) return 0;
  for (let i: i32 = 0; i < NOWN; i++) {
    const name = load<Ptr>(ownNames + (<usize>i << 2));
    let found = false;
    for (let j: i32 = 0; j < listSize(l) && !found; j++) found = strEq(listItem(l, j), name);
    if (!found && listAppend(l, name) != 0) { decref(l); return 0; }
  }
  return l;
}

/** cls[item] for the builtin containers (their __class_getitem__, a classmethod). */
export function generic_class_getitem(cls: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 1) return excFormat(excTypeError, '__class_getitem__() takes exactly one argument (%d given)', <Ptr>nargs);
  return gaNew(cls, load<Ptr>(args));
}

/** list[int] | None */
function ga_or(a: Ptr, b: Ptr): Ptr { return unionOr(a, b); }

export function genericAliasTypeInit(): void {
  sModule = strInternLiteral('__module__');
  sClassGetitem = strInternLiteral('__class_getitem__');
  sOrigClass = strInternLiteral('__orig_class__');
  sOrigin = strInternLiteral('__origin__');
  sArgs = strInternLiteral('__args__');
  sQualname = strInternLiteral('__qualname__');
  sDir = strInternLiteral('__dir__');
  ownNamesInit();
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
  typeSetSlot(t, SLOT_GETITEM, ga_getitem.index);
  typeSetSlot(t, SLOT_NEW, ga_new.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, '__origin__', ga_get_origin.index, 0, d);
  getsetAdd(t, '__args__', ga_get_args.index, 0, d);
  getsetAdd(t, '__parameters__', ga_get_parameters.index, 0, d);
  getsetAdd(t, '__unpacked__', ga_get_unpacked.index, 0, d);
  typeAddMethod(t, '__mro_entries__', ga_mro_entries.index);
  typeAddMethod(t, '__instancecheck__', ga_instancecheck.index);
  typeAddMethod(t, '__subclasscheck__', ga_subclasscheck.index);
  typeAddMethod(t, '__reduce__', ga_reduce.index);
  typeAddMethod(t, '__dir__', ga_dir.index);
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
