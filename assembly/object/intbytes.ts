// === int.to_bytes and int.from_bytes for 64-bit ints (CPython's int_to_bytes / int_from_bytes) ===
//
// Kept small on purpose: the bigint work brings its own arbitrary-precision versions. intbytesInit
// adds each method only when int does not have it yet, so whichever lands second defers to the
// one already registered. Values beyond 64 bits raise the same OverflowError as the rest of the
// 64-bit int (intOverflow).

import { Ptr } from '../common';
import { decref } from './header';
import { TP_DICT } from './typelayout';
import { typeAddMethod, typeAddClassMethod } from './type';
import { excFormat, excSetString, excOccurred, excTypeError, excValueError, excOverflowError } from '../vm/exc';
import { intType, intFromI64, intValue } from './int';
import { viewA, viewOf, viewNeg, viewDigits, viewLen, longBitLength, longBitCount } from './long';
import { isStr, strEqLiteral, strInternLiteral } from './str';
import { dictGetItemStr } from './dict';
import { objIsTrue, objCall } from './abstract';
import { indexAsI64 } from './slice';
import { tupleItem, argsPositional, argsRaiseCount } from './tuple';
import { BYTES_DATA, BYTES_MAX, bytesAlloc, bytesSize, bytesFromObject } from './bytes';
import { argAt } from './methodargs';

/** Parses (first, byteorder='big', *, signed=False) for both methods into out: +0 first Ptr
 *  (to_bytes' length or from_bytes' bytes; 0 = missing), +4 little u8, +5 signed u8. */
function parseArgs(args: usize, nargs: i32, kwnames: Ptr, out: usize, toBytes: bool): bool {
  const npos = argsPositional(nargs, kwnames);
  if (npos > 2) {
    argsRaiseCount(excTypeError, toBytes ? 'to_bytes() takes at most 2 positional arguments (%D given)'
                                         : 'from_bytes() takes at most 2 positional arguments (%D given)', npos);
    return false;
  }
  let first: Ptr = npos > 0 ? argAt(args, 0) : 0;
  let order: Ptr = npos > 1 ? argAt(args, 1) : 0;
  let signedObj: Ptr = 0;
  for (let i = npos; i < nargs; i++) {
    const name = tupleItem(kwnames, i - npos);
    const v = argAt(args, i);
    if (npos < 1 && strEqLiteral(name, toBytes ? 'length' : 'bytes')) first = v;
    else if (npos < 2 && strEqLiteral(name, 'byteorder')) order = v;
    else if (strEqLiteral(name, 'signed')) signedObj = v;
    else {
      if (toBytes) excFormat(excTypeError, "'%U' is an invalid keyword argument for to_bytes()", name);
      else excFormat(excTypeError, "'%U' is an invalid keyword argument for from_bytes()", name);
      return false;
    }
  }
  if (first == 0 && !toBytes) {
    excSetString(excTypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    return false;
  }
  let little = false;
  if (order != 0) {
    if (!isStr(order)) {
      if (toBytes) excFormat(excTypeError, "to_bytes() argument 'byteorder' must be str, not %A", order);
      else excFormat(excTypeError, "from_bytes() argument 'byteorder' must be str, not %A", order);
      return false;
    }
    if (strEqLiteral(order, 'little')) little = true;
    else if (!strEqLiteral(order, 'big')) {
      excSetString(excValueError, "byteorder must be either 'little' or 'big'");
      return false;
    }
  }
  let signed = false;
  if (signedObj != 0) {
    const t = objIsTrue(signedObj);
    if (t < 0) return false;
    signed = t != 0;
  }
  store<Ptr>(out, first);
  store<u8>(out, little ? 1 : 0, 4);
  store<u8>(out, signed ? 1 : 0, 5);
  return true;
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
function int_to_bytes(self: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(8);
  if (!parseArgs(args, nargs, kwnames, out, true)) return 0;
  let length: i64 = 1;
  const lo = load<Ptr>(out);
  if (lo != 0) {
    length = indexAsI64(lo, excOverflowError);
    if (length == -1 && excOccurred()) return 0;
    if (length < 0) return excSetString(excValueError, 'length argument must be non-negative');
  }
  const little = load<u8>(out, 4) != 0, signed = load<u8>(out, 5) != 0;
  // any size: the magnitude's 32-bit digits (least significant first) through long.ts's view
  const view = viewA();
  viewOf(self, view);
  const neg = viewNeg(view);
  if (neg && !signed) return excSetString(excOverflowError, "can't convert negative int to unsigned");
  const magBits = <i64>longBitLength(self);
  // two's complement needs a sign bit, except for -2**k, which fits exactly
  let bits = magBits;
  if (signed && !(neg && longBitCount(self) == 1)) bits++;
  if (bits > length * 8 || length > BYTES_MAX) return excSetString(excOverflowError, 'int too big to convert');
  const b = bytesAlloc(length);
  if (b == 0) return 0;
  viewOf(self, view); // reload: the allocation may not move it, but stay within the view's rules
  const digits = viewDigits(view);
  const nd = viewLen(view);
  const d = b + BYTES_DATA;
  let carry: u32 = 1; // negative: ~magnitude + 1, byte by byte
  for (let i: i64 = 0; i < length; i++) {
    const di = <i32>(i >> 2);
    let byte: u32 = di < nd ? (load<u32>(digits + (<usize>di << 2)) >> (<u32>(i & 3) << 3)) & 0xFF : 0;
    if (neg) {
      const t = (~byte & 0xFF) + carry;
      byte = t & 0xFF;
      carry = t >> 8;
    }
    store<u8>(d + <usize>(little ? i : length - 1 - i), <u8>byte);
  }
  return b;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod. */
function int_from_bytes(cls: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const out = memory.data(8);
  if (!parseArgs(args, nargs, kwnames, out, false)) return 0;
  const b = bytesFromObject(load<Ptr>(out));
  if (b == 0) return 0;
  const little = load<u8>(out, 4) != 0, signed = load<u8>(out, 5) != 0;
  const n = bytesSize(b);
  const d = b + BYTES_DATA;
  // byte k of the number, least significant first
  const neg = signed && n > 0 && (load<u8>(d + (little ? <usize>(n - 1) : 0)) & 0x80) != 0;
  const fill: u8 = neg ? 0xFF : 0;
  let v: u64 = 0;
  let ok = true;
  for (let k = n - 1; k >= 0; k--) {
    const byte = load<u8>(d + <usize>(little ? k : n - 1 - k));
    if (k >= 8) { if (byte != fill) ok = false; continue; }
    v |= (<u64>byte) << (<u64>k << 3);
  }
  if (neg && n < 8) v |= (<u64>-1) << (<u64>n << 3); // sign-extend
  // beyond 64 bits, or an unsigned value with the top bit set
  if (!signed && n >= 8 && (v >> 63) != 0) ok = false;
  if (signed && n > 8 && ((v >> 63) != 0) != neg) ok = false;
  decref(b);
  if (!ok) return excSetString(excOverflowError, 'int too big to convert');
  const r = intFromI64(<i64>v);
  if (r == 0 || cls == intType) return r;
  // a subclass: cls(value), as CPython does (bool.from_bytes(b'\x01') is True)
  const argv = memory.data(4);
  store<Ptr>(argv, r);
  const o = objCall(cls, argv, 1, 0);
  decref(r);
  return o;
}

/** Adds the two methods to int where it lacks them (see the file comment). */
export function intbytesInit(): void {
  const d = load<Ptr>(intType, TP_DICT);
  const nTo = strInternLiteral('to_bytes');
  const nFrom = strInternLiteral('from_bytes');
  if (dictGetItemStr(d, nTo) == 0) typeAddMethod(intType, 'to_bytes', int_to_bytes.index);
  if (dictGetItemStr(d, nFrom) == 0) typeAddClassMethod(intType, 'from_bytes', int_from_bytes.index);
  decref(nTo);
  decref(nFrom);
}
