// === None, NotImplemented, Ellipsis: the three payload-less singletons and their types ===
//
//   +0 refcnt | +4 type          (8 bytes each; made once by noneTypeInit, never freed)
//
// Invariant: each type has exactly one instance, so identity is the test (`x is None`). Their
// dealloc slots are a fatal error: the VM holds one reference to each for its whole life, so a
// refcount reaching 0 means someone decref'd a borrowed reference.

import { Ptr, fatal } from '../common';
import { objAllocSmall } from './header';
import { SLOT_DEALLOC, SLOT_REPR, SLOT_BOOL, SLOT_NEW, typeSetSlot } from './typelayout';
import { typeNewBuiltin, typeSetFinal, objectType, TK_OTHER } from './type';
import { strInternLiteral } from './str';
import { excFormat, excTypeError } from '../vm/exc';
import { newref } from './header';

export let noneType: Ptr = 0;
export let notImplementedType: Ptr = 0;
export let ellipsisType: Ptr = 0;
export let Py_None: Ptr = 0;
export let Py_NotImplemented: Ptr = 0;
export let Py_Ellipsis: Ptr = 0;

// repr strs, interned at init (so repr(None) never allocates).
let reprNone: Ptr = 0;
let reprNotImplemented: Ptr = 0;
let reprEllipsis: Ptr = 0;

function singleton_dealloc(o: Ptr): void {
  fatal(30); // a singleton's refcount reached 0: an unbalanced decref somewhere
}

function none_repr(o: Ptr): Ptr { return newref(reprNone); }
function notimpl_repr(o: Ptr): Ptr { return newref(reprNotImplemented); }
function ellipsis_repr(o: Ptr): Ptr { return newref(reprEllipsis); }
function none_bool(o: Ptr): i32 { return 0; }

/** NoneType(), type(NotImplemented)(), type(...)(): the singleton; arguments are an error. */
function none_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0 || kwnames != 0) {
    // CPython's message names EllipsisType although the type's __name__ is 'ellipsis'
    if (type == ellipsisType) return excFormat(excTypeError, 'EllipsisType takes no arguments');
    return excFormat(excTypeError, '%N takes no arguments', type);
  }
  return newref(type == noneType ? Py_None : type == notImplementedType ? Py_NotImplemented : Py_Ellipsis);
}

function singletonNew(t: Ptr): Ptr {
  const o = objAllocSmall(t, 8);
  if (o == 0) fatal(31);
  return o;
}

/** Makes the three types and singletons. Call after strTypeInit (reprs are interned strs). */
export function noneTypeInit(): void {
  noneType = typeNewBuiltin('NoneType', objectType, 8, 0, TK_OTHER);
  notImplementedType = typeNewBuiltin('NotImplementedType', objectType, 8, 0, TK_OTHER);
  ellipsisType = typeNewBuiltin('ellipsis', objectType, 8, 0, TK_OTHER);
  typeSetFinal(noneType);
  typeSetFinal(notImplementedType);
  typeSetFinal(ellipsisType);
  typeSetSlot(noneType, SLOT_DEALLOC, singleton_dealloc.index);
  typeSetSlot(notImplementedType, SLOT_DEALLOC, singleton_dealloc.index);
  typeSetSlot(ellipsisType, SLOT_DEALLOC, singleton_dealloc.index);
  typeSetSlot(noneType, SLOT_REPR, none_repr.index);
  typeSetSlot(notImplementedType, SLOT_REPR, notimpl_repr.index);
  typeSetSlot(ellipsisType, SLOT_REPR, ellipsis_repr.index);
  typeSetSlot(noneType, SLOT_BOOL, none_bool.index);
  typeSetSlot(noneType, SLOT_NEW, none_new.index);
  typeSetSlot(notImplementedType, SLOT_NEW, none_new.index);
  typeSetSlot(ellipsisType, SLOT_NEW, none_new.index);
  Py_None = singletonNew(noneType);
  Py_NotImplemented = singletonNew(notImplementedType);
  Py_Ellipsis = singletonNew(ellipsisType);
  reprNone = strInternLiteral('None');
  reprNotImplemented = strInternLiteral('NotImplemented');
  reprEllipsis = strInternLiteral('Ellipsis');
}
