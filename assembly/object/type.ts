// === Type objects: creation, slot inheritance, MRO lookup, `type` and `object` ===
//
// Builtin types are made once by their files' xxxTypeInit() through typeNewBuiltin. Bootstrapping:
// a type's name is a str, its namespace a dict and its MRO a tuple, none of which exist before
// str/dict/tuple are made. So until typeBootstrapDone() runs, typeNewBuiltin records the name
// literal and typeAddMethod queues its method; typeBootstrapDone() (called by vm/init.ts once
// str, dict and tuple types exist) then gives every early type its name, dict and MRO and adds
// the queued methods. After that both act at once.
//
// Invariants:
// - Every type's MRO is a tuple starting with the type itself and ending with `object`.
// - A slot left 0 by a type's own init is inherited from its base when the type is readied.

import { weakrefClearAll } from './weakref';
import { Ptr, fatal } from '../common';
import { heapAlloc } from '../heap/heap';
import { OB_TYPE, GC_PREFIX, objAlloc, objFree, incref, decref, newref, xdecref } from './header';
import {
  TP_DICTOFFSET, TP_VERSION, TP_NAME, TP_QUALNAME, TP_BASE, TP_BASES, TP_MRO, TP_DICT, TP_FLAGS, TP_BASICSIZE, TP_KIND,
  SLOT_COUNT, SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, TYPE_OBJECT_SIZE, TPFLAGS_HAVE_GC,
  TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE, TPFLAGS_TYPE_SUBCLASS, typeSlot, typeSetSlot,
  TP_WEAKLIST, TP_WEAKLISTOFFSET,
} from './typelayout';
import { strInternLiteral } from './str';
import { dictNew, dictGetItemStr, dictSetItem, dictClear } from './dict';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleEmpty } from './tuple';
import { cfuncNewDescriptor, cfuncNewClassDescriptor } from './cfunc';
import { subclassesUnregister } from './subclasses';

/** Layout families (TP_KIND), inherited by subclasses: a cheap "is it some kind of int". */
@inline export const TK_OBJECT: u32 = 0;
@inline export const TK_INT: u32 = 1;
@inline export const TK_BOOL: u32 = 2;
@inline export const TK_FLOAT: u32 = 3;
@inline export const TK_STR: u32 = 4;
@inline export const TK_TUPLE: u32 = 5;
@inline export const TK_LIST: u32 = 6;
@inline export const TK_DICT: u32 = 7;
@inline export const TK_TYPE: u32 = 8;
@inline export const TK_EXC: u32 = 9;
@inline export const TK_OTHER: u32 = 10;
@inline export const TK_BYTES: u32 = 11;
@inline export const TK_BYTEARRAY: u32 = 12;
@inline export const TK_COMPLEX: u32 = 13;

export let typeType: Ptr = 0;
export let objectType: Ptr = 0;

let bootstrapped = false;
// Every builtin type, in creation order (slotdefs.ts gives each its dunder wrappers at vmInit).
const BUILTIN_MAX: i32 = 192;
let builtinTypes: Ptr = 0;
let builtinCount: i32 = 0;
export function typeBuiltinCount(): i32 { return builtinCount; }
export function typeBuiltinAt(i: i32): Ptr { return load<Ptr>(builtinTypes + (<usize>i << 2)); }
// Types made before bootstrap (their TP_NAME holds the literal's address meanwhile).
const EARLY_MAX: i32 = 64;
let earlyTypes: Ptr = 0; // EARLY_MAX Ptrs
let earlyCount: i32 = 0;
// Methods queued before bootstrap: (type, name literal, fnIndex) triples.
const QUEUE_MAX: i32 = 512;
let methodQueue: Ptr = 0;
let methodCount: i32 = 0;

/**
 * Makes a builtin (static) type. `basicsize` is the instance size with the header, without the
 * GC prefix. The type gets `base`'s flags that subclasses inherit, its kind unless `kind` says
 * otherwise (pass TK_OBJECT to inherit), and every slot the caller leaves 0 (inherited at
 * typeReady). Returns the type (owned by the VM for its lifetime).
 */
export function typeNewBuiltin(name: string, base: Ptr, basicsize: u32, flags: u32, kind: u32): Ptr {
  const t = typeType ? objAlloc(typeType, TYPE_OBJECT_SIZE) : typeAllocFirst();
  if (t == 0) fatal(10);
  store<u32>(t, flags | TPFLAGS_BASETYPE, TP_FLAGS);
  store<u32>(t, basicsize, TP_BASICSIZE);
  store<Ptr>(t, base, TP_BASE);
  store<u32>(t, kind != TK_OBJECT || base == 0 ? kind : load<u32>(base, TP_KIND), TP_KIND);
  if (base) incref(base);
  if (builtinTypes == 0) builtinTypes = heapAlloc(<usize>BUILTIN_MAX * 4);
  if (builtinCount == BUILTIN_MAX) fatal(13);
  store<Ptr>(builtinTypes + (<usize>builtinCount << 2), t);
  builtinCount++;
  if (bootstrapped) {
    store<Ptr>(t, strInternLiteral(name), TP_NAME);
    typeReady(t);
  } else {
    if (earlyTypes == 0) earlyTypes = heapAlloc(<usize>EARLY_MAX * 4);
    if (earlyCount == EARLY_MAX) fatal(11);
    store<Ptr>(earlyTypes + (<usize>earlyCount << 2), t);
    earlyCount++;
    store<usize>(t, changetype<usize>(name), TP_NAME);
  }
  return t;
}

/** Allocates the very first type object, `type`, which is its own type (objAlloc would read the
 *  flags of a type that does not exist yet). */
function typeAllocFirst(): Ptr {
  const block = heapAlloc(GC_PREFIX + TYPE_OBJECT_SIZE);
  if (block == 0) return 0;
  memory.fill(block, 0, GC_PREFIX + TYPE_OBJECT_SIZE);
  const t = block + GC_PREFIX;
  store<u32>(t, 1);
  store<Ptr>(t, t, OB_TYPE);
  return t;
}

/** Marks a builtin type as not subclassable (bool, NoneType, ...). */
export function typeSetFinal(t: Ptr): void {
  store<u32>(t, load<u32>(t, TP_FLAGS) & ~TPFLAGS_BASETYPE, TP_FLAGS);
}

/** Gives t its qualname, dict, bases and MRO, and inherits the slots it lacks from its base. */
export function typeReady(t: Ptr): void {
  if (load<Ptr>(t, TP_QUALNAME) == 0) store<Ptr>(t, newref(load<Ptr>(t, TP_NAME)), TP_QUALNAME);
  if (load<Ptr>(t, TP_DICT) == 0) store<Ptr>(t, dictNew(), TP_DICT);
  const base = load<Ptr>(t, TP_BASE);
  if (load<Ptr>(t, TP_BASES) == 0) {
    const bases = tupleNew(base ? 1 : 0);
    if (base) store<Ptr>(tupleItemsAddr(bases), newref(base));
    store<Ptr>(t, bases, TP_BASES);
  }
  if (load<Ptr>(t, TP_MRO) == 0) {
    // Single inheritance for builtin types: (t, base, base's base, ..., object).
    let n: i32 = 0;
    for (let b = t; b != 0; b = load<Ptr>(b, TP_BASE)) n++;
    const mro = tupleNew(n);
    let i: usize = 0;
    for (let b = t; b != 0; b = load<Ptr>(b, TP_BASE)) {
      store<Ptr>(tupleItemsAddr(mro) + (i << 2), newref(b));
      i++;
    }
    store<Ptr>(t, mro, TP_MRO);
  }
  if (base) {
    for (let s: i32 = 0; s < SLOT_COUNT; s++) {
      if (typeSlot(t, s) == 0) typeSetSlot(t, s, typeSlot(base, s));
    }
    if (load<u32>(base, TP_FLAGS) & TPFLAGS_HAVE_GC) {
      store<u32>(t, load<u32>(t, TP_FLAGS) | TPFLAGS_HAVE_GC, TP_FLAGS);
    }
    // instances of a subtype keep the base's __dict__ slot (every exception type has one)
    if (load<i32>(t, TP_DICTOFFSET) == 0) store<i32>(t, load<i32>(base, TP_DICTOFFSET), TP_DICTOFFSET);
  }
}

/** Adds a builtin method (a method_descriptor in t's dict) with the builtin signature. */
export function typeAddMethod(t: Ptr, name: string, fnIndex: u32): void {
  typeAddDescriptor(t, name, fnIndex, false);
}

/** Adds a builtin classmethod: called with the class as self (dict.fromkeys). */
export function typeAddClassMethod(t: Ptr, name: string, fnIndex: u32): void {
  typeAddDescriptor(t, name, fnIndex, true);
}

/** Bit 31 of a queued entry's fn index marks a classmethod (table indices stay far below). */
@inline const QUEUED_CLASSMETHOD: u32 = 0x80000000;

function typeAddDescriptor(t: Ptr, name: string, fnIndex: u32, isClass: bool): void {
  if (!bootstrapped) {
    if (methodQueue == 0) methodQueue = heapAlloc(<usize>QUEUE_MAX * 12);
    if (methodCount == QUEUE_MAX) fatal(12);
    const e = methodQueue + <usize>methodCount * 12;
    store<Ptr>(e, t);
    store<usize>(e, changetype<usize>(name), 4);
    store<u32>(e, isClass ? fnIndex | QUEUED_CLASSMETHOD : fnIndex, 8);
    methodCount++;
    return;
  }
  const key = strInternLiteral(name);
  const descr = isClass ? cfuncNewClassDescriptor(fnIndex, key, t) : cfuncNewDescriptor(fnIndex, key, t);
  dictSetItem(load<Ptr>(t, TP_DICT), key, descr);
  decref(descr);
  decref(key);
  typeModified();
}

/** Sets t.__dict__[name] = value (value borrowed). For class attributes of builtin types. */
export function typeSetAttrLiteral(t: Ptr, name: string, value: Ptr): void {
  const key = strInternLiteral(name);
  dictSetItem(load<Ptr>(t, TP_DICT), key, value);
  decref(key);
  typeModified();
}

/** Called once str, dict, tuple and the cfunc types exist: completes every early type. */
export function typeBootstrapDone(): void {
  bootstrapped = true;
  for (let i: i32 = 0; i < earlyCount; i++) {
    const t = load<Ptr>(earlyTypes + (<usize>i << 2));
    const lit = changetype<string>(load<usize>(t, TP_NAME));
    store<Ptr>(t, strInternLiteral(lit), TP_NAME);
  }
  for (let i: i32 = 0; i < earlyCount; i++) typeReady(load<Ptr>(earlyTypes + (<usize>i << 2)));
  for (let i: i32 = 0; i < methodCount; i++) {
    const e = methodQueue + <usize>i * 12;
    const fn = load<u32>(e, 8);
    typeAddDescriptor(load<Ptr>(e), changetype<string>(load<usize>(e, 4)), fn & ~QUEUED_CLASSMETHOD, (fn & QUEUED_CLASSMETHOD) != 0);
  }
  methodCount = 0;
}

// ---- the type attribute cache (CPython's method cache) ----
//
// typeLookup answers (type, name) -> value from a direct-mapped table before walking the MRO's
// dicts; most attribute accesses ask the same few questions again and again, and a miss (an
// instance attribute is not on the type) is cached as well.
//
//   entry (16 bytes): +0 type tag u32 | +4 epoch u32 | +8 name (str, owned) | +12 value (borrowed)
//
// Invariants:
// - A type's tag (TP_VERSION) is unique for the VM's life and given on its first lookup, so an
//   entry can never answer for a different type that happens to reuse a dead type's address.
// - The entry owns a reference to its name (a dead name's address cannot be reused by another
//   str while an entry names it); the value is borrowed from the type dict that holds it.
// - typeModified() bumps the epoch whenever any type dict may have changed (type_setattro, class
//   creation, builtin set-up): entries of older epochs never match, so the value of a matching
//   entry is still in its dict. typeCacheClear() (end of a run) drops the names.

@inline const TC_BITS: u32 = 12;
@inline const TC_SIZE: u32 = 1 << TC_BITS;
const typeCache: usize = memory.data(<i32>(TC_SIZE * 16));
export let typeCacheEpoch: u32 = 1;
let typeTagNext: u32 = 1;

/** Every type dict may have changed: no cached lookup is valid any more. */
export function typeModified(): void {
  typeCacheEpoch++;
  if (typeCacheEpoch == 0) { typeCacheClear(); typeCacheEpoch = 1; } // wrapped: old epochs could match
}

/** Drops every entry and its name reference (end of a run: the heap returns to its baseline). */
export function typeCacheClear(): void {
  for (let i: u32 = 0; i < TC_SIZE; i++) {
    const e = typeCache + (<usize>i << 4);
    const name = load<Ptr>(e, 8);
    store<u64>(e, 0);
    store<u64>(e, 0, 8);
    if (name) decref(name);
  }
}

/** Looks name (a str) up along t's MRO. Borrowed result, 0 if absent; never raises for str keys. */
export function typeLookup(t: Ptr, name: Ptr): Ptr {
  if (name == 0) return 0; // making the name failed (MemoryError is set)
  let tag = load<u32>(t, TP_VERSION);
  if (tag == 0) {
    tag = typeTagNext++;
    store<u32>(t, tag, TP_VERSION);
  }
  const h = (((<u32>name >> 3) ^ (tag * 0x9E3779B1)) * 0x85EBCA6B) >> (32 - TC_BITS);
  const e = typeCache + (<usize>h << 4);
  if (load<u32>(e) == tag && load<Ptr>(e, 8) == name && load<u32>(e, 4) == typeCacheEpoch) return load<Ptr>(e, 12);
  const v = typeLookupUncached(t, name);
  const old = load<Ptr>(e, 8);
  incref(name);
  store<u32>(e, tag);
  store<u32>(e, typeCacheEpoch, 4);
  store<Ptr>(e, name, 8);
  store<Ptr>(e, v, 12);
  if (old) decref(old);
  return v;
}

/** The MRO walk typeLookup caches. */
function typeLookupUncached(t: Ptr, name: Ptr): Ptr {
  const mro = load<Ptr>(t, TP_MRO);
  const n = tupleSize(mro);
  for (let i: i32 = 0; i < n; i++) {
    const d = load<Ptr>(tupleItem(mro, i), TP_DICT);
    const v = dictGetItemStr(d, name);
    if (v) return v;
  }
  return 0;
}

/** Is a a subtype of b (b in a's MRO)? */
export function isSubtype(a: Ptr, b: Ptr): bool {
  if (a == b) return true;
  const mro = load<Ptr>(a, TP_MRO);
  if (mro == 0) {
    for (let t = a; t != 0; t = load<Ptr>(t, TP_BASE)) if (t == b) return true;
    return false;
  }
  const n = tupleSize(mro);
  for (let i: i32 = 0; i < n; i++) if (tupleItem(mro, i) == b) return true;
  return false;
}

@inline export function objIsInstanceOf(o: Ptr, t: Ptr): bool {
  const ot = load<Ptr>(o, OB_TYPE);
  return ot == t || isSubtype(ot, t);
}

/** The type's __name__ (borrowed). */
@inline export function typeName(t: Ptr): Ptr {
  return load<Ptr>(t, TP_NAME);
}

@inline export function typeKind(t: Ptr): u32 {
  return load<u32>(t, TP_KIND);
}

@inline export function typeFlags(t: Ptr): u32 {
  return load<u32>(t, TP_FLAGS);
}

// ---- `type` and `object` themselves ----

/** Type objects are only freed when they are heap types (classes); builtin ones live forever. */
function type_dealloc(t: Ptr): void {
  if (load<Ptr>(t, TP_WEAKLIST)) weakrefClearAll(t);
  subclassesUnregister(t);
  xdecref(load<Ptr>(t, TP_NAME));
  xdecref(load<Ptr>(t, TP_QUALNAME));
  xdecref(load<Ptr>(t, TP_BASE));
  xdecref(load<Ptr>(t, TP_BASES));
  xdecref(load<Ptr>(t, TP_MRO));
  xdecref(load<Ptr>(t, TP_DICT));
  objFree(t);
}

/** The cycle collector's TRAVERSE. Only heap types (classes) are ever examined: the builtin
 *  ones are in the permanent generation (gc/track.ts). A class is in a cycle from birth: its MRO
 *  tuple starts with the class itself. */
function type_traverse(t: Ptr, visit: u32, arg: Ptr): i32 {
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) == 0) return 0;
  for (let off: usize = TP_BASE; off <= TP_DICT; off += 4) {
    const v = load<Ptr>(t + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

/** The cycle collector's CLEAR for heap types (CPython's type_clear): empties the namespace and
 *  replaces the MRO (which holds the type itself; tuples have no CLEAR) with (). The base and
 *  bases need no clearing: a cycle through them goes through a mutable object too. A cleared
 *  type finds no attributes (typeLookup over an empty MRO) but never crashes. */
function type_clear(t: Ptr): void {
  if ((load<u32>(t, TP_FLAGS) & TPFLAGS_HEAPTYPE) == 0) return;
  const d = load<Ptr>(t, TP_DICT);
  if (d) dictClear(d);
  const mro = load<Ptr>(t, TP_MRO);
  if (mro != 0 && mro != tupleEmpty) {
    store<Ptr>(t, newref(tupleEmpty), TP_MRO);
    decref(mro);
  }
}

function object_dealloc(o: Ptr): void {
  objFree(o);
}

/** Makes `type` and `object` (before anything else). Their slots are filled by object/abstract.ts
 *  and vm/init.ts once the functions they need exist. */
export function typeTypeInit(): void {
  typeType = typeNewBuiltin('type', 0, <u32>TYPE_OBJECT_SIZE, TPFLAGS_HAVE_GC | TPFLAGS_TYPE_SUBCLASS, TK_TYPE);
  objectType = typeNewBuiltin('object', 0, 8, 0, TK_OBJECT);
  store<Ptr>(typeType, objectType, TP_BASE);
  incref(objectType);
  store<i32>(typeType, <i32>TP_WEAKLIST, TP_WEAKLISTOFFSET);
  typeSetSlot(typeType, SLOT_DEALLOC, type_dealloc.index);
  typeSetSlot(typeType, SLOT_TRAVERSE, type_traverse.index);
  typeSetSlot(typeType, SLOT_CLEAR, type_clear.index);
  typeSetSlot(objectType, SLOT_DEALLOC, object_dealloc.index);
}
