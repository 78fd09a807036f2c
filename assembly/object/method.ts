// === Bound methods: a function with its first argument (`self`) fixed ===
//
//   +0 refcnt | +4 type | +8 func | +12 self

import { Ptr } from '../common';
import { objAlloc, objFree, newref, decref, xdecref, setref } from './header';
import { SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, SLOT_CALL, SLOT_REPR, TPFLAGS_HAVE_GC, typeSetSlot } from './typelayout';
import { typeNewBuiltin, objectType, TK_OTHER, typeSetFinal } from './type';
import { objCall, objRepr } from './abstract';
import { heapAlloc, heapFree } from '../heap/heap';
import { excNoMemory } from '../vm/exc';
import { sbNew, sbAppendLiteral, sbAppendStr, sbFinish, sbFree } from './strbuild';
import { FN_QUALNAME } from './func';

@inline export const ME_FUNC: usize = 8;
@inline export const ME_SELF: usize = 12;
@inline const ME_SIZE: u32 = 16;

export let methodType: Ptr = 0;

export function methodNew(func: Ptr, self: Ptr): Ptr {
  const m = objAlloc(methodType, ME_SIZE);
  if (m == 0) return excNoMemory();
  store<Ptr>(m, newref(func), ME_FUNC);
  store<Ptr>(m, newref(self), ME_SELF);
  return m;
}

function method_dealloc(m: Ptr): void {
  xdecref(load<Ptr>(m, ME_FUNC)); // 0 after method_clear
  xdecref(load<Ptr>(m, ME_SELF));
  objFree(m);
}

/** The cycle collector's CLEAR (only garbage is cleared: nothing calls the method after). */
function method_clear(m: Ptr): void {
  setref(m + ME_SELF, 0);
  setref(m + ME_FUNC, 0);
}

function method_traverse(m: Ptr, visit: u32, arg: Ptr): i32 {
  const r = call_indirect<i32>(visit, load<Ptr>(m, ME_FUNC), arg);
  if (r) return r;
  return call_indirect<i32>(visit, load<Ptr>(m, ME_SELF), arg);
}

/** Calls func(self, *args): copies the argument words behind self into a temporary block. */
function method_call(m: Ptr, args: Ptr, nargs: i32, kwnames: Ptr): Ptr {
  const buf = heapAlloc(<usize>(nargs + 1) << 2);
  if (buf == 0) return excNoMemory();
  store<Ptr>(buf, load<Ptr>(m, ME_SELF));
  memory.copy(buf + 4, args, <usize>nargs << 2);
  const r = objCall(load<Ptr>(m, ME_FUNC), buf, nargs + 1, kwnames);
  heapFree(buf);
  return r;
}

function method_repr(m: Ptr): Ptr {
  const self = objRepr(load<Ptr>(m, ME_SELF));
  if (self == 0) return 0;
  const sb = sbNew();
  sbAppendLiteral(sb, '<bound method ');
  sbAppendStr(sb, load<Ptr>(load<Ptr>(m, ME_FUNC), FN_QUALNAME));
  sbAppendLiteral(sb, ' of ');
  sbAppendStr(sb, self);
  sbAppendLiteral(sb, '>');
  decref(self);
  return sbFinish(sb);
}

export function methodTypeInit(): void {
  methodType = typeNewBuiltin('method', objectType, ME_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(methodType, SLOT_DEALLOC, method_dealloc.index);
  typeSetSlot(methodType, SLOT_TRAVERSE, method_traverse.index);
  typeSetSlot(methodType, SLOT_CLEAR, method_clear.index);
  typeSetSlot(methodType, SLOT_CALL, method_call.index);
  typeSetSlot(methodType, SLOT_REPR, method_repr.index);
  typeSetFinal(methodType);
}
