// === bool: the int subtype with exactly two instances, False (0) and True (1) ===
//
//   +0 refcnt | +4 type | +8 value i64 (0 or 1)        the int layout (int.ts), 16 bytes
//
// Invariants: Py_True and Py_False are the only bools (bool cannot be subclassed), made once by
// boolTypeInit and never freed. bool inherits every int slot (so True + True == 2, an int), and
// overrides only repr ('True'/'False'), NEW (truth testing) and & | ^, which give a bool when both
// operands are bools (CPython's bool_and/or/xor).

import { Ptr, fatal } from '../common';
import { objType, objAllocSmall, newref } from './header';
import { SLOT_DEALLOC, SLOT_REPR, SLOT_NEW, SLOT_NB_BINARY, typeSetSlot, typeSlot, TPFLAGS_MATCH_SELF } from './typelayout';
import { typeNewBuiltin, typeSetFinal, TK_BOOL } from './type';
import { excSetString, excTypeError } from '../vm/exc';
import { intType, intValue, INT_VALUE, INT_SIZE } from './int';
import { strInternLiteral } from './str';
import { objIsTrue } from './abstract';
import { tupleSize, argsRaiseCount } from './tuple';
import { NB_AND, NB_OR, NB_XOR } from '../opcodes.gen';

export let boolType: Ptr = 0;
export let Py_True: Ptr = 0;
export let Py_False: Ptr = 0;

let reprTrue: Ptr = 0;
let reprFalse: Ptr = 0;

/** True or False as a new reference. */
@inline export function boolFrom(b: bool): Ptr {
  return newref(b ? Py_True : Py_False);
}

function bool_dealloc(o: Ptr): void { fatal(50); } // True/False live for the VM's life

function bool_repr(o: Ptr): Ptr { return newref(intValue(o) != 0 ? reprTrue : reprFalse); }

function bool_new(type: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (kwnames != 0 && tupleSize(kwnames) > 0) return excSetString(excTypeError, 'bool() takes no keyword arguments');
  if (nargs > 1) return argsRaiseCount(excTypeError, 'bool expected at most 1 argument, got %D', nargs);
  if (nargs == 0) return boolFrom(false);
  const t = objIsTrue(load<Ptr>(args));
  if (t < 0) return 0;
  return boolFrom(t != 0);
}

// & | ^ : bool op bool -> bool; anything else falls back to int's slot (which also handles
// NotImplemented for non-ints).
let intAnd: u32 = 0;
let intOr: u32 = 0;
let intXor: u32 = 0;

function bool_and(a: Ptr, b: Ptr): Ptr {
  if (objType(a) == boolType && objType(b) == boolType) return boolFrom((intValue(a) & intValue(b)) != 0);
  return call_indirect<Ptr>(intAnd, a, b);
}

function bool_or(a: Ptr, b: Ptr): Ptr {
  if (objType(a) == boolType && objType(b) == boolType) return boolFrom((intValue(a) | intValue(b)) != 0);
  return call_indirect<Ptr>(intOr, a, b);
}

function bool_xor(a: Ptr, b: Ptr): Ptr {
  if (objType(a) == boolType && objType(b) == boolType) return boolFrom((intValue(a) ^ intValue(b)) != 0);
  return call_indirect<Ptr>(intXor, a, b);
}

/** Makes bool, True and False. Call after intTypeInit and strTypeInit. */
export function boolTypeInit(): void {
  boolType = typeNewBuiltin('bool', intType, <u32>INT_SIZE, TPFLAGS_MATCH_SELF, TK_BOOL);
  typeSetFinal(boolType);
  typeSetSlot(boolType, SLOT_DEALLOC, bool_dealloc.index);
  typeSetSlot(boolType, SLOT_REPR, bool_repr.index);
  typeSetSlot(boolType, SLOT_NEW, bool_new.index);
  intAnd = typeSlot(intType, SLOT_NB_BINARY + <i32>NB_AND);
  intOr = typeSlot(intType, SLOT_NB_BINARY + <i32>NB_OR);
  intXor = typeSlot(intType, SLOT_NB_BINARY + <i32>NB_XOR);
  typeSetSlot(boolType, SLOT_NB_BINARY + <i32>NB_AND, bool_and.index);
  typeSetSlot(boolType, SLOT_NB_BINARY + <i32>NB_OR, bool_or.index);
  typeSetSlot(boolType, SLOT_NB_BINARY + <i32>NB_XOR, bool_xor.index);
  Py_False = objAllocSmall(boolType, INT_SIZE);
  Py_True = objAllocSmall(boolType, INT_SIZE);
  if (Py_False == 0 || Py_True == 0) fatal(51);
  store<i64>(Py_False, 0, INT_VALUE);
  store<i64>(Py_True, 1, INT_VALUE);
  reprTrue = strInternLiteral('True');
  reprFalse = strInternLiteral('False');
}
