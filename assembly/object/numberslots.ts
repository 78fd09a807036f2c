// === int and float beyond the operators: divmod(), three-argument pow(), and the attributes
// of the numbers.Complex/Rational protocol (real, imag, numerator, denominator, conjugate()) ===
//
// Kept out of int.ts and float.ts: everything here is built on those types' own slots (the
// divmod slot is their // and % slots, so it follows whatever those do), except int's ternary
// pow, which needs modular arithmetic of its own.
//
// CPython's rules kept here:
// - divmod(x, 0) raises what // raises for ints ('integer division or modulo by zero') and
//   'float divmod()' for floats.
// - pow(a, b, m) with m not None is for ints only: int's POW3 slot declines anything else, and
//   float's raises "pow() 3rd argument not allowed unless all arguments are integers" whatever
//   the other operands are (complex's says 'complex modulo', complex.ts). m == 0 is a ValueError; a negative b means the
//   modular inverse of a, if there is one; a negative m gives a result in (m, 0].

import { Ptr } from '../common';
import { newref, decref, OB_TYPE } from './header';
import {
  SLOT_NB_BINARY, SLOT_POW3, SLOT_INT, TP_DICT, typeSlot, typeSetSlot,
} from './typelayout';
import { intType, intValue, intFromI64, isInt } from './int';
import { boolType } from './bool';
import { floatType, floatValue, floatFromF64 } from './float';
import { tupleNew, tupleItemsAddr } from './tuple';
import { Py_NotImplemented } from './none';
import { getsetAdd } from './descrobject';
import { excSetString, excFormat, excMatches, excClear, excTypeError, excValueError, excZeroDivisionError } from '../vm/exc';
import { NB_FLOOR_DIVIDE, NB_REMAINDER, NB_DIVMOD } from '../opcodes.gen';
import { intDivmod, intPowMod } from './int';

// ---- divmod ----

/** (q, r) from t's own // and % slots; NotImplemented as they return it. */
function divmodFromSlots(t: Ptr, a: Ptr, b: Ptr): Ptr {
  const q = call_indirect<Ptr>(typeSlot(t, SLOT_NB_BINARY + <i32>NB_FLOOR_DIVIDE), a, b);
  if (q == 0 || q == Py_NotImplemented) return q;
  const r = call_indirect<Ptr>(typeSlot(t, SLOT_NB_BINARY + <i32>NB_REMAINDER), a, b);
  if (r == 0) { decref(q); return 0; }
  const p = tupleNew(2);
  if (p == 0) { decref(q); decref(r); return 0; }
  store<Ptr>(tupleItemsAddr(p), q);
  store<Ptr>(tupleItemsAddr(p) + 4, r);
  return p;
}

function int_divmod(a: Ptr, b: Ptr): Ptr {
  if (!isInt(a) || !isInt(b)) return newref(Py_NotImplemented);
  return intDivmod(a, b); // one division, any size (int.ts)
}

function float_divmod(a: Ptr, b: Ptr): Ptr {
  const r = divmodFromSlots(floatType, a, b);
  if (r == 0 && excMatches(excZeroDivisionError)) {
    // float's // says 'float floor division by zero'; divmod() has its own word for it
    excClear();
    return excSetString(excZeroDivisionError, 'float divmod()');
  }
  return r;
}

// ---- pow(a, b, m) ----



/** pow(a, b, m) for ints (CPython's long_pow with a modulus), any size (int.ts intPowMod). */
function int_pow3(a: Ptr, b: Ptr, m: Ptr): Ptr {
  if (!isInt(a) || !isInt(b) || !isInt(m)) return newref(Py_NotImplemented);
  return intPowMod(a, b, m);
}

/** float's ternary pow: never computes, only says why; CPython's float_pow raises before it
 *  looks at the other operands, so pow(1.5, 'a', 2) and pow(1, 2, 2.0) say this too. */
function float_pow3(a: Ptr, b: Ptr, m: Ptr): Ptr {
  return excSetString(excTypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
}

// ---- real, imag, numerator, denominator, conjugate() ----

/** int(o) as an exact int: o itself for an exact int (int's INT slot). */
function int_get_real(o: Ptr): Ptr { return call_indirect<Ptr>(typeSlot(intType, SLOT_INT), o); }
function int_get_imag(o: Ptr): Ptr { return intFromI64(0); }
function int_get_denominator(o: Ptr): Ptr { return intFromI64(1); }

/** float(o) as an exact float. */
function float_get_real(o: Ptr): Ptr {
  return load<Ptr>(o, OB_TYPE) == floatType ? newref(o) : floatFromF64(floatValue(o));
}
function float_get_imag(o: Ptr): Ptr { return floatFromF64(0.0); }

function float_conjugate(self: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (nargs != 0) return excFormat(excTypeError, 'float.conjugate() takes no arguments (%d given)', <Ptr>nargs);
  return float_get_real(self);
}
import { typeAddMethod } from './type';

/** Installs the above on int, bool and float (after those types and the descriptor types exist,
 *  before the slot wrappers are made: `int.__divmod__` is one). bool was made from int before
 *  these slots existed, so it gets them explicitly. */
export function numberSlotsInit(): void {
  const dm = SLOT_NB_BINARY + <i32>NB_DIVMOD;
  typeSetSlot(intType, dm, int_divmod.index);
  typeSetSlot(boolType, dm, int_divmod.index);
  typeSetSlot(floatType, dm, float_divmod.index);
  typeSetSlot(intType, SLOT_POW3, int_pow3.index);
  typeSetSlot(boolType, SLOT_POW3, int_pow3.index);
  typeSetSlot(floatType, SLOT_POW3, float_pow3.index);
  const di = load<Ptr>(intType, TP_DICT);
  getsetAdd(intType, 'real', int_get_real.index, 0, di);
  getsetAdd(intType, 'imag', int_get_imag.index, 0, di);
  getsetAdd(intType, 'numerator', int_get_real.index, 0, di);
  getsetAdd(intType, 'denominator', int_get_denominator.index, 0, di);
  const df = load<Ptr>(floatType, TP_DICT);
  getsetAdd(floatType, 'real', float_get_real.index, 0, df);
  getsetAdd(floatType, 'imag', float_get_imag.index, 0, df);
  typeAddMethod(floatType, 'conjugate', float_conjugate.index);
}
