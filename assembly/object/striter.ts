// === Iterators over strs: iter('abc') (CPython's str_ascii_iterator and str_iterator) ===
//
//   +0 refcnt | +4 type | +8 str Ptr (owned; 0 once exhausted) | +12 index u32     16 bytes
//
// Invariant: index <= len(str) while str is set. The iterator holds the only reference it needs
// (a str holds no references), so it cannot be part of a cycle: no GC prefix. Each step returns a
// one-char str (the shared Latin-1 object when possible), never an index object, which is why this
// beats the generic sequence iterator by an allocation per char.

import { Ptr } from '../common';
import { objType, objAllocSmall, objFree, decref, newref } from './header';
import { SLOT_DEALLOC, SLOT_ITER, SLOT_ITERNEXT, typeSetSlot } from './typelayout';
import { typeNewBuiltin, typeAddMethod, typeSetFinal, objectType, TK_OTHER } from './type';
import { excNoMemory } from '../vm/exc';
import { strType, strLen, strCharAt, strFromChar, strIsAscii } from './str';
import { intFromI64 } from './int';

@inline const SI_STR: usize = 8;
@inline const SI_INDEX: usize = 12;
@inline const SI_SIZE: usize = 16;

export let strAsciiIterType: Ptr = 0;
export let strIterType: Ptr = 0;

function striter_dealloc(it: Ptr): void {
  const s = load<Ptr>(it, SI_STR);
  if (s) decref(s);
  objFree(it);
}

function striter_iter(it: Ptr): Ptr { return newref(it); }

/** it.__length_hint__(): the chars left. */
function striter_length_hint(it: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  const s = load<Ptr>(it, SI_STR);
  const n = s != 0 ? strLen(s) - <i32>load<u32>(it, SI_INDEX) : 0;
  return intFromI64(n > 0 ? n : 0);
}

function striter_next(it: Ptr): Ptr {
  const s = load<Ptr>(it, SI_STR);
  if (s == 0) return 0;
  const i = load<u32>(it, SI_INDEX);
  if (<i32>i >= strLen(s)) {
    store<Ptr>(it, 0, SI_STR);
    decref(s);
    return 0; // exhausted, no exception
  }
  store<u32>(it, i + 1, SI_INDEX);
  return strFromChar(strCharAt(s, <i32>i));
}

/** iter(s): the ITER slot of str. */
function str_iter(s: Ptr): Ptr {
  const it = objAllocSmall(strIsAscii(s) ? strAsciiIterType : strIterType, SI_SIZE);
  if (it == 0) return excNoMemory();
  store<Ptr>(it, newref(s), SI_STR);
  store<u32>(it, 0, SI_INDEX);
  return it;
}

/** Makes the two iterator types and gives str its ITER slot. Called by strTypeInit. */
export function striterInit(): void {
  strAsciiIterType = typeNewBuiltin('str_ascii_iterator', objectType, <u32>SI_SIZE, 0, TK_OTHER);
  strIterType = typeNewBuiltin('str_iterator', objectType, <u32>SI_SIZE, 0, TK_OTHER);
  for (let k = 0; k < 2; k++) {
    const t = k == 0 ? strAsciiIterType : strIterType;
    typeSetFinal(t);
    typeSetSlot(t, SLOT_DEALLOC, striter_dealloc.index);
    typeSetSlot(t, SLOT_ITER, striter_iter.index);
    typeSetSlot(t, SLOT_ITERNEXT, striter_next.index);
    typeAddMethod(t, '__length_hint__', striter_length_hint.index);
  }
  typeSetSlot(strType, SLOT_ITER, str_iter.index);
}
