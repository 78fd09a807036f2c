// === `obj.__class__ = Other`: object.__class__'s setter (CPython's object_set_class) ===
//
// An instance may change class when both classes are heap types (builtin types are immutable;
// CPython also allows ModuleType subclasses among themselves) and their instances have the same
// layout. The layout check is CPython's compatible_for_assignment, computed on the numbers
// CPython would have for these classes rather than ours, so that the same assignments succeed
// and fail with the same messages:
//
//   - each class climbs to the highest base whose instances look the same (adds no __slots__
//     member, no __dict__, no __weakref__; same GC flag: `object` has none, classes always do);
//   - those two must be the same class, or siblings (same base) that add the same: CPython's
//     same_slots_added, which counts a __weakref__ slot only when no member precedes it, and
//     compares the declared __slots__ names; a __dict__ never matches there (it is not at the
//     base's end), so two siblings that each add one differ, except the managed dicts of
//     subclasses of fixed-size types (object, list, ...), which sit outside the layout;
//   - both have a managed __dict__, or neither.
//
// CPython's basic size of a class (cpySize below) is its base's, plus 8 per __slots__ member, 8
// for a __weakref__ slot it adds, and 8 for a __dict__ it adds to a variable-sized base (int,
// tuple: the dict then sits after the items, not in the managed prefix). TP_WEAKLISTOFFSET
// records only whether instances have a __weakref__ slot (typenew.ts sets it, as CPython's
// type_new would add one); nothing else reads it.

import { Ptr } from '../common';
import { incref, decref, OB_TYPE } from './header';
import {
  TP_BASE, TP_DICT, TP_FLAGS, TP_BASICSIZE, TP_DICTOFFSET, TP_WEAKLISTOFFSET, TP_KIND,
  TPFLAGS_HEAPTYPE, TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT, SLOT_DEALLOC, typeSlot,
} from './typelayout';
import { typeType, isSubtype, objIsInstanceOf, TK_INT, TK_BOOL, TK_TUPLE } from './type';
import { moduleType } from './module';
import { memberType, memberOwner, memberName } from './descrobject';
import { dictNext, dictGetItemStr } from './dict';
import { strInternLiteral } from './str';
import { objRichCompareBool } from './abstract';
import { listNew, listAppend } from './list';
import { listSortImpl } from './listsort';
import { heapAlloc, heapFree } from '../heap/heap';
import { excFormat, excSetString, excTypeError } from '../vm/exc';

let sSlots: Ptr = 0;

@inline function isHeap(t: Ptr): bool { return (load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0; }
@inline function isGC(t: Ptr): bool { return (load<u32>(t, TP_FLAGS) & TPFLAGS_HAVE_GC) != 0; }
@inline function hasManagedDict(t: Ptr): bool { return (load<u32>(t, TP_FLAGS) & TPFLAGS_MANAGED_DICT) != 0; }
@inline function hasWeak(t: Ptr): bool { return load<i32>(t, TP_WEAKLISTOFFSET) != 0; }

/** CPython's tp_itemsize != 0: the builtin layouts with items inside the object. */
export function typeIsVarSizedForWeak(t: Ptr): bool {
  const k = load<u32>(t, TP_KIND);
  return k == TK_INT || k == TK_BOOL || k == TK_TUPLE;
}

/** __slots__ members heap class t adds to its base. */
@inline function membersAdded(t: Ptr): i32 {
  return <i32>(load<u32>(t, TP_BASICSIZE) - load<u32>(load<Ptr>(t, TP_BASE), TP_BASICSIZE)) >> 2;
}
@inline function addsDict(t: Ptr): bool {
  return load<i32>(t, TP_DICTOFFSET) != load<i32>(load<Ptr>(t, TP_BASE), TP_DICTOFFSET);
}
@inline function addsWeak(t: Ptr): bool { return hasWeak(t) && !hasWeak(load<Ptr>(t, TP_BASE)); }

/** CPython's tp_basicsize for t, in its units (see the file comment). */
function cpySize(t: Ptr): i32 {
  if (!isHeap(t)) return <i32>load<u32>(t, TP_BASICSIZE) * 2;
  let n = cpySize(load<Ptr>(t, TP_BASE)) + 8 * membersAdded(t);
  if (addsWeak(t)) n += 8;
  if (addsDict(t) && typeIsVarSizedForWeak(load<Ptr>(t, TP_BASE))) n += 8;
  return n;
}

/** CPython's tp_weaklistoffset for t (0 = none): right after its base and its own members. */
function cpyWeakOffset(t: Ptr): i32 {
  if (!hasWeak(t) || !isHeap(t)) return 0; // builtin types record none
  if (!addsWeak(t)) return cpyWeakOffset(load<Ptr>(t, TP_BASE));
  return cpySize(load<Ptr>(t, TP_BASE)) + 8 * membersAdded(t);
}

/** Do c's instances look like its base's (CPython's compatible_with_tp_base)? */
function compatibleWithBase(c: Ptr): bool {
  const p = load<Ptr>(c, TP_BASE);
  if (p == 0 || isGC(c) != isGC(p)) return false;
  if (isHeap(c)) return membersAdded(c) == 0 && !addsDict(c) && !addsWeak(c);
  return load<u32>(c, TP_BASICSIZE) == load<u32>(p, TP_BASICSIZE)
    && load<i32>(c, TP_DICTOFFSET) == load<i32>(p, TP_DICTOFFSET)
    && typeSlot(c, SLOT_DEALLOC) == typeSlot(p, SLOT_DEALLOC);
}

/** The sorted names of the __slots__ members class t itself declares (CPython's ht_slots), as
 *  a list; 0 (no error) when t has no __slots__, 0 with an exception on error. */
function declaredSlots(t: Ptr): Ptr {
  const d = load<Ptr>(t, TP_DICT);
  if (dictGetItemStr(d, sSlots) == 0) return 0;
  const l = listNew(0);
  if (l == 0) return 0;
  const pos = heapAlloc(12);
  if (pos == 0) { decref(l); return 0; }
  store<i32>(pos, 0);
  while (dictNext(d, pos, pos + 4, pos + 8)) {
    const v = load<Ptr>(pos, 8);
    if (load<Ptr>(v, OB_TYPE) == memberType && memberOwner(v) == t && listAppend(l, memberName(v)) < 0) {
      heapFree(pos);
      decref(l);
      return 0;
    }
  }
  heapFree(pos);
  if (listSortImpl(l, 0, false) < 0) { decref(l); return 0; }
  return l;
}
import { excOccurred } from '../vm/exc';

/** CPython's same_slots_added for siblings a and b (same base). -1 on error. */
function sameSlotsAdded(a: Ptr, b: Ptr): i32 {
  if (!isHeap(a) || !isHeap(b)) return 0;
  let size = cpySize(load<Ptr>(a, TP_BASE));
  if (cpyWeakOffset(a) == size && cpyWeakOffset(b) == size) size += 8;
  const sa = declaredSlots(a);
  if (sa == 0 && excOccurred()) return -1;
  const sb = declaredSlots(b);
  if (sb == 0 && excOccurred()) { if (sa) decref(sa); return -1; }
  let r: i32 = 1;
  if (sa != 0 && sb != 0) {
    r = objRichCompareBool(sa, sb, 2);
    if (r == 1) size += 8 * membersAdded(a);
  }
  if (sa) decref(sa);
  if (sb) decref(sb);
  if (r != 1) return r;
  return size == cpySize(a) && size == cpySize(b) ? 1 : 0;
}

/** Can instances of oldto become instances of newto (CPython's compatible_for_assignment)?
 *  1, 0 (TypeError set, worded for `__class__` or, with forBases, `__bases__` assignment), -1
 *  (another error). A GC type and a non-GC one differ first of all (CPython's tp_free). */
export function typeLayoutCompatible(oldto: Ptr, newto: Ptr, forBases: bool): i32 {
  if (isGC(oldto) != isGC(newto)) {
    excFormat(excTypeError, forBases ? "__bases__ assignment: '%N' deallocator differs from '%N'"
      : "__class__ assignment: '%N' deallocator differs from '%N'", newto, oldto);
    return 0;
  }
  let nb = newto, ob = oldto;
  while (compatibleWithBase(nb)) nb = load<Ptr>(nb, TP_BASE);
  while (compatibleWithBase(ob)) ob = load<Ptr>(ob, TP_BASE);
  let ok: i32 = 1;
  if (nb != ob) {
    if (load<Ptr>(nb, TP_BASE) != load<Ptr>(ob, TP_BASE)) ok = 0;
    else {
      ok = sameSlotsAdded(nb, ob);
      if (ok < 0) return -1;
    }
  }
  if (ok == 1 && hasManagedDict(oldto) == hasManagedDict(newto)) return 1;
  excFormat(excTypeError, forBases ? "__bases__ assignment: '%N' object layout differs from '%N'"
    : "__class__ assignment: '%N' object layout differs from '%N'", newto, oldto);
  return 0;
}

/** object.__class__ = v (the getset's setter; v = 0 deletes). */
export function object_set_class(o: Ptr, v: Ptr): i32 {
  if (v == 0) { excSetString(excTypeError, "can't delete __class__ attribute"); return -1; }
  if (!objIsInstanceOf(v, typeType)) {
    excFormat(excTypeError, "__class__ must be set to a class, not '%T' object", v);
    return -1;
  }
  const oldto = load<Ptr>(o, OB_TYPE);
  const modules = isSubtype(v, moduleType) && isSubtype(oldto, moduleType);
  if (!modules && (!isHeap(v) || !isHeap(oldto))) {
    excSetString(excTypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
    return -1;
  }
  if (typeLayoutCompatible(oldto, v, false) != 1) return -1;
  // an instance holds a reference to its type only when it is a heap type (header.ts)
  if (isHeap(v)) incref(v);
  store<Ptr>(o, v, OB_TYPE);
  if (isHeap(oldto)) decref(oldto);
  return 0;
}

export function classAssignInit(): void {
  sSlots = strInternLiteral('__slots__');
}
