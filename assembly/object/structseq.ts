// === Struct sequences: tuples whose items also have names (sys.version_info, time.struct_time) ===
//
// A struct sequence type is a builtin subclass of tuple made at vmInit; its instances are plain
// tuples (tuple's layout, dealloc and traverse) of exactly its fields. The field names live in
// the type's dict as `n_fields`/`_fields`-free CPython 3.11 attributes: `n_sequence_fields`,
// `n_fields`, `n_unnamed_fields` and `__match_args__` (the names, in order), which attribute
// access and repr read.
//
//   repr: sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)

import { Ptr } from '../common';
import { decref, newref, OB_TYPE } from './header';
import { SLOT_REPR, SLOT_GETATTRO, TP_BASICSIZE, TP_FLAGS, TPFLAGS_BASETYPE, TP_DICT, typeSetSlot } from './typelayout';
import { typeNewBuiltin, typeSetAttrLiteral, typeName, TK_TUPLE } from './type';
import { tupleType, tupleNewOfType, tupleSize, tupleItem, tupleItemsAddr, tupleNew, TU_ITEMS } from './tuple';
import { strFromLiteral, strInternLiteral, strEq, isStr, strLen, strCharAt, strSubstring, strIntern } from './str';
import { dictGetItemStr } from './dict';
import { intFromI64 } from './int';
import { objRepr, objGenericGetAttr } from './abstract';
import { sbNew, sbAppendStr, sbAppendLiteral, sbFinish, sbFree } from './strbuild';
import { reprEnter, reprLeave } from './list';

let sMatchArgs: Ptr = 0;

/** The field names of struct sequence type t (a tuple of str, borrowed). */
function fieldsOf(t: Ptr): Ptr {
  return dictGetItemStr(load<Ptr>(t, TP_DICT), sMatchArgs);
}

/** A new struct sequence type named `name` (shown in full: 'sys.version_info') with the fields
 *  `fields`, comma-separated. Made once at vmInit; lives as long as the VM. */
export function structseqNewType(name: string, fields: string): Ptr {
  if (sMatchArgs == 0) sMatchArgs = strInternLiteral('__match_args__');
  const t = typeNewBuiltin(name, tupleType, <u32>TU_ITEMS, load<u32>(tupleType, TP_FLAGS) & ~TPFLAGS_BASETYPE, TK_TUPLE);
  // "final" as CPython's struct sequences are: no Python subclasses
  store<u32>(t, load<u32>(t, TP_FLAGS) & ~TPFLAGS_BASETYPE, TP_FLAGS);
  typeSetSlot(t, SLOT_REPR, structseq_repr.index);
  typeSetSlot(t, SLOT_GETATTRO, structseq_getattro.index);
  const names = strSplitCommas(fields);
  const n = tupleSize(names);
  typeSetAttrLiteral(t, '__match_args__', names);
  const c = intFromI64(n);
  typeSetAttrLiteral(t, 'n_sequence_fields', c);
  typeSetAttrLiteral(t, 'n_fields', c);
  decref(c);
  const z = intFromI64(0);
  typeSetAttrLiteral(t, 'n_unnamed_fields', z);
  decref(z);
  decref(names);
  return t;
}

/** The comma-separated names of a literal as a tuple of interned str (no AssemblyScript string
 *  is made: the literal becomes one str, which is cut up). */
export function strSplitCommas(lit: string): Ptr {
  const all = strFromLiteral(lit);
  if (all == 0) return 0;
  const len = strLen(all);
  let n: i32 = 1;
  for (let i: i32 = 0; i < len; i++) if (strCharAt(all, i) == 44) n++;
  const t = tupleNew(n);
  if (t == 0) { decref(all); return 0; }
  memory.fill(tupleItemsAddr(t), 0, <usize>n << 2); // a failure half-way frees a sound tuple
  let start: i32 = 0, k: i32 = 0;
  for (let i: i32 = 0; i <= len; i++) {
    if (i == len || strCharAt(all, i) == 44) {
      const part = strIntern(strSubstring(all, start, i));
      if (part == 0) { decref(t); decref(all); return 0; }
      store<Ptr>(tupleItemsAddr(t) + (<usize>k << 2), part);
      k++;
      start = i + 1;
    }
  }
  decref(all);
  return t;
}

/** A new instance of t with its items uninitialised (the caller stores every one). */
export function structseqNew(t: Ptr): Ptr {
  return tupleNewOfType(t, tupleSize(fieldsOf(t)));
}

/** Stores item i (stolen) of a new struct sequence; a 0 item makes structseqFinish fail. */
@inline export function structseqSet(o: Ptr, i: i32, v: Ptr): void {
  store<Ptr>(tupleItemsAddr(o) + (<usize>i << 2), v);
}

/** Returns o when every item was made, else frees it and returns 0 (an exception is set). */
export function structseqFinish(o: Ptr): Ptr {
  const n = tupleSize(o);
  for (let i: i32 = 0; i < n; i++) {
    if (tupleItem(o, i) == 0) { decref(o); return 0; }
  }
  return o;
}

function structseq_getattro(o: Ptr, name: Ptr): Ptr {
  const names = fieldsOf(load<Ptr>(o, OB_TYPE));
  if (isStr(name)) {
    const n = tupleSize(names);
    for (let i: i32 = 0; i < n; i++) {
      if (strEq(tupleItem(names, i), name)) return newref(tupleItem(o, i));
    }
  }
  return objGenericGetAttr(o, name);
}

function structseq_repr(o: Ptr): Ptr {
  const t = load<Ptr>(o, OB_TYPE);
  const names = fieldsOf(t);
  const rec = reprEnter(o);
  if (rec != 0) return rec > 0 ? strFromLiteral('(...)') : 0;
  const sb = sbNew();
  sbAppendStr(sb, typeName(t));
  sbAppendLiteral(sb, '(');
  const n = tupleSize(o);
  for (let i: i32 = 0; i < n; i++) {
    if (i) sbAppendLiteral(sb, ', ');
    sbAppendStr(sb, tupleItem(names, i));
    sbAppendLiteral(sb, '=');
    const r = objRepr(tupleItem(o, i));
    if (r == 0) { sbFree(sb); reprLeave(o); return 0; }
    sbAppendStr(sb, r);
    decref(r);
  }
  sbAppendLiteral(sb, ')');
  reprLeave(o);
  return sbFinish(sb);
}
