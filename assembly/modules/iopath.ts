// === os.fspath: the path a file function is given, as a str or bytes ===
//
// CPython's PyOS_FSPath: a str or bytes is the path itself; any other object's type must define
// __fspath__, whose result must be a str or bytes. Paths with an embedded NUL are refused, as the
// C library would cut them short.

import { Ptr } from '../common';
import { decref, newref, OB_TYPE } from '../object/header';
import { isStr, strLen, strCharAt, strInternLiteral } from '../object/str';
import { isBytes, bytesSize, bytesData } from '../object/bytes';
import { typeLookup } from '../object/type';
import { callMethodFound } from '../object/slotdefs';
import { excFormat, excSetString, excTypeError, excValueError } from '../vm/exc';

let nFspath: Ptr = 0;

/** At vmInit (a name made lazily would look like a leak to the heap check). */
export function osFspathInit(): void { nFspath = strInternLiteral('__fspath__'); }

/** os.fspath(o) (borrowed in, new out); 0 with TypeError set. */
export function osFspath(o: Ptr): Ptr {
  if (isStr(o) || isBytes(o)) return newref(o);
  const t = load<Ptr>(o, OB_TYPE);
  const f = typeLookup(t, nFspath);
  if (f == 0) return excFormat(excTypeError, 'expected str, bytes or os.PathLike object, not %T', o);
  const r = callMethodFound(f, o, 0, 0, 0);
  if (r == 0) return 0;
  if (!isStr(r) && !isBytes(r)) {
    excFormat(excTypeError, 'expected %N.__fspath__() to return str or bytes, not %T', t, r);
    decref(r);
    return 0;
  }
  return r;
}

/** The path of a file argument: os.fspath(o), refusing an embedded NUL (ValueError). */
export function ioFsPath(o: Ptr): Ptr {
  const p = osFspath(o);
  if (p == 0) return 0;
  let nul = false;
  if (isStr(p)) {
    const n = strLen(p);
    for (let i = 0; i < n; i++) if (strCharAt(p, i) == 0) { nul = true; break; }
  } else {
    const n = bytesSize(p), d = bytesData(p);
    for (let i = 0; i < n; i++) if (load<u8>(d + <usize>i) == 0) { nul = true; break; }
  }
  if (nul) { decref(p); return excSetString(excValueError, 'embedded null byte'); }
  return p;
}
