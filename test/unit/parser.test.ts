// Parser tests: AST dumps and syntax errors compared with CPython 3.11. The expected values live
// in fixtures/*.json, written by fixtures/gen_fixtures.py from python3 itself (never by hand).

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../../src/parser.js';
import { PySyntaxError, programTextError } from '../../src/messages.js';
import { dumpAst } from './fixtures/astdump.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

const astCases: [string, string][] = fixture('ast_cases.json');
const errorCases: [string, [string, string, number, number, number, number] | null][] =
  fixture('syntax_errors.json');

function errorOf(src: string): unknown {
  try {
    parse(src, 'f.py');
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
  }
}

describe('AST matches CPython ast.dump(include_attributes=True)', () => {
  for (const [src, dump] of astCases) {
    it(JSON.stringify(src).slice(0, 70), () => {
      expect(dumpAst(parse(src, 'f.py'))).toBe(dump);
    });
  }
});

describe('syntax errors: class, message, line:col as CPython', () => {
  for (const [src, err] of errorCases) {
    it(JSON.stringify(src).slice(0, 70), () => {
      expect(errorOf(src)).toEqual(err);
    });
  }
});

describe('parser details', () => {
  it('columns count code points, not UTF-8 bytes', () => {
    const m = parse("é = 'ü' + x\n", 'f.py');
    const a = m.body[0] as any;
    expect(a.targets[0].end_col_offset).toBe(1);
    expect(a.value.right.col_offset).toBe(10);
  });

  it('non-ASCII identifiers are NFKC-normalized', () => {
    const m = parse('ﬁ = 1\n', 'f.py') as any;
    expect(m.body[0].targets[0].id).toBe('fi');
  });

  it('ints are bigints of any size, imaginary literals are complex with real 0', () => {
    const m = parse('123456789012345678901234567890\n2j\n', 'f.py') as any;
    expect(m.body[0].value.value).toEqual({ type: 'int', value: 123456789012345678901234567890n });
    expect(m.body[1].value.value).toEqual({ type: 'complex', real: 0, imag: 2 });
  });

  it('bytes literals are byte arrays', () => {
    const m = parse("b'a\\x00\\xff'\n", 'f.py') as any;
    expect(Array.from(m.body[0].value.value.value)).toEqual([97, 0, 255]);
  });

  it('u-prefixed strings have strKind u', () => {
    const m = parse("u'a'\n'b'\n", 'f.py') as any;
    expect(m.body[0].value.strKind).toBe('u');
    expect(m.body[1].value.strKind).toBe(null);
  });

  it('\\N{...} escapes of common names', () => {
    const m = parse("'\\N{BULLET}\\N{EM DASH}\\N{greek small letter alpha}\\N{LATIN SMALL LETTER E WITH ACUTE}'\n", 'f.py') as any;
    expect(m.body[0].value.value.value).toBe('\u2022\u2014\u03b1\u00e9');
  });

  it('deep nesting is a SyntaxError, never a JS stack overflow', () => {
    for (const src of ['('.repeat(150) + ')'.repeat(150), '-'.repeat(20000) + '1', 'not '.repeat(20000) + 'x',
      'x' + '.y'.repeat(20000), 'x' + '[0]'.repeat(20000), 'f' + '()'.repeat(20000), 'a' + '+a'.repeat(20000),
      'a' + ' if a else a'.repeat(10000), 'lambda: '.repeat(10000) + '0', '2' + '**2'.repeat(20000)]) {
      let err: unknown = null;
      try { parse(src, 'f.py'); } catch (e) { err = e; }
      if (err !== null) expect(err).toBeInstanceOf(PySyntaxError);
    }
  });

  it('200 nested brackets parse; the 201st is "too many nested parentheses"', () => {
    expect(errorOf('('.repeat(200) + ')'.repeat(200))).toBe(null);
    expect(errorOf('('.repeat(201) + ')'.repeat(201))).toEqual(
      ['SyntaxError', 'too many nested parentheses', 1, 201, 1, 201]);
  });

  it('nesting CPython accepts (about 2990 unary operators) parses; deeper is an error', () => {
    expect(errorOf('-'.repeat(2900) + '1')).toBe(null);
    expect(errorOf('-'.repeat(5000) + '1')).toEqual(
      ['SyntaxError', 'Parser stack overflowed - Python source too complex to parse', 1, 3001, 1, 3002]);
  });

  it('a decimal literal beyond the digit limit is a SyntaxError with no columns (CPython 3.11)', () => {
    const msg = (n: number, limit = 4300) => `Exceeds the limit (${limit} digits) for integer string conversion: ` +
      `value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit - Consider ` +
      'hexadecimal for huge integer literals to avoid decimal conversion limits.';
    expect(errorOf('x = 1\ny = ' + '1'.repeat(4301) + '\n')).toEqual(['SyntaxError', msg(4301), 2, 0, 2, 0]);
    expect(errorOf('1' + '_1'.repeat(4300))).toEqual(['SyntaxError', msg(4301), 1, 0, 1, 0]);
    for (const ok of ['9'.repeat(4300), '0'.repeat(5000), '0x' + 'f'.repeat(5000), '1'.repeat(5000) + '.0', '1'.repeat(5000) + 'e1']) {
      expect(errorOf(ok)).toBe(null);
    }
    expect(() => parse('1'.repeat(5000), 'f.py', { maxStrDigits: 0 })).not.toThrow();
    let err: unknown = null;
    try { parse('1'.repeat(5000), 'f.py', { maxStrDigits: 4999 }); } catch (e) { err = e; }
    expect((err as PySyntaxError).msg).toBe(msg(5000, 4999));
  });

  it('errors on long lines of a file show the last 999-byte piece, as CPython reads it back', () => {
    const line = 'x = [' + '1, '.repeat(700) + ' $]';
    let err: unknown = null;
    try { parse(line + '\n', 'long.py'); } catch (e) { err = e; }
    const e = programTextError(err as PySyntaxError);
    // 2109 bytes with the newline: pieces of 999, 999, then 111 (110 characters and '\n')
    expect(e.text).toBe(line.slice(1998));
    expect([e.offset, e.endOffset]).toEqual([112, 112]);
    // not from a file, or a short line: unchanged
    err = null;
    try { parse(line + '\n', '<string>'); } catch (x) { err = x; }
    expect(programTextError(err as PySyntaxError)).toBe(err);
  });

  it('parses 10,000 lines well under a second (CPU time)', () => {
    const line = 'def f(a, b=1, *c, d, **e):\n    x = [y * 2 + a.b[c] for y in range(10)] if a else {"k": (1, 2.5, "s")}\n';
    const src = line.repeat(5000);
    parse(src, 'big.py');
    const c0 = process.cpuUsage();
    parse(src, 'big.py');
    const c = process.cpuUsage(c0);
    expect((c.user + c.system) / 1000).toBeLessThan(1000);
  });
});
