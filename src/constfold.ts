// Constant folding on the AST: the part of CPython 3.11's ast_opt.c that changes the constants
// dis shows (arithmetic, sequence concatenation and repetition, subscripts, unary operators, and
// list or set displays that are only iterated over), plus constTruth, which the assembler's
// peephole rules use to decide constant conditions. foldExpr returns new nodes (memoized per
// node) and never mutates the AST. It gives up rather than build a big constant (CPython's limits:
// MAX_STR_SIZE, MAX_COLLECTION_SIZE, MAX_INT_BITS) or a float that might differ from CPython's.

import type * as A from './ast.js';
import type { ConstValue } from './ast.js';
import type { CodeConst } from './bytecode/code.js';

export function isConst(e: A.Expr): e is A.Constant { return e.kind === 'Constant'; }

/** The truth value of a constant, or null if it cannot be known at compile time. */
export function constTruth(c: CodeConst): boolean | null {
  switch (c.type) {
    case 'None': return false;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'Ellipsis': return true;
    case 'tuple': case 'frozenset': return c.items.length > 0;
    default: return null;
  }
}

const MAX_INT_BITS = 128n;
const MAX_STR_SIZE = 4096;
const folded = new WeakMap<A.Expr, A.Expr>();

function bitLength(v: bigint): bigint { return BigInt((v < 0n ? -v : v).toString(2).length) - (v === 0n ? 1n : 0n); }

function asNumber(c: ConstValue): bigint | number | null {
  if (c.type === 'int') return c.value;
  if (c.type === 'bool') return c.value ? 1n : 0n;
  if (c.type === 'float') return c.value;
  return null;
}

function pyFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function pyMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

const MAX_COLLECTION_SIZE = 256;

/** Python's float `//` and `%` (floatobject.c's float_floor_div / float_rem). */
function pyFloatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  if (mod) { if ((y < 0) !== (mod < 0)) mod += y; } else { mod = y < 0 ? -0 : 0; }
  const div = (x - mod) / y;
  let floordiv: number;
  if (div) { floordiv = Math.floor(div); if (div - floordiv > 0.5) floordiv += 1; }
  else { floordiv = (x / y) < 0 || Object.is(x / y, -0) ? -0 : 0; }
  return [floordiv, mod];
}

/** The bigint as a double if it converts exactly, else null. */
function exactDouble(v: bigint): number | null {
  const d = Number(v);
  return Number.isFinite(d) && BigInt(d) === v ? d : null;
}

function foldSequence(op: A.Operator, l: ConstValue, r: ConstValue): ConstValue | null {
  type Seq = { kind: 'str'; v: string[] } | { kind: 'bytes'; v: number[] } | { kind: 'tuple'; v: ConstValue[] };
  const seq = (c: ConstValue): Seq | null =>
    c.type === 'str' ? { kind: 'str', v: [...c.value] }
      : c.type === 'bytes' ? { kind: 'bytes', v: Array.from(c.value) }
        : c.type === 'tuple' ? { kind: 'tuple', v: c.items } : null;
  const make = (kind: Seq['kind'], v: unknown[]): ConstValue =>
    kind === 'str' ? { type: 'str', value: (v as string[]).join('') }
      : kind === 'bytes' ? { type: 'bytes', value: Uint8Array.from(v as number[]) }
        : { type: 'tuple', items: v as ConstValue[] };
  const a = seq(l), b = seq(r);
  if (op === 'Add' && a && b && a.kind === b.kind) return make(a.kind, [...a.v, ...b.v]);
  if (op === 'Mult' && (a || b) && !(a && b)) {
    const s = (a ?? b)!;
    const n = asNumber(a ? r : l);
    if (typeof n !== 'bigint') return null;
    const limit = s.kind === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (n > (1n << 63n) - 1n || n < -(1n << 63n)) return null; // not an index-sized int
    if (s.v.length === 0) return make(s.kind, []);
    if (n < 0n || n > BigInt(Math.floor(limit / s.v.length))) return null;
    const out: unknown[] = [];
    for (let i = 0n; i < n; i++) out.push(...s.v);
    return make(s.kind, out);
  }
  return null;
}

type Complex = [number, number];

/** A number operand of complex arithmetic: int and float are (x, 0); an int too large for a
 *  double is null (CPython's OverflowError happens at run time). Number() of a bigint rounds to
 *  nearest, as PyLong_AsDouble does. */
function complexOperand(c: ConstValue): Complex | null {
  if (c.type === 'complex') return [c.real, c.imag];
  const n = asNumber(c);
  if (n === null) return null;
  const d = Number(n);
  return Number.isFinite(d) || typeof n === 'number' ? [d, 0] : null;
}

function cMul(a: Complex, b: Complex): Complex { return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]; }

/** complexobject.c's _Py_c_quot (Smith's method); null for a zero divisor. */
function cQuot(a: Complex, b: Complex): Complex | null {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** complex + - * / and **, folded only where every step is a plain IEEE operation, exactly as
 *  CPython 3.11 computes it: ** with an integral exponent of at most 100 (repeated squaring;
 *  other exponents use the C library, whose last bits JS's Math does not promise). Errors
 *  (division by zero, an overflowing power) are left to run time. */
function foldComplex(op: A.Operator, l: ConstValue, r: ConstValue): ConstValue | null {
  const a = complexOperand(l), b = complexOperand(r);
  if (!a || !b) return null;
  let v: Complex | null = null;
  if (op === 'Add') v = [a[0] + b[0], a[1] + b[1]];
  else if (op === 'Sub') v = [a[0] - b[0], a[1] - b[1]];
  else if (op === 'Mult') v = cMul(a, b);
  else if (op === 'Div') v = cQuot(a, b);
  else if (op === 'Pow' && b[1] === 0 && Number.isInteger(b[0]) && Math.abs(b[0]) <= 100) {
    // c_powi: binary powering, then the reciprocal for a negative exponent
    const n = Math.abs(b[0]);
    let res: Complex = [1, 0], p = a;
    for (let mask = 1; mask <= n; mask *= 2) {
      if (Math.floor(n / mask) % 2 === 1) res = cMul(res, p);
      p = cMul(p, p);
    }
    v = b[0] > 0 ? res : cQuot([1, 0], res);
    if (v && (Math.abs(v[0]) === Infinity || Math.abs(v[1]) === Infinity)) v = null; // OverflowError
  }
  return v ? { type: 'complex', real: v[0], imag: v[1] } : null;
}

function foldBinary(op: A.Operator, l: ConstValue, r: ConstValue): ConstValue | null {
  if (l.type === 'str' || l.type === 'bytes' || l.type === 'tuple' || r.type === 'str' || r.type === 'bytes' || r.type === 'tuple') {
    return foldSequence(op, l, r);
  }
  if (l.type === 'complex' || r.type === 'complex') return foldComplex(op, l, r);
  const a = asNumber(l), b = asNumber(r);
  if (a === null || b === null) return null;
  if (l.type === 'bool' && r.type === 'bool' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
    // bool's own &, |, ^ keep the type.
    const v = op === 'BitAnd' ? l.value && r.value : op === 'BitOr' ? l.value || r.value : l.value !== r.value;
    return { type: 'bool', value: v };
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case 'Add': return { type: 'int', value: a + b };
      case 'Sub': return { type: 'int', value: a - b };
      case 'Mult':
        if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_BITS) return null;
        return { type: 'int', value: a * b };
      case 'FloorDiv': return b === 0n ? null : { type: 'int', value: pyFloorDiv(a, b) };
      case 'Mod': return b === 0n ? null : { type: 'int', value: pyMod(a, b) };
      case 'Pow':
        if (b < 0n) {
          // int ** -n is float(a) ** float(-n); exact when a ** n is an exact double (one rounding).
          if (a === 0n || -b * bitLength(a) > 1100n) return null;
          const d = exactDouble(a ** -b);
          return d === null ? null : { type: 'float', value: 1 / d };
        }
        if (a !== 0n && bitLength(a) > 0n && b * bitLength(a) > MAX_INT_BITS) return null;
        return { type: 'int', value: a ** b };
      case 'LShift':
        if (b < 0n || b > MAX_INT_BITS || bitLength(a) > MAX_INT_BITS - b) return null;
        return { type: 'int', value: a << b };
      case 'RShift': return b < 0n ? null : { type: 'int', value: a >> b };
      case 'BitAnd': return { type: 'int', value: a & b };
      case 'BitOr': return { type: 'int', value: a | b };
      case 'BitXor': return { type: 'int', value: a ^ b };
      case 'Div': {
        // IEEE division of exact doubles is correctly rounded, as Python's int / int is.
        const x = exactDouble(a), y = exactDouble(b);
        if (b === 0n || x === null || y === null) return null;
        return { type: 'float', value: x / y };
      }
      default: return null;
    }
  }
  const x = typeof a === 'bigint' ? exactDouble(a) : a;
  const y = typeof b === 'bigint' ? exactDouble(b) : b;
  if (x === null || y === null) return null;
  switch (op) {
    case 'Add': return { type: 'float', value: x + y };
    case 'Sub': return { type: 'float', value: x - y };
    case 'Mult': return { type: 'float', value: x * y };
    case 'Div': return y === 0 ? null : { type: 'float', value: x / y };
    case 'FloorDiv': return y === 0 ? null : { type: 'float', value: pyFloatDivmod(x, y)[0] };
    case 'Pow': {
      // Only results that are exact (or one correctly rounded operation) are folded, since the
      // host's Math.pow may differ from C's pow in the last bit.
      if (y === 0.5 && x > 0 && Number.isFinite(x)) return { type: 'float', value: Math.sqrt(x) };
      if (Number.isInteger(x) && x !== 0 && Number.isInteger(y) && y >= 0 && y <= 1100) {
        const big = BigInt(x) ** BigInt(y);
        const d = exactDouble(big);
        return d === null ? null : { type: 'float', value: d };
      }
      return null;
    }
    case 'Mod': return y === 0 ? null : { type: 'float', value: pyFloatDivmod(x, y)[1] };
    default: return null;
  }
}

/** constant[constant] for str, bytes and tuple with an int index (CPython's fold_subscr). */
function foldSubscript(c: ConstValue, i: ConstValue): ConstValue | null {
  const idx = i.type === 'int' ? i.value : i.type === 'bool' ? (i.value ? 1n : 0n) : null;
  if (idx === null) return null;
  const items: ConstValue[] | null =
    c.type === 'str' ? [...c.value].map((ch) => ({ type: 'str', value: ch }) as ConstValue)
      : c.type === 'bytes' ? Array.from(c.value).map((x) => ({ type: 'int', value: BigInt(x) }) as ConstValue)
        : c.type === 'tuple' ? c.items : null;
  if (!items) return null;
  const n = BigInt(items.length);
  const k = idx < 0n ? idx + n : idx;
  if (k < 0n || k >= n) return null;
  return items[Number(k)];
}

function foldUnary(op: A.UnaryOperator, c: ConstValue): ConstValue | null {
  if (op === 'Not') {
    const t = constTruth(c);
    return t === null ? null : { type: 'bool', value: !t };
  }
  const n = asNumber(c);
  if (c.type === 'complex') {
    if (op === 'USub') return { type: 'complex', real: -c.real, imag: -c.imag };
    if (op === 'UAdd') return c;
    return null;
  }
  if (n === null) return null;
  if (typeof n === 'bigint') {
    if (op === 'USub') return { type: 'int', value: -n };
    if (op === 'UAdd') return { type: 'int', value: n };
    return { type: 'int', value: ~n };
  }
  if (op === 'USub') return { type: 'float', value: -n };
  if (op === 'UAdd') return { type: 'float', value: n };
  return null;
}

function constNode(e: A.Pos, value: ConstValue): A.Constant {
  return { kind: 'Constant', value, strKind: null, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

/** The expression with CPython's AST-level constant folding applied (memoized, never mutating). */
export function foldExpr(e: A.Expr): A.Expr {
  const hit = folded.get(e);
  if (hit) return hit;
  let out: A.Expr = e;
  switch (e.kind) {
    case 'Name':
      if (e.id === '__debug__' && e.ctx === 'Load') out = constNode(e, { type: 'bool', value: true });
      break;
    case 'UnaryOp': {
      const o = foldExpr(e.operand);
      if (o.kind === 'Constant') { const v = foldUnary(e.op, o.value); if (v) out = constNode(e, v); }
      else if (e.op === 'Not' && o.kind === 'Compare' && o.ops.length === 1) {
        // not (a is b) -> a is not b, and the like.
        const inv: Partial<Record<A.CmpOperator, A.CmpOperator>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
        const op = inv[o.ops[0]];
        if (op) out = { ...o, ops: [op] }; // keeps the comparison's own position, as CPython does
      }
      break;
    }
    case 'Subscript': {
      if (e.ctx !== 'Load') break;
      const v = foldExpr(e.value), i = foldExpr(e.slice);
      if (v.kind === 'Constant' && i.kind === 'Constant') { const r = foldSubscript(v.value, i.value); if (r) out = constNode(e, r); }
      break;
    }
    case 'BinOp': {
      const l = foldExpr(e.left), r = foldExpr(e.right);
      if (l.kind === 'Constant' && r.kind === 'Constant') { const v = foldBinary(e.op, l.value, r.value); if (v) out = constNode(e, v); }
      break;
    }
    case 'Tuple':
      if (e.ctx === 'Load') {
        const elts = e.elts.map(foldExpr);
        if (elts.length > 0 && elts.every(isConst)) out = constNode(e, { type: 'tuple', items: elts.map((x) => (x as A.Constant).value) });
        else if (elts.length === 0) out = constNode(e, { type: 'tuple', items: [] });
      }
      break;
    case 'Compare': {
      const last = e.ops.length - 1;
      const op = e.ops[last];
      if (op === 'In' || op === 'NotIn') {
        const r = foldIter(e.comparators[last]);
        if (r !== e.comparators[last]) out = { ...e, comparators: [...e.comparators.slice(0, last), r] };
      }
      break;
    }
    default: break;
  }
  folded.set(e, out);
  return out;
}

/** `x in [..]` and `for x in [..]`: a list display becomes a tuple, a set of constants a frozenset. */
export function foldIter(e: A.Expr): A.Expr {
  if (e.kind === 'List' && e.ctx === 'Load' && !e.elts.some((x) => x.kind === 'Starred')) {
    return foldExpr({ ...e, kind: 'Tuple' } as A.Tuple);
  }
  if (e.kind === 'Set') {
    const elts = e.elts.map(foldExpr);
    if (elts.length > 0 && elts.every(isConst)) return constNode(e, { type: 'frozenset', items: elts.map((x) => (x as A.Constant).value) });
  }
  return e;
}
