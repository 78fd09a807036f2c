// The assembler: a compiler unit's linear instruction list -> a CodeObject, following CPython
// 3.11's assemble() in compile.c. Owns the instruction representation the compiler emits (real
// opcodes plus the pseudo instructions below, labels, exception handlers) and everything done to
// it after code generation: cutting it into basic blocks, the peephole rules that change what
// dis shows (constant conditions, tuple folding, swaps, jump threading, inlining of small exits),
// the flow walk with the opcode table's stack effects (stacksize, each handler's depth,
// reachability), location propagation, and the layout of words (with their cache slots), the
// exception table, lines and positions.
//
// Invariants it checks or relies on: a unit's stack depth is the same along every path to an
// instruction (the flow walk throws otherwise); conditional jumps only go forward (the optimizer
// never threads one backward); every label a jump targets has been placed.

import type { ConstValue } from './ast.js';
import { Op } from './bytecode/op.gen.js';
import { OPCODES, effectOf, instrSize } from './bytecode/opcodes.js';
import { CO, FAST, CodeConst, CodeObject, ExceptionEntry, Position } from './bytecode/code.js';
import type { Scope, Loc } from './symtable.js';
import { constTruth } from './constfold.js';

// ---- instructions (what the compiler emits) ----

export const P_LABEL = -1;
export const P_SETUP = -2;
export const P_JUMP = -3;
/** Stands for CPython's RESUME (at the unit's first line, columns 0) until locations are final. */
export const P_RESUME = -4;
export const P_POPBLOCK = -5;

export interface Label { id: number; handlers?: Handler[] }

/** An exception handler: `jumpPush` items are pushed at the handler, `lasti` of them the index. */
export interface Handler {
  label: Label;
  jumpPush: number;
  lasti: number;
  /** Table depth, found by the flow walk at the SETUP. */
  depth: number;
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: Loc | null;
  handler: Handler | null;
  /** For SETUP. */
  setup?: Handler;
  /** Deref opargs are numbered cells-then-frees until assembly maps them to localsplus. */
  deref?: boolean;
}

/** What the assembler reads from a compiler unit (compiler.ts's Unit); it may append constants. */
export interface AssemblyUnit {
  readonly instrs: Instr[];
  readonly consts: CodeConst[];
  readonly names: string[];
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly qualname: string;
  readonly name: string;
  readonly firstlineno: number;
  readonly ste: Scope;
  addConst(c: CodeConst): number;
}

export function isTerminal(op: number): boolean {
  if (op === P_JUMP) return true;
  if (op < 0) return false;
  return OPCODES[op].terminal === true;
}

// ---- assembly ----

interface Block {
  instrs: Instr[];
  labels: Label[];
  next: Block | null;
  depth: number;
  preds: number;
  offset: number;
}

function isJump(i: Instr): boolean { return i.target !== null && i.op !== P_LABEL && i.op !== P_SETUP; }

/** Cuts the instruction list into basic blocks (CPython's CFG). */
function makeBlocks(instrs: Instr[]): { blocks: Block[]; byLabel: Map<Label, Block> } {
  const blocks: Block[] = [];
  const byLabel = new Map<Label, Block>();
  let cur: Block = { instrs: [], labels: [], next: null, depth: -1, preds: 0, offset: 0 };
  blocks.push(cur);
  const fresh = (): Block => {
    const b: Block = { instrs: [], labels: [], next: null, depth: -1, preds: 0, offset: 0 };
    cur.next = b;
    blocks.push(b);
    cur = b;
    return b;
  };
  for (const ins of instrs) {
    if (ins.op === P_LABEL) {
      if (cur.instrs.length > 0) fresh();
      cur.labels.push(ins.target!);
      byLabel.set(ins.target!, cur);
      continue;
    }
    cur.instrs.push(ins);
    if (isJump(ins) || isTerminal(ins.op)) fresh();
  }
  return { blocks, byLabel };
}

/** The peephole rules of CPython's optimize_basic_block that change what dis shows. */
function optimizeBlock(b: Block, u: AssemblyUnit): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const a = ins[i];
    const nx = ins[i + 1];
    if (a.op === Op.LOAD_CONST && nx && (nx.op === Op.POP_JUMP_IF_FALSE || nx.op === Op.POP_JUMP_IF_TRUE)) {
      const t = constTruth(u.consts[a.arg]);
      if (t === null) continue;
      a.op = Op.NOP; a.arg = 0;
      if (t === (nx.op === Op.POP_JUMP_IF_TRUE)) nx.op = P_JUMP;
      else { nx.op = Op.NOP; nx.target = null; }
    } else if (a.op === Op.LOAD_CONST && nx && (nx.op === Op.JUMP_IF_FALSE_OR_POP || nx.op === Op.JUMP_IF_TRUE_OR_POP)) {
      // A constant operand of and/or: the jump is decided (the value stays), or both go.
      const t = constTruth(u.consts[a.arg]);
      if (t === null) continue;
      if (t === (nx.op === Op.JUMP_IF_TRUE_OR_POP)) nx.op = P_JUMP;
      else { a.op = Op.NOP; a.arg = 0; nx.op = Op.NOP; nx.target = null; }
    } else if (a.op === Op.LOAD_CONST && nx && nx.op === Op.IS_OP && u.consts[a.arg].type === 'None') {
      const j = ins[i + 2];
      if (j && (j.op === Op.POP_JUMP_IF_FALSE || j.op === Op.POP_JUMP_IF_TRUE)) {
        const inv = nx.arg;
        a.op = Op.NOP; a.arg = 0;
        nx.op = Op.NOP; nx.arg = 0;
        j.op = (inv ^ (j.op === Op.POP_JUMP_IF_FALSE ? 1 : 0)) ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
      }
    } else if (a.op === Op.BUILD_TUPLE && nx && nx.op === Op.UNPACK_SEQUENCE && a.arg === nx.arg) {
      if (a.arg === 1) { a.op = Op.NOP; nx.op = Op.NOP; nx.arg = 0; a.arg = 0; }
      else if (a.arg === 2 || a.arg === 3) { a.op = Op.NOP; nx.op = Op.SWAP; a.arg = 0; }
    } else if (a.op === Op.SWAP) {
      if (a.arg === 1) { a.op = Op.NOP; a.arg = 0; continue; }
      i = swaptimize(ins, i);
      applyStaticSwaps(ins, i);
    } else if (a.op === Op.BUILD_TUPLE && i >= a.arg) {
      // CPython's fold_tuple_on_constants: the tuple becomes one new constant.
      const run = ins.slice(i - a.arg, i);
      if (run.every((x) => x.op === Op.LOAD_CONST)) {
        const items = run.map((x) => u.consts[x.arg] as ConstValue);
        for (const x of run) { x.op = Op.NOP; x.arg = 0; }
        a.op = Op.LOAD_CONST;
        a.arg = u.addConst({ type: 'tuple', items });
      }
    }
  }
  // A jump made unconditional ends the block.
  const k = ins.findIndex((x) => x.op === P_JUMP);
  if (k >= 0 && k < ins.length - 1) ins.length = k + 1;
}

/**
 * CPython's swaptimize: a run of SWAPs (and NOPs) starting at `ix` is replaced by the minimal
 * SWAP sequence with the same permutation. Returns the index of the run's last instruction.
 */
function swaptimize(ins: Instr[], ix: number): number {
  let depth = ins[ix].arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const x = ins[ix + len];
    if (x.op === Op.SWAP) { depth = Math.max(depth, x.arg); more = true; }
    else if (x.op !== Op.NOP) break;
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const x = ins[ix + i];
    if (x.op === Op.SWAP) { const top = stack[0]; stack[0] = stack[x.arg - 1]; stack[x.arg - 1] = top; }
  }
  // Walk each cycle of the permutation through position 0, emitting from the end of the run.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) { ins[ix + current].op = Op.SWAP; ins[ix + current].arg = j + 1; current--; }
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  while (current >= 0) { ins[ix + current].op = Op.NOP; ins[ix + current].arg = 0; current--; }
  return ix + len - 1;
}

/** Instructions that only pop the top and cannot run code or jump: they can trade places. */
function swappable(op: number): boolean { return op === Op.STORE_FAST || op === Op.POP_TOP; }

function nextSwappable(ins: Instr[], i: number, lineno: number): number {
  while (++i < ins.length) {
    const x = ins[i];
    if (lineno >= 0 && (x.loc ? x.loc.lineno : -1) !== lineno) return -1;
    if (x.op === Op.NOP) continue;
    return swappable(x.op) ? i : -1;
  }
  return -1;
}

/** CPython's apply_static_swaps: SWAP n before n stores becomes the stores in another order. */
function applyStaticSwaps(ins: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = ins[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(ins, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = ins[j].loc ? ins[j].loc!.lineno : -1;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(ins, k, lineno);
      if (k < 0) return;
    }
    swap.op = Op.NOP;
    swap.arg = 0;
    const t = ins[j]; ins[j] = ins[k]; ins[k] = t;
  }
}

/** CPython's clean_basic_block: drops NOPs whose line another instruction already carries. */
function removeNops(b: Block, setupsAreNops: boolean): void {
  const out: Instr[] = [];
  const ins = b.instrs;
  let prevLine = -1;
  for (let i = 0; i < ins.length; i++) {
    const x = ins[i];
    const line = x.loc ? x.loc.lineno : -1;
    if ((x.op === P_SETUP || x.op === P_POPBLOCK) && !setupsAreNops) { out.push(x); prevLine = line; continue; }
    if (x.op === Op.NOP) {
      if (line < 0 || prevLine === line) continue;
      if (i < ins.length - 1) {
        const nx = ins[i + 1];
        if (!nx.loc) { nx.loc = x.loc; continue; }
        if (nx.loc.lineno === line) continue;
      } else {
        const n = nextNonEmpty(b);
        if (n && n.instrs[0].loc?.lineno === line) continue;
      }
    }
    out.push(x);
    prevLine = line;
  }
  b.instrs = out;
}
/**
 * CPython's jump threading in optimize_basic_block: a jump to a jump goes straight to the final
 * target, and `a and b or c` style JUMP_IF_X_OR_POP chains become POP_JUMP_IFs. Conditional jumps
 * are only ever redirected forward (only JUMP_BACKWARD may go back).
 */
function threadJumps(blocks: Block[], target: (l: Label) => Block, extraLabels: Map<Label, Block>): void {
  const index = new Map<Block, number>();
  blocks.forEach((b, i) => index.set(b, i));
  const lineOf = (i: Instr) => (i.loc ? i.loc.lineno : -1);
  const labelOf = (b: Block): Label => {
    if (b.labels.length > 0) return b.labels[0];
    const l: Label = { id: -1 };
    b.labels.push(l);
    extraLabels.set(l, b);
    return l;
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const inst = b.instrs[b.instrs.length - 1];
    if (!inst || !isJump(inst)) continue;
    for (let guard = 0; guard < 16; guard++) {
      const tb = blockAfterEmpty(target(inst.target!));
      const t = tb?.instrs[0];
      if (!tb || !t) break;
      const forwardOk = (dest: Block | null) => dest !== null && (inst.op === P_JUMP || index.get(dest)! > bi);
      const thread = (op: number): boolean => {
        if (!isJump(t) || t.op === Op.FOR_ITER || t.op === Op.SEND) return false;
        const dest = blockAfterEmpty(target(t.target!));
        if (lineOf(inst) !== lineOf(t) || dest === tb || !forwardOk(dest)) return false;
        if (inst.target === t.target) return false;
        inst.target = t.target;
        inst.op = op;
        return true;
      };
      let changed = false;
      switch (inst.op) {
        case Op.JUMP_IF_FALSE_OR_POP:
        case Op.JUMP_IF_TRUE_OR_POP: {
          const f = inst.op === Op.JUMP_IF_FALSE_OR_POP;
          const same = f ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
          const sameOrPop = inst.op;
          const other = f ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
          const otherOrPop = f ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP;
          if (t.op === same) changed = thread(same);
          else if (t.op === P_JUMP || t.op === sameOrPop) changed = thread(sameOrPop);
          else if ((t.op === otherOrPop || t.op === other) && lineOf(inst) === lineOf(t)) {
            const after = nextNonEmpty(tb);
            if (after && forwardOk(after)) { inst.op = same; inst.target = labelOf(after); changed = true; }
          }
          break;
        }
        case Op.POP_JUMP_IF_FALSE:
        case Op.POP_JUMP_IF_TRUE:
        case Op.POP_JUMP_IF_NONE:
        case Op.POP_JUMP_IF_NOT_NONE:
          if (t.op === P_JUMP) changed = thread(inst.op);
          break;
        case P_JUMP:
          if (t.op === P_JUMP) changed = thread(P_JUMP);
          break;
        default: break;
      }
      if (!changed) break;
    }
  }
}

const MAX_COPY_SIZE = 4;

function isExitBlock(b: Block | null): boolean {
  if (!b || b.instrs.length === 0) return false;
  const op = b.instrs[b.instrs.length - 1].op;
  return op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS;
}

function copyInstr(i: Instr): Instr { return { ...i }; }

export function assembleUnit(u: AssemblyUnit, filename: string, futureAnnotations: boolean): CodeObject {
  const { blocks, byLabel } = makeBlocks(u.instrs);
  // Labels the optimizer makes for blocks that had none.
  const extraLabels = new Map<Label, Block>();
  const target = (l: Label): Block => {
    const b = byLabel.get(l) ?? extraLabels.get(l);
    if (!b) throw new Error('compiler: jump to a label never placed');
    return b;
  };
  for (const b of blocks) optimizeBlock(b, u);
  threadJumps(blocks, target, extraLabels);
  // CPython's optimizer inlines small exit blocks reached by an unconditional jump.
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last || last.op !== P_JUMP) continue;
    const t = blockAfterEmpty(target(last.target!));
    // Only blocks without any location (an implicit `return None`) are copied.
    if (t && t !== b && isExitBlock(t) && t.instrs.length <= MAX_COPY_SIZE && t.instrs.every((x) => !x.loc)) {
      last.op = Op.NOP;
      last.target = null;
      for (const x of t.instrs) b.instrs.push(copyInstr(x));
    }
  }
  for (const b of blocks) removeNops(b, false);
  const flags = codeFlags(u, futureAnnotations);
  const isGen = (flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0;

  // Flow walk: depth at each block, handler depths, stacksize, reachability.
  let maxDepth = 0;
  const todo: Block[] = [];
  const reach = (b: Block, d: number): void => {
    if (d > maxDepth) maxDepth = d;
    if (b.depth < 0) { b.depth = d; todo.push(b); }
    else if (b.depth !== d) throw new Error(`compiler: inconsistent stack depth in ${u.qualname} (${b.depth} vs ${d})`);
  };
  // The body runs after the generator prefix (RETURN_GENERATOR; POP_TOP of the first value sent),
  // which needs one slot, as CPython's stackdepth counts it.
  reach(blocks[0], 0);
  if (isGen) maxDepth = Math.max(maxDepth, 1);
  while (todo.length > 0) {
    const b = todo.pop()!;
    let d = b.depth;
    let fallsThrough = true;
    for (const ins of b.instrs) {
      if (ins.op === P_SETUP) {
        const h = ins.setup!;
        h.depth = d + h.jumpPush - 1 - h.lasti;
        reach(target(ins.target!), d + h.jumpPush);
        continue;
      }
      if (ins.op === P_JUMP) { reach(target(ins.target!), d); fallsThrough = false; break; }
      if (ins.op === P_RESUME || ins.op === P_POPBLOCK) continue;
      const info = OPCODES[ins.op];
      const pop = effectOf(info.pop, ins.arg);
      if (pop > d) throw new Error(`compiler: stack underflow at ${info.name} in ${u.qualname}`);
      if (ins.target) reach(target(ins.target), d - pop + effectOf(info.jumpPush ?? info.push, ins.arg));
      d = d - pop + effectOf(info.push, ins.arg);
      if (d > maxDepth) maxDepth = d;
      if (info.terminal) { fallsThrough = false; break; }
    }
    if (fallsThrough && b.next) reach(b.next, d);
  }
  // Keep reachable blocks only, then drop jumps to the next block (CPython's optimize_cfg).
  const live = blocks.filter((b) => b.depth >= 0);
  for (let i = 0; i < live.length; i++) live[i].next = live[i + 1] ?? null;
  for (const b of live) {
    const lastI = b.instrs[b.instrs.length - 1];
    if (lastI && lastI.op === P_JUMP && blockAfterEmpty(target(lastI.target!)) === nextNonEmpty(b)) {
      lastI.op = Op.NOP;
      lastI.target = null;
    }
  }
  for (const b of live) removeNops(b, false);
  duplicateExits(live, target, extraLabels);
  propagateLocations(live, target, u.firstlineno);
  trimUnusedConsts(u, live);
  for (const b of live) {
    for (const ins of b.instrs) if (ins.op === P_SETUP || ins.op === P_POPBLOCK) { ins.op = Op.NOP; ins.target = null; }
  }
  for (const b of live) removeNops(b, true);
  for (const b of live) b.instrs = b.instrs.filter((x) => x.op !== P_RESUME);

  // Layout.
  let offset = 0;
  for (const b of live) {
    b.offset = offset;
    for (const ins of b.instrs) offset += instrSize(ins.op === P_JUMP ? Op.JUMP_FORWARD : ins.op);
  }
  const blockOffset = (l: Label): number => {
    let b: Block | null = target(l);
    while (b && b.instrs.length === 0) b = b.next;
    return b ? b.offset : offset;
  };
  const localsplus = buildLocalsplus(u);
  const code = new Uint32Array(offset);
  const lines: number[] = new Array(offset).fill(0);
  const positions: Position[] = new Array(offset);
  const handlerOf: (Handler | null)[] = new Array(offset).fill(null);
  let pc = 0;
  for (const b of live) {
    for (const ins of b.instrs) {
      let op = ins.op;
      let arg = ins.arg;
      if (ins.target) {
        arg = blockOffset(ins.target);
        if (op === P_JUMP) op = arg <= pc ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
      }
      if (ins.deref) arg = localsplus.derefMap[arg];
      const size = instrSize(op);
      code[pc] = (op & 0xff) | (arg << 8);
      const loc = ins.loc;
      const pos: Position = loc
        ? { line: loc.lineno, endLine: loc.end_lineno, col: loc.col_offset, endCol: loc.end_col_offset }
        : { line: 0, endLine: 0, col: -1, endCol: -1 };
      for (let k = 0; k < size; k++) {
        positions[pc + k] = pos;
        lines[pc + k] = pos.line;
        handlerOf[pc + k] = ins.handler;
      }
      pc += size;
    }
  }
  // Exception table: maximal runs of words sharing a handler.
  const exceptiontable: ExceptionEntry[] = [];
  for (let i = 0; i < offset;) {
    const h = handlerOf[i];
    let j = i + 1;
    while (j < offset && handlerOf[j] === h) j++;
    if (h) exceptiontable.push({ start: i, end: j, target: blockOffset(h.label), depth: h.depth, lasti: h.lasti });
    i = j;
  }
  // Prefix: COPY_FREE_VARS, MAKE_CELLs, RETURN_GENERATOR + POP_TOP (CPython's insert_prefix_instructions).
  const prefix: number[] = [];
  const nfree = u.freevars.length;
  if (nfree) prefix.push(Op.COPY_FREE_VARS | (nfree << 8));
  for (const idx of localsplus.cellSlots) prefix.push(Op.MAKE_CELL | (idx << 8));
  if (isGen) prefix.push(Op.RETURN_GENERATOR, Op.POP_TOP);
  const genPos: Position = { line: u.firstlineno, endLine: u.firstlineno, col: -1, endCol: -1 };
  let finalCode = code, finalLines = lines, finalPositions = positions;
  if (prefix.length) {
    const shift = prefix.length;
    finalCode = new Uint32Array(offset + shift);
    finalCode.set(prefix, 0);
    for (let i = 0; i < offset;) {
      const word = code[i];
      const op = word & 0xff;
      let arg = word >>> 8;
      if (OPCODES[op].fmt === 'jump') arg += shift;
      finalCode[i + shift] = op | (arg << 8);
      i += instrSize(op);
    }
    const none: Position = { line: 0, endLine: 0, col: -1, endCol: -1 };
    const prefixPos = prefix.map((w) => ((w & 0xff) === Op.RETURN_GENERATOR || (w & 0xff) === Op.POP_TOP ? genPos : none));
    finalLines = [...prefixPos.map((p) => p.line), ...lines];
    finalPositions = [...prefixPos, ...positions];
    for (const e of exceptiontable) { e.start += shift; e.end += shift; e.target += shift; }
  }
  return {
    argcount: u.argcount + u.posonlyargcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    firstlineno: u.firstlineno,
    name: u.name,
    qualname: u.qualname,
    filename,
    localsplusnames: localsplus.names,
    localspluskinds: localsplus.kinds,
    names: u.names,
    consts: u.consts,
    code: finalCode,
    stacksize: maxDepth,
    exceptiontable,
    lines: finalLines,
    positions: finalPositions,
  };
}

function blockAfterEmpty(b: Block): Block | null {
  let n: Block | null = b;
  while (n && n.instrs.length === 0) n = n.next;
  return n;
}

function nextNonEmpty(b: Block): Block | null {
  let n = b.next;
  while (n && n.instrs.length === 0) n = n.next;
  return n;
}

/** CPython's duplicate_exits_without_lineno: a shared exit block without a line is copied per jump. */
function duplicateExits(blocks: Block[], target: (l: Label) => Block, extraLabels: Map<Label, Block>): void {
  countPredecessors(blocks, target);
  const isExitNoLine = (b: Block | null) => isExitBlock(b) && b!.instrs.every((x) => !x.loc);
  // CPython walks its blocks newest first; later blocks in the layout come close to that.
  for (const b of [...blocks].reverse()) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last || !isJump(last) || last.op === P_SETUP) continue;
    const t = blockAfterEmpty(target(last.target!));
    if (t && isExitNoLine(t) && t.preds > 1) {
      const copy: Block = { instrs: t.instrs.map(copyInstr), labels: [], next: t.next, depth: t.depth, preds: 1, offset: 0 };
      copy.instrs[0].loc = last.loc;
      const label: Label = { id: -1 };
      copy.labels.push(label);
      extraLabels.set(label, copy);
      last.target = label;
      t.preds--;
      // The copy goes right after the original (which no fall-through can reach past: it exits).
      t.next = copy;
      blocks.splice(blocks.indexOf(t) + 1, 0, copy);
    }
  }
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (last && !isTerminal(last.op) && isExitNoLine(nextNonEmpty(b))) nextNonEmpty(b)!.instrs[0].loc = last.loc;
  }
}


function countPredecessors(blocks: Block[], target: (l: Label) => Block): void {
  for (const b of blocks) b.preds = 0;
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last) continue;
    if (!isTerminal(last.op)) { const n = nextNonEmpty(b); if (n) n.preds++; }
    for (const ins of b.instrs) {
      if (ins.target && ins.op !== P_SETUP) { const t = blockAfterEmpty(target(ins.target)); if (t) t.preds++; }
    }
  }
}

/** CPython's propagate_line_numbers and guarantee_lineno_for_exits. */
function propagateLocations(blocks: Block[], target: (l: Label) => Block, firstlineno: number): void {
  countPredecessors(blocks, target);
  for (const b of blocks) {
    if (b.instrs.length === 0) continue;
    let prev: Loc | null = null;
    for (const x of b.instrs) {
      if (!x.loc) x.loc = prev;
      else prev = x.loc;
    }
    const last = b.instrs[b.instrs.length - 1];
    if (!isTerminal(last.op)) {
      const n = nextNonEmpty(b);
      if (n && n.preds === 1 && !n.instrs[0].loc) n.instrs[0].loc = prev;
    }
    if (isJump(last)) {
      const t = blockAfterEmpty(target(last.target!));
      if (t && t.preds === 1 && !t.instrs[0].loc) t.instrs[0].loc = prev;
    }
  }
  let lineno = firstlineno;
  for (const b of blocks) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last) continue;
    if (!last.loc) {
      if (last.op === Op.RETURN_VALUE) {
        for (const x of b.instrs) x.loc = { lineno, end_lineno: lineno, col_offset: -1, end_col_offset: -1 };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** CPython's trim_unused_consts: constants past the last one used are dropped. */
function trimUnusedConsts(u: AssemblyUnit, blocks: Block[]): void {
  let max = 0;
  for (const b of blocks) {
    for (const x of b.instrs) if (x.op >= 0 && OPCODES[x.op].fmt === 'const') max = Math.max(max, x.arg);
  }
  if (max + 1 < u.consts.length) u.consts.length = max + 1;
}

/** CPython's CO_FUTURE_ANNOTATIONS: set on every code object of a module with that future. */
const CO_FUTURE_ANNOTATIONS = 0x1000000;

function codeFlags(u: AssemblyUnit, futureAnnotations: boolean): number {
  const ste = u.ste;
  let flags = futureAnnotations ? CO_FUTURE_ANNOTATIONS : 0;
  if (ste.kind === 'function') {
    flags |= CO.NEWLOCALS | CO.OPTIMIZED;
    if (ste.nested) flags |= CO.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO.COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO.VARARGS;
    if (ste.varkeywords) flags |= CO.VARKEYWORDS;
  }
  return flags;
}

/**
 * localsplus = varnames, then cells that are not arguments, then frees (CPython 3.11). Returns the
 * map from the compiler's deref numbering (cells then frees) to localsplus indices.
 */
function buildLocalsplus(u: AssemblyUnit): { names: string[]; kinds: number[]; derefMap: number[]; cellSlots: number[] } {
  const names = [...u.varnames];
  const kinds = names.map(() => FAST.LOCAL as number);
  const derefMap: number[] = [];
  const cellSlots: number[] = [];
  const nargs = u.argcount + u.posonlyargcount + u.kwonlyargcount + (u.ste.varargs ? 1 : 0) + (u.ste.varkeywords ? 1 : 0);
  for (const c of u.cellvars) {
    const vi = names.indexOf(c);
    if (vi >= 0 && vi < Math.max(nargs, u.ste.varnames.length)) {
      kinds[vi] = FAST.ARG_CELL;
      derefMap.push(vi);
      cellSlots.push(vi);
    } else {
      derefMap.push(names.length);
      cellSlots.push(names.length);
      names.push(c);
      kinds.push(FAST.CELL);
    }
  }
  for (const f of u.freevars) {
    derefMap.push(names.length);
    names.push(f);
    kinds.push(FAST.FREE);
  }
  return { names, kinds, derefMap, cellSlots };
}
