// === Type objects: field layout, flags and slot table (no code; header.ts and type.ts read it) ===
//
// A type is itself a Python object (its type is `type` or a metaclass), with a GC prefix:
//
//   +0 refcnt | +4 type | +8 name | +12 qualname | +16 base | +20 bases | +24 mro | +28 dict
//   +32 flags | +36 basicsize | +40 itemsize | +44 dictoffset | +48 weaklistoffset | +52 version
//   +56 kind | +60 weaklist (the type's own weak references) | +64 subclasses
//   +68 slots[SLOT_COUNT] (u32 Wasm table indices, 0 = absent) ...
//
// Slots are CPython's tp_* / nb_* / sq_* / mp_* functions, called with `call_indirect`. Builtin
// types fill them with their implementation; a type made by a class statement fills them with
// wrappers that look up the dunder method (`__add__`, `__repr__`, ...). A new type inherits every
// slot its own definition does not set from its base (typeInheritSlots), so the dispatchers in
// vm/ops.ts read one slot and never walk the MRO.
//
// Slot signatures (borrowed arguments, new-reference results; 0 / -1 = exception set):
//   DEALLOC(o): void                          refcnt hit 0: release children, then objFree(o)
//   TRAVERSE(o, visit: u32, arg: Ptr): i32    call_indirect<i32>(visit, child, arg) per reference held
//   CLEAR(o): void                            drop references (cycle collector)
//   REPR(o) / STR(o): Ptr                     a str
//   HASH(o): i64                              -1 = error (a real hash of -1 is returned as -2)
//   RICHCOMPARE(a, b, op: i32): Ptr           op 0..5 = < <= == != > >=; may return NotImplemented
//   ITER(o): Ptr                              an iterator
//   ITERNEXT(o): Ptr                          next item; 0 with NO exception set = exhausted
//   CALL(callable, args: Ptr, nargs: i32, kwnames: Ptr): Ptr
//                                             args: nargs Ptr words, the last len(kwnames) are keyword
//                                             values; kwnames: tuple of str or 0 (CPython vectorcall)
//   GETATTRO(o, name: Ptr): Ptr               AttributeError when missing
//   SETATTRO(o, name, value: Ptr): i32        value 0 = delete; 0 ok, -1 error
//   DESCR_GET(descr, obj: Ptr, type: Ptr): Ptr obj 0 = accessed on the type
//   DESCR_SET(descr, obj, value: Ptr): i32    value 0 = delete
//   NEW(type, args, nargs, kwnames): Ptr      type.__new__ (vectorcall shape)
//   INIT(self, args, nargs, kwnames): i32     0 ok, -1 error
//   BOOL(o): i32                              0/1, -1 error
//   LEN(o): i64                               -1 error
//   GETITEM(o, key): Ptr                      o[key]
//   SETITEM(o, key, value): i32               value 0 = delete
//   CONTAINS(o, item): i32                    0/1, -1 error
//   NEG, POS, INVERT, ABS, INT, FLOAT, INDEX (o): Ptr
//   FINALIZE(o): void                         __del__ (PEP 442)
//   NB_BINARY + k (a, b): Ptr                 k = NB_* operand of BINARY_OP (0..25; in-place at 13..25),
//                                             or NB_DIVMOD (26, divmod()); may return NotImplemented;
//                                             called on type(a) and, reflected for the non-in-place
//                                             ones, on type(b) as CPython's binary_op1 does
//   POW3(a, b, m): Ptr                        pow(a, b, m) with m not None (CPython's ternary nb_power):
//                                             tried on type(a), type(b), type(m) in turn; may return
//                                             NotImplemented

@inline export const TP_NAME: usize = 8;
@inline export const TP_QUALNAME: usize = 12;
@inline export const TP_BASE: usize = 16;
@inline export const TP_BASES: usize = 20;
@inline export const TP_MRO: usize = 24;
@inline export const TP_DICT: usize = 28;
@inline export const TP_FLAGS: usize = 32;
@inline export const TP_BASICSIZE: usize = 36;
@inline export const TP_ITEMSIZE: usize = 40;
@inline export const TP_DICTOFFSET: usize = 44;
/** Nonzero when instances have a __weakref__ slot in CPython's terms (there are no weak
 *  references yet: only __class__ assignment's layout check reads it, object/classassign.ts). */
@inline export const TP_WEAKLISTOFFSET: usize = 48;
/** Bumped whenever the type or a base changes an attribute: guards inline caches. */
@inline export const TP_VERSION: usize = 52;
/** The builtin layout family (TK_* below), inherited by subclasses: a fast `isinstance(o, int)`. */
@inline export const TP_KIND: usize = 56;
/** The head of the weak references to this type object (types support them: TP_WEAKLISTOFFSET
 *  of `type` is this offset). */
@inline export const TP_WEAKLIST: usize = 60;
/** The classes made from this type (CPython's tp_subclasses): 0, or a raw heap block that does
 *  not own them (object/subclasses.ts). */
@inline export const TP_SUBCLASSES: usize = 64;
@inline export const TP_SLOTS: usize = 68;

// Slot numbers (u32 each, at TP_SLOTS + 4 * SLOT_X).
@inline export const SLOT_DEALLOC: i32 = 0;
@inline export const SLOT_TRAVERSE: i32 = 1;
@inline export const SLOT_CLEAR: i32 = 2;
@inline export const SLOT_REPR: i32 = 3;
@inline export const SLOT_STR: i32 = 4;
@inline export const SLOT_HASH: i32 = 5;
@inline export const SLOT_RICHCOMPARE: i32 = 6;
@inline export const SLOT_ITER: i32 = 7;
@inline export const SLOT_ITERNEXT: i32 = 8;
@inline export const SLOT_CALL: i32 = 9;
@inline export const SLOT_GETATTRO: i32 = 10;
@inline export const SLOT_SETATTRO: i32 = 11;
@inline export const SLOT_DESCR_GET: i32 = 12;
@inline export const SLOT_DESCR_SET: i32 = 13;
@inline export const SLOT_NEW: i32 = 14;
@inline export const SLOT_INIT: i32 = 15;
@inline export const SLOT_BOOL: i32 = 16;
@inline export const SLOT_LEN: i32 = 17;
@inline export const SLOT_GETITEM: i32 = 18;
@inline export const SLOT_SETITEM: i32 = 19;
@inline export const SLOT_CONTAINS: i32 = 20;
@inline export const SLOT_NEG: i32 = 21;
@inline export const SLOT_POS: i32 = 22;
@inline export const SLOT_INVERT: i32 = 23;
@inline export const SLOT_ABS: i32 = 24;
@inline export const SLOT_INT: i32 = 25;
@inline export const SLOT_FLOAT: i32 = 26;
@inline export const SLOT_INDEX: i32 = 27;
@inline export const SLOT_FINALIZE: i32 = 28;
/** First of the 27 binary-operator slots, indexed by the BINARY_OP operand (NB_*) and, after
 *  the 26 operators, NB_DIVMOD. */
@inline export const SLOT_NB_BINARY: i32 = 29;
/** How many binary-operator slots there are (NB_* 0..25 and NB_DIVMOD = 26). */
@inline export const NB_SLOT_COUNT: i32 = 27;
/** Ternary pow (signature above). */
@inline export const SLOT_POW3: i32 = SLOT_NB_BINARY + NB_SLOT_COUNT;
@inline export const SLOT_COUNT: i32 = SLOT_POW3 + 1;

@inline export const TYPE_OBJECT_SIZE: usize = TP_SLOTS + 4 * <usize>SLOT_COUNT;

// Flags: CPython's Py_TPFLAGS_* bit values, so they read the same.
/** Instances have the managed prefix for its weak list word only (a class whose __slots__ name
 *  '__weakref__' but not '__dict__'; CPython 3.12's flag of the same name). */
@inline export const TPFLAGS_MANAGED_WEAKREF: u32 = 1 << 3;
/** Instances keep their __dict__ in a prefix before the GC prefix (object/typenew.ts). */
@inline export const TPFLAGS_MANAGED_DICT: u32 = 1 << 4;
/** Matched by sequence patterns `[a, b]` (list, tuple, range and their subclasses; never str). */
@inline export const TPFLAGS_SEQUENCE: u32 = 1 << 5;
/** Matched by mapping patterns `{k: v}` (dict and its subclasses). */
@inline export const TPFLAGS_MAPPING: u32 = 1 << 6;
@inline export const TPFLAGS_HEAPTYPE: u32 = 1 << 9;
@inline export const TPFLAGS_BASETYPE: u32 = 1 << 10;
@inline export const TPFLAGS_HAVE_GC: u32 = 1 << 14;
@inline export const TPFLAGS_ABSTRACT: u32 = 1 << 20;
/** Class pattern `C(x)` binds x to the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF: bool,
 *  dict, float, frozenset, int, list, set, str, tuple), unless C defines __match_args__. */
@inline export const TPFLAGS_MATCH_SELF: u32 = 1 << 22;
/** The pattern-matching flags a class inherits from its base (CPython's inherit_special and
 *  inherit_patma_flags; only builtin types set them, and no class can have two such bases). */
@inline export const TPFLAGS_MATCH_INHERITED: u32 = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING | TPFLAGS_MATCH_SELF;
@inline export const TPFLAGS_LONG_SUBCLASS: u32 = 1 << 24;
@inline export const TPFLAGS_LIST_SUBCLASS: u32 = 1 << 25;
@inline export const TPFLAGS_TUPLE_SUBCLASS: u32 = 1 << 26;
@inline export const TPFLAGS_BYTES_SUBCLASS: u32 = 1 << 27;
@inline export const TPFLAGS_UNICODE_SUBCLASS: u32 = 1 << 28;
@inline export const TPFLAGS_DICT_SUBCLASS: u32 = 1 << 29;
@inline export const TPFLAGS_BASE_EXC_SUBCLASS: u32 = 1 << 30;
@inline export const TPFLAGS_TYPE_SUBCLASS: u32 = 1 << 31;

/** Size of the managed-dict prefix (dict Ptr, weaklist Ptr), and TP_DICTOFFSET of types that
 *  have one: the dict word's offset from the object (they are always GC types). */
@inline export const MANAGED_PREFIX: usize = 8;
@inline export const MANAGED_DICT_OFFSET: i32 = -24;
/** TP_WEAKLISTOFFSET of classes whose weak list lives in the managed prefix. */
@inline export const MANAGED_WEAKLIST_OFFSET: i32 = -20;

/** Reads slot `s` of type t: a table index, 0 if absent. */
@inline export function typeSlot(t: usize, s: i32): u32 {
  return load<u32>(t + TP_SLOTS + (<usize>s << 2));
}

@inline export function typeSetSlot(t: usize, s: i32, fnIndex: u32): void {
  store<u32>(t + TP_SLOTS + (<usize>s << 2), fnIndex);
}
