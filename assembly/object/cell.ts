// === Cells: the boxes closures share a variable through ===
//
//   +0 refcnt | +4 type | +8 contents (0 = empty)

import { Ptr } from '../common';
import { objAlloc, objFree, xdecref, xincref, setref } from './header';
import { SLOT_DEALLOC, SLOT_TRAVERSE, SLOT_CLEAR, TPFLAGS_HAVE_GC, typeSetSlot } from './typelayout';
import { typeNewBuiltin, objectType, TK_OTHER, typeSetFinal } from './type';

@inline export const CELL_CONTENTS: usize = 8;
@inline const CELL_SIZE: u32 = 12;

export let cellType: Ptr = 0;

/** A new cell holding v (borrowed; 0 = empty). */
export function cellNew(v: Ptr): Ptr {
  const c = objAlloc(cellType, CELL_SIZE);
  if (c == 0) return 0;
  xincref(v);
  store<Ptr>(c, v, CELL_CONTENTS);
  return c;
}

function cell_dealloc(c: Ptr): void {
  xdecref(load<Ptr>(c, CELL_CONTENTS));
  objFree(c);
}

function cell_traverse(c: Ptr, visit: u32, arg: Ptr): i32 {
  const v = load<Ptr>(c, CELL_CONTENTS);
  return v ? call_indirect<i32>(visit, v, arg) : 0;
}

/** The cycle collector's CLEAR: empties the cell. */
function cell_clear(c: Ptr): void {
  setref(c + CELL_CONTENTS, 0);
}

export function cellTypeInit(): void {
  cellType = typeNewBuiltin('cell', objectType, CELL_SIZE, TPFLAGS_HAVE_GC, TK_OTHER);
  typeSetSlot(cellType, SLOT_DEALLOC, cell_dealloc.index);
  typeSetSlot(cellType, SLOT_TRAVERSE, cell_traverse.index);
  typeSetSlot(cellType, SLOT_CLEAR, cell_clear.index);
  typeSetFinal(cellType);
}
