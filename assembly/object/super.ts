// === super(): attribute lookup that starts after a given class in an object's MRO ===
//
//   +0 refcnt | +4 type | +8 type (the class to start after) | +12 obj (or 0) | +16 obj_type
//
// Zero-argument super() (inside a method) takes the class from the method's __class__ cell and
// obj from the method's first argument, reading the calling frame (vm/frame.ts curFrame).

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, xdecref, OB_TYPE } from './header';
import {
  SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_GETATTRO, SLOT_NEW, SLOT_REPR, SLOT_DESCR_GET, TP_MRO, TP_DICT,
  TP_NAME, TPFLAGS_HAVE_GC, typeSlot, typeSetSlot,
} from './typelayout';
import { typeNewBuiltin, objectType, typeType, isSubtype, TK_OTHER } from './type';
import { objGenericGetAttr } from './abstract';
import { tupleSize, tupleItem } from './tuple';
import { dictGetItemStr } from './dict';
import { strEqLiteral } from './str';
import { cellType, CELL_CONTENTS } from './cell';
import { excFormat, excTypeError, excRuntimeError, excSetString } from '../vm/exc';
import { curFrame, FR_CODE, FR_HEADER } from '../vm/frame';
import { CO_ARGCOUNT, CO_FLAGS, CO_VARARGS, CO_NLOCALSPLUS, CO_LOCALSPLUSNAMES, KIND_CELL, KIND_FREE, codeKinds } from './code';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish } from './strbuild';

@inline const SU_TYPE: usize = 8;
@inline const SU_OBJ: usize = 12;
@inline const SU_OBJTYPE: usize = 16;
@inline const SU_SIZE: u32 = 20;

export let superType: Ptr = 0;

/** The type super() searches: obj's type, or obj itself when it is a subclass of t (classmethods). */
function superCheck(t: Ptr, obj: Ptr): Ptr {
  if (isSubtype(load<Ptr>(obj, OB_TYPE), typeType) && isSubtype(obj, t)) return obj;
  if (isSubtype(load<Ptr>(obj, OB_TYPE), t)) return load<Ptr>(obj, OB_TYPE);
  return excFormat(excTypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

function superMake(st: Ptr, t: Ptr, obj: Ptr): Ptr {
  let ot: Ptr = 0;
  if (obj != 0) {
    ot = superCheck(t, obj);
    if (ot == 0) return 0;
  }
  const s = objAlloc(st, SU_SIZE);
  if (s == 0) return 0;
  store<Ptr>(s, newref(t), SU_TYPE);
  if (obj) {
    store<Ptr>(s, newref(obj), SU_OBJ);
    store<Ptr>(s, newref(ot), SU_OBJTYPE);
  }
  return s;
}

function super_new(st: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excFormat(excTypeError, 'super() takes no keyword arguments');
  if (nargs > 2) return excFormat(excTypeError, 'super() takes at most 2 arguments (%d given)', <Ptr>nargs);
  if (nargs == 0) return superNoArgs(st);
  const t = load<Ptr>(args);
  if (!isSubtype(load<Ptr>(t, OB_TYPE), typeType)) return excFormat(excTypeError, "super() argument 1 must be a type, not %T", t);
  return superMake(st, t, nargs == 2 ? load<Ptr>(args, 4) : 0);
}

/** super() inside a method: __class__ from the cell, obj from the first argument. */
function superNoArgs(st: Ptr): Ptr {
  const f = curFrame;
  if (f == 0) return excSetString(excRuntimeError, 'super(): no current frame');
  const code = load<Ptr>(f, FR_CODE);
  if (load<u32>(code, CO_ARGCOUNT) == 0 && (load<u32>(code, CO_FLAGS) & CO_VARARGS) == 0) {
    return excSetString(excRuntimeError, 'super(): no arguments');
  }
  const lp = f + FR_HEADER;
  let obj = load<Ptr>(lp);
  if (obj != 0 && (load<u8>(codeKinds(code)) & KIND_CELL) != 0 && load<Ptr>(obj, OB_TYPE) == cellType) {
    obj = load<Ptr>(obj, CELL_CONTENTS);
  }
  if (obj == 0) return excSetString(excRuntimeError, 'super(): arg[0] deleted');
  const n = <i32>load<u32>(code, CO_NLOCALSPLUS);
  const names = load<Ptr>(code, CO_LOCALSPLUSNAMES);
  const kinds = codeKinds(code);
  for (let i: i32 = 0; i < n; i++) {
    if ((load<u8>(kinds + <usize>i) & KIND_FREE) == 0) continue;
    if (!strEqLiteral(tupleItem(names, i), '__class__')) continue;
    const cell = load<Ptr>(lp + (<usize>i << 2));
    const t = cell != 0 ? load<Ptr>(cell, CELL_CONTENTS) : 0;
    if (t == 0) return excSetString(excRuntimeError, 'super(): empty __class__ cell');
    if (!isSubtype(load<Ptr>(t, OB_TYPE), typeType)) return excFormat(excRuntimeError, 'super(): __class__ is not a type (%T)', t);
    return superMake(st, t, obj);
  }
  return excSetString(excRuntimeError, 'super(): __class__ cell not found');
}

/** Looks name up in obj_type's MRO after `type`, binding what it finds to obj. */
function super_getattro(s: Ptr, name: Ptr): Ptr {
  const ot = load<Ptr>(s, SU_OBJTYPE);
  if (ot != 0 && !strEqLiteral(name, '__class__')) {
    const start = load<Ptr>(s, SU_TYPE);
    const mro = load<Ptr>(ot, TP_MRO);
    const n = tupleSize(mro);
    let i: i32 = 0;
    while (i < n && tupleItem(mro, i) != start) i++;
    for (i++; i < n; i++) {
      const v = dictGetItemStr(load<Ptr>(tupleItem(mro, i), TP_DICT), name);
      if (v == 0) continue;
      const get = typeSlot(load<Ptr>(v, OB_TYPE), SLOT_DESCR_GET);
      if (get == 0) return newref(v);
      const obj = load<Ptr>(s, SU_OBJ);
      return call_indirect<Ptr>(get, v, obj == ot ? <Ptr>0 : obj, ot);
    }
  }
  return objGenericGetAttr(s, name);
}

/** super(C, obj).__get__: an unbound super binds like a descriptor. */
function super_descr_get(s: Ptr, obj: Ptr, type: Ptr): Ptr {
  if (obj == 0 || load<Ptr>(s, SU_OBJ) != 0) return newref(s);
  return superMake(load<Ptr>(s, OB_TYPE), load<Ptr>(s, SU_TYPE), obj);
}

function super_repr(s: Ptr): Ptr {
  const sb = sbNew();
  sbAppendLiteral(sb, "<super: <class '");
  sbAppendStr(sb, load<Ptr>(load<Ptr>(s, SU_TYPE), TP_NAME));
  const ot = load<Ptr>(s, SU_OBJTYPE);
  if (ot) {
    sbAppendLiteral(sb, "'>, <");
    sbAppendStr(sb, load<Ptr>(ot, TP_NAME));
    sbAppendLiteral(sb, ' object>>');
  } else sbAppendLiteral(sb, "'>, NULL>");
  return sbFinish(sb);
}

function super_dealloc(s: Ptr): void {
  xdecref(load<Ptr>(s, SU_TYPE));
  xdecref(load<Ptr>(s, SU_OBJ));
  xdecref(load<Ptr>(s, SU_OBJTYPE));
  objFree(s);
}

function super_traverse(s: Ptr, visit: u32, arg: Ptr): i32 {
  for (let off: usize = SU_TYPE; off < <usize>SU_SIZE; off += 4) {
    const v = load<Ptr>(s + off);
    if (v) { const r = call_indirect<i32>(visit, v, arg); if (r) return r; }
  }
  return 0;
}

export function superTypeInit(): void {
  superType = typeNewBuiltin('super', objectType, SU_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(superType, SLOT_DEALLOC, super_dealloc.index);
  typeSetSlot(superType, SLOT_TRAVERSE, super_traverse.index);
  typeSetSlot(superType, SLOT_NEW, super_new.index);
  typeSetSlot(superType, SLOT_GETATTRO, super_getattro.index);
  typeSetSlot(superType, SLOT_DESCR_GET, super_descr_get.index);
  typeSetSlot(superType, SLOT_REPR, super_repr.index);
}
