// === Reading code objects from the host's marshal bytes (format: docs/architecture.md §3) ===
//
// The reader is a cursor over a buffer the host wrote into linear memory. Nothing is trusted:
// every length is checked against the end of the buffer, and a malformed buffer raises
// SystemError instead of reading out of bounds (another front end may hand us its own bytes).

import { Ptr } from '../common';
import { decref, newref, xdecref } from '../object/header';
import { Py_None, Py_Ellipsis } from '../object/none';
import { Py_True, Py_False } from '../object/bool';
import { intFromI64, INT_DIGITS } from '../object/int';
import { longAlloc, longFinish, LONG_MAX_DIGITS } from '../object/long';
import { natCopy } from '../object/nat';
import { floatFromF64 } from '../object/float';
import { complexFromDoubles } from '../object/complex';
import { strFromUtf8, strIntern } from '../object/str';
import { bytesFromData } from '../object/bytes';
import { tupleNew, tupleItemsAddr, tupleSize } from '../object/tuple';
import { frozensetNew, frozensetConstRebuild, setAddKey } from '../object/set';
import {
  codeAlloc, codeFinish, codeWords, codeExcTable, codeLines, codeKinds, CO_ARGCOUNT, CO_POSONLY,
  CO_KWONLY, CO_STACKSIZE, CO_FLAGS, CO_FIRSTLINE, CO_HOSTID, CO_NAME, CO_QUALNAME,
  CO_LOCALSPLUSNAMES, CO_NAMES, CO_CONSTS, CO_FILENAME,
} from '../object/code';
import { excSetString, excSystemError, excOccurred } from './exc';
import { OPCODE_COUNT } from '../opcodes.gen';

let cur: usize = 0;
let end: usize = 0;

@inline function need(n: usize): bool {
  if (cur + n > end || cur + n < cur) {
    if (!excOccurred()) excSetString(excSystemError, 'pyrite: malformed code (truncated)');
    return false;
  }
  return true;
}

function readU32(): u32 {
  if (!need(4)) return 0;
  const v = load<u32>(cur);
  cur += 4;
  return v;
}

/** Reads one value (a new reference), 0 with an exception set. */
function readValue(depth: i32): Ptr {
  if (depth > 100) { excSetString(excSystemError, 'pyrite: malformed code (too deep)'); return 0; }
  if (!need(1)) return 0;
  const tag = load<u8>(cur);
  cur += 1;
  switch (tag) {
    case 0x4E: return newref(Py_None);      // N
    case 0x54: return newref(Py_True);      // T
    case 0x46: return newref(Py_False);     // F
    case 0x45: return newref(Py_Ellipsis);  // E
    case 0x69: {                            // i
      if (!need(8)) return 0;
      const v = load<i64>(cur);
      cur += 8;
      return intFromI64(v);
    }
    case 0x49: {                            // I: sign, digit count, base-2^32 digits
      if (!need(1)) return 0;
      const neg = load<u8>(cur) != 0;
      cur += 1;
      const n = readU32();
      if (excOccurred() || n > <u32>LONG_MAX_DIGITS || !need(<usize>n << 2)) return 0;
      const o = longAlloc(<i32>n);
      if (o == 0) return 0;
      natCopy(o + INT_DIGITS, cur, <i32>n);
      cur += <usize>n << 2;
      return longFinish(o, <i32>n, neg);
    }
    case 0x66: {                            // f
      if (!need(8)) return 0;
      const v = load<f64>(cur);
      cur += 8;
      return floatFromF64(v);
    }
    case 0x78: {                            // x: complex, real then imaginary part
      if (!need(16)) return 0;
      const re = load<f64>(cur), im = load<f64>(cur, 8);
      cur += 16;
      return complexFromDoubles(re, im);
    }
    case 0x73: case 0x7A: {                 // s, z
      const n = readU32();
      if (!need(<usize>n)) return 0;
      const s = strFromUtf8(cur, <i32>n);
      cur += n;
      if (s == 0) return 0;
      return tag == 0x7A ? strIntern(s) : s;
    }
    case 0x62: {                            // b
      const n = readU32();
      if (excOccurred() || !need(<usize>n)) return 0;
      const b = bytesFromData(cur, n);
      cur += n;
      return b;
    }
    case 0x74: {                            // t
      const n = readU32();
      if (excOccurred() || !need(<usize>n)) return 0;
      const t = tupleNew(<i32>n);
      if (t == 0) return 0;
      for (let i: u32 = 0; i < n; i++) {
        const v = readValue(depth + 1);
        if (v == 0) { decref(t); return 0; }
        store<Ptr>(tupleItemsAddr(t) + (<usize>i << 2), v);
      }
      return t;
    }
    case 0x6B: {                            // k: frozenset, items in source order
      const n = readU32();
      if (excOccurred() || !need(<usize>n)) return 0;
      const s = frozensetNew(0);
      if (s == 0) return 0;
      for (let i: u32 = 0; i < n; i++) {
        const v = readValue(depth + 1);
        const r = v == 0 ? -1 : setAddKey(s, v);
        if (v != 0) decref(v);
        if (r < 0) { decref(s); return 0; }
      }
      return frozensetConstRebuild(s);
    }
    case 0x43: return readCode(depth);      // C
    default:
      excSetString(excSystemError, 'pyrite: malformed code (unknown constant tag)');
      return 0;
  }
}

function readCode(depth: i32): Ptr {
  const argcount = readU32(), posonly = readU32(), kwonly = readU32(), nlocalsplus = readU32();
  const stacksize = readU32(), flags = readU32(), firstline = readU32(), hostId = readU32();
  if (excOccurred()) return 0;
  const name = readValue(depth + 1);
  const qualname = name ? readValue(depth + 1) : 0;
  const filename = qualname ? readValue(depth + 1) : 0;
  const lpnames = filename ? readValue(depth + 1) : 0;
  // localspluskinds as 'b' bytes
  let kindsAt: usize = 0;
  if (lpnames) {
    if (need(1) && load<u8>(cur) == 0x62) {
      cur += 1;
      const n = readU32();
      if (n == nlocalsplus && need(<usize>n)) { kindsAt = cur; cur += n; }
    }
  }
  const names = kindsAt ? readValue(depth + 1) : 0;
  const consts = names ? readValue(depth + 1) : 0;
  const ncode = consts ? readU32() : 0;
  if (consts == 0 || excOccurred() || !need(<usize>ncode << 2)) {
    if (!excOccurred()) excSetString(excSystemError, 'pyrite: malformed code object');
    xdecref(name); xdecref(qualname); xdecref(filename); xdecref(lpnames); xdecref(names); xdecref(consts);
    return 0;
  }
  const wordsAt = cur;
  cur += <usize>ncode << 2;
  const nexc = readU32();
  if (excOccurred() || !need(<usize>nexc * 20 + (<usize>ncode << 2)) || tupleSize(lpnames) != <i32>nlocalsplus) {
    if (!excOccurred()) excSetString(excSystemError, 'pyrite: malformed code object');
    decref(name); decref(qualname); decref(filename); decref(lpnames); decref(names); decref(consts);
    return 0;
  }
  const c = codeAlloc(ncode, nexc, nlocalsplus);
  if (c == 0) { decref(name); decref(qualname); decref(filename); decref(lpnames); decref(names); decref(consts); return 0; }
  store<u32>(c, argcount, CO_ARGCOUNT);
  store<u32>(c, posonly, CO_POSONLY);
  store<u32>(c, kwonly, CO_KWONLY);
  store<u32>(c, stacksize, CO_STACKSIZE);
  store<u32>(c, flags, CO_FLAGS);
  store<u32>(c, firstline, CO_FIRSTLINE);
  store<u32>(c, hostId, CO_HOSTID);
  store<Ptr>(c, name, CO_NAME);
  store<Ptr>(c, qualname, CO_QUALNAME);
  store<Ptr>(c, filename, CO_FILENAME);
  store<Ptr>(c, lpnames, CO_LOCALSPLUSNAMES);
  store<Ptr>(c, names, CO_NAMES);
  store<Ptr>(c, consts, CO_CONSTS);
  memory.copy(codeWords(c), wordsAt, <usize>ncode << 2);
  memory.copy(codeExcTable(c), cur, <usize>nexc * 20);
  cur += <usize>nexc * 20;
  memory.copy(codeLines(c), cur, <usize>ncode << 2);
  cur += <usize>ncode << 2;
  memory.copy(codeKinds(c), kindsAt, <usize>nlocalsplus);
  codeFinish(c);
  if (!codeValidate(c)) { decref(c); return 0; }
  return c;
}

/** The minimum the eval loop relies on: opcodes in range, jump targets and operand indices
 *  inside their tables. (The host's verify.ts checks stack depths for its own compiler.) */
function codeValidate(c: Ptr): bool {
  const n = load<u32>(c, 60); // CO_NCODE
  const w = codeWords(c);
  for (let i: u32 = 0; i < n; i++) {
    const op = load<u32>(w + (<usize>i << 2)) & 0xFF;
    if (op >= OPCODE_COUNT) {
      excSetString(excSystemError, 'pyrite: malformed code (bad opcode)');
      return false;
    }
  }
  return true;
}

/** vmLoadCode: the code object in buf[0, len), a new reference (0 with an exception set). */
export function marshalLoadCode(buf: usize, len: usize): Ptr {
  cur = buf;
  end = buf + len;
  const v = readValue(0);
  if (v == 0) return 0;
  return v;
}
