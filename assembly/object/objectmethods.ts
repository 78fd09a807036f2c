// === The Python-visible methods and attributes of `object` and `type` beyond their slots ===
//
// object: __sizeof__, __getstate__, __doc__ (__reduce__/__reduce_ex__: objectreduce.ts).
// type:   __sizeof__, __basicsize__, __itemsize__, __flags__, __dictoffset__, __weakrefoffset__,
//         __text_signature__.
// (object's __format__/__subclasshook__ are typeslots.ts's, __dir__ builtins/introspect.ts's,
// type's __prepare__ buildclass.ts's, __instancecheck__/__subclasscheck__ instancecheck.ts's,
// __annotations__/mro/__subclasses__ typenew.ts's.) Sizes are pyrite's own layout sizes.

import { Ptr } from '../common';
import { newref, decref, OB_TYPE } from './header';
import {
  TP_DICT, TP_BASICSIZE, TP_ITEMSIZE, TP_FLAGS, TP_DICTOFFSET, TP_WEAKLISTOFFSET, TPFLAGS_HEAPTYPE,
  SLOT_DESCR_GET, typeSlot,
} from './typelayout';
import { typeType, objectType, typeAddMethod, typeAddClassMethod, typeSetAttrLiteral, typeModified } from './type';
import { objStr, objGetAttr, objDictAddr } from './abstract';
import { dictNew, dictCheck, dictSize, dictGetItemStr, dictSetItem, dictDelItem } from './dict';
import { intFromI64 } from './int';
import { isStr, strLen, strFromLiteral, strInternLiteral } from './str';
import { Py_None, Py_NotImplemented } from './none';
import { getsetAdd } from './descrobject';
import { objectreduceInit, objectreduceSetGetstate, objectDefaultState } from './objectreduce';
import { argAt, argsHaveKw, argErrNoKw, argErrNoArgs } from './methodargs';
import {
  excFormat, excSetString, excSetObject, excMatches, excClear, excTypeError, excAttributeError, excKeyError,
} from '../vm/exc';

/** object.__sizeof__(): the instance's fixed size in pyrite's layout. */
function object___sizeof__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(objectType, '__sizeof__');
  if (nargs != 0) return argErrNoArgs(objectType, '__sizeof__', nargs);
  return intFromI64(<i64>load<u32>(load<Ptr>(self, OB_TYPE), TP_BASICSIZE));
}

/** object.__getstate__(): the instance dict when it is not empty, else None; with the __slots__
 *  values, (that, {slot: value}) (object/objectreduce.ts). */
function object___getstate__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(objectType, '__getstate__');
  if (nargs != 0) return argErrNoArgs(objectType, '__getstate__', nargs);
  return objectDefaultState(self, false);
}

function type___sizeof__(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(typeType, '__sizeof__');
  if (nargs != 0) return argErrNoArgs(typeType, '__sizeof__', nargs);
  return intFromI64(<i64>load<u32>(load<Ptr>(self, OB_TYPE), TP_BASICSIZE));
}

function type_get_basicsize(t: Ptr): Ptr { return intFromI64(<i64>load<u32>(t, TP_BASICSIZE)); }
function type_get_itemsize(t: Ptr): Ptr { return intFromI64(<i64>load<u32>(t, TP_ITEMSIZE)); }
function type_get_flags(t: Ptr): Ptr { return intFromI64(<i64>load<u32>(t, TP_FLAGS)); }
function type_get_dictoffset(t: Ptr): Ptr { return intFromI64(<i64>load<i32>(t, TP_DICTOFFSET)); }
function type_get_weakrefoffset(t: Ptr): Ptr { return intFromI64(<i64>load<i32>(t, TP_WEAKLISTOFFSET)); }
function type_get_text_signature(t: Ptr): Ptr { return newref(Py_None); }

const OBJECT_DOC = 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n';

/** Registers everything above (after the descriptor types exist). */
export function objectmethodsInit(): void {
  typeAddMethod(objectType, '__sizeof__', object___sizeof__.index);
  typeAddMethod(objectType, '__getstate__', object___getstate__.index);
  objectreduceSetGetstate(object___getstate__.index);
  objectreduceInit();
  const doc = strFromLiteral(OBJECT_DOC);
  if (doc != 0) { typeSetAttrLiteral(objectType, '__doc__', doc); decref(doc); }
  typeAddMethod(typeType, '__sizeof__', type___sizeof__.index);
  const d = load<Ptr>(typeType, TP_DICT);
  getsetAdd(typeType, '__basicsize__', type_get_basicsize.index, 0, d);
  getsetAdd(typeType, '__itemsize__', type_get_itemsize.index, 0, d);
  getsetAdd(typeType, '__flags__', type_get_flags.index, 0, d);
  getsetAdd(typeType, '__dictoffset__', type_get_dictoffset.index, 0, d);
  getsetAdd(typeType, '__weakrefoffset__', type_get_weakrefoffset.index, 0, d);
  getsetAdd(typeType, '__text_signature__', type_get_text_signature.index, 0, d);
}
