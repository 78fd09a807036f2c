// === mappingproxy: the read-only view of a class's namespace (`C.__dict__`, `vars(C)`) ===
//
//   +0 refcnt | +4 type | +8 mapping Ptr (owned; a dict for class namespaces)
//
// Every read goes to the mapping (item, len, in, iteration, ==, get/keys/values/items/copy);
// there is no way to write through it: no SETITEM slot, so `C.__dict__['x'] = 1` raises
// "'mappingproxy' object does not support item assignment", as in CPython. A class's attributes
// change through setattr on the class, which re-derives the slots a dunder feeds (typenew.ts),
// and that is why the namespace is never handed out writable.
// No CLEAR: the proxy itself never changes, so a cycle through it also goes through its mapping.

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_ITER,
  SLOT_LEN, SLOT_GETITEM, SLOT_CONTAINS, SLOT_NEW, SLOT_NB_BINARY, TPFLAGS_HAVE_GC, typeSetSlot, typeSlot,
} from './typelayout';
import { typeNewBuiltin, objectType, typeAddMethod, typeSetFinal, typeKind, TK_OTHER, TK_LIST, TK_TUPLE } from './type';
import {
  objRepr, objStr, objLen, objGetItem, objContains, objGetIter, objRichCompare, objCallAttr,
  objHashUnhashable, binaryOp,
} from './abstract';
import { strInternLiteral } from './str';
import { tupleSize } from './tuple';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';
import { excFormat, excSetString, excTypeError, excNoMemory } from '../vm/exc';
import { NB_OR, NB_INPLACE_OR } from '../opcodes.gen';

export let mappingproxyType: Ptr = 0;

@inline const MP_MAPPING: usize = 8;
@inline const MP_SIZE: u32 = 12;

@inline function mapOf(p: Ptr): Ptr { return load<Ptr>(p, MP_MAPPING); }

/** A proxy for mapping (borrowed; the caller checked it is a mapping). New reference. */
export function mappingproxyNew(mapping: Ptr): Ptr {
  const p = objAlloc(mappingproxyType, MP_SIZE);
  if (p == 0) return excNoMemory();
  store<Ptr>(p, newref(mapping), MP_MAPPING);
  return p;
}

function mp_dealloc(p: Ptr): void {
  decref(mapOf(p));
  objFree(p);
}
function mp_traverse(p: Ptr, visit: u32, arg: Ptr): i32 {
  return call_indirect<i32>(visit, mapOf(p), arg);
}

/** mappingproxy({...}) */
function mp_repr(p: Ptr): Ptr {
  const r = objRepr(mapOf(p));
  if (r == 0) return 0;
  const sb = sbNew();
  sbAppendLiteral(sb, 'mappingproxy(');
  sbAppendStr(sb, r);
  sbAppendLiteral(sb, ')');
  decref(r);
  return sbFinish(sb);
}
function mp_str(p: Ptr): Ptr { return objStr(mapOf(p)); }
function mp_len(p: Ptr): i64 { return objLen(mapOf(p)); }
function mp_getitem(p: Ptr, k: Ptr): Ptr { return objGetItem(mapOf(p), k); }
function mp_contains(p: Ptr, k: Ptr): i32 { return objContains(mapOf(p), k); }
function mp_iter(p: Ptr): Ptr { return objGetIter(mapOf(p)); }
function mp_richcompare(p: Ptr, o: Ptr, op: i32): Ptr { return objRichCompare(mapOf(p), o, op); }

/** proxy | other and other | proxy: the mappings', so the result is a new dict. */
function mp_or(a: Ptr, b: Ptr): Ptr {
  const l = load<Ptr>(a, OB_TYPE) == mappingproxyType ? mapOf(a) : a;
  const r = load<Ptr>(b, OB_TYPE) == mappingproxyType ? mapOf(b) : b;
  return binaryOp(l, r, <i32>NB_OR);
}
function mp_ior(a: Ptr, b: Ptr): Ptr {
  return excFormat(excTypeError, "'|=' is not supported by %T; use '|' instead", a);
}

/** mappingproxy(mapping): anything with __getitem__ but a list or a tuple. */
function mp_new(t: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const nkw = kwnames ? tupleSize(kwnames) : 0;
  if (nkw > 0) return excSetString(excTypeError, 'mappingproxy() takes no keyword arguments');
  if (nargs == 0) return excSetString(excTypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
  if (nargs > 1) return excFormat(excTypeError, 'mappingproxy() takes at most 1 argument (%d given)', <Ptr>nargs);
  const m = load<Ptr>(args);
  const mt = load<Ptr>(m, OB_TYPE);
  const k = typeKind(mt);
  if (typeSlot(mt, SLOT_GETITEM) == 0 || k == TK_LIST || k == TK_TUPLE) {
    return excFormat(excTypeError, 'mappingproxy() argument must be a mapping, not %T', m);
  }
  return mappingproxyNew(m);
}

/** mapping.<name>(*args): the methods are the mapping's own. */
function callOnMapping(p: Ptr, name: string, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const n = strInternLiteral(name);
  const r = objCallAttr(mapOf(p), n, args, nargs, kwnames);
  decref(n);
  return r;
}

/** A method that takes no arguments: "mappingproxy.keys() takes no arguments (1 given)". */
function noArgs(nargs: i32, kwnames: Ptr, which: string): bool {
  if (nargs == 0) return false;
  const n = strInternLiteral(which);
  excFormat(excTypeError, 'mappingproxy.%U() takes no arguments (%d given)', n, <Ptr>nargs);
  decref(n);
  return true;
}

function mp_get(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'get() takes no keyword arguments');
  if (nargs < 1 || nargs > 2) {
    if (nargs < 1) return excSetString(excTypeError, 'get expected at least 1 argument, got 0');
    return excFormat(excTypeError, 'get expected at most 2 arguments, got %d', <Ptr>nargs);
  }
  return callOnMapping(p, 'get', args, nargs, 0);
}
function mp_keys(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return noArgs(nargs, kwnames, 'keys') ? 0 : callOnMapping(p, 'keys', args, 0, 0);
}
function mp_values(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return noArgs(nargs, kwnames, 'values') ? 0 : callOnMapping(p, 'values', args, 0, 0);
}
function mp_items(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return noArgs(nargs, kwnames, 'items') ? 0 : callOnMapping(p, 'items', args, 0, 0);
}
function mp_copy(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return noArgs(nargs, kwnames, 'copy') ? 0 : callOnMapping(p, 'copy', args, 0, 0);
}
function mp_reversed(p: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  return noArgs(nargs, kwnames, '__reversed__') ? 0 : callOnMapping(p, '__reversed__', args, 0, 0);
}

export function mappingproxyTypeInit(): void {
  const t = typeNewBuiltin('mappingproxy', objectType, MP_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  mappingproxyType = t;
  typeSetSlot(t, SLOT_DEALLOC, mp_dealloc.index);
  typeSetSlot(t, SLOT_TRAVERSE, mp_traverse.index);
  typeSetSlot(t, SLOT_REPR, mp_repr.index);
  typeSetSlot(t, SLOT_STR, mp_str.index);
  typeSetSlot(t, SLOT_HASH, objHashUnhashable.index);
  typeSetSlot(t, SLOT_RICHCOMPARE, mp_richcompare.index);
  typeSetSlot(t, SLOT_ITER, mp_iter.index);
  typeSetSlot(t, SLOT_LEN, mp_len.index);
  typeSetSlot(t, SLOT_GETITEM, mp_getitem.index);
  typeSetSlot(t, SLOT_CONTAINS, mp_contains.index);
  typeSetSlot(t, SLOT_NEW, mp_new.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_OR, mp_or.index);
  typeSetSlot(t, SLOT_NB_BINARY + <i32>NB_INPLACE_OR, mp_ior.index);
  typeAddMethod(t, 'get', mp_get.index);
  typeAddMethod(t, 'keys', mp_keys.index);
  typeAddMethod(t, 'values', mp_values.index);
  typeAddMethod(t, 'items', mp_items.index);
  typeAddMethod(t, 'copy', mp_copy.index);
  typeAddMethod(t, '__reversed__', mp_reversed.index);
  typeSetFinal(t);
}
