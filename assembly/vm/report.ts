// === The uncaught-exception report the host formats (layout: docs/architecture.md §7) ===
//
// Walks the exception's chain the way CPython's traceback printer does (the cause if set,
// else the context unless suppressed; each exception once), oldest first, and serializes type
// name, str(exc), the text of its __notes__ and the traceback entries of each.

import { Ptr } from '../common';
import { decref, xdecref, OB_TYPE } from '../object/header';
import { isSubtype } from '../object/type';
import { objGetAttr } from '../object/abstract';
import { isStr } from '../object/str';
import { isInt, intValue } from '../object/int';
import { TP_QUALNAME, TP_DICT } from '../object/typelayout';
import { dictGetItemStr } from '../object/dict';
import { strEqLiteral } from '../object/str';
import { typeFlags } from '../object/type';
import { TPFLAGS_HEAPTYPE } from '../object/typelayout';
import { objStr } from '../object/abstract';
import { strAsUtf8 } from '../object/str';
import { heapAlloc, heapRealloc, heapFree, heapGetLimit, heapSetLimit } from '../heap/heap';
import { CO_HOSTID } from '../object/code';
import {
  excCause, excContext, excSuppressContext, excTraceback, excClear, excFetch, excRestore,
  TB_NEXT, TB_CODE, TB_WORD, TB_LINE, excSyntaxError,
} from './exc';
import { Py_None } from '../object/none';
import { strInternLiteral } from '../object/str';
import { typeLookup } from '../object/type';
import { suggestFor } from './suggest';
import { builtinsModule } from '../builtins/builtins';
import { moduleDict } from '../object/module';
import { sbNew, sbAppendStr, sbAppendLiteral, sbFinish } from '../object/strbuild';
import { objRepr, objLen, objGetItem } from '../object/abstract';
import { intFromI64 } from '../object/int';
import { typeSlot, SLOT_GETITEM } from '../object/typelayout';
import { typeKind, TK_DICT } from '../object/type';

let buf: usize = 0;
let cap: usize = 0;
let len: usize = 0;
/** An allocation failed while building: the report is incomplete and must not be handed out. */
let failed = false;

function ensure(n: usize): bool {
  if (len + n <= cap) return true;
  let nc: usize = cap == 0 ? 256 : cap;
  while (nc < len + n) nc <<= 1;
  const nb = buf == 0 ? heapAlloc(nc) : heapRealloc(buf, nc);
  if (nb == 0) { failed = true; return false; }
  buf = nb;
  cap = nc;
  return true;
}

function putU32(v: u32): void {
  if (!ensure(4)) return;
  store<u32>(buf + len, v);
  len += 4;
}

function putU8(v: u8): void {
  if (!ensure(1)) return;
  store<u8>(buf + len, v);
  len += 1;
}

/** A str as u32 length + UTF-8. */
function putStr(s: Ptr): void {
  const lenAddr = memory.data(4);
  const p = s != 0 ? strAsUtf8(s, lenAddr) : 0;
  if (p == 0) { excClear(); failed = true; return; }
  const n = load<u32>(lenAddr);
  putU32(n);
  if (!ensure(<usize>n)) return;
  memory.copy(buf + len, p, <usize>n);
  len += n;
}

function putLiteral(lit: string): void {
  const s = strInternLiteral(lit);
  putStr(s); // 0 marks the report failed
  xdecref(s);
}

/** The name CPython prints for an exception's type: module.qualname unless the module is
 *  builtins or __main__. */
function putTypeName(t: Ptr): void {
  if (typeFlags(t) & TPFLAGS_HEAPTYPE) {
    const mod = dictGetItemStr(load<Ptr>(t, TP_DICT), sModuleKey);
    if (mod != 0 && isStr(mod) && !strEqLiteral(mod, 'builtins') && !strEqLiteral(mod, '__main__')) {
      putStrParts(mod, load<Ptr>(t, TP_QUALNAME));
      return;
    }
  }
  putStr(load<Ptr>(t, TP_QUALNAME));
}

/** "a.b" as one str of the report. */
function putStrParts(a: Ptr, b: Ptr): void {
  const sb = sbNew();
  if (sb == 0) { excClear(); failed = true; return; }
  sbAppendStr(sb, a);
  sbAppendLiteral(sb, '.');
  sbAppendStr(sb, b);
  const s = sbFinish(sb);
  if (s == 0) excClear();
  putStr(s);
  xdecref(s);
}

function putSection(e: Ptr, link: u8): void {
  const syntax = isSubtype(load<Ptr>(e, OB_TYPE), excSyntaxError);
  putU8(syntax ? link | LINK_SYNTAX_DETAIL : link);
  putTypeName(load<Ptr>(e, OB_TYPE));
  // str(exc) may itself raise: CPython then prints "<exception str() failed>"
  const saved = excFetch();
  const msg = objStr(e);
  if (msg == 0) {
    excClear();
    putLiteral('<exception str() failed>');
  } else {
    const hint = suggestFor(e, moduleDict(builtinsModule));
    if (hint != 0) {
      const sb = sbNew();
      sbAppendStr(sb, msg);
      sbAppendLiteral(sb, ". Did you mean: '");
      sbAppendStr(sb, hint);
      sbAppendLiteral(sb, "'?");
      const full = sbFinish(sb);
      putStr(full);
      decref(full);
    } else {
      putStr(msg);
    }
    decref(msg);
  }
  putNotes(e);
  excRestore(saved);
  let n: u32 = 0;
  for (let tb = excTraceback(e); tb != 0; tb = load<Ptr>(tb, TB_NEXT)) n++;
  putU32(n);
  for (let tb = excTraceback(e); tb != 0; tb = load<Ptr>(tb, TB_NEXT)) {
    putU32(load<u32>(load<Ptr>(tb, TB_CODE), CO_HOSTID));
    putU32(load<u32>(tb, TB_WORD));
    putU32(load<u32>(tb, TB_LINE));
  }
  if (syntax) putSyntaxDetail(e);
}

/**
 * The text CPython 3.11 prints after the "Type: message" line for e.__notes__ (PEP 678,
 * pythonrun.c's print_exception_notes), as one str of the report ('' = nothing):
 *  - no __notes__ attribute (any error looking it up counts as none): nothing;
 *  - not a sequence (no item getter, or a dict): repr(__notes__), or "<__notes__ repr() failed>",
 *    with no newline after it (the next section's separator follows directly, as in CPython);
 *  - a sequence: each item's str() (or "<note str() failed>") and a newline; an error from len()
 *    or an item ends the notes there.
 * Notes of a group's members would be indented by the group margin; there are no groups here.
 * Called with no exception set; leaves none.
 */
function putNotes(e: Ptr): void {
  const notes = objGetAttr(e, sNotes);
  if (notes == 0) { excClear(); putStr(emptyStr()); return; }
  const sb = sbNew();
  if (sb == 0) { excClear(); decref(notes); failed = true; return; }
  const t = load<Ptr>(notes, OB_TYPE);
  if (typeSlot(t, SLOT_GETITEM) == 0 || typeKind(t) == TK_DICT) {
    const r = objRepr(notes);
    if (r != 0) { sbAppendStr(sb, r); decref(r); }
    else { excClear(); sbAppendLiteral(sb, '<__notes__ repr() failed>'); }
  } else {
    const n = objLen(notes);
    for (let i: i64 = 0; i < n; i++) {
      const idx = intFromI64(i);
      const note = idx != 0 ? objGetItem(notes, idx) : 0;
      xdecref(idx);
      if (note == 0) break;
      const s = objStr(note);
      decref(note);
      if (s != 0) { sbAppendStr(sb, s); decref(s); }
      else { excClear(); sbAppendLiteral(sb, '<note str() failed>'); }
      sbAppendLiteral(sb, '\n');
    }
    excClear(); // a failed len() or item: the notes printed so far stand
  }
  decref(notes);
  const text = sbFinish(sb);
  if (text == 0) { excClear(); failed = true; return; }
  putStr(text);
  decref(text);
}

/** Bit of a section's link byte: the section ends with a SyntaxError's details, which CPython
 *  prints instead of the plain "Type: message" line:
 *  str filename ('' = None), i32 lineno, offset, end_lineno, end_offset (-1 = None),
 *  u8 has_text, str text, str msg. */
@inline const LINK_SYNTAX_DETAIL: u8 = 0x80;

function putSyntaxDetail(e: Ptr): void {
  const saved = excFetch();
  const filename = attrOrZero(e, 'filename');
  putStr(filename != 0 && isStr(filename) ? filename : emptyStr());
  putI32Attr(e, 'lineno');
  putI32Attr(e, 'offset');
  putI32Attr(e, 'end_lineno');
  putI32Attr(e, 'end_offset');
  const text = attrOrZero(e, 'text');
  const hasText = text != 0 && isStr(text);
  putU8(hasText ? 1 : 0);
  putStr(hasText ? text : emptyStr());
  const msg = attrOrZero(e, 'msg');
  const m = msg != 0 && msg != Py_None ? objStr(msg) : 0;
  if (m == 0) excClear();
  putStr(m != 0 ? m : emptyStr());
  xdecref(m);
  xdecref(filename);
  xdecref(text);
  xdecref(msg);
  excRestore(saved);
}

function attrOrZero(e: Ptr, name: string): Ptr {
  const k = strInternLiteral(name);
  if (k == 0) { excClear(); return 0; }
  const v = objGetAttr(e, k);
  decref(k);
  if (v == 0) excClear();
  return v;
}

function putI32Attr(e: Ptr, name: string): void {
  const v = attrOrZero(e, name);
  putU32(v != 0 && isInt(v) ? <u32><i32>intValue(v) : <u32>-1);
  xdecref(v);
}

let emptyS: Ptr = 0;
let sModuleKey: Ptr = 0;
/** Once at vmInit. */
let sNotes: Ptr = 0;
export function reportNamesInit(): void {
  sModuleKey = strInternLiteral('__module__');
  sNotes = strInternLiteral('__notes__');
}
function emptyStr(): Ptr {
  if (emptyS == 0) emptyS = strInternLiteral('');
  return emptyS;
}

/** Builds the report for the current exception (left set). Returns the block (host frees it
 *  with vmFree), or 0 if there is no exception or no memory. */
export function reportBuild(): usize {
  const exc = excFetch();
  if (exc == 0) return 0;
  excRestore(exc);
  // A MemoryError at the heap limit must still be reported: the report is the VM's own
  // bookkeeping, not the program's, so the limit is lifted while it is built.
  const limit = heapGetLimit();
  heapSetLimit(0);
  let r = reportBuildChain(exc);
  if (r == 0) r = reportBuildChain(exc); // one more try: a failed allocation may not recur
  heapSetLimit(limit);
  return r;
}

function reportBuildChain(exc: Ptr): usize {
  // Collect the chain, newest first, each exception once (at most 64 sections).
  const chain = heapAlloc(64 * 8);
  if (chain == 0) return 0;
  let n: i32 = 0;
  let e = exc;
  while (e != 0 && n < 64) {
    let seen = false;
    for (let i: i32 = 0; i < n; i++) if (load<Ptr>(chain + (<usize>i << 3)) == e) seen = true;
    if (seen) break;
    const cause = excCause(e);
    let next: Ptr = 0;
    let link: u32 = 0;
    if (cause != 0 && cause != Py_None) { next = cause; link = 1; }
    else if (!excSuppressContext(e) && excContext(e) != 0) { next = excContext(e); link = 2; }
    store<Ptr>(chain + (<usize>n << 3), e);
    store<u32>(chain + (<usize>n << 3) + 4, link);
    n++;
    e = next;
  }
  buf = 0; cap = 0; len = 0;
  failed = false;
  putU32(<u32>n);
  for (let i = n - 1; i >= 0; i--) {
    const ex = load<Ptr>(chain + (<usize>i << 3));
    // the link printed after section i is the one that led from the newer exception (i-1) to it
    const link: u8 = i > 0 ? <u8>load<u32>(chain + (<usize>(i - 1) << 3) + 4) : 0;
    putSection(ex, link);
  }
  heapFree(chain);
  let out = buf;
  if (failed && out != 0) { heapFree(out); out = 0; }
  buf = 0; cap = 0; len = 0;
  return out;
}

/** The frames of traceback chain tb as a block for the host's `traceback` import: u32 flags
 *  (bit 0: `finalizing`, the run is over and its module is being torn down: CPython prints no
 *  source lines then), u32 n, then n x (u32 hostId, u32 wordIndex, u32 lineno), outermost call
 *  first. Freed with heapFree; 0 when out of memory. */
export function reportFrames(tb: Ptr, finalizing: bool): usize {
  let n: u32 = 0;
  for (let t = tb; t != 0; t = load<Ptr>(t, TB_NEXT)) n++;
  const b = heapAlloc(8 + <usize>n * 12);
  if (b == 0) return 0;
  store<u32>(b, finalizing ? 1 : 0);
  store<u32>(b, n, 4);
  let p = b + 8;
  for (let t = tb; t != 0; t = load<Ptr>(t, TB_NEXT)) {
    store<u32>(p, load<u32>(load<Ptr>(t, TB_CODE), CO_HOSTID));
    store<u32>(p, load<u32>(t, TB_WORD), 4);
    store<u32>(p, load<u32>(t, TB_LINE), 8);
    p += 12;
  }
  return b;
}
