// === "Did you mean" suggestions for NameError and AttributeError (CPython 3.11's suggestions.c) ===
//
// CPython's traceback printer appends ". Did you mean: 'x'?" to the last line of an uncaught
// NameError or AttributeError when a close enough name exists. The candidates, their order and
// the distance are CPython 3.11's, so the same typo gets the same suggestion:
// - NameError: the innermost frame's co_varnames (in order), then its globals (insertion order),
//   then the builtins; the first list that yields a suggestion wins.
// - AttributeError: sorted(dir(obj)).
// - A Levenshtein distance over the UTF-8 bytes with substitution cost 2 (1 when the bytes differ
//   only in ASCII case), common prefix and suffix trimmed, names over 40 bytes never match, and a
//   candidate must be within (len(name) + len(candidate) + 3) * 2 // 6. Lists of 750 or more
//   candidates give no suggestion.

import { Ptr } from '../common';
import { OB_TYPE } from '../object/header';
import { TP_MRO, TP_DICT } from '../object/typelayout';
import { typeType, isSubtype } from '../object/type';
import { tupleSize, tupleItem } from '../object/tuple';
import { dictNext, dictSize } from '../object/dict';
import { strAsUtf8, strEq, strCompare, strType } from '../object/str';
import { objDictAddr } from '../object/abstract';
import { moduleType, MOD_DICT } from '../object/module';
import { CO_LOCALSPLUSNAMES, CO_NLOCALSPLUS, codeKinds, KIND_LOCAL } from '../object/code';
import {
  excNameError, excAttributeError, EXC_X1, EXC_X2, excTraceback, TB_NEXT, TB_CODE,
} from './exc';

@inline const MAX_CANDIDATES: i32 = 750;
@inline const MAX_STRING_SIZE: usize = 40;
@inline const MOVE_COST: usize = 2;
@inline const CASE_COST: usize = 1;

// Static scratch memory: a suggestion is computed while an exception is reported, often because
// memory ran out, so it allocates nothing.
const row: usize = memory.data(<i32>(MAX_STRING_SIZE << 2));  // one row of the distance matrix
const lenScratch: usize = memory.data(4);                      // u32 for strAsUtf8
const candidates: usize = memory.data(MAX_CANDIDATES << 2);
const dictPos: usize = memory.data(8);

@inline function substitutionCost(a: u32, b: u32): usize {
  if ((a & 31) != (b & 31)) return MOVE_COST;
  if (a == b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a == b ? CASE_COST : MOVE_COST;
}

function distance(a: usize, an: usize, b: usize, bn: usize, maxCost: usize): usize {
  while (an != 0 && bn != 0 && load<u8>(a) == load<u8>(b)) { a++; b++; an--; bn--; }
  while (an != 0 && bn != 0 && load<u8>(a + an - 1) == load<u8>(b + bn - 1)) { an--; bn--; }
  if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
  if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return maxCost + 1;
  if (bn < an) { const t = a; a = b; b = t; const tn = an; an = bn; bn = tn; }
  if ((bn - an) * MOVE_COST > maxCost) return maxCost + 1;
  for (let i: usize = 0; i < an; i++) store<usize>(row + (i << 2), (i + 1) * MOVE_COST);
  let result: usize = 0;
  for (let bi: usize = 0; bi < bn; bi++) {
    const code = <u32>load<u8>(b + bi);
    let dist = bi * MOVE_COST;
    result = dist;
    let minimum: usize = usize.MAX_VALUE;
    for (let i: usize = 0; i < an; i++) {
      const substitute = dist + substitutionCost(code, <u32>load<u8>(a + i));
      dist = load<usize>(row + (i << 2));
      const insDel = (result < dist ? result : dist) + MOVE_COST;
      result = insDel < substitute ? insDel : substitute;
      store<usize>(row + (i << 2), result);
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The best candidate among n strs at `items` (borrowed), or 0. */
function best(items: usize, n: i32, name: Ptr): Ptr {
  if (n >= MAX_CANDIDATES) return 0;
  const np = strAsUtf8(name, lenScratch);
  const nn = <usize>load<u32>(lenScratch);
  let suggestion: Ptr = 0;
  let sdist: usize = usize.MAX_VALUE;
  for (let i: i32 = 0; i < n; i++) {
    const item = load<Ptr>(items + (<usize>i << 2));
    if (load<Ptr>(item, OB_TYPE) != strType) continue;
    if (strEq(item, name)) continue;
    const ip = strAsUtf8(item, lenScratch);
    const inn = <usize>load<u32>(lenScratch);
    let maxd = (nn + inn + 3) * MOVE_COST / 6;
    if (sdist != usize.MAX_VALUE && sdist - 1 < maxd) maxd = sdist - 1;
    const d = distance(np, nn, ip, inn, maxd);
    if (d > maxd) continue;
    if (suggestion == 0 || d < sdist) { suggestion = item; sdist = d; }
  }
  return suggestion;
}

/** Appends the keys of dict d to the candidate array; returns the new count (stops at the cap). */
function addKeys(items: usize, n: i32, d: Ptr): i32 {
  const pos = dictPos;
  store<i32>(pos, 0);
  while (n < MAX_CANDIDATES && dictNext(d, pos, pos + 4, 0)) {
    store<Ptr>(items + (<usize>n << 2), load<Ptr>(pos, 4));
    n++;
  }
  return n;
}

/** Sorts n strs by code point (insertion sort: at most 750 of them). */
function sortStrs(items: usize, n: i32): void {
  for (let i: i32 = 1; i < n; i++) {
    const v = load<Ptr>(items + (<usize>i << 2));
    let j = i - 1;
    while (j >= 0 && strCompare(load<Ptr>(items + (<usize>j << 2)), v) > 0) {
      store<Ptr>(items + (<usize>(j + 1) << 2), load<Ptr>(items + (<usize>j << 2)));
      j--;
    }
    store<Ptr>(items + (<usize>(j + 1) << 2), v);
  }
}

/** Removes duplicates from a sorted array of strs (dir() is a set of names). */
function dedupe(items: usize, n: i32): i32 {
  if (n == 0) return 0;
  let k: i32 = 1;
  for (let i: i32 = 1; i < n; i++) {
    const v = load<Ptr>(items + (<usize>i << 2));
    if (!strEq(v, load<Ptr>(items + (<usize>(k - 1) << 2)))) {
      store<Ptr>(items + (<usize>k << 2), v);
      k++;
    }
  }
  return k;
}

/** The suggested name for the uncaught exception e (borrowed str), or 0. */
export function suggestFor(e: Ptr, builtinsDict: Ptr): Ptr {
  const name = load<Ptr>(e, EXC_X1);
  if (name == 0 || load<Ptr>(name, OB_TYPE) != strType) return 0;
  const et = load<Ptr>(e, OB_TYPE);
  // exactly these two types, not subclasses (CPython 3.11's _Py_Offer_Suggestions)
  const isName = et == excNameError;
  const isAttr = et == excAttributeError;
  if (!isName && !isAttr) return 0;
  const items = candidates;
  let result: Ptr = 0;
  if (isName) {
    // innermost frame's code: the last traceback entry
    let tb = excTraceback(e);
    while (tb != 0 && load<Ptr>(tb, TB_NEXT) != 0) tb = load<Ptr>(tb, TB_NEXT);
    if (tb != 0) {
      const code = load<Ptr>(tb, TB_CODE);
      const names = load<Ptr>(code, CO_LOCALSPLUSNAMES);
      const kinds = codeKinds(code);
      let n: i32 = 0;
      const total = <i32>load<u32>(code, CO_NLOCALSPLUS);
      for (let i: i32 = 0; i < total && n < MAX_CANDIDATES; i++) {
        if (load<u8>(kinds + <usize>i) & KIND_LOCAL) {
          store<Ptr>(items + (<usize>n << 2), tupleItem(names, i));
          n++;
        }
      }
      result = best(items, n, name);
    }
    const globals = load<Ptr>(e, EXC_X2);
    if (result == 0 && globals != 0) result = best(items, addKeys(items, 0, globals), name);
    if (result == 0 && builtinsDict != 0) result = best(items, addKeys(items, 0, builtinsDict), name);
  } else {
    const obj = load<Ptr>(e, EXC_X2);
    if (obj != 0) {
      let n: i32 = 0;
      const da = objDictAddr(obj);
      if (da != 0 && load<Ptr>(da) != 0) n = addKeys(items, n, load<Ptr>(da));
      // the class attributes: obj's type's MRO, or for a class, its own MRO then its metatype's
      const t = load<Ptr>(obj, OB_TYPE);
      const owner = isSubtype(t, typeType) ? obj : t;
      let mro = load<Ptr>(owner, TP_MRO);
      for (let i: i32 = 0; i < tupleSize(mro); i++) n = addKeys(items, n, load<Ptr>(tupleItem(mro, i), TP_DICT));
      if (owner == obj) {
        mro = load<Ptr>(t, TP_MRO);
        for (let i: i32 = 0; i < tupleSize(mro); i++) n = addKeys(items, n, load<Ptr>(tupleItem(mro, i), TP_DICT));
      }
      sortStrs(items, n);
      n = dedupe(items, n);
      result = best(items, n, name);
    }
  }
  return result;
}
