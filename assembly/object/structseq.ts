// === Struct sequences: tuples whose items also have names (sys.version_info, time.struct_time) ===
//
// A struct sequence type is a builtin subclass of tuple made at vmInit; its instances are plain
// tuples (tuple's layout, dealloc and traverse) of exactly its fields. The field names live in
// the type's dict as `n_fields`/`_fields`-free CPython 3.11 attributes: `n_sequence_fields`,
// `n_fields`, `n_unnamed_fields` and `__match_args__` (the names, in order), which attribute
// access and repr read.
//
//   repr: sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)
//
// A type may have fields past the sequence (time.struct_time's tm_zone and tm_gmtoff): they are
// stored after the visible items, beyond the tuple's size, so len(), iteration, indexing, ==
// and repr see only the sequence, and attribute access reaches every field:
//
//   +8 size = n_sequence_fields | +12 items 0 .. n_sequence_fields-1 | hidden items .. n_fields-1
//
// Such a type has its own dealloc and traverse for the hidden items.

import { Ptr } from '../common';
import { decref, newref, OB_TYPE } from './header';
import {
  SLOT_REPR, SLOT_GETATTRO, SLOT_SETATTRO, SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_NEW, TP_BASICSIZE, TP_FLAGS, TPFLAGS_BASETYPE,
  TP_DICT, typeSetSlot, typeSlot,
} from './typelayout';
import { typeNewBuiltin, typeSetAttrLiteral, typeName, TK_TUPLE } from './type';
import { tupleType, tupleNewOfType, tupleSize, tupleItem, tupleItemsAddr, tupleNew, TU_ITEMS, TU_SIZE } from './tuple';
import { strFromLiteral, strInternLiteral, strEqLiteral, strEq, isStr, strLen, strCharAt, strSubstring, strIntern } from './str';
import { dictGetItemStr } from './dict';
import { intFromI64 } from './int';
import { objRepr, objGenericGetAttr } from './abstract';
import { sbNew, sbAppendStr, sbAppendLiteral, sbFinish, sbFree } from './strbuild';
import { reprEnter, reprLeave } from './list';

let sMatchArgs: Ptr = 0;

// Every struct sequence type with its field names, hidden ones included: (type, names tuple)
// pairs, made at vmInit and kept for the VM's life (a few types; a linear scan finds one).
@inline const MAX_TYPES: i32 = 16;
const registry: usize = memory.data(MAX_TYPES * 8);
let registered: i32 = 0;

/** The field names of struct sequence type t, hidden ones included (a tuple of str, borrowed). */
function fieldsOf(t: Ptr): Ptr {
  for (let i: i32 = 0; i < registered; i++) {
    if (load<Ptr>(registry + (<usize>i << 3)) == t) return load<Ptr>(registry + (<usize>i << 3), 4);
  }
  return unreachable();
}

/** The first n items of tuple t, as a new tuple. */
function tupleSliceOf(t: Ptr, n: i32): Ptr {
  const r = tupleNew(n);
  for (let i: i32 = 0; i < n; i++) store<Ptr>(tupleItemsAddr(r) + (<usize>i << 2), newref(tupleItem(t, i)));
  return r;
}

/** A new struct sequence type named `name` (shown in full: 'sys.version_info') with the fields
 *  `fields`, comma-separated, of which the first `nVisible` (all when -1) form the sequence.
 *  Made once at vmInit; lives as long as the VM. */
export function structseqNewType(name: string, fields: string, nVisible: i32 = -1): Ptr {
  if (sMatchArgs == 0) {
    sMatchArgs = strInternLiteral('__match_args__');
    sNSeq = strInternLiteral('n_sequence_fields');
  }
  const t = typeNewBuiltin(name, tupleType, <u32>TU_ITEMS, load<u32>(tupleType, TP_FLAGS) & ~TPFLAGS_BASETYPE, TK_TUPLE);
  // "final" as CPython's struct sequences are: no Python subclasses
  store<u32>(t, load<u32>(t, TP_FLAGS) & ~TPFLAGS_BASETYPE, TP_FLAGS);
  typeSetSlot(t, SLOT_REPR, structseq_repr.index);
  typeSetSlot(t, SLOT_GETATTRO, structseq_getattro.index);
  typeSetSlot(t, SLOT_SETATTRO, structseq_setattro.index);
  const names = strSplitCommas(fields);
  const n = tupleSize(names);
  if (nVisible < 0 || nVisible > n) nVisible = n;
  // CPython's __match_args__ names the sequence fields only
  const visible = nVisible == n ? newref(names) : tupleSliceOf(names, nVisible);
  typeSetAttrLiteral(t, '__match_args__', visible);
  decref(visible);
  if (registered == MAX_TYPES) unreachable(); // raise MAX_TYPES
  store<Ptr>(registry + (<usize>registered << 3), t);
  store<Ptr>(registry + (<usize>registered << 3), names, 4); // the registry keeps this reference
  registered++;
  const c = intFromI64(nVisible);
  typeSetAttrLiteral(t, 'n_sequence_fields', c);
  decref(c);
  const cn = intFromI64(n);
  typeSetAttrLiteral(t, 'n_fields', cn);
  decref(cn);
  if (nVisible < n) {
    typeSetSlot(t, SLOT_DEALLOC, structseq_dealloc.index);
    typeSetSlot(t, SLOT_TRAVERSE, structseq_traverse.index);
  }
  const z = intFromI64(0);
  typeSetAttrLiteral(t, 'n_unnamed_fields', z);
  decref(z);
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

/** A new instance of t with its items uninitialised (the caller stores every one, hidden fields
 *  included). */
export function structseqNew(t: Ptr): Ptr {
  const o = tupleNewOfType(t, tupleSize(fieldsOf(t)));
  if (o != 0) store<u32>(o, visibleCount(t), TU_SIZE);
  return o;
}

/** n_sequence_fields of struct sequence type t. */
function visibleCount(t: Ptr): i32 {
  return <i32>intValue(dictGetItemStr(load<Ptr>(t, TP_DICT), sNSeq));
}
let sNSeq: Ptr = 0;

/** Stores item i (stolen) of a new struct sequence; a 0 item makes structseqFinish fail. */
@inline export function structseqSet(o: Ptr, i: i32, v: Ptr): void {
  store<Ptr>(tupleItemsAddr(o) + (<usize>i << 2), v);
}

/** Returns o when every item was made, else frees it and returns 0 (an exception is set). */
export function structseqFinish(o: Ptr): Ptr {
  const n = tupleSize(fieldsOf(load<Ptr>(o, OB_TYPE)));
  for (let i: i32 = 0; i < n; i++) {
    if (tupleItem(o, i) == 0) { decref(o); return 0; }
  }
  return o;
}

/** Dealloc of a type with hidden fields: those first, then tuple's dealloc for the sequence. */
function structseq_dealloc(o: Ptr): void {
  const n = tupleSize(fieldsOf(load<Ptr>(o, OB_TYPE)));
  for (let i = n - 1; i >= tupleSize(o); i--) xdecref(tupleItem(o, i));
  call_indirect<void>(typeSlot(tupleType, SLOT_DEALLOC), o);
}

function structseq_traverse(o: Ptr, visit: u32, arg: Ptr): i32 {
  const n = tupleSize(fieldsOf(load<Ptr>(o, OB_TYPE)));
  for (let i = tupleSize(o); i < n; i++) {
    const v = tupleItem(o, i);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return call_indirect<i32>(typeSlot(tupleType, SLOT_TRAVERSE), o, visit, arg);
}

/** Lets Python code make instances: T(sequence, dict=None) with n_sequence_fields..n_fields
 *  items, the hidden fields it leaves out being None (CPython's structseq_new; the dict, which
 *  could name the hidden fields, is accepted and not read). */
export function structseqSetConstructible(t: Ptr): void {
  typeSetSlot(t, SLOT_NEW, structseq_new.index);
}

function structseq_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  // structseq(sequence, dict=None): the argument clinic's errors name it "structseq()"
  const nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  const npos = nargs - nkw;
  if (nargs > 2) return excFormat(excTypeError, 'structseq() takes at most 2 arguments (%d given)', <Ptr>nargs);
  let seq: Ptr = npos > 0 ? load<Ptr>(args) : 0;
  let bad: Ptr = 0; // the first keyword that names no parameter
  for (let k: i32 = 0; k < nkw; k++) {
    const name = tupleItem(kwnames, k);
    if (strEqLiteral(name, 'sequence') && npos < 1) seq = load<Ptr>(args + (<usize>(npos + k) << 2));
    else if (!(strEqLiteral(name, 'dict') && npos < 2) && bad == 0) bad = name;
  }
  if (seq == 0) return excSetString(excTypeError, "structseq() missing required argument 'sequence' (pos 1)");
  if (bad != 0) return excFormat(excTypeError, "'%U' is an invalid keyword argument for structseq()", bad);
  const items = listFromIterable(seq);
  if (items == 0) {
    if (excMatches(excTypeError)) { excClear(); excSetString(excTypeError, 'constructor requires a sequence'); }
    return 0;
  }
  const len = listSize(items);
  const minLen = visibleCount(type);
  const maxLen = tupleSize(fieldsOf(type));
  if (len < minLen || len > maxLen) {
    const a = intFromI64(len < minLen ? minLen : maxLen), b = intFromI64(len);
    if (minLen == maxLen) excFormat(excTypeError, '%N() takes a %D-sequence (%D-sequence given)', type, a, b);
    else if (len < minLen) excFormat(excTypeError, '%N() takes an at least %D-sequence (%D-sequence given)', type, a, b);
    else excFormat(excTypeError, '%N() takes an at most %D-sequence (%D-sequence given)', type, a, b);
    decref(a); decref(b); decref(items);
    return 0;
  }
  const o = structseqNew(type);
  if (o == 0) { decref(items); return 0; }
  for (let i: i32 = 0; i < maxLen; i++) structseqSet(o, i, newref(i < len ? listItem(items, i) : Py_None));
  decref(items);
  return o;
}

import { listFromIterable, listSize, listItem } from './list';
import { excFormat, excSetString, excTypeError, excMatches, excClear } from '../vm/exc';
import { Py_None } from './none';
import { xdecref } from './header';
import { intValue } from './int';

/** The fields are read-only (CPython's member descriptors say "readonly attribute"). */
function structseq_setattro(o: Ptr, name: Ptr, v: Ptr): i32 {
  const names = fieldsOf(load<Ptr>(o, OB_TYPE));
  if (isStr(name)) {
    const n = tupleSize(names);
    for (let i: i32 = 0; i < n; i++) {
      if (strEq(tupleItem(names, i), name)) { excSetString(excAttributeError, 'readonly attribute'); return -1; }
    }
  }
  return objGenericSetAttr(o, name, v);
}
import { objGenericSetAttr } from './abstract';
import { excAttributeError } from '../vm/exc';

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
