// === types.UnionType: `int | str`, `list[int] | None` (PEP 604) ===
//
//   +0 refcnt | +4 type | +8 args (owned tuple of at least two items)
//
// `X | Y` of classes, None, aliases (genericalias.ts) and unions makes one: nested unions are
// flattened, None stands for NoneType, repeated items kept once (the first), and a single item
// left is returned as itself (`int | int` is int). isinstance()/issubclass() accept a union as
// they accept a tuple of its items (instancecheck.ts). Two unions are equal when they have the
// same items in any order, and hash alike. No CLEAR: a union never changes.

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_NB_BINARY, SLOT_GETITEM,
  TPFLAGS_HAVE_GC, TP_DICT, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, objectType, typeType, isSubtype, typeSetFinal, typeSetAttrLiteral, TK_OTHER } from './type';
import { objHash, objRichCompareBool } from './abstract';
import { strFromLiteral } from './str';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr } from './tuple';
import { listNew, listAppend, listSize, listItemsAddr } from './list';
import { frozensetNew } from './set';
import { Py_None, Py_NotImplemented, noneType } from './none';
import { boolFrom } from './bool';
import { sbNew, sbAppendLiteral, sbFinish, sbFree } from './strbuild';
import { genericAliasType, gaAppendItem } from './genericalias';
import { excNoMemory, excFormat, excTypeError } from '../vm/exc';
import { NB_OR } from '../opcodes.gen';

export let unionType: Ptr = 0;

@inline const UN_ARGS: usize = 8;
@inline const UN_SIZE: u32 = 12;

@inline export function unionArgs(u: Ptr): Ptr { return load<Ptr>(u, UN_ARGS); }
@inline export function isUnion(o: Ptr): bool { return load<Ptr>(o, OB_TYPE) == unionType; }

/** Can o be an operand of a union (CPython's is_unionable)? */
function isUnionable(o: Ptr): bool {
  if (o == Py_None) return true;
  const t = load<Ptr>(o, OB_TYPE);
  return t == typeType || isSubtype(t, typeType) || t == genericAliasType || t == unionType;
}

/** Appends o's items to l (a union's items, None as NoneType), skipping ones already there
 *  (an alias is compared with ==, anything else by identity, as CPython's dedup). 0 or -1. */
function addItems(l: Ptr, o: Ptr): i32 {
  if (isUnion(o)) {
    const a = unionArgs(o);
    const n = tupleSize(a);
    for (let i: i32 = 0; i < n; i++) if (addItems(l, tupleItem(a, i)) < 0) return -1;
    return 0;
  }
  const item = o == Py_None ? noneType : o;
  const n = listSize(l);
  for (let i: i32 = 0; i < n; i++) {
    const have = load<Ptr>(listItemsAddr(l) + (<usize>i << 2));
    if (have == item) return 0;
    if (load<Ptr>(have, OB_TYPE) == genericAliasType && load<Ptr>(item, OB_TYPE) == genericAliasType) {
      const eq = objRichCompareBool(have, item, 2);
      if (eq < 0) return -1;
      if (eq == 1) return 0;
    }
  }
  return listAppend(l, item);
}

/** a | b for classes, None, aliases and unions; NotImplemented for anything else. */
export function unionOr(a: Ptr, b: Ptr): Ptr {
  if (!isUnionable(a) || !isUnionable(b)) return newref(Py_NotImplemented);
  const l = listNew(0);
  if (l == 0) return 0;
  if (addItems(l, a) < 0 || addItems(l, b) < 0) { decref(l); return 0; }
  const n = listSize(l);
  if (n == 1) {
    const only = newref(load<Ptr>(listItemsAddr(l)));
    decref(l);
    return only;
  }
  const args = tupleNew(n);
  if (args == 0) { decref(l); return 0; }
  for (let i: i32 = 0; i < n; i++) store<Ptr>(tupleItemsAddr(args) + (<usize>i << 2), newref(load<Ptr>(listItemsAddr(l) + (<usize>i << 2))));
  decref(l);
  const u = objAlloc(unionType, UN_SIZE);
  if (u == 0) { decref(args); return excNoMemory(); }
  store<Ptr>(u, args, UN_ARGS);
  return u;
}

function union_dealloc(u: Ptr): void {
  decref(unionArgs(u));
  objFree(u);
}
function union_traverse(u: Ptr, visit: u32, arg: Ptr): i32 {
  return call_indirect<i32>(visit, unionArgs(u), arg);
}

/** int | str | None */
function union_repr(u: Ptr): Ptr {
  const a = unionArgs(u);
  const n = tupleSize(a);
  const sb = sbNew();
  for (let i: i32 = 0; i < n; i++) {
    if (i > 0) sbAppendLiteral(sb, ' | ');
    const item = tupleItem(a, i);
    if (item == noneType) sbAppendLiteral(sb, 'None');
    else if (!gaAppendItem(sb, item)) { sbFree(sb); return 0; }
  }
  return sbFinish(sb);
}

/** hash(frozenset(args)): the order of the items does not matter. */
function union_hash(u: Ptr): i64 {
  const fs = frozensetNew(unionArgs(u));
  if (fs == 0) return -1;
  const h = objHash(fs);
  decref(fs);
  return h;
}

/** == / != : the same items, in any order. */
function union_richcompare(a: Ptr, b: Ptr, op: i32): Ptr {
  if ((op != 2 && op != 3) || !isUnion(a) || !isUnion(b)) return newref(Py_NotImplemented);
  const fa = frozensetNew(unionArgs(a));
  if (fa == 0) return 0;
  const fb = frozensetNew(unionArgs(b));
  if (fb == 0) { decref(fa); return 0; }
  const eq = objRichCompareBool(fa, fb, 2);
  decref(fa);
  decref(fb);
  if (eq < 0) return 0;
  return boolFrom((eq == 1) == (op == 2));
}

function union_get_args(u: Ptr): Ptr { return newref(unionArgs(u)); }
function union_get_parameters(u: Ptr): Ptr { return tupleNew(0); }

/** type.__or__ and type.__ror__ (and None's side): int | str */
function type_or(a: Ptr, b: Ptr): Ptr { return unionOr(a, b); }

/** union[...]: no type variables exist, so a union has no parameters to substitute. */
function union_getitem(u: Ptr, key: Ptr): Ptr {
  return excFormat(excTypeError, '%R is not a generic class', u);
}

export function unionTypeInit(): void {
  const t = typeNewBuiltin('UnionType', objectType, UN_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  unionType = t;
  typeSetSlot(t, SLOT_DEALLOC, union_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, union_traverse.index);
  typeSetSlot(t, SLOT_REPR, union_repr.index);
  typeSetSlot(t, SLOT_HASH, union_hash.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, union_richcompare.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_OR, union_or_slot.index);
  typeSetSlot(t, SLOT_GETITEM, union_getitem.index);
  const d = load<Ptr>(t, TP_DICT);
  getsetAdd(t, '__args__', union_get_args.index, 0, d);
  getsetAdd(t, '__parameters__', union_get_parameters.index, 0, d);
  typeSetFinal(t);
  const m = strFromLiteral('types');
  typeSetAttrLiteral(t, '__module__', m);
  decref(m);
  typeSetSlot(typeType, SLOT_NB_BINARY + <i32>NB_OR, type_or.index);
}
function union_or_slot(a: Ptr, b: Ptr): Ptr { return unionOr(a, b); }
import { getsetAdd } from './descrobject';
