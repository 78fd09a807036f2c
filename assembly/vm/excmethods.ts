// === BaseException's methods: add_note, with_traceback, __reduce__, __setstate__ ===
//
// CPython 3.11's exceptions.c methods, with its messages (checked against python3):
//  - add_note(note): PEP 678. The notes live in the instance attribute __notes__, a list made
//    on the first note; a __notes__ that is not a list (a program may set anything) refuses
//    more. The traceback printer shows them (vm/report.ts putNotes).
//  - with_traceback(tb): sets __traceback__ (a traceback or None) and returns the exception.
//  - __reduce__(): (type, args), or (type, args, __dict__) once the instance has a dict, so that
//    copy and pickle rebuild the exception by calling its type with its args.
//  - __setstate__(state): None, or a dict whose items become attributes.

import { Ptr } from '../common';
import { newref, decref, OB_TYPE } from '../object/header';
import { excClear } from './exc';
import { typeAddMethod } from '../object/type';
import { objGetAttr, objSetAttr } from '../object/abstract';
import { heapAlloc, heapFree } from '../heap/heap';
import { isStr, strInternLiteral } from '../object/str';
import { listNew, listAppend, listType } from '../object/list';
import { dictCheck, dictNext } from '../object/dict';
import { tupleNew, tupleItemsAddr } from '../object/tuple';
import { Py_None } from '../object/none';
import { argsHaveKw, argErrNoKw, argErrNoArgs, argErrExactlyOne } from '../object/methodargs';
import {
  excFormat, excSetString, excNoMemory, excTypeError, excBaseException, excSetTraceback,
  EXC_ARGS, EXC_DICT,
} from './exc';

let sNotes: Ptr = 0;

/** BaseException.add_note(note): appends note (a str) to e.__notes__, made as [] if missing. */
function BaseException_add_note(e: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(excBaseException, 'add_note');
  if (nargs != 1) return argErrExactlyOne(excBaseException, 'add_note', nargs);
  const note = load<Ptr>(args);
  if (!isStr(note)) return excFormat(excTypeError, "note must be a str, not '%T'", note);
  // CPython's PyObject_HasAttr: any error while looking counts as "no notes yet"
  const old = objGetAttr(e, sNotes);
  if (old != 0) decref(old);
  else {
    excClear();
    const fresh = listNew(0);
    if (fresh == 0) return 0;
    const r = objSetAttr(e, sNotes, fresh);
    decref(fresh);
    if (r < 0) return 0;
  }
  const notes = objGetAttr(e, sNotes);
  if (notes == 0) return 0;
  if (load<Ptr>(notes, OB_TYPE) != listType) {
    decref(notes);
    return excSetString(excTypeError, 'Cannot add note: __notes__ is not a list');
  }
  const r = listAppend(notes, note);
  decref(notes);
  return r < 0 ? 0 : newref(Py_None);
}

/** BaseException.with_traceback(tb): self, with __traceback__ = tb. */
function BaseException_with_traceback(e: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(excBaseException, 'with_traceback');
  if (nargs != 1) return argErrExactlyOne(excBaseException, 'with_traceback', nargs);
  if (excSetTraceback(e, load<Ptr>(args)) < 0) return 0;
  return newref(e);
}

/** BaseException.__reduce__(): (type(e), e.args) or (type(e), e.args, e.__dict__). */
function BaseException___reduce__(e: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(excBaseException, '__reduce__');
  if (nargs != 0) return argErrNoArgs(excBaseException, '__reduce__', nargs);
  const d = load<Ptr>(e, EXC_DICT);
  const t = tupleNew(d != 0 ? 3 : 2);
  if (t == 0) return excNoMemory();
  const items = tupleItemsAddr(t);
  store<Ptr>(items, newref(load<Ptr>(e, OB_TYPE)));
  store<Ptr>(items + 4, newref(load<Ptr>(e, EXC_ARGS)));
  if (d != 0) store<Ptr>(items + 8, newref(d));
  return t;
}

/** BaseException.__setstate__(state): setattr(e, key, value) for each item of a dict state. */
function BaseException___setstate__(e: Ptr, args: usize, nargs: i32, kwnames: Ptr): Ptr {
  if (argsHaveKw(kwnames)) return argErrNoKw(excBaseException, '__setstate__');
  if (nargs != 1) return argErrExactlyOne(excBaseException, '__setstate__', nargs);
  const state = load<Ptr>(args);
  if (state != Py_None) {
    if (!dictCheck(state)) return excSetString(excTypeError, 'state is not a dictionary');
    // the three words dictNext fills: position, key, value (borrowed); on the heap, since a
    // setattr can run Python code that comes back here
    const cells = heapAlloc(12);
    if (cells == 0) return excNoMemory();
    store<usize>(cells, 0);
    while (dictNext(state, cells, cells + 4, cells + 8)) {
      // a setattr may run Python code that changes the dict: hold the pair while it runs
      const k = newref(load<Ptr>(cells, 4));
      const v = newref(load<Ptr>(cells, 8));
      const r = objSetAttr(e, k, v);
      decref(k);
      decref(v);
      if (r < 0) { heapFree(cells); return 0; }
    }
    heapFree(cells);
  }
  return newref(Py_None);
}

/** Once at vmInit, after the exception types exist. */
export function excMethodsInit(): void {
  sNotes = strInternLiteral('__notes__');
  typeAddMethod(excBaseException, 'add_note', BaseException_add_note.index);
  typeAddMethod(excBaseException, 'with_traceback', BaseException_with_traceback.index);
  typeAddMethod(excBaseException, '__reduce__', BaseException___reduce__.index);
  typeAddMethod(excBaseException, '__setstate__', BaseException___setstate__.index);
}
