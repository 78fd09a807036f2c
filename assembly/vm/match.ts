// === Structural pattern matching (PEP 634): the MATCH_KEYS and MATCH_CLASS instructions ===
//
// The compiler (src/compiler.ts, compileMatch) lowers every pattern to plain stack code; only two
// checks need the core's help beyond a type flag (MATCH_SEQUENCE / MATCH_MAPPING, which the loop
// reads inline from TP_FLAGS) and len() (GET_LEN):
//
//   MATCH_KEYS   subject keys -- subject keys (values tuple | None)
//       For a mapping pattern `{k1: p1, k2: p2}`: looks each key up with `subject.get(k, dummy)`,
//       CPython 3.11's way, so that dict subclasses with __missing__ (defaultdict) neither call it
//       nor grow, and a user `get` is honoured. An exact dict is looked up directly: dict.get is
//       exactly a lookup, and an exact dict's `get` cannot be replaced.
//   MATCH_CLASS  subject cls kwnames -- (attrs tuple | None)
//       For a class pattern `C(p1, p2, a=p3)`: isinstance(subject, C), then the attributes named
//       by C.__match_args__[:nargs] and by kwnames, in that order. The builtins that match
//       themselves (TPFLAGS_MATCH_SELF: int(x), str(x), ...) give the subject for their single
//       positional sub-pattern.
//
// A failed match returns None and sets no exception; 0 means an exception is set. The messages
// are CPython 3.11's (ceval.c, match_keys / match_class), checked against python3.

import { Ptr } from '../common';
import { decref, xdecref, newref, OB_TYPE } from '../object/header';
import { excFormat, excMatches, excClear, excOccurred, excTypeError, excValueError, excAttributeError } from './exc';
import { typeType, objectType, isSubtype } from '../object/type';
import { objIsInstance } from '../object/instancecheck';
import { TP_FLAGS, TPFLAGS_MATCH_SELF } from '../object/typelayout';
import { objGetAttr, objCall } from '../object/abstract';
import { callTwo } from '../object/descrobject';
import { tupleNew, tupleSize, tupleItem, tupleItemsAddr, tupleType, tupleEmpty } from '../object/tuple';
import { dictType, dictGetItem } from '../object/dict';
import { setNew, setAddKey, setContainsKey } from '../object/set';
import { strType, strInternLiteral, strEq } from '../object/str';
import { Py_None } from '../object/none';

let nameGet: Ptr = 0;
let nameMatchArgs: Ptr = 0;
/** Interned once at vmInit (made lazily they would look like a leak to the heap check). */
export function matchNamesInit(): void {
  nameGet = strInternLiteral('get');
  nameMatchArgs = strInternLiteral('__match_args__');
}

// ---- MATCH_KEYS ----

/**
 * The values of `keys` (a tuple) in the mapping `map`, as a new tuple; None (new reference) when
 * a key is missing; 0 with an exception set on error (an unhashable key, a key given twice:
 * ValueError, or whatever the mapping's `get` raises). Borrowed arguments.
 */
export function matchKeys(map: Ptr, keys: Ptr): Ptr {
  const n = tupleSize(keys);
  if (n == 0) return newref(tupleEmpty);
  // Non-exact mappings: the bound `get` and a fresh object no `get` can return by accident.
  let get: Ptr = 0, dummy: Ptr = 0;
  if (load<Ptr>(map, OB_TYPE) != dictType) {
    get = objGetAttr(map, nameGet);
    if (get == 0) return 0;
  }
  const seen = setNew(0);
  if (seen == 0) { xdecref(get); return 0; }
  if (get != 0) {
    dummy = objCall(objectType, 0, 0, 0);
    if (dummy == 0) { decref(seen); decref(get); return 0; }
  }
  let values = tupleNew(n); // items zeroed: a partly filled tuple is safe to decref
  if (values != 0) {
    for (let i: i32 = 0; i < n; i++) {
      const key = tupleItem(keys, i);
      // Value patterns (`{C.A: _, C.B: _}`) can name one key twice at run time.
      let r = setContainsKey(seen, key);
      if (r == 0) r = setAddKey(seen, key);
      else if (r > 0) excFormat(excValueError, 'mapping pattern checks duplicate key (%R)', key);
      if (r != 0) { decref(values); values = 0; break; }
      let v: Ptr;
      if (get == 0) {
        v = dictGetItem(map, key); // borrowed; its __eq__ may run Python code, but nothing after
        if (v == 0) {
          decref(values);
          values = excOccurred() ? 0 : newref(Py_None);
          break;
        }
        v = newref(v);
      } else {
        v = callTwo(get, key, dummy);
        if (v == 0) { decref(values); values = 0; break; }
        if (v == dummy) { decref(v); decref(values); values = newref(Py_None); break; }
      }
      store<Ptr>(tupleItemsAddr(values) + (<usize>i << 2), v);
    }
  }
  decref(seen);
  xdecref(get);
  xdecref(dummy);
  return values;
}

// ---- MATCH_CLASS ----

/**
 * getattr(subject, name) for one sub-pattern of a class pattern, after checking that no earlier
 * sub-pattern of the same pattern named it (`prev` holds the names already looked up, borrowed:
 * the first `nprev` items of tuple `a`, then the first `nprevb` of tuple `b`). 0 without an
 * exception: the attribute is missing (the match fails); 0 with one: an error.
 */
function matchClassAttr(subject: Ptr, cls: Ptr, name: Ptr, a: Ptr, na: i32, b: Ptr, nb: i32): Ptr {
  // The names are exact strs (checked by the caller, or the compiler's kwnames), so equality
  // is strEq, as CPython's `seen` set of them.
  for (let i: i32 = 0; i < na + nb; i++) {
    const prev = i < na ? tupleItem(a, i) : tupleItem(b, i - na);
    if (prev == name || strEq(prev, name)) {
      return excFormat(excTypeError, '%N() got multiple sub-patterns for attribute %R', cls, name);
    }
  }
  const attr = objGetAttr(subject, name);
  if (attr == 0 && excMatches(excAttributeError)) excClear();
  return attr;
}

/**
 * MATCH_CLASS: the tuple of the sub-pattern subjects of `cls(<nargs positional>, **kwnames)`
 * matched against `subject` (new reference); None (new reference) when it does not match; 0 with
 * an exception set on error. Borrowed arguments; kwnames is a tuple of exact strs.
 */
export function matchClass(subject: Ptr, cls: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  if (!isSubtype(load<Ptr>(cls, OB_TYPE), typeType)) {
    return excFormat(excTypeError, 'called match pattern must be a type');
  }
  // PyObject_IsInstance, as CPython's MATCH_CLASS: a metaclass's __instancecheck__ counts
  // (`case Mapping():` with collections.abc)
  const isInst = objIsInstance(subject, cls);
  if (isInst < 0) return 0;
  if (isInst == 0) return newref(Py_None);
  const nkw = tupleSize(kwnames);
  const attrs = tupleNew(nargs + nkw); // items zeroed: a partly filled tuple is safe to decref
  if (attrs == 0) return 0;
  const items = tupleItemsAddr(attrs);
  let matchArgs: Ptr = 0; // owned; the positional names (an empty tuple for match-self types)
  let npos: i32 = 0;      // items of matchArgs looked up: the positional names in `seen`
  if (nargs > 0) {
    let matchSelf = false;
    matchArgs = objGetAttr(cls, nameMatchArgs);
    if (matchArgs != 0) {
      if (load<Ptr>(matchArgs, OB_TYPE) != tupleType) {
        excFormat(excTypeError, '%N.__match_args__ must be a tuple (got %T)', cls, matchArgs);
        return matchClassFail(attrs, matchArgs);
      }
    } else {
      if (!excMatches(excAttributeError)) return matchClassFail(attrs, 0);
      excClear();
      // A class that defines __match_args__ loses the builtins' self-matching, as in CPython.
      matchArgs = newref(tupleEmpty);
      matchSelf = (load<u32>(cls, TP_FLAGS) & TPFLAGS_MATCH_SELF) != 0;
    }
    const allowed = matchSelf ? 1 : tupleSize(matchArgs);
    if (allowed < nargs) {
      if (allowed == 1) excFormat(excTypeError, '%N() accepts %d positional sub-pattern (%d given)', cls, <Ptr>allowed, <Ptr>nargs);
      else excFormat(excTypeError, '%N() accepts %d positional sub-patterns (%d given)', cls, <Ptr>allowed, <Ptr>nargs);
      return matchClassFail(attrs, matchArgs);
    }
    if (matchSelf) {
      store<Ptr>(items, newref(subject));
    } else {
      for (let i: i32 = 0; i < nargs; i++) {
        const name = tupleItem(matchArgs, i);
        if (load<Ptr>(name, OB_TYPE) != strType) {
          excFormat(excTypeError, '__match_args__ elements must be strings (got %T)', name);
          return matchClassFail(attrs, matchArgs);
        }
        const v = matchClassAttr(subject, cls, name, matchArgs, i, kwnames, 0);
        if (v == 0) return matchClassFail(attrs, matchArgs);
        store<Ptr>(items + (<usize>i << 2), v);
        npos = i + 1;
      }
    }
  }
  for (let i: i32 = 0; i < nkw; i++) {
    const v = matchClassAttr(subject, cls, tupleItem(kwnames, i), matchArgs, npos, kwnames, i);
    if (v == 0) return matchClassFail(attrs, matchArgs);
    store<Ptr>(items + (<usize>(nargs + i) << 2), v);
  }
  xdecref(matchArgs);
  return attrs;
}

/** Drops matchClass's partial result: None if no exception is set (no match), else 0. */
function matchClassFail(attrs: Ptr, matchArgs: Ptr): Ptr {
  decref(attrs);
  xdecref(matchArgs);
  return excOccurred() ? 0 : newref(Py_None);
}
