// === Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD (CPython 3.11's specializations) ===
//
// Each of these instructions is followed by three cache words (src/bytecode/opcodes.ts):
//
//   +0 tag    TP_VERSION of the owner's type when the cache was filled (object/type.ts)
//   +4 epoch  typeCacheEpoch when it was filled
//   +8 hint   LOAD_ATTR / STORE_ATTR: kind (low 2 bits) | data << 2
//               AK_SLOT  data = byte offset of a __slots__ member inside the instance
//               AK_DICT  data = an entry number the name had in an instance dict (found at the
//                        fill, moved by a load that missed)
//             LOAD_METHOD: the function or method descriptor the type gives (borrowed)
//
// Invariants:
// - A cache is used only while both tag and epoch match. Tags are unique for the VM's life, so
//   a matching tag means the owner's type is the very type the cache was filled for (alive,
//   since the owner holds it); typeModified() bumps the epoch whenever any type dict or slot may
//   have changed, so what the fill learnt from the type (its getattro/setattro are the generic
//   ones, the name's descriptor, a member's offset, the method in its dict) still holds. A fresh
//   cache (all zero) never matches: the epoch is never 0.
// - An AK_DICT hint is checked against the entry's key before its value is used (a stale hint
//   costs a lookup, never a wrong answer). AK_DICT is filled only when the type has no data
//   descriptor for the name: then the instance dict comes first, so a hit there is the answer.
// - The fast paths only ever answer hits; every miss and every error takes the generic path,
//   which raises exactly what CPython raises.

import { Ptr } from '../common';
import { OB_TYPE, decref, incref, newref } from '../object/header';
import { evalLoadMethod } from './evalslow';
import { decrefFast } from '../object/numdecref';
import { TP_VERSION, TP_DICTOFFSET, SLOT_GETATTRO, SLOT_SETATTRO, SLOT_DESCR_SET, typeSlot } from '../object/typelayout';
import { typeLookup, typeCacheEpoch, isSubtype } from '../object/type';
import { objGetAttr, objSetAttr, objGenericGetAttr, objGenericSetAttr, objNewInstanceDict } from '../object/abstract';
import { memberType, memberObjectOffset, memberOwner } from '../object/descrobject';
import { dictIndexOfStr, dictEntryValueIf, dictHintSwap, dictSetItem, dictGetItemStr } from '../object/dict';

@inline const AK_SLOT: u32 = 1;
@inline const AK_DICT: u32 = 2;

/** Do the cache's tag and epoch match type t? */
@inline function attrCacheValid(cache: usize, t: Ptr): bool {
  return load<u32>(t, TP_VERSION) == load<u32>(cache) && load<u32>(cache, 4) == typeCacheEpoch;
}

/** The instance dict of o (whose type t has a dict offset), or 0 when o has none yet. */
@inline function attrInstanceDict(o: Ptr, t: Ptr): Ptr {
  return load<Ptr>(o + <usize>load<i32>(t, TP_DICTOFFSET));
}

/** Does o's own dict hold name (so that it hides the method its type t gives)? */
@inline function attrShadowed(o: Ptr, t: Ptr, name: Ptr): bool {
  if (load<i32>(t, TP_DICTOFFSET) == 0) return false;
  const d = attrInstanceDict(o, t);
  return d != 0 && dictGetItemStr(d, name) != 0;
}

/** LOAD_ATTR's hit path: the attribute (borrowed) when the valid cache answers, else 0. */
@inline function attrCacheGet(o: Ptr, t: Ptr, name: Ptr, hint: u32): Ptr {
  const kind = hint & 3;
  if (kind == AK_SLOT) return load<Ptr>(o + <usize>(hint >> 2));
  if (kind != AK_DICT) return 0;
  const d = attrInstanceDict(o, t);
  return d != 0 ? dictEntryValueIf(d, hint >> 2, name) : 0;
}

function stamp(cache: usize, t: Ptr, hint: u32): void {
  store<u32>(cache, load<u32>(t, TP_VERSION));
  store<u32>(cache, typeCacheEpoch, 4);
  store<u32>(cache, hint, 8);
}

/** How an attribute of t's instances is found when t uses the generic get/set: AK_SLOT with the
 *  member's offset, AK_DICT, or 0 (another descriptor decides: not cached). */
function attrKind(t: Ptr, name: Ptr): u32 {
  const descr = typeLookup(t, name); // gives t its tag
  if (descr != 0) {
    const dt = load<Ptr>(descr, OB_TYPE);
    // a slot member applies when its class is in t's MRO (not when copied into an unrelated
    // class); other member kinds (complex.real, a double) take the generic path
    if (dt == memberType) {
      const off = memberObjectOffset(descr);
      return off >= 0 && isSubtype(t, memberOwner(descr)) ? AK_SLOT | (<u32>off << 2) : 0;
    }
    if (typeSlot(dt, SLOT_DESCR_SET) != 0) return 0; // a data descriptor (property ...)
  }
  return load<i32>(t, TP_DICTOFFSET) != 0 ? AK_DICT : 0;
}

/** After a generic LOAD_ATTR (setter false) or STORE_ATTR (true) of o.name succeeded: fills the
 *  cache for o's type. Hint 0 records that this type's answer needs the generic path (a
 *  property, a class attribute, a custom __getattribute__ ...), so the fill is not retried on
 *  every execution while the epoch holds. */
function attrCacheFill(cache: usize, o: Ptr, name: Ptr, setter: bool): void {
  const t = load<Ptr>(o, OB_TYPE);
  let hint = attrKind(t, name); // first: gives t its tag
  const f = typeSlot(t, setter ? SLOT_SETATTRO : SLOT_GETATTRO);
  if (f != 0 && f != (setter ? objGenericSetAttr.index : objGenericGetAttr.index)) hint = 0;
  else if (hint == AK_DICT) {
    const d = attrInstanceDict(o, t);
    const ix = d != 0 ? dictIndexOfStr(d, name) : -1;
    hint = ix >= 0 ? AK_DICT | (<u32>ix << 2) : 0;
  }
  stamp(cache, t, hint);
}

/** STORE_ATTR's hit path: o.name = v (v's reference is consumed) when the valid cache says where;
 *  0 when the generic path must do it (nothing done). The old value is dropped last and may run
 *  code: the caller has saved its frame state. -1: an error (MemoryError) is set. */
@inline function attrCacheSet(cache: usize, o: Ptr, t: Ptr, name: Ptr, v: Ptr): i32 {
  const hint = load<u32>(cache, 8);
  const kind = hint & 3;
  let old: Ptr;
  if (kind == AK_SLOT) {
    const addr = o + <usize>(hint >> 2);
    old = load<Ptr>(addr);
    store<Ptr>(addr, v);
  } else {
    if (kind != AK_DICT) return 0;
    const d = attrInstanceDict(o, t);
    old = d != 0 ? dictHintSwap(d, name, hint >> 2, v) : 0;
    if (old == 0) return attrCacheSetMiss(o, t, d, name, v);
  }
  if (old) decrefFast(old);
  return 1;
}

/** attrCacheSet when the dict hint missed (a new attribute, usually): d[name] = v, the instance
 *  dict made first if o has none yet (as the generic path would). */
@noinline function attrCacheSetMiss(o: Ptr, t: Ptr, d: Ptr, name: Ptr, v: Ptr): i32 {
  if (d == 0) d = objNewInstanceDict(o + <usize>load<i32>(t, TP_DICTOFFSET), t);
  const r = d != 0 ? dictSetItem(d, name, v) : -1;
  decref(v);
  return r < 0 ? -1 : 1;
}

/** LOAD_ATTR's hint missed in an instance dict: the name's entry now, remembered (borrowed value),
 *  or 0 (the generic path decides). */
function attrCacheRehint(cache: usize, o: Ptr, t: Ptr, name: Ptr): Ptr {
  const d = attrInstanceDict(o, t);
  if (d == 0) return 0;
  const ix = dictIndexOfStr(d, name);
  if (ix < 0) return 0;
  store<u32>(cache, AK_DICT | (<u32>ix << 2), 8);
  return dictEntryValueIf(d, <u32>ix, name);
}

// ---- the instructions (vm/eval.ts calls these with its frame state saved) ----

/** LOAD_ATTR: owner at `slot` is replaced by owner.name (the stack's reference to owner is
 *  dropped). False with the exception set (the slot is then dead: the loop pops it). */
export function attrLoad(cache: usize, slot: usize, name: Ptr): bool {
  const owner = load<Ptr>(slot);
  const ot = load<Ptr>(owner, OB_TYPE);
  const valid = attrCacheValid(cache, ot);
  let v: Ptr = 0;
  if (valid) {
    v = attrCacheGet(owner, ot, name, load<u32>(cache, 8));
    if (v == 0 && (load<u32>(cache, 8) & 3) == AK_DICT) v = attrCacheRehint(cache, owner, ot, name);
    if (v != 0) incref(v);
  }
  if (v == 0) {
    v = objGetAttr(owner, name);
    if (v != 0 && !valid) attrCacheFill(cache, owner, name, false);
  }
  decref(owner);
  if (v == 0) return false;
  store<Ptr>(slot, v);
  return true;
}

/** STORE_ATTR: owner.name = value, with value at `slot` and owner above it (both stack
 *  references dropped). False with the exception set. */
export function attrStore(cache: usize, slot: usize, name: Ptr): bool {
  const v = load<Ptr>(slot), owner = load<Ptr>(slot + 4);
  const ot = load<Ptr>(owner, OB_TYPE);
  const valid = attrCacheValid(cache, ot);
  if (valid) {
    const r = attrCacheSet(cache, owner, ot, name, v); // consumes v when it answers
    if (r != 0) {
      decref(owner);
      return r > 0;
    }
  }
  const r = objSetAttr(owner, name, v);
  if (r >= 0 && !valid) attrCacheFill(cache, owner, name, true);
  decref(owner);
  decref(v);
  return r >= 0;
}

/** LOAD_METHOD: owner at `slot` becomes `meth owner` (a method the type gives, not shadowed by
 *  the instance dict) or `NULL attr`; two slots are written. False with the exception set. */
export function attrLoadMethod(cache: usize, slot: usize, name: Ptr): bool {
  const owner = load<Ptr>(slot);
  const ot = load<Ptr>(owner, OB_TYPE);
  const valid = attrCacheValid(cache, ot);
  if (valid) {
    const meth = load<Ptr>(cache, 8);
    if (meth != 0 && !attrShadowed(owner, ot, name)) {
      store<Ptr>(slot, newref(meth));
      store<Ptr>(slot + 4, owner);
      return true;
    }
  }
  if (!evalLoadMethod(slot, name)) return false;
  // the method found (0: the generic path answered); ot got its tag from that lookup
  if (!valid) stamp(cache, ot, <u32>load<Ptr>(slot));
  return true;
}
